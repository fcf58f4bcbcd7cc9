"""Ant Design: CSS-in-JS styles inlined in <style>, antd Select and Pagination, icon-only row buttons."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page

from tests.e2e.kits.base import table

__all__ = [
    "choose_category",
    "data_rows",
    "go_to_next_page",
    "is_dark",
    "row_button",
    "style_problems",
    "table",
]


def style_problems(body: str) -> list[str]:
    styles = "".join(re.findall(r"<style[^>]*>(.*?)</style>", body, re.S))
    components = ("ant-layout", "ant-menu", "ant-table", "ant-pagination", "ant-switch", "ant-btn")
    return [
        f"no .{component} rule in the inlined styles"
        for component in components
        if f".{component}" not in styles
    ]


def is_dark(body: str) -> bool:
    return "#141414" in body  # antd's dark colorBgContainer


def data_rows(page: Page) -> Locator:
    return page.locator("tbody tr.ant-table-row")


def go_to_next_page(page: Page) -> None:
    page.locator(".ant-pagination-item-2").click()


def choose_category(page: Page, title: str) -> None:
    page.get_by_role("combobox", name="Category").click()
    page.get_by_title(title).click()


def row_button(row: Locator, action: str) -> Locator:
    # refine's antd buttons with hideText carry only an icon: Show, Edit, Delete in that order.
    return row.get_by_role("button").nth(("Show", "Edit", "Delete").index(action))

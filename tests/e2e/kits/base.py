"""The kit contract's default: semantic HTML (a <table>, a native <select>, named buttons).

A kit module re-exports these and overrides what its widgets do differently.
"""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page


def style_problems(body: str) -> list[str]:
    """What is missing for the server HTML to render styled before any script runs."""
    has_css = re.search(r'<link[^>]+rel="stylesheet"[^>]+href="[^"]+\.css', body) or re.search(
        r'<link[^>]+href="[^"]+\.css[^>]+rel="stylesheet"', body
    )
    return [] if has_css else ["no stylesheet <link> in the server HTML"]


def is_dark(body: str) -> bool:
    """The server HTML is in dark mode: `<html class="... dark ...">` or `data-theme="dark"`."""
    return bool(re.search(r'<html[^>]*(class="[^"]*\bdark\b[^"]*"|data-theme="dark")', body))


def table(page: Page) -> Locator:
    return page.get_by_role("table")


def data_rows(page: Page) -> Locator:
    """The table's record rows (not the header)."""
    return table(page).locator("tbody tr")


def go_to_next_page(page: Page) -> None:
    page.get_by_role("button", name=re.compile(r"next page", re.I)).click()


def choose_category(page: Page, title: str) -> None:
    page.get_by_label("Category").select_option(label=title)


def row_button(row: Locator, action: str) -> Locator:
    """A row's "Show" / "Edit" / "Delete" button, by its accessible name."""
    return row.get_by_role("button", name=action, exact=True)

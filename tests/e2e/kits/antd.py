"""Ant Design: CSS-in-JS styles inlined in <style>; dark mode in the theme's colors."""

from __future__ import annotations

import re

__all__ = ["is_dark", "style_problems"]


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

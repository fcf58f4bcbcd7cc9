"""headless: the base contract (semantic table, native select, named row buttons)."""

from __future__ import annotations

from tests.e2e.kits.base import (
    choose_category,
    data_rows,
    go_to_next_page,
    is_dark,
    row_button,
    style_problems,
    table,
)

__all__ = [
    "choose_category",
    "data_rows",
    "go_to_next_page",
    "is_dark",
    "row_button",
    "style_problems",
    "table",
]

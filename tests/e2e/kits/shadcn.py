"""shadcn: the base contract as is.

The kit's components are semantic on purpose: a <table> (TanStack Table rendered with
shadcn's table parts), a styled native <select> for Category (so `select_option` works),
icon-only row buttons named by aria-label ("Show", "Edit", "Delete"), a pager button
"Next page", a <link rel="stylesheet"> to the Tailwind CSS file, and `class="dark"` on <html>.
"""

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

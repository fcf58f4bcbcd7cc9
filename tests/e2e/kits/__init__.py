"""What the end-to-end tests do differently per UI kit (`ui` answer): one module per kit.

Every kit renders the same admin with the same accessible names (headings "Posts",
"Create Post", ...; textboxes "Title" and "Content"; buttons "Create", "Save", "Sign in",
"Log out"), so the tests are shared. Only what a kit's widgets really change lives in its
module: how the server HTML carries its styles and its dark mode, how the table is found
and paged, how the category is chosen, how a row's show/edit buttons are found.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

KITS = ("antd", "mui", "tailwind", "shadcn", "headless")


def kit(ui: str) -> ModuleType:
    """The module of the kit named by a `ui` answer (see base.py for what it provides)."""
    if ui not in KITS:
        raise ValueError(f"unknown ui kit {ui!r}")
    return import_module(f"tests.e2e.kits.{ui}")

"""What the end-to-end tests check differently per UI kit (`ui` answer).

Every kit renders the same admin with the same accessible names, and the browser walk
is the generated project's own Playwright spec (its per-kit adapter is the template's
`e2e/kit.ts`). What stays here is how the server HTML carries a kit's styles and its
dark mode: base.py holds the defaults (a stylesheet <link>, `<html class="dark">`), and
a kit with something special has a module of the same name overriding some of them.
"""

from __future__ import annotations

from importlib import import_module
from importlib.util import find_spec
from types import SimpleNamespace

from tests.e2e.kits import base

KITS = ("antd", "mui", "tailwind", "shadcn", "headless")


def kit(ui: str) -> SimpleNamespace:
    """The checks of the kit named by a `ui` answer: its own module's, else base.py's."""
    if ui not in KITS:
        raise ValueError(f"unknown ui kit {ui!r}")
    checks = {name: getattr(base, name) for name in base.__all__}
    if find_spec(f"tests.e2e.kits.{ui}") is not None:
        own = import_module(f"tests.e2e.kits.{ui}")
        checks.update({name: getattr(own, name) for name in base.__all__ if hasattr(own, name)})
    return SimpleNamespace(**checks)

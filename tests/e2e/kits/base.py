"""The defaults of the kit checks: CSS in a stylesheet <link>, dark mode as `<html class="dark">`.

A kit module overrides what its styles do differently (antd.py, mui.py: CSS-in-JS).
"""

from __future__ import annotations

import re

__all__ = ["is_dark", "style_problems"]


def style_problems(body: str) -> list[str]:
    """What is missing for the server HTML to render styled before any script runs."""
    has_css = re.search(r'<link[^>]+rel="stylesheet"[^>]+href="[^"]+\.css', body) or re.search(
        r'<link[^>]+href="[^"]+\.css[^>]+rel="stylesheet"', body
    )
    return [] if has_css else ["no stylesheet <link> in the server HTML"]


def is_dark(body: str) -> bool:
    """The server HTML is in dark mode: `<html class="... dark ...">`."""
    return bool(re.search(r'<html[^>]*class="[^"]*\bdark\b[^"]*"', body))

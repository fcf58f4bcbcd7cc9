"""Material UI: emotion styles inlined in <style data-emotion>; dark mode in the theme's colors."""

from __future__ import annotations

import re

__all__ = ["is_dark", "style_problems"]


def _emotion_css(body: str) -> str:
    return "".join(re.findall(r'<style[^>]*data-emotion="mui[^"]*"[^>]*>(.*?)</style>', body, re.S))


def style_problems(body: str) -> list[str]:
    """Every emotion class the markup uses (`mui-<hash>`) has its rule in the inlined styles."""
    css = _emotion_css(body)
    if not css:
        return ['no <style data-emotion="mui ..."> in the server HTML']
    markup = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", body, flags=re.S)
    used = {
        c
        for classes in re.findall(r'class="([^"]*)"', markup)
        for c in classes.split()
        if c.startswith("mui-")
    }
    defined = set(re.findall(r"\.(mui-[\w-]+)", css))
    problems = [f"no rule for .{name} in the inlined styles" for name in sorted(used - defined)]
    if not used:
        problems.append("no emotion-styled element in the server HTML")
    return problems


def is_dark(body: str) -> bool:
    """CssBaseline paints <body> with the theme's background: MUI's dark default is #121212."""
    match = re.search(r"body\{[^}]*background-color:([^;}]+)", _emotion_css(body))
    return bool(match) and match.group(1).strip().lower() == "#121212"

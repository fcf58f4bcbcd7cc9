"""First Load JS from a finished ``.next`` build, since Next 16 no longer prints it.

How (Pages Router, webpack or Turbopack build): ``.next/build-manifest.json`` maps each
page to the files its HTML loads. ``<NextScript>`` emits ``polyfillFiles`` and
``rootMainFiles`` (both empty for a Pages Router app on Next 16), the files of ``/_app``,
then those of the page itself, so

* **shared** = the ``.js`` files of ``polyfillFiles + rootMainFiles + pages["/_app"]``
  (framework, runtime, ``_app``);
* **First Load JS of a route** = shared + the ``.js`` files of ``pages[route]``,

each file counted once, gzip level 9 (what Next 13-15 printed, via ``gzip-size``). CSS
and ``lowPriorityFiles`` (``_buildManifest.js`` etc., fetched after load) are left out.

The route's file list comes from ``tests/e2e/next_metrics.py`` when the checkout has it
(the end-to-end tests assert a First Load budget with it, so the benchmark and the tests
count the same bytes); the fallback below follows the same rule.
"""

from __future__ import annotations

import gzip
import html as html_lib
import importlib.util
import json
import re
import urllib.parse
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

from bench.tools import REPO


@dataclass(frozen=True)
class FirstLoad:
    """Gzipped byte counts of one route, plus the biggest chunks (to say what dominates)."""

    route: str
    total: int
    shared: int
    page_only: int
    chunks: tuple[tuple[str, int], ...]


@cache
def _e2e_metrics() -> ModuleType | None:
    """``tests/e2e/next_metrics.py`` loaded by path (``tests`` is not an installed package)."""
    path = REPO / "tests" / "e2e" / "next_metrics.py"
    spec = importlib.util.spec_from_file_location("_cra_e2e_next_metrics", path) if path.is_file() else None
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception:  # a half-edited helper must not break the benchmark: use the fallback
        return None
    return module if hasattr(module, "first_load_js_files") else None


def _gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def _shared_files(manifest: dict[str, list[str] | dict[str, list[str]]]) -> list[str]:
    files: list[str] = []
    for key in ("polyfillFiles", "rootMainFiles"):
        value = manifest.get(key, [])
        files += value if isinstance(value, list) else []
    pages = manifest["pages"]
    files += pages.get("/_app", []) if isinstance(pages, dict) else []
    return [f for f in dict.fromkeys(files) if f.endswith(".js")]


def route_files(next_dir: Path, route: str) -> list[str]:
    """Every ``.js`` file the first visit of ``route`` loads, in order, each once."""
    helper = _e2e_metrics()
    if helper is not None:
        return [str(f) for f in helper.first_load_js_files(next_dir, route)]
    manifest = json.loads((next_dir / "build-manifest.json").read_text())
    pages: dict[str, list[str]] = manifest["pages"]
    if route not in pages:
        raise KeyError(f"{route} is not a page of this build ({', '.join(sorted(pages))})")
    files = [*_shared_files(manifest), *pages[route]]
    return [f for f in dict.fromkeys(files) if f.endswith(".js")]


def first_load(next_dir: Path, route: str) -> FirstLoad:
    """First Load JS of ``route`` in the build at ``next_dir`` (the ``.next`` folder)."""
    manifest = json.loads((next_dir / "build-manifest.json").read_text())
    shared_files = _shared_files(manifest)
    files = route_files(next_dir, route)
    sizes = {f: _gzip_size(next_dir / f) for f in dict.fromkeys([*shared_files, *files])}
    total = sum(sizes[f] for f in files)
    shared = sum(sizes[f] for f in shared_files)
    biggest = tuple(sorted(((f, sizes[f]) for f in files), key=lambda kv: kv[1], reverse=True)[:5])
    return FirstLoad(route=route, total=total, shared=shared, page_only=total - shared, chunks=biggest)


_SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
_SRC_ATTR = re.compile(r"""\bsrc\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def html_script_files(html: str) -> list[str]:
    """The ``/_next/`` scripts an HTML page loads, in order, each once, ``nomodule`` left out.

    One rule for both routers: whatever the server puts in ``<script src>`` is what a
    first visit downloads before the page is interactive (App Router: the ``async``
    chunks of the client reference manifest; Pages Router: ``<NextScript>``'s files).
    Inline scripts (the RSC payload, ``__NEXT_DATA__``) are data, not code: not counted.
    """
    files: list[str] = []
    for attrs in _SCRIPT_TAG.findall(html):
        src = _SRC_ATTR.search(attrs)
        if src is None or re.search(r"\bnomodule\b", attrs, re.IGNORECASE):
            continue
        path = urllib.parse.urlsplit(html_lib.unescape(src.group(1))).path
        if path.startswith("/_next/") and path.endswith(".js"):
            files.append(urllib.parse.unquote(path.removeprefix("/_next/")))
    return list(dict.fromkeys(files))


def first_load_from_html(next_dir: Path, route: str, html: str) -> FirstLoad:
    """First Load JS of a served page: its ``<script src>`` files, read from ``next_dir``, gzip -9.

    ``shared`` is left 0 here: the HTML does not say which chunks other pages share.
    """
    files = html_script_files(html)
    if not files:
        raise ValueError(f"{route}: the HTML has no /_next/ <script src>")
    sizes = {f: _gzip_size(next_dir / f) for f in files}
    total = sum(sizes.values())
    biggest = tuple(sorted(sizes.items(), key=lambda kv: kv[1], reverse=True)[:5])
    return FirstLoad(route=route, total=total, shared=0, page_only=total, chunks=biggest)

"""First Load JS of a Next.js route (Pages or App Router), computed from the build's manifests.

Next 16 no longer prints "First Load JS" after `next build`. For the Pages Router the
scripts a route loads on first visit are listed in `.next/build-manifest.json`:
`polyfillFiles` + `rootMainFiles` + `pages["/_app"]` + `pages[<route>]` (the
`lowPriorityFiles` — build/SSG manifests — are tiny and loaded after, as before).
For the App Router (the route is in `.next/app-path-routes-manifest.json`): `polyfillFiles`
+ `rootMainFiles` of the build manifest + every `entryJSFiles` list (root layout, route-group
layouts, not-found, the page) of the route's client reference manifest,
`.next/server/app/<page>_client-reference-manifest.js`.
The size reported is the sum of the gzip sizes of those `.js` files, as Next used to.
Reused by the benchmark scripts.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path


def route_pattern(page: str) -> re.Pattern[str]:
    """`/posts/show/[id]` → regex matching `/posts/show/1`; handles `[...x]` and `[[...x]]`."""
    parts = []
    for segment in page.strip("/").split("/"):
        if segment.startswith("[[..."):
            parts.append(r"(?:/.*)?")
        elif segment.startswith("[..."):
            parts.append(r"/.+")
        elif segment.startswith("["):
            parts.append(r"/[^/]+")
        elif segment:
            parts.append("/" + re.escape(segment))
    return re.compile("^" + "".join(parts) + "/?$")


def page_for_route(pages: dict[str, list[str]], route: str) -> str:
    """The manifest page serving `route`: exact first, then static before dynamic segments."""
    if route in pages:
        return route
    candidates = [p for p in pages if not p.startswith("/_") and route_pattern(p).match(route)]
    if not candidates:
        raise KeyError(f"no page in build-manifest.json serves {route}")
    # Fewer dynamic segments wins (Next's precedence: static > [param] > [...catch] > [[...optional]]).
    return min(candidates, key=lambda p: (p.count("[[..."), p.count("[..."), p.count("[")))


def app_page_for_route(next_dir: Path, route: str) -> str | None:
    """The App Router page (`/(admin)/posts/page`) serving `route`, or None (no app dir, or a pages route)."""
    routes_file = next_dir / "app-path-routes-manifest.json"
    if not routes_file.is_file():
        return None
    app_routes: dict[str, str] = json.loads(routes_file.read_text())
    by_route = {r: p for p, r in app_routes.items() if not r.startswith("/_")}
    try:
        return by_route[page_for_route({r: [] for r in by_route}, route)]
    except KeyError:
        return None


def client_reference_js(next_dir: Path, app_page: str) -> list[str]:
    """The JS chunks of every entry (layouts, page) in the page's client reference manifest."""
    text = (next_dir / "server" / "app" / f"{app_page.lstrip('/')}_client-reference-manifest.js").read_text()
    key = f"globalThis.__RSC_MANIFEST[{json.dumps(app_page)}] = "
    manifest = json.loads(text[text.index(key) + len(key) :].strip().rstrip(";"))
    return [f for files in manifest["entryJSFiles"].values() for f in files]


def first_load_js_files(next_dir: Path, route: str) -> list[str]:
    manifest = json.loads((next_dir / "build-manifest.json").read_text())
    app_page = app_page_for_route(next_dir, route)
    if app_page is not None:
        files = [
            *manifest.get("polyfillFiles", []),
            *manifest.get("rootMainFiles", []),
            *client_reference_js(next_dir, app_page),
        ]
        return [f for f in dict.fromkeys(files) if f.endswith(".js")]
    pages = manifest["pages"]
    page = page_for_route(pages, route)
    files = [
        *manifest.get("polyfillFiles", []),
        *manifest.get("rootMainFiles", []),
        *pages.get("/_app", []),
        *pages[page],
    ]
    return [f for f in dict.fromkeys(files) if f.endswith(".js")]


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def first_load_js(next_dir: Path, route: str) -> dict[str, object]:
    """`{"route", "page", "files", "bytes", "gzip_bytes"}` for `route` in the build at `next_dir`."""
    manifest = json.loads((next_dir / "build-manifest.json").read_text())
    files = first_load_js_files(next_dir, route)
    return {
        "route": route,
        "page": app_page_for_route(next_dir, route) or page_for_route(manifest["pages"], route),
        "files": len(files),
        "bytes": sum((next_dir / f).stat().st_size for f in files),
        "gzip_bytes": sum(gzip_size(next_dir / f) for f in files),
    }


if __name__ == "__main__":  # python -m tests.e2e.next_metrics path/to/.next /posts
    import sys

    print(json.dumps(first_load_js(Path(sys.argv[1]), sys.argv[2]), indent=2))

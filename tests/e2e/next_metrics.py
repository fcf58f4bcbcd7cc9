"""First Load JS of a Next.js (Pages Router) route, computed from the build's manifests.

Next 16 no longer prints "First Load JS" after `next build`. For the Pages Router the
scripts a route loads on first visit are listed in `.next/build-manifest.json`:
`polyfillFiles` + `rootMainFiles` + `pages["/_app"]` + `pages[<route>]` (the
`lowPriorityFiles` — build/SSG manifests — are tiny and loaded after, as before).
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


def first_load_js_files(next_dir: Path, route: str) -> list[str]:
    manifest = json.loads((next_dir / "build-manifest.json").read_text())
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
        "page": page_for_route(manifest["pages"], route),
        "files": len(files),
        "bytes": sum((next_dir / f).stat().st_size for f in files),
        "gzip_bytes": sum(gzip_size(next_dir / f) for f in files),
    }


if __name__ == "__main__":  # python -m tests.e2e.next_metrics path/to/.next /posts
    import sys

    print(json.dumps(first_load_js(Path(sys.argv[1]), sys.argv[2]), indent=2))

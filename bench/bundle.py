"""What the First Load JS of a page is made of: its chunks, and the packages in each.

Needs a build made with ``productionBrowserSourceMaps: true`` (a ``.js.map`` beside every
chunk). Each chunk's bytes are attributed to the source its source map names for them
(Turbopack writes index maps with one section per module; plain VLQ maps work too),
grouped by npm package (the path after the last ``node_modules/``); anything else is
``app code`` or ``[runtime]``. A package's gzip share is its share of the chunk's raw
bytes times the chunk's gzip -9 size: gzip does not compress every module alike, so
read the package figures as ±10 %, the chunk figures as exact.

    python -m bench.bundle <app dir> <page.html>   # the HTML the server sent for the page
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.firstload import html_script_files

_B64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}


def _vlq(field: str) -> list[int]:
    values: list[int] = []
    shift = value = 0
    for char in field:
        digit = _B64[char]
        value += (digit & 31) << shift
        if digit & 32:
            shift += 5
            continue
        values.append(-(value >> 1) if value & 1 else value >> 1)
        shift = value = 0
    return values


def _segments(
    smap: dict[str, object], line0: int = 0, col0: int = 0
) -> Iterator[tuple[int, int, str | None]]:
    """(generated line, generated column, source) for every mapping, index maps flattened."""
    sections = smap.get("sections")
    if isinstance(sections, list):
        for section in sections:
            off = section["offset"]
            yield from _segments(
                section["map"], line0 + off["line"], (col0 if off["line"] == 0 else 0) + off["column"]
            )
        return
    listed = smap.get("sources")
    sources = [str(s) for s in listed] if isinstance(listed, list) else []
    src = 0
    for li, line in enumerate(str(smap.get("mappings", "")).split(";")):
        col = 0
        for seg in line.split(","):
            if not seg:
                continue
            fields = _vlq(seg)
            col += fields[0]
            if len(fields) >= 4:
                src += fields[1]
            start = col + (col0 if li == 0 else 0)
            yield line0 + li, start, sources[src] if len(fields) >= 4 and src < len(sources) else None


def map_of(js: Path) -> Path:
    """The chunk's source map: the file its ``sourceMappingURL`` names (Turbopack's may
    carry another hash than the chunk), else ``<chunk>.map``."""
    found = re.search(rb"//# sourceMappingURL=(\S+)\s*$", js.read_bytes()[-512:])
    return js.parent / found.group(1).decode() if found else Path(f"{js}.map")


def shipped_gzip(js: Path) -> int:
    """gzip -9 size of ``js`` without the ``//# sourceMappingURL=`` line the source-map
    build adds: the bytes the same build without source maps ships."""
    text = re.sub(rb"\n?//# sourceMappingURL=\S+\s*$", b"", js.read_bytes())
    return len(gzip.compress(text, compresslevel=9, mtime=0))


def package_of(source: str | None) -> str:
    """npm package of a source path, else ``app code`` / ``[runtime]``."""
    if not source:
        return "[runtime]"
    if "node_modules/" in source:
        rest = source.rsplit("node_modules/", 1)[1].split("/")
        return "/".join(rest[:2]) if rest[0].startswith("@") else rest[0]
    return "[runtime]" if "turbopack" in source or source.startswith("[") else "app code"


def chunk_packages(js: Path) -> Counter[str]:
    """Raw bytes of ``js`` per package, from ``js.map``."""
    lines = js.read_text(errors="replace").split("\n")
    marks: dict[int, list[tuple[int, str]]] = {}
    for line, col, source in _segments(json.loads(map_of(js).read_text())):
        marks.setdefault(line, []).append((col, package_of(source)))
    out: Counter[str] = Counter()
    for li, text in enumerate(lines):
        spans = sorted(marks.get(li, []))
        if not spans:
            out["[unmapped]"] += len(text) + 1
            continue
        out["[unmapped]"] += spans[0][0]
        for (col, pkg), nxt in zip(spans, [*spans[1:], (len(text) + 1, "")], strict=True):
            out[pkg] += max(0, nxt[0] - col)
    return out


@dataclass(frozen=True)
class Chunk:
    file: str
    gzip: int
    packages: tuple[tuple[str, int], ...]
    """Packages by estimated gzip bytes, biggest first."""


def analyse(next_dir: Path, files: list[str]) -> list[Chunk]:
    """The page's chunks, biggest first, each with its packages' estimated gzip bytes."""
    chunks = []
    for name in files:
        js = next_dir / name
        size = shipped_gzip(js)
        raw = chunk_packages(js)
        total = sum(raw.values()) or 1
        est = sorted(((p, round(size * n / total)) for p, n in raw.items()), key=lambda kv: -kv[1])
        chunks.append(Chunk(name, size, tuple(est)))
    return sorted(chunks, key=lambda c: -c.gzip)


def render(chunks: list[Chunk], top: int = 5) -> str:
    """Markdown: the whole page by package, then the ``top`` chunks with their main packages."""
    total = sum(c.gzip for c in chunks)
    by_pkg: Counter[str] = Counter()
    for c in chunks:
        for pkg, n in c.packages:
            by_pkg[pkg] += n
    out = [f"First Load JS {total / 1024:.1f} KiB gzip in {len(chunks)} chunks.", "", "By package:"]
    out += [f"- {p}: {n / 1024:.1f} KiB ({100 * n / total:.1f} %)" for p, n in by_pkg.most_common(15)]
    out += ["", f"The {top} biggest chunks:"]
    for c in chunks[:top]:
        parts = ", ".join(f"{p} {n / 1024:.1f}" for p, n in c.packages[:6] if n >= 512)
        out.append(f"- `{Path(c.file).name}` {c.gzip / 1024:.1f} KiB: {parts}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(
        prog="python -m bench.bundle", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    p.add_argument("app", type=Path)
    p.add_argument("html", type=Path, help="the page's HTML as the server sent it")
    args = p.parse_args(argv)
    files = html_script_files(args.html.read_text())
    print(render(analyse(args.app / ".next", files)))


if __name__ == "__main__":
    main()

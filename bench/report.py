"""The printed report (Markdown tables, ready to paste into README) and the ``--json`` form.

Ratios come first because they survive a different machine; absolute figures follow
with min/max so a reader can judge the spread. A missed target is shown, never fatal.
"""

from __future__ import annotations

import json
import math
import os
import platform
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bench.timing import Sample


@dataclass(frozen=True)
class Headline:
    """One ratio with its target (``limit``: the ratio must be at most this)."""

    label: str
    value: float
    limit: float
    detail: str

    @property
    def met(self) -> bool:
        return not math.isnan(self.value) and self.value <= self.limit

    def as_dict(self) -> dict[str, object]:
        return {
            "label": self.label,
            "ratio": self.value,
            "target_max": self.limit,
            "met": self.met,
            "detail": self.detail,
        }


@dataclass
class Report:
    """Everything one run measured, filled in part by part."""

    quick: bool
    runs: int
    headlines: list[Headline] = field(default_factory=list)
    tables: list[tuple[str, list[Sample]]] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    grids: list[tuple[str, list[str], list[list[str]]]] = field(default_factory=list)
    """Tables that are not samples (title, header, rows), e.g. First Load JS per kit x router."""


def _cmd(argv: list[str]) -> str:
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=30, check=False).stdout.strip()
    except OSError:
        return "?"


def machine() -> dict[str, str]:
    """The machine line the README needs next to the figures."""
    cpu = "?"
    if os.path.exists("/proc/cpuinfo"):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = "?"
    if os.path.exists("/proc/meminfo"):
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GB"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "node": _cmd(["node", "--version"]),
        "npm": _cmd(["npm", "--version"]),
    }


def _fmt(value: float, unit: str) -> str:
    if math.isnan(value):
        return "—"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"
    if unit == "B":
        return f"{value / 1024:.1f} kB" if value < 10 * 1024 * 1024 else f"{value / 1024 / 1024:.0f} MB"
    return f"{value:.1f} {unit}"


def render_text(report: Report) -> str:
    """Markdown: headline ratios, then one table per part, then the closing notes."""
    out: list[str] = []
    m = machine()
    mode = "quick mode, " if report.quick else ""
    out.append(
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']} RAM, {m['os']}; Python {m['python']}, "
        f"Node {m['node']}, npm {m['npm']} ({mode}{report.runs} interleaved runs per timing)."
    )
    if report.headlines:
        out += [
            "",
            "| Headline (ratio of medians) | Ratio | Target | Met | Basis |",
            "|---|---:|---:|:-:|---|",
        ]
        for h in report.headlines:
            mark = "yes" if h.met else "**no**"
            out.append(f"| {h.label} | {h.value:.2f}× | ≤ {h.limit:g}× | {mark} | {h.detail} |")
    for title, samples in report.tables:
        out += ["", f"**{title}**", "", "| | median | min | max | runs |", "|---|---:|---:|---:|---:|"]
        for s in samples:
            name = s.name + (f" ({s.note})" if s.note else "")
            cells = [_fmt(s.median, s.unit), _fmt(s.low, s.unit), _fmt(s.high, s.unit)]
            out.append(f"| {name} | {' | '.join(cells)} | {len(s.values)} |")
    for title, header, rows in report.grids:
        out += ["", f"**{title}**", "", "| " + " | ".join(header) + " |"]
        out.append("|" + "|".join("---" if i < 2 else "---:" for i in range(len(header))) + "|")
        out += ["| " + " | ".join(row) + " |" for row in rows]
    if report.notes:
        out += ["", "Notes:"]
        out += [f"- {n}" for n in report.notes]
    return "\n".join(out)


def render_json(report: Report) -> str:
    """Everything, raw values included, for CI artefacts and later comparison."""
    doc = {
        "machine": machine(),
        "quick": report.quick,
        "runs": report.runs,
        "headlines": [h.as_dict() for h in report.headlines],
        "parts": {title: [s.as_dict() for s in samples] for title, samples in report.tables},
        "grids": [{"title": t, "header": h, "rows": r} for t, h, r in report.grids],
        "extra": report.extra,
        "notes": report.notes,
    }
    return json.dumps(doc, indent=2, default=str, allow_nan=True)

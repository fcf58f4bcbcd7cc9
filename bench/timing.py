"""Repeated, interleaved wall-clock timing and the summary statistics the report prints.

Why interleaved: on a shared 2-core machine the load changes over minutes (another
``npm install`` or ``next build``). Running A, B, A, B, ... (and rotating who goes first)
spreads that drift over every contender, so the *ratio* of medians stays meaningful even
when the absolute seconds move. Medians, not means, because one stalled run should not
move the headline.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Sample:
    """All measurements of one contender (seconds, bytes, ...), plus how to read them."""

    name: str
    unit: str = "s"
    values: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.values) if self.values else float("nan")

    @property
    def low(self) -> float:
        return min(self.values) if self.values else float("nan")

    @property
    def high(self) -> float:
        return max(self.values) if self.values else float("nan")

    def as_dict(self) -> dict[str, object]:
        """The JSON form: every raw value is kept so a reader can redo the statistics."""
        return {
            "name": self.name,
            "unit": self.unit,
            "median": self.median,
            "min": self.low,
            "max": self.high,
            "runs": len(self.values),
            "values": self.values,
            "note": self.note,
        }


class BenchError(RuntimeError):
    """The benchmark itself broke (a contender failed to run): the only non-zero exit."""


def run_timed(
    argv: Sequence[str],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 1800.0,
) -> float:
    """Run ``argv`` once, output discarded, and return its wall-clock seconds.

    Wall clock (``perf_counter`` around the child) is what a user waits for; stdin is
    closed so a tool that would prompt fails instead of hanging the benchmark.
    """
    full_env = {**os.environ, **(env or {})}
    start = time.perf_counter()
    done = subprocess.run(
        list(argv),
        cwd=cwd,
        env=full_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=timeout,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        tail = done.stderr.decode(errors="replace")[-2000:]
        raise BenchError(f"{' '.join(argv)} exited {done.returncode} in {cwd or os.getcwd()}:\n{tail}")
    return elapsed


Step = Callable[[int], float]
"""One timed run of a contender: gets the run index, returns seconds."""


def interleave(
    steps: Mapping[str, Step], runs: int, *, warmup: int = 1, unit: str = "s"
) -> dict[str, Sample]:
    """Time every contender ``runs`` times, alternating between them.

    Round ``i`` starts with contender ``i mod n`` so no contender always runs right after
    the same neighbour (page cache, CPU frequency). ``warmup`` untimed rounds first load
    the interpreter, the page cache and lazily-built caches (e.g. ``.pyc``) for everyone.
    """
    names = list(steps)
    for w in range(warmup):
        for name in names:
            steps[name](-1 - w)
    samples = {name: Sample(name, unit) for name in names}
    for i in range(runs):
        order = names[i % len(names) :] + names[: i % len(names)]
        for name in order:
            samples[name].values.append(steps[name](i))
    return samples


def ratio(a: Sample, b: Sample) -> float:
    """Median of A over median of B: the headline figure (lower is better for times)."""
    return a.median / b.median if b.median else float("nan")


def busy_builds() -> list[str]:
    """Command lines of other ``next build`` / ``npm install`` runs now on this machine.

    The report prints them: figures taken while someone else builds are noisier, and the
    reader should know (the ratios still hold thanks to interleaving).
    """
    found: list[str] = []
    me = os.getpid()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == me:
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        if any(word in cmd for word in ("next build", "next-build", "npm install", "npm ci")):
            found.append(cmd[:120])
    return found

"""Part 2, scaffold: render the default preset into a fresh directory, ours against raw copier.

Both render the same bundled template with the same answers (defaults, project name
fixed) and no install, no git. What is left is our overhead: starting Typer, resolving
answers, rendering into a staging directory and renaming it into place. The bar is
≤ 1.3x raw ``copier copy --defaults``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bench.timing import Sample, Step, interleave, run_timed
from bench.tools import TEMPLATE, console_script

PROJECT = "bench-app"


def _fresh(root: Path, name: str, i: int) -> Path:
    """A target path that does not exist yet (each run renders into a new directory)."""
    target = root / f"{name}-{i if i >= 0 else 'warm' + str(-i)}"
    if target.exists():
        shutil.rmtree(target)
    return target


def _count_files(path: Path) -> int:
    return sum(1 for p in path.rglob("*") if p.is_file())


def measure(runs: int, work: Path) -> tuple[dict[str, Sample], dict[str, int]]:
    """Time both scaffolds interleaved; also return the file count each produced.

    The file counts are a sanity check that both did the same job (a contender that
    rendered nothing would otherwise look very fast).
    """
    ours = str(console_script("create-refine-app"))
    copier = str(console_script("copier"))
    root = work / "scaffold"
    root.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}

    def run_ours(i: int) -> float:
        target = _fresh(root, "ours", i)
        made["create-refine-app"] = target
        argv = [ours, str(target), "-o", "refine-nextjs", "-a", f"project_name={PROJECT}"]
        return run_timed([*argv, "--yes", "--no-install", "--no-git"], cwd=root)

    def run_copier(i: int) -> float:
        target = _fresh(root, "copier", i)
        made["copier copy"] = target
        argv = [copier, "copy", "--quiet", "--defaults", "--overwrite", "--data", f"project_name={PROJECT}"]
        return run_timed([*argv, str(TEMPLATE), str(target)], cwd=root)

    steps: dict[str, Step] = {
        "create-refine-app DIR --yes --no-install --no-git": run_ours,
        "copier copy --defaults (same template)": run_copier,
    }
    samples = interleave(steps, runs)
    counts = {name: _count_files(path) for name, path in made.items()}
    shutil.rmtree(root, ignore_errors=True)
    return samples, counts

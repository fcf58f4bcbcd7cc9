"""Part 1, CLI start: how long until the user sees ``--help`` / ``--version`` / ``--list``.

Contenders: our console script, ``copier --help`` (the engine we wrap: the bar is
≤ 0.25x of it) and the npm ``create-refine-app --help`` (the tool users would otherwise
reach for: the bar is "faster"). Every process is a fresh interpreter, as for a user.
"""

from __future__ import annotations

from pathlib import Path

from bench.timing import Sample, Step, interleave, run_timed
from bench.tools import NpmTool, console_script


def _step(argv: list[str], cwd: Path) -> Step:
    return lambda _i: run_timed(argv, cwd=cwd)


def measure(runs: int, npm_tool: NpmTool | None, cwd: Path) -> dict[str, Sample]:
    """Time the start-up commands, interleaved; ``npm_tool`` None skips the Node contender.

    Runs from ``cwd`` (an empty work dir) so no tool picks up a project config by accident.
    """
    ours = str(console_script("create-refine-app"))
    copier = str(console_script("copier"))
    steps: dict[str, Step] = {
        "create-refine-app --help": _step([ours, "--help"], cwd),
        "create-refine-app --version": _step([ours, "--version"], cwd),
        "create-refine-app --list": _step([ours, "--list"], cwd),
        "copier --help": _step([copier, "--help"], cwd),
    }
    if npm_tool is not None:
        steps[f"npm create-refine-app {npm_tool.version} --help"] = _step(npm_tool.argv("--help"), cwd)
    return interleave(steps, runs)

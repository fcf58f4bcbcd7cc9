"""`preset check --build` on every bundled preset: a covering set installs, type-checks, builds."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_cli

pytestmark = pytest.mark.e2e


def test_bundled_presets_build_their_covering_set(npm_cache: Path, tmp_path: Path) -> None:
    result = run_cli(
        ["preset", "check", str(REPO / "templates"), "--build", "--npm-cache", str(npm_cache), "--json"],
        tmp_path,
        templates=None,
        timeout=2400,
    )
    report = json.loads(result.stdout)
    for check in report["checks"]:
        print(check["name"], check["seconds"], check["problems"], file=sys.stderr)
    assert result.returncode == 0 and report["passed"], result.stdout
    builds = [c for c in report["checks"] if "build" in c["seconds"]]
    assert len(builds) >= 2  # every choice of every question, at least once
    assert all({"install", "typecheck", "build"} <= set(c["seconds"]) for c in builds)

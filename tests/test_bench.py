"""The benchmark runs (CI runs it only in --quick mode and never on a figure).

The cheap parts (CLI start, scaffold) run here for real; the generated-app part needs
npm and ``next build`` and is marked e2e.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.firstload import first_load

REPO = Path(__file__).resolve().parents[1]


def run_bench(*args: str, timeout: float) -> Any:
    """Run ``python -m bench --quick --json`` and return the parsed report."""
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--json", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_quick_cli_and_scaffold() -> None:
    doc = run_bench("--only", "cli,scaffold", "--no-node-tool", timeout=300)
    labels = [h["label"] for h in doc["headlines"]]
    assert labels == ["`--help` vs `copier --help`", "Scaffold vs raw `copier copy`"]
    for samples in doc["parts"].values():
        for sample in samples:
            assert sample["runs"] == 3 and sample["median"] > 0
    files = doc["extra"]["scaffold_files"]
    # The same job, plus the record of the files the template wrote (for `update`).
    assert files["create-refine-app"] == files["copier copy"] + 1 > 11


def test_first_load_counts_app_and_page_js_once(tmp_path: Path) -> None:
    chunks = tmp_path / "static" / "chunks"
    chunks.mkdir(parents=True)
    for name in ("app.js", "runtime.js", "page.js", "style.css"):
        (chunks / name).write_text(name * 500)
    manifest = {
        "pages": {
            "/_app": ["static/chunks/app.js", "static/chunks/runtime.js", "static/chunks/style.css"],
            "/posts": ["static/chunks/page.js", "static/chunks/runtime.js"],
        },
        "polyfillFiles": [],
        "lowPriorityFiles": [],
    }
    (tmp_path / "build-manifest.json").write_text(json.dumps(manifest))

    def gz(name: str) -> int:
        return len(gzip.compress((chunks / name).read_bytes(), compresslevel=9, mtime=0))

    result = first_load(tmp_path, "/posts")
    assert result.shared == gz("app.js") + gz("runtime.js")
    assert result.page_only == gz("page.js")
    assert result.total == result.shared + result.page_only


@pytest.mark.e2e
@pytest.mark.timeout(1800)
def test_quick_app_part() -> None:
    doc = run_bench("--only", "app", "--app-runs", "1", timeout=1800)
    labels = [h["label"] for h in doc["headlines"]]
    assert "First Load JS `/posts` vs official `/blog-posts`" in labels

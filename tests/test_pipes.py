"""Nothing ever blocks a pipe: without a terminal, missing answers fail fast with exit 2."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from conftest import FIXTURE_TEMPLATES, TEMPLATES_ENV, cli_command


def test_open_pipe_without_answers_exits_2_within_a_second(tmp_path: Path) -> None:
    env = {**os.environ, TEMPLATES_ENV: str(FIXTURE_TEMPLATES)}
    started = time.monotonic()
    process = subprocess.Popen(
        [*cli_command(), "app"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _, stderr = process.communicate(timeout=10)  # stdin stays open: a prompt would hang
    finally:
        process.kill()
    elapsed = time.monotonic() - started
    assert process.returncode == 2
    assert "-a ui=antd|headless" in stderr and "--yes" in stderr
    assert "--install/--no-install" in stderr and "--git/--no-git" in stderr
    assert elapsed < 1.0, f"took {elapsed:.2f}s"
    assert list(tmp_path.iterdir()) == []

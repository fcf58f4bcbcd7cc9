"""Nothing ever blocks a pipe: without a terminal, missing answers fail fast with exit 2."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import FIXTURE_TEMPLATES, TEMPLATES_ENV, cli_command


def test_open_pipe_without_answers_exits_2_without_waiting_for_input(tmp_path: Path) -> None:
    env = {**os.environ, TEMPLATES_ENV: str(FIXTURE_TEMPLATES)}
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
        # stdin stays open: a prompt would wait on it, and communicate() raise TimeoutExpired.
        # (How fast the CLI starts is the benchmark's figure, not a test's: this machine may
        # be running other tests beside this one.)
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 2
    assert "-a ui=antd|headless" in stderr and "--yes" in stderr
    assert "--install/--no-install" in stderr and "--git/--no-git" in stderr
    assert list(tmp_path.iterdir()) == []

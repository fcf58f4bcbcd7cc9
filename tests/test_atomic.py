"""An interrupted or failed run leaves the target as it was and no staging directory."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import BROKEN_TEMPLATES, TEMPLATES_ENV, cli_command, leftovers, run_cli, snapshot

OK = ["-y", "--no-install", "--no-git"]


def test_failure_mid_render_leaves_no_target_and_no_staging(tmp_path: Path) -> None:
    result = run_cli(["app", *OK], tmp_path, templates=BROKEN_TEMPLATES)
    assert result.returncode == 1
    assert "zzz-fails.txt" in result.stderr and "Nothing was written" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_failure_mid_render_leaves_an_existing_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "app"
    target.mkdir()
    (target / "mine.txt").write_text("precious")
    before = snapshot(tmp_path)
    result = run_cli(["app", "--force", *OK], tmp_path, templates=BROKEN_TEMPLATES)
    assert result.returncode == 1
    assert snapshot(tmp_path) == before


def test_failure_does_not_leave_created_parent_directories(tmp_path: Path) -> None:
    result = run_cli(["deep/er/app", *OK], tmp_path, templates=BROKEN_TEMPLATES)
    assert result.returncode == 1
    assert list(tmp_path.iterdir()) == []


def _big_template(root: Path, files: int) -> Path:
    """A preset slow enough to interrupt: thousands of small rendered files."""
    preset = root / "slow"
    (preset / "template" / "many").mkdir(parents=True)
    (preset / "preset.yml").write_text(
        "name: slow\ntitle: Slow\ndescription: Many files, to interrupt a render\n"
    )
    (preset / "copier.yml").write_text(
        "_subdirectory: template\n_templates_suffix: .jinja\nproject_name:\n  type: str\n  default: slow\n"
    )
    body = "{% for i in range(200) %}{{ project_name }} line {{ i }}\n{% endfor %}"
    for index in range(files):
        (preset / "template" / "many" / f"file{index:05}.txt.jinja").write_text(body)
    return root


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_during_render_undoes_everything(tmp_path: Path, signum: int) -> None:
    templates = _big_template(tmp_path / "templates", files=3000)
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, TEMPLATES_ENV: str(templates)}
    process = subprocess.Popen(
        [*cli_command(), "app", *OK],
        cwd=work,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    staged_files = 0
    while time.monotonic() < deadline and staged_files < 50:
        staged = [p for p in work.iterdir() if p.name.endswith(".create-refine-app-staging")]
        if staged and (staged[0] / "many").is_dir():
            staged_files = len(list((staged[0] / "many").iterdir()))
        time.sleep(0.01)
    assert staged_files >= 50, "the render never got going"
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Interrupted" in stderr and "Traceback" not in stderr
    assert list(work.iterdir()) == []
    assert leftovers(tmp_path) == []

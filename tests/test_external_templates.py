"""--template: third-party presets from a folder or a git repository; --trust for code."""

from __future__ import annotations

from pathlib import Path

import yaml

from conftest import FIXTURES, run_cli, snapshot, tagged_template

OK = ["-y", "--no-install", "--no-git"]
PLAIN = FIXTURES / "third-party" / "plain"
WITH_TASK = FIXTURES / "third-party" / "with-task"


def make_git_template(root: Path) -> Path:
    """Tags v1 (the fixture as it is) and v2 (adds a file)."""
    return tagged_template(root, [{}, {"added-in-v2.txt": "new in v2\n"}])


def test_local_folder_template(tmp_path: Path) -> None:
    result = run_cli(["tp", *OK, "--template", str(PLAIN), "-a", "greeting=Hi"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "tp" / "index.txt").read_text() == "Hi from tp\n"


def test_template_questions_are_flags_and_checked(tmp_path: Path) -> None:
    result = run_cli(["tp", *OK, "--template", str(PLAIN), "-a", "greeting=Yo"], tmp_path)
    assert result.returncode == 2 and "not one of the choices" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_git_template_latest_tag_and_vcs_ref(tmp_path: Path) -> None:
    repo = make_git_template(tmp_path)
    latest = run_cli(["latest", *OK, "--template", str(repo)], tmp_path)
    assert latest.returncode == 0, latest.stderr
    assert (tmp_path / "latest" / "added-in-v2.txt").exists()
    pinned = run_cli(["pinned", *OK, "--template", str(repo), "--vcs-ref", "v1"], tmp_path)
    assert pinned.returncode == 0, pinned.stderr
    assert not (tmp_path / "pinned" / "added-in-v2.txt").exists()
    answers = yaml.safe_load((tmp_path / "pinned" / ".copier-answers.yml").read_text())
    assert answers["_commit"] == "v1"


def test_template_with_tasks_is_refused_without_trust(tmp_path: Path) -> None:
    result = run_cli(["task", *OK, "--template", str(WITH_TASK)], tmp_path)
    assert result.returncode == 2
    assert "runs code on your machine" in result.stderr and "--trust" in result.stderr
    assert "_tasks" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_template_with_tasks_runs_with_trust(tmp_path: Path) -> None:
    result = run_cli(["task", *OK, "--template", str(WITH_TASK), "--trust"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "task" / "task-output.txt").read_text().strip() == "task ran"


def test_template_errors(tmp_path: Path) -> None:
    missing = run_cli(["x", *OK, "--template", str(tmp_path / "nope")], tmp_path)
    assert missing.returncode == 2 and "was not found" in missing.stderr
    not_copier = tmp_path / "empty-folder"
    not_copier.mkdir()
    before = snapshot(tmp_path)
    result = run_cli(["x", *OK, "--template", str(not_copier)], tmp_path)
    assert result.returncode == 2 and "no copier.yml" in result.stderr
    both = run_cli(["x", *OK, "--template", str(PLAIN), "-o", "mini"], tmp_path)
    assert both.returncode == 2 and "cannot be combined" in both.stderr
    ref_without_git = run_cli(["x", *OK, "--template", str(PLAIN), "--vcs-ref", "v1"], tmp_path)
    assert ref_without_git.returncode == 2 and "needs a git template" in ref_without_git.stderr
    assert snapshot(tmp_path) == before

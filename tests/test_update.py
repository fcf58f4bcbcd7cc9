"""`update`: template improvements reach an existing project; the user's edits survive."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import FIXTURE_TEMPLATES, GIT_ENV, git, run_cli, snapshot, tagged_template

NEW = ["-y", "--no-install", "--git"]


def make_tagged_template(root: Path) -> Path:
    """v1: the plain fixture plus notes; v2: changes the greeting line and adds a file."""
    return tagged_template(root, [
        {"notes.txt": "line one\nline two\nline three\n"},
        {"index.txt.jinja": "{{ greeting }}, from {{ project_name }}!\n",
         "added-in-v2.txt": "new in v2\n"},
    ])


def test_git_template_update_keeps_user_edits(tmp_path: Path) -> None:
    repo = make_tagged_template(tmp_path)
    created = run_cli(["app", *NEW, "--template", str(repo), "--vcs-ref", "v1"], tmp_path,
                      env=GIT_ENV)
    assert created.returncode == 0, created.stderr
    project = tmp_path / "app"
    (project / "notes.txt").write_text("line one\nline two\nline three\nmy own line\n")
    git("commit", "-qam", "user edit", cwd=project)
    result = run_cli(["update", str(project), "--vcs-ref", "v2"], tmp_path, env=GIT_ENV)
    assert result.returncode == 0, result.stderr
    assert (project / "added-in-v2.txt").read_text() == "new in v2\n"
    assert (project / "index.txt").read_text() == "Hello, from app!\n"
    assert "my own line" in (project / "notes.txt").read_text()


def test_git_template_update_reports_a_conflict(tmp_path: Path) -> None:
    repo = make_tagged_template(tmp_path)
    run_cli(["app", *NEW, "--template", str(repo), "--vcs-ref", "v1"], tmp_path, env=GIT_ENV)
    project = tmp_path / "app"
    (project / "index.txt").write_text("Howdy from app\n")
    git("commit", "-qam", "user edit on the same line", cwd=project)
    result = run_cli(["update", str(project), "--vcs-ref", "v2"], tmp_path, env=GIT_ENV)
    assert result.returncode == 0, result.stderr
    assert "conflict" in result.stderr and "index.txt" in result.stderr
    text = (project / "index.txt").read_text()
    assert "<<<<<<<" in text and "Howdy from app" in text and "Hello, from app!" in text


def _bundled_copy(root: Path) -> Path:
    templates = root / "templates"
    shutil.copytree(FIXTURE_TEMPLATES, templates)
    return templates


def test_bundled_preset_update_merges_template_changes_and_keeps_edits(tmp_path: Path) -> None:
    templates = _bundled_copy(tmp_path)
    created = run_cli(["app", *NEW], tmp_path, templates=templates, env=GIT_ENV)
    assert created.returncode == 0, created.stderr
    project = tmp_path / "app"
    config = project / "src" / "config.ts"
    config.write_text("export const MINE = 1;\n" + config.read_text())
    git("commit", "-qam", "user edit", cwd=project)
    readme = templates / "mini" / "template" / "README.md.jinja"
    readme.write_text(readme.read_text() + "\nA line the template added later.\n")
    (templates / "mini" / "template" / "src" / "new-in-v2.ts").write_text("export {};\n")

    preview = run_cli(["update", str(project), "--dry-run"], tmp_path, templates=templates)
    assert preview.returncode == 0, preview.stderr
    assert "Would change" in preview.stderr and "README.md" in preview.stderr
    assert git("status", "--porcelain", cwd=project) == ""

    result = run_cli(["update", str(project), "-a", "port=4000"], tmp_path, templates=templates,
                     env=GIT_ENV)
    assert result.returncode == 0, result.stderr
    assert "A line the template added later." in (project / "README.md").read_text()
    assert (project / "src" / "new-in-v2.ts").exists()
    assert "export const MINE = 1;" in config.read_text()
    assert "export const PORT = 4000;" in config.read_text()
    assert "port: 4000" in (project / ".copier-answers.yml").read_text()
    git("commit", "-qm", "take the update", cwd=project)
    again = run_cli(["update", str(project), "-a", "port=4000"], tmp_path, templates=templates,
                    env=GIT_ENV)
    assert "Already up to date" in again.stderr


def test_update_refuses_a_dirty_tree_and_non_projects(tmp_path: Path) -> None:
    templates = _bundled_copy(tmp_path)
    run_cli(["app", *NEW], tmp_path, templates=templates, env=GIT_ENV)
    project = tmp_path / "app"
    (project / "README.md").write_text("uncommitted")
    before = snapshot(project)
    dirty = run_cli(["update", str(project)], tmp_path, templates=templates)
    assert dirty.returncode == 2 and "uncommitted changes" in dirty.stderr
    assert snapshot(project) == before
    elsewhere = tmp_path / "not-a-project"
    elsewhere.mkdir()
    result = run_cli(["update", str(elsewhere)], tmp_path, templates=templates)
    assert result.returncode == 2 and ".copier-answers.yml" in result.stderr


def test_update_without_our_first_commit_asks_for_a_base(tmp_path: Path) -> None:
    templates = _bundled_copy(tmp_path)
    run_cli(["app", "-y", "--no-install", "--no-git"], tmp_path, templates=templates)
    project = tmp_path / "app"
    git("init", "-q", cwd=project)
    git("add", "-A", cwd=project)
    git("commit", "-qm", "my own first commit", cwd=project)
    result = run_cli(["update", str(project)], tmp_path, templates=templates, env=GIT_ENV)
    assert result.returncode == 2 and "--base" in result.stderr
    first = git("rev-parse", "HEAD", cwd=project).strip()
    with_base = run_cli(["update", str(project), "--base", first, "-a", "ui=headless"], tmp_path,
                        templates=templates, env=GIT_ENV)
    assert with_base.returncode == 0, with_base.stderr
    assert "ui=headless" in (project / "README.md").read_text()


def test_bundled_update_keeps_files_the_template_never_wrote(tmp_path: Path) -> None:
    templates = _bundled_copy(tmp_path)
    created = run_cli(["app", "-y", "--install", "--git", "--package-manager", "npm"], tmp_path,
                      templates=templates,
                      env={**GIT_ENV, "npm_config_cache": str(tmp_path / "npm-cache")})
    assert created.returncode == 0, created.stderr
    project = tmp_path / "app"
    lockfile = (project / "package-lock.json").read_text()  # in create-refine-app's commit
    (project / "src" / "mine.ts").write_text("export const mine = 1;\n")
    git("add", "-A", cwd=project)
    git("commit", "-qm", "my module", cwd=project)
    assert (project / "src" / "login.ts").exists()
    result = run_cli(["update", str(project), "-a", "auth=none"], tmp_path, templates=templates,
                     env=GIT_ENV)
    assert result.returncode == 0, result.stderr
    assert not (project / "src" / "login.ts").exists()  # the template stops writing it
    assert (project / "package-lock.json").read_text() == lockfile
    assert (project / "src" / "mine.ts").exists()
    assert "auth: none" in (project / ".copier-answers.yml").read_text()

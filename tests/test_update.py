"""`update`: template improvements reach an existing project; the user's edits survive."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURE_TEMPLATES, GIT_ENV, REPO, git, run_cli, snapshot, tagged_template

NEW = ["-y", "--no-install", "--git"]


def make_tagged_template(root: Path) -> Path:
    """v1: the plain fixture plus notes; v2: changes the greeting line and adds a file."""
    return tagged_template(
        root,
        [
            {"notes.txt": "line one\nline two\nline three\n"},
            {
                "index.txt.jinja": "{{ greeting }}, from {{ project_name }}!\n",
                "added-in-v2.txt": "new in v2\n",
            },
        ],
    )


def test_git_template_update_keeps_user_edits(tmp_path: Path) -> None:
    repo = make_tagged_template(tmp_path)
    created = run_cli(["app", *NEW, "--template", str(repo), "--vcs-ref", "v1"], tmp_path, env=GIT_ENV)
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

    result = run_cli(["update", str(project), "-a", "port=4000"], tmp_path, templates=templates, env=GIT_ENV)
    assert result.returncode == 0, result.stderr
    assert "A line the template added later." in (project / "README.md").read_text()
    assert (project / "src" / "new-in-v2.ts").exists()
    assert "export const MINE = 1;" in config.read_text()
    assert "export const PORT = 4000;" in config.read_text()
    assert "port: 4000" in (project / ".copier-answers.yml").read_text()
    git("commit", "-qm", "take the update", cwd=project)
    head, before = git("rev-parse", "HEAD", cwd=project), _files(project)
    again = run_cli(
        ["update", str(project), "-a", "port=4000", "--json"], tmp_path, templates=templates, env=GIT_ENV
    )
    assert again.returncode == 0, again.stderr
    assert "Already up to date" in again.stderr
    assert json.loads(again.stdout) == {
        "dry_run": False,
        "up_to_date": True,
        "changed": [],
        "conflicts": [],
        "removed": [],
        "kept": [],
    }
    assert git("rev-parse", "HEAD", cwd=project) == head and _files(project) == before
    assert git("status", "--porcelain", cwd=project) == ""


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
    with_base = run_cli(
        ["update", str(project), "--base", first, "-a", "ui=headless"],
        tmp_path,
        templates=templates,
        env=GIT_ENV,
    )
    assert with_base.returncode == 0, with_base.stderr
    assert "ui=headless" in (project / "README.md").read_text()


def test_bundled_update_keeps_files_the_template_never_wrote(tmp_path: Path) -> None:
    templates = _bundled_copy(tmp_path)
    created = run_cli(
        ["app", "-y", "--install", "--git", "--package-manager", "npm"],
        tmp_path,
        templates=templates,
        env={**GIT_ENV, "npm_config_cache": str(tmp_path / "npm-cache")},
    )
    assert created.returncode == 0, created.stderr
    project = tmp_path / "app"
    lockfile = (project / "package-lock.json").read_text()  # in create-refine-app's commit
    (project / "src" / "mine.ts").write_text("export const mine = 1;\n")
    git("add", "-A", cwd=project)
    git("commit", "-qm", "my module", cwd=project)
    assert (project / "src" / "login.ts").exists()
    result = run_cli(["update", str(project), "-a", "auth=none"], tmp_path, templates=templates, env=GIT_ENV)
    assert result.returncode == 0, result.stderr
    assert not (project / "src" / "login.ts").exists()  # the template stops writing it
    assert (project / "package-lock.json").read_text() == lockfile
    assert (project / "src" / "mine.ts").exists()
    assert "auth: none" in (project / ".copier-answers.yml").read_text()


# ------------------------------------------------ files the template stops writing

MANIFEST = ".create-refine-app-files.sha256"
MOVES = (
    {"src/a.ts": "export const a = 1;\n", "src/c.ts": "export const c = 1;\n"},
    {
        "src/a.ts": None,
        "src/c.ts": None,
        "src/b/a.ts": "export const a = 1;\n",
        "src/b/c.ts": "export const c = 1;\n",
    },
)


def _forget_manifest(project: Path) -> None:
    """Make the project look generated before the manifest existed."""
    message = git("log", "-1", "--format=%s", cwd=project).strip()
    assert git("rev-list", "--count", "HEAD", cwd=project).strip() == "1"
    git("rm", "-q", MANIFEST, cwd=project)
    git("commit", "-q", "--amend", "-m", message, cwd=project)


def _project_from_v1(tmp_path: Path, kind: str) -> tuple[Path, list[str], Path | None]:
    """A project whose template writes src/a.ts and src/c.ts, and a v2 that moves both to
    src/b/; returns the project, the update command's extra arguments and the templates."""
    if kind == "git":
        repo = tagged_template(tmp_path, MOVES)
        created = run_cli(["app", *NEW, "--template", str(repo), "--vcs-ref", "v1"], tmp_path, env=GIT_ENV)
        assert created.returncode == 0, created.stderr
        return tmp_path / "app", ["--vcs-ref", "v2"], None
    templates = _bundled_copy(tmp_path)
    source = templates / "mini" / "template" / "src"
    for relative, content in MOVES[0].items():
        (source.parent / relative).write_text(str(content))
    created = run_cli(["app", *NEW], tmp_path, templates=templates, env=GIT_ENV)
    assert created.returncode == 0, created.stderr
    for name in ("a.ts", "c.ts"):
        (source / "b").mkdir(exist_ok=True)
        (source / name).rename(source / "b" / name)
    return tmp_path / "app", [], templates


@pytest.mark.parametrize("manifest", ["manifest", "no-manifest"])
@pytest.mark.parametrize("kind", ["git", "bundled"])
def test_update_removes_moved_files_and_keeps_edited_ones_as_conflicts(
    tmp_path: Path, kind: str, manifest: str
) -> None:
    project, extra, templates = _project_from_v1(tmp_path, kind)
    assert MANIFEST in git("ls-files", cwd=project).split()
    lockfile = "{}\n"
    if manifest == "no-manifest":
        (project / "package-lock.json").write_text(lockfile)  # an install's, in the first commit
        git("add", "package-lock.json", cwd=project)
        _forget_manifest(project)
    (project / "src" / "c.ts").write_text("export const c = 2; // mine\n")
    git("commit", "-qam", "user edit", cwd=project)

    result = run_cli(
        ["update", str(project), *extra, "--json"],
        tmp_path,
        **({"templates": templates} if templates else {}),
        env=GIT_ENV,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert not (project / "src" / "a.ts").exists()  # left as generated: gone
    assert report["removed"] == ["src/a.ts"]
    assert "Removed 1 files the template no longer writes" in result.stderr
    # Changed by the user: kept as it was, reported as a conflict by name.
    assert (project / "src" / "c.ts").read_text() == "export const c = 2; // mine\n"
    assert report["kept"] == ["src/c.ts"] and "src/c.ts" in report["conflicts"]
    assert "conflicts: the template no longer writes src/c.ts" in result.stderr
    assert (project / "src" / "b" / "a.ts").is_file() and (project / "src" / "b" / "c.ts").is_file()
    recorded = (project / MANIFEST).read_text()
    assert "  src/b/a.ts\n" in recorded and "  src/a.ts\n" not in recorded
    if manifest == "no-manifest":
        assert (project / "package-lock.json").read_text() == lockfile


@pytest.mark.parametrize("kind", ["git", "bundled"])
def test_update_of_an_unchanged_project_leaves_no_moved_file(tmp_path: Path, kind: str) -> None:
    project, extra, templates = _project_from_v1(tmp_path, kind)
    result = run_cli(
        ["update", str(project), *extra, "--json"],
        tmp_path,
        **({"templates": templates} if templates else {}),
        env=GIT_ENV,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["removed"] == ["src/a.ts", "src/c.ts"] and report["kept"] == []
    assert report["conflicts"] == []
    assert not (project / "src" / "a.ts").exists() and not (project / "src" / "c.ts").exists()
    listed = {line.split("  ", 1)[1] for line in (project / MANIFEST).read_text().splitlines()}
    on_disk = {
        p.relative_to(project).as_posix()
        for p in project.rglob("*")
        if p.is_file() and ".git" not in p.relative_to(project).parts
    }
    assert on_disk - {MANIFEST} == listed  # nothing but what the new version writes
    assert git("status", "--porcelain", "--", "src/a.ts", cwd=project).split() == ["D", "src/a.ts"]


def test_manifest_matches_the_generated_files_and_does_not_list_example_extras(tmp_path: Path) -> None:
    result = run_cli(
        ["app", "-e", "with-nextjs-auth", "-y", "--no-install", "--no-git"], tmp_path, templates=None
    )
    assert result.returncode == 0, result.stderr
    project = tmp_path / "app"
    check = subprocess.run(
        ["sha256sum", "--check", "--strict", "--quiet", MANIFEST],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    listed = [line.split("  ", 1)[1] for line in (project / MANIFEST).read_text().splitlines()]
    assert listed == sorted(listed) and ".copier-answers.yml" in listed
    assert "EXAMPLE.md" not in listed and (project / "EXAMPLE.md").is_file()


# The main branch before the manifest existed: its projects have no record of their files.
PRE_MANIFEST_COMMIT = "1c4e0aa6412794c8c1224dadd98003bca249b7ed"


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".git" not in p.relative_to(root).parts
    }


# The main branch before the react-table kits shared their list pages and tailwind and shadcn
# their not-found, breadcrumb and colour-mode switch: files moved between kit layers.
PRE_SHARED_KIT_LAYERS_COMMIT = "edee3d64ba699ecba19d263156d0d0f89cc2ee2f"
# The main branch before the sign-in guard left the kits' app-layout (each kit now supplies
# app-frame.tsx) and the post forms' wiring moved into the shared lib/use-post-form.ts.
PRE_SHARED_APP_LAYOUT_COMMIT = "0ed76dd6583e8b599329de94c89248a2939f9e45"


# A covering set: each earlier main once or more, each kit once, both routers, auth none.
@pytest.mark.parametrize(
    ("commit", "answers"),
    [
        (PRE_MANIFEST_COMMIT, []),
        (
            PRE_SHARED_KIT_LAYERS_COMMIT,
            ["-a", "ui=tailwind", "-a", "router=pages", "-a", "routing=catch-all"],
        ),
        (PRE_SHARED_KIT_LAYERS_COMMIT, ["-a", "ui=shadcn", "-a", "auth=none"]),
        (PRE_SHARED_APP_LAYOUT_COMMIT, ["-a", "ui=mui", "-a", "router=pages", "-a", "auth=none"]),
        (PRE_SHARED_APP_LAYOUT_COMMIT, ["-a", "ui=headless", "-a", "router=pages"]),
    ],
    ids=[
        "before-manifest-defaults",
        "before-shared-layers-tailwind-pages-catch-all",
        "before-shared-layers-shadcn-no-auth",
        "before-shared-app-layout-mui-pages-no-auth",
        "before-shared-app-layout-headless-pages",
    ],
)
def test_project_from_an_earlier_main_updates_to_exactly_the_new_render(
    tmp_path: Path, commit: str, answers: list[str]
) -> None:
    """Generated by the CLI and bundled templates of an earlier main, updated with today's:
    the project ends up holding exactly what today's template writes. Before the manifest,
    nothing recorded the project's files; after it, files moved between kit layers."""
    if (
        subprocess.run(
            ["git", "-C", str(REPO), "cat-file", "-e", f"{commit}^{{commit}}"],
            capture_output=True,
            check=False,
        ).returncode
        != 0
    ):
        pytest.skip(f"needs the repository's history (commit {commit[:12]})")
    old = tmp_path / "old-install"
    old.mkdir()
    archive = subprocess.run(
        [
            "git",
            "-C",
            str(REPO),
            "archive",
            "--format=tar",
            commit,
            "create_refine_app",
            "templates",
        ],
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
    generated = tmp_path / "generated"
    generated.mkdir()
    created = subprocess.run(
        [sys.executable, "-m", "create_refine_app", "app", "-y", "--no-install", "--git", *answers],
        cwd=generated,
        capture_output=True,
        text=True,
        check=False,
        env={
            **os.environ,
            **GIT_ENV,
            "PYTHONPATH": str(old),
            "CREATE_REFINE_APP_TEMPLATES": str(old / "templates"),
        },
    )
    assert created.returncode == 0, created.stderr
    project = generated / "app"
    assert (project / MANIFEST).exists() == (commit != PRE_MANIFEST_COMMIT)
    shutil.rmtree(old)  # that installation is gone; today's bundled template takes over

    result = run_cli(["update", str(project), "--json"], tmp_path, templates=None, env=GIT_ENV)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["conflicts"] == [] and report["kept"] == []

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    made = run_cli(["app", "-y", "--no-install", "--no-git", *answers], fresh, templates=None)
    assert made.returncode == 0, made.stderr
    expected, actual = _files(fresh / "app"), _files(project)
    assert sorted(set(actual) - set(expected)) == []  # no file the new render does not write
    assert sorted(set(expected) - set(actual)) == []
    assert [path for path in expected if expected[path] != actual[path]] == []


def test_update_of_an_openapi_project_does_not_bring_the_samples_back(tmp_path: Path) -> None:
    """`create --openapi` answers the hidden samples=false; update re-renders with the recorded
    answer, so no sample file comes back and the answers file still says false. The spec's
    resources are a commit of their own after the template's render, so update keeps them
    (it merges from the render: they used to be undone)."""
    spec = REPO / "tests" / "fixtures" / "openapi" / "shop.yaml"
    created = run_cli(
        ["admin", "--openapi", str(spec), "-a", "ui=headless", *NEW], tmp_path, templates=None, env=GIT_ENV
    )
    assert created.returncode == 0, created.stderr
    project = tmp_path / "admin"
    history = git("log", "--format=%s", cwd=project).splitlines()
    assert history == [
        "Add the resources of the OpenAPI document (create-refine-app --openapi)",
        "Initial commit from create-refine-app",
    ]
    added = (project / "src" / "resources" / "added.ts").read_text()
    assert 'name: "products"' in added and 'name: "brands"' in added
    updated = run_cli(["update", str(project), "--json"], tmp_path, templates=None, env=GIT_ENV)
    assert updated.returncode == 0, updated.stderr
    assert json.loads(updated.stdout)["up_to_date"] is True, updated.stdout
    assert (project / "src" / "resources" / "added.ts").read_text() == added
    assert "samples: false" in (project / ".copier-answers.yml").read_text()
    staged = git("diff", "--cached", "--name-only", "--diff-filter=A", cwd=project)
    assert not staged.strip(), staged
    assert not (project / "app" / "(admin)" / "posts").exists()
    assert not (project / "src" / "resources" / "posts").exists()
    assert (project / "src" / "resources" / "first-list.ts").is_file()

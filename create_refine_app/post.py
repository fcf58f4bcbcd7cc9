"""What happens after the files are written: dependency install and the first git commit.

Each step can be skipped by a flag.  A step that fails keeps the generated project and
raises :class:`PostStepError` with the exact commands to finish by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from create_refine_app import console
from create_refine_app.errors import InterruptedAfterWriting, PostStepError
from create_refine_app.gitutil import has_identity, inside_git_repository, run_git
from create_refine_app.package_managers import PackageManager

FIRST_COMMIT_MESSAGE = "Initial commit from create-refine-app"
#: The second commit when a step after the render changed files (``--openapi``'s resources).
FINISH_COMMIT_MESSAGE = "Add the resources of the OpenAPI document (create-refine-app --openapi)"


@dataclass
class StepLog:
    """Which steps ran, how they ended and how long they took (for --json)."""

    steps: list[dict[str, Any]] = field(default_factory=list)

    @contextmanager
    def timed(self, name: str) -> Iterator[dict[str, Any]]:
        entry: dict[str, Any] = {"name": name, "status": "done"}
        started = time.perf_counter()
        try:
            yield entry
        except BaseException:
            entry["status"] = "failed"
            raise
        finally:
            entry["seconds"] = round(time.perf_counter() - started, 3)
            self.steps.append(entry)


def install_dependencies(project: Path, manager: PackageManager) -> None:
    """Run the install, streaming its output into a live status line (or plain lines)."""
    command = manager.install_command
    executable = shutil.which(command[0])
    if executable is None:
        raise PostStepError(
            f"The project was created at {project}, but {manager.name} is not installed, so "
            f"dependencies were not installed. Install {manager.name} (or pass --package-manager), "
            f"then run: cd {project} && {' '.join(command)}"
        )
    tail: list[str] = []
    with console.activity(
        f"Installing dependencies with {manager.name}…", show_output=console.is_verbose()
    ) as activity:
        process = subprocess.Popen(
            [executable, *command[1:]],
            cwd=project,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            errors="replace",
        )
        assert process.stdout is not None
        try:
            for line in process.stdout:
                activity.report(line)
                tail = [*tail[-19:], line.rstrip()]
            code = process.wait()
        except BaseException:
            process.terminate()
            process.wait()
            raise
    if code != 0:
        last_lines = " | ".join(line for line in tail[-5:] if line)
        raise PostStepError(
            f"The project was created at {project}, but '{' '.join(command)}' failed with exit "
            f"code {code} ({last_lines}). Fix the cause, then run: cd {project} && {' '.join(command)}"
        )


def git_init(project: Path, template_versions: Mapping[str, bytes | None] | None = None) -> str:
    """``git init`` and a first commit; returns what was done, for the summary.

    Skipped with a note when git is missing or the project already sits inside a
    repository (a monorepo: the outer repository owns history). When a step after the
    render changed files (``template_versions``: ``--openapi``'s resources), the first
    commit holds the template's render alone and a second one those changes: ``update``
    merges from the first, so it keeps them like any edit of the user's.
    """
    if shutil.which("git") is None:
        console.note("git is not installed: skipped 'git init'.")
        return "skipped: git not installed"
    if inside_git_repository(project.parent):
        console.note("The project is inside a git repository already: skipped 'git init'.")
        return "skipped: inside a repository"

    def git(*args: str) -> None:
        try:
            run_git(*args, cwd=project)
        except PostStepError as exc:
            raise PostStepError(
                f"The project was created at {project}, but {exc.message} Run 'git init' there "
                "by hand when the cause is fixed."
            ) from None

    git("init", "--quiet")
    console.success("Initialised a git repository.")
    git("add", "--all")
    if not has_identity(project):
        console.note(
            "git has no user.email set: the files are staged but not committed. "
            "Set your identity, then run 'git commit -m \"Initial commit\"'."
        )
        return "initialised; commit skipped: no git identity"
    if template_versions:
        try:
            _commit_template_render(project, template_versions)
        except PostStepError as exc:
            raise PostStepError(
                f"The project was created at {project}, but {exc.message} Run 'git commit' there "
                "by hand when the cause is fixed."
            ) from None
        if run_git("diff", "--cached", "--quiet", cwd=project, check=False).returncode == 0:
            console.success(f'Created the first commit: "{FIRST_COMMIT_MESSAGE}".')  # ignored files only
            return "initialised with a first commit"
        git("commit", "--quiet", "--no-verify", "-m", FINISH_COMMIT_MESSAGE)
        console.success(f'Created the first commits: "{FIRST_COMMIT_MESSAGE}", "{FINISH_COMMIT_MESSAGE}".')
        return "initialised with the template's render and the added resources as two commits"
    git("commit", "--quiet", "--no-verify", "-m", FIRST_COMMIT_MESSAGE)
    console.success(f'Created the first commit: "{FIRST_COMMIT_MESSAGE}".')
    return "initialised with a first commit"


def _commit_template_render(project: Path, template_versions: Mapping[str, bytes | None]) -> None:
    """Commit the staged tree with ``template_versions`` put back, as the first commit.

    Built in a second index (``GIT_INDEX_FILE``) so the work tree and the real index keep
    the finished files, which the next commit then records as a change.
    """
    index = {"GIT_INDEX_FILE": str(project / ".git" / "create-refine-app-template-index")}
    staged = run_git("write-tree", cwd=project).stdout.strip()
    run_git("read-tree", staged, cwd=project, env=index)
    with tempfile.TemporaryDirectory(prefix="create-refine-app-blob-") as scratch:
        for name, content in template_versions.items():
            if content is None:
                run_git("update-index", "--force-remove", "--", name, cwd=project, env=index)
                continue
            blob_file = Path(scratch) / "blob"
            blob_file.write_bytes(content)
            blob = run_git("hash-object", "-w", "--", str(blob_file), cwd=project).stdout.strip()
            staged_entry = run_git("ls-files", "--stage", "--", name, cwd=project, env=index).stdout.split()
            mode = staged_entry[0] if staged_entry else "100644"  # the finished file's mode, if staged
            run_git("update-index", "--add", "--cacheinfo", f"{mode},{blob},{name}", cwd=project, env=index)
    tree = run_git("write-tree", cwd=project, env=index).stdout.strip()
    Path(index["GIT_INDEX_FILE"]).unlink()
    commit = run_git("commit-tree", tree, "-m", FIRST_COMMIT_MESSAGE, cwd=project).stdout.strip()
    run_git("update-ref", "HEAD", commit, cwd=project)


def _finish_by_hand(project: Path, manager: PackageManager, install: bool, git: bool) -> str:
    commands = [f"cd {project}"]
    if install:
        commands.append(" ".join(manager.install_command))
    if git:
        commands.append(f'git init && git add -A && git commit -m "{FIRST_COMMIT_MESSAGE}"')
    return " && ".join(commands)


def run_post_steps(
    project: Path,
    manager: PackageManager,
    *,
    install: bool,
    git: bool,
    log: StepLog,
    template_versions: Mapping[str, bytes | None] | None = None,
) -> None:
    """Install and git, each kept even when the other fails; the first failure is raised.

    The project is already in place: an interrupt here keeps it and says which steps are
    left and the commands that finish them.
    """
    failure: PostStepError | None = None
    left = {"install": install, "git": git}
    try:
        if install:
            try:
                with log.timed("install"):
                    install_dependencies(project, manager)
                console.success(f"Dependencies installed with {manager.name}.")
                left["install"] = False
            except PostStepError as exc:
                failure = exc
        if git:
            try:
                with log.timed("git") as entry:
                    entry["detail"] = git_init(project, template_versions)
                left["git"] = False
            except PostStepError as exc:
                failure = failure or exc
    except KeyboardInterrupt:
        undone = [name for name, pending in left.items() if pending]
        what = {"install": "its dependencies are not installed", "git": "the first git commit is not made"}
        if not undone:
            raise InterruptedAfterWriting(f"Interrupted: the project is complete at {project}.") from None
        raise InterruptedAfterWriting(
            f"Interrupted: the project was kept at {project}, but "
            + " and ".join(what[name] for name in undone)
            + f". To finish, run: {_finish_by_hand(project, manager, left['install'], left['git'])}"
        ) from None
    if failure is not None:
        raise failure

"""What happens after the files are written: dependency install and the first git commit.

Each step can be skipped by a flag.  A step that fails keeps the generated project and
raises :class:`PostStepError` with the exact commands to finish by hand.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from create_refine_app import console
from create_refine_app.errors import PostStepError
from create_refine_app.gitutil import has_identity, inside_git_repository, run_git

PACKAGE_MANAGERS = ("npm", "pnpm", "yarn", "bun")
FIRST_COMMIT_MESSAGE = "Initial commit from create-refine-app"


@dataclass(frozen=True)
class PackageManager:
    """How to install and run scripts with one package manager."""

    name: str

    @property
    def install_command(self) -> list[str]:
        return [self.name, "install"]

    def run_command(self, script: str) -> str:
        if self.name in ("npm", "bun"):
            return f"{self.name} run {script}"
        return f"{self.name} {script}"


def detect_package_manager(requested: str | None, environ: Mapping[str, str]) -> PackageManager:
    """The flag wins; then the caller's ``npm_config_user_agent`` (``pnpm create`` and
    friends set it); then the first package manager found on PATH; npm as a last resort."""
    if requested:
        return PackageManager(requested)
    agent = environ.get("npm_config_user_agent", "")
    for name in PACKAGE_MANAGERS:
        if agent.startswith(f"{name}/"):
            return PackageManager(name)
    for name in PACKAGE_MANAGERS:
        if shutil.which(name):
            return PackageManager(name)
    return PackageManager("npm")


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
    with console.activity(f"Installing dependencies with {manager.name}…") as activity:
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


def git_init(project: Path) -> str:
    """``git init`` and a first commit; returns what was done, for the summary.

    Skipped with a note when git is missing or the project already sits inside a
    repository (a monorepo: the outer repository owns history).
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
    git("add", "--all")
    if not has_identity(project):
        console.note("git has no user.email set: the files are staged but not committed. "
                     "Set your identity, then run 'git commit -m \"Initial commit\"'.")
        return "initialised; commit skipped: no git identity"
    git("commit", "--quiet", "--no-verify", "-m", FIRST_COMMIT_MESSAGE)
    return "initialised with a first commit"

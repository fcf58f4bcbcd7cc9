"""Small, explicit git calls shared by the post steps and ``update``."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from pathlib import Path

from create_refine_app.errors import CreateRefineAppError, PostStepError

TOOL_IDENTITY = ("create-refine-app", "create-refine-app@localhost")


def run_git(
    *args: str,
    cwd: Path,
    error: type[CreateRefineAppError] = PostStepError,
    check: bool = True,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run git (``env``: variables to add, such as ``GIT_INDEX_FILE``); on failure raise
    ``error`` with git's own words."""
    result = subprocess.run(
        ["git", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **env} if env else None,
    )
    if check and result.returncode != 0:
        detail = result.stderr.strip() or result.stdout.strip()
        raise error(f"'git {' '.join(args)}' failed in {cwd}: {detail}.")
    return result


def has_identity(cwd: Path) -> bool:
    """Whether a commit made here would have an author (config or environment)."""
    configured = run_git("config", "user.email", cwd=cwd, check=False).returncode == 0
    from_env = bool(os.environ.get("GIT_AUTHOR_EMAIL") and os.environ.get("GIT_COMMITTER_EMAIL"))
    return configured or from_env


def identity_flags(cwd: Path) -> list[str]:
    """``-c user.*`` for commits the tool makes itself, when the user has no identity set."""
    if has_identity(cwd):
        return []
    name, email = TOOL_IDENTITY
    return ["-c", f"user.name={name}", "-c", f"user.email={email}"]


def inside_git_repository(path: Path) -> bool:
    """Whether ``path`` lies in a git work tree (git's own answer, not a look for .git)."""
    result = run_git("rev-parse", "--is-inside-work-tree", cwd=path, check=False)
    return result.returncode == 0 and result.stdout.strip() == "true"

"""The target directory: where it is, what the package will be called, may we write there."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from create_refine_app.errors import InvalidProjectNameError, TargetError
from create_refine_app.names import npm_name_problems, suggest_npm_name

DEFAULT_DIRECTORY = "refine-app"


@dataclass(frozen=True)
class Target:
    """A checked place for the new project."""

    path: Path
    shown_as: str

    @property
    def package_name(self) -> str:
        return self.path.name

    @property
    def is_current_directory(self) -> bool:
        return self.path == Path.cwd().resolve()


def name_problem(name: str) -> str:
    """'' when npm accepts ``name`` for a new package; otherwise one paragraph on why not."""
    problems = npm_name_problems(name)
    if not problems:
        return ""
    return (
        f"'{name}' cannot be the npm package name because {'; '.join(problems)}. The target "
        "directory's name becomes the package name: npm wants lowercase letters, digits, "
        f"'-', '.' and '_' (not first). Try '{suggest_npm_name(name)}', or keep the directory "
        "and pass -a project_name=<valid-name>."
    )


def check_target(directory: str, *, force: bool, package_name_given: bool) -> Target:
    """Refuse what cannot become a project; ``.`` means the current directory."""
    if not directory.strip():
        raise TargetError("The target directory is empty. Give a directory name, e.g. 'my-admin'.")
    path = Path(directory).expanduser()
    path = (Path.cwd() / path).resolve() if not path.is_absolute() else path.resolve()
    if path.exists() and not path.is_dir():
        raise TargetError(
            f"{path} exists and is a file, not a directory. Choose another name for the project."
        )
    if path.is_dir() and any(path.iterdir()) and not force:
        raise TargetError(
            f"{path} is not empty. Choose a new directory, or pass --force to add the project "
            "beside the files already there (existing files are never replaced)."
        )
    existing = next(p for p in (path, *path.parents) if p.exists())
    if not existing.is_dir():
        raise TargetError(
            f"{existing} is a file, so it cannot hold the project at {path}. Choose another place."
        )
    if not os.access(existing, os.W_OK | os.X_OK):
        raise TargetError(
            f"Cannot write to {existing}: permission denied. Choose a directory you can write to."
        )
    if not package_name_given and (problem := name_problem(path.name)):
        raise InvalidProjectNameError(problem)
    return Target(path=path, shown_as=directory)

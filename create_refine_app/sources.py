"""Templates that are not bundled: a local folder, a git URL or ``gh:owner/repo``.

Copier resolves the same sources (https://copier.readthedocs.io/en/stable/generating/);
this module only needs a readable copy of the version copier will render, to read its
questions and check it before anything runs.  Git sources are cloned once into a
temporary directory and the ref is pinned (``--vcs-ref``, else the latest tag, else
HEAD — copier's own rule), so the questions read and the files rendered match.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from create_refine_app.errors import UsageError
from create_refine_app.gitutil import run_git
from create_refine_app.presets import PRESET_METADATA, Preset, load_preset

#: copier.yml settings that make copier run code from the template on this machine.
CODE_RUNNING_SETTINGS = {
    "_tasks": "runs commands after rendering",
    "_migrations": "runs commands when updating",
    "_jinja_extensions": "loads Python code into the template engine",
}
_SHORTCUTS = {"gh:": "https://github.com/", "gl:": "https://gitlab.com/"}


def expand_shortcut(source: str) -> str:
    """``gh:owner/repo`` → the https git URL, as copier does."""
    for prefix, base in _SHORTCUTS.items():
        if source.startswith(prefix):
            url = base + source[len(prefix) :]
            return url if url.endswith(".git") else f"{url}.git"
    return source


def _is_git_source(source: str, local: Path) -> bool:
    if local.is_dir():
        return (local / ".git").exists()
    return source.endswith(".git") or "://" in source or source.startswith("git@")


def _git(*args: str, cwd: Path) -> str:
    return run_git(*args, cwd=cwd, error=UsageError).stdout.strip()


def latest_tag(repository: Path) -> str | None:
    """The highest version tag, copier's default ref for git templates."""
    tags = _git("tag", "--sort=-v:refname", cwd=repository).splitlines()
    return tags[0] if tags else None


def code_running_settings(settings: Mapping[str, Any]) -> list[str]:
    """Which code-running features a copier.yml uses, described for the user."""
    return [f"{key} ({why})" for key, why in CODE_RUNNING_SETTINGS.items() if settings.get(key)]


def check_trust(preset: Preset, source: str, trust: bool) -> None:
    """Refuse templates that run code unless the user said --trust."""
    if trust:
        return
    found = code_running_settings(preset.questionnaire.settings)
    if found:
        raise UsageError(
            f"The template {source} runs code on your machine: its copier.yml uses "
            f"{'; '.join(found)}. Read what it runs first; if you trust it, run again with --trust."
        )


def _external_preset(folder: Path, source: str, vcs_ref: str | None) -> Preset:
    if (folder / PRESET_METADATA).is_file():
        preset = load_preset(folder)
    else:
        if not (folder / "copier.yml").is_file():
            raise UsageError(f"{source} is not a Copier template: it has no copier.yml at its top level.")
        name = Path(source.rstrip("/").removesuffix(".git")).name
        preset = Preset(name=name, title=name, description=f"External template {source}", path=folder)
    return replace(preset, source=source, vcs_ref=vcs_ref, trusted=False)


@contextmanager
def open_external(source: str, vcs_ref: str | None) -> Iterator[Preset]:
    """A Preset for ``source``, readable on disk for as long as the context lasts."""
    expanded = expand_shortcut(source)
    local = Path(expanded).expanduser()
    if not _is_git_source(expanded, local):
        if not local.is_dir():
            raise UsageError(
                f"The template {source} was not found: give a local folder, a git URL or gh:owner/repo."
            )
        if vcs_ref:
            raise UsageError(f"--vcs-ref needs a git template, and {source} is a plain folder.")
        yield _external_preset(local.resolve(), str(local.resolve()), None)
        return
    if shutil.which("git") is None:
        raise UsageError(f"The template {source} is a git repository, and git is not installed.")
    scratch = Path(tempfile.mkdtemp(prefix="create-refine-app-template-"))
    try:
        origin = str(local.resolve()) if local.is_dir() else expanded
        _git("clone", "--quiet", origin, str(scratch / "repo"), cwd=scratch)
        checkout = scratch / "repo"
        ref = vcs_ref or latest_tag(checkout)
        if ref:
            _git("checkout", "--quiet", ref, cwd=checkout)
        yield _external_preset(checkout, origin, ref)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

"""Rendering a preset with copier into a staging directory, then moving it into place.

The target is touched only by the final move: copier writes into a hidden staging
directory beside the target (same filesystem, so the move is a rename).  Any failure,
Ctrl-C or SIGTERM before or during the move removes the staging directory and undoes a
partial move, so the target stays exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from create_refine_app import provenance
from create_refine_app.errors import Interrupted, RenderError, TargetError
from create_refine_app.manifest import Manifest

STAGING_SUFFIX = ".create-refine-app-staging"


@dataclass(frozen=True)
class RenderJob:
    """What to render, with which answers, laid over by which extra files."""

    template: str
    answers: Mapping[str, Any]
    extra_files: Path | None = None
    trust: bool = False
    vcs_ref: str | None = None


def render_into(job: RenderJob, destination: Path) -> None:
    """Run copier with every answer fixed, so it asks nothing and reads no user settings.

    ``destination`` must be new or empty: the files found there after copier ran are
    recorded in the manifest as the template's (before an example's extra files are laid
    over them, which are not the template's to remove on ``update``).
    """
    import copier
    from copier.errors import CopierError
    from jinja2 import TemplateError as JinjaError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            copier.run_copy(
                job.template,
                destination,
                data=dict(job.answers),
                defaults=True,
                user_defaults={},
                settings=copier.Settings(),
                overwrite=True,
                quiet=True,
                unsafe=job.trust,
                vcs_ref=job.vcs_ref,
            )
    except CopierError as exc:
        raise RenderError(f"Copier could not render {job.template}: {exc}") from exc
    except JinjaError as exc:
        where = _template_location(exc, job.template)
        raise RenderError(
            f"The template {job.template} is broken{where}: {exc}. Nothing was written; "
            "report this to the preset's author."
        ) from exc
    except OSError as exc:
        raise RenderError(f"Writing the project failed: {exc}. Nothing was written.") from exc
    if provenance.is_repository_preset(job.template):
        provenance.record_public_source(destination)
    # After the answers file is final, before an example's files (not the template's) land.
    Manifest.of_tree(destination, list_tree(destination)).write(destination)
    if job.extra_files is not None:
        shutil.copytree(job.extra_files, destination, dirs_exist_ok=True)


def _template_location(exc: BaseException, template: str) -> str:
    """Which template file and line failed: Jinja puts the template's frames in the traceback."""
    import traceback

    filename, line = getattr(exc, "filename", None), getattr(exc, "lineno", None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.startswith(template):
            filename, line = frame.filename, frame.lineno
    if not filename:
        return ""
    shown = Path(filename).relative_to(template) if filename.startswith(template) else filename
    return f" in {shown}, line {line}"


def list_tree(root: Path) -> list[str]:
    """Every file below ``root``, relative and sorted, with ``/`` separators."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if not p.is_dir())


#: A last step on the rendered tree before it is moved into place (``--openapi``'s resources).
Finish = Callable[[Path], None]

#: Files a finish step changed, each as the template wrote it (None: the step added it).
TemplateVersions = dict[str, bytes | None]


@dataclass(frozen=True)
class Created:
    """What :func:`create_project` put in place.

    ``template_versions`` lets the first git commit hold the template's render alone, so
    that ``update`` (which merges from that commit) treats the finish step's changes as the
    user's own instead of undoing them.
    """

    files: list[str]
    template_versions: TemplateVersions


def _file_contents(root: Path) -> dict[str, bytes]:
    return {name: (root / name).read_bytes() for name in list_tree(root)}


def _finished(staging: Path, finish: Finish) -> TemplateVersions:
    """Run ``finish`` on ``staging``; return the template's version of every file it changed."""
    before = _file_contents(staging)
    finish(staging)
    after = _file_contents(staging)
    return {
        name: before.get(name)
        for name in sorted(before.keys() | after.keys())
        if before.get(name) != after.get(name)
    }


def preview(job: RenderJob, finish: Finish | None = None) -> list[str]:
    """Render into a throw-away directory outside the target and list what it would write."""
    with tempfile.TemporaryDirectory(prefix="create-refine-app-dry-run-") as scratch:
        destination = Path(scratch) / "project"
        render_into(job, destination)
        if finish is not None:
            finish(destination)
        return list_tree(destination)


def collisions(staging: Path, target: Path) -> list[str]:
    """Top-level names the new project shares with what is already in ``target``."""
    if not target.is_dir():
        return []
    return sorted(entry.name for entry in staging.iterdir() if os.path.lexists(target / entry.name))


@contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold SIGINT/SIGTERM while cleaning up, so a second Ctrl-C cannot strand files."""
    blocked = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _missing_ancestors(path: Path) -> list[Path]:
    """Directories that must be created to hold ``path``, outermost first."""
    missing: list[Path] = []
    parent = path.parent
    while not parent.exists():
        missing.append(parent)
        parent = parent.parent
    return list(reversed(missing))


def _staging_parent(target: Path) -> Path:
    """Beside the target when possible; inside an existing target whose parent is read-only."""
    parent = next(p for p in target.parents if p.exists())  # missing parents are made later
    if os.access(parent, os.W_OK | os.X_OK):
        return parent
    if target.is_dir() and os.access(target, os.W_OK | os.X_OK):
        return target
    raise TargetError(f"Cannot write to {parent}: permission denied. Choose a directory you can write to.")


def _apply_umask(directory: Path) -> None:
    """mkdtemp makes a private (0700) directory; the project should get normal permissions."""
    umask = os.umask(0)
    os.umask(umask)
    directory.chmod(0o777 & ~umask)


class _Placement:
    """Moves a finished staging tree into the target and can undo that move."""

    def __init__(self, staging: Path, target: Path) -> None:
        self.staging = staging
        self.target = target
        self.created_dirs: list[Path] = []
        self.moved: list[str] = []
        self.renamed_whole = False

    def run(self) -> None:
        if not self.target.exists():
            for directory in _missing_ancestors(self.target):
                directory.mkdir()
                self.created_dirs.append(directory)
            os.rename(self.staging, self.target)
            self.renamed_whole = True
            return
        for entry in sorted(self.staging.iterdir()):
            os.rename(entry, self.target / entry.name)
            self.moved.append(entry.name)

    def undo(self) -> None:
        if self.renamed_whole:
            os.rename(self.target, self.staging)
        for name in reversed(self.moved):
            os.rename(self.target / name, self.staging / name)
        for directory in reversed(self.created_dirs):
            directory.rmdir()


def create_project(job: RenderJob, target: Path, finish: Finish | None = None) -> Created:
    """Render ``job`` and put it at ``target``; returns the files written (relative) and the
    template's version of those ``finish`` changed.

    The caller has already decided that a non-empty target is allowed (``--force``);
    even then a file that exists there is never replaced: collisions are reported and
    nothing is written.
    """
    try:
        staging = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.", suffix=STAGING_SUFFIX, dir=_staging_parent(target))
        )
    except OSError as exc:
        raise TargetError(
            f"Cannot write beside {target}: {exc.strerror or exc}. Choose a directory you can write to."
        ) from None
    _apply_umask(staging)
    placement = _Placement(staging, target)
    try:
        render_into(job, staging)
        template_versions = _finished(staging, finish) if finish is not None else {}
        written = list_tree(staging)
        clashes = collisions(staging, target)
        if clashes:
            shown = ", ".join(clashes[:10]) + (" …" if len(clashes) > 10 else "")
            raise TargetError(
                f"{target} already has {len(clashes)} of the entries the project would write "
                f"({shown}); create-refine-app never replaces existing files, even with --force. "
                "Move them away, or choose another directory."
            )
        placement.run()
    except BaseException as exc:
        with signals_deferred():
            placement.undo()
            shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, KeyboardInterrupt):
            raise Interrupted() from None
        raise
    if staging.exists():  # entries were moved one by one into an existing target
        staging.rmdir()
    return Created(written, template_versions)

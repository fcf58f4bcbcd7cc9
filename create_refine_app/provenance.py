"""Where a generated project says it came from, so that copier's own CLI can update it.

Copier records the template's source in ``.copier-answers.yml`` (``_src_path``) and, for
git templates, the version (``_commit``); ``copier update`` clones that source at both
versions and merges the difference.  A bundled preset is rendered from a folder inside
the installed package — a path that means nothing on another machine and disappears with
a ``pipx run``/``uvx`` cache — so for the bundled presets the answers file records this
project's public git repository and the release tag instead.  The repository's top-level
``copier.yml`` points copier at the default preset's folder (``_subdirectory``).

``create-refine-app update`` maps that record back to the bundled folder, so it keeps
working offline from the templates in the package.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from create_refine_app import __version__

#: The public git repository of create-refine-app (also ``[project.urls]`` in pyproject.toml).
SOURCE_REPOSITORY = "https://github.com/create-refine-app/create-refine-app-python.git"
#: The preset the repository's top-level ``copier.yml`` renders.
REPOSITORY_PRESET = "refine-nextjs"
#: Release tags are ``v`` + the package version.
RELEASE_TAG = f"v{__version__}"
ANSWERS_FILE = ".copier-answers.yml"


def bundled_root() -> Path | None:
    """The templates shipped with this package (never ``$CREATE_REFINE_APP_TEMPLATES``)."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "templates", package_dir.parent / "templates"):
        if candidate.is_dir():
            return candidate
    return None


def is_repository_preset(template: str) -> bool:
    """Whether ``template`` is the bundled folder the repository's ``copier.yml`` serves."""
    root = bundled_root()
    return root is not None and Path(template).resolve() == (root / REPOSITORY_PRESET).resolve()


def record_public_source(project: Path) -> None:
    """Rewrite ``_src_path`` (and add ``_commit``) in a freshly rendered answers file.

    Only those two lines change, so every answer stays byte-for-byte as copier wrote it.
    """
    answers_file = project / ANSWERS_FILE
    if not answers_file.is_file():
        return
    lines = answers_file.read_text(encoding="utf-8").splitlines(keepends=True)
    kept: list[str] = []
    skipping = False
    for line in lines:
        if skipping and line[:1] in (" ", "\t"):
            continue  # a long _src_path wrapped onto the next lines
        skipping = bool(re.match(r"_(src_path|commit):", line))
        if skipping:
            continue
        kept.append(line)
    first_answer = next((i for i, line in enumerate(kept) if not line.startswith("#")), len(kept))
    kept[first_answer:first_answer] = [f"_commit: {RELEASE_TAG}\n", f"_src_path: {SOURCE_REPOSITORY}\n"]
    answers_file.write_text("".join(kept), encoding="utf-8")


def local_source(recorded: Mapping[str, Any]) -> dict[str, Any]:
    """The recorded answers with the public repository mapped back to the bundled folder.

    ``create-refine-app update`` renders from the package's own templates (offline); the
    project's git history, not copier's ``_commit``, supplies the base of the merge.
    """
    root = bundled_root()
    if recorded.get("_src_path") != SOURCE_REPOSITORY or root is None:
        return dict(recorded)
    local = {k: v for k, v in recorded.items() if k != "_commit"}
    local["_src_path"] = str(root / REPOSITORY_PRESET)
    return local

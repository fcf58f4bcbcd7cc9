"""The record of which files the template wrote, so ``update`` can remove what it stops writing.

Every render writes ``.create-refine-app-files.sha256`` beside ``.copier-answers.yml``: one
line per file the template rendered, ``<sha256>  <path>``, sorted by path (the format of
``sha256sum``, so ``sha256sum -c --quiet .create-refine-app-files.sha256`` lists the
generated files you have changed). It holds the template's own files only: an example's
extra files, lockfiles and your own modules are not the template's to remove.

The same answers give the same bytes, so generated trees stay byte-identical. A project
rendered without it (plain ``copier copy``, or a create-refine-app from before the file
existed) still updates: ``update`` then works the list out another way (see ``update.py``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from create_refine_app.errors import UpdateError

MANIFEST_FILE = ".create-refine-app-files.sha256"
_LINE = re.compile(r"^([0-9a-f]{64})  (.+)$")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Manifest:
    """Paths (relative, ``/``-separated) the template wrote, each with its content hash."""

    files: Mapping[str, str]

    @classmethod
    def of_tree(cls, root: Path, paths: Iterable[str]) -> Manifest:
        return cls({path: digest((root / path).read_bytes()) for path in paths if path != MANIFEST_FILE})

    @classmethod
    def parse(cls, text: str, source: str) -> Manifest:
        files: dict[str, str] = {}
        for number, line in enumerate(text.splitlines(), 1):
            match = _LINE.match(line)
            if match is None:
                raise UpdateError(
                    f"{source}, line {number}, is not '<sha256>  <path>': the record of the "
                    f"files the template wrote is damaged. Restore {MANIFEST_FILE} from git, or "
                    "delete it and commit: update then takes the list from the base commit."
                )
            files[match.group(2)] = match.group(1)
        return cls(files)

    def text(self) -> str:
        return "".join(f"{sha}  {path}\n" for path, sha in sorted(self.files.items()))

    def write(self, root: Path) -> None:
        (root / MANIFEST_FILE).write_text(self.text(), encoding="utf-8", newline="\n")

    def unchanged(self, path: str, data: bytes) -> bool:
        """Whether ``data`` is exactly what the template wrote at ``path``."""
        return self.files.get(path) == digest(data)

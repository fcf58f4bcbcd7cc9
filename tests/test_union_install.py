"""The e2e tests' one union install per run: after it, a project only checks it is covered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.helpers import union_install

INSTALLED = {"dependencies": {"next": "16.4.0"}, "devDependencies": {}, "overrides": {}}


def project(folder: Path, dependencies: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    (folder / "package.json").write_text(json.dumps({"dependencies": dependencies}))
    return folder


def test_a_covered_project_finds_the_union_installed(tmp_path: Path) -> None:
    shared = tmp_path / "union"
    shared.mkdir()
    (shared / "installed.json").write_text(json.dumps(INSTALLED))
    covered = project(tmp_path / "a", {"next": "16.4.0"})
    # No npm runs (the cache folder does not even exist): the union is already there.
    assert union_install([covered], shared, tmp_path / "no-npm-cache") == shared
    assert json.loads((shared / "installed.json").read_text()) == INSTALLED


def test_a_package_the_cover_misses_fails_with_its_name(tmp_path: Path) -> None:
    shared = tmp_path / "union"
    shared.mkdir()
    (shared / "installed.json").write_text(json.dumps(INSTALLED))
    extra = project(tmp_path / "b", {"next": "16.4.0", "left-pad": "1.3.0"})
    with pytest.raises(AssertionError, match=r"dependencies: left-pad@1\.3\.0.*UNION_COVER"):
        union_install([extra], shared, tmp_path / "no-npm-cache")


def test_two_pins_of_one_package_fail(tmp_path: Path) -> None:
    shared = tmp_path / "union"
    shared.mkdir()
    (shared / "installed.json").write_text(json.dumps(INSTALLED))
    other = project(tmp_path / "c", {"next": "16.3.0"})
    with pytest.raises(AssertionError, match=r"16\.3\.0"):
        union_install([other], shared, tmp_path / "no-npm-cache")

"""The wheel carries the templates: build it, install it outside the tree, generate offline."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import yaml

from conftest import REPO
from create_refine_app.provenance import RELEASE_TAG, SOURCE_REPOSITORY


def _offline_prefix() -> list[str]:
    """Run in a network namespace with no interfaces up, when this machine allows it."""
    if shutil.which("unshare") is None:
        return []
    probe = subprocess.run(["unshare", "--net", "true"], capture_output=True, check=False)
    return ["unshare", "--net"] if probe.returncode == 0 else []


def test_wheel_installs_and_generates_offline(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("create_refine_app-*.whl"))
    names = subprocess.run(
        [sys.executable, "-m", "zipfile", "-l", str(wheel)], check=True, capture_output=True, text=True
    ).stdout
    assert "create_refine_app/templates/refine-nextjs/copier.yml" in names
    assert "create_refine_app/templates/refine-nextjs/template/package.json.jinja" in names

    environment = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(environment)
    python = environment / "bin" / "python"
    # The dependencies come from the running environment (a plain path entry: its .pth
    # files, such as an editable install of this checkout, are not processed).
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site) / "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    offline = _offline_prefix()
    result = subprocess.run(
        [
            *offline,
            str(environment / "bin" / "create-refine-app"),
            "my-admin",
            "-o",
            "refine-nextjs",
            "--yes",
            "--no-install",
            "--no-git",
        ],
        cwd=outside,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    answers = yaml.safe_load((outside / "my-admin" / ".copier-answers.yml").read_text())
    # Not the wheel's own folder (a pipx/uvx cache that goes away): the lasting public source.
    assert answers["_src_path"] == SOURCE_REPOSITORY and answers["_commit"] == RELEASE_TAG
    assert (outside / "my-admin" / "package.json").exists()
    if not offline:
        print("unshare --net is not available here: ran without cutting the network")

"""Part 3, the generated app: warm install, ``next build``, First Load JS, ``node_modules``.

Contenders: our default preset once per UI kit (the ``ui`` choices of the template's
``copier.yml``, so a new kit is benchmarked without touching this file) and the fixture
``bench/fixtures/refine-official`` (refine's own Next.js template, same pinned versions).

Each app is primed once (an untimed ``npm install`` fills the shared cache and writes
``package-lock.json``); then every timed round removes ``node_modules`` and installs
from the lockfile with ``--prefer-offline`` (the "warm cache" install a user gets on a
second project), removes ``.next`` and runs ``next build`` (cold build cache). Rounds
alternate the apps, like every other part.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bench.firstload import FirstLoad, first_load
from bench.timing import Sample, run_timed
from bench.tools import FIXTURES, NO_TELEMETRY, TEMPLATE, console_script, npm_env, require

OFFICIAL = FIXTURES / "refine-official"


@dataclass
class App:
    """One app under test and everything measured about it."""

    name: str
    path: Path
    list_route: str
    install: Sample = field(init=False)
    build: Sample = field(init=False)
    first_load: FirstLoad | None = None
    node_modules_bytes: int = 0

    def __post_init__(self) -> None:
        self.install = Sample(f"{self.name}: npm install (warm cache)")
        self.build = Sample(f"{self.name}: next build")


def ui_kits() -> list[str]:
    """The UI kits the default preset offers: the values of ``ui`` in ``copier.yml``."""
    spec = yaml.safe_load((TEMPLATE / "copier.yml").read_text())
    choices = spec.get("ui", {}).get("choices") or {spec.get("ui", {}).get("default", "antd"): None}
    values = choices.values() if isinstance(choices, dict) else choices
    return [str(v) for v in values if v is not None] or ["antd"]


def prepare(work: Path, cache: Path, *, kits: list[str] | None = None, official: bool = True) -> list[App]:
    """Render our preset (per UI kit, or only ``kits``) and copy the fixture into ``work``, then
    prime installs.

    An existing app in ``work`` (``--work`` kept from an earlier run) is reused as is.
    """
    ours_bin = str(console_script("create-refine-app"))
    work.mkdir(parents=True, exist_ok=True)
    apps: list[App] = []
    for kit in kits or ui_kits():
        target = work / f"ours-{kit}"
        if not (target / "package.json").is_file():
            shutil.rmtree(target, ignore_errors=True)
            argv = [
                ours_bin,
                str(target),
                "-o",
                "refine-nextjs",
                "-a",
                f"ui={kit}",
                "-a",
                "router=pages",  # like the official template's fixture: compare like with like
                "-a",
                "project_name=bench-app",
            ]
            run_timed([*argv, "--yes", "--no-install", "--no-git"], cwd=work)
        apps.append(App(f"create-refine-app (ui={kit})", target, "/posts"))
    if official:
        copy = work / "refine-official"
        if not (copy / "package.json").is_file():
            shutil.copytree(OFFICIAL, copy, ignore=shutil.ignore_patterns("node_modules", ".next"))
        apps.append(App("official refine template (fixture)", copy, "/blog-posts"))
    for app in apps:
        if not (app.path / "node_modules").is_dir() or not (app.path / "package-lock.json").is_file():
            _npm_install(app.path, cache)
    return apps


def _npm_install(path: Path, cache: Path) -> float:
    npm = require("npm")
    return run_timed(
        [npm, "install", "--prefer-offline", "--no-audit", "--no-fund"], cwd=path, env=npm_env(cache)
    )


def _next_build(path: Path) -> float:
    next_bin = path / "node_modules" / "next" / "dist" / "bin" / "next"
    return run_timed([require("node"), str(next_bin), "build"], cwd=path, env=NO_TELEMETRY)


def _tree_bytes(path: Path) -> int:
    """Apparent size of a tree, each inode once (npm can hard-link from its cache)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            st = os.lstat(os.path.join(root, name))
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_size
    return total


def measure(apps: list[App], runs: int, cache: Path) -> None:
    """Timed rounds (install then build per app, apps rotated), then sizes of the last build."""
    for i in range(runs):
        order = apps[i % len(apps) :] + apps[: i % len(apps)]
        for app in order:
            shutil.rmtree(app.path / "node_modules", ignore_errors=True)
            app.install.values.append(_npm_install(app.path, cache))
            shutil.rmtree(app.path / ".next", ignore_errors=True)
            app.build.values.append(_next_build(app.path))
    for app in apps:
        ensure_built(app)
        app.first_load = first_load(app.path / ".next", app.list_route)
        app.node_modules_bytes = _tree_bytes(app.path / "node_modules")


def ensure_built(app: App) -> None:
    """Build ``app`` if it has no finished build (the load test needs one)."""
    if not (app.path / ".next" / "BUILD_ID").is_file():
        _next_build(app.path)


def versions(path: Path) -> dict[str, str]:
    """Installed versions of the packages that matter, read from ``node_modules``.

    Printed with the figures so a reader can check both apps really ran the same stack.
    """
    out: dict[str, str] = {}
    for pkg in ("next", "react", "@refinedev/core", "@refinedev/antd", "antd"):
        meta = path / "node_modules" / pkg / "package.json"
        if meta.is_file():
            out[pkg] = str(json.loads(meta.read_text()).get("version", "?"))
    return out

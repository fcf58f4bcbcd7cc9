"""Part ``kits``: First Load JS of every UI kit x router, ``/posts`` and ``/login``.

Each row is set against the official template of the same router, which has both pages
(``/blog-posts`` is its list page): the superplate-generated App Router template
(``fixtures/refine-official-app``) for App Router rows, the kept hand rewrite of its
former Pages Router variant (``fixtures/refine-official``) for Pages Router rows.

One method for every build, the versus part's: the ``<script src>`` files of the HTML the
server sends (logged in for the list page, logged out for ``/login``), each gzip -9
(:func:`bench.firstload.first_load_from_html`).

Cheap on purpose: one ``npm install`` per kit, shared by its two routers (the pages
variant's dependencies are the app variant's, or a subset: ``node_modules`` is moved from
one folder to the other, never copied), one ``next build`` per app, one at a time.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from bench import load, versus
from bench.app import OFFICIAL, _npm_install, ui_kits
from bench.firstload import FirstLoad, first_load_from_html
from bench.timing import BenchError, run_timed
from bench.tools import NO_TELEMETRY, console_script, require

ROUTERS = ("app", "pages")
PAGES = ("list", "/login")
"""``list`` stands for each app's list page: ``/posts`` (ours) or ``/blog-posts`` (official)."""


@dataclass
class Build:
    """One app of the grid and its First Load JS per page (``list`` and ``/login``)."""

    name: str
    router: str
    path: Path
    list_route: str
    official: bool
    first_load: dict[str, FirstLoad] = field(default_factory=dict)


def _deps(path: Path) -> dict[str, str]:
    meta = json.loads((path / "package.json").read_text())
    return {**meta.get("dependencies", {}), **meta.get("devDependencies", {})}


def prepare(work: Path) -> tuple[list[Build], dict[str, Build]]:
    """Render our preset for every kit x router and copy both official fixtures into ``work``.

    Folders already in ``work`` (``--work`` kept from an earlier run) are reused as they are.
    """
    ours_bin = str(console_script("create-refine-app"))
    work.mkdir(parents=True, exist_ok=True)
    builds: list[Build] = []
    for kit in ui_kits():
        for router in ROUTERS:
            target = work / f"ours-{kit}-{router}"
            if not (target / "package.json").is_file():
                shutil.rmtree(target, ignore_errors=True)
                answers = [f"ui={kit}", f"router={router}", "project_name=bench-app"]
                argv = [ours_bin, str(target), "-o", "refine-nextjs"]
                for answer in answers:
                    argv += ["-a", answer]
                run_timed([*argv, "--yes", "--no-install", "--no-git"], cwd=work)
            builds.append(Build(f"ui={kit}", router, target, "/posts", official=False))
    officials: dict[str, Build] = {}
    for router, fixture in (("app", versus.OFFICIAL_APP), ("pages", OFFICIAL)):
        copy = work / f"official-{router}"
        if not (copy / "package.json").is_file():
            shutil.copytree(fixture, copy, ignore=shutil.ignore_patterns("node_modules", ".next"))
        officials[router] = Build("official", router, copy, "/blog-posts", official=True)
    return builds, officials


def _take_node_modules(build: Build, siblings: list[Build], cache: Path) -> None:
    """Give ``build`` a ``node_modules``: moved from a sibling of the same kit whose
    dependencies include all of its own, else one ``npm install`` (warm cache)."""
    if (build.path / "node_modules").is_dir():
        return
    wanted = _deps(build.path)
    for other in siblings:
        have = _deps(other.path)
        if (other.path / "node_modules").is_dir() and all(have.get(k) == v for k, v in wanted.items()):
            (other.path / "node_modules").rename(build.path / "node_modules")
            return
    _npm_install(build.path, cache)


def _build(build: Build) -> None:
    shutil.rmtree(build.path / ".next", ignore_errors=True)
    env = dict(NO_TELEMETRY)
    if build.official:
        env["NEXT_PUBLIC_API_URL"] = f"http://127.0.0.1:{versus.OFFICIAL_MOCK_PORT}"
    next_bin = build.path / "node_modules" / "next" / "dist" / "bin" / "next"
    run_timed([require("node"), str(next_bin), "build"], cwd=build.path, env=env)


def _measure_pages(build: Build, base: str, cookie: str) -> None:
    for page, logged_in in (("list", True), ("/login", False)):
        route = build.list_route if page == "list" else page
        status, html = versus._get(base + route, cookie if logged_in else None, 60.0)
        if status != 200:
            raise BenchError(f"{build.name} ({build.router} router): GET {route} answered {status}")
        build.first_load[page] = first_load_from_html(build.path / ".next", route, html)


def measure_official(build: Build, mock_source: Path) -> None:
    """Build and serve an official fixture (json-server from ``mock_source``), then read its pages."""
    _build(build)
    with versus.OfficialServer(build.path, mock_source) as server:
        _measure_pages(build, server.base, versus.OFFICIAL_COOKIE)


def measure_ours(build: Build) -> None:
    """Build and serve one of ours (``npm start``'s server), log in, then read its pages."""
    _build(build)
    email, password = load.demo_credentials(build.path)
    with load.Server(build.path) as server:
        _measure_pages(build, server.base, server.login(email, password))


def measure(builds: list[Build], officials: dict[str, Build], cache: Path) -> None:
    """Officials first (they borrow json-server from our first app), then every kit x router."""
    first = builds[0]
    _take_node_modules(first, [], cache)
    for official in officials.values():
        _take_node_modules(official, [], cache)
        measure_official(official, first.path)
    for build in builds:
        siblings = [b for b in builds if b.name == build.name and b is not build]
        _take_node_modules(build, siblings, cache)
        measure_ours(build)


def rows(builds: list[Build], officials: dict[str, Build]) -> list[list[str]]:
    """Markdown cells: kit, router, then per page ours / official / ratio."""
    out: list[list[str]] = []
    for build in builds:
        cells = [build.name.removeprefix("ui="), build.router]
        theirs = officials[build.router]
        for page in PAGES:
            mine, base = build.first_load[page].total, theirs.first_load[page].total
            cells += [f"{mine / 1024:.1f} KiB", f"{base / 1024:.1f} KiB", f"{mine / base:.2f}×"]
        out.append(cells)
    return out


HEADER = [
    "kit",
    "router",
    "`/posts`",
    "official `/blog-posts`",
    "ratio",
    "`/login`",
    "official `/login`",
    "ratio",
]

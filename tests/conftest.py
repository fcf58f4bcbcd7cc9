"""Shared helpers: run the real CLI (in-process with CliRunner, or as a subprocess)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
FIXTURE_TEMPLATES = FIXTURES / "templates"
BROKEN_TEMPLATES = FIXTURES / "broken-templates"
TEMPLATES_ENV = "CREATE_REFINE_APP_TEMPLATES"
#: Answers to every question of the fixture preset `mini` but `dashboard` (a confirm
#: prompt some tests want to reach).
MINI_ANSWERS_BUT_DASHBOARD = [
    "-a",
    "title=T",
    "-a",
    "ui=antd",
    "-a",
    "auth=none",
    "-a",
    "port=3000",
    "-a",
    "ratio=1",
]


def cli_command() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m``."""
    script = Path(sys.executable).with_name("create-refine-app")
    if script.exists():
        return [str(script)]
    found = shutil.which("create-refine-app")
    return [found] if found else [sys.executable, "-m", "create_refine_app"]


def run_cli(
    args: Sequence[str],
    cwd: Path,
    *,
    templates: Path | None = FIXTURE_TEMPLATES,
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run the real command with no terminal on stdin (like CI does)."""
    environment = {k: v for k, v in os.environ.items() if k != TEMPLATES_ENV}
    environment.pop("npm_config_user_agent", None)
    if templates is not None:
        environment[TEMPLATES_ENV] = str(templates)
    environment.update(env or {})
    return subprocess.run(
        [*cli_command(), *args],
        cwd=cwd,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.com",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.com",
}
PLAIN_TEMPLATE = FIXTURES / "third-party" / "plain"
SESSION_START = pytest.StashKey[float]()


def git(*args: str, cwd: Path) -> str:
    """git with a fixed identity and no user configuration."""
    return subprocess.run(
        ["git", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(cwd), **GIT_ENV},
    ).stdout


def tagged_template(root: Path, versions: Sequence[Mapping[str, str | None]]) -> Path:
    """The plain third-party fixture as a git repository: one commit and tag per version.

    Each version maps paths under ``template/`` to their new content (None deletes the
    file); tags are v1, v2, …
    """
    repo = root / "tpl-repo"
    shutil.copytree(PLAIN_TEMPLATE, repo)
    git("init", "-q", "-b", "main", cwd=repo)
    for number, changes in enumerate(versions, 1):
        for relative, content in changes.items():
            path = repo / "template" / relative
            if content is None:
                path.unlink()
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content)
        git("add", "-A", cwd=repo)
        git("commit", "-qm", f"v{number}", cwd=repo)
        git("tag", f"v{number}", cwd=repo)
    return repo


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every path below ``root`` with its bytes (None for directories), for equality checks."""
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): (None if p.is_dir() else p.read_bytes())
        for p in sorted(root.rglob("*"))
    }


def leftovers(parent: Path) -> list[str]:
    """Staging directories the CLI may have left behind."""
    return sorted(p.name for p in parent.rglob("*.create-refine-app-staging"))


@pytest.fixture
def fixture_templates(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """In-process runs see the fixture presets."""
    monkeypatch.setenv(TEMPLATES_ENV, str(FIXTURE_TEMPLATES))
    monkeypatch.delenv("npm_config_user_agent", raising=False)
    yield FIXTURE_TEMPLATES


def fake_tools(
    root: Path, *, node: str | None = "v20.20.2", managers: Mapping[str, str] | None = None
) -> dict[str, str]:
    """A PATH whose first entries are stand-in ``node`` and package managers.

    ``node`` is what the fake ``node --version`` prints (``None``: no node at all, real one
    hidden); ``managers`` maps a name (npm, pnpm, …) to the shell body of its stand-in.
    """
    bin_dir = root / "fake-bin"
    bin_dir.mkdir(exist_ok=True)
    scripts = dict(managers or {})
    if node is not None:
        scripts["node"] = f'echo "{node}"'
    for name, body in scripts.items():
        script = bin_dir / name
        script.write_text(f"#!/bin/sh\n{body}\n")
        script.chmod(0o755)
    path = [str(bin_dir)]
    for entry in os.environ["PATH"].split(os.pathsep):
        if node is None and (Path(entry) / "node").exists():
            continue  # hide every real node (the CLI's own script runs by absolute path)
        path.append(entry)
    return {"PATH": os.pathsep.join(path)}


@pytest.fixture(scope="module")
def antd_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default project (antd, App Router), rendered once per test module by the real CLI."""
    root = tmp_path_factory.mktemp("antd-app")
    done = run_cli(["app", "--yes", "--no-install", "--no-git", "-q"], root, templates=None)
    assert done.returncode == 0, done.stderr
    return root / "app"


def fresh_copy(project: Path, tmp_path: Path) -> Path:
    """A copy of `project` a test may change (the module's render stays untouched)."""
    target = tmp_path / "project"
    shutil.copytree(project, target)
    return target


# --- Three test workers (pytest-xdist, `-n 3` in pyproject.toml) ---------------------------
#
# Three on CI's two cores: much of a worker's time is a wait (a server starting, a browser
# page, npm reading its cache), which a third worker fills; `next build`, which keeps both
# cores busy, runs at most two at a time whichever workers start them
# (tests/e2e/helpers.py:build_slot).
# A group runs whole on one worker, so what a group's tests share (a module fixture: one
# built and served project) is built once. A module is a group, except test_refine_nextjs
# and the kit sweep, whose parameters are one group each (SPLIT_BY_PARAMETER). The slowest
# groups go first, so the workers end close together; test modules not listed here
# (the quick ones) follow in file order.
SLOW_FIRST = (
    "tests/e2e/test_backends.py",
    "tests/e2e/test_strapi.py",
    "tests/e2e/test_sign_in.py",
    "tests/e2e/test_kit_sweep.py",
    "tests/e2e/test_hosted_standins.py",
    "tests/e2e/test_refine_nextjs.py",
    "tests/e2e/test_add_resource.py",
    "tests/e2e/test_strapi_sign_in.py",
    "tests/e2e/test_supabase_sign_in.py",
    "tests/e2e/test_appwrite_sign_in.py",
    "tests/e2e/test_openapi.py",
    "tests/test_bench.py",
    "tests/e2e/test_supabase.py",
    "tests/e2e/test_hasura.py",
)


#: Modules whose tests share nothing but session fixtures, so each parameter (a case, or
#: the sweep's data value) is a group of its own.
SPLIT_BY_PARAMETER = ("e2e/test_refine_nextjs.py", "e2e/test_kit_sweep.py")


def worker_group(nodeid: str) -> str:
    """The group a test runs in: its module, or for a SPLIT_BY_PARAMETER module its module
    and parameter (the test's only one: `test_root[mui]`)."""
    module, _, test = nodeid.partition("::")
    if module.endswith(SPLIT_BY_PARAMETER) and test.endswith("]"):
        return f"{module}::{test[test.index('[') :]}"
    return module


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slowest groups first (a stable sort, before pytest orders each module's tests by
    their fixtures' parameters so that each case's project is built once)."""

    def rank(item: pytest.Item) -> int:
        module = item.nodeid.split("::", 1)[0]
        return SLOW_FIRST.index(module) if module in SLOW_FIRST else len(SLOW_FIRST)

    items.sort(key=rank)


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """pytest-xdist's scope scheduling (a scope runs whole on one worker, the next scope
    goes to the first worker that runs dry) with :func:`worker_group` as the scope. Its
    `--dist loadgroup` marks cannot do this: pytest 9 ignores the node ids they rewrite."""
    from xdist.scheduler import LoadScopeScheduling

    class GroupScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return worker_group(nodeid)

    return GroupScheduling(config, log)


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[SESSION_START] = time.time()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """The e2e figures this run wrote, printed where the terminal is (with pytest-xdist, the
    controller: the workers that measured them print nothing)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    from tests.e2e.conftest import print_metrics

    print_metrics(terminalreporter, since=config.stash.get(SESSION_START, 0.0))

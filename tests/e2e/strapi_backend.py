"""The Strapi 4 test backend (tests/e2e/backends/strapi): a stand-in for the user's own Strapi.

Installed once per machine from the npm registry into a folder beside the shared npm cache
(re-installed when its sources, or the content-type schemas the template ships in
`strapi/src/api`, change: the tests run exactly the schemas users get). No admin panel is
built or served. Started per test module on a free loopback port with a fresh SQLite file,
seeded from the template's mock/seed.json by its bootstrap, killed as a process group.

Its package.json overrides `sharp` to 0.33.5: Strapi 4's upload plugin asks for sharp 0.32,
whose install script downloads libvips from GitHub (unreachable here), while 0.33 takes its
prebuilt libvips from npm packages (`@img/sharp-*`).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.e2e.helpers import (
    REPO,
    exclusive,
    free_port,
    npm_env,
    request,
    run,
    start_server,
    stop_process_group,
)

SOURCE = Path(__file__).resolve().parent / "backends" / "strapi"
TEMPLATE = REPO / "templates" / "refine-nextjs" / "template"
SCHEMAS = TEMPLATE / '{% if data == "strapi-v4" %}strapi{% endif %}' / "src"
SEED = TEMPLATE / "mock" / "{% if samples %}seed.json{% endif %}"
# Every seeded user signs in with this password (the seed has none).
PASSWORD = "refine-strapi-e2e"


def _sources() -> list[tuple[Path, Path]]:
    """(source file, path inside the installed folder) for the fixture and the shipped schemas."""
    files = [(path, path.relative_to(SOURCE)) for path in SOURCE.rglob("*") if path.is_file()]
    files += [(p, Path("src") / p.relative_to(SCHEMAS)) for p in SCHEMAS.rglob("*") if p.is_file()]
    return sorted(files, key=lambda pair: str(pair[1]))


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path, relative in _sources():
        digest.update(str(relative).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def install(npm_cache: Path) -> Path:
    """Copy the fixture and the schemas beside the npm cache and `npm install` it (skipped
    when the stamp says this exact source is already there). Returns the installed folder."""
    target = npm_cache.with_name(f"{npm_cache.name}-strapi-backend")
    with exclusive(target):
        _install(target, npm_cache)
    return target


def _install(target: Path, npm_cache: Path) -> None:
    """install's work, under its lock."""
    stamp = target / "installed.txt"
    wanted = _fingerprint()
    installed = (target / "node_modules" / "@strapi" / "strapi").is_dir()
    if installed and stamp.exists() and stamp.read_text() == wanted:
        return
    target.mkdir(parents=True, exist_ok=True)
    for folder in ("src", "config"):
        shutil.rmtree(target / folder, ignore_errors=True)
    for path, relative in _sources():
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target / relative)
    run(
        ["npm", "install", "--cache", str(npm_cache), "--prefer-offline", "--no-audit", "--no-fund"],
        target,
        timeout=900,
        npm_config_nodedir="/usr",  # better-sqlite3 compiles against the system's Node headers
    )
    stamp.write_text(wanted)


def _healthy(url: str) -> Callable[[], bool]:
    """Strapi's health check answers 204 (No Content), which `url_answers` (200) does not take."""

    def answers() -> bool:
        try:
            return request(url, timeout=5).status == 204
        except OSError:
            return False

    return answers


class StrapiBackend:
    """One running fixture Strapi, fresh from the seed; its content API at `api`.

    `role` is the users-permissions role granted the content API: "public" when the app
    signs in on its own, "authenticated" when the app forwards the user's Strapi JWT."""

    def __init__(self, installed: Path, workdir: Path, role: str = "public") -> None:
        self.installed = installed
        self.workdir = workdir
        self.role = role
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.api = f"{self.base}/api"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 120) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        database = self.workdir / "strapi.db"
        database.unlink(missing_ok=True)
        self.process = start_server(
            ["node", "server.js"],
            cwd=self.installed,
            log=self.workdir / "strapi.log",
            # Strapi listens only after its bootstrap has seeded and granted the role.
            ready=_healthy(f"{self.base}/_health"),
            name="the Strapi backend",
            env=npm_env(
                NODE_ENV="production",
                PORT=str(self.port),
                DATABASE_FILE=str(database),
                SEED_FILE=str(SEED),
                FIXTURE_ROLE=self.role,
                FIXTURE_PASSWORD=PASSWORD,
                STRAPI_TELEMETRY_DISABLED="true",
                STRAPI_DISABLE_UPDATE_NOTIFICATION="true",
            ),
            timeout=timeout,
        )

    def stop(self) -> None:
        if self.process is None:
            return
        stop_process_group(self.process)
        self.process = None

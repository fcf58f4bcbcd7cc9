"""The NestJS test backend (tests/e2e/backends/nestjs): a stand-in for the user's own server.

Installed once per machine from the npm registry into a folder beside the shared npm cache
(re-installed when its package.json or sources change), compiled with tsc (NestJS needs the
decorator metadata esbuild-based runners leave out), then started per test case on a free
loopback port, seeded from the template's mock/seed.json, and killed as a process group.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

from tests.e2e.helpers import REPO, free_port, npm_env, run, start_server, stop_process_group, url_answers

SOURCE = Path(__file__).resolve().parent / "backends" / "nestjs"
SEED = REPO / "templates" / "refine-nextjs" / "template" / "mock" / "seed.json"


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in SOURCE.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(SOURCE)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def install(npm_cache: Path) -> Path:
    """Copy the fixture beside the npm cache, `npm install` and compile it (skipped when the
    stamp says this exact source is already there). Returns the installed folder."""
    target = npm_cache.with_name(f"{npm_cache.name}-nestjs-backend")
    stamp = target / "installed.txt"
    wanted = _fingerprint()
    if stamp.exists() and stamp.read_text() == wanted and (target / "dist" / "main.js").is_file():
        return target
    target.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(target / "src", ignore_errors=True)
    shutil.rmtree(target / "dist", ignore_errors=True)
    shutil.copytree(SOURCE / "src", target / "src")
    for name in ("package.json", "tsconfig.json"):
        shutil.copy2(SOURCE / name, target / name)
    run(
        ["npm", "install", "--cache", str(npm_cache), "--prefer-offline", "--no-audit", "--no-fund"],
        target,
        timeout=600,
    )
    run(["npm", "run", "build"], target, timeout=300)
    stamp.write_text(wanted)
    return target


class NestBackend:
    """One running fixture server, fresh from the seed: REST at `base`, GraphQL at `graphql`."""

    def __init__(self, installed: Path, log: Path) -> None:
        self.installed = installed
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.graphql = f"{self.base}/graphql"
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> None:
        self.process = start_server(
            ["node", "dist/main.js"],
            cwd=self.installed,
            log=self.log,
            ready=url_answers(f"{self.base}/categories"),
            name="the NestJS backend",
            env=npm_env(PORT=str(self.port), SEED_FILE=str(SEED)),
            timeout=timeout,
        )

    def stop(self) -> None:
        if self.process is None:
            return
        stop_process_group(self.process)
        self.process = None

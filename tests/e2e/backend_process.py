"""What the e2e tests' own backends share: installed once per machine beside the npm cache,
then started per test case on a free loopback port, seeded from the template's
mock/seed.json, and killed as a process group.

One copy of this instead of one per backend, so every backend is re-installed on the same
rule (its sources changed) and fails the same way (start_server's early exit or timeout).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path
from typing import ClassVar

from tests.e2e.helpers import (
    SEED,
    exclusive,
    free_port,
    npm_env,
    run,
    start_server,
    stop_process_group,
    url_answers,
)


def fingerprint(source: Path) -> str:
    """A digest of every file under `source` (names and contents)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(source)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def install_beside_cache(source: Path, name: str, npm_cache: Path, *, done: str, build: bool = False) -> Path:
    """Copy `source` into `<npm cache>-<name>`, `npm install` it there (and `npm run build`
    when `build`), unless the stamp says this exact source is installed and the file `done`
    (relative to the folder) is there. Returns the installed folder."""
    target = npm_cache.with_name(f"{npm_cache.name}-{name}")
    with exclusive(target):
        _install(source, target, npm_cache, done=done, build=build)
    return target


def _install(source: Path, target: Path, npm_cache: Path, *, done: str, build: bool) -> None:
    """install_beside_cache's work, under its lock."""
    stamp = target / "installed.txt"
    wanted = fingerprint(source)
    if stamp.exists() and stamp.read_text() == wanted and (target / done).exists():
        return
    target.mkdir(parents=True, exist_ok=True)
    if build:
        shutil.rmtree(target / "dist", ignore_errors=True)
    for path in source.iterdir():
        if path.is_dir():
            shutil.rmtree(target / path.name, ignore_errors=True)
            shutil.copytree(path, target / path.name)
        else:
            shutil.copy2(path, target / path.name)
    run(
        ["npm", "install", "--cache", str(npm_cache), "--prefer-offline", "--no-audit", "--no-fund"],
        target,
        timeout=600,
    )
    if build:
        run(["npm", "run", "build"], target, timeout=300)
    stamp.write_text(wanted)


class BackendProcess:
    """One running backend from an installed folder, fresh from the seed, at `base`.

    A subclass names its `command`, the `health` path that answers 200 once it is ready,
    a `title` for errors, and any variables of its own (:meth:`env`).
    """

    command: ClassVar[list[str]]
    health: ClassVar[str]
    title: ClassVar[str]
    start_timeout: ClassVar[float] = 60

    def __init__(self, installed: Path, log: Path) -> None:
        self.installed = installed
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def env(self) -> dict[str, str]:
        """The server's variables: its port and the seed file, plus a subclass's own."""
        return {"PORT": str(self.port), "SEED_FILE": str(SEED)}

    def start(self, timeout: float | None = None) -> None:
        self.process = start_server(
            self.command,
            cwd=self.installed,
            log=self.log,
            ready=url_answers(f"{self.base}{self.health}"),
            name=self.title,
            env=npm_env(**self.env()),
            timeout=self.start_timeout if timeout is None else timeout,
        )

    def stop(self) -> None:
        if self.process is None:
            return
        stop_process_group(self.process)
        self.process = None

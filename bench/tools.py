"""Where the contenders live: real executables, the npm tool, the shared npm cache.

Why resolve paths at all: with pyenv (or asdf) ``create-refine-app`` and ``copier`` on
PATH are *shims*, bash scripts that re-run ``pyenv exec`` and add 50-150 ms to every
start. A user of ``pipx``/``uv tool`` does not pay that, and it would swamp the very
start-up time we measure, so both Python tools are timed through the real console
script next to the interpreter that has them installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.timing import BenchError

REPO = Path(__file__).resolve().parent.parent
"""The create-refine-app checkout this benchmark belongs to."""

TEMPLATE = REPO / "templates" / "refine-nextjs"
"""The default preset's copier template, rendered by both scaffold contenders."""

FIXTURES = Path(__file__).resolve().parent / "fixtures"

DEFAULT_CACHE = Path.home() / ".cache" / "create-refine-app-bench"
"""One npm cache for every install (ours, the fixture, the npm tool): warm after run one."""

NO_TELEMETRY = {"NEXT_TELEMETRY_DISABLED": "1", "NO_UPDATE_NOTIFIER": "1", "npm_config_fund": "false"}


def console_script(name: str) -> Path:
    """The real console script ``name`` of this interpreter's environment (not a shim).

    Looks beside ``sys.executable`` first (venv, pyenv version dir), then PATH; a PATH hit
    that is a pyenv shim is resolved with ``pyenv which``.
    """
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside
    found = shutil.which(name)
    if not found:
        raise BenchError(f"{name} not found: pip install -e . (and copier) first")
    if "/shims/" in found and shutil.which("pyenv"):
        real = subprocess.run(["pyenv", "which", name], capture_output=True, text=True, check=False)
        if real.returncode == 0 and real.stdout.strip():
            return Path(real.stdout.strip())
    return Path(found)


def require(name: str) -> str:
    """Path of a required system tool (node, npm), or a clear error."""
    found = shutil.which(name)
    if not found:
        raise BenchError(f"{name} is required for this part of the benchmark and is not on PATH")
    return found


@dataclass(frozen=True)
class NpmTool:
    """The npm ``create-refine-app`` (superplate based), installed once into the cache dir."""

    version: str
    entry: Path

    def argv(self, *args: str) -> list[str]:
        """``node <entry> args``: node direct, as ``npx`` would add its own resolution time."""
        return [require("node"), str(self.entry), *args]


def npm_env(cache: Path) -> dict[str, str]:
    """Environment for every npm call: the shared cache, no audit, fund or update nags."""
    return {
        **NO_TELEMETRY,
        "npm_config_cache": str(cache / "npm"),
        "npm_config_audit": "false",
        "npm_config_update_notifier": "false",
        "npm_config_loglevel": "error",
    }


def install_npm_tool(cache: Path) -> NpmTool:
    """Install (once) the npm create-refine-app into ``cache/npm-create-refine-app``.

    Only its ``--help`` is comparable: generating a project fetches templates from GitHub,
    which a sandboxed or offline machine cannot reach.
    """
    prefix = cache / "npm-create-refine-app"
    pkg = prefix / "node_modules" / "create-refine-app" / "package.json"
    if not pkg.is_file():
        prefix.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [require("npm"), "install", "--prefix", str(prefix), "--no-save", "create-refine-app"],
            env={**os.environ, **npm_env(cache)},
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not pkg.is_file():
            raise BenchError(f"npm install create-refine-app failed:\n{done.stderr[-2000:]}")

    meta = json.loads(pkg.read_text())
    bin_field = meta.get("bin")
    rel = bin_field if isinstance(bin_field, str) else dict(bin_field or {}).get("create-refine-app")
    if not isinstance(rel, str):
        raise BenchError("npm create-refine-app has no create-refine-app bin entry")
    return NpmTool(version=str(meta.get("version", "?")), entry=(pkg.parent / rel).resolve())

"""The NestJS test backend (tests/e2e/backends/nestjs): a stand-in for the user's own server.

Installed once per machine from the npm registry into a folder beside the shared npm cache
(re-installed when its package.json or sources change), compiled with tsc (NestJS needs the
decorator metadata esbuild-based runners leave out), then started per test case on a free
loopback port, seeded from the template's mock/seed.json, and killed as a process group.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from tests.e2e.backend_process import BackendProcess, install_beside_cache

# Re-exported (helpers.SEED itself): test_supabase.py imports it from here.
from tests.e2e.helpers import SEED as SEED

SOURCE = Path(__file__).resolve().parent / "backends" / "nestjs"


def install(npm_cache: Path) -> Path:
    """Install and compile the fixture beside the npm cache (skipped when this exact source
    is already there). Returns the installed folder."""
    return install_beside_cache(SOURCE, "nestjs-backend", npm_cache, done="dist/main.js", build=True)


class NestBackend(BackendProcess):
    """One running fixture server, fresh from the seed: REST at `base`, GraphQL at `graphql`."""

    command: ClassVar[list[str]] = ["node", "dist/main.js"]
    health: ClassVar[str] = "/categories"
    title: ClassVar[str] = "the NestJS backend"

    def __init__(self, installed: Path, log: Path) -> None:
        super().__init__(installed, log)
        self.graphql = f"{self.base}/graphql"

"""The Hasura stand-in (tests/e2e/backends/hasura): NOT Hasura, a small GraphQL server in
Hasura's documented naming and wire format (its docstrings cite the sections), because the
Hasura engine cannot be installed here.

Installed once per machine from the npm registry into a folder beside the shared npm cache
(re-installed when its sources change), then started per test case on a free loopback port
with an admin secret, seeded from the template's mock/seed.json, and killed as a process group.
"""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import ClassVar

from tests.e2e.backend_process import BackendProcess, install_beside_cache

SOURCE = Path(__file__).resolve().parent / "backends" / "hasura"
ADMIN_SECRET = "stand-in-admin-secret-0123456789"


def install(npm_cache: Path) -> Path:
    """Install the stand-in beside the npm cache (skipped when this exact source is already
    there). Returns the installed folder."""
    return install_beside_cache(SOURCE, "hasura-stand-in", npm_cache, done="node_modules/graphql")


class HasuraStandIn(BackendProcess):
    """One running stand-in, fresh from the seed: GraphQL at `graphql`, refusing requests
    without `ADMIN_SECRET` in `x-hasura-admin-secret` (as Hasura does once a secret is set)."""

    command: ClassVar[list[str]] = ["node", "main.mjs"]
    health: ClassVar[str] = "/healthz"
    title: ClassVar[str] = "the Hasura stand-in"
    start_timeout: ClassVar[float] = 30

    def __init__(self, installed: Path, log: Path) -> None:
        super().__init__(installed, log)
        self.graphql = f"{self.base}/v1/graphql"

    def env(self) -> dict[str, str]:
        return {**super().env(), "HASURA_GRAPHQL_ADMIN_SECRET": ADMIN_SECRET}

    def query(
        self, document: str, variables: dict[str, object] | None = None, *, secret: bool = True
    ) -> dict[str, object]:
        """POST a GraphQL request as a client of Hasura would; returns the decoded JSON body."""
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["x-hasura-admin-secret"] = ADMIN_SECRET
        body = json.dumps({"query": document, "variables": variables or {}}).encode()
        sent = urllib.request.Request(self.graphql, data=body, headers=headers, method="POST")
        with urllib.request.urlopen(sent, timeout=30) as res:
            assert res.status == 200, res.status
            answer: dict[str, object] = json.loads(res.read())
        return answer

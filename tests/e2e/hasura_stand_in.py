"""The Hasura stand-in (tests/e2e/backends/hasura): NOT Hasura, a small GraphQL server in
Hasura's documented naming and wire format (its docstrings cite the sections), because the
Hasura engine cannot be installed here.

Installed once per machine from the npm registry into a folder beside the shared npm cache
(re-installed when its sources change), then started per test case on a free loopback port
with an admin secret, seeded from the template's mock/seed.json, and killed as a process group.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import urllib.request
from pathlib import Path

from tests.e2e.helpers import REPO, free_port, npm_env, run, start_server, stop_process_group, url_answers

SOURCE = Path(__file__).resolve().parent / "backends" / "hasura"
SEED = REPO / "templates" / "refine-nextjs" / "template" / "mock" / "seed.json"
ADMIN_SECRET = "stand-in-admin-secret-0123456789"


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in SOURCE.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(SOURCE)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def install(npm_cache: Path) -> Path:
    """Copy the stand-in beside the npm cache and `npm install` it (skipped when the stamp
    says this exact source is already there). Returns the installed folder."""
    target = npm_cache.with_name(f"{npm_cache.name}-hasura-stand-in")
    stamp = target / "installed.txt"
    wanted = _fingerprint()
    if stamp.exists() and stamp.read_text() == wanted and (target / "node_modules" / "graphql").is_dir():
        return target
    target.mkdir(parents=True, exist_ok=True)
    for path in SOURCE.iterdir():
        if path.is_file():
            shutil.copy2(path, target / path.name)
    run(
        ["npm", "install", "--cache", str(npm_cache), "--prefer-offline", "--no-audit", "--no-fund"],
        target,
        timeout=600,
    )
    stamp.write_text(wanted)
    return target


class HasuraStandIn:
    """One running stand-in, fresh from the seed: GraphQL at `graphql`, refusing requests
    without `ADMIN_SECRET` in `x-hasura-admin-secret` (as Hasura does once a secret is set)."""

    def __init__(self, installed: Path, log: Path) -> None:
        self.installed = installed
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.graphql = f"{self.base}/v1/graphql"
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30) -> None:
        self.process = start_server(
            ["node", "main.mjs"],
            cwd=self.installed,
            log=self.log,
            ready=url_answers(f"{self.base}/healthz"),
            name="the Hasura stand-in",
            env=npm_env(PORT=str(self.port), SEED_FILE=str(SEED), HASURA_GRAPHQL_ADMIN_SECRET=ADMIN_SECRET),
            timeout=timeout,
        )

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

    def stop(self) -> None:
        if self.process is None:
            return
        stop_process_group(self.process)
        self.process = None

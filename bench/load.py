"""Part 4, SSR under load: ``npm start`` (``next start`` + the json-server mock), then a
bounded closed-loop load on the authenticated ``/posts``.

The load generator is a small asyncio HTTP/1.1 keep-alive client (stdlib only, so the
benchmark needs no extra package): ``connections`` workers each send a request, read the
whole response, and send the next, until ``seconds`` have passed. It only talks to
127.0.0.1, stops by itself, and caps the request count, so it cannot turn into a flood.
Caveat for reading the figures: it shares the 2 cores with the server, and in a closed
loop latency ≈ connections / throughput (Little's law), so p99 mostly tracks req/s.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from bench.timing import BenchError
from bench.tools import NO_TELEMETRY, require

HOST = "127.0.0.1"
MAX_REQUESTS = 2_000_000
REQUEST_TIMEOUT = 10.0
"""Like autocannon's default: a response slower than this counts as an error."""


@dataclass(frozen=True)
class LoadResult:
    """What the load test reports: throughput, latency percentiles (ms), errors."""

    connections: int
    seconds: float
    requests: int
    errors: int
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    statuses: dict[str, int]
    """Responses by HTTP status, and failures by kind (timeout, ConnectionResetError, ...)."""
    single_ms: float = float("nan")
    """Median of sequential requests on the idle server: the floor under any load."""

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def demo_credentials(app: Path) -> tuple[str, str]:
    """Email and password from the app's ``src/auth/demo-account.ts`` (the one source)."""
    text = (app / "src" / "auth" / "demo-account.ts").read_text()
    email = re.search(r'email:\s*"([^"]+)"', text)
    password = re.search(r'password:\s*"([^"]+)"', text)
    if not email or not password:
        raise BenchError("could not read the demo credentials from src/auth/demo-account.ts")
    return email.group(1), password.group(1)


def kill_group(proc: subprocess.Popen[bytes]) -> None:
    """Stop ``proc``'s process group (it was started with ``start_new_session``): SIGTERM,
    then SIGKILL after 10 s, so a server and the mock it spawned never outlive the benchmark."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


class Server:
    """``node scripts/serve.mjs start`` in its own process group, killed as a group.

    Own session so SIGTERM reaches the Next server *and* the mock it spawned, and
    nothing outlives the benchmark.
    """

    def __init__(self, app: Path) -> None:
        self.app = app
        self.port = _free_port()
        self.mock_port = _free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.log = app / ".bench-server.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        env = {
            **os.environ,
            **NO_TELEMETRY,
            "PORT": str(self.port),
            "MOCK_API_PORT": str(self.mock_port),
            "NODE_ENV": "production",
        }
        env.pop("API_URL", None)
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                [require("node"), "scripts/serve.mjs", "start"],
                cwd=self.app,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._wait_ready(60.0)
        return self

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise BenchError(f"server exited early:\n{self.log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{self.base}/login", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.25)
        raise BenchError(f"server not ready after {timeout:.0f}s:\n{self.log.read_text()[-2000:]}")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            kill_group(self.proc)

    def login(self, email: str, password: str) -> str:
        """POST the demo credentials; returns the ``Cookie`` header value to reuse."""
        return login(self.base, email, password)


def login(base: str, email: str, password: str) -> str:
    """POST the demo credentials to ``base``; returns the ``Cookie`` header value to reuse."""
    body = json.dumps({"email": email, "password": password}).encode()
    req = urllib.request.Request(
        f"{base}/api/auth/login",
        data=body,
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=120) as resp:
        cookies = resp.headers.get_all("Set-Cookie") or []
    pairs = [c.split(";", 1)[0] for c in cookies]
    if not pairs:
        raise BenchError("login returned no session cookie")
    return "; ".join(pairs)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def check_authenticated(base: str, path: str, cookie: str) -> int:
    """Fetch ``path`` once with the cookie and return the body size; fail unless it is a 200.

    Without this, a lost cookie would benchmark the redirect to /login instead of the page.
    """
    opener = urllib.request.build_opener(_NoRedirect)
    req = urllib.request.Request(f"{base}{path}", headers={"Cookie": cookie})
    try:
        with opener.open(req, timeout=15) as resp:
            body = resp.read()
            status = int(resp.status)
    except urllib.error.HTTPError as err:
        status = err.code
        body = b""
    if status != 200:
        raise BenchError(f"GET {path} with the session cookie answered {status}, not 200")
    return len(body)


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Read one HTTP/1.1 response; returns (status, keep-alive)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    else:
        await reader.read()
        return status, False
    return status, headers.get("connection", "").lower() != "close"


async def _worker(
    port: int,
    request: bytes,
    stop_at: float,
    latencies: list[float],
    statuses: dict[str, int],
    budget: list[int],
) -> None:
    """One connection in a closed loop, until ``stop_at``, cancellation or the budget.

    A request still in flight when the test ends is cancelled and counted nowhere
    (as autocannon does), so the figures cover exactly ``seconds``. The deadline check
    is not redundant with the cancellation: on Python 3.11 ``asyncio.wait_for`` can
    swallow a cancel that races with a completing read, and such a worker would
    otherwise go on loading the server forever.
    """
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    try:
        while budget[0] > 0 and time.monotonic() < stop_at:
            budget[0] -= 1
            try:
                if writer is None or reader is None:
                    reader, writer = await asyncio.open_connection(HOST, port)
                start = time.perf_counter()
                writer.write(request)
                status, keep = await asyncio.wait_for(_read_response(reader), REQUEST_TIMEOUT)
                latencies.append(time.perf_counter() - start)
                statuses[str(status)] = statuses.get(str(status), 0) + 1
                if not keep:
                    writer.close()
                    reader = writer = None
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
                kind = (
                    f"timeout > {REQUEST_TIMEOUT:g} s"
                    if isinstance(exc, TimeoutError)
                    else type(exc).__name__
                )
                statuses[kind] = statuses.get(kind, 0) + 1
                if writer is not None:
                    writer.close()
                reader = writer = None
    finally:
        if writer is not None:
            writer.close()


async def _run(port: int, path: str, cookie: str, connections: int, seconds: float) -> LoadResult:
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nCookie: {cookie}\r\n"
        "Accept: text/html\r\nConnection: keep-alive\r\n\r\n"
    ).encode()
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    budget = [MAX_REQUESTS]
    start = time.monotonic()
    stop_at = start + seconds
    tasks = [
        asyncio.create_task(_worker(port, request, stop_at, latencies, statuses, budget))
        for _ in range(connections)
    ]
    await asyncio.wait(tasks, timeout=seconds)
    elapsed = time.monotonic() - start
    snapshot = list(latencies)
    outcomes = dict(statuses)
    for task in tasks:
        task.cancel()
    # Bounded: a worker that missed its cancel still stops at its next deadline check.
    await asyncio.wait(tasks, timeout=REQUEST_TIMEOUT + 5.0)
    latencies = snapshot
    latencies.sort()

    def pct(p: float) -> float:
        return (
            latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")
        )

    return LoadResult(
        connections=connections,
        seconds=elapsed,
        requests=len(latencies),
        errors=sum(n for kind, n in outcomes.items() if kind != "200"),
        rps=len(latencies) / elapsed if elapsed else 0.0,
        p50_ms=pct(0.50),
        p90_ms=pct(0.90),
        p99_ms=pct(0.99),
        max_ms=latencies[-1] * 1000 if latencies else float("nan"),
        statuses=outcomes,
    )


def measure(
    app: Path, path: str = "/posts", connections: int = 50, seconds: float = 20.0, runs: int = 1
) -> list[LoadResult]:
    """Start the built app, log in, warm up 3 s, time 3 s of one-at-a-time requests
    (the idle latency), then load ``path`` with ``connections`` for ``seconds``, ``runs``
    times with a 5 s pause between (one 20 s run is noisy: a few unlucky connections
    decide p99)."""
    email, password = demo_credentials(app)
    with Server(app) as server:
        cookie = server.login(email, password)
        check_authenticated(server.base, path, cookie)
        asyncio.run(_run(server.port, path, cookie, min(connections, 10), 3.0))
        time.sleep(2.0)  # let the server finish the warm-up's cancelled requests
        single = asyncio.run(_run(server.port, path, cookie, 1, 3.0))
        results: list[LoadResult] = []
        for i in range(runs):
            if i:
                time.sleep(5.0)
            result = asyncio.run(_run(server.port, path, cookie, connections, seconds))
            results.append(dataclasses.replace(result, single_ms=single.p50_ms))
        return results

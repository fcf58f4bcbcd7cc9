"""End-to-end security checks of a generated app (issue 11: "Secure by default").

Collected by test_refine_nextjs.py (imported there, so they share its built projects and
`servers`), on one App Router and one Pages Router case with demo auth. Tests that stop
things (the mock) restore them; tests that need other settings (no API, throttled logins)
use their own short-lived server on the same build.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from tests.e2e.helpers import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    Case,
    Response,
    Servers,
    free_port,
    login_cookie,
    npm_env,
    request,
    start_server,
    stop_process_group,
    url_answers,
)

SECURITY_CASES = ("default", "with-nextjs")  # App Router / Pages Router, both with demo auth
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}
HYDRATED = """() => {
  const next = window.next;
  if (!next) return false;
  if (!next.appDir) return Boolean(next.router && next.router.isReady);
  const buttons = [...document.querySelectorAll("button")];
  return buttons.length > 0 && buttons.every((b) => Object.keys(b).some((k) => k.startsWith("__reactProps")));
}"""


def security_case(project: tuple[Case, Path]) -> tuple[Case, Path]:
    case, target = project
    if case.name not in SECURITY_CASES:
        pytest.skip(f"security checks run on {', '.join(SECURITY_CASES)}")
    return case, target


def raw(
    url: str, *, method: str = "GET", headers: dict[str, str] | None = None, body: bytes | None = None
) -> Response:
    """One HTTP request with exactly these headers (no redirects followed).

    A server may answer before it has read the whole body (a 413) and close the socket:
    the send then fails, and the answer is read all the same."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "localhost", parts.port, timeout=30)
    try:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            conn.request(method, target, body=body, headers=headers or {})
        except (BrokenPipeError, ConnectionResetError):
            if body is None:
                raise
        res = conn.getresponse()
        return Response(res.status, res.headers, res.read().decode("utf-8", "replace"))
    finally:
        conn.close()


def forge(secret: str, email: str = "attacker@x") -> str:
    """A session cookie for `email`, signed with `secret` the way the app signs its own."""
    payload = {"email": email, "name": "Attacker", "sid": "forged", "exp": int(time.time()) + 3600}
    data = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    signature = hmac.new(secret.encode(), data.encode(), hashlib.sha256).digest()
    return f"session={data}.{base64.urlsafe_b64encode(signature).rstrip(b'=').decode()}"


def env_secret(target: Path) -> str:
    match = re.search(r"^SESSION_SECRET=([0-9a-f]{64})$", (target / ".env.local").read_text(), re.M)
    assert match, "npm start wrote no SESSION_SECRET to .env.local"
    return match.group(1)


class Spare:
    """`npm start -- -p PORT` on the case's build with API_URL at a closed port (the API is
    down, no mock): its own login throttle counts and sessions, stopped after the module."""

    def __init__(self, target: Path) -> None:
        self.port = free_port()
        self.base = f"http://localhost:{self.port}"
        self.log = target.parent / "npm-start-spare.log"
        self.process = start_server(
            ["npm", "start", "--", "-p", str(self.port)],
            cwd=target,
            log=self.log,
            ready=url_answers(f"{self.base}/favicon.svg"),
            name="spare server",
            # PORT says otherwise: the `-p` passed through to Next must win.
            env=npm_env(PORT=str(free_port()), API_URL=f"http://127.0.0.1:{free_port()}"),
            timeout=60,
        )

    def stop(self) -> None:
        stop_process_group(self.process)


@pytest.fixture(scope="module")
def spare(project: tuple[Case, Path], servers: Servers) -> Iterator[Spare]:
    case, target = project
    if case.name not in SECURITY_CASES:
        pytest.skip(f"security checks run on {', '.join(SECURITY_CASES)}")
    server = Spare(target)  # after `servers`: .env.local holds the secret npm start wrote
    try:
        yield server
    finally:
        server.stop()


def test_npm_start_made_a_project_secret_and_forged_cookies_fail(
    project: tuple[Case, Path], servers: Servers
) -> None:
    """`npm start` wrote a random per-project secret to the git-ignored .env.local and signs
    with it; cookies signed with the public development values get the login redirect."""
    _, target = security_case(project)
    secret = env_secret(target)
    assert "wrote a new random one to .env.local" in servers.log.read_text()
    assert ".env*.local" in (target / ".gitignore").read_text().splitlines()
    assert request(f"{servers.base}/posts", cookie=forge(secret, DEMO_EMAIL)).status == 200  # that key, used
    dev_secret = re.search(
        r'DEV_SESSION_SECRET = "([^"]+)"', (target / "scripts" / "session-secret.mjs").read_text()
    )
    assert dev_secret
    for public in ("change-me-dev-only-secret", dev_secret.group(1), ""):
        res = request(f"{servers.base}/posts", cookie=forge(public))
        assert res.status == 307 and res.location == "/login?to=%2Fposts", (public, res.status)
        assert request(f"{servers.base}/api/data/posts", cookie=forge(public)).status == 401


def test_production_start_refuses_without_a_secret(project: tuple[Case, Path], servers: Servers) -> None:
    """Plain `next start` (no serve.mjs) without SESSION_SECRET, or with a placeholder, exits
    with one paragraph saying how to set it."""
    _, target = security_case(project)
    env_local = target / ".env.local"
    aside = target.parent / "env.local.aside"
    shutil.move(env_local, aside)  # the running servers already read it
    try:
        for value in (None, "change-me-dev-only-secret", "too-short"):
            env = npm_env()
            env.pop("SESSION_SECRET", None)
            if value is not None:
                env["SESSION_SECRET"] = value
            started = subprocess.run(
                ["node", "scripts/next.mjs", "start", "-p", str(free_port())],
                cwd=target,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                stdin=subprocess.DEVNULL,
            )
            assert started.returncode == 1, (value, started.stdout[-2000:], started.stderr[-2000:])
            paragraphs = [p for p in started.stderr.split("\n\n") if "SESSION_SECRET" in p]
            assert len(paragraphs) == 1, started.stderr
            assert "randomBytes(32)" in paragraphs[0] and "docker run -e SESSION_SECRET" in paragraphs[0]
    finally:
        shutil.move(aside, env_local)


def test_docker_entry_refuses_without_a_secret(project: tuple[Case, Path], tmp_path: Path) -> None:
    """The image's CMD (scripts/docker-start.mjs beside the standalone server.js), run as the
    image runs it: no or a placeholder SESSION_SECRET → exit 1 and the paragraph; a real one →
    server.js starts."""
    case, target = security_case(project)
    if case.name != "default":
        pytest.skip("the entry script is the same in every project: checked once")
    dockerfile = (target / "Dockerfile").read_text()
    assert 'CMD ["node", "scripts/docker-start.mjs"]' in dockerfile
    assert (
        "COPY --from=builder /app/scripts/docker-start.mjs /app/scripts/session-secret.mjs ./scripts/"
        in dockerfile
    )
    image = tmp_path / "app"
    (image / "scripts").mkdir(parents=True)
    for script in ("docker-start.mjs", "session-secret.mjs"):
        shutil.copy(target / "scripts" / script, image / "scripts" / script)
    (image / "server.js").write_text('console.log("standalone server started");\n')
    for value, code in ((None, 1), ("change-me-dev-only-secret", 1), ("x" * 12, 1), ("ab12" * 16, 0)):
        env = {k: v for k, v in os.environ.items() if k != "SESSION_SECRET"}
        if value is not None:
            env["SESSION_SECRET"] = value
        entry = subprocess.run(
            ["node", "scripts/docker-start.mjs"],
            cwd=image,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert entry.returncode == code, (value, entry.stderr)
        if code:
            assert "SESSION_SECRET" in entry.stderr and "docker run -e SESSION_SECRET" in entry.stderr
            assert "standalone server started" not in entry.stdout
        else:
            assert entry.stdout.strip() == "standalone server started"


OPEN_REDIRECTS = [
    "to=%2F%252F%252Fevil.example",
    "to[]=https://evil.example",
    "to[0]=https://evil.example",
    "to=/posts&to=//evil.example",
    "to=%252F%252Fevil.example",
    "to=%2F%255Cevil.example",
    "to=https:%2F%2Fevil.example",
    "to[a]=//evil.example",
    "t%6F=%2F%2Fevil.example",
]


def test_server_drops_every_unsafe_to(project: tuple[Case, Path], servers: Servers) -> None:
    """The server reads `to` like the browser's router (qs + one more decoding): each form is
    dropped from the login URL, and a logged-in visit goes home."""
    security_case(project)
    cookie = login_cookie(servers.base)
    for query in OPEN_REDIRECTS:
        res = request(f"{servers.base}/login?{query}")
        assert res.status == 307 and res.location == "/login", (query, res.status, res.location)
        res = request(f"{servers.base}/login?{query}", cookie=cookie)
        assert res.status == 307 and res.location == "/", (query, res.location)
    res = request(f"{servers.base}/login?to=%2Fposts%3FcurrentPage%3D2", cookie=cookie)
    assert res.location == "/posts?currentPage=2"  # a same-site `to` still works


def test_login_never_leaves_the_site(project: tuple[Case, Path], servers: Servers) -> None:
    """In Chromium: sign in with each open-redirect form in the URL, once as the server sends
    the login page and once put into the URL in the browser only (history.pushState / a
    shallow route change: the server never sees it): the browser stays on this site."""
    security_case(project)
    on_site = re.compile(re.escape(servers.base) + r"/")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(base_url=servers.base)
            page = context.new_page()
            foreign: list[str] = []
            page.on("request", lambda r: None if r.url.startswith(servers.base) else foreign.append(r.url))
            for query in OPEN_REDIRECTS[:5]:
                for client_only in (False, True):
                    context.clear_cookies()
                    if client_only:
                        page.goto("/login")
                        page.wait_for_function(HYDRATED)
                        page.evaluate(
                            """(url) => window.next.appDir
                                ? history.pushState(null, "", url)
                                : window.next.router.push(url, undefined, { shallow: true })""",
                            f"/login?{query}",
                        )
                        expect(page).to_have_url(re.compile(r"/login\?"))
                    else:
                        page.goto(f"/login?{query}")
                        page.wait_for_function(HYDRATED)
                    sign_in(page)
                    expect(page).to_have_url(
                        re.compile(r"^" + re.escape(servers.base) + r"/(posts)?(\?.*)?$")
                    )
                    page.wait_for_timeout(200)
                    assert on_site.match(page.url), (query, client_only, page.url)
            assert not foreign, foreign
        finally:
            browser.close()


def sign_in(page: Page, password: str = DEMO_PASSWORD) -> None:
    page.get_by_label("Email").fill(DEMO_EMAIL)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_cross_site_writes_are_refused(project: tuple[Case, Path], servers: Servers) -> None:
    """Login CSRF, logout CSRF and cross-site data writes: 403, no cookie set, nothing changed."""
    security_case(project)
    cookie = login_cookie(servers.base)
    credentials = json.dumps({"email": DEMO_EMAIL, "password": DEMO_PASSWORD}).encode()
    json_type = {"Content-Type": "application/json"}
    cross = [{"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}, {"Origin": "null"}]
    for headers in cross:
        login = raw(
            f"{servers.base}/api/auth/login",
            method="POST",
            headers={**headers, **json_type},
            body=credentials,
        )
        assert login.status == 403 and not login.headers.get("Set-Cookie"), (headers, login.status)
        logout = raw(f"{servers.base}/api/auth/logout", method="POST", headers={**headers, "Cookie": cookie})
        assert logout.status == 403 and not logout.headers.get("Set-Cookie"), headers
        for method in ("POST", "PATCH", "DELETE"):
            path = "/api/data/posts" if method == "POST" else "/api/data/posts/1"
            data = raw(
                f"{servers.base}{path}",
                method=method,
                headers={**headers, **json_type, "Cookie": cookie},
                body=b'{"title": "csrf"}',
            )
            assert data.status == 403, (headers, method, data.status)
    assert request(f"{servers.base}/api/auth/session", cookie=cookie).status == 200  # still logged in
    assert "csrf" not in request(f"{servers.base}/api/data/posts/1", cookie=cookie).body
    same = raw(
        f"{servers.base}/api/auth/login",
        method="POST",
        headers={"Origin": servers.base, "Sec-Fetch-Site": "same-origin", **json_type},
        body=credentials,
    )
    assert same.status == 200


def test_cross_site_form_post_in_the_browser(project: tuple[Case, Path], servers: Servers) -> None:
    """A real cross-site form: a page on 127.0.0.1 posts the demo credentials to the app on
    localhost (another site). Chromium sends it; the app answers 403 and sets no session."""
    security_case(project)
    other_site = servers.base.replace("localhost", "127.0.0.1")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{other_site}/robots.txt")  # any page of the other site
            with page.expect_response(f"{servers.base}/api/auth/login") as answer:
                page.evaluate(
                    """(action) => {
                        const html = "http://www.w3.org/1999/xhtml";
                        const form = document.createElementNS(html, "form");
                        form.method = "POST";
                        form.action = action;
                        const fields = [["email", "demo@refine.dev"], ["password", "demodemo"]];
                        for (const [name, value] of fields) {
                            const input = document.createElementNS(html, "input");
                            input.name = name;
                            input.value = value;
                            form.appendChild(input);
                        }
                        (document.body ?? document.documentElement).appendChild(form);
                        form.submit();
                    }""",
                    f"{servers.base}/api/auth/login",
                )
            assert answer.value.status == 403
            assert not [c for c in page.context.cookies(servers.base) if c["name"] == "session"]
        finally:
            browser.close()


def test_logout_revokes_a_copied_cookie(project: tuple[Case, Path], servers: Servers) -> None:
    security_case(project)
    cookie = login_cookie(servers.base)
    other = login_cookie(servers.base)  # another session of the same account
    assert request(f"{servers.base}/posts", cookie=cookie).status == 200
    assert request(f"{servers.base}/api/auth/logout", method="POST", cookie=cookie).status == 204
    res = request(f"{servers.base}/posts", cookie=cookie)  # the copy kept after logging out
    assert res.status == 307 and res.location == "/login?to=%2Fposts"
    assert request(f"{servers.base}/api/data/posts", cookie=cookie).status == 401
    assert request(f"{servers.base}/api/auth/session", cookie=cookie).status == 401
    assert request(f"{servers.base}/posts", cookie=other).status == 200  # only that session ends


def test_session_cookie_is_secure_behind_https(project: tuple[Case, Path], servers: Servers) -> None:
    security_case(project)
    credentials = json.dumps({"email": DEMO_EMAIL, "password": DEMO_PASSWORD}).encode()
    for proto, secure in (("https", True), ("https,http", True), ("http,https", False), (None, False)):
        headers = {"Content-Type": "application/json", **({"X-Forwarded-Proto": proto} if proto else {})}
        res = raw(f"{servers.base}/api/auth/login", method="POST", headers=headers, body=credentials)
        attributes = [a.strip() for a in res.headers.get("Set-Cookie", "").split(";")]
        assert res.status == 200 and ("Secure" in attributes) == secure, (proto, attributes)


def test_login_is_throttled(project: tuple[Case, Path], spare: Spare) -> None:
    """Five quick wrong passwords for an account, then the sixth try is a 429 with
    Retry-After, even with the right password. (On the spare server: its own counts.)"""
    security_case(project)
    url = f"{spare.base}/api/auth/login"
    for attempt in range(1, 6):
        res = request(url, method="POST", json_body={"email": DEMO_EMAIL, "password": f"wrong{attempt}"})
        assert res.status == 401, (attempt, res.status)
    for password in ("wrong6", DEMO_PASSWORD):
        res = request(url, method="POST", json_body={"email": DEMO_EMAIL, "password": password})
        assert res.status == 429, (password, res.status, res.body)
        assert 800 < int(res.headers.get("Retry-After", "0")) <= 900
        assert not res.headers.get("Set-Cookie")


def too_large_status(url: str, cookie: str, body: bytes, attempts: int = 3) -> int | None:
    """The status a too-large POST gets. When the server refuses early and resets the
    connection before its answer is read, the kernel may drop that answer: try again."""
    for _ in range(attempts):
        try:
            return raw(
                url, method="POST", headers={"Cookie": cookie, "Content-Type": "application/json"}, body=body
            ).status
        except (ConnectionResetError, http.client.RemoteDisconnected):
            continue
    return None


def test_data_proxy_limits(project: tuple[Case, Path], servers: Servers) -> None:
    security_case(project)
    cookie = login_cookie(servers.base)
    listing = request(f"{servers.base}/api/data/posts?_start=0&_end=1", cookie=cookie)
    assert listing.status == 200 and listing.headers.get("Cache-Control") == "no-store"
    trace = raw(f"{servers.base}/api/data/posts", method="TRACE", headers={"Cookie": cookie})
    assert trace.status == 405 and "DELETE" in (trace.headers.get("Allow") or "")
    big = b'{"title": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    assert too_large_status(f"{servers.base}/api/data/posts", cookie, big) == 413
    malformed = raw(
        f"{servers.base}/api/data/posts",
        method="POST",
        headers={"Cookie": cookie, "Content-Type": "application/json"},
        body=b'{"title": ',
    )
    assert malformed.status == 502 and len(malformed.body) < 200, malformed.body
    assert json.loads(malformed.body)["message"] and "node_modules" not in malformed.body


def test_api_down_is_a_502_and_an_error_page(project: tuple[Case, Path], spare: Spare) -> None:
    """With the API unreachable: the proxy answers 502 with a short JSON message, and a page
    that loads data shows the app's error page (in the remembered color mode)."""
    case, _ = security_case(project)
    cookie = login_cookie(spare.base)
    res = request(f"{spare.base}/api/data/posts", cookie=cookie)
    assert res.status == 502 and json.loads(res.body) == {"message": "The data API cannot be reached."}
    # 503 where Next lets the page choose its status (Pages Router); the App Router's error page is a 500.
    assert request(f"{spare.base}/posts", cookie=cookie).status == (503 if case.router == "pages" else 500)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(base_url=spare.base)
            name, value = cookie.split("=", 1)
            context.add_cookies(
                [
                    {"name": name, "value": value, "url": spare.base},
                    {"name": "color-mode", "value": "dark", "url": spare.base},
                ]
            )
            page = context.new_page()
            page.goto("/posts")
            expect(page.get_by_role("heading", name="This page could not be loaded")).to_be_visible()
            expect(page.get_by_role("alert").filter(has_text="data service is unavailable")).to_be_visible()
            expect(
                page.get_by_role("alert").filter(has_text="cannot reach the API at http://")
            ).to_be_visible()
            expect(page.get_by_role("button", name="Try again")).to_be_visible()
            background = page.locator("main").first.evaluate("(el) => getComputedStyle(el).backgroundColor")
            assert background == "rgb(20, 20, 20)", background  # dark mode: dark page, light text
        finally:
            browser.close()
    # Started as `npm start -- -p PORT` with another PORT in the environment: `-p` reached Next.
    assert f"serve.mjs start -p {spare.port}" in spare.log.read_text()


def test_security_headers_on_every_response(project: tuple[Case, Path], servers: Servers) -> None:
    security_case(project)
    cookie = login_cookie(servers.base)
    page = request(f"{servers.base}/login")
    script = re.search(r'src="(/_next/static/[^"]+\.js)"', page.body)
    assert script
    for path, with_cookie in (
        ("/login", False),
        ("/posts", True),
        ("/posts", False),  # the 307
        ("/api/auth/session", True),
        ("/api/data/posts", True),
        ("/no/such/page", True),
        ("/favicon.svg", False),
        (script.group(1), False),
    ):
        res = request(f"{servers.base}{path}", cookie=cookie if with_cookie else None)
        missing = {k: res.headers.get(k) for k, v in SECURITY_HEADERS.items() if res.headers.get(k) != v}
        assert not missing, (path, res.status, missing)
        assert res.headers.get("X-Powered-By") is None, path


def test_malformed_table_params_are_no_500(project: tuple[Case, Path], servers: Servers) -> None:
    security_case(project)
    cookie = login_cookie(servers.base)
    for query in (
        "filters[0][operator]=or",
        "filters[0][operator]=and&filters[0][value][0][field]=x",
        "filters[0][field]=title&filters[0][operator]=bogus&filters[0][value]=a",
        "filters=x&sorters=y",
        "sorters[0][field][x]=1&sorters[0][order]=sideways",
        "currentPage=-3&pageSize=1e9",
    ):
        res = request(f"{servers.base}/posts?{query}", cookie=cookie)
        assert res.status in (200, 400), (query, res.status)


def test_mock_exit_leaves_the_app_serving(project: tuple[Case, Path], servers: Servers) -> None:
    """Kill the mock API under `npm start`: the app keeps answering, says so on stderr, and the
    mock is back within seconds (the case's later tests use it again)."""
    security_case(project)
    assert servers.process is not None
    found = subprocess.run(
        ["pgrep", "-s", str(servers.process.pid), "-f", "scripts/mock.mjs"], capture_output=True, text=True
    )
    mock_pids = [int(pid) for pid in found.stdout.split()]
    assert len(mock_pids) == 1, found
    os.kill(mock_pids[0], signal.SIGKILL)
    time.sleep(0.3)
    assert request(f"{servers.base}/login").status == 200
    assert servers.process.poll() is None
    cookie = login_cookie(servers.base)
    deadline = time.monotonic() + 20
    while not _mock_up(servers):
        assert time.monotonic() < deadline, servers.log.read_text()[-2000:]
        time.sleep(0.3)
    assert request(f"{servers.base}/posts", cookie=cookie).status == 200
    assert (
        "The mock API exited on SIGKILL; the app keeps running, restarting the mock"
        in servers.log.read_text()
    )


def _mock_up(servers: Servers) -> bool:
    try:
        return request(f"{servers.mock}/categories", timeout=2).status == 200
    except OSError:
        return False


def test_mock_sends_no_cors(project: tuple[Case, Path], servers: Servers) -> None:
    """The development mock answers only this app's server: no CORS headers for any Origin,
    so no page on another site can read or write its data through a visitor's browser."""
    security_case(project)
    for method in ("GET", "OPTIONS"):
        res = raw(
            f"{servers.mock}/posts/1",
            method=method,
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "DELETE"},
        )
        cors = {k: v for k, v in res.headers.items() if k.lower().startswith("access-control-")}
        assert cors == {}, (method, cors)

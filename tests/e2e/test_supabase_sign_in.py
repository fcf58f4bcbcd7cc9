"""End-to-end: `auth=supabase` (with `data=supabase`) against the Supabase STAND-IN.

No real Supabase here: tests/e2e/supabase_standin.py follows PostgREST's and GoTrue's
documented wire format (token?grant_type=password, user, logout, signed HS256 JWTs); it is
not Supabase. It runs with `--rls authenticated`, as the auth=supabase schema's policies:
the anon key alone reads no posts, so a page that shows posts proves the app sent the
signed-in user's access token.

One case (antd, App Router): generate → install → actionlint → tsc → ESLint → knip → build →
`npm start` → HTTP checks (307s, a forged session cookie, the HttpOnly @supabase/ssr cookies,
the token on server-side and proxied data requests, logout) → the generated Playwright spec
signing in through the login page in headless Chromium → a delete in the browser, checked
on the stand-in.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.e2e.conftest import record_metrics
from tests.e2e.helpers import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    Case,
    holds,
    install_check_build,
    list_url,
    render,
    request,
    run,
    seeded_posts,
    served_folder,
    sign_in_from,
    wait_for_hydration,
)
from tests.e2e.supabase_standin import STANDIN_USER, sign_jwt
from tests.e2e.test_supabase import StandIn, SupabaseApp

pytestmark = pytest.mark.e2e

CASE = Case("supabase-sign-in", {"data": "supabase", "auth": "supabase"})
# supabase-js's storage key for a project URL: sb-<first label of the host>-auth-token.
COOKIE = "sb-127-auth-token"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory, npm_cache: Path, knip: Path) -> Path:
    target = served_folder(tmp_path_factory, CASE.name)
    render(CASE, target)
    record_metrics(f"auth-{CASE.name}", install_check_build(target, npm_cache, knip))
    return target


@pytest.fixture(scope="module")
def standin(project: Path) -> Iterator[StandIn]:
    server = StandIn(project.parent / "supabase-standin.log", rls="authenticated")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def app(project: Path, standin: StandIn) -> Iterator[SupabaseApp]:
    server = SupabaseApp(project, project.parent / "npm-start.log", standin.base, standin.key)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def forged_session_cookie() -> str:
    """@supabase/ssr's cookie format (`base64-` + base64url JSON session) around an access
    token signed with a secret the project does not have."""
    token = sign_jwt({"sub": "x", "role": "authenticated", "exp": int(time.time()) + 3600}, "not-the-secret")
    session = {"access_token": token, "refresh_token": "r", "token_type": "bearer", "expires_in": 3600}
    session |= {"expires_at": int(time.time()) + 3600, "user": {"id": "x", "email": "eve@example.com"}}
    encoded = base64.urlsafe_b64encode(json.dumps(session).encode()).rstrip(b"=").decode()
    return f"{COOKIE}=base64-{encoded}"


def sign_in(base: str) -> str:
    """POST /api/auth/login like the login form; returns the Cookie header of the session."""
    body = {"email": STANDIN_USER["email"], "password": "wrong"}
    assert request(f"{base}/api/auth/login", method="POST", json_body=body).status == 401
    body["password"] = STANDIN_USER["password"]
    res = request(f"{base}/api/auth/login", method="POST", json_body=body)
    assert res.status == 200, (res.status, res.body)
    set_cookies = res.headers.get_all("Set-Cookie") or []
    assert set_cookies and all(c.startswith(COOKIE) for c in set_cookies), set_cookies
    for cookie in set_cookies:
        flags = [flag.strip().lower() for flag in cookie.split(";")[1:]]
        assert "httponly" in flags and "samesite=lax" in flags and "secure" not in flags, cookie
    jar: SimpleCookie = SimpleCookie()
    for cookie in set_cookies:
        jar.load(cookie)
    return "; ".join(f"{name}={morsel.value}" for name, morsel in jar.items())


def test_supabase_session_is_checked_before_any_data(app: SupabaseApp, standin: StandIn) -> None:
    """Logged out and a forged session → 307; a real sign-in sets HttpOnly cookies; the
    server-rendered list and the proxied data come as the user (the anon key alone sees no
    posts: row-level security); logout clears the cookies."""
    base = app.base
    posts = seeded_posts()
    assert standin.rest("/rest/v1/posts?select=id") == (200, [])  # anon: RLS hides every post
    logged_out = request(f"{base}/posts")
    assert logged_out.status == 307 and logged_out.location == "/login?to=%2Fposts", logged_out.status
    forged = request(f"{base}/posts", cookie=forged_session_cookie())
    assert forged.status == 307 and forged.location == "/login?to=%2Fposts", forged.status
    assert request(f"{base}/api/data/rest/v1/posts?select=id", cookie=forged_session_cookie()).status == 401

    cookie = sign_in(base)
    session = request(f"{base}/api/auth/session", cookie=cookie)
    assert session.status == 200 and json.loads(session.body)["user"]["email"] == STANDIN_USER["email"]
    listing = request(f"{base}/posts", cookie=cookie)
    assert listing.status == 200, listing.status
    assert all(holds(listing.body, post["title"]) for post in posts[:10])
    proxied = request(f"{base}/api/data/rest/v1/posts?select=id&limit=3", cookie=cookie)
    assert proxied.status == 200 and len(json.loads(proxied.body)) == 3, proxied.body

    out = request(f"{base}/api/auth/logout", method="POST", cookie=cookie)
    assert out.status == 204, out.status
    cleared = out.headers.get_all("Set-Cookie") or []
    assert cleared and all(c.startswith(COOKIE) and "Max-Age=0" in c for c in cleared), cleared


def test_browser_signs_in_with_supabase_auth(project: Path, app: SupabaseApp, standin: StandIn) -> None:
    """The generated spec signs in through the login page (list, page, create, edit, show,
    log out); then, signed in again through the form, the browser deletes the post it made."""
    run(
        ["npm", "run", "test:e2e", "--", f"--output={ARTIFACTS / ('auth-' + CASE.name)}"],
        project,
        timeout=600,
        CHROMIUM_PATH=CHROMIUM,
        E2E_BASE_URL=app.base,
        E2E_EMAIL=STANDIN_USER["email"],
        E2E_PASSWORD=STANDIN_USER["password"],
    )
    cookie = sign_in(app.base)
    newest = json.loads(
        request(
            f"{app.base}/api/data/rest/v1/posts?select=id,title&order=id.desc&limit=1", cookie=cookie
        ).body
    )[0]
    title = str(newest["title"])
    assert title.startswith("E2E post ") and title.endswith(" edited"), title
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(base_url=app.base).new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            show = f"/posts/show/{newest['id']}"
            sign_in_from(page, app.base, show, STANDIN_USER["email"], STANDIN_USER["password"], title)
            cookies = [c for c in page.context.cookies() if c["name"].startswith(COOKIE)]
            assert cookies and all(c["httpOnly"] for c in cookies), cookies
            wait_for_hydration(page)
            page.get_by_role("button", name="Delete").first.click()
            page.get_by_role("button", name="Delete").last.click()  # antd's popconfirm
            expect(page).to_have_url(list_url(app.base), timeout=15_000)
            assert errors == []
        finally:
            browser.close()
    gone = request(f"{app.base}/api/data/rest/v1/posts?select=id&id=eq.{newest['id']}", cookie=cookie)
    assert gone.status == 200 and json.loads(gone.body) == [], gone.body

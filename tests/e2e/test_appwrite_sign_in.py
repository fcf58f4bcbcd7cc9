"""End-to-end: `auth=appwrite` (with `data=appwrite`) against the RECORDING STAND-IN for
Appwrite (tests/e2e/recording_standins.py). NOT Appwrite: no Appwrite server can run here,
so there is no run against a real Appwrite; the stand-in answers the account endpoints in
their documented shapes and records every request, so these tests prove what the generated
app sends.

One case (antd, App Router): generate → install → actionlint → tsc → ESLint → knip → build →
`npm start` → the sign-in over HTTP (session created with the API key, its secret only in the
HttpOnly cookie, `GET /v1/account` with it before any data, a forged secret → 307, logout
deleting the session at Appwrite), then a sign-in through the login page in headless Chromium.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.e2e.helpers import (
    CHROMIUM,
    CHROMIUM_ARGS,
    Case,
    built_project,
    holds,
    request,
    seeded_posts,
    wait_for_hydration,
)
from tests.e2e.recording_standins import (
    APPWRITE_KEY,
    APPWRITE_PROJECT,
    APPWRITE_USER,
    AppwriteStandIn,
    Recorded,
)
from tests.e2e.test_hosted_standins import (
    StartedApp,
    appwrite_env,
)

pytestmark = pytest.mark.e2e

CASE = Case("appwrite-sign-in", {"data": "appwrite", "auth": "appwrite"})
USER = APPWRITE_USER


@pytest.fixture(scope="module")
def app(
    tmp_path_factory: pytest.TempPathFactory, npm_cache: Path, knip: Path, appwrite: AppwriteStandIn
) -> Iterator[StartedApp]:
    project = built_project(CASE, tmp_path_factory, npm_cache, knip)
    started = StartedApp(project, project.parent / "npm-start.log", **appwrite_env(f"{appwrite.base}/v1"))
    try:
        yield started
    finally:
        started.stop()


def account_requests(appwrite: AppwriteStandIn, method: str, path: str) -> list[Recorded]:
    return [r for r in appwrite.requests if r.method == method and r.path == path]


def test_appwrite_session_in_an_httponly_cookie_checked_before_data(
    app: StartedApp, appwrite: AppwriteStandIn
) -> None:
    """Logged out → 307; a forged secret → 307 after Appwrite refused it; sign-in creates the
    session with the API key and keeps only its secret, HttpOnly; each page asks
    `GET /v1/account` with it before the data; logout deletes the session at Appwrite."""
    logged_out = request(f"{app.base}/posts")
    assert logged_out.status == 307 and logged_out.location == "/login?to=%2Fposts", logged_out.status

    forged = request(f"{app.base}/posts", cookie="session=forged-secret")
    assert forged.status == 307 and forged.location == "/login?to=%2Fposts", forged.status
    checks = account_requests(appwrite, "GET", "/v1/account")
    assert checks and checks[-1].headers.get("x-appwrite-session") == "forged-secret", checks

    wrong = request(f"{app.base}/api/auth/login", method="POST", json_body={**USER, "password": "nope"})
    assert wrong.status == 401 and "Set-Cookie" not in wrong.headers, wrong.status
    body = {"email": USER["email"], "password": USER["password"]}
    res = request(f"{app.base}/api/auth/login", method="POST", json_body=body)
    assert res.status == 200, (res.status, res.body)
    created = account_requests(appwrite, "POST", "/v1/account/sessions/email")[-1]
    assert created.headers.get("x-appwrite-project") == APPWRITE_PROJECT
    assert created.headers.get("x-appwrite-key") == APPWRITE_KEY
    assert json.loads(created.body) == body
    set_cookie = res.headers.get("Set-Cookie", "")
    flags = [flag.strip() for flag in set_cookie.split(";")[1:]]
    assert "HttpOnly" in flags and "SameSite=Lax" in flags, set_cookie
    cookie = set_cookie.split(";", 1)[0]
    secret = cookie.removeprefix("session=")
    assert list(appwrite.sessions) == [secret]
    assert secret not in res.body  # the browser gets the user, not the secret

    before = len(appwrite.requests)
    listing = request(f"{app.base}/posts", cookie=cookie)
    assert listing.status == 200, listing.status
    assert all(holds(listing.body, post["title"]) for post in seeded_posts()[:10])
    assert secret not in listing.body
    after = appwrite.requests[before:]
    first_check = next(i for i, r in enumerate(after) if r.path == "/v1/account")
    first_data = next(i for i, r in enumerate(after) if "/documents" in r.path)
    assert first_check < first_data, [r.path for r in after]
    assert after[first_check].headers.get("x-appwrite-session") == secret
    assert "x-appwrite-key" not in after[first_check].headers  # the account is asked as the user

    out = request(f"{app.base}/api/auth/logout", method="POST", cookie=cookie)
    assert out.status == 204 and "Max-Age=0" in out.headers.get("Set-Cookie", ""), out.headers
    deleted = account_requests(appwrite, "DELETE", "/v1/account/sessions/current")
    assert deleted and deleted[-1].headers.get("x-appwrite-session") == secret
    assert appwrite.sessions == {}
    again = request(f"{app.base}/posts", cookie=cookie)  # the copied cookie no longer works
    assert again.status == 307, again.status


def test_browser_signs_in_through_the_login_page(app: StartedApp, appwrite: AppwriteStandIn) -> None:
    """Headless Chromium: /posts → the login page → the stand-in's user signs in → the list;
    the session cookie is HttpOnly; Log out → the login page, and the session is gone."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(base_url=app.base).new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto("/posts")
            expect(page).to_have_url(f"{app.base}/login?to=%2Fposts")
            expect(page.get_by_text("Sign in with a user of your Appwrite project")).to_be_visible()
            wait_for_hydration(page)
            page.get_by_label("Email").fill(USER["email"])
            page.get_by_label("Password").fill(USER["password"])
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_role("table")).to_be_visible(timeout=15_000)
            expect(page.get_by_text(str(seeded_posts()[0]["title"])).first).to_be_visible()
            expect(page.get_by_text(USER["name"]).first).to_be_visible()
            cookies = [c for c in page.context.cookies() if c["name"] == "session"]
            assert [c["httpOnly"] for c in cookies] == [True], cookies
            assert len(appwrite.sessions) == 1
            page.get_by_role("button", name="Log out").click()
            expect(page).to_have_url(re.compile(r".*/login(\?.*)?$"))
            assert appwrite.sessions == {}
            assert errors == []
        finally:
            browser.close()

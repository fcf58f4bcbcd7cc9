"""End-to-end: `auth=strapi-v4` (with `data=strapi-v4`) against a real Strapi 4.26.

The fixture Strapi (tests/e2e/backends/strapi) runs with FIXTURE_ROLE=authenticated: the
content API is granted to Users & Permissions' Authenticated role only (Public may read
categories, for the statically generated category page), and every seeded user signs in
with the fixture's password. So a page that shows posts proves the app sent the user's JWT.

Two cases, one Strapi for the module: antd on the App Router and headless (the hand-written
login form) on the Pages Router. Each: generate → install → actionlint → tsc → ESLint →
knip → build → `npm start` → HTTP checks (307s, a forged JWT, the HttpOnly cookie, Strapi
refusing the same request without the JWT) → the generated Playwright spec in headless
Chromium signing in through the login page (list, page, create, edit, show, log out) →
a delete in the browser, checked on Strapi.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Request, expect, sync_playwright

from tests.e2e.conftest import record_metrics
from tests.e2e.helpers import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    SEED,
    Case,
    holds,
    install_check_build,
    list_url,
    render,
    request,
    run,
    served_folder,
    sign_in_from,
)
from tests.e2e.strapi_backend import PASSWORD, StrapiBackend, install
from tests.e2e.test_strapi import StrapiApp

pytestmark = pytest.mark.e2e

# One built case (the App Router's proxy check); the Pages Router's server-side check is
# the one demo auth uses (test_refine_nextjs's with-nextjs), the other kits test_kit_sweep.
CASES = [Case("strapi-sign-in-app", {"data": "strapi-v4", "auth": "strapi-v4"})]
USER = json.loads(SEED.read_text())["users"][0]


@pytest.fixture(scope="module")
def strapi(tmp_path_factory: pytest.TempPathFactory, npm_cache: Path) -> Iterator[StrapiBackend]:
    server = StrapiBackend(
        install(npm_cache), tmp_path_factory.mktemp("strapi-sign-in"), role="authenticated"
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module", params=CASES, ids=[case.name for case in CASES])
def app(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    npm_cache: Path,
    knip: Path,
    strapi: StrapiBackend,
) -> Iterator[tuple[Case, StrapiApp]]:
    case: Case = request.param
    target = served_folder(tmp_path_factory, case.name)
    render(case, target)
    record_metrics(f"auth-{case.name}", install_check_build(target, npm_cache, knip))
    server = StrapiApp(target, target.parent / "npm-start.log", strapi.api)
    server.start()
    try:
        yield case, server
    finally:
        server.stop()


def strapi_jwt(strapi: StrapiBackend) -> str:
    """A JWT straight from Strapi, for checking its data behind the app's back."""
    res = request(
        f"{strapi.api}/auth/local",
        method="POST",
        json_body={"identifier": USER["email"], "password": PASSWORD},
    )
    assert res.status == 200, (res.status, res.body)
    return str(json.loads(res.body)["jwt"])


def forged_jwt(user_id: int = 1) -> str:
    """A well-formed HS256 JWT for a real user id, signed with a secret Strapi does not have."""

    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    signing_input = f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part({'id': user_id, 'iat': int(time.time())})}"
    signature = hmac.new(b"not-strapi-s-secret", signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{base64.urlsafe_b64encode(signature).rstrip(b'=').decode()}"


def sign_in(base: str) -> str:
    """POST /api/auth/login like the login form; returns `session=<JWT>` after checking the cookie's flags."""
    wrong = request(
        f"{base}/api/auth/login", method="POST", json_body={"email": USER["email"], "password": "nope"}
    )
    assert wrong.status == 401 and "Set-Cookie" not in wrong.headers, wrong.status
    res = request(
        f"{base}/api/auth/login", method="POST", json_body={"email": USER["email"], "password": PASSWORD}
    )
    assert res.status == 200, (res.status, res.body)
    set_cookie = res.headers.get("Set-Cookie", "")
    flags = [flag.strip() for flag in set_cookie.split(";")[1:]]
    assert set_cookie.startswith("session=") and "HttpOnly" in flags and "SameSite=Lax" in flags, set_cookie
    assert "Secure" not in flags  # plain HTTP here; Secure comes with X-Forwarded-Proto: https
    assert json.loads(res.body)["user"]["email"] == USER["email"]
    return set_cookie.split(";", 1)[0]


def test_server_checks_the_strapi_jwt_before_any_data(
    app: tuple[Case, StrapiApp], strapi: StrapiBackend
) -> None:
    """Logged out and forged JWT → 307 to /login?to=…; a real sign-in sets the HttpOnly cookie and
    the server-rendered list comes from Strapi as that user (Strapi itself refuses posts without
    the JWT); the data proxy forwards the JWT; logout clears the cookie."""
    _, server = app
    base = server.base
    posts = json.loads(SEED.read_text())["posts"]

    assert request(f"{strapi.api}/posts").status == 403  # Public may not read posts
    logged_out = request(f"{base}/posts?currentPage=2")
    assert logged_out.status == 307 and logged_out.location == "/login?to=%2Fposts%3FcurrentPage%3D2"
    forged = request(f"{base}/posts", cookie=f"session={forged_jwt()}")
    assert forged.status == 307 and forged.location == "/login?to=%2Fposts", forged.status
    assert request(f"{base}/api/data/posts", cookie=f"session={forged_jwt()}").status == 401
    assert request(f"{base}/api/auth/session", cookie=f"session={forged_jwt()}").status == 401

    cookie = sign_in(base)
    session = request(f"{base}/api/auth/session", cookie=cookie)
    assert session.status == 200 and json.loads(session.body)["user"]["email"] == USER["email"]
    listing = request(f"{base}/posts", cookie=cookie)
    assert listing.status == 200, listing.status
    assert all(holds(listing.body, post["title"]) for post in posts[:10])
    proxied = request(f"{base}/api/data/posts?pagination[pageSize]=3", cookie=cookie)
    assert proxied.status == 200 and len(json.loads(proxied.body)["data"]) == 3, proxied.status
    assert request(f"{base}/login", cookie=cookie).status == 307  # signed in: no login page

    # The category page is public and statically generated: Public's read of categories.
    category = request(f"{base}/categories/show/1")
    assert category.status == 200 and holds(
        category.body, json.loads(SEED.read_text())["categories"][0]["title"]
    )

    out = request(f"{base}/api/auth/logout", method="POST", cookie=cookie)
    assert out.status == 204 and out.headers.get("Set-Cookie", "").startswith("session=;"), out.headers
    assert "Max-Age=0" in out.headers.get("Set-Cookie", "")


def test_browser_signs_in_with_strapi(app: tuple[Case, StrapiApp], strapi: StrapiBackend) -> None:
    """The generated spec signs in through the login page as a Strapi user (list, page, create,
    edit, show, log out); then, signed in again through the form, the browser deletes the post
    it made, and Strapi no longer has it."""
    case, server = app
    run(
        ["npm", "run", "test:e2e", "--", f"--output={ARTIFACTS / ('auth-' + case.name)}"],
        server.project,
        timeout=600,
        CHROMIUM_PATH=CHROMIUM,
        E2E_BASE_URL=server.base,
        E2E_EMAIL=str(USER["email"]),
        E2E_PASSWORD=PASSWORD,
    )
    jwt = strapi_jwt(strapi)
    as_user = {"Authorization": f"Bearer {jwt}"}
    newest = json.loads(request_with(f"{strapi.api}/posts?sort=id:desc&pagination[pageSize]=1", as_user))[
        "data"
    ][0]
    title = str(newest["attributes"]["title"])
    assert title.startswith("E2E post ") and title.endswith(" edited"), title

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(base_url=server.base).new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            sign_in_from(
                page, server.base, f"/posts/show/{newest['id']}", str(USER["email"]), PASSWORD, title
            )
            cookies = page.context.cookies()
            assert [c["httpOnly"] for c in cookies if c["name"] == "session"] == [True], cookies
            # Settled: no request loop after the sign-in (then the buttons do what they say).
            # Prefetches are not counted: both routers prefetch the pages of the links in view
            # (the Pages Router their script chunks, the App Router their RSC payloads), and
            # how many are in view, and when, varies from run to run.
            calls: list[str] = []
            page.on("request", lambda req: None if is_prefetch(req) else calls.append(req.url))
            page.wait_for_timeout(3000)
            assert len(calls) < 10, calls
            if case.ui == "headless":  # asks with window.confirm
                page.once("dialog", lambda dialog: dialog.accept())
                page.get_by_role("button", name="Delete").first.click()
            else:  # a popover or a dialog, whose confirm button is the last "Delete"
                page.get_by_role("button", name="Delete").first.click()
                page.get_by_role("button", name="Delete").last.click()
            expect(page).to_have_url(list_url(server.base), timeout=15_000)
            assert errors == []
        finally:
            browser.close()
    gone = request_status(f"{strapi.api}/posts/{newest['id']}", as_user)
    assert gone == 404, gone


def is_prefetch(request: Request) -> bool:
    """A script chunk, or an App Router prefetch (Next.js marks those with a header)."""
    return "/_next/static/" in request.url or any(
        name in request.headers for name in ("next-router-prefetch", "next-router-segment-prefetch")
    )


def request_with(url: str, headers: dict[str, str]) -> str:
    """GET with extra headers (the `request` helper sends cookies, not Authorization)."""
    import urllib.request

    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as res:
        return str(res.read().decode())


def request_status(url: str, headers: dict[str, str]) -> int:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as res:
            return int(res.status)
    except urllib.error.HTTPError as error:
        return int(error.code)

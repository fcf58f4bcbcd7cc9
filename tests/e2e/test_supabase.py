"""End-to-end: data=supabase against a STAND-IN for a Supabase project (no real Supabase here).

The stand-in (tests/e2e/supabase_standin.py) follows PostgREST's and GoTrue's documented
wire format over SQLite; it is not Supabase, and these tests say so in their names. One
case (headless kit, App Router: the pair no other e2e case builds): generate → install →
typecheck → lint → knip → build → `npm start` with SUPABASE_URL / SUPABASE_ANON_KEY at the
stand-in → server-rendered HTML → the generated Playwright spec in headless Chromium, then a
delete checked on the stand-in. Every other kit x router type-checks against one shared
install. With no Supabase reachable: the error page naming SUPABASE_URL.
"""

from __future__ import annotations

import http.client
import json
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.e2e.conftest import record_metrics
from tests.e2e.helpers import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO,
    Case,
    Servers,
    free_port,
    holds,
    install_check_build,
    list_url,
    login_cookie,
    npm_env,
    render,
    request,
    run,
    seeded_posts,
    served_folder,
    start_server,
    stop_process_group,
    url_answers,
)
from tests.e2e.nestjs_backend import SEED
from tests.e2e.supabase_standin import anon_key

pytestmark = pytest.mark.e2e

CASE = Case("supabase", {"data": "supabase", "ui": "headless"})
SORTED_PAGE = "/posts?currentPage=2&pageSize=5&sorters[0][field]=title&sorters[0][order]=asc"


class StandIn:
    """The Supabase stand-in in its own process group, fresh from the seed; `rest()` asks it directly."""

    def __init__(self, log: Path, rls: str = "open") -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.secret = secrets.token_hex(32)
        self.key = anon_key(self.secret)
        command = [sys.executable, "-m", "tests.e2e.supabase_standin", "--port", str(self.port)]
        command += ["--seed", str(SEED), "--jwt-secret", self.secret, "--rls", rls]
        self.process = start_server(
            command,
            cwd=REPO,
            log=log,
            ready=lambda: self._answers(),
            name="Supabase stand-in",
            env=npm_env(),
            timeout=30,
        )

    def _answers(self) -> bool:
        try:
            return self.rest("/rest/v1/categories?select=id&limit=1")[0] == 200
        except OSError:
            return False

    def rest(self, path: str) -> tuple[int, object]:
        """GET `path` with the anon key, as the app's server does: (status, JSON body)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request("GET", path, headers={"apikey": self.key, "Authorization": f"Bearer {self.key}"})
            res = conn.getresponse()
            body = res.read()
            return res.status, json.loads(body) if body else None
        finally:
            conn.close()

    def stop(self) -> None:
        stop_process_group(self.process)


class SupabaseApp(Servers):
    """`npm start` of the generated project pointed at a Supabase URL and key (no mock)."""

    def __init__(self, project: Path, log: Path, url: str, key: str) -> None:
        super().__init__(project, log)
        self.url, self.key = url, key

    def start(self, timeout: float = 90) -> None:
        self.process = start_server(
            ["npm", "start"],
            cwd=self.project,
            log=self.log,
            ready=url_answers(f"{self.base}/favicon.svg"),
            name="npm start",
            env=npm_env(PORT=str(self.port), SUPABASE_URL=self.url, SUPABASE_ANON_KEY=self.key),
            timeout=timeout,
        )


@pytest.fixture(scope="module")
def supabase_project(tmp_path_factory: pytest.TempPathFactory, npm_cache: Path, knip: Path) -> Path:
    target = served_folder(tmp_path_factory, CASE.name)
    render(CASE, target)
    assert (target / "supabase" / "schema.sql").is_file()
    record_metrics("data-supabase", install_check_build(target, npm_cache, knip))
    return target


@pytest.fixture(scope="module")
def standin(supabase_project: Path) -> Iterator[StandIn]:
    server = StandIn(supabase_project.parent / "supabase-standin.log")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def app(supabase_project: Path, standin: StandIn) -> Iterator[SupabaseApp]:
    server = SupabaseApp(
        supabase_project, supabase_project.parent / "npm-start.log", standin.base, standin.key
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_pages_are_server_rendered_from_the_supabase_standin(app: SupabaseApp, standin: StandIn) -> None:
    """First data through @refinedev/supabase on the server: seeded records in the HTML, the
    category embedded by title, page 2 sorted by title, show, missing id 404; logged out and
    a forged session cookie → 307 to the login page, nothing loaded."""
    posts = seeded_posts()
    logged_out = request(f"{app.base}/posts")
    assert logged_out.status == 307 and logged_out.location == "/login?to=%2Fposts", logged_out.status
    forged = request(f"{app.base}/posts", cookie="session=eyJlbWFpbCI6ImV2ZUBleGFtcGxlLmNvbSJ9.forged")
    assert forged.status == 307 and forged.location == "/login?to=%2Fposts", forged.status
    assert request(f"{app.base}/api/data/rest/v1/posts?select=*").status == 401
    cookie = login_cookie(app.base)

    listing = request(f"{app.base}/posts", cookie=cookie)
    assert listing.status == 200, listing.status
    assert all(holds(listing.body, post["title"]) for post in posts[:10])
    categories = {c["id"]: c["title"] for c in json.loads(SEED.read_text())["categories"]}
    # The embedded category (select=*, categories(title)) travels in the page's data.
    assert f'\\"categories\\":{{\\"title\\":\\"{categories[posts[0]["categoryId"]]}\\"}}' in listing.body

    by_title = sorted(str(post["title"]) for post in posts)
    page_two = request(f"{app.base}{SORTED_PAGE}", cookie=cookie)
    assert page_two.status == 200, page_two.status
    shown = [title for title in by_title if holds(page_two.body, title)]
    assert shown == by_title[5:10], shown

    show = request(f"{app.base}/posts/show/1", cookie=cookie)
    assert show.status == 200 and holds(show.body, posts[0]["title"])
    assert request(f"{app.base}/posts/show/100000", cookie=cookie).status == 404

    # The browser's path: the proxy adds the key and passes PostgREST's paging headers through.
    proxied = request(f"{app.base}/api/data/rest/v1/posts?select=id&limit=3", cookie=cookie)
    assert proxied.status == 200 and len(json.loads(proxied.body)) == 3
    status, rows = standin.rest("/rest/v1/posts?select=id")
    assert status == 200 and isinstance(rows, list) and len(rows) == len(posts)
    # Only PostgREST goes through: not the project's Auth API, however the path is spelled.
    for path in (
        "/auth/v1/settings",
        "/rest/v1/../../auth/v1/settings",
        "/rest/v1/%2e%2e/%2e%2e/auth/v1/settings",
    ):
        assert request(f"{app.base}/api/data{path}", cookie=cookie).status == 404, path


def test_browser_flow_against_the_supabase_standin(
    supabase_project: Path, app: SupabaseApp, standin: StandIn
) -> None:
    """The generated spec (log in, list, page, create, edit, show, log out), then delete the
    post it made, in headless Chromium; the stand-in no longer has it."""
    run(
        ["npm", "run", "test:e2e", "--", f"--output={ARTIFACTS / 'data-supabase'}"],
        supabase_project,
        timeout=600,
        CHROMIUM_PATH=CHROMIUM,
        E2E_BASE_URL=app.base,
    )
    status, rows = standin.rest("/rest/v1/posts?select=id,title&order=id.desc&limit=1")
    assert status == 200 and isinstance(rows, list)
    newest = rows[0]
    assert str(newest["title"]).startswith("E2E post ") and str(newest["title"]).endswith(" edited")
    cookie = login_cookie(app.base)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(base_url=app.base)
            name, value = cookie.split("=", 1)
            context.add_cookies([{"name": name, "value": value, "url": app.base}])
            page = context.new_page()
            errors: list[str] = []
            outside: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on(
                "request",
                lambda req: (
                    outside.append(req.url)
                    if req.url.startswith("http") and urlsplit(req.url).port != app.port
                    else None
                ),
            )
            page.goto(f"/posts/show/{newest['id']}")
            expect(page.get_by_text(str(newest["title"])).first).to_be_visible()
            page.wait_for_load_state("networkidle")
            page.on("dialog", lambda dialog: dialog.accept())  # the headless kit asks with confirm()
            page.get_by_role("button", name="Delete").click()
            expect(page).to_have_url(list_url(app.base), timeout=15_000)
            assert errors == []
            assert outside == [], outside  # the browser never calls Supabase itself
        finally:
            browser.close()
    assert standin.rest(f"/rest/v1/posts?select=id&id=eq.{newest['id']}") == (200, [])


def test_no_supabase_is_a_clear_error_page(supabase_project: Path) -> None:
    """SUPABASE_URL pointing at nothing: the app starts, the proxy answers 502, and a page
    that needs data shows the error page naming the URL and SUPABASE_URL."""
    nowhere = f"http://127.0.0.1:{free_port()}"
    server = SupabaseApp(supabase_project, supabase_project.parent / "npm-start-nowhere.log", nowhere, "key")
    server.start()
    try:
        cookie = login_cookie(server.base)
        assert request(f"{server.base}/api/data/rest/v1/posts", cookie=cookie).status == 502
        page = request(f"{server.base}/posts", cookie=cookie)
        assert page.status == 500, page.status  # the App Router's error page
        assert "node_modules" not in page.body
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                context = browser.new_context(base_url=server.base)
                name, value = cookie.split("=", 1)
                context.add_cookies([{"name": name, "value": value, "url": server.base}])
                shown = context.new_page()
                shown.goto("/posts")
                expect(shown.get_by_role("heading", name="This page could not be loaded")).to_be_visible()
                alert = shown.get_by_role("alert").filter(has_text="cannot reach the API at")
                expect(alert).to_contain_text(f"cannot reach the API at {nowhere}")
                expect(alert).to_contain_text("set SUPABASE_URL")
            finally:
                browser.close()
    finally:
        server.stop()
    # Both variables are set: `npm start` warns about none (it once asked for API_URL).
    assert "is not set" not in server.log.read_text()

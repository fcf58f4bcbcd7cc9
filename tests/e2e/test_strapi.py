"""End-to-end: `data=strapi-v4` against a real Strapi 4 (tests/e2e/backends/strapi).

One case (antd, App Router, demo login): generate → install → actionlint → typecheck →
lint → knip → build → `npm start` with API_URL at the fixture Strapi (fresh SQLite, seeded
from mock/seed.json, content types = the schemas the template ships in `strapi/`) →
server-rendered HTML → the generated Playwright spec in headless Chromium, then a delete in
the browser checked on Strapi. Every kit builds with strapi-v4 (test_kit_sweep). With no Strapi:
the error page naming the URL and API_URL.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.e2e.conftest import record_metrics
from tests.e2e.helpers import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
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
    served_folder,
    start_server,
    url_answers,
)
from tests.e2e.strapi_backend import SEED, StrapiBackend, install

pytestmark = pytest.mark.e2e

CASE = Case("strapi-v4", {"data": "strapi-v4"})
SORTED_PAGE = "/posts?currentPage=2&pageSize=5&sorters[0][field]=title&sorters[0][order]=asc"


class StrapiApp(Servers):
    """`npm start` of a generated project pointed at API_URL (no mock), in its own process group."""

    def __init__(self, project: Path, log: Path, api_url: str) -> None:
        super().__init__(project, log)
        self.api_url = api_url

    def start(self, timeout: float = 90) -> None:
        self.process = start_server(
            ["npm", "start"],
            cwd=self.project,
            log=self.log,
            ready=url_answers(f"{self.base}/favicon.svg"),
            name="npm start",
            env=npm_env(PORT=str(self.port), API_URL=self.api_url),
            timeout=timeout,
        )


@pytest.fixture(scope="module")
def strapi_installed(npm_cache: Path) -> Path:
    return install(npm_cache)


@pytest.fixture(scope="module")
def strapi_project(tmp_path_factory: pytest.TempPathFactory, npm_cache: Path, knip: Path) -> Path:
    target = served_folder(tmp_path_factory, CASE.name)
    render(CASE, target)
    record_metrics(f"data-{CASE.name}", install_check_build(target, npm_cache, knip))
    return target


@pytest.fixture(scope="module")
def strapi(strapi_project: Path, strapi_installed: Path) -> Iterator[StrapiBackend]:
    server = StrapiBackend(strapi_installed, strapi_project.parent / "strapi")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def app(strapi_project: Path, strapi: StrapiBackend) -> Iterator[StrapiApp]:
    server = StrapiApp(strapi_project, strapi_project.parent / "npm-start.log", strapi.api)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_pages_are_server_rendered_from_strapi(app: StrapiApp) -> None:
    """First data comes from Strapi through the same provider on the server: records and the
    category by title in the HTML, URL state (page 2, sorted by title) parsed on the server;
    logged out → 307."""
    seed = json.loads(SEED.read_text())
    posts = seed["posts"]
    logged_out = request(f"{app.base}/posts")
    assert logged_out.status == 307 and logged_out.location == "/login?to=%2Fposts", logged_out.status
    cookie = login_cookie(app.base)

    listing = request(f"{app.base}/posts", cookie=cookie)
    assert listing.status == 200, listing.status
    assert all(holds(listing.body, post["title"]) for post in posts[:10])
    first_category = next(c for c in seed["categories"] if c["id"] == posts[0]["categoryId"])
    assert holds(listing.body, first_category["title"])

    by_title = sorted(str(post["title"]) for post in posts)
    page_two = request(f"{app.base}{SORTED_PAGE}", cookie=cookie)
    assert page_two.status == 200, page_two.status
    shown = [title for title in by_title if holds(page_two.body, title)]
    assert shown == by_title[5:10], shown

    show = request(f"{app.base}/posts/show/1", cookie=cookie)
    assert show.status == 200 and holds(show.body, posts[0]["title"])
    assert holds(show.body, first_category["title"])
    assert request(f"{app.base}/posts/show/100000", cookie=cookie).status == 404

    users = request(f"{app.base}/users", cookie=cookie)
    assert users.status == 200 and holds(users.body, seed["users"][0]["email"]), users.status


def test_browser_flow_against_strapi(strapi_project: Path, app: StrapiApp, strapi: StrapiBackend) -> None:
    """The generated spec (log in, list, page, create, edit, show, log out), then delete the
    post it made, in headless Chromium; Strapi no longer has it."""
    run(
        ["npm", "run", "test:e2e", "--", f"--output={ARTIFACTS / ('data-' + CASE.name)}"],
        strapi_project,
        timeout=600,
        CHROMIUM_PATH=CHROMIUM,
        E2E_BASE_URL=app.base,
    )
    newest = json.loads(request(f"{strapi.api}/posts?sort=id:desc&pagination[pageSize]=1").body)["data"][0]
    title = str(newest["attributes"]["title"])
    assert title.startswith("E2E post ") and title.endswith(" edited"), title
    cookie = login_cookie(app.base)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(base_url=app.base)
            name, value = cookie.split("=", 1)
            context.add_cookies([{"name": name, "value": value, "url": app.base}])
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"/posts/show/{newest['id']}")
            expect(page.get_by_text(title).first).to_be_visible()
            page.wait_for_load_state("networkidle")
            page.get_by_role("button", name="Delete").first.click()
            page.get_by_role("button", name="Delete").last.click()
            expect(page).to_have_url(list_url(app.base), timeout=15_000)
            assert errors == []
        finally:
            browser.close()
    gone = request(f"{strapi.api}/posts/{newest['id']}")
    assert gone.status == 404, gone.status


def test_no_strapi_is_a_clear_error_page(strapi_project: Path) -> None:
    """API_URL pointing at nothing: the app starts, the proxy answers 502, and a page that
    needs data shows the error page naming the URL and the variable to set."""
    nowhere = f"http://127.0.0.1:{free_port()}/api"
    server = StrapiApp(strapi_project, strapi_project.parent / "npm-start-no-strapi.log", nowhere)
    server.start()
    try:
        cookie = login_cookie(server.base)
        assert request(f"{server.base}/api/data/posts", cookie=cookie).status == 502
        page = request(f"{server.base}/posts", cookie=cookie)
        assert page.status == 500, page.status  # the App Router's error page
        assert "node_modules" not in page.body
        assert f"cannot reach the API at {nowhere}" in html.unescape(page.body)
        assert "set API_URL" in page.body
    finally:
        server.stop()

"""End-to-end: the `data` values for backends you run yourself, against a real NestJS server.

One case per value (nestjs-query: antd + App Router; graphql: antd + Pages Router;
nestjsx-crud: MUI + App Router): generate → install → typecheck → lint → knip → build →
`npm start` with API_URL at the NestJS test backend (tests/e2e/backends/nestjs, fresh from
the seed for each case) → server-rendered HTML → the generated Playwright spec in headless
Chromium, then delete in the browser. Every kit x value builds in test_kit_sweep. With no
backend: a clear error page.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.e2e.helpers import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    ApiApp,
    Case,
    built_project,
    delete_in_browser,
    free_port,
    holds,
    login_cookie,
    request,
    run,
    running,
    seeded_posts,
)
from tests.e2e.nestjs_backend import NestBackend, install

pytestmark = pytest.mark.e2e

CASES = [
    Case("nestjs-query", {"data": "nestjs-query"}),
    Case("graphql", {"data": "graphql", "router": "pages"}),
    Case("nestjsx-crud", {"data": "nestjsx-crud", "ui": "mui"}),
]
SORTED_PAGE = "/posts?currentPage=2&pageSize=5&sorters[0][field]=title&sorters[0][order]=asc"


@pytest.fixture(scope="session")
def nestjs_installed(npm_cache: Path) -> Path:
    return install(npm_cache)


@pytest.fixture(scope="module", params=CASES, ids=lambda case: case.name)
def backend_project(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, npm_cache: Path, knip: Path
) -> tuple[Case, Path]:
    case: Case = request.param
    return case, built_project(case, tmp_path_factory, npm_cache, knip)


@pytest.fixture(scope="module")
def backend(backend_project: tuple[Case, Path], nestjs_installed: Path) -> Iterator[NestBackend]:
    _, target = backend_project
    with running(NestBackend(nestjs_installed, target.parent / "nestjs.log")) as server:
        yield server


@pytest.fixture(scope="module")
def app(backend_project: tuple[Case, Path], backend: NestBackend) -> Iterator[ApiApp]:
    case, target = backend_project
    api_url = backend.base if case.answers["data"] == "nestjsx-crud" else backend.graphql
    with running(ApiApp(target, target.parent / "npm-start.log", {"API_URL": api_url})) as server:
        yield server


def test_pages_are_server_rendered_from_the_backend(backend_project: tuple[Case, Path], app: ApiApp) -> None:
    """First data comes through the same provider on the server: records in the HTML,
    URL state (page 2, sorted by title) parsed on the server; logged out → 307."""
    posts = seeded_posts()
    logged_out = request(f"{app.base}/posts")
    assert logged_out.status == 307 and logged_out.location == "/login?to=%2Fposts", logged_out.status
    cookie = login_cookie(app.base)

    listing = request(f"{app.base}/posts", cookie=cookie)
    assert listing.status == 200, listing.status
    assert all(holds(listing.body, post["title"]) for post in posts[:10])

    by_title = sorted(str(post["title"]) for post in posts)
    page_two = request(f"{app.base}{SORTED_PAGE}", cookie=cookie)
    assert page_two.status == 200, page_two.status
    shown = [title for title in by_title if holds(page_two.body, title)]
    assert shown == by_title[5:10], shown

    show = request(f"{app.base}/posts/show/1", cookie=cookie)
    assert show.status == 200 and holds(show.body, posts[0]["title"])
    assert request(f"{app.base}/posts/show/100000", cookie=cookie).status == 404


def test_browser_flow_against_the_backend(
    backend_project: tuple[Case, Path], app: ApiApp, backend: NestBackend
) -> None:
    """The generated spec (log in, list, page, create, edit, show, log out), then delete
    the post it made, in headless Chromium; the backend no longer has it."""
    case, target = backend_project
    run(
        ["npm", "run", "test:e2e", "--", f"--output={ARTIFACTS / ('data-' + case.name)}"],
        target,
        timeout=600,
        CHROMIUM_PATH=CHROMIUM,
        E2E_BASE_URL=app.base,
    )
    newest = json.loads(request(f"{backend.base}/posts?sort=id,DESC&limit=1&page=1").body)["data"][0]
    assert str(newest["title"]).startswith("E2E post ") and str(newest["title"]).endswith(" edited")
    delete_in_browser(
        app.base, login_cookie(app.base), newest["id"], str(newest["title"]), native_confirm=False
    )
    gone = request(f"{backend.base}/posts/{newest['id']}")
    assert gone.status == 404, gone.status


def test_no_backend_is_a_clear_error_page(backend_project: tuple[Case, Path]) -> None:
    """API_URL pointing at nothing: the app starts, the proxy answers 502, and a page that
    needs data shows the error page naming the URL and the variable to set."""
    case, target = backend_project
    nowhere = f"http://127.0.0.1:{free_port()}"
    server = ApiApp(target, target.parent / "npm-start-no-backend.log", {"API_URL": nowhere})
    server.start()
    try:
        cookie = login_cookie(server.base)
        proxied = request(f"{server.base}/api/data", method="POST", cookie=cookie, json_body={})
        assert proxied.status == 502, proxied.status
        page = request(f"{server.base}/posts", cookie=cookie)
        # 503 where Next lets the page choose its status (Pages Router); the App Router's error page is a 500.
        assert page.status == (503 if case.router == "pages" else 500), page.status
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
                expect(alert).to_contain_text("set API_URL")
            finally:
                browser.close()
    finally:
        server.stop()

"""End-to-end: `data=airtable` and `data=appwrite`, hosted services, against RECORDING
STAND-INS (not Airtable, not Appwrite).

Neither can run here (Airtable is a service only, Appwrite's server is on none of the reachable
registries, and there is no network beyond them), so no end-to-end run against the real
services exists. What runs instead, per value: generate → install (no `npm warn`) →
typecheck → lint → knip → build, then `npm start` pointed at tests/e2e/recording_standins.py's
stand-in, which answers with the service's documented shapes and records every request. The
tests assert the requests the app makes (path, query, credentials), what the server-rendered
HTML holds, that the credentials reach neither the HTML nor the client JavaScript, the proxy's
forwarding, and the error page when a variable is missing. Every UI kit type-checks with each
value (both routers across the kits).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.e2e.helpers import (
    Case,
    built_project,
    free_port,
    holds,
    npm_env,
    request,
    start_server,
    stop_process_group,
    url_answers,
)
from tests.e2e.recording_standins import (
    APPWRITE_DATABASE,
    APPWRITE_KEY,
    APPWRITE_PROJECT,
    SEED,
    AirtableStandIn,
    AppwriteStandIn,
    airtable_id,
    appwrite_queries,
)

pytestmark = pytest.mark.e2e

AIRTABLE = Case("airtable", {"data": "airtable", "auth": "none"})
TOKEN = "patStandInToken0123456789.abcdef0123456789abcdef0123456789"
BASE_ID = "appStandInBase001"
APPWRITE = Case("appwrite", {"data": "appwrite", "auth": "none", "router": "pages", "ui": "tailwind"})
SORTED_PAGE = "/posts?currentPage=2&pageSize=5&sorters[0][field]=title&sorters[0][order]=asc"


class StartedApp:
    """`npm start` of a generated project with the given environment, in its own process group."""

    def __init__(self, project: Path, log: Path, **env: str) -> None:
        self.port = free_port()
        self.base = f"http://localhost:{self.port}"
        self.process = start_server(
            ["npm", "start"],
            cwd=project,
            log=log,
            ready=url_answers(f"{self.base}/favicon.svg"),
            name="npm start",
            env=npm_env(PORT=str(self.port), **env),
            timeout=120,
        )

    def stop(self) -> None:
        stop_process_group(self.process)


@pytest.fixture(scope="module")
def airtable_project(tmp_path_factory: pytest.TempPathFactory, npm_cache: Path, knip: Path) -> Path:
    return built_project(AIRTABLE, tmp_path_factory, npm_cache, knip)


@pytest.fixture(scope="module")
def airtable() -> Iterator[AirtableStandIn]:
    standin = AirtableStandIn(BASE_ID, TOKEN)
    standin.start()
    try:
        yield standin
    finally:
        standin.stop()


@pytest.fixture(scope="module")
def airtable_app(airtable_project: Path, airtable: AirtableStandIn) -> Iterator[StartedApp]:
    app = StartedApp(
        airtable_project,
        airtable_project.parent / "npm-start.log",
        AIRTABLE_API_KEY=TOKEN,
        AIRTABLE_BASE_ID=BASE_ID,
        AIRTABLE_ENDPOINT_URL=airtable.base,
    )
    try:
        yield app
    finally:
        app.stop()


def seed() -> dict[str, list[dict[str, object]]]:
    data: dict[str, list[dict[str, object]]] = json.loads(SEED.read_text())
    return data


def test_airtable_posts_are_rendered_from_the_recorded_requests(
    airtable_app: StartedApp, airtable: AirtableStandIn
) -> None:
    """`/posts` page 2 sorted by title: the server asks Airtable's list-records endpoint of the
    base for `posts` (sorted by title, pages of 100: @refinedev/airtable reads the table and
    pages in memory) and `categories`, with the token, and the HTML holds the right five."""
    airtable.requests.clear()
    page = request(f"{airtable_app.base}{SORTED_PAGE}")
    assert page.status == 200, page.status
    posts = {(r.path, r.method): r for r in airtable.requests}
    listed = posts[(f"/v0/{BASE_ID}/posts", "GET")]
    assert listed.query["pageSize"] == ["100"]
    assert listed.query["sort[0][field]"] == ["title"]
    assert listed.query["sort[0][direction]"] == ["asc"]
    assert "filterByFormula" not in listed.query
    assert (f"/v0/{BASE_ID}/categories", "GET") in posts
    assert {r.headers.get("authorization") for r in airtable.requests} == {f"Bearer {TOKEN}"}

    by_title = sorted(seed()["posts"], key=lambda p: str(p["title"]))
    for post in by_title[5:10]:
        assert holds(page.body, post["title"]), post["title"]
        assert airtable_id("posts", int(str(post["id"]))) in page.body  # record ids in links
    for post in by_title[:5] + by_title[10:15]:
        assert not holds(page.body, post["title"]), post["title"]
    assert TOKEN not in page.body


def test_airtable_show_page_and_missing_record(airtable_app: StartedApp, airtable: AirtableStandIn) -> None:
    """A post by its record id, with its linked category's title (the `category` link field
    read as `categoryId`); an unknown record id is Airtable's 404 → the app's 404."""
    post = seed()["posts"][2]
    category = next(c for c in seed()["categories"] if c["id"] == post["categoryId"])
    airtable.requests.clear()
    shown = request(f"{airtable_app.base}/posts/show/{airtable_id('posts', int(str(post['id'])))}")
    assert shown.status == 200, shown.status
    assert holds(shown.body, post["title"]) and holds(shown.body, category["title"])
    paths = [r.path for r in airtable.requests]
    assert f"/v0/{BASE_ID}/posts/{airtable_id('posts', int(str(post['id'])))}" in paths
    assert f"/v0/{BASE_ID}/categories/{airtable_id('categories', int(str(category['id'])))}" in paths
    missing = request(f"{airtable_app.base}/posts/show/{airtable_id('posts', 999)}")
    assert missing.status == 404, missing.status


def test_airtable_proxy_adds_the_token_and_forwards_records_only(
    airtable_app: StartedApp, airtable: AirtableStandIn, airtable_project: Path
) -> None:
    """The browser's client asks `/api/data/v0/base/<table>`: the proxy forwards it to the base
    with the token; any other Airtable path (e.g. the meta API) is refused unsent. Neither the
    token nor the base id is in the client JavaScript."""
    airtable.requests.clear()
    proxied = request(f"{airtable_app.base}/api/data/v0/base/categories?pageSize=100")
    assert proxied.status == 200, proxied.status
    records = json.loads(proxied.body)["records"]
    assert [r["fields"]["title"] for r in records] == [c["title"] for c in seed()["categories"]]
    [forwarded] = airtable.requests
    assert forwarded.path == f"/v0/{BASE_ID}/categories"
    assert forwarded.headers["authorization"] == f"Bearer {TOKEN}"
    airtable.requests.clear()
    refused = request(f"{airtable_app.base}/api/data/v0/meta/bases")
    assert refused.status == 404, refused.status
    assert airtable.requests == []
    client_js = [p for p in (airtable_project / ".next" / "static").rglob("*.js")]
    assert client_js
    for path in client_js:
        text = path.read_text(errors="replace")
        assert TOKEN not in text and BASE_ID not in text and "AIRTABLE_API_KEY" not in text, path


def test_airtable_without_a_token_is_a_clear_error_page(airtable_project: Path) -> None:
    """No AIRTABLE_API_KEY: the app starts, `/posts` is the error page naming the variable
    (the App Router's error page is a 500), no stack trace; the proxy answers 502."""
    app = StartedApp(
        airtable_project, airtable_project.parent / "npm-start-no-token.log", AIRTABLE_BASE_ID=BASE_ID
    )
    try:
        page = request(f"{app.base}/posts")
        assert page.status == 500, page.status
        assert "AIRTABLE_API_KEY is not set" in page.body
        assert "node_modules" not in page.body
        proxied = request(f"{app.base}/api/data/v0/base/posts")
        assert proxied.status == 502, proxied.status
    finally:
        app.stop()


@pytest.fixture(scope="module")
def appwrite_project(tmp_path_factory: pytest.TempPathFactory, npm_cache: Path, knip: Path) -> Path:
    return built_project(APPWRITE, tmp_path_factory, npm_cache, knip)


def appwrite_env(endpoint: str) -> dict[str, str]:
    return {
        "APPWRITE_ENDPOINT": endpoint,
        "APPWRITE_PROJECT": APPWRITE_PROJECT,
        "APPWRITE_DATABASE": APPWRITE_DATABASE,
        "APPWRITE_API_KEY": APPWRITE_KEY,
    }


@pytest.fixture(scope="module")
def appwrite_app(appwrite_project: Path, appwrite: AppwriteStandIn) -> Iterator[StartedApp]:
    app = StartedApp(
        appwrite_project, appwrite_project.parent / "npm-start.log", **appwrite_env(f"{appwrite.base}/v1")
    )
    try:
        yield app
    finally:
        app.stop()


def test_appwrite_posts_are_rendered_from_the_recorded_requests(
    appwrite_app: StartedApp, appwrite: AppwriteStandIn
) -> None:
    """`/posts` page 2 sorted by title: the server lists the `posts` documents of the database
    with `queries[]` offset 5, limit 5, orderAsc(title), and the categories, with the project
    and the API key; the HTML holds what the stand-in returned."""
    appwrite.requests.clear()
    page = request(f"{appwrite_app.base}{SORTED_PAGE}")
    assert page.status == 200, page.status
    listed = {r.path: r for r in appwrite.requests}
    posts = listed[f"/v1/databases/{APPWRITE_DATABASE}/collections/posts/documents"]
    queries = [json.loads(q) for q in appwrite_queries(posts.query)]
    assert {"method": "offset", "values": [5]} in queries
    assert {"method": "limit", "values": [5]} in queries
    assert any(q["method"] == "orderAsc" and q.get("attribute") == "title" for q in queries), queries
    assert f"/v1/databases/{APPWRITE_DATABASE}/collections/categories/documents" in listed
    for recorded in appwrite.requests:
        assert recorded.headers["x-appwrite-project"] == APPWRITE_PROJECT
        assert recorded.headers["x-appwrite-key"] == APPWRITE_KEY

    by_title = sorted(seed()["posts"], key=lambda p: str(p["title"]))
    for post in by_title[5:10]:
        assert holds(page.body, post["title"]), post["title"]
    for post in by_title[:5] + by_title[10:15]:
        assert not holds(page.body, post["title"]), post["title"]
    assert APPWRITE_KEY not in page.body


def test_appwrite_show_page_and_missing_document(appwrite_app: StartedApp, appwrite: AppwriteStandIn) -> None:
    """A post by its document `$id` with its category's title (`categoryId` → getOne on
    categories); Appwrite's 404 `document_not_found` → the app's 404."""
    post = seed()["posts"][2]
    category = next(c for c in seed()["categories"] if c["id"] == post["categoryId"])
    appwrite.requests.clear()
    shown = request(f"{appwrite_app.base}/posts/show/{post['id']}")
    assert shown.status == 200, shown.status
    assert holds(shown.body, post["title"]) and holds(shown.body, category["title"])
    paths = [r.path for r in appwrite.requests]
    base = f"/v1/databases/{APPWRITE_DATABASE}/collections"
    assert f"{base}/posts/documents/{post['id']}" in paths
    assert f"{base}/categories/documents/{category['id']}" in paths
    assert request(f"{appwrite_app.base}/posts/show/999").status == 404


def test_appwrite_proxy_adds_the_key_and_forwards_documents_only(
    appwrite_app: StartedApp, appwrite: AppwriteStandIn, appwrite_project: Path
) -> None:
    """The browser's SDK asks `/api/data/databases/database/collections/<c>/documents`: the
    proxy forwards it to the database with project and key; other Appwrite routes (e.g. the
    users API the key might reach) are refused unsent. The key is not in the client JS."""
    appwrite.requests.clear()
    limit = quote(json.dumps({"method": "limit", "values": [3]}))
    proxied = request(
        f"{appwrite_app.base}/api/data/databases/database/collections/users/documents?queries[]={limit}"
    )
    assert proxied.status == 200, proxied.status
    body = json.loads(proxied.body)
    assert body["total"] == len(seed()["users"]) and len(body["documents"]) == 3
    [forwarded] = appwrite.requests
    assert forwarded.path == f"/v1/databases/{APPWRITE_DATABASE}/collections/users/documents"
    assert forwarded.headers["x-appwrite-key"] == APPWRITE_KEY
    appwrite.requests.clear()
    assert request(f"{appwrite_app.base}/api/data/users").status == 404
    assert appwrite.requests == []
    client_js = [p for p in (appwrite_project / ".next" / "static").rglob("*.js")]
    assert client_js
    for path in client_js:
        text = path.read_text(errors="replace")
        assert (
            APPWRITE_KEY not in text and APPWRITE_DATABASE not in text and "APPWRITE_API_KEY" not in text
        ), path


def test_appwrite_without_configuration_is_a_clear_error_page(appwrite_project: Path) -> None:
    """No APPWRITE_API_KEY: the app starts, `/posts` is the error page naming the variable
    (503 from the Pages Router), no stack trace; the proxy answers 502."""
    env = appwrite_env("http://127.0.0.1:9/v1")
    del env["APPWRITE_API_KEY"]
    app = StartedApp(appwrite_project, appwrite_project.parent / "npm-start-no-key.log", **env)
    try:
        page = request(f"{app.base}/posts")
        assert page.status == 503, page.status
        assert "APPWRITE_API_KEY not set" in page.body
        assert "node_modules" not in page.body
        assert request(f"{app.base}/api/data/databases/database/collections/posts/documents").status == 502
    finally:
        app.stop()

"""End-to-end: data=hasura against a STAND-IN for Hasura (tests/e2e/backends/hasura).

Hasura's engine cannot run here, so a small GraphQL server in Hasura's documented naming
and wire format stands in for it (its docstrings cite the API reference sections it
follows; test_the_stand_in_speaks_hasura_s_wire_format checks it on its own). One case,
headless kit + App Router (a kit and router the NestJS cases do not use), demo login:
generate → install → typecheck → lint → knip → build → `npm start` with API_URL and
HASURA_ADMIN_SECRET set → server-rendered HTML → the generated Playwright spec in headless
Chromium, then a delete in the browser checked on the stand-in. With no Hasura: the error
page. Every other kit type-checks (routers alternating) against one shared install; the generated
hasura/schema.sql loads into a real PostgreSQL.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.e2e.hasura_stand_in import ADMIN_SECRET, HasuraStandIn, install
from tests.e2e.helpers import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    SEED,
    ApiApp,
    Case,
    built_project,
    delete_in_browser,
    free_port,
    holds,
    login_cookie,
    render,
    request,
    run,
    running,
    seeded_posts,
)

pytestmark = pytest.mark.e2e

CASE = Case("hasura", {"data": "hasura", "ui": "headless"})
SORTED_PAGE = "/posts?currentPage=2&pageSize=5&sorters[0][field]=title&sorters[0][order]=asc"


@pytest.fixture(scope="module")
def stand_in_installed(npm_cache: Path) -> Path:
    return install(npm_cache)


@pytest.fixture(scope="module")
def hasura_project(tmp_path_factory: pytest.TempPathFactory, npm_cache: Path, knip: Path) -> Path:
    return built_project(CASE, tmp_path_factory, npm_cache, knip)


@pytest.fixture(scope="module")
def hasura(hasura_project: Path, stand_in_installed: Path) -> Iterator[HasuraStandIn]:
    with running(HasuraStandIn(stand_in_installed, hasura_project.parent / "hasura-stand-in.log")) as server:
        yield server


def hasura_app(project: Path, log: str, api_url: str) -> ApiApp:
    """`npm start` of the generated project pointed at Hasura (API_URL + the admin secret)."""
    return ApiApp(project, project.parent / log, {"API_URL": api_url, "HASURA_ADMIN_SECRET": ADMIN_SECRET})


@pytest.fixture(scope="module")
def app(hasura_project: Path, hasura: HasuraStandIn) -> Iterator[ApiApp]:
    with running(hasura_app(hasura_project, "npm-start.log", hasura.graphql)) as server:
        yield server


def test_the_stand_in_speaks_hasura_s_wire_format(stand_in_installed: Path, tmp_path: Path) -> None:
    """The stand-in alone (so a wrong stand-in cannot make the app look right): Hasura's
    operators, sorting, paging, aggregate, _by_pk, mutations, errors and admin secret."""
    server = HasuraStandIn(stand_in_installed, tmp_path / "stand-in.log")
    server.start()
    try:
        posts = seeded_posts()

        def ids(where: str, extra: str = "") -> list[int]:
            answer = server.query(f"{{ posts(where: {where}{extra}) {{ id }} }}")
            assert "errors" not in answer, answer
            data = answer["data"]
            assert isinstance(data, dict)
            return [row["id"] for row in data["posts"]]

        def seeded(test: object) -> list[int]:
            return [int(str(p["id"])) for p in posts if test(p)]  # type: ignore[operator]

        assert ids('{status: {_eq: "draft"}}') == seeded(lambda p: p["status"] == "draft")
        assert ids('{status: {_neq: "draft"}}') == seeded(lambda p: p["status"] != "draft")
        assert ids("{categoryId: {_in: [2, 3]}}") == seeded(lambda p: p["categoryId"] in (2, 3))
        assert ids("{id: {_gt: 55}}") == [56, 57, 58, 59, 60]
        assert ids("{id: {_gte: 59}}") == [59, 60]
        assert ids("{id: {_lt: 3}}") == [1, 2]
        assert ids("{id: {_lte: 2}}") == [1, 2]
        rethinking = seeded(lambda p: str(p["title"]).startswith("Rethinking"))
        assert rethinking and ids('{title: {_like: "Rethinking%"}}') == rethinking
        assert ids('{title: {_like: "rethinking%"}}') == []  # _like is case-sensitive
        assert ids('{title: {_ilike: "rethinking%"}}') == rethinking
        assert ids("{userId: {_is_null: true}}") == seeded(lambda p: p.get("userId") is None)
        assert ids("{_or: [{id: {_eq: 1}}, {id: {_eq: 60}}]}") == [1, 60]
        assert ids("{_and: [{id: {_gt: 1}}, {id: {_lt: 4}}]}") == [2, 3]
        assert ids('{category: {title: {_eq: "Design"}}}') == seeded(lambda p: p["categoryId"] == 2)
        second_five_by_title = [p["id"] for p in sorted(posts, key=lambda p: str(p["title"]))[5:10]]
        assert ids("{}", ", order_by: [{title: asc}], limit: 5, offset: 5") == second_five_by_title
        assert ids("{}", ", order_by: {id: desc}, limit: 2") == [60, 59]

        answer = server.query(
            "query($id: Int!) { posts_by_pk(id: $id) { title category { id title } } "
            'posts_aggregate(where: {status: {_eq: "draft"}}) { aggregate { count } } '
            "missing: posts_by_pk(id: 100000) { id } }",
            {"id": 1},
        )
        assert answer == {
            "data": {
                "posts_by_pk": {"title": posts[0]["title"], "category": {"id": 1, "title": "Engineering"}},
                "posts_aggregate": {"aggregate": {"count": len(seeded(lambda p: p["status"] == "draft"))}},
                "missing": None,
            }
        }

        created = server.query(
            "mutation($object: posts_insert_input!) "
            "{ insert_posts_one(object: $object) { id status content } }",
            {"object": {"title": "Stand-in post", "categoryId": 2}},
        )
        assert created == {"data": {"insert_posts_one": {"id": 61, "status": "draft", "content": ""}}}
        updated = server.query(
            'mutation { update_posts_by_pk(pk_columns: {id: 61}, _set: {title: "Renamed"}) { id title } }'
        )
        assert updated == {"data": {"update_posts_by_pk": {"id": 61, "title": "Renamed"}}}
        deleted = server.query("mutation { delete_posts_by_pk(id: 61) { id } }")
        assert deleted == {"data": {"delete_posts_by_pk": {"id": 61}}}
        assert server.query("{ posts_by_pk(id: 61) { id } }") == {"data": {"posts_by_pk": None}}

        # Errors: 200 with `errors` and no data; a failed mutation changes nothing.
        refused = server.query(
            'mutation { a: insert_posts_one(object: {title: "ok", categoryId: 1}) { id } '
            'b: insert_posts_one(object: {title: "bad", categoryId: 999}) { id } }'
        )
        assert "data" not in refused and refused["errors"][0]["extensions"]["code"] == "constraint-violation"  # type: ignore[index]
        count = server.query("{ posts_aggregate { aggregate { count } } }")
        assert count == {"data": {"posts_aggregate": {"aggregate": {"count": 60}}}}
        wrong_type = server.query("query($id: Int!) { posts_by_pk(id: $id) { id } }", {"id": "1"})
        assert wrong_type["errors"][0]["extensions"]["code"] == "validation-failed"  # type: ignore[index]
        unknown = server.query("{ posts { id nope } }")
        assert unknown["errors"][0]["extensions"]["code"] == "validation-failed"  # type: ignore[index]
        denied = server.query("{ posts { id } }", secret=False)
        assert denied == {
            "errors": [
                {
                    "message": "x-hasura-admin-secret/x-hasura-access-key required, but not found",
                    "extensions": {"path": "$", "code": "access-denied"},
                }
            ]
        }
    finally:
        server.stop()


def test_pages_are_server_rendered_from_the_hasura_stand_in(app: ApiApp) -> None:
    """First data comes through the same provider on the server (with the admin secret,
    which the stand-in requires): records in the HTML, URL state (page 2, sorted by title)
    parsed on the server, 404 for a missing id, logged out → 307; the secret is in no page."""
    posts = seeded_posts()
    logged_out = request(f"{app.base}/posts")
    assert logged_out.status == 307 and logged_out.location == "/login?to=%2Fposts", logged_out.status
    cookie = login_cookie(app.base)

    listing = request(f"{app.base}/posts", cookie=cookie)
    assert listing.status == 200, listing.status
    assert all(holds(listing.body, post["title"]) for post in posts[:10])
    assert ADMIN_SECRET not in listing.body

    by_title = sorted(str(post["title"]) for post in posts)
    page_two = request(f"{app.base}{SORTED_PAGE}", cookie=cookie)
    assert page_two.status == 200, page_two.status
    shown = [title for title in by_title if holds(page_two.body, title)]
    assert shown == by_title[5:10], shown

    show = request(f"{app.base}/posts/show/1", cookie=cookie)
    assert show.status == 200 and holds(show.body, posts[0]["title"])
    assert ADMIN_SECRET not in show.body
    assert request(f"{app.base}/posts/show/100000", cookie=cookie).status == 404

    # The browser's way in: the proxy adds the secret on the server.
    proxied = request(
        f"{app.base}/api/data",
        method="POST",
        cookie=cookie,
        json_body={"query": "{ categories_aggregate { aggregate { count } } }"},
    )
    assert json.loads(proxied.body) == {"data": {"categories_aggregate": {"aggregate": {"count": 8}}}}


def test_browser_flow_against_the_hasura_stand_in(
    hasura_project: Path, app: ApiApp, hasura: HasuraStandIn
) -> None:
    """The generated spec (log in, list, page, create, edit, show, log out), then delete
    the post it made, in headless Chromium; the stand-in no longer has it."""
    run(
        ["npm", "run", "test:e2e", "--", f"--output={ARTIFACTS / 'data-hasura'}"],
        hasura_project,
        timeout=600,
        CHROMIUM_PATH=CHROMIUM,
        E2E_BASE_URL=app.base,
    )
    newest_answer = hasura.query("{ posts(order_by: {id: desc}, limit: 1) { id title } }")
    newest = newest_answer["data"]["posts"][0]  # type: ignore[index]
    assert str(newest["title"]).startswith("E2E post ") and str(newest["title"]).endswith(" edited")
    delete_in_browser(
        app.base, login_cookie(app.base), newest["id"], str(newest["title"]), native_confirm=True
    )
    gone = hasura.query("query($id: Int!) { posts_by_pk(id: $id) { id } }", {"id": newest["id"]})
    assert gone == {"data": {"posts_by_pk": None}}, gone


def test_no_hasura_is_a_clear_error_page(hasura_project: Path) -> None:
    """API_URL pointing at nothing: the app starts, the proxy answers 502, and a page that
    needs data shows the error page naming the URL and the variable to set."""
    nowhere = f"http://127.0.0.1:{free_port()}/v1/graphql"
    server = hasura_app(hasura_project, "npm-start-no-hasura.log", nowhere)
    server.start()
    try:
        cookie = login_cookie(server.base)
        proxied = request(f"{server.base}/api/data", method="POST", cookie=cookie, json_body={})
        assert proxied.status == 502, proxied.status
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
                expect(alert).to_contain_text("set API_URL")
            finally:
                browser.close()
    finally:
        server.stop()


def test_schema_sql_loads_into_postgresql(tmp_path: Path) -> None:
    """The generated hasura/schema.sql against a real PostgreSQL (15 on these machines; the
    database Hasura runs on): every seed row loads, new ids continue after them, and the
    foreign key refuses a post in a category that does not exist."""
    # Debian's postgresql package keeps the server tools off PATH, in its versioned folder.
    server_bin = os.pathsep.join(sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True))
    search = os.pathsep.join(filter(None, [os.environ.get("PATH"), server_bin]))
    initdb, pg_ctl, psql = (shutil.which(tool, path=search) for tool in ("initdb", "pg_ctl", "psql"))
    if not (initdb and pg_ctl and psql):
        pytest.skip("PostgreSQL (initdb, pg_ctl, psql) is not installed")
    project = tmp_path / "app"
    render(Case("hasura-sql", {"data": "hasura"}), project)
    seed = json.loads(SEED.read_text())
    # PostgreSQL refuses to run as root: then it runs as nobody, in a folder outside
    # pytest's (which only root may enter).
    as_owner = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
    cluster = Path(tempfile.mkdtemp(prefix="hasura-schema-pg-"))
    data = str(cluster / "data")

    def server(*args: str) -> None:
        subprocess.run([*as_owner, *args], check=True, capture_output=True, timeout=120)

    def sql(*args: str) -> subprocess.CompletedProcess[str]:
        command = [psql, "-h", str(cluster), "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-tA", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=60)

    try:
        if as_owner:
            shutil.chown(cluster, user="nobody")
        server(initdb, "--no-sync", "-D", data, "-A", "trust", "-U", "postgres")
        server(
            pg_ctl,
            "-D",
            data,
            "-o",
            f"-k {cluster} -c listen_addresses='' -c fsync=off",
            "-l",
            str(cluster / "log"),
            "-w",
            "start",
        )
        loaded = sql("-q", "-f", str(project / "hasura" / "schema.sql"))
        assert loaded.returncode == 0, loaded.stderr
        counts = sql(
            "-c",
            "SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM categories), "
            "(SELECT count(*) FROM users)",
        )
        assert counts.stdout.strip() == f"{len(seed['posts'])}|{len(seed['categories'])}|{len(seed['users'])}"
        added = sql("-c", "INSERT INTO posts (title, category_id) VALUES ('New', 1) RETURNING id, status")
        assert added.stdout.splitlines()[0] == f"{len(seed['posts']) + 1}|draft", added.stdout
        orphan = sql("-c", "INSERT INTO posts (title, category_id) VALUES ('Orphan', 99999)")
        assert orphan.returncode != 0 and "posts_category_id_fkey" in orphan.stderr, orphan.stderr
    finally:
        if (cluster / "data" / "postmaster.pid").exists():
            server(pg_ctl, "-D", data, "-m", "immediate", "stop")
        shutil.rmtree(cluster, ignore_errors=True)

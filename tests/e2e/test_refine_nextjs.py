"""End-to-end: the refine-nextjs preset installs, type-checks, lints, builds, serves and works in a browser.

Run: pytest -m e2e tests/e2e   (about 15 minutes on 2 cores; needs npm, the npm registry
or a warm NPM_CACHE_DIR, and Chromium at CHROMIUM_PATH, default /usr/bin/chromium).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.e2e.conftest import CASES
from tests.e2e.helpers import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    Case,
    Finished,
    Servers,
    check_sources,
    free_port,
    install_in_union,
    login_cookie,
    render,
    request,
    run,
    wait_for_hydration,
)
from tests.e2e.kits import kit

# Security checks (issue 11): collected here so they share this module's built projects and servers.
from tests.e2e.security import (  # noqa: F401
    spare,
    test_api_down_is_a_502_and_an_error_page,
    test_cross_site_form_post_in_the_browser,
    test_cross_site_writes_are_refused,
    test_data_proxy_limits,
    test_docker_entry_refuses_without_a_secret,
    test_login_is_throttled,
    test_login_never_leaves_the_site,
    test_logout_revokes_a_copied_cookie,
    test_malformed_table_params_are_no_500,
    test_mock_exit_leaves_the_app_serving,
    test_mock_sends_no_cors,
    test_npm_start_made_a_project_secret_and_forged_cookies_fail,
    test_production_start_refuses_without_a_secret,
    test_security_headers_on_every_response,
    test_server_drops_every_unsafe_to,
    test_session_cookie_is_secure_behind_https,
)

pytestmark = pytest.mark.e2e

SORTED_PAGE = "/posts?currentPage=2&pageSize=5&sorters[0][field]=title&sorters[0][order]=asc"


def seed(project_dir: Path) -> dict[str, list[dict[str, object]]]:
    data: dict[str, list[dict[str, object]]] = json.loads((project_dir / "mock" / "seed.json").read_text())
    return data


def titles_in(body: str, candidates: list[str]) -> list[str]:
    """Which of the candidate titles the server HTML holds, in the order it first shows them."""
    found = {title: body.find(html.escape(title, quote=False)) for title in candidates}
    return sorted((title for title, at in found.items() if at >= 0), key=found.__getitem__)


def auth_cookie(case: Case, servers: Servers) -> str | None:
    return login_cookie(servers.base) if case.auth else None


def test_list_and_show_are_server_rendered(project: tuple[Case, Path], servers: Servers) -> None:
    case, target = project
    posts = seed(target)["posts"]
    cookie = auth_cookie(case, servers)

    listing = request(f"{servers.base}/posts", cookie=cookie)
    assert listing.status == 200, listing.status
    for post in posts[:10]:  # default order and page size: the first ten
        assert html.escape(str(post["title"]), quote=False) in listing.body

    show = request(f"{servers.base}/posts/show/1", cookie=cookie)
    assert show.status == 200
    assert html.escape(str(posts[0]["title"]), quote=False) in show.body
    category = next(c for c in seed(target)["categories"] if c["id"] == posts[0]["categoryId"])
    assert str(category["title"]) in show.body  # category shown by title, also server-side


def test_url_state_is_parsed_on_the_server(project: tuple[Case, Path], servers: Servers) -> None:
    case, target = project
    titles = sorted(str(p["title"]) for p in seed(target)["posts"])
    res = request(f"{servers.base}{SORTED_PAGE}", cookie=auth_cookie(case, servers))
    assert res.status == 200
    assert titles_in(res.body, titles) == titles[5:10]


def test_server_html_is_styled_in_the_remembered_color_mode(
    project: tuple[Case, Path], servers: Servers
) -> None:
    case, _ = project
    session = auth_cookie(case, servers)
    cookies = {mode: "; ".join(c for c in (session, f"color-mode={mode}") if c) for mode in ("light", "dark")}
    light = request(f"{servers.base}/posts", cookie=cookies["light"]).body
    dark = request(f"{servers.base}/posts", cookie=cookies["dark"]).body
    ui = kit(case.ui)
    for body in (light, dark):  # the CSS of the components on the page comes with the HTML
        assert ui.style_problems(body) == []
    assert ui.is_dark(dark) and not ui.is_dark(light)


def test_categories_show_is_static(project: tuple[Case, Path], servers: Servers) -> None:
    case, target = project
    prerender = json.loads((target / ".next" / "prerender-manifest.json").read_text())
    assert "/categories/show/[id]" in prerender["dynamicRoutes"]
    category = seed(target)["categories"][1]
    res = request(f"{servers.base}/categories/show/{category['id']}", cookie=auth_cookie(case, servers))
    assert res.status == 200
    # In the rendered markup, not only in the page's data script: no spinner in its place.
    markup = re.sub(r"<script[^>]*>.*?</script>", "", res.body, flags=re.S)
    assert html.escape(str(category["description"]), quote=False) in markup


def test_unknown_route_is_404(project: tuple[Case, Path], servers: Servers) -> None:
    case, _ = project
    assert request(f"{servers.base}/no/such/page", cookie=auth_cookie(case, servers)).status == 404


def test_root(project: tuple[Case, Path], servers: Servers) -> None:
    case, _ = project
    res = request(f"{servers.base}/", cookie=auth_cookie(case, servers))
    if case.dashboard:
        assert res.status == 200 and "Latest posts" in res.body
    else:
        assert res.status in (302, 307) and res.location == "/posts"


def test_logged_out_requests_redirect_to_login(project: tuple[Case, Path], servers: Servers) -> None:
    case, target = project
    if not case.auth:
        res = request(f"{servers.base}/posts?x=1")
        assert res.status == 200  # auth=none: everything is open
        return
    first_title = html.escape(str(seed(target)["posts"][0]["title"]), quote=False)
    for cookie in (None, "session=garbage"):
        res = request(f"{servers.base}/posts?x=1", cookie=cookie)
        assert res.status in (302, 307), res.status
        assert res.location == "/login?to=%2Fposts%3Fx%3D1"
        assert first_title not in res.body
    assert request(f"{servers.base}/api/data/posts").status == 401


def test_tampered_cookie_is_logged_out(project: tuple[Case, Path], servers: Servers) -> None:
    case, _ = project
    if not case.auth:
        pytest.skip("auth=none has no session")
    name, value = login_cookie(servers.base).split("=", 1)
    data, signature = value.split(".")
    forged_payload = data[:-2] + ("AA" if data[-2:] != "AA" else "BB")
    for forged in (f"{forged_payload}.{signature}", f"{data}.{signature[:-2]}xx", data):
        res = request(f"{servers.base}/posts/show/1", cookie=f"{name}={forged}")
        assert res.status in (302, 307) and res.location and res.location.startswith("/login"), forged


def test_auth_pages(project: tuple[Case, Path], servers: Servers) -> None:
    case, _ = project
    if not case.auth:
        for path in ("/login", "/register", "/forgot-password"):
            assert request(f"{servers.base}{path}").status == 404
        return
    login = request(f"{servers.base}/login")
    assert login.status == 200 and DEMO_EMAIL in login.body and DEMO_PASSWORD in login.body
    for path in ("/register", "/forgot-password"):
        assert request(f"{servers.base}{path}").status == 200, path
    cookie = login_cookie(servers.base)
    assert request(f"{servers.base}/api/auth/session", cookie=cookie).status == 200
    logout = request(f"{servers.base}/api/auth/logout", method="POST", cookie=cookie)
    assert logout.status == 204 and "Max-Age=0" in logout.headers.get("Set-Cookie", "")
    wrong = request(
        f"{servers.base}/api/auth/login", method="POST", json_body={"email": DEMO_EMAIL, "password": "nope"}
    )
    assert wrong.status == 401 and not wrong.headers.get("Set-Cookie")


def test_login_ignores_foreign_redirects(project: tuple[Case, Path], servers: Servers) -> None:
    case, _ = project
    if not case.auth:
        pytest.skip("auth=none has no login")
    cookie = login_cookie(servers.base)
    for to in ("https%3A%2F%2Fevil.example", "%2F%2Fevil.example", "https://evil.example", "//evil.example"):
        # Logged out: the unsafe `to` is dropped from the login URL...
        res = request(f"{servers.base}/login?to={to}")
        assert res.status in (302, 307) and res.location == "/login", (to, res.status, res.location)
        # ...and a logged-in visit goes to "/" instead.
        res = request(f"{servers.base}/login?to={to}", cookie=cookie)
        assert res.status in (302, 307) and res.location == "/", (to, res.location)


def test_login_with_a_foreign_to_lands_home(project: tuple[Case, Path], servers: Servers) -> None:
    """In the browser: `/login?to=https://evil.example` or `//evil.example`, sign in: this site's home."""
    case, _ = project
    if not case.auth:
        pytest.skip("auth=none has no login")
    home = re.compile(re.escape(servers.base) + (r"/$" if case.dashboard else r"/posts(\?.*)?$"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for to in ("https://evil.example", "//evil.example"):
                page = browser.new_page(base_url=servers.base)
                page.goto(f"/login?to={to}")
                wait_for_hydration(page)
                page.get_by_label("Email").fill(DEMO_EMAIL)
                page.get_by_label("Password").fill(DEMO_PASSWORD)
                page.get_by_role("button", name="Sign in").click()
                expect(page).to_have_url(home)
                page.close()
        finally:
            browser.close()


def test_browser_flow(project: tuple[Case, Path], servers: Servers) -> None:
    """The one browser walk (log in, list, page, create, edit, show, log out; no page errors,
    no request outside the app, no refetch of server-rendered rows) is the generated
    project's own Playwright spec, e2e/admin.spec.ts; here it runs against the served app."""
    case, target = project
    run(
        ["npm", "run", "test:e2e", "--", f"--output={ARTIFACTS / case.name}"],
        target,
        timeout=600,
        CHROMIUM_PATH=CHROMIUM,
        E2E_BASE_URL=servers.base,
    )


def test_generated_projects_own_e2e(project: tuple[Case, Path]) -> None:
    """`npm run test:e2e` as a user runs it: Playwright starts the app itself (webServer)."""
    case, target = project
    if case.name != "default":
        pytest.skip("the spec itself runs in every case (test_browser_flow); its own server once")
    run(
        ["npm", "run", "test:e2e"],
        target,
        timeout=600,
        CHROMIUM_PATH=CHROMIUM,
        E2E_PORT=str(free_port()),
        E2E_MOCK_PORT=str(free_port()),
    )


def test_pages_have_their_own_titles(project: tuple[Case, Path], servers: Servers) -> None:
    """App Router: each page's metadata titles its server HTML (the Pages Router sets the
    same titles in the browser, checked in test_browser_flow)."""
    case, _ = project
    if case.router != "app":
        pytest.skip("the Pages Router titles pages in the browser")
    app_title = html.escape(case.answers.get("title", "Refine Admin"), quote=False)
    cookie = auth_cookie(case, servers)
    for path, title in (("/posts", "Posts"), ("/posts/show/1", "Post #1"), ("/posts/edit/1", "Edit Post #1")):
        body = request(f"{servers.base}{path}", cookie=cookie).body
        assert f"<title>{title} | {app_title}</title>" in body, (
            path,
            re.findall(r"<title>.*?</title>", body),
        )


def test_auth_example_account_page(project: tuple[Case, Path], servers: Servers) -> None:
    """with-nextjs-auth: /account is rendered on the server from the session cookie alone."""
    case, _ = project
    if case.example != "with-nextjs-auth":
        pytest.skip("only the with-nextjs-auth example has /account")
    logged_out = request(f"{servers.base}/account")
    assert logged_out.status == 307 and logged_out.location == "/login?to=%2Faccount"
    page = request(f"{servers.base}/account", cookie=login_cookie(servers.base))
    assert page.status == 200 and DEMO_EMAIL in page.body and "Demo Admin" in page.body
    assert "<title>Account | Refine Admin</title>" in page.body


def test_missing_record_is_404(project: tuple[Case, Path], servers: Servers) -> None:
    case, _ = project
    res = request(f"{servers.base}/posts/show/999999", cookie=auth_cookie(case, servers))
    assert res.status == 404, res.status


def test_no_dead_code(project: tuple[Case, Path], knip_result: Finished) -> None:
    """knip finds no unused file, export, type or dependency in the generated project
    (run by the `project` fixture beside tsc and ESLint, before the build)."""
    _, target = project
    knip_result.check(target)


def declared_packages(project_dir: Path) -> set[str]:
    """Every package a generated project's package.json names, with its version."""
    manifest = json.loads((project_dir / "package.json").read_text())
    sections = ("dependencies", "devDependencies", "overrides")
    return {f"{name}@{manifest[s][name]}" for s in sections for name in manifest.get(s, {})}


def test_kit_compiles_with_the_other_router(project: tuple[Case, Path], knip: Path, npm_cache: Path) -> None:
    """A kit's case runs on one router; its files for the other router, routing and auth
    are type-checked and linted here, against the same node_modules: the union install the
    case's project sits in, or the default case's own when the flipped render needs no
    package it lacks (else the flipped render gets its own install from the shared cache)."""
    case, target = project
    if case != next(c for c in CASES if c.ui == case.ui):
        pytest.skip("checked once per UI kit, in its first case")
    flipped = Case(
        f"{case.name}-flipped",
        {
            **case.answers,
            "router": "pages" if case.router == "app" else "app",
            "routing": "files" if case.answers.get("routing") == "catch-all" else "catch-all",
            "auth": "none" if case.auth else "demo",
        },
    )
    other = target.parent / "flipped"
    render(flipped, other)
    if not (target / "node_modules").exists():
        install_in_union(other, npm_cache)  # the case's project sits in the union install
    elif declared_packages(other) <= declared_packages(target):
        (other / "node_modules").symlink_to(target / "node_modules", target_is_directory=True)
    else:
        install = ["npm", "install", "--cache", str(npm_cache), "--prefer-offline", "--no-audit", "--no-fund"]
        run(install, other, timeout=900)
    check_sources(other, knip)  # tsc, ESLint, knip side by side

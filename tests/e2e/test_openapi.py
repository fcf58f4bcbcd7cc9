"""End-to-end: `create-refine-app DIR --openapi shop.yaml` (antd, App Router, data=rest).

The spec (tests/fixtures/openapi/shop.yaml) has two related collections: products (POST,
PATCH, DELETE) → brands (POST only). The generated project installs, type-checks, lints,
is knip clean and builds; with `API_URL=` (empty: the bundled mock, seeded from the
spec) the products list is server-rendered with its seed records, sorted page 2 included;
the sample posts, categories and users are gone (/ opens brands, the first resource);
Chromium creates, edits, shows and deletes a product; brands have no edit page.

Run: pytest -m e2e tests/e2e/test_openapi.py   (about 4 minutes on 2 cores)
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from tests.e2e.helpers import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO,
    Servers,
    holds,
    install_check_build,
    login_cookie,
    request,
    run,
    served_folder,
    union_folder,
    union_install,
    wait_for_hydration,
)
from tests.e2e.test_add_resource import titles_in

pytestmark = pytest.mark.e2e

SPEC = REPO / "tests" / "fixtures" / "openapi" / "shop.yaml"
SORTED_PAGE_2 = "/products?currentPage=2&pageSize=5&sorters[0][field]=title&sorters[0][order]=asc"


def generate(target: Path, *answers: str) -> subprocess.CompletedProcess[str]:
    """The real CLI: `create-refine-app TARGET --openapi shop.yaml -a ... --yes`."""
    flags = [arg for answer in answers for arg in ("-a", answer)] + ["--yes", "--no-install", "--no-git"]
    done = subprocess.run(
        [sys.executable, "-m", "create_refine_app", str(target), "--openapi", str(SPEC), *flags],
        cwd=REPO,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory, npm_cache: Path, knip: Path) -> Path:
    target = served_folder(tmp_path_factory, "openapi").with_name("shop-admin")
    done = generate(target, "ui=antd", "router=app", "data=rest")
    assert done.stderr.count("construct(s) not generated") == 1, done.stderr  # one warning block
    assert "API_URL=https://shop.example.com/api" in (target / ".env").read_text()
    install_check_build(target, npm_cache, knip, measured_page="/products")
    return target


@pytest.fixture(scope="module")
def servers(project: Path) -> Iterator[Servers]:
    # API_URL= (empty) wins over .env's spec URL: npm start runs the seeded mock.
    running = Servers(project, project.parent / "npm-start.log", env={"API_URL": ""})
    running.start()
    try:
        yield running
    finally:
        running.stop()


def test_other_kits_and_routers_typecheck_and_lint(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, npm_cache: Path
) -> None:
    """mui and tailwind on both routers, generated with --openapi (products with every page,
    brands without edit and delete): type-checked and linted against the session's ONE
    union install (helpers' union_install), two projects at a time."""
    projects = []
    for kit in ("mui", "tailwind"):
        for router in ("app", "pages"):
            target = tmp_path / f"{kit}-{router}"
            generate(target, f"ui={kit}", f"router={router}")
            projects.append(target)
    shared = union_install(projects, union_folder(tmp_path_factory), npm_cache)

    def check(target: Path) -> None:
        (target / "node_modules").symlink_to(shared / "node_modules", target_is_directory=True)
        run(["npm", "run", "typecheck"], target, timeout=600)
        routes = ["app/(admin)/products", "app/(admin)/brands"]
        if target.name.endswith("-pages"):
            routes = ["pages/products", "pages/brands"]
        run(["npx", "eslint", "src/resources", "src/server", "src/lib", *routes], target, timeout=600)

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(check, projects))


def seed(project: Path) -> dict[str, list[dict[str, object]]]:
    data: dict[str, list[dict[str, object]]] = json.loads((project / "mock" / "seed.json").read_text())
    return data


def test_list_is_server_rendered_with_seed_records(project: Path, servers: Servers) -> None:
    data = seed(project)
    products = data["products"]
    brands = {b["id"]: str(b["name"]) for b in data["brands"]}
    assert products[0]["title"] == "Aurora lamp"  # the schema's example comes first
    assert data["brands"][0]["name"] == "Lumen Works"
    cookie = login_cookie(servers.base)
    listing = request(f"{servers.base}/products", cookie=cookie)
    assert listing.status == 200
    assert "<title>Products | " in listing.body
    assert titles_in(listing.body, [str(p["title"]) for p in products]) == [
        str(p["title"]) for p in products[:10]
    ]
    for product in products[:10]:  # the brand column shows the brand's name, on the server
        assert holds(listing.body, brands[product["brandId"]])

    titles = sorted(str(p["title"]) for p in products)
    page2 = request(f"{servers.base}{SORTED_PAGE_2}", cookie=cookie)
    assert page2.status == 200
    assert titles_in(page2.body, titles) == titles[5:10]


def test_operations_the_spec_lacks_are_not_generated(project: Path, servers: Servers) -> None:
    cookie = login_cookie(servers.base)
    assert request(f"{servers.base}/brands", cookie=cookie).status == 200
    assert request(f"{servers.base}/brands/show/1", cookie=cookie).status == 200
    assert request(f"{servers.base}/brands/create", cookie=cookie).status == 200
    assert request(f"{servers.base}/brands/edit/1", cookie=cookie).status == 404  # no PUT/PATCH
    assert not (project / "src" / "resources" / "brands" / "edit.tsx").exists()
    assert "DeleteButton" not in (project / "src" / "resources" / "brands" / "list.tsx").read_text()


def test_the_spec_replaces_the_samples(project: Path, servers: Servers) -> None:
    """samples=false: no sample page is served and / opens the first resource (no dashboard)."""
    assert set(seed(project)) == {"brands", "products"}
    assert not (project / "src" / "resources" / "posts").exists()
    cookie = login_cookie(servers.base)
    home = request(f"{servers.base}/", cookie=cookie)
    assert home.status == 307 and (home.location or "").endswith("/brands"), home.location
    for sample in ("/posts", "/categories", "/users", "/categories/show/1"):
        assert request(f"{servers.base}{sample}", cookie=cookie).status == 404, sample


def choose(page: Page, label: str, option: str) -> None:
    page.get_by_role("combobox", name=label).click()
    page.locator(".ant-select-dropdown:visible").get_by_title(option, exact=True).click()


def test_browser_creates_edits_shows_and_deletes_a_product(project: Path, servers: Servers) -> None:
    brand = seed(project)["brands"][1]
    cookie = login_cookie(servers.base)
    name, value = cookie.split("=", 1)
    list_url = re.compile(re.escape(servers.base) + r"/products(\?.*)?$")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=servers.base)
        context.add_cookies([{"name": name, "value": value, "url": servers.base}])
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        try:
            page.goto("/products/create")
            wait_for_hydration(page)
            page.get_by_label("Title").fill("Walked lamp")
            page.get_by_label("Price").fill("12.5")
            choose(page, "Brand", str(brand["name"]))
            choose(page, "Status", "archived")
            page.get_by_role("button", name="Save").click()
            expect(page).to_have_url(list_url)
            created = json.loads(request(f"{servers.mock}/products?title=Walked%20lamp").body)
            assert len(created) == 1, created
            record = created[0]
            assert (record["price"], record["brandId"], record["status"]) == (12.5, brand["id"], "archived")

            page.goto(f"/products/edit/{record['id']}")
            wait_for_hydration(page)
            expect(page.get_by_label("Title")).to_have_value("Walked lamp")
            page.get_by_label("Title").fill("Walked lamp, edited")
            page.get_by_role("button", name="Save").click()
            expect(page).to_have_url(list_url)
            edited = json.loads(request(f"{servers.mock}/products/{record['id']}").body)
            assert edited["title"] == "Walked lamp, edited"

            page.goto(f"/products/show/{record['id']}")
            expect(page.get_by_text("Walked lamp, edited")).to_be_visible()
            expect(page.get_by_text(str(brand["name"]), exact=True)).to_be_visible()

            page.goto("/products?sorters[0][field]=id&sorters[0][order]=desc")
            wait_for_hydration(page)
            row = page.locator("tbody tr.ant-table-row").filter(has_text="Walked lamp, edited")
            row.get_by_role("button").nth(2).click()
            page.locator(".ant-popconfirm").get_by_role("button", name="Delete").click()
            expect(row).to_have_count(0)
            assert request(f"{servers.mock}/products/{record['id']}").status == 404
            assert errors == []
        except Exception:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "openapi-walk.png"))
            raise
        finally:
            browser.close()

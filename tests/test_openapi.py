"""``--openapi``: OpenAPI → resource model (in-process, on a public Petstore document from an
npm package and on this repo's shop spec), and the real CLI (subprocess) for
``add resource --openapi`` and ``create-refine-app DIR --openapi``."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from conftest import fresh_copy, run_cli
from create_refine_app.resources.fields import Field
from create_refine_app.resources.openapi import OpenAPIError, load_spec, warning_block

SHOP = Path(__file__).parent / "fixtures" / "openapi" / "shop.yaml"
#: A package of public example documents (the Swagger Petstore among them), from the npm registry.
OAS_EXAMPLES = "@readme/oas-examples@8.2.2"


@pytest.fixture(scope="session")
def oas_examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The installed package's folder: its documents are read where npm put them."""
    root = tmp_path_factory.mktemp("oas-examples")
    cache = os.environ.get("NPM_CACHE_DIR", str(root / "npm-cache"))
    subprocess.run(
        [
            "npm",
            "install",
            "--prefix",
            str(root),
            "--cache",
            cache,
            "--prefer-offline",
            "--no-fund",
            OAS_EXAMPLES,
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return root / "node_modules" / "@readme" / "oas-examples"


# ---------------------------------------------------------------- the model


def test_petstore_expanded_pets(oas_examples: Path) -> None:
    """The Swagger Petstore (expanded): Pet is allOf [NewPet, {id}]; POST and DELETE, no PUT."""
    spec = load_spec(oas_examples / "3.0" / "yaml" / "petstore-expanded.yaml")
    assert spec.server_url == "http://petstore.swagger.io/api"
    assert [r.name for r in spec.resources] == ["pets"]
    pets = spec.resources[0]
    assert pets.fields == (Field("name", "string"), Field("tag", "string", required=False))
    assert (pets.can_create, pets.can_edit, pets.can_delete) == (True, False, True)
    assert spec.warnings == []


def test_petstore_with_singular_paths_gives_warnings_not_a_crash(oas_examples: Path) -> None:
    """The classic Petstore (3.1 document): /pet, /store/order ... are no REST collections."""
    spec = load_spec(oas_examples / "3.1" / "json" / "petstore.json")
    assert spec.resources == []
    assert any("/pet/findByStatus: nested paths" in w for w in spec.warnings)


def test_shop_spec_ref_and_allof_chains() -> None:
    spec = load_spec(SHOP)
    assert spec.server_url == "https://shop.example.com/api"
    products, brands = ({r.name: r for r in spec.resources}[n] for n in ("products", "brands"))
    assert products.fields == (
        Field("title", "string"),  # Product → Named → allOf[Identified, {title}]: required there
        Field("price", "number"),
        Field("brandId", "ref", ref="brands", ref_label="name"),  # <singular>Id of a collection
        Field("status", "enum", choices=("draft", "published", "archived")),  # $ref to an enum
        Field("releasedOn", "date", required=False),
        Field("description", "text", required=False),  # maxLength ≥ 256
        Field("homepage", "url", required=False),  # 3.1 ["string", "null"], format uri
        Field("inStock", "boolean", required=False),
    )
    assert products.operations == {"create", "edit", "delete"}  # POST, PATCH, DELETE
    assert dict(products.examples) == {"title": "Aurora lamp", "price": 49.5, "status": "published"}
    assert brands.fields == (Field("name", "string"), Field("contact", "email", required=False))
    assert brands.operations == {"create"}  # POST only: no edit page, no delete button


def test_unsupported_constructs_are_one_warning_block() -> None:
    spec = load_spec(SHOP)
    assert spec.warnings == [
        "GET /health does not answer a JSON array; it is not a collection.",
        "products.tags: arrays are not supported; skipped.",
        "products.dimensions: nested objects are not supported (a reference to another collection is "
        "a foreign key such as brandId, or a property marked x-refine-ref); skipped.",
        "products.variant: oneOf is not supported; skipped.",
    ]
    block = warning_block(SHOP, spec.warnings)
    assert block.splitlines()[0].endswith("4 construct(s) not generated:")
    assert len(block.splitlines()) == 5


def test_ref_hint_and_nested_ref_object(tmp_path: Path) -> None:
    text = SHOP.read_text().replace(
        "        inStock: { type: boolean }",
        "        inStock: { type: boolean }\n"
        "        maker: { type: integer, x-refine-ref: brands }\n"
        '        brand: { $ref: "#/components/schemas/Brand" }',
    )
    spec_path = tmp_path / "hinted.yaml"
    spec_path.write_text(text)
    spec = load_spec(spec_path)
    products = next(r for r in spec.resources if r.name == "products")
    assert Field("maker", "ref", required=False, ref="brands", ref_label="name") in products.fields
    assert "brand" not in [f.name for f in products.fields]
    assert any(w.startswith("products.brand: nested objects") for w in spec.warnings)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("openapi: 3.0.3\ninfo: {title: x\npaths: {}\n", "line 3, column 6"),
        ('{"openapi": "3.1.0",\n  "info": }\n', "line 2, column 11: Expecting value"),
        (
            "openapi: 3.0.3\ninfo:\n  title: x\n  version: '1'\npaths:\n  /things:\n    get: 12\n",
            "line 7, column 10",
        ),
        ("swagger: '2.0'\n", "not an OpenAPI 3.0 or 3.1 document"),
    ],
)
def test_a_broken_spec_names_where(tmp_path: Path, text: str, says: str) -> None:
    spec_path = tmp_path / "broken.yaml"
    spec_path.write_text(text)
    with pytest.raises(OpenAPIError) as raised:
        load_spec(spec_path)
    assert raised.value.exit_code == 2
    assert says in raised.value.message, raised.value.message


# ---------------------------------------------------------------- the CLI


def test_add_resource_openapi_writes_every_collection(antd_app: Path, tmp_path: Path) -> None:
    project = fresh_copy(antd_app, tmp_path)
    done = run_cli(["add", "resource", "--openapi", str(SHOP), "--json"], project, templates=None)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert [r["name"] for r in report["resources"]] == ["brands", "products"]  # referenced first
    assert report["server_url"] == "https://shop.example.com/api"
    assert len(report["warnings"]) == 4
    assert done.stderr.count("construct(s) not generated") == 1
    for path in report["created"]:
        assert (project / path).is_file(), path
    assert "app/(admin)/products/edit/[id]/page.tsx" in report["created"]
    assert not (project / "app/(admin)/brands/edit").exists()
    added = (project / "src/resources/added.ts").read_text()
    assert 'name: "brands", list: "/brands", create: "/brands/create", show: ' in added
    assert "canDelete: false" in added and 'edit: "/products/edit/:id"' in added
    brands_list = (project / "src/resources/brands/list.tsx").read_text()
    assert "EditButton" not in brands_list and "DeleteButton" not in brands_list
    seed = json.loads((project / "mock/seed.json").read_text())
    brand_ids = {b["id"] for b in seed["brands"]}
    assert {p["brandId"] for p in seed["products"]} <= brand_ids
    assert seed["products"][0]["title"] == "Aurora lamp" and seed["brands"][0]["name"] == "Lumen Works"


def test_add_resource_openapi_only_and_dry_run(antd_app: Path, tmp_path: Path) -> None:
    project = fresh_copy(antd_app, tmp_path)
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    done = run_cli(
        ["add", "resource", "--openapi", str(SHOP), "--only", "brands", str(project), "--dry-run"],
        tmp_path,
        templates=None,
    )
    assert done.returncode == 0, done.stderr
    assert "Would add from" in done.stdout and "brands (list/show/create)" in done.stdout
    assert "products" not in done.stdout

    only_products = ["add", "resource", "--openapi", str(SHOP), "--only", "products", "--dry-run"]
    dangling = run_cli(only_products, project, templates=None)
    assert dangling.returncode == 0, dangling.stderr
    assert "products.brandId refers to brands, which is neither added nor in the project" in " ".join(
        dangling.stderr.split()
    )
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--openapi", "SHOP", "--only", "widgets"], "--only widgets: not a collection of the spec"),
        (["--openapi", "SHOP", "--field", "a:string"], "--openapi takes the fields from the spec"),
        (["--only", "brands", "products"], "give --openapi SPEC too"),
        (["--openapi", "missing.yaml"], "cannot read it"),
    ],
)
def test_add_resource_openapi_bad_usage(antd_app: Path, tmp_path: Path, args: list[str], says: str) -> None:
    project = fresh_copy(antd_app, tmp_path)
    args = [str(SHOP) if a == "SHOP" else a for a in args]
    done = run_cli(["add", "resource", *args], project, templates=None)
    assert done.returncode == 2, done.stderr
    assert says in " ".join(done.stderr.split())
    assert "Traceback" not in done.stderr
    assert not (project / "src/resources/brands").exists()


def test_broken_spec_is_exit_2_with_location_and_nothing_written(tmp_path: Path) -> None:
    spec_path = tmp_path / "broken.yaml"
    spec_path.write_text("openapi: 3.0.3\ninfo: {title: x\npaths: {}\n")
    done = run_cli(["admin", "--openapi", str(spec_path), "--yes", "--no-install", "--no-git"], tmp_path)
    assert done.returncode == 2, done.stderr
    assert "line 3, column 6" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "admin").exists()


def test_create_with_openapi(tmp_path: Path) -> None:
    done = run_cli(
        ["admin", "--openapi", str(SHOP), "--yes", "--no-install", "--no-git", "--json"],
        tmp_path,
        templates=None,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("construct(s) not generated") == 1
    project = tmp_path / "admin"
    assert "API_URL=https://shop.example.com/api" in (project / ".env").read_text()
    # .env is git-ignored: the committed example carries the server to a clone.
    example = (project / ".env.example").read_text()
    assert "\nAPI_URL=https://shop.example.com/api\n" in example and "# API_URL=" not in example
    assert (project / "app/(admin)/products/edit/[id]/page.tsx").is_file()
    assert json.loads(done.stdout)["files"] == len([p for p in project.rglob("*") if p.is_file()])


def test_create_with_openapi_dry_run_and_refusal(tmp_path: Path) -> None:
    done = run_cli(["admin", "--openapi", str(SHOP), "--yes", "--dry-run"], tmp_path, templates=None)
    assert done.returncode == 0, done.stderr
    assert "src/resources/products/form.tsx" in done.stdout
    assert not (tmp_path / "admin").exists()
    # A combination add resource has no templates for: exit 2 before the move, no project left.
    refused = run_cli(
        ["admin", "--openapi", str(SHOP), "-a", "data=appwrite", "--yes", "--no-install", "--no-git"],
        tmp_path,
        templates=None,
    )
    assert refused.returncode == 2, refused.stderr
    assert not (tmp_path / "admin").exists()
    assert not [p for p in tmp_path.iterdir() if "staging" in p.name]


def _minimal(item_ops: str, *, with_item: bool = True) -> str:
    ok = "responses: {'200': {description: ok, content: {application/json: {schema: SCHEMA}}}}"
    one = ok.replace("SCHEMA", "{$ref: '#/components/schemas/Note'}")
    many = ok.replace("SCHEMA", "{type: array, items: {$ref: '#/components/schemas/Note'}}")
    param = "    parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n"
    item = f"  /notes/{{id}}:\n{param}    get: {{{one}}}\n{item_ops}" if with_item else ""
    return (
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n"
        f"  /notes:\n    get: {{{many}}}\n{item}"
        "components:\n  schemas:\n"
        "    Note: {type: object, properties: {id: {type: string}, body: {type: string}}}\n"
    )


@pytest.mark.parametrize(
    ("item_ops", "operations"),
    [
        ("", set()),
        ("    put: {responses: {'200': {description: ok}}}\n", {"edit"}),
        ("    patch: {responses: {'200': {description: ok}}}\n", {"edit"}),
        ("    delete: {responses: {'204': {description: ok}}}\n", {"delete"}),
    ],
)
def test_operations_follow_the_methods(tmp_path: Path, item_ops: str, operations: set[str]) -> None:
    spec_path = tmp_path / "notes.yaml"
    spec_path.write_text(_minimal(item_ops))
    (notes,) = load_spec(spec_path).resources
    assert notes.operations == operations
    assert notes.fields == (Field("body", "string", required=False),)


def test_a_list_without_an_item_path_is_skipped_with_a_warning(tmp_path: Path) -> None:
    spec_path = tmp_path / "notes.yaml"
    spec_path.write_text(_minimal("", with_item=False))
    spec = load_spec(spec_path)
    assert spec.resources == []
    assert spec.warnings == ["/notes: no GET /notes/{id}, so no show/edit page; skipped."]


# ------------------------------------------- create --openapi: the spec's resources only

#: What the samples leave in a project: their folders and the modules only they use.
SAMPLE_PARTS = ("posts", "categories", "users", "dashboard", "(public)")
SAMPLE_FILES = (
    "src/types.ts",
    "src/server/loaders.ts",
    "src/lib/use-category-titles.ts",
    "src/lib/use-post-show.ts",
    "src/lib/use-post-form.ts",
    "src/lib/use-dashboard.ts",
    "e2e/admin.spec.ts",
)


@pytest.mark.parametrize(
    ("ui", "router", "routing"),
    [("antd", "app", "files"), ("tailwind", "pages", "catch-all"), ("mui", "app", "catch-all")],
)
def test_create_with_openapi_replaces_the_samples(tmp_path: Path, ui: str, router: str, routing: str) -> None:
    """No sample page, view, loader, registry entry, route entry or seed record is left; the
    spec's resources are there, and / opens the first of them."""
    answers = ["-a", f"ui={ui}", "-a", f"router={router}", "-a", f"routing={routing}"]
    done = run_cli(
        ["admin", "--openapi", str(SHOP), *answers, "--yes", "--no-install", "--no-git"],
        tmp_path,
        templates=None,
    )
    assert done.returncode == 0, done.stderr
    project = tmp_path / "admin"
    files = sorted(str(p.relative_to(project)) for p in project.rglob("*") if p.is_file())
    assert not [f for f in files if set(Path(f).parts) & set(SAMPLE_PARTS)], files
    assert not [f for f in files if f in SAMPLE_FILES or f.startswith("e2e/")]
    assert "src/resources/products/list.tsx" in files and "src/resources/brands/show.tsx" in files
    answers_file = (project / ".copier-answers.yml").read_text()
    assert "samples: false" in answers_file and "dashboard: false" in answers_file
    assert set(json.loads((project / "mock" / "seed.json").read_text())) == {"brands", "products"}
    home = {
        ("app", "files"): "proxy.ts",
        ("app", "catch-all"): "proxy.ts",
        ("pages", "files"): "pages/index.tsx",
        ("pages", "catch-all"): "pages/[[...refine]].tsx",
    }[router, routing]
    sources = ["src/resources/index.tsx", home]
    if routing == "catch-all":
        sources.append("app/(admin)/[[...refine]]/page.tsx" if router == "app" else "pages/[[...refine]].tsx")
        assert "load-products" in (project / sources[-1]).read_text()
    text = "\n".join((project / path).read_text() for path in sources)
    samples = (
        'name: "posts"',
        '"/posts"',
        '"posts":',
        "@/resources/posts",
        "@/resources/users",
        "/categories/",
    )
    for sample in (*samples, "CategoryList", "PostList", "@/server/loaders"):
        assert sample not in text, sample
    assert 'import { FIRST_LIST } from "@/resources/first-list";' in (project / home).read_text()
    assert "addedResources[0]" in (project / "src/resources/first-list.ts").read_text()
    assert '"test:e2e": "playwright test --pass-with-no-tests"' in (project / "package.json").read_text()


def test_create_with_openapi_keeps_the_samples_where_they_are_needed(tmp_path: Path) -> None:
    """A data layer without a sample-free project keeps the samples beside the spec's (no
    dashboard, though); dashboard=true with --openapi is refused; -a samples=false names the
    data layers it works with."""
    kept = run_cli(
        ["admin", "--openapi", str(SHOP), "-a", "data=nestjsx-crud", "--yes", "--no-install", "--no-git"],
        tmp_path,
        templates=None,
    )
    assert kept.returncode == 0, kept.stderr
    project = tmp_path / "admin"
    assert (project / "app/(admin)/posts/page.tsx").is_file() and (
        project / "src/resources/products"
    ).is_dir()
    assert "samples" not in (project / ".copier-answers.yml").read_text()
    refused = run_cli(
        ["other", "--openapi", str(SHOP), "-a", "dashboard=true", "--yes", "--no-install", "--no-git"],
        tmp_path,
        templates=None,
    )
    assert refused.returncode == 2 and "drop dashboard=true" in refused.stderr, refused.stderr
    wrong = run_cli(
        ["third", "-a", "samples=false", "-a", "data=graphql", "-a", "dashboard=false", "--yes", "--dry-run"],
        tmp_path,
        templates=None,
    )
    assert wrong.returncode == 2 and "only works with data=rest or custom" in wrong.stderr, wrong.stderr
    assert not (tmp_path / "other").exists() and not (tmp_path / "third").exists()

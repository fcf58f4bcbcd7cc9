"""``add resource``: field-spec parsing (in-process) and the real CLI on a generated project
(subprocess): the files it writes, the seams it extends, dry run, JSON, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import fresh_copy, run_cli
from create_refine_app.resources.fields import Field, FieldSpecError, parse_field, parse_fields
from create_refine_app.resources.model import make_resource, singular
from create_refine_app.resources.seed import seed_records

# ---------------------------------------------------------------- field specs


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("title:string", Field("title", "string")),
        ("body:text", Field("body", "text")),
        ("price:number", Field("price", "number")),
        ("inStock:boolean", Field("inStock", "boolean")),
        ("releasedOn:date", Field("releasedOn", "date")),
        ("updatedAt:datetime", Field("updatedAt", "datetime")),
        ("contact:email", Field("contact", "email")),
        ("homepage?:url", Field("homepage", "url", required=False)),
        ("status:enum(draft, published)", Field("status", "enum", choices=("draft", "published"))),
        ("categoryId:ref(categories)", Field("categoryId", "ref", ref="categories")),
        ("author:ref(users.email)", Field("author", "ref", ref="users", ref_label="email")),
        (" note_2? : text ", Field("note_2", "text", required=False)),
    ],
)
def test_field_spec_every_type(spec: str, expected: Field) -> None:
    assert parse_field(spec) == expected


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("title", "no ':'"),
        ("title:str", "unknown type 'str'"),
        ("2fast:string", "'2fast' is not a field name"),
        ("id:number", "reserved"),
        ("status:enum()", "enum(...) needs"),
        ("status:enum(a,,b)", "enum(...) needs"),
        ("status:enum(a,a)", "twice"),
        ("status:enum(a b)", "enum(...) needs"),
        ("categoryId:ref()", "ref(...) needs"),
        ("categoryId:ref(Categories)", "ref(...) needs"),
        ("categoryId:ref(categories.)", "is not a field name"),
        ("categoryId:ref(categories", "unknown type"),
    ],
)
def test_field_spec_errors_name_the_spec(spec: str, says: str) -> None:
    with pytest.raises(FieldSpecError) as raised:
        parse_field(spec)
    assert raised.value.exit_code == 2
    assert f"--field '{spec}'" in raised.value.message
    assert says in raised.value.message


def test_field_names_are_unique() -> None:
    with pytest.raises(FieldSpecError, match="given twice"):
        parse_fields(["title:string", "title:text"])


def test_labels_and_names() -> None:
    assert Field("categoryId", "ref", ref="categories").label == "Category"
    assert Field("createdAt", "datetime").label == "Created at"
    assert Field("in_stock", "boolean").label == "In stock"
    assert [singular(n) for n in ("categories", "boxes", "products", "news")] == [
        "category",
        "box",
        "product",
        "new",
    ]
    resource = make_resource("blog-posts", [Field("title", "string")])
    assert (resource.one, resource.type_name, resource.camel, resource.many_label) == (
        "BlogPost",
        "IBlogPost",
        "blogPosts",
        "Blog posts",
    )


def test_seed_is_deterministic_and_sortable() -> None:
    resource = make_resource(
        "products",
        parse_fields(["title:string", "price:number", "categoryId:ref(categories)", "status:enum(a,b)"]),
    )
    first = seed_records(resource, {"categories": [1, 2, 3]})
    assert first == seed_records(resource, {"categories": [1, 2, 3]})
    assert [r["id"] for r in first] == list(range(1, 25))
    assert {r["categoryId"] for r in first} <= {1, 2, 3}
    assert {r["status"] for r in first} == {"a", "b"}
    titles = [r["title"] for r in first]
    assert sorted(titles) != titles  # sorting by title reorders the rows


# ---------------------------------------------------------------- the CLI on a project

FIELDS = [
    "--field", "title:string",
    "--field", "price:number",
    "--field", "categoryId:ref(categories)",
    "--field", "status:enum(draft,published)",
]  # fmt: skip


def test_add_resource_writes_pages_routes_and_seams(antd_app: Path, tmp_path: Path) -> None:
    project = fresh_copy(antd_app, tmp_path)
    done = run_cli(["add", "resource", "products", ".", *FIELDS, "--json"], project, templates=None)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and not report["dry_run"]
    assert report["project"] == {
        "router": "app",
        "routing": "files",
        "ui": "antd",
        "data": "rest",
        "auth": "demo",
    }
    for path in report["created"]:
        assert (project / path).is_file(), path
    assert "app/(admin)/products/edit/[id]/page.tsx" in report["created"]
    assert sorted(report["edited"]) == [
        "mock/seed.json",
        "src/resources/added-names.ts",
        "src/resources/added.ts",
    ]
    assert 'name: "products"' in (project / "src/resources/added.ts").read_text()
    assert '"products": ["Product", "Products"]' in (project / "src/resources/added-names.ts").read_text()
    seed = json.loads((project / "mock/seed.json").read_text())
    category_ids = {c["id"] for c in seed["categories"]}
    assert len(seed["products"]) == 24 and {p["categoryId"] for p in seed["products"]} <= category_ids
    # One line per field, plain TSX.
    form = (project / "src/resources/products/form.tsx").read_text()
    assert 'name="price"' in form and "<InputNumber" in form and "{% " not in form
    types = (project / "src/resources/products/types.ts").read_text()
    assert 'export type ProductStatus = "draft" | "published";' in types

    again = run_cli(["add", "resource", "products", *FIELDS], project, templates=None)
    assert again.returncode == 2
    assert "already exist" in again.stderr and "src/resources/products/types.ts" in again.stderr


def test_dry_run_lists_and_writes_nothing(antd_app: Path, tmp_path: Path) -> None:
    project = fresh_copy(antd_app, tmp_path)
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    seed_before = (project / "mock/seed.json").read_text()
    done = run_cli(
        ["add", "resource", "products", str(project), *FIELDS, "--dry-run"], tmp_path, templates=None
    )
    assert done.returncode == 0, done.stderr
    assert "Would create resource 'products'" in done.stdout
    assert "+ app/(admin)/products/show/[id]/page.tsx" in done.stdout
    assert "~ mock/seed.json" in done.stdout
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before
    assert (project / "mock/seed.json").read_text() == seed_before


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["products", "--field", "title:str"], "--field 'title:str': unknown type 'str'"),
        (["products"], "needs at least one --field"),
        (["Products", "--field", "title:string"], "is not a resource name"),
        (["product", "--field", "title:string"], "should be plural"),
        (["posts", "--field", "title:string"], "already exist"),
    ],
)
def test_bad_usage_is_exit_2_with_one_paragraph(
    antd_app: Path, tmp_path: Path, args: list[str], says: str
) -> None:
    project = fresh_copy(antd_app, tmp_path)
    done = run_cli(["add", "resource", *args], project, templates=None)
    assert done.returncode == 2, done.stderr
    assert says in " ".join(done.stderr.split())
    assert "Traceback" not in done.stderr
    assert not (project / "src/resources/products").exists()


def test_outside_a_project_is_exit_2(tmp_path: Path) -> None:
    done = run_cli(["add", "resource", "products", "--field", "title:string"], tmp_path, templates=None)
    assert done.returncode == 2
    assert "has no .copier-answers.yml" in " ".join(done.stderr.split())


def test_a_project_named_add_is_still_created(tmp_path: Path) -> None:
    """`add` is a sub-command now: `./add` and `my-admin` still create projects."""
    done = run_cli(["./add", "--yes", "--no-install", "--no-git", "-q"], tmp_path, templates=None)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "add" / "package.json").is_file()
    done = run_cli(["my-admin", "--yes", "--no-install", "--no-git", "-q"], tmp_path, templates=None)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "my-admin" / "package.json").is_file()


def test_help_lists_add_resource(tmp_path: Path) -> None:
    top = run_cli(["--help"], tmp_path, templates=None)
    assert "add resource NAME" in top.stdout and "./add" in top.stdout
    sub = run_cli(["add", "resource", "--help"], tmp_path, templates=None)
    assert sub.returncode == 0
    assert "enum(a,b,...)" in sub.stdout and "--dry-run" in sub.stdout


def test_fields_are_asked_at_a_terminal(antd_app: Path, tmp_path: Path) -> None:
    """No --field at a terminal: one prompt per field, checked as typed, empty line ends."""
    import os
    import time

    import pexpect

    from conftest import TEMPLATES_ENV, cli_command

    project = fresh_copy(antd_app, tmp_path)
    env = {k: v for k, v in os.environ.items() if k != TEMPLATES_ENV}
    command, *rest = cli_command()
    child = pexpect.spawn(
        command,
        [*rest, "add", "resource", "products"],
        cwd=str(project),
        env={**env, "COLUMNS": "120"},
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 120),
    )

    def answer(prompt: str, keys: str) -> None:
        child.expect(prompt)
        time.sleep(0.15)  # let prompt_toolkit finish drawing before keys arrive
        child.send(keys)

    answer("Field 1", "\r")
    child.expect("Give at least one field")
    child.send("title:strin\r")
    child.expect("unknown type 'strin'")
    child.send("\x15title:string\r")  # ^U clears the line
    answer("Field 2", "status:enum(draft,published)\r")
    answer("Field 3", "title:text\r")
    child.expect("already a field")
    child.send("\x15\r")
    child.expect("Created resource 'products'")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    types = (project / "src/resources/products/types.ts").read_text()
    assert "title: string;" in types and "status: ProductStatus;" in types


@pytest.mark.parametrize(
    ("data", "module", "says"),
    [
        ("nestjs-query", "src/providers/graphql-documents.ts", "createOneProduct(input: $input)"),
        ("graphql", "src/providers/graphql-documents.ts", "products(paging: $paging"),
        ("hasura", "src/providers/hasura-documents.ts", "insert_products_one(object: $object)"),
    ],
)
def test_graphql_data_gets_documents_per_resource(tmp_path: Path, data: str, module: str, says: str) -> None:
    """GraphQL data values: the resource's documents in its own module, in the provider's
    naming, listed in the project's documents module under the resource's name."""
    done = run_cli(
        ["app", "--yes", "--no-install", "--no-git", "-q", "-a", f"data={data}"], tmp_path, templates=None
    )
    assert done.returncode == 0, done.stderr
    project = tmp_path / "app"
    done = run_cli(["add", "resource", "products", *FIELDS, "--json"], project, templates=None)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert "src/resources/products/documents.ts" in report["created"] and module in report["edited"]
    documents = (project / "src/resources/products/documents.ts").read_text()
    assert says in documents
    assert "    categoryId\n" in documents and "    status\n" in documents  # one line per field
    registry = (project / module).read_text()
    assert 'import { productsDocuments } from "@/resources/products/documents";' in registry
    assert '  "products": productsDocuments,\n  // create-refine-app add resource: documents' in registry
    hyphenated = run_cli(["add", "resource", "blog-posts", *FIELDS], project, templates=None)
    assert hyphenated.returncode == 2
    assert "use a name without '-'" in " ".join(hyphenated.stderr.split())
    assert not (project / "src/resources/blog-posts").exists()


def test_a_hosted_backend_is_refused_before_writing(antd_app: Path, tmp_path: Path) -> None:
    """Strapi, Airtable, Appwrite: the new resource needs a collection on the service and a
    field mapping add resource does not write, so it says so and writes nothing."""
    project = fresh_copy(antd_app, tmp_path)
    answers = project / ".copier-answers.yml"
    answers.write_text(answers.read_text().replace("data: rest", "data: appwrite"))
    done = run_cli(["add", "resource", "products", *FIELDS], project, templates=None)
    assert done.returncode == 2
    message = " ".join(done.stderr.split())
    assert (
        "add resource supports data=rest, custom, nestjsx-crud, supabase, nestjs-query, graphql, hasura;"
        in message
    )
    assert "with data=appwrite the new resource also needs its table" in message
    assert not (project / "src/resources/products").exists()


@pytest.mark.parametrize("router", ["app", "pages"])
def test_catch_all_route_lists_the_new_pages(tmp_path: Path, router: str) -> None:
    """routing=catch-all: no route files; the one [[...refine]] route imports the four views
    and maps their paths to them and their loaders, one line each (App Router: the path list
    the proxy reads too)."""
    done = run_cli(
        [
            "app",
            "--yes",
            "--no-install",
            "--no-git",
            "-q",
            "-a",
            f"router={router}",
            "-a",
            "routing=catch-all",
        ],
        tmp_path,
        templates=None,
    )
    assert done.returncode == 0, done.stderr
    project = tmp_path / "app"
    done = run_cli(["add", "resource", "blog-posts", *FIELDS, "--json"], project, templates=None)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    route = "app/(admin)/[[...refine]]/page.tsx" if router == "app" else "pages/[[...refine]].tsx"
    assert route in report["edited"]
    assert ("src/server/refine-route.ts" in report["edited"]) == (router == "app")
    assert not any(path.startswith(("app/", "pages/")) for path in report["created"])
    text = (project / route).read_text()
    assert 'import { BlogPostShow } from "@/resources/blog-posts/show";' in text
    assert 'import { loadBlogPostList, loadBlogPostShow } from "@/server/load-blog-posts";' in text
    # The new lines sit above the markers: imports among the imports, entries inside PAGES.
    assert text.index("loadBlogPostShow }") < text.index("// create-refine-app add resource: imports")
    pages = text[text.index("const PAGES") :]
    assert (
        pages.index('"blog-posts/create"')
        < pages.index("// create-refine-app add resource: pages")
        < pages.index("};")
    )
    if router == "pages":
        # Views and loaders apart: the loaders (server code) stay out of the browser's bundle.
        assert (
            '  "blog-posts": BlogPostList,\n' in pages and '"blog-posts/show/:id": BlogPostShow,\n' in pages
        )
        loaders = text[text.index("const LOADERS") :]
        assert '  "blog-posts": loader(BlogPostList, ({ url }) => loadBlogPostList(url)),' in loaders
        assert '  "blog-posts/show/:id": loader(BlogPostShow, ({ id }) => loadBlogPostShow(id)),' in loaders
        assert '"blog-posts/create"' not in loaders
        assert loaders.index("loadBlogPostShow(id)") < loaders.index(
            "// create-refine-app add resource: loaders"
        )
    else:
        assert '  "blog-posts": entry(BlogPostList, ({ url }) => loadBlogPostList(url)),' in text
        assert '  "blog-posts/show/:id": entry(BlogPostShow, ({ id }) => loadBlogPostShow(id)),' in text
    if router == "app":
        paths = (project / "src/server/refine-route.ts").read_text()
        assert '  "blog-posts/show/:id",\n  // create-refine-app add resource: paths' in paths


def test_a_catch_all_route_without_its_marker_is_refused(tmp_path: Path) -> None:
    """A route file edited (or generated before add resource knew catch-all): exit 2, nothing written."""
    done = run_cli(
        ["app", "--yes", "--no-install", "--no-git", "-q", "-a", "routing=catch-all"],
        tmp_path,
        templates=None,
    )
    assert done.returncode == 0, done.stderr
    project = tmp_path / "app"
    route = project / "app/(admin)/[[...refine]]/page.tsx"
    route.write_text(
        route.read_text().replace("// create-refine-app add resource: pages above this line", "")
    )
    done = run_cli(["add", "resource", "products", *FIELDS], project, templates=None)
    assert done.returncode == 2
    assert "pages above this line' marker line" in " ".join(done.stderr.split())
    assert not (project / "src/resources/products").exists()


def test_supabase_gets_the_table_to_create(tmp_path: Path) -> None:
    """data=supabase: the pages as with REST, and supabase/<name>.sql (loaded into a real
    PostgreSQL by tests/e2e/test_add_resource.py) with one column per field."""
    done = run_cli(
        ["app", "--yes", "--no-install", "--no-git", "-q", "-a", "data=supabase"], tmp_path, templates=None
    )
    assert done.returncode == 0, done.stderr
    project = tmp_path / "app"
    done = run_cli(["add", "resource", "products", *FIELDS], project, templates=None)
    assert done.returncode == 0, done.stderr
    assert "run supabase/products.sql" in " ".join(done.stderr.split())
    sql = (project / "supabase/products.sql").read_text()
    assert '  "categoryId" bigint not null references public."categories" (id),\n' in sql
    assert """  "status" text not null check ("status" in ('draft', 'published'))\n);""" in sql
    assert not (project / "mock/seed.json").read_text().count('"products"')
    assert 'on public."products" for select to anon, authenticated using (true);' in sql


def test_supabase_sign_in_tables_admit_signed_in_users_only(tmp_path: Path) -> None:
    """auth=supabase: the new table's policies are the samples' (`to authenticated`): the
    app sends the user's token, and the anon key alone must not read or write it."""
    done = run_cli(
        ["app", "--yes", "--no-install", "--no-git", "-q", "-a", "data=supabase", "-a", "auth=supabase"],
        tmp_path,
        templates=None,
    )
    assert done.returncode == 0, done.stderr
    project = tmp_path / "app"
    done = run_cli(["add", "resource", "products", *FIELDS], project, templates=None)
    assert done.returncode == 0, done.stderr
    sql = (project / "supabase/products.sql").read_text()
    policies = [line for line in sql.splitlines() if line.startswith("create policy")]
    assert len(policies) == 2 and all(" to authenticated using (true)" in p for p in policies), policies
    assert "anon" not in sql

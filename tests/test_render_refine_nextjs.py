"""Fast render tests of the refine-nextjs preset (copier only, no npm): every answer combination."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
from pathlib import Path

import copier
import pytest
import yaml

from create_refine_app.package_managers import PACKAGE_MANAGERS
from tests.conftest import run_cli

TEMPLATE = Path(__file__).resolve().parents[1] / "templates" / "refine-nextjs"
# Exact versions only (a prerelease too: @mui/lab 6 has no other kind), never a range.
EXACT_VERSION = re.compile(r"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$")
# Jinja left in the output: `{% … %}`, `{# … #}` or `{{ name }}` / `{{ name | filter }}`.
# (JSX's `style={{ key: … }}` is not Jinja and is allowed.)
# GitHub Actions' own ``${{ expression }}`` (in .github/workflows) is not Jinja.
LEFTOVER_JINJA = re.compile(r"\{%|%\}|\{#|#\}|(?<!\$)\{\{\s*[A-Za-z_][\w.]*\s*(\||\}\})")

UI_KITS = ("antd", "mui", "tailwind", "shadcn", "headless")
KEYS = ("ui", "router", "routing", "auth", "data", "dashboard")
DATA = (
    "rest",
    "custom",
    "nestjs-query",
    "graphql",
    "nestjsx-crud",
    "supabase",
    "strapi-v4",
    "hasura",
    "airtable",
    "appwrite",
)
# The package each data value brings (none for the hand-written provider).
DATA_PACKAGES = {
    "rest": "@refinedev/simple-rest",
    "nestjs-query": "@refinedev/nestjs-query",
    "graphql": "@refinedev/graphql",
    "nestjsx-crud": "@refinedev/nestjsx-crud",
    "supabase": "@refinedev/supabase",
    "strapi-v4": "@refinedev/strapi-v4",
    "hasura": "@refinedev/hasura",
    "airtable": "@refinedev/airtable",
    "appwrite": "@refinedev/appwrite",
}
# Every combination for the default kit; for the other kits every router x routing x auth,
# with data (every value) and dashboard alternating (they touch no kit file).
COMBINATIONS = [
    dict(zip(KEYS, ("antd", *values), strict=True))
    for values in itertools.product(
        ("pages", "app"), ("files", "catch-all"), ("demo", "none"), DATA[:2], (True, False)
    )
] + [
    dict(zip(KEYS, (ui, router, routing, auth, DATA[i % len(DATA)], i % 3 != 0), strict=True))
    for ui in UI_KITS[1:]
    for i, (router, routing, auth) in enumerate(
        itertools.product(("pages", "app"), ("files", "catch-all"), ("demo", "none"))
    )
]


def combo_id(answers: dict[str, object]) -> str:
    return "-".join(f"{k}={v}" for k, v in answers.items())


def render(dst: Path, **answers: object) -> Path:
    copier.run_copy(str(TEMPLATE), dst, data=answers, defaults=True, unsafe=False, quiet=True)
    return dst


def files_of(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("answers", COMBINATIONS, ids=combo_id)
def test_every_combination_renders_cleanly(tmp_path: Path, answers: dict[str, object]) -> None:
    out = render(tmp_path / "app", **answers)
    files = files_of(out)

    for name, content in files.items():
        assert not LEFTOVER_JINJA.search(name), name
        assert not name.endswith(".jinja"), name
        text = content.decode("utf-8")
        match = LEFTOVER_JINJA.search(text)
        assert match is None, f"{name}: leftover Jinja {match.group(0)!r}"
        assert text.endswith("\n"), f"{name}: no final newline"

    package = json.loads(files["package.json"])
    assert package["name"] == "refine-app"
    versions = {**package["dependencies"], **package["devDependencies"]}
    inexact = {name: v for name, v in versions.items() if not EXACT_VERSION.match(v)}
    assert not inexact, f"versions must be exact: {inexact}"
    # The json-server mock comes only with the REST values; the others talk to the user's server.
    mock = answers["data"] in ("rest", "custom")
    assert set(package["scripts"]) >= {"dev", "build", "start", "lint", "typecheck", "test:e2e"}
    assert ("mock" in package["scripts"]) == ("json-server" in versions) == mock
    for data, name in DATA_PACKAGES.items():
        assert (name in versions) == (answers["data"] == data), name
    graphql = answers["data"] in ("nestjs-query", "graphql")
    assert ("graphql-tag" in versions) == (graphql or answers["data"] == "hasura")

    pages = answers["router"] == "pages"
    app = answers["router"] == "app"
    files_routing = answers["routing"] == "files"
    catch_all = answers["routing"] == "catch-all"
    demo = answers["auth"] == "demo"
    expect_present = {
        "pages/[[...refine]].tsx": pages and catch_all,
        "pages/index.tsx": pages and files_routing,
        "pages/posts/index.tsx": pages and files_routing,
        "pages/posts/show/[id].tsx": pages and files_routing,
        "pages/categories/index.tsx": pages and files_routing,
        "pages/users/show/[id].tsx": pages and files_routing,
        "pages/categories/show/[id].tsx": pages,  # static (SSG) in both routings
        "pages/about.tsx": pages,
        "pages/404.tsx": pages,
        "pages/_app.tsx": pages,
        "pages/_document.tsx": pages,
        "pages/login.tsx": pages and demo,
        "pages/register.tsx": pages and demo,
        "pages/forgot-password.tsx": pages and demo,
        "pages/api/auth/login.ts": demo,  # API routes: pages/api with either router
        "pages/api/data/[[...path]].ts": True,
        "app/layout.tsx": app,
        "app/not-found.tsx": app,
        "app/(admin)/layout.tsx": app,
        "app/(admin)/[[...refine]]/page.tsx": app and catch_all,
        "app/(admin)/page.tsx": app and files_routing and bool(answers["dashboard"]),
        "app/(admin)/posts/page.tsx": app and files_routing,
        "app/(admin)/posts/show/[id]/page.tsx": app and files_routing,
        "app/(admin)/posts/create/page.tsx": app and files_routing,
        "app/(admin)/posts/edit/[id]/page.tsx": app and files_routing,
        "app/(admin)/categories/page.tsx": app and files_routing,
        "app/(admin)/users/page.tsx": app and files_routing,
        "app/(admin)/users/show/[id]/page.tsx": app and files_routing,
        "app/(public)/categories/show/[id]/page.tsx": app,  # static (SSG + revalidate) in both routings
        "app/(admin)/about/page.tsx": app,
        "app/(auth)/login/page.tsx": app and demo,
        "app/(auth)/register/page.tsx": app and demo,
        "app/(auth)/forgot-password/page.tsx": app and demo,
        "proxy.ts": app and (demo or not answers["dashboard"] or catch_all),
        "src/server/refine-route.ts": app and catch_all,
        "src/components/providers.tsx": True,  # <Refine> and its options: shared by both routers
        "src/components/shell.tsx": True,  # the UI kit's contract (docs/presets.md)
        "src/components/app-layout.tsx": True,  # the sign-in guard, around the kit's AppFrame
        "src/components/app-frame.tsx": True,
        "src/lib/use-post-form.ts": answers["ui"] != "antd",  # react-hook-form kits' post form wiring
        "src/components/not-found.tsx": True,
        "src/components/style-registry.tsx": app,
        "src/components/page-styles.tsx": pages,
        "src/lib/app-page.ts": pages,
        "src/server/protect.ts": pages,
        "src/server/page.ts": app,
        "src/lib/use-initial-list.ts": True,
        "src/auth/session.ts": demo,
        "src/auth/login-throttle.ts": demo,
        "src/server/same-origin.ts": True,
        "src/providers/router-provider.ts": True,
        "src/components/error-view.tsx": True,
        "app/error.tsx": app,
        "pages/_error.tsx": pages,
        "instrumentation.ts": demo,
        "scripts/session-secret.mjs": demo,
        "scripts/docker-start.mjs": demo,
        "src/auth/auth-pages.tsx": demo,
        "src/providers/auth-provider.ts": demo,
        "src/providers/data-provider.ts": True,
        "mock/seed.json": True,  # the sample data: the mock's seed, or what to load into your server
        "scripts/mock.mjs": mock,
        "src/providers/graphql-documents.ts": graphql,
        "src/providers/hasura-documents.ts": answers["data"] == "hasura",
        "src/server/hasura-headers.ts": answers["data"] == "hasura",
        "hasura/schema.sql": answers["data"] == "hasura",
        "hasura/metadata/databases/databases.yaml": answers["data"] == "hasura",
        "src/providers/airtable-records.ts": answers["data"] == "airtable",
        "airtable/base.md": answers["data"] == "airtable",
        "src/providers/appwrite-documents.ts": answers["data"] == "appwrite",
        "appwrite/collections.json": answers["data"] == "appwrite",
        ".copier-answers.yml": True,
        "Dockerfile": True,
        ".env.example": True,
        "e2e/admin.spec.ts": True,  # the one browser walk, shared by every kit
        "e2e/adapter.ts": True,
        "e2e/kit.ts": True,  # the kit's overrides of the adapter's defaults
        "knip.jsonc": answers["ui"] == "shadcn" or answers["auth"] == "demo",
    }
    wrong = {name: present for name, present in expect_present.items() if (name in files) != present}
    assert not wrong, f"expected present/absent: {wrong}"

    # data=supabase: the provider module imports its own small module (src/providers/supabase.ts).
    provider = (
        files["src/providers/data-provider.ts"] + files.get("src/providers/supabase.ts", b"")
    ).decode()
    for data, name in DATA_PACKAGES.items():
        if data not in ("airtable", "appwrite"):  # imported by their own modules, checked below
            assert (f'from "{name}"' in provider) == (answers["data"] == data), name
    assert ('from "@/providers/graphql-documents"' in provider) == graphql
    env_example = files[".env.example"].decode()
    assert ("MOCK_API_PORT=" in env_example) == mock
    supabase = answers["data"] == "supabase"
    airtable = answers["data"] == "airtable"
    appwrite = answers["data"] == "appwrite"
    own_variables = supabase or airtable or appwrite  # no API_URL: the service's own variables
    assert ("\nAPI_URL=http://127.0.0.1:" in env_example) == (not mock and not own_variables)
    assert ("\nAPI_URL=http://127.0.0.1:1337/api\n" in env_example) == (answers["data"] == "strapi-v4")
    assert ("strapi/src/api/post/content-types/post/schema.json" in files) == (answers["data"] == "strapi-v4")
    assert ("\nSUPABASE_URL=" in env_example and "\nSUPABASE_ANON_KEY=" in env_example) == supabase
    assert ("supabase/schema.sql" in files) == supabase
    assert ("\nAPI_URL=http://127.0.0.1:8080/v1/graphql" in env_example) == (answers["data"] == "hasura")
    assert not re.search(r"^\s*#?\s*NEXT_PUBLIC_\w*=", env_example, re.M)  # read at run time, never baked in
    # Airtable's token and base: in .env.example, never a NEXT_PUBLIC_ variable.
    assert ("\nAIRTABLE_API_KEY=\n" in env_example) == airtable
    assert ("\nAPPWRITE_API_KEY=\n" in env_example) == appwrite
    assert "NEXT_PUBLIC_AIRTABLE" not in "".join(f.decode() for f in files.values())
    assert "NEXT_PUBLIC_APPWRITE" not in "".join(f.decode() for f in files.values())
    if airtable:
        assert 'from "@refinedev/airtable"' in files["src/providers/airtable-records.ts"].decode()
    if airtable or appwrite:
        assert "...credentialHeaders()" in files["pages/api/data/[[...path]].ts"].decode()
    if appwrite:
        assert 'from "@refinedev/appwrite"' in files["src/providers/appwrite-documents.ts"].decode()
        collections = json.loads(files["appwrite/collections.json"])
        assert [c["$id"] for c in collections["collections"]] == ["categories", "posts", "users"]
    refine_root = files["src/components/providers.tsx"].decode()
    assert "disableTelemetry: true" in refine_root
    assert ("authProvider={authProvider}" in refine_root) == demo
    assert 'import { routerProvider } from "@/providers/router-provider";' in refine_root
    router_provider = files["src/providers/router-provider.ts"].decode()
    assert f'"@refinedev/nextjs-router/{answers["router"]}"' in router_provider
    assert ("safeRedirectPath" in router_provider) == demo
    assert ("@ant-design/nextjs-registry" in versions) == (app and answers["ui"] == "antd")
    initial_list = files["src/lib/use-initial-list.ts"].decode()
    assert ('from "next/navigation"' in initial_list) == app
    assert refine_root.startswith('"use client";')
    if app:
        layout = files["app/layout.tsx"].decode()
        assert "<StyleRegistry>" in layout
        registry = files["src/components/style-registry.tsx"].decode()
        assert ("<AntdRegistry>" in registry) == (answers["ui"] == "antd")
        # A <Suspense> around the providers would stream a 200 shell before notFound().
        assert not re.search(r"import[^;]*\bSuspense\b", layout)
        static = files["app/(public)/categories/show/[id]/page.tsx"].decode()
        assert "generateStaticParams" in static and "export const revalidate" in static
    else:
        # Pages Router titles come from the same helper as the App Router's metadata.
        assert "<DocumentTitleHandler handler={refineDocumentTitle} />" in files["pages/_app.tsx"].decode()
    if "proxy.ts" in files:
        proxy = files["proxy.ts"].decode()
        assert ("sessionUser" in proxy) == (answers["auth"] != "none")
        assert ('redirect("/posts", request)' in proxy) == (not answers["dashboard"])
        assert ('rewrite(new URL("/_not-found"' in proxy) == catch_all
    resources = files["src/resources/index.tsx"].decode()
    assert ('name: "dashboard"' in resources) == answers["dashboard"]
    assert ("SESSION_SECRET" in files[".env.example"].decode()) == demo
    dockerfile = files["Dockerfile"].decode()
    entry = '["node", "scripts/docker-start.mjs"]' if demo else '["node", "server.js"]'
    assert f"CMD {entry}" in dockerfile

    recorded = yaml.safe_load(files[".copier-answers.yml"])
    assert {k: recorded[k] for k in answers} == answers


@pytest.mark.parametrize("router", ["pages", "app"])
def test_output_is_deterministic(tmp_path: Path, router: str) -> None:
    answers = {"router": router, "routing": "catch-all", "auth": "demo", "data": "custom", "dashboard": False}
    first = files_of(render(tmp_path / "one", **answers))
    second = files_of(render(tmp_path / "two", **answers))
    assert first == second


@pytest.mark.parametrize("router", ["pages", "app"])
def test_title_lands_literally(tmp_path: Path, router: str) -> None:
    title = "Ünïcode \"Admin\" {{ x }} {% y %} </script> `tick` back\\slash 'q'"
    out = render(tmp_path / "app", title=title, router=router)
    config = (out / "src" / "config.ts").read_text()
    literal = re.fullmatch(r'(?s).*export const APP_TITLE = (".*");\n', config)
    assert literal, config
    assert json.loads(literal.group(1)) == title  # a JSON string is a valid TS string literal
    assert "</script>" not in config
    assert (out / "README.md").read_text().startswith(f"# {title}\n")
    assert json.loads((out / "package.json").read_text())["description"].startswith(title)
    # The title is used through APP_TITLE only: no other file contains it.
    for path in out.rglob("*"):
        if path.is_file() and path.name not in (
            "config.ts",
            "README.md",
            "package.json",
            ".copier-answers.yml",
        ):
            assert "Ünïcode" not in path.read_text(errors="replace"), path


def test_questions_follow_the_cli_contract() -> None:
    config = yaml.safe_load((TEMPLATE / "copier.yml").read_text())
    assert config["_subdirectory"] == "template"
    assert config["_templates_suffix"] == ".jinja"
    for forbidden in ("_tasks", "_migrations", "_jinja_extensions"):
        assert forbidden not in config
    questions = [k for k in config if not k.startswith("_")]
    assert questions == [
        "project_name",
        "package_manager",
        "title",
        "router",
        "ui",
        "routing",
        "data",
        "auth",
        "samples",
        "dashboard",
    ]
    # A choice is a value, or {value, validator} when it needs another answer (copier's form).
    choices = {
        k: sorted(v["value"] if isinstance(v, dict) else v for v in config[k].get("choices", {}).values())
        for k in questions
    }
    assert choices["routing"] == ["catch-all", "files"]
    assert choices["auth"] == [
        "appwrite",
        "auth0",
        "demo",
        "google",
        "keycloak",
        "none",
        "oidc",
        "strapi-v4",
        "supabase",
    ]
    assert choices["data"] == sorted(DATA)
    assert choices["package_manager"] == sorted(PACKAGE_MANAGERS)
    assert choices["router"] == ["app", "pages"] and choices["ui"] == sorted(UI_KITS)
    for name in questions:
        assert {"type", "help", "default"} <= set(config[name]), name
    preset = yaml.safe_load((TEMPLATE / "preset.yml").read_text())
    assert preset["name"] == "refine-nextjs" and preset["order"] == 1 and preset["answers"] == {}


EXAMPLES = sorted(p.parent.name for p in (TEMPLATE.parent / "examples").glob("*/example.yml"))


def test_the_issue_s_examples_are_bundled() -> None:
    assert EXAMPLES == [
        "with-nextjs",
        "with-nextjs-appdir",
        "with-nextjs-auth",
        "with-nextjs-headless",
        "with-nextjs-keycloak",
    ]


@pytest.mark.parametrize("example", EXAMPLES)
def test_example_renders_with_its_answers_and_files(tmp_path: Path, example: str) -> None:
    """The real CLI, bundled templates: the example's fixed answers land, its files lie on top."""
    folder = TEMPLATE.parent / "examples" / example
    fixed = yaml.safe_load((folder / "example.yml").read_text())["answers"]
    result = run_cli(
        [str(tmp_path / "app"), "--example", example, "--yes", "--no-install", "--no-git"],
        tmp_path,
        templates=None,
    )
    assert result.returncode == 0, result.stderr
    files = files_of(tmp_path / "app")
    for name, content in files.items():
        match = LEFTOVER_JINJA.search(content.decode("utf-8"))
        assert match is None, f"{name}: leftover Jinja {match.group(0)!r}"
    recorded = yaml.safe_load(files[".copier-answers.yml"])
    assert {key: recorded[key] for key in fixed} == fixed
    extra = [p.relative_to(folder / "files") for p in (folder / "files").rglob("*") if p.is_file()]
    assert extra and all(files[str(path)] == (folder / "files" / path).read_bytes() for path in extra)
    # Every project file the example's notes name exists in the project.
    notes = files["EXAMPLE.md"].decode()
    named = set(re.findall(r"`((?:app|pages|src)/[^`*…]+\.tsx?|proxy\.ts)`", notes))
    assert named and not {path for path in named if path not in files}, named - set(files)


@pytest.mark.parametrize("auth", ["demo", "none"])
def test_env_example_has_no_usable_secret(tmp_path: Path, auth: str) -> None:
    """`.env.example` names SESSION_SECRET but gives it no value: copying it to .env.local
    leaves production refusing to start until a real secret is set."""
    out = render(tmp_path / "app", auth=auth)
    settings = [line for line in (out / ".env.example").read_text().splitlines() if not line.startswith("#")]
    secrets = [line for line in settings if line.startswith("SESSION_SECRET")]
    assert secrets == (["SESSION_SECRET="] if auth == "demo" else [])


SIGN_IN_ENV = {
    "google": ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
    "auth0": ["AUTH0_ISSUER", "AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET"],
    "keycloak": ["KEYCLOAK_ISSUER", "KEYCLOAK_CLIENT_ID", "KEYCLOAK_CLIENT_SECRET"],
    "oidc": ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"],
}


@pytest.mark.parametrize("auth", sorted(SIGN_IN_ENV))
def test_sign_in_configuration_is_required_and_named(tmp_path: Path, auth: str) -> None:
    """`.env.example` lists every sign-in variable with no secret value, and the app's one
    rule set (scripts/auth-env.mjs, run by Node) names each missing variable, refuses a short
    or placeholder NEXTAUTH_SECRET and a non-URL issuer, and accepts a full configuration."""
    out = render(tmp_path / "app", auth=auth)
    required = [*SIGN_IN_ENV[auth], "NEXTAUTH_URL", "NEXTAUTH_SECRET"]
    settings = dict(
        line.split("=", 1) for line in (out / ".env.example").read_text().splitlines() if "=" in line[:40]
    )
    assert {name for name in required if name in settings} == set(required)
    assert settings["NEXTAUTH_SECRET"] == "" and settings[f"{auth.upper()}_CLIENT_SECRET"] == ""
    good = {name: "https://id.example.test/realms/x" for name in required}
    good.update(NEXTAUTH_URL="http://localhost:3000", NEXTAUTH_SECRET="f" * 64)
    cases = [
        {},
        good,
        {**good, "NEXTAUTH_SECRET": "change-me".ljust(40, "x")},
        {**good, "NEXTAUTH_SECRET": "a" * 31},
    ]
    if auth != "google":
        cases.append({**good, f"{auth.upper()}_ISSUER": "id.example.test"})
    script = f"""
import {{ authEnvHelp, authEnvProblems }} from "./scripts/auth-env.mjs";
const cases = {json.dumps(cases)};
console.log(JSON.stringify(cases.map((env) => authEnvProblems(env))));
console.log(JSON.stringify(authEnvHelp(authEnvProblems({{}}))));
"""
    result = subprocess.run(
        ["node", "--input-type=module", "-e", script], cwd=out, capture_output=True, text=True, check=True
    )
    lines = result.stdout.splitlines()
    problems = json.loads(lines[0])
    assert problems[0] == [f"{name} is not set" for name in required]
    assert problems[1] == []
    assert all(len(found) == 1 for found in problems[2:]), problems
    assert "NEXTAUTH_SECRET" in problems[2][0] and "NEXTAUTH_SECRET" in problems[3][0]
    help_text = json.loads(lines[1])
    assert help_text.startswith("Sign-in is not configured: ") and all(name in help_text for name in required)


def test_security_headers_and_no_powered_by(tmp_path: Path) -> None:
    config = (render(tmp_path / "app") / "next.config.ts").read_text()
    assert "poweredByHeader: false" in config
    for header, value in (
        ("X-Frame-Options", "DENY"),
        ("Content-Security-Policy", "frame-ancestors 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ):
        assert f'{{ key: "{header}", value: "{value}" }}' in config, header


def test_session_secret_rules(tmp_path: Path) -> None:
    """The generated app's one rule set for SESSION_SECRET (scripts/session-secret.mjs), run by
    Node: the public and placeholder values and short ones are refused, a random one is not."""
    out = render(tmp_path / "app")
    script = """
import { DEV_SESSION_SECRET, newSessionSecret, sessionSecretProblem } from "./scripts/session-secret.mjs";
const values = ["", "change-me-dev-only-secret", DEV_SESSION_SECRET, "CHANGE_ME".padEnd(40, "x"),
  "a".repeat(31), newSessionSecret()];
console.log(JSON.stringify(values.map((v) => sessionSecretProblem(v))));
"""
    result = subprocess.run(
        ["node", "--input-type=module", "-e", script], cwd=out, capture_output=True, text=True, check=True
    )
    problems = json.loads(result.stdout)
    assert all(problems[:5]), problems
    assert problems[5] is None


def test_hasura_setup_matches_the_seed_types_and_documents(tmp_path: Path) -> None:
    """data=hasura ships what makes the app's tables exist on the user's Hasura: schema.sql
    holds every seed row (the generated e2e spec expects them), the metadata names each
    snake_case column after a field of src/types.ts and adds posts.category by its foreign
    key, the documents ask only for those fields; the admin secret is read by server code only."""
    out = render(tmp_path / "app", data="hasura", ui="headless")
    files = {name: content.decode() for name, content in files_of(out).items()}
    seed = json.loads(files["mock/seed.json"])
    sql = files["hasura/schema.sql"]
    for table, rows in seed.items():
        block = sql.split(f"INSERT INTO {table} ", 1)[1].split(";\n", 1)[0]
        assert block.count("\n  (") == len(rows), table
        for row in rows:
            first = str(row.get("title") or row["email"]).replace("'", "''")
            assert f"'{first}'" in block, (table, first)
    assert "category_id integer NOT NULL REFERENCES categories (id)" in sql

    tables = {
        entry["table"]["name"]: entry
        for entry in yaml.safe_load(files["hasura/metadata/databases/databases.yaml"])[0]["tables"]
    }
    assert set(tables) == set(seed)
    types = files["src/types.ts"]
    fields = {
        name: set(
            re.findall(r"^  (\w+)\??:", types.split(f"interface {interface} {{", 1)[1].split("}", 1)[0], re.M)
        )
        for name, interface in (("posts", "IPost"), ("categories", "ICategory"), ("users", "IUser"))
    }
    for name, entry in tables.items():
        renamed = entry.get("configuration", {}).get("column_config", {})
        for column, config in renamed.items():
            assert re.search(rf"^  {column} ", sql, re.M), column
            assert config["custom_name"] in fields[name], config
    assert tables["posts"]["object_relationships"] == [
        {"name": "category", "using": {"foreign_key_constraint_on": "category_id"}}
    ]

    documents = files["src/providers/hasura-documents.ts"]
    for operation in (
        "posts_aggregate",
        "posts_by_pk",
        "insert_posts_one",
        "update_posts_by_pk",
        "delete_posts_by_pk",
    ):
        assert f"{operation}(" in documents, operation
    asked = set(re.findall(r"^ {4,}(\w+)$", documents, re.M)) - {"aggregate", "count"}
    assert asked <= set().union(*fields.values()), asked - set().union(*fields.values())

    code = (".ts", ".tsx", ".mjs", ".js")
    readers = {n for n, text in files.items() if n.endswith(code) and "HASURA_ADMIN_SECRET" in text}
    assert readers == {"src/server/hasura-headers.ts"}, readers  # the one module that reads it
    assert "HASURA_ADMIN_SECRET=" in files[".env.example"] and "HASURA_ADMIN_SECRET" in files["README.md"]
    importers = {name for name, text in files.items() if '"@/server/hasura-headers"' in text}
    assert importers == {"src/server/data.ts", "pages/api/data/[[...path]].ts"}, importers

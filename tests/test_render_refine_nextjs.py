"""Fast render tests of the refine-nextjs preset (copier only, no npm): every answer combination."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import copier
import pytest
import yaml

TEMPLATE = Path(__file__).resolve().parents[1] / "templates" / "refine-nextjs"
EXACT_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
# Jinja left in the output: `{% … %}`, `{# … #}` or `{{ name }}` / `{{ name | filter }}`.
# (JSX's `style={{ key: … }}` is not Jinja and is allowed.)
LEFTOVER_JINJA = re.compile(r"\{%|%\}|\{#|#\}|\{\{\s*[A-Za-z_][\w.]*\s*(\||\}\})")

COMBINATIONS = [
    dict(zip(("routing", "auth", "data", "dashboard"), values, strict=True))
    for values in itertools.product(
        ("files", "catch-all"), ("demo", "none"), ("rest", "custom"), (True, False)
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
    assert set(package["scripts"]) >= {"dev", "build", "start", "mock", "lint", "typecheck", "test:e2e"}
    assert ("@refinedev/simple-rest" in versions) == (answers["data"] == "rest")

    expect_present = {
        "pages/[[...refine]].tsx": answers["routing"] == "catch-all",
        "pages/index.tsx": answers["routing"] == "files",
        "pages/posts/index.tsx": answers["routing"] == "files",
        "pages/posts/show/[id].tsx": answers["routing"] == "files",
        "pages/categories/index.tsx": answers["routing"] == "files",
        "pages/users/show/[id].tsx": answers["routing"] == "files",
        "pages/categories/show/[id].tsx": True,  # static (SSG) in both routings
        "pages/about.tsx": True,
        "pages/404.tsx": True,
        "pages/login.tsx": answers["auth"] == "demo",
        "pages/register.tsx": answers["auth"] == "demo",
        "pages/forgot-password.tsx": answers["auth"] == "demo",
        "pages/api/auth/login.ts": answers["auth"] == "demo",
        "src/auth/session.ts": answers["auth"] == "demo",
        "src/providers/auth-provider.ts": answers["auth"] == "demo",
        "src/providers/data-provider.ts": True,
        "mock/seed.json": True,
        ".copier-answers.yml": True,
        "Dockerfile": True,
        ".env.example": True,
        "e2e/admin.spec.ts": True,
    }
    wrong = {name: present for name, present in expect_present.items() if (name in files) != present}
    assert not wrong, f"expected present/absent: {wrong}"

    provider = files["src/providers/data-provider.ts"].decode()
    assert ("@refinedev/simple-rest" in provider) == (answers["data"] == "rest")
    app = files["pages/_app.tsx"].decode()
    assert "disableTelemetry: true" in app
    assert ("authProvider={authProvider}" in app) == (answers["auth"] == "demo")
    resources = files["src/resources/index.tsx"].decode()
    assert ('name: "dashboard"' in resources) == answers["dashboard"]
    assert ("SESSION_SECRET" in files[".env.example"].decode()) == (answers["auth"] == "demo")

    recorded = yaml.safe_load(files[".copier-answers.yml"])
    assert {k: recorded[k] for k in answers} == answers


def test_output_is_deterministic(tmp_path: Path) -> None:
    answers = {"routing": "catch-all", "auth": "demo", "data": "custom", "dashboard": False}
    first = files_of(render(tmp_path / "one", **answers))
    second = files_of(render(tmp_path / "two", **answers))
    assert first == second


def test_title_lands_literally(tmp_path: Path) -> None:
    title = "Ünïcode \"Admin\" {{ x }} {% y %} </script> `tick` back\\slash 'q'"
    out = render(tmp_path / "app", title=title)
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
    assert questions == ["project_name", "title", "router", "ui", "routing", "auth", "data", "dashboard"]
    choices = {k: sorted(config[k].get("choices", {}).values()) for k in questions}
    assert choices["routing"] == ["catch-all", "files"]
    assert choices["auth"] == ["demo", "none"]
    assert choices["data"] == ["custom", "rest"]
    assert choices["router"] == ["pages"] and choices["ui"] == ["antd"]
    for name in questions:
        assert {"type", "help", "default"} <= set(config[name]), name
    preset = yaml.safe_load((TEMPLATE / "preset.yml").read_text())
    assert preset["name"] == "refine-nextjs" and preset["order"] == 1 and preset["answers"] == {}

"""`preset check`: passes on bundled presets, fails clearly on each broken rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import FIXTURE_TEMPLATES, FIXTURES, REPO, run_cli

BAD = FIXTURES / "bad-presets"
EXPECTED = {
    "unknown-metadata-key": "unknown keys colour",
    "missing-description": "non-empty text value for 'description'",
    "unknown-question-key": "unknown keys: choises",
    "unsupported-type": "has type 'path'",
    "default-not-in-choices": "default 'oauth' is not one of its choices",
    "when-unknown-question": "when refers to unknown colour",
    "when-asked-later": "when refers to dashboard, asked later",
    "fixed-answer-unknown": "'nope' is not a question of the preset",
    "fixed-answer-bad-choice": "'bootstrap' is not one of the choices for 'ui'",
    "leftover-jinja": "src/config.ts:1: leftover Jinja",
    "invalid-package-json": "package.json is not valid JSON",
    "invalid-tsconfig": "tsconfig.json is not valid JSON",
    "case-clash": "readme.md and README.md differ only by case",
    "kit-missing-module": "ui=headless: the kit layer has no src/components/shell.tsx",
}


def test_every_bad_fixture_is_covered() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_preset_fails_with_a_clear_report(name: str, tmp_path: Path) -> None:
    result = run_cli(["preset", "check", str(BAD / name), "--json"], tmp_path, templates=None)
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["passed"] is False
    problems = [p for check in data["checks"] for p in check["problems"]]
    assert any(EXPECTED[name] in p for p in problems), problems
    assert "Traceback" not in result.stderr


def test_bundled_presets_pass_render_only(tmp_path: Path) -> None:
    result = run_cli(
        ["preset", "check", str(REPO / "templates")],
        tmp_path,
        templates=None,
        env={"COLUMNS": "200"},
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "refine-nextjs" in result.stdout and "all passed" in result.stdout


def test_covering_set_and_full_product(tmp_path: Path) -> None:
    covering = json.loads(
        run_cli(["preset", "check", str(FIXTURE_TEMPLATES / "mini"), "--json"], tmp_path).stdout
    )
    renders = [c["name"] for c in covering["checks"] if "render" in c["seconds"]]
    assert len(renders) == 2  # the widest question has two values
    assert any("ui=antd" in n for n in renders) and any("ui=headless" in n for n in renders)
    assert any("dashboard=false" in n for n in renders)
    everything = json.loads(
        run_cli(["preset", "check", str(FIXTURE_TEMPLATES / "mini"), "--all", "--json"], tmp_path).stdout
    )
    assert len([c for c in everything["checks"] if "render" in c["seconds"]]) == 8


def test_templates_root_checks_examples_too(tmp_path: Path) -> None:
    result = run_cli(["preset", "check", str(FIXTURE_TEMPLATES), "--json"], tmp_path)
    names = [c["name"] for c in json.loads(result.stdout)["checks"]]
    assert "example mini-extra" in names and "example mini-fixed" in names
    assert result.returncode == 0


def test_build_installs_each_render_with_a_shared_cache(tmp_path: Path) -> None:
    cache = tmp_path / "npm-cache"
    result = run_cli(
        ["preset", "check", str(FIXTURE_TEMPLATES / "mini"), "--build", "--npm-cache", str(cache), "--json"],
        tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    renders = [c for c in json.loads(result.stdout)["checks"] if "render" in c["seconds"]]
    assert all("install" in c["seconds"] for c in renders)
    assert cache.is_dir()


def test_bad_path(tmp_path: Path) -> None:
    result = run_cli(["preset", "check", str(tmp_path / "nope")], tmp_path)
    assert result.returncode == 2 and "not a directory" in result.stderr


def test_kit_contract_names_a_missing_export(tmp_path: Path) -> None:
    from create_refine_app.kit_contract import check_contract, load_contract

    contract = load_contract(REPO / "templates" / "refine-nextjs")
    assert contract is not None and contract.question == "ui"
    shell = tmp_path / "src" / "components" / "shell.tsx"
    shell.parent.mkdir(parents=True)
    shell.write_text('export function Shell() {}\nexport { useToasts as notificationProvider } from "./t";\n')
    problems = check_contract(contract, tmp_path, {"ui": "mine", "router": "app", "auth": "none"})
    assert "ui=mine: src/components/shell.tsx does not export appIcon, resourceIcons" in " ".join(problems)
    assert any("has no src/components/style-registry.tsx" in p for p in problems)
    assert not any("page-styles" in p or "auth-pages" in p for p in problems)  # other router, no auth


def test_kit_contract_when_lists_the_kits_of_a_shared_layer(tmp_path: Path) -> None:
    """The react-table kits share their list pages, so each must supply the pieces those import;
    a kit outside the shared layer is not asked for them."""
    from create_refine_app.kit_contract import check_contract, load_contract

    contract = load_contract(REPO / "templates" / "refine-nextjs")
    assert contract is not None
    answers = {"router": "app", "auth": "none", "dashboard": False}
    headless = " ".join(check_contract(contract, tmp_path, {**answers, "ui": "headless"}))
    assert "has no src/components/data-table.tsx" in headless
    assert "has no src/components/ui/button.tsx" not in headless  # tailwind and shadcn only
    shadcn = " ".join(check_contract(contract, tmp_path, {**answers, "ui": "shadcn"}))
    assert "has no src/components/ui/button.tsx" in shadcn
    antd = " ".join(check_contract(contract, tmp_path, {**answers, "ui": "antd"}))
    assert "data-table" not in antd and "ui/button" not in antd

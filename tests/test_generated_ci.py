"""The generated project's CI workflow, for every package manager, passes an offline linter."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import run_cli
from create_refine_app.package_managers import PACKAGE_MANAGERS

INSTALL = {
    "npm": "npm ci",
    "pnpm": "pnpm install --frozen-lockfile",
    "yarn": "yarn install --frozen-lockfile",
    "bun": "bun install --frozen-lockfile",
}
RUN = {"npm": "npm run", "pnpm": "pnpm", "yarn": "yarn", "bun": "bun run"}
LOCKFILE = {"npm": "package-lock.json", "pnpm": "pnpm-lock.yaml", "yarn": "yarn.lock", "bun": "bun.lock"}


def actionlint() -> str:
    beside = Path(sys.executable).with_name("actionlint")
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    assert found, "actionlint is missing: pip install -e '.[test]' installs it"
    return found


@pytest.mark.parametrize("manager", PACKAGE_MANAGERS)
def test_ci_workflow_is_written_for_the_package_manager_and_lints_clean(tmp_path: Path, manager: str) -> None:
    result = run_cli(
        ["app", "-y", "--no-install", "--no-git", "--package-manager", manager], tmp_path, templates=None
    )
    assert result.returncode == 0, result.stderr
    workflow = tmp_path / "app" / ".github" / "workflows" / "ci.yml"
    lint = subprocess.run(
        [actionlint(), "-no-color", str(workflow)], capture_output=True, text=True, check=False
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr

    steps = yaml.safe_load(workflow.read_text())["jobs"]["check"]["steps"]
    commands = [step.get("run") for step in steps if "run" in step]
    run = RUN[manager]
    assert commands[0] == INSTALL[manager]  # the lockfile install
    assert commands[1:4] == [f"{run} lint", f"{run} typecheck", f"{run} build"]
    assert commands[-1] == f"{run} test:e2e"  # the Playwright test against the built app
    cache = next(step for step in steps if step.get("uses", "").startswith("actions/cache@"))
    assert cache["with"]["path"] == "~/.cache/ms-playwright"
    assert LOCKFILE[manager] in cache["with"]["key"]
    skip_download = next(step for step in steps if "playwright install --with-deps" in step.get("run", ""))
    assert skip_download["if"] == "steps.playwright-cache.outputs.cache-hit != 'true'"
    uses = [step.get("uses", "") for step in steps]
    assert any(u.startswith("pnpm/action-setup@") for u in uses) == (manager == "pnpm")
    assert any(u.startswith("oven-sh/setup-bun@") for u in uses) == (manager == "bun")
    # The scripts it runs exist in the project.
    scripts = yaml.safe_load((tmp_path / "app" / "package.json").read_text())["scripts"]
    assert {"lint", "typecheck", "build", "test:e2e"} <= set(scripts)


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    """The linter really checks: an unknown expression context fails."""
    broken = tmp_path / "ci.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ nonsense.value }}\n"
    )
    lint = subprocess.run(
        [actionlint(), "-no-color", str(broken)], capture_output=True, text=True, check=False
    )
    assert lint.returncode != 0 and "nonsense" in lint.stdout


def _dry_run(tmp_path: Path, *args: str) -> dict[str, object]:
    result = run_cli(
        ["app", "-y", "--dry-run", "--json", "--no-install", "--no-git", *args], tmp_path, templates=None
    )
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_package_manager_flag_is_the_template_answer(tmp_path: Path) -> None:
    data = _dry_run(tmp_path, "--package-manager", "yarn")
    assert data["package_manager"] == "yarn"
    assert data["answers"]["package_manager"] == "yarn"  # type: ignore[index]


def test_package_manager_answer_is_the_package_manager(tmp_path: Path) -> None:
    data = _dry_run(tmp_path, "-a", "package_manager=pnpm")
    assert data["package_manager"] == "pnpm" and data["answers"]["package_manager"] == "pnpm"  # type: ignore[index]


def test_answers_file_package_manager_yields_to_the_flag(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yml"
    answers.write_text("package_manager: bun\nui: mui\n")
    from_file = _dry_run(tmp_path, "--answers-file", str(answers))
    assert from_file["package_manager"] == "bun"
    flagged = _dry_run(tmp_path, "--answers-file", str(answers), "--package-manager", "npm")
    assert flagged["package_manager"] == "npm" and flagged["answers"]["package_manager"] == "npm"  # type: ignore[index]


def test_contradicting_package_managers_are_a_usage_error(tmp_path: Path) -> None:
    result = run_cli(
        ["app", "-y", "--dry-run", "--package-manager", "yarn", "-a", "package_manager=bun"],
        tmp_path,
        templates=None,
    )
    assert result.returncode == 2
    assert "named twice" in result.stderr and "yarn" in result.stderr and "bun" in result.stderr

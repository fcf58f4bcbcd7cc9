"""README's two set-up commands stay true: CI runs the same test command."""

from __future__ import annotations

import re

from conftest import REPO

SETUP_HEADING = "## Set-up"


def setup_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split(SETUP_HEADING, 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S)]


def test_readme_has_exactly_two_setup_commands() -> None:
    commands = setup_commands()
    assert len(commands) == 2, commands
    generate, test = commands
    assert "create-refine-app my-admin --yes" in generate
    assert "pytest" in test


def test_ci_runs_the_readme_test_command() -> None:
    _, test = setup_commands()
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci

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


def test_ci_runs_the_readme_generate_command_from_a_fresh_venv() -> None:
    generate, _ = setup_commands()
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert generate in ci
    before = ci[: ci.index(generate)]
    assert "rm -rf .venv my-admin" in before and "apt-get update -qq" in before


def test_setup_never_installs_into_the_system_python() -> None:
    """Debian and Ubuntu refuse `pip install` outside a virtual environment (PEP 668)."""
    for command in setup_commands():
        assert command.startswith("python3 -m venv .venv && .venv/bin/pip install "), command
        assert "python3 -m pip" not in command and " pip install" not in command

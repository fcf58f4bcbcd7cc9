"""README's two set-up commands stay true: CI runs the same test command."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

from conftest import REPO, run_cli

SETUP_HEADING = "## Set-up"


def setup_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split(SETUP_HEADING, 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S)]


def test_readme_setup_commands_do_what_the_readme_shows(tmp_path: Path) -> None:
    """The generate command, run as written (less the install, which the e2e tests cover),
    writes the number of files the README's sample output claims; the test command
    collects the fast and the end-to-end tests alike, as the README says."""
    commands = setup_commands()
    assert len(commands) == 2, commands
    generate, test = commands
    program, *args = shlex.split(generate.split("&&")[-1])
    assert Path(program).name == "create-refine-app", program
    result = run_cli([*args, "--no-install", "--no-git"], tmp_path, templates=None)
    assert result.returncode == 0, result.stderr
    project = tmp_path / args[0]
    written = sum(1 for path in project.rglob("*") if path.is_file())
    assert re.search(rf"Wrote {written} files to ", result.stderr), result.stderr
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    sample = re.search(r"\$ create-refine-app (\S+) --yes\n✔ Wrote (\d+) files to \S+/(\S+) ", readme)
    assert sample is not None, "README's sample output is gone"
    assert sample.group(1) == sample.group(3) == args[0]
    assert int(sample.group(2)) == written, "README's sample output names another file count"

    pytest_part = test.split("&&")[-1].split()
    assert Path(pytest_part[0]).name == "pytest", pytest_part
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", *pytest_part[1:], "--collect-only", "-q"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert collected.returncode == 0, collected.stdout + collected.stderr
    ids = [line for line in collected.stdout.splitlines() if "::" in line]
    assert any(line.startswith("tests/e2e/") for line in ids)
    assert any(line.startswith("tests/test_readme.py::") for line in ids)


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

"""The interactive flow, driven through a real pseudo-terminal."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pexpect
import yaml

from conftest import FIXTURE_TEMPLATES, TEMPLATES_ENV, cli_command

DOWN = "\x1b[B"
ENTER = "\r"
CTRL_C = "\x03"


def spawn(cwd: Path, *args: str) -> pexpect.spawn:
    env = {**os.environ, TEMPLATES_ENV: str(FIXTURE_TEMPLATES), "COLUMNS": "120"}
    env.pop("npm_config_user_agent", None)
    command, *rest = cli_command()
    child = pexpect.spawn(
        command, [*rest, *args], cwd=str(cwd), env=env, encoding="utf-8", timeout=20, dimensions=(40, 120)
    )
    return child


def answer(child: pexpect.spawn, prompt: str, keys: str) -> None:
    child.expect(prompt)
    time.sleep(0.15)  # let prompt_toolkit finish drawing before keys arrive
    child.send(keys)


def test_full_interactive_run_with_arrows_defaults_and_a_validator(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    answer(child, "Where should the project go", "\x15" + "my-admin" + ENTER)  # ^U clears default
    answer(child, "Which preset", ENTER)  # default: the first preset
    answer(child, "Which package manager", ENTER)  # npm: the one installed here
    answer(child, "App title", ENTER)  # keep the default
    answer(child, "UI kit", DOWN + ENTER)  # arrow key → second choice
    answer(child, "Authentication", ENTER)  # default: demo
    answer(child, "Word shown on the login page", "\x15" + "ab" + ENTER)
    child.expect("at least 3 characters")  # copier validator, shown inline
    answer(child, "", "c" + ENTER)
    answer(child, "Port of the dev server", ENTER)
    answer(child, "A number with a fraction", ENTER)
    answer(child, "Add a dashboard", "n" + ENTER)  # yes/no prompts wait for Enter
    answer(child, "Install dependencies now", "n" + ENTER)
    answer(child, "Initialise a git repository", "n" + ENTER)
    child.expect("Created my-admin")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    answers = yaml.safe_load((tmp_path / "my-admin" / ".copier-answers.yml").read_text())
    assert answers["ui"] == "headless"
    assert answers["title"] == "Mini Admin"
    assert answers["auth"] == "demo"
    assert answers["secret_word"] == "abc"
    assert answers["dashboard"] is False
    assert answers["router"] == "pages"  # one choice: never asked
    assert not (tmp_path / "my-admin" / ".git").exists()


def test_preset_chosen_with_arrow_keys(tmp_path: Path) -> None:
    child = spawn(tmp_path, "second", "--no-install", "--no-git", "--package-manager", "npm")
    answer(child, "Which preset", DOWN + ENTER)
    child.expect("Created second")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "tiny" in (tmp_path / "second" / ".copier-answers.yml").read_text()


def test_flags_given_are_not_asked(tmp_path: Path) -> None:
    child = spawn(
        tmp_path,
        "given",
        "-o",
        "mini",
        "-a",
        "ui=antd",
        "-a",
        "auth=none",
        "-a",
        "title=T",
        "-a",
        "port=3001",
        "-a",
        "ratio=2",
        "--no-install",
        "--no-git",
        "--package-manager",
        "npm",
    )
    answer(child, "Add a dashboard", "y" + ENTER)
    child.expect("Created given")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_ctrl_c_at_a_prompt_exits_130_and_writes_nothing(tmp_path: Path) -> None:
    child = spawn(tmp_path, "app", "-o", "mini")
    answer(child, "Which package manager", ENTER)
    answer(child, "App title", CTRL_C)
    child.expect(pexpect.EOF)
    output = child.before or ""
    child.close()
    assert child.exitstatus == 130
    assert "Cancelled at a prompt: nothing was written." in output
    assert "Traceback" not in output
    assert list(tmp_path.iterdir()) == []

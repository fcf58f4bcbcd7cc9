"""A newcomer's first ten minutes (issue 12): the real command, at a real terminal where it matters."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pexpect
import pytest

from conftest import (
    FIXTURE_TEMPLATES,
    MINI_ANSWERS_BUT_DASHBOARD,
    TEMPLATES_ENV,
    cli_command,
    fake_tools,
    run_cli,
)

ENTER = "\r"
NO_POST = ["--no-install", "--no-git"]
#: questionary draws every prompt as "? <question>".
PROMPT = re.compile(r"^\s*\?\s", re.M)


def spawn(
    cwd: Path, *args: str, env: dict[str, str] | None = None, columns: int = 120, timeout: float = 30
) -> pexpect.spawn:
    environment = {
        **os.environ,
        TEMPLATES_ENV: str(FIXTURE_TEMPLATES),
        "COLUMNS": str(columns),
        **(env or {}),
    }
    environment.pop("npm_config_user_agent", None)
    command, *rest = cli_command()
    return pexpect.spawn(
        command,
        [*rest, *args],
        cwd=str(cwd),
        env=environment,
        encoding="utf-8",
        timeout=timeout,
        dimensions=(40, columns),
    )


def finish(child: pexpect.spawn) -> tuple[int, str]:
    child.expect(pexpect.EOF)
    output = child.before or ""
    child.close()
    return child.exitstatus, output


# --- Broken 1: --yes never prompts, at a terminal too -------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["my-admin", "--yes", *NO_POST],
        ["--yes", "my-admin", *NO_POST],
        ["-y", *NO_POST, "my-admin"],
        [*NO_POST, "my-admin", "-o", "mini", "-y"],
        ["my-admin", "--dry-run", "--yes"],
        ["--dry-run", "--yes", "my-admin"],
        ["--yes", "--dry-run"],
    ],
    ids=lambda args: " ".join(args),
)
def test_yes_never_prompts_at_a_terminal(tmp_path: Path, args: list[str]) -> None:
    child = spawn(tmp_path, *args)
    code, output = finish(child)
    assert code == 0, output
    assert not PROMPT.search(output), output
    if "--dry-run" in args:
        assert "Dry run" in output and list(tmp_path.iterdir()) == []
    else:
        assert (tmp_path / "my-admin" / ".copier-answers.yml").is_file()


def test_yes_with_install_and_git_on_runs_through_at_a_terminal(tmp_path: Path) -> None:
    env = {
        **fake_tools(tmp_path, managers={"npm": "echo installed > installed.txt"}),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    code, output = finish(spawn(tmp_path, "my-admin", "--yes", "--package-manager", "npm", env=env))
    assert code == 0, output
    assert not PROMPT.search(output), output
    assert (tmp_path / "my-admin" / "installed.txt").is_file()
    assert (tmp_path / "my-admin" / ".git").is_dir()


# --- Broken 3: Node.js is checked before anything is written ------------------------------


def test_old_node_is_refused_before_writing(tmp_path: Path) -> None:
    env = fake_tools(tmp_path, node="v18.20.4", managers={"npm": "exit 0"})
    result = run_cli(["app", "-y", "--no-git"], tmp_path, env=env)
    assert result.returncode == 2, result.stderr
    assert "Node.js 20.9 or newer is needed; found 18.20.4" in result.stderr
    assert "Nothing was written" in result.stderr
    assert not (tmp_path / "app").exists()


def test_missing_node_is_refused_before_writing(tmp_path: Path) -> None:
    env = fake_tools(tmp_path, node=None, managers={"npm": "exit 0"})
    result = run_cli(["app", "-y", "--no-git"], tmp_path, env=env)
    assert result.returncode == 2, result.stderr
    assert "Node.js 20.9 or newer is needed; none is installed" in result.stderr
    assert not (tmp_path / "app").exists()


def test_old_node_with_no_install_writes_and_warns_once(tmp_path: Path) -> None:
    env = fake_tools(tmp_path, node="v18.20.4")
    result = run_cli(["app", "-y", *NO_POST], tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("Node.js 20.9 or newer is needed; found 18.20.4") == 1
    assert (tmp_path / "app" / "package.json").is_file()


def test_current_node_gives_no_warning(tmp_path: Path) -> None:
    result = run_cli(["app", "-y", *NO_POST], tmp_path, env=fake_tools(tmp_path, node="v20.9.0"))
    assert result.returncode == 0, result.stderr
    assert "Node.js" not in result.stderr


# --- Broken 4: an interrupt or failure after the move says what exists --------------------


def test_ctrl_c_during_install_keeps_the_project_and_says_how_to_finish(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "npm_config_user_agent"}
    env.update(fake_tools(tmp_path, managers={"npm": "echo resolving; sleep 30"}))
    env[TEMPLATES_ENV] = str(FIXTURE_TEMPLATES)
    process = subprocess.Popen(
        [*cli_command(), "app", "-y", "--package-manager", "npm"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    project = tmp_path / "app"
    deadline = time.monotonic() + 20
    while not (project / "package.json").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1)  # the install is running
    started = time.monotonic()
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=20)
    assert time.monotonic() - started < 10  # the sleeping package manager was stopped
    assert process.returncode == 130, stderr
    assert "nothing was written" not in stderr.lower()
    assert f"the project was kept at {project}" in stderr
    assert "dependencies are not installed" in stderr and "first git commit is not made" in stderr
    assert f"cd {project} && npm install && git init" in stderr
    assert (project / "package.json").is_file()
    assert "Traceback" not in stderr


def test_sigterm_during_install_is_reported_the_same_way(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "npm_config_user_agent"}
    env.update(fake_tools(tmp_path, managers={"npm": "sleep 30"}))
    env[TEMPLATES_ENV] = str(FIXTURE_TEMPLATES)
    process = subprocess.Popen(
        [*cli_command(), "app", "-y", "--no-git"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 20
    while not (tmp_path / "app" / "package.json").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=20)
    assert process.returncode == 130, stderr
    assert "its dependencies are not installed" in stderr and "git" not in stderr.split("kept at")[1]
    assert (tmp_path / "app" / "package.json").is_file()


# --- Rough: usage, help, version ----------------------------------------------------------


def test_usage_line_has_no_phantom_create_command(tmp_path: Path) -> None:
    result = run_cli(["--help"], tmp_path)
    assert result.stdout.splitlines()[0] == "Usage: create-refine-app [OPTIONS] [DIR]"
    bad = run_cli(["--no-such-flag"], tmp_path)
    assert bad.returncode == 2
    assert "create-refine-app create" not in bad.stderr
    assert "Try 'create-refine-app -h' for help." in bad.stderr


def test_preset_check_shows_its_argument_plainly(tmp_path: Path) -> None:
    result = run_cli(["preset", "check", "--help"], tmp_path)
    assert result.stdout.splitlines()[0] == "Usage: create-refine-app preset check [OPTIONS] PATH"
    missing = run_cli(["preset", "check"], tmp_path)
    assert missing.returncode == 2 and "{PATH}" not in missing.stderr


@pytest.mark.parametrize(
    ("args", "first_line"),
    [
        (["help"], "Usage: create-refine-app [OPTIONS] [DIR]"),
        (["help", "update"], "Usage: create-refine-app update [OPTIONS] [DIR]"),
        (["help", "preset", "check"], "Usage: create-refine-app preset check [OPTIONS] PATH"),
    ],
)
def test_help_command_prints_help(tmp_path: Path, args: list[str], first_line: str) -> None:
    result = run_cli(args, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == first_line
    assert list(tmp_path.iterdir()) == []  # not taken as a directory called "help"


def test_short_version_flag(tmp_path: Path) -> None:
    short, long = run_cli(["-V"], tmp_path), run_cli(["--version"], tmp_path)
    assert short.returncode == 0 and short.stdout == long.stdout
    assert short.stdout.startswith("create-refine-app ")


def test_help_mentions_completion_quiet_and_verbose(tmp_path: Path) -> None:
    result = run_cli(["--help"], tmp_path, env={"COLUMNS": "200"})
    for text in ("--install-completion", "-q, --quiet", "-v, --verbose", "-V, --version"):
        assert text in result.stdout, text


# --- issue 11: empty preset or example names are usage errors -----------------------------


@pytest.mark.parametrize("flag", ["-o", "-e", "--preset", "--example"])
def test_empty_preset_or_example_name_is_a_usage_error(tmp_path: Path, flag: str) -> None:
    result = run_cli(["app", flag, "", "--yes", *NO_POST], tmp_path)
    assert result.returncode == 2, result.stderr
    assert "name is empty" in result.stderr
    assert not (tmp_path / "app").exists()


# --- Rough: package managers that are not installed ---------------------------------------


def test_prompt_offers_only_installed_package_managers(tmp_path: Path) -> None:
    env = fake_tools(tmp_path, managers={"pnpm": "exit 0"})  # npm is real; yarn, bun absent
    child = spawn(
        tmp_path,
        "app",
        "-o",
        "mini",
        *MINI_ANSWERS_BUT_DASHBOARD,
        "-a",
        "dashboard=true",
        "--no-install",
        "--no-git",
        env=env,
    )
    child.expect("Which package manager")
    child.expect("bun")
    screen = child.before + child.after
    assert re.search(r"yarn \(not installed\)", screen), screen
    time.sleep(0.2)
    child.send("\x1b[B\x1b[B\x1b[B" + ENTER)  # down past the unavailable ones: stops at pnpm
    code, output = finish(child)
    assert code == 0, output
    answers = (tmp_path / "app" / ".copier-answers.yml").read_text()
    assert "Created app" in output and "pnpm dev" in output, (output, answers)


# --- Rough: git prints what it did --------------------------------------------------------


def test_git_init_and_first_commit_print_one_line_each(tmp_path: Path) -> None:
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    result = run_cli(["g", "-y", "--no-install", "--git"], tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("Initialised a git repository.") == 1
    assert result.stderr.count('Created the first commit: "Initial commit from create-refine-app".') == 1


# --- Rough: prompts -----------------------------------------------------------------------


def test_long_validation_message_is_wrapped_not_cut(tmp_path: Path) -> None:
    child = spawn(tmp_path, "-o", "mini", columns=50)
    child.expect("Where should the project go")
    time.sleep(0.2)
    child.send("\x15" + "Bad Name" + ENTER)
    # The message's last words, far beyond 50 columns, reach the screen.
    child.expect("project_name=<valid-name>")
    child.sendcontrol("c")
    code, _ = finish(child)
    assert code == 130


def test_confirm_prompts_wait_for_enter(tmp_path: Path) -> None:
    child = spawn(
        tmp_path,
        "app",
        "-o",
        "mini",
        *MINI_ANSWERS_BUT_DASHBOARD,
        "--package-manager",
        "npm",
    )
    child.expect("Add a dashboard")
    time.sleep(0.2)
    child.send("n")
    with pytest.raises(pexpect.TIMEOUT):  # one key alone does not move on
        child.expect("Install dependencies now", timeout=1.5)
    child.send(ENTER)
    child.expect("Install dependencies now")
    time.sleep(0.2)
    child.send("n" + ENTER)
    child.expect("Initialise a git repository")
    time.sleep(0.2)
    child.send("n" + ENTER)
    code, output = finish(child)
    assert code == 0, output
    assert "dashboard: false" in (tmp_path / "app" / ".copier-answers.yml").read_text()


# --- Rough: --json on failure -------------------------------------------------------------


def test_json_prints_an_error_object_on_failure(tmp_path: Path) -> None:
    result = run_cli(["app", "-o", "nope", "-y", "--json", *NO_POST], tmp_path)
    assert result.returncode == 2
    data = json.loads(result.stdout)
    assert data["ok"] is False and data["exit_code"] == 2
    assert "There is no preset called 'nope'" in data["error"]


def test_json_after_a_failed_post_step_is_one_object_with_the_steps(tmp_path: Path) -> None:
    env = fake_tools(tmp_path, managers={"npm": "exit 3"})
    result = run_cli(["app", "-y", "--json", "--no-git", "--package-manager", "npm"], tmp_path, env=env)
    assert result.returncode == 1
    data = json.loads(result.stdout)  # exactly one JSON document
    assert data["ok"] is False and data["exit_code"] == 1
    assert "'npm install' failed with exit code 3" in data["error"]
    assert data["target"] == str(tmp_path / "app")
    assert {"name": "install", "status": "failed"}.items() <= data["steps"][-1].items()


def test_json_success_says_ok(tmp_path: Path) -> None:
    result = run_cli(["app", "-y", "--json", *NO_POST], tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout)["ok"] is True


# --- Rough: --list in a pipe --------------------------------------------------------------


def test_list_wraps_cleanly_at_80_columns_in_a_pipe(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", TEMPLATES_ENV)}
    command = [*cli_command(), "--list"]
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert all(line == line.rstrip() for line in lines)
    headings = {"Presets  (-o/--preset NAME)", "Examples  (-e/--example NAME)", ""}
    # Every other line, continuation lines included, is indented under its heading.
    assert all(line.startswith("  ") for line in lines if line not in headings), lines
    assert "Next.js + refine + Ant Design" not in result.stdout
    title = json.loads(run_cli(["--list", "--json"], tmp_path, templates=None).stdout)
    assert all(kit in title["presets"][0]["title"] for kit in ("Ant Design", "Material UI", "headless"))


# --- Rough: shell completion --------------------------------------------------------------


def complete(tmp_path: Path, line: str) -> str:
    """What bash completion offers for ``line`` (the last word being typed)."""
    words = line.split(" ")
    env = {
        "_CREATE_REFINE_APP_COMPLETE": "complete_bash",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(words) - 1),
    }
    result = run_cli([], tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_completion_of_commands_presets_examples_and_answers(tmp_path: Path) -> None:
    (tmp_path / "upstairs").mkdir()
    assert complete(tmp_path, "create-refine-app up").split() == ["update", "upstairs/"]
    assert complete(tmp_path, "create-refine-app -o ").split() == ["mini", "tiny"]
    assert sorted(complete(tmp_path, "create-refine-app -e mini-").split()) == ["mini-extra", "mini-fixed"]
    keys = complete(tmp_path, "create-refine-app -a ").split()
    assert {"title=", "ui=", "auth=", "dashboard="} <= set(keys)
    assert complete(tmp_path, "create-refine-app -a ui=").split() == ["ui=antd", "ui=headless"]
    assert complete(tmp_path, "create-refine-app -o mini -a dashboard=").split() == [
        "dashboard=true",
        "dashboard=false",
    ]
    assert complete(tmp_path, "create-refine-app --package-manager p").split() == ["pnpm"]


def test_install_completion_is_offered(tmp_path: Path) -> None:
    # Typer finds the shell by walking up the process tree (a runner may have no shell
    # above pytest); its documented switch makes `--show-completion` take the shell's name.
    env = {"SHELL": "/bin/bash", "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    result = run_cli(["--show-completion", "bash"], tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "_CREATE_REFINE_APP_COMPLETE" in result.stdout


# --- Rough: -q and -v ---------------------------------------------------------------------


def test_quiet_prints_nothing_on_success(tmp_path: Path) -> None:
    result = run_cli(["app", "-y", "-q", *NO_POST], tmp_path)
    assert result.returncode == 0
    assert result.stderr == "" and result.stdout == ""
    assert (tmp_path / "app" / "package.json").is_file()


def test_quiet_still_prints_errors(tmp_path: Path) -> None:
    result = run_cli(["app", "-o", "nope", "-y", "-q", *NO_POST], tmp_path)
    assert result.returncode == 2 and "There is no preset called 'nope'" in result.stderr


def test_verbose_shows_the_package_manager_output_and_default_does_not(tmp_path: Path) -> None:
    env = fake_tools(tmp_path, managers={"npm": "echo FAKE-NPM-LINE-1; echo FAKE-NPM-LINE-2"})
    plain = run_cli(["a", "-y", "--no-git", "--package-manager", "npm"], tmp_path, env=env)
    assert plain.returncode == 0, plain.stderr
    assert "Installing dependencies with npm" in plain.stderr
    assert "FAKE-NPM-LINE" not in plain.stderr
    verbose = run_cli(["b", "-y", "-v", "--no-git", "--package-manager", "npm"], tmp_path, env=env)
    assert verbose.returncode == 0, verbose.stderr
    assert "FAKE-NPM-LINE-1\nFAKE-NPM-LINE-2\n" in verbose.stderr


def test_verbose_at_a_terminal_prints_every_line(tmp_path: Path) -> None:
    env = fake_tools(tmp_path, managers={"npm": "for i in 1 2 3; do echo FAKE-NPM-LINE-$i; done"})
    code, output = finish(spawn(tmp_path, "a", "-y", "-v", "--no-git", "--package-manager", "npm", env=env))
    assert code == 0, output
    assert re.search(r"FAKE-NPM-LINE-1\r?\nFAKE-NPM-LINE-2\r?\nFAKE-NPM-LINE-3", output), output


def test_quiet_and_verbose_together_is_a_usage_error(tmp_path: Path) -> None:
    assert run_cli(["a", "-y", "-q", "-v", *NO_POST], tmp_path).returncode == 2

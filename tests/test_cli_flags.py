"""Every flag of the create command, through CliRunner and through the real command."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from conftest import BROKEN_TEMPLATES, FIXTURES, fake_tools, run_cli, snapshot
from create_refine_app import __version__
from create_refine_app.cli import app

runner = CliRunner()
NO_INSTALL = ["--no-install", "--no-git"]


def answers_of(project: Path) -> dict[str, object]:
    return yaml.safe_load((project / ".copier-answers.yml").read_text())


def test_version_in_process_and_as_command(tmp_path: Path) -> None:
    assert runner.invoke(app, ["--version"]).output.strip() == f"create-refine-app {__version__}"
    result = run_cli(["--version"], tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"create-refine-app {__version__}"


def test_help_lists_every_flag_and_the_subcommand_escape(tmp_path: Path) -> None:
    result = run_cli(["--help"], tmp_path, env={"COLUMNS": "200"})
    assert result.returncode == 0
    for flag in (
        "--preset",
        "-o",
        "--example",
        "-e",
        "--answer",
        "-a",
        "--answers-file",
        "--yes",
        "-y",
        "--package-manager",
        "--install",
        "--no-install",
        "--git",
        "--no-git",
        "--force",
        "--dry-run",
        "--list",
        "--json",
        "--version",
        "--debug",
        "--help",
    ):
        assert re.search(rf"(^|\s){re.escape(flag)}(\s|,|$)", result.stdout), flag
    assert "./update" in result.stdout
    assert run_cli(["-h"], tmp_path).stdout == run_cli(["--help"], tmp_path).stdout


def test_list_shows_presets_examples_and_questions(tmp_path: Path) -> None:
    result = run_cli(["--list"], tmp_path, env={"COLUMNS": "200"})
    assert result.returncode == 0
    assert "mini" in result.stdout
    assert "-a ui=antd|headless" in result.stdout
    assert "mini-extra" in result.stdout and "mini-fixed" in result.stdout


def test_list_json_is_machine_readable(tmp_path: Path) -> None:
    result = run_cli(["--list", "--json"], tmp_path)
    data = json.loads(result.stdout)
    preset = data["presets"][0]
    assert preset["name"] == "mini"
    ui = next(q for q in preset["questions"] if q["name"] == "ui")
    assert [c["value"] for c in ui["choices"]] == ["antd", "headless"]
    assert ui["default"] == "antd"
    assert {e["name"] for e in data["examples"]} == {"mini-extra", "mini-fixed"}


def test_yes_generates_with_defaults(tmp_path: Path) -> None:
    result = run_cli(["my-app", "--yes", *NO_INSTALL], tmp_path)
    assert result.returncode == 0, result.stderr
    project = tmp_path / "my-app"
    answers = answers_of(project)
    assert answers["project_name"] == "my-app"
    assert answers["ui"] == "antd" and answers["port"] == 3000 and answers["dashboard"] is True
    assert json.loads((project / "package.json").read_text())["name"] == "my-app"
    assert (project / "src" / "dashboard.ts").exists()
    assert (project / "src" / "login.ts").exists()


def test_preset_flag_short_and_long(tmp_path: Path) -> None:
    assert run_cli(["a", "-o", "mini", "-y", *NO_INSTALL], tmp_path).returncode == 0
    assert run_cli(["b", "--preset", "mini", "-y", *NO_INSTALL], tmp_path).returncode == 0
    assert snapshot(tmp_path / "a").keys() == snapshot(tmp_path / "b").keys()


def test_typed_answers_reach_the_files(tmp_path: Path) -> None:
    result = run_cli(
        [
            "typed",
            "-y",
            *NO_INSTALL,
            "-a",
            "port=8080",
            "-a",
            "dashboard=false",
            "--answer",
            "ratio=0.25",
            "-a",
            "auth=none",
        ],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    project = tmp_path / "typed"
    answers = answers_of(project)
    assert answers["port"] == 8080 and answers["ratio"] == 0.25 and answers["dashboard"] is False
    assert "secret_word" not in answers  # its `when` is false without auth
    assert not (project / "src" / "dashboard.ts").exists()
    assert not (project / "src" / "login.ts").exists()
    assert "export const PORT = 8080;" in (project / "src" / "config.ts").read_text()


def test_example_adds_fixed_answers_and_files(tmp_path: Path) -> None:
    result = run_cli(["ex", "-e", "mini-extra", "-y", *NO_INSTALL], tmp_path)
    assert result.returncode == 0, result.stderr
    assert answers_of(tmp_path / "ex")["ui"] == "headless"
    assert "from the example" in (tmp_path / "ex" / "src" / "extra.ts").read_text()
    result = run_cli(["ex2", "--example", "mini-fixed", "-y", *NO_INSTALL], tmp_path)
    assert result.returncode == 0, result.stderr
    fixed = answers_of(tmp_path / "ex2")
    assert fixed["auth"] == "none" and fixed["dashboard"] is False
    assert not (tmp_path / "ex2" / "src" / "login.ts").exists()  # no auth: no login module
    assert not (tmp_path / "ex2" / "src" / "dashboard.ts").exists()
    assert not (tmp_path / "ex2" / "src" / "extra.ts").exists()  # only mini-extra adds it
    clash = run_cli(["ex3", "-e", "mini-fixed", "-a", "auth=demo", "-y", *NO_INSTALL], tmp_path)
    assert clash.returncode == 2 and "mini-fixed" in clash.stderr  # a fixed answer stays fixed
    assert not (tmp_path / "ex3").exists()


def test_answers_file_yaml_from_another_project(tmp_path: Path) -> None:
    source = FIXTURES / "answers" / "headless.yml"
    result = run_cli(["from-file", "-y", *NO_INSTALL, "--answers-file", str(source)], tmp_path)
    assert result.returncode == 0, result.stderr
    answers = answers_of(tmp_path / "from-file")
    assert answers["ui"] == "headless" and answers["port"] == 4321
    assert answers["project_name"] == "from-file"  # never the other project's name


def test_flags_beat_the_answers_file_and_json_works(tmp_path: Path) -> None:
    source = FIXTURES / "answers" / "dashboard-off.json"
    result = run_cli(["j", "-y", *NO_INSTALL, "--answers-file", str(source), "-a", "title=Flag"], tmp_path)
    assert result.returncode == 0, result.stderr
    answers = answers_of(tmp_path / "j")
    assert answers["dashboard"] is False and answers["title"] == "Flag"


def test_dry_run_writes_nothing_and_lists_files(tmp_path: Path) -> None:
    result = run_cli(["dry", "-y", "--dry-run", *NO_INSTALL], tmp_path, env={"COLUMNS": "200"})
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []
    assert "package.json" in result.stdout and "src/config.ts" in result.stdout
    assert 'ui: "antd"' in result.stdout
    as_json = run_cli(["dry", "-y", "--dry-run", "--json", *NO_INSTALL], tmp_path)
    data = json.loads(as_json.stdout)
    assert data["dry_run"] is True and data["answers"]["ui"] == "antd" and data["files"] >= 5
    assert list(tmp_path.iterdir()) == []


def test_json_summary_has_steps_with_durations(tmp_path: Path) -> None:
    result = run_cli(["js", "-y", "--json", *NO_INSTALL], tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["target"] == str(tmp_path / "js") and data["preset"] == "mini"
    assert [s["name"] for s in data["steps"]] == ["resolve", "render"]
    assert all(isinstance(s["seconds"], float) for s in data["steps"])


@pytest.mark.parametrize(
    ("flag", "agent", "expected"),
    [
        (["--package-manager", "pnpm"], None, "pnpm"),
        (["--package-manager", "bun"], "yarn/1.22.22 npm/? node/v20.0.0", "bun"),
        ([], "pnpm/9.1.0 npm/? node/v20.0.0", "pnpm"),
        ([], "yarn/4.0.0 npm/? node/v20.0.0", "yarn"),
        ([], None, "npm"),
    ],
)
def test_package_manager_from_flag_then_user_agent_then_path(
    tmp_path: Path, flag: list[str], agent: str | None, expected: str
) -> None:
    env = {"npm_config_user_agent": agent} if agent else {}
    result = run_cli(["pm", "-y", "--json", "--dry-run", *NO_INSTALL, *flag], tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["package_manager"] == expected
    # What the user sees: the next steps use that package manager's own commands.
    made = run_cli(["pm", "-y", *NO_INSTALL, *flag], tmp_path, env={**env, "COLUMNS": "200"})
    assert made.returncode == 0, made.stderr
    dev = f"{expected} run dev" if expected in ("npm", "bun") else f"{expected} dev"
    assert re.search(rf"cd pm\s.*{expected} install\s.*{dev}\s", made.stderr, re.S), made.stderr


def test_install_runs_the_real_package_manager(tmp_path: Path) -> None:
    result = run_cli(
        ["inst", "-y", "--install", "--no-git", "--package-manager", "npm", "--json"],
        tmp_path,
        env={"npm_config_cache": str(tmp_path / "cache")},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "inst" / "package-lock.json").exists()
    steps = json.loads(result.stdout)["steps"]
    assert {"name": "install", "status": "done"}.items() <= steps[-1].items()
    assert "Installing dependencies with npm" in result.stderr


def test_failed_install_keeps_the_project_and_says_how_to_finish(tmp_path: Path) -> None:
    env = fake_tools(tmp_path, managers={"npm": "echo 'E404 no such package' >&2; exit 7"})
    result = run_cli(["keep", "-y", "--install", "--no-git", "--package-manager", "npm"], tmp_path, env=env)
    assert result.returncode == 1
    assert (tmp_path / "keep" / "package.json").exists()
    assert "'npm install' failed with exit code 7 (E404 no such package)" in result.stderr
    assert f"cd {tmp_path / 'keep'} && npm install" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_package_manager_is_refused_before_writing(tmp_path: Path) -> None:
    result = run_cli(
        ["keep", "-y", "--install", "--no-git", "--package-manager", "bun"],
        tmp_path,
        env=fake_tools(tmp_path),
    )
    assert result.returncode == 2
    assert "bun is not installed" in result.stderr and "Nothing was written" in result.stderr
    assert not (tmp_path / "keep").exists()


def test_git_init_with_first_commit(tmp_path: Path) -> None:
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    result = run_cli(["g", "-y", "--no-install", "--git"], tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    log = subprocess.run(
        ["git", "log", "--format=%s"], cwd=tmp_path / "g", capture_output=True, text=True, check=True
    )
    assert log.stdout.strip() == "Initial commit from create-refine-app"
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=tmp_path / "g", capture_output=True, text=True, check=True
    )
    assert status.stdout == ""


def test_git_skipped_inside_an_existing_repository(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    result = run_cli(["inner", "-y", "--no-install", "--git"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "inner" / ".git").exists()
    assert "inside a git repository" in result.stderr


def test_no_git_means_no_repository(tmp_path: Path) -> None:
    assert run_cli(["ng", "-y", *NO_INSTALL], tmp_path).returncode == 0
    assert not (tmp_path / "ng" / ".git").exists()


def test_force_adds_beside_existing_files_and_never_replaces(tmp_path: Path) -> None:
    target = tmp_path / "busy"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    refused = run_cli(["busy", "-y", *NO_INSTALL], tmp_path)
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert snapshot(target) == {"notes.txt": b"mine"}
    forced = run_cli(["busy", "-y", "--force", *NO_INSTALL], tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert (target / "notes.txt").read_text() == "mine" and (target / "package.json").exists()


def test_force_refuses_to_replace_a_colliding_file(tmp_path: Path) -> None:
    target = tmp_path / "clash"
    target.mkdir()
    (target / "README.md").write_text("my readme")
    before = snapshot(target)
    result = run_cli(["clash", "-y", "--force", *NO_INSTALL], tmp_path)
    assert result.returncode == 2
    assert "README.md" in result.stderr and "never replaces" in result.stderr
    assert snapshot(target) == before
    assert not list(tmp_path.glob(".*staging"))


def test_dot_means_the_current_directory(tmp_path: Path) -> None:
    here = tmp_path / "dot-app"
    here.mkdir()
    result = run_cli([".", "-y", *NO_INSTALL], here)
    assert result.returncode == 0, result.stderr
    assert answers_of(here)["project_name"] == "dot-app"
    assert "cd ." not in result.stderr


def test_project_name_flag_rescues_an_invalid_directory_name(tmp_path: Path) -> None:
    result = run_cli(["My App", "-y", *NO_INSTALL, "-a", "project_name=my-app"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert answers_of(tmp_path / "My App")["project_name"] == "my-app"


def test_debug_shows_a_traceback_and_plain_runs_do_not(tmp_path: Path) -> None:
    plain = run_cli(["b", "-y", *NO_INSTALL], tmp_path, templates=BROKEN_TEMPLATES)
    assert plain.returncode == 1 and "Traceback" not in plain.stderr
    assert "missing_variable" in plain.stderr
    debug = run_cli(["b", "-y", "--debug", *NO_INSTALL], tmp_path, templates=BROKEN_TEMPLATES)
    assert debug.returncode == 1 and "Traceback" in debug.stderr


def test_no_color_and_logs_get_no_control_codes(tmp_path: Path) -> None:
    result = run_cli(["plain", "-y", *NO_INSTALL], tmp_path, env={"NO_COLOR": "1"})
    assert result.returncode == 0
    assert "\x1b" not in result.stderr + result.stdout
    forced_colour = run_cli(
        ["plain2", "-y", *NO_INSTALL], tmp_path, env={"FORCE_COLOR": "1", "NO_COLOR": "1"}
    )
    assert forced_colour.returncode == 0, forced_colour.stderr
    styles = re.findall(r"\x1b\[([0-9;]*)m", forced_colour.stderr)
    assert styles  # FORCE_COLOR still styles the output (bold) ...
    colours = [
        code
        for style in styles
        for code in style.split(";")
        if code and (30 <= int(code) <= 49 or 90 <= int(code) <= 107)
    ]
    assert colours == []  # ... but NO_COLOR wins over colour


def test_next_steps_name_the_exact_commands(tmp_path: Path) -> None:
    result = run_cli(
        ["steps", "-y", *NO_INSTALL, "--package-manager", "pnpm"], tmp_path, env={"COLUMNS": "200"}
    )
    assert result.returncode == 0, result.stderr
    steps = re.findall(r"^\W*(cd \S+|pnpm \S+)\s", result.stderr, re.M)
    assert steps == ["cd steps", "pnpm install", "pnpm dev"], result.stderr


def test_cli_runner_in_process_generation(
    tmp_path: Path, fixture_templates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["inproc", "-y", *NO_INSTALL, "-a", "ui=headless"])
    assert result.exit_code == 0, result.output
    assert answers_of(tmp_path / "inproc")["ui"] == "headless"

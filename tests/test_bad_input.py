"""Bad input: one clear paragraph, the right exit code, no traceback, nothing written."""

from __future__ import annotations

import os
import re
import stat
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import FIXTURES, MINI_ANSWERS_BUT_DASHBOARD, run_cli, snapshot

OK = ["-y", "--no-install", "--no-git"]


def _nothing(_: Path) -> None:
    pass


def _make_file(name: str, content: str = "x") -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        (root / name).write_text(content)

    return setup


def _make_busy_dir(root: Path) -> None:
    (root / "busy").mkdir()
    (root / "busy" / "keep.txt").write_text("keep")


def _make_readonly_dir(root: Path) -> None:
    """Read-only even for root (CI runs as root): the immutable attribute, else chmod."""
    locked = root / "locked"
    locked.mkdir()
    if os.geteuid() == 0:
        result = subprocess.run(["chattr", "+i", str(locked)], capture_output=True, check=False)
        if result.returncode != 0:
            pytest.skip(f"cannot make a directory read-only for root here: {result.stderr!r}")
    else:
        locked.chmod(stat.S_IRUSR | stat.S_IXUSR)


def _unlock(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_dir():
            if os.geteuid() == 0:
                subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)
            if not os.access(path, os.W_OK):
                path.chmod(stat.S_IRWXU)


@dataclass(frozen=True)
class Case:
    id: str
    args: list[str]
    code: int
    message: str
    setup: Callable[[Path], None] = _nothing
    env: dict[str, str] = field(default_factory=dict)


CASES = [
    # Invalid project names (the directory's basename).
    Case("uppercase-name", ["MyApp", *OK], 2, "capital letters"),
    Case("leading-dot", [".hidden", *OK], 2, "starts with a period"),
    Case("leading-underscore", ["_private", *OK], 2, "starts with an underscore"),
    Case("leading-hyphen", [*OK, "--", "-dash"], 2, "starts with a hyphen"),
    Case("space-in-name", ["my app", *OK], 2, "not URL-friendly"),
    Case("core-module", ["http", *OK], 2, "core module"),
    Case("core-module-fs", ["fs", *OK], 2, "core module"),
    Case("node-modules", ["node_modules", *OK], 2, "reserved"),
    Case("favicon", ["favicon.ico", *OK], 2, "reserved"),
    Case("special-chars", ["app!", *OK], 2, "~'!()*"),
    Case("tilde", ["app~1", *OK], 2, "~'!()*"),
    Case("non-ascii", ["café", *OK], 2, "not URL-friendly"),
    Case("too-long", ["a" * 215, *OK], 2, "longer than 214"),
    Case("invalid-project-name-flag", ["ok", *OK, "-a", "project_name=Bad Name"], 2, "capital letters"),
    Case("empty-dir-arg", ["", *OK], 2, "target directory is empty"),
    # Unknown presets, examples, answer keys.
    Case("unknown-preset", ["x", "-o", "nope", *OK], 2, "no preset called 'nope'"),
    Case("unknown-example", ["x", "-e", "nope", *OK], 2, "no example called 'nope'"),
    Case("preset-and-example", ["x", "-o", "mini", "-e", "mini-extra", *OK], 2, "cannot be used together"),
    Case("unknown-answer-key", ["x", *OK, "-a", "colour=red"], 2, "colour"),
    Case("two-unknown-keys", ["x", *OK, "-a", "a=1", "-a", "b=2"], 2, "a, b"),
    Case("answer-without-equals", ["x", *OK, "-a", "ui"], 2, "KEY=VALUE"),
    Case("answer-empty-key", ["x", *OK, "-a", "=antd"], 2, "KEY=VALUE"),
    # Wrong types and choices.
    Case("wrong-choice", ["x", *OK, "-a", "ui=bootstrap"], 2, "not one of the choices"),
    Case("wrong-choice-case", ["x", *OK, "-a", "ui=ANTD"], 2, "not one of the choices"),
    Case("single-choice-wrong", ["x", *OK, "-a", "router=app"], 2, "not one of the choices"),
    Case("int-not-number", ["x", *OK, "-a", "port=abc"], 2, "not a valid int"),
    Case("int-fraction", ["x", *OK, "-a", "port=80.5"], 2, "not a valid int"),
    Case("int-validator", ["x", *OK, "-a", "port=80"], 2, "1024 to 65535"),
    Case("float-not-number", ["x", *OK, "-a", "ratio=half"], 2, "not a valid float"),
    Case("bool-not-bool", ["x", *OK, "-a", "dashboard=maybe"], 2, "not a yes/no value"),
    Case("str-validator", ["x", *OK, "-a", "secret_word=ab"], 2, "at least 3 characters"),
    Case(
        "example-contradiction",
        ["x", "-e", "mini-extra", *OK, "-a", "ui=antd"],
        2,
        "contradicts the example 'mini-extra'",
    ),
    # Answers files.
    Case("answers-file-missing", ["x", *OK, "--answers-file", "nope.yml"], 2, "does not exist"),
    Case(
        "answers-file-malformed",
        ["x", *OK, "--answers-file", "bad.yml"],
        2,
        "not valid YAML or JSON",
        _make_file("bad.yml", "ui: [unclosed"),
    ),
    Case(
        "answers-file-list",
        ["x", *OK, "--answers-file", "list.yml"],
        2,
        "mapping",
        _make_file("list.yml", "- ui\n- auth\n"),
    ),
    Case(
        "answers-file-unknown-key",
        ["x", *OK, "--answers-file", "k.json"],
        2,
        "colour",
        _make_file("k.json", '{"colour": "red"}'),
    ),
    Case(
        "answers-file-bad-choice",
        ["x", *OK, "--answers-file", "c.json"],
        2,
        "not one of the choices",
        _make_file("c.json", '{"ui": "bootstrap"}'),
    ),
    Case("answers-file-is-dir", ["x", *OK, "--answers-file", "."], 2, "is a directory"),
    Case(
        "answers-file-binary",
        ["x", *OK, "--answers-file", "bin.yml"],
        2,
        "cannot be read",
        lambda root: (root / "bin.yml").write_bytes(b"\xff\xfe\x00bad"),
    ),
    # Targets.
    Case("target-is-file", ["afile", *OK], 2, "is a file", _make_file("afile")),
    Case("target-not-empty", ["busy", *OK], 2, "not empty", _make_busy_dir),
    Case("target-unwritable", ["locked/app", *OK], 2, "permission denied", _make_readonly_dir),
    Case("parent-is-file", ["afile/app", *OK], 2, "is a file", _make_file("afile")),
    # Flags Typer itself refuses.
    Case("unknown-flag", ["x", "--colour"], 2, "No such option"),
    Case("bad-package-manager", ["x", *OK, "--package-manager", "npx"], 2, "npx"),
    Case(
        "template-not-found",
        ["x", *OK, "--template", "/nonexistent/tpl"],
        2,
        "/nonexistent/tpl was not found",
    ),
    Case(
        "vcs-ref-without-template", ["x", *OK, "--vcs-ref", "v1"], 2, "--vcs-ref only applies to --template"
    ),
    Case("preset-needs-value", ["x", "-o"], 2, "requires an argument"),
    # No terminal, no --yes: the missing answers are named, nothing blocks.
    Case("missing-answers", ["x", "-o", "mini"], 2, "-a ui=antd|headless"),
    Case("missing-preset", ["x", "--no-install", "--no-git"], 2, "-o/--preset mini|tiny"),
    Case("missing-dir", ["--no-install", "--no-git"], 2, "DIR"),
    Case(
        "missing-install-flag",
        [
            "x",
            "--no-git",
            *MINI_ANSWERS_BUT_DASHBOARD,
            "-a",
            "dashboard=true",
        ],
        2,
        "--install/--no-install",
    ),
    # --openapi: a spec that is missing or does not parse fails before anything is rendered.
    Case("openapi-missing", ["x", *OK, "--openapi", "api.yaml"], 2, "--openapi api.yaml: cannot read it"),
    Case(
        "openapi-broken",
        ["x", *OK, "--openapi", "api.yaml"],
        2,
        "does not parse at line 3, column 1",
        setup=_make_file("api.yaml", "openapi: 3.1.0\ninfo: {title: [\n"),
    ),
    # Templates root misconfigured.
    Case(
        "templates-env-missing",
        ["x", *OK],
        1,
        "not a directory",
        env={"CREATE_REFINE_APP_TEMPLATES": "/nonexistent/templates"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    case.setup(work)
    before = snapshot(work)
    try:
        result = run_cli(case.args, work, env=case.env, timeout=30)
    finally:
        _unlock(work)
    output = result.stderr + result.stdout
    assert result.returncode == case.code, output
    assert case.message in " ".join(output.split()), output
    assert "Traceback" not in output
    assert snapshot(work) == before


def test_every_option_that_takes_a_value_is_given_a_bad_one(tmp_path: Path) -> None:
    """The real --help decides what must be covered: an option added later without a
    bad-input case here fails this test."""
    shown = run_cli(["--help"], tmp_path, env={"COLUMNS": "200"})
    assert shown.returncode == 0, shown.stderr
    valued = re.findall(r"^\s+(?:-\w, )?(--[\w-]+) (?!/)\S", shown.stdout, re.M)
    assert {"--preset", "--answer", "--template"} <= set(valued), shown.stdout
    short = dict(re.findall(r"^\s+(-\w), (--[\w-]+) ", shown.stdout, re.M))
    given = {short.get(arg, arg) for case in CASES for arg in case.args}
    assert [option for option in valued if option not in given] == []


def test_unknown_answers_file_key_message_names_the_known_questions(tmp_path: Path) -> None:
    result = run_cli(
        ["x", *OK, "--answers-file", str(FIXTURES / "answers" / "headless.yml"), "-a", "nope=1"], tmp_path
    )
    assert "Its questions are: project_name, title, ui" in " ".join(result.stderr.split())

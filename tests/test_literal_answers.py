"""Answers land literally: no Jinja re-rendering, no escaping surprises, same bytes twice."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from conftest import run_cli, snapshot

TRICKY = 'He said "hi" \\ {{ 7*7 }} {% if true %}x{% endif %} </script> `rm -rf` ünïcödé ✓'
OK = ["-y", "--no-install", "--no-git"]


def test_tricky_text_lands_literally(tmp_path: Path) -> None:
    result = run_cli(["lit", *OK, "-a", f"title={TRICKY}", "-a", "secret_word=a'b\"c`d"], tmp_path)
    assert result.returncode == 0, result.stderr
    project = tmp_path / "lit"
    assert f"# {TRICKY}\n" in (project / "README.md").read_text(encoding="utf-8")
    config = (project / "src" / "config.ts").read_text(encoding="utf-8")
    literal = re.search(r"APP_TITLE = (.*);", config)
    assert literal is not None and json.loads(literal.group(1)) == TRICKY
    assert "</script>" not in config  # a JSON string in code never closes a script tag
    login = (project / "src" / "login.ts").read_text(encoding="utf-8")
    assert json.loads(login.split("= ", 1)[1].rstrip(";\n")) == "a'b\"c`d"
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text(encoding="utf-8"))
    assert answers["title"] == TRICKY


def test_tricky_text_from_an_answers_file(tmp_path: Path) -> None:
    source = tmp_path / "answers.json"
    source.write_text(json.dumps({"title": TRICKY}), encoding="utf-8")
    work = tmp_path / "w"
    work.mkdir()
    result = run_cli(["lit", *OK, "--answers-file", str(source)], work)
    assert result.returncode == 0, result.stderr
    assert TRICKY in (work / "lit" / "README.md").read_text(encoding="utf-8")


def test_same_answers_give_byte_identical_trees(tmp_path: Path) -> None:
    args = [*OK, "-a", "ui=headless", "-a", "port=4000"]
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        assert run_cli(["same-app", *args], tmp_path / name).returncode == 0
    first, second = snapshot(tmp_path / "one" / "same-app"), snapshot(tmp_path / "two" / "same-app")
    assert first == second and len(first) > 5

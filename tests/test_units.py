"""In-process unit tests: npm names, casting answers to their question's type, and
resolving answers from every source (no subprocess; the modules are imported)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURE_TEMPLATES
from create_refine_app.answers import AnswerSources, resolve_answers
from create_refine_app.errors import TemplateError, UsageError
from create_refine_app.names import MAX_LENGTH, npm_name_problems, suggest_npm_name
from create_refine_app.questions import Choice, Question, Questionnaire, cast_value, parse_question

MINI = Questionnaire(FIXTURE_TEMPLATES / "mini" / "copier.yml")

# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    "name",
    ["my-admin", "refine-app", "a.b_c-1", "x", "@scope/pkg", "a" * MAX_LENGTH, "node-modules", "https-app"],
)
def test_names_npm_accepts(name: str) -> None:
    assert npm_name_problems(name) == []


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "it is empty"),
        (".hidden", "it starts with a period"),
        ("-dash", "it starts with a hyphen"),
        ("_private", "it starts with an underscore"),
        (" padded", "it has leading or trailing spaces"),
        ("node_modules", "node_modules is reserved"),
        ("FAVICON.ICO", "favicon.ico is reserved"),
        ("http", "http is the name of a Node.js core module"),
        ("fs/promises", "fs/promises is the name of a Node.js core module"),
        ("a" * (MAX_LENGTH + 1), f"it is longer than {MAX_LENGTH} characters"),
        ("MyApp", "it contains capital letters"),
        ("app!", "it contains one of the characters ~'!()*"),
        ("@scope/a*b", "it contains one of the characters ~'!()*"),
        ("@scope/.pkg", "its package part starts with a period"),
        ("café", "it contains characters that are not URL-friendly (spaces, slashes, non-ASCII, ...)"),
        ("a/b", "it contains characters that are not URL-friendly (spaces, slashes, non-ASCII, ...)"),
    ],
)
def test_names_each_rule_is_named(name: str, problem: str) -> None:
    assert problem in npm_name_problems(name)


def test_names_every_broken_rule_is_reported_at_once() -> None:
    problems = npm_name_problems("_My App")
    assert problems == [
        "it starts with an underscore",
        "it contains capital letters",
        "it contains characters that are not URL-friendly (spaces, slashes, non-ASCII, ...)",
    ]


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("My App!", "my-app"),
        ("__x__", "x__"),
        ("***", "refine-app"),
        ("http", "http-app"),
        ("Café Admin", "caf-admin"),
        ("  ok  ", "ok"),
        ("a" * 300, "a" * MAX_LENGTH),
    ],
)
def test_names_suggestion_is_close_and_valid(name: str, suggestion: str) -> None:
    assert suggest_npm_name(name) == suggestion
    assert npm_name_problems(suggestion) == []


# ---------------------------------------------------------------- casting


def question(kind: str, **spec: Any) -> Question:
    return parse_question("q", {"type": kind, **spec}, Path("copier.yml"))


@pytest.mark.parametrize(
    ("kind", "given", "expected"),
    [
        ("bool", "yes", True),
        ("bool", "ON", True),
        ("bool", "1", True),
        ("bool", True, True),
        ("bool", "no", False),
        ("bool", "off", False),
        ("bool", "", False),
        ("bool", False, False),
        ("int", "42", 42),
        ("int", 42.0, 42),
        ("int", " 7 ", 7),
        ("int", -3, -3),
        ("float", "0.25", 0.25),
        ("float", 1, 1.0),
        ("float", "1e3", 1000.0),
        ("str", 5, "5"),
        ("str", "text", "text"),
        ("str", True, "True"),
        ("json", '{"a": [1, 2]}', {"a": [1, 2]}),
        ("json", [1], [1]),
        ("yaml", "[1, two]", [1, "two"]),
        ("yaml", "a: 1", {"a": 1}),
        ("yaml", {"b": 2}, {"b": 2}),
    ],
)
def test_cast_to_the_question_type(kind: str, given: Any, expected: Any) -> None:
    value = cast_value(question(kind), given)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize(
    ("kind", "given", "message"),
    [
        ("bool", "maybe", "'maybe' is not a yes/no value for 'q'"),
        ("int", "80.5", "'80.5' is not a valid int for 'q'"),
        ("int", 80.5, "'80.5' is not a valid int for 'q'"),
        ("int", True, "'True' is not a valid int for 'q'"),
        ("int", "abc", "'abc' is not a valid int for 'q'"),
        ("float", "half", "'half' is not a valid float for 'q'"),
        ("float", False, "'False' is not a valid float for 'q'"),
        ("json", "{nope", "'{nope' is not a valid json for 'q'"),
        ("yaml", "a: [", "'a: [' is not valid yaml for 'q'"),
    ],
)
def test_cast_refuses_with_a_usage_error(kind: str, given: Any, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        cast_value(question(kind), given)
    assert caught.value.exit_code == 2 and message in caught.value.message


def test_cast_multiselect_gives_a_list_of_the_type() -> None:
    several = question("int", multiselect=True)
    assert cast_value(several, "1, 2,3") == [1, 2, 3]
    assert cast_value(several, "[4, 5]") == [4, 5]
    assert cast_value(several, 6) == [6]
    with pytest.raises(UsageError):
        cast_value(several, "1, x")


@pytest.mark.parametrize(
    ("default", "kind"), [(3000, "int"), (0.5, "float"), (True, "bool"), ("text", "str"), ([1], "yaml")]
)
def test_shorthand_question_infers_its_type(default: Any, kind: str) -> None:
    parsed = parse_question("q", default, Path("copier.yml"))
    assert parsed.type == kind and parsed.default == default


def test_question_with_unknown_key_or_type_is_a_template_error() -> None:
    with pytest.raises(TemplateError, match="unknown keys: colour"):
        parse_question("q", {"type": "str", "colour": "red"}, Path("copier.yml"))
    with pytest.raises(TemplateError, match="type 'path'"):
        parse_question("q", {"type": "path"}, Path("copier.yml"))


def test_choices_are_cast_and_rendered_against_earlier_answers() -> None:
    expressions = MINI.expressions
    assert expressions.choices(MINI.by_name["ui"], {}) == [
        Choice("Ant Design", "antd"),
        Choice("Headless", "headless"),
    ]
    secret = MINI.by_name["secret_word"]
    assert expressions.is_asked(secret, {"auth": "demo"})
    assert not expressions.is_asked(secret, {"auth": "none"})
    assert expressions.validation_error(secret, "ab", {}) == "Use at least 3 characters"
    assert expressions.validation_error(secret, "abc", {}) == ""


# ---------------------------------------------------------------- resolve_answers


def sources(
    fixed: dict[str, Any] | None = None,
    flags: dict[str, Any] | None = None,
    file: dict[str, Any] | None = None,
    derived: dict[str, Any] | None = None,
) -> AnswerSources:
    return AnswerSources(
        fixed=fixed or {},
        flags=flags or {},
        file=file or {},
        derived=derived or {},
        fixed_by="the example 'x'",
    )


DEFAULTS = {
    "project_name": "mini-app",
    "title": "Mini Admin",
    "ui": "antd",
    "auth": "demo",
    "secret_word": "open-sesame",
    "port": 3000,
    "ratio": 0.5,
    "dashboard": True,
    "router": "pages",
}


def test_resolve_with_defaults_walks_every_question_in_order() -> None:
    answers, missing = resolve_answers(MINI, sources(), ask=None, use_defaults=True)
    assert answers == DEFAULTS and list(answers) == list(DEFAULTS) and missing == []


def test_resolve_strongest_source_wins_and_values_are_cast() -> None:
    answers, _ = resolve_answers(
        MINI,
        sources(
            fixed={"ui": "headless"},
            flags={"title": "From flag", "port": "4000"},
            file={"ui": "antd", "title": "From file", "ratio": "0.75", "dashboard": "no"},
            derived={"project_name": "from-dir", "title": "Derived"},
        ),
        ask=None,
        use_defaults=True,
    )
    assert answers["ui"] == "headless"  # fixed beats the file
    assert answers["title"] == "From flag"  # a flag beats the file and the directory
    assert answers["project_name"] == "from-dir"
    assert answers["port"] == 4000 and answers["ratio"] == 0.75 and answers["dashboard"] is False


def test_resolve_skips_a_question_whose_when_is_false() -> None:
    answers, _ = resolve_answers(MINI, sources(flags={"auth": "none"}), ask=None, use_defaults=True)
    assert "secret_word" not in answers and answers["auth"] == "none"


def test_resolve_without_terminal_or_defaults_names_every_gap() -> None:
    answers, missing = resolve_answers(MINI, sources(flags={"auth": "none"}), ask=None, use_defaults=False)
    assert [gap.split("  ")[0] for gap in missing] == [
        "-a project_name=<str>",
        "-a title=<str>",
        "-a ui=antd|headless",
        "-a port=<int>",
        "-a ratio=<float>",
        "-a dashboard=<bool>",
    ]
    assert answers["router"] == "pages"  # one choice: nothing to ask


def test_resolve_refuses_bad_given_answers_naming_their_source() -> None:
    cases: list[tuple[AnswerSources, str]] = [
        (
            sources(flags={"ui": "bootstrap"}),
            "'bootstrap' is not one of the choices for 'ui': antd|headless. (given by -a)",
        ),
        (sources(file={"port": 80}), "Use a port from 1024 to 65535 (given by --answers-file)"),
        (
            sources(fixed={"ui": "headless"}, flags={"ui": "antd"}),
            "'-a ui=antd' contradicts the example 'x', which fixes ui to 'headless'",
        ),
        (
            sources(flags={"colour": "red"}),
            "-a names a question this preset does not have: colour. Its questions are: project_name",
        ),
        (sources(file={"a": 1, "b": 2}), "--answers-file names questions this preset does not have: a, b"),
    ]
    for given, message in cases:
        with pytest.raises(UsageError) as caught:
            resolve_answers(MINI, given, ask=None, use_defaults=True)
        assert message in caught.value.message


def test_resolve_asks_what_is_open_with_default_choices_and_validator() -> None:
    asked: list[tuple[str, list[Any], Any, str]] = []

    def ask(q: Question, choices: Sequence[Choice], default: Any, validate: Callable[[Any], str]) -> Any:
        probe = validate("ab") if q.type == "str" else validate(1)
        asked.append((q.name, [c.value for c in choices], default, probe))
        return {"ui": "headless", "secret_word": "swordfish"}.get(q.name, default)

    answers, missing = resolve_answers(MINI, sources(flags={"title": "T"}), ask=ask, use_defaults=False)
    assert missing == []
    assert [name for name, *_ in asked] == [
        "project_name",
        "ui",
        "auth",
        "secret_word",
        "port",
        "ratio",
        "dashboard",
    ]  # not title (given), not router
    by_name = {name: rest for name, *rest in asked}
    assert by_name["ui"][:2] == [["antd", "headless"], "antd"]
    assert by_name["secret_word"][2] == "Use at least 3 characters"
    assert by_name["ui"][2] == "'ab' is not one of the choices for 'ui': antd|headless."
    assert by_name["port"][2] == "Use a port from 1024 to 65535"
    assert by_name["project_name"][2] == ""  # no choices, no validator: anything goes
    assert answers["ui"] == "headless" and answers["secret_word"] == "swordfish"


def test_resolve_refuses_a_default_that_fails_its_own_validator(tmp_path: Path) -> None:
    copier_file = tmp_path / "copier.yml"
    copier_file.write_text(
        "port:\n  type: int\n  default: 80\n"
        '  validator: "{% if port < 1024 %}Use a port from 1024{% endif %}"\n'
    )
    with pytest.raises(UsageError, match="The default answer does not pass: Use a port from 1024"):
        resolve_answers(Questionnaire(copier_file), sources(), ask=None, use_defaults=True)


PAIRED = (
    "data:\n  type: str\n  default: rest\n  choices:\n    REST: rest\n    Strapi: strapi\n"
    "auth:\n  type: str\n  default: demo\n  choices:\n    Demo: demo\n"
    "    Strapi sign-in:\n      value: strapi\n"
    "      validator: \"{% if data != 'strapi' %}only works with data=strapi{% endif %}\"\n"
)


def test_a_choice_that_needs_an_earlier_answer_is_refused_naming_the_valid_ones(tmp_path: Path) -> None:
    copier_file = tmp_path / "copier.yml"
    copier_file.write_text(PAIRED)
    paired = Questionnaire(copier_file)
    with pytest.raises(UsageError) as caught:
        resolve_answers(paired, sources(flags={"auth": "strapi"}), ask=None, use_defaults=True)
    assert caught.value.message == (
        "auth=strapi only works with data=strapi. With these answers 'auth' can be: demo. (given by -a)."
    )
    answers, _ = resolve_answers(
        paired, sources(flags={"data": "strapi", "auth": "strapi"}), ask=None, use_defaults=True
    )
    assert answers == {"data": "strapi", "auth": "strapi"}


def test_an_unavailable_choice_is_shown_disabled_and_not_counted_as_a_decision(tmp_path: Path) -> None:
    copier_file = tmp_path / "copier.yml"
    copier_file.write_text(PAIRED)
    asked: dict[str, list[tuple[Any, str]]] = {}

    def ask(q: Question, choices: Sequence[Choice], default: Any, validate: Callable[[Any], str]) -> Any:
        asked[q.name] = [(c.value, c.unavailable) for c in choices]
        return default

    answers, _ = resolve_answers(Questionnaire(copier_file), sources(), ask=ask, use_defaults=False)
    # with data=rest only one auth value can be picked, so auth is settled without asking
    assert list(asked) == ["data"] and answers == {"data": "rest", "auth": "demo"}
    answers, _ = resolve_answers(
        Questionnaire(copier_file), sources(flags={"data": "strapi"}), ask=ask, use_defaults=False
    )
    assert asked["auth"] == [("demo", ""), ("strapi", "")]

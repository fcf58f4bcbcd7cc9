"""Answers to a preset's questions: gathered from every source, checked, completed.

Sources, strongest first: the preset's or example's fixed answers, ``-a KEY=VALUE``
flags, ``--answers-file``, then values derived from the target (``project_name``).
Whatever is still open is asked at a terminal, taken from defaults with ``--yes``, or
reported as missing — never waited for on a pipe.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from create_refine_app.errors import MissingAnswersError, UsageError
from create_refine_app.questions import Choice, Question, Questionnaire, cast_value
from create_refine_app.yamlfile import load_yaml_mapping

#: Filled from the target directory's name unless given explicitly.
PROJECT_NAME = "project_name"
#: Filled from ``--package-manager`` (or the prompt, or detection) unless given explicitly.
PACKAGE_MANAGER = "package_manager"


class Asker(Protocol):
    """Asks one question at a terminal; ``validate`` returns an error text or ''."""

    def __call__(
        self,
        question: Question,
        choices: Sequence[Choice],
        default: Any,
        validate: Callable[[Any], str],
    ) -> Any: ...


def parse_answer_flags(flags: Sequence[str]) -> dict[str, str]:
    """``["ui=antd", "title=My admin"]`` → ``{"ui": "antd", "title": "My admin"}``."""
    answers: dict[str, str] = {}
    for flag in flags:
        key, separator, value = flag.partition("=")
        if not separator or not key.strip():
            raise UsageError(
                f"'-a {flag}' is not of the form KEY=VALUE. Write for example '-a auth=none'; "
                "'create-refine-app --list' shows every question and its values."
            )
        answers[key.strip()] = value
    return answers


def load_answers_file(path: Path) -> dict[str, Any]:
    """Answers from YAML or JSON, such as another project's ``.copier-answers.yml``.

    Copier's own bookkeeping keys (``_src_path``, ``_commit``) and the other project's
    ``project_name`` are dropped: they describe that project, not the new one.
    """
    data = load_yaml_mapping(path, error=UsageError)
    return {k: v for k, v in data.items() if not k.startswith("_") and k != PROJECT_NAME}


@dataclass(frozen=True)
class AnswerSources:
    """Everything already known before asking anyone."""

    fixed: Mapping[str, Any]
    flags: Mapping[str, Any]
    file: Mapping[str, Any]
    derived: Mapping[str, Any]
    fixed_by: str = "the preset"

    def check_keys(self, questionnaire: Questionnaire) -> None:
        known = questionnaire.by_name
        for origin, given in (("-a", self.flags), ("--answers-file", self.file)):
            unknown = sorted(set(given) - set(known))
            if unknown:
                raise UsageError(
                    f"{origin} names {_plural(unknown, 'question')} this preset does not have: "
                    f"{', '.join(unknown)}. Its questions are: {', '.join(known)}."
                )
        for key, value in self.flags.items():
            if key in self.fixed and _differs(known[key], value, self.fixed[key]):
                raise UsageError(
                    f"'-a {key}={value}' contradicts {self.fixed_by}, which fixes {key} to "
                    f"'{self.fixed[key]}'. Drop the flag, or choose a preset that lets you pick."
                )

    def given(self, name: str) -> tuple[bool, Any, str]:
        """Whether ``name`` was given, its value, and where it came from."""
        for origin, source in (
            (self.fixed_by, self.fixed),
            ("-a", self.flags),
            ("--answers-file", self.file),
            ("the target directory", self.derived),
        ):
            if name in source:
                return True, source[name], origin
        return False, None, ""


def _plural(items: Sequence[str], word: str) -> str:
    return f"a {word}" if len(items) == 1 else f"{word}s"


def _differs(question: Question, flag_value: Any, fixed_value: Any) -> bool:
    try:
        return bool(cast_value(question, flag_value) != cast_value(question, fixed_value))
    except UsageError:
        return True


def choice_hint(choices: Sequence[Choice]) -> str:
    """The values that can be picked now, for messages and flag hints."""
    return "|".join(_display(c.value) for c in choices if not c.unavailable)


def _display(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def check_answer(
    questionnaire: Questionnaire, question: Question, value: Any, answers: Mapping[str, Any]
) -> str:
    """'' when ``value`` (already cast) is acceptable, else why not."""
    expressions = questionnaire.expressions
    choices = expressions.choices(question, answers)
    allowed = [c.value for c in choices]
    values = value if question.multiselect else [value]
    if choices and any(v not in allowed for v in values):
        return f"'{_display(value)}' is not one of the choices for '{question.name}': {choice_hint(choices)}."
    for choice in choices:
        if choice.unavailable and choice.value in values:
            return (
                f"{question.name}={_display(choice.value)} {choice.unavailable}. With these answers "
                f"'{question.name}' can be: {choice_hint(choices)}."
            )
    return expressions.validation_error(question, value, answers)


def _validator(
    questionnaire: Questionnaire, question: Question, answers: Mapping[str, Any]
) -> Callable[[Any], str]:
    """Checks a candidate typed at a prompt against choices and the copier validator."""
    return lambda candidate: check_answer(questionnaire, question, candidate, answers)


def resolve_answers(
    questionnaire: Questionnaire,
    sources: AnswerSources,
    *,
    ask: Asker | None,
    use_defaults: bool,
) -> tuple[dict[str, Any], list[str]]:
    """Walk the questions in order and settle each one.

    Returns the answers and, for questions nobody answered (no terminal, no ``--yes``),
    the flags that would answer them, so the caller can name every gap in one message.
    ``ask`` is ``None`` when there is no terminal.  A question with exactly one choice
    is settled without asking: there is nothing to decide.
    """
    sources.check_keys(questionnaire)
    expressions = questionnaire.expressions
    answers: dict[str, Any] = {}
    missing: list[str] = []
    for question in questionnaire.questions:
        found, raw, origin = sources.given(question.name)
        if not expressions.is_asked(question, answers) and not (
            found and expressions.is_asked(question, {**answers, question.name: cast_value(question, raw)})
        ):
            continue  # a hidden question counts only when given and its `when` holds with it (samples)
        choices = expressions.choices(question, answers)
        if found:
            value = cast_value(question, raw)
            problem = check_answer(questionnaire, question, value, answers)
            if problem:
                raise UsageError(f"{problem} (given by {origin}).")
        elif len(pickable := [c for c in choices if not c.unavailable]) == 1 and not question.multiselect:
            value = pickable[0].value
        elif ask is not None:
            default = expressions.default(question, answers)
            value = ask(question, choices, default, _validator(questionnaire, question, dict(answers)))
        else:
            value = expressions.default(question, answers)
            if not use_defaults:
                hint = f"-a {question.name}={choice_hint(choices)}" if choices else question.flag_hint
                missing.append(f"{hint}  ({question.help})")
            elif problem := check_answer(questionnaire, question, value, answers):
                raise UsageError(f"The default answer does not pass: {problem}")
        answers[question.name] = value
    return answers, missing


def missing_answers_error(missing: Sequence[str]) -> MissingAnswersError:
    """One paragraph naming every flag that would answer what is open."""
    return MissingAnswersError(
        "There is no terminal to ask on, and these have no answer: "
        + "; ".join(missing)
        + ". Pass them as flags, or add --yes to take the defaults for everything not given."
    )

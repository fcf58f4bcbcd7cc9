"""Asking at a terminal, with questionary.

Only imported when a person is there to answer.  Ctrl-C at any prompt raises
:class:`Interrupted` (questionary's ``unsafe_ask`` lets the KeyboardInterrupt through
instead of printing its own message and returning ``None``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import questionary
from prompt_toolkit.filters import to_filter

from create_refine_app.errors import Interrupted, UsageError
from create_refine_app.questions import Choice, Question, cast_value


def _wrap_validation_messages(prompt: questionary.Question) -> None:
    """prompt_toolkit shows a validation error on one line cut at the terminal's width;
    let that line grow and wrap instead, so a long message is read in full."""
    from prompt_toolkit.layout.containers import Window
    from prompt_toolkit.layout.controls import FormattedTextControl

    for container in prompt.application.layout.walk():
        if (
            isinstance(container, Window)
            and isinstance(container.content, FormattedTextControl)
            and "ValidationToolbar" in getattr(container.content.text, "__qualname__", "")
        ):
            container.height = None
            container.wrap_lines = to_filter(True)


def _fitted(message: str) -> str:
    """A validation message broken into lines at word boundaries, to fit the terminal."""
    import shutil
    import textwrap

    width = max(shutil.get_terminal_size().columns - 2, 20)
    return "\n".join(textwrap.wrap(message, width=width, break_long_words=False, break_on_hyphens=False))


def _check(validate: Callable[[Any], str]) -> Callable[[Any], bool | str]:
    """questionary's validator form: ``True`` or the (fitted) message."""

    def check(value: Any) -> bool | str:
        problem = validate(value)
        return _fitted(problem) if problem else True

    return check


def _run(prompt: questionary.Question) -> Any:
    _wrap_validation_messages(prompt)
    try:
        return prompt.unsafe_ask()
    except KeyboardInterrupt:
        raise Interrupted("Cancelled at a prompt: nothing was written.") from None


def _text_validator(question: Question, validate: Callable[[Any], str]) -> Callable[[str], bool | str]:
    def problem(text: str) -> str:
        try:
            value = cast_value(question, text)
        except UsageError as exc:
            return exc.message
        return validate(value)

    return _check(problem)


def ask_question(
    question: Question,
    choices: Sequence[Choice],
    default: Any,
    validate: Callable[[Any], str],
) -> Any:
    """Ask one copier question in the form its type and choices call for."""
    message = question.help
    if choices and question.multiselect:
        picked = _run(
            questionary.checkbox(
                message,
                choices=[
                    questionary.Choice(c.label, value=c.value, checked=c.value in (default or []))
                    for c in choices
                ],
                validate=_check(validate),
            )
        )
        return list(picked)
    if choices:
        entries = [
            questionary.Choice(c.label, value=c.value, disabled=c.unavailable or None) for c in choices
        ]
        default_entry = next((e for e in entries if e.value == default), None)
        return _run(questionary.select(message, choices=entries, default=default_entry))
    if question.type == "bool":
        return ask_confirm(message, default=bool(default))
    shown_default = "" if default is None else str(default)
    ask = questionary.password if question.secret else questionary.text
    answer = _run(ask(message, default=shown_default, validate=_text_validator(question, validate)))
    return cast_value(question, answer)


def ask_text(message: str, default: str, validate: Callable[[str], str]) -> str:
    return str(_run(questionary.text(message, default=default, validate=_check(validate))))


def ask_select(
    message: str, options: Sequence[tuple[str, str]], default: str, disabled: Mapping[str, str] | None = None
) -> str:
    """``options`` are (value, label) pairs; ``disabled`` maps a value to why it cannot be
    picked (shown beside it)."""
    disabled = disabled or {}
    entries = [
        questionary.Choice(label, value=value, disabled=disabled.get(value)) for value, label in options
    ]
    default_entry = next((e for e in entries if e.value == default), None)
    return str(_run(questionary.select(message, choices=entries, default=default_entry)))


def ask_confirm(message: str, default: bool) -> bool:
    """y/n then Enter: a single key must not also answer the next question."""
    return bool(_run(questionary.confirm(message, default=default, auto_enter=False)))

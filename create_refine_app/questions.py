"""The questions of a preset, read from its ``copier.yml`` — the single source of them.

Copier decides what a template asks; this module reads the same file and understands
the same keys (``type``, ``help``, ``choices``, ``default``, ``when``, ``validator``,
``multiselect``, ``secret``), so the CLI can offer every question as a flag, ask it at a
terminal, or answer it from defaults, before copier renders with the answers fixed.
See https://copier.readthedocs.io/en/stable/configuring/#questions for the format.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from create_refine_app.errors import TemplateError, UsageError
from create_refine_app.yamlfile import load_yaml_mapping

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment

SUPPORTED_TYPES = ("str", "int", "float", "bool", "json", "yaml")
QUESTION_KEYS = frozenset(
    {
        "type",
        "help",
        "choices",
        "default",
        "when",
        "validator",
        "multiselect",
        "secret",
        "placeholder",
        "multiline",
        "qmark",
    }
)
_TRUE_WORDS = frozenset({"true", "yes", "y", "on", "1"})
_FALSE_WORDS = frozenset({"false", "no", "n", "off", "0", ""})


@dataclass(frozen=True)
class Choice:
    """One allowed value and the label a person sees for it.

    ``unavailable`` is why the value cannot be picked with the answers so far (copier's
    per-choice ``validator``, e.g. a sign-in that needs its own backend); '' when it can.
    """

    label: str
    value: Any
    unavailable: str = ""


@dataclass(frozen=True)
class Question:
    """One entry of ``copier.yml``; Jinja in its fields is rendered by :class:`Expressions`."""

    name: str
    type: str
    help: str
    default: Any
    raw_choices: Any
    when: Any
    validator: str | None
    multiselect: bool
    secret: bool

    @property
    def flag_hint(self) -> str:
        """How to answer this question on the command line."""
        return f"-a {self.name}=<{self.type}>"


def _infer_type(default: Any) -> str:
    if isinstance(default, bool):
        return "bool"
    if isinstance(default, int):
        return "int"
    if isinstance(default, float):
        return "float"
    if isinstance(default, (dict, list)):
        return "yaml"
    return "str"


def parse_question(name: str, spec: Any, source: Path) -> Question:
    """Turn one ``copier.yml`` entry (full form or ``name: default`` shorthand) into a Question."""
    if not isinstance(spec, dict):
        spec = {"default": spec, "type": _infer_type(spec)}
    unknown = set(spec) - QUESTION_KEYS
    if unknown:
        raise TemplateError(
            f"The question '{name}' in {source} has unknown keys: {', '.join(sorted(unknown))}."
        )
    kind = spec.get("type") or _infer_type(spec.get("default"))
    if kind not in SUPPORTED_TYPES:
        raise TemplateError(
            f"The question '{name}' in {source} has type '{kind}'; supported types are "
            f"{', '.join(SUPPORTED_TYPES)}."
        )
    return Question(
        name=name,
        type=kind,
        help=str(spec.get("help") or name).strip(),
        default=spec.get("default"),
        raw_choices=spec.get("choices"),
        when=spec.get("when", True),
        validator=spec.get("validator"),
        multiselect=bool(spec.get("multiselect", False)),
        secret=bool(spec.get("secret", False)),
    )


@dataclass(frozen=True)
class Questionnaire:
    """All questions of one template, in file order, and its Jinja settings."""

    source: Path

    @cached_property
    def _data(self) -> dict[str, Any]:
        return load_yaml_mapping(self.source)

    @cached_property
    def questions(self) -> list[Question]:
        return [
            parse_question(name, spec, self.source)
            for name, spec in self._data.items()
            if not name.startswith("_")
        ]

    @cached_property
    def by_name(self) -> dict[str, Question]:
        return {q.name: q for q in self.questions}

    @cached_property
    def settings(self) -> dict[str, Any]:
        """Copier's own ``_``-prefixed settings (``_envops``, ``_tasks``, ...)."""
        return {k: v for k, v in self._data.items() if k.startswith("_")}

    @cached_property
    def expressions(self) -> Expressions:
        return Expressions(self.settings.get("_envops") or {})


@cache
def questionnaire_for(source: Path) -> Questionnaire:
    """One :class:`Questionnaire` per ``copier.yml`` for the life of the process."""
    return Questionnaire(source)


class Expressions:
    """Renders the Jinja inside question fields the way copier does, in a sandbox."""

    def __init__(self, envops: Mapping[str, Any]) -> None:
        self._envops = dict(envops)
        self._markers = (
            str(envops.get("variable_start_string", "{{")),
            str(envops.get("block_start_string", "{%")),
        )

    @cached_property
    def env(self) -> SandboxedEnvironment:
        from jinja2.sandbox import SandboxedEnvironment

        options = {k: v for k, v in self._envops.items() if k != "autoescape"}
        env = SandboxedEnvironment(keep_trailing_newline=True, **options)
        env.filters.setdefault("to_json", lambda value: json.dumps(value))
        return env

    def render(self, template: Any, answers: Mapping[str, Any]) -> Any:
        """Render ``template`` if it is a string; other values pass through unchanged."""
        if not isinstance(template, str):
            return template
        if not any(mark in template for mark in self._markers):
            return template  # plain text: skip importing Jinja (keeps --list fast)
        from jinja2 import TemplateError as JinjaError

        try:
            return self.env.from_string(template).render(**answers)
        except JinjaError as exc:
            raise TemplateError(f"The template expression {template!r} failed: {exc}.") from None

    def is_asked(self, question: Question, answers: Mapping[str, Any]) -> bool:
        """Copier's ``when``: a bool, or Jinja rendering to something YAML reads as true."""
        when = self.render(question.when, answers)
        if isinstance(when, str):
            return to_bool(when.strip(), question.name)
        return bool(when)

    def choices(self, question: Question, answers: Mapping[str, Any]) -> list[Choice]:
        """The allowed values, with labels, cast to the question's type."""
        raw = self.render(question.raw_choices, answers)
        if raw is None:
            return []
        if isinstance(raw, str):
            import yaml

            raw = yaml.safe_load(raw)
        entries: list[tuple[str, Any, Any]]  # label, value, per-choice validator
        if isinstance(raw, dict):
            entries = [
                (str(label), spec.get("value"), spec.get("validator"))
                if isinstance(spec, dict)
                else (str(label), spec, None)
                for label, spec in raw.items()
            ]
        elif isinstance(raw, list):
            entries = [
                (str(item[0]), item[1], None)
                if isinstance(item, list) and len(item) == 2
                else (str(item), item, None)
                for item in raw
            ]
        else:
            raise TemplateError(f"The choices of '{question.name}' must be a list or a mapping.")
        return [
            Choice(
                label,
                cast_value(question, self.render(value, answers)),
                str(self.render(validator, answers) or "").strip() if validator else "",
            )
            for label, value, validator in entries
        ]

    def default(self, question: Question, answers: Mapping[str, Any]) -> Any:
        """The default answer, rendered and cast; ``None`` when the question has none."""
        if question.default is None:
            return [] if question.multiselect else None
        return cast_value(question, self.render(question.default, answers))

    def validation_error(self, question: Question, value: Any, answers: Mapping[str, Any]) -> str:
        """Copier's ``validator``: rendered with the candidate answer; non-empty text is the error."""
        if not question.validator:
            return ""
        context = {**answers, question.name: value}
        return str(self.render(question.validator, context)).strip()


def to_bool(text: str, name: str) -> bool:
    lowered = text.strip().lower()
    if lowered in _TRUE_WORDS:
        return True
    if lowered in _FALSE_WORDS:
        return False
    raise UsageError(
        f"'{text}' is not a yes/no value for '{name}'. Use true or false (yes/no, on/off, 1/0 work too)."
    )


def _cast_scalar(question: Question, value: Any) -> Any:
    kind = question.type
    try:
        if kind == "bool":
            return value if isinstance(value, bool) else to_bool(str(value), question.name)
        if kind == "int":
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError(value)
            return int(value)
        if kind == "float":
            if isinstance(value, bool):
                raise ValueError(value)
            return float(value)
        if kind == "json":
            return json.loads(value) if isinstance(value, str) else value
        if kind == "yaml":
            import yaml

            return yaml.safe_load(value) if isinstance(value, str) else value
        return value if isinstance(value, str) else str(value)
    except (ValueError, TypeError) as exc:
        raise UsageError(f"'{value}' is not a valid {kind} for '{question.name}'.") from exc
    except Exception as exc:  # yaml.YAMLError: yaml is imported lazily
        raise UsageError(f"'{value}' is not valid {kind} for '{question.name}': {exc}") from None


def cast_value(question: Question, value: Any) -> Any:
    """Convert ``value`` to the question's type; lists for multiselect questions."""
    if question.multiselect:
        if isinstance(value, str):
            import yaml

            parsed = yaml.safe_load(value) if value.strip().startswith("[") else value.split(",")
            value = parsed
        if not isinstance(value, list):
            value = [value]
        return [_cast_scalar(question, item.strip() if isinstance(item, str) else item) for item in value]
    return _cast_scalar(question, value)

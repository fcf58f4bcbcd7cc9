"""Shell completion for the create command: ``create-refine-app --install-completion``.

Completes the sub-commands and directories for ``DIR``, preset names after ``-o``,
example names after ``-e``, and question keys then their choices after ``-a``.  Each
function is called by Typer with the context parsed so far and the word being typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from typer import _click  # Typer reads the callbacks' annotations at run time

if TYPE_CHECKING:
    from create_refine_app.presets import Catalog, Preset

COMMANDS = (
    ("update", "bring template improvements into a project"),
    ("preset", "tools for preset authors"),
    ("help", "help for a command"),
)


def _catalog() -> Catalog:
    from create_refine_app.presets import Catalog, bundled_templates_root

    return Catalog(bundled_templates_root())


def directories_and_commands(
    ctx: _click.Context, args: list[str], incomplete: str
) -> list[tuple[str, str] | str]:
    """The sub-commands, then directories below the current one (for a target)."""
    found: list[tuple[str, str] | str] = [c for c in COMMANDS if c[0].startswith(incomplete)]
    typed = Path(incomplete or ".")
    parent, prefix = (typed, "") if incomplete.endswith("/") or not incomplete else (typed.parent, typed.name)
    try:
        entries = sorted(parent.iterdir()) if parent.is_dir() else []
    except OSError:
        entries = []
    shown = "" if str(parent) == "." and not incomplete.startswith("./") else f"{parent}/"
    found += [
        f"{shown}{entry.name}/"
        for entry in entries
        if entry.is_dir() and entry.name.startswith(prefix) and not entry.name.startswith(".")
    ]
    return found


def presets(ctx: _click.Context, args: list[str], incomplete: str) -> list[tuple[str, str] | str]:
    return [(p.name, p.title) for p in _catalog().presets.values() if p.name.startswith(incomplete)]


def examples(ctx: _click.Context, args: list[str], incomplete: str) -> list[tuple[str, str] | str]:
    return [(e.name, e.description) for e in _catalog().examples.values() if e.name.startswith(incomplete)]


def _chosen_preset(ctx: _click.Context, catalog: Catalog) -> Preset:
    preset, example = ctx.params.get("preset"), ctx.params.get("example")
    try:
        if example:
            return catalog.preset(catalog.example(example).preset)
        if preset:
            return catalog.preset(preset)
    except Exception:  # an unknown name: complete the default preset's questions
        pass
    return catalog.default_preset


def answers(ctx: _click.Context, args: list[str], incomplete: str) -> list[tuple[str, str] | str]:
    """``KEY=`` for every question, then ``KEY=VALUE`` for a question with choices."""
    catalog = _catalog()
    questionnaire = _chosen_preset(ctx, catalog).questionnaire
    key, separator, _ = incomplete.partition("=")
    if not separator:
        return [(f"{q.name}=", q.help) for q in questionnaire.questions if q.name.startswith(incomplete)]
    question = questionnaire.by_name.get(key)
    if question is None:
        return []
    defaults: dict[str, object] = {}
    for earlier in questionnaire.questions:  # choices may depend on earlier defaults
        if earlier.name == key:
            break
        defaults[earlier.name] = questionnaire.expressions.default(earlier, defaults)
    values = questionnaire.expressions.choices(question, defaults)
    if not values and question.type == "bool":
        return [f"{key}=true", f"{key}=false"]
    return [
        (f"{key}={_text(c.value)}", c.label)
        for c in values
        if f"{key}={_text(c.value)}".startswith(incomplete)
    ]


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)

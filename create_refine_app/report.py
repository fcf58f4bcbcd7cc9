"""What the user reads at the end: the dry-run preview, the listing, next steps, JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from create_refine_app import console
from create_refine_app.preset_check import Check
from create_refine_app.presets import Catalog
from create_refine_app.request import Request


def _literal(value: Any) -> str:
    """Values shown as JSON literals, so strings, numbers and booleans read unambiguously."""
    return json.dumps(value, ensure_ascii=False)


def print_json(payload: Mapping[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def catalog_data(catalog: Catalog) -> dict[str, Any]:
    """Presets with their questions, and examples, as plain data for --list."""
    presets = []
    for preset in catalog.presets.values():
        questionnaire = preset.questionnaire
        expressions = questionnaire.expressions
        defaults: dict[str, Any] = {}
        questions = []
        for question in questionnaire.questions:
            default = expressions.default(question, defaults)
            defaults[question.name] = default
            questions.append(
                {
                    "name": question.name,
                    "type": question.type,
                    "help": question.help,
                    "default": default,
                    "choices": [
                        {"label": c.label, "value": c.value, "unavailable_with_defaults": c.unavailable}
                        for c in expressions.choices(question, defaults)
                    ],
                    "fixed": question.name in preset.fixed_answers,
                }
            )
        presets.append(
            {
                "name": preset.name,
                "title": preset.title,
                "description": preset.description,
                "questions": questions,
            }
        )
    examples = [
        {"name": e.name, "preset": e.preset, "description": e.description, "answers": dict(e.fixed_answers)}
        for e in catalog.examples.values()
    ]
    return {"presets": presets, "examples": examples}


def _indented(text: str, indent: int, style: str = "") -> None:
    """One paragraph of plain text, wrapped at the output's width, every line at ``indent``."""
    import textwrap

    out = console.stdout_console()
    width = max(out.width - indent, 20)
    for line in textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False):
        out.print(" " * indent + line, style=style or None, markup=False, soft_wrap=True)


def print_catalog(data: Mapping[str, Any]) -> None:
    """Presets with their questions, then examples; wraps cleanly at any width (80 in a pipe)."""
    from rich.markup import escape

    out = console.stdout_console()
    out.print("[bold]Presets[/]  (-o/--preset NAME)")
    for preset in data["presets"]:
        out.print(f"  [bold cyan]{escape(preset['name'])}[/]", soft_wrap=True)
        _indented(preset["title"], 4)
        _indented(preset["description"], 4)
        for q in preset["questions"]:
            names = [_literal(c["value"]).strip('"') for c in q["choices"]]
            values = "|".join(names) or q["type"]
            if len(values) > 60:  # a long list wraps at its separators, not past the edge
                values = " | ".join(names)
            _indented(f"-a {q['name']}={values}", 4)
            _indented(f"{q['help']}; default {_literal(q['default'])}", 8, style="dim")
            for choice in q["choices"]:
                if choice["unavailable_with_defaults"]:
                    value = _literal(choice["value"]).strip('"')
                    _indented(f"{q['name']}={value} {choice['unavailable_with_defaults']}", 8, style="dim")
    out.print("\n[bold]Examples[/]  (-e/--example NAME)")
    if not data["examples"]:
        out.print("  (none)")
    for example in data["examples"]:
        out.print(
            f"  [bold cyan]{escape(example['name'])}[/]  [dim](preset {escape(example['preset'])})[/]",
            soft_wrap=True,
        )
        _indented(example["description"], 4)


def print_dry_run(request: Request, files: Sequence[str]) -> None:
    from rich.markup import escape

    out = console.stdout_console()
    out.print(
        f"[bold]Dry run[/]: nothing was written. Would create {escape(str(request.target.path))} "
        f"from the preset [bold]{request.preset.name}[/]"
        + (f" (example {request.example.name})" if request.example else "")
        + "."
    )
    out.print("[bold]Answers[/]")
    for key, value in request.answers.items():
        out.print(f"  {key}: {escape(_literal(value))}")
    out.print(
        f"  [dim]package manager: {request.package_manager.name}, install: "
        f"{'yes' if request.install else 'no'}, git: {'yes' if request.git else 'no'}[/]"
    )
    out.print(f"[bold]Files[/] ({len(files)})")
    for path in files:
        out.print(f"  {escape(path)}")


def check_data(check: Check) -> dict[str, Any]:
    return {"name": check.name, "ok": check.ok, "problems": check.problems, "seconds": check.seconds}


def print_check(check: Check) -> None:
    """One line a check, as it finishes: the table grows while builds run."""
    from rich.markup import escape

    mark = "[green]pass[/]" if check.ok else "[bold red]FAIL[/]"
    timings = " ".join(f"{k} {v}s" for k, v in check.seconds.items())
    console.stdout_console().print(f"{mark}  {escape(check.name)}  [dim]{timings}[/]")
    for problem in check.problems:
        console.stdout_console().print(f"      [red]-[/] {escape(problem)}", soft_wrap=True)


def print_check_summary(checks: Sequence[Check]) -> None:
    failed = [c for c in checks if not c.ok]
    verdict = "[bold green]all passed[/]" if not failed else f"[bold red]{len(failed)} failed[/]"
    console.stdout_console().print(f"{len(checks)} checks, {verdict}")

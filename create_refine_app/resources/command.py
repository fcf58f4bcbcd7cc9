"""``add resource``: read the project, plan the changes, write them all or none."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from create_refine_app.resources.fields import Field, parse_fields
from create_refine_app.resources.model import make_resource
from create_refine_app.resources.plan import Change, plan_resource
from create_refine_app.resources.project import read_project


@dataclass(frozen=True)
class AddResourceResult:
    """What was (or, with ``--dry-run``, would be) created and extended."""

    name: str
    directory: Path
    answers: dict[str, str]
    changes: list[Change]
    dry_run: bool

    def data(self) -> dict[str, Any]:
        return {
            "ok": True,
            "resource": self.name,
            "directory": str(self.directory),
            "dry_run": self.dry_run,
            "project": self.answers,
            "created": [change.path for change in self.changes if change.created],
            "edited": [change.path for change in self.changes if not change.created],
        }


def add_resource(
    directory: Path, name: str, field_specs: list[str], *, dry_run: bool = False, interactive: bool = False
) -> AddResourceResult:
    """Everything is checked and rendered before the first write; a failing write undoes the others.

    Without ``--field`` at a terminal, the fields are asked for (after the project is
    found, so nobody types fields for a directory that cannot take them).
    """
    if not field_specs and interactive:
        make_resource(name, [Field("placeholder", "string")])  # a bad name fails before any question
        read_project(directory)
        from create_refine_app.resources.ask import ask_fields

        field_specs = ask_fields(name)
    fields = parse_fields(field_specs)
    resource = make_resource(name, fields)
    project = read_project(directory)
    changes = plan_resource(project, resource)
    if not dry_run:
        _apply(project.root, changes)
    return AddResourceResult(name, directory, project.answers(), changes, dry_run)


def _apply(root: Path, changes: list[Change]) -> None:
    originals: dict[Path, str | None] = {}
    try:
        for change in changes:
            path = root / change.path
            originals[path] = None if change.created else path.read_text(encoding="utf-8")
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("x" if change.created else "w", encoding="utf-8") as handle:
                handle.write(change.text)
    except BaseException:
        for path, text in originals.items():
            if text is None:
                path.unlink(missing_ok=True)
            else:
                path.write_text(text, encoding="utf-8")
        raise


def print_result(result: AddResourceResult) -> None:
    """The file list: on stdout for ``--dry-run`` (it is the answer), else on stderr as progress."""
    from rich.markup import escape

    from create_refine_app import console

    verb = "Would create" if result.dry_run else "Created"
    lines = [f"{verb} resource '{result.name}' ({', '.join(f'{k}={v}' for k, v in result.answers.items())}):"]
    lines += [f"  + {change.path}" for change in result.changes if change.created]
    lines += [f"  ~ {change.path}" for change in result.changes if not change.created]
    if not result.dry_run:
        sql = f"supabase/{result.name}.sql"
        if any(change.path == sql for change in result.changes):
            lines.append(f"Then: run {sql} in your Supabase project's SQL editor (it creates the table).")
        lines.append(f"Next: npm run typecheck, then open /{result.name} in `npm run dev`.")
    out = console.stdout_console() if result.dry_run else console.stderr_console()
    if result.dry_run or not console.is_quiet():
        out.print(escape("\n".join(lines)), soft_wrap=True, highlight=False)

"""``add resource --openapi SPEC``: every collection of the spec, added as ``add resource`` adds one.

Each resource goes through the same plan (templates, seams, seeds) as a hand-described
one. They are written one after the other, so the seams and the seed file take them all
and a resource's seed refers to the ids its referenced collection just got; a failure at
any point puts every touched file back, so the project is as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from create_refine_app.resources.model import Resource
from create_refine_app.resources.openapi import ApiSpec, load_spec, warning_block
from create_refine_app.resources.plan import Change, plan_resource
from create_refine_app.resources.project import read_project


@dataclass(frozen=True)
class SpecResult:
    """The resources taken from the spec, the files touched, and what was skipped."""

    spec: Path
    directory: Path
    answers: dict[str, str]
    resources: list[Resource]
    created: list[str]
    edited: list[str]
    warnings: list[str]
    server_url: str | None
    dry_run: bool

    def data(self) -> dict[str, Any]:
        return {
            "ok": True,
            "openapi": str(self.spec),
            "directory": str(self.directory),
            "dry_run": self.dry_run,
            "project": self.answers,
            "server_url": self.server_url,
            "resources": [
                {"name": r.name, "operations": sorted(r.operations), "fields": [f.name for f in r.fields]}
                for r in self.resources
            ],
            "created": self.created,
            "edited": self.edited,
            "warnings": self.warnings,
        }


def ordered(resources: list[Resource]) -> list[Resource]:
    """Referenced collections first (their seed ids exist when the referencing seed is made)."""
    done: list[Resource] = []
    pending = list(resources)
    while pending:
        names = {r.name for r in pending}
        ready = [r for r in pending if not any(f.ref in names - {r.name} for f in r.refs)] or pending[:1]
        done.append(ready[0])
        pending.remove(ready[0])
    return done


def add_from_spec(
    directory: Path,
    spec_path: Path,
    only: list[str],
    *,
    dry_run: bool = False,
    loaded: ApiSpec | None = None,
) -> SpecResult:
    """Load the spec (unless ``loaded``), then plan and write each resource; all or nothing."""
    project = read_project(directory)  # a wrong directory fails before the spec is read
    spec: ApiSpec = loaded or load_spec(spec_path)
    if only:
        spec = spec.only(only)
    resources = ordered(spec.resources)
    warnings = list(spec.warnings)
    if not resources:
        from create_refine_app.errors import UsageError

        shown = f"\n{warning_block(spec_path, warnings)}" if warnings else ""
        raise UsageError(f"--openapi {spec_path}: no collection to add (see --help for the shape).{shown}")
    chosen = {r.name for r in resources}
    for resource in resources:
        for ref in resource.refs:
            if ref.ref not in chosen and not (project.root / "src" / "resources" / ref.ref).is_dir():
                warnings.append(
                    f"{resource.name}.{ref.name} refers to {ref.ref}, which is neither added nor in the "
                    f"project: add it too (--only {','.join(sorted(chosen | {ref.ref}))})."
                )
    created: list[str] = []
    edited: list[str] = []
    originals: dict[Path, str | None] = {}
    try:
        for resource in resources:
            changes = plan_resource(project, resource)
            created += [c.path for c in changes if c.created and c.path not in created]
            edited += [c.path for c in changes if not c.created and c.path not in edited]
            if not dry_run:
                _write(project.root, changes, originals)
    except BaseException:
        _restore(originals)
        raise
    return SpecResult(
        spec_path,
        directory,
        project.answers(),
        resources,
        created,
        edited,
        warnings,
        spec.server_url,
        dry_run,
    )


def _write(root: Path, changes: list[Change], originals: dict[Path, str | None]) -> None:
    for change in changes:
        path = root / change.path
        if path not in originals:
            originals[path] = None if change.created else path.read_text(encoding="utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x" if change.created else "w", encoding="utf-8") as handle:
            handle.write(change.text)


def _restore(originals: dict[Path, str | None]) -> None:
    for path, text in originals.items():
        if text is None:
            path.unlink(missing_ok=True)
        else:
            path.write_text(text, encoding="utf-8")


def pages(resources: list[Resource]) -> str:
    """``brands (list/show/create), products (list/show/create/delete/edit)``."""
    return ", ".join(f"{r.name} ({'/'.join(['list', 'show', *sorted(r.operations)])})" for r in resources)


def print_warnings(result: SpecResult) -> None:
    """The skipped constructs as one block on stderr (``--json`` has them too, as a list)."""
    from rich.markup import escape

    from create_refine_app import console

    if result.warnings:
        block = escape(warning_block(result.spec, result.warnings))
        console.stderr_console().print(block, style="yellow", soft_wrap=True, highlight=False)


def print_spec_result(result: SpecResult) -> None:
    """The warnings as one block on stderr; the file list as ``add resource`` prints it."""
    from rich.markup import escape

    from create_refine_app import console

    print_warnings(result)
    verb = "Would add" if result.dry_run else "Added"
    lines = [f"{verb} from {result.spec}: {pages(result.resources)}"]
    lines += [f"  + {path}" for path in result.created]
    lines += [f"  ~ {path}" for path in result.edited]
    out = console.stdout_console() if result.dry_run else console.stderr_console()
    if result.dry_run or not console.is_quiet():
        out.print(escape("\n".join(lines)), soft_wrap=True, highlight=False)


ENV_FILE = ".env"
#: Committed (``.env`` is git-ignored): a clone learns the spec's server from it.
ENV_EXAMPLE_FILE = ".env.example"


def new_project_step(spec_path: Path, only: list[str], *, dry_run: bool = False) -> Callable[[Path], None]:
    """``create-refine-app DIR --openapi SPEC``: the spec is read now (a bad one fails before
    anything is rendered); the returned step runs on the rendered staging directory, before
    it is moved into place, so a failure leaves no project behind."""
    spec = load_spec(spec_path)
    if only:
        spec = spec.only(only)

    from rich.markup import escape

    from create_refine_app import console

    def step(staging: Path) -> None:
        result = add_from_spec(staging, spec_path, [], loaded=spec)
        if result.server_url:
            (staging / ENV_FILE).write_text(_env_text(spec_path, result.server_url), encoding="utf-8")
            _set_example_api_url(staging / ENV_EXAMPLE_FILE, spec_path, result.server_url)
        print_warnings(result)
        what = escape(pages(result.resources))
        console.step(f"{'Would add' if dry_run else 'Adding'} from {spec_path.name}: {what}")

    return step


def _set_example_api_url(example: Path, spec_path: Path, url: str) -> None:
    """Give ``.env.example``'s API_URL the spec's server (its placeholder line, else a new one)."""
    text = example.read_text(encoding="utf-8") if example.is_file() else ""
    line = f"# {spec_path.name}'s servers[0].url:\nAPI_URL={url}"
    placeholder = re.compile(r"^# API_URL=.*$", re.MULTILINE)
    if placeholder.search(text):
        text = placeholder.sub(lambda _: line, text, count=1)
    else:
        text += ("\n" if text and not text.endswith("\n") else "") + line + "\n"
    example.write_text(text, encoding="utf-8")


def _env_text(spec_path: Path, url: str) -> str:
    return (
        f"# The API described by {spec_path.name} (its servers[0].url), read by npm run dev / start and\n"
        "# the Next.js server. Real environment variables and .env.local win: API_URL= (empty)\n"
        "# uses the bundled mock API instead, seeded from the spec's schemas (mock/seed.json).\n"
        f"API_URL={url}\n"
    )

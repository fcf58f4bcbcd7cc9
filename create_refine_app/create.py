"""The main job, as one pass: request → render → move into place → post steps → next steps.

Each stage takes the previous stage's value and returns a new one; nothing goes back:

* :mod:`~create_refine_app.request` — the command line (and a person's answers) → a Request;
* :mod:`~create_refine_app.preflight` — what the machine must have, checked before writing;
* :mod:`~create_refine_app.render` — copier into a staging directory, moved into place;
* :mod:`~create_refine_app.post` — install and the first git commit;
* :mod:`~create_refine_app.next_steps` — what to type next.
"""

from __future__ import annotations

import time
from typing import Any

from create_refine_app import console, next_steps, preflight, render, report
from create_refine_app.errors import CreateRefineAppError, InterruptedAfterWriting
from create_refine_app.post import StepLog, run_post_steps
from create_refine_app.presets import Catalog, Preset
from create_refine_app.request import CreateOptions, Request, build_request


def summary(request: Request, log: StepLog, *, dry_run: bool, files: list[str]) -> dict[str, Any]:
    """The one JSON object ``--json`` prints at the end."""
    return {
        "ok": True,
        "target": str(request.target.path),
        "preset": request.preset.name,
        "example": request.example.name if request.example else None,
        "answers": request.answers,
        "package_manager": request.package_manager.name,
        "dry_run": dry_run,
        "files": len(files),
        "steps": log.steps,
    }


def create(
    options: CreateOptions,
    catalog: Catalog,
    external: Preset | None,
    *,
    as_json: bool,
    finish: render.Finish | None = None,
) -> None:
    """Resolve the request, then preview it (``--dry-run``) or create the project.

    ``finish`` runs on the rendered tree before it is moved into place (``--openapi``).
    """
    log = StepLog()
    interactive = console.is_interactive() and not options.yes
    with log.timed("resolve"):
        request = build_request(options, catalog, interactive, external)
    if options.dry_run:
        with log.timed("preview"):
            files = render.preview(request.render_job, finish)
        if as_json:
            report.print_json(summary(request, log, dry_run=True, files=files))
        else:
            report.print_dry_run(request, files)
        return
    preflight.check(request.package_manager, install=request.install)
    started = time.perf_counter()
    with log.timed("render"):
        created = render.create_project(request.render_job, request.target.path, finish)
    files = created.files
    try:
        console.success(
            f"Wrote {len(files)} files to {request.target.path} in {time.perf_counter() - started:.1f}s."
        )
        run_post_steps(
            request.target.path,
            request.package_manager,
            install=request.install,
            git=request.git,
            log=log,
            template_versions=created.template_versions,
        )
    except KeyboardInterrupt:
        raise InterruptedAfterWriting(
            f"Interrupted: the project was kept at {request.target.path}."
        ) from None
    except CreateRefineAppError as exc:
        exc.details = summary(request, log, dry_run=False, files=files)
        raise
    if as_json:
        report.print_json(summary(request, log, dry_run=False, files=files))
    else:
        next_steps.print_next_steps(request, installed=request.install)

"""Runs a settled request: preview or render, post steps, and the closing report."""

from __future__ import annotations

import time
from typing import Any

from create_refine_app import console, render, report
from create_refine_app.create import (
    CreateOptions,
    Request,
    StepLog,
    build_request,
    run_post_steps,
)
from create_refine_app.presets import Catalog, Preset


def summary(request: Request, log: StepLog, *, dry_run: bool, files: list[str]) -> dict[str, Any]:
    """The one JSON object ``--json`` prints at the end."""
    return {
        "target": str(request.target.path),
        "preset": request.preset.name,
        "example": request.example.name if request.example else None,
        "answers": request.answers,
        "package_manager": request.package_manager.name,
        "dry_run": dry_run,
        "files": len(files),
        "steps": log.steps,
    }


def generate(options: CreateOptions, catalog: Catalog, external: Preset | None, *,
             as_json: bool) -> None:
    """Resolve the request, then preview it (``--dry-run``) or create the project."""
    log = StepLog()
    with log.timed("resolve"):
        request = build_request(options, catalog, console.is_interactive(), external)
    if options.dry_run:
        with log.timed("preview"):
            files = render.preview(request.render_job)
        if as_json:
            report.print_json(summary(request, log, dry_run=True, files=files))
        else:
            report.print_dry_run(request, files)
        return
    started = time.perf_counter()
    with log.timed("render"):
        files = render.create_project(request.render_job, request.target.path)
    console.success(f"Wrote {len(files)} files to {request.target.path} "
                    f"in {time.perf_counter() - started:.1f}s.")
    try:
        run_post_steps(request, log)
    finally:
        if as_json:
            report.print_json(summary(request, log, dry_run=False, files=files))
    if not as_json:
        report.print_next_steps(request, installed=request.install)

"""The command line: Typer commands that parse flags and delegate.

``create-refine-app [DIR] [flags]`` creates a project; ``update`` and ``preset`` are
sub-commands, and ``help [COMMAND]`` prints help.  Any first argument that is not a
sub-command's name is the ``create`` command's, so a directory literally named like a
command is reached as ``./update``.  Heavy modules (copier, questionary, Jinja) load only
inside the commands that use them.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from contextlib import ExitStack
from functools import wraps
from pathlib import Path
from typing import Annotated, NoReturn, ParamSpec, TypeVar

import typer
from typer import _click  # Typer vendors click; the Context type lives here
from typer.core import TyperCommand, TyperGroup

from create_refine_app import __version__, completion
from create_refine_app.errors import EXIT_FAILURE, EXIT_INTERRUPTED, CreateRefineAppError
from create_refine_app.package_managers import PACKAGE_MANAGERS

P = ParamSpec("P")
R = TypeVar("R")


class DefaultToCreate(TyperGroup):
    """Routes everything that is not a sub-command to ``create``; ``help X`` is ``X --help``."""

    passthrough = frozenset({"--install-completion", "--show-completion"})

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        if args and args[0] == "help" and not ctx.resilient_parsing:
            args = [*args[1:], "--help"]
        if not args or (args[0] not in self.commands and args[0] not in self.passthrough):
            args = ["create", *args]
        return super().parse_args(ctx, args)


class PlainUsage(TyperCommand):
    """Usage lines as the README writes them: ``PATH``, not Typer's ``{PATH}``."""

    def collect_usage_pieces(self, ctx: _click.Context) -> list[str]:
        return [
            piece[1:-1] if piece.startswith("{") and piece.endswith("}") else piece
            for piece in super().collect_usage_pieces(ctx)
        ]


class _TopLevelContext(_click.Context):
    """``create`` is reached without its name: usage and hints omit it."""

    @property
    def command_path(self) -> str:
        return self.parent.command_path if self.parent is not None else super().command_path


class CreateCommand(PlainUsage):
    context_class = _TopLevelContext


app = typer.Typer(
    cls=DefaultToCreate,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,  # plain click help: Rich costs ~80 ms at every start
    no_args_is_help=False,
    pretty_exceptions_enable=False,
)


def _package_manager_choice(value: str | None) -> str | None:
    """``--package-manager``: one of the supported package managers, any case."""
    if value is None:
        return None
    if value.lower() not in PACKAGE_MANAGERS:
        raise typer.BadParameter(f"'{value}' is not one of {', '.join(PACKAGE_MANAGERS)}.")
    return value.lower()


def _package_manager_names(incomplete: str) -> list[str]:
    return [name for name in PACKAGE_MANAGERS if name.startswith(incomplete)]


def _on_sigterm(signum: int, frame: object) -> NoReturn:
    raise KeyboardInterrupt


def handles_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Expected failures become one paragraph and an exit code; ``--debug`` shows tracebacks."""

    @wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from create_refine_app import console

        debug = bool(kwargs.get("debug"))
        as_json = bool(kwargs.get("json_"))
        console.configure(quiet=bool(kwargs.get("quiet")), verbose=bool(kwargs.get("verbose")))
        signal.signal(signal.SIGTERM, _on_sigterm)
        # A shell starts background jobs with SIGINT ignored, and Python keeps that: then
        # `kill -INT` would neither stop the run nor undo it. Always treat it as Ctrl-C.
        signal.signal(signal.SIGINT, signal.default_int_handler)

        def fail(message: str, code: int, details: dict[str, object] | None = None) -> NoReturn:
            console.error(message)
            if as_json:
                from create_refine_app.report import print_json

                print_json({**(details or {}), "ok": False, "error": message, "exit_code": code})
            raise typer.Exit(code)

        try:
            return command(*args, **kwargs)
        except CreateRefineAppError as exc:
            if debug:
                console.stderr_console().print_exception()
            fail(exc.message, exc.exit_code, exc.details)
        except KeyboardInterrupt:
            fail("Interrupted: nothing was written.", EXIT_INTERRUPTED)
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:
            if debug:
                raise
            fail(
                f"Unexpected error: {type(exc).__name__}: {exc}. This is a bug in "
                "create-refine-app; run again with --debug for the traceback and report it.",
                EXIT_FAILURE,
            )

    return wrapper


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"create-refine-app {__version__}")
        raise typer.Exit()


@app.command(
    "create",
    cls=CreateCommand,
    epilog=(
        "\b\n"
        "Other commands:\n"
        "  create-refine-app update [DIR]      bring template improvements into a project\n"
        "  create-refine-app add resource NAME add list/create/edit/show pages to a project\n"
        "  create-refine-app preset check PATH validate a preset (for preset authors)\n"
        "  create-refine-app help [COMMAND]    help for a command\n"
        "A directory named like a command is reached as ./update (or ./add).\n"
        "Shell completion: create-refine-app --install-completion (--show-completion\n"
        "prints the script instead).\n"
        "Exit codes: 0 done, 1 failed, 2 bad usage, 130 interrupted."
    ),
)
@handles_errors
def create(
    directory: Annotated[
        str | None,
        typer.Argument(
            metavar="DIR",
            help="Target directory; its name becomes the package name. '.' is here.",
            show_default=False,
            autocompletion=completion.directories_and_commands,
        ),
    ] = None,
    preset: Annotated[
        str | None,
        typer.Option(
            "--preset", "-o", help="Preset to generate from (see --list).", autocompletion=completion.presets
        ),
    ] = None,
    example: Annotated[
        str | None,
        typer.Option(
            "--example",
            "-e",
            help="Example to generate: a preset with fixed answers.",
            autocompletion=completion.examples,
        ),
    ] = None,
    answer: Annotated[
        list[str] | None,
        typer.Option(
            "--answer",
            "-a",
            metavar="KEY=VALUE",
            help="Answer a preset question; repeatable. Checked against its type and choices.",
            autocompletion=completion.answers,
        ),
    ] = None,
    answers_file: Annotated[
        Path | None,
        typer.Option(
            "--answers-file",
            metavar="PATH",
            dir_okay=True,
            help="YAML or JSON answers, e.g. another project's .copier-answers.yml.",
        ),
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Take the default for everything not given; never ask.")
    ] = False,
    package_manager: Annotated[
        str | None,
        typer.Option(
            "--package-manager",
            metavar="|".join(PACKAGE_MANAGERS).join("[]"),
            help="Default: the caller's (npm create …), else what is installed.",
            callback=_package_manager_choice,
            autocompletion=_package_manager_names,
        ),
    ] = None,
    install: Annotated[
        bool | None,
        typer.Option(
            "--install/--no-install", help="Install dependencies after generating.", show_default=False
        ),
    ] = None,
    git: Annotated[
        bool | None, typer.Option("--git/--no-git", help="git init and a first commit.", show_default=False)
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Allow a non-empty target (existing files are never replaced).")
    ] = False,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run", help="Show the answers and the files that would be written; write nothing."
        ),
    ] = False,
    list_: Annotated[
        bool, typer.Option("--list", help="List presets, examples and their questions.")
    ] = False,
    json_: Annotated[
        bool, typer.Option("--json", help="Machine-readable output (with --list, or one object at the end).")
    ] = False,
    template: Annotated[
        str | None,
        typer.Option(
            "--template",
            metavar="SOURCE",
            help="Render a template that is not bundled: a folder, a git URL or gh:owner/repo.",
        ),
    ] = None,
    vcs_ref: Annotated[
        str | None,
        typer.Option("--vcs-ref", metavar="REF", help="Tag, branch or commit of a git --template."),
    ] = None,
    trust: Annotated[
        bool,
        typer.Option(
            "--trust",
            help="Allow a --template whose copier.yml runs code (tasks, migrations, Jinja extensions).",
        ),
    ] = False,
    openapi: Annotated[
        Path | None,
        typer.Option(
            "--openapi",
            metavar="SPEC",
            help="Add a resource for every collection of this OpenAPI 3.0/3.1 document (with data=rest "
            "or custom they replace the sample resources); API_URL (in .env) is its servers[0].url.",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only warnings and errors.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show the package manager's own output.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_show_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Create a refine + Next.js admin app. Asks at a terminal; every question is also a flag."""
    from create_refine_app import report
    from create_refine_app.create import create as create_project
    from create_refine_app.errors import UsageError
    from create_refine_app.presets import Catalog, bundled_templates_root
    from create_refine_app.request import CreateOptions

    if quiet and verbose:
        raise UsageError("--quiet and --verbose cannot be used together. Keep one of them.")
    catalog = Catalog(bundled_templates_root())
    if list_:
        data = report.catalog_data(catalog)
        report.print_json(data) if json_ else report.print_catalog(data)
        return
    options = CreateOptions(
        directory=directory,
        preset=preset,
        example=example,
        answer_flags=tuple(answer or ()),
        answers_file=answers_file,
        yes=yes,
        package_manager=package_manager,
        install=install,
        git=git,
        force=force,
        dry_run=dry_run,
        template=template,
        vcs_ref=vcs_ref,
        trust=trust,
        spec_resources=openapi is not None,
    )
    with ExitStack() as stack:
        external = None
        if template:
            from create_refine_app.sources import open_external

            external = stack.enter_context(open_external(template, vcs_ref))
        finish = None
        if openapi is not None:
            from create_refine_app.resources.from_spec import new_project_step

            finish = new_project_step(openapi, [], dry_run=dry_run)
        create_project(options, catalog, external, as_json=json_, finish=finish)


@app.command(
    "update",
    cls=PlainUsage,
    epilog="Exit codes: 0 done (conflicts are reported, not fatal), 1 failed, 2 bad usage, 130 interrupted.",
)
@handles_errors
def update(
    directory: Annotated[str, typer.Argument(metavar="DIR", help="The project to update.")] = ".",
    answer: Annotated[
        list[str] | None,
        typer.Option("--answer", "-a", metavar="KEY=VALUE", help="Change an answer on the way; repeatable."),
    ] = None,
    vcs_ref: Annotated[
        str | None,
        typer.Option("--vcs-ref", metavar="REF", help="Template version for projects from a git template."),
    ] = None,
    base: Annotated[
        str | None,
        typer.Option(
            "--base",
            metavar="REV",
            help="Commit holding the unmodified generated files "
            "(found automatically when create-refine-app made the first commit).",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; change nothing.")
    ] = False,
    trust: Annotated[
        bool, typer.Option("--trust", help="Allow a template whose copier.yml runs code.")
    ] = False,
    json_: Annotated[
        bool,
        typer.Option(
            "--json", help="One JSON object at the end: changed, removed, kept and conflicting files."
        ),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Bring the current template into a project generated earlier; your edits survive."""
    from create_refine_app import report
    from create_refine_app.presets import Catalog, bundled_templates_root
    from create_refine_app.update import UpdateOptions, report_update, run_update

    options = UpdateOptions(
        directory=directory,
        answer_flags=tuple(answer or ()),
        vcs_ref=vcs_ref,
        base=base,
        dry_run=dry_run,
        trust=trust,
    )
    result = run_update(options, Catalog(bundled_templates_root()))
    report_update(result, options)
    if json_:
        report.print_json({"dry_run": dry_run, **result.data()})


add_app = typer.Typer(help="Add to a generated project.", no_args_is_help=True)
app.add_typer(add_app, name="add")


@add_app.command(
    "resource",
    cls=PlainUsage,
    epilog=(
        "\b\n"
        "Field types: string, text, number, boolean, date, datetime, email, url,\n"
        "enum(a,b,...), ref(resource) or ref(resource.field) (shown by that field, default title).\n"
        "NAME? makes a field optional. Example:\n"
        "  create-refine-app add resource products --field title:string --field price:number \\\n"
        "    --field 'categoryId:ref(categories)' --field 'status:enum(draft,published)'\n"
        "From an OpenAPI 3.0/3.1 document, every collection (GET /things answering an array,\n"
        "GET /things/{id}; create/edit/delete only where POST, PUT|PATCH, DELETE exist):\n"
        "  create-refine-app add resource --openapi api.yaml [--only products,categories] [DIR]\n"
        "Skipped constructs (oneOf, nested objects, arrays) are listed in one warning.\n"
        "Exit codes: 0 done, 1 failed, 2 bad usage (bad field, a file exists: nothing written)."
    ),
)
@handles_errors
def add_resource(
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="NAME",
            help="Resource name, plural: products, blog-posts. With --openapi: none (DIR comes first).",
            show_default=False,
        ),
    ] = None,
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="The generated project.")] = Path("."),
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            "-f",
            metavar="NAME:TYPE",
            help="A field of the resource; repeatable. Without any, asked for at a terminal.",
        ),
    ] = None,
    openapi: Annotated[
        Path | None,
        typer.Option(
            "--openapi",
            metavar="SPEC",
            help="Add every collection of this OpenAPI 3.0/3.1 document (YAML or JSON) instead.",
        ),
    ] = None,
    only: Annotated[
        str | None,
        typer.Option("--only", metavar="NAME,...", help="With --openapi: just these collections."),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="List the files; write nothing.")] = False,
    json_: Annotated[bool, typer.Option("--json", help="One JSON object: created and edited files.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Add a resource's list/create/edit/show pages, routes, loaders, types and seed data.

    Reads the project's .copier-answers.yml and writes for its kit, router and data
    provider; an existing file is never overwritten.
    """
    from create_refine_app import report
    from create_refine_app.console import is_interactive
    from create_refine_app.errors import UsageError
    from create_refine_app.resources.command import add_resource as run_add
    from create_refine_app.resources.command import print_result

    if openapi is not None:
        _add_from_spec(openapi, name, directory, only, dry_run=dry_run, json_=json_, field=field)
        return
    if only is not None:
        raise UsageError("--only picks collections of an --openapi spec; give --openapi SPEC too.")
    if name is None:
        raise UsageError(
            "Name the resource (add resource products --field title:string), or give --openapi SPEC."
        )
    result = run_add(
        directory, name, list(field or ()), dry_run=dry_run, interactive=is_interactive() and not json_
    )
    if json_:
        report.print_json(result.data())
    else:
        print_result(result)


def _add_from_spec(
    spec: Path,
    name: str | None,
    directory: Path,
    only: str | None,
    *,
    dry_run: bool,
    json_: bool,
    field: list[str] | None,
) -> None:
    """``add resource --openapi SPEC [DIR]``: the one positional argument is the directory."""
    from create_refine_app import report
    from create_refine_app.errors import UsageError
    from create_refine_app.resources.from_spec import add_from_spec, print_spec_result, print_warnings

    if field:
        raise UsageError("--field describes one resource by hand; --openapi takes the fields from the spec.")
    if name is not None and directory != Path("."):
        raise UsageError("With --openapi the resources are named by the spec: give only DIR.")
    target = Path(name) if name is not None else directory
    names = [n.strip() for n in (only or "").split(",") if n.strip()]
    result = add_from_spec(target, spec, names, dry_run=dry_run)
    if json_:
        print_warnings(result)
        report.print_json(result.data())
    else:
        print_spec_result(result)


preset_app = typer.Typer(help="Tools for preset authors.", no_args_is_help=True)
app.add_typer(preset_app, name="preset")


@preset_app.command(
    "check", cls=PlainUsage, epilog="Exit codes: 0 all passed, 1 a check failed, 2 bad usage."
)
@handles_errors
def preset_check(
    path: Annotated[
        Path, typer.Argument(metavar="PATH", help="A preset folder (with copier.yml) or a folder of presets.")
    ],
    all_: Annotated[
        bool, typer.Option("--all", help="Render every combination of answers, not just a covering set.")
    ] = False,
    build: Annotated[
        bool, typer.Option("--build", help="Also npm install, type-check and build each rendered project.")
    ] = False,
    npm_cache: Annotated[
        Path | None, typer.Option("--npm-cache", metavar="DIR", help="npm cache shared by all builds.")
    ] = None,
    json_: Annotated[bool, typer.Option("--json", help="Machine-readable results.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Validate a preset and render (optionally build) a covering set of its answers."""
    from create_refine_app import report
    from create_refine_app.preset_check import run_checks

    checks = []
    for check in run_checks(path, everything=all_, build=build, cache=npm_cache):
        checks.append(check)
        if not json_:
            report.print_check(check)
    if json_:
        report.print_json(
            {
                "path": str(path),
                "passed": all(c.ok for c in checks),
                "checks": [report.check_data(c) for c in checks],
            }
        )
    else:
        report.print_check_summary(checks)
    if not all(c.ok for c in checks):
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="create-refine-app")

"""The first stage of the flow: the command line (and a person's answers) → a :class:`Request`.

Questions are asked only when a person is at a terminal and ``--yes`` was not given;
otherwise every gap is reported at once, with the flags that fill it, before anything
is written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from create_refine_app.answers import (
    PACKAGE_MANAGER,
    PROJECT_NAME,
    AnswerSources,
    load_answers_file,
    missing_answers_error,
    parse_answer_flags,
    resolve_answers,
)
from create_refine_app.errors import UsageError
from create_refine_app.package_managers import (
    PACKAGE_MANAGERS,
    PackageManager,
    detect_package_manager,
    installed_package_managers,
)
from create_refine_app.presets import Catalog, Example, Preset
from create_refine_app.render import RenderJob
from create_refine_app.target import DEFAULT_DIRECTORY, Target, check_target, name_problem


@dataclass(frozen=True)
class CreateOptions:
    """The command line, as given."""

    directory: str | None = None
    preset: str | None = None
    example: str | None = None
    answer_flags: tuple[str, ...] = ()
    answers_file: Path | None = None
    yes: bool = False
    package_manager: str | None = None
    install: bool | None = None
    git: bool | None = None
    force: bool = False
    dry_run: bool = False
    template: str | None = None
    vcs_ref: str | None = None
    trust: bool = False
    #: ``--openapi``: the spec's resources replace the samples (where the data layer allows).
    spec_resources: bool = False


#: The hidden question that keeps or drops the sample resources, and the data layers whose
#: sample-free projects are proven (the bundled mock API, seeded from the spec instead).
SAMPLES = "samples"
SAMPLE_FREE_DATA = ("rest", "custom")
DASHBOARD = "dashboard"


@dataclass(frozen=True)
class Request:
    """Everything settled: what to generate, where, and which post steps to run."""

    target: Target
    preset: Preset
    example: Example | None
    answers: dict[str, Any]
    package_manager: PackageManager
    install: bool
    git: bool
    trust: bool = True

    @property
    def render_job(self) -> RenderJob:
        return RenderJob(
            template=self.preset.render_source,
            answers=self.answers,
            extra_files=self.example.files if self.example else None,
            trust=self.trust,
            vcs_ref=self.preset.vcs_ref,
        )


class _Resolver:
    """Settles each open choice: from flags, by asking, by default, or as missing."""

    def __init__(self, options: CreateOptions, interactive: bool) -> None:
        self.options = options
        self.interactive = interactive
        self.missing: list[str] = []

    def directory(self, package_name_given: bool) -> Target:
        options = self.options
        if options.directory is not None:
            return check_target(options.directory, force=options.force, package_name_given=package_name_given)
        if self.interactive:
            from create_refine_app import prompts

            def validate(text: str) -> str:
                try:
                    check_target(text, force=options.force, package_name_given=package_name_given)
                except UsageError as exc:
                    return exc.message
                return ""

            chosen = prompts.ask_text("Where should the project go?", DEFAULT_DIRECTORY, validate)
            return check_target(chosen, force=options.force, package_name_given=package_name_given)
        if not options.yes:
            self.missing.append("DIR  (the target directory, first argument)")
        return check_target(DEFAULT_DIRECTORY, force=options.force, package_name_given=package_name_given)

    def preset(self, catalog: Catalog, external: Preset | None) -> tuple[Preset, Example | None]:
        options = self.options
        if external is not None:
            if options.preset is not None or options.example is not None:
                raise UsageError(
                    "--template cannot be combined with --preset or --example: it names the "
                    "template itself. Keep one of them."
                )
            return external, None
        if options.vcs_ref:
            raise UsageError("--vcs-ref only applies to --template SOURCE from git. Drop it.")
        if options.preset is not None and options.example is not None:
            raise UsageError(
                "--preset and --example cannot be used together: an example already names its "
                "preset. Keep one of them."
            )
        if options.example is not None:
            example = catalog.example(options.example)
            return catalog.preset(example.preset), example
        if options.preset is not None:
            return catalog.preset(options.preset), None
        presets = list(catalog.presets.values())
        if len(presets) > 1 and self.interactive:
            from create_refine_app import prompts

            name = prompts.ask_select(
                "Which preset?",
                [(p.name, f"{p.name} — {p.description}") for p in presets],
                presets[0].name,
            )
            return catalog.preset(name), None
        if len(presets) > 1 and not options.yes:
            self.missing.append(f"-o/--preset {'|'.join(catalog.presets)}  (the preset)")
        return catalog.default_preset, None

    def package_manager(self, answered: str | None) -> PackageManager:
        """The flag (or ``-a package_manager``) wins; at a terminal the user picks among the
        installed ones; otherwise the caller's, else the first one installed."""
        requested = self.options.package_manager or answered
        detected = detect_package_manager(requested, os.environ)
        if requested or not self.interactive:
            return detected
        installed = installed_package_managers()
        if len(installed) < 1:
            return detected  # nothing to choose from; the Node check says what to install
        from create_refine_app import prompts

        default = detected.name if detected.name in installed else installed[0]
        chosen = prompts.ask_select(
            "Which package manager?",
            [(n, n) for n in PACKAGE_MANAGERS],
            default,
            disabled={n: "not installed" for n in PACKAGE_MANAGERS if n not in installed},
        )
        return PackageManager(chosen)

    def yes_no(self, given: bool | None, question: str, flag: str) -> bool:
        if given is not None:
            return given
        if self.interactive:
            from create_refine_app import prompts

            return prompts.ask_confirm(question, default=True)
        if not self.options.yes:
            self.missing.append(f"--{flag}/--no-{flag}  ({question})")
        return True


def _package_manager_given(
    options: CreateOptions, flags: Mapping[str, Any], file: Mapping[str, Any], fixed: Mapping[str, Any]
) -> str | None:
    """The package manager named anywhere: the preset, ``-a package_manager``,
    ``--package-manager`` (these must agree), else an answers file; ``None`` when none."""
    named = {
        origin: value
        for origin, value in (
            ("the preset", fixed.get(PACKAGE_MANAGER)),
            ("-a package_manager", flags.get(PACKAGE_MANAGER)),
            ("--package-manager", options.package_manager),
            ("--answers-file", file.get(PACKAGE_MANAGER)),
        )
        if value is not None
    }
    for origin, value in named.items():
        if value not in PACKAGE_MANAGERS:
            raise UsageError(
                f"'{value}' (from {origin}) is not one of the package managers: {'|'.join(PACKAGE_MANAGERS)}."
            )
    strong = {origin: value for origin, value in named.items() if origin != "--answers-file"}
    if len(set(strong.values())) > 1:
        shown = ", ".join(f"{origin} says {value}" for origin, value in strong.items())
        raise UsageError(f"The package manager is named twice, differently: {shown}. Keep one.")
    chosen = next(iter(strong.values()), named.get("--answers-file"))
    return None if chosen is None else str(chosen)


def build_request(
    options: CreateOptions, catalog: Catalog, interactive: bool, external: Preset | None = None
) -> Request:
    """Turn the command line (and, at a terminal, the user's answers) into a Request.

    ``external`` is a ``--template`` source already opened by the caller; its trust
    check runs before any question is asked.
    """
    flags = parse_answer_flags(options.answer_flags)
    file_answers = load_answers_file(options.answers_file) if options.answers_file else {}
    resolver = _Resolver(options, interactive)
    target = resolver.directory(package_name_given=PROJECT_NAME in flags)
    if PROJECT_NAME in flags and (problem := name_problem(flags[PROJECT_NAME])):
        raise UsageError(problem)
    preset, example = resolver.preset(catalog, external)
    if not preset.trusted:
        from create_refine_app.sources import check_trust

        check_trust(preset, options.template or preset.render_source, options.trust)
    fixed = {**preset.fixed_answers, **(example.fixed_answers if example else {})}
    manager = resolver.package_manager(_package_manager_given(options, flags, file_answers, fixed))
    sources = AnswerSources(  # the settled package manager is the answer, wherever it came from
        fixed=fixed,
        flags={k: v for k, v in flags.items() if k != PACKAGE_MANAGER},
        file={k: v for k, v in file_answers.items() if k != PACKAGE_MANAGER},
        derived={
            PROJECT_NAME: target.package_name,
            PACKAGE_MANAGER: manager.name,
            **({DASHBOARD: False} if options.spec_resources else {}),  # it shows the sample posts
        },
        fixed_by=f"the example '{example.name}'" if example else f"the preset '{preset.name}'",
    )
    ask: Callable[..., Any] | None = None
    if interactive:
        from create_refine_app import prompts

        ask = prompts.ask_question
    answers, missing_answers = resolve_answers(
        preset.questionnaire, sources, ask=ask, use_defaults=options.yes
    )
    resolver.missing.extend(missing_answers)
    if options.spec_resources:
        answers = _without_samples(preset, answers)
    install = resolver.yes_no(options.install, "Install dependencies now?", "install")
    git = resolver.yes_no(options.git, "Initialise a git repository?", "git")
    if resolver.missing:
        raise missing_answers_error(resolver.missing)
    return Request(
        target=target,
        preset=preset,
        example=example,
        answers=answers,
        package_manager=manager,
        install=install,
        git=git,
        trust=preset.trusted or options.trust,
    )


def _without_samples(preset: Preset, answers: dict[str, Any]) -> dict[str, Any]:
    """``--openapi``: ``samples=false`` where the data layer has a sample-free project (other
    data layers, and templates without the question, keep their samples beside the spec's)."""
    if SAMPLES not in preset.questionnaire.by_name or answers.get("data") not in SAMPLE_FREE_DATA:
        return answers
    if answers.get(DASHBOARD):
        raise UsageError(
            "--openapi replaces the sample resources, and the dashboard shows the sample posts: "
            "drop dashboard=true (/ then opens the first resource of the spec)."
        )
    return {**answers, SAMPLES: False}

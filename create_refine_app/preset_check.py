"""``create-refine-app preset check PATH``: what a preset author runs before publishing.

Static checks first (metadata keys, question keys and types, defaults among choices,
Jinja in ``when``/``default``/``choices``/``validator`` naming only known questions,
fixed answers that exist and are allowed), then a covering set of answer combinations
(every choice of every question at least once; ``--all`` for the full product) is
rendered and each output checked: no leftover Jinja, valid ``package.json`` and
``tsconfig.json``, no two paths that differ only by case.  ``--build`` also installs,
type-checks and builds each rendered project with one shared npm cache.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from create_refine_app.answers import check_answer
from create_refine_app.errors import CreateRefineAppError, UsageError
from create_refine_app.kit_contract import check_contract, load_contract
from create_refine_app.presets import (
    EXAMPLE_METADATA,
    EXAMPLES_FOLDER,
    PRESET_METADATA,
    Catalog,
    Preset,
    load_preset,
)
from create_refine_app.questions import Question, Questionnaire, cast_value
from create_refine_app.render import RenderJob, list_tree, render_into
from create_refine_app.yamlfile import load_yaml_mapping

PRESET_KEYS = frozenset({"name", "title", "description", "order", "answers"})
EXAMPLE_KEYS = frozenset({"preset", "description", "order", "answers"})
#: Names copier puts in every template context.
COPIER_CONTEXT = frozenset(
    {"_copier_conf", "_copier_answers", "_copier_python", "_folder_name", "_copier_phase", "_external_data"}
)
# `{%`/`%}` never occur in TypeScript or JSX; `{{ name }}`/`{{ name | filter }}` is Jinja,
# while JSX's double braces hold object literals (`style={{ margin: 0 }}`).
#: ``${{ … }}`` is a GitHub Actions expression (workflow files), not Jinja.
LEFTOVER_JINJA = re.compile(r"\{%|%\}|(?<!\$)\{\{\s*[A-Za-z_][\w.]*\s*(\|[^}]*)?\}\}")
TEXT_SUFFIXES = frozenset(
    {
        ".ts",
        ".tsx",
        ".js",
        ".mjs",
        ".cjs",
        ".json",
        ".md",
        ".yml",
        ".yaml",
        ".css",
        ".html",
        ".txt",
        ".example",
        ".env",
        "",
    }
)


@dataclass
class Check:
    """One line of the report: a static check or one rendered combination."""

    name: str
    problems: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


# ---------------------------------------------------------------- static checks


def _jinja_names(text: Any, expressions_env: Any) -> set[str]:
    if not isinstance(text, str) or ("{{" not in text and "{%" not in text):
        return set()
    from jinja2 import meta

    return set(meta.find_undeclared_variables(expressions_env.parse(text)))


def check_metadata(path: Path, allowed: frozenset[str]) -> list[str]:
    data = load_yaml_mapping(path)
    unknown = sorted(set(data) - allowed)
    return (
        [f"{path.name}: unknown keys {', '.join(unknown)} (allowed: {', '.join(sorted(allowed))})"]
        if unknown
        else []
    )


def check_questions(preset: Preset) -> list[str]:
    """Every rule about copier.yml that does not need a render."""
    problems: list[str] = []
    try:
        questionnaire = preset.questionnaire
        questions = questionnaire.questions
    except CreateRefineAppError as exc:
        return [exc.message]
    expressions = questionnaire.expressions
    env = expressions.env  # the same sandboxed environment that renders them
    known = {q.name for q in questions}
    seen: set[str] = set()
    defaults: dict[str, Any] = {}
    for question in questions:
        for field_name in ("when", "default", "raw_choices", "validator"):
            names = _jinja_names(getattr(question, field_name), env) - COPIER_CONTEXT
            # A validator checks its own answer; a `when` may test its own given answer (a hidden
            # question that only an outside answer turns on, such as refine-nextjs's samples).
            names.discard(question.name) if field_name in ("validator", "when") else None
            unknown = sorted(names - known)
            later = sorted((names & known) - seen)
            label = field_name.replace("raw_", "")
            if unknown:
                problems.append(f"'{question.name}': {label} refers to unknown {', '.join(unknown)}")
            elif later:
                problems.append(f"'{question.name}': {label} refers to {', '.join(later)}, asked later")
        try:
            default = expressions.default(question, defaults)
            choices = expressions.choices(question, defaults)
        except CreateRefineAppError as exc:
            problems.append(f"'{question.name}': {exc.message}")
            seen.add(question.name)
            continue
        values = default if question.multiselect else [default]
        if choices and default is not None and any(v not in [c.value for c in choices] for v in values):
            problems.append(
                f"'{question.name}': default {default!r} is not one of its choices "
                f"{[c.value for c in choices]}"
            )
        defaults[question.name] = default
        seen.add(question.name)
    problems += _check_fixed(questionnaire, preset.fixed_answers, "preset.yml answers")
    return problems


def _check_fixed(questionnaire: Questionnaire, fixed: Mapping[str, Any], where: str) -> list[str]:
    problems = []
    for key, value in fixed.items():
        question = questionnaire.by_name.get(key)
        if question is None:
            problems.append(f"{where}: '{key}' is not a question of the preset")
            continue
        try:
            problem = check_answer(questionnaire, question, cast_value(question, value), fixed)
        except CreateRefineAppError as exc:
            problem = exc.message
        if problem:
            problems.append(f"{where}: {problem}")
    return problems


# ---------------------------------------------------------------- combinations


def _choice_values(questionnaire: Questionnaire, question: Question) -> list[Any]:
    if not questionnaire.expressions.is_asked(question, {}):
        return [questionnaire.expressions.default(question, {})]  # hidden: answered from outside
    if question.type == "bool" and not question.raw_choices:
        return [True, False]
    return [c.value for c in questionnaire.expressions.choices(question, {})]


def combinations(preset: Preset, everything: bool) -> list[dict[str, Any]]:
    """A covering set (every value at least once) or, with ``everything``, the product."""
    questionnaire = preset.questionnaire
    axes = {
        q.name: _choice_values(questionnaire, q)
        for q in questionnaire.questions
        if q.name not in preset.fixed_answers and not q.multiselect
    }
    # One value (a hidden question's default, a single choice): part of every combination,
    # so the kit contract's `when` sees it.
    fixed = {name: values[0] for name, values in axes.items() if len(values) == 1}
    fixed.update(preset.fixed_answers)
    axes = {name: values for name, values in axes.items() if len(values) > 1}
    if not axes:
        return [fixed]
    if everything:
        names = list(axes)
        product = [
            {**fixed, **dict(zip(names, combo, strict=True))} for combo in itertools.product(*axes.values())
        ]
        return [answers for answers in product if _fits(questionnaire, answers)]
    width = max(len(values) for values in axes.values())
    spread = [
        {**fixed, **{name: values[i % len(values)] for name, values in axes.items()}} for i in range(width)
    ]
    return _cover_with_fitting(questionnaire, spread, axes)


def _fits(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> bool:
    """Whether copier would accept these answers together: no question's validator objects and
    no chosen value is unavailable (a per-choice validator, e.g. a sign-in of another backend)."""
    expressions = questionnaire.expressions
    for question in questionnaire.questions:
        if question.name not in answers or not expressions.is_asked(question, answers):
            continue
        value = answers[question.name]
        if expressions.validation_error(question, value, answers):
            return False
        if any(c.value == value and c.unavailable for c in expressions.choices(question, answers)):
            return False
    return True


def _cover_with_fitting(
    questionnaire: Questionnaire, spread: list[dict[str, Any]], axes: Mapping[str, list[Any]]
) -> list[dict[str, Any]]:
    """The spread's combinations copier accepts, plus one per value they leave uncovered.

    Spreading values side by side pairs a value with whatever shares its index, which may
    not fit (auth=supabase beside data=hasura). Such a value gets a combination of its own:
    a spread combination with the value in place and, where needed, one other answer
    changed to one that makes it fit (data=supabase).
    """
    kept = [answers for answers in spread if _fits(questionnaire, answers)]
    for name, values in axes.items():
        for value in values:
            if any(answers[name] == value for answers in kept):
                continue
            candidates = (
                {**base, name: value, **change}
                for base in spread
                for change in [{}, *({other: v} for other in axes if other != name for v in axes[other])]
            )
            fitting = next((c for c in candidates if _fits(questionnaire, c)), None)
            # None: no single change makes it fit; the plain spread shows copier's error for it.
            kept.append(fitting or {**spread[0], name: value})
    return kept


def describe(answers: Mapping[str, Any]) -> str:
    return (
        " ".join(f"{k}={json.dumps(v) if not isinstance(v, str) else v}" for k, v in answers.items())
        or "(defaults)"
    )


# ---------------------------------------------------------------- render checks


def _strip_jsonc(text: str) -> str:
    """tsconfig.json allows comments and trailing commas; JSON does not."""
    text = re.sub(r'("(?:\\.|[^"\\])*")|//[^\n]*|/\*.*?\*/', lambda m: m.group(1) or "", text, flags=re.S)
    return re.sub(r",(\s*[}\]])", r"\1", text)


def check_render(root: Path) -> list[str]:
    problems: list[str] = []
    files = list_tree(root)
    lowered: dict[str, str] = {}
    for relative in files:
        other = lowered.setdefault(relative.lower(), relative)
        if other != relative:
            problems.append(f"{relative} and {other} differ only by case")
        if relative.endswith(".jinja"):
            problems.append(f"{relative} kept its .jinja suffix")
        path = root / relative
        if path.suffix in TEXT_SUFFIXES or path.name.startswith("."):
            text = path.read_text(encoding="utf-8", errors="replace")
            for number, line in enumerate(text.splitlines(), 1):
                if LEFTOVER_JINJA.search(line):
                    problems.append(f"{relative}:{number}: leftover Jinja: {line.strip()[:80]}")
                    break
    for name, parse in (
        ("package.json", json.loads),
        ("tsconfig.json", lambda t: json.loads(_strip_jsonc(t))),
    ):
        if (root / name).exists():
            try:
                parse((root / name).read_text(encoding="utf-8"))
            except ValueError as exc:
                problems.append(f"{name} is not valid JSON: {exc}")
        elif name == "package.json":
            problems.append("package.json is missing")
    return problems


def _npm(script: Sequence[str], cwd: Path, cache: Path) -> tuple[bool, str]:
    env = {
        **os.environ,
        "npm_config_cache": str(cache),
        "NEXT_TELEMETRY_DISABLED": "1",
        "npm_config_fund": "false",
        "npm_config_audit": "false",
    }
    result = subprocess.run(
        ["npm", *script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    tail = (result.stdout + result.stderr).strip().splitlines()[-5:]
    return result.returncode == 0, " | ".join(tail)


def build_render(root: Path, cache: Path, check: Check) -> None:
    scripts = json.loads((root / "package.json").read_text()).get("scripts", {})
    steps = [("install", ["install", "--prefer-offline"])]
    steps += [(name, ["run", name]) for name in ("typecheck", "build") if name in scripts]
    for name, command in steps:
        started = time.perf_counter()
        ok, tail = _npm(command, root, cache)
        check.seconds[name] = round(time.perf_counter() - started, 1)
        if not ok:
            check.problems.append(f"npm {' '.join(command)} failed: {tail}")
            return


# ---------------------------------------------------------------- driver


def _preset_folders(path: Path) -> tuple[list[Path], list[Path]]:
    """A single preset folder, or a templates root with presets and examples."""
    if (path / "copier.yml").is_file():
        return [path], []
    folders = [p.parent for p in sorted(path.glob(f"*/{PRESET_METADATA}"))]
    examples = sorted(path.glob(f"{EXAMPLES_FOLDER}/*/{EXAMPLE_METADATA}"))
    if not folders:
        raise UsageError(f"{path} holds no preset: no copier.yml, and no */{PRESET_METADATA} below it.")
    return folders, examples


def _load(folder: Path, check: Check) -> Preset | None:
    """The preset, or None with the reason recorded in ``check``."""
    if not (folder / PRESET_METADATA).is_file():
        return Preset(name=folder.name, title=folder.name, description=str(folder), path=folder)
    check.problems += check_metadata(folder / PRESET_METADATA, PRESET_KEYS)
    try:
        return load_preset(folder)
    except CreateRefineAppError as exc:
        check.problems.append(exc.message)
        return None


def run_checks(path: Path, *, everything: bool, build: bool, cache: Path | None) -> Iterator[Check]:
    """Yield each check as it finishes, so long builds show progress."""
    if not path.is_dir():
        raise UsageError(f"{path} is not a directory. Give a preset folder or a templates folder.")
    folders, examples = _preset_folders(path.resolve())
    npm_cache = cache or Path.home() / ".cache" / "create-refine-app" / "npm"
    for folder in folders:
        static = Check(f"{folder.name}: metadata and questions")
        preset = _load(folder, static)
        if preset is not None:
            static.problems += check_questions(preset)
        yield static
        if preset is None or not static.ok:
            continue
        for answers in combinations(preset, everything):
            yield _check_combination(preset, answers, build, npm_cache)
    if examples:
        catalog = Catalog(path.resolve())
        for example_file in examples:
            check = Check(f"example {example_file.parent.name}")
            check.problems += check_metadata(example_file, EXAMPLE_KEYS)
            try:
                example = catalog.examples[example_file.parent.name]
                preset = catalog.preset(example.preset)
                check.problems += _check_fixed(
                    preset.questionnaire, example.fixed_answers, "example.yml answers"
                )
            except CreateRefineAppError as exc:
                check.problems.append(exc.message)
            yield check


def _recorded_answers(root: Path) -> dict[str, Any]:
    """Every answer of a render (defaults included), from its .copier-answers.yml."""
    recorded = root / ".copier-answers.yml"
    return dict(load_yaml_mapping(recorded)) if recorded.is_file() else {}


def _check_combination(preset: Preset, answers: Mapping[str, Any], build: bool, cache: Path) -> Check:
    check = Check(f"{preset.name}: {describe(answers)}")
    name = f"check-{preset.name}".lower()
    with tempfile.TemporaryDirectory(prefix="create-refine-app-check-") as scratch:
        root = Path(scratch) / name
        started = time.perf_counter()
        try:
            render_into(
                RenderJob(template=str(preset.path), answers={"project_name": name, **answers}, trust=True),
                root,
            )
        except CreateRefineAppError as exc:
            check.problems.append(exc.message)
            return check
        check.seconds["render"] = round(time.perf_counter() - started, 2)
        check.problems += check_render(root)
        try:
            contract = load_contract(preset.path)
        except CreateRefineAppError as exc:
            check.problems.append(exc.message)
            contract = None
        if contract is not None:
            check.problems += check_contract(contract, root, {**_recorded_answers(root), **answers})
        if build and check.ok:
            build_render(root, cache, check)
    return check

"""Presets and examples, discovered from the files under ``templates/``.

A *preset* is a folder holding a Copier template (``copier.yml``) and ``preset.yml``
(name, title, one-line description, order, fixed answers).  An *example* is a folder
under ``templates/examples/`` holding ``example.yml`` (which preset, one-line
description, fixed answers) and optionally ``files/``, copied over the rendered preset.
Both are plain data, so adding one is adding files; no Python changes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from create_refine_app.errors import PresetNotFoundError, TemplateError
from create_refine_app.questions import Questionnaire, questionnaire_for
from create_refine_app.yamlfile import load_yaml_mapping

PRESET_METADATA = "preset.yml"
EXAMPLE_METADATA = "example.yml"
EXAMPLES_FOLDER = "examples"
EXAMPLE_FILES = "files"


#: Points the CLI at another folder of presets (for preset authors and tests).
TEMPLATES_ENV = "CREATE_REFINE_APP_TEMPLATES"


def bundled_templates_root() -> Path:
    """``templates/`` inside the installed wheel, or at the top of a source checkout.

    ``$CREATE_REFINE_APP_TEMPLATES`` overrides both, so a preset author can run the CLI
    over a folder of presets under development.
    """
    override = os.environ.get(TEMPLATES_ENV)
    if override:
        root = Path(override).expanduser()
        if not root.is_dir():
            raise TemplateError(f"{TEMPLATES_ENV} points at {root}, which is not a directory.")
        return root
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "templates", package_dir.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise TemplateError(
        f"No bundled templates were found next to {package_dir}. The installation is "
        "incomplete: reinstall create-refine-app."
    )


@dataclass(frozen=True)
class Preset:
    """A Copier template plus the metadata that presents it."""

    name: str
    title: str
    description: str
    path: Path
    order: int = 100
    fixed_answers: Mapping[str, Any] = field(default_factory=dict)
    #: What copier renders from: the folder itself, or a git source for external templates.
    source: str | None = None
    vcs_ref: str | None = None
    #: Bundled presets are ours; external ones must pass the --trust check.
    trusted: bool = True

    @property
    def copier_file(self) -> Path:
        return self.path / "copier.yml"

    @property
    def render_source(self) -> str:
        return self.source or str(self.path)

    @property
    def questionnaire(self) -> Questionnaire:
        """Its questions, read once per ``copier.yml`` however often they are needed."""
        return questionnaire_for(self.copier_file)


@dataclass(frozen=True)
class Example:
    """A preset with fixed answers and, optionally, extra files laid over its output."""

    name: str
    description: str
    preset: str
    fixed_answers: Mapping[str, Any]
    files: Path | None
    order: int = 100


def _text(data: Mapping[str, Any], key: str, source: Path) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise TemplateError(f"{source} needs a non-empty text value for '{key}'.")
    return value.strip()


def _answers(data: Mapping[str, Any], source: Path) -> Mapping[str, Any]:
    answers = data.get("answers") or {}
    if not isinstance(answers, dict):
        raise TemplateError(f"'answers' in {source} must be a mapping of question to value.")
    return answers


def _order(data: Mapping[str, Any], source: Path) -> int:
    order = data.get("order", 100)
    if not isinstance(order, int):
        raise TemplateError(f"'order' in {source} must be a whole number.")
    return order


def load_preset(folder: Path) -> Preset:
    """Read one preset folder's metadata."""
    source = folder / PRESET_METADATA
    data = load_yaml_mapping(source)
    name = data.get("name", folder.name)
    if name != folder.name:
        raise TemplateError(f"{source} names the preset '{name}', but its folder is '{folder.name}'.")
    if not (folder / "copier.yml").is_file():
        raise TemplateError(f"The preset folder {folder} has no copier.yml.")
    return Preset(
        name=folder.name,
        title=_text(data, "title", source),
        description=_text(data, "description", source),
        path=folder,
        order=_order(data, source),
        fixed_answers=_answers(data, source),
    )


def load_example(folder: Path) -> Example:
    """Read one example folder's metadata."""
    source = folder / EXAMPLE_METADATA
    data = load_yaml_mapping(source)
    files = folder / EXAMPLE_FILES
    return Example(
        name=folder.name,
        description=_text(data, "description", source),
        preset=_text(data, "preset", source),
        fixed_answers=_answers(data, source),
        files=files if files.is_dir() else None,
        order=_order(data, source),
    )


@dataclass(frozen=True)
class Catalog:
    """Everything that can be generated from one templates root."""

    root: Path

    @cached_property
    def presets(self) -> dict[str, Preset]:
        found = [load_preset(p.parent) for p in sorted(self.root.glob(f"*/{PRESET_METADATA}"))]
        return {p.name: p for p in sorted(found, key=lambda p: (p.order, p.name))}

    @cached_property
    def examples(self) -> dict[str, Example]:
        folder = self.root / EXAMPLES_FOLDER
        found = [load_example(p.parent) for p in sorted(folder.glob(f"*/{EXAMPLE_METADATA}"))]
        for example in found:
            if example.preset not in self.presets:
                raise TemplateError(
                    f"The example '{example.name}' is built on the preset '{example.preset}', "
                    "which does not exist."
                )
        return {e.name: e for e in sorted(found, key=lambda e: (e.order, e.name))}

    @property
    def default_preset(self) -> Preset:
        if not self.presets:
            raise TemplateError(f"No presets were found under {self.root}.")
        return next(iter(self.presets.values()))

    def preset(self, name: str) -> Preset:
        if not name.strip():
            raise PresetNotFoundError(
                f"The preset name is empty. Available presets: "
                f"{', '.join(self.presets) or 'none'}; 'create-refine-app --list' describes them."
            )
        try:
            return self.presets[name]
        except KeyError:
            raise PresetNotFoundError(
                f"There is no preset called '{name}'. Available presets: "
                f"{', '.join(self.presets) or 'none'}. Run 'create-refine-app --list' to see them "
                "with their descriptions."
            ) from None

    def example(self, name: str) -> Example:
        if not name.strip():
            raise PresetNotFoundError(
                f"The example name is empty. Available examples: "
                f"{', '.join(self.examples) or 'none'}; 'create-refine-app --list' describes them."
            )
        try:
            return self.examples[name]
        except KeyError:
            raise PresetNotFoundError(
                f"There is no example called '{name}'. Available examples: "
                f"{', '.join(self.examples) or 'none'}. Run 'create-refine-app --list' to see them "
                "with their descriptions."
            ) from None

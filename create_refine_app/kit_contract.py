"""The UI-kit contract of a preset (``kit-contract.yml`` beside its ``copier.yml``).

A preset whose template has kit layers (folders named ``{% if ui == "..." %}src{% endif %}``)
lists the modules each kit must provide, with their exports; ``preset check`` verifies
every rendered combination against it. See docs/presets.md, "Adding a UI kit".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from create_refine_app.errors import UsageError
from create_refine_app.yamlfile import load_yaml_mapping

CONTRACT_FILE = "kit-contract.yml"
DOCS = "docs/presets.md#adding-a-ui-kit"


@dataclass(frozen=True)
class KitModule:
    """One module a kit layer must provide, when the answers match ``when``.

    A ``when`` value that is a list matches any of its items: kits that share a layer
    (``{% if ui in ["tailwind", "shadcn"] %}src{% endif %}``) each supply the modules that
    shared layer imports.
    """

    path: str
    exports: tuple[str, ...]
    when: Mapping[str, Any]

    def applies(self, answers: Mapping[str, Any]) -> bool:
        return all(
            answers.get(key) in value if isinstance(value, list) else answers.get(key) == value
            for key, value in self.when.items()
        )


@dataclass(frozen=True)
class KitContract:
    question: str
    modules: tuple[KitModule, ...]


def load_contract(preset_dir: Path) -> KitContract | None:
    """The preset's contract, or None when it has no ``kit-contract.yml``."""
    path = preset_dir / CONTRACT_FILE
    if not path.is_file():
        return None
    data = load_yaml_mapping(path)
    question = data.get("question")
    modules = data.get("modules")
    if not isinstance(question, str) or not isinstance(modules, list) or not modules:
        raise UsageError(f"{path}: needs `question` (a question name) and a list of `modules`.")
    parsed = []
    for entry in modules:
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("path"), str)
            and isinstance(entry.get("exports", []), list)
            and isinstance(entry.get("when", {}), dict)
        ):
            raise UsageError(f"{path}: each module needs a `path`, and may have `exports` and `when`.")
        parsed.append(
            KitModule(entry["path"], tuple(str(e) for e in entry.get("exports", [])), entry.get("when", {}))
        )
    return KitContract(question, tuple(parsed))


def _exports(text: str, name: str) -> bool:
    kinds = r"(?:function\*?|const|let|var|class|interface|type|enum)"
    declared = rf"export\s+(?:default\s+)?(?:async\s+)?{kinds}\s+{name}\b"
    listed = rf"export\s+(?:type\s+|const\s+)?\{{[^}}]*\b{name}\b[^}}]*\}}"
    return bool(re.search(declared, text) or re.search(listed, text))


def check_contract(contract: KitContract, root: Path, answers: Mapping[str, Any]) -> list[str]:
    """What the rendered project at ``root`` lacks of the contract, one line per gap."""
    kit = f"{contract.question}={answers.get(contract.question)}"
    problems = []
    for module in contract.modules:
        if not module.applies(answers):
            continue
        file = root / module.path
        if not file.is_file():
            problems.append(
                f"{kit}: the kit layer has no {module.path} (required by the kit contract, {DOCS})"
            )
            continue
        text = file.read_text(encoding="utf-8", errors="replace")
        missing = [name for name in module.exports if not _exports(text, name)]
        if missing:
            problems.append(
                f"{kit}: {module.path} does not export {', '.join(missing)} (kit contract, {DOCS})"
            )
    return problems

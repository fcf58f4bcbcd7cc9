"""Reading the small YAML/JSON files presets and users hand us, with readable errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from create_refine_app.errors import TemplateError


def load_yaml_mapping(path: Path, error: type[Exception] = TemplateError) -> dict[str, Any]:
    """Parse ``path`` (YAML, which includes JSON) and insist on a mapping at the top.

    ``error`` picks the failure type: a broken preset file is a template error, a broken
    answers file is the user's usage error.
    """
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"The file {path} does not exist.") from None
    except IsADirectoryError:
        raise error(f"{path} is a directory, not a YAML or JSON file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"The file {path} cannot be read: {exc}.") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise error(f"The file {path} is not valid YAML or JSON: {str(exc).splitlines()[0]}.") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise error(f"The file {path} must hold a mapping of names to values at the top level.")
    return {str(key): value for key, value in data.items()}

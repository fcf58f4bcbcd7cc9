"""The package managers a generated project can use: the one list of them, and detection.

The command line's ``--package-manager`` choices, the prompt, the template's
``package_manager`` answer (its CI workflow) and the install step all read
:data:`PACKAGE_MANAGERS`.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from dataclasses import dataclass

#: Every package manager the templates support, in the order they are offered.
PACKAGE_MANAGERS = ("npm", "pnpm", "yarn", "bun")


@dataclass(frozen=True)
class PackageManager:
    """How to install and run scripts with one package manager."""

    name: str

    @property
    def install_command(self) -> list[str]:
        return [self.name, "install"]

    def run_command(self, script: str) -> str:
        if self.name in ("npm", "bun"):
            return f"{self.name} run {script}"
        return f"{self.name} {script}"

    @property
    def is_installed(self) -> bool:
        return shutil.which(self.name) is not None


def installed_package_managers() -> list[str]:
    """The supported package managers found on PATH, in offering order."""
    return [name for name in PACKAGE_MANAGERS if shutil.which(name)]


def detect_package_manager(requested: str | None, environ: Mapping[str, str]) -> PackageManager:
    """The flag wins; then the caller's ``npm_config_user_agent`` (``pnpm create`` and
    friends set it); then the first package manager found on PATH; npm as a last resort."""
    if requested:
        return PackageManager(requested)
    agent = environ.get("npm_config_user_agent", "")
    for name in PACKAGE_MANAGERS:
        if agent.startswith(f"{name}/"):
            return PackageManager(name)
    installed = installed_package_managers()
    return PackageManager(installed[0] if installed else "npm")

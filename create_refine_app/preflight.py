"""What the machine must have before anything is written: Node.js and the package manager.

With install on, a missing or too-old Node.js or a package manager that is not installed
stops the run before the project is written (exit 2), so nothing is left half-done.
With ``--no-install`` the project is written anyway and one warning says what is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess

from create_refine_app import console
from create_refine_app.errors import UsageError
from create_refine_app.package_managers import PackageManager

#: The generated app's ``engines.node`` (Next.js 16 needs 20.9).
MINIMUM_NODE = (20, 9, 0)
MINIMUM_NODE_TEXT = "20.9"


class MissingToolError(UsageError):
    """Node.js or the package manager is missing or too old (exit 2); nothing was written."""


def node_version() -> tuple[tuple[int, int, int] | None, str]:
    """The installed Node.js version and how it printed it; ``(None, "")`` without node."""
    node = shutil.which("node")
    if node is None:
        return None, ""
    try:
        printed = subprocess.run(
            [node, "--version"], capture_output=True, text=True, timeout=20, check=False
        ).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return None, ""
    match = re.match(r"v?(\d+)\.(\d+)\.(\d+)", printed)
    if not match:
        return None, printed
    major, minor, patch = (int(part) for part in match.groups())
    return (major, minor, patch), printed.removeprefix("v")


def node_problem() -> str:
    """'' when Node.js is new enough; otherwise what is wrong, in one sentence."""
    version, printed = node_version()
    if version is None:
        found = f"'node --version' printed {printed!r}" if printed else "none is installed"
        return f"Node.js {MINIMUM_NODE_TEXT} or newer is needed; {found}."
    if version < MINIMUM_NODE:
        return f"Node.js {MINIMUM_NODE_TEXT} or newer is needed; found {printed}."
    return ""


def check(manager: PackageManager, *, install: bool) -> None:
    """Refuse (install on) or warn once (install off) before anything is written."""
    problem = node_problem()
    if not install:
        if problem:
            console.note(
                f"{problem} The project is written anyway (--no-install); install a "
                "current Node.js (https://nodejs.org) before running it."
            )
        return
    if problem:
        raise MissingToolError(
            f"{problem} Install a current Node.js (https://nodejs.org, or your system's "
            "nodejs package if it is new enough), or pass --no-install to write the project "
            "without installing. Nothing was written."
        )
    if not manager.is_installed:
        raise MissingToolError(
            f"{manager.name} is not installed, so dependencies could not be installed. Install "
            f"{manager.name}, choose another with --package-manager, or pass --no-install. "
            "Nothing was written."
        )

"""Every user-facing failure is one of these types.

Each carries its exit code and a one-paragraph message saying what went wrong and
what to do.  The CLI prints the message and exits with the code; a traceback reaches
the user only with ``--debug``.
"""

from __future__ import annotations

from typing import Any

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CreateRefineAppError(Exception):
    """Base of all expected failures: a message for people and an exit code."""

    exit_code = EXIT_FAILURE
    #: What was done before the failure, merged into the ``--json`` error object.
    details: dict[str, Any] | None = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(CreateRefineAppError):
    """The command line, answers or target are not acceptable (exit 2)."""

    exit_code = EXIT_USAGE


class MissingAnswersError(UsageError):
    """No terminal to ask on and no ``--yes``: names the flags that would answer."""


class InvalidProjectNameError(UsageError):
    """The package name derived from the target breaks npm's naming rules."""


class TargetError(UsageError):
    """The target directory cannot receive a new project (a file, not empty, ...)."""


class PresetNotFoundError(UsageError):
    """An unknown preset or example name."""


class TemplateError(CreateRefineAppError):
    """A preset's files are broken: its copier.yml or metadata cannot be used."""


class RenderError(CreateRefineAppError):
    """Copier failed while rendering; the target was left as it was."""


class UpdateError(CreateRefineAppError):
    """``update`` itself failed (exit 1); the project is as it was before."""


class PostStepError(CreateRefineAppError):
    """Install or git failed after the project was written; the project is kept."""


class Interrupted(CreateRefineAppError):
    """Ctrl-C or SIGTERM: whatever was half-done has been undone (exit 130)."""

    exit_code = EXIT_INTERRUPTED

    def __init__(self, message: str = "Interrupted: nothing was written.") -> None:
        super().__init__(message)


class InterruptedAfterWriting(CreateRefineAppError):
    """Ctrl-C or SIGTERM after the project was moved into place: it is kept, and the message
    names the steps left and the commands that finish them (exit 130)."""

    exit_code = EXIT_INTERRUPTED

"""The one place that writes to the terminal.

Human output (progress, notes, errors, next steps) goes to stderr so that ``--json``,
``--list`` and ``--dry-run`` can own stdout.  Rich is imported on first use so that
``--version`` does not pay for it; Rich itself honours ``NO_COLOR`` and drops colour,
spinners and cursor codes when the stream is not a terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

#: ``-q`` hides progress and the closing panel; ``-v`` shows the package manager's output.
_verbosity = {"quiet": False, "verbose": False}


def configure(*, quiet: bool = False, verbose: bool = False) -> None:
    _verbosity.update(quiet=quiet, verbose=verbose)


def is_quiet() -> bool:
    return _verbosity["quiet"]


def is_verbose() -> bool:
    return _verbosity["verbose"]


@cache
def stderr_console() -> Console:
    """Progress, notes and errors."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=False)


@cache
def stdout_console() -> Console:
    """Results a user may pipe: listings, dry-run trees."""
    from rich.console import Console

    return Console(highlight=False)


def is_interactive() -> bool:
    """True only when a person can answer: both stdin and stdout are terminals."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def step(message: str) -> None:
    """One line of progress."""
    if not is_quiet():
        stderr_console().print(f"[bold cyan]›[/] {message}")


def note(message: str) -> None:
    """Something the user should know that is not a failure."""
    stderr_console().print(f"[yellow]![/] {message}")


def success(message: str) -> None:
    if not is_quiet():
        stderr_console().print(f"[bold green]✔[/] {message}")


def error(message: str) -> None:
    """One paragraph: what went wrong and what to do."""
    from rich.markup import escape

    stderr_console().print(f"[bold red]Error:[/] {escape(message)}", soft_wrap=True)


@contextmanager
def activity(message: str, *, show_output: bool = False) -> Iterator[_Activity]:
    """A live spinner on a terminal, one line in a log, nothing with ``-q``.

    ``show_output`` (``-v``) prints every line of the tool's own output as it comes.
    """
    console = stderr_console()
    if show_output:
        console.print(f"[bold cyan]›[/] {message}")
        yield _Activity(message, None, raw=True)
    elif is_quiet():
        yield _Activity(message, None, silent=True)
    elif console.is_terminal:
        with console.status(message) as status:
            yield _Activity(message, status.update)
    else:  # a log: one line, not the tool's chatter (a failure quotes its last lines)
        console.print(f"[bold cyan]›[/] {message}")
        yield _Activity(message, None, silent=True)


class _Activity:
    """Lets a long step report its latest line of output."""

    def __init__(self, title: str, update: object | None, *, silent: bool = False, raw: bool = False) -> None:
        self._title = title
        self._update = update
        self._silent = silent
        self._raw = raw

    def report(self, line: str) -> None:
        if self._raw:
            sys.stderr.write(line if line.endswith("\n") else f"{line}\n")
            sys.stderr.flush()
            return
        line = line.rstrip()
        if not line or self._silent:
            return
        from rich.markup import escape

        if callable(self._update):
            self._update(f"{self._title} [dim]{escape(line[:100])}[/]")

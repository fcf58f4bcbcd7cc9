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
    stderr_console().print(f"[bold cyan]›[/] {message}")


def note(message: str) -> None:
    """Something the user should know that is not a failure."""
    stderr_console().print(f"[yellow]![/] {message}")


def success(message: str) -> None:
    stderr_console().print(f"[bold green]✔[/] {message}")


def error(message: str) -> None:
    """One paragraph: what went wrong and what to do."""
    from rich.markup import escape

    stderr_console().print(f"[bold red]Error:[/] {escape(message)}", soft_wrap=True)


@contextmanager
def activity(message: str) -> Iterator[_Activity]:
    """A live spinner on a terminal, plain lines in a log."""
    console = stderr_console()
    if console.is_terminal:
        with console.status(message) as status:
            yield _Activity(message, status.update)
    else:
        console.print(f"[bold cyan]›[/] {message}")
        yield _Activity(message, None)


class _Activity:
    """Lets a long step report its latest line of output."""

    def __init__(self, title: str, update: object | None) -> None:
        self._title = title
        self._update = update

    def report(self, line: str) -> None:
        line = line.rstrip()
        if not line:
            return
        from rich.markup import escape

        if callable(self._update):
            self._update(f"{self._title} [dim]{escape(line[:100])}[/]")
        else:
            stderr_console().print(f"  {escape(line)}", soft_wrap=True)

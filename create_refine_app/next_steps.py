"""The last stage: what to type next, in one panel (create-t3-app's ``logNextSteps``)."""

from __future__ import annotations

from create_refine_app import console
from create_refine_app.request import Request


def print_next_steps(request: Request, installed: bool) -> None:
    """The commands that take the user from here to a running app (hidden by ``-q``)."""
    if console.is_quiet():
        return
    from rich.markup import escape
    from rich.panel import Panel

    manager = request.package_manager
    lines = []
    if not request.target.is_current_directory:
        lines.append(f"cd {escape(request.target.shown_as)}")
    if not installed:
        lines.append(" ".join(manager.install_command))
    lines.append(manager.run_command("dev"))
    body = "\n".join(f"  [bold]{line}[/]" for line in lines)
    body += "\n\nThen open http://localhost:3000. The README in the project says more."
    console.stderr_console().print(
        Panel(body, title=f"Created {escape(request.target.package_name)}", title_align="left", expand=False)
    )

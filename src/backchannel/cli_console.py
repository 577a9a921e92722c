"""Where the command line speaks to people: one stderr console and the problem line.

Why a module of its own: every command module (``cli``, ``cli_corpus``,
``cli_across``, ``cli_web``) reports problems the same way; keeping the
console below them lets them share it without importing each other.
"""

from __future__ import annotations

import click
from rich.console import Console

err = Console(stderr=True)


def say(kind: str, name: str, message: str) -> None:
    """One problem line on stderr: ``error: NAME: message``, never wrapped when piped.

    Why plain when not a terminal: error lines are grepped and parsed; a
    wrapped path cannot be. On a terminal the kind is coloured, and markup in
    a file name is shown as written.
    """
    if err.is_terminal:
        from rich.markup import escape

        colour = "red" if kind == "error" else "yellow"
        err.print(f"[{colour}]{kind}[/]: {escape(name)}: {escape(message)}", highlight=False, soft_wrap=True)
    else:
        click.echo(f"{kind}: {name}: {message}", err=True)

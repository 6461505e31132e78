"""Each command's options as a typed, frozen object, never a mutable ``argparse.Namespace``.

A command declares its options once as a frozen, keyword-only dataclass whose fields are its
parser's destinations, and registers it with :func:`register`. ``cli/main.py`` turns what
argparse parsed into that object with :func:`options_from`: every destination must be a field
and every field without a default a destination, so a command can neither read an option no
parser declares nor add one on the way (the object is frozen; a value derived later, such as a
default taken from the workshop file, makes a new object with ``dataclasses.replace``).
Repeated options (``action="append"``) arrive as tuples.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields, is_dataclass
from typing import Any

from coding_assistants.cli.core.output import Console

COMMAND = "command_"
"""The namespace attribute that carries the registered command (not an option)."""


@dataclass(frozen=True)
class Command:
    """A command's options class and the function that runs it with them."""

    options: type
    run: Callable[[Any, Console], int]


def register(
    parser: argparse.ArgumentParser, options: type, run: Callable[[Any, Console], int]
) -> None:
    """Make ``parser`` run ``run`` with an ``options`` object (a frozen dataclass)."""
    if not is_dataclass(options) or not options.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        raise TypeError(f"{options.__name__}: command options must be a frozen dataclass")
    parser.set_defaults(**{COMMAND: Command(options, run)})


def options_from(namespace: argparse.Namespace) -> tuple[Command, Any]:
    """The registered command and its options object, built from what argparse parsed.
    TypeError (a defect of the command, not of the user's input) when the parser and the
    options class disagree."""
    values = dict(vars(namespace))
    command = values.pop(COMMAND)
    declared = {f.name: f for f in fields(command.options)}
    undeclared = sorted(set(values) - set(declared))
    if undeclared:
        raise TypeError(
            f"{command.options.__name__} has no field for the option(s) {', '.join(undeclared)}"
        )
    missing = sorted(
        name
        for name, f in declared.items()
        if name not in values and f.default is MISSING and f.default_factory is MISSING
    )
    if missing:
        raise TypeError(f"no parser option fills {command.options.__name__}.{missing[0]}")
    typed = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    return command, command.options(**typed)

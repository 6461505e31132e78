"""Reading what the product does not write itself: typed, row by row, never a traceback.

A :class:`Node` is a value read from a source (a file, or a workspace URL) at a field inside it
(``node_types[3].num_cores``). Its accessors return the value only when it has the expected
type; otherwise they raise :class:`UntrustedError`, whose message names the source and the
field. :func:`rows` parses each entry of a list on its own, so one malformed entry is reported
and never costs the others. The size of a workspace answer is bounded where it is read
(``cli.core.api``); the number of entries read of a listing is bounded by the caller.

Standard library only, and nothing of the package: any floor may use it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


class UntrustedError(ValueError):
    """An untrusted value that cannot be used: where it came from, which field, and why."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        self.source, self.field, self.problem = source, field, problem
        super().__init__(f"{source}: {field}: {problem}" if field else f"{source}: {problem}")


_ABSENT = object()


def _shown(value: Any) -> str:
    """A value as a message shows it: JSON, cut at 60 characters."""
    try:
        text = json.dumps(value, ensure_ascii=True)
    except (TypeError, ValueError):
        text = type(value).__name__
    return text if len(text) <= 60 else f"{text[:57]}..."


@dataclass(frozen=True)
class Node:
    """A value read from ``source``, at ``field`` inside it (empty: the whole of it)."""

    value: Any
    source: str
    field: str = ""

    def problem(self, problem: str) -> UntrustedError:
        return UntrustedError(self.source, self.field or "(top level)", problem)

    def _expected(self, what: str) -> UntrustedError:
        if self.value is _ABSENT:
            return self.problem(f"missing; expected {what}")
        return self.problem(f"expected {what}, got {_shown(self.value)}")

    @property
    def absent(self) -> bool:
        """True when the field is missing or null."""
        return self.value is _ABSENT or self.value is None

    def __getitem__(self, key: str) -> Node:
        """The member ``key`` of this object (absent when missing)."""
        path = f"{self.field}.{key}" if self.field else key
        if self.absent:
            return Node(_ABSENT, self.source, path)
        if not isinstance(self.value, dict):
            raise self._expected("an object")
        return Node(self.value.get(key, _ABSENT), self.source, path)

    def items(self, *, optional: bool = False) -> list[Node]:
        """The entries of this list (``optional``: an absent list is empty)."""
        if optional and self.absent:
            return []
        if not isinstance(self.value, list):
            raise self._expected("a list")
        return [Node(v, self.source, f"{self.field}[{i}]") for i, v in enumerate(self.value)]

    def text(self, *, optional: bool = False) -> str:
        """This value as text (``optional``: absent is the empty string)."""
        if optional and self.absent:
            return ""
        if not isinstance(self.value, str):
            raise self._expected("text")
        return self.value

    def number(self, *, optional: bool = False) -> float | None:
        """This value as a finite number (``optional``: absent is None); booleans refused."""
        if optional and self.absent:
            return None
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._expected("a number")
        if not math.isfinite(value):
            raise self._expected("a finite number")
        return value

    def flag(self, *, default: bool | None = None) -> bool:
        """This value as true or false (absent: ``default``, unless that is None)."""
        if default is not None and self.absent:
            return default
        if not isinstance(self.value, bool):
            raise self._expected("true or false")
        return self.value


def rows(entries: list[Node], parse: Callable[[Node], T]) -> tuple[list[T], list[UntrustedError]]:
    """Each entry parsed on its own: the good rows, and an error per bad entry."""
    good: list[T] = []
    bad: list[UntrustedError] = []
    for entry in entries:
        try:
            good.append(parse(entry))
        except UntrustedError as error:
            bad.append(error)
    return good, bad

"""Reading JSON that the program did not write: bounded, and taken apart without surprises.

A workspace's answer, Terraform's outputs or a state file may be large, deeply nested or of
another shape than documented. ``read_json`` refuses a document beyond a size or nesting
bound with a message that names the source; ``as_dict``, ``as_list``, ``as_int`` and
``as_text`` read one value and return an empty or default value for anything of the wrong
type, so no caller meets a ``None`` or a string where it expected an object.

Where a wrong value must be named rather than defaulted (an entry of a listing the output
shows), a :class:`Node` reads a value at a field of its source (``node_types[3].num_cores``):
its accessors return the value only when it has the expected type, else raise
:class:`UntrustedError` naming the source and the field; :func:`rows` parses each entry of a
list on its own, so one malformed entry is reported and never costs the others.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

MAX_BYTES = 64 * 1024 * 1024
"""Largest document read (a state file of a 1,000-attendee fleet is a few MB)."""
MAX_DEPTH = 64
"""Deepest nesting accepted: no document read here is nested more than a dozen levels."""


class UntrustedJsonError(ValueError):
    """The document is too large, too deep, or not JSON; the message names the source."""


def _depth(value: Any) -> int:
    """Nesting depth, counted without recursion (a hostile document cannot overflow it)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            return level
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        )
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest


def read_json(data: bytes | str, source: str, max_bytes: int = MAX_BYTES) -> Any:
    """The JSON value of ``data``; UntrustedJsonError when it is larger than ``max_bytes``,
    nested deeper than ``MAX_DEPTH``, or not JSON."""
    size = len(data.encode("utf-8") if isinstance(data, str) else data)
    if size > max_bytes:
        raise UntrustedJsonError(f"{source}: {size} bytes, more than the {max_bytes} read")
    try:
        value = json.loads(data)
    except RecursionError:
        raise UntrustedJsonError(f"{source}: nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as error:
        raise UntrustedJsonError(f"{source}: not JSON ({error})") from None
    if _depth(value) > MAX_DEPTH:
        raise UntrustedJsonError(f"{source}: nested deeper than {MAX_DEPTH} levels")
    return value


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` when it is an object, else an empty one."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any, limit: int | None = None) -> list[Any]:
    """``value`` when it is a list (its first ``limit`` items), else an empty one."""
    if not isinstance(value, list):
        return []
    return value if limit is None else value[:limit]


def as_int(value: Any, default: int = 0) -> int:
    """``value`` when it is a whole number (not a boolean), else ``default``."""
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def as_text(value: Any) -> str:
    """``value`` as text when it is a string or a number, else empty."""
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else ""


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

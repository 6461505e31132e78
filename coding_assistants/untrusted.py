"""The one bounded reader of everything the product does not write itself.

Settings files, rosters, the stack lock, price files, the offline bundle's manifest (local or
in a volume) and the workspace's JSON answers are all read here:

- **bounded**: a file or an answer longer than its :class:`Limits` is refused without being
  read further, and JSON nested deeper than ``max_depth`` is refused (checked without
  recursion, so no input ever ends in a ``RecursionError``);
- **typed**: what was read is a :class:`Node`, a value that knows where it came from (the file,
  or the workspace URL) and which field it is (``files[2].sha256``). Its accessors (``text``,
  ``whole``, ``flag``, ``mapping``, ``items``) return the value only when it has the expected
  type; otherwise they raise :class:`UntrustedError`, whose message names the source and the
  field, never a ``TypeError`` or ``KeyError``;
- **row by row**: :func:`rows` checks each entry of a list on its own, so one malformed row is
  reported as bad and never costs the others;
- **leniently, for what is only shown**: :func:`as_dict`, :func:`as_list`, :func:`as_int` and
  :func:`as_text` take one value of an input already read here and give an empty or default
  value for anything of the wrong type (an event's optional detail, a pool's error message),
  where a wrong type costs a word of the display, never a decision.

Standard library only, and nothing of the package: any floor may use it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

MAX_DEPTH = 32
"""Deepest nesting of objects and arrays a local file may have: far beyond any input (a map of
strings is 2, a manifest 3), and the same on every Python, whose own recursion limit is not."""
MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much of one untrusted input is read."""

    max_bytes: int
    """Longest input read; a longer one is refused."""
    max_depth: int = MAX_DEPTH
    """Deepest nesting of JSON objects and arrays accepted."""


SETTINGS = Limits(1 * MiB)
"""A var-file or workshop settings file: a few kilobytes in practice."""
ROSTER = Limits(16 * MiB)
"""A roster: 10,000 addresses of at most 254 characters, with comments."""
STACK_LOCK = Limits(16 * MiB)
"""The stack lock kept beside a roster: one line per attendee."""
PRICES = Limits(1 * MiB)
"""A price file for ``coding-assistants cost``."""
MANIFEST = Limits(16 * MiB)
"""An offline bundle's manifest.json: one entry per file of the bundle."""
STACK = Limits(64 * MiB, max_depth=64)
"""A synthesized stack's ``cdk.tf.json`` (``deploy`` reads it): a fleet stack of 200 attendees."""
STATE = Limits(64 * MiB, max_depth=64)
"""A Terraform state file or ``terraform output -json`` answer (``handout`` reads them): a few
MB for a fleet stack of 200 attendees."""
WORKSPACE_ANSWER = Limits(8 * MiB, max_depth=64)
"""One JSON answer of the workspace's REST API: no answer of the few APIs called is near it."""


class UntrustedError(ValueError):
    """An untrusted input that cannot be used: ``source`` (a file or URL), ``field`` (its path
    inside, empty for the whole input) and ``problem``, in words meant for people."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        self.source, self.field, self.problem = source, field, problem
        where = f"{source}: {field}" if field else source
        super().__init__(f"{where}: {problem}")


def read_bytes(path: Path, limits: Limits, source: str | None = None) -> bytes:
    """The bytes of the file ``path``, at most ``limits.max_bytes`` of them; UntrustedError
    (naming ``source``, by default the path) when it is missing, unreadable or longer."""
    where = source or str(path)
    try:
        with Path(path).open("rb") as stream:
            data = stream.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise UntrustedError(where, "", "file not found") from None
    except IsADirectoryError:
        raise UntrustedError(where, "", "is a directory, expected a file") from None
    except OSError as error:
        raise UntrustedError(where, "", f"cannot read: {error.strerror or error}") from None
    if len(data) > limits.max_bytes:
        raise UntrustedError(where, "", f"larger than {_size(limits.max_bytes)}; refused unread")
    return data


def decode(data: bytes, source: str) -> str:
    """UTF-8 text (a byte-order mark dropped); UntrustedError naming the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UntrustedError(source, "", f"not UTF-8 text (byte {error.start})") from None


def read_text(path: Path, limits: Limits, source: str | None = None) -> str:
    """The UTF-8 text of the file ``path``, bounded as :func:`read_bytes` is."""
    return decode(read_bytes(path, limits, source), source or str(path))


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are each given once: two readers of a key given twice may take
    different values, so it is refused."""
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise _Duplicate(key)
        obj[key] = value
    return obj


class _Duplicate(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def parse_json(data: bytes | str, source: str, limits: Limits, **hooks: Any) -> Any:
    """The JSON value in ``data`` (``hooks`` are ``json.loads``'s own; without an
    ``object_pairs_hook`` a key given twice in an object is refused); UntrustedError when it
    is too long, not JSON, or nested deeper than ``limits.max_depth``."""
    hooks.setdefault("object_pairs_hook", _unique)
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > limits.max_bytes:
        raise UntrustedError(source, "", f"larger than {_size(limits.max_bytes)}; refused unread")
    text = decode(data, source) if isinstance(data, bytes) else data.removeprefix("\ufeff")
    too_deep = f"JSON nested more than {limits.max_depth} levels deep"
    try:
        value = json.loads(text, **hooks)
    except json.JSONDecodeError as error:
        where = f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        raise UntrustedError(source, "", where) from None
    except RecursionError:
        raise UntrustedError(source, "", too_deep) from None
    except _Duplicate as error:
        raise UntrustedError(source, "", f"key {error.key!r} given twice in one object") from None
    except ValueError as error:  # such as an integer of more than 4300 digits
        raise UntrustedError(source, "", f"invalid JSON: {error}") from None
    if depth(value, limits.max_depth) > limits.max_depth:
        raise UntrustedError(source, "", too_deep)
    return value


def read_json(path: Path, limits: Limits, source: str | None = None, **hooks: Any) -> Node:
    """The JSON in the file ``path`` as a :class:`Node`, read within ``limits``."""
    where = source or str(path)
    return Node(parse_json(read_bytes(path, limits, where), where, limits, **hooks), where)


def depth(value: Any, stop: int = MAX_DEPTH) -> int:
    """How deeply ``value``'s objects and arrays nest (a scalar: 0), walked without recursion
    and never further than one level past ``stop``."""
    deepest, todo = 0, [(value, 0)]
    while todo:
        item, level = todo.pop()
        if isinstance(item, dict | list) and level <= stop:
            deepest = max(deepest, level + 1)
            todo.extend((v, level + 1) for v in (item.values() if isinstance(item, dict) else item))
    return deepest


def _size(count: int) -> str:
    return f"{count // MiB} MiB" if count % MiB == 0 else f"{count} bytes"


_MISSING = object()


@dataclass(frozen=True)
class Node:
    """A value read from ``source``, at ``field`` inside it (empty: the whole input)."""

    value: Any
    source: str
    field: str = ""

    def problem(self, problem: str) -> UntrustedError:
        """The error of this field, in the words given."""
        return UntrustedError(self.source, self.field or "(top level)", problem)

    def _wrong(self, expected: str) -> UntrustedError:
        if self.value is _MISSING:
            return self.problem(f"missing; expected {expected}")
        return self.problem(f"expected {expected}, got {_shown(self.value)}")

    @property
    def absent(self) -> bool:
        """True when the field is missing or null."""
        return self.value is _MISSING or self.value is None

    def __getitem__(self, key: str) -> Node:
        """The member ``key`` of this object (absent when it has none, or when this node is
        absent itself); UntrustedError when this is present but not an object."""
        path = f"{self.field}.{key}" if self.field else key
        if self.absent:
            return Node(_MISSING, self.source, path)
        if not isinstance(self.value, dict):
            raise self._wrong("an object")
        return Node(self.value.get(key, _MISSING), self.source, path)

    def mapping(self) -> dict[str, Node]:
        """The members of this object, each a Node."""
        if not isinstance(self.value, dict):
            raise self._wrong("an object")
        prefix = f"{self.field}." if self.field else ""
        return {k: Node(v, self.source, f"{prefix}{k}") for k, v in self.value.items()}

    def items(self, *, optional: bool = False) -> list[Node]:
        """The entries of this array, each a Node (``optional``: absent is an empty list)."""
        if optional and self.absent:
            return []
        if not isinstance(self.value, list):
            raise self._wrong("a list")
        return [Node(v, self.source, f"{self.field}[{i}]") for i, v in enumerate(self.value)]

    def text(self, *, optional: bool = False) -> str:
        """This value as text (``optional``: absent is the empty string)."""
        if optional and self.absent:
            return ""
        if not isinstance(self.value, str):
            raise self._wrong("text")
        return self.value

    def whole(self, *, low: int = 0, high: int | None = None, optional: bool = False) -> int:
        """This value as a whole number from ``low`` to ``high`` (``optional``: absent is
        ``low``); booleans and fractions are refused."""
        if optional and self.absent:
            return low
        value = self.value
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._wrong("a whole number")
        if value < low or (high is not None and value > high):
            bound = f"from {low} to {high}" if high is not None else f"of at least {low}"
            raise self.problem(f"out of range, got {value}; expected a whole number {bound}")
        return value

    def number(self, *, optional: bool = False) -> float | None:
        """This value as a finite number (``optional``: absent is None); booleans refused."""
        if optional and self.absent:
            return None
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._wrong("a number")
        if not math.isfinite(value):
            raise self._wrong("a finite number")
        return value

    def flag(self, *, default: bool | None = None) -> bool:
        """This value as true or false (absent: ``default``, unless that is None)."""
        if default is not None and self.absent:
            return default
        if not isinstance(self.value, bool):
            raise self._wrong("true or false")
        return self.value

    def text_map(self, *, optional: bool = False) -> dict[str, str]:
        """This object as a map of text to text (``optional``: absent is empty)."""
        if optional and self.absent:
            return {}
        return {key: node.text() for key, node in self.mapping().items()}


def _shown(value: Any) -> str:
    """A value for a message: its JSON, at most 60 characters."""
    try:
        text = json.dumps(value, ensure_ascii=True)
    except (TypeError, ValueError):
        text = type(value).__name__
    return text if len(text) <= 60 else f"{text[:57]}..."


def rows(entries: list[Node], parse: Callable[[Node], T]) -> tuple[list[T], list[UntrustedError]]:
    """Each entry parsed on its own: the rows that parse, and one error per bad entry (naming
    the entry's field), so a malformed row is shown as bad and the others still count."""
    good: list[T] = []
    bad: list[UntrustedError] = []
    for entry in entries:
        try:
            good.append(parse(entry))
        except UntrustedError as error:
            bad.append(error)
    return good, bad


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

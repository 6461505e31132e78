"""Reading JSON that the program did not write: bounded, and taken apart without surprises.

A workspace's answer, Terraform's outputs or a state file may be large, deeply nested or of
another shape than documented. ``read_json`` refuses a document beyond a size or nesting
bound with a message that names the source; ``as_dict``, ``as_list``, ``as_int`` and
``as_text`` read one value and return an empty or default value for anything of the wrong
type, so no caller meets a ``None`` or a string where it expected an object.
"""

from __future__ import annotations

import json
from typing import Any

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

"""Recognising cdktf tokens without loading cdktf.

cdktf hands a value only Terraform knows (a variable, a resource attribute, a function call) to
Python as an *encoded token*: a string holding a ``${TfToken[TOKEN.n]}`` marker, a number whose
top 16 bits carry a marker (a special negative double), a one-element list holding a
``#{TfToken[...]}`` string or a list-marked number, a map with a ``&{TfToken[...]}`` key, or a
jsii object (resolvable). :func:`is_unresolved` mirrors cdktf's own ``Token.is_unresolved``
(``lib/tokens/private/encoding.js``, ``unresolved()``), so the props, rules and settings
modules can skip Python checks on such values without importing the framework; a test
compares the two on real tokens.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Mapping
from typing import Any

_KEY = r"[a-zA-Z0-9:._-]+"
_STRING_MARKER = re.compile(r"\$\{TfToken\[" + _KEY + r"\]\}")
_LIST_MARKER = re.compile(r"#\{TfToken\[" + _KEY + r"\]\}")
_MAP_MARKER = re.compile(r"&\{TfToken\[" + _KEY + r"\]\}")
_NUMBER_MARK = 0xFDFF
"""Top 16 bits of a double that encodes a number token."""
_LIST_NUMBER_MARK = 0xFBFF
"""Top 16 bits of a double that encodes a number-list token."""


def _marked_double(value: Any, mark: int) -> bool:
    if isinstance(value, bool) or not isinstance(value, float | int):
        return False
    try:
        bits = struct.unpack("<Q", struct.pack("<d", float(value)))[0]
    except OverflowError:  # an int too large for a double is no token
        return False
    return bits >> 48 == mark


def is_unresolved(value: Any) -> bool:
    """True when ``value`` itself is an encoded cdktf token (as ``Token.is_unresolved``)."""
    if isinstance(value, str):
        return _STRING_MARKER.search(value) is not None
    if isinstance(value, float | int) and not isinstance(value, bool):
        return _marked_double(value, _NUMBER_MARK)
    if isinstance(value, list | tuple):
        if len(value) != 1:
            return False
        first = value[0]
        if isinstance(first, str):
            return _LIST_MARKER.search(first) is not None
        return _marked_double(first, _LIST_NUMBER_MARK)
    if isinstance(value, Mapping):
        return any(isinstance(k, str) and _MAP_MARKER.search(k) for k in value)
    if value is None or isinstance(value, str | float | int | bool):
        return False
    # A reference into the framework's runtime (a jsii object: IResolvable, a lazy value)
    # carries __jsii_ref__; Python objects implementing IResolvable have ``resolve``.
    return getattr(value, "__jsii_ref__", None) is not None or callable(
        getattr(value, "resolve", None)
    )


def is_token(value: Any) -> bool:
    """True when ``value`` is, or contains, a reference only Terraform can resolve."""
    if value is None or isinstance(value, bool):
        return False
    if is_unresolved(value):
        return True
    if isinstance(value, Mapping):
        return any(is_token(k) or is_token(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(is_token(v) for v in value)
    return False

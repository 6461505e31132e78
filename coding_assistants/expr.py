"""Values that are either known in Python or only known to Terraform.

The constructs describe their behaviour once, with the helpers here. When every operand is a
literal the helpers compute the answer in Python, so the root stack holds plain values. When an
operand is an unresolved token (a Terraform variable or a resource attribute) they build the
Terraform expression instead, so the module stack carries the same behaviour as expressions.

Imports of ``cdktf`` stay in the construct and stack modules (``cluster.py``, ``stacks.py``,
``app.py``, ``release.py``, ``workshop/{shared,fleet,stacks,deployer}.py``) and here. Props,
rules, settings, the roster and the command line never load it: they recognise tokens with
:mod:`coding_assistants.tokens`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from coding_assistants.engine import Fn, Op, Token
from coding_assistants.tokens import is_token

Value = Any
"""A literal (str, int, bool, None, dict, list) or an unresolved cdktf token."""


def eq(left: Value, right: Value) -> Value:
    """``left == right``: a bool for literals, a Terraform comparison otherwise."""
    if is_token(left) or is_token(right):
        return Op.eq(_null_if_none(left), _null_if_none(right))
    return left == right


def is_null(value: Value) -> Value:
    """``value == null``."""
    return eq(value, None)


def not_(value: Value) -> Value:
    """Logical negation."""
    return Op.not_(value) if is_token(value) else not value


def and_(left: Value, right: Value) -> Value:
    """Logical and; folds literal operands away."""
    if not is_token(left):
        return right if left else False
    if not is_token(right):
        return left if right else False
    return Op.and_(left, right)


def choose(condition: Value, when_true: Value, when_false: Value) -> Value:
    """``condition ? when_true : when_false``; a literal condition picks in Python."""
    if is_token(condition):
        return Fn.conditional(condition, _null_if_none(when_true), _null_if_none(when_false))
    return when_true if condition else when_false


def merge(*maps: Value) -> Value:
    """Terraform's ``merge()``: later maps win. Maps whose keys are known merge in Python, even
    when some values are references (those stay references inside the plain map)."""
    if any(not isinstance(m, Mapping) or any(is_token(k) for k in m) for m in maps):
        return Fn.merge([_null_if_none(m) for m in maps])
    merged: dict[str, Any] = {}
    for m in maps:
        merged.update(m)
    return merged


def at_least(left: Value, right: int) -> Value:
    """``left >= right``, for a whole ``right`` of 1 or more (the engine renders a literal 0
    operand as ``undefined``)."""
    if right < 1:
        raise ValueError(f"at_least needs a right operand of 1 or more, got {right}")
    return Op.gte(left, right) if is_token(left) else left >= right


def length(value: Value) -> Value:
    """Terraform's ``length()`` of a list or map."""
    return Fn.length_of(value) if is_token(value) else len(value)


def join(separator: str, value: Value) -> Value:
    """Terraform's ``join()`` of a list of texts."""
    return Fn.join(separator, value) if is_token(value) else separator.join(value)


def json_base64(value: Value) -> Value:
    """``base64encode(jsonencode(value))`` for Terraform: only for values Terraform knows
    (the node settings encode literals in Python, ``node_settings.env_value``)."""
    return Fn.base64encode(Fn.jsonencode(value))


def lookup(mapping: Mapping[str, Value], key: Value, default: Value = None) -> Value:
    """``mapping[key]``, else ``default``: Terraform's ``lookup()`` when the key is a token."""
    if is_token(key):
        return (
            Fn.lookup(dict(mapping), key)
            if default is None
            else Fn.lookup(dict(mapping), key, default)
        )
    return mapping.get(key, default)


def coalesce(*values: Value) -> Value:
    """The first value that is not null (Terraform's ``coalesce()`` once a token is met)."""
    for index, value in enumerate(values):
        if is_token(value):
            return Fn.coalesce([_null_if_none(v) for v in values[index:]])
        if value is not None:
            return value
    return None


def optional_entry(key: str, value: Value) -> Value:
    """``{key = value}`` when value is set, ``{}`` when it is null."""
    return choose(is_null(value), {}, {key: value})


def as_number(value: Value) -> Any:
    """Pass literals through; give the provider bindings a number-typed token otherwise."""
    return Token.as_number(value) if is_token(value) else value


def as_string(value: Value) -> Any:
    """Pass literals through; give the provider bindings a string-typed token otherwise."""
    return Token.as_string(value) if is_token(value) else value


def as_string_map(value: Value) -> Any:
    """Pass literal maps through (as a plain dict); a map-typed token otherwise."""
    if isinstance(value, Mapping):
        return dict(value)
    return Token.as_string_map(value)


def _null_if_none(value: Value) -> Value:
    return Token.null_value() if value is None else value

"""Checking props against the validation table: types first, then each rule on literal values.

Shared by the cluster's and the workshop's props and by the settings reader; imports no
framework (tokens are recognised by :mod:`coding_assistants.tokens`).
"""

from __future__ import annotations

import enum
import math
import types
import typing
from collections.abc import Mapping
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

from coding_assistants import rules
from coding_assistants.facts import MAX_INIT_SCRIPT_BYTES, MAX_SAFE_INTEGER
from coding_assistants.inputs import is_setting
from coding_assistants.tokens import is_token


def validate(props: Any, rule_list: tuple[rules.Rule, ...]) -> list[str]:
    """All problems of ``props``: types first, then rules on the well-typed literal values."""
    return problems_of(type(props), props.values, rule_list)


def problems_of(
    cls: type, values: Mapping[str, Any], rule_list: tuple[rules.Rule, ...]
) -> list[str]:
    """All problems of the inputs ``values`` of the props class ``cls``, which may be partial
    (a settings file that misses a required input): absent inputs are not checked, nor the
    rules across inputs that need them. Names that are not inputs of ``cls`` (not fields, or
    fields that are not settings, such as the roster) are ignored."""
    hints = typing.get_type_hints(cls)
    settings = set(hints) - _not_inputs(cls)
    values = {n: plain(v) for n, v in values.items() if n in settings}
    problems: list[str] = []
    typed: set[str] = set()
    for name, value in values.items():
        if is_token(value):
            continue
        problem = _type_problem(value, hints[name])
        if problem:
            problems.append(f"{name}: {problem}")
        else:
            typed.add(name)
    problems.extend(_template_problems(values, typed))
    any_token = any(is_token(v) for v in values.values())
    complete = typed == {f.name for f in fields(cls)} - _not_inputs(cls)
    for rule in rule_list:
        value = values.get(rule.field)
        if rule.field not in typed or (rule.crosses and (any_token or not complete)):
            continue
        if not rule.check(value, values):
            problems.extend(rule.problems(value))
    problems.extend(_init_script_problems(values.get("init_script_source_path")))
    return problems


def _template_problems(values: dict[str, Any], typed: set[str]) -> list[str]:
    """Literal text that Terraform would read as an expression or a directive."""
    problems = []
    for name in sorted(typed, key=list(values).index):
        value = values[name]
        texts = [*value.keys(), *value.values()] if isinstance(value, Mapping) else [value]
        if any(isinstance(t, str) and ("${" in t or "%{" in t) for t in texts):
            problems.append(
                f"{name}: contains a Terraform template sequence, got {value!r}; "
                "expected plain text without '${' or '%{'"
            )
    return problems


def _init_script_problems(path: Any) -> list[str]:
    if path is None or is_token(path) or not isinstance(path, str):
        return []
    source = Path(path)
    if not source.is_file():
        return [f"init_script_source_path: file not found, got {path!r}; expected an existing file"]
    size = source.stat().st_size
    if size >= MAX_INIT_SCRIPT_BYTES:
        return [
            f"init_script_source_path: file too large ({size} bytes), got {path!r}; "
            f"expected a script under {MAX_INIT_SCRIPT_BYTES // 1024} KB"
        ]
    return []


def _not_inputs(cls: type) -> set[str]:
    """Fields that are not settings (the workshop's roster)."""
    return {f.name for f in fields(cls) if not is_setting(f)}


def _type_problem(value: Any, hint: Any) -> str | None:
    """None when ``value`` fits the annotation, else what is wrong, in Terraform's words."""
    expected = terraform_type(hint)
    if value is None:
        return None if _is_optional(hint) else f"wrong type, got None; expected {expected}"
    if expected == "number" and _base(hint) is float:  # a price: any finite number
        fits = isinstance(value, int | float) and not isinstance(value, bool)
        if fits and not (math.isfinite(value) and abs(value) <= MAX_SAFE_INTEGER):
            return f"out of range, got {value!r}; expected a finite number"
    elif expected == "number":
        fits = isinstance(value, int) and not isinstance(value, bool)
        if fits and abs(value) > MAX_SAFE_INTEGER:
            return (
                f"number too large, got {_short_number(value)}; expected a whole number from "
                f"-{MAX_SAFE_INTEGER} to {MAX_SAFE_INTEGER} (2**53 - 1)"
            )
    elif expected == "string":
        fits = isinstance(value, str)
    elif expected == "bool":
        fits = isinstance(value, bool)
    elif expected == "list(string)":
        fits = isinstance(value, list | tuple) and all(isinstance(x, str) for x in value)
    elif expected == "any":
        return _json_object_problem(value)
    else:
        fits = isinstance(value, Mapping) and all(
            isinstance(k, str) and isinstance(x, str) for k, x in value.items()
        )
    if fits:
        return None
    if expected == "number" and _base(hint) is float:
        return f"wrong type, got {value!r}; expected a number"
    if expected == "number":  # the props count things: a float or a bool is never one
        shown = str(value).lower() if isinstance(value, bool) else repr(value)
        return (
            f"wrong type, got {shown}; expected a whole number (no decimal point, not true/false)"
        )
    return f"wrong type, got {value!r}; expected {_TYPE_WORDS.get(expected, expected)}"


_TYPE_WORDS = {
    "bool": "true or false",
    "list(string)": "a list of strings",
}


def _json_object_problem(value: Any) -> str | None:
    """None when ``value`` is a JSON object (text keys; text, numbers, booleans, null, lists
    and objects inside), else what is wrong."""
    if not isinstance(value, Mapping):
        return f"wrong type, got {value!r}; expected a JSON object"
    todo: list[Any] = [value]
    while todo:
        item = todo.pop()
        if isinstance(item, Mapping):
            if not all(isinstance(k, str) for k in item):
                return f"wrong type, got {value!r}; expected a JSON object (text keys)"
            todo.extend(item.values())
        elif isinstance(item, list | tuple):
            todo.extend(item)
        elif not (item is None or isinstance(item, str | int | float | bool)):
            return f"wrong type, got {item!r} inside; expected JSON values only"
    return None


def _short_number(value: int) -> str:
    digits = str(abs(value))
    if len(digits) <= 20:
        return str(value)
    return f"{'-' if value < 0 else ''}{digits[:8]}... ({len(digits)} digits)"


def prop_default(f: Any) -> Any:
    """A dataclass field's default as a plain value (enums as strings, tuples as lists), or
    MISSING."""
    if f.default_factory is not MISSING:
        return dict(f.default_factory())
    default = f.default
    if isinstance(default, tuple):
        return list(default)
    return getattr(default, "value", default)


def _is_optional(hint: Any) -> bool:
    return typing.get_origin(hint) in (types.UnionType, typing.Union)


def _base(hint: Any) -> Any:
    """The annotation without its ``| None``."""
    if _is_optional(hint):
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


def terraform_type(hint: Any) -> str:
    """The Terraform type of a props annotation: string, number, bool, list(string) (a tuple
    of texts), map(string) (a mapping of texts) or any (a JSON object: a mapping to Any)."""
    base = _base(hint)
    if base is bool:
        return "bool"
    if base is int or base is float:
        return "number"
    if base is str or (isinstance(base, type) and issubclass(base, str)):
        return "string"
    if typing.get_origin(base) is tuple:
        return "list(string)"
    if typing.get_args(base)[1:] == (Any,):
        return "any"
    return "map(string)"


def plain(value: Any) -> Any:
    """An input as Terraform sees it: enums as their strings, read-only maps as dicts, tuples
    as lists."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, types.MappingProxyType):
        return dict(value)
    if isinstance(value, tuple):
        return list(value)
    return value

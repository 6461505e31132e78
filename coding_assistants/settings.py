"""Reading settings files (JSON in the shape of terraform.tfvars.json) into props.

One implementation serves the cluster's var-file and the workshop's settings file. Every
problem is collected before anything is built: JSON that Terraform would refuse (a key given
twice, ``NaN``/``Infinity``, a number beyond 2**53 - 1), unknown and missing inputs, and the
values' own problems, so a misspelt key never hides an out-of-range value. The result is one
:class:`SettingsError` whose lines name the file, the field, the value and what is allowed, so
``main.py`` can print it without a traceback.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any

from coding_assistants import rules, untrusted
from coding_assistants.facts import MAX_SAFE_INTEGER
from coding_assistants.inputs import is_setting
from coding_assistants.props import (
    CLUSTER_RULES,
    CodingAssistantsClusterProps,
    PropsError,
    problems_of,
)

EXAMPLE_CLUSTER_SETTINGS: dict[str, Any] = {
    "cluster_name": "ai-dev-cluster",
    "catalog_name": "main",
}
"""What ``make synth`` uses without a var-file."""


class SettingsError(Exception):
    """A settings file that cannot be used; the message is meant for people."""


@dataclass(frozen=True)
class SettingsFile:
    """The object of a settings file, read once, with the problems of its JSON."""

    source: str
    """How messages name the file (its path, or a description of built-in settings)."""
    data: dict[str, Any]
    """Input name -> value; values that the JSON check refused are left out."""
    problems: tuple[str, ...] = field(default=())
    """JSON problems (duplicate keys, non-finite or too large numbers), each naming the field."""


class _Refused:
    """A JSON value Terraform would refuse, with the words of its problem line."""

    def __init__(self, text: str, problem: str, expected: str) -> None:
        self.text, self.problem, self.expected = text, problem, expected


class _Object(dict):
    """A JSON object that remembers the keys it was given more than once."""

    duplicates: list[str]


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object()
    obj.duplicates = []
    for key, value in pairs:
        if key in obj and key not in obj.duplicates:
            obj.duplicates.append(key)
        obj[key] = value
    return obj


def _integer(text: str) -> int | _Refused:
    digits = text.lstrip("-")
    if len(digits) > 16 or int(text) > MAX_SAFE_INTEGER or int(text) < -MAX_SAFE_INTEGER:
        shown = text if len(digits) <= 20 else f"{text[:8]}... ({len(digits)} digits)"
        return _Refused(
            shown,
            "number too large",
            f"a whole number from -{MAX_SAFE_INTEGER} to {MAX_SAFE_INTEGER} (2**53 - 1)",
        )
    return int(text)


def _number(text: str) -> float | _Refused:
    value = float(text)
    if not math.isfinite(value):
        return _Refused(text, "number out of range", "a finite number")
    return value


def _constant(text: str) -> _Refused:
    return _Refused(text, "not a JSON number", "a finite number (Terraform refuses NaN, Infinity)")


def read_settings(path: Path) -> SettingsFile:
    """The settings object in ``path``, read through the bounded reader (size, nesting).
    Unreadable files, invalid JSON and anything but an object raise SettingsError; refused
    values are reported in ``problems``."""
    try:
        data = untrusted.read_json(
            path,
            untrusted.SETTINGS,
            object_pairs_hook=_object,
            parse_int=_integer,
            parse_float=_number,
            parse_constant=_constant,
        ).value
    except untrusted.UntrustedError as error:
        raise SettingsError(str(error)) from None
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: expected a JSON object of input names to values")
    problems: list[str] = []
    clean = _clean(data, "", problems)
    return SettingsFile(str(path), clean, tuple(problems))


def _clean(value: Any, path: str, problems: list[str]) -> Any:
    """``value`` without refused parts; one problem line per refused part, named by path."""
    if isinstance(value, _Refused):
        problems.append(f"{path}: {value.problem}, got {value.text}; expected {value.expected}")
        return _Refused
    if isinstance(value, dict):
        problems.extend(
            f"{path + '.' if path else ''}{key}: key given twice; expected each key once"
            for key in getattr(value, "duplicates", [])
        )
        kept = {}
        for key, item in value.items():
            where = f"{path}.{key}" if path else key
            if _SURROGATE.search(key):
                problems.append(f"{path or 'key'}: key not valid Unicode, got {key!r}; {_UNICODE}")
                continue
            cleaned = _clean(item, where, problems)
            if cleaned is not _Refused:
                kept[key] = cleaned
        return kept
    if isinstance(value, list):
        items = [_clean(v, f"{path}[{i}]", problems) for i, v in enumerate(value)]
        return [v for v in items if v is not _Refused]
    if isinstance(value, str) and _SURROGATE.search(value):
        problems.append(f"{path}: not valid Unicode, got {value!r}; {_UNICODE}")
        return _Refused
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone UTF-16 surrogate (``\\ud800``): valid JSON escape, not a character."""
_UNICODE = (
    "expected text without lone surrogate escapes such as \\ud800 (Terraform would silently "
    "replace them by U+FFFD)"
)


def load_json_object(path: Path) -> dict[str, Any]:
    """The JSON object in ``path``; any problem of its JSON raises SettingsError."""
    settings = read_settings(path)
    if settings.problems:
        raise SettingsError(_lines(settings.source, list(settings.problems)))
    return settings.data


def unknown_key_problems(data: Mapping[str, Any], known: list[str]) -> list[str]:
    """One line per key that is not an input, with the closest known name when there is one."""
    problems = []
    for key in data:
        if key in known:
            continue
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else f"; known inputs: {', '.join(known)}"
        problems.append(f"{key}: unknown input{hint}")
    return problems


def settings_problems(
    cls: type,
    settings: SettingsFile,
    base_dir: Path,
    rule_list: tuple[rules.Rule, ...],
    refused: Mapping[str, str] | None = None,
) -> list[str]:
    """Every problem of a settings file for the props class ``cls``, in file order: the JSON's,
    unknown keys (``refused`` maps keys that are never settings to the reason), missing
    required inputs, then each known input's value problems."""
    refused = refused or {}
    inputs = [f for f in fields(cls) if is_setting(f)]
    known = [f.name for f in inputs]
    data = _resolved(settings.data, base_dir)
    problems = list(settings.problems)
    problems += [f"{key}: {refused[key]}" for key in data if key in refused]
    problems += unknown_key_problems({k: v for k, v in data.items() if k not in refused}, known)
    problems += [
        f"{f.name}: required input is missing"
        for f in inputs
        if f.name not in data and f.default is MISSING and f.default_factory is MISSING
    ]
    given = {f.name: data[f.name] for f in inputs if f.name in data}
    defaults = {f.name: _default(f) for f in inputs if f.name not in data}
    values = {**{k: v for k, v in defaults.items() if v is not MISSING}, **given}
    problems += problems_of(cls, values, rule_list)
    return problems


def build_props(
    cls: type,
    settings: SettingsFile,
    base_dir: Path,
    rule_list: tuple[rules.Rule, ...],
    *,
    refused: Mapping[str, str] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Any:
    """Props of class ``cls`` from a settings file (and ``extra`` fields that are not settings,
    such as the roster). Relative script paths are taken from ``base_dir``. Every problem is
    reported at once, as one SettingsError."""
    problems = settings_problems(cls, settings, base_dir, rule_list, refused)
    if problems:
        raise SettingsError(_lines(settings.source, problems))
    values = _resolved(settings.data, base_dir)
    try:
        return cls(**(extra or {}), **values)
    except PropsError as error:
        raise SettingsError(_lines(settings.source, error.problems)) from None


def cluster_props(
    data: dict[str, Any] | SettingsFile, source: str, base_dir: Path
) -> CodingAssistantsClusterProps:
    """Props from a var-file's values. Relative script paths are taken from ``base_dir``."""
    settings = data if isinstance(data, SettingsFile) else SettingsFile(source, dict(data))
    props: CodingAssistantsClusterProps = build_props(
        CodingAssistantsClusterProps, settings, base_dir, CLUSTER_RULES
    )
    return props


def _resolved(data: dict[str, Any], base_dir: Path) -> dict[str, Any]:
    """``data`` with a relative init_script_source_path taken from ``base_dir``."""
    values = dict(data)
    script = values.get("init_script_source_path")
    if isinstance(script, str) and script:
        values["init_script_source_path"] = str((base_dir / script).resolve())
    return values


def _default(f: Any) -> Any:
    factory: Callable[[], Any] | Any = f.default_factory
    if factory is not MISSING:
        return factory()
    return f.default


def _lines(source: str, problems: list[str]) -> str:
    return f"{source}:\n" + "\n".join(f"  {p}" for p in problems)

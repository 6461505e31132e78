"""Reading and checking the backend settings file (``--backend-file``, JSON).

The file is read by the same strict reader as the var-file and the workshop file
(:func:`coding_assistants.settings.read_settings`), and every problem is collected before one
:class:`~coding_assistants.settings.SettingsError` is raised: the JSON's, an unknown or
misspelt ``type``, options of another kind of backend, secrets, options derived from each
stack's name, missing required options, and each value's own problem. No message quotes a
secret: a password inside ``conn_str`` is shown as ``***``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from coding_assistants.backend.options import (
    DERIVED,
    OPTIONS,
    SECRETS,
    BackendKind,
    Option,
    options_of,
)
from coding_assistants.settings import SettingsError, SettingsFile, read_settings

KINDS = tuple(k.value for k in BackendKind)
KINDS_EXPECTED = "one of " + ", ".join(f'"{k}"' for k in KINDS)
ENDPOINT_SERVICES = ("s3", "dynamodb", "sts", "iam")
_URL = re.compile(r"https?://[^\s/]+(/[^\s]*)?")


@dataclass(frozen=True)
class BackendSettings:
    """Where every root stack keeps its state: a kind and that kind's options."""

    kind: BackendKind = BackendKind.LOCAL
    """The kind of backend; left out, ``local`` (a state file per stack in the project)."""
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    """Every option of the kind, by name: the given value, else the table's default (None
    when Terraform's own default applies)."""
    source: str = "default backend (local)"
    """How messages name the settings."""


LOCAL_BACKEND = BackendSettings()
"""The default: local state files, as ``make synth`` has always written."""


def read_backend(path: Path | None) -> BackendSettings:
    """The backend settings of the file at ``path`` (None: the local default)."""
    if path is None:
        return LOCAL_BACKEND
    return backend_settings(read_settings(path))


def backend_settings(settings: SettingsFile) -> BackendSettings:
    """Checked backend settings; raises SettingsError naming every problem at once."""
    problems = list(settings.problems)
    data = settings.data
    kind, kind_problem = _kind(data.get("type", _ABSENT))
    if kind_problem:
        problems.append(kind_problem)
    if kind is not None:
        problems += option_problems(kind, {k: v for k, v in data.items() if k != "type"})
    if problems:
        raise SettingsError(f"{settings.source}:\n" + "\n".join(f"  {p}" for p in problems))
    assert kind is not None
    given = {k: v for k, v in data.items() if k != "type"}
    options = {name: given.get(name, o.default) for name, o in options_of(kind).items()}
    return BackendSettings(kind, MappingProxyType(options), settings.source)


_ABSENT = object()


def _kind(value: Any) -> tuple[BackendKind | None, str | None]:
    if value is _ABSENT:
        return None, f"type: required input is missing; expected {KINDS_EXPECTED}"
    if isinstance(value, str) and value in KINDS:
        return BackendKind(value), None
    close = difflib.get_close_matches(str(value), KINDS, n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return None, f"type: not a known backend{hint}, got {value!r}; expected {KINDS_EXPECTED}"


def option_problems(kind: BackendKind, given: Mapping[str, Any]) -> list[str]:
    """Every problem of the options ``given`` for a backend of ``kind``, in file order, then
    the missing required options and the problems across options."""
    known = options_of(kind)
    problems = [_key_problem(kind, key, known) for key in given if key not in known]
    problems = [p for p in problems if p]
    for name, value in given.items():
        if name in known:
            problems += value_problems(known[name], value)
    problems += [
        f"{name}: required input is missing for the {kind} backend"
        for name, o in known.items()
        if o.required and name not in given
    ]
    return problems + _across(kind, given)


def _key_problem(kind: BackendKind, key: str, known: Mapping[str, Option]) -> str:
    if key in SECRETS.get(kind, {}):
        return (
            f"{key}: a secret, never written into the synthesized JSON; expected it in the "
            f"environment ({SECRETS[kind][key]}) or in a partial backend configuration file "
            "(terraform init -backend-config=FILE)"
        )
    if key in DERIVED.get(kind, {}):
        return (
            f"{key}: derived from each stack's name, so every stack keeps its own state; "
            f"expected {DERIVED[kind][key]} instead"
        )
    if kind is not BackendKind.LOCAL and any(key == o.name for o in OPTIONS):
        others = sorted({k.value for o in OPTIONS if o.name == key for k in o.kinds})
        return f"{key}: not an option of the {kind} backend (only of {', '.join(others)})"
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    if close:
        return f"{key}: unknown option of the {kind} backend; did you mean {close[0]!r}?"
    listed = ", ".join(known) or "none (the local backend has no options)"
    return f"{key}: unknown option of the {kind} backend; known options: {listed}"


def value_problems(option: Option, value: Any) -> list[str]:
    """The problems of one option's value: its type, then its text."""
    name, want = option.name, option.kind_of_value
    if want == "bool":
        ok = isinstance(value, bool)
        return [] if ok else [f"{name}: wrong type, got {value!r}; expected true or false"]
    if want == "list(string)":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return [f"{name}: wrong type, got {value!r}; expected a list of strings"]
        if not value:
            return [f"{name}: empty list, got []; expected at least one tag (or leave it out)"]
        return [p for v in value for p in _text_problems(option, v)]
    if want == "map(string)":
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            return [f"{name}: wrong type, got {value!r}; expected a map of strings"]
        return _endpoint_problems(name, value)
    if not isinstance(value, str):
        return [f"{name}: wrong type, got {value!r}; expected a string"]
    return _text_problems(option, value)


def _text_problems(option: Option, text: str) -> list[str]:
    name = option.name
    shown = _masked(text) if name == "conn_str" else repr(text)
    if "${" in text or "%{" in text:
        return [
            f"{name}: contains a Terraform template sequence, got {shown}; "
            "expected plain text without '${' or '%{'"
        ]
    if option.pattern is None:
        if text.strip() and text == text.strip():
            return []
        return [f"{name}: blank or padded, got {shown}; expected text without surrounding blanks"]
    if re.fullmatch(option.pattern, text) is None:
        return [f"{name}: invalid format, got {shown}; expected {option.expected}"]
    return _password_problems(text) if name == "conn_str" else []


def _endpoint_problems(name: str, endpoints: Mapping[str, str]) -> list[str]:
    problems = []
    for service, url in endpoints.items():
        if service not in ENDPOINT_SERVICES:
            problems.append(
                f"{name}.{service}: unknown service; expected one of {', '.join(ENDPOINT_SERVICES)}"
            )
        elif _URL.fullmatch(url) is None:
            problems.append(f"{name}.{service}: invalid format, got {url!r}; expected a URL")
    return problems


def _password_problems(conn_str: str) -> list[str]:
    parts = urlsplit(conn_str)
    if parts.password is None and "password" not in parse_qs(parts.query):
        return []
    return [
        f"conn_str: holds a password, got {_masked(conn_str)}; expected a URL without one "
        "(the password in PGPASSWORD, or the whole URL in PG_CONN_STR)"
    ]


def _masked(conn_str: str) -> str:
    """``conn_str`` with any password replaced by ``***``, quoted."""
    text = re.sub(r"(://[^:/@\s]*):[^@\s]*@", r"\1:***@", conn_str)
    return repr(re.sub(r"(password=)[^&\s]*", r"\1***", text))


def _across(kind: BackendKind, given: Mapping[str, Any]) -> list[str]:
    """Problems between options: an S3 state must be locked somehow."""
    unlocked = given.get("use_lockfile") is False and not given.get("dynamodb_table")
    if kind is BackendKind.S3 and unlocked:
        return [
            "use_lockfile: false without a dynamodb_table leaves the state unlocked, got "
            "false; expected true, or a dynamodb_table that locks it"
        ]
    return []

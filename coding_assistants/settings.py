"""Reading settings files (JSON in the shape of terraform.tfvars.json) into props.

Every problem becomes a :class:`SettingsError` whose lines name the file, the field, the value
and what is allowed, so ``main.py`` can print it without a traceback.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

from coding_assistants.props import CodingAssistantsClusterProps, PropsError

EXAMPLE_CLUSTER_SETTINGS: dict[str, Any] = {
    "cluster_name": "ai-dev-cluster",
    "catalog_name": "main",
}
"""What ``make synth`` uses without a var-file."""


class SettingsError(Exception):
    """A settings file that cannot be used; the message is meant for people."""


def load_json_object(path: Path) -> dict[str, Any]:
    """The JSON object in ``path``; errors give line and column of invalid JSON."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SettingsError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"{path}: cannot read: {error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SettingsError(
            f"{path}: invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: expected a JSON object of input names to values")
    return data


def unknown_key_problems(data: dict[str, Any], known: list[str]) -> list[str]:
    """One line per key that is not an input, with the closest known name when there is one."""
    problems = []
    for key in data:
        if key in known:
            continue
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else f"; known inputs: {', '.join(known)}"
        problems.append(f"{key}: unknown input{hint}")
    return problems


def cluster_props(
    data: dict[str, Any], source: str, base_dir: Path
) -> CodingAssistantsClusterProps:
    """Props from a var-file's values. Relative script paths are taken from ``base_dir``."""
    known = [f.name for f in fields(CodingAssistantsClusterProps)]
    problems = unknown_key_problems(data, known)
    required = [
        f.name
        for f in fields(CodingAssistantsClusterProps)
        if f.default is MISSING and f.default_factory is MISSING
    ]
    problems += [f"{name}: required input is missing" for name in required if name not in data]
    if problems:
        raise SettingsError(_lines(source, problems))
    values = dict(data)
    script = values.get("init_script_source_path")
    if isinstance(script, str) and script:
        values["init_script_source_path"] = str((base_dir / script).resolve())
    try:
        return CodingAssistantsClusterProps(**values)
    except PropsError as error:
        raise SettingsError(_lines(source, error.problems)) from None


def _lines(source: str, problems: list[str]) -> str:
    return f"{source}:\n" + "\n".join(f"  {p}" for p in problems)

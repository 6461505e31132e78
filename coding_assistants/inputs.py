"""An input's one-line doc, kept as dataclass field metadata.

Every props field declares its doc with ``field(metadata=doc("..."))``. The README and
docs/workshop.md tables, the module's variable descriptions and the release README read it
back from the metadata, never from the source, so they work from any install, a bytecode-only
one too. A doc that names a default the node or the package owns writes it as a ``{FACT}``
placeholder, filled from :mod:`coding_assistants.facts` (:func:`with_facts`).

This module imports nothing of the package but the facts.
"""

from __future__ import annotations

import re
from dataclasses import Field, fields
from typing import Any

from coding_assistants import facts

DOC = "doc"
"""Metadata key of a field's one-line doc."""
SETTING = "setting"
"""Metadata key that is False on a field that is not a setting (the workshop's roster)."""

_FACT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def doc(text: str, *, setting: bool = True) -> dict[str, Any]:
    """The metadata of a field documented by ``text`` (one line; ``{FACT}`` placeholders)."""
    if "\n" in text:
        raise ValueError(f"a doc is one line, got {text!r}")
    return {DOC: text} if setting else {DOC: text, SETTING: False}


def is_setting(f: Field[Any]) -> bool:
    """True unless the field says it is not a setting."""
    return f.metadata.get(SETTING, True) is not False


def with_facts(text: str) -> str:
    """``text`` with each ``{NAME}`` replaced by ``facts.NAME``: a doc that names a default
    shared with the init script reads it from the facts instead of copying it."""

    def value(match: re.Match[str]) -> str:
        if not hasattr(facts, match.group(1)):
            raise KeyError(f"{{{match.group(1)}}}: coding_assistants.facts has no such fact")
        return str(getattr(facts, match.group(1)))

    return _FACT.sub(value, text)


def doc_of(f: Field[Any]) -> str:
    """The field's doc with its placeholders filled; KeyError when it has none."""
    if DOC not in f.metadata:
        raise KeyError(f"{f.name}: no doc; declare it with field(metadata=doc(...))")
    return with_facts(f.metadata[DOC])


def field_docs(cls: type) -> dict[str, str]:
    """Field name -> its doc, for every field of the dataclass ``cls``, in field order."""
    return {f.name: doc_of(f) for f in fields(cls)}

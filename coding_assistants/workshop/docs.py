"""The tables of docs/workshop.md, generated from the code (settings from WorkshopProps, outputs
from workshop/outputs.py, so no framework loads), and the attendee's quick start in
docs/facilitator-guide.md (workshop/quick_start.py, the text every handout carries).
``python -m coding_assistants.workshop.docs`` rewrites them; a test fails when they drift."""

from __future__ import annotations

import json
import typing
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

from coding_assistants import docs
from coding_assistants.docs import outputs_table
from coding_assistants.inputs import field_docs, is_setting
from coding_assistants.props import terraform_type
from coding_assistants.workshop import quick_start
from coding_assistants.workshop.outputs import FLEET_OUTPUTS, SHARED_OUTPUTS
from coding_assistants.workshop.props import WorkshopProps

DOC = Path(__file__).resolve().parents[2] / "docs" / "workshop.md"
GUIDE = DOC.parent / "facilitator-guide.md"


def settings_table() -> str:
    """Markdown table of the settings file's keys: name, type, default, description."""
    described = field_docs(WorkshopProps)
    hints = typing.get_type_hints(WorkshopProps)
    rows = ["| setting | type | default | description |", "|---|---|---|---|"]
    for f in fields(WorkshopProps):
        if not is_setting(f):
            continue
        default = f.default_factory() if f.default_factory is not MISSING else f.default
        rows.append(
            f"| `{f.name}` | `{terraform_type(hints[f.name])}` | `{_literal(default)}` "
            f"| {described[f.name]} |"
        )
    return "\n".join(rows)


def _literal(value: Any) -> str:
    if value is None:
        return "null"
    return json.dumps(value, sort_keys=True)


def generated_sections() -> dict[str, str]:
    return {
        "workshop-settings": settings_table(),
        "workshop-shared-outputs": outputs_table(SHARED_OUTPUTS),
        "workshop-fleet-outputs": outputs_table(FLEET_OUTPUTS),
    }


def guide_sections() -> dict[str, str]:
    return {"quick-start": quick_start.markdown(quick_start.PLACEHOLDERS).rstrip("\n")}


def update(path: Path = DOC, sections: dict[str, str] | None = None) -> bool:
    """Rewrite the generated blocks of ``path``; True when something changed."""
    return docs.update(path, generated_sections() if sections is None else sections)


if __name__ == "__main__":
    for doc, sections in ((DOC, generated_sections()), (GUIDE, guide_sections())):
        print(f"{doc.name}: {'updated' if update(doc, sections) else 'up to date'}")

"""The options table of docs/state.md, generated from the backend's table
(``coding_assistants.backend.options``). ``python -m coding_assistants.backend.docs`` rewrites
it; a test fails when it drifts."""

from __future__ import annotations

import json
from pathlib import Path

from coding_assistants import docs
from coding_assistants.backend.options import DERIVED, OPTIONS, SECRETS, BackendKind

DOC = Path(__file__).resolve().parents[2] / "docs" / "state.md"


def options_table() -> str:
    """Markdown table: option, backends, type, default, description."""
    rows = ["| option | backends | type | default | description |", "|---|---|---|---|---|"]
    for option in OPTIONS:
        kinds = ", ".join(k.value for k in option.kinds)
        default = "required" if option.required else f"`{json.dumps(option.default)}`"
        rows.append(
            f"| `{option.name}` | {kinds} | `{option.kind_of_value}` | {default} | {option.doc} |"
        )
    return "\n".join(rows)


def refused_table() -> str:
    """Markdown table of the options refused per backend: derived ones and secrets."""
    rows = ["| backend | derived from the stack's name | secrets, read from instead |"]
    rows.append("|---|---|---|")
    for kind in BackendKind:
        if kind is BackendKind.LOCAL:
            continue
        derived = ", ".join(f"`{k}` (set `{v}`)" for k, v in DERIVED[kind].items())
        secrets = ", ".join(f"`{k}`: `{v}`" for k, v in SECRETS[kind].items())
        rows.append(f"| `{kind.value}` | {derived} | {secrets} |")
    return "\n".join(rows)


def generated_sections() -> dict[str, str]:
    return {"backend-options": options_table(), "backend-refused": refused_table()}


def update(path: Path = DOC) -> bool:
    """Rewrite the generated blocks of ``path``; True when something changed."""
    return docs.update(path, generated_sections())


if __name__ == "__main__":
    print(f"{DOC.name}: {'updated' if update() else 'up to date'}")

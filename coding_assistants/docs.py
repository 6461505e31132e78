"""Reference tables generated from the code: the inputs from the props (each field's doc is its
metadata, :mod:`coding_assistants.inputs`), the outputs from the props' output table. The
README embeds them between markers; ``make docs`` rewrites them and a test fails when they
drift. Reads the props floor only: no framework, no stacks."""

from __future__ import annotations

import json
import re
import typing
from collections.abc import Callable
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

from coding_assistants import node_settings
from coding_assistants.inputs import field_docs
from coding_assistants.node_settings import NodeSettings, always_set, declared
from coding_assistants.policy_schema import PINNED_KEYS, accepted_keys
from coding_assistants.props import (
    OUTPUTS,
    CodingAssistantsClusterProps,
    prop_default,
    terraform_type,
)


def inputs_table(cls: type) -> str:
    """Markdown table of a props dataclass: name, type, default, description."""
    docs = field_docs(cls)
    hints = typing.get_type_hints(cls)
    rows = ["| input | type | default | description |", "|---|---|---|---|"]
    for f in fields(cls):
        default = prop_default(f)
        shown = "required" if default is MISSING else f"`{_hcl_literal(default)}`"
        rows.append(
            f"| `{f.name}` | `{terraform_type(hints[f.name])}` | {shown} | {docs[f.name]} |"
        )
    return "\n".join(rows)


def outputs_table(outputs: dict[str, str]) -> str:
    rows = ["| output | description |", "|---|---|"]
    rows += [f"| `{name}` | {description} |" for name, description in outputs.items()]
    return "\n".join(rows)


def _hcl_literal(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {json.dumps(v)}" for k, v in value.items()) + "}"
    return json.dumps(list(value) if isinstance(value, tuple) else value)


def node_settings_table() -> str:
    """Markdown table of the node settings: the variable the init script reads, the input
    that sets it (always, or only when set) and its doc."""
    docs = field_docs(NodeSettings)
    rows = ["| variable | input | description |", "|---|---|---|"]
    for name, setting in declared().items():
        passed = "always" if always_set(name) else _WHEN[node_settings.kind(name)]
        rows.append(f"| `{setting.env}` | `{name}` ({passed}) | {docs[name]} |")
    return "\n".join(rows)


_WHEN = {
    node_settings.TEXT: "when set",
    node_settings.FLAG: 'when true, as "true"',
    node_settings.LIST: "when not empty, comma-separated",
    node_settings.JSON: "when set, base64 of its JSON",
}


def policy_keys_table() -> str:
    """Markdown table of the keys an admin policy may set, then those it may not."""
    rows = ["| key | holds |", "|---|---|"]
    rows += [f"| `{key}` | {what} |" for key, what in accepted_keys().items()]
    rows += [f"| `{key}` | refused: {why} |" for key, why in PINNED_KEYS.items()]
    return "\n".join(rows)


def generated_sections() -> dict[str, str]:
    """Every generated block of README.md, by marker name."""
    return {
        "inputs": inputs_table(CodingAssistantsClusterProps),
        "outputs": outputs_table(OUTPUTS),
    }


def init_script_sections() -> dict[str, str]:
    """Every generated block of docs/init-script.md, by marker name."""
    return {"node-settings": node_settings_table(), "policy-keys": policy_keys_table()}


REPO = Path(__file__).resolve().parent.parent
DOCS: dict[str, Callable[[], dict[str, str]]] = {
    "README.md": generated_sections,
    "docs/init-script.md": init_script_sections,
}
"""Each document with generated blocks (relative to the checkout) -> its blocks."""


def _between(body: str) -> Callable[[re.Match[str]], str]:
    """A replacement that puts ``body`` between a matched BEGIN and END marker."""
    return lambda m: m.group(1) + body + "\n" + m.group(2)


def render(text: str, sections: dict[str, str]) -> str:
    """``text`` with each ``<!-- BEGIN x -->...<!-- END x -->`` block replaced."""
    for name, body in sections.items():
        pattern = re.compile(rf"(<!-- BEGIN {name} -->\n).*?(<!-- END {name} -->)", flags=re.DOTALL)
        if not pattern.search(text):
            raise ValueError(f"marker <!-- BEGIN {name} --> not found")
        text = pattern.sub(_between(body), text)
    return text


def update(path: Path, sections: dict[str, str]) -> bool:
    """Rewrite the generated blocks of ``path``; True when something changed."""
    old = path.read_text()
    new = render(old, sections)
    if new != old:
        path.write_text(new)
    return new != old


if __name__ == "__main__":
    for name, blocks in DOCS.items():
        print(f"{name}: {'updated' if update(REPO / name, blocks()) else 'up to date'}")

"""Reference tables generated from the code: the inputs from the props, the outputs from the
props' output table. The README embeds them between markers; ``make docs`` rewrites them and a
test fails when they drift. Reads the props floor only: no framework, no stacks."""

from __future__ import annotations

import ast
import inspect
import itertools
import json
import re
import textwrap
import typing
from collections.abc import Callable
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

from coding_assistants import facts
from coding_assistants.props import (
    OUTPUTS,
    CodingAssistantsClusterProps,
    prop_default,
    terraform_type,
)


def field_docs(cls: type) -> dict[str, str]:
    """Attribute docstrings of a dataclass: the string literal under each field, on one line,
    with ``{NAME}`` placeholders filled from the facts (:func:`with_facts`)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    body = tree.body[0].body  # type: ignore[attr-defined]
    docs: dict[str, str] = {}
    for node, following in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[node.target.id] = with_facts(" ".join(following.value.value.split()))
    return docs


_FACT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def with_facts(text: str) -> str:
    """``text`` with each ``{NAME}`` replaced by ``facts.NAME``: a docstring that names a
    default shared with the init script reads it from the facts instead of copying it."""

    def value(match: re.Match[str]) -> str:
        if not hasattr(facts, match.group(1)):
            raise KeyError(f"{{{match.group(1)}}}: coding_assistants.facts has no such fact")
        return str(getattr(facts, match.group(1)))

    return _FACT.sub(value, text)


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
    return json.dumps(value)


def generated_sections() -> dict[str, str]:
    """Every generated block, by marker name."""
    return {
        "inputs": inputs_table(CodingAssistantsClusterProps),
        "outputs": outputs_table(OUTPUTS),
    }


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


def rewrite(path: Path, sections: dict[str, str]) -> bool:
    """Rewrite the blocks ``sections`` of ``path``; True when something changed."""
    old = path.read_text()
    new = render(old, sections)
    if new != old:
        path.write_text(new)
    return new != old


def update(path: Path) -> bool:
    """Rewrite the generated blocks of ``path``; True when something changed."""
    return rewrite(path, generated_sections())


if __name__ == "__main__":
    import sys

    for arg in sys.argv[1:] or ["README.md"]:
        print(f"{arg}: {'updated' if update(Path(arg)) else 'up to date'}")

"""Docs generated from the code: the README tables must match the props and outputs."""

from __future__ import annotations

from dataclasses import fields

from coding_assistants.docs import field_docs, generated_sections, render
from coding_assistants.props import CodingAssistantsClusterProps
from tests.conftest import REPO


def test_every_prop_has_a_one_line_docstring():
    docs = field_docs(CodingAssistantsClusterProps)
    assert set(docs) == {f.name for f in fields(CodingAssistantsClusterProps)}
    assert all(doc and "\n" not in doc for doc in docs.values())


def test_readme_tables_match_the_code():
    readme = (REPO / "README.md").read_text()
    assert render(readme, generated_sections()) == readme, "run `make docs` and commit README.md"


def test_inputs_table_lists_every_prop_with_its_default():
    table = generated_sections()["inputs"]
    assert "| `cluster_name` | `string` | required |" in table
    assert "| `autotermination_minutes` | `number` | `30` |" in table
    assert "| `num_workers` | `number` | `null` |" in table
    assert len(table.splitlines()) == 2 + len(fields(CodingAssistantsClusterProps))

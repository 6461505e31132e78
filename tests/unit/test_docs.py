"""Docs generated from the code: the README tables must match the props and outputs."""

from __future__ import annotations

from dataclasses import fields

import pytest

from coding_assistants import facts
from coding_assistants.docs import field_docs, generated_sections, render, with_facts
from coding_assistants.props import CodingAssistantsClusterProps
from coding_assistants.workshop.props import WorkshopProps
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


NODE_DEFAULTS = {
    "init_script_source_path": "INIT_SCRIPT_NAME",
    "claude_serving_endpoint": "DEFAULT_SERVING_ENDPOINT",
    "claude_model": "DEFAULT_CLAUDE_MODEL",
    "claude_code_version": "DEFAULT_CLAUDE_CODE_VERSION",
    "claude_api_route": "DEFAULT_API_ROUTE",
}
"""Inputs whose description names a default the init script (or the package) owns."""


@pytest.mark.parametrize("props", [CodingAssistantsClusterProps, WorkshopProps])
def test_described_defaults_are_read_from_the_facts(monkeypatch, props):
    """A default named in a generated description follows facts.py, not a copy of it."""
    real = field_docs(props)
    for name, fact in NODE_DEFAULTS.items():
        assert str(getattr(facts, fact)) in real[name], name
        monkeypatch.setattr(facts, fact, f"new-{fact.lower()}")
    docs = field_docs(props)
    for name, fact in NODE_DEFAULTS.items():
        assert f"new-{fact.lower()}" in docs[name], name


def test_a_placeholder_that_names_no_fact_fails():
    assert with_facts("when null, {DEFAULT_CLAUDE_MODEL}.") == (
        f"when null, {facts.DEFAULT_CLAUDE_MODEL}."
    )
    with pytest.raises(KeyError, match=r"\{NO_SUCH_FACT\}: coding_assistants.facts has no such"):
        with_facts("{NO_SUCH_FACT}")

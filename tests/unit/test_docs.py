"""Docs generated from the code: the README tables must match the props and outputs."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from coding_assistants import facts
from coding_assistants.docs import DOCS, generated_sections, render
from coding_assistants.inputs import DOC, field_docs, with_facts
from coding_assistants.props import CodingAssistantsClusterProps
from coding_assistants.workshop.props import WorkshopProps
from tests.conftest import REPO


def test_every_prop_has_a_one_line_docstring():
    docs = field_docs(CodingAssistantsClusterProps)
    assert set(docs) == {f.name for f in fields(CodingAssistantsClusterProps)}
    assert all(doc and "\n" not in doc for doc in docs.values())


@pytest.mark.parametrize("name", sorted(DOCS))
def test_generated_tables_match_the_code(name):
    text = (REPO / name).read_text()
    assert render(text, DOCS[name]()) == text, f"run `make docs` and commit {name}"


def test_inputs_table_lists_every_prop_with_its_default():
    table = generated_sections()["inputs"]
    assert "| `cluster_name` | `string` | required |" in table
    assert "| `autotermination_minutes` | `number` | `30` |" in table
    assert "| `num_workers` | `number` | `null` |" in table
    assert len(table.splitlines()) == 2 + len(fields(CodingAssistantsClusterProps))


NODE_DEFAULT_FACTS = {
    "INIT_SCRIPT_NAME",
    "DEFAULT_SERVING_ENDPOINT",
    "DEFAULT_CLAUDE_MODEL",
    "DEFAULT_CLAUDE_CODE_VERSION",
    "DEFAULT_API_ROUTE",
    "STATE_FOLDER",
    "DEFAULT_OTEL_PROTOCOL",
}
"""Defaults the init script (or the package) owns, which the input descriptions name."""
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


@pytest.mark.parametrize("props", [CodingAssistantsClusterProps, WorkshopProps])
def test_described_defaults_are_read_from_the_facts(monkeypatch, props):
    """A default named in a generated description follows facts.py, not a copy of it."""
    placed = {f.name: _PLACEHOLDER.findall(f.metadata[DOC]) for f in fields(props)}
    placed = {name: names for name, names in placed.items() if names}
    assert {fact for names in placed.values() for fact in names} == NODE_DEFAULT_FACTS
    real = field_docs(props)
    for name, names in placed.items():
        for fact in names:
            assert str(getattr(facts, fact)) in real[name], name
            monkeypatch.setattr(facts, fact, f"new-{fact.lower()}")
    docs = field_docs(props)
    for name, names in placed.items():
        assert all(f"new-{fact.lower()}" in docs[name] for fact in names), name


def test_a_placeholder_that_names_no_fact_fails():
    assert with_facts("when null, {DEFAULT_CLAUDE_MODEL}.") == (
        f"when null, {facts.DEFAULT_CLAUDE_MODEL}."
    )
    with pytest.raises(KeyError, match=r"\{NO_SUCH_FACT\}: coding_assistants.facts has no such"):
        with_facts("{NO_SUCH_FACT}")


HAND_WRITTEN = ("README.md", "docs/init-script.md", "docs/facilitator-guide.md", "docs/offline.md")
"""Prose the generators do not rewrite (docs/workshop.md's prose too, outside its tables)."""


def stated(pattern: str) -> dict[str, set[str]]:
    """Each doc -> the values ``pattern`` (one group) finds in it."""
    found: dict[str, set[str]] = {}
    for name in (*HAND_WRITTEN, "docs/workshop.md"):
        values = set(re.findall(pattern, (REPO / name).read_text()))
        if values:
            found[name] = values
    return found


def test_docs_state_the_default_model_of_the_facts():
    """Every Databricks-hosted Claude model the docs name is the default (and its AI Gateway
    name), so a new default cannot leave an old one in the prose."""
    model = facts.DEFAULT_CLAUDE_MODEL
    gateway = "system.ai." + model.removeprefix("databricks-")
    models = stated(r"\b(databricks-claude-[a-z0-9.-]*[a-z0-9])")
    assert len(models) >= 4, models  # the pattern sees the docs' mentions
    assert all(values == {model} for values in models.values()), models
    gateways = stated(r"\b(system\.ai\.claude-[a-z0-9.-]*[a-z0-9])")
    assert gateways and all(values == {gateway} for values in gateways.values()), gateways


def test_docs_state_the_mlflow_versions_of_the_facts():
    pins = stated(r"\bmlflow(?:-skinny)?==(\d+\.\d+\.\d+)") | stated(
        r"autolog claude[^`]*` (\d+\.\d+\.\d+)"
    )
    assert pins and all(values == {facts.MLFLOW_PIN} for values in pins.values()), pins
    floors = stated(r"MLflow (?:is )?(\d+\.\d+(?:\.\d+)?)(?: or newer|\+)")
    minimum = facts.MLFLOW_MIN_VERSION.removesuffix(".0")
    assert floors and all(
        v in (facts.MLFLOW_MIN_VERSION, minimum) for vs in floors.values() for v in vs
    ), floors

"""docs/state.md: the backend options tables match the code."""

from __future__ import annotations

from coding_assistants.backend.docs import DOC, generated_sections
from coding_assistants.docs import render


def test_backend_doc_tables_are_up_to_date():
    text = DOC.read_text()
    assert render(text, generated_sections()) == text, "run: make docs"

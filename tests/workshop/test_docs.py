"""docs/workshop.md: the generated tables match the code."""

from __future__ import annotations

from coding_assistants.docs import render
from coding_assistants.workshop.docs import DOC, GUIDE, generated_sections, guide_sections


def test_workshop_doc_tables_are_up_to_date():
    text = DOC.read_text()
    assert render(text, generated_sections()) == text, (
        "run: .venv/bin/python -m coding_assistants.workshop.docs"
    )


def test_facilitator_guide_quick_start_is_the_handouts():
    text = GUIDE.read_text()
    assert "<!-- BEGIN quick-start -->" in text
    assert render(text, guide_sections()) == text, (
        "run: .venv/bin/python -m coding_assistants.workshop.docs"
    )

"""The construct and the init script agree on the environment that connects them."""

from __future__ import annotations

import re

from coding_assistants.cluster import SPARK_ENV_VARS
from coding_assistants.props import BUNDLED_INIT_SCRIPT

PENDING_IN_INIT_SCRIPT = {"CLAUDE_API_ROUTE"}
"""Passed by the constructs, read by the init script once it learns the AI Gateway route
(docs/init-script.md); the entry goes when the script reads it."""


def _reads(script: str, name: str) -> bool:
    return re.search(rf"\$\{{{name}[:}}-]", script) is not None


def test_init_script_reads_every_variable_the_construct_sets():
    script = BUNDLED_INIT_SCRIPT.read_text()
    for name in set(SPARK_ENV_VARS.values()) - PENDING_IN_INIT_SCRIPT:
        assert _reads(script, name), f"the init script never reads {name}"


def test_pending_variables_are_still_pending():
    """Fails once the init script reads a pending variable: then drop it from the list."""
    script = BUNDLED_INIT_SCRIPT.read_text()
    assert set(SPARK_ENV_VARS.values()) >= PENDING_IN_INIT_SCRIPT
    assert not [name for name in PENDING_IN_INIT_SCRIPT if _reads(script, name)]

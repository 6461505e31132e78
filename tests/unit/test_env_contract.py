"""The construct and the init script agree on the environment that connects them."""

from __future__ import annotations

import re

from coding_assistants import node_settings
from coding_assistants.props import BUNDLED_INIT_SCRIPT


def _reads(script: str, name: str) -> bool:
    """True when the script reads the variable ``name`` (itself, or through ca_load)."""
    loaded = re.search(rf"\n *ca_load [A-Z_]+ {name} ", script) is not None
    return loaded or re.search(rf"\$\{{{name}[:}}-]", script) is not None


def test_init_script_reads_every_variable_the_construct_sets():
    script = BUNDLED_INIT_SCRIPT.read_text()
    for setting in node_settings.declared().values():
        assert _reads(script, setting.env), f"the init script never reads {setting.env}"

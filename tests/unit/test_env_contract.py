"""The construct and the init script agree on the environment that connects them."""

from __future__ import annotations

import re

from coding_assistants import init_script_build, node_settings
from coding_assistants.props import BUNDLED_INIT_SCRIPT


def _reads(script: str, name: str) -> bool:
    """True when the script reads the variable ``name`` (itself, or through ca_load)."""
    loaded = re.search(rf"\n *ca_load [A-Z_]+ {name} ", script) is not None
    return loaded or re.search(rf"\$\{{{name}[:}}-]", script) is not None


def test_init_script_reads_every_variable_the_construct_sets():
    """In the script, or in the parts it packs and sources as it loads (the settings loader)."""
    text = BUNDLED_INIT_SCRIPT.read_text()
    packed = init_script_build.unpack(init_script_build.payload_of(text))
    script = "\n".join([text, *(body for _, body in packed)])
    for setting in node_settings.declared().values():
        assert _reads(script, setting.env), f"the init script never reads {setting.env}"

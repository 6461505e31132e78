"""Databricks clusters with the Claude Code CLI ready at first login, as CDKTF constructs."""

import os

# jsii prints a Node.js end-of-life banner on every import of cdktf; the project pins its own
# toolchain, so the banner only scrolls past users.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")

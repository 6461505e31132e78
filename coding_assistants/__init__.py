"""Databricks clusters with the Claude Code CLI ready at first login, as CDKTF constructs.

Importing the package changes nothing of the process: no environment variable is set and no
engine is loaded (see :mod:`coding_assistants.engine`)."""

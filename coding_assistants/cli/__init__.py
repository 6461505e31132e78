"""The facilitator's command line, ``coding-assistants``: cost, preflight and cleanup.

Only the standard library and the Databricks SDK for Python are used here, never cdktf, so the
command starts fast; the SDK itself is imported only by the subcommands that talk to a workspace.
"""

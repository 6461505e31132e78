"""A 429 from the model in plain words: which limit was hit, and what the facilitator can change.

The limits and their fixes are ``facts.RATE_LIMITS``, the table ``check-claude`` reads on the
node too, so the command line and the cluster name a limit alike.
"""

from __future__ import annotations

import re

from coding_assistants.facts import RATE_LIMITS


def explain_429(message: str) -> tuple[str, str]:
    """(which limit, what to change) for the message of a 429 answer."""
    for pattern, which, fix in RATE_LIMITS:
        if re.search(pattern, message, re.IGNORECASE):
            return which, fix
    raise AssertionError("the last row of facts.RATE_LIMITS matches every message")

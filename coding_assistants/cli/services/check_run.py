"""``check-claude`` on one cluster through the command execution API (API 1.2).

An execution context is created on the cluster, one Python command runs
``/usr/local/bin/check-claude`` on the driver, and the context is destroyed afterwards, within
the command's one deadline (polling stops early enough to destroy the context in time). A
dedicated cluster runs commands for its single user only: the API refuses anyone else.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any

from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.deadline import Deadline
from coding_assistants.cli.core.output import Console

CHECK = "/usr/local/bin/check-claude"
COMMAND = (
    "import subprocess\n"
    f"r = subprocess.run([{CHECK!r}], capture_output=True, text=True, timeout=50)\n"
    "print('exit=%d' % r.returncode)\n"
    "print((r.stdout + r.stderr)[-4000:])\n"
)
"""The Python command run on the driver; its first output line carries the exit code."""
POLL_SECONDS = 2.0
CONTEXTS, COMMANDS = "/api/1.2/contexts", "/api/1.2/commands"
DESTROY_RESERVE_SECONDS, DESTROY_RESERVE_SHARE = 3.0, 0.25
"""Polling stops this long (at most this share of --timeout) before the deadline, so the
execution context can still be destroyed within it."""
FINISHED = ("Finished", "Error", "Cancelled")
RESULT_CHARS = 120


class SmokeError(Exception):
    """A call failed: the check cannot go on (the message says why, masked)."""


def call(
    api: WorkspaceApi, console: Console, method: str, path: str, body: Any = None, **query: str
) -> dict[str, Any]:
    """The JSON body of a successful call; SmokeError (masked, plain words) otherwise."""
    try:
        reply = api.call(method, path, body, **query)
    except CallError as error:
        raise SmokeError(error.reason) from None
    if not reply.ok:
        raise SmokeError(f"HTTP {reply.status}: {console.shorten(reply.message)}")
    if reply.unreadable:
        raise SmokeError(console.shorten(f"{reply.source}: {reply.unreadable}"))
    return reply.body


def _poll(fetch: Callable[[], dict], done: Callable[[dict], bool], deadline: Deadline) -> Any:
    """Call ``fetch()`` until ``done(answer)``; None when the deadline, less the reserve for
    destroying the context, is too near for another look."""
    reserve = min(DESTROY_RESERVE_SECONDS, deadline.seconds * DESTROY_RESERVE_SHARE)
    while True:
        answer = fetch()
        if done(answer):
            return answer
        if deadline.remaining() <= reserve + POLL_SECONDS:
            return None
        time.sleep(POLL_SECONDS)


def _verdict(status: dict[str, Any], console: Console) -> tuple[str, bool]:
    """The row's result from a finished command: the check's exit code and last line (or its
    line about a rate-limited model), masked before it is cut."""
    results = status.get("results")
    if not isinstance(results, dict) or results.get("resultType") == "error":
        cause = "no result"
        if isinstance(results, dict):
            cause = str(results.get("cause") or results.get("summary") or "error")
        if status.get("status") == "Cancelled":
            cause = "cancelled"
        return f"error: {console.secrets.shorten(cause, RESULT_CHARS)}", True
    lines = [line for line in str(results.get("data") or "").splitlines() if line.strip()]
    code = lines[0].removeprefix("exit=") if lines and lines[0].startswith("exit=") else "?"
    # A rate-limited model (check-claude's "(429)" line) says more than the closing count.
    shown = next((x for x in lines[1:] if "(429)" in x), lines[-1]) if len(lines) > 1 else ""
    last = console.secrets.shorten(shown, RESULT_CHARS * 2 if "(429)" in shown else RESULT_CHARS)
    ready = code == "0"
    return f"{'ready' if ready else f'not ready (exit {code})'}: {last}".rstrip(": "), not ready


def _run_command(api: WorkspaceApi, console: Console, context: dict[str, str]) -> tuple[str, bool]:
    """Wait for the context, run check-claude in it and wait for the result."""
    ready = _poll(
        lambda: call(api, console, "GET", f"{CONTEXTS}/status", **context),
        lambda s: s.get("status") != "Pending",
        api.deadline,
    )
    if ready is None:
        return f"timed out waiting for an execution context ({api.deadline})", True
    if ready.get("status") != "Running":
        return f"the execution context is {ready.get('status') or 'unknown'}", True
    body = {**context, "language": "python", "command": COMMAND}
    started = call(api, console, "POST", f"{COMMANDS}/execute", body)
    command = {**context, "commandId": str(started.get("id") or "")}
    status = _poll(
        lambda: call(api, console, "GET", f"{COMMANDS}/status", **command),
        lambda s: s.get("status") in FINISHED,
        api.deadline,
    )
    if status is None:
        return f"timed out running check-claude ({api.deadline})", True
    return _verdict(status, console)


def run_check(api: WorkspaceApi, console: Console, cluster_id: str) -> tuple[str, bool]:
    """Run check-claude on ``cluster_id`` in a new execution context, destroyed afterwards."""
    ids = {"clusterId": cluster_id}
    created = call(api, console, "POST", f"{CONTEXTS}/create", {**ids, "language": "python"})
    context = {**ids, "contextId": str(created.get("id") or "")}
    try:
        return _run_command(api, console, context)
    finally:
        # A context that cannot be destroyed (the deadline passed) ends with the cluster.
        with contextlib.suppress(SmokeError):
            call(api, console, "POST", f"{CONTEXTS}/destroy", context)

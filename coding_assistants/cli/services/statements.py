"""SQL on a warehouse through the Statement Execution API, within the command's deadline.

``POST /api/2.0/sql/statements`` with named parameters (never text pasted into the SQL), the
result inline as JSON arrays. The first call waits on the server (``wait_timeout``, 5 to 50 s,
never past the deadline); then the statement is polled until it ends, and its chunks are read
one by one, at most ``MAX_CHUNKS``. At the deadline a statement still running is cancelled (in
the time left), and the error says how far it got.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.output import Console

STATEMENTS = "/api/2.0/sql/statements"
MAX_CHUNKS = 200
"""Chunks read per statement: the report's results are a few thousand rows, one chunk or two."""
POLL_SECONDS = 1.0
MAX_SERVER_WAIT = 50
"""The longest ``wait_timeout`` the API takes, in seconds (and 5 the shortest, or 0)."""
CANCEL_RESERVE = 2.0
"""Seconds kept back from polling, so a running statement can still be cancelled in time."""
ENDED = ("SUCCEEDED", "FAILED", "CANCELED", "CLOSED")


class StatementError(Exception):
    """A statement failed or could not finish; the message is for people (masked)."""


@dataclass(frozen=True)
class Param:
    """A named parameter marker, ``:name`` in the SQL."""

    name: str
    value: str
    type: str = "STRING"


def _body(sql: str, warehouse: str, params: list[Param], wait: int) -> dict[str, Any]:
    return {
        "statement": sql,
        "warehouse_id": warehouse,
        "parameters": [{"name": p.name, "value": p.value, "type": p.type} for p in params],
        "disposition": "INLINE",
        "format": "JSON_ARRAY",
        "wait_timeout": f"{wait}s",
        "on_wait_timeout": "CONTINUE",
    }


def _server_wait(api: WorkspaceApi) -> int:
    """Seconds the first call may wait on the server: 5 to 50, leaving time to cancel; else 0."""
    seconds = math.floor(api.deadline.remaining() - CANCEL_RESERVE - 1)
    return 0 if seconds < 5 else min(seconds, MAX_SERVER_WAIT)


class Statements:
    """Statements of one command on ``warehouse``."""

    def __init__(self, api: WorkspaceApi, console: Console, warehouse: str) -> None:
        self.api, self.console, self.warehouse = api, console, warehouse

    def _call(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        try:
            reply = self.api.call(method, path, body)
        except CallError as error:
            raise StatementError(f"{error.reason}\n  fix: {error.fix}") from None
        if not reply.ok:
            raise StatementError(f"HTTP {reply.status}: {self.console.shorten(reply.message)}")
        if reply.unreadable:  # the bounded reader's word on it, naming the URL
            raise StatementError(self.console.shorten(f"{reply.source}: {reply.unreadable}"))
        return reply.body

    def rows(self, what: str, sql: str, params: list[Param]) -> list[dict[str, Any]]:
        """The result of ``sql`` (``what``, for messages) as dicts by column name."""
        answer = self._call(
            "POST", STATEMENTS, _body(sql, self.warehouse, params, _server_wait(self.api))
        )
        statement = str(answer.get("statement_id") or "")
        answer = self._until_ended(what, statement, answer)
        state = _state(answer)
        if state != "SUCCEEDED":
            error = _obj(_obj(answer.get("status")).get("error"))
            message = self.console.shorten(str(error.get("message") or state))
            raise StatementError(f"{what}: the statement ended {state}: {message}")
        listed = _obj(_obj(answer.get("manifest")).get("schema")).get("columns")
        columns = [str(_obj(c).get("name")) for c in (listed if isinstance(listed, list) else [])]
        return [
            dict(zip(columns, row, strict=False)) if isinstance(row, list) else row
            for row in self._data(what, statement, answer)
        ]

    def _until_ended(self, what: str, statement: str, answer: dict[str, Any]) -> dict[str, Any]:
        while _state(answer) not in ENDED:
            if self.api.deadline.remaining() <= CANCEL_RESERVE + POLL_SECONDS:
                self._cancel(statement)
                raise StatementError(
                    f"{what}: still {_state(answer) or 'not started'} at {self.api.deadline}; "
                    "cancelled. Fix: start the warehouse first, or raise --timeout"
                )
            time.sleep(POLL_SECONDS)
            answer = self._call("GET", f"{STATEMENTS}/{statement}")
        return answer

    def _cancel(self, statement: str) -> None:
        with contextlib.suppress(CallError):  # else it ends on its own on the warehouse
            self.api.call("POST", f"{STATEMENTS}/{statement}/cancel", {})

    def _data(self, what: str, statement: str, answer: Mapping[str, Any]) -> list[list[Any]]:
        result = _obj(answer.get("result"))
        data = _rows(result.get("data_array"))
        seen = {result.get("chunk_index", 0)}
        following = result.get("next_chunk_index")
        while following is not None:
            if following in seen or len(seen) >= MAX_CHUNKS:
                raise StatementError(
                    f"{what}: the result's chunks did not end after {len(seen)} (chunk "
                    f"{following} again or beyond {MAX_CHUNKS}): not read further"
                )
            seen.add(following)
            chunk = self._call("GET", f"{STATEMENTS}/{statement}/result/chunks/{following}")
            data += _rows(chunk.get("data_array"))
            following = chunk.get("next_chunk_index")
        return data


def _state(answer: Mapping[str, Any]) -> str:
    return str(_obj(answer.get("status")).get("state") or "")


def _obj(value: Any) -> dict[str, Any]:
    """``value`` when the warehouse sent an object there, else an empty one."""
    return value if isinstance(value, dict) else {}


def _rows(value: Any) -> list[Any]:
    """The rows of a result's ``data_array`` (each checked on its own later); none when the
    warehouse sent no list there."""
    return list(value) if isinstance(value, list) else []

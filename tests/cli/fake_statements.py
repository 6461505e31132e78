"""The fake workspace plus a SQL warehouse's Statement Execution API, for the ``report`` tests.

It cannot run SQL: it knows the report's three statements by their first line
(``-- coding-assistants report: <name>``) and answers from ``tables``, rows that carry the
columns the real system tables would filter on (workshop, endpoint, hour). It filters them by
the statement's *parameters*, so a statement that pasted a value into its text instead finds
nothing, and it refuses a statement whose text holds the workshop's or endpoint's name.

Like a warehouse it is slow and unkind on request: a statement stays PENDING/RUNNING for a
number of polls, or for ever (then only cancel ends it), fails as a missing system table does,
splits its result into small chunks, or sends a chunk index that loops.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

from tests.cli.fake_workspace import (
    FakeWorkspace,
    WorkspaceState,
    _error,
    _Handler,
)

PATH = "/api/2.0/sql/statements"
COLUMNS = {
    "billing": ("attendee", "hour", "dbus", "list_usd"),
    "clusters": ("attendee", "cluster_id", "node_type", "hour", "minutes"),
    "tokens": ("requester", "hour", "requests", "input_tokens", "output_tokens", "throttled"),
}
FILTER = {"billing": "workshop", "clusters": "workshop", "tokens": "endpoint"}
CHUNK_ROWS = 3
_IDS = itertools.count(1)


@dataclass
class StatementState(WorkspaceState):
    warehouse: str = "wh-1"
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Query name -> rows with the output columns, ``hour`` and the filter column."""
    polls_before_done: int = 1
    """GETs a statement answers RUNNING before it succeeds (POST answers PENDING)."""
    never_finish: set[str] = field(default_factory=set)
    """Query names whose statement runs for ever."""
    failures: dict[str, str] = field(default_factory=dict)
    """Query name -> the error message its statement FAILS with."""
    looping_chunks: bool = False
    statements: dict[str, dict[str, Any]] = field(default_factory=dict)
    cancelled: list[str] = field(default_factory=list)


def _problem(body: Any, state: StatementState) -> str | None:
    if not isinstance(body, dict) or body.get("warehouse_id") != state.warehouse:
        return "warehouse not found"
    if body.get("format") != "JSON_ARRAY" or body.get("disposition") != "INLINE":
        return "format and disposition must be JSON_ARRAY and INLINE here"
    wait = re.fullmatch(r"(\d+)s", str(body.get("wait_timeout")))
    if not wait or not (wait[1] == "0" or 5 <= int(wait[1]) <= 50):
        return f"wait_timeout must be 0s or 5s to 50s, got {body.get('wait_timeout')!r}"
    params = body.get("parameters") or []
    if not all(isinstance(p, dict) and {"name", "value", "type"} <= set(p) for p in params):
        return "each parameter needs name, value and type"
    text = str(body.get("statement"))
    if any(p["name"] in ("workshop", "endpoint") and p["value"] in text for p in params):
        return "a parameter's value appears in the statement's text"
    return None


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value.replace(" ", "T").replace("Z", "+00:00")).replace(
        tzinfo=None
    )


def result_rows(state: StatementState, name: str, params: dict[str, str]) -> list[list[Any]]:
    start, end = _when(params["start"]), _when(params["end"])
    key = FILTER[name]
    rows = []
    for row in state.tables.get(name, []):
        hour = _when(row["hour"])
        if row.get(key) == params.get(key) and start <= hour < end:
            rows.append([None if row.get(c) is None else str(row[c]) for c in COLUMNS[name]])
    return rows


class _StatementHandler(_Handler):
    def _handle(self, method: str) -> None:
        url = urlparse(self.path)
        if not url.path.startswith(PATH):
            super()._handle(method)
            return
        taken = self._take(method)
        if taken is None:
            return
        state: StatementState = self.server.state  # type: ignore[assignment]
        body = taken[1]
        self._send(*self._route(state, method, url.path.removeprefix(PATH), body), path=url.path)

    def _route(self, state: StatementState, method: str, rest: str, body: Any) -> tuple[int, dict]:
        if method == "POST" and rest in ("", "/"):
            return self._execute(state, body)
        parts = rest.strip("/").split("/")
        found = state.statements.get(parts[0])
        if found is None:
            return _error(404, "NOT_FOUND", "no such statement")
        if method == "POST" and parts[1:] == ["cancel"]:
            state.cancelled.append(found["name"])
            found["state"] = "CANCELED"
            return 200, {}
        if method == "GET" and len(parts) == 1:
            return 200, self._poll(state, found)
        if method == "GET" and parts[1:3] == ["result", "chunks"]:
            return 200, self._chunk(found, int(parts[3]))
        return _error(404, "NOT_FOUND", f"no API at {self.path}")

    def _execute(self, state: StatementState, body: Any) -> tuple[int, dict]:
        problem = _problem(body, state)
        if problem:
            return _error(400, "INVALID_PARAMETER_VALUE", problem)
        name = str(body["statement"]).splitlines()[0].removeprefix("-- coding-assistants report: ")
        params = {p["name"]: p["value"] for p in body["parameters"]}
        statement_id = f"st-{next(_IDS)}"
        state.statements[statement_id] = {
            "id": statement_id,
            "name": name,
            "polls": 0,
            "state": "PENDING",
            "rows": result_rows(state, name, params) if name in COLUMNS else [],
        }
        return 200, {"statement_id": statement_id, "status": {"state": "PENDING"}}

    def _poll(self, state: StatementState, found: dict[str, Any]) -> dict[str, Any]:
        found["polls"] += 1
        name = found["name"]
        if found["state"] == "PENDING" or (
            found["state"] == "RUNNING" and found["polls"] <= state.polls_before_done
        ):
            found["state"] = "RUNNING"
        if found["state"] == "RUNNING" and name in state.never_finish:
            return {"statement_id": found["id"], "status": {"state": "RUNNING"}}
        if found["state"] == "RUNNING" and found["polls"] > state.polls_before_done:
            found["state"] = "FAILED" if name in state.failures else "SUCCEEDED"
        answer: dict[str, Any] = {"statement_id": found["id"], "status": {"state": found["state"]}}
        if found["state"] == "FAILED":
            answer["status"]["error"] = {
                "error_code": "BAD_REQUEST",
                "message": state.failures[name],
            }
        if found["state"] == "SUCCEEDED":
            columns = [{"name": c, "type_name": "STRING"} for c in COLUMNS.get(name, ())]
            chunks = max(1, -(-len(found["rows"]) // CHUNK_ROWS))
            answer["manifest"] = {
                "schema": {"column_count": len(columns), "columns": columns},
                "total_chunk_count": chunks,
                "total_row_count": len(found["rows"]),
            }
            answer["result"] = self._chunk(found, 0)
        return answer

    def _chunk(self, found: dict[str, Any], index: int) -> dict[str, Any]:
        rows = found["rows"][index * CHUNK_ROWS : (index + 1) * CHUNK_ROWS]
        chunk: dict[str, Any] = {
            "chunk_index": index,
            "row_offset": index * CHUNK_ROWS,
            "row_count": len(rows),
            "data_array": rows,
        }
        if (index + 1) * CHUNK_ROWS < len(found["rows"]):
            chunk["next_chunk_index"] = index + 1
        if self.server.state.looping_chunks:  # type: ignore[attr-defined]
            chunk["next_chunk_index"] = index
        return chunk


class FakeWarehouse(FakeWorkspace):
    """The fake workspace with a SQL warehouse; ``reset`` gives the wider state."""

    def __init__(self) -> None:
        super().__init__()
        self._server.RequestHandlerClass = _StatementHandler
        self._server.state = StatementState()

    @property
    def state(self) -> StatementState:
        return self._server.state  # type: ignore[return-value]

    def reset(self) -> StatementState:
        self._server.state = StatementState()
        return self._server.state

"""What the fake workspace answers on ``/api/2.0/mcp/...``: a Databricks managed MCP server over
streamable HTTP (JSON-RPC 2.0 in a POST, answered as JSON), as much as Claude Code needs to list
a server's tools.

``initialize`` opens a session (its id in the ``Mcp-Session-Id`` header), a notification gets
202 with no body, ``tools/list`` lists one tool named after the server's kind (``sql``,
``genie``, ...), and anything else is a JSON-RPC error. A GET (a client asking for a server-sent
stream) gets 405, which the protocol allows.
"""

from __future__ import annotations

from typing import Any

PREFIX = "/api/2.0/mcp/"
SESSION = "fake-mcp-session-1"
PROTOCOL = "2025-06-18"
"""The protocol version the fake speaks when the client asks for none."""


def is_mcp(path: str) -> bool:
    return path.startswith(PREFIX)


def tool_name(path: str) -> str:
    """The one tool a server offers: ``<kind>_tool`` (``sql_tool`` for /api/2.0/mcp/sql)."""
    kind = path[len(PREFIX) :].split("/", 1)[0].replace("-", "_")
    return f"{kind}_tool"


def answer(path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
    """(HTTP status, JSON body or None) for one JSON-RPC message POSTed to ``path``."""
    method, ident = body.get("method"), body.get("id")
    if ident is None:  # a notification
        return 202, None
    if method == "initialize":
        asked = (body.get("params") or {}).get("protocolVersion") or PROTOCOL
        result: dict[str, Any] = {
            "protocolVersion": asked,
            "capabilities": {"tools": {"listChanged": False}},
            "serverInfo": {"name": "fake-databricks-mcp", "version": "1.0.0"},
        }
    elif method == "tools/list":
        tool = {
            "name": tool_name(path),
            "description": f"A fake Databricks tool at {path}",
            "inputSchema": {"type": "object", "properties": {"q": {"type": "string"}}},
        }
        result = {"tools": [tool]}
    elif method == "ping":
        result = {}
    else:
        error = {"code": -32601, "message": f"method not found: {method}"}
        return 200, {"jsonrpc": "2.0", "id": ident, "error": error}
    return 200, {"jsonrpc": "2.0", "id": ident, "result": result}

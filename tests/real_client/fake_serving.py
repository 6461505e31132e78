"""A fake of the Databricks serving route that Claude Code calls, over TLS on 127.0.0.1.

It speaks enough of the Anthropic Messages API for a real ``claude -p``: ``POST .../v1/messages``
streaming (server-sent events) and not, and ``POST .../v1/messages/count_tokens``; and, on
``/api/2.0/mcp/...``, a Databricks managed MCP server (``fake_mcp``). Every request is logged as
one JSON line: server, method, path, model, whether it streamed, the auth headers masked to 4
characters, whether they carried the expected token, the tools a model request offers and the
tool results it carries, an MCP request's JSON-RPC method, and which of the configured texts
(``needles``) the body carried. Requests without the expected token get 401, like the workspace
would answer.

With ``tool_name`` set, the fake plays a model that uses a tool: a streamed request that offers
that tool and carries no tool result yet is answered with a ``tool_use`` of it (input
``tool_input``, JSON); the request that brings the result back gets the text reply.
"""

from __future__ import annotations

import base64
import json
import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.real_client import fake_mcp


@dataclass(frozen=True)
class FakeConfig:
    """One fake server: its name in the log, port, TLS files, the tokens it accepts (any other
    token, or none, is refused) and the text every answer carries."""

    name: str
    port: int
    cert: str
    key: str
    tokens: tuple[str, ...]
    reply: str
    log: str
    secrets: dict[str, str] = field(default_factory=dict)
    """``<scope>/<key>`` -> value, answered by ``GET /api/2.0/secrets/get`` (base64)."""
    tool_name: str = ""
    """A tool the model asks to use (see the module's doc); empty: it never does."""
    tool_input: str = "{}"
    """The JSON input of that tool use."""
    needles: tuple[str, ...] = ()
    """Texts to look for in each request's body: the log names those it carried."""


def mask(value: str | None) -> str | None:
    """The first 4 characters and stars: all a log may show of a secret (after "Bearer ")."""
    if value is None:
        return None
    scheme, _, secret = value.rpartition(" ")
    return f"{scheme} {secret[:4]}****" if scheme else secret[:4] + "****"


def _events(model: str, reply: str) -> list[tuple[str, dict[str, Any]]]:
    usage = {"input_tokens": 12, "output_tokens": 0}
    message = {
        "id": "msg_fake",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": usage,
    }
    block = {"type": "text", "text": ""}
    delta = {"type": "text_delta", "text": reply}
    end = {"stop_reason": "end_turn", "stop_sequence": None}
    return [
        ("message_start", {"type": "message_start", "message": message}),
        (
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": block},
        ),
        ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}),
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        ("message_delta", {"type": "message_delta", "delta": end, "usage": {"output_tokens": 7}}),
        ("message_stop", {"type": "message_stop"}),
    ]


def _tool_use_events(model: str, name: str, arguments: str) -> list[tuple[str, dict[str, Any]]]:
    """A streamed answer whose one content block asks to use tool ``name``."""
    start, *_, delta_event, stop = _events(model, "")
    block = {"type": "tool_use", "id": "toolu_fake_01", "name": name, "input": {}}
    delta = {"type": "input_json_delta", "partial_json": arguments}
    end = {"stop_reason": "tool_use", "stop_sequence": None}
    return [
        start,
        (
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": block},
        ),
        ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}),
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        ("message_delta", {**delta_event[1], "delta": end}),
        stop,
    ]


def offered_tools(body: dict[str, Any]) -> list[str]:
    """Names of the tools a Messages request offers the model."""
    tools = body.get("tools")
    return (
        [t.get("name", "") for t in tools if isinstance(t, dict)] if isinstance(tools, list) else []
    )


def tool_results(body: dict[str, Any]) -> list[str]:
    """The text of every tool result a Messages request carries back, in order."""
    found = []
    for message in body.get("messages") or []:
        content = message.get("content") if isinstance(message, dict) else None
        for block in content if isinstance(content, list) else []:
            if isinstance(block, dict) and block.get("type") == "tool_result":
                inner = block.get("content")
                if isinstance(inner, list):
                    inner = " ".join(str(i.get("text", "")) for i in inner if isinstance(i, dict))
                found.append(f"{'error: ' if block.get('is_error') else ''}{inner}")
    return found


def _message(model: str, reply: str) -> dict[str, Any]:
    return {
        "id": "msg_fake",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": reply}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 12, "output_tokens": 7},
    }


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return  # requests are logged as JSON lines instead

    def do_GET(self) -> None:
        self._answer({})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {}
        self._answer(body if isinstance(body, dict) else {}, raw.decode("utf-8", "replace"))

    def _answer(self, body: dict[str, Any], raw: str = "") -> None:
        cfg = self.server.config
        auth, key = self.headers.get("Authorization"), self.headers.get("x-api-key")
        accepted = any(auth == f"Bearer {t}" or key == t for t in cfg.tokens)
        path = self.path.split("?", 1)[0]
        self.server.record(
            {
                "server": cfg.name,
                "method": self.command,
                "path": path,
                "model": body.get("model"),
                "stream": bool(body.get("stream")),
                "authorization": mask(auth),
                "x_api_key": mask(key),
                "token_in_authorization": any(auth == f"Bearer {t}" for t in cfg.tokens),
                "token_in_x_api_key": any(key == t for t in cfg.tokens),
                "tools": offered_tools(body),
                "tool_results": tool_results(body),
                "mcp_method": body.get("method") if fake_mcp.is_mcp(path) else None,
                "carried": [n for n in cfg.needles if n in raw],
            }
        )
        if not accepted:
            return self._json(
                401,
                {
                    "type": "error",
                    "error": {"type": "authentication_error", "message": "Invalid access token"},
                },
            )
        model = str(body.get("model") or "")
        if fake_mcp.is_mcp(path):
            return self._mcp(path, body)
        if self.command == "GET" and path == "/api/2.0/secrets/get":
            return self._secret()
        if self.command == "POST" and path.endswith("/v1/messages/count_tokens"):
            return self._json(200, {"input_tokens": 12})
        if self.command == "POST" and path.endswith("/v1/messages"):
            wants_tool = cfg.tool_name in offered_tools(body) and not tool_results(body)
            if body.get("stream") and wants_tool:
                return self._stream(_tool_use_events(model, cfg.tool_name, cfg.tool_input))
            if body.get("stream"):
                return self._stream(_events(model, cfg.reply))
            return self._json(200, _message(model, cfg.reply))
        return self._json(
            404,
            {"type": "error", "error": {"type": "not_found_error", "message": f"no route {path}"}},
        )

    def _mcp(self, path: str, body: dict[str, Any]) -> None:
        if self.command != "POST":
            return self._json(405, {"error": "no server-sent stream here"})
        status, payload = fake_mcp.answer(path, body)
        self._json(status, payload, {"Mcp-Session-Id": fake_mcp.SESSION})

    def _secret(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        name = f"{query.get('scope', [''])[0]}/{query.get('key', [''])[0]}"
        value = self.server.config.secrets.get(name)
        if value is None:
            return self._json(404, {"error_code": "RESOURCE_DOES_NOT_EXIST", "message": name})
        encoded = base64.b64encode(value.encode()).decode()
        return self._json(200, {"key": name.split("/", 1)[1], "value": encoded})

    def _json(
        self, status: int, payload: dict[str, Any] | None, headers: dict[str, str] | None = None
    ) -> None:
        data = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _stream(self, events: list[tuple[str, dict[str, Any]]]) -> None:
        data = "".join(f"event: {n}\ndata: {json.dumps(e)}\n\n" for n, e in events).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, config: FakeConfig) -> None:
        super().__init__(("127.0.0.1", config.port), _Handler)
        self.config = config
        self._lock = threading.Lock()
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(config.cert, config.key)
        self.socket = context.wrap_socket(self.socket, server_side=True)

    def record(self, entry: dict[str, Any]) -> None:
        with self._lock, open(self.config.log, "a") as log:
            log.write(json.dumps(entry) + "\n")

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a client that drops the connection is not the test's concern


def start(config: FakeConfig) -> _Server:
    """Serve in a daemon thread until ``shutdown()``."""
    server = _Server(config)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def read_log(path: Path) -> list[dict[str, Any]]:
    """The logged requests, in order (none when the server saw nothing)."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line]

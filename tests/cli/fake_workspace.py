"""A Databricks workspace played by a local HTTP server on 127.0.0.1, for the CLI tests.

It answers the calls the CLI makes (who am I, SCIM users by filter, clusters list, delete and
permanent delete, node types and runtimes, a serving endpoint's metadata, invocations and
Anthropic Messages route) and
records every request, so a test can assert what was, and what was not, touched. Anything
else is a 404.

It can also misbehave, as a hostile or overloaded workspace would: echo the token in error
bodies, ask to retry later (429 with Retry-After), drip its answers a byte at a time, send
endless or repeating page tokens, hang on deletes, redirect elsewhere. Every delay is short and
ends as soon as the state is reset, so the suite stays fast.
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from coding_assistants.facts import DEFAULT_CLAUDE_MODEL

CANARY_TOKEN = "dapiCANARY7f3c9e1b2a4d6f8e0c2b4a6d"
"""The only token the server accepts; tests assert it never shows beyond 'dapi'."""
CANARY_SECRET_PART = CANARY_TOKEN[4:]
LEAK_WINDOW = 5
"""A piece of a token this long in the output counts as a leak (``dapi****`` shows 4)."""
PAGE_SIZE = 2
"""Clusters per page of the list, so paging is exercised."""


def node_type(node_type_id: str, cores: float, memory_gb: float, **flags: bool) -> dict[str, Any]:
    """A list-node-types entry, with the fields the Clusters API sends."""
    return {
        "node_type_id": node_type_id,
        "memory_mb": int(memory_gb * 1024),
        "num_cores": cores,
        "description": node_type_id,
        "instance_type_id": node_type_id,
        "category": "General Purpose",
        "is_deprecated": flags.get("deprecated", False),
        "is_hidden": False,
        "is_graviton": flags.get("arm", False),
        "support_ebs_volumes": True,
        "support_cluster_tags": True,
        "support_port_forwarding": True,
        "num_gpus": 0,
        "display_order": 0,
        "node_instance_type": {"instance_type_id": node_type_id, "local_disks": 1},
        "photon_worker_capable": True,
        "photon_driver_capable": True,
    }


NODE_TYPES = [
    node_type("Standard_DS3_v2", 4.0, 14),
    node_type("Standard_DS4_v2", 8.0, 28),
    node_type("Standard_D4ds_v5", 4.0, 16),
    node_type("Standard_D8pds_v6", 8.0, 32, arm=True),
    node_type("Standard_D3_v2", 4.0, 14, deprecated=True),
]
"""An Azure workspace's node types (a few of several hundred)."""
SPARK_VERSIONS = [
    {
        "key": "17.3.x-cpu-ml-scala2.13",
        "name": "17.3 LTS ML (includes Apache Spark 4.0.0, Scala 2.13)",
    },
    {"key": "17.3.x-scala2.13", "name": "17.3 LTS (includes Apache Spark 4.0.0, Scala 2.13)"},
    {
        "key": "16.4.x-cpu-ml-scala2.12",
        "name": "16.4 LTS ML (includes Apache Spark 3.5.2, Scala 2.12)",
    },
    {
        "key": "15.4.x-cpu-ml-scala2.12",
        "name": "15.4 LTS ML (includes Apache Spark 3.5.0, Scala 2.12)",
    },
]
"""The workspace's Databricks Runtimes (a few of the list)."""


def leaked(token: str, text: str) -> list[str]:
    """The pieces of ``token``, ``LEAK_WINDOW`` characters long (or the whole of a shorter
    token), that appear in ``text``."""
    size = min(LEAK_WINDOW, len(token))
    pieces = {token[i : i + size] for i in range(len(token) - size + 1)}
    return sorted(piece for piece in pieces if piece in text)


@dataclass
class Request:
    method: str
    path: str
    body: dict[str, Any]
    query: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class WorkspaceState:
    """What the fake workspace holds and how it misbehaves; reset before every test."""

    clusters: list[dict[str, Any]] = field(default_factory=list)
    me_status: int = 200
    endpoints: dict[str, int] = field(default_factory=lambda: {"anthropic": 400})
    """Status of ``/serving-endpoints/<name>/invocations`` by endpoint name; others are 404."""
    messages_routes: dict[str, int] = field(default_factory=lambda: {"anthropic": 400})
    """Status of ``/serving-endpoints/<name>/v1/messages`` by endpoint name, when the request
    names a known model; other names are 404."""
    models: set[str] = field(default_factory=lambda: {DEFAULT_CLAUDE_MODEL})
    """The models the Messages route serves; a request for another is 404."""
    gateway_status: int | None = None
    """Status of the AI Gateway's ``/ai-gateway/anthropic/v1/messages`` for a model of
    ``gateway_models``; None: the preview is off and the route is 404."""
    gateway_models: set[str] = field(default_factory=lambda: {"system.ai.claude-sonnet-4-5"})
    forbidden_endpoints: set[str] = field(default_factory=set)
    """Serving endpoints whose metadata (GET) is refused with 403."""
    endpoint_delay_seconds: float = 0.0
    users: dict[str, bool] | None = None
    """SCIM users: user name -> active. None: every user name asked for exists, active."""
    users_status: int = 200
    users_page_size: int | None = None
    """The most SCIM users one page holds, whatever ``count`` asks for (None: no cap)."""
    delete_failures: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    echo: str = ""
    """Appended to every error message, as a careless server echoes a request's token."""
    retry_after: dict[str, tuple[str, int]] = field(default_factory=dict)
    """By path: (the Retry-After header, how many times) to answer 429 before answering."""
    drip: dict[str, float] = field(default_factory=dict)
    """By path: seconds between the bytes of the body, once the headers are sent."""
    hang_seconds: dict[str, float] = field(default_factory=dict)
    """By path: seconds to wait, saying nothing, before answering."""
    max_page_size: int = PAGE_SIZE
    """Most clusters one page of the list holds, whatever ``page_size`` asks for."""
    rate_limit: tuple[int, float] | None = None
    """(requests, seconds): beyond that many API requests in any such window, 429 with a
    Retry-After of the window (whole seconds, as a real server sends), as a throttled
    workspace answers."""
    admitted: list[float] = field(default_factory=list)
    """Monotonic times of the API requests admitted within the rate limit's window."""
    page_tokens: str = "honest"
    """``honest``, ``endless`` (always a new token) or ``repeat`` (always the same one)."""
    redirect_to: dict[str, str] = field(default_factory=dict)
    """By path: a Location to redirect to (302) instead of answering."""
    volume_files: dict[str, bytes] = field(default_factory=dict)
    """Files in volumes by absolute /Volumes path, for the Files API's file and directory
    reads; listings come one entry per page, to make the reader follow page tokens."""
    user_rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    """By user name: fields that replace those of the user in a SCIM answer (a hostile
    ``userName`` or ``active``)."""
    listing_rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    """By file name: fields that replace those of its row in a directory listing (a hostile
    ``file_size``, say)."""
    node_types: Any = field(default_factory=lambda: list(NODE_TYPES))
    """What ``node_types`` of /api/2.0/clusters/list-node-types holds (any JSON: hostile too)."""
    spark_versions: Any = field(default_factory=lambda: list(SPARK_VERSIONS))
    """What ``versions`` of /api/2.0/clusters/spark-versions holds (any JSON)."""
    raw_bodies: dict[str, bytes] = field(default_factory=dict)
    """By path: the bytes of a 200 answer, sent as they are (not JSON, or nested too deep)."""
    rate_limit_message: str = (
        "Exceeded workspace QPS rate limit for databricks-claude-sonnet-4-6. Please use a "
        "provisioned throughput Foundation Model APIs endpoint for a higher rate limit."
    )
    """The message of a 429 from a serving route, as Databricks words a pay-per-token limit."""
    requests: list[Request] = field(default_factory=list)

    def queries(self, path: str) -> list[dict[str, list[str]]]:
        """The query strings of the requests to ``path``, parsed."""
        return [r.query for r in self.requests if r.path == path]

    def paths(self, method: str | None = None) -> list[str]:
        return [r.path for r in self.requests if method in (None, r.method)]

    def bodies(self, path: str) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.path == path]


def cluster(cluster_id: str, name: str, state: str = "RUNNING", **tags: str) -> dict[str, Any]:
    """A clusters-list entry."""
    return {
        "cluster_id": cluster_id,
        "cluster_name": name,
        "state": state,
        "creator_user_name": "facilitator@example.com",
        "custom_tags": dict(tags),
    }


def _error(code: int, error_code: str, message: str) -> tuple[int, dict[str, Any]]:
    return code, {"error_code": error_code, "message": message}


PAUSE_STEP = 0.02
"""Delays sleep in steps this long, and end when the test's state is reset."""


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_PATCH(self) -> None:
        self._handle("PATCH")

    def _handle(self, method: str) -> None:
        taken = self._take(method)
        if taken is None:
            return
        url, body = taken
        state = self.server.state
        route = getattr(self, _ROUTES.get((method, url.path), "_unknown"), None)
        if method == "POST" and url.path.startswith("/serving-endpoints/"):
            if url.path.endswith("/invocations"):
                route = self._invoke
            elif url.path.endswith("/v1/messages"):
                route = self._messages
        if (method, url.path) == ("POST", "/ai-gateway/anthropic/v1/messages"):
            route = self._gateway_messages
        if method == "GET" and url.path.startswith("/api/2.0/serving-endpoints/"):
            route = self._endpoint
        if method == "GET" and url.path.startswith(FILES):
            self._send_file(state, unquote(url.path.removeprefix(FILES)))
            return
        if method == "GET" and url.path.startswith(DIRECTORIES):
            route = self._directory
        self._send(*route(state, body, parse_qs(url.query)), path=url.path)

    def _take(self, method: str) -> tuple[Any, Any] | None:
        """Every route's start (the wider fakes' too): read and record the request, then refuse
        a wrong token and misbehave as the state says; (url, body) when the route is to answer,
        None when the request is answered already."""
        url = urlparse(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        body = json.loads(raw) if raw.strip() else {}
        state = self.server.state
        with self.server.lock:
            state.requests.append(Request(method, url.path, body, parse_qs(url.query)))
        if url.path.startswith("/.well-known/"):  # the SDK's optional host-metadata probe
            self._send(*_error(404, "NOT_FOUND", "no host metadata"))
            return None
        if self.headers.get("Authorization") != f"Bearer {CANARY_TOKEN}":
            self._send(*_error(401, "UNAUTHENTICATED", "invalid access token"))
            return None
        if self._misbehave(state, url.path):
            return None
        if url.path in state.raw_bodies:
            self._send_raw(state.raw_bodies[url.path])
            return None
        return url, body

    def _pause(self, state: WorkspaceState, seconds: float) -> bool:
        """Sleep ``seconds``; False when the test ended (state reset) in the meantime."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.server.state is not state:
                return False
            time.sleep(PAUSE_STEP)
        return True

    def _throttled(self, state: WorkspaceState) -> bool:
        """True (a 429 is sent) when the request is beyond ``state.rate_limit``."""
        if state.rate_limit is None:
            return False
        limit, window = state.rate_limit
        now = time.monotonic()
        with self.server.lock:
            state.admitted[:] = [t for t in state.admitted if now - t < window]
            busy = len(state.admitted) >= limit
            if not busy:
                state.admitted.append(now)
        if busy:
            wait = str(max(1, math.ceil(window)))
            self._send(*_error(429, "REQUEST_LIMIT_EXCEEDED", "rate limit"), retry_after=wait)
        return busy

    def _misbehave(self, state: WorkspaceState, path: str) -> bool:
        """Hang, redirect or rate-limit as the state says; True when the request is answered."""
        if path.startswith("/api/") and self._throttled(state):
            return True
        if path in state.hang_seconds and not self._pause(state, state.hang_seconds[path]):
            return True
        if path in state.redirect_to:
            self.send_response(302)
            self.send_header("Location", state.redirect_to[path])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return True
        header, times = state.retry_after.get(path, ("", 0))
        if times > 0:
            state.retry_after[path] = (header, times - 1)
            self._send(*_error(429, "REQUEST_LIMIT_EXCEEDED", "slow down"), retry_after=header)
            return True
        return False

    def _send(
        self, code: int, payload: dict[str, Any], path: str = "", retry_after: str = ""
    ) -> None:
        state = self.server.state
        if code >= 400 and state.echo:
            payload = {**payload, "message": f"{payload.get('message', '')} {state.echo}"}
        data = json.dumps(payload).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if retry_after:
            self.send_header("Retry-After", retry_after)
        self.end_headers()
        if path not in state.drip:
            self.wfile.write(data)
            return
        for byte in data:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            if not self._pause(state, state.drip[path]):
                return

    def _send_raw(self, data: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send_file(self, state: WorkspaceState, path: str) -> None:
        data = state.volume_files.get(path)
        if data is None:
            self._send(*_error(404, "NOT_FOUND", f"no file at {path}"))
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _directory(self, state: WorkspaceState, body: Any, query: dict) -> tuple[int, dict]:
        directory = unquote(urlparse(self.path).path.removeprefix(DIRECTORIES)).rstrip("/")
        names = sorted(
            (p.rsplit("/", 1)[1], len(data))
            for p, data in state.volume_files.items()
            if p.rsplit("/", 1)[0] == directory
        )
        if not names:
            return _error(404, "NOT_FOUND", f"no directory at {directory}")
        index = int(query.get("page_token", ["0"])[0])
        name, size = names[index]
        page: dict[str, Any] = {
            "contents": [
                {
                    "path": f"{directory}/{name}",
                    "name": name,
                    "is_directory": False,
                    "file_size": size,
                    **state.listing_rows.get(name, {}),
                }
            ]
        }
        if index + 1 < len(names):
            page["next_page_token"] = str(index + 1)
        if state.page_tokens == "repeat":  # this page's own token: the same page again
            page["next_page_token"] = str(index)
        return 200, page

    def _unknown(self, state: WorkspaceState, body: Any, query: Any) -> tuple[int, dict]:
        return _error(404, "ENDPOINT_NOT_FOUND", f"no API at {self.path}")

    def _me(self, state: WorkspaceState, body: Any, query: Any) -> tuple[int, dict]:
        if state.me_status == 200:
            return 200, {"id": "42", "userName": "facilitator@example.com"}
        # An unkind server that echoes the token: the CLI must still mask it.
        return _error(state.me_status, "PERMISSION_DENIED", f"token {CANARY_TOKEN} lacks access")

    def _list(self, state: WorkspaceState, body: Any, query: dict) -> tuple[int, dict]:
        token = query.get("page_token", ["0"])[0]
        start = int(token) if token.isdigit() else 0
        asked = query.get("page_size", [""])[0]
        size = min(int(asked) if asked.isdigit() and int(asked) else 20, state.max_page_size)
        page = state.clusters[start : start + size]
        payload: dict[str, Any] = {"clusters": page} if page else {}
        if start + size < len(state.clusters) or state.page_tokens == "endless":
            payload["next_page_token"] = str(start + size)
        if state.page_tokens == "repeat":
            payload["next_page_token"] = "again"
        return 200, payload

    def _users(self, state: WorkspaceState, body: Any, query: dict) -> tuple[int, dict]:
        """SCIM ``Users`` filtered by ``userName eq "..."`` terms joined with ``or`` (any case)."""
        if state.users_status != 200:
            return _error(state.users_status, "PERMISSION_DENIED", "may not list users")
        text = query.get("filter", [""])[0]
        names = [n.lower() for n in re.findall(r'userName eq "([^"]*)"', text)]
        if len(names) != text.count(" or ") + 1:
            return _error(400, "INVALID_PARAMETER_VALUE", f"unsupported filter {text!r}")
        users = state.users if state.users is not None else dict.fromkeys(names, True)
        found = [
            {"id": f"u-{name}", "userName": name, "active": active, **state.user_rows.get(name, {})}
            for wanted in names
            for name, active in users.items()
            if name.lower() == wanted
        ]
        start = int(query.get("startIndex", ["1"])[0])
        count = int(query.get("count", ["100"])[0])
        count = min(count, state.users_page_size or count)
        page = found[start - 1 : start - 1 + count]
        return 200, {"totalResults": len(found), "itemsPerPage": len(page), "Resources": page}

    def _endpoint(self, state: WorkspaceState, body: Any, query: Any) -> tuple[int, dict]:
        name = self.path.split("?")[0].split("/")[4]
        if name in state.forbidden_endpoints:
            return _error(403, "PERMISSION_DENIED", f"no permission on endpoint {name}")
        if name not in state.models:
            return _error(404, "RESOURCE_DOES_NOT_EXIST", f"Endpoint {name!r} does not exist")
        return 200, {"name": name, "id": f"ep-{name}", "state": {"ready": "READY"}}

    def _node_types(self, state: WorkspaceState, body: Any, query: Any) -> tuple[int, dict]:
        return 200, {"node_types": state.node_types}

    def _spark_versions(self, state: WorkspaceState, body: Any, query: Any) -> tuple[int, dict]:
        return 200, {"versions": state.spark_versions}

    def _find(self, state: WorkspaceState, cluster_id: str) -> dict[str, Any] | None:
        return next((c for c in state.clusters if c["cluster_id"] == cluster_id), None)

    def _permanent_delete(self, state: WorkspaceState, body: dict, query: Any) -> tuple[int, dict]:
        cluster_id = body.get("cluster_id", "")
        if cluster_id in state.delete_failures:
            return _error(*state.delete_failures[cluster_id])
        found = self._find(state, cluster_id)
        if found is None:
            return _error(400, "INVALID_PARAMETER_VALUE", f"cluster {cluster_id} does not exist")
        with self.server.lock:
            state.clusters.remove(found)
        return 200, {}

    def _terminate(self, state: WorkspaceState, body: dict, query: Any) -> tuple[int, dict]:
        cluster_id = body.get("cluster_id", "")
        if cluster_id in state.delete_failures:
            return _error(*state.delete_failures[cluster_id])
        found = self._find(state, cluster_id)
        if found is None:
            return _error(400, "INVALID_PARAMETER_VALUE", f"cluster {cluster_id} does not exist")
        found["state"] = "TERMINATED"
        return 200, {}

    def _invoke(self, state: WorkspaceState, body: Any, query: Any) -> tuple[int, dict]:
        name = self.path.split("/")[2]
        if state.endpoint_delay_seconds:
            time.sleep(state.endpoint_delay_seconds)
        code = state.endpoints.get(name, 404)
        if code == 200:
            return 200, {"content": [{"type": "text", "text": "ok"}]}
        if code == 429:
            return _error(429, "REQUEST_LIMIT_EXCEEDED", state.rate_limit_message)
        return _error(code, "ERROR", f"endpoint {name} answered {code}")

    def _messages(self, state: WorkspaceState, body: Any, query: Any) -> tuple[int, dict]:
        name = self.path.split("/")[2]
        if state.endpoint_delay_seconds:
            time.sleep(state.endpoint_delay_seconds)
        if name not in state.messages_routes:
            return _error(404, "ENDPOINT_NOT_FOUND", f"no endpoint {name}")
        model = body.get("model") if isinstance(body, dict) else None
        if model not in state.models:
            return _error(404, "RESOURCE_DOES_NOT_EXIST", f"model {model!r} does not exist")
        code = state.messages_routes[name]
        if code == 200:
            return 200, {"type": "message", "model": model, "content": []}
        if code == 400:
            return _error(400, "BAD_REQUEST", "messages: at least one message is required")
        if code == 429:
            return _error(429, "REQUEST_LIMIT_EXCEEDED", state.rate_limit_message)
        return _error(code, "ERROR", f"{name}/v1/messages answered {code}")

    def _gateway_messages(self, state: WorkspaceState, body: Any, query: Any) -> tuple[int, dict]:
        if state.gateway_status is None:
            return _error(404, "NOT_FOUND", "no such route")
        model = body.get("model") if isinstance(body, dict) else None
        if model not in state.gateway_models:
            return _error(404, "RESOURCE_DOES_NOT_EXIST", f"model {model!r} does not exist")
        if state.gateway_status == 400:
            return _error(400, "BAD_REQUEST", "messages: at least one message is required")
        return _error(state.gateway_status, "ERROR", f"gateway answered {state.gateway_status}")


FILES = "/api/2.0/fs/files"
DIRECTORIES = "/api/2.0/fs/directories"
_ROUTES = {
    ("GET", "/api/2.0/preview/scim/v2/Me"): "_me",
    ("GET", "/api/2.0/preview/scim/v2/Users"): "_users",
    ("GET", "/api/2.1/clusters/list"): "_list",
    ("GET", "/api/2.0/clusters/list-node-types"): "_node_types",
    ("GET", "/api/2.0/clusters/spark-versions"): "_spark_versions",
    ("POST", "/api/2.1/clusters/permanent-delete"): "_permanent_delete",
    ("POST", "/api/2.1/clusters/delete"): "_terminate",
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    state: WorkspaceState
    lock: threading.Lock

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a client that gave up (the timeout test) closes the socket under a reply."""


class FakeWorkspace:
    """The server, started on a free port of 127.0.0.1; ``state`` is replaced by ``reset``."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.state = WorkspaceState()
        self._server.lock = threading.Lock()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def state(self) -> WorkspaceState:
        return self._server.state

    def reset(self) -> WorkspaceState:
        self._server.state = WorkspaceState()
        return self._server.state

    def start(self) -> FakeWorkspace:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

"""The preflight rows of model serving: the model endpoint exists, and two POSTs that spend no
tokens reach the serving routes.

``model endpoint`` reads ``GET /api/2.0/serving-endpoints/<model>``: the Databricks-hosted
Claude endpoint Claude Code asks for (``CLAUDE_MODEL`` on the node) exists and the identity may
see it. ``serving endpoint`` probes ``<host>/serving-endpoints/<endpoint>/invocations``, the
endpoint's own URL. ``messages API`` probes the route Claude Code calls: the init script sets
``ANTHROPIC_BASE_URL=<host>/serving-endpoints/<endpoint>``, to which Claude Code appends
``/v1/messages``, and asks for the model ``CLAUDE_MODEL``; on the AI Gateway route
(``claude_api_route: ai-gateway``) the base URL is ``<host>/ai-gateway/anthropic``, and the two
rows of the serving endpoint do not apply. Both bodies lack any message, so a reachable
endpoint refuses them with 400; 200 counts as reachable too.
"""

from __future__ import annotations

import urllib.parse
from typing import Any

from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.core.workspace import LOGIN_FIX
from coding_assistants.cli.services.checks import FAIL, OK, Check
from coding_assistants.cli.services.rate_limits import explain_429
from coding_assistants.facts import (
    API_ROUTE_AI_GATEWAY,
    API_ROUTE_SERVING_ENDPOINTS,
    DEFAULT_CLAUDE_MODEL,
    DEFAULT_SERVING_ENDPOINT,
)
from coding_assistants.untrusted import UntrustedError

DEFAULT_ENDPOINT = DEFAULT_SERVING_ENDPOINT
DEFAULT_MODEL = DEFAULT_CLAUDE_MODEL
"""The model the init script gives Claude Code (its CLAUDE_MODEL default)."""
PROBE_BODY = {"messages": [], "max_tokens": 1}
"""Deliberately incomplete: a reachable endpoint refuses it with 400 and spends no tokens."""
MODEL_CHECK = "model endpoint"
ENDPOINT_CHECK = "serving endpoint"
MESSAGES_CHECK = "messages API"


def messages_body(model: str) -> dict[str, Any]:
    """A Messages request without messages: refused with 400, no tokens spent."""
    return {"model": model, "max_tokens": 1, "messages": []}


def _as(identity: str) -> str:
    """Who the call was made as, for a refusal's detail."""
    return f" (tested as {identity or 'the signed-in identity'})"


def _endpoint_failure(endpoint: str, code: int, identity: str, message: str = "") -> Check:
    name = ENDPOINT_CHECK
    if code == 401:
        return Check(name, FAIL, f"{endpoint}: 401, the token was refused", LOGIN_FIX)
    if code == 403:
        who = identity or "the signed-in identity"
        fix = f"grant {who} and the attendees CAN QUERY on the endpoint (Serving, Permissions)"
        detail = f"{endpoint}: 403, no permission to query it{_as(identity)}"
        return Check(name, FAIL, detail, fix)
    if code == 404:
        fix = "create the endpoint, or pass --endpoint NAME (`databricks serving-endpoints list`)"
        return Check(name, FAIL, f"{endpoint}: 404, no endpoint of that name", fix)
    return _common_failure(name, endpoint, code, message)


def _messages_failure(
    label: str, model: str, code: int, identity: str, route: str, message: str = ""
) -> Check:
    name, gateway = MESSAGES_CHECK, route == API_ROUTE_AI_GATEWAY
    if code in (401, 403):
        who = identity or "the signed-in identity"
        fix = f"grant {who} and the attendees CAN QUERY on the model endpoint {model} (Serving, "
        fix += "Permissions)"
        if gateway:
            fix = f"grant {who} and the attendees access to {model} in Unity Catalog"
        detail = f"{label}: {code}, not allowed to query the model{_as(identity)}"
        return Check(name, FAIL, detail, fix)
    if code == 404:
        fix = (
            "the Messages route or the model endpoint does not exist in this workspace or "
            "region: check `databricks serving-endpoints list`; pass --endpoint or --model NAME"
        )
        if gateway:
            fix = (
                "the AI Gateway (Beta) is not enabled in this workspace or region, or has no "
                "such model: enable the preview, pass --model system.ai.<name>, or use "
                f"--route {API_ROUTE_SERVING_ENDPOINTS}"
            )
        return Check(name, FAIL, f"{label}: 404, no such route or model", fix)
    return _common_failure(name, label, code, message)


def _common_failure(name: str, label: str, code: int, message: str = "") -> Check:
    if code == 429:
        which, fix = explain_429(message)
        return Check(name, FAIL, f"{label}: 429, rate limited by {which}", fix)
    fix = "check the endpoint's state and events in Serving"
    return Check(name, FAIL, f"{label}: unexpected HTTP {code}", fix)


def _post(
    api: WorkspaceApi, name: str, label: str, path: str, body: dict[str, Any]
) -> Check | tuple[int, str]:
    """POST ``body`` to ``path``: the HTTP status and the answer's message, or the failed row
    when there was none."""
    try:
        reply = api.call("POST", path, body)
    except CallError as error:
        return Check(name, FAIL, f"{label}: {error.reason}", error.fix)
    return reply.status, reply.message


def _quoted(name: str) -> str:
    return urllib.parse.quote(name, safe="")


def check_model(api: WorkspaceApi, model: str, identity: str, console: Console) -> Check:
    """``GET /api/2.0/serving-endpoints/<model>``: the model's endpoint exists and ``identity``
    (the user the workspace check signed in as) may see it."""
    try:
        reply = api.call("GET", f"/api/2.0/serving-endpoints/{_quoted(model)}")
    except CallError as error:
        return Check(MODEL_CHECK, FAIL, f"{model}: {error.reason}", error.fix)
    if reply.ok:
        try:
            ready = reply.json["state"]["ready"].text(optional=True) or "state unknown"
        except UntrustedError as error:
            ready = f"state unreadable: {console.shorten(f'{error.field}: {error.problem}')}"
        return Check(MODEL_CHECK, OK, f"{model}: exists ({ready})")
    if reply.status == 404:
        fix = (
            "pass --model NAME of a Claude endpoint listed by `databricks serving-endpoints list` "
            "(and set claude_model to it), or enable the model in this workspace's region"
        )
        return Check(MODEL_CHECK, FAIL, f"{model}: 404, no serving endpoint of that name", fix)
    if reply.status in (401, 403):
        fix = f"grant {identity} (and the attendees) CAN QUERY on {model} (Serving, Permissions)"
        detail = f"{model}: {reply.status}, {identity} may not see or query it"
        return Check(MODEL_CHECK, FAIL, detail, fix)
    detail = f"{model}: HTTP {reply.status}: {console.shorten(reply.message)}"
    return Check(MODEL_CHECK, FAIL, detail, "check the endpoint's state and events in Serving")


def check_endpoint(api: WorkspaceApi, endpoint: str, identity: str = "") -> Check:
    """``<host>/serving-endpoints/<endpoint>/invocations`` answers 200 or 400 in time; a
    refusal names ``identity``, the user the call was made as."""
    path = f"/serving-endpoints/{_quoted(endpoint)}/invocations"
    answer = _post(api, ENDPOINT_CHECK, endpoint, path, PROBE_BODY)
    if isinstance(answer, Check):
        return answer
    code, message = answer
    return _reachable(ENDPOINT_CHECK, endpoint, "probe", code) or _endpoint_failure(
        endpoint, code, identity, message
    )


def messages_path(route: str, endpoint: str) -> str:
    """The Messages URL path Claude Code calls on ``route``: the init script's base URL
    (``/serving-endpoints/<endpoint>`` or ``/ai-gateway/anthropic``) and ``/v1/messages``."""
    if route == API_ROUTE_AI_GATEWAY:
        return "/ai-gateway/anthropic/v1/messages"
    return f"/serving-endpoints/{_quoted(endpoint)}/v1/messages"


def check_messages(
    api: WorkspaceApi,
    endpoint: str,
    model: str,
    identity: str = "",
    route: str = API_ROUTE_SERVING_ENDPOINTS,
) -> Check:
    """The Messages route of ``route`` (``<host>/serving-endpoints/<endpoint>/v1/messages``,
    or the AI Gateway's ``<host>/ai-gateway/anthropic/v1/messages``), asked for ``model``,
    answers 200 or 400 in time; a refusal names ``identity``, the user the call was made as."""
    path = messages_path(route, endpoint)
    where = path.lstrip("/") if route == API_ROUTE_AI_GATEWAY else f"{endpoint}/v1/messages"
    label = f"{where}, model {model}"
    answer = _post(api, MESSAGES_CHECK, label, path, messages_body(model))
    if isinstance(answer, Check):
        return answer
    code, message = answer
    return _reachable(MESSAGES_CHECK, label, "request", code) or _messages_failure(
        label, model, code, identity, route, message
    )


def _reachable(name: str, label: str, sent: str, code: int) -> Check | None:
    """The row for an answer that proves the route exists (200, or 400 to the empty ``sent``),
    or None when the status code is a failure."""
    if code == 200:
        return Check(name, OK, f"{label}: answers (200)")
    if code == 400:
        return Check(
            name, OK, f"{label}: reachable (400 to the deliberately empty {sent}; no tokens used)"
        )
    return None

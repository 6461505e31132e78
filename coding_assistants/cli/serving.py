"""The preflight rows of the serving endpoint: two POSTs that spend no tokens.

``serving endpoint`` probes ``<host>/serving-endpoints/<endpoint>/invocations``, the endpoint's
own URL. ``messages API`` probes the route Claude Code calls: the init script sets
``ANTHROPIC_BASE_URL=<host>/serving-endpoints/<endpoint>``, to which Claude Code appends
``/v1/messages``, and asks for the model ``CLAUDE_MODEL``. Both bodies lack any message, so a
reachable endpoint refuses them with 400; 200 counts as reachable too.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import TYPE_CHECKING, Any

from coding_assistants import facts
from coding_assistants.cli.checks import FAIL, OK, Check
from coding_assistants.cli.workspace import LOGIN_FIX, short_error

if TYPE_CHECKING:
    from databricks.sdk.core import Config

DEFAULT_ENDPOINT = facts.DEFAULT_SERVING_ENDPOINT
DEFAULT_MODEL = facts.DEFAULT_CLAUDE_MODEL
"""The model the init script gives Claude Code (its CLAUDE_MODEL default)."""
PROBE_BODY = {"messages": [], "max_tokens": 1}
"""Deliberately incomplete: a reachable endpoint refuses it with 400 and spends no tokens."""
ENDPOINT_CHECK = "serving endpoint"
MESSAGES_CHECK = "messages API"


def messages_body(model: str) -> dict[str, Any]:
    """A Messages request without messages: refused with 400, no tokens spent."""
    return {"model": model, "max_tokens": 1, "messages": []}


def _endpoint_failure(endpoint: str, code: int) -> Check:
    name = ENDPOINT_CHECK
    if code == 401:
        return Check(name, FAIL, f"{endpoint}: 401, the token was refused", LOGIN_FIX)
    if code == 403:
        fix = "grant the attendees CAN QUERY on the endpoint (Serving, endpoint, Permissions)"
        return Check(name, FAIL, f"{endpoint}: 403, no permission to query it", fix)
    if code == 404:
        fix = "create the endpoint, or pass --endpoint NAME (`databricks serving-endpoints list`)"
        return Check(name, FAIL, f"{endpoint}: 404, no endpoint of that name", fix)
    return _common_failure(name, endpoint, code)


def _messages_failure(label: str, model: str, code: int) -> Check:
    name = MESSAGES_CHECK
    if code in (401, 403):
        fix = f"grant the attendees CAN QUERY on the model endpoint {model} (Serving, Permissions)"
        return Check(name, FAIL, f"{label}: {code}, not allowed to query the model", fix)
    if code == 404:
        fix = (
            "the Messages route or the model endpoint does not exist in this workspace or "
            "region: check `databricks serving-endpoints list`; pass --endpoint or --model NAME"
        )
        return Check(name, FAIL, f"{label}: 404, no such route or model", fix)
    return _common_failure(name, label, code)


def _common_failure(name: str, label: str, code: int) -> Check:
    if code == 429:
        return Check(name, FAIL, f"{label}: 429, rate limited", "raise the endpoint's rate limits")
    fix = "check the endpoint's state and events in Serving"
    return Check(name, FAIL, f"{label}: unexpected HTTP {code}", fix)


def _post(
    config: Config, name: str, label: str, url: str, body: dict[str, Any], timeout: float
) -> Check | int:
    """POST ``body`` to ``url`` with the workspace's credentials: the HTTP status, or the
    failed row when there was none (no token, no answer in time, no connection)."""
    try:
        headers = {**config.authenticate(), "Content-Type": "application/json"}
    except Exception as error:
        return Check(name, FAIL, f"no token: {short_error(error)}", LOGIN_FIX)
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (TimeoutError, urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, TimeoutError) or isinstance(error, TimeoutError):
            fix = "check the endpoint is Ready in Serving (it may be starting); or raise --timeout"
            return Check(name, FAIL, f"{label}: no answer in {timeout:g} s", fix)
        fix = "check DATABRICKS_HOST, the VPN and the firewall"
        return Check(name, FAIL, f"{label}: cannot connect: {reason}", fix)


def _endpoint_url(config: Config, endpoint: str) -> str:
    return f"{config.host}/serving-endpoints/{urllib.parse.quote(endpoint, safe='')}"


def check_endpoint(config: Config, endpoint: str, timeout: float) -> Check:
    """``<host>/serving-endpoints/<endpoint>/invocations`` answers 200 or 400 within ``timeout``."""
    url = f"{_endpoint_url(config, endpoint)}/invocations"
    code = _post(config, ENDPOINT_CHECK, endpoint, url, PROBE_BODY, timeout)
    return _reachable(ENDPOINT_CHECK, endpoint, "probe", code) or _endpoint_failure(endpoint, code)


def check_messages(config: Config, endpoint: str, model: str, timeout: float) -> Check:
    """``<host>/serving-endpoints/<endpoint>/v1/messages``, asked for ``model``, answers 200 or
    400 within ``timeout``."""
    url = f"{_endpoint_url(config, endpoint)}/v1/messages"
    label = f"{endpoint}/v1/messages, model {model}"
    code = _post(config, MESSAGES_CHECK, label, url, messages_body(model), timeout)
    return _reachable(MESSAGES_CHECK, label, "request", code) or _messages_failure(
        label, model, code
    )


def _reachable(name: str, label: str, sent: str, code: int | Check) -> Check | None:
    """The row for an answer that proves the route exists (200, or 400 to the empty ``sent``),
    the row ``_post`` already made, or None when the status code is a failure."""
    if isinstance(code, Check):
        return code
    if code == 200:
        return Check(name, OK, f"{label}: answers (200)")
    if code == 400:
        return Check(
            name, OK, f"{label}: reachable (400 to the deliberately empty {sent}; no tokens used)"
        )
    return None

"""``coding-assistants gateway show|apply``: the AI Gateway of the model's serving endpoint.

``show`` reads the endpoint's AI Gateway (rate limits, usage tracking, inference table,
guardrails) and lists what ``apply`` would change; ``apply`` lists the same changes, then makes
them with one ``PUT /api/2.0/serving-endpoints/<name>/ai-gateway`` and checks the answer. A
second ``apply`` finds nothing to change and sends nothing. The wanted settings are the workshop
file's ``gateway_*`` settings, or the options (which win); what neither names stays as the
endpoint has it. Everything shares one deadline, ``--timeout``.
"""

from __future__ import annotations

import argparse
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.core.workspace import add_workspace_options, connect_or_report
from coding_assistants.cli.services.gateway import (
    GatewayError,
    Wanted,
    changes,
    describe,
    merged_config,
    normal,
    sdk_request,
    wanted_from_settings,
)
from coding_assistants.cli.services.serving import DEFAULT_MODEL
from coding_assistants.cli.services.workshop_file import read_workshop_file, workshop_file
from coding_assistants.rules import (
    ENDPOINT_NAME_EXPECTED,
    ENDPOINT_NAME_PATTERN,
    UC_SCHEMA_EXPECTED,
    UC_SCHEMA_PATTERN,
)
from coding_assistants.settings import SettingsError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
TIMEOUT_SECONDS = 60.0
OPTIONS = (
    ("user_queries", "--user-queries-per-minute", "gateway_user_queries_per_minute"),
    ("user_tokens", "--user-tokens-per-minute", "gateway_user_tokens_per_minute"),
    ("endpoint_queries", "--endpoint-queries-per-minute", "gateway_endpoint_queries_per_minute"),
    ("endpoint_tokens", "--endpoint-tokens-per-minute", "gateway_endpoint_tokens_per_minute"),
)
"""(field of Wanted, option, the workshop setting it overrides)."""


@dataclass(frozen=True, kw_only=True)
class GatewayOptions:
    """``gateway show`` or ``gateway apply``, as parsed; the workshop file fills what the
    command line leaves out (:func:`_wanted`)."""

    action: str
    """``show`` or ``apply``."""
    workshop_file: Path | None = None
    endpoint: str | None = None
    user_queries: int | None = None
    user_tokens: int | None = None
    endpoint_queries: int | None = None
    endpoint_tokens: int | None = None
    usage_tracking: str | None = None
    inference_table: str | None = None
    pii: str | None = None
    profile: str | None = None
    timeout: float


Wanting = tuple[Wanted, str, dict[str, Any]]
"""The wanted gateway, the endpoint and the workshop settings."""


class Refused(Exception):
    """The workspace refused or did not answer; the message is for people (masked)."""


def _wanted(args: GatewayOptions) -> Wanting:
    """The wanted gateway, the endpoint and the workshop settings (the options win)."""
    settings, _ = read_workshop_file(workshop_file(args.workshop_file))
    workshop = str(settings.get("workshop_name") or facts.WORKSHOP_NAME)
    wanted = wanted_from_settings(settings, workshop)
    given = {field: getattr(args, field) for field, *_ in OPTIONS if getattr(args, field)}
    if args.usage_tracking:
        given["usage_tracking"] = args.usage_tracking == "enabled"
    if args.inference_table:
        given["inference_schema"] = args.inference_table
    if args.pii:
        given["pii"] = args.pii
    endpoint = args.endpoint or str(settings.get("claude_model") or DEFAULT_MODEL)
    return Wanted(**{**wanted.__dict__, **given}), endpoint, settings


def _read(api: WorkspaceApi, console: Console, endpoint: str) -> dict[str, Any]:
    """The endpoint's ``ai_gateway`` (empty when it has none)."""
    path = f"/api/2.0/serving-endpoints/{urllib.parse.quote(endpoint, safe='')}"
    try:
        reply = api.call("GET", path)
    except CallError as error:
        raise Refused(f"{error.reason}\n  fix: {error.fix}") from None
    if reply.status == 404:
        raise Refused(
            f"no serving endpoint named {endpoint}: pass --endpoint NAME or set claude_model "
            "(`databricks serving-endpoints list`)"
        )
    if not reply.ok:
        raise Refused(f"{endpoint}: HTTP {reply.status}: {console.shorten(reply.message)}")
    gateway = reply.body.get("ai_gateway")
    return gateway if isinstance(gateway, dict) else {}


def _put(api: WorkspaceApi, console: Console, endpoint: str, new: dict[str, Any]) -> None:
    method, path, body = sdk_request(endpoint, new)
    try:
        reply = api.call(method, path, body)
    except CallError as error:
        raise Refused(f"{error.reason} (it may or may not be done: run show)") from None
    if reply.status == 403:
        raise Refused(f"{endpoint}: 403: changing its AI Gateway needs CAN MANAGE on it")
    if not reply.ok:
        raise Refused(f"{endpoint}: HTTP {reply.status}: {console.shorten(reply.message)}")
    if normal(reply.body) != normal(new):
        raise Refused(f"{endpoint}: the workspace answered with another configuration: run show")


def run_gateway(args: GatewayOptions, wanting: Wanting, api: WorkspaceApi, console: Console) -> int:
    wanted, endpoint, _ = wanting
    current = _read(api, console, endpoint)
    try:
        new = merged_config(current, wanted)
    except GatewayError as error:
        console.error(str(error))
        return EXIT_FAILED
    console.print(f"AI Gateway of {endpoint}:")
    for line in describe(normal(current)):
        console.print(f"  {line}")
    delta = changes(current, new)
    console.print()
    if not delta:
        console.print("Already as wanted: nothing to change.")
        return EXIT_OK
    console.print("apply changes:" if args.action == "apply" else "apply would change:")
    for line in delta:
        console.print(f"  {line}")
    if args.action == "show":
        return EXIT_OK
    _put(api, console, endpoint, new)
    console.print()
    console.print(f"Done: the AI Gateway of {endpoint} is as wanted.")
    return EXIT_OK


def run(args: GatewayOptions, console: Console) -> int:
    try:
        wanting = _wanted(args)
    except SettingsError as error:
        console.error(str(error))
        return EXIT_USAGE
    route = wanting[2].get("claude_api_route")
    if route == facts.API_ROUTE_AI_GATEWAY and not args.endpoint:
        console.error(
            f"the workshop's claude_api_route is {facts.API_ROUTE_AI_GATEWAY}: its system.ai "
            "models have no serving endpoint, so no AI Gateway to set here; set their limits on "
            "the workspace's AI Gateway page"
        )
        return EXIT_USAGE
    if (connected := connect_or_report(args, console)) is None:
        return EXIT_FAILED
    config, api = connected
    console.print(f"Workspace: {config.host}")
    try:
        return run_gateway(args, wanting, api, console)
    except Refused as error:
        console.error(str(error))
        return EXIT_FAILED


def _positive(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= facts.MAX_API_COUNT:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 1 to {facts.MAX_API_COUNT}, got {text!r}"
        )
    return int(text)


def _pattern(pattern: str, expected: str) -> Any:
    def parse(text: str) -> str:
        if not re.fullmatch(pattern, text):
            raise argparse.ArgumentTypeError(f"expected {expected}, got {text!r}")
        return text

    return parse


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workshop-file",
        type=Path,
        metavar="FILE",
        help="the workshop stacks' settings (default: $CODING_ASSISTANTS_WORKSHOP_FILE): its "
        "gateway_* settings and claude_model",
    )
    parser.add_argument(
        "--endpoint",
        type=_pattern(ENDPOINT_NAME_PATTERN, ENDPOINT_NAME_EXPECTED),
        metavar="NAME",
        help=f"the serving endpoint (default: the workshop's claude_model, else {DEFAULT_MODEL})",
    )
    for field, option, setting in OPTIONS:
        parser.add_argument(
            option, dest=field, type=_positive, metavar="N", help=f"over the file's {setting}"
        )
    parser.add_argument("--usage-tracking", choices=("enabled", "disabled"))
    parser.add_argument(
        "--inference-table",
        type=_pattern(UC_SCHEMA_PATTERN, UC_SCHEMA_EXPECTED),
        metavar="CATALOG.SCHEMA",
        help="log every request and response there (prompts included)",
    )
    parser.add_argument("--pii", choices=("BLOCK", "MASK"), help="personal-data guardrail")
    add_workspace_options(parser, TIMEOUT_SECONDS, "reading and changing together")
    register(parser, GatewayOptions, run)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "gateway",
        help="show or apply the AI Gateway of the model's endpoint (limits, usage tracking)",
        description=__doc__.split("\n\n")[1],
        epilog="exit codes: 0 shown or applied, 1 the workspace refused, 2 bad arguments",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    _add_options(
        actions.add_parser("show", help="the endpoint's AI Gateway, and what apply would change")
    )
    _add_options(actions.add_parser("apply", help="make the changes show lists"))

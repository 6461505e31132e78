"""Will the room be throttled? The peak a roster sends to the model, against the limits.

Each attendee sends, in an hour of the session, what the activity profile says; the busiest
minute is ``peak_factor`` times the average one (the room starting an exercise together). The
room's peak is every attendee at once. It is held against:

- the AI Gateway's limits on the model's endpoint: per user (one attendee's peak) and for the
  whole endpoint (the room's), in queries and tokens per minute; tokens are input and output,
  cache reads left out;
- the workspace's pay-per-token limits of the model, when the price file knows them: input and
  output tokens per minute (cache reads left out, as Anthropic counts them) and queries per
  hour (the room's average hour).

Beyond a limit, the excess of the peak minute is refused with 429 until the minute ends: the
share refused is ``1 - limit / demand``.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from typing import Any

from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.services.checks import OK, SKIP, WARN, Check
from coding_assistants.cli.services.gateway import wanted_from_settings
from coding_assistants.cli.services.model_prices import (
    Activity,
    EndpointLimits,
    TokenTable,
    endpoint_limits,
)
from coding_assistants.facts import API_ROUTE_AI_GATEWAY, RATE_LIMITS, WORKSHOP_NAME

NAME = "capacity"
_PAY_PER_TOKEN_FIX = RATE_LIMITS[0][2]


@dataclass(frozen=True)
class Limit:
    """One limit and the demand it meets."""

    label: str
    demand: Decimal
    limit: Decimal
    fix: str

    @property
    def ratio(self) -> Decimal:
        return self.demand / self.limit

    @property
    def refused_percent(self) -> int:
        """Whole percent of the peak's requests beyond the limit (0 within it)."""
        if self.demand <= self.limit:
            return 0
        return int((1 - self.limit / self.demand) * 100)


@dataclass(frozen=True)
class Peak:
    """What one attendee sends in the busiest minute, and in an average hour."""

    queries: Decimal
    input_tokens: Decimal
    output_tokens: Decimal
    queries_per_hour: Decimal

    @classmethod
    def of(cls, activity: Activity, factor: Decimal) -> Peak:
        per_minute = factor / 60
        return cls(
            activity.queries_per_hour * per_minute,
            activity.input_tokens_per_hour * per_minute,
            activity.output_tokens_per_hour * per_minute,
            activity.queries_per_hour,
        )

    @property
    def tokens(self) -> Decimal:
        return self.input_tokens + self.output_tokens


def gateway_limits(config: dict[str, Any]) -> dict[tuple[str, str], Decimal]:
    """(key, measure) -> the limit, of an ``ai_gateway`` configuration's limits for everyone
    (per user, or the whole endpoint); the lowest where several apply."""
    found: dict[tuple[str, str], Decimal] = {}
    for limit in config.get("rate_limits") or []:
        key = limit.get("key", "endpoint")
        if key not in ("user", "endpoint") or limit.get("principal"):
            continue
        for measure in ("calls", "tokens"):
            if isinstance(limit.get(measure), int):
                value = Decimal(limit[measure])
                found[(key, measure)] = min(found.get((key, measure), value), value)
    return found


def _gateway_fix(key: str, measure: str, demand: Decimal) -> str:
    what = "queries" if measure == "calls" else "tokens"
    setting = f"gateway_{key}_{what}_per_minute"
    need = demand.to_integral_value(rounding=ROUND_CEILING)
    return (
        f"raise {setting} to {need:,} or more and run coding-assistants gateway apply, or plan "
        "a lighter --activity"
    )


def limits(
    attendees: int,
    peak: Peak,
    gateway: dict[tuple[str, str], Decimal],
    endpoint: EndpointLimits,
) -> list[Limit]:
    """Every known limit with the demand it meets."""
    found = []
    for (key, measure), value in sorted(gateway.items()):
        one = peak.queries if measure == "calls" else peak.tokens
        demand = one if key == "user" else one * attendees
        what = "queries" if measure == "calls" else "tokens"
        who = "per user" if key == "user" else "whole endpoint"
        label = f"AI Gateway, {what} per minute, {who}"
        found.append(Limit(label, demand, value, _gateway_fix(key, measure, demand)))
    for field, demand, label in (
        ("input_tokens_per_minute", peak.input_tokens * attendees, "input tokens per minute"),
        ("output_tokens_per_minute", peak.output_tokens * attendees, "output tokens per minute"),
        ("queries_per_hour", peak.queries_per_hour * attendees, "queries per hour"),
    ):
        value = getattr(endpoint, field)
        if value is not None:
            label = f"pay-per-token, {label}, workspace"
            found.append(Limit(label, demand, value, _PAY_PER_TOKEN_FIX))
    return found


def _n(value: Decimal) -> str:
    return f"{value.to_integral_value(rounding=ROUND_CEILING):,}"


def capacity_check(
    attendees: int, activity_name: str, peak: Peak, known: list[Limit], where: str
) -> Check:
    """The preflight row: WARN with the worst excess, or OK with the tightest margin."""
    room = (
        f"{attendees} attendees, {activity_name} activity: peak {_n(peak.queries * attendees)} "
        f"queries, {_n(peak.input_tokens * attendees)} input and "
        f"{_n(peak.output_tokens * attendees)} output tokens a minute"
    )
    if not known:
        fix = (
            "set gateway_* limits and run coding-assistants gateway apply, or give the "
            "workspace's pay-per-token limits in a --prices file (pay_per_token_limits)"
        )
        return Check(NAME, WARN, f"{room}; no limit known for the endpoint ({where})", fix)
    worst = max(known, key=lambda x: x.ratio)
    if worst.demand <= worst.limit:
        percent = int(worst.ratio * 100)
        detail = f"{room}; fits: the tightest limit, {worst.label}, is at {percent}% ({where})"
        return Check(NAME, OK, detail)
    over = [x for x in known if x.demand > x.limit]
    detail = (
        f"{room}; throttled: {worst.label} {_n(worst.limit)}, needed {_n(worst.demand)} "
        f"({worst.ratio:.1f} times): about {worst.refused_percent}% of the peak minute's "
        f"requests refused with 429 ({len(over)} of {len(known)} limits exceeded; {where})"
    )
    return Check(NAME, WARN, detail, worst.fix)


def planned_limits(settings: dict[str, Any]) -> dict[tuple[str, str], Decimal]:
    """The workshop file's gateway_* limits, as ``gateway_limits`` gives a live configuration."""
    wanted = wanted_from_settings(settings, str(settings.get("workshop_name") or WORKSHOP_NAME))
    pairs = {
        ("user", "calls"): wanted.user_queries,
        ("user", "tokens"): wanted.user_tokens,
        ("endpoint", "calls"): wanted.endpoint_queries,
        ("endpoint", "tokens"): wanted.endpoint_tokens,
    }
    return {pair: Decimal(v) for pair, v in pairs.items() if v is not None}


def live_limits(api: WorkspaceApi, model: str) -> dict[tuple[str, str], Decimal] | None:
    """The AI Gateway limits the model's endpoint has now; None when it cannot be read."""
    try:
        reply = api.call("GET", f"/api/2.0/serving-endpoints/{urllib.parse.quote(model, safe='')}")
    except CallError:
        return None
    gateway = reply.body.get("ai_gateway") if reply.ok else None
    return gateway_limits(gateway) if isinstance(gateway, dict) else ({} if reply.ok else None)


@dataclass(frozen=True)
class Room:
    """What the capacity row is about: the roster's size, the route, the model, the settings."""

    attendees: int
    route: str
    model: str
    activity: str
    settings: dict[str, Any]


def capacity_row(room: Room, table: TokenTable, api: WorkspaceApi | None) -> Check:
    """The row: the endpoint's live AI Gateway limits (else the workshop file's planned
    ones) and the model's pay-per-token limits, against the room's peak."""
    if not room.attendees:
        return Check(NAME, SKIP, "no roster to size the room (--attendees FILE)")
    live = None
    if api is not None and room.route != API_ROUTE_AI_GATEWAY:
        live = live_limits(api, room.model)
    planned = planned_limits(room.settings)
    if live:
        gateway, where = live, f"the AI Gateway of {room.model} as it is"
    elif planned:
        gateway, where = planned, "the workshop file's gateway_* limits, planned"
        if live is not None:
            where += ": not applied yet, run coding-assistants gateway apply"
    else:
        gateway, where = {}, "no AI Gateway limits"
    activity = table.activity.get(room.activity, Activity())
    peak = Peak.of(activity, table.peak_factor)
    known = limits(room.attendees, peak, gateway, endpoint_limits(table, room.model))
    return capacity_check(room.attendees, room.activity, peak, known, where)

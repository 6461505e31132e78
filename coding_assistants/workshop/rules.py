"""The workshop's rows of the validation table: each setting's rule, written once.

Python checks them in ``WorkshopProps``; tests render them as Terraform variable validations
(the workshop has no module stack) and make Terraform reject a bad value of each.
"""

from __future__ import annotations

import re
from typing import Any

from coding_assistants import clouds, facts, rules
from coding_assistants.node_settings import node_rules
from coding_assistants.rules import hcl_string

ATTENDEE_PERMISSION_LEVELS = ("CAN_ATTACH_TO", "CAN_RESTART", "CAN_MANAGE")
"""Cluster permission levels an attendee may get on their own cluster."""

RESERVED_TAGS = facts.PROJECT_TAG_KEYS
"""Tag keys the workshop sets on every cluster itself; the pool must not carry them too."""

CLUSTER_OWN_TAGS = len(RESERVED_TAGS)
MAX_WORKSHOP_TAGS = facts.MAX_CUSTOM_TAGS - CLUSTER_OWN_TAGS
"""A pool-backed cluster carries the pool's tags and its own; Databricks allows 45 in all."""

NAME_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,59}"
NAME_EXPECTED = "1-60 letters, digits, '.', '_' or '-', starting with a letter or digit"
LOWER_UC_NAME_PATTERN = r"[^ ./A-Z\x00-\x1f\x7f]{1,255}"
LOWER_UC_NAME_EXPECTED = (
    "a lower-case Unity Catalog name: 1-255 characters, no upper case, spaces, periods, "
    "slashes or control characters (the fleet spells the script's /Volumes path literally)"
)

GATEWAY_LIMITS = (
    "gateway_user_queries_per_minute",
    "gateway_user_tokens_per_minute",
    "gateway_endpoint_queries_per_minute",
    "gateway_endpoint_tokens_per_minute",
)
"""The AI Gateway rate limits a workshop may set, each a whole number per minute."""

ENDPOINT_QUERY_PATTERN = r"attendees|none|group:[^ ].*"
"""Values of serving_endpoint_query: who gets CAN_QUERY on the model's serving endpoint."""


def endpoint_query_needs_serving_route() -> rules.Rule:
    """The access list of ``serving_endpoint_query`` is a serving endpoint's: with the AI
    Gateway route the model is a ``system.ai`` model, not an endpoint, so there is none."""
    gateway = hcl_string(facts.API_ROUTE_AI_GATEWAY)
    return rules.Rule(
        "serving_endpoint_query",
        f"not possible with claude_api_route {facts.API_ROUTE_AI_GATEWAY}",
        f"none when claude_api_route is {facts.API_ROUTE_AI_GATEWAY} (its system.ai models have "
        "no serving endpoint to grant CAN_QUERY on; grant access to them in Unity Catalog)",
        lambda v, values: (
            values.get("claude_api_route") != facts.API_ROUTE_AI_GATEWAY or v == "none"
        ),
        f'{{var[claude_api_route]}} != {gateway} || {{v}} == "none"',
        reads=("claude_api_route",),
    )


MAX_POOL = facts.MAX_ATTENDEES + facts.MAX_POOL_HEADROOM
"""Most VMs a workshop's pool holds: one per attendee of the largest roster, plus the most
headroom."""
POOL_WHY = f" ({facts.MAX_ATTENDEES} attendees and {facts.MAX_POOL_HEADROOM} VMs of headroom)"

MIN_RUNTIME_MAJOR = 17
"""databricks ssh needs Databricks Runtime 17.0 or newer on the cluster."""
_RUNTIME_KEY = re.compile(r"(\d+)\.\d+\.x\b.*")


def _runtime_rule(field_name: str) -> rules.Rule:
    """Runtime keys of the usual shape (``17.3.x-...``) must be 17.0 or newer; others pass."""

    def holds(value: str, _: Any) -> bool:
        match = _RUNTIME_KEY.fullmatch(value)
        return match is None or int(match.group(1)) >= MIN_RUNTIME_MAJOR

    return rules.Rule(
        field_name,
        "runtime too old for databricks ssh",
        f"Databricks Runtime {MIN_RUNTIME_MAJOR}.0 or newer, such as {facts.DEFAULT_SPARK_VERSION}",
        holds,
        "!can(regex(" + hcl_string(r"^[0-9]+\.[0-9]+\.x") + ", {v})) || "
        f'tonumber(split(".", {{v}})[0]) >= {MIN_RUNTIME_MAJOR}',
    )


def _tag_rules(field_name: str) -> list[rules.Rule]:
    """The cluster's tag rules (keys, value lengths), with the workshop's own count and
    reserved keys (in any case: Azure tag names are case-insensitive)."""
    shared = [r for r in rules.tags_rules(field_name, ()) if r.problem != "too many tags"]
    reserved = ", ".join(RESERVED_TAGS)
    folded = {t.casefold() for t in RESERVED_TAGS}
    return [
        rules.Rule(
            field_name,
            "too many tags",
            f"at most {MAX_WORKSHOP_TAGS} tags (Databricks allows 45 on a cluster, pool tags "
            f"included; the workshop adds {CLUSTER_OWN_TAGS})",
            lambda v, _: len(v) <= MAX_WORKSHOP_TAGS,
            f"length({{v}}) <= {MAX_WORKSHOP_TAGS}",
        ),
        *shared,
        rules.Rule(
            field_name,
            "reserved tag key",
            f"none of {reserved}, in any case (the workshop sets them on every cluster)",
            lambda v, _: not {k.casefold() for k in v} & folded,
            "length(setintersection([for k in keys({v}) : lower(k)], ["
            + ", ".join(f'"{t}"' for t in sorted(folded))
            + "])) == 0",
        ),
    ]


def _attendee_volumes(values: Any) -> list[str]:
    """``/volumes/<catalog>/<schema>/<volume>/`` of each volume the attendees may read: the init
    script's, and the offline bundle's (lowercase, as Unity Catalog compares names)."""
    names = (values.get("catalog_name"), values.get("schema_name"), values.get("volume_name"))
    found = ["/volumes/" + "/".join(str(n) for n in names).lower() + "/"]
    bundle = values.get("offline_bundle_path")
    if isinstance(bundle, str):
        found.append("/".join(bundle.lower().split("/")[:5]) + "/")
    return found


def in_an_attendee_volume(field_name: str) -> rules.Rule:
    """A file the node reads as the attendee (skills, CLAUDE.md) must sit in a volume the
    workshop grants the attendees READ VOLUME on: the init script's or the offline bundle's."""
    script = (
        'format("/volumes/%s/%s/%s/", lower({var[catalog_name]}), lower({var[schema_name]}), '
        "lower({var[volume_name]}))"
    )
    bundle = (
        '{var[offline_bundle_path]} == null ? false : startswith(lower({v}), format("%s/", '
        'join("/", slice(split("/", lower({var[offline_bundle_path]})), 0, 5))))'
    )
    return rules.Rule(
        field_name,
        "not in a volume the attendees can read",
        "a path inside the init script's volume (/Volumes/<catalog_name>/<schema_name>/"
        "<volume_name>/...) or the offline bundle's, which the workshop grants the attendees "
        "READ VOLUME on",
        lambda v, values: any(v.lower().startswith(p) for p in _attendee_volumes(values)),
        f"startswith(lower({{v}}), {script}) || ({bundle})",
        nullable=True,
        reads=("catalog_name", "schema_name", "volume_name", "offline_bundle_path"),
    )


WORKSHOP_RULES: tuple[rules.Rule, ...] = (
    rules.matches("workshop_name", NAME_PATTERN, NAME_EXPECTED),
    rules.matches("cluster_name_prefix", NAME_PATTERN, NAME_EXPECTED),
    rules.matches("catalog_name", LOWER_UC_NAME_PATTERN, LOWER_UC_NAME_EXPECTED),
    rules.matches("schema_name", LOWER_UC_NAME_PATTERN, LOWER_UC_NAME_EXPECTED),
    rules.matches("volume_name", LOWER_UC_NAME_PATTERN, LOWER_UC_NAME_EXPECTED),
    rules.non_blank("spark_version"),
    _runtime_rule("spark_version"),
    rules.non_blank("node_type_id", nullable=True),
    *clouds.cloud_rules(first_on_demand=False, default_availability=clouds.Availability.ON_DEMAND),
    rules.whole_number_within(
        "autotermination_minutes", 10, 10000, " (a workshop cluster must stop when idle)"
    ),
    rules.whole_number_within("pool_min_idle_instances", 0, MAX_POOL, POOL_WHY, nullable=True),
    rules.whole_number_within("pool_max_capacity", 1, MAX_POOL, POOL_WHY, nullable=True),
    rules.whole_number_within("pool_idle_instance_autotermination_minutes", 0, 10000),
    rules.whole_number_within("policy_max_clusters_per_user", 1, MAX_POOL, POOL_WHY, nullable=True),
    rules.non_blank("facilitators_group"),
    rules.whole_number_within(
        "pool_capacity_headroom",
        0,
        facts.MAX_POOL_HEADROOM,
        " (VMs for facilitators' test clusters beyond one per attendee)",
    ),
    rules.matches("cli_profile", NAME_PATTERN, NAME_EXPECTED),
    rules.matches(
        "serving_endpoint_query",
        ENDPOINT_QUERY_PATTERN,
        "attendees, none, or group:<name> with a workspace group's name",
    ),
    endpoint_query_needs_serving_route(),
    rules.whole_number_within(
        "fleet_stacks",
        1,
        facts.MAX_FLEET_STACKS,
        f" (stacks are numbered with two digits, and {facts.MAX_FLEET_STACKS} hold "
        f"{facts.MAX_ATTENDEES} attendees)",
        nullable=True,
    ),
    *(
        rules.whole_number_within(
            name, 1, facts.MAX_API_COUNT, " (a rate limit the API takes)", nullable=True
        )
        for name in GATEWAY_LIMITS
    ),
    rules.one_of("gateway_usage_tracking", ("enabled", "disabled")),
    rules.matches(
        "gateway_inference_table", rules.UC_SCHEMA_PATTERN, rules.UC_SCHEMA_EXPECTED, nullable=True
    ),
    rules.one_of_nullable("gateway_pii", ("BLOCK", "MASK")),
    rules.one_of("attendee_permission_level", ATTENDEE_PERMISSION_LEVELS),
    *node_rules(),
    in_an_attendee_volume("claude_skills_path"),
    in_an_attendee_volume("claude_memory_path"),
    *_tag_rules("tags"),
)
"""Every rule on the workshop settings (the node settings' from their declaration); the
roster-size checks follow once these pass."""

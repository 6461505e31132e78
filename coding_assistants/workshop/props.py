"""Inputs of a workshop: the settings (with their defaults) and the roster, typed and validated.

The names the two stacks share (policy, pool, script path, cluster names) are derived here
once, so each stack can spell them without a reference to the other.
"""

from __future__ import annotations

import hashlib
import types
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any

from coding_assistants import clouds, facts
from coding_assistants.facts import (
    DEFAULT_CLAUDE_MODEL,
    DEFAULT_CLI_PROFILE,
    FLEET_STACK,
    INIT_SCRIPT_NAME,
)
from coding_assistants.inputs import doc, is_setting
from coding_assistants.node_settings import NodeSettings, redefault
from coding_assistants.props import PropsError, init_script_source_field, validate
from coding_assistants.roster import Attendee, attendee_key, email_problem, fold_email
from coding_assistants.workshop import split
from coding_assistants.workshop.placement import Arrangement, FleetLock, LockError, arrange
from coding_assistants.workshop.rules import WORKSHOP_RULES

MAX_CLUSTER_NAME = 100
"""Longest cluster name the workshop writes (a conservative bound: Databricks documents 100
characters for policy and pool names and none for clusters)."""


def _default_tags() -> dict[str, str]:
    return {"Purpose": "coding-assistants-workshop"}


@dataclass(frozen=True, kw_only=True)
class WorkshopInputs:
    """The workshop's own settings before the node settings: roster, names, script volume,
    runtime, pool, policy and permissions."""

    attendees: tuple[Attendee, ...] = field(
        metadata=doc(
            "The roster (from --attendees); one dedicated cluster each. Required.", setting=False
        )
    )
    workshop_name: str = field(
        default=facts.WORKSHOP_NAME,
        metadata=doc(
            "Value of the Workshop tag; the policy and the pool are named after it "
            "(-policy, -pool)."
        ),
    )
    cluster_name_prefix: str = field(
        default=facts.WORKSHOP_CLUSTER_PREFIX,
        metadata=doc(
            'Start of every cluster name and SSH alias, which end with "-" and the attendee key.'
        ),
    )
    catalog_name: str = field(
        default="main",
        metadata=doc("Unity Catalog catalog that holds the shared init-script volume."),
    )
    schema_name: str = field(
        default="default",
        metadata=doc("Schema, inside the catalog, that holds the shared init-script volume."),
    )
    volume_name: str = field(
        default="coding_assistants_workshop",
        metadata=doc("Managed volume created for the workshop's init script."),
    )
    init_script_source_path: str | None = init_script_source_field()
    spark_version: str = field(
        default=facts.DEFAULT_SPARK_VERSION,
        metadata=doc(
            "Runtime of every cluster, preloaded on the pool (databricks ssh needs 17.0 or newer)."
        ),
    )
    cloud: str | None = clouds.cloud_field(facts.WORKSHOP_NODE_TYPES, "pool")
    node_type_id: str | None = clouds.node_type_field(
        facts.WORKSHOP_NODE_TYPES, "VM type of the pool, hence of every cluster"
    )
    availability: str = clouds.availability_field(
        clouds.Availability.ON_DEMAND,
        "With cloud: ON_DEMAND or SPOT VMs in the pool, or SPOT_WITH_FALLBACK on GCP; a spot "
        "VM the cloud takes back ends its attendee's session.",
    )
    zone_id: str = clouds.zone_field("pool")
    spot_bid_price_percent: int = clouds.spot_bid_price_percent_field()
    spot_bid_max_price: float = clouds.spot_bid_max_price_field()
    autotermination_minutes: int = field(
        default=facts.WORKSHOP_AUTOTERMINATION_MINUTES,
        metadata=doc("Idle minutes before a cluster stops; fixed (and hidden) by the policy."),
    )
    pool_min_idle_instances: int | None = field(
        default=0,
        metadata=doc(
            "Warm VMs the pool is created with (later changes are left to coding-assistants "
            "pool warm/cool); when null, one per attendee."
        ),
    )
    pool_max_capacity: int | None = field(
        default=None,
        metadata=doc(
            "Most VMs the pool holds (idle and in use); when null, one per attendee plus "
            "pool_capacity_headroom."
        ),
    )
    pool_idle_instance_autotermination_minutes: int = field(
        default=30,
        metadata=doc(
            "Minutes an idle VM beyond the minimum stays in the pool before it is released."
        ),
    )
    policy_max_clusters_per_user: int | None = field(
        default=None,
        metadata=doc(
            "Clusters one user may create with the policy; when null, no limit (the deploying "
            "identity creates every attendee's cluster)."
        ),
    )
    facilitators_group: str = field(
        default="workshop-facilitators",
        metadata=doc("Existing workspace group that manages every cluster and may use the policy."),
    )
    attendee_permission_level: str = field(
        default="CAN_RESTART",
        metadata=doc(
            "What an attendee may do on their own cluster: CAN_ATTACH_TO, CAN_RESTART or "
            "CAN_MANAGE."
        ),
    )


@dataclass(frozen=True, kw_only=True)
class WorkshopProps(NodeSettings, WorkshopInputs):
    """A workshop: who attends, and how their clusters, pool and policy are set up.

    Its settings are its own (:class:`WorkshopInputs`, then the day's below) and the settings
    that reach the node (:class:`~coding_assistants.node_settings.NodeSettings`). Every
    setting has the documented default; only the roster is required. The roster is kept
    sorted by attendee key, so the order of the file never matters.
    """

    mlflow_experiment_name: str = redefault(
        "mlflow_experiment_name", "/Workspace/Shared/claude-code-workshop"
    )
    tags: Mapping[str, str] = field(
        default_factory=_default_tags,
        metadata=doc(
            "Tags of the pool, inherited by every cluster (which adds Workshop, Attendee, "
            "ManagedBy and ResourceClass itself)."
        ),
    )
    # --- the workshop day: pool headroom, endpoint access, handout profile, fleet split ---
    pool_capacity_headroom: int = field(
        default=facts.WORKSHOP_POOL_HEADROOM,
        metadata=doc(
            "VMs the pool holds beyond one per attendee, for facilitators' test clusters (used "
            "when pool_max_capacity is null)."
        ),
    )
    cli_profile: str = field(
        default=DEFAULT_CLI_PROFILE,
        metadata=doc(
            "Databricks CLI profile of the handout: its login and databricks ssh setup lines "
            "pass --profile with this name."
        ),
    )
    serving_endpoint_query: str = field(
        default="attendees",
        metadata=doc(
            "Who gets CAN_QUERY on the model's serving endpoint (claude_model), with the "
            "facilitators: attendees (each one), group:<name> (a workspace group), or none (the "
            "endpoint's access list is left alone; required with claude_api_route ai-gateway)."
        ),
    )
    fleet_stacks: int | None = field(
        default=None,
        metadata=doc(
            "Fleet stacks the attendees are first spread over by a hash of their key; when null, "
            "one per 150 attendees (rounded up). Once the stack lock exists, it decides instead."
        ),
    )
    fleet_lock: FleetLock | None = field(
        default=None,
        metadata=doc(
            "The stack lock kept with the roster (main.py reads it): attendees it names stay in "
            "their fleet stack, newcomers are added; when None, everyone is placed afresh.",
            setting=False,
        ),
    )
    # --- the model's AI Gateway, set by `coding-assistants gateway apply` (not by Terraform) ---
    gateway_user_queries_per_minute: int | None = field(
        default=None,
        metadata=doc(
            "Opt-in: queries per minute each user may send to the model's endpoint (AI Gateway "
            "rate limit per user); when null, none (a limit already there is left as it is)."
        ),
    )
    gateway_user_tokens_per_minute: int | None = field(
        default=None,
        metadata=doc(
            "Opt-in: tokens per minute each user may use on the model's endpoint; when null, none."
        ),
    )
    gateway_endpoint_queries_per_minute: int | None = field(
        default=None,
        metadata=doc(
            "Opt-in: queries per minute the whole endpoint takes (every user "
            "together); when null, none."
        ),
    )
    gateway_endpoint_tokens_per_minute: int | None = field(
        default=None,
        metadata=doc("Opt-in: tokens per minute the whole endpoint takes; when null, none."),
    )
    gateway_usage_tracking: str = field(
        default="enabled",
        metadata=doc(
            "enabled: the endpoint's usage per user goes to system.serving.endpoint_usage (what "
            "coding-assistants report reads); disabled turns it off."
        ),
    )
    gateway_inference_table: str | None = field(
        default=None,
        metadata=doc(
            "Opt-in: <catalog>.<schema> where the AI Gateway logs every request and response "
            "(prompts included), in tables named after the workshop; when null, none."
        ),
    )
    gateway_pii: str | None = field(
        default=None,
        metadata=doc(
            "Opt-in: BLOCK or MASK personal data in requests and responses (AI Gateway "
            "guardrail); when null, none."
        ),
    )

    def __post_init__(self) -> None:
        super().__post_init__()
        if isinstance(self.tags, Mapping):
            object.__setattr__(self, "tags", types.MappingProxyType(dict(self.tags)))
        problems = _attendee_problems(self.attendees)
        if not problems:
            ordered = tuple(sorted(self.attendees, key=lambda a: a.key))
            object.__setattr__(self, "attendees", ordered)
        roster_ok = not problems
        problems += validate(self, WORKSHOP_RULES)
        if roster_ok and not any(p.startswith(("pool_", "fleet_stacks")) for p in problems):
            problems += _sizing_problems(self)
        if problems:
            raise PropsError(type(self).__name__, problems)

    @property
    def values(self) -> dict[str, Any]:
        """Every setting by name (the roster and the lock excluded), in the shape of the
        settings file."""
        values = {f.name: getattr(self, f.name) for f in _setting_fields(self)}
        values["tags"] = (
            dict(values["tags"]) if isinstance(values["tags"], Mapping) else values["tags"]
        )
        return values

    @property
    def pool_node_type(self) -> str:
        """The pool's VM type: ``node_type_id``, else the cloud's workshop node type."""
        return self.node_type_id or clouds.workshop_node_type(self.cloud)

    @property
    def policy_name(self) -> str:
        """Name of the cluster policy; the fleet looks the policy up by it."""
        return f"{self.workshop_name}-policy"

    @property
    def pool_name(self) -> str:
        return f"{self.workshop_name}-pool"

    @property
    def volume_full_name(self) -> str:
        return f"{self.catalog_name}.{self.schema_name}.{self.volume_name}"

    @property
    def script_path(self) -> str:
        """Where the shared stack uploads the init script, known without a reference to it."""
        return (
            f"/Volumes/{self.catalog_name}/{self.schema_name}/{self.volume_name}/{INIT_SCRIPT_NAME}"
        )

    @property
    def bundle_securables(self) -> dict[str, str]:
        """Securable kind -> full name of what the attendees must read the offline bundle
        through (catalog, schema, volume), leaving out those the init script's grants already
        cover; empty without a bundle. Names in lowercase, as Unity Catalog stores them, so a
        path spelt /Volumes/Main/... gets no second grant on the script's catalog main."""
        if self.offline_bundle_path is None:
            return {}
        catalog, schema, volume = self.offline_bundle_path.lower().split("/")[2:5]
        wanted = {
            "catalog": catalog,
            "schema": f"{catalog}.{schema}",
            "volume": f"{catalog}.{schema}.{volume}",
        }
        script = {
            "catalog": self.catalog_name,
            "schema": f"{self.catalog_name}.{self.schema_name}",
            "volume": self.volume_full_name,
        }
        return {kind: name for kind, name in wanted.items() if script[kind] != name}

    @property
    def pool_capacity(self) -> int:
        """The pool's max_capacity: the setting, or one VM per attendee plus the headroom."""
        if self.pool_max_capacity is None:
            return len(self.attendees) + self.pool_capacity_headroom
        return self.pool_max_capacity

    @property
    def pool_min_idle(self) -> int:
        """The pool's min_idle_instances: the setting, or one warm VM per attendee."""
        if self.pool_min_idle_instances is None:
            return len(self.attendees)
        return self.pool_min_idle_instances

    @cached_property
    def arrangement(self) -> Arrangement:
        """Each fleet stack's attendees: the stack lock's placement kept and newcomers added,
        or, without a lock, every attendee placed afresh (see ``placement``)."""
        return arrange(self.attendees, self.fleet_stacks, self.fleet_lock)

    @property
    def fleet_parts(self) -> dict[str, tuple[Attendee, ...]]:
        """Fleet stack name -> the attendees whose clusters it holds: ``workshop-fleet`` while
        it is the only stack or holds attendees, and every ``workshop-fleet-NN``."""
        parts = self.arrangement.parts
        single = list(parts) == [FLEET_STACK]
        return {s: a for s, a in parts.items() if s != FLEET_STACK or single or a}

    @property
    def home_attendees(self) -> tuple[Attendee, ...] | None:
        """The attendees whose clusters ``workshop-fleet`` holds (and whose grants
        ``workshop-shared`` holds); None when it holds the pool only."""
        return self.fleet_parts.get(FLEET_STACK)

    @property
    def grant_parts(self) -> dict[str, tuple[Attendee, ...]]:
        """Grant stack name -> the attendees whose grants it holds: ``workshop-shared-NN`` for
        the attendees of ``workshop-fleet-NN`` (those of ``workshop-fleet`` are in
        ``workshop-shared``)."""
        return {
            split.grant_stack(name): attendees
            for name, attendees in self.fleet_parts.items()
            if name != FLEET_STACK
        }

    @property
    def model_endpoint(self) -> str:
        """The serving endpoint of the model Claude Code asks for (claude_model or the
        default model), the one attendees need CAN_QUERY on."""
        return self.claude_model or DEFAULT_CLAUDE_MODEL

    @property
    def alias_endpoints(self) -> tuple[str, ...]:
        """The serving endpoints of the model aliases other than the model's own (AI Gateway
        models have none), sorted: attendees need CAN_QUERY on them too."""
        aliases = (
            self.claude_opus_model,
            self.claude_sonnet_model,
            self.claude_haiku_model,
            self.claude_small_fast_model,
        )
        named = {a for a in aliases if a and not a.startswith("system.ai.")}
        return tuple(sorted(named - {self.model_endpoint}))

    @property
    def endpoint_query_group(self) -> str | None:
        """The group of ``serving_endpoint_query: group:<name>``; None otherwise."""
        kind, _, name = self.serving_endpoint_query.partition(":")
        return name if kind == "group" else None

    def cluster_name(self, attendee: Attendee) -> str:
        """``<prefix>-<key>``; beyond 100 characters, cut and ended by a hash of the email."""
        name = f"{self.cluster_name_prefix}-{attendee.key}"
        if len(name) <= MAX_CLUSTER_NAME:
            return name
        digest = hashlib.sha256(attendee.email.encode("utf-8")).hexdigest()[:10]
        return f"{name[: MAX_CLUSTER_NAME - 11]}-{digest}"


def _setting_fields(props: Any) -> list[Any]:
    """The fields of ``props`` that are settings (not the roster, not the lock)."""
    return [f for f in fields(props) if is_setting(f)]


def _attendee_problems(attendees: Any) -> list[str]:
    if not isinstance(attendees, tuple | list) or not all(
        isinstance(a, Attendee) for a in attendees
    ):
        return [
            f"attendees: wrong type, got {attendees!r}; "
            "expected a tuple of roster Attendee (coding_assistants.roster.load_roster)"
        ]
    if not attendees:
        return ["attendees: empty roster, got (); expected at least one attendee"]
    if len(attendees) > facts.MAX_ATTENDEES:
        return [
            f"attendees: too many, got {len(attendees)}; expected at most "
            f"{facts.MAX_ATTENDEES} (a Databricks account holds 10,000 users)"
        ]
    problems = [p for p in map(_attendee_entry_problem, attendees) if p]
    for label, values in (
        ("email", [a.email for a in attendees]),
        ("key", [a.key for a in attendees]),
    ):
        seen: set[str] = set()
        for value in values:
            if value in seen:
                problems.append(
                    f"attendees: duplicate {label}, got {value!r}; expected each attendee once"
                )
            seen.add(value)
    return problems


def _attendee_entry_problem(attendee: Attendee) -> str | None:
    """What the roster parser would have refused in an Attendee built some other way."""
    email = attendee.email
    problem = "it has upper case" if email != fold_email(email) else email_problem(email)
    if problem:
        return (
            f"attendees: invalid email ({problem}), got {email!r}; expected what the roster accepts"
        )
    if attendee.key != attendee_key(email):
        return (
            f"attendees: key does not match the email, got {attendee.key!r}; "
            f"expected {attendee_key(email)!r} (coding_assistants.roster.attendee_key)"
        )
    return None


def _sizing_problems(props: WorkshopProps) -> list[str]:
    """Pool sizes against the roster: every attendee's cluster must fit in the pool."""
    count = len(props.attendees)
    problems = []
    capacity = props.pool_max_capacity
    if capacity is not None and capacity < count:
        problems.append(
            f"pool_max_capacity: smaller than the roster, got {capacity}; expected null "
            f"(one per attendee plus the headroom) or at least {count}, the number of attendees"
        )
    idle = props.pool_min_idle_instances
    if idle is not None and idle > min(count, props.pool_capacity):
        problems.append(
            f"pool_min_idle_instances: more warm VMs than the workshop can use, got {idle}; "
            f"expected null (one per attendee) or at most {min(count, props.pool_capacity)} "
            f"(the number of attendees, and no more than pool_max_capacity)"
        )
    try:
        parts = props.fleet_parts
    except LockError as error:
        return [*problems, str(error)]
    return problems + split.split_problems(parts, props.fleet_lock is not None)


SETTINGS_FIELDS = tuple(f.name for f in fields(WorkshopProps) if is_setting(f))
"""Keys a workshop settings file may hold."""

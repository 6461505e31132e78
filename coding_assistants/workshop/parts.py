"""The narrow props of each workshop construct: what it uses of the workshop, and nothing more.

``WorkshopProps`` is the settings file and the roster, checked. The stacks derive from it one
frozen props object per construct with the functions below (a construct never sees the 28
settings), so a construct's signature says what it reads and a test can build one from a few
values. The values are the workshop's, already validated; names that two stacks share (policy,
pool, script path, cluster names) come from ``WorkshopProps`` so both spell them alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from coding_assistants import clouds
from coding_assistants.node_settings import NodeSettings, node_values
from coding_assistants.roster import Attendee
from coding_assistants.workshop.props import WorkshopProps


@dataclass(frozen=True, kw_only=True)
class ScriptProps:
    """The init script's volume (``InitScriptVolume``)."""

    catalog_name: str
    schema_name: str
    volume_name: str
    init_script_source_path: str | None = None


@dataclass(frozen=True, kw_only=True)
class PolicyProps:
    """What the cluster policy fixes (``policy.policy_parts``)."""

    spark_version: str
    autotermination_minutes: int
    script_path: str
    """The init script every cluster runs, and no other."""
    workshop_name: str
    """The Workshop tag's value."""
    cloud: str | None = None
    """The workspace's cloud: its cluster attributes are the pool's to decide."""


@dataclass(frozen=True, kw_only=True)
class EndpointAccessProps:
    """CAN_QUERY on the model's serving endpoint (``ModelEndpointAccess``)."""

    model_endpoint: str
    facilitators_group: str
    query_group: str | None = None
    """The group that gets CAN_QUERY; None: every attendee does."""
    alias_endpoints: tuple[str, ...] = ()
    """The other serving endpoints the model aliases name (sorted)."""


@dataclass(frozen=True, kw_only=True)
class GrantProps:
    """The attendees' Unity Catalog grants (``grants.define_grants``)."""

    catalog_name: str
    schema_name: str
    volume_full_name: str
    bundle_securables: Mapping[str, str] = field(default_factory=dict)
    """Securable kind -> name of what the offline bundle adds (see ``WorkshopProps``)."""


@dataclass(frozen=True, kw_only=True)
class SharedProps:
    """``WorkshopShared``: the script, the policy, its access list, the grants and endpoint
    access."""

    attendees: tuple[Attendee, ...]
    script: ScriptProps
    policy_name: str
    policy: PolicyProps
    max_clusters_per_user: int | None
    facilitators_group: str
    grants: GrantProps | None
    """None when ``workshop-fleet`` holds no attendee: ``workshop-shared-NN`` hold them all."""
    home: tuple[Attendee, ...] = ()
    """The attendees whose grants are here: those whose clusters ``workshop-fleet`` holds
    (everyone, until the workshop grows past one stack)."""
    endpoint_access: EndpointAccessProps | None
    """None when ``serving_endpoint_query`` is none."""


@dataclass(frozen=True, kw_only=True)
class PoolProps:
    """The instance pool (``WorkshopPool``)."""

    pool_name: str
    node_type_id: str
    spark_version: str
    min_idle_instances: int
    max_capacity: int
    idle_instance_autotermination_minutes: int
    tags: Mapping[str, str]
    attributes: tuple[str, Mapping[str, Any]] | None = None
    """The cloud's attributes block (name, attributes: ``clouds.pool_block``); None: none."""


@dataclass(frozen=True, kw_only=True)
class FleetProps:
    """``WorkshopFleet``: the attendees' clusters, their permissions, and the pool."""

    clusters: Mapping[str, Mapping[str, str]]
    """Attendee key -> ``email`` and ``cluster_name``: the clusters' ``for_each``."""
    pool: PoolProps | None
    """The pool to define; None: find ``pool_name`` (a stack of a split fleet)."""
    pool_name: str
    policy_name: str
    spark_version: str
    autotermination_minutes: int
    workshop_name: str
    script_path: str
    node: NodeSettings
    """What every cluster passes to the init script."""
    facilitators_group: str
    attendee_permission_level: str
    cli_profile: str


_Props = TypeVar("_Props")


def _taken(cls: type[_Props], w: WorkshopProps, **values: Any) -> _Props:
    """``cls`` from ``values`` and, for its other fields, the workshop's value of that name."""
    names = {f.name for f in fields(cls)} - set(values)  # type: ignore[arg-type]
    return cls(**{name: getattr(w, name) for name in names}, **values)


def script_props(w: WorkshopProps) -> ScriptProps:
    return _taken(ScriptProps, w)


def policy_props(w: WorkshopProps) -> PolicyProps:
    return _taken(PolicyProps, w)


def grant_props(w: WorkshopProps) -> GrantProps:
    return _taken(GrantProps, w)


def shared_props(w: WorkshopProps) -> SharedProps:
    endpoint = EndpointAccessProps(
        model_endpoint=w.model_endpoint,
        facilitators_group=w.facilitators_group,
        query_group=w.endpoint_query_group,
        alias_endpoints=w.alias_endpoints,
    )
    return _taken(
        SharedProps,
        w,
        script=script_props(w),
        policy=policy_props(w),
        max_clusters_per_user=w.policy_max_clusters_per_user,
        grants=grant_props(w) if w.home_attendees else None,
        home=w.home_attendees or (),
        endpoint_access=endpoint if w.serving_endpoint_query != "none" else None,
    )


def pool_props(w: WorkshopProps) -> PoolProps:
    return _taken(
        PoolProps,
        w,
        node_type_id=w.pool_node_type,
        attributes=clouds.pool_block(w.cloud, w.values),
        min_idle_instances=w.pool_min_idle,
        max_capacity=w.pool_capacity,
        idle_instance_autotermination_minutes=w.pool_idle_instance_autotermination_minutes,
    )


def fleet_props(
    w: WorkshopProps, attendees: tuple[Attendee, ...] | None = None, *, own_pool: bool = True
) -> FleetProps:
    """The fleet of ``attendees`` (default: the whole roster), defining the pool or, without
    ``own_pool``, finding it by name."""
    chosen = w.attendees if attendees is None else attendees
    return _taken(
        FleetProps,
        w,
        clusters={a.key: {"email": a.email, "cluster_name": w.cluster_name(a)} for a in chosen},
        pool=pool_props(w) if own_pool else None,
        node=node_values(w),
    )

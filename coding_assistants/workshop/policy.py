"""The workshop's cluster policy, assembled from named parts.

Each part is one intent (dedicated access, single node, ...) holding the policy rules that
express it. Parts never share an attribute; the definition is their union, serialized with
sorted keys so it is byte-for-byte stable.

The instance pool cannot be fixed by id, because the pool lives in the fleet stack, which is
deployed after the policy: the ``instance_pool`` part requires a pool and forbids node types
instead (see docs/workshop.md). For the same reason the pool, not the policy, decides whether
its VMs are on-demand or spot, their zone and bid: a policy that requires a pool may not supply
a cloud's availability or zone (Databricks refuses such a policy), so the ``pool_availability``
part forbids every attribute of the cloud's cluster block instead, and no cluster can ask for
other VMs than the pool's.
"""

from __future__ import annotations

import json
from typing import Any

from coding_assistants import clouds, facts
from coding_assistants.cluster import SINGLE_NODE_SPARK_CONF, SINGLE_NODE_TAGS
from coding_assistants.workshop.parts import PolicyProps

Rules = dict[str, dict[str, Any]]
"""Policy attribute path -> rule."""

DATA_SECURITY_MODE = "SINGLE_USER"
INIT_SCRIPT_TYPES = ("abfss", "dbfs", "file", "gcs", "s3", "volumes", "workspace")
"""Every init-script source the provider's ``init_scripts`` block has; the policy forbids a
further script of each (Databricks only accepts ``forbidden`` on ``init_scripts.*``)."""
WORKLOAD_CLIENTS = {"jobs": True, "notebooks": True}
"""Both clients stay allowed: databricks ssh starts its server as a job run on the cluster."""


def fixed(value: Any, *, hidden: bool = False) -> dict[str, Any]:
    rule: dict[str, Any] = {"type": "fixed", "value": value}
    if hidden:
        rule["hidden"] = True
    return rule


def forbidden(*, hidden: bool = False) -> dict[str, Any]:
    rule: dict[str, Any] = {"type": "forbidden"}
    if hidden:
        rule["hidden"] = True
    return rule


def policy_parts(props: PolicyProps) -> dict[str, Rules]:
    """The policy's parts by name, in reading order."""
    return {
        "dedicated_access": {"data_security_mode": fixed(DATA_SECURITY_MODE)},
        "all_purpose": {"cluster_type": fixed("all-purpose")},
        "single_node": {
            "num_workers": fixed(0, hidden=True),
            **{f"spark_conf.{k}": fixed(v, hidden=True) for k, v in SINGLE_NODE_SPARK_CONF.items()},
            **{f"custom_tags.{k}": fixed(v, hidden=True) for k, v in SINGLE_NODE_TAGS.items()},
        },
        "runtime": {"spark_version": fixed(props.spark_version)},
        "instance_pool": {
            "instance_pool_id": {"type": "unlimited", "isOptional": False},
            "node_type_id": forbidden(hidden=True),
            "driver_node_type_id": forbidden(hidden=True),
        },
        "pool_availability": {
            path: forbidden(hidden=True) for path in clouds.cluster_paths(props.cloud)
        },
        "auto_termination": {
            "autotermination_minutes": fixed(props.autotermination_minutes, hidden=True)
        },
        "init_script": {
            "init_scripts.0.volumes.destination": fixed(props.script_path),
            **{f"init_scripts.*.{kind}.destination": forbidden() for kind in INIT_SCRIPT_TYPES},
        },
        "workshop_tag": {f"custom_tags.{facts.TAG_WORKSHOP}": fixed(props.workshop_name)},
        "ssh_job_runs": {
            f"workload_type.clients.{client}": fixed(allowed)
            for client, allowed in WORKLOAD_CLIENTS.items()
        },
    }


def policy_rules(props: PolicyProps) -> Rules:
    """Every rule of every part; an attribute claimed by two parts is a programming error."""
    merged: Rules = {}
    for name, part in policy_parts(props).items():
        clash = merged.keys() & part.keys()
        if clash:
            raise ValueError(f"policy part {name} repeats {sorted(clash)}")
        merged.update(part)
    return merged


def policy_definition(props: PolicyProps) -> str:
    """The policy definition JSON: compact, keys sorted."""
    return json.dumps(policy_rules(props), sort_keys=True, separators=(",", ":"))

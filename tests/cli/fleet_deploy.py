"""A workshop synthesized for real (``main.py``) and deployed into the fake workspace, for the
handout and workshop-day tests.

``synthesize`` runs ``main.py`` in a project directory with a roster and a settings file, as
``make synth ATTENDEES=roster.txt WORKSHOP_FILE=workshop.json`` does. ``deploy`` plays what
``cdktf deploy 'workshop-shared*' 'workshop-fleet*'`` leaves behind, from the synthesized JSON
itself: each fleet stack's clusters (its ``for_each`` map) in the fake workspace with the tags
the stack sets, the pool, and each fleet stack's state file where its backend puts it, holding
the outputs Terraform would compute (cluster ids are invented, in Databricks' form).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import MACHINE_SETTINGS, REPO

FLEET = re.compile(r"^workshop-fleet(-\d\d)?$")


def synthesize(
    project: Path,
    emails: list[str] | None = None,
    settings: dict[str, Any] | None = None,
    roster: str = "roster.txt",
    workshop: str = "workshop.json",
) -> Path:
    """Synthesize in ``project`` into ``cdktf.out``, from the roster and settings files there
    (written first from ``emails`` and ``settings`` when given); returns the stacks directory."""
    project.mkdir(parents=True, exist_ok=True)
    if emails is not None:
        (project / roster).write_text("\n".join(emails) + "\n")
    if settings is not None:
        (project / workshop).write_text(json.dumps(settings, indent=2))
    env = {k: v for k, v in os.environ.items() if k not in MACHINE_SETTINGS}
    command = [sys.executable, str(REPO / "main.py"), "--attendees", roster]
    command += ["--workshop-file", workshop, "--outdir", "cdktf.out"]
    done = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return project / "cdktf.out" / "stacks"


def fleet_stacks(stacks: Path) -> list[Path]:
    return sorted(p for p in stacks.iterdir() if FLEET.match(p.name))


def _state(stack: Path, outputs: dict[str, Any]) -> None:
    config = json.loads((stack / "cdk.tf.json").read_text())
    path = (stack / config["terraform"]["backend"]["local"]["path"]).resolve()
    state = {
        "version": 4,
        "terraform_version": "1.11.4",
        "serial": 1,
        "lineage": "fake-deploy",
        "outputs": {k: {"value": v, "type": "string"} for k, v in outputs.items()},
        "resources": [],
        "check_results": None,
    }
    path.write_text(json.dumps(state))


def deploy(stacks: Path, host: str, workspace: Any) -> dict[str, dict[str, str]]:
    """Deploy every fleet stack into ``workspace`` (the fake's state) and write their states;
    returns attendee email -> {cluster_id, cluster_name, cluster_url}. Like Terraform, a
    cluster already deployed (same name) is kept as it is, one no longer in a stack goes."""
    deployed: dict[str, dict[str, str]] = {}
    wanted: set[str] = set()
    workshop = ""
    for stack in fleet_stacks(stacks):
        config = json.loads((stack / "cdk.tf.json").read_text())
        login = config["output"]["login_command"]["value"].replace(
            "${data.databricks_current_user.me.workspace_url}", host
        )
        profile = login.rsplit("--profile ", 1)[1]
        resources = config.get("resource", {})
        for pool in resources.get("databricks_instance_pool", {}).values():
            same = [
                p for p in workspace.pools if p["instance_pool_name"] == pool["instance_pool_name"]
            ]
            if same:
                same[0]["max_capacity"] = pool["max_capacity"]
            else:
                workspace.pools.append(_pool(pool, len(workspace.pools)))
        outputs: dict[str, Any] = {"login_command": login}
        cluster = resources.get("databricks_cluster", {}).get("attendee")
        if cluster is not None:
            clusters = _clusters(cluster, host, workspace)
            deployed.update(clusters)
            wanted |= {c["cluster_id"] for c in clusters.values()}
            workshop = cluster["custom_tags"]["Workshop"]
            outputs["attendee_clusters"] = clusters
            outputs["ssh_setup_commands"] = {
                email: f"databricks ssh setup --name {c['cluster_name']} --cluster "
                f"{c['cluster_id']} --profile {profile}"
                for email, c in clusters.items()
            }
        _state(stack, outputs)
    workspace.clusters[:] = [
        c
        for c in workspace.clusters
        if c["cluster_id"] in wanted or c.get("custom_tags", {}).get("Workshop") != workshop
    ]
    return deployed


def _pool(resource: dict[str, Any], number: int) -> dict[str, Any]:
    return {
        "instance_pool_id": f"0101-{number:06d}-pool",
        "instance_pool_name": resource["instance_pool_name"],
        "node_type_id": resource["node_type_id"],
        "max_capacity": resource["max_capacity"],
        "min_idle_instances": resource["min_idle_instances"],
        "idle_instance_autotermination_minutes": resource["idle_instance_autotermination_minutes"],
        "custom_tags": resource.get("custom_tags", {}),
        "stats": {"idle_count": 0, "used_count": 0},
    }


def _clusters(resource: dict[str, Any], host: str, workspace: Any) -> dict[str, dict[str, str]]:
    tags = resource["custom_tags"]
    existing = {c["cluster_name"]: c for c in workspace.clusters}
    found = {}
    for key, each in sorted(resource["for_each"].items()):
        cluster_id = f"0101-{len(workspace.clusters):06d}-{key[:8].replace('_', 'x')}"
        if each["cluster_name"] in existing:
            cluster_id = existing[each["cluster_name"]]["cluster_id"]
        else:
            workspace.clusters.append(
                {
                    "cluster_id": cluster_id,
                    "cluster_name": each["cluster_name"],
                    "state": "TERMINATED",
                    "creator_user_name": "facilitator@example.com",
                    "single_user_name": each["email"],
                    "data_security_mode": "SINGLE_USER",
                    "instance_pool_id": "0101-000000-pool",
                    "driver_instance_pool_id": "0101-000000-pool",
                    "custom_tags": {**tags, "Attendee": each["email"]},
                    "termination_reason": {"code": "INACTIVITY", "type": "SUCCESS"},
                }
            )
        found[each["email"]] = {
            "cluster_id": cluster_id,
            "cluster_name": each["cluster_name"],
            "cluster_url": f"{host}/#setting/clusters/{cluster_id}/configuration",
        }
    return found


def deploy_shared(workspace: Any, settings: dict[str, Any], emails: list[str], me: str) -> None:
    """What ``workshop-shared`` (and its ``-NN`` shares) grant: every attendee but the deployer
    gets USE_CATALOG, USE_SCHEMA and READ_VOLUME on the script's securables and CAN_USE on the
    policy (the facilitators' group too)."""
    catalog = settings.get("catalog_name", "main")
    schema = f"{catalog}.{settings.get('schema_name', 'default')}"
    volume = f"{schema}.{settings.get('volume_name', 'coding_assistants_workshop')}"
    attendees = [e for e in emails if e != me]
    for kind, name, privilege in (
        ("catalog", catalog, "USE_CATALOG"),
        ("schema", schema, "USE_SCHEMA"),
        ("volume", volume, "READ_VOLUME"),
    ):
        workspace.grants[(kind, name)] = {
            "data-team": [privilege],  # granted by someone else, before the workshop
            **{e: [privilege] for e in attendees},
        }
    policy = f"{settings.get('workshop_name', 'claude-code-workshop')}-policy"
    if not any(p["name"] == policy for p in workspace.policies):
        workspace.policies.append({"policy_id": "0101-policy", "name": policy})
    group = settings.get("facilitators_group", "workshop-facilitators")
    workspace.acls[("cluster-policies", "0101-policy")] = {
        f"group:{group}": "CAN_USE",
        **dict.fromkeys(attendees, "CAN_USE"),
    }


def destroy_fleet(stacks: Path, workspace: Any, workshop: str) -> None:
    """``cdktf destroy 'workshop-fleet*'``: the workshop's clusters and pool go, and the fleet
    stacks' states are emptied."""
    workspace.clusters[:] = [
        c for c in workspace.clusters if c.get("custom_tags", {}).get("Workshop") != workshop
    ]
    workspace.pools[:] = [
        p for p in workspace.pools if p["instance_pool_name"] != f"{workshop}-pool"
    ]
    for stack in fleet_stacks(stacks):
        _state(stack, {})

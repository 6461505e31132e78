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


def synthesize(project: Path, emails: list[str], settings: dict[str, Any]) -> Path:
    """Write ``roster.txt`` and ``workshop.json`` into ``project`` and synthesize there into
    ``cdktf.out``; returns the stacks directory."""
    project.mkdir(parents=True, exist_ok=True)
    (project / "roster.txt").write_text("\n".join(emails) + "\n")
    (project / "workshop.json").write_text(json.dumps(settings, indent=2))
    env = {k: v for k, v in os.environ.items() if k not in MACHINE_SETTINGS}
    command = [sys.executable, str(REPO / "main.py"), "--attendees", "roster.txt"]
    command += ["--workshop-file", "workshop.json", "--outdir", "cdktf.out"]
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
    returns attendee email -> {cluster_id, cluster_name, cluster_url}."""
    deployed: dict[str, dict[str, str]] = {}
    for stack in fleet_stacks(stacks):
        config = json.loads((stack / "cdk.tf.json").read_text())
        login = config["output"]["login_command"]["value"].replace(
            "${data.databricks_current_user.me.workspace_url}", host
        )
        profile = login.rsplit("--profile ", 1)[1]
        resources = config.get("resource", {})
        for pool in resources.get("databricks_instance_pool", {}).values():
            workspace.pools.append(_pool(pool, len(workspace.pools)))
        outputs: dict[str, Any] = {"login_command": login}
        cluster = resources.get("databricks_cluster", {}).get("attendee")
        if cluster is not None:
            clusters = _clusters(cluster, host, workspace)
            deployed.update(clusters)
            outputs["attendee_clusters"] = clusters
            outputs["ssh_setup_commands"] = {
                email: f"databricks ssh setup --name {c['cluster_name']} --cluster "
                f"{c['cluster_id']} --profile {profile}"
                for email, c in clusters.items()
            }
        _state(stack, outputs)
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
    found = {}
    for key, each in sorted(resource["for_each"].items()):
        cluster_id = f"0101-{len(workspace.clusters):06d}-{key[:8].replace('_', 'x')}"
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

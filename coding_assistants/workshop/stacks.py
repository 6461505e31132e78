"""The two workshop stacks. ``workshop-shared`` is deployed first and outlives the fleet;
``workshop-fleet`` finds the policy by name and the script by path, so neither stack holds a
reference into the other (no cross-stack outputs, no backend paths in the JSON)."""

from __future__ import annotations

from cdktf import TerraformOutput
from constructs import Construct

from coding_assistants.stacks import ProjectStack
from coding_assistants.workshop.fleet import WorkshopFleet
from coding_assistants.workshop.props import WorkshopProps
from coding_assistants.workshop.shared import WorkshopShared

SHARED_STACK = "workshop-shared"
FLEET_STACK = "workshop-fleet"

SHARED_OUTPUTS = {
    "policy_id": "ID of the workshop cluster policy.",
    "policy_name": "Name of the workshop cluster policy (the fleet looks it up by this name).",
    "volume_path": "Path of the volume that holds the workshop init script (/Volumes/...).",
    "init_script_path": "Path of the uploaded init script every workshop cluster runs.",
}
FLEET_OUTPUTS = {
    "instance_pool_id": "ID of the workshop instance pool.",
    "attendee_clusters": "Per attendee email: cluster_name, cluster_id and cluster_url.",
    "ssh_setup_commands": "Per attendee email: the databricks ssh setup line they run once.",
}


class WorkshopSharedStack(ProjectStack):
    """Root stack of what the fleet shares: script, policy, grants."""

    def __init__(self, scope: Construct, id_: str, props: WorkshopProps) -> None:
        super().__init__(scope, id_)
        self.shared = WorkshopShared(self, "shared", props)
        values = {
            "policy_id": self.shared.policy_id,
            "policy_name": self.shared.policy_name,
            "volume_path": self.shared.volume_path,
            "init_script_path": self.shared.init_script_path,
        }
        _publish(self, SHARED_OUTPUTS, values)


class WorkshopFleetStack(ProjectStack):
    """Root stack of the pool and the attendees' clusters."""

    def __init__(self, scope: Construct, id_: str, props: WorkshopProps) -> None:
        super().__init__(scope, id_)
        self.fleet = WorkshopFleet(self, "fleet", props)
        values = {
            "instance_pool_id": self.fleet.pool_id,
            "attendee_clusters": self.fleet.cluster_map,
            "ssh_setup_commands": self.fleet.ssh_setup_commands,
        }
        _publish(self, FLEET_OUTPUTS, values)


def _publish(stack: ProjectStack, outputs: dict[str, str], values: dict[str, object]) -> None:
    holder = Construct(stack, "outputs")
    for name, description in outputs.items():
        TerraformOutput(holder, name, value=values[name], description=description, static_id=True)

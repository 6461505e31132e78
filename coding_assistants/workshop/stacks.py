"""The workshop stacks. ``workshop-shared`` is deployed first and outlives the fleet;
``workshop-fleet`` finds the policy by name and the script by path, so neither stack holds a
reference into the other (no cross-stack outputs, no backend paths in the JSON).

A large roster spreads the fleet (see ``split`` and ``placement``): ``workshop-fleet-01``,
``-02``, ... each hold the clusters of their share of the attendees, finding the pool by its
name, and ``workshop-shared-01``, ``-02``, ... the Unity Catalog grants of the same shares,
after ``workshop-shared``. ``workshop-fleet`` holds the pool, and the clusters of the attendees
the stack lock keeps there (a workshop that grew past one stack), whose grants stay in
``workshop-shared``.

Stacks built on the example roster keep their state in ``terraform.<stack>.example.tfstate``
(in a shared backend, under ``<stack>-example``), so deploying the example can never plan
changes to a real workshop's resources. Every stack keeps its state in ``backend``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct

from coding_assistants.backend.blocks import state_name
from coding_assistants.backend.settings import LOCAL_BACKEND, BackendSettings
from coding_assistants.engine import TerraformOutput
from coding_assistants.facts import FLEET_STACK, SHARED_STACK
from coding_assistants.roster import Attendee
from coding_assistants.stacks import ProjectStack
from coding_assistants.workshop.deployer import Deployer
from coding_assistants.workshop.fleet import WorkshopFleet, WorkshopPool, login_command
from coding_assistants.workshop.grants import WorkshopGrants
from coding_assistants.workshop.outputs import FLEET_OUTPUTS, SHARED_OUTPUTS
from coding_assistants.workshop.parts import fleet_props, grant_props, pool_props, shared_props
from coding_assistants.workshop.props import WorkshopProps
from coding_assistants.workshop.shared import WorkshopShared

__all__ = [
    "FLEET_STACK",
    "SHARED_STACK",
    "WorkshopFleetPartStack",
    "WorkshopFleetStack",
    "WorkshopSharedPartStack",
    "WorkshopSharedStack",
]

EXAMPLE_STATE_FILE = "terraform.{stack}.example.tfstate"
"""State file of a workshop stack built on the example roster (a real one: the default)."""


class WorkshopSharedStack(ProjectStack):
    """Root stack of what the fleet shares: script, policy, grants. With ``example``, the
    state goes to the example's own file."""

    def __init__(
        self,
        scope: Construct,
        id_: str,
        props: WorkshopProps,
        *,
        example: bool = False,
        backend: BackendSettings = LOCAL_BACKEND,
    ) -> None:
        super().__init__(scope, id_, **_state(id_, example, backend))
        self.shared = WorkshopShared(self, "shared", shared_props(props))
        values = {
            "policy_id": self.shared.policy_id,
            "policy_name": self.shared.policy_name,
            "volume_path": self.shared.volume_path,
            "init_script_path": self.shared.init_script_path,
        }
        _publish(self, SHARED_OUTPUTS, values)


class WorkshopSharedPartStack(ProjectStack):
    """Root stack of the Unity Catalog grants of one share of a split fleet's ``attendees``
    (see ``grants``): deployed after ``workshop-shared``, whose volume they name, and kept
    when the fleet is destroyed. With ``example``, the state goes to the example's own file."""

    def __init__(
        self,
        scope: Construct,
        id_: str,
        props: WorkshopProps,
        attendees: tuple[Attendee, ...],
        *,
        example: bool = False,
        backend: BackendSettings = LOCAL_BACKEND,
    ) -> None:
        super().__init__(scope, id_, **_state(id_, example, backend))
        self.grants = WorkshopGrants(self, "grants", grant_props(props), attendees)


class WorkshopFleetStack(ProjectStack):
    """Root stack of the pool and the clusters of ``props.home_attendees``; of the pool only
    when the fleet is spread and none are kept here. With ``example``, the state goes to the
    example's own file."""

    def __init__(
        self,
        scope: Construct,
        id_: str,
        props: WorkshopProps,
        *,
        example: bool = False,
        backend: BackendSettings = LOCAL_BACKEND,
    ) -> None:
        super().__init__(scope, id_, **_state(id_, example, backend))
        home = props.home_attendees
        if home is None:
            pool = WorkshopPool(self, "pool", pool_props(props))
            deployer = Deployer(self, "deployer")
            values: dict[str, object] = {
                "instance_pool_id": pool.pool_id,
                "login_command": login_command(deployer, props.cli_profile),
            }
            _publish(self, {k: FLEET_OUTPUTS[k] for k in values}, values)
            return
        self.fleet = WorkshopFleet(self, "fleet", fleet_props(props, home))
        values = {"instance_pool_id": self.fleet.pool_id, **_attendee_values(self.fleet)}
        _publish(self, FLEET_OUTPUTS, values)


class WorkshopFleetPartStack(ProjectStack):
    """Root stack of one share of a split fleet: the clusters of ``attendees`` (and their
    permissions), on the pool of ``workshop-fleet``, found by name. With ``example``, the
    state goes to the example's own file."""

    def __init__(
        self,
        scope: Construct,
        id_: str,
        props: WorkshopProps,
        attendees: tuple[Attendee, ...],
        *,
        example: bool = False,
        backend: BackendSettings = LOCAL_BACKEND,
    ) -> None:
        super().__init__(scope, id_, **_state(id_, example, backend))
        part = fleet_props(props, attendees, own_pool=False)
        self.fleet = WorkshopFleet(self, "fleet", part)
        values = _attendee_values(self.fleet)
        _publish(self, {k: FLEET_OUTPUTS[k] for k in values}, values)


def _state(stack_id: str, example: bool, backend: BackendSettings) -> dict[str, Any]:
    """Where the stack keeps its state: the example's own local file or state name."""
    return {
        "state_file": EXAMPLE_STATE_FILE.format(stack=stack_id) if example else None,
        "state": state_name(stack_id, example),
        "backend": backend,
    }


def _attendee_values(fleet: WorkshopFleet) -> dict[str, object]:
    """The fleet outputs about its attendees (every one but ``instance_pool_id``)."""
    return {
        "attendee_clusters": fleet.cluster_map,
        "ssh_setup_commands": fleet.ssh_setup_commands,
        "login_command": fleet.login_command,
    }


def _publish(stack: ProjectStack, outputs: Mapping[str, str], values: Mapping[str, object]) -> None:
    holder = Construct(stack, "outputs")
    for name, description in outputs.items():
        TerraformOutput(holder, name, value=values[name], description=description, static_id=True)

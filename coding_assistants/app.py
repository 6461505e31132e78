"""Building the cdktf app with every default stack, and writing it out safely."""

from __future__ import annotations

from pathlib import Path

from coding_assistants.backend.settings import LOCAL_BACKEND, BackendSettings
from coding_assistants.engine import App
from coding_assistants.facts import FLEET_STACK, MODULE_STACK, ROOT_STACK, SHARED_STACK
from coding_assistants.outdir import SYNTHESIS, replace_owned
from coding_assistants.props import CodingAssistantsClusterProps
from coding_assistants.stacks import ClusterModuleStack, ClusterStack, ship_module_files
from coding_assistants.workshop.props import WorkshopProps
from coding_assistants.workshop.stacks import (
    WorkshopFleetPartStack,
    WorkshopFleetStack,
    WorkshopSharedPartStack,
    WorkshopSharedStack,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The checkout (or the installed package's parent): never an output directory."""


def build_app(
    outdir: Path,
    cluster: CodingAssistantsClusterProps,
    workshop: WorkshopProps,
    *,
    example_roster: bool = False,
    backend: BackendSettings = LOCAL_BACKEND,
) -> App:
    """The app with the default stacks, not yet synthesized.

    With ``example_roster`` (the workshop's roster is the built-in example), the workshop
    stacks keep their state in ``terraform.<stack>.example.tfstate``, apart from a real
    workshop's. A large roster adds one ``workshop-fleet-NN`` stack per share of the fleet, and
    one ``workshop-shared-NN`` for the same share's grants. Reads no file: ``main.py`` decides
    what is read. Every root stack keeps its state in ``backend`` (the module stack has none)."""
    app = App(outdir=str(outdir))
    example = example_roster
    ClusterStack(app, ROOT_STACK, cluster, backend=backend)
    ClusterModuleStack(app, MODULE_STACK)
    shared = WorkshopSharedStack(app, SHARED_STACK, workshop, example=example, backend=backend)
    fleet = WorkshopFleetStack(app, FLEET_STACK, workshop, example=example, backend=backend)
    # The fleet looks the policy up by name: `cdktf deploy` must finish the shared stack first.
    fleet.add_dependency(shared)
    for name, attendees in workshop.fleet_parts.items():
        if name == FLEET_STACK:
            continue  # its clusters are in workshop-fleet itself
        part = WorkshopFleetPartStack(
            app, name, workshop, attendees, example=example, backend=backend
        )
        part.add_dependency(fleet)  # the pool, found by name
        part.add_dependency(shared)  # the policy, found by name
    for name, attendees in workshop.grant_parts.items():
        grants = WorkshopSharedPartStack(
            app, name, workshop, attendees, example=example, backend=backend
        )
        grants.add_dependency(shared)  # the volume, named
    return app


def synth_atomically(
    outdir: Path,
    cluster: CodingAssistantsClusterProps,
    workshop: WorkshopProps,
    *,
    example_roster: bool = False,
    backend: BackendSettings = LOCAL_BACKEND,
) -> list[Path]:
    """Synthesize into a fresh directory beside ``outdir``, then swap it in, through the output
    ownership mechanism (:func:`coding_assistants.outdir.replace_owned`): a directory that is
    not a synthesis's is refused before any change, what the synthesis does not write itself
    (Terraform's ``.terraform/`` and ``.terraform.lock.hcl`` in each stack, any other file) is
    moved into the new output, and on any error ``outdir`` is left as it was. ``workshop``,
    ``example_roster`` and ``backend`` are passed to :func:`build_app` as they are. Returns the
    written ``cdk.tf.json`` files."""

    def build(staging: Path) -> None:
        app = build_app(staging, cluster, workshop, example_roster=example_roster, backend=backend)
        app.synth()
        ship_module_files(staging / "stacks" / MODULE_STACK)

    replace_owned(outdir, SYNTHESIS, build, protected=(PROJECT_ROOT, Path.cwd()))
    return sorted(outdir.expanduser().resolve().glob("stacks/*/cdk.tf.json"))

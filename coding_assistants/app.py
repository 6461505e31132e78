"""Building the cdktf app with every default stack, and writing it out safely."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from cdktf import App

from coding_assistants.facts import FLEET_STACK, MODULE_STACK, ROOT_STACK, SHARED_STACK
from coding_assistants.props import CodingAssistantsClusterProps
from coding_assistants.stacks import ClusterModuleStack, ClusterStack
from coding_assistants.workshop.props import WorkshopProps
from coding_assistants.workshop.stacks import WorkshopFleetStack, WorkshopSharedStack


def build_app(
    outdir: Path,
    cluster: CodingAssistantsClusterProps,
    workshop: WorkshopProps,
    *,
    example_roster: bool = False,
) -> App:
    """The app with the default stacks, not yet synthesized.

    With ``example_roster`` (the workshop's roster is the built-in example), the workshop
    stacks keep their state in ``terraform.<stack>.example.tfstate``, apart from a real
    workshop's. Reads no file: ``main.py`` decides what is read."""
    app = App(outdir=str(outdir))
    ClusterStack(app, ROOT_STACK, cluster)
    ClusterModuleStack(app, MODULE_STACK)
    example = example_roster
    shared = WorkshopSharedStack(app, SHARED_STACK, workshop, example=example)
    fleet = WorkshopFleetStack(app, FLEET_STACK, workshop, example=example)
    # The fleet looks the policy up by name: `cdktf deploy` must finish the shared stack first.
    fleet.add_dependency(shared)
    return app


def synth_atomically(
    outdir: Path,
    cluster: CodingAssistantsClusterProps,
    workshop: WorkshopProps,
    *,
    example_roster: bool = False,
) -> list[Path]:
    """Synthesize into a fresh directory beside ``outdir``, then swap it in.

    ``workshop`` and ``example_roster`` are passed to :func:`build_app` as they are. ``outdir`` is
    replaced only after a complete synthesis; on any error it is left as it was. Returns the
    written ``cdk.tf.json`` files.
    """
    outdir = outdir.resolve()
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=outdir.parent))
    try:
        build_app(staging, cluster, workshop, example_roster=example_roster).synth()
        old = outdir.with_name(f".{outdir.name}.old-{os.getpid()}")
        if outdir.exists():
            outdir.rename(old)
        staging.rename(outdir)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sorted(outdir.glob("stacks/*/cdk.tf.json"))

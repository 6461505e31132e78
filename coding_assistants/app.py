"""Building the cdktf app with every default stack, and writing it out safely."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from coding_assistants.engine import App
from coding_assistants.outdir import carried, conflicts, mark, move_entries, outdir_problem
from coding_assistants.props import CodingAssistantsClusterProps
from coding_assistants.stacks import (
    MODULE_STACK,
    ROOT_STACK,
    ClusterModuleStack,
    ClusterStack,
)
from coding_assistants.workshop.props import WorkshopProps
from coding_assistants.workshop.settings import example_workshop, uses_example_roster
from coding_assistants.workshop.stacks import (
    FLEET_STACK,
    SHARED_STACK,
    WorkshopFleetStack,
    WorkshopSharedStack,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The checkout (or the installed package's parent): never an output directory."""


def build_app(
    outdir: Path, cluster: CodingAssistantsClusterProps, workshop: WorkshopProps | None = None
) -> App:
    """The app with the default stacks, not yet synthesized.

    Without ``workshop``, the workshop stacks use the example roster and the default workshop
    settings (this is the one place that default is applied). Workshop stacks on the example
    roster keep their state in ``terraform.<stack>.example.tfstate``, apart from a real
    workshop's."""
    app = App(outdir=str(outdir))
    ClusterStack(app, ROOT_STACK, cluster)
    ClusterModuleStack(app, MODULE_STACK)
    if workshop is None:
        workshop = example_workshop()
    example = uses_example_roster(workshop)
    shared = WorkshopSharedStack(app, SHARED_STACK, workshop, example=example)
    fleet = WorkshopFleetStack(app, FLEET_STACK, workshop, example=example)
    # The fleet looks the policy up by name: `cdktf deploy` must finish the shared stack first.
    fleet.add_dependency(shared)
    return app


def synth_atomically(
    outdir: Path, cluster: CodingAssistantsClusterProps, workshop: WorkshopProps | None = None
) -> list[Path]:
    """Synthesize into a fresh directory beside ``outdir``, then swap it in.

    ``outdir`` must pass :func:`coding_assistants.outdir.outdir_problem` (main.py checks it
    before anything is read). ``workshop`` is passed to :func:`build_app` as is (None: the
    example). What the synthesis does not write itself -- Terraform's ``.terraform/`` and
    ``.terraform.lock.hcl`` in each stack, any other file -- is moved into the new output. On
    any error ``outdir`` is left as it was. Returns the written ``cdk.tf.json`` files.
    """
    problem = outdir_problem(outdir, protected=(PROJECT_ROOT, Path.cwd()))
    if problem:
        raise ValueError(problem)
    outdir = outdir.expanduser().resolve()
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=outdir.parent))
    try:
        build_app(staging, cluster, workshop).synth()
        mark(staging)
        _swap_in(staging, outdir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sorted(outdir.glob("stacks/*/cdk.tf.json"))


def _swap_in(staging: Path, outdir: Path) -> None:
    """Replace ``outdir`` by ``staging``, carrying over what the synthesis did not write."""
    if not outdir.exists():
        staging.rename(outdir)
        return
    keep = carried(outdir)
    clash = conflicts(keep, staging)
    if clash:
        raise FileExistsError(f"{outdir}: the synthesis also writes {clash[0]}; move it away")
    old = outdir.with_name(f".{outdir.name}.old-{os.getpid()}")
    outdir.rename(old)
    try:
        move_entries(keep, old, staging)
        staging.rename(outdir)
    except BaseException:
        move_entries([e for e in keep if (staging / e).exists()], staging, old)
        old.rename(outdir)
        raise
    shutil.rmtree(old)

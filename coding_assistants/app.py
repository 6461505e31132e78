"""Building the cdktf app with every default stack, and writing it out safely."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from coding_assistants.backend.settings import LOCAL_BACKEND, BackendSettings
from coding_assistants.engine import App
from coding_assistants.facts import FLEET_STACK, MODULE_STACK, ROOT_STACK, SHARED_STACK
from coding_assistants.outdir import (
    carried,
    conflicts,
    mark,
    move_entries,
    outdir_problem,
    writing,
)
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
    if workshop.fleet_stack_count > 1:
        for name, attendees in workshop.fleet_parts.items():
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
    """Synthesize into a fresh directory beside ``outdir``, then swap it in.

    ``outdir`` must pass :func:`coding_assistants.outdir.outdir_problem` (main.py checks it
    before anything is read). ``workshop``, ``example_roster`` and ``backend`` are passed to
    :func:`build_app` as they are. What the synthesis does not write itself -- Terraform's
    ``.terraform/`` and ``.terraform.lock.hcl`` in each stack, any other file -- is moved into
    the new output. On any error ``outdir`` is left as it was; a failure to write there raises
    :class:`~coding_assistants.outdir.OutdirError`, and any other error (a defect of the
    program, not of the place) passes as it is. Returns the written ``cdk.tf.json`` files.
    """
    problem = outdir_problem(outdir, protected=(PROJECT_ROOT, Path.cwd()))
    if problem:
        raise ValueError(problem)
    outdir = outdir.expanduser().resolve()
    with writing(outdir):
        outdir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=outdir.parent))
    try:
        app = build_app(staging, cluster, workshop, example_roster=example_roster, backend=backend)
        app.synth()
        with writing(outdir):
            ship_module_files(staging / "stacks" / MODULE_STACK)
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

"""Building the cdktf app with every default stack, and writing it out safely."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from cdktf import App

from coding_assistants.props import CodingAssistantsClusterProps
from coding_assistants.stacks import (
    MODULE_STACK,
    ROOT_STACK,
    ClusterModuleStack,
    ClusterStack,
)


def build_app(outdir: Path, cluster: CodingAssistantsClusterProps) -> App:
    """The app with the default stacks, not yet synthesized."""
    app = App(outdir=str(outdir))
    ClusterStack(app, ROOT_STACK, cluster)
    ClusterModuleStack(app, MODULE_STACK)
    return app


def synth_atomically(outdir: Path, cluster: CodingAssistantsClusterProps) -> list[Path]:
    """Synthesize into a fresh directory beside ``outdir``, then swap it in.

    ``outdir`` is replaced only after a complete synthesis; on any error it is left as it was.
    Returns the written ``cdk.tf.json`` files.
    """
    outdir = outdir.resolve()
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=outdir.parent))
    try:
        build_app(staging, cluster).synth()
        old = outdir.with_name(f".{outdir.name}.old-{os.getpid()}")
        if outdir.exists():
            outdir.rename(old)
        staging.rename(outdir)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sorted(outdir.glob("stacks/*/cdk.tf.json"))

"""Synthesize every documented configuration with the engine of this process (``$ENGINE``).

    ENGINE=cdktn .venv-cdktn/bin/python tests/engine/synth_stacks.py OUTDIR

Writes OUTDIR/default (every default stack, with examples/workshop.json for the workshop),
OUTDIR/examples (one cluster stack per example) and OUTDIR/engine.json (the engine and the
provider version its bindings target). tests/engine/test_engines_agree.py runs it once per
engine, each with its own virtual environment, and compares the results.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from coding_assistants.app import build_app  # noqa: E402
from coding_assistants.engine import App, bindings_provider_version, current  # noqa: E402
from coding_assistants.settings import (  # noqa: E402
    EXAMPLE_CLUSTER_SETTINGS,
    cluster_props,
    load_json_object,
)
from coding_assistants.stacks import ClusterStack  # noqa: E402
from coding_assistants.workshop.settings import load_workshop  # noqa: E402
from tests.conftest import CLUSTER_EXAMPLES, EXAMPLES  # noqa: E402


def synth_all(outdir: Path) -> None:
    """The default stacks, the examples' stacks and the engine's description, under outdir."""
    outdir.mkdir(parents=True, exist_ok=True)
    props = cluster_props(dict(EXAMPLE_CLUSTER_SETTINGS), "built-in example", REPO)
    workshop = load_workshop(EXAMPLES / "attendees.example.txt", EXAMPLES / "workshop.json", REPO)
    build_app(outdir / "default", props, workshop).synth()
    app = App(outdir=str(outdir / "examples"))
    for name in CLUSTER_EXAMPLES:
        path = EXAMPLES / f"{name}.tfvars.json"
        ClusterStack(app, name, cluster_props(load_json_object(path), str(path), REPO))
    app.synth()
    engine = {"engine": current().name, "provider_version": bindings_provider_version()}
    (outdir / "engine.json").write_text(json.dumps(engine))


if __name__ == "__main__":
    synth_all(Path(sys.argv[1]))

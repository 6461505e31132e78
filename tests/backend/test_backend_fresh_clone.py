"""State survives deleting the checkout: a fresh checkout of the project, synthesized with
the same backend settings file, plans no change for the stacks another checkout applied."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coding_assistants.facts import FLEET_STACK, ROOT_STACK
from tests.project_copy import copy_files

STACKS = (ROOT_STACK, FLEET_STACK)


def synth_in(project: Path, backend_file: Path) -> Path:
    """`python main.py --backend-file FILE` in the checkout, as `make synth` runs it."""
    result = subprocess.run(
        [sys.executable, "main.py", "--backend-file", str(backend_file)],
        cwd=project, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return project / "cdktf.out" / "stacks"


@pytest.mark.parametrize("kind", ["s3", "pg"])
def test_backend_state_survives_deleting_the_checkout(kind, moto, postgres, terraform, tmp_path):
    if kind == "s3":
        backend = moto.backend(moto.create_bucket("state-clone"))
    else:
        backend = {"type": "pg", "conn_str": postgres.conn_str(postgres.create_database("clone"))}
    backend_file = tmp_path / "backend.json"
    backend_file.write_text(json.dumps(backend))

    first = copy_files(tmp_path / "first")
    stacks = synth_in(first, backend_file)
    for name in STACKS:
        terraform.run(stacks / name, "init", "-input=false")
        terraform.run(stacks / name, "apply", "-auto-approve", "-input=false")
    applied = {name: terraform.state(stacks / name)["lineage"] for name in STACKS}
    shutil.rmtree(first)

    stacks = synth_in(copy_files(tmp_path / "fresh"), backend_file)
    for name in STACKS:
        terraform.run(stacks / name, "init", "-input=false")
        assert terraform.no_change(stacks / name), name
        assert terraform.state(stacks / name)["lineage"] == applied[name]
    assert not list((tmp_path / "fresh").glob("terraform.*.tfstate"))  # not the local default

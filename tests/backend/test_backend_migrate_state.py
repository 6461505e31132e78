"""docs/state.md, "Moving from local state", with the real Terraform: a stack applied with the
default local state file moves into a shared backend with `terraform init -migrate-state
-force-copy` after `make synth` with the backend file (which keeps `.terraform/`), or with
`terraform state push` in a checkout without `.terraform/`; either way nothing is planned."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from coding_assistants.facts import ROOT_STACK
from tests.conftest import REPO

sys.path.insert(0, str(REPO))
import main


def synth(project: Path, backend_file: Path | None = None) -> Path:
    """`make synth` in ``project`` (main.py with the project as working directory)."""
    args = ["--outdir", str(project / "cdktf.out")]
    args += ["--backend-file", str(backend_file)] if backend_file else []
    assert main.main(args) == 0
    return project / "cdktf.out" / "stacks" / ROOT_STACK


@pytest.mark.parametrize("how", ["migrate-state", "state-push"])
def test_backend_local_state_moves_into_the_shared_backend(
    how, moto, terraform, tmp_path, monkeypatch
):
    project = tmp_path / "project"
    project.mkdir()
    monkeypatch.chdir(project)  # the local state file lives beside cdktf.out
    stack = synth(project)
    terraform.run(stack, "init", "-input=false")
    terraform.run(stack, "apply", "-auto-approve", "-input=false")
    local = project / f"terraform.{ROOT_STACK}.tfstate"

    bucket = moto.create_bucket(f"state-{how}")
    backend_file = tmp_path / "backend.json"
    backend_file.write_text(json.dumps(moto.backend(bucket)))
    stack = synth(project, backend_file)
    if how == "migrate-state":
        assert (stack / ".terraform").is_dir()  # kept by the synthesis
        terraform.run(stack, "init", "-input=false", "-migrate-state", "-force-copy")
    else:
        shutil.rmtree(stack / ".terraform")
        terraform.run(stack, "init", "-input=false")
        terraform.run(stack, "state", "push", str(local))
    assert terraform.no_change(stack)
    moved = json.loads(moto.objects(bucket)[f"coding-assistants/{ROOT_STACK}.tfstate"])
    assert resources(moved) == resources(json.loads(local.read_text()))
    assert {kind for kind, _, _ in resources(moved)} == {
        "databricks_volume", "databricks_file", "databricks_cluster",
    }  # fmt: skip


def resources(state: dict) -> list[tuple[str, str, str]]:
    """Each managed resource of a state: type, name and id."""
    return sorted(
        (r["type"], r["name"], i["attributes"]["id"])
        for r in state["resources"]
        if r["mode"] == "managed"
        for i in r["instances"]
    )

"""The backend setting in the synthesized stacks: every root stack, split fleets included,
gets the chosen backend with its own state key; the module stack has none; nothing of the
local default changes (its snapshots pin it)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from coding_assistants.backend.settings import backend_settings
from coding_assistants.facts import MODULE_STACK, ROOT_STACK
from coding_assistants.settings import SettingsFile
from tests.conftest import REPO, Synthesized

BACKENDS = {
    "s3": {"type": "s3", "bucket": "team-state", "region": "eu-west-1"},
    "pg": {"type": "pg", "conn_str": "postgres://state@db.internal/terraform?sslmode=require"},
    "cloud": {"type": "cloud", "organization": "acme", "workspace_tags": ["claude"]},
}
ROOT_STACKS = (
    ROOT_STACK,
    "workshop-shared",
    "workshop-fleet",
    "workshop-fleet-01",
    "workshop-fleet-02",
    "workshop-shared-01",
    "workshop-shared-02",
)


@pytest.fixture(scope="module")
def synth_on(tmp_path_factory) -> Callable[[str], Synthesized]:
    """Every default stack, with the fleet split in two, on the backend ``kind`` (cached)."""
    from coding_assistants.app import build_app
    from coding_assistants.settings import EXAMPLE_CLUSTER_SETTINGS, cluster_props
    from coding_assistants.workshop.settings import EXAMPLE_ROSTER, load_workshop

    settings = tmp_path_factory.mktemp("settings") / "workshop.json"
    settings.write_text('{"fleet_stacks": 2}')
    workshop = load_workshop(EXAMPLE_ROSTER, settings, REPO)
    cluster = cluster_props(dict(EXAMPLE_CLUSTER_SETTINGS), "example", REPO)
    cache: dict[str, Synthesized] = {}

    def synth(kind: str) -> Synthesized:
        if kind not in cache:
            backend = backend_settings(SettingsFile("backend.json", BACKENDS[kind]))
            outdir = tmp_path_factory.mktemp(f"backend-{kind}")
            build_app(outdir, cluster, workshop, backend=backend).synth()
            cache[kind] = Synthesized(outdir)
        return cache[kind]

    return synth


@pytest.fixture(params=sorted(BACKENDS))
def synth(request, synth_on) -> tuple[str, Synthesized]:
    return request.param, synth_on(request.param)


def terraform_block(synthesized: Synthesized, stack: str) -> dict:
    return synthesized.stack(stack)["terraform"]


def test_backend_reaches_every_root_stack_with_its_own_state(synth):
    kind, synthesized = synth
    assert sorted(synthesized.names()) == sorted([*ROOT_STACKS, MODULE_STACK])
    places = []
    for stack in ROOT_STACKS:
        block = terraform_block(synthesized, stack)
        if kind == "cloud":
            assert "backend" not in block
            places.append(json.dumps(block["cloud"]["workspaces"]))
            assert block["cloud"]["workspaces"]["tags"][-1] == f"coding-assistants-{stack}"
        else:
            assert list(block["backend"]) == [kind]
            config = block["backend"][kind]
            places.append(config.get("key") or config.get("schema_name"))
        assert synthesized.stack(stack)["//"]["metadata"]["backend"] == kind
    assert len(set(places)) == len(ROOT_STACKS)


def test_backend_is_never_given_to_the_module_stack(synth):
    _, synthesized = synth
    block = terraform_block(synthesized, MODULE_STACK)
    assert "backend" not in block and "cloud" not in block


def test_backend_s3_key_is_derived_from_the_stack_name(synth_on):
    config = terraform_block(synth_on("s3"), "workshop-fleet-02")["backend"]["s3"]
    assert config == {
        "bucket": "team-state",
        "region": "eu-west-1",
        "use_lockfile": True,
        "encrypt": True,
        "key": "coding-assistants/workshop-fleet-02.tfstate",
    }


def test_backend_pg_keeps_the_connection_without_a_password(synth_on):
    config = terraform_block(synth_on("pg"), ROOT_STACK)["backend"]["pg"]
    assert config == {
        "conn_str": "postgres://state@db.internal/terraform?sslmode=require",
        "schema_name": "coding_assistants_coding_assistants_cluster",
    }


def test_backend_default_is_the_local_state_file_in_the_project(default_synth):
    for stack in (ROOT_STACK, "workshop-fleet"):
        backend = terraform_block(default_synth, stack)["backend"]
        state = "coding-assistants-cluster" if stack == ROOT_STACK else f"{stack}.example"
        assert backend == {"local": {"path": f"../../../terraform.{state}.tfstate"}}
        assert default_synth.stack(stack)["//"]["metadata"]["backend"] == "local"

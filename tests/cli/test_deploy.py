"""``coding-assistants deploy`` with a stand-in Terraform (tests/cli/fake_terraform.py): the
order, the bound, progress, failures, the run record and resuming, the deadline, exit codes.
The real Terraform deploys a 1,000-attendee workshop in tests/backend/test_backend_deploy.py."""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

import pytest

from coding_assistants.cli.services.deploy_run import first_error
from coding_assistants.facts import MODULE_STACK, ROOT_STACK
from coding_assistants.outdir import mark
from tests import clock
from tests.cli.fake_terraform import STUB

SPLIT = {
    ROOT_STACK: [],
    MODULE_STACK: [],
    "workshop-shared": [],
    "workshop-fleet": ["workshop-shared"],
    **{f"workshop-fleet-0{i}": ["workshop-fleet", "workshop-shared"] for i in (1, 2, 3)},
    **{f"workshop-shared-0{i}": ["workshop-shared"] for i in (1, 2, 3)},
}
"""A split workshop's stacks and what each needs, as the app declares them."""
WORKSHOP = [n for n in SPLIT if n.startswith("workshop-")]


def write_synthesis(outdir: Path, stacks: dict[str, list[str]]) -> Path:
    entries = {}
    for name, needs in stacks.items():
        (outdir / "stacks" / name).mkdir(parents=True, exist_ok=True)
        (outdir / "stacks" / name / "cdk.tf.json").write_text(json.dumps({"name": name}))
        entries[name] = {
            "name": name,
            "dependencies": needs,
            "workingDirectory": f"stacks/{name}",
            "synthesizedStackPath": f"stacks/{name}/cdk.tf.json",
        }
    (outdir / "manifest.json").write_text(json.dumps({"stacks": entries}))
    mark(outdir)  # main.py marks every synthesis it writes
    return outdir


@pytest.fixture
def synthesis(tmp_path: Path) -> Path:
    return write_synthesis(tmp_path / "cdktf.out", SPLIT)


@pytest.fixture
def terraform(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The stand-in's executable; its log is ``calls()``. It runs on the true clock, as the
    real Terraform does in every run (tests/clock.py): a moved run's libfaketime would break
    its sleeps, which hold applies together."""
    for name in set(os.environ) - set(clock.real(os.environ)):
        monkeypatch.delenv(name)
    stub = tmp_path / "terraform"
    stub.write_text(STUB)
    stub.chmod(0o755)
    monkeypatch.setenv("FAKE_TF_LOG", str(tmp_path / "calls.jsonl"))
    return stub


def calls(tmp_path: Path) -> list[dict]:
    log = tmp_path / "calls.jsonl"
    return [json.loads(x) for x in log.read_text().splitlines()] if log.exists() else []


def applied(tmp_path: Path) -> list[str]:
    return [c["stack"] for c in calls(tmp_path) if c["command"] == "apply"]


def deploy(cli, synthesis: Path, terraform: Path, *args: str) -> tuple[int, str, str]:
    return cli("deploy", "--outdir", str(synthesis), "--terraform", str(terraform), *args)


def test_deploy_applies_shared_first_then_shards_in_parallel_within_the_bound(
    cli, synthesis, terraform, tmp_path, monkeypatch
):
    monkeypatch.setenv("FAKE_TF_BARRIER", "3")
    monkeypatch.setenv("FAKE_TF_BARRIER_GLOB", "workshop-*-0*")
    monkeypatch.setenv("FAKE_TF_INIT_LOOKS", "10")
    code, out, _ = deploy(cli, synthesis, terraform, "--jobs", "3", "--parallelism", "7")
    assert code == 0, out
    order = applied(tmp_path)
    assert sorted(order) == sorted(WORKSHOP)  # the default selection: every workshop stack
    assert order[0] == "workshop-shared"
    first_shard = min(order.index(f"workshop-fleet-0{i}") for i in (1, 2, 3))
    assert order.index("workshop-fleet") < first_shard
    shards = [c for c in calls(tmp_path) if "at_once" in c]
    assert [c["at_once"] for c in shards] == [3] * 6  # three at once, never more
    inits = [c["inits_at_once"] for c in calls(tmp_path) if c["command"] == "init"]
    assert inits == [1] * 8  # one init at a time: a shared plugin cache is not safe otherwise
    for call in calls(tmp_path):
        if call["command"] == "apply":
            assert "-parallelism=7" in call["args"] and "-auto-approve" in call["args"]
        else:
            assert call["args"][:2] == [f"-chdir={synthesis}/stacks/{call['stack']}", "init"]
    assert "deploying 8 stacks" in out and "3 at a time, terraform -parallelism=7" in out
    assert "done    workshop-fleet-03" in out
    assert out.rstrip().endswith(
        "applied 8, done earlier 0, failed 0, blocked 0, stopped 0 (of 8 stacks)"
    )


def test_deploy_reports_progress_as_each_stack_starts_and_ends(cli, synthesis, terraform):
    code, out, _ = deploy(cli, synthesis, terraform, "workshop-shared", "workshop-shared-01")
    assert code == 0
    lines = out.splitlines()
    assert lines[1] == "start   workshop-shared [done 0/2, running 1, failed 0, waiting 1]"
    assert lines[2].startswith("done    workshop-shared in ")
    assert lines[2].endswith("[done 1/2, running 0, failed 0, waiting 1]")
    assert lines[3] == "start   workshop-shared-01 [done 1/2, running 1, failed 0, waiting 0]"


def test_deploy_failure_stops_only_what_needs_it_and_a_rerun_resumes(
    cli, synthesis, terraform, tmp_path
):
    (synthesis / "stacks" / "workshop-fleet" / "FAIL_apply").touch()
    code, out, _ = deploy(cli, synthesis, terraform)
    assert code == 1
    assert (
        "FAILED  workshop-fleet: terraform apply exited 1: Error: simulated failure of apply" in out
    )
    assert f"(log: {synthesis}/deploy/workshop-fleet.log)" in out
    for shard in ("workshop-fleet-01", "workshop-fleet-02", "workshop-fleet-03"):
        assert f"blocked {shard}: needs workshop-fleet" in out
    first = applied(tmp_path)
    assert sorted(first) == sorted(["workshop-shared", "workshop-fleet"] + [
        f"workshop-shared-0{i}" for i in (1, 2, 3)
    ])  # fmt: skip
    assert "applied 4, done earlier 0, failed 1, blocked 3, stopped 0 (of 8 stacks)" in out
    assert "run the same command again: the 4 finished stacks are not applied again" in out

    (synthesis / "stacks" / "workshop-fleet" / "FAIL_apply").unlink()
    code, out, _ = deploy(cli, synthesis, terraform)
    assert code == 0, out
    again = applied(tmp_path)[len(first) :]
    assert sorted(again) == ["workshop-fleet"] + [f"workshop-fleet-0{i}" for i in (1, 2, 3)]
    assert "done earlier: workshop-shared, workshop-shared-01" in out
    assert "applied 4, done earlier 4, failed 0" in out


def test_deploy_applies_again_a_stack_whose_json_changed_or_all_with_restart(
    cli, synthesis, terraform, tmp_path
):
    assert deploy(cli, synthesis, terraform, "workshop-shared*")[0] == 0
    (synthesis / "stacks" / "workshop-shared-02" / "cdk.tf.json").write_text('{"changed": 1}')
    assert deploy(cli, synthesis, terraform, "workshop-shared*")[0] == 0
    assert applied(tmp_path)[4:] == ["workshop-shared-02"]
    assert deploy(cli, synthesis, terraform, "workshop-shared*", "--restart")[0] == 0
    assert len(applied(tmp_path)[5:]) == 4


def test_deploy_partial_backend_configuration_goes_to_every_init(
    cli, synthesis, terraform, tmp_path
):
    config = tmp_path / "backend.hcl"
    config.write_text('conn_str = "postgres://state@db/tf"\n')
    code, _, _ = deploy(
        cli, synthesis, terraform, "workshop-shared", "--backend-config", str(config)
    )
    assert code == 0
    (init,) = [c for c in calls(tmp_path) if c["command"] == "init"]
    assert f"-backend-config={config}" in init["args"]
    config.write_text('conn_str = "postgres://state@other/tf"\n')  # another backend: again
    assert (
        deploy(cli, synthesis, terraform, "workshop-shared", "--backend-config", str(config))[0]
        == 0
    )
    assert applied(tmp_path) == ["workshop-shared", "workshop-shared"]


def test_deploy_selects_each_stacks_hcp_workspace_when_the_backend_selects_by_tags(
    cli, synthesis, terraform, tmp_path
):
    tagged = {"organization": "acme", "workspaces": {"tags": ["claude", "ca-workshop-shared"]}}
    path = synthesis / "stacks" / "workshop-shared" / "cdk.tf.json"
    path.write_text(json.dumps({"terraform": {"cloud": tagged}}))
    path = synthesis / "stacks" / "workshop-shared-01" / "cdk.tf.json"
    path.write_text(json.dumps({"terraform": {"cloud": {"workspaces": {"name": "ca-x"}}}}))
    assert deploy(cli, synthesis, terraform, "workshop-shared", "workshop-shared-01")[0] == 0
    workspaces = {(c["stack"], c["workspace"]) for c in calls(tmp_path)}
    assert workspaces == {("workshop-shared", "ca-workshop-shared"), ("workshop-shared-01", None)}


def test_deploy_at_the_deadline_interrupts_running_stacks_and_exits_3(
    cli, synthesis, terraform, tmp_path, monkeypatch
):
    monkeypatch.setenv("FAKE_TF_HANG", "1")
    code, out, err = deploy(cli, synthesis, terraform, "--timeout", "1")
    assert code == 3
    assert "--timeout 1 s passed; interrupting workshop-shared and starting no other stack" in err
    assert "stopped workshop-shared (interrupted)" in out
    assert "applied 0, done earlier 0, failed 0, blocked 0, stopped 8 (of 8 stacks)" in out


@pytest.mark.parametrize(
    ("patterns", "message"),
    [
        (["nothing-*"], "'nothing-*' matches no stack"),
        ([MODULE_STACK], f"{MODULE_STACK} is a module for other configurations, not deployed"),
        (["workshop-fleet-01"], "workshop-fleet-01 needs workshop-fleet, which is not selected"),
    ],
)
def test_fails_when_the_selection_cannot_be_deployed(
    cli, synthesis, terraform, tmp_path, patterns, message
):
    code, _, err = deploy(cli, synthesis, terraform, *patterns)
    assert code == 2 and message in err
    assert calls(tmp_path) == []


def test_fails_when_nothing_was_synthesized(cli, terraform, tmp_path):
    code, _, err = deploy(cli, tmp_path / "empty", terraform)
    assert code == 2 and "manifest.json: not found; run `make synth` first" in err


def test_fails_when_another_deploy_runs_from_the_same_output(cli, synthesis, terraform, tmp_path):
    (synthesis / "deploy").mkdir()
    with open(synthesis / "deploy" / ".lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        code, _, err = deploy(cli, synthesis, terraform)
    assert code == 2 and "another deploy runs from" in err
    assert calls(tmp_path) == []


def test_fails_when_jobs_is_not_a_positive_count(cli, synthesis, terraform):
    code, _, err = deploy(cli, synthesis, terraform, "--jobs", "0")
    assert code == 2 and "expected a whole number from 1 to 64" in err


def test_deploy_names_who_holds_the_state_lock(tmp_path):
    log = tmp_path / "x.log"
    log.write_text(
        "Acquiring state lock. This may take a few moments...\n"
        "╷\n│ Error: Error acquiring the state lock\n│ \n│ Error message: pq: lock held\n"
        "│ Lock Info:\n│   ID:        1a2b-3c\n│   Path:      x\n"
        "│   Operation: OperationTypeApply\n│   Who:       ana@laptop\n"
        "│   Version:   1.11.4\n│   Created:   2026-01-01 10:00:00 UTC\n"
    )
    assert first_error(log) == (
        "the state is locked by another run (ana@laptop, OperationTypeApply, since "
        "2026-01-01 10:00:00 UTC, lock ID 1a2b-3c); run again once it ends, or "
        "`terraform force-unlock 1a2b-3c` if it died"
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"workingDirectory": "../../elsewhere"}, "workingDirectory: must stay inside"),
        ({"synthesizedStackPath": "/etc/passwd"}, "synthesizedStackPath: must stay inside"),
        ({"workingDirectory": 7}, "workingDirectory: expected text, got 7"),
        ({"dependencies": "workshop-shared"}, "dependencies: expected a list"),
    ],
)
def test_a_manifest_naming_a_place_outside_or_a_wrong_type_is_refused(
    cli, synthesis, terraform, tmp_path, entry, message
):
    """deploy reads the synthesis' manifest through the bounded reader: a path that leaves the
    output directory is never followed, and a wrong type names the field."""
    manifest = json.loads((synthesis / "manifest.json").read_text())
    manifest["stacks"]["workshop-shared"].update(entry)
    (synthesis / "manifest.json").write_text(json.dumps(manifest))
    code, _, err = deploy(cli, synthesis, terraform)
    assert code == 2 and f"stacks.workshop-shared.{message}" in err
    assert calls(tmp_path) == [], "terraform never ran"


def test_a_folder_that_is_no_synthesis_is_refused_before_anything_is_written(
    cli, terraform, tmp_path
):
    folder = tmp_path / "mine"
    write_synthesis(folder, {"workshop-shared": []})
    (folder / ".coding-assistants-synth").unlink()
    (folder / "notes.txt").write_text("mine")
    code, _, err = deploy(cli, folder, terraform)
    assert code == 2 and "is not a synthesis main.py wrote" in err
    assert not (folder / "deploy").exists()

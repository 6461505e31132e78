"""``coding-assistants pool warm|cool`` against the fake workspace: the pool found by name,
only min_idle_instances changed (every other setting sent back as it was), bounded waits."""

from __future__ import annotations

import pytest

from coding_assistants.cli.commands import pool as pool_cli
from tests.cli.fake_pool_and_commands import FakePoolAndCommandWorkspace, pool
from tests.cli.fake_workspace import CANARY_TOKEN

EDIT = "/api/2.0/instance-pools/edit"
LIST = "/api/2.0/instance-pools/list"


@pytest.fixture(scope="module")
def server():
    fake = FakePoolAndCommandWorkspace().start()
    yield fake
    fake.stop()


@pytest.fixture
def pools(workspace):
    workspace.pools = [
        pool("p-other", "another-team-pool", max_capacity=20),
        pool("p-1", "claude-code-workshop-pool", max_capacity=145),
    ]
    return workspace


def test_pool_warm_sets_the_idle_vms_of_the_workshop_pool_only(pools, cli):
    code, out, err = cli("pool", "warm", "--instances", "140")
    assert code == 0, err
    assert "claude-code-workshop-pool (p-1): min_idle_instances 0, max_capacity 145" in out
    assert "Set min_idle_instances to 140." in out
    [edit] = pools.bodies(EDIT)
    assert edit == {
        "instance_pool_id": "p-1",
        "instance_pool_name": "claude-code-workshop-pool",
        "node_type_id": "Standard_DS3_v2",
        "custom_tags": {"Purpose": "coding-assistants-workshop"},
        "idle_instance_autotermination_minutes": 30,
        "max_capacity": 145,
        "min_idle_instances": 140,
    }
    assert pools.pools[0]["min_idle_instances"] == 0  # the other pool is untouched


def test_pool_warm_defaults_to_the_pool_capacity_and_waits_when_asked(pools, cli):
    code, out, err = cli("pool", "warm", "--wait", "--timeout", "5")
    assert code == 0, err
    assert pools.bodies(EDIT)[0]["min_idle_instances"] == 145
    assert "Warm: 145 idle VMs." in out


def test_pool_warm_wait_gives_up_at_the_deadline(pools, cli, monkeypatch):
    monkeypatch.setattr(pool_cli, "POLL_SECONDS", 0.05)
    pools.idle_after_edit = False
    # The fake answers at once; the deadline only has to outlast a slow start on a busy machine.
    code, _, err = cli("pool", "warm", "--instances", "3", "--wait", "--timeout", "3")
    assert code == 1
    assert "only 0 of 3 VMs idle after 3 s" in err


def test_pool_cool_sets_no_idle_vms(pools, cli):
    pools.pools[1]["min_idle_instances"] = 140
    code, out, err = cli("pool", "cool", "--workshop", "claude-code-workshop")
    assert code == 0, err
    assert pools.bodies(EDIT)[0]["min_idle_instances"] == 0
    assert "Set min_idle_instances to 0." in out


def test_fails_when_the_pool_is_not_found(pools, cli):
    code, _, err = cli("pool", "warm", "--workshop", "spring")
    assert code == 1
    assert "no instance pool named 'spring-pool'" in err
    assert not pools.bodies(EDIT)


def test_fails_when_warming_above_the_pool_capacity(pools, cli):
    code, _, err = cli("pool", "warm", "--pool", "another-team-pool", "--instances", "21")
    assert code == 1
    assert "--instances 21 is above the pool's max_capacity 20" in err
    assert not pools.bodies(EDIT)


def test_fails_when_the_edit_is_refused_and_masks_the_token(pools, cli):
    pools.pool_edit_status = 403
    pools.pools[1]["min_idle_instances"] = 140  # warm, so cooling it needs an edit
    code, _, err = cli("pool", "cool")
    assert code == 1
    assert "the pool could not be changed: HTTP 403: PERMISSION_DENIED: dapi**** has no" in err


# --- a hostile or overloaded workspace ----------------------------------------------------------


@pytest.mark.parametrize(
    "echo",
    [
        f"(request token {CANARY_TOKEN[:16]}...)",
        f"(request token ...{CANARY_TOKEN[-12:]})",
        f"{'x' * 70} {CANARY_TOKEN}",  # cut for display right across the token
    ],
    ids=["prefix", "tail", "beyond-the-cut"],
)
def test_masks_pieces_of_the_token_echoed_by_a_refused_edit(pools, cli, echo):
    pools.pool_edit_status = 403
    pools.echo = echo

    code, _, err = cli("pool", "warm", "--instances", "2")

    assert code == 1
    assert "HTTP 403: PERMISSION_DENIED: dapi**** has no CAN_MANAGE" in err


def test_reports_a_retry_after_beyond_the_deadline(pools, cli):
    pools.retry_after[LIST] = ("60", 5)

    code, _, err = cli("pool", "warm", "--timeout", "1")

    assert code == 1
    assert "cannot list the instance pools: rate limited: the workspace asked to wait 60 s, " in err
    assert "beyond --timeout 1 s" in err
    assert pools.paths().count(LIST) == 1
    assert not pools.bodies(EDIT)


def test_a_hanging_edit_is_cut_off_at_the_deadline(pools, cli):
    pools.hang_seconds[EDIT] = 5.0  # ends early, when the next test resets the state

    code, out, err = cli("pool", "warm", "--instances", "2", "--timeout", "0.5")

    assert code == 1
    assert "Set min_idle_instances" not in out
    assert "the pool could not be changed: connected, but no answer within --timeout 0.5 s" in err


def test_warm_and_cool_again_change_nothing(pools, cli):
    """Running a command twice is safe: the second finds the pool as wanted and sends no edit."""
    pools.pools[1]["min_idle_instances"] = 140
    code, out, err = cli("pool", "warm", "--instances", "140")
    assert code == 0, err
    assert "min_idle_instances is already 140: nothing to change." in out
    code, out, err = cli("pool", "cool")
    assert code == 0, err
    code, out, err = cli("pool", "cool")
    assert code == 0, err
    assert "min_idle_instances is already 0" in out
    assert [body["min_idle_instances"] for body in pools.bodies(EDIT)] == [0]


def test_refuses_to_guess_between_two_pools_of_the_name(pools, cli):
    pools.pools.append(pool("p-copy", "claude-code-workshop-pool", max_capacity=10))
    code, _, err = cli("pool", "warm", "--instances", "5")
    assert code == 1
    assert "2 instance pools are named 'claude-code-workshop-pool' (p-1, p-copy)" in err
    assert not pools.bodies(EDIT)


def test_warm_without_instances_needs_a_pool_capacity(pools, cli):
    del pools.pools[1]["max_capacity"]
    code, _, err = cli("pool", "warm")
    assert code == 1
    assert "no max_capacity to warm up to: give --instances N" in err
    assert not pools.bodies(EDIT)


def test_pool_warm_reads_the_pool_name_from_the_workshop_file(pools, cli, tmp_path):
    pools.pools.append(pool("p-2", "claude-code-workshop-spring-pool", max_capacity=12))
    settings = tmp_path / "workshop.json"
    settings.write_text('{"workshop_name": "claude-code-workshop-spring"}')

    code, out, err = cli("pool", "warm", "--workshop-file", str(settings))

    assert code == 0, err
    assert pools.bodies(EDIT) == [{**pools.bodies(EDIT)[0], "instance_pool_id": "p-2"}]
    assert "Set min_idle_instances to 12." in out


def test_pool_not_found_names_the_workshop_file_it_needs(pools, cli):
    pools.pools.pop()  # no pool of the default name

    code, _, err = cli("pool", "warm")

    assert code == 1
    assert "no instance pool named 'claude-code-workshop-pool'" in err
    assert "pass --workshop-file FILE, the settings file the stacks were synthesized from" in err


QUOTA = (
    "Operation could not be completed as it results in exceeding approved standardDSv2Family "
    "Cores quota. Location: westeurope, Current Limit: 400, Current Usage: 400"
)


def _look(idle: int, starting: int, failed: int = 0) -> dict:
    errors = [{"instance_id": f"i-{n}", "message": QUOTA} for n in range(failed)]
    return {
        "stats": {"idle_count": idle, "pending_idle_count": starting, "used_count": 0},
        "status": {"pending_instance_errors": errors} if errors else {},
    }


def test_pool_warm_wait_shows_progress_and_stops_at_a_quota(pools, cli, monkeypatch):
    monkeypatch.setattr(pool_cli, "POLL_SECONDS", 0.05)
    pools.idle_after_edit = False
    pools.pool_looks = [_look(0, 0), _look(40, 105), _look(40, 105), _look(100, 0, failed=45)]

    code, out, err = cli("pool", "warm", "--wait", "--timeout", "30")

    assert code == 1
    progress = [line.split(": ", 1)[1] for line in out.splitlines() if "  after " in line]
    assert progress == [
        "40 of 145 idle, 105 starting, 0 in use",  # printed when a count changes, not each look
        "100 of 145 idle, 0 starting, 0 in use",
    ]
    assert "  45 VMs failed to start (quota): Operation could not be completed" in out
    assert "only 100 of 145 VMs idle and none is starting any more" in err
    assert "stopped by quota: 45 VMs failed to start (quota)" in err
    assert "request more vCPU quota for the node type's family" in err
    assert pools.pool_looks == []  # it stopped at once, without waiting for --timeout


def test_pool_warm_wait_defaults_to_a_wait_long_enough_for_vms(pools, cli):
    _, out, _ = cli("pool", "warm", "--wait")

    assert "Waiting up to 900 s for 145 idle VMs:" in out

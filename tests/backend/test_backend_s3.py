"""Terraform's s3 backend against moto's S3 server on loopback: each stack's state object,
locking by lock file and by DynamoDB table, and no credential in the synthesized JSON."""

from __future__ import annotations

import json

import pytest

from coding_assistants.facts import ROOT_STACK
from tests.backend.servers import AWS_TEST_CREDENTIALS
from tests.backend.stub import race_two_applies, synth_stacks

KEY = f"coding-assistants/{ROOT_STACK}.tfstate"


def test_backend_s3_apply_keeps_the_state_in_the_bucket_and_plans_no_change(
    moto, terraform, tmp_path
):
    bucket = moto.create_bucket("state-apply")
    stack = synth_stacks(tmp_path / "cdktf.out", moto.backend(bucket)) / "stacks" / ROOT_STACK
    text = (stack / "cdk.tf.json").read_text()
    assert not any(secret in text for secret in AWS_TEST_CREDENTIALS.values())
    terraform.run(stack, "init", "-input=false")
    terraform.run(stack, "apply", "-auto-approve", "-input=false")
    assert terraform.no_change(stack)
    objects = moto.objects(bucket)
    assert list(objects) == [KEY]  # the lock object is gone once the apply ends
    state = json.loads(objects[KEY])
    kinds = {r["type"] for r in state["resources"] if r["mode"] == "managed"}
    assert kinds == {"databricks_volume", "databricks_file", "databricks_cluster"}
    states = [p for p in tmp_path.rglob("*.tfstate") if p.parent.name != ".terraform"]
    assert states == []  # no local state anywhere
    backend_cache = (stack / ".terraform" / "terraform.tfstate").read_text()
    assert not any(secret in backend_cache for secret in AWS_TEST_CREDENTIALS.values())


@pytest.mark.parametrize("lock", ["lockfile", "dynamodb"])
def test_backend_s3_second_apply_fails_on_the_lock_and_the_state_stays_whole(
    moto, terraform, tmp_path, lock
):
    bucket = moto.create_bucket(f"state-race-{lock}")
    options = {"use_lockfile": False, "dynamodb_table": moto.create_lock_table(f"locks-{lock}")}
    backend = moto.backend(bucket, **(options if lock == "dynamodb" else {}))
    first = synth_stacks(tmp_path / "a", backend) / "stacks" / ROOT_STACK
    second = synth_stacks(tmp_path / "b", backend) / "stacks" / ROOT_STACK
    for checkout in (first, second):
        terraform.run(checkout, "init", "-input=false")

    def held() -> None:  # the lock is where the backend was told to keep it
        if lock == "dynamodb":
            items = moto.lock_items(options["dynamodb_table"])
            assert [i for i in items if "Info" in i] and f"{KEY}.tflock" not in moto.objects(bucket)
        else:
            assert f"{KEY}.tflock" in moto.objects(bucket)

    state = race_two_applies(terraform, first, second, held)
    assert len(state["resources"]) == 4  # three resources and the data source
    if lock == "dynamodb":
        assert all("Info" not in item for item in moto.lock_items(options["dynamodb_table"]))
    assert list(moto.objects(bucket)) == [KEY]


def test_backend_s3_second_apply_waits_for_the_lock_then_finds_nothing_to_do(
    moto, terraform, tmp_path
):
    bucket = moto.create_bucket("state-wait")
    first = synth_stacks(tmp_path / "a", moto.backend(bucket)) / "stacks" / ROOT_STACK
    second = synth_stacks(tmp_path / "b", moto.backend(bucket)) / "stacks" / ROOT_STACK
    for checkout in (first, second):
        terraform.run(checkout, "init", "-input=false")
    holder = terraform.hold_lock(first)
    waiter = terraform.start(second, "apply", "-auto-approve", "-lock-timeout=600s")
    wait_until(lambda: moto.refused_lock_puts(KEY) >= 1)  # the waiter found the lock taken
    assert waiter.poll() is None
    assert "Apply complete! Resources: 3 added" in holder.answer("yes")
    output, _ = waiter.communicate(timeout=600)
    assert waiter.returncode == 0, output
    assert "No changes." in output  # it planned on the state the first apply wrote
    assert len(terraform.state(second)["resources"]) == 4


def wait_until(condition, seconds: float = 300.0) -> None:
    """Wait for ``condition`` (a safety deadline, not a measured time)."""
    import time

    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "the condition never held"
        time.sleep(0.05)

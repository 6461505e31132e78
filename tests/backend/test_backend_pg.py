"""Terraform's pg backend against a PostgreSQL server on loopback started by the tests: a
schema per stack, the connection string from a partial backend configuration file and the
password from the environment, and locking."""

from __future__ import annotations

from coding_assistants.facts import FLEET_STACK, ROOT_STACK
from tests.backend.stub import race_two_applies, synth_stacks

SCHEMAS = {
    ROOT_STACK: "coding_assistants_coding_assistants_cluster",
    FLEET_STACK: "coding_assistants_workshop_fleet_example",  # the example roster's own
}


def partial_config(postgres, tmp_path, database: str):
    """A partial backend configuration, as `terraform init -backend-config=FILE` reads it."""
    path = tmp_path / "backend.hcl"
    path.write_text(f'conn_str = "{postgres.conn_str(database)}"\n')
    return path


def test_backend_pg_keeps_each_stacks_state_in_its_own_schema(postgres, terraform, tmp_path):
    database = postgres.create_database("state_schemas")
    config = partial_config(postgres, tmp_path, database)
    stacks = synth_stacks(tmp_path / "cdktf.out", {"type": "pg"}) / "stacks"
    for name in SCHEMAS:
        assert postgres.password not in (stacks / name / "cdk.tf.json").read_text()
        terraform.run(stacks / name, "init", "-input=false", f"-backend-config={config}")
        terraform.run(stacks / name, "apply", "-auto-approve", "-input=false")
        assert terraform.no_change(stacks / name)
    found = postgres.query(database, "select schema_name from information_schema.schemata")
    assert set(SCHEMAS.values()) <= set(found.split())
    for name, schema in SCHEMAS.items():
        states = postgres.query(database, f"select name from {schema}.states")
        assert states == "default", name
        resources = terraform.state(stacks / name)["resources"]
        assert {r["type"] for r in resources if r["mode"] == "managed"}


def test_backend_pg_second_apply_fails_on_the_lock_and_the_state_stays_whole(
    postgres, terraform, tmp_path
):
    database = postgres.create_database("state_race")
    backend = {"type": "pg", "conn_str": postgres.conn_str(database)}
    first = synth_stacks(tmp_path / "a", backend) / "stacks" / ROOT_STACK
    second = synth_stacks(tmp_path / "b", backend) / "stacks" / ROOT_STACK
    for checkout in (first, second):
        terraform.run(checkout, "init", "-input=false")

    def held() -> None:  # the pg backend locks with an advisory lock
        locks = postgres.query(
            database, "select count(*) from pg_locks where locktype = 'advisory'"
        )
        assert int(locks) >= 1

    state = race_two_applies(terraform, first, second, held)
    assert len(state["resources"]) == 4
    assert (
        postgres.query(database, "select count(*) from pg_locks where locktype = 'advisory'") == "0"
    )

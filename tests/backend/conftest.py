"""Fixtures of the backend tests: the real Terraform against the stub provider, and real state
servers on loopback (moto's S3 and DynamoDB, PostgreSQL), one of each per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.backend.servers import (
    AWS_TEST_CREDENTIALS,
    MotoServer,
    PostgresServer,
    start_moto,
    start_postgres,
    stop,
)
from tests.backend.stub import StubTerraform


@pytest.fixture(scope="session")
def moto(tmp_path_factory) -> Iterator[MotoServer]:
    server = start_moto(tmp_path_factory.mktemp("moto"))
    yield server
    stop(server.process)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = start_postgres()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def terraform(stub_terraform, postgres) -> StubTerraform:
    """The real terraform with the stub provider (skips like every Terraform-engine test when
    tfcheck or terraform is missing, fails instead in CI), the credentials of both servers in
    its environment and nowhere in the JSON."""
    env = {**stub_terraform.env, **AWS_TEST_CREDENTIALS, "PGPASSWORD": postgres.password}
    return StubTerraform(env)

"""``cleanup --include-pool``: the workshop's pool goes after its clusters, and only when no
remaining cluster uses it; the policy and the scripts are never touched."""

from __future__ import annotations

import pytest

from tests.cli.fake_pool_and_commands import FakePoolAndCommandWorkspace, pool
from tests.cli.fake_workspace import cluster

PREFIX = "claude-code-workshop-"
POOL_DELETE = "/api/2.0/instance-pools/delete"
CLUSTER_DELETE = "/api/2.1/clusters/permanent-delete"


@pytest.fixture(scope="module")
def server():
    fake = FakePoolAndCommandWorkspace().start()
    yield fake
    fake.stop()


def _on_pool(entry: dict, pool_id: str = "p-1") -> dict:
    return {**entry, "instance_pool_id": pool_id, "driver_instance_pool_id": pool_id}


@pytest.fixture
def leftovers(workspace):
    """A lost fleet: two workshop clusters on the workshop pool, one other team's pool."""
    workspace.pools = [
        pool("p-other", "another-team-pool"),
        pool("p-1", "claude-code-workshop-pool"),
    ]
    workspace.clusters = [
        _on_pool(cluster("c-ada", f"{PREFIX}ada__example_com")),
        _on_pool(cluster("c-bob", f"{PREFIX}bob__example_com")),
        _on_pool(cluster("c-etl", "nightly-etl"), "p-other"),
    ]
    return workspace


def _api(state) -> list[str]:
    return [r.path for r in state.requests if r.method == "POST"]


def test_dry_run_leads_with_the_counts_and_names_the_pool(cli, leftovers):
    code, out, _ = cli("cleanup", "--include-pool")

    assert code == 0
    assert out.splitlines()[0] == (
        "Dry run: would permanently delete 2 clusters and the pool "
        "'claude-code-workshop-pool'; skip nothing; 1 cluster not matching left alone."
    )
    assert "Pool 'claude-code-workshop-pool' (p-1): would delete" in out
    assert _api(leftovers) == []
    assert len(leftovers.pools) == 2


def test_execute_deletes_the_clusters_then_the_pool_only(cli, leftovers):
    code, out, _ = cli("cleanup", "--include-pool", "--execute")

    assert code == 0, out
    assert _api(leftovers) == [CLUSTER_DELETE, CLUSTER_DELETE, POOL_DELETE]
    assert leftovers.bodies(POOL_DELETE) == [{"instance_pool_id": "p-1"}]
    assert [p["instance_pool_id"] for p in leftovers.pools] == ["p-other"]
    assert "  OK    pool claude-code-workshop-pool: deleted" in out
    assert not any("polic" in path or "volume" in path for path in _api(leftovers))


def test_the_pool_stays_while_a_skipped_cluster_uses_it(cli, leftovers):
    leftovers.clusters[0]["custom_tags"] = {"ManagedBy": "Terraform"}

    code, out, _ = cli("cleanup", "--include-pool", "--execute")

    assert code == 0
    assert POOL_DELETE not in _api(leftovers)
    assert (
        "skip 1 cluster tagged ManagedBy=Terraform, the pool (still used by 1 cluster that remain"
        in out
    )
    assert "Pool 'claude-code-workshop-pool': skip: still used by 1 cluster that remain" in out


def test_the_pool_stays_when_a_cluster_deletion_failed(cli, leftovers):
    leftovers.delete_failures["c-bob"] = (403, "PERMISSION_DENIED", "no Manage permission")

    code, out, _ = cli("cleanup", "--include-pool", "--execute")

    assert code == 1
    assert POOL_DELETE not in _api(leftovers)
    assert "  SKIP  pool claude-code-workshop-pool: kept, a cluster deletion failed" in out


def test_no_pool_of_that_name_is_only_reported(cli, leftovers):
    code, out, _ = cli("cleanup", "--include-pool", "--workshop", "other-day", "--execute")

    assert code == 0
    assert "Pool 'other-day-pool': skip: no pool of that name" in out
    assert POOL_DELETE not in _api(leftovers)


def test_include_pool_refuses_terminate(cli, leftovers):
    code, _, err = cli("cleanup", "--include-pool", "--terminate")

    assert code == 2
    assert "a stopped cluster still needs its pool" in err
    assert leftovers.requests == []


def test_two_pools_of_the_name_are_refused_and_nothing_is_deleted(cli, leftovers):
    leftovers.pools.append(pool("p-copy", "claude-code-workshop-pool"))

    code, out, err = cli("cleanup", "--include-pool", "--execute")

    assert code == 1
    assert "2 instance pools are named 'claude-code-workshop-pool' (p-1, p-copy)" in out + err
    assert _api(leftovers) == []
    assert len(leftovers.pools) == 3


def test_the_pool_is_kept_while_a_cluster_row_cannot_be_read(cli, leftovers):
    """A cluster whose row in the listing is malformed might take VMs from the pool: the pool
    stays, and the clusters that could be read are still removed."""
    leftovers.clusters.append({**_on_pool(cluster("c-zed", "other")), "custom_tags": "x"})
    code, out, err = cli("cleanup", "--include-pool", "--execute")
    assert code == 0, err
    assert "1 cluster could not be read, and may use it" in out
    assert POOL_DELETE not in _api(leftovers)
    assert _api(leftovers).count(CLUSTER_DELETE) == 2

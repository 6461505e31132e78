"""``cleanup`` and the pool: its warm VMs released, and with --include-pool the pool itself
after its clusters, only when no remaining cluster uses it and only a pool that carries the
workshop's tags; the policy and the scripts are never touched."""

from __future__ import annotations

import pytest

from tests.cli.fake_pool_and_commands import pool
from tests.cli.fake_workspace import cluster

PREFIX = "claude-code-workshop-"
POOL_DELETE = "/api/2.0/instance-pools/delete"
CLUSTER_DELETE = "/api/2.1/clusters/permanent-delete"


EDIT = "/api/2.0/instance-pools/edit"
WORKSHOP = "claude-code-workshop"


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
        _on_pool(cluster("c-ada", f"{PREFIX}ada__example_com", Workshop=WORKSHOP)),
        _on_pool(cluster("c-bob", f"{PREFIX}bob__example_com", Workshop=WORKSHOP)),
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
        "'claude-code-workshop-pool'; skip nothing; 1 cluster not of the workshop left alone."
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
    leftovers.clusters[0]["custom_tags"] = {"ManagedBy": "Terraform", "Workshop": WORKSHOP}

    code, out, _ = cli("cleanup", "--include-pool", "--execute")

    assert code == 0
    assert POOL_DELETE not in _api(leftovers)
    assert (
        "skip 1 cluster tagged ManagedBy=Terraform, the pool (still used by 1 cluster that remain"
        in out
    )
    assert "skip: still used by 1 cluster that remain" in out


def test_the_pool_stays_when_a_cluster_deletion_failed(cli, leftovers):
    leftovers.delete_failures["c-bob"] = (403, "PERMISSION_DENIED", "no Manage permission")

    code, out, _ = cli("cleanup", "--include-pool", "--execute")

    assert code == 1
    assert POOL_DELETE not in _api(leftovers)
    assert "  SKIP  pool claude-code-workshop-pool: kept, a cluster deletion failed" in out


def test_no_pool_of_that_name_is_not_an_error(cli, leftovers):
    for entry in leftovers.clusters:
        entry["custom_tags"] = {"Workshop": "other-day"}

    code, out, _ = cli("cleanup", "--include-pool", "--workshop", "other-day", "--execute")

    assert code == 0
    assert "Pool '" not in out
    assert POOL_DELETE not in _api(leftovers)


def test_cleanup_releases_the_warm_vms_pool_warm_left(cli, leftovers):
    leftovers.pools[1]["min_idle_instances"] = 140
    leftovers.pools[0]["min_idle_instances"] = 7  # another team's pool

    code, out, _ = cli("cleanup")

    assert code == 0
    assert out.splitlines()[0].startswith(
        "Dry run: would permanently delete 2 clusters; release the pool's 140 warm VMs;"
    )
    assert "Pool 'claude-code-workshop-pool' (p-1): would set min_idle_instances 140 -> 0" in out
    assert _api(leftovers) == []

    code, out, _ = cli("cleanup", "--execute")

    assert code == 0, out
    [edit] = leftovers.bodies(EDIT)
    assert edit["instance_pool_id"] == "p-1" and edit["min_idle_instances"] == 0
    assert edit["max_capacity"] == 145  # everything else sent back as it was
    assert "  OK    pool claude-code-workshop-pool: min_idle_instances 140 -> 0" in out
    assert leftovers.pools[0]["min_idle_instances"] == 7
    assert POOL_DELETE not in _api(leftovers)


def test_a_pool_without_the_workshop_tags_is_kept(cli, leftovers):
    leftovers.pools[1]["custom_tags"] = {"Purpose": "someone-else"}
    leftovers.pools[1]["min_idle_instances"] = 10

    code, out, _ = cli("cleanup", "--include-pool", "--execute")

    assert code == 0
    assert "its tags are not the workshop file's tags: the stacks did not create it" in out
    assert POOL_DELETE not in _api(leftovers) and EDIT not in _api(leftovers)


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

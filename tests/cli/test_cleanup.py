"""``coding-assistants cleanup`` against the fake workspace: only prefixed clusters, ever."""

from __future__ import annotations

import pytest

from tests.cli.fake_workspace import cluster

PREFIX = "claude-code-workshop-"
DELETE = "/api/2.1/clusters/permanent-delete"
TERMINATE = "/api/2.1/clusters/delete"
LIST = "/api/2.1/clusters/list"


@pytest.fixture
def clusters(workspace):
    """Five clusters over three pages: three with the prefix, two that only look alike."""
    workspace.clusters = [
        cluster("0101-ada", f"{PREFIX}ada__example_com", ManagedBy="Terraform"),
        cluster("0101-etl", "nightly-etl"),
        cluster("0101-bob", f"{PREFIX}bob__example_com", state="TERMINATED"),
        cluster("0101-cap", "Claude-Code-Workshop-carol__example_com"),  # other case
        cluster("0101-eve", f"{PREFIX}eve-4a1b2c3d4e"),
    ]
    return workspace


def _deleted(state, path=DELETE) -> list[str]:
    return [body["cluster_id"] for body in state.bodies(path)]


def _api_calls(state) -> set[tuple[str, str]]:
    return {(r.method, r.path) for r in state.requests if r.path.startswith("/api/")}


def test_cleanup_is_a_dry_run_by_default(cli, clusters):
    code, out, _ = cli("cleanup", "--prefix", PREFIX)

    assert code == 0
    assert _api_calls(clusters) == {("GET", LIST)}
    assert len(clusters.clusters) == 5
    assert "Mode:      dry run (nothing is changed)" in out
    assert "Action:    permanent delete: the cluster and its configuration are removed" in out
    assert f"3 clusters start with '{PREFIX}' (2 clusters without the prefix left alone)" in out
    assert out.count("would permanently delete") == 3
    assert "Dry run: nothing was changed. To permanently delete 3 clusters" in out


def test_cleanup_lists_only_prefixed_clusters_in_name_order(cli, clusters):
    _, out, _ = cli("cleanup", "--dry-run")

    listed = [line.split()[0] for line in out.splitlines() if line.startswith("0101-")]
    assert listed == ["0101-ada", "0101-bob", "0101-eve"]
    assert "nightly-etl" not in out
    assert "Claude-Code-Workshop-carol" not in out


def test_cleanup_points_to_terraform_for_managed_clusters(cli, clusters):
    _, out, _ = cli("cleanup")

    ada = next(line for line in out.splitlines() if line.startswith("0101-ada"))
    assert "Terraform" in ada
    assert "1 cluster of these carry the tag ManagedBy=Terraform" in out
    assert "`cdktf destroy workshop-fleet --skip-synth`" in out


def test_cleanup_execute_deletes_only_prefixed_clusters(cli, clusters):
    code, out, _ = cli("cleanup", "--prefix", PREFIX, "--execute")

    assert code == 0
    assert sorted(_deleted(clusters)) == ["0101-ada", "0101-bob", "0101-eve"]
    assert [c["cluster_id"] for c in clusters.clusters] == ["0101-etl", "0101-cap"]
    assert _api_calls(clusters) == {("GET", LIST), ("POST", DELETE)}
    assert "Permanently deleting 3 clusters:" in out
    assert f"  OK    0101-ada  {PREFIX}ada__example_com: deleted" in out
    assert "3 done, 0 failed." in out


def test_cleanup_reports_a_failed_deletion_and_goes_on(cli, clusters):
    clusters.delete_failures["0101-bob"] = (403, "PERMISSION_DENIED", "no Manage permission")

    code, out, _ = cli("cleanup", "--execute")

    assert code == 1
    assert sorted(_deleted(clusters)) == ["0101-ada", "0101-bob", "0101-eve"]
    assert [c["cluster_id"] for c in clusters.clusters] == ["0101-etl", "0101-bob", "0101-cap"]
    lines = [line for line in out.splitlines() if line.startswith(("  OK", "  FAIL"))]
    assert lines == [
        f"  OK    0101-ada  {PREFIX}ada__example_com: deleted",
        f"  FAIL  0101-bob  {PREFIX}bob__example_com: PERMISSION_DENIED: no Manage permission",
        f"  OK    0101-eve  {PREFIX}eve-4a1b2c3d4e: deleted",
    ]
    assert "2 done, 1 failed." in out


def test_cleanup_terminate_stops_without_deleting(cli, clusters):
    code, out, _ = cli("cleanup", "--execute", "--terminate")

    assert code == 0
    assert _deleted(clusters) == []
    assert sorted(_deleted(clusters, TERMINATE)) == ["0101-ada", "0101-eve"]
    assert "Action:    terminate: the cluster stops but stays in the cluster list" in out
    assert f"0101-bob  {PREFIX}bob__example_com: already terminated, left as is" in out
    assert len(clusters.clusters) == 5


def test_cleanup_with_nothing_to_do(cli, clusters):
    code, out, _ = cli("cleanup", "--prefix", "hackathon-2031-", "--execute")

    assert code == 0
    assert "No cluster name starts with 'hackathon-2031-'" in out
    assert _api_calls(clusters) == {("GET", LIST)}


@pytest.mark.parametrize(
    ("prefix", "message"),
    [
        ("", "--prefix is empty"),
        ("   ", "--prefix is empty"),
        ("claude", "--prefix 'claude' is too short: give at least 8 characters"),
    ],
)
def test_fails_when_the_prefix_is_empty_or_short(cli, clusters, prefix, message):
    code, _, err = cli("cleanup", f"--prefix={prefix}", "--execute")

    assert code == 2
    assert message in err
    assert clusters.requests == []


def test_fails_when_dry_run_and_execute_are_both_given(cli, clusters):
    code, _, err = cli("cleanup", "--dry-run", "--execute")

    assert code == 2
    assert "not allowed with argument" in err
    assert clusters.requests == []


def test_fails_without_credentials(cli, clusters, monkeypatch):
    monkeypatch.delenv("DATABRICKS_TOKEN")
    monkeypatch.delenv("DATABRICKS_HOST")

    code, _, err = cli("cleanup", "--execute")

    assert code == 1
    assert "no usable host and credentials" in err
    assert "databricks auth login" in err
    assert clusters.requests == []


def test_fails_when_the_token_is_refused(cli, clusters, monkeypatch):
    monkeypatch.setenv("DATABRICKS_TOKEN", "dapi-wrong-token-0000")

    code, _, err = cli("cleanup", "--execute")

    assert code == 1
    assert "cannot list the clusters" in err
    assert _deleted(clusters) == []

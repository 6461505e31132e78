"""``coding-assistants cleanup`` against the fake workspace: only prefixed clusters, ever, and
Terraform-managed ones only with --include-managed."""

from __future__ import annotations

import pytest

from tests.cli.fake_workspace import cluster

PREFIX = "claude-code-workshop-"
DELETE = "/api/2.1/clusters/permanent-delete"
TERMINATE = "/api/2.1/clusters/delete"
LIST = "/api/2.1/clusters/list"


WORKSHOP = "claude-code-workshop"


@pytest.fixture
def clusters(workspace):
    """Six clusters over three pages: four with the prefix (one of them managed by Terraform,
    one of another workshop), two that only look alike."""
    workspace.clusters = [
        cluster("0101-ada", f"{PREFIX}ada__example_com", ManagedBy="Terraform", Workshop=WORKSHOP),
        cluster("0101-etl", "nightly-etl"),
        cluster("0101-bob", f"{PREFIX}bob__example_com", state="TERMINATED", Workshop=WORKSHOP),
        cluster("0101-cap", "Claude-Code-Workshop-carol__example_com"),  # other case
        cluster("0101-eve", f"{PREFIX}eve-4a1b2c3d4e"),
        cluster("0101-kim", f"{PREFIX}kim__example_com", Workshop="hackathon-2031"),
    ]
    return workspace


def _deleted(state, path=DELETE) -> list[str]:
    return [body["cluster_id"] for body in state.bodies(path)]


def _api_calls(state) -> set[tuple[str, str]]:
    return {(r.method, r.path) for r in state.requests if r.path.startswith("/api/")}


def _remaining(state) -> list[str]:
    return [c["cluster_id"] for c in state.clusters]


SKIP_ADA = (
    f"  SKIP  0101-ada  {PREFIX}ada__example_com: tagged ManagedBy=Terraform, left to Terraform"
)


def _results(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith(("  OK", "  FAIL", "  SKIP"))]


def _plans(out: str) -> dict[str, str]:
    """The PLAN cell of each listed cluster, by cluster ID."""
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("CLUSTER ID"))
    column = header.index("PLAN")
    return {line.split()[0]: line[column:] for line in lines if line.startswith("0101-")}


def test_cleanup_is_a_dry_run_by_default(cli, clusters):
    code, out, _ = cli("cleanup", "--prefix", PREFIX)

    assert code == 0
    assert _api_calls(clusters) == {("GET", LIST)}
    assert len(clusters.clusters) == 6
    assert "Mode:      dry run (nothing is changed)" in out
    assert "Action:    permanent delete: the cluster and its configuration are removed" in out
    assert f"4 clusters start with '{PREFIX}' (2 clusters without the prefix left alone)" in out
    assert out.splitlines()[0] == (
        "Dry run: would permanently delete 3 clusters; skip 1 cluster tagged "
        "ManagedBy=Terraform; 2 clusters not matching left alone."
    )
    assert list(_plans(out).values()) == ["would permanently delete"] * 3
    assert "Dry run: nothing was changed. To permanently delete 3 clusters" in out


def test_cleanup_lists_only_prefixed_clusters_in_name_order(cli, clusters):
    _, out, _ = cli("cleanup", "--dry-run", "--verbose")

    assert list(_plans(out)) == ["0101-ada", "0101-bob", "0101-eve", "0101-kim"]
    assert "nightly-etl" not in out
    assert "Claude-Code-Workshop-carol" not in out


def test_cleanup_dry_run_counts_the_skipped_and_lists_them_only_when_verbose(cli, clusters):
    _, out, _ = cli("cleanup")
    assert "0101-ada" not in out
    assert "Skipped 1 cluster tagged ManagedBy=Terraform" in out
    assert "(--verbose lists the skipped clusters one per line)" in out

    _, out, _ = cli("cleanup", "--verbose")

    assert "Managed:   skipped (clusters tagged ManagedBy=Terraform are left to Terraform)" in out
    assert _plans(out) == {
        "0101-ada": "skip: ManagedBy=Terraform",
        "0101-bob": "would permanently delete",
        "0101-eve": "would permanently delete",
        "0101-kim": "would permanently delete",
    }
    ada = next(line for line in out.splitlines() if line.startswith("0101-ada"))
    assert ada.split()[3] == "Terraform"
    assert "Skipped 1 cluster tagged ManagedBy=Terraform: the stacks created it" in out
    assert "Remove it with `cdktf destroy workshop-fleet --skip-synth`" in out
    assert "(or `terraform -chdir=cdktf.out/stacks/workshop-fleet destroy`)" in out
    assert "or run again with --include-managed" in out


def test_cleanup_execute_never_touches_terraform_managed_clusters(cli, clusters):
    code, out, _ = cli("cleanup", "--execute", "--verbose")

    assert code == 0
    assert "0101-ada" not in _deleted(clusters)
    assert _deleted(clusters, TERMINATE) == []
    assert "0101-ada" in _remaining(clusters)
    assert _results(out)[0] == SKIP_ADA
    assert "3 done, 0 failed, 1 skipped." in out


def test_cleanup_terminate_never_touches_terraform_managed_clusters(cli, clusters):
    code, _, _ = cli("cleanup", "--execute", "--terminate")

    assert code == 0
    assert "0101-ada" not in _deleted(clusters, TERMINATE)
    assert next(c for c in clusters.clusters if c["cluster_id"] == "0101-ada")["state"] == "RUNNING"


def test_cleanup_with_only_managed_clusters_does_nothing(cli, clusters):
    code, out, _ = cli("cleanup", "--workshop", WORKSHOP, "--prefix", f"{PREFIX}ada", "--execute")

    assert code == 0
    assert "Nothing to permanently delete: every listed cluster is skipped." in out
    assert _api_calls(clusters) == {("GET", LIST)}


def test_cleanup_include_managed_deletes_terraform_managed_clusters(cli, clusters):
    code, out, _ = cli("cleanup", "--include-managed", "--execute")

    assert code == 0
    assert sorted(_deleted(clusters)) == ["0101-ada", "0101-bob", "0101-eve", "0101-kim"]
    assert "Managed:   included (--include-managed)" in out
    assert "Warning: 1 cluster tagged ManagedBy=Terraform included (--include-managed)" in out
    assert f"  OK    0101-ada  {PREFIX}ada__example_com: deleted" in out
    assert "4 done, 0 failed, 0 skipped." in out


def test_cleanup_include_managed_dry_run_plans_them_but_changes_nothing(cli, clusters):
    code, out, _ = cli("cleanup", "--include-managed")

    assert code == 0
    assert _plans(out)["0101-ada"] == "would permanently delete"
    assert _api_calls(clusters) == {("GET", LIST)}
    assert "To permanently delete 4 clusters, run again with --execute." in out


def test_cleanup_workshop_filters_on_the_workshop_tag(cli, clusters):
    code, out, _ = cli("cleanup", "--workshop", WORKSHOP, "--include-managed", "--execute")

    assert code == 0
    assert sorted(_deleted(clusters)) == ["0101-ada", "0101-bob"]
    assert _remaining(clusters) == ["0101-etl", "0101-cap", "0101-eve", "0101-kim"]
    assert f"Workshop:  '{WORKSHOP}' (only clusters tagged Workshop={WORKSHOP})" in out
    assert (
        f"2 clusters tagged Workshop={WORKSHOP} start with '{PREFIX}' "
        "(2 clusters without the prefix and 2 of another or no workshop left alone):"
    ) in out


def test_cleanup_workshop_filter_still_skips_managed_clusters(cli, clusters):
    code, out, _ = cli("cleanup", "--workshop", "hackathon-2031")

    assert code == 0
    assert _plans(out) == {"0101-kim": "would permanently delete"}
    assert "1 cluster tagged Workshop=hackathon-2031 starts with" in out


def test_cleanup_workshop_with_no_match(cli, clusters):
    code, out, _ = cli("cleanup", "--workshop", "nope-2040", "--execute")

    assert code == 0
    assert f"No cluster tagged Workshop=nope-2040 starts with '{PREFIX}'" in out
    assert _api_calls(clusters) == {("GET", LIST)}


def test_cleanup_execute_deletes_only_prefixed_unmanaged_clusters(cli, clusters):
    code, out, _ = cli("cleanup", "--prefix", PREFIX, "--execute")

    assert code == 0
    assert sorted(_deleted(clusters)) == ["0101-bob", "0101-eve", "0101-kim"]
    assert _remaining(clusters) == ["0101-ada", "0101-etl", "0101-cap"]
    assert _api_calls(clusters) == {("GET", LIST), ("POST", DELETE)}
    assert "Permanently deleting 3 clusters:" in out
    assert f"  OK    0101-bob  {PREFIX}bob__example_com: deleted" in out
    assert "3 done, 0 failed, 1 skipped." in out


def test_cleanup_reports_a_failed_deletion_and_goes_on(cli, clusters):
    clusters.delete_failures["0101-bob"] = (403, "PERMISSION_DENIED", "no Manage permission")

    code, out, _ = cli("cleanup", "--execute", "--verbose")

    assert code == 1
    assert sorted(_deleted(clusters)) == ["0101-bob", "0101-eve", "0101-kim"]
    assert _remaining(clusters) == ["0101-ada", "0101-etl", "0101-bob", "0101-cap"]
    assert _results(out) == [
        SKIP_ADA,
        f"  FAIL  0101-bob  {PREFIX}bob__example_com: PERMISSION_DENIED: no Manage permission",
        f"  OK    0101-eve  {PREFIX}eve-4a1b2c3d4e: deleted",
        f"  OK    0101-kim  {PREFIX}kim__example_com: deleted",
    ]
    assert "2 done, 1 failed, 1 skipped." in out


def test_cleanup_terminate_stops_without_deleting(cli, clusters):
    code, out, _ = cli("cleanup", "--execute", "--terminate")

    assert code == 0
    assert _deleted(clusters) == []
    assert sorted(_deleted(clusters, TERMINATE)) == ["0101-eve", "0101-kim"]
    assert "Action:    terminate: the cluster stops but stays in the cluster list" in out
    assert f"0101-bob  {PREFIX}bob__example_com: already terminated, left as is" in out
    assert len(clusters.clusters) == 6


def test_cleanup_with_nothing_to_do(cli, clusters):
    code, out, _ = cli("cleanup", "--prefix", "hackathon-2031-", "--execute")

    assert code == 0
    assert "No cluster starts with 'hackathon-2031-'" in out
    assert _api_calls(clusters) == {("GET", LIST)}


def test_fails_when_the_workshop_is_empty(cli, clusters):
    code, _, err = cli("cleanup", "--workshop", " ", "--execute")

    assert code == 2
    assert "argument --workshop: must not be empty, got ' '" in err
    assert clusters.requests == []


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


@pytest.mark.parametrize(
    "bad",
    [
        {"custom_tags": ["ManagedBy", "Terraform"]},
        {"custom_tags": {"Workshop": 7}},
        {"cluster_id": 12345},
        {"cluster_name": {"en": "x"}},
    ],
    ids=["tags-a-list", "tag-a-number", "id-a-number", "name-an-object"],
)
def test_a_malformed_cluster_row_is_left_alone_and_the_rest_still_cleaned(
    cli, clusters, databricks_cli, bad
):
    """One row of the listing that is not what the Clusters API sends never costs the whole
    clean-up: it is named as malformed and never acted on; every other cluster is handled."""
    clusters.clusters.append({**cluster("0101-zed", f"{PREFIX}zed__example_com"), **bad})
    code, out, err = cli("cleanup", "--execute", "--timeout", "10")
    assert code == 0, err
    assert "Left alone 1 cluster whose row in the workspace's listing is malformed" in out
    assert "clusters[" in out
    assert sorted(_deleted(clusters)) == ["0101-bob", "0101-eve", "0101-kim"]
    assert "unexpected" not in out + err and "internal error" not in out + err

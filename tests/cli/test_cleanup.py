"""``coding-assistants cleanup`` against the fake workspace: a workshop's clusters chosen by its
Workshop tag and settings file, never by a name alone; Terraform-managed ones only with
--include-managed; nothing of the workshop found is an error that names the file it needs."""

from __future__ import annotations

import json

import pytest

from tests.cli.fake_workspace import cluster

PREFIX = "claude-code-workshop-"
DELETE = "/api/2.1/clusters/permanent-delete"
TERMINATE = "/api/2.1/clusters/delete"
LIST = "/api/2.1/clusters/list"
POOLS = "/api/2.0/instance-pools/list"
WORKSHOP = "claude-code-workshop"


@pytest.fixture
def clusters(workspace):
    """Seven clusters over four pages: three of the workshop (one managed by Terraform, one a
    facilitator's test cluster made with the policy), four that only look alike."""
    workspace.clusters = [
        cluster("0101-ada", f"{PREFIX}ada__example_com", ManagedBy="Terraform", Workshop=WORKSHOP),
        cluster("0101-etl", "nightly-etl"),
        cluster("0101-bob", f"{PREFIX}bob__example_com", state="TERMINATED", Workshop=WORKSHOP),
        cluster("0101-cap", "Claude-Code-Workshop-carol__example_com"),  # other case, no tag
        cluster("0101-eve", f"{PREFIX}eve-4a1b2c3d4e"),  # named like it, made by hand
        cluster("0101-kim", f"{PREFIX}kim__example_com", Workshop="hackathon-2031"),
        cluster("0101-tst", "facilitator-test", Workshop=WORKSHOP),
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
    code, out, _ = cli("cleanup")

    assert code == 0
    assert _api_calls(clusters) == {("GET", LIST), ("GET", POOLS)}
    assert len(clusters.clusters) == 7
    assert "Mode:      dry run (nothing is changed)" in out
    assert "Action:    permanent delete: the cluster and its configuration are removed" in out
    assert out.splitlines()[0] == (
        "Dry run: would permanently delete 2 clusters; skip 1 cluster tagged "
        "ManagedBy=Terraform; 4 clusters not of the workshop left alone."
    )
    assert list(_plans(out).values()) == ["would permanently delete"] * 2
    assert "Dry run: nothing was changed. To do the above, run again with --execute." in out


def test_cleanup_chooses_by_the_workshop_tag_never_by_the_name(cli, clusters):
    _, out, _ = cli("cleanup", "--dry-run", "--verbose")

    assert list(_plans(out)) == ["0101-ada", "0101-bob", "0101-tst"]
    assert "0101-eve" not in out and "nightly-etl" not in out and "0101-kim" not in out
    assert (
        f"3 clusters tagged Workshop={WORKSHOP} (4 clusters of another or no workshop (2 named "
        "like it, without its tag: not made by the stacks) left alone):"
    ) in out


def test_cleanup_reads_the_workshop_file_whatever_its_prefix(cli, clusters, tmp_path):
    clusters.clusters += [
        cluster("0202-ada", "ccw-ada__example_com", Workshop="claude-code-workshop-spring"),
        cluster("0202-tst", "spring-test", Workshop="claude-code-workshop-spring"),
    ]
    settings = tmp_path / "workshop.json"
    settings.write_text(
        json.dumps({"workshop_name": "claude-code-workshop-spring", "cluster_name_prefix": "ccw"})
    )

    code, out, _ = cli("cleanup", "--workshop-file", str(settings), "--prefix", "ccw-", "--execute")

    assert code == 0, out
    assert _deleted(clusters) == ["0202-ada"]
    assert "Workshop:  claude-code-workshop-spring (" in out


def test_cleanup_dry_run_counts_the_skipped_and_lists_them_only_when_verbose(cli, clusters):
    _, out, _ = cli("cleanup")
    assert "0101-ada" not in out
    assert "Skipped 1 cluster tagged ManagedBy=Terraform" in out
    assert "(--verbose lists the skipped clusters one per line)" in out

    _, out, _ = cli("cleanup", "--verbose")

    assert _plans(out) == {
        "0101-ada": "skip: ManagedBy=Terraform",
        "0101-bob": "would permanently delete",
        "0101-tst": "would permanently delete",
    }
    ada = next(line for line in out.splitlines() if line.startswith("0101-ada"))
    assert ada.split()[3] == "Terraform"
    assert "Skipped 1 cluster tagged ManagedBy=Terraform: the stacks created it" in out
    assert "Remove it with `cdktf destroy workshop-fleet --skip-synth`" in out
    assert "or run again with --include-managed" in out


def test_cleanup_execute_never_touches_terraform_managed_clusters(cli, clusters):
    code, out, _ = cli("cleanup", "--execute", "--verbose")

    assert code == 0
    assert sorted(_deleted(clusters)) == ["0101-bob", "0101-tst"]
    assert _deleted(clusters, TERMINATE) == []
    assert _results(out)[0] == SKIP_ADA
    assert "2 done, 0 failed, 1 skipped." in out


def test_cleanup_terminate_stops_without_deleting(cli, clusters):
    code, out, _ = cli("cleanup", "--execute", "--terminate")

    assert code == 0
    assert _deleted(clusters) == []
    assert _deleted(clusters, TERMINATE) == ["0101-tst"]
    assert "Action:    terminate: the cluster stops but stays in the cluster list" in out
    assert f"0101-bob  {PREFIX}bob__example_com: already terminated, left as is" in out


def test_cleanup_include_managed_deletes_terraform_managed_clusters(cli, clusters):
    code, out, _ = cli("cleanup", "--include-managed", "--execute")

    assert code == 0
    assert sorted(_deleted(clusters)) == ["0101-ada", "0101-bob", "0101-tst"]
    assert "Warning: 1 cluster tagged ManagedBy=Terraform included (--include-managed)" in out
    assert "3 done, 0 failed, 0 skipped." in out


def test_cleanup_with_only_managed_clusters_does_nothing(cli, clusters):
    code, out, _ = cli("cleanup", "--prefix", f"{PREFIX}ada", "--execute")

    assert code == 0
    assert "Nothing to do: everything found is skipped or already clean." in out
    assert ("POST", DELETE) not in _api_calls(clusters)


def test_cleanup_reports_a_failed_deletion_and_goes_on(cli, clusters):
    clusters.delete_failures["0101-bob"] = (403, "PERMISSION_DENIED", "no Manage permission")

    code, out, _ = cli("cleanup", "--execute", "--verbose")

    assert code == 1
    assert _results(out) == [
        SKIP_ADA,
        f"  FAIL  0101-bob  {PREFIX}bob__example_com: PERMISSION_DENIED: no Manage permission",
        "  OK    0101-tst  facilitator-test: deleted",
    ]
    assert "1 done, 1 failed, 1 skipped." in out


def test_fails_when_nothing_of_the_workshop_is_found(cli, clusters, tmp_path):
    code, _, err = cli("cleanup", "--workshop", "nope-2040", "--execute")

    assert code == 1
    assert "nothing of workshop 'nope-2040' was found" in err
    assert ("POST", DELETE) not in _api_calls(clusters)

    clusters.clusters = [
        c for c in clusters.clusters if c["custom_tags"].get("Workshop") != WORKSHOP
    ]
    code, _, err = cli("cleanup")

    assert code == 1
    assert "the default workshop_name 'claude-code-workshop' (no --workshop-file" in err


def test_fails_when_the_workshop_file_is_refused(cli, clusters, tmp_path):
    settings = tmp_path / "workshop.json"
    settings.write_text('{"workshop_name": "x", "clustr_name_prefix": "ccw"}')

    code, _, err = cli("cleanup", "--workshop-file", str(settings))

    assert code == 2
    assert "clustr_name_prefix: unknown input; did you mean 'cluster_name_prefix'?" in err
    assert clusters.requests == []


def test_fails_when_the_workshop_or_prefix_is_empty(cli, clusters):
    for option in ("--workshop", "--prefix"):
        code, _, err = cli("cleanup", option, " ", "--execute")

        assert code == 2
        assert f"argument {option}: must not be empty, got ' '" in err
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
    zed = cluster("0101-zed", f"{PREFIX}zed__example_com", Workshop=WORKSHOP)
    clusters.clusters.append({**zed, **bad})
    code, out, err = cli("cleanup", "--execute", "--timeout", "10")
    assert code == 0, err
    assert "Left alone 1 cluster whose row in the workspace's listing is malformed" in out
    assert "clusters[" in out
    assert sorted(_deleted(clusters)) == ["0101-bob", "0101-tst"]
    assert "unexpected" not in out + err and "internal error" not in out + err

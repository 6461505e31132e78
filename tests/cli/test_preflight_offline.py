"""``preflight --offline-bundle``: the bundle in the volume against its manifest, through the
fake workspace's Files API (file reads and paged directory listings)."""

from __future__ import annotations

import json
import re

import pytest

from tests.shell.offline_box import CLAUDE_TARBALL, write_bundle

VOLUME = "/Volumes/main/tools/offline/claude-2.1.332"
TIMEOUT = "5"


@pytest.fixture
def uploaded(workspace, tmp_path) -> dict[str, bytes]:
    """A bundle written as stage-offline writes it, uploaded into the fake volume."""
    root = tmp_path / "bundle"
    write_bundle(root)
    files = {
        f"{VOLUME}/{p.relative_to(root).as_posix()}": p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
    workspace.volume_files.update(files)
    return workspace.volume_files


def _row(out: str) -> tuple[str, str]:
    match = re.search(r"^offline bundle\s+(OK|FAIL|SKIP)\s+(.*)$", out, re.MULTILINE)
    assert match, out
    return match[1], match[2]


def _preflight(cli, *extra: str) -> tuple[int, str]:
    code, out, _ = cli("preflight", "--offline-bundle", VOLUME, "--timeout", TIMEOUT, *extra)
    return code, out


def test_bundle_with_every_file_passes(cli, workspace, uploaded, databricks_cli):
    databricks_cli("Databricks CLI v0.270.0")
    code, out = _preflight(cli)
    assert _row(out) == ("OK", f"{VOLUME}: manifest and 4 files present, sizes match")
    assert code == 0, out
    listed = [p for p in workspace.paths("GET") if p.startswith("/api/2.0/fs/directories")]
    assert len(listed) > len(set(listed)), "the wheel directory spans two pages"


def test_missing_file_fails_with_its_path(cli, workspace, uploaded, databricks_cli):
    databricks_cli("Databricks CLI v0.270.0")
    del uploaded[f"{VOLUME}/{CLAUDE_TARBALL}"]
    code, out = _preflight(cli)
    status, detail = _row(out)
    assert (code, status) == (1, "FAIL")
    assert f"{CLAUDE_TARBALL} missing" in detail


def test_file_of_the_wrong_size_fails(cli, workspace, uploaded, databricks_cli):
    databricks_cli("Databricks CLI v0.270.0")
    uploaded[f"{VOLUME}/python/requirements.txt"] += b"x"
    code, out = _preflight(cli)
    status, detail = _row(out)
    assert (code, status) == (1, "FAIL")
    assert "python/requirements.txt is" in detail and "the manifest says" in detail


def test_missing_manifest_fails_with_the_fix(cli, workspace, databricks_cli):
    databricks_cli("Databricks CLI v0.270.0")
    code, out = _preflight(cli)
    status, detail = _row(out)
    assert (code, status) == (1, "FAIL")
    assert "manifest.json" in detail and "stage-offline" in out


def test_bundle_row_is_skipped_when_the_workspace_does_not_answer(cli, workspace, databricks_cli):
    databricks_cli("Databricks CLI v0.270.0")
    workspace.me_status = 401
    _, out = _preflight(cli)
    assert _row(out)[0] == "SKIP"


def test_listing_stops_at_its_page_bound(cli, workspace, uploaded, databricks_cli, monkeypatch):
    from coding_assistants.cli.services import offline_check

    databricks_cli("Databricks CLI v0.270.0")
    monkeypatch.setattr(offline_check, "MAX_PAGES", 1)
    code, out = _preflight(cli)
    status, detail = _row(out)
    assert (code, status) == (1, "FAIL") and "more than 1 pages" in detail


def test_listing_stops_on_a_repeated_page_token_and_says_so(
    cli, workspace, uploaded, databricks_cli
):
    databricks_cli("Databricks CLI v0.270.0")
    workspace.page_tokens = "repeat"
    code, out = _preflight(cli)
    status, detail = _row(out)
    assert (code, status) == (1, "FAIL")
    assert "sent the page token '0' twice; stopped after 2 pages" in detail
    assert "missing" not in detail, "a listing cut short is not a missing file"


@pytest.mark.parametrize("path", ["/dbfs/FileStore/bundle", "/Volumes/main/tools/offline"])
def test_a_path_outside_a_volume_directory_is_refused(cli, workspace, path):
    code, _, err = cli("preflight", "--offline-bundle", path)
    assert code == 2 and "a directory in a Unity Catalog volume" in err
    assert workspace.requests == []


@pytest.mark.parametrize("bad", ["12a", None, -5, 2.5, {"bytes": 1}])
def test_a_malformed_row_of_the_listing_is_shown_as_bad_and_the_rest_still_checked(
    cli, workspace, uploaded, databricks_cli, bad
):
    """One row whose file_size is not a size never costs the whole report: the table is
    printed, that file is named as listed in a malformed row, and every other file is still
    compared (here one of them is also of the wrong size)."""
    databricks_cli("Databricks CLI v0.270.0")
    wheel = next(p for p in uploaded if p.endswith(".whl"))
    workspace.listing_rows[wheel.rsplit("/", 1)[1]] = {"file_size": bad}
    uploaded[f"{VOLUME}/python/requirements.txt"] += b"x"
    code, out = _preflight(cli)
    status, detail = _row(out)
    assert (code, status) == (1, "FAIL")
    assert f"{wheel.removeprefix(VOLUME + '/')}: the listing's row is malformed" in detail
    assert "file_size" in detail
    assert "python/requirements.txt is" in detail, "the other files are still compared"
    assert "unexpected" not in out and re.search(r"^credentials\s+OK", out, re.MULTILINE)


def test_a_malformed_manifest_in_the_volume_names_the_field(
    cli, workspace, uploaded, databricks_cli
):
    databricks_cli("Databricks CLI v0.270.0")
    manifest = f"{VOLUME}/manifest.json"
    data = json.loads(uploaded[manifest])
    data["files"][0]["sha256"] = 12345
    uploaded[manifest] = json.dumps(data).encode()
    code, out = _preflight(cli)
    status, detail = _row(out)
    assert (code, status) == (1, "FAIL")
    assert f"{manifest}: files[0].sha256: expected text, got 12345" in detail


def test_a_deeply_nested_answer_is_refused_by_the_bounded_reader(
    cli, workspace, uploaded, databricks_cli
):
    databricks_cli("Databricks CLI v0.270.0")
    uploaded[f"{VOLUME}/manifest.json"] = b"[" * 50_000 + b"]" * 50_000
    code, out = _preflight(cli)
    status, detail = _row(out)
    assert (code, status) == (1, "FAIL")
    assert "JSON nested more than 64 levels deep" in detail

"""``coding-assistants stage-offline``: staging with npm and pip played by a fake runner, and
the upload against a fake Files API."""

from __future__ import annotations

import base64
import hashlib
import json
import socket
from pathlib import Path

import pytest

from coding_assistants import facts
from coding_assistants.cli.services import offline_stage
from coding_assistants.offline_bundle import load_manifest, sha256_file, verify_bundle
from tests.cli.conftest import point_at
from tests.cli.fake_files import FakeFiles

VERSION = "2.1.332"
TARBALL = b"npm tarball bytes " * 100
WHEELS = {
    "mlflow_skinny-3.11.1-py3-none-any.whl": b"mlflow wheel",
    "numpy-2.0.0-cp312-cp312-manylinux_2_17_x86_64.whl": b"numpy wheel",
}
VOLUME = "/Volumes/main/tools/offline/claude"


class FakeClients:
    """Plays ``npm view``, ``npm pack`` and ``pip download``; records every command."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.served = TARBALL

    def __call__(self, argv):
        self.calls.append(list(argv))
        if argv[:2] == ["npm", "view"]:
            digest = base64.b64encode(hashlib.sha512(TARBALL).digest()).decode()
            return json.dumps(f"sha512-{digest}")
        if argv[:2] == ["npm", "pack"]:
            dest = Path(argv[argv.index("--pack-destination") + 1])
            name = argv[2].replace("@anthropic-ai/", "anthropic-ai-").replace("@", "-")
            (dest / f"{name}.tgz").write_bytes(self.served)
            return json.dumps([{"filename": f"{name}.tgz"}])
        if "download" in argv:
            dest = Path(argv[argv.index("--dest") + 1])
            for name, data in WHEELS.items():
                (dest / name).write_bytes(data)
            return ""
        raise AssertionError(f"unexpected command {argv}")


@pytest.fixture(autouse=True)
def later_each_time(monkeypatch) -> list[str]:
    """Every staging runs one minute after the previous one, as on a real machine where a
    second run never shares the first one's second; returns the stamps handed out."""
    stamps: list[str] = []

    def now() -> str:
        stamps.append(f"2026-11-28T10:{len(stamps):02d}:00Z")
        return stamps[-1]

    monkeypatch.setattr(offline_stage, "utc_now", now)
    return stamps


@pytest.fixture
def clients(monkeypatch) -> FakeClients:
    fake = FakeClients()
    monkeypatch.setattr(offline_stage, "run_command", fake)
    return fake


def _digest(out: str) -> str:
    return out.split("offline_bundle_sha256 = ")[1].split()[0]


def test_stage_offline_writes_a_verified_bundle(cli, clients, tmp_path):
    code, out, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(tmp_path))
    assert code == 0, err
    assert _digest(out) == sha256_file(tmp_path / "manifest.json")
    assert verify_bundle(tmp_path, _digest(out)) == []
    manifest, files = load_manifest(tmp_path)
    assert manifest["claude_code"] == {
        "package": "@anthropic-ai/claude-code",
        "platforms": ["linux-x64"],
        "version": VERSION,
    }
    assert manifest["python"]["requirement"] == " ".join(
        (f"mlflow-skinny=={facts.MLFLOW_PIN}", *facts.MLFLOW_TRACING_EXTRAS)
    )
    assert manifest["python"]["tag"] == "cp312"
    assert manifest["system_packages"].startswith("not staged")
    (claude,) = [f for f in files if f.role == "claude"]
    assert claude.npm_integrity.startswith("sha512-")
    assert claude.sha256 == hashlib.sha256(TARBALL).hexdigest()
    requirements = (tmp_path / "python" / "requirements.txt").read_text().splitlines()
    mlflow_hash = hashlib.sha256(WHEELS["mlflow_skinny-3.11.1-py3-none-any.whl"]).hexdigest()
    assert f"mlflow-skinny==3.11.1 --hash=sha256:{mlflow_hash}" in requirements
    pip = next(c for c in clients.calls if "download" in c)
    assert "--only-binary=:all:" in pip and "manylinux_2_35_x86_64" in pip
    assert pip[pip.index("--python-version") + 1] == "3.12"
    assert pip[-2:] == [f"mlflow-skinny=={facts.MLFLOW_PIN}", *facts.MLFLOW_TRACING_EXTRAS]


def test_stage_offline_gives_the_same_manifest_for_the_same_inputs(cli, clients, tmp_path):
    manifests = []
    for name in ("a", "b"):
        code, _, err = cli(
            "stage-offline", "--claude-version", VERSION, "--out", str(tmp_path / name)
        )
        assert code == 0, err
        manifest = json.loads((tmp_path / name / "manifest.json").read_text())
        manifest.pop("created")
        manifests.append(manifest)
    assert manifests[0] == manifests[1]


def test_stage_offline_restages_into_an_earlier_bundle(cli, clients, tmp_path):
    assert cli("stage-offline", "--claude-version", VERSION, "--out", str(tmp_path))[0] == 0
    code, _, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(tmp_path))
    assert code == 0, err


def test_restaging_the_same_content_later_keeps_the_pinned_sha(
    cli, clients, tmp_path, later_each_time
):
    _, first, _ = cli("stage-offline", "--claude-version", VERSION, "--out", str(tmp_path))
    code, second, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(tmp_path))
    assert code == 0, err
    assert len(later_each_time) == 2  # the second run did read a later clock
    assert _digest(second) == _digest(first)
    assert json.loads((tmp_path / "manifest.json").read_text())["created"] == later_each_time[0]
    assert f"same content as the bundle staged {later_each_time[0]}" in second


def test_restaging_changed_content_gets_a_new_stamp_and_sha(
    cli, clients, tmp_path, later_each_time, monkeypatch
):
    _, first, _ = cli("stage-offline", "--claude-version", VERSION, "--out", str(tmp_path))
    changed = {**WHEELS, "mlflow_skinny-3.11.1-py3-none-any.whl": b"rebuilt mlflow wheel"}
    monkeypatch.setattr(f"{__name__}.WHEELS", changed)
    code, second, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(tmp_path))
    assert code == 0, err
    assert _digest(second) != _digest(first)
    assert json.loads((tmp_path / "manifest.json").read_text())["created"] == later_each_time[1]
    assert "same content" not in second
    assert verify_bundle(tmp_path, _digest(second)) == []


def test_a_folder_with_an_unreadable_manifest_is_not_taken_for_a_bundle(cli, clients, tmp_path):
    (tmp_path / "manifest.json").write_text("[not a manifest")
    code, _, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(tmp_path))
    assert code == 2 and "holds files that stage-offline did not write ('manifest.json')" in err
    assert (tmp_path / "manifest.json").read_text() == "[not a manifest"
    assert clients.calls == [], "refused before npm is called"


def test_fails_when_the_tarball_does_not_match_the_registry(cli, clients, tmp_path):
    clients.served = TARBALL + b"x"
    code, _, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(tmp_path))
    assert code == 1
    assert "does not match the registry's dist.integrity" in err
    assert list(tmp_path.iterdir()) == [], "nothing is left, not even the staging directory"


def test_fails_when_out_holds_other_files(cli, clients, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    code, _, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(tmp_path))
    assert code == 2 and "--out " in err and "holds files that stage-offline did not" in err
    assert (tmp_path / "notes.txt").read_text() == "mine" and clients.calls == []


def tree(root: Path) -> dict[str, bytes | None]:
    """Every path under ``root`` with its bytes (None for a directory)."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes() if p.is_file() else None
        for p in sorted(root.rglob("*"))
    }


@pytest.mark.parametrize(
    "own",
    [
        {"manifest.json": b'{"name": "my-app", "version": "1.0.0"}', "claude/notes.md": b"mine"},
        {"manifest.json": b'{"format_version": 1, "files": []}', "src/app.py": b"print()"},
        {"manifest.json": b'{"format_version": 1, "files": []}', "claude/x.tgz": b"mine"},
        {"manifest.json": b"{}", "python/requirements.txt": b"requests\n"},
    ],
    ids=["web-manifest", "bundle-like-beside-code", "unlisted-file", "own-requirements"],
)
def test_a_users_folder_holding_a_manifest_loses_nothing(cli, clients, tmp_path, own):
    """Output ownership: a folder of the user's own is refused before any change, even one that
    holds a manifest.json (or one that looks like a bundle's), and npm is never called."""
    folder = tmp_path / "mine"
    for name, data in own.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    before = tree(folder)
    code, _, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(folder))
    assert code == 2 and "holds files that stage-offline did not write" in err
    assert tree(folder) == before
    assert clients.calls == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


@pytest.mark.parametrize("fails", ["pip", "npm-pack", "npm-view"])
def test_a_failed_restage_leaves_the_earlier_bundle_exactly_as_it_was(
    cli, clients, tmp_path, monkeypatch, fails
):
    """npm or PyPI unreachable mid-stage: the earlier, good bundle is byte for byte as it was,
    its manifest still lists only files that are there, and no staging directory is left."""
    bundle = tmp_path / "bundle"
    code, out, _ = cli("stage-offline", "--claude-version", VERSION, "--out", str(bundle))
    assert code == 0
    digest = _digest(out)
    before = tree(bundle)

    def unreachable(argv):
        words = {"pip": "download", "npm-pack": "pack", "npm-view": "view"}[fails]
        if words in argv:
            raise offline_stage.StagingError(f"{argv[0]} ... exited 1: network unreachable")
        return clients(argv)

    monkeypatch.setattr(offline_stage, "run_command", unreachable)
    code, _, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(bundle))
    assert code == 1 and "network unreachable" in err
    assert f"--out {bundle} was left as it was" in err
    assert tree(bundle) == before
    assert verify_bundle(bundle, digest) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle"]


def test_restaging_keeps_the_users_own_files_inside_the_bundle(cli, clients, tmp_path):
    bundle = tmp_path / "bundle"
    assert cli("stage-offline", "--claude-version", VERSION, "--out", str(bundle))[0] == 0
    (bundle / "README.txt").write_text("carried into the air gap on 2026-11-28")
    (bundle / "python" / "notes.txt").write_text("mine")
    code, out, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(bundle))
    assert code == 0, err
    assert (bundle / "README.txt").read_text().startswith("carried into")
    assert (bundle / "python" / "notes.txt").read_text() == "mine"
    assert verify_bundle(bundle, _digest(out)) == []


def test_a_bundle_staged_before_the_marker_is_restaged(cli, clients, tmp_path):
    bundle = tmp_path / "bundle"
    assert cli("stage-offline", "--claude-version", VERSION, "--out", str(bundle))[0] == 0
    (bundle / ".coding-assistants-bundle").unlink()  # as an earlier release left it
    code, _, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(bundle))
    assert code == 0, err
    assert (bundle / ".coding-assistants-bundle").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--claude-version", "stable"], "exact X.Y.Z"),
        (["--claude-version", VERSION, "--python", "3"], "Python version"),
        (["--claude-version", VERSION, "--platform", "darwin-arm64"], "invalid choice"),
        (["--claude-version", VERSION, "--upload", "/dbfs/tmp/x"], "/Volumes/<catalog>"),
        (["--claude-version", VERSION, "--upload", "/Volumes/a/b"], "/Volumes/<catalog>"),
        (["--upload-only", "--upload", "/Volumes/main/tools/offline"], "/Volumes/<catalog>"),
        (["--upload-only", "--upload", f"{VOLUME}/"], "/Volumes/<catalog>"),
    ],
)
def test_fails_when_arguments_are_invalid(cli, tmp_path, args, message):
    code, _, err = cli("stage-offline", *args, "--out", str(tmp_path))
    assert code == 2 and message in err


@pytest.mark.parametrize(
    "path",
    [
        VOLUME,
        "/Volumes/main/tools/offline/a b/..x",
        "/Volumes/main/tools/offline",
        "/Volumes/main/tools/offline/",
        "/Volumes/main/tools/offline/x/",
        "/Volumes/main/tools/offline/x/..",
        "/Volumes/main/tools/offline/./x",
        "/Volumes/a.b/tools/offline/x",
        "/Volumes/a b/tools/offline/x",
        "/dbfs/Volumes/main/tools/offline/x",
        "dbfs:/Volumes/main/tools/offline/x",
    ],
)
def test_upload_takes_the_paths_offline_bundle_path_takes(path):
    """--upload puts the bundle only where the cluster's input may point."""
    from coding_assistants.cli.services.offline_upload import check_volume_path
    from coding_assistants.props import CLUSTER_RULES

    (rule,) = [r for r in CLUSTER_RULES if r.field == "offline_bundle_path"]
    if rule.check(path, {}):
        assert check_volume_path(path) == path
    else:
        with pytest.raises(ValueError, match=r"/Volumes/<catalog>/<schema>/<volume>/<dir>"):
            check_volume_path(path)


# --- upload -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def files_server():
    server = FakeFiles().start()
    yield server
    server.stop()


@pytest.fixture
def files(files_server, monkeypatch, tmp_path):
    point_at(files_server.url, monkeypatch, tmp_path)
    return files_server.reset()


def _stage_and_upload(cli, home: Path) -> tuple[int, str, str]:
    """Stage into ``home``/bundle (``home`` is the test's HOME, never an output itself), then
    upload."""
    out = home / "bundle"
    return cli("stage-offline", "--claude-version", VERSION, "--out", str(out), "--upload", VOLUME)


def test_upload_sends_every_file_and_the_manifest_last(cli, clients, files, tmp_path):
    code, out, err = _stage_and_upload(cli, tmp_path)
    assert code == 0, err
    bundle = tmp_path / "bundle"
    _, listed = load_manifest(bundle)
    expected = {f"{VOLUME}/{f.path}": (bundle / f.path).read_bytes() for f in listed}
    expected[f"{VOLUME}/manifest.json"] = (bundle / "manifest.json").read_bytes()
    assert files.files == expected
    puts = files.calls("PUT")
    assert [p for p in puts if "/fs/files/" in p][-1].endswith(f"{VOLUME}/manifest.json")
    assert "100%" in out and f"uploaded {len(expected)} file(s), 0 already there" in out


def test_upload_skips_files_whose_size_and_hash_match(cli, clients, files, tmp_path):
    assert _stage_and_upload(cli, tmp_path)[0] == 0
    wheel = f"{VOLUME}/python/wheels/mlflow_skinny-3.11.1-py3-none-any.whl"
    files.files[wheel] = bytes(len(files.files[wheel]))  # same size, other bytes
    files.requests.clear()
    code, out, err = _stage_and_upload(cli, tmp_path)
    assert code == 0, err
    uploaded = [p for p in files.calls("PUT") if "/fs/files/" in p]
    assert [p.split("/fs/files")[1] for p in uploaded] == [wheel]
    assert files.files[wheel] == WHEELS["mlflow_skinny-3.11.1-py3-none-any.whl"]
    assert "uploaded 1 file(s), 4 already there" in out


def test_fails_when_the_upload_is_refused(cli, clients, files, tmp_path, monkeypatch):
    monkeypatch.setenv("DATABRICKS_TOKEN", "dapiWRONGTOKEN0123456789")
    code, _, err = _stage_and_upload(cli, tmp_path)
    assert code == 1 and err.startswith("error: upload:")
    assert "refused the credentials (HTTP 401)" in err and "databricks auth login" in err
    assert "WRONGTOKEN" not in err
    assert files.files == {}
    assert files.calls("PUT") == [], "nothing is sent once the token is refused"


def test_a_host_that_refuses_connections_is_told_at_once(
    cli, clients, files, tmp_path, monkeypatch
):
    """Not the whole --timeout of the SDK retrying a refused connection: the first call says
    so (before, the upload waited for the deadline and reported it not finished)."""
    bundle = tmp_path / "bundle"
    assert cli("stage-offline", "--claude-version", VERSION, "--out", str(bundle))[0] == 0
    with socket.socket() as probe:  # a port of this machine that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("DATABRICKS_HOST", f"http://127.0.0.1:{port}")
    code, _, err = cli(
        "stage-offline", "--upload-only", "--out", str(bundle), "--upload", VOLUME,
        "--timeout", "120",
    )  # fmt: skip
    assert code == 1
    assert f"upload: cannot connect to http://127.0.0.1:{port}" in err and "VPN" in err
    assert "not finished within" not in err and "reading the credentials" not in err


def test_upload_only_sends_a_carried_bundle_as_it_is(cli, clients, files, tmp_path):
    """Inside the air gap: no staging (no registry is called), the carried manifest is kept."""
    bundle = tmp_path / "bundle"
    code, _, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(bundle))
    assert code == 0, err
    manifest = (bundle / "manifest.json").read_bytes()
    staged_calls = len(clients.calls)
    code, out, err = cli("stage-offline", "--upload-only", "--out", str(bundle), "--upload", VOLUME)
    assert code == 0, err
    assert len(clients.calls) == staged_calls, "npm and pip are not run again"
    assert files.files[f"{VOLUME}/manifest.json"] == manifest
    assert f"offline_bundle_sha256 = {hashlib.sha256(manifest).hexdigest()}" in out


def test_fails_when_the_carried_bundle_changed(cli, clients, files, tmp_path):
    bundle = tmp_path / "bundle"
    assert cli("stage-offline", "--claude-version", VERSION, "--out", str(bundle))[0] == 0
    wheel = next((bundle / "python" / "wheels").iterdir())
    wheel.write_bytes(wheel.read_bytes() + b"x")
    code, _, err = cli("stage-offline", "--upload-only", "--out", str(bundle), "--upload", VOLUME)
    assert code == 1 and "does not verify" in err
    assert files.files == {}


def test_fails_when_neither_a_version_nor_upload_only_is_given(cli, tmp_path):
    code, _, err = cli("stage-offline", "--out", str(tmp_path / "b"))
    assert code == 2 and "--claude-version X.Y.Z is required" in err
    code, _, err = cli("stage-offline", "--upload-only", "--out", str(tmp_path / "b"))
    assert code == 2 and "--upload-only needs --upload" in err


def test_a_hanging_upload_ends_at_the_deadline_without_a_manifest(cli, clients, files, tmp_path):
    bundle = tmp_path / "bundle"
    assert cli("stage-offline", "--claude-version", VERSION, "--out", str(bundle))[0] == 0
    files.hang_seconds["PUT"] = 30.0  # far beyond --timeout: the upload must not wait for it
    code, _, err = cli(
        "stage-offline", "--upload-only", "--out", str(bundle), "--upload", VOLUME,
        "--timeout", "4",
    )  # fmt: skip
    assert code == 1
    assert err.startswith("error: upload: not finished within --timeout 4 s")
    assert f"{VOLUME}/manifest.json" not in files.files


# --- the request policy covers the upload: no redirect, no other host ---------------------------


@pytest.fixture(scope="module")
def elsewhere_server():
    """Another host, which records every request that reaches it."""
    server = FakeFiles().start()
    yield server
    server.stop()


@pytest.mark.parametrize(
    ("method", "path"),
    [("PUT", ""), ("HEAD", ""), ("GET", "/.well-known/databricks-config")],
    ids=["upload", "metadata", "sdk-credentials-probe"],
)
def test_no_request_of_the_upload_follows_a_redirect_to_another_host(
    cli, clients, files, tmp_path, elsewhere_server, method, path
):
    """The workspace answers 307 (which keeps the method and the body) to the upload, to a
    file's metadata, or to the SDK's own probe while it reads the credentials: the bundle's
    bytes and the token stay with the workspace, and nothing reaches the other host."""
    elsewhere = elsewhere_server.reset()
    files.redirect_to[method] = elsewhere_server.url
    code, _, err = _stage_and_upload(cli, tmp_path)
    assert elsewhere.requests == [], "nothing reached the other host"
    if path:  # the probe is optional to the SDK: it does without, and the upload goes on
        assert files.calls("GET")[0] == path
        return
    assert code == 1
    assert "redirected to" in err and "not followed" in err
    assert not [p for p in files.calls("PUT") if p.endswith("manifest.json")]


def test_every_upload_request_goes_through_the_request_policy(cli, clients, files, tmp_path):
    """The upload asks the SDK for nothing but the credentials: every request of the upload is
    made by the workspace client, which follows no redirect and sends no request elsewhere."""
    from coding_assistants.cli.core import api

    seen: list[str] = []
    original = api.WorkspaceApi.url

    def recorded(self, path):
        seen.append(path)
        return original(self, path)

    import unittest.mock

    with unittest.mock.patch.object(api.WorkspaceApi, "url", recorded):
        code, _, err = _stage_and_upload(cli, tmp_path)
    assert code == 0, err
    sdk = [p for m, p in files.requests if p == "/.well-known/databricks-config"]
    assert sdk, "the SDK's own probe while it reads the credentials"
    assert len(seen) == len(files.requests) - len(sdk), "every other request went through it"


def test_upload_only_verifies_the_tarballs_npm_integrity_too(cli, clients, files, tmp_path):
    """A carried bundle whose tarball and manifest sha256 were both changed to match still
    fails: the npm registry's integrity in the manifest no longer matches the tarball."""
    bundle = tmp_path / "bundle"
    assert cli("stage-offline", "--claude-version", VERSION, "--out", str(bundle))[0] == 0
    manifest = json.loads((bundle / "manifest.json").read_text())
    entry = next(f for f in manifest["files"] if f["role"] == "claude")
    tarball = bundle / entry["path"]
    tarball.write_bytes(b"another binary")
    entry["size"], entry["sha256"] = tarball.stat().st_size, sha256_file(tarball)
    (bundle / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    code, _, err = cli("stage-offline", "--upload-only", "--out", str(bundle), "--upload", VOLUME)
    assert code == 1 and "does not match the npm registry's integrity" in err
    assert files.files == {}


@pytest.mark.parametrize(
    ("command", "answer", "words"),
    [
        ("pack", "[]", "npm pack named no file"),
        ("pack", '[{"filename": 7}]', "[0].filename: expected text, got 7"),
        ("view", "[" * 100_000 + "]" * 100_000, "JSON nested more than"),
        ("view", "not json", "invalid JSON"),
    ],
)
def test_a_malformed_npm_answer_is_one_line_and_stages_nothing(
    cli, clients, tmp_path, monkeypatch, command, answer, words
):
    def hostile(argv):
        if argv[:2] == ["npm", command]:
            return answer
        return clients(argv)

    monkeypatch.setattr(offline_stage, "run_command", hostile)
    code, _, err = cli("stage-offline", "--claude-version", VERSION, "--out", str(tmp_path / "b"))
    assert code == 1 and words in err and len(err.strip().splitlines()) == 1
    assert "internal error" not in err and not (tmp_path / "b").exists()


def _skills(folder: Path) -> Path:
    (folder / "sql-style" / "scripts").mkdir(parents=True)
    (folder / "sql-style" / "SKILL.md").write_text("---\nname: sql-style\ndescription: SQL\n---\n")
    (folder / "sql-style" / "scripts" / "check.py").write_text("print('ok')\n")
    (folder / "README.md").write_text("not a skill: no folder\n")
    return folder


def test_stage_offline_carries_skills_hashed_like_the_rest(cli, clients, tmp_path):
    skills = _skills(tmp_path / "skills-src")
    out = tmp_path / "bundle"
    code, out_text, err = cli(
        "stage-offline", "--claude-version", VERSION, "--out", str(out), "--skills", str(skills)
    )
    assert code == 0, err
    assert verify_bundle(out, _digest(out_text)) == []
    _, files = load_manifest(out)
    carried = {f.path: f for f in files if f.role == "skill"}
    assert set(carried) == {"skills/sql-style/SKILL.md", "skills/sql-style/scripts/check.py"}
    check = carried["skills/sql-style/scripts/check.py"]
    assert check.sha256 == hashlib.sha256(b"print('ok')\n").hexdigest()
    (out / "skills" / "sql-style" / "scripts" / "check.py").write_text("print('changed')\n")
    assert verify_bundle(out, _digest(out_text)) != []


def test_stage_offline_refuses_a_skill_that_links_out(cli, clients, tmp_path):
    skills = _skills(tmp_path / "skills-src")
    (skills / "sql-style" / "secrets").symlink_to("/etc")
    code, _, err = cli(
        "stage-offline",
        "--claude-version",
        VERSION,
        "--out",
        str(tmp_path / "b"),
        "--skills",
        str(skills),
    )
    assert code == 1
    assert "sql-style/secrets is a link; copy what it points to" in err

"""coding_assistants/offline_bundle.py: manifest format, hashing, verification."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from coding_assistants.offline_bundle import (
    BundleError,
    BundleFile,
    Role,
    integrity_matches,
    load_manifest,
    render_requirements,
    verify_bundle,
    wheel_pin,
)
from tests.shell.offline_box import write_bundle


def sha256_of(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _wheel(path: str, sha: str) -> BundleFile:
    return BundleFile(path=path, size=1, sha256=sha, role=Role.WHEEL)


def test_integrity_matches_npm_sha512_only_for_the_same_bytes(tmp_path):
    path = tmp_path / "pkg.tgz"
    path.write_bytes(b"tarball")
    sri = "sha512-" + base64.b64encode(hashlib.sha512(b"tarball").digest()).decode()
    assert integrity_matches(path, sri)
    path.write_bytes(b"tarbalL")
    assert not integrity_matches(path, sri)


def test_integrity_never_trusts_sha1(tmp_path):
    path = tmp_path / "pkg.tgz"
    path.write_bytes(b"tarball")
    assert not integrity_matches(
        path, "sha1-" + base64.b64encode(hashlib.sha1(b"tarball").digest()).decode()
    )


def test_wheel_pin_normalizes_the_project_name():
    assert wheel_pin("mlflow_skinny-3.11.1-py3-none-any.whl") == ("mlflow-skinny", "3.11.1")
    assert wheel_pin("Foo.Bar-1.0-1-py3-none-any.whl") == ("foo-bar", "1.0")


def test_requirements_pin_one_line_per_project_with_a_hash_per_platform():
    text = render_requirements(
        [
            _wheel("w/numpy-2.0.0-cp312-cp312-manylinux_2_17_x86_64.whl", "b" * 64),
            _wheel("w/numpy-2.0.0-cp312-cp312-manylinux_2_17_aarch64.whl", "a" * 64),
            _wheel("w/mlflow-3.11.1-py3-none-any.whl", "c" * 64),
        ],
        "mlflow==3.11.1",
    )
    assert text.splitlines()[1:] == [
        f"mlflow==3.11.1 --hash=sha256:{'c' * 64}",
        f"numpy==2.0.0 --hash=sha256:{'a' * 64} --hash=sha256:{'b' * 64}",
    ]


def test_fails_when_two_versions_of_a_project_are_staged():
    with pytest.raises(BundleError, match="numpy: two versions staged"):
        render_requirements(
            [
                _wheel("numpy-2.0.0-py3-none-any.whl", "a" * 64),
                _wheel("numpy-2.1.0-py3-none-any.whl", "b" * 64),
            ],
            "x",
        )


def test_verify_bundle_finds_nothing_wrong_in_a_fresh_bundle(tmp_path):
    digest = write_bundle(tmp_path, debs=True)
    assert verify_bundle(tmp_path, digest) == []


def test_verify_bundle_names_a_changed_file(tmp_path):
    digest = write_bundle(tmp_path)
    wheel = tmp_path / "python" / "wheels" / "mlflow-3.11.1-py3-none-any.whl"
    wheel.write_bytes(wheel.read_bytes()[:-1] + b"!")
    assert verify_bundle(tmp_path, digest) == [
        "python/wheels/mlflow-3.11.1-py3-none-any.whl: sha256 differs from the manifest"
    ]


def test_verify_bundle_stops_at_a_manifest_with_another_hash(tmp_path):
    write_bundle(tmp_path)
    (problem,) = verify_bundle(tmp_path, "0" * 64)
    assert problem.startswith("manifest.json: sha256 ") and problem.endswith("expected " + "0" * 64)


BAD_PATHS = [
    "../outside",
    "/etc/passwd",
    "a/../../b",
    "./claude/x.tgz",
    "claude/./x.tgz",
    "claude//x.tgz",
    "claude/x.tgz/",
    "claude\\x.tgz",
    "claude/x y.tgz",
    "claude/x\n.tgz",
    "",
]


@pytest.mark.parametrize("path", BAD_PATHS)
def test_fails_when_a_manifest_path_leaves_the_bundle(tmp_path, path):
    write_bundle(tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    manifest["files"][0]["path"] = path
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BundleError, match=r"files\[0\]\.path: must be relative inside the bundle"):
        load_manifest(tmp_path)


def test_fails_when_the_format_version_is_unknown(tmp_path):
    (tmp_path / "manifest.json").write_text('{"format_version": 2, "files": []}')
    with pytest.raises(BundleError, match=r"manifest\.json: format_version: must be 1"):
        load_manifest(tmp_path)


# --- the manifest goes through the bounded reader: every malformed field is named -------------


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("sha256", 12345, r"files\[0\]\.sha256: expected text, got 12345"),
        ("size", "12", r'files\[0\]\.size: expected a whole number of bytes, got "12"'),
        ("size", True, r"files\[0\]\.size: expected a whole number of bytes, got true"),
        ("size", -1, r"files\[0\]\.size: expected a whole number of bytes, got -1"),
        ("role", ["claude"], r'files\[0\]\.role: expected text, got \["claude"\]'),
        ("role", "binary", r"files\[0\]\.role: expected one of claude, wheel"),
        ("npm_integrity", {"a": 1}, r"files\[0\]\.npm_integrity: expected text"),
        ("shell", "rm -rf /", r"files\[0\]\.shell: unknown field of a file entry"),
    ],
)
def test_a_malformed_manifest_field_is_named_never_a_type_error(tmp_path, field, value, message):
    write_bundle(tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    manifest["files"][0][field] = value
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BundleError, match=message) as raised:
        load_manifest(tmp_path)
    assert str(raised.value).startswith(f"{tmp_path / 'manifest.json'}: ")
    assert verify_bundle(tmp_path) == [str(raised.value)]


@pytest.mark.parametrize("shape", ["[", '{"files": ['])
def test_a_deeply_nested_manifest_is_refused_without_recursion(tmp_path, shape):
    closing = {"[": "]", '{"files": [': "]}"}[shape]
    (tmp_path / "manifest.json").write_text(shape * 100_000 + closing * 100_000)
    with pytest.raises(BundleError, match="JSON nested more than 32 levels deep"):
        load_manifest(tmp_path)


def test_fails_when_files_is_not_a_list(tmp_path):
    manifest = {"format_version": 1, "claude_code": {"version": "2.1.332"}, "files": {"a": 1}}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BundleError, match=r"manifest.json: files: expected a list, got"):
        load_manifest(tmp_path)


def test_verify_checks_the_tarball_against_the_registry_integrity(tmp_path):
    """A manifest whose sha256 was made to fit a changed tarball still fails: the npm
    registry's integrity, which the manifest carries, no longer matches."""
    write_bundle(tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    entry = manifest["files"][0]
    tarball = tmp_path / entry["path"]
    tarball.write_bytes(tarball.read_bytes() + b"tampered")
    entry["size"], entry["sha256"] = tarball.stat().st_size, sha256_of(tarball)
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    problems = verify_bundle(tmp_path)
    assert problems and "does not match the npm registry's integrity" in problems[0]


def test_the_manifest_reader_runs_without_the_package_on_python_3_10():
    """The node runs bundle_manifest.py alone with the runtime's Python (3.10 on DBR 13.3):
    it imports the standard library only and parses as 3.10 code."""
    import ast
    import sys
    from pathlib import Path

    from coding_assistants import bundle_manifest

    source = Path(bundle_manifest.__file__).read_text()
    tree = ast.parse(source, feature_version=(3, 10))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}, imported


def test_the_readers_roles_are_the_packages():
    from coding_assistants import bundle_manifest

    assert set(bundle_manifest.ROLES) == {role.value for role in Role}
    assert set(bundle_manifest.FIELDS) == set(BundleFile.__dataclass_fields__)

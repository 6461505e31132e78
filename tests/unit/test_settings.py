"""Var-file loading: JSON errors with positions, unknown keys with suggestions, missing inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coding_assistants.settings import (
    SettingsError,
    cluster_props,
    load_json_object,
    read_settings,
)
from coding_assistants.untrusted import MAX_DEPTH


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "vars.json"
    path.write_text(text)
    return path


def test_fails_when_json_is_invalid_naming_line_and_column(tmp_path):
    path = write(tmp_path, '{\n  "cluster_name": "x",\n  "catalog_name": main\n}')
    with pytest.raises(SettingsError, match=r"vars.json: invalid JSON at line 3, column 19"):
        load_json_object(path)


def test_fails_when_file_is_missing(tmp_path):
    with pytest.raises(SettingsError, match=r"nope.json: file not found"):
        load_json_object(tmp_path / "nope.json")


def test_fails_when_json_is_not_an_object(tmp_path):
    with pytest.raises(SettingsError, match=r"expected a JSON object"):
        load_json_object(write(tmp_path, '["cluster_name"]'))


def test_settings_accept_a_utf8_bom(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"a": 1}).encode())
    assert load_json_object(path) == {"a": 1}


def test_fails_when_a_key_is_unknown_suggesting_the_closest(tmp_path):
    data = {"cluster_name": "c", "catalog_name": "m", "num_worker": 2}
    with pytest.raises(
        SettingsError, match=r"num_worker: unknown input; did you mean 'num_workers'"
    ):
        cluster_props(data, "vars.json", tmp_path)


def test_fails_when_an_unknown_key_has_no_close_match_listing_known_inputs(tmp_path):
    data = {"cluster_name": "c", "catalog_name": "m", "zzz": 1}
    with pytest.raises(SettingsError, match=r"zzz: unknown input; known inputs: cluster_name, "):
        cluster_props(data, "vars.json", tmp_path)


def test_fails_when_a_required_input_is_missing(tmp_path):
    with pytest.raises(SettingsError, match=r"catalog_name: required input is missing"):
        cluster_props({"cluster_name": "c"}, "vars.json", tmp_path)


def test_fails_with_every_problem_and_the_source(tmp_path):
    data = {"cluster_name": "c", "catalog_name": "m", "min_workers": "2", "cluster_mode": "x"}
    with pytest.raises(SettingsError) as raised:
        cluster_props(data, "vars.json", tmp_path)
    text = str(raised.value)
    assert text.startswith("vars.json:\n")
    assert "min_workers: wrong type, got '2'; expected a whole number" in text
    assert "cluster_mode: not a known value, got 'x'" in text


def test_settings_resolve_a_relative_script_against_the_base_dir(tmp_path):
    (tmp_path / "my.sh").write_text("#!/bin/bash\n")
    data = {"cluster_name": "c", "catalog_name": "m", "init_script_source_path": "my.sh"}
    props = cluster_props(data, "vars.json", tmp_path)
    assert props.init_script_source_path == str(tmp_path / "my.sh")


def test_counts_given_as_floats_or_booleans_are_refused_as_not_whole_numbers(tmp_path):
    from coding_assistants.settings import read_settings

    path = write(
        tmp_path,
        '{"cluster_name": "c", "catalog_name": "m", "autotermination_minutes": 30.5,'
        ' "min_workers": 1e3, "max_workers": true}',
    )
    with pytest.raises(SettingsError) as raised:
        cluster_props(read_settings(path), str(path), tmp_path)
    text = str(raised.value)
    expected = "expected a whole number (no decimal point, not true/false)"
    assert f"autotermination_minutes: wrong type, got 30.5; {expected}" in text
    assert f"min_workers: wrong type, got 1000.0; {expected}" in text
    assert f"max_workers: wrong type, got true; {expected}" in text


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 900, 100_000])
def test_json_nested_too_deeply_is_a_settings_error_not_a_traceback(tmp_path, depth):
    path = write(tmp_path, '{"tags": ' + "[" * depth + "]" * depth + "}")
    too_deep = rf"vars.json: JSON nested more than {MAX_DEPTH} levels deep"
    with pytest.raises(SettingsError, match=too_deep):
        load_json_object(path)


def test_json_as_deep_as_allowed_is_read_on_every_python(tmp_path):
    inner = MAX_DEPTH - 1  # the outer object is one level
    path = write(tmp_path, '{"tags": ' + "[" * inner + "]" * inner + "}")
    assert read_settings(path).data["tags"] == eval("[" * inner + "]" * inner)


def test_lone_surrogates_are_refused_in_values_and_keys_with_the_field_named(tmp_path):
    from coding_assistants.settings import read_settings

    path = write(
        tmp_path,
        '{"cluster_name": "a\\ud800b", "catalog_name": "m", "tags": {"Team": "\\udfff",'
        ' "K\\udc00": "v"}, "tagz": 1}',
    )
    settings = read_settings(path)
    assert settings.problems == (
        "cluster_name: not valid Unicode, got 'a\\ud800b'; expected text without lone "
        "surrogate escapes such as \\ud800 (Terraform would silently replace them by U+FFFD)",
        "tags.Team: not valid Unicode, got '\\udfff'; expected text without lone surrogate "
        "escapes such as \\ud800 (Terraform would silently replace them by U+FFFD)",
        "tags: key not valid Unicode, got 'K\\udc00'; expected text without lone surrogate "
        "escapes such as \\ud800 (Terraform would silently replace them by U+FFFD)",
    )
    with pytest.raises(SettingsError) as raised:
        cluster_props(settings, str(path), tmp_path)
    assert "tagz: unknown input; did you mean 'tags'?" in str(raised.value), "all at once"

"""The one bounded reader (coding_assistants/untrusted.py): sizes and depths are bounded, a
wrong type names the source and the field, and a bad row never costs the others."""

from __future__ import annotations

import pytest

from coding_assistants import untrusted
from coding_assistants.untrusted import Limits, Node, UntrustedError, rows

SOURCE = "manifest.json"


def test_reads_a_file_within_its_limit(tmp_path):
    path = tmp_path / "x.json"
    path.write_bytes(b'\xef\xbb\xbf{"a": [1, {"b": "c"}]}')
    node = untrusted.read_json(path, Limits(100))
    assert node.value == {"a": [1, {"b": "c"}]} and node.source == str(path)


def test_a_longer_file_is_refused_unread(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 101)
    with pytest.raises(UntrustedError, match=r"big\.json: larger than 100 bytes; refused unread"):
        untrusted.read_json(path, Limits(100))


def test_an_endless_file_is_read_no_further_than_its_limit():
    with pytest.raises(UntrustedError, match="larger than 1 MiB"):
        untrusted.read_bytes(__import__("pathlib").Path("/dev/zero"), Limits(1024 * 1024))


@pytest.mark.parametrize("depth", [33, 900, 100_000])
def test_json_nested_deeper_than_the_limit_is_refused_without_recursion(depth):
    with pytest.raises(UntrustedError, match=r"^x: JSON nested more than 32 levels deep$"):
        untrusted.parse_json("[" * depth + "]" * depth, "x", Limits(10**6))


def test_json_as_deep_as_the_limit_is_read():
    assert untrusted.parse_json("[" * 32 + "]" * 32, "x", Limits(10**6)) is not None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": 1,}', r"x: invalid JSON at line 1, column 9"),
        ("1" * 5000, r"x: invalid JSON: Exceeds the limit"),
        (b"\xff{}", r"x: not UTF-8 text \(byte 0\)"),
        ('{"a": {"sha256": "1", "sha256": "2"}}', r"x: key 'sha256' given twice in one object"),
    ],
)
def test_invalid_json_is_one_error_naming_the_source(text, message):
    with pytest.raises(UntrustedError, match=message):
        untrusted.parse_json(text, "x", Limits(10**6))


@pytest.mark.parametrize(
    ("value", "read", "message"),
    [
        ({"sha256": 12345}, lambda n: n["sha256"].text(), "sha256: expected text, got 12345"),
        ({"size": "12"}, lambda n: n["size"].whole(), 'size: expected a whole number, got "12"'),
        ({"size": True}, lambda n: n["size"].whole(), "size: expected a whole number, got true"),
        ({"size": 1.5}, lambda n: n["size"].whole(), "size: expected a whole number, got 1.5"),
        ({"size": -1}, lambda n: n["size"].whole(), "size: out of range, got -1"),
        ({}, lambda n: n["size"].whole(), "size: missing; expected a whole number"),
        ({"files": {}}, lambda n: n["files"].items(), "files: expected a list, got {}"),
        ({"files": [3]}, lambda n: n["files"].items()[0]["path"], r"files\[0\]: expected an obj"),
        ({"a": {"b": [1]}}, lambda n: n["a"]["b"].text_map(), r"a\.b: expected an object"),
        ({"on": "yes"}, lambda n: n["on"].flag(), 'on: expected true or false, got "yes"'),
        ([1], lambda n: n["x"], r"\(top level\): expected an object, got \[1\]"),
    ],
)
def test_a_wrong_type_names_the_source_and_the_field(value, read, message):
    with pytest.raises(UntrustedError, match=rf"^{SOURCE}: {message}"):
        read(Node(value, SOURCE))


def test_absent_members_are_empty_where_optional():
    node = Node({"a": None}, SOURCE)
    assert node["a"].text(optional=True) == ""
    assert node["missing"]["deeper"].text(optional=True) == ""
    assert node["a"].items(optional=True) == [] and node["a"].flag(default=True) is True
    assert node["a"].whole(optional=True, low=3) == 3


def test_a_long_value_is_shortened_in_the_message():
    with pytest.raises(UntrustedError) as raised:
        Node({"x": ["y" * 500]}, SOURCE)["x"].text()
    assert len(str(raised.value)) < 120


def test_rows_reads_each_entry_on_its_own():
    entries = Node([{"n": 1}, {"n": "bad"}, {"n": 3}, 7], SOURCE).items()
    good, bad = rows(entries, lambda e: e["n"].whole())
    assert good == [1, 3]
    assert [str(e) for e in bad] == [
        f'{SOURCE}: [1].n: expected a whole number, got "bad"',
        f"{SOURCE}: [3]: expected an object, got 7",
    ]

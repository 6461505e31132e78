"""The reader of untrusted values: each accessor takes only its type, and names the source and
the field of anything else."""

from __future__ import annotations

import math

import pytest

from coding_assistants.untrusted import Node, UntrustedError, rows

SOURCE = "https://workspace.example/api/2.0/x"


def test_members_and_entries_carry_their_field():
    node = Node({"a": [{"b": "text"}]}, SOURCE)
    assert node["a"].items()[0]["b"].text() == "text"
    assert node["a"].items()[0]["b"].field == "a[0].b"


@pytest.mark.parametrize(
    ("value", "call", "message"),
    [
        ("x", lambda n: n.items(), 'v: expected a list, got "x"'),
        (True, lambda n: n.number(), "v: expected a number, got true"),
        (math.inf, lambda n: n.number(), "v: expected a finite number"),
        (1, lambda n: n.flag(), "v: expected true or false, got 1"),
        ("y" * 100, lambda n: n.flag(), 'expected true or false, got "' + "y" * 56 + "..."),
        (None, lambda n: n.text(), "v: expected text, got null"),
    ],
)
def test_a_value_of_the_wrong_type_is_named_not_raised_as_a_python_error(value, call, message):
    with pytest.raises(UntrustedError, match="^" + SOURCE) as error:
        call(Node({"v": value}, SOURCE)["v"])
    assert message in str(error.value)


def test_absent_values_take_their_defaults_only_when_optional():
    node = Node({}, SOURCE)
    assert node["n"].number(optional=True) is None
    assert node["f"].flag(default=False) is False
    assert node["l"].items(optional=True) == []
    with pytest.raises(UntrustedError, match="l: missing; expected a list"):
        node["l"].items()
    with pytest.raises(UntrustedError, match=r"\(top level\): expected an object"):
        Node([], SOURCE)["x"]


def test_rows_keeps_the_good_entries_and_reports_each_bad_one():
    good, bad = rows(Node(["a", 1, "b", None], SOURCE).items(), lambda n: n.text())
    assert good == ["a", "b"]
    assert [e.field for e in bad] == ["[1]", "[3]"]

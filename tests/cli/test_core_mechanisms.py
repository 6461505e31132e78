"""The command line's shared mechanisms: bounded reading of untrusted JSON, a directory a
command may write only when it is its own, tables that fit the terminal, CSV without formulas."""

from __future__ import annotations

import csv
import io
import json

import pytest

from coding_assistants.cli.core.output import csv_text, render_table, terminal_width
from coding_assistants.cli.core.owned_dir import MARKER, OwnedDirectory, OwnershipError
from coding_assistants.cli.core.untrusted import (
    MAX_DEPTH,
    UntrustedJsonError,
    as_dict,
    as_int,
    as_list,
    as_text,
    read_json,
)


def test_untrusted_json_is_read_within_its_bounds():
    assert read_json(b'{"a": [1, {"b": 2}]}', "x") == {"a": [1, {"b": 2}]}
    nested = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert read_json(nested, "x") is not None
    with pytest.raises(UntrustedJsonError, match="x: nested deeper than 64 levels"):
        read_json("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "x")
    with pytest.raises(UntrustedJsonError, match="x: nested deeper"):
        read_json("[" * 100_000 + "]" * 100_000, "x")  # beyond Python's own recursion
    with pytest.raises(UntrustedJsonError, match=r"state: 11 bytes, more than the 10 read"):
        read_json(b'{"a": "bc"}', "state", max_bytes=10)
    with pytest.raises(UntrustedJsonError, match="y: not JSON"):
        read_json(b"{nope", "y")


def test_untrusted_values_of_the_wrong_type_read_as_empty():
    assert as_dict([1]) == {} and as_dict({"a": 1}) == {"a": 1}
    assert as_list("abc") == [] and as_list([1, 2, 3], 2) == [1, 2]
    assert as_int(True) == 0 and as_int("3") == 0 and as_int(7) == 7 and as_int(None, -1) == -1
    assert as_text(None) == "" and as_text(5) == "5" and as_text({"a": 1}) == ""


def test_owned_directory_writes_only_where_it_is_its_own(tmp_path):
    out = tmp_path / "out"
    first = OwnedDirectory.claim(out, "tool a")
    first.write_text("one.md", "1")
    first.write_text("two.md", "2")
    assert first.finish() == []
    assert json.loads((out / MARKER).read_text()) == {
        "written_by": "tool a",
        "files": ["one.md", "two.md"],
    }
    (out / "mine.txt").write_text("the user's")

    again = OwnedDirectory.claim(out, "tool a")
    again.write_text("one.md", "1 again")
    assert again.finish() == ["two.md"]  # written before, not now: removed
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "mine.txt", "one.md"]

    with pytest.raises(OwnershipError, match="was written by 'tool a', not tool b"):
        OwnedDirectory.claim(out, "tool b")
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "x.txt").write_text("x")
    with pytest.raises(OwnershipError, match=r"holds files that tool a did not write \(x.txt\)"):
        OwnedDirectory.claim(tmp_path / "foreign", "tool a")
    with pytest.raises(OwnershipError, match="is not a directory"):
        OwnedDirectory.claim(tmp_path / "foreign" / "x.txt", "tool a")
    for name in ("../escape.md", "sub/a.md", ".hidden", MARKER):
        with pytest.raises(OwnershipError, match="not a plain file name"):
            again.write_text(name, "x")


def test_owned_directory_never_follows_a_marker_that_names_other_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "precious").write_text("keep")
    marker = {"written_by": "tool a", "files": ["../precious", "/etc/passwd", "a.md"]}
    (out / MARKER).write_text(json.dumps(marker))
    (out / "a.md").write_text("old")

    OwnedDirectory.claim(out, "tool a").finish()

    assert (tmp_path / "precious").read_text() == "keep"
    assert not (out / "a.md").exists()


def test_tables_fit_the_width_by_wrapping_or_a_detail_line():
    rows = [["workspace", "FAIL", "403: " + "word " * 30, "check the access list " * 3]]
    wide = render_table(["CHECK", "STATUS", "DETAIL", "FIX"], rows)
    fitted = render_table(["CHECK", "STATUS", "DETAIL", "FIX"], rows, width=80)

    assert len(wide.splitlines()) == 2
    assert max(len(line) for line in fitted.splitlines()) <= 80
    assert " ".join(fitted.split()).count("word") == 30  # nothing lost
    detailed = render_table(["A", "B"], [["x", "y"]], details=["why " * 40], width=50)
    lines = detailed.splitlines()
    assert lines[1] == "x  y" and lines[2].startswith("    why why")
    assert max(len(line) for line in lines) <= 50


def test_terminal_width_comes_from_columns_or_a_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "91")
    assert terminal_width() == 91
    monkeypatch.delenv("COLUMNS")
    assert terminal_width() is None  # pytest's captured output is no terminal: no cut


def test_csv_cells_are_never_formulas():
    text = csv_text(["a", "b"], [["=HYPERLINK(1)", "plain"], ["-1+2", "@x"]])

    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["a", "b"], ["'=HYPERLINK(1)", "plain"], ["'-1+2", "'@x"]]

"""The command line's shared mechanisms: lenient reading of what is only shown, output ownership
of a directory whose file names are data, tables that fit the terminal, CSV without formulas."""

from __future__ import annotations

import csv
import io

import pytest

from coding_assistants import outdir
from coding_assistants.cli.core.output import csv_text, render_table, terminal_width
from coding_assistants.untrusted import as_dict, as_int, as_list, as_text

RECORDED = outdir.Owned(
    marker=".recorded",
    marker_text="written by a test\n",
    writer="tool a",
    option="--out",
    generated=(),
    records=True,
)


def test_untrusted_values_of_the_wrong_type_read_as_empty():
    assert as_dict([1]) == {} and as_dict({"a": 1}) == {"a": 1}
    assert as_list("abc") == [] and as_list([1, 2, 3], 2) == [1, 2]
    assert as_int(True) == 0 and as_int("3") == 0 and as_int(7) == 7 and as_int(None, -1) == -1
    assert as_text(None) == "" and as_text(5) == "5" and as_text({"a": 1}) == ""


def _write(names):
    def build(staging):
        for name in names:
            (staging / name).write_text(name)

    return build


def test_a_recording_output_replaces_only_the_files_it_listed(tmp_path):
    out = tmp_path / "out"
    outdir.replace_owned(out, RECORDED, _write(["one.md", "two.md"]))
    assert outdir.listed(out, RECORDED) == {"one.md", "two.md"}
    (out / "mine.md").write_text("the user's")  # named like ours, never listed

    outdir.replace_owned(out, RECORDED, _write(["one.md"]))

    assert sorted(p.name for p in out.iterdir()) == [".recorded", "mine.md", "one.md"]
    assert (out / "mine.md").read_text() == "the user's"
    assert outdir.listed(out, RECORDED) == {"one.md"}


def test_a_recording_output_refuses_a_folder_it_did_not_write(tmp_path):
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "x.txt").write_text("x")
    with pytest.raises(outdir.RefusedOutput, match=r"holds files that tool a did not write"):
        outdir.replace_owned(tmp_path / "foreign", RECORDED, _write(["a.md"]))
    (tmp_path / "file").write_text("x")
    with pytest.raises(outdir.RefusedOutput, match="is a file, not a directory"):
        outdir.replace_owned(tmp_path / "file", RECORDED, _write(["a.md"]))
    assert (tmp_path / "foreign" / "x.txt").read_text() == "x"


def test_a_marker_that_lists_other_places_never_reaches_them(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "precious").write_text("keep")
    listing = "\n".join(["x", outdir.LISTED, "../precious", "/etc/passwd", "a.md"])
    (out / ".recorded").write_text(listing + "\n")
    (out / "a.md").write_text("old")

    outdir.replace_owned(out, RECORDED, _write(["b.md"]))

    assert (tmp_path / "precious").read_text() == "keep"
    assert sorted(p.name for p in out.iterdir()) == [".recorded", "b.md"]


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

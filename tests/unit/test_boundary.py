"""The error boundary every entry point ends through (coding_assistants/boundary.py)."""

from __future__ import annotations

import pytest

from coding_assistants import boundary
from coding_assistants.untrusted import UntrustedError


def run(error: BaseException) -> tuple[int, list[str]]:
    lines: list[str] = []

    def main() -> int:
        raise error

    return boundary.run(main, say=lines.append), lines


def test_a_usage_error_is_one_line_and_exit_2():
    assert run(boundary.UsageError("ENGINE must be cdktf or cdktn,\n got 'x'")) == (
        2,
        ["error: ENGINE must be cdktf or cdktn, got 'x'"],
    )


def test_an_untrusted_input_names_the_file_and_the_field():
    error = UntrustedError("manifest.json", "files[0].sha256", "expected text, got 12345")
    assert run(error) == (1, ["error: manifest.json: files[0].sha256: expected text, got 12345"])


@pytest.mark.parametrize("error", [RecursionError("deep"), TypeError("x"), OSError("no file")])
def test_anything_else_is_an_internal_error_said_so_in_one_line(error):
    error.add_note("--outdir cdktf.out was left as it was")
    code, lines = run(error)
    assert code == 1 and len(lines) == 1
    assert lines[0].startswith(f"error: internal error: {type(error).__name__}: ")
    assert lines[0].endswith("(--outdir cdktf.out was left as it was)")


def test_interrupted_is_130():
    assert run(KeyboardInterrupt()) == (130, ["interrupted"])


def test_an_exit_passes_through():
    with pytest.raises(SystemExit):
        run(SystemExit(2))


def test_the_traceback_is_shown_only_when_asked(monkeypatch, capsys):
    run(ValueError("boom"))
    assert "Traceback" not in capsys.readouterr().err
    monkeypatch.setenv(boundary.TRACEBACK_ENV, "1")
    run(ValueError("boom"))
    assert "Traceback" in capsys.readouterr().err

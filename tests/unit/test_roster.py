"""The roster parser: file format, every refusal with its line, and the attendee key scheme."""

from __future__ import annotations

import hashlib
import itertools
import re
from pathlib import Path

import pytest

from coding_assistants.roster import (
    Attendee,
    RosterError,
    attendee_key,
    load_roster,
    parse_roster,
)

REPO = Path(__file__).resolve().parents[2]
TERRAFORM_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def _problems(text: str) -> list[str]:
    with pytest.raises(RosterError) as caught:
        parse_roster(text, "attendees.txt")
    return caught.value.problems


def _generated_emails() -> list[str]:
    """A deterministic spread of valid emails: plain ones, and every special character in
    several positions, with digits first and last. (A line that starts with '#' is a comment,
    so '#' never leads.)"""
    locals_ = ["a", "omar", "omar.mo", "1st", "x9", "a.b.c", "_x", "o'neil", "z"]
    specials = "-+_!#&'*/=?^`|~"
    for ch in specials:
        locals_ += [
            f"omar{ch}mo",
            f"{ch}lead" if ch != "#" else "lead#",
            f"tail{ch}",
            f"omar.{ch}{ch}.mo",
        ]
    domains = ["x.com", "example.co.uk", "9lives.io", "my-org.example", "a.b"]
    return [f"{local}@{domain}" for local, domain in itertools.product(locals_, domains)]


def test_roster_parses_in_file_order_with_line_numbers():
    text = "# workshop attendees\n\nada@example.com\n  bob@example.com  \n\ncarol@example.com\n"

    attendees = parse_roster(text)

    assert attendees == (
        Attendee(email="ada@example.com", key="ada__example_com", line=3),
        Attendee(email="bob@example.com", key="bob__example_com", line=4),
        Attendee(email="carol@example.com", key="carol__example_com", line=6),
    )


def test_roster_accepts_bom_crlf_and_trailing_comments():
    text = "\ufeff# header\r\nAda@Example.com  # team lead\r\n\r\nbob@example.com\t# co-host\r\n"

    attendees = parse_roster(text)

    assert [(a.email, a.line) for a in attendees] == [
        ("ada@example.com", 2),
        ("bob@example.com", 4),
    ]


def test_roster_counts_lone_carriage_returns_as_line_ends():
    assert [a.line for a in parse_roster("a@x.com\rb@x.com\r")] == [1, 2]


def test_roster_normalises_case():
    (attendee,) = parse_roster("  Omar.MO@X.Com ")

    assert attendee.email == "omar.mo@x.com"
    assert attendee.key == "omar_mo__x_com"


def test_roster_keeps_hash_inside_an_email():
    (attendee,) = parse_roster("team#1@x.com")

    assert attendee.email == "team#1@x.com"


def test_load_roster_reads_a_file(tmp_path):
    path = tmp_path / "attendees.txt"
    path.write_bytes(b"\xef\xbb\xbfada@example.com\r\nbob@example.com\r\n")

    assert [a.email for a in load_roster(path)] == ["ada@example.com", "bob@example.com"]


def test_load_roster_reads_the_example_roster():
    attendees = load_roster(REPO / "examples" / "attendees.example.txt")

    assert len(attendees) >= 3
    assert all(a.email.endswith("@example.com") for a in attendees)


def test_fails_when_an_email_is_a_duplicate_in_another_case():
    problems = _problems("a@x.com\nbob@x.com\n\n# c\nc@x.com\nd@x.com\nBOB@x.com\n")

    assert problems == ["attendees.txt: line 7: bob@x.com is a duplicate of line 2"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("bob@", "the domain is empty"),
        ("@x.com", "the part before '@' is empty"),
        ("bob", "it needs exactly one '@'"),
        ("bob@@x.com", "it needs exactly one '@'"),
        ("bob@x@y.com", "it needs exactly one '@'"),
        ("bob@localhost", "the domain has no dot"),
        ("bob..lee@x.com", "it has two dots in a row"),
        ("bob@x..com", "it has two dots in a row"),
        (".bob@x.com", "the part before '@' starts or ends with a dot"),
        ("bob.@x.com", "the part before '@' starts or ends with a dot"),
        ("bob@.x.com", "the domain starts or ends with a dot"),
        ("bob@x.com.", "the domain starts or ends with a dot"),
        ("bob lee@x.com", "it contains spaces (one email per line)"),
        ("a@x.com, b@x.com", "it contains spaces (one email per line)"),
        ("Bob <bob@x.com>", "it contains spaces (one email per line)"),
        ("bob@x_y.com", "the domain may hold only letters, digits, hyphens and dots"),
        ("bob@x.com#note", "the domain may hold only letters, digits, hyphens and dots"),
        ("bob,lee@x.com", "the part before '@' may hold only"),
        ("jos\u00e9@x.com", "U+00E9 LATIN SMALL LETTER E WITH ACUTE; an address must be"),
        ("\u212aim@x.com", "U+212A KELVIN SIGN, which Unicode reads as 'K'"),
        ("kim@\uff58.com", "U+FF58 FULLWIDTH LATIN SMALL LETTER X, which Unicode reads as 'x'"),
        ("a${path.cwd}@x.com", "Terraform reads them as templates"),
        ("a%{if}@x.com", "Terraform reads them as templates"),
    ],
)
def test_fails_when_an_email_is_invalid(line, reason):
    (problem,) = _problems(f"ok@x.com\n{line}\n")

    assert problem.startswith(f"attendees.txt: line 2: {line.strip()!r} is not a valid email: ")
    assert reason in problem


def test_a_compatibility_character_never_becomes_another_attendees_address():
    """U+212A KELVIN SIGN lower-cases to 'k' in Unicode: folded so, 'Kim' would silently be
    kim@x.com, who is someone else. The roster refuses it and names the character."""
    problems = _problems("kim@x.com\n\u212aim@x.com\n")

    assert len(problems) == 1
    assert "line 2" in problems[0] and "U+212A KELVIN SIGN" in problems[0]
    assert "duplicate" not in problems[0]


def test_fold_email_lowers_ascii_letters_only():
    from coding_assistants.roster import fold_email

    assert fold_email(" Bob.Lee@X.com ") == "bob.lee@x.com"
    assert fold_email("\u212aim@x.com") == "\u212aim@x.com"  # no Unicode case mapping


def test_fails_when_the_roster_holds_more_attendees_than_an_account(monkeypatch):
    import coding_assistants.roster as roster

    monkeypatch.setattr(roster, "MAX_ATTENDEES", 3)
    problems = _problems("a@x.com\nb@x.com\nc@x.com\nd@x.com\n")

    assert problems == [
        "attendees.txt: 4 attendees; expected at most 3 (a Databricks account holds 10,000 "
        "users; split the workshop into several)"
    ]


def test_fails_when_an_email_is_too_long():
    email = "a" * 64 + "@" + "b" * 186 + ".com"  # 255 characters

    (problem,) = _problems(email)

    assert problem.endswith("it is longer than 254 characters")


def test_roster_accepts_an_email_of_the_longest_length():
    email = "a" * 64 + "@" + "b" * 185 + ".com"

    assert parse_roster(email)[0].email == email


def test_fails_with_every_problem_at_once():
    text = "a@x.com\nbob@\n\nA@X.com\nno-at-sign\na@x.com\n"

    problems = _problems(text)

    assert len(problems) == 4
    assert [re.match(r"attendees\.txt: line (\d+): ", p)[1] for p in problems] == [
        "2",
        "4",
        "5",
        "6",
    ]
    assert "a@x.com is a duplicate of line 1" in problems[1]
    assert "a@x.com is a duplicate of line 1" in problems[3]


def test_fails_with_a_message_naming_the_source_and_the_line():
    with pytest.raises(RosterError, match=r"^attendees\.txt: line 2: 'bob@' is not a valid email"):
        parse_roster("a@x.com\nbob@\n", "attendees.txt")


@pytest.mark.parametrize("text", ["", "\n\n", "# only comments\n  # indented\n", "\ufeff\r\n"])
def test_fails_when_the_roster_has_no_attendees(text):
    with pytest.raises(RosterError, match=r"^attendees\.txt: no attendees"):
        parse_roster(text, "attendees.txt")


def test_fails_when_the_roster_file_is_missing(tmp_path):
    path = tmp_path / "missing.txt"

    with pytest.raises(RosterError, match=r"missing\.txt: file not found"):
        load_roster(path)


def test_fails_when_the_roster_file_is_not_utf8(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("jos\u00e9@x.com\n".encode("latin-1"))

    with pytest.raises(RosterError, match=r"latin1\.txt: not UTF-8 text"):
        load_roster(path)


def test_fails_when_the_roster_path_is_a_directory(tmp_path):
    with pytest.raises(RosterError, match="is a directory"):
        load_roster(tmp_path)


def test_roster_error_is_a_value_error():
    assert issubclass(RosterError, ValueError)


def test_attendee_key_of_a_plain_email_is_a_readable_slug():
    assert attendee_key("omar.mo@x.com") == "omar_mo__x_com"
    assert attendee_key("1st.place@x.com") == "_1st_place__x_com"


def test_attendee_key_of_other_characters_carries_a_hash():
    digest = hashlib.sha256(b"omar-mo@x.com").hexdigest()[:10]

    assert attendee_key("omar-mo@x.com") == f"omar_mo__x_com-{digest}"
    assert (
        attendee_key("omar-mo@x.com") == "omar_mo__x_com-6a4c83c123"
    )  # pinned: keys are addresses
    assert attendee_key("omar+mo@x.com").startswith("omar_mo__x_com-")


def test_attendee_key_tells_dot_and_hyphen_apart():
    plain, hyphen = attendee_key("omar.mo@x.com"), attendee_key("omar-mo@x.com")

    assert plain != hyphen
    assert attendee_key("omar.mo@x.com") == plain  # stable across calls
    assert attendee_key("omar-mo@x.com") == hyphen


def test_attendee_key_is_case_insensitive():
    assert attendee_key("Omar-Mo@X.com") == attendee_key("omar-mo@x.com")


def test_attendee_keys_are_unique_terraform_identifiers():
    emails = _generated_emails()
    attendees = parse_roster("\n".join(emails))

    keys = [a.key for a in attendees]
    assert len(attendees) == len(emails)
    assert len(set(keys)) == len(keys)
    invalid = [k for k in keys if not TERRAFORM_IDENTIFIER.fullmatch(k)]
    assert invalid == []


def test_attendee_key_never_depends_on_other_entries():
    emails = _generated_emails()
    alone = {e: parse_roster(e)[0].key for e in emails}

    together = parse_roster("\n".join(reversed(emails)))
    without_first = parse_roster("\n".join(emails[1:]))

    assert {a.email: a.key for a in together} == alone
    assert all(alone[a.email] == a.key for a in without_first)
    assert all(alone[a.email] == attendee_key(a.email) for a in together)

"""The workshop roster: one attendee email per line, each turned into a stable Terraform key.

File format: one email per line; blank lines and ``#`` comments (whole lines, or after the
email following whitespace) are ignored; CRLF line ends and a UTF-8 byte-order mark are
accepted. Emails compare case-insensitively and are normalised to lower case, ASCII letters
only: an address must be plain ASCII, so a compatibility character such as U+212A KELVIN SIGN,
which Unicode lower-cases to ``k``, is refused and named instead of silently becoming another
person's address. A roster holds at most ``MAX_ATTENDEES`` attendees and is read through the
bounded reader (:mod:`coding_assistants.untrusted`).

Every problem in a roster is reported at once, one line each, as a :class:`RosterError`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from coding_assistants import untrusted
from coding_assistants.facts import MAX_ATTENDEES

MAX_EMAIL_LENGTH = 254
"""Longest address accepted (the SMTP path limit)."""

HASH_DIGITS = 10
"""Hex digits of sha256(email) appended to keys of emails with characters outside [a-z0-9.@]."""

_PLAIN_EMAIL = re.compile(r"[a-z0-9.@]+")
_NOT_SLUG = re.compile(r"[^a-z0-9_]+")
_LOCAL_PART = re.compile(r"[a-z0-9!#&'*+/=?^_`|~.-]+")
_DOMAIN = re.compile(r"[a-z0-9.-]+")
_COMMENT = re.compile(r"(^|\s)#")
_LINE_END = re.compile(r"\r\n|\r|\n")
_LOCAL_CHARS = (
    "letters, digits and !#&'*+/=?^_`|~.- ($ % { } are refused: Terraform reads them as templates)"
)


class RosterError(ValueError):
    """A roster that cannot be used. ``problems`` holds one line per problem, each naming
    the source and the line; the message is those lines, meant for people."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Attendee:
    """One line of the roster."""

    email: str
    """The email, stripped and in lower case."""
    key: str
    """Stable, unique Terraform-safe key derived from the email alone (see attendee_key)."""
    line: int
    """1-based line number in the roster file."""


def attendee_key(email: str) -> str:
    """The Terraform key of an attendee, from the email alone.

    Emails of only ``[a-z0-9.@]`` get a readable slug: ``.`` becomes ``_`` and ``@`` becomes
    ``__`` (``omar.mo@x.com`` -> ``omar_mo__x_com``); with the validation rules (one ``@``, no
    leading, trailing or consecutive dots) this is one-to-one. Any other email gets the slug
    with every run of other characters replaced by ``_``, then ``-`` and the first 10 hex
    digits of sha256(email) (``omar-mo@x.com`` -> ``omar_mo__x_com-<10 hex>``). Plain keys hold
    no ``-``, so the two kinds never meet. A leading digit gets a ``_`` prefix, so every key
    is a valid Terraform identifier.
    """
    normalised = fold_email(email)
    slug = normalised.replace(".", "_").replace("@", "__")
    if not _PLAIN_EMAIL.fullmatch(normalised):
        digest = hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:HASH_DIGITS]
        slug = f"{_NOT_SLUG.sub('_', slug)}-{digest}"
    if slug[:1].isdigit():
        slug = f"_{slug}"
    return slug


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold_email(email: str) -> str:
    """``email`` stripped, with ASCII letters in lower case and nothing else changed: no
    Unicode case mapping, so U+212A KELVIN SIGN never becomes ``k``. Every comparison of
    addresses (the roster's duplicates, the workspace's user names) goes through it."""
    return email.strip().translate(_ASCII_LOWER)


def not_ascii_problem(text: str) -> str | None:
    """Why ``text`` is not a plain ASCII address, naming its first other character (a
    compatibility character such as U+212A KELVIN SIGN, which looks like, and lower-cases to,
    ``K``), or None when it is ASCII."""
    for char in text:
        if ord(char) > 0x7F:
            name = unicodedata.name(char, "unnamed character")
            look = unicodedata.normalize("NFKC", char)
            like = f", which Unicode reads as {look!r}" if look != char and look.isascii() else ""
            return (
                f"it holds U+{ord(char):04X} {name}{like}; an address must be plain ASCII "
                "(type the letter itself), so that it can never stand for another person's"
            )
    return None


def email_problem(email: str) -> str | None:
    """Why ``email`` (already lower case) is not accepted, or None when it is."""
    if any(ch.isspace() for ch in email):
        return "it contains spaces (one email per line)"
    if (unicode := not_ascii_problem(email)) is not None:
        return unicode
    if len(email) > MAX_EMAIL_LENGTH:
        return f"it is longer than {MAX_EMAIL_LENGTH} characters"
    if email.count("@") != 1:
        return "it needs exactly one '@'"
    local, domain = email.split("@")
    for name, part in (("the part before '@'", local), ("the domain", domain)):
        if not part:
            return f"{name} is empty"
        if part.startswith(".") or part.endswith("."):
            return f"{name} starts or ends with a dot"
    if ".." in email:
        return "it has two dots in a row"
    if "." not in domain:
        return "the domain has no dot"
    if not _LOCAL_PART.fullmatch(local):
        return f"the part before '@' may hold only {_LOCAL_CHARS}"
    if not _DOMAIN.fullmatch(domain):
        return "the domain may hold only letters, digits, hyphens and dots"
    return None


def parse_roster(text: str, source: str = "roster") -> tuple[Attendee, ...]:
    """The attendees of a roster's text, in file order; raises RosterError naming every problem."""
    attendees: list[Attendee] = []
    problems: list[str] = []
    first_line: dict[str, int] = {}
    for number, raw in enumerate(_LINE_END.split(text.removeprefix("\ufeff")), start=1):
        entry = _COMMENT.split(raw, maxsplit=1)[0].strip()
        if not entry:
            continue
        email = fold_email(entry)
        problem = email_problem(email)
        if problem:
            problems.append(f"{source}: line {number}: {entry!r} is not a valid email: {problem}")
        elif email in first_line:
            problems.append(
                f"{source}: line {number}: {email} is a duplicate of line {first_line[email]}"
            )
        else:
            first_line[email] = number
            attendees.append(Attendee(email=email, key=attendee_key(email), line=number))
    if not attendees and not problems:
        problems.append(f"{source}: no attendees (every line is blank or a comment)")
    if len(attendees) > MAX_ATTENDEES:
        problems.append(
            f"{source}: {len(attendees)} attendees; expected at most {MAX_ATTENDEES} "
            "(a Databricks account holds 10,000 users; split the workshop into several)"
        )
    if problems:
        raise RosterError(problems)
    return tuple(attendees)


def load_roster(path: Path) -> tuple[Attendee, ...]:
    """The attendees in the roster file ``path``, read through the bounded reader; unreadable,
    oversized and non-UTF-8 files raise RosterError too."""
    try:
        text = untrusted.read_text(Path(path), untrusted.ROSTER)
    except untrusted.UntrustedError as error:
        hint = ": save the roster as UTF-8" if "UTF-8" in error.problem else ""
        raise RosterError([f"{error}{hint}"]) from None
    return parse_roster(text, str(path))

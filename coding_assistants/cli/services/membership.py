"""Preflight's ``attendees`` row: is every attendee of the roster an active workspace user?

The users are looked up through SCIM (``GET /api/2.0/preview/scim/v2/Users``), several at a
time: one request carries a filter ``userName eq "a" or userName eq "b" ...`` of up to
``BATCH_USERS`` emails (and at most ``BATCH_FILTER_CHARS`` characters, so the URL stays short)
and asks only for ``userName`` and ``active``. 300 attendees take 8 requests, not 300. Every
request takes what is left of the command's one deadline; when it passes, the row says how
many attendees were checked. SCIM compares user names without regard to case, and so does this,
for ASCII letters only (``roster.fold_email``): a user name with a compatibility character such as
U+212A KELVIN SIGN is never taken for the attendee whose address has a ``k``. Each user of an
answer is read on its own; a malformed one never counts as an attendee found.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.services.checks import FAIL, OK, Check
from coding_assistants.roster import Attendee, fold_email
from coding_assistants.untrusted import Node, UntrustedError, rows

USERS_PATH = "/api/2.0/preview/scim/v2/Users"
CHECK_NAME = "attendees"
BATCH_USERS = 40
"""Most emails in one request's filter."""
BATCH_FILTER_CHARS = 3000
"""Longest filter of one request (URL-encoded it grows a little; far below URL limits)."""
MAX_PAGES_PER_BATCH = BATCH_USERS
"""Pages read for one batch at most: a batch of N distinct names matches N users at most,
so one page is the norm. A workspace that caps its pages below the batch is followed page by
page (each brings one user at least, or the batch ends), so nobody not yet read is called
missing; the bound stops a workspace that pages without end."""
ADD_USERS_FIX = (
    "add the missing attendees to the workspace (or correct their emails), activate the "
    "inactive ones, then run preflight again"
)


@dataclass(frozen=True)
class Absent:
    """An attendee who cannot log in: not a user of the workspace, or an inactive one."""

    attendee: Attendee
    reason: str
    """``not a user of the workspace`` or ``inactive in the workspace``."""


def _filter(emails: Sequence[str]) -> str:
    # Roster emails never hold '"' or '\' (roster.email_problem), so quoting is safe.
    return " or ".join(f'userName eq "{email}"' for email in emails)


def batches(attendees: Sequence[Attendee]) -> Iterator[list[Attendee]]:
    """The attendees in roster order, cut into groups whose filter fits one request."""
    batch: list[Attendee] = []
    for attendee in attendees:
        candidate = [*batch, attendee]
        too_long = len(_filter([a.email for a in candidate])) > BATCH_FILTER_CHARS
        if batch and (len(candidate) > BATCH_USERS or too_long):
            yield batch
            candidate = [attendee]
        batch = candidate
    if batch:
        yield batch


class UserLookupError(Exception):
    """A request failed: ``reason`` and ``fix`` are for the row; ``checked`` attendees had
    been looked up before it."""

    def __init__(self, reason: str, fix: str) -> None:
        super().__init__(reason)
        self.reason, self.fix, self.checked = reason, fix, 0


class UntrustedLookup(UserLookupError):
    """An answer of the user lookup that could not be read."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, "retry later; if it persists, report the workspace's answer")


def _page(
    api: WorkspaceApi, console: Console, emails: list[str], start: int, identity: str
) -> Node:
    try:
        reply = api.call(
            "GET",
            USERS_PATH,
            filter=_filter(emails),
            attributes="userName,active",
            startIndex=str(start),
            count=str(len(emails)),
        )
    except CallError as error:
        raise UserLookupError(error.reason, error.fix) from None
    if reply.ok:
        if reply.unreadable:
            raise UntrustedLookup(console.shorten(f"{reply.source}: {reply.unreadable}"))
        return reply.json
    message = console.shorten(reply.message)
    if reply.status == 403:
        fix = "run preflight as a workspace admin, or a user allowed to read the user list"
        who = f" (tested as {identity})" if identity else ""
        raise UserLookupError(f"403: may not list the workspace's users{who}: {message}", fix)
    raise UserLookupError(f"HTTP {reply.status}: {message}", "retry later")


def lookup(
    api: WorkspaceApi, console: Console, batch: list[Attendee], identity: str = ""
) -> dict[str, bool]:
    """The users of ``batch`` the workspace knows: lower-case user name -> active; a refusal
    names ``identity``, the user the lookup was made as."""
    emails = [a.email for a in batch]
    wanted, found = set(emails), {}
    start = 1
    for _ in range(MAX_PAGES_PER_BATCH):
        body = _page(api, console, emails, start, identity)
        try:
            resources = body["Resources"].items(optional=True)
            total = body["totalResults"].whole(optional=True, low=0)
        except UntrustedError as error:
            raise UntrustedLookup(console.shorten(str(error))) from None
        users, _bad = rows(resources[: len(emails)], _user)  # a bad user counts as not found
        for name, active in users:
            if name in wanted:
                found[name] = active
        start += len(resources)
        if not resources or start > min(total, len(emails)):
            break
    return found


def _user(user: Node) -> tuple[str, bool]:
    """A SCIM user's name (ASCII letters in lower case) and whether it is active."""
    return fold_email(user["userName"].text()), user["active"].flag(default=True)


def find_absent(
    api: WorkspaceApi, console: Console, attendees: Sequence[Attendee], identity: str = ""
) -> tuple[list[Absent], int]:
    """The attendees who are missing or inactive, in roster order, and how many were checked
    (all of them; a failed request raises ``UserLookupError``, which says how many)."""
    absent: list[Absent] = []
    checked = 0
    for batch in batches(attendees):
        try:
            found = lookup(api, console, batch, identity)
        except UserLookupError as error:
            error.checked = checked
            raise
        for attendee in batch:
            if attendee.email not in found:
                absent.append(Absent(attendee, "not a user of the workspace"))
            elif not found[attendee.email]:
                absent.append(Absent(attendee, "inactive in the workspace"))
        checked += len(batch)
    return absent, checked


def absent_line(source: str, absent: Absent) -> str:
    """``roster.txt: line 7: bob@example.com is not a user of the workspace``."""
    return f"{source}: line {absent.attendee.line}: {absent.attendee.email} is {absent.reason}"


def check_attendees(
    api: WorkspaceApi,
    console: Console,
    attendees: Sequence[Attendee],
    identity: str = "",
) -> tuple[Check, list[Absent]]:
    """The ``attendees`` row and the absent attendees, in roster order, looked up as
    ``identity``."""
    try:
        absent, checked = find_absent(api, console, attendees, identity)
    except UserLookupError as error:
        detail = f"{error.reason} (looked up {error.checked} of {len(attendees)} attendees)"
        return Check(CHECK_NAME, FAIL, detail, error.fix), []
    if not absent:
        return Check(CHECK_NAME, OK, f"all {checked} are active users of the workspace"), []
    missing = sum(a.reason.startswith("not") for a in absent)
    inactive = len(absent) - missing
    detail = f"{missing} missing, {inactive} inactive of {checked}: listed below"
    return Check(CHECK_NAME, FAIL, detail, ADD_USERS_FIX), absent

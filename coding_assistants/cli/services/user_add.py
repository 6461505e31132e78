"""Adding the roster's missing users to the workspace through SCIM, and activating inactive ones.

The workspace's SCIM API (``/api/2.0/preview/scim/v2/Users``) needs a workspace admin's token;
in a workspace with identity federation it also creates the user in the account. A missing
attendee is created (``POST``, ``userName`` = the roster's email, active); an inactive one is
activated (``PATCH`` of ``active``, after a lookup of their SCIM id). A user that appears in
between (409) counts as done. Requests run a few at a time, under the command's deadline.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.services.membership import USERS_PATH, Absent
from coding_assistants.untrusted import as_dict, as_list, as_text

PARALLEL = 4
USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
CREATE, ACTIVATE = "create", "activate"


@dataclass(frozen=True)
class Change:
    """One user to create or activate."""

    action: str
    email: str
    line: int

    @property
    def text(self) -> str:
        return f"{self.action:<8}  {self.email}"


def plan(absent: Sequence[Absent]) -> list[Change]:
    """A create for each missing attendee, an activate for each inactive one, roster order."""
    return [
        Change(
            CREATE if a.reason.startswith("not") else ACTIVATE, a.attendee.email, a.attendee.line
        )
        for a in absent
    ]


def _create(api: WorkspaceApi, console: Console, email: str) -> str:
    body = {"schemas": [USER_SCHEMA], "userName": email, "active": True}
    reply = api.call("POST", USERS_PATH, body)
    if reply.ok or reply.status == 409:
        return ""
    return f"HTTP {reply.status}: {console.shorten(reply.message)}"


def _activate(api: WorkspaceApi, console: Console, email: str) -> str:
    found = api.call("GET", USERS_PATH, filter=f'userName eq "{email}"', attributes="id")
    if not found.ok:
        return f"HTTP {found.status}: {console.shorten(found.message)}"
    ids = [as_text(as_dict(u).get("id")) for u in as_list(found.body.get("Resources"), 2)]
    if len(ids) != 1 or not ids[0]:
        return f"{len(ids)} users named {email}: activate by hand"
    body = {
        "schemas": [PATCH_SCHEMA],
        "Operations": [{"op": "replace", "path": "active", "value": True}],
    }
    reply = api.call("PATCH", f"{USERS_PATH}/{ids[0]}", body)
    return "" if reply.ok else f"HTTP {reply.status}: {console.shorten(reply.message)}"


def apply(api: WorkspaceApi, console: Console, change: Change) -> str:
    """Make one change; the problem in words, or ``""`` when it is done."""
    try:
        if change.action == CREATE:
            return _create(api, console, change.email)
        return _activate(api, console, change.email)
    except CallError as error:
        return f"{error.reason}; it may or may not be done: run users add again to see"


def apply_all(api: WorkspaceApi, console: Console, changes: Sequence[Change]) -> int:
    """Every change, a few at a time; prints one line each in plan order; the failures."""
    failures = 0
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        for change, problem in zip(
            changes, pool.map(lambda c: apply(api, console, c), changes), strict=True
        ):
            failures += bool(problem)
            status = "FAIL" if problem else "OK  "
            done = "created" if change.action == CREATE else "activated"
            console.print(f"  {status}  {change.email}: {problem or done}")
    return failures

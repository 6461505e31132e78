"""Which fleet stack holds each attendee, kept stable as a workshop grows: the stack lock.

The first synthesis of a workshop spreads its attendees as :mod:`split` does (one stack up to
``FLEET_STACK_ATTENDEES``, else a jump consistent hash over ``workshop-fleet-01``, ``-02``, ...)
and ``main.py`` records the result in a lock file kept with the roster
(``<roster>.lock.json``). From then on the lock decides: an attendee it names stays in that
stack, at the same Terraform addresses, whatever the roster becomes; only newcomers are placed,
into the stack with the fewest attendees that still has room (below
``FLEET_STACK_ATTENDEES``), which takes newcomers until it is full before the next is chosen,
so growth touches as few stacks as it can; a new ``workshop-fleet-NN`` opens when none has
room. One stack grows in place until it is full; ``workshop-fleet`` keeps its own attendees
when the fleet spreads over more stacks. So growing a workshop adds resources for the
newcomers only, and never replaces anyone's cluster. A stack the lock lists stays listed when
its attendees leave, so Terraform can still destroy what it holds.

Pure data: no file is read or written here (``main.py`` does, through the bounded reader).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from coding_assistants import untrusted
from coding_assistants.facts import (
    FLEET_PART_STACK,
    FLEET_STACK,
    FLEET_STACK_ATTENDEES,
    MAX_FLEET_STACKS,
)
from coding_assistants.roster import Attendee
from coding_assistants.workshop import split

LOCK_FORMAT = 1
"""Bumped when a reader of an older lock would misread a newer one."""
LOCK_SUFFIX = ".lock.json"
"""The lock of ``roster.txt`` is ``roster.txt.lock.json``, beside it."""
LOCK_NOTE = (
    "Written by coding-assistants-cluster's main.py: the fleet stack of every attendee. Keep "
    "it with the roster (commit it): an attendee it names never changes stacks, so growing the "
    "workshop adds resources for newcomers only. Delete it only after destroying every "
    "workshop-fleet stack."
)
_STACK = re.compile(re.escape(FLEET_STACK) + r"(-(?P<n>[0-9]{2}))?")
_KEY = re.compile(r"_?[a-z0-9_]+(-[0-9a-f]{10})?")


class LockError(ValueError):
    """A stack lock that cannot be used; the message names the file and the field."""


def part_number(stack: str) -> int:
    """0 for ``workshop-fleet``, n for ``workshop-fleet-NN``."""
    match = _STACK.fullmatch(stack)
    if match is None:
        raise ValueError(f"not a fleet stack: {stack!r}")
    return int(match["n"] or 0)


@dataclass(frozen=True)
class FleetLock:
    """What a stack lock records: every fleet stack placed in, and each attendee's stack."""

    stacks: tuple[str, ...]
    """Fleet stacks in order (``workshop-fleet`` first), empty ones too."""
    placed: Mapping[str, str] = field(default_factory=dict)
    """Attendee key -> the fleet stack that holds their cluster."""

    def render(self) -> bytes:
        """The lock file's bytes: sorted keys, one attendee a line, a final newline."""
        data = {
            "note": LOCK_NOTE,
            "format": LOCK_FORMAT,
            "stacks": list(self.stacks),
            "attendees": dict(sorted(self.placed.items())),
        }
        return (json.dumps(data, indent=1, sort_keys=True) + "\n").encode()


def parse_lock(node: untrusted.Node) -> FleetLock:
    """The lock in ``node`` (read through the bounded reader); LockError naming the field."""
    try:
        if node["format"].whole() != LOCK_FORMAT:
            raise node["format"].problem(f"must be {LOCK_FORMAT}; this is another release's lock")
        stacks = tuple(item.text() for item in node["stacks"].items())
        for item, name in zip(node["stacks"].items(), stacks, strict=True):
            if not _STACK.fullmatch(name) or part_number(name) > MAX_FLEET_STACKS:
                raise item.problem(f"not a fleet stack name, got {name!r}")
        if len(set(stacks)) != len(stacks) or not stacks:
            raise node["stacks"].problem("expected each fleet stack once, at least one")
        placed = node["attendees"].text_map()
        for key, stack in placed.items():
            if not _KEY.fullmatch(key):
                raise node["attendees"][key].problem("not an attendee key")
            if stack not in stacks:
                raise node["attendees"][key].problem(f"names {stack!r}, which stacks lacks")
    except untrusted.UntrustedError as error:
        raise LockError(
            f"{error}; a stack lock is written by main.py (see docs/workshop.md)"
        ) from None
    return FleetLock(tuple(sorted(stacks, key=part_number)), placed)


@dataclass(frozen=True)
class Arrangement:
    """The fleet stacks of a roster: each stack's attendees, and what changed since the lock."""

    parts: dict[str, tuple[Attendee, ...]]
    """Fleet stack -> its attendees (in roster order), every stack of the lock listed."""
    lock: FleetLock
    """The lock to record for this arrangement."""
    added: dict[str, int]
    """Stack -> newcomers placed in it."""
    new_stacks: tuple[str, ...]
    """Stacks this arrangement opens."""
    fresh: bool
    """True when no lock was given: every attendee was placed afresh."""

    def notes(self, lock_name: str, fleet_stacks: int | None = None) -> list[str]:
        """What synthesis says about the arrangement before any plan: where the newcomers go,
        that nobody moves, and a ``fleet_stacks`` the lock overrides."""
        if self.fresh:
            counts = ", ".join(f"{s} {len(a)}" for s, a in self.parts.items() if a)
            return [
                f"no {lock_name} yet: every attendee placed afresh ({counts}) and recorded "
                "there; keep it with the roster (if this workshop was deployed from another "
                "roster without it, restore its lock first: a fresh placement may move people)"
            ]
        notes = []
        holding = [s for s, a in self.parts.items() if a or s != FLEET_STACK]
        if fleet_stacks is not None and fleet_stacks != len(holding):
            notes.append(
                f"fleet_stacks {fleet_stacks} applies to the first placement only: {lock_name} "
                f"keeps every attendee in their stack ({len(holding)} stacks); nobody is moved"
            )
        if not self.added:
            return [*notes, f"every attendee stays in the stack {lock_name} names; none added"]
        added = ", ".join(
            f"{stack} +{n}{' (new stack)' if stack in self.new_stacks else ''}"
            for stack, n in self.added.items()
        )
        return [*notes, f"newcomers only: {added}; every attendee in {lock_name} stays put"]


def arrange(
    attendees: tuple[Attendee, ...], fleet_stacks: int | None, lock: FleetLock | None
) -> Arrangement:
    """The fleet stacks of ``attendees``: afresh (``split``) without a lock, else the lock's
    placement kept and the newcomers added (see the module's docstring)."""
    if lock is None:
        return _fresh(attendees, fleet_stacks)
    placed = {a.key: lock.placed[a.key] for a in attendees if a.key in lock.placed}
    stacks = list(lock.stacks)
    counts = Counter({s: 0 for s in stacks})
    counts.update(placed.values())
    added: Counter[str] = Counter()
    opened: list[str] = []
    stack: str | None = None
    for attendee in sorted((a for a in attendees if a.key not in placed), key=lambda a: a.key):
        if stack is None or counts[stack] >= FLEET_STACK_ATTENDEES:
            stack = _roomiest(stacks, counts) or _open(stacks, opened)
        placed[attendee.key] = stack
        counts[stack] += 1
        added[stack] += 1
    ordered = sorted(stacks, key=part_number)
    parts = {s: tuple(a for a in attendees if placed[a.key] == s) for s in ordered}
    return Arrangement(
        parts,
        FleetLock(tuple(ordered), placed),
        {s: added[s] for s in ordered if added[s]},
        tuple(opened),
        fresh=False,
    )


def _fresh(attendees: tuple[Attendee, ...], fleet_stacks: int | None) -> Arrangement:
    count = split.stack_count(len(attendees), fleet_stacks)
    parts = split.split(attendees, count)
    if count > 1:  # the pool-only workshop-fleet is a stack of the lock too
        parts = {FLEET_STACK: (), **parts}
    placed = {a.key: stack for stack, share in parts.items() for a in share}
    lock = FleetLock(tuple(parts), placed)
    return Arrangement(parts, lock, {s: len(a) for s, a in parts.items() if a}, (), fresh=True)


def _roomiest(stacks: list[str], counts: Counter[str]) -> str | None:
    """The stack with the fewest attendees below FLEET_STACK_ATTENDEES (the first of equals);
    ``workshop-fleet`` only while it is the one stack (it then keeps its own attendees)."""
    open_ = [s for s in stacks if s != FLEET_STACK or len(stacks) == 1]
    roomy = [s for s in open_ if counts[s] < FLEET_STACK_ATTENDEES]
    return min(roomy, key=lambda s: (counts[s], part_number(s)), default=None)


def _open(stacks: list[str], opened: list[str]) -> str:
    number = max(part_number(s) for s in stacks) + 1
    if number > MAX_FLEET_STACKS:
        raise LockError(
            f"fleet_stacks: the newcomers need fleet stack {number}; expected at most "
            f"{MAX_FLEET_STACKS} (the roster is larger than a workshop may be)"
        )
    stack = FLEET_PART_STACK.format(number)
    stacks.append(stack)
    opened.append(stack)
    return stack

"""How the attendees' clusters are first spread over fleet stacks.

Terraform's plan time within one stack grows faster than the number of resources in it (every
instance that refers to a ``for_each`` resource evaluates all of that resource's instances), so
a large roster is split into several stacks of about ``FLEET_STACK_ATTENDEES`` each. An
attendee's stack is chosen by a hash of their key alone: adding or removing an attendee touches
that attendee's resources in one stack, and nobody else moves, as long as the number of stacks
stays the same. The hash is a jump consistent hash, so a change of the number of stacks moves as
few attendees as a balanced split allows: from n to n + 1 stacks only the attendees the new
stack takes (about one in n + 1), from n + 1 to n only those of the stack that goes. The
attendees' grants follow the same split: ``workshop-shared-NN`` holds the grants of the
attendees of ``workshop-fleet-NN``.
"""

from __future__ import annotations

import hashlib
import math

from coding_assistants.facts import (
    FLEET_PART_STACK,
    FLEET_STACK,
    FLEET_STACK_ATTENDEES,
    FLEET_STACK_MAX_ATTENDEES,
    SHARED_PART_STACK,
)
from coding_assistants.roster import Attendee


def stack_count(attendees: int, fleet_stacks: int | None) -> int:
    """The setting, or one stack per ``FLEET_STACK_ATTENDEES`` attendees, rounded up."""
    if fleet_stacks is not None:
        return fleet_stacks
    return max(1, math.ceil(attendees / FLEET_STACK_ATTENDEES))


_MASK64 = (1 << 64) - 1
_JUMP_MULTIPLIER = 2862933555777941757
"""The 64-bit linear congruential step of Lamping and Veach's jump consistent hash."""


def jump_bucket(seed: int, buckets: int) -> int:
    """Jump consistent hash of the 64-bit ``seed`` into ``buckets`` (0-based): a key either
    keeps its bucket or moves to the new last one when ``buckets`` grows by one."""
    bucket, candidate = -1, 0
    while candidate < buckets:
        bucket = candidate
        seed = (seed * _JUMP_MULTIPLIER + 1) & _MASK64
        candidate = int((bucket + 1) * ((1 << 31) / ((seed >> 33) + 1)))
    return bucket


def part_of(key: str, stacks: int) -> int:
    """The stack (0-based) of the attendee with ``key``: the first 8 bytes of the key's
    SHA-256, by jump consistent hash over ``stacks``."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return jump_bucket(int.from_bytes(digest[:8], "big"), stacks)


def shares(attendees: tuple[Attendee, ...], stacks: int) -> list[tuple[Attendee, ...]]:
    """The attendees of each of ``stacks`` stacks (in the given order), empty ones too."""
    parts: list[list[Attendee]] = [[] for _ in range(stacks)]
    for attendee in attendees:
        parts[part_of(attendee.key, stacks)].append(attendee)
    return [tuple(part) for part in parts]


def split(attendees: tuple[Attendee, ...], stacks: int) -> dict[str, tuple[Attendee, ...]]:
    """Stack name -> its attendees (in the given order). One stack keeps the name
    ``workshop-fleet``; several are ``workshop-fleet-01`` and on, every one listed even if a
    hash left it empty."""
    if stacks == 1:
        return {FLEET_STACK: tuple(attendees)}
    return {FLEET_PART_STACK.format(i + 1): p for i, p in enumerate(shares(attendees, stacks))}


def split_grants(attendees: tuple[Attendee, ...], stacks: int) -> dict[str, tuple[Attendee, ...]]:
    """Grant stack name -> its attendees: none for one stack (``workshop-shared`` holds the
    grants), else ``workshop-shared-01`` and on, with the attendees of ``workshop-fleet-01``
    and on."""
    if stacks == 1:
        return {}
    return {SHARED_PART_STACK.format(i + 1): p for i, p in enumerate(shares(attendees, stacks))}


def grant_stack(fleet_stack: str) -> str:
    """The stack of the grants of ``workshop-fleet-NN``'s attendees: ``workshop-shared-NN``."""
    return SHARED_PART_STACK.format(int(fleet_stack.removeprefix(f"{FLEET_STACK}-")))


def split_problems(parts: dict[str, tuple[Attendee, ...]], locked: bool = False) -> list[str]:
    """A stack above ``FLEET_STACK_MAX_ATTENDEES`` is refused, naming the fix."""
    largest = max((len(part) for part in parts.values()), default=0)
    if largest <= FLEET_STACK_MAX_ATTENDEES:
        return []
    if locked:
        return [
            f"fleet_stacks: the stack lock puts {largest} attendees in one fleet stack; "
            f"expected at most {FLEET_STACK_MAX_ATTENDEES} (restore the lock main.py wrote)"
        ]
    return [
        f"fleet_stacks: a fleet stack would hold {largest} attendees, got {len(parts)} stacks; "
        f"expected at most {FLEET_STACK_MAX_ATTENDEES} attendees per stack (raise fleet_stacks, "
        f"or leave it null for one stack per {FLEET_STACK_ATTENDEES} attendees)"
    ]

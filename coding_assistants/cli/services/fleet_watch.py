"""One look at the whole fleet, at a bounded cost, again and again.

A refresh lists the clusters (the paged cluster list: 10 requests for 1,000 clusters) and reads
events only where they can say more and something changed: a cluster whose state, state
message, start or termination differs from the last refresh, or whose events were never read;
a cluster still pending is read again after ``PENDING_RECHECK_SECONDS`` (a quota error arrives
without a change of state). At most ``budget`` clusters' events are read per refresh, the most
urgent first (starting before failed before running); the others wait for the next refresh. So
a steady fleet of 1,000 costs its list pages and nothing more, and no refresh costs more than
pages + budget x the events' pages. While events wait for a later refresh, the caller may
refresh sooner (see ``status``), so the whole picture arrives in a few quick refreshes. Each
refresh has its own deadline (``--timeout``); the workspace's requests to slow down (429 with
Retry-After) are honoured by the client, and counted, so the caller can wait longer before the
next refresh.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.api import WorkspaceApi
from coding_assistants.cli.core.deadline import Deadline
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.services.cluster_events import EventsError, RunEvents, read_run
from coding_assistants.cli.services.clusters import cluster_pages
from coding_assistants.cli.services.fleet_status import (
    ClusterFacts,
    Standing,
    cluster_facts,
    needs_events,
    no_cluster,
    standing,
)
from coding_assistants.cli.services.workshop import Workshop
from coding_assistants.untrusted import Node, rows

EVENT_BUDGET = 100
"""Clusters whose events one refresh reads at most."""
PARALLEL = 8
PENDING_RECHECK_SECONDS = 60.0
URGENT_STATES = ("PENDING", "RESTARTING", "ERROR", "TERMINATED")
"""Read first, in this order: a start that waits may be blocked (quota, capacity), a failure
has a reason to show; a running cluster's events only add its init script's duration."""


@dataclass(frozen=True)
class Refresh:
    """The fleet at one moment, and what the look cost."""

    rows: tuple[Standing, ...]
    requests: int
    throttled: int
    seconds: float
    events_read: int
    events_waiting: int
    """Clusters whose events wait for a later refresh (over the budget, or a failed read)."""
    strangers: tuple[str, ...] = ()
    """Attendee tags of the workshop's clusters that are not on the roster."""


def attendee_of(entry: Node, workshop: str) -> str | None:
    """The Attendee tag of a cluster of ``workshop`` (lower case), else None; UntrustedError
    when the row's tags are not a map of text."""
    tags = entry["custom_tags"].text_map(optional=True)
    if tags.get(facts.TAG_WORKSHOP) != workshop:
        return None
    return tags.get(facts.TAG_ATTENDEE, "").strip().lower() or None


class FleetWatch:
    """Refreshes of one workshop's fleet; keeps what earlier refreshes learnt."""

    def __init__(
        self,
        api: WorkspaceApi,
        console: Console,
        workshop: Workshop,
        timeout: float,
        budget: int = EVENT_BUDGET,
    ) -> None:
        self._api, self._console, self._workshop = api, console, workshop
        self._timeout, self._budget = timeout, budget
        self._signatures: dict[str, tuple[Any, ...]] = {}
        self._runs: dict[str, RunEvents] = {}
        self._read_at: dict[str, float] = {}

    def renew(self, api: WorkspaceApi) -> None:
        """Use ``api`` (fresh credentials) from the next refresh on."""
        self._api = api

    def refresh(self) -> Refresh:
        """One look; ListingError when the clusters cannot be listed."""
        started = time.monotonic()
        api = self._api.with_deadline(Deadline(self._timeout))
        clusters = self._clusters(api)
        wanted = [c for c in clusters.values() if self._wants_events(c)]
        rank = {state: i for i, state in enumerate(URGENT_STATES)}
        wanted.sort(key=lambda c: (rank.get(c.state, len(rank)), c.attendee))
        chosen = wanted[: self._budget]
        read = self._read_events(api, chosen)
        for cluster in clusters.values():
            if cluster.cluster_id in read or not needs_events(cluster):
                self._signatures[cluster.cluster_id] = cluster.signature
            if not needs_events(cluster):
                self._runs.pop(cluster.cluster_id, None)
        rows, strangers = self._rows(clusters)
        return Refresh(
            rows=rows,
            requests=api.requests,
            throttled=api.throttled,
            seconds=time.monotonic() - started,
            events_read=len(read),
            events_waiting=len(wanted) - len(read),
            strangers=strangers,
        )

    def _clusters(self, api: WorkspaceApi) -> dict[str, ClusterFacts]:
        """The workshop's attendee clusters by attendee email (one per attendee: the first by
        name when a person has several)."""

        def read(entry: Node) -> ClusterFacts | None:
            email = attendee_of(entry, self._workshop.name)
            if email is None:
                return None
            entry["cluster_id"].text()  # a row without an id cannot be followed
            return cluster_facts(entry.value, email)

        found: dict[str, ClusterFacts] = {}
        read_rows, _unreadable = rows(list(cluster_pages(api, self._console)), read)
        for cluster in read_rows:
            if cluster is None:
                continue
            email = cluster.attendee
            if email not in found or cluster.name < found[email].name:
                found[email] = cluster
        return found

    def _wants_events(self, cluster: ClusterFacts) -> bool:
        if not needs_events(cluster):
            return False
        key = cluster.cluster_id
        if self._signatures.get(key) != cluster.signature or key not in self._runs:
            return True
        stale = time.monotonic() - self._read_at.get(key, 0.0) > PENDING_RECHECK_SECONDS
        return cluster.state == "PENDING" and stale

    def _read_events(self, api: WorkspaceApi, chosen: list[ClusterFacts]) -> set[str]:
        def one(cluster: ClusterFacts) -> tuple[str, RunEvents | None]:
            try:
                return cluster.cluster_id, read_run(api, cluster.cluster_id)
            except EventsError:
                return cluster.cluster_id, None

        done = set()
        with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
            for cluster_id, run in pool.map(one, chosen):
                if run is not None:
                    self._runs[cluster_id] = run
                    self._read_at[cluster_id] = time.monotonic()
                    done.add(cluster_id)
        return done

    def _rows(self, clusters: dict[str, ClusterFacts]) -> tuple[tuple[Standing, ...], tuple]:
        def row(email: str) -> Standing:
            cluster = clusters.get(email)
            if cluster is None:
                return no_cluster(email)
            return standing(cluster, self._runs.get(cluster.cluster_id))

        roster = [a.email for a in self._workshop.attendees]
        if not roster:
            return tuple(row(email) for email in sorted(clusters)), ()
        strangers = tuple(sorted(set(clusters) - set(roster)))
        return tuple(row(email) for email in roster), strangers

"""The clusters ``coding-assistants cleanup`` may touch: listing, selection and the two actions.

The listing is bounded: it stops, and says so, when the workspace repeats a page token or sends
more than ``MAX_PAGES`` pages; every call takes what is left of the command's deadline. Each
cluster's row is read on its own through the bounded reader: a malformed row (tags that are not
a map, an id that is not text) is counted and named, left alone, and never costs the others.

A cluster is matched by its ``Workshop`` tag (the workshop's name: the stacks tag every cluster
with it, and the workshop's policy fixes it on any cluster made with the policy) and,
optionally, a name prefix; a cluster without the tag is never matched, whatever its name. Among
the matched, a cluster tagged ``ManagedBy=Terraform`` (every cluster the stacks create) is
skipped unless managed clusters are explicitly included: it belongs to a Terraform state, whose
destroy removes it, and whose next deploy would create it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.output import Console
from coding_assistants.facts import FLEET_STACK, MANAGED_BY_VALUE, TAG_MANAGED_BY, TAG_WORKSHOP
from coding_assistants.untrusted import Node, UntrustedError, rows

PARALLEL_REQUESTS = 8
LIST_PATH = "/api/2.1/clusters/list"
PAGE_SIZE = 100
"""Clusters per page asked for (the Clusters API's maximum)."""
MAX_PAGES = 200
"""Pages read at most (20,000 clusters): a workspace that sends more is not believed."""
TERRAFORM_TAG = (TAG_MANAGED_BY, MANAGED_BY_VALUE)
"""The custom tag every cluster of the project's stacks carries."""
MANAGED = f"{TAG_MANAGED_BY}={MANAGED_BY_VALUE}"
"""That tag as the output writes it."""
WORKSHOP_TAG = TAG_WORKSHOP
"""The custom tag the workshop stacks put on every attendee cluster: the workshop's name."""
TERRAFORM_CLEANUP = (
    f"`cdktf destroy {FLEET_STACK} --skip-synth`\n"
    f"  (or `terraform -chdir=cdktf.out/stacks/{FLEET_STACK} destroy`)"
)
"""The normal clean-up of the clusters the stacks created; two lines, the second indented."""


@dataclass(frozen=True)
class Action:
    """What ``--execute`` does to each cluster, in the words of the output."""

    name: str
    """Short name, shown as the action."""
    verb: str
    """What is done to a cluster, as in "would <verb>"."""
    progress: str
    """The heading while it runs."""
    done: str
    """The result of one cluster when it worked."""
    explanation: str
    """What it means for the cluster, shown before anything happens."""

    @property
    def planned(self) -> str:
        return f"would {self.verb}"


PERMANENT_DELETE = Action(
    name="permanent delete",
    verb="permanently delete",
    progress="Permanently deleting",
    done="deleted",
    explanation="the cluster and its configuration are removed for good; this cannot be undone",
)
TERMINATE = Action(
    name="terminate",
    verb="terminate",
    progress="Terminating",
    done="terminated",
    explanation="the cluster stops but stays in the cluster list, and can be started again",
)


def count(number: int, noun: str = "cluster") -> str:
    """``1 cluster``, ``3 clusters``."""
    return f"{number} {noun}{'s' if number != 1 else ''}"


@dataclass(frozen=True)
class Target:
    """A cluster whose name starts with the prefix (and, if asked, of the workshop)."""

    cluster_id: str
    name: str
    state: str
    """The cluster's state when listed (RUNNING, TERMINATED, ...)."""
    creator: str
    terraform: bool
    """True when the cluster carries the custom tag ManagedBy=Terraform."""
    workshop: str = ""
    """The cluster's Workshop tag; empty when it has none."""
    pools: tuple[str, ...] = ()
    """The instance pools the cluster's workers and driver come from."""


@dataclass(frozen=True)
class Selection:
    """The matching clusters in name order, those of them that are skipped, and the others."""

    matched: tuple[Target, ...]
    """Every cluster tagged with the workshop's name (and with the prefix, when one is given)."""
    include_managed: bool
    """False: the Terraform-managed clusters among ``matched`` are skipped."""
    other_workshop: int = 0
    """Clusters left alone because their Workshop tag differs or is missing."""
    without_prefix: int = 0
    """Clusters of the workshop left alone because their names lack the given prefix."""
    lookalike: int = 0
    """Of ``other_workshop``: clusters named like the workshop's but without its tag (made by
    hand, not by the stacks or with the policy)."""
    left_alone: tuple[Target, ...] = ()
    """The clusters not matched (of another or no workshop, or without the prefix)."""
    unreadable: tuple[UntrustedError, ...] = ()
    """Rows of the listing that could not be read: never acted on."""

    def skips(self, target: Target) -> bool:
        return target.terraform and not self.include_managed

    @property
    def targets(self) -> list[Target]:
        """The clusters the action applies to."""
        return [t for t in self.matched if not self.skips(t)]

    @property
    def skipped(self) -> list[Target]:
        """The Terraform-managed clusters left to Terraform."""
        return [t for t in self.matched if self.skips(t)]


class ListingError(Exception):
    """The clusters could not be listed completely; the message says why, in plain words."""


def _target(cluster: Node) -> Target:
    """A cluster's row, each field checked (UntrustedError names the row and the field)."""
    tags = cluster["custom_tags"].text_map(optional=True)
    pools = ("instance_pool_id", "driver_instance_pool_id")
    return Target(
        cluster_id=cluster["cluster_id"].text(),
        name=cluster["cluster_name"].text(optional=True),
        state=cluster["state"].text(optional=True) or "UNKNOWN",
        creator=cluster["creator_user_name"].text(optional=True),
        terraform=tags.get(TERRAFORM_TAG[0]) == TERRAFORM_TAG[1],
        workshop=tags.get(WORKSHOP_TAG, ""),
        pools=tuple(cluster[key].text() for key in pools if cluster[key].text(optional=True)),
    )


def cluster_pages(
    api: WorkspaceApi, console: Console, max_pages: int = MAX_PAGES
) -> Iterator[Node]:
    """Every cluster row of the workspace as the API gives it, page by page; ``ListingError``
    when a call fails, a page is not a listing, a page token comes back twice, or there are
    more than ``max_pages`` pages."""
    seen: set[str] = set()
    listed = 0
    query: dict[str, str] = {"page_size": str(PAGE_SIZE)}
    for _ in range(max_pages):
        try:
            reply = api.call("GET", LIST_PATH, None, **query)
        except CallError as error:
            raise ListingError(f"{error.reason}\n  fix: {error.fix}") from None
        if not reply.ok:
            raise ListingError(f"HTTP {reply.status}: {console.shorten(reply.message)}")
        try:
            page = reply.json["clusters"].items(optional=True)
            token = reply.json["next_page_token"].text(optional=True)
        except UntrustedError as error:
            raise ListingError(console.shorten(str(error))) from None
        listed += len(page)
        yield from page
        if not token:
            return
        if token in seen:
            raise ListingError(
                f"the workspace sent the page token {console.shorten(token)!r} twice; stopped "
                f"after {len(seen) + 1} pages ({count(listed)}) rather than loop"
            )
        seen.add(token)
        query = {"page_size": str(PAGE_SIZE), "page_token": token}
    raise ListingError(
        f"stopped after {max_pages} pages ({count(listed)}): the workspace kept sending "
        "page tokens; nothing was changed"
    )


def list_clusters(
    api: WorkspaceApi, console: Console, max_pages: int = MAX_PAGES
) -> tuple[list[Target], list[UntrustedError]]:
    """Every cluster of the workspace (see :func:`cluster_pages`), and the rows that could
    not be read."""
    return rows(list(cluster_pages(api, console, max_pages)), _target)


def select(
    api: WorkspaceApi,
    console: Console,
    workshop: str,
    include_managed: bool,
    prefix: str | None = None,
    lookalike_prefix: str = "",
) -> Selection:
    """The clusters tagged ``Workshop=<workshop>`` and, when ``prefix`` is given, named with
    it; the Terraform-managed among them are skipped unless ``include_managed``. Clusters left
    alone whose names start with ``lookalike_prefix`` are counted apart."""
    matched, alone, other, without, lookalike = [], [], 0, 0, 0
    targets, unreadable = list_clusters(api, console)
    for target in targets:
        if target.workshop != workshop:
            other += 1
            lookalike += bool(lookalike_prefix) and target.name.startswith(lookalike_prefix)
        elif prefix is not None and not target.name.startswith(prefix):
            without += 1
        else:
            matched.append(target)
            continue
        alone.append(target)
    matched.sort(key=lambda t: (t.name, t.cluster_id))
    return Selection(
        tuple(matched),
        include_managed,
        other,
        without,
        lookalike,
        tuple(alone),
        tuple(unreadable),
    )


def _apply(api: WorkspaceApi, action: Action, target: Target, console: Console) -> tuple[bool, str]:
    if action is TERMINATE and target.state == "TERMINATED":
        return True, "already terminated, left as is"
    path = "/api/2.1/clusters/" + ("delete" if action is TERMINATE else "permanent-delete")
    try:
        reply = api.call("POST", path, {"cluster_id": target.cluster_id})
    except CallError as error:
        return False, f"{error.reason}; it may or may not be done: run cleanup again to see"
    if not reply.ok:
        return False, console.shorten(reply.message)
    return True, action.done


def execute(
    api: WorkspaceApi, action: Action, selection: Selection, console: Console, verbose: bool = True
) -> int:
    """Apply ``action`` to every target, a few at a time; one failure never stops the rest.
    Prints one line per target (and, when ``verbose``, SKIP for each skipped one), in table
    order; returns the number of failures."""
    failures = 0
    with ThreadPoolExecutor(max_workers=PARALLEL_REQUESTS) as pool:
        results: Iterator[tuple[bool, str]] = pool.map(
            lambda t: _apply(api, action, t, console), selection.targets
        )
        for target in selection.matched:
            if selection.skips(target):
                if not verbose:
                    continue
                console.print(
                    f"  SKIP  {target.cluster_id}  {target.name}: "
                    f"tagged {MANAGED}, left to Terraform"
                )
                continue
            ok, message = next(results)
            failures += not ok
            status = "OK  " if ok else "FAIL"
            console.print(f"  {status}  {target.cluster_id}  {target.name}: {message}")
    return failures

"""The clusters ``coding-assistants cleanup`` may touch: listing, selection and the two actions.

A cluster is matched by its name prefix and, optionally, by its ``Workshop`` tag. Among the
matched, a cluster tagged ``ManagedBy=Terraform`` (every cluster the stacks create) is skipped
unless managed clusters are explicitly included: it belongs to a Terraform state, whose destroy
removes it, and whose next deploy would create it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coding_assistants import facts
from coding_assistants.cli.output import Console
from coding_assistants.cli.workspace import short_error

if TYPE_CHECKING:
    from databricks.sdk import WorkspaceClient
    from databricks.sdk.service.compute import ClusterDetails

PARALLEL_REQUESTS = 8
TERRAFORM_TAG = (facts.TAG_MANAGED_BY, facts.MANAGED_BY_VALUE)
"""The custom tag every cluster of the project's stacks carries."""
WORKSHOP_TAG = facts.TAG_WORKSHOP
"""The custom tag the workshop stacks put on every attendee cluster: the workshop's name."""
TERRAFORM_CLEANUP = (
    f"`cdktf destroy {facts.FLEET_STACK} --skip-synth`\n"
    f"  (or `terraform -chdir=cdktf.out/stacks/{facts.FLEET_STACK} destroy`)"
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


@dataclass(frozen=True)
class Selection:
    """The matching clusters in name order, those of them that are skipped, and the others."""

    matched: tuple[Target, ...]
    """Every cluster with the prefix (and the workshop's tag, when one is given)."""
    include_managed: bool
    """False: the Terraform-managed clusters among ``matched`` are skipped."""
    without_prefix: int
    """Clusters left alone because their names lack the prefix."""
    other_workshop: int = 0
    """Clusters with the prefix left alone because their Workshop tag differs (or is missing)."""

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


def _target(cluster: ClusterDetails) -> Target:
    tags = cluster.custom_tags or {}
    return Target(
        cluster_id=cluster.cluster_id or "",
        name=cluster.cluster_name or "",
        state=cluster.state.value if cluster.state else "UNKNOWN",
        creator=cluster.creator_user_name or "",
        terraform=tags.get(TERRAFORM_TAG[0]) == TERRAFORM_TAG[1],
        workshop=tags.get(WORKSHOP_TAG) or "",
    )


def select(
    client: WorkspaceClient, prefix: str, workshop: str | None, include_managed: bool
) -> Selection:
    """The clusters whose names start with ``prefix`` and, when ``workshop`` is given, whose
    Workshop tag equals it; the Terraform-managed among them are skipped unless
    ``include_managed``."""
    matched, without_prefix, other_workshop = [], 0, 0
    for cluster in client.clusters.list():
        target = _target(cluster)
        if not target.name.startswith(prefix):
            without_prefix += 1
        elif workshop is not None and target.workshop != workshop:
            other_workshop += 1
        else:
            matched.append(target)
    matched.sort(key=lambda t: (t.name, t.cluster_id))
    return Selection(tuple(matched), include_managed, without_prefix, other_workshop)


def _apply(client: WorkspaceClient, action: Action, target: Target) -> tuple[bool, str]:
    if action is TERMINATE and target.state == "TERMINATED":
        return True, "already terminated, left as is"
    try:
        if action is TERMINATE:
            client.clusters.delete(cluster_id=target.cluster_id)
        else:
            client.clusters.permanent_delete(cluster_id=target.cluster_id)
    except Exception as error:
        code = getattr(error, "error_code", None)
        return False, f"{code}: {short_error(error)}" if code else short_error(error)
    return True, action.done


def execute(client: WorkspaceClient, action: Action, selection: Selection, console: Console) -> int:
    """Apply ``action`` to every target, a few at a time; one failure never stops the rest.
    Prints one line per matched cluster (SKIP for the skipped), in table order; returns the
    number of failures."""
    failures = 0
    with ThreadPoolExecutor(max_workers=PARALLEL_REQUESTS) as pool:
        results: Iterator[tuple[bool, str]] = pool.map(
            lambda t: _apply(client, action, t), selection.targets
        )
        for target in selection.matched:
            if selection.skips(target):
                console.print(
                    f"  SKIP  {target.cluster_id}  {target.name}: "
                    "tagged ManagedBy=Terraform, left to Terraform"
                )
                continue
            ok, message = next(results)
            failures += not ok
            status = "OK  " if ok else "FAIL"
            console.print(f"  {status}  {target.cluster_id}  {target.name}: {message}")
    return failures

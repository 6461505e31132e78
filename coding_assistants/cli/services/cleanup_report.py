"""What ``cleanup`` found and how it reports it: the counts first, the clusters acted on, the
pool, the attendees' access, then the plan's settings."""

from __future__ import annotations

from dataclasses import dataclass

from coding_assistants.cli.core.output import Console, render_table, terminal_width
from coding_assistants.cli.services import access_cleanup as access
from coding_assistants.cli.services.cleanup_pool import PoolPlan, describe
from coding_assistants.cli.services.clusters import (
    MANAGED,
    TERRAFORM_CLEANUP,
    WORKSHOP_TAG,
    Action,
    Selection,
    count,
)
from coding_assistants.cli.services.workshop import Workshop

SKIP_PLAN = f"skip: {MANAGED}"


@dataclass(frozen=True)
class CleanupRun:
    """``cleanup``'s options with the workshop they name: a new, frozen object."""

    workshop: Workshop
    prefix: str | None
    include_managed: bool
    include_pool: bool
    execute: bool
    verbose: bool
    action: Action


@dataclass(frozen=True)
class Found:
    """Everything the command would act on, and what it keeps."""

    selection: Selection
    pool: PoolPlan | None
    access: access.AccessReview | None

    def nothing(self) -> bool:
        """True when nothing of the workshop was found at all."""
        plans = self.access.plans if self.access else ()
        return (
            not self.selection.matched
            and self.pool is None
            and not any(p.remove or p.kept for p in plans)
        )

    def work(self) -> bool:
        pool = self.pool is not None and (self.pool.deletes or self.pool.cools)
        return bool(self.selection.targets) or pool or bool(self.access and self.access.removals)


def _table(options: CleanupRun, selection: Selection) -> str:
    """The clusters acted on; with ``verbose`` the skipped ones too."""
    headers = ["CLUSTER ID", "NAME", "STATE", "MANAGED BY", "CREATOR", "PLAN"]
    action = options.action
    rows = [
        [
            t.cluster_id,
            t.name,
            t.state,
            "Terraform" if t.terraform else "-",
            t.creator,
            SKIP_PLAN if selection.skips(t) else action.verb if options.execute else action.planned,
        ]
        for t in selection.matched
        if options.verbose or not selection.skips(t)
    ]
    return render_table(headers, rows, width=terminal_width(), wrap=[1, 4])


def _counts(options: CleanupRun, found: Found) -> str:
    """The first line: what would be (or is being) done, what is skipped, by reason."""
    selection, pool = found.selection, found.pool
    verb = options.action.verb
    doing = f"Dry run: would {verb}" if not options.execute else f"Execute: {verb}"
    what = [count(len(selection.targets))]
    if pool is not None and pool.deletes:
        what.append(f"the pool {pool.name!r}")
    line = f"{doing} {' and '.join(what)}"
    if pool is not None and pool.cools:
        line += f"; release the pool's {pool.warm} warm VMs"
    if found.access and found.access.removals:
        line += f"; remove {found.access.removals} attendee access entries"
    reasons = [f"{count(len(selection.skipped))} tagged {MANAGED}"] if selection.skipped else []
    if pool is not None and not pool.deletes and options.include_pool:
        reasons.append(f"the pool ({pool.skip})")
    alone = count(selection.other_workshop + selection.without_prefix)
    return (
        f"{line}; skip {', '.join(reasons) or 'nothing'}; {alone} not of the workshop left alone."
    )


def _matched_line(options: CleanupRun, selection: Selection) -> str:
    tag = f"tagged {WORKSHOP_TAG}={options.workshop.name}"
    if options.prefix is not None:
        tag += f" named {options.prefix!r}..."
    alone = f"{count(selection.other_workshop)} of another or no workshop"
    if selection.lookalike:
        alone += f" ({selection.lookalike} named like it, without its tag: not made by the stacks)"
    if selection.without_prefix:
        alone += f", {selection.without_prefix} without the prefix"
    matched = len(selection.matched)
    if not matched:
        return f"No cluster {tag} ({alone} left alone)."
    return f"{count(matched)} {tag} ({alone} left alone):"


def _print_managed(selection: Selection, console: Console) -> None:
    """Why the Terraform-managed clusters are skipped, or a warning when they are included."""
    skipped = len(selection.skipped)
    if skipped:
        it = "it" if skipped == 1 else "them"
        console.print(
            f"Skipped {count(skipped)} tagged {MANAGED}: the stacks created {it}, and "
            f"their next deploy\n  would create {it} again. Remove {it} with {TERRAFORM_CLEANUP},"
            f"\n  or run again with --include-managed to remove {it} here anyway."
        )
        if not selection.include_managed:
            console.print("  (--verbose lists the skipped clusters one per line)")
    managed = sum(t.terraform for t in selection.targets)
    if managed:
        console.print(
            f"Warning: {count(managed)} tagged {MANAGED} included (--include-managed)."
            f"\n  The normal clean-up is {TERRAFORM_CLEANUP};\n  a cluster removed here is "
            "created again by the next deploy of that stack."
        )


def _print_access(options: CleanupRun, found: Found, console: Console) -> None:
    workshop = options.workshop
    if found.access is None:
        console.print(
            "Attendees' access: not checked: give --attendees FILE, the roster the workshop "
            "was deployed with, to remove their grants and access entries too."
        )
        return
    console.print(f"Attendees' access ({workshop.roster_source}, {len(workshop.attendees)}):")
    for plan in found.access.plans:
        console.print(f"  {access.describe(plan, not options.execute)}")
    for line in found.access.missing:
        console.print(f"  {line}: nothing to remove there")


def report(options: CleanupRun, host: str, found: Found, console: Console) -> None:
    console.print(_counts(options, found))
    console.print(_matched_line(options, found.selection))
    if found.selection.targets or (options.verbose and found.selection.matched):
        console.print()
        console.print(_table(options, found.selection))
    console.print()
    _print_managed(found.selection, console)
    if found.selection.unreadable:
        first = console.shorten(str(found.selection.unreadable[0]))
        console.print(
            f"Left alone {count(len(found.selection.unreadable))} whose row in the workspace's "
            f"listing is malformed (never acted on): {first}"
        )
    if found.pool is not None:
        console.print(describe(found.pool, dry_run=not options.execute))
    _print_access(options, found, console)
    console.print()
    mode = "dry run (nothing is changed)" if not options.execute else "execute"
    console.print(f"Workspace: {host}")
    console.print(f"Workshop:  {options.workshop.name} ({options.workshop.source})")
    console.print(f"Mode:      {mode}")
    console.print(f"Action:    {options.action.name}: {options.action.explanation}")

"""Running Terraform on the selected stacks: dependency order, a bounded number at once,
progress, a run record, one deadline.

Each stack runs ``terraform init`` then ``terraform apply`` in its own directory (``-chdir``),
with its output in ``<outdir>/deploy/<stack>.log``. A stack starts once every stack it needs
is applied; at most ``jobs`` run at once (the fleet shards of a split workshop run side by
side), though one init at a time (a shared plugin cache is not safe for concurrent inits). A
failed stack stops only the stacks that need it; the others go on. At the deadline, or on
Ctrl-C, running Terraform processes are interrupted as Ctrl-C interrupts them (they stop
cleanly, write their state and release its lock), and are killed only if they have not ended
after ``STOP_GRACE_SECONDS``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from coding_assistants.backend.blocks import tags_workspace
from coding_assistants.cli.core.deadline import Deadline
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.services.deploy_stacks import DEPLOY_DIR, RunRecord, Stack, dependents

STOP_GRACE_SECONDS = 120.0
"""How long an interrupted Terraform may take to write its state and release its lock."""
INTERRUPTED = 130
"""The outcome code of a stack interrupted at the deadline or by Ctrl-C (as a shell's)."""


@dataclass(frozen=True)
class TerraformOptions:
    """How each stack's Terraform runs."""

    terraform: str = "terraform"
    parallelism: int = 10
    """Terraform's ``-parallelism``: resource operations at once within one stack."""
    lock_timeout: str = "0s"
    """Terraform's ``-lock-timeout``: how long to wait for a state lock someone else holds."""
    backend_config: Path | None = None
    """A partial backend configuration file given to every ``terraform init``."""


@dataclass(frozen=True)
class Outcome:
    """How one stack's run ended."""

    ok: bool
    step: str = "apply"
    code: int = 0
    reason: str = ""
    seconds: float = 0.0
    log: str = ""


@dataclass
class Tally:
    """The run so far, for progress lines and the summary."""

    total: int
    earlier: list[str] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)
    running: set[str] = field(default_factory=set)

    def line(self) -> str:
        done = len(self.earlier) + len(self.applied)
        waiting = self.total - done - len(self.failed) - len(self.blocked) - len(self.running)
        waiting -= len(self.stopped)
        return (
            f"[done {done}/{self.total}, running {len(self.running)}, failed "
            f"{len(self.failed)}, waiting {waiting}]"
        )


class StackRunner:
    """Runs init and apply for one stack at a time per thread; can interrupt them all."""

    def __init__(self, options: TerraformOptions, outdir: Path) -> None:
        self.options = options
        self.logs = outdir / DEPLOY_DIR
        self._running: dict[str, subprocess.Popen[bytes]] = {}
        self._lock = threading.Lock()
        self._init_lock = threading.Lock()
        """One ``terraform init`` at a time: a shared plugin cache directory (README) is not
        safe for concurrent use, and init is short beside apply."""
        self._stopping = False

    def commands(self, stack: Stack) -> list[tuple[str, list[str]]]:
        """The Terraform commands of one stack, each named by its step."""
        o = self.options
        base = [o.terraform, f"-chdir={stack.directory}"]
        init = [*base, "init", "-input=false", "-no-color"]
        if o.backend_config is not None:
            init.append(f"-backend-config={o.backend_config.resolve()}")
        apply = [*base, "apply", "-input=false", "-auto-approve", "-no-color"]
        apply += [f"-parallelism={o.parallelism}", f"-lock-timeout={o.lock_timeout}"]
        return [("init", init), ("apply", apply)]

    def run(self, stack: Stack) -> Outcome:
        started = time.monotonic()
        self.logs.mkdir(parents=True, exist_ok=True)
        log_path = self.logs / f"{stack.name}.log"
        env = {**os.environ, "TF_IN_AUTOMATION": "1", "TF_INPUT": "0"}
        workspace = tags_workspace(dict(stack.cloud)) if stack.cloud else None
        if workspace:
            env["TF_WORKSPACE"] = workspace
        with open(log_path, "wb") as log:
            os.chmod(log_path, 0o600)
            for step, argv in self.commands(stack):
                if step == "init":
                    with self._init_lock:
                        code = self._call(stack.name, argv, log, env)
                else:
                    code = self._call(stack.name, argv, log, env)
                if code != 0:
                    code = INTERRUPTED if self._stopping else code
                    reason = first_error(log_path) or f"terraform {step} exited {code}"
                    seconds = time.monotonic() - started
                    return Outcome(False, step, code, reason, seconds, str(log_path))
        return Outcome(True, seconds=time.monotonic() - started, log=str(log_path))

    def _call(self, name: str, argv: list[str], log: BinaryIO, env: dict[str, str]) -> int:
        with self._lock:
            if self._stopping:
                return INTERRUPTED
            process = subprocess.Popen(  # own session: only this program interrupts it
                argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env=env, start_new_session=True,
            )  # fmt: skip
            self._running[name] = process
        try:
            return process.wait()
        finally:
            with self._lock:
                self._running.pop(name, None)

    def stop_all(self) -> None:
        """Interrupt every running Terraform (SIGINT, as Ctrl-C); start no new one."""
        with self._lock:
            self._stopping = True
            processes = list(self._running.values())
        for process in processes:
            process.send_signal(signal.SIGINT)
        end = time.monotonic() + STOP_GRACE_SECONDS
        for process in processes:
            try:
                process.wait(max(0.0, end - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def first_error(log_path: Path) -> str:
    """What went wrong, from a stack's log: who holds the state lock when that is it, else
    Terraform's first ``Error:`` line and the line after it."""
    lines = [x.strip(" │╷╵") for x in log_path.read_text("utf-8", "replace").splitlines()]
    lock = {k: v.strip() for k, _, v in (x.partition(":") for x in lines) if k in _LOCK_INFO}
    if "Error: Error acquiring the state lock" in lines and "ID" in lock:
        return (
            f"the state is locked by another run ({lock.get('Who', '?')}, "
            f"{lock.get('Operation', '?')}, since {lock.get('Created', '?')}, lock ID "
            f"{lock['ID']}); run again once it ends, or `terraform force-unlock {lock['ID']}` "
            "if it died"
        )
    for i, text in enumerate(lines):
        if text.startswith("Error:"):
            rest = [x for x in lines[i + 1 : i + 4] if x]
            return " ".join([text, *rest[:1]])
    return ""


_LOCK_INFO = ("ID", "Who", "Operation", "Created")


class Deployment:
    """One run over the selected stacks: what is pending, running, done and failed."""

    def __init__(
        self,
        order: Sequence[Stack],
        record: RunRecord,
        runner: StackRunner,
        console: Console,
    ) -> None:
        self.order, self.record, self.runner, self.console = order, record, runner, console
        self.tally = Tally(len(order), earlier=[s.name for s in order if record.is_done(s)])
        self.pending = [s for s in order if not record.is_done(s)]
        self.done = set(self.tally.earlier)

    def run(self, jobs: int, deadline: Deadline) -> Tally:
        """Apply the pending stacks, at most ``jobs`` at once, until all are settled or the
        deadline passes; returns the tally."""
        running: dict[Future[Outcome], Stack] = {}
        with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="deploy") as pool:
            try:
                while self.pending or running:
                    for stack in self._ready(jobs - len(running)):
                        running[pool.submit(self.runner.run, stack)] = stack
                    if not running:
                        break
                    finished, _ = wait(running, deadline.remaining(), FIRST_COMPLETED)
                    if not finished:
                        self._stop(f"{deadline} passed")
                        finished = set(running)
                    for future in finished:
                        self._settle(running.pop(future), future.result())
            except KeyboardInterrupt:
                self._stop("interrupted")
                raise
        return self.tally

    def _ready(self, room: int) -> list[Stack]:
        """Start up to ``room`` pending stacks whose needs are all applied, in order."""
        ready = [s for s in self.pending if self.done.issuperset(s.needs)][: max(0, room)]
        for stack in ready:
            self.pending.remove(stack)
            self.tally.running.add(stack.name)
            self.console.print(f"start   {stack.name} {self.tally.line()}")
        return ready

    def _stop(self, why: str) -> None:
        names = ", ".join(sorted(self.tally.running)) or "nothing"
        self.console.error(f"{why}; interrupting {names} and starting no other stack")
        self.tally.stopped += sorted(s.name for s in self.pending)
        self.pending.clear()
        self.runner.stop_all()

    def _settle(self, stack: Stack, outcome: Outcome) -> None:
        tally, console = self.tally, self.console
        tally.running.discard(stack.name)
        if outcome.ok:
            self.record.applied(stack)
            self.done.add(stack.name)
            tally.applied.append(stack.name)
            console.print(f"done    {stack.name} in {outcome.seconds:.0f} s {tally.line()}")
        elif outcome.code == INTERRUPTED:
            tally.stopped.append(stack.name)
            console.print(f"stopped {stack.name} (interrupted) {tally.line()}")
        else:
            tally.failed.append(stack.name)
            console.print(
                f"FAILED  {stack.name}: terraform {outcome.step} exited {outcome.code}: "
                f"{console.shorten(outcome.reason)} (log: {outcome.log}) {tally.line()}"
            )
            self._block(stack.name)

    def _block(self, failed: str) -> None:
        for name in dependents(self.order, failed):
            if any(s.name == name for s in self.pending):
                self.pending = [s for s in self.pending if s.name != name]
                self.tally.blocked.append(name)
                self.console.print(f"blocked {name}: needs {failed}")

"""The workshop day at 1,000 attendees against the fake workspace: what a ``status`` refresh
costs (requests and seconds: the first look, the catch-up, a steady fleet, a fleet where ten
clusters changed, and a throttled workspace), and how long ``handout`` takes to write 1,000
handouts and the CSV. Goals: a steady refresh under 5 s and a few dozen requests; handouts in
under 10 s."""

from __future__ import annotations

import contextlib
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO

sys.path.insert(0, str(REPO))
from coding_assistants.cli.core.api import WorkspaceApi
from coding_assistants.cli.core.deadline import Deadline
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.main import main
from coding_assistants.cli.services.fleet_watch import FleetWatch
from coding_assistants.cli.services.workshop import load_workshop
from tests.cli.fake_fleet import FakeFleetWorkspace, fleet, shape
from tests.cli.fake_workspace import CANARY_TOKEN

ATTENDEES = 1000
KINDS = ("ready",) * 6 + ("starting", "starting", "init_failed", "quota")


def _watch(url: str) -> FleetWatch:
    api = WorkspaceApi(url, {"Authorization": f"Bearer {CANARY_TOKEN}"}, Deadline(300))
    return FleetWatch(api, Console(out=io.StringIO()), load_workshop(None), timeout=300)


def _line(label: str, refreshes: list) -> None:
    requests = statistics.median(r.requests for r in refreshes)
    seconds = statistics.median(r.seconds for r in refreshes)
    print(f"  {label:<44} {requests:6.0f} requests  {seconds:6.2f} s")


def status(fake: FakeFleetWorkspace) -> None:
    state = fake.reset()
    fleet(state, {f"a{n:04d}@example.com": KINDS[n % len(KINDS)] for n in range(ATTENDEES)})
    watch = _watch(fake.url)
    first = watch.refresh()
    catch_up = 1
    while watch.refresh().events_waiting:
        catch_up += 1
    print(f"status, one refresh of {ATTENDEES} clusters (fake workspace, list pages of 100):")
    _line("first look", [first])
    print(f"  {'refreshes until every cluster was read':<44} {catch_up + 1:6d}")
    _line("steady (median of 5)", [watch.refresh() for _ in range(5)])
    running = [c for c in state.clusters if c["state"] == "RUNNING"][:10]
    for cluster in running:  # ten attendees restart their clusters
        state.events[cluster["cluster_id"]] = shape(cluster, "starting")
    _line("10 clusters changed", [watch.refresh()])
    state.rate_limit = (20, 1.0)
    throttled = _watch(fake.url).refresh()
    _line("first look, workspace allows 20 requests/s", [throttled])
    print(f"  {'  of which answered 429 (then retried)':<44} {throttled.throttled:6d}")


def handouts(fake: FakeFleetWorkspace) -> None:
    outputs = {
        "login_command": "databricks auth login --host https://adb-1.net --profile workshop",
        "attendee_clusters": {},
        "ssh_setup_commands": {},
    }
    for n in range(ATTENDEES):
        email, cid = f"a{n:04d}@example.com", f"0101-{n:06d}-abcdefgh"
        outputs["attendee_clusters"][email] = {
            "cluster_name": f"claude-code-workshop-a{n:04d}__example_com",
            "cluster_id": cid,
            "cluster_url": f"https://adb-1.net/#setting/clusters/{cid}/configuration",
        }
        outputs["ssh_setup_commands"][email] = f"databricks ssh setup --name x --cluster {cid}"
    with tempfile.TemporaryDirectory() as temp:
        saved = Path(temp) / "outputs.json"
        saved.write_text(json.dumps({k: {"value": v} for k, v in outputs.items()}))
        times = []
        for form in ("md", "html", "md"):
            started = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):
                code = main(
                    [
                        "handout",
                        "--outputs",
                        str(saved),
                        "--out",
                        f"{temp}/h-{form}",
                        "--format",
                        form,
                    ]
                )
            times.append((form, time.perf_counter() - started))
            assert code == 0
        started = time.perf_counter()
        script = Path(sys.executable).parent / "coding-assistants"
        subprocess.run(
            [str(script), "handout", "--outputs", str(saved), "--out", f"{temp}/h-process"],
            check=True,
            capture_output=True,
        )
        times.append(("md, the whole command as a process", time.perf_counter() - started))
    print(f"handout, {ATTENDEES} attendees (their files and the CSV; goal: under 10 s):")
    for form, seconds in times:
        print(f"  {form:<44} {seconds:6.2f} s")


def main_() -> None:
    fake = FakeFleetWorkspace().start()
    try:
        status(fake)
        handouts(fake)
    finally:
        fake.stop()


if __name__ == "__main__":
    main_()

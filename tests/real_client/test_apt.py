"""The init script's own apt command installs for real: the ``packages`` step with the real
``apt-get`` against the real Debian mirrors, on this machine's Debian with every write kept in
an overlay (tests/real_client/overlay.py), after ``tmux`` was removed there so that the step
has it to install. The machine itself keeps its packages."""

from __future__ import annotations

import shutil

import pytest

from tests import clock
from tests.real_client.cache import registry_env
from tests.real_client.conftest import Timer
from tests.real_client.overlay import run_overlaid
from tests.shell.sandbox import SCRIPT, Sandbox

pytestmark = pytest.mark.real_client

MISSING = ("tmux",)
SYSTEM_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"


@pytest.fixture(scope="module")
def installed(tmp_path_factory, real_tools, prerequisites):
    if shutil.which("apt-get") is None or shutil.which("dpkg") is None:
        pytest.fail("the apt install path needs a Debian machine (apt-get, dpkg), as in CI")
    box = Sandbox.create(tmp_path_factory.mktemp("apt-node"), real_tools)
    env = clock.real({**box.env, **registry_env(), "PATH": SYSTEM_PATH})
    code = (
        f". {SCRIPT} && begin_run && load_config 2>/dev/null && step packages install_packages"
        ' && cat "$WORK_DIR/steps/packages" && command -v tmux'
    )
    names = " ".join(MISSING)
    prepare = f"dpkg -r {names} >/dev/null 2>&1; ! command -v {names}"
    before = {name: shutil.which(name) for name in MISSING}
    with Timer("init script's apt-get install (real apt, overlay)"):
        result = run_overlaid(
            tmp_path_factory.mktemp("apt-overlay"), prepare, ["bash", "-c", code], env, 900
        )
    return result, before


def test_the_packages_step_installs_with_the_real_apt(installed):
    result, _ = installed
    assert result.returncode == 0, result.stderr[-3000:]
    step, state, detail = result.stdout.splitlines()[0].split("\t")
    assert (step, state, detail) == ("packages", "ok", f"installed {' '.join(MISSING)}")
    assert result.stdout.splitlines()[1:] == ["/usr/bin/tmux"]


def test_the_machine_keeps_its_packages(installed):
    _, before = installed
    assert {name: shutil.which(name) for name in MISSING} == before

"""The release of the tree's version: ``make release`` (``VERSION=x.y.z`` must be that version).

After the checks of :mod:`coding_assistants.release_checks`, writes into ``dist/``:

- ``coding-assistants-cluster-<version>.tar.gz``: ``module/`` (the synthesized module stack
  with its ``scripts/`` and ``tests/``), a README with the generated input and output tables,
  the CHANGELOG and UPGRADE.md. Reproducible: entries sorted, fixed times, owners and modes,
  gzip without a name or time stamp, so rebuilding the same commit gives the same bytes;
- the package's wheel, ``coding_assistants_cluster-<version>-py3-none-any.whl``;
- the init script, ``install-claude-<version>.sh``.

The three carry one version, ``facts.VERSION``.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from coding_assistants.cluster import OUTPUTS
from coding_assistants.docs import inputs_table, outputs_table
from coding_assistants.facts import (
    MODULE_SCRIPT_PATH,
    MODULE_STACK,
    MODULE_TERRAFORM_VERSION,
    MODULE_TESTS_PATH,
    PROJECT_NAME,
    PROVIDER_SOURCE,
    ROOT_TERRAFORM_VERSION,
    VERSION,
)
from coding_assistants.package_data import BUNDLED_INIT_SCRIPT
from coding_assistants.props import CodingAssistantsClusterProps
from coding_assistants.release_checks import ReleaseError, check_release
from coding_assistants.stacks import MODULE_PROVIDER_VERSION, ROOT_PROVIDER_VERSION

NAME = PROJECT_NAME
FIXED_MTIME = 315532800  # 1980-01-01, a time every archive tool accepts


def module_readme(version: str) -> str:
    """The README shipped inside the archive, generated from the props and outputs."""
    return f"""# {NAME} {version}

A Terraform module (JSON) that creates a Unity Catalog volume holding the Claude Code init
script, uploads the script, and starts a single-user Databricks cluster that runs it.
Drop-in compatible with the HCL "coding-assistants cluster" module: same inputs, resource
addresses and outputs.

## Usage

```hcl
module "coding_cluster" {{
  source = "./{NAME}-{version}/module"

  cluster_name = "ai-dev-cluster"
  catalog_name = "main"
}}
```

## Requirements

| requirement | this module |
|---|---|
| Terraform | `{MODULE_TERRAFORM_VERSION}` (tested with 1.11) |
| provider `{PROVIDER_SOURCE}` | `{MODULE_PROVIDER_VERSION}`, configured by the caller |

These are the module's own. The project's root stacks (the cluster and the workshop stacks,
not in this archive) require Terraform `{ROOT_TERRAFORM_VERSION}` and provider
`{ROOT_PROVIDER_VERSION}`.

The module has no provider block and no backend. Terraform 1.0.8 and 1.1 refuse it at
`terraform init` with `Unsupported Terraform Core version`. Terraform 1.0.0 to 1.0.7 stop
while reading it, before its version check: `No argument or block type is named
"precondition"` (the checks across inputs are lifecycle preconditions, which came with
Terraform 1.2) and one `Invalid validation error message` per variable validation. Also
needed: Unity Catalog with a
metastore root storage credential, and a Databricks Runtime of 13.3 LTS or newer. The
bundled init script is `module/{MODULE_SCRIPT_PATH}`, where the HCL module keeps it.

## Replacing the HCL module

Put `module/` where the HCL module's files were, or point `source` at `module/`. In the same
directory the volume and `databricks_file.init_script` plan no change. From another directory,
`databricks_file.init_script` plans one in-place update: its `source` path
(`${{path.module}}/{MODULE_SCRIPT_PATH}`) moved, so the same script is uploaded once more. Either
way the cluster plans one in-place update: `spark_env_vars` gains `DATABRICKS_HOST`, the
workspace URL (Databricks restarts a running cluster to apply it). See UPGRADE.md for the rest.

## Tests

`module/{MODULE_TESTS_PATH}` holds the module's own tests: `terraform init`, then
`terraform test` in `module/` (Terraform 1.7 or newer, for `mock_provider`). The Databricks
provider is mocked, so they need no workspace and no credentials, and create nothing. They
check the cluster's shape, the uploaded script, that every setting reaches the init script
through `spark_env_vars`, and that bad inputs are refused.

## Inputs

{inputs_table(CodingAssistantsClusterProps)}

## Outputs

{outputs_table(OUTPUTS)}

See CHANGELOG.md for what changed.
"""


def synth_module(outdir: Path) -> Path:
    """Synthesize the module stack alone; returns its directory."""
    from coding_assistants.engine import App
    from coding_assistants.stacks import ClusterModuleStack, ship_module_files

    app = App(outdir=str(outdir))
    ClusterModuleStack(app, MODULE_STACK)
    app.synth()
    ship_module_files(outdir / "stacks" / MODULE_STACK)
    return outdir / "stacks" / MODULE_STACK


def _add(tar: tarfile.TarFile, name: str, data: bytes, mode: int = 0o644) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = FIXED_MTIME
    info.mode = mode
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    tar.addfile(info, io.BytesIO(data))


def archive_bytes(files: dict[str, tuple[bytes, int]]) -> bytes:
    """A reproducible .tar.gz of ``{path: (content, mode)}``."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name in sorted(files):
            content, mode = files[name]
            _add(tar, name, content, mode)
    packed = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=packed, mtime=0) as gz:
        gz.write(raw.getvalue())
    return packed.getvalue()


def build(repo: Path, version: str, dist: Path) -> Path:
    """Check, synthesize and pack the module; returns the archive path."""
    changelog = check_release(repo, version)
    top = f"{NAME}-{version}"
    with tempfile.TemporaryDirectory() as work:
        module_dir = synth_module(Path(work))
        files = {
            f"{top}/module/{p.relative_to(module_dir).as_posix()}": (
                p.read_bytes(),
                0o755 if p.stat().st_mode & 0o111 else 0o644,
            )
            for p in module_dir.rglob("*")
            if p.is_file()
        }
    files[f"{top}/README.md"] = (module_readme(version).encode(), 0o644)
    files[f"{top}/CHANGELOG.md"] = (changelog.encode(), 0o644)
    upgrade = repo / "UPGRADE.md"
    if upgrade.is_file():
        files[f"{top}/UPGRADE.md"] = (upgrade.read_bytes(), 0o644)
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / f"{top}.tar.gz"
    target.write_bytes(archive_bytes(files))
    return target


def build_package(repo: Path, dist: Path) -> list[Path]:
    """The package's wheel (pip, with the pinned setuptools in an isolated build, file times
    fixed) and the init script as ``install-claude-<version>.sh``; returns them."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(FIXED_MTIME)}
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "source"  # the commit, so the build leaves the checkout as it was
        source.mkdir()
        tree = subprocess.run(
            ["git", "archive", "HEAD"], cwd=repo, capture_output=True, timeout=300, check=True
        )
        with tarfile.open(fileobj=io.BytesIO(tree.stdout)) as tar:
            tar.extractall(source, filter="tar")
        built = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", work, str(source)],
            capture_output=True, text=True, env=env, timeout=900, check=False,
        )  # fmt: skip
        if built.returncode != 0:
            raise ReleaseError(f"pip wheel failed: {built.stderr.strip()[-500:]}")
        (wheel,) = Path(work).glob("*.whl")
        targets = [dist / wheel.name]
        shutil.copyfile(wheel, targets[0])
    script = dist / f"{BUNDLED_INIT_SCRIPT.stem}-{VERSION}.sh"
    shutil.copyfile(BUNDLED_INIT_SCRIPT, script)
    script.chmod(0o755)
    return [*targets, script]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="release", description=__doc__.split("\n\n")[0])
    parser.add_argument("version", nargs="?", default=VERSION, help=f"default: {VERSION}")
    parser.add_argument("--repo", type=Path, default=Path.cwd())
    parser.add_argument("--dist", type=Path, default=None, help="output folder (default dist/)")
    parser.add_argument("--module-only", action="store_true", help="the module archive alone")
    args = parser.parse_args(argv)
    dist = args.dist or args.repo / "dist"
    try:
        written = [build(args.repo, args.version, dist)]
        if not args.module_only:
            written += build_package(args.repo, dist)
    except ReleaseError as error:
        print(f"release refused: {error}", file=sys.stderr)
        return 2
    for target in written:
        print(f"wrote {target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

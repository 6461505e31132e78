"""Synthesize the default stacks into cdktf.out (the ``app`` of cdktf.json).

    python main.py [--var-file FILE]

FILE is JSON keyed by the module's input names (a terraform.tfvars.json). Without it, the
built-in example settings apply. Invalid settings are reported before anything is written.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from coding_assistants.settings import (
    EXAMPLE_CLUSTER_SETTINGS,
    SettingsError,
    cluster_props,
    load_json_object,
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--var-file",
        type=Path,
        help="JSON settings of the cluster stack (terraform.tfvars.json shape)",
    )
    parser.add_argument(
        "--outdir",
        type=Path,
        default=Path(os.environ.get("CDKTF_OUTDIR", "cdktf.out")),
        help="output directory (default: $CDKTF_OUTDIR or cdktf.out)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.var_file:
            data = load_json_object(args.var_file)
            props = cluster_props(data, str(args.var_file), Path.cwd())
        else:
            props = cluster_props(EXAMPLE_CLUSTER_SETTINGS, "built-in example", Path.cwd())
    except SettingsError as error:
        print(f"error: {error}", file=sys.stderr)
        print("nothing was written.", file=sys.stderr)
        return 2

    from coding_assistants.app import synth_atomically  # imports cdktf: after validation

    started = time.perf_counter()
    written = synth_atomically(args.outdir, props)
    for path in written:
        print(f"synthesized {path.parent.name}: {os.path.relpath(path)}")
    print(f"done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

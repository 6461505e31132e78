"""Build ``init_scripts/install-claude.sh`` from the small sources in ``init_scripts/src/``.

``make init-script`` runs ``python -m coding_assistants.init_script_build``. It writes two
committed files, byte-identical on every rebuild:

- ``init_scripts/src/lib/coding-assistants/defaults.sh``: the defaults the installer and the
  helpers share, rendered from :mod:`coding_assistants.facts` (and the node's paths below);
- ``init_scripts/install-claude.sh``: header, defaults, the installer parts, then
  ``helper_files`` holding the library, every helper command (``src/helpers/<name>.sh``), the
  packed installer parts (``PACKED_PARTS``) and the settings loader and checks from
  :mod:`coding_assistants.shell_checks` (``PACKED_CHECKS``) as one gzip-compressed tar in
  base64 (:func:`pack`), the line that sources those parts as the script loads, and the guard
  that runs ``main`` only when the file is executed.

Everything after the header loses its full-line comments (:func:`strip_comments`): the sources
keep them, the 64 KB script does not need them. Shebangs and shellcheck directives stay.

It reports the size against the 64 KB limit and fails above it. ``--check`` writes nothing and
fails when a committed file differs from a fresh build. Imports no framework.
"""

from __future__ import annotations

import base64
import gzip
import io
import re
import shlex
import sys
import tarfile
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coding_assistants import facts, node_settings, shell_checks

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "init_scripts" / "src"
SCRIPT = REPO / "init_scripts" / facts.INIT_SCRIPT_NAME
DEFAULTS = SRC / "lib" / "coding-assistants" / "defaults.sh"
READER = REPO / "coding_assistants" / "bundle_manifest.py"
"""The offline bundle's manifest reader: packed with the helpers (not installed as one), for
offline.sh to run with the runtime's Python."""

INSTALLER_PARTS = ("core.sh", "config.sh", "main.sh")
"""``src/installer/`` files after ``header.sh``, in the order they are joined."""
PACKED_PARTS = ("software.sh", "offline.sh", "configure.sh", "agent.sh")
"""``src/installer/`` files that travel compressed with the helpers and are sourced when the
script is loaded, after the others: their functions are defined as if they were joined, and
the script stays under 64 KB."""
PACKED_CHECKS = "checks.sh"
"""The settings' loader and check functions (``shell_checks.render_loader``, ``render_checks``
and ``render_json``), packed and sourced the same way."""

DELIMITER = "HELPER"
"""Here-document delimiter of ``helper_files``; no source line may equal it."""

_MLFLOW_PROBE = (
    "import importlib.metadata as m;"
    'v={d.metadata["Name"].lower():d.version for d in m.distributions()};'
    'n="mlflow" if "mlflow" in v else "mlflow-skinny";print(n,v.get(n,""))'
)

_TRACE_HOOK = "from mlflow.claude_code.hooks import stop_hook_handler; stop_hook_handler()"
_TRACE_PROBE = "import mlflow.claude_code.hooks"

NODE_DEFAULTS: tuple[tuple[str, str, str], ...] = (
    ("CA_VERSION", facts.VERSION, f"the {facts.PROJECT_NAME} version of this script"),
    ("CA_DEFAULT_ENDPOINT", facts.DEFAULT_SERVING_ENDPOINT, "serving endpoint of the Messages API"),
    ("CA_DEFAULT_MODEL", facts.DEFAULT_CLAUDE_MODEL, "model when CLAUDE_MODEL is unset"),
    ("CA_DEFAULT_ROUTE", facts.DEFAULT_API_ROUTE, "route when CLAUDE_API_ROUTE is unset"),
    (
        "CA_DEFAULT_VERSION",
        facts.DEFAULT_CLAUDE_CODE_VERSION,
        "Claude Code release channel when CLAUDE_CODE_VERSION is unset",
    ),
    ("CA_DEFAULT_OTEL_PROTOCOL", facts.DEFAULT_OTEL_PROTOCOL, "when CLAUDE_OTEL_PROTOCOL is unset"),
    (
        "CA_OTEL_ATTRIBUTES",
        " ".join("=".join(pair) for pair in facts.OTEL_ATTRIBUTES),
        "telemetry resource attribute=the node variable it comes from",
    ),
    ("CA_ROUTE_AI_GATEWAY", facts.API_ROUTE_AI_GATEWAY, "the AI Gateway route's name"),
    ("CA_DEFAULT_PYTHON", facts.DEFAULT_RUNTIME_PYTHON, "the runtime's Python"),
    ("CA_MLFLOW_MIN_VERSION", facts.MLFLOW_MIN_VERSION, "oldest MLflow that traces Claude Code"),
    ("CA_MLFLOW_PIN", facts.MLFLOW_PIN, "MLflow installed when the runtime's is older"),
    ("CA_NPM_PACKAGE", facts.CLAUDE_NPM_PACKAGE, "Claude Code's npm package"),
    ("CA_MLFLOW_PROBE", _MLFLOW_PROBE, "prints the MLflow distribution and version"),
    ("CA_CLAUDE_MAX_RETRIES", "3", "Claude Code's API retries (a refused token fails fast)"),
    (
        "CA_PROVIDER_SWITCHES",
        " ".join(facts.CLAUDE_PROVIDER_SWITCHES),
        "Claude Code's switches to other API providers (pinned off)",
    ),
    ("CA_PROXY_VARIABLES", " ".join(facts.CLAUDE_PROXY_VARIABLES), "pinned to the admin's proxy"),
    ("CA_CA_VARIABLE", facts.CLAUDE_CA_VARIABLE, "pinned to the admin's CA bundle"),
    (
        "CA_SYSTEM_CA",
        " ".join(f"{k}={v}" for k, v in facts.CLAUDE_SYSTEM_CA_VARIABLES.items()),
        "pinned to the node's CA store where it exists",
    ),
    ("CA_NETWORK_OFF", " ".join(facts.CLAUDE_NETWORK_OFF), "pinned to nothing"),
    ("CA_MLFLOW_EXTRAS", " ".join(facts.MLFLOW_TRACING_EXTRAS), "installed with the pinned MLflow"),
    ("CA_TRACE_HOOK", _TRACE_HOOK, "MLflow's Stop hook, run by claude-tracing-hook"),
    ("CA_TRACE_PROBE", _TRACE_PROBE, "loads what the Stop hook needs, runs nothing"),
    ("CA_TRACING_RECORD", ".config/coding-assistants/tracing", "a user's traced directories"),
    (
        "CA_MODEL_RETIREMENTS",
        " ".join("=".join(row) for row in facts.MODEL_RETIREMENTS),
        "model=retirement date=replacement, as Claude Code warns of them",
    ),
    ("CA_RETIREMENT_NOTICE_DAYS", str(facts.RETIREMENT_NOTICE_DAYS), "warn this early"),
    (
        "CA_RATE_LIMITS",
        "\n".join("\t".join(row) for row in facts.RATE_LIMITS),
        "pattern<TAB>which limit<TAB>what to change, a line per limit a 429 can name",
    ),
    ("CA_BIN_PATH", "/usr/local/bin", "helper commands"),
    ("CA_LIB_PATH", "/usr/local/lib/coding-assistants", "helper library, workspace.env"),
    ("CA_MANAGED_SETTINGS_PATH", "/etc/claude-code/managed-settings.json", "managed settings"),
    ("CA_POLICY_DROP_IN", facts.POLICY_DROP_IN, "the admin's policy (claude_policy)"),
    ("CA_MCP_ALLOW_DROP_IN", facts.MCP_ALLOW_DROP_IN, "allowlist of the Databricks MCP servers"),
    ("CA_MANAGED_MCP_PATH", facts.MANAGED_MCP_PATH, "Claude Code's managed MCP servers"),
    ("CA_MCP_PATH", facts.DATABRICKS_MCP_PATH, "the workspace's managed MCP servers"),
    ("CA_STATUS_PATH", "/var/lib/coding-assistants/status", "step outcomes, read by check-claude"),
    ("CA_LOG_PATH", "/tmp/init-script-claude.log", "the init script's log"),
    ("CA_MANAGED_SKILLS_PATH", facts.MANAGED_SKILLS_DIR, "managed skills, for every user"),
    ("CA_MANAGED_MEMORY_PATH", facts.MANAGED_MEMORY_PATH, "managed memory (CLAUDE.md)"),
    ("CA_STATE_FOLDER", facts.STATE_FOLDER, "Claude Code state, under /Workspace/Users/<user>/"),
    ("CA_STATE_MAX_MB", str(facts.STATE_MAX_MB), "most state kept per cluster (MB, uncompressed)"),
    ("CA_STATE_SAVE_SECONDS", str(facts.STATE_SAVE_SECONDS), "how often the saver looks"),
)
"""(variable, value, comment) of every shared default; values from facts where they live there."""
HELPER_ONLY_DEFAULTS = frozenset(
    {
        "CA_MODEL_RETIREMENTS",
        "CA_RETIREMENT_NOTICE_DAYS",
        "CA_RATE_LIMITS",
        "CA_TRACE_HOOK",
        "CA_TRACING_RECORD",
        "CA_MANAGED_SKILLS_PATH",
        "CA_MANAGED_MEMORY_PATH",
        "CA_STATE_FOLDER",
        "CA_STATE_MAX_MB",
        "CA_STATE_SAVE_SECONDS",
    }
)
"""Defaults only the helper commands read (check-claude): left out of the installer's copy."""


def _installer_defaults(defaults: str) -> str:
    """``defaults`` as the installer carries it: without the helper-only assignments, in one
    group that its shellcheck directive covers (the packed parts read some of them)."""
    first, *lines = strip_comments(defaults).splitlines(keepends=True)
    kept = [line for line in lines if line.split("=", 1)[0] not in HELPER_ONLY_DEFAULTS]
    return first + "{\n" + "".join(kept) + "}\n"


@dataclass(frozen=True)
class Built:
    """The rendered files of one build."""

    defaults: str
    script: str

    @property
    def size(self) -> int:
        return len(self.script.encode())


def render_defaults() -> str:
    """The text of ``src/lib/defaults.sh``: each default under a comment line of its own, so
    the script's copies (:func:`strip_comments`) keep only the assignments."""
    lines = [
        "# shellcheck shell=bash disable=SC2034  # read by the files that source this one",
        "# Generated by `make init-script` from coding_assistants/facts.py: do not edit.",
        "# Shared by install-claude.sh and the helper library (installed beside lib.sh).",
    ]
    for name, value, comment in NODE_DEFAULTS:
        lines += [f"# {comment}", f"{name}={_shell_literal(value)}"]
    return "\n".join(lines) + "\n"


def _shell_literal(value: str) -> str:
    """``value`` quoted for bash on one line: tabs and line ends as ``$'...'`` escapes."""
    if "\n" not in value and "\t" not in value:
        return shlex.quote(value)
    escaped = value.replace("\\", "\\\\").replace("'", "\\'")
    return "$'" + escaped.replace("\n", "\\n").replace("\t", "\\t") + "'"


_HEREDOC = re.compile(r"<<(-?)\s*(['\"]?)([A-Za-z_][A-Za-z0-9_]*)\2")


def _lines(text: str) -> Iterator[tuple[str, bool]]:
    """Each line of ``text`` and whether it is code: false for the lines of a here-document
    (its body and closing word), which must stay exactly as they are. A full-line comment is
    code that opens no here-document."""
    until: str | None = None
    dash = False
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\n")
        if until is not None:
            yield line, False
            if (bare.lstrip("\t") if dash else bare) == until:
                until = None
            continue
        yield line, True
        if bare.lstrip().startswith("#"):
            continue
        opened = [m for m in _HEREDOC.finditer(bare) if bare[m.start() - 1 : m.start()] != "<"]
        if opened:
            dash, until = opened[-1].group(1) == "-", opened[-1].group(3)


def _dropped_comment(line: str) -> bool:
    stripped = line.lstrip()
    return stripped.startswith("#") and not stripped.startswith(("#!", "# shellcheck "))


def strip_comments(text: str) -> str:
    """``text`` without its full-line comments (a line whose first non-blank character is ``#``),
    except shebangs (``#!``) and shellcheck directives (``# shellcheck ...``). The lines of a
    here-document are kept as they are. Comments that share a line with code stay, as do lines
    inside multi-line quoted strings that start with ``#`` (none of the sources has one)."""
    return "".join(line for line, code in _lines(text) if not (code and _dropped_comment(line)))


def compact(text: str) -> str:
    """``text`` (comments already stripped) without indentation and blank lines, for the
    uploaded script only (its readable sources are in ``src/``). The lines of a here-document
    stay as they are; in a quoted string that spans lines (awk and jq programs) indentation
    does not matter."""
    return "".join(
        line.lstrip(" ") if code else line
        for line, code in _lines(text)
        if not code or line.strip()
    )


def _read(path: Path) -> str:
    text = path.read_text()
    if any(line == DELIMITER for line in text.splitlines()):
        raise SystemExit(f"{path}: a line equals the here-document delimiter {DELIMITER}")
    return text if text.endswith("\n") else text + "\n"


def helper_names() -> list[str]:
    """Every helper command, from ``src/helpers/<name>.sh``, sorted."""
    return sorted(path.stem for path in (SRC / "helpers").glob("*.sh"))


def helper_files(defaults: str) -> list[tuple[str, str]]:
    """(name, text) of every file ``install_helpers`` writes: the shared defaults, the helper
    library, then each helper command, full-line comments removed (:func:`strip_comments`);
    the packed installer parts, which nobody reads on the node, also :func:`compact`; and last
    the package's offline manifest reader, which offline.sh unpacks and runs."""
    files = [
        ("defaults.sh", defaults),
        ("lib.sh", _read(SRC / "lib" / "coding-assistants" / "lib.sh")),
    ]
    files += [(name, _read(SRC / "helpers" / f"{name}.sh")) for name in helper_names()]
    packed = [(name, _read(SRC / "installer" / name)) for name in PACKED_PARTS]
    checks = (
        shell_checks.render_loader() + shell_checks.render_checks() + shell_checks.render_json()
    )
    packed.append((PACKED_CHECKS, checks))
    return [
        *((name, strip_comments(text)) for name, text in files),
        *((name, compact(strip_comments(text))) for name, text in packed),
        (READER.name, _read(READER)),
    ]


def pack(files: list[tuple[str, str]]) -> str:
    """``files`` as a gzip-compressed tar in base64 (76-character lines), with every varying
    field fixed (order, times, owners, modes), so the same sources give the same text."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, text in files:
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(data))
    return base64.encodebytes(gzip.compress(raw.getvalue(), compresslevel=9, mtime=0)).decode()


def unpack(payload: str) -> list[tuple[str, str]]:
    """The files of a :func:`pack` payload, in order (what ``tar -x`` on the node writes)."""
    data = gzip.decompress(base64.decodebytes(payload.encode()))
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        return [(m.name, tar.extractfile(m).read().decode()) for m in tar.getmembers()]  # type: ignore[union-attr]


def payload_of(script: str) -> str:
    """The helper payload inside a built script's ``helper_files`` here-document."""
    start = script.index(_PAYLOAD_OPEN) + len(_PAYLOAD_OPEN)
    return script[start : script.index(f"\n{DELIMITER}\n", start) + 1]


_PAYLOAD_OPEN = f'base64 -d <<\'{DELIMITER}\' | tar -xzf - "${{to[@]}}" "${{@:2}}"\n'


def _helper_section(defaults: str) -> str:
    payload = pack(helper_files(defaults))
    packed = (*PACKED_PARTS, PACKED_CHECKS)
    out = [
        "# --- helper commands, written by install_helpers (sources: init_scripts/src/) ---------",
        "",
        f"readonly HELPERS=({' '.join(helper_names())})",
        "",
        "# helper_files DIR [FILE...]: write the helper library and every helper command (or the",
        "# FILEs named) into DIR (-: to stdout). They are a gzip-compressed tar in base64,",
        "# rendered by `make init-script` from init_scripts/src/ (readable there, and on the node",
        "# once installed), so the script stays under 64 KB; the offline manifest reader and the",
        "# packed installer parts travel too.",
        "helper_files() {",
        '  local to=(-C "$1")',
        "  [[ $1 != - ]] || to=(-O)",
        "  " + _PAYLOAD_OPEN + payload + DELIMITER,
        "}",
        "",
        f"# The parts packed above ({', '.join(packed)}), defined like the others.",
        "# shellcheck source=/dev/null",
        f". <(helper_files - {' '.join(packed)})",
    ]
    return "\n".join(out) + "\n"


def _contract_lines(name: str, text: str) -> list[str]:
    """``#   NAME  text``, wrapped within 100 columns (continuation lines indented 7)."""
    first = f"#   {name:<24} "
    return textwrap.wrap(
        first + text,
        width=100,
        break_long_words=False,
        break_on_hyphens=False,
        subsequent_indent="#" + " " * 7,
    )


def node_contract() -> str:
    """The header's lines on the node settings: each variable with its input (what each means
    is docs/init-script.md's "Environment contract", generated from the same declarations, so
    the 64 KB script does not carry every doc), then what the rules across them ask once a
    setting is set."""
    declared = node_settings.declared()
    lines = [f"#   {setting.env:<28} {name}" for name, setting in declared.items()]
    for when, by_env in shell_checks.when_set_rules().items():
        for env, rule_list in by_env.items():
            for rule in rule_list:
                text = f"with {declared[when].env} set: {rule.field}: {rule.expected}"
                lines += _contract_lines(env, text)
    return "\n".join(lines) + "\n"


def generated_note() -> str:
    """The header's line on where the script comes from."""
    return (
        f"# {facts.PROJECT_NAME} {facts.VERSION}. Generated by `make init-script` from\n"
        "# init_scripts/src/ and coding_assistants/ (node_settings.py, shell_checks.py,\n"
        "# facts.py): edit those, never this file.\n"
    )


def render_header() -> str:
    """``src/installer/header.sh`` with its two generated parts filled in."""
    header = _read(SRC / "installer" / "header.sh")
    for marker, text in (("generated", generated_note()), ("node-settings", node_contract())):
        if f"# {{{marker}}}\n" not in header:
            raise SystemExit(f"header.sh: the line '# {{{marker}}}' is missing")
        header = header.replace(f"# {{{marker}}}\n", text)
    return header


def render() -> Built:
    """Render both files from the sources (no file is written)."""
    defaults = render_defaults()
    body = [render_header(), _installer_defaults(defaults)]
    body += [compact(strip_comments(_read(SRC / "installer" / name))) for name in INSTALLER_PARTS]
    body.append(_helper_section(defaults))
    body.append('if [[ ${BASH_SOURCE[0]} == "$0" ]]; then\n  main "$@"\nfi\n')
    return Built(defaults=defaults, script="\n".join(body))


def report(built: Built) -> str:
    """One line: the script's size and what is left under the limit."""
    limit = facts.MAX_INIT_SCRIPT_BYTES
    left = limit - built.size
    return (
        f"{SCRIPT.relative_to(REPO)}: {built.size} bytes, "
        f"{left} bytes ({left / limit:.0%}) under the {limit // 1024} KB limit"
    )


def stale(built: Built) -> list[Path]:
    """Committed files that differ from ``built``. The helper payload counts by what it holds:
    another zlib may compress the same files to other bytes, and that is no drift."""
    wanted = {DEFAULTS: built.defaults, SCRIPT: built.script}
    return [path for path, text in wanted.items() if not path.exists() or not _same(path, text)]


def _same(path: Path, text: str) -> bool:
    committed = path.read_text()
    if committed == text or path != SCRIPT or _PAYLOAD_OPEN not in committed:
        return committed == text
    ours, theirs = payload_of(committed), payload_of(text)
    try:
        same_files = unpack(ours) == unpack(theirs)
    except (OSError, EOFError, ValueError, tarfile.TarError):
        return False
    return same_files and committed.replace(ours, "") == text.replace(theirs, "")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    built = render()
    print(report(built))
    if built.size >= facts.MAX_INIT_SCRIPT_BYTES:
        print(f"error: over the {facts.MAX_INIT_SCRIPT_BYTES} byte limit", file=sys.stderr)
        return 1
    if args == ["--check"]:
        drift = stale(built)
        for path in drift:
            print(f"error: {path.relative_to(REPO)} differs from a fresh build: make init-script")
        return 1 if drift else 0
    # Only what differs is written: a committed script whose helper payload holds the same
    # files (compressed by another zlib) stays byte for byte, so a rebuild leaves git clean.
    drift = stale(built)
    if DEFAULTS in drift:
        DEFAULTS.write_text(built.defaults)
    if SCRIPT in drift:
        SCRIPT.write_text(built.script)
    SCRIPT.chmod(0o755)
    return 0


if __name__ == "__main__":
    sys.exit(main())

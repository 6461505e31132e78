# shellcheck shell=bash disable=SC2034  # the variables are for the commands that source this
# Shared by the coding-assistants helper commands (installed by install-claude.sh beside
# defaults.sh). Paths are relative to this file, so a tree installed under a prefix works the
# same; INIT_ROOT (the tests' prefix) wins, so helpers also run from init_scripts/src/helpers.
set -uo pipefail
# shellcheck source=defaults.sh
. "${BASH_SOURCE[0]%/*}/defaults.sh" || exit 1
CA_ROOT=${INIT_ROOT:-$(cd "${BASH_SOURCE[0]%/*}/../../../.." && pwd -P)}
[[ $CA_ROOT == / ]] && CA_ROOT=
CA_BIN=$CA_ROOT$CA_BIN_PATH
CA_LIB=$CA_ROOT$CA_LIB_PATH
CA_STATUS=$CA_ROOT$CA_STATUS_PATH
CA_LOG=$CA_ROOT$CA_LOG_PATH
CA_PY=${DATABRICKS_PYTHON:-$CA_DEFAULT_PYTHON}
CA_ENDPOINT=${CLAUDE_SERVING_ENDPOINT:-$CA_DEFAULT_ENDPOINT}
CA_MODEL=${CLAUDE_MODEL:-$CA_DEFAULT_MODEL}
CA_MLFLOW_MIN=$CA_MLFLOW_MIN_VERSION
CA_SETTINGS=$HOME/.claude/settings.json
CA_FAILS=0 CA_WARNS=0

ok() { printf '  ok    %s\n' "$*"; }
info() { printf '  info  %s\n' "$*"; }
warn() { printf '  warn  %s\n' "$*"; CA_WARNS=$((CA_WARNS + 1)); }
bad() { printf '  FAIL  %s\n' "$*"; CA_FAILS=$((CA_FAILS + 1)); }
section() { printf '\n%s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
die() { printf '%s: %s\n' "${0##*/}" "$1" >&2; exit "${2:-1}"; }
usage_error() { printf '%s: %s (see %s --help)\n' "${0##*/}" "$1" "${0##*/}" >&2; exit 2; }
# The first 4 characters of a secret, never more.
mask() { if [[ -n ${1-} ]]; then printf '%s****' "${1:0:4}"; else printf '(unset)'; fi; }
# stdin to stdout with the token, and anything shaped like a Databricks token or JWT, masked.
redact() {
  local line tok=${DATABRICKS_TOKEN:-} re='(dapi[0-9a-f]{16,}|eyJ[A-Za-z0-9_-]{16,}[A-Za-z0-9._-]*)'
  while IFS= read -r line || [[ -n $line ]]; do
    [[ -z $tok ]] || line=${line//"$tok"/"${tok:0:4}****"}
    while [[ $line =~ $re ]]; do line=${line//"${BASH_REMATCH[1]}"/"${BASH_REMATCH[1]:0:4}****"}; done
    printf '%s\n' "$line"
  done
}
version_ge() { [[ $(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1) == "$2" ]]; }
ca_host() {
  local h=${DATABRICKS_HOST:-}
  h=${h%/}
  [[ -z $h || $h == http* ]] || h=https://$h
  printf '%s' "$h"
}
# The workspace the init script recorded (workspace.env), or nothing.
ca_workspace() { sed -n 's/^CA_WORKSPACE_HOST=//p' "$CA_LIB/workspace.env" 2>/dev/null | head -n 1; }
# ANTHROPIC_BASE_URL from settings.json, or nothing.
ca_settings_base_url() { sed -n 's/.*"ANTHROPIC_BASE_URL" *: *"\([^"]*\)".*/\1/p' "$CA_SETTINGS" 2>/dev/null | head -n 1; }
ca_cluster_id() {
  [[ -n ${DB_CLUSTER_ID:-} ]] && { printf '%s' "$DB_CLUSTER_ID"; return; }
  sed -n 's/^config\t[a-z]*\t.*cluster=\([^ ]*\).*/\1/p' "$CA_STATUS" 2>/dev/null | grep -v unknown
}
ca_mlflow_version() {
  local dist v
  [[ -x $CA_PY ]] && read -r dist v < <("$CA_PY" -c "$CA_MLFLOW_PROBE" 2>/dev/null) && [[ -n $v ]] && echo "$v"
}
ca_mlflow() {
  if have mlflow; then command -v mlflow; elif [[ -x ${CA_PY%/*}/mlflow ]]; then printf '%s\n' "${CA_PY%/*}/mlflow"; else return 1; fi
}
# The path as users see it (without a test prefix): is it inside Databricks Repos?
ca_in_repos() {
  local p=${1#"$CA_ROOT"}
  [[ $p == /Repos || $p == /Repos/* || $p == /Workspace/Repos/* ]]
}
ca_user() {
  local u=${DATABRICKS_USER:-}
  if [[ -z $u ]] && have databricks; then
    u=$(databricks current-user me --output json 2>/dev/null | sed -n 's/.*"userName" *: *"\([^"]*\)".*/\1/p' | head -n 1)
  fi
  printf '%s' "$u"
}
# ca_tracing ARGS...: `mlflow autolog claude ARGS DIR`, with DIR from $TRACE_DIR, in the form
# this MLflow expects (--directory in newer releases, a positional argument before). The form is
# read from MLflow's source, not its --help, so the slow mlflow command starts only once.
ca_tracing() {
  local mlflow py src
  mlflow=$(ca_mlflow) || die "mlflow not found; it comes with the ML runtime or the init script (see check-claude)"
  [[ -d $TRACE_DIR ]] || usage_error "no such directory: $TRACE_DIR"
  IFS= read -r py <"$mlflow"
  py=${py#\#!}
  [[ ${py##*/} == python* && -x $py ]] || py=$CA_PY
  src=$("$py" -c 'import importlib.util as u;print(u.find_spec("mlflow").origin)' 2>/dev/null)
  [[ -f ${src%/*}/claude_code/cli.py ]] || die "this MLflow has no 'autolog claude' (needs $CA_MLFLOW_MIN+)"
  if grep -q -- --directory "${src%/*}/claude_code/cli.py"; then set -- "$@" --directory "$TRACE_DIR"; else set -- "$@" "$TRACE_DIR"; fi
  "$mlflow" autolog claude "$@"
}
# ca_trace_args ARGS...: [--tracking-uri URI] [DIR] into TRACE_URI (default: $MLFLOW_TRACKING_URI,
# else databricks) and TRACE_DIR (default: .).
ca_trace_args() {
  TRACE_URI=${MLFLOW_TRACKING_URI:-databricks} TRACE_DIR=
  while (($#)); do
    case $1 in
    -h | --help) usage; exit 0 ;;
    -u | --tracking-uri) [[ -n ${2-} ]] || usage_error "$1 needs a URI"; TRACE_URI=$2; shift ;;
    -*) usage_error "unknown option: $1" ;;
    *) [[ -z $TRACE_DIR ]] || usage_error "expected at most one directory"; TRACE_DIR=$1 ;;
    esac
    shift
  done
  TRACE_DIR=${TRACE_DIR:-.}
}

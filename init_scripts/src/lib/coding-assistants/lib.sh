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
# ca_node_env KEY: what the init script recorded for KEY in node.env, or nothing.
ca_node_env() { sed -n "s/^$1=//p" "$CA_LIB/node.env" 2>/dev/null | head -n 1; }
# The workspace the init script recorded (workspace.env), or nothing.
ca_workspace() { sed -n 's/^CA_WORKSPACE_HOST=//p' "$CA_LIB/workspace.env" 2>/dev/null | head -n 1; }
# ca_key_helper BASE: the key helper as Claude Code runs it (ANTHROPIC_BASE_URL=BASE, the other
# providers pinned off as the settings pin them); its stdout and stderr, its status.
ca_key_helper() {
  local switch pins=()
  for switch in $CA_PROVIDER_SWITCHES; do pins+=("$switch=0"); done
  env "${pins[@]}" ANTHROPIC_BASE_URL="$1" "$CA_BIN/claude-api-key-helper"
}
# ANTHROPIC_BASE_URL from settings.json, or nothing.
ca_settings_base_url() { sed -n 's/.*"ANTHROPIC_BASE_URL" *: *"\([^"]*\)".*/\1/p' "$CA_SETTINGS" 2>/dev/null | head -n 1; }
# ca_retirement MODEL: "DATE REPLACEMENT" when Claude Code warns that MODEL retires (on DATE),
# the replacement named as MODEL is (system.ai.<name> on the AI Gateway route); else nothing.
ca_retirement() {
  local model=${1%%\[*} row name date replacement
  model=${model#databricks-}
  model=${model#system.ai.}
  for row in $CA_MODEL_RETIREMENTS; do
    IFS='=' read -r name date replacement <<<"$row"
    [[ $model == "$name" ]] || continue
    [[ $1 != system.ai.* ]] || replacement=system.ai.${replacement#databricks-}
    printf '%s %s\n' "$date" "$replacement"
    return 0
  done
  return 1
}
# ca_retirement_check MODEL WHAT: fails (bad) once MODEL is retired, warns within
# CA_RETIREMENT_NOTICE_DAYS of the date, says nothing otherwise. Dates are UTC days.
ca_retirement_check() {
  local date replacement today days
  read -r date replacement < <(ca_retirement "$1") || return 0
  today=$(date -u +%F) || return 0
  if [[ ! $today < $date ]]; then
    bad "$2 $1 was retired on $date: Claude Code warns on every start, and the endpoint may stop answering; set claude_model (CLAUDE_MODEL) to $replacement and restart the cluster"
    return
  fi
  days=$((($(date -u -d "$date" +%s) - $(date -u -d "$today" +%s)) / 86400))
  ((days > CA_RETIREMENT_NOTICE_DAYS)) ||
    warn "$2 $1 will be retired on $date (in $days days): switch claude_model (CLAUDE_MODEL) to $replacement before then"
}
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
# ca_tracing ARGS...: `mlflow autolog claude ARGS` for $TRACE_DIR. With MLflow $CA_MLFLOW_PIN and jq,
# the helpers read and write DIR/.claude/settings.json themselves, as that release does (its
# claude_code/config.py and hooks.py), because the mlflow command alone takes seconds to start.
# Any other release gets the mlflow command, with DIR in the form it expects (--directory in
# newer releases, a positional argument before), read from its source, not its --help.
ca_tracing() {
  local mlflow py src
  mlflow=$(ca_mlflow) || die "mlflow not found; it comes with the ML runtime or the init script (see check-claude)"
  [[ -d $TRACE_DIR ]] || usage_error "no such directory: $TRACE_DIR"
  IFS= read -r py <"$mlflow"
  py=${py#\#!}
  [[ ${py##*/} == python* && -x $py ]] || py=$CA_PY
  src=$("$py" -c 'import importlib.util as u;print(u.find_spec("mlflow").origin)' 2>/dev/null)
  [[ -f ${src%/*}/claude_code/cli.py ]] || die "this MLflow has no 'autolog claude' (needs $CA_MLFLOW_MIN+)"
  # shellcheck disable=SC2153  # CA_MLFLOW_PIN comes from defaults.sh
  if have jq && grep -qx "VERSION = \"$CA_MLFLOW_PIN\"" "${src%/*}/version.py" 2>/dev/null; then
    ca_trace_settings "$@"
    return
  fi
  if grep -q -- --directory "${src%/*}/claude_code/cli.py"; then set -- "$@" --directory "$TRACE_DIR"; else set -- "$@" "$TRACE_DIR"; fi
  "$mlflow" autolog claude "$@"
}
# The Stop hook and the `env` keys of MLflow $CA_MLFLOW_PIN's `autolog claude`, as jq programs.
# A hook is MLflow's when its command names `mlflow autolog claude` (or the older inline
# `mlflow.claude_code.hooks`).
CA_JQ_OURS='def ours: (.command // "" | tostring) | contains("mlflow autolog claude") or contains("mlflow.claude_code.hooks");'
# shellcheck disable=SC2016  # $cmd, $uri, $name are jq variables
CA_JQ_ENABLE=$CA_JQ_OURS'
  def upsert($h): if has("hooks") then (.hooks | map(ours) | index(true)) as $i
    | if $i == null then . else .hooks[$i] += $h end else . end;
  {type: "command", command: $cmd} as $h
  | .hooks //= {} | .hooks.Stop //= []
  | if any(.hooks.Stop[]; has("hooks") and any(.hooks[]; ours))
    then .hooks.Stop |= map(upsert($h)) else .hooks.Stop += [{hooks: [$h]}] end
  | .env //= {} | .env.MLFLOW_CLAUDE_TRACING_ENABLED = "true"
  | if $uri == "" then . else .env.MLFLOW_TRACKING_URI = $uri end
  | if $name == "" then . else .env.MLFLOW_EXPERIMENT_NAME = $name | del(.env.MLFLOW_EXPERIMENT_ID) end'
CA_JQ_DISABLE=$CA_JQ_OURS'
  if (.hooks // {}) | has("Stop") then
    .hooks.Stop |= map(if has("hooks") then .hooks |= map(select(ours | not)) else . end
      | select((has("hooks") | not) or (.hooks | length > 0)))
    | if .hooks.Stop == [] then del(.hooks.Stop) else . end
  else . end
  | if has("env") then .env |= del(.MLFLOW_CLAUDE_TRACING_ENABLED, .MLFLOW_TRACKING_URI,
      .MLFLOW_EXPERIMENT_ID, .MLFLOW_EXPERIMENT_NAME) | if .env == {} then del(.env) else . end
    else . end
  | if .hooks == {} then del(.hooks) else . end'
# shellcheck disable=SC2016  # $e is a jq variable
CA_JQ_STATUS=$CA_JQ_OURS'
  (.env // {}) as $e | if $e.MLFLOW_CLAUDE_TRACING_ENABLED != "true" then "off"
  else "on; experiment: \($e.MLFLOW_EXPERIMENT_NAME // $e.MLFLOW_EXPERIMENT_ID // "Default (0)") at \($e.MLFLOW_TRACKING_URI // "(MLflow default)")"
    + (if any(.hooks.Stop[]?; has("hooks") and any(.hooks[]; ours)) then "" else " (no MLflow Stop hook)" end) end'
# ca_trace_settings (--tracking-uri URI --experiment-name NAME | --disable | --status): tracing in
# $TRACE_DIR/.claude/settings.json. A missing or empty file reads as {}; one that is not a JSON
# object is left alone (MLflow would overwrite it). Written in place, so the file keeps its mode.
ca_trace_settings() {
  local dir file json='{}' out uri='' name='' cmd=mlflow
  dir=$(cd "$TRACE_DIR" && pwd -P) || return 1
  file=$dir/.claude/settings.json
  if [[ -s $file ]]; then
    json=$(<"$file") || return 1
    jq -e 'type == "object"' >/dev/null 2>&1 <<<"$json" || { echo "${0##*/}: $file is not a JSON object; left as it is" >&2; return 1; }
  fi
  case ${1-} in
  --status)
    [[ -e $file ]] && out=$(jq -r "$CA_JQ_STATUS" <<<"$json") || out="off (no $file)"
    echo "tracing in $dir: $out"; return ;;
  --disable)
    [[ -e $file ]] || return 0
    out=$(jq --indent 2 "$CA_JQ_DISABLE" <<<"$json") || return 1
    [[ $out != '{}' ]] || { rm -f -- "$file"; return; } ;;
  *)
    while (($#)); do case $1 in --tracking-uri) uri=$2; shift ;; --experiment-name) name=$2; shift ;; esac; shift; done
    [[ ! -v UV ]] || cmd="uv run mlflow"
    out=$(jq --indent 2 --arg cmd "$cmd autolog claude stop-hook" --arg uri "$uri" --arg name "$name" "$CA_JQ_ENABLE" <<<"$json") || return 1
    mkdir -p -- "$dir/.claude" || return 1 ;;
  esac
  printf '%s\n' "$out" >"$file"
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
# ca_explain_429 MESSAGE: "which limit: what to change", from the first CA_RATE_LIMITS line whose
# pattern (case-insensitive) is in MESSAGE; the last line's pattern matches anything.
ca_explain_429() {
  local pattern which fix found=
  shopt -s nocasematch
  while IFS=$'\t' read -r pattern which fix; do
    if [[ $1 =~ $pattern ]]; then found="$which: $fix" && break; fi
  done <<<"$CA_RATE_LIMITS"
  shopt -u nocasematch
  printf '%s\n' "$found"
}
# ca_probe_messages BASE MODEL TOKEN: a Messages request without messages, which a reachable
# route refuses with 400 and no tokens spent; a 429 is said in plain words (10 s at most).
ca_probe_messages() {
  local answer code
  answer=$(curl -s -w '\n%{http_code}' --connect-timeout 5 --max-time 10 -H @- \
    -H 'Content-Type: application/json' -d "{\"model\":\"$2\",\"max_tokens\":1,\"messages\":[]}" \
    "$1/v1/messages" <<<"Authorization: Bearer $3") || return 0
  code=${answer##*$'\n'}
  case $code in
  400 | 200) ok "the Messages route answers for $2 (no tokens used)" ;;
  429) bad "the model is rate limited (429) by $(ca_explain_429 "${answer%$'\n'*}")" ;;
  esac
}

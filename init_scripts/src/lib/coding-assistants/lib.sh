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
# What a Databricks token or a JWT looks like (extended regular expression).
readonly CA_TOKEN_SHAPE='dapi[0-9a-f]{16,}|eyJ[A-Za-z0-9_-]{16,}[A-Za-z0-9._-]*'
# stdin to stdout with the token, and anything shaped like a Databricks token or JWT, masked.
redact() {
  local line tok=${DATABRICKS_TOKEN:-} re="($CA_TOKEN_SHAPE)"
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
# ca_setting KEY: a setting as Claude Code resolves it, the managed settings first, then
# settings.json (KEY a jq path such as apiKeyHelper or env.ANTHROPIC_BASE_URL); 1 when unset.
ca_setting() {
  local file v
  for file in "$CA_ROOT$CA_MANAGED_SETTINGS_PATH" "$CA_SETTINGS"; do
    [[ -f $file ]] || continue
    if have jq; then
      v=$(jq -r ".$1 // empty | strings" "$file" 2>/dev/null)
    else
      v=$(sed -n "s/.*\"${1##*.}\" *: *\"\([^\"]*\)\".*/\1/p" "$file" | head -n 1)
    fi
    [[ -z $v ]] || { printf '%s\n' "$v"; return 0; }
  done
  return 1
}
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
# --- tracing: the directories this user traces, read by the managed Stop hook -----------------
# The record (~/$CA_TRACING_RECORD): one line per traced directory, DIR<TAB>URI<TAB>EXPERIMENT,
# DIR resolved; the home directory stands for every project. It lives with the user, never in
# the project, so a cloned repository cannot turn tracing on or point it elsewhere.
CA_TRACES=$HOME/$CA_TRACING_RECORD
# ca_trace_lookup DIR: "URI<TAB>EXPERIMENT" of DIR's entry, else of the home directory's; 1 if none.
ca_trace_lookup() {
  local dir uri name home found=''
  [[ -r $CA_TRACES ]] || return 1
  home=$(cd ~ 2>/dev/null && pwd -P)
  while IFS=$'\t' read -r dir uri name; do
    [[ $dir == "$1" ]] && { printf '%s\t%s\n' "$uri" "$name"; return 0; }
    [[ $dir != "$home" ]] || found=$uri$'\t'$name
  done <"$CA_TRACES"
  [[ -n $found ]] && printf '%s\n' "$found"
}
# ca_trace_record DIR [URI EXPERIMENT]: set DIR's entry, or remove it (without URI).
ca_trace_record() {
  local line lines=''
  if [[ -r $CA_TRACES ]]; then
    while IFS= read -r line; do [[ ${line%%$'\t'*} == "$1" ]] || lines+=$line$'\n'; done <"$CA_TRACES"
  fi
  [[ -z ${2-} ]] || lines+=$1$'\t'$2$'\t'$3$'\n'
  mkdir -p -- "${CA_TRACES%/*}" && printf '%s' "$lines" >"$CA_TRACES.tmp.$$" && mv -f -- "$CA_TRACES.tmp.$$" "$CA_TRACES"
}
# ca_trace_dir: $TRACE_DIR resolved (exit 2 when it is not a directory).
ca_trace_dir() {
  [[ -d $TRACE_DIR ]] || usage_error "no such directory: $TRACE_DIR"
  (cd -- "$TRACE_DIR" && pwd -P)
}
# ca_trace_conflict DIR URI EXPERIMENT: the MLflow keys DIR/.claude/settings.json sets to other
# values (MLflow's hook reads the project's values before the environment); 1 when none.
ca_trace_conflict() {
  local found
  [[ -s $1/.claude/settings.json ]] && have jq || return 1
  # shellcheck disable=SC2016  # $u, $n and $e are jq variables
  found=$(jq -r --arg u "$2" --arg n "$3" '(.env // {}) as $e | [
    if ($e.MLFLOW_CLAUDE_TRACING_ENABLED // "true" | ascii_downcase) | IN("true", "1", "yes") then empty else "MLFLOW_CLAUDE_TRACING_ENABLED" end,
    if ($e.MLFLOW_TRACKING_URI // $u) != $u then "MLFLOW_TRACKING_URI" else empty end,
    if ($e.MLFLOW_EXPERIMENT_NAME // $n) != $n then "MLFLOW_EXPERIMENT_NAME" else empty end,
    if $e.MLFLOW_EXPERIMENT_ID then "MLFLOW_EXPERIMENT_ID" else empty end] | join(", ")' \
    "$1/.claude/settings.json" 2>/dev/null)
  [[ -n $found ]] && printf '%s\n' "$found"
}
# ca_trace_probe: true when the runtime's Python loads MLflow's Stop hook for Claude Code (it
# runs nothing; a check the init script passed for this Python and MLflow counts); otherwise
# the reason on stdout.
ca_trace_probe() {
  local out='' mark=${CA_STATUS%/*}/mlflow-tracing
  [[ -x $CA_PY ]] || { echo "no Python at $CA_PY"; return 1; }
  # The init script's own check passed for this Python and MLflow: no need to load MLflow again.
  [[ -f $mark ]] && read -r out <"$mark" && [[ $out == "$CA_PY $(ca_mlflow_version)" ]] && return 0
  out=$(cd / && timeout -k 5 60 "$CA_PY" -I -c "$CA_TRACE_PROBE" 2>&1) && return 0
  out=$(tail -n 1 <<<"$out" | redact)
  printf '%s\n' "${out:0:300}"
  return 1
}
# ca_trace_clean DIR: remove what earlier releases of claude-tracing-enable (and `mlflow autolog
# claude`) wrote into DIR/.claude/settings.json: MLflow's Stop hook and its four keys; the file
# goes when nothing else is left. A file that is not a JSON object is left alone (1).
ca_trace_clean() {
  local file=$1/.claude/settings.json json out
  [[ -s $file ]] && have jq || return 0
  json=$(<"$file") || return 1
  jq -e 'type == "object"' >/dev/null 2>&1 <<<"$json" || { echo "${0##*/}: $file is not a JSON object; left as it is" >&2; return 1; }
  out=$(jq --indent 2 "$CA_JQ_DISABLE" <<<"$json") || return 1
  [[ $out != "$(jq --indent 2 . <<<"$json")" ]] || return 0
  if [[ $out == '{}' ]]; then rm -f -- "$file"; else printf '%s\n' "$out" >"$file"; fi
}
# A hook is MLflow's when its command names `mlflow autolog claude` or mlflow.claude_code.hooks.
CA_JQ_DISABLE='def ours: (.command // "" | tostring) | contains("mlflow autolog claude") or contains("mlflow.claude_code.hooks");
  if (.hooks // {}) | has("Stop") then
    .hooks.Stop |= map(if has("hooks") then .hooks |= map(select(ours | not)) else . end
      | select((has("hooks") | not) or (.hooks | length > 0)))
    | if .hooks.Stop == [] then del(.hooks.Stop) else . end
  else . end
  | if has("env") then .env |= del(.MLFLOW_CLAUDE_TRACING_ENABLED, .MLFLOW_TRACKING_URI,
      .MLFLOW_EXPERIMENT_ID, .MLFLOW_EXPERIMENT_NAME) | if .env == {} then del(.env) else . end
    else . end
  | if .hooks == {} then del(.hooks) else . end'
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
  [[ $TRACE_DIR != '~' ]] || TRACE_DIR=$HOME
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

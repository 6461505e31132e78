#!/usr/bin/env bash
# install-claude.sh: make the Claude Code CLI ready at first login on a Databricks cluster.
#
# A cluster-scoped init script: runs as root at every cluster start (DBR 13.3 LTS and newer),
# before anyone logs in. On the driver it installs what is missing (curl, git, jq, tmux; Claude
# Code; MLflow for tracing), points Claude Code at Databricks Model Serving without storing a
# token, writes one block into ~/.bashrc, and installs helper commands into /usr/local/bin
# (check-claude lists them). Workers have no users, so it does nothing there.
#
# Environment (the cluster's spark_env_vars):
#   MLFLOW_EXPERIMENT_NAME   workspace path of the experiment that receives Claude Code traces
#   CLAUDE_SERVING_ENDPOINT  serving endpoint for the Anthropic Messages API (CA_DEFAULT_ENDPOINT)
#   CLAUDE_MODEL             model for all work, background included
#                            (CA_DEFAULT_MODEL; system.ai.<name> on the AI Gateway route)
#   CLAUDE_CODE_VERSION      stable, latest or X.Y.Z (default: the installer's stable channel)
#                            (with OFFLINE_BUNDLE_PATH: the exact X.Y.Z the bundle holds)
#   CLAUDE_INSTALL_METHOD    native or npm (default: native; npm needs Node.js 18+ from apt)
#   DATABRICKS_HOST          workspace URL (https://<host>); Claude Code gets a token only for it
#   CLAUDE_API_ROUTE         serving-endpoints (default) or ai-gateway ($HOST/ai-gateway/anthropic)
#   OFFLINE_BUNDLE_PATH      /Volumes/<catalog>/<schema>/<volume>/<dir>: install from that bundle
#                            only, never from the network (default: unset, online install)
#   OFFLINE_BUNDLE_SHA256    SHA-256 of the bundle's manifest.json (required with the path)
#   CLAUDE_OTEL_ENDPOINT     OTLP collector for Claude Code's telemetry (default: unset, none)
#   CLAUDE_OTEL_PROTOCOL     http/protobuf (default), http/json or grpc
#   CLAUDE_OTEL_HEADERS_SECRET  <scope>/<key> of the secret with the collector's headers
#   CLAUDE_OTEL_LOG_USER_PROMPTS  enabled: prompts' text in the events (default: length only)
#   CODING_ASSISTANTS_WORKSHOP, CODING_ASSISTANTS_ATTENDEE  telemetry attributes (workshops)
#   CLAUDE_INIT_RETRIES      attempts per network step (default: 3)
#   CLAUDE_INIT_RETRY_DELAY  first back-off in seconds, doubled after each attempt (default: 2)
#   CLAUDE_INIT_BUDGET       seconds all network steps may take together (default: 240; 1-999)
# For tests and unusual images:
#   INIT_ROOT                prefix of every absolute path the script writes (default: empty)
#   DATABRICKS_PYTHON        the runtime's Python (default: /databricks/python3/bin/python)
#
# The helper commands travel at the end of this file as one gzip-compressed tar in base64
# (their readable sources: init_scripts/src/helpers/); unpacking needs base64, gzip and tar,
# which every Databricks Runtime image has.
#
# Exit status: 0 whenever it ran to the end, also when optional installs failed, so the cluster
# still starts. Each step's outcome goes to the status file that check-claude reads, and
# time-stamped lines to /tmp/init-script-claude.log. Sourcing this file only defines functions.

set -Eeuo pipefail

# shellcheck shell=bash disable=SC2034  # read by the files that source this one
CA_DEFAULT_ENDPOINT=anthropic
CA_DEFAULT_MODEL=databricks-claude-sonnet-4-6
CA_DEFAULT_ROUTE=serving-endpoints
CA_DEFAULT_OTEL_PROTOCOL=http/protobuf
CA_OTEL_ATTRIBUTES='databricks.cluster.id=DB_CLUSTER_ID databricks.cluster.name=DB_CLUSTER_NAME workshop.name=CODING_ASSISTANTS_WORKSHOP workshop.attendee_key=CODING_ASSISTANTS_ATTENDEE'
CA_ROUTE_AI_GATEWAY=ai-gateway
CA_DEFAULT_PYTHON=/databricks/python3/bin/python
CA_MLFLOW_MIN_VERSION=3.4.0
CA_MLFLOW_PIN=3.11.1
CA_NPM_PACKAGE=@anthropic-ai/claude-code
CA_MLFLOW_PROBE='import importlib.metadata as m;v={d.metadata["Name"].lower():d.version for d in m.distributions()};n="mlflow" if "mlflow" in v else "mlflow-skinny";print(n,v.get(n,""))'
CA_CLAUDE_MAX_RETRIES=3
CA_PROVIDER_SWITCHES='CLAUDE_CODE_USE_BEDROCK CLAUDE_CODE_USE_VERTEX CLAUDE_CODE_USE_FOUNDRY CLAUDE_CODE_USE_ANTHROPIC_AWS CLAUDE_CODE_USE_ANTHROPIC_GOOGLE_CLOUD CLAUDE_CODE_USE_MANTLE CLAUDE_CODE_USE_GATEWAY'
CA_BIN_PATH=/usr/local/bin
CA_LIB_PATH=/usr/local/lib/coding-assistants
CA_MANAGED_SETTINGS_PATH=/etc/claude-code/managed-settings.json
CA_STATUS_PATH=/var/lib/coding-assistants/status
CA_LOG_PATH=/tmp/init-script-claude.log

ca_setting_problem() {
  local name=$1 value=$2 re LC_ALL=C
  case $name in
    MLFLOW_EXPERIMENT_NAME)
      re='^((/[^/[:cntrl:]]+)+)$'
      [[ $value =~ $re ]] || { printf '%s\n' 'mlflow_experiment_name: invalid format; expected an absolute workspace path such as /Users/<you>/claude-traces or /Workspace/Shared/x'; return 1; }
      ;;
    CLAUDE_SERVING_ENDPOINT)
      re='^([A-Za-z0-9_-]{1,63})$'
      [[ $value =~ $re ]] || { printf '%s\n' 'claude_serving_endpoint: invalid format; expected an endpoint name of 1-63 letters, digits, '"'"'-'"'"' or '"'"'_'"'"''; return 1; }
      ;;
    CLAUDE_MODEL)
      re='^([A-Za-z0-9_-]{1,63}|system\.ai\.[A-Za-z0-9_-]{1,255})$'
      [[ $value =~ $re ]] || { printf '%s\n' 'claude_model: invalid format; expected a serving endpoint name (1-63 letters, digits, '"'"'-'"'"' or '"'"'_'"'"', such as databricks-claude-sonnet-4-6) or system.ai.<name> for the AI Gateway'; return 1; }
      ;;
    CLAUDE_CODE_VERSION)
      re='^(stable|latest|[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?)$'
      [[ $value =~ $re ]] || { printf '%s\n' 'claude_code_version: invalid format; expected "stable", "latest" or a version such as 2.0.14'; return 1; }
      ;;
    CLAUDE_API_ROUTE)
      re='^(serving-endpoints|ai-gateway)$'
      [[ $value =~ $re ]] || { printf '%s\n' 'claude_api_route: not a known value; expected one of "serving-endpoints", "ai-gateway"'; return 1; }
      ;;
    OFFLINE_BUNDLE_PATH)
      re='^(/Volumes(/[^ ./[:cntrl:]]{1,255}){3}(/(\.?[^/.[:cntrl:]][^/[:cntrl:]]*|\.\.[^/[:cntrl:]]+))+)$'
      [[ $value =~ $re ]] || { printf '%s\n' 'offline_bundle_path: invalid format; expected a directory in a Unity Catalog volume, /Volumes/<catalog>/<schema>/<volume>/<dir> (DBFS and other paths are refused)'; return 1; }
      ;;
    OFFLINE_BUNDLE_SHA256)
      re='^([0-9a-fA-F]{64})$'
      [[ $value =~ $re ]] || { printf '%s\n' 'offline_bundle_sha256: invalid format; expected a SHA-256: 64 hexadecimal digits (printed by coding-assistants stage-offline)'; return 1; }
      ;;
    CLAUDE_OTEL_ENDPOINT)
      re='^(https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?)$'
      [[ $value =~ $re ]] || { printf '%s\n' 'otel_endpoint: invalid format; expected an http(s) URL such as https://otel.example.com:4318, without a query'; return 1; }
      ;;
    CLAUDE_OTEL_PROTOCOL)
      re='^(http/protobuf|http/json|grpc)$'
      [[ $value =~ $re ]] || { printf '%s\n' 'otel_protocol: not a known value; expected one of "http/protobuf", "http/json", "grpc"'; return 1; }
      ;;
    CLAUDE_OTEL_HEADERS_SECRET)
      re='^([A-Za-z0-9._-]{1,128}/[A-Za-z0-9._-]{1,128})$'
      [[ $value =~ $re ]] || { printf '%s\n' 'otel_headers_secret: invalid format; expected <scope>/<key> of a Databricks secret, such as observability/otlp-headers'; return 1; }
      ;;
    CLAUDE_OTEL_LOG_USER_PROMPTS)
      re='^(enabled|disabled)$'
      [[ $value =~ $re ]] || { printf '%s\n' 'otel_log_user_prompts: not a known value; expected one of "enabled", "disabled"'; return 1; }
      ;;
    DATABRICKS_HOST)
      re='^((https://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?/?)$'
      [[ $value =~ $re ]] || { printf '%s\n' 'DATABRICKS_HOST: invalid format; expected a workspace URL such as https://adb-1234.5.azuredatabricks.net, without a path'; return 1; }
      ;;
  esac
  return 0
}
ca_bundle_setting_problem() {
  local name=$1 value=$2 re LC_ALL=C
  case $name in
    CLAUDE_CODE_VERSION)
      re='^([0-9]+\.[0-9]+\.[0-9]+)$'
      [[ $value =~ $re ]] || { printf '%s\n' 'claude_code_version: not an exact version with offline_bundle_path; expected an exact X.Y.Z, the version the bundle was staged with (a bundle has no channels)'; return 1; }
      ;;
  esac
  return 0
}

# shellcheck disable=SC2034  # globals set here are read by the other installer parts
readonly ROOT=${INIT_ROOT:-}
readonly LOG_FILE=$ROOT$CA_LOG_PATH
readonly STATUS_FILE=$ROOT$CA_STATUS_PATH
readonly BIN_DIR=$ROOT$CA_BIN_PATH
readonly LIB_DIR=$ROOT$CA_LIB_PATH
readonly WORKSPACE_ENV=$LIB_DIR/workspace.env
readonly MANAGED_SETTINGS=$ROOT$CA_MANAGED_SETTINGS_PATH
readonly INSTALLER_URL=https://claude.ai/install.sh
readonly NODE_MIN_MAJOR=18
readonly SYSTEM_TOOLS=(curl git jq tmux)
STEPS=(config packages claude mlflow settings helpers profile)
readonly PROFILE_BEGIN='# >>> coding-assistants >>>'
readonly PROFILE_END='# <<< coding-assistants <<<'

ENDPOINT=$CA_DEFAULT_ENDPOINT MODEL=$CA_DEFAULT_MODEL VERSION=stable METHOD=native HOST=''
ROUTE=$CA_DEFAULT_ROUTE BASE_URL=''
EXPERIMENT='' PY=$CA_DEFAULT_PYTHON RETRIES=3 RETRY_DELAY=2 WORK_DIR='' START_US=0
BUDGET=240 DEADLINE=0
STEP='' REASON='' WROTE=0 PROBLEMS=()


_log() {
  local line
  printf -v line '%(%Y-%m-%dT%H:%M:%S%z)T %-5s %s' -1 "$1" "$2"
  printf '%s\n' "$line" >&2
  printf '%s\n' "$line" 2>/dev/null >>"$LOG_FILE" || true
}
log() { _log INFO "$*"; }
warn() { _log WARN "$*"; }
die() {
  _log ERROR "$*"
  exit 1
}

have_cmd() { command -v "$1" >/dev/null 2>&1; }

timed() {
  local s=$1 left=$((DEADLINE - EPOCHSECONDS))
  shift
  ((left > 0)) || return 124
  ((s < left)) || s=$left
  timeout -k 5 "$s" "$@"
}

logged() {
  local line
  "$@" 2>&1 | while IFS= read -r line; do _log OUT "$line"; done
}

retry() {
  local attempt=1 delay=$RETRY_DELAY what="$*"
  what=${what#logged }
  [[ $what =~ ^timed\ [0-9]+\ (.*)$ ]] && what=${BASH_REMATCH[1]}
  until "$@"; do
    if ((attempt >= RETRIES || EPOCHSECONDS + delay >= DEADLINE)); then
      warn "gave up after $attempt attempt(s): $what"
      return 1
    fi
    warn "attempt $attempt of $RETRIES failed, next in ${delay}s: $what"
    sleep "$delay"
    attempt=$((attempt + 1)) delay=$((delay * 2))
  done
}

version_ge() { [[ $(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1) == "$2" ]]; }

put_file() {
  local dest=$1 mode=$2 old='' tmp="$1.tmp.$$"
  [[ -f $dest ]] && { IFS= read -r -d '' old <"$dest" || true; }
  [[ -f $dest && $old == "$3" ]] && return 0
  printf '%s' "$3" >"$tmp"
  if [[ $mode == keep ]]; then chmod --reference="$dest" "$tmp"; else chmod "$mode" "$tmp"; fi
  mv -f "$tmp" "$dest"
  WROTE=$((WROTE + 1))
}


record() {
  printf '%s\t%s\t%s\n' "$STEP" "$1" "$2" >"$WORK_DIR/steps/$STEP"
  if [[ $1 == failed ]]; then warn "$STEP: $2"; else log "$STEP: $1: $2"; fi
}

record_write() {
  if ((WROTE)); then record ok "$1 ($WROTE file(s) written)"; else record skipped "$1 up to date"; fi
}

step() {
  local rc
  set +e
  (
    set -e
    STEP=$1
    "$2"
  )
  rc=$?
  set -e
  if [[ ! -s $WORK_DIR/steps/$1 ]]; then
    printf '%s\tfailed\tstopped with exit %s; see %s\n' "$1" "$rc" "$LOG_FILE" >"$WORK_DIR/steps/$1"
    warn "$1: stopped with exit $rc"
  fi
}

on_error() {
  local rc=$?
  [[ ${FUNCNAME[1]:-} == step ]] || warn "line ${BASH_LINENO[0]}: exit $rc from: $BASH_COMMAND"
}

# shellcheck disable=SC2034  # globals set here are read by the other installer parts
normal_host() {
  local h=${1%/}
  [[ -z $h || $h == *://* ]] || h=https://$h
  [[ $h =~ ^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$ ]] && printf '%s\n' "$h"
  return 0
}

base_url() {
  if [[ $ROUTE == "$CA_ROUTE_AI_GATEWAY" ]]; then
    printf '%s/ai-gateway/anthropic\n' "$1"
  else
    printf '%s/serving-endpoints/%s\n' "$1" "$ENDPOINT"
  fi
}

default_model() {
  if [[ $ROUTE == "$CA_ROUTE_AI_GATEWAY" ]]; then
    printf 'system.ai.%s\n' "${CA_DEFAULT_MODEL#databricks-}"
  else
    printf '%s\n' "$CA_DEFAULT_MODEL"
  fi
}

accept() {
  local message
  message=$("${3:-ca_setting_problem}" "$1" "$2") && return 0
  PROBLEMS+=("$1: ${message:-invalid}")
  return 1
}

load_telemetry() {
  local name
  OTEL_ENDPOINT='' OTEL_PROTOCOL=$CA_DEFAULT_OTEL_PROTOCOL OTEL_SECRET='' OTEL_PROMPTS=''
  for name in CLAUDE_OTEL_ENDPOINT CLAUDE_OTEL_PROTOCOL CLAUDE_OTEL_HEADERS_SECRET \
    CLAUDE_OTEL_LOG_USER_PROMPTS; do
    [[ -z ${!name:-} ]] || accept "$name" "${!name}" || printf -v "$name" ''
  done
  [[ -n ${CLAUDE_OTEL_ENDPOINT:-} ]] || return 0
  OTEL_ENDPOINT=$CLAUDE_OTEL_ENDPOINT
  OTEL_PROTOCOL=${CLAUDE_OTEL_PROTOCOL:-$CA_DEFAULT_OTEL_PROTOCOL}
  OTEL_SECRET=${CLAUDE_OTEL_HEADERS_SECRET:-}
  [[ ${CLAUDE_OTEL_LOG_USER_PROMPTS:-} != enabled ]] || OTEL_PROMPTS=1
}

load_config() {
  PROBLEMS=()
  ENDPOINT=${CLAUDE_SERVING_ENDPOINT:-$CA_DEFAULT_ENDPOINT}
  accept CLAUDE_SERVING_ENDPOINT "$ENDPOINT" || ENDPOINT=$CA_DEFAULT_ENDPOINT
  ROUTE=${CLAUDE_API_ROUTE:-$CA_DEFAULT_ROUTE}
  accept CLAUDE_API_ROUTE "$ROUTE" || ROUTE=$CA_DEFAULT_ROUTE
  MODEL=${CLAUDE_MODEL:-$(default_model)}
  accept CLAUDE_MODEL "$MODEL" || MODEL=$(default_model)
  VERSION=${CLAUDE_CODE_VERSION:-stable}
  accept CLAUDE_CODE_VERSION "$VERSION" || VERSION=stable
  METHOD=${CLAUDE_INSTALL_METHOD:-native}
  if [[ $METHOD != native && $METHOD != npm ]]; then
    PROBLEMS+=("CLAUDE_INSTALL_METHOD: got ${METHOD@Q}; expected native or npm")
    METHOD=native
  fi
  HOST='' BASE_URL=''
  if [[ -n ${DATABRICKS_HOST:-} ]] && accept DATABRICKS_HOST "$DATABRICKS_HOST"; then
    HOST=$(normal_host "$DATABRICKS_HOST")
    BASE_URL=$(base_url "$HOST")
  fi
  EXPERIMENT=${MLFLOW_EXPERIMENT_NAME:-}
  [[ -z $EXPERIMENT ]] || accept MLFLOW_EXPERIMENT_NAME "$EXPERIMENT" || EXPERIMENT=''
  load_telemetry
  PY=${DATABRICKS_PYTHON:-$CA_DEFAULT_PYTHON}
  if offline_enabled; then
    STEPS=(config bundle "${STEPS[@]:1}")
    accept OFFLINE_BUNDLE_PATH "$OFFLINE_BUNDLE_PATH" || true
    accept OFFLINE_BUNDLE_SHA256 "${OFFLINE_BUNDLE_SHA256:-}" || true
    accept CLAUDE_CODE_VERSION "${CLAUDE_CODE_VERSION:-}" ca_bundle_setting_problem || true
  fi
  [[ ${CLAUDE_INIT_RETRIES:-} =~ ^[1-9]$ ]] && RETRIES=$CLAUDE_INIT_RETRIES
  [[ ${CLAUDE_INIT_RETRY_DELAY:-} =~ ^[0-9]{1,2}$ ]] && RETRY_DELAY=$CLAUDE_INIT_RETRY_DELAY
  [[ ${CLAUDE_INIT_BUDGET:-} =~ ^[1-9][0-9]{0,2}$ ]] && BUDGET=$CLAUDE_INIT_BUDGET
  DEADLINE=$((EPOCHSECONDS + BUDGET))
  local summary="cluster=${DB_CLUSTER_ID:-unknown} endpoint=$ENDPOINT route=$ROUTE model=$MODEL"
  summary+=" version=$VERSION method=$METHOD experiment=${EXPERIMENT:-unset}"
  ! offline_enabled || summary+=" bundle=$OFFLINE_BUNDLE_PATH"
  [[ -z $OTEL_ENDPOINT ]] || summary+=" telemetry=$OTEL_ENDPOINT"
  STEP=config
  if ((${#PROBLEMS[@]})); then
    printf -v summary '%s; ' "${PROBLEMS[@]}" "using defaults for those" "$summary"
    record failed "${summary%; }"
  else
    record ok "$summary"
  fi
}

# shellcheck disable=SC2153  # METHOD, like the other globals, is set by load_config
node_major() {
  local v
  have_cmd node && v=$(node --version 2>/dev/null) || return 0
  v=${v#v}
  printf '%s\n' "${v%%.*}"
}

needs_node() {
  local major
  [[ $METHOD == npm ]] || return 1
  major=$(node_major)
  ((${major:-0} < NODE_MIN_MAJOR))
}

apt_install() {
  local o=(-qq -o DPkg::Lock::Timeout=60 -o Acquire::Retries=0 -o Acquire::http::Timeout=20
    -o Acquire::https::Timeout=20)
  timed 120 apt-get "${o[@]}" update &&
    timed 240 apt-get "${o[@]}" -y install --no-install-recommends "$@"
}

install_packages() {
  local tool wanted=() missing=()
  for tool in "${SYSTEM_TOOLS[@]}"; do have_cmd "$tool" || wanted+=("$tool"); done
  if needs_node; then wanted+=(nodejs npm); fi
  if ((${#wanted[@]} == 0)); then
    record skipped "${SYSTEM_TOOLS[*]} present"
    return 0
  fi
  if ! have_cmd apt-get; then
    record failed "apt-get not found; missing: ${wanted[*]}"
    return 0
  fi
  log "installing with apt-get: ${wanted[*]}"
  if ! DEBIAN_FRONTEND=noninteractive retry logged apt_install "${wanted[@]}"; then
    record failed "apt-get install ${wanted[*]} failed (see $LOG_FILE)"
    return 0
  fi
  for tool in "${wanted[@]/nodejs/node}"; do have_cmd "$tool" || missing+=("$tool"); done
  if ((${#missing[@]})); then
    record failed "apt-get ran but these are still missing: ${missing[*]}"
  else
    record ok "installed ${wanted[*]}"
  fi
}

claude_version() {
  local out
  out=$(timed 30 claude --version 2>/dev/null) || return 0
  if [[ $out =~ ([0-9]+\.[0-9]+\.[0-9]+[^[:space:]]*) ]]; then printf '%s\n' "${BASH_REMATCH[1]}"; fi
}

claude_needs_packages() {
  if [[ $METHOD == npm ]]; then
    needs_node
    return
  fi
  if have_cmd curl; then return 1; fi
}

install_claude_native() {
  local script=$WORK_DIR/claude-install.sh
  if ! have_cmd curl; then
    REASON="native: curl is missing"
    return 1
  fi
  if ! retry timed 60 curl -fsSL --connect-timeout 10 --max-time 50 -o "$script" "$INSTALLER_URL"; then
    REASON="native: download of $INSTALLER_URL failed"
    return 1
  fi
  if ! retry logged timed 240 bash "$script" "$VERSION"; then
    REASON="native: the installer failed"
    return 1
  fi
}

install_claude_npm() {
  local major spec=$CA_NPM_PACKAGE@latest
  major=$(node_major)
  if ((${major:-0} < NODE_MIN_MAJOR)) || ! have_cmd npm; then
    REASON="npm: needs Node.js $NODE_MIN_MAJOR+ and npm (node major: ${major:-none})"
    return 1
  fi
  [[ $VERSION =~ ^[0-9] ]] && spec=$CA_NPM_PACKAGE@$VERSION
  if ! retry logged timed 240 npm install -g --no-audit --no-fund --loglevel=error \
    --fetch-retries=1 --fetch-timeout=30000 --fetch-retry-maxtimeout=5000 "$spec"; then
    REASON="npm: npm install -g $spec failed"
    return 1
  fi
}

link_claude() {
  local target=$HOME/.local/bin/claude link=$BIN_DIR/claude
  [[ -x $target ]] || return 0
  [[ -e $link && ! -L $link ]] && return 0
  [[ $(readlink "$link" 2>/dev/null) == "$target" ]] || ln -sfn "$target" "$link"
}

install_claude() {
  local have method order=(native npm) reasons=()
  have=$(claude_version)
  if [[ -n $have ]] && [[ ! $VERSION =~ ^[0-9] || $have == "$VERSION" ]]; then
    link_claude
    record skipped "Claude Code $have present"
    return 0
  fi
  [[ $METHOD == npm ]] && order=(npm native)
  for method in "${order[@]}"; do
    if "install_claude_$method"; then
      have=$(claude_version)
      if [[ -n $have ]]; then
        link_claude
        record ok "Claude Code $have installed ($method)"
        return 0
      fi
      REASON="$method: installed, but claude --version fails"
    fi
    reasons+=("$REASON")
  done
  printf -v reasons '%s; ' "${reasons[@]}"
  record failed "Claude Code not installed: ${reasons%; }"
}

read_mlflow() {
  local line
  line=$("$PY" -c "$CA_MLFLOW_PROBE" 2>/dev/null) || line=''
  read -r DIST MLFLOW <<<"$line" || true
}

mlflow_pip_online() {
  local spec=${DIST:-mlflow-skinny}==$CA_MLFLOW_PIN
  log "installing $spec (runtime MLflow: ${MLFLOW:-none})"
  REASON="pip install $spec failed"
  retry logged timed 240 "$PY" -m pip install --quiet --disable-pip-version-check \
    --retries 1 --timeout 15 "$spec" || return 1
  REPLY="($spec)"
}

install_mlflow() {
  local have mode=online DIST='' MLFLOW=''
  offline_enabled && mode=offline
  if [[ ! -x $PY ]]; then
    record skipped "no Databricks Python at $PY"
    return 0
  fi
  read_mlflow
  have=$MLFLOW
  if [[ -n $have ]] && version_ge "$have" "$CA_MLFLOW_MIN_VERSION"; then
    record skipped "runtime MLflow $have >= $CA_MLFLOW_MIN_VERSION"
    return 0
  fi
  if ! "mlflow_pip_$mode"; then
    record failed "MLflow not installed: $REASON (runtime MLflow: ${have:-none}; see $LOG_FILE)"
    return 0
  fi
  read_mlflow
  if [[ -n $MLFLOW ]] && version_ge "$MLFLOW" "$CA_MLFLOW_MIN_VERSION"; then
    record ok "MLflow $MLFLOW installed $REPLY"
  else
    record failed "pip ran, but MLflow is ${MLFLOW:-missing}"
  fi
}

install_software() {
  local pids=()
  if claude_needs_packages; then
    {
      step packages install_packages
      step claude install_claude
    } &
    pids+=($!)
  else
    step packages install_packages &
    pids+=($!)
    step claude install_claude &
    pids+=($!)
  fi
  step mlflow install_mlflow &
  pids+=($!)
  wait "${pids[@]}" || true
}

# shellcheck shell=bash

readonly OFFLINE_CLAUDE_ROOT=$ROOT/opt/coding-assistants/claude
readonly OFFLINE_TOOLS=(jq tmux)

readonly OFFLINE_PARSER='
import json, re, sys
m = json.load(open(sys.argv[1]))
assert m.get("format_version") == 1, "manifest format_version is not 1"
version = m["claude_code"]["version"]
assert re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", version), "bad Claude Code version"
print("claude_version\t" + version)
python = str((m.get("python") or {}).get("version") or "")
assert re.fullmatch(r"([0-9]+\.[0-9]+)?", python), "bad Python version"
print("python_version\t" + python)
for f in m["files"]:
    p = f["path"]
    assert re.fullmatch(r"[A-Za-z0-9._+@=-]+(/[A-Za-z0-9._+@=-]+)*", p), p
    assert not {".", ".."} & set(p.split("/")), p
    assert re.fullmatch(r"[0-9a-f]{64}", f["sha256"]) and int(f["size"]) >= 0, p
    extra = f.get("platform") or f.get("package") or "-"
    assert re.fullmatch(r"[A-Za-z0-9._+-]+", extra), p
    print("\t".join(["file", f["role"], p, str(int(f["size"])), f["sha256"], extra]))
'

offline_enabled() { [[ -n ${OFFLINE_BUNDLE_PATH:-} ]]; }

offline_dir() { printf '%s\n' "$ROOT${OFFLINE_BUNDLE_PATH%/}"; }
offline_work() { printf '%s\n' "$WORK_DIR/offline"; }

offline_sha256() {
  local sum _
  read -r sum _ < <(sha256sum "$1") || return 1
  REPLY=$sum
}

offline_check_config() {
  local name
  for name in OFFLINE_BUNDLE_PATH OFFLINE_BUNDLE_SHA256; do
    REASON=$(ca_setting_problem "$name" "${!name:-}") || return 1
  done
}

offline_verify_bundle() {
  local dir work want src
  dir=$(offline_dir) work=$(offline_work)
  offline_check_config || {
    record failed "$REASON; nothing installed from the bundle"
    return 0
  }
  want=${OFFLINE_BUNDLE_SHA256,,} src=$dir/manifest.json
  mkdir -p "$work"
  if [[ ! -f $src ]] || ! timed 120 cp "$src" "$work/manifest.json"; then
    record failed "no manifest.json in $OFFLINE_BUNDLE_PATH; nothing installed from the bundle"
    return 0
  fi
  offline_sha256 "$work/manifest.json"
  if [[ $REPLY != "$want" ]]; then
    record failed "manifest.json has sha256 ${REPLY:0:12}..., offline_bundle_sha256 is ${want:0:12}...; nothing installed from the bundle"
    return 0
  fi
  if ! "$PY" -c "$OFFLINE_PARSER" "$work/manifest.json" >"$work/files.tsv.tmp" 2>"$work/parse.err"; then
    record failed "manifest.json verified but unreadable: $(tail -n 1 "$work/parse.err")"
    return 0
  fi
  mv "$work/files.tsv.tmp" "$work/files.tsv"
  record ok "manifest ${want:0:12}... verified: $(offline_summary)"
}

offline_summary() {
  awk -F'\t' '$1 == "claude_version" { v = $2 } $1 == "file" { n++ }
    END { printf "Claude Code %s, %d files\n", v, n }' "$(offline_work)/files.tsv"
}

offline_ready() {
  [[ -f $(offline_work)/files.tsv ]] && return 0
  record failed "the bundle's manifest was not verified (see the bundle step); nothing installed"
  return 1
}

offline_entries() {
  local kind role path size sha extra
  while IFS=$'\t' read -r kind role path size sha extra; do
    [[ $kind == file && $role == "$1" && (-z ${2:-} || $extra == "$2") ]] || continue
    printf '%s\t%s\t%s\t%s\n' "$path" "$size" "$sha" "$extra"
  done <"$(offline_work)/files.tsv"
}

offline_fetch() {
  local src dest got
  src=$(offline_dir)/$1 dest=$(offline_work)/files/$1
  if [[ ! -f $src ]]; then
    REASON="$1 is missing from the bundle"
    return 1
  fi
  mkdir -p "${dest%/*}"
  if ! timed 900 cp "$src" "$dest"; then
    REASON="$1 could not be copied to local disk"
    return 1
  fi
  got=$(stat -c %s "$dest")
  if [[ $got != "$2" ]] || ! offline_sha256 "$dest" || [[ $REPLY != "$3" ]]; then
    rm -f "$dest"
    REASON="$1 does not match the manifest (size or sha256)"
    return 1
  fi
  REPLY=$dest
}

offline_platform() {
  case $(uname -m) in
  x86_64 | amd64) echo linux-x64 ;;
  aarch64 | arm64) echo linux-arm64 ;;
  *) uname -m ;;
  esac
}

offline_claude_version() { awk -F'\t' '$1 == "claude_version" { print $2 }' "$(offline_work)/files.tsv"; }
offline_python_version() { awk -F'\t' '$1 == "python_version" { print $2 }' "$(offline_work)/files.tsv"; }

offline_claude_intact() {
  local dir=$1 want=''
  [[ -x $dir/claude && -f $dir/bundle.sha256 && -f $dir/claude.sha256 ]] || return 1
  [[ $(<"$dir/bundle.sha256") == "$2" ]] || return 1
  read -r want <"$dir/claude.sha256"
  offline_sha256 "$dir/claude" && [[ $REPLY == "$want" ]]
}

offline_link_claude() {
  local link=$BIN_DIR/claude
  mkdir -p "$BIN_DIR"
  [[ $(readlink "$link" 2>/dev/null) == "$1" ]] || ln -sfn "$1" "$link"
}

offline_install_claude() {
  local platform version pinned entry path size sha dir tmp
  offline_ready || return 0
  platform=$(offline_platform) version=$(offline_claude_version)
  pinned=${CLAUDE_CODE_VERSION:-unset}
  if [[ $pinned != "$version" ]]; then
    record failed "the bundle holds Claude Code $version, claude_code_version is ${pinned//[^A-Za-z0-9.+-]/?}; set it to $version or stage the bundle for the version you pin"
    return 0
  fi
  entry=$(offline_entries claude "$platform" | head -n 1)
  if [[ -z $entry ]]; then
    record failed "the bundle has no Claude Code for $platform"
    return 0
  fi
  IFS=$'\t' read -r path size sha _ <<<"$entry"
  dir=$OFFLINE_CLAUDE_ROOT/$version
  if offline_claude_intact "$dir" "$sha"; then
    offline_link_claude "$dir/claude"
    record skipped "Claude Code $version present in $dir (bundle)"
    return 0
  fi
  if ! offline_fetch "$path" "$size" "$sha"; then
    record failed "Claude Code not installed: $REASON"
    return 0
  fi
  tmp=$dir.partial.$$
  rm -rf "$tmp" && mkdir -p "$tmp"
  if ! tar -xzf "$REPLY" -C "$tmp" --no-same-owner package/claude ||
    [[ -L $tmp/package/claude || ! -f $tmp/package/claude ]] ||
    ! timed 30 "$tmp/package/claude" --version >/dev/null 2>&1; then
    rm -rf "$tmp"
    record failed "Claude Code not installed: $path holds no working package/claude"
    return 0
  fi
  mv "$tmp/package/claude" "$tmp/claude" && rmdir "$tmp/package"
  chmod 755 "$tmp/claude"
  offline_sha256 "$tmp/claude" && printf '%s\n' "$REPLY" >"$tmp/claude.sha256"
  printf '%s' "$sha" >"$tmp/bundle.sha256"
  rm -rf "$dir" && mv "$tmp" "$dir"
  offline_link_claude "$dir/claude"
  record ok "Claude Code $version installed from the bundle into $dir ($platform)"
}

mlflow_pip_offline() {
  local path size sha _ wheels='' req='' want have
  REASON="the bundle's manifest was not verified (see the bundle step); nothing installed"
  [[ -f $(offline_work)/files.tsv ]] || return 1
  want=$(offline_python_version)
  have=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || have=unknown
  REASON="the bundle's wheels are for Python $want, the runtime's Python is $have"
  [[ -z $want || $have == "$want" ]] || return 1
  while IFS=$'\t' read -r path size sha _; do
    offline_fetch "$path" "$size" "$sha" || return 1
    [[ $path == *.whl ]] && wheels=${REPLY%/*} || req=$REPLY
  done < <(offline_entries requirements && offline_entries wheel)
  REASON="the bundle has no wheels or no requirements file"
  [[ -n $req && -n $wheels ]] || return 1
  REASON="pip install --no-index from the bundle failed"
  logged timed 900 "$PY" -m pip install --quiet --disable-pip-version-check --no-index \
    --require-hashes --find-links "$wheels" -r "$req" || return 1
  REPLY="from the bundle"
}

offline_install_packages() {
  local tool missing=() debs=() path size sha package
  for tool in "${OFFLINE_TOOLS[@]}"; do have_cmd "$tool" || missing+=("$tool"); done
  if ((${#missing[@]} == 0)); then
    record skipped "${OFFLINE_TOOLS[*]} present"
    return 0
  fi
  offline_ready || return 0
  while IFS=$'\t' read -r path size sha package; do
    [[ " ${missing[*]} " == *" $package "* ]] || continue
    if ! offline_fetch "$path" "$size" "$sha"; then
      record failed "${missing[*]} not installed: $REASON"
      return 0
    fi
    debs+=("$REPLY")
  done < <(offline_entries deb)
  if ((${#debs[@]} == 0)); then
    record skipped "${missing[*]}: skipped (offline): not staged in the bundle"
    return 0
  fi
  if ! DEBIAN_FRONTEND=noninteractive logged timed 300 dpkg -i "${debs[@]}"; then
    record failed "dpkg -i of the bundle's packages failed"
    return 0
  fi
  record ok "installed from the bundle: ${debs[*]##*/}"
}

offline_install_software() {
  local pids=()
  step bundle offline_verify_bundle
  step packages offline_install_packages &
  pids+=($!)
  step claude offline_install_claude &
  pids+=($!)
  step mlflow install_mlflow &
  pids+=($!)
  wait "${pids[@]}" || true
}

render_settings() {
  local m=$MODEL switch
  printf '{\n'
  [[ -z $HOST ]] || printf '  "apiKeyHelper": "%s",\n' "$BIN_DIR/claude-api-key-helper"
  printf '  "env": {\n'
  [[ -z $HOST ]] || printf '    "ANTHROPIC_BASE_URL": "%s",\n' "$BASE_URL"
  cat <<EOF
    "ANTHROPIC_MODEL": "$m",
    "ANTHROPIC_DEFAULT_OPUS_MODEL": "$m",
    "ANTHROPIC_DEFAULT_SONNET_MODEL": "$m",
    "ANTHROPIC_DEFAULT_HAIKU_MODEL": "$m",
    "ANTHROPIC_SMALL_FAST_MODEL": "$m",
EOF
  for switch in $CA_PROVIDER_SWITCHES; do printf '    "%s": "0",\n' "$switch"; done
  if [[ ${1-} == managed ]]; then
    render_telemetry
    printf '    "NODE_TLS_REJECT_UNAUTHORIZED": "1"\n  }'
    [[ -z $OTEL_ENDPOINT || -z $OTEL_SECRET || -z $HOST ]] ||
      printf ',\n  "otelHeadersHelper": "%s"' "$BIN_DIR/claude-otel-headers"
    printf '\n}\n'
    return 0
  fi
  cat <<EOF
    "CLAUDE_CODE_API_KEY_HELPER_TTL_MS": "900000",
    "CLAUDE_CODE_DISABLE_EXPERIMENTAL_BETAS": "1",
    "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
    "CLAUDE_CODE_MAX_RETRIES": "$CA_CLAUDE_MAX_RETRIES",
    "DISABLE_AUTOUPDATER": "1"
  }
}
EOF
}

attribute_value() {
  local text=$1 out='' c i
  for ((i = 0; i < ${#text}; i++)); do
    c=${text:i:1}
    if [[ $c == [A-Za-z0-9._~@:/+-] ]]; then out+=$c; else printf -v c '%%%02X' "'$c"; out+=$c; fi
  done
  printf '%s' "$out"
}

render_telemetry() {
  local pair name var attributes
  [[ -n $OTEL_ENDPOINT ]] || return 0
  attributes="databricks.cluster.id=$(attribute_value "${DB_CLUSTER_ID:-unknown}")"
  for pair in $CA_OTEL_ATTRIBUTES; do
    IFS='=' read -r name var <<<"$pair"
    [[ $var == DB_CLUSTER_ID || -z ${!var:-} ]] || attributes+=",$name=$(attribute_value "${!var}")"
  done
  printf '    "%s": "%s",\n' CLAUDE_CODE_ENABLE_TELEMETRY 1 OTEL_METRICS_EXPORTER otlp \
    OTEL_LOGS_EXPORTER otlp OTEL_EXPORTER_OTLP_PROTOCOL "$OTEL_PROTOCOL" \
    OTEL_EXPORTER_OTLP_ENDPOINT "$OTEL_ENDPOINT" OTEL_RESOURCE_ATTRIBUTES "$attributes"
  [[ -z $OTEL_PROMPTS ]] || printf '    "OTEL_LOG_USER_PROMPTS": "1",\n'
}

readonly TELEMETRY_OFF='if (.env.OTEL_RESOURCE_ATTRIBUTES // "" | startswith("databricks.cluster.id="))
  then .env |= del(.CLAUDE_CODE_ENABLE_TELEMETRY, .OTEL_METRICS_EXPORTER, .OTEL_LOGS_EXPORTER,
    .OTEL_EXPORTER_OTLP_PROTOCOL, .OTEL_EXPORTER_OTLP_ENDPOINT, .OTEL_RESOURCE_ATTRIBUTES,
    .OTEL_LOG_USER_PROMPTS) | del(.otelHeadersHelper) else . end'

write_workspace_env() {
  [[ -d $LIB_DIR ]] || mkdir -p "$LIB_DIR"
  if [[ -z $HOST ]]; then
    [[ ! -e $WORKSPACE_ENV ]] || rm -f "$WORKSPACE_ENV"
    return 0
  fi
  local lines="CA_WORKSPACE_HOST=$HOST"$'\n'"CA_ANTHROPIC_BASE_URL=$BASE_URL"$'\n'
  [[ -z $OTEL_ENDPOINT || -z $OTEL_SECRET ]] || lines+="CA_OTEL_HEADERS_SECRET=$OTEL_SECRET"$'\n'
  put_file "$WORKSPACE_ENV" 644 "$lines"
}

put_settings() {
  local file=$1 ours=$3 old='' merge='.[0] * .[1]'
  [[ -f $file ]] && { IFS= read -r -d '' old <"$file" || true; }
  if [[ -n $old && $old != "$ours" ]]; then
    if have_cmd jq && jq -e 'type == "object"' "$file" >/dev/null 2>&1; then
      [[ -z ${4-} ]] || merge="(.[0] | $4) * .[1]"
      # shellcheck disable=SC2016  # $ours is a jq variable
      [[ -n $HOST ]] || merge+=' | if .apiKeyHelper == $ours then del(.apiKeyHelper) else . end'
      ours=$(jq -s --arg ours "$BIN_DIR/claude-api-key-helper" "$merge" "$file" - <<<"$ours")$'\n'
    else
      cp -p "$file" "$file.bak"
      warn "settings: $file was not a JSON object (or jq is missing); kept a copy as $file.bak"
    fi
  fi
  put_file "$file" "$2" "$ours"
}

write_managed_settings() {
  local dir=${MANAGED_SETTINGS%/*}
  [[ -d $dir ]] || mkdir -p "$dir"
  chmod 755 "$dir"
  put_settings "$MANAGED_SETTINGS" 644 "$(render_settings managed)"$'\n' "$TELEMETRY_OFF"
}

write_settings() {
  local dir=$HOME/.claude
  write_workspace_env
  write_managed_settings
  umask 077
  [[ -d $dir ]] || mkdir -p "$dir"
  chmod 700 "$dir"
  put_settings "$dir/settings.json" 600 "$(render_settings)"$'\n'
  [[ -e $HOME/.claude.json ]] || put_file "$HOME/.claude.json" 600 $'{"hasCompletedOnboarding": true}\n'
  if [[ -z $HOST ]]; then
    record failed "DATABRICKS_HOST is not set: Claude Code is not pointed at the workspace"
    return 0
  fi
  record_write "$dir/settings.json and $MANAGED_SETTINGS (apiKeyHelper, model $MODEL, base URL $BASE_URL)"
}

install_helpers() {
  local name files=$WORK_DIR/helpers
  [[ -d $BIN_DIR && -d $LIB_DIR ]] || mkdir -p "$BIN_DIR" "$LIB_DIR"
  if ! { mkdir -p "$files" && helper_files "$files"; }; then
    record failed "cannot unpack the helper commands into $files (base64, gzip and tar needed)"
    return 0
  fi
  for name in defaults.sh lib.sh; do
    IFS= read -r -d '' REPLY <"$files/$name" || true
    put_file "$LIB_DIR/$name" 644 "$REPLY"
  done
  for name in "${HELPERS[@]}"; do
    IFS= read -r -d '' REPLY <"$files/$name" || true
    put_file "$BIN_DIR/$name" 755 "$REPLY"
  done
  [[ $(readlink "$BIN_DIR/check-coding-assistants" 2>/dev/null) == check-claude ]] ||
    ln -sfn check-claude "$BIN_DIR/check-coding-assistants"
  record_write "${#HELPERS[@]} commands in $BIN_DIR"
}

render_profile_block() {
  local dir
  printf '%s\n' "$PROFILE_BEGIN" \
    '# Written by install-claude.sh at every cluster start; edits inside this block are lost.'
  printf 'for _ca_d in'
  for dir in "${PY%/*}" "$BIN_DIR"; do printf ' %q' "$dir"; done
  cat <<'EOF'
 "$HOME/.local/bin"; do
  case ":$PATH:" in *":$_ca_d:"*) ;; *) PATH="$_ca_d:$PATH" ;; esac
done
EOF
  printf 'export PATH CLAUDE_SERVING_ENDPOINT=%q CLAUDE_MODEL=%q MLFLOW_TRACKING_URI=databricks\n' \
    "$ENDPOINT" "$MODEL"
  [[ -z $EXPERIMENT ]] || printf 'export MLFLOW_EXPERIMENT_NAME=%q\n' "$EXPERIMENT"
  # shellcheck disable=SC2016  # expanded by the login shell, not here
  [[ -z $HOST ]] || printf 'export DATABRICKS_HOST="${DATABRICKS_HOST:-%s}"\n' "$HOST"
  cat <<'EOF'
if [ -n "${DATABRICKS_HOST:-}" ]; then
  _ca_d=${DATABRICKS_HOST%/}
  case $_ca_d in *://*) ;; *) _ca_d=https://$_ca_d ;; esac
EOF
  # shellcheck disable=SC2016  # expanded by the login shell, not here
  printf '  export ANTHROPIC_BASE_URL="$_ca_d%s"\n' "$(base_url '')"
  cat <<'EOF'
fi
unset _ca_d
EOF
  printf '%s\n' "$PROFILE_END"
}

write_profile() {
  local rc=$HOME/.bashrc block=$WORK_DIR/profile-block new
  render_profile_block >"$block"
  [[ -e $rc ]] || : >"$rc"
  new=$(awk -v begin="$PROFILE_BEGIN" -v end="$PROFILE_END" -v block="$block" '
    function put(  l) { while ((getline l < block) > 0) print l; done = 1 }
    $0 == begin && !inside { inside = 1; held = $0; if (!done) put(); next }
    inside { held = held "\n" $0; if ($0 == end) { inside = 0; held = "" }; next }
    { print }
    END { if (inside) print held; if (!done) put() }
  ' "$rc"; printf x)
  put_file "$rc" keep "${new%x}"
  record_write "block in $rc"
}

# shellcheck disable=SC2034  # DEADLINE is read by timed and retry (core.sh)
write_status() {
  local name line lines='' failed=0 elapsed head
  elapsed=$(((${EPOCHREALTIME//[.,]/} - START_US) / 100000))
  for name in "${STEPS[@]}"; do
    line="$name"$'\tfailed\tdid not run; see '"$LOG_FILE"
    [[ -s $WORK_DIR/steps/$name ]] && IFS= read -r line <"$WORK_DIR/steps/$name"
    [[ $line != *$'\tfailed\t'* ]] || failed=$((failed + 1))
    lines+=$line$'\n'
  done
  printf -v head '# %s\n# finished %(%Y-%m-%dT%H:%M:%S%z)T in %d.%ds; %d of %d steps failed; log: %s\n' \
    'install-claude.sh status, read by check-claude. Lines: step<TAB>state<TAB>detail' \
    -1 $((elapsed / 10)) $((elapsed % 10)) "$failed" "${#STEPS[@]}" "$LOG_FILE"
  [[ -d ${STATUS_FILE%/*} ]] || mkdir -p "${STATUS_FILE%/*}"
  put_file "$STATUS_FILE" 644 "$head$lines"
  log "finished in $((elapsed / 10)).$((elapsed % 10))s; $failed failed step(s); run check-claude for details"
}

begin_run() {
  START_US=${EPOCHREALTIME//[.,]/} DEADLINE=$((EPOCHSECONDS + BUDGET))
  umask 022
  export HOME=${HOME:-/root}
  mkdir -p "$ROOT/tmp"
  WORK_DIR=$(mktemp -d "$ROOT/tmp/install-claude.XXXXXX") || die "cannot create a work directory"
  mkdir "$WORK_DIR/steps"
  trap 'rm -rf "$WORK_DIR"' EXIT
  trap on_error ERR
  PATH=$HOME/.local/bin:$PATH
}

main() {
  if [[ -n ${DB_IS_DRIVER:-} && ${DB_IS_DRIVER^^} != TRUE ]]; then
    log "worker node: nothing to install (users work on the driver)"
    return 0
  fi
  begin_run
  log "install-claude.sh starting on cluster ${DB_CLUSTER_ID:-unknown} as $(id -un)"
  load_config
  step settings write_settings
  step helpers install_helpers
  step profile write_profile
  if offline_enabled; then offline_install_software; else install_software; fi
  write_status
}

# --- helper commands, written by install_helpers (sources: init_scripts/src/) ---------

readonly HELPERS=(check-claude claude-api-key-helper claude-debug claude-otel-headers claude-refresh-token claude-token-status claude-tracing-disable claude-tracing-enable claude-tracing-status claude-vscode-check claude-vscode-config claude-vscode-env claude-vscode-setup git-workspace-check git-workspace-init git-workspace-setup-auth)

# helper_files DIR: write the helper library and every helper command into DIR. They are
# a gzip-compressed tar in base64, rendered by `make init-script` from init_scripts/src/
# (readable there, and on the node once installed), so the script stays under 64 KB.
helper_files() {
  base64 -d <<'HELPER' | tar -xzf - -C "$1"
H4sIAAAAAAACA+09e1/bRrb7tz/FRHFqiSA/CEm2pk5LA224TUIWSLu9QL3CFlg3tuRKMoQl7Ge/
5zXS6OEkfWVf9q8NtjTPM2fOe86M/XNvMU2TdjL50x/16cLn0eYm/YVP+e/Dx92e/s7Pe91e78Gf
VPdPn+CzSFIvhu7/9N/5uauSiT+djib+6A1/HZx5yUSNg8Q7m/qDw6cb3QebSt1Vse+N1dm1Sie+
Og+mfgLfvFQl0SIe+fA9SFQU+o2n28Od3W+2Xz8/Gu6+3Hm1v/fyaOCF6SSO5sHIfPtif2f3+WDs
pd5ZHIzeJO5o6i3GvptEYein7qb7yCx9sP/6aHeQ+PFlEF64fjieR0GYJmaR/aPd58NXB/tH+0/3
nw8maTrvzOMojc4W51iMXm8fHR3sfQ1NHQ5aedft0RTQwI/bwXiw8/Xw6fPXh0e7B8O9HVVTJvRm
vlnq5faLXXUVxW+SSTTnt0/3d/ZefjvcPjzcOzzafnl0OPxh/+C7w2f7r/KCXprCLHx/+Ma/rqkA
AwXw7e62cOg0+eH23vDb7aPdH7Z/HHiBe+Gl/pV3bQLg1Y9Hz/ZfDjr5oDvz63QShQ86Z0Eo37HC
i+ffPN//Yfhi7+Xw+92Dwz2o9KC92e4a717t4bNer93Dhy9fvRi+2n763fa3u4OvstV0vaAjizaK
xr5Z+2D/691BK5jNozhV/GcanLVnfurh6JSXqNnW5eBmnD06tl4C6KzT9jS68mPb6Y/bl36cBFGo
zqNYjVUQqlkb0DKNg7NFCs8T27ndCgfWbHoOdSwVnKv8e6gulT9NfP3ITd4EYXhtbc1jwBs7XL9s
X/j417Ich4D89Pn2653d4Yvtvw4PdgFLAEUe4HOYy/d7O7DQhz/sHT19hpgjRWHVdoevD3eHX+/u
HOw//U6VnwNwj3b/Wnn8zf7rlzsHP1aew8I/O9h/tfd0uP3D4Xvefru//+1zePN8//VOpdgLKPd8
t/JYMIdmSjsPJ7l3sPtiF7Bt0JJlfOA+lv032OhuPHK7G27v8/fuUVV6IvUeub2HH1Uvmi+SD9Xi
MtW+3Idcr9dzH3R/QW9c77Hb7bkbG+/pj/deBqbhy/2jvae7w53tHw8Hn9NmOQCoDp/vvdgDGDZb
QThfpCqN3vhh8m7v6NWLkxSJJW35uTfyT1qJMsuouR+rWRAuUh9IJ5PQuXftwmOXSqgZbKsptxJH
0UyFvj9O1LkPOwTo8c8LP0kTBUQ4CoEE256aBhcToFHKf+vHoyDx1xVsHU1psHOVLuIwcdaVp4A2
Xga4v/yxixt6cTHBoWnSylXVBFqEBqfBLEjVeQxjwMHsZDBT3mgULUKYku/NTsJokRow2K+HQaHQ
fyAQssm++8urQ/j/2TsYZBz4NNcaeOi3/yHTxwVdAKd+h3SbvuA/KgaGxd+oIZ7R9p76lhkZAoJ7
0PVP0tiD8SvhdEN8NhRYDaHQUGNNXCzCeGWWwDlroAPvJfFlHR+FKl6ECpgXChVekgB3Ae6W6PaU
N59Pr3lGGibv9BeeUPaLxp79dKf+pV61ujkiaGhIk2jqZ22XZ6yff2DWWbHff+bttRPg1jhTGTi2
5oUJIt84AnQKo1ShzHOSLm8Ler6C6oinWD2bLUAjhw23n2ypyvYobgcuprxYyEWxvbl3QZM+ZEGR
KPjXIOa82j56NugskrgzjUbeFOUhfPV87+vKK5BTOpW5ENvcfgnyz87wcPfoCKS1Q6nppyNTCurM
vBAGMXYTP02hkaT9fwlLXSDZHb3WtS69uL6nDvxJF9Th8/1vpXQ6m3eCMEjdZBQH81QYFYhKF43f
KP+jVPYHqn4fof9t9B52N4v6X/dx92Fvpf/9a+l/uNUAawN8zPtPE7FRNAOkH1cVwgbsAeUuIjUP
5v65F0wbxe6o5GCcmyAabWU1b77ePnw2PNx/ffB097h7eq+zdtsxyljq3TtgbkCLeqwb7R8Nmjd7
L/eO6Hvfbdqj8ZJm2u3sP0t99pmaX42V+8q5bRwfq6Y0pgYD1VGnp/hety9kZKDLNA2yInSk8E7T
lXzbF14blED2ebG27HvSPn6Eye1sH21/fbD39LtD0fFgkhW97xaLZyp380Y0gMPdg+9Rt9RvilX1
09tML8hr0s9icXp0W1QhaehVjZKmLpRy0Hy2/2K302ay1alQxm+2954fDroI7h+2D17C10YjemM7
6kaRunauWkpFbxR87iUnYQtWd83aUreNIDyPSsXwUbnYlReHpWL4qFgs67xp2/q7uq96joNNnHnj
Ugs46EoLPBNugb7nLST+CLXWQisnYXGgE+/SpwKypZR7Ce96lnoCO+CyEy6mU7Xx5LMelh0HfqGt
e0k/G81N9+7dtc6tJZU/29jiHQNvNvpu75Y6WyTAp4Z+HEdxTUPKTnwf/7ou7Ni5U9ew8TvvYwPb
nnkJrx8o5bC33FA1b3ruLWyrLZY+8s7W4ENN9/rd/iYOjfR2XcBehIAvTmsLZBdsOfbH3ijFthtK
EccGkSD0UZso7pSj/e92YaPcgpA8aNljbx4cd93PPff89Kb3aP32nX/9P8fb7v967t/h8dDlp/mT
Njxac1rQydUEhCa1983hgG1gbsw9AhmSqdFPnNo4aiCS4uO/qyYMCekIlMMCMDr80+lY+MKCPzfw
l+aMILBuqSp3huSIGh38QzVj3Xa5GaZwoJxuHz19dtw7vbVqHhodYBuhT93k4Od1xSYteEMFbhti
eRleMIrhcGyziq62IYjwDmh5DKT+e/g2IRiFgPZISakMDv+2MfKGkygpLt2kuGbP9g+BQCEk8MXk
Xge/CjQnCEj4FxpF296agHZClr6k3+k0Jw1zYji+idWgfjN5kqaT+DTAVtL5CTc6muZebYNij70P
Op051mQi3skqtv3w0oK9l+9DY6Yyuzf+9RD3ih8X5phcBeloAjwwTAa2A4+Rb8pDEFWbdTYmWm6s
cX9gW00uPOhaTraEMBzcM1jk+CtYeZWbhwABdoevD54PZI8yr9IyKuwDFwbq8kAFPpoiD4H3+8NF
PC3Bqb1mVdu31FpfrVkn9vFP1unaiWO11zonvQx8mvh/CGqxnwaxP/PDImaQ2gtI0Lt37+R4DXYx
6BCoaKBJFjRhfz6FVcFaUEOXpb93DYPObeVlcp2k/qztBe1bWQlsWJahYhjLdjTu/taglRGA2pGo
L774wmpCe5amAk3qlPcBVrEEaUdRCPBe+Fm5nrozUPnYNHIbjQ/yt80b43l5uuYWyPgBjhRRwajH
YwTgL4ARdvXWz570GqXFGZLMVliiyvzTaAyKHPyfUEMMqiqU1Bd2oWmiIQ7PNxsOtQWclKq7C3X/
3jflIsxb7iChxX6/UDTPjMfQBIFvIw1CCF95ieJOx6g6UuG+ekrbQj2FhSKhgMwwoLzHoLeCZpCu
K+TDpp6pZqjTpqBNsyIMG2dLoaTLO2zIa26bUpQD01Em9KnR2KceWIZm74K5KoifAS4MwBNFCjsH
hjvOFvX+vcRRriq9I4jwSwek2T8/2ux2HaQ9to3NqSdqqWnTQTAzL0IZSQMvgM175lcAqOyAvkGb
+I/T15TtlwDjzIeN6NOiCUEScAyDsWCcFiIK7pk+SRQoqN+UCH+hGIgUDFGkOMok/7APz4OLk/QY
eD6QsLS9Jh0PkKoppGolokaSe5mkXcBkUFRbhG/C6CrkKbDfYSistLhxQNdXlzKrt8wBfpSZZNuG
ytBmsbiApdwRj8L0shTG4mALAqpLadAfTSKodmmZw5LhwA5CkVPxQxHNDNlTP/enIsfBYG9oMKRO
8es6oU6kxXJRLdxpIoNCHQ8rCIEgzKOkAKc50v+7ltaNLJEGmnPS0Q6wPAkFxu/OmvHkB829s3en
p9wdGgoLXS2KgshrUJtYEJGJgwCyEIASxHKqaxCbBdMrbRYdLeIY0NsloyfwC9cVyzfqPSUUKvBa
rEDesKUc1hSzNJ0o7oCFrHcaeyOgUEXeyus2BzIWj5BF0m8YfIYfRGpBw9DuM7LznUeLcLylQMYH
FPEToAnphIjXi+doTUyDGZkl8QkaqxQbq1iRIO4hdivHEtQfq+bRAUpeO3sHwvEMpURZYaSSxQiN
ETEoT1F83TcqYCMFoRymA+xXEA3hAezjZn599+TuHY04+BP1FcQOdoeu4YoiWkNtHgFWI7xFUhGP
ACoWvKTNV3VoLtJgis7MhfgVF+3zIBwPk7k/srUz0mlHcXARhE6rsFUFBucwKuiGNonQTDIjjqZB
OxsTrQT5Bl48p+WYeGh6VS1vkUbT6EKobUvZ7B0oquT3CeAF04th3uk9fIAvC65fWWCy9ZvmmZxi
/N/PCDgmfD+/VZZo/WqgTgokau/liUWKop6j0MM2gtQAh7GLBGn9TCqF6l/VMUYYiwwAthb8l6GJ
2V8VppZQKzJOudR4qXKOY0KvzKLF1zSQDOtUcT144GQv+Z+/DPdfH2DUgX+uokUMOrbd1pS201EW
KlFphN7t8AJ2H4mIHkj3Go1KTYO8BDukXKhtzLY9iaI3CagMrcaype/2HuHSN0ez8TrQtziAf0my
ReserHBm7pMZ7L7c/vr5Lm0PmQ/qxzijxRxIVmo3JyAAEIrAkKR/BrbNw4GJzby5jQDAScJe8d/a
abzwQeoAlG4GtMzvsI1mgLuUyCO10Oal4HaOm8Gpuj9AfRDEMnmDX7eggZv0eg6SnSXgtdY1S+vT
VG+pJ0Tmd9IaLMBA3dxmv9uHKN3hw+PThgzHC69t4+0x8LzCLHEd8zL4mibp0IR4Akbb7wYEhxxs
jjk7LgPTO76h33113Jyc3p7iBHnYqP7lg4ZfbdlwImghirLVD1dsB7alhVC29GxwsUktsYrANVrC
Jr7DNl4f7EF9qqH7xxYIUd7fxO5fX+0e7LGAiVEyA6kFBM2f2ktK7u042E9LcG5n77AO6WAEdrZ4
AAbEJloPBJ0gHYG+Buq1CKrxk4sk/hSoAeEpNAzML1sggQGjqRSzC81xedyeOdJP/fACmOUTBVK4
k+O4ObgBYhuPhaCTvyp1XfjxLttuaKDQc0H0gJlQO+9FjHVVt9zrMsHa1VlXS5bXkTlh5wNCzXwy
8KwCwOo8BFzlyvTUrP5higYSSKI8k4YJOhnWeAObbNlQhEhIHXxBcv8D++qO3lg8XCs6P7f0EllR
iCbROWiIqOX01Ymdt1feGtB37cu9HeIOO8yEld11kNakhbYKOxVL2yIlCOuGKsw+7yu7jpJ9+ZGk
TOZoyfRA2Ii0PEIYjMUdCxdIdnCFk5e0oJj80SQOD1o3ty2MDFFAZwatFllY8C8Q7AEzN2Q1QTwQ
907OhA1HjmEg6JGUAFjRhEpLXA+ZdA8rTiMpmA5oWE0bZEp8Z5UbV4hdrq9ayG2IEEZn/wfUwGqV
rfVsF8LmyHd1o1UyMZ73pfOAveme+p9DEKS4sS2gHOcpoiTI00EidvZcfbrVstDIgyVhG3uAw3dd
9iM7mUHaz+aIAANIw9xwBjHrlNnesIzh0pyxKCI2rTe1IejE0xAFg2xoAGqYDVTIVG61tUWjkT1a
O5yiVUcZY3NRQAhTtZGNUdhBZZCFhUFRH1EJdiehFfdxo+IZytskyNGSGnYBHueaYxjhbbt51yGL
q0C3h3N0XZzwG3TaA6Y6hK5NWJNkEsBCbW1BgXzPu4jFDuNyoZCfeCP5aVjlyZoFavfr77WdEJDf
WlxSrEau2NRDyHW9+AJrwOzw35IoigYrF3eoJSWRn1vI1fUDYs3aTqnhzYTu/eCevcGt7M4ZssZ2
s8yiDGGceKPqf0CUUU9kWXLF1R/CwDTV4B0PNA7UuhrK13dz1ftWZeRh0Kiup6gZek3ppzsBki++
LtZCxZ/V5YErtK29qyy/tkttsCmqrMFC+6yReQqGCAhnTMLAB25/zSlWFnOSiuboOISN1bN02TVH
WyXeq0AjJo5Sf4wcYwbKBUZo59p0NhwEU7On25YlUjy63DJslL3Jvvfd9i2vF/Q1BV1kuLnxedGI
g7FngACwCKDKnwdv2Y6A64IhSSlS3zDC1Zh56WhScLg1WydpbnSvtJStJZNxmAL6y3SxzCzF/VlN
qkfU9i0xjTNo+I2ocDhHRvJiWKeVD3NRGmYZh6kbQd55HJ35Q9ChcTWKbE+ipyhiWskvZGqLeIqg
cK/ILXyDXi3S44B+ue4IQ1lHqYs2FqRsD+HZzHtLv1Wvq9xn6itXnTAePVOtp6AYIv05Ik0Ig7mC
kYdY1ME93CIj8c2JxbGFVh909o0Tax0eeG8ligye9vCBTAF+HqObibsAvO5c9jr6JZOH7UU6ieLg
7x5j69c+aJGxaj6omPZxVoBDPHVggbDKYes2Y2L4mnflZrcLW26j23XQ+2+RqUm6VHGE8W3cRkKO
nOYGcSgJK10k/tiR/QIo6bAnAJtgkzRw2zysDXaIzYWuFVnBDGRGRs3d3KOBrt1aul3aKbeNf+f4
H9Mu98+J/+ptbmxuls//bHQfruK/Pkn81x0KfcTzIagCYexXbZBWu70kXJEDCClwywbOIkKEjTR7
GoRvUOCyml3YMk7nA22YgV3ExYRsAuEC+tLa3f+mxc/7BWuyOnYnp43GU3yUiPEZ2p1OiQ6tK4yk
Wi+4+bQSsI5e9CCOQnJC2UI4MHQFSMd6Q1Qbcv+xjMu+QHifFKNUOfb6auKnGCed0ZhWouTAUuY7
bMD8KF4b2xmN/LnExHJsqw2UPNG82mk3dhEYLMf3QQ5BmF4rG91yZBaFOUZXOFQQrpJoBr1jVxIf
HrylAW+wQKBIIIAW978hBmUoC++XfFSr5eCfZbIJyGcL1m5ZOmGaqIOdlLVnrIXV0NZjXrlM10Li
LosJ1Je/uK4+/rMkfIDUYCiee6sy74LpruLIsyzqV+zBpqZHjEEeBxQg/w+jgjoDdot6GYwEUakP
4hgslQdwvuJ9gpYeEND7qo0VcQfFIxxD4lcbx4YEPZHnoGckd5fQQqszH/0vVgPEEplFrHLXoznw
ZXIS7UFsDWQ9P/WCaTkwiQqwHliJRNBmvdZdwKEwgBmOW2tSmGLrLNO307zB8nehcOvWqmkjq1ro
R8Q1HiKUw9BQAEcmsBHQqBtqCnCL56HN8YgvhdfU0rpRzJDpTL+tXhX2bIOwYALezgs6/YoXiz0u
Kali+qBGCLucFirHd0QReKRPrFll/MsDcixZFQaG1W8SdlkIjzX4Ne5bazlEcMbNsaIzloSGGhTi
ox9r5MqwFMdpIiTBhCT5fLCHQggtjWljVYjUNJFtBjIqAgr9YPe8bGLaG5FNpDnDGTwGya04+EK7
MFikkFisNJHaYs3ZuspUGa4Dk8k3yLkyA47eO2ozMKk86EeVQZut6sE8qoy5rlRhyI/0kMv+szv4
15/N0+v3xEyZm6LcFy75pTcNxmQ00p1wbBdO3fQqe/PgO//6Gcd9fWTsVg4ipKXcbhFGZqt9XUQD
iMZsllCzANg+cCnYIDh2/60/WqRoGYK6N1y574aAprd6MtrFlwegURRJGWBo04LhEONNyGEXhKpg
7lP2GWjuFzGqacS7ocRoCng2dorkurKgPOYqTRgD3HEWHEayiH1TzCgRht1c1LAaGAfJ7nb85jTy
KFn8XQRwKTxyQEUKAC6V0HgBky+GN4nTGGP8FMbvEYCNAN264FljL5UGQ0VgEigvYcRN6Y2l+fCy
cAlmJuVqOHiK+GVoF3AnE7yMGIunz/eUiAx8QEjbPYtLCtOu9IRSAzwvNlbTrVB+Eq7SSBRZWl1Q
2cub7PcJkzQxAu0CpVWoifWkYnYB301BCJe3WqtmgeuarplTAbjV98Yq4k4sIahxAK0gMiFNB7pw
iTvXOAv9am/43e6P5pPXR894DYWFilhzc+eyn5nhhDZf5hgKr0F1x6HhmEis997goczYH/ljH0X4
6FLkdxMBtngqKoCNSwyUMXfJ+QpyLekfyox7G2QhppZBF14gwYKGfUBiICDuNozODzFQOBfvzMjT
Sy9m7cKYe6gDTTGWBQGBTRzzs9MMIoYIZr4f9GTpm9D0gB9apHZVoj8x0IFeC51leFCMWmETnNj5
YmFE/fB0jeYNyF+7GQYnGx8KG36n0M1mWN0KkNUmuAzAjgnh52w4vzQDnHRcXrbT/s4Rc0WtQFTA
iuCuw7Z/lC2Wx8tTpF0hSu8FiXrGFpNGoTtb+06WRe2YuyyvhlLgdEyY6oWlWn2tq3LEJg4bWZ1W
J2aFIC+Dy0iQSR4oMSsKOaTUFsqUJE7mJjnUj3gYlslg6n2fJhUSANUVGzTrnxfHucS9mtMjzSt4
eK4fovAhCxCkPAtyPYwHRI3OWYwvYKbVfPXDTr1PUUv1IrVgwNb7/MdW85xEF+7x/sBS8ECoTAY3
flmEkV7lTPRApOxLUQ0SJlSZgw7Q5hz4sR/7y8BwPA7iU2X/g+ypHAQ9jyN0RDrl9d0Vi4bVuEoY
qTJziEMixqB5Azyp7y5hPLcNCcxfxj95I//GMwZOoxD+z6fZ5BRbvvGvksrOB8EgN+8Ag4jiMSrs
ZVELY8qZO1zhypQFxNgLnaIMduGnJISRrJJtcOEoRjlQF0GMbZKsRnGWTOCbQvqjcHpN46b2MguS
RYHz8IVXJD+QAuDCpqxyBGIOA7ZAFRzgmZbM77KT/yZzXFdJhPOZBpcS5FkrjqkEI8SvJtcOh0do
tUsfjygefTDGwJAxjokX4ZBiTKi2GM1V6xBKoE0mamX93BGTEyBjZW7kdDEl/MJMdCQHuwvJaZG7
aSKVIxz6bH6LxwYdKldJB+Da2Wh3O5UsRx3Ndt/jZuH1dwzX5pd9w5WiVLefOVLKVkm9EGKcxNj+
qyU2ytwD2d/s9sSrgqVj/xxdLqY1Ewv0UQvmEwOxBBHHbDzJttcWpyJgpIFmYj+ZyGH/KDbFcw9m
rqbRRVAcxQMn27KAkLSUEdloZFY2Fumr62hBZF493X6p/vJ69+BHtuN4eb6LQrObebMVeKHZaazb
F3DZWIXlXVM2QZUBhSTuiACcdbPx5/5a3os4BmmbYYO47YH3kE3YFjRyTA8w2xajxVS0UNp9pUE9
Ozp6BZwXEUH06ryJzNGLW5FQ5c4AvW1aXiy7MTMikouBzYzssEGmYZxsHSPvAK4yszHZCPwUwzX8
zKQ1OiMr8hKduLUaxtlZIAx4auVPq88f5/+rOxX4afP/PXr4+EHJ/9d7/HBj5f/7Z/n/KlkbZv6g
Fk+KjqSG6Uha4rerbaVhCj7ACxJmEEVrRtGOaNEhsgvU481ERESN+o2KMYqlM2hvnQXjv5W5ClX8
W1vtpeoC+L/plEPmjeJWg9qosXXYCVDemb+uyHaHXBNPh5ChoeglzMRIyaKIkmJDJEUg9B/KQVM8
jAwyIHobrzBfEAiczH7lTI7XAELv0gHy2PcAeDQxb5pEeTkyLiBjis5NARV9lnSAD2GAPIl6aVCi
KFQ57SW579aVZLuDL5Lfbl21222HfRZt1ayx9DVIYiBZloBbY8hk4Tpip5ZkGMkhantaNsVEVTLW
/HWIKoy6iHguOkWlQ9DQgIAXxLNotipFASL0pluNWiF2El0ZqFFx0FJDGG3F79Evq8Uikn704w2o
M0a8oiBl3aeidFklZ60SVyx8Aa7NztgGhSlKECn6v9iOhSKEeGMle4PsRYoa1S1tcEvE+3lw4mY3
0z/QC7F3ThCjcbClpF+817Ijxhw02Cv0hYeIEWZh+ahdT85jLTBg6ydQ7vqd07V+p+Mc/wRfvrLb
a05THIeLQU2iA8xn8FXp8cYpeSDxIN+i0zk+7o/CFPTP09POl7eV03E3iz7Jw7cYr5UAatWmJtDD
pKQDOL4lSQekDE2FE0ic5okk7rddmhtM7cu7pyC2ySnCQXVa+pTaZH39lg+N32TIDI8sPr4oOhuA
11SVDHQwV49xW2+TIo6j9qRq8LyELyDWAT0a/OrwjnxDFpT95bkXsJWPS7zgUOKefMPjEuiVMVJ5
uKf37T5m/zi973zZ5DWkE+qI/r9I1xe/ynJt32qI7aPW6NEQiw6p9TrymQdRb0SX/kjLLpxUJ6kf
jQRqW6djxXRqr/bWqU6R8eQQshp8FnFAQyDo0Vh+Ge7qNqoITJHX9JbxN++4AvU6Tgr4geQCA4Kp
EctxNBSWz+gXhSuVk01hqUJyKRPT8sPUN3VJOjJngzGrkRdSlABiaKXxxkdm/oD2Lr3pAtHoDhfn
s8j6If0FgpDH/dMTonoEFKR6FNvTU2w4hz/XPh5EQos3n6Tk8Tb1cJA1LkGzxA9NvT4XC5QWCz6A
dEa0JJk2qfKg1Wpox001BYzsjow0Fz2MWIjCxbil8qsPOTXFTcJzMGhoOaK34tPM2TGb043gI0Oi
rCRrkua1ZQ4FbXdRkXaKj1hGqpVTSwfJgcszgAyAF+glB3MXQgFGI9Dph2LR+chD5oZBumorLIMu
swsYAgybCGrWPFsYWFFzYYpbqwIcjJTCOLg0qsDSpCTYGBCSDxFGg4Git7gi6JQcmTwEHfpVa6XS
K2MuDHJWkY3+lfT/sX+2uPgn5f/f7G48qsT/rvL/r+J/3xP/a2CtOgaS9Hzv5e7haaPxCslQUogP
Xtfe2WRdZ9lR594oTSgMAajL1L+EUZixwOuGes6an84BNPVgP1NnyhbOrja7DmVmQ/daLhMCBeBm
6iKPG7q9LPpBnYHW8aatjjgIGUMBOBCZNVefzkrG0PkmTM6LYfwwqWUK6JKwXxrkYLPbqDkPVTgN
9aGzUG7osKKCp55QdGTZull3BAkWR5+AChezM4oN44GUDkB9bIRxfoiMzyeRRGFk2clC7FAbFY8p
JW6go5iF/GNkC2K6bxcc/OztxOOVN5TeQadQM9CKDgZpZ+j3gmFWpohFsB76U9B6Xh3sHh39yB5t
0ncogXCUuIiIuAhFVSeNMSqzZYHiDzxtQdvLjR0n7wnxR/fVJIFccnHkRXjEfRmMjqsuB1obbWJg
a9ZmVgGf1hefz/qqWnw+qy19EaQ1peFpbemcs/aN0ga/ravEuV1kwpxdqWmkUTJCyz/rGdU4wEHD
qRIrQvQJC7ZK2NJyCtjwNM/lpeHPZCfAwAq7kN7KUZTrHJ8HgCML2FlqElFQM4bCwsa8wkqvftgp
dFGIJuQ8dhQ2RfHw8wuUEf0sMdWuav2UR+S8Ywveu1yWeccxCu/kbO27na+dYUtyOpbPS15qd+Ia
CUBrUGztu90f6e/h7lNAbvr6avvwEJT7HdjUOv9UORDL9GTlZehdyUEl5w+NMwX1QduWMItSpq7P
epXKRJyJljeZcvO/tmTfpZYwkhw3LSfHTMRJBW+rbeo4ahmNBCWUxmOEKhRrv4ojOglNHEDZGUsQ
pGLK0fnprnry5ElNxnZ42uys4/svvvii5j08bbJdhWOrJdqOh3GrqSKnVW2IrL7yi/2X+f+i1J+6
yBmB0n1q+f/BxuPHZf/fw153Jf//F8v/v9KxaKKxVgbWMXsGOrqMtBosmUtBLbbvz/3wCISwmU92
8Wg6pWPy7HPCGGFyDLI43xBfWarLg+Q+8a8pb1rtFSlA7WO/kOpTPFo2jnkoQxlysfXGVRzgjS0K
swAOvidzX/7VWWf7YtZPbtAg91/RnYcyNBtsMAAFY/oaaDfmQHcZFtpYyVem+yVHAV8WgqqKdqGJ
2wo9dhXdQ0Mz00F6CuNN6Ey2dJMHK9LNMphIkM2llFjUw5OMori81/n1kXoCSQ/cc8XxQJfBPdvd
3gFRechyy6/K/OzURD9qI79MGo2NocQYZrn8ACYaXhXY1KKEUzp0xl4Guy53s9NYFgJ4g0WWR2SW
ogNLxj5z7LnTFebVV+8L+LMa1RQH5x8dH+e66OM/4RQysJtcaMIPKVbJSkbRHK3hDKB7mO3PqimG
9+vpQpyr/qRRCbjDl0kH+vqYGDs2SxIsTHO/sZ/02mexXDZdlkPrR9lASUE9APzDZcX7bGgyX4LI
JzZ+Sc3TatNvzOpEx8RanKOCQYopA3FFH22ijlhIAwtrxQ2JkR3zwVJDhXySlfHC8Pg0mgTrcetW
AwczCiVPzCUdFZhi0qsW6AOgJ8ynQWpb65T7zMielvoJPB6gEwejyeYpYLdt/XRykqzZX37x5snx
T4PT+186+HsgDy+ftNf4SdOiRGnc4I3dfuP0VfuS8rx54zHn6mqtBNXfSf4rhF1+Yvlv49HGw0r8
V3dzJf+t5L9fKv8V0LjR+CaCodceGQRZ5txHvydIOVhD7W/n7jW71uvWcN1zbE93AsIKJyIqiluF
o4N8zo0ODCZttU3SUjCqiU8z5SBqHcQAPqghedJRWEJJjDPGS/YBn0Kda/JE6CaYjOcnF+k5SmZ8
4r7WTvw7CF0ff6aUDT91h0DR3Wa/53QpsANP4KnDqijQSqfKa+fmt71zfCRx6CA7R5R3INBJ+EUS
IZFUn/RDcKHTsYo6sMSMK+TiaxddwqWzrrnI5Afk0qxMNJR82SX0xLiwS1giPJQDAlR8kQzsZf5f
p3KaWF+YwkeJcRDYwv2BnXmK6Qix0+A0ckbfmOoIivKNIiV8L5/HW1atIENqSfRXeJ9J0KG8cOWA
n1qptN5Tzni+hYuF5lHvwguWeWubNwiV/v3Ma4v/3mq/MIOAG82wUuTBrYKPh6IKEblSEuxC/22q
d56yew/xrlO5VxPPR9DXKyYTtLf9sdX49PzfFN0/uf2n9+BRxf7z6PGK/6/4/y/l/yYaNxqHFK57
hXy0xKR5HxtJ7u1mXWhHlTI7643cLYvbu+qUzS+Myc0yxJGYP6GFpsKxdXymSfe1AeWPYtLvtSBI
EOP77QUcP+xN33PY8LOeKt1OouuAYvoLTirKeUGpTOG4Osp1rXJ2E+9HonJ3a88b9NVtMTMCwx7G
Jt848rZGcrHK2RJ4c/SrfN1myWTLlMWyMHdWvEl2A1w0c5AFiVM3tCW91rM8m4IOQIjQXSM32qo/
X3fOAnKQFvJNLetXAqHK7C8fcbY+d967PtqA9GtiqmicucBjWN3el0MlK9aXtwQkWhH6SSZeOUob
CHlwCjlWamOE++rXxAhL9qLfPdNFVWpmRysn9Nb0B73WKE2R0VvPtZjYwhBmKOUKSU1yHJwFmEXq
y/nQc7Rke+E1CjNWWThbmWf+Xew/Og+ApOn+pPJfb+Nh2f6zAQLgSv5bxf99IP6vhLXqeGfv4LTR
OPBnkT7DJ1lTdA4MpI+LOR7Aq0+AgVQZc2nr4D7ykjXkIq88c7bTl4aBf2dXHzCZTbOUH2sKZA7K
JwktLrmBwL5CzvO32it+8qz5fwOOQ1PaYk6lw87prCRxMT7/JoPi+HrODoMwmAdh6I+VBJhV84pK
L+MPGIZKWdn5cqP8hrF8uLlOTr/J+iRluHmtVOunmJaEjkawUJQo0YQposm48GtFrv9o+s/b4BPb
/3sPehX7/+NV/PeK/n8s/dfZi4qXM+CNC6eaJ2A6qix6QwdjV6lNhfarCu3fUpQeqVFMjyRh2prf
5FeAqCVpq/oUa+EnNYyEosPLTAQPuSxjI2j0ruchf1PkeLaRbTQ+wDbUB9iGEhheRHqyxkHsXFlz
1CKcAmhLV2WAWtdo1l1YxGEw+kQZplrx46wvbz73PTGQenrFMA9LNfadkeBXMbGPyU+WMbXlGca0
4mebUT4JapWogFOqIiPfoVNingVg6fuN8NKQ6o0y8HpJLrRslASNj+C84Ucw3uItVku6pmzc+aBX
vPrfkv//IR6AD/H/7mZF/+s+Xvn/V/z/Y/m/hJwJq8/M/sRQfgeO7zTwOJZkYUyzO+/sPAjzV3Dm
hr6h7W8UPUZGWHYd6JGjfKApOPopOEm+TcwMJYKG2Sv3oW+7FcC0s0NoKFaAiAG/666VwHw1zDll
qJIPbz07sAY8HUdJYhY6RgpDApCc+Tpk9eO5LnOiZck+lzJjm3z0zq2qESYGJgcqcFdBkRzDABSD
nMV9GI4NhvugafOhGi/YVS169s5/i0nyALHe0RQxy/g7Bg1ls4guyuGjfNgi82XLirKMIX4dBg6m
QVN10NaBumiNvxopd8rucm7Jchj2dKrFBoEMuTkMYys7wti3Gvp4y4NCTQzUW2C2/J77oNv9lzqp
vPr8gfz/MsFgWZdI/qf2/288elTx/2+u9P+V/3+Z/7+Ua6IoE5iYbOFltXJjnXE/FBpTU5AGgjFl
P/PU94csHwDJfLqIk1wh0q2uG3dGYQuv6Hxp1nbl6Pjezq5oslkwgCmH+G+BdCd0OxW+Oqds3u2s
ud/92ifrdwrqq9zdZN7cVLqYxrz4yEgTruzC3V1yz17iFC6jWHKfC/VWd5y+Xyhf9tuW3uXdvNVn
gwsd8NqixcWP57Gf0uFcPjlcatg43iOVUAfWRaEfRoEEk/lXbgQSPOUiVn7zDeGffkyXz8rFPGNJ
viSN3h/YVnNsOXJ9LN6Hbjdv7spbDMVzzPzuOUb26X4ALrV2eltMnw6zqtsMhMnXlD6dgyX5xjO7
uOdgORbzfCWzk8jfZrNbk4l1sh2QdDydv0pEMJfaWrNU+QYciUKo3Uj5Yez35NTOSxez+TM9mMIe
45tWMTWa4CeZygK2h+m8aVmsBAiYQThE8TnhlPA63QDDEq1jcjFy5wAL9SmktPODtpp1XgM0ks4X
19HiSUfZF0HqZhY1F4MGBJZ/ZEbcEtWkQ0ifmP/3HnQr9n8svuL/K/7/6/k/YbIpAEhqGE8J6S0p
6kkYzOf62qEqZTfYAQe+ZO1m6TuJvZF/9jwIgRcLCdECgIS3iRE+Wcrul+Rw+V14OJtSUCOnvCac
JqMt1o+9fIqvvHRi9ZXOmLFuFNbTbYMGG1x6qW+mouiDkgrUl8pnBXE6F3jX7hiPUrYBKxZvoeSN
LAvKDNDVSfMG3vaRT9wa9+X1JfdKX95jccrzibdO40RWKtzvSP8Bwn9AHx+i//C2TP97j3sr+r+i
/7+e/tOh7QrxJ7cm0DZ95P/9dJ78eCAB4pFkNJ4GZ7EXB37ifJh29+Sui0X4xxDykvpins1+n1bS
KKdplMcrOrii/5kG98ntfw+61fwvm6v4zxX9/w30nzB5CQdIUn9O6UzoJm+Kgs8ytIU19g9KqnLA
RsPDw2f/HMmdBzgop48zRPrqwKPi7Nb5fst8Jo3Gfoj3IpFWMl8Qz9spnkTttjcefU7niP0rbGEa
XVyw41TfqJAfwejD/Hpt89xGkkwUrQSsHmFG/s7Nglw17Js38q3vfiHf3GD85JavyLI9NfbHwQj1
iGy5YII7Xx+o3uN29/4WHbocU6bJZ3ioA2AYX+Mw/9Fpw0A6rBIiAm20ldxLT/hgCURchIllmIls
geOEDxWfLYIp2o0w/86Cs+Dpui7U7AP42TgGfeII2m1AFVT/RpMoSmom327shaZF+gr0xugKwfig
TemI8Hg6X/UIggT8+wtsR2pGl0LgfRdbJIywDaoNjW+21XIjZ9moh1RhznsnSDktX62qrQt9QL/m
zRSkuAwPcRkKpjW9i9t11nxMtjRFx76XGne2tVda4G/5FBHnn+L/e7D5cKPC/zdW/H/F/z/+/G8N
GutwIMPxd0EXJQEVDDCsB/Wij4n+6ZM9H90A5DFkOtpA9rpI+UlGlTmAZ0q3KC5CNPVhlAYyAC+8
kCNz/JSjRecLOhpqezoJXYOSklJqkmqgDvKrvE26aIrq1zkCPYwOQWfGemODuvLKs//wbUPuMhGF
3SRFAQWzSasvBqrnOJUc0Bg+OqIxA1tC1ox54TIAW400mmNcDWYAforHFnt9t31rwWAv3bkXJygk
YDZ/F8pN/Ut/Wsl1Rbqv1DNua8bFKc/bUhsSXJM/6+ORxblV9eng08z5xF6dAhYUxKVvg1S4deKw
q6eGK6d8jpScQvXM3DhOewP93yUl/WB//8i6xXO1Rq3CyVrtv0srokLfzDrYSvC4zxsE0lUw98cc
Wk1oFs2TLcIowMXU55O2Z7EXjibm4iBIVHI9O4umwQiPE/PixPD6Z4UZ9WhBpF523w39LJxXHfup
N0Lkxzr9bFfMvLFPmW/kdgcEWBhJe1ZDNlJ1QBze5bpzPNGMLmXzQLDefhVwFYKnpJTl1GxdG5YU
5fglvTIA8jwlG11Miwa1Md1gJ0sErjot7Z1ETybMq4ZIlE5iZ6DLhg7vFvMkBQo7q8DB3DLe2Rn+
pCX6WbW+utG1bluFDWTc4uHhBGobRZpGWfsWQBvNttptXMAW3ypDXmhqJHM+C6DpoawyhqRF+dQM
QgiL3dQta8c0XU0vRQFr60sCyIy7eqVPqTShM9kZzIhZMJ67C7nKSI8lv8iUfK50I+l/9i2kVRL1
ye3/jzceVu7/3Oyt8r/8N8t/H4j/rmGsxyyUJKfq+PXBc5T7gH0Azad7xaJ4nRVP1w39q3U1guFx
CgPJd5nLAg6dtWosYc5f4PyerEtSGUyQm6AYSHeGG1y2rbYxccI55XYidbUh6qrkelqElI4qU3zb
dKvGujaT0IEapbTyT8+KYqohyNFbaA1milTYXWAzlGX09eHuAdHD7JwWPc5bMrPeYGG5HrUm7w02
PF6nM74xe7r5aicPzR1ejFlaZbBGgokqELF/DUVs8gybFDrNk5YfQN9HU8p+I3l4ONGOvKWoPUyB
Z4DBnhHXZ0ZL65zzXV7vah1jrNgbrA8OKsBBkWmEfNy+wjQYtJh6ESn9aYIpMUK5WjYFnNaSZ76s
2No1toaXr2UfTrUMbW5RTLc+3cYJWnPLRuMllTPChyi4AJiYX7j6qlYC1ckJ3/j+HLcLyn1QsOFd
edd54ujMMJhExBV1cAK+RPzG0UV488zFhHNXGz2o13s1RwkoVJFumtWCJaZE8ab8hpp1lh7Ro9Qv
fGGqPjewiDFVEOE4/kX8wb+AhfhHxEws4F8NugjTQbfBt2N2JV4On/V+hytv6D2Ow+HR0O03hRts
QJx4J1vP4ZHWlBlTGRi/Q5OoKXFGJXhqjp5iTTlEcYcm3pMnAdU0MNfh2cvra3oNqMiP9cw+Usuj
izok/wwmcq6562cWxT6fH0UFD+gRSGa4gM3esnt75oCJc7p3Vd1V/EN9v32gjnb/epTdxMrZjukm
OBSvY+XOgads9JUlr3AgeMth7htwL/kyWrnuVfIl8+WpIKEmbxxH3+6YTwce2PYdhKpjXAlIY8IS
1kFOOJCraBKlbOIh/WVUhu7xEGk+Bxytm74PT97A4ybWBYmzVwdfvJoamo8L4yAKSchgmW1hOiuz
LbxK12zLoznQ5YVEK/23QAwwSNJD+kp35mktBCBEPEYymfMcRLyXrQDP7nUAP+Un/rl7d+240z8t
PrzXBjJzawbhQuPIUgz9pro+1DvPQdaDxYxvcvZowFiXXgK9Ak+VHS21uSomrwLdmgAov9vFX+3a
i66Ydc8WCeVx9RRFNpvdmXiQ6AsOhVCgW4cIRy0AdPEcAPTE+qHE2P32RRsdOl8BY57Np34bCLqz
rFtj7CO655PuRwTBj11CRaGhr+YenemmJigouJC6C6UHi7Kiw2TEYFFh/9R/h+BYG0ILlXNzC9l0
squM8V1fW11+LfdTGfdr/B7cT8GsYJ3zReB36w1ahvdKkBxbInIYxpNsCClo3sBECzafQcXmw/nn
9U1dKSY1wy0k0sdvMP/w9ZSwLJn+jytSMCoEicsWMJK/XRJGlt13Krc6ydi0DFA2yG2ZKYrHUTGh
LkDkDl5lRY3I7aD2FPBwWwbnmNEvVAoqo/lVcp4hRIg8b2kvnM40wPvVaszeYC1iKQh7vkZAtyh5
mYWy5wWYjxRZBU6LVBH3Z2TieN0C8e6+i5LpraXBqdvOyuuj+dl1YdTbuE47oaN82Iq2IxHeEhfK
urufSdTaBAJY5LrwC6h07Si4AZ0rl5JCICPF6E6zb9RaipoX+XZdys5H8jnZrgQx/bd4XGDMQPvq
L3Trrvh8VdlhKaqmHNxl/55hFrr2MUHhyln3h9t/8vX8hPafh5sV+8/Gw4er838r+89H2n8MKuQC
o0pJzcHQE63RYRqA/Rcvtl/u5GaiBqlQWLrwAT4Yk/AGHBtPAilOVq5zq+ZH/knj31KTYDzWRoD0
GjiqtkCUPkC3/9FB4dcF6j5G1xwoycqeYcBO91G36xDZnaTpnExWCY0O51D4aA0DGMMY9kjvc8wO
JG1jYRvYklgPOOsnqUOUlG6+OJsGIzXxpufUdgkudA2l8OZ8hHJoYV2RRNMaoccGU9XwnT2DjT//
udttcXPo1qMUqPJBWYlTrWbWJmh7sjgjmZTqoDRYMHeRbElPaBk4WbJx83yhKWe5qYaFP3SIRuP1
j7DSfEN2PDLiRWGNuKTFyXqpqS+g4zHCKuKagKzXAOEBZSd4zH5h5J8UMsUJVSV3qk78XjGmmLdl
fSCnEaIRWkF4uegbpsjNAa40rPHZH2kmwR3lKBoP7i15CLgpDxFL5SEPVp4LOsoE6qwddLcBz6vu
tZ6gk0+1ptj7LSS/6QriXJ+lTa3tCaTKZTKiacHAWyRwm2FIG+07wvaes5T6bOCexhg1wrAHWLCy
Vb9UlhoZ9hBevRHSiF5hXbA1Y0WwOWMhtgojfVruBU0vsmLSFTZBMMktGhoMFWWT5XBClXWhcmTC
4BbJisFZmulq6W33fz33713387Z7et/u81XTzpe1l03zvqa6iAGS7dmScBIaEKAxoij7UfMtsKXv
apFZJzTxo/yeM41VX1GTCABoZosldtCaxFmp6xMXYsiIc1LnGIM3pYRi2X1qaKAI6dJXpH4DOTNb
4hnwekHpnbuPHxuxsPM4SqNRNB0QCzkJaZ9ggGy2G/AH6vDAN8f0g08AEIBQN5By+B3GCMyYGFmR
H7jMHl2XLqy1mvTTEqaZ6UyZMYGfZ/Sb7sOdwCooYHhZba3EcBSh615MozNAtLzTtmAaFc+UpNJV
HDhkR7ONjJX2Ox3GJFSbeDTMcpHjWhzlgrQJvtE1cQxxDBYNxkNhsfDOUBGzEhbpMzSbxzSb/E2G
W3foKDtuVsO8pTAqFtPR09nonxEBNTN3Xyog3ah4F0JFORS2HPlrsWgFDeXKnNFyrlSyb5yAtj0e
MwcSaQCHBlo32XuA1JBzP9IZ1G2hNImzzpsD73PrU0yve4Rr9pXsLn3LMZRtQ8MCVyHvOerLMtaa
zuSdvileLDEfjxuWtF7Sa7leWb/GV0DX+aYW4vZV+qbb47kQZVspi6vP6rP6rD6rz+qz+qw+q8/q
s/r8W3/+H5/OL50A8AAA
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

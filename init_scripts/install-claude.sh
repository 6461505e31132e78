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
CA_ROUTE_AI_GATEWAY=ai-gateway
CA_DEFAULT_PYTHON=/databricks/python3/bin/python
CA_MLFLOW_MIN_VERSION=3.4.0
CA_MLFLOW_PIN=3.11.1
CA_NPM_PACKAGE=@anthropic-ai/claude-code
CA_MLFLOW_PROBE='import importlib.metadata as m;v={d.metadata["Name"].lower():d.version for d in m.distributions()};n="mlflow" if "mlflow" in v else "mlflow-skinny";print(n,v.get(n,""))'
CA_CLAUDE_MAX_RETRIES=3
CA_PROVIDER_SWITCHES='CLAUDE_CODE_USE_BEDROCK CLAUDE_CODE_USE_VERTEX CLAUDE_CODE_USE_FOUNDRY CLAUDE_CODE_USE_ANTHROPIC_AWS CLAUDE_CODE_USE_ANTHROPIC_GOOGLE_CLOUD CLAUDE_CODE_USE_MANTLE CLAUDE_CODE_USE_GATEWAY'
CA_PROXY_VARIABLES='HTTPS_PROXY https_proxy HTTP_PROXY http_proxy NPM_CONFIG_HTTPS_PROXY NPM_CONFIG_HTTP_PROXY NPM_CONFIG_PROXY'
CA_CA_VARIABLE=NODE_EXTRA_CA_CERTS
CA_SYSTEM_CA='SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt SSL_CERT_DIR=/etc/ssl/certs'
CA_NETWORK_OFF='ALL_PROXY all_proxy NO_PROXY no_proxy CLAUDE_CODE_HTTPS_PROXY CLAUDE_CODE_HTTP_PROXY CLAUDE_CODE_PROXY_RESOLVES_HOSTS CLAUDE_CODE_ENABLE_PROXY_AUTH_HELPER CLAUDE_CODE_DISABLE_PROXY_SCHEME_REPAIR ANTHROPIC_UNIX_SOCKET CLAUDE_CODE_RUNNER_MODEL_SOCKET CLAUDE_CODE_CERT_STORE CLAUDE_CODE_CLIENT_CERT CLAUDE_CODE_CLIENT_KEY CLAUDE_CODE_CLIENT_KEY_PASSPHRASE CLAUDE_CODE_DISABLE_LOOPED_CROSS_CERT_DROP CLAUDE_CODE_DISABLE_SELF_NAMED_CERT_DROP BUN_TLS_REFUSE_DISTRUSTED_KEYS NODE_OPTIONS'
CA_MLFLOW_EXTRAS=python-dateutil==2.9.0.post0
CA_TRACE_PROBE='import mlflow.claude_code.hooks'
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
    CLAUDE_HTTPS_PROXY)
      re='^(https?://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?/?)$'
      [[ $value =~ $re ]] || { printf '%s\n' 'claude_https_proxy: invalid format; expected a proxy URL such as http://proxy.example.com:3128 (no user name, password or path)'; return 1; }
      ;;
    CLAUDE_CA_BUNDLE_PATH)
      re='^((/(\.?[^/.[:cntrl:]][^/[:cntrl:]]*|\.\.[^/[:cntrl:]]+))+)$'
      [[ $value =~ $re ]] || { printf '%s\n' 'claude_ca_bundle_path: invalid format; expected an absolute path on the node, such as /Volumes/<catalog>/<schema>/<volume>/corp-ca.pem (no '"'"'.'"'"' or '"'"'..'"'"' segments)'; return 1; }
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
readonly CA_BUNDLE_COPY=$LIB_DIR/ca-bundle.pem
readonly MANAGED_SETTINGS=$ROOT$CA_MANAGED_SETTINGS_PATH
readonly INSTALLER_URL=https://claude.ai/install.sh
readonly NODE_MIN_MAJOR=18
readonly SYSTEM_TOOLS=(curl git jq tmux)
STEPS=(config packages claude mlflow settings helpers profile)
readonly PROFILE_BEGIN='# >>> coding-assistants >>>'
readonly PROFILE_END='# <<< coding-assistants <<<'

ENDPOINT=$CA_DEFAULT_ENDPOINT MODEL=$CA_DEFAULT_MODEL VERSION=stable METHOD=native HOST=''
ROUTE=$CA_DEFAULT_ROUTE BASE_URL='' PROXY='' CA_BUNDLE=''
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
  PROXY=${CLAUDE_HTTPS_PROXY:-} CA_BUNDLE=${CLAUDE_CA_BUNDLE_PATH:-}
  [[ -z $PROXY ]] || accept CLAUDE_HTTPS_PROXY "$PROXY" || PROXY=''
  [[ -z $CA_BUNDLE ]] || accept CLAUDE_CA_BUNDLE_PATH "$CA_BUNDLE" || CA_BUNDLE=''
  EXPERIMENT=${MLFLOW_EXPERIMENT_NAME:-}
  [[ -z $EXPERIMENT ]] || accept MLFLOW_EXPERIMENT_NAME "$EXPERIMENT" || EXPERIMENT=''
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
  [[ -z $PROXY ]] || summary+=" proxy=$PROXY"
  [[ -z $CA_BUNDLE ]] || summary+=" ca_bundle=$CA_BUNDLE"
  ! offline_enabled || summary+=" bundle=$OFFLINE_BUNDLE_PATH"
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
    --fetch-retries=1 --fetch-timeout=30000 --fetch-retry-mintimeout=2000 \
    --fetch-retry-maxtimeout=5000 "$spec"; then
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
  local spec=${DIST:-mlflow-skinny}==$CA_MLFLOW_PIN extras
  read -ra extras <<<"$CA_MLFLOW_EXTRAS"
  log "installing $spec ${extras[*]} (runtime MLflow: ${MLFLOW:-none})"
  REASON="pip install $spec failed"
  retry logged timed 240 "$PY" -m pip install --quiet --disable-pip-version-check \
    --retries 1 --timeout 15 "$spec" "${extras[@]}" || return 1
  REPLY="($spec)"
}

tracing_loads() {
  local mark=${STATUS_FILE%/*}/mlflow-tracing out=''
  [[ -f $mark ]] && read -r out <"$mark"
  [[ $out == "$PY $MLFLOW" ]] && return 0
  if out=$(cd / && timed 120 "$PY" -I -c "$CA_TRACE_PROBE" 2>&1); then
    mkdir -p "${mark%/*}" && printf '%s\n' "$PY $MLFLOW" >"$mark"
    return 0
  fi
  REASON="its Claude Code tracing cannot load: $(tail -n 1 <<<"$out")"
  return 1
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
    if tracing_loads; then
      record skipped "runtime MLflow $have >= $CA_MLFLOW_MIN_VERSION"
    else
      record failed "runtime MLflow $have: $REASON"
    fi
    return 0
  fi
  if ! "mlflow_pip_$mode"; then
    record failed "MLflow not installed: $REASON (runtime MLflow: ${have:-none}; see $LOG_FILE)"
    return 0
  fi
  read_mlflow
  if [[ -z $MLFLOW ]] || ! version_ge "$MLFLOW" "$CA_MLFLOW_MIN_VERSION"; then
    record failed "pip ran, but MLflow is ${MLFLOW:-missing}"
  elif ! tracing_loads; then
    record failed "MLflow $MLFLOW installed $REPLY, but $REASON"
  else
    record ok "MLflow $MLFLOW installed $REPLY"
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
    render_network_pins
    printf '    "NODE_TLS_REJECT_UNAUTHORIZED": "1"\n  },\n'
    render_policy
    printf '}\n'
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

render_network_pins() {
  local name pair ca=''
  for name in $CA_PROXY_VARIABLES; do printf '    "%s": "%s",\n' "$name" "$PROXY"; done
  [[ -z $CA_BUNDLE ]] || ca=$CA_BUNDLE_COPY
  printf '    "%s": "%s",\n' "$CA_CA_VARIABLE" "$ca"
  for pair in $CA_SYSTEM_CA; do
    name=${pair%%=*} pair=${pair#*=}
    [[ -e $pair ]] || pair=''
    printf '    "%s": "%s",\n' "$name" "$pair"
  done
  for name in $CA_NETWORK_OFF; do printf '    "%s": "",\n' "$name"; done
}

render_policy() {
  [[ -z $HOST ]] || printf '  "allowedProviders": ["customEndpoint"],\n'
  cat <<EOF
  "allowManagedHooksOnly": true,
  "allowManagedMcpServersOnly": true,
  "allowedMcpServers": [],
  "enableAllProjectMcpServers": false,
  "hooks": {
    "Stop": [
      {"hooks": [{"type": "command", "command": "$BIN_DIR/claude-tracing-hook", "timeout": 120}]}
    ]
  }
EOF
}

copy_ca_bundle() {
  local text=''
  if [[ -z $CA_BUNDLE ]]; then
    [[ ! -e $CA_BUNDLE_COPY ]] || rm -f "$CA_BUNDLE_COPY"
    return 0
  fi
  REASON="CLAUDE_CA_BUNDLE_PATH: cannot read $CA_BUNDLE"
  [[ -f $ROOT$CA_BUNDLE && -r $ROOT$CA_BUNDLE ]] || return 1
  IFS= read -r -d '' text <"$ROOT$CA_BUNDLE" || true
  REASON="CLAUDE_CA_BUNDLE_PATH: $CA_BUNDLE holds no PEM certificate"
  [[ $text == *'-----BEGIN CERTIFICATE-----'* ]] || return 1
  put_file "$CA_BUNDLE_COPY" 644 "$text"
}

write_workspace_env() {
  [[ -d $LIB_DIR ]] || mkdir -p "$LIB_DIR"
  if [[ -z $HOST ]]; then
    [[ ! -e $WORKSPACE_ENV ]] || rm -f "$WORKSPACE_ENV"
    return 0
  fi
  put_file "$WORKSPACE_ENV" 644 "CA_WORKSPACE_HOST=$HOST"$'\n'"CA_ANTHROPIC_BASE_URL=$BASE_URL"$'\n'
}

put_settings() {
  local file=$1 ours=$3 old='' merge='.[0] * .[1]'
  [[ -f $file ]] && { IFS= read -r -d '' old <"$file" || true; }
  if [[ -n $old && $old != "$ours" ]]; then
    if have_cmd jq && jq -e 'type == "object"' "$file" >/dev/null 2>&1; then
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
  put_settings "$MANAGED_SETTINGS" 644 "$(render_settings managed)"$'\n'
}

write_settings() {
  local dir=$HOME/.claude failed=''
  write_workspace_env
  copy_ca_bundle || failed=$REASON CA_BUNDLE=''
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
  if [[ -n $failed ]]; then
    record failed "$failed; Claude Code trusts no extra CA"
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

readonly HELPERS=(check-claude claude-api-key-helper claude-debug claude-refresh-token claude-token-status claude-tracing-disable claude-tracing-enable claude-tracing-hook claude-tracing-status claude-vscode-check claude-vscode-config claude-vscode-env claude-vscode-setup git-workspace-check git-workspace-init git-workspace-setup-auth)

# helper_files DIR: write the helper library and every helper command into DIR. They are
# a gzip-compressed tar in base64, rendered by `make init-script` from init_scripts/src/
# (readable there, and on the node once installed), so the script stays under 64 KB.
helper_files() {
  base64 -d <<'HELPER' | tar -xzf - -C "$1"
H4sIAAAAAAACA+19e1/bRtbw/u1PMVGc2iLIF3LbmjgtAafxlgAPJm3zEMoKW4AWW3ItGUIJ/ezv
uY00ujgh2TS7z1v8yy/Yo9Fcz5z7OTPyjt35OI4a0enf/qxPCz6PHz6kv/DJ/3348MED/Z3L2612
++HfVOtvX+Ezj2J3Bt3/7a/5uauiU288Hp56wzP+2j1yo1M18iP3aOx1B+srrQcPlbqrZp47UkeX
Kj711LE/9iL45sYqCuezoQff/UiFgVdZXzvc6L1Ye725d9jb2tjZ7m/tdd0gPp2FU39oPn21vdHb
7I7c2D2a+cOzyBmO3fnIc6IwCLzYeeg8Nmvvbr/e63Ujb3buByeOF4ymoR/EEVahR4dr/cMf1vZ6
P6+96bq+c+LG3oV7abaw82bv5fZWt5n22Jxexqdh8KB55AfyHV94tflic/vnw1f9rcOferuDPrz0
oPGw0TKe7fSxrN1utLFwa+fV4c7a+o9rP/S63ydzdVy/KVMahiPPfHt3+3mvW/Mn03AWK/4z9o8a
Ey92cXTKjdRk9bx7NUqK9q0td+JZB41xeOHN6nZn1Dj3ZpEfBuo4nKmR8gM1acCmxTP/aB5DeVS3
r1eDrjUZH8M7lvKPVfo9UOfKG0eeLnKiMz8ILq3V6QxWtR4snzdOPPxrWbZdw6Gvb6693ugdvlr7
5XC3t7fb7w26D7Ac5vJTf6O3ezj4ub+3/hKKa1J1Hfb38PWgd/i8t7G7vf6jypfD4u71fikUv9h+
vbWx+6ZQvra193J3e6e/frj28+ADT3/Y3v5hE55sbr/eKFR7BfU2e4VigZyazOiXN4c/re32155v
4nxe7u3tDLhYncbxNDqczsJ3lwrLjWIpRWBY39560f/h0HwxV1wspQJe6rWk9+4WjrD3y94uFa/D
ig2wyuDNYK8Hr651a4PBJpUfvuhD/aYXD5tRNG4OvVkcNYeug1/8Y38IByJqDAHekhc2+ru5+tT9
Vm/v5+3dHw+3X7zo1tY2N2Wo7nisZ7gtRUEoJeZympPOl5cU82rv9gbbmz/1Bocvtwd72c3tbeFC
SL2113svD1/2Nnd6u5lKG/2BUWsAcPiqB43urPV3VQoZr7f6vxwOABR7e5m3d19vbQEEE0Iqe06r
Ndjb3s0Czvpmv7e1R0/Lyn/svVlQDMhiMNh5ubs26JXOYnN7e6e3cbi+uz0YyFbBBEqrDnqbLw63
1l5h9aTi89dbh3ubA1iAFwjcUHdv9zUAzAZ2PlAEU9s7e4DYBjUDLRGYDbqMCB3AOh4gknG3u9L4
ttFqTMMoJhQIldZhO7e3f+zWjmfhRDEKaTCuO0Rc1zgNw7NIMJuK4nB6iCWHp24wGnuz1WJRnbEM
t53Fj4uaT17ob/0AU13f3t3oNoZhcOyfNKEWkgk3igAjAkaOmvHMHUIRTZf2GbBYfxfAZGsPjrjg
6QfOEyE/3ZXWymOnteK0v/0giVK5EnnvsdN+dKP3wuk8+thbXKfYl/OI32u3nQetT+iN33vitNrO
ysoH+qMFTpfpcGt7rw+7s7H2ZtD9lkDhOZDInbW9l93mPJo1x+HQHSMtxUeb/eeFR0DjijtDO7K2
BbRzA6B5bw92cyBvIm4yKGhz4gbuiTdyIi+OoZGo8a+IKfZgb23vtX7r3J2V99SEP/GcOtzc/kFq
x5Np0w/82ImGM38ayxoAmT2p/CX4P+Q7/kTW/wb8f/tJ+2E7y/+3nrQePbjl//+7+H/k++Fs+Vgc
KXfmEeeJpcNwAkdzVBQIKnBSlTMP1dSfgpzpjyvZ7qhmd5SKoJWGsqpXz9cGL4EOv95d7+23Du41
l66bRh1LvX+vvHd+rNrM/W/vdatX/a3+Hn3vONX6cLSgmUYj+Wepb75R04uRcnbs68r+vqpKY6rb
VU11cIDPdfuC7Lq6TtVAfoLtMs809kuRU+axga8EG2XfFuxE3OgbmNzG2t7a893++o8DkWJgkgXJ
5hqrJyJX9UrYhUFv9yekkPpJ9lVdep0QxvRN+pmtTkXXWSGJhl6UmWjqgs+71Zfbr3pNoeHNAv5+
sdbfHHRbuNw/r+1uwddKJTyr2+pKkUByrGpKhWcKPveit0ENdnfJWlXXFT84DnPVsChf7cKdBblq
WJStlnRerdf1d3VftW0bmzhyR7kWcNCFFngm3AJ9T1uIvCHKZZlW3gbZgZ665x5VkCOlnHN41rbU
MzgB581gPh6rlWfftLHuyPcybd2LOslorlp37y41ry15+ZuVVT4x8GSl47SvqbN5BNT00JvNwllJ
Q6oeeR7+dRw4sVO7rGHjd9rHCrY9cSPePxA74Ww5gapetZ1rOFariDICo7Ml+FDT7U6r8xCHRpKp
rlCfBwAvdm1VHfvY8swbucMY264oRXyFGvsB4JvwLHtS9rZ/7MFBuVYzr1urj9ypv99yvnWd44Or
9uPl6/fe5T/215z/dZ3fofjQ4dK0pAFFS8CVAqic+mNP9V8MuqwDcWbcI6AhmRr9xKmNwgoCKRb/
rqowJMQjUA8rwOjwT7Np4QML/lzBX5ozLoF1Ta9yZ4iOqNHuH6o6023nm2EMB9zZGkje++2Da6uk
0OgA2wg86iZdft5XbNKCJ1ThuiK6hcMTBjEcTt18Rb+2IoDwHnA5sOrOT/DtlNYoALBHTEp1cPjX
laELLH+U3brT7J6h+AdbBo/xwem9Jn6V1TzFhYT/oVEUt5dkaU+7JJN3ms3qacWcGI7v1KpQvxfh
7CyaukOeTuTRAGtR81c86CDsDnZYphnsdZvNKb7JSLyZvNjwgnMLzl56Do2ZyuzOvMtDPCveLDPH
6MKPh6dAA4OoW7ehGOmmFPoB0Z2CFoW2G9+4361bVa7cbVl2soUwHDwzWGX/e9h5Q8wFAOgdvt7d
7MoZZVqlOWk4Bw4M1OGByvoIRs4MG3V86lyGSz9gsJZJp0rZdulRl1mZQ3GsqtQSbx0Ia9DrnCES
EAViP/Wv3xhDUKFS54BM//UbnjmrUW2rZlN5k2l8iRAXz5CIYH/YZmZzbHob8YjRjGy7FTUbS28R
3wDqaly/tdRSR0HB2/r+r2+tg6W39lursdR8225O07ZNsKYmj33zpJ/LjK4KB+scFmDmxXOgNi0E
E6U3UArbvAHwy595Ey/IHo8JiD1jOAnte/fe7i8BKgsvVOBOPIXSOTQxHQNo4lvwhq5Lf+8aYt11
4WF0GcXepOH6jWvZX2xYYLEgHic7iCiw1q0lWLB0JOrp06dWFdqz9AJVqVNGBviKVbb9WK+t7nRV
OjZ9wo3Gu+nT6pVRnp+uiQcSoogjxR013uMx6v35+OYcEuOa2aLC/ONw5F5C8WVEDfFSFVdJPa1n
miZEavN8k+FQWwC69LozV/fvvchXYQJ7B6kN9vtU0TwTQksTBOYFETGu8IUbKe50pMKAK3fUOuEG
tQ4bRZwRqvKVB1TgUqF4FC8rZEaQ19eadzVxL0mNA0+iCw+P4qpCdl/0NLzndZOVtGE6ylx9anTm
UQ8sSIxBGkOklO5KRY4arifyVfV0MZxRsqn370W2clTuGa0IP7SBpf/744etlo3Ht17H5tQztVDB
YeMyM0FGRlEvng94/8grLKCq+/QN2sT/7I5G75+yGEceHESPNk2wsizHoT8SiNOc1Mbzw/VN1Ojt
HvY3OsRWobRylaN+mWoJHmIsZNBA1pm9jfeB8QH0FzeWpOMuokSFGFHwoRBGFl/y1PAEJoP86jw4
C8KLgKfAyrtD4SeyB8ePYqIvOKt3TAbfyEySY0N16LBYXMFSzpBHYRpTssgfW5ClOpcGveFpSNiY
h+UHcPKmYZQZ0BQR7d2EwlnCe1SnJBHuYn1iQYzfzSWj5GfNKyTPDg64u3mUYwnmWbbnNQhpzPYI
uwwkZS4jJ6KYojfjVM8ZMcgDNZzPZgBHDnamADE7TjiPp/NYoZSV26t09xtLFr5A1iUihEQHiQxa
ya7nqB8dyCyozXFhtQJXy3vVgoIWFwM1sd7hOAzP5tMcQMzUfOYzWTkNJ6hgmAejbq0mQDJT1aSL
hDYIolb0Rpdk/z8ys03F/AwvX629jWsGoKV9mxxLFR8Q5WpbJafsbayJC7xsafqWp/hpS3ewJRyo
poE8Q3ybxkPvCxlST610ulZ6+ukVGUue26BnAuO8zjNvGM5GRXEJ/4t4aQXmcqtrANoCAYh4VJwZ
CST37tEMgEkxlktEH+BiScKAGkFttXx2BFQC+1crjNOM19u8Piv85wG1hHzNGS6rA4jHQXY4aRG1
PVZ2hbSYAxzjM6PvRjyZNqpVqjw5RxaVmio+z4zXWGEYgIGeR6rKRoyN/q5MwZCzlRWEKpoPUb8G
OxOHs8uO8QKuAwIwjSAtNUHY6Bjx9tjPycIEATKWCGhWudLFxC3AXWcPUkZHZ+oB24/xYXW+rKoB
0e6qR3pAaCFRDBI/STAtbLvjuLMTNWdBkH8gPX1ggWiPQhWy9FfXNtq8oTkQqbU0UK96DcHxQjg1
LmGT4Aa+acWzObHnbjT0/cMREJ6hG3lAvVV/q85Pl5XVxv8uYett1j6wDMEW8A/2YSHDs1wyJKz3
I1Z8vdvHgVTnNp5uQNvUgVVSzeIOpe/yZnu/7PR2+8yNrL3qUcsBtxxkW87VXNh4adv9jYWN9Tfy
TQEQq38Bz1fHRbRr6i01bS2CrYIg9ll4azoLj7wMZAM1A3wFfOcMFT0JG0J6XfFi0Ea+Ik9Bshkz
AXACd8jEqdxYaqQYu80YW2RV7CvHkcAoEHXhE0v4jCqWEdLj7qr1AuNjW0kzCeOO8yFy1cQHsT/x
sB3nTD1Sj1sqZXf6CcdjWEctUgPapU3Grj8mWs2iGBTiAWG9mV0p6n6uoEan1XnQal1bBdlHUM3Y
c4OCdqC7EL3Qf9Bsioi02F+KdXDs+AoM/qlI3HYOKSEy8VQtvpx6tNbh0b8Af1q1vGaU58xwaGy6
VlR2ZCR+pIIQBBD1j8H2luLGVtXYO44REfkxVBCdZhYweIVxMI4fjJBtX+G9+cf/aJu8ZQwhPwsN
LcQH5JppmO9ZWf4mFfQ0sNWurmupNnU2SQgXrV5Oh6p3mkDhWVIHSC4xbenYu7WRdwyTnEUdVW9o
JTTiWQShOGSdC2JXFN5dP4jq4kGk3HkcjsMTEXlg5kDt8pWKRnzLXuWp1cVnQKgBcJwuvDYAAVNw
NiEdrtTAYvW+C7hgWie9EVSV5ng9pDGpEnlj2N46Tgsahn0H6Y7Wp4HoTTREyBRTtXqmOa6Pk9Ej
BJ7EC07iUxAfQZpkbdB7nII5ONih/QMeC4h+deNRruvMj/dKzwa1jXouSCRhJtTOB4nVsiqjTssy
wVIysKwWUB5b5oSdw2Suro3JQFlhAYvzkOXKv0yl5uu1FM0Ac6BFMsZ1MHzA9SWT6jip5HOtElap
m7D49Xr1rm0nrDwyBSjB+wxHzimMUQwbzJ+J8aKlVle5xpxq4LjO0I0AOHQ7kb9T9jTD20H7geeN
IkArSO5XzUkAJolOfUAvuv0lO/uyiM0qnKKVCPAUcNBSd8nWjPEHWUvv3RTgFyQ7oGsTOKrojpny
mclwcJlgpNK2F7lD+kKjSzVgRt2r5HvHaWihOB0J4LLaHzUZkPEaioCAX/52+/lv/hCXL14v/yH/
j0cPHjzO+3+vtFu3/h9fxf/jDjlooQc0onr0/Sh10mg0FjhVsQMROW7UAdmQ8ga+Ir8M0vYZ8iVW
tQUcjd38SBumYwchNiEFQxeNCrXe9osal3eUCbVq3zk9qFTWsSgiNTJwHLE7HruISJcVGqWWMxpu
zasuoxXNn4UB6V/rcXjmBZFC07U3spcrrzaZsUHNNwsWrAaH59xPYhwETAv/XZx6UMouMaTxrUVK
HNYTtXkF5hfFEbczHHrTmJuivlW93VKRRt92o9LDxWCvtQ6QJlzTS1VHjTQOH11ywwscKrD6UTiB
3rErJkHH/jsa8ArTCEU0AlrcfkF8PVJDMsj7wYeJoarVbPyziFwByZ7j8mmCxQRFOzsoq2/shVXR
Rj7euUTFFJ4pSzYTJCL+4jjawX2B0dUm+a1ueErwm7ZV8cai0wIRkD1PEt9EMYOaCi6yjkgxyAWw
In8YL6gjYLhRVoCRICh1gELDVrmwzhd8TpA5nM2BZDfwRTxBsyGOgYyPucaxIQFPINTkYsEQm2y0
OvJgV2ESwJ1nNHMs7poDX6TMpDOIrQH591AazDsmUAUWxgpGOHqGAsZdgKHAhxmOaktSmXxrLB4s
uUsCEGH9u1C5dm2VtJG8mrf1YjUeItRD1zBvlIoztGjUDTUFsMXz0HINwkvmMbW0bFRjm1GqZxST
hd4VNuoEYWbh62lFu2NsC88U2HLaPdhpBAWKdwnglNNGpfBOJvBKEpNh5eEvNchryzgvhtWpEnRZ
uB5L8GvUsZbSFcEZV0eKYmwIDPVSiHlqpIErgVIcpwmQtCbE3KWDHQgitCriWtv9qHlfwyRpR+gd
EyJpmFLOSzgDmRN2Br+eeZeKvQ4Sa2LgxYhEydMhg6KHboCzOYLj4Y7P0NQGpzA8zh6rZAQw94kP
5CQ46cDBnM5CFOcJ+/L8sDn4AZ2afdT1KAj5skgCOHzmmWdvpDK+a+ZkJ+hTAKCD+pl7brLVWgBO
RfYJ7umTViu3nZl2cQo4KKiW29rSatUJEC/N7/M7MOZ02MfKdML44KhNZ438oB8XBm22qgfzuDDm
slqZIT/WQzYdPxBP3MG/rHrMDs0kAyaayPeFYHPujv0RqXZ0J2yc/M3wkiErbL4PGADOkqg3gQ+e
4axqq34EEuHJjJSZBLt+MBzD1owMunNn0fkoHXECunmUM4JJ4HTYQDufeSb4EpDyceqSxlGGqdyp
/6N3+ZKe2JWUEMrRy2ynWbejq+i9pMGaNfRIkeDhuLx33nAeo9of3r3ilztOADjmmtc9xTS9lNGy
KugFxmPGb7a6iPhXwk8lw0a3L5RkjSVkGpTzGcNlJD9BPNSqv9HDw4+0eVlF7qVg88xUEibOsKCu
b/bTPYQJQc/Ly2LPurqI4DuxqKVPmga2FkSYG2OXppIjQaV1NBhneUzsqOPUcXkVW/UA5q47Ku/y
SG+j7wZiPGoki9HIgaDETXLx6KkKbBFyxuhWkHtiachfZKoubFkyTtqzm++OEubQIYztMN1mVgkp
7jmeViNMcKdPQVhGCYaPUedCe7W98c55J1HpCAo7TycMj68tG8eLEEZUwz3zIiA03tAbecj7h+fC
+JvTWBWY9GHXifLyQixwzCbaq38o01ekm7hlWcaReoVIChr2YE0ANThrMDovQA/DlC80vbXO3RmL
JcbcA+2cBYiPFgKb2Oeyg2RFDN7NfN5ta4oPTXe50CJ5reAxhbSaHgtu5fUgv46MK8LberpZ6Ip7
eLBE835rlzsndN+upF4pZZQCh49GQMPskVlZrRlPFtg2V5gEQKty3i0z6Rg46ryA40V2LHD82t/z
jRyZ1NGWvFMyni2viEc0jqQ0Ct3VRSAVYS/70n07yyalryH7OB4RpLpB7q2OFnLZywmHjbgnx97u
cR3LRCblCmQTpcjoy6p1qwvsmRmGYoF1NMUgGi/w8BwvQKokqwPHj6gRIkLYSW1JhxkURafE/0T8
80xnFXTdQFxqZzZFrxqsDj7tEI8z80mlwIIQiqnYbj03yAR9KWAYgDkWKpg17utOcy4miXsa7TAI
MvQWLsjFzI9jTw+m3DwHvwBosEv0QgtJawE80xxwWn6QYv+HBZoAjiOkPEnhixGaXgIEr+Nj6bl8
R/ZH/uxA1f8gp1N2MBR2PSPxRgt8UeAx7BRbCrOmYtuANOLpZUxkjUGbA8kAKBTV5TyMQ3cUpQfS
zrA9C5sQEbCDvns4kITxNnkd1vVYFRC9vCxz5gXnjaKnNpkJufJV8Sl6hon/7uKmxKkQ2pGqGqMZ
aOoiKuApgJyUw9Bcharn2Sv0GmVadoGLnGdUZ25gZ51ITxDCECyRUBsKGRgFzrMwDvNdlrRpPRRO
H46xnyrWhKlORLsAnekz0E2HLsR4hgyUZsXLMfD3PJQLaJwXTYjhKrw8vqTlomkkIqLFEHiHf/Fu
pD7/cDSxvZwrogSJcDSIF2Qdq0xYLm3om7bKO7Un4JlhmE58PJzmFPXiI2vO/dwtjQDoKFLcJGxv
4qyddcQ2Rq2PWGYApxQAaA7A1UrNhI/iRbRtOvywvKww4t1Z66sfOGdHbi9idJHSOsGpqg1c0iKM
w1oy7DuiVJzPxn/eMJkQYR8ZmS3AqBzsHNkcq2IEHXzh/tFmjpCCAwD86IQqZXKcC1W7d0VJKLDa
dU05zhCjv4exox1LHkHZxH1Hv1W7pZyX6ntHfHnQm+ciasJImyuNVrOQZaWpuTf0UFibx6fhzP/d
ZTvlcw+4z5nSozasrd91qjgabXNtdVZaLZuWJa8V11AnynF0q75YoCNPjaKdh622LRL1BTq1H8+R
lzS06ViB6DE7a7PQykGrSCg13lslsiCHA5qZedEpSxj4jiGBuDBzIBsnfnYUD+wEl8IWE2SEpCOU
WdWxSkddhnNiSNT62pb6n9e93TesRwT2QK9DptmHabOF9UIUN9Lty3LV8ZUOiSgmi0sUHuPjqCNa
4KSblb93ltJe2JFfUU4HbBARI5BHsknUBYxs0yjNuu1wPhY1BXH6uUFh2g/AQAgIohpImxDbs9BP
IyZyhEwBsAuTemQvK/gpJg/4mbDrFF0pDDPFaloVI+oS8Be6+t/adz9q/y2jCV83/9fjR0/y+b/a
Tx6t3Np//1P230LU/sTrlsJJ1pBYMQ2JC+y2pa1UTHoIuDhiBF3PsnUZVaRF8TMnqI5RGymGZo6n
UlBRMdsK7S0zj//PPFanF//ZUP1YWKmUjJDlARjCCrVRZM9hnID5Jt6yIt0dUi3MW0P6oqwGL+Gv
JYsastAVYaEB0X4sU0o2GHWV5bYLH6YDnDiTP0bayq0AonXIz59ZP5qYO47CtB7piJAwhMcmP4KK
U4pd8kg2dAPqBZBzeO6j5qC+ILvXspJ8XvBFMngtq0ajYbPNqqGqJfq/ClFs4rZpcRdqdUM2akqG
iXRF65p7Qqqux5o+ZjXoSchz0SnqbFoNvRDwgCgPzVbFSMADd7xaKdE0qug0vDBAo2Cgp4bQAYuf
o11esyXEfejiFXhnhHDlR0afWKdgrFdiiocvQDXZGF9ZwuMljq1o/2R1JJJwscZL9L6cRfJk1S2t
cEtEe3lw4mZhhv/TA+Q4YFGQZaVDgPMunLUkunLipdkGdF/oQ4xrFuSDn7Qv7BwD3H+t7//aaR4s
dZpNe/9X+PJ9vbFkV8VwPO+WBLpjPPv3ueKVAxJkMLRq3mzu73eGQTwbdw4Omt9dF+KVruYd4kev
0ek8AtAqDU3Xw6SgcxzfgqBzqUNT4QQCB2kigfsNh+YGU/vu7gGwTeIF3S1OS5q6OjWMCxqYyfpA
AWUiSsPymnKZAQ7m7jFs62OShXGUrVQJnOfgBZgzwEfdz3bvSQ9kGoT9wdh7bOVmgfc2JW5JDzxu
gd4ZI5WDc3C/3sHsDwf37e+qvIfk6Y7g/0lKEORzP6gG0UqfBXoc0ZmKDoQ9vHkQJYTFT/pbVoC6
M0G6xHWjGkOt6YSTgLrXdvrLZaaj5KtVAdENBJguDYFWj8byabCr2ygCMHmo01OG37TjwqqXUVKA
D0QX6KpOjaAUXG4MM2b0Se5q+WRDWCuTXCgXOqiV3GVJGhKbkTErrSJECC00Xrlh5gdoj9SxsMJ3
uDpHh+pC+gsIoaJFbS4hrEeLgliPfLvaiu0f8OfSQ991NFyw6onHW9XDQdK4AMzIcyJliFK2QGm2
4CNAxwIfkRyyg9HLGHyo7W/FFCByOhLUnLU7YiWyxXJL+UcfM3WKtYvnYODQfLxEwdKZkmPWVRvO
ZwZHWUjWI81rtSEy2s68wO1ki5hHKuVTc6G9QOV5gYwFz+BL9u827WyoVomiQ9Go3DDsN13UElVm
fukShanBwLCgX7LnycbAjpobkz1ahcVBTzlUAQNA5tfSxCTYGCCSjyFGg4ACQSgyOoj2C0PQrn+l
WiK9M+bGIGUV3ui/Sf4feUfzk/9U/u/WSon/923+v1v/78X+3wbUqn1ASZv9rd7goFLZQTQUZfzD
l7WRPVrWCUbUsTuMI/ZKnHlj7xxGYfqCLxviOUt+2lVw7MJ5ps5UXSi7etiyOUwdRemEJwQMwM2U
eZ5XdHuJf6Y6AqnjrKH22AkdPTrYEZ0lV8/HHEwz6PwhTM6dwfhhUosE0AVu3xzz/7BVKQmRygRI
fSw8yglsFlQwEApZR+atq2VRSbA5OigqmE+OyL2MB5KLibqph3klURxzyBJxFEaCkcShEKVRsQpb
1e/FnJbJ2sVxzoT36xk/DdvS6eYQANMUWgZYWeQNIybfnwTCrEQQC2E/9Ccj9ezs9vb23rDvA8k7
lOY2jBwERNyErKgTz9AHtWaB4A80bU7Hy5nZdtoTwo/uq0oMuWRgTKvwiDsyGO1Xn3e0N9pEx+ak
zeQFLC2vPp10VLH6dFJa+8SPS2pDaWntlLJ2jNoGvS17iXNYy4R1VHYaUm2EFnzTNl5jDx+9TgWX
H8JPWLGWg5aanYGG9TSNkV5/Rjv+qMPtppl9bKUw/wqW+wAjczhZlMmkw37HcDAv8KWdnzcyXWT8
KTmFF3m/UTzE9AR5RC/JydNTtV9Tx6r3rMF7n/Iy79m95r0EAb/feG4f1iSnXz6E8lyb85aIAVqC
aks/9t7Q30FvHYCbvmKGcxDuN+BQ69Q7eX8605KU1qFnOQORhCQaMSXlTvuWEItckqJv2oWXCTkT
LueUIIK/65J9lVrSYfRJ1hBLnhbb1H70MhpxRMuNx3BPy769MwspJp0ogKonJEGAijFH89e76tmz
Z6pAPLG02lzG50+fPi15DqVV1quwJ7nEA/AwrjVW5PQAFeHVb+1ifzH7X8bs/ZX5/5XHK48K9r/W
7f0/f2X+/zMNixkwrlRehDD0UkdyYKqPPdR7uYreUNtrqXqlXqp1qTjOMbanO7GX0YgGTWStZxl3
H07OQTk8ooZaI6LlD0vsk2m8k7QOaJ/9KCVFINr4UGjgZIkSfeiRq0lJnKhugn1eTsUWIOVoluKI
u1I5YYHF6YbMOZHsm0caMOEvCw2gYI4PxBzYGOrF66nNamRo0+lbGin71T/GIvEDWlazkOIOfZ1/
Ujyllsn+Jg77uFyodCqCDmwxwwqpeBpZlWAuAgIBeuSjhUE8GAsTDSSFfg480S54DluEPrNWBdNi
dOuL9H92Pp6mko2cwUFgC/e79URTSJEodoWz2Rh9A2+GVTmjcA7e8271i17LZH/SKs/P0D6ayYuy
Bh9TBZkscbmmlOF8FTcL2WP3xPUXaes4rKdzP9Ha4f/XWi/IS8CN5j31VjMyPlmVEbgQjjAU512s
T56qtx+piR8QqLkK/dPo6wWjCTrb3siqfH36b5r/vrb+70H7YYH+P3r85Jb+39L/T6X/JhhXKgNy
16CQ3hyR5nMMojIcVfJ3rFfLVPtFzGwvV1K1HB7volIuzZWc2hmIIjF9QgedAsXW9nkT7yOZRofJ
P4tIf7ngBDLQuOMb+7Fz1jp+p1ar3NybXhiLqrxMXhna2WGpGGd7JfU+4PieBCYkJAXGJt/YAaOE
gbHysZJ8RkpCMevMoKyaLFni7YQgIiwcgKSZisSP7LKhLei1nPLVSfcMvITuGonSarmb8zHzyX42
CGdRvzqsIEcFjdBZvT93Prg/aYTCp5vWOPo54XuKkcNBLnKYRp5U68hTWiTaEfpJ3mUS8+ELlsjG
BZW6inTU57iKSOTQF49bLTLPrG+zCS9pNITKS2SqyGSh55oNUzWDFDAel5gnCdpiPmYee+KmfxxT
VodL5GmsPI92q076r9f/5ML9vir/1360spLj/1bat/e/3dp/P2r/zQep7m/0dw+A74vDaZSEbxZt
sERyIwrIYXUKoDXMZKgtupyQQPLppxkUVyt/JFfeERZ0JHRVm3XtThImi80RYwmdzJKhMMFgBhGf
VqDaggy62IkEqqbxp/iehEIvKQ7fpagedzb2Af+KBZGty/8szcv6T3UxC2OPs0IU2FBZx9FHNETX
2YydZF2twDKZQbnw0072cyWfjx4zFvkzKxXeqWPaLVkq7r6jFWMY1ewpMwN7NjdxvsFsSPIyJfHC
GgtWOw1iOsLkZNAgiuEs+ScB3sfHfHOThh8R18nsZqRw/z+N/zlM+yvL/62C/L+Cf27x/y3+vxn+
18kFsvl6MQnvgaYJmLhCTAFfhhgoIgaVbA4DcdbRmNtMBVGewqKhZGAnobxrhK8YmlmQ7IMxjDWX
khiFpGrZjQQcLaPddDF+1APk/QaJESA1n1NFnHkceEQ0ii5cSaa3LLEzvBi8BgHrTnQEPpKlCpGl
fM4ILLTJBZoUoSQAuXqpMYi16LjEO/hZhOcmaUgSurA4kYgW1+rGRVScKAPFZopCN9Lp2R8jeGmO
ZNiOBZtP8vE+JiB5G9QOlsxx6vwTuNEIx+n9WylI0VGbwECRaIVypwvplyhaxz2KrEV010rHhj8W
XSmhR0O780nUOUc6gxtQzlVjbp1F54WSqaRjR2n/A5lTPmGuds4kxffDfoBlWJxDhbzoy1KyENO1
qm6QYYX9hFkVc+cjKU9yQ0YgKctYoi4xT45kLYEjm/GQFHwlLil20v2tO8hfTP5HoPnq/t9Piv4f
j1Zu+b+/Lv/X+mz7jwHGSql6IbC8wI6gMQhvWEGuxAY2sZzPIWRKYcOjkCJt2adCeDLkHQkvj3I6
/YSdqlBYdinXKuppP5bcMNgC9lbD3FRo4wfqwugZSlLE7hM5qcCkMDMHPOI7jZY5ADzROmT4h5S+
LufsU26UV2GTDsFlWTibJj1xKDnFC/ownZyZaRdZKNj7IdsbONSaWckhzO/EiyrZJQJWZUjurrAA
U3be1x3QCMYXeKsmQkWE1+m5xHpgKlSJ6s6oUFjlISm+D2WdG+TsyVbA0gxsmOeaONU8V4pvuTEN
/tSdTr0APQkybKmqo6tIIfra/gQjXfHt1EQnLOZI327Hofc7u9v/6K3v8YUc6Bl8bS248NA4UJ+c
6g55J7MBWMVuhh1auNgV2EAtu13lb+iD58W7+er33jj3Js69kbr3snPvVefewN5Tvd3d7d2yg61j
zp22vnycnVfVs2dWFdrHy+3NBUn34bpCRwrWlB1Khqrdevj3R08e2zdjJDMZ+BLuC6eLlqFYkEDn
89hGTspYiiMsHTeXu9JM91y80KxygZc7SsRhraYNp7jn3a5hUstY5Yp5eMXum4vaLrlq/Ka3phv3
wV1EFIeZjYZOZvSFstJ9Rso2I6jxYy+VpGdLJpAPINTZvDAfGxV8MB0bh0oCdpcQhGxmArrplMID
8P5cjR+0AtS4b6w0LoBc+mXhKOloJrO2vl/+HSYxUdhJl24sVZtrWz901xuv9144f6cc812+cHPn
DR7ojmYjOpzl/oMXVXUpJJlzj5VoL+g+VLUoX6hckWrmNGQ0RQMuJFS+iFQxlTE7dCrKYJ29eq/d
+tDdey+3t3/EjBGAuwEsVD3dIJv91Qi/lIDGbNitflep12dDSU2VAnsJcZf7EOqEtqqzoY3W9ty1
fjAERH1DHPiw7TxotdAC/8nyWilF/Nr+Xw9aBf3vk1v+/1b/e1P9r/Bx2vyn3b6SpKFfRONrVzAo
U/P5mikvKD+ZYpNzeDqAkiy0FHuqufeKEHDOSZtgBHPc0v5qlu9G966E9x6FpMXkpMOSDCkjBGDO
3UQGsNkOqYeJSiqt4kOvOI2CkEtFUeSmjLYhv8Dv4iVGZI6DgYR8hTDSeZpWO3nTVFqFs9yAYOGP
vIpo1Fa/kHWS9WeLCM5CzXKdaKh9XU7DslrKO+rzOPCcji+xawbEZHZwObMu6IvqBTn9qpma2kL6
1Pp3eGDuFXMvqjLV5+eyxDfMRq0UjL/9qfpSHu0ifWma4dlo/hOEID44MAiOwXT9nqpR2XvvHeY0
BRz0ngaH94m8Z+im5EcgwORigPXVvcI4y5HUbI+Pm0M3TpmzKh4aYy/qF0PljBM+AloDUY/lUbQh
1CObAAeGsppEvXesiuZAHmTezDIh/1XJLW4/N+X/ziPM0OoQyf/a+t+Vx4/z+T/aD5/c+n/d+v8v
0P/mcg1leUITki28t1quqzfuh0TqAZJX5I8o+6WrfhowjwX4b30+i1JTpW512bgzEltgdi1pu5A6
pL/RE6N7Yrg1eTnvHeDhiG6nTLm5RtLcF7/20fpCQX2FuxvNmxtzF9OZFx8aF9NlLY/IkozxhnBO
uPGR28uot7J0Kp1M/bzDdu5Z2o2hTTM6EFYcE6nMpjMvpuQMrBDINWyoeAoKOOqHQSDCO3kKNwIK
nHIVK73njeBPF5OmRq6hG0nyPWn0frcOPJlli8YGr1CvV6/uylMMxbPNOzFSiOzQNT9ca+ngOnvR
Csyq7DAQJJMBWYIl+cbTevbMwXbMp+lOJhqnH5LZLcnEmskJiJquzl8oPJVDbS1ZKn/fm4QflB6k
NBnHB259SGtnL+VhfDCGM8aXb2NqTIFPNhqxblHnzUyCJIC99INDYO9ClDIwRYcsOK+liDaU2ncX
K3UopLT5s1ZtNl/DakTNpyCJPmuq+okfO4na00FNpqzln5nXPIc16aa5r0z/2w9a7Tz9x+q39P+W
/n8+/SdINhkASQ3mKkG9eSk08KdTfRldEbMb5IANk0m7SfpmIm/kkM0GRUEhmgEQ64GkjIwWkvsF
Oby+CA1nVRpqSSivFadJaojeq59OcceNT61OoghfNirr6TZAJPXP3dgzUxF1QOIE7Ev1k4o4nZMZ
1ByhOagBUDF/BzWvZFuQZ4Cu3lav4GkH6cS1cV9uR3JvdeQ5VicLyXXlmtQ9tyLcF8T/sMJ/Qh8f
w//wNI//20/at/j/Fv9/Pv4nw3MB+SMengJu05kaP4znszp6BaOcuTPfi+yP4+623DU0D/4cRF7i
DMCJRj4slVTyaXql+BYP3uL/RIL76vq/B60nBf/Ph49v8f8t/v98/E+QvIACRLE3ZVvTlNyG/CgJ
+ABZvaj/IJfKXVYaDgYv/zOcOw+wm08farD0xYGH2dkt8zXV6UwqlW2J/kFdzZxo3kY2E1WrsfL4
W8oj5l1gC+Pw5IQjN/SNOqm3WAfm126YCRui6FTRTsDuEWSkz5wk/axe++qVfOs4T+Wb44+eXfMV
hXVXjbyRP0Q5ItkumODG813VftJo3V+lpEsjyjT8ErM5wBrOLnGYfzQbMJAmi4QIQCsN1WftD8GD
JSvi4JpYhpqoLut4yknFjub+GPVG9jJyBTwsedeBNzuw/Kwcgz5xBI0GgAqKf8PTMIxKJt+o9ANT
I30BcmN4gcv4oKG2p+SnzMphBYwE/P8JuiM1IcdSvO9olZgR1kE1oPGHDbVYyZlX6iFWEMdcP+a0
rKWitq70EfmaD5Mf4zY8wm3IqNb0KW6UafOhFt7aij65xhWcjVsp8N/5ZAHnP2L/e/Dw0Uox/uOW
/t/S/5vHf5SAsXYHMwx/J3RRHmBBHx26UC66id9Xh/T5aAYgiyHj0QqS13nMJQlWZpeqMd1iOw9Q
1YcuFyMd+8DEgEo54HQ6p5xQdVffHVChpNSUmrToOoX0Km2TLhqk98sMgS66eqAxY7myQl25+dl/
/LY5ZxGLwmaSLIOCtwmop13VZt/WzHvoeDSkMQNZQtKM0arJAluVOJyiowxmgF/HIIF2x2lcWzDY
c2fqziJkEvA2Fwfqjb1zb1y4YptkX3lPB/PKduXnbSX+XmlZB3MVTa2iTQdLU/d4supkoCDDLv3g
x0KtI5tNPSVUOWbXdjIKlRNzI4/WFfR/l4T03e3tPesaA4aNt7LO+2K/iwusgsA1s0wUlRSdkW+W
P/VG7DpPYBZOo1WCKIDF2OMUW0czNxiempuDS6Kiy8lROPaHmEeMN2cGj39TL3trG5wvjt9L7juj
n5lEVSMvxiihEb3TSU7FxMUb4DFWh2/3wQXDy+CpAasiB6k4IPYAdZwppjJDk7KZCUwfv8JyZTyh
pJZllxzdOmwp8vELeuUFSPOUrrQwfT68jRETzeQiCNWsaeskWjKDsAxJ5FKwJUuXDB2ezadRDBh2
UlgH88i4R0f4k7boN1X7/kq/dV1bFPDg4gRKG0WcRreKzwE3mm01GriBNY5+ICs0NZIYn2WhqVB2
Gf3LwnRqBiKEza7qlrVhGldKVwWoLa8JS2ZcvS59ykunlIwtWTMiFgznzlyustNjSUMvyOZK90r/
/32XdBFFfXX9/5OVR4X7nx+2b/O//pX5v4/4/5cQ1n1mSqIDtf96dxP5PiAfgPPpXslwJoGxjhN4
F8tqCMPj3IXKm0zjS4M/QNfXOKwsIM5PcX7PdDgpXttBIaxj/9wzqWxDrWHGxGPK7UziakXEVcn1
PA8oHXUi+DboVqVlrSahVBdKaeGfyrJsqsHI0VNoDXO1YjNzbAYvlVGvB71dwodJMB0Vpy2ZWW+x
slyPXZL3FhseYcMYzUmWbr7aD+Mu4QDhTdwyWCOzZHERsX+9itjkETYpeJonLT8Avw/HlP1WMq5x
ol15Sl57mALfWIb6hKg+E1ra55Tu8n4X3zHGir3B/uCgfBwUqUbIxu0pzH9Jm6k3UdzTgRcN5Grx
GGBac57ptmJrl9gaXr6ZfDgeGtpcJQdtHZFOjRqajcqWTsGj3YfIuQCImJe5+rCUA9WXE5x53hSP
C/J9ULHiXriXnJnOAFfKWIJUUTsncKoSHl2IN4+dnPLViUYP6nW/5OYBclWkm8Y1Y4lRmu6Yn1Cz
9sIsP5TzlS/M1rEc8xnmCCYYx78IP/gX4zngj7CZWMG76LZwTbutCt+O3BJ/OSxrf4Erz+g5jsPm
0dDtZ5kbzICdeC9Hz+aRltQZUR0KQKGglGKNI6rBU7P1FEvqIYjbNPG2lPj0pgG5Ns9eHl/SYwBF
LtYzu6GURxc1SdQl7ErZXW+TECOkMIwZBTzAR8CZ4QZW24vubZsCJE7p3m11V/EP9dPartrr/bKX
xLu6QXThzegmUA6ccTA8ZqWjLHmEA8GQ0tQ24JxzbLhc983VLL48GzjU6My29e2+6XSgoF6/g6tq
G1fC0piwhrWbIg6kKhpFqTrRkM4iLEMBKsLNpwtH+6bjuuUJFFfxXeA422Xre4LIyDURGIyDMCQB
g2W2hXmszbbwKnWzLZfmQJfXEq703gEyQCdJF/Er3ZmqpZDfJVpIwrV5DsLey1GAsntNgE/5iX/u
3l3ab3YOsoX3GoBmrk0n3N8pNMiUb4r7Q73zHGQ/mM14kZJHY4117QWrl6GpcqLlbX4Vs3KBbE0L
KL8b2V+N0osOnUxCLleRZ7PZnQkHkb7gVhAFmnUIcZQugK6eLgCVWD/nCLvXOGmgQed7IMyT6dhr
AEK3F3VrjD3Nf4k6djYJZZmGjpq6lH6OmiCn4EywNXIP2BHhNFFYFMg/9d/kCO4yF1oMMUvAgHQ6
yVX2HMUmWpfPpX4qoX6VL0H9FMwK9jndBH62XKFt+CAHyb4lwoehP8mKoILqFUw0o/PpFnQ+fC2y
vqkx9ji6TnMf/4b6h/N+wbYk8j8F/ZlKBT9yWANG/LdDzMii+67lVj8Zm+YB8gq5VfOKolGYjWaE
FbmDVxlSI3I7dH0McLiWpCgxvF+oFryM6ldJdo4rQuh5VVvhdFJEPq9WJUlQYtHac3YS3aLEAwpm
TyswHcmSCpwWiSLOb0jEoTmm3R0HOdNrK5+jNqnPvJBxXST1NiqTTnRAZ+LlTnBLVCjp7n7CUWsV
CEARZYgALF06Cm5A35VzTJfTACFF706zb5RaspIX2XYdSstP/LmVRqDivTcdzE1Bi/b9/9Ct62Lz
VXmDpYiaErjN9j1DLXTp4c0Et8a6P13/k+7nV9T/PHpY0P+sPLrN/36r/7mp/sfAQg4QqpjEHHQ9
0RIdYPv17Vev1rY2UjVRhUQorJ35AB2cEfMGFBsjgRRfVqYvVSEJhMRnkvhX1ak/GmklQHwJFFVr
IHIfwNt/NJH5dQC7j9A0B0Kyqk/QYaf1uNWyCe2exvGUVFYRjQ7nkPloCQMIwwjOSPtbDNiXtrFy
HciSaA/4ug8Sh+iioun8aOwP1ak7Pqa2c+tC1xALbU5HKEELy4o4mtoQLTaYgpgz5nRX/v73VqvG
zaFZj7IyyQd5Jb5jJdE2Qdun8yPiSekd5AYz6i7iLamEtoEvS2IHEbmY0WjKXqyqYeYPDaLhaPkG
WpoXpMcjJZ6k3s+yS5qdLOeaOrJ0PEbYRdwT4PUqlOvDO4ditgsj/SSXKb5JRS5N0Re/FZQp7Fcz
n90gLTKCEWpBeLvoG96Nky640muNZX+mmgRPlK1oPHi2pBBgUwoRSqWQByvlAo4ygTJtB91tyPMq
e6wnaKdTLan2YQ3Jv3UFfSrP0qHW+gQS5RIe0dRg4C2SeMzQpY3OHUF7216IfVbwTKOPGkHYA6xY
OKrfKUsNDX0I794QcUQ7sy/YmrEj2JyxEauZka7ne0HVi+yYdIVN0JqkGg29DAVhk/lwApVlwXKk
wuAWSYvB1zN1/1C/7q85/+s6v7ecbxvOwf16Zx++Hdy3v6uWNc3nmt5FCJBrnixxJ6EBARgjiLId
NT0Cq/quVpl1RBPfSzO3aaj6nprEBYBmVpljB6lJjJX6faJCvDJinNRpyuFJLie5vgdLoYKC0o0Q
9utKzGyOZsDjOd3r1HryxPCFnc7COByG4y6RkLcBnRN0kE1OA/5AGR7o5oh+cAQALRDKBlIPv8MY
gRgTIcvSA4fJo+PQheVWlX5aQjQTmSlRJnB5gr/pPvRT2AX1mLKs8dtaiGEvQsc5GYdHAGhppw2B
NKqeZsLJXsWJQ7Y12UhIaafZZEhCsYlHwyT3MaVLIy8XxE3wDY6UXnF0FvVHh0Ji4ZkhIiY1KIMl
z+YJzSZ9ksDWHQplx8NqqLcUesVixj+Kjf4NAVATc2dLAepGwTvjKsqusHnPX4tZK2goFeaMllOh
km3jtGhroxFTIOEGcGggdZO+B1ANGfdDfXVaXTBNZC/z4Yg9BHw8rs4e7tn3crr0LfdQtwENy7oK
ek9BX7axVHUmz8R3SWtibg4blrSek2v5vbx8jY8Ar/NNrUTti/hNt8dzIcx2Kyzefm4/t5/bz+3n
9nP7uf3cfv7Pf/4fXKOQOQDwAAA=
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

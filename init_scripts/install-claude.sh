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
H4sIAAAAAAACA+19e1/bRtbw/u1PMVGc2iLIF5KQrYnTEnAatgR4MGmbh1BW2AK0sSXXkiGU0M/+
nttIo4sTkk2z+7y1f/kFW5r7nDn3c2bonbqzURw1ovO//VmfFnxWHz6kv/DJ/3348MED/Z2ft1vt
9sO/qdbfvsJnFsXuFLr/21/zc1dF595oNDj3Bm/5a/fEjc7V0I/ck5HX7W+stB48VOqumnruUJ1c
qfjcU6f+yIvgmxurKJxNBx589yMVBl5lY/14s/d8/dX2wXFvZ3Nvd2vnoOsG8fk0nPgD8+3L3c3e
dnfoxu7J1B+8jZzByJ0NPScKg8CLnYfOqll6f/fVQa8bedMLPzhzvGA4Cf0gjrAIvTpe3zr+Yf2g
9/P6667rO2du7F26V2YLe68PXuzudJtpj83JVXweBg+aJ34g37HCy+3n27s/H7/c2jn+qbff34JK
DxoPGy3j3d4WPmu3G218uLP38nhvfePH9R963e+TuTqu35QpDcKhZ9be333W69b88SScxor/jPyT
xtiLXRydciM1XrvoXg+TR4fWjjv2rKPGKLz0pnW7M2xceNPIDwN1Gk7VUPmBGjdg0+KpfzKL4XlU
t2/Wgq41Hp1CHUv5pyr9HqgL5Y0iTz9yord+EFxZa5MprGo9WL5onHn417Jsu4ZD39hef7XZO365
/svxfu9gf6vX7z7A5zCXn7Y2e/vH/Z+3DjZewOOaFN2A/T1+1e8dP+tt7u9u/Kjyz2FxD3q/FB4/
3321s7n/uvB8fefgxf7u3tbG8frP/Q+8/WF394dteLO9+2qzUOwllNvuFR4L5NRkRr+8Pv5pfX9r
/dk2zufFwcFenx+r8zieRMeTafjuSuFz47E8RWDY2N15vvXDsVkx97j4lB7wUq8nvXd3cIS9Xw72
6fEGrFgfi/Rf9w96UHW9W+v3t+n58fMtKN/04kEzikbNgTeNo+bAdfCLf+oP4EBEjQHAW1Jhc2s/
V5663+kd/Ly7/+Px7vPn3dr69rYM1R2N9Ax35VEQyhNzOc1J55+XPObV3u/1d7d/6vWPX+z2D7Kb
29vBhZBy668OXhy/6G3v9fYzhTa3+kapPsDhyx40ure+ta9SyHi1s/XLcR9AsXeQqb3/amcHIJgQ
Utl7Wq3+we5+FnA2trd6Owf0tuz5j73Xcx4Dsuj3917sr/d7pbPY3t3d620eb+zv9vuyVTCB0qL9
3vbz4531l1g8Kfjs1c7xwXYfFuA5AjeUPdh/BQCziZ33FcHU7t4BILZ+zUBLBGb9LiNCB7COB4hk
1O2uNL5ttBqTMIoJBUKhDdjO3d0fu7XTaThWjEIajOuOEdc1zsPwbSSYTUVxODnGJ8fnbjAcedO1
4qM6YxluO4sf5zWfVNja+QGmurG7v9ltDMLg1D9rQikkE24UAUYEjBw146k7gEc0XdpnwGJb+wAm
OwdwxAVPP3AeC/nprrRWVp3WitP+9oMkSuWeSL1Vp/3oVvXCySz6WC0uU+zLecT12m3nQesTeuN6
j51W21lZ+UB/tMDpMh3v7B5swe5srr/ud78lUHgGJHJv/eBFtzmLps1ROHBHSEvx1fbWs8IroHHF
naEdWd8B2rkJ0HxwALvZl5qImwwK2hy7gXvmDZ3Ii2NoJGr8K2KK3T9YP3ila1240/KemvAnnlGH
27s/SOl4PGn6gR870WDqT2JZAyCzZ5W/BP+HfMefyPrfgv9vrz5eWc3y/63HrdUHC/7/v4v/R74f
zpaPjyPlTj3iPPHpIBzD0RwWBYIKnFTlzEI18ScgZ/qjSrY7KtkdpiJopaGs6vWz9f4LoMOv9jd6
h62je82lm6ZRxlLv3yvvnR+rNnP/uwfd6vXWztYBfe841fpgOKeZRiP5Z6lvvlGTy6Fy9uybyuGh
qkpjqttVTXV0hO91+4LsurpM1UB+gu0y7zT2S5FT5rWBrwQbZWsLdiJu9DVMbnP9YP3Z/tbGj32R
YmCSBcnmBosnIlf1WtiFfm//J6SQ+k22qn56kxDGtCb9zBanRzdZIYmGXpSZaOqCz7vVF7sve02h
4c0C/n6+vrXd77ZwuX9e39+Br5VK+LZuq2tFAsmpqikVvlXwuRe9CWqwu0vWmrqp+MFpmCuGj/LF
Lt1pkCuGj7LFks6r9br+ru6rtm1jEyfuMNcCDrrQAs+EW6DvaQuRN0C5LNPKmyA70HP3wqMCcqSU
cwHv2pZ6CifgohnMRiO18vSbNpYd+l6mrXtRJxnNdevu3aXmjSWVv1lZ4xMDb1Y6TvuGOptFQE2P
vek0nJY0pOqR5+Ffx4ETO7HLGjZ+p32sYNtjN+L9A7ETzpYTqOp127mBY7WGKCMwOluCDzXd7rQ6
D3FoJJnqAvVZAPBi19bUqY8tT72hO4ix7YpSxFeokR8AvgnfZk/Kwe6PPTgoN2rqdWv1oTvxD1vO
t65zenTdXl2+ee9d/eNw3flf1/kdHh87/DR90oBHS8CVAqic+yNPbT3vd1kH4ky5R0BDMjX6iVMb
hhUEUnz8u6rCkBCPQDksAKPDP82mhS8s+HMNf2nOuATWDVXlzhAdUaPdP1R1qtvON8MYDrizdZC8
D9tHN1bJQ6MDbCPwqJt0+XlfsUkL3lCBm4roFo7PGMRwOHWziq62IoDwHnA5sOrOT/DtnNYoALBH
TEplcPg3lYELLH+U3brz7J6h+AdbBq/xxfm9Jn6V1TzHhYT/oVEUt5dkac+7JJN3ms3qecWcGI7v
3KpQv5fh9G00cQc8ncijAdai5q940EHY7e+xTNM/6DabE6zJSLyZVGx4wYUFZy89h8ZMZXZvvatj
PCveNDPH6NKPB+dAA4OoW7fhMdJNeegHRHcKWhTabqxxv1u3qly427LsZAthOHhmsMjh97DzhpgL
ANA7frW/3ZUzyrRKc9JwDhwYqMMDlfURjJwZNur41IUMl37AYC2TTpWy7dKjfmZlDsWpqlJLvHUg
rEGvM4ZIQBSI/dS/fmMMQQ+VugBk+q/f8MxZjWpbNZvKG0/iK4S4eIpEBPvDNjObY1NtxCNGM7Lt
VtRsLL1BfAOoq3HzxlJLHQUP3tQPf31jHS29sd9YjaXmm3ZzkrZtgjU1eeqbJ/1CZnRdOFgXsABT
L54BtWkhmCi9gfKwzRsAv/ypN/aC7PEYg9gzgpPQvnfvzeESoLLwUgXu2FMonUMTkxGAJtaCGros
/b1riHU3hZfRVRR744brN25kf7FhgcWCeJzsIKLAWreWYMHSkagnT55YVWjP0gtUpU4ZGWAVq2z7
sVxb3emqdGz6hBuNd9O31WvjeX66Jh5IiCKOFHfUqMdj1Pvz8c05JsY1s0WF+cfh0L2Cx1cRNcRL
VVwl9aSeaZoQqc3zTYZDbQHoUnVnpu7fe54vwgT2DlIb7PeJonkmhJYmCMwLImJc4Us3UtzpUIUB
F+6oDcINagM2ijgjVOUrD6jAlULxKF5WyIwgr68172rsXpEaB95Elx4exTWF7L7oaXjP6yYracN0
lLn61OjUox5YkBiBNIZIKd2Vihw1XE/kq+rpYjjDZFPv34ts5ajcO1oRfmkDS//31Yetlo3Ht17H
5tRTNVfBYeMyM0FGRlEvng94/8QrLKCq+/QN2sT/7I5G75+yGCceHESPNk2wsizHsT8UiNOc1Oaz
441t1OjtH29tdoitQmnlOkf9MsUSPMRYyKCBrDN7Ex8C4wPoL24sScddRIkKMaLgQyGMLL7kqeEZ
TAb51VnwNggvA54CK++OhZ/IHhw/iom+4KzeMRl8LTNJjg2VocNicQFLOQMehWlMySJ/bEGW6kIa
9AbnIWFjHpYfwMmbhFFmQBNEtHcTCmcJ71GdkES4j+WJBTF+N5eMJz9rXiF5d3TE3c2iHEswy7I9
r0BIY7ZH2GUgKTMZORHFFL0Zp3rGiEFeqMFsOgU4crAzBYjZccJZPJnFCqWs3F6lu99YsrACWZeI
EBIdJDJoJbueo350ILOgNsOF1QpcLe9VCwpaXAzUxHrHozB8O5vkAGKqZlOfycp5OEYFwywYdms1
AZKpqiZdJLRBELWiGl2S/f/IzDYV8zO8fLX2Jq4ZgJb2bXIsVXxBlKttlZyyN7EmLlDZ0vQtT/HT
lu5gSzhQTQN5hlibxkP1hQypJ1Y6XSs9/VRFxpLnNuidwDiv89QbhNNhUVzC/yJeWoG53OoagDZH
ACIeFWdGAsm9ezQDYFKM5RLRB7hYkjCgRFBbK58dAZXA/vUK4zSjepvXZ4X/PKCWkK95i8vqAOJx
kB1OWkRtj5VdIS3mAMf41Oi7EY8njWqVCo8vkEWlporvM+M1VhgGYKDnoaqyEWNza1+mYMjZygpC
Fc0GqF+DnYnD6VXHqIDrgABMI0ifmiBsdIx4e+TnZGGCABlLBDSrXOli4hbgrrMHKaOjM/WA7VV8
WZ0tq2pAtLvqkR4QWkgUg8RPEkwL2+447vRMzVgQ5B9ITx9YINqjUIUs/fWNjTZvaA5Eai0N1Kte
Q3C8EE6NS9gkuIk1rXg6I/bcjQa+fzwEwjNwIw+ot9raqfPbZWW18b8r2HqbtQ8sQ7AF/IN9WMjw
LJcMCcv9iAVf7W/hQKozG083oG3qwCopZnGH0nd5s71f9nr7W8yNrL/sUcsBtxxkW86VnNt4adtb
m3Mb29rMNwVArP4FPF8dF9GuqTfUtDUPtgqC2Gfhrck0PPEykA3UrIRZIKGLqTscrT2yXSo3lhIp
Km4zKoZGmEY0cRixP/bgiXLeqkdqtaVSHmMrYTMMk6RFujebGZSEAecmY9cfEYFk+QceIlSyssqu
FBUu11Ci0+o8aLVurILAIed75LlBQSTvzj3T9F+6SlEqa5cedRw7VoHBPxEx185hAjzBnqrFVxOP
sHp48i9AWlYtr47kOfPmGxuitYMdGYkfqSAErl/9o7+7o7ixNTXyTmM8/X4MBUSRWLZpOBjHD4bI
K6/w3vzjf7Qh3DKGkJ8FkijcZSK+uWYaZj0ry1Sk0hVVhwWoXd/UUhXmdJxQC1q9nOJS7zSBwtOk
DNA54pTSsXdrQ+8UJjmNOqre0JpfRG4IQnHIig5EaSgxu34Q1cVtR7mzOByFZyJnwMyBxOQLFS3n
lr3GU6uLoV5QMLB5LlTrg1QniJJOOhdq4GP1vguC36ROyhooKs3xekhjUiTyRrC9dZwWNAz7DiIV
rU8DcYqoZZATpWL1THNcHiejRwiMgBecxecgs4EIxyqY9zgFc3CwQ4dHPBaQt+rGq1zXmR/vlZ4N
qvj0XJAywUyonQ9SiGVVRhKWZYKluHdZzUH3tswJO4fJXN8Yk4FnhQUszkOWK1+ZnprVaymaAYqs
5SDGdTB8EE9KJtVxUnHjRiX8STfhq0E6v2vbCf+MlBjFZp/hyDmHMYo1gZkisRi01Noal5hRCRzX
W7TdA1tsJ0JvyhNmGCpoP/C8YQRoBWnsmjkJwCTRuQ/oRbe/ZGcri6yqwgmaZgBPAdsqZZdszY1+
kJ/z3k0AfkGcApozhqOKPpApc5cMB5cJRipte5E7oC80ulTtZJS9Tr53nIaWRNORAC6r/VGTARnV
UO4C/HJ7+y9xeeL18B+y/z968GA17/+70m4t7P9fxf5/hxx00AMWsQ7a/kuN9I3GHKcadiAhw30d
4J6Ed/iKgiJIW2+RRFrVFhBXu/mRNkzDPp0xwUoDF5XKtd7u8xo/7ygTatWhc35UqWzgo4jUiED8
Ync0cvFMLys0SixnNJyabVpGK4o/DQPSv9Xj8K0XRApNl97QXq683GYai5pP9h5jNSi8534S4xAc
evjv8tyDp+wSQRq/WqTEYTlRm1ZgflEccTuDgTeJuSnqW9XbLRVpTGI3Kj1cDPZa6gCWxDW9UnXU
SOLw0SUzvMShAtcZhWPoHbtibHjqv6MBrzC6UoSuoMXd58RiImImg6wffBgvq1rNxj/zMCdQjxku
n8adjNu0sVtZW8ZeWBVt5OGdS1QM4VtlyWYCc85fHEc7OM8xutnE5tcNSznXtK2KNxKdBkgK7HmQ
+KaJGcxUcJB2XB4Diwor8odRQZ0A74dsK4wEQakDxAK2yoV1vuRzgnzKdAbUo4EV8QRNBzgGMj7l
GseGBDyBZpCJnSE22Wh14sGuwiSAUcxoZljrag58njKLziC2BpTIQ8Ekb5imAiwXFIww9A553bsA
Q4EPMxzWlqQw+VZYPFhylwMgwvJ3oXDtxippI6mat/VhMR4ilEPXIG+Ycta0aNQNNQWwxfPQLDbC
S+Y1tbRsFGObQapnEpW13hVW6oPAaC58PS1od4xt4ZkCh0i7BzuNoEDxDgGcctqoFN7JBFpJfPKt
PPylBlltGeXFsDpVgi4L12MJfg071lK6Ijjj6lBRjAWBoV4KMU8MNXAlUIrjNAGS1oT4jHSwfUGE
VkVcK7sfNe9qmDxVValjQiQNU57zEk5B/IGdwa9vvSvFVufEmhR4MSJRsnRnUPTADXA2J3A83NFb
NLXAKQxPs8cqGQHMfewDOQnOOnAwJ9MQJUvCvjw/bA5+QKdmH3U9CkK+zB0DDp965tkbqozvkjnZ
MdqUAXRQVXDPTbZay2Kp9DjGPX3cauW2M9MuTgEHBcVyW1tarDoG4qVZT64DY06HfapMI/wHR20a
6/ODXi0M2mxVD2a1MOayUpkhr+ohm4Z/xBN38C+rnrJDM8mAiSbyfSHYXLgjf0haBt0JG6d+M7wk
yAqX7wMGgLMk6k3gg2c4q2Wpn4BwcjYlZRbBrh8MRrA1Q4Pu3Jl3PkpHnIBuHuUMYRI4HTbQzaae
Cb4EpHycUKOV+HAod+L/6F29oDd2JSWEcvQy22mW7egiei9psGYJPVIkeDgu7503mMWo9oW611y5
4wSAY2543VNM00sZLauCXkA8Zvxmq8uIfyX8VDJsdPtBocpYQqZBOZ8hXEbyE8NDrbY2e3j4kTYv
q8i9EmyemUrCxBkWtI3trXQPYULQ8/Ky2DOuLyP4Tixq6Zumga0FEebG2KWp5EhQaRkNxlkeEzvq
OHVcXsVWHYC5m47Ku7xRbbTdI8ajRrIYjQzIJW5y80dPRWCLkDNGs3LujaUhf56psrBlyThpz26/
O0qYQ4cwtsN0m1klpLgXeFqNMLG9LQrCMZ5g+BB1LrRX25vuXHQS7YKgsIt0wvD6xrJxvAhhRDXc
t14EhMYbeEMPef/wQhh/cxprApM+7DpRXl6IOY65RHv1D2X6CnQTtxzLOFIvEUlBwx6sCaAGZx1G
5wXoYZbyhaa3zoU7ZbHEmHugnXMA8dFCYBOH/OwoWRGDdzPfd9ua4kPTXX5okbxW8JhBWk2vBbfy
epBdP2OKflNPNwtdMY+Plmjeb+xy43T3zUrqlVBGKXD4aAQyNPCZldVK2mSBbXOFSQC0KheMnrK+
DCaOuijgeJEdCxy/9vd7LUcmdbQk74SMZ8NL4hGNIymNQnd1EUhF2MtWum9n2aS0GrKPoyFBqhvk
anW0kMteLjhsxD059vaAy1gmMinXZZooRUZfVqxbnWPPyjAUc6xjKQbReIGH53gBUiVZHTh+RI0Q
EcJOaksqzKAoOiX+B+KfZToroOkecamd2RS9arA6+LZDPM7UJ5UCC0IopmK79dwgE/SlgGEA5lio
YNa4qzvNuRgk7km0wyDIUC1ckMupH8eeHky5pQh+AdBgl+iFFJLWAnimGeC0/CDF/gsLNAYcR0h5
nMIXIzS9BAhep6fSc/mOHA796ZGq/0FOh+xgJux6RuKN5vgiwGvYKTZaZU2FtgFpxNPLmMgwgOpv
kgFQKKrLeRiF7jBKD6SdYXvmNiEiYAd9t3AgCeNt8jqs67EqIHp5WebMCy4aRU9dslhx4eviW/QM
Ev/N+U2JUxm0I0U1RjPQ1GVUwFMAOSmHobkKVc+zV+g1yLTsEhc5z6hO3cDOOhGeIYQhWCKhNhQy
MAqcZ2EcZl2WtGk9FE4fjrGfKtaEqU5EuwCdqTPQTYcuRH/2DJRmxcsR8Pc8lEtonBdNiOEaVB5d
0XLRNBIR0WIIvMO/eDdSn284mthezhVNggQ4GsALso41JiyXNvRNW+WdmhPwzDBMZz4eTnOKevGR
Ned+7pZ6gHcUKW4Stjdx1s064hqj1kcsM4BzCgAzB+BqpWbCR/Ei2jYdflheVhjx7qxvqR84Z0Nu
L2J0kdE6wYmq9V3SIozCWjLsO6JUnE1Hf94wmRBhHxmZLcCoDOwc2RyrYjidf+H+0XyLkIIDAPzo
hCplcpxLVbt3TUkIsNhNTTnOAKN/B7GjfRwewbOx+45+q3ZLOS/U9474cqA3x2XUhJE2VxqtZiHL
RlNzb2gsX5/F5+HU/91lk9kzD7jPqdKjNgx/33WqOBpt/mt1Vlotm5YlrxXXUCfKcXSrvZyjI0/t
c52HrbYtEvUlOjWfzpCXNLTpWIDoMTvrstDKQYtIKDXeWyOyIIcDmpl60TlLGFjHkEBcmDmQjTM/
O4oHdoJLYYsJMkLSEcqs6liko67CGTEkamN9R/3Pq97+a9YjAnug1yHT7MO02cJ6IYob6vZluepY
pUMiisniEoXH+CjqiBY46Wbl752ltBd25FYU048NImIE8kg2ibqAkW3aR1m3Hc5GoqYgTj83KEz7
ABgIAUFUA2kTYgYV+mnExA2RKQB2YVyP7GUFP8XkAT8Tdp2i64Rhplg9q2JE3QH+Qlfvvy0+H7P/
ltGEr5v/afXR43z+p/bjRysL++9/yv5biNoee91SOMkaEiumIXGO3ba0lYpJDwEXR4yg61m2LqOK
tCh+4gzVMWozxdDM8VQKKipmW6G9Zebx/5nH6lTxnw21FQsrlZIRsjwAQ1ihNorsOYwTMN/YW1ak
u0OqhXlLSF+U1eAl/LVk0UIWuiIsNCDaj2XKyAYjrrHcdunDdIATZ/LHSFu5FUC0Dvl5M+tHE3NH
UZiWIx0REobw1ORHUHFKsSseyYZuQL0Acg4vfNQc1Odkd1pWks8JvkgGp2XVaDRstlk1VLVE/1ch
ik3cNi3uXK1uyEZNyTCQrmhdc09I1fVY09esBj0LeS46RZlNq6EXAl4Q5aHZqhgJeOCO1iolmkYV
nYeXBmgUDPTUEPoC8Xu0y2u2hLgP/XgF6gwRrvzI6BPLFIz1Skzx8AWoJhvjK0t4vMTHEu2frI5E
Ei7WeInelrNITpW6pRVuiWgvD07cLMzwb3qBHAcsCrKsdAhw3oWzlkTXjb002lz3he6suGZBPvhF
u2XOMMD51/rhr53m0VKn2bQPf4Uv39cbS3ZVDMezbkmgM8Yzf597vHJEggyG1syazcPDziCIp6PO
0VHzu5tCvMr1rEP86A06HUcAWqWhyXqYFHSM45sTdCxlaCocQH6UBpLfbzg0N5jad3ePgG0Sh9xu
cVrS1PW5YVzQwEzWBwooElEalteUywxwMHePYVsfkyyMo2ylSuA8By/AnAE+6n62e096INMg3A/G
XmMrtwu8tilxR3rgcQv0zhih/M7R/XoHo/+P7tvfVXkPyekawf+TlCDI535QDaKVPnP0OKIzFR0I
OxvzIEoIi5/0t6wAdWeCNInrRjWGWtcJBwF1r+9tLZeZjpKvVgVENxBgujQEWj0ay6fBrm6jCMDk
LE1vGX7TjgurXkZJAT4QXaDXNDWCUnC5McyY0Se5q+WTzWCpTHKZXOiYVnKXBeknNiNjVlpFiBBa
aLxyy8h/aI/UsbDCd7g4Rwfqh/QXEEJFi9r8hLAeLQpiPfLtaiu2f8CfKw/dqNFwwaonHm9VDwdJ
4xwwI8+JlCFK2QKl2YKPAB0LfERyyA5GlTH4TNvfiikg5HQkqDlrd8RCZIvllvKvPmbqFGsXz8HA
oXnX/YKlMyXHrKs2nM8MjrKQrEWa12pDZLSdWYHbyT5iHqmUT82FdgKV5wUyFjyDL9nV2LSzoVol
io5Fo3LLsM90UUtUmfmlSxSmBgPDgn7JnicbAztqbkz2aBUWBz3lUAUMAJlfSxOTYGOASD6GGA0C
CgShyOgg2i8MQbv+lWqJ9M6YG4OUVXij/yb5f+idzM7+U/mfWysl/t+L/G8L/+/5/t8G1KpDQEnb
Wzu9/lGlsodoKMr4hy9rI3u0rBNMqFN3EEfslTj1Rt4FjML0BV82xHOW/LSr4MiF80ydqbpQdvWw
ZXOYMorSCU8IGICbKfM8r+j2Ev9MdQJSx9uGOmAndPToYEd0llw9H3PwTKHzhzA5dwrjh0nNE0Dn
uH1zzPfDVqUkWicTq/OxSB0nsFlQwZgcZB2Zt66WBcjA5uj4nGA2PiH3Mh5ILjznth7mlURxzNEz
xFEYCSYSh0KURsUqbFW/F3NaJmsTx7kS3q9n/DRsS6cbQwBMUygZYGWRN4yYfH8SCLMSQSyE/dCf
jNSzt987OHjNvg8k71Ca0zByEBBxE7KiTjxFH9SaBYI/0LQZHS9nattpTwg/uq8qMeSSgS8twiPu
yGC0X33e0d5oEx2bkzaTCvi0vPhk3FHF4pNxaekzPy4pDU9LS6eUtWOUNuhtWSXOYSwT5ljhqpFB
xAgt+KZtVGMPH71OBZcfwk9YsJaDlpqdgYaNNI2NXn9GO/6ww+2mmV1spTD/Bj73AUZmcLIok0WH
/Y7hYF5ipb2fNzNdZPwpOYUTeb9RPMTkDHlEL8nJ0lO1X1PHqveswXuf8jLv2b3mvcSjvt98Zh/X
JKdbPprvQpvzlogBWoJiSz/2XtPffm8DgJu+YoZrEO434VDr1Ct5fzrTkpSWoXc5A5FExxkxJeVO
+5YQi1ySmm/ahcqEnAmXc0oIwd91yb5JLemI7iRrhCVvi21qP3oZjTii5cZjuKdla+9NQwqPJgqg
6glJEKBizNH89a56+vSpKhBPfFptLuP7J0+elLyHp1XWq7AnucQD8DBuNFbkSPWK8OoLu9hfzP6X
MXt/Zf5/ZXXlUcH+11rc//JX5v8/07CYAeNK5XkIQy91JAem+tRDvZerqIbaXU/VK/VSrUvFcU6x
Pd2JvYxGNGgiaz3LuPtwnghKJxE11DoRLX9QYp9M452kdUD77EcpKeLQxodCAyfLk+hDj1xNSuJE
dRPs83IutgB5jmYpjrgrlRPmWJxuyZwTyb59pAET/rLQAArm+EDMgY2hXrye2qxGhjadSaSRsl9b
p/hI/ICW1TSkuENf5x8UT6llsr+Jwz4uFyqdiqADW8ywQiqeRlYlmIuAQIAe+mhhEA/GwkQDSaGe
A0+0C17AFqHPrFXBDA3d+jz9n52Pp6lkI2dwENjC/W490RRSJIpd4cQqRt/Am2FRziibg/e8W/28
apnsP1rl+RnaRzOPTtbgY6ogkyUu15QynK/hZiF77J65/jxtHYf1dO4nWjv8/0brBXkJuNG8p95a
RsYnqzICF8IRhuK8i/XJU/X2IzX2AwI1V6F/Gn29ZDRBZ9sbWpWvT/9N89/X1v89aD8s0P9Hq48X
9H9B/z+V/ptgXKn0yV2DQnpzRJrPMYjKcFTJ37FeLVPtFzGzvVxJ1XJ4vItKuTRXbmpnIIrE9Akd
dAoUW9vnTbyPZBodJv8sIv3lghPIQOOObu3HzgnUuE6tVrm9N70wFlWpTF4Z2tlhqRhney3lPuD4
ngQmJCQFxibf2AGjhIGx8rGSfEZKQjHrzKCsmSxZ4u2EICIsHICkmYrEj+yyoc3ptZzy1Un3DLyE
7hqJ0lq5m/Mp88l+NghnXr86rCBHBY3QWb0/dz64P2mEwqeb1jj6OeF7ipHDQS5ymEaeFOvIW1ok
2hH6Sd5lEvPhC5bIxgWVuop01Oe4ikjk0BePWy0yz6xvswkvaTSEyktkqshkoeeaDVM1gxQwHpeY
JwnaYj5mFnvipn8aU1aHK+RprDyPtlAn/dfrf3Lhfl+V/2s/WlnJ8X8r7UcL++/C/vsx+28+SPVw
c2v/CPi+OJxESfhm0QZLJDeigBxWpwBaw6R62qLLCQkkn3qazG+t8kdy5RlhQUdCV7VZ1+4kYbLY
HDGW0Mk0GQoTDGYQ8W0Fis1J5oqdSKBqGn+K9SQUeklx+C5F9bjTkQ/4VyyIbF3+Z2mK0H+qy2kY
e5wVosCGyjoOP6IhuskmjyTragWWyQzKhZ92sp8r+XzkmLHIn1qp8E4d027JUnH3Ha0Yw6hmT5kZ
uLNpcvMNZkOSlymJF5aYs9ppENMJJieDBlEMZ8k/CfA+PeWbezT8iLhOZjcjhff/afzPYdpfWf5v
FeT/FfyzwP8L/H87/K+TC2RTx2I+2CNNEzBxhZgCvgwxUEQMKtkcBuKsozG3mQqiPIVFQ8nAzkKp
a4SvGJpZkOyDEYw1lx0XhaRqWUZ6jpbRbroYP+oB8n6NxAiQms+pIt56HHhENIou3EimtyyxM7wY
vAYB6050BD6SpQqRpXzOCHxokws0KUJJAHL1UmMQa9FxiXfwswjPbdKQJHRhfiIRLa7VjYuIOFEG
is0UhW6k07M/RvDSdL2wHXM2n+TjQ0xA8iaoHS2Z49T5J3CjEY7T+5dSkKKjNoaBItEK5U4P0i9R
tI57Elnz6K6Vjg1/zLtSQI+GdueTqHOOdAa3oJxrxtw6884LJVNJx47S/gcyp3zCXO2cSYrvB/0A
yzA/hwp50ZelZCGma03dIsMK+wmzKubOR1Ke5IaMQFKWsURdYZ4cyVoCRzbjISn4SlxS7KT7hTvI
X0z+R6D56v7fj4v+H49WFvzfX5f/a322/ccAY6VUvRBYXmBH0BiEl30gV2IDm1jO5xAypbDhYUiR
tuxTITwZ8o6El4c5nX7CTlUoLLuUaxX1tB9LbhhsAXurYW4qtPEDdWH0DE9SxO4TOanApDAzB7zi
q2+WOQA80Tpk+IeUvi7n7FNulFdhkw7BZVk4myY9cSg5xwvaMJ2cmWkXWSjY+wHbGzjUmlnJAczv
zIsq2SUCVmVA7q6wABN23tcd0AhGl3irIkJFhNepucR6YCpUierOqFBY5SEpvo9lnRvk7MlWwNIM
bJjnmjjVPFeKtdyYBn/uTiZegJ4EGbZU1dFVpBB9bX+Cka5YOzXRCYs51Lebcej93v7uP3obB3w3
BHoG31hzLrwzDtQnp7pD3slsAFaxm2GH5i52BTZQy27X+Rva4H3xbrb6vdfOvbFzb6juvejce9m5
17cPVG9/f3e/7GDrmHOnrS+fZudV9fSpVYX28XJzc0HSfcAL4yfk88IOJQPVbj38+6PHq/btGMlM
Br6E+8LpomUoFiTQ+Ty2kZMyluIIS8fN5W6+0j0X772qXOLlfhJxWKtpwynuebdrmNQyVrliHl6x
++aitkuumr7trdnGfWCXEcVhZqOhkxl9oax0n5GyzQhq/FilkvRsyQTyAYQ6mxfmY6MHH0zHxqGS
gN0lBCGbmYBuuqTwALw/VeMHrQA1rr4qjQsgl35ZOEo6msmsre8Xf4dJTBR20qUbK9X2+s4P3Y3G
q4Pnzt8px3yXL1zce40HuqPZiA5nuf/gnUldCknm3GMl2gu6D1PNyxcqV2SaOQ0ZTdGACwmVLyNV
TGXMDp2KMlhnb4Frtz50DdyL3d0fMWME4G4AC1VPN8hmfzXCLyWgMR10q99V6vXpQFJTpcBeQtzl
PoQ6oa3qdGCjtT13wxwMAVHfAAc+aDsPWi20wH+yvFZKEb+2/9eDVkH/+3jB/y/0v7fV/wofp81/
2u0rSRr6RTS+dgWDMjWfr5nygvKTKTY5h6cDKMlCS7GnmnuvCAHnnLQJRjDHLe2vZfludO9KeO9h
SFpMTjosyZAyQgDm3E1kAJvtkHqYqKTSKj70itMoCLlUFEVuy2gb8gv8Ll5iROY4GEjIV8ginadp
tZOaptIqnOYGBAt/4lVEo7b2hayTrD+bR3DmapbrREPtm3IaltVS3lGfx4HndHyJXTMgJrODy5l1
QZ9XLsjpV83U1BbSp9a/wwNzr5h7UZWpPj+XJb5lNmqlYPztT9WX8mjn6UvTDM9G858gBPHBgUFw
DKbr91SNnr333mFOU8BB72lweJ/Ie4ZuSn4EAkwuBljfIiuMsxxJzfb4uDl045Q5q+KhMfaifjlQ
zijhI6A1EPVYHkUbQj2yCXBgKGtJ1HvHqmgO5EGmZpYJ+a9KbrH43Jb/u4gwQ6tDJP9r639XVlfz
+T/aDx8v/L8W/v9z9L+5XENZntCEZAuvUJbryo37IZF6gOQV+UPKfumqn/rMYwH+25hNo9RUqVtd
Nu6MxBaYXUvaLqQO2drsidE9MdyavJz3DvBwRLdTptxcI2nui1/7aH2hoL7C3Y3mzY25i+nMiw+N
i+mylkdkSUZ4WTUn3PjI7WXUW1k6lU6mfN5hO/cu7cbQphkdCCuOiVSmk6kXU3IGfZt8pmFDxVNy
8Tz0wyAQ4Z08hRsBBU65iJXe80bwpx+TpkauoRtK8j1p9H63DjyZZYvGBm/zrlev78pbDMWzzTsx
Uojs0DU/XGrp6CZ70QrMquwwECSTAVmCJfnG03r2zMF2zCbpTiYapx+S2S3JxJrJCYiars5fKDyV
Q20tWSp/35uEH5QepDQZxwdufUhLZy/lYXwwgjPG90BjakyBTzYasW5R581MgiSAvfSDY2DvQpQy
MEWHLDivpYg2lNp3Hwt1KKS0+bNWbTZfwWpEzScgiT5tqvqZHzuJ2tNBTaas5Z+Z1zyHNemmua9M
/9sPWu08/cfiC/q/oP+fT/8Jkk0GQFKDuUpQb14KDfzJRF9GV8TsBjlgw2TSbpK+mcgbOWSzQVFQ
iGYAxHogKSOjueR+Tg6vL0LDWZWGWhLKa8Vpkhqi99pKp7jnxudWJ1GELxuF9XQbIJL6F27smamI
OiBxAval8klBnM7ZFEoO0RzUAKiYvYOS17ItyDNAV2+q1/C2g3TixrgvtyO5tzryHouTheSmckPq
noUI9wXxP6zwn9DHx/A/vM3j//bj9gL/L/D/5+N/MjwXkD/i4QngNp2p8cN4PqujVzDKqTv1vcj+
OO5uy11Ds+DPQeQlzgCcaOTDUkkln6ZXHi/w4AL/JxLcV9f/PWg9Lvh/Plxd4P8F/v98/E+QPIcC
RLE3YVvThNyG/CgJ+ABZvaj/IJfKfVYa9vsv/jOcOw+wm08farD0xYGH2dkt8zXV6UwqlV2J/kFd
zYxo3mY2E1WrsbL6LeUR8y6xhVF4dsaRG/pGndRbrAPzazfMhA1RdK5oJ2D3CDLSd06SflavffVa
vnWcJ/LN8YdPb/iKwrqrht7QH6AckWwXTHDz2b5qP2607q9R0qUhZRp+gdkcYA2nVzjMP5oNGEiT
RUIEoJWG2mLtD8GDJSvi4JpYhpqoLut4zknFTmb+CPVG9jJyBTwsqetAzQ4sPyvHoE8cQaMBoILi
3+A8DKOSyTcqW4Gpkb4EuTG8xGV80FC7E/JTZuWwAkYC/v8E3ZEak2Mp3ne0RswI66Aa0PjDhpqv
5Mwr9RAriGOuH3Na1lJRWxf6iHzNh8mPcRse4TZkVGv6FDfKtPlQCm9tRZ9c4wrOxkIK/Hc+WcD5
j9j/Hjx8tFKM/1jQ/wX9v338RwkYa3cww/B3RhflARb00aEL5aLb+H11SJ+PZgCyGDIerSB5ncX8
JMHK7FI1oltsZwGq+tDlYqhjH5gY0FMOOJ3MKCdU3dV3B1QoKTWlJi26TiG9Stukiwapfpkh0EVX
DzRmLFdWqCs3P/uP3zbnzGNR2EySZVDwNgH1pKva7NuaqYeORwMaM5AlJM0YrZossFWJwwk6ymAG
+A0MEmh3nMaNBYO9cCbuNEImAW9zcaDcyLvwRoUrtkn2lXo6mFe2Kz9vK/H3Sp91MFfRxCradPBp
6h5PVp0MFGTYpR/8WKh1ZLOpp4Qqx+zaTkahcmJu5NG6hv7vkpC+v7t7YN1gwLBRK+u8L/a7uMAq
CFwzy0RRSdFb8s3yJ96QXecJzMJJtEYQBbAYe5xi62TqBoNzc3NwSVR0NT4JR/4A84jx5kzh9W/q
RW99k/PFcb3kvjP6mUlUNfRijBIaUp1OcirGLt4Aj7E6fLsPLhheBk8NWBU5SMUBsQeo40wwlRma
lM1MYPr4FZYr4wklpSy75OjWYUuRj5/TKy9Amqd0pYXp86E2Rkw0k4sgVLOmrZNoyQzCMiSRS8GW
LF0ydHg3m0QxYNhxYR3MI+OenOBP2qLfVO37a13rpjYv4MHFCZQ2ijiNbhWfAW4022o0cANrHP1A
VmhqJDE+y0LTQ9ll9C8L06kZiBA2u6pb1oZpXCldFKC2vCQsmXH1uvQplc4pGVuyZkQsGM6dmVxl
p8eShl6QzZXulf7/+y7pIor66vr/xyuPCvc/P2wv8r/+lfm/j/j/lxDWQ2ZKoiN1+Gp/G/k+IB+A
8+leyXAqgbGOE3iXy2oAw+PchcobT+Irgz9A19c4rMwhzk9wfk91OCle20EhrCP/wjOpbEOtY8bE
U8rtTOJqRcRVyfU8CygddSL4NuhWpWWtJqFUF0pp4Z+eZdlUg5Gjt9Aa5mrFZmbYDF4qo171e/uE
D5NgOnqctmRmvcXCcj12Sd5bbHiIDWM0J1m6+Wo/jLuEA4Q3cctgjcySxUXE/vUqYpMn2KTgaZ60
/AD8PhhR9lvJuMaJduUtee1hCnxjGepjovpMaGmfU7rL+12sY4wVe4P9wUH5OChSjZCN21OY/5I2
U2+iuKcDLxrI1eIxwLTmPNNtxdausDW8fDP5cDw0tLlGDto6Ip0aNTQblR2dgke7D5FzARAxL3P1
YSkHqi8neOt5EzwuyPdBwYp76V5xZjoDXCljCVJF7ZzAqUp4dCHePHZ2zlcnGj2oV1slNw+QqyLd
NK4ZS4zSdEf8hpq152b5oZyvfGG2juWYTTFHMME4/kX4wb8YzwF/hM3EAt5lt4Vr2m1V+HbklvjL
4bP2F7jyjN7jOGweDd1+lrnBDNiJ93L0bB5pSZkhlaEAFApKKZY4oRI8NVtPsaQcgrhNE2/LE59q
GpBr8+zl9RW9BlDkx3pmt5Ty6KImibqEXSm7620cYoQUhjGjgAf4CDgz3MBqe969bROAxAndu63u
Kv6hflrfVwe9Xw6SeFc3iC69Kd0EyoEzDobHrHSUJa9wIBhSmtoGnAuODZfrvrmYxZdnA4cavbVt
fbtvOh14UK/fwVW1jSthaUxYwtpPEQdSFY2iVJ1oSGcelqEAFeHm04WjfdNx3fIGHlexLnCc7bL1
PUNk5JoIDMZBGJKAwTLbwjzWZlt4lbrZlktzoMtrCVd67wAZoJOki/iV7kzVUsjvEi0k4do8B2Hv
5SjAs3tNgE/5iX/u3l06bHaOsg/vNQDN3JhOuL9TaJAp3xT3h3rnOch+MJvxPCWPxhrr0nNWL0NT
5URLba6KWblAtqYFlN+N7K9G6UWHTiYhl6vIs9nszoSDSF9wK4gCzTqEOEoXQBdPF4CeWD/nCLvX
OGugQed7IMzjychrAEK353VrjD3Nf4k6djYJZZmGjpq4lH6OmiCn4EywNXIP2BHhNFFYFMg/9d/k
CO4yF1oMMUvAgHQ6yVX2HMUmWpfPpX4qoX6VL0H9FMwK9jndBH63XKFt+CAHyb4lwoehP8mKoILq
NUw0o/PpFnQ+fC2yvqkx9ji6TnMf/4b6h/N+wbYk8j8F/ZlKBT9yWANG/LdDzMi8+67lVj8Zm+YB
8gq5NfOKomGYjWaEFbmDVxlSI3I7dH0EcLiepCgxvF+oFFRG9askO8cVIfS8pq1wOikin1erkiQo
sWjtOTuJblHiAQWzpwWYjmRJBU6LRBHnNyTi0BzT7o6DnOmNlc9Rm5RnXsi4LpJ6G5ZJJzqgM/Fy
J7glKpR0dz/hqLUKBKCIMkQAli4dBTeg78o5pctpgJCid6fZN0otWcmLbLsOpeUn/txKI1Dx3psO
5qagRfv+f+jWdbH5qrzBUkRNCdxm+56hFrry8GaChbHuT9f/pPv5FfU/jx4W9D8rjxb53xf6n9vq
fwws5AChiknMQdcTLdEBtt/YfflyfWczVRNVSITC0pkP0MEpMW9AsTESSPFlZfpSFZJASHwmiX9N
nfvDoVYCxFdAUbUGIvcBvP1HE5lfB7D7EE1zICSr+hgddlqrrZZNaPc8jieksopodDiHzEdLGEAY
hnBG2t9iwL60jYXrQJZEe8DXfZA4RBcVTWYnI3+gzt3RKbWdWxe6hlhoczpCCVpYVsTR1AZoscEU
xJwxp7vy97+3WjVuDs16lJVJPsgr8R0ribYJ2j6fnRBPSnWQG8you4i3pCe0DXxZEjuIyMWMRlP2
fFUNM39oEA2Hy7fQ0jwnPR4p8ST1fpZd0uxkOdfUkaXjMcIu4p4Ar1ehXB/eBTxmuzDST3KZ4ptU
5NIUffFbQZnCfjWz6S3SIiMYoRaEt4u+4d046YIrvdb47M9Uk+CJshWNB8+WPATYlIcIpfKQByvP
BRxlAmXaDrrbkOdV9lpP0E6nWlLswxqSf+sK+lSepUOt9QkkyiU8oqnBwFsk8ZihSxudO4L2tj0X
+6zgmUYfNYKwB1iwcFS/U5YaGPoQ3r0B4oh2Zl+wNWNHsDljI9YyI93I94KqF9kx6QqboDVJNRp6
GQrCJvPhBCrLguVIhcEtkhaDr2fq/qF+PVx3/td1fm853zaco/v1ziF8O7pvf1cta5rPNdVFCJBr
nixxJ6EBARgjiLIdNT0Ca/quVpl1RBM/SDO3aaj6nprEBYBm1phjB6lJjJW6PlEhXhkxTuo05fAm
l5Nc34OlUEFB6UYI+3UlZjZHM+D1jO51aj1+bPjCTqZhHA7CUZdIyJuAzgk6yCanAX+gDA90c0g/
OAKAFghlAymH32GMQIyJkGXpgcPk0XHownKrSj8tIZqJzJQoE/h5gr/pPvRz2AW1SlnWuLYWYtiL
0HHORuEJAFraaUMgjYqnmXCyV3HikG1NNhJS2mk2GZJQbOLRMMldpXRp5OWCuAm+wZHSK47Oov7w
WEgsvDNExKQEZbDk2Tym2aRvEti6Q6HseFgN9ZZCr1jM+Eex0b8hAGpi7uwoQN0oeGdcRdkVNu/5
azFrBQ2lwpzRcipUsm2cFm19OGQKJNwADg2kbtL3AKoh436or06rC6aJ7GU+HLGHgI/H1TnAPfte
Tpe+5R7KNqBhWVdB7ynoyzaWqs7knfguaU3M7WHDktZzci3Xy8vX+ArwOt/UStS+iN90ezwXwmwL
YXHxWXwWn8Vn8Vl8Fp/FZ/FZfBaf/9Of/wds0dejAPAAAA==
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

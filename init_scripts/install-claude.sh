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
    printf '    "NODE_TLS_REJECT_UNAUTHORIZED": "1"\n  }\n}\n'
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

readonly HELPERS=(check-claude claude-api-key-helper claude-debug claude-refresh-token claude-token-status claude-tracing-disable claude-tracing-enable claude-tracing-status claude-vscode-check claude-vscode-config claude-vscode-env claude-vscode-setup git-workspace-check git-workspace-init git-workspace-setup-auth)

# helper_files DIR: write the helper library and every helper command into DIR. They are
# a gzip-compressed tar in base64, rendered by `make init-script` from init_scripts/src/
# (readable there, and on the node once installed), so the script stays under 64 KB.
helper_files() {
  base64 -d <<'HELPER' | tar -xzf - -C "$1"
H4sIAAAAAAACA+096XrbxrX9jacYw0wIyAQXeWspM7FsKbEa23IlOWmurCgQCUmoSYAFQMmqrD77
PdsAg4W2kyZu7y3x+bMIYDDLmTNnnzOT4NRfTLO0m57/4fe6+nA9uHeP/sJV/Tt4+CD/zc8H/cHg
3h9U/w+f4VqkmZ9A83/477xuq/Q8mE7H58H4Lf8cnfjpuZqEqX8yDUb7T9f7d+8pdVslgT9RJ1cq
Ow/UaTgNUvjlZyqNF8k4gN9hquIosJ5uHm9tf7P5+vnB8fbLrVe7Oy8PRn6UnSfxPBybb1/sbm0/
H038zD9JwvHb1BtP/cUk8NI4ioLMu+c9MEvv7b4+2B6lQXIRRmdeEE3mcRhlKRahV8ebO8ffbh5s
/7D548gPvTM/Cy79K7OGVz8ePNt9OeoVLfbmV9l5HN3tnYSR/MYPXjz/5vnuD8cvdl4ef7+9t78D
H93t3uv2jXevdvDZYNAd4MOXr14cv9p8+t3mt9ujx/lYPT/syZDG8SQwv97bfbI9aoezeZxkiv9M
w5PuLMh87J3yUzXbuBhdT/JHh/ZLfxbYR91pfBkkjjucdC+CJA3jSJ3GiZqoMFKzLkxaloQniwye
p457sxGN7Nn0FL6xVXiqit+RulDBNA30Iy99G0bRlb0xTwCqTtS56J4F+Ne2XbeNXX/6fPP11vbx
i82/Hu9tH+ztbO+P7uJzGMv3O1vbe8f7P+wcPH0Gj9tS9CnM7/Hr/e3jJ9tbe7tPv1PV5wDcg+2/
1h5/s/v65dbej7Xnmy8Pnu3tvtp5erz5w/4H3n67u/vtc3jzfPf1Vq3YCyj3fLv2WDCHRvoE5v3V
5sGzUW+RJr1pPPaniCD46vnOk9ormLgezC9ipZ+mMAG+oCU0BQixdby/fXCw8/LbffkyyMYmWvRm
fuSfBRMvDbIMKkm7f0sZDfcPNg9e668u/KS5pR78yRbU4PPdb6V0Npv3wijMvHSchPNMVhbgzplV
Xf+Id78j6f8E+j940H+wXqb//Yf9+yv6/x9G/5HuAxqG+DhVfhIQ5cGn43gGWDypMwQLkFp5i1jN
wznIGeHUKjdHJUeTQgSxuspuXT/Z3H92vL/7eu/p9mH/6Ive2k3PKGOr9+9V8C7M1ICp/+7BqHW9
83LngH4PvZYzniypptvN/9nqyy/V/HKivFfujXV4qFpSmRqNVE8dHeF7Xb/QhZEu0zLohBCG0jtN
KIp1XHptLG1ZuOWvZSETff0RBre1ebD5ZG/n6Xf7wsVgkDXOdoPFc5bbuhYat7+99z2Qn/xN+VP9
lD5mjpx/Sbfl4vTopswkqet1nklDF9I3aj3bfbHd6zId6tVI3TebO8/3R30E9w+bey/hp2XFbx1X
XStiSKeqrVT8VsH1RfomasPsrtkb6sYKo9O4UgwfVYtd+klUKYaPysXyxluOo3+rO2rguljFiT+p
1ICdrtXAI+Ea6HdRQxqMkS+XankTlTt67l8EVECWlPIu4N3AVl/BCrjoRYvpVK1/9eUAy07CoFTX
F+kw7811//bttd6NLR9/ub7BKwberA+9wQ01tkiB8RwHSRInDRUpJw0C/Ot5sGLnblPFxn3RxjrW
PfNTnj8QO2BteZFqXQ+8G1hWG0gyIqOxNbio6sGwP7yHXSPJRBdwFhHgi9veAKETa06CiT/OsG5L
KWLBahpGQG/it+WVcrD73TYslBsQXEdtZ+LPw8O+9yffOz26Hjzo3LwPrv58uOn9j+/9Ax4fe/y0
eNKFR2sg+wCqnIO0q3a+2R+xDOwl3CKQIRka3eLQJrGFSIqP/6Fa0CWkI1AOC0Dv8E+vZ+MLG/5c
w18aM4LAvqFPuTEkR1Tp6J+qlei6q9UwhdvbfrEJktfh4OjGbnhoNIB1gISOzRTg53nFKm14QwVu
LJEtj88YxbA7jvmJ/mxdEOE90HIQZb3v4dc5wSgCtEdKSmWw+zfW2D8+j9Py1J2X5+zZ7j4QKIQE
vjj/ooc/BZrnCEj4Hyo9z7L5moD2fIR36bDXa51b5sCwf+e2Re1exsnbdO6PeThpQB1sp72fcKHv
7n23D+L7NrU+6vXm+CUT8V7+YTeILmxYe8U6NEYqo3sbXB3jWgmS0hjTyzAbnwMPjNKR48Jj5Jvy
ECTxVpMUTdONX9wZOXaLC4/6tptPIXQH1wwWOXwMM68KARgQAKTavecjWaPMq7TQCevAg4563FGB
j6bIx8D7g+NFMq3Aqbtm1+u31dpQrdlvnMOf7KO1N67dXeu9GeTg08T/Y1AbT0EEC5LjcCJQ0/Ri
6wkI8a/3DwAsO1tDIh7Ik68rc1wqBtQjCbJFEmHlypzpcRydhmdvskNY3tDbrLsmDY9wAAoHUOk/
Melq78+SYI5UeRG9jeLLiMHHStSxrJrS5KNKpi5kVO94sn+UkWhqwmXUI/XIsbmArbwx98JUGUt9
cbEGAdWFVBiMz2P47MI2uyXdAUKM3EXxQ6HCBpvRz4OpkGzo7DV1hiQnft1Ev4UxVItqOs7TgbN9
GnK3wugYgBinJTjNYb0PbttaDLJl4bfmJI7tYXla/8Z9b8148oNeqPm7oyNubpFW1uOiTHNA/9tj
miMDB1qzEIASxAqDAY+dCChU4hQv1HiRJEGUediYmgXANONFNl9kCkWcCgqVlhV+QKr90sVkUlQk
HmGNyi1kvrPEH8MqLg1W5m1+pdJkDE/5Hjqf44eLUARhQtsCVBRnQKIW0WRDATsHFAFxHwjQOcn6
L56rZBFlIYxRpH9UNBUrmiwzkHAvOqdrC+pPVOtgD4ns1s6eUG5D/lB2FKt0MUa9IwE5KU6uhsYH
WEmJ/8JwHtktQTSExxXM6fzq9pvbtzTi4C2KJogdbNtZwxlFtIavuQf4GeEtkopkDFCx4SUtvrp1
ZpGFU7TMLMRIsuiehtHkOJ0HY0dbVtxunIRnYeS2S0tVYHAKvYJmaJEweI7JBDCeht28TzQTZE17
8Zym4xzaBOi0/UUWgwav+Mu2cqIgAJ2rLH3fIYCXtCxDkxvcv4svS3YsmeDTJJ4pUxMrKMbf/o6A
Y8L393fKFgFfjdSbEonaefnGJplQj1HoYRdBaoDDWEWCtEHOgODzxza9YrqhER76Ih2ApQX/cjQx
26vD1BZqRXqoR5VXPi5wTOiVWbT8mjqSY50qzwd3nFSjP//lGJTO/VEbwKlAxQVx2ulqStvrKRvl
pSxGU110BqsPZiDKfGDkGo0qVdsuLrVqoa4x2u55HL9NQTpoW8umvj94gFPfGs8mHaBvSQj/R0B3
SJGHGc41exnB9svNJ8+3aXnIeFAUxhEt5kCyMqd17g4ZRaBL0j4D2+HuwMBm/txBAOAgYa0E75ws
WQSui8uoFdI0v8c6WiGuUiKPVEOXp4LrOWyFR+rOCEW/AADIb/DnBlRwnV3Ng6GyBbx2R7O0IQ31
hlpCZH4vtcEEjNT1TX7f3c/iOT08PLKkO3505RhvD4HnlUaJ81iUwdc0SJcGxAMw6n4/IjgUYHPN
0XEZGN7hNd0P1WHr/OjmCAfI3UZJr+g03HVlwYmajijKCj7O2BYsSxuhbOvR4GSTJG6XgWvUhFV8
h3W83tuB7+kL3T7WQIjy4Sq2//pqe2/nxfbLg+OXmy+2sRb6CghaMHWWlNzZcrGdtuDc1s5+E9JB
D5x88gAMiE00Hwg6QToCfQPUGxFU4ycXSYMpUAPCU6gYmF8+QQIDRlMp5pSq4/K4PAuknwbRGTDL
r1TfFZQgIJqdGyG2cV8IOsWrStOlm/f5ckNdRI8F0QNGQvV8EDE6qmm6OzLAxtnpqCXT68qYsPER
oWYxGHhWA2B9HAKu6sf01Pz84xQNJJBU+SYNE3QyDG8GNjmyoAiRkDoEguTBR9bVLb2wuLt2fHpq
6ymy4witH6BQgWAUZUP1xinqqy4NaLvx5c4WcYctZsLK6btIa7JSXaWViqUdkRKEdcMnzD7vKKeJ
kn39iaRMxmjL8EDYiLU8QhiMxV0bJ0hWcI2TV7SghHyGJA6P2tc3bWgnU0BnRu22QkKBf4Fgj5i5
IasJk5FYcgsmbNhsUVbSugVJCYAVLfhoiZUxl+5hxqknWpMhaFG3Wg7IlPjOrlauELu8QLWR2xAh
jE/+BtTAblcNc+rRI6gEqyMz9bVWycRONpTGw5SkbF/9eR8EKa5sAyjHaYYoCfJ0mIpJrVCfbrQs
NAYdXcxpIXbf89gH5Oa2pyAfIwIMIA1jwxEkrFPma8M2uktjxqKI2DTfVIegEw9DFAyyWgCoYTTw
Qa5yq40N6o2s0cbuFHDt0+uibx4KCFGm1vM+CjuodbI0MSjqIyrB6iS04jauVTJDeZsEOZpSwy7A
/VxzDXub47Ruu2RcEegOcIyehwN+iw43wFSX0LUFc5KehzBRGxtQoFjzHmKxy7hcKhSk/lhuDQMc
9PsWqt2vv5cuI/LbiwvUrlSh2DRDyPP85Ay/gNHh/xVRNIUV6uEKtaUk8nMbubp+QKzZJg5t5/Bm
QvdhcM/e4lL25gxZY7nZZlGGMA7cqpsaEWXUVzItheIaHEPHNNXgFQ80DtS6Bso39ArV+0bl5GFk
1edT1Aw9p3TrnQPJF7M2a6Fiuu5zx6HEgkqUp1/bpdbZFFXVYKF+1sh8BV0EhDMGYeAD17/mlj8W
c5KK5+gjgIU1sHXZNVdbJT6oQCMmjrNgghxjBsoFBmMU2nTeHQRTa6DrlilS3Dtt/1Vm2ev899Dr
3sB8/WF1/T+6TGPNv8n/f/fuw3vV+K/1QX/l//8s/v9bFMuCEVAoF6Pvv9FJ3+0uiT/hABJy3DtA
boSzOGipm4bRW+TCdqsPYqnb+0gdpmOfSJswgzFQtEeP2tu737T5+bBkYlSH3vmRZT3FR6lYJKHe
6dRHUtpR6EnvqKdc9mk8IRMPSYYd9KKESRwh/1ZOFr8NolSh6zKYuB1L5F0UkUXw6bC8nEo7uXMI
aC38d3kewFM2is6gnWk7VRKwpnTAmgXjS7OU6xmPg3nGVVHbyhn0VaoJuNu1thEYLNwNgTkhTK+U
g65rspXBGONL7Cpw3DSeQevYFDOh0/AddXiduYQiLgE17n5DLNeQID/MDlW77eKfZQwLmPaCVR5m
WcxStLNb2TvGXNiWNinyzOUCePxW2TKZIPLzD8/TAW5L3EekG0HxwoWRm5xNHwZHHuRhXGIkNMX/
E6hQNw+COUDkn8YH6gSkSxTWoSeISkPg0TBVPsD5ktcJqv8gtQ1BYYUPcQUlY+xDGtQrx4oEPYFV
k7m8sKHTRKuTAI3ytgWyvowiUYU/yux44Zhutd9k7dw6TmsQawMBIMj8cFp1TFMBVg7QrBhGi1wo
zW097duAQ1EII5y016QwxVbYpsG/dY3lb0Ph9o3dUEf+aakdHleLuwjlMDQIwJE7lwho1AxVBbjF
49A2WsSX0muqqWMUI0UJhRn0ExTOPD0rFP2BPgcT8E5R0B3WXBtshs9IPgdUIAt9BKucJqrAd0QR
eKRjMu0q/hUOWVtmhYFhD1uEXTbCYw3uJkN7rYAIjrg1URRjS2ioQcEj4VclLMV+mghJMCHxrujs
vhBCW2PaRJUidUxkm4EWgoBC58gXfj4wbaLOB9Ka4Qge9vuVzpfqhc4ihcRilYE0FmvNOiqXb/kb
GEyxQE6V6XD+YK9Nx3S10w9qnTZr1Z15UOtzU6lSlx/oLledKrfwbzCbZ1cf8Jmbi6LaFk75hT8N
J2RJ0I2wbx+Hbroa/Xn4XXD1jP3+n+i7L0CEtJTrLcPIrHWoi2gAUZ/NEmoWAtsHLgULBPsevAvG
iwzNBfDtNX889CJA0xs9GO33KQIQKAqtCjA0dEB3iPGm5MUJI1WyASnnBNS5swRdm8S7ocR4Cng2
ccvkujah3Oc6TZgA3HEUHFuwSAJTzKgQhu1C1LAtjINhHyz+cq0iSgrvywCuhMeMqEgJwJUSGi9g
8MOS3COeRIzxUBi/QQA2ArSagqeMtVTpDBWBQaC8hGEYlTe25sPLfOjMTKqfYecp4ouhXcKdXPAy
HO9Pn+8oERk8EqK0Maw8pTDsWksoNcDzcmUNzQrlJ+Eqi8XIQbO7SKbVRfbbhMmYGAGNVGehIdaH
ijklfDcFIZze+lcNE9xUdcOYSsCtvzdmEVdiBUE7jNxVDoUQRcZ5gSvXiPZ/tXP83faP5pPXB894
DoWFilhzfetimNtmhDZfFBgKr29sF7uGfSKx3n8bpGqeBONgEqAIH1+I/G4iwAYPRYWwcImBMuYu
ia8lf4O+UWYoLQfK4i/boAusZdjWhRmToUOJcjz4Bwf5lGVWUVBqYqUOKvtREKCI5qPgoFJg0QsS
RAwEkEqhOUebe5cFGpg4UHyGMsp0QnD0o8pXQ61JqcsQBGfsNhJiLezOSnEpBg0Uv3jh252VWTCp
XKUyFXmIaV0B9QPuhm2Sv2Z3jblGBEBNxUat5uflfi7xCBWrRVMy7p4XRMgaZQLCjEdB1tLJiNbK
KQuZJTpit179sNXsBtEyp/BUjDH5kMvLbp0SY+UW74xsBQ9kDeRw45dlGOlZzhkjIuVQimqQ8DLK
fQqANqfALYIkWAaGw0mYHCnnnxRAGQBWX8HajdF34lbnd1v0bdu6TBmpcmXdJQY4al0DxRx6S8ji
jUWCxHLqzuv4X4yAdHUr1/SXY+0lxr5Y+JdpbeUD2yqMD0C+4mSC6mRVELj0BbHQNhHVxJfEj9yy
hHAWZCQiECfNF7jQO6McKDMgZLVIkqDQMOo/LEv8swGLbnpF/ab6cvsGKoj0g2ekCJcFcGFVdjVo
qoAB20dKPrtch+N3FMBUJd0dlcY4nml4IXFpjcKCSv2rFGB05bJHVysFNChQDNKrNAtmXT/srpX7
wJDZ3FHf8n7DChwyDGPT9oy5au9DCbQYxO28nVtiEAFkrI0NH5bkz9JItPOZPRzQIEIVv/BS5cWq
QDjvUrW/uMYoaQoWumkrzxvjJstx5mEgH7rP7sOzmf+O7tWgr7xn6rGn3khwgA1z2QO49ta7/V5t
D2aPh8uOo81Fdh4n4T989mM8CfwE5pfnz3YNb8zXwxb2Rvtk+sP1ft8l4lG1memJENMZLG9ErUYL
WuE0Gd7rD1wR56F0EpwucCUbtjYsMEQdLUTyJPoIb2kCmOfLa4PkFEEaqCYJ0nNGHvzGEB59GLma
xmdhuRd33XzJAkLSVMZkQZBROVhkqK7iBZF59XTzpfrL6+29H9nKAKqrhkOp2ntFtTV4oVFkousX
cDn4CUtjpkyCAi1aSbghAnDezPofh2tFK36UXsJM0jLDCnHZA+8hi6UjaOSaTiu2fMWLqehItPoq
nXp2cPAKOC8igmh9RRXim2JF3zJ2zEyQ6gM/mDmp21FwKwZRuGUPo957I5IO7eSxLWNPDizpvuuu
PFno/2naFfB59/8/uP/wbsX/M3h4f33l//l3+X9quzZnwagRT8qOBMt0JCzx2zTWYpmiBVDblElw
WZst25Ew/C1G8UL5aqugwUSXh1bNGMHyD9TXYdHz5yrdpg9/7qqdTJ0BhzWdMsgeUaCxqI4GXddJ
gbbNgo4i2w3yJQwZJ0Wz7CXKBTXJooCymCWyGJDSj20qL29GAikLvU2XIUrSmTA4CdT3LSClHm0g
SwI/xeA0KOJP07goR74DJP3xqSkCos+KdhshDJDqUytAfuOLEJU6Z8nu/o6S/fzwQ3bwd1S323XZ
Zt1VrUZLD/JkkhYJuA2GLBZfY3ZqpBbxqQKijq+lPyghfTVeR6gkqLOYx6JTVLg0zRoQWcy8hUar
MmTRkQ+yWKOYeB5fGqhRc9BRRRiCwe/RL6cFD5Iv9ON1+GaCeEWRi7pNLFNz1ilxxcEP4IvsjLMo
dkkiy9D/wXYMZNLijZPdm7IWKZRM17TONRF35c6Jm9Xc/kkvxN51jhiNncVx19ZavuWUI4kGpbYG
1o2FMIuq+28GskljgRscfwL1adg7Whv2eu7hT/DjsdNdc1viOFqMGjY64n7Gx5XH60fkgcLdPYte
7/BwOI4y0PCOjnpf39S2zFwvhiRx3mAEUgqo1bg1UXeTNh1i/5ZsOpQyNBTeQHpUbCS90/VobDC0
r28fgWAkW4tG9WHprSvnnc4Nb568zpEZHtm8p0m0IgCvqYwY6GDOHuO2XiYVHAf9pAnPK/gC4hfQ
o9Gvdu9b+RhK6vTyvZdYy6dtvHRp436x4HEK9MwYW3m9ozvOEHf/Ht1xv27xHFpK1uYv0qbFrr5c
n7YtsS40mhUssZmQ4qzDIbkTzUZUaY/0WJNLXpJcjWq42tQJZ4B0b77a6dA3ZcZTQMi2eIPSiLpA
0KO+/DLc1XXUEZjCMekt42/RcA3qTZwU8APJBUYJUiW262ooLB/RLwpXqSabwFKl5BImphU7LK+b
NunmxmZjVGM/Ii8xYmitcusTd/5CfRf+dIFodIuL8wZF/ZD+AkEogoHpCVE9AgpSPYrtGOBWo2SB
Me5XAe5OQJsyb6/i/rZ0d5A1LkGzFPfdFAJRIRYoLRZ8BOmMeFAyHtLHo3bb0ob7+hZwWR05aS57
mLAQhQtxTdVXH3Nq4T5AaJbHYNDQaqhqzadVsGM2WBvBJ4ZEWUvWINVr2xcK2t6iJu2UH7GM1Cin
VnaXApdnABkAL9FLjvAsuYLH4yBNj8Vm8ok7Tw2Tb90aVwVdbvAzBBhW5RvmPJ8YmFFzYspLqwYc
jJTBOKgsrsHSpCRYGRCSjxFGg4Git7Am6FQcWdwFHfrTaAfSM2NODHJWkY3+k/T/SXCyOPs35f+7
119/UI//vLvS/1fxn0vjPw2sVYdAkp7vvNzeP7KsV0iG0lJ8aEf7P9OOkpQP6tQfZym5oYG6TIML
6IUZC9ox1HPW/HzhgFMf1jM1phzh7Ope36XMLOjAKmRCoABcTVPkqaXry73f6gS0jrdddcBBqLgr
lwNRWXMNaANVAo3fg8H5CfQfBrVMAV0S9kmdHN3rWw2bJEpbJD62QcKLXFZUcCsEio4sW7ea9iXA
5OhtEdFidkKxQdyRyq6IT40wLXaW8KYFkiiM1Bt5iBVqo+KTpN3ctD+rlH+EbEFM952SC539ibjn
6pr2fOsUKgZa2ZReRNyN3wuG2bkiFsN86Kuk9bza2z44+JF9xqTvUEbAOPUQEXESyqpOlmBUXtsG
xR942oKWl5e4btES4o9uq0UCuWzQL4pwj4fSGR1XWw20NerEwMa8zvwDfNpcfD4bqnrx+ayx9FmY
NZSGp42lC846NEob/LbpI074IAPmlCstI7eKEVr85cD4jEMINJxq0RhEn7Bgu4ItbbeEDU+Zypjw
Z7ITYuiCU8p54yo0gmHknBMCjixgZanzmIJaMRQSFuYlfvTqh61SE6VoMs4oRGEzFA89P0MZMciz
1Wyr9k9Orm69Zwve+0KWec9RAO9lw937rSfucVtyOlU3UV1oh90aCUBrUGztu+0f6e/+9lNAbvr5
anN/H5T7LVjUOilNNRDH9BUVZehdxQUkm5KMmPLmoF1bmEUlfc+Xg9rHRJyJlreYcvP/jmTfo5ow
khgXLSfHSsWZBG/rdeo4WumNuP0r/TGCAcpfv0pi2h5JHEA5OUsQpGLK0fvptvrqq69UjXni01av
g+8fPXrU8B6ettiuwrG1Em3F3bjRVJHTqlkiq6/8Yv9l/r+SY/szy//rD9bv1/x//VX+1/9m+f9X
OhZLaGxZ38TQ9caQYRCqTwO0e/mKvlC7m4V5xWm0ulied4r16UbcDjrRoIqy96wUOsxxrhQwnHbV
JjGtcNzgnxSz4QnqI1Q7kH0OhQMOPkVTRciuRcTWTO8+CiiYpGGfmK6Co1qKyGV6jm4p3nHTqCcs
8Th9onBOLPvTY8qZ8Te5BtHc4nwgutwdAhQYntqtRo42nT+hW4hfO6f4SCJ9OiqJad+RABTt/RQL
1SH/m0T6IrjQ6FRHHZhixhUy8XTLJsFKrHuezysKQjJp1QYaSRK1CnqiX/ACpgjDHm0LN8aPnGX2
P7e2m0AnzOStBNgJrOHOyMkthbSFwLU4t4DRNshmWJQzSlbwvayYvFfLPivF8GmT56+wPlIaAkoW
UHX4mCbIHMTNllLG8w2cLBSP/TM/XGata10jVIZ3cqsd/n+j7YIMAq40x0qJatso6fjkVUbkQjxK
YaG+y/TKU87gvpqFEaGarzACjX5eMpmgtR1MbOvz83/T/fe57X93B3er9r/B/QcPV/x/xf9/Kf83
0diy9ilc4xL5aIVJ8zo2Mh86rSbTfp0yux2rMMvh8q4b5Tq5sbDwMxBHYv6EATo1jq398ybdRzaN
IZG/F5NmP7XTlP3X1U5s/POBGHnyzPjTD4Rzg25ZSVmrv2m3rV8QCy4R2fIxhWPoKIe1WnR861rK
3W6MNxuqm/LOKIY99E1+ceRFg+RiV3dL8eIY1vm6w5LJhimL5WFOiBsiuwEumjkIwtRt6tqSVptZ
nkNGZxAidNPIjTaaI5hPWUAOs9J+82XtiiOsyv6KHufzc+uD86MDoX6NT436WQg8xa6OD+6hzIsN
5S0BiWaEbimsTDYrhEIe3NIey8YYkaH6NTEisnv5N9/pVpea2dDGWd40/UGrJUpT5KvQYy1vbDOE
GdpySVKTbLhhAWaRBRKBf4p2TT+6QmHGrgpnKzvS/xX7j95pJbnbPqv8N1i/X7X/rIMAuJL/Vv7f
j/h/K1irDrd29o4say+YxTqGW/al6l2GSB8XcwzAbt5iiFQZE6xp5y5tB7cku3uRTs0dSsXAv/N8
mExms3xT5ZoCmYPyyUCNS9JSOpfIeX5uzPtcpFL8GTgODWmDOZUOO6JYeeJiHP8sneL4Kt5/izCY
h1EUTJQ4GOt5haSVyUcMQ5VUfZzxukg7X3S30MnpnqxPUoar10q1foobPyk0joWiVIkmTB4tIwv8
ilz/3vSfl8Fntv8P7g5q9v+Hq/ifFf3/VPqv94eXM3ZiGs4jzRNwwz+whHIwTp3a1Gi/qtH+DUUb
0K3yBnQJ09H8psgLq5YkBhiqyyREMbrOSCg6qMpEMMhxGRtBo3czD/kZ1AZ0bCPbsD7CNtRH2IYS
GJ7FerDGRpxCWXPVIpoCaCv5U0Gts1pNWaxpY08eUYybWYMkb8ufzwNfDKS+njHc6VqPfWIk+FVM
7FMyQORMbXkOB634kXKpYz5S1CpRAafN4Ea+E7fCPEvA0kmvMZNsPc0wvF6SbSLvJUHjEzhv9AmM
t5zafEnTlI2v6PSKV/+f5P+/iwfgY/y/f6+m//Ufrvz/K/7/qfxfYsGE1edmf2IovwHHdy0Mx5U8
N1l+EAKNkd0Hv4IzWzpt/8+0WYiMsOw60D1H+UBTcPRTcJJMh5gZSgSW2Sq3oY9AEsB08yBkFCtA
xID7prSyuF+ZOad0VTKOdPKAZeDp2EsSs9AxUuoSgOQksLC7Ge9u/TSuy5xoWTqlpcxYDgS9UQ3C
xMjkQCXuKihSYBiAYlSwuI/D0WK4j1oOB1X64bZq07P3wTtMQwKI9Z6GiFkG3zNoaDdjfFbdv8jB
drkvW2aUZQzx6zBw+IzZBmgrgTZa4y/Hypuyu5xrsl2GPUU1OiCQITeHbmzkIexD29LhjXdLX+Jp
VAvMljnw7vb7/1E7VVbX78j/L1LMweIRyf/c/v/1Bw9q/v97K/1/5f9f5v+v7DUsywQmJtt4ghEn
sbKN/PBoTM1AGggnlP3CV9/vs3wAJPPpIkkLhUjX2jFyxmMNr2h/QV53bevQzta2aLJ5MIAphwTv
gHSnlJ0eX51SvsRuXt1vnvbd/o2C+mq5283M7ZXE1GbicyMRo3JKuftBsZziqYZuKRntknzO1FrT
dqphqXzVb1t5VzRjHMdrNMBzixaXIJknQUabM3jnSKViY4+ofIQ6sC4K7TAK0KnPtYzggqdcxC4y
XxP+6cd0IpEk5p7I5nuplA6GnuQnQuMheU7r+ra8xVA818ygWWAkJlrWpdaObsoJKmFUTYuBMPmK
ElRysCSfeOCU1xxMx2JezGS+E+XbfHRrMrBevgLSnq/zF4gI5lFda+aZ96UohMaFVGzG+UDWwqJ0
OV8q04MprDE+fqdI/8KmspDtYTpvRh4rYZxlzEk39XYzhiVax+S0LD6UeEghpcZRxa8BGmnv0VW8
+KqnnLMw83KLmodBAwLL3zNzWYVqUr7Oz8z/B3f7Nfs/Fl/x/xX///X8nzDZFABka7CvhPRWFPU0
CudznXa8TtkNdsCBL3m9efomYm/kn8WDoVNNQrQAIOFtYoRPl7L7JXt4fxMezqYU1MhpXytvk+yK
9WOnGOIrPzu3h0rvmOwYhfVwu6DBhhd+FphbEYegpAL1pfJ5QRzOWQIlJ3QMLGDF4h2UvJZpQZkB
mnrTuoa3Q+QTN8Z5GUPZezuU91ic8jzhUWQ4kJUK9xvSf4Dw79DGx+g/vK3S/8HDwYr+r+j/r6f/
lDWsRvzJrQm0TWdq+DCdJz8eSICY3RaNp+FJ4idhkLofp90DySa8iH4fQl5RX4qNRh/WSqxqmh55
vKKDK/qfa3Cf3f53t/+wtv/n3ir+c0X//wX6T5i8hAOkWTCnrGF0kh9FwecZOqIG+wfl1N1jo+H+
/rN/j+TOHRxV04cYIn2943F5dB0+36YYiWXtRph5nrSS+YJ43lZ5J2q/u/7gT7SPOLjEGqbx2Rk7
TnVG3WILxhDGN+ia+zbS9FzRTMDsEWYU77w8yFXDvnUtv4beI/nlhZOvbvgQAsdXk2ASjlGPyKcL
Brj1ZE8NHnb7dzjH8YQyDT3DTR0Aw+QKu/nPXhc60mOVEBFovavkXErCB1sg4iFMbMNM5Agcz3lT
8ckinKLdyO2gVMDdkm89+HII4GfjGLSJPeh2AVVQ/Rufx3HaMPiutROZFulL0BvjSwTj3a7a5WMm
2TisQJCA/3+B7UjNKCkw5jveIGGEbVBdqPxeVy03claNekgV5rx2wozTsjSq2rrQR/RrXkxhhtNw
H6ehZFrTq7jbZM2HUnjqCEVMF6didFda4L9ylRHn3+L/u3vv/nqN/6+v+P+K/3/6/t8GNNbhQIbj
74wS5QMVDDGsB/WiT4n+GZI9H90A5DFkOmohe11k/CSnyhzAM6VzahYRmvowSgMZgB+dyZY5fsrR
ovMFbQ11fJ070KKkVJSapB6og/yqqJMOGqDvmxyBPkaH0AHY1jo15VdH//Fs894yEYXdJGUBBbMJ
qkcjNXDdWg7A/CBUOdqazh3IAWxbWTzHuBrMAPcUty0Ohl73xobOXnhzP0lRSMBsrh6UmwYXwbS0
NzjXfeU74zw8nJzquG21LsE1xbMhblmc23WfDj4tjlsmr04JC0ri0rdhJtw6ddnV08CVs1gfPbqM
mRvbaa+h/dukpO/t7h7YN7iv1viqtLNW+++ymqggeM0iUzvF7T5vEUiX4TyYcGg1oVk8TzcIowAX
s4B32p4kfjQ+NycHQaLSq9lJPA3HuJ2YJyfJ8IzWZ9ubWzQh8l2e75xuS/tV8ajmMSI/fjPMV8XM
x4NKccc+Z/dFgOGZpVSBbclCqneIw7s8b447mtGlbG4I1suvBq5S8JSUst2GpevAlKIcv6RVBkCR
p2S9j+nz4GvM+NjLE0GqXlt7J9GTCeNqIBKVndg56IqDU0/VYp5mQGFnNTiYS8Y/OcFbmqK/q/bj
a/3VTbu0gIwszj4OoLFSpGl0btgCaKNZV7eLE9h29cHejkOV5M5nATQ9lFnGkLS4GJpBCGGyW7pm
87BvXRSwtrkknRScn4YmbcpHcuytLk3MgvHcW0gqe90XO89STT5XOjnq//dpUXUS9dnt/w/X79fO
f7o3WOV/+W+W/z4S/93AWA9ZKEmP1OHrveco9wH7AJpP50rESYcVT8+LgsuOGkP3OIWBnL5eyAIu
7bWyljDnRzi+rzqSVAbTdqYoBtKpjAaX7apNTJxwSrmdSF219MHnl/roY0xHlSu+Xcqq3NFmEtpQ
o5RW/ulZWUw1BDl6C7XBSJEKewusBpPKqtf723tED/N9WvS4qMnMeoOF5Xishrw3WPGkQ3t8E/Z0
c2p/H80dfoIncUlnjQQTdSBi+xqKWOUJVil0mgctN0Dfx1PKfiN5eDjRjrylqD1MgWeAwZkR12dG
S/Nc8F2e7/o3Rl+xNZgf7FSInSLTCPm4A4VpMGgy9STScRsppsSI5GixDHBaS57FtGJtV1gbHr6R
X3wsFdS5QTHdencbVWpYNqyXVM4IH6LgAmBiQenog0YJVCcnfBsEc1wuKPdBQcvHU0rzs1Jzw2Aa
E1fUwQn4EvEbe4enDIdn53x0gtGCer3TsJWAQhXppDEtWGJKFH/Kb6had+kWPUr9wgdm6X0DeMR6
u004jn8Rf/AvYCH+ETETCwSXoz7CdNS3+HSkvsTL4bPBb5DynN5jP1zuDWU/L2UwB3HivSw9l3va
UGZCZaD/Lg2iocQJleChuXqIDeUQxV0a+ECehPSlgbkuj15eX9FrQEV+rEf2iVoeJWqW/DN8Jn1N
z5vFScD7R1HBw3PiNxROYGuwLG/7HDBxTuduqduKb9T3m3vqYPuvB/lJXHz0KJ0EguJ1gmfp2q31
obL1qaTv+ZSbwjfgXfBhZHLcFxez+fAskFDTt66rT/cphgMPHOcWQtU1joShPmEJe68gHMhVNIlS
DvGQ4TIqQ3mcRZovAEfzps9DkTfwuIXfgsQ5aIIvHk0I1SelfhCFJGSwzbownZVZFx6lZtbl0xjo
8BqilcE7IAYYJOkjfaUzU4wzqInH4LE5+RhEvJelAM++6AF+yi3+uX177bA3PCo//KILZObGDMKF
ypGlGPpNfX6odR6DzAeLGd8U7NGAsS69BHolniorWr7mTzF5FejWBEC575bvuo0HHTDrni1SyuPq
K4psNpsz8SDVB9wIoUC3DhGORgDo4gUA6In9Q4WxB92zLjp0HgNjns2nQRcIurusWaPvxTG9aGNn
l1BZaBiquU97uqkKCgoupe5C6QEbIpomBosa+6f2ewTHxhBa+Lgwt5BNJz/KDt8NtdXl13I/lXM/
67fgfgpGBfNcTAK/61g0DR+UIDm2ROQwjCdZF1LQuoaBlmw+o5rNh49F0ic1ZJjUDJeQSB//gvmH
jyeCacn1f5yRklEhTD22gJH87ZEwsuy8K8nqL33TMkDVILdhpiiexOWEugCRW3iUAVUip0M5U8DD
Temca0a/UCk5JlxyniFEiDxvaC+czjTA69W2Zm/xK2IpCPsvems3xTZ6ycsslL0owHykzCpwWKSK
eH9HJg7VMe8eeiiZ3tganLruvLzemp8fF0GtTZq0E9rKh7VoOxLhLXGhvLk7uUStTSCARZ4Hd0Cl
G3vBFehcuZQUAhkpRneabaPWUta8yLfrUXY+ks/JdiWIGbzD7QITBtrjv9Cpa+LzVVWHpaiasnGX
/XuGWegqwASFK2fd727/KebzM9p/7t+r2X/W799f7f9b2X8+0f5jUCEPGFVGag6GnmiNDtMA7L54
sflyqzATWaRCYenSBXwwIeENODbuBFKcrFznVi22/JPGv6HOw8lEGwGyK+Co2gJRuYBu/7OHwq8H
1H2CrjlQkpUzw4Cd/oN+3yWyS2fXomCeUu9wDKVLaxjAGCawRgZ/wuxAUjcWdoAtifWAs37y8b/o
WJkvTqbhWJ3701OquwIXOoZIeHPRQ9m00FEk0bTH6LHBVDXhLMDc8et//GO/3+bq0K1HKVDlQlmJ
U63m1iao+3xxQjIpfYPSYMncRbIlPaFp4GTJxsmjparc5aYaFv7QIRpPOp9gpfmG7HhkxIujBnFJ
i5PNUtNQQCfHxSc0JyDrWSA8oOwEj9kvjPyTQqY4oarkTtWJ32vGFI6rWSSfkNMI0QitIDxd9AtT
5BYAVxrW+Oz3NJPginIV9QfXljwE3JSHiKXykDsrzwUdZQBN1g4624DH1fRaD9AthtpQ7MMWkn/p
CLpCn6VFre0JpMrlMqJpwcBTJHCZYUgbrTvC9oG7lPqs45rGGDXCsLtYsLZUv1a2Ghv2EJ69MZ0F
XJoXrM2YEazOmIiNUk+fVltB04vMmDSFVRBMCouGBkNN2WQ5nFClI1SOTBhcI1kxOEszHS344WO8
y1XzuqZvEQMk27Mt4STUIUBjRNHiPFteAhv6rBYZdUoDP9BZsll1xjofU5UIAKhmgyV20JrEWam/
Jy7EkBHnpM4xBm8qCcV0OmyFBgo6M5eo30j2zFZ4Bh5xT+md+w8fGrGw8yTO4nE85YPp30S0TjBA
Nl8NeIM6PPDNCd3wDgACEOoGUg5/Qx9tOTa4zA88Zo+eRweW2S26tYVp5jpTbkzg5zn9pvPQzmEW
FDC8/GutxHAUoeedTeMTQLSi0a5gGhXPlaTKURzYZVezjZyVDns9xiRUm7g3zHKR49oc5YK0CX7B
ktIQx2DRcHIsLBbeGSpiXsImfYZG85BGU7zJcesWbWXHxVo6KxnKYDp62hv9d0RAzcy9lwpINyre
pVBRDoWtRv7aLFpBRYUyZ9RcKJXsGyegbU4mzIFEGsCugdZN9h4gNeTcj3UGdUcoTep2eHFkASI+
LlfvAOfssawufcodlO1CxQJXIe8F6ss0NprO5J0+KVQsMZ+OG7bUXtFr+buqfo2vgK7zSS3E7ev0
TdfHYyHKtlIWV9fqWl2ra3WtrtW1ulbX6lpdq2t1ra7VtbpW1+paXatrda2u1bW6VtfqWl2ra3Wt
rtW1ulbX6lpdq2t1/cdc/wtseSTFAPAAAA==
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

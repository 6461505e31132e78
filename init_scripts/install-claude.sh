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
H4sIAAAAAAACA+19eXvbxvFw/8anWMN0CMgED1m2W8p0olhKrMa2XElOmldWFIiERNQkwQKgZFVW
P/s71wKLg7aSJm77K/n4sUhgz9nZmdm5dhSc+YtJmrST8R9+r08XPo82NugvfMp/1zcer+vv/LzX
7fUe/kF1//AZPosk9WPo/g//m5+7KhkHk8lwHAzf8dfBqZ+M1ShM/NNJMDh4tt59sKHUXRUH/kid
Xql0HKizcBIk8M1PVRIt4mEA38NERbPAerZ1sr3zzdabF4cnO6+2X+/tvjoc+LN0HEfzcGi+fbm3
vfNiMPJT/zQOh+8SbzjxF6PAS6LZLEi9De+RWXp/783hziAJ4otwdu4Fs9E8CmdpgkXo1cnW7sm3
W4c7P2z9OPBD79xPg0v/ymzh9Y+Hz/deDTp5j535VTqOZg86p+FMvmOFly++ebH3w8nL3Vcn3+/s
H+xCpQftjXbXePd6F5/1eu0ePnz1+uXJ661n3219uzP4Kpur54cdmdIwGgVm7f29r3cGzXA6j+JU
8Z9JeNqeBqmPo1N+oqabF4PrUfboyH7lTwP7uD2JLoPYcfuj9kUQJ2E0U2dRrEYqnKlpGxYtjcPT
RQrPE8e92ZwN7OnkDOrYKjxT+feZulDBJAn0Iy95F85mV/bmPAaoOrPWRfs8wL+27bpNHPqzF1tv
tndOXm799WR/53B/d+dg8ACfw1y+393e2T85+GH38NlzeNyUos9gfU/eHOycfL2zvb/37DtVfg7A
Pdz5a+XxN3tvXm3v/1h5vvXq8Pn+3uvdZydbPxx85O23e3vfvoA3L/bebFeKvYRyL3YqjwVzaKaE
lzjJ3f2dlzuvDmFGsowPvMeCnYP17vojr7vu9f70UQxWpSdS75HXe3iretF8kXyqFpep9uU95Hq9
nveg+wt643qPvW7PW1//SH8ErBxMJ6/2Dnef7Zxsb/14MPgTbZavYQe93jp8PugskrgziYb+BLca
vnqx+3XlFWyBDuwU3N9+kgAq+7LBYdFga22fHOwcHu6++vZAagbp0Nxgnak/88+DkZcEaQqNJO2/
JbyhDw63Dt/oWhd+XN9TB/6kC+rwxd63UjqdzjvhLEy9ZBiH81RgALvw3Pq/Qf+R7vyOrP8W/H8d
2P3jIv/vPu5uPF7x//8s/o98HzZPiI8T5ccBcR58OoymsPdGVYHAgq2ovEWk5uEc5MxwYhW7o5KD
US6CWm1lN66/3jp4fnKw92b/2c5R9/heZ+2mY5Sx1YcPKngfpqrH3H/vcNC43n21e0jf+17DGY6W
NNNuZ/9s9cUXan45Ut5r98Y6OlINaUwNBqqjjo/xvW5fqNlAl2kY1E3IWeGdJm859Sm8NgiSkJti
bSE/xF9/hMltbx1ufb2/++y7A5FiYJIVyeYGi2ciV+NaeNzBzv73QDSzN8Wq+ulNxvnymvSzWJwe
3RSFJBp6VWaiqQvBHjSe773c6bSZenYqBPqbrd0XB4MugvuHrf1X8NWyoneOq64VCSRnqqlU9E7B
517ydtaE1V2zN9WNFc7OolIxfFQudunHs1IxfFQslnXecBz9Xd1XPdfFJk79UakFHHSlBZ4Jt0Df
8xaSYIhyWaGVt7PiQMf+RUAFZEsp7wLe9Wz1FHbARWe2mEzU+tMvelh2FAaFtu4l/Ww01927d9c6
N7ZU/mJ9k3cMvFnve70b6myRALs8CeI4imsaUk4SBPjX82DHzt26ho3feR/r2PbUT3j9QOyEveXN
VOO6593AttpEkjEzOluDDzXd63f7Gzg0kkx1AWcxA3xxm5tw6MCW42DkD1Ns21KKBAc1CWdAb6J3
xZ1yuPfdDmyUGzi4DJrOyJ+HR13vT753dnzde9S6+RBc/floy/t/vvcPeHzi8dP8SRserYHsC6gy
htOO2v3mYMBnIC/mHoEMydToJ05tFFmIpPj4H6oBQ0I6AuWwAIwO/3Q6Nr6w4c81/KU5IwjsG6rK
nSE5okYH/1SNWLddboYpHIhfWyB5H/WOb+yah0YH2Aac0LCbHPy8rtikDW+owI0lZ4uTc0YxHI5j
VtHV1gURPgAth6OM9z18GxOMZoD2SEmpDA7/xhr6J+MoKS7duLhmz/cOgEAhJPDF+F4Hvwo0xwhI
+B8aHafpfE1AOx7gr6Tf6TTGljkxHN/Ytqjfyyh+l8z9IU8nCWiAzaTzE270vf3vDuD4tkO9Dzqd
OdZkIt7JKraD2YUNey/fh8ZMZXbvgqsT3CtBXJhjchmmwzHwwFkycFx4jHxTHsJJrFF3iqLlxhr3
B47d4MKDru1mSwjDwT2DRY6+gpVX+QEIEABONfsvBrJHmVdpURn2gQcD9XigAh9NkU+A9wcni3hS
glN7za62b6u1vlqz3zpHP9nHa29du73WedvLwKeJ/6egFgdpGAfTYFbEjCmI9BNAgt69e2+P1mAX
R5dqBmdgBSeSADbifAKrgrWghi5Lf+8aR5abysvkKkmDadsP2zeyEtiwLEPl6JftaNz9zUEzIwC1
I1FPnjyxG9CeralAgzrlfYBVbEHaYTQDeC+CrFxP3RmofGwauY3GB/nbxrXxvDxdcwtk/ABHiqhg
1OMxAvAXwAi7eutnT3pWaXFOSGYrLFFl/mk08q/g8VVCDTGoqlBST5xC00RDXJ5vNhxqCzgpVfcW
6v69b8pFmLfcQUKL/T5RNM+Mx9AEgW8jDUIIX/qJ4k5HKppx4b56RttCPYOFIqEAtVgqAAJ4pfBk
kLYU8mEUc7XSSU19fBfN4U1yGQC0zzcVSrq8w054zR1TinJhOsqEPjUaB9QDy9ATOIjgfsxXBfEz
xIUBeKJI4eTA8EbZot6/l7jKU6V3BBF+6YI0+8dHG92ui7THcbA59VQtPby7CGbmRSgjaeCFsHlP
gwoAlRPSN2gT/3P7mrL9EmCcBrARA1o0IUgCjpNwJBinhYjtr0+evXhzcAi0cne7TxIFCurXJcJf
KAYiBUMUKY4yyT/sw7Pw/G16BDwfSFjaXpOOB0jVFFK1ElEjyb1M0s5hMiiqLWbvZtHljKfAmrUT
YaXFjRMmqbqQWb1nDvCjzCTbNlSGNovNBWzlDXkUph6xMBYXWxBQXUiDwXAcQbUL2xyWDAd2EIqc
ih+KaGbInvp5MBE5DgZ7TYOh4xS/rhPqRFosF9XCnSYyKNTxsMIZEIR5lBTgNEf6f9fWZyNbpIHG
nM5o+1iehALjd2fNePKD5t7Zu+Nj7m6RlJj0oiiIvIFjEwsiMnEQQBYCUIJYTnUNYrNgeiUv1HAR
x4DeHnamgF94XrRI54tU4bmnhEIFXosVSN+7lMOaYpamE8UdsJD1TmN/CBSqyFt53eZAxuIhskj6
DYPP8INILZwwtIJYzaIUuOViNtpUIOMDigQJ0IR0TMTr5QsVL4CjwRxFJYA6M8U6Mz5IEPcQ9Zlr
C+qPVONwHyWv7d194XjGoUTZs0gliyEqI2I4PEXxVd+ogI0UhHKYDrBfQTSEB7CP6/nV3bd372jE
wZ94XkHsYIX/Gq4oojXU5hFgNcJbJBXxEKBiw0vafFWV/SINJ6iuX4jmfNE+C2ejk2QeDB2tbnfb
URyehzO3WdiqAoMzGBV0Q5tEaCZpM4eTsJ2NiVaCTCwvX9ByjKFPgE7TX6TRJDoXattUziwIRokq
HsnvE8ALqhdDvdN7+ABfFowbssBncTRVpnompxh/+zsCjgnf398rW079aqDeFkjU7qu3Nh0U9RyF
HrYRpAY4jF0kSBtkUilU/6qOMcJYZACwteBfhiZmf1WY2kKtSDnlUeOlyjmOCb0yixZf00AyrFPF
9eCBk77kz3852XuzD0IkgFNFixjO2E5bU9pOR9l4iEojtN/MzmH3kYjog3Sv0ajUNMhLsEPKhdrG
bNvjKHqXwJGhaS1b+m7vES59YzgdtYC+xSH8T5ItavdghTN1n8xg59XW1y92aHvIfPB8jDNazIFk
pU5jDAIAoQgMSfpnYDs8HJjY1J87CACcJOyV4L2TxosApA5A6UZIy/wB22iEuEuJPFILbV4Kbueo
ER6r+wM8D4JYJm/w6yY0cJ1ezUGyswW8dkuztD5N9YZ6QmT+IK3BAgzU9U32u32A0h0+PDq2ZDj+
7Mox3h4BzyvMEtcxL4OvaZIuTYgnYLT9YUBwyMHmmrPjMjC9o2v63VdHjfHxzTFOkIeNx7980PCr
LRtOBC1EUdb64Yptw7a0Ecq2ng0uNh1L7CJwjZawie+wjTf7u1Cfauj+sQVClI83sfPX1zv7uyxg
br3cwVaoFhC0YOIsKbm77WI/TcG57d2DOqSDETjZ4gEYEJtoPRB0gnQE+hqo1yKoxk8ukgQToAaE
p9AwML9sgQQGjKZSzCk0x+Vxe+ZIPwlm58AsnyqQwt0cx83BDRDbeCwEnfxVqevCjw/ZdkMFhZ4L
ogfMhNr5KGK0VN1yt2SCtavTUkuW15U5YecDQs18MvCsAsDqPARc5cr01Kz+aYoGEkiifJOGCToZ
2ngDmxzZUIRISB0CQfLgE/vqjt5YPFw7Ojuz9RLZ0QxVonM4IeIpp6/eOnl75a0Bfde+3N0m7rDN
TFg5XRdpTVpoq7BTsbQjUoKwbqjC7PO+cuoo2Ze3JGUyR1umB8JGpOURwmAs7tq4QLKDK5y8dAqK
yZGExOFB8/qmCf2kCujMoNkkDQv+BYI9YOaGrCaMB2LeyZmwYcgxFAQ9khIAKxpQaYnpIZPuYcVp
JAXVAQ2r4YBMie/scuMKscsLVBO5DRHC6PRvQA3sZllbz3ohbI5sV9f6SCbK8750HiYkZfvqzwcg
SHFjm0A5zlJESZCnw0T07Pnx6UbLQkMfloR17CEO3/PYnO1mCukgmyMCDCANc8MZxHymzPaGbQyX
5oxFEbFpvakNQSeehhwwSIcGoIbZQIXsyK02N2k0skdrh1PU6ihjbB4KCLNUrWdjFHZQGWRhYVDU
R1SC3UloxX1cq3iK8jYJcrSkhl6Ax7nmGkp4x2ncdUnjKtDt4Rw9Dyf8Dn0HAFNdQtcGrEkyDmGh
NjehQL7nPcRil3G5UChI/KH8NLTypM2CY/eb77WeEJDfXlzg6UrlB5t6CHmeH59jDZgd/l8SRVFh
5eEOtaUk8nMbubp+QKxZ6yk1vJnQfRzc03e4lb05Q9bYbrZZlCGME7eq9gdEGfVUliU/uAYnMDBN
NXjHA42DY10N5et7+dH7RmXkYWBV11OOGXpN6ac3BpIvti4+hYo9q8sDV6hb+1BZfq2XWmdVVPkE
C+3zicxXMERAOGMSBj5w+2tusbKok1Q0R8MhbKyercuuuVor8dEDNGLiMA1GyDGmcLhAD738NJ0N
B8HU6Om2ZYkUjy7XDBtlr7Pvfa99A+v1h9Xnv/Nj6mX+Pf4/vY3eg0dl/9/17sr/9/P4/9whDzz0
gEURGH1/ap102u0lXnPsQEaOOw5QFmEiDirlJuHsHTJcu9EFCdTtfKIN07GHqJjQ/aGPlrXmzt43
TX7eL2gT1ZE3PrasZ/goEeUjtDuZ+Eg1Wwo9aVoFM48WAltoRQ3jaEZGCCeN3gWzRKHrQjByW5aI
tmT+YRmHbUHwnvvJjMNAVuG/y3EAT1n/SWaPZqLEYTmzHVkwvyRNuJ3hMJin3BT1rZxeVyWaVrtt
aweBwXJcH/gQwvRKOWiWIbUYzDG6xKECc02iKfSOXTG/OQvf04DXmSEoYgjQ4t43xF0NYfHjnE81
my7+WcabgD8v+HTD3Im5h3Z2UfausRa2pbWHvHKZrB29U7YsJkj3/MXztIPzEvMxHYOgeG6tyLTL
prmCPY8y51PRB5qSPpkI5THI4ACRfxoV1CkIkiiXw0gQlfrAjmGpfIDzJe8TPOmDgNaHsylUxB0U
D3EMSVBtHBsS9ASuTJrxXF1OC61OA9S/2xaI9TKLWOWmJ3PguWNKo/k2LRmnsTXg9UHqh5OyYwoV
4HNAxRKt1TrNu4BDsxBmOGquSWHyrbJN3X7jGsvfhcLNG7umjaxqoR+eV4OHCOXQNRDAkdmRCGjU
DTUFuMXz0OpYxJfCa2qpZRRjwylKO09Mu51eFbZswnHGBLyTF3T7FSsGa9xTEsUBFUgZP4NdTguV
4zuiCDzSPvl2Gf9yhwxbVoWBYfcbhF02wmMNfo369loOEZxxY6QoxoLQUINCbLQjjVwZluI4TYQk
mJAklw/2QAihrTFtpAqeeiayTeHAgYBCO8g9P5uY1kZnE2lMcQaPu93S4AvtwmCRQmKx0kRqizWm
LZWJslwHJpNvkDNlOpx8dNSmY0p50I8qgzZb1YN5VBlzXanCkB/pIZftJ3fwbzCdp1cf8ZkxN0W5
L1zyC38SjkhpoDth3x6cumlV9Ofhd8HVc/b7uaXvTg4ipKXcbhFGZqt9XUQDiMZsllDTENg+cCnY
IDj24H0wXKSoGYC611y5780ATW/0ZLSJJ3dAIi+CMsBQpwHDIcabkMEmnKmCukc5p3ByO4/Rikm8
G0oMJ4BnI7dIrisLymOu0oQRwB1nwW4EizgwxYwSYdjJRQ3bQj84NrfiN9fKvSTxdxHAJfe4ARUp
ALhUQuMFTL7o3iJGQ/TxUui/RQA2HDTrnCeNvVQaDBWBSaC8hB4XpTe25sPLzOXMTMrVcPDk8cnQ
LuBOJngZNvZnL3aViAweCVFa71VcUph2pSeUGuB5sbGaboXyk3CVRqLPoNVdxJPyJvtt3ORMjIBO
yqtQ4+tHxZwCvpuCEC5vtVbNAtc1XTOnAnCr741VxJ1YQtAWI3eZQyFEkXFe4M41or1e7558t/Oj
+eTN4XNeQ2GhItZc37noZ2oYoc0XOYbC6xvbxaHhmEis998FiZrHwTAYBSjCRxciv5sIsMlTUSFs
XGKgjLlL/OvJtKB/KNPvaZC5GNoGXXiJBAsaDgCJgYB4WzC6YIaOorl4Z3oeXvgxny6Muc+0oyH6
MiAgsIkjfnacQcQQwcz3g54sfQOaHvBDm45dFe8/NHTTa6GzDA/yUSpsgrdOvljoUX1yvEbzBuSv
3QyDt+ufchv9oNDMYmgOC5DVasQMwK4J4ResOL0wHVy0X1a20/7BHlPFU4EcASuCu3bb/VG2WO4v
TZ5WBS+tlyTqGVtMGoXuHK07X+a1Ye6yvBpKgZMRYao/K9Xq67Mqe+zhsJHV6ePEtODkY3AZcTLI
DeXTopBDh9pCmZLEydwkh/ohD8M2GUy97cukQgKgumKDRv3z4jiXmNdyeqR5BQ/PC2YofMgChCnP
glTPowFRozMW4wuYaTde/7Bdb1PSUr1ILeiw8zH7od04I9GFe7w/sBU8ECqTwY1fFmGkVzkTPRAp
+1JUg4QJVWagAbQ5A34cxMEyMByNwvhYOf8kx2h2gp3HERqi3PL67ohGw7YuE0aqTB3ikogxaFwD
T+p7SxjPjSWO2cv4J2/kf9HH3LUK7t8czSRRTPnGv0wqOx8Eg1y9Awwiikd4YC+LWuhTzNzhElem
LCDG/swtymDnQUpCGMkq2QYXjmKUg+MiiLENktXIz44JfENIfzSbXNG4qb1Mg2ST4zR84RXJAxIA
XNiUXfZAy2HAGqiCATQ7JfM78gYrM8eWSiKczyS8ECe/WnFMJeghfDm+ctk8ro9d2j2+6PpujIEh
s7WrvuWI/hIcUvQJ1BqjuWoeQAnUyUTNrJ87onICZKzMDR8WJPzCTLQln81F0CFCFWt4ifIilSOc
d6ma964xDoU8r26ayvOGGF49TD30ikRb5EN4NvXf02/V6yrvufrKU2/F08KGtewAXDvr7W6nkuWg
o9kuWuG2Fuk4isN/+GwU+joAsSGW9bNdw7T1Zb+Bo9EGrm5/vdt1iXiUtZJ6IUQ5ib7dl0t0lLkF
qr/R7blyYLpEz/qzBe5kQ5uJBfp4CmaP8VicSGNWnmTba5MkQUEaaCYOkjEjD9YxxHMfZq4m0XlY
HMUDN9uygJC0lBHpaGRWDhbpq6toQWRePdt6pf7yZmf/R9bj+GkGh0KzG3mzFXih2mmk2xdwOViF
5V1TNsEjAwpJ3BEBOOtm/Y/9tbwXjibgbYYN4rYH3kM6YUfQyDUtgKxbjBYTOYXS7isN6vnh4Wvg
vIgIcq7OmxBDH6tSLCMmcYRUH/jB1EncloKfonKGn5mcRdGNIulQrKRtGVGPsKUx3mBlX/uPt//V
RYV93vw/j3sb5fw/vccbD1b2v3+X/a8StT8NBrV4UjQkWaYhaYndrrYVyxR8gBckzCCK2oyiHtGm
IKJzPMer7ZxDENfoWxVlFEtn0F6LBeOfy1yFKv7cVrupOgf+bxrlkHmjuGVRGzW6DicByjsNWop0
d8g1MTqAFA1FK2EmRkoWJZQULZEUgdB/KhVKMRgVZEC0Nl6GKOenwn4lJsO3gNB7FEAcBz4Ajybm
T5IoL0fKBWRM0ZkpoKLNkgK4EAbIk6gXYA7RRYhHTmdJdp+Wknw+8EUy+LRUu9122WbRVo0aTZ9F
EgPJsgTcGkUmC9cRG7Ukw0QOUcfXsimU0GPNX8/wCKPOI56LTlHlEjQ0IOAFcT6arUpRgJj5k02r
VogdR5cGalQMtNQQetvwe7TLarGIpB/9eB3qjBCvyElV94llKsZaJaZY+AJcm42xFrmpiRMh2r9Y
j4UihFhjJXpf9iJ5DeqW1rkl4v08ODGzm+H/9EL0nWPEaBwszruy17IQU3Ya6xX6wiBShNmsHGrV
k3icBQa4/wSHu37neK3f6bhHP8GXr5z2mtsQw+FiUBPojvHsX5Uerx+TBRIDuRadztFRfzhL4fx5
fNz58qYSHXW96JM8fIPOZhyeUxmj4n1N27o0Xs4ScJxnC7jfxmwBMAOYS+fLu/BdOx2WQnIlNKsU
e0thidTboDpZxdaCymx1TJOQn9aNDo1PdKAa18M/9/obGw+W16ir8MduEWwwOR4+18bVJksErjHs
zdrY/h6crMh3DLul0H1c5SWh+1De4aWgyH2X6prPso1tu3omY5kErCiWhl82x/jJwRZw0DxPGnvG
RHEmAJqWFAkBHjFVDTEobSqQoIFoD361D0xOtQoakeUJCrCV22UncCm7TU4VEYU14I18F97xfaeP
KTKO77tfNniJKIwbacQvUoiI8Wm5SsS2REFUqxmyRO1Fug/tHsyDqLc0SH+kiiiEc9PRCDUpaktn
5QP+tvV6t0V1itzZQC8CWI53pDmRbBa12GhXoFUnJsC6Ii0sNMJN266r57F8TL/IK6ucUwlLFXIo
mbiSxwxf1+WiyGwqxvyG/oycIRDHKo1bt0xwAe1d+JMFIsIdLs4ht/oh/YUtnbu30xMi7gQUJO7k
wtRTbB+AP1cBxtugYp9pLI+3oYeDEsASREmCmam+yKUfpaWfT6CN4eFMGlyqPGg2LW2fqmY6EfzO
CGjRkIqFyCuOWyq/+pTtVqxBPAeDCpadryum21zqYKuB4WNlCM6VnETSvFZA4nnCW1SEuuIjFgVr
xfFSvDQIMwwgA+AFisc+ywWPh+EwSJITUVzdMpba0LtXVaJl0GVaV0NOY31KzZpnCwMrai5McWtV
gIMOYejul0YVWBo0hRoDQvIp0mawQDSKV+S5kr2Wh6A93GqVcXplzIVB3igi4ErH8l+g/xkFp4vz
f1P+543uetX/u7fS/6z8v5f7fxtYq46AVr/YfbVzcGxZr5E+JwX/8Ja2zictnWVHnfnDNCE3FCC7
k+ACRmH6grcM9Qyf/HUOoIkPhI46U46IPGqj61JmNjSv5uIukEZups7z3NLtZd4v6hQOTe/a6pCd
0NEVhB3RWXMRUKxkDJ1vwOT8GMYPk1qmgFji9k2DHGx0rZp4qEI01KdiobyZy8cvjHrC4wQfGxp1
IUiwODoCaraYnpJvIA+kFAB1Ww/zPIiM45NI1DKy7GQulqiNEIs5JW6gUMxC/jHSBTJDdAoOHmzt
xvDKa0rvoFOoGWhlkxuNGMO/FwyzszNmBOuhP4UD3ev9ncPDH9mjgY5ylMc4SjxERFyE4ikujdEr
t2k3XWT2C9peXuy6eU+IP7qvBukIJBdHXoRH3JfBaL/6sqO90SY6NmdtZhXwaX3x+bSvqsXn09rS
52FaUxqe1pbORY6+UdoQROoqcW4XmTBnV2oYaZSM0IIvekY1dnDRcKr4ChF9woLNErY03QI2PMtz
eWn4M9kJ0bHGKaS3cpXCbD/4PAQcWcDOUuOInNrRFRo25iVWev3DdqGLgjcp57EjtzmKh5ifo/Ac
ZImpdlTzp9wj6wNrcD/kQt4H9lH5ILG1H7a/dk+aktOxHC95oc3JayQZrkGxte92fqS/BzvPALnp
6+utg4Mf9va3YVPr/FNlRzzTkpmXoXclA6XEHxoxJfVO+7Ywi1Kmri96lcpEnImWN5hy8/+OZN+l
ljCSADctJ8dMxNQJb6ttaj96GY04pZTGY7iqFGu/jiOKhCYOoJyMJQhSMeXo/HRXPX36VFWYJz5t
dFr4/smTJzXv4WmDVUbsWy/eljyMG00VOa2qJYeYlVz8Pyb/F9wuPvf9L4/WH1bsv92Nlfz/Pyz/
/0rDcgGNLeubCIZeGzIAQvVZgApBX1ENtbeV652cWnWU5Xln2J7uxG2hERWaKFpPC6ED7OdOdp6k
rbaIaYXDGvu06FMpwSa1DmSfHTUlTybaePHQwBlDJfowIFenmjhR3QT7XOWRC/QczZIccVd7Tlhi
cbylcE4s+/YxJcz464JAUA/lfCS6xO0DFBie2qxKhladKqWdi1+7Z/hI/NBaKo4o7jDUSVjFU69F
9lfx9EdwoTauijqwxIwrpPtqF3WlpViXLHXfLAhJ11eZ6EzyJZbQE+3CF7BE6JRrW5gDY+AsU4y6
lWginTCbQ4lwENjC/YGTqVDJcOdanEbE6BtkMyzKGaVL+F72x19WreBhqnXBv0ItSxlHKC9I2ZZl
6mYzENerkBnPN3GxUDz2z/1wmRqT7Z79+5k6E/+/0QpTBgE3mmGl+FxuFs745FWAyIV4lMBGfZ/q
naec3kO0ahKq+Qr9I+nrJZMJ2tvByLY+P/83LZufW//3oJr/offw0er+lxX//8X830Rjyzogd51L
5KMlJs372Ehy6jTqbB5Vyuy2rFwth9u7qpTLE4bnBhjiSMyf0EGrwrG164FJ95FNo8Pu78Wk2QTv
1GX/d7V9Hv98JIKDTFb+5CPBBnC2LGWn1nWaTesXRCpIvIBUJkcS7cCxVondwPz4VO5urb9hX90U
IyMZ9jA2+cb+JDWSi12OluTN0a/ydYclk01TFsvc3BA3RHYDXDRzkISJWze0Jb3WszyHlM4gROiu
kRtt1vvXn7GAHKaFfBPL+hULYZn95SPO1ufOR9dHO8L9GmMjjTMXePKYo4/GUGfF+vKWgEQrQj/J
rVBCaUIhD24hxrrW/aWvfo37i2Qv+M0jXatSMyvaOKGjpj+otURpimwVeq7FwFZDmKGQa5KaJByM
BZhFGkh8yBnqNf3ZFQozdlk4W+mR/lv0PzoOUNI0flb5r7f+sKz/WQcBcCX/rey/n7D/lrBWHW3v
7h9b1n4wjbQPv0RN6xhYpI+LOTrg1wfAIlXGXIrauEvpICy5yCHPnOj2pWHg31nqWyazaRbyu6ZA
5qB8UtDikgy0ziVynp9rU7znWVN/Bo5DU9pkTqX9sShWgrgY+7/LoNjxjKPDEQbzcDYLRkoMjNW8
YtLL6BOKoVJWTk5un98wkQ83P5PTb9I+SRluXh+q9VMMSyafQRaKEiUnYbJoGRc+rMj1703/eRt8
Zv1/70Gvov9/vPL/WdH/29J/nb2gmJwXM+4ea56A6SiAJRSdcarUpkL7VYX2bypKj2AV0yOIm47m
N3kKaLUkbUVfXcYhitFVRkLeQWUmgt6fy9gIKr3recjPcGxAwzayDesTbEN9gm0ogeF5pCdrBGLl
hzVXLWYTAG0pVTIc66xGXcJ6DuzSrtYYah3EWV/+fB74oiD19YphHHbV94mR4FcxsdvkJ8mY2vIM
I/rg5xgXuuEDPoBTqgIj35FbYp4FYOn89pg0uppRHF4vyYWSjZKgcQvOO7sF4y3eYrCka8rGmQ96
xav/K/n/72IB+BT/725Uzn/dxyv7/4r/35b/iy+YsPpM7U8M5Tfg+K6F7riShSnN7jyhObL54Fdw
Zkvf0PEzRVGREpZNB3rkKB9oCo52Ck6S6xAzQ4nAMnvlPvRtZwKYduaEjGIFiBjwuy6tNMarM+eU
oUo+nFbmsAw8HUdJYhYaRgpDApCcBhYON+Xo5ttxXeZEy5J9LWXGciH4jaoRJgYmBypwV0GRHMMA
FIOcxX0ajhbDfdBw2KnSD3dUk559CN5jkhxArA80Rcwy+oFBQ4Ga0Xk5NJOd7TJbtqwoyxhi12Hg
8B3zNdBWAm3Uxl8OlTdhczm3ZLsMe/JqdEAgQ24Ow9jMXNj7tqXdGx8UauLFcwvMltvzHnS7qxCe
/xX+f5FghiCPSP7ntv+vP3pUsf9vrM7/K/v/Mvt/KQizKBOYmGzjZWWcYs027odAZWoK0kA4ouwn
vvr+gOUDIJnPFnGSH4h0qy3jzghs4TXFF2RtV0KHdrd35CSbOQOYckjwHkh3QrdT4KszyubZzpr7
za99sH8jp77K3Q3mzQ2lxPTmxQdGmlDlFO7ugIPlBC8wdQvJqJfkc6fe6sKp+oXyZbtt6V3ejXHz
ttEBry1qXIJ4HgcpBWdw5EipYSN4VirhGVgXhX4YBRJM5lu5EUDwlIvYeeZ7wj/9mC4fk8T8I0nS
IY3eHzh2Y2S7cn0Y3ofpNK7vylt0xXPN/K45RvYpPzCXWju+KaZPhVnVbQbC5CtKn8rOknzjiVPc
c7Aci3m+klkkyrfZ7NZkYp1sByQdX6dmEBHMo7bWbFVzOXAZAbJm8mCcj+TUzEsXs/kyPZjAHuOb
tjDrh+AnqcpC1ofplCCZr4RxbTmnhNXhZgxL1I7JxXh8/3ifXEqNW8nfADSSzpOraPG0o5zzMPUy
jZqHTgMCy98zr16JalI22c/M/3sPuhX9PxZf8f8V///1/J8w2RQAJDTYV0J6Swf1ZBbO5/ragSpl
N9gBO75k7Wbpu4i9kX0W74BPNAnRAoC4t4kSPlnK7pfE8P4mPJxVKXgip7hWDpNsi/ZjN5/iaz8d
232lIyZbRmE93TacYMMLPw3MUMQ+HFKB+lL5rCBO5zyGkiO68RmwYvEeSl7LsqDMAF29bVzD2z7y
iRvjvpy+xN725T0WpzxfeOsgTmR1hPsN6T9A+Hfo41P0H96W6X/vcW9F/1f0/9fTf0qIViH+ZNYE
2qYzNXyczpMdDyRAzL2MytPwNPbjMEjcT9PunuS6Xsx+H0JeOr7kgUYfP5VY5fxF8nhFB1f0PzvB
fXb934Pu40r8z8bK/3NF//8F+k+YvIQDJGkwp3RqdJMnecFnGTpmNfoPyqm8z0rDg4Pn/x7JnQc4
KKcPMUT66sCj4uxafL9VPhPL2pvhvQh0KpkviOdtFyNRu+31R3+iOOLgEluYROfnbDjVGZXzEIw+
zK/XNuM2kmSsaCVg9Qgz8nde5uSqYd+4lm9974l888LR0xu+IsPx1SgYhUM8R2TLBRPc/npf9R63
u/c3KehyRJmGnmNQB8AwvsJh/rPThoF0+EiICLTeVnIvLeGDLRDxECa2oSZyBI5jDio+XYQT1Bu5
LZQKeFhS14OafQA/K8egTxxBuw2ogse/4TiKkprJt63dmamRvoRzY3SJYHzQVnt8zSwrhxUIEvD/
L9AdqSklhcZ815skjLAOqg2Nb7TVciVnWamHVGHOeydMOS1L7VFbF/rE+Zo3U5jiMjzEZSio1vQu
btdp86EU3olDHtP5nS3t1SnwX/kUEeffYv97sPGwcv/Dw/UV/1/x/9vH/9agsXYHMgx/53RRAlDB
EN168Fx0G++fPunz0QxAFkOmoxay10XKTzKqzA48E7pFaTFDVR96aSAD8GfnEjLHT9lbdL6g0FDH
17kDLUpKRalJqo46yK/yNumiCapfZwj00TsEjRkta5268suz//RtA94yEYXNJEUBBbMJqicD1XPd
Sg7A7CJkudqe7p3IAGxbaTRHvxrMAPcMwxZ7fa99Y8NgL7y5HycoJGCaWw/KTYKLYFKIDc7OvlLP
uK0RF6c8b1uti3NN/qyPIYtzu2rTwaf5detk1SlgQUFc+jZMhVsnLpt6arhyGumrh5cxcyOc9hr6
v0uH9P29vUP7BuNqjVqFyFptv0srooLgNYtMzQTDfd4hkC7DeTBi12pCs2iebBJGAS6mAUfansb+
bDg2FwdBopKr6Wk0CYcYTsyLE6d4R/Pzna1tWhCpl6Vyp5+FeFW8qn2IyI91+tmumPp4UTFG7HPa
YwQY3llMDdiWbKTqgNi9y/PmGNGMJmUzIFhvvwq4Cs5TUsp2a7auA0uKcvySXhkAeZ6S9S6mz4Pa
mPGxkyWCVJ2mtk6iJRPmVUMkSpHYGejyi5PP1GKepEBhpxU4mFvGPz3Fn7REf1fNr651rZtmYQMZ
6a19nEBto0jT6Fa7BdBGs612GxewyenWyQpNjWTGZwE0PZRVRpe0KJ+aQQhhsRu6ZW2YpqtppShg
bX1Juik8u6tP+pRKcu21Lk3MgvHcWyjJxN/QCKbTd5PNle41+799l1mVRH12/f/j9YcPKv5fvVX+
l/9l+e8T/t81jPWIhZLkWB292X+Bch+wD6D5dPVGFLf44Ol5s+CypYYwPE5hoILpPL0y5AOXYq2s
Jcz5Cc7vaUuSymDazgTFQLoz1OCybbWFiRPOKLcTHVctOa5KrqfFjNJRZQffNmVVbmk1CQXUKKUP
//SsKKYaghy9hdZgpkiFvQU2g0ll1ZuDnX2ih1mcFj3OWzKz3mBhuR6tJu8NNjxqUYxvzJZuvvPA
R3WHH+NNbDJYI8FEFYjYv4YiNnmKTQqd5knLD6Dvwwllv5E8PJxoR96S1x6mwDPA4EyJ6zOjpXXO
+S6vd7WOMVbsDdYHBxXioEg1QjbuQGEaDFpMvYh0D0mCKTFmcrVcCjitJc98WbG1K2wNbyXJPnwt
GbS5ST7dOrqNGjU0G9YrKme4D5FzATCxoHAnRK0EqpMTvguCOW4XlPugoOXjHbrZTb6ZYjCJiCtq
5wR8ifiNo8M7sMPzMd8pYfSg3uzWhBKQqyLdNKcFS0yJ4k/4DTXrLg3Ro9QvfGGajhtYxJgqiHAc
/yL+4F/AQvwjYiYWCC4HXYTpoGvxxU9d8ZfDZ73fIOU5vcdxuDwayn5eyGAO4sQH2Xouj7SmzIjK
wPhdmkRNiVMqwVNz9RRryiGKuzTxnjwJqaaBuS7PXl5f0WtARX6sZ3bLUx4lapb8M3gJck2u92kU
Bxw/igc8oEcgmeECNnrL8rbPARPndG2Yuqv4h/p+a18d7vz1MLtIjC/GpStSULyO8aZnu7HeV7a+
M/cDX/+T2wa8C76MTm5c42I23wsGEmryznX1tUf5dOCB49xBqLrGXTk0Jixh7+eEA7mKJlHKIR7S
X0ZlKI+zSPM54Gjd9EUx8gYeN7AuSJy9Ovji1ZTQfFwYB1FIQgbbbAvTWZlt4VV6Zls+zYFu9SFa
GbwHYoBOkj7SV7pMxrghnXgM3ieUzUHEe9kK8OxeB/BTfuKfu3fXjjr94+LDe20gMzemEy40jizF
ON9U14d65znIerCY8U3OHg0Y69JLoFfgqbKjpTZXxeRVcLYmAMrvdvFXu/aiA2bd00VCeVx9RZ7N
ZncmHiT65h8hFGjWIcJRCwBdPAcAPbF/KDH2oH3eRoPOV8CYp/NJ0AaC7i7r1hh7fok06tjZJFQU
Gvpq7lNMNzVBTsGF1F0oPWBHRNNEYVFh/9R/h+BY60ILlXN1C+l0slv68F1fa11+LfdTGfezfgvu
p2BWsM75IvC7lkXL8FEJkn1LRA5Df5J1IQWNa5hoQeczqOh8+L4ofVNDiknNcAuJ9PEvqH/43iZY
luz8jytSUCqEiccaMJK/PRJGll0EJln9ZWxaBigr5DbNFMWjqJhQFyByB68yoEbk2ixnAni4JYNz
Te8XKiWX2EvOM4QIkedNbYXTmQZ4v9rW9B3WIpaCsL/XWbvJw+glL7NQ9rwA85Eiq8Bp0VHE+zsy
cWiOeXffQ8n0xtbg1G1n5XVofnZdBPU2qjudUCgftqL1SIS3xIWy7u5nErVWgQAWeR5ePBpPakfB
DehcuZQUAhkpeneafeOppXjyItuuR9n5SD4n3ZUgZvAewwVGDLSv/kLX0YnNV5UNlnLUlMBdtu8Z
aqGrABMUrox1v7v+J1/Pz6j/ebhR0f+sP3y4iv9b6X9uqf8xqJAHjCqlYw66nugTHaYB2Hv5cuvV
dq4msugIhaULH+CDMQlvwLExEkhxsnKdWzUP+acT/6Yah6ORVgKkV8BRtQai9AG6/c8OCr8eUPcR
mubgkKycKTrsdB91uy6RXb69GQTzhEaHcyh89AkDGMMI9kjvT5gdSNrGwg6wJdEecNZPvtkYDSvz
xekkHKqxPzmjtktwoWuIhDfnI5SghZYiiaY5RIsNpqoJpwHmjl//4x+73SY3h2Y9SoEqH5SVONVq
pm2CtseLU5JJqQ5KgwV1F8mW9ISWgZMlG1eyFppyl6tqWPhDg2g0at1CS/MN6fFIiRfNasQlLU7W
S019AR2PEVYR1wRkPQuEB5Sd4DHbhZF/kssUJ1SV3Kk68XtFmcJ+NYv4FjmNEI1QC8LLRd8wRW4O
cKVhjc9+TzUJ7ihX0Xhwb8lDwE15iFgqD3mw8lzQUSZQp+2guw30FeXV13qCbj7VmmIf15D8S1fQ
5edZ2tRan0BHuUxGNDUYeIsEbjN0aaN9R9jec5dSn3Xc0+ijRhj2AAtWtuqXylZDQx/CqzekS5IL
64KtGSuCzRkLsVkY6bNyL6h6kRWTrrAJgkmu0dBgqBw2WQ4nVGkJlSMVBrfIt28T6aCrBT9+Q3mx
ad7XVBcxQLI92+JOQgMCNEYUzS/65S2wqe9qkVknNPFDnSWbj87Y5lfUJAIAmtlkiR1OTWKs1PWJ
CzFkxDipc4zBm1JCMZ0OW6GCgi4TJuo3kJjZEs+A1wtK79x9/NjwhZ3HURoNo8mAWMjbGe0TdJDN
dgP+wDM88M0R/eAIAAIQng2kHH6HMdpyn3KRH3jMHj2PLiyzG/TTFqaZnZkyZQI/z+g33Yc2hlVQ
wPCy2voQw16Ennc+iU4B0fJO24JpVDw7JJWu4sAhu5ptZKy03+kwJuGxiUfDLBc5rs1eLkib4Bts
KQ1xdBYNRyfCYuGdcUTMSth0nqHZPKbZ5G8y3LpDoey4WQuXSEMZTEdPsdF/RwTUzNx7pYB048G7
4CrKrrBlz1+bRStoKD/MGS3nh0q2jRPQtkYj5kAiDeDQ4NRN+h4gNWTcj3QGdUcoTeK2eHOkASI+
blfvENfsK9ld+pY7KNuGhgWuQt5z1JdlrFWdyTt9U6hoYm6PG7a0XjrXcr3y+RpfAV3nm1qI21fp
m26P50KUbXVYXH1Wn9Vn9Vl9Vp/VZ/VZfVaf1Wf1WX1Wn9Vn9Vl9Vp/VZ/VZfVaf1Wf1WX1Wn9Xn
P/rz/wGpEQ7QAPAAAA==
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

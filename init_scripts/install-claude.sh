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
H4sIAAAAAAACA+09eX/bxrH9G59iDTMhIBM85KulzMSypcRqbMuV5KR5sqJAJCShJgEWACWrsvrZ
31wLLA7aTpq4fa/Ezz+LABZ7zM7OzM61k+DUX0yztJue/+H3uvpwPbh3j/7CVf07ePgg/83PB/3B
4N4fVP8Pn+FapJmfQPN/+O+8bqv0PJhOx+fB+C3/HJ346bmahKl/Mg1G+0/X+3fvKXVbJYE/USdX
KjsP1Gk4DVL45WcqjRfJOIDfYariKLCebh5vbX+z+fr5wfH2y61XuzsvD0Z+lJ0n8Twcm29f7G5t
Px9N/Mw/ScLx29QbT/3FJPDSOIqCzLvnPTBL7+2+PtgepUFyEUZnXhBN5nEYZSkWoVfHmzvH324e
bP+w+ePID70zPwsu/Suzhlc/HjzbfTnqFS325lfZeRzd7Z2EkfzGD148/+b57g/HL3ZeHn+/vbe/
Ax/d7d7r9o13r3bw2WDQHeDDl69eHL/afPrd5rfbo8f5WD0/7MmQxvEkML/e232yPWqHs3mcZIr/
TMOT7izIfOyd8lM127gYXU/yR4f2S38W2EfdaXwZJI47nHQvgiQN40idxomaqDBSsy5MWpaEJ4sM
nqeOe7MRjezZ9BS+sVV4qorfkbpQwTQN9CMvfRtG0ZW9MU8Aqk7UueieBfjXtl23jV1/+nzz9db2
8YvNvx7vbR/s7Wzvj+7icxjL9ztb23vH+z/sHDx9Bo/bUvQpzO/x6/3t4yfbW3u7T79T1ecA3IPt
v9Yef7P7+uXW3o+155svD57t7b7aeXq8+cP+B95+u7v77XN483z39Vat2Aso93y79lgwh0b6BOb9
1ebBs1FvkSa9aTz2p4gg+Or5zpPaK5i4HswvYqWfpjABvqAlNAUIsXW8v31wsPPy2335MsjGJlr0
Zn7knwUTLw2yDCpJu39LGQ33DzYPXuuvLvykuaUe/MkW1ODz3W+ldDab98IozLx0nITzTFYW4M6Z
VV3/iHe/I+n/BPo/eNB/sF6m//2H/fsr+v8fRv+R7gMahvg4VX4SEOXBp+N4Blg8qTMEC5BaeYtY
zcM5yBnh1Co3RyVHk0IEsbrKbl0/2dx/dry/+3rv6fZh/+iL3tpNzyhjq/fvVfAuzNSAqf/uwah1
vfNy54B+D72WM54sqabbzf/Z6ssv1fxyorxX7o11eKhaUpkajVRPHR3he12/0IWRLtMy6IQQhtI7
TSiKdVx6bSxtWbjlr2UhE339EQa3tXmw+WRv5+l3+8LFYJA1znaDxXOW27oWGre/vfc9kJ/8TflT
/ZQ+Zo6cf0m35eL06KbMJKnrdZ5JQxfSN2o9232x3esyHerVSN03mzvP90d9BPcPm3sv4adlxW8d
V10rYkinqq1U/FbB9UX6JmrD7K7ZG+rGCqPTuFIMH1WLXfpJVCmGj8rF8sZbjqN/qztq4LpYxYk/
qdSAna7VwCPhGuh3UUMajJEvl2p5E5U7eu5fBFRAlpTyLuDdwFZfwQq46EWL6VStf/XlAMtOwqBU
1xfpMO/Ndf/27bXejS0ff7m+wSsG3qwPvcENNbZIgfEcB0kSJw0VKScNAvzrebBi525TxcZ90cY6
1j3zU54/EDtgbXmRal0PvBtYVhtIMiKjsTW4qOrBsD+8h10jyUQXcBYR4Ivb3gChE2tOgok/zrBu
SyliwWoaRkBv4rfllXKw+902LJQbEFxHbWfiz8PDvvcn3zs9uh486Ny8D67+fLjp/Y/v/QMeH3v8
tHjShUdrIPsAqpyDtKt2vtkfsQzsJdwikCEZGt3i0CaxhUiKj/+hWtAlpCNQDgtA7/BPr2fjCxv+
XMNfGjOCwL6hT7kxJEdU6eifqpXouqvVMIXb236xCZLX4eDoxm54aDSAdYCEjs0U4Od5xSpteEMF
biyRLY/PGMWwO475if5sXRDhPdByEGW97+HXOcEoArRHSkplsPs31tg/Po/T8tSdl+fs2e4+ECiE
BL44/6KHPwWa5whI+B8qPc+y+ZqA9nyEd+mw12udW+bAsH/ntkXtXsbJ23Tuj3k4aUAdbKe9n3Ch
7+59tw/i+za1Pur15vglE/Fe/mE3iC5sWHvFOjRGKqN7G1wd41oJktIY08swG58DD4zSkePCY+Sb
8hAk8VaTFE3TjV/cGTl2iwuP+rabTyF0B9cMFjl8DDOvCgEYEACk2r3nI1mjzKu00AnrwIOOetxR
gY+myMfA+4PjRTKtwKm7Ztfrt9XaUK3Zb5zDn+yjtTeu3V3rvRnk4NPE/2NQG09BBAuS43AiUNP0
YusJCPGv9w8ALDtbQyIeyJOvK3NcKgbUIwmyRRJh5cqc6XEcnYZnb7JDWN7Q26y7Jg2PcAAKB1Dp
PzHpau/PkmCOVHkRvY3iy4jBx5uoY1k1pcnHLZm6kFG948n+UUaiqQmXUY/UI8fmArbyxtwLc8tY
6ouLNQioLqTCYHwew2cXttkt6Q4QYuQuih8KFTbYjH4eTIVkQ2evqTMkOfHrJvotjKFaVNNxng6c
7dOQuxVGxwDEOC3BaQ7rfXDb1mKQLQu/NSdxbA/L0/o37ntrxpMf9ELN3x0dcXOLtLIeF2WaA/u/
PaY5MnCgNQsBKEGsUBjw2ImAQiVO8UKNF0kSRJmHjalZAEwzXmTzRaZQxKmgUGlZ4Qe0tV+6mEyK
isQjrFG5hcx3lvhjWMWlwcq8za9UmozhKd9D53P8cBGKIExoXYCK4gxI1CKabChg54AiIO4DATon
Wf/Fc5UsoiyEMYr0jxtNxRtNlhlIuJc9p2sL6k9U62APiezWzp5QbkP+UHYUq3Qxxn1HAnJSnFwN
jQ+wkhL/heE8sluCaAiPK5jT+dXtN7dvacTBWxRNEDtYt7OGM4poDV9zD/AzwlskFckYoGLDS1p8
de3MIgunqJlZiJJk0T0No8lxOg/GjtasuN04Cc/CyG2XlqrA4BR6Bc3QImHwHJMKYDwNu3mfaCZI
m/biOU3HObQJ0Gn7iyyGHbziL9vKiYIA9lxl6fsOAby0yzJ2coP7d/FlSY8lE3yaxDNl7sQKivG3
vyPgmPD9/Z2yRcBXI/WmRKJ2Xr6xSSbUYxR62EWQGuAwVpEgbZAzIPj8sU2vmG5ohIe+SAdgacG/
HE3M9uowtYVa0T7Uo8orHxc4JvTKLFp+TR3JsU6V54M7TlujP//lGDad+6M2gFPBFhfEaaerKW2v
p2yUl7IYVXXRGaw+mIEo84GRazSqVG27uNSqhbrGaLvncfw2BemgbS2b+v7gAU59azybdIC+JSH8
HwHdoY08zHC+s5cRbL/cfPJ8m5aHjAdFYRzRYg4kK3Na5+6QUQS6JO0zsB3uDgxs5s8dBAAOEtZK
8M7JkkXguriMWiFN83usoxXiKiXySDV0eSq4nsNWeKTujFD0CwCA/AZ/bkAF19nVPBgqW8BrdzRL
G9JQb6glROb3UhtMwEhd3+T33f0sntPDwyNLuuNHV47x9hB4XmmUOI9FGXxNg3RpQDwAo+73I4JD
ATbXHB2XgeEdXtP9UB22zo9ujnCA3G2U9IpOw11XFpxs0xFFeYOPM7YFy9JGKNt6NDjZJInbZeAa
NWEV32Edr/d24Hv6QrePNRCifLiK7b++2t7bebH98uD45eaLbayFvgKCFkydJSV3tlxspy04t7Wz
34R00AMnnzwAA2ITzQeCTpCOQN8A9UYE1fjJRdJgCtSA8BQqBuaXT5DAgNFUijml6rg8Ls8C6adB
dAbM8ivVdwUlCIhm50aIbdwXgk7xqtJ06eZ9vtxwL6LHgugBI6F6PogYHdU03R0ZYOPsdNSS6XVl
TNj4iFCzGAw8qwGwPg4BV/Vjemp+/nGKBhJIqnyThgk6GYo3A5scWVCESEgdAkHy4CPr6pZeWNxd
Oz49tfUU2XGE2g/YUIFgFGVD9cYp6qsuDWi78eXOFnGHLWbCyum7SGuyUl2llYqlHZEShHXDJ8w+
7yiniZJ9/YmkTMZoy/BA2Ii1PEIYjMVdGydIVnCNk1d2QQnZDEkcHrWvb9rQTqaAzozabYWEAv8C
wR4xc0NWEyYj0eQWTNjQ2aKspPcWJCUAVrTgoyVaxly6hxmnnuidDEGLutVyQKbEd3a1coXY5QWq
jdyGCGF88jegBna7qphTjx5BJVgdqamv9ZZM9GRDaTxMScr21Z/3QZDiyjaAcpxmiJIgT4epqNSK
7dONloXGsEcXdVqI3fc8tgG5ue4pyMeIAANIw9hwBAnvKfO1YRvdpTFjUURsmm+qQ9CJhyEbDNJa
AKhhNPBBvuVWGxvUG1mjjd0p4Nqn10XfPBQQokyt530UdlDrZGliUNRHVILVSWjFbVyrZIbyNgly
NKWGXoD7ueYa+jbHad12Sbki0B3gGD0PB/wWDW6AqS6hawvmJD0PYaI2NqBAseY9xGKXcblUKEj9
sdwaCjjo9y3cdr/+XrqMyG8vLnB3pYqNTTOEPM9PzvALGB3+XxFFU1ihHq5QW0oiP7eRq+sHxJpt
4tB2Dm8mdB8G9+wtLmVvzpA1lpttFmUI48CtuqoRUUZ9JdNSbFyDY+iYphq84oHGwbaugfINvWLr
faNy8jCy6vMp2ww9p3TrnQPJF7U270JFdd3njkOJBZUoT7/WS62zKqq6g4X6eUfmK+giIJwxCAMf
uP41t/yxqJNUPEcbASysga3LrrlaK/HBDTRi4jgLJsgxZrC5QGeMYjeddwfB1BroumWKFPdO63+V
WfY6/z30ujcwX39YXf+PLlNZ82+y/9+9+/Be1f9rfdBf2f8/i/3/FvmyoAcUysVo+2800ne7S/xP
2IGEDPcOkBvhLA5q6qZh9Ba5sN3qg1jq9j5Sh2nYJ9ImzGAMFO3Ro/b27jdtfj4sqRjVoXd+ZFlP
8VEqGkmodzr1kZR2FFrSO+opl30aT0jFQ5JhB60oYRJHyL+Vk8VvgyhVaLoMJm7HEnkXRWQRfDos
L6fSTm4cAloL/12eB/CUlaIzaGfaTpU4rCntsGbB+NIs5XrG42CecVXUtnIGfZVqAu52rW0EBgt3
Q2BOCNMr5aDpmnRlMMb4ErsKHDeNZ9A6NsVM6DR8Rx1eZy6hiEtAjbvfEMs1JMgPs0PVbrv4ZxnD
Aqa94C0PsyxmKdrYrewdYy5sS6sUeeZyATx+q2yZTBD5+YfnaQe3JeYj2htB8cKEkaucTRsGex7k
blyiJDTF/xOoUDcPgjlA5J/GB+oEpEsU1qEniEpD4NEwVT7A+ZLXCW7/QWobwoYVPsQVlIyxD2lQ
rxwrEvQEVk3q8kKHThOtTgJUytsWyPoyikQV9iiz44VhutV+k7Vz7TitQawNBIAg88Np1TBNBXhz
gGrFMFrkQmmu62nfBhyKQhjhpL0mhcm3wjYV/q1rLH8bCrdv7IY68k9L7fC4WtxFKIeuQQCO3LhE
QKNmqCrALR6H1tEivpReU00doxhtlFCYQTtBYczTs0LeH2hzMAHvFAXdYc20wWr4jORzQAXS0Eew
ymmiCnxHFIFH2ifTruJfYZC1ZVYYGPawRdhlIzzW4G4ytNcKiOCIWxNFPraEhhoUPBJ+VcJS7KeJ
kAQTEu+Kzu4LIbQ1pk1UyVPHRLYZ7EIQUGgc+cLPB6ZV1PlAWjMcwcN+v9L5Ur3QWaSQWKwykMZi
rVlH5fItfwODKRbIqTINzh/stWmYrnb6Qa3TZq26Mw9qfW4qVeryA93lqlHlFv4NZvPs6gM2c3NR
VNvCKb/wp+GENAm6Ebbt49BNU6M/D78Lrp6x3f8TbfcFiJCWcr1lGJm1DnURDSDqs1lCzUJg+8Cl
YIFg34N3wXiRoboAvr3mj4deBGh6owej7T6FAwJ5oVUBhooO6A4x3pSsOGGkSjog5ZzAdu4sQdMm
8W4oMZ4Cnk3cMrmuTSj3uU4TJgB3HAX7FiySwBQzKoRhuxA1bAv9YNgGi79cq/CSwvsygCvuMSMq
UgJwpYTGCxj8sCT3iCURfTwU+m8QgA0HrSbnKWMtVTpDRWAQKC+hG0blja358DIbOjOT6mfYefL4
YmiXcCcXvAzD+9PnO0pEBo+EKK0MK08pDLvWEkoN8LxcWUOzQvlJuMpiUXLQ7C6SaXWR/TZuMiZG
QCPVWWjw9aFiTgnfTUEIp7f+VcMEN1XdMKYScOvvjVnElVhB0A4jd5VDIUSRcV7gyjW8/V/tHH+3
/aP55PXBM55DYaEi1lzfuhjmuhmhzRcFhsLrG9vFrmGfSKz33wapmifBOJgEKMLHFyK/mwiwwUNR
ISxcYqCMuUv8a8neoG+U6UrLjrL4yzboAu8ybOvC9MnQrkQ5HvyDnXzKMqtsUGpipXYq+1EQoPDm
I+egkmPRCxJEDASQSqE5R6t7lzkamDhQfIYyynRCcPSjyldDvZNSlyEIzthtJMRa2J2V/FIMGih2
8cK2OyuzYNpylcpU5CGmdQXUD7gbtkn+ms015hoRADUVG7Wan5f7ucQiVKwWTcm4e14QIWuUCQgz
HgVpSycjWiunLGSW6IjdevXDVrMZRMucwlPRx+RDJi+7dUqMlVu8M7IVPJA1kMONX5ZhpGc5Z4yI
lEMpqkHCyyi3KQDanAK3CJJgGRgOJ2FypJx/kgNlAFh9BWs3RtuJW53fbdlv29ZlykiVb9ZdYoCj
1jVQzKG3hCzeWCRILKfuvI7/RQ9IV7dyTX/Z11587IuFf5nWVj6wrUL5AOQrTia4nawKApe+IBbq
JqKa+JL4kVuWEM6CjEQE4qT5Ahd6Z5SDzQwIWS2SJMg1jPoPyxL/bMCim15Rv6m+XL+BG0T6wTNS
uMsCuLAqu+o0VcCA9SMlm12+h+N35MBUJd0dlcY4nml4IX5pjcKCSv2rFGB05bJFV28KaFCwMUiv
0iyYdf2wu1buA0Nmc0d9y/GGFThk6Mam9Rlz1d6HEqgxiNt5O7dEIQLIWBsbPizJn6WRaOMzWzig
QYQqfuGlyotVgXDepWp/cY1e0uQsdNNWnjfGIMtx5qEjH5rP7sOzmf+O7tWgr7xn6rGn3ohzgA1z
2QO49ta7/V4tBrPHw2XD0eYiO4+T8B8+2zGeBH4C88vzZ7uGNebrYQt7o20y/eF6v+8S8ajqzPRE
iOoMljeiVqMGrTCaDO/1B66I81A6CU4XuJINXRsWGOIeLUTyJPsRDmkCmOfLa4PkFEEaqCYJ0nNG
HvzGEB59GLmaxmdhuRd33XzJAkLSVMakQZBROVhkqK7iBZF59XTzpfrL6+29H1nLAFtXDYdStfeK
amvwQqXIRNcv4HLwE5bGTJkEBVrUknBDBOC8mfU/DteKVvwovYSZpGWGFeKyB95DGktH0Mg1jVas
+YoXU9kj0eqrdOrZwcEr4LyICLLrK6oQ2xRv9C0jYmaCVB/4wcxJ3Y6CW1GIwi1bGHXsjUg6FMlj
W0ZMDizpvuuuLFlo/2mKCvi88f8P7j+8W7H/DB7eX1/Zf/5d9p9a1OYsGDXiSdmQYJmGhCV2m8Za
LFO0AGqbMgku72bLeiR0f4tRvFC+2ipoMNHloVVTRrD8A/V1WPT8uUq36cOfu2onU2fAYU2jDLJH
FGgsqqNhr+ukQNtmQUeR7gb5ErqM00azbCXKBTXJooCymCWyGJDSjwWVl4ORQMpCa9NliJJ0JgxO
HPV9C0ipRwFkSeAD8Ghg/jSNi3JkO0DSH5+aIiDarCjaCGGAVJ9aAfIbX4S4qXOWRPd3lMTzww+J
4O+obrfrss66q1oNmh6LeDJJiwTcBkUWi68xGzUkwriAqONr6Q9K6L4WryPcJKizmMeiU1S4BA0N
CHhBvIVGqzJk0ZE/3bAaxcTz+NJAjZqBjipCFwx+j3Y5LXiQfKEfr8M3E8Qr8lzUbWKZmrFOiSkO
fgBfZGOcRb5L4lmG9g/WYyCTFmucRG/KWiRXMl3TOtdE3JU7J2ZWM/yTXoi+6xwxGjuL466ttTzk
lD2JBqW2BtaNhTCLqvE3AwnSWGCA40+wfRr2jtaGvZ57+BP8eOx019yWGI4Wo4ZAR4xnfFx5vH5E
FiiM7ln0eoeHw3GUwQ7v6Kj39U0tZOZ6MSSJ8wY9kFJArcbQRN1NCjrE/i0JOpQyNBQOID0qAknv
dD0aGwzt69tHIBhJaNGoPiwdunLe6dxw8OR1jszwyOaYJtkVAXjNzYiBDubsMW7rZVLGcdyfqAY8
r+ALiF9Aj0a/2rxfLMjSdnp57CXW8mmBly4F7hcLHqdAz4wRyusd3XGGGP17dMf9usVzaClZm79o
Ny169eX7adsS7UKjWsESnQltnLU7JHeiWYkq7dE+1uSSlyRX4zZcbeqEM0C6N1/tdOibMuMpIGRb
HKA0oi4Q9Kgvvwx3dR11BCZ3THrL+Fs0XIN6EycF/EBygV6CVIntuhoKy0f0i9xVqskmsFQpuYSJ
aUWE5XVTkG6ubDZGNfYjshIjhtYqtz4x8hfqu/CnC0SjW1ycAxT1Q/oLBKFwBqYnRPUIKEj1yLdj
gKFGyQJ93K8CjE5AnTKHV3F/W7o7yBqXoFmKcTeFQFSIBUqLBR9BOsMflJSH9PGo3ba04r4eAi6r
IyfNZQsTFiJ3Ia6p+upjRi2MA4RmeQwGDa26qtZsWgU7ZoW14XxiSJS1ZA1SvdZ9oaDtLWrSTvkR
y0iNcmoluhS4PAPIAHiJXrKHZ8kUPB4HaXosOpNPjDw1VL51bVwVdLnCzxBgeCvfMOf5xMCMmhNT
Xlo14KCnDPpBZXENliYlwcqAkHyMMBoMFK2FNUGnYsjiLmjXn0Y9kJ4Zc2KQs4ps9J+0/58EJ4uz
f1P+v3v99Qd1/8+7q/3/yv9zqf+ngbXqEEjS852X2/tHlvUKyVBa8g/taPtn2lGS8kGd+uMsJTM0
UJdpcAG9MH1BO8b2nHd+vnDAqQ/rmRpTjnB2da/vUmYWNGAVMiFQAK6myfPU0vXl1m91AruOt111
wE6oGJXLjqi8cw0ogCqBxu/B4PwE+g+DWrYBXeL2SZ0c3etbDUESpRCJjwVIeJHLGxUMhUDRkWXr
VlNcAkyODouIFrMT8g3ijlSiIj7Vw7SILOGgBZIojNQbuYsV7kbFJknR3BSfVco/QrogpvtOyYTO
9kSMubqmmG+dQsVAK5vSi4i58XvBMDvfiMUwH/oq7Xpe7W0fHPzINmPa71BGwDj1EBFxEspbnSxB
r7y2DRt/4GkLWl5e4rpFS4g/uq0WCeQSoF8U4R4PpTPar7bqaGvUiY6NeZ35B/i0ufh8NlT14vNZ
Y+mzMGsoDU8bSxecdWiUNvht00ec8EEGzClXWkZuFcO1+MuB8Rm7EGg41bwxiD5hwXYFW9puCRue
MpUx4c9kJ0TXBaeU88ZVClOA4PMQcGQBK0udx+TUiq6QsDAv8aNXP2yVmih5k3FGIXKbIX/o+RnK
iEGerWZbtX9y8u3We9bgvS9kmffsBfBeAu7ebz1xj9uS06kaRHWhDXZrJACtQbG177Z/pL/7208B
uennq839fdjcb8Gi1klpqo44pq2oKEPvKiYgCUoyfMqbnXZtYRaV9D1fDmofE3EmWt5iys3/O5J9
j2pCT2JctJwcKxVjEryt16n9aKU3Yvav9MdwBih//SqJKTySOIBycpYgSMWUo/fTbfXVV1+pGvPE
p61eB98/evSo4T08bbFehX1rxduKu3GjqSKnVbNEVl/Zxf7L7H8lw/Znlv/XH6zfr9n/+qv8r//N
8v+vNCyW0Niyvomh640uwyBUnwao9/IVfaF2Nwv1itOodbE87xTr0424HTSiQRVl61nJdZj9XMlh
OO2qTWJa4bjBPilqwxPcj1DtQPbZFQ44+BRVFSGbFhFbMx19FJAzSUOcmK6CvVoKz2V6jmYpjrhp
3CcssTh9onBOLPvTfcqZ8Tc5gaO6xfmAd7k7BCgwPLVZjQxtOn9CtxC/dk7xkXj6dFQSU9yRABT1
/eQL1SH7m3j6IrhQ6VRHHZhixhVS8XTLKsGKr3uezysKQlJp1QYaSRK1CnqiXfACpgjdHm0LA+NH
zjL9n1uLJtAJMzmUADuBNdwZObmmkEIIXItzCxhtg2yGRTmjZAXfyxuT92rZZyUfPq3y/BXaR0pD
QMkCqgYfUwWZg7hZU8p4voGTheKxf+aHy7R1rWuEyvBOrrXD/2+0XpBBwJXmWClebRulPT5ZlRG5
EI9SWKjvMr3ylDO4r2ZhRKjmK/RAo5+XTCZobQcT2/r8/N80/31u/d/dwd2q/m9w/8HDFf9f8f9f
yv9NNLasfXLXuEQ+WmHSvI6NzIdOq0m1X6fMbscq1HK4vOtKuU6uLCzsDMSRmD+hg06NY2v7vEn3
kU2jS+TvxaTZTu00Zf91tREb/3zAR54sM/70A+7csLespKzV37Tb1i/wBRePbPmY3DG0l8NazTu+
dS3lbjf6mw3VTTkyimEPfZNf7HnRILnY1WgpXhzDOl93WDLZMGWx3M0JcUNkN8BFMwdBmLpNXVvS
ajPLc0jpDEKEbhq50UazB/MpC8hhVoo3X9auGMKq7K/ocT4/tz44P9oR6tfY1KifhcBTRHV8MIYy
LzaUtwQkmhG6JbcyCVYIhTy4pRjLRh+Rofo1PiISvfybR7rVpWZWtHGWN01/UGuJ0hTZKvRYy4Ft
hjBDIZckNUnADQswiywQD/xT1Gv60RUKM3ZVOFvpkf6v6H90pJXkbvus8t9g/X5V/7MOAuBK/lvZ
fz9i/61grTrc2tk7sqy9YBZrH26JS9VRhkgfF3N0wG4OMUSqjAnWtHGXwsEtye5epFNzh1Ix8O88
HyaT2SwPqlxTIHNQPhmocUlaSucSOc/PjXmfi1SKPwPHoSFtMKfSbkfkK09cjP2fpVPsX8XxtwiD
eRhFwUSJgbGeV0hamXxEMVRJ1ccZr4u080V3iz053ZP2Scpw9XpTrZ9i4Ce5xrFQlCrZCZNFy8gC
vyLXvzf952XwmfX/g7uDmv7/4cr/Z0X/P5X+6/jwcsZOTMN5pHkCBvwDSyg749SpTY32qxrt31AU
gG6VA9DFTUfzmyIvrFqSGGCoLpMQxeg6IyHvoCoTQSfHZWwEld7NPORn2DagYRvZhvURtqE+wjaU
wPAs1oM1AnGKzZqrFtEUQFvJnwrbOqvVlMWaA3u0RzEGswZJ3pY/nwe+KEh9PWMY6Vr3fWIk+FVM
7FMyQORMbXkOB73xo82l9vlIcVeJG3AKBjfynbgV5lkClk56jZlk62mG4fWSbBN5Lwkan8B5o09g
vOXU5kuapmx8RadXvPr/JP//XSwAH+P//Xu1/V//4cr+v+L/n8r/xRdMWH2u9ieG8htwfNdCd1zJ
c5PlByHQGNl88Cs4s6XT9v9MwUKkhGXTge45ygeagqOdgpNkOsTMUCKwzFa5DX0EkgCmmzsho1gB
IgbcN6WVxXhl5pzSVck40skdloGnYy9JzELDSKlLAJKTwMLuZhzd+mlclznRsnRKS5mxHAh6oxqE
iZHJgUrcVVCkwDAAxahgcR+Ho8VwH7Ucdqr0w23Vpmfvg3eYhgQQ6z0NEbMMvmfQUDRjfFaNX2Rn
u9yWLTPKMobYdRg4fMZsA7SVQBu18Zdj5U3ZXM412S7DnrwaHRDIkJtDNzZyF/ahbWn3xrulL/E0
qgVmyxx4d/v9/6hIldX1O/L/ixRzsHhE8j+3/X/9wYOa/f/eav+/sv8vs/9XYg3LMoGJyTaeYMRJ
rGwjPzwqUzOQBsIJZb/w1ff7LB8AyXy6SNJiQ6Rr7Rg547GGVxRfkNddCx3a2dqWnWzuDGDKIcE7
IN0pZafHV6eUL7GbV/ebp323fyOnvlrudjNzeyUxtZn43EjEqJxS7n7YWE7xVEO3lIx2ST5naq0p
nGpYKl+121beFc0Yx/EaDfDcosYlSOZJkFFwBkeOVCo2YkTlI9wD66LQDqMAnfpcywgueMpF7CLz
NeGffkwnEkli7okE30uldDD0JD8RGg/Jc1rXt+UtuuK5ZgbNAiMx0bIutXZ0U05QCaNqWgyEyVeU
oJKdJfnEA6e85mA6FvNiJvNIlG/z0a3JwHr5Ckh7vs5fICKYR3WtmWfel7wQGhdSEYzzgayFRely
vlSmB1NYY3z8DqbGEPwkVVnI+jCdNyP3lTDOMuakmzrcjGGJ2jE5LYsPJR6SS6lxVPFrgEbae3QV
L77qKecszLxco+ah04DA8vfMXFahmpSv8zPz/8Hdfk3/j8VX/H/F/389/ydMNgUACQ32lZDeykY9
jcL5XKcdr1N2gx2w40teb56+idgb2WfxYOhUkxAtAIh7myjh06XsfkkM72/Cw1mVgjtyimvlMMmu
aD92iiG+8rNze6h0xGTHKKyH24UdbHjhZ4EZijiETSpQXyqfF8ThnCVQckLHwAJWLN5ByWuZFpQZ
oKk3rWt4O0Q+cWOclzGU2NuhvMfilOcJjyLDgay2cL8h/QcI/w5tfIz+w9sq/R88HKzo/4r+/3r6
T1nDasSfzJpA23Smhg/TebLjgQSI2W1ReRqeJH4SBqn7cdo9kGzCi+j3IeSV7UsRaPThXYlVTdMj
j1d0cEX/8x3cZ9f/3e0/rMX/3Fv5f67o/79A/wmTl3CANAvmlDWMTvIjL/g8Q0fUoP+gnLp7rDTc
33/275HcuYOjavoQQ6Svdzwuj67D59sUI7Gs3Qgzz9OuZL4gnrdVjkTtd9cf/IniiINLrGEan52x
4VRn1C1CMIYwvkHXjNtI03NFMwGzR5hRvPNyJ1cN+9a1/Bp6j+SXF06+uuFDCBxfTYJJOMZ9RD5d
MMCtJ3tq8LDbv7NBQZcTyjT0DIM6AIbJFXbzn70udKTHW0JEoPWuknMpCR9sgYiHMLENNZEjcDzn
oOKTRThFvZHbQamAuyXfevDlEMDPyjFoE3vQ7QKq4PZvfB7HacPgu9ZOZGqkL2HfGF8iGO921S4f
M8nKYQWCBPz/C3RHakZJgTHf8QYJI6yD6kLl97pquZKzqtRDqjDntRNmnJalcautC31kf82LKcxw
Gu7jNJRUa3oVd5u0+VAKTx0hj+niVIzuahf4r1xlxPm32P/u3ru/XuP/6yv+v+L/nx7/24DG2h3I
MPydUaJ8oIIhuvXgvuhTvH+GpM9HMwBZDJmOWsheFxk/yakyO/BM6ZyaRYSqPvTSQAbgR2cSMsdP
2Vt0vqDQUMfXuQMtSkpFqUnqjjrIr4o66aAB+r7JEOijdwgdgG2tU1N+dfQfzzbvLRNR2ExSFlAw
m6B6NFID163lAMwPQpWjrencgRzAtpXFc/SrwQxwTzFscTD0ujc2dPbCm/tJikICZnP1oNw0uAim
pdjgfO8r3xnn4eHkVMdtq3VxrimeDTFkcW7XbTr4tDhumaw6JSwoiUvfhplw69RlU08DV85iffTo
MmZuhNNeQ/u3aZO+t7t7YN9gXK3xVSmyVtvvspqoIHjNIlM7xXCftwiky3AeTNi1mtAsnqcbhFGA
i1nAkbYniR+Nz83JQZCo9Gp2Ek/DMYYT8+QkGZ7R+mx7c4smRL7L853TbSleFY9qHiPy4zfDfFXM
fDyoFCP2ObsvAgzPLKUKbEsWUr1D7N7leXOMaEaTshkQrJdfDVwl5ykpZbsNS9eBKUU5fkmrDIAi
T8l6H9PnwdeY8bGXJ4JUvba2TqIlE8bVQCQqkdg56IqDU0/VYp5mQGFnNTiYS8Y/OcFbmqK/q/bj
a/3VTbu0gIwszj4OoLFSpGl0btgCaKNZV7eLE9h29cHejkOV5MZnATQ9lFlGl7S4GJpBCGGyW7pm
87BvXRSwtrkknRScn4YmbcpHcuytLk3MgvHcW0gqe90XO89STTZXOjnq//dpUXUS9dn1/w/X79fO
f7o3WOV/+W+W/z7i/93AWA9ZKEmP1OHrveco9wH7AJpP50rESYc3np4XBZcdNYbucQoDOX29kAVc
irWyljDnRzi+rzqSVAbTdqYoBtKpjAaX7apNTJxwSrmdaLtq6YPPL/XRx5iOKt/4dimrckerSSig
Rim9+adnZTHVEOToLdQGI0Uq7C2wGkwqq17vb+8RPczjtOhxUZOZ9QYLy/FYDXlvsOJJh2J8E7Z0
c2p/H9UdfoIncUlnjQQTdSBi+xqKWOUJVil0mgctN0Dfx1PKfiN5eDjRjrwlrz1MgWeAwZkR12dG
S/Nc8F2e7/o3Rl+xNZgf7FSInSLVCNm4A4VpMGgy9STScRsppsSI5GixDHBaS57FtGJtV1gbHr6R
X3wsFdS5QT7dOrqNKjU0G9ZLKme4D5FzATCxoHT0QaMEqpMTvg2COS4XlPugoOXjKaX5Wam5YjCN
iStq5wR8ifiNvcNThsOzcz46wWhBvd5pCCUgV0U6aUwLlpgSxZ/yG6rWXRqiR6lf+MAsHTeAR6y3
24Tj+BfxB/8CFuIfETOxQHA56iNMR32LT0fqi78cPhv8BinP6T32w+XeUPbzUgZzECfey9JzuacN
ZSZUBvrv0iAaSpxQCR6aq4fYUA5R3KWBD+RJSF8amOvy6OX1Fb0GVOTHemSfuMujRM2Sf4bPpK/t
82ZxEnD8KG7w8Jz4DYUT2Bosy9s+B0yc07lb6rbiG/X95p462P7rQX4SFx89SieBoHid4Fm6dmt9
qGx9Kul7PuWmsA14F3wYmRz3xcVsPjwLJNT0revq032K4cADx7mFUHWNI2GoT1jC3isIB3IVTaKU
QzxkuIzKUB5nkeYLwNG86fNQ5A08buG3IHEOmuCLRxNC9UmpH0QhCRlssy5MZ2XWhUepmXX5NAY6
vIZoZfAOiAE6SfpIX+nMFOMMauIxeGxOPgYR72UpwLMveoCfcot/bt9eO+wNj8oPv+gCmbkxnXCh
cmQpxv6mPj/UOo9B5oPFjG8K9mjAWJdeAr0ST5UVLV/zp5i8CvbWBEC575bvuo0HHTDrni1SyuPq
K/JsNpsz8SDVB9wIoUCzDhGORgDo4gUA6In9Q4WxB92zLhp0HgNjns2nQRcIurusWaPvxTG9qGNn
k1BZaBiquU8x3VQFOQWXUneh9IANEU0ThUWN/VP7PYJjowstfFyoW0inkx9lh++GWuvya7mfyrmf
9VtwPwWjgnkuJoHfdSyahg9KkOxbInIY+pOsCyloXcNASzqfUU3nw8ci6ZMaMkxqhktIpI9/Qf3D
xxPBtOT7f5yRklIhTD3WgJH87ZEwsuy8K8nqL33TMkBVIbdhpiiexOWEugCRW3iUAVUip0M5U8DD
Temca3q/UCk5JlxyniFEiDxvaCuczjTA69W2Zm/xK2IpCPsvems3RRi95GUWyl4UYD5SZhU4LNqK
eH9HJg7VMe8eeiiZ3tganLruvLwOzc+Pi6DWJk27Ewrlw1q0HonwlrhQ3tydXKLWKhDAIs+DO6DS
jb3gCnSuXEoKgYwUvTvNtnHXUt55kW3Xo+x8JJ+T7koQM3iH4QITBtrjv9Cpa2LzVVWDpWw1JXCX
7XuGWugqwASFK2Pd767/KebzM+p/7t+r6X/W799fxf+t9D+fqP8xqJAHjCqjbQ66nugdHaYB2H3x
YvPlVqEmsmgLhaVLF/DBhIQ34NgYCaQ4WbnOrVqE/NOOf0Odh5OJVgJkV8BRtQaicgHd/mcPhV8P
qPsETXOwSVbODB12+g/6fZfILp1di4J5Sr3DMZQuvcMAxjCBNTL4E2YHkrqxsANsSbQHnPWTj/9F
w8p8cTINx+rcn55S3RW40DFEwpuLHkrQQkeRRNMeo8UGU9WEswBzx6//8Y/9fpurQ7MepUCVC2Ul
TrWaa5ug7vPFCcmk9A1KgyV1F8mW9ISmgZMlGyePlqpyl6tqWPhDg2g86XyCluYb0uOREi+OGsQl
LU42S01DAZ0cF5/QnICsZ4HwgLITPGa7MPJPcpnihKqSO1Unfq8pU9ivZpF8Qk4jRCPUgvB00S9M
kVsAXGlY47PfU02CK8pV1B9cW/IQcFMeIpbKQ+6sPBd0lAE0aTvobAMeV9NrPUC3GGpDsQ9rSP6l
I+iK/Swtaq1PoK1cLiOaGgw8RQKXGbq00bojbB+4S6nPOq5p9FEjDLuLBWtL9Wtlq7GhD+HZG9NZ
wKV5wdqMGcHqjInYKPX0abUVVL3IjElTWAXBpNBoaDDUNpsshxOqdITKkQqDayQtBmdppqMFP3yM
d7lqXtf0LWKAZHu2xZ2EOgRojChanGfLS2BDn9Uio05p4Ac6SzZvnbHOx1QlAgCq2WCJHXZNYqzU
3xMXYsiIcVLnGIM3lYRiOh22QgUFnZlL1G8kMbMVnoFH3FN65/7Dh4Yv7DyJs3gcT/lg+jcRrRN0
kM1XA97gHh745oRuOAKAAIR7AymHv6GPthwbXOYHHrNHz6MDy+wW3drCNPM9U65M4Oc5/abz0M5h
FhQwvPxrvYlhL0LPO5vGJ4BoRaNdwTQqnm+SKkdxYJddzTZyVjrs9RiTcNvEvWGWixzXZi8XpE3w
C5aUhjg6i4aTY2Gx8M7YIuYlbNrP0Gge0miKNzlu3aJQdlyspbOSoQymo6fY6L8jAmpm7r1UQLpx
411yFWVX2Krnr82iFVRUbOaMmotNJdvGCWibkwlzIJEGsGuw6yZ9D5AaMu7HOoO6I5QmdTu8OLIA
ER+Xq3eAc/ZYVpc+5Q7KdqFigauQ9wL1ZRobVWfyTp8UKpqYT8cNW2qv7Gv5u+r+Gl8BXeeTWojb
1+mbro/HQpRttVlcXatrda2u1bW6VtfqWl2ra3WtrtW1ulbX6lpdq2t1ra7VtbpW1+paXatrda2u
1bW6VtfqWl2ra3WtrtX1H3P9L975H2YA8AAA
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

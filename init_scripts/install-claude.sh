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
  local m=$MODEL
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
H4sIAAAAAAACA+09e1/bRrb7tz7FRHFriSA/CEl2TdyGBNqwTQILpN1eQqmwBWhjS15JhrCEfvZ7
XiONHk7YtE3v3YVffrEtzfPMmfOeM+PgxJ9PsrSTnv3p9/rrwd/D1VX6hL/qZ3/1/kP9nZ/3e/3+
6p9U70+f4W+eZn4C3f/pv/PvrkrPgslkdBaM3vLX4bGfnqlxmPrHk2C492yld39VqbsqCfyxOr5U
2VmgTsJJkMI3P1NpPE9GAXwPUxVHgfVs/Whj85v11y/2jzZfbexsb73aH/pRdpbEs3Bkvn25vbH5
Yjj2M/84CUdvU2808efjwEvjKAoyb9V7aJbe3X69vzlMg+Q8jE69IBrP4jDKUixCr47Wt46+Xd/f
/GH9x6Efeqd+Flz4l2YLOz/uP99+NewWPXZnl9lZHN3vHoeRfMcKL19882L7h6OXW6+Ovt/c3duC
Svc7q52e8W5nC5/1+50+Pny18/JoZ/3Zd+vfbg6f5HP1/LArUxrF48Csvbv9dHPYDqezOMkUf0zC
4840yHwcnfJTNV07H16N80cH9it/GtiHnUl8ESSOOxh3zoMkDeNIncSJGqswUtMOLFqWhMfzDJ6n
jnu9Fg3t6eQE6tgqPFHF90idq2CSBvqRl74No+jSXpslAFUnWj7vnAb4aduu28ahP3ux/npj8+jl
+t+Pdjf3d7c294b38flTgNLO+v7zYXeeJt1JPPInCE589WLrae0VTLML0MA19NMUhuvLIr5cfwXg
2zja29zf33r17Z7UDLKRCcTu1I/802DspUGWQSNp5x8pL9re/vr+a13r3E+ae+rCRzanDl9sfyul
s+msG0Zh5qWjJJxlgocA6VPrP3//I979jqT/BvS//+DBo16Z/vce9R48uqX//7foP9J92FghPk6V
nwREefDpKJ7CvhzXGYIF21R581jNwhnIGeHEKndHJYfjQgSxOspuXT1d33t+tLf9evfZ5kHv8Ivu
0nXXKGOr9+9V8C7MVJ+p//b+sHW19Wprn74PvJYzGi9optPJ/9nqyy/V7GKsvB332jo4UC1pTA2H
qqsOD/G9bl8o3VCXaRmUT0hd6Z0mfQVlKr02iJWQonJtIU34budHmNzG+v76092tZ9/tCReDSdY4
2zUWz1lu60oo9t7m7vdAUPM35ar6KVVmjpzXpJ/l4vTouswkaeh1nklTF2I+bD3ffrnZ7TBl7daI
9zfrWy/2hj0E9w/ru6/gq2XFbx1XXSliSCeqrVT8VsHfF+mbqA2ru2SvqWsrjE7iSjF8VC124SdR
pRg+KhfLO285jv6u7qm+62ITx/640gIOutYCz4RboO9FC2kwQr5cauVNVB7omX8eUAHZUso7h3d9
W30FO+C8G80nE7Xy1Zd9LDsOg1JbX6SDfDRXvbt3l7rXtlT+cmWNdwy8WRl4/WvqbJ4CKz0KkiRO
GhpSThoE+Ol5sGNnblPDxu+ijxVse+qnvH4gdsDe8iLVuup717Ct1pBkREZnS/BHTfcHvcEqDo0k
E13AmUeAL257DYRObDkJxv4ow7YtpUioUJMwAnoTvy3vlP3t7zZho1yD4DpsO2N/Fh70vL/43snh
Vf/h8vX74PKvB+ve//jev+DxkcdPiycdeLQEsg+gyhlIu2rrm70hy8Bewj0CGZKp0U+c2ji2EEnx
8b9UC4aEdATKYQEYHX50uza+sOHjCj5pzggC+5qqcmdIjqjR4S+qlei2q80whdvdfLm+/+z5Qf/w
2m54aHSAbYCEjt0U4Od1xSZteEMFri2RLY9OGcVwOI5ZRVdbEUR4D7QcRFnve/h2RjCKAO2RklIZ
HP61NfKPzuK0vHRn5TV7vr0HBAohgS/OvujiV4HmGQIS/odGz7JstiSgPRvir3TQ7bbOLHNiOL4z
26J+L+LkbTrzRzydNKABttPuT7jRt3e/2wPxfZN6H3a7M6zJRLybV+wE0bkNe6/Yh8ZMZXaarh0B
Bw2O5smk0ltnyV5/tf98d3tn69kRLNPm0evdF7ZaGqgl+41z8JN9uPTGtTtL3Tf9fBCahH6s79EE
BJkgOQrHAl+96zaeguz+em9/c/doa2NAWxA521UFUqVisAeTIJsnETauTHiN4ugkPH2THcAmgdFm
nSXpeIgTUDiByviJ1VVHf5oEM6Rt8+htFF9EvEisihwJ7pXQBBUbdS6zekeseudHmYnek1xGPVaP
HZsL2Mob8ShMxas0FhdbEFCdS4PB6CyGaue2OSwZDpAzpNGKHwotM4i1fh5MhPDBYK9oMCR/8Osm
KijktVpUU0NeDlztk5CHFUZHAMQ4LcFpBrumf9fWwoQt26c1I6FmF8vTLjJ+d5eMJz9odM/fHR5y
d/M0SEpdzcs79zXIGbxzZeKwY+cCUIJYoXbz3IkMQSNO8UKN5kkSRJmHnalpAKwnnmezeaZQUKig
UGlbYQVSkBduJpMuQdcAxSqtmMt6Z4k/gl1cmqys2+xSpckInvJvGHyOHy5CEViy1qhVFGcgIM+j
8ZoCpggoAkLzRZidkcT88oVK5lEWwhxFhkYFVLECypyXRGTRRV1bUH+sWvu7SKo2tnaF/hlcXNlR
rNL5CKX3BKSNOLkcGBWwkRIXg+k8tluCaAiPS1jT2eXdN3fvaMTBn8jgETvYQrKEK4poDbV5BFiN
8BZJRTICqNjwkjZf3cYxz8IJ2jfmYmqYd07CaHyUzoKRo+0TbidOwtMwctulrSowOIFRQTe0SRg8
R2QaGE3CTj4mWgmySb18QctxBn0CdNr+PItBs1dcs62cKAhAcynLsPcI4CVdxdCH+g/u48uSNUgW
+CSJp8rUZwqK8Y9/IuCY8P3znbJFTFZD9aZEorZevbFJstJzFHrYQZAa4DB2kSBtkDMgqP7EpldM
NzTCw1hkALC14F+OJmZ/dZjaQq1Im/Oo8UrlAseEXplFy69pIDnWqfJ68MBJwfjr345AddsbtgGc
ChRFEEqdjqa03a6yUerIYjR4Raew+2AFoswPo1SjUaVp28WtVi3UMWbbOYvjt6ntrrWtRUvf6z/E
pW+NpuNloG9JCP9HQHdIHYYVzvVjmcHmq/WnLzZpe8h8UKDEGc1nQLIyp3XmDhhFYEjSPwPb4eHA
xKb+zEEA4CRhrwTvnCyZB66L26gV0jK/xzZaIe5SIo/UQoeXgts5aIWH6t4QBagAAMhv8OsaNHCV
Xc6CgbIFvPayZmkDmuo19YTI/F5agwUYqqvr/HdnL4tn9PDg0JLh+NGlY7w9AJ5XmiWuY1EGX9Mk
XZoQT8Bo+/2Q4FCAzTVnx2VgegdX9HugDlpnh9eHOEEeNohvxqDhV0c2nCi7iKKsJuOKbcC2tBHK
tp4NLjbJs3YZuEZL2MR32Mbr3S2oTzV0/9gCIcqHm9j8+87m7tbLzVf7R6/WX25iK1QLCFowcRaU
3NpwsZ+24NzG1l4T0sEInHzxAAyITbQeCDpBOgJ9A9QbEVTjJxdJgwlQA8JTaBiYX75AAgNGUynm
lJrj8rg9C6SfBNEpMMuvVM8VlCAgmoMbIrbxWAg6xatK16Uf7/PthhK9nguiB8yE2vkgYiyrpuVe
lgk2rs6yWrC8rswJOx8SahaTgWc1ANbnIeCqVqanZvWPUzSQQFLlmzRM0MkwXxnY5MiGIkRC6hAI
kgcf2Vd39Mbi4drxyYmtl8iOI7QhzIIEBKMoG6g3TtFedWtA340vtzaIO2wwE1ZOz0Vak5XaKu1U
LO2IlCCsG6ow+7ynnCZK9vUNSZnM0ZbpgbARa3mEMBiLuzYukOzgGievaEEJed5IHB62r67b0E+m
gM4M222FhAI/gWAPmbkhqwmTodhDCyZsWD5RVtK6BUkJgBUtqLTAVpdL97DiNBKtyRC0aFgtB2RK
fGdXG1eIXV6g2shtiBDGx/8AamC3q+Yt9fgxNILNkbH3SqtkYm0aSOdhSlK2r/66B4IUN7YGlOMk
Q5QEeTpMxTBVqE/XWhYagY4uRqkQh+957BtycwtOkM8RAQaQhrnhDBLWKfO9YRvDpTljUURsWm9q
Q9CJpyEKBnrhENQwG6iQq9xqbY1GI3u0cTgFXHv0uhibhwJClKmVfIzCDmqDLC0MivqISrA7Ca24
jyuVTFHeJkGOltSwC/A4l1zDauU4rbto6xzHAt0+ztHzcMJv0REHmOoSurZgTdKzEBZqbQ0KFHve
Qyx2GZdLhYLUH8lPw4wF476Davfr72XIiPz2/By1K1UoNs0Q8jw/OcUaMDv8vyKKprBDPdyhtpRE
fm4jV9cPiDXbxKHtHN5M6D4M7ulb3MrejCFrbDfbLMoQxolbdYMdooz6SpalUFyDIxiYphq844HG
gVrXQPkGXqF6X6ucPAyt+nqKmqHXlH56Z0DyxTjMWqgYgHs8cCgxpxLl5dd2qRU2RVU1WGifNTJf
wRAB4YxJGPjA7S+55cpiTlLxDC3tsLH6ti675GqrxAcVaMTEURaMkWNMQbnAkIZCm86Hg2Bq9XXb
skSKR6etqMose5V/H3ida1iv/yv+P9PM8Af5f++v3n9Ujf9Z6fdu/b+fxf97h6IzMAIGJTr0/TY6
aTudBREVHEBAjlsHNorQRAdtTJMweov8w271QKByux9pw3Ts0qYUMjaCvfj4cXtz+5s2Px+UjGPq
wDs7tKxn+CgVWxq0O5n4SASWFXpSl9UzLvssHpNxgmSaZRC6zsMkjpDzKCeL3wZRqtB1FYzdZUsk
NRTuhGUvs6SXSj+5cwCoBPx3cRbAUzbnTaGfSTtVErCkdMCSBfNLs5TbGY2CWcZNUd/K6fdUqkmP
27E2ERgslgyArCJML5WDrkuy8sAc4wscKvCKNJ5C79gVk8+T8B0NeIXpmyL6Bi1uf0PMwpB9PkzI
Vbvt4sciUgvsZs7COhNbJoba2ansLWMtbEsbw3jlctExfqtsWUwQVvmL5+kApwWOD5LqoXhhfM+N
pab1nT3PeWCSmLdMwfUYGtTdg0gJEPnFqKCOQS5CMRNGgqg0AO4CS+UDnC94n6DiCvLGAFQtqIg7
KBnhGNKg3jg2JOgJTIYMvYX1lxZaHQdoTrYtkFJlFokqPCnmwAvHZKv9Jmvndl3ag9gasK4g88NJ
1TFJBVisRYNYGM1zcSq3UrTvAg5FIcxw3F6SwuRbt01TdesKy9+Fwu1ru6GNvGqpH55Xi4cI5TA0
BMCRu0UIaNQNNQW4xfPQ1kXEl9JramnZKEYiPrJhtHAXbii9KuT9R2u5CXinKOgOakZ5NiBnJFkC
KpBtOYJdTgtV4DuiCDzSMXl2Ff9EUHy69cqWVWFg2IMWYZeN8FiCX+OBvVRABGfcGiuKsSQ01KDg
mfCrEpbiOE2EJJiQYFIMdk8Ioa0xbaxKkRomsk1BfkZAoVn/Cz+fmDau5hNpTXEGj3q9yuBL7cJg
kUJiscpEGou1pssql8y4Dkym2CAnynSVfnDUpku1OuiHtUGbrerBPKyNualUacgP9ZCr7oA7+BlM
Z9nlB7y95qao9oVLfu5PwjHpwLoTJOUBKv4lJ5k/C78LLp/Tu5t6nQsQIS3ldsswMlsd6CIaQDRm
s4SahsD2gUvBBsGxB++C0TxDRRfqXnHlgRcBml7ryWiPReE6pyikKsBQRYfhEONNyf8QRqpkvVDO
MSgipwk65Yh3Q4nRBPBs7JbJdW1Becx1mjAGuOMs2Cs+TwJTzKgQhs1C1LAtjINg7yF+c60iSgZ/
lwFcCY8YUpESgCslNF7A5AcluUd8YBidoDDygABsBOg0Bc8Ye6kyGCoCk0B5CQMIKm9szYcXeX+Z
mVSr4eAp4oehXcKdXPAyXMbPXmwpERk8EqK0Gae8pDDtWk8oNcDzcmMN3QrlJ+Eqi0U9p9WdJ5Pq
JvttAjxMjIBOqqtQ72RIxZwSvpuCEC5vvVbDAjc13TCnEnDr741VxJ1YQdBlRu4qh0KIIuM8x51b
tLm+s3X03eaP5pPX+895DYWFilhzded8kFsVhDafFxgKr69tF4eGYyKx3n8bpGoG2n0wDlCEj89F
fjcRYI2nokLYuMRAGXMXxFeSpVz/UGYoJQdK4jfboAusZdjWuRlNoINgcjz4F4enlGVWUVBqYiUa
FjkAhhGgiOaisJZSSMxLEkQMBJBGoTtHGyoXuchNHCiqoYwyGRMc/ahSa6A1KXURguCMw0ZCrIXd
aSmiwqCB4tEtvJLTMgsmlatUpiIPMa0roL7Pw7BN8tfsaDD3iACoqdiw1fy8PM4Fvoxit2hKxsPz
gghZoyxAmPEsyM43HtJeOWEhs0RH7NbODxvNBnwtcwpPxeiIDzlr7NYJMVbu8d7QVvBA9kAON35Z
hpFe5ZwxIlIOpKgGCW+j3BoOaHMC3CJIgkVgOBiHyaFyfqHA8wCw+hL2boxWf7e6vpuib9vWRcpI
lSvrLjHAYesKKObAW0AWry0SJBZTd97HvzJ2z9W9XNEnx1pLjHWx8S/S2s4HtlUYH4B8xckY1cmq
IHDhC2KhbSKqiS+JH7llCeE0yEhEIE6ab3Chd0Y5UGZAyGqRJEFBTTR+2Jb4sQabbnJJ46b2cvsG
Koj0BcDaxGeoOa0e6WM/QIm9t8GlJ4JlNSKoABObUEoOqVzN43cUnVOl7ssqjXHKk/Bcgq4a5QmV
+pcpgPHSZXel1hto3qA7pJdpFkw7fthZKo+Bgbe+pb7lI2kVUGUYo6VNHjPV3oMSaFSI23k/d8Rm
Avhamxs+LImopZlozyqb76FD3ApYw0uVF6sCJ70L1f7iCgNpKRLmuq08b4Tn8EaZh1Fq6Bt6AM+m
/jv6rfo95T1XTzz1RjzfNix3F+DaXen0urVjel2eLntF1ufZWZyE//LZSP808BPgFrx+tmu4Gr4e
tHA02uHQG6z0ei7Rl6pZTS+EWNeAAiD2NRrZCo/AYLXXd0Xih9JJcDLHzW6Y47DAANW4ECmYqCx8
6gVgnu/ANRJlBGmgmSRIzxh5sI4hX/owczWJT8PyKO67+a4GhKSljMnIILNysMhAXcZz4gTq2for
9bfXm7s/siECtFsNh1Kzq0WzNXih3WSs2xdwOViFBTZTbEGZFw0p3BEBOO9m5c+DpaIXP0ovYCVp
m2GDSBmAPZFR0xE0ck2PDBvH4vlE1CjafZVBPd/f3wHmjIggimHRhDhe2BZgGYcqxsgYgGVMndRd
VvBTbKbwk91n+niGCEN02MO2jGMbsKV7rvuffwCwkcp+3vPfq/f79yv+n/6j1Vv/zx/m/6md2psG
w0Y8KTsSLNORsMBv09iKZYoWQEpTpq9lbbZsR8LArRjFC+WrjYLAEtEdWDVjBMs/0N4yi54/V4ky
Vfy5o7YydQrs03TKIO9DgcaiNhp0XScFwjUNlhXZbpDpYLAzKZplL1EuqMkpepTFLJHFgE5+7Jh0
+TAKSFnobboIUZLOhHtJiLlvAZ306ABREvgAPJqYLgKAI1KJX3yVIceJfBAtGqWes/jCAEbNJUUN
obuc36MnSvNRYpf68QrUGSMkKcpM94llau4pJc4n+AJknt1PFsWZSBQQWvxZc0eeI/4nOa8m2Edh
P7qlFW6JmAUPThyL5oE3eiEWnjNcQxwszruGXfkhO4766Jf66lu55A4/TEnQGLzZF6+EgK+6IiAc
Nq1KZXbA+wAfjjh265N9sCXksvJfJQ1o8XEpPYAPqDooLhd7YfiL+kkf3DIO3XmH95wBntM7vOd+
3WJTjqUEp/4tvUcsoIs1H9sSPbBRAbREuyWdRIdc8SCazV3SH6kTJj27IPEGFSa1rlNDtFO1vrO1
THXKJKKAkG3xIQhWiwh6NBYEnCMQOywgdw9At4Sw/Kn79d1DkK0kak3aqB0VFCxtcQEKyzT6NhHX
KMV9/zToUlcu9HW49MTpLLmtcncNRxPxBOKTyuOVQ/IZ5mPkLzCHg8EoykA7Pzzsfn1tLH8T8dXV
BqQeXLt6LRbD9d8yelfjrmpm7oJecbuGP9pgMrXzu9K8Vocb+VHl/BPQNmQwpXUq7TaOQSq5fED7
SdMjUXxueDbKMO3UVeoqPHLF3iDbLI8bBA+t7zUyWjEMM5/WrvRGpUlDwAQAUkKhvH+6/ftk+X8c
HM9P/6D8T6u9lYf1+K/7t/L/bfzXwvgvA2vVAZCqF1uvNvcOLWsHyVNaig9b1v6PdFnJYWV14o+y
lNxQwFsmwTmMwowFWzbEc5aDyVsEzyY+0B/qTDlyWECt9lw6mY8G7ELSAIrFzTRFnlm6vdz7pY5B
8n/bUfschIbnyTgQDWVCKEmh/wl0vgqT8xMYP0xqkTi+IOyLBjlc7VkN4b2l4N6PhfZ6kcunQzGI
F4UClthaTRG1sDg6oDeaT48pNoAHUonnvWmEWRETzeG25I4wDo3nIRYom4tPgs4h0smC0sl50gWZ
TzklFxr7E/C0wBWdVtQmaQOtbDoYL+6G7wXD7FzQj2E99F9JhN7Z3dzf/5F9RiQ8U46rOPUQEXER
ygJ0lmBUTtsGNchpOXPaXl7iukVPiD+6rxbJV3K0tCjCIx7IYHRcXTXQzmgTA5vyNvMK+LS5+Gw6
UPXis2lj6dMwaygNTxtLF5LAwChtyAdNlfioskyYkwW0jKwARmjhl32jGrsQNZxq3liiT1iwXcGW
tlvChmdMZUz4M9kJ0XXplLI1uErh4XV8HgKOzGFnqbOYgtowFAo25gVW2vlho9RFKZpEqdxtTvGQ
s1OUHYM8z8Kmav9UOFzes3H3fSF7vWcv4Hs5KvJ+46l71JacHtXw/3NtjV8igW0Jii19t/kjfe5t
PgPkpq8763t7oCluwKbW6RSqjnjTEFyUoXcV+66E0xsxpc1Be7Ywi0riiS/7tcpEnImWt5hy8/+O
ZF+iljCSEDctJ0dJxVIMb+tt6jg6GY24/SrjMZyB5do7SUwHe4gDKCdnCYJUTDm6P91VX331laox
T3za6i7j+8ePHze8h6ctVtI5tk6iLXgY15oqclodS2T4W7n4v0z+L3mtPrP8v/Jw5UHN/t+7zf/6
3yz/f6JjoYTGlvVNDENvDBkEofoE5K4zkEqphtpeL8wuzdYYy/NOsD3dibuMAfjQhCHgt9Ny6CDH
uVHAYNpR68S0wlGDf2LkRyhSHKM+Qq0D2edQGODgE7RghexaQGzN9OmDgDzFDedEdBPssi4iF+k5
Guk54r5RT1hgf7+hcE4s++bmNWb8TUGgaB5yPhBd6g4ACgxP7WQgt4M++dspxK+tE3wkbvxllcR0
7kAAilZkCnRYJm+ERPohuNDkWEcdWGLGFTJJdcr2v0qsa56JJgpCOhpUm2gk6X8q6IleknNYIgx7
si080jl0FtkF3Vo0sU6YxqHEOAhs4d7QyS2IFELsWnwq1ugbZDMsevDk8BrF5BK+lxWT92pRtVKA
jrZvfoJVkg7Q0jHXqhvBNE3mIG62oDKer+FioXjsn/rhIuti6wqhMriXWxnx/2tb7JgMAm40x0oJ
WVkr6fjkY0PkQjxKYaO+y/TOU07/gZqGEaGarzC8hL5eMJmgvR2Mbevz83/TvfS57X/3V/pV+1//
wcOHt/z/lv//u/zfRGPL2iPn9QXy0QqT5n1s5OxyWk2uiDpldpetwiyH27tulFvOjYWF+4k4EvMn
dNDXOLb2/5p0H9k0xjv9XkyavZ9OU95KV7tG8eMDMbLkl/Mnvy6cE9TPSj5G3Wy7bf224aLi85T2
6aSd9sUv1WJsW1dS7m5j0wN1XTlfcYPjM7yZBnU5wGFJZs2U3TCINvdei6wHuGueWQ7TyiGPmsfO
7LWZRTpkpAahQ3eN3GutOZzxhAXqMHMrbtTGfsXRV2WXxYjzlbjzwZXQYSSf4jOkcRYCUhEF/sEz
V3mxgbwlINGK0E+KhZTg5lDIiVs6k9UYqTBQnxKpIKcdf/OTMXUpmw1znM9I0yu0cqL0Rb4NPdfy
QRhD+KEjWiRlSYA+CzzzLJBw3BO0g/rRJQo/dlWYu7U7/VH2H33SQrIOfVb5r7/yoGr/WQEB8Fb+
u/X/fsT/W8FadbCxtXtoWbvBNNYxnHIuTZ8yQno3n2EAZvMRI6SymBpIO3fpOKgleYmLREDuQBoG
fpxncmOymeWHqpYUSAuUTwJaXJBQzblATvJzY8bSIgnYz8BBaEprzHl0jBHFyhJXwnH7kQzKiiUP
ic/8ZBZGUTBW4mCs5xWRXsYfMQxVkkxxrtYiYXIx3EInp99kfZIy3LxWqvVTPPiFMxAhJ1WiCZNH
y8hffEuuf2/6z9vgM9v/+/f7Nfv/o9v4n1v6f1P6r8+HlnPNYQK5Q80T8MAvsIRyME6d2tRov6rR
/jVFB1Ct8gFUCdPR/KbIaKgWHAweqIskRLG4zkgoOqjKRKD9hWwEjd7NPORnUAPQsY1sw/oI21Af
YRtKYHga68kWGo5hRHbVPJoAaCuZ/0BNs1pN+VcRY1A54N7xpFqQ5H35s1ngi4HU1yuGx9jqsU+M
BJ/ExG5yAjxnaovPcGtFjpRFHfORopaICjWd9DTyHbgV5lkClk7XijkQ6wky4fWC0+b5KAkaN+C8
0Q0Ybzkp74KuKRtXMehbXv3/kv//Lh6Aj/H/3mpN/+s9uvX/3/L/m/J/iQUTVp+b/Ymh/AYc37Uw
HFfyXGR5Cm+aI7sPPoEzWzrh9M+Ut4+Mquw60CNH+UBTcPRTcJI8h5gZSgSW2Sv3oS/vEMB08iBk
FCtAxIDfTWkl8bwic04ZqqQTWM4DloGn4yhJzELHSGlIAJLjwMLhZnzW72ZclznRonQqC5mxXAh3
rRqEiaHJgUrcVVCkwDAAxbBgcR+Ho8VwH7YcDqr0w03Vpmfvg3eYYwAQ6z1NEbOMvWfQ0NVq8Wn1
VBwH2+W+bFlRljHEr8PA4TsGG6CtBNpoXb8YKW/C7nJuyXYZ9hTV6IBAhtwchrGWh7APbEuHN94v
1cR7VOaYLa/v3e/1bk/W/Lfw//MUEyx4RPI/t/9/5eHDmv9/9Vb/v/X/L/L/V84glmUCE5NtvHuD
M9TYRn5oNKZmIA2EIBLEJ6BXfr/H8gGQzGfzJC0UIt3qspEzGlvYofMFedu1o0NbG5uiyebBAKYc
ErwD0p1Sdmp8dUL50jp5c7952mf7Nwrqq+VuNjM3VxLTmomPjURsyinl7gbFcoL3cbmlZJQL8rlS
b03HqQal8lU/bOVd0Y1xkaTRAa8tWlyCZJYEGR3O4JMjlYaNM61SCXVgXRT6YRRIh45bzwgseMpF
7CLzLeGffkx3aUhi3rGcsZZG7w0duzW2XbkNA693clpXd+UthuK5Zga9AiMx0aoutXR4XU5QB7Nq
2gyEyZeUoI6DJTnjuVPec7Ac81mxkvlJlG/z2S3JxLr5Dki7vj4VLyKYR20tmXcel6IKGjdScRjn
A1nLitLlfIlMDyawx/jiiCIZBpvKQraH6bwMeeyDcQsnJ93Tx80Ylmgdk3te+DrNAYWUGpdsvgZo
pN3Hl/H8q65yTsPMyy1qHgYBCCx/z7REFapJ+fo+M//v3+/V7P9Y/Jb/3/L/T+f/hMmmACBHg30l
pLeiqKdROJvptMN1ym6wAw5kydvNk9kQeyP/LF5pmmoSogUASZ4tRvh0IbtfcIb3N+HhbEpBjZzO
tfIxyY5YP7aKKe742Zk9UPrE5LJRWE+3AxpseO5ngXkUcQBKKlBfKp8XxOmcJlByTBcYAlbM30HJ
K1kWlBmgqzetK3g7QD5xbeTLH0h830DeY3HKGoKX6OBEblW435D+A4R/hz4+Rv/hbZX+9x/1b+n/
Lf3/dPqPl3vWiT+5NYG26UwNH6bz5MeTe7rReBoeJ34SBqn7cdrdL+7//l0IeUV9KQ4afVgrsarp
e+TxLR28pf+5BvfZ7X/3e49q539Wb+M/b+n/r6D/hMkLOECaBTNKg0k3eVFUe56hI2qwf1BOzV02
Gu7tPf9jJHce4LCaPsQQ6esDj8uzW+b7LYqZWNZ2hGmlSSuZzYnnbZRPovY6Kw//QueIgwtsYRKf
nrLjlGKAzDTY7gDm1++Y5zDS9EzRSsDqEWYU77w8yFXDvnUl3wbeY/nmheOvrjnDuOOrcTAOR6hH
5MsFE9x4uqv6jzq9e2t06HJMmYae4yENgGFyicP8pduBgXRZJUQEWukouZeO8MEWiHgIE9swEzkC
xzM+VHw8DydoN3KXUSrgYUldD2oOAPxsHIM+cQSdDqAKqn+jszhOGybfsbYi0yJ9AXpjfIFgvN9R
23zNHBuHFQgS8P+/YTtSU0qRGkeBu0bCCNugOtD4akctNnJWjXpIFWa8d8KM07I0qtq60Ef0a95M
YYbL8ACXoWRa07u402TNh1J46wBFTBcp7zu3WuCv+Ssjzh/i/7u/+mClxv9Xbvn/Lf+/+fnfBjTW
4UCG4++UEmUDFQwxrAf1optE/wzIno9uAPIYMh21kL3OM36SU2UO4JnQJRTzCE19GKWBDMCPTuUI
HD/laNHZnI56Or7OHWhRUipKTVIP1EF+VbRJicapfpMj0MfoELoA11qhrvzq7D+ee/um92uTgILZ
BNXjoeq77r97q7aVxTOMq8EMcM/wGGIfL8m2YbDn3sxPUhQSMBG5B+UmwXkwKZ3qzXVfqWfch4WL
U523rVYkuKZ4NsAjiDO77tPBp8V1q+TVKWFBSVz6NsyEW6cuu3oauHIW66sHFzFz43jsFfR/l5T0
3e3tffsaz8katUonZbX/LquJCoLXLDK1Uzzu8xaBdBHOgjGHVhOaxbN0jTAKcDEL+OTsceJHozNz
cRAkKr2cHseTcITHg3lxkgzvaHy+ub5BCyL18iza9LN0/hSvah0h8mOdQb4rpj5eVIgn9vEeXM5b
g3cWUgO2JRupPiAO7/K8GZ5QRpeyecBXb78auErBU1LKdhu2rgNLinL8gl4ZAEWekpUeps+D2pjx
sZsnglTdtvZOoicT5tVAJConq3PQFRcnnqj5LM2Awk5rcDC3jH98jD9pif6p2k+udK3rdmkDGdmd
fZxAY6NI0+hSoDnQRrOtTgcXsO3qi30dhxrJnc8CaHooq4whaXExNYMQwmK3dMvmZb+6KGBtc0m6
KTS/6kj6lEpy7aUuTcyC8dybS/JxPRY7z15NPle6FuY/+yqYOon67Pb/RysPave/rPYf3cp//8Xy
30fivxsY6wELJemhOni9+wLlPmAfQPPpkoA4WWbF0/Oi4GJZjWB4nJJAbl8uZAGXzlpZC5jzY5zf
V8uSVAbTdqYoBtKVawaX7ah1TIRwQrmdSF219MXHF/rqU0xHlSu+HcqqvKzNJHSgRimt/NOzsphq
CHL0FlqDmSIV9ubYDCaVVa/3NneJHubntOhx0ZKZ9QYLy/U4DXlvsOHxMp3xTdjTzSn/fTR3+Ane
xCODNRJG1IGI/WsoYpPH2KTQaZ60/AD6PppQ9hvJw8OJduQtRe1hCjwDDM6UuD4zWlrngu/yetfr
GGPF3mB9cFAhDopMI+TjDhSmtaDF1It47k/msPIgi0ZytVAGOK0lz2JZsbVLbO0SSud/UXDOtxmv
UUy3Pt1GjRqWDesVlTPChyi4AJiYFo7IiNksgerkhG+DYIbbBeU+KGj5eAVhfhFibhhMY+KKOjgB
XyJ+4+jwltHw9Ixv1DB6UK+3Go4SUKiiP4H2tGCJKU78Cb+hZt2FR/QolQtfH6TPDeAVy+024Th+
Iv7gJ2AhfoiYiQWCi2EPYTrsWXz7Tk/i5fBZ/zdIeU7vcRwuj4ayn5cymIM48V62nssjbSgzpjIw
fpcm0VDimErw1Fw9xYZyiOIuTbwvT0KqaWCuy7OX15f0GlCRH+uZ3VDLo0TNkk+G76Su6XnTOAn4
/CgqeHzFON2R3V+Ut30GmDjLKG37XcU/1Pfru2p/8+/7UJLCQOReQboHBsXrBC/KtFsrA2XrKwff
Y6L0eVD4Brxzvpqp/UWKbk4uZvPlTCChpm9dyjRVng48cJw7CFXXuP+FxoQl7N2CcCBX0SRKOcRD
BouoDOVxLl3mjeOldUNJ03gDj1tYFyTOfhN88WoyaD4pjYMoJCGDbbYFkym1Bb9Lbfk0B7qphmhl
8A6IAQZJ+khfcaPaxh20xGOgieqF5HorwLMvuoCf8hM/7t5dOugODssPv+gAmbk2g3ChcWQphn5T
Xx/qnecg68FixjcFezRgrEsvgF6Jp8qOltpcFZNRgW5NAJTfnfKvTuNFB8y6p/OU8rj6iiKbze5M
PEA+rBvRbh0iHI0A0MULANAT+4cKYw86px106DwBxjydTYIOEHR3UbfG2Is7ONHGzi6hstAwUDOf
znRTExQUXErFhdIDdkQ0TQwWNfZP/XcJjo0htFC5MLeQTSe/Kg3fDbTV5VO5n8q5n/VbcD8Fs4J1
LhaB3y1btAwflCA5tkTkMIwnWRFS0LqCiZZsPsOazYfvRNM3NWSYpAy3kEgfv8L8w9cpwbLk+j+u
SMmoEKYeW8BI/vZIGFl0uZVk9ZexaRmgapBbM1MUj+NyQl2AyB28yoAaAazFzeBMAA/XZXCuGf1C
peQOYOMOeCLPa9oLpzMN8H61relbrEUsBWH/RXfpujhGL3mZhbIXBZiPlFkFTotUEe+fyMShOebd
Aw8l02tbg1O3nZfXR/Pz6yKot3GTdkJH+bAVbUcivCUulHd3L5eotQkEsMjz4BdQ6cZRcAM6Vy4l
hUBGitGdZt+otZQ1L/LtepRtj+Rzu7j4C/PeAkscM9Ce/O0aiZf4fFXVYSmqphzcZf+eYRa6DDDh
4K2z7ne3/xTr+RntPw9Wa/aflQcPbs//3dp/bmj/MaiQB4wqIzUHQ0+0RodpALZfvlx/tVGYiSxS
obB06Q/4YELCG3BsPAmkOFm5zpVaHPknjX9NnYXjsTYCZJfAUbUFovIHdPuXLgq/HlD3MbrmQElW
Dt51rnoP8V57JLt0IyoK5imNDudQ+tMaBjCGMeyR/l8wO5C0jYUdYEtiPeAsnny9LDpWZvPjSThS
Z/7khNquwIWuIRLeXIxQDi0sK5Jo2iP02GCqGr7Lfbjy5z/3em1uDt16lNJU/lBW4tSpubUJ2j6b
H5NMSnVQGiyZu0i2pCe0DJws2biKudSUu9hUw8IfOkTj8fINrDTfkB2PjHhx1CAuaXGyWWoaCOjk
uuiE1gRkPQuEB5Sd4DH7hZF/UsgUJ0iVXKg68XvNmMJxNfPkBjmNEI3QCsLLRd8w5W0BcKVhjc9+
TzMJ7ihX0Xhwb8lDwE15iFgqD3mw8lzQUSbQZO2guw14Xk2v9QTdYqoNxT5sIflVV9AV+ixtam1P
IFUulxFNCwbeIoHbDEPaaN8RtvfdhdRnBfc0xqgRht3HgrWt+rWy1ciwh/DqjZBG9Evrgq0ZK4LN
GQuxVhrps2ovaHqRFZOusAmCSWHR0GCoKZsshxOqLAuVIxOG5OwmNYhIB10t+OHLoctN876muogB
kr3ZlnASGhCgMaJocc8tb4E1fVeLzDqlie/rrNesOmObT6hJBAA0s8YSO2hN4qzU9YkLMWTEOalz
jMGbSkIxnd6abp6nu3SJ+g3lzGyFZ8DrOaVr7j16ZMTCzpI4i0fxZEgs5E1E+wQDZPPdgD9Qhwe+
OaYffAKAAIS6gZTD7zBGW64TLvMDj9mj59GFZXaLftrCNHOdKTcm8POcftN9aGewCgoYXl5bKzEc
Reh5p5P4GBCt6LQjmEbFcyWpchUHDtnVbCNnpYNulzEJ1SYeDbNc5Lg2R7kgbYJvsKU0xDFYNBwf
CYuFd4aKmJewSZ+h2Tyi2RRvcty6Q0fZcbOW7lCGMphIns5G/xMRUDNz75UC0o2KdylUlENhq5G/
NotW0FChzBktF0ol+8YJaOvjMXMgkQZwaKB1k70HSA0592OdEd0RSpO6y7w5sgARH7ert49r9kR2
l77lDsp2oGGBq5D3AvVlGRtNZ/JO3xQqlpib44bd0gn/S3ot16vq1/gK6Drf1ELcvk7fdHs8F6Js
t8ri7d/t3+3ff9Tf/wJwwf7aAMgAAA==
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

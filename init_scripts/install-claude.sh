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
  if [[ $ROUTE == ai-gateway ]]; then
    printf '%s/ai-gateway/anthropic\n' "$1"
  else
    printf '%s/serving-endpoints/%s\n' "$1" "$ENDPOINT"
  fi
}

default_model() {
  if [[ $ROUTE == ai-gateway ]]; then
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
H4sIAAAAAAACA+09e1/bRrb9W59iori1RJAfhCS7Jm5DAm3YJoEF0m4voVTYArSxJa8kQ1hCP/s9
r5FGDydsH+m9W/jlF9vSPM+cOe85Mw5O/PkkSzvp2We/118P/h6urtIn/FU/+/cfPdLf+Xm/11/p
faZ6n32Cv3ma+Ql0/9mf8++uSs+CyWR0Foze8tfhsZ+eqXGY+seTYLj3bKV3f1WpuyoJ/LE6vlTZ
WaBOwkmQwjc/U2k8T0YBfA9TFUeB9Wz9aGPz6/XXL/aPNl9t7Gxvvdof+lF2lsSzcGS+fbm9sfli
OPYz/zgJR29TbzTx5+PAS+MoCjJv1Xtolt7dfr2/OUyD5DyMTr0gGs/iMMpSs8jOD/vPt18Nu0WT
3dlldhZH97vHYSTfscLLF1+/2P7+6OXWq6PvNnf3tqDS/c5qp2e829nCZ/1+p48PX+28PNpZf/bt
+jebwyf5ZDw/7MqYR/E4MGvvbj/dHLbD6SxOMsUfk/C4Mw0yH0en/FRN186HV+P80YH9yp8G9mFn
El8EieMOxp3zIEnDOFIncaLGKozUtAOrkiXh8TyD56njXq9FQ3s6OYE6tgpPVPE9UucqmKSBfuSl
b8MourTXZgmAzYmWzzunAX7atuu2cejPXqy/3tg8ern+j6Pdzf3drc294X18/hSgtLO+/3zYnadJ
dxKP/AmCE1+92HpaewXT7AI0cJH8NIXh+rJKL9dfAfg2jvY29/e3Xn2zJzWDbGQCsTv1I/80GHtp
kGXQSNr5Z8qLtre/vv9a1zr3k+aeuvCRzanDF9vfSOlsOuuGUZh56SgJZ5kgGkD61Prsz/6HaPk7
kv4b0P/+gwePemX633vUe/Dolv7/36L/SPdh34X4OFV+EhBhwqejeArbdlxnCBbsYuXNYzULZyBn
hBOr3B2VHI4LEcTqKLt19XR97/nR3vbr3WebB73Dz7tL112jjK3ev1fBuzBTRJt3t7f3h62rrVdb
+/R94LWc0XhBM51O/s9WX3yhZhdj5e2419bBgWpJY2o4VF11eIjvdftCCIe6TMsgjEIJS+80ZSwI
V+m1QcuEUpVrC+XCdzs/wOQ21vfXn+5uPft2T5gcTLLG+K6xeM5yW1dC0Pc2d78Depu/KVfVT6ky
c+S8Jv0sF6dH12UeSkOvs1SautD6Yev59svNbocJb7dG279e33qxN+whuL9f330FXy0rfuu46koR
vzpRbaXitwr+Pk/fRG1Y3SV7TV1bYXQSV4rho2qxCz+JKsXwUblY3nnLcfR3dU/1XRebOPbHlRZw
0LUWeCbcAn0vWkiDEbLtUitvovJAz/zzgArIllLeObzr2+pL2AHn3Wg+maiVL7/oY9lxGJTa+jwd
5KO56t29u9S9tqXyFytrvGPgzcrA619TZ/MUOO1RkCRx0tCQctIgwE/Pgx07c5saNn4Xfaxg21M/
5fUDqQT2lhep1lXfu4ZttYYkIzI6W4I/aro/6A1WcWgkuOgCzjwCfHHbayB0YstJMPZHGbZtKUUy
h5qEEdCb+G15p+xvf7sJG+UaBNdh2xn7s/Cg5/3V904Or/oPl6/fB5d/O1j3/sf3/g2Pjzx+Wjzp
wKMlEI0AVc5A2lVbX+8NWQb2Eu4RyJBMjX7i1MaxhUiKj/+tWjAkpCNQDgvA6PCj27XxhQ0fV/BJ
c0YQ2NdUlTtDckSNDn9WrUS3XW2GKdzu5sv1/WfPD/qH13bDQ6MDbAMkdOymAD+vKzZpwxsqcG2J
6Hl0yiiGw3HMKrraiiDCe6DlIOl638G3M4JRBGiPlJTK4PCvrZF/dBan5aU7K6/Z8+09IFAICXxx
9nkXvwo0zxCQ8D80epZlsyUB7dkQf6WDbrd1ZpkTw/Gd2Rb1exEnb9OZP+LppAENsJ12f8SNvr37
7R5I95vU+7DbnWFNJuLdvGIniM5t2HvFPjRmKrPTdO0IOGhwNE8mld46S/b6q/3nu9s7W8+OYJk2
j17vvrDV0kAt2W+cgx/tw6U3rt1Z6r7p54PQJPRjfY8mIMgEyVE4FvjqXbfxFET713v7m7tHWxsD
2oLI2a4qkCoVgz2YBNk8ibBxZcJrFEcn4emb7AA2CYw26yxJx0OcgMIJVMZPrK46+tMkmCFtm0dv
o/gi4kViTeVIcK+EJqj3qHOZ1Tti1Ts/yEz0nuQy6rF67NhcwFbeiEdh6mWlsbjYgoDqXBoMRmcx
VDu3zWHJcICcIY1W/FBomUGs9fNgIoQPBntFgyH5g183UUEhr9WimhrycuBqn4Q8rDA6AiDGaQlO
M9g1/bu2FiZs2T6tGQk1u1iedpHxu7tkPPleo3v+7vCQu5unQVLqal7eua9BzuCdKxOHHTsXgBLE
Cq2c505kCBpxihdqNE+SIMo87ExNA2A98TybzTOFgkIFhUrbCiuQ/rxwM5l0CboGKFZpxVzWO0v8
Eezi0mRl3WaXKk1G8JR/w+Bz/HARisCStcKtojgDAXkejdcUMEVAERCaL8LsjCTmly9UMo+yEOYo
MjTqp4r1U+a8JCKLquragvpj1drfRVK1sbUr9M/g4sqOYpXORyi9JyBtxMnlwKiAjZS4GEznsd0S
REN4XMKazi7vvrl7RyMO/kQGj9jBBpQlXFFEa6jNI8BqhLdIKpIRQMWGl7T56iaQeRZO0PwxF0vE
vHMSRuOjdBaMHG2+cDtxEp6GkdsubVWBwQmMCrqhTcLgOSLLwWgSdvIx0UqQTerlC1qOM+gToNP2
51kMir/imm3lREEAmktZhr1HAC/pKoY+1H9wH1+WjEWywCdJPFWmPlNQjH/+CwHHhO9f75QtYrIa
qjclErX16o1NkpWeo9DDDoLUAIexiwRpg5wBQfUnNr1iuqERHsYiA4CtBf9yNDH7q8PUFmpF2pxH
jVcqFzgm9MosWn5NA8mxTpXXgwdOCsbf/n4EqtvesA3gVKAoglDqdDSl7XaVjVJHFqM9LDqF3Qcr
EGV+GKUajSpN2y5utWqhjjHbzlkcv01td61tLVr6Xv8hLn1rNB0vA31LQvg/ArpD6jCscK4fyww2
X60/fbFJ20PmgwIlzmg+A5KVOa0zd8AoAkOS/hnYDg8HJjb1Zw4CACcJeyV452TJPHBd3EatkJb5
PbbRCnGXEnmkFjq8FNzOQSs8VPeGKEAFAEB+g1/XoIGr7HIWDJQt4LWXNUsb0FSvqSdE5vfSGizA
UF1d5787e1k8o4cHh5YMx48uHePtAfC80ixxHYsy+Jom6dKEeAJG2++HBIcCbK45Oy4D0zu4ot8D
ddA6O7w+xAnysEF8MwYNvzqy4UTZRRRlNRlXbAO2pY1QtvVscLFJnrXLwDVawia+xTZe725Bfaqh
+8cWCFE+3MTmP3Y2d7debr7aP3q1/nITW6FaQNCCibOg5NaGi/20Bec2tvaakA5G4OSLB2BAbKL1
QNAJ0hHoG6DeiKAaP7lIGkyAGhCeQsPA/PIFEhgwmkoxp9Qcl8ftWSD9JIhOgVl+qXquoAQB0Rzc
ELGNx0LQKV5Vui79eJ9vN5To9VwQPWAm1M4HEWNZNS33skywcXWW1YLldWVO2PmQULOYDDyrAbA+
DwFXtTI9Nat/nKKBBJIq36Rhgk6G+crAJkc2FCESUodAkDz4yL66ozcWD9eOT05svUR2HKENYRYk
IBhF2UC9cYr2qlsD+m58ubVB3GGDmbByei7SmqzUVmmnYmlHpARh3VCF2ec95TRRsq9uSMpkjrZM
D4SNWMsjhMFY3LVxgWQH1zh5RQtKyPNG4vCwfXXdhn4yBXRm2G4rJBT4CQR7yMwNWU2YDMUeWjBh
w/KJspLWLUhKAKxoQaUFtrpcuocVp5FoTYagRcNqOSBT4ju72rhC7PIC1UZuQ4QwPv4nUAO7XTVv
qcePoRFsjoy9V1olE2vTQDoPU5KyffW3PRCkuLE1oBwnGaIkyNNhKoapQn261rLQCHR0MUqFOHzP
Y9eRm1twgnyOCDCANMwNZ5CwTpnvDdsYLs0ZiyJi03pTG4JOPA1RMNBJh6CG2UCFXOVWa2s0Gtmj
jcMp4Nqj18XYPBQQokyt5GMUdlAbZGlhUNRHVILdSWjFfVypZIryNglytKSGXYDHueQaVivHad1F
W+c4Fuj2cY6ehxN+i346wFSX0LUFa5KehbBQa2tQoNjzHmKxy7hcKhSk/kh+GmYsGPcdVLtffydD
RuS35+eoXalCsWmGkOf5ySnWgNnh/xVRNIUd6uEOtaUk8nMbubp+QKzZJg5t5/BmQvdhcE/f4lb2
ZgxZY7vZZlGGME7cqhvsEGXUl7IsheIaHMHANNXgHQ80DtS6Bso38ArV+1rl5GFo1ddT1Ay9pvTT
OwOSL8Zh1kLFANzjgUOJOZUoL7+2S62wKaqqwUL7rJH5CoYICGdMwsAHbn/JLVcWc5KKZ2hph43V
t3XZJVdbJT6oQCMmjrJgjBxjCsoFhjQU2nQ+HARTq6/bliVSPDptRVVm2av8+8DrXMN6/V/x/5lm
hj/I/3t/9X4t/melfxv/82n8v3coeAMDZFCiQ99vo5O201kQcMEBBOS4dWCjCE100MY0CaO3yD/s
Vg8EKrf7kTZMxy5tSiFjI9iLjx+3N7e/bvPzQck4pg68s0PLeoaPUrGlQbuTiY9EYFmhJ3VZPeOy
z+IxGSdIplkGoes8TOIIOY9ysvhtEKUKXVfB2F22RFJD4U5Y9jJLeqn0kzsHgErAfxdnATxlc94U
+pm0UyUBS0oHLFkwvzRLuZ3RKJhl3BT1rZx+T6Wa9LgdaxOBwWLJAMgqwvRSOei6JCsPzDG+wKEC
r0jjKfSOXTH5PAnf0YBXmL4pom/Q4vbXxCwM2efDhFy12y5+LCK1wG7mLKwzsWViqJ2dyt4y1sK2
tDGMVy4XHeO3ypbFBGGVv3iejn9a4PggqR6KF8b33FhqWt/Z85zHLYl5yxRcj6FB3T2IlACRn40K
6hjkIhQzYSSISgPgLrBUPsD5gvcJKq4gbwxA1YKKuIOSEY4hDeqNY0OCnsBkyNBbWH9podVxgOZk
2wIpVWaRqMKTYg68cEy22m+ydm7XpT2IrQHrCjI/nFQdk1SAxVo0iIXRPBencitF+y7gUBTCDMft
JSlMvnXbNFW3rrD8XSjcvrYb2sirlvrhebV4iFAOQ0MAHLlbhIBG3VBTgFs8D21dRHwpvaaWlo1i
JOIjG0YLd+GG0qtC3n+0lpuAd4qC7qBmlGcDckaSJaAC2ZYj2OW0UAW+I4rAIx2yZ1fxTwTFp1uv
bFkVBoY9aBF22QiPJfg1HthLBURwxq2xohhLQkMNCp4JvyphKY7TREiCCQkmxWD3hBDaGtPGqhSp
YSLbFORnBBSa9T/384lp42o+kdYUZ/Co16sMvtQuDBYpJBarTKSxWGu6rHLJjOvAZIoNcqJMV+kH
R226VKuDflgbtNmqHszD2pibSpWG/FAPueoOuIOfwXSWXX7A22tuimpfuOTn/iQckw6sO0FSHqDi
X3KS+bPw2+DyOb27qde5ABHSUm63DCOz1YEuogFEYzZLqGkIbB+4FGwQHHvwLhjNM1R0oe4VVx54
EaDptZ6M9lgUrnOKQqoCDFV0GA4x3pT8D2GkStYL5RyDInKaoFOOeDeUGE0Az8ZumVzXFpTHXKcJ
Y4A7zoK94vMkMMWMCmHYLEQN28I4CPYe4jfXKqJk8HcZwJXwiCEVKQG4UkLjBUx+UJJ7xAeG0QkK
Iw8IwEaATlPwjLGXKoOhIjAJlJcwgKDyxtZ8eJH3l5lJtRoOniJ+GNol3MkFL8Nl/OzFlhKRwSMh
SptxyksK0671hFIDPC831tCtUH4SrrJY1HNa3XkyqW6y3ybAw8QI6KS6CvVOhlTMKeG7KQjh8tZr
NSxwU9MNcyoBt/7eWEXciRUEXWbkrnIohCgyznPcuUWb6ztbR99u/mA+eb3/nNdQWKiINVd3zge5
VUFo83mBofD62nZxaDgmEuv9t0GqZqDdB+MARfj4XOR3EwHWeCoqhI1LDJQxd0F8JVnK9Q9lhlJy
oCR+sw26wFqGbZ2b0QQ6CCbHg39zeEpZZhUFpSZWomGRA2AYAYpoLgprKYXEvCRBxEAAaRS6c7Sh
cpGL3MSBohrKKJMxwdGPKrUGWpNSFyEIzjhsJMRa2J2WIioMGige3cIrOS2zYFK5SmUq8hDTugLq
+zwM2yR/zY4Gc48IgJqKDVvNz8vjXODLKHaLpmQ8PC+IkDXKAoQZz4LsfOMh7ZUTFjJLdMRu7Xy/
0WzA1zKn8FSMjviQs8ZunRBj5R7vDW0FD2QP5HDjl2UY6VXOGSMi5UCKapDwNsqt4YA2J8AtgiRY
BIaDcZgcKudnCjwPAKsvYe/GaPV3q+u7Kfq2bV2kjFS5su4SAxy2roBiDrwFZPHaIkFiMXXnffwr
Y/dc3csVfXKstcRYFxv/Iq3tfGBbhfEByFecjFGdrAoCF74gFtomopr4kviRW5YQToOMRATipPkG
F3pnlANlBoSsFkkSFNRE44dtiR9rsOkmlzRuai+3b6CCSF8ArE18hprT6pE+FQSU2HsbXHoiWFYj
ggowsQml5JDK1Tx+R9E5Veq+rNIYpzwJzyXoqlGeUKl/mQIYL112V2q9geYNukN6mWbBtOOHnaXy
GBh461vqG1BRL/zLCqgyjNHSJo+Zau9BCTQqxO28nztiMwF8rc0NH5ZE1NJMtGeVzffQIW4FrOGl
yotVgZPehWp/foWBtBQJc91WnjfCc3ijzMMoNfQNPYBnU/8d/Vb9nvKeqyeeeiOebxuWuwtw7a50
et3aMb0uT5e9Iuvz7CxOwn/7bKR/GvgJcAteP9s1XA1fDVo4Gu1w6A1Wej2X6EvVrKYXQqxrQAEQ
+xqNbIVHYLDa67si8UPpJDiZ42Y3zHFYYIBqXIgUTFQWPvUCMM934BqJMoI00EwSpGeMPFjHkC99
mLmaxKdheRT33XxXA0LSUsZkZJBZOVhkoC7jOXEC9Wz9lfr7683dH9gQAdqthkOp2dWi2Rq80G4y
1u0LuByswgKbKbagzIuGFO6IAJx3s/KXwVLRix+lF7CStM2wQaQMwJ7IqOkIGrmmR4aNY/F8ImoU
7b7KoJ7v7+8Ac0ZEEMWwaEIcL2wLsIxDFWNkDMAypk7qLiv4KTZT+MnuM308Q4QhOuxhW8axDdjS
Pdf97z8f2EhlP+3579X7/fsV/0//0eqt/+cP8//UTu1Ng2EjnpQdCZbpSFjgt2lsxTJFCyClKdPX
sjZbtiNh4FaM4oXy1UZBYInoDqyaMYLlH2hvmUXPn6pEmSr+1FFbmToF9mk6ZZD3oUBjURsNuq6T
AuGaBsuKbDfIdDDYmRTNspcoF9TkFD3KYpbIYkAnP3aKunwYBaQs9DZdhChJZ8K9JMTct4BOenSA
KAl8AB5NTBcBwBGpxC++ypDjRD6IFo1Sz1l8YQCj5pKihtBdzu/RE6X5KLFL/XgF6owRkhRlpvvE
MjX3lBLnE3wBMs/uJ4viTCQKCC3+rLkjzxH/k5xXE+yjsB/d0gq3RMyCByeORfPAG70QC88ZriEO
Fuddw678kB1HffRLffWtXHKHH6YkaAze7ItXQsBXXREQDptWpTI74H2AD0ccu/WLfbAl5LLyXyUN
aPFxKT2AD6g6KC4Xe2H4s/pRH9wyDt15h/ecAZ7TO7znftViU46lBKf+I71HLKCLNR/bEj2wUQG0
RLslnUSHXPEgms1d0h+pEyY9uyDxBhUmta4zR7RTtb6ztUx1yiSigJBt8SEIVosIejQWBJwjEDss
IHcPQLeEsPyx+9XdQ5CtJGpN2qgdFRQsbXEBCss0+jYR1yjFff846FJXLvR1uPTE6Sy5rXJ3DUcT
8QTik8rjlUPyGeZj5C8wh4PBKMpAOz887H51bSx/E/HV1QakHly7ei0Ww/U/MnpX465qZu6CXnG7
hj/aYDK187vSvFaHG/lR5fwT0DZkMKV1Ku02jkEquXxA+0nTI1F8bng2yjDt1FXqKjxyxd4g2yyP
GwQPre81MloxDDOf1q70RqVJQ8AEAFJCobyf3f79Yvl/HBzPT/+g/E+rvZWH9fiv+7fy/23818L4
LwNr1QGQqhdbrzb3Di1rB8lTWooPW9b+j3RZyWFldeKPspTcUMBbJsE5jMKMBVs2xHOWg8lbBM8m
PtAf6kw5clhArfZcOpmPBuxC0gCKxc00RZ5Zur3c+6WOQfJ/21H7HISG58k4EA1lQihJof8JdL4K
k/MTGD9MapE4viDsiwY5XO1ZDeG9peDej4X2epHLp0MxiBeFApbYWk0RtbA4OqA3mk+PKTaAB1KJ
571phFkRE83htuSOMA6N5yEWKJuLT4LOIdLJgtLJedIFmU85JRca+xPwtMAVnVbUJmkDrWw6GC/u
hu8Ew+xc0I9hPfRfSYTe2d3c3/+BfUYkPFMKrDj1EBFxEcoCdJZgVE7bBjXIaTlz2l5e4rpFT4g/
uq8WyVdytLQowiMeyGB0XF010M5oEwOb8jbzCvi0ufhsOlD14rNpY+nTMGsoDU8bSxeSwMAobcgH
TZX4qLJMmJMFtIysAEZo4Rd9oxq7EDWcat5Yok9YsF3BlrZbwoZnTGVM+DPZCdF16ZSyNbhK4eF1
fB4CjsxhZ6mzmILaMBQKNuYFVtr5fqPURSmaRKncbU7xkLNTlB2DPM/Cpmr/WDhc3rNx930he71n
L+B7OSryfuOpe9SWnB7V8P9zbY1fIoFtCYotfbv5A33ubT4D5KavO+t7e6ApbsCm1ukUqo540xBc
lKF3FfuuhNMbMaXNQXu2MItK4okv+rXKRJyJlreYcvP/jmRfopYwkhA3LSdHScVSDG/rbeo4OhmN
uP0q4zGcgeXaO0lMB3uIAygnZwmCVEw5uj/eVV9++aWqMU982uou4/vHjx83vIenLVbSObZOoi14
GNeaKnJaHUtk+Fu5+E8m/5e8Vp9Y/l95uPKgZv/vrd7K/39i+f8XOhZKaGxZX8cw9MaQQRCqT0Du
OgOplGqo7fXC7NJsjbE87wTb0524yxiAD00YAn47LYcOcpwbBQymHbVOTCscNfgnRn6EIsUx6iPU
OpB9DoUBDj5BC1bIrgXE1kyfPgjIU9xwTkQ3wS7rInKRnqORniPuG/WEBfb3GwrnxLJvbl5jxt8U
BIrmIecD0aXuAKDA8NROBnI76JO/nUL82jrBR+LGX1ZJTOcOBKBoRaZAh2XyRkikH4ILTY511IEl
Zlwhk1SnbP+rxLrmmWiiIKSjQbWJRpL+p4Ke6CU5hyXCsCfbwiOdQ2eRXdCtRRPrhGkcSoyDwBbu
DZ3cgkghxK7Fp2KNvkE2w6IHTw6vUUwu4XtZMXmvFlUrBeho++YvsErSAVo65lp1I5imyRzEzRZU
xvM1XCwUj/1TP1xkXWxdIVQG93IrI/5/bYsdk0HAjeZYKSErayUdn3xsiFyIRyls1HeZ3nnK6T9Q
0zAiVPMVhpfQ1wsmE7S3g7FtfXr+b7qXPrX97/5Kv2r/6z94+PCW/9/y//+U/5tobFl75Ly+QD5a
YdK8j42cXU6ryRVRp8zuslWY5XB7141yy7mxsHA/EUdi/oQO+hrH1v5fk+4jm8Z4p9+LSbP302nK
W+lq1yh+fCBGlvxy/uTXhXOC+lnJx6ibbbet3zZcVHye0j6dtNO++KVajG3rSsrdbWx6oK4r5ytu
cHyGN9OgLgc4LMmsmbIbBtHm3muR9QB3zTPLYVo55FHz2Jm9NrNIh4zUIHTorpF7rTWHM56wQB1m
bsWN2tivOPqq7LIYcb4Sdz64EjqM5Jf4DGmchYBURIF/8MxVXmwgbwlItCL0k2IhJbg5FHLils5k
NUYqDNQviVSQ046/+cmYupTNhjnOZ6TpFVo5Ufoi34aea/kgjCH80BEtkrIkQJ8FnnkWSDjuCdpB
/egShR+7Kszd2p3+KPuPPmkhWYc+qfzXX3lQtf+sgAB4K//d+n8/4v+tYK062NjaPbSs3WAa6xhO
OZemTxkhvZvPMACz+YgRUllMDaSdu3Qc1JK8xEUiIHcgDQM/zjO5MdnM8kNVSwqkBconAS0uSKjm
XCAn+akxY2mRBOwn4CA0pTXmPDrGiGJliSvhuP1IBmXFkofEZ34yC6MoGCtxMNbzikgv448YhipJ
pjhXa5EwuRhuoZPTb7I+SRluXivV+ike/MIZiJCTKtGEyaNl5C++Jde/N/3nbfCJ7f/9+/2a/f/R
bfzPLf2/Kf3X50PLueYwgdyh5gl44BdYQjkYp05tarRf1Wj/mqIDqFb5AKqE6Wh+U2Q0VAsOBg/U
RRKiWFxnJBQdVGUi0P5CNoJG72Ye8hOoAejYRrZhfYRtqI+wDSUwPI31ZAsNxzAiu2oeTQC0lcx/
oKZZrab8q4gxqBxw73hSLUjyvvzZLPDFQOrrFcNjbPXYJ0aCX8TEbnICPGdqi89wa0WOlEUd85Gi
logKNZ30NPIduBXmWQKWTteKORDrCTLh9YLT5vkoCRo34LzRDRhvOSnvgq4pG1cx6Fte/f+S//8u
HoCP8f/eak3/6z269f/f8v+b8n+JBRNWn5v9iaH8BhzftTAcV/JcZHkKb5ojuw9+AWe2dMLpnyhv
HxlV2XWgR47ygabg6KfgJHkOMTOUCCyzV+5DX94hgOnkQcgoVoCIAb+b0krieUXmnDJUSSewnAcs
A0/HUZKYhY6R0pAAJMeBhcPN+Kzfzbguc6JF6VQWMmO5EO5aNQgTQ5MDlbiroEiBYQCKYcHiPg5H
i+E+bDkcVOmHm6pNz94H7zDHACDWe5oiZhl7z6Chq9Xi0+qpOA62y33ZsqIsY4hfh4HDdww2QFsJ
tNG6fjFS3oTd5dyS7TLsKarRAYEMuTkMYy0PYR/Ylg5vvF+qifeozDFbXt+73+vdnqz5s/D/8xQT
LHhE8j+1/3/l4cOa/3/1Vv+/9f8v8v9XziCWZQITk228e4Mz1NhGfmg0pmYgDYQgEsQnoFd+t8fy
AZDMZ/MkLRQi3eqykTMaW9ih8wV527WjQ1sbm6LJ5sEAphwSvAPSnVJ2anx1QvnSOnlzv3naZ/s3
Cuqr5W42MzdXEtOaiY+NRGzKKeXuBsVygvdxuaVklAvyuVJvTcepBqXyVT9s5V3RjXGRpNEBry1a
XIJklgQZHc7gkyOVho0zrVIJdWBdFPphFEiHjlvPCCx4ykXsIvMt4Z9+THdpSGLesZyxlkbvDR27
NbZduQ0Dr3dyWld35S2G4rlmBr0CIzHRqi61dHhdTlAHs2raDITJl5SgjoMlOeO5U95zsBzzWbGS
+UmUb/LZLcnEuvkOSLu+PhUvIphHbS2Zdx6XogoaN1JxGOcDWcuK0uV8iUwPJrDH+OKIIhkGm8pC
tofpvAx57INxCycn3dPHzRiWaB2Te174Os0BhZQal2y+Bmik3ceX8fzLrnJOw8zLLWoeBgEILH/P
tEQVqkn5+j4x/+/f79Xs/1j8lv/f8v9fzv8Jk00BQI4G+0pIb0VRT6NwNtNph+uU3WAHHMiSt5sn
syH2Rv5ZvNI01SRECwCSPFuM8OlCdr/gDO9vwsPZlIIaOZ1r5WOSHbF+bBVT3PGzM3ug9InJZaOw
nm4HNNjw3M8C8yjiAJRUoL5UPi+I0zlNoOSYLjAErJi/g5JXsiwoM0BXb1pX8HaAfOLayJc/kPi+
gbzH4pQ1BC/RwYncqnC/If0HCP8OfXyM/sPbKv3vP+rf0v9b+v/L6T9e7lkn/uTWBNqmMzV8mM6T
H0/u6UbjaXic+EkYpO7HaXe/uP/7dyHkFfWlOGj0Ya3Eqqbvkce3dPCW/uca3Ce3/93vPaqd/1m9
jf+8pf+/gv4TJi/gAGkWzCgNJt3kRVHteYaOqMH+QTk1d9louLf3/I+R3HmAw2r6EEOkrw88Ls9u
me+3KGZiWdsRppUmrWQ2J563UT6J2uusPPwrnSMOLrCFSXx6yo5TigEy02C7A5hfv2Oew0jTM0Ur
AatHmFG88/IgVw371pV8G3iP5ZsXjr+85gzjjq/GwTgcoR6RLxdMcOPpruo/6vTurdGhyzFlGnqO
hzQAhsklDvPnbgcG0mWVEBFopaPkXjrCB1sg4iFMbMNM5Agcz/hQ8fE8nKDdyF1GqYCHJXU9qDkA
8LNxDPrEEXQ6gCqo/o3O4jhtmHzH2opMi/QF6I3xBYLxfkdt8zVzbBxWIEjA//+B7UhNKUVqHAXu
GgkjbIPqQOOrHbXYyFk16iFVmPHeCTNOy9KoautCH9GveTOFGS7DA1yGkmlN7+JOkzUfSuGtAxQx
XaS879xqgb/mr4w4f4j/7/7qg5Ua/1+55f+3/P/m538b0FiHAxmOv1NKlA1UMMSwHtSLbhL9MyB7
ProByGPIdNRC9jrP+ElOlTmAZ0KXUMwjNPVhlAYyAD86lSNw/JSjRWdzOurp+Dp3oEVJqSg1ST1Q
B/lV0SYlGqf6TY5AH6ND6AJca4W68quz/3ju7Zver00CCmYTVI+Hqu+6/+mt2lYWzzCuBjPAPcNj
iH28JNuGwZ57Mz9JUUjAROQelJsE58GkdKo3132lnnEfFi5Odd62WpHgmuLZAI8gzuy6TwefFtet
klenhAUlcembMBNunbrs6mngylmsrx5cxMyN47FX0P9dUtJ3t7f37Ws8J2vUKp2U1f67rCYqCF6z
yNRO8bjPWwTSRTgLxhxaTWgWz9I1wijAxSzgk7PHiR+NzszFQZCo9HJ6HE/CER4P5sVJMryj8fnm
+gYtiNTLs2jTz9L5U7yqdYTIj3UG+a6Y+nhRIZ7Yx3twOW8N3llIDdiWbKT6gDi8y/NmeEIZXcrm
AV+9/WrgKgVPSSnbbdi6DiwpyvELemUAFHlKVnqYPg9qY8bHbp4IUnXb2juJnkyYVwORqJyszkFX
XJx4ouazNAMKO63Bwdwy/vEx/qQl+pdqP7nSta7bpQ1kZHf2cQKNjSJNo0uB5kAbzbY6HVzAtqsv
9nUcaiR3Pgug6aGsMoakxcXUDEIIi93SLZuX/eqigLXNJemm0PyqI+lTKsm1l7o0MQvGc28uycf1
WOw8ezX5XOlamP/uq2DqJOqT2/8frTyo3f+y2n90K//9ieW/j8R/NzDWAxZK0kN18Hr3Bcp9wD6A
5tMlAXGyzIqn50XBxbIawfA4JYHcvlzIAi6dtbIWMOfHOL8vlyWpDKbtTFEMpCvXDC7bUeuYCOGE
cjuRumrpi48v9NWnmI4qV3w7lFV5WZtJ6ECNUlr5p2dlMdUQ5OgttAYzRSrszbEZTCqrXu9t7hI9
zM9p0eOiJTPrDRaW63Ea8t5gw+NlOuObsKebU/77aO7wE7yJRwZrJIyoAxH711DEJo+xSaHTPGn5
AfR9NKHsN5KHhxPtyFuK2sMUeAYYnClxfWa0tM4F3+X1rtcxxoq9wfrgoEIcFJlGyMcdKExrQYup
F/Hcn8xh5UEWjeRqoQxwWkuexbJia5fY2iWUzv+i4JxvM16jmG59uo0aNSwb1isqZ4QPUXABMDEt
HJERs1kC1ckJ3wbBDLcLyn1Q0PLxCsL8IsTcMJjGxBV1cAK+RPzG0eEto+HpGd+oYfSgXm81HCWg
UEV/Au1pwRJTnPgTfkPNuguP6FEqF74+SJ8bwCuW223CcfxE/MFPwEL8EDETCwQXwx7CdNiz+Pad
nsTL4bP+b5DynN7jOFweDWU/L2UwB3HivWw9l0faUGZMZWD8Lk2iocQxleCpuXqKDeUQxV2aeF+e
hFTTwFyXZy+vL+k1oCI/1jO7oZZHiZolnwzfSV3T86ZxEvD5UVTw+IpxuiO7vyhv+wwwcZZR2va7
in+o79Z31f7mP/ahJIWByL2CdA8MitcJXpRpt1YGytZXDr7HROnzoPANeOd8NVP78xTdnFzM5suZ
QEJN37qUaao8HXjgOHcQqq5x/wuNCUvYuwXhQK6iSZRyiIcMFlEZyuNcuswbx0vrhpKm8QYet7Au
SJz9Jvji1WTQfFIaB1FIQgbbbAsmU2oLfpfa8mkOdFMN0crgHRADDJL0kb7iRrWNO2iJx0AT1QvJ
9VaAZ593AT/lJ37cvbt00B0clh9+3gEyc20G4ULjyFIM/aa+PtQ7z0HWg8WMrwv2aMBYl14AvRJP
lR0ttbkqJqMC3ZoAKL875V+dxosOmHVP5ynlcfUVRTab3Zl4gHxYN6LdOkQ4GgGgixcAoCf29xXG
HnROO+jQeQKMeTqbBB0g6O6ibo2xF3dwoo2dXUJloWGgZj6d6aYmKCi4lIoLpQfsiGiaGCxq7J/6
7xIcG0NooXJhbiGbTn5VGr4baKvLL+V+Kud+1m/B/RTMCta5WAR+t2zRMnxQguTYEpHDMJ5kRUhB
6womWrL5DGs2H74TTd/UkGGSMtxCIn38CvMPX6cEy5Lr/7giJaNCmHpsASP52yNhZNHlVpLVX8am
ZYCqQW7NTFE8jssJdQEid/AqA2oEsBY3gzMBPFyXwblm9AuVkjuAjTvgiTyvaS+czjTA+9W2pm+x
FrEUhP3n3aXr4hi95GUWyl4UYD5SZhU4LVJFvH8hE4fmmHcPPJRMr20NTt12Xl4fzc+vi6Dexk3a
CR3lw1a0HYnwlrhQ3t29XKLWJhDAIs+DX0ClG0fBDehcuZQUAhkpRneafaPWUta8yLfrUbY9ks/t
4uIvzHsLLHHMQHvy92skXuLzVVWHpaiacnCX/XuGWegywISDt866393+U6znJ7T/PFit2X9WHjy4
Pf93a/+5of3HoEIeMKqM1BwMPdEaHaYB2H75cv3VRmEmskiFwtKlP+CDCQlvwLHxJJDiZOU6V2px
5J80/jV1Fo7H2giQXQJH1RaIyh/Q7Z+7KPx6QN3H6JoDJVk5eNe56j3Ee+2R7NKNqCiYpzQ6nEPp
T2sYwBjGsEf6f8XsQNI2FnaALYn1gLN48vWy6FiZzY8n4Uid+ZMTarsCF7qGSHhzMUI5tLCsSKJp
j9Bjg6lq+C734cpf/tLrtbk5dOtRSlP5Q1mJU6fm1iZo+2x+TDIp1UFpsGTuItmSntAycLJk4yrm
UlPuYlMNC3/oEI3Hyzew0nxNdjwy4sVRg7ikxclmqWkgoJProhNaE5D1LBAeUHaCx+wXRv5JIVOc
IFVyoerE7zVjCsfVzJMb5DRCNEIrCC8XfcOUtwXAlYY1Pvs9zSS4o1xF48G9JQ8BN+UhYqk85MHK
c0FHmUCTtYPuNuB5Nb3WE3SLqTYU+7CF5FddQVfos7SptT2BVLlcRjQtGHiLBG4zDGmjfUfY3ncX
Up8V3NMYo0YYdh8L1rbqV8pWI8Mewqs3QhrRL60LtmasCDZnLMRaaaTPqr2g6UVWTLrCJggmhUVD
g6GmbLIcTqiyLFSOTBiSs5vUICIddLXghy+HLjfN+5rqIgZI9mZbwkloQIDGiKLFPbe8Bdb0XS0y
65Qmvq+zXrPqjG0+oSYRANDMGkvsoDWJs1LXJy7EkBHnpM4xBm8qCcV0emu6eZ7u0iXqN5QzsxWe
Aa/nlK659+iREQs7S+IsHsWTIbGQNxHtEwyQzXcD/kAdHvjmmH7wCQACEOoGUg6/wxhtuU64zA88
Zo+eRxeW2S36aQvTzHWm3JjAz3P6TfehncEqKGB4eW2txHAUoeedTuJjQLSi045gGhXPlaTKVRw4
ZFezjZyVDrpdxiRUm3g0zHKR49oc5YK0Cb7BltIQx2DRcHwkLBbeGSpiXsImfYZm84hmU7zJcesO
HWXHzVq6QxnKYCJ5Ohv9L0RAzcy9VwpINyrepVBRDoWtRv7aLFpBQ4UyZ7RcKJXsGyegrY/HzIFE
GsChgdZN9h4gNeTcj3VGdEcoTeou8+bIAkR83K7ePq7ZE9ld+pY7KNuBhgWuQt4L1JdlbDSdyTt9
U6hYYm6OG3ZLJ/wv6bVcr6pf4yug63xTC3H7On3T7fFciLLdKou3f7d/t3//VX//C+zRqbcAyAAA
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

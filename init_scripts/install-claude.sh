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
H4sIAAAAAAACA+19e3vTRvbw/q1PMQhTS8HyJQTYdTBtStKSLRA2Ce32DWmq2Eqixba8kpyQDd7P
/p7bSKOLIe227O5v7YeH2NJcz5w59zkzCs78+ThN2snFH36vTxc+jzY26C98yn/XNx6v6+/8vNft
9R7+QXX/8Bk+8yT1Y+j+D/+bn7squQjG4+FFMHzHXwenfnKhRmHin46DwcGz9e6DDaXuqjjwR+r0
WqUXgToLx0EC3/xUJdE8HgbwPUxUNA2sZ1sn2zvfbL15cXiy82r79d7uq8OBP00v4mgWDs23L/e2
d14MRn7qn8bh8F3iDcf+fBR4STSdBqm34T0yS+/vvTncGSRBfBlOz71gOppF4TRNsAi9OtnaPfl2
63Dnh60fB37onftpcOVfmy28/vHw+d6rQSfvsTO7Ti+i6YPOaTiV71jh5YtvXuz9cPJy99XJ9zv7
B7tQ6UF7o9013r3exWe9XruHD1+9fnnyeuvZd1vf7gy+yubq+WFHpjSMRoFZe3/v651BM5zMojhV
/GccnrYnQerj6JSfqMnm5eBmlD06sl/5k8A+bo+jqyB23P6ofRnESRhN1VkUq5EKp2rShkVL4/B0
nsLzxHEXm9OBPRmfQR1bhWcq/z5VlyoYJ4F+5CXvwun02t6cxQBVZ9q6bJ8H+Ne2XbeJQ3/2YuvN
9s7Jy62/nuzvHO7v7hwMHuBzmMv3u9s7+ycHP+wePnsOj5tS9Bms78mbg52Tr3e29/eefafKzwG4
hzt/rTz+Zu/Nq+39HyvPt14dPt/fe7377GTrh4OPvP12b+/bF/Dmxd6b7Uqxl1DuxU7lsWAOzZTw
Eie5u7/zcufVIcxIlvGB91iwc7DeXX/kdde93p8+isGq9ETqPfJ6D29VL5rNk0/V4jLVvryHXK/X
8x50f0FvXO+x1+156+sf6Y+AlYPp5NXe4e6znZPtrR8PBn+izfI17KDXW4fPB515EnfG0dAf41bD
Vy92v668gi3QgZ2C+9tPEkBlXzY4LBpsre2Tg53Dw91X3x5IzSAdmhusM/Gn/nkw8pIgTaGRpP23
hDf0weHW4Rtd69KP63vqwJ90Th2+2PtWSqeTWSechqmXDONwlgoMYBeeW/836D/Snd+R9d+C/68D
u39c5P/dx92Nxyv+/5/F/5Hvw+YJ8XGi/DggzoNPh9EE9t6oKhBYsBWVN4/ULJyBnBmOrWJ3VHIw
ykVQq63sxs3XWwfPTw723uw/2znqHt/rrC06RhlbffiggvdhqnrM/fcOB42b3Ve7h/S97zWc4WhJ
M+129s9WX3yhZlcj5b12F9bRkWpIY2owUB11fIzvdftCzQa6TMOgbkLOCu80ecupT+G1QZCE3BRr
C/kh/vojTG5763Dr6/3dZ98diBQDk6xINgssnolcjRvhcQc7+98D0czeFKvqp4uM8+U16WexOD1a
FIUkGnpVZqKpC8EeNJ7vvdzptJl6dioE+put3RcHgy6C+4et/Vfw1bKid46rbhQJJGeqqVT0TsHn
XvJ22oTVXbM31cIKp2dRqRg+Khe78uNpqRg+KhbLOm84jv6u7que62ITp/6o1AIOutICz4RboO95
C0kwRLms0MrbaXGgF/5lQAVkSynvEt71bPUUdsBlZzofj9X60y96WHYUBoW27iX9bDQ33bt31zoL
Wyp/sb7JOwberPe93oI6myfALk+COI7imoaUkwQB/vU82LEzt65h43fexzq2PfETXj8QO2FveVPV
uOl5C9hWm0gypkZna/Chpnv9bn8Dh0aSqS7gzKeAL25zE5QObDkORv4wxbYtpUhwUONwCvQmelfc
KYd73+3ARlmA4jJoOiN/Fh51vT/53tnxTe9Ra/EhuP7z0Zb3/3zvH/D4xOOn+ZM2PFoD2RdQ5QK0
HbX7zcGAdSAv5h6BDMnU6CdObRRZiKT4+B+qAUNCOgLlsACMDv90Oja+sOHPDfylOSMI7AVV5c6Q
HFGjg3+qRqzbLjfDFA7Ery2QvI96xwu75qHRAbYBGhp2k4Of1xWbtOENFVhYolucnDOK4XAcs4qu
ti6I8AFoOagy3vfw7YJgNAW0R0pKZXD4C2von1xESXHpLopr9nzvAAgUQgJfXNzr4FeB5gUCEv6H
Ri/SdLYmoL0Y4K+k3+k0LixzYji+C9uifq+i+F0y84c8nSSgATaTzk+40ff2vzsA9W2Heh90OjOs
yUS8k1VsB9NLG/Zevg+Nmcrs3gXXJ7hXgrgwx+QqTIcXwAOnycBx4THyTXkImlijToui5cYa9weO
3eDCg67tZksIw8E9g0WOvoKVV7kCBAgAWs3+i4HsUeZVWlSGfeDBQD0eqMBHU+QT4P3ByTwel+DU
XrOr7dtqra/W7LfO0U/28dpb126vdd72MvBp4v8pqMVBGsbBJJgWMWMCIv0YkKB3797bozXYxdGV
moIOrEAjCWAjzsawKlgLauiy9PeuobIsKi+T6yQNJm0/bC9kJbBhWYaK6pftaNz9zUEzIwC1I1FP
njyxG9CeralAgzrlfYBVbEHaYTQFeM+DrFxP3RmofGwauY3GB/nbxo3xvDxdcwtk/ABHiqhg1OMx
AvDnwAi7eutnT3pWaXFOSGYrLFFl/mk08q/h8XVCDTGoqlBST5xC00RDXJ5vNhxqCzgpVffm6v69
b8pFmLfcQUKL/T5RNM+Mx9AEgW8jDUIIX/mJ4k5HKppy4b56RttCPYOFIqEArVgqAAJ4rVAzSFsK
+TCKudropCY+votm8Ca5CgDa55sKJV3eYSe85o4pRbkwHWVCnxqNA+qBZegxKCK4H/NVQfwMcWEA
nihSODkwvFG2qPfvJa7yVOkdQYRfuiDN/vHRRrfrIu1xHGxOPVVLlXcXwcy8CGUkDbwQNu9pUAGg
ckL6Bm3if25fU7ZfAozTADZiQIsmBEnAcRKOBOO0ELH99cmzF28ODoFW7m73SaJAQf2mRPgLxUCk
YIgixVEm+Yd9eBaev02PgOcDCUvba9LxAKmaQqpWImokuZdJ2jlMBkW1+fTdNLqa8hTYsnYirLS4
ccIkVZcyq/fMAX6UmWTbhsrQZrG5gK28IY/CtCMWxuJiCwKqS2kwGF5EUO3SNoclw4EdhCKn4oci
mhmyp34ejEWOg8He0GBIneLXdUKdSIvlolq400QGhToeVjgFgjCLkgKcZkj/79paN7JFGmjMSEfb
x/IkFBi/O2vGkx80987eHR9zd/OkxKTnRUHkDahNLIjIxEEAmQtACWI51TWIzZzplbxQw3kcA3p7
2JkCfuF50TydzVOFek8JhQq8FiuQvXcphzXFLE0nijtgLuudxv4QKFSRt/K6zYCMxUNkkfQbBp/h
B5Fa0DC0gVhNoxS45Xw62lQg4wOKBAnQhPSCiNfLFyqeA0eDOYpJAG1mim1mrEgQ9xDzmWsL6o9U
43AfJa/t3X3heIZSouxppJL5EI0RMShPUXzdNypgIwWhHKYD7FcQDeEB7ONmdn337d07GnHwJ+or
iB1s8F/DFUW0hto8AqxGeIukIh4CVGx4SZuvarKfp+EYzfVzsZzP22fhdHSSzIKho83tbjuKw/Nw
6jYLW1VgcAajgm5okwjNJGvmcBy2szHRSpCL5eULWo4L6BOg0/TnaTSOzoXaNpUzDYJRoooq+X0C
eMH0Yph3eg8f4MuCc0MW+CyOJso0z+QU429/R8Ax4fv7e2WL1q8G6m2BRO2+emuToqjnKPSwjSA1
wGHsIkHaIJNKofpXdYwRxiIDgK0F/zI0MfurwtQWakXGKY8aL1XOcUzolVm0+JoGkmGdKq4HD5zs
JX/+y8nem30QIgGcKprHoGM7bU1pOx1loxKVRui/mZ7D7iMR0QfpXqNRqWmQl2CHlAu1jdm2L6Lo
XQIqQ9NatvTd3iNc+sZwMmoBfYtD+J8kW7TuwQpn5j6Zwc6rra9f7ND2kPmgfowzms+AZKVO4wIE
AEIRGJL0z8B2eDgwsYk/cxAAOEnYK8F7J43nAUgdgNKNkJb5A7bRCHGXEnmkFtq8FNzOUSM8VvcH
qA+CWCZv8OsmNHCTXs9AsrMFvHZLs7Q+TXVBPSEyf5DWYAEG6maR/W4foHSHD4+OLRmOP712jLdH
wPMKs8R1zMvga5qkSxPiCRhtfxgQHHKwuebsuAxM7+iGfvfVUePieHGME+Rho/qXDxp+tWXDiaCF
KMpWP1yxbdiWNkLZ1rPBxSa1xC4C12gJm/gO23izvwv1qYbuH1sgRPl4Ezt/fb2zv8sC5tbLHWyF
agFBC8bOkpK72y720xSc2949qEM6GIGTLR6AAbGJ1gNBJ0hHoK+Bei2CavzkIkkwBmpAeAoNA/PL
FkhgwGgqxZxCc1wet2eO9ONgeg7M8qkCKdzNcdwc3ACxjcdC0Mlflbou/PiQbTc0UOi5IHrATKid
jyJGS9Utd0smWLs6LbVkeV2ZE3Y+INTMJwPPKgCszkPAVa5MT83qn6ZoIIEkyjdpmKCTYY03sMmR
DUWIhNQhECQPPrGv7uiNxcO1o7MzWy+RHU3RJDoDDRG1nL566+TtlbcG9F37cnebuMM2M2HldF2k
NWmhrcJOxdKOSAnCuqEKs8/7yqmjZF/ekpTJHG2ZHggbkZZHCIOxuGvjAskOrnDykhYUUyAJicOD
5s2iCf2kCujMoNkkCwv+BYI9YOaGrCaMB+LeyZmw4cgxDAQ9khIAKxpQaYnrIZPuYcVpJAXTAQ2r
4YBMie/scuMKscsLVBO5DRHC6PRvQA3sZtlaz3YhbI58VzdaJRPjeV86DxOSsn315wMQpLixTaAc
ZymiJMjTYSJ29lx9WmhZaOjDkrCNPcThex67s93MIB1kc0SAAaRhbjiDmHXKbG/YxnBpzlgUEZvW
m9oQdOJpiIJBNjQANcwGKmQqt9rcpNHIHq0dTtGqo4yxeSggTFO1no1R2EFlkIWFQVEfUQl2J6EV
93Gj4gnK2yTI0ZIadgEe55prGOEdp3HXJYurQLeHc/Q8nPA7jB0ATHUJXRuwJslFCAu1uQkF8j3v
IRa7jMuFQkHiD+WnYZUnaxao3W++13ZCQH57fonalcoVm3oIeZ4fn2MNmB3+XxJF0WDl4Q61pSTy
cxu5un5ArFnbKTW8mdB9HNyTd7iVvRlD1thutlmUIYwTt6r+B0QZ9VSWJVdcgxMYmKYavOOBxoFa
V0P5+l6uei9URh4GVnU9Rc3Qa0o/vQsg+eLrYi1U/FldHrhC29qHyvJru9Q6m6LKGiy0zxqZr2CI
gHDGJAx84PbX3GJlMSepaIaOQ9hYPVuXXXO1VeKjCjRi4jANRsgxJqBcYIRerk1nw0EwNXq6bVki
xaPLLcNG2Zvse99rL2C9/rD6/Hd+TLvMvyf+p7fRe/CoHP+73l3F/36e+J87FIGHEbAoAmPsT22Q
Tru9JGqOA8gocMcByiJMxEGj3DicvkOGaze6IIG6nU+0YQb2EBUTuj/00bPW3Nn7psnP+wVrojry
Lo4t6xk+SsT4CO2Oxz5SzZbCSJpWwc2jhcAWelHDOJqSE8JJo3fBNFEYuhCM3JYloi25f1jGYV8Q
vOd+MucwkFX47+oigKds/yS3RzNRErCc+Y4smF+SJtzOcBjMUm6K+lZOr6sSTavdtrWDwGA5rg98
CGF6rRx0y5BZDOYYXeFQgbkm0QR6x66Y35yF72nA68wQFDEEaHHvG+KuhrD4cc6nmk0X/yzjTcCf
56zdMHdi7qGDXZS9a6yFbWnrIa9cJmtH75QtiwnSPX/xPB3gvMR9TGoQFM+9FZl12XRXcORRFnwq
9kBT0icXoTwGGRwg8k+jgjoFQRLlchgJolIf2DEslQ9wvuJ9gpo+CGh90E2hIu6geIhjSIJq49iQ
oCdwZbKM5+ZyWmh1GqD93bZArJdZxCp3PZkDzwNTGs23ack5ja0Brw9SPxyXA1OoAOsBFU+0Nus0
7wIOTUOY4ai5JoUptso2bfuNGyx/Fwo3F3ZNG1nVQj88rwYPEcphaCCAI/MjEdCoG2oKcIvnoc2x
iC+F19RSyyjGjlOUdp6Yfju9KuzZBHXGBLyTF3T7FS8GW9xTEsUBFcgYP4VdTguV4zuiCDzSMfl2
Gf/ygAxbVoWBYfcbhF02wmMNfo369loOEZxxY6TojAWhoQaF+GhHGrkyLMVxmghJMCFJLh/sgRBC
W2PaSBUi9Uxkm4DCgYBCP8g9P5uYtkZnE2lMcAaPu93S4AvtwmCRQmKx0kRqizUmLZWJslwHJpNv
kDNlBpx8dNRmYEp50I8qgzZb1YN5VBlzXanCkB/pIZf9J3fwbzCZpdcfiZkxN0W5L1zyS38cjsho
oDvh2B6cuulV9Gfhd8H1c477uWXsTg4ipKXcbhFGZqt9XUQDiMZsllCTENg+cCnYIDj24H0wnKdo
GYC6N1y5700BTRd6MtrFkwcgURRBGWBo04DhEONNyGETTlXB3KOcU9DczmP0YhLvhhLDMeDZyC2S
68qC8pirNGEEcMdZcBjBPA5MMaNEGHZyUcO2MA6O3a34zbXyKEn8XQRwKTxuQEUKAC6V0HgBky+G
t4jTEGO8FMZvEYCNAM264EljL5UGQ0VgEigvYcRF6Y2t+fAydzkzk3I1HDxFfDK0C7iTCV6Gj/3Z
i10lIoNHQpS2exWXFKZd6QmlBnhebKymW6H8JFylkdgzaHXn8bi8yX6bMDkTI6CT8irUxPpRMaeA
76YghMtbrVWzwHVN18ypANzqe2MVcSeWELTFyF3mUAhRZJyXuHON016vd0++2/nRfPLm8DmvobBQ
EWtu7lz2MzOM0ObLHEPh9cJ2cWg4JhLr/XdBomZxMAxGAYrw0aXI7yYCbPJUVAgblxgoY+6S+Hpy
Legfyox7GmQhhrZBF14iwYKGA0BiICDeFowumGKgaC7emZGHl37M2oUx96kONMRYBgQENnHEz44z
iBgimPl+0JOlb0DTA35ok9pVif5DRze9FjrL8KAYpcImeOvki4UR1SfHazRvQP7azTB4u/6psNEP
Ct0shuWwAFltRswA7JoQfsGG00szwEXHZWU77R8cMVXUCkQFrAjuOmz3R9liebw0RVoVorRekqhn
bDFpFLpztO18WdSGucvyaigFjkeEqf60VKuvdVWO2MNhI6vT6sSkEORjcBkJMsgd5ZOikENKbaFM
SeJkbpJD/ZCHYZsMpt73ZVIhAVBdsUGj/nlxnEvcazk90ryCh+cFUxQ+ZAHClGdBpufRgKjRGYvx
Bcy0G69/2K73KWmpXqQWDNj5mP/QbpyR6MI93h/YCh4Ilcngxi+LMNKrnIkeiJR9KapBwoQqc9AA
2pwBPw7iYBkYjkZhfKycf1JgNAfBzuIIHVFueX13xKJhW1cJI1VmDnFJxBg0boAn9b0ljGdhSWD2
Mv7JG/lfjDF3rUL4N59mklNM+ca/Sio7HwSD3LwDDCKKR6iwl0UtjClm7nCFK1MWEGN/6hZlsPMg
JSGMZJVsgwtHMcqBughibINkNYqzYwLfENIfTcfXNG5qL7Mg2RQ4DV94RfIDCQAubMouR6DlMGAL
VMEBmmnJ/I6iwcrMsaWSCOczDi8lyK9WHFMJRghfXVy77B7XapcOjy+GvhtjYMhs7apv+UR/CQ4p
xgRqi9FMNQ+gBNpkombWzx0xOQEyVuaGDwsSfmEm2pPP7iLoEKGKNbxEeZHKEc67Us17N3gOhSKv
Fk3leUM8Xj1MPYyKRF/kQ3g28d/Tb9XrKu+5+spTbyXSwoa17ABcO+vtbqeS5aCj2S564bbm6UUU
h//w2Sn0dQBiQyzrZ7uGa+vLfgNHox1c3f56t+sS8ShbJfVCiHESY7uvltgocw9Uf6Pbc0VhusLI
+rM57mTDmokF+qgFc8R4LEGkMRtPsu21SZKgIA00EwfJBSMP1jHEcx9mrsbReVgcxQM327KAkLSU
EdloZFYOFumr62hOZF4923ql/vJmZ/9HtuP4aQaHQrMbebMVeKHZaaTbF3A5WIXlXVM2QZUBhSTu
iACcdbP+x/5a3gufJuBthg3itgfeQzZhR9DINT2AbFuM5mPRQmn3lQb1/PDwNXBeRATRq/MmxNHH
phTLOJM4QqoP/GDiJG5LwU8xOcPPTM6i040i6dBZSdsyTj3ClsbzBiv/2n+8/6/uVNjnzf/z6OHj
ByX/X+/xw/WV/+/f5f+rnNqfBINaPCk6kizTkbTEb1fbimUKPsALEmYQRWtG0Y5o0yGic9Tj1XbO
IYhr9K2KMYqlM2ivxYLxz2WuQhV/bqvdVJ0D/zedcsi8UdyyqI0aW4eTAOWdBC1Ftjvkmng6gAwN
RS9hJkZKFiWUFC2RFIHQfyoVSvEwKsiA6G28ClHOT4X9ypkM3wJC79EB4jjwAXg0MX+cRHk5Mi4g
Y4rOTAEVfZZ0gAthgDyJegHmEF2GqHI6S7L7tJTk84EvksGnpdrttss+i7Zq1Fj6LJIYSJYl4NYY
Mlm4jtipJRkmcog6vpZNoYQea/56iiqMOo94LjpFlUvQ0ICAF8T5aLYqRQFi6o83rVoh9iK6MlCj
4qClhjDaht+jX1aLRST96MfrUGeEeEVBqrpPLFNx1ipxxcIX4NrsjLUoTE2CCNH/xXYsFCHEGyun
92UvUtSgbmmdWyLez4MTN7t5/J9eiL3zAjEaB4vzruy17IgpB431Cn3hIVKE2bR81Kon53HmeMD9
J1Du+p3jtX6n4x79BF++ctprbkMch/NBzUF3PM/+Venx+jF5IPEg17zTOTrqD6cp6J/Hx50vF5XT
UTfzPsnDCww2SwC1ao+m62HSoXMc35JD51KGpsIJBI7zRAL32x7NDab25d1jENvkFNmgOi19Sumi
1VrwoeGbDJnhkc3H10RnA/CaqpKBDubqMW7rbVLEcdSeVA2el/AFhEOgR4NfHd6Rb8iCsr/87D22
cruD9y4lbsk3PC6BXhkjlYN3fN/pY/aH4/vulw1eQzqhjOj/i3R98ass1/ZtS2wftUYPSyw6pNbr
yFceRL0RXfojLbtwUpmkfjQSqC2dcA5I99br3RbVKTKeHEK2xWfRBjQEgh6N5Zfhrm6jisAUeUtv
GX/zjitQr+OkgB9ILjAglBqxXVdDYfmMflG4UjnZEJYqJBcyMS0/THtTl6QhczYYsxr6U4oSQAyt
NG7dMvMDtHfpj+eIRne4OJ9F1Q/pLxCEPO6bnhDVI6Ag1aPYnp5iwzn8uQ7wIApavPkkHY+3oYeD
rHEJmiXB1NTrc7FAabHgE0hnhP6SaZMqD5pNSztuqilAZHdkpLnoYcRCFC7GLZVffcqpKW4SnoNB
Q8tRyRWfZs6O2ZxuBB8ZEmUlWY80ry1zKGh784q0U3zEMlKtnFo6SAxcngFkALxALzmYtxAKMBwG
SXIiFp1bHjI2DNJVW2EZdJk50hBg2NBQs+bZwsCKmgtT3FoV4GCkFMbBpVEFliYlwcaAkHyKMBoM
FL3FFUGn5MjkIejQr1orlV4Zc2GQs4ps9J+k/4+C0/n5vyn/70Z3vRr/23uw0v9X8b9L438NrFVH
QJJe7L7aOTi2rNdIhpJCfHBLe2eTls6yos78YZpQGAJQl3FwCaMwY4FbhnrOmp/OATP2YT9TZ8oR
zq42ui5l5kL3Wi4TAgXgZuoijy3dXhb9oE5B63jXVocchIyhAByIzJprQGflYuh8AybnxzB+mNQy
BXRJ2C8NcrDRtWrOwxROw3zqLIw3dVlRwVMvKDqybN2oO4ICi6NPwEznk1OKDeOBlA7A3DbCOD9E
xOdTSKIwsqxkIXaojYrHlA7u01G8Qv4psgUx3XcKDn72duLxuhs63q9TaBloZVMYhThDvxcMszNF
LIL10J+C1vN6f+fw8Ef2aJO+Q3lso8RDRMRFKKo6aYxRmU0bFH/gaXPaXl7sunlPiD+6rwYJ5JKL
IS/CI+7LYHRcdTnQ2mgTA1uzNrMK+LS++GzSV9Xis0lt6fMwrSkNT2tL55y1b5Q2+G1dJc7tIRPm
7DoNI42OEVr+Rc+oxgEOGk6VWBGiT1iwWcKWplvAhmd5LicNfyY7IQZWOIX0Rq5SmO0Fn4eAI3PY
WeoioqBmDIWFjXmFlV7/sF3oohBNyHnMKGyK4uFn5ygjBllioh3V/CmPyPnAFrwPuSzzgWMUPsjZ
yg/bX7snTcnpVz4vd6ndiWskAK1BsbXvdn6kvwc7zwC56evrrYMDUO63YVPr/EPlQCzTk5WXoXcl
B5WcPzPOFNQHbdvCLEqZmr7oVSoTcSZa3mDKzf87kn2VWsJIcty0nBwxEVcXvK22qeOoZTQSlFAa
jxGqUKz9Oo7oJCxxAOVkLEGQiilH56e76unTp6rCPPFpo9PC90+ePKl5D08bbFfh2GqJtuNhLDRV
5LSalsjqK7/Y/5j/r+B2/9z3fzxaf1jx/3U3VvL//7D8/ysdiwU0tqxvIhh6bcg4CNVnAdq9fEU1
1N5Wbl5xaq0uluedYXu6E7eFTjRooug9K4SOc5wzBYwnbbVFTCsc1vgnxWxICRapdSD7HKgneRLR
x4dKA2eMlNNnAYW61JwT1E1wzE0euU7P0S3FJ65q9YQlHqdbCufEsm9/poAZf90hADS3OB85XeD2
AQoMT+1WI0ebTpXRzsWv3TN8JHFILRVHdO4s1Ek4JVKrRf43ifRGcKHRqYo6sMSMK2TiaRdNgqWz
DlnqtmkQkkmrMtGp5MsroSf6BS9hiTAo07YwB8LAWWb/cyunSXTCZD5KgoPAFu4PnMxSSEdIXIvT
SBh9g2yGRTmjcAnfy/HYy6oVIgy1yfNXWB8p4wTlhSg7fEwTZAbieksp4/kmLhaKx/65Hy6z1jVu
ECr9+5nVDv9faLsgg4AbzbBSYu42Czo+eZURuRCPEtio71O985TTe6gm4ZRQzVcYH0dfr5hM0N4O
Rrb1+fm/6f773Pa/B9Xz/72Hj1b3f6z4/y/m/yYaW9YBhWtcIR8tMWnex0aSS6dRZ9qvUma3ZeVm
OdzeVaNcnjA69zMQR2L+hAE6FY6t/fMm3Uc2jQGbvxeTZj+1U5f93dVObPzzkQh+8sz4448Em4Nu
WcpOrOs0m9YviFSXeHGpTOEYOsphrRK7j/nRqdzd2nizvloUT8Yx7GFs8o0jL2okF7t8Wo43R7/K
1x2WTDZNWSwLc0LcENkNcNHMQREmbt3QlvRaz/IcMjqDEKG7Rm60WR9ffcYCcpgW8g0s61ccYWX2
l484W587H10fHQj1a3xqNM5c4MnPnHz0DG1WrC9vCUi0IvSTwsrkKEUo5MEtnLGtjRHpq18TIyKn
13/zk45VqZkNbZzQT9MftFqiNEW+Cj3X4sFGQ5ihI7ckNclxIBZg5mkg5wPO0K7pT69RmLHLwtnK
jvTfYv/R58AkTd9nlf966w/L9p91EABX8t/K//sJ/28Ja9XR9u7+sWXtB5NIx3DLqVl9BhLp43yG
Adj1ByCRKmMuPe3cpXQAliTyzzPnuX1pGPh3lvqUyWyaHflcUyBzUD4haHFJBlLnCjnPz7UpvvOs
mT8Dx6EpbTKn0mFHFCtPXIzjn2VQHF/Fp4MRBrNwOg1GShyM1bxS0svoE4ahUlZGTm6e3zCQDzfX
yek3WZ+kDDevlWr9FI+lUmgcC0WJEk2YPFpGwv8Vuf696T9vg89s/+896FXs/49X8T8r+n9b+q9P
rxeTs2LG1WPNEzAdAbCEYjBOldpUaL+q0P5NRcfjreLxeAnT0fwmTwGslqQt6KurOEQxuspIKDqo
zEQwyHEZG0Gjdz0P+RnUBnRsI9uwPsE21CfYhhIYnkd6ssZBnFxZc9V8OgbQllLlglpnNeoSlvPB
Hh1RjEdtgzjry5/NAl8MpL5eMTyHW419YiT4VUzsNvkpMqa2PMOEVvwc40IvfMAKOB1VN/LduCXm
WQCWzm+OSYOrGaXh9ZJcGNkoCRq34LzTWzDeYhb7JV1TNsZ80Cte/V/J/38XD8Cn+H93o6L/dR+v
/P8r/n9b/i+xYMLqM7M/MZTfgOO7FobjShaeNLvzgubI7oNfwZktfUPDz3RYiIyw7DrQI0f5QFNw
9FNwklSHmBlKBJbZK/ehb7sSwLSzIGQUK0DEgN91aYXxvDJzThmq5ENpZQHLwNNxlCRmoWOkMCQA
yWlg4XBTPt16O67LnGhZsqelzFguhF6oGmFiYHKgAncVFMkxDEAxyFncp+FoMdwHDYeDKv1wRzXp
2YfgPSZJAcT6QFPELJMfGDR0mjE6L59f5GC7zJctK8oyhvh1GDh8x3gNtJVAG63xV0Pljdldzi3Z
LsOeohodEMiQm8MwNrMQ9r5t6fDGB4WaePHYHLOl9rwH3e5/1EmV1ed35P+XCWaI8Yjkf27///qj
RxX//8ZK/1/5/5f5/0tnDYsygYnJNl5WxSm2bON+ADSmpiANhCPKfuGr7w9YPgCS+WweJ7lCpFtt
GXcGYAuv6XxB1nbl6NDu9o5oslkwgCmHBO+BdCd0OwG+OqNsju2sud887b/9GwX1VXL3m5n7S4nJ
zcT3RppI5RTubgDFcowXWLqFZMRL8nlTb3XHqfqF8mW/beld3o1x87LRAa8tWlyCeBYHKR3O4JMj
pYaNM6JSCXVgXRT6YRRIMJlrJSO84CkXsfPM54R/+jFdPiWJ2Udy+F4avT9w7MbIduX6KLwP0Wnc
3JW3GIrnmvk9c4zsU35YLrV2vCimz4RZ1W0GwuRrSp/JwZJ844VT3HOwHPNZvpLZSZRvs9mtycQ6
2Q5IOr7OXyAimEdtrdmq5nLYMgJkzeSHcT6SUzEvXczmyvRgDHuMb1rC1BiCn2QqC9kepvNmZLES
xrXVnBJUHzdjWKJ1TC5G4/un+xRSatxK/QagkXSeXEfzpx3lnIepl1nUPAwaEFj+nnnVSlSTsol+
Zv7fe9Ct2P+x+Ir/r/j/r+f/hMmmACBHg30lpLekqCfTcDbTaeerlN1gBxz4krWbpW8i9kb+WbwD
PNEkRAsAEt4mRvhkKbtfcob3N+HhbEpBjZzOtfIxybZYP3bzKb720wu7r/SJyZZRWE+3DRpseOmn
gXkUsQ9KKlBfKp8VxOmcx1ByRDf+AlbM30PJG1kWlBmgq7eNG3jbRz6xMO5L6cvZ2768x+KU5wlv
ncOJrFS435D+A4R/hz4+Rf/hbZn+9x73VvR/Rf9/Pf2nrGEV4k9uTaBtOlPDx+k8+fFAAsTcu2g8
DU9jPw6DxP007e5JruP59Pch5CX1JT9o9HGtxCqn6ZHHKzq4ov+ZBvfZ7X8Puo8r5382VvGfK/r/
L9B/wuQlHCBJgxllDaObHCkKPsvQMa2xf1BO3X02Gh4cPP/3SO48wEE5fYgh0lcHHhVn1+L7jfKZ
WNbeFPPik1YymxPP2y6eRO221x/9ic4RB1fYwjg6P2fHqc6omx/B6MP8em3z3EaSXChaCVg9woz8
nZcFuWrYN27kW997It+8cPR0wVckOL4aBaNwiHpEtlwwwe2v91Xvcbt7f5MOXY4o09BzPNQBMIyv
cZj/7LRhIB1WCRGB1ttK7iUlfLAFIh7CxDbMRI7A8YIPFZ/OwzHajdwWSgU8LKnrQc0+gJ+NY9An
jqDdBlRB9W94EUVJzeTb1u7UtEhfgd4YXSEYH7TVHl8zysZhBYIE/P8LbEdqQkmBMd/xJgkjbINq
Q+MbbbXcyFk26iFVmPHeCVNOy1KrautCn9CveTOFKS7DQ1yGgmlN7+J2nTUfSuGdKBQxnd/Z0V5p
gf/Kp4g4/xb/34ONh+sV/r++4v8r/n/78781aKzDgQzH3zklygcqGGJYD+pFt4n+6ZM9H90A5DFk
Omohe52n/CSjyhzAM6ZbdOZTNPVhlAYyAH96Lkfm+ClHi87mdDTU8XXuQIuSUlFqkmqgDvKrvE26
aIDq1zkCfYwOoQvQrXXqyi/P/tPZ5r1lIgq7SYoCCmYTVE8Gque6lRyA2UW4crU53TuQAdi20miG
cTWYAe4ZHlvs9b32wobBXnozP05QSMBsrh6UGweXwbhwNjjTfaWecVsfLk553rZal+Ca/FkfjyzO
7KpPB5/m122TV6eABQVx6dswFW6duOzqqeHKaaSvnl3GzI3jtDfQ/11S0vf39g7tBZ6rNWoVTtZq
/11aERUEr1lkaiZ43OcdAukqnAUjDq0mNItmySZhFOBiGvBJ29PYnw4vzMVBkKjkenIajcMhHifm
xYlTvKP3+c7WNi2I1MvyndPPwnlVvKp7iMiPdfrZrpj4eFEtntjn7L4IMLyzlhqwLdlI1QFxeJfn
zfBEM7qUzQPBevtVwFUInpJStluzdR1YUpTjl/TKAMjzlKx3MX0e1MaMj50sEaTqNLV3Ej2ZMK8a
IlE6iZ2BLr8490zNZ0kKFHZSgYO5ZfzTU/xJS/R31fzqRtdaNAsbyMji7OMEahtFmka3ms2BNppt
tdu4gE1XX+zuONRI5nwWQNNDWWUMSYvyqRmEEBa7oVs2L3vXRQFr60vSTdHZXW3Sp1SSa491aWIW
jOfeXFLZ67HYWZZq8rnSvVb/t++yqpKoz27/f7z+sHL/00Zvlf/lf1n++0T8dw1jPWKhJDlWR2/2
X6DcB+wDaD7dKxHFLVY8PW8aXLXUEIbHKQxUMJml14Z84NJZK2sJc36C83vakqQymLYzQTGQ7ow0
uGxbbWHihDPK7UTqqqUvvr/SV19jOqpM8W1TVuWWNpPQgRqltPJPz4piqiHI0VtoDWaKVNibYzOY
VFa9OdjZJ3qYndOix3lLZtYbLCzXY9XkvcGGRy064xuzp5tT+/to7vBjvIlLBmskmKgCEfvXUMQm
T7FJodM8afkB9H04puw3koeHE+3IW4rawxR4BhicCXF9ZrS0zjnf5fWu1jHGir3B+uCgQhwUmUbI
xx0oTINBi6kXka7bSDAlxlSuFksBp7XkmS8rtnaNreHlG9mHr6WCNjcpplufbqNGDcuG9YrKGeFD
FFwATCwoXH1QK4Hq5ITvgmCG2wXlPiho+XiHanaTa2YYTCLiijo4AV8ifuPo8A7k8PyCr04welBv
dmuOElCoIt00pgVLTInij/kNNesuPaJHqV/4wix9bmAeY6ogwnH8i/iDfwEL8Y+ImVgguBp0EaaD
rsW3I3UlXg6f9X6DlOf0Hsfh8mgo+3khgzmIEx9k67k80poyIyoD43dpEjUlTqkET83VU6wphyju
0sR78iSkmgbmujx7eX1NrwEV+bGe2S21PErULPln8BLcmlzvkygO+PwoKnhAj0AywwVs9JblbZ8B
Js7o3i11V/EP9f3Wvjrc+ethdhMXX4xKN4GgeB3jTb92Y72vbH1nauV6eO+SLyOT6764mM2XZ4GE
mrxzXX27Tz4deOA4dxCqrnElDI0JS9j7OeFArqJJlHKIh/SXURnK4yzSfA44Wjd9H4q8gccNrAsS
Z68Ovng1ITQfF8ZBFJKQwTbbwnRWZlt4lZrZlk9zoMtriFYG74EYYJCkj/SV7kwxbsgmHoPX5mRz
EPFetgI8u9cB/JSf+Ofu3bWjTv+4+PBeG8jMwgzChcaRpRj6TXV9qHeeg6wHixnf5OzRgLEuvQR6
BZ4qO1pqc1VMXgW6NQFQfreLv9q1Fx0w657ME8rj6iuKbDa7M/Eg0RfcCKFAtw4RjloA6OI5AOiJ
/UOJsQft8zY6dL4CxjyZjYM2EHR3WbfG2PNLhNHGzi6hotDQVzOfznRTExQUXEjdhdIDdkQ0TQwW
FfZP/XcIjrUhtFA5N7eQTSe7yg7f9bXV5ddyP5VxP+u34H4KZgXrnC8Cv2tZtAwflSA5tkTkMIwn
WRdS0LiBiRZsPoOKzYevRdI3NaSY1Ay3kEgf/4L5h68ngmXJ9H9ckYJRIUw8toCR/O2RMLLsvivJ
6i9j0zJA2SC3aaYoHkXFhLoAkTt4lQE1IrdDOWPAwy0ZnGtGv1ApucRccp4hRIg8b2ovnM40wPvV
tibvsBaxFIT9vc7aIj9GL3mZhbLnBZiPFFkFTotUEe/vyMShOebdfQ8l04Wtwanbzsrro/nZdRHU
26hOO6GjfNiKtiMR3hIXyrq7n0nU2gQCWOR58AuodO0ouAGdK5eSQiAjxehOs2/UWoqaF/l2PcrO
R/I52a4EMYP3eFxgxED76i9065r4fFXZYSmqphzcZf+eYRa6DjBB4cpZ97vbf/L1/Iz2n4cbFfvP
+sOHq/N/K/vPLe0/BhXygFGlpOZg6InW6DANwN7Ll1uvtnMzkUUqFJYufIAPxiS8AcfGk0CKk5Xr
3Kr5kX/S+DfVRTgaaSNAeg0cVVsgSh+g2//soPDrAXUfoWsOlGTlTDBgp/uo23WJ7NLdtSiYJzQ6
nEPhozUMYAwj2CO9P2F2IGkbCzvAlsR6wFk/+fpfdKzM5qfjcKgu/PEZtV2CC11DJLw5H6EcWmgp
kmiaQ/TYYKqacBJg7vj1P/6x221yc+jWoxSo8kFZiVOtZtYmaPtifkoyKdVBabBg7iLZkp7QMnCy
ZOPm0UJT7nJTDQt/6BCNRq1bWGm+ITseGfGiaY24pMXJeqmpL6CT6+JjWhOQ9SwQHlB2gsfsF0b+
SSFTnFBVcqfqxO8VYwrH1czjW+Q0QjRCKwgvF33DFLk5wJWGNT77Pc0kuKNcRePBvSUPATflIWKp
POTBynNBR5lAnbWD7jbgedW91hN086nWFPu4heRfuoIu12dpU2t7AqlymYxoWjDwFgncZhjSRvuO
sL3nLqU+67inMUaNMOwBFqxs1S+VrYaGPYRXb0h3ARfWBVszVgSbMxZiszDSZ+Ve0PQiKyZdYRME
k9yiocFQUTZZDidUaQmVIxMGt0hWDM7STFcLfvwa72LTvK+pLmKAZHu2JZyEBgRojCia32fLW2BT
39Uis05o4oc6SzarztjmV9QkAgCa2WSJHbQmcVbq+sSFGDLinNQ5xuBNKaGYToet0EBBd+YS9RvI
mdkSz8Ar7im9c/fxYyMWdhZHaTSMxnwx/dsp7RMMkM12A/5AHR745oh+8AkAAhDqBlIOv8MYbbk2
uMgPPGaPnkcXltkN+mkL08x0psyYwM8z+k33oV3AKihgeFltrcRwFKHnnY+jU0C0vNO2YBoVz5Sk
0lUcOGRXs42MlfY7HcYkVJt4NMxykePaHOWCtAm+wZbSEMdg0XB0IiwW3hkqYlbCJn2GZvOYZpO/
yXDrDh1lx81auCsZymA6ejob/XdEQM3MvVcKSDcq3oVQUQ6FLUf+2ixaQUO5Mme0nCuV7BsnoG2N
RsyBRBrAoYHWTfYeIDXk3I90BnVHKE3itnhzpAEiPm5X7xDX7CvZXfqWOyjbhoYFrkLec9SXZaw1
nck7fVOoWGJujxu2tF7Sa7leWb/GV0DX+aYW4vZV+qbb47kQZVspi6vP6rP6rD6rz+qz+qw+q8/q
s/qsPqvP6rP6rD6rz+qz+qw+q8/qs/qsPqvP6rP6rD6rz3/s5/8D0vzJFADwAAA=
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

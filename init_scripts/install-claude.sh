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
H4sIAAAAAAACA+19e1/bRtbw/u1PMVGcWiLIF0KSranbUqAN2yRkgbTbFygVtsDa2JIryRCWsJ/9
PbeRRheTtNtkd5+1f22wpbmeOXPuc2bkn3vzSZq0k/GfPtanC58n6+v0Fz7lv48fPXqqv/PzXre3
1v2T6v7pE3zmSerF0P2f/jc/91Uy9ieT4dgfvuGvgzMvGatRkHhnE39wsLXWfbSu1H0V+95InV2r
dOyr82DiJ/DNS1USzeOhD9+DREWh39jaPN3e+Xbz9fPD052X26/2dl8eDrwwHcfRLBiab1/sbe88
H4y81DuLg+GbxB1OvPnId5MoDP3UXXefmKX3914f7gwSP74MwgvXD0ezKAjTBIvQq9PN3dPvNg93
ftz8aeAF7oWX+lfetdnCq58On+29HHTyHjuz63QchY86Z0Eo37HCi+ffPt/78fTF7svTH3b2D3ah
0qP2ertrvHu1i896vXYPH7589eL01ebW95vf7Qy+zubqekFHpjSMRr5Ze3/vm51BK5jOojhV/GcS
nLWnfurh6JSXqOnG5eBmlD06sl56U986aU+iKz+2nf6ofenHSRCF6jyK1UgFoZq2YdHSODibp/A8
sZ3bjXBgTSfnUMdSwbnKv4fqUvmTxNeP3ORNEIbX1sYsBqja4epl+8LHv5blOC0c+tbzzdfbO6cv
Nv92ur9zuL+7czB4hM9hLj/sbu/snx78uHu49Qwet6ToFqzv6euDndNvdrb397a+V+XnANzDnb9V
Hn+79/rl9v5PleebLw+f7e+92t063fzx4I633+3tffcc3jzfe71dKfYCyj3fqTwWzKGZEl7iJHf3
d17svDyEGckyPnKfCnYO1rprT9zumtv7/E4MVqUnUu+J23v8QfWi2Tx5Xy0uU+3Lfcz1ej33Ufc3
9Mb1nrrdnru2dkd/BKwcTKcv9w53t3ZOtzd/Ohh8TptlH6B6+nz3xS7AsNkKwtk8VWn0xg+Td7uH
r14cp0hKrqL4TTLzhv5xK1FmGTXzYzUNwnnqA2FhAjPzrl147FIJNYVtNeFW4iiaqtD3R4k692GH
ALX6de4naaKAREUhECjbU5PgYpzCO/+tHw+DxF9VsHW8NAVq4vvYuUrncZg4q8pTszi6DHB/+SMX
N/T8YoxD04SHq6oxtAgNToJpkKrzGMaAg9nOYKa84TCahzAl35seh9E8NWCwVw+DQqH/g0DIJvvu
r68O4P9n72CQceDTXGvgod/+H5k+Lugc+Ng7pNv0Bf9RMTAs/kYN8Yw2d9V3zMgQENyDrn+cxh6M
XwmnO8VnpwKrUyh0qrEmLhZhvDJL4Jw10MfRjJj7Kj4KVTwPFTAvZLlekgB3Ae6W6PaUN5tNrnlG
Gibv9BeeUPaLxp79dCf+pV61ujkiaGhI42jiZ22XZ6yfv2fWWbE/fubtlWPg1jhTGTi25oUJIt8o
AnQKo1SFwLiP08VtQc9XUB3xFKtnswVo5LDh9pMNVdkexe3AxZQXC7kotjfzLmjSByxGEQX/BsSc
V5uHzwadeRJ3JtHQm6A8hK+e735TeQVySqcyF2Kbmy9B/tk+Pdg5PNx9+d2B1PTToSkFdaZeCIMY
uYmfptBI0v57wlLXweHm4Wtd69KL63vqwJ90Th0+3/tOSqfTWScIg9RNhnEwS4VRgah00fjT8nP3
B+XOj6j6fYD+t9Z73F0v6n/dp93HvaX+95+l/yExgX0Z4GOmMJpMD6MpbOtRVSFswC5X7jxSs2Dm
n3vBpFHsjkoORrkJotFWVvPmm82DZ6cHe6/3t3aOuicPOiu3HaOMpd69A/YN1LbH2t/e4aB5s/ty
95C+992mPRwtaKbdzv6z1GefqdnVSLmvnNvG0ZFqSmNqMFAddXKC73X7QigHukzTIJxCKQvvNOXM
CVvhtUHrhJIVawtlI/3qJ5jc9ubh5jf7u1vfH4gWC5OsaLa3WDxTuZs3ouMc7Oz/APQ4e1Osqp/e
ZppPXpN+FovTo9uikkxDr+rMNHXhBYPms70XO502E+ZOhfZ/u7n7/GDQRXD/uLn/Er42GtEb21E3
ihTSc9VSKnqj4PMgOQ5bsLor1oa6bQTheVQqho/Kxa68OCwVw0fFYlnnTdvW39VD1XMcbOLMG5Va
wEFXWuCZcAv0PW8h8YeolxdaOQ6LAx17lz4VkC2l3Et417PUl7ADLjvhfDJRa19+1sOyo8AvtPUg
6Wejuenev7/SubWk8mdrG7xj4M1a3+3dUmfzBDjxqR/HUVzTkLIT38e/rgs7dubUNWz8zvtYw7an
XsLrF5wr2FtuqJo3PfcWttUGy1d5ZyvwoaZ7/W5/HYdGlgldwJ6HgC9OawOkM2w59kfeMMW2G0qR
TAJCT+ijvlTcKYd73+/ARrkFNWDQskfeLDjqup977vnJTe/J6u07//ovR5vu//Pcf8DjU5ef5k/a
8GjFaUEnV2MQC9XutwcDtoG5MfcIZEimRj9xaqOogUiKj/+hmjAkpCNQDgvA6PBPp2PhCwv+3MBf
mjOCwLqlqtwZkiNqdPBP1Yx12+VmmMKB+r15uPXsqHdya9U8NDrANkKfusnBz+uKTVrwhgrcNsS2
dHrBKIbDsc0qutqaIMI7oOUxkPof4NuYYBQC2iMlpTI4/NvG0DsdR0lx6cbFNXu2dwAECiGBL8YP
OvhVoDlGQMK/0Og4TWcrAtrxAH8l/U6nOW6YE8Pxja0G9ZtJzDSdxKcBtpLOz7jR9/a/P3i1ubVD
vQ86nRnWZCLeySq2/fDSgr2X70NjpjK7N/71Ke4VPy7MMbkK0uEYeGCYDGwHHiPflIcgjDfrrGi0
3Fjj4cC2mlx40LWcbAlhOLhnsMjR17DyKjeAAQLsnL7efz6QPcq8SkvhsA9cGKjLAxX4aIp8Crzf
P53HkxKc2itWtX1LrfTVinVsH/1snawcO1Z7pXPcy8Cnif/7oBb7aRD7Uz8sYgYp9oAEvQcPjo9W
YBeDloSqlBqhuhX7swmsCtaCGros/b1vmKxuKy+T6yT1p20vaN/KSmDDsgwV01+2o3H3twatjADU
jkR98cUXVhPaszQVaFKnvA+wiiVIO4xCgPfcz8r11L2BysemkdtofJC/bd4Yz8vTNbdAxg9wpIgK
Rj0eIwB/Doywq7d+9qTXKC3OKclshSWqzD+NRqCqwv8JNcSgqkJJfWEXmiYa4vB8s+FQW8BJqbo7
Vw8ffFsuwrzlHhJa7PcLRfPMeAxNEPg20iCE8JWXKO50hMoxFe6rLdoWagsWioQCMjT5QABBMwfN
IF1VyIdNTVpNUWtPo5mo+rBxNhRKurzDTnnNbVOKcmA6yoQ+NRr71APL0BNQRHA/5quC+BngwgA8
UaSwc2C4o2xRHz5IHOWq0juCCL90QJr985P1btdB2mPb2Jz6Ui003joIZuZFKCNp4AWwec/8CgCV
HdA3aBP/cfqasv0WYJz5sBF9WjQhSAKO02AkGKeFiO1vTreevz44BFq5u90niQIF9ZsS4S8UA5GC
IYoUR5nkH/bheXBxnB4BzwcSlrZXpOMBUjWFVK1E1EhyL5O0C5gMimrz8E0YXYU8BfasnAorLW6c
IEnVpczqLXOAn2Qm2bahMrRZLC5gKXfIozD9SIWxONiCgOpSGvSH4wiqXVrmsGQ4sINQ5FT8UEQz
Q/bUz/2JyHEw2BsaDKlT/LpOqBNpsVxUC3eayKBQx8MKQiAIsygpwGmG9P++pXUjS6SB5ox0tH0s
T0KB8buzYjz5UXPv7N3JCXeHptBCV/OiIPIa1CYWRGTiIIDMBaAEsZzqGsRmzvRKG36H8zgG9HbJ
rAv8wnXFto96TwmFCrwWK5C/byGHNcUsTSeKO2Au653G3hAoVJG38rrNgIzFQ2SR9BsGn+EHkVrQ
MLSDkCyZ59E8HG0okPEBRfwEaEI6JuL14jnaS9NgSoZXfILmOMXmOFYkiHuIZc6xBPVHqnm4j5LX
9u6+cDxDKVFWGKlkPkRjRAzKUxRf940K2EhBKIfpAPsVREN4APu4mV3fP75/TyMO/kR9BbGDHb4r
uKKI1lCbR4DVCG+RVMRDgIoFL2nzVV228zSYoLt2Lp7Tefs8CEenycwf2trd6rSjOLgIQqdV2KoC
g3MYFXRDm0RoJhlKh5OgnY2JVoK8Hy+e03KMPTQuq5Y3T6NJdCHUtqVs9n8UVfKHBPCC6cUw7/Qe
P8KXBee2LDB5M0zzTE4x/v4rAo4J369vlSVavxqo4wKJ2n15bJGiqOco9LCNIDXAYewiQVo/k0qh
+td1jBHGIgOArQX/ZWhi9leFqSXUioxTLjVeqpzjmNArs2jxNQ0kwzpVXA8eONlL/vLX073X+yBE
AjhVNI9Bx7bbmtJ2OspCJSqN0H8fXsDuIxHRA+leo1GpaZCXYIeUC7WN2bbHUfQmAZWh1Vi09N3e
E1z65nA6WgX6FgfwL0m2aN2DFc7MfTKDnZeb3zzfoe0h80H9GGc0nwHJSu3mGAQAQhEYkvTPwLZ5
ODCxqTezEQA4Sdgr/ls7jec+SB2A0s2AlvkdttEMcJcSeaQW2rwU3M5RMzhRDweoD4JYJm/w6wY0
cJNez0CyswS81qpmaX2a6i31hMj8TlqDBRiom9vsd/sApTt8eHTSkOF44bVtvD0CnleYJa5jXgZf
0yQdmhBPwGj73YDgkIPNMWfHZWB6Rzf0u6+OmuOT2xOcIA8b1b980PCrLRtOBC1EUbb64Yptw7a0
EMqWng0uNqklVhG4RkvYxPfYxuv9XahPNXT/2AIhyt1N7Pzt1c7+LguYmy92sBWqBQTNn9gLSu5u
O9hPS3Bue/egDulgBHa2eAAGxCZaDwSdIB2BvgbqtQiq8ZOLJP4EqAHhKTQMzC9bIIEBo6kUswvN
cXncnjnST/zwApjllwqkcCfHcXNwA8Q2HgtBJ39V6rrw41223dBAoeeC6AEzoXbuRIxVVbfcqzLB
2tVZVQuW15E5YecDQs18MvCsAsDqPARc5cr01Kz+fooGEkiiPJOGCToZ1ngDm2zZUIRISB18QXL/
Pfvqnt5YPFwrOj+39BJZUYgm0RloiKjl9NWxnbdX3hrQd+3L3W3iDtvMhJXddZDWpIW2CjsVS9si
JQjrhirMPh8qu46SffWBpEzmaMn0QNiItDxCGIzFHQsXSHZwhZOXtKCYPO4kDg9aN7ctjH1RQGcG
rRZZWPAvEOwBMzdkNUE8EPdOzoQNR45hIOiRlABY0YRKC1wPmXQPK04jKZgOaFhNG2RKfGeVG1eI
Xa6vWshtiBBGZ38HamC1ytZ6tgthc+S7utEqmRjP+9J5wPECnvrLAQhS3NgGUI7zFFES5OkgETt7
rj7dallo6MGSsI09wOG7LnvKncwg7WdzRIABpGFuOIOYdcpsb1jGcGnOWBQRm9ab2hB04mmIgkE2
NAA1zAYqZCq32tig0cgerR1O0aqjjLG5KCCEqVrLxijsoDLIwsKgqI+oBLuT0Ir7uFHxFOVtEuRo
SQ27AI9zxTGM8LbdvO+QxVWg28M5ui5O+A2GJQCmOoSuTViTZBzAQm1sQIF8z7uIxQ7jcqGQn3hD
+WlY5cmaBWr36x+0nRCQ35pfUjRKrtjUQ8h1vfgCa8Ds8N+SKIoGKxd3qCUlkZ9byNX1A2LN2k6p
4c2E7m5wT9/gVnZnDFlju1lmUYYwTrxR9T8gyqgvZVlyxdU/hYFpqsE7HmgcqHU1lK/v5qr3rcrI
w6BRXU9RM/Sa0k93DCRffF2shYo/q8sDV2hbe1dZfm2XWmNTVFmDhfZZI/MUDBEQzpiEgQ/c/opT
rCzmJBXN0HEIG6tn6bIrjrZK3KlAIyYOU3+EHGMKygVGaOfadDYcBFOzp9uWJVI8utwybJS9yb73
3fYtrxf0NQFd5HR97fOiEQej6wABYBFAlT8P3rIdAdcFg65SpL5hhKsx9dLhuOBwa7aO09zoXmkp
W0sm4zAF9JfpYplZivuzmlSPqO1bYhpn0PAbUeFwjozkxcBVKx/mvDTMMg5TN4K8szg6809Bh8bV
KLI9iQ+jmHAlv5CpzeMJgsK9IrfwDXq1SI8D+uW6QwzWHaYu2liQsj2GZ1PvLf1Wva5yn6mvXXXM
ePRMtbZAMUT6c0iaEIarBUMPsaiDe7hFRuKbY4ujJ60+6Oxrx9YqPPDeSpwcPO3hA5kC/DxCNxN3
AXjduex19EsmD5vzdBzFwT88xtZvfNAiY9V8VDHt46wAh3jqwAJhlcPWbcbE8DXvyvVuF7bcWrfr
oPffIlOTdKniCCP4uI2EHDnNNeJQEjg7T/yRI/sFUNJhTwA2wSZp4LZ54B7sEJsLXSuyghnIjIya
u3lAA125tXS7tFNu/6uDzEy73L8n/qu3vra+Xj7/s9Z9vIz/+iTxX/couBNPwKAKhLFftUFa7faC
gEwOIKTALRs4iwgRNtLsSRC+QYHLanZhyzid97RhBnYRFxOyCYQL6EtrZ+/bFj/vF6zJ6sgdnzQa
W/goEeMztDuZEB1aVRhJtVpw82klYBW96EEcheSEsoVwYOgKkI7Vhqg25P5jGZd9gfA+KcbhcnT5
1dhPMRI8ozGtRMmBpcx32ID5UUQ6tjMc+jOJ+uXoXRsoeaJ5tdNu7CAwWI7vgxyCML1WNrrlyCwK
c4yucKggXCXRFHrHriQCPnhLA15jgUCRQAAt7n1LDMpQFu6WfFSr5eCfRbIJyGdz1m5ZOmGaqIOd
lLVrrIXV0NZjXrlM10LiLosJ1Je/uK4+4LQgfIDUYCiee6sy74LpruLIsyyuWezBpqZHjEEeB3QE
4J9GBXUG7Bb1MhgJolIfxDFYKg/gfMX7BC09IKD3VRsr4g6KhziGxK82jg0JeiLPQc9I7i6hhVZn
PvpfrAaIJTKLWOWuR3Pgi+Qk2oPYGsh6fuoFk3JgEhVgPbASiaDNeq37gENhADMctVakMMXWWaZv
p3mD5e9D4datVdNGVrXQj4hrPEQoh6GhAI5MYCOgUTfUFOAWz0Ob4xFfCq+ppVWjmCHTmX5bvSrs
2QZhwQS8nRd0+hUvFntcUlLF9FGUEHY5LVSO74gi8EifybPK+JcH5FiyKgwMq98k7LIQHivwa9S3
VnKI4IybI0VnLAkNNSjERz/SyJVhKY7TREiCCUny+WAPhBBaGtNGqhCpaSLbFGRUBBT6wR542cS0
NyKbSHOKM3gKkltx8IV2YbBIIbFYaSK1xZrTVZWpMlwHJpNvkHNlBhzdOWozMKk86CeVQZut6sE8
qYy5rlRhyE/0kMv+s3v415/O0us7YqbMTVHuC5f80psEIzIa6U44tgunbnqVvVnwvX/9jOO+PjB2
KwcR0lJutwgjs9W+LqIBRGM2S6hpAGwfuBRsEBy7/9YfzlO0DEHdG67cd0NA01s9Ge3iywPQKIqk
DDC0acFwiPEm5LALQlUw9yn7DDT3ixjVNOLdUGI4ATwbOUVyXVlQHnOVJowA7jgLDiOZx74pZpQI
w04ualgNjINkdzt+cxp5lCz+LgK4FB45oCIFAJdKaLyAyRfDm8RpjDF+CuP3CMBGgG5d8Kyxl0qD
oSIwCZSXMOKm9MbSfHhRuAQzk3I1HDxF/DK0C7iTCV5GjMXW810lIgMfgdJ2z+KSwrQrPaHUAM+L
jdV0K5SfhKs0EkWWVhdU9vIm+2PCJE2MQLtAaRVqYj2pmF3Ad1MQwuWt1qpZ4Lqma+ZUAG71vbGK
uBNLCGocsSuITEjTgS5c4s41Tnu/2j39fucn88nrw2e8hsJCRay5uXfZz8xwQpsvcwyF16C649Bw
TCTWe2/w2GnsD/2RjyJ8dCnyu4kAGzwVFcDGJQbKmLvgfAW5lvQPZca9DbIQU8ugCy+QYEHDPiAx
EBB3E0bnhxgonIt3ZuTppRezdmHMPdSBphjLgoDAJo742UkGEUMEM98PerL0TWh6wA8tUrsq0Z8Y
6ECvhc4yPChGrbAJju18sTCi/vRkheYNyF+7GQbHa+8LG36n0M1mWN0KkNUmuAzAjgnh52w4vzQD
nHRcXrbT/sERc0WtQFTAiuCuw7Z/ki2Wx8tTpF0hSu8FiXrGFpNGoTtb+04WRe2YuyyvhlLgZESY
6oWlWn2tq3LEJg4bWZ1WJ6aFIC+Dy0iQSR4oMS0KOaTUFsqUJE7mJjnUD3kYlslg6n2fJhUSANUV
GzTrnxfHucC9mtMjzSt4eK4fovAhCxCkPAtyPYwGRI3OWYwvYKbVfPXjdr1PUUv1IrVgwNZd/mOr
eU6iC/f4cGApeCBUJoMbvyzCSK9yJnogUvalqAYJE6rMQQdocw782I/9RWA4GgXxibL/SfZUDoKe
xRE6Ip3y+u6IRcNqXCWMVJk5xCERY9C8AZ7UdxcwntuGBOYv4p+8kf/FMwZOoxD+z6fZ5BRbvvGv
ksrOB8EgN+8Ag4jiESrsZVELY8qZO1zhypQFxNgLnaIMduGnJISRrJJtcOEoRjlQF0GMbZKsRnGW
TOCbQvqjcHJN46b2MguSRYHz8IVXJD+QAuDCpqxyBGIOA7ZAFRzgmZbM77LcBiZzXFVJhPOZBJcS
5FkrjqkEI8SvxtcOh0dotUsfjygefTDGwJAxDsIX4ZBiTKi2GM1U6wBKoE0mamX93BOTEyBjZW7k
dDEl/MJMdCQHuwvJaZG7aSKVIxz6bP4Vjw06VK6SDsC1s9budipZjjqa7d7hZuH1dwzX5ld9w5Wi
VLefOVLKVkm9EGKcxNj+qwU2ytwD2V/v9sSrgqVj/xxdLqY1Ewv0UQvmEwOxBBHHbDzJttcGJ1tg
pIFmYj8ZSzqDKDbFcw9mribRRVAcxSMn27KAkLSUEdloZFY2Fumr62hOZF5tbb5Uf329s/8T23G8
PKNHodn1vNkKvNDsNNLtC7hsrMLyrimboMqAQhJ3RADOuln7c38l70Ucg7TNsEHc9sB7yCZsCxo5
pgeYbYvRfCJaKO2+0qCeHR6+As6LiCB6dd5E5ujFrUiocm+A3jYtL5bdmBkRycXAZkZ22CDTME62
jpB3AFeZ2phOBX6K4Rp+ZtIanZEVeYlO3FoN4+wsEAY8tbLM0vAR/X91pwI/bf6/J4+fPir5/3pP
H68t/X//Lv9fJWvD1B/U4knRkdQwHUkL/Ha1rTRMwQd4QcIMomjNKNoRLTpEdoF6vJlqiahRv1Ex
RrF0Bu2tsmD8S5mrUMVf2mo3VRfA/02nHDJvFLca1EaNrcNOgPJO/VVFtjvkmng6hAwNRS9hJkZK
FkWUFBsiKQKhf1+WneJhZJAB0dt4hRmRQOBk9itncrwGEHqXDpDHvgfAo4l5kyTKy5FxARlTdG4K
qOizpAN8CAPkSdRLg1JhocppL8jut6oknx98kQx+q6rdbjvss2irZo2lr0ESA8myBNwaQyYL1xE7
tSTDSA5R29OyKabikrHmr0NUYdRFxHPRKSodgoYGBLwgnkWzVSkKEKE32WjUCrHj6MpAjYqDlhrC
aCt+j35ZLRaR9KMfr0GdEeIVBSnrPhUlBCs5a5W4YuELcG12xjYoTFGCSNH/xXYsFCHEGyvZG2Qv
UtSobmmNWyLez4MTN7uZ/oFeiL1zjBiNgy2lNeO9lh0x5qDBXqEvPESMMAvLR+16ch5rjgFbP4Ny
1++crPQ7HefoZ/jytd1ecZriOJwPahIdYD6Dr0uP107IA4kH+eadztFRfximoH+enHS+uq2cjruZ
90kevsV4rQRQqzY1gR4mJR3A8S1IOiBlaCqcQOIkTyTxsO3S3GBqX90/AbFNThEOqtPSp9TGq6u3
fGj8JkNmeGTx8UXR2QC8pqpkoIO5eozbepsUcRy1J1WD5yV8AbEO6NHgd4d35BuyoOwvzr2ArXxY
4gWHEvfkGx6XQK+MkcrDPXlo9zH7x8lD56smryGdUEf0/026vvhVFmv7VkNsH7VGj4ZYdEit15HP
PIh6I7r0R1p24aQ6Sf1oJFCbOuEsJox7tbtKdYqMJ4eQ1eCziAMaAkGPxvLbcFe3UUVgirymt4y/
eccVqNdxUsAPJBcYEEyNWI6jobB4Rr8pXKmcbApLFZJLmZiWH6a+qUvSkTkbjFkNvZCiBBBDK403
PjDzB7R36U3miEb3uDifRdYP6S8QhDzun54Q1SOgINWj2J6eYsM5/Ln28SASWrz5JCWPt6mHg6xx
AZolfmjq9blYoLRY8B6kM6IlybRJlQetVkM7bqopYGR3ZKS56GHEQhQuxi2VX73PqSluEp6DQUPL
Eb0Vn2bOjtmcbgQfGRJlJVmTNK8tcyhou/OKtFN8xDJSrZxaOkgOXJ4BZAC8QC85mLsQCjAcgk5/
KhadDzxkbhikq7bCMugyu4AhwLCJoGbNs4WBFTUXpri1KsDBSCmMg0ujCixNSoKNASF5H2E0GCh6
iyuCTsmRyUPQoV+1Viq9MubCIGcV2eg/Sf8f+Wfzi39T/v/17tqTSvxv79FS/1/G/y6M/zWwVh0B
SXq++3Ln4KTReIVkKCnEB69q72yyqrPsqHNvmCYUhgDUZeJfwijMWOBVQz1nzU/nAJp4sJ+pM2UL
Z1frXYcys6F7LZcJgQJwM3WRxw3dXhb9oM5A63jTVocchIyhAByIzJqrT2clY+h8HSbnxTB+mNQi
BXRB2C8NcrDebdSchyqchnrfWSg3dFhRwVNPKDqybN2sO4IEi6NPQIXz6RnFhvFASgegPjTCOD9E
xueTSKIwsuxkIXaojYrHlBI30FHMQv4xsgUx3bcLDn72duLxyhtK76BTqBloRQeDtDP0B8EwK1PE
IlgP/SloPa/2dw4Pf2KPNuk7lCI5SlxERFyEoqqTxhiV2bJA8QeeNqft5caOk/eE+KP7apJALrk4
8iI84r4MRsdVlwOtjTYxsDVrM6uAT+uLz6Z9VS0+m9aWvgjSmtLwtLZ0zln7RmmD39ZV4twuMmHO
rtQ00igZoeWf9YxqHOCg4VSJFSH6hAVbJWxpOQVs2MpzeWn4M9kJMLDCLqS3chRlc8fnAeDIHHaW
GkcU1IyhsLAxr7DSqx+3C10Uogk5jx2FTVE8/OwCZUQ/S0y1o1o/5xE579iC9y6XZd5xjMI7OVv7
bvsb57QlOR3L5yUvtTtxhQSgFSi28v3OT/T3YGcLkJu+vto8OADlfhs2tc4/VQ7EMj1ZeRl6V3JQ
yflD40xBfdC2JcyilKnrs16lMhFnouVNptz8ry3Zd6kljCTHTcvJMRNxUsHbaps6jlpGI0EJpfEY
oQrF2q/iiE5CEwdQdsYSBKmYcnR+vq++/PLLmpz08LTZWcX3X3zxRc17eNpkuwrHVku0HQ/jVlNF
TqvaEFl96Rf7H/P/Fdzun1j+X3uy9rji/+uuL+X//2H5/3c6Fgto3Gh8G8HQa0PGQag+99Hu5Smq
ofY2c/OKXWt1abjuObanO3FW5SB60XtWCB3nOGcKGE/aapOYVjCs8U+K2ZASbFLrQPY5UE/yZKKP
D5UGzhgqp898CnWpOSeom+CYmzxynZ6jW4pPXNXqCQs8Th8onBPL/vAzBcz46w4BoLnFvuN0gdMH
KDA8tVuNHG06VUo7F792z/GRxCGtqjiic2eBTsIqkVp0nY+O9EZwodGpijqwxIwrZOJpF02CpbMO
Weq+0A/IpFWZaCj5EkvoiX7BS1giDMq0GpgDY2Avsv85ldMkOmE2HyXBQWALDwd2ZimkIyROg9OI
GH3jUXcoyhmlS/hejsdeVK0QYahNnr/D+kjJGCgvSNnhY5ogMxDXW0oZzzdwsVA89i68YJG1rnmD
UOk/zKx2+O+ttgsyCLjRDCsl5m6joOOTVxmRC/EogY36NtU7T9m9x3ibl9wchfFx9PWKyQTtbX9k
NT49/zfdf5/a/veo96hs/+s9fvJ0yf+X/P+38n8TjRuNAwrXuEI+WmLSvI+NJKd2s860X6XMzmoj
N8vh9q4a5fKE4bmfgTgS8ycM0KlwbO2fN+k+smkM2PxYTJr91HZd9n9HO7Hxzx0R/OSZ8SZ3BJuD
blnKTq3rtFqN3xCpLvHiUpnCMXSUw0oldh/z41O5+7XxZn11WzwZx7CHsck3jryokVys8mk53hz9
Kl+3WTLZMGWxLMwJcUNkN8BFMwdFkDh1Q1vQaz3Ls8noDEKE7hq50UZ9fPU5C8hBWsg3sKhfcYSV
2V8+4mx97t25PjoQ6vf41GicucCTnzm58wxtVqwvbwlItCL0k8LK5ChFIOTBKZyxrY0R6avfEyMi
p9f/8JOOVamZDW2c0FHTH7RaojRFvgo91+LBRkOYoSO3JDXJcSAWYOapL+cDztGu6YXXKMxYZeFs
aUf6b7H/6HNgkqbxk8p/vbXHZfvPGgiAS/lv6f99j/+3hLXqaHt3/6TR2PenkY7hllOz+gwk0sf5
DAOw6w9AIlXGXIrauUvpABpykUOeOdHpS8PAv7PUt0xm0+zI54oCmYPyCUGLCzLQ2lfIeX6pTfGe
Z039BTgOTWmDOZUOO6JYeeJiHP8sg+L4Kj4djDCYBWHoj5Q4GKt5paSX0XsMQ6WsnJzcPr9hIh9u
rpPTb7I+SRluXivV+ikeS6XQOBaKEiWaMHm0jAsfluT6Y9N/3gaf2P7fe9Sr2P+fLuN/lvT/Q+m/
Pr1eTM6LGXdPNE/AdATAEorBOFVqU6H9qkL7NxQdj28Uj8dLmI7mN3kKaLUgbUFfXcUBitFVRkLR
QWUmgkGOi9gIGr3recgvfA+5jWyj8R62od7DNpTA8CLSkzUO4uTKmqPm4QRAW0qVDGpdo1mXsJ4P
9uiIYjxq68dZX95s5ntiIPX0iuE53GrsEyPB72JiH5KfImNqizNMaMXPNi50wwesgNNRdSPfjVNi
ngVg6fz2mDS6mlEcXi/IhZGNkqDxAZw3/ADGW7zFYEHXlI0xH/SSV/9X8v+P4gF4H//vrlf0v+7T
pf9/yf8/lP9LLJiw+szsTwzlD+D4TgPDcSULT5rdeUJzZPfB7+DMDX1Dxy90WIiMsOw60CNH+UBT
cPRTcJJUm5gZSgQNs1fuQ992JoBpZ0HIKFaAiAG/69IK43ll5pwyVMmHspoFLANPx1GSmIWOkcKQ
ACRnfgOHm/Lp1g/jusyJFiV7WsiM5ULwW1UjTAxMDlTgroIiOYYBKAY5i3s/HBsM90HT5qBKL9hR
LXr2zn+LSVIAsd7RFDHL5DsGDZ1mjC7K5xc52C7zZcuKsowhfh0GDt8xXwNtJdBGa/zVULkTdpdz
S5bDsKeoRhsEMuTmMIyNLIS9bzV0eOOjQk28eG6O2VJ77qNu9z/qpMry8xH5/2WC+V9cIvmf2v+/
9uRJxf+/vtT/l/7/Rf7/0lnDokxgYrKFl5XJjSXG/QBoTE1BGghGlP3CUz8csHwAJHNrHie5QqRb
XTXuDMAWXtH5gqztytGh3e0d0WSzYABTDvHfAulO6HYCfHVO2RzbWXN/eNp/6w8K6qvk7jcz95cS
k5uJ7400kcou3N0g96wkTiEZ8YJ83tRb3XGqfqF82W9bepd3Y9y8bXTAa4sWFz+exX5KhzP45Eip
YeOMqFRCHVgXhX4YBRJM5lrJCC94ykWsPPM54Z9+TJePSWL2kRy+l0YfDmyrObIcuT4M78O0mzf3
5S2G4jlmfs8cI/uUH5ZLrZzcFtNnwqzqNgNh8jWlz+RgSb7xwi7uOViO+SxfyewkynfZ7FZkYp1s
ByQdT+cvEBHMpbZWLFVzOXAZAbJm8sM4d+RUzEsXs7kyPZjAHuObtjA1huAnmcoCtofpvBlZrIRx
bTmnBNXHzRiWaB2Ti/H4/vE+hZQat5K/BmgknS+uo/mXHWVfBKmbWdRcDBoQWH7MjGglqknZRD8x
/+896lbs/1h8yf+X/P/383/CZFMAkKPBnhLSW1LUkzCYzXTa+SplN9gBB75k7Wbpm4i9kX8W74BP
NAnRAoCEt4kRPlnI7hec4f1DeDibUlAjp3OtfEyyLdaP3XyKr7x0bPWVPjG5ahTW022DBhtceqlv
HkXsg5IK1JfKZwVxOhd419qIbnwGrJi/hZI3siwoM0BXx80beNtHPnFr3JfSl7O3fXmPxSnPE946
iBNZqnB/IP0HCH+EPt5H/+Ftmf73nvaW9H9J/38//aesYRXiT25NoG06U8PddJ78eCABYu5dNJ4G
Z7EXB37ivJ929yTX8Tz8OIS8pL7kB43u1koa5TQ98nhJB5f0P9PgPrn971H3aeX8z/oy/nNJ//8F
+k+YvIADJKk/o6xhdJMjRcFnGTrCGvsH5dTdZ6PhwcGzf4/kzgMclNOHGCJ9deBRcXarfL9RPpNG
Yy/EvPiklczmxPO2iydRu+21J5/TOWL/CluYRBcX7DjVGXXzIxh9mF+vbZ7bSJKxopWA1SPMyN+5
WZCrhn3zRr713S/kmxuMvrzlKxJsT438Ed5iDd3rKjDB7W/2Ve9pu/twgw5djijT0DM81AEwjK9x
mP/stGEgHVYJEYHW2kruJSV8sAQiLsLEMsxEtsBxzIeKz+bBBO1GzipKBTwsqetCzT6An41j0CeO
oN0GVEH1bziOoqRm8u3GbmhapK9Ab4yuEIyP2mqPrxll47ACQQL+/Q22IzWlpMCY73iDhBG2QbXx
Ouy2WmzkLBv1kCrMeO8EKadlqVW1daH36Ne8mYIUl+ExLkPBtKZ3cbvOmg+l8E4UipjO7+xoL7XA
f+VTRJx/i//v0frjtQr/X1vy/yX///DzvzVorMOBDMffBSXKByoYYFgP6kUfEv3TJ3s+ugHIY8h0
tIHsdZ7yk4wqcwDPhG7RmYdo6sMoDWQAXnghR+b4KUeLzuZ0NNT2dO7ABiWlotQk1UAd5Fd5m3TR
ANWvcwR6GB1CF6A31qgrrzz792ebdxeJKOwmKQoomE1QfTFQPcep5ADMLsKVq83p3oEMwFYjjWYY
V4MZ4Lbw2GKv77ZvLRjspTvz4gSFBMzm6kK5iX/pTwpngzPdV+oZt/Xh4pTnbak1Ca7Jn/XxyOLM
qvp08Gl+3TZ5dQpYUBCXvgtS4daJw66eGq6cRvrq2UXM3DhOewP93yclfX9v79C6xXO1Rq3CyVrt
v0srooLgNYtMrQSP+7xBIF0FM3/EodWEZtEs2SCMAlxMfT5pexZ74XBsLg6CRCXX07NoEgzxODEv
TpziHb3Pdja3aUGkXpbvnH4WzqviVd1DRH6s0892xdTDi2rxxD5n90WA4Z211IDVkI1UHRCHd7nu
DE80o0vZPBCst18FXIXgKSllOTVb14YlRTl+Qa8MgDxPyVoX0+dBbcz42MkSQapOS3sn0ZMJ86oh
EqWT2Bno8otzz9V8lqRAYacVOJhbxjs7w5+0RL+q1tc3utZtq7CBjCzOHk6gtlGkaXSr2Rxoo9lW
u40L2HL0xe62TY1kzmcBND2UVcaQtCifmkEIYbGbumXzsnddFLC2viTdFJ3d1SZ9SiW59liXJmbB
eO7OJZW9Hkt+kRX5XOlGqv/bt1BVSdQnt/8/XXtcuf9pvbfM//K/LP+9J/67hrEesVCSnKij1/vP
Ue4D9gE0n+6ViOJVVjxdN/SvVtUQhscpDJQ/naXXhnzg0FmrxgLm/AXO78tVSSqDaTsTFAPpzkiD
y7bVJiZOOKfcTqSuNvTF91f66mtMR5Upvm3KqryqzSR0oEYprfzTs6KYaghy9BZag5kiFXbn2Awm
lVWvD3b2iR5m57Tocd6SmfUGC8v1WDV5b7Dh0Sqd8Y3Z082p/T00d3gx3sQlgzUSTFSBiP1rKGKT
Z9ik0GmetPwA+j6cUPYbycPDiXbkLUXtYQo8Awz2lLg+M1pa55zv8npX6xhjxd5gfXBQAQ6KTCPk
4/YVpsGgxdSLSNdtJJgSI5SrxVLAaS155suKrV1ja3j5Rvbha6mgzQ2K6dan26hRw7LReEnljPAh
Ci4AJuYXrj6olUB1csI3vj/D7YJyHxRseHiHanaTa2YYTCLiijo4AV8ifuPo8A7k4GLMVycYPajX
uzVHCShUkW4a04IlpkTxJvyGmnUWHtGj1C98YZY+NzCPMVUQ4Tj+RfzBv4CF+EfETCzgXw26CNNB
t8G3I3UlXg6f9f6AlOf0Hsfh8Ggo+3khgzmIE+9k6zk80poyIyoD43doEjUlzqgET83RU6wphyju
0MR78iSgmgbmOjx7eX1NrwEV+bGe2QdqeZSoWfLP4CW4Nbnep1Hs8/lRVPCAHoFkhgvY7C3K2z4D
TJzRvVvqvuIf6ofNfXW487fD7CYuvhiVbgJB8TrGm36t5lpfWfrO1Mr18O4lX0Ym131xMYsvzwIJ
NXnjOPp2n3w68MC27yFUHeNKGBoTlrD2c8KBXEWTKGUTD+kvojKUx1mk+RxwtG76PhR5A4+bWBck
zl4dfPFqQmg+LoyDKCQhg2W2hemszLbwKjWzLY/mQJfXEK303wIxwCBJD+kr3Zli3JBNPAavzcnm
IOK9bAV49qAD+Ck/8c/9+ytHnf5J8eGDNpCZWzMIFxpHlmLoN9X1od55DrIeLGZ8m7NHA8a69ALo
FXiq7GipzVUxeRXo1gRA+d0u/mrXXnTArHs6TyiPq6costnszsSDRF9wI4QC3TpEOGoBoIvnAKAn
1o8lxu63L9ro0PkaGPN0NvHbQNCdRd0aY88vEUYbO7uEikJDX808OtNNTVBQcCF1F0oP2BHRNDFY
VNg/9d8hONaG0ELl3NxCNp3sKjt819dWl9/L/VTG/Rp/BPdTMCtY53wR+N1qg5bhTgmSY0tEDsN4
kjUhBc0bmGjB5jOo2Hz4WiR9U0OKSc1wC4n08S+Yf/h6IliWTP/HFSkYFYLEZQsYyd8uCSOL7ruS
rP4yNi0DlA1yG2aK4lFUTKgLELmHVxlQI3I7lD0BPNyUwTlm9AuVkkvMJecZQoTI84b2wulMA7xf
rcb0DdYiloKwf9BZuc2P0UteZqHseQHmI0VWgdMiVcT9FZk4NMe8u++iZHpraXDqtrPy+mh+dl0E
9Taq007oKB+2ou1IhLfEhbLuHmYStTaBABa5LvwCKl07Cm5A58qlpBDISDG60+wbtZai5kW+XZey
85F8TrYrQUz/LR4XGDHQvv4r3bomPl9VdliKqikHd9m/Z5iFrn1MULh01n10+0++np/Q/vN4vWL/
WXv8eHn+b2n/+UD7j0GFXGBUKak5GHqiNTpMA7D34sXmy+3cTNQgFQpLFz7AB2MS3oBj40kgxcnK
dW7V/Mg/afwbahyMRtoIkF4DR9UWiNIH6PY/Oyj8ukDdR+iaAyVZ2VMM2Ok+6XYdIrt0dy0K5gmN
DudQ+GgNAxjDCPZI73PMDiRtY2Eb2JJYDzjrJ1//i46V2fxsEgzV2JucU9sluNA1RMKb8xHKoYVV
RRJNa4geG0xVE0x9zB2/9uc/d7stbg7depQCVT4oK3Gq1czaBG2P52ckk1IdlAYL5i6SLekJLQMn
SzZuHi005Sw21bDwhw7RaLT6AVaab8mOR0a8KKwRl7Q4WS819QV0cl18TGsCsl4DhAeUneAx+4WR
f1LIFCdUldypOvF7xZjCcTXz+ANyGiEaoRWEl4u+YYrcHOBKwxqffUwzCe4oR9F4cG/JQ8BNeYhY
Kg95sPJc0FEmUGftoLsNeF51r/UEnXyqNcXutpD8S1fQ5fosbWptTyBVLpMRTQsG3iKB2wxD2mjf
Ebb3nIXUZw33NMaoEYY9woKVrfqVstTQsIfw6g3pLuDCumBrxopgc8ZCbBRGulXuBU0vsmLSFTZB
MMktGhoMFWWT5XBClVWhcmTC4BbJisFZmulqwbuv8S42zfua6iIGSLZnS8JJaECAxoii+X22vAU2
9F0tMuuEJn6os2Sz6oxtfk1NIgCgmQ2W2EFrEmelrk9ciCEjzkmdYwzelBKK6XTYCg0UdGcuUb+B
nJkt8Qy84p7SO3efPjViYWdxlEbDaMIX0x+HtE8wQDbbDfgDdXjgmyP6wScACECoG0g5/A5jtOTa
4CI/cJk9ui5dWGY16aclTDPTmTJjAj/P6DfdhzaGVVDA8LLaWonhKELXvZhEZ4BoeadtwTQqnilJ
pas4cMiOZhsZK+13OoxJqDbxaJjlIse1OMoFaRN8gy2lIY7BosHoVFgsvDNUxKyERfoMzeYpzSZ/
k+HWPTrKjpu1cFcylMF09HQ2+ldEQM3M3ZcKSDcq3oVQUQ6FLUf+WixaQUO5Mme0nCuV7BsnoG2O
RsyBRBrAoYHWTfYeIDXk3I90BnVbKE3irPLmSH1EfNyu7iGu2deyu/Qtd1C2DQ0LXIW856gvy1hr
OpN3+qZQscR8OG5Y0npJr+V6Zf0aXwFd55taiNtX6Ztuj+dClG2pLC4/y8/ys/wsP8vP8rP8LD/L
z/Kz/Cw/y8/ys/wsP8vP8rP8LD//NZ//D6+0W7AA8AAA
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

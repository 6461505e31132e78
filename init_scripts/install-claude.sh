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
  message=$(ca_setting_problem "$1" "$2") && return 0
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
for f in m["files"]:
    p = f["path"]
    assert re.fullmatch(r"[A-Za-z0-9._+@=-]+(/[A-Za-z0-9._+@=-]+)*", p) and ".." not in p.split("/"), p
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
  local platform version entry path size sha dir tmp
  offline_ready || return 0
  platform=$(offline_platform) version=$(offline_claude_version)
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
  local path size sha _ wheels='' req=''
  REASON="the bundle's manifest was not verified (see the bundle step); nothing installed"
  [[ -f $(offline_work)/files.tsv ]] || return 1
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
H4sIAAAAAAACA+19e1/bRtZw/9anmCpuLRHLF0KSXRO3pYE2bJOQBdJuX0KpsAVoY0teSYawhP3s
z7mNNLo4yfaSPu9T65dfsKTRXM6cOfc5MwnO/MU0S7vpxSe/19WH68HGBv2Fq/p3cO/hQ/2bnw/6
g/X+J6r/yUe4FmnmJ9D8J3/O645KL4LpdHwRjF/zz9Gpn16oSZj6p9NgdPB4vX9vQ6k7Kgn8iTq9
VtlFoM7CaZDCLz9TabxIxgH8DlMVR4H1eOtke+ebrZdPD092nm+/2Nt9fjjyo+wiiefh2Hz7bG97
5+lo4mf+aRKOX6feeOovJoGXxlEUZN6G98Asvb/38nBnlAbJZRide0E0mcdhlKVmkRc/Hj7Zez7q
FVX25tfZRRzd652GkfzGD549/ebp3g8nz3afn3y/s3+wCx/d6250+8a7F7v4bDDoDvDh8xfPTl5s
Pf5u69ud0Vf5YDw/7Emfx/EkML/e3/t6Z9QOZ/M4yRT/mYan3VmQ+dg75adqtnk5upnkj47s5/4s
sI+70/gqSBx3OOleBkkaxpE6ixM1UWGkZl2YlSwJTxcZPE8d93YzGtmz6Rl8Y6vwTBW/I3Wpgmka
6Ede+jqMomt7c54A2Jyoc9k9D/CvbbtuG7v++OnWy+2dk2db/zjZ3znc3905GN3D518DlF5sHT4Z
9RZp0pvGY3+K4MRXT3e/rr2CYfYAGjhJfppCd32ZpWdbzwF82ycHO4eHu8+/PZAvg2xsArE38yP/
PJh4aZBlUEna/WfKk3ZwuHX4Un916SfNLfXgT7agBp/ufSuls9m8F0Zh5qXjJJxngmgA6XPrkz/7
hWj5O5L+D6D/g/v3H/bL9L//sH//4Yr+/++i/0j3Yd2F+DhVfhIQYcKn43gGy3ZSZwgWrGLlLWI1
D+cgZ4RTq9wclRxNChHE6iq7dfP11sGTk4O9l/uPd476x5/11m57RhlbvX2rgjdhpog27+/tHY5a
N7vPdw/p99BrOePJkmq63fyfrT7/XM2vJsp74d5aR0eqJZWp0Uj11PExvtf1CyEc6TItgzAKJSy9
05SxIFyl1wYtE0pV/looF7578SMMbnvrcOvr/d3H3x0Ik4NB1hjfLRbPWW7rRgj6wc7+90Bv8zfl
T/VT+pg5cv4l3ZaL06PbMg+lrtdZKg1daP2o9WTv2U6vy4S3V6Pt32ztPj0Y9RHcP2ztP4eflhW/
dlx1o4hfnam2UvFrBddn6auoDbO7Zm+qWyuMzuJKMXxULXblJ1GlGD4qF8sbbzmO/q3uqoHrYhWn
/qRSA3a6VgOPhGug30UNaTBGtl2q5VVU7uiFfxlQAVlSyruEdwNbfQEr4LIXLaZTtf7F5wMsOwmD
Ul2fpcO8Nzf9O3fWere2fPz5+iavGHizPvQGt9TYIgVOexIkSZw0VKScNAjwr+fBip27TRUb90Ub
61j3zE95/kAqgbXlRap1M/BuYVltIsmIjMbW4KKqB8P+cAO7RoKLLuAsIsAXt70JQifWnAQTf5xh
3ZZSJHOoaRgBvYlfl1fK4d53O7BQbkFwHbWdiT8Pj/reX33v7Phm8KBz+za4/tvRlvf/fO/f8PjE
46fFky48WgPRCFDlAqRdtfvNwYhlYC/hFoEMydDoFoc2iS1EUnz8b9WCLiEdgXJYAHqHf3o9G1/Y
8OcG/tKYEQT2LX3KjSE5okpH/1GtRNddrYYp3P7Os63Dx0+OBse3dsNDowGsAyR0bKYAP88rVmnD
Gypwa4noeXLOKIbdccxP9GfrgghvgZaDpOt9D78uCEYRoD1SUiqD3b+1xv7JRZyWp+6iPGdP9g6A
QCEk8MXFZz38KdC8QEDC/1DpRZbN1wS0FyO8S4e9XuvCMgeG/buwLWr3Kk5ep3N/zMNJA+pgO+39
hAt9b/+7A5Dud6j1Ua83xy+ZiPfyD7tBdGnD2ivWoTFSGZ2mayfAQYOTRTKttNZds7eeHz7Z33ux
+/gEpmnn5OX+U1utDdWa/co5+sk+Xnvl2t213qtB3glNQt/X9ngKgkyQnIQTga9eddtfg2j/8uBw
Z/9kd3tISxA5200FUqVisAaTIFskEVauTHiN4+gsPH+VHcEigd5m3TVpeIQDUDiASv+J1VV7f54E
c6Rti+h1FF9FPEmsqZwI7pXQBPUedSmjekOs+sWPMhK9JrmMeqQeOTYXsJU35l6YelmpLy7WIKC6
lAqD8UUMn13aZrekO0DOkEYrfii0zCDW+nkwFcIHnb2hzpD8wa+bqKCQ12pRTQ15OnC2z0LuVhid
ABDjtASnOayawR1bCxO2LJ/WnISafSxPq8i4760ZT37Q6J6/Oz7m5hZpkJSaWpRX7kuQM3jlysBh
xS4EoASxQivnsRMZgkqc4oUaL5IkiDIPG1OzAFhPvMjmi0yhoFBBodKywg9If166mEy6BE0DFKu0
YiHznSX+GFZxabAyb/NrlSZjeMr30PkcP1yEIrBkrXCrKM5AQF5Ek00FTBFQBITmqzC7IIn52VOV
LKIshDGKDI36qWL9lDkviciiqrq2oP5EtQ73kVRt7+4L/TO4uLKjWKWLMUrvCUgbcXI9ND7ASkpc
DIbzyG4JoiE8rmFO59d3Xt35VCMO3iKDR+xgA8oaziiiNXzNPcDPCG+RVCRjgIoNL2nx1U0giyyc
ovljIZaIRfcsjCYn6TwYO9p84XbjJDwPI7ddWqoCgzPoFTRDi4TBc0KWg/E07OZ9opkgm9SzpzQd
F9AmQKftL7IYFH/FX7aVEwUBaC5lGfYuAbykqxj60OD+PXxZMhbJBJ8l8UyZ+kxBMf75LwQcE75/
vVG2iMlqpF6VSNTu81c2SVZ6jEIPuwhSAxzGKhKkDXIGBJ9/ZdMrphsa4aEv0gFYWvAvRxOzvTpM
baFWpM15VHnl4wLHhF6ZRcuvqSM51qnyfHDHScH4299PQHU7GLUBnAoURRBKna6mtL2eslHqyGK0
h0XnsPpgBqLMD6NUo1GlatvFpVYt1DVG272I49ep7W62rWVT3x88wKlvjWeTDtC3JIT/I6A7pA7D
DOf6sYxg5/nW1093aHnIeFCgxBEt5kCyMqd14Q4ZRaBL0j4D2+HuwMBm/txBAOAgYa0Eb5wsWQSu
i8uoFdI0v8U6WiGuUiKPVEOXp4LrOWqFx+ruCAWoAADIb/DnJlRwk13Pg6GyBbx2R7O0IQ31llpC
ZH4rtcEEjNTNbX7fPcjiOT08OrakO3507Rhvj4DnlUaJ81iUwdc0SJcGxAMw6n47IjgUYHPN0XEZ
GN7RDd0P1VHr4vj2GAfI3Qbxzeg03HVlwYmyiyjKajLO2DYsSxuhbOvR4GSTPGuXgWvUhFV8h3W8
3N+F7+kL3T7WQIjy7ip2/vFiZ3/32c7zw5PnW892sBb6CghaMHWWlNzddrGdtuDc9u5BE9JBD5x8
8gAMiE00Hwg6QToCfQPUGxFU4ycXSYMpUAPCU6gYmF8+QQIDRlMp5pSq4/K4PAuknwbROTDLL1Tf
FZQgIJqdGyG2cV8IOsWrStOlm7f5ckOJXo8F0QNGQvW8EzE6qmm6OzLAxtnpqCXT68qYsPERoWYx
GHhWA2B9HAKu6sf01Pz8/RQNJJBU+SYNE3QyzFcGNjmyoAiRkDoEguTBe9bVp3phcXft+OzM1lNk
xxHaEOZBAoJRlA3VK6eor7o0oO3Gl7vbxB22mQkrp+8irclKdZVWKpZ2REoQ1g2fMPu8q5wmSvbl
B5IyGaMtwwNhI9byCGEwFndtnCBZwTVOXtGCEvK8kTg8at/ctqGdTAGdGbXbCgkF/gWCPWLmhqwm
TEZiDy2YsGH5RFlJ6xYkJQBWtOCjJba6XLqHGaeeaE2GoEXdajkgU+I7u1q5QuzyAtVGbkOEMD79
J1ADu101b6lHj6ASrI6MvTdaJRNr01AaD1OSsn31twMQpLiyTaAcZxmiJMjTYSqGqUJ9utWy0Bh0
dDFKhdh9z2PXkZtbcIJ8jAgwgDSMDUeQsE6Zrw3b6C6NGYsiYtN8Ux2CTjwMUTDQSYeghtHAB7nK
rTY3qTeyRhu7U8C1T6+LvnkoIESZWs/7KOyg1snSxKCoj6gEq5PQitu4UckM5W0S5GhKDbsA93PN
NaxWjtO6g7bOSSzQHeAYPQ8H/Br9dICpLqFrC+YkvQhhojY3oUCx5j3EYpdxuVQoSP2x3BpmLOj3
p6h2v/xeuozIby8uUbtShWLTDCHP85Nz/AJGh/9XRNEUVqiHK9SWksjPbeTq+gGxZps4tJ3Dmwnd
u8E9e41L2ZszZI3lZptFGcI4cKtusEOUUV/ItBSKa3ACHdNUg1c80DhQ6xoo39ArVO9blZOHkVWf
T1Ez9JzSrXcBJF+Mw6yFigG4zx2HEgsqUZ5+bZdaZ1NUVYOF+lkj8xV0ERDOGISBD1z/mlv+WMxJ
Kp6jpR0W1sDWZddcbZV4pwKNmDjOgglyjBkoFxjSUGjTeXcQTK2BrlumSHHvtBVVmWVv8t9Dr3sL
8/W/xf9nmhn+IP/vvY17tfif9cEq/ufj+H8/peANDJBBiQ59v41O2m53ScAFBxCQ49aBhSI00UEb
0zSMXiP/sFt9EKjc3nvqMB27tCiFjI1hLT561N7Z+6bNz4cl45g68i6OLesxPkrFlgb1Tqc+EoGO
Qk9qRz3mso/jCRknSKbpgNB1GSZxhJxHOVn8OohSha6rYOJ2LJHUULgTlt1hSS+VdnLnAFAJ+O/q
IoCnbM6bQTvTdqokYEnpgCULxpdmKdczHgfzjKuitpUz6KtUkx63a+0gMFgsGQJZRZheKwddl2Tl
gTHGV9hV4BVpPIPWsSkmn2fhG+rwOtM3RfQNatz7hpiFIfu8m5CrdtvFP8tILbCbBQvrTGyZGGpn
p7J3jbmwLW0M45nLRcf4tbJlMkFY5R+ep+Ofljg+SKqH4oXxPTeWmtZ39jzncUti3jIF11OoUDcP
IiVA5D/GB+oU5CIUM6EniEpD4C4wVT7A+YrXCSquIG8MQdWCD3EFJWPsQxrUK8eKBD2ByZCht7D+
0kSr0wDNybYFUqqMIlGFJ8XseOGYbLVfZe3crktrEGsD1hVkfjitOiapAIu1aBALo0UuTuVWivYd
wKEohBFO2mtSmHzrtmmqbt1g+TtQuH1rN9SRf1pqh8fV4i5COQwNAXDkbhECGjVDVQFu8Ti0dRHx
pfSaauoYxUjERzaMFu7CDaVnhbz/aC03Ae8UBd1hzSjPBuSMJEtABbItR7DKaaIKfEcUgUc6ZM+u
4p8Iil/vPrdlVhgY9rBF2GUjPNbgbjK01wqI4IhbE0UxloSGGhQ8En5VwlLsp4mQBBMSTIrOHggh
tDWmTVQpUsNEthnIzwgoNOt/5ucD08bVfCCtGY7gYb9f6XypXugsUkgsVhlIY7HWrKNyyYy/gcEU
C+RMma7Sd/badKlWO/2g1mmzVt2ZB7U+N5UqdfmB7nLVHfAp/g1m8+z6Hd5ec1FU28Ipv/Sn4YR0
YN0IkvIAFf+Sk8yfh98F10/o3Yd6nQsQIS3lesswMmsd6iIaQNRns4SahcD2gUvBAsG+B2+C8SJD
RRe+veGPh14EaHqrB6M9FoXrnKKQqgBDFR26Q4w3Jf9DGKmS9UI5p6CInCfolCPeDSXGU8CziVsm
17UJ5T7XacIE4I6jYK/4IglMMaNCGHYKUcO2MA6CvYf4y7WKKBm8LwO4Eh4xoiIlAFdKaLyAwQ9L
co/4wDA6QWHkAQHYCNBpCp4x1lKlM1QEBoHyEgYQVN7Ymg8v8/4yM6l+hp2niB+Gdgl3csHLcBk/
frqrRGTwSIjSZpzylMKway2h1ADPy5U1NCuUn4SrLBb1nGZ3kUyri+y3CfAwMQIaqc5CvZERFXNK
+G4KQji99a8aJrip6oYxlYBbf2/MIq7ECoJ2GLmrHAohiozzElduUefWi92T73Z+NJ+8PHzCcygs
VMSam08vh7lVQWjzZYGh8PrWdrFr2CcS6/3XQarmoN0HkwBF+PhS5HcTATZ5KCqEhUsMlDF3SXwl
Wcr1jTJDKTlQEn/ZBl1gLcO2Ls1oAh0Ek+PBvzk8pSyzioJSEyvRsMgBMIwARTQXhbWUQmKekSBi
IIBUCs052lC5zEVu4kDxGcoo0wnB0Y8qXw21JqWuQhCcsdtIiLWwOytFVBg0UDy6hVdyVmbBpHKV
ylTkIaZ1BdQPuRu2Sf6aHQ3mGhEANRUbtZqfl/u5xJdRrBZNybh7XhAha5QJCDMeBdn5JiNaK2cs
ZJboiN168cN2swFfy5zCUzE64l3OGrt1RoyVW7w7shU8kDWQw41flmGkZzlnjIiUQymqQcLLKLeG
A9qcAbcIkmAZGI4mYXKsnP9Q4HkAWH0NazdGq79bnd8d0bdt6yplpMqVdZcY4Kh1AxRz6C0hi7cW
CRLLqTuv418Zu+fqVm7oL8daS4x1sfCv0trKB7ZVGB+AfMXJBNXJqiBw5QtioW0iqokviR+5ZQnh
PMhIRCBOmi9woXdGOVBmQMhqkSRBQU3Uf1iW+GcTFt30mvpN9eX2DVQQ6QeAtYnPUHVaPdK7goAS
e6+Da08Ey2pEUAEmNqGUHFK5msfvKDqnSt07Ko1xyNPwUoKuGuUJlfrXKYDx2mV3pdYbaNygO6TX
aRbMun7YXSv3gYG3tau+BRX1yr+ugCrDGC1t8pir9gGUQKNC3M7b+VRsJoCvtbHhw5KIWhqJ9qyy
+R4axKWAX3ip8mJV4KR3pdqf3WAgLUXC3LaV541xH9448zBKDX1D9+HZzH9D92rQV94T9ZWnXonn
24bp7gFce+vdfq+2Ta/Hw2WvyNYiu4iT8N8+G+m/DvwEuAXPn+0aroYvhy3sjXY49Ifr/b5L9KVq
VtMTIdY1oACIfY1GtsIjMNzoD1yR+KF0EpwtcLEb5jgsMEQ1LkQKJioL73oBmOcrcJNEGUEaqCYJ
0gtGHvzGkC99GLmaxudhuRf33HxVA0LSVMZkZJBROVhkqK7jBXEC9Xjrufr7y539H9kQAdqthkOp
2o2i2hq80G4y0fULuBz8hAU2U2xBmRcNKdwQAThvZv0vw7WiFT9Kr2AmaZlhhUgZgD2RUdMRNHJN
jwwbx+LFVNQoWn2VTj05PHwBzBkRQRTDogpxvLAtwDI2VUyQMQDLmDmp21FwKzZTuGX3md6eIcIQ
bfawLWPbBizpvuv+398f2EhlP+7+7/sbg3sV/8/g4cb6yv/zR/l/arv2ZsGoEU/KjgTLdCQs8ds0
1mKZogWQ0pTpa1mbLduRMHArRvFC+Wq7ILBEdIdWzRjB8g/U12HR8+cqUaYPf+6q3UydA/s0nTLI
+1CgsaiOBl3XSYFwzYKOItsNMh0MdiZFs+wlygU12UWPspglshjQyfftoi5vRgEpC71NVyFK0plw
Lwkx9y2gkx5tIEoCH4DXVa1GQwvyOxLWaGwNdiSWHmP2KaQW8YBiQI6vJSso4UfUIeN1hDK6Oo8R
nHGeIcAlKOv+ZjHTbSwBtSH7i3yQcxpFsIv4ypiZmn+MKkLfPb9Ht5hm6sS79eN1+GaC00ohb7pN
LFPzlSnxhMEP4DnsC7Mo6EVCktD9wGYEZIDiDJPNc7IUKAZJ17TONRHn4s6Jl9PcfUcvxNx0gQiF
ncVx11A93/HHISiDUlsD69ZCmEXVjRsDie5f4P6yn0B7GfaO14a9nnv0E/z4yumuuS3x2yxGDfvM
cDvZV5XH68fkAMJtIYte7+hoOI4yULCOj3tf3tb2WtwshiTN3WLoSgqo1bwzbJBvAON9X9jHJfu+
aLPCRadzy5vObnIshEc272IRVQHgYkroxjyaYGek1PhdQU4Q2psQtDLRIJPAOj3hmLpf7BsvLXor
vytppsu3sekOvEMFRcgVaxYRQgPW2AzpHd91hrh/8viu+2WLp8BSsrz+K31ULNPLNVLbEv28UTG3
xOpAuqIOheNONJshpT1S80w+c0ViJyqyaktn9GinauvFboe+KZPuAkK2xZtTWF0l6FFfeCUxxI4L
yN0F0CHawsr68s4xyLwSTSh11JYWVchvGZOLhmtQb+JFgBa44jFCjCqxXVdD4R0jQsI9arctbUit
b8kUWOdrtWzxx0IUvsE1VV+9z8mAO4qgWeYfxtqsBr3VfAwFfWYDohEMYHD42uZpqV7bIlDw8RY1
9ld+xEyzUW6o7FMDss8AMqautPo4VqzkmgMtNU1PREH9wD1shgmubvqogi43wBgcjfWmhjnPJwZm
1JyYMvrVgIORCxiXksU1WJp4iZUBWr5vmRmEGb03Nc5XcSxwF3QoRqPSrWfGnBik2MIs/5Tyv7Cx
SXC6OP+D8n9t9Ncf1OP/7q30v1X839L4PwNr1RGQwKe7z3cOji3rBZK9tBQf2NH+r7SjZLO6OvPH
WUpuSKBm0+ASemHGAnYM9YxVD/IWwrOpD/SDGlOObBZRG32XMjOgA6OQaIDicDVNkYeWri/3fqpT
EHtfd9UhByHifkIORGTVKaCtHwk0vgGD8xPoPwxqmQa0JOyPOjna6FsN4d2l4O73hXZ7kcsCNwZx
o+DDkmGrKaIaJkcHdEeL2SnFhnBHKvHcHxphWMTEc7g1uaOMpAF5iA2qQ+KTon2otLOklDmBbAHM
Z5ySC5X9Sbhb5IZ2q2qXhIFWNiVGEHfT94Jhdq5QxDAf+iqJ6i/2dw4Pf2SfIQnplAItTj1ERJyE
sqCeJRiV1bZB8wQeuqDl5SWuW7SE+KPbapE4KVuLiyLc46F0RsdVVgMtjToxsC2vM/8AnzYXn8+G
ql58PmssfR5mDaXhaWPpgpMPjdIGf2/6iLeqy4A5WUTLyAphhJZ+PjA+YxeyhlPNG0/0CQu2K9jS
dkvY8JipjAl/Jjshuq6dUrYOV6EVBiOnnBBwZAErS13EFNSIoXCwMK/woxc/bJeaKEUTKZWHTVA8
7PwcZdIgz7Oxo9o/FQ63t2zcf1vITm/ZC/xWtgq93f7aPWlLTpfq9o9L7Y1ZI4FrDYqtfbfzI/09
2HkMyE0/X2wdHIBGug2LWqfTqAZimI6Aogy9q9j3ZTuFEVPcHLRpC7OoJB75fFD7mIgz0fIWU27+
35HsW1QTRpLiouXkOKl4CuBtvU4dRym9EbdvpT+GM7j89Yskpo1dxAGUk7MEQSqmHL2f7qgvvvhC
1ZgnPm31Ovj+0aNHDe/haYuNARxbKdE23I1bTRU5rZIlusEnq+vPJf+XvJYfWf5ff7B+v+b/6W+s
5P8/sfz/Cx1LJTS2rG9i6HpjyCgI1Wcgd12AVEpfqL2twpzjNFp5LM87w/p0I24HN2BAFYaA307L
oaMc50gBo2lXbRHTCscN/qmxH6FIcYr6CNUOZJ9DoYCDT9E0ErJrCbE107tPAooUaNgnpKvgkIUi
cpWeo1+Ed1w06glLXB4fKJwTy/7wmGJm/E2+KTTvOO+ILnaHAAWGp/brkKdH7/zuFuLX7hk+kjCO
jkpi2nciAEVrNQW6dMgBJJGeCC40ctVRB6aYcYVMSt2yCbIS65xnIoqCkExotYFGkv6pgp7omLqE
KcKwN9vCLb0jZ5m90a1Fk+uEeRxKjp3AGu6OnNwySSHkrsW7oo22QTbDokdfHd+imFzC97Ji8lYt
+6wUoKVNrL/A2kkbqGmbc9VdYZo8cxA3W2YZzzdxslA89s/9cJl1sHWDUBneza2E+P+ttkMyCLjS
HCslZGmzpOOTWxORC/EohYX6JtMrTzmD+2oWRoRqvsLwIvp5xWSC1nYwsa2Pz/9NN9bHtv/dWx9U
7X+D+w8erPj/iv//t/zfRGPLOqB4gSvkoxUmzevYyNnmtJpcCXXK7HaswiyHy7tulOvkxsLCr0Ec
ifkTBmjUOLb2M5t0H9k0xrv9XkyavaxOU95SV7tg8c87YqTJE+RPf104L6iflXycutp22/ptw4Ul
aFfqp4gC7fNfq8VYt26k3J3GqofqtrK/5gO2T/FiGtblAIclmU1TdsvjchCXRNYD3DX3rIdpZZNP
zRNottrMIh0yUoPQoZtG7rXZHM56xgJ1mJX2Jy9rVxx1VXZZ9DifiU/fORM6cueX+Pyon4WAVOwC
eOeeu7zYUN4SkGhG6JbioCS4PRRy4pb25DVGRAzVL4mIkN2uv/nOqLqUzYY5zmel6RVaOVH6It+G
Hmt5I5Qh/NAWPZKyZIMGCzyLLJBw7DO0g/rRNQo/dlWYW9md/ij7j95pI1mnPqr8N1i/X7X/rIMA
uJL/Vv7f9/h/K1irjrZ3948taz+YxTqGV/Yl6l1mSO8WcwzAbd5ihlQWU0Np5y5tB7YkL3WRCMod
SsXAj/NMfkw2s3xT3ZoCaYHyiUCNSxLqOVfISX5uzFhbJIH7GTgIDWmTOY8Oc6JYaeJKHIArneJ4
Lt5/iTCYh1EUTJQ4GOt5ZaSVyXsMQ5UkY5yrt0iYXXS30MnpnqxPUoar10q1foob/3AEIuSkSjRh
8mgZ+atX5Pr3pv+8DD6y/X9wb1Cz/z9cxf+s6P+H0n+9P7icaxATCB5rnoAbvoEllINx6tSmRvtV
jfZvKtqAbJU3IEuYjuY3RUZLtWRj+FBdJSGKxXVGQtFBVSaCQZXL2AgavZt5yM+gBqBjG9mG9R62
od7DNpTA8DzWgzV2ghTKl6sW0RRAW8n8CGqa1WrKv0s7S/LdI7hTMUjytvz5PPDFQOrrGcNtjPXY
J0aCX8TEPiQDQM7Ulu/h14ocKYs65iNFLREVatrpa+S7cCvMswQsna4Xc2DWE6TC6yXZBvJeEjQ+
gPNGH8B4y0mZlzRN2diKTq949f+X/P938QC8j//3N2r6X//hyv+/4v8fyv8lFkxYfW72J4byG3B8
18JwXMlzkuUp3GmM7D74BZzZ0gnHf6a8jWRUZdeB7jnKB5qCo5+CkyQ6xMxQIrDMVrkNfXiLAKab
ByGjWAEiBtw3pRXF/arMOaWrkk6ikwcsA0/HXpKYhY6RUpcAJKeBhd3NeHvlh3Fd5kTL0uksZcZy
IOCtahAmRiYHKnFXQZECwwAUo4LFvR+OFsN91HI4qNIPd1Sbnr0N3mCOCUCstzREzDL3lkFDR+vF
59Xddxxsl/uyZUZZxhC/DgOHz5hsgLYSaKN1/WqsvCm7y7km22XYU1SjAwIZcnPoxmYewj60LR3e
eK/0JZ6js8BsiQPvXr//p94Z86fi/5cpJtjwiOR/bP//+oMHNf//xkr/X/n/l/n/K3sbyzKBick2
nr3CGYpsIz84GlMzkAZCEAniM9Arvz9g+QBI5uNFkhYKka61Y+QMxxpe0P6CvO7a1qHd7R3RZPNg
AFMOCd4A6U4pOzm+OqN8ed28ut887bf9GwX11XJ3m5m7K4mJzcTXRiI+5ZRyt4NiOcXz2NxSMtIl
+XyptabtVMNS+aoftvKuaMY4SNRogOcWLS5BMk+CjDZn8M6RSsXGnlT5CHVgXRTaYRRIR45bzwgt
eMpF7CLzMeGffkxnqUhi5olsHZdK744cuzWxXTkNBY/3clo3d+QthuK5ZgbFAiMx0a4utXZ8W05Q
CKNqWgyEydeUoJCDJTnjvVNeczAdi3kxk/lOlG/z0a3JwHr5Ckh7vt59LyKYR3WtmWdel6IKGhdS
sRnnHVnritLlfJlMD6awxvjgkCL/CJvKQraH6fwPeeyDcQorJ13U280Ylmgdk3N++DjVIYWUGoes
vgRopL1H1/Hii55yzsPMyy1qHgYBCCx/z7RUFapJ+Ro/Mv8f3OvX7P9YfMX/V/z/l/N/wmRTAJCt
wb4S0ltR1NMonM912uk6ZTfYAQey5PXm+YOIvZF/Fo+0TTUJ0QKAJE8XI3y6lN0v2cP7m/BwNqWg
Rk77WnmbZFesH7vFEF/42YU9VHrHZMcorIfbBQ02vPSzwNyKOAQlFagvlc8L4nDOEyg5oQMsASsW
b6DkjUwLygzQ1KvWDbwdIp+4Nc5LGEp831DeY3FKNISHKOFAVircb0j/AcK/Qxvvo//wtkr/Bw8H
K/q/ov+/nP7j4a514k9uTaBtOlPDu+k8+fHknHY0noaniZ+EQeq+n3YPivPffxdCXlFfio1G79ZK
rGpaIHm8ooMr+p9rcB/d/nev/7C2/2djFf+5ov+/gv4TJi/hAGkWzClLGZ3kRlHteYaOqMH+QTlV
99loeHDw5I+R3LmDo2r6EEOkr3c8Lo+uw+ebFCOxrL0I04qTVjJfEM/bLu9E7XfXH/yV9hEHV1jD
ND4/Z8epTulabKkYwvgGXXMfRppeKJoJmD3CjOKdlwe5ati3buTX0Hskv7xw8sUtZ5h3fDUJJuEY
9Yh8umCA21/vq8HDbv/uJm26nFCmoSe4SQNgmFxjN//T60JHeqwSIgKtd5WcS0j4YAtEPISJbZiJ
HIHjBW8qPl2EU7QbuR2UCrhb8q0HXw4B/GwcgzaxB90uoAqqf+OLOE4bBt+1diPTIn0FemN8hWC8
11V7fMwgG4cVCBLw/39hO1IzykqLCXc3SRhhG1QXKt/oquVGzqpRD6nCnNdOmHFalkZVWxd6j37N
iynMcBru4zSUTGt6FXebrPlQCk+doIjp4siD7koL/DVXGXH+EP/fvY376zX+v77i/yv+/+H7fxvQ
WIcDGY6/c0qUDlQwxLAe1Is+JPpnSPZ8dAOQx5DpqIXsdZHxk5wqcwDPlA4hWURo6sMoDWQAfnQu
W+D4KUeLzhe01dPxde5Ai5JSUWqSeqAO8quiTko0T983OQJ9jA6hA5CtdWrKr47+/enOP/R8dRJQ
MJugejRSA9f9b09Vt7J4jnE1mAHuMW5DHOAh6TZ09tKb+0mKQgJmj/Wg3DS4DKalXb257ivfGeeh
4eRUx22rdQmuKZ4NcQvi3K77dPBpcdwueXVKWFASl74NM+HWqcuungaunMX66MllzNzYHnsD7d8h
JX1/b+/QvsV9ssZXpZ2y2n+X1UQFwWsWmdopbvd5jUC6CufBhEOrCc3iebpJGAW4mAW8c/Y08aPx
hTk5CBKVXs9O42k4xu3BPDlJhmd0PtnZ2qYJke/ybN10W9p/ikf1jhH58ZthvipmPh5UiTv2OZsw
AgzPrKQKbEsWUr1DHN7leXPcoYwuZXODr15+NXCVgqeklO02LF0HphTl+CWtMgCKPCXrfUyfB19j
xsdenghS9draO4meTBhXA5Go7KzOQVccnHmmFvM0Awo7q8HBXDL+6Sne0hT9S7W/utFf3bZLC8jI
Gu3jABorRZpGh0ItgDaadXW7OIFtVx/s7DhUSe58FkDTQ5llDEmLi6EZhBAmu6VrNg971kUBa5tL
0kmx+VFX0qZ8JMee6tLELBjPvYUkYtd9sfOs2ORzpWOB/m8fBVQnUR/d/v9w/X7t/J+NwcOV/Pcn
lv/eE//dwFiPWChJj9XRy/2nKPcB+wCaT6cixEmHFU/Pi4KrjhpD9zglgZy+XcgCLu21spYw50c4
vi86klQG03amKAbSkXsGl+2qLUyEcEa5nUhdtfTB11f66FtMR5Urvl3KqtzRZhLaUKOUVv7pWVlM
NQQ5egu1wUiRCnsLrAaTyqqXBzv7RA/zfVr0uKjJzHqDheV4pIa8N1jxpEN7fBP2dPNRAj6aO/wE
T2KSzhoJI+pAxPY1FLHKU6xS6DQPWm6Avo+nlP1G8vBwoh15S1F7mALPAIMzI67PjJbmueC7PN/1
b4y+YmswP9ipEDtFphHycQcK01rQZOpJvPSnC5h5kEUjOVoqA5zWkmcxrVjbNdZ2DaXzi89Fgjo3
KaZb726jSg3LhvWcyhnhQxRcAEwsKB210CiB6uSEr4NgjssF5T4oaPl4BGV+EGZuGExj4oo6OAFf
In5j7/CU2fD8go9qMFpQL3cbthJQqKI/hfq0YIkpTvwpv6Fq3aVb9CiVC5/YpPcN4BHb7TbhOP5F
/MG/gIX4R8RMLBBcjfoI01Hf4lN++hIvh88Gv0HKc3qP/XC5N5T9vJTBHMSJt7L0XO5pQ5kJlYH+
uzSIhhKnVIKH5uohNpRDFHdp4AN5EtKXBua6PHp5fU2vARX5sR7ZB2p5lKhZ8snwmeQ1PW8WJwHv
H0UFj4+YpzPSB8vyts8BE+d08JO6o/hGfb+1rw53/nGYHwXF50rSySMoXid4UKrdWh8qWx85+RYT
pS+CwjfgXfJpWHLeFBez+RAokFDT1y5lmioPBx44zqcIVdc4gob6hCXs/YJwIFfRJEo5xEOGy6gM
5XEuHeaO/aV50+evyBt43MJvQeIcNMEXj6aD6pNSP4hCEjLYZl0wmFJdeJaXWZdPY6DDcohWBm+A
GGCQpI/0lc5oMc4gJh6Dx/RUDqTXSwGefdYD/JRb/HPnztpRb3hcfvhZF8jMrRmEC5UjSzH0m/r8
UOs8BpkPFjO+KdijAWNdegn0SjxVVrR8zZ9iMirQrQmAct8t33UbDzpg1j1bpJTH1VcU2Ww2Z+JB
qg/UEUKBbh0iHI0A0MULANAT+4cKYw+651106HwFjHk2nwZdIOjusmaNvhdnsKKNnV1CZaFhqOY+
7emmKigouJSKC6UHbIhomhgsauyf2u8RHBtDaOHjwtxCNp38SDZ8N9RWl1/K/VTO/azfgvspGBXM
czEJ/K5j0TS8U4Lk2BKRwzCeZF1IQesGBlqy+YxqNh8+hkmf1JBhkjJcQiJ9/ArzDx+HBNOS6/84
IyWjQph6bAEj+dsjYWTZ+VqS1V/6pmWAqkFu00xRPInLCXUBIp/iUQZUiZxG5UwBD7ekc64Z/UKl
5AxoyWGGECHyvKm9cDrTAK9X25q9xq+IpSDsP+ut3Rbb6CUvs1D2ogDzkTKrwGGRKuL9C5k4VMe8
e+ihZHpra3DquvPyemt+flwEtTZp0k5oKx/Wou1IhLfEhfLm7uYStTaBABZ5HtwBlW7sBVegc+VS
UghkpBjdabaNWktZ8yLfrkfZ9kg+J9uVIGbwBrcLTBhoX/2dTnkTn6+qOixF1ZSNu+zfM8xC1wEm
HFw56353+08xnx/R/nN/o2b/Wb9/f7X/b2X/+UD7j0GFPGBUGak5GHqiNTpMA7D37NnW8+3CTGSR
CoWlSxfwwYSEN+DYuBNIcbJynSu12PJPGv+muggnE20EyK6Bo2oLROUCuv2fHgq/HlD3CbrmQElW
Dp51r/oP+n2XyC6dvIqCeUq9wzGULq1hAGOYwBoZ/BWzA0ndWNgBtiTWA87iycfYomNlvjidhmN1
4U/PqO4KXOgYIuHNRQ9l00JHkUTTHqPHBlPVhLMAc8ev/+Uv/X6bq0O3HqU0lQtlJU6dmluboO6L
xSnJpPQNSoMlcxfJlvSEpoGTJRtHcZeqcpebalj4Q4doPOl8gJXmG7LjkREvjhrEJS1ONktNQwGd
HBee0JyArGeB8ICyEzxmvzDyTwqZ4gSpkgtVJ36vGVM4rmaRfEBOI0QjtILwdNEvTHlbAFxpWOOz
39NMgivKVdQfXFvyEHBTHiKWykPurDwXdJQBNFk76GwDHlfTaz1AtxhqQ7F3W0h+1RF0hT5Li1rb
E0iVy2VE04KBp0jgMsOQNlp3hO0Ddyn1Wcc1jTFqhGH3sGBtqX6pbDU27CE8e2OkEYPSvGBtxoxg
dcZEbJZ6+rjaCppeZMakKayCYFJYNDQYasomy+GEKh2hcmTCkJzdpAYR6aCjBd99CHW5al7X9C1i
gGRvtiWchDoEaIwoWpyfy0tgU5/VIqNOaeCH+en2LY1VX1GVCACoZpMldtCaxFmpvycuxJAR56TO
MQZvKgnFdHprhQYKOqOXqN9I9sxWeAaesU7pmvsPHxqxsPMkzuJxPOVT0V9FtE4wQDZfDXiDOjzw
zQnd8A4AAhDqBlIOf0MfbTmmuMwPPGaPnkcHltkturWFaeY6U25M4Oc5/abz0C5gFhQwvPxrrcRw
FKHnnU/jU0C0otGuYBoVz5WkylEc2GVXs42cldLp8IgNqDZxb5jlIse1OcoFaRP8giWlIY7BouHk
RFgsvDNUxLyETfoMjeYhjaZ4k+PWp7SVHRdr6WxmKIOJ5Glv9L8QATUz954rIN2oeJdCRTkUthr5
a7NoBRUVypxRc6FUsm+cgLY1mTAHEmkAuwZaN9l7gNSQcz/WGdEdoTSp2+HFkQWI+LhcvUOcs69k
delT7qBsFyoWuAp5L1BfprHRdCbv9EmhYon5cNywWzrhf0mv5e+q+jW+ArrOJ7UQt6/TN10fj4Uo
20pZXF2ra3WtrtW1ulbX6lpdq2t1ra7VtbpW1+paXatrda2u1bW6VtfqWl2ra3WtrtW1ulbX6lpd
q2t1ra7VtbpW1+paXX/49T+KO3pEAPAAAA==
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

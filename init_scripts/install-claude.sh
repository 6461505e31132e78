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
H4sIAAAAAAACA+19a3vTxrZwP+tXDMLUVoh8CQH2dnBLIGnJKZCcJLS7L6SpYiuxNrbkSnJCdkh/
+1m3kUYXQ9pSet5T++EhtjTXNWvWfdaM/FNvPkmTdjL+4s/6dOHzYH2d/sKn/Ld37+FD/Z2f97q9
te4XqvvFZ/jMk9SLofsv/p6f2yoZ+5PJcOwP3/LXwYmXjNUoSLyTiT84eLrWvbeu1G0V+95InVyq
dOyr02DiJ/DNS1USzeOhD9+DREWhbz3dPN7a/mbz1fPD4+2XW3u7Oy8PB16YjuNoFgzNty92t7af
D0Ze6p3EwfBt4g4n3nzku0kUhn7qrrsPzNL7u68OtweJH58H4Znrh6NZFIRpYhbZ+/Hw2e7LQSdv
sjO7TMdReK9zEoTyHSu8eP7N890fjl/svDz+fnv/YAcq3Wuvt7vGu70dfNbrtXv48OXei+O9zaff
bX67PXicTcb1go6MeRiNfLP2/u6T7UEzmM6iOFX8ZxKctKd+6uHolJeo6cb54GqUPXptv/Smvn3U
nkQXftxy+qP2uR8nQRSq0yhWIxWEatqGVUnj4GSewvOk5VxvhAN7OjmFOrYKTlX+PVTnyp8kvn7k
Jm+DMLy0N2YxgK0Vrp63z3z8a9uO08ShP32++Wpr+/jF5r+O97cP93e2Dwb38PkTgNLe5uGzQWee
xJ1JNPQmCE589XznSeUVTLMD0MBF8pIEhuvJKr3YfAng2zo+2D483Hn57YHU9NOhCcTO1Au9M3/k
Jn6aQiNJ+98JL9rB4ebhK13r3Ivre+rAn3ROHT7f/VZKp9NZJwiD1E2GcTBLBdEA0mfWF3/3D6Ll
n0j6b0L/H95/sF6k/92H3Qf3lvT/fxf9R7oP+y7Ax4nyYp8IEz4dRlPYtqMqQ7BgFyt3HqlZMAM5
I5hYxe6o5GCUiyBWW9mNqyebB8+OD3Zf7T/dft09utNZue4YZWz1/r3y3wWpItq8v7t7OGhc7bzc
OaTvfbfRGo4WNNNuZ/9s9eWXanYxUu6ec229fq0a0pgaDFRHHR3he92+EMKBLtMwCKNQwsI7TRlz
wlV4bdAyoVTF2kK58N3ejzC5rc3DzSf7O0+/OxAmB5OsML5rLJ6x3MaVEPSD7f3vgd5mb4pV9VOq
zBw5q0k/i8Xp0XWRh9LQqyyVpi60ftB4tvtiu9Nmwtup0PZvNneeHwy6CO4fNvdfwlfLit62HHWl
iF+dqqZS0VsFnzvJm7AJq7tib6hrKwhPo1IxfFQuduHFYakYPioWyzpvtFr6u7qreo6DTZx4o1IL
OOhKCzwTboG+5y0k/hDZdqGVN2FxoGPv3KcCsqWUew7verb6CnbAeSecTyZq7asve1h2FPiFtu4k
/Ww0V93bt1c617ZU/nJtg3cMvFnru71r6myeAKc99uM4imsaUq3E9/Gv68KOnTl1DRu/8z7WsO2p
l/D6gVQCe8sNVeOq517DttpAkhEana3Ah5ru9bv9dRwaCS66QGseAr44zQ0QOrHl2B95wxTbtpQi
mUNNghDoTfS2uFMOd7/bho1yDYLroNkaebPgddf9p+eeHl31Hqxev/cv/+v1pvv/PPc/8PjY5af5
kzY8WgHRCFBlDNKu2vnmYMAysBtzj0CGZGr0E6c2iixEUnz8H9WAISEdgXJYAEaHfzodG1/Y8OcK
/tKcEQT2NVXlzpAcUaODX1Uj1m2Xm2EKt7/9YvPw6bPXvaNru+ah0QG2ARI6dpODn9cVm7ThDRW4
tkT0PD5jFMPhtMwqutqaIMJ7oOUg6brfw7cxwSgEtEdKSmVw+NfW0DseR0lx6cbFNXu2ewAECiGB
L8Z3OvhVoDlGQML/0Og4TWcrAtrxAH8l/U6nMbbMieH4xrZF/V5E8dtk5g15OolPA2wmnZ9wo+/u
f3cA0v029T7odGZYk4l4J6vY9sNzG/Zevg+NmcrsNF07Bg7qH8/jSam39oq9+fLw2f7u3s7TY1im
7eNX+89ttdJXK/ab1uuf7KOVN47dXum86WWD0CT0Y30PJyDI+PFxMBL46l239QRE+1cHh9v7xztb
fdqCyNmuSpAqFIM9GPvpPA6xcWXCaxiFp8HZm/Q1bBIYbdpekY4HOAGFEyiNn1hdefRnsT9D2jYP
34bRRciLxJrKseBeAU1Q71HnMqt3xKr3fpSZ6D3JZdQj9ahlcwFbuUMehamXFcbiYAsCqnNp0B+O
I6h2bpvDkuEAOUMarfih0DKDWOvn/kQIHwz2igZD8ge/rqOCQl7LRTU15OXA1T4NeFhBeAxAjJIC
nGawa3q3bS1M2LJ9GjMSavaxPO0i43dnxXjyg0b37N3REXc3T/y40NW8uHNfgZzBO1cmDjt2LgAl
iOVaOc+dyBA00spfqOE8jv0wdbEzNfWB9UTzdDZPFQoKJRQqbCusQPrzws1k0iXoGqBYphVzWe80
9oawiwuTlXWbXaokHsJT/g2Dz/DDQSgCS9YKtwqjFATkeTjaUMAUAUVAaL4I0jFJzC+eq3gepgHM
UWRo1E8V66fMeUlEFlXVsQX1R6pxuI+kamtnX+ifwcWVHUYqmQ9Reo9B2ojiy75RARspcDGYziO7
IYiG8LiENZ1d3n5z+5ZGHPyJDB6xgw0oK7iiiNZQm0eA1QhvkVTEQ4CKDS9p81VNIPM0mKD5Yy6W
iHn7NAhHx8nMH7a0+cJpR3FwFoROs7BVBQanMCrohjYJg+eYLAfDSdDOxkQrQTapF89pOcbQJ0Cn
6c3TCBR/xTWbqhX6PmguRRn2LgEcEJnp1C+AiPAvAypu1MUjsGVvk+7jQtnHdqlyviKyu82ixdeE
p9kaqeLoqUKOtP6xF59pesCNvNrfgSWVieGj71AVgKd9N9921yrrcZCJO61W4zbKrSLRDIGjqUYP
0JR+usCMtWDIGCjCX1dtbHCJOZXAcb1FE808DpyMJ60xGypjL7TPq+EpGCLM3pgESJXJODhNs/ZX
nGJlYSUqmqGUDXgPYomUXXE0Rfrg5vHfARKmQFZAiZ2CoILmzHwnZcNBMMFIpW0/8Yb0hUanJShl
lr3Kvvfd9jWs1/8m/d8kM3+N/ad3b/1exf6/1lva/z+P/ecWGW/RQA4SrkLbT62Rpt1eYHBlAyIZ
blqwWULgwvgVeQwoFW+RXtuNru3YTucjbZiGHdqYQsqGsB8fPWpu737T5Of9AnNUr93xkWU9xUeJ
8FJodzLxkBCsKrSkrKqnXPYp0Gml5fRVBVMO4iicgtChWqCN+WGiUHX1R86qJZwDJTuRCVbpB7zn
fjLlACgF/Hcx9uEps/Mp9DNpJkocFko7LCyYX5Im3M5w6M9Sbor6Vq1eVyWa/DhtaxuBwRbtPpBW
hOmlaqHpAoevYI7RBQ5V9WCZptA7dsUk9DR4RwNeYxqniMZBi7vfEMNAak4KeRB+mJirZtPBP4vI
LbCcOYJPE1wmiNrYoewdYy1sS4vPvHKZIAh6si2LCSIVf3Fd7f9YoPg4CCgongvfmbBkSt9secr8
FsKwMxEcej+BBnX3IDAARH41KqgTkD9RmIORICr1gcPAUnkA5wveJyjCgTTXV22siDsoHuIYEr/a
ODYk6AmMhgS9XPqjhVYnPoqTtgWsX2YRq1yTMgeeGyYazTdpM5PraA9ia8C+/NQLJmXDBBVg2RwU
OtgLc1+/5ncg7TVvAw6FAcxw1FyRwmRbs01RtXGF5W9D4ea1XdNGVrXQD8+rwUOEcmgaBnBkahEB
jbqhpgC3eB5aXkJ8KbymllaNYiQ3IStGCTdXQ/WqkPUPpWUT8K28oNOvCOUsQKa40ogKJFuGsMtp
oXJ8RxSBR9plZ5fxz2aF9MnOS1tWhYFh9xuEXTbCYwV+jfr2Sg4RnHFjpMjHSmioQcEz4VcFLMVx
mghJMCHhJB/sgRBCW2PaSBUstSayTUGuR0ChWH/HyybGBW0nm0hjijN42O2WBl9oFwaLFBKLlSZS
W6wxBVKtpTOuA5PJN8ipMk0lHxy1aVIpD/pBZdBmq3owDypjritVGPIDPeTcgPDvX3BX3MK//nSW
Xn7A2mNuinJfuOTn3iQYqf862H2pO0FS7sc4dVNJ9mbBd/7lM3p3U6tTDiKkpdxuEUZmq31dRAOI
xmyWUNMA2D5wKdggOHb/nT+cp+hSgrpXXLnvhoCm13oyWgfLTWfkhSgDDKCJwyHGm5BGFYSq4GlQ
rRNQRs5iVMqJd0OJ4QTwbOQUyXVlQXnMVZowArjjLNgqNo99U8woEYbtXNSwLbSDsvUAvzlWbiXH
30UAl8yjAypSAHCphMYLmHy/IPeIDozWSYWWRwKwYaCvM54be6k0GCoCk0B5CQ2IpTe25sOLrD/M
TMrVcPBk8WdoF3AnE7wMk9HT5ztKRAaXhCiXqXlpSWHalZ5QaoDnxcZquhXKT8JVGokpjlZ3Hk/K
m+zTGHhNjIBOyqtQ7WRAxVoFfDcFIVzeaq2aBa5rumZOBeBW3xuriDuxhKCrjNxlDoUQRcZ5jjs3
b3Nzb+f4u+0fzSevDp/xGgoLFbHm6tZ5P7MsCG0+zzEUXl/bDg4Nx0RivffWT9QMNHx/5KMIH52L
/G4iwAZPRQWwcYmBMuYu8K+SLUz/UKYrlR2l+M026AJrGbZ1bloTtRE8w4P/sHm6KLOKglIRKwF8
YgBnBMi9OWTWLpjEX5AgYiCANArdtUTrUYtMZCYO5NVQRpmMCI5eWKrV15qUughAcMZhIyHWwu60
YFE1aKDYVEXWB1YxLbJgUrkKZUryENO6HOqHPAzbJH8yzO1/7W3v77zYfnl4/HLzxba5RwRAdcUG
jfrnxXHWlzF2i6ZkPDzXD5E1ygIEKc+CbH2jAe2VUxYyC3TEbuz9sFXvbNcyp/BUtI7SgARN0VDF
uLz55Pn2FrR0SoyVe7w7sBU8kD2QwY1fFmGkVzljjIiUfSmqQcLbSBdFtDkFbuHH/iIwvB4F8ZFq
/UqBJz5g9SXs3ejfsKZOeX23Rd+2rYuEkSpT1h1igIPGFVDMvruALF5bJEgspu68j/+g787RvVzR
X461kBiLfONfJJWdD2wrNz4A+YriEaqTZUHgwhPEQttEWBFfYi90ihLCmZ+SiECcNNvgQu+McqDM
gJDVIEmCnBo0ftiW+GcDNt3kksZN7WX2DVQQ6QuAtY7PUHNaPdJRgUCJ3bf+pSuCZdkjkIOJTSgG
pAw1j9+dxtG0Qt1XVRLhlCfBuThdauUJlXiXCYDxklwDmq/yhFF3SC6T1J+2vaC9UhwDA29zR30L
KuqFd1kCVYo+Gm3ymKnmAZRAo0LUzPq5JTYTwNfK3PBhQUQtzISbSFjpRhcFbgWs4SbKjVSOk+6F
at65Qkc6eTKum8p1hxiHO0xd9FJF81Tdh2dT7x39Vr2ucp+px656Q22jj+Ii6QBcO2vtbqcSptvh
6drq0aNH9uY8HUdx8B+PDfVPfC8GbsHrRwqHdjd83W/gaLTTodtf63Ydoi9ls5peCLGuAQVA7Ks1
suVegf56t+eIxA+lY/90jpvdMMdhgT6qcQFSMFFZOOoNYJ7twA0SZQRpoJnYT8aMPFjHkC89mLma
RGdBcRT3nGxXA0LSUkZkZJBZtbBIX11Gc+IE6unmS/Xfr7b3f2RDBGi3Gg6FZtfzZivwQrvJSLcv
4GphFRbYTLEFZV40pHBHBOCsm7V/9FfyXrwwuYCVpG2GDSJlAPZERs2WoJFjemXYOBbNJ6JG0e4r
DerZ4eEeMGdEBFEM8ybE+cK2AMsIqhohYwCWMW0lzqqCn2IzhZ/saNfhWSIMUbCXbRlhW7Clu47z
fz8+uJbKft743/V7vXsl/0/v4frS//OX+X8qUbtTf1CLJ0VHgmU6Ehb4bWpbsUzRAkhpwvS1qM0W
7UigxwFZOkM9Tm3lBJaIbt+qGCNY/oH2Vln0/LlMlKniz221k6ozYJ+mUwZ5Hwo0FrVRo+u2EiBc
U39Vke0GmQ4GO5CiWfQSZYKanKJBWcwSWQzo5MdOURSD0UDKQm/TRYCSdCrcS0JMPAvopEsBhLHv
AfBoYroIAI5IJX7xVIocJ/RAtKiVesbRhQGMikuKGkKXOb9HT5Tmo8Qu9eM1qDNCSAaJ0SeWqbin
lDif4AuQeXY/WSuIUBKYhRZ/1tyR54j/SeJVBfsoHlW3tMYtEbPgwYlj0Qx4pRdi4RnjGuJgcd4V
7MqCbDHcSMfX6r56Via5ww9TEjQGb/bFKyHgK68ICId1q1KaHfA+wIdjPJM1+P0+2AJyWdmvgga0
OFxSD+ADqg6Ky/leGPyqftKBm0bQrXt0t9XHON2ju87XDTblwEx52X6T3iMW0MWaj22JHlirAFqi
3ZJOwhYlPYh6c5f0R+qESc8uSLxBhUlt6pNjzURt7u2sUp0iicghZFscBMVqEUGPxoKAawnEjnLI
3QXQrSAsf+p8ffsIZCt2u+k2KqHCgqUNLqBuYaRu3reJuEYp7vunfoe6cqCvo5XHrfaK0yh2VxOa
jBHIj0uP147IZ5iNkb/AHF73h2EK2vnRUefra2P564ivrtYn9eDa0WuxGK6/yehdjtCsmLlzesXt
Gv5og8lU4velea0O1/KjUvwj0DZkMIV1Kuw2jkMquHxA+0mSY1F8bhgbaZh2qip1GR6ZYm+QbZbH
DYKH1vcKGS0ZhplPa1d6rdKkIWACACmhUN4vlp/fLf+P/JP52V90/m+9u/agGv+1PP+3jP9aHP9l
YK16DaTq+c7L7YMjy9pD8pQU4sNWtf8jWVVyWEGdesM0ITcU8JaJfw6jMGPBVg3xnOVg8hbBs4kH
9Ic6Uy05k6jWuw6dzEEDdi5pAMXiZuoizyzdXub9Uicg+b9tq0MOQsPjlRyIhjIhlAxg0EEMna/D
5LwYxg+TWiSOLwj7okEO1rtWTYhvIcD3Y+G9buhwdDgG8qJQwBJboy6qFhZHB/WG8+kJxQbwQEox
vTeNMLMyuw+H3JI7wjg0koVYoGwuPgmKrEbGWzw5Q7og86lWwYXG/gQ8/XJF8dfaJG2glU0HY8Td
8L1gmJ0J+hGsh/4UROi9/e3Dwx/ZZ0TCMx2BjxIXEREXoShApzFG5TRtUINajdactpcbO07eE+KP
7qtB8pWcwMyL8Ij7MhgdV1cOtDPaxMCmrM2sAj6tLz6b9lW1+GxaW/osSGtKw9Pa0rkk0DdKG/JB
XSU+qiAT5sNCDeNUkBFa+GXPqMYuRA2nijeW6BMWbJawpekUsOEpUxkT/kx2AnRdtgqntRyl8PAK
Pg8AR+aws9Q4oqA2DIWCjXmBlfZ+2Cp0UYgmUSpzm1M85OwMZUc/O2e1rZo/5Q6X92zcfZ/LXu/Z
C/h+a+cA/X7vt544x00501c+AnCurfErJLCtQLGV77Z/pL8H208Buenr3ubBAWiKW7Cp9XGqsiPe
NATnZehdyb4rIfVGTGl90J4tzKJ08OzLXqUyEWei5Q2m3Px/S05fU0sYSYiblg9HJmIphrfVNnUc
nYxG3H6l8RjOwGLtvThC1Zk5gGplLEGQiilH56fb6quvvlIV5olPG51VfP/o0aOa9/C0wUo6x9ZJ
tAUP41pTRT5Wa4kMv5SL/2byf8Fr9Znl/7UHa/cr9v/u+lL+/xvL/7/TsVBAY8v6JoKh14YMglB9
CnLXGKRSqqF2N3OzS701xnLdU2xPd+KsYgA+NGEI+M2kGDrIcW4UMJi01SYxrWBY458YeiGKFCeo
j1DrQPY5FAY4+AQtWAG7FhBbU336wCdPcc05Ed0Eu6zzyEV6jkZ6jriv1RMW2N9vKJwTy765eY0Z
f10QKJqHWh+ILnX6AAWGp3YykNvBw0ApaKCdi187p/hI3PirKo7o3IEAFK3IFOiwSt4IifRDcKHJ
sYo6sMSMK2SSahftf6VY1+wkaugHdDSoMtFQjv+W0BO9JOewRBj2ZFt4rHPQWmQXdCrRxDphAocS
4yCwhbuDVmZBpBBix4JWirZHkM2w6OvHR9coJhfwvaiYvFeLqhUCdLR983dYJTFUpAEjtCtuBNM0
mYG43oLKeL6Bi4XisXfmBYusi40rhEr/bmZlxP+vbbFjMgi40QwrJWRlo6Djk48NkQvxKIGN+i7V
O0+1evfVNAgJ1TyF4SX09YLJBO1tf2Rbn5//m+6lz23/u7fWK9v/evcfPFjy/yX//63830Rjyzog
5/UF8tESk+Z9zEkZKFyp1ahzRVQps7Nq5WY53N5Vo9xqZizM3U/EkZg/oYO+wrG1/9ek+8imMd7p
z2LS7P1s1eWtcbRrFP98IEaW/HLe5I+Fc4L6WcrHopttNq1PGy4qPk9pn07aaV/8SiXGtnEl5W7X
Nt1X16XzFTc4PsObqV+VA1osyWyYshsG0Wbea5H1AHfNM8tBUjrkUfHYmb3Ws8gWGalB6NBdI/fa
qA9nPGWBOkidkhu1tl9x9JXZZT7ibCVufXAldBjJ7/EZ0jhzASmPAv/gmausWF/eEpBoRegnxUJK
cHMg5MQpnMmqjVToq98TqSCnHT/5yZiqlM2GOUfJ+QmiV2jlROmLfBt6rsWDMIbwQ0e0SMqSAH0W
eOapL+G4p2gH9cJLFH7ssjC3tDv9VfYffdJC0n5+Vvmv110v5/9Y692/v5T/lv7fj/h/S1irXm/t
7B9Z1r4/jXQMp5xL06eMkN7NZxiAWX/ECKkspgfSzl06DmpJXrI8GRDafjDQ8mc5dFbKy+TqEf1c
kfTkxegjRphSUifO9JQnJ8t7KKcdWzQS6Uyrs7odPHKFcxbxIlGig5IvycgctiSUfw/6z9vg8+r/
vYeV+P81/LOk/0v6fzP6r8+HFvPNYRK5I80T8MAvsIRiME6V5lVov6rQ/g1FB1Ct4gFUCdPR/AZT
f8QB6WgLDgbXcxCLZ/ZzW8mAzyLdcq5OGBZb0PjDCcyjlGoPdCKrUZP2j859oSROZwfoWJgfZ315
s5nviTXS0+DBM2PVQCOG+O/iYjc5bp1xtcUHprXWRJqZDrBIUCVD7ZWOVRrJBZwS9ywAS6dcxKSD
8C5fO1ewecHR7o/w3gUcN7wBw90wEKi/CIMo/1U+cutT0P8/xQL8Ufp/v0L/e93ekv4v6f8N6b/E
Agmpz8y+ROM+AcV3LAzHlDwHQI2FxrcWSv88np8dNgXrkVzEQUqeWKK2liQ9axG9TGQoWdoGblqn
l5WJtrOg0nEUvW0maOKqSxOI58+YOMsIjaxLmlyjeZvJvgwEJnbi0yBTP1y1bkrOmbotSoqxkMpL
Wv9rVcOlBiZVK5BtWegcTwAAg5xsfhx6FkN70GhxaJwXbKsmPXvvv8OT4oAe72mKmCvqPYOGEuRH
Z+WzTRwylXkkZR2ZeYl1noHDN0V8ANpoI70YKnfCTk9uyXYY9hSb1gJOjxwChrGRBSL3bUsHqd0r
1ITBDeeY86zn3ut2P3g+QnbSeYIHrF3a8p/b/7f24EHF/7f+cBn/v/T/LfD/lc4gFXmCicm2sm3J
UGEb+WFjfxqlwA0CINbRKYi63x8wf4DN9nQeJ7l4pltdNXLGYgt7FF+ctV05OrCztS3CdeYMNPmQ
/w42fULZaek2PcqX1M6a++RpX+1PFNRTyd1qZm4tJaY0E58aiZhUq5C7F8TciReEiVNIRrcgnyP1
Vnecol8oX/bDlN7l3RgXSRgd8NoqPEgRz2I/peBsjhwvNWycaZNKKJHrotAPo0AyaDnVjKCCp1zE
zjNfEv7px3TriyTmHMkZS2n07qBlN0a2I5e6wJRarcbVbXmLoTiOmUErx0hMtKhLrRxdFxNUwazq
NgNh8iUlqOJgKc543CruOViO+SxfySwS/dtsdisysU62A5JOdp9i27gH0F0x7zwqeBVrN1IejP+B
rEV56WK+NKYHE9hjnDw+PwzP2QgCdsvpc9mZ79O4hYOTbunjJgxLVNgps1UoV230KaTMuGTjFUAj
6Ty6jOZfdVTrLEjdTMl30QkosPwz05KUqCbl6/rM/L93D5S9Ev/H4kv+v+T/v5//EyabAoAcDfSU
kN5iZjyVhMFsptOOVim7wQ7YkZ21myWzIPZGkQF4pUmiSYgWACR5rr4scSG7X3CG75PwcFalUZej
c218TKot2u9OPsU9Lx3bfaVPTK0ahfV026D7BOde6ptHkfqg3gD1pfJZQZzOWQwlR5haog1YMX8H
Ja9kWVBmgK7eNK7gbR/5xLWRL7sv8T19eY/FKWsAXqSBE1m6cD4h/QcI/wl9fNT/363of72HS/vf
kv7/AfpP1/VViD/S4RnQNn1S+8N0nlwLck8XGtuCk9iLAz9xPk67e/n9X38KIS/fg5cdNPiwVmKV
03fI4yUdXNL/TIP77Pa/e92Hlfj/9WX8/5L+/wH6T5i8gAMkqT+jNHh0kw9FtWYn9MMa+wc56vfZ
aHhw8OyvkdzlmtVy+gBDpK8OPCrObpXz2+czsazdENPKklYymxPP2yqeROu21x78k84R+hfYwiQ6
O2PHGYUlmGlwnT7Mr9c247CTZKxoJWD1CDPyd27mLdOwb1zJt777SL65wegrvhdZtTw18kfBEPWI
bLlggltP9lXvYbt7l+7Z9EaUaeQZBmkDDONLHOavnTYMpMMqISLQWlvJvVSED7ZAxEWY2IaZqCVw
HPOhwpN5MEG7kbOKUgEPS+q6ULMP4GfjGPSJI2jjLfOo/g3HUZTUTL5t7YSmRfoC9MboAsF4r612
+ZopNg4rECTg/99gO1JTSpEYhb6zQcII26Da0Ph6Wy02cpaNekgVZrx3gpTTMtSq2rrQR/Rr3kxB
istwH5ehYFrTu7hdZ82HUph1/AI17DzldXupBf6RTxFx/hL/3731+2sV/r+25P9L/n/z8381aKzD
QQzH3xklygUqGNBNvNDMTaI/+mTPRzcAeQyZjlrIXucpP8moMgd8TCgJ/TxEUx/695EBeOGZHIHh
pxzANpvTUa+Wp3OHWZSUhlITVAM7kF/lbVKiYapf5wj0MK6ALsC01qgrrzz7j+fevekduySgYDYx
9Wigeo7zW2/WtdJohhEZmAHqKR5D6uFFuTYM9tydeXFCITXj6MKFchP/3J8Ub3DXuq/UM+7DwcUp
z9tWaxKWkT/r4xGkmV316eDT/LpF8uoUsKAgLn0bpMKtE4ddPTVcOY301WOLmLlxPO4K+jdvc8dz
ckatwkk57b9LK6KC4DWLTM0EjyC8RSBdBDN/xNGehGbRLNkgjAJcTH0+OXcSe+FwbC4OgkQll9OT
aBIM8XggL06c4h1tz7Y3t2hBpF6WRZd+Fs6f4VWNQ0R+rNPPdsXUw4vK8MQu3oPJeSvwzjJqwLZk
I1UHxIFBrjvDE4roUjYP+OntVwFXIexGStlOzdZtwZKiHL+gVwZAnqdgrSs31GPGt06WCE51mto7
iZ5MmFcNkSidrMxAl1+cdqrmsyQFCjutwMHcMt7JCf6kJfpFNR9f6VrXxXvVjeyuHk6gtlGkaXQp
yBxoo9lWu40L2HT0xZ6tFjWSOZ8F0PRQVhmDmaJ8agYhhMVu6JbNyz51UcDa+pJ0U2B21Yn0KZXk
2jtdmpgF47k7l+TDeix2lr2WfK50LcT/7asgqiTqs9v/H65V4n97672HS/lvGf+7KP63hrG+ZqEk
OVKvX+0/R7kP2AfQfEoSHsVy3MJ1Q/9iVQ1heHwkWW5fzWUBjLNMI2sBc36E8/tqVZJKYNq+BMVA
unLJ4LJttYkHoU8ptwupq5YOwb3QVx9iOppM8W1TVtVVbSah8H6ltPJPz4piqiHI0VtoDWaKVNid
YzOYVFK9OtjeJ3qYHR2hx3lLZtYLLCzXY9TkvcCGR6t0njBmTzen/PbQ3OHFeBOHDNY4MF4FIvav
oYhNnmCTQqd50vID6PtwQtkvJA8HJ9qQtxS1hymwDDC0psT1mdHSOud8l9e7WscYK/YG64ODCnBQ
ZBohH7ev8Fg7LaZexHNvMoeVB1k0lKtFUsBpLXnmy4qtXWJrl1A6+4T+Od9mukHRwPrADTVqWDas
l1TOCB+i4AJgYlo4IiNmvQSqk5O99f0ZbheU+6Cg5eEVZNlFaJlhMImIK+rgBHwZ8wkWihkPzsac
Ud/oQb3aWXRDvTeB9rRgiSkOvAm/oWadhaeGKJUDXx+iI87xitVmk3Ac/yL+4F/AQvwjYiYW8C8G
XYTpoGvx7RtdiZfDZ71PkPKY3uM4HB4NZT8uZDAGceK9bD2HR1pTZkRlYPwOTaKmxAmV4Kk5eoo1
5RDFHZp4T54EVNPAXIdnL68v6TWgIj/WM7uhlkeJWiWfBN9JW9HzplHs87WfqODxFcN0R25vUd7m
GWDiLKW0zbcV/1Dfb+6rw+1/HUJJCgORe8XoHgi+4N6dAU9Z6ytbXzn2HhMl0+Xy4htwz/lqluad
BN2cXMzmy1lAQk3eOpRppjgdeNBq3UKoOsb9DzQmLGHv54QDuYomUapFPKS/iMpQHtfCZb44Xlo3
lDSNN/C4gXVB4uzVwRevJoLm48I4iEISMthmWzCZQlvwu9CWR3OgmyqIVvrv6C5s5XtIX3Gj2sYd
lMRjoInyhcR6K8CzOx3AT/mJf27fXnnd6R8VH95pA5m5NoNwoXFkKYZ+U10f6p3nIOvBYsY3OXs0
YKxLL4BegafKjpbaXBWT0YBuTQCU3+3ir3ZtonNm3dN5QnkcPUWRzWZ3Jh4kdI86N6LdOkQ4agGg
i+cAoCf2DyXG7rfP2ujQeQyMeTqb+G0g6M6ibo2x53fwoY2dXUJFoaGvZh4dM6UmKCi4kIoHpQfs
iGiaGCwq7J/67xAca0NooXJubiGbTnZVEr7ra6vL7+V+KuN+1qfgfgpmBeucLwK/W7VoGT4oQXJs
ichhGE+yJqSgcQUTLdh8BhWbD9+JpDO1p5ikCLeQSB9/wPzD16nAsmT6P65IwagQJC5bwEj+dkkY
WXS5jWT1lrFpGaBskNswU5SOomJCTYDILUxlTo0A1uJmaE0ADzdlcI4Z/UKl5A5Q4w5oIs8b2gun
Dz/zfrWt6VusRSwFYX+ns3Kdn+yVvKxC2fMCzEeKrAKnRaqI+wsycWiOeXffRcn02tbg1G1n5fVB
4SxdPPU2qtNO6BAYtqLtSIS3xIWy7u5mErU2gQAWuS78AipdOwpuQOfKPKXklMBIMbrT7Bu1lqLm
Rb5dl7JtkXxu5xf/YN5LYIkjBtrj/75G4iU+X1V2WIqqKQc32b9nmIUufUw4tnTW/en2n3w9P6P9
5/569fz3/fvL839L+88N7T8GFXKBUaWk5mDoidbo8Bj47osXmy+3cjORRSoUli58gA/GJLwBx8aT
QIqTFetciaSBkPpMGv+GGgejkTYCpJfAUbUFovQBuv1rB4VfF6j7CF1zoCSrFt51rLoP8F5rJLt0
IyIK5gmNDudQ+GgNAxjDCPZI758g4VxK21i4BWxJrAecxY+vl0THymx+MgmGauxNTqntElzoGhLh
zfkI5dDCqiKJpjlEjw1mz+C7nAdr//hHt9vk5tCtRykN5YOyEqdOzKxN0PZ4fkIyKdVBabBg7iLZ
kp7QMnCyVPNCbrMpZ7GphoU/dIhGo9UbWGm+ITseGfGisEZc0uJkvdTUF9BlN37jmoCsZ4HwgLIT
PGa/MPJPCpniBImSC1Enfq4YUziuZh7fIM0KohFaQXi56BumvMwBrjSs8dmfaSbBHeXQHfcD3Fvy
EHBTHiKWykMerDwXdJQJ1Fk7KLc5z6vutZ6gk0+1ptiHLSR/6AqqXJ+lTa3tCaTKZTKiacHALPK4
zTCkjfYdYXvPWUh91nBPY4waYdg9LFjZql8rWw0Newiv3hBpRK+wLtiasSLYnLEQG4WRPi33gqYX
WTHpCpsgmOQWDQ2GirLJcjihyqpQOTJhSM5eUoOIdNDVYh++HLbYNO9rqosYINlbbQknoQEBGiOK
5vdc8hbY0Hc1yKwTmvihznrLqjO2+ZiaRABAMxsssYPWJM5KXZ+4EENGnJM67RG8KeU40ult6eZp
ukuTqN9AzsyWeAa8nlO61u7Dh0Ys7CyO0mgYTQbEQt6EtE8wQDbbDfgDdXjgmyP6wScACECoG0g5
/A5jtOU60SI/cJk9ui5dWGQ36KctTDPTmTJjAj/P6DfdhzSGVVDA8LLaWonhKELXPZtEJ4Boeadt
wTQqnilJpVT8OGRHs42MlfY7HcYkVJt4NMxykePaHOWCtAm+wZbSEMdg0WB0LCwW3hkqYlbCJn2G
ZvOQZpO/yXDrFh1lx81auEMVymAiaTob/QsioGbm7ksFpBsV70KoKIfCliN/bRatoKFcmTNazpVK
9o0T0DZHI+ZAIg3g0EDrJnsPkBpy7kc6I3JLKE3irPLmSH1EfNyu7iGu2WPZXfqWKyjbhoYFrkLe
c9SXZaw1nck7fVOgWGJujht2Qyf8Lui1XK+sX+MroOt8UwNx+yp90+0Zd4cvlcXlZ/lZfpaf5Wf5
WX6Wn+Vn+Vl+lp/lZ/lZfpaf5Wf5WX7+v/r8D7GClUcAyAAA
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

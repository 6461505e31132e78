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
H4sIAAAAAAACA+096XrbxrX9jacYw0wIyAQXeWspM4lsKbEa23IlOWmurCgQCUmoSYAFQMmqrD77
PdsAg4W2szm9t8TnzyKAwSxnzpx9zkyCU38xzdJuev6n3+vqw/Xg3j36C1f17+Dh+kD/5ueD/mAw
+JPq/+kTXIs08xNo/k//nddtlZ4H0+n4PBi/4Z+jEz89V5Mw9U+mwWj/yXr/7j2lbqsk8Cfq5Epl
54E6DadBCr/8TKXxIhkH8DtMVRwF1pPN463trzdfPTs43n6x9XJ358XByI+y8ySeh2Pz7fPdre1n
o4mf+SdJOH6TeuOpv5gEXhpHUZB597wHZum93VcH26M0SC7C6MwLosk8DqMsNYu8/OHg6e6LUa+o
sje/ys7j6G7vJIzkN37w/NnXz3a/P36+8+L4u+29/R346G73XrdvvHu5g88Gg+4AH754+fz45eaT
bze/2R59lQ/G88Oe9HkcTwLz673dx9ujdjibx0mm+M80POnOgszH3ik/VbONi9H1JH90aL/wZ4F9
1J3Gl0HiuMNJ9yJI0jCO1GmcqIkKIzXrwqxkSXiyyOB56rg3G9HInk1P4Rtbhaeq+B2pCxVM00A/
8tI3YRRd2RvzBMDmRJ2L7lmAf23bddvY9SfPNl9tbR8/3/z78d72wd7O9v7oLj6HsXy3s7W9d7z/
/c7Bk6fwuC1Fn8AEHr/a3z5+vL21t/vkW1V9DsA92P577fHXu69ebO39UHu++eLg6d7uy50nx5vf
77/n7Te7u988gzfPdl9t1Yo9h3LPtmuPv9k82P5+8wca6WOY95ebB09HvUWa9Kbx2J8iguCrZzuP
a69g4nowv4h2fprCBPiCd9AUIMTW8f72wcHOi2/25csgG5to0Zv5kX8WTLw0yDKoJO3+I2U03D/Y
PHilv7rwk+aWevAnW1CDz3a/kdLZbN4LozDz0nESzjNZOoA7Z9bPXP+Ilr8j6f8I+j+4f/9hv0z/
+w/79x+u6P9/Fv1Hug9YGuLjVPlJQIQJn47jGSD5pM4QLMB55S1iNQ/nIGeEU6vcHJUcTQoRxOoq
u3X9eHP/6fH+7qu9J9uH/aPPems3PaOMrd69U8HbMFNEm/d2dw9GreudFzsH9HvotZzxZEk13W7+
z1aff67mlxPlvXRvrMND1ZLK1GikeuroCN/r+oVsjHSZlkFGhG6U3mk6Uizz0mtj5cu6Ln8t65zI
7w8wuK3Ng83HeztPvt0XJgeDrDG+Gyyes9zWtZDA/e2974A65W/Kn+qn9DFz5PxLui0Xp0c3ZR5K
Xa+zVBq6UMZR6+nu8+1el8lUr0YJv97cebY/6iO4v9/cewE/LSt+47jqWhG/OlVtpeI3Cq7P0tdR
G2Z3zd5QN1YYncaVYvioWuzST6JKMXxULpY33nIc/VvdUQPXxSpO/EmlBux0rQYeCddAv4sa0mCM
bLtUy+uo3NFz/yKgArKklHcB7wa2+gJWwEUvWkynav2LzwdYdhIGpbo+S4d5b677t2+v9W5s+fjz
9Q1eMfBmfegNbqixRQp86ThIkjhpqEg5aRDgX8+DFTt3myo27os21rHumZ/y/IFUAmvLi1TreuDd
wLLaQJIRGY2twUVVD4b94T3sGgkuuoCziABf3PYGCJ1YcxJM/HGGdVtKEYdW0zACehO/Ka+Ug91v
t2Gh3IDgOmo7E38eHva9v/je6dH14EHn5l1w9dfDTe9/fO9f8PjY46fFky48WgPRCFDlHKRdtfP1
/ohlYC/hFoEMydDoFoc2iS1EUnz8L9WCLiEdgXJYAHqHf3o9G1/Y8Oca/tKYEQT2DX3KjSE5okpH
/1atRNddrYYp3N72800QzA4HRzd2w0OjAawDJHRspgA/zytWacMbKnBjieh5fMYoht1xzE/0Z+uC
CO+AloOk630Hv84JRhGgPVJSKoPdv7HG/vF5nJan7rw8Z09394FAISTwxflnPfwp0DxHQML/UOl5
ls3XBLTnI7xLh71e69wyB4b9O7ctavcyTt6kc3/Mw0kD6mA77f2IC31379t9kO63qfVRrzfHL5mI
9/IPu0F0YcPaK9ahMVIZnaZrx8BBg+NFMq201l2zCykWpglE071ntlobqjX7tXP4o3209tq1u2u9
14O8E5qEfqjt8RQEmSA5DicCX73qth6DpPxq/wAk+J2tIS1B5GzXFUiVisEaTIJskURYuTLhNY6j
0/DsdXYIiwR6m3XXpOERDkDhACr9J1ZX7f1ZEsyRti2iN1F8GfEksaZyLLhXQhPUe9SFjOotseqX
P8hI9JrkMuqReuTYXMBW3ph7Yeplpb64WIOA6kIqDMbnMXx2YZvdku4AOUMarfih0DKDWOvnwVQI
H3T2mjpD8ge/bqKCQl6rRTU15OnA2T4NuVthdAxAjNMSnOawaga3bS1M2LJ8WnMSavawPK0i4763
Zjz5XqN7/u7oiJtbpEFSampRXrmgZO3xypWBw4pdCEAJYoVWzmMnMgSVOMULNV4kSRBlHjamZgGw
nniRzReZQkGhgkKlZYUfkP68dDGZdAmaBihWacVC5jtL/DGs4tJgZd7mVypNxvCU76HzOX64CEVg
yVrhVlGcgYC8iCYbCpgioAgIzZdhdk4S8/NnKllEWQhjFBkatTnF2hxzXhKRRbFzbUH9iWod7CGp
2trZE/pncHFlR7FKF2OU3hOQNuLkamh8gJWUuBgM55HdEkRDeFzBnM6vbr++fUsjDt4ig0fsYAPK
Gs4oojV8zT3AzwhvkVQkY4CKDS9p8dVNIIssnKL5YyGWiEX3NIwmx+k8GDvafOF24yQ8CyO3XVqq
AoNT6BU0Q4uEwXNMevZ4GnbzPtFMkE3q+TOajnNoE6DT9hdZDGqy4i/byomCADSXsgx7hwBe0lUM
fWhw/y6+LBmLZIJPk3imTH2moBj/+CcCjgnfP98qW8RkNVKvSyRq58VrmyQrPUahh10EqQEOYxUJ
0gY5A4LPv7LpFdMNjfDQF+kALC34l6OJ2V4dprZQK9LmPKq88nGBY0KvzKLl19SRHOtUeT6446Rg
/PVvx6C67Y/aAE4FiiIIpU5XU9peT9kodWQx2sOiM1h9MANR5odRqtGoUrXt4lKrFuoao+2ex/Gb
1HY32tayqe8PHuDUt8azSQfoWxLC/xHQHVKHYYZz/VhGsP1i8/GzbVoeMh4UKHFEizmQrMxpnbtD
RhHokrTPwHa4OzCwmT93EAA4SFgrwVsnSxaB6+IyaoU0ze+wjlaIq5TII9XQ5angeg5b4ZG6M0IB
KgAA8hv8uQEVXGdX82CobAGv3dEsbUhDvaGWEJnfSW0wASN1fZPfd/ezeE4PD48s6Y4fXTnG20Pg
eaVR4jwWZfA1DdKlAfEAjLrfjQgOBdhcc3RcBoZ3eE33Q3XYOj+6OcIBcrdBfDM6DXddWXCi7CKK
spqMM7YFy9JGKNt6NDjZJM/aZeAaNWEV32Idr/Z24Hv6QrePNRCivL+K7b+/3N7beb794uD4xebz
bayFvgKCFkydJSV3tlxspy04t7Wz34R00AMnnzwAA2ITzQeCTpCOQN8A9UYE1fjJRdJgCtSA8BQq
BuaXT5DAgNFUijml6rg8Ls8C6adBdAbM8gvVdwUlCIhm50aIbdwXgk7xqtJ06eZdvtxQotdjQfSA
kVA970WMjmqa7o4MsHF2OmrJ9LoyJmx8RKhZDAae1QBYH4eAq/oxPTU//zBFAwkkVb5JwwSdDPOV
gU2OLChCJKQOgSB58IF1dUsvLO6uHZ+e2nqK7DhCG8I8SEAwirKheu0U9VWXBrTd+HJni7jDFjNh
5fRdpDVZqa7SSsXSjkgJwrrhE2afd5TTRMm+/EhSJmO0ZXggbMRaHiEMxuKujRMkK7jGyStaUEKe
NxKHR+3rmza0kymgM6N2WyGhwL9AsEfM3JDVhMlI7KEFEzYsnygrad2CpATAihZ8tMRWl0v3MOPU
E63JELSoWy0HZEp8Z1crV4hdXqDayG2IEMYn/wBqYLer5i316BFUgtWRsfdaq2RibRpK42FKUrav
/roPghRXtgGU4zRDlAR5OkzFMFWoTzdaFhqDji5GqRC773nsaHFzC06QjxEBBpCGseEIEtYp87Vh
G92lMWNRRGyab6pD0ImHIQoGOukQ1DAa+CBXudXGBvVG1mhjdwq49ul10TcPBYQoU+t5H4Ud1DpZ
mhgU9RGVYHUSWnEb1yqZobxNghxNqWEX4H6uuYbVynFat9HWOYkFugMco+fhgN+gVwsw1SV0bcGc
pOchTNTGBhQo1ryHWOwyLpcKBak/llvDjAX9voVq96vvpMuI/PbiArUrVSg2zRDyPD85wy9gdPh/
RRRNYYV6uEJtKYn83Eaurh8Qa7aJQ9s5vJnQvR/csze4lL05Q9ZYbrZZlCGMA7fqBjtEGfWFTEuh
uAbH0DFNNXjFA40Dta6B8g29QvW+UTl5GFn1+RQ1Q88p3XrnQPLFOMxaqBiA+9xxKLGgEuXp13ap
dTZFVTVYqJ81Ml9BFwHhjEEY+MD1r7nlj8WcpOI5WtphYQ1sXXbN1VaJ9yrQiInjLJggx5iBcoEh
DYU2nXcHwdQa6LplihT3TltRlVn2Ov899Lo3MF//Kf4/08zwB/l/7967+7Aa/7M+6K/8v5/E/3uL
Qh0wQAYlOvT9Njppu90l4QkcQECOWwcWitBEB21M0zB6g/zDbvVBoHJ7H6jDdOzSohQyNoa1+OhR
e3v36zY/H5aMY+rQOz+yrCf4KBVbGtQ7nfpIBDoKPakd9YTLPoknZJwgmaYDQtdFmMQRch7lZPGb
IEoVuq6CiduxRFJD4U5YdoclvVTayZ0DQCXgv8vzAJ6yOW8G7UzbqZKAJaUDliwYX5qlXM94HMwz
roraVs6gr1JNetyutY3AYLFkCGQVYXqlHHRdkpUHxhhfYleBV6TxDFrHpph8noZvqcPrTN8U0Teo
cfdrYhaG7PN+Qq7abRf/LCO1wG4WLKwzsWViqJ2dyt4x5sK2tDGMZy4XHeM3ypbJBGGVf3iejn9a
4vggqR6KF8b33FhqWt/Z85xH+Yh5yxRcT6BC3TyIlACRfxsfqBOQi1DMhJ4gKg2Bu8BU+QDnS14n
qLiCvDEEVQs+xBWUjLEPaVCvHCsS9AQmQ4bewvpLE61OAjQn2xZIqTKKRBWeFLPjhWOy1X6dtXO7
Lq1BrA1YV5D54bTqmKQCLNaiQSyMFrk4lVsp2rcBh6IQRjhpr0lh8q3bpqm6dY3lb0Ph9o3dUEf+
aakdHleLuwjlMDQEwJG7RQho1AxVBbjF49DWRcSX0muqqWMUIxEf2TBauAs3lJ4V8v6jtdwEvFMU
dIc1ozwbkDOSLAEVyLYcwSqniSrwHVEEHumQPbuKfyIoPt55YcusMDDsYYuwy0Z4rMHdZGivFRDB
EbcmimIsCQ01KHgk/KqEpdhPEyEJJiSYFJ3dF0Joa0ybqFKkholsM5CfEVBo1v/Mzwemjav5QFoz
HMHDfr/S+VK90FmkkFisMpDGYq1ZR+WSGX8DgykWyKkyXaXv7bXpUq12+kGt02atujMPan1uKlXq
8gPd5ao74Bb+DWbz7Oo93l5zUVTbwim/8KfhhHRg3QiS8gAV/5KTzJ+H3wZXT+ndx3qdCxAhLeV6
yzAyax3qIhpA1GezhJqFwPaBS8ECwb4Hb4PxIkNFF7695o+HXgRoeqMHoz0WheucopCqAEMVHbpD
jDcl/0MYqZL1QjknoIicJeiUI94NJcZTwLOJWybXtQnlPtdpwgTgjqNgr/giCUwxo0IYtgtRw7Yw
DoK9h/jLtYooGbwvA7gSHjGiIiUAV0povIDBD0tyj/jAMDpBYeQBAdgI0GkKnjHWUqUzVAQGgfIS
BhBU3tiaDy/z/jIzqX6GnaeIH4Z2CXdywctwGT95tqNEZPBIiNJmnPKUwrBrLaHUAM/LlTU0K5Sf
hKssFvWcZneRTKuL7LcJ8DAxAhqpzkK9kREVc0r4bgpCOL31rxomuKnqhjGVgFt/b8wirsQKgnYY
uascCiGKjPMCV64RDP5y5/jb7R/MJ68OnvIcCgsVseb61sUwtyoIbb4oMBRe39gudg37RGK9/yZI
1Ry0+2ASoAgfX4j8biLABg9FhbBwiYEy5i6JryRLub5RZiglB0riL9ugC6xl2NaFGU2gg2ByPPgX
h6eUZVZRUGpiJRoWOQCGEaCI5qKwllJIzHMSRAwEkEqhOUcbKpe5yE0cKD5DGWU6ITj6UeWrodak
1GUIgjN2GwmxFnZnpYgKgwaKR7fwSs7KLJhUrlKZijzEtK6A+gF3wzbJX7OjwVwjAqCmYqNW8/Ny
P5f4MorVoikZd88LImSNMgFhxqMgO99kRGvllIXMEh2xWy+/32o24GuZU3gqRke8z1ljt06JsXKL
d0a2ggeyBnK48csyjPQs54wRkXIoRTVIeBnl1nBAm1PgFkESLAPD4SRMjpTzbwo8DwCrr2Dtxmj1
d6vzuy36tm1dpoxUubLuEgMcta6BYg69JWTxxiJBYjl153X8K2P3XN3KNf3lWGuJsS4W/mVaW/nA
tgrjA5CvOJmgOlkVBC59QSy0TUQ18SXxI7csIZwFGYkIxEnzBS70zigHygwIWS2SJCioifoPyxL/
bMCim15Rv6m+3L6BCiL9ALA28RmqTqtHeg8NUGLvTXDliWBZjQgqwMQmlJJDKlfz+B1F51Spe0el
MQ55Gl5I0FWjPKFS/yoFMF657K7UegONG3SH9CrNglnXD7tr5T4w8DZ31Degol76VxVQZRijpU0e
c9XehxJoVIjbeTu3xGYC+FobGz4siailkWjPKpvvoUFcCviFlyovVgVOepeq/dk1BtJSJMxNW3ne
GPfhjTMPo9TQN3Qfns38t3SvBn3lPVVfeeq1eL5tmO4ewLW33u33atv0ejxc9opsLrLzOAn/5bOR
/nHgJ8AteP5s13A1fDlsYW+0w6E/XO/3XaIvVbOangixrgEFQOxrNLIVHoHhvf7AFYkfSifB6QIX
u2GOwwJDVONCpGCisvCuF4B5vgI3SJQRpIFqkiA9Z+TBbwz50oeRq2l8FpZ7cdfNVzUgJE1lTEYG
GZWDRYbqKl4QJ1BPNl+ov73a3vuBDRGg3Wo4lKq9V1RbgxfaTSa6fgGXg5+wwGaKLSjzoiGFGyIA
582s/3m4VrTiR+klzCQtM6wQKQOwJzJqOoJGrumRYeNYvJiKGkWrr9KppwcHL4E5IyKIYlhUIY4X
tgVYxqaKCTIGYBkzJ3U7Cm7FZgq37D7T2zNEGKLNHrZlbNuAJd13Xev/vf2/kcp+2v3fD+4/vFvx
/wwe3l9f+X/+KP9PbdfeLBg14knZkWCZjoQlfpvGWixTtABSmjJ9LWuzZTsSBm7FKF4oX20VBJaI
7tCqGSNY/oH6Oix6/lQlyvThT121k6kzYJ+mUwZ5Hwo0FtXRoOs6KRCuWdBRZLtBpoPBzqRolr1E
uaAmu+hRFrNEFgM6+aE9x+XNKCBlobfpMkRJOhPuJSHmvgV00qMNREngpxhWBUX8aRoX5ch3gHQ9
PjVFQPRZQR0wIoQmjIZaAdoaX4So1DlLNn93lGz3hh+ywbujut2uyzbrrmo1WnqQ4ZK0SMBtMGSx
+BqzUyO1iAkVEHV8LdpBCemr8TpCJUGdxTwWnaLApWnWgMhiZhw0WpUh/418ELQaZcDz+NJAjZqD
jirC4AF+j345LVWQ8KAfr8M3E8QrirnTbWKZmrNOiSsOfgDTY2ecRVE3EhOF/g+2YyAHFm+c7N6T
tUhBULqmda6JWCd3Ttys5vY/eiH2rnPEaOwsjru21vIthxwDMyi1NbBuLIRZVN05MpDtBQvc4PYj
qE/D3tHasNdzD3+EH1853TW3JY6jxahhoxvuZ/uq8nj9iDxQuC9l0esdHg7HUQYa3tFR78ub2maP
68WQxMkbjJ1JAbUat6bpbtKmM+zfkk1nUoaGwhsIj4qNhHe6Ho0Nhvbl7SOQemRTzKg+LL3p4rzT
ueHNc9c5MsMjm3fjiMoD4DU1DQMdzNlj3NbLpILjoHw04XkFX0C2Ano0+sXufSsfQ0mdXr73Dmv5
uI13Lm3cLhY8ToGeGWMrp3d0xxni7s+jO+6XLZ5DS8na/FnatNjVl+vTtiXWhUazgiU2E9J0dSAf
d6LZiCrtkZJqcslLEppRDVebOh8JkO7Nlzsd+qbMeAoI2RZvrWFlm6BHffl5uKvrqCMwBRLSW8bf
ouEa1Js4KeAHkguMb6NKbNfVUFg+op8VrlJNNoClSskFTEwr9gZeN2VCyY3NxqjGfkReYsTQWuVk
smP2mhtpq5WKhe7Cny4QjW5xcd5apx/SXyAIRRgrPSGqR0BBqkexHQPcJJMsMDr7KsC4erQp88Yg
7m9LdwdZ4xI0S3HHSCEQFWKB0mLBB5DOiGQk4yF9PGq3LW24r28BltWRk+ayhwkLUbgQ11R99SGn
Fu5gg2Z5DAYNrQZZ1nxaBTtmg7URfGJIlLXN+lK9tn2hoO0tatJO+RHLSI1yamVfJHB5BpAB8BK9
5NjEkit4PA7S9FgMIh+5Z9Iw+dZNbVXQ5QY/Q4BhPb1hzvOJgRk1J6a8tGrAwUgZjIPK4hosTUqC
lQEh+RBhNBgoegtrgk7FkcVd0KE/jUYePTPmxCBnFdnoP0n/nwQni7M/KP/bvf76g3r8592V/r+K
/1wa/2lgrToEkvRs58X2/pFlvUQylJbiQzva/5l2lCQrUKf+OEvJDQ3UZRpcQC/MWNCOoZ6z5ucL
B5z6sJ6pMeUIZ1f3+i5l5kAHViETAgXgapoiTy1dX+79ViegdbzpqgMOQsX9pByIypprQFt/Emj8
HgzOT6D/MKhlCuiSsE/q5Ohe32oI7y8F938otN+LXFZUMIgfRUeWrVtNEfUwOTqgP1rMTig2iDtS
ief/2AjTYk8Eh9uTRGEkjchDrFAbFZ8k7UOmnUWlzBlkC2K675Rc6OxPxN1C17RbWbukDLSyKTGG
uBu/Ewyzc0UshvnQV0nrebm3fXDwA/uMSd+hhHFx6iEi4iSUVZ0swai8tg2KP/C0BS0vL3HdoiXE
H91WiwRy2VpeFOEeD6UzOq62Gmhr1ImBjXmd+Qf4tLn4fDZU9eLzWWPpszBrKA1PG0sXnHVolDb4
bdNHnKpABszJQlpGVhAjtPjzgfEZhxBoONWiMYg+YcF2BVvabgkbnjCVMeHPZCfE0AWnlK3FVWgE
w8g5JwQcWcDKUucxBbViKCQszEv86OX3W6UmStFkSuVhMxQPPT9DGTHI86xsq/aPhcP1HVvw3hWy
zDuOAngnW8XebT12j9uS06e6/edCe+PWSABag2Jr327/QH/3t58ActPPl5v7+6Dcb8Gi1ulUqoE4
piOoKEPvKv4d2U5jxJQ3B+3awiwqiWc+H9Q+JuJMtLzFlJv/dyT7GtWEkcS4aDk5UiqeInhbr1PH
0UpvxO1f6Y8RDFD++mUS08Y+4gDKyVmCIBVTjt6Pt9UXX3yhaswTn7Z6HXz/6NGjhvfwtMV2FY6t
lWgr7saNpoqcVssSWf1Pq+u/5GryWn9i+X/9wfr9mv+vf28l//8Xy/+/0LFYQmPL+jqGrjeGDINQ
fRqg3ctX9IXa3SzMK06j1cXyvFOsTzfidtCJBlWUvWel0GGOc6WA4bSrNolpheMG/6SYDU9QH6Ha
gexzKBxw8CmaKkJ2LSK2Znr3UUCRIg37xHQVHLJSRC7Tc3RL8Y6bRj1hicfpI4VzYtkfH1POjL/J
NYjmFuc90eXuEKDA8NRuNXK06Z3/3UL82jnFRxLG01FJTPuOBKBo76dApw753yTSF8GFRqc66sAU
M66QiadbNglWYt3zTFRREJJJqzbQSNJ/VdAT/YIXMEUY9mhbuKV75Cyz/7m13QQ6YSJvJcBOYA13
Rk5uKaQtBK7Fu+KNtkE2w6KHXx3doJhcwveyYvJOLfusFKCnTZ6/wPpIG+hpm3vV4WOaIHMQN1tK
Gc83cLJQPPbP/HCZta51jVAZ3smtdvj/jbYLMgi40hwrJWRto6Tjk1cZkQvxKIWF+jbTK085g/tq
FkaEar7C8DL6eclkgtZ2MLGtT8//Tfffp7b/3V0fVO1/g/sPHqz4/4r//1z+b6KxZe1TuMYl8tEK
k+Z1bOTsc1pNpv06ZXY7VmGWw+VdN8p1cmNh4WcgjsT8CQN0ahxb++dNuo9sGuMdfy8mzX5qpylv
raud2PjnPTHy5Jnxp78unBvUz0o+Vl1tu239tuHiErQt9VNQh46VWKvF2LeupdztxqqH6qayv+oj
ts/xYhrW5QCHJZkNU3bLw6IQl0TWA9w1cxaEaWWTV80zZ7bazCIdMlKD0KGbRu610RzOfMoCdZiV
9qcva1ccZ1V2WfQ4n4lb750JHTj1S3xw1M9CQCp2gbx3z2VebChvCUg0I3RLYWiyuSEUcuKW9mQ2
xpQM1S+JKZHdzr/5zri6lM2GOc5npukVWjlR+iLfhh5reSOcIfzQFk2SsmSDDgs8iyyQcPxTtIP6
0RUKP3ZVmFvZnf4o+4/eaSVZxz6p/DdYv1+1/6yDALiS/1b+3w/4fytYqw63dvaOLGsvmMU6hlv2
pepdhkjvFnMMwG7eYohUFlODaecubQe3JC95kQjMHUrFwI/zTI5MNrN8U+WaAmmB8slAjUsSKjqX
yEl+asxYXCQB/Ak4CA1pgzmPDjuiWHniShz/LJ3i+Cref4swmIdRFEyUOBjreYWklckHDEOVJHOc
q7lImF50t9DJ6Z6sT1KGq9dKtX6KGz8pNI6FnFSJJkweLSN/+Ypc/970n5fBJ7b/D+4Oavb/h6v4
nxX9/1j6r/eHl3NNYgLJI80TcMM/sIRyME6d2tRov6rR/g1FG9Ct8gZ0CdPR/KbIaKqWJAYYqssk
RLG4zkgoOqjKRDDIcRkbQaN3Mw/5CdQAdGwj27A+wDbUB9iGEhiexXqwxkacQvly1SKaAmgrmT9B
TbNaTfmXaWNPHlGMO1WDJG/Ln88DXwykvp4x3MZaj31iJPhFTOxjMkDkTG15DgetyJGyqGM+UtQS
UaGmnd5GvhO3wjxLwNLpmjEHaj1BLrxekm0i7yVB4yM4b/QRjLeclHtJ05SNr+j0ilf/n+T/v4sH
4EP8v3+vpv/1H678/yv+/7H8X2LBhNXnZn9iKL8Bx3ctDMeVPDdZnsKfxsjug1/AmS2dcP4n2ixE
RlV2Heieo3ygKTj6KThJpkPMDCUCy2yV29CH9whgunkQMooVIGLAfVNaWdyvzJxTuirpRDp5wDLw
dOwliVnoGCl1CUByEljY3Yx3t34c12VOtCyd0lJmLAdC3qgGYWJkcqASdxUUKTAMQDEqWNyH4Wgx
3Ecth4Mq/XBbtenZu+At5hgBxHpHQ8Qsg+8YNLSbMT6r7l/kYLvcly0zyjKG+HUYOHzGaAO0lUAb
reuXY+VN2V3ONdkuw56iGh0QyJCbQzc28hD2oW3p8Ma7pS/xHKUFZssceHf7/f+onSqr63fk/xcp
JljxiOR/av//+oMHNf//vZX+v/L/L/P/V/YalmUCE5NtPHuHM1TZRn54NKZmIA2EE8p+4avv9lk+
AJL5ZJGkhUKka+0YOeOxhpe0vyCvu7Z1aGdrWzTZPBjAlEOCt0C6U8pOj69OKV9iN6/uN0/7bv9G
QX213O1m5vZKYmoz8bmRiFE5pdz9oFhO8Tw+t5SMdkk+Z2qtaTvVsFS+6oetvCuaMQ6SNRrguUWL
S5DMkyCjzRm8c6RSsbFHVD5CHVgXhXYYBdKR49YzgguechG7yHxN+Kcf01k6kph7IpvvpdI7I8du
TWxXTsPB492c1vVteYuheK6ZQbPASEy0rEutHd2UE1TCqJoWA2HyFSWo5GBJPvHAKa85mI7FvJjJ
fCfKN/no1mRgvXwFpD1f5y8QEcyjutbMM89LUQWNC6nYjPOerIVF6XK+VKYHU1hjfHBMkf6FTWUh
28N03ow89sE4hZeTburtZgxLtI7JOU98nO6QQkqNQ3ZfATTS3qOrePFFTzlnYeblFjUPgwAElr9n
WrIK1aR8nZ+Y/w/u9mv2fyy+4v8r/v/L+T9hsikAyNZgXwnprSjqaRTO5zrteJ2yG+yAA1nyevP0
TcTeyD+LRxqnmoRoAUCS54sRPl3K7pfs4f1NeDibUlAjp32tvE2yK9aPnWKIL/3s3B4qvWOyYxTW
w+2CBhte+FlgbkUcgpIK1JfK5wVxOGcJlJzQAaaAFYu3UPJapgVlBmjqdesa3g6RT9wY52UMJb5v
KO+xOOV5wkO0cCArFe43pP8A4d+hjQ/Rf3hbpf+Dh4MV/V/R/19O/ylrWI34k1sTaJvO1PB+Ok9+
PJAAMXUtGk/Dk8RPwiB1P0y7B5IqeBH9PoS8or4UG43er5VY1TQ98nhFB1f0P9fgPrn9727/YW3/
z71V/OeK/v8K+k+YvIQDpFkwp6xhdJIfRbXnGTqiBvsH5dTdY6Ph/v7TP0Zy5w6OqulDDJG+3vG4
PLoOn29TjMSydiNMK09ayXxBPG+rvBO1311/8BfaRxxcYg3T+OyMHac6o26xpWII4xt0zX0YaXqu
aCZg9ggzindeHuSqYd+6ll9D75H88sLJFzd8woDjq0kwCceoR+TTBQPcerynBg+7/Tuc43hCmYae
4iYNgGFyhd38d68LHemxSogItN5Vci4l4YMtEPEQJrZhJnIEjue8qfhkEU7RbuR2UCrgbsm3Hnw5
BPCzcQzaxB50u4AqqP6Nz+M4bRh819qJTIv0JeiN8SWC8W5X7fIxk2wcViBIwP8/w3akZpQUGPMd
b5AwwjaoLlR+r6uWGzmrRj2kCnNeO2HGaVkaVW1d6AP6NS+mMMNpuI/TUDKt6VXcbbLmQyk8dYQi
posjL7orLfDXXGXE+UP8f3fv3V+v8f/1Ff9f8f+P3//bgMY6HMhw/J1RonyggiGG9aBe9DHRP0Oy
56MbgDyGTEctZK+LjJ/kVJkDeKZ0CM0iQlMfRmkgA/CjM9kCx085WnS+oK2ejq9zB1qUlIpSk9QD
dZBfFXXSQQP0fZMj0MfoEDoA21qnpvzq6D+cbd5bJqKwm6QsoGA2QfVopAauW8sBmB+EKkdb07kD
OYBtK4vnGFeDGeCe4DbEwdDr3tjQ2Qtv7icpCgmYzdWDctPgIpiWdvXmuq98Z5yHh5NTHbet1iW4
png2xC2Ic7vu08GnxXHL5NUpYUFJXPomzIRbpy67ehq4chbro0eXMXNje+w1tH+blPS93d0D+wb3
yRpflXbKav9dVhMVBK9ZZGqnuN3nDQLpMpwHEw6tJjSL5+kGYRTgYhbwztmTxI/G5+bkIEhUejU7
iafhGLcH8+QkGZ7R+nR7c4smRL7L853TbWn/KR7VPEbkx2+G+aqY+XhQKe7Y5+y+CDA8s5QqsC1Z
SPUOcXiX581xhzK6lM0Nvnr51cBVCp6SUrbbsHQdmFKU45e0ygAo8pSs9zF9HnyNGR97eSJI1Wtr
7yR6MmFcDUSisrM6B11xcOqpWszTDCjsrAYHc8n4Jyd4S1P0T9X+6lp/ddMuLSAji7OPA2isFGka
HQq2ANpo1tXt4gS2XX2wt+NQJbnzWQBND2WWMSQtLoZmEEKY7Jau2TzsWxcFrG0uSScF50edSZvy
kRx7q0sTs2A89xaSyl73xc6zVJPPlY6F+v99FFSdRH1y+//D9fu185/uDR6u5L//YvnvA/HfDYz1
kIWS9Egdvtp7hnIfsA+g+XSuRJx0WPH0vCi47KgxdI9TEsjp64Us4NJeK2sJc36E4/uiI0llMG1n
imIgHblocNmu2sRECKeU24nUVUsffH6pjz7GdFS54tulrModbSahDTVKaeWfnpXFVEOQo7dQG4wU
qbC3wGowqax6tb+9R/Qw36dFj4uazKw3WFiOx2rIe4MVTzq0xzdhTzen9vfR3OEneBKXdNZIGFEH
IravoYhVnmCVQqd50HID9H08pew3koeHE+3IW4rawxR4BhicGXF9ZrQ0zwXf5fmuf2P0FVuD+cFO
hdgpMo2QjztQmNaCJlNPIh23kWKKi0iOFssAp7XkWUwr1naFteHhG/nFx1JBnRsU0613t1GlhmXD
ekHljPAhCi4AJhaUjj5olEB1csI3QTDH5YJyHxS0fDyCND8INTcMpjFxRR2cgC8Rv7F3eMpweHbO
RycYLahXOw1bCShUkU4a04Ilpjjxp/yGqnWXbtGjVC58YJbeN4BHrLfbhOP4F/EH/wIW4h8RM7FA
cDnqI0xHfYtPR+pLvBw+G/wGKc/pPfbD5d5Q9vNSBnMQJ97J0nO5pw1lJlQG+u/SIBpKnFAJHpqr
h9hQDlHcpYEP5ElIXxqY6/Lo5fUVvQZU5Md6ZB+p5VGiZsknw2fS1/S8WZwEvH8UFTw8J35D4QS2
Bsvyts8BE+d07pa6rfhGfbe5pw62/36Qn8TF54rSSSAoXid4UK7dWh8qWx85+o5PuSl8A94FH0Ym
x31xMZsPzwIJNX3juvp0n2I48MBxbiFUXeNIGOoTlrD3CsKBXEWTKOUQDxkuozKUx1mk+QJwNG/6
PBR5A49b+C1InIMm+OLRhFB9UuoHUUhCBtusCwZTqguPUjPr8mkMdHgN0crgLRADDJL0kb7SmSnG
GdTEY/DYnHwMIt7LUoBnn/UAP+UW/9y+vXbYGx6VH37WBTJzYwbhQuXIUgz9pj4/1DqPQeaDxYyv
C/ZowFiXXgK9Ek+VFS1f86eYjAp0awKg3HfLd93Ggw6Ydc8WKeVx9RVFNpvNmXiQ6gNuhFCgW4cI
RyMAdPECAPTE/r7C2IPuWRcdOl8BY57Np0EXCLq7rFmj78UZvGhjZ5dQWWgYqrlPe7qpCgoKLqXi
QukBGyKaJgaLGvun9nsEx8YQWvi4MLeQTSc/yg7fDbXV5ZdyP5VzP+u34H4KRgXzXEwCv+tYNA3v
lSA5tkTkMIwnWRdS0LqGgZZsPqOazYePRdInNWSYpAyXkEgfv8L8w8cTwbTk+j/OSMmoEKYeW8BI
/vZIGFl23pVk9Ze+aRmgapDbMFMUT+JyQl2AyC08yoAqkdOhnCng4aZ0zjWjX6iUnAEuOcwQIkSe
N7QXTmca4PVqW7M3+BWxFIT9Z721m2IbveRlFspeFGA+UmYVOCxSRbx/IhOH6ph3Dz2UTG9sDU5d
d15eb83Pj4ug1iZN2glt5cNatB2J8Ja4UN7cnVyi1iYQwCLPgzug0o294Ap0rlxKCoGMFKM7zbZR
aylrXuTb9SjbHsnnZLsSxAze4naBCQPtq7/RqWvi81VVh6WomrJxl/17hlnoKsCEgytn3e9u/ynm
8xPaf+7fq9l/1u/fX+3/W9l/PtL+Y1AhDxhVRmoOhp5ojQ7TAOw+f775YqswE1mkQmHp0gV8MCHh
DTg27gRSnKxc50ottvyTxr+hzsPJRBsBsivgqNoCUbmAbv+7h8KvB9R9gq45UJKVM8OAnf6Dft8l
sktn16JgnlLvcAylS2sYwBgmsEYGf8HsQFI3FnaALYn1gLN48vG/6FiZL06m4Vid+9NTqrsCFzqG
SHhz0UPZtNBRJNG0x+ixwVQ14SzA3PHrf/5zv9/m6tCtRylN5UJZiVOn5tYmqPt8cUIyKX2D0mDJ
3EWyJT2haeBkycbJo6Wq3OWmGhb+0CEaTzofYaX5mux4ZMSLowZxSYuTzVLTUEAnx8UnNCcg61kg
PKDsBI/ZL4z8k0KmOEGq5ELVid9rxhSOq1kkH5HTCNEIrSA8XfQLU94WAFca1vjs9zST4IpyFfUH
15Y8BNyUh4il8pA7K88FHWUATdYOOtuAx9X0Wg/QLYbaUOz9FpJfdQRdoc/Sotb2BFLlchnRtGDg
KRK4zDCkjdYdYfvAXUp91nFNY4waYdhdLFhbql8qW40NewjP3pjOAi7NC9ZmzAhWZ0zERqmnT6qt
oOlFZkyawioIJoVFQ4OhpmyyHE6o0hEqRyYMydlNahCRDjpa8P3HeJer5nVN3yIGSPZmW8JJqEOA
xoiixXm2vAQ29FktMuqUBn6gs16z6ox1fkVVIgCgmg2W2EFrEmel/p64EENGnJM6xxi8qSQU0+mt
FRoo6Mxcon4j2TNb4Rl4xD2la+4/fGjEws6TOIvH8ZQPpn8d0TrBANl8NeAN6vDANyd0wzsACECo
G0g5/A19tOXY4DI/8Jg9eh4dWGa36NYWppnrTLkxgZ/n9JvOQzuHWVDA8PKvtRLDUYSedzaNTwDR
ika7gmlUPFeSKkdxYJddzTZyVjrs9RiTUG3i3jDLRY5rc5QL0ib4BUtKQxyDRcPJsbBYeGeoiHkJ
m/QZGs1DGk3xJsetW7SVHRdr6axkKIOJ5Glv9D8RATUz914oIN2oeJdCRTkUthr5a7NoBRUVypxR
c6FUsm+cgLY5mTAHEmkAuwZaN9l7gNSQcz/WGdEdoTSp2+HFkQWI+LhcvQOcs69kdelT7qBsFyoW
uAp5L1BfprHRdCbv9EmhYon5eNywWzrhf0mv5e+q+jW+ArrOJ7UQt6/TN10fj4Uo20pZXF2ra3Wt
rtW1ulbX6lpdq2t1ra7VtbpW1+paXatrda2u1bW6VtfqWl2ra3WtrtW1ulbX6lpdq2t1ra7VtbpW
13/E9b9+/yXXAPAAAA==
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

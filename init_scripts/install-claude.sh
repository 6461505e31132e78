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
H4sIAAAAAAACA+096XrbxrX9jacYw0wIyAQXeWspM7FsKbEa23IlOWmurCgQCUmoSYAFQMmqrD77
PdsAg4W2kyZu7y3x+bMIYDDLmTNnnzOT4NRfTLO0m57/4fe6+nA9uHeP/sJV/Tt4uD7Qv/n5oD8Y
DP6g+n/4DNcizfwEmv/Df+d1W6XnwXQ6Pg/Gb/nn6MRPz9UkTP2TaTDaf7rev3tPqdsqCfyJOrlS
2XmgTsNpkMIvP1NpvEjGAfwOUxVHgfV083hr+5vN188Pjrdfbr3a3Xl5MPKj7DyJ5+HYfPtid2v7
+WjiZ/5JEo7fpt546i8mgZfGURRk3j3vgVl6b/f1wfYoDZKLMDrzgmgyj8MoS80ir348eLb7ctQr
quzNr7LzOLrbOwkj+Y0fvHj+zfPdH45f7Lw8/n57b38HPrrbvdftG+9e7eCzwaA7wIcvX704frX5
9LvNb7dHj/PBeH7Ykz6P40lgfr23+2R71A5n8zjJFP+ZhifdWZD52Dvlp2q2cTG6nuSPDu2X/iyw
j7rT+DJIHHc46V4ESRrGkTqNEzVRYaRmXZiVLAlPFhk8Tx33ZiMa2bPpKXxjq/BUFb8jdaGCaRro
R176NoyiK3tjngDYnKhz0T0L8K9tu24bu/70+ebrre3jF5t/Pd7bPtjb2d4f3cXnMJbvd7a29473
f9g5ePoMHrel6FOYwOPX+9vHT7a39naffqeqzwG4B9t/rT3+Zvf1y629H2vPN18ePNvbfbXz9Hjz
h/0PvP12d/fb5/Dm+e7rrVqxF1Du+Xbt8bebB9s/bP5II30C8/5q8+DZqLdIk940HvtTRBB89Xzn
Se0VTFwP5hfRzk9TmABf8A6aAoTYOt7fPjjYefntvnwZZGMTLXozP/LPgomXBlkGlaTdv6WMhvsH
mwev9VcXftLcUg/+ZAtq8Pnut1I6m817YRRmXjpOwnkmSwdw58z6hesf0fJ3JP2fQP8HD/oP1sv0
v/+wf//eiv7/Z9F/pPuApSE+TpWfBESY8Ok4ngGST+oMwQKcV94iVvNwDnJGOLXKzVHJ0aQQQayu
slvXTzb3nx3v777ee7p92D/6ord20zPK2Or9exW8CzNFtHlvd/dg1LreeblzQL+HXssZT5ZU0+3m
/2z15ZdqfjlR3iv3xjo8VC2pTI1GqqeOjvC9rl/IxkiXaRlkROhG6Z2mI8UyL702Vr6s6/LXss6J
/P4Ig9vaPNh8srfz9Lt9YXIwyBrju8HiOcttXQsJ3N/e+x6oU/6m/Kl+Sh8zR86/pNtycXp0U+ah
1PU6S6WhC2UctZ7tvtjudZlM9WqU8JvNnef7oz6C+4fNvZfw07Lit46rrhXxq1PVVip+q+D6In0T
tWF21+wNdWOF0WlcKYaPqsUu/SSqFMNH5WJ54y3H0b/VHTVwXazixJ9UasBO12rgkXAN9LuoIQ3G
yLZLtbyJyh099y8CKiBLSnkX8G5gq69gBVz0osV0qta/+nKAZSdhUKrri3SY9+a6f/v2Wu/Glo+/
XN/gFQNv1ofe4IYaW6TAl46DJImThoqUkwYB/vU8WLFzt6li475oYx3rnvkpzx9IJbC2vEi1rgfe
DSyrDSQZkdHYGlxU9WDYH97DrpHgogs4iwjwxW1vgNCJNSfBxB9nWLelFHFoNQ0joDfx2/JKOdj9
bhsWyg0IrqO2M/Hn4WHf+5PvnR5dDx50bt4HV38+3PT+x/f+AY+PPX5aPOnCozUQjQBVzkHaVTvf
7I9YBvYSbhHIkAyNbnFok9hCJMXH/1At6BLSESiHBaB3+KfXs/GFDX+u4S+NGUFg39Cn3BiSI6p0
9E/VSnTd1WqYwu1tv9gEwexwcHRjNzw0GsA6QELHZgrw87xilTa8oQI3loiex2eMYtgdx/xEf7Yu
iPAeaDlIut738OucYBQB2iMlpTLY/Rtr7B+fx2l56s7Lc/Zsdx8IFEICX5x/0cOfAs1zBCT8D5We
Z9l8TUB7PsK7dNjrtc4tc2DYv3PbonYv4+RtOvfHPJw0oA62095PuNB3977bB+l+m1of9Xpz/JKJ
eC//sBtEFzasvWIdGiOV0b0Nro5xrQRJaYzpZZiNz4EHRunIceEx8k15CIJ6q0nIpunGL+6MHLvF
hUd9282nELqDawaLHD6GmVeFfAwIAELv3vORrFHmVVomhXXgQUc97qjAR1PkY+D9wfEimVbg1F2z
6/Xbam2o1uw3zuFP9tHaG9furvXeDHLwaeL/MaiNpyCCBclxOBGoaXqx9QRk/Nf7BwCWna0hEQ/k
ydeVOS4VA+qRBNkiibByZc70OI5Ow7M32SEsb+ht1l2Thkc4AIUDqPSfmHS192dJMEeqvIjeRvFl
xOBjHetYVk1p8lFjUxcyqnc82T/KSDQ14TLqkXrk2FzAVt6Ye2FqlKW+uFiDgOpCKgzG5zF8dmGb
3ZLuACFG7qL4oVBhg83o58FUSDZ09po6Q5ITv26i38IYqkU1HefpwNk+DblbYXQMQIzTEpzmsN4H
t20tBtmy8FtzEsf2sDytf+O+t2Y8+UEv1Pzd0RE3t0gr63FRpjmgHu4xzZGBA61ZCEAJYoU9gcdO
BBQqcYoXarxIkiDKPGxMzQJgmvEimy8yhSJOBYVKywo/IM1/6WIyKSoSj7BG5RYy31nij2EVlwYr
8za/Umkyhqd8D53P8cNFKIIwoU0FKoozIFGLaLKhgJ0DioC4DwTonGT9F89VsoiyEMYo0j/qoYr1
UJYZSLgXldS1BfUnqnWwh0R2a2dPKLchfyg7ilW6GKPekYCcFCdXQ+MDrKTEf2E4j+yWIBrC4wrm
dH51+83tWxpx8BZFE8QONv2s4YwiWsPX3AP8jPAWSUUyBqjY8JIWX914s8jCKRpuFmJDWXRPw2hy
nM6DsaMNL243TsKzMHLbpaUqMDiFXkEztEgYPMdkIRhPw27eJ5oJsqa9eE7TcQ5tAnTa/iKLQcFX
/GVbOVEQgM5Vlr7vEMBLWpahyQ3u38WXJTOXTPBpEs+UqYkVFONvf0fAMeH7+ztli4CvRupNiUTt
vHxjk0yoxyj0sIsgNcBhrCJB2iBnQPD5Y5teMd3QCA99kQ7A0oJ/OZqY7dVhagu1Ij3Uo8orHxc4
JvTKLFp+TR3JsU6V54M7TqrRn/9yDErn/qgN4FSg4oI47XQ1pe31lI3yUhajJS86g9UHMxBlPjBy
jUaVqm0Xl1q1UNcYbfc8jt+mIB20rWVT3x88wKlvjWeTDtC3JIT/I6A7pMjDDOeavYxg++Xmk+fb
tDxkPCgK44gWcyBZmdM6d4eMItAlaZ+B7XB3YGAzf+4gAHCQsFaCd06WLALXxWXUCmma32MdrRBX
KZFHqqHLU8H1HLbCI3VnhKJfAADkN/hzAyq4zq7mwVDZAl67o1nakIZ6Qy0hMr+X2mACRur6Jr/v
7mfxnB4eHlnSHT+6coy3h8DzSqPEeSzK4GsapEsD4gEYdb8fERwKsLnm6LgMDO/wmu6H6rB1fnRz
hAPkbqOkV3Qa7rqy4ERNRxRlBR9nbAuWpY1QtvVocLJJErfLwDVqwiq+wzpe7+3A9/SFbh9rIET5
cBXbf321vbfzYvvlwfHLzRfbWAt9BQQtmDpLSu5sudhOW3Bua2e/CemgB04+eQAGxCaaDwSdIB2B
vgHqjQiq8ZOLpMEUqAHhKVQMzC+fIIEBo6kUc0rVcXlcngXST4PoDJjlV6rvCkoQEM3OjRDbuC8E
neJVpenSzft8uaEuoseC6AEjoXo+iBgd1TTdHRlg4+x01JLpdWVM2PiIULMYDDyrAbA+DgFX9WN6
an7+cYoGEkiqfJOGCToZhjcDmxxZUIRISB0CQfLgI+vqll5Y3F07Pj219RTZcYTWD1CoQDCKsqF6
4xT1VZcGtN34cmeLuMMWM2Hl9F2kNVmprtJKxdKOSAnCuuETZp93lNNEyb7+RFImY7RleCBsxFoe
IQzG4q6NEyQruMbJK1pQQj5DEodH7eubNrSTKaAzo3ZbIaHAv0CwR8zckNWEyUgsuQUTNmy2KCtp
3YKkBMCKFny0xMqYS/cw49QTrckQtKhbLQdkSnxnVytXiF1eoNrIbYgQxid/A2pgt6uGOfXoEVSC
1ZGZ+lqrZGInG0rjYUpStq/+vA+CFFe2AZTjNEOUBHk6TMWkVqhPN1oWGoOOLua0ELvveewicnPb
U5CPEQEGkIax4QgS1inztWEb3aUxY1FEbJpvqkPQiYchCgZZLQDUMBr4IFe51cYG9UbWaGN3Crj2
6XXRNw8FhChT63kfhR3UOlmaGBT1EZVgdRJacRvXKpmhvE2CHE2pYRfgfq65hr3NcVq3XTKuCHQH
OEbPwwG/RX8cYKpL6NqCOUnPQ5iojQ0oUKx5D7HYZVwuFQpSfyy3hgEO+n0L1e7X30uXEfntxQVq
V6pQbJoh5Hl+coZfwOjw/4oomsIK9XCF2lIS+bmNXF0/INZsE4e2c3gzofswuGdvcSl7c4assdxs
syhDGAdu1U2NiDLqK5mWQnENjqFjmmrwigcaB2pdA+UbeoXqfaNy8jCy6vMpaoaeU7r1zoHki1mb
tVAxXfe541BiQSXK06/tUutsiqpqsFA/a2S+gi4CwhmDMPCB619zyx+LOUnFc/QRwMIa2Lrsmqut
Eh9UoBETx1kwQY4xA+UCgzEKbTrvDoKpNdB1yxQp7p22/yqz7HX+e+h1b2C+/rC6/h9dprHm3+T/
v3v34b1q/Nf6oL/y/38W//8tCnXBACmUi9H33+ik73aXhKdwAAk57h0gN8JZHLTUTcPoLXJhu9UH
sdTtfaQO07FPpE2YwRgo2qNH7e3db9r8fFgyMapD7/zIsp7io1QsklDvdOojKe0o9KR31FMu+zSe
kImHJMMOelHCJI6Qfysni98GUarQdRlM3I4l8i6KyCL4dFheTqWd3DkEtBb+uzwP4CkbRWfQzrSd
KglYUzpgzYLxpVnK9YzHwTzjqqht5Qz6KtUE3O1a2wgMFu6GwJwQplfKQdc12cpgjPEldhU4bhrP
oHVsipnQafiOOrzOXEIRl4Aad78hlmtIkB9mh6rddvHPMoYFTHvBKg+zLGYp2tmt7B1jLmxLmxR5
5nIBPH6rbJlMEPn5h+fp+Lcl7iPSjaB44cLITc6mD4MjD/IoLzESmuL/CVSomwfBHCDyT+MDdQLS
JQrr0BNEpSHwaJgqH+B8yesE1X+Q2oagsMKHuIKSMfYhDeqVY0WCnsCqyVxe2NBpotVJgEZ52wJZ
X0aRqMIfZXa8cEy32m+ydm4dpzWItYEAEGR+OK06pqkAKwdoVgyjRS6U5rae9m3AoSiEEU7aa1KY
Yits0+Dfusbyt6Fw+8ZuqCP/tNQOj6vFXYRyGBoE4MidSwQ0aoaqAtzicWgbLeJL6TXV1DGKkaKE
wgz6CQpnnp4Viv5An4MJeKco6A5rrg02w2cknwMqkIU+glVOE1XgO6IIPNIhm3YV/wqHrC2zwsCw
hy3CLhvhsQZ3k6G9VkAER9yaKIqxJTTUoOCR8KsSlmI/TYQkmJB4V3R2XwihrTFtokqROiayzUAL
QUChc+QLPx+YNlHnA2nNcAQP+/1K50v1QmeRQmKxykAai7VmHZXLt/wNDKZYIKfKdDh/sNemY7ra
6Qe1Tpu16s48qPW5qVSpyw90l6tOlVv4N5jNs6sP+MzNRVFtC6f8wp+GE7Ik6EbYt49DN12N/jz8
Lrh6xn7/T/TdFyBCWsr1lmFk1jrURTSAqM9mCTULge0Dl4IFgn0P3gXjRYbmAvj2mj8eehGg6Y0e
jPb7FAEIFIVWBRgaOqA7xHhT8uKEkSrZgJRzAurcWYKuTeLdUGI8BTybuGVyXZtQ7nOdJkwA7jgK
ji1YJIEpZlQIw3YhatgWxsGwDxZ/uVYRJYX3ZQBXwmNGVKQE4EoJjRcw+GFJ7hFPIsZ4KIzfIAAb
AVpNwVPGWqp0horAIFBewjCMyhtb8+FlPnRmJtXPsPMU8cXQLuFOLngZjvenz3eUiAweCVHaGFae
Uhh2rSWUGuB5ubKGZoXyk3CVxWLkoNldJNPqIvttwmRMjIBGqrPQEOtDxZwSvpuCEE5v/auGCW6q
umFMJeDW3xuziCuxgqAdRu4qh0KIIuO8wJVrbAZ4tXP83faP5pPXB894DoWFilhzfetimNtmhDZf
FBgKr29sF7uGfSKx3n8bpGqeBONgEqAIH1+I/G4iwAYPRYWwcImBMuYuia8lf4O+UWYoLQfK4i/b
oAusZdjWhRmToUOJcjz4Bwf5lGVWUVBqYqUOKvtREKCI5qPgoFJg0QsSRAwEkEqhOUebe5cFGpg4
UHyGMsp0QnD0o8pXQ61JqcsQBGfsNhJiLezOSnEpBg0Uv3jh252VWTCpXKUyFXmIaV0B9QPuhm2S
v2Z3jblGBEBNxUat5uflfi7xCBWrRVMy7p4XRMgaZQLCjEdB1tLJiNbKKQuZJTpit179sNXsBtEy
p/BUjDH5kMvLbp0SY+UW74xsBQ9kDeRw45dlGOlZzhkjIuVQimqQ8DLKfQqANqfALYIkWAaGw0mY
HCnnnxRAGQBWX8HajdF34lbnd1v0bdu6TBmpcmXdJQY4al0DxRx6S8jijUWCxHLqzuv4X4yAdHUr
1/SXY+0lxr5Y+JdpbeUD2yqMD0C+4mSC6mRVELj0BbHQNhHVxJfEj9yyhHAWZCQiECfNF7jQO6Mc
KDMgZLVIkqDQMOo/LEv8swGLbnpF/ab6cvsGKoj0g2ekCJcFcGFVdjVoqoAB20dKPrtch+N3FMBU
Jd0dlcY4nml4IXFpjcKCSv2rFGB05bJHVysFNChQDNKrNAtmXT/srpX7wJDZ3FHfgv556V9V4JBh
GJu2Z8xVex9KoMUgbuft3BKDCCBjbWz4sCR/lkainc/s4YAGEar4hZcqL1YFwnmXqv3FNUZJU7DQ
TVt53hg3WY4zDwP50H12H57N/Hd0rwZ95T1Tjz31RoIDbJjLHsC1t97t92p7MHs8XHYcbS6y8zgJ
/+GzH+NJ4Ccwvzx/tmt4Y74etrA32ifTH673+y4Rj6rNTE+EmM5geSNqNVrQCqfJ8F5/4Io4D6WT
4HSBK9mwtWGBIepoIZIn0Ud4SxPAPF9eGySnCNJANUmQnjPy4DeG8OjDyNU0PgvLvbjr5ksWEJKm
MiYLgozKwSJDdRUviMyrp5sv1V9eb+/9yFYGUF01HErV3iuqrcELjSITXb+Ay8FPWBozZRIUaNFK
wg0RgPNm1v84XCta8aP0EmaSlhlWiMseeA9ZLB1BI9d0WrHlK15MRUei1Vfp1LODg1fAeRERROsr
qhDfFCv6lrFjZoJUH/jBzEndjoJbMYjCLXsY9d4bkXRoJ49tGXtyYEn3XXflyUL/T9OugM+7///B
/Yd3K/6fwcP76yv/z7/L/1PbtTkLRo14UnYkWKYjYYnfprEWyxQtgNqmTILL2mzZjoThbzGKF8pX
WwUNJro8tGrGCJZ/oL4Oi54/V+k2ffhzV+1k6gw4rOmUQfaIAo1FdTTouk4KtG0WdBTZbpAvYcg4
KZplL1EuqEkWBZTFLJHFgJR+bM95eTMSSFnobboMUZLOhMFJoL5vASn1aANZEvgpBqdBEX+axkU5
8h0g6Y9PTREQfVa02whhgFSfWgHyG1+EqNQ5Szb/d5Rs94cfssG/o7rdrss2665qNVp6kCeTtEjA
bTBksfgas1MjtYhPFRB1fC39QQnpq/E6QiVBncU8Fp2iwqVp1oDIYuYtNFqVIYuOfJDFGsXE8/jS
QI2ag44qwhAMfo9+OS14kHyhH6/DNxPEK4pc1G1imZqzTokrDn4AX2RnnEWxSxJZhv4PtmMgkxZv
nOzelLVIoWS6pnWuibgrd07crOb2T3oh9q5zxGjsLI67ttbyLaccSTQotTWwbiyEWVTdfzOQTRoL
3OD4E6hPw97R2rDXcw9/gh+Pne6a2xLH0WLUsNER9zM+rjxePyIPFO7uWfR6h4fDcZSBhnd01Pv6
prZl5noxJInzBiOQUkCtxq2Jupu06RD7t2TToZShofAG0qNiI+mdrkdjg6F9ffsIBCPZWjSqD0tv
XTnvdG548+R1jszwyOY9TaIVAXhNZcRAB3P2GLf1MqngOOgnTXhewRcQv4AejX61e9/Kx1BSp5fv
vcRaPm3jpUsb94sFj1OgZ8bYyusd3XGGuPv36I77dYvn0FKyNn+RNi129eX6tG2JdaHRrGCJzYQU
Zx0OyZ1oNqJKe6THmlzykuRqVMPVps5HA6R789VOh74pM54CQrbFG5RG1AWCHvXll+GurqOOwBSO
SW8Zf4uGa1Bv4qSAH0guMEqQKrFdV0Nh+Yh+UbhKNdkEliollzAxrdhhed20STc3NhujGvsReYkR
Q2uVW5+48xfqu/CnC0SjW1ycNyjqh/QXCEIRDExPiOoRUJDqUWzHALcaJQuMcb8KcHcC2pR5exX3
t6W7g6xxCZqluO+mEIgKsUBpseAjSGfEg5LxkD4etduWNtzXt4DL6shJc9nDhIUoXIhrqr76mFML
9wFCszwGg4ZWQ1VrPq2CHbPB2gg+MSTKWrIGqV7bvlDQ9hY1aaf8iGWkRjm1srsUuDwDyAB4iV5y
hGfJFTweB2l6LDaTT9x5aph869a4Kuhyg58hwLAq3zDn+cTAjJoTU15aNeBgpAzGQWVxDZYmJcHK
gJB8jDAaDBS9hTVBp+LI4i7o0J9GO5CeGXNikLOKbPSfpP9PgpPF2b8p/9+9/vqDevzn3ZX+v4r/
XBr/aWCtOgSS9Hzn5fb+kWW9QjKUluJDO9r/mXaUpHxQp/44S8kNDdRlGlxAL8xY0I6hnrPm5wsH
nPqwnqkx5QhnV/f6LmVmQQdWIRMCBeBqmiJPLV1f7v1WJ6B1vO2qAw5CxV25HIjKmmtAG6gSaPwe
DM5PoP8wqGUK6JKwT+rk6F7fatgkUdoi8bENEl7ksqKCWyFQdGTZutW0LwEmR2+LiBazE4oN4o5U
dkV8aoRpsbOENy2QRGGk3shDrFAbFZ8k7eam/Vml/CNkC2K675Rc6OxPxD1X17TnW6dQMdDKpvQi
4m78XjDMzhWxGOZDXyWt59Xe9sHBj+wzJn2HEgbGqYeIiJNQVnWyBKPy2jYo/sDTFrS8vMR1i5YQ
f3RbLRLIZYN+UYR7PJTO6LjaaqCtUScGNuZ15h/g0+bi89lQ1YvPZ42lz8KsoTQ8bSxdcNahUdrg
t00fccIHGTCnXGkZuVWM0OIvB8ZnHEKg4VSLxiD6hAXbFWxpuyVseMpUxoQ/k50QQxecUs4bV6ER
DCPnnBBwZAErS53HFNSKoZCwMC/xo1c/bJWaKEWTcUYhCpuheOj5GcqIQZ6tZlu1f3Jydes9W/De
F7LMe44CeC8b7t5vPXGP25LTqbqJ6kI77NZIAFqDYmvfbf9If/e3nwJy089Xm/v7oNxvwaLWSWmq
gTimr6goQ+8qLiDZlGTElDcH7drCLCrpe74c1D4m4ky0vMWUm/93JPse1YSRxLhoOTlWKs4keFuv
U8fRSm/E7V/pjxEMUP76VRLT9kjiAMrJWYIgFVOO3k+31VdffaVqzBOftnodfP/o0aOG9/C0xXYV
jq2VaCvuxo2mipxWzRJZfeUX+y/z/5Uc259Z/l9/sH6/5v/rr/K//jfL/7/SsVhCY8v6JoauN4YM
g1B9GqDdy1f0hdrdLMwrTqPVxfK8U6xPN+J20IkGVZS9Z6XQYY5zpYDhtKs2iWmF4wb/pJgNT1Af
odqB7HMoHHDwKZoqQnYtIrZmevdRQMEkDfvEdBUc1VJELtNzdEvxjptGPWGJx+kThXNi2Z8eU86M
v8k1iOYW5wPR5e4QoMDw1G41crTp/AndQvzaOcVHEunTUUlM+44EoGjvp1ioDvnfJNIXwYVGpzrq
wBQzrpCJp1s2CVZi3fN8XlEQkkmrNtBIkqhV0BP9ghcwRRj2aFu4MX7kLLP/ubXdBDphJm8lwE5g
DXdGTm4ppC0ErsW5BYy2QTbDopxRsoLvZcXkvVr2WSmGT5s8f4X1kdIQULKAqsPHNEHmIG62lDKe
b+BkoXjsn/nhMmtd6xqhMryTW+3w/xttF2QQcKU5VkpU20ZJxyevMiIX4lEKC/Vdpleecgb31SyM
CNV8hRFo9POSyQSt7WBiW5+f/5vuv89t/7s7uFu1/w3uP3i44v8r/v9L+b+Jxpa1T+Eal8hHK0ya
17GR+dBpNZn265TZ7ViFWQ6Xd90o18mNhYWfgTgS8ycM0KlxbO2fN+k+smkMify9mDT7qZ2m7L+u
dmLjnw/EyJNnxp9+IJwbdMtKylr9Tbtt/YJYcInIlo8pHENHOazVouNb11LudmO82VDdlHdGMeyh
b/KLIy8aJBe7uluKF8ewztcdlkw2TFksD3NC3BDZDXDRzEEQpm5T15a02szyHDI6gxChm0ZutNEc
wXzKAnKYlfabL2tXHGFV9lf0OJ+fWx+cHx0I9Wt8atTPQuApdnV8cA9lXmwobwlINCN0S2Flslkh
FPLglvZYNsaIDNWviRGR3cu/+U63utTMhjbO8qbpD1otUZoiX4Uea3ljmyHM0JZLkppkww0LMIss
kAj8U7Rr+tEVCjN2VThb2ZH+r9h/9E4ryd32WeW/wfr9qv1nHQTAlfy38v9+xP9bwVp1uLWzd2RZ
e8Es1jHcsi9V7zJE+riYYwB28xZDpMqYYE07d2k7uCXZ3Yt0au5QKgb+nefDZDKb5Zsq1xTIHJRP
BmpckpbSuUTO83Nj3ucileLPwHFoSBvMqXTYEcXKExfj+GfpFMdX8f5bhME8jKJgosTBWM8rJK1M
PmIYqqTq44zXRdr5oruFTk73ZH2SMly9Vqr1U9z4SaFxLBSlSjRh8mgZWeBX5Pr3pv+8DD6z/X9w
d1Cz/z9cxf+s6P+n0n+9P7ycsRPTcB5pnoAb/oEllINx6tSmRvtVjfZvKNqAbpU3oEuYjuY3RV5Y
tSQxwFBdJiGK0XVGQtFBVSaCQY7L2AgavZt5yM+gNqBjG9mG9RG2oT7CNpTA8CzWgzU24hTKmqsW
0RRAW8mfCmqd1WrKYk0be/KIYtzMGiR5W/58HvhiIPX1jOFO13rsEyPBr2Jin5IBImdqy3M4aMWP
lEsd85GiVokKOG0GN/KduBXmWQKWTnqNmWTraYbh9ZJsE3kvCRqfwHmjT2C85dTmS5qmbHxFp1e8
+v8k//9dPAAf4//9ezX9r/9w5f9f8f9P5f8SCyasPjf7E0P5DTi+a2E4ruS5yfKDEGiM7D74FZzZ
0mn7f6bNQmSEZdeB7jnKB5qCo5+Ck2Q6xMxQIrDMVrkNfQSSAKabByGjWAEiBtw3pZXF/crMOaWr
knGkkwcsA0/HXpKYhY6RUpcAJCeBhd3NeHfrp3Fd5kTL0iktZcZyIOiNahAmRiYHKnFXQZECwwAU
o4LFfRyOFsN91HI4qNIPt1Wbnr0P3mEaEkCs9zREzDL4nkFDuxnjs+r+RQ62y33ZMqMsY4hfh4HD
Z8w2QFsJtNEafzlW3pTd5VyT7TLsKarRAYEMuTl0YyMPYR/alg5vvFv6Ek+jWmC2zIF3t9//j9qp
srp+R/5/kWIOFo9I/uf2/68/eFDz/99b6f8r//8y/39lr2FZJjAx2cYTjDiJlW3kh0djagbSQDih
7Be++n6f5QMgmU8XSVooRLrWjpEzHmt4RfsL8rprW4d2trZFk82DAUw5JHgHpDul7PT46pTyJXbz
6n7ztO/2bxTUV8vdbmZurySmNhOfG4kYlVPK3Q+K5RRPNXRLyWiX5HOm1pq2Uw1L5at+28q7ohnj
OF6jAZ5btLgEyTwJMtqcwTtHKhUbe0TlI9SBdVFoh1GATn2uZQQXPOUidpH5mvBPP6YTiSQx90Q2
30uldDD0JD8RGg/Jc1rXt+UthuK5ZgbNAiMx0bIutXZ0U05QCaNqWgyEyVeUoJKDJfnEA6e85mA6
FvNiJvOdKN/mo1uTgfXyFZD2fJ2/QEQwj+paM8+8L0UhNC6kYjPOB7IWFqXL+VKZHkxhjfHxO0X6
FzaVhWwP03kz8lgJ4yxjTrqpt5sxLNE6Jqdl8aHEQwopNY4qfg3QSHuPruLFVz3lnIWZl1vUPAwa
EFj+npnLKlST8nV+Zv4/uNuv2f+x+Ir/r/j/r+f/hMmmACBbg30lpLeiqKdROJ/rtON1ym6wAw58
yevN0zcReyP/LB4MnWoSogUACW8TI3y6lN0v2cP7m/BwNqWgRk77WnmbZFesHzvFEF/52bk9VHrH
ZMcorIfbBQ02vPCzwNyKOAQlFagvlc8L4nDOEig5oWNgASsW76DktUwLygzQ1JvWNbwdIp+4Mc7L
GMre26G8x+KU5wmPIsOBrFS435D+A4R/hzY+Rv/hbZX+Dx4OVvR/Rf9/Pf2nrGE14k9uTaBtOlPD
h+k8+fFAAsTstmg8DU8SPwmD1P047R5INuFF9PsQ8or6Umw0+rBWYlXT9MjjFR1c0f9cg/vs9r+7
/Ye1/T/3VvGfK/r/L9B/wuQlHCDNgjllDaOT/CgKPs/QETXYPyin7h4bDff3n/17JHfu4KiaPsQQ
6esdj8uj6/D5NsVILGs3wszzpJXMF8Tztso7Ufvd9Qd/on3EwSXWMI3PzthxqjPqFlswhjC+Qdfc
t5Gm54pmAmaPMKN45+VBrhr2rWv5NfQeyS8vnHx1w4cQOL6aBJNwjHpEPl0wwK0ne2rwsNu/wzmO
J5Rp6Blu6gAYJlfYzX/2utCRHquEiEDrXSXnUhI+2AIRD2FiG2YiR+B4zpuKTxbhFO1GbgelAu6W
fOvBl0MAPxvHoE3sQbcLqILq3/g8jtOGwXetnci0SF+C3hhfIhjvdtUuHzPJxmEFggT8/wtsR2pG
SYEx3/EGCSNsg+pC5fe6armRs2rUQ6ow57UTZpyWpVHV1oU+ol/zYgoznIb7OA0l05pexd0maz6U
wlNHKGK6OBWju9IC/5WrjDj/Fv/f3Xv312v8f33F/1f8/9P3/zagsQ4HMhx/Z5QoH6hgiGE9qBd9
SvTPkOz56AYgjyHTUQvZ6yLjJzlV5gCeKZ1Ts4jQ1IdRGsgA/OhMtszxU44WnS9oa6jj69yBFiWl
otQk9UAd5FdFnXTQAH3f5Aj0MTqEDsC21qkpvzr6j2eb95aJKOwmKQsomE1QPRqpgevWcgDmB6HK
0dZ07kAOYNvK4jnG1WAGuKe4bXEw9Lo3NnT2wpv7SYpCAmZz9aDcNLgIpqW9wbnuK98Z5+Hh5FTH
bat1Ca4png1xy+Lcrvt08Glx3DJ5dUpYUBKXvg0z4dapy66eBq6cxfro0WXM3NhOew3t3yYlfW93
98C+wX21xlelnbXaf5fVRAXBaxaZ2ilu93mLQLoM58GEQ6sJzeJ5ukEYBbiYBbzT9iTxo/G5OTkI
EpVezU7iaTjG7cQ8OUmGZ7Q+297cogmR7/J853Rb2q+KRzWPEfnxm2G+KmY+HlSKO/Y5uy8CDM8s
pQpsSxZSvUMc3uV5c9zRjC5lc0OwXn41cJWCp6SU7TYsXQemFOX4Ja0yAIo8Jet9TJ8HX2PGx16e
CFL12to7iZ5MGFcDkajsxM5BVxyceqoW8zQDCjurwcFcMv7JCd7SFP1dtR9f669u2qUFZGRx9nEA
jZUiTaNzwxZAG826ul2cwLarD/Z2HKokdz4LoOmhzDKGpMXF0AxCCJPd0jWbh33rooC1zSXppOD8
NDRpUz6SY291aWIWjOfeQlLZ677YeZZq8rnSyVH/v0+LqpOoz27/f7h+v3b+073BKv/Lf7P895H4
7wbGeshCSXqkDl/vPUe5D9gH0Hw6VyJOOqx4el4UXHbUGLrHKQzk9PVCFnBpr5W1hDk/wvF91ZGk
Mpi2M0UxkE5lNLhsV21i4oRTyu1E6qqlDz6/1EcfYzqqXPHtUlbljjaT0IYapbTyT8/KYqohyNFb
qA1GilTYW2A1mFRWvd7f3iN6mO/TosdFTWbWGywsx2M15L3Biicd2uObsKebU/v7aO7wEzyJSzpr
JJioAxHb11DEKk+wSqHTPGi5Afo+nlL2G8nDw4l25C1F7WEKPAMMzoy4PjNamueC7/J8178x+oqt
wfxgp0LsFJlGyMcdKEyDQZOpJ5GO20gxJUYkR4tlgNNa8iymFWu7wtrw8I384mOpoM4NiunWu9uo
UsOyYb2kckb4EAUXABMLSkcfNEqgOjnh2yCY43JBuQ8KWj6eUpqflZobBtOYuKIOTsCXiN/YOzxl
ODw756MTjBbU652GrQQUqkgnjWnBElOi+FN+Q9W6S7foUeoXPjBL7xvAI9bbbcJx/Iv4g38BC/GP
iJlYILgc9RGmo77FpyP1JV4Onw1+g5Tn9B774XJvKPt5KYM5iBPvZem53NOGMhMqA/13aRANJU6o
BA/N1UNsKIco7tLAB/IkpC8NzHV59PL6il4DKvJjPbJP1PIoUbPkn+Ez6Wt63ixOAt4/igoenhO/
oXACW4NledvngIlzOndL3VZ8o77f3FMH2389yE/i4qNH6SQQFK8TPEvXbq0Pla1PJX3Pp9wUvgHv
gg8jk+O+uJjNh2eBhJq+dV19uk8xHHjgOLcQqq5xJAz1CUvYewXhQK6iSZRyiIcMl1EZyuMs0nwB
OJo3fR6KvIHHLfwWJM5BE3zxaEKoPin1gygkIYNt1oXprMy68Cg1sy6fxkCH1xCtDN4BMcAgSR/p
K52ZYpxBTTwGj83JxyDivSwFePZFD/BTbvHP7dtrh73hUfnhF10gMzdmEC5UjizF0G/q80Ot8xhk
PljM+KZgjwaMdekl0CvxVFnR8jV/ismrQLcmAMp9t3zXbTzogFn3bJFSHldfUWSz2ZyJB6k+4EYI
Bbp1iHA0AkAXLwBAT+wfKow96J510aHzGBjzbD4NukDQ3WXNGn0vjulFGzu7hMpCw1DNfdrTTVVQ
UHApdRdKD9gQ0TQxWNTYP7XfIzg2htDCx4W5hWw6+VF2+G6orS6/lvupnPtZvwX3UzAqmOdiEvhd
x6Jp+KAEybElIodhPMm6kILWNQy0ZPMZ1Ww+fCySPqkhw6RmuIRE+vgXzD98PBFMS67/44yUjAph
6rEFjORvj4SRZeddSVZ/6ZuWAaoGuQ0zRfEkLifUBYjcwqMMqBI5HcqZAh5uSudcM/qFSskx4ZLz
DCFC5HlDe+F0pgFer7Y1e4tfEUtB2H/RW7spttFLXmah7EUB5iNlVoHDIlXE+zsycaiOeffQQ8n0
xtbg1HXn5fXW/Py4CGpt0qSd0FY+rEXbkQhviQvlzd3JJWptAgEs8jy4Ayrd2AuuQOfKpaQQyEgx
utNsG7WWsuZFvl2PsvORfE62K0HM4B1uF5gw0B7/hU5dE5+vqjosRdWUjbvs3zPMQlcBJihcOet+
d/tPMZ+f0f5z/17N/rN+//5q/9/K/vOJ9h+DCnnAqDJSczD0RGt0mAZg98WLzZdbhZnIIhUKS5cu
4IMJCW/AsXEnkOJk5Tq3arHlnzT+DXUeTibaCJBdAUfVFojKBXT7nz0Ufj2g7hN0zYGSrJwZBuz0
H/T7LpFdOrsWBfOUeodjKF1awwDGMIE1MvgTZgeSurGwA2xJrAec9ZOP/0XHynxxMg3H6tyfnlLd
FbjQMUTCm4seyqaFjiKJpj1Gjw2mqglnAeaOX//jH/v9NleHbj1KgSoXykqcajW3NkHd54sTkknp
G5QGS+Yuki3pCU0DJ0s2Th4tVeUuN9Ww8IcO0XjS+QQrzTdkxyMjXhw1iEtanGyWmoYCOjkuPqE5
AVnPAuEBZSd4zH5h5J8UMsUJVSV3qk78XjOmcFzNIvmEnEaIRmgF4emiX5gitwC40rDGZ7+nmQRX
lKuoP7i25CHgpjxELJWH3Fl5LugoA2iydtDZBjyuptd6gG4x1IZiH7aQ/EtH0BX6LC1qbU8gVS6X
EU0LBp4igcsMQ9po3RG2D9yl1Gcd1zTGqBGG3cWCtaX6tbLV2LCH8OyN6Szg0rxgbcaMYHXGRGyU
evq02gqaXmTGpCmsgmBSWDQ0GGrKJsvhhCodoXJkwuAayYrBWZrpaMEPH+NdrprXNX2LGCDZnm0J
J6EOARojihbn2fIS2NBntcioUxr4gc6Szaoz1vmYqkQAQDUbLLGD1iTOSv09cSGGjDgndY4xeFNJ
KKbTYSs0UNCZuUT9RrJntsIz8Ih7Su/cf/jQiIWdJ3EWj+MpH0z/JqJ1ggGy+WrAG9ThgW9O6IZ3
ABCAUDeQcvgb+mjLscFlfuAxe/Q8OrDMbtGtLUwz15lyYwI/z+k3nYd2DrOggOHlX2slhqMIPe9s
Gp8AohWNdgXTqHiuJFWO4sAuu5pt5Kx02OsxJqHaxL1hlosc1+YoF6RN8AuWlIY4BouGk2NhsfDO
UBHzEjbpMzSahzSa4k2OW7doKzsu1tJZyVAG09HT3ui/IwJqZu69VEC6UfEuhYpyKGw18tdm0Qoq
KpQ5o+ZCqWTfOAFtczJhDiTSAHYNtG6y9wCpIed+rDOoO0JpUrfDiyMLEPFxuXoHOGePZXXpU+6g
bBcqFrgKeS9QX6ax0XQm7/RJoWKJ+XTcsKX2il7L31X1a3wFdJ1PaiFuX6dvuj4eC1G2lbK4ulbX
6lpdq2t1ra7VtbpW1+paXatrda2u1bW6VtfqWl2ra3WtrtW1ulbX6lpdq2t1ra7VtbpW1+paXavr
P+b6X5WdW/wA8AAA
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

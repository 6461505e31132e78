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
H4sIAAAAAAACA+19eXvbxvFw/8anWMNMCMgED/lqKTOJbCmxGttyJTlpXllRIBKSUJMAA4CSVVn9
7L+5FlgctN0cTt+WePxYBLDYY3Z27p2dBKf+Ypql3fT8T7/X1Yfrwb179Beu6t/Bw/WB/s3PB/3B
YPAn1f/TJ7gWaeYn0Pyf/jev2yo9D6bT8XkwfsM/Ryd+eq4mYeqfTIPR/pP1/t17St1WSeBP1MmV
ys4DdRpOgxR++ZlK40UyDuB3mKo4Cqwnm8db219vvnp2cLz9Yuvl7s6Lg5EfZedJPA/H5tvnu1vb
z0YTP/NPknD8JvXGU38xCbw0jqIg8+55D8zSe7uvDrZHaZBchNGZF0STeRxGWWoWefnDwdPdF6Ne
UWVvfpWdx9Hd3kkYyW/84Pmzr5/tfn/8fOfF8Xfbe/s78NHd7r1u33j3cgefDQbdAT588fL58cvN
J99ufrM9+iofjOeHPenzOJ4E5td7u4+3R+1wNo+TTPGfaXjSnQWZj71TfqpmGxej60n+6NB+4c8C
+6g7jS+DxHGHk+5FkKRhHKnTOFETFUZq1oVZyZLwZJHB89RxbzaikT2bnsI3tgpPVfE7UhcqmKaB
fuSlb8IourI35gmAzYk6F92zAP/atuu2setPnm2+2to+fr759+O97YO9ne390V18DmP5bmdre+94
//udgydP4XFbij6BCTx+tb99/Hh7a2/3ybeq+hyAe7D999rjr3dfvdja+6H2fPPFwdO93Zc7T443
v99/z9tvdne/eQZvnu2+2qoVew7lnm3XHn+zebD9/eYPNNLHMO8vNw+ejnqLNOlN47E/RQTBV892
HtdewcT1YH4R7fw0hQnwBe+gKUCIreP97YODnRff7MuXQTY20aI38yP/LJh4aZBlUEna/UfKaLh/
sHnwSn914SfNLfXgT7agBp/tfiOls9m8F0Zh5qXjJJxnsnQAd86sf3P9I1r+jqT/I+j/4P79h/0y
/e8/7N9/uKL//1n0H+k+YGmIj1PlJwERJnw6jmeA5JM6Q7AA55W3iNU8nIOcEU6tcnNUcjQpRBCr
q+zW9ePN/afH+7uv9p5sH/aPPuut3fSMMrZ6904Fb8NMEW3e2909GLWud17sHNDvoddyxpMl1XS7
+T9bff65ml9OlPfSvbEOD1VLKlOjkeqpoyN8r+sXsjHSZVoGGRG6UXqn6UixzEuvjZUv67r8taxz
Ir8/wOC2Ng82H+/tPPl2X5gcDLLG+G6weM5yW9dCAve3974D6pS/KX+qn9LHzJHzL+m2XJwe3ZR5
KHW9zlJp6EIZR62nu8+3e10mU70aJfx6c+fZ/qiP4P5+c+8F/LSs+I3jqmtF/OpUtZWK3yi4Pktf
R22Y3TV7Q91YYXQaV4rho2qxSz+JKsXwUblY3njLcfRvdUcNXBerOPEnlRqw07UaeCRcA/0uakiD
MbLtUi2vo3JHz/2LgArIklLeBbwb2OoLWAEXvWgxnar1Lz4fYNlJGJTq+iwd5r257t++vda7seXj
z9c3eMXAm/WhN7ihxhYp8KXjIEnipKEi5aRBgH89D1bs3G2q2Lgv2ljHumd+yvMHUgmsLS9SreuB
dwPLagNJRmQ0tgYXVT0Y9of3sGskuOgCziICfHHbGyB0Ys1JMPHHGdZtKUUcWk3DCOhN/Ka8Ug52
v92GhXIDguuo7Uz8eXjY9/7ie6dH14MHnZt3wdVfDze9/+d7/4THxx4/LZ504dEaiEaAKucg7aqd
r/dHLAN7CbcIZEiGRrc4tElsIZLi43+qFnQJ6QiUwwLQO/zT69n4woY/1/CXxowgsG/oU24MyRFV
OvqXaiW67mo1TOH2tp9vgmB2ODi6sRseGg1gHSChYzMF+HlesUob3lCBG0tEz+MzRjHsjmN+oj9b
F0R4B7QcJF3vO/h1TjCKAO2RklIZ7P6NNfaPz+O0PHXn5Tl7ursPBAohgS/OP+vhT4HmOQIS/odK
z7NsviagPR/hXTrs9Vrnljkw7N+5bVG7l3HyJp37Yx5OGlAH22nvR1zou3vf7oN0v02tj3q9OX7J
RLyXf9gNogsb1l6xDo2Ryug0XTsGDhocL5JppbXuml1IsTBNIJruPbPV2lCt2a+dwx/to7XXrt1d
670e5J3QJPRDbY+nIMgEyXE4EfjqVbf1GCTlV/sHIMHvbA1pCSJnu65AqlQM1mASZIskwsqVCa9x
HJ2GZ6+zQ1gk0NusuyYNj3AACgdQ6T+xumrvz5JgjrRtEb2J4suIJ4k1lWPBvRKaoN6jLmRUb4lV
v/xBRqLXJJdRj9Qjx+YCtvLG3AtTLyv1xcUaBFQXUmEwPo/hswvb7JZ0B8gZ0mjFD4WWGcRaPw+m
Qvigs9fUGZI/+HUTFRTyWi2qqSFPB872acjdCqNjAGKcluA0h1UzuG1rYcKW5dOak1Czh+VpFRn3
vTXjyfca3fN3R0fc3CINklJTi/LKBSVrj1euDBxW7EIAShArtHIeO5EhqMQpXqjxIkmCKPOwMTUL
gPXEi2y+yBQKChUUKi0r/ID056WLyaRL0DRAsUorFjLfWeKPYRWXBivzNr9SaTKGp3wPnc/xw0Uo
AkvWCreK4gwE5EU02VDAFAFFQGi+DLNzkpifP1PJIspCGKPI0KjNKdbmmPOSiCyKnWsL6k9U62AP
SdXWzp7QP4OLKzuKVboYo/SegLQRJ1dD4wOspMTFYDiP7JYgGsLjCuZ0fnX79e1bGnHwFhk8Ygcb
UNZwRhGt4WvuAX5GeIukIhkDVGx4SYuvbgJZZOEUzR8LsUQsuqdhNDlO58HY0eYLtxsn4VkYue3S
UhUYnEKvoBlaJAyeY9Kzx9Owm/eJZoJsUs+f0XScQ5sAnba/yGJQkxV/2VZOFASguZRl2DsE8JKu
YuhDg/t38WXJWCQTfJrEM2XqMwXF+MfPCDgmfD+/VbaIyWqkXpdI1M6L1zZJVnqMQg+7CFIDHMYq
EqQNcgYEn39l0yumGxrhoS/SAVha8C9HE7O9OkxtoVakzXlUeeXjAseEXplFy6+pIznWqfJ8cMdJ
wfjr345BddsftQGcChRFEEqdrqa0vZ6yUerIYrSHRWew+mAGoswPo1SjUaVq28WlVi3UNUbbPY/j
N6ntbrStZVPfHzzAqW+NZ5MO0LckhP8joDukDsMM5/qxjGD7xebjZ9u0PGQ8KFDiiBZzIFmZ0zp3
h4wi0CVpn4HtcHdgYDN/7iAAcJCwVoK3TpYsAtfFZdQKaZrfYR2tEFcpkUeqoctTwfUctsIjdWeE
AlQAAOQ3+HMDKrjOrubBUNkCXrujWdqQhnpDLSEyv5PaYAJG6vomv+/uZ/GcHh4eWdIdP7pyjLeH
wPNKo8R5LMrgaxqkSwPiARh1vxsRHAqwuebouAwM7/Ca7ofqsHV+dHOEA+Rug/hmdBruurLgRNlF
FGU1GWdsC5aljVC29WhwskmetcvANWrCKr7FOl7t7cD39IVuH2sgRHl/Fdt/f7m9t/N8+8XB8YvN
59tYC30FBC2YOktK7my52E5bcG5rZ78J6aAHTj55AAbEJpoPBJ0gHYG+AeqNCKrxk4ukwRSoAeEp
VAzML58ggQGjqRRzStVxeVyeBdJPg+gMmOUXqu8KShAQzc6NENu4LwSd4lWl6dLNu3y5oUSvx4Lo
ASOhet6LGB3VNN0dGWDj7HTUkul1ZUzY+IhQsxgMPKsBsD4OAVf1Y3pqfv5higYSSKp8k4YJOhnm
KwObHFlQhEhIHQJB8uAD6+qWXljcXTs+PbX1FNlxhDaEeZCAYBRlQ/XaKeqrLg1ou/HlzhZxhy1m
wsrpu0hrslJdpZWKpR2REoR1wyfMPu8op4mSffmRpEzGaMvwQNiItTxCGIzFXRsnSFZwjZNXtKCE
PG8kDo/a1zdtaCdTQGdG7bZCQoF/gWCPmLkhqwmTkdhDCyZsWD5RVtK6BUkJgBUt+GiJrS6X7mHG
qSdakyFoUbdaDsiU+M6uVq4Qu7xAtZHbECGMT/4B1MBuV81b6tEjqASrI2PvtVbJxNo0lMbDlKRs
X/11HwQprmwDKMdphigJ8nSYimGqUJ9utCw0Bh1djFIhdt/z2NHi5hacIB8jAgwgDWPDESSsU+Zr
wza6S2PGoojYNN9Uh6ATD0MUDHTSIahhNPBBrnKrjQ3qjazRxu4UcO3T66JvHgoIUabW8z4KO6h1
sjQxKOojKsHqJLTiNq5VMkN5mwQ5mlLDLsD9XHMNq5XjtG6jrXMSC3QHOEbPwwG/Qa8WYKpL6NqC
OUnPQ5iojQ0oUKx5D7HYZVwuFQpSfyy3hhkL+n0L1e5X30mXEfntxQVqV6pQbJoh5Hl+coZfwOjw
/4oomsIK9XCF2lIS+bmNXF0/INZsE4e2c3gzoXs/uGdvcCl7c4assdxssyhDGAdu1Q12iDLqC5mW
QnENjqFjmmrwigcaB2pdA+UbeoXqfaNy8jCy6vMpaoaeU7r1zoHki3GYtVAxAPe541BiQSXK06/t
UutsiqpqsFA/a2S+gi4CwhmDMPCB619zyx+LOUnFc7S0w8Ia2LrsmqutEu9VoBETx1kwQY4xA+UC
QxoKbTrvDoKpNdB1yxQp7p22oiqz7HX+e+h1b2C+/lP8f6aZ4Q/y/969d/dhNf5nfdBf+X8/if/3
FoU6YIAMSnTo+2100na7S8ITOICAHLcOLBShiQ7amKZh9Ab5h93qg0Dl9j5Qh+nYpUUpZGwMa/HR
o/b27tdtfj4sGcfUoXd+ZFlP8FEqtjSodzr1kQh0FHpSO+oJl30ST8g4QTJNB4SuizCJI+Q8ysni
N0GUKnRdBRO3Y4mkhsKdsOwOS3qptJM7B4BKwH+X5wE8ZXPeDNqZtlMlAUtKByxZML40S7me8TiY
Z1wVta2cQV+lmvS4XWsbgcFiyRDIKsL0SjnouiQrD4wxvsSuAq9I4xm0jk0x+TwN31KH15m+KaJv
UOPu18QsDNnn/YRctdsu/llGaoHdLFhYZ2LLxFA7O5W9Y8yFbWljGM9cLjrGb5QtkwnCKv/wPB3/
tMTxQVI9FC+M77mx1LS+s+c5j/IR85YpuJ5Ahbp5ECkBIv8yPlAnIBehmAk9QVQaAneBqfIBzpe8
TlBxBXljCKoWfIgrKBljH9KgXjlWJOgJTIYMvYX1lyZanQRoTrYtkFJlFIkqPClmxwvHZKv9Omvn
dl1ag1gbsK4g88Np1TFJBVisRYNYGC1ycSq3UrRvAw5FIYxw0l6TwuRbt01Tdesay9+Gwu0bu6GO
/NNSOzyuFncRymFoCIAjd4sQ0KgZqgpwi8ehrYuIL6XXVFPHKEYiPrJhtHAXbig9K+T9R2u5CXin
KOgOa0Z5NiBnJFkCKpBtOYJVThNV4DuiCDzSIXt2Ff9EUHy888KWWWFg2MMWYZeN8FiDu8nQXisg
giNuTRTFWBIaalDwSPhVCUuxnyZCEkxIMCk6uy+E0NaYNlGlSA0T2WYgPyOg0Kz/mZ8PTBtX84G0
ZjiCh/1+pfOleqGzSCGxWGUgjcVas47KJTP+BgZTLJBTZbpK39tr06Va7fSDWqfNWnVnHtT63FSq
1OUHustVd8At/BvM5tnVe7y95qKotoVTfuFPwwnpwLoRJOUBKv4lJ5k/D78Nrp7Su4/1OhcgQlrK
9ZZhZNY61EU0gKjPZgk1C4HtA5eCBYJ9D94G40WGii58e80fD70I0PRGD0Z7LArXOUUhVQGGKjp0
hxhvSv6HMFIl64VyTkAROUvQKUe8G0qMp4BnE7dMrmsTyn2u04QJwB1HwV7xRRKYYkaFMGwXooZt
YRwEew/xl2sVUTJ4XwZwJTxiREVKAK6U0HgBgx+W5B7xgWF0gsLIAwKwEaDTFDxjrKVKZ6gIDALl
JQwgqLyxNR9e5v1lZlL9DDtPET8M7RLu5IKX4TJ+8mxHicjgkRClzTjlKYVh11pCqQGelytraFYo
PwlXWSzqOc3uIplWF9lvE+BhYgQ0Up2FeiMjKuaU8N0UhHB66181THBT1Q1jKgG3/t6YRVyJFQTt
MHJXORRCFBnnBa5cIxj85c7xt9s/mE9eHTzlORQWKmLN9a2LYW5VENp8UWAovL6xXewa9onEev9N
kKo5aPfBJEARPr4Q+d1EgA0eigph4RIDZcxdEl9JlnJ9o8xQSg6UxF+2QRdYy7CtCzOaQAfB5Hjw
Tw5PKcusoqDUxEo0LHIADCNAEc1FYS2lkJjnJIgYCCCVQnOONlQuc5GbOFB8hjLKdEJw9KPKV0Ot
SanLEARn7DYSYi3szkoRFQYNFI9u4ZWclVkwqVylMhV5iGldAfUD7oZtkr9mR4O5RgRATcVGrebn
5X4u8WUUq0VTMu6eF0TIGmUCwoxHQXa+yYjWyikLmSU6Yrdefr/VbMDXMqfwVIyOeJ+zxm6dEmPl
Fu+MbAUPZA3kcOOXZRjpWc4ZIyLlUIpqkPAyyq3hgDanwC2CJFgGhsNJmBwp518UeB4AVl/B2o3R
6u9W53db9G3bukwZqXJl3SUGOGpdA8UcekvI4o1FgsRy6s7r+FfG7rm6lWv6y7HWEmNdLPzLtLby
gW0VxgcgX3EyQXWyKghc+oJYaJuIauJL4kduWUI4CzISEYiT5gtc6J1RDpQZELJaJElQUBP1H5Yl
/tmARTe9on5Tfbl9AxVE+gFgbeIzVJ1Wj/QeGqDE3pvgyhPBshoRVICJTSglh1Su5vE7is6pUveO
SmMc8jS8kKCrRnlCpf5VCmC8ctldqfUGGjfoDulVmgWzrh9218p9YOBt7qhvQEW99K8qoMowRkub
POaqvQ8l0KgQt/N2bonNBPC1NjZ8WBJRSyPRnlU230ODuBTwCy9VXqwKnPQuVfuzawykpUiYm7by
vDHuwxtnHkapoW/oPjyb+W/pXg36ynuqvvLUa/F82zDdPYBrb73b79W26fV4uOwV2Vxk53ES/tNn
I/3jwE+AW/D82a7havhy2MLeaIdDf7je77tEX6pmNT0RYl0DCoDY12hkKzwCw3v9gSsSP5ROgtMF
LnbDHIcFhqjGhUjBRGXhXS8A83wFbpAoI0gD1SRBes7Ig98Y8qUPI1fT+Cws9+Kum69qQEiaypiM
DDIqB4sM1VW8IE6gnmy+UH97tb33AxsiQLvVcChVe6+otgYvtJtMdP0CLgc/YYHNFFtQ5kVDCjdE
AM6bWf/zcK1oxY/SS5hJWmZYIVIGYE9k1HQEjVzTI8PGsXgxFTWKVl+lU08PDl4Cc0ZEEMWwqEIc
L2wLsIxNFRNkDMAyZk7qdhTcis0Ubtl9prdniDBEmz1sy9i2AUu677rWf739v5HKftr93w/uPbhX
8f8MHt5f7f/+w/w/tV17s2DUiCdlR4JlOhKW+G0aa7FM0QJIacr0tazNlu1IGLgVo3ihfLVVEFgi
ukOrZoxg+Qfq67Do+VOVKNOHP3XVTqbOgH2aThnkfSjQWFRHg67rpEC4ZkFHke0GmQ4GO5OiWfYS
5YKa7KJHWcwSWQzo5If2HJc3o4CUhd6myxAl6Uy4l4SY+xbQSY82ECWBn2JYFRTxp2lclCPfAdL1
+NQUAdFnBXXAiBCaMBpqBWhrfBGiUucs2fzdUbLdG37IBu+O6na7Ltusu6rVaOlBhkvSIgG3wZDF
4mvMTo3UIiZUQNTxtWgHJaSvxusIlQR1FvNYdIoCl6ZZAyKLmXHQaFWG/DfyQdBqlAHP40sDNWoO
OqoIgwf4PfrltFRBwoN+vA7fTBCvKOZOt4llas46Ja44+AFMj51xFkXdSEwU+j/YjoEcWLxxsntP
1iIFQema1rkmYp3cOXGzmtv/6IXYu84Ro7GzOO7aWsu3HHIMzKDU1sC6sRBmUXXnyEC2Fyxwg9uP
oD4Ne0drw17PPfwRfnzldNfcljiOFqOGjW64n+2ryuP1I/JA4b6URa93eDgcRxloeEdHvS9vaps9
rhdDEidvMHYmBdRq3po2yHeg8cYz7OOSjWe0W+K807nhXW/XORbCI5u30YiuAnAxVQRjHk2wM1Jq
/K4gJ2gNTQhamWgQioCQjH6xX97Kx1DSg5dvmsNaPm7HnEs7rouVimigwWnswfSO7jhD3LZ5dMf9
ssWAt5Qsqn9LDRaD+HJF2LbELNBoD7DE2EEqqo7A4040Wz+lPdIuTfZ2SdIu6s9qUycSAZq7+XKn
Q9+UOUYBIdviPTGsJRP0qC+8fhhiRwXk7gDoEFlhPX15+whEbQlilDpqC4oq5LeMv0XDNag3sUDA
D1znGJhGldiuq6GwfET/VpxJNUsAliplBTAxrdjUd92UwiS3EhujGvsRuXcRQ2uVk62N+WJuXa1W
Kqa1C3+6QDS6xcV5T5x+SH+BIBTxp/SEyBUBBckVBWUMcHdLssCw6qsAA+LRGMw7eri/Ld0d5GlL
0CzFrR6FJFPwc6X5+QeQzghBJKsffTxqty1tca/v3ZXVkdPUsmsIC1GcD9dUffUhbxRuPYNmeQwG
Da1GR9acUQUfZUuzETViiIK1XfZSvTZaoYTsLWpiSvkRCzeNAmZlQyOwZwaQAfASveSgwpIPdzwO
0vRYLBkfudnRsNXWbWRV0OWWOkPyYAW7Yc7ziYEZNSemvLRqwMEQFwxgyuIaLE1KgpUBIfkQYTQY
KLr5ahJKxQPFXdAxO43WGT0z5sQgZxWh5r9Q/58EJ4uzPyj/273++oN6/Ofdlf6/iv9cGv9pYK06
BMr2bOfF9v6RZb1EapaW4kM72v+ZdpQkK1Cn/jhLyQ0NRGoaXEAvzFjQjqGes+bnCyOd+kAWqDHl
iICg7vVdysyBDqxCtARCwtU0RZ5aur7c+61OQOt401UHHISK+0k5EJU114C2/iTQ+D0YnJ9A/2FQ
yxTQJWGf1MnRvb7VEN5fCu7/UGi/F7ms72AQP0qgLKK3miLqYXJ0QH+0mJ1QbBB3pBLP/7ERpsWe
CA63J8HESBqRh1ihNio+SdqHTDuLSpkzyBbE7MMpudDZn4i7ha5pt7J2SRloZVNiDHE3ficYZuf6
XAzzoa+S8vRyb/vg4Af2GZPaRAnj4tRDRMRJKGtMWYJReW0bFH9gjQtaXl7iukVLiD+6rRbJ9bK1
vCjCPR5KZ3RcbTXQ1qgTAxvzOvMP8Glz8flsqOrF57PG0mdh1lAanjaWLhj00ChtsO2mjzhVgQyY
k4W0jKwgRmjx5wPjMw4h0HCqRWMQfcKC7Qq2tN0SNjxhKmPCn8lOiKELTilbi6vQCIaRc04IOLKA
laXOYwpqxVBIWJiX+NHL77dKTZSiyZTKw2YoHnp+hqJmkOdZ2VbtHwuH6zu24L0rRKJ3HAXwTraK
vdt67B63JadPdfvPhfbGrZEctQbF1r7d/oH+7m8/AeSmny839/e/393bgkWt06lUA3FMR1BRht5V
/DuyncaIKW8O2rWFWVQSz3w+qH1MxJloeYspN//vSPY1qgkjiXHRcnKkVDxF8LZep46jld6I27/S
HyMYoPz1yySmjX3EAZSTswRBKqYcvR9vqy+++ELVmCc+bfU6+P7Ro0cN7+Fpi80zHFsr0VbcjRtN
FTmtliUi/59W1//I1eS1/sTy//qD9fs1/1//3kr+/x+W/3+hY7GExpb1dQxdbwwZBqH6NEDzma/o
C7W7WVhpnEbjjeV5p1ifbsTtoBMNqih7z0qhwxznSgHDaVdtEtMKxw3+SbE+nqA+QrUD2edQOODg
U7R4hOxaRGzN9O6jgCJFGvaJ6So4ZKWIXKbn6JbiHTeNesISj9NHCufEsj8+ppwZf5NrEK02znui
y90hQIHhqd1q5GjTO/+7hfi1c4qPJIyno5KY9h0JQNFtQIFOHfK/SaQvggttV3XUgSlmXCFLUbds
WazEuueZqKIgJMtYbaCRpP+qoCf6BS9gijDs0bZwS/fIWWZGdGu7CXTCRN5KgJ3AGu6MnNzgSFsI
XIt3xRttg2yGRQ+/OrpBMbmE72XF5J1a9lkpQE9bTn+BEZM20NM296rfyLRk5iBuNrgynm/gZKF4
7J/54TKjX+saoTK8kxv/8P8bbV5kEHClOVZKyNpGSccnrzIiF+JRCgv1baZXnnIG99UsjAjVfIXh
ZfTzkskEre1gYlufnv+bXsRPbf+7uz6o2v8G9x88WPH/Ff//d/m/icaWtU/hGpfIRytMmtexkbPP
aTV5COqU2e1YhVkOl3fdKNfJjYWFu4I4EvMnDNCpcWzt5jfpPrJpjHf8vZg0u7udpry1rvaF45/3
xMiTg8ef/rpwblA/K/lYdbXttvXbhotL0LbUTwEdOuRirRZj37qWcrcbqx6qm8r+qo/YPseLaViX
AxyWZDZM2S0Pi0JcElkPcNfMWRCmlU1eNQef2Wozi3TISA1Ch24auddGczjzKQvUYVban76sXfG/
Vdll0eN8Jm69dyZ04NQvceVRPwsBqdgF8t49l3mxobwlINGM0C2FocnmhlDIiVvak9kYmjJUvyQ0
RXY7/+Y74+pSNhvmOJ+Zpldo5UTpi3wbeqzljXCG8ENbNEnKkg06LPAsskDC8U/RDupHVyj82FVh
bmV3+qPsP3qnlWQd+6Ty32D9ftX+sw4C4Er+W/l/P+D/rWCtOtza2TuyrL1gFusYbtmXqncZIr1b
zDEAu3mLIVJZTA2mnbu0HdySvORFIjB3KBUDP84zOTLZzPJNlWsKpAXKJwM1Lkmo6FwiJ/mpMWNx
kQTwJ+AgNKQN5jw6eoli5YkrcfyzdIrDtHj/LcJgHkZRMFHiYKznFZJWJh8wDFWSzHGu5iJhetHd
Qiene7I+SRmuXivV+ilu/KQIOxZyUiWaMHm0jPzlK3L9e9N/Xgaf2P4/uDuo2f8fruJ/VvT/Y+m/
3h9ezjWJCSSPNE/ADf/AEsrBOHVqU6P9qkb7NxRtQLfKG9AlTEfzmyKjqVqSGGCoLpMQxeI6I6Ho
oCoTwVjJZWwEjd7NPOQnUAPQsY1sw/oA21AfYBtKYHgW68EaG3EK5ctVi2gKoK1k/gQ1zWo15V+m
jT15YDLuVA2SvC1/Pg98MZD6esZwG2s99omR4BcxsY/JAJEzteU5HLQiR8qijvlIUUtEhZp2ehv5
TtwK8ywBS6drxhyo9QS58HpJtom8lwSNj+C80Ucw3nJS7iVNUza+otMrXv3/Jf//XTwAH+L//Xs1
/a//cOX/X/H/j+X/EgsmrD43+xND+Q04vmthOK7kucnyFP40RnYf/ALObOmE8z/RniMyqrLrQPcc
5QNNwdFPwUkyHWJmKBFYZqvchj68RwDTzYOQUawAEQPum9LK4n5l5pzSVUkn0skDloGnYy9JzELH
SKlLAJKTwMLuZry79eO4LnOiZemUljJjORDyRjUIEyOTA5W4q6BIgWEAilHB4j4MR4vhPmo5HFTp
h9uqTc/eBW8xxwgg1jsaImYZfMegoU2R8Vl1GyQH2+W+bJlRljHEr8PA4TNGG6CtBNpoXb8cK2/K
7nKuyXYZ9hTV6IBAhtwcurGRh7APbUuHN94tfYnnKC0wW+bAu9vv/zdueFldTfz/IsUEKx6R/E/t
/19/8KDm/7+30v9X/v9l/v/KlsWyTGBiso1n73CGKtvID4/G1AykgXBC2S989d0+ywdAMp8skrRQ
iHStHSNnPNbwkvYX5HXXtg7tbG2LJpsHA5hySPAWSHdK2enx1SnlS+zm1f3mad/t3yior5a73czc
XklMbSY+NxIxKqeUux8Uyymex+eWktEuyedMrTVtpxqWylf9sJV3RTPGQbJGAzy3aHEJknkSZLQ5
g3eOVCo2tprKR6gD66LQDqNAOnLcekZwwVMuYheZrwn/9GM6S0cSc09kD79Uemfk2K2J7cppOHi8
m9O6vi1vMRTPNTNoFhiJiZZ1qbWjm3KCShhV02IgTL6iBJUcLMknHjjlNQfTsZgXM5nvRPkmH92a
DKyXr4C05+s0CCKCeVTXmnnmeSmqoHEhFZtx3pO1sChdzpfK9GAKa4wPjinSv7CpLGR7mE6/kcc+
GKfwctJNvd2MYYnWMTnniY/THVJIqXHI7iuARtp7dBUvvugp5yzMvNyi5mEQgMDy90xLVqGalK/z
E/P/wd1+zf6PxVf8f8X/fzn/J0w2BQDZGuwrIb0VRT2Nwvlcpx2vU3aDHXAgS15vnr6J2Bv5Z/FI
41STEC0ASPJ8McKnS9n9kj28vwkPZ1MKauS0r5W3SXbF+rFTDPGln53bQ6V3THaMwnq4XdBgwws/
C8ytiENQUoH6Uvm8IA7nLIGSEzrAFLBi8RZKXsu0oMwATb1uXcPbIfKJG+O8jKHE9w3lPRanPE94
iBYOZKXC/Yb0HyD8O7TxIfoPb6v0f/Bwlf9xRf9/Bf2n5GM14k9uTaBtOlPD++k8+fFAAsTUtWg8
DU8SPwmD1P0w7R5IquBF9PsQ8or6Umw0er9WYlWz/cjjFR1c0f9cg/vk9r+7/Ye1/T/3VvGfK/r/
K+g/YfISDpBmwZySj9FJfhTVnmfoiBrsH5RTd4+Nhvv7T/8YyZ07OKqmDzFE+nrH4/LoOny+TTES
y9qNMK08aSXzBfG8rfJO1H53/cFfaB9xcIk1TOOzM3ac6oy6xZaKIYxv0DX3YaTpuaKZgNkjzCje
eXmQq4Z961p+Db1H8ssLJ1/c8AkDjq8mwSQcox6RTxcMcOvxnho87PbvcI7jCWUaeoqbNACGyRV2
81+9LnSkxyohItB6V8m5lIQPtkDEQ5jYhpnIETie86bik0U4RbuR20GpgLsl33rw5RDAz8YxaBN7
0O0CqqD6Nz6P47Rh8F1rJzIt0pegN8aXCMa7XbXLx0yycViBIAH//xu2IzWjpMCY73iDhBG2QXWh
8ntdtdzIWTXqIVWY89oJM07L0qhq60If0K95MYUZTsN9nIaSaU2v4m6TNR9K4akjFDFdHHnRXWmB
v+YqI84f4v+7e+/+eo3/r6/4/4r/f/z+3wY01uFAhuPvjBLlAxUMMawH9aKPif4Zkj0f3QDkMWQ6
aiF7XWT8JKfKHMAzpUNoFhGa+jBKAxmAH53JFjh+ytGi8wVt9XR8nTvQoqRUlJqkHqiD/Kqokw4a
oO+bHIE+RofQAdjWOjXlV0f/4Wzz3jIRhd0kZQEFswmqRyM1cN1aDsD8IFQ52prOHcgBbFtZPMe4
GswA9wS3IQ6GXvfGhs5eeHM/SVFIwKSwHpSbBhfBtLSrN9d95TvjPDycnOq4bbUuwTXFsyFuQZzb
dZ8OPi2OWyavTgkLSuLSN2Em3Dp12dXTwJWzWB89uoyZG9tjr6H926Sk7+3uHtg3uE/W+Kq0U1b7
77KaqCB4zSJTO8XtPm8QSJfhPJhwaDWhWTxPNwijABezgHfOniR+ND43JwdBotKr2Uk8Dce4PZgn
J8nwjNan25tbNCHyXZ42nW5L+0/xqOYxIj9+M8xXxczHg0pxxz4nCUaA4ZmlVIFtyUKqd4jDuzxv
jjuU0aVsbvDVy68GrlLwlJSy3Yal68CUohy/pFUGQJGnZL2P6fPga8z42MsTQapeW3sn0ZMJ42og
EpWd1TnoioNTT9VinmZAYWc1OJhLxj85wVuaop9V+6tr/dVNu7SAjGTQPg6gsVKkaXQo2AJoo1lX
t4sT2Hb1wd6OQ5XkzmcBND2UWcaQtLgYmkEIYbJbumbzsG9dFLC2uSSdFJwfdSZtykdy7K0uTcyC
8dxbSEZ83Rc7T3ZNPlc6Fuq/+yioOon65Pb/h+v379bivwYPV/Lf/7D894H47wbGeshCSXqkDl/t
PUO5D9gH0Hw6niJOOqx4el4UXHbUGLrHKQnk9PVCFnBpr5W1hDk/wvF90ZGkMpi2M0UxkI5cNLhs
V21iIoRTyu1E6qqlDz6/1EcfYzqqXPHtUlbljjaT0IYapbTyT8/KYqohyNFbqA1GilTYW2A1mFRW
vdrf3iN6mO/TosdFTWbWGywsx2M15L3Biicd2uObsKebTwjw0dzhJ3gSl3TWSBhRByK2r6GIVZ5g
lUKnedByA/R9PKXsN5KHhxPtyFuK2sMUeAYYnBlxfWa0NM8F3+X5rn9j9BVbg/nBToXYKTKNkI87
UJjWgiZTTyKd2pFiiotIjhbLAKe15FlMK9Z2hbXhGR75xcdSQZ0bFNOtd7dRpYZlw3pB5YzwIQou
ACYWlE5QaJRAdXLCN0Ewx+WCch8UtHw8gjQ/CDU3DKYxcUUdnIAvEb+xd3jKcHh2zicwGC2oVzsN
WwkoVJFOGtOCJaY48af8hqp1l27Ro1QufGCW3jeAR6y324Tj+BfxB/8CFuIfETOxQHA56iNMR32L
D1nqS7wcPhv8BinP6T32w+XeUPbzUgZzECfeydJzuacNZSZUBvrv0iAaSpxQCR6aq4fYUA5R3KWB
D+RJSF8amOvy6OX1Fb0GVOTHemQfqeVRombJJ8Nn0tf0vFmcBLx/FBU8PCd+Q+EEtgbL8rbPARPn
dO6Wuq34Rn23uacOtv9+kJ/ExeeK0oEiKF4neFCu3VofKlsfOfqOD8spfAPeBR9GJsd9cTGbz+AC
CTV947r6kKBiOPDAcW4hVF3jZBnqE5aw9wrCgVxFkyjlEA8ZLqMylMdZpPkCcDRv+lgVeQOPW/gt
SJyDJvji0YRQfVLqB1FIQgbbrAsGU6oLj1Iz6/JpDHQGDtHK4C0QAwyS9JG+0tErxhnUxGPw9J18
DCLey1KAZ5/1AD/lFv/cvr122BselR9+1gUyc2MG4ULlyFIM/aY+P9Q6j0Hmg8WMrwv2aMBYl14C
vRJPlRUtX/OnmIwKdGsCoNx3y3fdxoMOmHXPFinlcfUVRTabzZl4kOpzcoRQoFuHCEcjAHTxAgD0
xP6+wtiD7lkXHTpfAWOezadBFwi6u6xZo+/FGbxoY2eXUFloGKq5T3u6qQoKCi6l4kLpARsimiYG
ixr7p/Z7BMfGEFr4uDC3kE0nPxEP3w211eWXcj+Vcz/rt+B+CkYF81xMAr/rWDQN75UgObZE5DCM
J1kXUtC6hoGWbD6jms2HT1fSJzVkmKQMl5BIH7/C/MOnHMG05Po/zkjJqBCmHlvASP72SBhZdmyW
ZPWXvmkZoGqQ2zBTFE/ickJdgMgtPMqAKpFDppwp4OGmdM41o1+olJwBLjnMECJEnje0F05nGuD1
aluzN/gVsRSE/We9tZtiG73kZRbKXhRgPlJmFTgsUkW8n5GJQ3XMu4ceSqY3tganrjsvr7fm58dF
UGuTJu2EtvJhLdqORHhLXChv7k4uUWsTCGCR58EdUOnGXnAFOlcuJYVARorRnWbbqLWUNS/y7XqU
bY/kc7JdCWIGb3G7wISB9tXf6PA28fmqqsNSVE3ZuMv+PcMsdBVgwsGVs+53t/8U8/kJ7T/379Xs
P+v376/2/63sPx9p/zGokAeMKiM1B0NPtEaHaQB2nz/ffLFVmIksUqGwdOkCPpiQ8AYcG3cCKU5W
rnOlFlv+SePfUOfhZKKNANkVcFRtgahcQLf/1UPh1wPqPkHXHCjJyplhwE7/Qb/vEtmlI3BRME+p
dziG0qU1DGAME1gjg79gdiCpGws7wJbEesBZPPkUYXSszBcn03Cszv3pKdVdgQsdQyS8ueihbFro
KJJo2mP02GCqmnAWYO749T//ud9vc3Xo1qOUpnKhrMSpU3NrE9R9vjghmZS+QWmwZO4i2ZKe0DRw
smTjANNSVe5yUw0Lf+gQjSedj7DSfE12PDLixVGDuKTFyWapaSigk+PiE5oTkPUsEB5QdoLH7BdG
/kkhU5wgVXKh6sTvNWMKx9Usko/IaYRohFYQni76hSlvC4ArDWt89nuaSXBFuYr6g2tLHgJuykPE
UnnInZXngo4ygCZrB51twONqeq0H6BZDbSj2fgvJrzqCrtBnaVFrewKpcrmMaFow8BQJXGYY0kbr
jrB94C6lPuu4pjFGjTDsLhasLdUvla3Ghj2EZ29MRwqX5gVrM2YEqzMmYqPU0yfVVtD0IjMmTWEV
BJPCoqHBUFM2WQ4nVOkIlSMThuTsJjWISAcdLfj+08DLVfO6pm8RAyR7sy3hJNQhQGNE0eJYXF4C
G/qsFhl1SgM/0FmvWXXGOr+iKhEAUM0GS+ygNYmzUn9PXIghI85JnWMM3lQSiun01goNFHT0LlG/
keyZrfAMPOKe0jX3Hz40YmHnSZzF43jKh9K/jmidYIBsvhrwBnV44JsTuuEdAAQg1A2kHP6GPtpy
+nCZH3jMHj2PDiyzW3RrC9PMdabcmMDPc/pN56GdwywoYHj511qJ4ShCzzubxieAaEWjXcE0Kp4r
SZWjOLDLrmYbOSsd9nqMSag2cW+Y5SLHtTnKBWkT/IIlpSGOwaLh5FhYLLwzVMS8hE36DI3mIY2m
eJPj1i3ayo6LtXTkMpTBRPK0N/pnREDNzL0XCkg3Kt6lUFEOha1G/tosWkFFhTJn1FwolewbJ6Bt
TibMgUQawK6B1k32HiA15NyPdUZ0RyhN6nZ4cWQBIj4uV+8A5+wrWV36lDso24WKBa5C3gvUl2ls
NJ3JO31SqFhiPh437JZO+F/Sa/m7qn6Nr4Cu80ktxO3r9E3Xx2MhyrZSFlfX6lpdq2t1ra7VtbpW
1+paXatrda2u1bW6VtfqWl2ra3WtrtW1ulbX6lpdq2t1ra7VtbpW1+paXatrda2u1fUfcf0fY6cW
rwDwAAA=
HELPER
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

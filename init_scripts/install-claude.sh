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

write_settings() {
  local dir=$HOME/.claude file=$HOME/.claude/settings.json ours old='' merge='.[0] * .[1]'
  write_workspace_env
  umask 077
  [[ -d $dir ]] || mkdir -p "$dir"
  chmod 700 "$dir"
  ours=$(render_settings)$'\n'
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
  put_file "$file" 600 "$ours"
  [[ -e $HOME/.claude.json ]] || put_file "$HOME/.claude.json" 600 $'{"hasCompletedOnboarding": true}\n'
  if [[ -z $HOST ]]; then
    record failed "DATABRICKS_HOST is not set: Claude Code is not pointed at the workspace"
    return 0
  fi
  record_write "$file (apiKeyHelper, model $MODEL, base URL $BASE_URL)"
}

install_helpers() {
  local name
  [[ -d $BIN_DIR && -d $LIB_DIR ]] || mkdir -p "$BIN_DIR" "$LIB_DIR"
  for name in defaults.sh lib.sh; do
    helper_source "$name"
    put_file "$LIB_DIR/$name" 644 "$REPLY"
  done
  for name in "${HELPERS[@]}"; do
    helper_source "$name"
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

# helper_source NAME: the text of a helper file, in REPLY.
helper_source() {
  case $1 in
  defaults.sh)
    IFS= read -r -d '' REPLY <<'HELPER' || true
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
CA_STATUS_PATH=/var/lib/coding-assistants/status
CA_LOG_PATH=/tmp/init-script-claude.log
HELPER
    ;;
  lib.sh)
    IFS= read -r -d '' REPLY <<'HELPER' || true
# shellcheck shell=bash disable=SC2034  # the variables are for the commands that source this
set -uo pipefail
# shellcheck source=defaults.sh
. "${BASH_SOURCE[0]%/*}/defaults.sh" || exit 1
CA_ROOT=${INIT_ROOT:-$(cd "${BASH_SOURCE[0]%/*}/../../../.." && pwd -P)}
[[ $CA_ROOT == / ]] && CA_ROOT=
CA_BIN=$CA_ROOT$CA_BIN_PATH
CA_LIB=$CA_ROOT$CA_LIB_PATH
CA_STATUS=$CA_ROOT$CA_STATUS_PATH
CA_LOG=$CA_ROOT$CA_LOG_PATH
CA_PY=${DATABRICKS_PYTHON:-$CA_DEFAULT_PYTHON}
CA_ENDPOINT=${CLAUDE_SERVING_ENDPOINT:-$CA_DEFAULT_ENDPOINT}
CA_MODEL=${CLAUDE_MODEL:-$CA_DEFAULT_MODEL}
CA_MLFLOW_MIN=$CA_MLFLOW_MIN_VERSION
CA_SETTINGS=$HOME/.claude/settings.json
CA_FAILS=0 CA_WARNS=0

ok() { printf '  ok    %s\n' "$*"; }
info() { printf '  info  %s\n' "$*"; }
warn() { printf '  warn  %s\n' "$*"; CA_WARNS=$((CA_WARNS + 1)); }
bad() { printf '  FAIL  %s\n' "$*"; CA_FAILS=$((CA_FAILS + 1)); }
section() { printf '\n%s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
die() { printf '%s: %s\n' "${0##*/}" "$1" >&2; exit "${2:-1}"; }
usage_error() { printf '%s: %s (see %s --help)\n' "${0##*/}" "$1" "${0##*/}" >&2; exit 2; }
mask() { if [[ -n ${1-} ]]; then printf '%s****' "${1:0:4}"; else printf '(unset)'; fi; }
redact() {
  local line tok=${DATABRICKS_TOKEN:-} re='(dapi[0-9a-f]{16,}|eyJ[A-Za-z0-9_-]{16,}[A-Za-z0-9._-]*)'
  while IFS= read -r line || [[ -n $line ]]; do
    [[ -z $tok ]] || line=${line//"$tok"/"${tok:0:4}****"}
    while [[ $line =~ $re ]]; do line=${line//"${BASH_REMATCH[1]}"/"${BASH_REMATCH[1]:0:4}****"}; done
    printf '%s\n' "$line"
  done
}
version_ge() { [[ $(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1) == "$2" ]]; }
ca_host() {
  local h=${DATABRICKS_HOST:-}
  h=${h%/}
  [[ -z $h || $h == http* ]] || h=https://$h
  printf '%s' "$h"
}
ca_workspace() { sed -n 's/^CA_WORKSPACE_HOST=//p' "$CA_LIB/workspace.env" 2>/dev/null | head -n 1; }
ca_settings_base_url() { sed -n 's/.*"ANTHROPIC_BASE_URL" *: *"\([^"]*\)".*/\1/p' "$CA_SETTINGS" 2>/dev/null | head -n 1; }
ca_cluster_id() {
  [[ -n ${DB_CLUSTER_ID:-} ]] && { printf '%s' "$DB_CLUSTER_ID"; return; }
  sed -n 's/^config\t[a-z]*\t.*cluster=\([^ ]*\).*/\1/p' "$CA_STATUS" 2>/dev/null | grep -v unknown
}
ca_mlflow_version() {
  local dist v
  [[ -x $CA_PY ]] && read -r dist v < <("$CA_PY" -c "$CA_MLFLOW_PROBE" 2>/dev/null) && [[ -n $v ]] && echo "$v"
}
ca_mlflow() {
  if have mlflow; then command -v mlflow; elif [[ -x ${CA_PY%/*}/mlflow ]]; then printf '%s\n' "${CA_PY%/*}/mlflow"; else return 1; fi
}
ca_in_repos() {
  local p=${1#"$CA_ROOT"}
  [[ $p == /Repos || $p == /Repos/* || $p == /Workspace/Repos/* ]]
}
ca_user() {
  local u=${DATABRICKS_USER:-}
  if [[ -z $u ]] && have databricks; then
    u=$(databricks current-user me --output json 2>/dev/null | sed -n 's/.*"userName" *: *"\([^"]*\)".*/\1/p' | head -n 1)
  fi
  printf '%s' "$u"
}
ca_tracing() {
  local mlflow py src
  mlflow=$(ca_mlflow) || die "mlflow not found; it comes with the ML runtime or the init script (see check-claude)"
  [[ -d $TRACE_DIR ]] || usage_error "no such directory: $TRACE_DIR"
  IFS= read -r py <"$mlflow"
  py=${py#\#!}
  [[ ${py##*/} == python* && -x $py ]] || py=$CA_PY
  src=$("$py" -c 'import importlib.util as u;print(u.find_spec("mlflow").origin)' 2>/dev/null)
  [[ -f ${src%/*}/claude_code/cli.py ]] || die "this MLflow has no 'autolog claude' (needs $CA_MLFLOW_MIN+)"
  if grep -q -- --directory "${src%/*}/claude_code/cli.py"; then set -- "$@" --directory "$TRACE_DIR"; else set -- "$@" "$TRACE_DIR"; fi
  "$mlflow" autolog claude "$@"
}
ca_trace_args() {
  TRACE_URI=${MLFLOW_TRACKING_URI:-databricks} TRACE_DIR=
  while (($#)); do
    case $1 in
    -h | --help) usage; exit 0 ;;
    -u | --tracking-uri) [[ -n ${2-} ]] || usage_error "$1 needs a URI"; TRACE_URI=$2; shift ;;
    -*) usage_error "unknown option: $1" ;;
    *) [[ -z $TRACE_DIR ]] || usage_error "expected at most one directory"; TRACE_DIR=$1 ;;
    esac
    shift
  done
  TRACE_DIR=${TRACE_DIR:-.}
}
HELPER
    ;;
  check-claude)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: check-claude [-h]

Checks the installation, PATH, Claude Code settings, environment (tokens masked),
MLflow and tracing, and asks the workspace once whether the model's serving endpoint
exists and accepts the token (10 s at most).
Exit status: 0 ready (warnings allowed), 1 something needs fixing, 2 usage error.
EOF
}
case ${1-} in -h | --help) usage; exit 0 ;; '') ;; *) usage_error "unknown argument: $1" ;; esac

section "Installation"
if have claude; then
  ok "claude $(claude --version 2>/dev/null | head -n 1) at $(command -v claude)"
elif [[ -x $HOME/.local/bin/claude ]]; then
  bad "claude is in ~/.local/bin but not on PATH: open a new shell or run: . ~/.bashrc"
else
  bad "claude is not installed (see the init status below)"
fi
if [[ -r $CA_STATUS ]]; then
  while IFS=$'\t' read -r name state detail; do
    [[ -z $name ]] && continue
    [[ $name == '# finished'* ]] && info "init script ${name#'# '}"
    [[ $name == '#'* ]] && continue
    if [[ $state == failed ]]; then bad "init $name: $detail"; else ok "init $name: $state, $detail"; fi
  done <"$CA_STATUS"
else
  warn "no init status ($CA_STATUS): the init script has not run on this node"
fi

section "PATH"
for d in "$HOME/.local/bin" "$CA_BIN"; do
  if [[ ":$PATH:" == *":$d:"* ]]; then ok "$d is on PATH"; else warn "$d is not on PATH: run . ~/.bashrc"; fi
done

section "Settings"
if [[ -d $HOME/.claude ]]; then
  m=$(stat -c %a "$HOME/.claude")
  if [[ $m == 700 ]]; then ok "$HOME/.claude is mode 700"; else warn "$HOME/.claude is mode $m, expected 700"; fi
fi
if [[ -f $CA_SETTINGS ]]; then
  m=$(stat -c %a "$CA_SETTINGS")
  if [[ $m == 600 ]]; then ok "$CA_SETTINGS is mode 600"; else warn "$CA_SETTINGS is mode $m, expected 600"; fi
  if have jq && ! jq empty "$CA_SETTINGS" 2>/dev/null; then bad "$CA_SETTINGS is not valid JSON"; fi
  helper=$(sed -n 's/.*"apiKeyHelper" *: *"\([^"]*\)".*/\1/p' "$CA_SETTINGS")
  if [[ -x $helper ]]; then ok "apiKeyHelper: $helper"; else bad "apiKeyHelper missing or not executable: ${helper:-none}"; fi
  grep -q ANTHROPIC_MODEL "$CA_SETTINGS" && ok "models set in settings.json (background work included)"
else
  bad "$CA_SETTINGS is missing: the init script did not configure Claude Code"
fi

section "Environment"
host=$(ca_host)
if [[ -n $host ]]; then ok "DATABRICKS_HOST=$host"; else bad "DATABRICKS_HOST is not set: Claude Code has no base URL"; fi
if [[ -n ${DATABRICKS_TOKEN:-} ]]; then
  ok "DATABRICKS_TOKEN=$(mask "$DATABRICKS_TOKEN")"
elif have databricks; then
  info "DATABRICKS_TOKEN is unset: the apiKeyHelper asks the databricks CLI (claude-token-status)"
else
  bad "no DATABRICKS_TOKEN and no databricks CLI: the apiKeyHelper has nothing to return"
fi
url=$(sed -n 's/.*"ANTHROPIC_BASE_URL" *: *"\([^"]*\)".*/\1/p' "$CA_SETTINGS" 2>/dev/null)
if [[ -n $url ]]; then
  ok "ANTHROPIC_BASE_URL=$url (settings.json)"
elif [[ -n ${ANTHROPIC_BASE_URL:-} ]]; then
  ok "ANTHROPIC_BASE_URL=$ANTHROPIC_BASE_URL"
else
  bad "ANTHROPIC_BASE_URL is unset: set DATABRICKS_HOST, then run . ~/.bashrc"
fi
for v in ANTHROPIC_API_KEY ANTHROPIC_AUTH_TOKEN; do
  [[ -z ${!v:-} ]] || warn "$v=$(mask "${!v}") is set and takes precedence over the apiKeyHelper; unset it"
done
info "CLAUDE_SERVING_ENDPOINT=$CA_ENDPOINT CLAUDE_MODEL=$CA_MODEL"

section "MLflow"
v=$(ca_mlflow_version)
if [[ -z $v ]]; then
  bad "MLflow is not installed in $CA_PY"
elif version_ge "$v" "$CA_MLFLOW_MIN"; then
  ok "MLflow $v (tracing needs $CA_MLFLOW_MIN+)"
else
  bad "MLflow $v is older than $CA_MLFLOW_MIN: tracing will not work"
fi
if m=$(ca_mlflow); then ok "mlflow command: $m"; else warn "the mlflow command is not on PATH"; fi

section "Tracing"
if [[ -n ${MLFLOW_EXPERIMENT_NAME:-} ]]; then ok "MLFLOW_EXPERIMENT_NAME=$MLFLOW_EXPERIMENT_NAME"; else warn "MLFLOW_EXPERIMENT_NAME is unset: claude-tracing-enable needs it"; fi
traced=
for f in "$CA_SETTINGS" "$PWD/.claude/settings.json"; do
  grep -qs MLFLOW_CLAUDE_TRACING_ENABLED "$f" && traced+=" $f"
done
if [[ -n $traced ]]; then ok "tracing configured in:$traced"; else info "tracing is off here: claude-tracing-enable [dir] (~ for every project)"; fi

section "Endpoint"
ws=$(ca_workspace) base=${url:-${ANTHROPIC_BASE_URL:-}}
model=$(sed -n 's/.*"ANTHROPIC_MODEL" *: *"\([^"]*\)".*/\1/p' "$CA_SETTINGS" 2>/dev/null | head -n 1)
model=${model:-$CA_MODEL}
if [[ -z $ws ]]; then
  bad "no workspace recorded (DATABRICKS_HOST was unset when the init script ran): Claude Code gets no token"
else
  info "Claude Code calls $base with model $model; only $ws gets the token"
  token=$(ANTHROPIC_BASE_URL=$base "$CA_BIN/claude-api-key-helper" 2>/dev/null)
  if [[ -z $token ]]; then
    warn "no token from the apiKeyHelper, so no live check (claude-token-status says why)"
  elif [[ $model == system.ai.* ]]; then
    info "AI Gateway model $model; try: claude -p 'Say hello'"
  elif ! have curl; then
    warn "curl is missing: no live check"
  else
    code=$(curl -s -o /dev/null -w '%{http_code}' --connect-timeout 5 --max-time 10 -H @- \
      "$ws/api/2.0/serving-endpoints/$model" <<<"Authorization: Bearer $token")
    case $?:$code in
    0:200) ok "serving endpoint $model exists on $ws and accepts the token" ;;
    *:401) bad "$ws refused the token (401): expired or not for this workspace; run claude-refresh-token or databricks auth login" ;;
    *:403) bad "no permission on $model (403): you need CAN QUERY on that endpoint" ;;
    *:404) bad "no serving endpoint named $model on $ws (404): set CLAUDE_MODEL to one that exists" ;;
    28:*) bad "no answer from $ws within 10 s (timeout)" ;;
    *) bad "could not check $model on $ws (HTTP ${code:-none})" ;;
    esac
  fi
fi

printf '\n%d problem(s), %d warning(s)\n' "$CA_FAILS" "$CA_WARNS"
((CA_FAILS == 0))
HELPER
    ;;
  claude-api-key-helper)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
set -uo pipefail
me=claude-api-key-helper
case ${1-} in
-h | --help)
  cat <<'EOF'
usage: claude-api-key-helper

Claude Code runs this (settings.json "apiKeyHelper") to get a Databricks token:
$DATABRICKS_TOKEN when set, else `databricks auth token`. It gives the token out only
when ANTHROPIC_BASE_URL (scheme, host and port) is the workspace recorded by the init
script in /usr/local/lib/coding-assistants/workspace.env; otherwise it refuses with a
one-line reason. It refuses to print to a terminal; claude-token-status shows the token.
Exit status: 0 printed a token, 1 refused or no token, 2 stdout is a terminal or usage error.
EOF
  exit 0
  ;;
'') ;;
*)
  echo "$me: takes no arguments (see --help)" >&2
  exit 2
  ;;
esac
refuse() {
  printf '%s: refusing to hand out the Databricks token: %s\n' "$me" "$1" >&2
  exit 1
}
if [[ -t 1 ]]; then
  echo "$me: refusing to print a token to a terminal; try claude-token-status" >&2
  exit 2
fi
env_file=$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/workspace.env
workspace=$(sed -n 's/^CA_WORKSPACE_HOST=//p' "$env_file" 2>/dev/null | head -n 1)
[[ $workspace =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?$ ]] ||
  refuse "no workspace recorded (DATABRICKS_HOST was not set when the init script ran)"
base=${ANTHROPIC_BASE_URL:-}
[[ -n $base ]] || refuse "ANTHROPIC_BASE_URL is not set, so Claude Code would call Anthropic's API, not the workspace $workspace"
origin=$base
[[ $base =~ ^([A-Za-z][A-Za-z0-9+.-]*://[^/?#]*) ]] && origin=${BASH_REMATCH[1]}
if [[ $origin != "$workspace" ]]; then
  [[ $origin =~ ^([^:/]*://)[^/]*@(.*)$ ]] && origin="${BASH_REMATCH[1]}****@${BASH_REMATCH[2]}"
  origin=${origin//[[:cntrl:]]/?}
  refuse "ANTHROPIC_BASE_URL (${origin:0:200}) is not the workspace $workspace"
fi
if [[ -n ${DATABRICKS_TOKEN:-} ]]; then
  printf '%s\n' "$DATABRICKS_TOKEN"
  exit 0
fi
if command -v databricks >/dev/null 2>&1; then
  token=$(databricks auth token --output json --host "$workspace" 2>/dev/null |
    sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' | head -n 1)
  if [[ -n $token ]]; then
    printf '%s\n' "$token"
    exit 0
  fi
fi
echo "$me: no Databricks token: set DATABRICKS_TOKEN or run: databricks auth login --host $workspace" >&2
exit 1
HELPER
    ;;
  claude-debug)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: claude-debug [-n LINES]

Prints check-claude, versions, cluster facts, the relevant environment, the init
status and the last LINES (default 40) lines of the init log, the Claude Code settings
and the ~/.bashrc block. Tokens are masked to their first 4 characters.
Exit status: 0 printed, 2 usage error.
EOF
}
lines=40
while (($#)); do
  case $1 in
  -h | --help) usage; exit 0 ;;
  -n) [[ ${2-} =~ ^[0-9]+$ ]] || usage_error "-n needs a number"; lines=$2; shift ;;
  *) usage_error "unknown argument: $1" ;;
  esac
  shift
done
version() { if have "$1"; then "$@" 2>&1 | head -n 1; else echo "(not installed)"; fi; }
{
  "$CA_BIN/check-claude"
  section "Versions"
  echo "os:         $(sed -n 's/^PRETTY_NAME=//p' /etc/os-release 2>/dev/null | tr -d '"') ($(uname -r))"
  echo "bash:       $BASH_VERSION"
  echo "claude:     $(version claude --version)"
  echo "node:       $(version node --version)"
  echo "npm:        $(version npm --version)"
  echo "git:        $(version git --version)"
  echo "databricks: $(version databricks --version)"
  echo "python:     $CA_PY $("$CA_PY" --version 2>&1)"
  echo "mlflow:     $(ca_mlflow_version || echo '(not installed)')"
  section "Cluster"
  echo "cluster id: $(ca_cluster_id)  user: $(id -un)  home: $HOME  cwd: $PWD"
  section "Environment"
  for v in $(compgen -e | grep -E '^(ANTHROPIC|CLAUDE|DATABRICKS|MLFLOW|DISABLE|DB)_' | sort); do
    case $v in
    *TOKEN* | *KEY* | *SECRET* | *PASSWORD*) echo "$v=$(mask "${!v}")" ;;
    *) echo "$v=${!v}" ;;
    esac
  done
  section "Init status ($CA_STATUS)"
  cat "$CA_STATUS" 2>&1
  section "Init log, last $lines lines ($CA_LOG)"
  tail -n "$lines" "$CA_LOG" 2>&1
  section "Settings ($CA_SETTINGS)"
  cat "$CA_SETTINGS" 2>&1
  section "Profile block (~/.bashrc)"
  sed -n '/^# >>> coding-assistants >>>$/,/^# <<< coding-assistants <<<$/p' "$HOME/.bashrc" 2>&1
} 2>&1 | redact
exit 0
HELPER
    ;;
  claude-refresh-token)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  cat <<'EOF'
usage: claude-refresh-token

Forces the databricks CLI to fetch a fresh OAuth token (databricks auth token
--force-refresh), which Claude Code's apiKeyHelper then returns. A static
$DATABRICKS_TOKEN cannot be refreshed here: replace it and start a new session.
Exit status: 0 refreshed or nothing to refresh, 1 failed, 2 usage error.
EOF
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
if [[ -n ${DATABRICKS_TOKEN:-} ]]; then
  echo "DATABRICKS_TOKEN is set ($(mask "$DATABRICKS_TOKEN")): a static token, used as it is."
  echo "If it expired, rotate it and reconnect, or unset it to use the databricks CLI's OAuth login."
  exit 0
fi
have databricks || die "neither DATABRICKS_TOKEN nor the databricks CLI is available"
args=(auth token --output json)
host=$(ca_host)
[[ -z $host ]] || args+=(--host "$host")
out=$(databricks "${args[@]}" --force-refresh 2>/dev/null || databricks "${args[@]}" 2>/dev/null)
token=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$out" | head -n 1)
[[ -n $token ]] || die "databricks auth token failed; log in again: databricks auth login${host:+ --host $host}"
echo "fresh token $(mask "$token"); Claude Code uses it at its next refresh (15 min, or a 401), or when restarted"
HELPER
    ;;
  claude-token-status)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  cat <<'EOF'
usage: claude-token-status

Shows where Claude Code's token comes from ($DATABRICKS_TOKEN or the databricks CLI),
masked to its first 4 characters, and the workspace it is used with.
Exit status: 0 a token is available, 1 none, 2 usage error.
EOF
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
base=$(ca_settings_base_url)
base=${base:-${ANTHROPIC_BASE_URL:-}}
refusal=$(ANTHROPIC_BASE_URL=$base "$CA_BIN/claude-api-key-helper" 2>&1 >/dev/null) && refusal=''
token=$(ANTHROPIC_BASE_URL=$base "$CA_BIN/claude-api-key-helper" 2>/dev/null)
if [[ $refusal == *refusing* ]]; then
  bad "${refusal#claude-api-key-helper: }"
elif [[ -n ${DATABRICKS_TOKEN:-} ]]; then
  ok "source: DATABRICKS_TOKEN (static; refreshed only when the session's environment is)"
elif [[ -n $token ]]; then
  ok "source: databricks auth token (the CLI refreshes it; claude-refresh-token forces it)"
fi
if [[ -n $token ]]; then
  ok "token: $(mask "$token")"
elif [[ $refusal != *refusing* ]]; then
  bad "no token: set DATABRICKS_TOKEN or run: databricks auth login"
fi
host=$(ca_workspace)
if [[ -n $host ]]; then ok "workspace: $host (the only host that gets this token)"; else bad "no workspace recorded: DATABRICKS_HOST was not set when the init script ran"; fi
for v in ANTHROPIC_API_KEY ANTHROPIC_AUTH_TOKEN; do
  [[ -z ${!v:-} ]] || warn "$v is set ($(mask "${!v}")) and is used instead of this token"
done
info "Claude Code asks again every 15 minutes and after any 401"
[[ -n $token ]]
HELPER
    ;;
  claude-tracing-disable)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: claude-tracing-disable [DIR]

Removes the MLflow tracing set up by claude-tracing-enable for DIR (default: the
current directory), with `mlflow autolog claude --disable`.
Exit status: 0 disabled, 1 failed, 2 usage error.
EOF
}
ca_trace_args "$@"
ca_tracing --disable || die "mlflow autolog claude --disable failed"
echo "tracing off for sessions started in $TRACE_DIR"
HELPER
    ;;
  claude-tracing-enable)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: claude-tracing-enable [--tracking-uri URI] [DIR]

Traces Claude Code sessions started in DIR (default: the current directory; ~ for
every project) to the MLflow experiment $MLFLOW_EXPERIMENT_NAME, with `mlflow autolog
claude`. Traces go to the workspace (databricks) unless --tracking-uri or
$MLFLOW_TRACKING_URI names another server. Traces appear when a session ends.
Exit status: 0 enabled, 1 failed, 2 usage error.
EOF
}
ca_trace_args "$@"
[[ -n ${MLFLOW_EXPERIMENT_NAME:-} ]] || die "MLFLOW_EXPERIMENT_NAME is not set (the cluster sets it; try: . ~/.bashrc)"
ca_tracing --tracking-uri "$TRACE_URI" --experiment-name "$MLFLOW_EXPERIMENT_NAME" || die "mlflow autolog claude failed"
echo "tracing on for sessions started in $TRACE_DIR; experiment: $MLFLOW_EXPERIMENT_NAME at $TRACE_URI"
HELPER
    ;;
  claude-tracing-status)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: claude-tracing-status [DIR]

Shows whether Claude Code sessions started in DIR (default: the current directory)
are traced to MLflow (`mlflow autolog claude --status`), and whether writing traces
failed (errors in DIR/.claude/mlflow/claude_tracing.log, the hook's log).
Exit status: 0 reported, 1 mlflow missing or failed, or traces failed to be written,
2 usage error.
EOF
}
ca_trace_args "$@"
echo "MLFLOW_EXPERIMENT_NAME=${MLFLOW_EXPERIMENT_NAME:-(unset)} MLFLOW_TRACKING_URI=$TRACE_URI"
ca_tracing --status || exit 1
log=$TRACE_DIR/.claude/mlflow/claude_tracing.log
errors=$(grep -aiE 'error|exception|traceback|failed' "$log" 2>/dev/null | redact)
[[ -n $errors ]] || exit 0
echo "FAIL  traces failed to be written: $(wc -l <<<"$errors") error line(s) in $log; the last:"
tail -n 3 <<<"$errors" | cut -c1-300
exit 1
HELPER
    ;;
  claude-vscode-check)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  printf '%s\n' "usage: claude-vscode-check" "" \
    "Checks the remote side of a VS Code or Cursor session: claude, settings, the Python" \
    "environment, the IDE server and the Claude Code extension, the folder." \
    "Exit status: 0 ready (warnings allowed), 1 something needs fixing, 2 usage error."
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
if have claude; then ok "claude on PATH"; else bad "claude not on PATH (check-claude explains)"; fi
if [[ -f $CA_SETTINGS ]]; then ok "Claude Code settings: $CA_SETTINGS"; else bad "no $CA_SETTINGS"; fi
if [[ -x $CA_PY ]]; then ok "Python interpreter: $CA_PY"; else bad "no Databricks Python at $CA_PY"; fi
servers=()
for d in "$HOME/.vscode-server" "$HOME/.cursor-server"; do [[ -d $d ]] && servers+=("$d"); done
if ((${#servers[@]})); then ok "IDE server: ${servers[*]}"; else warn "no VS Code or Cursor server yet: connect once (claude-vscode-setup)"; fi
if compgen -G "$HOME/.*-server/extensions/anthropic.claude-code-*" >/dev/null; then
  ok "Claude Code extension installed"
else
  info "Claude Code extension not installed remotely (optional; claude runs in the terminal)"
fi
if ca_in_repos "$PWD"; then warn "working in /Repos: use /Workspace/Users/<you>/ (git-workspace-init)"; fi
((CA_FAILS == 0))
HELPER
    ;;
  claude-vscode-config)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  printf '%s\n' "usage: claude-vscode-config" "" \
    "Prints a .vscode/settings.json snippet: the Databricks Python interpreter and a" \
    "terminal PATH that finds claude and the helper commands." \
    "Exit status: 0 printed, 2 usage error."
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
cat <<EOF
{
  "python.defaultInterpreterPath": "$CA_PY",
  "python.terminal.activateEnvironment": false,
  "terminal.integrated.env.linux": {
    "PATH": "\${env:HOME}/.local/bin:$CA_BIN:\${env:PATH}"
  }
}
EOF
HELPER
    ;;
  claude-vscode-env)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  printf '%s\n' "usage: claude-vscode-env" "" \
    "Prints the path of the Databricks Python interpreter (the runtime's libraries)." \
    "Exit status: 0 printed, 1 not found, 2 usage error."
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
[[ -x $CA_PY ]] || die "no Databricks Python at $CA_PY"
printf '%s\n' "$CA_PY"
HELPER
    ;;
  claude-vscode-setup)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  printf '%s\n' "usage: claude-vscode-setup" "" \
    "Prints the steps to open this cluster in VS Code or Cursor with Remote SSH." \
    "Exit status: 0 printed, 2 usage error."
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
cluster=$(ca_cluster_id)
cat <<EOF
VS Code or Cursor on this cluster, over Remote SSH

On your computer (Databricks CLI 0.269 or newer, logged in to this workspace):
  1. databricks ssh setup --name databricks-claude --cluster ${cluster:-<cluster-id>}
     (a dedicated cluster on DBR 17.0+; it adds a Host entry to ~/.ssh/config)
  2. Install the "Remote - SSH" extension (Cursor has it built in), run
     "Remote-SSH: Connect to Host..." and choose databricks-claude.
In the remote window:
  3. Open a folder under /Workspace/Users/<you>/ (git-workspace-init makes one); not /Repos.
  4. Python interpreter: $CA_PY (claude-vscode-env prints it;
     claude-vscode-config prints a .vscode/settings.json snippet with it)
  5. In the terminal: claude. claude-vscode-check tells what is missing.
EOF
HELPER
    ;;
  git-workspace-check)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  cat <<'EOF'
usage: git-workspace-check [DIR]

Checks the git repository at DIR (default: the current directory): warns inside /Repos
or outside /Workspace, and lists uncommitted changes and commits not pushed (as of the
last fetch).
Exit status: 0 all committed and pushed, 1 something needs attention,
2 not a git repository or usage error.
EOF
  exit 0
  ;;
-*) usage_error "unknown option: $1" ;;
esac
(($# <= 1)) || usage_error "expected at most one directory"
top=$(git -C "${1:-.}" rev-parse --show-toplevel 2>/dev/null) || die "${1:-.} is not inside a git repository" 2
echo "repository: $top"
if ca_in_repos "$top"; then
  warn "inside /Repos (Databricks Git folders): use git-workspace-init to work in /Workspace/Users/<you>/"
elif [[ ${top#"$CA_ROOT"} != /Workspace/* ]]; then
  warn "not under /Workspace: the cluster's disk is wiped when it stops; push often"
fi
branch=$(git -C "$top" symbolic-ref --short -q HEAD) || branch=
[[ -n $branch ]] || warn "detached HEAD: commits made here belong to no branch"
changes=$(git -C "$top" status --porcelain)
if [[ -n $changes ]]; then
  warn "$(wc -l <<<"$changes") uncommitted change(s):"
  git -C "$top" status --short | head -n 20 | sed 's/^/          /'
else
  ok "no uncommitted changes"
fi
if [[ -n $branch ]]; then
  if upstream=$(git -C "$top" rev-parse --abbrev-ref -q '@{upstream}' 2>/dev/null); then
    ahead=$(git -C "$top" rev-list --count '@{upstream}..HEAD')
    if ((ahead)); then warn "$ahead commit(s) on $branch not pushed to $upstream"; else ok "$branch is pushed to $upstream"; fi
  else
    warn "$branch has no upstream: git push -u origin $branch"
  fi
fi
((CA_WARNS == 0))
HELPER
    ;;
  git-workspace-init)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: git-workspace-init [options] [URL]

Clones URL (or, with --new, creates an empty repository) into
/Workspace/Users/<you>/<name>, where files outlive the cluster. Asks for what is
missing when run in a terminal.
  -n, --name NAME    folder name (default: the repository name in URL)
  -u, --user USER    workspace user (default: $DATABRICKS_USER, else the databricks CLI)
  -d, --dir PATH     exact target folder instead of /Workspace/Users/<user>/<name>
  -b, --branch NAME  branch to clone, or the first branch of a new repository (main)
      --new          create a new repository instead of cloning
  -i, --interactive  ask for missing values even when stdin is not a terminal
  -y, --yes          never ask; fail when a value is missing
Never in /Repos: that tree belongs to Databricks Git folders, which keep git's data
away from the cluster, so git commands there fail or fight the Git folders UI.
Exit status: 0 ready (also when it was already there), 1 failed, 2 usage error or refused.
EOF
}
url='' name='' user='' dir='' branch='' new=0 ask=0
[[ -t 0 ]] && ask=1
while (($#)); do
  case $1 in
  -h | --help) usage; exit 0 ;;
  -n | --name) name=${2-}; shift ;;
  -u | --user) user=${2-}; shift ;;
  -d | --dir) dir=${2-}; shift ;;
  -b | --branch) branch=${2-}; shift ;;
  --new) new=1 ;;
  -i | --interactive) ask=1 ;;
  -y | --yes) ask=0 ;;
  -*) usage_error "unknown option: $1" ;;
  *) [[ -z $url ]] || usage_error "more than one URL"; url=$1 ;;
  esac
  shift
done
prompt() { # prompt VAR TEXT
  local answer
  read -r -p "$2: " answer || true
  printf -v "$1" '%s' "$answer"
}
if ((ask)) && [[ -z $url ]] && ((!new)); then
  prompt url "Repository URL to clone (empty: create a new repository)"
  [[ -n $url ]] || new=1
fi
[[ -n $url || $new == 1 ]] || usage_error "give a repository URL, or --new"
[[ -n $url && $new == 1 ]] && usage_error "a URL and --new exclude each other"
if [[ -z $name && -n $url ]]; then name=${url%/}; name=${name##*[/:]}; name=${name%.git}; fi
if [[ -z $dir ]]; then
  ((ask)) && [[ -z $name ]] && prompt name "Folder name"
  [[ -n $name ]] || usage_error "give a folder name (--name)"
  [[ $name != */* && $name != . && $name != .. ]] || usage_error "--name must be a plain folder name"
  [[ -n $user ]] || user=$(ca_user)
  ((ask)) && [[ -z $user ]] && prompt user "Workspace user (e.g. you@example.com)"
  [[ -n $user ]] || usage_error "could not tell your workspace user: pass --user or set DATABRICKS_USER"
  dir=$CA_ROOT/Workspace/Users/$user/$name
fi
if ca_in_repos "$dir"; then
  die "refusing $dir: /Repos belongs to Databricks Git folders, which keep git's data away from
the cluster, so git commands there fail or fight the Git folders UI. Use a Workspace folder,
e.g. /Workspace/Users/<you>/<name> (the default)." 2
fi
[[ ${dir#"$CA_ROOT"} == /Workspace/* ]] ||
  echo "note: $dir is not under /Workspace: the cluster's disk is wiped when it stops" >&2
if git -C "$dir" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "$dir is already a git repository; nothing to do"
  exit 0
fi
[[ ! -e $dir || -z $(ls -A "$dir") ]] || die "$dir exists and is not empty; choose another --name"
mkdir -p "${dir%/*}" || die "cannot create ${dir%/*}"
if ((new)); then
  git init -q -b "${branch:-main}" "$dir" || die "git init failed"
  echo "created an empty repository in $dir"
else
  git clone ${branch:+--branch "$branch"} -- "$url" "$dir" || die "git clone failed; for a private repository run git-workspace-setup-auth first"
fi
echo "next: cd ${dir@Q} && claude   (git-workspace-check shows what is not pushed yet)"
HELPER
    ;;
  git-workspace-setup-auth)
    IFS= read -r -d '' REPLY <<'HELPER' || true
#!/usr/bin/env bash
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: git-workspace-setup-auth --pat | --ssh | --helper COMMAND [options]

  --pat              store a personal access token (read from stdin; hidden when typed)
                     in ~/.git-credentials (mode 0600) for https URLs
  --ssh              create an ed25519 key in ~/.ssh (if missing) and print its public half
  --helper COMMAND   use a git credential helper, e.g. 'cache --timeout=28800'
  --host HOST        Git host (default: github.com)
  --username NAME    user name stored with the token (default: git)
  -i, --interactive  ask which method, even when stdin is not a terminal
Files live on the cluster's disk, which is wiped when it stops: use a token or key you
can revoke, and run this again after a restart.
Exit status: 0 configured, 1 failed, 2 usage error.
EOF
}
mode='' helper='' host=github.com username=git ask=0
[[ -t 0 ]] && ask=1
while (($#)); do
  case $1 in
  -h | --help) usage; exit 0 ;;
  --pat) mode=pat ;;
  --ssh) mode=ssh ;;
  --helper) mode=helper helper=${2-}; shift ;;
  --host) host=${2-}; shift ;;
  --username) username=${2-}; shift ;;
  -i | --interactive) ask=1 ;;
  *) usage_error "unknown argument: $1" ;;
  esac
  shift
done
if [[ -z $mode ]] && ((ask)); then
  read -r -p "Authenticate git with 1) a personal access token 2) an SSH key 3) a credential helper? " c || true
  case $c in 1) mode=pat ;; 2) mode=ssh ;; 3) mode=helper; read -r -p "Credential helper: " helper || true ;; esac
fi
[[ -n $mode ]] || usage_error "choose --pat, --ssh or --helper"
[[ $host =~ ^[A-Za-z0-9.-]+(:[0-9]+)?$ ]] || usage_error "not a host name: $host"
case $mode in
pat)
  if [[ -t 0 ]]; then read -r -s -p "Token for $username@$host: " pat; echo >&2; else read -r pat || true; fi
  [[ -n ${pat:-} ]] || die "no token given"
  store=$HOME/.git-credentials
  umask 077
  printf 'protocol=https\nhost=%s\nusername=%s\npassword=%s\n\n' "$host" "$username" "$pat" |
    git credential-store --file "$store" store || die "could not store the token"
  chmod 600 "$store"
  git config --global credential.helper store
  echo "token $(mask "$pat") stored for https://$host in $store (mode 600)"
  ;;
ssh)
  key=$HOME/.ssh/id_ed25519
  mkdir -p "$HOME/.ssh" && chmod 700 "$HOME/.ssh"
  if [[ ! -f $key ]]; then
    ssh-keygen -q -t ed25519 -N '' -C "databricks-cluster-$(ca_cluster_id)" -f "$key" || die "ssh-keygen failed"
  fi
  echo "Add this public key to your account on $host (SSH keys), then test: ssh -T git@$host"
  cat "$key.pub"
  ;;
helper)
  [[ -n $helper ]] || usage_error "--helper needs a command"
  git config --global credential.helper "$helper" || die "git config failed"
  echo "git now uses the credential helper: $helper"
  ;;
esac
HELPER
    ;;
  *) return 1 ;;
  esac
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi

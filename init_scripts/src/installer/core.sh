# shellcheck disable=SC2034  # globals set here are read by the other installer parts
# Paths under ROOT (tests point INIT_ROOT at a temporary directory); the CA_* defaults are in
# lib/defaults.sh, generated from coding_assistants/facts.py.
readonly ROOT=${INIT_ROOT:-}
readonly LOG_FILE=$ROOT$CA_LOG_PATH
readonly STATUS_FILE=$ROOT$CA_STATUS_PATH
readonly BIN_DIR=$ROOT$CA_BIN_PATH
readonly LIB_DIR=$ROOT$CA_LIB_PATH
readonly WORKSPACE_ENV=$LIB_DIR/workspace.env
readonly CA_BUNDLE_COPY=$LIB_DIR/ca-bundle.pem
readonly MANAGED_SETTINGS=$ROOT$CA_MANAGED_SETTINGS_PATH
readonly NODE_ENV=$LIB_DIR/node.env
readonly INSTALLER_URL=https://claude.ai/install.sh
readonly NODE_MIN_MAJOR=18
readonly SYSTEM_TOOLS=(curl git jq tmux)
STEPS=(config packages claude mlflow settings helpers profile policy mcp skills state)
# Second names of helper commands: link=command.
readonly HELPER_LINKS=(check-coding-assistants=check-claude claude-mcp-headers-helper=claude-api-key-helper)
readonly PROFILE_BEGIN='# >>> coding-assistants >>>'
readonly PROFILE_END='# <<< coding-assistants <<<'

# Set by load_config and begin_run; STEP by step, REASON by the install methods, WROTE
# (files written) by put_file.
ENDPOINT=$CA_DEFAULT_ENDPOINT MODEL=$CA_DEFAULT_MODEL VERSION=$CA_DEFAULT_VERSION
OPUS_MODEL='' SONNET_MODEL='' HAIKU_MODEL='' SMALL_FAST_MODEL='' POLICY=''
MCP_SQL='' MCP_GENIE='' MCP_FUNCTIONS='' MCP_VECTOR_SEARCH='' MCP_LOCKED=''
METHOD=native HOST='' ROUTE=$CA_DEFAULT_ROUTE BASE_URL='' PROXY='' CA_BUNDLE=''
EXPERIMENT='' PY=$CA_DEFAULT_PYTHON RETRIES=3 RETRY_DELAY=2 WORK_DIR='' START_US=0
BUDGET=240 DEADLINE=0 SKILLS_PATH='' MEMORY_PATH='' MARKETPLACES='' PLUGINS=''
STRICT_MARKETPLACES=false PERSIST=false USER_NAME=''
STEP='' REASON='' WROTE=0 PROBLEMS=()

# --- logging and small helpers ------------------------------------------------------------------

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

# timed SECONDS COMMAND...: COMMAND, killed after SECONDS or at DEADLINE, whichever is first
# (exit 124), so no network step outlives the run's budget.
timed() {
  local s=$1 left=$((DEADLINE - EPOCHSECONDS))
  shift
  ((left > 0)) || return 124
  ((s < left)) || s=$left
  timeout -k 5 "$s" "$@"
}

# logged COMMAND...: COMMAND with its output as time-stamped log lines; COMMAND's exit status.
logged() {
  local line
  "$@" 2>&1 | while IFS= read -r line; do _log OUT "$line"; done
}

# retry COMMAND...: up to RETRIES attempts, sleeping RETRY_DELAY seconds, doubled each time.
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

# version_ge A B: true when version A >= version B.
version_ge() { [[ $(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1) == "$2" ]]; }

# put_file DEST MODE CONTENT: replace DEST atomically with CONTENT, only when it differs
# (MODE "keep": DEST exists, keep its mode). An unchanged file costs no process at all.
put_file() {
  local dest=$1 mode=$2 old='' tmp="$1.tmp.$$"
  [[ -f $dest ]] && { IFS= read -r -d '' old <"$dest" || true; }
  [[ -f $dest && $old == "$3" ]] && return 0
  printf '%s' "$3" >"$tmp"
  if [[ $mode == keep ]]; then chmod --reference="$dest" "$tmp"; else chmod "$mode" "$tmp"; fi
  mv -f "$tmp" "$dest"
  WROTE=$((WROTE + 1))
}

# --- steps: each records one status line -------------------------------------------------------

# record STATE DETAIL: the outcome (ok, skipped or failed) of the running step.
record() {
  printf '%s\t%s\t%s\n' "$STEP" "$1" "$2" >"$WORK_DIR/steps/$STEP"
  if [[ $1 == failed ]]; then warn "$STEP: $2"; else log "$STEP: $1: $2"; fi
}

# record_write DETAIL: ok when put_file wrote something, else skipped (already up to date).
record_write() {
  if ((WROTE)); then record ok "$1 ($WROTE file(s) written)"; else record skipped "$1 up to date"; fi
}

# step NAME FUNCTION: run FUNCTION in a subshell with errexit; an unexpected stop is recorded.
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

# ERR trap: log where an unexpected failure happened (step reports the subshell's own exit).
on_error() {
  local rc=$?
  [[ ${FUNCNAME[1]:-} == step ]] || warn "line ${BASH_LINENO[0]}: exit $rc from: $BASH_COMMAND"
}

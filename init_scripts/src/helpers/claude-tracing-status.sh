#!/usr/bin/env bash
# claude-tracing-status: is MLflow tracing of Claude Code on for a directory, and can it work?
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: claude-tracing-status [DIR]

Shows whether the Claude Code sessions you start in DIR (default: the current directory)
are traced to MLflow (claude-tracing-enable), whether the Stop hook can run (the runtime's
Python loads MLflow's Claude Code tracing; the folder's own settings do not name another
tracking URI or experiment), and whether writing traces failed (errors in
DIR/.claude/mlflow/claude_tracing.log, the hook's log).
Exit status: 0 off, or on and working; 1 the hook cannot run or traces failed to be
written; 2 usage error.
EOF
}
ca_trace_args "$@"
dir=$(ca_trace_dir) || exit 2
echo "MLFLOW_EXPERIMENT_NAME=${MLFLOW_EXPERIMENT_NAME:-(unset)} MLFLOW_TRACKING_URI=$TRACE_URI"
if ! IFS=$'\t' read -r uri name < <(ca_trace_lookup "$dir"); then
  echo "tracing in $dir: off"
  exit 0
fi
echo "tracing in $dir: on; experiment: $name at $uri"
rc=0
if keys=$(ca_trace_conflict "$dir" "$uri" "$name"); then
  echo "FAIL  no trace is written: $dir/.claude/settings.json sets $keys to other values (claude-tracing-disable removes them)"
  rc=1
fi
if ! reason=$(ca_trace_probe); then
  echo "FAIL  the Stop hook cannot run: $reason"
  rc=1
fi
log=$dir/.claude/mlflow/claude_tracing.log
errors=$(grep -aiE 'error|exception|traceback|failed' "$log" 2>/dev/null | redact)
[[ -n $errors ]] || exit "$rc"
echo "FAIL  traces failed to be written: $(wc -l <<<"$errors") error line(s) in $log; the last:"
tail -n 3 <<<"$errors" | cut -c1-300
exit 1

#!/usr/bin/env bash
# claude-tracing-status: is MLflow tracing of Claude Code on for a directory?
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: claude-tracing-status [DIR]

Shows whether Claude Code sessions started in DIR (default: the current directory)
are traced to MLflow (read from DIR/.claude/settings.json as `mlflow autolog claude
--status` reads it), and whether writing traces failed (errors in
DIR/.claude/mlflow/claude_tracing.log, the hook's log).
Exit status: 0 reported, 1 mlflow missing, settings unreadable or traces failed to be
written, 2 usage error.
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

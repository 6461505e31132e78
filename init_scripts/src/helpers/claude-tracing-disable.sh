#!/usr/bin/env bash
# claude-tracing-disable: stop tracing Claude Code sessions to MLflow.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: claude-tracing-disable [DIR]

Removes the MLflow tracing set up by claude-tracing-enable for DIR (default: the
current directory): MLflow's Stop hook and its MLFLOW_* keys in DIR/.claude/settings.json
(what `mlflow autolog claude --disable` removes; that command runs only for an MLflow
other than the pinned release).
Exit status: 0 disabled, 1 failed, 2 usage error.
EOF
}
ca_trace_args "$@"
ca_tracing --disable || die "disabling tracing failed"
echo "tracing off for sessions started in $TRACE_DIR"

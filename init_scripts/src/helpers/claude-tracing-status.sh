#!/usr/bin/env bash
# claude-tracing-status: is MLflow tracing of Claude Code on for a directory?
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: claude-tracing-status [DIR]

Shows whether Claude Code sessions started in DIR (default: the current directory)
are traced to MLflow (`mlflow autolog claude --status`).
Exit status: 0 reported, 1 mlflow missing or failed, 2 usage error.
EOF
}
ca_trace_args "$@"
echo "MLFLOW_EXPERIMENT_NAME=${MLFLOW_EXPERIMENT_NAME:-(unset)}"
ca_tracing --status

#!/usr/bin/env bash
# claude-tracing-enable: send traces of Claude Code sessions to the cluster's MLflow experiment.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: claude-tracing-enable [--tracking-uri URI] [DIR]

Traces Claude Code sessions started in DIR (default: the current directory; ~ for
every project) to the MLflow experiment $MLFLOW_EXPERIMENT_NAME: writes MLflow's Stop hook
and MLFLOW_* keys into DIR/.claude/settings.json as `mlflow autolog claude` does (that
command runs only for an MLflow other than the pinned release). Traces go to the workspace (databricks) unless --tracking-uri or
$MLFLOW_TRACKING_URI names another server. Traces appear when a session ends.
Exit status: 0 enabled, 1 failed, 2 usage error.
EOF
}
ca_trace_args "$@"
[[ -n ${MLFLOW_EXPERIMENT_NAME:-} ]] || die "MLFLOW_EXPERIMENT_NAME is not set (the cluster sets it; try: . ~/.bashrc)"
ca_tracing --tracking-uri "$TRACE_URI" --experiment-name "$MLFLOW_EXPERIMENT_NAME" || die "enabling tracing failed"
echo "tracing on for sessions started in $TRACE_DIR; experiment: $MLFLOW_EXPERIMENT_NAME at $TRACE_URI"

#!/usr/bin/env bash
# claude-tracing-enable: send traces of Claude Code sessions to the cluster's MLflow experiment.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: claude-tracing-enable [--tracking-uri URI] [DIR]

Traces the Claude Code sessions you start in DIR (default: the current directory; ~ for
every project) to the MLflow experiment $MLFLOW_EXPERIMENT_NAME. Traces go to the
workspace (databricks) unless --tracking-uri or $MLFLOW_TRACKING_URI names another server.
Your choice is kept in your home directory, never in DIR: the node's managed Stop
hook (claude-tracing-hook) reads it when a session ends.
Exit status: 0 enabled, 1 failed, 2 usage error.
EOF
}
ca_trace_args "$@"
[[ -n ${MLFLOW_EXPERIMENT_NAME:-} ]] || die "MLFLOW_EXPERIMENT_NAME is not set (the cluster sets it; try: . ~/.bashrc)"
dir=$(ca_trace_dir) || exit 2
[[ $TRACE_URI$MLFLOW_EXPERIMENT_NAME != *[$'\t\n']* ]] || die "the tracking URI and the experiment name must be one line without tabs"
ca_trace_record "$dir" "$TRACE_URI" "$MLFLOW_EXPERIMENT_NAME" || die "enabling tracing failed: cannot write $CA_TRACES"
echo "tracing on for sessions started in $TRACE_DIR; experiment: $MLFLOW_EXPERIMENT_NAME at $TRACE_URI"
if keys=$(ca_trace_conflict "$dir" "$TRACE_URI" "$MLFLOW_EXPERIMENT_NAME"); then
  echo "warn  $dir/.claude/settings.json sets $keys to other values, so no trace is written there; claude-tracing-disable removes them" >&2
fi
if ! reason=$(ca_trace_probe); then
  echo "warn  the Stop hook cannot run yet: $reason (check-claude, MLflow section)" >&2
fi
exit 0

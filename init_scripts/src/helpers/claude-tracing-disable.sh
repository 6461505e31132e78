#!/usr/bin/env bash
# claude-tracing-disable: stop tracing Claude Code sessions to MLflow.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: claude-tracing-disable [DIR]

Stops tracing the Claude Code sessions you start in DIR (default: the current directory;
~ for the every-project setting): removes DIR from your tracing record, and from
DIR/.claude/settings.json the MLflow Stop hook and MLFLOW_* keys that earlier releases
and `mlflow autolog claude` wrote there.
Exit status: 0 disabled, 1 failed, 2 usage error.
EOF
}
ca_trace_args "$@"
dir=$(ca_trace_dir) || exit 2
ca_trace_record "$dir" || die "disabling tracing failed: cannot write $CA_TRACES"
ca_trace_clean "$dir" || die "tracing is off, but $dir/.claude/settings.json could not be cleaned"
echo "tracing off for sessions started in $TRACE_DIR"

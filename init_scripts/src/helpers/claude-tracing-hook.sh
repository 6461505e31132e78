#!/usr/bin/env bash
# claude-tracing-hook: Claude Code's Stop hook for MLflow tracing, set in the managed settings.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 0
case ${1-} in
-h | --help)
  cat <<'EOF'
usage: claude-tracing-hook   (Claude Code runs it when a session's turn ends)

The node's managed Stop hook. It does nothing unless you traced the session's directory
with claude-tracing-enable; then it hands the hook's input to MLflow's Stop hook in the
runtime's Python, with your tracking URI and experiment, the workspace as DATABRICKS_HOST
and a clean environment (nothing the folder's settings set reaches it). It never changes
the session's outcome: it prints nothing and always exits 0; a failure goes to
DIR/.claude/mlflow/claude_tracing.log, where claude-tracing-status finds it.
Exit status: 0, whatever happened; 2 usage error (it takes no arguments).
EOF
  exit 0
  ;;
'') ;;
*) usage_error "takes no arguments" ;;
esac
dir=$(cd -- "${CLAUDE_PROJECT_DIR:-$PWD}" 2>/dev/null && pwd -P) || exit 0
IFS=$'\t' read -r uri name < <(ca_trace_lookup "$dir") || exit 0
log=$dir/.claude/mlflow/claude_tracing.log
# note MESSAGE: one error line in the hook's log (masked), then exit 0.
note() {
  { mkdir -p -- "${log%/*}" && printf '%(%Y-%m-%d %H:%M:%S)T ERROR claude-tracing-hook: %s\n' -1 "$1" | redact >>"$log"; } 2>/dev/null
  exit 0
}
input=$(head -c 1048576)
if keys=$(ca_trace_conflict "$dir" "$uri" "$name"); then
  note "not traced: $dir/.claude/settings.json sets $keys to other values than claude-tracing-enable"
fi
[[ -x $CA_PY ]] || note "no Python at $CA_PY"
ws='' token=''
if [[ $uri == databricks* ]]; then
  ws=$(ca_workspace) base=$(sed -n 's/^CA_ANTHROPIC_BASE_URL=//p' "$CA_LIB/workspace.env" 2>/dev/null)
  [[ -n $ws && -n $base ]] || note "no workspace recorded (DATABRICKS_HOST was unset when the init script ran)"
  if ! token=$(ca_key_helper "$base" 2>/dev/null); then
    token=$(ca_key_helper "$base" 2>&1 >/dev/null)
    note "no Databricks token for $ws: ${token#claude-api-key-helper: }"
  fi
fi
# MLflow in a clean environment (the token never on a command line): only what it needs.
run_mlflow() {
  local home=$HOME v
  cd -- "$dir" || return 1
  for v in $(compgen -e); do unset "$v" 2>/dev/null; done
  export HOME=$home LANG=C.UTF-8 PATH="${CA_PY%/*}:/usr/bin:/bin" MLFLOW_CLAUDE_TRACING_ENABLED=true \
    MLFLOW_TRACKING_URI=$uri MLFLOW_EXPERIMENT_NAME=$name
  [[ -z $ws ]] || export DATABRICKS_HOST=$ws DATABRICKS_TOKEN=$token
  exec timeout -k 5 100 "$CA_PY" -I -c "$CA_TRACE_HOOK"
}
err=$( (run_mlflow) <<<"$input" 2>&1 >/dev/null)
rc=$?
((rc == 0)) || note "MLflow's Stop hook failed (exit $rc): $(tail -n 1 <<<"$err" | cut -c1-300)"
exit 0

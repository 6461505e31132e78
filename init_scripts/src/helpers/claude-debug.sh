#!/usr/bin/env bash
# claude-debug: everything useful for a support request, with secrets masked.
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

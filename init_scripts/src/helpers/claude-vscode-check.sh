#!/usr/bin/env bash
# claude-vscode-check: is this cluster ready for Claude Code in VS Code or Cursor?
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  printf '%s\n' "usage: claude-vscode-check" "" \
    "Checks the remote side of a VS Code or Cursor session: claude, settings, the Python" \
    "environment, the IDE server and the Claude Code extension, the folder." \
    "Exit status: 0 ready (warnings allowed), 1 something needs fixing, 2 usage error."
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
if have claude; then ok "claude on PATH"; else bad "claude not on PATH (check-claude explains)"; fi
if [[ -f $CA_SETTINGS ]]; then ok "Claude Code settings: $CA_SETTINGS"; else bad "no $CA_SETTINGS"; fi
if [[ -x $CA_PY ]]; then ok "Python interpreter: $CA_PY"; else bad "no Databricks Python at $CA_PY"; fi
servers=()
for d in "$HOME/.vscode-server" "$HOME/.cursor-server"; do [[ -d $d ]] && servers+=("$d"); done
if ((${#servers[@]})); then ok "IDE server: ${servers[*]}"; else warn "no VS Code or Cursor server yet: connect once (claude-vscode-setup)"; fi
if compgen -G "$HOME/.*-server/extensions/anthropic.claude-code-*" >/dev/null; then
  ok "Claude Code extension installed"
else
  info "Claude Code extension not installed remotely (optional; claude runs in the terminal)"
fi
if ca_in_repos "$PWD"; then warn "working in /Repos: use /Workspace/Users/<you>/ (git-workspace-init)"; fi
((CA_FAILS == 0))

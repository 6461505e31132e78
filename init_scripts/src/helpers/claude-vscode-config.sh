#!/usr/bin/env bash
# claude-vscode-config: a .vscode/settings.json snippet for this cluster.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  printf '%s\n' "usage: claude-vscode-config" "" \
    "Prints a .vscode/settings.json snippet: the Databricks Python interpreter and a" \
    "terminal PATH that finds claude and the helper commands." \
    "Exit status: 0 printed, 2 usage error."
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
cat <<EOF
{
  "python.defaultInterpreterPath": "$CA_PY",
  "python.terminal.activateEnvironment": false,
  "terminal.integrated.env.linux": {
    "PATH": "\${env:HOME}/.local/bin:$CA_BIN:\${env:PATH}"
  }
}
EOF

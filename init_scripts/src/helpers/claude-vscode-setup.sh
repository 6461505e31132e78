#!/usr/bin/env bash
# claude-vscode-setup: how to work on this cluster from VS Code or Cursor over Remote SSH.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  printf '%s\n' "usage: claude-vscode-setup" "" \
    "Prints the steps to open this cluster in VS Code or Cursor with Remote SSH." \
    "Exit status: 0 printed, 2 usage error."
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
cluster=$(ca_cluster_id)
cat <<EOF
VS Code or Cursor on this cluster, over Remote SSH

On your computer (Databricks CLI 0.269 or newer, logged in to this workspace):
  1. databricks ssh setup --name databricks-claude --cluster ${cluster:-<cluster-id>}
     (a dedicated cluster on DBR 17.0+; it adds a Host entry to ~/.ssh/config)
  2. Install the "Remote - SSH" extension (Cursor has it built in), run
     "Remote-SSH: Connect to Host..." and choose databricks-claude.
In the remote window:
  3. Open a folder under /Workspace/Users/<you>/ (git-workspace-init makes one); not /Repos.
  4. Python interpreter: $CA_PY (claude-vscode-env prints it;
     claude-vscode-config prints a .vscode/settings.json snippet with it)
  5. In the terminal: claude. claude-vscode-check tells what is missing.
EOF

#!/usr/bin/env bash
# claude-vscode-env: the Databricks Python environment, for the IDE's interpreter setting.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  printf '%s\n' "usage: claude-vscode-env" "" \
    "Prints the path of the Databricks Python interpreter (the runtime's libraries)." \
    "Exit status: 0 printed, 1 not found, 2 usage error."
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
[[ -x $CA_PY ]] || die "no Databricks Python at $CA_PY"
printf '%s\n' "$CA_PY"

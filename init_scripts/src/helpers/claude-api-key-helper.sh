#!/usr/bin/env bash
# claude-api-key-helper: Claude Code's apiKeyHelper. Prints the Databricks token on stdout, and
# only when Claude Code's ANTHROPIC_BASE_URL is the workspace the token belongs to (fail closed).
set -uo pipefail
me=claude-api-key-helper
case ${1-} in
-h | --help)
  cat <<'EOF'
usage: claude-api-key-helper

Claude Code runs this (settings.json "apiKeyHelper") to get a Databricks token:
$DATABRICKS_TOKEN when set, else `databricks auth token`. It gives the token out only
when ANTHROPIC_BASE_URL (scheme, host and port) is the workspace recorded by the init
script in /usr/local/lib/coding-assistants/workspace.env; otherwise it refuses with a
one-line reason. It refuses to print to a terminal; claude-token-status shows the token.
Exit status: 0 printed a token, 1 refused or no token, 2 stdout is a terminal or usage error.
EOF
  exit 0
  ;;
'') ;;
*)
  echo "$me: takes no arguments (see --help)" >&2
  exit 2
  ;;
esac
refuse() {
  printf '%s: refusing to hand out the Databricks token: %s\n' "$me" "$1" >&2
  exit 1
}
if [[ -t 1 ]]; then
  echo "$me: refusing to print a token to a terminal; try claude-token-status" >&2
  exit 2
fi
env_file=$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/workspace.env
workspace=$(sed -n 's/^CA_WORKSPACE_HOST=//p' "$env_file" 2>/dev/null | head -n 1)
[[ $workspace =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?$ ]] ||
  refuse "no workspace recorded (DATABRICKS_HOST was not set when the init script ran)"
base=${ANTHROPIC_BASE_URL:-}
[[ -n $base ]] || refuse "ANTHROPIC_BASE_URL is not set, so Claude Code would call Anthropic's API, not the workspace $workspace"
origin=$base
[[ $base =~ ^([A-Za-z][A-Za-z0-9+.-]*://[^/?#]*) ]] && origin=${BASH_REMATCH[1]}
if [[ $origin != "$workspace" ]]; then
  # One line, and no user info (it may hold a password) in the reason.
  [[ $origin =~ ^([^:/]*://)[^/]*@(.*)$ ]] && origin="${BASH_REMATCH[1]}****@${BASH_REMATCH[2]}"
  origin=${origin//[[:cntrl:]]/?}
  refuse "ANTHROPIC_BASE_URL (${origin:0:200}) is not the workspace $workspace"
fi
if [[ -n ${DATABRICKS_TOKEN:-} ]]; then
  printf '%s\n' "$DATABRICKS_TOKEN"
  exit 0
fi
if command -v databricks >/dev/null 2>&1; then
  token=$(databricks auth token --output json --host "$workspace" 2>/dev/null |
    sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' | head -n 1)
  if [[ -n $token ]]; then
    printf '%s\n' "$token"
    exit 0
  fi
fi
echo "$me: no Databricks token: set DATABRICKS_TOKEN or run: databricks auth login --host $workspace" >&2
exit 1

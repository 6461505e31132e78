#!/usr/bin/env bash
# claude-api-key-helper: Claude Code's apiKeyHelper. Prints the Databricks token on stdout, and
# only when Claude Code's ANTHROPIC_BASE_URL is the workspace the token belongs to (fail closed).
# Installed a second time as claude-mcp-headers-helper: an MCP server's headersHelper, which
# prints {"Authorization": "Bearer <token>"} only for the workspace's own MCP servers.
set -uo pipefail
me=${0##*/}
me=${me%.sh}
case ${1-} in
-h | --help)
  if [[ $me == claude-mcp-headers-helper ]]; then
    cat <<'EOF'
usage: claude-mcp-headers-helper

Claude Code runs this (an MCP server's "headersHelper") before it connects to the
server in CLAUDE_CODE_MCP_SERVER_URL. It prints {"Authorization": "Bearer <token>"}
only when that URL is one of the managed MCP servers (paths under /api/2.0/mcp) of
the workspace recorded by the init script; otherwise it refuses with a one-line reason.
The token comes as for claude-api-key-helper. It refuses to print to a terminal.
Exit status: 0 printed the header, 1 refused or no token, 2 stdout is a terminal or usage error.
EOF
    exit 0
  fi
  cat <<'EOF'
usage: claude-api-key-helper

Claude Code runs this (settings.json "apiKeyHelper") to get a Databricks token:
$DATABRICKS_TOKEN when set, else `databricks auth token`. It gives the token out only
when ANTHROPIC_BASE_URL (scheme, host and port) is the workspace recorded by the init
script in /usr/local/lib/coding-assistants/workspace.env; otherwise it refuses with a
one-line reason. It also refuses while one of Claude Code's switches to another
provider (CLAUDE_CODE_USE_BEDROCK, _VERTEX, _FOUNDRY, ...) is on. $DATABRICKS_TOKEN is
used only when DATABRICKS_HOST is unset or names that workspace (a token for another
workspace never goes to this one). It refuses to print to a terminal;
claude-token-status shows the token.
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
# shown URL: one line, at most 200 characters, and no user info (it may hold a password).
shown() {
  local u=$1
  [[ $u =~ ^([^:/]*://)[^/]*@(.*)$ ]] && u="${BASH_REMATCH[1]}****@${BASH_REMATCH[2]}"
  u=${u//[[:cntrl:]]/?}
  printf '%s' "${u:0:200}"
}
# origin URL: URL's scheme://host[:port] with its scheme's default port (:443 for https, :80
# for http) dropped, so https://h:443 and https://h are one origin; a path or query such as
# /?o=123 is ignored, as the Databricks SDKs do. A URL without a scheme is printed as is.
origin() {
  local u=$1 scheme host
  [[ $u =~ ^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*) ]] || {
    printf '%s' "$u"
    return 0
  }
  scheme=${BASH_REMATCH[1]} host=${BASH_REMATCH[2]}
  [[ ${scheme,,} == https ]] && host=${host%:443}
  [[ ${scheme,,} == http ]] && host=${host%:80}
  printf '%s://%s' "$scheme" "$host"
}
# same_host URL: true when URL (https:// assumed, any case) has the workspace's origin.
same_host() {
  local h=$1 mine
  [[ $h == *://* ]] || h=https://$h
  h=$(origin "$h") mine=$(origin "$workspace")
  [[ ${h,,} == "${mine,,}" ]]
}
if [[ -t 1 ]]; then
  echo "$me: refusing to print a token to a terminal; try claude-token-status" >&2
  exit 2
fi
lib=$(dirname "$(readlink -f "$0")")/../lib/coding-assistants
workspace=$(sed -n 's/^CA_WORKSPACE_HOST=//p' "$lib/workspace.env" 2>/dev/null | head -n 1)
[[ $workspace =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?$ ]] ||
  refuse "no workspace recorded (DATABRICKS_HOST was not set when the init script ran)"
# shellcheck source=../lib/coding-assistants/defaults.sh
. "$lib/defaults.sh" 2>/dev/null && [[ -n ${CA_PROVIDER_SWITCHES:-} ]] ||
  refuse "cannot read $lib/defaults.sh"
url=ANTHROPIC_BASE_URL
[[ $me != claude-mcp-headers-helper ]] || url=CLAUDE_CODE_MCP_SERVER_URL
base=${!url:-}
[[ -n $base || $me == claude-mcp-headers-helper ]] ||
  refuse "ANTHROPIC_BASE_URL is not set, so Claude Code would call Anthropic's API, not the workspace $workspace"
path=''
[[ $base =~ ^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*([^?#]*) ]] && path=${BASH_REMATCH[1]}
[[ -n $base && $(origin "$base") == "$(origin "$workspace")" ]] ||
  refuse "$url ($(shown "$(origin "$base")")) is not the workspace $workspace"
if [[ $me == claude-mcp-headers-helper && $path != "$CA_MCP_PATH"?* ]]; then
  refuse "$url ($(shown "$base")) is not one of the workspace's MCP servers ($workspace$CA_MCP_PATH...)"
fi
for switch in $CA_PROVIDER_SWITCHES; do
  [[ $me != claude-mcp-headers-helper ]] || break
  value=${!switch:-}
  value=${value,,}
  case ${value//[[:space:]]/} in 1 | true | yes | on)
    refuse "$switch is on, so Claude Code would send the token to another provider, not the workspace $workspace" ;;
  esac
done
other=''
[[ -z ${DATABRICKS_HOST:-} ]] || same_host "$DATABRICKS_HOST" || other=$DATABRICKS_HOST
# give TOKEN: the token as Claude Code wants it here (an MCP server's header as JSON); exit 0.
give() {
  [[ $me == claude-mcp-headers-helper ]] || { printf '%s\n' "$1"; exit 0; }
  [[ $1 =~ ^[A-Za-z0-9._~+/=-]+$ ]] || refuse "the token holds characters a header cannot carry"
  printf '{"Authorization": "Bearer %s"}\n' "$1"
  exit 0
}
[[ -z ${DATABRICKS_TOKEN:-} || -n $other ]] || give "$DATABRICKS_TOKEN"
if command -v databricks >/dev/null 2>&1; then
  # Without the variables, so the CLI answers for the recorded workspace, not DATABRICKS_HOST.
  token=$(env -u DATABRICKS_HOST -u DATABRICKS_TOKEN databricks auth token --output json --host "$workspace" 2>/dev/null |
    sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' | head -n 1)
  [[ -z $token ]] || give "$token"
fi
[[ -z ${DATABRICKS_TOKEN:-} || -z $other ]] ||
  refuse "DATABRICKS_TOKEN belongs to DATABRICKS_HOST ($(shown "$other")), not the workspace $workspace"
echo "$me: no Databricks token: set DATABRICKS_TOKEN or run: databricks auth login --host $workspace" >&2
exit 1

#!/usr/bin/env bash
# claude-refresh-token: get a fresh token from the databricks CLI for Claude Code.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  cat <<'EOF'
usage: claude-refresh-token

Forces the databricks CLI to fetch a fresh OAuth token (databricks auth token
--force-refresh), which Claude Code's apiKeyHelper then returns. A static
$DATABRICKS_TOKEN cannot be refreshed here: replace it and start a new session.
Exit status: 0 refreshed or nothing to refresh, 1 failed, 2 usage error.
EOF
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
if [[ -n ${DATABRICKS_TOKEN:-} ]]; then
  echo "DATABRICKS_TOKEN is set ($(mask "$DATABRICKS_TOKEN")): a static token, used as it is."
  echo "If it expired, rotate it and reconnect, or unset it to use the databricks CLI's OAuth login."
  exit 0
fi
have databricks || die "neither DATABRICKS_TOKEN nor the databricks CLI is available"
args=(auth token --output json)
host=$(ca_host)
[[ -z $host ]] || args+=(--host "$host")
out=$(databricks "${args[@]}" --force-refresh 2>/dev/null || databricks "${args[@]}" 2>/dev/null)
token=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$out" | head -n 1)
[[ -n $token ]] || die "databricks auth token failed; log in again: databricks auth login${host:+ --host $host}"
echo "fresh token $(mask "$token"); Claude Code uses it at its next refresh (15 min, or a 401), or when restarted"

#!/usr/bin/env bash
# claude-token-status: which Databricks token Claude Code gets, masked.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  cat <<'EOF'
usage: claude-token-status

Shows where Claude Code's token comes from ($DATABRICKS_TOKEN or the databricks CLI),
masked to its first 4 characters, and the workspace it is used with.
Exit status: 0 a token is available, 1 none, 2 usage error.
EOF
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
# What Claude Code would get: the helper with the base URL of its settings (else the session's).
base=$(ca_setting env.ANTHROPIC_BASE_URL) || base=${ANTHROPIC_BASE_URL:-}
refusal=$(ca_key_helper "$base" 2>&1 >/dev/null) && refusal=''
token=$(ca_key_helper "$base" 2>/dev/null)
if [[ $refusal == *refusing* ]]; then
  bad "${refusal#claude-api-key-helper: }"
elif [[ -n $token && $token == "${DATABRICKS_TOKEN:-}" ]]; then
  ok "source: DATABRICKS_TOKEN (static; refreshed only when the session's environment is)"
elif [[ -n $token ]]; then
  ok "source: databricks auth token (the CLI refreshes it; claude-refresh-token forces it)"
fi
if [[ -n $token ]]; then
  ok "token: $(mask "$token")"
elif [[ $refusal != *refusing* ]]; then
  bad "no token: set DATABRICKS_TOKEN or run: databricks auth login"
fi
host=$(ca_workspace)
if [[ -n $host ]]; then ok "workspace: $host (the only host that gets this token)"; else bad "no workspace recorded: DATABRICKS_HOST was not set when the init script ran"; fi
for v in ANTHROPIC_API_KEY ANTHROPIC_AUTH_TOKEN; do
  [[ -z ${!v:-} ]] || warn "$v is set ($(mask "${!v}")) and is used instead of this token"
done
info "Claude Code asks again every 15 minutes and after any 401"
[[ -n $token ]]

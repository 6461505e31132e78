#!/usr/bin/env bash
# claude-otel-headers: the telemetry collector's headers, as Claude Code's otelHeadersHelper.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  cat <<'EOF'
usage: claude-otel-headers

Prints, as one JSON object, the headers of the OpenTelemetry collector that receives Claude
Code's telemetry. They come from the Databricks secret the cluster names (otel_headers_secret,
written Name=Value,Name=Value), read from the workspace with Claude Code's own token at every
call: the secret is never written to a file, and goes to stdout only.
Exit status: 0 headers printed, 1 none (no secret configured, or it cannot be read), 2 usage.
EOF
  exit 0
  ;;
'') ;;
*) usage_error "unknown argument: $1" ;;
esac
secret=$(sed -n 's/^CA_OTEL_HEADERS_SECRET=//p' "$CA_LIB/workspace.env" 2>/dev/null | head -n 1)
ws=$(ca_workspace)
[[ -n $secret && -n $ws ]] || die "no headers secret configured (otel_headers_secret) on this node"
base=$(ca_setting env.ANTHROPIC_BASE_URL) || base=${ANTHROPIC_BASE_URL:-}
token=$(ca_key_helper "$base" 2>/dev/null)
[[ -n $token ]] || die "no token for $ws: claude-token-status says why"
# The token goes on stdin (a header), never on a command line; only the workspace gets it.
answer=$(curl -s -f --connect-timeout 5 --max-time 10 -H @- --get \
  --data-urlencode "scope=${secret%%/*}" --data-urlencode "key=${secret#*/}" \
  "$ws/api/2.0/secrets/get" <<<"Authorization: Bearer $token") ||
  die "cannot read the secret $secret from $ws (does this user have READ on its scope?)"
value=$(jq -r '.value // empty' <<<"$answer" | base64 -d 2>/dev/null) || value=''
[[ -n $value ]] || die "the secret $secret is empty or not base64"
# Name=Value,Name=Value (as OTEL_EXPORTER_OTLP_HEADERS writes them) -> {"Name": "Value", ...}
jq -cn --arg v "$value" '$v | split(",") | map(select(test("=")) | capture("^\\s*(?<k>[^=]+?)\\s*=\\s*(?<v>.*?)\\s*$"))
  | map({(.k): .v}) | add // {}'

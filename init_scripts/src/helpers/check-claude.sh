#!/usr/bin/env bash
# check-claude: is Claude Code ready on this cluster? (check-coding-assistants is the same.)
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: check-claude [-h]

Checks the installation, PATH, Claude Code settings, environment (tokens masked),
MLflow and tracing, and asks the workspace once whether the model's serving endpoint
exists and accepts the token (10 s at most).
Exit status: 0 ready (warnings allowed), 1 something needs fixing, 2 usage error.
EOF
}
case ${1-} in -h | --help) usage; exit 0 ;; '') ;; *) usage_error "unknown argument: $1" ;; esac

section "Installation"
if have claude; then
  ok "claude $(claude --version 2>/dev/null | head -n 1) at $(command -v claude)"
elif [[ -x $HOME/.local/bin/claude ]]; then
  bad "claude is in ~/.local/bin but not on PATH: open a new shell or run: . ~/.bashrc"
else
  bad "claude is not installed (see the init status below)"
fi
if [[ -r $CA_STATUS ]]; then
  while IFS=$'\t' read -r name state detail; do
    [[ -z $name ]] && continue
    [[ $name == '# finished'* ]] && info "init script ${name#'# '}"
    [[ $name == '#'* ]] && continue
    if [[ $state == failed ]]; then bad "init $name: $detail"; else ok "init $name: $state, $detail"; fi
  done <"$CA_STATUS"
else
  warn "no init status ($CA_STATUS): the init script has not run on this node"
fi

section "PATH"
for d in "$HOME/.local/bin" "$CA_BIN"; do
  if [[ ":$PATH:" == *":$d:"* ]]; then ok "$d is on PATH"; else warn "$d is not on PATH: run . ~/.bashrc"; fi
done

section "Settings"
managed=$CA_ROOT$CA_MANAGED_SETTINGS_PATH
if [[ -f $managed ]]; then
  ok "$managed: the route, the key helper and the network pins Claude Code cannot be talked out of"
else
  bad "$managed is missing: a project's settings can send Claude Code (and the token) elsewhere"
fi
if [[ -d $HOME/.claude ]]; then
  m=$(stat -c %a "$HOME/.claude")
  if [[ $m == 700 ]]; then ok "$HOME/.claude is mode 700"; else warn "$HOME/.claude is mode $m, expected 700"; fi
fi
if [[ -f $CA_SETTINGS ]]; then
  m=$(stat -c %a "$CA_SETTINGS")
  if [[ $m == 600 ]]; then ok "$CA_SETTINGS is mode 600"; else warn "$CA_SETTINGS is mode $m, expected 600"; fi
  if have jq && ! jq empty "$CA_SETTINGS" 2>/dev/null; then bad "$CA_SETTINGS is not valid JSON"; fi
  grep -q ANTHROPIC_MODEL "$CA_SETTINGS" && ok "models set in settings.json (background work included)"
elif [[ ! -f $managed ]]; then
  bad "$CA_SETTINGS is missing: the init script did not configure Claude Code"
fi
helper=$(ca_setting apiKeyHelper)
if [[ -x $helper ]]; then ok "apiKeyHelper: $helper"; else bad "apiKeyHelper missing or not executable: ${helper:-none}"; fi

section "Environment"
host=$(ca_host) ws=$(ca_workspace)
if [[ -z $host ]]; then
  info "DATABRICKS_HOST is unset (an IDE's shell, say): the apiKeyHelper asks the databricks CLI"
elif [[ ${host,,} == "${ws,,}" || ${host,,} == "${ws,,}/"* ]]; then
  ok "DATABRICKS_HOST=$host"
else
  warn "DATABRICKS_HOST=$host is not the workspace ${ws:-(none recorded)}: DATABRICKS_TOKEN is never sent there"
fi
if [[ -n ${DATABRICKS_TOKEN:-} ]]; then
  ok "DATABRICKS_TOKEN=$(mask "$DATABRICKS_TOKEN")"
elif have databricks; then
  info "DATABRICKS_TOKEN is unset: the apiKeyHelper asks the databricks CLI (claude-token-status)"
fi
for v in ANTHROPIC_API_KEY ANTHROPIC_AUTH_TOKEN; do
  [[ -z ${!v:-} ]] || warn "$v=$(mask "${!v}") is set and takes precedence over the apiKeyHelper; unset it"
done
info "CLAUDE_SERVING_ENDPOINT=$CA_ENDPOINT CLAUDE_MODEL=$CA_MODEL"

section "Model"
# Every model variable Claude Code is set with (settings.json: the model and each alias, else
# CLAUDE_MODEL); each model's retirement once.
declare -A seen=()
while IFS='=' read -r var model; do
  [[ -n $model ]] || continue
  ok "$var=$model"
  [[ -z ${seen[$model]-} ]] || continue
  seen[$model]=1
  ca_retirement_check "$model" "model"
done < <(sed -n 's/.*"\(ANTHROPIC_[A-Z_]*MODEL\)" *: *"\([^"]*\)".*/\1=\2/p' "$CA_SETTINGS" 2>/dev/null |
  grep . || printf 'CLAUDE_MODEL=%s\n' "$CA_MODEL")

section "Policy and MCP servers"
policy=$CA_ROOT$CA_POLICY_DROP_IN managed_mcp=$CA_ROOT$CA_MANAGED_MCP_PATH
if [[ ! -f $policy ]]; then
  info "no admin policy (the cluster's claude_policy)"
elif have jq && keys=$(jq -r 'keys | join(", ")' "$policy" 2>/dev/null); then
  ok "admin policy in $policy: $keys"
  jq -r '(.permissions.deny // [])[] | "deny \(.)"' "$policy" | while IFS= read -r rule; do info "$rule"; done
else
  bad "$policy is not valid JSON: Claude Code may ignore the managed settings"
fi
if ! have jq; then
  warn "jq is missing: MCP servers not listed"
else
  # shellcheck disable=SC2016  # $h is a jq variable
  servers=$(jq -r --arg h "$CA_BIN/claude-mcp-headers-helper" '.mcpServers // {} | to_entries[]
    | select(.value.headersHelper == $h) | "\(.key) \(.value.url)"' "$managed_mcp" "$HOME/.claude.json" 2>/dev/null)
  [[ ! -f $managed_mcp ]] || info "$managed_mcp is present: only the servers it lists load (locked)"
  while read -r server at; do [[ -z $server ]] || ok "MCP server $server: $at"; done <<<"$servers"
  [[ -n $servers ]] || info "no Databricks MCP servers (databricks_mcp_* inputs)"
fi

section "MLflow"
v=$(ca_mlflow_version)
if [[ -z $v ]]; then
  bad "MLflow is not installed in $CA_PY"
elif version_ge "$v" "$CA_MLFLOW_MIN"; then
  ok "MLflow $v (tracing needs $CA_MLFLOW_MIN+)"
else
  bad "MLflow $v is older than $CA_MLFLOW_MIN: tracing will not work"
fi

section "Tracing"
if [[ -n ${MLFLOW_EXPERIMENT_NAME:-} ]]; then ok "MLFLOW_EXPERIMENT_NAME=$MLFLOW_EXPERIMENT_NAME"; else warn "MLFLOW_EXPERIMENT_NAME is unset: claude-tracing-enable needs it"; fi
here=$(pwd -P)
if IFS=$'\t' read -r uri name < <(ca_trace_lookup "$here"); then
  ok "tracing on here: experiment $name at $uri (claude-tracing-status)"
  ! keys=$(ca_trace_conflict "$here" "$uri" "$name") ||
    bad "no trace is written here: .claude/settings.json sets $keys to other values (claude-tracing-disable removes them)"
else
  info "tracing is off here: claude-tracing-enable [dir] (~ for every project)"
fi
if [[ -s $CA_TRACES ]]; then
  if reason=$(ca_trace_probe); then ok "the tracing Stop hook can run (MLflow loads in $CA_PY)"; else bad "the tracing Stop hook cannot run: $reason"; fi
fi

section "Endpoint"
base=$(ca_setting env.ANTHROPIC_BASE_URL) || base=${ANTHROPIC_BASE_URL:-}
model=$(ca_setting env.ANTHROPIC_MODEL) || model=$CA_MODEL
if [[ -z $ws ]]; then
  bad "no workspace recorded (DATABRICKS_HOST was unset when the init script ran): Claude Code gets no token"
elif [[ -z $base ]]; then
  bad "Claude Code has no base URL: neither the managed settings nor settings.json name one"
else
  info "Claude Code calls $base with model $model; only $ws gets the token"
  # What Claude Code will get: the key helper's own verdict for that base URL.
  if ! token=$(ca_key_helper "$base" 2>/dev/null) || [[ -z $token ]]; then
    reason=$(ca_key_helper "$base" 2>&1 >/dev/null)
    bad "the apiKeyHelper gives Claude Code no token: ${reason#claude-api-key-helper: }"
  elif [[ $model == system.ai.* ]]; then
    ok "the apiKeyHelper hands Claude Code a token ($(mask "$token")) for $ws"
    info "AI Gateway model $model; try: claude -p 'Say hello'"
  elif ! have curl; then
    ok "the apiKeyHelper hands Claude Code a token ($(mask "$token")) for $ws"
    warn "curl is missing: no live check"
  else
    ok "the apiKeyHelper hands Claude Code a token ($(mask "$token")) for $ws"
    # One cheap live call: does the model's serving endpoint exist, and is the token accepted?
    code=$(curl -s -o /dev/null -w '%{http_code}' --connect-timeout 5 --max-time 10 -H @- \
      "$ws/api/2.0/serving-endpoints/$model" <<<"Authorization: Bearer $token")
    case $?:$code in
    0:200) ok "serving endpoint $model exists on $ws and accepts the token" ;;
    *:401) bad "$ws refused the token (401): expired or not for this workspace; run claude-refresh-token or databricks auth login" ;;
    *:403) bad "no permission on $model (403): you need CAN QUERY on that endpoint" ;;
    *:404) bad "no serving endpoint named $model on $ws (404): set CLAUDE_MODEL to one that exists" ;;
    28:*) bad "no answer from $ws within 10 s (timeout)" ;;
    *) bad "could not check $model on $ws (HTTP ${code:-none})" ;;
    esac
    [[ $code != 200 ]] || ca_probe_messages "$base" "$model" "$token"
  fi
fi

printf '\n%d problem(s), %d warning(s)\n' "$CA_FAILS" "$CA_WARNS"
((CA_FAILS == 0))

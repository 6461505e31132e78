# shellcheck shell=bash
# agent.sh: the admin's policy and the Databricks MCP servers, written once the packages step is
# done (both need jq, which it brings where the image has none).
#
# Functions only; part of the installer (main runs the steps "policy" and "mcp" after the
# software). Reads POLICY, MCP_SQL, MCP_GENIE, MCP_FUNCTIONS, MCP_VECTOR_SEARCH, MCP_LOCKED and
# HOST (load_config); every path is under ROOT.

readonly POLICY_FILE=$ROOT$CA_POLICY_DROP_IN
readonly MCP_ALLOW_FILE=$ROOT$CA_MCP_ALLOW_DROP_IN
readonly MANAGED_MCP=$ROOT$CA_MANAGED_MCP_PATH
readonly MCP_HELPER=$BIN_DIR/claude-mcp-headers-helper

# drop FILE: remove FILE, one of ours, when it exists.
drop() { [[ ! -e $1 ]] || rm -f -- "$1"; }

# put_json FILE MODE JSON: JSON (indented by jq) into FILE, only when it differs.
put_json() {
  local dir=${1%/*} text
  text=$(jq --indent 2 . <<<"$3") || return 1
  [[ -d $dir ]] || { mkdir -p "$dir" && chmod 755 "$dir"; }
  put_file "$1" "$2" "$text"$'\n'
}

# write_policy (step "policy"): claude_policy as a drop-in of Claude Code's managed settings,
# which Claude Code merges over managed-settings.json. Rewritten whole at every start and
# removed when there is none; a policy that breaks a rule is not written.
write_policy() {
  local json problem
  if [[ -z $POLICY ]]; then
    drop "$POLICY_FILE"
    [[ -z ${CLAUDE_POLICY:-} ]] || { record failed "CLAUDE_POLICY refused (see config): no admin policy"; return 0; }
    record skipped "no admin policy (claude_policy)"
    return 0
  fi
  if ! json=$(base64 -d <<<"$POLICY" 2>/dev/null) || ! problem=$(ca_json_problem CLAUDE_POLICY "$json"); then
    drop "$POLICY_FILE"
    record failed "${problem:-CLAUDE_POLICY: not base64}; no admin policy written"
    return 0
  fi
  put_json "$POLICY_FILE" 644 "$json"
  record_write "admin policy in $POLICY_FILE ($(jq -r 'keys | join(", ")' <<<"$json"))"
}

# mcp_servers: one line per configured Databricks MCP server: name<TAB>URL on the workspace.
mcp_servers() {
  local base=$HOST$CA_MCP_PATH item items
  [[ $MCP_SQL != true ]] || printf 'databricks-sql\t%ssql\n' "$base"
  IFS=, read -ra items <<<"$MCP_GENIE"
  for item in "${items[@]}"; do printf 'genie-%s\t%sgenie/%s\n' "$item" "$base" "$item"; done
  IFS=, read -ra items <<<"$MCP_FUNCTIONS"
  for item in "${items[@]}"; do printf 'uc-functions-%s\t%sfunctions/%s\n' "${item//./-}" "$base" "${item//.//}"; done
  IFS=, read -ra items <<<"$MCP_VECTOR_SEARCH"
  for item in "${items[@]}"; do printf 'vector-search-%s\t%svector-search/%s\n' "${item//./-}" "$base" "${item//.//}"; done
}

# Our entries are those whose headersHelper is ours; $s holds the servers to have (name -> entry).
# shellcheck disable=SC2016  # $h and $s are jq variables
readonly JQ_MCP='.mcpServers = ((.mcpServers // {}) | with_entries(select((.value.headersHelper // "") != $h))) + $s'

# put_user_mcp SERVERS: ~/.claude.json's user-scope mcpServers with ours replaced by SERVERS; the
# file (Claude Code's own) is rewritten only when that changes it, and keeps its mode.
put_user_mcp() {
  local file=$HOME/.claude.json new
  if [[ ! -s $file ]]; then
    [[ $1 == '{}' ]] || put_json "$file" 600 "$(jq -n --argjson s "$1" '{mcpServers: $s}')"
    return
  fi
  new=$(jq --arg h "$MCP_HELPER" --argjson s "$1" "$JQ_MCP"' | if .mcpServers == {} then del(.mcpServers) else . end' "$file") || return 1
  jq -e --slurpfile n <(printf '%s' "$new") '. == $n[0]' "$file" >/dev/null || put_json "$file" keep "$new"
}

# put_managed_mcp [SERVERS]: managed-mcp.json with ours replaced by SERVERS (an admin's own
# servers kept); without SERVERS, ours are removed, and the file when nothing else is in it.
put_managed_mcp() {
  local old='{}' new want=${1:-'{}'}
  if [[ -e $MANAGED_MCP ]]; then
    old=$(<"$MANAGED_MCP") || return 1
  elif [[ -z ${1:-} ]]; then
    return 0
  fi
  new=$(jq --arg h "$MCP_HELPER" --argjson s "$want" "$JQ_MCP" <<<"$old") || return 1
  if [[ -z ${1:-} ]] && jq -e '. == {mcpServers: {}}' >/dev/null <<<"$new"; then
    drop "$MANAGED_MCP"
    return 0
  fi
  put_json "$MANAGED_MCP" 644 "$new"
}

# register_mcp SERVERS: where the servers go. Locked: managed-mcp.json, the only servers that
# load; else the user's ~/.claude.json, with an allowlist drop-in naming their URLs (the managed
# settings allow no MCP server but those managed lists name: render_policy).
register_mcp() {
  if [[ $MCP_LOCKED == true ]]; then
    put_managed_mcp "$1" && put_user_mcp '{}' && drop "$MCP_ALLOW_FILE"
    return
  fi
  put_managed_mcp && put_user_mcp "$1" || return 1
  if [[ $1 != '{}' ]]; then
    put_json "$MCP_ALLOW_FILE" 644 "$(jq '{allowedMcpServers: [.[] | {serverUrl: .url}]}' <<<"$1")"
  else
    drop "$MCP_ALLOW_FILE"
  fi
}

# write_mcp (step "mcp"): the Databricks MCP servers of the workspace, authenticated by
# claude-mcp-headers-helper (the token for the workspace only, never in a file).
write_mcp() {
  local lines='' servers n wanted=$MCP_SQL$MCP_GENIE$MCP_FUNCTIONS$MCP_VECTOR_SEARCH where
  if ! have_cmd jq; then
    record failed "jq is needed to register MCP servers; the packages step did not bring it"
    return 0
  fi
  [[ -z $HOST ]] || lines=$(mcp_servers)
  servers=$(jq -Rn --arg h "$MCP_HELPER" '[inputs | select(. != "") | split("\t")
    | {key: .[0], value: {type: "http", url: .[1], headersHelper: $h}}] | from_entries' <<<"$lines")
  if ! register_mcp "$servers"; then
    record failed "cannot update $MANAGED_MCP or $HOME/.claude.json (not JSON?); left as they were"
    return 0
  fi
  n=$(jq length <<<"$servers") where="$HOME/.claude.json"
  [[ $MCP_LOCKED != true ]] || where="$MANAGED_MCP (locked: the only servers)"
  if [[ -z $HOST && -n $wanted ]]; then
    record failed "DATABRICKS_HOST is not set: no Databricks MCP server registered"
  elif ((n == 0)) && [[ $MCP_LOCKED != true ]]; then
    if ((WROTE)); then record ok "no Databricks MCP servers (ours removed)"; else record skipped "no Databricks MCP servers"; fi
  else
    record_write "$n Databricks MCP server(s) in $where"
  fi
}

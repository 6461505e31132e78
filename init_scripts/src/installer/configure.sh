# render_settings [managed]: our settings; "managed": the key helper, the route, the model, the
# other providers pinned off, the network path and TLS trust pinned (render_network_pins) and
# what a repository may run (render_policy). Without a workspace there is no apiKeyHelper:
# Claude Code then has no credential to send.
render_settings() {
  local m=$MODEL switch
  printf '{\n'
  [[ -z $HOST ]] || printf '  "apiKeyHelper": "%s",\n' "$BIN_DIR/claude-api-key-helper"
  printf '  "env": {\n'
  [[ -z $HOST ]] || printf '    "ANTHROPIC_BASE_URL": "%s",\n' "$BASE_URL"
  cat <<EOF
    "ANTHROPIC_MODEL": "$m",
    "ANTHROPIC_DEFAULT_OPUS_MODEL": "${OPUS_MODEL:-$m}",
    "ANTHROPIC_DEFAULT_SONNET_MODEL": "${SONNET_MODEL:-$m}",
    "ANTHROPIC_DEFAULT_HAIKU_MODEL": "${HAIKU_MODEL:-$m}",
    "ANTHROPIC_SMALL_FAST_MODEL": "${SMALL_FAST_MODEL:-$m}",
EOF
  # With another provider on, Claude Code sends the key helper's token to that provider's URL.
  for switch in $CA_PROVIDER_SWITCHES; do printf '    "%s": "0",\n' "$switch"; done
  if [[ ${1-} == managed ]]; then
    render_telemetry
    render_network_pins
    printf '    "NODE_TLS_REJECT_UNAUTHORIZED": "1"\n  },\n'
    [[ -z $OTEL_ENDPOINT || -z $OTEL_SECRET || -z $HOST ]] ||
      printf '  "otelHeadersHelper": "%s",\n' "$BIN_DIR/claude-otel-headers"
    render_policy
    printf '}\n'
    return 0
  fi
  cat <<EOF
    "CLAUDE_CODE_API_KEY_HELPER_TTL_MS": "900000",
    "CLAUDE_CODE_DISABLE_EXPERIMENTAL_BETAS": "1",
    "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
    "CLAUDE_CODE_MAX_RETRIES": "$CA_CLAUDE_MAX_RETRIES",
    "DISABLE_AUTOUPDATER": "1"
  }
}
EOF
}

# render_network_pins: every variable that changes where Claude Code's requests go or whom they
# trust, pinned: the proxy variables to the admin's proxy (or nothing), the extra CA file to the
# root-owned copy of the admin's bundle (or nothing), the system CA store to the node's own, the
# rest to nothing. Managed values replace the user's, the project's and the shell's.
render_network_pins() {
  local name pair ca=''
  for name in $CA_PROXY_VARIABLES; do printf '    "%s": "%s",\n' "$name" "$PROXY"; done
  [[ -z $CA_BUNDLE ]] || ca=$CA_BUNDLE_COPY
  printf '    "%s": "%s",\n' "$CA_CA_VARIABLE" "$ca"
  for pair in $CA_SYSTEM_CA; do
    name=${pair%%=*} pair=${pair#*=}
    [[ -e $pair ]] || pair=''
    printf '    "%s": "%s",\n' "$name" "$pair"
  done
  for name in $CA_NETWORK_OFF; do printf '    "%s": "",\n' "$name"; done
}

# render_policy: what a cloned repository may run. Only managed hooks (MLflow tracing's Stop
# hook, which does nothing unless the user traces that directory) and only the MCP servers the
# organisation provides; with the workspace known, no API provider but its base URL.
render_policy() {
  [[ -z $HOST ]] || printf '  "allowedProviders": ["customEndpoint"],\n'
  printf '  "%s": %s,\n' allowManagedHooksOnly true allowManagedMcpServersOnly true \
    allowedMcpServers '[]' enableAllProjectMcpServers false
  printf '  "hooks": {"Stop": [{"hooks": [{"type": "command", "command": "%s", "timeout": 120}]}]}\n' \
    "$BIN_DIR/claude-tracing-hook"
}

# copy_ca_bundle: the admin's CA bundle copied to a root-owned file (a volume may be writable by
# users), or our old copy removed when there is none; 1 with REASON when it is unreadable or
# holds no PEM certificate.
copy_ca_bundle() {
  local text=''
  if [[ -z $CA_BUNDLE ]]; then
    [[ ! -e $CA_BUNDLE_COPY ]] || rm -f "$CA_BUNDLE_COPY"
    return 0
  fi
  REASON="CLAUDE_CA_BUNDLE_PATH: cannot read $CA_BUNDLE"
  [[ -f $ROOT$CA_BUNDLE && -r $ROOT$CA_BUNDLE ]] || return 1
  IFS= read -r -d '' text <"$ROOT$CA_BUNDLE" || true
  REASON="CLAUDE_CA_BUNDLE_PATH: $CA_BUNDLE holds no PEM certificate"
  [[ $text == *'-----BEGIN CERTIFICATE-----'* ]] || return 1
  put_file "$CA_BUNDLE_COPY" 644 "$text"
}

# attribute_value TEXT: TEXT percent-encoded for OTEL_RESOURCE_ATTRIBUTES (W3C baggage values).
attribute_value() {
  local text=$1 out='' c i
  for ((i = 0; i < ${#text}; i++)); do
    c=${text:i:1}
    if [[ $c == [A-Za-z0-9._~@:/+-] ]]; then out+=$c; else printf -v c '%%%02X' "'$c"; out+=$c; fi
  done
  printf '%s' "$out"
}

# render_telemetry: Claude Code's OpenTelemetry settings (managed: attendees cannot turn them
# off or point them elsewhere), with the cluster's id and name, the workshop and the attendee's
# key as resource attributes; nothing without CLAUDE_OTEL_ENDPOINT.
render_telemetry() {
  local pair name var attributes
  [[ -n $OTEL_ENDPOINT ]] || return 0
  attributes="databricks.cluster.id=$(attribute_value "${DB_CLUSTER_ID:-unknown}")"
  for pair in $CA_OTEL_ATTRIBUTES; do
    IFS='=' read -r name var <<<"$pair"
    [[ $var == DB_CLUSTER_ID || -z ${!var:-} ]] || attributes+=",$name=$(attribute_value "${!var}")"
  done
  printf '    "%s": "%s",\n' CLAUDE_CODE_ENABLE_TELEMETRY 1 OTEL_METRICS_EXPORTER otlp \
    OTEL_LOGS_EXPORTER otlp OTEL_EXPORTER_OTLP_PROTOCOL "$OTEL_PROTOCOL" \
    OTEL_EXPORTER_OTLP_ENDPOINT "$OTEL_ENDPOINT" OTEL_RESOURCE_ATTRIBUTES "$attributes"
  [[ $OTEL_PROMPTS != enabled ]] || printf '    "OTEL_LOG_USER_PROMPTS": "1",\n'
}

# The telemetry keys render_telemetry writes; dropped from the managed settings once it is off
# (recognised by the cluster attribute it always sets, so no one else's settings are touched).
readonly TELEMETRY_OFF='if (.env.OTEL_RESOURCE_ATTRIBUTES // "" | startswith("databricks.cluster.id="))
  then .env |= del(.CLAUDE_CODE_ENABLE_TELEMETRY, .OTEL_METRICS_EXPORTER, .OTEL_LOGS_EXPORTER,
    .OTEL_EXPORTER_OTLP_PROTOCOL, .OTEL_EXPORTER_OTLP_ENDPOINT, .OTEL_RESOURCE_ATTRIBUTES,
    .OTEL_LOG_USER_PROMPTS) | del(.otelHeadersHelper) else . end'

# workspace.env: the workspace the token belongs to, read by claude-api-key-helper; node.env:
# what claude-org-sync and claude-state read (the checked settings and the cluster's user).
write_workspace_env() {
  [[ -d $LIB_DIR ]] || mkdir -p "$LIB_DIR"
  printf -v REPLY 'CA_%s=%s\n' SKILLS "$SKILLS_PATH" MEMORY "$MEMORY_PATH" MARKETPLACES \
    "$MARKETPLACES" PLUGINS "$PLUGINS" STRICT "$STRICT_MARKETPLACES" USER "$USER_NAME" \
    PERSIST "$PERSIST"
  put_file "$NODE_ENV" 644 "$REPLY"
  if [[ -z $HOST ]]; then
    [[ ! -e $WORKSPACE_ENV ]] || rm -f "$WORKSPACE_ENV"
    return 0
  fi
  local lines="CA_WORKSPACE_HOST=$HOST"$'\n'"CA_ANTHROPIC_BASE_URL=$BASE_URL"$'\n'
  [[ -z $OTEL_ENDPOINT || -z $OTEL_SECRET ]] || lines+="CA_OTEL_HEADERS_SECRET=$OTEL_SECRET"$'\n'
  put_file "$WORKSPACE_ENV" 644 "$lines"
}

# put_settings FILE MODE JSON [FILTER]: JSON merged over FILE (ours wins, other keys stay; without
# a workspace, our apiKeyHelper left from an earlier run is removed), FILE first put through
# the jq FILTER.
put_settings() {
  local file=$1 ours=$3 old='' merge='.[0] * .[1]'
  [[ -f $file ]] && { IFS= read -r -d '' old <"$file" || true; }
  if [[ -n $old && $old != "$ours" ]]; then
    if have_cmd jq && jq -e 'type == "object"' "$file" >/dev/null 2>&1; then
      [[ -z ${4-} ]] || merge="(.[0] | $4) * .[1]"
      # shellcheck disable=SC2016  # $ours is a jq variable
      [[ -n $HOST ]] || merge+=' | if .apiKeyHelper == $ours then del(.apiKeyHelper) else . end'
      ours=$(jq -s --arg ours "$BIN_DIR/claude-api-key-helper" "$merge" "$file" - <<<"$ours")$'\n'
    else
      cp -p "$file" "$file.bak"
      warn "settings: $file was not a JSON object (or jq is missing); kept a copy as $file.bak"
    fi
  fi
  put_file "$file" "$2" "$ours"
}

# Claude Code's managed settings outrank user, project, local and command-line settings: the
# route and the key helper written there cannot be redirected by a cloned repository's
# .claude/settings.json, a --settings flag or an exported ANTHROPIC_BASE_URL.
write_managed_settings() {
  local dir=${MANAGED_SETTINGS%/*}
  [[ -d $dir ]] || mkdir -p "$dir"
  chmod 755 "$dir"
  put_settings "$MANAGED_SETTINGS" 644 "$(render_settings managed)"$'\n' "$TELEMETRY_OFF"
}

# ~/.claude/settings.json (and the managed settings above).
write_settings() {
  local dir=$HOME/.claude failed=''
  write_workspace_env
  copy_ca_bundle || failed=$REASON CA_BUNDLE=''
  write_managed_settings
  umask 077
  [[ -d $dir ]] || mkdir -p "$dir"
  chmod 700 "$dir"
  put_settings "$dir/settings.json" 600 "$(render_settings)"$'\n'
  # First start without the onboarding screens; Claude Code owns this file afterwards.
  [[ -e $HOME/.claude.json ]] || put_file "$HOME/.claude.json" 600 $'{"hasCompletedOnboarding": true}\n'
  if [[ -z $HOST ]]; then
    record failed "DATABRICKS_HOST is not set: Claude Code is not pointed at the workspace"
    return 0
  fi
  if [[ -n $failed ]]; then
    record failed "$failed; Claude Code trusts no extra CA"
    return 0
  fi
  record_write "$dir/settings.json and $MANAGED_SETTINGS (apiKeyHelper, model $MODEL, base URL $BASE_URL)"
}

install_helpers() {
  local name files=$WORK_DIR/helpers
  [[ -d $BIN_DIR && -d $LIB_DIR ]] || mkdir -p "$BIN_DIR" "$LIB_DIR"
  if ! { mkdir -p "$files" && helper_files "$files"; }; then
    record failed "cannot unpack the helper commands into $files (base64, gzip and tar needed)"
    return 0
  fi
  for name in defaults.sh lib.sh; do
    IFS= read -r -d '' REPLY <"$files/$name" || true
    put_file "$LIB_DIR/$name" 644 "$REPLY"
  done
  for name in "${HELPERS[@]}"; do
    IFS= read -r -d '' REPLY <"$files/$name" || true
    put_file "$BIN_DIR/$name" 755 "$REPLY"
  done
  for name in "${HELPER_LINKS[@]}"; do
    [[ $(readlink "$BIN_DIR/${name%=*}" 2>/dev/null) == "${name#*=}" ]] ||
      ln -sfn "${name#*=}" "$BIN_DIR/${name%=*}"
  done
  record_write "${#HELPERS[@]} commands in $BIN_DIR"
}

render_profile_block() {
  local dir
  printf '%s\n' "$PROFILE_BEGIN" \
    '# Written by install-claude.sh at every cluster start; edits inside this block are lost.'
  printf 'for _ca_d in'
  for dir in "${PY%/*}" "$BIN_DIR"; do printf ' %q' "$dir"; done
  cat <<'EOF'
 "$HOME/.local/bin"; do
  case ":$PATH:" in *":$_ca_d:"*) ;; *) PATH="$_ca_d:$PATH" ;; esac
done
EOF
  printf 'export PATH CLAUDE_SERVING_ENDPOINT=%q CLAUDE_MODEL=%q MLFLOW_TRACKING_URI=databricks\n' \
    "$ENDPOINT" "$MODEL"
  [[ -z $EXPERIMENT ]] || printf 'export MLFLOW_EXPERIMENT_NAME=%q\n' "$EXPERIMENT"
  # shellcheck disable=SC2016  # expanded by the login shell, not here
  [[ -z $HOST ]] || printf 'export DATABRICKS_HOST="${DATABRICKS_HOST:-%s}"\n' "$HOST"
  cat <<'EOF'
if [ -n "${DATABRICKS_HOST:-}" ]; then
  _ca_d=${DATABRICKS_HOST%/}
  case $_ca_d in *://*) ;; *) _ca_d=https://$_ca_d ;; esac
EOF
  # shellcheck disable=SC2016  # expanded by the login shell, not here
  printf '  export ANTHROPIC_BASE_URL="$_ca_d%s"\n' "$(base_url '')"
  cat <<'EOF'
fi
unset _ca_d
EOF
  printf '%s\n' "$PROFILE_END"
}

# ~/.bashrc: our block replaced in place, or appended; everything else kept as it is.
write_profile() {
  local rc=$HOME/.bashrc block=$WORK_DIR/profile-block new
  render_profile_block >"$block"
  [[ -e $rc ]] || : >"$rc"
  new=$(awk -v begin="$PROFILE_BEGIN" -v end="$PROFILE_END" -v block="$block" '
    function put(  l) { while ((getline l < block) > 0) print l; done = 1 }
    $0 == begin && !inside { inside = 1; held = $0; if (!done) put(); next }
    inside { held = held "\n" $0; if ($0 == end) { inside = 0; held = "" }; next }
    { print }
    END { if (inside) print held; if (!done) put() }
  ' "$rc"; printf x)
  put_file "$rc" keep "${new%x}"
  record_write "block in $rc"
}

# helper_step NAME ARGS...: run the helper command NAME (its last line is the step's detail);
# "unchanged..." is recorded skipped, any other success ok, a failure failed.
helper_step() {
  local out rc=0
  out=$("$BIN_DIR/$1" "${@:2}" 2>&1) || rc=$?
  out=${out##*$'\n'}
  if ((rc)); then record failed "$1: ${out:-exit $rc}"; elif [[ $out == unchanged* ]]; then
    record skipped "$out"
  else record ok "$out"; fi
}

# install_skills (step "skills"): what the organisation gives every user, by claude-org-sync:
# skills (claude_skills_path, and the offline bundle's), CLAUDE.md and plugins.
install_skills() {
  local args=() problem='' detail
  if ! problem=$(marketplaces_problem); then
    MARKETPLACES=''
    write_workspace_env
  fi
  if offline_enabled && [[ -n $(offline_entries skill 2>/dev/null) ]]; then
    offline_skills || {
      record failed "the offline bundle's skills: $REASON; none installed"
      return 0
    }
    args=(--bundle "$REPLY")
  fi
  helper_step claude-org-sync "${args[@]}"
  [[ -n $problem ]] || return 0
  detail=$(cut -f3 "$WORK_DIR/steps/$STEP")
  record failed "$problem; no plugin marketplaces ($detail)"
}

# marketplaces_problem: print why claude_plugin_marketplaces (base64 of its JSON) cannot be used
# and return 1; 0 when it is unset or good. Its jq checks need jq, which packages brings.
marketplaces_problem() {
  local json
  [[ -n $MARKETPLACES ]] || return 0
  json=$(base64 -d <<<"$MARKETPLACES" 2>/dev/null) || {
    echo "CLAUDE_PLUGIN_MARKETPLACES: not base64"
    return 1
  }
  ca_json_problem CLAUDE_PLUGIN_MARKETPLACES "$json"
}

# restore_state (step "state"): the user's Claude Code state back from the workspace, and the
# saver started in the background, by claude-state.
restore_state() { helper_step claude-state restore --start-saver; }

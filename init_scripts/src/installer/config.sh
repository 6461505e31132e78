# shellcheck disable=SC2034  # globals set here are read by the other installer parts
# normal_host URL: URL as https://<host>[:port] (https:// added when missing, one trailing slash
# dropped), or nothing when it has a path, query, user info, whitespace or another scheme.
normal_host() {
  local h=${1%/}
  [[ -z $h || $h == *://* ]] || h=https://$h
  [[ $h =~ ^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$ ]] && printf '%s\n' "$h"
  return 0
}

# base_url HOST: the Anthropic Messages base URL of the configured route on that workspace.
base_url() {
  if [[ $ROUTE == "$CA_ROUTE_AI_GATEWAY" ]]; then
    printf '%s/ai-gateway/anthropic\n' "$1"
  else
    printf '%s/serving-endpoints/%s\n' "$1" "$ENDPOINT"
  fi
}

# The model when none is configured; the AI Gateway names the same model system.ai.<name>.
default_model() {
  if [[ $ROUTE == "$CA_ROUTE_AI_GATEWAY" ]]; then
    printf 'system.ai.%s\n' "${CA_DEFAULT_MODEL#databricks-}"
  else
    printf '%s\n' "$CA_DEFAULT_MODEL"
  fi
}

# accept NAME VALUE [CHECK]: true when NAME's rule (CHECK, by default ca_setting_problem, both
# rendered from the project's validation table) accepts VALUE; otherwise its message joins
# PROBLEMS for the config line. load_node_settings (rendered from the node settings'
# declarations, coding_assistants/node_settings.py) calls it for every node setting.
accept() {
  local message
  message=$("${3:-ca_setting_problem}" "$1" "$2") && return 0
  PROBLEMS+=("$1: ${message:-invalid}")
  return 1
}

# offline_enabled: true when the cluster is configured for a bundle.
offline_enabled() { [[ -n ${OFFLINE_BUNDLE_PATH:-} ]]; }

load_config() {
  PROBLEMS=()
  load_node_settings
  METHOD=${CLAUDE_INSTALL_METHOD:-native}
  if [[ $METHOD != native && $METHOD != npm ]]; then
    PROBLEMS+=("CLAUDE_INSTALL_METHOD: got ${METHOD@Q}; expected native or npm")
    METHOD=native
  fi
  HOST='' BASE_URL=''
  if [[ -n ${DATABRICKS_HOST:-} ]] && accept DATABRICKS_HOST "$DATABRICKS_HOST"; then
    HOST=$(normal_host "$DATABRICKS_HOST")
    BASE_URL=$(base_url "$HOST")
  fi
  USER_NAME=''
  [[ -z ${CODING_ASSISTANTS_USER:-} ]] || ! accept CODING_ASSISTANTS_USER "$CODING_ASSISTANTS_USER" ||
    USER_NAME=$CODING_ASSISTANTS_USER
  PY=${DATABRICKS_PYTHON:-$CA_DEFAULT_PYTHON}
  # Offline: a set path is never ignored (no fallback to the network); the bundle step fails.
  ! offline_enabled || STEPS=(config bundle "${STEPS[@]:1}")
  [[ ${CLAUDE_INIT_RETRIES:-} =~ ^[1-9]$ ]] && RETRIES=$CLAUDE_INIT_RETRIES
  [[ ${CLAUDE_INIT_RETRY_DELAY:-} =~ ^[0-9]{1,2}$ ]] && RETRY_DELAY=$CLAUDE_INIT_RETRY_DELAY
  [[ ${CLAUDE_INIT_BUDGET:-} =~ ^[1-9][0-9]{0,2}$ ]] && BUDGET=$CLAUDE_INIT_BUDGET
  DEADLINE=$((EPOCHSECONDS + BUDGET))
  local summary="cluster=${DB_CLUSTER_ID:-unknown} endpoint=$ENDPOINT route=$ROUTE model=$MODEL"
  summary+=" version=$VERSION method=$METHOD experiment=${EXPERIMENT:-unset}"
  [[ -z $PROXY ]] || summary+=" proxy=$PROXY"
  [[ -z $CA_BUNDLE ]] || summary+=" ca_bundle=$CA_BUNDLE"
  ! offline_enabled || summary+=" bundle=$OFFLINE_BUNDLE_PATH"
  local alias
  for alias in OPUS SONNET HAIKU SMALL_FAST; do
    alias+=_MODEL
    [[ ${!alias} == "$MODEL" ]] || summary+=" ${alias,,}=${!alias}"
  done
  [[ -z $OTEL_ENDPOINT ]] || summary+=" telemetry=$OTEL_ENDPOINT"
  STEP=config
  if ((${#PROBLEMS[@]})); then
    printf -v summary '%s; ' "${PROBLEMS[@]}" "using defaults for those" "$summary"
    record failed "${summary%; }"
  else
    record ok "$summary"
  fi
}

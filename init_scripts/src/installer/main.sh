# shellcheck disable=SC2034  # DEADLINE is read by timed and retry (core.sh)
write_status() {
  local name line lines='' failed=0 elapsed head
  elapsed=$(((${EPOCHREALTIME//[.,]/} - START_US) / 100000))
  for name in "${STEPS[@]}"; do
    line="$name"$'\tfailed\tdid not run; see '"$LOG_FILE"
    [[ -s $WORK_DIR/steps/$name ]] && IFS= read -r line <"$WORK_DIR/steps/$name"
    [[ $line != *$'\tfailed\t'* ]] || failed=$((failed + 1))
    lines+=$line$'\n'
  done
  printf -v head '# %s\n# finished %(%Y-%m-%dT%H:%M:%S%z)T in %d.%ds (version %s); %d of %d steps failed; log: %s\n' \
    'install-claude.sh status, read by check-claude. Lines: step<TAB>state<TAB>detail' \
    -1 $((elapsed / 10)) $((elapsed % 10)) "$CA_VERSION" "$failed" "${#STEPS[@]}" "$LOG_FILE"
  [[ -d ${STATUS_FILE%/*} ]] || mkdir -p "${STATUS_FILE%/*}"
  put_file "$STATUS_FILE" 644 "$head$lines"
  log "finished in $((elapsed / 10)).$((elapsed % 10))s; $failed failed step(s); run check-claude for details"
}

# begin_run: what the steps need: a work directory (removed at exit), PATH, traps.
begin_run() {
  START_US=${EPOCHREALTIME//[.,]/} DEADLINE=$((EPOCHSECONDS + BUDGET))
  umask 022
  export HOME=${HOME:-/root}
  mkdir -p "$ROOT/tmp"
  WORK_DIR=$(mktemp -d "$ROOT/tmp/install-claude.XXXXXX") || die "cannot create a work directory"
  mkdir "$WORK_DIR/steps"
  trap 'rm -rf "$WORK_DIR"' EXIT
  trap on_error ERR
  PATH=$HOME/.local/bin:$PATH
}

main() {
  if [[ -n ${DB_IS_DRIVER:-} && ${DB_IS_DRIVER^^} != TRUE ]]; then
    log "worker node: nothing to install (users work on the driver)"
    return 0
  fi
  begin_run
  log "install-claude.sh starting on cluster ${DB_CLUSTER_ID:-unknown} as $(id -un)"
  load_config
  step settings write_settings
  step helpers install_helpers
  step profile write_profile
  if offline_enabled; then offline_install_software; else install_software; fi
  step policy write_policy
  step mcp write_mcp
  step skills install_skills
  step state restore_state
  write_status
}

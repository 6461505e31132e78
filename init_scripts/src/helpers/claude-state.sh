#!/usr/bin/env bash
# claude-state: keep the user's Claude Code state in the workspace across cluster restarts.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<EOF
usage: claude-state save | restore [--start-saver] | status | watch

Keeps your Claude Code state (~/.claude: sessions and their transcripts, auto-memory, todos,
plans, history, your own CLAUDE.md, agents, commands and skills) in
/Workspace/Users/<you>/$CA_STATE_FOLDER/<cluster-id>.tar.gz, so that
claude --continue and --resume work after the cluster restarts. Never kept: credentials
(.credentials.json), settings.json (the init script writes it), ~/.claude.json, plugins, and
any file that holds \$DATABRICKS_TOKEN or anything shaped like a Databricks token or JWT.

  save       write the archive now (only when something changed)
  restore    merge every saved archive of yours into ~/.claude (the newest copy of each file
             wins; files newer here stay); --start-saver then starts the saver (watch) in the background
  status     where the state is kept, the archives, the saver
  watch      save every ${CA_STATE_SAVE_SECONDS}s while running, and once more when stopped
             (SIGTERM)

The init script restores at every start and starts the saver. At most $CA_STATE_MAX_MB MB (before
compression) is kept per cluster: the oldest session transcripts are left out first.
Exit status: 0 done or nothing to do, 1 failed, 2 usage error.
EOF
}
USER_NAME=$(ca_node_env CA_USER) PERSIST=$(ca_node_env CA_PERSIST)
DIR=$CA_ROOT/Workspace/Users/$USER_NAME/$CA_STATE_FOLDER
CLUSTER=$(ca_cluster_id)
[[ $CLUSTER =~ ^[A-Za-z0-9-]{1,64}$ ]] || CLUSTER=node
ARCHIVE=$DIR/$CLUSTER.tar.gz SRC=$HOME/.claude RUN=${CA_STATUS%/*}
PIDFILE=$RUN/claude-state.pid LAST=$RUN/claude-state.last LOG=$CA_ROOT/tmp/claude-state.log
KEEP=(projects todos plans sessions history.jsonl CLAUDE.md agents commands skills rules
  output-styles file-history)
NEVER=(--exclude=.credentials.json --exclude=settings.json --exclude=settings.local.json)
# For tests: CLAUDE_STATE_INTERVAL (seconds) and CLAUDE_STATE_MAX_KB replace the defaults.
INTERVAL=$CA_STATE_SAVE_SECONDS MAX_BYTES=$((CA_STATE_MAX_MB * 1024 * 1024))
[[ ! ${CLAUDE_STATE_INTERVAL:-} =~ ^[1-9][0-9]{0,3}$ ]] || INTERVAL=$CLAUDE_STATE_INTERVAL
[[ ! ${CLAUDE_STATE_MAX_KB:-} =~ ^[1-9][0-9]{0,6}$ ]] || MAX_BYTES=$((CLAUDE_STATE_MAX_KB * 1024))
RESTORE_ARCHIVES=8 COPY_SECONDS=120

kept() { [[ $PERSIST == true && -n $USER_NAME ]]; }
work() { WORK=$(mktemp -d "${TMPDIR:-/tmp}/claude-state.XXXXXX") && trap 'rm -rf "$WORK"' EXIT; }

# chosen: the files to keep (NUL-separated, relative to ~/.claude) within MAX_BYTES: first
# everything but session transcripts and file history, then those, newest first.
chosen() {
  local present=() name
  for name in "${KEEP[@]}"; do [[ -e $SRC/$name ]] && present+=("$name"); done
  ((${#present[@]})) || return 0
  (cd "$SRC" && find "${present[@]}" -type f ! -name .credentials.json ! -name 'settings*.json' \
    ! -name $'*[\n\t]*' -printf '%T@\t%s\t%p\n') |
    awk -F'\t' '{ big = ($3 ~ /^projects\/[^\/]+\/[^\/]+\.jsonl$/ || $3 ~ /^file-history\//)
      printf "%d\t%s\t%s\t%s\n", big, $1, $2, $3 }' |
    LC_ALL=C sort -t$'\t' -k1,1n -k2,2gr |
    awk -F'\t' -v max="$MAX_BYTES" '{ if (total + $3 <= max) { total += $3; printf "%s%c", $4, 0 } }'
}

# without_token LIST: LIST less the files that hold $DATABRICKS_TOKEN or anything shaped like a
# Databricks token or a JWT (named on stderr): the saver started at boot has no token of its own
# to compare, so the shape decides there.
without_token() {
  local tok=${DATABRICKS_TOKEN:-} held
  held=$(cd "$SRC" && {
    xargs -0r grep -lE -e "$CA_TOKEN_SHAPE" -- <"$1"
    [[ -z $tok ]] || xargs -0r grep -lF -e "$tok" -- <"$1"
  } | LC_ALL=C sort -u) || true
  [[ -z $held ]] || printf 'left out (they hold a Databricks token): %s\n' "${held//$'\n'/ }" >&2
  tr '\0' '\n' <"$1" | grep -vxF -f <(printf '%s\n' "$held") | tr '\n' '\0'
}

save() {
  local print n
  kept || die "not kept across restarts on this cluster (claude_persist_state)"
  [[ -d $SRC ]] || { echo "unchanged: no $SRC yet"; return 0; }
  work
  chosen >"$WORK/all" && without_token "$WORK/all" >"$WORK/list"
  n=$(tr -cd '\0' <"$WORK/list" | wc -c)
  print=$(cd "$SRC" && xargs -0r stat -c '%n %s %Y' <"$WORK/list" | sha256sum | cut -c1-64)
  if [[ -f $ARCHIVE && $(cat "$LAST" 2>/dev/null) == "$print" ]]; then
    echo "unchanged: $n file(s) as saved in $ARCHIVE"
    return 0
  fi
  mkdir -p "$DIR" "$RUN" || die "cannot create $DIR (is /Workspace mounted?)"
  tar -czf "$WORK/state.tar.gz" -C "$SRC" --null -T "$WORK/list" || die "cannot archive $SRC"
  if ! timeout "$COPY_SECONDS" cp "$WORK/state.tar.gz" "$DIR/.$CLUSTER.tar.gz.tmp" ||
    ! mv -f "$DIR/.$CLUSTER.tar.gz.tmp" "$ARCHIVE"; then
    die "cannot write $ARCHIVE"
  fi
  printf '%s\n' "$print" >"$LAST"
  echo "saved $n file(s) ($(($(stat -c %s "$ARCHIVE") / 1024)) KB) to $ARCHIVE"
}

restore() {
  local archive n=0 archives=()
  if ! kept; then
    echo "unchanged: not kept across restarts (claude_persist_state ${PERSIST:-unset}, user ${USER_NAME:-unknown})"
    exit 0
  fi
  { mkdir -p "$SRC" && chmod 700 "$SRC"; } || die "cannot create $SRC"
  mapfile -t archives < <(stat -c '%Y %n' "$DIR"/*.tar.gz 2>/dev/null | sort -rn |
    head -n "$RESTORE_ARCHIVES" | cut -d' ' -f2-)
  for archive in "${archives[@]}"; do
    if (($(stat -c %s "$archive") > MAX_BYTES)); then
      echo "left out $archive: larger than $((MAX_BYTES / 1024)) KB" >&2
      continue
    fi
    timeout "$COPY_SECONDS" tar -xzf "$archive" -C "$SRC" --keep-newer-files --no-same-owner \
      --warning=no-ignore-newer "${NEVER[@]}" && n=$((n + 1))
  done
  if ((${#archives[@]} == 0)); then
    REPLY="nothing saved yet in $DIR"
  else
    REPLY="restored $n of ${#archives[@]} archive(s) from $DIR"
  fi
}

running() { local pid; pid=$(cat "$PIDFILE" 2>/dev/null) && kill -0 "$pid" 2>/dev/null && echo "$pid"; }

# start_saver: `watch` in the background, unless it runs already; what it did in REPLY.
start_saver() {
  local pid
  if pid=$(running); then
    REPLY="saver running (pid $pid)"
    return 0
  fi
  mkdir -p "$RUN" "${LOG%/*}"
  setsid "$0" watch </dev/null >>"$LOG" 2>&1 &
  echo $! >"$PIDFILE"
  REPLY="saver started (pid $!)"
}

watch() {
  local stop=0 pid
  kept || die "not kept across restarts on this cluster (claude_persist_state)"
  trap 'stop=1' TERM INT HUP
  echo "saver $$: every ${INTERVAL}s into $ARCHIVE"
  while ((!stop)); do
    sleep "$INTERVAL" &
    pid=$!
    wait "$pid" || true
    ((stop)) && break
    timeout "$COPY_SECONDS" "$0" save || echo "save failed (exit $?)"
  done
  kill "$pid" 2>/dev/null
  echo "saver $$: stopping; last save"
  timeout 30 "$0" save
}

status() {
  local pid
  if ! kept; then
    echo "Claude Code state is not kept across restarts here (claude_persist_state false, or no user)"
    return 0
  fi
  echo "kept in: $DIR"
  ls -l "$DIR"/*.tar.gz 2>/dev/null || echo "nothing saved yet"
  if pid=$(running); then echo "saver: running (pid $pid)"; else echo "saver: not running"; fi
  [[ ! -f $LOG ]] || tail -n 3 "$LOG"
}

case ${1-} in
-h | --help) usage ;;
save) save ;;
restore)
  restore
  summary=$REPLY
  [[ ${2-} != --start-saver ]] || { start_saver && summary+="; $REPLY"; }
  echo "$summary"
  ;;
status) status ;;
watch) watch ;;
'') usage_error "a command is needed: save, restore, status or watch" ;;
*) usage_error "unknown command: $1" ;;
esac

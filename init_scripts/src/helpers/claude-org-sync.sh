#!/usr/bin/env bash
# claude-org-sync: install the organisation's skills, CLAUDE.md and plugins for every user.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<EOF
usage: claude-org-sync [--bundle DIR]

Installs what the cluster's inputs give every user of the node, where no user setting removes
it: the skill folders (<name>/SKILL.md) of claude_skills_path as Claude Code's managed skills
($CA_MANAGED_SKILLS_PATH), the claude_memory_path file as managed memory
($CA_MANAGED_MEMORY_PATH), and claude_plugin_marketplaces, claude_enabled_plugins and
claude_strict_marketplaces as managed settings (managed-settings.d/coding-assistants-plugins.json).
--bundle DIR adds the offline bundle's verified skills (a skill of the volume folder wins over
the bundle's of the same name). The init script runs it at every start; run it as root after
changing the volume folder. Only what it installed is ever replaced or removed. A skill with
a link, a bad name or over 50 MB is left out, and named.
Exit status: 0 installed or up to date, 1 failed, 2 usage error.
EOF
}
bundle=''
while (($#)); do
  case $1 in
  -h | --help) usage && exit 0 ;;
  --bundle) [[ -n ${2-} ]] || usage_error "--bundle needs a directory"; bundle=$2 && shift ;;
  *) usage_error "unknown argument: $1" ;;
  esac
  shift
done
SKILLS=$CA_ROOT$CA_MANAGED_SKILLS_PATH MEMORY=$CA_ROOT$CA_MANAGED_MEMORY_PATH
PLUGINS=$CA_ROOT${CA_MANAGED_SETTINGS_PATH%/*}/managed-settings.d/coding-assistants-plugins.json
MARK=$SKILLS/.coding-assistants NAME_RE='^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'
MAX_KB=$((50 * 1024)) MAX_SKILLS=100 MAX_MEMORY=$((256 * 1024))
src_skills=$(ca_node_env CA_SKILLS) src_memory=$(ca_node_env CA_MEMORY)
left_out=()
declare -A chosen=()

# pick DIR: each acceptable skill folder of DIR into chosen[name]=folder (later DIRs win).
pick() {
  local dir name kb
  for dir in "$1"/*/; do
    dir=${dir%/} name=${dir##*/}
    [[ -f $dir/SKILL.md && ! -L $dir ]] || continue
    if [[ ! $name =~ $NAME_RE ]]; then left_out+=("$name (name)"); continue; fi
    if [[ -n $(find "$dir" -type l -print -quit) ]]; then left_out+=("$name (link)"); continue; fi
    kb=$(du -sk "$dir" | cut -f1)
    if ((kb > MAX_KB)); then left_out+=("$name (${kb} KB)"); continue; fi
    chosen[$name]=$dir
  done
}

# plugin_settings: the managed settings of the plugin inputs, or nothing. The values passed the
# rules (node.env holds what the init script checked: the marketplaces as base64 of their
# compact JSON, the plugins joined by commas): names and sources hold no quote, brace or comma of their own, so
# each "name":{source} pair can be taken apart here.
plugin_settings() {
  local rest re='"([^"]+)":(\{[^{}]*\})' known='' sources='' on='' id
  local marketplaces plugins strict
  marketplaces=$(ca_node_env CA_MARKETPLACES) plugins=$(ca_node_env CA_PLUGINS)
  [[ -z $marketplaces ]] ||
    marketplaces=$(base64 -d <<<"$marketplaces" 2>/dev/null | jq -c . 2>/dev/null) || marketplaces=''
  strict=$(ca_node_env CA_STRICT)
  [[ -n $marketplaces$plugins || $strict == true ]] || return 0
  rest=$marketplaces
  while [[ $rest =~ $re ]]; do
    known+="${known:+,}\"${BASH_REMATCH[1]}\":{\"source\":${BASH_REMATCH[2]}}"
    sources+=${sources:+,}${BASH_REMATCH[2]}
    rest=${rest#*"${BASH_REMATCH[0]}"}
  done
  for id in ${plugins//,/ }; do on+=${on:+,}\"$id\":true; done
  printf '{"extraKnownMarketplaces":{%s},"enabledPlugins":{%s}' "$known" "$on"
  [[ $strict != true ]] || printf ',"strictKnownMarketplaces":[%s]' "$sources"
  printf '}\n'
}

# write_plugins: the plugins' managed settings written (or ours removed); "plugins" when set.
write_plugins() {
  local json
  json=$(plugin_settings)
  if [[ -z $json ]]; then
    rm -f "$PLUGINS"
    return 0
  fi
  if [[ $(cat "$PLUGINS" 2>/dev/null) != "$json" ]]; then
    if ! { mkdir -p "${PLUGINS%/*}" && printf '%s\n' "$json" >"$PLUGINS.tmp" &&
      chmod 644 "$PLUGINS.tmp" && mv "$PLUGINS.tmp" "$PLUGINS"; }; then
      die "cannot write $PLUGINS"
    fi
  fi
  echo " and plugin settings"
}

# fingerprint: what the chosen skills and the memory file hold, to change nothing when equal.
fingerprint() {
  local name
  for name in $(printf '%s\n' "${!chosen[@]}" | LC_ALL=C sort); do
    printf '%s\n' "$name"
    (cd "${chosen[$name]}" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0r sha256sum)
  done
  [[ -z $src_memory ]] || sha256sum <"$CA_ROOT$src_memory"
}

[[ -z $bundle ]] || pick "$bundle"
if [[ -n $src_skills ]]; then
  [[ -d $CA_ROOT$src_skills ]] || die "claude_skills_path $src_skills is not a readable folder"
  pick "$CA_ROOT$src_skills"
fi
((${#chosen[@]} <= MAX_SKILLS)) || die "${#chosen[@]} skills, more than $MAX_SKILLS"
if [[ -n $src_memory ]]; then
  [[ -f $CA_ROOT$src_memory ]] || die "claude_memory_path $src_memory is not a readable file"
  (($(stat -c %s "$CA_ROOT$src_memory") <= MAX_MEMORY)) ||
    die "claude_memory_path $src_memory is over $((MAX_MEMORY / 1024)) KB"
fi
plugins=$(write_plugins) || exit 1
note=${left_out[*]:+; left out: ${left_out[*]}}
if ((${#chosen[@]} == 0)) && [[ -z $src_memory && ! -f $MARK ]]; then
  echo "${plugins:+installed}${plugins:-unchanged:} no skills or CLAUDE.md configured$plugins$note"
  exit 0
fi
print=$(fingerprint | sha256sum | cut -c1-64)
if [[ -f $MARK ]] && [[ $(sed -n 's/^fingerprint //p' "$MARK") == "$print" ]]; then
  echo "unchanged: ${#chosen[@]} skill(s)${src_memory:+, CLAUDE.md}$plugins$note"
  exit 0
fi
{ mkdir -p "$SKILLS" && chmod 755 "${SKILLS%/*/*}" "${SKILLS%/*}" "$SKILLS"; } || die "cannot write $SKILLS"
# Ours from the last run (the marker lists them) go; a folder we did not write stays.
while read -r kind name; do
  [[ $kind == skill && $name =~ $NAME_RE ]] && rm -rf "${SKILLS:?}/$name"
done < <(cat "$MARK" 2>/dev/null)
marker=''
for name in "${!chosen[@]}"; do
  if [[ -e $SKILLS/$name ]]; then left_out+=("$name (not ours at $SKILLS)"); continue; fi
  { cp -R "${chosen[$name]}" "$SKILLS/.$name.tmp" && chmod -R u=rwX,go=rX "$SKILLS/.$name.tmp" &&
    mv "$SKILLS/.$name.tmp" "$SKILLS/$name"; } || die "cannot install skill $name into $SKILLS"
  marker+="skill $name"$'\n'
done
if [[ -n $src_memory ]]; then
  { cp "$CA_ROOT$src_memory" "$MEMORY.tmp" && chmod 644 "$MEMORY.tmp" && mv "$MEMORY.tmp" "$MEMORY"; } ||
    die "cannot write $MEMORY"
  marker+="memory"$'\n'
elif grep -qx memory "$MARK" 2>/dev/null; then
  rm -f "$MEMORY"
fi
printf '%sfingerprint %s\n' "$marker" "$print" >"$MARK"
note=${left_out[*]:+; left out: ${left_out[*]}}
echo "installed ${#chosen[@]} skill(s) into $CA_MANAGED_SKILLS_PATH${src_memory:+, CLAUDE.md into $CA_MANAGED_MEMORY_PATH}$plugins$note"

# shellcheck shell=bash
# offline.sh: install Claude Code, MLflow and jq/tmux from an integrity-checked bundle in a
# Unity Catalog volume, for clusters with no route to npm, PyPI, apt or Anthropic's installer.
#
# Functions only; part of the installer (packed with the helper commands and sourced as the
# script loads; main runs offline_install_software instead of install_software when
# OFFLINE_BUNDLE_PATH is set). The bundle is the one written by
# `coding-assistants stage-offline` (coding_assistants/offline_bundle.py): manifest.json lists
# every file with its size and SHA-256, and Terraform pins the manifest's SHA-256.
#
# Environment (the cluster's spark_env_vars):
#   OFFLINE_BUNDLE_PATH    /Volumes/<catalog>/<schema>/<volume>/<dir> of the bundle; unset = online
#   OFFLINE_BUNDLE_SHA256  SHA-256 of the bundle's manifest.json (required with the path)
#   CLAUDE_CODE_VERSION    the exact X.Y.Z the bundle holds (Claude Code is not installed otherwise)
# Read under INIT_ROOT, like every path here, so tests can point it at a temporary directory.
#
# Needs from the installer: ROOT, BIN_DIR, WORK_DIR, PY, CA_MLFLOW_MIN_VERSION, the functions
# offline_enabled, log, warn, record, step, timed, have_cmd, version_ge, read_mlflow, ca_setting_problem and
# helper_files (whose payload carries the manifest reader), and the step files in
# $WORK_DIR/steps that `step` writes.
#
# Never calls curl, apt-get, npm, the native installer, or pip with an index. Every artifact is
# copied to local disk and checked (size, SHA-256) before use; on a mismatch the step is
# recorded failed, nothing from that artifact is installed, and the run goes on (exit 0).

readonly OFFLINE_CLAUDE_ROOT=$ROOT/opt/coding-assistants/claude
readonly OFFLINE_TOOLS=(jq tmux)

# offline_reader: the manifest reader, unpacked into the work directory; its path in REPLY. It
# is the package's own (coding_assistants/bundle_manifest.py, packed with the helpers by
# `make init-script`): it refuses what the package refuses, and prints the verified manifest as
# lines: claude_version<TAB>X.Y.Z, python_version<TAB>X.Y (empty when unnamed), and
# file<TAB>role<TAB>path<TAB>size<TAB>sha256<TAB>platform-or-package.
offline_reader() {
  local dir
  dir=$(offline_work)/reader
  [[ -f $dir/bundle_manifest.py ]] || { mkdir -p "$dir" && helper_files "$dir" bundle_manifest.py; }
  REPLY=$dir/bundle_manifest.py
}

offline_dir() { printf '%s\n' "$ROOT${OFFLINE_BUNDLE_PATH%/}"; }
offline_work() { printf '%s\n' "$WORK_DIR/offline"; }

# offline_sha256 FILE: the file's SHA-256 in REPLY.
offline_sha256() {
  local sum _
  read -r sum _ < <(sha256sum "$1") || return 1
  REPLY=$sum
}

# offline_check_config: REASON says what is wrong with the two variables (the rules rendered
# from the project's validation table); 1 when something is.
offline_check_config() {
  local name
  for name in OFFLINE_BUNDLE_PATH OFFLINE_BUNDLE_SHA256; do
    REASON=$(ca_setting_problem "$name" "${!name:-}") || return 1
  done
}

# offline_verify_bundle (step "bundle"): copy manifest.json to local disk, check its SHA-256
# against OFFLINE_BUNDLE_SHA256, and parse it for the other steps ($WORK_DIR/offline/files.tsv
# exists only when this step succeeded).
offline_verify_bundle() {
  local dir work want src
  dir=$(offline_dir) work=$(offline_work)
  offline_check_config || {
    record failed "$REASON; nothing installed from the bundle"
    return 0
  }
  want=${OFFLINE_BUNDLE_SHA256,,} src=$dir/manifest.json
  mkdir -p "$work"
  if [[ ! -f $src ]] || ! timed 120 cp "$src" "$work/manifest.json"; then
    record failed "no manifest.json in $OFFLINE_BUNDLE_PATH; nothing installed from the bundle"
    return 0
  fi
  offline_sha256 "$work/manifest.json"
  if [[ $REPLY != "$want" ]]; then
    record failed "manifest.json has sha256 ${REPLY:0:12}..., offline_bundle_sha256 is ${want:0:12}...; nothing installed from the bundle"
    return 0
  fi
  if ! offline_reader || ! "$PY" "$REPLY" "$work/manifest.json" >"$work/files.tsv.tmp" 2>"$work/parse.err"; then
    record failed "manifest.json verified but unreadable: $(tail -n 1 "$work/parse.err")"
    return 0
  fi
  mv "$work/files.tsv.tmp" "$work/files.tsv"
  record ok "manifest ${want:0:12}... verified: $(offline_summary)"
}

offline_summary() {
  awk -F'\t' '$1 == "claude_version" { v = $2 } $1 == "file" { n++ }
    END { printf "Claude Code %s, %d files\n", v, n }' "$(offline_work)/files.tsv"
}

# offline_ready: true when the bundle step verified the manifest; else records the step failed.
offline_ready() {
  [[ -f $(offline_work)/files.tsv ]] && return 0
  record failed "the bundle's manifest was not verified (see the bundle step); nothing installed"
  return 1
}

# offline_entries ROLE [EXTRA]: the files.tsv lines of ROLE (and platform/package EXTRA).
offline_entries() {
  local kind role path size sha extra
  while IFS=$'\t' read -r kind role path size sha extra; do
    [[ $kind == file && $role == "$1" && (-z ${2:-} || $extra == "$2") ]] || continue
    printf '%s\t%s\t%s\t%s\n' "$path" "$size" "$sha" "$extra"
  done <"$(offline_work)/files.tsv"
}

# offline_fetch PATH SIZE SHA256: copy a bundle file to local disk and check it; its local path
# in REPLY. 1 with REASON on any difference (the copy is removed then).
offline_fetch() {
  local src dest got
  src=$(offline_dir)/$1 dest=$(offline_work)/files/$1
  if [[ ! -f $src ]]; then
    REASON="$1 is missing from the bundle"
    return 1
  fi
  mkdir -p "${dest%/*}"
  if ! timed 900 cp "$src" "$dest"; then
    REASON="$1 could not be copied to local disk"
    return 1
  fi
  got=$(stat -c %s "$dest")
  if [[ $got != "$2" ]] || ! offline_sha256 "$dest" || [[ $REPLY != "$3" ]]; then
    rm -f "$dest"
    REASON="$1 does not match the manifest (size or sha256)"
    return 1
  fi
  REPLY=$dest
}

offline_platform() {
  case $(uname -m) in
  x86_64 | amd64) echo linux-x64 ;;
  aarch64 | arm64) echo linux-arm64 ;;
  *) uname -m ;;
  esac
}

offline_claude_version() { awk -F'\t' '$1 == "claude_version" { print $2 }' "$(offline_work)/files.tsv"; }
offline_python_version() { awk -F'\t' '$1 == "python_version" { print $2 }' "$(offline_work)/files.tsv"; }

# offline_claude_intact DIR SHA256: DIR holds the binary installed from the tarball SHA256,
# unchanged since (its own hash is kept beside it).
offline_claude_intact() {
  local dir=$1 want=''
  [[ -x $dir/claude && -f $dir/bundle.sha256 && -f $dir/claude.sha256 ]] || return 1
  [[ $(<"$dir/bundle.sha256") == "$2" ]] || return 1
  read -r want <"$dir/claude.sha256"
  offline_sha256 "$dir/claude" && [[ $REPLY == "$want" ]]
}

offline_link_claude() {
  local link=$BIN_DIR/claude
  mkdir -p "$BIN_DIR"
  [[ $(readlink "$link" 2>/dev/null) == "$1" ]] || ln -sfn "$1" "$link"
}

# offline_install_claude (step "claude"): the native binary from the npm platform tarball into
# /opt/coding-assistants/claude/<version>, linked as /usr/local/bin/claude. Only when the bundle
# holds the version CLAUDE_CODE_VERSION pins, and package/claude is a regular file.
offline_install_claude() {
  local platform version pinned entry path size sha dir tmp
  offline_ready || return 0
  platform=$(offline_platform) version=$(offline_claude_version)
  pinned=${CLAUDE_CODE_VERSION:-unset}
  if [[ $pinned != "$version" ]]; then
    record failed "the bundle holds Claude Code $version, claude_code_version is ${pinned//[^A-Za-z0-9.+-]/?}; set it to $version or stage the bundle for the version you pin"
    return 0
  fi
  entry=$(offline_entries claude "$platform" | head -n 1)
  if [[ -z $entry ]]; then
    record failed "the bundle has no Claude Code for $platform"
    return 0
  fi
  IFS=$'\t' read -r path size sha _ <<<"$entry"
  dir=$OFFLINE_CLAUDE_ROOT/$version
  if offline_claude_intact "$dir" "$sha"; then
    offline_link_claude "$dir/claude"
    record skipped "Claude Code $version present in $dir (bundle)"
    return 0
  fi
  if ! offline_fetch "$path" "$size" "$sha"; then
    record failed "Claude Code not installed: $REASON"
    return 0
  fi
  tmp=$dir.partial.$$
  rm -rf "$tmp" && mkdir -p "$tmp"
  if ! tar -xzf "$REPLY" -C "$tmp" --no-same-owner package/claude ||
    [[ -L $tmp/package/claude || ! -f $tmp/package/claude ]] ||
    ! timed 30 "$tmp/package/claude" --version >/dev/null 2>&1; then
    rm -rf "$tmp"
    record failed "Claude Code not installed: $path holds no working package/claude"
    return 0
  fi
  mv "$tmp/package/claude" "$tmp/claude" && rmdir "$tmp/package"
  chmod 755 "$tmp/claude"
  offline_sha256 "$tmp/claude" && printf '%s\n' "$REPLY" >"$tmp/claude.sha256"
  printf '%s' "$sha" >"$tmp/bundle.sha256"
  rm -rf "$dir" && mv "$tmp" "$dir"
  offline_link_claude "$dir/claude"
  record ok "Claude Code $version installed from the bundle into $dir ($platform)"
}

# mlflow_pip_offline: install_mlflow's pip from the bundle's wheels, checked and copied to local
# disk first, with `pip install --no-index --require-hashes`; only when they were chosen for the
# runtime's Python version. 1 with REASON on any failure.
mlflow_pip_offline() {
  local path size sha _ wheels='' req='' want have
  REASON="the bundle's manifest was not verified (see the bundle step); nothing installed"
  [[ -f $(offline_work)/files.tsv ]] || return 1
  want=$(offline_python_version)
  have=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || have=unknown
  REASON="the bundle's wheels are for Python $want, the runtime's Python is $have"
  [[ -z $want || $have == "$want" ]] || return 1
  while IFS=$'\t' read -r path size sha _; do
    offline_fetch "$path" "$size" "$sha" || return 1
    [[ $path == *.whl ]] && wheels=${REPLY%/*} || req=$REPLY
  done < <(offline_entries requirements && offline_entries wheel)
  REASON="the bundle has no wheels or no requirements file"
  [[ -n $req && -n $wheels ]] || return 1
  REASON="pip install --no-index from the bundle failed"
  logged timed 900 "$PY" -m pip install --quiet --disable-pip-version-check --no-index \
    --require-hashes --find-links "$wheels" -r "$req" || return 1
  REPLY="from the bundle"
}

# offline_install_packages (step "packages"): jq and tmux from the bundle's .debs when staged;
# otherwise skipped (offline). All staged .debs are checked before any is installed.
offline_install_packages() {
  local tool missing=() debs=() path size sha package
  for tool in "${OFFLINE_TOOLS[@]}"; do have_cmd "$tool" || missing+=("$tool"); done
  if ((${#missing[@]} == 0)); then
    record skipped "${OFFLINE_TOOLS[*]} present"
    return 0
  fi
  offline_ready || return 0
  while IFS=$'\t' read -r path size sha package; do
    [[ " ${missing[*]} " == *" $package "* ]] || continue
    if ! offline_fetch "$path" "$size" "$sha"; then
      record failed "${missing[*]} not installed: $REASON"
      return 0
    fi
    debs+=("$REPLY")
  done < <(offline_entries deb)
  if ((${#debs[@]} == 0)); then
    record skipped "${missing[*]}: skipped (offline): not staged in the bundle"
    return 0
  fi
  if ! DEBIAN_FRONTEND=noninteractive logged timed 300 dpkg -i "${debs[@]}"; then
    record failed "dpkg -i of the bundle's packages failed"
    return 0
  fi
  record ok "installed from the bundle: ${debs[*]##*/}"
}

# offline_skills: the bundle's skills (role skill, skills/<name>/...) copied to local disk and
# checked; their skills/ folder in REPLY. 1 with REASON on any difference.
offline_skills() {
  local path size sha _
  while IFS=$'\t' read -r path size sha _; do
    offline_fetch "$path" "$size" "$sha" || return 1
  done < <(offline_entries skill)
  REPLY=$(offline_work)/files/skills
}

# offline_install_software: the offline counterpart of install_software. The bundle step
# first, then the three installs (they share no files, so they run in parallel).
offline_install_software() {
  local pids=()
  step bundle offline_verify_bundle
  step packages offline_install_packages &
  pids+=($!)
  step claude offline_install_claude &
  pids+=($!)
  step mlflow install_mlflow &
  pids+=($!)
  wait "${pids[@]}" || true
}

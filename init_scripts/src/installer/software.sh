# shellcheck disable=SC2153  # METHOD, like the other globals, is set by load_config
node_major() {
  local v
  have_cmd node && v=$(node --version 2>/dev/null) || return 0
  v=${v#v}
  printf '%s\n' "${v%%.*}"
}

# True when the npm install path is chosen and Node.js 18+ is missing, so apt must bring it.
needs_node() {
  local major
  [[ $METHOD == npm ]] || return 1
  major=$(node_major)
  ((${major:-0} < NODE_MIN_MAJOR))
}

apt_install() {
  timed 300 apt-get -qq -o DPkg::Lock::Timeout=120 update &&
    timed 600 apt-get -qq -y -o DPkg::Lock::Timeout=120 install --no-install-recommends "$@"
}

install_packages() {
  local tool wanted=() missing=()
  for tool in "${SYSTEM_TOOLS[@]}"; do have_cmd "$tool" || wanted+=("$tool"); done
  if needs_node; then wanted+=(nodejs npm); fi
  if ((${#wanted[@]} == 0)); then
    record skipped "${SYSTEM_TOOLS[*]} present"
    return 0
  fi
  if ! have_cmd apt-get; then
    record failed "apt-get not found; missing: ${wanted[*]}"
    return 0
  fi
  log "installing with apt-get: ${wanted[*]}"
  if ! DEBIAN_FRONTEND=noninteractive retry logged apt_install "${wanted[@]}"; then
    record failed "apt-get install ${wanted[*]} failed after $RETRIES attempts"
    return 0
  fi
  for tool in "${wanted[@]/nodejs/node}"; do have_cmd "$tool" || missing+=("$tool"); done
  if ((${#missing[@]})); then
    record failed "apt-get ran but these are still missing: ${missing[*]}"
  else
    record ok "installed ${wanted[*]}"
  fi
}

# The version of the claude on PATH, or nothing.
claude_version() {
  local out
  out=$(timed 30 claude --version 2>/dev/null) || return 0
  if [[ $out =~ ([0-9]+\.[0-9]+\.[0-9]+[^[:space:]]*) ]]; then printf '%s\n' "${BASH_REMATCH[1]}"; fi
}

# True when the claude install cannot start before apt has brought curl or Node.js.
claude_needs_packages() {
  if [[ $METHOD == npm ]]; then
    needs_node
    return
  fi
  if have_cmd curl; then return 1; fi
}

install_claude_native() {
  local script=$WORK_DIR/claude-install.sh
  if ! have_cmd curl; then
    REASON="native: curl is missing"
    return 1
  fi
  if ! retry timed 60 curl -fsSL --connect-timeout 10 -o "$script" "$INSTALLER_URL"; then
    REASON="native: download of $INSTALLER_URL failed"
    return 1
  fi
  if ! retry logged timed 600 bash "$script" "$VERSION"; then
    REASON="native: the installer failed"
    return 1
  fi
}

install_claude_npm() {
  local major spec=$CA_NPM_PACKAGE@latest
  major=$(node_major)
  if ((${major:-0} < NODE_MIN_MAJOR)) || ! have_cmd npm; then
    REASON="npm: needs Node.js $NODE_MIN_MAJOR+ and npm (node major: ${major:-none})"
    return 1
  fi
  [[ $VERSION =~ ^[0-9] ]] && spec=$CA_NPM_PACKAGE@$VERSION
  if ! retry logged timed 600 npm install -g --no-audit --no-fund --loglevel=error "$spec"; then
    REASON="npm: npm install -g $spec failed"
    return 1
  fi
}

# Non-login shells (IDE tasks) may lack ~/.local/bin on PATH; /usr/local/bin is always there.
link_claude() {
  local target=$HOME/.local/bin/claude link=$BIN_DIR/claude
  [[ -x $target ]] || return 0
  [[ -e $link && ! -L $link ]] && return 0
  [[ $(readlink "$link" 2>/dev/null) == "$target" ]] || ln -sfn "$target" "$link"
}

install_claude() {
  local have method order=(native npm) reasons=()
  have=$(claude_version)
  if [[ -n $have ]] && [[ ! $VERSION =~ ^[0-9] || $have == "$VERSION" ]]; then
    link_claude
    record skipped "Claude Code $have present"
    return 0
  fi
  [[ $METHOD == npm ]] && order=(npm native)
  for method in "${order[@]}"; do
    if "install_claude_$method"; then
      have=$(claude_version)
      if [[ -n $have ]]; then
        link_claude
        record ok "Claude Code $have installed ($method)"
        return 0
      fi
      REASON="$method: installed, but claude --version fails"
    fi
    reasons+=("$REASON")
  done
  printf -v reasons '%s; ' "${reasons[@]}"
  record failed "Claude Code not installed: ${reasons%; }"
}

mlflow_version() {
  "$PY" -c 'import importlib.metadata as m; print(m.version("mlflow"))' 2>/dev/null || true
}

install_mlflow() {
  local have spec="mlflow[databricks]==$CA_MLFLOW_PIN"
  if [[ ! -x $PY ]]; then
    record skipped "no Databricks Python at $PY"
    return 0
  fi
  have=$(mlflow_version)
  if [[ -n $have ]] && version_ge "$have" "$CA_MLFLOW_MIN_VERSION"; then
    record skipped "runtime MLflow $have >= $CA_MLFLOW_MIN_VERSION"
    return 0
  fi
  log "installing $spec (runtime MLflow: ${have:-none})"
  if ! retry logged timed 900 "$PY" -m pip install --quiet --disable-pip-version-check "$spec"; then
    record failed "pip install $spec failed after $RETRIES attempts (runtime MLflow: ${have:-none})"
    return 0
  fi
  have=$(mlflow_version)
  if [[ -n $have ]] && version_ge "$have" "$CA_MLFLOW_MIN_VERSION"; then
    record ok "MLflow $have installed"
  else
    record failed "pip ran, but MLflow is ${have:-missing}"
  fi
}

# Network steps in parallel: apt, Claude Code and MLflow are independent, except that Claude
# Code waits for apt when it needs curl or Node.js from there.
install_software() {
  local pids=()
  if claude_needs_packages; then
    {
      step packages install_packages
      step claude install_claude
    } &
    pids+=($!)
  else
    step packages install_packages &
    pids+=($!)
    step claude install_claude &
    pids+=($!)
  fi
  step mlflow install_mlflow &
  pids+=($!)
  wait "${pids[@]}" || true
}

#!/usr/bin/env bash
# git-workspace-init: clone or create a git repository in your Workspace folder.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: git-workspace-init [options] [URL]

Clones URL (or, with --new, creates an empty repository) into
/Workspace/Users/<you>/<name>, where files outlive the cluster. Asks for what is
missing when run in a terminal.
  -n, --name NAME    folder name (default: the repository name in URL)
  -u, --user USER    workspace user (default: $DATABRICKS_USER, else the databricks CLI)
  -d, --dir PATH     exact target folder instead of /Workspace/Users/<user>/<name>
  -b, --branch NAME  branch to clone, or the first branch of a new repository (main)
      --new          create a new repository instead of cloning
  -i, --interactive  ask for missing values even when stdin is not a terminal
  -y, --yes          never ask; fail when a value is missing
Never in /Repos: that tree belongs to Databricks Git folders, which keep git's data
away from the cluster, so git commands there fail or fight the Git folders UI.
Exit status: 0 ready (also when it was already there), 1 failed, 2 usage error or refused.
EOF
}
url='' name='' user='' dir='' branch='' new=0 ask=0
[[ -t 0 ]] && ask=1
while (($#)); do
  case $1 in
  -h | --help) usage; exit 0 ;;
  -n | --name) name=${2-}; shift ;;
  -u | --user) user=${2-}; shift ;;
  -d | --dir) dir=${2-}; shift ;;
  -b | --branch) branch=${2-}; shift ;;
  --new) new=1 ;;
  -i | --interactive) ask=1 ;;
  -y | --yes) ask=0 ;;
  -*) usage_error "unknown option: $1" ;;
  *) [[ -z $url ]] || usage_error "more than one URL"; url=$1 ;;
  esac
  shift
done
prompt() { # prompt VAR TEXT
  local answer
  read -r -p "$2: " answer || true
  printf -v "$1" '%s' "$answer"
}
if ((ask)) && [[ -z $url ]] && ((!new)); then
  prompt url "Repository URL to clone (empty: create a new repository)"
  [[ -n $url ]] || new=1
fi
[[ -n $url || $new == 1 ]] || usage_error "give a repository URL, or --new"
[[ -n $url && $new == 1 ]] && usage_error "a URL and --new exclude each other"
if [[ -z $name && -n $url ]]; then name=${url%/}; name=${name##*[/:]}; name=${name%.git}; fi
if [[ -z $dir ]]; then
  ((ask)) && [[ -z $name ]] && prompt name "Folder name"
  [[ -n $name ]] || usage_error "give a folder name (--name)"
  [[ $name != */* && $name != . && $name != .. ]] || usage_error "--name must be a plain folder name"
  [[ -n $user ]] || user=$(ca_user)
  ((ask)) && [[ -z $user ]] && prompt user "Workspace user (e.g. you@example.com)"
  [[ -n $user ]] || usage_error "could not tell your workspace user: pass --user or set DATABRICKS_USER"
  dir=$CA_ROOT/Workspace/Users/$user/$name
fi
if ca_in_repos "$dir"; then
  die "refusing $dir: /Repos belongs to Databricks Git folders, which keep git's data away from
the cluster, so git commands there fail or fight the Git folders UI. Use a Workspace folder,
e.g. /Workspace/Users/<you>/<name> (the default)." 2
fi
[[ ${dir#"$CA_ROOT"} == /Workspace/* ]] ||
  echo "note: $dir is not under /Workspace: the cluster's disk is wiped when it stops" >&2
if git -C "$dir" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "$dir is already a git repository; nothing to do"
  exit 0
fi
[[ ! -e $dir || -z $(ls -A "$dir") ]] || die "$dir exists and is not empty; choose another --name"
mkdir -p "${dir%/*}" || die "cannot create ${dir%/*}"
if ((new)); then
  git init -q -b "${branch:-main}" "$dir" || die "git init failed"
  echo "created an empty repository in $dir"
else
  git clone ${branch:+--branch "$branch"} -- "$url" "$dir" || die "git clone failed; for a private repository run git-workspace-setup-auth first"
fi
echo "next: cd ${dir@Q} && claude   (git-workspace-check shows what is not pushed yet)"

#!/usr/bin/env bash
# git-workspace-check: what in this repository would be lost or is in the wrong place.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
case ${1-} in
-h | --help)
  cat <<'EOF'
usage: git-workspace-check [DIR]

Checks the git repository at DIR (default: the current directory): warns inside /Repos
or outside /Workspace, and lists uncommitted changes and commits not pushed (as of the
last fetch).
Exit status: 0 all committed and pushed, 1 something needs attention,
2 not a git repository or usage error.
EOF
  exit 0
  ;;
-*) usage_error "unknown option: $1" ;;
esac
(($# <= 1)) || usage_error "expected at most one directory"
top=$(git -C "${1:-.}" rev-parse --show-toplevel 2>/dev/null) || die "${1:-.} is not inside a git repository" 2
echo "repository: $top"
if ca_in_repos "$top"; then
  warn "inside /Repos (Databricks Git folders): use git-workspace-init to work in /Workspace/Users/<you>/"
elif [[ ${top#"$CA_ROOT"} != /Workspace/* ]]; then
  warn "not under /Workspace: the cluster's disk is wiped when it stops; push often"
fi
branch=$(git -C "$top" symbolic-ref --short -q HEAD) || branch=
[[ -n $branch ]] || warn "detached HEAD: commits made here belong to no branch"
changes=$(git -C "$top" status --porcelain)
if [[ -n $changes ]]; then
  warn "$(wc -l <<<"$changes") uncommitted change(s):"
  git -C "$top" status --short | head -n 20 | sed 's/^/          /'
else
  ok "no uncommitted changes"
fi
if [[ -n $branch ]]; then
  if upstream=$(git -C "$top" rev-parse --abbrev-ref -q '@{upstream}' 2>/dev/null); then
    ahead=$(git -C "$top" rev-list --count '@{upstream}..HEAD')
    if ((ahead)); then warn "$ahead commit(s) on $branch not pushed to $upstream"; else ok "$branch is pushed to $upstream"; fi
  else
    warn "$branch has no upstream: git push -u origin $branch"
  fi
fi
((CA_WARNS == 0))

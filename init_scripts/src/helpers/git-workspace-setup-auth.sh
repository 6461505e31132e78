#!/usr/bin/env bash
# git-workspace-setup-auth: let git on this cluster reach your Git host.
# shellcheck source=../lib/coding-assistants/lib.sh
. "$(dirname "$(readlink -f "$0")")/../lib/coding-assistants/lib.sh" || exit 1
usage() {
  cat <<'EOF'
usage: git-workspace-setup-auth --pat | --ssh | --helper COMMAND [options]

  --pat              store a personal access token (read from stdin; hidden when typed)
                     in ~/.git-credentials (mode 0600) for https URLs
  --ssh              create an ed25519 key in ~/.ssh (if missing) and print its public half
  --helper COMMAND   use a git credential helper, e.g. 'cache --timeout=28800'
  --host HOST        Git host (default: github.com)
  --username NAME    user name stored with the token (default: git)
  -i, --interactive  ask which method, even when stdin is not a terminal
Files live on the cluster's disk, which is wiped when it stops: use a token or key you
can revoke, and run this again after a restart.
Exit status: 0 configured, 1 failed, 2 usage error.
EOF
}
mode='' helper='' host=github.com username=git ask=0
[[ -t 0 ]] && ask=1
while (($#)); do
  case $1 in
  -h | --help) usage; exit 0 ;;
  --pat) mode=pat ;;
  --ssh) mode=ssh ;;
  --helper) mode=helper helper=${2-}; shift ;;
  --host) host=${2-}; shift ;;
  --username) username=${2-}; shift ;;
  -i | --interactive) ask=1 ;;
  *) usage_error "unknown argument: $1" ;;
  esac
  shift
done
if [[ -z $mode ]] && ((ask)); then
  read -r -p "Authenticate git with 1) a personal access token 2) an SSH key 3) a credential helper? " c || true
  case $c in 1) mode=pat ;; 2) mode=ssh ;; 3) mode=helper; read -r -p "Credential helper: " helper || true ;; esac
fi
[[ -n $mode ]] || usage_error "choose --pat, --ssh or --helper"
[[ $host =~ ^[A-Za-z0-9.-]+(:[0-9]+)?$ ]] || usage_error "not a host name: $host"
case $mode in
pat)
  if [[ -t 0 ]]; then read -r -s -p "Token for $username@$host: " pat; echo >&2; else read -r pat || true; fi
  [[ -n ${pat:-} ]] || die "no token given"
  store=$HOME/.git-credentials
  umask 077
  printf 'protocol=https\nhost=%s\nusername=%s\npassword=%s\n\n' "$host" "$username" "$pat" |
    git credential-store --file "$store" store || die "could not store the token"
  chmod 600 "$store"
  git config --global credential.helper store
  echo "token $(mask "$pat") stored for https://$host in $store (mode 600)"
  ;;
ssh)
  key=$HOME/.ssh/id_ed25519
  mkdir -p "$HOME/.ssh" && chmod 700 "$HOME/.ssh"
  if [[ ! -f $key ]]; then
    ssh-keygen -q -t ed25519 -N '' -C "databricks-cluster-$(ca_cluster_id)" -f "$key" || die "ssh-keygen failed"
  fi
  echo "Add this public key to your account on $host (SSH keys), then test: ssh -T git@$host"
  cat "$key.pub"
  ;;
helper)
  [[ -n $helper ]] || usage_error "--helper needs a command"
  git config --global credential.helper "$helper" || die "git config failed"
  echo "git now uses the credential helper: $helper"
  ;;
esac

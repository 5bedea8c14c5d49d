# Shared helpers of scripts/start.sh and scripts/test.sh (sourced, not run).
# They need only Node 20 and npm on the machine: yarn's release is fetched
# from the registry npm is configured with (the version `packageManager`
# pins) into .yarn/releases, where .yarnrc.yml's yarnPath expects it.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
YARN_VERSION="$(node -p "require('$REPO_ROOT/package.json').packageManager.split('@')[1]")"
YARN_RELEASE="$REPO_ROOT/.yarn/releases/yarn-$YARN_VERSION.cjs"

# The yarn release is a build artefact of the registry, not a project file.
ensure_yarn_release() {
  [ -f "$YARN_RELEASE" ] && return 0
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "@yarnpkg/cli-dist@$YARN_VERSION" >/dev/null &&
    tar xzf yarnpkg-cli-dist-*.tgz package/bin/yarn.js)
  mkdir -p "$(dirname "$YARN_RELEASE")"
  mv "$tmp/package/bin/yarn.js" "$YARN_RELEASE"
  rm -rf "$tmp"
}
ensure_yarn_release

yarn() {
  node "$YARN_RELEASE" "$@"
}

log() {
  printf '\n\033[1m==> %s\033[0m\n' "$*"
}

# yarn ignores ~/.npmrc: point it at npm's registry and CA bundle, and let
# node-gyp build native modules against the installed Node headers.
configure_registry() {
  local registry
  registry="$(npm config get registry)"
  export YARN_NPM_REGISTRY_SERVER="${registry%/}"
  if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
  fi
  if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node_version.h ]; then
    export npm_config_nodedir=/usr
  fi
}

install_dependencies() {
  configure_registry
  log "Installing dependencies (yarn $(yarn --version))"
  (cd "$REPO_ROOT" && yarn install --immutable)
}

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "Missing system packages: $*; install them (as root: apt-get install $*)." >&2
    return 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# Debian's Chromium for the browser tests (Playwright cannot download one here).
ensure_chromium() {
  if ! command -v chromium >/dev/null 2>&1; then
    log "Installing Debian chromium"
    apt_install chromium
  fi
  # The visual baselines are drawn with Noto Sans Mono as the monospace
  # font; without it fontconfig falls back to DejaVu Sans Mono.
  if ! fc-list -q 'Noto Sans Mono' 2>/dev/null; then
    log "Installing the monospace font of the visual baselines"
    apt_install fonts-noto-mono
  fi
  export CPIN_CHROMIUM_PATH="${CPIN_CHROMIUM_PATH:-$(command -v chromium)}"
}

# PostgreSQL on 127.0.0.1:5432, as production runs Backstage on it.
ensure_postgres() {
  export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
  if ! command -v pg_isready >/dev/null 2>&1; then
    log "Installing PostgreSQL"
    apt_install postgresql
  fi
  if pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
    return 0
  fi
  log "Starting PostgreSQL"
  if [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    pg_createcluster "$(ls /usr/lib/postgresql | sort -n | tail -n 1)" main -- --auth=trust
  fi
  local version
  version="$(ls /etc/postgresql | sort -n | tail -n 1)"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do
    pg_isready -q -h "$PGHOST" -p "$PGPORT" && return 0
    sleep 1
  done
  echo "PostgreSQL did not start on $PGHOST:$PGPORT" >&2
  return 1
}

# Waits until a URL answers with a 2xx status.
wait_for_url() {
  local url="$1" seconds="${2:-120}"
  for _ in $(seq 1 "$seconds"); do
    if curl -sf -o /dev/null "$url"; then
      return 0
    fi
    sleep 1
  done
  echo "Timed out waiting for $url" >&2
  return 1
}

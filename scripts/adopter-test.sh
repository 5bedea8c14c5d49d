#!/usr/bin/env bash
# Adopter test: packs every publishable package, serves the tarballs from a
# local npm registry, and installs them into a fresh Backstage 1.55 app
# (e2e/adopter-app, scaffolded by @backstage/create-app 0.9.2) by applying the
# README's "Installing the plugins into an existing Backstage app" steps and
# nothing else. Then boots the app's backend on PostgreSQL against the sandbox
# (itself installed from its tarball) and checks the catalog import, a card
# route, the cpin:* scaffolder actions and the platform sign-in.
# Expects dependencies installed; PostgreSQL on $PGHOST:$PGPORT.
# Ports: free ones in CPIN_ADOPTER_PORTS (default 7300-7399).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
configure_registry
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

RUN_ID="$(date +%s)_$$"
DB_PREFIX="cpin_adopter_${RUN_ID}_"
WORK="$(mktemp -d)"
LOGS="$REPO_ROOT/e2e-test-results/adopter"
APP="$WORK/app"
TARBALLS="$WORK/tarballs"
PIDS=()
PHASES=()
mkdir -p "$LOGS" "$TARBALLS"

cleanup() {
  for pid in "${PIDS[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  sleep 1
  psql -At -d postgres -c "SELECT datname FROM pg_database WHERE datname LIKE '${DB_PREFIX}%'" 2>/dev/null |
    while read -r db; do psql -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\"" || true; done
  local removing=$(date +%s)
  rm -rf "$WORK"
  echo "Cleaned up in $(( $(date +%s) - removing )) s"
}
trap cleanup EXIT

phase_started=$(date +%s)
phase() {
  local now
  now=$(date +%s)
  [ -n "${PHASE:-}" ] && PHASES+=("$PHASE: $((now - phase_started)) s")
  PHASE="$1"
  phase_started=$now
  log "$1"
}

# A free port in the configured range, from a random start.
free_port() {
  node -e '
    const net = require("net");
    const [lo, hi] = (process.env.CPIN_ADOPTER_PORTS || "7300-7399").split("-").map(Number);
    const taken = new Set(process.argv.slice(1).map(Number));
    const start = lo + Math.floor(Math.random() * (hi - lo + 1));
    const tryPort = i => {
      if (i > hi - lo) { console.error("no free port in " + lo + "-" + hi); process.exit(1); }
      const port = lo + ((start - lo + i) % (hi - lo + 1));
      if (taken.has(port)) return tryPort(i + 1);
      const server = net.createServer().once("error", () => tryPort(i + 1));
      server.listen(port, "127.0.0.1", () => server.close(() => console.log(port)));
    };
    tryPort(0);' "$@"
}

# Runs in its own process group, so cleanup stops it and its children.
start_bg() {
  local logfile="$1"
  shift
  setsid "$@" > "$logfile" 2>&1 &
  PIDS+=($!)
}

wait_for_line() {
  local file="$1" pattern="$2" seconds="$3"
  for _ in $(seq 1 "$seconds"); do
    grep -q "$pattern" "$file" 2>/dev/null && return 0
    sleep 1
  done
  echo "Timed out waiting for '$pattern' in $file" >&2
  tail -n 60 "$file" >&2
  return 1
}

phase "Building the publishable packages"
PUBLISHABLE=$(yarn workspaces list --json | node -e '
  const fs = require("fs");
  for (const line of fs.readFileSync(0, "utf8").trim().split("\n")) {
    const { location } = JSON.parse(line);
    const pkg = JSON.parse(fs.readFileSync(`${location}/package.json`, "utf8"));
    if (location !== "." && !pkg.private) console.log(location);
  }')
yarn tsc
for dir in $PUBLISHABLE; do
  (cd "$dir" && yarn backstage-cli package build) > "$LOGS/build-$(basename "$dir").log" 2>&1
done

phase "Packing them (backstage-cli package prepack/postpack around yarn pack)"
for dir in $PUBLISHABLE; do
  before=$(sha1sum < "$dir/package.json")
  (cd "$dir" && yarn pack --out "$TARBALLS/%s-%v.tgz") > "$LOGS/pack-$(basename "$dir").log"
  [ "$(sha1sum < "$dir/package.json")" = "$before" ] || { echo "postpack did not restore $dir/package.json" >&2; exit 1; }
done
ls -1 "$TARBALLS"

REGISTRY_PORT=$(free_port)
SANDBOX_PORT=$(free_port "$REGISTRY_PORT")
BACKEND_PORT=$(free_port "$REGISTRY_PORT" "$SANDBOX_PORT")
BACKEND_URL="http://127.0.0.1:$BACKEND_PORT"
start_bg "$LOGS/registry.log" node scripts/adopter/registry.mjs "$TARBALLS" "$REGISTRY_PORT"
wait_for_line "$LOGS/registry.log" '^ready' 30

phase "Installing the fresh app with the README's steps"
cp -r e2e/adopter-app "$APP"
# The app keeps its @backstage packages on the release the plugins are built
# against: the repository's pins, including any added since the fixture was made.
node -e '
  const fs = require("fs");
  const [root, app] = process.argv.slice(1).map(f => JSON.parse(fs.readFileSync(f, "utf8")));
  for (const [name, version] of Object.entries(root.resolutions))
    if (name.startsWith("@backstage/") && name !== "@backstage/repo-tools") app.resolutions[name] = version;
  fs.writeFileSync(process.argv[2], JSON.stringify(app, null, 2) + "\n");' package.json "$APP/package.json"
mkdir -p "$APP/.yarn/releases"
cp "$YARN_RELEASE" "$APP/.yarn/releases/"
# Publishing stand-in: the @cpin scope comes from the local registry.
cat >> "$APP/.yarnrc.yml" <<YAML

npmScopes:
  cpin:
    npmRegistryServer: "http://127.0.0.1:$REGISTRY_PORT"
unsafeHttpWhitelist:
  - 127.0.0.1
npmPreapprovedPackages:
  - '@backstage/*'
  - '@cpin/*'
YAML
# Tarballs of an earlier run share name and version: never reuse them.
cache_dir="$(cd "$APP" && node "$YARN_RELEASE" config get cacheFolder)"
rm -f "$cache_dir"/@cpin-*.zip
# The adopter's yarn (the app's own release).
mkdir -p "$WORK/bin"
printf '#!/bin/sh\nexec node "%s" "$@"\n' "$APP/.yarn/releases/$(basename "$YARN_RELEASE")" > "$WORK/bin/yarn"
chmod +x "$WORK/bin/yarn"
if ! (
  cd "$APP"
  export PATH="$WORK/bin:$PATH" YARN_ENABLE_IMMUTABLE_INSTALLS=false
  node "$REPO_ROOT/scripts/adopter/readmeSteps.mjs" "$REPO_ROOT/README.md" "$APP" app-config.cloud-pi.yaml
) > "$LOGS/install.log" 2>&1; then
  tail -n 60 "$LOGS/install.log" >&2
  exit 1
fi
grep -E '^\$ |^edited |^wrote |Done' "$LOGS/install.log"

phase "Type-checking the app (its App.tsx uses the published types)"
(cd "$APP" && yarn tsc) > "$LOGS/tsc.log" 2>&1 || { cat "$LOGS/tsc.log" >&2; exit 1; }

phase "Building the app's bundle (app.packages: all discovers the plugin)"
(cd "$APP" && yarn workspace app build) > "$LOGS/app-build.log" 2>&1 || { tail -n 60 "$LOGS/app-build.log" >&2; exit 1; }
grep -rlq 'cloud-pi-native' "$APP/packages/app/dist/static" ||
  { echo "The app bundle does not contain the Cloud π Native plugin" >&2; exit 1; }
echo "the app bundle contains the plugin ($(du -sh "$APP/packages/app/dist" | cut -f1))"

phase "Starting the sandbox from its tarball"
mkdir -p "$WORK/sandbox"
(
  cd "$WORK/sandbox"
  npm init -y > /dev/null
  npm install --no-audit --no-fund "--@cpin:registry=http://127.0.0.1:$REGISTRY_PORT/" @cpin/cloud-pi-sandbox
) > "$LOGS/sandbox-install.log" 2>&1
start_bg "$LOGS/sandbox.log" node scripts/adopter/startSandbox.cjs "$WORK/sandbox" "$SANDBOX_PORT" "$BACKEND_URL" "$WORK"
wait_for_line "$LOGS/sandbox.log" 'sandbox ready' 120

phase "Starting the app's backend (PostgreSQL, databases ${DB_PREFIX}*)"
USER_EMAIL=alice.martin@interieur.gouv.fr
# Test harness only: ports, database, the demo people, a sign-in without a browser.
cat > "$APP/app-config.adopter-test.yaml" <<YAML
app:
  baseUrl: $BACKEND_URL
backend:
  baseUrl: $BACKEND_URL
  listen:
    host: 127.0.0.1
    port: $BACKEND_PORT
  database:
    client: pg
    prefix: $DB_PREFIX
    connection:
      host: $PGHOST
      port: $PGPORT
      user: $PGUSER
      password: ${PGPASSWORD:-postgres}
auth:
  providers:
    guest:
      userEntityRef: user:default/${USER_EMAIL%@*}
catalog:
  locations:
    - type: file
      target: $WORK/users.yaml
      rules:
        - allow: [User]
YAML
(
  cd "$APP/packages/backend"
  set -a
  eval "$(node -e '
    for (const [k, v] of Object.entries(require(process.argv[1])))
      console.log(`${k}=${"\x27" + String(v).replaceAll("\x27", "\x27\\\x27\x27") + "\x27"}`);' "$WORK/sandbox.env.json")"
  set +a
  exec setsid node "$YARN_RELEASE" start \
    --config ../../app-config.yaml --config ../../app-config.cloud-pi.yaml --config ../../app-config.adopter-test.yaml
) > "$LOGS/backend.log" 2>&1 &
PIDS+=($!)
if ! wait_for_url "$BACKEND_URL/.backstage/health/v1/readiness" 300; then
  tail -n 80 "$LOGS/backend.log" >&2
  exit 1
fi

phase "Checking the catalog import, a card route, the actions and the sign-in"
node scripts/adopter/checks.mjs "$BACKEND_URL" "$APP" "$WORK/sandbox.env.json" "$USER_EMAIL" \
  plugins/scaffolder-backend-module-cloud-pi-native/README.md

phase "done"
log "Adopter test passed"
printf '  %s\n' "${PHASES[@]}"

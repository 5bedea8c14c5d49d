#!/usr/bin/env bash
# Browser end-to-end test: the built portal served by the backend, running with
# the production configuration on PostgreSQL, against the Cloud π sandbox, in
# Debian's Chromium. Expects dependencies installed and `yarn build:backend` done.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

RUN_ID="$(date +%s)_$$"
DB_PREFIX="cpin_e2e_${RUN_ID}_"
LOGS="$REPO_ROOT/e2e-test-results/logs"
mkdir -p "$LOGS" e2e-test-results/screenshots
E2E_CONFIG="$(mktemp --suffix=.yaml)"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  sleep 1
  # Drop the per-run databases the backend created (one per plugin).
  psql -At -d postgres -c "SELECT datname FROM pg_database WHERE datname LIKE '${DB_PREFIX}%'" 2>/dev/null |
    while read -r db; do psql -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\"" || true; done
  rm -f "$E2E_CONFIG"
}
trap cleanup EXIT

# Same production configuration, isolated in databases of this run.
cat > "$E2E_CONFIG" <<YAML
backend:
  database:
    prefix: ${DB_PREFIX}
YAML

log "Starting the Cloud π sandbox"
setsid node "$YARN_RELEASE" workspace @cpin/cloud-pi-sandbox start > "$LOGS/sandbox.log" 2>&1 &
PIDS+=($!)
wait_for_url "http://127.0.0.1:7180/console/api/v1/healthz" 120

log "Starting the backend (production config, PostgreSQL $PGHOST:$PGPORT)"
(
  cd packages/backend
  export APP_BASE_URL=http://localhost:7007
  export POSTGRES_HOST="$PGHOST" POSTGRES_PORT="$PGPORT" POSTGRES_USER="$PGUSER"
  export POSTGRES_PASSWORD="${PGPASSWORD:-postgres}"
  export KEYCLOAK_METADATA_URL=http://localhost:7180/realms/cloud-pi/.well-known/openid-configuration
  export KEYCLOAK_CLIENT_ID=backstage KEYCLOAK_CLIENT_SECRET=backstage-sandbox-secret
  export AUTH_SESSION_SECRET="e2e-$RUN_ID"
  # The same sources `yarn build:backend` bundles, run without a watcher.
  exec setsid node --require @backstage/cli/config/nodeTransform.cjs src/index.ts \
    --config ../../app-config.yaml --config ../../app-config.production.yaml --config "$E2E_CONFIG"
) > "$LOGS/backend.log" 2>&1 &
PIDS+=($!)
if ! wait_for_url "http://127.0.0.1:7007/.backstage/health/v1/readiness" 180; then
  tail -n 80 "$LOGS/backend.log" >&2
  exit 1
fi
# The backend must really run on PostgreSQL, not fall back to SQLite.
psql -At -d postgres -c "SELECT datname FROM pg_database WHERE datname = '${DB_PREFIX}catalog'" | grep -q catalog

log "Running the browser tests in Chromium"
yarn playwright test "$@"

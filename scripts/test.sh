#!/usr/bin/env bash
# Installs everything the suite needs (system packages, PostgreSQL, npm
# packages) and runs all of it: type check, lint, unit and integration tests of
# every package, the backend build and the browser end-to-end test.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
export CI=true
started=$(date +%s)

ensure_postgres
ensure_chromium
install_dependencies

log "Type check"
yarn tsc

log "Lint"
yarn lint:all

log "Unit and integration tests (PostgreSQL at $PGHOST:$PGPORT)"
export CPIN_TEST_POSTGRES_URL="${CPIN_TEST_POSTGRES_URL:-postgresql://$PGUSER@$PGHOST:$PGPORT/postgres}"
yarn test

log "Backend build (includes the app bundle)"
yarn build:backend

log "Browser end-to-end tests"
bash scripts/e2e.sh

log "All checks passed in $(( $(date +%s) - started )) s"

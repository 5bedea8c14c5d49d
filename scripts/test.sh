#!/usr/bin/env bash
# Installs everything the suite needs (system packages, PostgreSQL, npm
# packages) and runs all of it: type check, lint, package metadata and API
# report checks, unit and integration tests of every package, the backend
# build, the browser end-to-end test and the adopter test.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
export CI=true
started=$(date +%s)

ensure_postgres
ensure_chromium
install_dependencies

# A full, non-incremental compile: the API reports are made from its output,
# and TypeScript prints some inferred types in an order that depends on how
# the program was checked, so the check must compile as \`yarn build:api-reports\` does.
log "Type check"
yarn tsc:full

log "Lint"
yarn lint:all

log "Package metadata (run \`yarn fix --publish\` when this fails)"
yarn fix --publish --check

log "API reports (run \`yarn build:api-reports\` and commit the reports when this fails)"
yarn build:api-reports:only --ci

log "Unit and integration tests (PostgreSQL at $PGHOST:$PGPORT)"
export CPIN_TEST_POSTGRES_URL="${CPIN_TEST_POSTGRES_URL:-postgresql://$PGUSER@$PGHOST:$PGPORT/postgres}"
yarn test

log "Backend build (includes the app bundle)"
yarn build:backend

log "Browser end-to-end tests"
bash scripts/e2e.sh

log "Adopter test: the packed packages in a fresh Backstage app, by the README's steps"
bash scripts/adopter-test.sh

log "All checks passed in $(( $(date +%s) - started )) s"

#!/usr/bin/env bash
# Installs the dependencies and starts the portal on the embedded Cloud π
# sandbox: http://localhost:3000 (app), :7007 (backend), :7180 (sandbox).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

configure_registry
log "Installing dependencies"
yarn install
log "Starting the sandbox and the portal (Ctrl+C stops both)"
exec node "$YARN_RELEASE" start

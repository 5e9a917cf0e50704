#!/usr/bin/env bash
# Starts the whole product locally: frontend on :3000, backend on :7007,
# SQLite under .guardrails/, example data loaded. Ctrl-C stops it.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_deps
mkdir -p "$GUARDRAILS_ROOT/.guardrails/sqlite"
cd "$GUARDRAILS_ROOT"
exec npx backstage-cli repo start "$@"

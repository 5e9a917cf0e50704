#!/usr/bin/env bash
# Starts the whole product locally: frontend on :3000, backend on :7007,
# the local git server that templates publish to on :7009, SQLite under
# .guardrails/, example data loaded. Ctrl-C stops it all.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_deps
mkdir -p "$GUARDRAILS_ROOT/.guardrails/sqlite"
cd "$GUARDRAILS_ROOT"

# In its own process group, so that the trap stops node too, not just npm.
setsid npm run start --workspace @guardrails/local-git-server &
git_server=$!
trap 'kill -- -$git_server 2>/dev/null' EXIT

npx backstage-cli repo start "$@"

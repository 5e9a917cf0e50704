#!/usr/bin/env bash
# Benchmarks (npm run bench): prints figures, asserts nothing. Starts the
# local git server and a backend with a fresh in-memory database unless
# BACKEND_URL points at a running one.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_deps
cd "$GUARDRAILS_ROOT"

if [ -z "${BACKEND_URL:-}" ]; then
  export GUARDRAILS_GIT_ROOT="$(mktemp -d)"
  # Each in its own process group, so that the trap stops their children too.
  (cd packages/local-git-server && exec setsid npm start --silent) &
  git_server=$!
  (cd packages/backend && exec setsid npx backstage-cli package start \
    --config ../../app-config.yaml --config ../../app-config.e2e.yaml) >/dev/null 2>&1 &
  backend=$!
  trap 'kill -- -$git_server -$backend 2>/dev/null; rm -rf "$GUARDRAILS_GIT_ROOT"' EXIT
  echo "[guardrails] Waiting for the backend" >&2
  for _ in $(seq 1 180); do
    curl -sf http://localhost:7007/.backstage/health/v1/readiness >/dev/null && break
    sleep 1
  done
  # The catalog ingests the templates shortly after start.
  sleep 10
fi

node scripts/bench/templates.mjs

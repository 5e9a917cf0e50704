#!/usr/bin/env bash
# Benchmarks (npm run bench): prints figures, asserts nothing, and writes
# the figures of the run to bench/RESULTS.md.
#   1. template-to-registered time (scripts/bench/templates.mjs), against a
#      backend with a fresh in-memory database unless BACKEND_URL is set;
#   2. scale: BENCH_APPS (10000) governed apps on SQLite and PostgreSQL
#      (scripts/bench/scale.mjs);
#   3. the Tech Insights peer on the same workload (scripts/bench/peer.mjs);
#   4. audit-verify: the offline verifier on an export of 1,000,000 audit
#      events (scripts/bench/auditVerify.mjs);
#   5. audit-append: audit appends per second on PostgreSQL, two processes
#      appending to one chain (scripts/bench/auditAppend.mjs).
# BENCH_SKIP=templates,scale,peer,audit-verify,audit-append leaves phases out
# (for development).
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_deps
cd "$GUARDRAILS_ROOT"

skip="${BENCH_SKIP:-}"
out="$GUARDRAILS_ROOT/.cache/bench/last"
rm -rf "$out" && mkdir -p "$out"
export BENCH_OUT="$out/scale.json" PEER_OUT="$out/peer.json"

if [[ ",$skip," != *,templates,* ]]; then
  (
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
    node scripts/bench/templates.mjs | tee "$out/templates.txt"
  ) || echo "[guardrails] The template benchmark failed; going on" >&2
fi

if [[ ",$skip," != *,scale,* ]]; then
  node scripts/bench/scale.mjs || echo "[guardrails] The scale benchmark failed; going on" >&2
fi

if [[ ",$skip," != *,peer,* ]]; then
  peer=.cache/peer-bench/tech-insights
  if [ ! -d "$peer/node_modules" ]; then
    echo "[guardrails] Installing the Tech Insights peer in $peer" >&2
    mkdir -p "$peer"
    rsync -a --exclude node_modules --exclude results \
      "${PEER_BENCH_SRC:-/work/shared/peer-bench/tech-insights}/" "$peer/"
    chmod -R u+w "$peer"
    (cd "$peer" && npm ci --no-audit --no-fund)
  fi
  node scripts/bench/peer.mjs || echo "[guardrails] The peer benchmark failed; going on" >&2
fi

if [[ ",$skip," != *,audit-verify,* ]]; then
  node scripts/bench/auditVerify.mjs || echo "[guardrails] The audit-verify benchmark failed; going on" >&2
fi

if [[ ",$skip," != *,audit-append,* ]]; then
  BENCH_APPEND_OUT="$out/audit-append.json" node scripts/bench/auditAppend.mjs ||
    echo "[guardrails] The audit-append benchmark failed; going on" >&2
fi

node scripts/bench/report.mjs
npx prettier --write bench/RESULTS.md >/dev/null

#!/usr/bin/env bash
# The full test suite: type check, lint, unit and integration tests on SQLite
# and PostgreSQL, app build, browser tests in Chromium, and the install test
# (scripts/install-test.sh). Any failure fails it.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_deps
cd "$GUARDRAILS_ROOT"

step() { echo; echo "=== $* ==="; }

ensure_postgres() {
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    if command -v pg_ctlcluster >/dev/null 2>&1; then
      echo "[guardrails] Starting the local PostgreSQL server" >&2
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
      for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    fi
  fi
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    echo "[guardrails] PostgreSQL is not reachable at 127.0.0.1:5432; the database tests need it" >&2
    exit 1
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null 2>&1; then
    echo "[guardrails] Installing Debian's Chromium for the browser tests" >&2
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
  fi
}

step "Type check"
npx tsc --noEmit

step "Lint"
npx backstage-cli repo lint
npx prettier --check .

step "Contracts: OpenAPI spec, config schema, API and SQL reports, changesets"
bash scripts/openapi.sh
bash scripts/config-check.sh
bash scripts/check-reports.sh
npx changeset status >/dev/null

step "Unit and integration tests (SQLite and PostgreSQL)"
ensure_postgres
# No Docker here: database tests use SQLite and the PostgreSQL server above.
export BACKSTAGE_TEST_DISABLE_DOCKER=1
CI=true npx backstage-cli repo test --ci

step "Build the app"
(cd packages/app && npx backstage-cli package build)

step "Browser tests (Chromium)"
ensure_chromium
npx playwright test

step "Install test: the packages in a fresh create-app app, by the README"
bash scripts/install-test.sh

echo
echo "All checks passed."

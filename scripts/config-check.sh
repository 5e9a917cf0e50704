#!/usr/bin/env bash
# Checks the app-config files against the config schemas of every package
# (each package's config.d.ts, registered by "configSchema" in its
# package.json), as an adopter's `backstage-cli config:check` would:
#
#   bash scripts/config-check.sh
#
# --strict makes a key that no schema declares an error, so a key that is
# misspelled, unused or read without a config.d.ts entry fails here. Both
# the local config and the production overlay are checked. Exits non-zero on
# any problem.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_deps
cd "$GUARDRAILS_ROOT"

# The production overlay reads these from the environment; placeholders let
# the check see every key (they are never used to connect).
export POSTGRES_HOST="${POSTGRES_HOST:-localhost}"
export POSTGRES_PORT="${POSTGRES_PORT:-5432}"
export POSTGRES_USER="${POSTGRES_USER:-postgres}"
export POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-config-check}"

failed=()
check() {
  local name="$1"
  shift
  echo "[config] $name"
  if ! npx backstage-cli config:check --strict "$@"; then
    failed+=("$name")
  fi
}

check "app-config.yaml" --config app-config.yaml
check "app-config.yaml + app-config.production.yaml" \
  --config app-config.yaml --config app-config.production.yaml

if [ "${#failed[@]}" -gt 0 ]; then
  echo "[config] Does not match the config schemas: ${failed[*]}" >&2
  echo "[config] Declare each key in the config.d.ts of the package that reads it." >&2
  exit 1
fi
echo "[config] ok"

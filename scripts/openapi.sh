#!/usr/bin/env bash
# The governance REST contract, plugins/governance-backend/src/schema/openapi.yaml.
#
#   bash scripts/openapi.sh            verify (the default; CI runs this)
#   bash scripts/openapi.sh generate   regenerate the code and the README table
#
# verify fails (non-zero) when the spec breaks Backstage's OpenAPI rules, or
# when the spec and anything made from it disagree: the backend's typed router,
# the client in governance-common, or the route table of the backend README.
# Whether every route the backend serves is in the spec (and the reverse) is
# checked by the backend's tests, on the running router.
#
# No Java is needed: repo-tools' own generator (openapi-generator) downloads
# its jar from Maven Central at first use, which this project's machines and
# CI cannot reach, so scripts/openapi/generate.js writes the code instead.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source scripts/env.sh >/dev/null
BACKEND=plugins/governance-backend

repo_tools() {
  # repo-tools imports the generated router.ts; Backstage's transform loads
  # it (Node's own type stripping would load it as ESM, without `default`).
  NODE_OPTIONS="--no-experimental-strip-types --require $ROOT/node_modules/@backstage/cli/config/nodeTransform.cjs" \
    npx --no-install backstage-repo-tools "$@"
}

case "${1:-verify}" in
  generate)
    node scripts/openapi/generate.js
    node scripts/openapi-routes.js --write
    ;;
  verify)
    echo "[openapi] Backstage's OpenAPI lint rules"
    repo_tools repo schema openapi lint "$BACKEND"
    echo "[openapi] spec and generated router (repo-tools validate)"
    repo_tools repo schema openapi validate "$BACKEND"
    echo "[openapi] spec and all generated code"
    node scripts/openapi/generate.js --check
    echo "[openapi] spec and README route table"
    node scripts/openapi-routes.js --check
    ;;
  *)
    echo "usage: bash scripts/openapi.sh [verify|generate]" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# The committed reports of every package, checked against the code as
# Backstage's own repositories do (@backstage/repo-tools):
#
#   report.api.md, report-<entry>.api.md   the public API (API Extractor), with
#                                         release tags validated; no warnings
#   plugins/governance-backend/report.sql.md  the schema the migrations build
#   knip-report.md                         unused and unlisted dependencies
#
#   bash scripts/check-reports.sh         check (CI runs this): fails on drift
#   bash scripts/check-reports.sh --fix   regenerate the reports instead
#
# The declarations API Extractor reads (dist-types/) come from the root tsc;
# repo-tools' own `--tsc` would run it through yarn, which this repo has not.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_deps
cd "$GUARDRAILS_ROOT"

MODE=check
case "${1:-}" in
  "") ;;
  --fix) MODE=fix ;;
  *)
    echo "usage: bash scripts/check-reports.sh [--fix]" >&2
    exit 2
    ;;
esac
CI_FLAG=()
[ "$MODE" = check ] && CI_FLAG=(--ci)

failed=()
fail_hint() {
  echo
  echo "[reports] Out of date or failing: ${failed[*]}"
  echo "[reports] Regenerate with 'bash scripts/check-reports.sh --fix', review the"
  echo "[reports] changes (an API change needs a changeset) and commit them."
}

# knip's Playwright plugin loads playwright.config.ts, which needs a Chromium
# path; knip only reads the config and never starts the browser.
export CHROMIUM_PATH="${CHROMIUM_PATH:-chromium}"
# repo-tools writes knip.json at the root while it runs and removes it only
# when every report matches.
knip_config_existed=false
[ -e knip.json ] && knip_config_existed=true
cleanup() { [ "$knip_config_existed" = true ] || rm -f knip.json; }
LOGS="$(mktemp -d)"
trap 'cleanup; rm -rf "$LOGS"' EXIT

# knip does not need the declarations: run it beside tsc (tsc uses one core).
echo "[reports] knip reports and declarations (tsc), side by side"
npx backstage-repo-tools knip-reports "${CI_FLAG[@]}" > "$LOGS/knip.log" 2>&1 &
knip_pid=$!

if ! npx tsc --incremental false > "$LOGS/tsc.log" 2>&1; then
  cat "$LOGS/tsc.log"
  if [ "$MODE" = check ]; then
    wait "$knip_pid" || true
    echo "[reports] The type check fails; fix it first (npx tsc --noEmit)." >&2
    exit 1
  fi
  echo "[reports] The type check fails; the reports show the declarations as emitted." >&2
fi

if wait "$knip_pid"; then
  echo "[reports] knip reports: ok"
else
  cat "$LOGS/knip.log"
  failed+=("knip reports")
fi

echo "[reports] API and SQL reports"
if npx backstage-repo-tools api-reports "${CI_FLAG[@]}" --sql-reports \
  -o ae-wrong-input-file-type,ae-undocumented --validate-release-tags \
  > "$LOGS/api.log" 2>&1; then
  echo "[reports] API and SQL reports: ok"
else
  cat "$LOGS/api.log"
  failed+=("API/SQL reports")
fi

if [ "${#failed[@]}" -gt 0 ]; then
  fail_hint
  exit 1
fi
if [ "$MODE" = fix ]; then
  git status --short -- '*report*.md'
  echo "[reports] Regenerated; review and commit the changed reports."
else
  echo "[reports] Every report matches the code."
fi

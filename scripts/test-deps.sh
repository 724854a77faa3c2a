#!/usr/bin/env bash
# Installs and starts what the test suite needs beyond the .NET SDK: Debian's Chromium (browser tests),
# the npm clients (Web Chat, Direct Line JS, Agents Playground) and a PostgreSQL server on loopback.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || [ -x /usr/lib/postgresql/15/bin/postgres ] || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} from Debian..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# The npm clients the browser and protocol tests use (versions pinned in tools/web/package.json).
if [ -f tools/web/package.json ] && [ ! -d tools/web/node_modules ]; then
  echo "Installing npm packages in tools/web..."
  (cd tools/web && npm install --no-audit --no-fund --loglevel=error)
fi

# PostgreSQL on loopback for the store tests; the connection string is exported by scripts/test.sh.
bash scripts/postgres-start.sh

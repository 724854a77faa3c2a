#!/usr/bin/env bash
# Runs every test: installs what the tests need (scripts/test-deps.sh), then the whole solution's tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-deps.sh
export CROYDONBOT_TEST_POSTGRES="${CROYDONBOT_TEST_POSTGRES:-Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres}"
dotnet test CroydonBot.sln --logger "console;verbosity=normal" "$@"

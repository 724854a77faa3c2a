#!/usr/bin/env bash
# Runs every test: installs what the tests need (scripts/test-deps.sh), then the whole solution's tests,
# and ends with one summary line ("tests: N passed, N failed") over all test projects.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-deps.sh
export CROYDONBOT_TEST_POSTGRES="${CROYDONBOT_TEST_POSTGRES:-Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres}"
log=$(mktemp)
status=0
dotnet test CroydonBot.sln --logger "console;verbosity=normal" --blame-hang-timeout 15m --blame-hang-dump-type none "$@" 2>&1 | tee "$log" || status=$?
awk '/^[[:space:]]+Passed: [0-9]+[[:space:]]*$/ { p += $2 }
     /^[[:space:]]+Failed: [0-9]+[[:space:]]*$/ { f += $2 }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit $status

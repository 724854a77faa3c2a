#!/usr/bin/env bash
# Replays the attacks of the issue-14 security test against the real app (its own process on Kestrel over loopback,
# Production, shipped defaults) and prints each attack with its result. The attacks are the tests of
# tests/CroydonBot.IntegrationTests/Security/Replay/AttackReplayTests.cs (also part of scripts/test.sh).
# Usage: bash scripts/attack-replay.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
status=0
dotnet test tests/CroydonBot.IntegrationTests "$@" --filter "Category=AttackReplay" --logger "console;verbosity=normal" >"$log" 2>&1 || status=$?
echo "Attack replay against the app in its default settings ($(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD)):"
# "  Passed CroydonBot...AttackReplayTests.Finding3_X(arg) [2 s]" -> "HOLDS  Finding3: X(arg)"
grep -E '^\s+(Passed|Failed) CroydonBot\.IntegrationTests\.Security\.Replay\.' "$log" \
  | sed -E 's/^\s+Passed [^ ]*AttackReplayTests\./HOLDS  /; s/^\s+Failed [^ ]*AttackReplayTests\./FAILS  /; s/ \[[^]]*\]$//; s/_/: /' \
  | sort -t: -k1,1 -s
grep -E '^\s+(Passed|Failed): [0-9]+' "$log" | tr -s ' ' || true
if [ $status -ne 0 ]; then
  echo "Some attacks were not held (or the run failed); the full log: $log"
else
  rm -f "$log"
fi
exit $status

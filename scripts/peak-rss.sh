#!/bin/bash
# Peak RSS of the integration tests' testhost while one test class runs (docs/performance.md, "Round AE (lead)").
# usage: bash scripts/peak-rss.sh CLASS_NAME [OUT_PREFIX]   (build first: dotnet build tests/CroydonBot.IntegrationTests -c Release)
set -u
class="$1"; out="${2:-/tmp/peak-rss-$1}"
rm -f "$out.done"
( dotnet test tests/CroydonBot.IntegrationTests -c Release --no-build --filter "FullyQualifiedName~$class" > "$out.log" 2>&1; echo done > "$out.done" ) &
peak=0
while [ ! -f "$out.done" ]; do
  for p in $(pgrep -f testhost); do
    r=$(awk '/VmRSS/{print $2}' "/proc/$p/status" 2>/dev/null)
    if [ -n "$r" ] && [ "$r" -gt "$peak" ]; then peak=$r; fi
  done
  sleep 0.5
done
echo "peak RSS: $((peak / 1024)) MB"
tail -1 "$out.log"

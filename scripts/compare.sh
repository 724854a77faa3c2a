#!/usr/bin/env bash
# Scores eval files on two running bots (a base and a candidate) and lists the cases each one gets right that the
# other does not, so a change is judged over every file, not the one it was aimed at.
# Usage: scripts/compare.sh BASE_PORT NEW_PORT FILE...   (bots run with --environment Development --RateLimits:Enabled=false)
set -euo pipefail
base=$1; new=$2; shift 2
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
for f in "$@"; do
  n=$(basename "$f" .jsonl)
  python3 "$here/score-batch.py" "$f" "http://127.0.0.1:$base/api/messages" "$out/$n.base.json" > "$out/$n.base.txt" &
  python3 "$here/score-batch.py" "$f" "http://127.0.0.1:$new/api/messages" "$out/$n.new.json" > "$out/$n.new.txt"
  wait
  python3 - "$f" "$out/$n.base.json" "$out/$n.new.json" "$out/$n.base.txt" "$out/$n.new.txt" <<'PY'
import json, sys
f, b, n, bt, nt = sys.argv[1:]
bm = {m["id"] for m in json.load(open(b))}; nm = {m["id"] for m in json.load(open(n))}
allb = [l for l in open(bt) if l.startswith("ALL")][0].split()[1]
alln = [l for l in open(nt) if l.startswith("ALL")][0].split()[1]
print(f"{f}: base {allb} new {alln}  fixed {sorted(bm - nm)}  lost {sorted(nm - bm)}")
PY
done
rm -rf "$out"

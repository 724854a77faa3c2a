#!/usr/bin/env python3
"""Asks every case of eval files of two running bots and compares the full replies, turn by turn: each activity's kind,
text, attachments (cards) and suggested actions, in order. For changes that must not change any reply (performance work).
Single cases ("question", optional "context") and multi-turn scripts ("turns"), each in a fresh conversation on each bot.
Usage: python3 scripts/reply-diff.py BASE_PORT NEW_PORT FILE.jsonl... [--workers N] [--out DIFFS.jsonl]
Prints per file how many turns were asked and how many differ, and each difference (id, turn, both replies); exits 1 when
any differs. Run the bots with --environment Development --RateLimits:Enabled=false (loopback serviceUrls, bursts)."""
import json, sys, uuid, urllib.request, urllib.error
from concurrent.futures import ThreadPoolExecutor

def strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for k in sorted(o):
            yield from strings(o[k])
    elif isinstance(o, list):
        for v in o: yield from strings(v)

def send(port, conv, user, text):
    body = {"type": "message", "id": str(uuid.uuid4()), "channelId": "test", "serviceUrl": "http://localhost:9/",
            "conversation": {"id": conv}, "from": {"id": user}, "recipient": {"id": "bot"},
            "deliveryMode": "expectReplies", "text": text, "locale": "en-GB"}
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/messages", json.dumps(body).encode(), {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            data = json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        return [f"http{e.code}"]
    acts = data.get("activities", []) if isinstance(data, dict) else []
    out = []
    for a in acts:
        cd = a.get("channelData") if isinstance(a.get("channelData"), dict) else {}
        out.append(" | ".join([str(a.get("type")), str(cd.get("kind")), a.get("text") or "",
                               json.dumps(list(strings(a.get("attachments") or []))),
                               json.dumps(list(strings(a.get("suggestedActions") or {})))]))
    return out

def play(port, case):
    conv, user = "diff-" + uuid.uuid4().hex, "u-" + uuid.uuid4().hex
    if "turns" in case:
        return [send(port, conv, user, t["question"]) for t in case["turns"]]
    for c in case.get("context") or []:
        send(port, conv, user, c)
    return [send(port, conv, user, case["question"])]

def main():
    args = sys.argv[1:]
    workers, out = 6, None
    if "--workers" in args:
        i = args.index("--workers"); workers = int(args[i + 1]); del args[i:i + 2]
    if "--out" in args:
        i = args.index("--out"); out = open(args[i + 1], "w"); del args[i:i + 2]
    if len(args) < 3:
        sys.exit("usage: python3 scripts/reply-diff.py BASE_PORT NEW_PORT FILE.jsonl... [--workers N] [--out DIFFS.jsonl]")
    base, new, files = args[0], args[1], args[2:]
    total = differ = 0
    with ThreadPoolExecutor(workers) as pool:
        for f in files:
            cases = [json.loads(l) for l in open(f) if l.strip()]
            fa = pool.map(lambda c: play(base, c), cases)
            fb = pool.map(lambda c: play(new, c), cases)
            n = d = 0
            for case, ra, rb in zip(cases, fa, fb):
                for i, (a, b) in enumerate(zip(ra, rb)):
                    n += 1
                    if a != b:
                        d += 1
                        print(f"DIFF {f} {case.get('id')} turn {i + 1}\n  base: {a}\n  new:  {b}")
                        if out: out.write(json.dumps({"file": f, "id": case.get("id"), "turn": i + 1, "base": a, "new": b}) + "\n")
            print(f"{f}: {n} turns, {d} differ", flush=True)
            total += n; differ += d
    print(f"ALL: {total} turns, {differ} differ")
    sys.exit(1 if differ else 0)

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Round AO (follow-ao): would "answer a follow-up on its own when its own words retrieve confidently" pay?
Every follow-up answer turn (turn 2 on) of the multiturn scripts whose base misses are in MISSES_DIR (NAME.misses.json per
eval/NAME.jsonl; a script with no misses entry was right on every turn) is sent alone, in a fresh conversation, to a running bot
and judged as score-batch.py judges it; the reply's kind, confidence and first cited section are kept. Then, for several cuts of
"stands on its own" (alone confidence, length, no pointing word), the turns such a rule would answer alone: fixed (wrong in
context, right alone) and lost (right in context, wrong alone). Per turn only: a changed answer may also change later turns.
Usage: python3 scripts/follow-up-standalone.py MISSES_DIR PORT [OUT.json]   (run from the repository root)"""
import json, sys, glob, os, uuid, urllib.request

misses_dir, port = sys.argv[1], sys.argv[2]
out_file = sys.argv[3] if len(sys.argv) > 3 else "follow-up-standalone.json"
from scorer import load_scorer
scorer = load_scorer(port)  # strings() and judge(), exactly as score-batch.py judges

def ask(text):
    conv = "alone-" + uuid.uuid4().hex
    body = {"type": "message", "id": str(uuid.uuid4()), "channelId": "test", "serviceUrl": "http://localhost:9/",
            "conversation": {"id": conv}, "from": {"id": "u" + conv}, "recipient": {"id": "bot"},
            "deliveryMode": "expectReplies", "text": text, "locale": "en-GB"}
    req = urllib.request.Request(scorer.URL, json.dumps(body).encode(), {"Content-Type": "application/json"})
    acts = json.loads(urllib.request.urlopen(req, timeout=30).read() or b"{}").get("activities", [])
    cds = [a["channelData"] for a in acts if isinstance(a.get("channelData"), dict) and a["channelData"].get("kind")]
    cd = cds[0] if cds else {}
    text = "\n".join(s for a in acts for s in ([a.get("text") or ""] + list(scorer.strings(a.get("attachments") or [])) + list(scorer.strings(a.get("suggestedActions") or {}))))
    return cd.get("kind", "none"), text, cd.get("confidence"), (cd.get("sources") or [None])[0]

rows = []
for mf in sorted(glob.glob(os.path.join(misses_dir, "multiturn-*.misses.json"))):
    name = os.path.basename(mf).replace(".misses.json", "")
    miss = {m["id"]: m for m in json.load(open(mf))}
    for line in open("eval/%s.jsonl" % name):
        if not line.strip():
            continue
        c = json.loads(line)
        for i, t in enumerate(c["turns"]):
            if i == 0 or t["expect"] != "answer":
                continue
            kind, text, conf, src = ask(t["question"])
            rows.append({"id": c["id"], "turn": i + 1, "q": t["question"], "ctx_ok": miss[c["id"]]["ok"][i] if c["id"] in miss else True,
                         "alone_ok": scorer.judge(t, kind, text), "kind": kind, "conf": conf, "src": src})
json.dump(rows, open(out_file, "w"), indent=0)

POINTING = {"it", "that", "they", "them", "this", "those", "there", "he", "she", "then", "one"}
def cut(label, sel):
    s = [r for r in rows if r["kind"] == "answer" and sel(r)]
    fixed = sum(1 for r in s if not r["ctx_ok"] and r["alone_ok"]); lost = sum(1 for r in s if r["ctx_ok"] and not r["alone_ok"])
    print(f"{label:55s} touched {len(s):5d}  fixed {fixed:4d}  lost {lost:4d}")
print(f"follow-up answer turns {len(rows)}, right in context {sum(r['ctx_ok'] for r in rows)}, right alone {sum(r['alone_ok'] for r in rows)}, "
      f"wrong in context but right alone {sum(1 for r in rows if not r['ctx_ok'] and r['alone_ok'])}")
cut("answered alone whenever alone gives an answer", lambda r: True)
cut("  alone confidence 1.0", lambda r: r["conf"] == 1)
cut("  alone confidence 1.0, 8 words or more", lambda r: r["conf"] == 1 and len(r["q"].split()) >= 8)
cut("  alone confidence 1.0, 12 words or more", lambda r: r["conf"] == 1 and len(r["q"].split()) >= 12)
cut("  alone confidence 0.9 or more, no pointing word", lambda r: (r["conf"] or 0) >= 0.9 and not POINTING & set(r["q"].lower().split()))

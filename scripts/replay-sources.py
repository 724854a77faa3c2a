#!/usr/bin/env python3
"""replay-sources.py PORT OUT.json FILES...: plays every script of each multiturn file against a running bot, keeping each
turn's reply kinds, cited sources (channelData.sources, "guide-x.md#N" = the guide's N-th "##" section) and text."""
import json, sys, urllib.request, uuid, concurrent.futures as cf
port, out, files = sys.argv[1], sys.argv[2], sys.argv[3:]
def ask(conv, text):
    body = {"type": "message", "id": str(uuid.uuid4()), "channelId": "test", "serviceUrl": "http://localhost:9/",
            "conversation": {"id": conv}, "from": {"id": "u-" + conv}, "recipient": {"id": "bot"},
            "deliveryMode": "expectReplies", "text": text, "locale": "en-GB"}
    r = urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/api/messages", json.dumps(body).encode(), {"Content-Type": "application/json"}), timeout=60)
    d = json.loads(r.read() or b"{}")
    kinds, srcs, texts = [], [], []
    for a in d.get("activities", []):
        cd = a.get("channelData") if isinstance(a.get("channelData"), dict) else {}
        kinds.append(cd.get("kind")); srcs += cd.get("sources") or []; texts.append(a.get("text") or "")
    return {"kinds": kinds, "sources": srcs, "text": "\n".join(texts)}
def run(case):
    conv = "rp-" + uuid.uuid4().hex
    return case["id"], [ask(conv, t["question"]) for t in case["turns"]]
cases = []
for f in files:
    for l in open(f):
        if l.strip():
            c = json.loads(l); c["file"] = f; cases.append(c)
res = {}
with cf.ThreadPoolExecutor(int(__import__("os").environ.get("THREADS","4"))) as ex:
    for cid, turns in ex.map(run, cases): res[cid] = turns
json.dump(res, open(out, "w"))
print(len(res), "scripts")

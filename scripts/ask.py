#!/usr/bin/env python3
"""Plays one conversation against a running CroydonBot and prints each reply's kind and text.
Usage: python3 scripts/ask.py PORT "first message" ["next message" ...]"""
import json, sys, urllib.request, uuid

port, messages = sys.argv[1], sys.argv[2:]
conv, user = "ask-" + uuid.uuid4().hex, "u-" + uuid.uuid4().hex
for text in messages:
    body = {"type": "message", "id": str(uuid.uuid4()), "channelId": "test", "serviceUrl": "http://localhost:9/",
            "conversation": {"id": conv}, "from": {"id": user}, "recipient": {"id": "bot"},
            "deliveryMode": "expectReplies", "text": text, "locale": "en-GB"}
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/messages", json.dumps(body).encode(),
                                 {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        data = json.loads(r.read() or b"{}")
    print(f">>> {text}")
    for a in data.get("activities", []):
        kind = (a.get("channelData") or {}).get("kind") if isinstance(a.get("channelData"), dict) else None
        print(f"[{kind}] {a.get('text') or ''}")
        for att in a.get("attachments") or []:
            print("  (card)", json.dumps(att.get("content"))[:600])
        if a.get("suggestedActions"):
            print("  buttons:", [x.get("title") for x in a["suggestedActions"].get("actions", [])])

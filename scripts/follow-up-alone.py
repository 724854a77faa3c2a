#!/usr/bin/env python3
"""Round AN (follow-an): sorts the failing follow-up turns of the multiturn scripts by class and asks each one alone.
For every failing answer turn after the first (from a directory of score-batch.py misses, NAME.misses.json per eval/NAME.jsonl),
the turn is sent alone in a fresh conversation to a running bot and judged as score-batch.py judges it: would the message,
read as a question of its own, have been answered right? Also counted: turns after a wrong turn (leaning on a wrong answer),
after an aside (a turn not expecting an answer), and asking whom to ask or how to complain.
Usage: python3 scripts/follow-up-alone.py MISSES_DIR PORT [OUT.json]   (run from the repository root)"""
import json, sys, glob, os, re, uuid

misses_dir, port = sys.argv[1], sys.argv[2]
out_file = sys.argv[3] if len(sys.argv) > 3 else "follow-up-alone.json"
from scorer import load_scorer
scorer = load_scorer(port)  # send() and judge(), exactly as score-batch.py judges

WHOM = re.compile(r"\b(complain|complaint|escalat|who do i (ask|contact|talk|speak|tell|go to)|who (can|should) i|never turns? up"
                  r"|ignor|who (else|do|can))", re.I)
rows = []
for mf in sorted(glob.glob(os.path.join(misses_dir, "multiturn-*.misses.json"))):
    name = os.path.basename(mf).replace(".misses.json", "")
    cases = {json.loads(l)["id"]: json.loads(l) for l in open("eval/%s.jsonl" % name) if l.strip()}
    for m in json.load(open(mf)):
        turns = cases[m["id"]]["turns"]
        for i, t in enumerate(turns):
            if i == 0 or m["ok"][i] or t["expect"] != "answer":
                continue
            conv = "alone-" + uuid.uuid4().hex
            kind, text = scorer.send(conv, "u" + conv, t["question"])
            rows.append({"id": m["id"], "turn": i + 1, "q": t["question"], "prev_ok": m["ok"][i - 1],
                         "aside_before": any(x["expect"] != "answer" for x in turns[1:i]), "alone_ok": scorer.judge(t, kind, text),
                         "got": m["got"][i]})
json.dump(rows, open(out_file, "w"), indent=1)
def line(label, sel):
    print(f"{label:55s} {len(sel):4d}  right alone {sum(r['alone_ok'] for r in sel):4d}")
line("failing follow-up answer turns", rows)
line("  of 8 words or more (a question of its own?)", [r for r in rows if len(r["q"].split()) >= 8])
line("  after a wrong turn", [r for r in rows if not r["prev_ok"]])
line("  after an aside (a turn expecting no answer)", [r for r in rows if r["aside_before"]])
line("  whom to ask / how to complain", [r for r in rows if WHOM.search(r["q"])])

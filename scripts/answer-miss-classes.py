#!/usr/bin/env python3
"""answer-miss-classes.py MISSES_DIR [EVAL_DIR] [-v]: the failing single-question turns (every turn of quality-*, turn 1 of
multiturn-*; -by/-bz left out) sorted by cause (round AO, answer-ao):
  a  the expected words are in no guide paragraph or seed file (a content gap, or words the guide says differently);
  b  the reply came from another section than any holding the expected words (the young person's words did not reach it),
     or the turn was routed away (fallback, crisis reply, feedback);
  c  the reply came from a section that holds the missing words: right section, the asked detail left out;
  d  a history-trap question answered wrongly, or a should-decline question answered.
The section answered from is the guide section (or seed file) holding most of the reply's sentences. "Holds the expected words"
is loose: words like "good" or "2024" are in many sections."""
import collections, glob, json, os, re, sys

from guide_sections import guide_sections

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "..", "seeds")

def norm(s): return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip().lower()

def sections():
    out = [(head, norm(body)) for _, head, body in guide_sections()]
    for f in sorted(glob.glob(os.path.join(SEEDS, "0*.txt"))):
        out.append((os.path.basename(f), norm(open(f, encoding="utf-8", errors="replace").read())))
    return out

def answered_from(reply, secs):
    body = re.sub(r"\[\d+\]", "", reply.split("\n\nSource")[0])
    votes = collections.Counter()
    for s in (norm(x) for x in re.split(r"(?<=[.!?])\s+|\n+", body)):
        if len(s) >= 25:
            votes.update(h for h, b in secs if s[:80] in b)
    return votes.most_common(1)[0][0] if votes else None

def main():
    mdir = sys.argv[1]; edir = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("-") else os.path.join(HERE, "..", "eval")
    secs = sections(); counts = collections.Counter(); verbose = "-v" in sys.argv
    for mf in sorted(glob.glob(os.path.join(mdir, "*.misses.json"))):
        name = os.path.basename(mf)[:-len(".misses.json")]
        if not name.startswith(("quality-", "multiturn-")) or name.endswith(("-by", "-bz")): continue
        cases = {c["id"]: c for c in (json.loads(l) for l in open(os.path.join(edir, name + ".jsonl"), encoding="utf-8") if l.strip())}
        for m in json.load(open(mf)):
            c = cases[m["id"]]; turns = c.get("turns") or [c]
            for i in ([0] if "turns" in c else range(len(turns))):
                if i < len(m["ok"]) and m["ok"][i]: continue
                t = turns[i]; want = t.get("must_include_any") or []; reply = m["text"][i] or ""
                if t.get("expect") == "abstain": k = "d should-decline answered"
                elif t.get("expect") != "answer": k = "routing (expects " + t.get("expect") + ")"
                elif m["got"][i] != "answer": k = "b routed away (" + str(m["got"][i]) + ")"
                else:
                    missing = [g for g in want if not any(a.lower() in norm(reply) for a in g)]
                    holding = [h for h, b in secs if all(any(a.lower() in b for a in g) for g in want)]
                    holding_missing = [h for h, b in secs if all(any(a.lower() in b for a in g) for g in missing)]
                    src = answered_from(reply, secs)
                    if not missing: k = "d history / forbidden words"
                    elif not holding_missing: k = "a not in the guides as written"
                    elif src is None: k = "? reply not placed"
                    elif src in holding or src in holding_missing: k = "c right section, detail left out"
                    else: k = "b wrong section"
                    if c.get("category") == "history_trap" and k[0] in "bc": k = "d history trap: " + k
                counts[(name.split("-")[0], k)] += 1
                if verbose: print(k, "|", m["id"], "T%d" % (i + 1), "|", t.get("question"))
    for key in sorted(counts): print(f"{key[0]:10} {key[1]:45} {counts[key]:4}")

main()

#!/usr/bin/env python3
"""right-section-misses.py MISSES_DIR EVAL_DIR [--list]: counts, per batch, the failing answer turns whose reply came from
a section (of a guide in seeds/) that DOES hold an expected substring in one of its sentences: right section, wrong
sentences. The section answered from is the guide section holding the reply's first sentence. Quality-* and multiturn-*."""
import glob, json, os, re, sys, collections

from guide_sections import guide_sections


def norm(s): return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip().lower()

def first_sentence(reply):
    body = reply.split("\n\nSource")[0]
    body = re.sub(r"\[\d+\]", "", body)
    s = re.split(r"(?<=[.!?])\s+", body.strip())
    return norm(s[0])[:80] if s and s[0] else ""

def groups(turn):
    g = turn.get("must_include_any") or []
    return [[x for x in g if isinstance(x, str)]] if any(isinstance(x, str) for x in g) else g

def main():
    mdir, edir = sys.argv[1], sys.argv[2]
    secs = [(f, h, norm(b)) for f, h, b in guide_sections()]
    per = collections.Counter(); fails = collections.Counter(); listing = "--list" in sys.argv
    for mf in sorted(glob.glob(os.path.join(mdir, "*.misses.json"))):
        name = os.path.basename(mf)[:-len(".misses.json")]
        if not (name.startswith("quality-") or name.startswith("multiturn-")): continue
        ef = os.path.join(edir, name + ".jsonl")
        if not os.path.exists(ef): continue
        cases = {c["id"]: c for c in (json.loads(l) for l in open(ef, encoding="utf-8") if l.strip())}
        for m in json.load(open(mf)):
            c = cases.get(m["id"]); 
            if not c: continue
            turns = c.get("turns") or [c]
            for i, t in enumerate(turns):
                if i >= len(m["ok"]) or m["ok"][i] or t.get("expect") != "answer" or m["got"][i] != "answer": continue
                fails[name] += 1
                lead = first_sentence(m["text"][i])
                if len(lead) < 15: continue
                sec = next((s for s in secs if lead in s[2]), None)
                if not sec: continue
                reply = norm(m["text"][i])
                missing = [alts for alts in groups(t) if not any(a.lower() in reply for a in alts)]
                if missing and all(any(a.lower() in sec[2] for a in alts) for alts in missing) \
                        and not any(n.lower() in reply for n in (t.get("must_not_include") or [])):
                    per[name] += 1
                    if listing: print(f"{m['id']} t{i+1} [{sec[1]}] Q: {t['question']!r} want {missing}")
    tot = sum(per.values())
    for n in sorted(fails): print(f"{n:16} right-section-wrong-sentence {per[n]:3} of {fails[n]:3} failing answer turns")
    print(f"TOTAL {tot} of {sum(fails.values())}")

main()

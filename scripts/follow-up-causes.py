#!/usr/bin/env python3
"""follow-up-causes.py REPLAY.json FILES... [-v]: each failing follow-up answer turn of a replay (scripts/replay-sources.py) sorted by
which section it answered from against the guide sections holding the expected words (stayed when it should switch, switched
when it should stay, went elsewhere when the fact is in an earlier turn's section, right section but wrong sentence). "Holds the
expected words" is a loose test: words like "good" or "25" are in many sections."""
import json, sys, re, collections, glob, os
rep = json.load(open(sys.argv[1])); files = sys.argv[2:]
verbose = "-v" in files; files = [f for f in files if f != "-v"]
# guide sections, zero-indexed "##" headings as the bot numbers them
sec = {}
for g in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "seeds", "guide-*.md")):
    name = g.split("/")[-1]; parts = re.split(r"^## ", open(g).read(), flags=re.M)[1:]
    for i, p in enumerate(parts): sec[f"{name}#{i}"] = p
def ok_text(turn, t):
    t = t.lower(); groups = turn.get("must_include_any") or []
    if any(isinstance(g, str) for g in groups): groups = [[g for g in groups if isinstance(g, str)]]
    return all(any(a.lower() in t for a in alts) for alts in groups) and not any(n.lower() in t for n in (turn.get("must_not_include") or []))
def judge(turn, r):
    k = next((x for x in r["kinds"] if x), "none")
    if turn["expect"] == "answer": return k == "answer" and ok_text(turn, r["text"])
    m = {"abstain": {"fallback"}}.get(turn["expect"], {turn["expect"]})
    return k in m
cause = collections.Counter(); ex = collections.defaultdict(list); total_fail = 0; fu_fail = 0
for f in files:
    for l in open(f):
        if not l.strip(): continue
        c = json.loads(l); turns = rep.get(c["id"]);
        if not turns: continue
        hist = []
        for i, (t, r) in enumerate(zip(c["turns"], turns)):
            good = judge(t, r); src = r["sources"][0] if r["sources"] else None
            if not good: total_fail += 1
            if not good and i > 0 and t["expect"] == "answer":
                fu_fail += 1
                E = [s for s, txt in sec.items() if (t.get("must_include_any") and ok_text(t, "## " + txt))]
                prev = hist[-1] if hist else None; earlier = [h for h in hist[:-1] if h]
                k0 = next((x for x in r["kinds"] if x), "none")
                if k0 != "answer": key = "not-an-answer:" + k0
                elif not t.get("must_include_any"): key = "no-fact-wanted"
                elif not E: key = "fact-in-no-guide-section"
                elif src in E: key = "right-section-wrong-sentence"
                elif src == prev and prev not in E: key = "stayed-should-switch" + ("(back-to-earlier)" if any(e in E for e in earlier) else "")
                elif prev in E: key = "switched-should-stay"
                elif any(e in E for e in earlier): key = "switched-should-go-back-to-earlier"
                else: key = "switched-to-wrong-new-section"
                cause[key] += 1; ex[key].append((c["id"], [x["question"] for x in c["turns"][:i+1]], src, prev, E[:3]))
            hist.append(src)
print("failing turns", total_fail, "failing follow-up answer turns", fu_fail)
for k, v in cause.most_common(): print(f"{v:5d}  {k}")
if verbose:
    for k in ex:
        print("=====", k)
        for e in ex[k]: print(" ", e)

#!/usr/bin/env python3
"""follow-up-detail-misses.py REPLAY.json FILES... [-v]: the "right section, wrong sentence" follow-up turns of a replay
(scripts/replay-sources.py; the class follow-up-causes.py names): a failing follow-up answer turn whose reply came from a guide
section that holds the expected words. Each is classed twice (round AQ, follow-aq):
- by what was asked: amount, age/time limit, who/contact, condition ("what if I'm at uni"), yes/no, how-to, other;
- by why the sentence was not said: the words are only in the section's labelled questions or metadata (not in its text); the
  text holds them only across sentences (no one sentence holds every expected group); the sentence holding them comes before the
  reply's lead (above it); it comes after the reply's last sentence of that section (how many sentences down); the reply says it
  but a must-not word spoils it; and, across those, whether the reply's lead is the lead the last turn gave (a repeat)."""
import json, sys, re, collections, glob, os

here = os.path.dirname(os.path.abspath(__file__))
rep = json.load(open(sys.argv[1])); files = [f for f in sys.argv[2:] if f != "-v"]; verbose = "-v" in sys.argv

def norm(s): return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip().lower()
META = re.compile(r"^(Questions|Sources|Dated|Checked|Source):")
raw, body = {}, {}
for g in glob.glob(os.path.join(here, "..", "seeds", "guide-*.md")):
    name = g.split("/")[-1]; parts = re.split(r"^## ", open(g, encoding="utf-8").read(), flags=re.M)[1:]
    for i, p in enumerate(parts):
        raw[f"{name}#{i}"] = p
        lines = p.split("\n")[1:]
        text = " ".join(l.strip() for l in lines if l.strip() and not META.match(l.strip()))
        body[f"{name}#{i}"] = [norm(s) for s in re.split(r"(?<=[.!?:])\s+|\s(?=- )", text) if s.strip()]

def groups(turn):
    g = turn.get("must_include_any") or []
    return [[x for x in g if isinstance(x, str)]] if any(isinstance(x, str) for x in g) else g
def ok_text(turn, t):
    t = t.lower()
    return all(any(a.lower() in t for a in alts) for alts in groups(turn)) and not any(n.lower() in t for n in (turn.get("must_not_include") or []))
def judge(turn, r):
    k = next((x for x in r["kinds"] if x), "none")
    if turn["expect"] == "answer": return k == "answer" and ok_text(turn, r["text"])
    return k in {"abstain": {"fallback"}}.get(turn["expect"], {turn["expect"]})
def reply_sentences(text):
    b = re.sub(r"\[\d+\]", "", text.split("\n\nSource")[0])
    return [norm(s) for s in re.split(r"(?<=[.!?:])\s+|\n+|\s(?=- )", b) if len(s.strip()) > 3]
def index_in(sec, s):
    s = s.lstrip("- ").strip()
    for i, x in enumerate(body[sec]):
        x2 = x.lstrip("- ").strip()
        if len(s) > 12 and (s[:60] in x2 or x2[:60] in s): return i
    return None

def asked(q):
    q = q.lower()
    if re.search(r"how much|\bcost|\bprice|£|\bamount|\bpay (?!it back)|how many pounds|\bgrand\b|\bmoney\b|\bfee\b", q): return "amount"
    if re.search(r"how old|\bage\b|until|\btill\b|\btil\b|when does it (stop|end)|how long|\bstop\b|\bend\b|\bexpire|\bwhen\b|\b2[0-9]\b|\b1[6-9]\b|deadline|\bdate\b|\byear", q): return "age/time"
    if re.search(r"\bwho\b|\bcontact|\bnumber\b|\bphone|\bcall\b|\bemail|\bask\b|\bwhere\b", q): return "who/contact"
    if re.search(r"what if|\bif i\b|\bif im\b|what about|\bwhile\b|\bat uni|\bstill\b|\bwhen im\b|\beven if", q): return "condition"
    if re.search(r"^how (do|can|would|should)|\bhow to\b|apply|sign up|get it|claim", q): return "how-to"
    if re.search(r"^(do|does|did|is|are|can|could|will|would|was|were|should|have|has)\b|\b(do|does|is|can) (i|it|they|you)\b", q): return "yes/no"
    return "other"

byk, byw, both = collections.Counter(), collections.Counter(), collections.Counter(); ex = collections.defaultdict(list); n = 0
for f in files:
    for l in open(f, encoding="utf-8"):
        if not l.strip(): continue
        c = json.loads(l); turns = rep.get(c["id"])
        if not turns: continue
        hist = []
        for i, (t, r) in enumerate(zip(c["turns"], turns)):
            src = r["sources"][0] if r["sources"] else None
            k0 = next((x for x in r["kinds"] if x), "none")
            if i > 0 and t["expect"] == "answer" and k0 == "answer" and t.get("must_include_any") and not judge(t, r) \
                    and src in raw and ok_text(t, "## " + raw[src]):
                n += 1
                said = reply_sentences(r["text"]); idx = [index_in(src, s) for s in said]; idx = [x for x in idx if x is not None]
                lead = said[0] if said else ""; prev_lead = reply_sentences(turns[i - 1]["text"])[:1]
                repeat = bool(prev_lead) and lead[:60] == prev_lead[0][:60]
                holding = [j for j, s in enumerate(body[src]) if ok_text(t, s)]
                if ok_text(t, r["text"].replace("\n", " ")) is False and all(any(a.lower() in r["text"].lower() for a in alts) for alts in groups(t)):
                    why = "said, but a must-not word spoils it"
                elif not ok_text(t, " ".join(body[src])):
                    why = "only in the section's labelled questions or metadata"
                elif not holding:
                    why = "in the text only across sentences"
                elif not idx:
                    why = "reply's sentences not located"
                elif max(holding) < min(idx):
                    why = "above the lead"
                else:
                    d = min(h for h in holding if h > max(idx)) - max(idx) if any(h > max(idx) for h in holding) else 0
                    why = "below the reply: 1 sentence down" if d == 1 else "below the reply: 2 sentences down" if d == 2 else f"below the reply: 3+ down" if d > 2 else "inside the reply's span (skipped)"
                kind = asked(t["question"])
                byk[kind] += 1; byw[why] += 1; both[(why, "repeats last lead" if repeat else "new lead")] += 1
                ex[why].append((c["id"], i + 1, kind, "REPEAT" if repeat else "", t["question"], groups(t), src, idx, holding))
            hist.append(src)
print("right section, wrong sentence follow-up turns:", n)
print("by what was asked:"); [print(f"  {v:4d}  {k}") for k, v in byk.most_common()]
print("by why the sentence was not said:"); [print(f"  {v:4d}  {k}") for k, v in byw.most_common()]
print("with the lead:"); [print(f"  {v:4d}  {k[0]} / {k[1]}") for k, v in sorted(both.items())]
if verbose:
    for k in ex:
        print("=====", k)
        for e in ex[k]: print(" ", e)

#!/usr/bin/env python3
"""Sentence-level crises and look-alike sentences for the learned safeguarding layer (round AG).

The check reads each sentence of a long message alone (`ChatSentences`, threshold 0.9), but the learned layer was trained
on whole messages plus round P's ordinary sentences: in round AF 17 look-alike sentences scored 0.90-0.99 and 34 buried
crises 0.92-1.00, with no threshold between them, and round AA's retrain with more ordinary sentences alone lost short
first-person crises told in one sentence. So both sides are taught at the sentence level, from every batch-tagged
safeguarding file in sources.txt:

- crisis-sentences/<batch>.txt: each sentence (of a crisis case with two or more) that the base check calls a crisis read
  alone (tier Crisis): the sentence that carries the crisis, never the ordinary sentences around it;
- lookalike-sentences/<batch>.txt: each sentence of a look-alike case (two or more sentences) that the patterns find
  nothing in and that tells no feeling or place to sleep (round P's filter), so the look-alike's ordinary half is taught
  as ordinary;
- sentences/<batch>.txt for the batches that have no such file yet (round P's ordinary sentences from answer and routing
  messages), cut the same way as scripts/safeguarding-sentences.py does.

Run from the repository root with a built bot: CROYDONBOT_DLL=/tmp/NAME-bin/CroydonBot.dll python3 scripts/safeguarding-sentence-labels.py
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.getcwd()
DLL = os.environ.get("CROYDONBOT_DLL", "src/CroydonBot/bin/Debug/net10.0/CroydonBot.dll")
DEV = os.path.join(ROOT, "data", "safeguarding", "dev")

# The same filter as round P's script: a sentence that tells a feeling or a place to sleep may be a crisis alone.
FEELING_OR_SHELTER = re.compile(r"\b(?:low|scared|afraid|frightened|unsafe|safe|hurt\w*|nowhere|street|streets|rough|panick\w*|"
                                r"anxious|alone|cry\w*|depress\w*|hopeless|cope|end|ending|die|dying|dead|kill\w*|harm|"
                                r"hungry|starv\w*|food|sleep\w*|bits|freaking)\b", re.IGNORECASE)


def batch_files():
    """(kind, path, batch) for every batch-tagged eval file in sources.txt: kind is safeguarding or question."""
    for line in open(os.path.join(ROOT, "data", "safeguarding", "sources.txt"), encoding="utf-8"):
        fields = line.split()
        if len(fields) != 3 or fields[0] != "eval":
            continue
        if re.search(r"/safeguarding-[a-z0-9-]+\.jsonl$", fields[1]):
            yield "safeguarding", fields[1], fields[2]
        elif re.search(r"/(quality|routing)-[a-z0-9-]+\.jsonl$", fields[1]):
            yield "question", fields[1], fields[2]


def sentences(text):
    """As ChatSentences.Of reads them: split after . ! ? and a space, or at a line break; five words or more."""
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+|\n+", text.strip())]
    long = [p for p in parts if len(p.split()) >= 5]
    return long if len(long) > 1 else []


def check(probes):
    """check-safety over the probes ({id: sentence}); returns {id: (tier, layer)}."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for pid, s in probes.items():
            f.write(json.dumps({"id": pid, "question": s, "expect": "answer"}) + "\n")
    out = subprocess.run(["dotnet", DLL, "check-safety", f.name], capture_output=True, text=True, check=True).stdout
    os.unlink(f.name)
    verdicts = {}
    for row in out.splitlines():
        cols = row[2:].split("\t")
        if len(cols) >= 4 and cols[0] in probes:
            verdicts[cols[0]] = (cols[2], cols[3])
    return verdicts


def write(folder, batch, header, lines):
    os.makedirs(os.path.join(DEV, folder), exist_ok=True)
    with open(os.path.join(DEV, folder, f"{batch.lower()}.txt"), "w", encoding="utf-8") as f:
        f.write(header)
        f.writelines(s.replace("\n", " ") + "\n" for s in lines)


def main():
    crisis, lookalike, question = {}, {}, {}
    for kind, path, batch in batch_files():
        for line in open(os.path.join(ROOT, path), encoding="utf-8"):
            if not line.strip():
                continue
            case = json.loads(line)
            if "question" not in case:
                continue
            is_crisis = case.get("expect") == "safeguarding"
            for s in sentences(case["question"]):
                if is_crisis:
                    crisis.setdefault(batch, {})[s] = None
                elif not FEELING_OR_SHELTER.search(s):
                    (lookalike if kind == "safeguarding" else question).setdefault(batch, {})[s] = None
    probes = {}
    for name, table in (("c", crisis), ("l", lookalike), ("q", question)):
        for batch, found in table.items():
            for i, s in enumerate(found):
                probes[f"{name}~{batch}~{i}"] = s
    verdicts = check(probes)
    kept_crisis, kept_ordinary = {}, {}
    for pid, s in probes.items():
        name, batch, _ = pid.split("~")
        tier, layer = verdicts.get(pid, ("None", "none"))
        if name == "c" and tier == "Crisis":
            kept_crisis.setdefault(batch, []).append(s)
        elif name != "c" and "patterns" not in layer:
            kept_ordinary.setdefault((name, batch), []).append(s)
    for batch, lines in sorted(kept_crisis.items()):
        write("crisis-sentences", batch, f"# Batch {batch}: sentences of its crisis cases that the check calls a crisis read alone "
              "(scripts/safeguarding-sentence-labels.py, round AG).\n", lines)
        print(f"{batch}: {len(lines)} crisis sentences", file=sys.stderr)
    for (name, batch), lines in sorted(kept_ordinary.items()):
        if name == "l":
            write("lookalike-sentences", batch, f"# Batch {batch}: sentences of its look-alike cases, the patterns finding nothing in each "
                  "(scripts/safeguarding-sentence-labels.py, round AG).\n", lines)
            print(f"{batch}: {len(lines)} look-alike sentences", file=sys.stderr)
        elif not os.path.exists(os.path.join(DEV, "sentences", f"{batch.lower()}.txt")):
            write("sentences", batch, f"# Batch {batch}: sentences of its multi-sentence answer and routing messages, none a crisis, the patterns\n"
                  "# finding nothing in each (scripts/safeguarding-sentence-labels.py, round AG, as round P's script).\n", lines)
            print(f"{batch}: {len(lines)} question sentences", file=sys.stderr)


if __name__ == "__main__":
    main()

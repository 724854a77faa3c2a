#!/usr/bin/env python3
"""Sentence-level ordinary negatives for the learned safeguarding layer (round P).

The learned layer was trained on whole messages only, so it scores a short ordinary sentence ("were on the road
tonight", "shud i go a&e") far too high once it stands alone or makes up most of a short message (docs/safety.md,
rounds L-N). This cuts each multi-sentence message of the development batches' answer and routing files (none is a
crisis) into its sentences and writes them, one file per batch, to data/safeguarding/dev/sentences/<batch>.txt, listed
in sources.txt with the batch's name so `train-safeguarding --by-batch` leaves them out with their batch.

A sentence is kept only if the patterns find nothing in it (`check-safety` layer "none" or "classifier"): a sentence
that carries a signal or topic ("i dont feel safe there") may be a crisis on its own and must not be taught as ordinary.
Sentences that tell a feeling or a place to sleep are left out too (FEELING_OR_SHELTER below).
Run from the repository root with the built bot: python3 scripts/safeguarding-sentences.py
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.getcwd()
DLL = os.environ.get("CROYDONBOT_DLL", "src/CroydonBot/bin/Debug/net10.0/CroydonBot.dll")
OUT = os.path.join(ROOT, "data", "safeguarding", "dev", "sentences")


def answer_and_routing_files():
    """(path, batch) for every batch-tagged answer or routing file in sources.txt: ordinary questions and feedback."""
    for line in open(os.path.join(ROOT, "data", "safeguarding", "sources.txt"), encoding="utf-8"):
        fields = line.split()
        if len(fields) == 3 and fields[0] == "eval" and re.search(r"/(quality|routing)-[a-z0-9-]+\.jsonl$", fields[1]):
            yield fields[1], fields[2]


# Harm first: a sentence that tells a feeling or a place to sleep ("just been low", "if ive got nowhere") was ordinary
# inside its message but may be a crisis alone, so it is not taught as ordinary either.
FEELING_OR_SHELTER = re.compile(r"\b(?:low|scared|afraid|frightened|unsafe|safe|hurt\w*|nowhere|street|streets|rough|panick\w*|"
                                r"anxious|alone|cry\w*|depress\w*|hopeless|cope|end|ending|die|dying|dead|kill\w*|harm|"
                                r"hungry|starv\w*|food|sleep\w*|bits|freaking)\b", re.IGNORECASE)


def sentences(text):
    parts = re.split(r"(?<=[.?!])\s+|\n+", text.strip())
    return [p.strip() for p in parts if len(p.split()) >= 3]


def teachable(sentence):
    return not FEELING_OR_SHELTER.search(sentence)


def main():
    by_batch = {}
    for path, batch in answer_and_routing_files():
        for line in open(os.path.join(ROOT, path), encoding="utf-8"):
            if not line.strip():
                continue
            case = json.loads(line)
            if case.get("expect") == "safeguarding" or "question" not in case:
                continue
            parts = sentences(case["question"])
            if len(parts) < 2:
                continue
            for p in filter(teachable, parts):
                by_batch.setdefault(batch, {})[p] = None
    # The patterns judge each sentence alone; only those they find nothing in are kept.
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as probe:
        for batch, found in by_batch.items():
            for i, s in enumerate(found):
                probe.write(json.dumps({"id": f"{batch}~{i}", "question": s, "expect": "answer"}) + "\n")
    report = subprocess.run(["dotnet", DLL, "check-safety", probe.name], capture_output=True, text=True, check=True).stdout
    os.unlink(probe.name)
    flagged = set()
    for row in report.splitlines():
        # "<mark> <id>\texpect\ttier\tlayer\tscore\t...", the mark one character ("X" when wrong).
        cols = row[2:].split("\t")
        if len(cols) >= 4 and "~" in cols[0] and "patterns" in cols[3]:
            flagged.add(tuple(cols[0].split("~")))
    os.makedirs(OUT, exist_ok=True)
    for batch, found in sorted(by_batch.items()):
        kept = [s for i, s in enumerate(found) if (batch, str(i)) not in flagged]
        with open(os.path.join(OUT, f"{batch.lower()}.txt"), "w", encoding="utf-8") as f:
            f.write(f"# Batch {batch}: sentences of its multi-sentence answer and routing messages, none a crisis, the patterns\n")
            f.write("# finding nothing in each (scripts/safeguarding-sentences.py, round P).\n")
            f.writelines(s.replace("\n", " ") + "\n" for s in kept)
        print(f"{batch}: {len(kept)} sentences kept, {len(found) - len(kept)} left out (patterns)", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Which part of the safeguarding check gave an ordinary message the crisis reply (round AP, safe-ap).

Usage: dotnet BIN/CroydonBot.dll check-safety FILE.jsonl... > out.txt
       python3 scripts/crisis-reply-causes.py out.txt [dialogs/safeguarding.yaml]

Lists every turn check-safety gave the crisis reply whose expect is not `safeguarding`, grouped by the layer that flagged it
(patterns, the learned layer alone or on one sentence, the window, right after a crisis), and for a pattern's match which
category's signal pattern (by index in dialogs/safeguarding.yaml) matches the last message. The pattern lookup reads an
approximate plain form (lower case, punctuation and apostrophes dropped, textSpeak), so it names the likely pattern; the
layer comes from the check itself.
"""
import collections
import sys

import regex
import yaml


def load_patterns(path):
    data = yaml.safe_load(open(path))
    vocabulary = dict(data["vocabulary"])
    vocabulary.update(data.get("everydayVocabulary") or {})

    def expand(p):
        for _ in range(3):
            p = regex.sub(r"\{([a-zA-Z]+)\}", lambda m: "(?:" + vocabulary[m.group(1)] + ")", p)
        return regex.compile(r"(?<![a-z0-9])(?:" + p + r")(?![a-z0-9])")

    patterns = []
    for category in data["categories"]:
        for kind in ("signals", "topics"):
            for i, p in enumerate(category.get(kind) or []):
                try:
                    patterns.append((f"{category['name']}/{kind}[{i}]", expand(p)))
                except regex.error:
                    pass
    return data["textSpeak"], patterns


def plain(text, speak):
    text = regex.sub(r"[^a-z0-9 ]", " ", text.lower().replace("'", "").replace("\u2019", ""))
    words = [speak.get(w, w) if isinstance(speak.get(w, w), str) else w for w in text.split()]
    return " ".join(" ".join(words).split())


def main():
    speak, patterns = load_patterns(sys.argv[2] if len(sys.argv) > 2 else "dialogs/safeguarding.yaml")
    groups = collections.defaultdict(list)
    for line in open(sys.argv[1], encoding="utf-8"):
        if not line.startswith("X "):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 7 or parts[1] == "safeguarding" or parts[2] != "Crisis":
            continue
        case, expect, _, layer, score, _, text = parts[:7]
        last = text.split(" / ")[-1]
        which = ""
        if layer.startswith("patterns"):
            p = plain(last, speak)
            which = next((f"{name}: '{m.group(0)}'" for name, rx in patterns if (m := rx.search(p))), "window or disguised form")
        groups[layer].append((case[2:], expect, score, which, last))
    for layer, cases in sorted(groups.items(), key=lambda g: -len(g[1])):
        print(f"## {layer}: {len(cases)}")
        for case, expect, score, which, last in cases:
            print(f"  {case}\t{expect}\t{score}\t{which}\t{last[:160]}")
    print(f"total {sum(len(c) for c in groups.values())}")


if __name__ == "__main__":
    main()

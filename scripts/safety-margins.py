#!/usr/bin/env python3
"""Prints how close the safeguarding check's unit-test phrasings sit to the crisis threshold, so a retrain or a
change to the learned layer can be judged by the cases it moves, not only by eval totals (docs/safety.md, Round R).

Every retrain of the learned layer moves the phrasings scored 0.45-0.55, and no eval file shows it: this gathers the
phrasings the unit tests assert on (tests/CroydonBot.UnitTests/Safety/Data/*.txt and the [InlineData] strings of the
Safety test theories that take one message and assert Crisis or not-Crisis on Check.Assess; theories over two
messages or scripts are not read), plus any eval-shaped files given with
--extra, runs them through `check-safety`, and prints the ones the learned layer decided within --band of 0.5, and
every one on the wrong side.

  python3 scripts/safety-margins.py --dll src/CroydonBot/bin/Release/net10.0/CroydonBot.dll [--dialogs /tmp/d]
      [--extra tests/CroydonBot.UnitTests/Safety/Data/complaint-probes.jsonl] [--band 0.2]
"""
import argparse, glob, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAFETY = os.path.join(ROOT, "tests", "CroydonBot.UnitTests", "Safety")


def phrasing_files():
    """The one-per-line phrasing files: the name says whether each line must be a crisis."""
    for path in sorted(glob.glob(os.path.join(SAFETY, "Data", "*.txt"))):
        name = os.path.basename(path)
        expect = "answer" if "not-crisis" in name else "safeguarding"
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.strip()
            if line and not line.startswith("#"):
                yield f"{name}:{n}", expect, line


def inline_data():
    """[InlineData("...")] strings of single-message theories: Assert.Equal(Crisis) -> crisis, NotEqual -> not."""
    data = re.compile(r'^\s*\[InlineData\("((?:[^"\\]|\\.)*)"\)\]\s*$')
    method = re.compile(r'^\s*public void (\w+)\(string \w+\)')
    for path in sorted(glob.glob(os.path.join(SAFETY, "*.cs"))):
        lines = open(path, encoding="utf-8").read().splitlines()
        pending = []
        for i, line in enumerate(lines):
            if m := data.match(line):
                pending.append(m.group(1))
            elif m := method.match(line):
                body = " ".join(lines[i:i + 3])
                if pending and "Check.Assess(" in body and "SafeguardingTier.Crisis" in body:
                    expect = "answer" if "NotEqual" in body else "safeguarding"
                    for s in pending:
                        yield f"{os.path.basename(path)[:-3]}.{m.group(1)}", expect, s.encode().decode("unicode_escape")
                pending = []
            elif not line.strip().startswith(("//", "[Theory]")) and line.strip():
                pending = []


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dll", default=os.path.join(ROOT, "src/CroydonBot/bin/Release/net10.0/CroydonBot.dll"))
    p.add_argument("--dialogs", help="a copy of dialogs/ holding another model (see train-safeguarding --model)")
    p.add_argument("--extra", action="append", default=[], help="eval-shaped .jsonl files to include")
    p.add_argument("--band", type=float, default=0.2)
    a = p.parse_args()
    cases = list(phrasing_files()) + list(inline_data())
    tmp = tempfile.mkdtemp(prefix="safety-margins-")  # kept: the phrasings file can be passed to check-safety again
    unit = os.path.join(tmp, "unit-phrasings.jsonl")
    with open(unit, "w", encoding="utf-8") as f:
        for i, (source, expect, text) in enumerate(cases):
            style = "obfuscated" if source.startswith("obfuscated-") else "natural"
            f.write(json.dumps({"id": f"u{i:04d}", "question": text, "expect": expect, "class": source,
                                "style": style}) + "\n")
    cmd = ["dotnet", a.dll, "check-safety", unit, *a.extra]
    if a.dialogs:
        cmd.append(f"--Content:DialogsPath={a.dialogs}")
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT).stdout
    near, wrong = [], []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) < 7 or not parts[0][2:]:
            continue
        mark_id, expect, tier, layer, score, kind, text = parts[:7]
        score = float(score)
        row = (abs(score - 0.5), mark_id[2:], expect, tier, layer, score, kind, text)
        if mark_id.startswith("X"):
            wrong.append(row)
        elif layer.startswith("classifier") and abs(score - 0.5) <= a.band:
            near.append(row)
    print(f"# {len(cases)} unit-test phrasings{' + ' + ', '.join(a.extra) if a.extra else ''}")
    print(f"# wrong side of the whole check: {len(wrong)} (the Data/*.txt lines are asserted on the patterns alone, with 2% of not-crisis lines allowed)")
    for r in sorted(wrong, key=lambda r: r[1]):
        print("X\t" + "\t".join(str(x) for x in r[1:]))
    print(f"# decided by the learned layer within {a.band} of 0.5: {len(near)} (closest first)")
    for r in sorted(near):
        print(f"{r[0]:.3f}\t" + "\t".join(str(x) for x in r[1:]))
    for line in out.splitlines():
        if ": crises natural" in line:
            print("# " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

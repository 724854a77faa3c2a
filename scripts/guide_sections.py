"""The guides' sections as the analysis scripts read them (one place, so answer-miss-classes.py and right-section-misses.py
agree on what a section's text is): every `## ` heading of seeds/guide-*.md with its body, leaving out the section's own
metadata lines (Questions, Sources, Dated, Checked, Source), which are not said to the user."""
import glob, os, re

SEEDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "seeds")
METADATA = re.compile(r"^(Questions|Sources|Dated|Checked|Source):")


def guide_sections():
    """(file name, heading, body text joined with spaces) for every section of every guide, in file order."""
    out = []
    for f in sorted(glob.glob(os.path.join(SEEDS, "guide-*.md"))):
        head, body = None, []
        for line in open(f, encoding="utf-8"):
            if line.startswith("## "):
                if head: out.append((os.path.basename(f), head, " ".join(body)))
                head, body = line[3:].strip(), []
            elif head and not METADATA.match(line):
                body.append(line.strip())
        if head: out.append((os.path.basename(f), head, " ".join(body)))
    return out

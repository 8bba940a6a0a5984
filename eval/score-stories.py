#!/usr/bin/env python3
"""Score a dossier on the articles of each story separately (the letter before the dash in a file name).

    python3 eval/score-stories.py --gold ../shared/eval/real/gold.json \
        --articles ../shared/eval/real/articles --dossier OUT/dossier.json [--work DIR]

For each story letter (E-01.txt is story E) it writes a gold restricted to that story's articles and a
dossier restricted the same way, exactly as eval/score-languages.py does for a language, runs
../shared/eval/score.py on the pair and prints the components that make sense on a subset: documents,
events (with their recall), event status and attribution. Deals, slots, contradictions and wire copies
are cross-document: score them per story pair with the gold-XY.json files beside gold.json.
Python 3 standard library only.
"""
import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("score_languages", os.path.join(HERE, "score-languages.py"))
languages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(languages)

COMPONENTS = ("documents", "events", "event status", "attribution")


def story_of(name):
    match = re.match(r"([A-Za-z]+)-", os.path.basename(name))
    return match.group(1).upper() if match else None


def run_scorer(scorer, gold, dossier, work, name):
    """The scorer's table for one subset: {component: value}, and the events' recall."""
    g_path, d_path = os.path.join(work, name + ".gold.json"), os.path.join(work, name + ".dossier.json")
    json.dump(gold, open(g_path, "w", encoding="utf-8"))
    json.dump(dossier, open(d_path, "w", encoding="utf-8"))
    out = subprocess.run([sys.executable, scorer, "--gold", g_path, "--dossier", d_path],
                         capture_output=True, text=True, check=True).stdout
    values, recall = {}, None
    for line in out.splitlines():
        match = re.match(r"^(\w[\w ]*?)\s{2,}([0-9.]+)(.*)$", line)
        if match:
            values[match.group(1)] = float(match.group(2))
            if match.group(1) == "events":
                found = re.search(r"R ([0-9.]+)", match.group(3))
                recall = float(found.group(1)) if found else None
    return values, recall


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--articles", required=True, help="the folder of the gold's articles")
    ap.add_argument("--dossier", required=True)
    ap.add_argument("--scorer", default=os.path.join(HERE, "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("--work", help="where to keep the subset files (default: a temporary folder)")
    args = ap.parse_args()
    gold = json.load(open(args.gold, encoding="utf-8"))
    dossier = json.load(open(args.dossier, encoding="utf-8"))
    stories = {}
    for name in sorted(os.listdir(args.articles)):
        letter = story_of(name)
        if letter and os.path.isfile(os.path.join(args.articles, name)):
            stories.setdefault(letter, set()).add(languages.short_id(name))
    work = args.work or tempfile.mkdtemp(prefix="dossier-stories-")
    os.makedirs(work, exist_ok=True)
    print(f"{'story':6} {'docs':>4} {'events':>6}  " + "  ".join(f"{c:>12}" for c in COMPONENTS) + "  events R")
    for letter in sorted(stories):
        refs = stories[letter]
        g = languages.subset_gold(gold, refs)
        d = languages.subset_dossier(dossier, refs)
        values, recall = run_scorer(args.scorer, g, d, work, letter)
        cells = [f"{values[c]:12.3f}" if c in values else f"{'-':>12}" for c in COMPONENTS]
        recall_cell = f"{recall:8.2f}" if recall is not None else f"{'-':>8}"
        print(f"{letter:6} {len(refs):4d} {len(g['events']):6d}  " + "  ".join(cells) + "  " + recall_cell)


if __name__ == "__main__":
    main()

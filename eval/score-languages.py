#!/usr/bin/env python3
"""Score a dossier on the articles of each language separately (issue: reports in other languages).

    python3 eval/score-languages.py --gold ../shared/eval/real/gold.json \
        --articles ../shared/eval/real/articles --dossier OUT/dossier.json [--work DIR]

For each language group it writes a gold restricted to that group's articles (their documents,
and the events and attributions they support, with "docs" narrowed to them) and a dossier
restricted the same way (those documents, and events with their sources narrowed to them), then
runs ../shared/eval/score.py (or --scorer) on the pair and prints the components that make sense
on a subset: documents, events, event status and attribution. Deals, slots, contradictions and
wire copies are cross-document and are scored on the whole corpus only.

The language of an article is identified here, independently of Dossier, from its script and
from the most frequent function words of each language, so that a wrong identification by the
system under test cannot shrink its own test set. `--show` lists the language given to each file.
Python 3 standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

# The most frequent function words of each Latin-script language (closed-class words, public knowledge).
FUNCTION_WORDS = {
    "en": "the of and to in is that for on with was as by it from said has have are at which will".split(),
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch wird".split(),
    "fr": "le la les de des et en un une du est que pour dans qui sur au par pas avec sont aux".split(),
    "es": "el la de que y en los del se las por un para con una su al es lo como más pero sus".split(),
    "pt": "o a de que e do da em um para com não uma os no se na por mais as dos como mas ao".split(),
    "it": "il di che e la per un in è del della le con non una sono si da al alla anche".split(),
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh ada telah".split(),
    "pl": "w i na z się nie do że to jest o jak ale po co przez dla oraz jego od".split(),
    "ro": "și în de la cu a pe din care este o un pentru că mai au fost sunt al".split(),
    "tr": "ve bir bu da de için ile olarak daha çok olan gibi ise kadar sonra en değil".split(),
}
SCRIPTS = [("ru", r"[\u0400-\u04FF]"), ("el", r"[\u0370-\u03FF]"), ("zh", r"[\u4E00-\u9FFF]"),
           ("ar", r"[\u0600-\u06FF]"), ("ja", r"[\u3040-\u30FF]"), ("ko", r"[\uAC00-\uD7AF]"),
           ("hi", r"[\u0900-\u097F]")]
COMPONENTS = ("documents", "events", "event status", "attribution")


def body_of(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end > 0:
            text = text[end + 4:]
    return text


def language_of(text):
    letters = len(re.findall(r"\w", text)) or 1
    for code, script in SCRIPTS:
        if len(re.findall(script, text)) > letters * 0.2:
            return "uk" if code == "ru" and re.search(r"[іїєґ]", text) and len(re.findall(r"[іїєґ]", text)) > 5 else code
    words = re.findall(r"[^\W\d_]+", text.lower())
    counts = {code: sum(1 for w in words if w in set(fw)) for code, fw in FUNCTION_WORDS.items()}
    return max(counts, key=counts.get) if words else "und"


def short_id(name):
    base = os.path.basename(name)
    return re.split(r"[_.]", base, 1)[0]


def subset_gold(gold, refs):
    docs = [d for d in gold.get("documents", []) if short_id(d["file"]) in refs]
    events, kept_ids = [], set()
    for e in gold.get("events", []):
        narrowed = [d for d in e.get("docs", []) if d in refs]
        if narrowed:
            events.append(dict(e, docs=narrowed))
            kept_ids.add(e["id"])
    attributions = []
    for a in gold.get("attributions", []):
        narrowed = [d for d in a.get("docs", []) if d in refs]
        if narrowed and a.get("event") in kept_ids:
            attributions.append(dict(a, docs=narrowed))
    # deals stay so that the scorer knows which parties are in scope; their rows are not printed
    return dict(gold, documents=docs, events=events, attributions=attributions, contradictions=[],
                wire_groups=[])


def subset_dossier(dossier, refs):
    docs = [d for d in dossier.get("documents", []) if short_id(d.get("source") or "") in refs]
    ids = {d["id"] for d in docs}
    events = []
    for e in dossier.get("events", []):
        sources = [s for s in e.get("sources", []) if s.get("document") in ids]
        if sources:
            events.append(dict(e, sources=sources))
    return dict(dossier, documents=docs, events=events, contradictions=[])


def score(scorer, gold, dossier, work, name):
    g_path, d_path = os.path.join(work, name + ".gold.json"), os.path.join(work, name + ".dossier.json")
    json.dump(gold, open(g_path, "w", encoding="utf-8"))
    json.dump(dossier, open(d_path, "w", encoding="utf-8"))
    out = subprocess.run([sys.executable, scorer, "--gold", g_path, "--dossier", d_path, "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.splitlines()[0])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--articles", required=True, help="the folder of the gold's articles")
    ap.add_argument("--dossier", required=True)
    ap.add_argument("--scorer", default=os.path.join(here, "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("--work", help="where to keep the subset files (default: a temporary folder)")
    ap.add_argument("--show", action="store_true", help="list each file with the language given to it")
    args = ap.parse_args()
    gold = json.load(open(args.gold, encoding="utf-8"))
    dossier = json.load(open(args.dossier, encoding="utf-8"))
    languages = {}
    for name in sorted(os.listdir(args.articles)):
        path = os.path.join(args.articles, name)
        if os.path.isfile(path):
            languages[short_id(name)] = language_of(body_of(path))
    if args.show:
        for ref, lang in sorted(languages.items()):
            print(f"{ref}\t{lang}")
    groups = {}
    for ref, lang in languages.items():
        groups.setdefault(lang, set()).add(ref)
    groups["non-en"] = {r for r, lang in languages.items() if lang != "en"}
    work = args.work or tempfile.mkdtemp(prefix="dossier-languages-")
    os.makedirs(work, exist_ok=True)
    print(f"{'language':10} {'docs':>4} {'events':>6}  " + "  ".join(f"{c:>12}" for c in COMPONENTS))
    order = sorted(k for k in groups if k not in ("en", "non-en")) + ["non-en", "en"]
    for lang in order:
        refs = groups.get(lang)
        if not refs:
            continue
        g = subset_gold(gold, refs)
        rows = score(args.scorer, g, subset_dossier(dossier, refs), work, lang)
        cells = "  ".join(f"{rows[c]:12.3f}" if c in rows else f"{'-':>12}" for c in COMPONENTS)
        print(f"{lang:10} {len(refs):4d} {len(g['events']):6d}  {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

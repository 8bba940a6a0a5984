#!/usr/bin/env python3
"""Check a gold file against the articles it describes, then score a perfect dossier built from it.

    python3 eval/check-gold.py eval/examples.gold.json [ARTICLE_DIR] [--score ../shared/eval/score.py]

Checks that every gold document exists, that each body_includes and body_excludes probe occurs
in the raw file (so no check is vacuous) and that every reference names a gold document. Then
writes a dossier.json that says exactly what the gold says and runs the scorer on it: anything
below 1.000 means the gold contradicts itself or the scorer reads it differently than meant.
Python 3 standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()


def short_id(name):
    return re.split(r"[_.]", os.path.basename(name), maxsplit=1)[0]


def check_documents(gold, folder):
    problems, bodies = [], {}
    for g in gold.get("documents", []):
        path = os.path.join(folder, g["file"])
        if not os.path.exists(path):
            problems.append(f"{g['file']}: no such file")
            continue
        raw = open(path, encoding="utf-8").read()
        for probe in g.get("body_includes", []) + g.get("body_excludes", []):
            if fold(probe) not in fold(raw):
                problems.append(f"{g['file']}: probe not in the file: {probe!r}")
        if "title" in g and fold(g["title"]) not in fold(raw):
            problems.append(f"{g['file']}: title not in the file")
        kept = [line for line in raw.splitlines()
                if not any(fold(p) in fold(line) for p in g.get("body_excludes", []))]
        bodies[short_id(g["file"])] = "\n".join(kept)
    refs = set(bodies)
    for kind in ("events", "attributions"):
        for item in gold.get(kind, []):
            for ref in item.get("docs", []):
                if ref not in refs:
                    problems.append(f"{kind} {item['id']}: unknown document {ref}")
    return problems, bodies


def perfect_dossier(gold, bodies):
    files = {short_id(g["file"]): g for g in gold["documents"]}
    groups = {ref: f"w{i}" for i, group in enumerate(gold.get("wire_groups", [])) for ref in group}
    docs = [{"id": ref, "source": g["file"], "title": g.get("title"), "body": bodies[ref],
             "outlet": (g["outlet"][0] if isinstance(g.get("outlet"), list) else g.get("outlet")),
             "author": g.get("author"), "published": g.get("published") and {"value": g["published"]},
             "wire_group": groups.get(ref), "status": "ok"} for ref, g in files.items() if ref in bodies]
    speakers = {}
    for a in gold.get("attributions", []):
        for ref in a["docs"]:
            speakers.setdefault((a["event"], ref), []).append((a["speaker_keys"][0], a.get("stance", "asserts")))
    events = []
    for g in gold.get("events", []):
        sources = []
        for ref in g["docs"]:
            said = speakers.get((g["id"], ref), [(None, "asserts")])
            for who, stance in said:
                body = bodies[ref]
                sources.append({"document": ref, "start": 0, "end": len(body[:40]), "quote": body[:40],
                                "stance": stance, "attributed_to": who})
        events.append({**{k: g.get(k) for k in ("id", "type", "date", "supplier", "recipient", "actor", "target",
                                                  "system", "status")}, "sources": sources})
    deals = []
    for g in gold.get("deals", []):
        deal = {k: g.get(k) for k in ("id", "supplier", "recipient", "system")}
        for slot in ("order_date", "first_delivery", "quantity"):
            if slot in g:
                deal[slot] = {"value": g[slot][0] if isinstance(g[slot], list) else g[slot]}
        if "value" in g:
            deal["value"] = {"value": g["value"]}
        deals.append(deal)
    contradictions = [{"id": c["id"], "deal": c.get("deal"), "event": c.get("event"), "kind": c["kind"],
                       "slot": c["slot"], "values": [{"value": v, "sources": refs} for v, refs in c["values"].items()]}
                      for c in gold.get("contradictions", [])]
    return {"schema": "dossier/1", "documents": docs, "events": events, "deals": deals,
            "contradictions": contradictions}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("folder", nargs="?", help="the articles (default: the gold file's folder)")
    ap.add_argument("--score", default=os.path.join(os.environ.get("DOSSIER_SHARED", os.path.join(here, "..", "..", "shared")), "eval", "score.py"))
    args = ap.parse_args()
    gold = json.load(open(args.gold, encoding="utf-8"))
    problems, bodies = check_documents(gold, args.folder or os.path.dirname(os.path.abspath(args.gold)))
    for p in problems:
        print("problem:", p)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(perfect_dossier(gold, bodies), fh)
    out = subprocess.run([sys.executable, args.score, "--gold", args.gold, "--dossier", fh.name],
                         capture_output=True, text=True)
    os.unlink(fh.name)
    print(out.stdout.strip())
    return 1 if problems or "score: 1.000" not in out.stdout else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Fit the extractor's confidence model (src/TalentWatch.Extraction/Knowledge/confidence.tsv).

usage: fit-confidence.py fit WEIGHTS.tsv GOLD.json PREDICTED.json [GOLD.json PREDICTED.json ...]

PREDICTED is `talentwatch extract --json` of the articles labelled in GOLD (the corpus format: one entry per article
file with its departures; see docs/extraction.md). Each predicted departure is correct when it matches a labelled one:
same article, same person (case-, accent- and punctuation-blind) and same company left (through the gold's alias table,
legal suffixes dropped), or for an unnamed person the same company left and destination.

`fit` rewrites the weight column of WEIGHTS.tsv (comments and descriptions kept) with an L2-regularised logistic
regression of "correct" on the departures' signals. Fit on some labelled sets, then measure on others with
`talentwatch eval GOLD.json DIR --calibration` (precision per confidence band).
"""
import json
import math
import re
import sys
import unicodedata

SUFFIXES = {"inc", "llc", "ltd", "corp", "corporation", "co", "bv", "nv", "gmbh", "sa", "plc", "ag"}


def norm(text):
    if text is None:
        return None
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("&", " and ")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split()) or None


def company(name, aliases):
    n = norm(name)
    if n is None:
        return None
    words = n.split()
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    n = " ".join(words)
    return aliases.get(n, n)


def labelled(gold_path, pred_path):
    """(signals, confidence, correct) for every predicted departure of an article the gold labels."""
    gold = json.load(open(gold_path, encoding="utf-8"))
    pred = json.load(open(pred_path, encoding="utf-8"))
    aliases = {}
    for canonical, names in (gold.get("aliases") or {}).items():
        key = company(canonical, {})
        aliases[key] = key
        for a in names:
            aliases[company(a, {})] = key
    out = []
    for art in pred["articles"]:
        name = art["file"].replace("\\", "/").split("/")[-1]
        if name not in gold["articles"]:
            continue
        remaining = [(norm(g.get("person")), company(g.get("from"), aliases), company(g.get("to"), aliases))
                     for g in gold["articles"][name].get("departures", [])]
        for d in art["departures"]:
            key = (norm(d.get("person")), company(d.get("from"), aliases), company(d.get("to"), aliases))
            hit = next((g for g in remaining if g[0] == key[0] and g[1] == key[1] and (g[0] is not None or g[2] == key[2])), None)
            if hit is not None:
                remaining.remove(hit)
            out.append((d.get("signals", []), d.get("confidence", 0.0), hit is not None))
    return out


def pairs(args):
    rows = []
    for i in range(0, len(args) - 1, 2):
        rows += labelled(args[i], args[i + 1])
    return rows


def fit(weights_path, rows, l2=1.0, steps=4000, rate=0.1):
    lines = open(weights_path, encoding="utf-8").read().split("\n")
    names = [l.split("\t")[0] for l in lines if l.strip() and not l.lstrip().startswith("#")]
    w = {n: 0.0 for n in names}
    for _ in range(steps):
        grad = {n: 0.0 for n in names}
        for signals, _, correct in rows:
            active = ["bias"] + [s for s in signals if s in w]
            p = 1 / (1 + math.exp(-sum(w[s] for s in active)))
            for s in active:
                grad[s] += p - correct
        for n in names:
            penalty = 0.0 if n == "bias" else l2 * w[n]
            w[n] -= rate * (grad[n] + penalty) / len(rows)
    out = []
    for l in lines:
        cols = l.split("\t")
        if l.strip() and not l.lstrip().startswith("#"):
            cols[1] = f"{w[cols[0]]:.2f}"
        out.append("\t".join(cols))
    open(weights_path, "w", encoding="utf-8").write("\n".join(out))
    print(f"fitted {len(names)} weights on {len(rows)} departures ({sum(r[2] for r in rows)} correct)")


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "fit" and len(sys.argv) % 2 == 1:
        fit(sys.argv[2], pairs(sys.argv[3:]))
    else:
        print(__doc__)
        sys.exit(2)

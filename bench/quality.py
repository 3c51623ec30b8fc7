#!/usr/bin/env python3
"""Score the engine against a gold file in the format of ``shared/seeds/gold.json``.

Ingests the gold folder's articles into a fresh temporary library through the
same pipeline the CLI uses, then prints precision/recall/F1 for quote spans
(exact and overlap), speaker accuracy, credits (name+role), grouping
(B-cubed) and statement links (pairwise). Prints measured numbers only.

    python bench/quality.py [--gold ../shared/seeds/gold.json] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.engine import outlets  # noqa: E402
from reader.engine.pipeline import ingest  # noqa: E402
from reader.engine.reports import group_report, unify_group_speakers  # noqa: E402
from reader.engine.store import Library  # noqa: E402


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts."""
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": n_pred,
            "gold": n_gold}


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'").replace("“", '"').replace("”", '"')).strip(" ,.\"'").lower()


def _name_key(name: str | None) -> str:
    if not name:
        return ""
    canon = outlets.canonical(name) or name
    return re.sub(r"[^a-z0-9]", "", canon.lower())


def _locate(text: str, needle: str) -> tuple[int, int] | None:
    i = text.find(needle)
    if i < 0:
        i = _norm(text).find(_norm(needle))  # rough fallback; offsets may drift
        if i < 0:
            return None
    return i, i + len(needle)


def score_quotes(gold_articles: dict, arts: dict) -> dict:
    """Exact and overlap span scores, and speaker accuracy on overlap matches."""
    tp_exact = tp_overlap = n_pred = n_gold = speaker_ok = speaker_n = 0
    for name, g in gold_articles.items():
        art = arts.get(name)
        if art is None:
            n_gold += len(g["quotes"])
            continue
        preds = [(q.content.start, q.content.end, q.speaker or "") for q in art.quotes]
        n_pred += len(preds)
        n_gold += len(g["quotes"])
        used: set[int] = set()
        for gq in g["quotes"]:
            span = _locate(art.text, gq["text"])
            best = None
            for k, (s, e, _) in enumerate(preds):
                if k in used:
                    continue
                if span and s < span[1] and span[0] < e:
                    best = k
                    break
            if best is None:
                continue
            used.add(best)
            tp_overlap += 1
            s, e, spk = preds[best]
            if _norm(art.text[s:e]) == _norm(gq["text"]):
                tp_exact += 1
            speaker_n += 1
            if _norm(spk) == _norm(gq["speaker"] or ""):
                speaker_ok += 1
    return {
        "exact": prf(tp_exact, n_pred, n_gold),
        "overlap": prf(tp_overlap, n_pred, n_gold),
        "speaker_accuracy": round(speaker_ok / speaker_n, 3) if speaker_n else 0.0,
        "speaker_correct": speaker_ok,
        "speaker_matched": speaker_n,
    }


def score_credits(gold_articles: dict, arts: dict) -> dict:
    """Credits as (name, role) pairs per article."""
    tp = n_pred = n_gold = 0
    misses: list[str] = []
    for name, g in gold_articles.items():
        gold = {(_name_key(c["name"]), r) for c in g["credits"] for r in c["roles"]}
        art = arts.get(name)
        pred = {(_name_key(c.name), r) for c in art.credits for r in c.roles} if art else set()
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
        misses += [f"{name[:3]} missing {x}" for x in sorted(gold - pred)]
        misses += [f"{name[:3]} extra {x}" for x in sorted(pred - gold)]
    return {**prf(tp, n_pred, n_gold), "errors": misses}


def bcubed(pred: dict[str, int], gold: dict[str, int]) -> dict[str, float]:
    """B-cubed precision/recall/F1 of a clustering against the truth."""
    items = list(gold)
    p = r = 0.0
    for i in items:
        same_pred = {j for j in items if pred.get(j) == pred.get(i)}
        same_gold = {j for j in items if gold[j] == gold[i]}
        both = len(same_pred & same_gold)
        p += both / len(same_pred)
        r += both / len(same_gold)
    p, r = p / len(items), r / len(items)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def _sentence_at(art, offset: int) -> int | None:
    for s in art.sentences:
        if s.start <= offset < s.end:
            return s.i
    return None


def score_statements(gold: dict, arts: dict, lib: Library) -> dict:
    """Pairwise statement links: two carriers (article, sentence) linked iff in one statement."""
    prefix = {name[:3]: name for name in arts}
    gold_pairs: set[frozenset] = set()
    for st in gold["statements"]:
        carriers = []
        for pre, (_, text) in st["in"].items():
            art = arts.get(prefix.get(pre, ""))
            span = _locate(art.text, text) if art else None
            if span:
                si = _sentence_at(art, span[0])
                if si is not None:
                    carriers.append((art.id, si))
        gold_pairs |= {frozenset(p) for p in combinations(carriers, 2)}
    pred_pairs: set[frozenset] = set()
    gids = {lib.group_of(a.id) for a in arts.values()}
    for gid in sorted(g for g in gids if g is not None):
        report = group_report(lib, gid)
        for st in report.provenance.statements:
            carriers = [(c.article_id, c.sentence) for c in st.carriers]
            pred_pairs |= {frozenset(p) for p in combinations(carriers, 2)}
    return prf(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs))


def evaluate(gold_path: Path) -> dict:
    """Run every measure on one gold file and the articles beside it."""
    gold = json.loads(gold_path.read_text())
    folder = gold_path.parent
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Path(tmp) / "eval.db")
        files = [str(folder / name) for name in gold["articles"]]
        result = ingest(lib, files, follow_links=False)
        arts = {}
        for row in lib.list_articles():
            name = Path(row["source"]).name
            if name in gold["articles"]:
                arts[name] = lib.get(row["id"])
        groups_of = {a.id: lib.group_of(a.id) for a in arts.values()}
        for gid in set(groups_of.values()):
            unify_group_speakers([a for a in arts.values() if groups_of[a.id] == gid])
        pred = {name: groups_of[a.id] or -a.id for name, a in arts.items()}
        truth = {name: k for k, grp in enumerate(gold["groups"]) for name in grp}
        out = {
            "articles": len(arts),
            "ingest_failed": result.failed,
            "quotes": score_quotes(gold["articles"], arts),
            "credits": score_credits(gold["articles"], arts),
            "grouping_bcubed": bcubed(pred, truth),
            "grouping_exact": sorted(sorted(v) for v in _clusters(pred).values())
            == sorted(sorted(g) for g in gold["groups"]),
            "statements": score_statements(gold, arts, lib),
        }
        lib.close()
    return out


def _clusters(pred: dict[str, int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for name, gid in pred.items():
        out.setdefault(gid, []).append(name)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "seeds" / "gold.json")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    a = ap.parse_args()
    res = evaluate(a.gold)
    if a.json:
        print(json.dumps(res, indent=2))
        return
    q = res["quotes"]
    print(f"articles: {res['articles']}  ingest failures: {len(res['ingest_failed'])}")
    print(f"quotes exact   P {q['exact']['precision']:.3f} R {q['exact']['recall']:.3f} F1 {q['exact']['f1']:.3f}")
    print(f"quotes overlap P {q['overlap']['precision']:.3f} R {q['overlap']['recall']:.3f} "
          f"F1 {q['overlap']['f1']:.3f}")
    print(f"speakers       {q['speaker_accuracy']:.3f} ({q['speaker_correct']}/{q['speaker_matched']})")
    c = res["credits"]
    print(f"credits        P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f}")
    for e in c["errors"]:
        print(f"   {e}")
    g = res["grouping_bcubed"]
    print(f"grouping B3    P {g['precision']:.3f} R {g['recall']:.3f} F1 {g['f1']:.3f}  exact={res['grouping_exact']}")
    s = res["statements"]
    print(f"statement links P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
          f"({s['tp']}/{s['pred']} pred, {s['gold']} gold)")


if __name__ == "__main__":
    main()

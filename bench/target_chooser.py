"""Experiment: does a learned TARGET chooser help on text from authors it never saw?

Design: for every event the rule coder emits, the candidates are every actor mention the resolver
found in the event's sentence (DocActors.actors_at, one per resolved phrase, as mentions() gives
them), the rule's own target actors when they come from outside the sentence, and "no target".
Each candidate gets features of where it sits against the event's anchor word in spaCy's parse
(its dependency relation, the dependency path to the anchor, its side, the preposition governing
it, the distance in tokens), of what it is (sector, kind, same country or code as the source, a
source mention itself) and of the event (CAMEO root, PLOVER type, anchor lemma), and whether the
rules chose it. A logistic regression (scikit-learn, `bench` extra) scores each candidate as
"the gold target or not"; the rule's target is replaced by the best-scoring actor only when its
score beats the rule's choice by a margin. Labels: events whose source matches a gold event; the
candidates whose primary code is among that gold event's targets are right ("no target" is right
when the gold names none); events where no candidate is right are skipped.

Measured leave-one-LANE-out over corpus/tacitus-lanes.jsonl (the lane is each record's "split"):
for each lane the model is trained on gold "train" plus the other lanes, its margin chosen by a
grouped 5-fold cross-validation inside those training lanes, and the held-out lane is scored by
tacitus/evaluate.py with and without the chooser. Gold "dev", tacitus-test*.jsonl,
tacitus-stories.jsonl and ../shared/data are never trained on; gold dev, PLOVER dev and the first
held-out file (its metrics line only) are scored with a model trained on everything allowed.

    pip install -e '.[bench]'
    python bench/target_chooser.py [--C 1] [--json out.json]

Result (session 16, docs/learned.md "A learned target chooser"): pooled leave-one-lane-out target
accuracy 0.924 -> 0.928 (+0.004; bar +0.01), 20 lanes up, 2 down (targets7 -0.036, one record);
type, source and no-event FP unchanged by construction. All-data model: first held-out target
0.799 -> 0.809 (scored only), own dev 0.904 -> 0.908, PLOVER dev unchanged. Not shipped.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import collections  # noqa: E402
import copy  # noqa: E402
import json  # noqa: E402
import pickle  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tacitus import Coder  # noqa: E402
from tacitus.actors.resolver_words import NAME_DEPS  # noqa: E402
from tacitus.evaluate import load_gold  # noqa: E402
from type_corrector import METRICS, coder_version, score  # noqa: E402
from type_corrector import collect as collect_with  # noqa: E402

MARGINS = (-0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 99.0)  # 99: never replace


# ---------------------------------------------------------------------------- features
def _path(m, a) -> str:
    """Dependency path from candidate token m up to the lowest common ancestor, then down to a."""
    up_m, seen = [], {}
    t, k = m, 0
    while True:
        seen[t.i] = k
        up_m.append(t)
        if t.head.i == t.i:
            break
        t, k = t.head, k + 1
    down, t = [], a
    while t.i not in seen:
        down.append(t.dep_)
        if t.head.i == t.i:
            return "nolca"
        t = t.head
    ups = [x.dep_ for x in up_m[:seen[t.i]]]
    if len(ups) > 4 or len(down) > 4:
        return f"long{min(len(ups), 9)}_{min(len(down), 9)}"
    return "^".join(ups) + "|" + "v".join(reversed(down))


def _bucket(d: int) -> str:
    return str(d) if d <= 3 else "4-6" if d <= 6 else "7-12" if d <= 12 else "13+"


def candidate_features(tok, actor, anchor, ev, rule_prims, src_prims, src_countries, src_starts) -> dict:
    root, typ, lemma = ev.cameo[:2], ev.event or "", anchor.lemma_.lower()
    f: dict[str, float] = {}
    if actor is None:
        f["none"] = 1
        f["none_root=" + root] = 1
        f["none_type=" + typ] = 1
        f["none_lemma=" + lemma] = 1
        f["none_apos=" + anchor.pos_] = 1
        if not rule_prims:
            f["rule"] = 1
            f["rule_none"] = 1
        return f
    f["bias_actor"] = 1
    chosen = actor.primary in rule_prims
    if chosen:
        f["rule"] = 1
        f["rule_root=" + root] = 1
    f["sec=" + (actor.sector or "STATE")] = 1
    f["kind=" + actor.kind] = 1
    f["sec_root=" + (actor.sector or "STATE") + "_" + root] = 1
    if actor.primary in src_prims:
        f["same_prim_src"] = 1
    if actor.country and actor.country in src_countries:
        f["same_country_src"] = 1
        f["same_country_src_root=" + root] = 1
    if actor.start in src_starts:
        f["is_src_mention"] = 1
    if tok is None:  # the rule's target came from outside the sentence
        f["offsent"] = 1
        f["offsent_root=" + root] = 1
        return f
    dep = tok.dep_
    prep = tok.head.lower_ if dep == "pobj" else ""  # "by" of a passive's agent too
    side = "L" if tok.i < anchor.i else "R"
    path = _path(tok, anchor)
    f["dep=" + dep] = 1
    f["path=" + path] = 1
    f["side=" + side] = 1
    f["dist=" + _bucket(abs(tok.i - anchor.i))] = 1
    f["prep=" + prep] = 1
    f[f"dep_root={dep}_{root}"] = 1
    f[f"path_root={path}_{root}"] = 1
    f[f"path_apos={path}_{anchor.pos_}"] = 1
    f[f"prep_root={prep}_{root}"] = 1
    f[f"prep_lemma={prep}_{lemma}"] = 1
    f[f"path_lemma={path}_{lemma}"] = 1
    f[f"side_root={side}_{root}"] = 1
    f[f"side_type={side}_{typ}"] = 1
    if chosen:
        f["rule_path=" + path] = 1
    if tok.head.i == anchor.i:
        f["child_of_anchor"] = 1
    if tok.dep_ == "poss":
        f["poss_of=" + tok.head.dep_] = 1
    return f


def event_candidates(ev, cand, actors) -> list:
    """[(features, Actor or None, chosen by the rules)] for one emitted event."""
    anchor = cand.anchor
    sent = anchor.sent
    rule_prims = {a.primary for a in ev.target}
    src_prims = {a.primary for a in ev.source}
    src_countries = {a.country for a in ev.source if a.country}
    src_starts = {a.start for a in ev.source}
    doc = anchor.doc
    out = []
    seen_prims: dict[str, int] = {}
    for i in sorted(actors.actors_at):
        if i < sent.start or i >= sent.end:
            continue
        tok = doc[i]
        if tok.dep_ in NAME_DEPS and tok.head.i in actors.actors_at:
            continue
        for a in actors.actors_at[i]:
            f = candidate_features(tok, a, anchor, ev, rule_prims, src_prims, src_countries, src_starts)
            f["nth_of_code=" + str(min(seen_prims.get(a.primary, 0), 2))] = 1
            seen_prims[a.primary] = seen_prims.get(a.primary, 0) + 1
            out.append((f, a, a.primary in rule_prims))
    for a in ev.target:
        if a.primary not in seen_prims:
            out.append((candidate_features(None, a, anchor, ev, rule_prims, src_prims, src_countries, src_starts),
                        a, True))
            seen_prims[a.primary] = 1
    out.append((candidate_features(None, None, anchor, ev, rule_prims, src_prims, src_countries, src_starts),
                None, not rule_prims))
    return out


def collect(coder: Coder, records) -> list:
    """Code every record once (type_corrector.collect); each Event carries its candidates as `_cands`."""
    def attach(ev, cand, actors):
        ev._cands = event_candidates(ev, cand, actors)
    return collect_with(coder, records, attach)


def gold_targets(ev, rec) -> set | None:
    """The gold targets of the gold event(s) this event stands for; None: no gold event matches
    its source."""
    srcs = {a.primary for a in ev.source}
    hits = [g for g in rec.events if g.sources & srcs]
    if not hits:
        return None
    same = [g for g in hits if g.event == ev.event]
    return set().union(*(g.targets for g in (same or hits)))


def labels(ev, rec) -> list[int] | None:
    gt = gold_targets(ev, rec)
    if gt is None:
        return None
    ys = [int((a is None and not gt) or (a is not None and a.primary in gt)) for _, a, _ in ev._cands]
    return ys if any(ys) else None


# ---------------------------------------------------------------------------- model
def fit(X, y, C: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    A = vec.fit_transform(X).tocsr()
    A.indices, A.indptr = A.indices.astype("int32"), A.indptr.astype("int32")  # liblinear takes 32-bit only
    model = LogisticRegression(C=C, solver="liblinear", max_iter=2000).fit(A, y)
    return vec, model


def rows(items):
    """items: (group, results, records) -> X, y, groups, event ids (rows of one event share one)."""
    X, y, groups, evid = [], [], [], []
    k = 0
    for group, results, records in items:
        for res, rec in zip(results, records):
            for ev in res.events:
                ys = labels(ev, rec)
                if ys is None:
                    continue
                for (f, _, _), lab in zip(ev._cands, ys):
                    X.append(f)
                    y.append(lab)
                    groups.append(group)
                    evid.append(k)
                k += 1
    return X, y, groups, evid


def decide(scores, cands):
    """(best actor index, its margin over the rule's choice) or None when the best is no actor."""
    rule_best = max((s for s, (_, _, chosen) in zip(scores, cands) if chosen), default=None)
    j = max(range(len(cands)), key=lambda i: scores[i])
    if cands[j][1] is None or cands[j][2] or rule_best is None:
        return None
    return j, scores[j] - rule_best


def choose_margin(X, y, groups, evid, C: float, folds: int = 5) -> tuple[float, int]:
    """Inner grouped CV: the margin with the best net gain (events turned right minus events
    turned wrong); 99 means never replace."""
    from sklearn.model_selection import GroupKFold
    gain = collections.Counter()
    for tr, te in GroupKFold(n_splits=folds).split(X, y, groups):
        vec, model = fit([X[i] for i in tr], [y[i] for i in tr], C)
        s = model.decision_function(vec.transform([X[i] for i in te]))
        by_ev = collections.defaultdict(list)
        for i, sc in zip(te, s):
            by_ev[evid[i]].append((i, sc))
        for members in by_ev.values():
            idx = [i for i, _ in members]
            cands = [(None, 1 if X[i].get("bias_actor") else None, X[i].get("rule", 0) == 1) for i in idx]
            d = decide([sc for _, sc in members], cands)
            if d is None:
                continue
            j, m = d
            rule_right = any(y[i] for i, (_, _, ch) in zip(idx, cands) if ch)
            delta = y[idx[j]] - int(rule_right)
            for mg in MARGINS:
                if m > mg:
                    gain[mg] += delta
    best = max(MARGINS, key=lambda t: (gain[t], t))
    return best, gain[best]


def apply(results, vm, margin: float):
    out = copy.deepcopy(results)
    if vm is None:
        return out, 0
    vec, model = vm
    n = 0
    for res in out:
        for ev in res.events:
            cands = getattr(ev, "_cands", None)
            if not cands:
                continue
            s = model.decision_function(vec.transform([f for f, _, _ in cands]))
            d = decide(list(s), cands)
            if d is None or d[1] <= margin:
                continue
            ev.target = [cands[d[0]][1]]
            n += 1
    return out, n


def ceiling(results, records) -> collections.Counter:
    """Why the primary event's target is wrong, per record with a gold target: the chooser can
    only fix 'source right, gold target a candidate'."""
    from tacitus.evaluate import primary_event
    out = collections.Counter()
    for res, rec in zip(results, records):
        gt = set().union(*(g.targets for g in rec.events)) if rec.events else set()
        if not gt:
            continue
        p = primary_event(res.events)
        if p is None:
            out["no event"] += 1
        elif {a.primary for a in p.target} & gt:
            out["right"] += 1
        elif not {a.primary for a in p.source} & set().union(*(g.sources for g in rec.events)):
            out["wrong: source wrong (no label)"] += 1
        elif any(a is not None and a.primary in gt for _, a, _ in p._cands):
            out["wrong: source right, gold target a candidate (learnable)"] += 1
        else:
            out["wrong: source right, gold target no candidate"] += 1
    return out


# ---------------------------------------------------------------------------- main
def main() -> None:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("error: needs scikit-learn: pip install -e '.[bench]'")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default="/tmp/target_chooser_cache")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--json", help="write the per-lane table as JSON here")
    ap.add_argument("--ceiling", action="store_true", help="only print why the lanes' targets are wrong")
    args = ap.parse_args()
    corpus = ROOT / "corpus"
    coder = Coder()
    t0 = time.time()
    cache = Path(f"{args.cache}-{coder_version()}.pkl")
    gold_train = load_gold(str(corpus / "tacitus-gold.jsonl"), split="train")
    gold_dev = load_gold(str(corpus / "tacitus-gold.jsonl"), split="dev")
    lanes_all = load_gold(str(corpus / "tacitus-lanes.jsonl"))
    plover = load_gold(str(ROOT.parent / "shared" / "data" / "plover-gsr-dev.json"))
    test = load_gold(str(corpus / "tacitus-test.jsonl"))  # scored only: its metrics line
    sets = {"train": gold_train, "dev": gold_dev, "lanes": lanes_all, "plover": plover, "test": test}
    data = pickle.loads(cache.read_bytes()) if cache.is_file() else {}
    if set(sets) - set(data):
        data.update({name: collect(coder, recs) for name, recs in sets.items() if name not in data})
        cache.write_bytes(pickle.dumps(data))
    print(f"coded in {time.time() - t0:.0f} s", file=sys.stderr)
    if args.ceiling:
        for k, v in ceiling(data["lanes"], lanes_all).most_common():
            print(f"{v:5d} {k}")
        return
    lane_names = sorted({r.split for r in lanes_all})
    by_lane = {ln: ([], []) for ln in lane_names}
    for res, rec in zip(data["lanes"], lanes_all):
        by_lane[rec.split][0].append(res)
        by_lane[rec.split][1].append(rec)
    train_items = [(f"train{k}", data["train"][k::5], gold_train[k::5]) for k in range(5)]
    table, pooled_b, pooled_c, pooled_r, n_all = [], [], [], [], 0
    for ln in lane_names:
        X, y, groups, evid = rows(train_items + [(o, *by_lane[o]) for o in lane_names if o != ln])
        margin, gain = choose_margin(X, y, groups, evid, args.C)
        vm = fit(X, y, args.C) if margin < 99 else None
        res, recs = by_lane[ln]
        base, _ = apply(res, None, margin)
        fixed, n = apply(res, vm, margin)
        n_all += n
        mb, mc = score(base, recs), score(fixed, recs)
        table.append({"lane": ln, "n": len(recs), "margin": margin, "inner_gain": gain, "changed": n,
                      "base": {k: mb[k] for k in METRICS}, "chooser": {k: mc[k] for k in METRICS}})
        pooled_b += base
        pooled_c += fixed
        pooled_r += recs
        tb, tc = mb["target_acc"], mc["target_acc"]
        print(f"{ln:12} n={len(recs):4} margin={margin:5.1f} inner_gain={gain:+4d} changed={n:3} "
              f"target {tb if tb is None else round(tb, 3)} -> {tc if tc is None else round(tc, 3)}  "
              f"type {mb['type_acc']:.3f}->{mc['type_acc']:.3f} src {mb['source_acc']:.3f}->{mc['source_acc']:.3f} "
              f"F1 {mb['triple_f1']:.3f}->{mc['triple_f1']:.3f}", flush=True)
    pb, pc = score(pooled_b, pooled_r), score(pooled_c, pooled_r)
    print(f"POOLED n={len(pooled_r)} changed={n_all} " + " ".join(
        f"{k} {pb[k]:.3f}->{pc[k]:.3f}" for k in METRICS if pb[k] is not None))
    drops = [(r["chooser"]["target_acc"] - r["base"]["target_acc"], r["lane"]) for r in table
             if r["base"]["target_acc"] is not None]
    print("worst lane change: %+.3f (%s); lanes up %d, down %d" % (
        min(drops)[0], min(drops)[1], sum(d > 0 for d, _ in drops), sum(d < 0 for d, _ in drops)))
    X, y, groups, evid = rows(train_items + [(o, *by_lane[o]) for o in lane_names])
    margin, gain = choose_margin(X, y, groups, evid, args.C)
    vm = fit(X, y, args.C) if margin < 99 else None
    checks = {}
    for name in ("dev", "plover", "test"):
        recs = sets[name]
        base, _ = apply(data[name], None, margin)
        fixed, n = apply(data[name], vm, margin)
        mb, mc = score(base, recs), score(fixed, recs)
        checks[name] = {"margin": margin, "changed": n, "base": mb, "chooser": mc}
        print(f"{name:7} (all-data model, margin={margin}, changed {n}): " + " ".join(
            f"{k} {mb[k] if mb[k] is None else round(mb[k], 3)}->{mc[k] if mc[k] is None else round(mc[k], 3)}"
            for k in METRICS))
    if args.json:
        Path(args.json).write_text(json.dumps({"lanes": table, "pooled": {"base": pb, "chooser": pc},
                                               "checks": checks}, indent=1))


if __name__ == "__main__":
    main()

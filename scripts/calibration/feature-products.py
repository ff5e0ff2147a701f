#!/usr/bin/env python3
"""Chooses products of two answer-model features worth adding to the model, from the examples `calibrate` collects.

Input: the table `calibrate --examples FILE.tsv` writes (one candidate a line: question, fold, set, language,
answerable, answers, then the features). Products already in the table (names with "_x_") are left out, so the
search always starts from the plain features.

1. Candidates: on each fold on its own, a logistic regression with an L1 penalty over the standardised features and
   every product of two of them (every second candidate, for time) ranks the products by the size of their weights;
   the first TOP of either fold are candidates.
2. Choice: products are added one at a time, each time the candidate that lowers the held-out area under the
   risk-coverage curve most (Korean and English summed), fitted and held out as `calibrate` does: the ranking
   regression fitted on one fold scores the other, and a confidence regression over the best candidate's score and
   features, itself fitted on the other fold, judges it. It stops when no candidate lowers the sum by MIN_GAIN.

Whatever it prints is checked again by `calibrate` in Java before it ships. Needs numpy and scikit-learn (Debian:
python3-numpy, python3-sklearn). Usage:
  java -jar target/gwanyong.jar calibrate --output /tmp/model.json --examples /tmp/examples.tsv
  python3 scripts/calibration/feature-products.py /tmp/examples.tsv
"""
import itertools
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TOP = 10
L1_C = 0.05  # strong enough that most of the 378 products get no weight at all
MIN_GAIN = 0.001
MAX_PRODUCTS = 6


def read(path):
    with open(path, encoding="utf-8") as table:
        header = table.readline().rstrip("\n").split("\t")
        rows = [line.rstrip("\n").split("\t") for line in table]
    plain = [i for i, name in enumerate(header) if i >= 6 and "_x_" not in name]
    return {
        "names": [header[i] for i in plain],
        "question": np.array([int(row[0]) for row in rows]),
        "fold": np.array([row[1] for row in rows]),
        "language": np.array([row[3] for row in rows]),
        "answerable": np.array([row[4] == "true" for row in rows]),
        "label": np.array([int(row[5]) for row in rows]),
        "features": np.array([[float(row[i]) for i in plain] for row in rows]),
    }


def l1_ranking(names, features, labels):
    pairs = list(itertools.combinations(range(len(names)), 2))
    products = np.stack([features[:, i] * features[:, j] for i, j in pairs], axis=1)
    inputs = StandardScaler().fit_transform(np.hstack([features, products]))
    fit = LogisticRegression(C=L1_C, penalty="l1", solver="liblinear", max_iter=500).fit(inputs, labels)
    weights = fit.coef_[0][len(names):]
    return [pairs[k] for k in np.argsort(-np.abs(weights)) if weights[k] != 0]


def area(confidence, errors):
    order = np.argsort(-confidence, kind="stable")
    return float(np.mean(np.cumsum(errors[order]) / np.arange(1, len(order) + 1)))


def held_out_areas(data, inputs):
    """Held-out AURC by language, with the ranking and the confidence step each fitted on the other fold."""
    folds = sorted(set(data["fold"]))
    scores = np.zeros(len(inputs))
    for fold in folds:
        test = data["fold"] == fold
        ranking = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=5000))
        scores[test] = ranking.fit(inputs[~test], data["label"][~test]).predict_proba(inputs[test])[:, 1]
    questions = np.unique(data["question"])
    best = {}
    for row, question in enumerate(data["question"]):
        if question not in best or scores[row] > scores[best[question]]:
            best[question] = row
    rows = np.array([best[q] for q in questions])
    logit = np.log(np.clip(scores[rows], 1e-6, 1 - 1e-6) / (1 - np.clip(scores[rows], 1e-6, 1 - 1e-6)))
    judged = np.hstack([logit[:, None], inputs[rows]])
    right = data["label"][rows] == 1
    fold, language, answerable = data["fold"][rows], data["language"][rows], data["answerable"][rows]
    confidence = np.zeros(len(rows))
    for f in folds:
        test = fold == f
        step = make_pipeline(StandardScaler(), LogisticRegression(C=1000, max_iter=5000))
        confidence[test] = step.fit(judged[~test], right[~test]).predict_proba(judged[test])[:, 1]
    errors = (~answerable) | (~right)
    return {lang: area(confidence[language == lang], errors[language == lang]) for lang in ("ko", "en")}


def main():
    data = read(sys.argv[1])
    names, features = data["names"], data["features"]
    candidates = []
    for fold in sorted(set(data["fold"])):
        rows = np.flatnonzero(data["fold"] == fold)[::2]
        ranked = l1_ranking(names, features[rows], data["label"][rows])[:TOP]
        print(f"fold {fold}: " + ", ".join(f"{names[i]}_x_{names[j]}" for i, j in ranked), flush=True)
        candidates += [pair for pair in ranked if pair not in candidates]
    chosen = []
    current = held_out_areas(data, features)
    print(f"plain features: AURC ko {current['ko']:.4f} en {current['en']:.4f}", flush=True)
    while len(chosen) < MAX_PRODUCTS:
        tried = {}
        for pair in candidates:
            if pair not in chosen:
                products = [features[:, i] * features[:, j] for i, j in chosen + [pair]]
                tried[pair] = held_out_areas(data, np.hstack([features, np.stack(products, axis=1)]))
        pair, areas = min(tried.items(), key=lambda item: sum(item[1].values()))
        if sum(current.values()) - sum(areas.values()) < MIN_GAIN:
            break
        chosen.append(pair)
        current = areas
        print(f"+ {names[pair[0]]}_x_{names[pair[1]]}: AURC ko {areas['ko']:.4f} en {areas['en']:.4f}", flush=True)
    print("chosen: " + ", ".join(f"{names[i]}_x_{names[j]}" for i, j in chosen))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Ranks the products of two answer-model features by how much an L1-penalised fit uses them.

Input: the table `calibrate --examples FILE.tsv` writes (one candidate a line: question, fold, set, language,
answerable, answers, then the features). Products already in the model (names with "_x_") are left out of the
search, so it always looks among products of the plain features.

Each fold is searched on its own: a logistic regression with an L1 penalty over the standardised features and every
product of two of them, fitted on that fold's candidates, ranks the products by the size of their weights. A product
that both folds rank high is a candidate feature; whether it stays is decided by `calibrate`'s held-out figures.

Needs numpy and scikit-learn (Debian: python3-numpy, python3-sklearn). Usage:
  java -jar target/gwanyong.jar calibrate --output /tmp/model.json --examples /tmp/examples.tsv
  python3 scripts/calibration/feature-products.py /tmp/examples.tsv [TOP]
"""
import itertools
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

PENALTY_C = 0.05  # strong enough that most of the 378 products get no weight at all


def read(path):
    with open(path, encoding="utf-8") as table:
        header = table.readline().rstrip("\n").split("\t")
        rows = [line.rstrip("\n").split("\t") for line in table]
    plain = [i for i, name in enumerate(header) if i >= 6 and "_x_" not in name]
    folds = np.array([row[1] for row in rows])
    labels = np.array([int(row[5]) for row in rows])
    features = np.array([[float(row[i]) for i in plain] for row in rows])
    return [header[i] for i in plain], folds, labels, features


def ranked_products(names, features, labels):
    pairs = list(itertools.combinations(range(len(names)), 2))
    products = np.stack([features[:, i] * features[:, j] for i, j in pairs], axis=1)
    inputs = StandardScaler().fit_transform(np.hstack([features, products]))
    fit = LogisticRegression(C=PENALTY_C, penalty="l1", solver="liblinear", max_iter=500).fit(inputs, labels)
    weights = fit.coef_[0][len(names):]
    order = np.argsort(-np.abs(weights))
    return [(names[pairs[k][0]] + "_x_" + names[pairs[k][1]], weights[k]) for k in order if weights[k] != 0]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    names, folds, labels, features = read(path)
    chosen = []
    for fold in sorted(set(folds)):
        ranked = ranked_products(names, features[folds == fold], labels[folds == fold])[:top]
        chosen.append([name for name, _ in ranked])
        print(f"fold {fold}, {np.sum(folds == fold)} candidates:")
        for name, weight in ranked:
            print(f"  {weight:+.3f}  {name}")
    both = [name for name in chosen[0] if all(name in c for c in chosen[1:])]
    print("in the first", top, "of every fold:", ", ".join(both))


if __name__ == "__main__":
    main()

"""Three short German texts written for this project in styles the dev corpus lacks (a ministry press
release, a live ticker, a regional paper; every person in them is invented), scored with newsgraph eval.
The floor guards against regressions; the figures are in the README."""
from __future__ import annotations

from pathlib import Path

from graph.builder import extract_corpus
from graph.evaluation import evaluate, read_gold

OWN = Path(__file__).resolve().parent / "fixtures" / "own_de"


def test_own_texts_score_above_the_floor():
    facts, errors = extract_corpus([OWN], progress=False)
    assert errors == []
    report = evaluate(facts, read_gold(OWN / "gold.jsonl"))
    scores, accuracy = report.totals("de")
    assert scores["attendance"].f1 >= 0.6
    assert scores["actors"].f1 >= 0.8
    assert scores["statements"].f1 == 1.0

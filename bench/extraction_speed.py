"""Extraction speed against bare spaCy tokenisation of the same text, on one core.

    python bench/extraction_speed.py [--lang de|en] [--runs 5] [--corpus PATH ...] [--synthetic N]

Two measurements, each printed as words per second for `spacy.blank(lang)` tokenisation alone and for the full
extraction (pipeline + rules + facts), and as their ratio measured in the same run:

- real texts: the example corpus of that language, plus ../shared/corpus/dev when present, in ``--runs``
  passes; each pass builds fresh pipelines, so every pass starts with cold caches (a few dozen articles are
  too few for spaCy's vocabulary and tokenizer caches to warm up: the pessimistic figure);
- a synthetic corpus of ``--synthetic`` articles (bench/synthetic.py, seeded), read once by one pipeline as
  a build does: caches warm up over the corpus while new names keep arriving (the figure for a build).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_texts(lang: str, extra: list[str]) -> list[str]:
    from extract.errors import ArticleError
    from extract.reading import read_articles

    paths = [ROOT / "examples", *extra]
    dev = ROOT.parent / "shared" / "corpus" / "dev"
    if dev.is_dir():
        paths.append(dev)
    return [a.text for a in read_articles(paths) if not isinstance(a, ArticleError) and a.language == lang]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="de", choices=["de", "en"])
    ap.add_argument("--runs", type=int, default=5, help="passes over the texts, each with fresh pipelines")
    ap.add_argument("--corpus", nargs="*", default=[])
    ap.add_argument("--synthetic", type=int, default=1000, help="articles of the synthetic corpus (0: skip)")
    args = ap.parse_args()

    import spacy

    from extract.extractor import Extractor
    from extract.knowledge import default_knowledge_base
    from extract.pipeline import make_nlp
    from extract.reading import make_article

    texts = load_texts(args.lang, args.corpus)
    if not texts:
        raise SystemExit(f"no {args.lang} texts found")
    articles = [make_article(id=f"b{n}", text=t, date="2025-04-10", language=args.lang) for n, t in enumerate(texts)]
    words = sum(len(spacy.blank(args.lang)(t)) for t in texts)
    tok_s = ext_s = startup_s = 0.0
    for _ in range(args.runs):
        # fresh pipelines each pass: spaCy's tokenizer cache would otherwise make repeated text look faster
        blank = spacy.blank(args.lang)
        t0 = time.perf_counter()
        for t in texts:
            blank(t)
        tok_s += time.perf_counter() - t0
        t0 = time.perf_counter()
        ex = Extractor()
        ex._nlp[args.lang] = make_nlp(args.lang, default_knowledge_base())
        ex._finders(args.lang)  # rule tables, the given-name list and the lemma table load once per process
        startup_s += time.perf_counter() - t0
        t0 = time.perf_counter()
        for a in articles:
            ex.extract(a)
        ext_s += time.perf_counter() - t0
    total = words * args.runs
    print(f"language {args.lang}: {len(texts)} distinct articles, {words} tokens, {args.runs} passes")
    print(f"spacy.blank tokenisation: {total / tok_s:,.0f} words/s")
    print(f"newsgraph extraction:     {total / ext_s:,.0f} words/s (pipeline start-up {startup_s / args.runs:.1f} s, not counted)")
    print(f"extraction takes {ext_s / tok_s:.1f} times as long as tokenisation alone")
    if args.synthetic:
        synthetic(args.lang, args.synthetic, articles)


def synthetic(lang: str, n: int, real: list) -> None:
    """One pass over a synthetic corpus with one pipeline, as a build runs; then the real texts once each with
    the same, now warm pipelines (the figure for news text in the middle of a large build)."""
    import spacy

    from bench.synthetic import generate
    from extract.extractor import Extractor
    from extract.knowledge import default_knowledge_base
    from extract.pipeline import make_nlp
    from extract.reading import make_article

    records = generate(lang, n, seed=7)
    articles = [make_article(id=r["id"], text=r["text"], date=r["date"], language=lang) for r in records]
    blank = spacy.blank(lang)
    ex = Extractor()
    ex._nlp[lang] = make_nlp(lang, default_knowledge_base())
    ex._finders(lang)
    _one_pass(f"synthetic {lang}: {n} articles, one pass, one pipeline", blank, ex, articles)
    _one_pass(f"real {lang} texts after the synthetic corpus, same pipelines, each text once", blank, ex, real)


def _one_pass(title: str, blank, ex, articles: list) -> None:
    t0 = time.perf_counter()
    words = sum(len(blank(a.text)) for a in articles)
    tok_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for a in articles:
        ex.extract(a)
    ext_s = time.perf_counter() - t0
    print(f"{title}: {words} tokens")
    print(f"spacy.blank tokenisation: {words / tok_s:,.0f} words/s")
    print(f"newsgraph extraction:     {words / ext_s:,.0f} words/s")
    print(f"extraction takes {ext_s / tok_s:.1f} times as long as tokenisation alone")

if __name__ == "__main__":
    main()

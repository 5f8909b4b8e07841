"""Extraction speed against bare spaCy tokenisation of the same text, on one core.

    python bench/extraction_speed.py [--lang de|en] [--runs 5] [--repeat 3] [--corpus PATH ...] [--synthetic N]

Three measurements, each printed as words per second for `spacy.blank(lang)` tokenisation alone and for the
full extraction (pipeline + rules + facts), and as the ratio of their times:

- real texts, cold: the example corpus of that language and the own test texts (tests/fixtures/own_*), plus
  ../shared/corpus/dev when present, in ``--runs``
  passes; each pass builds fresh pipelines, so every pass starts with cold caches (a few dozen articles are
  too few for spaCy's vocabulary and tokenizer caches to warm up: the pessimistic figure);
- synthetic build: a synthetic corpus of ``--synthetic`` articles (bench/synthetic.py, seeded), read once by
  one pipeline as a build does: caches warm up over the corpus while new names keep arriving;
- real texts, warm: the real texts once each, with the pipelines that just read the synthetic corpus (news
  text in the middle of a large build).

Times are the CPU time of this process (``time.process_time``), not the wall clock: on a shared machine the
wall clock also counts the time other processes hold the core. Each figure is the fastest of its passes (``--runs`` for the first, ``--repeat`` fresh builds for the other
two), the convention of ``timeit``: on a shared machine the fastest pass is the one least disturbed by other
processes. The median pass is printed beside it.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_texts(lang: str, extra: list[str]) -> list[str]:
    from extract.errors import ArticleError
    from extract.reading import read_articles

    # the examples and the project's own test texts (news in the styles of agencies, broadcasters, ministries)
    paths = [ROOT / "examples", *sorted((ROOT / "tests" / "fixtures").glob("own_*")), *extra]
    dev = ROOT.parent / "shared" / "corpus" / "dev"
    if dev.is_dir():
        paths.append(dev)
    return [a.text for a in read_articles(paths) if not isinstance(a, ArticleError) and a.language == lang]


def fresh_extractor(lang: str):
    """An extractor whose pipeline and rule tables are built (not counted: a build pays them once)."""
    from extract.extractor import Extractor
    from extract.knowledge import default_knowledge_base
    from extract.pipeline import make_nlp

    ex = Extractor()
    ex._nlp[lang] = make_nlp(lang, default_knowledge_base())
    ex.load(lang)  # rule tables, the given-name list and the lemma table load once per process
    return ex


def timed_pass(blank, ex, articles: list) -> tuple[int, float, float]:
    """Words, tokenisation seconds and extraction seconds of one pass over ``articles``."""
    t0 = time.process_time()
    words = sum(len(blank(a.text)) for a in articles)
    tok_s = time.process_time() - t0
    t0 = time.process_time()
    for a in articles:
        ex.extract(a)
    return words, tok_s, time.process_time() - t0


def report(title: str, passes: list[tuple[int, float, float]]) -> None:
    words = passes[0][0]
    tok = min(p[1] for p in passes)
    ext = min(p[2] for p in passes)
    median = statistics.median(p[2] for p in passes)
    print(f"{title}: {words} tokens, fastest of {len(passes)} passes")
    print(f"spacy.blank tokenisation: {words / tok:,.0f} words/s")
    print(f"newsgraph extraction:     {words / ext:,.0f} words/s (median pass {words / median:,.0f})")
    print(f"extraction takes {ext / tok:.1f} times as long as tokenisation alone")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="de", choices=["de", "en"])
    ap.add_argument("--runs", type=int, default=5, help="passes over the real texts, each with fresh pipelines")
    ap.add_argument("--repeat", type=int, default=3, help="fresh builds over the synthetic corpus")
    ap.add_argument("--corpus", nargs="*", default=[])
    ap.add_argument("--synthetic", type=int, default=1000, help="articles of the synthetic corpus (0: skip)")
    args = ap.parse_args()

    import spacy

    from bench.synthetic import generate
    from extract.reading import make_article

    texts = load_texts(args.lang, args.corpus)
    if not texts:
        raise SystemExit(f"no {args.lang} texts found")
    real = [make_article(id=f"b{n}", text=t, date="2025-04-10", language=args.lang) for n, t in enumerate(texts)]
    # fresh pipelines each pass: spaCy's tokenizer cache would otherwise make repeated text look faster
    cold = [timed_pass(spacy.blank(args.lang), fresh_extractor(args.lang), real) for _ in range(args.runs)]
    report(f"real {args.lang} texts, cold ({len(texts)} articles)", cold)
    if not args.synthetic:
        return
    records = generate(args.lang, args.synthetic, seed=7)
    synthetic = [make_article(id=r["id"], text=r["text"], date=r["date"], language=args.lang) for r in records]
    build, warm = [], []
    for _ in range(args.repeat):
        blank, ex = spacy.blank(args.lang), fresh_extractor(args.lang)
        build.append(timed_pass(blank, ex, synthetic))
        warm.append(timed_pass(blank, ex, real))
    report(f"synthetic {args.lang} build ({args.synthetic} articles, one pipeline)", build)
    report(f"real {args.lang} texts, warm (after the synthetic build, same pipelines)", warm)


if __name__ == "__main__":
    main()

"""Instructions extraction costs, counted by valgrind's callgrind: a figure that does not move with the machine's load.

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.setup python bench/instruction_count.py setup [--lang de]
    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.full python bench/instruction_count.py full [--lang de]
    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.tok python bench/instruction_count.py tok [--lang de]

Each run prints (on valgrind's stderr) ``Collected : N``. ``setup`` reads the texts of ``extraction_speed.py`` and
builds the extractor and a bare ``spacy.blank`` pipeline; ``full`` then extracts every text once, ``tok`` tokenises
every text once. Extraction alone is ``full - setup``, tokenisation alone ``tok - setup``. Timings on a shared
machine move by a quarter between runs; the instruction count of the same code on the same input does not, so two
versions of the code (one in a ``git worktree``) compare exactly. A run takes some minutes: valgrind runs Python
about fifty times slower.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["setup", "full", "tok"])
    ap.add_argument("--lang", default="de", choices=["de", "en"])
    args = ap.parse_args()

    import spacy

    from bench.extraction_speed import fresh_extractor, load_texts
    from extract.reading import make_article

    texts = load_texts(args.lang, [])
    articles = [make_article(id=f"b{n}", text=t, date="2025-04-10", language=args.lang) for n, t in enumerate(texts)]
    extractor = fresh_extractor(args.lang)
    blank = spacy.blank(args.lang)
    if args.mode == "full":
        for article in articles:
            extractor.extract(article)
    elif args.mode == "tok":
        for article in articles:
            blank(article.text)
    print(f"{len(articles)} {args.lang} articles, mode {args.mode}")


if __name__ == "__main__":
    main()

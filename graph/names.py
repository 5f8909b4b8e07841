"""Name keys that survive spelling: case, accents and German/English transliteration.

The eval uses them to match predicted and gold names, the identity resolution to find one person under the
spellings of several articles (``Juri Uschakow`` in a German report, ``Yuri Ushakov`` in an English one).
"""
from __future__ import annotations

from extract.folding import fold, skeleton  # noqa: F401  (one definition, shared with the extractor)


def fold_key_match(a: str, b: str) -> bool:
    """The same name up to case, accents and transliteration (``Selenskyj`` = ``Zelenskyy``), not a shorter form."""
    return fold(a) == fold(b) or skeleton(a) == skeleton(b)


def same_name(a: str, b: str) -> bool:
    if fold_key_match(a, b):
        return True
    # a shorter form of the same name: "Faisal bin Farhan" = "Faisal bin Farhan Al Saud", "Charles Q. Brown" = "… Jr."
    x, y = skeleton(a).split(), skeleton(b).split()
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= 2 and long[: len(short)] == short

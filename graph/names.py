"""Name keys that survive spelling: case, accents and German/English transliteration.

The eval uses them to match predicted and gold names, the identity resolution to find one person under the
spellings of several articles (``Juri Uschakow`` in a German report, ``Yuri Ushakov`` in an English one).
"""
from __future__ import annotations

import re

from extract.folding import ascii_fold


def fold(text: str) -> str:
    """Lower case, no accents, single spaces."""
    t = ascii_fold(text).lower()
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


_SKELETON = [("tsch", "ch"), ("sch", "sh"), ("zh", "s"), ("kh", "k"), ("ch", "k"), ("ph", "f"), ("w", "v"), ("z", "s"),
             ("j", "y"), ("ij", "iy"), ("ii", "i"), ("iy", "i"), ("yy", "y"), ("ey", "ei"), ("y", "i"), ("ou", "u"),
             ("ck", "k"), ("c", "k"), ("x", "ks")]


def skeleton(text: str) -> str:
    """A spelling-tolerant key: ``Selenskyj`` and ``Zelenskyy`` give the same skeleton."""
    t = fold(text)
    # German writes Cyrillic е/є after a consonant as "je" (Umjerow), English as "e" (Umerov); German "z" is "ts"
    t = re.sub(r"([bcdfghklmnprstvwz])je", r"\1e", t).replace("ts", "z")
    for a, b in _SKELETON:
        t = t.replace(a, b)
    t = re.sub(r"(.)\1+", r"\1", t)
    return t


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

"""ASCII folding of names for keys, IRIs and name matching: one definition, so that a key, an IRI and the
evaluation agree on what "the same spelling" is."""
from __future__ import annotations

import re
import unicodedata

# letters that Unicode does not decompose into a base letter and a mark: without these, "Løkke", "Łukasz" and
# "Außenministerium" lost a letter ("lkke", "ukasz", "auenministerium")
_UNDECOMPOSED = str.maketrans({"ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                               "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                               "ı": "i", "’": "'"})  # a typographic apostrophe is an apostrophe ("O’Connor")


def ascii_fold(text: str) -> str:
    """``Łukasz Løkke-Straße`` -> ``Lukasz Lokke-Strasse``: accents dropped, other letters spelled in ASCII."""
    if text.isascii():  # most words of the news: nothing to drop (the check costs a tenth of the folding)
        return text
    return unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode("ascii")


_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower case, no accents, single spaces."""
    return _NOT_ALPHANUMERIC.sub(" ", ascii_fold(text).lower()).strip()


_SKELETON = [("tsch", "ch"), ("sch", "sh"), ("zh", "sh"), ("kh", "k"), ("ch", "k"), ("ph", "f"), ("w", "v"), ("z", "s"),
             ("j", "y"), ("ij", "iy"), ("ii", "i"), ("iy", "i"), ("yy", "y"), ("ey", "ei"), ("y", "i"), ("ou", "u"),
             ("ck", "k"), ("c", "k"), ("x", "ks")]


_JE_AFTER_CONSONANT = re.compile(r"([bcdfghklmnprstvwz])je")
_DOUBLED = re.compile(r"(.)\1+")


def skeleton(text: str) -> str:
    """A spelling-tolerant key: ``Selenskyj`` and ``Zelenskyy`` give the same skeleton."""
    return skeleton_of_folded(fold(text))


def skeleton_of_folded(t: str) -> str:
    """:func:`skeleton` of a text already folded (a caller that needs both keys folds once)."""
    # German writes Cyrillic е/є after a consonant as "je" (Umjerow), English as "e" (Umerov); German "z" is "ts";
    # ж is German "sch", English "zh" (Schukow, Zhukov)
    t = _JE_AFTER_CONSONANT.sub(r"\1e", t).replace("ts", "z")
    for a, b in _SKELETON:
        t = t.replace(a, b)
    return _DOUBLED.sub(r"\1", t)

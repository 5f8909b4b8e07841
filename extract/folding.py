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
    return unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode("ascii")


def fold(text: str) -> str:
    """Lower case, no accents, single spaces."""
    t = ascii_fold(text).lower()
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


_SKELETON = [("tsch", "ch"), ("sch", "sh"), ("zh", "sh"), ("kh", "k"), ("ch", "k"), ("ph", "f"), ("w", "v"), ("z", "s"),
             ("j", "y"), ("ij", "iy"), ("ii", "i"), ("iy", "i"), ("yy", "y"), ("ey", "ei"), ("y", "i"), ("ou", "u"),
             ("ck", "k"), ("c", "k"), ("x", "ks")]


def skeleton(text: str) -> str:
    """A spelling-tolerant key: ``Selenskyj`` and ``Zelenskyy`` give the same skeleton."""
    t = fold(text)
    # German writes Cyrillic е/є after a consonant as "je" (Umjerow), English as "e" (Umerov); German "z" is "ts";
    # ж is German "sch", English "zh" (Schukow, Zhukov)
    t = re.sub(r"([bcdfghklmnprstvwz])je", r"\1e", t).replace("ts", "z")
    for a, b in _SKELETON:
        t = t.replace(a, b)
    t = re.sub(r"(.)\1+", r"\1", t)
    return t

"""ASCII folding of names for keys, IRIs and name matching: one definition, so that a key, an IRI and the
evaluation agree on what "the same spelling" is."""
from __future__ import annotations

import unicodedata

# letters that Unicode does not decompose into a base letter and a mark: without these, "Løkke", "Łukasz" and
# "Außenministerium" lost a letter ("lkke", "ukasz", "auenministerium")
_UNDECOMPOSED = str.maketrans({"ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                               "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                               "ı": "i", "’": "'"})  # a typographic apostrophe is an apostrophe ("O’Connor")


def ascii_fold(text: str) -> str:
    """``Łukasz Løkke-Straße`` -> ``Lukasz Lokke-Strasse``: accents dropped, other letters spelled in ASCII."""
    return unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode("ascii")

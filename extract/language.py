"""Guess an article's language (German or English) from its function words.

spaCy's stop-word lists are the evidence: the language whose stop words cover more of the text wins.
A ``language`` field given with the article always takes precedence over this guess.
"""
from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("de", "en")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    if lang == "de":
        from spacy.lang.de.stop_words import STOP_WORDS
    elif lang == "en":
        from spacy.lang.en.stop_words import STOP_WORDS
    else:  # pragma: no cover - guarded by SUPPORTED
        raise ValueError(lang)
    return frozenset(STOP_WORDS)


def detect_language(text: str, default: str = "de") -> str:
    """Return ``"de"`` or ``"en"``: the language whose stop words are most frequent in ``text``."""
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if not words:
        return default
    scores = {lang: sum(1 for w in words if w in _stop_words(lang)) for lang in SUPPORTED}
    best = max(scores.values())
    if best == 0:
        return default
    winners = [lang for lang, s in scores.items() if s == best]
    return default if len(winners) > 1 else winners[0]


def normalise_language(value: str | None) -> str | None:
    """Map ``"de-DE"``, ``"German"``, ``"EN"`` … to ``"de"``/``"en"``; ``None`` for anything else."""
    if not value:
        return None
    v = value.strip().lower()
    if v.startswith(("de", "ger")):
        return "de"
    if v.startswith(("en", "eng")):
        return "en"
    return None

"""What the facts of an article depend on besides the article: this extractor's code and data, and the spaCy
versions and models it runs on. A facts cache keyed by it (``graph/cache.py``) never serves facts that a
changed rule, knowledge-base row or language file would extract differently."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_SOURCES = {".py", ".toml", ".tsv", ".jsonl", ".json", ".txt"}


@lru_cache(maxsize=None)
def _code_and_data() -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in _HERE.rglob("*") if p.suffix in _SOURCES and "__pycache__" not in p.parts):
        h.update(str(path.relative_to(_HERE)).encode("utf-8") + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def extractor_fingerprint(models: Mapping[str, str] | None = None) -> str:
    """A hash of everything besides the article that the extracted facts depend on."""
    from . import __version__
    from .extractor import FACTS_VERSION

    parts = {
        "newsgraph": __version__,
        "facts_version": FACTS_VERSION,
        "code_and_data": _code_and_data(),
        "spacy": _package_version("spacy"),
        "spacy-lookups-data": _package_version("spacy-lookups-data"),
        "gender-guesser": _package_version("gender-guesser"),
        "models": dict(sorted((models or {}).items())),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()

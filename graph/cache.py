"""The facts cache of incremental builds: one JSON file per article, named by a hash of the article (its text
and metadata) and of the extractor (``extract.fingerprint``). A build extracts only the articles it has no
entry for; the entries of articles that left the corpus are removed at the end of a successful build, so the
cache holds the facts of the corpus last built into that folder and nothing else.

It lives in ``OUT/.newsgraph-cache/facts/``. A damaged entry is ignored (and overwritten): the cache can only
save work, never change a result.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from extract.article import Article

from .outputs import write_atomic

CACHE_DIR = ".newsgraph-cache"


class FactsCache:
    def __init__(self, out_dir: str | Path, fingerprint: str) -> None:
        self.dir = Path(out_dir) / CACHE_DIR / "facts"
        self.fingerprint = fingerprint
        self.used: set[str] = set()

    def key(self, article: Article) -> str:
        h = hashlib.sha256()
        h.update(self.fingerprint.encode("ascii"))
        h.update(json.dumps(article.metadata(), sort_keys=True, ensure_ascii=False).encode("utf-8"))
        h.update(article.sha256.encode("ascii"))
        return h.hexdigest()

    def get(self, article: Article) -> str | None:
        """The article's facts as their facts.jsonl line, if the cache holds them."""
        from extract.facts import dumps

        key = self.key(article)
        self.used.add(key)
        try:
            facts = json.loads((self.dir / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(facts, dict) or facts.get("article", {}).get("id") != article.id:
            return None
        return dumps(facts)  # entries of older versions were written with other spacing

    def put(self, article: Article, facts: str) -> None:
        """Keep an article's facts (their facts.jsonl line)."""
        key = self.key(article)
        self.used.add(key)
        try:
            write_atomic(self.dir / f"{key}.json", facts)
        except OSError:
            pass  # a cache that cannot be written costs time on the next build, nothing else

    def prune(self) -> int:
        """Remove the entries this build did not use; returns how many."""
        removed = 0
        for path in self.dir.glob("*.json") if self.dir.is_dir() else ():
            if path.stem not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        return removed

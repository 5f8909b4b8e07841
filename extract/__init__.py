"""newsgraph's extraction package: articles in, facts out. It never imports :mod:`graph`."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Article", "Extractor", "read_articles", "extract_article", "__version__"]


def __getattr__(name: str):
    # heavy imports (spaCy) only when asked for, so that `newsgraph --help` stays instant
    if name == "Extractor":
        from .extractor import Extractor

        return Extractor
    if name == "Article":
        from .article import Article

        return Article
    if name == "read_articles":
        from .reading import read_articles

        return read_articles
    if name == "extract_article":
        return extract_article
    raise AttributeError(name)


def extract_article(article):
    """Facts of one article with the packaged knowledge base (a convenience for notebooks)."""
    from .extractor import Extractor

    return Extractor().extract(article)

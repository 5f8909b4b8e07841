"""newsgraph's graph package: facts -> RDF, store, SPARQL, analysis (networkx), views (pyvis), the CLI.

It reads only the facts that :mod:`extract` writes (``facts.jsonl``), never the extractor's internals.
"""
from __future__ import annotations

__all__ = ["build", "query", "analyze", "view", "show", "validate"]


def __getattr__(name: str):
    if name in __all__:
        from . import library

        return getattr(library, name)
    raise AttributeError(name)

"""Minting instance IRIs: one function, deterministic and readable.

The same input gives the same IRIs: entity keys from the facts (``person:john-healey``, ``city:2800866``)
become ``<base>person/john-healey``, ``<base>place/brussels-2800866``; things that belong to one article
(meetings, groups, statements, evidence) carry the article's slug.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from extract.folding import ascii_fold

DEFAULT_BASE = "https://newsgraph.example/id/"


def slug(text: str) -> str:
    folded = ascii_fold(text)
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


@dataclass(frozen=True)
class IriMinter:
    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", self.base) or any(c in self.base for c in " <>\"{}|\\^`"):
            raise ValueError(f"base IRI {self.base!r} is not an absolute IRI; expected e.g. {DEFAULT_BASE}")
        if not self.base.endswith(("/", "#")):
            object.__setattr__(self, "base", self.base + "/")

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(parts))

    def article(self, article_id: str) -> URIRef:
        return self._iri("article", slug(article_id))

    def article_graph(self, article_id: str) -> URIRef:
        return self._iri("graph", slug(article_id))

    def entity(self, key: str, article_id: str, name: str | None = None) -> URIRef:
        """IRI of an actor or place key from the facts."""
        kind, _, ident = key.partition(":")
        if kind == "country":
            return self._iri("country", ident.upper())
        if kind == "city":
            return self._iri("place", f"{slug(name)}-{ident}" if name else ident)
        if kind == "venue":
            return self._iri("place", slug(ident))
        if kind == "region":
            return self._iri("region", ident.upper())  # its ISO 3166-2 code: region/DE-BY
        if kind == "group":
            # unnamed collectives are local to the article that describes them
            return self._iri("group", slug(article_id), slug(ident))
        if kind == "org":
            return self._iri("org", slug(ident))
        if kind == "localperson":
            # a one-word name (a surname alone, "Camilla"): the person of this article, never merged with another
            article, _, name = ident.rpartition("/")
            return self._iri("person", slug(article or article_id), slug(name))
        return self._iri("person", slug(ident))

    def meeting(self, article_id: str, meeting_id: str) -> URIRef:
        return self._iri("meeting", f"{slug(article_id)}-{meeting_id}")

    def statement(self, article_id: str, statement_id: str) -> URIRef:
        return self._iri("statement", f"{slug(article_id)}-{statement_id}")

    def qualified(self, kind: str, article_id: str, meeting_id: str, actor_key: str) -> URIRef:
        return self._iri(kind, f"{slug(article_id)}-{meeting_id}-{slug(actor_key)}")

    def evidence(self, article_id: str, start: int, end: int) -> URIRef:
        return self._iri("evidence", slug(article_id), f"{start}-{end}")

"""Turtle, TriG, N-Triples and N-Quads written by Oxigraph's serializers (pyoxigraph), the other formats by rdflib.

rdflib's Turtle and TriG writers took 14 and 15 s for 170,000 triples (300 articles); Oxigraph's take about a
second, with the same prefixes. Statements are sorted first (graph, subject, then ``rdf:type`` before the other
predicates, object), which makes Oxigraph group each subject's statements (``;``) and makes the files the
same bytes for the same graph, whatever order the triples were added in.
"""
from __future__ import annotations

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from .vocab import PREFIXES

OXIGRAPH_FORMATS = {"turtle", "trig", "nt", "nquads"}


def to_oxigraph(t, ox):
    """An rdflib term as a pyoxigraph term (``ox``: the pyoxigraph module, imported by the caller)."""
    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    raise TypeError(f"cannot write {t!r} as RDF")


def _order(s, p, o) -> tuple:
    return (str(s), p != RDF.type, str(p), type(o).__name__, str(o), str(getattr(o, "datatype", None) or ""), getattr(o, "language", None) or "")


def _is_default(identifier) -> bool:
    return identifier is None or str(identifier).startswith("urn:x-rdflib:default")


def _canonical_json(text: str) -> str:
    """rdflib's JSON-LD with its nodes and value arrays sorted (rdflib writes them in set order, so the same
    graph gave other bytes on every run; JSON-LD arrays that are not ``@list`` have no order)."""
    import json

    def sort(value):
        if isinstance(value, dict):
            return {k: sort(v) for k, v in sorted(value.items())}
        if isinstance(value, list):
            items = [sort(v) for v in value]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    return json.dumps(sort(json.loads(text)), indent=2, ensure_ascii=False) + "\n"


def serialize(graph: Graph | Dataset, format: str) -> str:
    """``graph`` in ``format`` (an rdflib serializer name); quads formats for a ``Dataset``."""
    if format not in OXIGRAPH_FORMATS:
        if format == "json-ld":
            return _canonical_json(graph.serialize(format=format, context=PREFIXES, indent=2))
        return graph.serialize(format=format)
    import pyoxigraph as ox

    iris: dict[str, object] = {}

    def term(t):  # a graph repeats its IRIs: each is converted once (keyed by its text: rdflib terms hash slowly)
        if t is None:
            return ox.DefaultGraph()
        if type(t) is URIRef:
            key = str(t)
            found = iris.get(key)
            if found is None:
                found = iris[key] = ox.NamedNode(key)
            return found
        return to_oxigraph(t, ox)

    if format in ("trig", "nquads"):
        rows = []
        for s, p, o, ctx in graph.quads((None, None, None, None)):
            name = getattr(ctx, "identifier", ctx)  # rdflib gives the graph or its name, by version
            name = None if _is_default(name) else name
            rows.append(((name or "", *_order(s, p, o)), (s, p, o, name)))
        rows.sort(key=lambda r: r[0])
        statements = [ox.Quad(term(s), term(p), term(o), term(g)) for _, (s, p, o, g) in rows]
        rdf_format = ox.RdfFormat.TRIG if format == "trig" else ox.RdfFormat.N_QUADS
    else:
        rows = sorted(((_order(s, p, o), (s, p, o)) for s, p, o in graph), key=lambda r: r[0])
        statements = [ox.Triple(term(s), term(p), term(o)) for _, (s, p, o) in rows]
        rdf_format = ox.RdfFormat.TURTLE if format == "turtle" else ox.RdfFormat.N_TRIPLES
    prefixes = PREFIXES if format in ("turtle", "trig") else None
    return ox.serialize(statements, format=rdf_format, prefixes=prefixes).decode("utf-8")

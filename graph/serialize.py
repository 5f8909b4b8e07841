"""Turtle, TriG, N-Triples and N-Quads written by Oxigraph's serializers (pyoxigraph), the other formats by rdflib.

rdflib's Turtle and TriG writers took 14 and 15 s for 170,000 triples (300 articles); Oxigraph's take about a
second, with the same prefixes. Statements are sorted first, as the lines of canonical N-Triples sort:
subject, then ``rdf:type`` before the other predicates (swapped for a byte that sorts first while sorting),
then predicate and object; TriG and N-Quads by graph first. So a subject's statements group (``;``), and the
same graph gives the same bytes whatever order its triples were added in. Sorting bytes is also what lets a
build (``graph/assemble.py``) write a million triples without a Python object per statement.
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import BNode, Dataset, Graph, Literal, URIRef

from .vocab import PREFIXES

OXIGRAPH_FORMATS = {"turtle", "trig", "nt", "nquads"}
_TYPE = b" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
_TYPE_FIRST = b" <\x01> "  # canonical N-Triples escapes control characters, so this byte is free


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


class OxigraphTerms:
    """rdflib triples as canonical N-Triples written by Oxigraph; a graph repeats its IRIs, so each IRI is
    converted once."""

    def __init__(self) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self._iris: dict[URIRef, object] = {}

    def term(self, t):
        if type(t) is URIRef:
            found = self._iris.get(t)
            if found is None:
                found = self._iris[t] = self.ox.NamedNode(str(t))
            return found
        return to_oxigraph(t, self.ox)

    def ntriples(self, triples: Iterable[tuple]) -> bytes:
        ox, term = self.ox, self.term
        return ox.serialize([ox.Triple(term(s), term(p), term(o)) for s, p, o in triples], format=ox.RdfFormat.N_TRIPLES)


def sort_key(line: bytes) -> bytes:
    """The order of :func:`sorted_lines` for one line (``rdf:type`` first within a subject)."""
    return line.replace(_TYPE, _TYPE_FIRST)


def sorted_lines(ntriples: bytes) -> list[bytes]:
    """The lines of canonical N-Triples sorted, ``rdf:type`` first within a subject."""
    lines = ntriples.replace(_TYPE, _TYPE_FIRST).splitlines(keepends=True)
    lines.sort()
    return [line.replace(_TYPE_FIRST, _TYPE) for line in lines]


def in_graph(lines: list[bytes], name: str | None) -> bytes:
    """N-Triples lines as N-Quads lines of the graph ``name`` (``None``: the default graph)."""
    if name is None:
        return b"".join(lines)
    graph = f" <{name}> .\n".encode("utf-8")
    return b"".join(line[:-3] + graph for line in lines)  # "<s> <p> <o> .\n" -> "… <g> .\n"


def write_sorted(source, out, format: str, quads: bool) -> None:
    """Write sorted N-Triples (or, ``quads``, N-Quads) ``source`` (bytes or a path) to the binary file ``out``
    in ``format``, by Oxigraph's parser and writer, with newsgraph's prefixes where the format has them."""
    import pyoxigraph as ox

    source_format = ox.RdfFormat.N_QUADS if quads else ox.RdfFormat.N_TRIPLES
    target = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
              "nquads": ox.RdfFormat.N_QUADS}[format]
    parsed = ox.parse(path=source, format=source_format) if not isinstance(source, bytes) else ox.parse(source, format=source_format)
    ox.serialize(parsed, out, format=target, prefixes=dict(PREFIXES) if format in ("turtle", "trig") else None)


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
    import io

    terms = OxigraphTerms()
    quads = format in ("trig", "nquads")
    if quads:
        by_graph: dict[str, list[tuple]] = {}
        for s, p, o, ctx in graph.quads((None, None, None, None)):
            name = getattr(ctx, "identifier", ctx)  # rdflib gives the graph or its name, by version
            by_graph.setdefault("" if _is_default(name) else str(name), []).append((s, p, o))
        data = b"".join(in_graph(sorted_lines(terms.ntriples(triples)), name or None)
                        for name, triples in sorted(by_graph.items()))
    else:
        data = b"".join(sorted_lines(terms.ntriples(graph)))
    out = io.BytesIO()
    write_sorted(data, out, format, quads)
    return out.getvalue().decode("utf-8")

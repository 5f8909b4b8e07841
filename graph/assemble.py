"""A build's graph assembled in Oxigraph, without rdflib's memory store: the union of the article graphs in an
in-memory Oxigraph store (the analyses and views query it), each article's graph as sorted N-Quads in a file
(the TriG and N-Quads outputs and the stores are made from it by Oxigraph's parsers and writers).

rdflib's store took 1.1 KB and tens of microseconds per triple to build, merge and iterate; a 2,000-article
build spent most of its four minutes and 4 GB there. Here Python touches each triple once, to make it; sorting
happens on N-Triples lines (bytes), and everything else is Oxigraph's Rust.

Sorting: statements are ordered by subject, then ``rdf:type`` before the other predicates, then predicate and
object, as the lines of canonical N-Triples sort (``rdf:type`` is swapped for a byte that sorts first while
sorting). So a subject's statements group (``;`` in Turtle), and the same graph gives the same bytes whatever
order it was made in. TriG groups by article graph, in the order of the graph IRIs.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import URIRef

from .serialize import to_oxigraph
from .stores import UNION_GRAPH, OxigraphStore
from .vocab import PREFIXES

_TYPE = b" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
_TYPE_FIRST = b" <\x01> "  # canonical N-Triples escapes control characters, so this byte is free


def sorted_lines(ntriples: bytes) -> list[bytes]:
    """The lines of canonical N-Triples (or N-Quads) sorted, ``rdf:type`` first within a subject."""
    lines = ntriples.replace(_TYPE, _TYPE_FIRST).splitlines(keepends=True)
    lines.sort()
    return [line.replace(_TYPE_FIRST, _TYPE) for line in lines]


class AssembledGraph:
    """``add_graph`` each article graph in the order of the graph IRIs, then export and query."""

    def __init__(self, folder: Path) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.work = OxigraphStore(None)  # the union, in memory
        self.quads_path = folder / "article-graphs.nq"
        self._quads = self.quads_path.open("wb")
        self._iris: dict[URIRef, object] = {}
        self.graph_names: list[str] = []

    def _term(self, t):
        if type(t) is URIRef:  # a graph repeats its IRIs: each is converted once
            found = self._iris.get(t)
            if found is None:
                found = self._iris[t] = self.ox.NamedNode(str(t))
            return found
        return to_oxigraph(t, self.ox)

    def add_graph(self, name: str, triples: Iterable[tuple]) -> None:
        ox, term = self.ox, self._term
        ntriples = ox.serialize([ox.Triple(term(s), term(p), term(o)) for s, p, o in triples], format=ox.RdfFormat.N_TRIPLES)
        # the store is a set of quads: a triple of several articles is one quad of the union (parsed in Rust: no
        # Python object per quad)
        self.work.store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=self.work.union)
        graph = f" <{name}> .\n".encode("utf-8")
        lines = sorted_lines(ntriples)
        self._quads.write(b"".join(line[:-3] + graph for line in lines))  # "<s> <p> <o> .\n" -> "… <g> .\n"
        self.graph_names.append(name)

    def add_graphs(self, graphs: Iterable[tuple[str, Iterable[tuple]]]) -> "AssembledGraph":
        for name, triples in graphs:
            self.add_graph(name, triples)
        self._quads.close()
        return self

    def union_ntriples(self) -> bytes:
        """The union as sorted N-Triples."""
        ox = self.ox
        return b"".join(sorted_lines(self.work.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=self.work.union)))

    def export(self, format: str, target: Path) -> None:
        """Write ``target`` in ``format`` (``turtle``, ``nt``: the union; ``trig``, ``nquads``: the article
        graphs), with newsgraph's prefixes where the format has them."""
        ox = self.ox
        if format == "nquads":
            shutil.copyfile(self.quads_path, target)
            return
        if format == "trig":
            with target.open("wb") as out:
                ox.serialize(ox.parse(path=self.quads_path, format=ox.RdfFormat.N_QUADS), out,
                             format=ox.RdfFormat.TRIG, prefixes=dict(PREFIXES))
            return
        union = self.union_ntriples()
        with target.open("wb") as out:
            if format == "nt":
                out.write(union)
            else:
                ox.serialize(ox.parse(union, format=ox.RdfFormat.N_TRIPLES), out, format=ox.RdfFormat.TURTLE,
                             prefixes=dict(PREFIXES))

    def article_graphs_ntriples(self) -> Iterator[tuple[str, bytes]]:
        """Each article graph (IRI, N-Triples), read back from the N-Quads file one graph at a time."""
        name, lines = None, []
        with self.quads_path.open("rb") as fh:
            for line in fh:
                at = line.rindex(b" <", 0, len(line) - 3)
                graph = line[at + 2:-4].decode("utf-8")
                if graph != name and lines:
                    yield name, b"".join(lines)
                    lines = []
                name = graph
                lines.append(line[:at] + b" .\n")
        if lines:
            yield name, b"".join(lines)


def load_into_oxigraph(target: OxigraphStore, graph: AssembledGraph, base: str) -> None:
    """Replace newsgraph's graphs in an Oxigraph store on disk by the build's, with Oxigraph's bulk loader."""
    ox = target.ox
    for name in target.our_graphs(base) | {UNION_GRAPH}:
        target.store.remove_graph(ox.NamedNode(name))
    target.store.bulk_load(path=graph.quads_path, format=ox.RdfFormat.N_QUADS)
    target.store.bulk_load(graph.union_ntriples(), format=ox.RdfFormat.N_TRIPLES, to_graph=target.union)
    target.store.flush()

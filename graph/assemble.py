"""A build's graph assembled in Oxigraph, without rdflib's memory store: the union of the article graphs in an
in-memory Oxigraph store (the analyses and views query it), each article's graph as sorted N-Quads in a file
(the TriG and N-Quads outputs and the stores are made from it by Oxigraph's parsers and writers).

rdflib's store took 1.1 KB and tens of microseconds per triple to build, merge and iterate; a 2,000-article
build spent most of its four minutes and 4 GB there. Here Python touches each triple once, to make it; sorting
happens on N-Triples lines (bytes), and everything else is Oxigraph's Rust.

Statements are sorted as ``graph/serialize.py`` sorts them (N-Triples lines, ``rdf:type`` first), TriG by
article graph in the order of the graph IRIs. The union's sorted N-Triples are written once, to a file beside
the article graphs', and every output and store made from them reads that file.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from .rdf import NTriplesGraph
from .serialize import OxigraphTerms, in_graph, sorted_lines, write_sorted
from .stores import UNION_GRAPH, OxigraphStore


class AssembledGraph:
    """``add_graph`` each article graph in the order of the graph IRIs, then export and query."""

    def __init__(self, folder: Path) -> None:
        self.terms = OxigraphTerms()
        self.ox = self.terms.ox
        self.work = OxigraphStore(None)  # the union, in memory
        self.quads_path = folder / "article-graphs.nq"
        self.union_path = folder / "union.nt"  # written when first asked for
        self._quads = self.quads_path.open("wb")
        self.graph_names: list[str] = []

    def add_graph(self, name: str, triples: Iterable[tuple] | NTriplesGraph) -> None:
        ox = self.ox
        ntriples = triples.ntriples() if isinstance(triples, NTriplesGraph) else self.terms.ntriples(triples)
        # the store is a set of quads: a triple of several articles is one quad of the union (parsed in Rust: no
        # Python object per quad)
        self.work.store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=self.work.union)
        self._quads.write(in_graph(sorted_lines(ntriples), name))
        self.graph_names.append(name)

    def add_graphs(self, graphs: Iterable[tuple[str, Iterable[tuple]]]) -> "AssembledGraph":
        for name, triples in graphs:
            self.add_graph(name, triples)
        self._quads.close()
        return self

    def union_ntriples(self) -> Path:
        """The file of the union as sorted N-Triples (dumped from the store and sorted once)."""
        if not self.union_path.exists():
            ox = self.ox
            dumped = self.work.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=self.work.union)
            self.union_path.write_bytes(b"".join(sorted_lines(dumped)))
        return self.union_path

    def export(self, format: str, target: Path) -> None:
        """Write ``target`` in ``format`` (``turtle``, ``nt``: the union; ``trig``, ``nquads``: the article
        graphs), with newsgraph's prefixes where the format has them."""
        quads = format in ("trig", "nquads")
        source = self.quads_path if quads else self.union_ntriples()
        if format in ("nquads", "nt"):
            shutil.copyfile(source, target)
            return
        with target.open("wb") as out:
            write_sorted(source, out, format, quads)

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
    target.store.bulk_load(path=graph.union_ntriples(), format=ox.RdfFormat.N_TRIPLES, to_graph=target.union)
    target.store.flush()

"""Turtle and TriG written by Oxigraph hold exactly the graph, with the project's prefixes, in a stable order."""
from __future__ import annotations

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from graph.rdf import facts_to_dataset, merged_graph
from graph.serialize import serialize


def test_serialize_turtle_and_trig_round_trip(small_facts):
    ds = facts_to_dataset(small_facts)
    g = merged_graph(ds)
    back = Graph().parse(data=serialize(g, "turtle"), format="turtle")
    assert set(back) == set(g)
    quads = Dataset().parse(data=serialize(ds, "trig"), format="trig")
    assert {(s, p, o, str(c)) for s, p, o, c in quads.quads()} == {(s, p, o, str(c)) for s, p, o, c in ds.quads()}


def test_serialize_is_the_same_bytes_whatever_the_insertion_order():
    triples = [(URIRef("https://x.example/b"), RDF.type, URIRef("https://schema.org/Event")),
               (URIRef("https://x.example/a"), URIRef("https://schema.org/name"), Literal("Gipfel", lang="de")),
               (URIRef("https://x.example/a"), URIRef("https://schema.org/startDate"), Literal("2025-03", datatype=XSD.gYearMonth)),
               (URIRef("https://x.example/a"), RDF.type, URIRef("https://schema.org/Event"))]
    one, two = Graph(), Graph()
    for t in triples:
        one.add(t)
    for t in reversed(triples):
        two.add(t)
    text = serialize(one, "turtle")
    assert text == serialize(two, "turtle")
    assert "@prefix schema: <https://schema.org/> ." in text
    # a subject's statements together, its type first
    assert text.index("<https://x.example/a> a schema:Event ;") < text.index('"Gipfel"@de') < text.index("<https://x.example/b>")

"""The ng: vocabulary in code and the shipped ontology agree; every term has a German and an English label."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from graph.shacl import ONTOLOGY_PATH
from graph.vocab import NG, NG_IRI


def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def test_vocab_every_term_is_in_the_ontology_with_labels_in_both_languages():
    g = ontology()
    for name in NG.__annotations__:
        term = URIRef(NG_IRI + name)
        langs = {label.language for label in g.objects(term, RDFS.label)}
        assert {"de", "en"} <= langs, name


def test_vocab_meeting_is_aligned_to_schema_and_sem():
    g = ontology()
    parents = set(g.objects(NG.Meeting, RDFS.subClassOf))
    assert URIRef("https://schema.org/Event") in parents
    assert URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event") in parents


def test_vocab_misspelt_term_is_an_error():
    with pytest.raises(AttributeError):
        NG.atends  # noqa: B018

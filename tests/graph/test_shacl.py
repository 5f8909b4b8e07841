from rdflib import URIRef
from rdflib.namespace import RDF, SDO

from graph.rdf import facts_to_dataset, merged_graph
from graph.shacl import validate_graph


def test_validate_built_graph_conforms(small_facts):
    assert validate_graph(merged_graph(facts_to_dataset(small_facts))) == []


def test_validate_reports_an_actor_with_two_types(small_facts):
    g = merged_graph(facts_to_dataset(small_facts))
    g.add((URIRef("https://newsgraph.example/id/person/piet-varga"), RDF.type, SDO.Organization))
    violations = validate_graph(g)
    assert any("exactly one of" in v.message for v in violations)


def test_validate_reports_a_bad_date_type(small_facts):
    from rdflib import Literal

    g = merged_graph(facts_to_dataset(small_facts))
    m = URIRef("https://newsgraph.example/id/meeting/de-fixture-txt-m1")
    g.remove((m, SDO.startDate, None))
    g.add((m, SDO.startDate, Literal("next spring")))
    assert any("startDate" in (v.path or "") or "startDate" in v.message for v in validate_graph(g))

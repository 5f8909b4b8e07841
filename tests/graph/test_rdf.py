"""The RDF contract on hand-written facts (no NLP): exact triples a user's SPARQL relies on."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, OWL, PROV, RDF, RDFS, SDO, XSD

from graph.rdf import facts_to_dataset, merged_graph
from graph.vocab import NG

BASE = "https://newsgraph.example/id/"
KELLER = URIRef(BASE + "person/alma-keller")
VARGA = URIRef(BASE + "person/piet-varga")
M1 = URIRef(BASE + "meeting/de-fixture-txt-m1")
M2 = URIRef(BASE + "meeting/en-fixture-txt-m1")
ART1 = URIRef(BASE + "article/de-fixture-txt")


def test_rdf_meeting_attendance_host_place_date(small_facts):
    g = merged_graph(facts_to_dataset(small_facts))
    assert (M1, RDF.type, SDO.Event) in g and (M1, RDF.type, NG.Meeting) in g
    assert (M1, SDO.attendee, VARGA) in g and (VARGA, NG.attends, M1) in g
    assert (M1, SDO.organizer, KELLER) in g and (M1, SDO.attendee, KELLER) in g
    venue = URIRef(BASE + "place/chancellery-berlin")
    berlin = URIRef(BASE + "place/berlin-2950159")
    assert (M1, SDO.location, venue) in g
    assert (venue, SDO.containedInPlace, berlin) in g
    assert (berlin, SDO.containedInPlace, URIRef(BASE + "country/DE")) in g
    assert (M1, SDO.startDate, Literal("2025-04-07", datatype=XSD.date)) in g
    assert (M2, SDO.startDate, Literal("2025-06", datatype=XSD.gYearMonth)) in g


def test_rdf_status_mode_and_provenance(small_facts):
    g = merged_graph(facts_to_dataset(small_facts))
    assert (M1, NG.status, NG.Past) in g
    assert (M2, NG.status, NG.Planned) in g and (M2, SDO.eventStatus, SDO.EventScheduled) in g
    assert (M2, SDO.eventAttendanceMode, SDO.OnlineEventAttendanceMode) in g
    assert (M1, SDO.eventAttendanceMode, SDO.OfflineEventAttendanceMode) in g
    assert (M1, PROV.wasDerivedFrom, ART1) in g
    assert (ART1, RDF.type, SDO.NewsArticle) in g
    assert (ART1, SDO.identifier, Literal("de_fixture.txt")) in g
    assert (ART1, SDO.datePublished, Literal("2025-04-08", datatype=XSD.date)) in g
    assert (ART1, SDO.inLanguage, Literal("de")) in g


def test_rdf_actor_types_names_and_identity(small_facts):
    g = merged_graph(facts_to_dataset(small_facts))
    group = URIRef(BASE + "group/de-fixture-txt/delegation")
    assert (group, RDF.type, FOAF.Group) in g
    assert not {(group, RDF.type, t) for t in (SDO.Person, SDO.Organization, SDO.Country)} & set(g)
    assert (URIRef(BASE + "country/NL"), RDF.type, SDO.Country) in g
    assert (URIRef(BASE + "org/northern-forum"), RDF.type, SDO.Organization) in g
    assert (KELLER, SDO.name, Literal("Alma Keller")) in g
    assert (KELLER, SDO.alternateName, Literal("Keller", lang="de")) in g
    assert (URIRef(BASE + "country/NL"), RDFS.label, Literal("Niederlande", lang="de")) in g
    assert (VARGA, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q999999991")) in g
    assert (KELLER, OWL.sameAs, None) not in g
    # one node for the person mentioned in both articles
    assert (KELLER, NG.attends, M2) in g and (KELLER, NG.attends, M1) in g


def test_rdf_quotation_is_tied_to_speaker_and_meeting(small_facts):
    g = merged_graph(facts_to_dataset(small_facts))
    q = URIRef(BASE + "statement/de-fixture-txt-q1")
    assert (q, RDF.type, SDO.Quotation) in g
    assert (q, SDO.creator, KELLER) in g
    assert (q, SDO.text, Literal("Wir bleiben an der Seite der Ukraine", lang="de")) in g
    assert (q, SDO.about, M1) in g


def test_rdf_evidence_of_each_attendance_is_reachable_by_sparql(small_facts):
    g = merged_graph(facts_to_dataset(small_facts))
    rows = list(g.query(
        """SELECT ?sentence ?start ?id WHERE {
             ?f a ng:Attendance ; ng:actor ?a ; ng:meeting ?m ; ng:evidence ?e .
             ?e ng:sentence ?sentence ; ng:startOffset ?start ; ng:inArticle ?art .
             ?art schema:identifier ?id }""",
        initNs={"ng": NG, "schema": SDO},
        initBindings={"a": VARGA, "m": M1},
    ))
    assert len(rows) == 1
    assert str(rows[0].sentence).startswith("Die Außenministerin Alma Keller empfing")
    assert rows[0].start.toPython() == 0 and str(rows[0].id) == "de_fixture.txt"


def test_rdf_trig_has_one_named_graph_per_article(small_facts):
    ds = facts_to_dataset(small_facts)
    names = sorted(str(c.identifier) for c in ds.graphs() if len(c))
    assert names == [BASE + "graph/de-fixture-txt", BASE + "graph/en-fixture-txt"]


def test_rdf_output_is_byte_identical_for_the_same_input(small_facts):
    a = merged_graph(facts_to_dataset(small_facts)).serialize(format="turtle")
    b = merged_graph(facts_to_dataset(list(small_facts))).serialize(format="turtle")
    assert a == b
    assert "_:" not in a  # no blank nodes: stable IRIs only


def test_rdf_base_iri_is_configurable(small_facts):
    g = merged_graph(facts_to_dataset(small_facts, base="http://example.org/kg"))
    assert (URIRef("http://example.org/kg/person/alma-keller"), RDF.type, SDO.Person) in g


def test_rdf_bad_base_iri_is_refused(small_facts):
    import pytest

    with pytest.raises(ValueError, match="not an absolute IRI"):
        facts_to_dataset(small_facts, base="not an iri")


def test_rdf_reported_speech_is_not_a_quotation(small_facts):
    f = small_facts[0]
    f["statements"].append({**f["statements"][0], "id": "q2", "mode": "indirect", "text": "die Lage sei ernst"})
    g = merged_graph(facts_to_dataset(small_facts))
    q2 = URIRef(BASE + "statement/de-fixture-txt-q2")
    assert (q2, RDF.type, NG.ReportedStatement) in g and (q2, RDF.type, SDO.Quotation) not in g
    assert (q2, SDO.creator, KELLER) in g


def test_rdf_ntriples_literals_are_what_oxigraph_writes_for_every_character():
    import pyoxigraph as ox

    from graph.rdf import ntriples_literal

    s, p = ox.NamedNode("https://e.x/s"), ox.NamedNode("https://e.x/p")
    texts = ["".join(chr(c) for c in range(start, min(start + 4096, 0x110000)) if not 0xD800 <= c <= 0xDFFF)
             for start in range(0, 0x110000, 4096)]
    cases = [(t, None, None) for t in texts] + [
        ("Treffen", None, "de"), ("Gipfel", None, "EN"), (5, None, None), (0, None, None),
        ("2025-03", "http://www.w3.org/2001/XMLSchema#gYearMonth", None),
        ("https://e.x/a?b=1", "http://www.w3.org/2001/XMLSchema#anyURI", None),
        ("x", "http://www.w3.org/2001/XMLSchema#string", None),
    ]
    for value, datatype, lang in cases:
        if isinstance(value, int):
            term = ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        else:
            term = ox.Literal(value, datatype=ox.NamedNode(datatype) if datatype else None, language=lang)
        line = ox.serialize([ox.Triple(s, p, term)], format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        assert line == f"<https://e.x/s> <https://e.x/p> {ntriples_literal(value, datatype, lang)} .\n"


def test_rdf_ntriples_graphs_are_the_graphs_of_rdflib_terms(small_facts):
    from graph.rdf import iter_article_graphs
    from graph.serialize import OxigraphTerms, sorted_lines

    facts = [dict(f) for f in small_facts]
    facts[0] = dict(facts[0], article=dict(facts[0]["article"], title='Ein "Titel"\twith\\odd\x07 characters\u2028'))
    terms = OxigraphTerms()
    fast = list(iter_article_graphs(facts, ntriples=True))
    slow = list(iter_article_graphs(facts))
    assert [name for name, _ in fast] == [name for name, _ in slow] and len(fast) == len(small_facts)
    for (_, written), (_, triples) in zip(fast, slow):
        assert sorted_lines(written.ntriples()) == sorted_lines(terms.ntriples(triples))


def test_rdf_ntriples_graph_refuses_what_is_not_an_iri():
    from rdflib import URIRef

    from graph.rdf import NTriplesGraph

    with pytest.raises(ValueError, match="not an IRI"):
        NTriplesGraph().add((URIRef("https://e.x/a b"), URIRef("https://e.x/p"), URIRef("https://e.x/o")))
    with pytest.raises(TypeError, match="neither an IRI nor a literal"):
        NTriplesGraph().add((URIRef("https://e.x/a"), URIRef("https://e.x/p"), Literal("Berlin")))


def test_rdf_a_state_known_only_as_whom_a_person_represents_has_its_one_name(small_facts):
    g = merged_graph(facts_to_dataset(small_facts))
    germany = URIRef(BASE + "country/DE")
    assert (KELLER, NG.represents, germany) in g
    assert set(g.objects(germany, SDO.name)) == {Literal("Germany")}
    assert Literal("Deutschland", lang="de") in set(g.objects(germany, RDFS.label))


def test_rdf_a_region_is_an_administrative_area_in_its_state(small_facts):
    from graph.shacl import validate_graph

    facts = small_facts[1]
    facts["places"] = [
        {"key": "region:US-AK", "type": "region", "name": "Alaska", "names": {"de": "Alaska", "en": "Alaska"},
         "forms": ["Alaska"], "country": "US", "within": "country:US", "geonames": None, "wikidata": None},
        {"key": "country:US", "type": "country", "name": "United States", "names": {"en": "United States"},
         "forms": [], "country": "US", "within": None, "geonames": None, "wikidata": None}]
    facts["meetings"][0]["places"] = ["region:US-AK"]
    g = merged_graph(facts_to_dataset(small_facts))
    alaska = URIRef(BASE + "region/US-AK")
    assert (M2, SDO.location, alaska) in g and (alaska, RDF.type, SDO.AdministrativeArea) in g
    assert (alaska, SDO.containedInPlace, URIRef(BASE + "country/US")) in g
    assert validate_graph(g) == []

"""One node per person and meeting across articles and languages (texts and names invented for these tests)."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, SDO

from graph.identity import resolve_identity
from graph.rdf import facts_to_dataset, merged_graph
from graph.shacl import validate_graph
from graph.vocab import NG

BASE = "https://newsgraph.example/id/"

DE_BRUSSELS = ("Polens Außenministerin Lena Kowalczyk und ihr österreichischer Amtskollege Tomas Brenner haben sich "
               "am Dienstag in Brüssel getroffen. Kowalczyk sprach danach von einem guten Gespräch.")
EN_BRUSSELS = ("Poland's foreign minister Lena Kowalczyk met her Austrian counterpart Tomas Brenner in Brussels on "
               "Tuesday. The two discussed border controls.")
EN_OTHER_BRUSSELS = "Belgium's prime minister Jan Verlinden hosted Ireland's prime minister Aoife Brennan in Brussels on Tuesday."


@pytest.fixture(scope="module")
def three_reports(extractor):
    from extract.reading import make_article

    return [extractor.extract(make_article(id=i, text=t, date="2025-03-12", language=lang))
            for i, t, lang in (("de-bruessel", DE_BRUSSELS, "de"), ("en-brussels", EN_BRUSSELS, "en"),
                               ("en-brussels-2", EN_OTHER_BRUSSELS, "en"))]


def meetings_of(g):
    return set(g.subjects(RDF.type, NG.Meeting))


def test_identity_a_german_and_an_english_report_of_one_meeting_give_one_node(three_reports):
    g = merged_graph(facts_to_dataset(three_reports[:2]))
    [m] = meetings_of(g)
    assert set(g.objects(m, PROV.wasDerivedFrom)) == {URIRef(BASE + "article/de-bruessel"), URIRef(BASE + "article/en-brussels")}
    # each article's evidence is kept, and both name the same two people
    articles = {g.value(ev, NG.inArticle) for ev in g.objects(m, NG.evidence)}
    assert len(articles) == 2
    assert set(g.objects(m, SDO.attendee)) == {URIRef(BASE + "person/lena-kowalczyk"), URIRef(BASE + "person/tomas-brenner")}
    assert {lbl.language for lbl in g.objects(m, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))} == {"de", "en"}
    assert validate_graph(g) == []


def test_identity_two_meetings_in_one_city_on_one_day_stay_two(three_reports):
    g = merged_graph(facts_to_dataset(three_reports))
    assert len(meetings_of(g)) == 2
    verlinden = URIRef(BASE + "person/jan-verlinden")
    [theirs] = set(g.subjects(SDO.attendee, verlinden))
    assert set(g.objects(theirs, PROV.wasDerivedFrom)) == {URIRef(BASE + "article/en-brussels-2")}


def facts(article: str, lang: str, published: str, actors: list[dict], meetings: list[dict]) -> dict:
    """A hand-written facts record: only the fields identity resolution and the RDF writer read."""
    ev = {"start": 0, "end": 10, "sentence": "Ein Satz.", "span_start": 0, "span_end": 3}
    for a in actors:
        a.setdefault("type", "person")
        a.setdefault("in_kb", False)
        a.setdefault("country", None)
        a.setdefault("forms", [a["name"]])
        a.setdefault("names", {})
        a.setdefault("role", None)
        a.setdefault("wikidata", None)
        a["evidence"] = ev
    out = []
    for n, m in enumerate(meetings, start=1):
        out.append({"id": f"m{n}", "trigger": "Treffen", "kind": "treffen", "trigger_type": "noun", "status": m.get("status", "past"),
                    "virtual": False, "date": m.get("date"), "places": m.get("places", ["city:2950159"]),
                    "attendees": [{"actor": k, "evidence": ev} for k in m["attendees"]],
                    "hosts": [{"actor": k, "evidence": ev} for k in m.get("hosts", [])], "absent": [], "evidence": [ev]})
    berlin = {"key": "city:2950159", "type": "city", "name": "Berlin", "names": {"de": "Berlin", "en": "Berlin"}, "forms": [],
              "country": "DE", "within": "country:DE", "geonames": "2950159", "wikidata": None}
    germany = {"key": "country:DE", "type": "country", "name": "Germany", "names": {"de": "Deutschland", "en": "Germany"},
               "forms": [], "country": "DE", "within": None, "geonames": None, "wikidata": None}
    return {"facts_version": "1.1", "extractor": {"name": "newsgraph", "version": "test"},
            "article": {"id": article, "language": lang, "date": published, "sha256": "0" * 64, "text": "Ein Satz."},
            "actors": actors, "places": [berlin, germany], "meetings": out, "statements": []}


def test_identity_spellings_of_one_person_in_two_languages_are_one_person():
    a = facts("a", "de", "2025-02-18", [{"key": "person:juri-uschakow", "name": "Juri Uschakow"}], [])
    b = facts("b", "en", "2025-02-18", [{"key": "person:yuri-ushakov", "name": "Yuri Ushakov"}], [])
    ident = resolve_identity([a, b])
    assert ident.actor("a", "person:juri-uschakow") == ident.actor("b", "person:yuri-ushakov")


def test_identity_a_spelling_of_a_knowledge_base_person_is_that_person():
    from extract.knowledge import default_knowledge_base

    a = facts("a", "de", "2025-05-16", [{"key": "person:rustem-umjerow", "name": "Rustem Umjerow"}], [])
    ident = resolve_identity([a], default_knowledge_base())
    assert ident.actor("a", "person:rustem-umjerow") == "person:rustem-umerov"
    assert ident.actor_names["person:rustem-umerov"] == "Rustem Umerov"


def test_identity_one_name_from_two_states_is_two_people_and_a_surname_alone_joins_nothing():
    a = facts("a", "en", "2025-01-01", [{"key": "person:anna-berg", "name": "Anna Berg", "country": "SE"},
                                        {"key": "person:berg", "name": "Berg"}], [])
    b = facts("b", "en", "2025-01-01", [{"key": "person:anna-berg", "name": "Anna Berg", "country": "NO"},
                                        {"key": "person:berg", "name": "Berg"}], [])
    ident = resolve_identity([a, b])
    assert ident.actor("a", "person:anna-berg") != ident.actor("b", "person:anna-berg")
    assert ident.actor("a", "person:berg") != ident.actor("b", "person:berg")
    g = merged_graph(facts_to_dataset([a, b]))
    assert (URIRef(BASE + "person/a/berg"), RDF.type, SDO.Person) not in g  # not attending anything: not written
    assert ident.actor("a", "person:berg") == "localperson:a/berg"


@pytest.mark.parametrize(
    "second, merged",
    [
        ({"date": {"value": "2025-04", "precision": "month", "text": "April"}}, True),  # coarser date agrees
        ({"date": {"value": "2025-05-02", "precision": "day", "text": "2. Mai"}}, False),  # another day
        ({"date": None}, True),  # undated, published a day later, two people in common
        ({"date": None, "attendees": ["person:kai-roth"]}, False),  # undated with one person in common: too little
        ({"places": ["country:DE"]}, True),  # the city lies in the state the other report names
        ({"hosts": ["person:ida-lenz"], "attendees": ["person:kai-roth", "person:ida-lenz"]}, False),  # other hosts
        ({"status": "cancelled"}, False),  # one took place, the other was called off
    ],
)
def test_identity_when_two_reports_are_one_meeting(second, merged):
    people = [{"key": "person:kai-roth", "name": "Kai Roth"}, {"key": "person:eva-sand", "name": "Eva Sand"},
              {"key": "person:ida-lenz", "name": "Ida Lenz"}]
    first = {"date": {"value": "2025-04-07", "precision": "day", "text": "Montag"},
             "attendees": ["person:kai-roth", "person:eva-sand"], "hosts": ["person:kai-roth"]}
    other = {"attendees": ["person:kai-roth", "person:eva-sand"], "date": first["date"], **second}
    if "hosts" not in second:
        other["hosts"] = [] if other["date"] is None else ["person:kai-roth"]
    a = facts("a", "de", "2025-04-07", [dict(p) for p in people], [first])
    b = facts("b", "en", "2025-04-08", [dict(p) for p in people], [other])
    ident = resolve_identity([a, b])
    assert (ident.meeting("a", "m1").members == ident.meeting("b", "m1").members) is merged


def test_identity_never_joins_two_meetings_one_article_tells_apart():
    people = [{"key": "person:kai-roth", "name": "Kai Roth"}, {"key": "person:eva-sand", "name": "Eva Sand"}]
    day = {"value": "2025-04-07", "precision": "day", "text": "Montag"}
    meeting = {"date": day, "attendees": ["person:kai-roth", "person:eva-sand"]}
    a = facts("a", "de", "2025-04-07", [dict(p) for p in people], [meeting, meeting])
    b = facts("b", "en", "2025-04-07", [dict(p) for p in people], [meeting])
    ident = resolve_identity([a, b])
    assert ident.meeting("a", "m1").members != ident.meeting("a", "m2").members
    g = merged_graph(facts_to_dataset([a, b]))
    assert len(set(g.subjects(RDF.type, NG.Meeting))) == 2


def test_identity_merged_meeting_has_one_date_status_and_name_per_node():
    people = [{"key": "person:kai-roth", "name": "Kai Roth"}, {"key": "person:eva-sand", "name": "Eva Sand"}]
    a = facts("a", "de", "2025-04-01", [dict(p) for p in people],
              [{"date": {"value": "2025-04", "precision": "month", "text": "April"}, "status": "planned",
                "attendees": ["person:kai-roth", "person:eva-sand"]}])
    b = facts("b", "en", "2025-04-08", [dict(p) for p in people],
              [{"date": {"value": "2025-04-07", "precision": "day", "text": "Monday"},
                "attendees": ["person:kai-roth", "person:eva-sand"]}])
    g = merged_graph(facts_to_dataset([a, b]))
    [m] = set(g.subjects(RDF.type, NG.Meeting))
    assert list(g.objects(m, SDO.startDate)) == [Literal("2025-04-07", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))]
    assert list(g.objects(m, NG.status)) == [NG.Past]  # the later report: it took place
    assert validate_graph(g) == []


def test_identity_one_shared_person_of_three_is_not_one_meeting():
    # one minister at two meetings in Berlin on one day: the other participants tell the meetings apart
    names = ["Kai Roth", "Eva Sand", "Ida Lenz", "Ole Voss", "Mia Kern"]
    people = [{"key": "person:" + n.lower().replace(" ", "-"), "name": n} for n in names]
    keys = [p["key"] for p in people]
    day = {"value": "2025-04-07", "precision": "day", "text": "Montag"}
    a = facts("a", "de", "2025-04-07", [dict(p) for p in people], [{"date": day, "attendees": keys[:3]}])
    b = facts("b", "en", "2025-04-07", [dict(p) for p in people], [{"date": day, "attendees": [keys[0], *keys[3:]]}])
    ident = resolve_identity([a, b])
    assert ident.meeting("a", "m1").members != ident.meeting("b", "m1").members


def test_identity_a_month_dated_report_does_not_bridge_two_days():
    people = [{"key": "person:kai-roth", "name": "Kai Roth"}, {"key": "person:eva-sand", "name": "Eva Sand"}]
    both = ["person:kai-roth", "person:eva-sand"]
    a = facts("a", "de", "2025-04-07", [dict(p) for p in people], [{"date": {"value": "2025-04-07", "precision": "day", "text": "Montag"}, "attendees": both}])
    b = facts("b", "en", "2025-04-20", [dict(p) for p in people], [{"date": {"value": "2025-04", "precision": "month", "text": "April"}, "attendees": both}])
    c = facts("c", "en", "2025-04-14", [dict(p) for p in people], [{"date": {"value": "2025-04-14", "precision": "day", "text": "Monday"}, "attendees": both}])
    ident = resolve_identity([a, b, c])
    assert ident.meeting("a", "m1").members != ident.meeting("c", "m1").members

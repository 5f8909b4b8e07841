"""What the analyses and views need from a graph, read once: actors, meetings, who attended and hosted what.

Read with a handful of small SPARQL queries joined in Python (rdflib's engine is slow on OPTIONAL-heavy joins,
and plain SPARQL keeps this working on any store that answers it). Everything downstream (networkx graphs,
measures, charts, HTML views) works on this ``NetworkData`` and never on RDF, so a slice by date or a
selection of nodes is one Python operation.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date

from rdflib import Graph

from .stores import MemoryStore, Store

from .errors import NewsgraphError

_PREFIXES = """PREFIX schema: <https://schema.org/>
PREFIX ng: <https://newsgraph.example/ns#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
_ATTENDANCE = _PREFIXES + "SELECT ?m ?a WHERE { ?m a ng:Meeting ; schema:attendee ?a }"
# the hosts apart, matched in Python: an EXISTS per attendance took 2-4x the time of both queries in each engine
_HOSTING = _PREFIXES + "SELECT ?m ?a WHERE { ?m schema:organizer ?a }"
_ACTORS = _PREFIXES + """SELECT ?a ?name ?type WHERE {
  ?m a ng:Meeting ; schema:attendee ?a .
  ?a schema:name ?name ; a ?type .
  FILTER (?type IN (schema:Person, schema:Country, schema:Organization, foaf:Group))
}"""
# the actors' other statements are asked of every node that has them, without the join to the meetings that
# defines an actor (read_network keeps those of the actors of _ACTORS): a plain scan in each engine, where the join
# repeated each actor's lookups once per meeting it attended (4-10x faster on these three in rdflib and Oxigraph)
_ROLES = _PREFIXES + "SELECT ?a ?role WHERE { ?a ng:role ?role }"
_REPRESENTS = _PREFIXES + """SELECT ?a ?c ?cname ?ctype WHERE {
  ?a ng:represents ?c . ?c schema:name ?cname ; a ?ctype .
  FILTER (?ctype IN (schema:Country, schema:Organization))
}"""
_ALT_NAMES = _PREFIXES + "SELECT ?a ?alt WHERE { ?a schema:alternateName ?alt }"
# the evidence of every node that has some (actors, meetings, facts), the actors' kept in Python: joined to the
# meetings, each actor's evidence came once per meeting it attended before DISTINCT, which grows with the square of
# how often an actor is reported (at 100,000 articles it ran for over ten minutes); a VALUES list of the actor
# types took rdflib 200 times longer
_ACTOR_EVIDENCE = _PREFIXES + """SELECT ?x ?s ?id WHERE {
  ?x ng:evidence ?e . ?e ng:sentence ?s ; ng:inArticle ?art . ?art schema:identifier ?id
}"""
_MEETINGS = _PREFIXES + """SELECT ?m ?name ?status WHERE {
  ?m a ng:Meeting ; ng:status ?st .
  OPTIONAL { ?m schema:name ?name }
  BIND (LCASE(STRAFTER(STR(?st), "#")) AS ?status)
}"""
_DATES = _PREFIXES + "SELECT ?m ?date WHERE { ?m a ng:Meeting ; schema:startDate ?date }"
_PLACES = _PREFIXES + "SELECT ?m ?p ?pname WHERE { ?m a ng:Meeting ; schema:location ?p . ?p schema:name ?pname }"
_CONTAINED = _PREFIXES + """SELECT DISTINCT ?p ?q WHERE {
  ?m a ng:Meeting ; schema:location ?p , ?q . ?p schema:containedInPlace+ ?q
}"""
_EVIDENCE = _PREFIXES + """SELECT ?x ?s ?id WHERE {
  ?x a ng:Meeting ; ng:evidence ?e . ?e ng:sentence ?s ; ng:inArticle ?art . ?art schema:identifier ?id
}"""

# every predicate the queries above read: a build's work store holds these statements only (graph/assemble.py);
# tests/graph/test_assemble.py checks that read_network sees the same network with them alone
_SCHEMA, _NG = "https://schema.org/", "https://newsgraph.example/ns#"
READ_PREDICATES = frozenset({
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
    *(_SCHEMA + p for p in ("attendee", "organizer", "name", "alternateName", "identifier", "startDate", "location",
                            "containedInPlace")),
    *(_NG + p for p in ("role", "represents", "evidence", "sentence", "inArticle", "status")),
})

TYPE_NAMES = {"Person": "person", "Country": "country", "Organization": "organization", "Group": "group"}


@dataclass
class Attendance:
    """One actor at one meeting (``host``: the actor hosted it). The rows every graph is made from."""

    meeting: str
    meeting_name: str
    date: str | None
    actor: str
    actor_name: str
    actor_type: str
    host: bool


@dataclass
class Actor:
    iri: str
    name: str
    type: str  # person | country | organization | group
    role: str | None = None
    party: str | None = None  # the state or organisation a person represents (IRI)
    party_name: str | None = None
    party_type: str | None = None  # country | organization
    names: list[str] = field(default_factory=list)  # every other form the articles used
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (sentence, article identifier) naming them


@dataclass
class Meeting:
    iri: str
    name: str
    date: str | None  # "2025-03-06", "2025-03" or "2025": as precise as the articles were
    status: str  # past | planned | cancelled
    places: list[tuple[str, str]] = field(default_factory=list)  # (IRI, name)
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (sentence, article identifier)
    inner_places: list[tuple[str, str]] | None = None  # the places no other of ``places`` lies in (None: all)

    @property
    def innermost(self) -> list[tuple[str, str]]:
        """Where the meeting was, once: the venue rather than also its city (when the graph says the one is in
        the other)."""
        return self.places if self.inner_places is None else self.inner_places

    @property
    def month(self) -> str | None:
        return self.date[:7] if self.date and len(self.date) >= 7 else None


@dataclass
class NetworkData:
    actors: dict[str, Actor]
    meetings: dict[str, Meeting]
    attendances: list[Attendance]
    left_out: dict[str, int] = field(default_factory=dict)  # what a slice dropped, by reason

    def chronological(self, meetings) -> list[str]:
        """Meeting IRIs by date (undated last), then name, then IRI: the same order on every run."""
        return sorted(meetings, key=lambda m: (self.meetings[m].date or "9999", self.meetings[m].name, m))

    def sliced(self, since: str | None = None, until: str | None = None) -> NetworkData:
        """The meetings whose date overlaps ``[since, until]`` (ISO dates, ``YYYY-MM`` or ``YYYY`` each), with
        their attendances and actors. A meeting dated only to a month is kept when that month overlaps; an
        undated meeting cannot be placed in time and is left out (counted in ``left_out["undated"]``)."""
        if since is None and until is None:
            return self
        lo = period(since)[0] if since else date.min
        hi = period(until)[1] if until else date.max
        if lo > hi:
            raise NewsgraphError(f"--since {since} is after --until {until}")
        kept: dict[str, Meeting] = {}
        undated = outside = 0
        for iri, m in self.meetings.items():
            if m.date is None:
                undated += 1
                continue
            start, end = period(m.date)
            if end < lo or start > hi:
                outside += 1
                continue
            kept[iri] = m
        rows = [r for r in self.attendances if r.meeting in kept]
        actors = {r.actor: self.actors[r.actor] for r in rows}
        return replace(self, meetings=kept, attendances=rows, actors=actors,
                       left_out={**self.left_out, "undated": undated, "outside_period": outside})


def period(value: str) -> tuple[date, date]:
    """The first and last day a date of any precision covers: ``2025`` -> 1 Jan .. 31 Dec.

    Examples
    --------
    >>> period("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    try:
        parts = [int(p) for p in value.strip().split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        if len(parts) == 3:
            day = date(*parts)
            return day, day
    except ValueError:
        pass
    raise NewsgraphError(f"{value!r} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD")


def _type_name(type_iri) -> str:
    return TYPE_NAMES.get(str(type_iri).rsplit("/", 1)[-1], "actor")


def _add_evidence(g: Store, query: str, things: dict, distinct: bool = False) -> None:
    """The (sentence, article) pairs ``query`` gives for each ``?x`` of ``things``, ordered by article; with
    ``distinct``, each pair once (two mentions in one sentence are one piece of evidence)."""
    rows = g.rows(query)
    for x, sentence, article in set(rows) if distinct else rows:
        thing = things.get(x)
        if thing is not None:
            thing.evidence.append((sentence, article))
    for thing in things.values():
        thing.evidence.sort(key=lambda e: (e[1], e[0]))


def read_network(g: Store | Graph) -> NetworkData:
    """The actors, meetings and attendances of a built graph: in any store (:mod:`graph.stores`), or an rdflib
    ``Graph`` or ``Dataset`` view. Rows come as plain strings (``Store.rows``): making rdflib terms of the
    answers took longer than Oxigraph took to find them."""
    if isinstance(g, Graph):
        g = MemoryStore(g)
    actors: dict[str, Actor] = {}
    for a, name, type_ in g.rows(_ACTORS):
        found = actors.setdefault(a, Actor(a, name, _type_name(type_)))
        if name < found.name:  # a node named twice (graphs of other builds): the same name in every store
            found.name = name
    for a_iri, role in g.rows(_ROLES):
        a = actors.get(a_iri)
        if a is not None and (a.role is None or role < a.role):
            a.role = role
    for a_iri, c, cname, ctype in g.rows(_REPRESENTS):
        a = actors.get(a_iri)
        # the first state or organisation and name in IRI and name order: a node named twice gives the same one
        # whatever order a store answers in
        if a is not None and a.type in ("person", "group") and (a.party is None or (c, cname) < (a.party, a.party_name)):
            a.party, a.party_name, a.party_type = c, cname, _type_name(ctype)
    for a_iri, alt in g.rows(_ALT_NAMES):
        a = actors.get(a_iri)
        if a is not None and alt != a.name and alt not in a.names:
            a.names.append(alt)
    _add_evidence(g, _ACTOR_EVIDENCE, actors, distinct=True)
    for a in actors.values():
        a.names.sort()
    meetings: dict[str, Meeting] = {}
    for iri, name, status in g.rows(_MEETINGS):
        meetings.setdefault(iri, Meeting(iri, name if name is not None else iri.rsplit("/", 1)[-1], None, status))
    for iri, when in g.rows(_DATES):
        m = meetings.get(iri)
        if m is not None and (m.date is None or len(when) > len(m.date)):
            m.date = when  # the most precise date any article gave
    for iri, p, pname in g.rows(_PLACES):
        m = meetings.get(iri)
        if m is not None and (p, pname) not in m.places:
            m.places.append((p, pname))
    _add_evidence(g, _EVIDENCE, meetings)
    contains = set(g.rows(_CONTAINED))  # (inner, outer) among meeting places
    for m in meetings.values():
        m.places.sort()
        # "Élysée Palace" and "Paris" are one place told twice: the innermost is the meeting's place
        m.inner_places = [p for p in m.places if not any((q, p[0]) in contains for q, _ in m.places)]
    rows = []
    hosting = set(g.rows(_HOSTING))
    for m_iri, a_iri in g.rows(_ATTENDANCE):
        a, m = actors.get(a_iri), meetings.get(m_iri)
        if a is None or m is None:
            continue
        rows.append(Attendance(m.iri, m.name, m.date, a.iri, a.name, a.type, (m_iri, a_iri) in hosting))
    rows.sort(key=lambda a: (a.meeting, a.actor))
    return NetworkData(actors, meetings, rows)

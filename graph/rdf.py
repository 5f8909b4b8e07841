"""Facts to RDF by the project's contract (schema.org, PROV, FOAF, OWL; see README "RDF model").

:func:`facts_to_dataset` builds an rdflib ``Dataset`` with one named graph per article; the merged graph is
the union of those. No blank nodes are used, so the same facts always give the same triples and bytes.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import FOAF, OWL, PROV, RDF, RDFS, SDO, XSD

from .identity import Identity, resolve_identity
from .iris import DEFAULT_BASE, IriMinter
from .vocab import GEONAMES, NG, PREFIXES, WD

ACTOR_CLASS = {"person": SDO.Person, "country": SDO.Country, "organization": SDO.Organization, "group": FOAF.Group}
PLACE_CLASS = {"city": SDO.City, "region": SDO.AdministrativeArea, "venue": SDO.Place, "country": SDO.Country}
STATUS = {"past": NG.Past, "planned": NG.Planned, "cancelled": NG.Cancelled}
SCHEMA_STATUS = {"planned": SDO.EventScheduled, "cancelled": SDO.EventCancelled}
GENERIC_MEETING = {"de": "Treffen", "en": "Meeting"}
PRECISION_TYPE = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def bind_prefixes(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def _date_literal(lit, value: str, precision: str | None = None):
    kind = precision or {10: "day", 7: "month", 4: "year"}[len(value)]
    return lit(value, datatype=PRECISION_TYPE[kind])


class ArticleGraphBuilder:
    """Adds the triples of one article's facts to a graph: an rdflib ``Graph``, a :class:`TripleSet` or an
    :class:`NTriplesGraph` (which writes literals its own way: the graph's ``literal``, else rdflib's)."""

    def __init__(self, g: Graph | TripleSet | NTriplesGraph, facts: dict, minter: IriMinter,
                 identity: Identity | None = None) -> None:
        self.g = g
        self.lit = getattr(g, "literal", Literal)
        self.f = facts
        self.m = minter
        self.identity = identity or Identity()
        self.article = facts["article"]
        self.aid = self.article["id"]
        self.lang = self.article.get("language") or "de"
        self.article_iri = minter.article(self.aid)
        self.actors = {a["key"]: a for a in facts["actors"]}
        self.places = {p["key"]: p for p in facts["places"]}
        self._iris: dict[str, URIRef] = {}

    def iri(self, key: str) -> URIRef:
        """The node of an actor or place key of this article: the one node of that thing across the corpus."""
        if key not in self._iris:
            name = (self.places.get(key) or self.actors.get(key) or {}).get("name")
            self._iris[key] = self.m.entity(self.identity.actor(self.aid, key), self.aid, name)
        return self._iris[key]

    def meeting_iri(self, meeting_id: str) -> URIRef:
        found = self.identity.meeting(self.aid, meeting_id)
        return self.m.meeting(found.article, found.meeting)

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def build(self) -> None:
        self._article()
        used_actors: set[str] = set()
        used_places: set[str] = set()
        for mt in self.f["meetings"]:
            self._meeting(mt, used_actors, used_places)
        for st in self.f["statements"]:
            self._statement(st)
            used_actors.add(st["speaker"])
        for key in sorted(used_actors):
            self._actor(key, used_places)
        closure = set()
        for key in used_places:
            while key and key not in closure:
                closure.add(key)
                key = (self.places.get(key) or {}).get("within")
        for key in sorted(closure):
            self._place(key)

    def _article(self) -> None:
        a, art = self.article_iri, self.article
        self.add(a, RDF.type, SDO.NewsArticle)
        self.add(a, SDO.identifier, self.lit(art["id"]))
        self.add(a, SDO.inLanguage, self.lit(self.lang))
        self.add(a, NG.textSha256, self.lit(art["sha256"]))
        self.add(a, NG.extractorVersion, self.lit(self.f["extractor"]["version"]))
        if art.get("date"):
            self.add(a, SDO.datePublished, _date_literal(self.lit, art["date"]))
        for field, prop in (("title", SDO.headline), ("source", NG.source), ("dateline_place", NG.datelinePlace)):
            if art.get(field):
                self.add(a, prop, self.lit(art[field]))
        if art.get("url"):
            self.add(a, SDO.url, self.lit(art["url"], datatype=XSD.anyURI))

    def _evidence(self, ev: dict) -> URIRef:
        e = self.m.evidence(self.aid, ev["span_start"], ev["span_end"])
        self.add(e, RDF.type, NG.Evidence)
        self.add(e, NG.sentence, self.lit(ev["sentence"].strip()))
        self.add(e, NG.startOffset, self.lit(ev["start"]))
        self.add(e, NG.endOffset, self.lit(ev["end"]))
        self.add(e, NG.spanStart, self.lit(ev["span_start"]))
        self.add(e, NG.spanEnd, self.lit(ev["span_end"]))
        self.add(e, NG.inArticle, self.article_iri)
        if ev.get("trigger"):
            self.add(e, NG.trigger, self.lit(ev["trigger"]))
        return e

    def _label(self, mt: dict) -> str:
        """A readable name: ``Treffen · Nato-Hauptquartier · 2025-04`` (the meeting noun, else a generic one)."""
        place = self.places.get(mt["places"][0]) if mt["places"] else None
        where = (place.get("names", {}).get(self.lang) or place["name"]) if place else None
        noun = mt["trigger"] if mt.get("trigger_type") == "noun" else GENERIC_MEETING.get(self.lang, "Meeting")
        parts = [noun[:1].upper() + noun[1:]]
        if where:
            parts.append(where)
        if mt["date"]:
            parts.append(mt["date"]["value"])
        return " · ".join(parts)

    def _meeting(self, mt: dict, used_actors: set[str], used_places: set[str]) -> None:
        m = self.meeting_iri(mt["id"])
        merged = self.identity.meeting(self.aid, mt["id"])
        if len(merged.members) > 1:
            # one meeting told by several articles: every article's graph states the same date, status and mode
            mt = dict(mt, date=merged.date, status=merged.status, virtual=merged.virtual)
        self.add(m, RDF.type, SDO.Event)
        self.add(m, RDF.type, NG.Meeting)
        label = self._label(mt)
        if (merged.article, merged.meeting) == (self.aid, mt["id"]):
            # one name per meeting: that of the report it is minted from; every report adds its own label
            self.add(m, SDO.name, self.lit(label))
        self.add(m, RDFS.label, self.lit(label, lang=self.lang))
        self.add(m, NG.kind, self.lit(mt["kind"]))
        self.add(m, NG.status, STATUS[mt["status"]])
        if mt["status"] in SCHEMA_STATUS:
            self.add(m, SDO.eventStatus, SCHEMA_STATUS[mt["status"]])
        mode = SDO.OnlineEventAttendanceMode if mt["virtual"] else SDO.OfflineEventAttendanceMode
        self.add(m, SDO.eventAttendanceMode, mode)
        if mt["date"]:
            self.add(m, SDO.startDate, _date_literal(self.lit, mt["date"]["value"], mt["date"]["precision"]))
            self.add(m, NG.datePrecision, self.lit(mt["date"]["precision"]))
            if mt["date"].get("text"):
                self.add(m, NG.dateText, self.lit(mt["date"]["text"], lang=self.lang))
        self.add(m, PROV.wasDerivedFrom, self.article_iri)
        for ev in mt["evidence"]:
            self.add(m, NG.evidence, self._evidence(ev))
        for key in mt["places"]:
            self.add(m, SDO.location, self.iri(key))
            used_places.add(key)
        for cls, prop, inverse, facts in (
            (NG.Attendance, SDO.attendee, NG.attends, mt["attendees"]),
            (NG.Hosting, SDO.organizer, NG.hosts, mt["hosts"]),
            (NG.Absence, NG.absentFrom, None, mt["absent"]),
        ):
            for fact in facts:
                actor = self.iri(fact["actor"])
                used_actors.add(fact["actor"])
                if prop == NG.absentFrom:
                    self.add(actor, NG.absentFrom, m)
                else:
                    self.add(m, prop, actor)
                    self.add(actor, inverse, m)
                    if prop == SDO.organizer:  # a host is also an attendee
                        self.add(m, SDO.attendee, actor)
                        self.add(actor, NG.attends, m)
                q = self.m.qualified(cls.split("#")[-1].lower(), self.aid, mt["id"], fact["actor"])
                self.add(q, RDF.type, cls)
                self.add(q, NG.meeting, m)
                self.add(q, NG.actor, actor)
                self.add(q, NG.evidence, self._evidence(fact["evidence"]))
                self.add(q, PROV.wasDerivedFrom, self.article_iri)

    def _statement(self, st: dict) -> None:
        q = self.m.statement(self.aid, st["id"])
        self.add(q, RDF.type, NG.ReportedStatement if st.get("mode") == "indirect" else SDO.Quotation)
        self.add(q, SDO.creator, self.iri(st["speaker"]))
        self.add(q, SDO.text, self.lit(st["text"], lang=self.lang))
        self.add(q, PROV.wasDerivedFrom, self.article_iri)
        self.add(q, NG.evidence, self._evidence(st["evidence"]))
        if st.get("meeting"):
            self.add(q, SDO.about, self.meeting_iri(st["meeting"]))

    def _names(self, node: URIRef, item: dict, name: str | None = None) -> None:
        """``name``: the node's one name across the corpus, where it differs from this article's spelling."""
        name = name or item["name"]
        self.add(node, SDO.name, self.lit(name))
        names = item.get("names") or {}
        for lang, label in sorted(names.items()):
            self.add(node, RDFS.label, self.lit(label, lang=lang))
        if not names:
            self.add(node, RDFS.label, self.lit(item["name"], lang=self.lang))
        for form in sorted({*item.get("forms", []), item["name"]}):
            if form and form != name:
                self.add(node, SDO.alternateName, self.lit(form, lang=self.lang))

    def _actor(self, key: str, used_places: set[str]) -> None:
        a = self.actors.get(key)
        if a is None:
            return
        node = self.iri(key)
        resolved = self.identity.actor(self.aid, key)
        self.add(node, RDF.type, ACTOR_CLASS[a["type"]])
        self._names(node, a, self.identity.actor_names.get(resolved))
        wikidata = a.get("wikidata") or self.identity.actor_wikidata.get(resolved)
        if wikidata:
            self.add(node, OWL.sameAs, WD[wikidata])
        if a.get("role"):
            self.add(node, NG.role, self.lit(a["role"]))
            if a["type"] == "person":
                self.add(node, SDO.jobTitle, self.lit(a["role"]))
        if a["type"] == "country":
            self.add(node, NG.isoCode, self.lit(a["country"]))
        elif a.get("country") and a["type"] in ("person", "group"):
            key = f"country:{a['country']}"
            country = self.m.entity(key, self.aid)
            self.add(node, NG.represents, country)
            self.add(country, RDF.type, SDO.Country)
            self.add(country, NG.isoCode, self.lit(a["country"]))
            if key in self.places:
                used_places.add(key)  # named with the place's names, like every other mention of it
            elif key in self.actors:
                self._actor(key, used_places)
            elif key in self.identity.country_names:  # named as every article that names the state names it
                name, names = self.identity.country_names[key]
                self._names(country, {"name": name, "names": names})
            else:
                self.add(country, SDO.name, self.lit(a["country"]))
        self.add(node, NG.evidence, self._evidence(a["evidence"]))

    def _place(self, key: str) -> None:
        p = self.places.get(key)
        if p is None:
            return
        node = self.iri(key)
        self.add(node, RDF.type, PLACE_CLASS[p["type"]])
        self._names(node, p)
        if p.get("within"):
            self.add(node, SDO.containedInPlace, self.iri(p["within"]))
        if p.get("geonames"):
            self.add(node, OWL.sameAs, GEONAMES[f"{p['geonames']}/"])
        if p.get("wikidata"):
            self.add(node, OWL.sameAs, WD[p["wikidata"]])
        if p["type"] == "country" and p.get("country"):
            self.add(node, NG.isoCode, self.lit(p["country"]))


class TripleSet(dict):
    """The triples of one article graph in the order they were made, each once (a dict's keys: no rdflib
    store with its indexes, a quarter of the memory, and the same order in every run)."""

    def add(self, triple: tuple) -> None:
        self[triple] = None


# canonical N-Triples string escapes, as Oxigraph writes them (tests/graph/test_rdf.py holds the two together)
_ESCAPES = str.maketrans({**{c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)},
                          0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_INTEGER = str(XSD.integer)
_STRING = str(XSD.string)


class _Written(str):
    """A literal already written as N-Triples."""


def ntriples_literal(value: str | int, datatype: str | None = None, lang: str | None = None) -> _Written:
    """A literal as canonical N-Triples (what rdflib's ``Literal`` with these arguments becomes in Oxigraph's
    writer): ``"text"``, ``"text"@de``, ``"5"^^<…#integer>``."""
    if isinstance(value, int) and not isinstance(value, bool):
        value, datatype = str(value), _INTEGER
    quoted = '"' + value.translate(_ESCAPES) + '"'
    if lang:
        return _Written(f"{quoted}@{lang.lower()}")
    if datatype is not None and str(datatype) != _STRING:
        return _Written(f"{quoted}^^<{datatype}>")
    return _Written(quoted)


class NTriplesGraph:
    """One article graph written straight as canonical N-Triples lines, each once, in the order made: the
    bytes Oxigraph's writer gives for the same rdflib terms, without making those terms (rdflib's ``Literal``
    and the conversion to Oxigraph's terms took two thirds of a build's graph making)."""

    literal = staticmethod(ntriples_literal)

    def __init__(self) -> None:
        self.lines: dict[str, None] = {}
        self._iris: dict[str, str] = {}  # an article repeats its IRIs: each written (and checked) once

    def _term(self, t) -> str:
        if type(t) is _Written:
            return t
        written = self._iris.get(t)
        if written is None:
            if type(t) is not URIRef:  # an rdflib Literal here would be written as an IRI
                raise TypeError(f"{t!r} is neither an IRI nor a literal written by ntriples_literal")
            if _NOT_IN_IRI.search(t):
                raise ValueError(f"{str(t)!r} is not an IRI that N-Triples can write")
            written = self._iris[t] = f"<{t}>"
        return written

    def add(self, triple: tuple) -> None:
        s, p, o = triple
        term = self._term
        self.lines[f"{term(s)} {term(p)} {term(o)} .\n"] = None

    def __len__(self) -> int:
        return len(self.lines)

    def ntriples(self) -> bytes:
        return "".join(self.lines).encode("utf-8")


class WrittenGraph:
    """An article graph another process made: its N-Triples, as :meth:`NTriplesGraph.ntriples` gives them."""

    __slots__ = ("_ntriples",)

    def __init__(self, ntriples: bytes) -> None:
        self._ntriples = ntriples

    def ntriples(self) -> bytes:
        return self._ntriples


def _article_graph(triples, facts: Iterable[dict], minter: IriMinter, identity: Identity):
    """``triples`` filled with the graph of ``facts`` (the records of one graph IRI, in corpus order)."""
    for record in facts:
        ArticleGraphBuilder(triples, record, minter, identity).build()
    return triples


def article_graph_ntriples(facts: Iterable[dict], minter: IriMinter, identity: Identity) -> bytes:
    """The N-Triples of one article graph (how a worker process makes it)."""
    return _article_graph(NTriplesGraph(), facts, minter, identity).ntriples()


def iter_article_graphs(facts: Iterable[dict], base: str = DEFAULT_BASE, kb=None,
                        ntriples: bool = False, jobs: int = 1) -> Iterator[tuple[str, TripleSet | NTriplesGraph | WrittenGraph]]:
    """One graph per article (graph IRI ``<base>graph/<article>``, its triples), in the order of the graph IRIs,
    made one at a time (a large corpus never holds all its triples as Python objects at once), with one node
    per person, state, organisation, place and meeting across the articles (:mod:`graph.identity`; ``kb``: the
    knowledge base that links spellings of its persons, the default one if not given). ``ntriples``: each graph
    as an :class:`NTriplesGraph` (a build's way) instead of a :class:`TripleSet` of rdflib terms; with ``jobs``
    over 1 and ``facts`` a ``FactsList``, made by that many worker processes once the identity is resolved (the
    only step that needs the whole corpus), as :class:`WrittenGraph` objects with the same bytes."""
    from extract.facts import FactsList
    from extract.knowledge import default_knowledge_base

    # read twice (identity, graphs), one article at a time: a FactsList keeps lines, not dicts
    facts = facts if isinstance(facts, Sequence) else list(facts)
    identity = resolve_identity(facts, kb if kb is not None else default_knowledge_base())
    minter = IriMinter(base)
    by_graph: dict[str, list[int]] = {}
    for i, article in enumerate(identity.articles):
        by_graph.setdefault(str(minter.article_graph(article)), []).append(i)
    if ntriples and jobs > 1 and isinstance(facts, FactsList):
        from .workers import article_graphs_parallel

        named = [(name, [facts.line(i) for i in by_graph[name]]) for name in sorted(by_graph)]
        for name, written in article_graphs_parallel(named, base, identity, jobs):
            yield name, WrittenGraph(written)
        return
    for name in sorted(by_graph):
        records = (facts[i] for i in by_graph[name])
        yield name, _article_graph(NTriplesGraph() if ntriples else TripleSet(), records, minter, identity)


def article_graphs(facts: Iterable[dict], base: str = DEFAULT_BASE, kb=None) -> dict[str, TripleSet]:
    """The graphs of :func:`iter_article_graphs`, all at once (graph IRI -> triples)."""
    return dict(iter_article_graphs(facts, base, kb))


def facts_to_dataset(facts: Iterable[dict], base: str = DEFAULT_BASE, kb=None) -> Dataset:
    """The article graphs of :func:`article_graphs` as an rdflib ``Dataset`` of named graphs."""
    return dataset_of(article_graphs(facts, base, kb))


def dataset_of(graphs: dict[str, TripleSet]) -> Dataset:
    ds = Dataset()
    bind_prefixes(ds)
    for name, triples in graphs.items():
        g = ds.graph(URIRef(name))
        for t in triples:
            g.add(t)
    return ds


def merged_graph(ds: Dataset) -> Graph:
    """The union of every article's graph, as one plain ``Graph``."""
    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g

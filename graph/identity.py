"""One node per real-world person, state, organisation, place and meeting, across articles and languages.

Facts are per article: each names its actors with its own spellings and tells its own meetings. Before the
facts become RDF, :func:`resolve_identity` looks at the whole corpus and decides which of them are the same
thing, so that a German and an English report of one summit name the same nodes.

Actors and places
    States (ISO code), organisations, cities (GeoNames ID) and knowledge-base venues and persons already have
    keys that mean the same in every article. A person the knowledge base lacks is keyed by the spelling of
    their name with case, accents and transliteration folded (:func:`graph.names.skeleton`: ``Juri Uschakow``
    = ``Yuri Ushakov``); when that skeleton is a knowledge-base person's, it is that person (``Rustem
    Umjerow`` = ``Rustem Umerov``). Two people of one name from different states (both known) stay apart: the
    IRI then carries the state. A one-word name (``Camilla``, a surname alone) never joins anything outside
    its article: the IRI is the article's own. Every resolved actor gets one name for the whole corpus (the
    knowledge base's, else the alphabetically first spelling), so that a node has exactly one ``schema:name``.

Meetings
    Two meetings of different articles are one meeting when
    - their places are the same or one contains the other (venue in city in state) - a meeting without a
      place joins nothing;
    - their dates agree at the coarser of their precisions (``2025-02-12`` and ``2025-02``); a meeting
      without a date joins only a meeting of an article published within a week, and only with two
      participants in common;
    - they share participants: at least half of the smaller list (groups left aside), and at least one;
    - their hosts, where both name any, overlap; and one is not cancelled where the other took place.
    Candidates are compared only within one place and year (blocking), most shared participants first; a merge that
    would join two meetings of one article is refused (the extractor already told them apart), and so is one
    that would join two different days through a report dated only to the month. The merged
    meeting keeps each article's evidence; its date is the most precise one reported, its status the one
    of the latest article, and it is virtual only if every report says so.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .names import fold, skeleton


@dataclass
class MeetingIdentity:
    """The meeting node that one or more article meetings resolve to."""

    article: str  # the representative: the first member by article id and meeting id
    meeting: str
    members: list[tuple[str, str]] = field(default_factory=list)
    date: dict | None = None
    status: str = "past"
    virtual: bool = False


@dataclass
class Identity:
    actor_keys: dict[tuple[str, str], str] = field(default_factory=dict)  # (article, fact key) -> resolved key
    actor_names: dict[str, str] = field(default_factory=dict)  # resolved key -> its one name
    actor_wikidata: dict[str, str] = field(default_factory=dict)  # resolved key -> Wikidata ID (knowledge base)
    # a state known only as the one a person represents: its name in the knowledge base and its names by language
    country_names: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    articles: list[str] = field(default_factory=list)  # the article id of each facts record, in corpus order
    meetings: dict[tuple[str, str], MeetingIdentity] = field(default_factory=dict)  # (article, meeting id) ->

    def actor(self, article: str, key: str) -> str:
        return self.actor_keys.get((article, key), key)

    def meeting(self, article: str, meeting_id: str) -> MeetingIdentity:
        found = self.meetings.get((article, meeting_id))
        return found if found is not None else MeetingIdentity(article, meeting_id, [(article, meeting_id)])


def _slug(text: str) -> str:
    return fold(text).replace(" ", "-") or "x"


def _kb_person_skeletons(kb) -> dict[str, tuple[str, str, str | None]]:
    """skeleton of every person form of two words or more -> (key, name, wikidata); ambiguous skeletons dropped."""
    found: dict[str, tuple[str, str, str | None] | None] = {}
    for e in kb.entities.values():
        if e.type != "person":
            continue
        for form in e.forms | {e.name}:
            if len(form.split()) < 2:
                continue
            sk = skeleton(form)
            if sk in found and found[sk] is not None and found[sk][0] != e.key:
                found[sk] = None  # two persons share this spelling: link neither
            elif sk not in found:
                found[sk] = (e.key, e.name, e.wikidata)
    return {k: v for k, v in found.items() if v is not None}


def _resolve_actors(facts: Iterable[dict], identity: Identity, kb) -> list[_Report]:
    """Resolve every actor; returns the reports of the meetings, read in the same pass over the facts (a
    corpus's facts are decoded once here), their participants still the articles' own keys."""
    kb_skeletons = _kb_person_skeletons(kb) if kb is not None else {}
    groups: dict[str, list[tuple[str, dict]]] = defaultdict(list)  # skeleton -> (article, actor)
    reports: list[_Report] = []
    for f in facts:
        aid = f["article"]["id"]
        identity.articles.append(aid)
        reports += _article_reports(f)
        for a in f["actors"]:
            code = a.get("country")
            if code and a["type"] in ("person", "group") and f"country:{code}" not in identity.country_names:
                known = kb.entities.get(f"country:{code}") if kb is not None else None
                if known is not None:
                    identity.country_names[known.key] = (known.name, dict(known.names))
            if a["type"] == "group":
                continue  # an unnamed collective belongs to its article (its IRI is the article's)
            if a["type"] != "person" or a.get("in_kb"):
                if a.get("name"):
                    identity.actor_names.setdefault(a["key"], a["name"])  # the same in every article
                continue
            name = a.get("name") or a["key"].partition(":")[2]
            if len(fold(name).split()) < 2:
                key = f"localperson:{aid}/{_slug(name)}"
                identity.actor_keys[(aid, a["key"])] = key
                identity.actor_names[key] = name
                continue
            groups[skeleton(name)].append((aid, a))
    for sk, members in sorted(groups.items()):
        linked = kb_skeletons.get(sk)
        if linked is not None:
            key, name, wikidata = linked
            for aid, a in members:
                identity.actor_keys[(aid, a["key"])] = key
            identity.actor_names[key] = name
            if wikidata:
                identity.actor_wikidata[key] = wikidata
            continue
        name = min((a["name"] for _, a in members), key=lambda n: (fold(n), n))
        base = _slug(name)
        countries = {a["country"] for _, a in members if a.get("country")}
        for aid, a in members:
            key = f"person:{base}"
            if len(countries) > 1 and a.get("country"):
                key = f"person:{base}-{a['country'].lower()}"  # two people of one name: the state tells them apart
            identity.actor_keys[(aid, a["key"])] = key
            identity.actor_names.setdefault(key, name)
    return reports


# -- meetings -------------------------------------------------------------------------------------------


@dataclass
class _Report:
    article: str
    meeting: str
    published: date | None
    places: set[str]  # the meeting's places and every place containing them
    specific: set[str]  # the meeting's own places
    date: dict | None
    status: str
    virtual: bool
    participants: set[str]
    hosts: set[str]


def _published(article: dict) -> date | None:
    value = article.get("date") or ""
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def _article_reports(f: dict) -> list[_Report]:
    """The reports of one article's meetings that have a place (with the articles' own actor keys)."""
    out = []
    aid = f["article"]["id"]
    places = {p["key"]: p for p in f["places"]}
    actors = {a["key"]: a for a in f["actors"]}
    for mt in f["meetings"]:
        if not mt["places"]:
            continue
        closure: set[str] = set()
        for key in mt["places"]:
            while key and key not in closure:
                closure.add(key)
                key = (places.get(key) or {}).get("within")
        people = {x["actor"] for x in mt["attendees"] + mt["hosts"] if (actors.get(x["actor"]) or {}).get("type") != "group"}
        hosts = {x["actor"] for x in mt["hosts"]}
        out.append(_Report(aid, mt["id"], _published(f["article"]), closure, set(mt["places"]), mt["date"],
                           mt["status"], mt["virtual"], people, hosts))
    return out


def _resolved(reports: list[_Report], identity: Identity) -> list[_Report]:
    """The reports with their participants and hosts as resolved actors."""
    for r in reports:
        r.participants = {identity.actor(r.article, k) for k in r.participants}
        r.hosts = {identity.actor(r.article, k) for k in r.hosts}
    return reports


def _year(r: _Report) -> str:
    """The year a report falls in: its date's, else its article's (publication within a week: nearly always the
    same year)."""
    if r.date:
        return r.date["value"][:4]
    return str(r.published.year) if r.published else "?"


def _dates_agree(a: dict, b: dict) -> bool:
    n = min(len(a["value"]), len(b["value"]))
    return a["value"][:n] == b["value"][:n]


def _shared(a: _Report, b: _Report) -> int:
    """Participants in common if the two reports can be one meeting, else 0."""
    if a.article == b.article:
        return 0
    if not (a.specific & b.places or b.specific & a.places):
        return 0  # neither's place is the other's or inside it
    if {a.status, b.status} == {"cancelled", "past"}:
        return 0
    if a.hosts and b.hosts and not a.hosts & b.hosts:
        return 0
    shared = len(a.participants & b.participants)
    if not shared or shared * 2 < min(len(a.participants), len(b.participants)):
        return 0
    if a.date and b.date:
        return shared if _dates_agree(a.date, b.date) else 0
    near = a.published and b.published and abs((a.published - b.published).days) <= 7
    return shared if near and shared >= 2 else 0


def _resolve_meetings(reports: list[_Report], identity: Identity) -> None:
    # blocking: a pair can match only if one's own place lies in the other's places (their containing places
    # included), they fall in one year and they share a participant (``_shared`` is 0 otherwise), so each report
    # is indexed under its own places, its year and each participant, and looks up the places that contain it.
    # Without the participant a block held every report of a city and year: at 100,000 articles the candidate
    # pairs grew with the square and filled 10 GB
    index: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        year = _year(r)
        for key in r.specific:
            for actor in r.participants:
                index[(key, year, actor)].append(i)
    pairs: dict[tuple[int, int], int] = {}
    for j, r in enumerate(reports):
        year = _year(r)
        for key in r.places:
            for actor in r.participants:
                for i in index.get((key, year, actor), ()):
                    pair = (min(i, j), max(i, j))
                    if i != j and pair not in pairs:
                        pairs[pair] = _shared(reports[pair[0]], reports[pair[1]])
    parent = list(range(len(reports)))
    articles: list[set[str]] = [{r.article} for r in reports]
    # the days a cluster's reports name: a month-precise report must not bridge two different days
    days: list[set[str]] = [{r.date["value"]} if r.date and len(r.date["value"]) == 10 else set() for r in reports]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def order(r: _Report) -> tuple[str, str]:
        return r.article, r.meeting

    for (i, j), shared in sorted(pairs.items(), key=lambda p: (-p[1], order(reports[p[0][0]]), order(reports[p[0][1]]))):
        if not shared:
            continue
        a, b = root(i), root(j)
        if a == b or articles[a] & articles[b]:
            continue  # already one, or the merge would join two meetings that one article tells apart
        if days[a] and days[b] and days[a] != days[b]:
            continue  # two different days joined through a coarser date
        parent[b] = a
        articles[a] |= articles[b]
        days[a] |= days[b]
    clusters: dict[int, list[_Report]] = defaultdict(list)
    for i, r in enumerate(reports):
        clusters[root(i)].append(r)
    for members in clusters.values():
        if len(members) < 2:
            continue
        members.sort(key=order)
        dated = [r.date for r in members if r.date]
        best = max(dated, key=lambda d: len(d["value"])) if dated else None
        latest = max(members, key=lambda r: (r.published or date.min, order(r)))
        merged = MeetingIdentity(members[0].article, members[0].meeting, [order(r) for r in members], best,
                                 latest.status, all(r.virtual for r in members))
        for r in members:
            identity.meetings[order(r)] = merged


def resolve_identity(facts: Iterable[dict], kb=None) -> Identity:
    """The identity of every actor and meeting of ``facts`` (the whole corpus; see the module docstring)."""
    identity = Identity()
    reports = _resolve_actors(facts, identity, kb)
    _resolve_meetings(_resolved(reports, identity), identity)
    return identity

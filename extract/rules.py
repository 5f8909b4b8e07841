"""Language rules (``extract/lang/<lang>.toml``): the words that signal meetings, hosts, status, speech and
dates, loaded once into plain sets so that the extractor's hot loops do dictionary look-ups only."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

LANG_DIR = Path(str(resources.files("extract") / "lang"))


def _split_verbs(items: list[str]) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    single = frozenset(i for i in items if "+" not in i)
    separable = frozenset(tuple(i.split("+", 1)) for i in items if "+" in i)  # type: ignore[misc]
    return single, separable


@dataclass(eq=False)
class LanguageRules:
    """Compiled word lists of one language; compared and hashed by identity (one instance per language)."""

    lang: str
    raw: dict
    meeting_nouns: frozenset[str] = frozenset()
    meeting_phrases: tuple[tuple[str, ...], ...] = ()
    compound_heads: tuple[str, ...] = ()
    not_meetings: frozenset[str] = frozenset()
    virtual_nouns: frozenset[str] = frozenset()
    meeting_verbs: frozenset[str] = frozenset()
    meeting_separable: frozenset[tuple[str, str]] = frozenset()
    participation_verbs: frozenset[str] = frozenset()
    travel_verbs: frozenset[str] = frozenset()
    travel_separable: frozenset[tuple[str, str]] = frozenset()
    travel_prepositions: frozenset[str] = frozenset()
    guest_phrases: tuple[tuple[str, ...], ...] = ()
    guest_host_prepositions: frozenset[str] = frozenset()
    participation_cues: frozenset[str] = frozenset()
    absence_cues: frozenset[str] = frozenset()
    absence_separable: frozenset[tuple[str, str]] = frozenset()
    negated_participation: frozenset[str] = frozenset()
    representation: frozenset[str] = frozenset()
    host_verbs: frozenset[str] = frozenset()
    host_separable: frozenset[tuple[str, str]] = frozenset()
    host_nouns: frozenset[str] = frozenset()
    agent_prepositions: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    planned: frozenset[str] = frozenset()
    planned_phrases: tuple[tuple[str, ...], ...] = ()
    cancelled: frozenset[str] = frozenset()
    negation: frozenset[str] = frozenset()
    cancelled_phrases: tuple[tuple[str, ...], ...] = ()
    virtual_cues: tuple[tuple[str, ...], ...] = ()
    habitual: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    hypothetical_separable: frozenset[tuple[str, str]] = frozenset()
    same_day_connectives: tuple[str, ...] = ()
    sideline_phrases: tuple[tuple[str, ...], ...] = ()
    speech_verbs: frozenset[str] = frozenset()
    speech_separable: frozenset[tuple[str, str]] = frozenset()
    reported_exclude: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()
    source_before: tuple[tuple[str, ...], ...] = ()
    source_after: tuple[tuple[str, ...], ...] = ()
    listeners: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    meeting_prepositions: frozenset[str] = frozenset()
    venue_nouns_before: frozenset[str] = frozenset()
    venue_nouns_after: frozenset[str] = frozenset()
    venue_heads: tuple[str, ...] = ()
    town_prepositions: frozenset[str] = frozenset()
    there: frozenset[str] = frozenset()
    vicinity: tuple[tuple[str, ...], ...] = ()
    topic_prepositions: frozenset[str] = frozenset()
    indefinite_articles: frozenset[str] = frozenset()
    representing: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    guest_nouns: frozenset[str] = frozenset()
    plural_determiners: frozenset[str] = frozenset()
    withdraw_verbs: frozenset[str] = frozenset()
    visit_verbs: frozenset[str] = frozenset()
    flashback_words: frozenset[str] = frozenset()
    accusative_determiners: frozenset[str] = frozenset()
    participation_nouns: frozenset[str] = frozenset()
    not_meeting_modifiers: frozenset[str] = frozenset()
    plural_pronouns: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    spouse_nouns: frozenset[str] = frozenset()
    two_way_prepositions: frozenset[str] = frozenset()
    accusative_articles: frozenset[str] = frozenset()
    partner_verbs: frozenset[str] = frozenset()
    partner_words: frozenset[str] = frozenset()
    reciprocal_words: frozenset[str] = frozenset()
    there_context: frozenset[str] = frozenset()
    where_words: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    definite_determiners: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    object_prepositions: frozenset[str] = frozenset()
    delegation_nouns: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    given_name_stoplist: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    party_country: str | None = None
    honorifics: frozenset[str] = frozenset()
    dates: dict = field(default_factory=dict)
    date_regex: re.Pattern | None = None


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(i.lower().split()) for i in items)


def load_rules(lang: str, directory: Path | None = None) -> LanguageRules:
    """Read ``<lang>.toml``; a missing file means the language is not supported."""
    path = (Path(directory) if directory else LANG_DIR) / f"{lang}.toml"
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    m, h, s, a = raw["meeting"], raw["host"], raw["status"], raw["actors"]
    r = LanguageRules(lang=lang, raw=raw)
    nouns = [n.lower() for n in m["nouns"]]
    r.meeting_nouns = frozenset(n for n in nouns if " " not in n)
    r.meeting_phrases = _phrases([n for n in nouns if " " in n])
    r.compound_heads = tuple(sorted((c.lower() for c in m["compound_heads"]), key=len, reverse=True))
    r.not_meetings = frozenset(n.lower() for n in m["not_meetings"])
    r.virtual_nouns = frozenset(n.lower() for n in m["virtual_nouns"])
    r.meeting_verbs, r.meeting_separable = _split_verbs(m["verbs"])
    r.participation_verbs = frozenset(m.get("participation_verbs", []))
    r.travel_verbs, r.travel_separable = _split_verbs(m["travel_verbs"])
    r.travel_prepositions = frozenset(m["travel_prepositions"])
    r.guest_phrases = tuple(tuple(p) for p in m["guest_phrases"])
    r.guest_host_prepositions = frozenset(m.get("guest_host_prepositions", []))
    r.participation_cues = frozenset(m.get("participation_cues", []))
    r.absence_cues, r.absence_separable = _split_verbs(m.get("absence_cues", []))
    r.negated_participation = frozenset(m.get("negated_participation", []))
    r.representation = frozenset(w for w in m.get("representation", []) if "+" not in w)
    r.host_verbs, r.host_separable = _split_verbs(h["verbs"])
    r.host_nouns = frozenset(h["nouns"])
    r.agent_prepositions = frozenset(h["agent_prepositions"])
    r.relative_pronouns = frozenset(h["relative_pronouns"])
    r.passive_auxiliaries = frozenset(h.get("passive_auxiliaries", []))
    single_planned = [p for p in s["planned"] if " " not in p]
    r.planned = frozenset(single_planned)
    r.planned_phrases = _phrases([p for p in s["planned"] if " " in p])
    r.negation = frozenset(s["negation"])
    r.cancelled = frozenset(c for c in s["cancelled"] if " " not in c and "+" not in c)
    r.cancelled_phrases = _phrases([c.replace("+", " ") for c in s["cancelled"] if " " in c or "+" in c])
    r.virtual_cues = _phrases(raw["virtual"]["cues"])
    r.habitual = frozenset(m.get("habitual", []))
    r.hypothetical, r.hypothetical_separable = _split_verbs(m.get("hypothetical", []))
    r.same_day_connectives = tuple(raw["dates"].get("same_day_connectives", []))
    r.sideline_phrases = _phrases(m.get("sideline", []))
    r.speech_verbs, r.speech_separable = _split_verbs(raw["speech"]["verbs"])
    r.pronouns = frozenset(raw["speech"]["pronouns"])
    r.reported_exclude = frozenset(raw["speech"].get("reported_exclude", []))
    r.complementizers = frozenset(raw["speech"].get("complementizers", []))
    r.source_before = tuple(tuple(x) for x in raw["speech"].get("source_before", []))
    r.source_after = tuple(tuple(x) for x in raw["speech"].get("source_after", []))
    r.listeners = frozenset(raw["speech"].get("listeners", []))
    r.place_prepositions = frozenset(raw["places"]["prepositions"])
    r.meeting_prepositions = frozenset(raw["places"]["meeting_prepositions"])
    r.venue_nouns_before = frozenset(raw["places"].get("venue_nouns_before", []))
    r.venue_nouns_after = frozenset(raw["places"].get("venue_nouns_after", []))
    r.venue_heads = tuple(raw["places"].get("venue_heads", []))
    r.town_prepositions = frozenset(raw["places"].get("town_prepositions", []))
    r.there = frozenset(raw["places"].get("there", []))
    r.vicinity = tuple(tuple(v) for v in raw["places"].get("vicinity", []))
    r.topic_prepositions = frozenset(a.get("topic_prepositions", []))
    r.indefinite_articles = frozenset(a.get("indefinite_articles", []))
    r.representing = frozenset(a.get("representing", []))
    r.possessives = frozenset(a.get("possessives", []))
    r.guest_nouns = frozenset(a.get("guest_nouns", []))
    r.plural_determiners = frozenset(a.get("plural_determiners", []))
    r.withdraw_verbs = frozenset(m.get("withdraw_verbs", []))
    r.visit_verbs = frozenset(m.get("visit_verbs", []))
    r.flashback_words = frozenset(m.get("flashback_words", []))
    r.accusative_determiners = frozenset(a.get("accusative_determiners", []))
    r.participation_nouns = frozenset(m.get("participation_nouns", []))
    r.not_meeting_modifiers = frozenset(m.get("not_meeting_modifiers", []))
    r.plural_pronouns = frozenset(a.get("plural_pronouns", []))
    r.arrival_verbs = frozenset(m.get("arrival_verbs", []))
    r.spouse_nouns = frozenset(a.get("spouse_nouns", []))
    r.two_way_prepositions = frozenset(raw["places"].get("two_way_prepositions", []))
    r.accusative_articles = frozenset(raw["places"].get("accusative_articles", []))
    r.partner_verbs = frozenset(a.get("partner_verbs", []))
    r.partner_words = frozenset(a.get("partner_words", []))
    r.reciprocal_words = frozenset(a.get("reciprocal_words", []))
    r.there_context = frozenset(raw["places"].get("there_context", []))
    r.where_words = frozenset(raw["places"].get("where_words", []))
    r.auxiliaries = frozenset(m.get("auxiliaries", []))
    r.determiners = frozenset(a["determiners"])
    r.definite_determiners = frozenset(a["definite_determiners"])
    r.subject_pronouns = frozenset(a["pronouns"])
    r.coordinators = frozenset(a["coordinators"])
    r.object_prepositions = frozenset(a["object_prepositions"])
    r.delegation_nouns = frozenset(a["delegation_nouns"])
    r.not_names = frozenset(a["not_names"])
    r.name_particles = frozenset(a["name_particles"])
    r.given_name_stoplist = frozenset(a.get("given_name_stoplist", []))
    r.parties = frozenset(a["party_abbreviations"])
    r.party_country = a.get("party_country") or None
    r.honorifics = frozenset(a.get("honorifics", []))
    r.dates = raw["dates"]
    return r


@lru_cache(maxsize=None)
def default_rules(lang: str) -> LanguageRules:
    return load_rules(lang)

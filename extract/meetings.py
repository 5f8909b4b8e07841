"""Meetings: triggers (nouns and verbs), their participants, hosts, place, date, status and mode, and the
merging of repeated mentions of one meeting inside an article.

A noun trigger (``Treffen``, ``summit``) owns the words after it up to the end of its clause
(``das Treffen am Donnerstag in Brüssel``); a verb trigger (``trafen sich``, ``met``) owns its clause.
Participants come from the sentence (by clause when a sentence tells of two meetings), absentees from
negated participation (``war nicht eingeladen``). A definite noun (``der Konferenz``, ``the talks``) refers
back to the last meeting with the same head noun, else to the one just told about, else to the article's lead
meeting: news reports put their main event first. ``_merge`` documents how mentions become meetings.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from copy import copy
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.strings import hash_string
from spacy.tokens import Doc

from .dates import DateMention, RefDate, ResolvedDate, lies_ahead, lies_just_before, resolve
from .folding import fold
from .knowledge import KnowledgeBase
from .mentions import ACTOR_TYPES, Mention, MentionSet, RoleSpan, in_genitive, photo_credit_at, slug
from .pipeline import lemma_table, lemma_words
from .rules import LanguageRules
from .tokens import CLAUSE_MARKS, QUOTE_MARKS

_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]")  # "1.", "3)": the number of a list's item
_NEWLINE = re.compile(r"\n+")

BOUNDARY = CLAUSE_MARKS  # the marks that end a clause
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})  # "Putin's invitation", as the tokenizer splits it
HEADLINE_ENDS = frozenset({".", "!", "?", "…"})  # a first line with one of these as a word is no headline
# a live blog's item line opens with pluses and a time ("+++ 18:40 Uhr: X und Y telefonieren +++"): its colon
# ends the time, not the line's words
_LIVE_ITEM_PREFIX = re.compile(r"[ \t]*(?:\+{2,}[ \t]*)?\d{1,2}[:.]\d{2}[ \t]*(?:Uhr|h)?[ \t]*[:–-][ \t]*")
DATELINE_END = re.compile(r"\s*(?:\([^()]{2,30}\))?\s*(?:--|[-–—])\s")  # "Oct 14 (Reuters) - ": a dateline's date ends here
DASHES = frozenset({"–", "—", "-"})  # a dateline's dash ("Regensburg – Hoher Besuch …") ends no sentence
GROUP_LOOKBACK = 4  # "die drei" looks for three persons named together in the last four sentences naming persons
NOUN_WINDOW = 15


@dataclass(slots=True)
class Trigger:
    start: int
    end: int
    kind: str  # noun | verb | travel | guest
    lemma: str
    virtual: bool = False


BEFORE = "before"  # an anchor with no day: "ahead of the summit" tells another meeting, not its date


# the days a meeting told only as beginning on a day may run for (its first and the two after)
_BEGUN_SPAN = 3
_VERBAL = frozenset({"verb", "travel", "guest"})  # the kinds of trigger a finite verb tells


def _phrase_noun_of(verb: "Trigger", noun: "Trigger") -> bool:
    """Is ``noun`` the noun of the verb's own phrase ("held talks", lemma ``hold+talks``), right after it? It ends
    none of the verb's words: "held talks with X on Wednesday" is dated by its Wednesday."""
    return noun.kind == "noun" and 0 <= noun.start - verb.end <= 2 and verb.lemma.endswith(f"+{noun.lemma}")


@dataclass(slots=True)
class MeetingMention:
    sent_start: int
    sent_end: int
    triggers: list[Trigger]
    window: tuple[int, int]
    places: list[Mention] = field(default_factory=list)
    date_mention: DateMention | None = None
    participants: list[Mention] = field(default_factory=list)
    hosts: list[Mention] = field(default_factory=list)
    absent: list[Mention] = field(default_factory=list)
    status: str = "past"
    virtual: bool = False
    definite: bool = False
    habitual: bool = False  # "stets in Paris getagt": a custom, not one meeting
    sideline: bool = False  # "am Rande der Konferenz": a meeting of its own beside another
    beside: bool = False  # the conference a sideline phrase names ("am Rande der Konferenz": the Konferenz)
    with_partners: bool = False  # "die Runde mit X und Y": the trigger noun is followed by its partners
    parties_named: bool = False  # its partners or its parties follow the noun ("Treffen zwischen X und Y")
    flashback: bool = False  # "Zuvor hatte …": told after, happened before
    before_that: bool = False  # its sentence says "zuvor", "vorher" outside a relative clause on a person
    background: bool = False  # "days after a fractious meeting between X and Y": what the story follows on from
    same_day: bool = False  # no date, but "zunächst", "danach": the day of the event told before
    opening: bool = False  # no date, but "zum Auftakt": at the start of the meeting told before
    schedule_step: bool = False  # the day's next step, told in the present ("Nach der Begrüßung führen … ein Gespräch")
    gathered_of: str | None = None  # "sprach vor den Konferenzteilnehmern": the kind of meeting those addressed were at
    simultaneous: bool = False  # "zur gleichen Zeit", "zeitgleich": on the day of the meeting just mentioned
    earlier: bool = False  # no date, but "zuvor": earlier on the day of the past meeting told before
    told_before: bool = False  # its sentence says "zuvor"/"vorher": it may precede the story's last day
    sequel: bool = False  # told after another meeting of its sentence with "and then": a meeting of its own
    after_sequence: bool = False  # its sentence opens with "Anschließend", "Im Anschluss", "Afterwards" and it names its noun
    another: bool = False  # "der nächste Gipfel", "another meeting": not one told before, unless that too is to come
    ahead: bool = False  # "ahead of a meeting with X on Monday": after the event its sentence tells
    gerund_sequel: bool = False  # "… before flying to New York for talks with Y": the sentence's subject goes on to it
    there: bool = False  # "dort": at the place of the meeting told before
    instance: bool = False  # "Unter anderem traf er X": one of the events the sentence before summed up
    instead: bool = False  # "Stattdessen empfängt X Y": told as taking the place of another, so not one called off
    # phrases of meetings its sentence talks about, and relative clauses on a person its verb's words go on past ("met X,
    # who is visiting Japan, at …"): their persons, days and words of plan are not the mention's
    topic_spans: list[tuple[int, int]] = field(default_factory=list)
    date_from_before: bool = False  # its date is the one the sentence before named ("… am Montag in Kiew eingetroffen. Dort …")
    multi_day: int = 0  # "the three-day meeting", "der dreitägige Gipfel": one meeting over (this many) days
    anchor: tuple[int | str, str] | None = None  # "the day before the conference": (days or BEFORE, head noun) of another meeting
    by_present_tense: bool = False  # planned only because its verb is in the present tense ("empfängt")
    possessor: Mention | None = None  # "his meeting with X": the person "his" stands for
    pair_owners: list[Mention] = field(default_factory=list)  # "their talks": the two "their" stands for (or "er", ahead; "the two")
    # an item of a list of events after the first: where the first begins (a day and persons before it are each item's)
    list_start: int | None = None
    referred_hosts: list[Mention] = field(default_factory=list)  # "X, whom he will host": the host "he" stands for
    phrase_end: int | None = None  # a noun in a phrase of sequence ("Vor dem Treffen mit X …"): where it ends
    dated_by_from: int | None = None  # where a phrase after it begins that dates it by a later meeting ("ahead of …")
    dated_by_until: int | None = None  # where a fronted phrase that dates it by another meeting ends ("Vor dem Gipfel …")
    journey: bool = False  # a journey with the meeting at its end ("reiste nach Vilnius, wo er X traf")
    setting: bool = False  # a noun in a setting phrase ("Bei ihrem Treffen vereinbarten X und Y …"): held, whatever was agreed
    infinitive: bool = False  # told in an infinitive clause ("kündigte an, am Freitag nach Kiew zu reisen"): intended
    remote: bool = False  # adds someone by video link ("X wurde aus Kiew zugeschaltet"): to a meeting, not a talk beside it
    parted: bool = False  # one of the talks "nacheinander sprach er mit X, Y und Z" tells: where and when the one before was
    # where "und"/"and" parts a meeting in person from a call told after it ("führten Gespräche mit X und telefonierten
    # mit Y"): the mention after it is the call, the one before was held in person
    call_parted: int | None = None
    # the mention of the verb whose phrase of sequence, with a day of its own, tells this meeting ("spoke to X this
    # evening following the meeting of leaders in Paris earlier this week"): another meeting than that verb's
    before_the_event_of: "MeetingMention | None" = None
    indefinite: bool = False  # a meeting noun after "ein"/"a" ("traf auch X zu einem kurzen Gespräch"): a new one
    continued: bool = False  # "Am Samstag setzen die Minister ihre Gespräche fort": another day of a meeting told
    ended: bool = False  # told as ending ("ist am Freitag zu Ende gegangen"): a meeting of several days began before that day
    began: bool = False  # told as beginning ("Die Gespräche hatten am Montag begonnen"): its day is the meeting's first
    ending: bool = False  # told as ending, whatever its length ("ist am Freitag zu Ende gegangen")
    item: bool = False  # an item of a programme told by its noun alone: from its day on, it lies ahead
    accepted: bool = False  # an invitation to come told as accepted in the next sentence: planned, the inviter hosts
    arrival_day: DateMention | None = None  # "reiste am Freitagmorgen an": dates the visit told, if it has no day
    failed_plan: bool = False  # "Ein geplantes Treffen mit X kam nicht zustande": planned, then not held: cancelled
    called_off_after: bool = False  # "… hoped to meet Y, but the meeting did not take place": no one stayed away
    apart: bool = False  # "met separately with X": a meeting of its own
    private: bool = False  # "unter vier Augen", "one-on-one": told as a talk of two apart from the rest
    days_before_main: int | None = None  # "einen Tag nach einem Gespräch mit X": days from it to its sentence's event
    copula: bool = False  # "Es war sein erster Besuch in Sachsen": what the meeting told was
    conjunct_start: int | None = None  # a noun dated in its own conjunct ("und im Februar bei der Konferenz"): where it starts
    conjunct: bool = False  # a verb's words cut at "und" before or after it ("trifft X in Warschau und nimmt … in Wien teil")
    unheld: bool = False  # told as what should have been ("hätte … stattfinden sollen"): not any meeting held
    adjourned: bool = False  # called off only by a word of adjourning ("vertagt"): of one told as held, a pause
    previous: bool = False  # "their last summit": one held before, only a past meeting told may be it
    aside_before: bool = False  # told dated in a relative clause ("…, who also met in Paris in June, …"): no day or place of what follows
    lent_by: int | None = None  # the start of the lead sentence that lent it its date or parties (told no meeting itself)
    pledge: bool = False  # adds one who pledged something right after a meeting was told: at it, if it was of many
    speech: bool = False  # adds one who gave a speech: at the meeting told, if a gathering (not a talk on its sidelines)
    formats: set[str] = field(default_factory=set)  # meeting formats it is a meeting of ("die Ukraine-Kontaktgruppe traf sich")
    office_body: bool = False  # its only noun is the genitive of an office's ("die Vorsitzende der Länderrunde"): the
    # meeting told before, if there is one; no meeting of its own

    @property
    def bare(self) -> bool:
        return self.definite and not self.places and self.date_mention is None


@dataclass(slots=True)
class Meeting:
    """One meeting of the article, with every mention that refers to it."""

    mentions: list[MeetingMention]
    places: list[Mention] = field(default_factory=list)
    date: ResolvedDate | None = None
    status: str = "past"
    virtual: bool = False
    participants: list[Mention] = field(default_factory=list)
    hosts: list[Mention] = field(default_factory=list)
    absent: list[Mention] = field(default_factory=list)
    habitual: bool = False
    sideline: bool = False
    # the meeting a sideline meeting is beside ("am Rande des Gipfels": the summit); not compared, not shown
    beside: Meeting | None = field(default=None, compare=False, repr=False)

    @property
    def trigger(self) -> Trigger:
        return self.mentions[0].triggers[0]


def _index_by_first(phrases) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return index


@lru_cache(maxsize=None)
def _stems(separable: frozenset[tuple[str, str]]) -> frozenset[str]:
    """The verbs of a set of separable verbs (a set of the rules, so the same few sets come again and again)."""
    return frozenset(v for v, _ in separable)


class _Suffixes:
    """Words looked for at the end of others (the heads of compounds: "Gipfeltreffen" ends in "treffen"), found
    by slicing the word once per length the words have, not by trying every word: German makes new compounds
    daily, and each new one was tried against every head."""

    def __init__(self, words) -> None:
        self.words = frozenset(words)
        self.lengths = sorted({len(w) for w in self.words if w}, reverse=True)

    def longest(self, word: str, min_prefix: int = 0) -> str | None:
        """The longest of the words that ``word`` ends in with at least ``min_prefix`` letters before it."""
        n = len(word)
        for length in self.lengths:
            if n - length >= min_prefix and word[n - length:] in self.words:
                return word[n - length:]
        return None


def _after_the_story_day(weekday: DateMention, ref: RefDate | None, story: ResolvedDate) -> ResolvedDate | None:
    """A schedule's weekday told after a day of the week ahead ("Am Montag, 17. November, empfängt X …  Am
    Donnerstag reist X nach Brüssel", in an article of Wednesday 12th): the Thursday after that Monday, not the
    one after the article's day, when the story's day is at most ten days ahead, the weekday's next occurrence
    from the article's day would fall before it, and the one after it is nearer to it (not "Am Montag, 17. …
    Am Mittwoch … Am Montagnachmittag": that Monday; nor "Wenn am kommenden Montag der Gipfel beginnt … Bereits
    am Sonntagabend": the eve)."""
    if ref is None or ref.day is None or story.precision != "day":
        return None
    day, told = ref.as_date(), date.fromisoformat(story.value)
    near = resolve(weekday, ref, future=True)
    if not 0 < (told - day).days <= 10 or near is None or date.fromisoformat(near.value) >= told:
        return None
    after = resolve(weekday, RefDate.parse(story.value), future=True)
    if after is None:
        return None
    return after if 0 < (date.fromisoformat(after.value) - told).days < (told - date.fromisoformat(near.value)).days else None


LEAD_REACH = 3  # a lead that tells no meeting lends to a definite meeting noun up to this many sentences on


def _latest(last_seen: dict[int, int]) -> int:
    """The meeting (its index) told most recently, by the position of its latest mention."""
    return max(last_seen, key=last_seen.__getitem__)


def _one_per_key(actors: list[Mention]) -> list[Mention]:
    """The actors with each key once, at its first mention."""
    seen: set[str] = set()
    return [a for a in actors if not (a.key in seen or seen.add(a.key))]


def _padded(phrases) -> tuple[str, ...]:
    """Phrases with a space on either side, to be found as whole words in a padded sentence."""
    return tuple(f" {p} " for p in phrases)


def _index_pairs(pairs) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for stem, particle in pairs:
        index.setdefault(stem, []).append(particle)
    return index


_FRONTED_WORDS = 12  # the longest opening phrase whose place is the sentence's ("In a side room at La Nuvola,")
# the words a German phrase of sequence may take before its clause's finite verb: a name with its office ("Nach dem
# Treffen mit Chinas Staats- und Parteichef Xi Jinping in Peking ist …")
_SEQUENCE_PHRASE_WORDS = 20
# what a word can be in the meeting rules (MeetingFinder._roles_of_word), as bits
_TRIGGER, _NOUN, _PARTNER, _ABSENCE, _VICINITY = 1, 2, 4, 8, 16


class MeetingFinder:
    def __init__(self, kb: KnowledgeBase, rules: LanguageRules) -> None:
        self._state_tokens: set[int] = set()
        self.kb = kb
        self.r = rules
        self.lang = rules.lang
        self.persons_before = None
        self._headline_end = 0
        self._subheads: list[tuple[int, int]] = []
        self._subhead_starts: list[int] = []
        self._doc = None
        self._items: set[int] = set()
        self._bulleted: set[int] = set()
        self._protagonist: Mention | None = None
        self._clocks: dict[int, str] = {}
        self.two_before = None
        self.group_before = None
        self._stop_positions: list[int] = []  # where the document's stop nouns stand (set per document by find)
        self.group_of = None
        self.of_gender = None
        self._phrase_spans: dict[int, list[tuple[int, int]]] = {}  # sentence start -> (start, end) of its phrases of sequence
        self._lead = None
        self._lead_n = 0  # the sentence the lead is
        self._lead_start = 0  # the lead's first token
        self._lead_line = False  # the lead is a line of a place only ("Brüssel."): the sentence after it leads
        self._lead_chain = -2  # the last sentence after the lead that only added to what the lead told, and was lent it
        self._merged: list[Meeting] = []  # the meetings the merge has made so far
        self._place_labels: dict[int, Mention] = {}  # paragraph start -> the town it opens with before a colon
        self._candidates: dict[int, list[int]] = {}
        self._partner_candidates: dict[int, list[int]] = {}
        self._absence_cues: dict[int, list[int]] = {}
        self._vicinity_phrases: list[tuple[int, int]] = []
        self._virtual_sentences: dict[int, bool] = {}
        self._absent_from: dict[int, set[str]] = {}  # id of an absent mention -> places its absence clause names
        self._in_mention: dict[int, Mention] = {}  # token -> the mention covering it, of the doc being read
        # id of an absent mention -> the relative clause on it that says so ("X, who was not invited, said …")
        self._absent_in_relative: dict[int, tuple[int, int]] = {}
        # person mention id -> the second predicate of a clause whose negation told their absence ("… but was not
        # invited to the main session"): an absence from a meeting told there only
        self._absent_in_conjunct: dict[int, tuple[int, int]] = {}
        self._absences_told_before: list[MeetingMention] = []  # a sentence's absences from the meeting told before
        self._unfulfilled_cache: dict[int, int | None] = {}  # sentence start -> where an unfulfilled plan starts
        self._vicinity_by_first = _index_by_first(rules.vicinity)
        self._compound_heads = _Suffixes(rules.compound_heads)
        self._hyphen_heads = frozenset(rules.compound_heads)  # "Vierer-Runde", "Shangri-La-Dialog": see _noun_trigger
        self._with_partners_only = rules.not_meetings.intersection(rules.meeting_nouns)  # "Runde mit X": see _noun_trigger
        # compounds of a meeting head that are no meetings end other words as well: "Regierungspressekonferenz"
        self._not_meeting_ends = tuple(w for w in rules.not_meetings
                                       if any(w.endswith(h) and len(w) > len(h) for h in rules.compound_heads))
        self._speaking_verbs = rules.speech_verbs | rules.spoken_of_verbs
        self._list_commas: frozenset[int] = frozenset()  # per document: commas inside lists (_commas_of_lists)
        self._weekdays = frozenset(rules.dates["weekdays"])
        # words that open a date ("Anfang", "Montag", "März"): no noun that "die beiden" could go with
        self._calendar_words = self._weekdays | frozenset(rules.dates["months"]) | frozenset(rules.dates.get("month_parts", []))
        self._month_names = frozenset(rules.dates["months"])
        self._speech_verbs = rules.speech_verbs
        # the trigger tests run on every token: phrases and separable verbs indexed by their first word, and
        # the verdict on a single word remembered (a word is or is not a meeting noun wherever it stands)
        self._phrases_by_first = _index_by_first(rules.meeting_phrases)
        self._particle_phrases_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, particle in rules.particle_phrases:
            self._particle_phrases_by_first.setdefault(words[0], []).append((words, particle))
        self._guest_by_first = _index_by_first(rules.guest_phrases)
        self._guest_lemmas = frozenset(" ".join(p) for p in rules.guest_phrases)
        self._predicate_coordinators = frozenset(w for w in rules.coordinators if w.isalpha())
        self._some_of_them = _padded(rules.some_of_them)
        self._separable = _index_pairs(rules.meeting_separable)
        self._travel_separable = _index_pairs(rules.travel_separable)
        self._arrival_separable = _index_pairs(tuple(v.split("+", 1)) for v in rules.arrival_verbs if "+" in v)
        self._joining_separable = _index_pairs(rules.participation_separable)
        self._partner_other_sense = _index_pairs(rules.partner_verbs_other_sense)
        self._copulas = frozenset(p[1] for p in rules.copula_openers if len(p) > 1)  # "war", "was" of "es war", "it was"
        self._pledging_separable = _index_pairs(tuple(v.split("+", 1)) for v in rules.pledging_verbs if "+" in v)
        self._partner_separable = _index_pairs(rules.partner_separable)
        self._invitation_separable = _index_pairs(rules.invitation_separable) if rules.invitation_destinations else {}
        self._noun_verdicts: dict[tuple[str, str], tuple[str, bool] | None] = {}
        self._word_roles: dict[tuple[str, str], int] = {}  # (form, lemma) -> _TRIGGER | _NOUN | … (_roles_of_word)
        # per-word answers of suffix tests (bounded like the noun verdicts: they grow with the vocabulary)
        self._heads: dict[str, str] = {}
        self._delegation_verdicts: dict[str, bool] = {}
        # every word that can begin a trigger (German capitalised words are tested apart: compounds)
        self._persons: list[Mention] = []  # the article's persons (set per article by ``find``)
        self._places_of_article: list[Mention] = []
        self._told_last: MeetingMention | None = None  # the meeting told last, as a sentence is read
        self._org_ends: dict[int, str] = {}  # where each organisation's mention ends -> its key
        self._groups_of_article: list[Mention] = []
        self._role_at_token: dict[int, RoleSpan] = {}
        self._role_spans: list[RoleSpan] = []  # the roles of the article, named or not
        self._welcome_sents: set[int] = set()  # sentences that tell only a welcome at the airport
        self._told_any = False  # whether a sentence before the one read told a meeting with a day or place
        self._whether_sents: dict[int, bool] = {}  # sentence start -> whether it asks an open question of whether
        self._state_roles: dict[int, str] = {}
        self._trigger_words = frozenset(
            rules.meeting_nouns | rules.meeting_verbs | rules.travel_verbs
            | {s for s, _ in rules.meeting_separable} | {s for s, _ in rules.travel_separable} | set(self._arrival_separable)
            | {p[0] for p in rules.meeting_phrases} | {p[0] for p in rules.guest_phrases} | rules.joint_verbs
            | set(self._particle_phrases_by_first)
            | (rules.invitation_verbs | {s for s, _ in rules.invitation_separable} if rules.invitation_destinations else set())
            | rules.article_meals | rules.group_decision_verbs)
        # (padded: a phrase matches whole words only, "on hold" not "Luxon hold")
        self._cancelled_phrases = [f" {' '.join(p)} " for p in rules.cancelled_phrases]
        self._cancelled_separable = _index_pairs(rules.cancelled_separable)
        self._planned_separable = _index_pairs(rules.planned_separable)
        self._announcing_separable = _index_pairs(rules.announcing_separable)
        self._any_preposition = rules.place_prepositions | rules.not_place_prepositions | rules.sequence_prepositions \
            | rules.setting_prepositions | rules.object_prepositions
        # the words in lower case a clause with no verb of its own may hold ("…, danach ein Mittagessen mit den …")
        self._verbless_words = rules.determiners | self._any_preposition | rules.sequence_words | rules.coordinators
        self._speech_particles = _index_pairs(rules.speech_separable)
        self._stance_particles = _index_pairs(rules.stance_separable)
        self._planned_phrases = [f" {' '.join(p)} " for p in rules.planned_phrases]
        # the verbs a plan of a meeting is a plan to do ("plans to visit Kyiv", "plan to hold talks"), first words of
        # phrasal ones
        self._meeting_infinitives = {v.split("+")[0] for v in rules.meeting_verbs | rules.participation_verbs
                                     | rules.travel_verbs | rules.host_verbs | rules.visit_verbs} \
            | {s for s, _ in rules.meeting_separable}
        self._purpose_words = rules.purpose_prepositions | rules.purpose_contractions
        # the words a clause that leaves out its verb may hold beside its actors ("…, Orbán dagegen nicht"), and those
        # of coming or taking part in the clause before it (_elliptical_absence)
        self._elliptical_words = rules.negation | rules.elliptical_contrasts | rules.auxiliaries
        # the words that open a relative clause on a person before it, as subject or object ("X, der …", "X, den …")
        self._relative_openers = rules.relative_pronouns | rules.relative_forms
        self._presence_words = rules.arrival_verbs | rules.participation_cues | rules.participation_verbs
        self._separately = [" ".join(p) for p in rules.separately]
        self._one_by_one = _padded(" ".join(p) for p in rules.one_by_one)
        self._private = _padded(" ".join(p) for p in rules.private_phrases)
        # phrases looked up as whole words in a sentence (CachedDoc.sentence_says)
        self._same_day = _padded(rules.same_day_connectives)
        self._opening = _padded(rules.opening_phrases)
        self._later_spans = _padded(rules.later_spans)
        self._simultaneous = _padded(rules.simultaneity_words)
        self._visit_heads = _Suffixes(rules.visit_nouns)
        self._visit_words = rules.visit_nouns | rules.visit_verbs
        # the auxiliaries of a tense that tells a thing done ("hat eröffnet", "ist eingetroffen", "was held")
        self._done_auxiliaries = rules.past_auxiliaries | rules.active_perfect_auxiliaries | rules.present_perfect_auxiliaries
        self._again = _padded(rules.again_words)
        self._earlier = _padded(rules.earlier_words)
        self._ending = _padded(rules.ending_words)
        self._open_question = _padded(rules.open_question_words)
        self._not_yet = _padded(rules.not_yet)
        self._acceptance = _padded(rules.acceptance_phrases)
        self._members = _padded(rules.member_phrases)
        self._same_company = _padded(rules.same_company_phrases)
        self._state_origin_links = rules.delegation_links - {","}  # "from" in "advisers from Britain"
        self._coming_companions = _padded(rules.coming_companions)
        self._member_anchors = frozenset(p.split()[0] for p in rules.member_phrases)
        self._voting = _padded(rules.voting_phrases)
        self._voting_anchors = frozenset(p.split()[0] for p in rules.voting_phrases)
        self._unfulfilled_phrases = [" ".join(p) for p in rules.unfulfilled]
        self._virtual_cues = [" ".join(c) for c in rules.virtual_cues]
        self._remote = _padded(rules.remote_cues)
        self._remote_words = frozenset(c.split()[-1] for c in rules.remote_cues)  # "video", "videobotschaft"
        self._sideline_phrases = [" ".join(p) for p in rules.sideline_phrases]
        # words that join a clause rather than name a thing: no topic noun between a town and its meeting noun
        self._function_words = rules.determiners | rules.coordinators | rules.meeting_prepositions | rules.of_state \
            | rules.auxiliaries | rules.topic_prepositions
        self._sideline_words = [tuple(p) for p in rules.sideline_phrases]
        self._sideline_ends = frozenset(p[-1] for p in rules.sideline_phrases if p)  # "rande", "sidelines"
        self._host_separable = _index_pairs(rules.host_separable)
        self._host_words = rules.host_verbs | rules.host_nouns | frozenset(self._host_separable) | rules.meal_host_verbs
        self._host_noun_determiners = rules.determiners | {"as", "co"}
        self._gathering_heads = tuple(rules.gathering_nouns)  # (German compounds by their head: "Herbstkonferenz")
        self._place_of_heads = tuple(n for n in rules.place_of_nouns if len(n) >= 5)
        self._resident_heads = tuple(n for n in rules.resident_nouns if len(n) >= 5)
        self._mediating = rules.mediation_nouns | rules.mediation_words  # see _mediators
        self._stands_in_starts = frozenset(p[0] for p in rules.stands_in_phrases)  # "stood" of "stood in for"
        self._topic_opener_ends = frozenset(p[-1] for p in rules.topic_openers)  # "um" of "es um"
        self._absence_cue_words = rules.representation | rules.represented_by | rules.stands_in | rules.absence_cues | rules.negated_participation | {
            stem for stem, _ in rules.absence_separable} | rules.withdraw_verbs | rules.absence_prepositions | rules.absence_nouns \
            | rules.object_absence_cues | {stem for stem, _ in rules.object_absence_separable} | rules.sending_verbs \
            | self._stands_in_starts | rules.absent_copula_prepositions | rules.staying_verbs

    # -- triggers --------------------------------------------------------------------------------------
    def _noun_trigger(self, doc: Doc, i: int) -> Trigger | None:
        low = doc.lowers[i]
        if low in self.r.summit_nouns and self.r.peak_verbs and i > 0 and doc.lowers[i - 1] in self.r.possessives:
            a, b = doc.clause_bounds(i, BOUNDARY)
            if not self.r.peak_verbs.isdisjoint(doc.lemmas[a:b]):
                return None  # "Die Inflation hat im März ihren Gipfel erreicht": a peak, no summit
        for phrase in self._phrases_by_first.get(low, ()):
            n = len(phrase)
            if tuple(doc.lowers[i : i + n]) == phrase:
                text = " ".join(phrase).replace(" - ", "-")  # ("sit-down", as the rules write it)
                return Trigger(i, i + n, "noun", text, virtual=text in self.r.virtual_nouns)
        for words, particle in self._particle_phrases_by_first.get(low, ()):
            n = len(words)
            if tuple(doc.lowers[i:i + n]) == words and self._clause_last_word(doc, i + n - 1) == particle:
                return Trigger(i, i + n, "noun", " ".join(words + (particle,)))  # "legte einen Kranz am … nieder"
        if self.lang == "de" and not doc.texts[i][:1].isupper():
            return None
        if i > 0 and (doc.lowers[i - 1] in self.r.plan_infinitive_markers
                      or self.lang == "en" and doc.lowers[i - 1] in self.r.verb_openers) and low in self.r.meeting_verbs:
            # "is due to visit Oxford", "said he would visit China in April": the verb after "to" or a modal, not the
            # noun ("invited to talks" stays one)
            return None
        if self.lang == "en" and low != doc.lemmas[i] and doc.lemmas[i] in self.r.meeting_verbs and self._singular_subject_before(doc, i):
            return None  # "Wendholm visits Tallinn", "he visits Riga": a verb in the present, not the plural noun
        if i > 0 and doc.lowers[i - 1] in self.r.not_meeting_modifiers:
            return None  # "press conference"
        if low in self.r.legislature_nouns and self._of_a_state(doc, i):
            return None  # "vor dem US-Kongress": a state's legislature
        if self._attributive_participle(doc, i):
            return None  # "visiting Prime Minister X": an adjective of the person after it
        if i + 1 < len(doc) and doc.lowers[i + 1] in self.r.not_meeting_heads:
            return None  # "the conference series", "the summit declaration"
        if low in self.r.compound_heads and i >= 2 and doc.texts[i - 1] == "-" \
                and doc.idx[i - 1] + 1 == doc.idx[i] and doc.texts[i - 2][:1].isupper():
            # "Vierer-Runde", "Shangri-La-Dialog", split by the tokenizer: a compound with a meeting head, as
            # "Gesprächsrunde" and "Sicherheitsdialog" are
            return Trigger(i, i + 1, "noun", low, virtual=low in self.r.virtual_nouns)
        if low in self._with_partners_only and i + 1 < len(doc) and (
                doc.lowers[i + 1] in self.r.partner_words or self.r.held_clause_ends
                and doc.lowers[i + 1] not in self.r.venue_genitive_articles and self._clause_last_word(doc, i) in self.r.held_clause_ends):
            # "die Runde mit dem Kanzler" is a meeting, "die zweite Runde" none; "a call with X" is a call; "Die
            # erste Runde hatte in Riad stattgefunden" is one held
            return Trigger(i, i + 1, "noun", low, virtual=low in self.r.virtual_nouns)
        if low in self._with_partners_only and self.lang == "de" and self._hosted_round(doc, i):
            return Trigger(i, i + 1, "noun", low, virtual=low in self.r.virtual_nouns)  # "X eröffnete die Runde"
        if low in self._with_partners_only and self.lang == "en" and i + 2 < len(doc) and doc.lowers[i + 1] in self.r.of_state:
            # "hosted a call of the (so-called) coalition of the willing", "a call of EU leaders": the call of those
            # who take part
            k = i + 2
            while k < min(len(doc), i + 7) and k not in self._in_mention and (doc.texts[k].islower() or doc.texts[k] in ("-", "‐")):
                k += 1
            named = self._in_mention.get(k)
            if named is not None and named.start == k and named.type in ("organization", "group"):
                return Trigger(i, i + 1, "noun", low, virtual=low in self.r.virtual_nouns)
        if low in self.r.article_meals and self._after_an_article(doc, i):
            return Trigger(i, i + 1, "noun", low)  # "gab ein Essen zu Ehren des Gastes": a meal, not "Interessen"
        verdict = self._verdict(low, doc.lemmas[i], self._noun_verdicts)
        if verdict is None:
            return None
        return Trigger(i, i + 1, "noun", verdict[0], virtual=verdict[1])

    def _after_an_article(self, doc: Doc, i: int) -> bool:
        """Does an article (or a preposition joined with one) come right before the noun at ``i``, or before one
        lower-case adjective before it ("ein Essen", "beim Essen", "einem festlichen Essen")?"""
        arts = self.r.meal_articles
        return i > 0 and (doc.lowers[i - 1] in arts or i > 1 and doc.texts[i - 1].isalpha() and doc.texts[i - 1].islower()
                          and doc.lowers[i - 2] in arts)

    def _roles_of_word(self, text: str, lemma: str) -> int:
        """What a word form (with its lemma) can be in the rules, as ``_TRIGGER | _NOUN | …`` bits: it may
        begin a trigger (a trigger word, or a capitalised German meeting noun), be a partner verb, a cue of
        absence, or begin a phrase of nearness. The same for every occurrence: remembered per form."""
        low = text.lower()
        roles = 0
        words = self._trigger_words
        if low in words or lemma in words:
            roles |= _TRIGGER
        elif self.lang == "de" and text[:1].isupper() and (
                low in self._hyphen_heads or self._verdict(low, lemma, self._noun_verdicts) is not None):
            roles |= _NOUN
        if lemma in self.r.partner_verbs or low in self.r.partner_verbs or lemma in self._partner_separable:
            roles |= _PARTNER
        if low in self._absence_cue_words or lemma in self._absence_cue_words:
            roles |= _ABSENCE
        if low in self._vicinity_by_first:
            roles |= _VICINITY
        return roles

    def _verdict(self, low: str, lemma: str, verdicts: dict) -> tuple[str, bool] | None:
        """``_noun_verdict``, remembered per word form and lemma."""
        key = (low, lemma)
        verdict = verdicts.get(key, False)
        if verdict is False:
            if len(verdicts) > 200_000:  # a bound for long builds: German makes new compounds daily
                verdicts.clear()
                self._heads.clear()
            verdict = verdicts[key] = self._noun_verdict(low, lemma)
        return verdict

    def _noun_verdict(self, low: str, lemma: str) -> tuple[str, bool] | None:
        """Is this (capitalised) word a meeting noun, and which, and a virtual one?"""
        if low in self.r.not_meetings or lemma in self.r.not_meetings or low.endswith(self._not_meeting_ends):
            return None  # (by its lemma too: "called off" is no "call")
        hit = None
        if low in self.r.meeting_nouns or lemma in self.r.meeting_nouns:
            hit = low if low in self.r.meeting_nouns else lemma
            if hit != low and self.lang == "en" and low.endswith("ed"):
                return None  # "visited", "called": the verb's past, no noun by its lemma
        elif self.lang == "de":
            # the compound as written, else its genitive's stem ("des Außenministertreffens", "des Gipfeltreffens":
            # the lookup table lacks most compounds, so their lemma is the form itself)
            stems = [low] + [low[:-n] for n in (1, 2) if low.endswith("es"[2 - n:]) and len(low) > n]
            for form in stems:
                if form != low and (form in self.r.not_meetings or form.endswith(self._not_meeting_ends)):
                    continue
                if form != low and form in self.r.meeting_nouns:
                    hit = form  # the genitive of a listed noun the table lacks ("des Abendessens", "des Telefonats")
                    break
                head = self._compound_heads.longest(form, min_prefix=3)
                if head is not None:
                    hit = form
                    break
        if hit is None:
            return None
        return hit, hit in self.r.virtual_nouns or any(hit.startswith(v) or hit.endswith(v) for v in self.r.virtual_nouns)

    def _guest_phrase(self, doc, i: int) -> Trigger | None:
        """A phrase of ``guest_phrases`` at ``i`` ("war zu Gast", "waren Gäste von X", "was the guest of X"). A noun
        of guests is one after a form of being, over its article and a day ("waren am Montag Gäste von X"; not "The
        guests of the summit were greeted …", who are those the greeting tells)."""
        for phrase in self._guest_by_first.get(doc.lowers[i], ()):
            n = len(phrase)
            if tuple(doc.lowers[i : i + n]) == phrase:
                if phrase[0] in self.r.guest_nouns:  # (not "Zu Gast waren X und Y", which opens with its preposition)
                    s_start = doc.sent_start(i)
                    if not any(doc.lowers[k] in self.r.auxiliaries for k in range(max(s_start, i - 5), i)):
                        return None
                return Trigger(i, i + n, "guest", " ".join(phrase))
        return None

    def _office_relative(self, doc, i: int) -> bool:
        """Is the verb at ``i`` in the simple present of a relative clause on a person (English right after "who",
        over a "co-": "X, who co-chairs the coalition, …"; German at the end of ", der/die …": "X, die den Verband
        leitet, …"), with no day and no meeting noun in its clause? It tells an office held, not a meeting ("who
        hosts the summit on Friday" does tell one)."""
        a, b = doc.clause_bounds(i, BOUNDARY)
        if self.lang == "de":
            # (the verb ends the clause, which a relative pronoun opens after a comma; "-t": present, not "leitete")
            if self._clause_last_word(doc, i) or not doc.lowers[i].endswith("t") or doc.lowers[i].endswith("ete") \
                    or a < 1 or doc.texts[a - 1] != "," or doc.lowers[a] not in self.r.relative_pronouns:
                return False
        else:
            k = self._before_co(doc, i)
            if k < 0 or doc.lowers[k] not in self.r.relative_pronouns or not doc.lowers[i].endswith("s"):
                return False
        a_char, b_char = doc.chars(a, b)
        return not any(a_char <= d.start < b_char for d in self._dates) \
            and not any(j in self._trigger_tokens and self._noun_trigger(doc, j) is not None for j in range(i + 1, b))

    def _has_particle(self, doc, i: int, particle: str, sent_end: int) -> bool:
        if self.lang == "en" and particle in self.r.place_prepositions:
            # an English particle that is also a preposition of place follows its verb: "sat in on the talks", not
            # "sat down in Vilnius"
            return i + 1 < sent_end and doc.lowers[i + 1] == particle
        return particle in doc.lowers[i + 1 : sent_end]

    def _travel_particle(self, doc, i: int, particle: str, sent_end: int) -> bool:
        """Does the travel verb at ``i`` have ``particle``? A particle that is a preposition of travel ("kommt nach
        Kanada") must lead somewhere: "nach Angaben des Ministeriums" names the source of the news, and "Ein Treffen
        … kommt nach Angaben des Ministeriums nicht zustande" tells no journey (nor an absence in it)."""
        if particle not in self.r.travel_prepositions:
            return self._has_particle(doc, i, particle, sent_end)
        return any(doc.lowers[k] == particle and doc.lowers[k + 1] not in self.r.source_nouns
                   for k in range(i + 1, sent_end - 1))

    def _of_a_state(self, doc: Doc, i: int) -> bool:
        """Does a state stand right before the word at ``i``, as the first part of its compound or as an adjective
        ("US-Kongress", "amerikanischen Kongress")?"""
        before = self._in_mention.get(i - 2) if i >= 2 and doc.texts[i - 1] in ("-", "‐") else self._in_mention.get(i - 1)
        return before is not None and before.type == "country"

    def _hosted_round(self, doc: Doc, i: int) -> bool:
        """Is the noun at ``i`` ("Runde") the definite object of a verb of hosting right before its article, or
        at its clause's end ("X eröffnete die Runde", "hatte die Runde geleitet"), with no genitive after it (not
        "eröffnete die zweite Runde der Wahl")? One opens or leads a meeting."""
        if i < 2 or doc.lowers[i - 1] not in self.r.definite_determiners \
                or i + 1 < len(doc) and doc.lowers[i + 1] in self.r.venue_genitive_articles:
            return False
        hosting = self.r.host_verbs
        last = self._clause_last_word(doc, i)
        return doc.lemmas[i - 2] in hosting or doc.lowers[i - 2] in hosting or last in hosting

    def _person_after_title(self, doc: Doc, k: int, sent_end: int) -> bool:
        """Does a person's name start at ``k``, or after a few capitalised title words from ``k`` ("Prime Minister
        Mark Carney")?"""
        j = k
        while j < sent_end and j - k < 4 and doc.texts[j][:1].isupper() and self._in_mention.get(j) is None:
            j += 1
        named = self._in_mention.get(j)
        return named is not None and named.type == "person" and named.start == j

    def _singular_subject_before(self, doc: Doc, i: int) -> bool:
        """Is the word before ``i`` a singular subject: a pronoun of a gender ("he", "she") or a person, by name or office
        ("President X", "the president")? An inflected word of meeting after it is a verb in the present, not a
        plural noun."""
        prev = doc.lowers[i - 1] if i > 0 else ""
        if prev in self.r.subject_pronouns and prev in self.r.pronoun_genders:
            return True
        named = self._in_mention.get(i - 1) if i > 0 else None
        return named is not None and named.type == "person" and named.end == i

    def _attributive_participle(self, doc: Doc, i: int) -> bool:
        """Is the word at ``i`` a participle right before a role or a person's name ("visiting Prime Minister X")?
        It describes that person; it tells no visit of its own."""
        if doc.lowers[i] not in self.r.attributive_participles or i + 1 >= len(doc):
            return False

        def title_at(k: int) -> bool:  # a capitalised role of one person ("joining leaders at …" joins a group)
            rs = self._role_at_token.get(k)
            return rs is not None and rs.start == k and rs.kind != "collective" and doc.texts[k][:1].isupper()

        m = self._in_mention.get(i + 1)
        if (m is not None and m.type == "country" and m.start == i + 1 or m is None and doc.texts[i + 1][:1].isupper()) \
                and i + 2 < len(doc) and title_at(m.end if m is not None else i + 2):
            return True  # ("visiting Australian Prime Minister X": the state's adjective, then the role)
        return title_at(i + 1) or m is not None and m.type == "person" and m.start == i + 1

    def _office_group_subject(self, doc: Doc, i: int) -> bool:
        """Is a plural of an office ("die EU-Außenminister", "the foreign ministers") in the clause of ``i``, not
        after a preposition, in a sentence with no other word that may tell a meeting? Holders of an office who
        decide together are met; a meeting word beside it ("Zum Abschluss des Gipfels haben die Staats- und
        Regierungschefs eine Erklärung verabschiedet") names that meeting better."""
        s_start, s_end = doc.sent_start(i), doc.sent_end(i)
        decision = self.r.group_decision_verbs
        # (a word that only may begin one and does not: "auf eine Verlängerung der Sanktionen geeinigt")
        if any(k != i and doc.lemmas[k] not in decision and doc.lowers[k] not in decision
               and (self._noun_trigger(doc, k) is not None or self._verb_trigger(doc, k, s_end) is not None)
               for k in self._candidates.get(s_start, ())):
            return False
        a, b = self._clause(doc, i, s_start, s_end)
        for k in range(a, b):
            m = self._in_mention.get(k)
            if m is not None and m.start == k and m.type == "group" and m.role \
                    and not (k > s_start and doc.lowers[k - 1] in self.r.object_prepositions):
                return True
        return False

    @staticmethod
    def _before_co(doc, i: int) -> int:
        """The word before ``i``, past a prefix "co-" the tokenizer split off ("the co - hosts": "the")."""
        return i - 3 if i >= 3 and doc.lowers[i - 1] == "-" and doc.lowers[i - 2] == "co" else i - 1

    def _verb_trigger(self, doc: Doc, i: int, sent_end: int) -> Trigger | None:
        guest = self._guest_phrase(doc, i)
        if guest is not None:
            return guest  # "war zu Gast", "waren Gäste von X", "was the guest of X": a phrase, its noun after an article
        if self.lang == "de" and doc.texts[i][:1].isupper() and i != doc.sent_start(i):
            return None
        if doc.texts[i][:1].isupper() and i != doc.sent_start(i) and (rs := self._role_at_token.get(i)) is not None \
                and rs.attached:
            return None  # "Fed Chair Jerome Powell spoke to reporters": a title before a name, not the verb
        lemma, low = doc.lemmas[i], doc.lowers[i]
        if self.lang == "en" and i == doc.sent_start(i) and low.endswith("s") and low != lemma:
            return None  # "Hosts X and Y will greet …": an English sentence cannot open with a verb in -s
        if self.lang == "en" and i > 0 and doc.lowers[self._before_co(doc, i)] in self.r.determiners:
            return None  # "a disagreement with his host", "the visit", "the co-hosts": a determiner makes the word a noun
        if self.lang == "en" and low == lemma and i > 0 and doc.lowers[i - 1] != "to" \
                and doc.lowers[i - 1] in self.r.object_prepositions and (named := self._person_after_title(doc, i + 1, sent_end)):
            return None  # "with host (Prime Minister) Emmanuel Macron urging unity": after a preposition, a title before a name
        if self.lang == "en" and low == lemma and self._adjective_after_determiner(doc, i):
            return None  # "greeting him with a lavish welcome": an adjective between makes it a noun too
        if self.lang == "en" and low == lemma and i > 0 and doc.texts[i - 1] in POSSESSIVE_MARKS:
            return None  # "received a hero's welcome", "the president's visit": after a possessive, a noun
        if self._attributive_participle(doc, i):
            return None  # "visiting Prime Minister X", "the visiting premier": an adjective of the person after it
        if self.lang == "en" and i > 0 and low in (lemma, lemma + "s") and i - 1 in self._trigger_tokens \
                and self._noun_trigger(doc, i - 1) is not None:
            return None  # "The summit host, X, had welcomed …": after a meeting noun, a compound's noun
        for particle in self._arrival_separable.get(lemma, ()):
            # (an English particle follows its verb: "flew in from London in the morning")
            if self._has_particle(doc, i, particle, sent_end) if self.lang == "en" else self._particle_ends_clause(doc, i, particle):
                return Trigger(i, i + 1, "travel", f"{lemma}+{particle}")  # "traf am Abend ein": arrived
        if self.r.host_support_verbs and lemma in self.r.host_verbs and i > 0 and doc.lemmas[i - 1] in self.r.host_support_verbs:
            return Trigger(i - 1, i + 1, "verb", lemma)  # "played host to X": the phrase's verb tells its tense
        if lemma in self.r.meeting_verbs or low in self.r.meeting_verbs:
            if self.lang == "en" and low != lemma and self._office_relative(doc, i):
                return None  # "X, who chairs the committee, met Y": an office held, no meeting
            if (lemma in self.r.passive_only_verbs or low in self.r.passive_only_verbs) and not any(
                    doc.lowers[k] in self.r.passive_auxiliaries for k in range(max(doc.sent_start(i), i - 3), i)):
                return None  # "X was greeted by Y" meets; "Hosts X and Y will greet each delegation" is their part in one
            return Trigger(i, i + 1, "verb", lemma)
        if (lemma in self.r.group_decision_verbs or low in self.r.group_decision_verbs) and self._office_group_subject(doc, i):
            return Trigger(i, i + 1, "verb", lemma)  # "Die EU-Außenminister haben … Sanktionen beschlossen": they met
        for particle in self._separable.get(lemma, ()):
            if self._has_particle(doc, i, particle, sent_end):
                return Trigger(i, i + 1, "verb", f"{lemma}+{particle}")
        if lemma in self.r.travel_verbs or any(self._travel_particle(doc, i, p, sent_end) for p in self._travel_separable.get(lemma, ())):
            if self.lang == "en" and low == lemma and (named := self._in_mention.get(i + 1)) is not None \
                    and named.type == "person" and named.start == i + 1:
                return None  # "IAEA head Rafael Grossi met …": a title right before a name, no verb
            if self._clause_last_word(doc, i) in self.r.return_particles or any(
                    doc.lowers[k] in self.r.return_particles and doc.lowers[k + 1] in self.r.travel_prepositions
                    for k in range(i + 1, doc.clause_bounds(i, BOUNDARY)[1] - 1)):
                return None  # "reiste noch in der Nacht nach Paris zurück", "flog zurück nach Berlin": home again
            return Trigger(i, i + 1, "travel", lemma)
        if self.r.invitation_destinations and (lemma in self.r.invitation_verbs or any(
                self._has_particle(doc, i, p, sent_end) for p in self._invitation_separable.get(lemma, ()))) \
                and self._invitation_to_a_day(doc, i):
            return Trigger(i, i + 1, "verb", lemma)  # "hat X für Montag ins Kanzleramt eingeladen"
        if self._joint(doc, i):
            return Trigger(i, i + 1, "verb", lemma)  # "will X gemeinsam mit Y einen Grenzübergang eröffnen"
        return None

    def _adjective_after_determiner(self, doc: Doc, i: int) -> bool:
        """Are the one or two words before ``i`` lower-case words after a determiner that are no plural and no
        number ("a lavish welcome", "a warm and friendly welcome" is not), so that the word at ``i`` is a noun?
        ("the leaders meet": a plural subject makes it a verb; "the two leaders meet" too.)"""
        for gap in (1, 2):
            d = i - gap - 1
            if d < doc.sent_start(i):
                return False
            between = range(d + 1, i)
            if not all(doc.texts[k].isalpha() and doc.texts[k].islower() for k in between):
                return False
            if doc.lowers[d] in self.r.determiners and doc.lowers[d] not in self.r.plural_determiners:
                return not any(doc.lowers[k].endswith("s") or doc.lowers[k] in self.r.plural_determiners
                               or doc.lowers[k] in self.r.auxiliaries for k in between)
        return False

    def _invitation_to_a_day(self, doc: Doc, i: int) -> bool:
        """Is the invitation verb at ``i`` one to a place on a day ("hat X für Montag ins Kanzleramt eingeladen",
        "lädt Y am Freitag nach Paris ein"): a meeting to come? One with no day is an offer not yet taken up, one
        to a meeting noun is that noun's ("zu einem Treffen nach Berlin eingeladen")."""
        a, b = doc.clause_bounds(i, BOUNDARY)
        if self._date(doc, (a, b), self._dates) is None and not self._meeting_named_next(doc, i):
            return False
        if any(k != i and k in self._trigger_tokens and self._noun_trigger(doc, k) is not None for k in range(a, b)):
            return False
        lowers, to = doc.lowers, self.r.invitation_destinations
        return any(lowers[m.start - 1] in to or m.start - 2 > a and lowers[m.start - 2] in to
                   and lowers[m.start - 1] in self.r.accusative_articles for m in self._places_of_article if a + 1 < m.start < b)

    def _meeting_named_next(self, doc: Doc, i: int) -> bool:
        """Does the sentence after the one of token ``i`` open by naming "the" meeting with a plain noun ("… nach
        München eingeladen. Bei dem Treffen am Freitag soll es um … gehen")? The invitation told is that meeting,
        whatever day it has."""
        start = doc.sent_end(doc.sent_start(i))
        for k in range(start, min(start + 4, len(doc))):
            if doc.lowers[k] in self.r.generic_meeting_nouns and k > start \
                    and doc.lowers[k - 1] in self.r.definite_determiners:
                return True
        return False

    def _joint(self, doc: Doc, i: int) -> bool:
        """Is the word at ``i`` one of ``joint_verbs``, done together: after a phrase of togetherness, or, for some,
        by two persons named together as its subject ("haben X und Y die Messe eröffnet")?"""
        if doc.lemmas[i] not in self.r.joint_verbs and doc.lowers[i] not in self.r.joint_verbs:
            return False
        if self._joint_before(doc, i) or self._joint_after(doc, i):
            return True
        if doc.lemmas[i] not in self.r.joint_subject_verbs and doc.lowers[i] not in self.r.joint_subject_verbs:
            return False
        start = doc.clause_bounds(i, BOUNDARY)[0]
        persons = [m for m in self._persons if start <= m.start and m.end <= i]
        # "X und der vietnamesische Premierminister Y": "und", then at most an article and a role before the name
        return any(b.start - a.end <= 5 and doc.lowers[a.end] in self.r.coordinators and doc.texts[a.end] != ","
                   for a, b in zip(persons, persons[1:]))

    def _joint_after(self, doc: Doc, i: int) -> bool:
        """Does a phrase of togetherness follow the finite verb at ``i`` in its clause ("besichtigten beide gemeinsam
        mit X das Feuerwehrhaus", the German main clause's order)?"""
        lowers, end = doc.lowers, doc.clause_bounds(i, BOUNDARY)[1]
        return any(lowers[k] == phrase[0] and tuple(lowers[k:k + len(phrase)]) == phrase
                   for k in range(i + 1, end) for phrase in self.r.joint_phrases)

    def _named_jointly(self, doc: Doc, m: Mention, floor: int) -> bool:
        """Is ``m`` named after a phrase of togetherness and "mit" ("gemeinsam mit Präsident X", "zusammen mit
        X")? Who does a thing together with the subject does it too."""
        lowers = doc.lowers
        for k in range(max(floor, m.start - 7), m.start):
            for phrase in self.r.joint_phrases:
                end = k + len(phrase)
                if tuple(lowers[k:end]) == phrase and end <= m.start and (
                        lowers[end - 1] in self.r.partner_words or end < m.start and lowers[end] in self.r.partner_words) \
                        and not any(doc.texts[j] in BOUNDARY for j in range(end, m.start)) \
                        and not any(end <= p.start < m.start for p in self._persons):  # (not "mit X den Gast Y")
                    return True
        return False

    def _joint_before(self, doc: Doc, i: int) -> bool:
        """Does a phrase of togetherness ("gemeinsam mit") stand before token ``i`` in its sentence (not past a
        semicolon or colon: "kamen … zusammen; eröffnet wurde die Runde von X")?"""
        lowers = doc.lowers
        start = doc.sent_start(i)
        for k in range(i - 1, start - 1, -1):
            if lowers[k] in (";", ":"):
                start = k + 1
                break
        for k in range(start, i):
            for phrase in self.r.joint_phrases:
                if lowers[k] == phrase[0] and tuple(lowers[k:k + len(phrase)]) == phrase:
                    return True
        return False

    # -- windows ---------------------------------------------------------------------------------------
    def _clause(self, doc, i: int, s_start: int, s_end: int) -> tuple[int, int]:
        """The clause around token ``i`` inside the sentence ``s_start:s_end``."""
        i = min(max(i, s_start), s_end - 1)
        a, b = doc.clause_bounds(i, BOUNDARY)
        # the commas of a list end no clause: "hat seine Amtskollegen aus Frankreich, Polen und Tschechien empfangen"
        lists = self._list_commas
        while a - 2 >= s_start and a - 1 in lists:
            a = doc.clause_bounds(a - 2, BOUNDARY)[0]
        while b + 1 < s_end and b in lists:
            b = doc.clause_bounds(b + 1, BOUNDARY)[1]
        return max(a, s_start), min(b, s_end)

    def _generic(self, doc, i: int, s_start: int) -> bool:
        """Does a determiner of any one of a kind stand before the noun at ``i``, right before it or before
        one adjective ("bei jedem Treffen", "at every single summit"), or before a noun it is "of" ("would not
        accept any outcome of talks it did not take part in")?"""
        lowers, generic = doc.lowers, self.r.generic_determiners
        return i > s_start and (lowers[i - 1] in generic or i - 1 > s_start and lowers[i - 2] in generic
                                and doc.texts[i - 1].islower()
                                or i - 2 > s_start and lowers[i - 1] in self.r.of_state and lowers[i - 3] in generic
                                and doc.texts[i - 2].isalpha())

    def _clause_on_a_noun_end(self, doc, t: Trigger, s_end: int) -> int:
        """The end of a clause right after the noun ``t`` that tells of it with no mark between (English leaves the
        relative pronoun out: "talks it did not take part in"), up to a few words; else the noun's own end."""
        if t.end >= s_end or doc.lowers[t.end] not in self.r.contact_clause_openers:
            return t.end
        return next((k for k in range(t.end, min(s_end, t.end + 8)) if doc.texts[k] in BOUNDARY), min(s_end, t.end + 8))

    def _purpose_of_a_noun(self, doc, i: int, s_start: int, mentions) -> bool:
        """Is the bare meeting noun at ``i`` what a common noun before it is for ("Teams für Gespräche", not "reist
        für Gespräche nach Rom", nor "in Washington für Gespräche")?"""
        return i - 2 > s_start and doc.lowers[i - 1] in self.r.noun_purpose_prepositions \
            and doc.texts[i - 2][:1].isupper() and not any(m.start <= i - 2 < m.end for m in mentions)

    def _opens_relative(self, doc, b: int, s_end: int) -> bool:
        """Does the comma at ``b`` open a relative clause (", das am Montag …", ", an denen X teilnahm")?"""
        return doc.texts[b] == "," and b + 1 < s_end and (doc.lowers[b + 1] in self._relative_openers or (
            b + 2 < s_end and doc.lowers[b + 1] in self.r.relative_prepositions and doc.lowers[b + 2] in self.r.relative_forms))

    def _in_relative_on(self, doc, t: Trigger, o: Trigger) -> bool:
        """Is ``o`` in a relative clause on the meeting noun ``t`` ("nach den Beratungen im Élysée, an denen X
        teilnahm")? Then it tells that meeting, not another after it."""
        b = next((k for k in range(t.end, o.start) if doc.texts[k] in BOUNDARY), None)
        return b is not None and self._opens_relative(doc, b, o.start) \
            and not any(doc.texts[k] in BOUNDARY and k not in self._list_commas for k in range(b + 1, o.start))

    def _office_genitive(self, doc, i: int, s_start: int) -> bool:
        """Is the meeting noun at ``i`` the genitive of an office's noun ("die Präsidentin der UN-Generalversammlung",
        "der Vorsitzende der Münchner Sicherheitskonferenz")? It names the body the office holder leads, a meeting
        told before or none (a host's noun is no office: "Gastgeber des Gipfels" tells the summit)."""
        if self.lang != "de":
            return False
        k = i - 1
        while k > s_start and i - k <= 3 and (doc.texts[k] in ("-", "‐") or doc.texts[k].isupper()
                                               or doc.texts[k].islower() and doc.lowers[k] not in self.r.genitive_determiners
                                               or doc.texts[k][:1].isupper() and k in self._in_mention
                                               or k == i - 1 and doc.texts[k][:1].isupper() and doc.lowers[k].endswith("en")):
            k -= 1  # "UN-", "Münchner", "informellen", "des Auswärtigen Ausschusses"
        if k <= s_start or doc.lowers[k] not in self.r.genitive_determiners:
            return False
        if doc.lowers[k - 1] in self.r.office_nouns:
            return True
        found = self.kb.role_of(self.lang, doc.texts[k - 1])
        return found is not None and found[1] in ("person", "title") and doc.lowers[k - 1] not in self.r.host_nouns

    def _placed_and_dated(self, doc, t: Trigger, s_end: int, mentions, dated: bool = True) -> bool:
        """Do the words right after the meeting noun ``t`` name both its place and its day ("dem Nato-Gipfel in Den
        Haag am kommenden Dienstag"), before a mark or a verb ends its phrase? (With ``dated`` false, its place
        alone.)"""
        end = t.end
        while end < min(s_end, t.end + 10) and doc.texts[end] not in BOUNDARY and (
                not doc.texts[end][:1].islower() or doc.lowers[end] in self.r.object_prepositions
                or doc.lowers[end] in self.r.determiners or doc.lowers[end] in self.r.coordinators
                or self._in_a_date(doc, end)):
            end += 1
        if end == t.end:
            return False
        placed = any(t.end < m.start < end and m.type in ("city", "region", "venue", "country") for m in mentions)
        a, b = doc.chars(t.end, end)
        return placed and (not dated or any(a <= d.start < b and not d.until for d in self._dates))

    def _in_a_date(self, doc, k: int) -> bool:
        """Does a date expression cover the word at ``k`` ("kommenden" of "am kommenden Dienstag")?"""
        start = doc.idx[k]
        return any(d.start <= start < d.end for d in self._dates)

    def _dated_phrase_end(self, doc: Doc, t: Trigger, s_end: int) -> int | None:
        """Where the noun's phrase ends when a date right after it closes it ("die Ergebnisse des Gipfels vom
        Donnerstag im Bundestag verteidigt": a place after the date is where the verb's event was), else None."""
        b = t.end
        if t.kind != "noun" or b + 1 >= s_end or doc.lowers[b] not in self.r.dating_prepositions:
            return None
        first = doc.idx[b + 1]
        dated = next((d for d in self._dates if d.start == first), None)
        if dated is None:
            return None
        k = b + 1
        while k < s_end and doc.idx[k] < dated.end:
            k += 1
        return k

    def _plan_aside(self, doc: Doc, b: int, s_end: int) -> bool:
        """Does the comma at ``b`` open an aside of the plan, a participle first or after an adverb ("…, scheduled for
        next week in Abu Dhabi, has been postponed", "…, originally planned for May, …")? Its day and place are the
        meeting noun's before it."""
        # (an adverb may stand first, no auxiliary: "…, is due to meet X" is the predicate; the aside may end the
        # sentence: "… ahead of a meeting with X, scheduled for Tuesday.")
        return doc.texts[b] == "," and any(
            doc.lowers[k] in self.r.plan_asides and all(doc.texts[j].isalpha() and doc.texts[j].islower()
                                                        and doc.lowers[j] not in self.r.auxiliaries for j in range(b + 1, k))
            for k in range(b + 1, min(b + 3, s_end)))

    def _setting_aside(self, doc: Doc, b: int, s_end: int) -> int | None:
        """The closing comma when the comma at ``b`` opens an aside of place and time only ("At their last summit, in
        Paris in March 2023, X and Y agreed …", "Bei ihrem letzten Gipfel, im März 2023 in Paris, hatten …"), else
        None. Its place and day are the meeting noun's before it."""
        if doc.texts[b] != "," or b + 1 >= s_end or doc.lowers[b + 1] not in self.r.meeting_prepositions:
            return None
        c = next((k for k in range(b + 1, min(b + 12, s_end)) if doc.texts[k] in BOUNDARY), None)
        if c is None or doc.texts[c] != ",":
            return None
        a_char, c_char = doc.idx[b], doc.idx[c]
        dated = [d for d in self._dates if a_char < d.start < c_char]
        placed = False
        for j in range(b + 1, c):
            named = self._in_mention.get(j)
            if named is not None and named.type in ("city", "country", "venue", "region"):
                placed = True
            # (a date's own preposition too: "on Tuesday")
            elif not (any(d.start <= doc.idx[j] < d.end or d.start == doc.idx[j + 1] for d in dated)
                      or doc.lowers[j] in self.r.meeting_prepositions or doc.lowers[j] in self.r.determiners):
                return None
        return c if placed or dated else None

    def _noun_window(self, doc: Doc, t: Trigger, s_end: int) -> tuple[int, int]:
        b = t.end
        dated_end = self._dated_phrase_end(doc, t, s_end)
        if dated_end is not None:
            return t.start, dated_end
        framed = self._topic_frame(doc, t)
        relative = False  # inside a relative clause on the noun: its words are the noun's to the clause's end
        while b < s_end and (b - t.end < NOUN_WINDOW or relative):
            if framed and doc.lowers[b] in self.r.topic_frame_verbs:
                break  # "Im Mittelpunkt des Gesprächs standen …": what follows the verb is the topic
            if doc.lowers[b] in self.r.window_stops:
                unit = next((k for k in range(b + 1, min(b + 5, s_end)) if doc.lowers[k] in self.r.duration_units), None)
                if unit is not None and all(doc.lowers[k] == doc.texts[k] for k in range(b + 1, unit)):
                    b = unit + 1  # "seit 24 Jahren", "seit mehr als zehn Jahren": how rare, no other event
                    continue
                break  # what happened since the meeting, not when it did
            if doc.texts[b] in QUOTE_MARKS and b + 1 < s_end and doc.lowers[b + 1] in self.r.partner_words:
                b += 1  # 'had "a very good meeting" with X at the White House': a label quoted, then its partner
                continue
            if doc.texts[b] in BOUNDARY:
                aside = self._setting_aside(doc, b, s_end)
                if aside is not None:
                    b = aside  # "At their last summit, in Paris in March 2023, …": where and when it was
                    break
                # a relative clause describes the meeting: "das Treffen, das am Montag in Paris stattfand"
                # (or a preposition and one: "des Gipfels, zu dem X die Staats- und Regierungschefs Mitte Juni einlädt")
                if self._opens_relative(doc, b, s_end) and not (
                        b + 2 < s_end and doc.lowers[b + 1] in self._relative_openers and doc.texts[b + 2][:1].isupper()
                        and self._speech_before(doc, t.start)) \
                        and not any(self._is_speech(doc, k) for k in range(t.end, b)) or self._plan_aside(doc, b, s_end):
                    b += 1  # (not after a verb of saying: "Nach Gesprächen … sagte Merz, die Ukraine könne …"; nor
                    relative = True  # an article and its noun after one before: "X sagte nach den Beratungen, der Druck … müsse")
                    continue  # ("Talks between X and Y, which had been scheduled for Thursday in Brussels, were …": all of it)
                break
            if self.lang == "en" and (b == t.end or b == t.end + 2 and doc.texts[b - 1] == "-") \
                    and doc.lemmas[b] in self.r.host_verbs and doc.lowers[b] != doc.lemmas[b] \
                    and b + 1 < s_end and doc.lowers[b + 1] in self.r.agent_prepositions:
                b += 1  # "a conference (co-)hosted by Italy and Ukraine in Rome on Thursday": a participle on the
                relative = True  # noun, its place and day the noun's
                continue
            if b > t.end and b in self._trigger_tokens and (self._noun_trigger(doc, b) is not None or (
                    doc.texts[b][:1].islower() and self._verb_trigger(doc, b, s_end) is not None)):
                break  # "Nach dem Treffen … in Warschau reiste X nach Vilnius": the next meeting or journey
            b += 1
        return t.start, b

    # -- main ------------------------------------------------------------------------------------------
    def find(self, doc: Doc, ms: MentionSet, dates: list[DateMention], quote_tokens: set[int], ref: RefDate | None,
             dateline: str | None = None, dateline_day: str | None = None) -> list[Meeting]:
        quote_tokens = self._without_quoted_labels(doc, quote_tokens, ms)
        # the persons a later "beide", "sie" or "the two" may stand for; not a source the news is told by
        # ("Wie Regierungssprecherin X mitteilte, …"), nor a spokesperson ("Das teilte Regierungssprecher X mit.
        # Beide sprachen über …": the two who spoke on the phone)
        persons = [m for m in ms.mentions if m.type == "person" and not self._as_clause_source(doc, m)
                   and m.role not in self.r.reporting_roles]
        self._persons = persons
        self._places_of_article = [m for m in ms.mentions if m.type in ("city", "region", "venue", "country") and not m.modifier]
        self._org_ends = {m.end: m.key for m in ms.mentions if m.type == "organization"}  # "NATO Secretary General X"
        self._groups_of_article = [m for m in ms.mentions if m.type == "group" and m.role]
        self._role_at_token = {t: rs for rs in ms.roles for t in range(rs.start, rs.end)}
        self._role_spans = ms.roles
        self._welcome_sents = set()
        self._told_any = False
        self._whether_sents = {}
        self._state_roles = {}  # a state's token -> the office of the plural role before it


        def read_before(sent_start: int) -> list[tuple[int, Mention]]:
            """(token, person) of the persons named before ``sent_start`` and of the subject pronouns read as one,
            in text order."""
            # (not one named only as the owner of a thing: "had conveyed President X's disappointment")
            return sorted([(m.start, m) for m in persons if m.end <= sent_start and not self._owner_of_a_thing(doc, m)]
                          + [(k, m) for k, m in self._pronoun_persons if k < sent_start], key=lambda x: x[0])

        def two_before(sent_start: int) -> list[Mention]:
            """The last two persons named before the sentence (for "beide", "both"); a subject pronoun counts as
            the person it was read as ("…, wo er von X empfangen wurde. An dem Gespräch der beiden …": he and X).
            Not the one who only welcomed a guest at the airport ("… im Élysée-Palast empfangen. Am Flughafen war
            Merz von Außenminister Y begrüßt worden. Beim Abendessen sprachen beide …"): no meeting, no pair."""
            out: list[Mention] = []
            before = read_before(sent_start)
            welcomed = [(k, m) for k, m in before if doc.sent_start(k) not in self._welcome_sents]
            if len({m.key for _, m in welcomed}) >= 2:
                before = welcomed
            for m in reversed([m for _, m in before]):
                if all(m.key != o.key for o in out):
                    out.append(m)
                if len(out) == 2:
                    break
            return out

        self.two_before = two_before

        self._pronoun_persons: list[tuple[int, Mention]] = []  # (pronoun token, the person it stands for)

        unnamed = self._unnamed_person_sentences(doc, ms)

        def group_before(sent_start: int) -> list[Mention]:
            """The persons of the last sentence before ``sent_start`` that names any, in their order there; a
            subject pronoun counts as the person it was read as ("Dort wurde sie von X empfangen": she, then X).
            A later sentence about someone unnamed ("Der Kanzler reist nach Rom. Dort trifft er …") has the
            pronoun's referent: no one named is."""
            earlier = read_before(sent_start)
            if not earlier:
                return []
            last_sent = doc.sent_start(earlier[-1][0])
            if any(last_sent < u < sent_start for u in unnamed):
                return []
            out: list[Mention] = []
            for k, m in earlier:
                if k >= last_sent and all(m.key != o.key for o in out):
                    out.append(m)
            return out

        self.group_before = group_before

        def group_of(sent_start: int, n: int) -> list[Mention]:
            """The ``n`` persons of the latest of the last few sentences naming persons that names just ``n``
            ("… empfing X seine Amtskollegin Y und Z … Schon im April hatten sich die drei getroffen")."""
            by_sentence: dict[int, list[Mention]] = {}
            for m in persons:
                if m.end <= sent_start:
                    group = by_sentence.setdefault(doc.sent_start(m.start), [])
                    if all(m.key != o.key for o in group):
                        group.append(m)
            latest = sorted(by_sentence, reverse=True)[:GROUP_LOOKBACK]
            for start in latest:
                if len(by_sentence[start]) == n:
                    return by_sentence[start]
            # else the last sentences together, when they name just ``n`` ("Merz ist in Kiew eingetroffen. Begleitet
            # wurde er von Macron und Starmer. Am Vormittag kamen die drei mit Selenskyj zusammen")
            together: list[Mention] = []
            for start in latest:
                together = [m for m in by_sentence[start] if all(m.key != o.key for o in together)] + together
                if len(together) >= n:
                    break
            return together if len(together) == n else []

        self.group_of = group_of

        genders = {m.key: m.gender for m in persons if m.gender}  # a person's gender, if a role noun told it

        def of_gender(group: list[Mention], pronoun: str | None) -> list[Mention]:
            """The persons of ``group`` a pronoun of a gender can stand for: those of its gender, else those of
            no known gender, else all."""
            want = self.r.pronoun_genders.get(pronoun or "")
            if not want:
                return group
            known = [m for m in group if genders.get(m.key) == want]
            if known and all(self._passive_agent(doc, m) for m in known):
                # "In Vilnius wurde X von Präsident Y begrüßt. Am Donnerstag besucht er …": the passive's subject, of
                # no known gender, before its agent, whose role tells his
                subjects = [m for m in group if genders.get(m.key) is None and not self._passive_agent(doc, m)]
                if subjects:
                    return subjects
            return known or [m for m in group if genders.get(m.key) in (None, want)] or group

        self.of_gender = of_gender

        def persons_before(sent_start: int, pronoun: str | None = None) -> Mention | None:
            """The first person of the last sentence before ``sent_start`` that names any; for a pronoun of a
            gender, the first of that gender there ("X wird von Energieministerin Y begleitet. Sie soll …": Y)."""
            group = of_gender(group_before(sent_start), pronoun)
            want = self.r.pronoun_genders.get(pronoun or "")
            seen, back = group, 0
            while want and seen and all(genders.get(m.key) not in (None, want) for m in seen) and back < GROUP_LOOKBACK:
                # "Außenministerin X wird in Kairo erwartet. Dort sind Gespräche mit Außenminister Y geplant. Ende der
                # Woche nimmt sie …": no one of her gender in the last sentence; an earlier one names her
                seen, back = group_before(doc.sent_start(seen[0].start)), back + 1
                if any(genders.get(m.key) == want for m in seen):
                    group = [m for m in seen if genders.get(m.key) == want]
                    break
            seen, back = group, 0
            while want and seen and all(self._partner_of_a_talk(doc, m) for m in seen) and back < GROUP_LOOKBACK:
                # "Am Donnerstag reist X weiter nach Riga. Dort ist ein Treffen mit Präsident Y geplant. Zum Abschluss
                # besucht er Tallinn": one named only as the partner of a talk is no subject told before; the subject
                # pronoun goes on with the one an earlier sentence names of its gender (none: the partner it is)
                seen, back = of_gender(group_before(doc.sent_start(seen[0].start)), pronoun), back + 1
                if any(genders.get(m.key) in (None, want) and not self._partner_of_a_talk(doc, m) for m in seen):
                    group = [m for m in seen if genders.get(m.key) in (None, want) and not self._partner_of_a_talk(doc, m)]
                    break
            # (not one named in a phrase of sequence opening that sentence: "After meeting X, Y said … He will
            # travel on to Tokyo" is Y)
            if len(group) > 1:
                first = doc.sent_start(group[0].start)
                end = self._sequence_phrase_opening(doc, first)
                group = [m for m in group if end is None or m.start > end] or group
            return group[0] if group else None

        self.persons_before = persons_before
        self._guests: list[list[Mention]] = []  # the persons each host received, in order: "der Gast" refers to them
        self._received: dict[str, list[Mention]] = {}  # host -> the guests they last received
        self._received_at: dict[str, int] = {}  # host -> the sentence where they last received them
        mentions: list[MeetingMention] = []
        by_sentence: dict[int, list[Mention]] = {}
        for m in ms.mentions:
            by_sentence.setdefault(doc.sent_start(m.start), []).append(m)
        # the tokens that can begin a trigger, by sentence: most words cannot, and one pass says which
        self._candidates: dict[int, list[int]] = {}
        self._partner_candidates: dict[int, list[int]] = {}
        self._absence_cues: dict[int, list[int]] = {}  # words of absence or representation, by sentence
        vicinity = self._vicinity_by_first
        self._vicinity_phrases: list[tuple[int, int]] = []  # (start, length) of phrases of nearness
        self._virtual_sentences: dict[int, bool] = {}
        self._absent_from = {}
        self._absent_in_relative = {}
        self._absent_in_conjunct = {}
        self._unfulfilled_cache = {}
        self._unheld_setting: tuple[int, list[Mention], DateMention | None] | None = None  # the last meeting not held
        self._meeting_names: set[int] = set()  # where an organisation names the meeting taken part in
        stop_nouns = self.r.stop_nouns
        self._stop_positions = [k for k, w in enumerate(doc.lowers) if w in stop_nouns]  # a journey's stops
        self._list_commas = self._commas_of_lists(doc, ms)
        # the first token of each paragraph after the first: a new paragraph is a new scene
        self._paragraphs = sorted({bisect_left(doc.idx, m.end()) for m in _NEWLINE.finditer(doc.text)})
        self._place_labels = self._paragraph_place_labels(doc, ms)
        sent_of = doc.sent_start
        in_mention = ms.by_token()
        self._in_mention = in_mention
        word_roles, lowers = self._word_roles, doc.lowers
        # the tokens whose word can begin a trigger at all (a noun's window ends at the next one)
        self._trigger_tokens: set[int] = (trigger_tokens := set())
        self._cause_nouns: set[int] = set()  # meeting nouns of a phrase of cause, no triggers (_cause_of_taking_part)
        if len(word_roles) > 200_000:  # a bound for long builds
            word_roles.clear()
        for i, key in enumerate(zip(doc.texts, doc.lemmas)):
            roles = word_roles.get(key)
            if roles is None:
                roles = word_roles[key] = self._roles_of_word(*key)
            if not roles:  # most words play no part: one look-up each
                continue
            # a capitalised German word can begin a trigger only as a meeting noun (or the head of a split
            # compound); names (words inside a mention) are never such triggers
            if roles & (_TRIGGER | _NOUN):
                trigger_tokens.add(i)
            if roles & _TRIGGER or roles & _NOUN and i not in in_mention:
                self._candidates.setdefault(sent_of(i), []).append(i)
            if roles & _PARTNER:
                self._partner_candidates.setdefault(sent_of(i), []).append(i)
            if roles & _ABSENCE:
                self._absence_cues.setdefault(sent_of(i), []).append(i)
            if roles & _VICINITY:
                for phrase in vicinity[lowers[i]]:
                    if tuple(lowers[i:i + len(phrase)]) == phrase:
                        self._vicinity_phrases.append((i, len(phrase)))
        self._story_days: list[tuple[int, ResolvedDate]] = []
        # the tokens of states that only say whose an office is ("den Premierminister von Portugal")
        self._state_tokens = {k for m in ms.mentions if m.type == "country" and m.modifier for k in range(m.start, m.end)}
        self._heading_days: list[tuple[int, ResolvedDate]] = []  # date lines over a schedule's items
        self._clocks: dict[int, str] = {}  # sentence start -> the clock time it names ("10.00 Uhr")
        self._phrase_spans = {}
        if self.r.clock_time is not None and self.r.clock_time.search(doc.text):
            for start, end in doc.sent_spans:
                a_char, b_char = doc.chars(start, end)
                found = self.r.clock_time.search(doc.text, a_char, b_char)
                if found:
                    self._clocks[start] = found.group(0)
        # the sentences that open with a clock time: the entries of a live blog ("+++ 14.05 Uhr: …")
        self._entry_starts = [start for start, clock in self._clocks.items() if self._opens_with_clock(doc, start)]
        self._doc = doc  # the doc of the article being read (the merge asks where a mention's date stands)
        self._ref = ref
        self._dates = dates
        self._attribute_dates = self._dates_of_attributes(doc, dates, ms) | self._genitive_dates(doc, dates)
        self._quote_tokens = quote_tokens
        self._headline_end = self._headline(doc)
        self._subheads = [h for h in self._subheadlines(doc) if h[0] >= self._headline_end]
        self._subhead_starts = [h[0] for h in self._subheads]
        self._items, self._bulleted = self._schedule_items(doc, dates)
        first_item = min(self._items, default=len(doc))
        # whose programme a list of items is: the first person the text names before it
        self._protagonist = next((m for m in ms.mentions if m.type == "person" and m.start < first_item), None)
        told_n = -1  # the sentences with words so far: a paragraph's break, a sentence of its own, is no sentence
        for n, (start, end) in enumerate(doc.sent_spans):
            blank = all(doc.texts[k].isspace() for k in range(start, end))
            told_n += not blank
            in_sentence = [m for m in by_sentence.get(start, ()) if m.start not in quote_tokens]
            label = self._speaker_label(doc, start, end, ms, in_sentence)
            if label is not None:
                in_sentence.remove(label)
            self._absences_told_before = []
            self._told_last = mentions[-1] if mentions else None  # the meeting told last (where it was, who was there)
            # (once told, always told: looked for only until a first such meeting)
            self._told_any = self._told_any or any(x.date_mention is not None or x.places for x in mentions)
            told = self._sentence(doc, start, end, ms, in_sentence, dates, quote_tokens, ref)
            out = [mm for mm in told if not self._welcome_on_arrival(doc, mm) and not self._met_no_one(doc, mm)]
            if told and not out and all(self._welcome_on_arrival(doc, mm) for mm in told):
                self._welcome_sents.add(start)
            out = self._absences_told_before + out
            if not out and mentions and self.r.made_up_words:
                out = self._made_up(doc, start, end, mentions[-1], dates, n)
            if not out and mentions and not mentions[-1].places and not mentions[-1].virtual and n > 0 \
                    and mentions[-1].sent_start == doc.sent_spans[n - 1][0]:
                # "… empfängt X zu einem Gespräch. Schloss Bellevue, Berlin.": a line of places only says where (not
                # of a call: "X und Y telefonieren" over "Berlin/Washington. …" are not in both towns)
                mentions[-1].places = self._place_fragment(doc, start, end, in_sentence)
            if not blank:
                # (a lead that is a paragraph of its own lends to the next paragraph's first sentence, as dpa sets it)
                self._lend_lead(doc, told_n, start, end, out, in_sentence, dates)
            self._visitor_of_the_journey(out, mentions, in_sentence)
            self._return_visit_parties(out, mentions)
            labelled = self._label_at(start)
            if labelled is not None:
                # "Kiew: Der ukrainische Präsident hat am Montag X empfangen": a roundup's item under its town
                # (one linked in by video in another clause: "Brüssel: Die Eurogruppe tagt am Nachmittag, Minister X
                # nimmt per Video teil" meets in Brussels)
                # (not a sentence that only adds to the meeting told: "Warschau: … kommen zusammen. X hat seine
                # Teilnahme abgesagt" tells X's absence from the item's meeting, which has its place)
                for mm in out:
                    if not mm.places and (not mm.virtual or self._video_of_another_clause(doc, mm)) \
                            and any(t.kind != "context" for t in mm.triggers):
                        mm.places, mm.virtual = [labelled[1]], False
            mentions.extend(out)
            if all(t.kind == "context" for mm in out for t in mm.triggers):
                self._story_day(doc, start, end, dates, quote_tokens, ref)
        meetings = self._trips_into_first_stops([m for m in self._merge(mentions, ref) if not self._denied(doc, m)], ref)
        self._dated_by_the_main_event(meetings)
        self._first_day_named(doc, meetings, ref)
        self._sidelines_dated_by_their_meeting(meetings)
        self._trips_narrowed_to_their_stops(meetings)
        self._place_of_a_visit_told_after(meetings)
        meetings = [m for m in meetings if not self._sums_up_several(m, meetings)]
        meetings = [m for m in meetings if not self._arrival_for_a_meeting_told(m, meetings)]
        for h in [m for m in meetings if self._headline_label_of(m, meetings) is not None]:
            self._fold_into(self._headline_label_of(h, meetings), h)
            meetings.remove(h)
        body = None
        if not dateline and (line := self._place_line(doc, ms)) is not None:
            dateline, body = line  # "Fulda. Rund 300 Bürger …": a regional paper's dateline ends with a full stop
        self._dateline_city(doc, meetings, dateline, body)
        self._dateline_day(doc, meetings, dateline_day)
        self._day_of_the_news(doc, meetings, dates, ref)
        self._day_where_one_was(doc, meetings, ref)
        self._day_of_what_followed(doc, meetings, ref, {x.sent_start for x in mentions if any(t.kind != "context" for t in x.triggers)})
        for m in meetings:
            self._state_leaders_host(m)
            self._residents_host(m)
            self._office_states_named(doc, m)
        self._group_members_who_speak(doc, meetings)
        self._share_with_the_put_off(meetings)
        self._rounds_to_come(meetings)
        for m in meetings:
            # (one named twice in a sentence is one attendee: "der Gipfel von X mit Y …, X sagte …")
            m.participants, m.hosts, m.absent = _one_per_key(m.participants), _one_per_key(m.hosts), _one_per_key(m.absent)
        return meetings

    def _place_of_a_visit_told_after(self, meetings: list[Meeting]) -> None:
        """"X ist am Mittwoch mit Y zusammengetroffen. … X hielt sich zu einem zweitägigen Besuch in Berlin auf": a
        meeting with no place, of one whose visit to a single town or state the next lines of its paragraph tell
        (with no other day), is in that town or state."""
        for m in meetings:
            if m.places or m.virtual or m.sideline or not m.mentions:
                continue
            end = max(x.sent_start for x in m.mentions)
            persons = {p.key for p in m.participants if p.type == "person"}
            k = bisect_left(self._paragraphs, end + 1)
            limit = min(end + 80, self._paragraphs[k] if k < len(self._paragraphs) else end + 80)
            visit = min((v for v in meetings if v is not m and end < v.mentions[0].sent_start < limit),
                        key=lambda v: v.mentions[0].sent_start, default=None)
            if visit is None or visit.virtual or visit.status != m.status or len(visit.places) != 1 \
                    or visit.places[0].type not in ("city", "country") \
                    or not all(self._stay_trigger(t) for x in visit.mentions for t in x.triggers) \
                    or any(x.sequel or x.after_sequence for x in visit.mentions) \
                    or not persons & {p.key for p in visit.participants} \
                    or visit.date is not None and (m.date is None or not m.date.value.startswith(visit.date.value)):
                continue
            m.places = list(visit.places)

    def _stay_trigger(self, t: Trigger) -> bool:
        """Does ``t`` tell a stay on a visit, not the journey to it: a visit's noun ("zu einem Besuch in Berlin",
        not "Reise"), or English "visiting"?"""
        if t.kind == "noun":
            head = self._head(t)
            return head in self.r.visit_nouns and head not in self.r.trip_nouns
        return t.kind == "verb" and t.lemma in self.r.visit_verbs and self._doc.lowers[t.start].endswith("ing")

    def _day_where_one_was(self, doc, meetings: list[Meeting], ref: RefDate | None) -> None:
        """"Sie war am Dienstag in Polen. In Warschau hat sie den Außenminister getroffen": a sentence telling no
        meeting that puts someone (by name or pronoun) in a state or town on a day dates the undated meeting held the
        next sentence tells in that state or town, of that person."""
        told = {x.sent_start for m in meetings for x in m.mentions}
        for m in meetings:
            if m.date is not None or m.status != "past" or m.virtual or not m.places:
                continue
            first = min(x.sent_start for x in m.mentions)
            if first == 0:
                continue
            before = doc.sent_start(first - 1)
            if before in told or not self._being_elsewhere(doc, before, first):
                continue
            day = self._date(doc, (before, first), self._dates)
            where = [p for p in self._places_of_article if before < p.start < first and p.type in ("country", "city")
                     and doc.lowers[p.start - 1] in self.r.place_prepositions]
            named = {p.key for p in self._persons if before <= p.start < first}
            ours = {p.key for p in m.participants if p.type == "person"}
            pronoun = any(doc.lowers[k] in self.r.subject_pronouns for k in range(before, first))
            if day is None or not where or not (named & ours or not named and pronoun):
                continue
            if not all(any(w.key == p.key or self._contains(w.key, p.key) for w in where)
                       for p in m.places if p.type in ("country", "city")):
                continue
            resolved = resolve(day, ref)
            if resolved is not None and resolved.precision in ("day", "month"):
                m.date = resolved

    def _day_of_what_followed(self, doc, meetings: list[Meeting], ref: RefDate | None, told: set[int]) -> None:
        """"X ist in Tokio mit Y zusammengekommen. Die beiden vereinbarten am Dienstag …": the sentence right after an
        undated meeting held, telling no meeting of its own (``told``: the sentences that tell one, an arrival folded
        into the meeting too: "… war am Donnerstagabend eingetroffen"), of the meeting's persons only (or "die
        beiden"), dates the meeting by the past day it names."""
        if ref is None or ref.day is None:
            return
        starts = [a for a, _ in doc.sent_spans]
        for m in meetings:
            if m.date is not None or m.status != "past" or m.virtual:
                continue
            after = max(x.sent_end for x in m.mentions)
            i = bisect_left(starts, after)
            if i >= len(starts) or starts[i] in told:
                continue
            a, b = doc.sent_spans[i]
            day = self._date(doc, (a, b), self._dates)
            if day is None or day.kind not in ("weekday", "daymonth"):
                continue
            named = {p.key for p in self._persons if a <= p.start < b}
            ours = {p.key for p in m.participants if p.type == "person"}
            pair = any(doc.lowers[k] in self.r.pair_words or doc.lowers[k] in self.r.plural_pronouns for k in range(a, b))
            if not (named and named <= ours and len(ours) >= 2 or not named and pair):
                continue
            resolved = resolve(day, ref)
            if resolved is not None and resolved.precision == "day" and resolved.value <= ref.as_date().isoformat():
                m.date = resolved

    def _rounds_to_come(self, meetings: list[Meeting]) -> None:
        """"Die Gespräche zwischen X und Y sind in Genf zu Ende gegangen … Die Gespräche sollen in der kommenden
        Woche in Oman fortgesetzt werden": talks to go on in another place or later, naming no one, are a round of
        those who met in the talks of that name told before it."""
        for i, m in enumerate(meetings):
            if m.participants or m.status != "planned" or not all(x.continued for x in m.mentions):
                continue
            heads = {self._head(t) for x in m.mentions for t in x.triggers if t.kind == "noun"}
            # (a round told by a pronoun, "Sie sollen am Montag fortgesetzt werden", goes on from the talks just told)
            before = [o for o in meetings[:i] if o.participants and not o.sideline
                      and (heads & {self._head(t) for x in o.mentions for t in x.triggers if t.kind == "noun"} or not heads)]
            # (the talks the round names by their town first: "Die Genfer Gespräche sollen im Juni in Oslo
            # fortgesetzt werden" goes on from those in Geneva)
            placed = [o for o in before if {p.key for p in o.places} & {p.key for p in m.places}]
            # (talks told by their verb: "X hat sich in Paris mit Y getroffen. … Die Gespräche sollen im Januar in
            # Berlin fortgesetzt werden": the meeting held just before)
            held = [o for o in meetings[:i] if o.participants and not o.sideline and not o.virtual and o.status == "past"
                    and sum(p.type == "person" for p in o.participants) >= 2][-1:] if not before else []
            if placed or before or held:
                m.participants = list((placed[0] if placed else (before or held)[-1]).participants)

    def _made_up(self, doc, s_start: int, s_end: int, last: MeetingMention, dates, n: int) -> list[MeetingMention]:
        """"Seinen Besuch sagte X ab. Die Reise werde am 10. März nachgeholt": a meeting called off in one of the two
        sentences before, to be made up for on a day named, is a new meeting planned for that day (its persons and
        places the same), beside the one called off."""
        if last.status != "cancelled" or n == 0 or last.sent_start < doc.sent_spans[max(0, n - 2)][0]:
            return []
        k = next((j for j in range(s_start, s_end) if doc.lowers[j] in self.r.made_up_words), None)
        day = self._date(doc, (s_start, s_end), dates) if k is not None else None
        if day is None:
            return []
        return [replace(last, sent_start=s_start, sent_end=s_end, window=(s_start, s_end),
                        triggers=[Trigger(k, k + 1, "verb", doc.lemmas[k])], date_mention=day, status="planned",
                        definite=False, sequel=True, participants=list(last.participants), hosts=list(last.hosts),
                        absent=[], places=list(last.places))]

    def _dated_in_clause(self, mm: MeetingMention) -> bool:
        """Is ``mm``'s date inside the clause of its first trigger (not the day something was said of it: "X sagte
        am Dienstag, für ein solches Treffen gebe es keine Grundlage")?"""
        if mm.date_mention is None:
            return False
        doc = self._doc
        a, b = doc.chars(*self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end))
        return a <= mm.date_mention.start < b

    def _share_with_the_put_off(self, meetings: list[Meeting]) -> None:
        """A meeting put off to another day ("… ist auf Freitag verschoben worden") is two records, the day called
        off and the new one; who was to attend and host one was to attend and host the other, whichever sentence
        named them ("Gastgeber ist X, erwartet werden Y und Z"), and where one was to be the other is. So is one
        to be made up for told in the next sentences ("… hat ihren Besuch in Berlin abgesagt. … Ein Treffen mit
        X soll nachgeholt werden"), and one adjourned to another day."""
        doc = self._doc
        for off in meetings:
            # (or adjourned after it sat: "… ist ohne Einigung zu Ende gegangen. Die Gespräche wurden auf den 14. Mai
            # vertagt")
            if off.status != "cancelled" and not any(x.adjourned for x in off.mentions):
                continue
            told = {(x.sent_start, tuple(t.start for t in x.triggers)) for x in off.mentions}
            new = next((m for m in meetings if m.status == "planned" and any(
                (x.sent_start, tuple(t.start for t in x.triggers)) in told for x in m.mentions)), None)
            if new is None:
                # (in the two sentences after it)
                starts = [a for a, _ in doc.sent_spans]
                last = bisect_left(starts, max(x.sent_start for x in off.mentions))
                new = next((m for m in meetings if m.status == "planned" and all(
                    0 < bisect_left(starts, x.sent_start) - last <= 2
                    and not self.r.made_up_words.isdisjoint(doc.lowers[x.sent_start:x.sent_end]) for x in m.mentions)), None)
            if new is None:
                continue
            for a, b in ((off, new), (new, off)):
                a.participants.extend(p for p in b.participants if all(p.key != q.key for q in a.participants + a.absent))
                a.hosts.extend(h for h in b.hosts if all(h.key != q.key for q in a.hosts))
                if not a.places:
                    a.places = list(b.places)  # ("The visit has been rescheduled for 10 July": where it was to be)

    def _paragraph_place_labels(self, doc, ms: MentionSet) -> dict[int, Mention]:
        """The paragraphs that open with a town and a colon, as a roundup's items do ("Kiew: Der ukrainische
        Präsident hat …", "Brüssel: Die EU-Finanzminister …"), by their first token: each item is told under its town.
        (A state before a colon is left alone: it may be a party, "Ukraine: …".)"""
        labels: dict[int, Mention] = {}
        towns = {m.start: m for m in ms.mentions if m.type == "city"}
        persons = {m.start: m for m in ms.mentions if m.type == "person"}
        starts = [0, *self._paragraphs]
        for p, end in zip(starts, [*starts[1:], len(doc)]):
            first = self._first_word(doc, p)
            if first + 1 < len(doc) and self._item_number(doc, first):
                first += 1  # "3. Brüssel: …"
            town = towns.get(first)
            # (or a person in a town, in a paragraph of sentences, not a headline's line: "Wadephul in Kairo: Der
            # Außenminister sprach mit …")
            who = next((persons[k] for k in range(first, first + 3) if k in persons
                        and all(doc.texts[j][:1].isupper() for j in range(first, k))), None)  # ("Außenminister X in …")
            last = next((k for k in range(end - 1, p - 1, -1) if not doc.is_space[k] and doc.texts[k] not in QUOTE_MARKS), p)
            if town is None and who is not None and who.end + 1 < len(doc) and doc.lowers[who.end] in self.r.meeting_prepositions \
                    and doc.texts[last] in (".", "!"):
                town = towns.get(who.end + 1)
            if town is not None and town.end < len(doc) and doc.texts[town.end] == ":":
                labels[p] = town
        return labels

    def _label_at(self, k: int) -> tuple[int, Mention] | None:
        """The paragraph of token ``k`` (its first token) and the town that labels it, if one does."""
        if not self._place_labels:
            return None
        i = bisect_right(self._paragraphs, k)
        p = self._paragraphs[i - 1] if i else 0
        town = self._place_labels.get(p)
        return (p, town) if town is not None else None

    def _sums_up_several(self, h: Meeting, meetings: list[Meeting]) -> bool:
        """Is ``h`` a headline's summary of meetings the body tells one by one ("Selenskyj in Berlin: Gespräche mit
        Merz und Steinmeier" over a reception by Steinmeier and a meeting with Merz)? Told in the headline, in no
        building, with everyone it names at two or more meetings of its status in its town (or, a call's headline,
        at two or more calls): no meeting of its own."""
        if not self._headline_end or not (h.places or h.virtual) or any(p.type == "venue" for p in h.places) \
                or not any(x.sent_start < self._headline_end for x in h.mentions):
            return False
        persons = {p.key for p in h.participants if p.type == "person"}
        if len(persons) < 3:
            return False
        # (calls: "Merz telefoniert mit A, B und C" over three calls told one by one, which have no place)
        covering = [m for m in meetings if m is not h and m.status == h.status and m.virtual == h.virtual
                    and len(persons & {p.key for p in m.participants}) >= 2
                    and (h.virtual or m.places and any(self._contains(a.key, b.key) for a in h.places for b in m.places))]
        covered = {p.key for m in covering for p in m.participants}
        return len(covering) >= 2 and persons <= covered

    def _headline_label_of(self, h: Meeting, meetings: list[Meeting]) -> Meeting | None:
        """The meeting of the headline that ``h``, a part of the same headline told by a noun alone and naming no
        one, labels ("Merz empfängt Macron – Treffen im Kanzleramt": the reception, in the Kanzleramt), else None.
        A headline tells one event in parts; a part naming no one is no meeting of its own."""
        end = self._headline_end
        if not end or h.participants or h.hosts or h.absent or h.sideline \
                or any(x.sent_start >= end or any(t.kind != "noun" for t in x.triggers) for x in h.mentions):
            return None
        for m in meetings:
            if m is h or m.sideline or m.status != h.status or m.virtual != h.virtual or not m.participants \
                    or not any(x.sent_start < end for x in m.mentions):
                continue
            if h.date is not None and m.date is not None and h.date.value != m.date.value:
                continue
            if h.places and m.places and not all(any(self._contains(b.key, a.key) or self._contains(a.key, b.key)
                                                     for b in m.places) for a in h.places):
                continue  # ("Merz trifft Macron – Gipfel in Brüssel" over talks in Paris: two events)
            return m
        return None

    @staticmethod
    def _fold_into(m: Meeting, h: Meeting) -> None:
        """``h``'s mentions, and its place and date where ``m`` has none, become ``m``'s."""
        m.mentions = sorted(m.mentions + h.mentions, key=lambda x: x.sent_start)
        m.places = m.places or list(h.places)
        m.date = m.date or h.date

    def _group_members_who_speak(self, doc, meetings: list[Meeting]) -> None:
        """"X empfing die Ministerpräsidentinnen und Ministerpräsidenten der Länder … Bayerns Ministerpräsident Y
        sprach anschließend von einem konstruktiven Austausch": a person of the office a group at the meeting holds,
        who speaks in the sentences right after it (before another meeting is told), was one of that group."""
        told = sorted({x.sent_start for m in meetings for x in m.mentions})
        for m in meetings:
            roles = {p.role for p in m.participants if p.type == "group" and p.role} | self._offices_of_compounds(m)
            orgs = {p.key for p in m.participants if p.type == "organization"}
            if not roles and not orgs or m.virtual or m.habitual or m.sideline:
                continue
            own = {x.sent_start for x in m.mentions}
            first, last = min(own), max(own)
            # the sentences after its first mention, to three after its last, until another meeting is told; not
            # the sentences that tell it (their persons were weighed there)
            later = [a for a, _ in doc.sent_spans if a > last][:3]
            others = {a for a in told if a not in own}
            window_end = next((a for a in later if a in others), None)
            # (to the end of its last sentence when the text ends there: those between its mentions spoke too)
            span_end = window_end if window_end is not None else doc.sent_end(later[-1] if later else last)
            taken = {p.key for p in m.participants + m.absent}
            told_here = own | others
            for p in self._persons:
                if not doc.sent_end(first) <= p.start < span_end or p.key in taken or doc.sent_start(p.start) in told_here:
                    continue
                # (the office the text gives, else the knowledge base's: "Der Kanzler zeigte sich skeptisch")
                role = p.role or self.kb.person_role(p.key)
                fits = role is not None and any(self.kb.covers(r, role) or self.kb.covers(role, r)
                                                or role in self.kb.group_members.get(r, ()) for r in roles)
                # (or an officer of an organisation at it, named as such: "NATO Secretary General X told reporters")
                fits = fits or role is not None and any(self._org_ends.get(k) in orgs for k in range(max(0, p.start - 3), p.start + 1))
                # (the verb after the name, or before it, after the words quoted: "„…“, sagte Sachsens
                # Ministerpräsident Y")
                s_start, s_end = doc.sent_start(p.start), doc.sent_end(p.start)
                if fits and (any(self._is_speech(doc, k) or self._takes_a_stance(doc, k)
                                 for k in range(p.end, min(p.end + 4, s_end)))
                             or self._speech_participle_last(doc, p)
                             or self._quoted_after_colon(doc, p) or self._speaker_after_quote(doc, p, s_start)) \
                        and not self._told_elsewhere(doc, m, s_start, s_end) \
                        and not self._leaves_open(doc, p):
                    m.participants.append(p)
                    taken.add(p.key)

    def _speech_participle_last(self, doc, p: Mention) -> bool:
        """Does a German participle of saying end the clause ``p`` is the subject of ("X habe die Bedeutung der
        Partnerschaft betont")?"""
        if self.lang != "de":
            return False
        last = doc.clause_bounds(p.start, BOUNDARY)[1] - 1
        while last > p.end and doc.is_punct[last]:
            last -= 1
        return last > p.end and self._is_speech(doc, last)

    def _speaker_after_quote(self, doc, p: Mention, s_start: int) -> bool:
        """Is ``p`` named right after a verb of saying that follows the words quoted ("„…“, sagte Sachsens
        Ministerpräsident Y", '"…," said Y')? A few words of the speaker's office between, no other person."""
        verb = next((k for k in range(p.start - 1, max(s_start, p.start - 7), -1) if self._is_speech(doc, k)), None)
        return verb is not None and any(j in self._quote_tokens for j in range(s_start, verb)) \
            and not any(q.type == "person" and verb < q.start < p.start for q in self._persons)

    def _leaves_open(self, doc, p: Mention) -> bool:
        """Does ``p``'s sentence leave open whether after them ("X hat bisher nicht gesagt, ob er anreist", "X has
        not said whether he will travel")? One keeping the answer to themselves tells nothing of being there."""
        s_start, s_end = doc.sent_start(p.start), doc.sent_end(p.start)
        return any(doc.lowers[k] in self.r.whether_words for k in range(p.end, s_end)) \
            and doc.sentence_says(s_start, self._open_question)

    def _offices_of_compounds(self, m: Meeting) -> set[str]:
        """The offices a meeting noun's first part names ("Innenministerkonferenz", "Außenministertreffen",
        "Ministerpräsidentenkonferenz"), or the plural of an office names before an organisation at it ("Die
        Verteidigungsminister der Nato"): those at it hold that office, as a group of it would."""
        out: set[str] = set()
        for x in m.mentions:
            for t in x.triggers:
                if t.kind != "noun":
                    continue
                head = self._head(t)
                if head and t.lemma.endswith(head) and len(t.lemma) > len(head) + 3:
                    found = self.kb.role_of(self.lang, t.lemma[:-len(head)])
                    if found is not None and found[1] == "person":
                        out.add(found[0])
        # (and the office before an organisation at it: "Die Verteidigungsminister der Nato sind … zusammengekommen")
        doc = self._doc
        # (and the office of its persons, when their counterparts came unnamed: "traf in Riad seine Amtskollegen aus
        # den Staaten des Golf-Kooperationsrats")
        person_starts = {q.start for q in self._persons}
        if any(rs.role in self.r.counterpart_roles and rs.end not in person_starts and x.sent_start <= rs.start < x.sent_end
               for x in m.mentions for rs in self._role_spans if rs.kind == "person"):
            out.update(r for q in m.participants if q.type == "person" and (r := self._held_office(q)) is not None
                       and r not in self.r.counterpart_roles)
        for p in m.participants:
            k = p.start - 1
            if p.type == "organization" and k > 0 and doc.lowers[k] in self.r.genitive_determiners:
                rs = self._role_at_token.get(k - 1)
                if rs is not None and rs.kind == "person":
                    out.add(rs.role)
        return out

    def _quoted_after_colon(self, doc, p: Mention) -> bool:
        """Does a quote follow a colon a few words after the person ``p`` ("X zeigte sich enttäuscht: „Das ist …“")?
        Its words are ``p``'s, told with no verb of saying."""
        colon = next((k for k in range(p.end, min(p.end + 6, doc.sent_end(p.start))) if doc.texts[k] == ":"), None)
        # (the quote may be a sentence of its own after the colon)
        return colon is not None and any(k in self._quote_tokens for k in range(colon + 1, min(colon + 3, len(doc))))

    def _told_elsewhere(self, doc, m: Meeting, s_start: int, s_end: int) -> bool:
        """Does the sentence tell a day or a place other than ``m``'s, outside quotes ("Verteidigungsminister X
        sagte am Freitag in Kiew weitere Hilfe zu" after Monday's meeting in Ramstein)? What one says there is not
        said at the meeting told before."""
        a, b = doc.idx[s_start], doc.idx[s_end - 1]
        for d in self._dates:
            if a <= d.start < b and not any(d.start <= doc.idx[k] < d.end for k in self._quote_tokens):
                day = resolve(d, self._ref)
                if day is not None and (m.date is None or not day.value.startswith(m.date.value[:len(day.value)])):
                    return True
        own = {p.key for p in m.places}
        return any(s_start < p.start < s_end and p.start not in self._quote_tokens and p.key not in own
                   and doc.lowers[p.start - 1] in self.r.place_prepositions for p in self._places_of_article)

    def _trips_into_first_stops(self, meetings: list[Meeting], ref: RefDate | None) -> list[Meeting]:
        """A journey or visit told only as going to a state or city ("reist am Mittwoch in die Türkei", "Der
        Staatsbesuch hat am Sonntag in Berlin begonnen") and the first event within it on its day with the
        traveller ("In Ankara wird er von X empfangen", "Vor Schloss Bellevue wurde er begrüßt") are one event:
        the trip is how the text opens the visit, not a meeting of its own. Later stops stay apart. So is a meeting
        told by its noun alone in a state, with no one named ("In Ägypten läuft das Gipfeltreffen an"), and the
        meeting told next inside that state ("X empfing in Scharm el-Scheich Y und Z"): the summit told in detail."""
        out = list(meetings)
        for trip in meetings:
            if trip.virtual or trip.sideline or trip.habitual or not trip.places \
                    or any(p.type not in ("country", "city") for p in trip.places):
                continue
            travellers = {p.key for p in trip.participants if p.type == "person"}
            later = out[out.index(trip) + 1:]
            # ("reist zu seinem Antrittsbesuch in die Türkei": a visit's noun tells the journey too)
            journey = all(self._journey_trigger(t) for x in trip.mentions for t in x.triggers)
            unnamed = not travellers and all(p.type == "country" for p in trip.places) \
                and all(t.kind == "noun" for x in trip.mentions for t in x.triggers)
            if not journey and not unnamed:
                continue
            stop = next((m for m in (later if journey else later[:1]) if any(
                c.key != p.key and self._contains(c.key, p.key) for c in trip.places for p in m.places)), None)
            if stop is None or stop.status != trip.status and not self._arrived_today(trip, stop, ref) \
                    or stop.virtual or stop.sideline or stop.habitual \
                    or journey and not travellers & {p.key for p in stop.participants} \
                    or trip.date is not None and stop.date is not None and trip.date.value != stop.date.value:
                continue
            stop.mentions.extend(trip.mentions)
            stop.date = stop.date or trip.date
            for p in trip.participants:
                if all(p.key != q.key for q in stop.participants + stop.absent):
                    stop.participants.append(p)
            out.remove(trip)
        return out

    def _trips_narrowed_to_their_stops(self, meetings: list[Meeting]) -> None:
        """A journey to several towns ("reist am 3. Juni nach Skopje und Tirana") joins the meeting at its first stop
        ("In Skopje trifft er X"); a later stop told as a meeting of its own ("In Tirana sind Gespräche mit Y geplant")
        is not a place of the first one."""
        for m in meetings:
            journeys = [x for x in m.mentions if x.triggers and all(self._journey_trigger(t) for t in x.triggers)]
            trip_towns = {p.key for x in journeys for p in x.places if p.type == "city"}
            if len(trip_towns) < 2:
                continue
            here = {p.key for x in m.mentions if x not in journeys for p in x.places if p.type == "city"}
            if len(here) != 1 or not here <= trip_towns:
                continue
            travellers = {p.key for x in journeys for p in x.participants if p.type == "person"}
            elsewhere = {p.key for n in meetings if n is not m and travellers & {q.key for q in n.participants}
                         for p in n.places if p.key in trip_towns and p.key not in here}
            if elsewhere:
                m.places = [p for p in m.places if p.key not in elsewhere]

    def _arrived_today(self, trip: Meeting, stop: "Meeting | MeetingMention", ref: RefDate | None) -> bool:
        """Has the traveller arrived on the day the text is written, with the visit's meetings still to come
        ("ist am Montag zu einem Besuch in Japan eingetroffen. In Tokio wird er X treffen")? Then the arrival
        and the first meeting are one visit, told as planned; one with no place of its own is held there ("kam
        am Morgen in Kiew an … will mit X sprechen"). An arrival told with no day is today's when the stop is
        ("ist zu einem Besuch in der Ukraine eingetroffen. … kam am Dienstagmorgen in Kiew an. Dort will er …"),
        or when neither names a day and the arrival is told in the present perfect, as news ("ist zu seinem
        Antrittsbesuch in Paris eingetroffen. Er will mit X sprechen")."""
        if trip.status != "past" or stop.status != "planned" or ref is None or not ref.day:
            return False
        if not any(t.kind == "travel" or self._journey_trigger(t) or t.lemma in self.r.visit_verbs
                   or t.kind == "noun" and self._head(t) in self.r.visit_nouns for x in trip.mentions for t in x.triggers):
            return False  # (a meeting held today is no arrival: "X met Y today … looked forward to the next meeting")
        today = ref.as_date().isoformat()
        if trip.date is None:
            if isinstance(stop, Meeting):
                return stop.date is not None and stop.date.value == today or stop.date is None and self._arrival_as_news(trip)
            return stop.date_mention is None and self._arrival_as_news(trip)
        days = max((x.multi_day for x in trip.mentions), default=0)
        if days > 1 and trip.date.precision == "day":
            # "ist am Sonntag zu einem dreitägigen Besuch nach Israel aufgebrochen. Geplant sind Gespräche mit X":
            # a trip of several days still under way on the day the text is written
            first = date.fromisoformat(trip.date.value)
            return first <= ref.as_date() < first + timedelta(days=days)
        return trip.date.value == today

    def _arrival_as_news(self, trip: Meeting) -> bool:
        """Is ``trip`` told by an arrival in the present perfect ("ist in Kiew eingetroffen", "has arrived in Kyiv"),
        or by a journey there ("ist zu Gesprächen nach Warschau gereist": is there now)?"""
        doc = self._doc
        return any(t.kind == "travel" and (t.lemma in self.r.arrival_verbs or t.lemma in self.r.travel_verbs) and not self.r.present_perfect_auxiliaries.isdisjoint(
            doc.lowers[slice(*self._clause(doc, t.start, x.sent_start, x.sent_end))]) for x in trip.mentions for t in x.triggers)

    def _denied(self, doc, m: Meeting) -> bool:
        """Is ``m`` a meeting the text calls alleged in a sentence that denies it ("Die Bundesregierung hat
        Berichte über ein angebliches Geheimtreffen … zurückgewiesen")? The text says it did not happen."""
        for x in m.mentions:
            words = doc.lowers[x.sent_start:x.sent_end]
            if self.r.denial_words.isdisjoint(words):
                continue
            if any(t.kind == "noun" and not self.r.alleged_words.isdisjoint(doc.lowers[max(x.sent_start, t.start - 2):t.start])
                   for t in x.triggers):
                return True
        return False

    def _place_line(self, doc, ms: MentionSet) -> tuple[str, int] | None:
        """A first line of the body that is a town's name and a full stop ("Fulda. Rund 300 Bürger …", as regional
        papers write their dateline): the town and where the body goes on; a word the knowledge base does not
        know as a town is no dateline ("Endlich. Nach …")."""
        start = self._body_start(doc)
        if start is None:
            return None
        start = self._first_word(doc, start)
        end = doc.sent_end(start) if start < len(doc) else start
        town = next((m for m in ms.mentions if m.start == start and m.type == "city" and m.kb), None)
        if town is None:
            # ("Ahrweiler. Bundesbauministerin X hat sich …": a town the knowledge base lacks, no word of the language)
            name = self._unknown_town_line(doc, start, end)
            return (name, end) if name is not None and end < len(doc) else None
        if end != town.end + 1 or doc.texts[town.end] != "." or end >= len(doc):
            return None
        return doc.span_text(town.start, town.end), end

    def _body_start(self, doc) -> int | None:
        """The first sentence after the headline and any subheadline below it ("Länderchefs treffen Kanzler im
        Kanzleramt" over "Berlin. Die Regierungschefs …"): where a dateline stands and the first sentence it
        places."""
        start = next((a for a, _ in doc.sent_spans if a >= self._headline_end), None)
        while start is not None and (sub := next((b for a, b in self._subheads if a == self._first_word(doc, start)), None)):
            start = next((a for a, _ in doc.sent_spans if a >= sub), None)
        return start

    def _unknown_town_line(self, doc, start: int, end: int) -> str | None:
        """The name of a sentence that is one capitalised word and a full stop, no word of the language in any case
        and nothing the text names otherwise ("Ahrweiler.", not "Endlich." or "Merz."): a dateline of a town the
        knowledge base lacks, as regional papers write it."""
        words = [k for k in range(start, end) if not doc.is_space[k]]
        if len(words) != 2 or doc.texts[words[1]] != "." or words[0] in self._in_mention:
            return None
        word = doc.texts[words[0]]
        known = lemma_words(self.lang)
        if len(word) < 3 or not word[:1].isupper() or not word.replace("-", "").isalpha() \
                or word in known or word.lower() in known or word.capitalize() in known:
            return None
        return word

    def _dateline_city(self, doc, meetings: list[Meeting], dateline: str | None, body: int | None = None) -> None:
        """"Vientiane – Am Rande des Außenministertreffens … sind X und Y zusammengekommen": a meeting the first
        sentence after the dateline tells, with no place named, is in the dateline's city (a city the knowledge
        base knows by that one name, or a town it lacks); a meeting told later, or with a place of its own, is
        where the text says (a building the knowledge base cannot place gets the dateline's town beside it)."""
        if not dateline or not doc.sent_spans:
            return
        name = dateline.strip()
        if "," in name:
            name = name.split(",", 1)[0].strip()  # "KANANASKIS, Alberta", "JEDDAH, Saudi Arabia": the town, then its region
        keys = self.kb.dateline_cities(name)
        if len(keys) > 1:
            return
        written = name
        if not keys and name.isupper():
            name = name.title()  # a wire's capitals, for a town the knowledge base lacks: "Kananaskis"
        # a town the knowledge base lacks ("Cham – Hoher Besuch im Landratsamt: …"): a dateline names a town
        known = bool(keys)
        if len(name.split()) > 3 or (not known and not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name.split())):
            return
        if not known and (name in self.kb.body_forms or name.title() in self.kb.body_forms or written in self.kb.body_forms):
            # "UNITED NATIONS —": the wire's line from the UN, not a town of that name; from its headquarters, when
            # the knowledge base has them (venue id <organisation id>-headquarters), in their town
            city = self._headquarters_city(written)
            if city is None:
                return
            keys, known = (city,), True
            name = self.kb.entities[city].name
        key = keys[0] if known else f"city:{slug(name)}"
        first = self._body_start(doc) if body is None else next((a for a, _ in doc.sent_spans if a >= body), None)
        if first is None:
            return
        town = Mention(first, first, "city", key, name, kb=known, via="dateline")
        placed: set[str] = set()  # buildings found to stand in the dateline's town
        for m in meetings:
            if known and not m.virtual and any(p.type == "venue" and p.key not in self.kb.entities for p in m.places) \
                    and all(p.type == "venue" and p.key not in self.kb.entities or p.type == "country" and self._contains(p.key, key)
                            for p in m.places) and any(p.type == "country" for p in m.places):
                # "Tokio – … Staatsbesuch in Japan … im Kaiserpalast empfangen": a building the knowledge base cannot
                # place, in the state of the dateline's town, is in that town, wherever the article tells it
                m.places.append(town)
                continue
            if known and not m.virtual and m.places and all(p.type == "country" and self._contains(p.key, key) for p in m.places):
                # "Vilnius – … zu einem Besuch in Litauen eingetroffen … Gespräche mit Präsident X": a meeting told only
                # in the state of the dateline's town is in that town, as far as the text says
                m.places.append(town)
                continue
            # (or a meeting the sentence after the dateline lent its day or parties: "BRUSSELS — Foreign ministers
            # failed on Tuesday to agree … as she arrived at the meeting")
            if m.virtual or not any(x.sent_start == first or x.lent_by == first for x in m.mentions):
                continue
            if all(x.apart and x.days_before_main for x in m.mentions):
                continue  # "LONDON — X hosted … on Sunday, two days after a meeting between Y and Z": held elsewhere
            if not m.places and self._heads_elsewhere(doc, first):
                continue  # "Düsseldorf – X ist zu einem Besuch in die Niederlande aufgebrochen": gone from the town
            if not m.places and m.status == "planned" and all(
                    any(self._is_speech(doc, k) for k in range(x.sent_start, x.triggers[0].start)) for x in m.mentions):
                # "WARSAW — X said on Wednesday that NATO allies would hold consultations": what is to come, told as
                # what someone in the town said, may be anywhere
                continue
            if not m.places:
                m.places = [town]
            elif all(p.type == "venue" and p.key not in self.kb.entities for p in m.places):
                # "im Hauptquartier der Allianz", "im Landratsamt": a building the knowledge base cannot place is
                # in the dateline's town
                m.places.append(town)
                placed.update(p.key for p in m.places if p.type == "venue")
        tied = [m for m in meetings if any(p is town for p in m.places)]  # the meetings the text tied to the town
        for m in meetings:
            # a later meeting in that building ("am Rande der Sitzung") is in that town too
            if placed and m.places and all(p.key in placed for p in m.places):
                m.places.append(town)
            # and one in a building the knowledge base cannot place, in a story whose meetings the text tied to the
            # town ("Madrid – … nach einem Gespräch mit X in Madrid … Zuvor war Merz von König Y im Königspalast
            # empfangen worden")
            elif known and tied and m not in tied and not m.virtual and m.places \
                    and all(p.type == "venue" and p.key not in self.kb.entities for p in m.places):
                m.places.append(town)
            # one dated by a meeting placed so ("Am ersten Gipfeltag hatten die 27 … gegessen") is there too
            anchor = next((x.anchor for x in m.mentions if x.anchor is not None and x.anchor[0] != BEFORE), None)
            if anchor is not None and not m.places and not m.virtual:
                told = self._anchor_meeting([o for o in meetings if o is not m], anchor[1])
                if told is not None and any(p is town for p in told.places):
                    m.places = [town]
        ordered = sorted(meetings, key=lambda m: min(x.sent_start for x in m.mentions))
        for prev, m in zip(ordered, ordered[1:]):
            # "New York – X hat am Montag Y getroffen. Mit Z sprach sie anschließend …": what one who was at the
            # meeting before does next on the same day, with no place told, is where that meeting was, as it is
            # with a town named in the text
            # (or what the meeting before summed up: "… am Rande der Generalversammlung eine Reihe von Gesprächen
            # geführt. Unter anderem traf er X")
            # (or one told with "also" and no day, right after it: "… held a meeting on the sidelines. X also met Z",
            # there and then)
            also = m.date is None and prev.date is not None and prev.date.precision == "day" and m.status == prev.status \
                and bool(self.r.also_words) and all(not self.r.also_words.isdisjoint(doc.lowers[x.sent_start:x.sent_end])
                                                    and not x.flashback for x in m.mentions)
            if not m.places and not m.virtual and any(p is town for p in prev.places) and not prev.virtual \
                    and (m.date is not None and prev.date is not None and m.date.precision == "day"
                         and m.date.value == prev.date.value or m.date == prev.date and any(x.instance for x in m.mentions)
                         or also) \
                    and any(p.type == "person" and any(q.key == p.key for q in prev.participants) for p in m.participants):
                m.places = [town]
                m.date = m.date or (prev.date if also else None)

    def _dateline_day(self, doc, meetings: list[Meeting], day: str | None) -> None:
        """"OSLO, Oct 14 (Reuters) - The prime ministers met in Oslo.": a meeting held that the first sentence after a
        dateline with a day tells with no day of its own is on that day, the report's (a day the sentence names comes
        first: "… met in Oslo on Wednesday")."""
        first = self._body_start(doc) if day else None
        if first is None:
            return
        for m in meetings:
            if m.date is None and m.status == "past" and any(x.sent_start == first for x in m.mentions) \
                    and all(x.date_mention is None for x in m.mentions):
                m.date = ResolvedDate(day, "day", day)

    def _headquarters_city(self, name: str) -> str | None:
        """The city key of the headquarters of the organisation a dateline names ("UNITED NATIONS": New York), if
        the knowledge base has them."""
        for key, e in self.kb.entities.items():  # (a rare dateline: one pass over the knowledge base)
            if e.type == "organization" and (name in e.forms or name.title() in e.forms):
                hq = self.kb.entities.get(f"venue:{key.split(':', 1)[1]}-headquarters")
                if hq is not None and hq.within:
                    return hq.within
        return None

    def _heads_elsewhere(self, doc, s_start: int) -> bool:
        """Does the sentence at ``s_start`` send someone to a state or town ("nach Polen", "in die Niederlande", "to
        Japan")? Then what it tells is not in the dateline's town."""
        s_end = doc.sent_end(s_start)
        return any(s_start < p.start < s_end and p.type in ("country", "city") and (
            doc.lowers[p.start - 1] in self.r.destination_prepositions
            or p.start > 1 and doc.lowers[p.start - 2] in self.r.travel_prepositions
            and doc.lowers[p.start - 1] in self.r.accusative_articles) for p in self._places_of_article)

    def _office_states_named(self, doc, m: Meeting) -> None:
        """"Staatsbesuch des Präsidenten der Republik Finnland", then "den Präsidenten …, Mikael Lindqvist": a
        state that only stood for its unnamed office holder gives way once the meeting has that holder by name."""
        for c in [p for p in m.participants if p.type == "country"]:
            role = self._office_of(doc, c)
            if role is not None and any(p.type == "person" and p.country == c.key.split(":", 1)[1] and p.role == role
                                        for p in m.participants):
                m.participants.remove(c)

    def _office_of(self, doc, c: Mention) -> str | None:
        """The normalised role whose genitive complement the state ``c`` is ("des Präsidenten der Republik
        Finnland", "the President of Finland"), if it is one (a singular role noun)."""
        k = c.start - 1
        while k >= 0 and c.start - k <= 3 and (doc.lowers[k] in self.r.determiners or doc.lowers[k] in self.r.of_state
                                                 or doc.texts[k] in self.r.state_name_words):
            k -= 1
        if k < 0 or k == c.start - 1:
            return None
        found = self.kb.role_of(self.lang, doc.texts[k])
        if found is None or (self.lang == "de" and k > 0 and doc.lowers[k - 1] in self.r.plural_determiners):
            return None
        return found[0]

    @staticmethod
    def _headline(doc) -> int:
        """The first token after the article's headline: a first line with no sentence-final mark, followed by
        the body ("Brandt telefoniert mit Nowak" above "Bundeskanzler Thomas Brandt hat am Freitag …"); 0 when
        the article opens with a sentence."""
        nl = doc.text.find("\n")
        line = doc.text[:nl] if nl > 0 else ""
        body = next((i for i, x in enumerate(doc.idx) if x > nl), 0)
        # a mark as a word of its own ends a sentence; one inside an abbreviation ("in St. Pölten") does not, nor
        # does a regnal number's full stop the sentence goes on after ("Papst Leo XIV. empfängt Steinmeier")
        if not line.strip() or any(doc.texts[i] in HEADLINE_ENDS and not (
                doc.texts[i] == "." and i + 1 < body and not doc.is_space[i + 1] and doc.sent_start(i + 1) != i + 1)
                                   for i in range(body)):
            return 0
        return body

    @staticmethod
    def _subheadlines(doc) -> list[tuple[int, int]]:
        """Lines in the body that head what follows them, as (first token, first token after the line): a short
        paragraph with no sentence-final mark ("Nahost-Gespräche in Kairo fortgesetzt" above the item of a news
        roundup, a web page's crosshead)."""
        out: list[tuple[int, int]] = []
        text, idx, n = doc.text, doc.idx, len(doc)
        pos = text.find("\n")
        while 0 <= pos < len(text):
            end = text.find("\n", pos + 1)
            end = len(text) if end < 0 else end
            line = text[pos + 1:end]
            if line.strip() and len(line.split()) <= 12 and text[end:].strip():
                prefix = _LIVE_ITEM_PREFIX.match(line)
                a = bisect_left(idx, pos + 1)
                b = bisect_left(idx, end)
                words = [k for k in range(a, min(b, n)) if not doc.is_space[k]]
                own = [k for k in words if idx[k] >= pos + 1 + prefix.end()] if prefix else words
                if own and not any(doc.texts[k] in HEADLINE_ENDS or doc.texts[k] == ":" for k in own):
                    out.append((words[0], bisect_left(idx, end + 1)))
            pos = end if end < len(text) else -1
        return out

    def _in_subhead(self, k: int) -> bool:
        """Is token ``k`` in a line that heads what follows it (``_subheadlines``: "Vance trifft Selenskyj" under
        "Sicherheitskonferenz in München")?"""
        return any(a <= k < b for a, b in self._subheads)

    @staticmethod
    def _own_date(doc, mm: MeetingMention) -> bool:
        """Does ``mm`` have a date named in its own sentence?"""
        if mm.date_mention is None:
            return False
        a, b = doc.chars(mm.sent_start, mm.sent_end)
        return a <= mm.date_mention.start < b

    def _within_date_of(self, x: MeetingMention, mm: MeetingMention) -> bool:
        """Does ``mm``'s date fall within the one the headline's mention ``x`` names ("EU leaders to meet in Brussels
        next week" over "… will gather in Brussels on June 26-27")? The body tells the headline's date more finely, or
        the same ("Prime Minister's meeting with Chancellor X: 26 March 2027" over "… welcomed X … today")."""
        if mm.date_mention is None:
            return False
        theirs = resolve(x.date_mention, self._ref, future=x.status == "planned")
        mine = resolve(mm.date_mention, self._ref, future=mm.status == "planned")
        return theirs is not None and mine is not None and len(theirs.value) <= len(mine.value) \
            and mine.value.startswith(theirs.value)  # (or the same: "…: 26 March 2027" over "… today")

    def _encounter_at(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm`` someone meeting a person (``encounter_verbs``) whom ``m``, an event told by its noun (not a
        visit's or journey's, and no verb of meeting), does not have?"""
        told = [t for x in m.mentions for t in x.triggers]
        # (not a gathering of groups: "Dort trafen sich Vertreter aus 40 Staaten, darunter X" is the conference)
        return not any(p.type == "group" for p in mm.participants) \
            and all(t.kind == "verb" and t.lemma in self.r.encounter_verbs for t in mm.triggers) \
            and any(t.kind == "noun" and self._head(t) not in self.r.visit_nouns for t in told) \
            and not any(t.lemma in self.r.encounter_verbs or t.kind == "travel" for t in told) \
            and any(p.type == "person" and all(p.key != q.key for q in m.participants) for p in mm.participants)

    @staticmethod
    def _told_by_verbs(mentions: list[MeetingMention]) -> bool:
        """Do the mentions tell their meeting by a verb, not only by a meeting noun?"""
        return any(t.kind == "verb" for x in mentions for t in x.triggers)

    def _undated_story(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention) -> Meeting | None:
        """The meeting told last in ``mm``'s paragraph (not a talk on its sidelines), if it is undated, in a city,
        held in person and of the same status as ``mm``."""
        m = next((m for m in self._recent_in_paragraph(meetings, last_seen, mm) if not m.sideline and not m.habitual), None)
        if m is not None and m.date is None and not m.virtual and m.status == mm.status \
                and not all(self._since_reference(x) for x in m.mentions) \
                and sum(p.type == "city" for p in m.places) == 1:  # (not a trip to several: which would it be?)
            return m
        return None

    def _item_of(self, k: int) -> int:
        """How many lines heading an item of the body (``_subheads``) stand before token ``k``."""
        return bisect_right(self._subhead_starts, k)

    @staticmethod
    def _dated_apart_from_its_anchor(mm: MeetingMention) -> bool:
        """Does ``mm`` name its own day and place besides a span from another meeting ("X hosted leaders at
        Lancaster House on Sunday, two days after a heated meeting between Y and Z")? It is an event in its own right,
        which the headline may have told ("London summit"); the meeting of the span is the other one."""
        return mm.anchor is not None and isinstance(mm.anchor[0], int) and mm.anchor[0] != 0 and bool(mm.places) \
            and mm.date_mention is not None and mm.date_mention.kind in ("weekday", "daymonth")

    def _told_in_headline(self, doc, meetings: list[Meeting], mm: MeetingMention) -> Meeting | None:
        """The meeting only the headline told so far that the body's mention ``mm`` tells in full: the same
        verb or noun, the same persons or some of them, no date of its own yet. A headline is shorthand for the
        story: "Brandt telefoniert mit Nowak", then "Brandt hat am Freitag mit … Nowak telefoniert". A line
        heading an item of the body is one for its item."""
        heads = [(0, self._headline_end)] if self._headline_end else []
        heads += [h for h in self._subheads if h[1] <= mm.sent_start]
        # (not the noun a sideline phrase names: "am Rande der UN-Generalversammlung" is not the meeting told)
        own = [t for t in mm.triggers if not (mm.sideline and self._sideline_object(doc, t, mm.sent_start))]
        lemmas = {t.lemma for t in own} | {self._head(t) for t in own if t.kind == "noun"}
        if mm.virtual:
            # ("Videokonferenz" over "Die Regierungschefs haben sich per Videokonferenz abgestimmt": the noun of the
            # manner names the meeting too)
            a, b = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
            lemmas |= {doc.lowers[k] for k in range(a + 1, b) if doc.lowers[k] in self.r.virtual_nouns
                       and doc.lowers[k - 1] in self.r.virtual_modes}
        persons = {p.key for p in mm.participants if p.type == "person"}
        for m in meetings:
            top, body = next(((a, b) for a, b in heads if a <= m.mentions[0].sent_start < b), (0, 0))
            # (a talk on the sidelines the headline tells is the one on the sidelines the body tells: "Vier-Augen-
            # Gespräch am Rande des Gipfels" over "… haben sich am Rande des EU-Gipfels zu einem Gespräch getroffen")
            sideline_told = m.sideline and mm.sideline and bool(
                {self._head(t) for x in m.mentions for t in x.triggers
                 if t.kind == "noun" and not self._sideline_object(doc, t, x.sent_start)}
                & {self._head(t) for t in own if t.kind == "noun"})
            if body == 0 or mm.sent_start < body or m.sideline and not sideline_told \
                    or any(not top <= x.sent_start < body or self._own_date(doc, x) and not self._within_date_of(x, mm)
                           for x in m.mentions):
                continue  # (a date line above the headline, "Die Nachrichten am Mittwochmorgen", is not its own)
            if m.virtual and not mm.virtual and mm.places:
                continue  # "X telefoniert mit Y" over "X und Y hatten sich im Juni in Wien getroffen": not the call
            told = {t.lemma for x in m.mentions for t in x.triggers} | self._meeting_heads(m)
            # the persons its own lines name (not those the sidelines told since added: "Liveblog: UN-Generalversammlung")
            theirs = {p.key for x in m.mentions for p in x.participants if p.type == "person"}
            if mm.beside and self._headline_talk(m, mm):
                continue  # ("Merz trifft Selenskyj" over "am Rande des Treffens der EPG mit X zusammengekommen": the talk)
            # a headline without a word of status ("Staatsbesuch des Präsidenten") takes the body's
            # (or the same two persons: "Kanzler trifft Präsidenten Brasiliens" over "X ist mit Y zusammengekommen")
            # (or a visit the headline names, "Präsident X zu Besuch in Berlin", over the first thing X does there)
            same_words = lemmas & told or (
                # "Rubio meets Chinese counterpart" over "Rubio held talks with Chinese Foreign Minister Wang Yi":
                # words of meeting alike, every person the headline names among the body's
                lemmas & self.r.encounter_words and told & self.r.encounter_words and theirs and theirs <= persons
                and not mm.flashback) or (
                # "Prime Minister meets Irish Taoiseach" over "Starmer welcomed Martin to Downing Street": a
                # reception of all the persons the headline names is the meeting it tells
                told & self.r.encounter_words and any(t.kind == "verb" and t.lemma in self.r.host_verbs for t in own)
                and theirs and theirs <= persons and not mm.flashback) or (
                # "Macron und Merz beim Abendessen in Paris" over "… zu einem Arbeitsessen im Élysée-Palast
                # empfangen": a meal of all the persons the headline names is the meal it tells
                self._meal(m) and any(self._meal_trigger(t) for t in own) and theirs and theirs <= persons
                and not mm.flashback) or (
                # "Macron lädt zu Ukraine-Gipfel" over "Macron hat für Dienstag zu einem Treffen … eingeladen": the
                # lead's meeting, told by a noun, with the host the headline names
                # (or by a host's verb, the host among the lead's persons: "Steinmeier empfängt neuen Botschafter" over
                # "… hat … die Beglaubigungsschreiben von fünf neuen Botschaftern entgegengenommen")
                m.hosts and mm.sent_start == body and any(t.kind == "noun" for t in own) and (
                    {h.key for h in m.hosts} <= {h.key for h in mm.hosts}
                    and all(t.kind == "noun" for x in m.mentions for t in x.triggers)
                    or {h.key for h in m.hosts} <= persons
                    and all(t.kind == "verb" and t.lemma in self.r.host_verbs for x in m.mentions for t in x.triggers))
                and not mm.flashback) or (len(persons & theirs) >= 2 and self._told_by_verbs(m.mentions)
                                           and self._told_by_verbs([mm]) and not mm.flashback) or (
                persons & theirs and told <= self._visit_words and not mm.flashback) or (
                # "Scholz, Macron und Tusk beraten in Paris" over "Die Regierungschefs Deutschlands, Frankreichs und
                # Polens haben sich … im Élysée-Palast zu einem Abendessen getroffen": the lead's meeting of the
                # states of all the persons the headline names, told by a verb there
                mm.sent_start == body and not persons and len(theirs) >= 2 and self._of_its_states(m, mm)
                and self._told_by_verbs(m.mentions) and not mm.flashback) or (
                # "Zelensky in Brussels for talks with EU leaders" over "Zelensky arrived in Brussels on Thursday to
                # attend a summit of EU leaders": the lead's meeting of the persons the headline names, where it says
                mm.sent_start == body and theirs and theirs <= persons and m.places and mm.places
                and self._same_place(m, mm) and not mm.flashback) or (
                # a headline that names only the event ("EU-Gipfel in Brüssel") is what the lead tells in full,
                # in other words ("Nach stundenlangen Verhandlungen haben sich die Staats- und Regierungschefs …")
                # (or a verb: "Weimarer Dreieck berät über Ukraine-Hilfen"; not a journey, which may lead to
                # another thing told first)
                # (a group is no one named: "G7 leaders gather in the Alps" over "Leaders of the Group of Seven opened …")
                # (the body's first sentence, or the one after a dateline of its own: "Warschau. Die Außenminister …
                # sind … zusammengetroffen")
                all(p.type in ("group", "organization") for p in m.participants) and not m.hosts and not m.virtual
                and not (persons and self._in_subhead(mm.sent_start)) and (
                    mm.sent_start == body or mm.sent_start - body <= 3 and doc.sent_start(mm.sent_start - 1) == body
                    and not any(body <= h[0] < mm.sent_start for h in self._subheads)
                    # (or the body's first meeting, where the headline put it, after a lead of no meeting:
                    # "Antrittsbesuch in Paris" over "Ihre erste Reise führte X nach Paris. Dort kam sie mit Y zusammen")
                    or m.places and mm.places and self._same_place(m, mm)
                    and not any(body <= x.sent_start < mm.sent_start for y in meetings for x in y.mentions))
                # (not when the body tells the headline's noun itself later: "Staatsbankett im Schloss Bellevue" over
                # "… hat X vor Schloss Bellevue begrüßt. Am Abend gab X ein Staatsbankett")
                and not self._headline_noun_told_later(doc, m, mm)
                and all(t.kind in ("noun", "verb") for x in m.mentions for t in x.triggers))
            # (a line heading the body in the present, "Ministerpräsident X empfängt Y", takes the body's status)
            status_fits = m.status in (mm.status, "past") or all(x.by_present_tense for x in m.mentions)
            # (a building the knowledge base cannot place may be in the headline's city)
            unplaced = all(p.type == "venue" and p.key not in self.kb.entities for p in mm.places)
            short = self._short_names(m, mm)
            if same_words and status_fits and (persons & theirs or not theirs or not persons and self._of_its_states(m, mm)) \
                    and (not m.places or not mm.places or unplaced or self._same_place(m, mm) or short):
                m.places = [p for p in m.places if p not in short]  # the body names the town in full
                return m
        return None

    def _headline_noun_told_later(self, doc, m: Meeting, mm: MeetingMention) -> bool:
        """Does a sentence after ``mm``'s tell a meeting by the head of a noun the headline's meeting ``m`` was told
        with, one of no plain meeting or talk ("Staatsbankett", not "Gespräche": talks recur)? That sentence, not
        ``mm``, tells the headline's meeting."""
        generic = self.r.generic_meeting_nouns
        heads = {self._head(t) for x in m.mentions for t in x.triggers if t.kind == "noun"}
        heads = {h for h in heads if not any(h.startswith(g) and len(h) - len(g) <= 2 for g in generic)}  # ("gespräche")
        if not heads or mm.triggers and heads & {self._head(t) for t in mm.triggers if t.kind == "noun"}:
            return False
        # (told anew, with no definite article: "gab X ein Staatsbankett"; "Die Sitzung begann …" refers back)
        return any(k >= mm.sent_end and (t := self._noun_trigger(doc, k)) is not None and self._head(t) in heads
                   and not any(doc.lowers[j] in self.r.definite_determiners for j in range(max(0, k - 2), k))
                   for k in self._trigger_tokens)

    def _short_names(self, m: Meeting, mm: MeetingMention) -> list[Mention]:
        """The towns of the headline the knowledge base does not know that are the first word(s) of the body's town
        ("G20 foreign ministers gather in Rio" over "… opened talks in Rio de Janeiro"), or a word of the name of
        the body's building ("Kabinett tagt in Meseberg" over "… auf Schloss Meseberg zusammengekommen")."""
        body = [fold(p.text) for p in mm.places if p.type == "city"]
        buildings = [fold(p.text).split() for p in mm.places if p.type == "venue"]
        return [p for p in m.places if p.type == "city" and p.key not in self.kb.entities
                and (any(b.startswith(fold(p.text) + " ") for b in body) or any(fold(p.text) in words for words in buildings))]

    @staticmethod
    def _of_its_states(m: Meeting, mm: MeetingMention) -> bool:
        """Are the persons of ``m`` all of states ``mm`` names ("Wadephul trifft Amtskollegen aus Frankreich und
        Polen" over "Die Außenminister Deutschlands, Frankreichs und Polens haben sich … getroffen")?"""
        their_states = {p.country for p in m.participants if p.type == "person"}
        return None not in their_states and their_states <= {
            p.key.split(":", 1)[1] for p in mm.participants if p.type == "country"}

    def _residents_host(self, m: Meeting) -> None:
        """A meeting at an officeholder's seat (the White House, Chequers, the Kanzleramt) that the holder of that
        office of the venue's state attends is hosted by them ("X will meet Trump at the White House"); a person
        named without the office holds the one the knowledge base gives them ("held talks with Starmer at Downing
        Street"); so does one named by the first word of that office ("Secretary Rubio" at the State Department)."""
        for place in m.places:
            venue = self.kb.entities.get(place.key) if place.type == "venue" else None
            if venue is not None and venue.seat_of is not None:
                self._hosted_by(m, lambda p: p.country == venue.country and not self._not_in_office(p) and (
                    (p.role or self.kb.person_role(p.key)) == venue.seat_of
                    or bool(p.role) and venue.seat_of.startswith(p.role + " ") and self.kb.person_role(p.key) == venue.seat_of))

    def _not_in_office(self, p: Mention) -> bool:
        """Does a word before ``p``'s role say they do not hold the office now ("der designierte Kanzler X",
        "former President X", "Chancellor-designate X")?"""
        lowers = self._doc.lowers
        return any(lowers[k] in self.r.not_in_office for k in range(max(0, p.start - 3), min(p.end, len(lowers))))

    @staticmethod
    def _hosted_by(m: Meeting, holds: Callable[[Mention], bool]) -> None:
        """The persons taking part in ``m`` for whom ``holds`` is true host it too (unless absent); one already
        host only by a later host's noun ("… with his host") is evidenced by the words that name them taking part."""
        for p in m.participants:
            if p.type != "person" or not holds(p) or any(p.key == a.key for a in m.absent):
                continue
            same = next((i for i, h in enumerate(m.hosts) if h.key == p.key), None)
            if same is None:
                m.hosts.append(p)
            elif m.hosts[same].via == "roleref" and m.hosts[same].role_kind == "host" and p.start < m.hosts[same].start:
                m.hosts[same] = p

    def _organisations_of_groups(self, doc, participants: list[Mention], sent_mentions: list[Mention]) -> list[Mention]:
        """The organisation named right before a group of participants ("NATO leaders", "the G7 leaders"), glued
        into it ("die Nato-Verteidigungsminister"), or its genitive right after it ("die Staats- und Regierungschefs
        der EU", "the leaders of NATO")."""
        by_end = {m.end: m for m in sent_mentions if m.type == "organization" and not m.modifier}
        out = [by_end[g.start] for g in participants if g.type == "group" and g.start in by_end]
        out.extend(m for m in sent_mentions for g in participants if m.type == "organization" and g.type == "group"
                   and g.start < m.start and m.end < g.end and m not in out)
        by_start = {m.start: m for m in sent_mentions if m.type == "organization" and not m.modifier}
        for g in participants:
            k = g.end
            while g.type == "group" and k < len(doc) and k - g.end < 2 and (
                    doc.lowers[k] in self.r.of_state or doc.lowers[k] in self.r.determiners):
                k += 1
            org = by_start.get(k) if k > g.end else None
            # (not the head of a compound: "die Staats- und Regierungschefs der 27 EU-Staaten" are the states')
            if org is not None and org not in out and not (org.end < len(doc) and doc.texts[org.end] in ("-", "‐")):
                out.append(org)
        return out

    @staticmethod
    def _place_fragment(doc, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
        """The places of a sentence that is nothing but places ("Schloss Bellevue, Berlin."), else none."""
        places = [m for m in mentions if m.type in ("venue", "city", "region", "country") and not m.modifier]
        covered = {k for m in places for k in range(m.start, m.end)}
        words = [k for k in range(start, end) if not doc.is_space[k] and not doc.is_punct[k]]
        return places if words and all(k in covered for k in words) else []

    def _opens_with_sequence(self, doc, s_start: int) -> bool:
        """Does the sentence open with a word of sequence ("Anschließend", "Im Anschluss", "Afterwards")?"""
        k = self._first_word(doc, s_start)
        if k + 2 >= len(doc):
            return False
        if doc.lowers[k] in self.r.sequence_openers:
            return True
        # (not a phrase that goes on to name what it follows: "Im Anschluss an das Gespräch ist … vorgesehen")
        return f"{doc.lowers[k]} {doc.lowers[k + 1]}" in self.r.sequence_openers \
            and doc.lowers[k + 2] not in self.r.sequence_phrase_objects

    @staticmethod
    def _first_word(doc, k: int) -> int:
        """The first token from ``k`` on that is no space (a sentence after a paragraph break starts with one)."""
        while k < len(doc) and doc.is_space[k]:
            k += 1
        return k

    @staticmethod
    def _colon_within(doc, k: int, limit: int) -> bool:
        """Is there a colon among the words after ``k`` up to ``limit`` ("Bild 1 von 4:", "Montag, 3. Mai:")?"""
        return any(doc.texts[j] == ":" for j in range(k + 1, min(len(doc), limit)))

    def _schedule_items(self, doc, dates: list[DateMention]) -> tuple[set[int], set[int]]:
        """The sentences that are items of a programme: a line opened by a bullet ("- Dienstag, 4. Mai: Treffen
        der Außenminister …"), by a date and a colon ("22.09.2027, 10:30 Uhr: Trilaterales Gespräch") or by a clock
        time and a colon ("19.00 Uhr: Abendessen mit X"); and, of those, the bulleted ones (and those of a
        timetable, which are as much the programme's owner's)."""
        starts = {d.start for d in dates}
        items, bulleted = set(), set()
        for start, end in doc.sent_spans:
            k = self._first_word(doc, start)
            if k >= end:
                continue
            if doc.texts[k] in self.r.bullets:
                items.add(start)
                bulleted.add(start)
            elif doc.idx[k] in starts and self._colon_within(doc, k, min(end, k + 10)) \
                    or doc.idx[k] not in starts and self._item_number(doc, k):
                items.add(start)  # (a numbered line: "2. Nahost: Außenminister X telefoniert mit Y"; not "3. Mai")
            elif start in self._clocks and self._timetable_line(doc, start, end) and self._colon_within(doc, k, min(end, k + 10)):
                items.add(start)  # (a line of a day's timetable: "12.00 Uhr: Empfang durch Premierminister X")
                bulleted.add(start)
        return items, bulleted

    @staticmethod
    def _item_number(doc, k: int) -> bool:
        """Does token ``k`` number an item of a list, at the start of a line and before a word with a capital ("1.
        Gipfel in Kanada: …", "3) Brüssel: …"; the day of a date, "3. Mai", is the caller's to rule out)? A numbered
        line is one item of a roundup, as a bulleted one is."""
        return _ITEM_NUMBER.fullmatch(doc.texts[k]) is not None and (doc.idx[k] == 0 or doc.text[doc.idx[k] - 1] == "\n") \
            and k + 1 < len(doc) and doc.texts[k + 1][:1].isupper()

    def _story_day(self, doc, start: int, end: int, dates: list[DateMention], quote_tokens: set[int], ref) -> None:
        """A sentence that names a past day but tells no meeting ("Ukraine dominated Thursday's opening day.")
        moves the story to that day: the meetings told right after it without a date of their own are on it."""
        d = self._date(doc, (start, end), dates)
        if d is None or d.kind not in ("weekday", "daymonth") or any(k in quote_tokens for k in range(start, end)) \
                or doc.lowers[start] in self.r.timestamp_labels:
            return  # "Stand: 10.03.2027 14:05 Uhr" tells when the page was written
        a_char, b_char = doc.chars(start, end)
        if d.kind == "daymonth" and doc.texts[end - 1] not in (".", "!", "?") and (
                d.end - d.start >= 0.6 * (b_char - a_char) or self._date_and_time_only(doc.text, a_char, b_char, d)):
            # "Montag, 14. Juni 2027" over a schedule's items: each item without a date of its own is on that day,
            # which may lie ahead (also a live blog's "22.09.2027 • 18:05 Uhr" over its entry)
            day = resolve(d, ref, future=True)
            if day is not None and day.precision == "day":
                self._heading_days.append((start, day))
            return
        day = resolve(d, ref)
        if day is not None and day.precision == "day" and ref is not None and ref.day and day.value <= ref.as_date().isoformat():
            self._story_days.append((start, day))
        elif self._tells_trip(doc, start, end) and (day := resolve(d, ref, future=True)) is not None and day.precision == "day":
            # "X bricht am Mittwoch zu einer dreitägigen Reise auf. Erste Station ist Sarajevo, wo …": a trip
            # that lies ahead dates the stops told after it
            self._story_days.append((start, day))

    def _timetable_line(self, doc, start: int, end: int) -> bool:
        """Does the line of the sentence at ``start`` open with a clock time itself, with no mark of a live blog
        before it or after its heading ("19.00 Uhr: Abendessen mit X"; not "+++ 14.40 Uhr: Präsident verspätet
        +++ …", an entry of news)?"""
        a_char, b_char = doc.chars(start, end)
        found = self.r.clock_time.match(doc.text, a_char) if self.r.clock_time is not None else None
        return found is not None and "+++" not in doc.text[a_char:b_char]

    def _opens_with_clock(self, doc, start: int) -> bool:
        """Does the sentence at ``start`` open with a clock time, past marks only ("+++ 14.05 Uhr: …", "• 9:30 Uhr
        |")? Such a line is an entry of a live blog, stamped with its time of the day."""
        a_char = doc.chars(start, start + 1)[0]
        text = doc.text[a_char:a_char + 40]
        offset = len(text) - len(text.lstrip("+-–—•*|#▪· \t\n"))
        found = self.r.clock_time.match(text, offset) if self.r.clock_time is not None else None
        return found is not None

    def _date_and_time_only(self, text: str, a: int, b: int, d: DateMention) -> bool:
        """Is the line from ``a`` to ``b`` the date ``d`` and a clock time, and no words ("22.09.2027 • 18:05 Uhr")?"""
        rest = text[a:d.start] + " " + text[d.end:b]
        if self.r.clock_time is not None:
            rest = self.r.clock_time.sub(" ", rest)
        return not any(c.isalpha() for c in rest)

    def _tells_trip(self, doc, start: int, end: int) -> bool:
        """Does the sentence speak of a trip or visit ("Reise", "Balkanreise", "Besuch")?"""
        return any(doc.lemmas[k] in self.r.visit_nouns or self._visit_heads.longest(doc.lowers[k], 3) is not None
                   for k in range(start, end) if doc.texts[k][:1].isupper())

    def _state_leaders_host(self, m: Meeting) -> None:
        """A state that hosts a meeting is hosted by its leader there: the head of state or government of a
        host state who attends co-hosts it."""
        states = {h.key.split(":", 1)[1] for h in m.hosts if h.type == "country"}
        if states:
            self._hosted_by(m, lambda p: p.country in states and p.role in self.r.state_leader_roles)

    def _lend_lead(self, doc, n: int, s_start: int, s_end: int, out, sent_mentions, dates) -> None:
        """A lead that tells no meeting of its own ("Die Minister haben sich am Dienstag in Madrid auf …
        verständigt") lends its date, city and parties to the meeting the next sentence tells. The lead is the
        text's first sentence, and also the first after a headline ("Präsident X wirbt in Straßburg um …" over "X hat
        am Mittwoch vor dem Parlament in Straßburg geworben. Y hatte den Gast zuvor empfangen")."""
        # (or the sentence after one that only added to what the lead told: "X hat am Mittwoch eine Delegation aus
        # Japan durch das Werk geführt. An der Spitze der Gruppe stand Y. X und Y unterzeichneten eine Erklärung")
        lent = self._lead if n in (self._lead_n + 1, self._lead_chain + 1) else None
        if lent is None and self._lead is not None and self._lead_n + 1 < n <= self._lead_n + LEAD_REACH:
            # "Die Außenminister haben sich am Montag in Brüssel nicht einigen können. Ungarn blockierte das Paket.
            # Kallas zeigte sich nach der Sitzung enttäuscht": a few sentences on, the lead still lends to a meeting
            # referred to by its definite noun alone, with no date or place of its own (the sentences between told
            # no meeting, or the lead would be gone)
            lent = self._lead
            out_lent = [mm for mm in out if mm.definite and mm.date_mention is None and not mm.places
                        and all(t.kind == "noun" for t in mm.triggers)]
            if len(out_lent) < len(out):
                lent = None
        if lent is not None:
            lead_date, lead_cities, lead_parties, lead_groups = lent
            if out and all(t.kind == "context" for mm in out for t in mm.triggers):
                self._lead_chain = n
            for mm in out:
                mm.lent_by = self._lead_start
                if mm.date_mention is None and not mm.places:
                    # the groups of a lead that told no meeting, to a mention that says neither when nor where
                    mm.participants.extend(g for g in lead_groups if all(g.key != q.key for q in mm.participants))
                if mm.date_mention is None:
                    mm.date_mention = lead_date
                # the lead's city, unless the mention names a place it is not in ("in Luxembourg" under a
                # headline "The week ahead in Brussels"), or is a call ("X hat Y zu einem Besuch in Kiew eingeladen.
                # Das sagte X nach einem Telefonat mit Y": the call was not in Kyiv)
                # (of a lead naming several cities, the one a known building of the mention is in: "nach Paris und
                # Warschau aufgebrochen. Im Élysée-Palast wird er … empfangen" is in Paris)
                if not mm.virtual and not any(p.type == "city" for p in mm.places) and all(
                        self._contains(p.key, c.key) for p in mm.places for c in lead_cities if p.type == "country"):
                    known = [p for p in mm.places if p.type == "venue" and p.key in self.kb.entities]
                    mm.places.extend(c for c in lead_cities if not known or any(self._contains(c.key, p.key) for p in known))
                mm.participants.extend(p for p in lead_parties if all(p.key != q.key for q in mm.participants))
        # (a line heading an item of the body is its headline: "+++ Vaitkus in Wien +++" over the item's first sentence)
        if n == 0 or s_start == self._headline_end or n == self._lead_n + 1 and self._lead_line \
                or self._item_of(s_end - 1) > self._item_of(s_start - 1):
            told = any(t.kind != "context" for mm in out for t in mm.triggers)
            stamp = doc.lowers[s_start] in self.r.timestamp_labels  # "Stand: 10.03.2027 14:05 Uhr" dates the page
            self._lead_n = n
            self._lead_chain = -2
            self._lead_start = s_start
            self._lead_line = bool(self._place_fragment(doc, s_start, s_end, sent_mentions)) \
                or self._unknown_town_line(doc, s_start, s_end) is not None
            # (a headline that lent to this lead lends through it what the lead does not say itself; so do the groups
            # a lead with no meeting names: "Die Außenminister der 27 EU-Staaten haben sich … nicht einigen können")
            groups = [m for m in sent_mentions if m.type == "group" and not m.modifier]
            self._lead = None if told or stamp else (
                self._date(doc, (s_start, s_end), dates) or (lent[0] if lent else None),
                [m for m in self._places(doc, (s_start, s_end), sent_mentions) if m.type == "city"] or (lent[1] if lent else []),
                [p for mm in out for p in mm.participants],
                self._joined_to_groups(doc, groups, sent_mentions) + groups)
        elif n > self._lead_n + LEAD_REACH or any(t.kind != "context" for mm in out for t in mm.triggers):
            self._lead = None

    def _joined_to_groups(self, doc, groups: list[Mention], sent_mentions: list[Mention]) -> list[Mention]:
        """The persons named in one list with a group, before it ("Kanzler X (CDU) und die Regierungschefs der
        Länder haben sich … verständigt"): parties with it."""
        out: list[Mention] = []
        for g in groups:
            k = g.start
            while True:
                j = k - 1
                while j >= 0 and (doc.lowers[j] in self.r.determiners or doc.lowers[j] in self.r.coordinators):
                    j -= 1
                before = next((p for p in sent_mentions if p.type == "person" and p.start < k and j < doc.past_bracket(p.end) <= k
                               and p.start <= j and all(doc.lowers[x] in self.r.coordinators or doc.lowers[x] in self.r.determiners
                                                        for x in range(doc.past_bracket(p.end), k))), None)
                if before is None or j == k - 1:
                    break
                out.append(before)
                k = before.start
                while k > 0 and doc.texts[k - 1][:1].isupper() and k - 1 in self._role_at_token:
                    k -= 1  # (past the office before the name: "Bundeskanzler X")
        return out

    def _speaker_label(self, doc, s_start: int, s_end: int, ms, sent_mentions: list[Mention]) -> Mention | None:
        """The person a transcript line opens with ("Sprecherin Yilmaz: Ja, der Minister hat … telefoniert"):
        they speak for someone else and are at none of the meetings told, unless they tell of themselves
        ("Venner: Ich habe am Dienstag X getroffen")."""
        opening = next((rs.end for rs in ms.roles if rs.start == s_start), s_start)
        first = next((m for m in sent_mentions if m.type == "person" and m.start == opening), None)
        if first is None or first.end + 1 >= s_end or doc.texts[first.end] != ":":
            # "Regierungssprecher X teilte mit: …", "The below is attributable to Spokesperson X: …": a spokesperson
            # before a colon, with no meeting told before it, announces what follows
            colon = next((k for k in range(s_start, s_end - 1) if doc.texts[k] == ":"), None)
            if colon is None or any(s_start <= i < colon for i in self._candidates.get(s_start, ())):
                return None
            first = next((m for m in sent_mentions if m.type == "person" and m.end <= colon
                          and (m.role or self.kb.person_role(m.key)) in self.r.reporting_roles), None)
            if first is None:
                return None
            return None if not self.r.first_person.isdisjoint(doc.lowers[colon:s_end]) else first
        if doc.lowers[first.end + 1] in self.r.first_person_openers:
            return None  # "Wadephul: Habe mit Lawrow gesprochen": of themselves
        return None if not self.r.first_person.isdisjoint(doc.lowers[first.end:s_end]) else first

    def _sentence(self, doc, s_start, s_end, ms, sent_mentions, dates, quote_tokens, ref) -> list[MeetingMention]:
        last = s_end - 1
        while last > s_start and (doc.is_space[last] or doc.texts[last] in QUOTE_MARKS):
            last -= 1
        if doc.texts[last] == "?":
            # "Wird die Kanzlerin in Brüssel auch X treffen?": a question tells no meeting; one after a colon is a
            # question of its own ("When the ministers sat down in Vilnius, they had one question: how …?")
            s_end = next((k + 1 for k in range(last - 1, s_start, -1) if doc.texts[k] in (":", ";")), s_start)
            if s_end == s_start:
                return []
            sent_mentions = [m for m in sent_mentions if m.start < s_end]
        triggers: list[Trigger] = []
        end = 0  # tokens before a trigger's end are taken
        asked = False
        for i in self._candidates.get(s_start, ()):
            if i < end or i >= s_end or i in quote_tokens or ms.at(i) is not None:
                continue  # (past s_end: the question after a colon)
            t = self._noun_trigger(doc, i) or self._verb_trigger(doc, i, s_end)
            if t is not None and t.kind == "noun":
                prev_word = doc.lowers[i - 1] if i > s_start else ""
                if prev_word in self.r.interrogatives:
                    asked = True  # "… möchte wissen, welche Gespräche X geführt hat": an indirect question tells no meeting
                    continue
                if self._generic(doc, i, s_start) or prev_word in self.r.noun_purpose_prepositions \
                        and self._purpose_of_a_noun(doc, i, s_start, sent_mentions):
                    # "Das gehört zu jedem Besuch dazu": any visit, none told; nor is the verb of a clause on it
                    # ("any outcome of talks it did not take part in")
                    end = self._clause_on_a_noun_end(doc, t, s_end)
                    continue
                if t.virtual and prev_word in self.r.virtual_modes:
                    continue  # "Per Videokonferenz zugeschaltet war X": how X took part in the meeting told about
            if t is not None:
                triggers.append(t)
                end = t.end
        if asked and not triggers:
            return []  # (nor do the actors of the question take part in the meeting told before)
        if self.r.object_verbs:
            triggers = [t for t in triggers if not (t.kind == "verb" and t.lemma in self.r.object_verbs
                                                    and self._thing_object(doc, t, s_end, sent_mentions))]
        if self.r.gerund_endings and len(triggers) > 1:
            # "met at Downing Street before travelling to Bedfordshire": a journey after the meeting told is to the
            # next stop, no more of that meeting
            triggers = [t for t in triggers if not (t.kind == "travel" and self._gerund_after_sequence(doc, t.start)
                                                    and any(o.start < t.start and o.kind != "travel" for o in triggers))]
        if self.r.collocation_verbs:
            triggers = [t for t in triggers if not (t.kind == "verb" and t.lemma in self.r.collocation_verbs
                                                    and self._collocation(doc, t, s_start, s_end))]
        if self.r.predicative_words and len(triggers) > 1:
            # "Die Konferenz gilt als wichtigstes Treffen zur Sicherheitspolitik": what the noun before is called
            triggers = [t for t in triggers if not self._predicate_of_a_noun_before(doc, t, triggers, s_start)]
        if self.r.cause_prepositions and triggers:
            causes: list[Trigger] = []
            for t in triggers:  # (in order: "wegen einer Sitzung des Koalitionsausschusses" is one cause)
                if t.kind == "noun" and self._cause_of_taking_part(doc, t, triggers, s_start, s_end):
                    causes.append(t)
                    self._cause_nouns.add(t.start)  # (their places are the causes' too)
            if causes:
                triggers = [t for t in triggers if t not in causes]
        anchor, anchor_noun = None, None
        dating: list[Trigger] = []  # meeting nouns that only date the sentence's event ("Vor der Runde mit dem Kanzler")
        if self.r.anchored:
            for t in [t for t in triggers if t.kind == "noun"]:
                offset = self._anchored(doc, t, s_start) if not self._addressed(doc, t, s_start, s_end) else None
                if offset == 0 and (self._partner_follows(doc, t.end, s_end, sent_mentions) or not any(
                        o.start > t.start and o.kind == "verb" and not self._in_relative_on(doc, t, o)
                        and not self._said_since(doc, s_start, t.end, o.start) for o in triggers)):
                    # "Nach dem Treffen mit X sagte Y", "Nach dem Treffen reiste Y ab", "sagte nach den Beratungen,
                    # an denen X teilnahm": the meeting told (so with a meeting in what was said after it: "sagte
                    # nach dem Treffen, beide wollten sich bald wieder treffen")
                    offset = None
                elif offset is BEFORE and len(triggers) == 1 and any(
                        self._is_speech(doc, k) and doc.lemmas[k] not in self.r.partner_verbs for k in range(s_start, s_end)):
                    # "X sagte vor Beginn des Treffens: …": one speaking before the meeting told, with no other meeting
                    # in the sentence, speaks there (not "Vor Beginn des Gipfels führte X ein Gespräch mit Y")
                    offset = None
                if offset is not None:  # "The day before the conference, …": a date, not a meeting told
                    anchor = (offset, self._head(t))
                    if self._partner_follows(doc, t.end, s_end, sent_mentions) or self._parties_follow(doc, t.end, s_end, sent_mentions) \
                            or self._parties_in_compound(doc, t, s_start, sent_mentions) \
                            or self._placed_and_dated(doc, t, s_end, sent_mentions, dated=offset in (BEFORE, 0)):
                        # "Vor dem Treffen mit Trump …", "Vor dem Gipfeltreffen von Trump und Putin in Alaska …": told,
                        # with whom, as well; so is one told with its place and day ("Vor dem Nato-Gipfel in Den Haag
                        # am kommenden Dienstag laufen die Vorbereitungen"), or some days away with its place ("Zwei
                        # Tage nach dem Gipfel in Brüssel reiste X nach Warschau": a meeting of its own)
                        anchor_noun = t.start
                    else:
                        triggers.remove(t)
                        dating.append(t)
        if self._stop_positions:
            # "Nach Stationen in Warschau und Riga ist X in Vilnius eingetroffen": the stops date the verb's event
            dating.extend(Trigger(k, k + 1, "noun", doc.lowers[k]) for k in self._stop_positions
                          if s_start < k < s_end and doc.lowers[k - 1] in self.r.sequence_prepositions)
        if anchor is None:
            anchor = self._day_of_meeting(doc, s_start, s_end)  # "Am ersten Gipfeltag hatten die 27 … gegessen"
            if anchor is not None and anchor[2] is not None:
                # "Am zweiten Tag ihres Besuchs traf sie X": the visit's noun dates the meeting, it tells none
                triggers = [t for t in triggers if t.start != anchor[2]]
            anchor = anchor[:2] if anchor is not None else None
        actors = [m for m in sent_mentions if m.type in ("person", "group") and not m.modifier]
        triggers.extend(self._partner_triggers(doc, s_start, s_end, sent_mentions, triggers, quote_tokens))
        triggers.extend(self._participation_triggers(doc, s_start, sent_mentions, triggers))
        if not triggers and self.r.trip_nouns:
            triggers.extend(self._trip_called_off(doc, s_start, s_end, sent_mentions))
        elif self.r.trip_nouns and all(t.kind in ("verb", "travel") for t in triggers) \
                and (asides := self._relative_asides(doc, s_start, s_end, sent_mentions)) \
                and all(any(a <= t.start < b for a, b in asides) for t in triggers):
            # "X, who had been expected to attend, cancelled his trip to New York", "X, der teilnehmen wollte, sagte
            # seine Reise nach New York ab": the plan the relative clause tells is the trip the main clause calls off
            trip = self._trip_called_off(doc, s_start, s_end, sent_mentions)
            if trip and all(not a <= trip[0].start < b for a, b in asides):
                triggers = trip
        if not triggers or all(t.kind == "noun" and self._preposition_before(doc, t.start, s_start, self.r.purpose_prepositions)
                               is not None for t in triggers):
            # ("X is due in Zagreb on Monday for talks with Y": the journey's subject goes to the talks)
            triggers.extend(self._expected_at(doc, s_start, s_end, sent_mentions, quote_tokens))
        triggers.sort(key=lambda t: t.start)
        # "nahm nur am Abendessen teil, nicht aber an der Arbeitssitzung": a meeting not attended, set apart
        contrasted = [(t, c) for t in triggers if t.kind == "noun" and (c := self._contrast_negation_at(doc, t.start, s_start)) is not None]
        if contrasted:
            triggers = [t for t in triggers if all(t is not c for c, _ in contrasted)]
        topics: list[Trigger] = []
        if len(triggers) > 1:
            # "spoke by phone with X about the peace talks for Sudan": the talks are the topic, not this meeting
            topics = [t for t in triggers if self._topic_noun(doc, t, s_start, s_end)]
            if len(topics) < len(triggers):
                # (and the verb of a relative clause on it tells it, with the persons of that clause: "unterrichtete
                # ihn über die Videokonferenz vom Vormittag, an der auch X teilgenommen hatte")
                told = [t for t in triggers if t not in topics and any(self._in_relative_on(doc, tp, t) for tp in topics)]
                triggers = [t for t in triggers if t not in topics and t not in told]
                for t in told:  # (states and groups too: "an der auch die Regierungschefs Frankreichs teilnahmen")
                    a, b = self._clause(doc, t.start, s_start, s_end)
                    sent_mentions = [m for m in sent_mentions if not (a <= m.start < b and m.type in ACTOR_TYPES)]
                    actors = [m for m in actors if not a <= m.start < b]
            else:
                topics = []
        if len(triggers) > 1:
            # "Die Präsidentin der UN-Generalversammlung, X, hat Y getroffen": the body of an office names no
            # meeting beside the one the sentence tells
            bodies = [t for t in triggers if t.kind == "noun" and self._office_genitive(doc, t.start, s_start)]
            if len(bodies) < len(triggers):
                triggers = [t for t in triggers if t not in bodies]
        if len(triggers) > 1 and not self.r.negation.isdisjoint(doc.lowers[s_start:s_end]):
            # "Vance hatte zuvor Steinmeier getroffen, Kanzler Merz traf er nicht": a meeting told denied beside
            # another is none, and its persons are at none
            denied = [t for t in triggers if self._denied_encounter(doc, t, s_start, s_end)]
            if denied and len(denied) < len(triggers):
                triggers = [t for t in triggers if t not in denied]
                for t in denied:
                    a, b = self._own_predicate(doc, t, s_start, s_end)
                    sent_mentions = [m for m in sent_mentions if not (a <= m.start < b and m.type == "person")]
                    actors = [m for m in actors if not (a <= m.start < b and m.type == "person")]
        absent, present = self._absence(doc, s_start, s_end, sent_mentions, triggers)
        # "X, who was not invited to Anchorage, said he would meet Y on Monday": the relative clause tells X's
        # absence from the meeting told before; the main clause's meeting is another, X's own
        told_absent = [m for m in absent if id(m) in self._absent_in_relative and triggers and not any(
            self._absent_in_relative[id(m)][0] <= t.start < self._absent_in_relative[id(m)][1] for t in triggers)]
        # "X begleitet den Kanzler nicht; sie nimmt in Brüssel am Treffen teil": a main clause of its own before a
        # semicolon tells an absence from the meeting told before, not from the next clause's; so does one before a
        # comma that a subject pronoun and its verb follow ("X fehlte, er war zu einem Treffen der G20 gereist")
        semicolons = [k for k in range(s_start, s_end) if doc.texts[k] == ";" or doc.texts[k] == "," and k + 2 < s_end
                      and doc.lowers[k + 1] in self.r.subject_pronouns and doc.texts[k + 2].islower()
                      and doc.texts[k + 2].isalpha()] if absent and triggers else []

        def part(k: int) -> int:
            """The main clause of token ``k``: how many semicolons (or commas before a pronoun) come before it."""
            return sum(1 for c in semicolons if c < k)

        absence_parts: set[int] = set()  # main clauses that tell only an absence
        if semicolons:
            elsewhere = [m for m in absent if all(part(t.start) != part(m.start) for t in triggers)]
            told_absent.extend(m for m in elsewhere if all(m is not x for x in told_absent))
            absence_parts = {part(m.start) for m in elsewhere}
        if told_absent:
            absent = [m for m in absent if all(m is not x for x in told_absent)]
            self._absences_told_before = self._context_mention(doc, s_start, s_end, sent_mentions, [], told_absent, [])
        # "X war per Video zugeschaltet, weil er sich beim Treffen der G20 in Kapstadt aufhielt", "Gastgeber sind X
        # und Y, dessen Land die nächste Konferenz ausrichtet": the main clause adds X to the meeting told about;
        # the meeting of the clause of cause or relative clause after it is another one
        texts, lowers, free = doc.texts, doc.lowers, self.r.comma_free_causal_conjunctions
        cause = next((k for k in range(s_start + 1, s_end - 1) if (texts[k - 1] in (",", ";") or lowers[k] in free)
                      and self._opens_a_clause_of_cause(doc, k, s_start, s_end, sent_mentions)), None)
        relative = False
        if cause is None and triggers and self.r.relative_pronouns:
            # "Among the participants were X and Y, who will host the next round in Budapest": the clause naming
            # who took part adds them to the meeting told; the relative clause after it tells another, of Y
            # (", das die nächste Konferenz ausrichtet" after a state; "Nicht dabei war X, den Y zuvor getroffen hatte")
            rel = next((k for k in range(s_start + 2, s_end - 1) if doc.texts[k - 1] == "," and doc.lowers[k] in self._relative_openers
                        and any(m.type in ("person", "country", "organization") and doc.past_bracket(m.end) == k - 1
                                for m in sent_mentions)), None)
            if rel is not None and all(t.start > rel for t in triggers) \
                    and not (self.r.participation_cues | self.r.host_nouns).isdisjoint(doc.lowers[s_start:rel]):
                cause, relative = rel, True
        if cause is not None:
            # ("Germany was represented by Y, as X was travelling in the Middle East": being away, no journey told)
            triggers = [t for t in triggers if not (t.start > cause and t.kind == "travel" and doc.lowers[t.start] in self.r.away_words)]
        if cause is not None and all(t.start < cause for t in triggers) and (triggers or not relative):
            # "Aus Deutschland nahm Staatsminister X teil, da Außenministerin Y zeitgleich in Washington war": one
            # the clause of cause places elsewhere is absent (from the meeting told before, too: "Deutschland
            # wurde von X vertreten, da Y in Japan war")
            # (or somewhere at the same time, whatever they did there: "da Minister Y zeitgleich beim Bauerntag in
            # Berlin auftrat")
            away = self._elsewhere(doc, cause, s_end, sent_mentions, meeting_there=self._at_the_same_time(doc, cause, s_end))
            absent = absent + [m for m in away if all(m.key != a.key for a in absent)]
        away_from_main: list[Mention] = []
        if cause is not None and not relative and any(t.start < cause for t in triggers) and any(t.start > cause for t in triggers):
            # "Für Deutschland nahm X teil, weil Y zeitgleich in Kanada beim Treffen der G7 war": the meeting of the
            # clause of cause is another, the background of Y's absence from the one the main clause tells
            # (at a meeting of the clause's own held at the same time too: "Für Deutschland nahm X teil, da Y
            # zeitgleich in Berlin an einer Kabinettssitzung teilnahm")
            away_from_main = [m for m in self._elsewhere(doc, cause, s_end, sent_mentions,
                                                         meeting_there=self._at_the_same_time(doc, cause, s_end))
                              if all(m.key != a.key for a in absent)]
        told_in_main: list[MeetingMention] = []
        # an arrival with no place of its own ("X ist erst am Nachmittag eingetroffen") is an arrival at the
        # meeting told about: the sentence adds its participants, as "angereist" does
        # (not one asked about or denied: "ob er anreist", "ist noch nicht eingetroffen")
        arrivals = [t for t in triggers if t.kind == "travel" and t.lemma in self.r.arrival_verbs
                    and not self._asked_whether(doc, t.start, s_start)
                    and not self._negated(doc, *self._clause(doc, t.start, s_start, s_end))
                    and not [p for p in self._places(doc, self._clause(doc, t.start, s_start, s_end), sent_mentions, travel=True)
                             if not self._at_a_stop(doc, p)]]
        if cause is not None and any(t.start > cause for t in triggers) \
                and all(t.start > cause or t in arrivals for t in triggers):
            main_words = set(doc.lowers[s_start:cause])
            main_arrival = next((t for t in arrivals if t.start < cause), None)
            # (or one staying away: "X fehlte, da er zeitgleich in Washington Gespräche führte")
            if not self.r.participation_cues.isdisjoint(main_words) or not self.r.host_nouns.isdisjoint(main_words) \
                    or main_arrival is not None \
                    or (not self.r.absence_cues.isdisjoint(main_words)
                        or any(v in main_words and p in main_words for v, p in self.r.absence_separable)) \
                    and any(a.start < cause for a in absent):
                # ("reiste X an, weil Y wegen einer Sitzung in Berlin bleiben musste")
                told_in_main = self._context_mention(
                    doc, s_start, cause, [m for m in sent_mentions if m.start < cause], [a for a in actors if a.start < cause],
                    [a for a in absent if a.start < cause], [p for p in present if p.start < cause], arrival=main_arrival)
                # "Deutschland wurde von X vertreten, da Minister Y zeitgleich in Berlin an einer Kabinettssitzung
                # teilnahm": the one the clause of cause places elsewhere is absent from the meeting the main clause adds to
                away = self._elsewhere(doc, cause, s_end, sent_mentions, meeting_there=True)
                for mm in told_in_main:
                    mm.absent.extend(m for m in away if all(m.key != a.key for a in mm.absent + mm.participants))
                triggers = [t for t in triggers if t.start > cause]
                arrivals = [t for t in arrivals if t.start > cause]
        # "X arrived late after a European Council meeting in Brussels", "traf nach einer Sitzung in Brüssel verspätet
        # ein": an arrival with no place before a phrase of sequence is an arrival at the meeting told about; the
        # phrase's meeting is another, of the one who arrived too
        arrived_first: list[MeetingMention] = []
        if cause is None and not told_in_main:
            for n in triggers:
                k = self._sequence_preposition(doc, n, s_start) if n.kind == "noun" else None
                first = next((t for t in triggers if t.kind == "travel" and t.lemma in self.r.arrival_verbs and t.start < k), None) \
                    if k is not None else None
                if first is not None and all(t is first or t.start > k for t in triggers) and not self._places(
                        doc, (self._clause(doc, first.start, s_start, s_end)[0], k), sent_mentions, travel=True):
                    arrived_first = self._context_mention(
                        doc, s_start, k, [m for m in sent_mentions if m.start < k], [a for a in actors if a.start < k],
                        [a for a in absent if a.start < k], [p for p in present if p.start < k], arrival=first)
                    triggers = [t for t in triggers if t is not first]
                    arrivals = [t for t in arrivals if t is not first]
                    break
        if arrivals and len(arrivals) == len(triggers):
            return self._context_mention(doc, s_start, s_end, sent_mentions, actors, absent, present, arrival=arrivals[0])
        if not triggers:
            held = self._held_by_pronoun(doc, s_start, s_end, sent_mentions, dates)
            if held is not None:
                return [held]
            return self._context_mention(doc, s_start, s_end, sent_mentions, actors, absent, present)
        sent_text = doc.sentence_lowers(s_start)
        unfulfilled = self._unfulfilled_at(doc, s_start)
        # the contrast after a plan that did not come true: what follows it is what was done instead
        instead = s_end if unfulfilled is None else next(
            (j for j in range(unfulfilled, s_end) if doc.lowers[j] in self.r.contrast_words), s_end)
        out: list[MeetingMention] = []
        unheld: list[tuple[int, int]] = []  # clauses of meetings that did not happen: their actors met no one
        fronted = self._fronted_phrase_end(doc, s_start, s_end)
        relative_asides = self._relative_asides(doc, s_start, s_end, sent_mentions)
        for t in triggers:
            if t.kind in ("verb", "travel") and self._denied_infinitive(doc, t, s_start, s_end):
                continue  # "Orbán habe kein Mandat, im Namen der EU zu verhandeln", "has no plans to meet X": no meeting
            if self._asked_whether(doc, t.start, s_start):
                continue  # "Ob er auch an den Beratungen teilnimmt, ist offen": no one's attendance told
            if t.kind == "verb" and self._agentless_in_speech(doc, t, s_start, s_end, sent_mentions):
                continue  # "X kritisierte, über sein Land werde ohne sein Land verhandelt": no one told to meet
            own_clause = None  # an infinitive clause's own start: its date is the meeting's ("am Freitag, sich im Mai zu treffen")
            skipped: list[tuple[int, int]] = []  # relative clauses on a person the verb's words go on past
            conjunct = False
            if t.kind == "noun":
                window = self._noun_window(doc, t, s_end)
                cut = self._sequence_phrase_end(doc, t, s_start, window[1])
                inner = self._inner_sequence_phrase(doc, t, triggers, s_start, s_end, sent_mentions)
                if cut is not None and cut <= window[1] and any(o.start >= cut for o in triggers):
                    # "Vor dem Treffen mit X hatte Y in Graz mit Z gesprochen" (also when the noun's words end at
                    # the verb by themselves: "Nach einem Mittagessen mit X traf er Y im Kanzleramt")
                    window = (window[0], cut)
                elif inner is not None:
                    cut = min(inner[1], window[1])  # "reiste nach seinem Treffen mit X in Warschau weiter nach Vilnius"
                    window = (window[0], cut)
                else:
                    cut = None
                    # "zu einem Abendessen beim Oberbefehlshaber, US-General X, in Mons": past the name in apposition
                    window = (window[0], self._through_appositions(doc, window, sent_mentions, s_start, s_end)[1])
            else:
                cut = None
                # (a name in apposition before the verb is inside its clause: "wo sie mit dem Präsidenten, X, zusammentrifft")
                window = self._through_appositions(doc, self._clause(doc, t.start, s_start, s_end), sent_mentions, s_start, s_end)
                where = window[0]
                if window[0] > s_start and doc.lowers[window[0]] in self.r.where_words:
                    # "fuhr ins Kanzleramt, wo ihn Scholz empfing": the place is in the clause before (in its verb's
                    # conjunct: "traf in Warschau X und reiste weiter nach Wien, wo sie …" is not in Warsaw)
                    before = self._clause(doc, window[0] - 2, s_start, s_end)
                    verb = next((o for o in reversed(triggers) if o.kind in _VERBAL and before[0] <= o.start < before[1]), None)
                    if verb is not None:
                        before = self._own_conjunct(doc, verb, triggers, before)
                    window = (before[0], window[1])
                elif window[0] > s_start + 1 and doc.texts[window[0] - 1] == "," and t.start > window[0] \
                        and self._zu_infinitive(doc, t.start):
                    # "Beide vereinbarten, sich bald zu treffen": who meets is the subject of the clause before
                    own_clause = window
                    window = (self._clause(doc, window[0] - 2, s_start, s_end)[0], window[1])
                window = self._through_appositions(doc, window, sent_mentions, s_start, s_end)
                own = self._own_conjunct(doc, t, triggers, window)
                conjunct, window = own != window, own
                # "met X, who is on a state visit to China, at the Great Hall of the People": past a relative clause on
                # its object, a phrase of the verb's own goes on
                # (the clause's own words are no part of the verb's: "who is visiting Germany" is no plan of it)
                for a_rel, b_rel in relative_asides:
                    if a_rel - 1 <= window[1] <= a_rel and b_rel + 1 < s_end and doc.texts[b_rel] == "," \
                            and not a_rel <= t.start < b_rel and doc.lowers[b_rel + 1] in self._any_preposition:
                        window = (window[0], self._clause(doc, b_rel + 1, s_start, s_end)[1])
                        skipped.append((a_rel, b_rel))
                # "met at Downing Street before travelling to Bedfordshire": what follows a gerund after "before"
                # or "after" is another event's, its places too
                then = next((k for k in range(t.end, window[1] - 1) if self._gerund_after_sequence(doc, k + 1)), None) \
                    if self.r.gerund_endings and t.kind != "noun" else None
                if then is not None:
                    window = (window[0], then)
            # "Bei dem Treffen ging es um die Vorbereitung des Nato-Gipfels im Juli in Ankara": the place and day
            # after a meeting talked about are that meeting's
            topic_at = min([tp.start for tp in topics if t.start < tp.start and not _phrase_noun_of(t, tp)] + [s_end])
            window = (window[0], min(topic_at, window[1]))
            # "Nach dem Treffen mit X in Warschau reiste Y nach Vilnius": the place and day of the meeting the
            # verb comes after are not the verb's
            # (also of a noun that only dates the verb: "Vor der Runde mit dem Kanzler hatten die Länderchefs getagt")
            after = self._after_event_end(doc, t, triggers + dating, s_start, s_end) if t.kind != "noun" else None
            if after is not None:
                window = (max(window[0], after), window[1])
            # (nor those of a meeting after it that only dates it: "met in Paris on Tuesday ahead of next week's
            # summit in Copenhagen"; or that is told in full too: "vor dem Gipfel in Y am kommenden Donnerstag")
            later = dating + [o for o in triggers if o.start == anchor_noun]
            ahead = [k for d in later if d.start > t.end and (k := self._anchor_phrase_start(doc, d, t.end)) is not None] \
                if later and t.kind != "noun" else []
            if ahead:
                window = (window[0], min(window[1], min(ahead)))
            if t.kind in ("verb", "travel", "guest") and not actors and not self._state_subjects(doc, window, sent_mentions) \
                    and self.r.plural_pronouns.isdisjoint(doc.lowers[window[0]:window[1]]) \
                    and not self._company_again(doc, s_start, s_end) \
                    and not self._the_two(doc, self._with_antecedent(doc, window, s_start, s_end)) \
                    and not self._delegated_states(doc, s_start, s_end, sent_mentions) \
                    and not (t.kind in ("travel", "verb") and self._pronoun_subject(doc, window, s_start)):
                continue  # nobody to meet ("die Innenminister Polens und Tschechiens kamen zusammen" has states)
            clause = self._clause(doc, t.start, s_start, s_end)
            failed_plan = False
            if self._conditional(doc, clause, s_start):
                continue  # "Sollte es zu einem Gipfel kommen, …", "Falls es zu einem Treffen kommt": only supposed
            # (the predicate may follow a relative clause on the noun: "Das Treffen zwischen X und Y, auf das Z
            # gedrängt hatte, ist nicht zustande gekommen")
            predicate = self._after_inserted(doc, clause, s_start, s_end) if t.kind == "noun" else None
            negated = self._not_held(doc, t, *clause) or predicate is not None and self._not_held(doc, t, *predicate)
            if t.kind == "noun" and negated and not self._in_setting(doc, t.start, s_start) and not any(
                    (doc.lowers[k] in self.r.negated_participation or doc.lemmas[k] in self.r.negated_participation)
                    and doc.lowers[k] not in self.r.planned_attributes for k in range(*clause)):
                # (a noun of the setting is held, whatever did not happen at it: "haben sich bei ihrem Gipfel nicht
                # einigen können")
                if not any(doc.lowers[k] in self.r.planned_attributes for k in range(max(clause[0], t.start - 3), t.start)):
                    unheld.append(clause)
                    # (where and when it was to be: what was done instead was done there, then)
                    self._unheld_setting = (s_start, self._places(doc, clause, sent_mentions), self._date(doc, clause, dates))
                    if self._definite_np(doc, t.start, s_start):
                        # "X hatte gehofft, Y zu treffen, doch das Treffen kam nicht zustande", "X had hoped to meet
                        # Y, but the meeting did not take place": the meeting told before it in the sentence was
                        # planned, then not held
                        for before in out:
                            before.failed_plan = before.called_off_after = True
                    continue  # "ein Gespräch … fand nicht statt": a meeting that did not happen
                failed_plan = True  # "Ein ursprünglich geplantes Treffen mit X kam nicht zustande": called off
            if t.kind == "noun" and not self._definite_np(doc, t.start, s_start) and not self._in_setting(doc, t.start, s_start) \
                    and self._verb_in(doc, (span := self._past_inserted_clause(doc, clause, s_start, s_end)), self.r.hypothetical,
                                      self.r.hypothetical_separable) \
                    and not self._only_nouns_after(doc, t, span, self.r.hypothetical):
                continue  # "verlangte ein Treffen der Präsidenten": asked for, not held
            if t.kind == "noun" and clause[0] > s_start and doc.texts[clause[0] - 1] == "," \
                    and not self._definite_np(doc, t.start, s_start) and any(
                    self._offered_infinitive(doc, k, clause[0], s_start) for k in range(t.end, clause[1])):
                continue  # "sei bereit, weitere Friedensgespräche auszurichten": offered, not held
            if t.kind == "noun" and self._idea_of(doc, t, s_start):
                continue  # "The idea of a Trump-Putin summit in Budapest has been floated": only thought of
            if t.kind == "noun" and not self._definite_np(doc, t.start, s_start) and self._offered_to_enable(doc, t, clause):
                continue  # "die Bereitschaft, Gespräche zu ermöglichen", "offered to facilitate talks": only offered
            if t.kind == "noun" and not self._definite_np(doc, t.start, s_start) and self._in_setting(doc, t.start, s_start) \
                    and self._proposed_in_clause_after(doc, clause, s_start, s_end):
                continue  # "etwa bei einem Sondergipfel, wie ihn X vorgeschlagen hat": proposed, not held
            invited = t.kind == "noun" and not self._definite_np(doc, t.start, s_start) \
                and self._verb_in(doc, clause, self.r.invitation_verbs, self.r.invitation_separable) \
                and (not self.r.destination_prepositions.isdisjoint(doc.lowers[t.end:clause[1]])
                     or not self.r.invitation_destinations.isdisjoint(doc.lowers[t.end:clause[1]])  # ("ins Kanzleramt")
                     or self._head(t) in self.r.visit_nouns  # ("lud X zu einem Gegenbesuch im Frühjahr ein")
                     # (or to a meeting the inviter holds: "hat seine Amtskollegen zu einem Migrationsgipfel eingeladen")
                     or self._preposition_before(doc, t.start, clause[0], self.r.purpose_prepositions) is not None)
            # (not a guest told in the past state of being invited after a meeting held: "Die Minister haben am Montag
            # beraten. X war zu einem Mittagessen mit den Ministern eingeladen" was at it, that day)
            invited = invited and not self._invited_guest_of_a_story(doc, clause)
            undated_invitation = invited and (d := self._date(doc, clause, self._dates)) is None
            # (a season is no day: "zu einem Gegenbesuch im Frühjahr" is a visit to come, as an undated one accepted is)
            seasonal_invitation = invited and d is not None and d.kind == "relative" and d.precision == "years"
            if undated_invitation and self._head(t) in self.r.visit_nouns \
                    and not self._accepted_next(doc, s_end) and not doc.sentence_says(s_start, self._acceptance) \
                    and not self._being_scheduled(doc, clause[1], s_end):
                # "lud Y zu einem Gegenbesuch nach Bratislava ein": invited, not agreed (unless "; Y nahm an"); an
                # invitation to a meeting the inviter holds ("hat X und Y zu einem Treffen nach Berlin eingeladen"),
                # or to a visit on a day, is one to come
                continue
            if t.kind == "noun" and self._with_media(doc, t.end, s_end):
                continue  # "Im Gespräch mit unserer Zeitung": an interview
            if t.kind == "verb" and t.start > clause[0] and doc.lowers[t.start - 1] in self.r.infinitive_markers \
                    and doc.lowers[clause[0]] in self.r.purpose_conjunctions and any(o.start < clause[0] for o in triggers):
                continue  # "trafen sich in Genf, um über den Wiederaufbau zu beraten": the purpose of the meeting told
            if t.kind == "verb" and any((doc.lowers[k] in self.r.hypothetical or doc.lemmas[k] in self.r.hypothetical
                                         and not doc.texts[k + 1][:1].isupper()) and ms.at(k) is None
                                        and doc.texts[k + 1] not in QUOTE_MARKS
                                        for k in range(max(clause[0], t.start - 3), t.start)):
                # "renewed his offer to host talks", "proposed to meet": offered, not held (an inflected word before
                # a noun qualifies that noun: "über einen möglichen Waffenstillstand beraten" was held; nor is a
                # word of a name one, quoted or not: "the Coalition of the Willing met", 'the "coalition of the
                # willing" met')
                continue
            if t.kind in _VERBAL and not self.r.conditional_conjunctions.isdisjoint(doc.lowers[clause[0]:t.start]) \
                    and not self.r.unreal_words.isdisjoint(doc.lowers[s_start:s_end]):
                continue  # "Sinnvoller wäre es, wenn sich die Europäer zunächst untereinander abstimmten": wished for
            if t.kind == "verb" and t.lemma in self.r.participation_verbs and self._part_in_something_else(doc, clause, triggers):
                continue  # "nahm als Gast an einer Podiumsdiskussion teil": no meeting, nor the one told
            mm = MeetingMention(s_start, s_end, [t], window)
            mm.dated_by_from = min(ahead) if ahead else None
            mm.dated_by_until = after
            mm.failed_plan = failed_plan
            # "lud Y zu einem Besuch nach Kiew ein. Y nahm die Einladung an": a visit to come (one with its day
            # has the status its tense and day tell: "hatte X am Montag zu einem Treffen nach Berlin eingeladen")
            mm.accepted = undated_invitation or seasonal_invitation
            mm.phrase_end = cut  # (None unless a noun's window was cut there)
            mm.conjunct = conjunct
            if cut is not None:
                self._phrase_spans.setdefault(s_start, []).append((t.start, cut))
            mm.infinitive = own_clause is not None or (t.kind == "noun" and self._noun_in_infinitive_clause(doc, t, s_start, s_end))
            mm.setting = t.kind == "noun" and self._in_setting(doc, t.start, s_start)
            # "reiste nach seinem Treffen mit X in Warschau weiter nach Vilnius": the places and day of the
            # meeting a phrase of sequence after the verb tells are not the verb's
            # (also of a noun that only dates the verb: "telefonierte am Sonntag vor dem Gipfel in Alaska mit X")
            inner = [] if t.kind == "noun" else [
                ph for nt in triggers + dating if nt.kind == "noun" and window[0] <= nt.start < window[1]
                for ph in [self._inner_sequence_phrase(doc, nt, triggers, s_start, s_end, sent_mentions)]
                if ph is not None and (ph[0] > t.start or nt.lemma in self.r.stop_nouns)]
            # "hat mit Y über das geplante Treffen von X mit Z in Alaska gesprochen": the phrase of a meeting talked
            # about tells that meeting's places, persons and plan, not the talk's
            mm.topic_spans = [span for tp in topics if (span := self._topic_phrase(doc, tp, s_start, s_end, triggers)) is not None
                              and not span[0] <= t.start < span[1]] + skipped
            inner += mm.topic_spans if t.kind != "noun" else []
            outside = [m for m in sent_mentions if not any(a <= m.start < b for a, b in inner)] if inner else sent_mentions
            mm.places = self._places(doc, window, outside, travel=t.kind == "travel")
            if not mm.places and t.kind == "noun" and mm.phrase_end is None and self._dated_phrase_end(doc, t, s_end) is None:
                scope = (clause[0], min(clause[1], topic_at))
                if anchor_noun is not None and anchor_noun < t.start and (dated_by := self._after_event_end(
                        doc, t, [o for o in triggers if o.start == anchor_noun], s_start, s_end)) is not None:
                    # (not the place of a meeting told with its parties before it that dates it: "Vor dem Treffen von X
                    # und Y in Alaska haben sich … in einer Videoschalte abgestimmt"; a step of the same day keeps it:
                    # "Nach der Begrüßung im Schloss Bellevue führen die beiden ein Gespräch")
                    scope = (max(scope[0], dated_by), scope[1])
                if mm.setting:
                    # "In einem Telefonat vereinbarten sie ein Treffen in Warschau": the place is the other meeting's
                    scope = (scope[0], min([o.start for o in triggers if o.start > t.start] + [scope[1]]))
                elif self._topic_frame(doc, t):
                    scope = (scope[0], t.start)  # "Im Mittelpunkt des Gesprächs standen … in Nordrhein-Westfalen"
                # (not the place of another noun before it: "Die Opposition im Landtag kritisierte den Besuch")
                mm.places = [p for p in self._places(doc, scope, sent_mentions) if not self._place_of_a_noun(doc, p, scope[0])]
            if not mm.places and fronted is not None and fronted < t.start:
                # "In Brussels, X met Y", "At Lancaster House, the ministers …": a place set before the clause
                mm.places = self._places(doc, (s_start, fronted), sent_mentions)
            if not mm.places and t.kind == "noun" and self.r.trip_nouns:
                # "Reise nach Warschau; Gespräch mit Ministerpräsident X": a schedule's item, the trip's destination
                trip = next((k for k in range(t.start - 1, s_start - 1, -1) if doc.lowers[k] in self.r.trip_nouns), None)
                if trip is not None:
                    mm.places = self._places(doc, (trip, t.start), sent_mentions, travel=True)
            if not mm.places:
                # "Erste Station ist Hanoi, wo X … empfangen wird", "Jakarta, where X met Y", "aus London
                # zugeschaltet, wo er sich zu einem Besuch aufhielt": the place "wo" stands for (the last of the
                # clause before, with at most a verb or two after it)
                a = where if t.kind != "noun" else clause[0]  # (a verb's clause, with any name in apposition before it)
                if a - 2 >= s_start and doc.lowers[a] in self.r.where_words and doc.texts[a - 1] == ",":
                    mm.places = [m for m in sent_mentions if m.type in ("city", "region", "venue", "country") and not m.modifier
                                 and a - 4 <= m.end <= a - 1 and all(doc.texts[k].islower() for k in range(m.end, a - 1))][-1:]
            gerund = t.kind == "noun" and bool(self.r.gerund_endings) and doc.lowers[t.start].endswith(self.r.gerund_endings)
            if not mm.places and (t.kind == "verb" or gerund) and t.lemma in self.r.visit_verbs:
                # "hatte Chongqing und Shanghai besucht": the places visited are where it happened (so with a
                # gerund: "looks forward to visiting Japan")
                mm.places = [m for m in sent_mentions if m.type in ("city", "venue") and clause[0] <= m.start < clause[1]
                             and not m.modifier]
                # "hat die Panzerbrigade in Litauen besucht": the state of the troops visited (elsewhere "die Brigade in
                # Litauen" is what is talked about, no place of the talks)
                mm.places = mm.places or [m for m in sent_mentions if m.type == "country" and not m.modifier
                                          and clause[0] <= m.start < clause[1] and self._state_of_a_thing(doc, m, clause[0])]
                # "Putin visited India in 2021", "hatte Indien zuletzt 2021 besucht": the state visited, its object
                # (a preposition between the verb and it only: "is expected to visit China")
                mm.places = mm.places or [m for m in sent_mentions if m.type == "country" and not m.modifier and not m.genitive
                                          and clause[0] <= m.start < clause[1] and m.start != clause[0]
                                          and self._preposition_before(doc, m.start, t.end if t.start < m.start else clause[0],
                                                                       self.r.object_prepositions) is None
                                          and doc.texts[m.start - 1] not in ("-", "‐")][:1]
            if not mm.places and t.kind == "verb" and clause[1] < s_end - 1 and s_end - 1 - clause[1] <= 5:
                # "Beide wollen sich im Dezember erneut treffen, dann in Lissabon.": a short tail after the
                # clause that ends the sentence still says where
                mm.places = self._places(doc, (clause[1] + 1, s_end), sent_mentions)
            if t.kind == "noun":
                # "die Münchner Sicherheitskonferenz": a city adjective right before the meeting noun (in English the
                # town's name: "the Munich Security Conference", "the Geneva talks")
                pre = [m for m in sent_mentions if t.start - 3 <= m.start < t.start
                       and (m.adjective or self._town_naming_its_noun(doc, m, t))]
                mm.places.extend(m for m in pre if all(m.key != p.key for p in mm.places))
            if unfulfilled is not None and mm.places and t.start < instead:
                # "… had been due to join the talks but stayed in Oslo": where the absent stayed is not the meeting's place
                # (but it is the place of a meeting told after the contrast: "…, war aber stattdessen in Brüssel beim
                # Treffen der Nato-Verteidigungsminister")
                mm.places = [p for p in mm.places if p.start < instead]
            # (a place in a phrase a span of time opens dates the meeting: "das erste Treffen seit dem
            # Regierungswechsel in Paris" is not in Paris)
            mm.places = [p for p in mm.places if not self._in_a_span_phrase(doc, p, mm)]
            if len(mm.places) > 1:
                # "Nach dem Eklat im Weißen Haus haben sich … in London getroffen": the place of the event a fronted
                # phrase of sequence names is that event's, when the meeting has a place of its own
                own = [p for p in mm.places if not self._in_fronted_sequence_phrase(doc, p, s_start)]
                mm.places = own or mm.places
            if not mm.places:
                mm.places = self._place_as_subject(doc, clause, t, sent_mentions)
            if not mm.places and predicate is not None and not any(predicate[0] <= o.start < predicate[1] for o in triggers):
                # "Das Treffen, zu dem X eingeladen hatte, fand am Montag in Genf statt": the predicate after the
                # relative clause places it (one naming no meeting of its own)
                mm.places = self._places(doc, predicate, sent_mentions)
            if t.kind == "travel" and not mm.places:
                continue
            # the date: in the trigger's own words, else its clause, else the sentence before it (a leading
            # "Am Montag, …"), else - with "zunächst", "danach" … - the day of the event told before
            # "said on Saturday that he would meet Trump … on Monday": the date before "that" is the saying's
            reported = max(self._that_clause_start(doc, clause[0], t.start), after or 0)
            # (up to the next meeting word: "told reporters after the meeting that talks would continue in July"
            # does not date the meeting by the talks to come)
            # (not the noun of the verb's own phrase: "held talks with X on Wednesday")
            following = min((o.start for o in triggers if o.start >= t.end and not _phrase_noun_of(t, o)), default=clause[1])
            # (nor by the day of what a gerund after "before"/"after" tells: "was scheduled to meet X before returning
            # to Israel on Wednesday")
            gerund = next((k for k in range(t.end, clause[1] - 1) if self._gerund_after_sequence(doc, k + 1)), clause[1]) \
                if self.r.gerund_endings and t.kind != "noun" else clause[1]
            # (a verb's own conjunct: "arrived in London on Tuesday evening and held talks … on Wednesday morning")
            dated = (max(clause[0], reported, window[0] if conjunct else clause[0]), next((k for k in range(t.end, clause[1]) if doc.lowers[k] in self.r.window_stops),
                                                    min(clause[1], gerund, topic_at, max(following, t.end))))
            # (nor by the day of a first predicate before a contrast: "attended a dinner on Tuesday evening but was
            # not invited to the main session")
            dated = (max(dated[0], self._conjunct_of(doc, t.start, *clause)[0]), dated[1])
            # ("said after the meeting that they would hold exercises next year": not the meeting's year)
            said_at = self._said_after(doc, clause[0], t.end, max(window[1], clause[1]))
            dated = (dated[0], min(dated[1], said_at))
            mm.date_mention = self._date(doc, (max(window[0], reported), min(window[1], said_at)), dates)
            if mm.date_mention is None and t.kind == "noun":
                # "im Januar in Davos und im Februar bei der Sicherheitskonferenz": the day of the noun's own conjunct
                mm.conjunct_start = self._conjunct_start(doc, t, clause[0])
                if mm.conjunct_start is not None:
                    mm.date_mention = self._date(doc, (mm.conjunct_start, t.start), dates)
                    mm.conjunct_start = mm.conjunct_start if mm.date_mention is not None else None
            mm.date_mention = mm.date_mention or self._date(doc, dated, dates)
            if mm.date_mention is None and predicate is not None and not any(predicate[0] <= o.start < predicate[1] for o in triggers):
                mm.date_mention = self._date(doc, predicate, dates)  # ("…, zu dem X eingeladen hatte, begann am Montag")
            if t.start == anchor_noun and mm.date_mention is not None and mm.date_mention.start < doc.idx[t.start] \
                    and (own_day := self._date(doc, (t.start, clause[1]), dates)) is not None:
                # "traf X am Dienstag … vor dem Gipfel in Y am kommenden Donnerstag": the later meeting's own day
                # (with none of its own, the day told: "met X on Friday before a meeting with Y")
                mm.date_mention = own_day
            if t.kind == "verb" and clause[0] > s_start and doc.lowers[clause[0]] in self.r.where_words \
                    and (own := self._date(doc, clause, dates)) is not None:
                mm.date_mention = own  # "Am Abend reiste X nach Moldau weiter, wo er am Dienstag Y treffen will"
            if inner and mm.date_mention is not None and any(doc.chars(a, b)[0] <= mm.date_mention.start < doc.chars(a, b)[1]
                                                             for a, b in inner):
                mm.date_mention = self._date(doc, (inner[-1][1], window[1]), dates)
            if own_clause is not None:
                # the infinitive clause's own date, or none: "kündigte am Montag an, X zu treffen" dates the saying
                mm.date_mention = self._date(doc, own_clause, dates)
            if mm.date_mention is None and not reported and own_clause is None and not any(o.start < t.start for o in triggers if o is not t) \
                    and not self._said_since(doc, s_start, s_start, t.start):
                # (not the day of the saying: "X sagte am Freitag in Bern, die Konferenz werde ein Erfolg")
                mm.date_mention = self._date(doc, (s_start, t.start), dates)
            if mm.date_mention is None and clause[0] > s_start and doc.lowers[clause[0]] in self.r.where_words \
                    and doc.texts[clause[0] - 1] == "," and not reported and own_clause is None:
                # "On Wednesday, X had been hosted by Y at Windsor Castle, where a state banquet was held": what the
                # clause on the place tells was there that day
                mm.date_mention = self._date(doc, (s_start, clause[0]), dates)
            if mm.date_mention is None and t.kind == "verb" and not reported and own_clause is None and out:
                # "Am Dienstag trafen sich X und Y in Paris, die Verteidigungsminister Z und W berieten in Toulon":
                # a main clause joined to one that opened with a day is of that day
                mm.date_mention = self._fronted_day_of_a_joined_clause(doc, t, clause, s_start, out)
            if mm.date_mention is not None and (told_end := self._as_clause_end(doc, mm.date_mention, t.start)) is not None:
                # "Wie ein Sprecher am Freitag mitteilte, wird sie in Peking X treffen": the day the news was told
                mm.date_mention = self._date(doc, (told_end, window[1]), dates)
            if mm.date_mention is not None and t.kind == "noun" and mm.date_mention.start < doc.idx[t.start] \
                    and not self._introduced(doc, t.start, s_start):
                # a date before a meeting noun belongs to it unless actors stand between them ("im März … der
                # Eklat zwischen Trump und Selenskyj bei deren Treffen": March dates something else); a noun
                # the sentence introduces ("Am Abend gaben X und Y ein Staatsbankett") is what the date dates
                # (not a noun that is the verb's own object, no preposition before it: "hat am Dienstag
                # Bundespräsident X sein Beglaubigungsschreiben überreicht")
                d_tok = doc.char_span(mm.date_mention.start, mm.date_mention.end, alignment_mode="expand")
                if d_tok is not None and any(d_tok.end <= m.start < t.start and m.type == "person"
                                             and not self._named_jointly(doc, m, d_tok.end) for m in sent_mentions) \
                        and not self._bare_object(doc, t, s_start) and not self._verb_phrase(doc, t) \
                        and not self._bare_object_noun(doc, t, s_start):
                    mm.date_mention = None
            if mm.date_mention is not None and t.kind == "noun" and mm.date_mention.start < doc.idx[t.start] \
                    and not self.r.agreement_words.isdisjoint(doc.lowers[clause[0]:t.start]) \
                    and not self._in_setting(doc, t.start, s_start):
                # "vereinbarten am Montag ein Treffen": Monday dates the agreement (not one made at the meeting:
                # "agreed on Thursday on new targets at a meeting in Brussels")
                mm.date_mention = None
            if mm.date_mention is not None and mm.date_mention.start < doc.idx[t.start] \
                    and self._announced_object(doc, t, (clause[0], t.start), s_start):
                mm.date_mention = None  # "kündigte am Dienstag einen Besuch an": Tuesday dates the announcement
            if mm.date_mention is not None and t.kind == "noun" and mm.date_mention.start > doc.idx[t.start] \
                    and self._announced_after(doc, mm.date_mention, clause):
                mm.date_mention = None  # "Der Besuch war im Januar angekündigt worden": January dates the announcing
            mm.same_day = mm.date_mention is None and doc.sentence_says(s_start, self._same_day) \
                and not doc.sentence_says(s_start, self._again) and not doc.sentence_says(s_start, self._later_spans)
            mm.opening = mm.date_mention is None and doc.sentence_says(s_start, self._opening)
            if not mm.same_day and mm.date_mention is None and t.kind != "noun" and t.start > s_start \
                    and self._gerund_after_sequence(doc, t.start):
                mm.same_day = True  # "met X on Friday, before sitting down with Y": the same day
            if not mm.same_day and mm.date_mention is None and self._subsequent_noun(doc, t, s_start):
                mm.same_day = True  # "Bei dem anschließenden Gespräch ging es um …": the next thing, that day
            if mm.date_mention is None and t.kind == "noun" and self._schedule_step(doc, clause) and not any(
                    doc.lowers[k] in self.r.another_words for k in range(max(s_start, t.start - 3), t.start)):
                # (not the next of its kind: "Der nächste Gipfel findet in der Türkei statt")
                mm.same_day = mm.schedule_step = True  # "Nach der Begrüßung … führen die beiden Präsidenten ein Gespräch": the day's next step
            # (only where it can matter: a day to take, or a day counted from the story's)
            mm.simultaneous = (mm.same_day or mm.date_mention is not None and mm.date_mention.narrative) \
                and bool(self._simultaneous) and doc.sentence_says(s_start, self._simultaneous)
            # (also with a day counted from the story's: "Earlier in the day, X met Y")
            # (not a word of a relative clause on a person: "X, der zwei Tage zuvor in Washington war, wurde …")
            aside = [(a, b) for a, b in relative_asides if not a <= t.start < b]
            if aside:
                kept = [doc.lowers[k] for k in range(s_start, s_end) if not any(a <= k < b for a, b in aside)]
                padded = f" {' '.join(kept)} "
                mm.told_before = any(p in padded for p in self._earlier)
            else:
                mm.told_before = doc.sentence_says(s_start, self._earlier)
            mm.earlier = (mm.date_mention is None or mm.date_mention.narrative) and mm.told_before
            # "dort": at the place told before (a building the knowledge base cannot place may be there too)
            mm.there = all(p.type == "venue" and p.key not in self.kb.entities for p in mm.places) \
                and not self.r.there.isdisjoint(doc.lowers[clause[0]:clause[1]])
            # "Unter anderem traf er X": one of the talks just told, there (and then)
            mm.instance = not mm.places and mm.date_mention is None and any(
                tuple(doc.lowers[s_start:s_start + len(p)]) == p for p in self.r.instance_openers)
            mm.there = mm.there or mm.instance
            mm.instead = not self.r.instead_words.isdisjoint(doc.lowers[clause[0]:clause[1]])
            if not mm.places and self._unheld_setting is not None and 0 < s_start - self._unheld_setting[0] < 80 \
                    and mm.instead:
                # "Das Treffen mit X am Rande des Gipfels in Johannesburg kam nicht zustande. Y traf stattdessen Z":
                # instead, there (and then)
                mm.places = list(self._unheld_setting[1])
                mm.date_mention = mm.date_mention or self._unheld_setting[2]
            # "X war aus Berlin zugeschaltet, weil sie dort Y empfing": "dort" is a place named before it in its sentence
            # ("besucht die Stadt Kumasi und trifft dort X": named before "dort" in the clause too)
            there_at = next((k for k in range(*clause) if doc.lowers[k] in self.r.there), clause[0]) if mm.there else clause[0]
            # (a state too, where nothing nearer is named: "hatte Japan besucht und dort X getroffen")
            here = [m for m in sent_mentions if m.type in ("city", "venue", "country") and not m.modifier and not m.genitive
                    and m.end <= there_at] if mm.there else []
            here = [m for m in here if m.type != "country"] or here
            if here:
                mm.places = [p for p in mm.places if p.key != here[-1].key] + [here[-1]]
            elif mm.there and s_start > 0:
                # "… wird in Cernobbio erwartet. Dort will er …": "dort" is the place named just before
                prev_start = doc.sent_start(s_start - 1)
                named = [m for m in ms.mentions if m.type in ("city", "venue") and not m.modifier
                         and prev_start <= m.start < s_start and m.start not in quote_tokens]
                if named and all(p.key != named[-1].key for p in mm.places):
                    mm.places = mm.places + [named[-1]]  # a building of its own stays: "Dort … im Präsidentenpalast"
                prev_text = "".join(doc.lowers[prev_start:s_start])
                if named and mm.date_mention is None and not any(w in prev_text for w in self.r.multi_day):
                    # "Der Kanzler reist am Freitag nach Rom. Dort trifft er …": there, then (not so on a visit
                    # of several days: "Am 22.03. beginnt ein dreitägiger Besuch … Dort sind Gespräche geplant")
                    mm.date_mention = self._date(doc, (prev_start, s_start), dates)
                    mm.date_from_before = mm.date_mention is not None
            # (a set test first: most sentences have no such word, and this runs for every meeting mention)
            mm.flashback = not self.r.flashback_words.isdisjoint(doc.lowers[s_start:s_end]) and any(
                doc.lowers[k] in self.r.flashback_words and not self._conjunction_of_sequence(doc, k, s_end)
                and not any(a <= k < b for a, b in aside) for k in range(s_start, s_end))
            mm.before_that = not self.r.before_that_words.isdisjoint(doc.lowers[s_start:s_end]) and any(
                doc.lowers[k] in self.r.before_that_words and not any(a <= k < b for a, b in aside)
                for k in range(s_start, s_end))
            # (not "mit" before a place: "bei künftigen Gesprächen mit am Tisch sitzen" is "along", no partner)
            mm.office_body = t.kind == "noun" and self._office_genitive(doc, t.start, s_start)
            gerund_partner = t.kind == "noun" and self._gerund_object(doc, t.end, s_end, sent_mentions)  # "after meeting X"
            partner_from, reach = t.end, window[1]
            if t.end + 2 < s_end and doc.texts[t.end] == "," and doc.lowers[t.end + 1] in self.r.partner_fillers:
                partner_from, reach = t.end + 1, s_end  # (after a comma too: "bilaterale Gespräche, unter anderem mit X")
            while partner_from < min(reach, t.end + 4) and doc.lowers[partner_from] in self.r.partner_fillers:
                partner_from += 1  # "bilaterale Gespräche unter anderem mit X"
            # (or at whose house it is: "Am Abend ist ein Empfang bei X geplant" is one with X)
            mm.with_partners = t.kind == "noun" and (any(
                doc.lowers[k] in self.r.partner_words and not (k + 1 < s_end and doc.lowers[k + 1] in self.r.meeting_prepositions)
                for k in range(partner_from, min(reach, partner_from + 2))) or gerund_partner
                # (not English "of": "a meeting of X and Y" names its own parties)
                or partner_from < s_end and doc.lowers[partner_from] in self.r.guest_host_prepositions
                and doc.lowers[partner_from] not in self.r.of_state
                and any(m.type == "person" and partner_from < m.start <= partner_from + 4 for m in sent_mentions))
            mm.parties_named = mm.with_partners or (t.kind == "noun" and self._parties_follow(doc, t.end, s_end, sent_mentions))
            # taking part refers to a meeting told, unless what is taken part in is new: "nimmt an einem
            # Arbeitsessen mit X teil"
            # (nor in a relative clause on a new one: "joined a meeting of X, which was also attended by Y")
            # (past a name set off by commas: "was joined by his foreign minister, X, for a working lunch")
            whole = self._through_appositions(doc, clause, sent_mentions, s_start, s_end) if t.kind == "verb" else clause
            mm.definite = (t.kind == "verb" and t.lemma in self.r.participation_verbs and not any(
                o.kind == "noun" and whole[0] <= o.start < whole[1] and o.start > s_start
                and self._introduced(doc, o.start, whole[0]) for o in triggers) and not (
                clause[0] > s_start and (doc.lowers[clause[0]] in self.r.relative_pronouns
                                         or self._opens_relative(doc, clause[0] - 1, s_end)) and any(
                    o.kind == "noun" and s_start <= o.start < clause[0] and self._introduced(doc, o.start, s_start)
                    for o in triggers))) or (
                t.kind == "noun" and (self._definite_np(doc, t.start, s_start) or self._spoken_of(doc, t.start, clause)
                                      or self._expected_to_be(doc, t.start, clause)
                                      or self._story_talks(doc, t, s_start))) or self._greets_the_gathered(doc, t, clause, sent_mentions)
            # (not with an indefinite article: "Es war ein Treffen mit Symbolkraft: …" labels what follows)
            mm.copula = t.kind == "noun" and (self._copula_opened(doc, s_start) and not self._introduced(doc, t.start, s_start)
                                              or self._owned_noun_then_copula(doc, t, s_start, sent_mentions))
            mm.definite = mm.definite or mm.copula or self._the_two_talked(doc, t, mm, s_start, s_end)
            # (not a word of time it qualifies: "ihre für kommende Woche geplante Reise" is no next trip)
            mm.another = t.kind == "noun" and any(doc.lowers[k] in self.r.another_words and doc.lowers[k + 1] not in self.r.time_nouns
                                                  for k in range(max(s_start, t.start - 3), t.start))
            mm.previous = t.kind == "noun" and self._previous_one(doc, t, s_start)
            mm.ahead = t.kind == "noun" and self._after_ahead_phrase(doc, t, s_start)
            mm.indefinite = t.kind == "noun" and (self._after_indefinite(doc, t, s_start) or gerund_partner)  # ("before meeting X": a new one)
            if t.kind == "noun" and self.r.multi_day:
                before = doc.text[doc.idx[max(s_start, t.start - 4)]:doc.idx[t.start]].lower()  # the four words before
                mm.multi_day = max((n for w, n in self.r.multi_day.items() if w in before), default=0)
            elif t.kind == "verb" and self.r.multi_day and t.end < clause[1]:
                # "gathered in Brussels on Thursday for two days of talks": the length told after the verb, before a
                # meeting noun of its clause
                after = doc.text[doc.idx[t.end]:doc.idx[clause[1] - 1]].lower()
                mm.multi_day = max((n for w, n in self.r.multi_day.items()
                                    if (at := after.find(w)) >= 0 and any(
                                        self._verdict(x, x, self._noun_verdicts) or x in self.r.meeting_nouns
                                        for x in (y.strip(".,;:") for y in after[at + len(w):].split()[:2]))), default=0)
            if mm.date_mention is not None and mm.date_mention.days:
                mm.multi_day = max(mm.multi_day, mm.date_mention.days)  # "kommen von Mittwoch bis Freitag zusammen"
            out.append(mm)
        if not out and not unheld:
            # every trigger fell away ("… after X was unable to travel"): the sentence may still add to the
            # meeting told about
            return self._context_mention(doc, s_start, s_end, sent_mentions, actors, absent, present)
        out = self._merge_in_sentence(doc, out, actors, instead)
        # the persons of a plan that did not come true were at the meeting told after its contrast, instead
        planned_away = self._unfulfilled(doc, s_start, s_end, actors) if instead < s_end else []
        for mm in out:
            clause = self._clause(doc, mm.triggers[0].start, s_start, s_end)
            if mm.date_mention is None and all(t.kind == "noun" for t in mm.triggers) and clause[1] < s_end - 1 \
                    and doc.texts[clause[1]] == ":" and (clause[0] == s_start or doc.texts[clause[0] - 1] in DASHES) \
                    and not any(o.triggers[0].start > clause[1] for o in out):
                # "Hoher Besuch im Alten Rathaus: X hat sich am Donnerstag ins Goldene Buch eingetragen": the
                # sentence after the colon tells the visit the words before it name (if it tells no meeting of
                # its own: "Gipfel in Tallinn: Die Regierungschefs kommen heute … zusammen")
                mm.date_mention = self._date(doc, (clause[1] + 1, s_end), dates)
            # (nor a gerund's own event, whose noun the phrase dates: "met X on Sunday, a day after attending a summit
            # in London" attended the summit the day before)
            mm.anchor = anchor if all(t.start != anchor_noun and not (
                self._gerund_after_sequence(doc, t.start) and any(
                    0 < k - t.start <= 4 for k in [anchor_noun or -1] + [o.start for o in dating]))
                for t in mm.triggers) else None
            if anchor is not None and isinstance(anchor[0], int) and anchor[0] != 0 \
                    and any(t.start == anchor_noun for t in mm.triggers):
                # "traf am Freitag Y, einen Tag nach einem Gespräch mit Z im Vatikan": the talk with Z is a meeting of
                # its own, a day before the sentence's event
                mm.days_before_main, mm.apart, mm.background = anchor[0], True, False
                noun = next(t for t in mm.triggers if t.start == anchor_noun)
                if mm.date_mention is not None and (
                        any(o is not mm and o.date_mention is mm.date_mention for o in out)
                        or mm.date_mention.kind == "relative" and mm.date_mention.end <= doc.idx[noun.start]
                        and doc.idx[max(s_start, noun.start - 8)] <= mm.date_mention.start):
                    # (the day the other meeting has is that one's, not this: "Einen Tag vor dem Gipfel von X und Y
                    # in Alaska haben die Europäer am Mittwoch mit X beraten": the summit is on Thursday; nor is the
                    # span of the phrase a day: "The day before the summit of X and Y, …" is no "the day before")
                    after = bisect_left(doc.idx, mm.date_mention.end)
                    if after < noun.start and doc.texts[after] in POSSESSIVE_MARKS:
                        # (but a day in the possessive before the noun is the noun's own: "On the eve of Tuesday's
                        # talks in Brussels, X met Y" met on Monday, dated from the talks)
                        for o in out:
                            if o is not mm and o.date_mention is mm.date_mention:
                                o.date_mention = None
                    else:
                        mm.date_mention = None
            elif anchor is not None and mm.date_mention is not None and any(t.start == anchor_noun for t in mm.triggers) \
                    and any(o is not mm and o.date_mention is mm.date_mention for o in out) \
                    and (verb := self._finite_verb_after_a_phrase(doc, s_start, s_end)) is not None \
                    and doc.idx[verb] < mm.date_mention.start:
                # "Vor dem Gipfel von X und Y in Alaska haben die Europäer am Mittwoch mit X beraten": the day after
                # the finite verb is the main clause's, not the fronted phrase's
                mm.date_mention = None
            elif mm.triggers[0].kind in _VERBAL and mm.date_mention is not None and self._span_opens_clause(doc, mm, s_start):
                # "The call came two days before X was due to meet Y": the span is from the event told before (the
                # call) to this meeting, counted the other way round from a day of the meeting itself
                mm.date_mention = replace(mm.date_mention, offset=-mm.date_mention.offset)
            elif mm.triggers[0].kind in _VERBAL and (days := self._clause_anchor(doc, clause)) is not None \
                    and mm.date_mention is None and clause[0] > s_start:
                # "X met Y in Riga on Monday, a week after the two spoke by phone": the call is a meeting of its own,
                # a week before the main clause's event
                mm.days_before_main, mm.apart, mm.background = days, True, False
            mm.after_sequence = any(t.kind == "noun" for t in mm.triggers) and (
                self._opens_with_sequence(doc, s_start) or any(self._subsequent_noun(doc, t, s_start) for t in mm.triggers))
            # (of a meeting told before with a day or place: "The talks, originally planned for Monday in Geneva,
            # were moved to Thursday", opening the story, is dated and placed by its old plan)
            if mm.definite and self._told_any and not self.r.original_plan.isdisjoint(doc.lowers[s_start:s_end]) \
                    and not any(t.kind == "travel" for t in mm.triggers) and mm.triggers[0].start < instead:
                # "Ursprünglich war das Treffen für März geplant": the meeting named before, not dated by its old plan
                # (nor placed: "Der Gipfel war ursprünglich in Brüssel geplant, wurde aber nach Peking verlegt"); a
                # journey told by its own verb is the old plan ("Ursprünglich hatte X im Juli nach Litauen reisen
                # wollen, den Besuch aber verschoben": a visit in July, called off)
                mm.date_mention = None
                mm.places = []
            self._status_and_mode(doc, mm, sent_mentions)
            if mm.status == "planned" and self._called_off_after_a_comma(doc, mm):
                mm.status = "cancelled"
            if mm.status == "planned" and not mm.another and any(
                    t.kind == "noun" and self._head(t) in self.r.round_nouns and any(
                        doc.lowers[k] in self.r.round_ordinals for k in range(max(s_start, t.start - 3), t.start))
                    for t in mm.triggers):
                mm.another = True  # "Eine dritte Runde soll kommende Woche in Rom stattfinden": one more to come
            if mm.status == "cancelled":
                # "Ein für Mai geplanter Gipfel … wurde am Dienstag abgesagt": the day of its plan, not of the calling off
                mm.date_mention = self._attribute_plan_date(doc, mm, dates) or mm.date_mention
            if self.r.background_units and all(x.kind == "noun" and self._after_a_span(doc, x.start, s_start) for x in mm.triggers):
                mm.background = True
            if mm.triggers[0].kind == "verb" and mm.status == "past" and any(
                    doc.lowers[j] in self.r.previous_adverbs and doc.lowers[j + 1] not in self.r.time_nouns
                    for j in range(clause[0], mm.triggers[0].start)):
                # "The two last met in Athens in February": the meeting before the story's (not "Last week, X met Y")
                mm.background = True
            if mm.status == "past" and mm.date_mention is not None and mm.sent_start >= self._headline_end \
                    and clause[0] > s_start and doc.lowers[clause[0]] in self.r.relative_pronouns \
                    and doc.texts[clause[0] - 1] == "," and all(clause[0] <= x.start < clause[1] for x in mm.triggers):
                mm.aside_before = True  # "The two leaders, who also met in Paris in June, discussed …": met before
            if all(x.kind == "noun" for x in mm.triggers) and not self.r.window_stops.isdisjoint(
                    doc.lowers[max(s_start, mm.triggers[0].start - 5):mm.triggers[0].start]) and self._since_reference(mm):
                mm.background = True  # "their first conversation since the summit in Alaska": what it counts from
            if mm.virtual and mm.definite and all(x.kind == "noun" and not x.virtual for x in mm.triggers) \
                    and not self.r.participation_cues.isdisjoint(doc.lowers[s_start:s_end]):
                mm.remote = True  # "X war zu Beginn der Beratungen per Video zugeschaltet": linked in to the meeting told
            if mm.virtual and not mm.places:
                mm.places = self._host_room(doc, mm, s_end, sent_mentions) or self._remote_from(doc, mm, s_start, s_end, sent_mentions)
            clause = self._clause(doc, mm.triggers[0].start, s_start, s_end)
            mm.habitual = not self.r.habitual.isdisjoint(doc.lowers[clause[0]:clause[1]])
            mm.ending = doc.sentence_says(s_start, self._ending)
            mm.ended = bool(mm.multi_day) and mm.ending
            # (under way since its day: "beraten seit Dienstag beim Klimadialog")
            # "Selenskyj, der am Vortag im Weißen Haus mit Trump aneinandergeraten war, wurde … begrüßt": the day and
            # the persons of a relative clause on a name are its own, not the meeting's around it
            asides = [(a, b) for a, b in relative_asides if not any(a <= x.start < b for x in mm.triggers)]
            # (and those of a meeting talked about: "hat mit Y über das geplante Treffen von X mit Z gesprochen")
            asides += [span for span in mm.topic_spans if not any(span[0] <= x.start < span[1] for x in mm.triggers)]
            if asides and mm.date_mention is not None and any(
                    doc.chars(a, b)[0] <= mm.date_mention.start < doc.chars(a, b)[1] for a, b in asides):
                mm.date_mention = self._date(doc, (asides[-1][1], window[1]), dates)
            mm.began = self._verb_in(doc, clause, self.r.beginning_words, frozenset()) or self._since(doc, mm) \
                or self._starting_on(doc, mm)
            mm.continued = self._verb_in(doc, clause, self.r.continuation_verbs, self.r.continuation_separable)
            # "Merz sagte am Rande des Treffens: …": the meeting whose sidelines they are is no sideline meeting
            # (so is one a meeting was used for: "X nutzte den Gipfel für Gespräche mit Y", "used the summit to meet Y")
            mm.private = bool(self._private) and doc.sentence_says(s_start, self._private)
            occasion = any(self._occasion_object(doc, t, s_start) for t in mm.triggers)
            mm.sideline = (any(p in sent_text for p in self._sideline_phrases) or occasion) and not all(
                self._sideline_object(doc, t, s_start) for t in mm.triggers) \
                and (occasion or self._sideline_of(doc, mm.triggers[0], clause, s_start, s_end))
            mm.participants = [p for p in self._participants(doc, mm, actors, sent_mentions)
                               if not any(a <= p.start < b for a, b in unheld + asides)
                               and not self._group_owning_a_building(doc, p)]
            if mm.sideline and mm.formats:
                mm.formats -= {m.key for m in sent_mentions if self._names_the_meeting_beside(doc, m, mm)}
            if self.r.honour_phrases and self.persons_before is not None and any(self._meal_trigger(t) for t in mm.triggers) \
                    and (honoured := self._honoured(doc, mm)) is not None and all(honoured.key != p.key for p in mm.participants):
                mm.participants.append(honoured)  # "Lenk will host a state banquet in his honour": the guest before
            if (span := self._denying_relative_clause(doc, mm)) is not None:
                # "… any outcome from talks it did not take part in", "Gespräche, an denen die Ukraine nicht teilnimmt":
                # talks told by who is not at them; none of the sentence outside that clause is said to be
                mm.participants = [p for p in mm.participants if span[0] <= p.start < span[1]]
            if mm.status == "cancelled" and not any(p.type == "person" for p in mm.participants) and all(
                    t.kind == "noun" and t.lemma in self.r.trip_nouns for t in mm.triggers):
                # "Ein geplanter Abstecher nach Riga wurde abgesagt": a trip called off that names no traveller is
                # the trip of the one the sentence before followed
                traveller = self.persons_before(s_start)
                if traveller is not None:
                    mm.participants.append(traveller)
            if absence_parts:
                # "X begleitet den Kanzler nicht; sie nimmt in Brüssel … teil": of a main clause that tells only an
                # absence, only its subject, as the pronoun of this one, takes part here
                pronoun = any(doc.lowers[k] in self.r.subject_pronouns for k in range(*clause))
                firsts = {part(p.start): p for p in reversed(mm.participants) if p.type == "person"}
                mm.participants = [p for p in mm.participants if part(p.start) not in absence_parts
                                   or pronoun and firsts.get(part(p.start)) is p]
            # an absence from another place named in its clause is not from this meeting
            # (nor is one told in another main clause: "X nahm an der Reise nicht teil; er traf in Wien Y")
            # (nor one told in a relative clause that names its own meeting, from a meeting outside it: "X, who was
            # not invited to the main session, met Y on the sidelines")
            mm.absent = [m for m in absent if not (mm.places and id(m) in self._absent_from
                                                   and self._absent_from[id(m)].isdisjoint(p.key for p in mm.places))
                         and part(m.start) == part(mm.triggers[0].start)
                         and not _told_of_another(self._absent_in_conjunct.get(id(m)), triggers, mm)
                         and not _told_of_another(self._absent_in_relative.get(id(m)), triggers, mm)
                         and not self._antecedent_of_its_clause(doc, m, mm.triggers[0].start, s_start, s_end)]
            if mm.called_off_after:
                # "X had hoped to meet Y, but the meeting did not take place": X was to meet Y at the meeting called
                # off; no one stayed away from one held
                mm.participants.extend(a for a in mm.absent if all(a.key != p.key for p in mm.participants))
                mm.absent = []
            if away_from_main:
                if mm.triggers[0].start < cause:
                    mm.absent = mm.absent + away_from_main
                else:
                    mm.background = True
            elif told_in_main and mm.triggers[0].start > cause:
                # "Germany was represented by X, as Y stayed in Berlin for budget talks": the talks are the background
                # of Y's absence from the meeting the main clause adds to, not the meeting "the meeting" refers to next
                mm.background = True
            mm.participants = [p for p in mm.participants if all(p.key != a.key for a in mm.absent)]
            mm.participants.extend(p for p in present if all(p.key != q.key for q in mm.participants))
            # "… represented Canberra": the state a capital stands for takes part
            mm.participants.extend(m for m in sent_mentions if m.via == "capital" and all(m.key != q.key for q in mm.participants))
            # "NATO leaders met …", "EU foreign ministers gathered …": the organisation whose people meet takes
            # part (not so the guests of a host: "X hosted the G7 leaders for dinner")
            mm.participants.extend(o for o in self._organisations_of_groups(doc, mm.participants, sent_mentions)
                                   if o.start < mm.triggers[0].start and all(o.key != q.key for q in mm.participants)
                                   and not getattr(self.kb.entities.get(o.key), "meeting_format", False))
            mm.hosts = self._hosts(doc, mm, sent_mentions)
            if mm.hosts and all(t.kind == "noun" for t in mm.triggers) and not any(
                    p.type == "person" and all(p.key != h.key for h in mm.hosts) for p in mm.participants):
                # "Begrüßung mit militärischen Ehren durch Bundespräsident X": a host with no guest named welcomes
                # the guest they received before
                mm.participants.extend(g for h in mm.hosts for g in self._received.get(h.key, ())
                                       if all(g.key != p.key for p in mm.participants))
            # (not one whose office is a chair, leading a group: "Die Abgeordneten unter Leitung des
            # Ausschussvorsitzenden X wollen Y treffen")
            # (named in this sentence: "Gastgeber X empfängt … Zuletzt hatten sich die drei in Paris getroffen" is no
            # host of what "die drei" did elsewhere)
            mm.hosts.extend(p for p in mm.participants if p.role_kind == "host" and all(p.key != h.key for h in mm.hosts)
                            and s_start <= p.start < s_end
                            and not any(self._leads_a_group(doc, k, sent_mentions) for k in range(max(s_start, p.start - 3), p.start)))
            mm.hosts = [h for h in mm.hosts if all(h.key != a.key for a in mm.absent)]
            # a host takes part; a host state only hosts ("Italy is hosting the conference": its people attend,
            # and the state is a party only where the text lists it among the participants)
            mm.participants = [p for p in mm.participants if p.type != "country" or all(p.key != h.key for h in mm.hosts)]
            for h in mm.hosts:
                if h.type != "country" and all(h.key != p.key for p in mm.participants):
                    mm.participants.append(h)
            if mm.virtual and self._persons_linked_in(mm) and not any(doc.lowers[k] in self.r.virtual_nouns for k in range(s_start, s_end)):
                # "X nahm per Video an einer Sitzung des Nato-Ukraine-Rats teil", "X joined a session of the council
                # by video": the link is X's; the session itself is held where its other members are ("nimmt per
                # Videokonferenz an einer Sitzung teil" names the session's own form)
                mm.virtual = False
            if self._discussed(doc, mm.triggers[0], clause) or self._criticised(doc, mm.triggers[0], s_start):
                # "They discussed … preparations for the climate conference in Belém": a meeting talked about,
                # not one the speakers are at; "X kritisierte die Konferenz": one commented on
                mm.participants, mm.hosts = [], []
            elif self._awaited_after_a_possibility(doc, mm, clause) and not any(
                    doc.lowers[j] in self.r.possessives for j in range(max(s_start, mm.triggers[0].start - 3), mm.triggers[0].start)):
                # "X said a deal could be reached before the summit in December": what may be done before it is no
                # word of who will be at it; the noun's own words name its parties ("vor dem Gipfel der Staats- und
                # Regierungschefs"; not "before his summit with Y": his own)
                # ("the leaders' summit": a possessive before the noun is its own word too)
                t0 = mm.triggers[0]
                mm.participants = [p for p in mm.participants if t0.start <= p.start < mm.window[1] or p.end < t0.start
                                   and all(doc.texts[j] in POSSESSIVE_MARKS for j in range(p.end, t0.start))]
                mm.hosts = [h for h in mm.hosts if any(h.key == p.key for p in mm.participants)]
            elif len(mm.triggers) == 1 and mm.triggers[0].kind == "noun" and self._topic_noun(doc, mm.triggers[0], s_start, s_end):
                # "Beide tauschten sich über das geplante Treffen Trumps mit Putin aus": a meeting talked about
                # whose own words name its parties has those, not the ones talking
                # "… über ihre Gespräche in X": their own meeting; "über die Vorbereitung des Nato-Gipfels": one
                # whose parties the talkers are not said to be
                own = [p for p in mm.participants if mm.triggers[0].start <= p.start < mm.window[1]]
                if any(p.type == "person" for p in own) or not self._possessed(doc, mm.triggers[0], s_start):
                    mm.participants = own
                    mm.hosts = [h for h in mm.hosts if any(h.key == p.key for p in own)]
                    # (nor the place where they talk about it: "hat im Bundestag eine Regierungserklärung zum
                    # EU-Gipfel abgegeben" is no summit in the Bundestag)
                    mm.places = [p for p in mm.places if mm.triggers[0].start <= p.start < mm.window[1]]
            elif len(mm.triggers) == 1 and mm.parties_named and not mm.with_partners and not mm.hosts \
                    and not self._verb_in(doc, clause, self.r.participation_verbs, self.r.participation_separable):
                # "called Putin to begin arranging a meeting between Putin and Zelenskyy": a meeting whose parties
                # follow its noun has those, not the one arranging it (one who takes part in it is there too)
                # (by name: "called Putin to begin arranging a meeting between Putin and X" has Putin once)
                theirs = {m.key for m in sent_mentions if m.is_actor and mm.triggers[0].start <= m.start < mm.window[1]}
                if len(theirs) >= 2:
                    mm.participants = [p for p in mm.participants if p.key in theirs]
        if len(out) > 1:
            self._split_participants(doc, out)
            every = [p for o in out for p in o.participants]
            for mm in out:
                kept = self._without_main_objects(doc, mm.triggers[0], triggers, mm.participants, every, s_start, s_end)
                if kept is not mm.participants:
                    # the main verb's objects go back to the main verb's meeting
                    main = next((o for o in out if o is not mm and o.triggers[0].kind != "noun"
                                 and o.triggers[0].start < mm.triggers[0].start), None)
                    if main is not None:
                        main.participants.extend(p for p in mm.participants if all(p is not q for q in kept)
                                                 and all(p.key != q.key for q in main.participants))
                    mm.participants = kept
            self._after_a_plan(doc, out, s_start, s_end)
        for mm in out:
            if planned_away and mm.triggers[0].start > instead:
                # "X sollte eigentlich an den Gesprächen teilnehmen, war aber stattdessen in Brüssel beim Treffen der
                # Nato-Verteidigungsminister": X is absent from the talks and at the meeting in Brussels
                mm.absent = [m for m in mm.absent if all(m.key != a.key for a in planned_away)]
                mm.participants.extend(a for a in planned_away if all(a.key != p.key for p in mm.participants))
        out = self._postponed(doc, out, dates, s_start, s_end)
        one_by_one = doc.sentence_says(s_start, self._one_by_one)
        if self.r.separately and (one_by_one or any(mm.sideline for mm in out) and any(c in sent_text for c in self._separately)):
            out = [x for mm in out for x in self._bilaterals(doc, mm, one_by_one)]
        if one_by_one:
            for mm in out:
                # "Lavrov later met separately with X": a meeting of its own, not the one told before
                mm.apart = not mm.definite
        out = [x for mm in out for x in self._sideline_split(doc, mm, s_start, sent_mentions)]
        out = self._sideline_adjunct_first(doc, out, s_start)
        if s_start in self._items:
            for mm in out:
                self._programme_item(doc, mm, sent_mentions)
        # with a main clause told apart (above), each meeting of the clause after it keeps that clause's actors;
        # the main clause's persons only through a pronoun there ("weil er …")
        pronoun = told_in_main and not self.r.subject_pronouns.isdisjoint(doc.lowers[cause:s_end])

        # (a relative clause's subject is the person it follows, or all those listed with them when its verb is
        # plural: "X und Y, die sich am Rande trafen")
        subjects = self._relative_subjects(doc, cause, s_end, sent_mentions) if relative else set()

        # (the pronoun is the main clause's first person, its subject: in "X ließ sich von Y vertreten, da er
        # zeitgleich in Washington Gespräche führte" X holds the talks, and is not absent from them)
        subject = next((p for p in sorted(sent_mentions, key=lambda p: p.start) if p.type == "person"
                        and s_start <= p.start < cause), None) if pronoun else None

        def own(p: Mention) -> bool:
            return not s_start <= p.start < s_end or p.start >= cause or id(p) in subjects \
                or (pronoun and p.type == "person" and (subject is None or p.key == subject.key))

        for mm in out:
            guests = [p for p in mm.participants if p.type == "person" and all(p.key != h.key for h in mm.hosts)]
            if mm.hosts and guests:  # a guest is someone a host received
                self._guests.append(guests)
                for h in mm.hosts:
                    self._received[h.key] = guests
                    self._received_at[h.key] = s_start
            if told_in_main:
                mm.virtual = any(t.virtual for t in mm.triggers)  # the video link was to the meeting told about
                mm.participants = [p for p in mm.participants if own(p)]
                mm.hosts = [h for h in mm.hosts if own(h)]
                if subject is not None:
                    mm.absent = [a for a in mm.absent if a.key != subject.key]
                    if all(p.key != subject.key for p in mm.participants):
                        mm.participants = [subject] + mm.participants
        out = [x for mm in out for x in self._gapped(doc, mm, triggers, sent_mentions, dates)]
        for t, phrase_start in contrasted if out else ():
            # the meeting the contrast names (told before, as its definite article says) lacks who took part in
            # the one before it
            missing = [p for p in out[0].participants if p.type == "person" and p.start < phrase_start]
            out.append(MeetingMention(s_start, s_end, [t], (t.start, t.end), absent=missing, status=out[0].status,
                                      definite=True))
        return told_in_main + arrived_first + out

    def _contrast_negation_at(self, doc, k: int, s_start: int) -> int | None:
        """Where the phrase of contrast opens that negates the meeting noun at ``k`` ("…, nicht aber an der
        Arbeitssitzung", "attended the dinner but not the working session"), if one does."""
        if not self.r.contrast_negations:
            return None
        # back past the noun's preposition, article and attributes ("an der", "the working") to the phrase
        for j in range(k - 1, max(s_start, k - 6), -1):
            for phrase in self.r.contrast_negations:
                n = len(phrase)
                if j - n + 1 > s_start and tuple(doc.lowers[j - n + 1:j + 1]) == phrase:
                    return j - n + 1
            if not (doc.texts[j].isalpha() and doc.texts[j].islower()):
                return None
        return None

    def _programme_item(self, doc, mm: MeetingMention, sent_mentions: list[Mention]) -> None:
        """An item of a programme told by its noun alone ("- Dienstag, 4. Mai: Treffen der Außenminister
        Zentralasiens", "Weiterreise nach Taschkent, Gespräch mit Präsident X"): the one whose programme it is
        takes part, a destination named in the item is where it is, and it lies ahead from its day on."""
        who = self._protagonist
        if who is not None and self._subjectless_item(doc, mm):
            # "During the visit he: / - met Foreign Minister X / - held a roundtable with …": a bulleted predicate
            # with no subject of its own is the programme owner's (not one the item before named)
            mm.participants = [who] + [p for p in mm.participants if mm.sent_start <= p.start < mm.sent_end
                                       and p.key != who.key]
            return
        if not all(t.kind == "noun" for t in mm.triggers):
            return
        if not self._done_auxiliaries.isdisjoint(doc.lowers[mm.sent_start:mm.sent_end]):
            return  # a live blog's entry: "15.30 Uhr: X hat die Konferenz eröffnet" tells a thing done, no item to come
        mm.item = True
        # (an item under a date and a clock time, "22.09.2027, 10:30 Uhr: Trilaterales Gespräch", is a part of a
        # visit's programme told before, whose people are there already)
        if who is not None and mm.sent_start in self._bulleted and all(who.key != p.key for p in mm.participants + mm.absent):
            mm.participants.append(who)
        if not mm.places:
            mm.places = self._places(doc, (mm.sent_start, mm.sent_end), sent_mentions, travel=True)

    def _subjectless_item(self, doc, mm: MeetingMention) -> bool:
        """Is ``mm``'s sentence a bulleted line that opens with a lower-case word of no article or preposition ("- met
        X at the ministry", "- held a roundtable with …"): a predicate whose subject the line above the list names?"""
        if mm.sent_start not in self._bulleted:
            return False
        k = self._first_word(doc, mm.sent_start) + 1
        while k < mm.sent_end and doc.is_space[k]:
            k += 1
        if k >= mm.sent_end:
            return False
        return doc.texts[k].isalpha() and doc.texts[k].islower() and doc.lowers[k] not in self._function_words

    def _relative_subjects(self, doc, rel: int, s_end: int, sent_mentions: list[Mention]) -> set[int]:
        """The persons (by ``id``) a relative clause opening at ``rel`` is about: the one right before its comma,
        and when its last word is a plural verb (German, verb last: "…, die sich am Rande trafen") the persons
        listed with them ("Minister X und Ministerin Y, die …")."""
        persons = sorted((m for m in sent_mentions if m.type == "person" and m.end <= rel - 1), key=lambda m: m.start)
        if not persons or persons[-1].end != rel - 1:
            return set()
        out = [persons[-1]]
        end = min(doc.clause_bounds(rel, BOUNDARY)[1], s_end)
        while end - 1 > rel and (doc.is_punct[end - 1] or doc.is_space[end - 1]):
            end -= 1  # the sentence's stop
        last = doc.lowers[end - 1] if end - 1 > rel else ""
        plural = last in self.r.plural_finite_verbs or self.lang == "de" and len(last) > 4 and last.isalpha() \
            and last.endswith("en") and last not in self.r.not_plural_verbs
        for m in reversed(persons[:-1]) if plural else ():
            between = range(m.end, out[-1].start)
            if not all(doc.lowers[k] in self.r.coordinators or self.kb.role_of(self.lang, doc.texts[k]) for k in between):
                break
            out.append(m)
        return {id(m) for m in out}

    def _after_a_plan(self, doc, out: list[MeetingMention], s_start: int, s_end: int) -> None:
        """"Am Donnerstag wird X zu Gesprächen in Riga erwartet, bevor er zum Treffen … nach Stockholm weiterreist":
        a meeting of a clause of "bevor" comes after the main clause's event, so after a plan it is planned too,
        whatever the tense of its own clause."""
        for mm in out:
            a = self._clause(doc, mm.triggers[0].start, s_start, s_end)[0]
            if mm.status == "past" and mm.date_mention is None and doc.lowers[a] in self.r.later_conjunctions \
                    and any(o.status == "planned" and o.triggers[0].start < a for o in out):
                mm.status = "planned"

    def _in_person(self, doc, mm: MeetingMention) -> bool:
        """Is ``mm`` a meeting noun said to be in person ("ein persönliches Treffen", "an in-person meeting")?"""
        t = mm.triggers[0]
        if t.kind != "noun" or not self.r.in_person_words or t.start == mm.sent_start:
            return False
        # (from the text itself: the tokenizer splits "in-person" into three tokens)
        before = doc.span_text(max(mm.sent_start, t.start - 4), t.start).lower().split()
        return any(w in before for w in self.r.in_person_words)

    def _own_conjunct(self, doc, t: Trigger, triggers: list[Trigger], window: tuple[int, int]) -> tuple[int, int]:
        """"Sie trifft am Montag in Warschau X und nimmt danach am Ministerrat in Wien teil": two verbs of one
        subject joined by "und" (also "und dann", "and then") tell two events, and each verb's place, day and
        partners are in its own conjunct: the window of ``t`` ends at the conjunction before a later verb of its
        clause and starts after the one before ``t``. One event told by two verbs ("kamen in Brüssel zusammen und
        berieten über …") is joined again by the merge, the second conjunct naming no other place or day."""
        a, b = window
        for o in triggers:
            if o.kind not in _VERBAL or o is t or not a <= o.start < b:
                continue
            if o.start > t.start and (k := self._verb_conjunction(doc, o.start, t.end)) is not None:
                b = min(b, k)
            elif o.start < t.start and (k := self._verb_conjunction(doc, t.start, o.end)) is not None:
                a = max(a, k + 1)
        for v in range(t.end + 1, b):
            # "X met Y in Ankara on Monday and said he was ready to meet Z in Istanbul": what was said after the
            # second verb is no part of the meeting told by the first (nor its place, day or partners)
            if doc.lowers[v - 1] in self.r.verb_conjunctions and not doc.texts[v][:1].isupper() and self._is_speech(doc, v):
                b = v - 1
                break
        return a, b

    def _verb_conjunction(self, doc, verb: int, after: int) -> int | None:
        """The conjunction right before the verb at ``verb`` ("und nimmt", "and then attended"), past ``after``;
        also before the auxiliaries of a journey told as to come ("and is expected to travel to Moscow")."""
        k = verb - 1
        if k > after and doc.lowers[k] in self.r.sequence_words:
            k -= 1
        if k >= after and doc.lowers[k] in self.r.verb_conjunctions:
            return k
        # (past the auxiliaries, day and place of the verb's own conjunct: "and is expected to travel", "und am
        # Dienstag nach Warschau weiterreisen"; not past a name: "X und Y reisen")
        j = k
        while j > after and verb - j <= 6 and doc.texts[j] not in BOUNDARY and doc.lowers[j] not in self.r.verb_conjunctions \
                and (j not in self._in_mention or self._in_mention[j].type not in ("person", "group", "country", "organization")):
            j -= 1
        return j if after <= j < k and doc.lowers[j] in self.r.verb_conjunctions else None

    def _subjectless_clause(self, doc, mm: MeetingMention) -> int | None:
        """The start of ``mm``'s clause when it follows a comma and opens with a finite verb (an auxiliary, a modal or
        a meeting verb) and a word of contrast or sequence ("…, traf aber am Donnerstag X", "…, will aber X
        treffen", "…, reiste dann nach Y"): a second predicate of the subject before, none of its own."""
        a = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)[0]
        if a < mm.sent_start + 2 or a + 1 >= mm.sent_end or doc.texts[a - 1] != "," or not doc.texts[a].islower():
            return None
        second = doc.lowers[a + 1]
        first = doc.lowers[a]
        t = mm.triggers[0]
        if first in self.r.sequence_words and (second in self.r.auxiliaries or second in self.r.planned) \
                and t.kind == "noun" and mm.with_partners and not any(a < m.start < t.start for m in self._persons):
            return a  # "…, anschließend ist ein Gespräch mit X geplant": a talk of the subject before, the next step
        if second not in self.r.contrast_words and second not in self.r.sequence_words:
            return None
        verb = first in self.r.auxiliaries or first in self.r.planned or first in self.r.intention_preterites \
            or a in self._trigger_tokens
        # (or the verb of a phrase that ends in its particle: "…, legte aber am Grabmal einen Kranz nieder")
        verb = verb or t.start > a + 1 and doc.texts[a].isalpha() and doc.lowers[t.start] in self._particle_phrases_by_first \
            and first not in self.r.sequence_words and first not in self.r.contrast_words and first not in self.r.coordinators
        return a if verb else None

    def _subjects(self, doc, mm: MeetingMention, end: int) -> list[Mention]:
        """The subject of the verb of ``mm``, whose words end at ``end``: the persons named before it, a pronoun's
        person, a host ("empfing X den Y, am Mittwoch den Z"), or the first person after it with no article of an
        object before it ("traf Kanzler X in Paris Y")."""
        t = mm.triggers[0]
        # (not the agent of a passive: "wurde von Präsident X empfangen und traf anschließend Y")
        subjects = [p for p in mm.participants if p.type == "person" and (
            not mm.sent_start <= p.start < mm.sent_end or p.start < t.start or any(h.key == p.key for h in mm.hosts))
            and not self._passive_agent(doc, p)]
        if not subjects and self.lang != "en":  # (English puts its subject before the verb: "she met X")
            first = next((p for p in mm.participants if p.type == "person" and t.end <= p.start < end), None)
            # (not a partner: "held talks with X and spoke by phone with Y")
            if first is not None and self.r.object_articles.isdisjoint(doc.lowers[t.end:first.start]) \
                    and self.r.partner_words.isdisjoint(doc.lowers[t.end:first.start]):
                subjects = [first]
        if self.lang == "de" and len(subjects) > 1:
            # "X will am Montag in Peking Y treffen": the object stands before a German verb at the clause's end too;
            # those named before the finite verb that opens the clause's middle are its subject
            a = self._clause(doc, t.start, mm.sent_start, mm.sent_end)[0]
            finite = next((k for k in range(a, t.start) if doc.lowers[k] in self.r.modal_verbs or doc.lowers[k] in self.r.auxiliaries), None)
            before = [p for p in subjects if finite is not None and a <= p.start < finite]
            # (after it, the one with no article of an object: "In Peking will der CDU-Politiker seinen Amtskollegen Y
            # treffen")
            def marked(p: Mention) -> bool:
                k = p.start - 1
                while k > a and doc.texts[k][:1].isupper() and k not in self._in_mention:
                    k -= 1  # (past a role before the name: "seinen Amtskollegen Y")
                return doc.lowers[k] in self.r.object_articles
            unmarked = [p for p in subjects if finite is not None and finite < p.start and not marked(p)]
            subjects = before or (unmarked if len(unmarked) < len(subjects) else []) or subjects
        return subjects

    def _gapped(self, doc, mm: MeetingMention, triggers: list[Trigger], sent_mentions: list[Mention], dates) -> list[MeetingMention]:
        """"Am Vormittag traf er in Warschau X, am Nachmittag in Prag Y": a conjunct after a comma with a day and
        a person of its own (a place too, or the verb's) but no verb repeats the verb: another meeting of the
        verb's subject."""
        t = mm.triggers[0]
        if len(mm.triggers) != 1 or t.kind != "verb":
            return [mm]
        out = [mm]
        k = t.end
        while k < mm.sent_end:
            if doc.texts[k] != ",":
                k += 1
                continue
            a = k + 1
            b = next((j for j in range(a, mm.sent_end) if doc.texts[j] in BOUNDARY), mm.sent_end)
            while b > a and (doc.is_punct[b - 1] or doc.is_space[b - 1]):
                b -= 1  # the sentence's stop
            places = [p for p in self._places(doc, (a, b), sent_mentions) if a <= p.start < b]
            persons = [m for m in mm.participants if m.type == "person" and a <= m.start < b]
            date_mention = self._date(doc, (a, b), dates)
            before = doc.chars(mm.sent_start, a)  # the verb's conjunct must be dated too
            # (nor a clause of its own saying who told it: "…, Kremlin aide X told reporters on Tuesday")
            # (or placed, opening with its town, after a verb's conjunct placed in a town: "In Paris traf sie X, in
            # Brüssel Y")
            dated = date_mention is not None and any(before[0] <= d.start < before[1] for d in dates)
            placed = date_mention is None and bool(places) and places[0].type == "city" and places[0].start == a + 1 \
                and doc.lowers[a] in self.r.town_prepositions and any(p.type == "city" and p.start < a for p in mm.places)
            if not persons or not (dated or placed) or any(a <= o.start < b for o in triggers) \
                    or any(self._is_speech(doc, j) for j in range(a, b)):
                k = b
                continue
            # (not the verb's object: "hatte Wadephul seinen Kollegen X getroffen, in Amman am Mittwoch Y")
            subjects = [m for m in self._subjects(doc, mm, a) if not self._accusative_object(doc, m, mm.sent_start)]
            # (its words are its trigger: the evidence points at the conjunct, the verb it repeats is its kind)
            other = MeetingMention(mm.sent_start, mm.sent_end, [Trigger(a, b, "verb", t.lemma)], (a, b))
            # (no place of its own: where the verb's was, "empfing X im Berlaymont, am Mittwoch Y")
            other.places, other.date_mention, other.status, other.virtual = places or list(mm.places), date_mention, mm.status, mm.virtual
            other.participants = subjects + [p for p in persons if p not in subjects]
            other.hosts = [h for h in mm.hosts if h in subjects]
            mm.participants = [p for p in mm.participants if not a <= p.start < b]
            mm.places = [p for p in mm.places if not a <= p.start < b]
            out.append(other)
            k = b
        return out

    def _postponed(self, doc, out: list[MeetingMention], dates, s_start: int, s_end: int) -> list[MeetingMention]:
        """"Das für kommende Woche geplante Treffen wurde auf April verschoben": the meeting on its first date
        is called off, and the one on the new date (after "auf", "to") is planned, a meeting of its own."""
        if not self.r.postponed or self.r.postponed.isdisjoint(doc.lowers[s_start:s_end]):
            return out
        a_char, b_char = doc.chars(s_start, s_end)
        in_sentence = [d for d in dates if a_char <= d.start < b_char]
        new = next((d for d in in_sentence if self._after_postponed_to(doc, d.start, s_start)), None)
        if new is None:
            return out
        result = []
        k = bisect_left(doc.idx, new.start)
        moved = k >= 2 and doc.lowers[k - 1] in self.r.postponed_to and doc.lowers[k - 2] in self.r.postponed
        if out:
            # (not the day the news was told: "…, teilten die Organisatoren am Dienstag mit")
            in_sentence = [d for d in in_sentence if d is new or not self._in_closing_attribution(doc, d, out[0].triggers[0], s_start)]
        for mm in out:
            result.append(mm)
            if mm.status != "cancelled" and moved and mm.date_mention is not None and mm.date_mention is not new:
                mm.status = "cancelled"  # "The talks, originally planned for Monday, were moved to Thursday"
            if mm.status != "cancelled":
                if mm.date_mention is new:  # what was put off is something else: the new date is not this meeting's
                    mm.date_mention = next((d for d in in_sentence if d is not new), None)
                continue
            if mm.date_mention is new or mm.date_mention is None:
                mm.date_mention = next((d for d in in_sentence if d is not new), None)
            result.append(replace(mm, date_mention=new, status="planned", definite=False, sequel=True, triggers=list(mm.triggers),
                                  participants=list(mm.participants), hosts=list(mm.hosts), absent=list(mm.absent),
                                  places=list(mm.places)))
        return result

    def _after_postponed_to(self, doc, char: int, s_start: int) -> bool:
        """Does the date at character ``char`` follow a preposition of a new date ("auf April", "to May 3"),
        with at most an article between ("auf den 3. Mai")?"""
        k = bisect_left(doc.idx, char)
        for j in range(k - 1, max(s_start, k - 3) - 1, -1):
            if doc.lowers[j] in self.r.postponed_to:
                return True
            if doc.lowers[j] in self.r.postponed_right_to and j > s_start and doc.lowers[j - 1] in self.r.postponed:
                return True  # "rescheduled for 10 July" (not "planned for Monday, were postponed")
            if doc.lowers[j] not in self.r.determiners:
                return False
        return False

    def _bilaterals(self, doc, mm: MeetingMention, one_by_one: bool = False) -> list[MeetingMention]:
        """"On the margins, X held talks with A and B, among others", "Nacheinander sprach er mit A, B und C":
        one meeting per partner, each with X."""
        if not mm.sideline and not one_by_one:
            return [mm]
        t = mm.triggers[0].start
        subjects = [p for p in mm.participants if p.type == "person" and p.start < t]
        partners = [p for p in mm.participants if p.type == "person" and p.start > t]
        if not subjects and self.lang == "de" and partners:
            subjects, partners = partners[:1], partners[1:]  # "Am Rande traf X jeweils Y und Z": the subject after the verb
        hosts = [h for h in mm.hosts if h.type == "person"]
        if len(subjects) > 1 and not partners and len(hosts) == 1 and any(h.key == hosts[0].key for h in subjects):
            # "X hat Y und Z zu getrennten Gesprächen empfangen": the host meets each guest
            subjects, partners = hosts, [p for p in subjects if p.key != hosts[0].key]
        if len(subjects) > 1 and not partners:
            # a participle at the clause's end: "X hat nacheinander mit A, B und C telefoniert" (the partners
            # follow the partner word, the subject stands before it)
            k = next((k for k in range(subjects[0].end, t) if doc.lowers[k] in self.r.partner_words), None)
            if k is not None:
                subjects, partners = [p for p in subjects if p.start < k], [p for p in subjects if p.start > k]
        if len(subjects) == 1 and not partners:
            # "met separately with the leaders of Argentina and Ukraine": the states whose people were met
            partners = [p for p in mm.participants if p.type == "country" and p.start > t]
        if len(subjects) != 1 or len(partners) < 2:
            return [mm]
        out = []
        for partner in partners:
            one = copy(mm)  # lists of its own: later steps extend a mention's lists in place
            one.triggers, one.places = list(mm.triggers), list(mm.places)
            one.participants = [subjects[0], partner]
            one.parted = True
            one.hosts = [h for h in mm.hosts if h.key in (subjects[0].key, partner.key)]
            one.absent = list(mm.absent)
            out.append(one)
        return out

    def _partner_follows(self, doc, k: int, s_end: int, mentions) -> bool:
        """A partner word and an actor right after a meeting noun ("Treffen mit Trump", "talks with X")."""
        if k < s_end and doc.lowers[k] in self.r.partner_words and any(k < m.start <= k + 4 and m.is_actor for m in mentions):
            return True
        return self._gerund_object(doc, k, s_end, mentions)

    def _without_main_objects(self, doc, t: Trigger, triggers: list[Trigger], parts: list[Mention], every: list[Mention],
                              s_start: int, s_end: int) -> list[Mention]:
        """The parties of a meeting noun in a phrase of sequence after the main verb ("Blinken traf Wang Yi vor einem
        Treffen mit Xi", "met Wang Yi before a meeting with Xi"): the main clause's subject and the noun's own
        partners, not the main verb's object, who met the subject at the other meeting."""
        gerund = t.kind != "noun" and self._gerund_after_sequence(doc, t.start)
        if t.kind != "noun" and not gerund:
            return parts  # (a gerund is the verb's noun: "before sitting down with Xi")
        # (past articles, an indefinite one too: "vor einem Treffen mit Xi")
        seq = self._preposition_before(doc, t.start, s_start, self.r.sequence_prepositions)
        if seq is None:
            return parts
        main = next((o for o in triggers if o is not t and o.kind != "noun" and o.start < seq), None)
        if main is None:
            return parts
        end = s_end if gerund else self._sequence_phrase_end(doc, t, s_start, s_end) or s_end
        own = [p for p in parts if seq <= p.start < end]
        if not own:
            return parts
        if t.kind == "noun" and self.r.partner_words.isdisjoint(doc.lowers[seq:end]) and any(
                doc.lowers[j] in self.r.determiners or doc.lowers[j] in self.r.definite_determiners for j in range(seq + 1, t.start)):
            # (a meeting of others, named in the genitive, not one with partners: "hat mit X gesprochen, nach dem
            # Treffen europäischer Regierungschefs in Paris Anfang der Woche")
            return own
        # (the subject from the sentence's meetings: "…, before sitting down with Xi" names no one before it)
        subject = list({id(p): p for p in every if s_start <= p.start < main.start}.values())
        if not subject:  # "Am Freitag traf Blinken Wang Yi vor …": the subject after the verb
            subject = sorted((p for p in every if main.end <= p.start < seq), key=lambda p: p.start)[:1]
        return subject + [p for p in own if p not in subject]

    def _gerund_object(self, doc, k: int, s_end: int, mentions) -> bool:
        """"after meeting Wang Yi", "before meeting President Xi": an actor (its role before it) right after a gerund
        that follows a preposition of sequence is the meeting's partner, as after "a meeting with"."""
        return 1 <= k < s_end and self._gerund_after_sequence(doc, k - 1) and any(
            k <= m.start <= k + 4 and m.is_actor and all(j in self._role_at_token for j in range(k, m.start)) for m in mentions)

    def _gerund_after_sequence(self, doc, k: int) -> bool:
        """Is the word at ``k`` a gerund right after "before"/"after" ("after meeting X", "before sitting down")?"""
        return bool(self.r.gerund_endings) and k > 0 and doc.lowers[k].endswith(self.r.gerund_endings) \
            and doc.lowers[k - 1] in self.r.sequence_prepositions

    def _hosting_another_noun(self, doc, i: int, mm: MeetingMention) -> bool:
        """Is the word at ``i`` a participle of hosting with its agent after it, right after a meeting noun that is
        not one of ``mm``'s and only dates it ("before a dinner hosted by King X")? It tells who hosts that other
        meeting."""
        if i == 0 or i + 1 >= len(doc) or doc.lowers[i + 1] not in self.r.agent_prepositions or doc.lowers[i] == doc.lemmas[i]:
            return False
        noun = self._noun_trigger(doc, i - 1) if i - 1 in self._trigger_tokens else None
        # (a noun that only dates the meeting, after "before"/"after": not the object of its verb, "joined a video
        # conference convened by X")
        return noun is not None and all(t.start != noun.start for t in mm.triggers) \
            and self._sequence_preposition(doc, noun, mm.sent_start) is not None

    def _host_of_a_dating_noun(self, doc, m: Mention, mm: MeetingMention) -> bool:
        """Is ``m`` the agent of hosting a meeting noun that only dates ``mm`` ("will meet Y before a dinner hosted by
        King X")? X hosts that dinner; X is not said to be at ``mm``."""
        return any(doc.lowers[j] in self.r.agent_prepositions and j > 0 and self._hosting_another_noun(doc, j - 1, mm)
                   for j in range(max(mm.sent_start + 1, m.start - 4), m.start))

    def _party_of_a_dating_noun(self, doc, m: Mention, mm: MeetingMention) -> bool:
        """Is ``m`` named right after a meeting noun that only dates ``mm``, as its genitive or partner ("a day before a
        summit of European leaders in Brussels", "einen Tag vor einem Gipfel der europäischen Regierungschefs")? They
        are at that meeting, not said to be at ``mm``."""
        for j in range(m.start - 1, max(mm.sent_start, m.start - 5) - 1, -1):
            if j in self._trigger_tokens:
                noun = self._noun_trigger(doc, j)
                # (the word after the noun opens its genitive or its partners: not a verb after a fronted phrase, "Vor
                # dem Gipfel forderte X …")
                after = doc.lowers[noun.end] if noun is not None and noun.end < m.start else ""
                return noun is not None and all(t.start != noun.start for t in mm.triggers) \
                    and (after in self.r.of_state or after in self.r.genitive_determiners
                         or after in self.r.noun_party_prepositions or after in self.r.partner_words) \
                    and self._sequence_preposition(doc, noun, mm.sent_start) is not None
            # (an adjective between, not a pronoun, an auxiliary or a German noun: "Nach dem Empfang mit militärischen
            # Ehren sprach X", "Nach dem Treffen mit ihm sagte X")
            low = doc.lowers[j]
            if not doc.texts[j].isalpha() or j in self._in_mention or low in self.r.auxiliaries \
                    or low in self.r.subject_pronouns or low in self.r.object_pronouns or low in self.r.plural_object_pronouns \
                    or self.lang == "de" and doc.texts[j][:1].isupper():
                return False
        return False

    def _parties_follow(self, doc, k: int, s_end: int, mentions) -> bool:
        """Two actors joined by "und"/"and" after a preposition of a noun's parties right after a meeting noun
        ("Gipfeltreffen von Trump und Putin", "talks between X and Y")?"""
        if k >= s_end or doc.lowers[k] not in self.r.noun_party_prepositions:
            return False
        actors = [m for m in mentions if m.is_actor and k < m.start <= k + 10 and m.end <= s_end]
        return any(any(doc.lowers[j] in self.r.coordinators for j in range(a.end, b.start)) and self._joined(doc, a, b)
                   for a, b in zip(actors, actors[1:]))

    def _joined(self, doc, a: Mention, b: Mention) -> bool:
        """Do only coordinators, articles and role words stand between ``a`` and ``b`` ("von Trump und Kremlchef
        Putin", "zwischen den USA und dem Iran"), a role's word with one word before it too ("and Ukrainian President
        X", "und dem ukrainischen Präsidenten X")?"""
        return a.end < b.start and all(doc.lowers[j] in self.r.coordinators or doc.lowers[j] in self.r.determiners
                                       or j in self._role_at_token
                                       or doc.texts[j].isalpha() and j + 1 < b.start and j + 1 in self._role_at_token
                                       for j in range(a.end, b.start))

    def _noun_parties(self, doc, k: int, s_end: int, mentions) -> list[Mention]:
        """The actors joined by "und"/"and" after the preposition of a noun's parties at ``k`` ("zwischen den USA und
        dem Iran"): the first, then each one only coordinators, articles and role words part from the one before."""
        if k >= s_end or doc.lowers[k] not in self.r.noun_party_prepositions:
            return []
        actors = [m for m in mentions if m.is_actor and not m.modifier and k < m.start <= k + 10 and m.end <= s_end]
        if not actors or not all(doc.lowers[j] in self.r.determiners for j in range(k + 1, actors[0].start)):
            return []
        out = actors[:1]
        for a, b in zip(actors, actors[1:]):
            if not self._joined(doc, a, b):
                break
            out.append(b)
        return out if len(out) >= 2 else []

    def _parties_in_compound(self, doc, t: Trigger, s_start: int, mentions) -> bool:
        """Do two persons name the meeting noun ``t`` as the first parts of its compound ("Trump-Putin-Gipfel")?"""
        first = self._compound_first(doc, t.start, s_start)
        return first < t.start and sum(1 for m in mentions if m.type == "person" and first <= m.start and m.end < t.start) >= 2

    def _possessor(self, doc, mm: MeetingMention, actors: list[Mention]) -> Mention | None:
        """"a day after his meeting with Trump", "nach seinem Treffen mit X": the person the possessive stands
        for, the first person of the sentence before the noun, else the one the sentence before names."""
        t = mm.triggers[0]
        if t.kind != "noun" or t.start == mm.sent_start or doc.lowers[t.start - 1] not in self.r.possessives:
            return None
        before = [m for m in actors if mm.sent_start <= m.start and m.end <= t.start - 1 and m.type == "person"]
        if before:
            return before[0]
        verb = self._finite_verb_after_a_phrase(doc, mm.sent_start, mm.sent_end)
        if verb is not None and t.start < verb:
            # "Zum Auftakt seines Besuchs legte Präsident X einen Kranz nieder": the subject right after the verb
            after = next((m for m in actors if verb < m.start <= verb + 3 and m.type == "person"
                          and all(j in self._role_at_token for j in range(verb + 1, m.start))), None)
            if after is not None:
                return after
        return self.persons_before(mm.sent_start) if self.persons_before is not None else None

    def _cataphora(self, doc, clause: tuple[int, int], k: int, mm: MeetingMention, actors: list[Mention]) -> Mention | None:
        """The person a subject pronoun in a clause of time or cause that opens the sentence stands for ("Nachdem er
        vor der UN-Vollversammlung gesprochen hatte, ist Minister X mit Y zusammengekommen", "After he addressed
        the assembly, X met Y"): the first person of the main clause after its comma, of the pronoun's gender."""
        first = self._first_word(doc, mm.sent_start)
        if not self.r.cataphora_conjunctions or doc.lowers[first] not in self.r.cataphora_conjunctions \
                or clause[0] != first or clause[1] >= mm.sent_end or doc.texts[clause[1]] != ",":
            return None
        after = sorted((m for m in actors if m.type == "person" and clause[1] < m.start < clause[1] + 6), key=lambda m: m.start)
        fit = self.of_gender(after[:1], doc.lowers[k]) if after and self.of_gender is not None else after[:1]
        return fit[0] if fit else None

    def _pair_of_possessive(self, doc, mm: MeetingMention, actors: list[Mention]) -> list[Mention]:
        """The two persons a possessive of a pair before the meeting noun stands for ("their talks", "Ihr
        Gespräch"), with no partner named after the noun: the last two persons of the sentence before the noun,
        else the two named last before the sentence."""
        t = mm.triggers[0]
        if t.kind != "noun" or t.start == mm.sent_start or doc.lowers[t.start - 1] not in self.r.pair_possessives \
                or mm.with_partners:
            return []
        # (not when one or a group is named before it in its sentence: "Am Samstag setzen die Minister ihre Gespräche
        # fort", "unterrichtete sie … über ihre Gespräche": theirs, hers)
        if not self.r.subject_pronouns.isdisjoint(doc.lowers[mm.sent_start:t.start]):
            return []
        before = [m for m in actors if mm.sent_start <= m.start and m.end < t.start]
        if any(m.type != "person" for m in before):
            return []
        pair = before[-2:] if len(before) >= 2 else [] if before else [
            p for p in (self.two_before(mm.sent_start) if self.two_before is not None else []) if p.type == "person"]
        return pair if len(pair) == 2 and pair[0].key != pair[1].key else []

    def _participation_triggers(self, doc, s_start: int, mentions, triggers: list[Trigger]) -> list[Trigger]:
        """"Teilnahme von Kanzler X am Europäischen Rat", "X's attendance at the European Council": taking part
        in an institution or format names its meeting; the participation noun stands for it (the name is no
        party: see ``_meeting_names``)."""
        out = []
        for m in mentions:
            if m.type != "organization" or m.start - s_start < 2 or any(t.start <= m.start < t.end for t in triggers) \
                    or not getattr(self.kb.entities.get(m.key), "sits", False):
                continue  # ("Teilnahme der Ukraine an der Nato": membership, no meeting)
            k = m.start - 1
            while k > s_start and doc.lowers[k] in self.r.determiners:
                k -= 1
            if doc.lowers[k] not in self.r.participation_prepositions:
                continue
            noun = next((j for j in range(k - 1, max(s_start, k - 8) - 1, -1) if doc.lowers[j] in self.r.participation_nouns), None)
            if noun is not None and all(t.start != noun for t in triggers + out):
                out.append(Trigger(noun, noun + 1, "noun", doc.lowers[noun]))
                self._meeting_names.add(m.start)
        return out

    def _partner_triggers(self, doc, s_start, s_end, mentions, triggers, quote_tokens) -> list[Trigger]:
        """Talking with someone is meeting them: "sprach am Montag mit Macron", "haben miteinander gesprochen",
        "spoke with Macron". Only with a named partner or "miteinander": "sprach mit Nachdruck" is no meeting."""
        out = []
        taken = {k for t in triggers for k in range(t.start, t.end)}
        for i in self._partner_candidates.get(s_start, ()):  # the words of the sentence that are partner verbs
            if i in taken or i in quote_tokens:
                continue
            particles = self._partner_separable.get(doc.lemmas[i])
            if particles and doc.lemmas[i] not in self.r.partner_verbs \
                    and not any(self._particle_ends_clause(doc, i, p) for p in particles):
                continue  # "tauschten sich mit X aus" (the particle ends the clause)
            if doc.lemmas[i] in self.r.reflexive_partner_verbs:
                c0, c1 = doc.clause_bounds(i, BOUNDARY)
                # (through names in apposition: "hatte sich mit seinen Kollegen, X und Y, abgestimmt")
                c0 = min(c0, self._through_appositions(doc, self._clause(doc, i, s_start, s_end), mentions, s_start, s_end)[0])
                if self.r.reflexive_pronouns.isdisjoint(doc.lowers[c0:c1]) or any(
                        c0 <= t.start < c1 and not self._sideline_object(doc, t, s_start) for t in triggers):
                    # "haben sich mit X ausgetauscht", not "wollen 1000 Kriegsgefangene austauschen"; nor the
                    # exchange about a meeting its clause names ("sich über das geplante Treffen … ausgetauscht"),
                    # unless beside it ("Am Rande des Treffens will er sich mit X austauschen")
                    continue
            if doc.texts[i][:1].isupper() and i != s_start:
                continue  # "das Sprechen", "Talk"
            if self.lang == "en" and i > s_start and (doc.lowers[i - 1] in self.r.determiners or self._adjective_after_determiner(doc, i)):
                continue  # "met for a brief talk", "a talk": after a determiner, a noun
            if self._participle_of_a_thing(doc, i, s_start):
                continue  # "über das im Juli unterzeichnete Abkommen", "the agreement signed in July": no one met
            if (i == s_start or doc.texts[i - 1] == ",") and self._speaking_gerund(doc, i):
                # "Speaking after talks with X, Y said": a frame of saying, the talks are the meeting (also after the
                # subject: "President X, speaking after talks with Y in Riga on Monday, said …")
                continue
            if any(self._particle_ends_clause(doc, i, p) for p in self._partner_other_sense.get(doc.lemmas[i], ())):
                continue  # "Beide sprachen sich für einen Abschluss aus": advocated, no talk
            # (through a name in apposition: "hat mit dem Präsidenten Frankreichs, X, telefoniert")
            a, b = self._through_appositions(doc, self._clause(doc, i, s_start, s_end), mentions, s_start, s_end)
            # (not the owner of a thing: "Starmer's office said after the two leaders spoke by phone")
            subjects = {m.key for m in mentions if m.type == "person" and a <= m.start < i and not self._owner_of_a_thing(doc, m)}
            if not subjects and a - 2 > s_start and doc.texts[a - 1] == "," and self._zu_infinitive(doc, i) \
                    and not self.r.reflexive_pronouns.isdisjoint(doc.lowers[a:i]):
                # "X und Y vereinbarten, sich in Brüssel erneut auszutauschen": the subjects of the clause before
                before = self._clause(doc, a - 2, s_start, s_end)
                subjects = {m.key for m in mentions if m.type == "person" and before[0] <= m.start < a - 1}
            if self.lang == "de" and subjects and doc.lowers[a] in self._any_preposition \
                    and not any(doc.texts[k] == "," for k in range(a, i)):
                subjects = set()  # "Im Beisein von Kanzler X unterzeichneten Y und Z …": the verb-second's fronted phrase
            # "The leaders of Britain, France and Germany spoke by phone", "Die Regierungschefs Großbritanniens,
            # Frankreichs und Deutschlands telefonierten": the states' leaders (the commas of the list end no clause)
            # (or the states themselves, on a day or in a place: "Deutschland und Indien haben am Montag in Berlin ein
            # Abkommen unterzeichnet")
            states = [m for m in mentions if m.type == "country" and s_start <= m.start < i]
            if len({m.key for m in states}) >= 2 and not subjects \
                    and (any(m.modifier for m in states) or self._told_when_or_where(doc, a, b, mentions)) \
                    and not any(doc.texts[k] in BOUNDARY - {","} for k in range(s_start, i)):
                subjects = {m.key for m in states}
            if self.lang == "de" and not subjects:
                # "Am Montag sprachen X und Y über …": the subjects after the verb (a verb-second clause), before
                # any partner or topic ("sprach am Montag mit X" is the other reading)
                stop = next((j for j in range(i + 1, b) if doc.lowers[j] in self.r.partner_words
                             or doc.lowers[j] in self.r.topic_prepositions), b)
                after = [m for m in mentions if m.type == "person" and i < m.start < stop]
                if len({m.key for m in after}) >= 2 and any(doc.lowers[k] in self.r.coordinators
                                                            for k in range(after[0].end, after[-1].start)):
                    subjects = {m.key for m in after}
            # "sprachen beide über …", "Die beiden telefonierten am Sonntag" (not "die beiden Länder"); a group of
            # persons, on a day or in a place ("haben Vertreter von Bund und Ländern am Freitag im Kanzleramt einen
            # Pakt unterzeichnet"; not "Die Minister reden seit Jahren über eine Reform")
            both = not subjects and (not self.r.plural_pronouns.isdisjoint(doc.lowers[a:b])
                                     or bool(self._standing_for_persons(doc, self._the_two(doc, (a, b)), mentions))
                                     or any(m.type == "group" and not m.modifier and a <= m.start < b and m.start not in quote_tokens
                                            for m in mentions) and self._told_when_or_where(doc, a, b, mentions))
            if (len(subjects) >= 2 or both) and not self._addressee_after(doc, i, s_end, named=len(subjects) >= 2):
                # "Macron, Merz and Tusk spoke for an hour": several people talking, no one addressed, talk together
                out.append(self._partner_verb_trigger(doc, i))
                continue
            for j in range(a, b):
                low = doc.lowers[j]
                if (low in self.r.partner_words or low in self.r.person_partner_words) and j > i \
                        and j + 1 < b and doc.lowers[j + 1] in self.r.pair_partner_words and (subjects or (
                            # (or the person a relative clause is on: "Berg, who spoke to both leaders")
                            a > s_start + 1 and doc.texts[a - 1] == "," and doc.lowers[a] in self.r.relative_pronouns
                            and any(m.type == "person" and doc.past_bracket(m.end) == a - 1 for m in mentions))):
                    out.append(self._partner_verb_trigger(doc, i))  # "telefonierte mit beiden": the two named last
                    break
                if low in self.r.person_partner_words and j == i + 1 and (any(
                        m.type == "person" and j < m.start <= j + 3 for m in mentions)
                        or self._role_then_name(doc, j + 1, b, mentions)):
                    # "Starmer spoke to Zelensky by phone", "spoke to the President of Finland X": the person spoken
                    # to is the partner
                    out.append(self._partner_verb_trigger(doc, i))
                    break
                if low not in self.r.partner_words or self._with_media(doc, j, s_end):
                    continue  # ("Im Gespräch mit unserer Zeitung spricht X über …": no partner)
                if j < i and any(t.kind == "noun" and t.end == j for t in triggers) \
                        or j > i and (noun := self._noun_trigger(doc, j - 1)) is not None \
                        and self._sequence_preposition(doc, noun, s_start) is not None:
                    # "Nach dem Treffen mit X sprach Y mit Journalisten", "X sprach nach den Beratungen mit den
                    # Regierungschefs von einem Erfolg": the noun's partner, not the verb's
                    continue
                if low in self.r.reciprocal_words or any(j < m.start <= j + 5 and m.is_actor for m in mentions) \
                        or self._role_then_name(doc, j + 1, b, mentions):
                    out.append(self._partner_verb_trigger(doc, i))  # "telefonierte mit X": a call
                    break
        return out

    def _addressee_after(self, doc, i: int, s_end: int, named: bool = False) -> bool:
        """Does a word of address or topic follow the partner verb at ``i``, past adverbs ("sprachen zu
        Journalisten", "sprachen anschließend von einem konstruktiven Treffen")? Several subjects then speak to
        others or of something, no talk of theirs. Persons ``named`` as the subjects talk with each other about a
        topic ("X und Y sprachen über Rohstoffe")."""
        k = i + 1
        while k < min(s_end, i + 4) and doc.texts[k].isalpha() and doc.texts[k].islower() \
                and doc.lowers[k] not in self.r.addressee_words and doc.lowers[k] not in self.r.object_prepositions \
                and doc.lowers[k] not in self.r.reciprocal_words and doc.lowers[k] not in self.r.determiners \
                and doc.lowers[k] not in self.r.plural_pronouns and doc.lowers[k] not in self.r.pair_words:
            k += 1  # ("anschließend", "danach", "erneut"; not "beide": "sprachen beide über die Lage" talked)
        return k < s_end and doc.lowers[k] in self.r.addressee_words and not (named and doc.lowers[k] in self.r.topic_words)

    def _the_two_talked(self, doc, t: Trigger, mm: MeetingMention, s_start: int, s_end: int) -> bool:
        """Is ``mm`` a talk in person of "the two" who opened the sentence, told with no day or place of its own
        ("… met X on the sidelines of the General Assembly on Wednesday. The two leaders spoke for about an hour")?
        It tells the meeting just told, not a new one."""
        if t.kind != "verb" or t.virtual or mm.date_mention is not None or mm.places \
                or t.lemma not in self.r.partner_verbs:
            return False
        # (or "beide" alone: "Beide sprachen nach Angaben eines Sprechers knapp eine Stunde")
        return any(doc.lowers[k] in self.r.pair_words for k in self._the_two(doc, (s_start, min(s_end, s_start + 2)))) \
            or doc.lowers[self._first_word(doc, s_start)] in self.r.plural_pronouns

    def _told_when_or_where(self, doc, a: int, b: int, mentions) -> bool:
        """Does the clause from ``a`` to ``b`` name a day or a place (after a place preposition)?"""
        return self._date(doc, (a, b), self._dates) is not None or any(
            m.type in ("city", "venue", "country", "region") and not m.modifier and a < m.start < b
            and doc.lowers[m.start - 1] in self.r.place_prepositions for m in mentions)

    def _partner_verb_trigger(self, doc, i: int) -> Trigger:
        """The trigger of the partner verb at ``i``, virtual when the verb is one of calling ("telefonierte")."""
        lemma = doc.lemmas[i]
        return Trigger(i, i + 1, "verb", lemma,
                       virtual=lemma in self.r.virtual_partner_verbs or doc.lowers[i] in self.r.virtual_partner_verbs)

    def _role_then_name(self, doc, k: int, b: int, mentions) -> bool:
        """A role at ``k`` (after an article) whose holder is named in apposition a few words on ("mit dem
        Gouverneur der Präfektur Hyogo, Taro Fujimoto,", "mit dem Befehlshaber der litauischen Streitkräfte, X",
        "to the President of Finland X"): the partner is named, only further away."""
        if k < b and doc.lowers[k] in self.r.determiners:
            k += 1
        rs = self._role_at_token.get(k)
        if rs is None or rs.start != k:
            return False
        # (with no comma when the role's state comes between: "the President of Finland X")
        of_state = rs.end < b and doc.lowers[rs.end] in self.r.of_state and any(
            c.type == "country" and c.start > rs.end for c in mentions if c.end <= rs.end + 4)
        return any(m.type == "person" and rs.end < m.start <= rs.end + 6 and (doc.texts[m.start - 1] == "," or (
                       of_state and any(c.type == "country" and c.end == m.start for c in mentions)))
                   and all(doc.texts[j][:1].isupper() or doc.lowers[j] in self.r.determiners or doc.texts[j] == ","
                           or of_state and j == rs.end
                           # (an adjective between an article and its noun: "der litauischen Streitkräfte")
                           or doc.lowers[j - 1] in self.r.determiners and doc.texts[j + 1][:1].isupper()
                           for j in range(rs.end, m.start)) for m in mentions)

    def _collocation(self, doc, t: Trigger, s_start: int, s_end: int) -> bool:
        """Does the verb's clause hold an object it makes a fixed phrase with ("hat eine Entscheidung getroffen",
        "traf Vorkehrungen", "would meet its commitments"), not after "mit" (someone met with)?"""
        a, b = self._clause(doc, t.start, s_start, s_end)
        objects = self.r.collocation_objects
        if self.r.collocation_window:
            # English: the object right after the verb ("would meet its commitments", "met the deadline"), not a
            # word further on ("met X to discuss the targets")
            a, b = t.end, min(b, t.end + self.r.collocation_window)
        return any(doc.lowers[k] in objects and not (k > a and doc.lowers[k - 1] in self.r.partner_words)
                   for k in range(a, b))

    def _thing_object(self, doc, t: Trigger, s_end: int, mentions) -> bool:
        """Is the object right after ``t`` a thing ("welcomed the decision", "welcomed Indonesia's decision",
        "begrüßte die Beschlüsse") rather than someone ("welcomed the prime minister", "welcomed Siregar")? The
        object after the verb only (English, a German main clause)."""
        k = t.end
        while k < s_end and (doc.lowers[k] in self.r.determiners or doc.lowers[k] in self.r.referring_possessives):
            k += 1  # (a possessive too: "welcomed his guests", "welcomed their decision")
        if k >= s_end:
            return False
        if doc.lowers[k] in self.r.gathered_nouns or doc.lowers[k] in self.r.guest_nouns:
            return False  # "welcomed the delegations", "welcomed his guests", "begrüßte seinen Gast": someone
        m = next((m for m in mentions if m.start == k and m.is_actor), None)
        if m is not None:
            # (a state's person is someone: "welcomed Ukraine's President X, France's Y")
            return in_genitive(doc, m) and not any(p.type == "person" and m.end <= p.start <= m.end + 2 for p in mentions)
        word = doc.texts[k]  # a noun after a determiner ("join the exercises"), not "joined by video"
        # (a German noun is capitalised: "begrüßte die Beschlüsse", not "begrüßte die Gäste" nor a name)
        noun = word[:1].isupper() and k not in self._in_mention if self.lang == "de" else word.islower()
        return k > t.end and noun and word.isalpha() and not self.kb.role_of(self.lang, word) \
            and self._noun_trigger(doc, k) is None and word not in self.r.subject_pronouns

    def _day_of_meeting(self, doc, s_start: int, s_end: int) -> tuple[int, str, int | None] | None:
        """"Am ersten Gipfeltag", "am zweiten Konferenztag", "am zweiten Tag ihres Besuchs": (days after its
        first, head noun, the meeting noun of a genitive or None) of the meeting whose day the sentence's event is
        on, or None. "Am zweiten Tag" alone has the head "": the story's lead meeting (see _anchor_meeting)."""
        text = doc.sentence_lowers(s_start)
        if not any(o in text for o in self.r.ordinal_days):
            return None  # (most sentences: one look at the sentence's text)
        for k in range(s_start + 1, s_end):
            days = self.r.ordinal_days.get(doc.lowers[k - 1])
            low = doc.lowers[k]
            if days is not None and low == "tag" and k + 2 < s_end and doc.lowers[k + 1] in self.r.genitive_determiners:
                # (past one adjective: "am zweiten Tag der Münchner Sicherheitskonferenz")
                for j in (k + 2, k + 3):
                    noun = self._noun_trigger(doc, j) if j < s_end else None
                    if noun is not None and noun.kind == "noun":
                        return days, self._head(noun), noun.start
                    if j in self._trigger_tokens or not doc.texts[j].isalpha():
                        break
            if days is not None and low == "tag" and k - 2 == s_start and k + 1 < s_end and doc.texts[k + 1].isalpha() \
                    and doc.texts[k + 1].islower() and doc.lowers[k + 1] not in self.r.place_prepositions \
                    and doc.lowers[k + 1] not in self.r.not_place_prepositions:
                # "Am zweiten Tag reisen beide nach Leipzig": opening the sentence, the verb right after, a day of the
                # story's meeting (not "Am ersten Tag im Amt …", nor "nahm nur am ersten Tag teil": a part of one)
                return days, "", None
            if days is None or not low.endswith("tag") or len(low) <= 3:
                continue
            stem = low[:-3]
            head = self._compound_heads.longest(stem) or (
                stem if stem in self.r.meeting_nouns else None)
            if head is not None:
                return days, head, None
        return None

    def _own_speech(self, doc, s_start: int, s_end: int) -> int | None:
        """Where a noun of one's own speech stands after a possessive ("in seiner Rede", "in her speech") in a
        sentence that names no day of its own and no assembly it was given before (that speech may be another's
        occasion: "In seiner Rede vor dem Landtag am Mittwoch …"), else None."""
        k = next((k for k in range(s_start + 1, s_end) if doc.lowers[k] in self.r.own_speech_nouns
                  and doc.lowers[k - 1] in self.r.possessives), None)
        if k is None or self._date(doc, (s_start, s_end), self._dates) is not None \
                or any(doc.lowers[j] in self.r.address_prepositions for j in range(k + 1, min(s_end, k + 3))):
            return None
        return k

    def _before_the_gathered(self, doc, s_start: int, s_end: int) -> int | None:
        """Where a preposition of address (``address_prepositions``, or ``spoken_to_prepositions`` after a word of
        speaking) stands before those gathered at a meeting, past
        their article, a number and words in lower case ("vor den rund 150 Delegierten", "vor den Teilnehmern"), inside
        the sentence (not opening it: "Vor den Gästen hatte X …" may date); else None."""
        for k in range(s_start + 1, s_end - 1):
            if doc.lowers[k] not in self.r.address_prepositions and not (
                    doc.lowers[k] in self.r.spoken_to_prepositions and self._spoken_in_clause(doc, k, s_start, s_end)):
                continue
            j = k + 1
            while j < min(s_end, k + 5) and (doc.lowers[j] in self.r.determiners or doc.texts[j].isdigit()
                                            or doc.texts[j].islower() and doc.lowers[j] not in self.r.gathered_nouns):
                j += 1
            if j < s_end and (doc.lowers[j] in self.r.gathered_nouns or self._gathered_compound(doc, j) is not None):
                return k
        return None

    def _spoken_in_clause(self, doc, k: int, s_start: int, s_end: int) -> bool:
        """Does the clause of ``k`` hold a word of speaking (``address_words``): "sprach zu den Delegierten", "spoke
        to the delegates" address those gathered; "gehörte zu den Gästen" is no speech (and told otherwise)."""
        a, b = self._clause(doc, k, s_start, s_end)
        return any(doc.lemmas[j] in self.r.address_words or doc.lowers[j] in self.r.address_words for j in range(a, b))

    def _gathered_meeting_head(self, doc, k: int, s_end: int) -> str | None:
        """The kind of meeting those gathered after the preposition of address at ``k`` were at, by their compound or
        a genitive after them ("vor den Konferenzteilnehmern", "vor den Teilnehmern der Konferenz": "konferenz")."""
        for j in range(k + 1, min(s_end, k + 6)):
            if (head := self._gathered_compound(doc, j)) is not None:
                return head
            if doc.lowers[j] in self.r.gathered_nouns:
                if j + 2 < s_end and doc.lowers[j + 1] in self.r.determiners and (t := self._noun_trigger(doc, j + 2)) is not None:
                    return self._head(t)
                return None
        return None

    def _gathered_compound(self, doc, j: int) -> str | None:
        """The meeting noun a German compound of those gathered names first ("Konferenzteilnehmern": "konferenz",
        "Gipfelteilnehmer": "gipfel"), if the word at ``j`` is one; else None."""
        low = doc.lowers[j]
        for g in self.r.gathered_nouns:
            if len(g) >= 8 and low.endswith(g) and len(low) > len(g) + 3:
                head = low[:-len(g)].rstrip("-")
                if head in self.r.meeting_nouns:
                    return head
        return None

    def _addressed(self, doc, t: Trigger, s_start: int, s_end: int) -> bool:
        """Is the meeting noun ``t`` an assembly spoken in front of ("hat am Dienstag vor der UN-Vollversammlung
        gesprochen")? "vor" inside its clause (not opening the sentence), a word of speaking in that clause and no
        partner word: the speaker is at the assembly, which is told, not a date."""
        if not self.r.address_prepositions:
            return False
        k = self._sequence_preposition(doc, t, s_start)
        if k is None or k == s_start or doc.lowers[k] not in self.r.address_prepositions:
            return False
        a, b = self._clause(doc, k, s_start, s_end)
        words = range(a, b)
        return any(doc.lemmas[j] in self.r.address_words or doc.lowers[j] in self.r.address_words for j in words) \
            and not any(doc.lowers[j] in self.r.partner_words for j in words)

    @staticmethod
    def _compound_first(doc, k: int, s_start: int) -> int:
        """The first token of the hyphenated compound that ends with the word at ``k``, as the tokenizer splits it
        ("G7-Gipfel", "Trump-Putin-Gipfel"); ``k`` itself when no part is joined to it."""
        while k - 2 >= s_start and doc.texts[k - 1] in ("-", "‐") and doc.texts[k - 2].isalnum() \
                and doc.idx[k - 1] + 1 == doc.idx[k] and doc.idx[k - 2] + len(doc.texts[k - 2]) == doc.idx[k - 1]:
            k -= 2
        return k

    def _anchored(self, doc, t: Trigger, s_start: int) -> int | str | None:
        """Days from the meeting noun ``t`` when the words before it date something else by it ("the day before
        the conference": -1, "am Tag nach dem Gipfel": +1, "nach dem Trump-Putin-Gipfel"), else None."""
        first = end = self._compound_first(doc, t.start, s_start)
        if (place := self._in_mention.get(first - 1)) is not None and place.end == first and place.start > s_start \
                and place.type in ("venue", "city", "country"):
            end = place.start  # "two days after a heated Oval Office meeting": the place before the noun is its own
        # (as many words before the place as before the noun without one)
        words = [doc.lowers[k] for k in range(max(s_start, t.start - 7 - (first - end)), end)]
        while words and words[-1] in self.r.anchor_fillers:
            words.pop()  # "the", "dem", "fourth": the noun's determiner and ordinal
        if len(words) >= 2 and words[-1].isalpha() and words[-2] in self.r.anchor_fillers:
            words.pop()  # one adjective after the determiner: "before the formal session"
            while words and words[-1] in self.r.anchor_fillers:
                words.pop()
        if words and words[-1] in POSSESSIVE_MARKS:
            # "ahead of next week's summit", "before Thursday's talks": the day's possessive, then the phrase
            words.pop()
            while words and (words[-1] in self.r.time_nouns or words[-1] in self.r.anchor_fillers
                             or words[-1] in self._weekdays or words[-1] in self.r.attributive_plan_words):
                words.pop()
        text = " ".join(words)
        found = next((days for phrase, days in self.r.anchored.items() if text == phrase or text.endswith(" " + phrase)), None)
        if found is None and words and (words[-1] in self.r.indefinite_articles or bool(self.r.gerund_endings)
                                        and words[-1].endswith(self.r.gerund_endings) and words[-1].isalpha()):
            # "einen Tag nach einem Gespräch mit X", "a day after holding talks with X": a day from an event told with
            # its indefinite article or a gerund (not "nach einem Telefonat": what follows a call told in passing is no
            # date of it)
            shorter = " ".join(words[:-1])
            found = next((days for phrase, days in self.r.anchored.items() if days and (
                shorter == phrase or shorter.endswith(" " + phrase))), None)
        if found is None and any(text == phrase or text.endswith(" " + phrase) for phrase in self.r.before_phrases):
            return BEFORE  # "Ahead of the summit, X had breakfast with Y": another meeting, on no stated day
        return found

    def _anchor_phrase_start(self, doc, t: Trigger, floor: int) -> int | None:
        """Where the phrase that makes the meeting noun ``t`` a date of another event begins ("ahead of" in "ahead of
        next week's summit", "am" in "am Tag nach dem Gipfel"), looking back no further than ``floor``."""
        phrases = [tuple(p.split()) for p in (*self.r.before_phrases, *self.r.anchored)]
        for k in range(t.start - 1, max(floor, t.start - 8) - 1, -1):
            if any(tuple(doc.lowers[k:k + len(p)]) == p for p in phrases):
                return k
        return None

    def _remote_from(self, doc, mm: MeetingMention, s_start: int, s_end: int, sent_mentions) -> list[Mention]:
        """The place a phone call was held from ("telefonierten von Kiew aus mit X", "spoke by phone from Kyiv"):
        a city or venue after the preposition of ``remote_from`` in the clause, with its particle right after."""
        if not self.r.remote_from or not all(self._call_trigger(t) for t in mm.triggers):
            return []  # (a call only: one who "joined by video link from Kyiv" joined a meeting held elsewhere)
        prep, particle = self.r.remote_from[0], self.r.remote_from[1:]
        a, b = self._clause(doc, mm.triggers[0].start, s_start, s_end)
        for m in sent_mentions:
            if a < m.start < b and m.type in ("city", "venue") and doc.lowers[m.start - 1] == prep \
                    and (not particle or m.end < b and doc.lowers[m.end] == particle[0]):
                return [m]
        return []

    def _host_room(self, doc, mm: MeetingMention, s_end: int, sent_mentions) -> list[Mention]:
        """A video conference happens where its convener sat: "convened by X, who had Y at his side in the
        chancellery in Berlin" - the place in a relative clause on a participant after the meeting's words."""
        for k in range(mm.triggers[-1].end, s_end - 2):
            if doc.texts[k] == "," and doc.lowers[k + 1] in self.r.relative_pronouns \
                    and any(m.end == k and m.type == "person" for m in sent_mentions):
                return self._places(doc, self._clause(doc, k + 2, k + 1, s_end), sent_mentions)
        return []

    def _after_event_end(self, doc, t: Trigger, triggers: list[Trigger], s_start: int, s_end: int) -> int | None:
        """The end of a meeting noun before ``t`` that a preposition of sequence introduces ("Nach dem Treffen
        mit X am Montag in Warschau reiste Y …", "After the talks in Rome, Z flew …"), or None."""
        for nt in triggers:
            if nt.kind == "noun" and nt.start < t.start:
                if nt.lemma in self.r.stop_nouns and nt.start - 1 > s_start and doc.texts[nt.start - 2] not in BOUNDARY:
                    continue  # ("ist am Dienstag nach Stationen in X in Y eingetroffen": inside the clause, see inner)
                end = self._sequence_phrase_end(doc, nt, s_start, t.start)
                if end is not None:
                    return end
        return None

    def _sequence_phrase_end(self, doc, nt: Trigger, s_start: int, limit: int) -> int | None:
        """Where the phrase of a meeting noun after "nach", "vor", "after", "before" ends: at the clause's verb
        ("Vor dem Treffen mit X hatte Y …"), a meeting word or a clause mark; None if no such preposition."""
        if self._sequence_preposition(doc, nt, s_start) is None:
            return None
        if nt.lemma in self.r.stop_nouns:
            return self._stops_end(doc, nt, limit)
        end = nt.end
        # (nor past a verb of hosting: "Im Anschluss an das Gespräch gab Macron ein Abendessen"; nor past a modal,
        # whose plan is the clause's: "Vor dem Treffen will X mit Y sprechen")
        while end < limit and doc.texts[end] not in BOUNDARY and doc.lowers[end] not in self.r.auxiliaries \
                and doc.lowers[end] not in self.r.modal_verbs \
                and doc.lemmas[end] not in self.r.partner_verbs and (
                    not doc.texts[end][:1].islower() or self._verb_trigger(doc, end, limit) is None
                    and doc.lemmas[end] not in self.r.host_verbs and doc.lowers[end] not in self.r.host_verbs):
            end += 1
        return end

    def _stops_end(self, doc, nt: Trigger, limit: int) -> int:
        """Where the phrase of a journey's stops ends: after its one list of names of places ("nach Stationen in
        Warschau und Riga in Vilnius eingetroffen": not at Vilnius, the verb's place)."""
        end = nt.end
        if end < limit and doc.lowers[end] in self.r.place_prepositions:
            end += 1
        while end < limit and (doc.texts[end][:1].isupper() or doc.texts[end] in ("-", ",")
                               or doc.lowers[end] in self.r.coordinators):
            end += 1
        return end

    def _sequence_preposition(self, doc, nt: Trigger, s_start: int) -> int | None:
        """Where "nach", "vor", "after", "before" (or a phrase of ``sequence_phrases``) stands before the meeting
        noun ``nt`` (past its articles and the first part of a hyphenated compound: "seit dem G7-Gipfel"), or None."""
        first = self._compound_first(doc, nt.start, s_start)
        k = first - 1
        # (English names the body before the noun: "after a European Council meeting", "before the NATO summit")
        reach = 5 if self.lang == "en" else 3
        while k >= s_start and first - k <= reach and doc.lowers[k] not in self.r.sequence_prepositions and (
                doc.lowers[k] in self.r.determiners or doc.lowers[k] in self.r.definite_determiners
                or self.lang == "en" and first - k <= 3 and doc.texts[k][:1].isupper() and doc.texts[k].isalnum()
                or self._genitive_name_at(doc, k)  # (a name in the genitive: "seit Kalnins' Besuch in Berlin")
                # (an adjective after the article: "vor dem geplanten Gipfel", "after the informal meeting")
                or doc.texts[k].isalpha() and doc.texts[k].islower() and k - 1 >= s_start
                and (doc.lowers[k - 1] in self.r.determiners or doc.lowers[k - 1] in self.r.definite_determiners)
                # (a gerund right after it: "arrived late after attending a meeting in Washington")
                or self.lang == "en" and doc.lowers[k].endswith("ing") and doc.texts[k].islower()
                and k - 1 >= s_start and doc.lowers[k - 1] in self.r.sequence_prepositions):
            k -= 1
        if k >= s_start and doc.lowers[k] in self.r.sequence_prepositions:
            return k
        for phrase in self.r.sequence_phrases:  # "im Anschluss an das Gespräch": the phrase's first word
            start = k - len(phrase) + 1
            if start >= s_start and tuple(doc.lowers[start:k + 1]) == phrase:
                return start
        return None

    def _inner_sequence_phrase(self, doc, nt: Trigger, triggers: list[Trigger], s_start: int, s_end: int,
                               mentions) -> tuple[int, int] | None:
        """The phrase of a meeting noun after "nach", "after" … that stands after its clause's verb ("Merz reiste
        nach seinem Treffen mit Tusk in Warschau weiter nach Vilnius"), as (start, end); None if there is none.
        It holds the noun's partners, places and days and ends at the first word that cannot go on a noun
        phrase (an adverb such as "weiter", a verb) or at the preposition of a destination ("nach Vilnius")."""
        k = self._sequence_preposition(doc, nt, s_start) if nt.kind == "noun" else None
        if k is None or k == s_start:
            return None
        clause = self._clause(doc, k, s_start, s_end)
        if nt.lemma in self.r.stop_nouns:
            return k, self._stops_end(doc, nt, clause[1])  # (before or after the verb: "ist … nach Stationen in X in Y eingetroffen")
        if not any(o.kind != "noun" and clause[0] <= o.start < k for o in triggers):
            return None
        covered = {j for m in mentions for j in range(m.start, m.end)}
        end = nt.end
        go_on = self.r.partner_words | self.r.place_prepositions | self.r.determiners | self.r.definite_determiners \
            | self.r.possessives | self.r.coordinators
        while end < clause[1] and doc.texts[end] not in BOUNDARY and doc.lowers[end] not in self.r.destination_prepositions \
                and (end in covered or doc.texts[end][:1].isupper() or doc.texts[end][:1].isdigit()
                     or doc.lowers[end] in go_on or (doc.lowers[end - 1] in self.r.determiners and doc.texts[end].isalpha())):
            end += 1
        return k, end

    def _commas_of_lists(self, doc, ms: MentionSet) -> frozenset[int]:
        """Commas between two states, organisations or places of a list that "und"/"and" closes ("Frankreich,
        Polen und Tschechien"): they join the list's items, they do not end a clause. (Between persons a comma
        may open an apposition; those are handled where the apposition is.)"""
        kinds = ("country", "organization", "city", "person")
        by_start = {m.start: m for m in ms.mentions if m.type in kinds}
        role_ends = {rs.start: rs.end for rs in ms.roles if rs.kind == "person"}
        after_roles = set(role_ends.values())
        modifier_ends = {m.start: m.end for m in ms.mentions if m.modifier}

        def item_at(k: int) -> Mention | None:
            """The item at ``k``, past an article a state's name takes ("Österreich, der Schweiz und Tschechien"),
            or a person's past the office before the name ("Kanzler X, Premier Y und die polnische Präsidentin Z")."""
            found = by_start.get(k)
            if found is None and k + 1 < len(doc) and doc.lowers[k] in self.r.determiners:
                found = by_start.get(k + 1)
                found = found if found is not None and found.type in ("country", "organization") else None
            if found is None or found.modifier:
                # (past an article, an adjective, a state and its possessive: "die polnische Präsidentin Z",
                # "Poland's President Z", "Polish Prime Minister Z"; the office right before the name)
                j = k
                while j < len(doc) and j - k < 6 and (
                        j in role_ends or j in modifier_ends or doc.lowers[j] in self.r.determiners
                        or doc.texts[j] in POSSESSIVE_MARKS or doc.texts[j].isalpha() and doc.texts[j].islower()
                        and doc.lowers[j] not in self.r.coordinators or doc.texts[j].isalpha() and j + 1 in role_ends
                        or j in by_start and by_start[j].type == "country"):
                    j = role_ends.get(j) or modifier_ends.get(j) or (by_start[j].end if j in by_start else j + 1)
                found = by_start.get(j) if j > k and j in after_roles else None
                found = found if found is not None and found.type == "person" else None
            return found

        out = set()
        for m in ms.mentions:
            k = m.end
            if m.type not in kinds or k + 1 >= len(doc) or doc.texts[k] != ",":
                continue
            nxt = item_at(k + 1)
            if nxt is None or (m.type == "person") != (nxt.type == "person"):
                continue
            # the list goes on to its last item, joined by a coordinator
            items = [m, nxt]
            j = nxt.end
            while j + 1 < len(doc) and doc.texts[j] == "," and (n2 := item_at(j + 1)) is not None:
                items.append(n2)
                j = n2.end
            last = item_at(j + 1) if j < len(doc) and doc.lowers[j] in self.r.coordinators else None
            if last is None:
                continue
            if m.type == "person":
                # persons only, each another: "welcome X, Y and Z to Lancaster House" (not a name in apposition
                # to the role that refers to it: "Germany's chancellor, Friedrich Merz, and …")
                items.append(last)
                if any(x.type != "person" for x in items) or len({x.key for x in items}) < len(items):
                    continue
            out.add(k)
        return frozenset(out | self._commas_of_dates(doc) | self._commas_of_adjectives(doc, ms))

    def _commas_of_adjectives(self, doc, ms: MentionSet) -> set[int]:
        """The commas of a list of adjectives that "und"/"and" closes right before a group ("met his French, German
        and Polish counterparts", "seine französischen, deutschen und polnischen Amtskollegen"): they join the
        list, they end no clause (or the verb loses the place and day after the group)."""
        out: set[int] = set()
        starts = {g.start for g in ms.mentions if g.type == "group"} | {rs.start for rs in ms.roles}
        for start in starts:
            k, commas, joined = start - 1, [], False
            while k - 1 >= 0 and doc.texts[k].isalpha() and doc.lowers[k] not in self.r.determiners \
                    and (doc.texts[k - 1] == "," or doc.lowers[k - 1] in self.r.coordinators):
                if doc.texts[k - 1] == ",":
                    commas.append(k - 1)
                else:
                    joined = True
                k -= 2
            if joined and commas and k >= 0 and doc.texts[k].isalpha():
                out.update(commas)
        return out

    def _commas_of_dates(self, doc) -> set[int]:
        """The commas around a date in apposition to its weekday ("empfängt am Mittwoch, den 12. November 2025,
        um 11 Uhr den Premierminister …"): they end no clause, or the verb loses its object and place."""
        weekdays = self._weekdays
        out = set()
        for i in range(len(doc) - 3):
            if doc.lowers[i] not in weekdays or doc.texts[i + 1] != ",":
                continue
            j = i + 2
            if doc.lowers[j] in self.r.determiners:
                j += 1  # "den", "dem"
            if not doc.texts[j][:1].isdigit() and doc.lowers[j] not in self._month_names:
                continue  # "den 12. November 2025", "November 12"
            k = j
            while k < len(doc) and k - j < 6 and (doc.texts[k][:1].isdigit() or doc.texts[k] == "."
                                                  or doc.lowers[k] in self._month_names):
                k += 1
            out.add(i + 1)
            if k < len(doc) and doc.texts[k] == ",":
                out.add(k)
        return out

    def _verb_between(self, doc, a: int, b: int) -> bool:
        """A lower-case word between ``a`` and ``b`` that is a meeting or travel verb (the clause's verb: "Auf
        Einladung des Präsidenten reiste X": who comes after it is no genitive of the invitation)."""
        return any(doc.texts[k][:1].islower() and self._verb_trigger(doc, k, b) is not None for k in range(a + 1, b))

    def _with_media(self, doc, k: int, s_end: int) -> bool:
        """Does a partner phrase at ``k`` name the press ("mit unserer Zeitung", "mit der Deutschen
        Presse-Agentur", "with reporters")? The talk is then an interview."""
        if k >= s_end or doc.lowers[k] not in self.r.partner_words:
            return False
        # (past the quotation marks of a paper's name: "im Gespräch mit der „Süddeutschen Zeitung“")
        for j in range(k + 1, min(s_end, k + 6)):
            low = doc.lowers[j]
            if low in self.r.media_words or (self.lang == "de" and low.endswith(self.r.media_words) and len(low) > 7):
                return True
            if doc.texts[j] in BOUNDARY and doc.texts[j] not in QUOTE_MARKS:
                return False
        return False

    def _unnamed_person_sentences(self, doc, ms: MentionSet) -> list[int]:
        """The starts of sentences that speak of one person by role alone and name no one ("Der Kanzler reist
        am Freitag nach Rom."): a pronoun after them stands for that person, not for one named earlier."""
        named = {doc.sent_start(m.start) for m in ms.mentions if m.type == "person"}
        covered = {k for m in ms.mentions if m.type == "person" for k in range(m.start, m.end)}
        out = set()
        for rs in ms.roles:
            if rs.kind not in ("person", "host", "title") or rs.attached or rs.start == 0 or rs.start in covered:
                continue
            prev, last = doc.lowers[rs.start - 1], doc.lowers[rs.end - 1]
            if prev not in self.r.definite_determiners:
                continue
            # "die Minister", "the ministers" are several; "die Ministerin", "der Kanzler" one
            plural = last.endswith("s") if self.lang == "en" else (prev in self.r.plural_determiners and not last.endswith("in"))
            sent = doc.sent_start(rs.start)
            if not plural and sent not in named:
                out.add(sent)
        return sorted(out)

    def _through_appositions(self, doc, window: tuple[int, int], mentions, s_start: int, s_end: int) -> tuple[int, int]:
        """A name set off by commas ("empfängt den Ministerpräsidenten der Niederlande, Joost van Dijk, mit
        militärischen Ehren im Bundeskanzleramt") does not end the verb's clause: the words after it belong to it."""
        a, b = window
        if not (b + 1 < s_end and doc.texts[b] == ",") and not (a - 1 > s_start and doc.texts[a - 1] == ","):
            return window  # (no comma at either end: most clauses)
        starts = {m.start: m for m in mentions if m.type == "person"}
        # and a city named after the description of it: "in the Ukrainian capital, Kyiv, on Monday"
        place_ends = {m.end for m in mentions if m.type == "city"}
        # and the region or state of a city after it: "talks in Charlevoix, Quebec, on Friday"
        starts.update((m.start, m) for m in mentions if m.type in ("city", "region", "country") and m.start - 1 in place_ends)
        def named_after(k: int) -> Mention | None:
            # the name right after the comma, or after a role written with its state before it ("US-General X"),
            # or a conjunct set off by commas ("met X, as well as Y, in Oslo", "traf X, sowie Y, in Oslo")
            n = next((n for n in (3, 2, 1) if k + n < s_end and " ".join(doc.lowers[k:k + n]) in self.r.coordinators
                      and doc.texts[k + n - 1].isalpha()), 0)
            k += n
            for j in range(k, min(k + 4, s_end)):
                if j in starts:
                    return starts[j]
                if not (doc.texts[j][:1].isupper() or doc.texts[j] == "-"):
                    return None
            return None

        while b + 1 < s_end and doc.texts[b] == "," and (m := named_after(b + 1)) is not None \
                and m.end < s_end and doc.texts[m.end] == ",":
            b = self._clause(doc, m.end + 1, s_start, s_end)[1]
        # a state or province the knowledge base lacks, after a town: "talks in Charlevoix, Quebec, on Friday"
        while b + 2 < s_end and doc.texts[b] == "," and b in place_ends and doc.texts[b + 1][:1].isupper() \
                and doc.texts[b + 1].isalpha() and b + 1 not in self._in_mention and (
                    doc.texts[b + 2] == "," or doc.texts[b + 2][:1].isupper() and doc.texts[b + 2].isalpha()
                    and b + 3 < s_end and doc.texts[b + 3] == ","):
            end = b + 2 if doc.texts[b + 2] == "," else b + 3
            b = self._clause(doc, end + 1, s_start, s_end)[1]
        # and back: "hat im Schloss Bellevue den Präsidenten Finnlands, Mikael Aho, empfangen"
        # (of several names too: "hatte sich mit seinen Kollegen aus Frankreich und Polen, X und Y, abgestimmt")
        ends = {m.end: m for m in mentions if m.type == "person"}
        while a - 1 > s_start and doc.texts[a - 1] == "," and (m := ends.get(a - 1)) is not None:
            while m.start - 1 > s_start and doc.lowers[m.start - 1] in self.r.coordinators and m.start - 1 in ends:
                m = ends[m.start - 1]
            if not (m.start - 1 > s_start and doc.texts[m.start - 1] == ","):
                break
            a = self._clause(doc, m.start - 2, s_start, s_end)[0]
        return a, b

    def _expected_at(self, doc, s_start, s_end, mentions, quote_tokens) -> list[Trigger]:
        """"X is expected in Moscow later this week", "X wird in Cernobbio erwartet": being expected at a place
        is a journey there (planned), not taking part in the meeting told before."""
        for k in range(s_start, s_end):
            if doc.lowers[k] in self.r.expected_words and k not in quote_tokens:
                clause = self._clause(doc, k, s_start, s_end)
                if self._places(doc, clause, mentions, travel=True):
                    return [Trigger(k, k + 1, "travel", doc.lowers[k])]
        return []

    def _in_setting(self, doc, start: int, s_start: int) -> bool:
        """Is the meeting noun inside a prepositional phrase ("In einem Telefonat mit X forderte Y …", "in talks
        with X, Y urged …")? It is then the setting of the clause's verb, not its object: what Y demanded was
        something else, and the talks were held."""
        if self._preposition_before(doc, start, s_start, self.r.setting_prepositions) is not None:
            return True
        # (over a name that modifies the noun: "agree to boost support at London summit", "at the NATO summit")
        named = self._in_mention.get(start - 1)
        return named is not None and named.type in ("city", "country", "organization") \
            and self._preposition_before(doc, named.start, s_start, self.r.setting_prepositions) is not None

    def _preposition_before(self, doc, start: int, floor: int, prepositions: frozenset[str]) -> int | None:
        """The preposition of ``prepositions`` that governs the word at ``start``, over at most three articles or
        lower-case attributes before it ("im sogenannten Ramstein-Format", "days after a fractious meeting"), not
        before ``floor``; None when none does."""
        k = start - 1
        if k - 1 > floor and doc.texts[k] in ("-", "‐") and doc.idx[k] == doc.idx[k - 1] + len(doc.texts[k - 1]) \
                and doc.idx[k] + 1 == doc.idx[k + 1]:
            k -= 2  # "zum G7-Gipfel", "beim Nato-Gipfel": past the compound's first part
            start -= 2
        marks = 0  # (a plural's possessive mark is no word: "for the annual leaders' meeting")
        while k >= floor and start - k - marks <= 4 and doc.lowers[k] not in prepositions and (
                doc.lowers[k] in self.r.determiners or doc.lowers[k] in self.r.indefinite_articles
                or (not doc.texts[k][:1].isupper() and doc.texts[k].isalpha())
                or doc.texts[k] in ("-", "‐") and k > floor and doc.texts[k - 1].islower()  # "beim deutsch-französischen Gipfel"
                or self._genitive_name_at(doc, k)  # "seit Kalnins' Besuch"
                or self.lang == "en" and doc.texts[k] in POSSESSIVE_MARKS and k > floor and doc.texts[k - 1].islower()):
            marks += self.lang == "en" and doc.texts[k] in POSSESSIVE_MARKS
            k -= 1
        return k if k >= floor and doc.lowers[k] in prepositions else None

    def _genitive_name_at(self, doc, k: int) -> bool:
        """Is the word at ``k`` part of a name in the genitive before a German noun, or its apostrophe ("seit Kalnins'
        Besuch", "nach Macrons Besuch")? English names stand there in other ways, as the rules say."""
        return self.lang != "en" and (k in self._in_mention and doc.texts[k][:1].isupper()
                                      or doc.texts[k] in POSSESSIVE_MARKS and k - 1 in self._in_mention)

    @staticmethod
    def _verb_phrase(doc, t: Trigger) -> bool:
        """Is the noun trigger ``t`` a phrase of a verb around a capitalised noun ("zu Abend gegessen")? Its date
        stands before its subject, as a verb's does ("Am Donnerstagabend hatten X und Y zu Abend gegessen")."""
        return doc.texts[t.start][:1].islower() and any(doc.texts[k][:1].isupper() for k in range(t.start + 1, t.end))

    def _introduced(self, doc, start: int, s_start: int) -> bool:
        """Is the meeting noun introduced by an indefinite article ("ein Staatsbankett", "a state banquet"), or,
        with no article, by a preposition of purpose ("zu Gesprächen erwartet", "for talks")?"""
        k = start - 1
        if k >= s_start and doc.lowers[k] in self.r.purpose_prepositions:
            return True
        while k >= s_start and start - k <= 4:
            low = doc.lowers[k]
            if low in self.r.indefinite_articles:
                return True
            if low in self.r.determiners or low in self.r.definite_determiners or doc.texts[k] in BOUNDARY \
                    or doc.texts[k][:1].isupper():
                return False  # (also "ein solches Treffen": one of the kind told)
            k -= 1
        return False

    def _definite_np(self, doc, start: int, s_start: int) -> bool:
        """Is the meeting noun introduced by a definite determiner ("nach dem etwa 40-minütigen Gespräch")?"""
        k = start - 1
        while k >= s_start and start - k <= 6:
            low = doc.lowers[k]
            if low in self.r.definite_determiners or low in self.r.referring_possessives:
                return True  # ("during their meeting": the one just told)
            if low in self.r.determiners:  # ein, eine, seinem: indefinite or possessive
                return False
            if low in self.r.auxiliaries or k in self._trigger_tokens and self._noun_trigger(doc, k) is None:
                return False  # "the Secretary-General had held talks": an article before a verb is the subject's
            named = self._in_mention.get(k)
            if named is not None and named.genitive and named.type == "person":
                return True  # "bei Modis Treffen mit Putin": a name in the genitive determines it
            if doc.texts[k] in ("'s", "’s") and k > s_start and (owner := self._in_mention.get(k - 1)) is not None \
                    and owner.type == "person":
                return True  # "Starmer's visit had been kept secret": as the German genitive does
            if doc.is_punct[k] and doc.texts[k] not in ("-", "–") or (doc.texts[k][:1].isupper() and self.lang == "de" and k != s_start):
                return False
            k -= 1
        return False

    def _apposed_to_clause(self, doc, mm: MeetingMention) -> bool:
        """Is the meeting noun the head of a phrase in apposition to the clause before it, opened after a comma by a
        possessive or by "the first" ("…, their first meeting in China in seven years", "…, das erste Treffen der
        beiden seit 2019"), with no other meeting word up to the sentence's end?"""
        t = mm.triggers[0]
        if t.kind != "noun" or len(mm.triggers) > 1:
            return False
        k = next((j for j in range(t.start - 1, max(mm.sent_start, t.start - 4) - 1, -1) if doc.texts[j] == ","), None)
        if k is None or k + 1 >= t.start:
            return False
        opener, words = doc.lowers[k + 1], doc.lowers[k + 1:t.start]
        if opener in self.r.indefinite_articles and self._relative_after(doc, t, mm.sent_end) is not None:
            return True  # ("…, a meeting that came days after the summit in Alaska": the summit is another)
        if not (opener in self.r.apposition_possessives
                or opener in self.r.definite_determiners and not self.r.first_of_kind.isdisjoint(words)):
            return False
        return not any(j in self._trigger_tokens for j in range(t.end, mm.sent_end))

    def _relative_after(self, doc, t: Trigger, s_end: int) -> int | None:
        """Where the relative clause right after the meeting noun ``t`` opens (``apposition_relatives``, past a comma:
        "a meeting that came …", "ein Treffen, das …"), or None."""
        k = t.end + 1 if t.end < s_end and doc.texts[t.end] == "," else t.end
        return k if k < s_end and doc.lowers[k] in self.r.apposition_relatives else None

    def _relative_asides(self, doc, s_start: int, s_end: int, mentions) -> list[tuple[int, int]]:
        """The relative clauses on a person's name inside the sentence, between commas ("Selenskyj, der am Vortag
        … aneinandergeraten war, wurde …"): from the pronoun to the comma that closes the clause."""
        ends = {self._past_name_tail(doc, doc.past_bracket(m.end), mentions) for m in mentions if m.type == "person"}  # (past "(SPD)")
        out = []
        for k in range(s_start + 2, s_end - 1):
            if doc.texts[k - 1] == "," and k - 1 in ends and doc.lowers[k] in self.r.relative_pronouns \
                    and doc.lowers[k] not in self.r.thing_relative_pronouns:
                end = next((j for j in range(k + 1, s_end) if doc.texts[j] == ","), None)
                if end is not None:
                    out.append((k, end))
        return out

    def _past_name_tail(self, doc, k: int, mentions) -> int:
        """The end of a name past a regnal number and the state it is of ("King Felipe VI of Spain", "President X of
        Turkey"), from ``k``, the end of the name's mention."""
        if k < len(doc) and doc.texts[k].isalpha() and doc.texts[k].isupper() and set(doc.texts[k]) <= set("IVXL"):
            k += 1
        if k + 1 < len(doc) and doc.lowers[k] in self.r.of_state:
            state = next((m for m in mentions if m.start == k + 1 and m.type == "country"), None)
            if state is not None:
                k = state.end
        return k

    def _bare_noun(self, doc, t: Trigger) -> bool:
        """Is the meeting noun without an article or possessive, only lower-case words before it ("Vorgesehen sind
        zudem Gespräche mit X", "held talks with X")? A bare plural is an indefinite one: new talks, not those of
        the meeting told."""
        if t.kind != "noun":
            return False
        s_start = doc.sent_start(t.start)
        k = t.start - 1
        if k - 1 > s_start and doc.texts[k] in ("-", "–"):
            k -= 2  # "in der Vierer-Runde": past the compound's first part
        while k >= s_start and t.start - k <= 5 and doc.lowers[k] not in self.r.determiners \
                and doc.lowers[k] not in self.r.definite_determiners and (doc.texts[k].islower() or doc.texts[k] in ("-", "–")):
            k -= 1
        return not (k >= s_start and (doc.lowers[k] in self.r.determiners or doc.lowers[k] in self.r.definite_determiners))

    def _story_talks(self, doc, t: Trigger, s_start: int) -> bool:
        """Are these talks told without an article after "nach", adjectives or a span of time between ("Nach
        stundenlangen Verhandlungen verkündete X die Einigung", "Nach mehr als zwölf Stunden Verhandlungen …")? They
        are the talks of the meeting told, as "nach den Verhandlungen" would be."""
        if self._head(t) not in self.r.story_talk_nouns:
            return False
        k = t.start - 1
        while k > s_start and t.start - k <= 5 and (
                doc.texts[k].isalpha() and doc.texts[k].islower() or doc.texts[k].isdigit()
                or doc.lowers[k] in self.r.background_units) \
                and doc.lowers[k] not in self.r.story_talk_prepositions and doc.lowers[k] not in self.r.determiners:
            k -= 1
        return k >= s_start and doc.lowers[k] in self.r.story_talk_prepositions

    def _topic_noun(self, doc, t: Trigger, s_start: int, s_end: int) -> bool:
        """A meeting noun that is the topic of its clause: after a preposition of topic ("about the peace
        talks", "über den Gipfel") with only articles and modifiers between, or the object of a verb of
        discussing."""
        if t.kind != "noun":
            return False
        k = self._topic_preposition(doc, t, s_start)
        if k is not None:
            # "discussed Ukraine over lunch": a meal after its own preposition is where they talked
            return not (doc.lowers[k] in self.r.meal_prepositions and self._meal_trigger(t))
        # "die Vorbereitung des nächsten NATO-Gipfels", "preparations for the summit": what is worked on
        j = t.start - 1
        while j >= s_start and t.start - j <= 5 and (doc.texts[j].isalpha() or doc.texts[j] in ("-", "‐")):
            if doc.lowers[j] in self.r.topic_nouns:
                return True
            j -= 1
        return self._discussed(doc, t, self._clause(doc, t.start, s_start, s_end))

    def _participle_of_a_thing(self, doc, i: int, s_start: int) -> bool:
        """Is the partner verb at ``i`` a participle that qualifies a thing ("das im Juli unterzeichnete Abkommen",
        "the trade agreement signed in July")? It tells that the thing was signed, not who met to sign it. German: an
        inflected participle after an article and lower-case words, before a noun that names no one; English: a
        participle in -ed right after a noun that follows an article, with no object of its own."""
        low, n = doc.lowers[i], len(doc)
        if self.lang == "en":
            if not low.endswith("ed") or i - 2 < s_start or i - 1 in self._in_mention \
                    or not (doc.texts[i - 1].isalpha() and doc.texts[i - 1].islower()) or doc.lowers[i - 1] in self.r.auxiliaries:
                return False
            return any(doc.lowers[k] in self.r.determiners for k in range(max(s_start, i - 4), i - 1)) \
                and (i + 1 >= n or doc.lowers[i + 1] not in self.r.determiners and i + 1 not in self._in_mention)
        endings = self.r.attribute_participle_endings
        if not endings or not low.endswith(endings) or i + 1 >= n or not doc.texts[i + 1][:1].isupper() \
                or i + 1 in self._in_mention:
            return False
        for k in range(i - 1, max(s_start, i - 5) - 1, -1):
            if doc.lowers[k] in self.r.attribute_articles:
                return k + 1 < i and doc.texts[k + 1].islower()
        return False

    def _visit_of_those_met(self, meetings: list[Meeting], last_seen: dict[int, int], j: int) -> bool:
        """Is meeting ``j`` told only as a visit (``besuchten``) by persons who all met at a meeting told before it
        ("X empfing Y. Anschließend besuchten beide ein Unternehmen")? A noun of meeting someone after it speaks of
        that meeting, not of the visit of a place."""
        m = meetings[j]
        persons = {p.key for p in m.participants if p.type == "person"}
        return bool(persons) and all(t.kind == "verb" and t.lemma in self.r.visit_verbs for x in m.mentions for t in x.triggers) \
            and any(last_seen[i] < last_seen[j] and len(meetings[i].participants) > 1
                    and persons <= {p.key for p in meetings[i].participants} for i in last_seen if i != j)

    def _conjunction_of_sequence(self, doc, k: int, s_end: int) -> bool:
        """Is the flashback word at ``k`` a conjunction or preposition of what came next ("held talks before
        addressing reporters", "before the summit"), not an adverb of an earlier time ("Before that, …", "had met
        before")? English "before" is both; the rules list the words an adverb is followed by."""
        if doc.lowers[k] not in self.r.sequence_prepositions or not self.r.flashback_followers:
            return False
        return k + 1 < s_end and doc.lowers[k + 1] not in self.r.flashback_followers and not doc.is_punct[k + 1]

    def _fronted_at(self, doc, start: int, end: int) -> bool:
        """Does the phrase of sequence that ends at ``end`` open its clause, its preposition the clause's first word
        or second ("Vor dem Gipfel …", "Doch vor dem Gipfel …")?"""
        k = next((k for k in range(start, end) if doc.lowers[k] in self.r.sequence_prepositions
                  or doc.lowers[k] in self.r.after_prepositions), None)
        # (or after the span that opens it: "Zwei Tage vor dem Gipfel …", "Two days before the summit …")
        return k is not None and (k <= start + 1 or " ".join(doc.lowers[start:k + 1]) in self.r.anchored)

    def _leads_a_group(self, doc, i: int, actors: list[Mention]) -> bool:
        """Is the word at ``i`` a chair noun after a group and a preposition of leading ("Die sechs Abgeordneten
        unter Leitung von X")? Then the one named leads the group, not the meeting."""
        if doc.lowers[i] not in self.r.chair_nouns:
            return False
        k = i - 1
        while k > 0 and doc.lowers[k] in self._host_noun_determiners:
            k -= 1
        # (after a group named, or the guests: "Die Gäste unter Leitung der Senatspräsidentin X")
        return k > 0 and doc.lowers[k] in self.r.lead_prepositions and (
            any(m.type == "group" and m.end == k for m in actors) or doc.lowers[k - 1] in self.r.gathered_nouns)

    def _topic_preposition(self, doc, t: Trigger, s_start: int) -> int | None:
        """Where the preposition of topic before the meeting noun ``t`` stands ("über den Gipfel", "about the peace
        talks"), with only articles and modifiers between; None if there is none."""
        k = t.start - 1
        # not past "of": "on the sidelines of the summit" is where, not what about; nor past "after": "on
        # Tuesday after his meeting with X" tells when
        # nor past a preposition of place: "clashed over migration at a summit" tells where they clashed
        # nor past a conjunction or a verb of meeting: "arrived on Tuesday and attended a dinner" attended it
        while k >= s_start and t.start - k <= 4 and doc.lowers[k] not in self.r.topic_prepositions and (
                doc.lowers[k] in self.r.determiners or doc.texts[k].isalpha()) and doc.lowers[k] not in self.r.of_state \
                and doc.lowers[k] not in self.r.sequence_prepositions and doc.lowers[k] not in self.r.meeting_prepositions \
                and doc.lowers[k] not in self.r.coordinators \
                and doc.lowers[k] not in self.r.purpose_prepositions and doc.lowers[k] not in self._calendar_words \
                and not (k in self._trigger_tokens and doc.lowers[k] not in self.r.determiners):
            # (nor past a day or a preposition of purpose: "arrived in China on Sunday for a summit" is what for)
            k -= 1
        if k >= s_start and doc.lowers[k] in self.r.journey_prepositions and self._head(t) in self.r.visit_nouns:
            return None  # "who is on a visit to Paris": on the journey, not about it
        if k > s_start and (doc.lemmas[k - 1], doc.lowers[k]) in self.r.meeting_separable:
            return None  # "presided over a conference": the particle of a verb of meeting, no topic
        return k if k >= s_start and doc.lowers[k] in self.r.topic_prepositions else None

    def _topic_phrase(self, doc, tp: Trigger, s_start: int, s_end: int, triggers: list[Trigger]) -> tuple[int, int] | None:
        """The phrase of a meeting talked about, from its preposition of topic to the end of its clause or the next
        meeting word ("über das geplante Treffen von X mit Y in Alaska | gesprochen"): the persons in it are that
        meeting's, not the talk's. None for a topic told otherwise (the object of a verb of discussing)."""
        k = self._topic_preposition(doc, tp, s_start)
        # (not one whose preposition is of a day: "on Thursday for a summit" tells when, and what for)
        if k is None or any(doc.lowers[j] in self.r.object_prepositions or doc.lowers[j] in self._calendar_words
                            for j in range(k + 1, tp.start)):
            return None
        end = self._clause(doc, tp.start, s_start, s_end)[1]
        end = min([t.start for t in triggers if tp.end <= t.start < end] + [end])
        return k, end

    def _conditional(self, doc, clause: tuple[int, int], s_start: int) -> bool:
        """Is ``clause`` a condition ("Falls es zu einem Treffen kommt", "Sollte es zu einem Gipfel kommen", "if
        a summit takes place")? What it supposes tells no meeting. A modal opens one only first in its sentence or
        after a comma (verb first; not "Das Treffen sollte am Montag stattfinden")."""
        a = clause[0]
        while a < clause[1] and not doc.texts[a].isalpha():
            a += 1
        if a >= clause[1]:
            return False
        word = doc.lowers[a]
        if word in self.r.condition_openers:
            return True
        return word in self.r.condition_modals and (a == s_start or doc.texts[a - 1] in (",", ";", "–", "—")) \
            and a + 1 < clause[1] and not doc.texts[a + 1][:1].isupper()

    def _asked_whether(self, doc, k: int, s_start: int) -> bool:
        """Is token ``k`` in a clause of whether, in a sentence that says the answer is not known ("Ob er auch an
        den Beratungen teilnimmt, ist offen", "It is unclear whether she will attend the summit", "X has not said
        whether he will travel")? An open question tells no meeting of anyone, and no absence."""
        if not self.r.whether_words:
            return False
        asks = self._whether_sents.get(s_start)
        if asks is None:
            asks = self._whether_sents[s_start] = not self.r.whether_words.isdisjoint(
                doc.lowers[s_start:doc.sent_end(s_start)]) and doc.sentence_says(s_start, self._open_question)
        if not asks:
            return False
        a = max(doc.clause_bounds(k, BOUNDARY)[0], s_start)
        return any(doc.lowers[j] in self.r.whether_words for j in range(a, k))

    def _possessive_before(self, doc, t: Trigger, s_start: int) -> int | None:
        """The possessive before the meeting noun ``t``, over adjectives ("ihre Gespräche", "their first meeting",
        "sein Beglaubigungsschreiben"), if one stands there: the meeting is its possessor's own."""
        k = t.start - 1
        while k > s_start and t.start - k <= 3 and doc.texts[k].isalpha() and doc.texts[k].islower() \
                and doc.lowers[k] not in self.r.possessives and doc.lowers[k] not in self.r.referring_possessives:
            k -= 1
        return k if k >= s_start and (doc.lowers[k] in self.r.possessives or doc.lowers[k] in self.r.referring_possessives) \
            else None

    def _possessed(self, doc, t: Trigger, s_start: int) -> bool:
        return self._possessive_before(doc, t, s_start) is not None

    def _discussed(self, doc, t: Trigger, clause: tuple[int, int]) -> bool:
        """Is the meeting noun ``t`` in what a verb of discussing has as its object ("discussed the preparations
        for the summit", "besprachen den Gipfel")?"""
        return self._object_of(doc, t, clause[0], self.r.topic_verbs)

    def _criticised(self, doc, t: Trigger, s_start: int) -> bool:
        """Is the meeting noun ``t`` what its sentence criticises ("X kritisierte die Konferenz", "Kritik kam von
        der SVP: X bezeichnete die Konferenz als …")? The critic comments on the meeting, and is not at it; one
        who criticises at it ("Beim Gipfel kritisierte X …") is."""
        return self._object_of(doc, t, s_start, self.r.criticism_words)

    def _object_of(self, doc, t: Trigger, start: int, words: frozenset[str]) -> bool:
        """Is the meeting noun ``t`` in what one of ``words`` (verbs or nouns, between ``start`` and it) is about?"""
        if t.kind != "noun" or not any(doc.lemmas[k] in words or doc.lowers[k] in words for k in range(start, t.start)):
            return False
        # "discussed trade at their meeting", "besprachen bei ihrem Treffen": a meeting after a preposition of
        # place is where the discussing happened, not what was discussed
        # (so is a meal after its own preposition: "discussed Ukraine over lunch")
        where = self.r.meeting_prepositions | self.r.meal_prepositions if self._meal_trigger(t) else self.r.meeting_prepositions
        k = t.start - 1
        while k > start and t.start - k <= 4 and (doc.lowers[k] in self.r.determiners or doc.lowers[k] in self.r.possessives
                                                      or doc.texts[k].isalpha() and doc.texts[k].islower()
                                                      and doc.lowers[k] not in where):
            k -= 1
        return doc.lowers[k] not in where

    def _spoken_of(self, doc, start: int, clause: tuple[int, int]) -> bool:
        """Is the meeting noun what someone speaks of ("sprach danach von einem guten Gespräch", "spoke of a
        constructive meeting")? Then it is the meeting told before, not a new one."""
        k = start - 1
        if k > doc.sent_start(start) and doc.texts[k] in QUOTE_MARKS:
            # (past the speaker's own words for it: 'sprach von "konstruktiven, aber schwierigen" Beratungen', whose
            # comma ends no clause of the sentence)
            opening = next((j for j in range(k - 1, max(doc.sent_start(start), k - 10) - 1, -1) if doc.texts[j] in QUOTE_MARKS), None)
            if opening is not None:
                k = opening - 1
                clause = self._clause(doc, k, doc.sent_start(start), doc.sent_end(start))
                start = k + 1
        while k > clause[0] and start - k <= 4 and doc.lowers[k] not in self.r.spoken_of and (
                doc.lowers[k] in self.r.determiners or doc.lowers[k] in self.r.indefinite_articles
                or doc.texts[k].isalpha() and doc.texts[k].islower()):
            k -= 1
        if k <= clause[0] or doc.lowers[k] not in self.r.spoken_of:
            return False
        return any(doc.lemmas[j] in self._speaking_verbs or doc.lowers[j] in self._speaking_verbs for j in range(clause[0], k))

    def _expected_to_be(self, doc, start: int, clause: tuple[int, int]) -> bool:
        """Is the meeting noun what someone expects to be of a kind, told by an adjective ("Er erwartet schwierige
        Verhandlungen", "Diplomaten rechnen mit zähen Gesprächen", "expects tough talks")? Then it is the meeting
        told before, not a new one; an expected visit with no word of its kind ("erwartet den Besuch von X") is new."""
        k = start - 1
        adjectives = 0
        while k > clause[0] and start - k <= 3 and doc.texts[k].isalpha() and doc.texts[k].islower() \
                and doc.lowers[k] not in self.r.planned_attributes and doc.lowers[k] not in self.r.another_words \
                and doc.lowers[k] not in self.r.determiners and doc.lowers[k] not in self.r.indefinite_articles \
                and doc.lowers[k] not in self.r.expectation_prepositions and doc.lemmas[k] not in self.r.expectation_verbs:
            adjectives += 1
            k -= 1
        if not adjectives:
            return False
        if doc.lowers[k] in self.r.expectation_prepositions:
            k -= 1
        return k >= clause[0] and doc.lemmas[k] in self.r.expectation_verbs

    def _skips_a_meal_of(self, doc, k: int, a: int, b: int, triggers: list[Trigger]) -> bool:
        """Is the meeting noun nearest the word of missing ``k`` in its clause ``a``..``b`` a meal, in a sentence
        that names a meeting that is no meal ("will skip the leaders' dinner but join the main session", "wird das
        Abendessen auslassen, aber an der Arbeitssitzung teilnehmen")? Missing a meal of a meeting is missing a part
        of it."""
        missed = min((t for t in triggers if t.kind == "noun" and a <= t.start < b), key=lambda t: abs(t.start - k), default=None)
        return missed is not None and self._meal_trigger(missed) \
            and any(t.kind == "noun" and not self._meal_trigger(t) for t in triggers)

    def _conjunct_of(self, doc, k: int, a: int, b: int, verbs: bool = False) -> tuple[int, int]:
        """The part of the clause ``a``..``b`` that holds ``k``, when a word of contrast before an auxiliary or a
        negation opens a second predicate with no comma ("X attended a dinner on Tuesday but was not invited to the
        main session"); else the clause. With ``verbs``, "und"/"and" right before a meeting verb opens one too
        ("nahm nicht teil und traf X": the scope of an absence)."""
        if not self.r.predicate_contrasts and not verbs:
            return a, b
        for c in range(a + 1, b - 1):
            if doc.lowers[c] in self.r.predicate_contrasts and (doc.lowers[c + 1] in self.r.auxiliaries
                                                          or doc.lowers[c + 1] in self.r.negation) \
                    or verbs and (doc.lowers[c] in self.r.verb_conjunctions or doc.lowers[c] in self.r.predicate_contrasts) \
                    and c + 1 in self._trigger_tokens and doc.texts[c + 1][:1].islower():  # ("but met X", "und traf X")
                if k < c:
                    return a, c
                a = c + 1
        return a, b

    def _honoured(self, doc, mm: MeetingMention) -> Mention | None:
        """The person a phrase of honour in ``mm``'s clause stands for by its possessive ("in his honour", "zu seinen
        Ehren"): the one of that pronoun's gender named last before the sentence, else None."""
        a, b = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
        for k in range(a, b):
            for phrase, pronoun in self.r.honour_phrases.items():
                if tuple(doc.lowers[k:k + len(phrase)]) == phrase:
                    return self.persons_before(mm.sent_start, pronoun)
        return None

    def _denying_relative_clause(self, doc, mm: MeetingMention) -> tuple[int, int] | None:
        """The span of the clause right after ``mm``'s meeting noun whose verb, a negated one of taking part, is
        ``mm``'s other trigger ("talks it did not take part in", "Gespräche, an denen X nicht teilnimmt"), or None."""
        nouns = [t for t in mm.triggers if t.kind == "noun"]
        verbs = [t for t in mm.triggers if t.kind == "verb"]
        if len(nouns) != 1 or len(verbs) != 1 or verbs[0].start < nouns[0].end:
            return None
        n, v = nouns[0], verbs[0]
        low, lemma = doc.lowers[v.start], doc.lemmas[v.start]
        if not (low in self.r.negated_participation or lemma in self.r.negated_participation
                or v.lemma in self.r.negated_participation or v.lemma.split("+")[-1] in self.r.negated_participation):
            return None
        # (a comma only before a relative pronoun: "Gespräche, an denen …")
        marks = [k for k in range(n.end, v.start) if doc.texts[k] in BOUNDARY]
        if any(doc.texts[k] != "," or k != n.end for k in marks):
            return None
        end = min(doc.sent_end(v.start), v.end + 2)
        return (n.end, end) if self._negated(doc, n.end, end) else None

    def _negated(self, doc, a: int, b: int) -> bool:
        """A word of negation in tokens a..b, not inside a name ("on the doorstep of No 10")."""
        if self.r.negation.isdisjoint(doc.lowers[a:b]):
            return False
        return any(self._negation_at(doc, k) for k in range(a, b))

    def _negation_at(self, doc, k: int) -> bool:
        """Is the word at ``k`` a negation, not inside a name nor the negation of a phrase of contrast ("attended
        the dinner but not the session" attended)?"""
        return doc.lowers[k] in self.r.negation and k not in self._in_mention and not self._in_contrast(doc, k) \
            and not self._negated_attribute(doc, k)

    def _negated_attribute(self, doc, k: int) -> bool:
        """Does the negation at ``k`` qualify an attribute between an article and its noun ("zu einem nicht
        angekündigten Besuch", "eine nicht öffentliche Sitzung"), or an adjective after a copula that ends the clause
        ("war nicht öffentlich")? It denies the attribute, not the meeting."""
        n = len(doc)
        if 0 < k and k + 1 < n and doc.lowers[k - 1] in self.r.copula_forms and doc.texts[k + 1].isalpha() \
                and doc.texts[k + 1].islower() and doc.lowers[k + 1].endswith(self.r.attribute_endings) \
                and (k + 2 >= n or doc.is_punct[k + 2]):
            return True  # "Die Sitzung war nicht öffentlich", "the session was not public": held, behind closed doors
        return self.lang == "de" and 0 < k and k + 2 < n and doc.lowers[k - 1] in self.r.determiners \
            and doc.texts[k + 1].isalpha() and doc.texts[k + 1].islower() and doc.texts[k + 2][:1].isupper()

    def _not_held(self, doc, t: Trigger, a: int, b: int) -> bool:
        """Does a word of negation in tokens a..b deny that the meeting of ``t`` took place ("Das Treffen fand nicht
        statt", "Ein Treffen gab es nicht", "kein Treffen")? A determiner of denial or a paired negation before another
        noun denies that noun: "Das Treffen brachte keine Einigung", "… weder eine Einigung noch …", "produced no
        deal" were held."""
        if self.r.negation.isdisjoint(doc.lowers[a:b]):
            return False
        return any(self._negation_at(doc, k) and (
            doc.lowers[k] not in self.r.denying_determiners and doc.lowers[k] not in self.r.paired_negations
            or 0 < t.start - k <= 3) for k in range(a, b))

    def _in_contrast(self, doc, k: int) -> bool:
        """Is the negation at ``k`` part of a phrase of contrast ("but not the session", "…, nicht aber an …")?"""
        for phrase in self.r.contrast_negations:
            for p, word in enumerate(phrase):
                if word == doc.lowers[k] and k - p >= 0 and tuple(doc.lowers[k - p:k - p + len(phrase)]) == phrase:
                    return True
        return False

    def _absence(self, doc, s_start, s_end, mentions, triggers) -> tuple[list[Mention], list[Mention]]:
        """Actors said not to attend ("nicht eingeladen", "fehlte", "did not attend", "statt X") and those
        standing in for them ("statt X reiste Y": Y attends)."""
        trigger_starts = {t.start for t in triggers if t.kind in ("verb", "travel")}
        cues = self._absence_cues.get(s_start, ())
        if not trigger_starts and not cues:
            return [], []  # most sentences: no word of absence at all
        actors = [m for m in mentions if m.is_actor and not m.modifier]
        absent: list[Mention] = []
        present: list[Mention] = []
        for k in sorted(trigger_starts.union(cues)):
            if self._asked_whether(doc, k, s_start):
                continue  # "X has not said whether he will travel": no absence told
            low, lemma = doc.lowers[k], doc.lemmas[k]
            a, b = self._clause(doc, k, s_start, s_end)
            # "Nicht dabei war der Bürgermeister von Bremen, Jens Ohlsen (SPD).": the name in apposition belongs
            named_after = next((m for m in actors if b < s_end and doc.texts[b] == "," and m.start == b + 1), None)
            if named_after is not None:
                b = max(b, named_after.end)
            if (low in self.r.sending_verbs or lemma in self.r.sending_verbs) and k not in trigger_starts:
                # "Der litauische Präsident X schickte seinen Berater (Y)": one who sends a person to the meeting told
                # stays away, the one sent attends (not "schickte einen Brief an Y", "schickte Truppen")
                sent = self._sent_person(doc, k, b, actors)
                sender = [m for m in actors if a <= m.start < k and m.type == "person"]
                if sent is not None and sender:
                    absent.append(sender[-1])
                    present.extend(sent)
                elif not sender and (states := [m for m in actors if a <= m.start < k and m.type == "country"]) and (
                        sent is not None or any((self.kb.role_of(self.lang, doc.texts[j]) or ("", ""))[1] in ("person", "host", "collective")
                                                for j in range(k + 1, b))):
                    # "Ungarn schickte lediglich einen Staatssekretär": a state that sends someone takes part
                    present.extend(states[-1:] + list(sent or []))
                continue
            if low in self.r.represented_by:
                # "ließ sich von seiner Stellvertreterin Y vertreten", "was represented by Y": Y attends for the
                # subject, who is absent (a state represented by someone is not absent)
                # ("war durch Y vertreten worden": the agent after "durch" too)
                by = next((j for j in range(a, b) if doc.lowers[j] in self.r.agent_prepositions
                           or doc.lowers[j] in self.r.noun_agent_prepositions), None)
                agent = next((m for m in actors if by is not None and by < m.start < b and m.type == "person"), None)
                # "ließ sich von einem Staatssekretär vertreten": an office holder left unnamed stands in too
                unnamed = agent is None and by is not None and any(
                    (self.kb.role_of(self.lang, doc.texts[j]) or ("", ""))[1] in ("person", "host")
                    for j in range(by + 1, b if by > k else k))  # English: "was represented by a deputy"
                # "X ließ sich wegen eines Termins vertreten", "… von seinem Staatskanzleichef vertreten": by someone
                # the text does not name (or names by an office the knowledge base lacks)
                # (in the perfect the causative follows: "hat sich … vertreten lassen")
                causative = range(a, by) if by is not None and by < k else range(a, b)
                unnamed = unnamed or any(doc.lemmas[j] in self.r.representation_causatives for j in causative) \
                    and not self.r.reflexive_pronouns.isdisjoint(doc.lowers[a:k])
                if agent is not None or unnamed:
                    if agent is not None:
                        present.append(agent)
                    end = min(by, k) if by is not None else k
                    # (not one whose the thing missed is: "ließ sich beim Abendessen des Königs entschuldigen")
                    subjects = [m for m in actors if a <= m.start < end and m.type == "person" and not in_genitive(doc, m)]
                    if not subjects and not self.r.subject_pronouns.isdisjoint(doc.lowers[a:end]) and self.persons_before:
                        # the person named before the pronoun in its sentence ("X nahm nicht teil; er ließ sich von Y
                        # vertreten"), else the one of the sentence before
                        earlier = [m for m in actors if s_start <= m.start < a and m.type == "person"][-1:]
                        subjects = earlier or [p for p in [self.persons_before(s_start)] if p is not None]
                    absent.extend(subjects)
                    # "Ukraine was represented by Y": a state represented takes part (not one after a preposition:
                    # "war nicht nach Italien gereist und wurde von seinem Stellvertreter vertreten")
                    present.extend(m for m in actors if a <= m.start < end and m.type == "country"
                                   and not (m.start > 0 and doc.lowers[m.start - 1] in self.r.object_prepositions))
                    continue
            phrase = next((len(p) for p in self.r.stands_in_phrases if tuple(doc.lowers[k:k + len(p)]) == p), 0) \
                if low in self._stands_in_starts else 0
            if (low in self.r.stands_in or lemma in self.r.stands_in or phrase) and not self._passive(doc, a, b):
                # "Vizekanzlerin Y … vertritt den Kanzler bei der Kabinettssitzung": the person after the verb is
                # absent, the one before it attends in their place
                stood_for = [m for m in actors if k < m.start < b and m.type == "person"][:1]
                if phrase and not stood_for and k + phrase < b and doc.lowers[k + phrase] in self.r.object_pronouns \
                        and self.persons_before is not None:
                    # "Y stood in for him": the one the pronoun stands for, named before
                    meant = self.persons_before(s_start, doc.lowers[k + phrase])
                    stood_for = [meant] if meant is not None else []
                states = [m for m in actors if a <= m.start < k and m.type in ("country", "organization")]
                if stood_for and states and not any(a <= m.start < k and m.type == "person" for m in actors):
                    # "die USA vertritt Außenminister X": a state before the verb is its object, the person after it
                    # speaks for the state and attends; no one is absent
                    present.extend(stood_for + states)
                    continue
                standing = [m for m in actors if s_start <= m.start < k and m.type == "person"]
                if stood_for and not any(a <= m.start < k for m in standing) and any(
                        doc.lowers[j] in self.r.object_pronouns for j in range(a, k)):
                    # "X fehlte; ihn vertrat Staatssekretärin Y": the pronoun before the verb is the object, the one
                    # after it stands in for the person the pronoun refers to
                    meant = standing[-1] if standing else self.persons_before(s_start) if self.persons_before else None
                    stood_for, standing = ([meant], stood_for) if meant is not None else ([], [])
                if stood_for and standing and all(m.key != stood_for[0].key for m in standing):
                    absent.extend(stood_for)
                    present.extend(standing)
                    continue
            if low in self.r.representation and low in ("statt", "anstelle", "anstatt", "instead"):
                if low == "instead" and (k + 1 >= b or doc.lowers[k + 1] != "of"):
                    continue  # "Russia instead sent a delegation": the adverb names no one missing ("instead of X" does)
                if k + 1 >= b or doc.texts[k + 1] in BOUNDARY or doc.lowers[k + 1] in self.r.coordinators:
                    continue  # "Das Treffen fand statt, nachdem X …": the particle of "stattfinden", no one replaced
                j = k + 2 if low == "instead" else k + 1
                if j < b and doc.lowers[j] in self.r.representation_pronouns and self.persons_before is not None:
                    # "Statt seiner reist Staatsminister Y nach Ägypten": the one the pronoun stands for is absent
                    earlier = [m for m in actors if s_start <= m.start < k and m.type == "person"][-1:]
                    stayed = earlier[0] if earlier else self.persons_before(s_start, doc.lowers[j])
                    if stayed is not None:
                        absent.append(stayed)
                        present.extend(m for m in actors if j < m.start < b and m.type != "country" and m.key != stayed.key)
                    continue
                after = [m for m in actors if k < m.start <= k + 4]
                if after:
                    absent.append(after[0])
                    present.extend(m for m in actors if a <= m.start < b and m is not after[0] and m.type != "country")
                continue
            # (so is a noun of absence with its link: "in Abwesenheit von X", "in the absence of X")
            absence_noun = low in self.r.absence_nouns and k + 1 < b and doc.lowers[k + 1] in self.r.absence_noun_links
            if low in self.r.absence_prepositions or absence_noun:
                # "Das Treffen fand ohne Vertreter der Ukraine statt", "talks without Ukraine": the actors of the
                # phrase (articles, nouns, "und" between them; a lower-case word ends it: "ohne Einigung mit
                # Russland"), in the clause of a meeting only ("den Frieden auch ohne die USA absichern": not so)
                if any(a <= t.start < b for t in triggers) and self.r.at_first.isdisjoint(doc.lowers[a:k]):
                    # (not "tagte zunächst ohne den Kanzler": missing at first, there later)
                    j = k + 2 if absence_noun else k + 1
                    # (an office's noun in lower case too: "met without the chancellor")
                    while j < b and doc.texts[j] not in BOUNDARY and (
                            not doc.texts[j][:1].islower() or doc.lowers[j] in self.r.determiners
                            or doc.lowers[j] in self.r.coordinators or doc.lowers[j] in self.r.of_state
                            or self.kb.role_of(self.lang, doc.texts[j]) is not None):
                        j += 1
                    # a state that only qualifies a group ("Vertreter der Ukraine") is the one not there
                    # (not the first part of a compound: "EU-Gipfel ohne Ungarn-Veto" is without a veto)
                    absent.extend(m for m in mentions if k < m.start < j and m.is_actor and m.type != "group"
                                  and (not m.modifier or m.type == "country") and not self._compound_part(doc, m))
                continue
            is_absence = low in self.r.absence_cues or lemma in self.r.absence_cues or any(
                lemma == s and any(doc.lowers[j] == p for j in range(k + 1, b)) for s, p in self.r.absence_separable)
            is_absence = is_absence or low in self.r.staying_verbs and self._stayed_elsewhere(doc, k, b, mentions)
            # "hatte eine Sitzung der Gruppe ausgelassen", "skipped the summit": missing a meeting named in the clause
            is_absence = is_absence or (low in self.r.object_absence_cues or lemma in self.r.object_absence_cues or any(
                lemma == s and any(doc.lowers[j] == p for j in range(k + 1, b)) for s, p in self.r.object_absence_separable)) \
                and any(t.kind == "noun" and a <= t.start < b and not any(
                    doc.lowers[j] in self.r.absence_habit_quantifiers for j in range(max(a, t.start - 2), t.start)) for t in triggers)
            # "sagte seine Teilnahme ab": withdrawing one's participation (not calling the meeting off)
            is_absence = is_absence or (lemma in self.r.withdraw_verbs and not self._confirms(doc, k) and (
                not self.r.participation_nouns.isdisjoint(doc.lowers[a:b]) and not self._trip_to_a_town(doc, a, b, mentions)
                or self._withdrew(doc, k, b)))
            # (not an attribute of a plan: "Ein für Samstag erwartetes Treffen von X mit Y fand nicht statt" was called off)
            # (the negation of its own predicate: "attended a dinner … but was not invited to the main session")
            ca, cb = self._conjunct_of(doc, k, a, b, verbs=True)
            negated_part = (low in self.r.negated_participation or lemma in self.r.negated_participation) \
                and low not in self.r.planned_attributes and self._negated(doc, ca, cb)
            # "Ms X was not at the talks", "X war nicht beim Gipfel": a form of being, its negation and a preposition
            # before a meeting noun
            negated_part = negated_part or low in self.r.absent_copula_prepositions and k >= 2 \
                and doc.lowers[k - 1] in self.r.negation and doc.lowers[k - 2] in self.r.copula_forms \
                and any(t.kind == "noun" and k < t.start <= k + 4 for t in triggers)
            negated_trigger = any(t.start == k and t.kind in ("verb", "travel") for t in triggers) and self._negated(doc, ca, cb)
            if is_absence or negated_part or negated_trigger:
                told_before = len(absent)
                if self._virtual_sentence(doc, s_start) and not self._video_to_a_new_event(doc, a, b, triggers):
                    continue  # taking part by video is taking part
                clause_text = f" {' '.join(doc.lowers[a:b])} "
                if any(p in clause_text for p in self._not_yet):
                    continue  # "Orbán ist noch nicht eingetroffen": late, or undecided; not absent
                if any(p in clause_text for p in self.r.partial_absence_phrases):
                    continue  # "skipped the summit's second day": there on the other days
                if not negated_part and not negated_trigger and self._skips_a_meal_of(doc, k, a, b, triggers):
                    continue  # "will skip the leaders' dinner but join the main session": there for the rest
                # "blieb dem Gipfel fern und schickte Außenminister Y": who is sent goes in the absent one's place
                sent = next((j for j in range(k + 1, b) if doc.lemmas[j] in self.r.sending_verbs
                             or doc.lowers[j] in self.r.sending_verbs), None)
                if sent is not None:
                    present.extend(m for m in actors if sent < m.start < b and m.type == "person")
                    b = sent
                # "X begleitet den Kanzler nicht": the one not coming along, not the one accompanied (in the passive
                # the agent: "wird nicht von Y begleitet")
                companion = low in self.r.companion_verbs or lemma in self.r.companion_verbs
                agent_at = next((j for j in range(a, b) if doc.lowers[j] in self.r.agent_prepositions), None) if companion else None
                # (a state where someone is instead is not missing: "nahm wegen eines Termins in Litauen nicht teil")
                # (not one met: "skipping meetings with X and Y" tells no absence of X's)
                # (not one met in a predicate after a contrast: "is not attending the session but will meet X")
                # (nor one who only reports it: "President X said Lithuania did not take part", "said Vilnius would
                # not accept talks it did not take part in": a town may stand for its state there)
                reported_subjects = {x.start for x in mentions if x.is_actor or x.type == "city"}
                # (a second predicate after a word of contrast, naming no one, is its subject's: "X attended a dinner
                # hosted by Y but was not invited to the main session" leaves Y, the dinner's host, out)
                first_of = ca > a and not any(ca <= m.start < cb for m in actors)
                subject = next((m for m in actors if a <= m.start < ca and m.type == "person"), None) if first_of else None
                absent.extend(m for m in actors if a <= m.start < min(b, cb) and m.type != "group" and not self._on_behalf_of(doc, m, a)
                              and (subject is None or m is subject)
                              and not self._met_in_what_was_skipped(doc, m)
                              and not (m.start < k and self._reporting_speaker(doc, m, k, s_end, reported_subjects))
                              and (not companion or (m.start > agent_at if agent_at is not None else m.start < k))
                              and not (m.type == "country" and self._preposition_before(
                                  doc, m.start, a, self.r.meeting_prepositions) is not None))
                if not any(a <= m.start < b for m in actors):
                    absent.extend(self._absent_subject_told_before(doc, a, b, k, s_start, actors))
                if a > s_start and doc.texts[a - 1] == "," and not any(a <= m.start < k for m in actors) \
                        and not any(self._is_speech(doc, j) for j in range(a, k)):
                    # "Hungary's prime minister, Zoltán Bakos, did not attend": the subject is the apposition
                    # the comma closes (not one who says another did not: "X, who was in Y, said Z had not taken part")
                    absent.extend(m for m in actors if doc.past_bracket(m.end) == a - 1 and m.type == "person"
                                  and (m.start == s_start or doc.texts[m.start - 1] == ","))
                    # "Der serbische Außenminister X, der sich in New York aufhält, wird nicht teilnehmen": the
                    # subject before a relative clause
                    r_a = doc.clause_bounds(a - 2, BOUNDARY)[0] if a - 2 > s_start else s_start
                    if r_a > s_start + 1 and doc.lowers[r_a] in self.r.relative_pronouns and doc.texts[r_a - 1] == ",":
                        absent.extend(m for m in actors if m.end == r_a - 1 and m.type == "person")
                # "X, who was not invited to Anchorage, said …": the absence is from the place it names
                named = {p.key for p in mentions if p.type in ("city", "venue") and a <= p.start < b}
                for m in actors:
                    if a <= m.start < b and named:
                        self._absent_from[id(m)] = named
                # "Ruandas Präsident, der ebenfalls eingeladen war, sagte ab": an unnamed office holder's state
                if not any(m.type == "person" for m in actors):
                    # (not one of any holder, after an indefinite article: "the first time that a U.S. secretary of
                    # state has missed the gathering")
                    absent.extend(m for m in mentions if m.type == "country" and m.modifier and s_start <= m.start < b
                                  and not any(p.type == "person" and m.end <= p.start <= m.end + 3 for p in mentions)
                                  and not (m.start > 0 and doc.lowers[m.start - 1] in self.r.indefinite_articles))
                    # (its state told by an adjective: "Der russische Präsident fehlte", "The Russian president was
                    # absent")
                    absent.extend(self._unnamed_office_states(doc, s_start, b, mentions, absent))
                if a > s_start and doc.lowers[a] in self.r.relative_pronouns and doc.texts[a - 1] == ",":
                    antecedent = [m for m in actors if m.end <= a - 1]
                    if antecedent and antecedent[-1].end >= a - 2:
                        absent.append(antecedent[-1])
                        self._absent_in_relative[id(antecedent[-1])] = (a, b)
                        if named:
                            self._absent_from[id(antecedent[-1])] = named
                # (the clause itself as well: "nimmt an der Sitzung nicht teil, will aber am Donnerstag X treffen"
                # is absent from the session, not from the meeting of the next clause)
                for m in absent[told_before:]:
                    self._absent_in_conjunct[id(m)] = (ca, cb)
        absent.extend(self._unfulfilled(doc, s_start, s_end, actors))
        absent.extend(self._elliptical_absence(doc, s_start, s_end, actors, triggers))
        # "X hatte abgesagt und war durch Y vertreten worden": the one who stands in is there, whatever else the
        # clause's word of absence takes in
        seen, out = {p.key for p in present if p.type == "person"}, []
        for m in absent:
            ent = self.kb.entities.get(m.key)
            if (ent is not None and ent.meeting_format) or m.start in self._meeting_names:
                continue  # "skipped the BRICS summit": the format names the meeting, it is not a party that stayed away
            if m.type == "organization" and any(t.kind == "noun" and m.end <= t.start <= m.end + 1 for t in triggers):
                continue  # "was not invited to the ASEAN meeting", "dem EU-Gipfel": so does an organisation before its noun
            if m.type == "organization" and any(t.kind == "noun" and t.end < m.start <= t.end + 2 and all(
                    doc.lowers[j] in self.r.determiners or doc.lowers[j] in self.r.of_state for j in range(t.end, m.start))
                    for t in triggers):
                continue  # or in the genitive after it: "nicht zur Generaldebatte der Vereinten Nationen", "the summit of NATO"
            if m.key not in seen:
                seen.add(m.key)
                out.append(m)
        # (a state that is represented takes part, whatever office of it stayed away: "Nicht dabei war der isländische
        # Regierungschef …; Island wurde durch seine Botschafterin vertreten")
        represented = {p.key for p in present if p.type == "country"}
        out = [m for m in out if not (m.type == "country" and m.key in represented)]
        absent_keys = {m.key for m in out}
        return out, [p for p in present if p.key not in absent_keys]

    def _stayed_elsewhere(self, doc, k: int, b: int, mentions: list[Mention]) -> bool:
        """Does the verb of staying at ``k`` place its subject in a town or state the meeting told last is not in, nor
        around ("X, who had been expected to join, stayed in Stockholm because of a budget vote" after talks in
        London)? Not negated, nor after a word of sequence ("afterwards X stayed in Brussels": after it), nor of one
        told at that meeting ("hosted Y in London. Y stayed in Oxford on Wednesday": on afterwards)."""
        told = self._told_last
        a = doc.clause_bounds(k, BOUNDARY)[0]
        if told is None or not told.places or not self.r.negation.isdisjoint(doc.lowers[k:b]) \
                or not self.r.sequence_words.isdisjoint(doc.lowers[a:b]):
            return False
        there = {p.key for p in told.participants}
        if any(m.key in there for m in mentions if m.type == "person" and doc.sent_start(k) <= m.start < k):
            return False
        place = next((m for m in mentions if k < m.start < b and m.type in ("city", "country", "region") and not m.modifier
                      and doc.lowers[m.start - 1] in self.r.meeting_prepositions), None)
        return place is not None and not any(self._contains(place.key, p.key) or self._contains(p.key, place.key)
                                             for p in told.places)

    def _elliptical_absence(self, doc, s_start: int, s_end: int, actors: list[Mention], triggers: list[Trigger]) -> list[Mention]:
        """The actors of a clause that leaves out the verb of the clause before it and negates it ("Selenskyj ist
        angereist, Orbán dagegen nicht", "X attended, but not Y", "X attended; Y did not"): they stayed away from
        what the clause before tells. Such a clause holds only its actors, the negation, words of contrast and
        auxiliaries. (Not after a verb of meeting someone: "X traf Y, nicht aber Z" says whom X met, not who
        stayed away.)"""
        allowed, cues = self._elliptical_words, self._presence_words
        out: list[Mention] = []
        for k in range(s_start + 2, s_end):
            if doc.lowers[k] not in self.r.negation:
                continue
            a, b = doc.clause_bounds(k, BOUNDARY)
            # (the clause before tells one's coming or taking part, by a verb or a word of presence: "ist angereist")
            if a <= s_start or doc.texts[a - 1] not in (",", ";") or any(a <= t.start < b for t in triggers) \
                    or not (any(t.start < a - 1 and (t.kind == "travel" or t.lemma in self.r.participation_verbs) for t in triggers)
                            or any(doc.lowers[j] in cues or doc.lemmas[j] in cues for j in range(s_start, a - 1))):
                continue
            named = [m for m in actors if a <= m.start < b and m.type in ("person", "country")]
            if named and all(j in self._in_mention or j in self._role_at_token or doc.lowers[j] in allowed
                             or doc.lowers[j] in self.r.determiners or doc.is_punct[j] for j in range(a, b)) \
                    and not self._negated(doc, s_start, a - 1):
                out.extend(named)
        return out

    def _absent_subject_told_before(self, doc, a: int, b: int, k: int, s_start: int, actors) -> list[Mention]:
        """The one a clause of absence that names no one is about: for a subject pronoun ("Auch X wollte kommen,
        er sagte aber ab", "Er nahm nicht teil") or a clause that opens with its verb after a comma ("X reiste an,
        nahm aber nicht teil"), the last person named before it in the sentence; for the pronoun, else the one of
        the sentence before."""
        pronoun = next((doc.lowers[j] for j in range(a, b) if doc.lowers[j] in self.r.subject_pronouns), None)
        elided = k == a and a > s_start and doc.texts[a - 1] == ","
        if pronoun is None and not elided or not self.r.possibility_words.isdisjoint(doc.lowers[a:b]):
            return []  # (nor one that may stay away: "a day after saying he might stay away")
        end = a
        if elided and a - 2 > s_start:
            # "X, der am Vortag Y getroffen hatte, nahm nicht teil": not one named in the relative clause before
            r_a = doc.clause_bounds(a - 2, BOUNDARY)[0]
            if r_a > s_start and doc.texts[r_a - 1] == "," and doc.lowers[r_a] in self._relative_openers:
                end = r_a - 1
        earlier = [m for m in actors if s_start <= m.start < end and m.type == "person"][-1:]
        if not earlier and pronoun is not None and self.persons_before is not None:
            earlier = [p for p in [self.persons_before(s_start, pronoun)] if p is not None]
        return earlier

    def _trip_called_off(self, doc, s_start: int, s_end: int, mentions) -> list[Trigger]:
        """A trip to a place that its clause calls off or puts off ("Kanzler X hat seine Reise nach Kiew abgesagt",
        "postponed his trip to Kyiv"): a visit, called off. A trip alone is no meeting (most are journeys told on the
        way to one); called off, it is the visit that will not happen."""
        places = {m.start for m in mentions if m.type in ("city", "country")}
        for k in range(s_start, s_end - 2):
            # (the traveller may stand between: "die Reise von Kanzler X nach Kiew")
            if doc.lowers[k] in self.r.trip_nouns and any(
                    doc.lowers[j] in self.r.travel_prepositions and j + 1 in places
                    and not any(doc.texts[x] in BOUNDARY for x in range(k + 1, j)) for j in range(k + 1, min(s_end - 1, k + 7))):
                a, b = self._clause(doc, k, s_start, s_end)
                words = doc.lowers[a:b]
                # (by a separable verb too: "Ein geplanter Abstecher nach Tallinn fällt aus Zeitgründen aus")
                if not self.r.cancelled.isdisjoint(words) or any(doc.lemmas[j] in self.r.withdraw_verbs for j in range(a, b)) \
                        or self._called_off(doc, a, b):
                    return [Trigger(k, k + 1, "noun", doc.lowers[k])]
        return []

    def _unnamed_office_states(self, doc, a: int, b: int, mentions, taken: list[Mention]) -> list[Mention]:
        """The states of the offices in tokens ``a``..``b`` whose holders are not named, told by the state's
        adjective ("der russische Präsident", "the Russian president"), as mentions of the state: of an office
        holder left unnamed, the state is what the text tells."""
        out: list[Mention] = []
        for rs in self._role_spans:
            if a <= rs.start < b and rs.country and not rs.attached and rs.kind in ("person", "host") \
                    and not any(m.start <= rs.start < m.end or rs.start <= m.start < rs.end for m in mentions) \
                    and all(m.key != f"country:{rs.country}" for m in taken + out) and f"country:{rs.country}" in self.kb.entities:
                k = rs.start - 1 if rs.start > a else rs.start  # (the adjective, right before the role)
                if k > 0 and doc.lowers[k - 1] in self.r.indefinite_articles:
                    continue  # (not any holder: "the first time that a U.S. secretary of state has missed the gathering")
                out.append(Mention(k, k + 1, "country", f"country:{rs.country}", doc.texts[k], kb=True, via="adjective",
                                   modifier=True))
        return out

    def _trip_to_a_town(self, doc, a: int, b: int, mentions) -> bool:
        """Is the participation noun of the clause a trip to a place ("cancelled a planned trip to Zagreb, where he
        was due to meet X")? The trip is the meeting called off, with the traveller at it; one cancelling a trip to a
        meeting ("cancelled his trip to the summit") stays away from it."""
        places = {m.start for m in mentions if m.type in ("city", "country", "region")}
        return any(doc.lowers[j] in self.r.participation_nouns and doc.lowers[j] in self.r.visit_nouns
                   and doc.lowers[j + 1] in self.r.travel_prepositions and j + 2 in places for j in range(a, b - 2))

    def _withdrew(self, doc, k: int, b: int) -> bool:
        """Does the withdrawing verb at ``k`` stand with its particle and no object ("X sagte kurzfristig ab":
        X withdrew; "X sagte das Treffen ab" calls the meeting off)? Only lower-case words that are no
        determiners or pronouns come between them."""
        if not self.r.withdraw_particles:
            return self._withdrew_with_no_object(doc, k, b)
        if doc.lowers[k] != doc.lemmas[k] and doc.lowers[k].startswith(tuple(self.r.withdraw_particles)) and k + 1 < b \
                and doc.lowers[k + 1] in self.r.active_perfect_auxiliaries \
                and (k == doc.sent_start(k) or doc.texts[k - 1] in BOUNDARY):
            return True  # "Abgesagt hat dagegen Präsident X": the participle put first, its subject after the auxiliary
        end = b - 1
        while end > k and not doc.texts[end].isalpha():
            end -= 1
        if end == k + 1 and self.r.withdraw_particles and doc.lowers[k].startswith(tuple(self.r.withdraw_particles)) and (
                doc.lowers[end] in self.r.withdraw_modals if doc.lowers[k] == doc.lemmas[k]
                else doc.lowers[end] in self.r.active_perfect_auxiliaries):
            # a clause with its verb last ("da X kurzfristig absagen musste", "weil X kurzfristig abgesagt hatte"):
            # the subject, a name or a pronoun, stands before the adverbs; a noun after an article is the object
            # called off ("weil X das Treffen abgesagt hatte")
            j = k - 1
            while j > k - 4 and doc.texts[j].isalpha() and doc.texts[j].islower() and doc.lowers[j] not in self.r.pronouns \
                    and doc.lowers[j] not in self.r.determiners and doc.lowers[j] not in self.r.negation:
                j -= 1
            if doc.lowers[j] in self.r.pronouns:
                return True
            if not (doc.texts[j][:1].isupper() and doc.texts[j].isalpha()):
                return False
            # (the capitalised words opening the clause, past one article: not "weil X das Gespräch im März
            # abgesagt hatte", where they are the object's or a date's)
            c = j
            while c > 0 and doc.texts[c - 1][:1].isupper() and doc.texts[c - 1].isalpha():
                c -= 1
            p = c - 1 if c > 0 and doc.lowers[c - 1] in self.r.determiners else c
            return p == 0 or doc.texts[p - 1] in BOUNDARY or doc.lowers[p - 1] in self.r.cataphora_conjunctions
        if end == k and doc.lowers[k].startswith(tuple(self.r.withdraw_particles)) \
                and (doc.lowers[k] != doc.lemmas[k] or self.r.withdraw_modals):
            # the participle ending its clause after an active auxiliary ("X hatte kurzfristig abgesagt"; not "Das
            # Treffen wurde abgesagt", the meeting called off, nor "hatte das Treffen abgesagt")
            j = k - 1
            while j > k - 4 and doc.texts[j].isalpha() and doc.texts[j].islower() and doc.lowers[j] not in self.r.auxiliaries \
                    and doc.lowers[j] not in self.r.withdraw_modals \
                    and doc.lowers[j] not in self.r.determiners and doc.lowers[j] not in self.r.object_pronouns \
                    and doc.lowers[j] not in self.r.negation:
                j -= 1
            if doc.lowers[k] == doc.lemmas[k]:
                return doc.lowers[j] in self.r.withdraw_modals  # the infinitive: "musste kurzfristig absagen"
            # (not "ist abgesagt": the state of a meeting called off)
            return doc.lowers[j] in self.r.auxiliaries and doc.lowers[j] not in self.r.passive_auxiliaries \
                and doc.lowers[j] not in self.r.future_or_passive_auxiliaries \
                and (not self.r.active_perfect_auxiliaries or doc.lowers[j] in self.r.active_perfect_auxiliaries)
        if end <= k or doc.lowers[end] not in self.r.withdraw_particles:
            return False
        between = []
        j = k + 1
        while j < end:
            if doc.lowers[j] in self.r.cause_prepositions:
                # a phrase of cause is no object: "sagte wegen einer Landtagssitzung kurzfristig ab" (to its noun)
                j = next((n for n in range(j + 1, end) if doc.texts[n][:1].isupper()), end) + 1
                continue
            between.append(j)
            j += 1
        return all(doc.texts[j].islower() and doc.lowers[j] not in self.r.determiners and doc.lowers[j] not in self.r.object_pronouns
                   and doc.lowers[j] not in self.r.negation for j in between)  # (not "X sagte nicht ab")

    def _withdrew_with_no_object(self, doc, k: int, b: int) -> bool:
        """Does the withdrawing verb at ``k`` (a language whose verb has no particle) stand with no object, a
        preposition or the clause's end after it ("X cancelled at short notice", "withdrew from the summit",
        "cancelled because of illness"): X stays away? An object is what is called off ("cancelled the meeting"),
        and a passive tells the meeting called off ("the summit was cancelled at short notice")."""
        j = k - 1
        while j > 0 and doc.texts[j].islower() and doc.lowers[j].endswith("ly"):
            j -= 1  # ("was abruptly cancelled")
        if doc.lowers[j] in self.r.passive_auxiliaries:
            return False
        j = k + 1
        while j < b and doc.texts[j].islower() and doc.lowers[j].endswith("ly"):
            j += 1  # ("cancelled abruptly on Monday")
        return j >= b or not doc.texts[j][:1].isalnum() or doc.lowers[j] in self.r.object_prepositions \
            or doc.lowers[j] in self.r.cause_prepositions

    def _part_in_something_else(self, doc, clause: tuple[int, int], triggers: list[Trigger]) -> bool:
        """Does the clause take part in something new that is no meeting ("an einer Podiumsdiskussion", "an einem
        Festakt"): an indefinite article after the preposition of what is taken part in, and no meeting word after
        it in the clause?"""
        for k in range(clause[0], clause[1] - 2):
            if doc.lowers[k] in self.r.participation_object_prepositions and doc.lowers[k + 1] in self.r.indefinite_articles:
                # (a meeting word anywhere after it, "an einem EU-Treffen", is that meeting)
                if not any(k < o.start < clause[1] and o.kind == "noun" for o in triggers):
                    return True
        return False

    def _sent_person(self, doc, k: int, b: int, actors: list[Mention]) -> list[Mention] | None:
        """The person a sending verb at ``k`` names as its object, right after it past articles, possessives and
        adjectives ("schickte seinen Berater Y": [Y]; "entsandte einen Staatssekretär": [], one unnamed), or None
        when the object is no person ("schickte Truppen", "schickte einen Brief an Y")."""
        j = k + 1
        # (to an office written in lower case, as English writes it: "sent his foreign minister")
        while j < b and doc.texts[j].isalpha() and doc.texts[j].islower() and not (
                j in self._role_at_token and self._role_at_token[j].start == j):
            j += 1
        if j >= b:
            return None
        named = next((m for m in actors if m.start == j and m.type == "person"), None)
        if named is not None:
            return [named]
        if doc.texts[j] == "," and j - 1 > k and (self.kb.role_of(self.lang, doc.texts[j - 1]) or ("", ""))[1] in ("person", "host"):
            # "sent his deputy, Y": the office, then the one holding it in apposition
            return [m for m in actors if m.start == j + 1 and m.type == "person"][:1] or None
        rs = self._role_at_token.get(j)
        if rs is not None and rs.start == j and rs.end - rs.start > 1 and rs.kind in ("person", "host"):
            # "sent Deputy Prime Minister Y instead": an office of several words, then its holder
            return [m for m in actors if rs.end <= m.start <= rs.end + 1 and m.type == "person"][:1]
        role = self.kb.role_of(self.lang, doc.texts[j])
        if role is None or role[1] not in ("person", "host"):
            return None
        after = next((m for m in actors if j < m.start <= j + 2 and m.type == "person"), None)
        return [after] if after is not None else []

    def _on_behalf_of(self, doc, m: Mention, floor: int) -> bool:
        """Is the state ``m`` the one a participant stands for ("Für die USA nahm nicht X, sondern Y teil")?"""
        if m.type != "country":
            return False
        k = m.start - 1
        while k > floor and doc.lowers[k] in self.r.determiners:
            k -= 1
        return k >= floor and doc.lowers[k] in self.r.behalf_prepositions

    def _unfulfilled_at(self, doc, s_start: int) -> int | None:
        """Where a plan that did not come true starts ("X had been due to join … but stayed in Oslo",
        "sollte eigentlich teilnehmen, sagte aber ab"): a phrase of an unfulfilled plan and a contrast after it, or
        a verb of staying ("X, der eigentlich teilnehmen sollte, blieb in Stockholm")."""
        if not self.r.unfulfilled:
            return None
        if s_start in self._unfulfilled_cache:
            return self._unfulfilled_cache[s_start]
        self._unfulfilled_cache[s_start] = found = self._find_unfulfilled(doc, s_start)
        return found

    def _find_unfulfilled(self, doc, s_start: int) -> int | None:
        text = doc.sentence_lowers(s_start)
        for phrase in self._unfulfilled_phrases:
            at = text.find(phrase)
            if at < 0 or at and text[at - 1] != " ":
                continue  # (most sentences hold none: the words after one are split only when it is there)
            after = text[at + len(phrase):].split()
            n = len(text[:at].split())  # words before the phrase
            # (staying put contrasts the plan too: "X, who had been expected to join, stayed in Stockholm"; so does
            # withdrawing: "X, who had been expected to attend, cancelled at short notice")
            if not self.r.contrast_words.isdisjoint(after) or not self.r.staying_verbs.isdisjoint(after) \
                    or self._withdraws_in(doc, s_start + n + len(phrase.split()), doc.sent_end(s_start)):
                if any(w in self.r.cancelled and after[i - 1] in self.r.passive_auxiliaries for i, w in enumerate(after) if i):
                    # "X had been expected to travel to Odesa, but the visit was cancelled": the meeting was called
                    # off, not held without X
                    return None
                return s_start + n
        return self._unfulfilled_relative(doc, s_start)

    def _unfulfilled_relative(self, doc, s_start: int) -> int | None:
        """The start of a relative clause of a plan that did not come true, its adverb first and its modal last,
        with a contrast after it ("X, der ursprünglich an den Gesprächen teilnehmen sollte, war stattdessen in
        Brüssel"): German parts the words of the plan phrases ("sollte ursprünglich") in a subordinate clause."""
        adverbs, modals = self.r.unfulfilled_adverbs, self.r.unfulfilled_modals
        if not adverbs or not any(w in doc.sentence_lowers(s_start) for w in adverbs):
            return None  # (asked of nearly every sentence with a meeting: a substring test first)
        lowers, s_end = doc.lowers, doc.sent_end(s_start)
        for k in range(s_start + 2, s_end - 1):
            if lowers[k] not in adverbs or lowers[k - 1] not in self.r.relative_pronouns or doc.texts[k - 2] != ",":
                continue
            end = doc.clause_bounds(k, BOUNDARY)[1]
            if end < s_end and lowers[end - 1] in modals and not (self.r.contrast_words.isdisjoint(lowers[end:s_end])
                                                                  and self.r.staying_verbs.isdisjoint(lowers[end:s_end])
                                                                  and not self._withdraws_in(doc, end, s_end)):
                return k - 1
        return None

    def _withdraws_in(self, doc, start: int, end: int) -> bool:
        """Does someone withdraw between ``start`` and ``end`` ("…, sagte kurzfristig ab", "…, cancelled at short
        notice"): a verb of withdrawing with no object?"""
        return any(doc.lemmas[j] in self.r.withdraw_verbs and self._withdrew(doc, j, doc.clause_bounds(j, BOUNDARY)[1])
                   for j in range(start, end))

    def _pledged(self, doc, s_start: int, s_end: int) -> set[str]:
        """The words of a pledge told with no day of its own ("Der deutsche Ressortchef X sagte zwölf Haubitzen zu",
        "Germany's defence minister X pledged …"), outside quotes: right after a meeting of many is told, one who
        pledged did so at it. A pledge on a day of its own ("sagte am Freitag … zu") is that day's news."""
        if not self.r.pledging_verbs:
            return set()
        words = {doc.lowers[k] for k in range(s_start, s_end) if k not in self._quote_tokens and (
            doc.lowers[k] in self.r.pledging_verbs
            or doc.lemmas[k] in self._pledging_separable and any(
                self._particle_ends_clause(doc, k, p) for p in self._pledging_separable[doc.lemmas[k]]))}
        if words and self._date(doc, (s_start, s_end), self._dates) is not None:
            return set()
        return words

    def _unfulfilled(self, doc, s_start: int, s_end: int, actors: list[Mention]) -> list[Mention]:
        """The persons of the clause of an unfulfilled plan are absent."""
        k = self._unfulfilled_at(doc, s_start)
        if k is None:
            return []
        a, _ = self._clause(doc, k, s_start, s_end)
        found = [m for m in actors if a <= m.start < k and m.type == "person"]
        if not found and a - 1 > s_start and doc.texts[a - 1] == "," and doc.lowers[a] in self.r.relative_pronouns:
            # "X, who had been due to join the talks, was instead in Brussels": the person the relative clause follows
            found = [m for m in actors if m.type == "person" and doc.past_bracket(m.end) == a - 1]
        return found

    def _context_mention(self, doc, s_start, s_end, mentions, actors, absent, present,
                         arrival: Trigger | None = None) -> list[MeetingMention]:
        """A sentence with no meeting word that adds participants, absentees or a host ("Gastgeberin ist X")
        to the meeting told about."""
        words = {doc.lowers[k] for k in range(s_start, s_end)}
        # (not a word quoted: "»Wir stehen an der Seite Polens«, sagte X" tells no one at X's side)
        # (nor one in an open question: "X hat nicht gesagt, ob er teilnimmt")
        cue = {doc.lowers[k] for k in range(s_start, s_end) if (
            doc.lowers[k] in self.r.participation_cues or doc.lowers[k].endswith(self.r.participation_cue_heads))
               and k not in self._quote_tokens and not (doc.lowers[k] in self.r.adverbial_cues and self._adverbial_use(doc, k))
               and not self._asked_whether(doc, k, s_start)}
        if not cue and actors and self.r.guest_speaker_nouns:
            # "Als Gast sprach auch X", "X spoke as a guest": one who spoke at it as a guest was there
            cue = {doc.lowers[k] for k in range(s_start + 1, s_end) if doc.lowers[k] in self.r.guest_speaker_nouns
                   and (doc.lowers[k - 1] in self.r.guest_speaker_links or k - 2 >= s_start and doc.lowers[k - 2]
                        in self.r.guest_speaker_links and doc.lowers[k - 1] in self.r.indefinite_articles) and any(
                       doc.lowers[j] in self.r.guest_speaker_verbs or doc.lemmas[j] in self.r.guest_speaker_verbs
                       for j in range(*doc.clause_bounds(k, BOUNDARY)))}
        speech: set[str] = set()
        if not cue and actors and self.r.own_speech_nouns and (k := self._own_speech(doc, s_start, s_end)) is not None:
            cue = speech = {doc.lowers[k]}  # "Parteichef X warb in seiner Rede für die Reformpläne"
        if not cue and self._joining_separable:
            # "Anschließend kamen die Europäer hinzu, darunter X": joining the meeting told
            joining = self._joining_separable
            cue = {doc.lowers[k] for k in range(s_start, s_end) if doc.lemmas[k] in joining and any(
                self._particle_ends_clause(doc, k, p) for p in joining[doc.lemmas[k]])}
        if not cue and self._coming_companions and actors and not self.r.came_words.isdisjoint(words) \
                and doc.sentence_says(s_start, self._coming_companions) and not self._places(doc, (s_start, s_end), mentions):
            # "Neben Kanzler X kamen unter anderem Y und Z": those who came to the meeting told (not "Es kam zu
            # Protesten", "kam nach Berlin")
            cue = {doc.lowers[k] for k in range(s_start, s_end) if doc.lowers[k] in self.r.came_words
                   and not (k + 1 < s_end and doc.lowers[k + 1] in self.r.coming_not_after)
                   and not (k > s_start and doc.lowers[k - 1] == "es")}
        if not cue and actors and not self.r.leaving_verbs.isdisjoint(words) and not self.r.room_nouns.isdisjoint(words):
            # "Orbán verließ den Saal vor der Abstimmung", "X left the room": one leaving it was there
            cue = {doc.lowers[k] for k in range(s_start, s_end) if doc.lowers[k] in self.r.leaving_verbs
                   and any(doc.lowers[j] in self.r.room_nouns for j in range(k + 1, min(k + 4, s_end)))}
        if not cue and actors and not self.r.room_nouns.isdisjoint(words) and not self.r.copula_forms.isdisjoint(words):
            # "X was also in the room", "Y war ebenfalls im Saal": one in the room, where its clause ends, was there
            cue = {doc.lowers[j] for j in range(s_start + 2, s_end) if doc.lowers[j] in self.r.room_nouns
                   and (j + 1 >= s_end or doc.is_punct[j + 1])
                   and (doc.lowers[j - 1] in self.r.meeting_prepositions or doc.lowers[j - 1] in self.r.determiners
                        and doc.lowers[j - 2] in self.r.meeting_prepositions)}
        if not cue and self._members and doc.sentence_says(s_start, self._members):
            cue = self._member_anchors  # "Unter ihnen waren X, Y und Z": members of the group of the meeting told
        if not cue and self._voting and actors and doc.sentence_says(s_start, self._voting):
            cue = self._voting_anchors  # "X enthielt sich", "Y stimmte dagegen": who voted at the meeting told
        if not cue and self.r.counterpart_roles:
            # "Seine französische Kollegin X unterstützte den Vorstoß": a counterpart named right after a
            # meeting was at it
            cue = {doc.lowers[m.start] for m in actors if m.role in self.r.counterpart_roles}
        if arrival is not None:
            cue = cue | {doc.lowers[arrival.start]}
        if not cue and actors and words & self.r.inviting_participles and words & self.r.invited_auxiliaries \
                and not words & self.r.active_perfect_auxiliaries:
            # "Auch der polnische Regierungschef X ist eingeladen", "X has also been invited": a guest expected
            cue = words & self.r.inviting_participles
        if not cue and actors and words & self.r.participation_nouns and any(self._confirms(doc, j) for j in range(s_start, s_end)) \
                and not self._negated(doc, s_start, s_end):
            # "Auch X hat seine Teilnahme zugesagt", "X has confirmed his attendance": X takes part (not "hat seine
            # Teilnahme bislang nicht zugesagt")
            cue = words & self.r.participation_nouns
        if not cue and actors and self._remote and doc.sentence_says(s_start, self._remote):
            # "X wandte sich per Video an die Gipfelteilnehmer", "X addressed the leaders by video": from afar
            cue = {doc.lowers[k] for k in range(s_start, s_end) if doc.lowers[k] in self._remote_words}
        if not cue and not absent and actors and (k := self._before_the_gathered(doc, s_start, s_end)) is not None \
                and (speakers := [m for m in actors if m.type == "person" and m.start < k]):
            # "Parteichef X warb vor den rund 150 Delegierten für das Bündnis": one who spoke in front of those at the
            # meeting told was at it (the persons before the phrase: what they spoke for is no party)
            mm = self._context_at(doc, s_start, s_end, {doc.lowers[k]})
            mm.participants = speakers
            mm.gathered_of = self._gathered_meeting_head(doc, k, s_end)
            return [mm]
        if not cue and self._represented(doc, (s_start, s_end), mentions):
            # "Für die Europäische Union sprach Kommissionsvizepräsident X": speaking for a party at the meeting told
            cue = {doc.lowers[s_start]}
        pledged = set() if cue or not actors else self._pledged(doc, s_start, s_end)
        cue = cue or pledged
        thanked = self._thanked_host(doc, s_start, s_end, actors) or self._host_of_the_guest(doc, s_start, s_end, actors)
        if thanked is not None:
            return [thanked]
        accepting = doc.sentence_says(s_start, self._acceptance)
        inviters = [] if cue or absent else self._inviters_before_their_names(doc, s_start, s_end, actors, mentions)
        if inviters:
            mm = self._context_at(doc, s_start, s_end, {doc.lowers[s_start]})
            # (one in the accusative was invited: "Eingeladen hatte X den Präsidenten Y")
            mm.hosts = [m for m in inviters if not self._accusative_object(doc, m, s_start)]
            mm.participants = list(inviters)
            return [mm]
        inviter = None if cue or absent else self._inviter_of_group(doc, s_start, s_end, actors, mentions)
        if inviter is not None:
            stems = {v for v, _ in self.r.invitation_separable} | self.r.invitation_verbs
            verb = next((k for k in range(s_start, s_end) if doc.lemmas[k] in stems or doc.lowers[k] in stems), inviter.start)
            mm = self._context_at(doc, s_start, s_end, {doc.lowers[verb]})
            mm.hosts, mm.participants = [inviter], [inviter]
            return [mm]
        # (a host noun, not the verb after "to": "X has offered to host any talks" hosts nothing told)
        host_noun = any(doc.lowers[k] in self.r.host_nouns and not (k > s_start and doc.lowers[k - 1] in self.r.verb_openers)
                        for k in range(s_start, s_end)) if words & self.r.host_nouns else False
        if not cue and not absent and not accepting and host_noun and (actors or any(
                m.type in ("country", "organization") and not m.modifier for m in mentions)):
            # "Gastgeberin ist X", "Gastgeber sind Saudi-Arabien und die USA"; not "X war auf Einladung von Y
            # nach Bayern gekommen": the invitation was to a journey there, not to the meeting told; one who
            # accepts an invitation ("nahm die Einladung an") is the guest
            if any(doc.lowers[k] in self.r.destination_prepositions and doc.texts[k + 1][:1].isupper()
                   for k in range(s_start, s_end - 1)):
                return []
            mm = self._context_at(doc, s_start, s_end, self.r.host_nouns)
            mm.hosts = self._hosts(doc, mm, mentions)
            mm.participants = list(mm.hosts) or [
                # "Die Gäste unter Leitung der Senatspräsidentin X informierten sich …": X leads the guests, one of them
                m for m in actors if m.type == "person"
                and any(self._leads_a_group(doc, k, mentions) for k in range(max(s_start, m.start - 3), m.start))]
            return [mm] if mm.participants else []
        delegated = self._delegated_states(doc, s_start, s_end, mentions)
        if delegated and not cue and not absent and doc.lowers[s_start] in self.r.before_that_words:
            # "Zuvor hatte sich X mit seinen Kollegen aus Frankreich und Polen abgestimmt": what they did before it,
            # no party to the meeting told
            delegated = []
        if not cue and not absent and not delegated and not present:
            if words & self.r.there_context and actors:
                # "Steinmeier verlieh ihm dort den Orden": persons acting at the place just told about are there
                mm = self._context_at(doc, s_start, s_end, self.r.there_context)
                mm.participants = list(actors)
                return [mm]
            two = [k for k in self._the_two(doc, (s_start, min(s_end, s_start + 2))) if doc.lowers[k] in self.r.pair_words
                   and k + 1 < s_end and (doc.texts[k + 1].islower() or self.kb.role_of(self.lang, doc.texts[k + 1]) is not None)]
            # (the plural role after it may be read as a group: "The two leaders signed …")
            if two and all(a.type == "group" and a.start == two[0] + 1 for a in actors) \
                    and any(m.type in ("venue", "city") and not m.modifier for m in mentions):
                # "Die beiden Minister unterzeichneten auf dem Landsitz Lohn in Kehrsatz eine Absichtserklärung": the
                # two just named, doing something at a place, tell where the meeting told was
                mm = self._context_at(doc, s_start, s_end, {doc.lowers[two[0]]})
                mm.places = self._places(doc, (s_start, s_end), mentions)
                mm.participants = list(self.two_before(s_start))
                return [mm] if mm.places and len(mm.participants) == 2 else []
            return []
        mm = self._context_at(doc, s_start, s_end, cue or {doc.lowers[s_start]})
        mm.pledge = bool(pledged) and cue == pledged
        mm.speech = bool(speech) and cue == speech
        mm.remote = self._virtual_sentence(doc, s_start)
        if cue and not mm.remote:
            # "Kanzlerin X war in Kiew dabei": at the meeting told in that place, not at the one told last (the
            # cue's clause only: "X fehlte wegen einer Krise in Warschau; Polen wurde von Y vertreten")
            # (not a stop on the way: "arrived late after a stop in X"; nor the room of a cue "im Saal": the meeting's)
            mm.places = [p for p in self._places(doc, self._clause(doc, mm.triggers[0].start, s_start, s_end), mentions)
                         if not self._at_a_stop(doc, p) and p.text.lower() not in self.r.room_nouns]
        k = mm.triggers[0].start
        mm.absent = absent
        if words & self.r.host_nouns:
            mm.hosts = self._hosts(doc, mm, mentions)  # "Hosts X and Y will greet each delegation"
        elif words & self.r.inviting_participles and not self._placed_or_dated(doc, s_start, s_end, mentions):
            mm.hosts = self._inviters_with_no_object(doc, s_end, actors)  # "X hatte geladen, doch Y reiste vorzeitig ab"
        if cue:
            # (not the source of the news: "X blockierte nach Angaben von Diplomaten eine Erklärung")
            # (nor a group in what was said: "X sagte zum Auftakt, die Allianz müsse schneller werden")
            people = [m for m in actors if all(m.key != a.key for a in absent) and not self._reporting_source(doc, m, s_end)
                      and not self._group_in_what_was_said(doc, m, mm) and not self._principal_of_an_apposed_role(doc, m, mm)]
            if k + 1 < s_end and doc.lowers[k + 1] in self.r.plan_infinitive_markers:
                # "The prime minister is expected to urge the leaders to put pressure on X": the one expected is there;
                # whom they are to do something to is not
                people = [m for m in people if m.start < k]
            clause = self._clause(doc, k, s_start, s_end)
            if any(clause[0] <= a.start < clause[1] for a in absent):
                # a cue that tells an absence tells no one else's taking part: "Ukraine was not invited, and
                # President X said …" (X speaks, in a clause of his own)
                people = [m for m in people if clause[0] <= m.start < clause[1]]
            pronoun = next((doc.lowers[j] for j in range(*clause) if doc.lowers[j] in self.r.subject_pronouns), None)
            if pronoun is not None and self.persons_before is not None:
                antecedent = self.persons_before(s_start, pronoun)
                if antecedent is not None and all(antecedent.key != a.key for a in absent):
                    people.append(antecedent)
            # a state presented as taking part ("Norwegen wurde … vertreten", "für die USA reist X an")
            people.extend(m for m in self._state_subjects(doc, (s_start, s_end), mentions) + self._represented(doc, clause, mentions)
                          if all(m.key != a.key for a in absent) and m not in people)
            mm.participants = people + [p for p in present if all(p.key != q.key for q in people)]
            # (an arrival told as done: "reist bereits am Mittwochabend an" may be the day before the meeting)
            on_the_way = arrival is not None and self._present_tense(doc, arrival)
            self._cue_day(doc, mm, clause, arrival is not None and not on_the_way, on_the_way)
        else:
            # those an absence sentence names in the absent one's place ("X schickte seinen Berater Y")
            mm.participants = [p for p in present if all(p.key != a.key for a in absent)]
        mm.participants.extend(m for m in delegated if all(m.key != p.key for p in mm.participants + absent))
        return [mm] if mm.participants or mm.absent else []

    def _cue_day(self, doc, mm: MeetingMention, clause: tuple[int, int], arrival: bool = False,
                 on_the_way: bool = False) -> None:
        """A day the clause of a cue of taking part names, with words of a plan ("X wird erst am Mittwoch
        erwartet"): the one named arrives for that day of the meeting told, and is still to come. The day of an
        arrival or a presence told as done ("Der CDU-Politiker reiste am Freitagmorgen mit dem Zug an", "sagte er
        am Donnerstag vor den Delegationen") is the day of the meeting told, if it has none."""
        words = doc.lowers[clause[0]:clause[1]]
        found = self._date(doc, clause, self._dates)
        if found is not None and found.kind in ("weekday", "daymonth", "relative") \
                and self._planned_words(words, " ".join(words)):
            if arrival or on_the_way or not self.r.arrival_verbs.isdisjoint(words):
                # (an arrival to come may be on the eve of the meeting: "X and Y are expected to arrive on Thursday
                # evening" for talks on Friday, "sollen bereits am Donnerstagabend anreisen")
                mm.arrival_day, mm.status = found, "planned"
            else:
                mm.date_mention, mm.status = found, "planned"
        elif found is not None and found.kind in ("weekday", "daymonth") and (arrival or not on_the_way and mm.status == "past"):
            # (so is the day of one's presence told as done: "»…«, sagte er am Donnerstag vor den Delegationen")
            mm.arrival_day = found

    def _talk_under_a_gathering(self, doc, lead: MeetingMention, event: MeetingMention, actors) -> bool:
        """Does ``lead``, a label before a colon, name a gathering of many (a summit, a conference: rules
        ``gathering_nouns``, German compounds by their head) and ``event`` after it two or more named persons
        meeting, told by a verb of encounter ("Sicherheitskonferenz: Vance trifft Selenskyj", "G20 summit: Modi meets
        Albanese")? The talk is held at the gathering; it is not the gathering."""
        label = self._colon_label(doc, lead, actors)
        if label is None:
            return False
        return self._gathering_noun(self._head(lead.triggers[-1])) and all(t.kind == "verb" and t.lemma in self.r.encounter_words for t in event.triggers) \
            and len({m.key for m in actors if m.type == "person" and m.start > label}) >= 2

    def _leads_a_delegation(self, doc, i: int, s_end: int) -> bool:
        """Is a delegation the object of the verb of leading at ``i``, right after it or past its subject ("leitet
        die russische Delegation", "leitete Wladimir Medinski die russische Delegation")?"""
        for k in range(i + 1, min(i + 8, s_end)):
            if doc.texts[k] in BOUNDARY:
                return False
            if self._delegation_noun(doc.lowers[k]):
                return True
        return False

    def _clause_label(self, doc, lead: MeetingMention, event: MeetingMention, actors) -> bool:
        """Is ``lead`` a short clause before a colon that opens its sentence ("Tusk trifft Frederiksen:",
        "Merz empfängt Macron:"), with no day or place, all of whose persons the sentence names again after the
        colon, where ``event`` is told?"""
        k = lead.triggers[-1].end
        colon = next((j for j in range(k, min(event.triggers[0].start, lead.sent_start + 8)) if doc.texts[j] in BOUNDARY), None)
        if colon is None or doc.texts[colon] != ":" or lead.date_mention is not None or lead.places \
                or any(t.start > colon for t in lead.triggers):
            return False
        before = {m.key for m in actors if m.type == "person" and m.start < colon}
        return len(before) >= 2 and before <= {m.key for m in actors if m.type == "person" and m.start > colon}

    def _colon_label(self, doc, mm: MeetingMention, actors) -> int | None:
        """The colon after ``mm`` when ``mm`` is a meeting noun phrase that opens its sentence and ends at a
        colon with no one named ("Hoher Besuch im Landratsamt:", "Das Telefonat dauerte eine Stunde:"), else None."""
        if not all(t.kind == "noun" for t in mm.triggers) or mm.triggers[0].start - mm.sent_start > 3:
            return None
        colon = next((k for k in range(mm.triggers[-1].end, min(mm.sent_end, mm.triggers[-1].end + 6))
                      if doc.texts[k] in BOUNDARY), None)
        if colon is None or doc.texts[colon] != ":" or any(mm.sent_start <= m.start < colon for m in actors):
            return None
        # a phrase, no clause: its words after the noun are names or the words that join them ("im Landratsamt"),
        # not a verb ("Die Verhandlungen hatten damals im Kaukasus begonnen:")
        if all(doc.texts[k][:1].isupper() or doc.lowers[k] in self.r.meeting_prepositions or doc.lowers[k] in self.r.determiners
               for k in range(mm.triggers[-1].end, colon)):
            return colon
        # or a clause about the meeting just named ("Das Telefonat dauerte knapp eine Stunde:"), with no name, place
        # or day in it
        if mm.definite and not mm.places and all(doc.texts[k].isalnum() and k not in self._in_mention
                                                 for k in range(mm.triggers[-1].end, colon)) \
                and self._date(doc, (mm.sent_start, colon), self._dates) is None:
            return colon
        return None

    def _thanked_host(self, doc, s_start: int, s_end: int, actors: list[Mention]) -> MeetingMention | None:
        """"Er bedankte sich bei X für die Gastfreundschaft", "Y thanked X for his hospitality": the one thanked
        for hospitality hosted the meeting told, the one thanking was a guest there."""
        words = doc.lowers[s_start:s_end]
        if self.r.hospitality_nouns.isdisjoint(words):
            return None
        verb = next((k for k in range(s_start, s_end) if doc.lemmas[k] in self.r.thanks_verbs or doc.lowers[k] in self.r.thanks_verbs), None)
        if verb is None:
            return None
        a, b = self._clause(doc, verb, s_start, s_end)
        host = next((m for m in actors if verb < m.start < b and m.type == "person"), None)
        if host is None:
            return None
        guest = next((m for m in actors if a <= m.start < verb and m.type == "person"), None)
        if guest is None and self.persons_before is not None:
            pronoun = next((doc.lowers[k] for k in range(a, b) if doc.lowers[k] in self.r.subject_pronouns), None)
            guest = self.persons_before(s_start, pronoun) if pronoun is not None else None
        mm = self._context_at(doc, s_start, s_end, {doc.lowers[verb]})
        mm.hosts = [host]
        mm.participants = [host] + ([guest] if guest is not None and guest.key != host.key else [])
        return mm

    def _in_relative_before(self, doc, m: Mention, a: int, i: int) -> bool:
        """Is ``m`` inside a relative clause that opens after a comma and closes with one before the verb at ``i``
        ("Der Präsident, der X eingeladen hatte, begrüßte …")? It is no subject of that verb."""
        opened = next((k for k in range(m.start - 1, a, -1) if doc.texts[k] in BOUNDARY), None)
        if opened is None or doc.texts[opened] != "," or doc.lowers[opened + 1] not in self.r.relative_pronouns:
            return False
        return any(doc.texts[k] == "," for k in range(m.end, i))

    def _attribute_plan_date(self, doc, mm: MeetingMention, dates: list[DateMention]) -> DateMention | None:
        """The date a plan's participle before the meeting noun is for ("ein für Mai geplanter Gipfel", "das
        ursprünglich für Mai in Budapest geplante Treffen"), if one stands there."""
        t = mm.triggers[0]
        if t.kind != "noun" or t.start < 2 or not self.r.planned_attributes:
            return None
        k = t.start - 1
        while k > mm.sent_start and t.start - k <= 2 and doc.lowers[k] not in self.r.planned_attributes:
            k -= 1
        if doc.lowers[k] not in self.r.planned_attributes:
            return None
        a_char, b_char = doc.idx[max(mm.sent_start, k - 8)], doc.idx[k]
        return next((d for d in dates if a_char <= d.start < b_char and d.planned_for), None)

    def _own_predicate(self, doc, t: Trigger, s_start: int, s_end: int) -> tuple[int, int]:
        """The predicate of the verb ``t`` in its clause: past "and"/"but" before it ("is not attending the session
        but will meet X", "nahm nicht teil und traf X" meets X) and up to such a word before a later verb."""
        a, b = self._conjunct_of(doc, t.start, *self._clause(doc, t.start, s_start, s_end), verbs=True)
        if (k := self._verb_conjunction(doc, t.start, a)) is not None:
            a = k + 1
        return a, b

    def _denied_encounter(self, doc, t: Trigger, s_start: int, s_end: int) -> bool:
        """Is ``t`` a verb of meeting or talking denied in its own clause ("Kanzler Merz traf er nicht", "did not
        speak to X")?"""
        if t.kind != "verb" or (t.lemma not in self.r.encounter_words and t.lemma not in self.r.partner_verbs):
            return False
        a, b = self._own_predicate(doc, t, s_start, s_end)
        # (not a phrase denied for another: "ist nicht in Bonn, sondern in Köln zusammengekommen")
        return self._negated(doc, a, b) and self.r.clause_continuers.isdisjoint(doc.lowers[s_start:s_end])

    def _host_of_the_guest(self, doc, s_start: int, s_end: int, actors: list[Mention]) -> MeetingMention | None:
        """"… ist am Dienstag im Schloss Bellevue begrüßt worden. Bundespräsident X sicherte seinem Gast die
        Solidarität Deutschlands zu", "X assured his guest of …": one named first in a sentence that calls someone
        their guest, with no meeting word, hosted the meeting told."""
        if self.r.guest_nouns.isdisjoint(doc.lowers[s_start:s_end]):
            return None
        k = next((j for j in range(s_start + 1, s_end) if doc.lowers[j] in self.r.guest_nouns
                  and doc.lowers[j - 1] in self.r.possessives and j not in self._quote_tokens), None)
        host = next((m for m in actors if m.type == "person" and s_start <= m.start < k and not in_genitive(doc, m)),
                    None) if k is not None else None
        if host is None or any(m.type == "person" and m.start < host.start for m in actors):
            return None
        mm = self._context_at(doc, s_start, s_end, {doc.lowers[k]})
        mm.hosts, mm.participants = [host], [host]
        return mm

    def _inviters_before_their_names(self, doc, s_start: int, s_end: int, actors, mentions) -> list[Mention]:
        """"Eingeladen hatten der britische Premierminister X und Frankreichs Präsident Y": a sentence opened by the
        participle of inviting and an active perfect names the hosts of the meeting told (not "Eingeladen waren
        auch X": guests; not one with a place or day of its own, an invitation elsewhere); so does a person before
        such a perfect with no object ("X hatte geladen")."""
        if s_start + 2 < s_end and doc.lowers[s_start] in self.r.inviting_participles \
                and doc.lowers[s_start + 1] in self.r.active_perfect_auxiliaries:
            found = [m for m in actors if m.type == "person" and s_start + 2 <= m.start]
        else:
            found = self._inviters_with_no_object(doc, s_end, actors)
        return [] if not found or self._placed_or_dated(doc, s_start, s_end, mentions) else found

    def _inviters_with_no_object(self, doc, s_end: int, actors) -> list[Mention]:
        """"Kanadas Premier X hatte geladen, doch …": a person right before an active perfect of inviting that ends
        its clause invited no one named; with no meeting word of its own, the sentence names the host of the
        meeting told."""
        out = []
        for m in actors:
            k = doc.past_bracket(m.end)
            if m.type == "person" and k + 1 < s_end and doc.lowers[k] in self.r.active_perfect_auxiliaries \
                    and doc.lowers[k + 1] in self.r.inviting_participles \
                    and (k + 2 == s_end or doc.is_punct[k + 2] or doc.lowers[k + 2] in self.r.coordinators):
                out.append(m)
        return out

    def _placed_or_dated(self, doc, s_start: int, s_end: int, mentions) -> bool:
        """Does the sentence name a place or a day of its own? An invitation told with one is to somewhere else or
        for another day, not to the meeting told before."""
        return any(m.type in ("city", "country", "venue") and not m.modifier for m in mentions) \
            or self._date(doc, (s_start, s_end), self._dates) is not None

    def _inviter_of_group(self, doc, s_start: int, s_end: int, actors, mentions) -> Mention | None:
        """The one person who invited a group, told with no meeting word after the meeting ("Ratspräsident X
        hatte die 27 Staats- und Regierungschefs eingeladen"): the host of the meeting told. Not an invitation
        to a place ("hatte sie nach Berlin eingeladen": a journey), one dated on its own, one to come ("will die
        Minister im Herbst einladen"), nor one between persons ("lud Y ein")."""
        persons = [m for m in actors if m.type == "person"]
        groups = [m for m in actors if m.type == "group"]
        if len(persons) != 1 or not groups or groups[0].start < persons[0].end \
                or not self._verb_in(doc, (s_start, s_end), self.r.invitation_verbs, self.r.invitation_separable):
            return None
        lowers = doc.lowers[s_start:s_end]
        if not self.r.future_or_passive_auxiliaries.isdisjoint(lowers) or not self.r.planned.isdisjoint(lowers) \
                or self._placed_or_dated(doc, s_start, s_end, mentions):
            return None
        return persons[0]

    def _plural_by_verb(self, doc, k: int, clause: tuple[int, int]) -> bool:
        """Is the pronoun at ``k`` one that is plural when its verb is ("Sie vereinbarten, sich … zu treffen",
        "trafen sie sich", "wo sie … teilnehmen": German "sie" is "they"), told by the finite verb next to it, or
        last in a subordinate clause, ending in -en (not a
        determiner or one of ``not_plural_verbs``: "dagegen", "gegen") or by one of ``plural_finite_verbs``
        ("sind")?"""
        if doc.lowers[k] not in self.r.number_by_verb_pronouns:
            return False
        near = [k + 1, k - 1]
        opener = doc.lowers[clause[0]]
        if clause[0] < k and (opener in self.r.where_words or opener in self.r.relative_pronouns
                              or opener in self.r.causal_conjunctions or opener in self.r.when_conjunctions
                              or opener in self.r.sequence_conjunctions):
            last = clause[1] - 1
            while last > k and not doc.texts[last].isalpha():
                last -= 1
            near.append(last)  # a subordinate clause's verb is its last word: "wo sie … teilnehmen"
        for j in near:
            if clause[0] <= j < clause[1] and doc.texts[j].islower():
                low = doc.lowers[j]
                if low in self.r.plural_finite_verbs or len(low) > 4 and low.endswith("en") and low.isalpha() \
                        and low not in self.r.determiners and low not in self.r.not_plural_verbs:
                    return True
        return False

    def _after_a_span(self, doc, start: int, s_start: int) -> bool:
        """Is the meeting noun at ``start`` after a span of time and a preposition of sequence ("days after a
        fractious meeting", "wenige Tage nach dem Treffen"), over its article and adjectives?"""
        k = self._preposition_before(doc, start, s_start + 1, self.r.sequence_prepositions)
        return k is not None and doc.lowers[k - 1] in self.r.background_units

    def _being_elsewhere(self, doc, a: int, b: int) -> bool:
        """Does the clause from ``a`` to ``b`` have a verb of being somewhere ("war", "weilte", "hielt sich … auf")?"""
        if not self.r.being_elsewhere_verbs.isdisjoint(doc.lowers[a:b]) \
                or not self.r.being_elsewhere_verbs.isdisjoint(doc.lemmas[a:b]):
            return True
        return any(doc.lemmas[k] == verb and self._particle_ends_clause(doc, k, particle)
                   for verb, particle in self.r.being_elsewhere_separable for k in range(a, b))

    def _opens_a_clause_of_cause(self, doc, k: int, s_start: int, s_end: int, sent_mentions) -> bool:
        """Does the word at ``k`` open a clause of cause, a relative clause of a possessor or a clause of where
        someone was, after the main clause? (Asked of every word of a sentence with a meeting: the mark before it
        is looked at first.)"""
        lowers, before = doc.lowers, doc.texts[k - 1]
        # (English "because" needs no comma: "X stayed away because he was holding talks in Y")
        if lowers[k] in self.r.comma_free_causal_conjunctions and k > s_start + 2:
            return True
        if before == ";":
            return self._where_one_was(doc, k, s_end)
        if before != ",":
            return False
        # "per Video aus London zugeschaltet, wo X sich zu einem Staatsbesuch aufhielt": where one was
        return lowers[k] in self.r.causal_conjunctions or lowers[k] in self.r.relative_possessives \
            or lowers[k] in self.r.where_words and self._being_elsewhere(doc, k, doc.clause_bounds(k, BOUNDARY)[1]) \
            or self._opens_elsewhere(doc, k, sent_mentions)

    def _where_one_was(self, doc, k: int, s_end: int) -> bool:
        """Does the clause after a semicolon at ``k`` tell where someone named before was, by a pronoun and a verb
        of being somewhere ("…; er hielt sich gerade zu einem Besuch in Norwegen auf")? Not a clause of its own
        subject ("…; ein Treffen mit X ist geplant")."""
        b = doc.clause_bounds(k, BOUNDARY)[1]
        return not self.r.subject_pronouns.isdisjoint(doc.lowers[k:b]) and self._being_elsewhere(doc, k, b)

    def _opens_elsewhere(self, doc, k: int, mentions) -> bool:
        """Does a main clause of its own begin at ``k`` with a person it places somewhere ("Für Deutschland nimmt X
        teil, Außenminister Y ist zeitgleich in Japan")? It tells why Y is not there, as "da Y … war" does."""
        away = self._elsewhere(doc, k, doc.clause_bounds(k, BOUNDARY)[1], mentions)
        if not away:
            return False
        role = self._role_at_token.get(away[0].start - 1)
        return (role.start if role is not None else away[0].start) == k

    def _at_the_same_time(self, doc, a: int, b: int) -> bool:
        """Does the clause from ``a`` to ``b`` say "at the same time" ("zeitgleich", "zur gleichen Zeit")?"""
        text = f" {' '.join(doc.lowers[a:b])} "
        return any(w in text for w in self._simultaneous)

    def _elsewhere(self, doc, a: int, b: int, mentions, meeting_there: bool = False) -> list[Mention]:
        """The person a clause of cause from ``a`` to ``b`` names first and places somewhere with a verb of being
        ("da X zeitgleich in Washington war", "weil X sich in Kapstadt aufhielt"), or at a meeting the clause tells
        (``meeting_there``: "da X zeitgleich in Berlin an einer Kabinettssitzung teilnahm"): not at the meeting told
        (a pronoun there is left alone)."""
        if not meeting_there and not self._being_elsewhere(doc, a, b):
            return []
        # (the clause's subject: in "wo ein Treffen mit X im Élysée-Palast vorgesehen ist" X is where the meeting is)
        persons = [m for m in mentions if m.type == "person" and a <= m.start < b and self._preposition_before(
            doc, self._role_at_token[m.start - 1].start if m.start - 1 in self._role_at_token else m.start, a,
            self.r.object_prepositions) is None]
        places = [m for m in mentions if m.type in ("city", "country", "venue", "region") and not m.modifier and a <= m.start < b
                  and m.start > 0 and doc.lowers[m.start - 1] in self.r.meeting_prepositions]
        if persons and not places and not self.r.away_words.isdisjoint(doc.lowers[persons[0].end:b]):
            return persons[:1]  # "da X in Nahost unterwegs war", "as X was travelling": away, wherever that is
        return persons[:1] if persons and places and persons[0].start < places[0].start else []

    def _agentless_in_speech(self, doc, t: Trigger, s_start: int, s_end: int, sent_mentions: list[Mention]) -> bool:
        """Is the meeting verb ``t`` a passive with no one named in its clause, in what someone said ("Selenskyj
        kritisierte, über sein Land werde ohne sein Land verhandelt")? It tells no meeting of anyone: the speaker
        judges the talks told, they are not at them."""
        a, b = doc.clause_bounds(t.start, BOUNDARY)
        if a <= s_start + 1 or doc.texts[a - 1] != ",":
            return False
        if not any(doc.lowers[k] in self.r.passive_auxiliaries or doc.lowers[k] in self.r.future_or_passive_auxiliaries
                   for k in range(a, t.start)):
            return False
        if any(a <= m.start < b and m.type in ("person", "group", "country", "organization") for m in sent_mentions):
            return False
        if not self.r.company_words.isdisjoint(doc.lowers[a:t.start]) and not self.r.reflexive_pronouns.isdisjoint(doc.lowers[a:b]):
            return False  # "X sagte, man werde sich im Sommer erneut treffen": "man" meets, a subject, no passive
        if not self.r.subject_pronouns.isdisjoint(doc.lowers[a:t.start]):
            return False  # "X sagte, er werde Riga im Mai besuchen": a future with its subject, no passive
        before = doc.clause_bounds(a - 2, BOUNDARY)
        return any(self._is_speech(doc, k) for k in range(max(before[0], s_start), a - 1))

    def _held_by_pronoun(self, doc, s_start: int, s_end: int, sent_mentions: list[Mention],
                         dates: list[DateMention]) -> MeetingMention | None:
        """"… vereinbarten Regierungskonsultationen. Diese sollen im Mai in Berlin stattfinden": a sentence opened by a
        pronoun whose one clause ends with taking place tells where or when the meeting told before is (a person
        does not take place); a definite mention with that place or day, or None."""
        # (or goes on: "… sind am Sonntag ohne Ergebnis zu Ende gegangen. Sie sollen am kommenden Montag fortgesetzt
        # werden", "They will resume on Monday": talks that go on, a round to come after talks that ended)
        first = doc.clause_bounds(s_start, BOUNDARY)
        # (its first clause names no one; a source may follow it: "…, teilte der omanische Vermittler mit")
        going_on = self._verb_at(doc, first, self.r.continuation_verbs, self.r.continuation_separable)
        continuing = doc.lowers[s_start] in self.r.held_pronouns and going_on is not None and not any(
            m.type in ("person", "group") and m.start < first[1] for m in sent_mentions)
        if doc.lowers[s_start] not in self.r.held_pronouns or self._clause_last_word(doc, s_start) not in self.r.pronoun_held_ends \
                and not continuing:
            return None
        if first[1] < s_end - 1 and not continuing:
            return None  # one clause only ("Es fand statt, weil …" names more)
        places = self._places(doc, (s_start, s_end), sent_mentions)
        day = self._date(doc, (s_start, s_end), dates)
        if not places and day is None:
            return None
        mm = self._context_at(doc, s_start, s_end, self.r.held_pronouns)
        if continuing:
            # (its word of going on tells what it is: "fortsetzen", "resume")
            mm.triggers = [Trigger(going_on, going_on + 1, "context", doc.lemmas[going_on])]
        mm.places, mm.date_mention, mm.continued = places, day, continuing
        self._status_and_mode(doc, mm, sent_mentions)
        return mm

    def _context_at(self, doc, s_start: int, s_end: int, words) -> MeetingMention:
        """A context mention of the sentence, anchored at its first word in ``words``."""
        k = next(k for k in range(s_start, s_end) if doc.lowers[k] in words)
        return MeetingMention(s_start, s_end, [Trigger(k, k + 1, "context", doc.lowers[k])], (s_start, s_end), definite=True)

    def _state_subjects(self, doc, window, mentions) -> list[Mention]:
        """Countries or organisations that are the subject of a meeting verb ("Frankreich und Polen berieten")."""
        out = []
        states = [m for m in mentions if m.type in ("country", "organization") and not m.modifier]
        for m in states:
            if not (window[0] <= m.start < window[1]) or m in out:
                continue
            if self._after_object_preposition(doc, m, mentions) or self._in_topic(doc, m, window[0]) \
                    or self._in_what_was_said(doc, m.start) or self._names_a_unit(doc, m):
                continue  # (not "sagte Erdoğan, die Türkei wolle …": a state in what was said)
            out.append(m)
            # "Deutschland, Frankreich und Polen": the states coordinated with it, past the window's end
            last = m
            for n in states:
                if n.start >= last.end and n.start - last.end <= 2 and all(
                        doc.lowers[k] in self.r.coordinators for k in range(last.end, n.start)) and n.start > last.end:
                    if n not in out:
                        out.append(n)
                    last = n
        return out

    def _state_partner(self, doc, m: Mention, s_start: int) -> bool:
        """Is the state ``m`` the partner of the clause's verb ("mit dem Iran verhandelt", "met with Iran"): after
        "mit"/"with" (and its article) that follows no noun of its own ("Solidarität mit der Ukraine" is a topic)?"""
        k = m.start - 1
        while k > s_start and doc.lowers[k] in self.r.determiners:
            k -= 1
        if k <= s_start or doc.lowers[k] not in self.r.partner_words:
            return False
        before = doc.texts[k - 1]
        return not (before[:1].isupper() and before.isalpha()) or (k - 1) in self._in_mention

    def _names_a_unit(self, doc, m: Mention) -> bool:
        """Is the German state name ``m`` part of the name of the noun right before it ("die Brigade Litauen",
        "Team Deutschland")? A capitalised noun that is no name, role or host noun, with nothing between."""
        k = m.start - 1
        if self.lang != "de" or k < 1 or doc.sent_start(k) == k or not doc.texts[k][:1].isupper() or k in self._in_mention:
            return False
        return doc.lowers[k] not in self.r.host_nouns and self.kb.role_of(self.lang, doc.texts[k]) is None \
            and doc.lowers[k] not in self.r.determiners and doc.lowers[k] not in self.r.definite_determiners

    def _in_prepositional_phrase(self, doc, m: Mention, a: int) -> bool:
        """Does a preposition govern the mention, before it in its clause over articles and lower-case attributes
        ("im sogenannten Ramstein-Format"), or the noun whose genitive it is ("Zu der Sitzung der sogenannten
        Ukraine-Kontaktgruppe hatten X und Y eingeladen")? Such a name is no subject."""
        if self._preposition_before(doc, m.start, a, self.r.object_prepositions) is not None:
            return True
        k = m.start - 1
        while k > a and m.start - k <= 2 and doc.lowers[k] not in self.r.genitive_determiners \
                and doc.texts[k].isalpha() and doc.texts[k].islower():
            k -= 1  # (past a lower-case attribute: "der sogenannten")
        if k <= a or doc.lowers[k] not in self.r.genitive_determiners or not doc.texts[k - 1][:1].isupper():
            return False
        return self._preposition_before(doc, k - 1, a, self.r.object_prepositions) is not None

    def _after_object_preposition(self, doc, m: Mention, mentions: list[Mention]) -> bool:
        k = m.start - 1
        while k >= 0 and doc.lowers[k] in self.r.determiners:
            k -= 1
        if k < 0:
            return False
        if doc.lowers[k] in self.r.object_prepositions or doc.lowers[k] in self.r.place_prepositions:
            return True
        if doc.lowers[k] in self.r.topic_verbs or doc.lemmas[k] in self.r.topic_verbs:
            return True  # "met on Sunday to discuss Ukraine": the state is what they discussed
        if doc.lowers[k] in self.r.coordinators:
            prev = [p for p in mentions if p.end <= k and p.type in ("country", "organization")]
            if prev and prev[-1].end >= k - 2:
                return self._after_object_preposition(doc, prev[-1], mentions)
        return False

    def _sequence_phrase_opening(self, doc, s_start: int) -> int | None:
        """The end of a phrase of sequence that opens the sentence: the comma closing it ("After meeting X, …"), or in
        German the finite verb after it ("Nach dem Treffen mit X in Kiew ist Y … weitergereist"); else None."""
        s_end = doc.sent_end(s_start)
        if self._speaking_gerund(doc, s_start):
            s_start += 1  # "Speaking after talks with X in Beijing, Y said …"
        comma = self._opening_phrase_comma(doc, s_start, s_end, self.r.sequence_prepositions)
        if comma is not None or self.lang != "de" or doc.lowers[s_start] not in self.r.sequence_prepositions:
            return comma
        # (the finite verb: an auxiliary, a meeting's or a verb of saying: "Nach Gesprächen mit X sagte Y, …")
        return next((k for k in range(s_start + 2, min(s_end, s_start + _SEQUENCE_PHRASE_WORDS))
                     if doc.lowers[k] in self.r.auxiliaries or (k in self._trigger_tokens or self._is_speech(doc, k))
                     and doc.texts[k].islower()), None)

    def _speaking_gerund(self, doc, s_start: int) -> bool:
        """Does the sentence open with a gerund of saying and a preposition of sequence ("Speaking after talks with
        X, …")? The gerund frames what its subject said; the talks after it are the meeting."""
        return bool(self.r.gerund_endings) and s_start + 1 < len(doc) and doc.lowers[s_start].endswith(self.r.gerund_endings) \
            and doc.lowers[s_start + 1] in self.r.sequence_prepositions and doc.lemmas[s_start] in self._speaking_verbs

    @staticmethod
    def _opening_phrase_comma(doc, s_start: int, s_end: int, prepositions: frozenset[str]) -> int | None:
        """The comma that closes a phrase opened by one of ``prepositions`` at the sentence's start, within a dozen
        words and before any other mark; else None."""
        if doc.lowers[s_start] not in prepositions:
            return None
        for k in range(s_start + 1, min(s_end, s_start + _FRONTED_WORDS)):
            if doc.texts[k] == ",":
                return k
            if doc.texts[k] in BOUNDARY:
                return None
        return None

    def _finite_verb_after_a_phrase(self, doc, s_start: int, s_end: int) -> int | None:
        """In German, the finite verb after a prepositional phrase that opens the sentence ("Zum Auftakt seines
        Besuchs legte …"): the first word in lower case past the phrase's prepositions and articles; None when the
        sentence opens otherwise or a mark comes first."""
        if self.lang != "de" or doc.lowers[s_start] not in self._any_preposition:
            return None
        for k in range(s_start + 1, min(s_end, s_start + 10)):
            if doc.texts[k] in BOUNDARY:
                return None
            if doc.texts[k][:1].islower() and doc.lowers[k] not in self.r.determiners and doc.lowers[k] not in self._any_preposition:
                return k
        return None

    def _fronted_phrase_end(self, doc, s_start: int, s_end: int) -> int | None:
        """The comma that closes a prepositional phrase opening the sentence ("In Brussels, …", "In a side room
        at La Nuvola, …"): the phrase sets the place of the clause after it. None when the sentence opens
        otherwise, or the phrase runs on (a verb-like boundary or more than a dozen words before a comma), or is a
        clause of its own, with a pronoun or auxiliary as subject or verb ("Im Februar waren sie in München
        zusammengekommen, im März hatte X Kiew besucht": München is not where the second clause's visit was)."""
        comma = self._opening_phrase_comma(doc, s_start, s_end, self.r.meeting_prepositions)
        # (English lists "to" among its auxiliaries; as a preposition it opens no clause: "On a visit to Kyiv, …")
        if comma is not None and any((doc.lowers[k] in self.r.auxiliaries and doc.lowers[k] not in self.r.travel_prepositions)
                                     or doc.lowers[k] in self.r.subject_pronouns for k in range(s_start + 1, comma)):
            return None
        return comma

    def _places(self, doc, window, mentions, travel=False) -> list[Mention]:
        out = []
        for m in mentions:
            if m.type not in ("city", "region", "venue", "country") or m.modifier or not (window[0] <= m.start < window[1]):
                continue
            if m.adjective and self._preposition_before(doc, m.start, max(0, window[0] - 1), self.r.meeting_prepositions) is None:
                # "im Berliner Dom", "im Istanbuler Dolmabahçe-Palast": a town's adjective right after the preposition of
                # place; not one in a genitive after another noun ("im Rahmen des Berliner Prozesses")
                continue
            if m.genitive and m.end < len(doc.texts) and doc.texts[m.end].isalpha():
                continue  # "auf Deutschlands höchstem Berg", "in Frankreichs Hauptstadt": the state's, not the state
            if m.type == "country" and self._group_owning_a_building(doc, m):
                continue  # "im Hotel der indischen Delegation": the hotel is the place, not India
            k = m.start - 1
            if m.type == "city" and k > 1 and doc.lowers[k] in self.r.town_noun_links and doc.lowers[k - 1] in self.r.town_nouns:
                k -= 2  # "in the French spa town of Évian-les-Bains": the town's noun is part of its name here
            steps = 0
            while k >= window[0] - 1 and k >= 0 and steps < 4:
                low = doc.lowers[k]
                if low in self.r.plan_infinitive_markers and k + 1 < m.start and doc.texts[k + 1].isalpha() \
                        and doc.texts[k + 1].islower() and doc.lowers[k + 1] not in self.r.determiners:
                    break  # "to boost Ukraine support": an infinitive's marker, no preposition of place
                if low in self.r.meeting_prepositions or (travel and low in self.r.travel_prepositions) or (
                        m.type == "venue" and low in self.r.venue_prepositions):
                    if not self._vicinity(doc, k) and (travel or not self._direction(doc, k, m.start) or self._came_into(doc, m)) \
                            and not (m.type in ("country", "region") and (self._topic_place(doc, k, window[0])
                                                                          or k > 0 and self._of_residents(doc, k - 1))) \
                            and not (k > 0 and self._place_of(doc, k - 2 if k > 1 and doc.texts[k - 1].isdigit() else k - 1)) \
                            and not self._after_topic_opener(doc, k, window[0]) \
                            and not any(doc.lowers[j] in self.r.source_nouns for j in range(max(0, k - 3), k)) \
                            and not self._in_cause_phrase(doc, k) and not self._place_denied(doc, k) \
                            and (self._clause_last_word(doc, m.start) not in self.r.return_particles or self._withdrew_into(doc, m.start)) \
                            and not (k > 0 and (doc.lowers[k - 1] in self.r.return_particles or doc.lemmas[k - 1] in self.r.return_verbs)):
                        # not "according to the Kremlin", "according to officials in Paris", "laut Diplomaten in Brüssel"
                        # not "the war in Ukraine", "die Lage im Sudan": a place of what the talks are about
                        # not "… teil und flog dann nach Washington zurück", "to return to Washington", "flew back
                        # to Oslo": home again, not where the meeting was
                        out.append(m)
                    break
                if m.type == "venue" and m.key not in self.kb.entities and low in self.r.venue_genitive_articles and k > 0 \
                        and k - 1 in self._trigger_tokens and doc.texts[k - 1][:1].isupper():
                    # "an einer Konferenz der Deutsch-Amerikanischen Handelskammer": a building's noun the knowledge
                    # base lacks, in the genitive of the meeting's noun, is its organiser, no place (one it knows may
                    # be both: "im Auswärtigen Ausschuss des Bundestages")
                    break
                # "im Nato-Hauptquartier in Brüssel", "in der ukrainischen Hauptstadt Kiew"; not "am Montag über
                # die Ukraine" (the topic's preposition governs the place), not "nach Angaben aus Rom"
                if doc.texts[k] in BOUNDARY or (low not in self.r.determiners and doc.is_punct[k]) \
                        or low in self.r.topic_prepositions or low in self.r.not_place_prepositions or low in self.r.source_nouns \
                        or low in self.r.time_nouns or (k in self._trigger_tokens and doc.texts[k][:1].islower()) \
                        or low in self.r.auxiliaries:
                    break  # (nor past a verb: "nach Brüssel reisen und Deutschland … vertreten", "in Genf hat Lettland …")
                k -= 1
                steps += 1
        # most specific first: venue, city, country
        order = {"venue": 0, "city": 1, "region": 2, "country": 3}
        seen, uniq = set(), []
        for m in sorted(out, key=lambda m: (order[m.type], m.start)):
            if m.key not in seen:
                seen.add(m.key)
                uniq.append(m)
        return uniq

    def _place_denied(self, doc, k: int) -> bool:
        """Is the preposition at ``k`` right after a negation that a word of contrast later in its clause answers
        ("nicht im Kanzleramt, sondern in der Villa Borsig zusammengekommen")? The place denied is not the one met in."""
        if k == 0 or doc.lowers[k - 1] not in self.r.negation or not self.r.clause_continuers:
            return False
        return not self.r.clause_continuers.isdisjoint(doc.lowers[k:doc.clause_bounds(k, BOUNDARY)[1]])

    def _cause_of_taking_part(self, doc, t: Trigger, triggers: list[Trigger], s_start: int, s_end: int) -> bool:
        """Is the meeting noun ``t`` in a phrase of cause of its clause's taking part, joining late or absence ("X habe
        wegen einer Kabinettssitzung in München nur per Video teilgenommen", "because of a cabinet meeting, X joined by
        video", "Wegen des Gipfels in Brüssel fehlte X", "X kam wegen einer Sitzung erst am Mittwoch hinzu")? The
        meeting of the cause is why X took part as X did, came late or stayed away ("X ist wegen einer Kabinettsklausur in
        Berlin verhindert"), not what X took part in or missed: that is the meeting told before."""
        if not self._in_cause_phrase(doc, t.start):
            return False
        c0, c1 = self._clause(doc, t.start, s_start, s_end)
        if c0 == s_start and c1 + 1 < s_end and doc.texts[c1] == ",":
            c1 = self._clause(doc, c1 + 1, s_start, s_end)[1]  # (the phrase opens the sentence: "Because of …, X joined")
        return any(v.kind == "verb" and v.lemma in self.r.participation_verbs and c0 <= v.start < c1 for v in triggers) \
            or any(doc.lowers[j] in self.r.absence_cues or self._withdrawing(doc, j, c1, t) or self._joining_late(doc, j)
                   for j in range(c0, c1)) \
            or any(doc.lemmas[j] == s and p in doc.lowers[j + 1:c1] for j in range(c0, c1) for s, p in self.r.absence_separable)

    def _joining_late(self, doc, j: int) -> bool:
        """Is the word at ``j`` a separable verb of joining or arriving whose particle ends its clause ("X kam wegen
        einer Sitzung erst am Mittwoch hinzu", "traf wegen eines Termins erst am Abend ein")?"""
        lemma = doc.lemmas[j]
        return any(self._particle_ends_clause(doc, j, p)
                   for p in (*self._joining_separable.get(lemma, ()), *self._arrival_separable.get(lemma, ())))

    def _withdrawing(self, doc, j: int, end: int, t: Trigger) -> bool:
        """Is the word at ``j`` a verb of withdrawing with no object but the phrase of cause the meeting noun ``t``
        stands in ("X musste wegen einer Landtagssitzung absagen", "X sagte wegen einer Landtagssitzung ab")? X
        withdrew from the meeting told; the one of the cause is no object called off."""
        low = doc.lowers[j]
        if doc.lemmas[j] not in self.r.withdraw_verbs and low not in self.r.withdraw_verbs:
            return False
        if low in self.r.withdraw_verbs and low.startswith(tuple(self.r.withdraw_particles)):
            # ("absagen" ending its clause, or before "und" and another verb, right after the phrase of cause)
            after = next((k for k in range(j + 1, end) if doc.texts[k].isalpha()), None)
            return (after is None or doc.lowers[after] in self.r.coordinators) \
                and all(doc.texts[k].islower() for k in range(t.end, j))
        return self._withdrew(doc, j, end)

    def _in_cause_phrase(self, doc, k: int) -> bool:
        """Does the preposition at ``k`` follow the noun of a phrase of cause ("wegen eines Termins in Litauen",
        "because of a trip to Vilnius")? The place is where the cause is, not where a meeting is; a meeting noun
        in between keeps its place ("wegen des Gipfels in Brüssel")."""
        if not self.r.cause_prepositions:
            return False
        for j in range(k - 1, max(-1, k - 6), -1):  # ("because of a parliamentary vote in Berlin")
            if doc.is_punct[j] or j in self._trigger_tokens and j not in self._cause_nouns:
                return False
            if doc.lowers[j] in self.r.cause_prepositions:
                return True
        return False

    def _state_of_a_thing(self, doc, m: Mention, floor: int) -> bool:
        """Is the state ``m`` where a noun before it is ("die Brigade in Litauen", "die Truppen in der Ukraine")?"""
        k = m.start - 1
        if k > floor and doc.lowers[k] in self.r.determiners:
            k -= 1
        # (past a number: "die Panzerbrigade 45 in Litauen")
        return k > floor and doc.lowers[k] in self.r.meeting_prepositions and self._place_of(
            doc, k - 2 if k > floor + 1 and doc.texts[k - 1].isdigit() else k - 1)

    def _place_of(self, doc, k: int) -> bool:
        """Is the word at ``k`` a noun whose place follows it ("der Krieg in der Ukraine"), also as the head of a
        compound ("wegen einer Regierungskrise in Warschau"; heads of five letters or more: not "Anlage")? (``_places``
        asks it of the word before a number too: "der Panzerbrigade 45 in Litauen".)"""
        return self._noun_among(doc, k, self.r.place_of_nouns, self._place_of_heads)

    def _of_residents(self, doc, k: int) -> bool:
        """Is the word at ``k`` a noun of those who live in the state after it ("der Schweizer Gemeinschaft in
        Italien", "the Swiss community in Italy"; also a compound's head: "Auslandsgemeinde")? They are met in a town;
        the state is theirs."""
        return self._noun_among(doc, k, self.r.resident_nouns, self._resident_heads)

    @staticmethod
    def _noun_among(doc, k: int, nouns: frozenset[str], heads: tuple[str, ...]) -> bool:
        """Is the word at ``k`` one of ``nouns`` (its form or lemma), or a compound ending in one of ``heads``?"""
        low = doc.lowers[k]
        return low in nouns or doc.lemmas[k] in nouns or low[:1].isalpha() and low.endswith(heads)

    @staticmethod
    def _compound_part(doc, m: Mention) -> bool:
        """Is ``m`` the first part of a hyphenated compound ("Ungarn-Veto", "Ukraine-Hilfen"), glued to it?"""
        return m.end < len(doc) and doc.texts[m.end] in ("-", "‐") \
            and doc.idx[m.end] == doc.idx[m.end - 1] + len(doc.texts[m.end - 1])

    def _direction(self, doc, k: int, place: int) -> bool:
        """German two-way prepositions with the accusative say where to, not where: "der Überfall auf die
        Ukraine", "in die Türkei" (a place is "auf der", "in der", "im")."""
        return doc.lowers[k] in self.r.two_way_prepositions and any(
            doc.lowers[j] in self.r.accusative_articles for j in range(k + 1, place))

    def _came_into(self, doc, m: Mention) -> bool:
        """Does a verb of coming follow the place ``m`` in its clause ("… in die Orangerie gekommen")? Then the
        direction is where those who came met."""
        verbs = self.r.coming_verbs
        b = doc.clause_bounds(m.start, BOUNDARY)[1]
        return any(doc.lowers[j] in verbs or doc.lemmas[j] in verbs for j in range(m.end, b))

    def _vicinity(self, doc, k: int) -> bool:
        """Does the place preposition at ``k`` belong to a phrase of nearness ("vor den Toren von Paris")?
        The phrases of the document are found once, in ``find``."""
        return any(k - n <= start <= k for start, n in self._vicinity_phrases)

    def _topic_place(self, doc, k: int, floor: int) -> bool:
        """Does the place phrase at ``k`` end what the talks were about ("sprachen über die Brigade in Litauen",
        "talks on the war in Ukraine")? A topic preposition a few words before, with no comma between, takes the
        place into the topic; "um" before a number is a time ("um 10 Uhr in Berlin"). Asked for states only: a
        city after a topic is where the talks are as often as not ("Gespräche über die Ukraine in Genf")."""
        for j in range(k - 1, max(floor, k - 5) - 1, -1):
            low = doc.lowers[j]
            if doc.texts[j] in BOUNDARY or doc.is_punct[j] or low in self.r.meeting_prepositions:
                return False
            if low in self.r.topic_prepositions:
                return not (j + 1 < len(doc) and doc.texts[j + 1][:1].isdigit())
        return False

    def _after_topic_opener(self, doc, i: int, floor: int) -> bool:
        """Is token ``i`` in the rest of a clause opened by a topic opener ("ging es um die Unterstützung der Ukraine
        und die Sicherheit an der Ostflanke der Nato", "ging es um den Ausbau der Bahnstrecke nach Stettin")? Back to
        the opener past lists and genitives, within the sentence's clause marks other than commas."""
        if not self.r.topic_openers:
            return False
        ends = self._topic_opener_ends
        for k in range(i - 1, max(floor, i - 16), -1):
            if doc.texts[k] in BOUNDARY and doc.texts[k] != ",":
                return False
            if doc.lowers[k] not in ends:
                continue  # (asked of every place and actor: the opener's last word first)
            # (its words apart too: "ging es in dem rund 40-minütigen Gespräch um die Zölle und die Ukraine")
            if any(tuple(doc.lowers[k - len(p) + 1:k + 1]) == p or len(p) == 2 and doc.lowers[k] == p[1]
                   and p[0] in doc.lowers[max(doc.clause_bounds(k, BOUNDARY)[0], k - 8):k] for p in self.r.topic_openers):
                return True
        return False

    def _in_topic(self, doc, m: Mention, floor: int) -> bool:
        """Is ``m`` inside what the talks were about ("berieten über die Unterstützung der Ukraine")? Also a
        state in the genitive of a noun of a thing ("Im Mittelpunkt standen die Unterstützung der Ukraine")."""
        if self._of_a_thing(doc, m, floor):
            return True
        if self._after_topic_opener(doc, m.start, floor):
            return True
        for k in range(m.start - 1, max(floor, m.start - 8) - 1, -1):
            low = doc.lowers[k]
            if low in self.r.topic_prepositions:
                return True
            if low in self.r.noun_topic_prepositions and k > 0 and self._noun_trigger(doc, k - 1) is not None:
                return True  # "die Konferenz zum Wiederaufbau der Ukraine": the conference's subject
            if low in self.r.coordinators and k > 0 and (prev := self._in_mention.get(k - 1)) is not None \
                    and prev.end == k and prev is not m:
                # "über die Verbindungen zwischen Bayern und Tschechien": a conjunct is in the topic when the one
                # before it is
                return self._in_topic(doc, prev, floor)
            if low in self.r.object_prepositions and self.lang == "de" and k - 1 > floor and doc.texts[k - 1][:1].isupper() \
                    and doc.texts[k - 1].isalpha() and k - 1 not in self._in_mention and self._noun_trigger(doc, k - 1) is None:
                continue  # "über die Verkehrsverbindungen zwischen Bayern und Tschechien": the phrase of a thing's noun
            if low in self.r.object_prepositions or doc.texts[k] in BOUNDARY or low in self.r.coordinators:
                return False
        return False

    def _of_a_thing(self, doc, m: Mention, floor: int) -> bool:
        """Is ``m`` the genitive of a noun of a thing, by its ending ("die Sicherheit Europas", "die Souveränität
        der Ukraine"), not of a body that acts ("die Regierung der Ukraine") nor of a meeting?"""
        endings = self.r.thing_noun_endings
        if not endings:
            return False
        k = m.start - 1
        if k > floor and doc.lowers[k] in self.r.genitive_determiners:
            k -= 1
        elif not m.genitive:
            return False
        if k < floor:
            return False
        text, low = doc.texts[k], doc.lowers[k]
        return text[:1].isupper() and text.isalpha() and low.endswith(endings) \
            and not low.endswith(self.r.actor_noun_endings) and self._noun_trigger(doc, k) is None

    def _date(self, doc, window, dates: list[DateMention]) -> DateMention | None:
        """The first date expression that starts inside the token window; a dateline's date ("OSLO, Oct 14
        (Reuters) - … met in Oslo on Wednesday") only when the window has no other: it dates the report."""
        if window[1] <= window[0]:
            return None
        start_char, end_char = doc.chars(window[0], window[1])
        inside = [d for d in dates if start_char <= d.start < end_char and not d.until and id(d) not in self._attribute_dates]
        if len(inside) > 1 and DATELINE_END.match(doc.text, inside[0].end):
            return inside[1]
        return inside[0] if inside else None

    def _genitive_dates(self, doc, dates: list[DateMention]) -> set[int]:
        """The calendar dates in the genitive after a noun ("die Opfer des Januar 1991", "die Anschläge des 11.
        September"): they name what the noun is, no day of a meeting."""
        if not self.r.genitive_date_articles:
            return set()
        out = set()
        for d in dates:
            a = bisect_right(doc.idx, d.start) - 1  # the date's first token
            if d.kind in ("month", "daymonth") and a > 0 and doc.lowers[a - 1] in self.r.genitive_date_articles:
                out.add(id(d))
        return out

    def _dates_of_attributes(self, doc, dates: list[DateMention], ms: MentionSet) -> set[int]:
        """The dates inside a participle's attribute of a person ("Der am Sonntagabend in Berlin eingetroffene kanadische
        Premierminister X ist am Montag … empfangen worden"): they date the arrival, not the meeting the sentence
        tells. An article, the date, and a participle right before the person's role or name."""
        endings = self.r.attribute_participle_endings
        if not endings or not dates:
            return set()
        heads = {rs.start for rs in ms.roles} | {m.start for m in ms.mentions if m.type == "person"}
        places = {k for m in ms.mentions if m.type in ("city", "country", "venue", "region") for k in range(m.start, m.end)}
        out = set()
        for d in dates:
            a = bisect_right(doc.idx, d.start) - 1  # the date's first token
            if a > 0 and doc.lowers[a - 1] in self._any_preposition:
                a -= 1  # (the date's preposition, when the date's words leave it out)
            if a <= 0 or doc.lowers[a - 1] not in self.r.attribute_articles:
                continue  # ("Der am Sonntag …": an article right before the date and its preposition; not "beim")
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None:
                continue
            k = span.end  # the attribute's words run to its head: lower-case words and places ("in Berlin")
            while k < min(len(doc), span.end + 8) and (not doc.texts[k][:1].isupper() or k in places) and doc.texts[k] not in BOUNDARY:
                k += 1
            if k < len(doc) and k in heads and any(len(doc.lowers[j]) >= 7 and doc.lowers[j].endswith(endings)
                                                   for j in range(span.end, k) if doc.texts[j].islower()):
                out.add(id(d))
        return out

    @staticmethod
    def _inside_separable_frame(doc, verb: Trigger, mm: MeetingMention) -> bool:
        """Does ``mm``'s noun stand between a separable verb and its particle ("nimmt sie dann am Treffen … teil")?
        It is that verb's object, whatever adverb of sequence stands before it: one meeting, not one after another."""
        if "+" not in verb.lemma or mm.triggers[0].kind != "noun":
            return False
        particle = verb.lemma.split("+", 1)[1]
        return any(doc.lowers[k] == particle for k in range(mm.triggers[0].end, mm.sent_end))

    def _merge_in_sentence(self, doc, mms: list[MeetingMention], actors: list[Mention] = (),
                           instead: int | None = None) -> list[MeetingMention]:
        """Triggers of one meeting stand in one clause ("berieten … in einer Videokonferenz"); a meeting noun
        that says nothing of its own ("Es war ein Treffen mit Symbolkraft: … empfing X …") is the meeting the
        rest of its sentence tells. ``instead``: the contrast after a plan that did not come true, which no meeting
        spans ("had been due to join the talks but was instead in Brussels for a meeting of …")."""
        # "Sicherheitskonferenz: Vance trifft Selenskyj": a talk at the conference the label names, not the conference
        setting = len(mms) > 1 and self._talk_under_a_gathering(doc, mms[0], mms[1], actors)
        if len(mms) > 1 and not setting:
            def says_nothing(mm: MeetingMention) -> bool:
                a, b = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
                return all(t.kind == "noun" for t in mm.triggers) and not mm.places and mm.date_mention is None \
                    and not mm.definite and not any(a <= m.start < b for m in actors)

            empty = [mm for mm in mms if says_nothing(mm)]
            full = [mm for mm in mms if mm not in empty]
            if empty and full:
                for mm in empty:
                    full[0].triggers.extend(mm.triggers)
                mms = full
        if len(mms) > 1 and not setting:
            label = self._colon_label(doc, mms[0], actors)
            # (or names its noun again, or the state of the town it is told in: "Gipfel in Kanada: In Kananaskis
            # beginnt heute der G7-Gipfel")
            if label is not None and mms[1].triggers[0].start > label and (not mms[1].places or mms[0].places and (all(
                    any(self._contains(a.key, b.key) for a in mms[0].places) for b in mms[1].places) or (
                    {self._head(t) for t in mms[0].triggers} & {self._head(t) for t in mms[1].triggers if t.kind == "noun"}))):
                # "Hoher Besuch im Landratsamt: Die Botschafterin … ist von Landrat X empfangen worden": a noun
                # phrase before a colon labels the event the sentence goes on to tell, and says where it was
                lead, event = mms[0], mms[1]
                event.triggers.extend(lead.triggers)
                event.places = list(event.places or lead.places)
                event.date_mention = event.date_mention or lead.date_mention
                event.virtual = event.virtual or lead.virtual  # ("Das Telefonat dauerte …: X und Y sprachen …")
                mms = mms[1:]
            elif self._clause_label(doc, mms[0], mms[1], actors):
                # "Tusk trifft Frederiksen: Polens Regierungschef Donald Tusk ist am Mittwoch in Kopenhagen mit …
                # zusammengekommen": a roundup item's kicker tells the meeting its sentence goes on to tell, as a
                # headline does (in a headline's present, no tense of the event's)
                mms = mms[1:]
        out: list[MeetingMention] = []
        # commas around a name in apposition do not end a clause: "empfängt den Präsidenten Finnlands, Mikael
        # Lindqvist, am 14. Juni zu einem Staatsbesuch"
        named_start = {m.start for m in actors if m.type == "person"}
        named_end = {m.end for m in actors if m.type == "person"}
        for mm in mms:
            near = journey = apposed = under_way = False
            if out:
                a, b = out[-1].triggers[-1].end, mm.triggers[0].start
                # (nor do the commas of a list: "ihre Amtskollegen aus Brasilien, Indien und Südafrika getroffen")
                between = {doc.texts[k] for k in range(a, b)
                           if not (doc.texts[k] == "," and (k + 1 in named_start or k in named_end or k in self._list_commas))}
                # one clause, or a comma before a mention with no place or date of its own ("…, hosted by X")
                near = not between & BOUNDARY or (not between & (BOUNDARY - {","}) and not mm.places and mm.date_mention is None)
                if not near and not between & (BOUNDARY - {","}) and (
                        rel := self._relative_clause_start(doc, b, mm.sent_start, mm.sent_end)) is not None \
                        and any(mm.sent_start <= m.start < rel and m.type == "person" for m in actors) \
                        and self._visit_under_way(doc, mm, rel):
                    # "met X, Minister of Y, who is visiting Japan": past a name's apposition (or the verb: "hat X
                    # getroffen, der zu Besuch in Berlin ist"), the visit it is on
                    near = under_way = True
                if instead is not None and a <= instead < b:
                    near = False
                if near and out[-1].triggers[-1].kind == mm.triggers[0].kind == "noun" and mm.indefinite \
                        and self._listed_after(doc, a, b) and self._head(out[-1].triggers[-1]) != self._head(mm.triggers[0]):
                    # "Geplant seien Gespräche mit X sowie ein Besuch in Hamburg": the next item of a list of events,
                    # with an article of its own; what is told after it is its own
                    near = False
                    out[-1].places = [p for p in out[-1].places if p.start < mm.triggers[0].start]
                    mm.places = [p for p in mm.places if p.start > mm.triggers[0].start]
                    # (a day and the persons named before the list are every item's: "Am Donnerstag stehen für X
                    # Gespräche mit Y und ein Besuch in Hamburg auf dem Programm")
                    first = out[-1].triggers[0].start
                    if mm.date_mention is not None and out[-1].date_mention is None \
                            and doc.chars(mm.sent_start, first)[0] <= mm.date_mention.start < doc.chars(first, first + 1)[0]:
                        out[-1].date_mention = mm.date_mention
                    mm.list_start = first
                if near and mm.conjunct and out[-1].conjunct and mm.triggers[0].kind in _VERBAL \
                        and self._negated(doc, *out[-1].window) and not self._negated(doc, *mm.window):
                    near = False  # "nahm an der Sitzung nicht teil und traf X": one stayed away, then met
                if near and mm.triggers[0].kind in _VERBAL and b - 1 > a and doc.texts[b - 1] == "," and b + 1 < mm.sent_end \
                        and doc.lowers[b + 1] in self.r.contrast_words and self._negated(doc, *out[-1].window) \
                        and not self._negated(doc, *self._clause(doc, b, mm.sent_start, mm.sent_end)):
                    near = False  # (German puts the contrast after the verb: "nahm nicht teil, traf aber X")
                if near and (self._conjunct_of(doc, b, a - 1, b + 1)[0] > a - 1 or (
                        mm.triggers[0].kind in _VERBAL and b - 1 >= a and doc.lowers[b - 1] in self.r.predicate_contrasts)):
                    # (or a word of contrast right before the verb: "was not invited to the main session but attended
                    # a dinner")
                    near = False  # "attended a dinner … but was not invited to the main session": another meeting
                    # (also with the contrast right after the noun: "is not attending the session but will meet X")
                # "left the summit a day early, skipping a planned meeting with X": what one skipped is a plan of its
                # own, not the meeting left
                if near and self._skipped_plan(doc, mm):
                    near = False
                if (phrase := self._dated_phrase_of_sequence(doc, out[-1], mm)) is not None:
                    # "spoke to X this evening following the meeting of leaders in Paris earlier this week": the
                    # phrase's meeting, with its own day, is another; the place in the phrase is its
                    near = False
                    a_p, b_p, day = phrase
                    mm.places = [p for p in mm.places + out[-1].places if a_p <= p.start < b_p]
                    mm.date_mention, mm.before_the_event_of, mm.phrase_end = day, out[-1], b_p
                    out[-1].places = [p for p in out[-1].places if not a_p <= p.start < b_p]
                # "führten in Kiew Gespräche mit X und telefonierten gemeinsam mit Y", "held talks with X and spoke by
                # phone with Y": the talks there, and a call of its own
                if near and (coord := self._call_in_its_own_predicate(doc, out[-1], mm)) is not None:
                    near = False
                    self._part_the_call(doc, out[-1], mm, coord)
                # "met King X at the palace and held talks with Prime Minister Y": two predicates, each with a partner
                # of its own, are two meetings of their subject
                if near and self._partners_of_their_own(out[-1], mm, actors):
                    near, mm.sequel = False, True
                    mm.places = [q for q in mm.places if q.start >= b]  # (the palace is the first one's)
                    out[-1].date_mention = out[-1].date_mention or mm.date_mention  # (the sentence's one day, both's)
                # "handing him a letter from King X inviting him for a state visit": what one is invited to is a
                # meeting to come of its own
                if near and mm.triggers[0].kind == "noun" and self._invited_to(doc, mm.triggers[0], mm.sent_start):
                    near = False
                    mm.status = "planned" if mm.status == "past" else mm.status
                # "Gastgeberin war X; zu Gast waren Y und Z": guests named with no place or day of their own are the
                # guests of the meeting the sentence told first, past any mark
                near = near or all(t.kind == "guest" for t in mm.triggers) and not mm.places and mm.date_mention is None
                if not near and not between & (BOUNDARY - {","}) and self._apposed_to_clause(doc, mm):
                    # "held talks in Tianjin, their first meeting in China in seven years": the meeting told, named
                    # again (its place may be the country of the town told)
                    near = apposed = True
                    if (rel := self._relative_after(doc, mm.triggers[0], mm.sent_end)) is not None:
                        mm.places = [p for p in mm.places if p.start < rel]  # (the clause's are of what it tells)
                # "attended the session and then signed an agreement with X": one meeting after another
                if near and self._then_between(doc, a, mm.triggers[0]) and not self._inside_separable_frame(doc, out[-1].triggers[-1], mm) \
                        and not self._then_spoke_of(doc, a, mm) and not self._joined_in_the_passive(doc, out[-1].triggers[-1], mm.triggers[0]):
                    if mm.triggers[0].kind == "noun" and out[-1].triggers[-1].kind in ("verb", "travel") \
                            and self._preposition_before(doc, mm.triggers[0].start, a, self._purpose_words) is not None:
                        # "empfing den Gast anschließend zu einem Mittagessen", "empfängt den Gast dann zum
                        # Ministerrat", "was due to travel to London later in the day for talks with X": one event,
                        # the next
                        out[-1].sequel = True
                    else:
                        near, mm.sequel = False, True
                # "trafen sich im Januar in Davos und im Februar bei der Sicherheitskonferenz": a noun dated in a
                # conjunct of its own is another meeting, with that conjunct's place
                for one, other in ((mm, out[-1]), (out[-1], mm)):
                    if near and one is mm and one.conjunct and one.triggers[0].kind in _VERBAL and one.date_mention is not None \
                            and other.date_mention is not None and other.date_mention.start != one.date_mention.start:
                        near = False  # (so is a verb's: "arrived on Tuesday evening and held talks on Wednesday morning")
                    if near and one.conjunct_start is not None and other.date_mention is not None \
                            and other.date_mention.start != one.date_mention.start:
                        near = False
                        span = (one.conjunct_start, one.triggers[-1].end)
                        other.places = [p for p in other.places if not span[0] <= p.start < span[1]]
                        one.places = [p for p in one.places if span[0] <= p.start < span[1]] or one.places
                # "is to meet X on Wednesday before flying to New York for talks with Y": English opens a clause of
                # sequence with a gerund and no comma; the meeting after it is another
                if near and self.lang == "en" and any(doc.lowers[k] in self.r.sequence_conjunctions and doc.lowers[k + 1].endswith("ing")
                                                      for k in range(a, b - 1)):
                    near = False
                    out[-1].places = [p for p in out[-1].places if p.start < a or p.start >= mm.triggers[0].end]
                    mm.gerund_sequel = True  # (the gerund's subject is the sentence's, see _split_participants)
                # "Nachdem sich X und Y im Januar in Davos getroffen hatten, empfängt X ihren Gast am Dienstag": the
                # clause of "nachdem" tells an earlier meeting
                if near and self._in_sequence_clause(doc, out[-1].triggers[-1].start, mm.sent_start, mm.sent_end, actors) \
                        != self._in_sequence_clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end, actors):
                    near = False
                # "Zelenskiy, who was greeted by Starmer in Downing Street on Saturday, attended the summit": a
                # meeting a relative clause places or dates is its own, not the one the main clause after it names
                # (unlike "Die Minister, die sich am Montag in Brüssel trafen, berieten …": one meeting)
                # (or one taking part with no meeting named, in the one told: "Zelensky, who had met King Charles at
                # Sandringham the day before, also took part")
                if near and (out[-1].places or out[-1].date_mention is not None) \
                        and (self._names_a_definite_meeting(doc, mm, mms) or all(
                            t.kind == "verb" and t.lemma in self.r.participation_verbs for t in mm.triggers)) \
                        and self._relative_clause_start(doc, out[-1].triggers[-1].start, mm.sent_start, mm.sent_end) is not None \
                        and self._relative_clause_start(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end) is None:
                    near = False
                # "Trump also held talks with Erdogan, whom he will host at the White House on Thursday": a relative
                # clause after the main clause's meeting, with a place or day of its own, tells another meeting
                rel = self._relative_clause_start(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end) \
                    if near and (mm.places or mm.date_mention is not None) else None
                if rel is not None and self._relative_clause_start(doc, out[-1].triggers[-1].start, mm.sent_start, mm.sent_end) is None:
                    if self._visit_under_way(doc, mm, rel):
                        under_way = True
                    else:
                        near = False
                        out[-1].window = (out[-1].window[0], min(out[-1].window[1], rel - 1))  # (not "will" of the clause after)
                # "Zelenskyy, who was not invited to the main session, met Trump on the sidelines": a meeting a
                # relative clause on a name says someone missed is not the one its main clause tells
                rel = self._relative_clause_start(doc, out[-1].triggers[-1].start, mm.sent_start, mm.sent_end) \
                    if near and all(t.kind == "noun" for t in out[-1].triggers) else None
                if rel is not None \
                        and self._relative_clause_start(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end) is None \
                        and self._negated(doc, rel, self._clause(doc, out[-1].triggers[-1].start, mm.sent_start, mm.sent_end)[1]):
                    near = False
                # "In einem Telefonat vereinbarten X und Y ein Treffen": what was agreed in a meeting is another one
                # (so is what those who met agreed: "met in Tokyo and agreed to meet again in July")
                if near and (out[-1].setting or out[-1].triggers[-1].kind in ("verb", "travel")) \
                        and not self.r.agreement_words.isdisjoint(doc.lowers[a:b]):
                    near = False
                    if not out[-1].setting and mm.date_mention is out[-1].date_mention:
                        # (on a day told after the agreeing, not on the day they met)
                        agreed = next(k for k in range(a, b) if doc.lowers[k] in self.r.agreement_words)
                        mm.date_mention = self._date(doc, (agreed, mm.sent_end), self._dates)
                # "Vor dem Treffen mit Trump hatte X mit Abgeordneten gesprochen": one thing before (after) another
                if near and mm.triggers[0].kind != "noun" and self._after_event_end(
                        doc, mm.triggers[0], out[-1].triggers, mm.sent_start, mm.sent_end) is not None:
                    near = False
                # "Following the talks, X visited the Capitol": past the phrase of sequence, another event
                if near and out[-1].phrase_end is not None and mm.triggers[0].start >= out[-1].phrase_end \
                        and self._sequence_preposition(doc, out[-1].triggers[0], mm.sent_start) is not None:
                    near = False
                # "joined a call with X and Y after the meeting": the noun after a preposition of sequence dates
                # the meeting told before it, it is not that meeting
                seq = self._sequence_preposition(doc, mm.triggers[0], mm.sent_start) if mm.triggers[0].kind == "noun" else None
                if near and seq is not None and any(t.kind == "noun" for t in out[-1].triggers):
                    near = False
                    # ("das erste Treffen der beiden seit der Klimakonferenz in Belém": Belém is the conference's)
                    out[-1].places = [p for p in out[-1].places if p.start < seq]
                # "reiste nach seinem Treffen mit X weiter": the phrase after the verb tells the meeting before
                if near and mm.triggers[0].kind == "noun" and mm.phrase_end is not None \
                        and out[-1].triggers[-1].kind != "noun":
                    near = False
                # "reiste nach Vilnius, wo er am Dienstag X traf": the journey is to the meeting there (so a visit:
                # "besucht er das Parlament, wo ihn Parlamentspräsidentin X empfängt"; or a building in its town:
                # "reiste weiter nach Paris, wo ihn X im Élysée-Palast empfangen will")
                last = out[-1].triggers[-1]
                if not near and (last.kind == "travel" or last.kind == "verb" and last.lemma in self.r.visit_verbs) and mm.places \
                        and all(any(p.key == q.key or self._contains(q.key, p.key) for q in out[-1].places) for p in mm.places) \
                        and not self.r.where_words.isdisjoint(doc.lowers[a:b]) \
                        and not (BOUNDARY - {","}) & {doc.texts[k] for k in range(a, b)}:
                    near = journey = True
                    out[-1].journey = out[-1].journey or last.kind == "travel"
            if near and mm.triggers[0].kind in _VERBAL and self._clause_anchor(
                    doc, self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)) is not None:
                near = False  # "…, eine Woche nachdem die beiden telefoniert hatten": another meeting, a week before
            if out and near and (journey or apposed or under_way or _compatible(out[-1], mm)):
                prev = out[-1]
                if journey and mm.date_mention is not None:
                    prev.date_mention = mm.date_mention  # "reiste am Abend weiter, wo er am Dienstag X trifft": Tuesday
                prev.triggers.extend(mm.triggers)
                prev.window = (min(prev.window[0], mm.window[0]), max(prev.window[1], mm.window[1]))
                # (a visit under way is where the meeting is, unless it names its own place: "met X, who is on a state
                # visit to China, at the Great Hall of the People")
                for p in ([] if under_way and prev.places else mm.places):
                    if all(p.key != q.key for q in prev.places):
                        prev.places.append(p)
                prev.date_mention = prev.date_mention or mm.date_mention
                # "nahmen an den Beratungen teil": a definite noun makes the whole mention refer back
                prev.definite = prev.definite or mm.definite
                prev.office_body = prev.office_body and mm.office_body
                prev.indefinite = prev.indefinite or mm.indefinite
                if all(t.kind == "noun" for t in prev.triggers):
                    # "Am Rande des Gipfels sind Gespräche mit X geplant": the talk's partners are the mention's
                    prev.with_partners = prev.with_partners or mm.with_partners
            else:
                out.append(mm)
        return out

    def _visit_under_way(self, doc, mm: MeetingMention, rel: int) -> bool:
        """Is ``mm`` a visit that the relative clause opening at ``rel`` tells as under way, with no day of its own
        ("held talks with X, who is visiting Japan", "…, who is on a visit to Berlin", "traf X, der sich zu einem
        Besuch in Berlin aufhält")? The meeting around it happens on that visit, where it is: one meeting, not a
        visit of its own."""
        words = self.r.visit_under_way_words
        if not words or not all(t.kind == "noun" and self._head(t) in self.r.visit_nouns
                                or t.kind == "verb" and t.lemma in self.r.visit_verbs for t in mm.triggers):
            return False
        a, b = self._clause(doc, rel, mm.sent_start, mm.sent_end)
        if mm.date_mention is not None and doc.chars(a, b)[0] <= mm.date_mention.start < doc.chars(a, b)[1]:
            return False  # "…, der im Mai zu Besuch in Berlin war": an earlier visit
        t = mm.triggers[0]
        if self.lang == "de":
            # the finite verb ends the clause ("der Berlin besuchen will", "der … sein wird": one to come)
            last = next((k for k in range(b - 1, a, -1) if not doc.is_punct[k]), a)
            return doc.lowers[last] in words
        # the copula before the visit, and the visit a noun or "visiting" ("who is due to visit": one to come)
        return any(doc.lowers[k] in words for k in range(a, t.start)) \
            and (t.kind == "noun" or doc.lowers[t.start].endswith("ing"))

    def _subsequent_noun(self, doc, t: Trigger, s_start: int) -> bool:
        """Is the meeting noun ``t`` told as the one that followed, by an adjective of sequence right before it or
        before one more adjective ("Zu den Gästen des anschließenden Staatsbanketts zählten …", "the subsequent
        dinner")? It is the next event, not the meeting told."""
        if t.kind != "noun" or not self.r.sequence_adjectives:
            return False
        k = t.start - 1
        if k > s_start and doc.texts[k].islower() and doc.lowers[k] not in self.r.sequence_adjectives:
            k -= 1  # ("des anschließenden festlichen Staatsbanketts")
        return k >= s_start and doc.lowers[k] in self.r.sequence_adjectives

    def _skipped_plan(self, doc, mm: MeetingMention) -> bool:
        """Is ``mm`` a planned meeting someone skipped ("left a day early, skipping a planned meeting with X",
        "verpasste ein geplantes Treffen mit X")? Skipped, it was not held (a summit skipped was, without them: no word
        of plan before it)."""
        t = mm.triggers[0]
        if t.kind != "noun" or len(mm.triggers) > 1:
            return False
        before = range(max(mm.sent_start, t.start - 4), t.start)
        return any(doc.lowers[k] in self.r.planned_attributes for k in before) and any(
            doc.lowers[k] in self.r.object_absence_cues or doc.lemmas[k] in self.r.object_absence_cues for k in before)

    def _invited_guest_of_a_story(self, doc, clause: tuple[int, int]) -> bool:
        """Is ``clause`` the past state of being invited ("X war zu einem Mittagessen eingeladen": a past form of being
        and a participle of inviting, no auxiliary of the passive), told after a meeting held? Its guest was there."""
        words = set(doc.lowers[clause[0]:clause[1]])
        return self._told_last is not None and self._told_last.status == "past" \
            and bool(words & self.r.stative_auxiliaries & self.r.past_auxiliaries) \
            and bool(words & self.r.stative_participles) and not words & self.r.passive_auxiliaries

    def _invited_to(self, doc, t: Trigger, s_start: int) -> bool:
        """Is the meeting noun ``t`` what someone is invited to, a verb of inviting among the four words before it
        ("inviting him for a state visit", "lud ihn zu einem Staatsbesuch ein" is a separable verb after it)?"""
        return any(doc.lowers[k] in self.r.inviting_words or doc.lemmas[k] in self.r.inviting_words
                   for k in range(max(s_start, t.start - 4), t.start))

    def _present_tense(self, doc, t: Trigger, mm: MeetingMention | None = None) -> bool:
        """A German finite verb in the present tense (reist, empfängt, trifft), not a past form or participle;
        an English present-tense meeting verb with a day to happen on ("On Wednesday, X travels to Ottawa")."""
        if t.kind == "noun":
            return False
        if t.start > 0 and doc.lowers[t.start - 1] in self.r.host_noun_links and doc.lowers[t.start] in self.r.host_nouns:
            return False  # "…, with X as host": the noun of one hosting, no verb in the present
        if self.lang == "en":
            return mm is not None and self._english_schedule(doc, t, mm)
        if self.lang != "de":
            return False
        word = doc.lowers[t.start]
        s_start, s_end = doc.sent_start(t.start), doc.sent_end(t.start)
        if t.kind == "guest":
            # "am Mittwoch ist er in Riga zu Gast bei X": a phrase of being a guest is in the tense of its copula,
            # and with a day to come a plan ("ist derzeit in Berlin zu Gast": a stay under way)
            a, b = self._clause(doc, t.start, s_start, s_end)
            clause_words = set(doc.lowers[a:b])
            return mm is not None and (self._dated_ahead(mm) or self._today_or_later(doc, mm)) \
                and not self.r.present_perfect_auxiliaries.isdisjoint(clause_words) \
                and clause_words & self.r.auxiliaries <= self.r.present_perfect_auxiliaries \
                and self.r.copula_participles.isdisjoint(clause_words)
        plural = word == doc.lemmas[t.start] and word.endswith("en") and mm is not None \
            and (self._dated_ahead(mm) or self._today_or_later(doc, mm)) \
            and (t.start == 0 or doc.lowers[t.start - 1] != "zu")
        clause = None
        if plural:
            # an auxiliary before it makes it a participle ("hat … empfangen", also past a relative clause: "hat X,
            # der aus Prag kam, empfangen"); not one of a clause before its own clause of place ("Erste Station ist
            # Tokio, wo die Abgeordneten am Montag … zusammentreffen")
            clause = self._clause(doc, t.start, s_start, s_end)
            own = clause[0] if clause[0] > s_start and doc.lowers[clause[0]] in self.r.where_words else s_start
            plural = self.r.auxiliaries.isdisjoint(doc.lowers[own:t.start])
        # "Vom 3. bis 5. März tagen die Minister …": a plural present (the infinitive's form) with a date to come
        # "Im Juni fahre ich nach Straßburg", "ich treffe": the first person's present next to its pronoun
        first = word.endswith("e") and not word.endswith("te") and any(
            0 <= k < len(doc) and doc.lowers[k] in self.r.first_person_singular for k in (t.start - 1, t.start + 1))
        if not plural and not first and not self._present_form(doc, t.start):
            return False
        a, b = clause or self._clause(doc, t.start, s_start, s_end)
        if mm is not None and mm.window[0] < a and doc.lowers[a] not in self.r.where_words:
            a = mm.window[0]  # "hat den Premier Indiens, Narendra Modi, im Kanzleramt begrüßt": past the apposition
        return self.r.auxiliaries.isdisjoint(doc.lowers[a:b])  # "hatte … besucht" is a participle

    def _main_noun(self, mm: MeetingMention) -> bool:
        """Is a meeting noun of ``mm`` the main one ("the main session", "die Hauptsitzung")? No talk on the sidelines."""
        doc = self._doc
        return any(t.kind == "noun" and (t.start > 0 and doc.lowers[t.start - 1] in self.r.main_words
                                         or doc.lowers[t.start].startswith(self.r.main_prefixes))
                   for t in mm.triggers)

    def _companion(self, doc, m: Mention) -> bool:
        """Is ``m`` named after a participle of accompanying and its agent preposition ("Begleitet von Außenminister X
        empfing Merz die Gäste")? One who comes along, not the subject of the verb after."""
        j = self._before_the_title(doc, m.start)
        return j > 0 and doc.lowers[j] in self.r.agent_prepositions and doc.lowers[j - 1] in self.r.companion_verbs

    @staticmethod
    def _before_the_title(doc, k: int) -> int:
        """The word before the name at ``k`` and the capitalised words of its title ("of" in "the funeral of Pope
        X"); ``k`` itself at the start of the text."""
        j = k - 1
        while j > 0 and doc.texts[j][:1].isupper():
            j -= 1
        return j if j >= 0 else k

    def _present_form(self, doc, k: int) -> bool:
        """Is the German word at ``k`` a verb's third person present ("empfängt", "gelingt"), by its ending and
        its lemma ("gelingt" is "gelingen"'s), not a preterite ("beriet", "hielt") or a participle ("geplant",
        "informiert")?"""
        word = doc.lowers[k]
        return word != doc.lemmas[k] and word.endswith("t") and not word.endswith(("te", "tet")) \
            and not (word.startswith("ge") and not doc.lemmas[k].startswith("ge")) and not word.endswith("iert") \
            and len(word) > 3 \
            and not word.endswith(self.r.strong_preterite_endings)

    def _present_after_before(self, doc, t: Trigger, clause: tuple[int, int]) -> bool:
        """Is the meeting verb ``t`` a present in a clause opened by "before" ("…, days before alliance leaders
        gather in The Hague", "…, bevor die Staats- und Regierungschefs in Den Haag zusammenkommen")? What happens
        after the story's day, told in the present, is to come ("before they met" is past)."""
        if t.kind != "verb" or not self.r.before_conjunctions:
            return False
        k = next((j for j in range(t.start - 1, max(clause[0], t.start - 12) - 1, -1)
                  if doc.lowers[j] in self.r.before_conjunctions), None)
        if k is None or not self.r.auxiliaries.isdisjoint(doc.lowers[k:t.start]) \
                or any(doc.texts[j] in BOUNDARY for j in range(k + 1, t.start)):
            return False
        return self._present_verb_form(doc, t.start)

    def _present_verb_form(self, doc, k: int) -> bool:
        """Is the verb at ``k`` in a present form ("meet", "meets"; "treffen", "trifft")? The caller has made sure
        no auxiliary makes it an infinitive or a participle."""
        word, lemma = doc.lowers[k], doc.lemmas[k]
        if self.lang == "en":
            return word in (lemma, lemma + "s", lemma + "es")
        return word == lemma or self._present_form(doc, k)

    def _present_clause_ahead(self, doc, mm: MeetingMention, clause: tuple[int, int]) -> bool:
        """Is a meeting noun dated to a calendar day or month after the article's in a German clause whose verb is
        a present ("…, dass beim Gipfel in Den Haag im Juni eine Einigung gelingt"), or to a weekday in a clause of
        the present of the verb the noun takes ("Am Dienstag führen X und Y ein Gespräch")? Then it is to come."""
        d = mm.date_mention
        if self.lang != "de" or mm.triggers[0].kind != "noun" or d is None:
            return False
        if d.kind == "weekday" and d.direction != "past":
            # "Am Dienstag führen die Präsidenten ein Gespräch": the present of the verb the noun takes, with a day
            return self._schedule_step(doc, clause)
        a, b = clause
        return lies_ahead(d, self._ref) and self.r.auxiliaries.isdisjoint(doc.lowers[a:b]) \
            and any(doc.texts[k].islower() and (self._present_form(doc, k) or self._plural_present(doc, k, clause))
                    for k in range(a, b))

    def _plural_present(self, doc, k: int, clause: tuple[int, int]) -> bool:
        """Is the German word at ``k`` a verb's plural present ("Im Mittelpunkt stehen die Vorbereitung des Gipfels
        …")? The form is the infinitive's, which the lookup table gives as the lemma of the verb's third person
        ("steht", "arbeitet", "handelt"); adjectives and prepositions in -en ("offen", "zwischen") have none. Not
        after "zu", nor in a clause with a modal, where it is the modal's infinitive ("konnten sich … nicht einigen")."""
        word = doc.lowers[k]
        if len(word) < 5 or not word.endswith("en") or word != doc.lemmas[k] or k > 0 and doc.lowers[k - 1] == "zu" \
                or not self.r.modal_verbs.isdisjoint(doc.lowers[clause[0]:clause[1]]):
            return False
        table = lemma_table(self.lang) or {}
        return any(table.get(hash_string(form)) == word for form in (word[:-2] + "t", word[:-2] + "et", word[:-1] + "t"))

    def _english_schedule(self, doc, t: Trigger, mm: MeetingMention) -> bool:
        word, lemma = doc.lowers[t.start], doc.lemmas[t.start]
        if word not in (lemma, lemma + "s", lemma + "es") or not self._dated_ahead(mm):
            return False
        a = self._clause(doc, t.start, mm.sent_start, mm.sent_end)[0]
        return self.r.auxiliaries.isdisjoint(doc.lowers[max(a, t.start - 3):t.start])

    def _present_verb_of(self, doc, clause: tuple[int, int], mm: MeetingMention) -> bool:
        """Does a meeting verb in the present stand in the clause of the noun of ``mm`` ("trifft sich", "tagt")?"""
        for k in range(*clause):
            if k not in self._trigger_tokens or doc.texts[k][:1].isupper():
                continue
            t = self._verb_trigger(doc, k, mm.sent_end)
            if t is not None and t.kind == "verb" and self._present_tense(doc, t, mm):
                return True
        return False

    def _today_or_later(self, doc, mm: MeetingMention) -> bool:
        """"heute", "am Nachmittag", "morgen": a day counted from the article's, not back ("Die Minister
        beraten heute in Brüssel" tells the day's programme, as "trifft heute" does); not after "seit" ("beraten
        seit heute": under way)."""
        d = mm.date_mention
        if d is None:
            # "14.00 Uhr: Die Minister beraten in Brüssel": a line stamped with a clock time only, a programme's item
            # of the article's day (as "empfängt" is, told in the singular)
            return mm.sent_start in self._entry_starts
        if d.kind != "relative" or (d.offset or 0) < 0:
            return False
        return not self._since(doc, mm)

    def _since(self, doc, mm: MeetingMention) -> bool:
        """Is the mention's date the start of something under way ("beraten seit Dienstag", "seit heute")?"""
        d = mm.date_mention
        if d is None:
            return False
        before = doc.text[max(0, d.start - 12):d.start].split()
        return bool(before) and before[-1].lower() in self.r.ongoing_markers

    def _starting_on(self, doc, mm: MeetingMention) -> bool:
        """Is the mention's day told as the first of several ("kommen von Mittwoch an zusammen", "ab Mittwoch",
        "starting Wednesday")? The meeting runs on from it: a later day named of it is a day of the same meeting."""
        d = mm.date_mention
        if d is None or d.kind != "weekday" or not (self.r.starting_markers or self.r.starting_frames):
            return False
        k = bisect_left(doc.idx, d.start)
        before = doc.lowers[k - 1] if k > 0 else ""
        if before in self.r.starting_markers:
            return True
        end = bisect_left(doc.idx, d.end)
        return end < len(doc) and any(before == a and doc.lowers[end] == b for a, b in self.r.starting_frames)

    @staticmethod
    def _dated_ahead(mm: MeetingMention) -> bool:
        """Has the mention a day or month of its own that is not looked back to ("On Monday", "am 3. März";
        not "heute", not "last Monday")? With one, a present tense tells a schedule."""
        d = mm.date_mention
        return d is not None and d.kind != "relative" and d.direction != "past"

    def _undated_present_held(self, words: list[str]) -> bool:
        """The present of taking place ("findet … statt", "…, die in Toulouse stattfindet") with no auxiliary: with
        no day given, an event to come, as a programme tells it."""
        held = [w for w in words if w in self.r.undated_present_held]
        if not held or not self.r.auxiliaries.isdisjoint(words):
            return False
        return not self.r.undated_present_particles.isdisjoint(words) \
            or any(w.startswith(tuple(self.r.undated_present_particles)) for w in held)

    def _present_invitation(self, words: list[str]) -> bool:
        """The state passive of an invitation in the present ("sind … eingeladen", "ist … gebeten"), with no
        auxiliary of the past: with a day of its own, it tells an event to come."""
        return not self.r.stative_participles.isdisjoint(words) \
            and not (self.r.stative_auxiliaries - self.r.past_auxiliaries).isdisjoint(words) \
            and self.r.past_auxiliaries.isdisjoint(words) and self.r.passive_auxiliaries.isdisjoint(words)

    def _verbless_after_a_comma(self, doc, clause: tuple[int, int], s_start: int) -> bool:
        """Is ``clause`` one after a comma with no verb of its own: its words in lower case are only articles,
        prepositions, words of sequence and conjunctions ("…, danach ein Mittagessen mit den Delegationen")?"""
        a, b = clause
        if a < s_start + 2 or doc.texts[a - 1] != ",":
            return False
        return all(not doc.texts[k][:1].islower() or doc.lowers[k] in self._verbless_words
                   for k in range(a, b) if not doc.is_punct[k])

    def _status_and_mode(self, doc, mm: MeetingMention, mentions: list[Mention]) -> None:
        a, b = mm.window
        a = max(mm.sent_start, a - 3)
        clause = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
        # "Am Donnerstag wird der Botschafter in Litauen, X, die Soldaten zu einem Empfang einladen": the commas of
        # a name in apposition cut no clause; the auxiliary before it says the status
        a, b = min(a, clause[0], self._through_appositions(doc, clause, mentions, mm.sent_start, mm.sent_end)[0]), max(b, clause[1])
        if mm.conjunct and mm.window[1] < clause[1]:
            b = mm.window[1]  # "arrived in Paris on Monday and is expected to travel to Warsaw": the plan is the next verb's
        if mm.dated_by_from is not None:
            b = min(b, mm.dated_by_from)  # "met … on Tuesday ahead of next week's summit": the plan is the summit's
        if mm.dated_by_until is not None and self._fronted_at(doc, clause[0], mm.dated_by_until):
            a = max(a, mm.dated_by_until)  # "Vor dem Gipfel am kommenden Donnerstag traf X am Dienstag Y": so is this
            # (a phrase inside the clause leaves its modal: "X will Y vor dem Gipfel noch einmal treffen" is a plan)
        if mm.triggers[0].kind == "noun" and b < mm.sent_end - 1 and doc.texts[b] == ",":
            # (also after a preposition: "Das Treffen zwischen X und Y, auf das Z gedrängt hatte, ist nicht
            # zustande gekommen")
            relative = any(self._opens_relative(doc, k, b) or self._plan_aside(doc, k, mm.sent_end)
                           for k in range(mm.triggers[0].end, b - 1))
            if relative:
                # "The summit, which had been due to take place in Budapest, was called off": the relative
                # clause in the noun's words, then the predicate (so after an aside of the plan the noun's window
                # takes in: "A meeting …, scheduled for next week in Abu Dhabi, has been postponed")
                b = self._clause(doc, b + 1, mm.sent_start, mm.sent_end)[1]
            else:
                # "The talks …, originally scheduled for Monday, were pushed back": past an aside to the predicate
                aside_end = self._clause(doc, b + 1, mm.sent_start, mm.sent_end)[1]
                if aside_end < mm.sent_end - 1 and doc.texts[aside_end] == ",":
                    b = self._clause(doc, aside_end + 1, mm.sent_start, mm.sent_end)[1]
        if mm.triggers[0].kind == "noun" and self._verbless_after_a_comma(doc, clause, mm.sent_start):
            # "Geplant ist zunächst ein Gespräch, danach ein Mittagessen mit den Delegationen": a clause with no verb
            # of its own has the predicate, and the status, of the clause before it
            a = min(a, self._clause(doc, clause[0] - 2, mm.sent_start, mm.sent_end)[0])
        # "X told reporters after the summit that Britain would …": what was said after it is no word of its status
        b = self._said_after(doc, a, mm.triggers[-1].end, b)
        last = mm.triggers[-1]
        if last.kind in ("verb", "travel") and self.r.agreement_words:
            # "trafen sich am Samstag in Tokio und vereinbarten, …", "met on Saturday and agreed to …": what they
            # agreed, a predicate of its own after "und"/"and", is no plan of the meeting they held
            k = next((k for k in range(last.end, b - 1) if doc.lowers[k] in self.r.coordinators
                      and doc.lowers[k + 1] in self.r.agreement_words), None)
            b = k if k is not None else b
        words = doc.lowers[a:b]
        if mm.topic_spans:
            # "hat über das geplante Treffen von X mit Y gesprochen": the plan is the meeting's talked about
            words = [w for k, w in zip(range(a, b), words) if not any(x <= k < y for x, y in mm.topic_spans)]
        if not self.r.attributive_plan_words.isdisjoint(words):
            # "haben über den nächsten Finanzrahmen verhandelt": the plan is of another thing
            # (nor is a period a thing is for, in a meeting dated otherwise: "Der Ministerrat hat am Mittwoch das
            # Budget für das kommende Jahr beschlossen")
            words = [w for k, w in zip(range(a, b), words)
                     if w not in self.r.attributive_plan_words or self._before_meeting_or_time(doc, k, b)
                     and not (mm.date_mention is not None and self._period_for(doc, k)
                              # (unless the period is the meeting's own day: "für kommende Woche eingeladen")
                              and not mm.date_mention.start <= doc.idx[k] < mm.date_mention.end)
                     # (nor the next day of the story: "Am nächsten Tag traf er X", "The next day he met X")
                     and not (mm.date_mention is not None and mm.date_mention.narrative
                              and mm.date_mention.start <= doc.idx[k] < mm.date_mention.end)]
        if self.r.purpose_prepositions and any(t.kind != "noun" for t in mm.triggers):
            # "welcomed X on Wednesday for talks expected to focus on trade": what the talks are expected to do is no
            # plan of the welcome (the plan word right after a meeting noun of purpose, before an infinitive)
            words = [w for k, w in zip(range(a, b), words) if not self._expectation_of_a_purpose(doc, k, a)]
        if mm.setting:
            # "Bei ihrem Treffen vereinbarten X und Y …": the agreement was made at the meeting, which was held; so
            # was what was announced there ("hat bei einem Besuch in Litauen ein Hilfspaket angekündigt")
            announced = {doc.lowers[k] for k in range(mm.triggers[-1].end, b) if doc.lemmas[k] in self.r.announcing_verbs}
            words = [w for w in words if w not in self.r.agreement_words and w not in announced]
        if not self.r.hearsay_modals.isdisjoint(words) and self._hearsay_perfect(doc, clause):
            # "soll sich bereits im August mit X getroffen haben": said to have met, no plan
            words = [w for w in words if w not in self.r.hearsay_modals]
        if self.r.rejection_prepositions and not self.r.cancelled.isdisjoint(words):
            # "erteilte eine klare Absage an eine Mitgliedschaft": a word of calling off before one of these rejects a
            # thing, it calls no meeting off (unless the same word calls one off elsewhere in the span)
            rejecting = {k for k in range(a, b - 1) if doc.lowers[k] in self.r.cancelled
                         and doc.lowers[k + 1] in self.r.rejection_prepositions}
            rejected = {doc.lowers[k] for k in rejecting} - {doc.lowers[k] for k in range(a, b) if k not in rejecting}
            words = [w for w in words if w not in rejected]
        if mm.accepted:
            mm.status = "planned"
            return
        if mm.failed_plan or self._skipped_plan(doc, mm):
            mm.status = "cancelled"
            return
        caption = self._caption(doc, mm.sent_start)
        if caption:
            # "Bild 1 von 4: X wird am Dienstag von Y begrüßt": a caption's present tells what its picture shows
            words = [w for w in words if w not in self.r.caption_present]
        text = " ".join(words)
        if self._unfulfilled_at(doc, mm.sent_start) is not None:
            pass  # "had been due to join Wednesday's talks but stayed away": the talks took place, without them
        elif any(doc.lemmas[k] in self.r.withdraw_verbs for k in range(a, b)) \
                and not self.r.participation_nouns.isdisjoint(words) \
                and not self._trip_to_a_town(doc, a, b, self._places_of_article):
            pass  # "cancelled his trip to the summit", "sagte seine Teilnahme am Gipfel ab": one withdrew, it was held
        elif (unheld := self._counterfactual(words)) or not self.r.cancelled.isdisjoint(words) \
                or any(p in f" {text} " for p in self._cancelled_phrases) or self._called_off(doc, a, b) \
                or self._noun_called_off(doc, mm):
            mm.status = "cancelled"
            mm.unheld = unheld
            # ("Verhandlungen in Potsdam vertagt": put off, unless told as held)
            mm.adjourned = not unheld and bool(self.r.adjournment_words) and set(words) & self.r.cancelled <= self.r.adjournment_words \
                and not self.r.adjournment_words.isdisjoint(words)
        elif self._planned_words(words, text) or mm.infinitive or self._separable_in(doc, a, b, self._planned_separable) \
                or not mm.setting and not self.r.intention_preterites.isdisjoint(words) and not (
                    # (what was wanted of a meeting dated back is no plan of it: "Über sein Gespräch mit X in der
                    # vergangenen Woche wollte er keine Details nennen")
                    mm.date_mention is not None and mm.date_mention.kind == "relative" and (mm.date_mention.offset or 0) < 0):
            # (an infinitive clause tells what is announced, agreed or intended: "kündigte an, … zu reisen")
            mm.status = "planned"
        elif self._named_to_do(doc, mm):
            mm.status = "planned"  # "Trump to host Zelensky at White House on Friday"
        elif self._announced_object(doc, mm.triggers[0], clause, mm.sent_start):
            mm.status = "planned"  # "Fiala kündigte einen Gegenbesuch in Wien an"
        elif doc.lowers[clause[0]] in self.r.when_conjunctions and clause[0] > mm.sent_start \
                and self._planned_words(doc.lowers[mm.sent_start:clause[0]], " ".join(doc.lowers[mm.sent_start:clause[0]])):
            mm.status = "planned"  # "Unterzeichnet werden soll es im September, wenn X zu einem Staatsbesuch kommt"
        elif self._since(doc, mm):
            pass  # "Vertreter aus 40 Staaten beraten seit Dienstag in Berlin": under way since then
        elif mm.date_mention is not None and (mm.date_mention.direction == "future" or mm.date_mention.planned_for):
            # "lud die Staats- und Regierungschefs für Ende Juni nach Brüssel ein": what it is for is to come
            mm.status = "planned"
        elif caption:
            pass  # a caption's present tense describes its picture: no plan
        elif mm.sent_start >= self._headline_end and (self._dated_ahead(mm) or self._today_or_later(doc, mm)) \
                and not self.r.present_event_verbs.isdisjoint(words) and self.r.auxiliaries.isdisjoint(words):
            # "Am Donnerstag beginnt in Brüssel der EU-Gipfel", "Am Abend gibt der Kanzler ein Abendessen"
            mm.status = "planned"
            mm.by_present_tense = True
        elif mm.sent_start >= self._headline_end and mm.date_mention is None and self._undated_present_held(words):
            mm.status = "planned"  # "Die Konsultationen finden in diesem Jahr in Toulouse statt"
            mm.by_present_tense = True
        elif mm.sent_start >= self._headline_end and self._dated_ahead(mm) and self._present_invitation(words):
            mm.status = "planned"  # "Am Donnerstagabend sind die Militärs zu einem Abendessen … eingeladen"
            mm.by_present_tense = True
        elif mm.sent_start >= self._headline_end and any(self._present_tense(doc, t, mm) for t in mm.triggers):
            # (a headline's present tells what happened: "Lind empfängt Varga")
            mm.status = "planned"
            mm.by_present_tense = True
        elif mm.sent_start >= self._headline_end and mm.triggers[0].kind == "noun" \
                and (self._today_or_later(doc, mm) or self._dated_ahead(mm)) and self._present_verb_of(doc, clause, mm):
            # "Heute trifft sich der Koalitionsausschuss im Kanzleramt": a body's noun, the subject of a meeting verb
            # in the present, on the article's day or after
            mm.status = "planned"
            mm.by_present_tense = True
        elif mm.sent_start < self._headline_end and mm.date_mention is not None and lies_ahead(mm.date_mention, self._ref) \
                and any(self._present_tense(doc, t, mm) for t in mm.triggers):
            # "Merz reist Mitte Juni nach Kanada" over a story of 30 May: a headline's present tells what happened,
            # but not in a month still to come (read as past, it was June a year ago)
            mm.status = "planned"
            mm.by_present_tense = True
        elif mm.sent_start >= self._headline_end and self._present_clause_ahead(doc, mm, clause):
            mm.status = "planned"
            mm.by_present_tense = True
        elif mm.sent_start >= self._headline_end and self._present_after_before(doc, mm.triggers[0], clause):
            mm.status = "planned"  # "…, days before alliance leaders gather in The Hague"
            mm.by_present_tense = True
        elif self._awaited_after_a_possibility(doc, mm, clause):
            mm.status = "planned"  # "said a deal could be reached before the summit in December"
        elif mm.date_mention is not None and mm.date_mention.kind == "weekday" and mm.date_mention.direction != "past" and any(
                w in self.r.progressive_auxiliaries and words[k + 1].endswith("ing")
                and not (w in ("'s", "’s") and words[k + 1] in self._capitalised_in(doc, a, b))
                for k, w in enumerate(words[:-1])):
            mm.status = "planned"  # "which is hosting a peace summit … on Saturday" (not "hosted Jordan's King X")
        if mm.status == "past" and mm.date_mention is None and all(
                t.kind == "verb" and (t.lemma in self.r.invitation_verbs or t.lemma in self._invitation_separable)
                for t in mm.triggers):
            mm.status = "planned"  # "hat X nach München eingeladen. Bei dem Treffen am Freitag …": to come
        mm.virtual = any(t.virtual for t in mm.triggers) or self._virtual_sentence(doc, mm.sent_start)
        t0 = mm.triggers[0]
        if mm.call_parted is not None:
            mm.virtual = t0.start > mm.call_parted  # the call, not the talks in person before it
        if mm.virtual and len(mm.triggers) == 1 and t0.kind == "noun" and not t0.virtual \
                and (end := self._sequence_phrase_end(doc, t0, mm.sent_start, mm.sent_end)) is not None:
            # "Vor dem Treffen zwischen X und Y in Oslo berieten die Minister per Video": the meeting the phrase of
            # sequence tells is virtual only by its own words
            phrase = " " + " ".join(doc.lowers[t0.start:end]) + " "
            mm.virtual = any(c in phrase for c in self._virtual_cues)
        if mm.virtual and (any(p.type in ("venue", "city") for p in mm.places)
                           or any(p in doc.sentence_lowers(mm.sent_start) for p in self._sideline_phrases)) \
                and self._video_of_another_clause(doc, mm):
            # "hosted leaders at the Elysee Palace on Thursday, with X joining by video link": a meeting in a
            # place with one linked in is held in person; the video is another clause's (so is one on the sidelines
            # of a meeting: "Am Rande der Konferenz traf sich die Koalition, per Video waren X und Y zugeschaltet")
            mm.virtual = False
        if mm.virtual and not mm.places and self._video_of_another_clause(doc, mm) and self._call_of_another_clause(doc, mm):
            # "X hosted Y at the chancellery on Wednesday, where the two joined a video call with Z": the call is a
            # meeting of its own, told in its clause; the one hosted was not held by video
            mm.virtual = False
        if mm.virtual and self._video_of_others_at_it(doc, mm):
            # "Sie nahmen an einem Gipfeltreffen mit X teil, an dem weitere Regierungschefs per Video teilnahmen": the
            # others linked in; the meeting itself was held in person
            mm.virtual = False
        if mm.virtual and mm.definite and t0.kind == "noun" and self._video_of_a_relative_clause(doc, mm):
            # "An dem Treffen nahm auch X teil, der per Video zugeschaltet war": the link is X's; the meeting
            # referred to is the one told before, however it was held
            mm.virtual = False

    def _persons_linked_in(self, mm: MeetingMention) -> bool:
        """Is ``mm`` told only as named persons taking part in a meeting noun of no video of its own ("nahm per
        Video an einer Sitzung teil")? The video cue is their way in, not the meeting's form."""
        t0 = mm.triggers[0]
        return t0.kind == "verb" and t0.lemma in self.r.participation_verbs and not any(t.virtual for t in mm.triggers) \
            and any(t.kind == "noun" for t in mm.triggers[1:]) \
            and bool(mm.participants) and all(p.type == "person" for p in mm.participants)

    def _awaited_after_a_possibility(self, doc, mm: MeetingMention, clause: tuple[int, int]) -> bool:
        """Is ``mm`` a meeting noun after a phrase of "before" in a clause of what may yet happen ("a deal could be
        reached before the summit in December", "Eine Einigung könnte noch vor dem Gipfel im Dezember gelingen")?
        What may happen before it lies ahead of the telling, and so does the meeting (unless a day told as past
        dates it: "before the summit last week")."""
        t = mm.triggers[0]
        if len(mm.triggers) != 1 or t.kind != "noun" or not self.r.prospect_modals:
            return False
        if mm.date_mention is not None and (mm.date_mention.direction == "past" or mm.date_mention.year is not None):
            return False
        a, b = clause
        k = next((j for j in range(a, t.start) if doc.lowers[j] in self.r.prospect_modals), None)
        if k is None or self._anchor_phrase_start(doc, t, a) is None:
            return False  # (the modal first: most clauses have none)
        return not any(doc.lowers[j] in self.r.negation or doc.lowers[j] in self.r.prospect_perfects for j in range(k + 1, b))

    def _video_of_another_clause(self, doc, mm: MeetingMention) -> bool:
        """Is ``mm`` virtual only by the words of a clause other than its first trigger's ("…, with X joining by
        video link", "Die Eurogruppe tagt am Nachmittag, Minister X nimmt per Video teil")? In a place, it is held
        there, with one linked in."""
        if any(t.virtual for t in mm.triggers):
            return False
        a, b = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
        return not self._virtual_words_in(doc, a, b)

    def _call_of_another_clause(self, doc, mm: MeetingMention) -> bool:
        """Does a clause of ``mm``'s sentence other than its first trigger's tell a meeting by a noun of one held
        from afar ("…, where the two joined a video call with Z", "…, bevor beide an einer Videokonferenz
        teilnahmen")? The noun has an article: a thing told, not the means of the meeting told ("– allerdings nur
        per Videokonferenz")."""
        a, b = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
        return any(not a <= k < b and (t := self._noun_trigger(doc, k)) is not None and t.virtual
                   and (doc.lowers[k - 1] in self.r.determiners or doc.lowers[k - 1] in self.r.indefinite_articles)
                   for k in range(mm.sent_start + 1, mm.sent_end) if k in self._trigger_tokens)

    def _linked_in(self, p: Mention) -> bool:
        """Is ``p`` named in a clause that says someone took part by video (``remote``: "per Video waren unter anderem
        X und Y zugeschaltet")? Linked in to a meeting on the sidelines of a conference, they are not at the conference."""
        doc = self._doc
        a, b = self._clause(doc, p.start, doc.sent_start(p.start), doc.sent_end(p.start))
        # (of taking part by video, not of calling: "On the sidelines, X and Y spoke by phone with Z" were there)
        words = " " + " ".join(doc.lowers[a:b]) + " "
        return any(c in words for c in self._remote)

    def _virtual_words_in(self, doc, a: int, b: int) -> bool:
        """Do the words ``a:b`` hold a cue of taking part from afar ("per Video", "by video link")? (The words are
        joined once, not once per cue.)"""
        words = " ".join(doc.lowers[a:b])
        return any(c in words for c in self._virtual_cues)

    def _group_opening_the_sentence_before(self, doc, s_start: int) -> Mention | None:
        """The group of persons the sentence before ``s_start`` opens with (past its article), when it names no person."""
        if s_start == 0:
            return None
        before = doc.sent_start(s_start - 1)
        if any(before <= p.start < s_start for p in self._persons):
            return None
        return next((g for g in self._groups_of_article if before <= g.start <= before + 1 and not g.modifier), None)

    def _video_of_others_at_it(self, doc, mm: MeetingMention) -> bool:
        """Is ``mm`` virtual only by a relative clause on its own meeting noun, opened by a preposition ("…
        Gipfeltreffen mit X, an dem weitere Regierungschefs per Video teilnahmen", "a summit at which others joined by
        video")? Those others linked in; the meeting's own clause tells no link."""
        if not self._video_of_another_clause(doc, mm):
            return False
        nouns = {t.end for t in mm.triggers if t.kind == "noun"}
        for k in range(mm.sent_start + 2, mm.sent_end - 1):
            if doc.texts[k - 1] == "," and doc.lowers[k] in self.r.relative_prepositions \
                    and doc.lowers[k + 1] in self._relative_openers:
                a, b = self._clause(doc, k, mm.sent_start, mm.sent_end)
                # (the noun the clause is on: right before the comma, or past its partners: "Gipfeltreffen mit X, an dem")
                on_noun = any(n <= k - 1 and not any(doc.texts[j] in BOUNDARY for j in range(n, k - 1)) for n in nouns)
                if on_noun and not a <= mm.triggers[0].start < b and self._virtual_words_in(doc, a, b):
                    return True
        return False

    def _video_of_a_relative_clause(self, doc, mm: MeetingMention) -> bool:
        """Is ``mm`` virtual only by the words of a relative clause on someone ("…, der per Video zugeschaltet
        war", "X, who joined by video link, …"), not by those of its trigger's clause?"""
        if not self._video_of_another_clause(doc, mm):
            return False
        for k in range(mm.sent_start + 1, mm.sent_end):
            if doc.texts[k - 1] == "," and doc.lowers[k] in self.r.relative_pronouns:
                a, b = self._clause(doc, k, mm.sent_start, mm.sent_end)
                if not a <= mm.triggers[0].start < b and self._virtual_words_in(doc, a, b):
                    return True
        return False

    def _schedule_step(self, doc, clause: tuple[int, int]) -> bool:
        """Is a meeting noun's German clause told in the present of the verb a meeting noun takes ("Nach der
        Begrüßung … führen die beiden Präsidenten ein Gespräch")? Both are steps of the day's schedule."""
        words = doc.lowers[clause[0]:clause[1]]
        # (or of one it takes place by: "Im Anschluss finden Regierungskonsultationen statt")
        return self.lang == "de" and not (self.r.present_support_verbs.isdisjoint(words) and self.r.present_event_verbs.isdisjoint(words)) \
            and self.r.auxiliaries.isdisjoint(words)

    @staticmethod
    def _host_not_at(mm: MeetingMention, m: Meeting) -> bool:
        """Does ``mm`` have a person as host who was neither host nor participant of ``m``?"""
        hosts = [h for h in mm.hosts if h.type == "person"]
        there = {p.key for p in m.participants + m.hosts}
        return bool(hosts) and all(h.key not in there for h in hosts)

    def _told_in_the_present(self, mm: MeetingMention) -> bool:
        """Is the meeting verb of ``mm`` in the present, with no auxiliary or modal in its clause?"""
        doc, t = self._doc, mm.triggers[0]
        if t.kind != "verb":
            return False
        a, b = self._clause(doc, t.start, mm.sent_start, mm.sent_end)
        words = doc.lowers[a:b]
        return self.r.auxiliaries.isdisjoint(words) and self.r.modal_verbs.isdisjoint(words) and self._present_verb_form(doc, t.start)

    def _named_to_do(self, doc, mm: MeetingMention) -> bool:
        """A meeting verb after "to" right after a name, with no verb between: the headline's way of telling a plan
        ("Trump to host Zelensky at White House on Friday", "Merz to meet Macron")."""
        t = mm.triggers[0]
        if t.kind == "noun" or t.start < 2 or doc.lowers[t.start - 1] not in self.r.plan_infinitive_markers:
            return False
        named = self._in_mention.get(t.start - 2)
        return named is not None and named.is_actor

    def _hearsay_perfect(self, doc, clause: tuple[int, int]) -> bool:
        """Does the clause end in a perfect infinitive after a modal of hearsay ("soll sich … getroffen haben",
        "sollen … eingetroffen sein")? It tells what is said to have been, not a plan. A noun before the auxiliary
        ("soll ein Ziel haben") or an adjective before "sein" ("soll bereit sein") makes no perfect."""
        a, b = clause
        last = next((k for k in range(b - 1, a, -1) if doc.texts[k].isalpha()), None)
        if last is None or doc.lowers[last] not in self.r.perfect_infinitive_auxiliaries:
            return False
        k = last - 1
        word = doc.texts[k]
        if not word.isalpha() or not word.islower() or doc.lowers[k - 1] in self.r.infinitive_markers:
            return False
        lemma = doc.lemmas[k]
        participle = lemma != word and lemma.endswith("n") or word.endswith("en")
        if doc.lowers[last] in self.r.copula_infinitives:
            # "eingetroffen sein", not "bereit sein": after a copula only a participle with its mark
            participle = participle and any(m in word[:-1] for m in self.r.participle_marks)
        return participle and not self.r.hearsay_modals.isdisjoint(doc.lowers[a:k])

    def _counterfactual(self, words: list[str]) -> bool:
        """Do the words tell what should have been and was not ("hätte … stattfinden sollen"), or an intention
        given up ("hatte … reisen wollen": the modal last)?"""
        if not self.r.negation.isdisjoint(words):
            return False
        aux = next((k for k, w in enumerate(words) if w in self.r.counterfactual_auxiliaries), None)
        if aux is not None and not self.r.counterfactual_modals.isdisjoint(words[aux + 1:]):
            return True
        last = next((w for w in reversed(words) if w.isalpha()), "")
        return last in self.r.past_intention_modals and not self.r.past_intention_auxiliaries.isdisjoint(words)

    def _caption(self, doc, s_start: int) -> bool:
        """Is the sentence a picture's caption ("Bild 1 von 4: …", "Foto: …", "Bildunterschrift: …"), or one its
        credit follows ("X wird von Y begrüßt. Foto: Kay Nietfeld/dpa")?"""
        k = self._first_word(doc, s_start)
        if k < len(doc) and doc.lowers[k] in self.r.caption_labels and self._colon_within(doc, k, k + 6):
            return True
        end = doc.sent_end(s_start)
        k = self._first_word(doc, end) if end < len(doc) else len(doc)
        return photo_credit_at(doc, k, min(len(doc), k + 12), self.r.caption_labels)

    def _before_meeting_or_time(self, doc, k: int, end: int) -> bool:
        """Does the adjective at ``k`` ("nächsten", "next") stand before a meeting noun or a noun of time (over other
        adjectives and a compound's hyphen: "beim nächsten EU-Gipfel", "nächsten Montag"), not before another noun?"""
        for j in range(k + 1, min(end, k + 5)):
            if doc.is_punct[j] and doc.texts[j] not in ("-", "‐"):
                return False
            if doc.lowers[j] in self.r.time_nouns or j in self._trigger_tokens and self._noun_trigger(doc, j) is not None:
                return True
            if self.lang == "de" and doc.texts[j][:1].isupper() and not (j + 1 < end and doc.texts[j + 1] in ("-", "‐")):
                return False  # (the head of the noun phrase)
        return False

    def _period_for(self, doc, k: int) -> bool:
        """Does a preposition of a period stand before the adjective at ``k``, over an article ("für das kommende
        Jahr", "for the coming year")? The time a thing is for, not when a meeting is."""
        j = k - 1
        if j >= 0 and doc.lowers[j] in self.r.determiners:
            j -= 1
        return j >= 0 and doc.lowers[j] in self.r.period_prepositions

    def _predicate_of_a_noun_before(self, doc, t: Trigger, triggers: list[Trigger], s_start: int) -> bool:
        """Is the meeting noun ``t`` what a meeting noun before it in its clause is called ("Die Konferenz … gilt als
        wichtigstes Treffen", "The conference is seen as the most important meeting"): after "als"/"as" and only
        articles and lower-case words between? Then it is no meeting of its own."""
        if t.kind != "noun":
            return False
        k = t.start - 1
        while k > s_start and t.start - k <= 4 and doc.lowers[k] not in self.r.predicative_words and (
                doc.lowers[k] in self.r.determiners or doc.texts[k].isalpha() and doc.texts[k].islower()):
            k -= 1
        if k <= s_start or doc.lowers[k] not in self.r.predicative_words:
            return False
        a = self._clause(doc, k, s_start, doc.sent_end(s_start))[0]
        return any(o.kind == "noun" and a <= o.start < k for o in triggers)

    def _place_of_a_noun(self, doc, p: Mention, a: int) -> bool:
        """Is the place ``p`` after its preposition (and article) set right after the capitalised noun that opens the
        clause, no name and no meeting noun ("Die Opposition im Landtag", "Die Grünen im Landtag")? It says where
        that noun's thing is, German only (its nouns have capitals)."""
        if self.lang != "de":
            return False
        k = p.start - 1
        if k > a and doc.lowers[k] in self.r.determiners:
            k -= 1
        if k <= a or doc.lowers[k] not in self.r.place_prepositions:
            return False
        # (the noun opening the clause, past its article and adjectives: the subject, not "am Dienstag in Genf")
        j = k - 1
        return j > a and doc.texts[j][:1].isupper() and doc.texts[j].isalpha() and j not in self._in_mention \
            and self._noun_trigger(doc, j) is None and j not in self._role_at_token \
            and doc.lowers[j] not in self.r.time_nouns and doc.lowers[j] not in self._calendar_words \
            and all(doc.lowers[i] in self.r.determiners or doc.texts[i].islower() for i in range(a, j))

    def _in_closing_attribution(self, doc, d: DateMention, t: Trigger, s_start: int) -> bool:
        """Is the date ``d`` in a clause after ``t``'s, opened by a comma, that tells who said it and no meeting
        ("…, teilten die Organisatoren am Dienstag mit", "…, wie X am Dienstag mitteilte", "…, organisers said on
        Tuesday")?"""
        k = bisect_right(doc.idx, d.start) - 1
        a, b = doc.clause_bounds(k, BOUNDARY)
        if a <= t.start or a <= s_start or doc.texts[a - 1] != ",":
            return False
        return any(self._is_speech(doc, j) for j in range(a, b)) \
            and not any(j in self._trigger_tokens and self._noun_trigger(doc, j) is not None for j in range(a, b))

    def _span_opens_clause(self, doc, mm: MeetingMention, s_start: int) -> bool:
        """Is ``mm``'s date a span counted from the story's day ("two days before") that ends in a conjunction
        (``span_conjunctions``) opening the clause of ``mm``'s verb, inside its sentence ("The call came two days
        before X was due to meet Y")? The span tells how far the clause's event lies from the one told before."""
        d = mm.date_mention
        if not self.r.span_conjunctions or d.kind != "relative" or not d.narrative or not d.offset \
                or d.text.lower().split()[-1] not in self.r.span_conjunctions:
            return False
        first, after = bisect_left(doc.idx, d.start), bisect_left(doc.idx, d.end)
        t = mm.triggers[0]
        return s_start < first and after < t.start and not any(doc.texts[j] in BOUNDARY for j in range(after, t.start))

    def _clause_anchor(self, doc, clause: tuple[int, int]) -> int | None:
        """The days a clause opened by a span and a conjunction ("a week after", "eine Woche nachdem") puts
        between its event and the main clause's, else None."""
        a = clause[0]
        return next((days for phrase, days in self.r.clause_anchors.items()
                     if tuple(doc.lowers[a:a + len(phrase)]) == phrase), None)

    def _the_participants_act(self, mm: MeetingMention) -> bool:
        """Is the subject of ``mm``'s clause "the participants" ("die Teilnehmer", not after a preposition: "mit den
        Teilnehmern" are others' partners)?"""
        doc = self._doc
        a, b = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
        return any(doc.lowers[k] in self.r.participant_nouns and doc.lowers[k - 1] in self.r.definite_determiners
                   and (k - 2 < a or doc.lowers[k - 2] not in self.r.place_prepositions | self.r.object_prepositions)
                   for k in range(max(a, 1), b))

    def _first_day_named(self, doc, meetings: list[Meeting], ref: RefDate | None) -> None:
        """"Ukraine dominated Thursday's opening day", "am ersten Gipfeltag, dem Donnerstag": the day named right at
        a phrase of a meeting's first day is the day the story's meeting of several days began, when it was dated to
        a later day of the same week (by what happened on that day: "Pope Francis on Friday became the first pontiff
        to take part in a Group of Seven summit")."""
        if not self.r.first_day_phrases or not meetings:
            return
        lead = next((m for m in meetings if not m.habitual and not m.sideline and not m.virtual), None)
        # (a meeting of many, as days of a summit are: not "X met Y in Oslo on Friday", a talk of one day)
        if lead is None or lead.date is None or lead.date.precision != "day" or not (
                self._of_many(lead) or any(self._summit_noun(t) for x in lead.mentions for t in x.triggers)
                or any(x.multi_day for x in lead.mentions)):
            return
        phrases = [tuple(p.split()) for p in self.r.first_day_phrases]
        for s_start, s_end in doc.sent_spans:
            if not any(p in doc.sentence_lowers(s_start) for p in self.r.first_day_phrases):
                continue
            for k in range(s_start, s_end):
                n = next((len(p) for p in phrases if tuple(doc.lowers[k:k + len(p)]) == p), 0)
                if not n:
                    continue
                named = self._date(doc, (max(s_start, k - 3), min(s_end, k + n + 3)), self._dates)
                day = resolve(named, ref, future=lead.status == "planned") if named is not None else None
                if day is not None and day.precision == "day" and day.value < lead.date.value \
                        and self._within_week(lead.date, day):
                    lead.date = day
                return

    @staticmethod
    def _sidelines_dated_by_their_meeting(meetings: list[Meeting]) -> None:
        """"Am Rande des Treffens kam X auch mit Y zusammen": a talk on the sidelines with no day of its own is on
        the day of the meeting it was beside, also when that meeting is dated only by what is told after the talk
        ("Am Freitag soll das Treffen enden")."""
        for m in meetings:
            main = m.beside
            if m.sideline and m.date is None and main is not None and main.date is not None and main in meetings \
                    and m.status == main.status and all(x.date_mention is None for x in m.mentions):
                m.date = main.date

    def _dated_by_the_main_event(self, meetings: list[Meeting]) -> None:
        """"X traf am Freitag Y, einen Tag nach einem Gespräch mit Z": the talk with Z was the day before Friday, of
        X and Z (not Y, the main event's other party: the first person of the main event is its subject)."""
        for m in meetings:
            x = next((x for x in m.mentions if x.days_before_main is not None), None)
            # (one told again with no day of its own is still that meeting: "… a day before both were to attend a
            # parade. X was also in Moscow for the parade")
            if x is None or any(y.date_mention is not None or y.days_before_main is not None for y in m.mentions if y is not x):
                continue
            main = next((o for o in meetings if o is not m and o.date is not None and o.date.precision == "day"
                         and any(y.sent_start == x.sent_start and y.days_before_main is None for y in o.mentions)), None)
            if main is None and m.date is not None and m.date.precision == "day" and x.date_mention is not None:
                # "On the eve of Tuesday's talks in Brussels, X met Y": the event dated from the day the phrase
                # gives its own meeting
                undated = next((o for o in meetings if o is not m and o.date is None and all(
                    y.date_mention is None for y in o.mentions) and any(
                    y.sent_start == x.sent_start and y.days_before_main is None for y in o.mentions)), None)
                if undated is not None:
                    day = date.fromisoformat(m.date.value) + timedelta(days=x.days_before_main)
                    undated.date = ResolvedDate(day.isoformat(), "day", m.date.text)
                continue
            if main is None:
                continue
            if m.date is None or m.date.value == main.date.value:
                day = date.fromisoformat(main.date.value) - timedelta(days=x.days_before_main)
                m.date = ResolvedDate(day.isoformat(), "day", main.date.text)
                if m.status == "past" and self._ref is not None and self._ref.day and day > self._ref.as_date():
                    m.status = "planned"  # "Einen Tag vor dem Gipfel … haben … heute beraten": the summit is to come
                # (not the main event's building, lent to it: a day apart, another setting)
                m.places = [p for p in m.places if not (p.type == "venue" and any(p.key == q.key for q in main.places))]
            persons = sorted((p for p in main.participants if p.type == "person"), key=lambda p: p.start)
            if persons and x.triggers[0].kind in _VERBAL and self._gerund_after_sequence(self._doc, x.triggers[0].start):
                # "X met Y on Sunday, a day after attending a summit in London": the gerund's subject is the main
                # event's, its first person, not the one met
                m.participants = [persons[0]] + [p for p in m.participants if p.key not in {q.key for q in persons}]
            elif x.triggers[0].kind in _VERBAL:
                # "…, a week after the two spoke by phone": the two of the main event, told by "the two" or "they"
                a, b = self._clause(self._doc, x.triggers[0].start, x.sent_start, x.sent_end)
                if not any(p.type == "person" and x.sent_start <= p.start < x.sent_end for p in m.participants) \
                        and len(persons) == 2 and (
                        self._the_two(self._doc, (a, b)) or not self.r.plural_pronouns.isdisjoint(self._doc.lowers[a:b])):
                    m.participants = m.participants + persons
            elif persons:
                others = {p.key for p in persons[1:]}
                m.participants = [p for p in m.participants if p.key not in others]

    def _expectation_of_a_purpose(self, doc, k: int, a: int) -> bool:
        """Is the word at ``k`` a plan word right after a meeting noun that follows a preposition of purpose, and
        before an infinitive ("for talks expected to focus on trade", "for talks scheduled to last two hours")?"""
        return a + 2 <= k < len(doc) - 1 and doc.lowers[k] in self.r.planned_attributes \
            and doc.lowers[k + 1] in self.r.plan_infinitive_markers and self._noun_trigger(doc, k - 1) is not None \
            and any(doc.lowers[j] in self.r.purpose_prepositions for j in range(max(a, k - 3), k - 1))

    def _planned_words(self, words: list[str], text: str) -> bool:
        """Do the words say the meeting is to come? Not the planning told as long done ("war lange geplant",
        "had long been planned"), nor the day's schedule told in the preterite ("stand auf dem Programm"): that
        meeting took place."""
        padded = f" {text} "
        no_plan = self.r.no_plan_phrases
        if not self.r.schedule_preterites.isdisjoint(words):
            no_plan = no_plan + self.r.schedule_phrases  # "Auch ein Treffen mit X stand auf dem Programm": held
        if any(f" {p} " in padded for p in no_plan):
            for p in no_plan:
                padded = padded.replace(f" {p} ", " ")
            text, words = padded.strip(), padded.split()
        if not self.r.plan_nouns.isdisjoint(words):
            # "EU leaders backed a plan to boost defence spending at a summit": after a determiner a plan is a
            # thing, no word that the meeting is to come ("they plan to meet" is one)
            # (past a shortened name, a compound or a number: "a U.S. plan to end the war", "the 28-point plan")
            for k, w in enumerate(words):
                j = k - 1
                while j > 0 and k - j <= 3 and (any(c in words[j] for c in ".-0123456789") or words[j - 1] == "-"):
                    j -= 1
                if w in self.r.plan_nouns and k and words[j] in self.r.determiners:
                    padded = padded.replace(f" {' '.join(words[j:k + 1])} ", " ")
            text, words = padded.strip(), padded.split()
            # (nor a plan to do a thing other than meeting: "EU leaders endorsed plans to boost defence spending at an
            # emergency summit"; "plans to visit Kyiv" is one)
            for k, w in enumerate(words[:-2]):
                if w in self.r.plan_nouns and words[k + 1] == "to" and words[k + 2] not in self._meeting_infinitives:
                    padded = padded.replace(f" {w} to {words[k + 2]} ", " ")
            text, words = padded.strip(), padded.split()
        return not self.r.planned.isdisjoint(words) or any(p in f" {text} " for p in self._planned_phrases)

    def _conjunct_start(self, doc, t: Trigger, floor: int) -> int | None:
        """Where the conjunct of the meeting noun ``t`` begins, right after "und" or a comma a few words before it
        ("…, und im Februar bei der Münchner Sicherheitskonferenz"), or None."""
        for k in range(t.start - 1, max(floor, t.start - 7) - 1, -1):
            if doc.lowers[k] in self.r.coordinators or doc.texts[k] == ",":
                return k + 1
        return None

    def _being_scheduled(self, doc, a: int, s_end: int) -> bool:
        """Does the rest of the sentence from ``a``, or the next sentence, say a date is being fixed ("…; ein
        Termin im Herbst wird derzeit abgestimmt")? Then the invitation was taken up."""
        k = self._first_word(doc, s_end)
        rest = list(doc.lowers[a:s_end]) + (list(doc.lowers[k:doc.sent_end(k)]) if k < len(doc) else [])
        return not self.r.scheduling_nouns.isdisjoint(rest) and not self.r.scheduling_verbs.isdisjoint(rest) \
            and self.r.negation.isdisjoint(rest)

    def _accepted_next(self, doc, s_end: int) -> bool:
        """Does the sentence after ``s_end`` accept an invitation ("Die Kanzlerin nahm die Einladung an")?"""
        k = self._first_word(doc, s_end)
        if k >= len(doc):
            return False
        return doc.sentence_says(k, self._acceptance)

    def _in_sequence_clause(self, doc, k: int, s_start: int, s_end: int, actors=()) -> int | None:
        """The start of the clause of token ``k`` if a conjunction of sequence opens it ("nachdem", "bevor"),
        else None. A measure of time may stand before the conjunction ("kurz nachdem", "…, a day after X held
        talks"); English opens such a clause with no comma ("The meeting came after X held talks with Y"): there
        the conjunction counts when its subject, a person or pronoun, stands right before the verb ``k``."""
        a = self._clause(doc, k, s_start, s_end)[0]
        if doc.lowers[a] in self.r.sequence_conjunctions:
            return a
        j = next((j for j in range(k - 1, a - 1, -1) if doc.lowers[j] in self.r.sequence_conjunctions), None)
        if j is None:
            return None
        if j - a <= 3 and all(not doc.texts[i][:1].isupper() or i == s_start for i in range(a, j)):
            return j  # ("kurz nachdem", "a day after", "two hours before")
        subject_end = next((m.end for m in actors if m.start == j + 1 and m.type == "person"), None)
        if subject_end is None and doc.lowers[j + 1] in self.r.subject_pronouns:
            subject_end = j + 2
        return j if subject_end is not None and k - subject_end <= 1 else None

    def _noun_called_off(self, doc, mm: MeetingMention) -> bool:
        """Is the meeting noun the object of a withdrawing verb and its particle ("Der Kanzler sagte das Treffen
        kurzfristig ab")? Without an object the verb tells a person withdrawing ("X sagte ab")."""
        t = mm.triggers[0]
        if t.kind != "noun" or self._clause_last_word(doc, t.start) not in self.r.withdraw_particles:
            return False
        a = self._clause(doc, t.start, mm.sent_start, mm.sent_end)[0]
        return any(doc.lemmas[k] in self.r.withdraw_verbs for k in range(a, t.start))

    def _called_off_after_a_comma(self, doc, mm: MeetingMention) -> bool:
        """Is the plan of the meeting noun called off by a second predicate after a comma ("Ein Besuch in Riga war
        geplant, wurde aber abgesagt", "A visit had been planned, but was called off")? The words of a status stop at
        the comma of the noun's clause; a predicate after it that opens with an auxiliary (after a word of contrast
        or not), or with the noun's pronoun and a word of contrast, has no subject of its own: it is the noun's."""
        t = mm.triggers[0]
        if t.kind != "noun" or len(mm.triggers) > 1:
            return False
        b = self._clause(doc, t.start, mm.sent_start, mm.sent_end)[1]
        if b >= mm.sent_end - 2 or doc.texts[b] != ",":
            return False
        lowers, k = doc.lowers, b + 1
        # ("…, ihn dann aber verworfen": the noun again as an object, the first clause's auxiliary shared)
        shared = lowers[k] in self.r.object_pronouns
        k += 1 if shared else 0
        contrasted = False
        while k < mm.sent_end - 1 and lowers[k] in self.r.contrast_words:
            k, contrasted = k + 1, True
        if lowers[k] not in self.r.auxiliaries and not (shared and contrasted):
            return False
        end = self._clause(doc, k, mm.sent_start, mm.sent_end)[1]
        words = lowers[k:end]
        return not self.r.cancelled.isdisjoint(words) or self._called_off(doc, k, end) \
            or any(p in f" {' '.join(words)} " for p in self._cancelled_phrases)

    def _called_off(self, doc, a: int, b: int) -> bool:
        """A separable verb of calling off in tokens a..b ("fiel aus Sicherheitsgründen aus")."""
        return self._separable_in(doc, a, b, self._cancelled_separable)

    def _announced_object(self, doc, t: Trigger, clause: tuple[int, int], s_start: int) -> bool:
        """Is the meeting noun ``t`` the object of a verb of announcing in ``clause`` ("kündigte am Dienstag einen
        Gegenbesuch an", "announced a visit to Vienna")? An object is brought in by an indefinite article, not
        governed by a preposition ("kündigte nach dem Treffen an" is the setting of what was announced)."""
        if t.kind != "noun" or not self._introduced(doc, t.start, s_start) \
                or self._preposition_before(doc, t.start, s_start, self._any_preposition) is not None:
            return False
        lemmas = doc.lemmas
        return any(lemmas[k] in self.r.announcing_verbs
                   or any(self._particle_ends_clause(doc, k, p) for p in self._announcing_separable.get(lemmas[k], ()))
                   for k in range(clause[0], t.start))

    def _announced_after(self, doc, d: DateMention, clause: tuple[int, int]) -> bool:
        """Is the date ``d`` followed in ``clause`` by a verb of announcing ("war bereits im Januar angekündigt
        worden", "was announced in January") or of confirming ("The visit was confirmed on Tuesday")? The meeting
        noun before them is what was announced then."""
        k = bisect_left(doc.idx, d.end)
        # (confirming in the passive, the noun its subject: not "haben am Montag Systeme zugesagt" at a meeting)
        return any(doc.lemmas[j] in self.r.announcing_verbs or doc.lowers[j] in self.r.announcing_verbs
                   or self._confirms(doc, j) and not self.r.passive_auxiliaries.isdisjoint(doc.lowers[clause[0]:j])
                   for j in range(max(clause[0], k - 8), min(clause[1], k + 3)))

    def _separable_in(self, doc, a: int, b: int, particles: dict) -> bool:
        """A separable verb of ``particles`` in tokens a..b whose particle is the last word of its clause ("fiel aus
        Sicherheitsgründen aus": the first "aus" is a preposition, the last one the particle; "steht … an")."""
        lowers = doc.lowers
        return any(self._particle_ends_clause(doc, k, particle)
                   for k in range(a, b) if lowers[k] in particles for particle in particles[lowers[k]])

    def _particle_ends_clause(self, doc, k: int, particle: str) -> bool:
        """Is ``particle`` the last word of the clause of the verb at ``k`` (its separable particle, not a
        preposition or article of the same spelling: "traf ein Abkommen" is no "traf … ein"), or the last word
        before "und" and a second predicate ("trafen am Abend in London ein und führten am Morgen Gespräche")?"""
        if MeetingFinder._clause_last_word(doc, k) == particle:
            return True
        end = doc.clause_bounds(k, BOUNDARY)[1]
        lowers, joins = doc.lowers, self._predicate_coordinators
        return any(lowers[j] == particle and lowers[j + 1] in joins for j in range(k + 2, min(end, len(lowers) - 1)))

    def _withdrew_into(self, doc, k: int) -> bool:
        """Does the clause of ``k`` tell withdrawing into a place ("zogen sich zu einem Gespräch im Oval Office
        zurück"), a verb of retreat with its reflexive: its "zurück" goes there, not home?"""
        if not self.r.retreat_verbs:
            return False
        a, b = doc.clause_bounds(k, BOUNDARY)
        return any(doc.lemmas[j] in self.r.retreat_verbs for j in range(a, b)) \
            and not self.r.reflexive_pronouns.isdisjoint(doc.lowers[a:b])

    @staticmethod
    def _clause_last_word(doc, k: int) -> str:
        """The last word of the clause of the word at ``k`` after it ("" when none follows it)."""
        end = doc.clause_bounds(k, BOUNDARY)[1]  # its closing mark, or the sentence's end
        j = end if end < len(doc) and doc.texts[end] in BOUNDARY else end - 1
        while j > k and doc.is_punct[j]:
            j -= 1
        return doc.lowers[j] if j > k else ""

    def _virtual_sentence(self, doc, s_start: int) -> bool:
        """Does the sentence say that someone took part by video ("per Video zugeschaltet", "by video link")?"""
        found = self._virtual_sentences.get(s_start)
        if found is None:
            sentence = doc.sentence_lowers(s_start)
            found = self._virtual_sentences[s_start] = any(c in sentence for c in self._virtual_cues)
        return found

    def _accusative_object(self, doc, m: Mention, floor: int) -> bool:
        """Is ``m`` introduced by an accusative determiner ("den Präsidenten X", "ihren Amtskollegen X", "den
        Premierminister von Portugal, X," with the role's state and the comma of the apposition between)?"""
        k = m.start - 1
        if k > floor and doc.texts[k] == "," and (m.role or k - 1 in self._state_tokens):
            k -= 1  # the name in apposition to its role (and the role's state: "den Präsidenten Finnlands, X,")
        while k >= max(floor, m.start - 9):
            low = doc.lowers[k]
            if low in self.r.accusative_determiners:
                return True
            if k in self._state_tokens or low in self.r.of_state or doc.texts[k] in self.r.state_name_words or (
                    low in self.r.determiners and k + 1 < m.start and (k + 1 in self._state_tokens or doc.texts[k + 1] in self.r.state_name_words)):
                k -= 1  # "von Portugal", "der Republik Kenia": the role's state
                continue
            if doc.texts[k] in BOUNDARY or low in self.r.determiners or low in self.r.object_prepositions:
                return False
            if m.start - k > 4 and not doc.texts[k][:1].isupper():
                return False
            k -= 1
        return False

    def _plural_role(self, doc, k: int, s_start: int) -> bool:
        """"die Verteidigungsminister Spaniens und Portugals", "die Regierungschefs Albaniens": a plural role
        noun with no name after it stands for the states that follow it, as a delegation noun does; so after a
        plural possessive ("seine Amtskollegen aus Frankreich und Polen")."""
        if k <= s_start:
            return False
        if self.lang != "de":
            # "the presidents of Brazil and South Africa": an English plural says its number by its ending
            found = self.kb.role_of(self.lang, doc.texts[k])
            # (capitalised, "Presidents" keeps its form as its lemma: the role's singular tells; "from" as "of":
            # "National security advisers from Britain and France")
            return found is not None and found[1] in ("person", "host") and doc.lowers[k].endswith("s") \
                and found[0].lower() != doc.lowers[k] and k + 1 < len(doc) \
                and (doc.lowers[k + 1] in self.r.of_state or doc.lowers[k + 1] in self._state_origin_links)
        before = doc.lowers[k - 1]
        dative_plural = (before in self.r.dative_plural_determiners and k - 1 > s_start
                         and doc.lowers[k - 2] in self.r.dative_prepositions)  # "mit seinen Amtskollegen aus …"
        # (after a noun "der" before a masculine role is a genitive plural: "ein Treffen der Außenminister Armeniens
        # und Aserbaidschans")
        genitive_plural = before in self.r.genitive_plural_articles and k - 1 > s_start \
            and doc.texts[k - 2][:1].isupper() and not doc.lowers[k].endswith(("in", "e"))
        if before not in self.r.plural_determiners and before not in self.r.plural_possessives and not dative_plural \
                and not genitive_plural:
            return False
        found = self.kb.role_of(self.lang, doc.texts[k])
        return found is not None and found[1] in ("person", "host") and not doc.lowers[k].endswith("in")

    def _delegation_noun(self, low: str) -> bool:
        """``Delegationen``, and German compounds with such a head (``Spitzendiplomaten``, ``Chefunterhändler``)."""
        verdict = self._delegation_verdicts.get(low)
        if verdict is None:
            if len(self._delegation_verdicts) > 200_000:
                self._delegation_verdicts.clear()
            verdict = self._delegation_verdicts[low] = low in self.r.delegation_nouns or (self.lang == "de" and any(
                low.endswith(d) for d in self.r.delegation_nouns if len(d) >= 7))
        return verdict

    def _guest_reference(self, doc, clause: tuple[int, int], mm: MeetingMention, actors: list[Mention]) -> list[Mention]:
        """"empfängt Scholz den Gast", "die Einlassungen des Gastes", "welcomed the guest": the visitor told
        about before (the latest person a host received); "mit ihren Gästen", "her guests": all of them."""
        for k in range(*clause):
            if doc.lowers[k] in self.r.guest_nouns and k > 0 and (doc.lowers[k - 1] in self.r.determiners
                                                                 or doc.lowers[k - 1] in self.r.definite_determiners) \
                    and not any(m.start == k + 1 for m in actors):
                hosts = {h.key for h in mm.hosts}
                received = next((g for g in reversed(self._guests) if g[0].key not in hosts), [])
                # the principal guest: named first among those a host received last ("Macron und seine Frau")
                guests = [g for g in received if g.key not in hosts] if doc.lowers[k] in self.r.guest_plurals else received[:1]
                if not guests and self.persons_before is not None and doc.lowers[k] not in self.r.guest_plurals:
                    # (not for "die Gäste": those invited to a summit told about, no one person named before)
                    # no one received yet: the visitor the sentence before names ("Hoher Besuch im Rathaus: Der
                    # litauische Außenminister X trug sich ein. Die Oberbürgermeisterin empfing den Gast …")
                    # (nor one the clause names: "… mit seinem Amtskollegen Y. Y empfing den Gast zu einem
                    # Mittagessen" is the latest person named before who is not Y)
                    hosts |= {m.key for m in actors if clause[0] <= m.start < clause[1] and m.type == "person"
                              and not self._in_relative_before(doc, m, clause[0], k)}
                    guest = self.persons_before(mm.sent_start)
                    guests = [guest] if guest is not None and guest.key not in hosts else []
                    if not guests and guest is not None:
                        guests = [m for m in reversed(self._persons) if m.end <= mm.sent_start and m.key not in hosts][:1]
                if guests:
                    self._pronoun_persons.append((k, guests[0]))  # a later "they", "both" counts the guest here
                return guests
        return []

    def _for_a_side(self, mm: MeetingMention) -> bool:
        """Does the mention's sentence open with the side its persons act for ("Für die Ukraine verhandelten …",
        "For Ukraine, X and Y negotiated")?"""
        doc = self._doc
        return doc.lowers[mm.sent_start] in self.r.representing and any(
            p.type in ("country", "organization") and mm.sent_start < p.start <= mm.sent_start + 3 for p in mm.participants)

    def _represented(self, doc, clause: tuple[int, int], mentions: list[Mention]) -> list[Mention]:
        """States or organisations after "für"/"for" at the head of a clause with a person in it."""
        a, b = clause
        out = []
        for m in mentions:
            if m.type not in ("country", "organization") or not (a <= m.start < b):
                continue
            k = m.start - 1
            while k >= a and doc.lowers[k] in self.r.determiners:
                k -= 1
            if k >= a and doc.lowers[k] in self.r.representing and (k == a or doc.texts[k - 1] in BOUNDARY) \
                    and any(p.type == "person" and m.end <= p.start < b for p in mentions):
                out.append(m)
            elif m.type == "country" and k >= a and doc.lowers[k] not in self.r.meeting_prepositions \
                    and doc.lowers[k] not in self.r.travel_prepositions and not self._passive(doc, a, b) \
                    and any(doc.lowers[j] in self.r.stands_in for j in range(m.end, b)) \
                    and any(p.type == "person" and a <= p.start < m.start for p in mentions):
                out.append(m)  # "Y soll nach Riga reisen und Deutschland bei dem Treffen vertreten": the state takes part
        return out

    def _delegated_states(self, doc, s_start: int, s_end: int, mentions: list[Mention]) -> list[Mention]:
        """States or organisations after a delegation noun: "die Delegationen Russlands und der Ukraine",
        "the leaders of the United States, Japan and Germany"."""
        out = []
        for m in mentions:
            # a genitive after a delegation noun is a party even when it modifies the noun ("Unterhändler Russlands")
            if m.type not in ("country", "organization"):
                continue
            if m.origin:
                continue  # "seine Amtskollegen X aus Frankreich und Y aus Polen": where X comes from
            if m.via == "adjective":
                out.append(m)  # "Russian and Ukrainian delegations", "die russische Delegation"
                continue
            k = m.start - 1
            while k >= s_start:  # (past the other states of the list: "Deutschlands, Frankreichs und Polens")
                if doc.lowers[k] in self.r.coordinators or doc.lowers[k] in self.r.delegation_links:
                    k -= 1
                elif (other := ms_at(mentions, k)) is not None and other.type == "country" and other.genitive:
                    k = other.start - 1
                else:
                    break
            leaders = ms_at(mentions, k) if k >= s_start else None
            if leaders is not None and leaders.type == "group" and leaders.role in self.r.leader_group_roles and m.genitive:
                out.append(m)  # "die Staats- und Regierungschefs Deutschlands, Frankreichs und Polens"
                continue
            k = m.start - 1
            while k >= s_start and not self._delegation_noun(doc.lemmas[k]) and doc.lowers[k] not in self.r.delegation_nouns and (
                    doc.lowers[k] in self.r.determiners or doc.lowers[k] in self.r.coordinators
                    or doc.lowers[k] in self.r.of_state or doc.lowers[k] in self.r.delegation_links
                    # (an English plural role read as a group is where the walk ends: "met the presidents of Brazil
                    # and South Africa"; a German one names the states' ministers, its genitive a member's: "Die
                    # Agrarminister der EU-Staaten" are no EU delegation)
                    or ms_at(mentions, k) is not None and not (self.lang != "de" and self._plural_role(doc, k, s_start))):
                k -= 1
            if k >= s_start and (self._delegation_noun(doc.lowers[k]) or self._delegation_noun(doc.lemmas[k])
                                 or self._plural_role(doc, k, s_start)):
                out.append(m)
                if m.type == "country" and k in self._role_at_token:
                    self._state_roles[m.start] = self._role_at_token[k].role
                continue
            # before it: "mit einer US-Delegation", "Russlands Unterhändler"
            j = m.end + 1 if m.end < s_end and doc.texts[m.end] in ("-", "–") else m.end
            if self.lang == "en" and not m.genitive:
                # English names a state by its noun before the delegation's ("a U.S. delegation"), also in a
                # list of states ("U.S. and Russian delegations")
                while j + 1 < s_end and doc.lowers[j] in self.r.coordinators and (n := ms_at(mentions, j + 1)) is not None \
                        and n.type == "country" and n.start == j + 1:
                    j = n.end
                if j < s_end and self.r.state_delegation_nouns and doc.lowers[j].endswith(self.r.state_delegation_nouns):
                    out.append(m)
                continue
            if j < s_end and (m.genitive or j > m.end) and self.r.state_delegation_nouns \
                    and doc.lowers[j].endswith(self.r.state_delegation_nouns):
                out.append(m)
        return out

    def _office_holders(self, states: list[Mention]) -> list[Mention]:
        """"the prime ministers of Sweden and Finland", "die Außenminister Norwegens und Finnlands": the holders of
        that office in those states, where the article names exactly one for a state (before or after)."""
        out: list[Mention] = []
        for state in states:
            role = self._state_roles.get(state.start)
            if role is None:
                continue
            code = state.key.split(":", 1)[1]
            holders = {p.key: p for p in self._persons if p.role == role and p.country == code}
            if len(holders) == 1:
                out.extend(holders.values())
        return out

    def _sideline_split(self, doc, mm: MeetingMention, s_start: int, sent_mentions: list[Mention]) -> list[MeetingMention]:
        """"sich am Rande des G7-Gipfels im Juni in Evian zu treffen": the noun the sideline phrase names is a
        meeting of its own, at the place and on the day told, before the meeting on its sidelines (which the
        merge then puts beside it, or beside the summit told before that the noun refers to)."""
        if mm.sideline and len(mm.triggers) > 1 and not (mm.places or mm.date_mention):
            # ("Am Rande des Treffens sprach X mit Y": the meeting told, where the merge finds it; the talk's own
            # noun or verb names the talk: "Gespräch am Rande des Gipfels" is a talk, not a summit)
            mm.triggers.sort(key=lambda t: self._sideline_object(doc, t, s_start))
        if not mm.sideline or len(mm.triggers) < 2 or not (mm.places or mm.date_mention):
            return [mm]
        named = [t for t in mm.triggers if self._sideline_object(doc, t, s_start)]
        if not named or len(named) == len(mm.triggers):
            return [mm]
        # (a talk called off is not the conference it was to be held beside: "Ein Treffen am Rande der Tagung in
        # Wien ist abgesagt worden"; the conference is to come or has been, by its date)
        status = mm.status
        if status == "cancelled":
            status = "planned" if mm.date_mention is not None and lies_ahead(mm.date_mention, self._ref) else "past"
        # (the places of the sideline phrase, up to the verb or the persons of the talk: "am Rande des G7-Gipfels in
        # Evian zu treffen"; one told after them is the talk's, "Am Rande der Konferenz kamen X und Y im Kanzleramt
        # zusammen", and of the named meeting only its town)
        told_from = max(t.end for t in named)
        stop = min([t.start for t in mm.triggers if t not in named and t.start >= told_from]
                   + [p.start for p in mm.participants if p.start >= told_from] + [mm.sent_end])
        places = [p for p in mm.places if p.start < stop]
        if len(places) < len(mm.places) and not places:
            places = [p for p in mm.places if p.type in ("city", "country")] or self._towns_of_buildings(mm.places)
        main = MeetingMention(mm.sent_start, mm.sent_end, named, mm.window, places=places,
                              date_mention=mm.date_mention, status=status, virtual=False, definite=True, beside=True)
        # (a chronology's present tells both as held: "23. September: Am Rande der UN-Generalversammlung trifft X Y")
        main.by_present_tense = mm.by_present_tense
        mm.triggers = [t for t in mm.triggers if t not in named]
        # the organisation in the named meeting's genitive is its party ("am Rande des Außenministertreffens der
        # Staatengemeinschaft ASEAN"), not one of those meeting on its sidelines
        # (so is a group in its genitive or its possessive: "am Rande des Treffens der Außenminister", "on the
        # sidelines of the ASEAN foreign ministers' meeting")
        owned = [o for o in sent_mentions if o.type in ("organization", "group") and not o.modifier
                 and any(t.end <= o.start <= t.end + 5 and self._genitive_run(doc, t.end, o.start)
                         or o.type == "group" and t.start - 4 <= o.end < t.start
                         and all(doc.texts[k] in POSSESSIVE_MARKS for k in range(o.end, t.start)) for t in named)]
        main.participants = owned
        mm.participants = [p for p in mm.participants if all(p.key != o.key for o in owned)]
        return [main, mm]

    def _sideline_adjunct_first(self, doc, out: list[MeetingMention], s_start: int) -> list[MeetingMention]:
        """"X and Y held talks on Wednesday, on the sidelines of the BRICS summit in Kazan": the summit the phrase
        after the talks' clause names is told by a mention of its own, after theirs; it is the meeting they were
        beside, as if the phrase stood in their clause (``_sideline_split``), so it goes first."""
        for i, mm in enumerate(out):
            if not mm.sideline:
                continue
            named = next((o for o in out[i + 1:] if o.triggers and all(
                self._sideline_object(doc, t, s_start) for t in o.triggers)), None)
            if named is not None:
                named.beside, named.definite = True, True
                return out[:i] + [named] + [o for o in out[i:] if o is not named]
        return out

    def _genitive_run(self, doc, a: int, b: int) -> bool:
        """Do the words ``a..b`` join a noun to a name after it as its genitive ("des Außenministertreffens der
        Staatengemeinschaft ASEAN", "the summit of the Group of Seven"): articles, "of", and capitalised words,
        no mark and no verb ("am Rande der Konferenz haben sich die Außenminister der G7 getroffen": the G7's
        ministers met beside it)? A word in lower case is an adjective after an article ("der südostasiatischen
        Staatengemeinschaft ASEAN")."""
        article = False
        for k in range(a, b):
            low = doc.lowers[k]
            if low in self.r.determiners or low in self.r.of_state:
                article = True
            elif doc.is_punct[k] or not (doc.texts[k][:1].isupper() or article and doc.texts[k].isalpha()):
                return False
            else:
                article = article and doc.texts[k][:1].islower()
        return True

    def _occasion_object(self, doc, t: Trigger, s_start: int) -> bool:
        """Is the meeting noun ``t`` the object of a verb of using, with what it was used for after it ("nutzte den
        Gipfel für Gespräche mit Y", "used the summit to meet Y"), or a summit the sentence is set at that holds talks
        of their own ("Beim G7-Gipfel hat X bilaterale Gespräche geführt, darunter mit Y")? Those are on its
        sidelines."""
        if self._setting_of_talks(doc, t, s_start):
            return True
        if t.kind != "noun" or not self.r.occasion_verbs or t.end + 1 >= len(doc):
            return False
        k = t.start - 1
        while k > s_start and t.start - k <= 3 and (doc.lowers[k] in self.r.determiners or doc.texts[k][:1].islower()
                                                    and doc.lemmas[k] not in self.r.occasion_verbs):
            k -= 1
        # (a meeting word it was used for right after it: "used the ceremony to surprise X with a medal" is no talk)
        return k >= s_start and doc.lemmas[k] in self.r.occasion_verbs \
            and any(doc.lowers[j] in self.r.occasion_prepositions for j in (t.end, t.end + 1)) \
            and any(j in self._trigger_tokens and (self._noun_trigger(doc, j) or self._verb_trigger(doc, j, doc.sent_end(j)))
                    for j in range(t.end + 1, min(doc.sent_end(t.start), t.end + 6)))

    def _setting_of_talks(self, doc, t: Trigger, s_start: int) -> bool:
        """Is ``t`` a summit noun in a phrase of setting ("Beim G7-Gipfel", "At the summit") whose sentence tells a
        meeting noun of another head with its partners after it ("… bilaterale Gespräche geführt, darunter mit Y")?"""
        if t.kind != "noun" or not self._summit_noun(t) or not self._in_setting(doc, t.start, s_start):
            return False
        end = doc.sent_end(t.start)
        for j in range(t.end + 1, end):
            u = self._noun_trigger(doc, j) if j in self._trigger_tokens else None
            if u is not None and self._head(u) != self._head(t):
                return any(doc.lowers[x] in self.r.partner_words for x in range(u.end, min(end, u.end + 6)))
        return False

    def _sideline_object(self, doc, t: Trigger, s_start: int) -> bool:
        """Is ``t`` the meeting noun a sideline phrase names ("am Rande des Treffens", "on the sidelines of the
        summit"), or one used as the occasion for another (``_occasion_object``)?"""
        if t.kind != "noun":
            return False
        if self._occasion_object(doc, t, s_start):
            return True
        k, words = t.start - 1, 0
        while k >= s_start and words < 4 and (doc.lowers[k] in self.r.determiners or doc.lowers[k] in self.r.definite_determiners
                                              or doc.texts[k] in ("-", "‐") or doc.texts[k] in POSSESSIVE_MARKS
                                              or (doc.texts[k].isalnum() and doc.lowers[k] not in self._sideline_ends)):
            # (past "G7-", "G20-": "am Rande des G7-Gipfels"; a name counts as one word: "the Shanghai Cooperation
            # Organisation summit")
            if k in self._trigger_tokens and self._noun_trigger(doc, k) is not None:
                return False  # "Am Rande des Gipfels sind Gespräche … geplant": the phrase names the summit, not the talks
            named = self._in_mention.get(k)
            # (a possessive's mark is no word, nor are "of" and an article: "on the sidelines of the ASEAN foreign
            # ministers' meeting")
            function = doc.texts[k] in POSSESSIVE_MARKS or doc.lowers[k] in self.r.of_state or doc.lowers[k] in self.r.determiners
            k, words = (named.start - 1 if named is not None and named.type in ("organization", "country", "city") else k - 1), \
                words + (not function)
        return k >= s_start and doc.lowers[k] in self._sideline_ends and any(
            " ".join(doc.lowers[max(s_start, k + 1 - len(p.split())):k + 1]) == p for p in self._sideline_phrases)

    def _names_another_meeting(self, doc, m: Mention, mm: MeetingMention) -> bool:
        """An organisation glued to a meeting noun that is not this mention's ("Im Mittelpunkt des Gesprächs steht
        die Vorbereitung des nächsten NATO-Gipfels", "preparations for the next NATO summit"): it names that
        meeting, and takes no part in this one."""
        k = m.end
        if m.type != "organization" or k + 1 >= len(doc):
            return False
        if doc.texts[k] in ("-", "‐"):
            k += 1  # "NATO-Gipfel"; English puts the name before the noun ("the next NATO summit")
        return all(t.start != k for t in mm.triggers) and self._noun_trigger(doc, k) is not None

    def _proposed_in_clause_after(self, doc, clause: tuple[int, int], s_start: int, s_end: int) -> bool:
        """Does a "wie" or relative clause right after ``clause`` say its meeting was asked for or proposed ("…
        bei einem Sondergipfel, wie ihn X vorgeschlagen hat")?"""
        b = clause[1]
        if b + 1 >= s_end or doc.texts[b] != "," or not (doc.lowers[b + 1] in self._relative_openers
                                                         or doc.lowers[b + 1] in self.r.as_clause):
            return False
        return self._verb_in(doc, self._clause(doc, b + 1, s_start, s_end), self.r.hypothetical, self.r.hypothetical_separable)

    def _past_inserted_clause(self, doc, clause: tuple[int, int], s_start: int, s_end: int) -> tuple[int, int]:
        """A clause that a relative or "wie" clause interrupts, with the clause after it ("Ein Treffen mit X, wie
        es manche fordern, wäre ein Fehler"): the subject's predicate stands there."""
        after = self._after_inserted(doc, clause, s_start, s_end)
        return (clause[0], after[1]) if after is not None else clause

    def _place_as_subject(self, doc, clause: tuple[int, int], t: Trigger, mentions: list[Mention]) -> list[Mention]:
        """A town or building that opens the clause as its subject, told to be the setting of the meeting ("Genf war
        am Montag Schauplatz eines Treffens", "Geneva was the venue for talks") or to host it ("Geneva hosted
        talks"): the meeting's place."""
        a = clause[0]
        while a < t.start and doc.lowers[a] in self.r.definite_determiners:
            a += 1
        place = next((m for m in mentions if m.start == a and m.type in ("city", "venue") and not m.modifier), None)
        if place is None or place.end >= t.start:
            return []
        between = range(place.end, t.start)
        # (not a verb of welcoming: "Berlin welcomed the talks" is the government's approval)
        hosted = place.end in self._trigger_tokens and (doc.lemmas[place.end] in self.r.host_verbs or doc.lowers[place.end] in self.r.host_verbs) \
            and doc.lemmas[place.end] not in self.r.object_verbs and doc.lowers[place.end] not in self.r.object_verbs
        if hosted or any(doc.lowers[k] in self.r.setting_nouns for k in between) and t.start - place.end <= 8:
            return [place]
        return []

    def _after_inserted(self, doc, clause: tuple[int, int], s_start: int, s_end: int) -> tuple[int, int] | None:
        """The clause after a relative or "wie" clause that interrupts ``clause`` (also one opened by a preposition:
        "Das Treffen zwischen X und Y, auf das Z gedrängt hatte, ist nicht zustande gekommen"), or None."""
        a, b = clause
        if b + 1 < s_end and (self._opens_relative(doc, b, s_end) or doc.texts[b] == "," and doc.lowers[b + 1] in self.r.as_clause):
            inserted_end = self._clause(doc, b + 1, s_start, s_end)[1]
            if inserted_end + 1 < s_end and doc.texts[inserted_end] == ",":
                return self._clause(doc, inserted_end + 1, s_start, s_end)
        if b + 1 < s_end and doc.texts[b] in (",", "–", "—") and (
                doc.lowers[b + 1] in self.r.determiners or doc.lowers[b + 1] in self.r.definite_determiners
                or doc.lowers[b + 1] in self.r.referring_possessives):
            # (or an apposition between commas or dashes: "The summit, the first since 2019, opened in Geneva",
            # "Der Gipfel – der erste seit 2019 – begann am Montag")
            inserted_end = self._clause(doc, b + 1, s_start, s_end)[1]
            if inserted_end + 1 < s_end and doc.texts[inserted_end] == doc.texts[b] \
                    and not any(k in self._trigger_tokens and self._noun_trigger(doc, k) is None for k in range(b + 1, inserted_end)):
                return self._clause(doc, inserted_end + 1, s_start, s_end)
        return None

    def _with_antecedent(self, doc, clause: tuple[int, int], s_start: int, s_end: int) -> tuple[int, int]:
        """A relative clause with the noun phrase it is on ("The two leaders, who last met in Tirana", "Die beiden
        Politiker, die sich im Mai getroffen hatten"): its subject is that phrase; any other clause as it is."""
        a, b = clause
        if a > s_start + 1 and doc.lowers[a] in self.r.relative_pronouns and doc.texts[a - 1] == ",":
            return self._clause(doc, a - 2, s_start, s_end)[0], b
        return clause

    def _the_two(self, doc, window: tuple[int, int]) -> list[int]:
        """Where the window holds "die beiden" / "the two" ("die drei" …), standing for the persons just named."""
        lowers, pair, numbers = doc.lowers, self.r.pair_words, self.r.group_numbers
        return [k for k in range(*window) if (lowers[k] in pair or lowers[k] in numbers) and k > 0
                and lowers[k - 1] in self.r.definite_determiners]

    def _bare_object(self, doc, t: Trigger, s_start: int) -> bool:
        """Is the meeting noun ``t`` a possessed object with no preposition before it ("sein Beglaubigungsschreiben
        überreicht")? It is the clause's own, and the clause's date is its date."""
        k = self._possessive_before(doc, t, s_start)
        return k is not None and (k == s_start or doc.lowers[k - 1] not in self._any_preposition)

    def _bare_object_noun(self, doc, t: Trigger, s_start: int) -> bool:
        """Is the meeting noun ``t`` bare (``_bare_noun``) with no preposition or possessive before it, over
        adjectives ("Am Vortag hatte X Gespräche mit Y geführt", "… mit Y intensive Gespräche geführt")? Such a noun
        is the object its clause introduces, and the clause's date is its date, whoever is named between them."""
        return t.start > s_start + 1 and self._bare_noun(doc, t) and self._possessive_before(doc, t, s_start) is None \
            and self._preposition_before(doc, t.start, s_start, self._any_preposition) is None

    @staticmethod
    def _named_after(doc, m: Mention, words: frozenset[str]) -> bool:
        """Is ``m`` named a few words after one of ``words`` in its sentence ("mit Staatschef X", "unter dem Vorsitz
        Großbritanniens")?"""
        # (not a particle a comma ends: "teilte am Freitag mit, Kanzler X werde …"; a list's comma after the first
        # name keeps the word's: "mit X, Y und Z")
        # (four words back, a hyphenated compound the tokenizer split counting as one: "mit dem Sejm-Marschall X")
        start, floor, n = m.start, doc.sent_start(m.start), 0
        while start > floor and n < 4:
            start -= 1
            if start - 1 > floor and doc.texts[start] in ("-", "‐"):
                start -= 1
            else:
                n += 1
        return any(doc.lowers[k] in words and doc.texts[k + 1] not in BOUNDARY for k in range(start, m.start))

    def _inviting(self, m: Mention) -> bool:
        """Is ``m`` the subject of a verb of inviting ("ein Treffen, zu dem Kanada eingeladen hatte", "Polen lud zu dem
        Treffen ein")? A state invites from home to a meeting that may be anywhere (on the sidelines of one in New
        York); one that hosts it ("Polen richtet das Treffen aus") is where it meets."""
        doc = self._doc
        clause = self._clause(doc, m.start, doc.sent_start(m.start), doc.sent_end(m.start))
        return self._verb_in(doc, clause, self.r.invitation_verbs, self.r.invitation_separable)

    def _chairing(self, m: Mention) -> bool:
        """Is ``m`` named a few words after a noun of chairing ("unter dem Vorsitz Großbritanniens und Deutschlands")?"""
        return self._named_after(self._doc, m, self.r.chair_nouns)

    def _next_partner(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm`` told as what came next ("anschließend", "then") with a partner ``m`` did not have ("X und Y
        trafen Z. Anschließend sprachen sie mit W")? Then it is a meeting of its own."""
        theirs = {p.key for p in m.participants}
        return mm.same_day and any(p.type == "person" and p.key not in theirs and self._partner_of_a_talk(self._doc, p)
                                   for p in mm.participants)

    def _also_a_talk_with_one_of_it(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm`` a talk that someone new "also" held with one of ``m``'s persons ("X met visiting Y on Friday.
        Premier Z also held talks with Y on the same day", "Auch Premier Z führte Gespräche mit Y")? Z's own talk with
        the guest, a meeting of its own (one who "also joined the talks with Y" is at ``m``)."""
        doc = self._doc
        if self.r.also_words.isdisjoint(doc.lowers[mm.sent_start:mm.sent_end]) \
                or any(t.kind == "verb" and t.lemma in self.r.participation_verbs for t in mm.triggers):
            return False
        theirs = {p.key for p in m.participants if p.type == "person"}
        persons = [p for p in mm.participants if p.type == "person"]
        partners = [p for p in persons if self._partner_of_a_talk(doc, p)]
        subjects = [p for p in persons if p not in partners]
        return bool(partners) and all(p.key in theirs for p in partners) and len(subjects) == 1 \
            and subjects[0].key not in theirs

    def _named_past_the_partners(self, doc, t: Trigger, actors: list[Mention]) -> bool:
        """Is a person named after the list of partners that follows the meeting noun ``t`` ("Nach Gesprächen mit X und
        Außenminister Y in Berlin reiste Z ab": Z)? The list's names are joined only by commas, coordinators, partner
        words, articles and offices."""
        end = t.end
        joining = self.r.partner_words | self.r.coordinators | self.r.determiners
        for m in sorted((m for m in actors if m.type == "person" and m.start >= t.end), key=lambda m: m.start):
            if not all(doc.texts[k] == "," or doc.lowers[k] in joining or k in self._role_at_token for k in range(end, m.start)):
                return True
            end = m.end
        return False

    def _partner_of_a_talk(self, doc, m: Mention) -> bool:
        """Is ``m`` named after a partner word ("mit Staatschef X", "with X") in its sentence: someone met, not one
        meeting?"""
        return self._named_after(doc, m, self.r.partner_words)

    def _standing_for_persons(self, doc, positions: list[int], actors: list[Mention]) -> list[int]:
        """Those of ``positions`` ("beide", "die beiden", "die drei") that stand for persons named before: "die beiden
        Länder" are no persons, and "die beiden Minister X und Y" name theirs; "die beiden Minister" alone (an
        office's noun) are the two named before."""
        named_at = {m.start for m in actors if m.type == "person"}
        # (a pronoun stands for persons whatever follows it: "führten sie Gespräche")
        return [k for k in positions if doc.lowers[k] in self.r.number_by_verb_pronouns
                or not (k + 1 < len(doc) and doc.texts[k + 1][:1].isupper() and self.lang == "de"
                                             and doc.lowers[k + 1] not in self._calendar_words) or (  # "der beiden Anfang September"
            ((self.kb.role_of(self.lang, doc.texts[k + 1]) or ("", ""))[1] in ("person", "host", "title", "descriptor")
             or doc.lowers[k + 1] in self.r.guest_nouns  # "beide Gäste eines Empfangs": the two named before
             or doc.lowers[k + 1] in self.r.counted_people_nouns  # "die vier Europäer"
             or doc.lowers[k + 1] in self.r.side_nouns)  # "beide Seiten": the parties
            # (names after them are theirs, not one joined by "und": "die vier Europäer und X telefonierten"; nor
            # one after their verb: "Die vier Regierungschefs trafen Präsident X")
            and not any(j in named_at and doc.lowers[j - 1] not in self.r.coordinators
                        and all(doc.texts[x][:1].isupper() or doc.texts[x] == "," for x in range(k + 2, j))
                        for j in range(k + 1, k + 5)))]

    def _pair_of_persons(self, doc, k: int) -> bool:
        """Does the word after "the two" or "both" at ``k`` make them persons: a verb of meeting ("the two joined"),
        an office's or people's noun ("the two leaders")? English writes any noun in lower case ("the two countries"),
        so the word must say so; German capitals do (``_standing_for_persons``)."""
        if self.lang == "de" or k + 1 >= len(doc):
            return True
        low = doc.lowers[k + 1]
        return k + 1 in self._trigger_tokens or low in self.r.guest_nouns or low in self.r.counted_people_nouns \
            or low in self.r.side_nouns or (self.kb.role_of(self.lang, doc.texts[k + 1]) or ("", ""))[1] in (
                "person", "host", "title", "descriptor", "collective")

    def _joined_the_two(self, doc, k: int) -> bool:
        """Is "the two" at ``k`` the object of a verb of joining or after a partner word ("X joined the two leaders for
        a trilateral meeting", "traf sich mit den beiden")? Then the two are there beside the subject."""
        j = k - 1
        while j >= 0 and doc.lowers[j] in self.r.determiners:
            j -= 1
        return j >= 0 and (doc.lemmas[j] in self.r.participation_verbs or doc.lowers[j] in self.r.participation_verbs
                           or doc.lowers[j] in self.r.partner_words)

    def _subject_read_before(self, s_start: int) -> list[Mention]:
        """The persons the sentence before ``s_start`` opened with a pronoun or "beide" for, as they were read."""
        doc = self._doc
        if s_start == 0:
            return []
        before = doc.sent_start(s_start - 1)
        if self._first_word(doc, before) >= s_start and before > 0:
            before = doc.sent_start(before - 1)  # (past a paragraph's break, a blank sentence)
        first = self._first_word(doc, before)
        return [p for k, p in self._pronoun_persons if k == first]

    def _pair_of_role(self, doc, g: Mention, s_start: int) -> list[Mention]:
        """The two persons named before a plural role with its definite article and nothing after it ("Die
        Minister", not "die Minister der EU-Staaten"), when one of them holds that office and the other an office too
        (a counterpart, say); else none."""
        words = g.text.split()
        # (the subject opening its sentence, a verb right after it: not "die Finanzminister aller 27 EU-Staaten", not
        # "lud die Ministerinnen und Minister ein"; English leaves the article out of the group: "The ministers")
        # ("The prime ministers": a role of two words)
        article = words[0].lower() in self.r.definite_determiners
        opens = len(words) == 2 and article and g.start == s_start \
            or not article and g.start == s_start + 1 and doc.lowers[s_start] in self.r.definite_determiners
        if not opens \
                or g.end >= len(doc) or not doc.texts[g.end].isalpha() or not doc.texts[g.end].islower() \
                or doc.lowers[g.end] in self.r.of_state or doc.lowers[g.end] in self.r.determiners \
                or doc.lowers[g.end] in self.r.coordinators:
            return []
        if any(o.start < s_start and o.role and g.role and (o.role == g.role or self.kb.covers(g.role, o.role) or o.role.endswith(g.role))
               for o in self._groups_of_article):
            # "Defence ministers met … The ministers will meet again in June": the group named before (also of an
            # office the plural's covers by its last word: "Die EU-Agrarminister … Die Minister wollen …")
            return []
        two = self.two_before(s_start)
        roles = self._person_roles()
        # (not when more of that office were named before: "X hosted Y, Z and W. The leaders met …" are all four)
        fitting = {p.key for p in self._persons if p.end <= s_start and roles.get(p.key)
                   and (roles[p.key].endswith(g.role) or self.kb.covers(g.role, roles[p.key]))}
        if len(fitting) > 2:
            return []
        if len(two) == 2 and all(roles.get(p.key) for p in two) and any(
                roles[p.key].endswith(g.role) or self.kb.covers(g.role, roles[p.key]) for p in two):
            return two
        return []

    def _person_roles(self) -> dict[str, str]:
        """Each person's role, as the article first gives it."""
        roles: dict[str, str] = {}
        for m in self._persons:
            if m.role:
                roles.setdefault(m.key, m.role)
        return roles

    def _last_of_role(self, before: int, role: str, n: int) -> list[Mention]:
        """The last ``n`` persons named before token ``before`` whom the article gives the normalised ``role``, or an
        office the role covers ("beide Regierungschefs": a chancellor and a prime minister; role_groups.tsv), none
        if fewer do."""
        roles = self._person_roles()
        out: list[Mention] = []
        for m in reversed([m for m in self._persons if m.end <= before]):
            if self.kb.covers(role, roles.get(m.key)) and all(m.key != o.key for o in out):
                out.append(m)
                if len(out) == n:
                    return out
        return []

    def _guest_followed(self, doc, host: Mention, guest: Mention) -> bool:
        """Is ``host`` named in the sentence of receiving ``guest``, who was named before it (the story follows the
        guest: "X wird zu einem Besuch erwartet. Y werde ihn empfangen")?"""
        at = self._received_at.get(host.key)
        return at == doc.sent_start(host.start) and any(m.key == guest.key and m.start < at for m in self._persons)

    def _pronoun_subject(self, doc, window: tuple[int, int], s_start: int) -> bool:
        """Does a pronoun in the clause stand for a person named before ("She is due to travel to Nairobi")?"""
        return self.persons_before is not None and any(
            doc.lowers[k] in self.r.subject_pronouns and doc.lowers[k] not in self.r.group_pronouns
            for k in range(*window)) and self.persons_before(s_start) is not None

    def _participants(self, doc, mm: MeetingMention, actors: list[Mention], sent_mentions) -> list[Mention]:
        starts = {m.start for m in sent_mentions if m.is_actor}
        out = [m for m in actors if not self._reporting_source(doc, m, mm.sent_end)
               and not self._reporting_speaker(doc, m, mm.triggers[0].start, mm.sent_end, starts)
               and not self._as_clause_source(doc, m) and not self._mourned(doc, m)
               and not self._party_of_an_earlier_event(doc, m, mm) and not self._group_in_what_was_said(doc, m, mm)
               and not self._spokesperson_on_it(doc, m, mm) and not self._owner_of_a_thing(doc, m)
               and not self._in_a_span_phrase(doc, m, mm) and not self._source_of_a_plan(doc, m, mm)
               and not self._said_after_the_verb(doc, m, mm)
               and not (self._met_in_what_was_skipped(doc, m) and not self._skipped_plan(doc, mm))
               and not self._closing_speaker(doc, m, mm)
               and not self._in_concession(doc, m) and not self._host_of_a_dating_noun(doc, m, mm)
               and not self._party_of_a_dating_noun(doc, m, mm) and not self._principal_of_an_apposed_role(doc, m, mm)]
        clause = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
        if mm.triggers[0].kind != "noun":  # "wo sie mit dem Präsidenten, X, zusammentrifft": her clause
            clause = (self._through_appositions(doc, clause, sent_mentions, mm.sent_start, mm.sent_end)[0], clause[1])
        # "Beide vereinbarten, sich zu treffen": the subject is before the comma (also when a noun of the
        # infinitive clause came first: "sich am Rande des Gipfels … zu treffen")
        if mm.window[0] < clause[0] and any(t.start > 0 and self._zu_infinitive(doc, t.start)
                                            and clause[0] <= t.start < clause[1] for t in mm.triggers):
            clause = (mm.window[0], clause[1])
        they = [k for k in range(*clause) if doc.lowers[k] in self.r.number_by_verb_pronouns and self._plural_by_verb(doc, k, clause)]
        pronouns = [k for k in range(*clause) if doc.lowers[k] in self.r.subject_pronouns and doc.lowers[k] not in self.r.group_pronouns
                    and k not in they]
        # "Für Selenskyj ging die Reise weiter: … traf er": a person before the pronoun in its sentence is meant
        # (not the partner after "mit": "Mit dem Außenminister X sprach sie anschließend": she is another)
        named_before = pronouns and any(m.type == "person" and m.end <= pronouns[0] and not self._in_sequence_phrase(m, mm)
                                        and not self._partner_of_a_talk(doc, m)
                                        for m in actors)
        # "wurde er von X empfangen, anschließend traf er Y": the same pronoun again is the same person
        same = pronouns and next((p for k, p in reversed(self._pronoun_persons) if mm.sent_start <= k < pronouns[0]
                                  and doc.lowers[k] == doc.lowers[pronouns[0]]), None)
        if same:
            out.append(same)
            self._pronoun_persons.append((pronouns[0], same))
        elif pronouns and not named_before and (ahead := self._cataphora(doc, clause, pronouns[0], mm, actors)) is not None:
            # "Nachdem er vor der Vollversammlung gesprochen hatte, traf X …": the subject of the main clause after it
            # (kept by this meeting when the sentence's meetings share its persons out)
            out.append(ahead)
            self._pronoun_persons.append((pronouns[0], ahead))
            mm.pair_owners = mm.pair_owners + [ahead]
        elif pronouns and not named_before and self.persons_before is not None:
            antecedent = self.persons_before(mm.sent_start, doc.lowers[pronouns[0]])
            if antecedent is not None:
                out.append(antecedent)
                self._pronoun_persons.append((pronouns[0], antecedent))
        lowers = doc.lowers
        objects = [k for k in range(*clause) if lowers[k] in self.r.object_pronouns]
        if objects and self.group_before is not None:
            # "Tusk empfing ihn": the person named before the pronoun in its sentence ("X hielt sich in Ankara
            # auf, wo ihn Y empfing"), else one of the sentence before; not one this clause names
            taken = {m.key for m in out}
            here = [m for m in actors if m.type == "person" and m.end <= objects[0] and m.start >= mm.sent_start
                    and self._clause(doc, m.start, mm.sent_start, mm.sent_end) != clause]
            # ("Ende April kommt X nach Berlin", said by Y: "Dann wird ihn Z empfangen" is X, the man of the two)
            earlier = here[-1:] if here else self.of_gender(self.group_before(mm.sent_start), lowers[objects[0]])
            seen, back = earlier, 0
            while not here and seen and back < GROUP_LOOKBACK and all(p.key in taken for p in earlier if p.type == "person"):
                # "… seit dem Amtsantritt von Merz. Kanzler Merz empfing ihn …": the subject is no antecedent of the
                # object; the sentences before name the one meant
                seen, back = self.group_before(doc.sent_start(seen[0].start)), back + 1
                earlier = self.of_gender(seen, lowers[objects[0]])
            antecedent = next((p for p in earlier if p.type == "person" and p.key not in taken), None)
            if antecedent is not None:
                out.append(antecedent)
                self._pronoun_persons.append((objects[0], antecedent))
        plural_objects = [k for k in range(*clause) if lowers[k] in self.r.plural_object_pronouns]
        if not plural_objects and self.r.ambiguous_object_pronouns:
            # "Selenskyj empfing sie im Palast": "sie" right after the verb whose subject is named before it is its
            # object (she or they: they, when the sentence before named two or more)
            plural_objects = [k for k in range(clause[0] + 1, clause[1]) if lowers[k] in self.r.ambiguous_object_pronouns
                              and any(t.start == k - 1 and t.kind in _VERBAL for t in mm.triggers)
                              and any(m.type == "person" and clause[0] <= m.start and m.end < k for m in actors)]
        if plural_objects and not objects and self.group_before is not None:
            # "X and Y arrived in Kyiv. Z held talks with them", "traf sich mit ihnen": the persons the sentence
            # before named, two or more, none this clause names
            taken = {m.key for m in out} | {m.key for m in actors if m.type == "person" and clause[0] <= m.start < clause[1]}
            # (those the sentence named before the pronoun's own clause, if two or more: "X held a meeting with Y
            # before the wider group joined them"; never the subject of its own clause)
            local = max((j + 1 for j in range(clause[0], plural_objects[0]) if lowers[j] in self.r.cataphora_conjunctions),
                        default=clause[0])
            here = [m for m in self._persons if mm.sent_start <= m.start < local]
            # (not one named as whose something is, over the title: "before the funeral of Pope X", "Y's office")
            them = [p for p in (here if len(here) >= 2 else self.group_before(mm.sent_start))
                    if p.type == "person" and p.key not in taken and not in_genitive(doc, p)
                    and lowers[self._before_the_title(doc, p.start)] not in self.r.of_state]
            if len(them) >= 2 or len(them) == 1 and lowers[plural_objects[0]] in self.r.ambiguous_object_pronouns \
                    and them[0].gender == "f":
                out.extend(them)  # ("Regierungschef X empfing sie": she, the one woman named before)
        # (the verb before it, or, in German, after it at the clause's end, "beiden" standing alone: "hatten kurz mit
        # beiden gesprochen"; not "mit beiden Ländern")
        pair = next((k + 1 for k in range(clause[0], clause[1] - 1) if lowers[k + 1] in self.r.pair_partner_words
                     and (lowers[k] in self.r.partner_words or lowers[k] in self.r.person_partner_words)
                     and any(t.kind in _VERBAL and (t.end <= k or self.lang == "de" and t.start > k + 1
                                                    and not doc.texts[k + 2][:1].isupper()) for t in mm.triggers)), None)
        if pair is not None and self.two_before is not None:
            # "Berg telefonierte mit beiden", "spoke to both leaders": the two persons named last, no group
            two = [p for p in self.two_before(mm.sent_start) if all(p.key != q.key for q in out)]
            if two:
                out = [p for p in out if not (p.type == "group" and pair <= p.start <= pair + 2)] + two
        both = sorted([k for k in range(*clause) if lowers[k] in self.r.plural_pronouns] + they
                      + self._the_two(doc, self._with_antecedent(doc, clause, mm.sent_start, mm.sent_end)))
        both = self._standing_for_persons(doc, both, actors)
        by = self.r.agent_prepositions | self.r.noun_agent_prepositions
        # ("Dort kamen sie mit X zusammen, nachdem sie am Vorabend … gegessen hatten": a "they" the sentence read
        # before this clause is those persons again, whoever else the sentence names)
        read_before = [p for k, p in self._pronoun_persons if mm.sent_start <= k < clause[0]] if they else []
        # ("X hosted Y on Wednesday, where the two joined a video call with Z": the two persons the clauses before
        # it in the sentence name, when they name two)
        ahead = list({p.key: p for p in self._persons if mm.sent_start <= p.start < clause[0]}.values()) if both else []
        ahead = ahead if len(ahead) == 2 and not any(p.type == "person" and clause[0] <= p.start < both[0] for p in out) \
            and self._pair_of_persons(doc, both[0]) else []
        if both and (self._joined_the_two(doc, both[0]) or read_before and both[0] in they or ahead or not any(
                m.type == "person" and m.start < both[0] and by.isdisjoint(doc.lowers[max(clause[0], m.start - 2):m.start])
                and not in_genitive(doc, m) and not any(self._is_speech(doc, j) for j in range(m.end, both[0]))
                for m in out)):
            # "The two ministers last met in Washington, where they were received by X": the two are the subject;
            # (one who says it is no such person: "X said the two leaders had agreed to meet")
            # a person after them (the host, a partner) does not stand for them; nor does one before them after
            # "von" ("Auf Einladung von Kanzler X kamen beide Präsidenten … zusammen")
            group = self.r.group_pronouns.intersection(doc.lowers[k] for k in both) or set(they) & set(both)
            # "they": everyone the sentence before named together ("X, Y and Z spoke … They agreed to …")
            earlier = self.group_before(mm.sent_start) if group else []
            if len(earlier) > 2 and any(m.type == "person" and clause[0] <= m.start < clause[1] and self._partner_of_a_talk(doc, m)
                                        for m in actors):
                # "X und Y trafen sich mit Z. Anschließend sprachen sie mit W": "sie" are those who go on to
                # another partner, not the partner they met
                subjects = [p for p in earlier if not self._partner_of_a_talk(doc, p)]
                earlier = subjects if len(subjects) >= 2 else earlier
            # "reisen die beiden Staatsoberhäupter nach Kärnten, wo sie … teilnehmen": "sie" in a later clause of
            # the sentence is whom the sentence read "die beiden" as
            same = [p for k, p in self._pronoun_persons if mm.sent_start <= k < clause[0]] if group else []
            if not same and group:
                # "Beide trafen dort X und Y. Am Abend reisten sie weiter nach Odessa": "sie" is the subject the
                # sentence before opened with, as read there (not all it named)
                same = self._subject_read_before(mm.sent_start)
            if same:
                earlier = [p for i, p in enumerate(same) if all(p.key != q.key for q in same[:i])]
            counted = self.r.group_numbers.get(doc.lowers[both[0]])
            if counted:
                # "die drei": three persons named together in one of the last sentences (else the three may be
                # states: "Foreign ministers from France, Germany and Poland … The three will meet again")
                read_as = [p for p in self.group_of(mm.sent_start, counted) if all(p.key != q.key for q in out)]
            else:
                two = earlier if len(earlier) >= 2 else ahead if ahead else (
                    self._host_and_guest(mm) or self.two_before(mm.sent_start))
                if both[0] + 1 < len(doc) and (role := self.kb.role_of(self.lang, doc.texts[both[0] + 1])) is not None:
                    # "die beiden Präsidenten" after a president, his wife and a president's wife: the two presidents
                    two = self._last_of_role(mm.sent_start, role[0], 2) or two
                # (one the sentence names again in another clause is still one of them: "Im Februar waren sie in
                # München zusammengekommen, im März hatte Merz Kiew besucht")
                elsewhere = {q.key for q in out if mm.sent_start <= q.start < mm.sent_end and not clause[0] <= q.start < clause[1]}
                read_as = [p for p in two if all(p.key != q.key for q in out) or p.key in elsewhere]
                out = [q for q in out if all(q.key != p.key for p in read_as)]
                if two is ahead:
                    # (kept by this meeting when the sentence's meetings share its persons out)
                    mm.pair_owners = mm.pair_owners + [p for p in read_as if not any(p is q for q in mm.pair_owners)]
            if not read_as and group and not earlier and (opener := self._group_opening_the_sentence_before(doc, mm.sent_start)):
                # "Die Außenminister sind nach Kiew gereist. Sie nahmen an einem Treffen mit X teil": the group the
                # sentence before opened with, naming no one
                read_as = [opener]
            if read_as:
                # "The two leaders discussed …": the group noun after the number is the persons read, no group
                out = [p for p in out if not (p.type == "group" and both[0] <= p.start <= both[0] + 2)]
            out.extend(read_as)
            # "Am 4. März reisen die beiden Präsidenten nach Hamburg. Dort werden sie … empfangen": a later "sie"
            # is whom "die beiden" were read as, not the persons last named
            self._pronoun_persons.extend((both[0], p) for p in read_as)
        for g in [p for p in out if p.type == "group" and p.role and p.start >= mm.sent_start]:
            pair = self._pair_of_role(doc, g, mm.sent_start)
            if pair:  # "Die Minister vereinbarten, sich im Herbst in Paris erneut zu treffen": the two just named
                out = [p for p in out if p is not g] + [p for p in pair if all(p.key != q.key for q in out)]
        # (nor when the noun is in a phrase of sequence and the sentence's subject follows it: "After talks with X in
        # Berlin on Tuesday, Y flew home", "Nach Gesprächen mit X reiste Y ab": Y is the other side)
        subject_after = mm.with_partners and self._sequence_preposition(doc, mm.triggers[0], mm.sent_start) is not None \
            and self._named_past_the_partners(doc, mm.triggers[0], actors)
        if mm.with_partners and self.persons_before is not None and not subject_after and not any(
                clause[0] <= m.start < mm.triggers[0].start for m in actors) and not any(m.type == "person" and m.role_kind == "host" for m in out) \
                and not any(m.type == "person" and m.start == mm.triggers[0].end for m in actors) \
                and not self._delegated_states(doc, clause[0], mm.triggers[0].start,
                                               [m for m in sent_mentions if clause[0] <= m.start < mm.triggers[0].start]):
            # (not when the noun's genitive names the one side: "ein Telefonat Voigts mit X"; nor when states name it
            # before the noun: "Security advisers from Britain and France were also there for talks with X")
            # "A meeting with Rutte is pencilled in for the same week.": the other side is the one the story
            # follows, the first person of the sentence before; of a host who received a guest, the guest
            # ("Kroll empfängt Lindqvist … Begrüßung durch Kroll … Gespräch mit Bundeskanzler Brandt")
            # (a clause before it in its sentence may name them: "X wird in Berlin erwartet; ein Treffen mit Y ist
            # geplant"), if as a subject (not "wird sie mit X zusammentreffen; am Dienstag Gespräche mit Y": she)
            earlier = [m for m in actors if m.type == "person" and mm.sent_start <= m.start < clause[0] and not any(
                doc.lowers[k] in self.r.partner_words or doc.lowers[k] in self.r.object_articles
                for k in range(max(mm.sent_start, m.start - 3), m.start))]
            pronoun = any(doc.lowers[k] in self.r.subject_pronouns for k in range(mm.sent_start, clause[0]))
            antecedent = earlier[0] if earlier and not pronoun else self.persons_before(mm.sent_start)
            if antecedent is not None and not earlier and any(antecedent.start < h < mm.sent_start for h, _ in self._heading_days):
                antecedent = None  # (a schedule's item under another day's heading: "Donnerstag, 4. Juni / Gespräch mit X")
            if antecedent is not None and not earlier and self._partner_of_a_talk(doc, antecedent) and self.group_before is not None:
                # ("Geplant sind Gespräche mit X und Y. Auf dem Programm steht zudem ein Treffen mit Z": not X, met
                # in the sentence before, but the one who meets them)
                # (the one the story follows first: the partners of a list after "mit" are many words away from it)
                antecedent = next((p for p in [self._protagonist, *self.group_before(mm.sent_start)] if p is not None
                                   and p.type == "person" and not self._partner_of_a_talk(doc, p)), None) or antecedent
            if antecedent is not None and not earlier and antecedent.role_kind == "host" and self._protagonist is not None \
                    and self._protagonist.key != antecedent.key and self._protagonist.start < antecedent.start \
                    and not self._partner_of_a_talk(doc, self._protagonist):
                # ("X traf am Rande des Gipfels Y. … Gastgeber Z eröffnete das Treffen. Ein geplantes Treffen mit W kam
                # nicht zustande": the host of the gathering is its frame; the one the story follows had the plan)
                antecedent = self._protagonist
            received = self._received.get(antecedent.key) if antecedent is not None else None
            host = antecedent if received else None
            by = self.r.noun_agent_prepositions | self.r.agent_prepositions
            agent = antecedent is not None and any(doc.lowers[k] in by for k in range(max(0, antecedent.start - 3), antecedent.start))
            # (the one the story follows, of several guests: "begrüßten ihn und seine Frau Y … Für Dienstag ist ein
            # Treffen mit Z geplant" is his)
            guest = next((g for g in received or () if self._protagonist is not None and g.key == self._protagonist.key),
                         received[0] if received else None)
            if guest is not None and all(p.key != guest.key for p in out if p.start < clause[1]) and (agent or self._guest_followed(
                    doc, antecedent, guest)):
                # the host was only the agent ("durch Bundespräsident Kroll"), or the guest is whom the story
                # follows, named before the reception ("X wird zu einem Besuch erwartet. Y werde ihn empfangen.
                # Anschließend sei ein Treffen mit Z vorgesehen"): the guest
                antecedent = guest
            # (named again in a later clause of the sentence, the one the meeting's own clause reads is this one:
            # "Für Dienstag ist ein Treffen mit X geplant, am Mittwoch reist Y weiter")
            if antecedent is not None and all(antecedent.key != m.key for m in out if m.start < clause[1]):
                out = [m for m in out if m.key != antecedent.key] + [antecedent]
                if not earlier:
                    # "X und sein Kollege Y sind nach Kiew gereist … Ein Treffen mit Z ist für Mittwoch geplant": the
                    # two the story follows, named together, meet Z
                    out.extend(p for p in self._coordinated_with(doc, antecedent) if all(p.key != q.key for q in out))
            partners = [m for m in actors if mm.triggers[0].end <= m.start < clause[1]]
            if received and not agent and partners and all(m.type == "group" for m in partners):
                # "X empfängt Y … Nach einem Gespräch folgt ein Mittagessen mit den Delegationen": the host and the
                # guest, each with a delegation (the host too when the story follows the guest)
                out.extend(g for g in [host, *received] if all(g.key != m.key for m in out))
        pair = self._pair_of_possessive(doc, mm, actors)
        if pair:
            # "X and Y will meet in April, following their talks in South Korea": the two, wherever the clause of
            # the sentence's other meeting puts them
            mm.pair_owners = mm.pair_owners + [p for p in pair if not any(p is q for q in mm.pair_owners)]
            out.extend(p for p in pair if not any(p is q for q in out))
        else:
            mm.possessor = self._possessor(doc, mm, actors)
        if mm.possessor is not None and all(mm.possessor.key != m.key for m in out):
            out.append(mm.possessor)
        out.extend(g for g in self._guest_reference(doc, clause, mm, actors) if g not in out)
        if not out and self._in_person(doc, mm):
            # "Beide vereinbarten, in Kontakt zu bleiben. Ein persönliches Treffen ist für November vorgesehen"
            # (two or more: one person named before, "X fehlte wegen eines Termins", meets no one in person)
            out = [p for p in self.group_before(mm.sent_start) if p.type == "person"]
            out = out if len(out) >= 2 else []
        if not out and mm.definite and mm.sent_start > 0 and all(t.kind == "noun" for t in mm.triggers) \
                and not any(m.type in ("person", "group", "country", "organization") for m in sent_mentions):
            # "In der Nacht haben sich die Staats- und Regierungschefs der EU in Brüssel geeinigt. Die Beratungen
            # hatten am Donnerstag begonnen": the talks of the group the sentence before named
            prev = doc.sent_start(mm.sent_start - 1)
            # (not a group that only told the news: "…, officials said on Tuesday. The summit, scheduled for May 20, …")
            out = [m for m in self._groups_of_article if prev <= m.start < mm.sent_start and not m.modifier
                   and not (m.end < len(doc) and self._is_speech(doc, m.end) or m.start > 0 and self._is_speech(doc, m.start - 1))]
        if out and mm.triggers[0].kind in _VERBAL and not any(
                m.type in ("person", "group") and clause[0] <= m.start < mm.triggers[0].start for m in out):
            # "Britain and France met the Ukrainian delegation": states before the verb are its subject, whoever
            # the object is
            # (states only: a council before its verb of sitting is the meeting, "hatte der Nato-Ukraine-Rat getagt")
            out.extend(m for m in self._state_subjects(doc, (clause[0], mm.triggers[0].start), sent_mentions)
                       if m.type == "country" and m not in out and not self._reporting_source(doc, m, mm.sent_end))
        if not out:
            out = [m for m in self._state_subjects(doc, mm.window, sent_mentions)
                   if not self._reporting_source(doc, m, mm.sent_end)]
            # "Deutschland, Frankreich und Großbritannien haben in Genf mit dem Iran verhandelt": the state the states
            # met with takes part too
            out.extend(m for m in sent_mentions if out and m.type == "country" and not m.modifier and m not in out
                       and mm.window[0] <= m.start < mm.window[1] and self._state_partner(doc, m, mm.sent_start))
            if not out and mm.triggers[0].kind == "noun" \
                    and (own := self._possessive_before(doc, mm.triggers[0], clause[0])) is not None:
                # "Die Nato-Staaten haben sich auf ihrem Gipfel … geeinigt", "NATO allies agreed at their summit": the
                # states or the body whose meeting it is, the subject before the possessive, take part
                out = [m for m in self._state_subjects(doc, (clause[0], own), sent_mentions)
                       if not self._reporting_source(doc, m, mm.sent_end)]
        elif any((e := self.kb.entities.get(m.key)) is not None and e.meeting_format for m in sent_mentions):
            # "Auf Einladung von X und Y ist die Ukraine-Kontaktgruppe zusammengekommen": the format met, its hosts named
            mm.formats.update(m.key for m in self._state_subjects(doc, mm.window, sent_mentions)
                              if m.key in self.kb.entities and self.kb.entities[m.key].meeting_format)
        if out and any(m.type == "organization" and getattr(self.kb.entities.get(m.key), "sits", False) for m in sent_mentions):
            # "Am Mittwochabend hatte der Nato-Ukraine-Rat getagt, an dem auch X teilnahm": a council in session is a
            # meeting of its own, as a format's round is (not the ministers' talks told before)
            mm.formats.update(m.key for m in self._state_subjects(doc, mm.window, sent_mentions)
                              if getattr(self.kb.entities.get(m.key), "sits", False))
        if mm.parties_named and not mm.with_partners and (mm.date_mention is not None or mm.places):
            # "Die Gespräche zwischen den USA und dem Iran sind am Montag in Genf zu Ende gegangen": the states or
            # bodies named as the noun's parties take part (a noun with no day or place of its own may be a topic:
            # "Thema waren die Gespräche zwischen den USA und Russland")
            out.extend(m for m in self._noun_parties(doc, mm.triggers[0].end, mm.sent_end, sent_mentions)
                       if m.type in ("country", "organization") and m not in out)
        # countries after a delegation noun: "die Delegationen Russlands und der Ukraine"
        delegated = self._delegated_states(doc, mm.sent_start, mm.sent_end, sent_mentions)
        out.extend(m for m in delegated if m not in out)
        out.extend(p for p in self._office_holders(delegated) if all(p.key != q.key for q in out))
        # the state or organisation a participant speaks for: "Für die Vereinten Nationen nahm Guterres teil"
        # (and in the clauses after it: "Für Deutschland nahm X teil, für die USA Y")
        out.extend(m for m in self._represented(doc, (clause[0], mm.sent_end), sent_mentions) if m not in out)
        out.extend(m for m in self._mediators(doc, mm, sent_mentions) if m not in out)
        seen: dict[str, int] = {}
        uniq: list[Mention] = []
        for m in out:
            ent = self.kb.entities.get(m.key)
            if self._names_the_meeting_beside(doc, m, mm):
                continue  # "Am Rande des G20-Gipfels trafen sich X und Y": the name of the summit, not of their talk
            if (ent is not None and ent.meeting_format) or m.start in self._meeting_names:
                mm.formats.add(m.key)
                continue  # "am Rande des G20-Außenministertreffens": the meeting's name; its members take part
            if self._names_another_meeting(doc, m, mm):
                continue
            if m.key not in seen:
                seen[m.key] = len(uniq)
                uniq.append(m)
            elif clause[0] <= m.start < clause[1] and (not clause[0] <= uniq[seen[m.key]].start < clause[1]
                                                       or self._nearer_the_triggers(m, uniq[seen[m.key]], mm)) \
                    or self._in_relative_before(doc, uniq[seen[m.key]], mm.sent_start, mm.triggers[0].start) \
                    and not self._in_relative_before(doc, m, mm.sent_start, mm.triggers[0].start):
                # (nor the one in a relative clause before the verb, when another stands for them: "Präsident X, der
                # Y eingeladen hatte, begrüßte seinen Gast")
                # "Donald Trump's state visit …, when the US president held talks": of one actor's mentions, the one
                # in the trigger's clause stands for them (it decides which meeting of the sentence is theirs); of two
                # there, the nearer ("Nach dem Gipfeltreffen von Trump und Putin hat X Trump in Washington getroffen")
                uniq[seen[m.key]] = m
        return uniq

    @staticmethod
    def _nearer_the_triggers(m: Mention, other: Mention, mm: MeetingMention) -> bool:
        """Does ``m`` stand nearer than ``other`` to the nearest trigger of ``mm``?"""
        return min(abs(m.start - t.start) for t in mm.triggers) < min(abs(other.start - t.start) for t in mm.triggers)

    def _owner_of_a_thing(self, doc, m: Mention) -> bool:
        """Is the English person ``m`` named as the owner of something that is no meeting ("he had conveyed President
        X's disappointment")? Not a party then (one whose visit or talks they are is: "X's state visit")."""
        k = m.end
        if self.lang != "en" or m.type != "person" or k >= len(doc) or doc.texts[k] not in ("'s", "’s"):
            return False
        return not any(j in self._trigger_tokens and self._noun_trigger(doc, j) is not None
                       for j in range(k + 1, min(len(doc), k + 5)))

    def _names_the_meeting_beside(self, doc, m: Mention, mm: MeetingMention) -> bool:
        """Is ``m`` a format or a meeting's name glued to the noun of the sideline phrase of ``mm`` ("am Rande des
        G20-Gipfels")? It names the meeting the talk was beside: not the talk's format, nor one of its parties."""
        return mm.sideline and (m.start in self._meeting_names or getattr(self.kb.entities.get(m.key), "meeting_format", False)) \
            and any(0 <= t.start - m.end <= 1 and self._sideline_object(doc, t, mm.sent_start) for t in mm.triggers)

    def _group_owning_a_building(self, doc, m: Mention) -> bool:
        """Is ``m`` a group (or the state of its adjective) in the genitive of a building's noun ("im Hotel der
        indischen Delegation")? The group is whose the building is, where it stays, not one the meeting names (a
        person there may be the host: "in der Residenz des Botschafters", kept)."""
        group = m if m.type == "group" else self._in_mention.get(m.end) if m.type == "country" else None
        if group is None or group.type != "group" or group.start not in (m.start, m.end):
            return False
        k = m.start - 1
        if m is group and (adjective := self._in_mention.get(k)) is not None and adjective.type == "country":
            k = adjective.start - 1  # (past the state's adjective: "der indischen Delegation")
        if k < 1 or doc.lowers[k] not in self.r.venue_genitive_articles:
            return False
        before = self._in_mention.get(k - 1)
        return before is not None and before.type == "venue"

    def _principal_of_an_apposed_role(self, doc, m: Mention, mm: MeetingMention) -> bool:
        """Is ``m`` named as the one whose aide another person named in apposition is ("Y, the chief of staff to
        President X", "Y, dem Stabschef von Präsident X")? X is whom the role serves, not one at the meeting."""
        if m.type != "person" or not self.r.principal_prepositions:
            return False
        k = m.start - 1
        while k > mm.sent_start and doc.texts[k][:1].isupper() and k in self._role_at_token:
            k -= 1  # (past the title: "President X")
        if k <= mm.sent_start or doc.lowers[k] not in self.r.principal_prepositions:
            return False
        # (the word before it is the aide's noun: a German noun, an English one of `principal_nouns`; not "…, die
        # ukrainische ebenfalls von X")
        if not (doc.texts[k - 1][:1].isupper() if self.lang == "de" else doc.lowers[k - 1] in self.r.principal_nouns):
            return False
        j = k - 1
        while j > mm.sent_start and k - j <= 5 and doc.texts[j] != "," and doc.texts[j].isalpha() and j not in self._in_mention:
            j -= 1  # (the role and its article: "the chief of staff", "dem Stabschef")
        # (the one in apposition named before the comma, or before a German verb that ends the clause: "wurde von Y
        # geleitet, dem Stabschef von X")
        return j < k - 1 and doc.texts[j] == "," and doc.lowers[j + 1] in self.r.determiners \
            and any(p.type == "person" and mm.sent_start <= p.start < j for p in self._persons)

    def _spokesperson_on_it(self, doc, m: Mention, mm: MeetingMention) -> bool:
        """Is ``m`` a spokesperson saying something about a meeting named by its noun ("»…«, sagte die Sprecherin des
        Auswärtigen Amts, X, nach dem Treffen")? They speak of it; being there takes more than that."""
        if m.type != "person" or any(t.kind != "noun" for t in mm.triggers):
            return False
        if (m.role or self.kb.person_role(m.key)) not in self.r.reporting_roles:
            return False
        # (or confirming it, or announcing it: "Regierungssprecher X bestätigte das Telefonat")
        return any(self._is_speech(doc, k) or doc.lemmas[k] in self.r.confirming_verbs or doc.lemmas[k] in self.r.announcing_verbs
                   for k in range(max(mm.sent_start, m.start - 8), min(mm.sent_end, m.end + 3)))

    def _topic_frame(self, doc, t: Trigger) -> bool:
        """Is the meeting noun ``t`` the genitive of a noun of the topic ("Im Mittelpunkt des zweistündigen
        Gesprächs standen …", "Thema der Beratungen war …")?"""
        k = t.start - 1
        while k > 0 and t.start - k <= 3 and doc.texts[k][:1].islower() and doc.lowers[k] not in self.r.genitive_determiners:
            k -= 1  # past adjectives
        return k > 0 and doc.lowers[k] in self.r.genitive_determiners and doc.lowers[k - 1] in self.r.topic_frame_nouns

    def _in_what_was_said(self, doc, i: int) -> bool:
        """Is token ``i`` in a clause that a comma opens right after a clause with a verb of saying ("Bei der
        Pressekonferenz sagte Erdoğan, die Türkei wolle …"), or in English after such a verb in its own clause? What
        was said names no one at the meeting."""
        a = doc.clause_bounds(i, BOUNDARY)[0]
        if self.lang == "en" and i > a and any(self._is_speech(doc, k) for k in range(a, i)):
            return True  # "where X said Germany was ready to …": English puts no comma before what was said
        return a > 0 and doc.texts[a - 1] == "," and self._speech_before(doc, a - 1)

    def _speech_before(self, doc, i: int) -> bool:
        """Is a verb of saying in the clause before token ``i``? An article and a noun after a comma past the
        phrase that ``i`` opens then begin what was said ("X sagte nach den Beratungen, der Druck … müsse steigen")."""
        return any(self._is_speech(doc, k) for k in range(doc.clause_bounds(i, BOUNDARY)[0], i))

    def _is_speech(self, doc, k: int) -> bool:
        """Is token ``k`` a verb of saying (by its lemma or its form, or a separable one whose particle ends its
        clause: "kündigte an, dass …")?"""
        if doc.lemmas[k] in self._speech_verbs or doc.lowers[k] in self._speech_verbs:
            return True
        return self._particle_in_clause(doc, k, self._speech_particles.get(doc.lemmas[k]))

    @staticmethod
    def _particle_in_clause(doc, k: int, particles: list[str] | None) -> bool:
        """Does one of ``particles`` of the separable verb at ``k`` stand after it in its clause ("kündigte … an")?"""
        return bool(particles) and any(p in doc.lowers[k + 1:doc.clause_bounds(k, BOUNDARY)[1]] for p in particles)

    def _takes_a_stance(self, doc, k: int) -> bool:
        """Is token ``k`` a verb of taking a position, in the past ("unterstützte", "stimmte … zu", "zeigte sich …",
        "backed")?"""
        return doc.lowers[k] in self.r.stance_verbs or self._particle_in_clause(doc, k, self._stance_particles.get(doc.lowers[k]))

    def _verb_in(self, doc, span: tuple[int, int], words: frozenset[str], separable: frozenset[tuple[str, str]]) -> bool:
        """Does one of ``words`` (lemma or form) stand in the tokens of ``span``, or a separable verb of
        ``separable`` with its particle after it there ("schloss … aus", "setzen … fort")? Not a word of an
        organisation's name ("a call of the coalition of the willing" wishes nothing)."""
        return self._verb_at(doc, span, words, separable) is not None

    def _verb_at(self, doc, span: tuple[int, int], words: frozenset[str], separable: frozenset[tuple[str, str]]) -> int | None:
        """Where the first verb that ``_verb_in`` looks for stands in ``span``, or None."""
        a, b = span
        lemmas, lowers = doc.lemmas, doc.lowers
        stems = _stems(separable)
        for k in range(a, b):
            lemma = lemmas[k]
            if (lemma in words or lowers[k] in words) and not self._in_a_name(k):
                return k
            if lemma in stems and any(lemma == v and p in lowers[k + 1:b] for v, p in separable):
                return k
        return None

    def _only_nouns_after(self, doc, t: Trigger, span: tuple[int, int], words: frozenset[str]) -> bool:
        """Are the words of ``words`` in ``span`` all nouns after the meeting noun ``t``, each after an article or a
        possessive ("a two-day summit dominated by Trump's demands")? They qualify something else; one before the
        noun is about it ("renewed his offer to host talks")."""
        found = [k for k in range(*span) if doc.lemmas[k] in words or doc.lowers[k] in words]
        return bool(found) and all(k >= t.end and (doc.lowers[k - 1] in POSSESSIVE_MARKS or doc.lowers[k - 1] in self.r.determiners)
                                   for k in found)

    def _in_a_name(self, k: int) -> bool:
        named = self._in_mention.get(k)
        return named is not None and named.type == "organization"

    def _names_a_definite_meeting(self, doc, mm: MeetingMention, mms: list[MeetingMention]) -> bool:
        """Does the clause of ``mm`` hold a meeting noun with a definite article ("attended the summit")?"""
        a, b = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
        return any(t.kind == "noun" and a <= t.start < b and self._definite_np(doc, t.start, mm.sent_start)
                   for o in mms for t in o.triggers)

    def _dated_phrase_of_sequence(self, doc, prev: MeetingMention, mm: MeetingMention) -> tuple[int, int, DateMention] | None:
        """Is ``mm`` a meeting noun in a phrase of sequence after ``prev``'s verb that names a day of its own, not
        ``prev``'s ("spoke to X this evening following the meeting of leaders in Paris earlier this week", "hat am
        Mittwoch mit X gesprochen, nach dem Treffen in Paris Anfang der Woche")? The phrase's span and day, if so."""
        t, v = mm.triggers[0], prev.triggers[0]
        if t.kind != "noun" or v.kind not in _VERBAL or v.start > t.start or len(mm.triggers) > 1:
            return None
        end = self._sequence_phrase_end(doc, t, mm.sent_start, mm.sent_end)
        if end is None:
            return None
        start = self._sequence_preposition(doc, t, mm.sent_start)
        a_char, b_char = doc.chars(start, end)
        day = next((d for d in self._dates if a_char <= d.start < b_char), None)
        if day is None or prev.date_mention is None or prev.date_mention is day:
            return None
        return start, end, day

    @staticmethod
    def _partners_of_their_own(prev: MeetingMention, mm: MeetingMention, actors: list[Mention]) -> bool:
        """Are ``prev`` and ``mm`` verbs in conjuncts of their own (cut at "und"/"and"), each with a person after
        its verb that the other has not ("traf X im Palast und führte Gespräche mit Y")?"""
        p, t = prev.triggers[-1], mm.triggers[0]
        if not (prev.conjunct and mm.conjunct) or p.kind not in _VERBAL or t.kind not in _VERBAL or p.start >= t.start:
            return False
        before = {m.key for m in actors if m.type == "person" and p.end <= m.start < min(prev.window[1], t.start)}
        after = {m.key for m in actors if m.type == "person" and t.end <= m.start < mm.window[1]}
        return bool(before) and bool(after) and before.isdisjoint(after)

    def _call_in_its_own_predicate(self, doc, prev: MeetingMention, mm: MeetingMention) -> int | None:
        """Does ``mm``'s verb tell a phone call in a predicate of its own after "und"/"and", when ``prev``'s words
        before it tell no call ("führten Gespräche mit X und telefonierten mit Y", "held talks with X and spoke by
        phone with Y")? Two meetings: the one in person, and the call. The coordinator's position, if so."""
        t, p = mm.triggers[0], prev.triggers[-1]
        if t.kind != "verb" or p.start >= t.start:
            return None
        coord = next((k for k in range(t.start - 1, p.end - 1, -1) if doc.lowers[k] in self.r.coordinators
                      and doc.texts[k] != ","), None)
        if coord is None or any(doc.texts[k] in BOUNDARY for k in range(p.end, t.start)):
            return None
        a, b = doc.clause_bounds(t.start, BOUNDARY)
        calls = self.r.call_words
        if calls.isdisjoint(doc.lowers[coord + 1:b]) or not calls.isdisjoint(doc.lowers[a:coord]) \
                or self._virtual_words_in(doc, a, coord):
            return None
        return coord

    def _part_the_call(self, doc, prev: MeetingMention, call: MeetingMention, coord: int) -> None:
        """Give the call told after ``coord`` its own: a conjunct of its own (whose subjects are those of the
        predicate before, who called together), the sentence's day, no place of the predicate before; that
        predicate was held in person."""
        prev.call_parted = call.call_parted = coord
        prev.triggers = [replace(t, virtual=False) for t in prev.triggers]
        prev.conjunct = call.conjunct = True
        prev.window, call.window = (prev.window[0], coord), (coord, call.window[1])
        call.places = [q for q in call.places if q.start > coord]
        call.date_mention = call.date_mention or prev.date_mention

    def _town_naming_its_noun(self, doc, m: Mention, t: Trigger) -> bool:
        """Is the town or building ``m`` the first word of the name the meeting noun ``t`` ends, after an article
        ("the Munich Security Conference", "the Geneva talks", "A White House meeting")? English names a meeting by
        its place so, as German does by an adjective ("die Münchner Sicherheitskonferenz"); an adjective may stand
        after the article ("a tense Oval Office meeting"), and an English noun of its topic before the meeting noun
        ("the upcoming Nairobi trade conference", "the Geneva peace talks")."""
        k = m.start - 1
        if k > 0 and doc.texts[k].isalpha() and doc.texts[k].islower() and doc.lowers[k] not in self.r.determiners:
            k -= 1
        return m.type in ("city", "venue") and not m.modifier and m.end <= t.start and k >= 0 \
            and doc.lowers[k] in self.r.determiners and all(
                doc.texts[j][:1].isupper()
                or self.lang == "en" and doc.texts[j].isalpha() and doc.lowers[j] not in self._function_words
                for j in range(m.end, t.start))

    def _antecedent_of_its_clause(self, doc, m: Mention, k: int, s_start: int, s_end: int) -> bool:
        """Is the absentee ``m`` the antecedent of the relative clause the meeting word at ``k`` stands in ("Nicht
        dabei war X, den Y drei Tage zuvor in Alaska getroffen hatte", "X, who met Y in Paris, did not attend the
        summit")? That clause tells a meeting X was at; the absence its main clause tells is from another."""
        a = self._clause(doc, k, s_start, s_end)[0]
        if not (a > s_start + 1 and doc.texts[a - 1] == "," and m.end == a - 1
                and doc.lowers[a] in self._relative_openers):
            return False
        # (the absence told in a clause of its own, not in the relative clause: "X, der ursprünglich an den
        # Gesprächen teilnehmen sollte, war stattdessen in Brüssel" stayed away from those talks)
        told = self._absent_in_relative.get(id(m)) or self._absent_in_conjunct.get(id(m))
        # (nor when the relative clause tells a plan that did not come true: "X, who had been expected to join, stayed
        # in Stockholm" missed the meeting it names)
        plan = self._unfulfilled_at(doc, s_start)
        return told is not None and not told[0] <= k < told[1] and not (plan is not None and a <= plan <= k)

    def _relative_clause_start(self, doc, k: int, s_start: int, s_end: int) -> int | None:
        """Where the relative clause the word at ``k`` stands in opens ("…, who was greeted …", "…, der … empfing"),
        if it stands in one."""
        a = self._clause(doc, k, s_start, s_end)[0]
        return a if a > s_start and doc.texts[a - 1] == "," and doc.lowers[a] in self.r.relative_pronouns else None

    def _group_in_what_was_said(self, doc, m: Mention, mm: MeetingMention) -> bool:
        """Is the group ``m`` named in what someone said after the meeting's clause ("Nach einem Treffen mit X sagte
        Y, die Allianz müsse geschlossen bleiben")? It is what they spoke of, not who met (unless the meeting is told
        in the words said: "sagte X, die Minister hätten sich getroffen")."""
        if m.type != "group" or not self._in_what_was_said(doc, m.start):
            return False
        a, b = doc.clause_bounds(m.start, BOUNDARY)
        return not any(a <= t.start < b for t in mm.triggers)

    def _party_of_an_earlier_event(self, doc, m: Mention, mm: MeetingMention) -> bool:
        """Is ``m`` named after "between"/"zwischen" in a phrase of sequence that names an event no meeting word
        tells ("two days after a heated exchange between X and Y in the Oval Office")? Those two were at that
        event, not at the meeting the sentence tells."""
        if not self.r.between_prepositions:
            return False
        s_start = mm.sent_start
        back = next((j for j in range(m.start - 1, max(s_start, m.start - 15) - 1, -1)
                     if doc.lowers[j] in self.r.between_prepositions or doc.texts[j] in BOUNDARY and doc.texts[j] != ","), None)
        between = back if back is not None and doc.lowers[back] in self.r.between_prepositions else None
        # (or "with", after a span of time: "a day after his heated exchange with X in the Oval Office"; with no span,
        # "Nach einem Streit mit X einigten sich …" may tell a row at the meeting told)
        partner = next((j for j in range(m.start - 1, max(s_start, m.start - 4) - 1, -1) if doc.lowers[j] in self.r.partner_words
                        and not any(doc.texts[k] in BOUNDARY for k in range(j, m.start))), None) if between is None else None
        word = between if between is not None else partner
        if word is None:
            return False
        opening = next((j for j in range(word - 1, max(s_start, word - 8) - 1, -1)
                        if doc.lowers[j] in self.r.sequence_prepositions or doc.is_punct[j] or j in self._trigger_tokens), None)
        return opening is not None and doc.lowers[opening] in self.r.sequence_prepositions \
            and not any(opening < t.start < m.start for t in mm.triggers) \
            and (between is not None or opening > s_start and doc.lowers[opening - 1] in self.r.background_units)

    def _mediators(self, doc, mm: MeetingMention, actors: list[Mention]) -> list[Mention]:
        """The states and organisations after the agent's preposition of a word of mediating in the mention's
        sentence ("Vermittelt werden die Gespräche von Ägypten, Katar und den USA", "mediated by Egypt and Qatar"),
        or in the genitive of a noun of mediating ("Unter Vermittlung der Schweiz haben …", "under the mediation of
        Qatar"): the mediators take part, as a person who mediated does."""
        k = next((k for k in range(mm.sent_start, mm.sent_end) if doc.lowers[k] in self._mediating), None)
        if k is None:
            return []  # most sentences: no word of mediating
        states = {m.start: m for m in actors if m.type in ("country", "organization") and not m.modifier and m.is_actor}
        for k in range(k, mm.sent_end):
            if doc.lowers[k] in self.r.mediation_nouns and k + 1 < mm.sent_end and (
                    doc.lowers[k + 1] in self.r.genitive_determiners or doc.lowers[k + 1] in self.r.agent_prepositions
                    or doc.lowers[k + 1] in self.r.of_state):
                # the noun's genitive only: its states, articles and the words that join them
                out, j = [], k + 2
                while j < mm.sent_end:
                    if j in states:
                        out.append(states[j])
                        j = states[j].end
                    elif doc.lowers[j] in self.r.determiners or doc.lowers[j] in self.r.coordinators or doc.texts[j] == ",":
                        j += 1
                    else:
                        break
                return out
            if doc.lowers[k] in self.r.mediation_words:
                by = next((j for j in range(k + 1, doc.clause_bounds(k, BOUNDARY)[1]) if doc.lowers[j] in self.r.agent_prepositions), None)
                if by is None:
                    continue
                # (to the clause's end, past the commas of a list of states: "von Ägypten, Katar und den USA")
                end = by + 1
                while end < mm.sent_end and not (doc.texts[end] in BOUNDARY and not (doc.texts[end] == "," and end + 1 in states)):
                    end += 1
                return [m for m in states.values() if by < m.start < end]
        return []

    def _in_a_span_phrase(self, doc, m: Mention, mm: MeetingMention) -> bool:
        """Is ``m`` named in a phrase that a span of time opens, with no meeting word between ("Macrons erster Besuch
        seit dem Amtsantritt von Merz", "the first visit since X took office")? It dates the meeting; X is not at it."""
        if not self.r.span_prepositions:
            return False
        role = self._role_at_token.get(m.start - 1)
        for k in range((role.start if role is not None else m.start) - 1, max(mm.sent_start, m.start - 8) - 1, -1):
            if doc.lowers[k] in self.r.span_prepositions:
                # (a span opened by a date is that date alone: "beraten seit heute im japanischen Kyoto")
                if k + 1 < len(doc) and any(d.start <= doc.idx[k + 1] < d.end for d in self._dates):
                    return False
                return not any(k < t.start < m.start for t in mm.triggers)
            if doc.texts[k] in BOUNDARY or k in self._trigger_tokens or doc.lowers[k] in self.r.auxiliaries:
                return False  # (past its verb the phrase is over: "Erstmals seit dem Überfall haben Diplomaten …")
        return False

    def _in_fronted_sequence_phrase(self, doc, m: Mention, s_start: int) -> bool:
        """Is the place ``m`` named after the noun of a phrase of sequence that opens the sentence ("Nach dem Eklat
        im Weißen Haus …", "After the row at the White House, …")? It places that event; a meeting noun there is
        a meeting of its own (see ``_anchored``), so the phrase's noun is none."""
        if s_start >= m.start or doc.lowers[s_start] not in self.r.sequence_prepositions:
            return False
        k = s_start + 1
        while k < m.start and (doc.lowers[k] in self.r.determiners or doc.lowers[k] in self.r.possessives
                               or doc.texts[k].islower() and doc.texts[k].isalpha() and k < m.start - 1):
            k += 1  # (article, possessive, adjectives)
        if k >= m.start - 1 or k in self._trigger_tokens or not doc.texts[k][:1].isupper():
            return False  # ("Vor dem Kanzleramt empfing X …": the place is the preposition's own object)
        # the noun, then the place's preposition and article right before the place, nothing else between
        j = k + 1
        return j < m.start and (doc.lowers[j] in self._any_preposition) and all(
            doc.lowers[i] in self.r.determiners or doc.lowers[i] in self.r.definite_determiners for i in range(j + 1, m.start))

    def _mourned(self, doc, m: Mention) -> bool:
        """Is the person ``m`` the one a funeral or a farewell is for ("die Trauerfeier für Altbundespräsident X",
        "Abschied von X", "the funeral of Pope X")? The dead do not attend their own funeral."""
        if m.type != "person" or not self.r.mourning_nouns:
            return False
        role = self._role_at_token.get(m.start - 1)
        k = (role.start if role is not None else m.start) - 1
        while k > 0 and m.start - k <= 4 and (doc.lowers[k] in self.r.determiners or doc.texts[k].islower() and doc.texts[k].isalpha()) \
                and doc.lowers[k] not in self.r.mourned_prepositions:
            k -= 1  # "für den verstorbenen …"
        # (the noun right before the preposition or the one before it: "a memorial service for X")
        return k > 0 and doc.lowers[k] in self.r.mourned_prepositions and any(
            doc.lowers[j].endswith(self.r.mourning_nouns) for j in range(max(0, k - 2), k))

    def _met_in_what_was_skipped(self, doc, m: Mention) -> bool:
        """Is ``m`` one a skipped or missed meeting was to be with ("left the summit a day early, skipping meetings with
        X and Y")? X was not stood up at the summit, and not at it for that."""
        a, _ = doc.clause_bounds(m.start, BOUNDARY)
        cue = next((k for k in range(a, m.start) if doc.lowers[k] in self.r.object_absence_cues
                    or doc.lemmas[k] in self.r.object_absence_cues), None)
        return cue is not None and any(doc.lowers[j] in self.r.partner_words for j in range(cue + 1, m.start))

    def _said_after_the_verb(self, doc, m: Mention, mm: MeetingMention) -> bool:
        """Is ``m`` named after a verb of saying joined to the meeting's verb by "and" ("X met Y in Ankara and said
        he was ready to meet Z")? What was said names no one at the meeting told."""
        t = mm.triggers[0]
        return t.kind in _VERBAL and any(
            doc.lowers[v - 1] in self.r.verb_conjunctions and not doc.texts[v][:1].isupper() and self._is_speech(doc, v)
            for v in range(t.end + 1, m.start))

    def _host_and_guest(self, mm: MeetingMention) -> list[Mention]:
        """The host and the one guest of the reception told in the last sentences, for "beide" after it ("X empfing
        Y. Mit dabei war auch Z. … Am Nachmittag besuchten beide …": X and Y, not the last two named)."""
        at = [(at, key) for key, at in self._received_at.items() if 0 <= mm.sent_start - at < 80 and at < mm.sent_start]
        if not at or mm.sent_start == 0:
            return []
        # (not when the sentence before names two persons: "Valaitis war auf Einladung von X gekommen. Am Abend
        # hatten die beiden …" are those two)
        before = self._doc.sent_start(mm.sent_start - 1)
        if len({p.key for p in self._persons if before <= p.start < mm.sent_start}) >= 2:
            return []
        _, key = max(at)
        guests = self._received.get(key, [])
        host = next((p for p in reversed(self._persons) if p.key == key and p.start < mm.sent_start), None)
        return [host, guests[0]] if host is not None and len(guests) == 1 else []

    def _closing_speaker(self, doc, m: Mention, mm: MeetingMention) -> bool:
        """Is ``m`` the speaker of a closing attribution after the meeting's clause ("Merz wolle dort mit X sprechen,
        sagte Regierungssprecher Y", "…, Y said")? Y tells of the meeting and is not at it, unless the words told may
        be of Y ("Ich werde X treffen, sagte Y", "Er werde X treffen, sagte Y")."""
        a, b = self._clause(doc, m.start, mm.sent_start, mm.sent_end)
        if a <= mm.sent_start or doc.texts[a - 1] != "," or not all(t.start < a for t in mm.triggers):
            return False
        # the clause is the attribution only: its verb first (", sagte Y"), or the speaker and then the verb that
        # ends it (", Y said."); not ", where Y urged allies to …"
        if any(doc.texts[k].isalnum() for k in range(b, mm.sent_end)) or doc.texts[min(b, mm.sent_end - 1)] == ":":
            return False  # (it closes the sentence: 'After talks with X, Y said Europe must "…"' opens what Y said;
            # so does a colon before a quote: 'After meeting X, Y said: "…"')
        verb_first = self._is_speech(doc, a) and m.start - a <= 4
        # (one word may follow the verb, and a day with its preposition: ", Kremlin aide Y told reporters on Tuesday")
        day = self._date(doc, (m.end, b), self._dates)
        dated = range(bisect_left(doc.idx, day.start) - 1, bisect_left(doc.idx, day.end)) if day is not None else range(0)
        tail = [k for k in range(m.end + 1, b) if doc.texts[k].isalnum() and k not in dated]
        verb_after = m.start - a <= 3 and m.end < b and self._is_speech(doc, m.end) and len(tail) <= 1 \
            and not any(self._is_speech(doc, k) for k in range(a, m.start))
        # (the words told have a subject of their own, named or the two told about before, and no pronoun that may
        # stand for the speaker: "Er werde mit X sprechen, sagte Y" is Y's meeting; "Die beiden hätten über … gesprochen,
        # teilte Sprecher Y mit" is not)
        told = doc.lowers[mm.sent_start:a]
        named = any(p.type == "person" and mm.sent_start <= p.start < a for p in self._persons) \
            or not self.r.pair_words.isdisjoint(told) or not self.r.plural_pronouns.isdisjoint(told)
        return (verb_first or verb_after) and named and self.r.first_person.isdisjoint(told) \
            and self.r.subject_pronouns.isdisjoint(told)

    def _coordinated_with(self, doc, p: Mention) -> list[Mention]:
        """The person joined to ``p`` by "und"/"and" as the subject of its sentence ("X und sein französischer Kollege
        Y sind … gereist"): the conjunction, then only articles, possessives, adjectives and role words before the
        name; none when ``p`` is not the sentence's first person."""
        s_start = doc.sent_start(p.start)
        if any(s_start <= q.start < p.start for q in self._persons):
            return []
        k = p.end
        if k >= len(doc) or doc.lowers[k] not in self.r.coordinators:
            return []
        nxt = next((q for q in self._persons if q.start > k), None)
        if nxt is None or nxt.start - k > 6 or doc.sent_start(nxt.start) != s_start or any(
                doc.texts[j] in BOUNDARY or doc.texts[j][:1].islower() and not doc.texts[j].isalpha()
                for j in range(k + 1, nxt.start)):
            return []
        return [nxt]

    def _source_of_a_plan(self, doc, m: Mention, mm: MeetingMention) -> bool:
        """Is the person ``m`` the named source of news of a meeting to come ("Laut Pistorius soll die nächste Runde
        im Januar stattfinden", "according to Minister X, the talks will resume in May")? One who tells of a plan
        is not thereby in it; a source of news of a past meeting usually was there, and stays."""
        if m.type != "person" or mm.status != "planned":
            return False
        role = self._role_at_token.get(m.start - 1)
        k = role.start if role is not None else m.start
        return any(k >= len(p) and tuple(doc.lowers[k - len(p):k]) == p for p in self.r.source_before)

    def _reporting_source(self, doc, m: Mention, s_end: int) -> bool:
        """Is ``m`` an unnamed source reporting the sentence, in a last clause of its own ("…, officials said.",
        "…, hieß es aus Delegationskreisen")? The source of the news is not at the meeting; a named person saying
        so ("…, Rubio said") usually was, and stays."""
        if m.type == "person" and m.role in self.r.reporting_roles:
            # "Nach Angaben von Regierungssprecher X dauerte das Treffen zwei Stunden", "According to Y's
            # spokesman, X, …": a spokesperson as the source of the news
            lowers = doc.lowers
            return any(tuple(lowers[k - len(p) + 1:k + 1]) == p for p in self.r.source_before
                       for k in range(max(len(p) - 1, m.start - 6), m.start))
        if m.type in ("organization", "country"):
            # "dauerte nach Angaben des Vatikans eine halbe Stunde", "according to the Kremlin": the body giving
            # the news, not a party to the meeting (its persons, named, take part)
            k = m.start - 1 if m.start and doc.lowers[m.start - 1] in self.r.definite_determiners else m.start
            return any(k >= len(p) and tuple(doc.lowers[k - len(p):k]) == p for p in self.r.source_before)
        if m.type != "group":
            return False
        for phrase in self.r.source_before:  # "… spoke for an hour, according to officials in Paris"
            n = len(phrase)
            # (past a few words of the group's own: "according to two senior diplomats", "nach Angaben von zwei
            # Diplomaten")
            for k in range(m.start, max(n - 1, m.start - 4), -1):
                if tuple(doc.lowers[k - n:k]) == phrase:
                    return True
                if not doc.texts[k - 1].isalnum():
                    break
        a, b = doc.clause_bounds(m.start, BOUNDARY)
        b = min(b, s_end)
        if a == 0 or doc.texts[a - 1] != "," or b < s_end - 1 and doc.texts[b] != "," or b - a > (m.end - m.start) + 4:
            # only a short last clause: "…, officials said." / "…, sagte ein Sprecher am Abend."; or one between
            # commas: "… agreed on Monday to extend aid, diplomats said, after talks that ran late"
            return False
        return any(self._is_speech(doc, k)
                   for k in range(max(a, m.start - 2), min(b, m.end + 2)) if not m.start <= k < m.end)

    def _day_of_the_news(self, doc, meetings: list[Meeting], dates: list[DateMention], ref: RefDate | None) -> None:
        """A meeting told as past with no day ("Merz hat mit Macron telefoniert") whose news is said to have been
        given on a day, in an as-clause of its sentence ("…, wie Regierungssprecher X am Donnerstag mitteilte") or
        in the sentence after it, opened by a demonstrative ("Das teilte Regierungssprecher X am Donnerstag mit"),
        took place that day: news of a call or a talk told with no day is news of that day. A meeting to come is not
        dated by its announcement."""
        verbs = self.r.as_clause_verbs
        for m in meetings:
            if m.date is not None or m.status != "past" or m.sideline or m.habitual:
                continue
            first = min(m.mentions, key=lambda x: x.sent_start)
            spans = [(k, first.sent_end) for k in range(first.sent_start + 1, first.sent_end)
                     if doc.texts[k - 1] == "," and doc.lowers[k] in self.r.as_clause][:1]
            after = next(((a, b) for a, b in doc.sent_spans if a >= first.sent_end), None)
            if after is not None and doc.lowers[after[0]] in self.r.demonstratives:
                spans.append(after)
            for a, b in spans:
                if not any(doc.lowers[k] in verbs or doc.lemmas[k] in verbs or self._is_speech(doc, k) for k in range(a, b)):
                    continue
                d = self._date(doc, (a, b), dates)
                day = resolve(d, ref) if d is not None and d.kind in ("weekday", "daymonth", "relative") else None
                if day is not None and day.precision == "day" and ref is not None and ref.day \
                        and day.value <= ref.as_date().isoformat():
                    m.date = day
                    break

    def _as_clause_source(self, doc, m: Mention) -> bool:
        """Is ``m`` the source named in an as-clause ("Wie Regierungssprecherin X mitteilte, ging es in dem
        Gespräch um …", "as a spokesman for X said")? Who tells of a meeting is not thereby at it."""
        if not self.r.as_clause:
            return False
        a, b = doc.clause_bounds(m.start, BOUNDARY)
        if doc.lowers[a] not in self.r.as_clause or m.start - a > 4:
            return False
        verbs = self.r.as_clause_verbs
        return any(doc.lowers[k] in verbs or doc.lemmas[k] in verbs for k in range(m.end, b))

    def _as_clause_end(self, doc, d: DateMention, trigger: int) -> int | None:
        """The end of the as-clause the date ``d`` stands in, when the trigger is outside it ("Wie ein Sprecher am
        Freitag mitteilte, wird sie …", "as a spokesman said on Friday"), else None."""
        if not self.r.as_clause:
            return None
        k = bisect_right(doc.idx, d.start) - 1
        a, b = doc.clause_bounds(k, BOUNDARY)
        if a <= trigger < b or doc.lowers[a] not in self.r.as_clause:
            return None
        verbs = self.r.as_clause_verbs
        return b if any(doc.lowers[j] in verbs or doc.lemmas[j] in verbs for j in range(a, b)) else None

    def _said_since(self, doc, start: int, after: int, k: int) -> bool:
        """Is ``k`` in what a speech verb of the sentence says, the clause opened by "that"/"dass" or a comma
        after that verb and at or after ``after``? ("sagte nach dem Treffen, beide wollten sich … treffen")"""
        for j in range(k - 1, after - 1, -1):
            if doc.lowers[j] in self.r.complementizers or doc.texts[j] == ",":
                return any(self._is_speech(doc, v) for v in range(start, j))
        return False

    def _said_after(self, doc, start: int, trigger_end: int, end: int) -> int:
        """Where what was said after a meeting word begins ("X told reporters after the summit that …"), else
        ``end``: those words tell neither the meeting's status nor its date."""
        return next((k for k in range(trigger_end, end) if doc.lowers[k] in self.r.complementizers
                     and any(self._is_speech(doc, j) for j in range(max(start, k - 6), k))), end)

    def _that_clause_start(self, doc, start: int, trigger: int) -> int:
        """The first word after "that"/"dass" when a speech verb introduces the clause the trigger is in
        ("said on Saturday that he would meet …"), else 0."""
        for k in range(trigger - 1, start - 1, -1):
            if doc.lowers[k] in self.r.complementizers and any(
                    self._is_speech(doc, j) for j in range(max(start, k - 6), k)):
                return k + 1
            if self.lang == "en" and doc.lowers[k] in self.r.subject_pronouns and any(
                    self._is_speech(doc, j) for j in range(max(start, k - 6), k)):
                return k  # English leaves "that" out: "said on Thursday he would visit China in April"
        return 0

    def _reporting_speaker(self, doc, m: Mention, trigger: int, s_end: int, subjects: set[int] = frozenset()) -> bool:
        """Does ``m`` only report the meeting ("Tusk told delegates that Poland would host next year's
        conference", "X sagte, dass …", "X said Poland would host …")? The speaker is not at the meeting told in
        the reported clause, unless a pronoun there stands for them ("X said that he would meet Y")."""
        start = m.end
        if start + 1 < s_end and doc.texts[start] == "," and doc.lowers[start + 1] in self.r.relative_pronouns:
            # past a relative clause on the speaker: "Berg, who spoke to both leaders this week, said Turkey was
            # ready to host the talks"
            close = next((j for j in range(start + 2, s_end) if doc.texts[j] == ","), None)
            start = close + 1 if close is not None else start
        verb = next((k for k in range(start, min(start + 3, s_end)) if self._is_speech(doc, k)), None)
        if verb is None:
            return False
        that = next((k for k in range(verb + 1, min(verb + 6, s_end)) if doc.lowers[k] in self.r.complementizers), None)
        if that is None:
            # no "that": another actor right after the verb opens the reported clause ("said Poland would …",
            # "sagte, Polen werde …")
            # (an adverb may stand before the comma: "sagte anschließend, das Treffen sei …")
            # (or a day: "teilte am Freitag mit, Kanzler X werde …")
            # (or a phrase of time with a noun: "teilte im Anschluss mit, der Kanzler werde …")
            comma = next((j for j in range(verb + 1, min(verb + 6, s_end, trigger)) if doc.texts[j] == ","
                          and all(doc.texts[i].isalpha() and i not in subjects and (
                              doc.texts[i].islower() or doc.lowers[i] in self.r.time_nouns or doc.texts[i - 1].islower())
                                  for i in range(verb + 1, j))), None)
            k = comma + 1 if comma is not None else verb + 1
            # (or "the two" told before: "sagte am Abend, beide hätten vereinbart, sich bald wieder zu treffen")
            that = k - 1 if (k in subjects or comma is not None and doc.lowers[k] in self.r.plural_pronouns) and k < trigger else None
            if that is None and comma is not None:
                # "sagte, Kanzlerin X werde …": a role or article may stand before the reported clause's subject
                first = next((j for j in range(k, min(k + 4, trigger)) if j in subjects or doc.texts[j] in BOUNDARY), None)
                that = k - 1 if first is not None and first in subjects else None
                role = m.role or self.kb.person_role(m.key)  # (Peskow: the knowledge base's)
                if that is None and role in self.r.reporting_roles and self._told_meeting_subject(doc, k, trigger, s_end):
                    return True
        if that is None or trigger <= that:
            return False
        if not self.r.sequence_words.isdisjoint(doc.lowers[verb + 1:that]) and not any(
                j in subjects for j in range(that + 1, min(that + 4, trigger))):
            # "said afterwards that the talks had exceeded his expectations": one speaking after it was there (not
            # of a clause with an actor as its subject: "sagte anschließend, der Kanzler werde Y besuchen")
            return False
        if self.lang == "de" and self._zu_infinitive(doc, trigger) and not any(
                doc.lowers[k] in self.r.complementizers or doc.texts[k] in BOUNDARY for k in range(that + 1, trigger)):
            # "Merz kündigte an, Macron im Herbst zu treffen": the infinitive's subject is the speaker (not in
            # "Merz sagte, Macron plane, Y zu treffen": Macron's)
            return False
        return self.r.subject_pronouns.isdisjoint(doc.lowers[that + 1:trigger])

    def _told_meeting_subject(self, doc, k: int, trigger: int, s_end: int) -> bool:
        """Does the reported clause opening at ``k`` have the meeting already told as its subject ("Kremlsprecher X
        sagte, das Treffen sei konstruktiv gewesen")? A spokesperson judging it is not thereby at it; with a
        partner after the noun ("das Treffen mit Y sei gut gewesen") the speaker tells of a meeting of their own."""
        if self.lang != "de" or not k < trigger <= k + 2 or not doc.texts[trigger][:1].isupper() \
                or not self._definite_np(doc, trigger, k):
            return False
        return all(doc.lowers[j] not in self.r.partner_words for j in range(trigger + 1, min(trigger + 3, s_end)))

    def _before_a_list(self, doc, a: int, i: int, actors: list[Mention], s_start: int, s_end: int) -> int:
        """Where the clause of the verb at ``i`` starts when the comma before ``a`` only parts the names of a list
        ("lädt zu einer Videokonferenz mit X, dem Präsidenten Y und Z ein"): a name before the comma, one after it,
        and "und" before the verb continuing the list."""
        if a - 2 <= s_start or doc.texts[a - 1] != ",":
            return a
        if not any(m.end == a - 1 and m.type == "person" for m in actors):
            return a
        first = next((m for m in actors if a <= m.start < i), None)
        if first is None or first.type != "person" or first.start - a > 4 \
                or not any(doc.lowers[k] in self.r.coordinators and doc.texts[k] != "," for k in range(first.end, i)):
            return a
        return self._clause(doc, a - 2, s_start, s_end)[0]

    def _host_noun_link(self, doc, k: int) -> bool:
        """May the word at ``k`` stand between one named and the host noun that names them ("X als Gastgeber",
        "X ist der Gastgeber", "X führt den Vorsitz")? Not another verb, whose object the noun is ("X lobte den
        Gastgeber": X is a guest)."""
        low = doc.lowers[k]
        return not doc.texts[k][:1].isalpha() or low in self.r.auxiliaries or low in self.r.determiners \
            or low in self.r.host_noun_links

    def _role_opens_apposition(self, doc, m: Mention, s_start: int) -> bool:
        """Does an apposition after a comma open with the role of the person ``m`` ("Der Gastgeber, Frankreichs
        Präsident X, begrüßte …", "…, der französische Präsident X, …")? Its words before ``m`` are a role
        attached to ``m`` and the state, article or adjective before it, a few at most."""
        rs = self._role_at_token.get(m.start - 1)
        if rs is None:
            return False
        k = rs.start
        while k > s_start and rs.start - k < 3 and doc.texts[k - 1] != "," and (
                k - 1 in self._state_tokens or doc.lowers[k - 1] in self.r.determiners or doc.texts[k - 1].islower()):
            k -= 1
        return k > s_start and doc.texts[k - 1] == ","

    def _hosts(self, doc, mm: MeetingMention, mentions: list[Mention]) -> list[Mention]:
        actors = [m for m in mentions if m.is_actor and not m.modifier]
        starts = {m.start for m in actors}
        hosts: list[Mention] = []
        for t in mm.triggers:
            if t.kind == "guest":
                # "war bei Kanzler Scholz zu Gast", "was the guest of …": the one after bei/of is the host
                a, b = self._clause(doc, t.start, mm.sent_start, mm.sent_end)
                for k in range(a, b):
                    if doc.lowers[k] in self.r.guest_host_prepositions:
                        after = [m for m in actors if k < m.start <= k + 4 and m.type == "person"]
                        hosts.extend(after[:1])
                if t.end - t.start > 1 and doc.lowers[t.start] in self.r.guest_nouns:
                    # "waren Gäste von Ministerin X", "war Gast des Kanzlers X": the phrase ends before its host
                    hosts.extend([m for m in actors if t.end <= m.start <= t.end + 4 and m.type == "person"][:1])
            if t.kind == "noun" and self.r.given_event_nouns and t.end < mm.sent_end \
                    and doc.lowers[t.end] in self.r.genitive_determiners and self._head(t) in self.r.given_event_nouns:
                # "nimmt an einem Empfang des US-Präsidenten teil": whose reception or meal it is
                hosts.extend([m for m in actors if t.end < m.start <= t.end + 4 and m.type == "person"][:1])
            if self._welcome_noun(doc, t):
                # "Begrüßung mit militärischen Ehren durch Bundespräsident X": the agent receives
                b = self._clause(doc, t.start, mm.sent_start, mm.sent_end)[1]
                by = next((k for k in range(t.end, b) if doc.lowers[k] in self.r.noun_agent_prepositions), None)
                if by is not None:
                    hosts.extend([m for m in actors if by < m.start <= by + 4 and m.type == "person"][:1])
        a, b = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
        for k in range(max(a, mm.sent_start + 1), b):
            if doc.lowers[k] in self.r.guest_host_prepositions and doc.lowers[k] not in self.r.of_state and (
                    doc.lowers[k - 1] in self.r.house_meals or self._noun_trigger(doc, k - 1) is not None):
                # "zu einem Essen beim niederländischen König X", "ein Treffen bei Kanzler Y": at whose house it is
                # (not English "of": "the visit of X to Berlin" is X's, as a guest)
                hosts.extend([m for m in actors if k < m.start <= k + 4 and m.type == "person"][:1])
        for i in range(mm.sent_start, mm.sent_end):
            lemma, low, text = doc.lemmas[i], doc.lowers[i], doc.texts[i]
            if lemma not in self._host_words and low not in self._host_words:
                continue
            if self._hosting_another_noun(doc, i, mm):
                continue  # "will meet Y before a dinner hosted by King X": the dinner's host, not the meeting's
            is_verb = (lemma in self.r.host_verbs or low in self.r.host_verbs) and not (self.lang == "de" and text[:1].isupper() and i != mm.sent_start)
            if is_verb and low != lemma and self._office_relative(doc, i):
                continue  # "X, who chairs the committee, met Y": an office X holds, not this meeting's chair
            is_verb = is_verb or any(self._has_particle(doc, i, p, mm.sent_end) for p in self._host_separable.get(lemma, ()))
            if (lemma in self.r.meal_host_verbs or low in self.r.meal_host_verbs) and not is_verb:
                # "held a dinner in honor of X": one holds a meal as its host (not talks: "held talks with X")
                is_verb = any(t.kind == "noun" and self._meal_trigger(t) and i < t.start <= i + 4 for t in mm.triggers)
            is_noun = low in self.r.host_nouns and (
                text[:1].isupper() if self.lang == "de" else (i > 0 and doc.lowers[self._before_co(doc, i)] in self._host_noun_determiners)
            )
            if is_noun:
                is_verb = False
            elif is_verb and self._joint(doc, i):
                is_verb = False  # "eröffnete gemeinsam mit Y die Brücke": opened together, no one hosts
            if not (is_verb or is_noun):
                continue
            if is_noun and any(self._delegation_noun(doc.lowers[k]) and "," not in doc.texts[k:i]
                               for k in range(max(mm.sent_start, i - 7), i)):
                # "Die Delegation unter Leitung von X", "eine Delegation des kanadischen Senats unter Leitung von X":
                # X leads the delegation, not the meeting
                continue
            if is_noun and self._leads_a_group(doc, i, actors):
                continue  # "Die sechs Abgeordneten unter Leitung von X": X leads the group, as a delegation's
            if is_verb and (lemma in self.r.chair_verbs or low in self.r.chair_verbs) and self._leads_a_delegation(doc, i, mm.sent_end):
                continue  # "X leitet die russische Delegation bei den Gesprächen": X leads the delegation, not the talks
            if is_noun and not self.r.takeover_verbs.isdisjoint(doc.lemmas[k] for k in range(*self._clause(doc, i, mm.sent_start, mm.sent_end))):
                continue  # "Den Vorsitz übernehmen im kommenden Jahr die USA": a chair taken over, for later
            a, b = self._clause(doc, i, mm.sent_start, mm.sent_end)
            a = self._before_a_list(doc, a, i, actors, mm.sent_start, mm.sent_end)
            # (in the host word's own predicate: "was not invited to the main session but attended a dinner hosted
            # by X" has X as the dinner's host)
            if self._negated(doc, *self._conjunct_of(doc, i, a, b, verbs=True)):
                continue  # "war nicht eingeladen": no host here
            if is_verb and any(doc.lowers[k] in self.r.hypothetical or doc.lemmas[k] in self.r.hypothetical
                               for k in range(max(a, i - 3), i)):
                continue  # "Hungary stood ready to host the leaders", "offered to host": an offer, no host
            if is_verb and self._offered_infinitive(doc, i, a, mm.sent_start):
                continue  # "die Türkei sei bereit, weitere Gespräche auszurichten": an offer, no host
            if is_verb and (lemma in self.r.object_verbs or low in self.r.object_verbs) \
                    and self._thing_object(doc, Trigger(i, i + 1, "verb", lemma), mm.sent_end, mentions):
                continue  # "begrüßte die Entscheidung des Gipfels", "welcomed India's leadership": approval, no host
            if (lemma in self.r.request_verbs or low in self.r.request_verbs) \
                    and not self.r.request_prepositions.isdisjoint(doc.lowers[i:b]):
                continue  # "bat X um Unterstützung bei einer Konferenz": asked, hosts nothing
            invited_by = self._invited_by(doc, mm, i, actors) if low in self.r.stative_participles else None
            if invited_by is not None:
                hosts.append(invited_by)  # "sind zu einem Abendessen beim Oberbefehlshaber, General X, eingeladen"
                continue
            if (lemma in self.r.object_host_verbs or low in self.r.object_host_verbs) \
                    and not self.r.existential_subjects.isdisjoint(doc.lowers[a:min(b, i + 2)]):
                continue  # "Nach Angaben von X soll es im Frühjahr ein weiteres Treffen geben": there will be one, no host
            if (lemma in self.r.object_host_verbs or low in self.r.object_host_verbs) and not any(
                    t.kind == "noun" and (i < t.start < b or self.lang == "de" and a <= t.start < i
                                          and not self._clause_last_word(doc, i)) for t in mm.triggers):
                # (a German participle ends its clause after its noun: "hatte König X ein Abendessen gegeben")
                continue  # "… gab X eine Pressekonferenz": it gave no meeting of this mention
            titled = next((m for m in actors if is_noun and m.type == "person" and m.start == i + 1), None)
            if titled is not None and doc.texts[i][:1].isupper():
                # "Selenskyj traf Gastgeber Mark Carney und Bundeskanzler X": the noun is the first one's title; one
                # named with an office of their own after "und" is no host by it (bare names share it: "Gastgeber X
                # und Y")
                hosts.extend(m for m in self._with_coordinated(doc, titled, actors)
                             if m is titled or m.start - 1 not in self._role_at_token and m.via != "role")
                continue
            agent = self._agent(doc, i, b, actors)
            if agent:
                hosts.extend(agent)
                continue
            if is_noun:
                own = [m for m in actors if m.start <= i < m.end and m.type == "person" and m.role_kind == "host"]
                if own:
                    hosts.extend(own)  # "Sein Gastgeber betonte …": the host the noun refers to (mentions)
                    continue
                # "Prime Minister X, the host, said …": the person the noun is in apposition to
                apposed = [m for m in actors if m.type == "person" and m.end < i and doc.texts[m.end] == ","
                           and all(doc.lowers[k] in self._host_noun_determiners for k in range(m.end + 1, i))]
                if apposed and i + 1 < mm.sent_end and doc.texts[i + 1] == ",":
                    hosts.append(apposed[-1])
                    continue
                # "Gastgeber war X", "X als Gastgeber", "host X": a person first, else a state or organisation
                after = [m for m in actors if i < m.start < b and m.type == "person"] or self._apposed_person(doc, b, mm.sent_end, actors) \
                    or [m for m in actors if i < m.start <= i + 6]
                if low in self.r.invitation_nouns:
                    # "Auf Einladung des finnischen Präsidenten reiste X nach Helsinki": the inviter is the genitive
                    # right after the noun, not the traveller (past a state's adjective and a role of two words: "at the
                    # invitation of British Prime Minister X")
                    after = [m for m in after if m.start <= i + 6 and not self._verb_between(doc, i, m.start)]
                # (not a body joined to the noun: "der den OSZE-Vorsitz innehat" chairs the OSCE, which hosts nothing)
                before = [m for m in actors if i - 2 <= m.end <= i and not (m.end < i and doc.texts[m.end] in ("-", "‐"))
                          and all(self._host_noun_link(doc, k) for k in range(m.end, i))]
                if low in self.r.invitation_nouns:
                    # ("Putin's invitation", "Macrons Einladung"; not "China declined an invitation": the one invited)
                    before = [m for m in before if all(doc.texts[k] in POSSESSIVE_MARKS for k in range(m.end, i))]
                hosts.extend(self._with_coordinated(doc, after[0], actors) if after else before[-1:])
                if not after and before and low in self.r.chair_nouns and self._named_jointly(doc, before[-1], a):
                    # "X werde gemeinsam mit Y den Vorsitz führen": the subject chairs with the one named jointly
                    subject = next((m for m in actors if a <= m.start < before[-1].start and m.type == "person"), None)
                    if subject is not None and subject not in hosts:
                        hosts.append(subject)
                continue
            if is_verb and i == a and a > mm.sent_start and doc.texts[a - 1] == "," and self.r.gerund_endings \
                    and low.endswith(self.r.gerund_endings):
                # "Secretary-General X, hosting his first summit, praised the outcome": a participle in apposition hosts
                # as its person does
                apposed = [m for m in actors if m.type == "person" and doc.past_bracket(m.end) == a - 1]
                if apposed:
                    hosts.append(apposed[-1])
                    continue
            if a > mm.sent_start and doc.lowers[a] in self.r.object_relative_pronouns and doc.texts[a - 1] == ",":
                if (lemma in self.r.meeting_verbs or low in self.r.meeting_verbs) and all(t.start < a for t in mm.triggers):
                    # "held talks with X, whom he will host at the White House": a verb of meeting in such a relative
                    # clause after the mention tells a meeting of its own, and hosts that one
                    continue
                # "X, whom he will host at the White House": the one the clause is on is the guest; its subject hosts
                subject = next((m for m in actors if a < m.start < i and m.type == "person"), None)
                pronoun_at = next((k for k in range(a + 1, i) if doc.lowers[k] in self.r.subject_pronouns), None)
                if subject is None and pronoun_at is not None:
                    # (the pronoun is the main clause's subject, first in the sentence: "Grube also held talks with
                    # X, whom he will host"; else the one the sentence before names)
                    subject = self._person_of_pronoun(pronoun_at) or next(
                        (m for m in actors if mm.sent_start <= m.start < a and m.type == "person"), None) or (
                        self.persons_before(mm.sent_start, doc.lowers[pronoun_at]) if self.persons_before else None)
                if subject is not None:
                    hosts.append(subject)
                    mm.referred_hosts.append(subject)
                continue
            if a > mm.sent_start and doc.lowers[a] in self.r.relative_pronouns and doc.texts[a - 1] == "," \
                    and a - 1 not in self._list_commas:  # (not an article in a list: "aus Österreich, der Schweiz und …")
                # "…, der gemeinsam mit seinem Amtskollegen X zu dem Treffen geladen hatte" (not "…, der als Gast
                # eingeladen war": the one invited is the guest)
                if self._passive(doc, a, b):
                    continue
                antecedent = [m for m in actors if m.end <= a - 1]
                noun = [t for t in mm.triggers if t.kind == "noun" and t.end <= a - 1]
                # (or the body that meets, told before it: "kam die Kontaktgruppe zusammen, die X gemeinsam mit Y
                # leitete")
                body = bool(antecedent) and antecedent[-1].type == "organization" and any(
                    m.type == "person" for m in actors if a < m.start < i)
                if noun and (not antecedent or noun[-1].start >= antecedent[-1].end) or body:
                    # "bei einer Konferenz, die Ägypten gemeinsam mit Deutschland ausrichten möchte": the pronoun is
                    # the meeting, the subject of the relative clause hosts it
                    hosts.extend(m for m in actors if a < m.start < i and m.type != "group"
                                 and not any(doc.lowers[k] in self.r.partner_words for k in range(a, m.start)))
                elif antecedent:
                    hosts.append(antecedent[-1])
                hosts.extend(m for m in actors if a <= m.start < i and self._co_host(doc, m, a) and m not in hosts)
                hosts.extend(self._co_verb_partners(doc, i, b, actors))  # "X, who co-chaired the meeting with Y,"
                continue
            # (an infinitive's clause is active whatever the verb it depends on: "X is slated to host Y", "X was
            # expected to host Y")
            infinitive = i > a and (doc.lowers[i - 1] in self.r.infinitive_markers or doc.lowers[i - 1] in self.r.plan_infinitive_markers)
            if self._passive(doc, i if infinitive else a, b):
                continue  # "ist … im Schloss Bellevue empfangen worden": the subject is the guest
            # (not one inside a relative clause before the verb: "Der Präsident, der X eingeladen hatte, begrüßte …")
            before = [m for m in actors if a <= m.start < i and not self._reporting_speaker(doc, m, i, mm.sent_end, starts)
                      and not self._in_relative_before(doc, m, a, i) and not self._companion(doc, m)]
            if self.lang == "de" and a > mm.sent_start + 1 and doc.texts[a - 1] == "," \
                    and (doc.lowers[a] in self.r.auxiliaries or a == i and i + 1 < b):
                # "Die Präsidentin der Generalversammlung, X, hat Y zu einem Gespräch empfangen": the clause opens with
                # its finite verb, so its subject is the name in apposition the comma closes; Y is the guest (not
                # an object's apposition: "… den Präsidenten Finnlands, X, empfangen")
                named = [m for m in actors if doc.past_bracket(m.end) == a - 1 and m.type == "person"
                         and (m.start == mm.sent_start or doc.texts[m.start - 1] == ",")
                         and not self._accusative_object(doc, m, mm.sent_start)]
                if named:
                    before = named
            # "X traf Y in Oslo und empfing Z": the host verb's conjunct shares the subject of the verb before "und",
            # not that verb's object
            # (the conjunct opens with a lower-case word, its verb or auxiliary: not "to which X and Y have invited")
            coord = next((k for k in range(i - 1, a, -1) if doc.lowers[k] in self.r.coordinators and doc.texts[k] != ","), None)
            if coord is not None and not doc.texts[coord + 1][:1].islower():
                coord = None
            verb_before = next((k for k in range(a, coord) if k in self._trigger_tokens and not doc.texts[k][:1].isupper()
                                and self._verb_trigger(doc, k, mm.sent_end) is not None), None) if coord is not None else None
            if verb_before is not None and any(m.start < verb_before for m in before):
                if all(t.start < coord for t in mm.triggers):
                    continue  # (the meeting of the verb before hosts nothing by this one)
                before = [m for m in before if m.start < verb_before]
                mm.referred_hosts.extend(before)  # (kept by this conjunct's meeting, not the first verb's)
            # "Merz will zu einer Videokonferenz mit Trump und Selenskyj einladen": the noun's partners are no subject
            partners_from = [t.end for t in mm.triggers if t.kind == "noun" and a <= t.start < i]
            if not partners_from and a > mm.sent_start and doc.texts[a - 1] == "," and any(
                    doc.past_bracket(m.end) == a - 1 for m in actors) and any(a <= m.start <= a + 3 for m in actors):
                # (a comma inside the list of partners: "eine Videoschalte mit europäischen Staats- und Regierungschefs,
                # US-Präsident X und Y organisiert")
                partners_from = [t.end for t in mm.triggers if t.kind == "noun" and mm.sent_start <= t.start < a]
            if partners_from:
                before = [m for m in before if not any(e <= m.start and any(
                    doc.lowers[k] in self.r.partner_words for k in range(e, m.start)) for e in partners_from)]
            if not before and self.lang == "de" and a > mm.sent_start:
                # "X hat am Mittwoch den Ministerpräsidenten der Slowakei, Y, … empfangen": an apposition's
                # commas cut the clause; the subject stands before the auxiliary that opens the sentence
                # (a role, a name and a party before it take up to a dozen words: "Der Regierende Bürgermeister X
                # (CDU) hat …")
                aux = next((k for k in range(mm.sent_start, min(mm.sent_start + 12, a)) if doc.lowers[k] in self.r.auxiliaries), None)
                if aux is not None:
                    subject = [m for m in actors if mm.sent_start <= m.start and m.end <= aux and m.type == "person"
                               and not self._in_relative_before(doc, m, mm.sent_start, i)]
                    if not subject and aux > mm.sent_start:
                        # "Am Montag hat Präsident X den Präsidenten Portugals, Y, … empfangen": after a fronted
                        # phrase the subject follows the auxiliary (not the object: "den Präsidenten …")
                        subject = [m for m in actors if aux < m.start <= aux + 3 and m.type == "person"
                                   and not self._accusative_object(doc, m, mm.sent_start)][:1]
                    before = subject[-1:]
            if not before and a > mm.sent_start and doc.texts[a - 1] == ",":
                # "The Foreign Secretary, Eleanor Whitfield, today hosted …", "Der Erste Bürgermeister …, Jan
                # Petersen, empfängt …": the subject is the apposition the comma closes
                # (its role may open it: "Der Gastgeber, Frankreichs Präsident X, begrüßte …")
                before = [m for m in actors if doc.past_bracket(m.end) == a - 1 and m.type == "person"
                          and (m.start == mm.sent_start or doc.texts[m.start - 1] == "," or self._role_opens_apposition(doc, m, mm.sent_start))
                          and not self._accusative_object(doc, m, mm.sent_start)]  # "den Präsidenten Finnlands, X,"
                # "Saudi Arabia's foreign minister, Prince X, and its national security adviser, Y, welcomed …":
                # earlier appositions joined by "and" are subjects too
                while before and (prev := self._coordinated_before(doc, before[0], actors, mm.sent_start)) is not None:
                    before.insert(0, prev)
                if not before and a - 2 > mm.sent_start:
                    # "with Kaja Kallas, the bloc's top diplomat, chairing the session": the person before an
                    # apposition that names no one
                    opening = doc.clause_bounds(a - 2, BOUNDARY)[0]
                    if opening - 1 > mm.sent_start and doc.texts[opening - 1] == "," and a - 1 - opening <= 8 \
                            and not any(opening <= m.start < a - 1 for m in actors):
                        before = [m for m in actors if m.end == opening - 1 and m.type == "person"]
            if self.lang == "de":
                # "soll er die Mitglieder der Kontaktgruppe empfangen": an organisation in the genitive of a noun is no
                # subject (a person may be: "Vor der Kanzlei des Ministerpräsidenten begrüßte Wrona …" is he)
                before = [m for m in before if not (m.type == "organization" and m.start - 2 >= a
                                                    and doc.lowers[m.start - 1] in self.r.genitive_determiners
                                                    and doc.texts[m.start - 2][:1].isupper() and m.start - 2 not in starts)]
            # "X hat … ihren Amtskollegen Y … empfangen": Y, marked as the object, is the guest
            subjects = [m for m in before if not self._accusative_object(doc, m, a)]
            if subjects and self.lang == "de" and self._zu_infinitive(doc, i) and a > mm.sent_start \
                    and doc.texts[a - 1] == ",":
                # "Merz kündigte an, Macron im Herbst zu empfangen": an infinitive clause has no subject of its own;
                # who it names are objects, the subject of the clause it depends on hosts
                subjects = self._infinitive_subject(doc, mm.sent_start, a, actors)
                before = before if subjects else []
            elif subjects and self.lang == "de" and (pronoun_at := next((
                    k for k in range(a, subjects[0].start) if doc.lowers[k] in self.r.subject_pronouns
                    and doc.lowers[k] not in self.r.group_pronouns), None)) is not None:
                # "Merz sagte, er wolle Macron empfangen": a pronoun before the names is the subject, they are objects
                meant = self._person_of_pronoun(pronoun_at) or next((
                    p for p in mm.participants if p.type == "person" and all(p.key != m.key for m in before)), None)
                subjects = [meant] if meant is not None else []
            if before and not subjects and any(doc.lowers[k] in self.r.subject_pronouns for k in range(a, before[0].start)):
                # "weil sie dort den britischen Außenminister X empfing": the pronoun is the subject, X the guest;
                # the host is the person the pronoun stands for
                subjects = [p for p in mm.participants if p.type == "person" and all(p.key != b.key for b in before)][:1]
            if before and not subjects and self.lang == "de" and doc.lowers[i - 1] == "zu" and a > mm.sent_start:
                subjects = self._infinitive_subject(doc, mm.sent_start, a, actors)
            before = subjects  # all objects ("den Minister X empfangen" with its subject unnamed): none hosts
            aux = next((k for k in range(a, i) if doc.lowers[k] in self.r.auxiliaries or doc.lowers[k] in self.r.modal_verbs),
                       None) if self.lang == "de" else None
            if aux is not None and len(before) > 1:
                # "Kanzlerin X hat Präsident Y am Dienstag empfangen": the subject stands before the auxiliary, the
                # object after it; inverted ("Am Dienstag hat X Y empfangen"), the subject comes first after it
                # (not a name inside a fronted phrase: "Zu dem Treffen im sogenannten Ramstein-Format hatten X und
                # Y eingeladen")
                ahead = [m for m in before if m.start < aux and not self._in_prepositional_phrase(doc, m, a)]
                before = ahead or self._with_coordinated(doc, next((m for m in before if m.start > aux), before[0]), before)
            # (with only a co-host named before the verb, the pronoun is the subject too: "Gemeinsam mit Y soll er …
            # empfangen")
            joint = bool(before) and all(self._co_host(doc, m, a) for m in before)
            pronoun = next((k for k in (*range(a, i), i + 1) if k < b and doc.lowers[k] in self.r.subject_pronouns
                            and doc.lowers[k] not in self.r.group_pronouns), None) if not before or joint else None
            if pronoun == i + 1 and not before and i + 2 < b and doc.lowers[i + 2] in self.r.subject_articles:
                # "Dort empfing sie der Präsident X": "sie" before a subject in the nominative is the object
                subject = [m for m in actors if i + 2 < m.start < b and m.type == "person"][:1]
                if subject:
                    hosts.extend(subject)
                    continue
            meant = self._person_of_pronoun(pronoun) if pronoun is not None else None
            if joint and meant is not None and all(meant.key != m.key for m in before):
                hosts.append(meant)
            chairs = lemma in self.r.chair_verbs or low in self.r.chair_verbs
            if joint and meant is None:
                # "Gemeinsam mit X leitete Y die Sitzung": the subject after the verb hosts too
                hosts.extend([m for m in actors if i < m.start < b and m.type == "person"
                              and not self._accusative_object(doc, m, i) and not self._named_jointly(doc, m, i)][:1])
            if before:
                hosts.extend(before)
                if chairs:  # "X leitete gemeinsam mit Y die Sitzung": Y chairs with X
                    hosts.extend(m for m in actors if a <= m.start < b and m.type == "person" and self._named_jointly(doc, m, a))
                hosts.extend(self._co_verb_partners(doc, i, b, actors))  # "X co-chaired the meeting with Y"
            elif meant is not None:
                hosts.append(meant)  # "Im Frühjahr empfing er X": the person the pronoun stands for, not X
            elif self.r.subject_after_verb and not self._unnamed_role_subject(doc, a, i):
                # "Am Abend gaben Steinmeier und Büdenbender ein Staatsbankett": the subject after the verb (German
                # puts it there after a fronted phrase; in English one after the verb is its object: "Trump, who
                # hosted the summit, welcomed Putin"; not
                # an object: "empfängt den finnischen Präsidenten"; nor after a subject left unnamed: "Der
                # Regierende Bürgermeister empfing X")
                delegated = self._delegated_states(doc, mm.sent_start, mm.sent_end, mentions)  # the guests' states
                after = [m for m in actors if i < m.start < b and not self._accusative_object(doc, m, i)
                         and all(m is not d for d in delegated)]
                if after:
                    hosts.extend(self._with_coordinated(doc, after[0], actors))
        seen, uniq = set(), []
        for h in hosts:
            if h.key not in seen and h.type != "group":
                seen.add(h.key)
                uniq.append(h)
        return uniq

    def _at_a_stop(self, doc, p: Mention) -> bool:
        """Is the place ``p`` that of a journey's stop, a few words after a stop noun with no clause mark between
        ("arrived late after a stop in Washington", "nach einem Zwischenstopp in Rom"), or of an event one came after
        ("arrived late after a parliamentary vote in Stockholm", "nach einer Abstimmung in Stockholm": "after" and an
        article)? It is not where one arrived."""
        if any(k < p.start <= k + 5 and not any(doc.texts[j] in BOUNDARY for j in range(k, p.start))
               for k in self._stop_positions):
            return True
        for k in range(p.start - 2, max(0, p.start - 7), -1):
            if doc.texts[k] in BOUNDARY:
                return False
            if doc.lowers[k] in self.r.after_prepositions and doc.lowers[k + 1] in self.r.determiners:
                return True
        return False

    def _co_verb_partners(self, doc, i: int, b: int, actors: list[Mention]) -> list[Mention]:
        """The first person after "with" that a verb of hosting jointly at ``i`` ("co-chaired", "co-hosted") takes,
        up to the clause's end ``b``: "X, who co-chaired the meeting with Y" - Y chairs it too."""
        if not (doc.lowers[i].startswith("co-") or i >= 2 and doc.texts[i - 1] in ("-", "‐") and doc.lowers[i - 2] == "co"):
            return []  # (the tokenizer splits "co-chaired" at its hyphen)
        persons = [m for m in actors if i < m.start < b and m.type == "person"]
        return persons[:1] if persons and any(
            doc.lowers[k] in self.r.partner_words for k in range(max(i + 1, persons[0].start - 5), persons[0].start)) else []

    def _noun_in_infinitive_clause(self, doc, t: Trigger, s_start: int, s_end: int) -> bool:
        """Is the meeting noun in a German infinitive clause after a comma ("Merz sagte zu, am Gipfel in Brüssel
        teilzunehmen", "kündigte an, die Gespräche im Herbst fortzusetzen")? What is announced, promised or agreed
        so is to come; not a clause of purpose ("…, um am Gipfel teilzunehmen") nor a past infinitive ("bedauerte,
        den Gipfel verpasst zu haben")."""
        if self.lang != "de":
            return False
        a, b = self._clause(doc, t.start, s_start, s_end)
        if a <= s_start + 1 or doc.texts[a - 1] != "," or doc.lowers[a] in self.r.purpose_conjunctions:
            return False
        last = b - 1
        while last > t.end and not doc.texts[last].isalpha():
            last -= 1
        return last > t.end and self._zu_infinitive(doc, last) and doc.lowers[last] not in self.r.infinitive_auxiliaries

    def _denied_infinitive(self, doc, t: Trigger, s_start: int, s_end: int) -> bool:
        """Is the verb ``t`` an infinitive that depends on a noun with a word of denial ("kein Mandat, … zu
        verhandeln", "keine Pläne, X zu treffen", "no plans to meet X") or of a concession ("despite a challenge
        from X to meet him", "trotz einer Einladung, X zu treffen")? What one has no mandate or plan to do, or does
        in spite of being asked to, is not done."""
        if not self.r.denying_determiners:
            return False
        if t.start > s_start and doc.lowers[t.start - 1] in self.r.plan_infinitive_markers:
            k = t.start - 2  # "no plans to meet": the noun before the marker
        elif self._zu_infinitive(doc, t.start):
            k = self._clause(doc, t.start, s_start, s_end)[0] - 1
            if k < s_start or doc.texts[k] != ",":
                return False
            k -= 1  # "kein Mandat, … zu verhandeln": the noun before the infinitive clause's comma
        else:
            return False
        # (or on a noun of a concession: "did not attend, despite a challenge from X to meet him in person")
        a = doc.clause_bounds(k, BOUNDARY)[0] if k >= s_start else s_start
        if not self.r.concessive_prepositions.isdisjoint(doc.lowers[max(a, s_start):k]):
            return True
        return k > s_start and doc.texts[k].isalpha() and any(
            doc.lowers[j] in self.r.denying_determiners for j in range(max(s_start, k - 2), k))

    def _in_concession(self, doc, m: Mention) -> bool:
        """Is ``m`` named in a phrase of concession, with no meeting word between ("did not attend, despite a
        challenge from X to meet him in person")? Who challenged is not at the meeting told ("Trotz der Spannungen
        trafen sich X und Y": the verb stands between)."""
        if not self.r.concessive_prepositions:
            return False
        a = doc.clause_bounds(m.start, BOUNDARY)[0]
        k = next((j for j in range(m.start - 1, a - 1, -1) if doc.lowers[j] in self.r.concessive_prepositions), None)
        return k is not None and not any(j in self._trigger_tokens for j in range(k + 1, m.start))

    def _offered_infinitive(self, doc, k: int, a: int, s_start: int) -> bool:
        """Is the verb at ``k`` an infinitive whose clause, after a comma, depends on a word of offer, demand or
        readiness ending the clause before ("sei bereit, weitere Gespräche auszurichten", "bot an, Y zu
        empfangen")?"""
        if a <= s_start or doc.texts[a - 1] != "," or not self._zu_infinitive(doc, k):
            return False
        # (a separable verb's particle may end the clause past an adverb: "bot erneut an, …")
        return any(doc.lowers[j] in self.r.hypothetical or doc.lemmas[j] in self.r.hypothetical
                   or (doc.lemmas[j], doc.lowers[j + 1]) in self.r.hypothetical_separable
                   or (doc.lemmas[j], doc.lowers[a - 2]) in self.r.hypothetical_separable
                   for j in range(max(s_start, a - 4), a - 1))

    def _zu_infinitive(self, doc, k: int) -> bool:
        """Is the verb at ``k`` an infinitive with its marker, before it ("zu treffen") or, in a German separable
        verb, inside it ("zusammenzukommen", "teilzunehmen": the lemma with "zu" after its particle)?"""
        if k > 0 and doc.lowers[k - 1] in self.r.infinitive_markers:
            return True
        word, lemma = doc.lowers[k], doc.lemmas[k]
        if self.lang != "de" or len(word) != len(lemma) + 2:
            return False
        p = next((j for j, (x, y) in enumerate(zip(word, lemma)) if x != y), len(lemma))
        return 1 < p and word[p:p + 2] == "zu" and word[p + 2:] == lemma[p:]

    def _infinitive_subject(self, doc, s_start: int, a: int, actors: list[Mention]) -> list[Mention]:
        """The subject of the clause an infinitive depends on ("Er kündigte an, den ukrainischen Präsidenten X im
        April zu empfangen": the one who announced receives; X, the object, is the guest): a person in the clauses
        before ``a`` who is no object, else the person a subject pronoun there stands for."""
        named = [m for m in actors if s_start <= m.start < a and m.type == "person" and not self._accusative_object(doc, m, s_start)]
        if named:
            return named[:1]
        for k in range(s_start, a):
            if doc.lowers[k] in self.r.subject_pronouns and doc.lowers[k] not in self.r.group_pronouns:
                meant = self._person_of_pronoun(k)
                return [meant] if meant is not None else []
        return []

    def _person_of_pronoun(self, k: int) -> Mention | None:
        """The person the pronoun at token ``k`` was read as standing for, if any."""
        return next((p for j, p in self._pronoun_persons if j == k), None)

    def _invited_by(self, doc, mm: MeetingMention, i: int, actors: list[Mention]) -> Mention | None:
        """The person after "bei"/"beim" before the invitation's participle at ``i`` ("zu einem Abendessen beim
        Oberbefehlshaber der Nato, US-General X, eingeladen"): the one invited to is the host. Not a person after
        a meeting noun ("beim Treffen mit X eingeladen")."""
        by = next((k for k in range(mm.sent_start, i) if doc.lowers[k] in self.r.guest_host_prepositions), None)
        if by is None:
            return None
        person = next((m for m in actors if by < m.start < i and m.type == "person"), None)
        if person is None or person.start - by > 12 or any(self._noun_trigger(doc, k) is not None for k in range(by + 1, person.start)):
            return None
        return person

    def _apposed_person(self, doc, b: int, s_end: int, actors: list[Mention]) -> list[Mention]:
        """The person named in a genitive apposition after the comma at ``b`` ("Unter dem Vorsitz des Vorsitzenden
        des Militärausschusses, des italienischen Admirals X,"): what a host noun's phrase refers to."""
        if b >= s_end - 1 or doc.texts[b] != ",":
            return []
        if doc.lowers[b + 1] not in self.r.determiners:
            # "Den Vorsitz führte die Hohe Vertreterin der Union für Außen- und Sicherheitspolitik, Marta Lindholm.":
            # the name alone, closing the apposition
            return [m for m in actors if m.start == b + 1 and m.type == "person"
                    and (doc.past_bracket(m.end) >= s_end - 1 or doc.texts[doc.past_bracket(m.end)] == ",")][:1]
        for m in actors:
            if m.start > b + 1 and m.type == "person":
                if m.start - b <= 5 and not any(doc.texts[k] in BOUNDARY for k in range(b + 1, m.start)):
                    return [m]
                break
        return []

    def _unnamed_role_subject(self, doc, a: int, i: int) -> bool:
        """Does a role with its article and no name stand before the verb ``i`` ("Der Regierende Bürgermeister
        empfing X", "The mayor welcomed X")? Then it is the subject, someone the text does not name."""
        if self.r.subject_after_verb and doc.lowers[a] in self._any_preposition:
            # "Vor der Kanzlei des Ministerpräsidenten begrüßte Wrona …": the one phrase before a German verb is a
            # preposition's, the subject follows the verb
            return False
        # after an article, or at the clause's head: a headline drops the article ("Landeshauptfrau empfängt …")
        starts = [a] + [k + 1 for k in range(a, i) if doc.lowers[k] in self.r.definite_determiners]
        for s in starts:
            for j in range(s, min(s + 3, i)):
                found = self.kb.role_of(self.lang, doc.texts[j])
                if found is not None and found[1] in ("person", "host"):
                    return j + 1 == i or not doc.texts[j + 1][:1].isupper()
        return False

    def _passive(self, doc, a: int, b: int) -> bool:
        """A passive clause: "wurde … empfangen", "ist … empfangen worden", "was welcomed"."""
        words = set(doc.lowers[a:b])
        if words & self.r.passive_auxiliaries:
            return True
        if words & self.r.stative_auxiliaries and words & self.r.stative_participles:
            return True  # "Zu dem Treffen sind auch Vertreter Japans eingeladen": the state passive
        if words & self.r.future_or_passive_auxiliaries and (self._participle_last(doc, a, b) or self._agent_phrase(doc, a, b)
                                                             or self._subject_alone(doc, a, b)):
            # "Der Premierminister wird um 12 Uhr begrüßt" (the future would end in "begrüßen"); "wird X in Vilnius
            # von der litauischen Außenministerin empfangen": an agent makes "wird … empfangen" the present passive
            return True
        # "is invited", "are welcomed": the auxiliary of the progressive ("is hosting") before a participle
        return any(doc.lowers[k] in self.r.progressive_auxiliaries and doc.lowers[k + 1].endswith(("ed", "en"))
                   and not (doc.texts[k] in ("'s", "’s") and doc.texts[k + 1][:1].isupper())  # ("Sweden's Queen")
                   for k in range(a, min(b, len(doc) - 1)))

    @staticmethod
    def _capitalised_in(doc, a: int, b: int) -> set[str]:
        """The words written with a capital in ``a``–``b``, lower-cased: after "'s", a name's ("Jordan's King X"),
        no "is" of a progressive."""
        return {doc.lowers[j] for j in range(a, min(b, len(doc))) if doc.texts[j][:1].isupper()}

    def _subject_alone(self, doc, a: int, b: int) -> bool:
        """Does the clause ``a``–``b`` name one party only, its subject, with no object's article ("Am Donnerstag wird er
        im Weißen Haus empfangen")? "wird … empfangen" with no one received is the passive, not the future."""
        parties = {id(m) for k in range(a, b) if (m := self._in_mention.get(k)) is not None and not m.modifier
                   and m.type in ("person", "group", "country", "organization")}
        pronouns = [k for k in range(a, b) if doc.lowers[k] in self.r.subject_pronouns]
        # (no article outside a prepositional phrase either: "dass Polen die nächste Konferenz ausrichten werde")
        articles = any((doc.lowers[k] in self.r.determiners or doc.lowers[k] in self.r.definite_determiners)
                       and doc.lowers[k] not in self._any_preposition and doc.lowers[k - 1] not in self._any_preposition
                       for k in range(a + 1, b))  # (a contraction is a preposition: "im", "am")
        return self.lang == "de" and len(parties) + len(pronouns) == 1 and not articles \
            and self.r.object_pronouns.isdisjoint(doc.lowers[a:b])  # (not "Dann wird ihn auch X empfangen")

    def _agent_phrase(self, doc, a: int, b: int) -> bool:
        """Does the clause ``a``–``b`` hold a passive's agent: an agent preposition before a person or an office,
        past its article and adjectives ("von der litauischen Außenministerin", "vom Bürgermeister", "von X")? Not
        "von" after an office, which names whose office it is ("den Präsidenten von Ghana")."""
        for k in range(a + 1, b - 1):
            if doc.lowers[k] not in self.r.agent_prepositions or k - 1 in self._role_at_token:
                continue
            first = k + 1
            while first < b and doc.lowers[first] in self.r.determiners:
                first += 1
            for j in range(first, min(first + 3, b)):
                m = self._in_mention.get(j)
                if j in self._role_at_token or m is not None and m.type == "person":
                    return True
                if not (doc.texts[j].isalpha() and doc.texts[j].islower()):
                    break  # (only adjectives before the office: "von der litauischen Außenministerin")
        return False

    def _participle_last(self, doc, a: int, b: int) -> bool:
        """Does the clause end in a past participle that no infinitive shares ("begrüßt"; not one in -en, which
        may be an infinitive: "wird … empfangen"), by its shape: ending in -t, with ge- or an inseparable prefix
        or -iert?"""
        last = next((k for k in range(b - 1, a - 1, -1) if doc.texts[k].isalpha()), None)
        if last is None or not doc.texts[last].islower():
            return False
        word = doc.lowers[last]
        return len(word) > 4 and word.endswith("t") and (
            word.startswith(self.r.participle_prefixes) or "ge" in word[2:-2] or word.endswith("iert"))

    def _co_host(self, doc, m: Mention, clause_start: int) -> bool:
        k = m.start - 1
        while k >= clause_start and k >= m.start - 5:
            if doc.lowers[k] in ("mit", "with", "und", "and"):
                return True
            k -= 1
        return False

    def _agent(self, doc, verb: int, clause_end: int, actors: list[Mention]) -> list[Mention]:
        """``von X empfangen``, ``hosted by X``, ``auf Einladung von X``."""
        s_start, s_end = doc.sent_start(verb), doc.sent_end(verb)
        # (past a name in apposition to the agent's office: "vom Präsidenten des Regionalrats, X, im Rathaus empfangen")
        clause_start = self._through_appositions(doc, self._clause(doc, verb, s_start, s_end), actors, s_start, s_end)[0]
        # nearest agent preposition first: right after the verb, then before it, then anywhere in the clause
        order = sorted(range(clause_start, clause_end), key=lambda k: (k < verb, abs(k - verb)))
        for k in order:
            if doc.lowers[k] in self.r.agent_prepositions:
                if k > 0 and doc.lowers[k - 1] in self.r.leading_participles:
                    continue  # "received a delegation of senators led by X": X leads the delegation, hosting nothing
                j = k + 1
                while j < len(doc) and doc.lowers[j] in self.r.determiners:
                    j += 1
                # (past a long office before the name, with no comma: "chaired by the bloc's foreign policy chief X")
                # (or in apposition to the office: "chaired by Canada's foreign minister, X")
                # (not past a verb and a clause of its own: "vom Botschafter empfangen und traf anschließend Präsident X")
                first = [m for m in actors if j <= m.start <= j + 4] or [
                    m for m in actors if j + 4 < m.start <= j + 7 and m.type == "person"
                    and not any(i in self._trigger_tokens or doc.texts[i].isalpha() and doc.lowers[i] in self.r.coordinators
                                for i in range(j, m.start)) and (
                        "," not in doc.texts[j:m.start] and m.start <= j + 6
                        or doc.texts[m.start - 1] == "," and "," not in doc.texts[j:m.start - 1] and m.start - 2 in self._role_at_token)] or [
                    # (an office with its body's name before the name in apposition: "vom Präsidenten des Regionalrats
                    # Bourgogne-Franche-Comté, X,")
                    m for m in actors if j + 4 < m.start <= j + 11 and m.type == "person" and m.via == "role"
                    and j in self._role_at_token and doc.texts[m.start - 1] == "," and "," not in doc.texts[j:m.start - 1]
                    and not any(i in self._trigger_tokens for i in range(j, m.start))][:1]
                if self.lang == "de" and k > clause_start and doc.texts[k - 1][:1].isupper() and doc.texts[k - 1].isalpha() \
                        and doc.lowers[k - 1] not in self.r.invitation_nouns and not self._passive(doc, clause_start, clause_end) \
                        and self.r.future_or_passive_auxiliaries.isdisjoint(doc.lowers[clause_start:clause_end]):
                    continue  # "empfing den Gast von Kanzler X": in an active clause, "von" after a noun is no agent
                office = self.kb.role_of(self.lang, doc.texts[k - 1]) if k > 0 else None
                if office is not None and office[1] in ("person", "host", "title") and not (
                        first and first[0].type == "person" and "," not in doc.texts[j:first[0].start]):
                    # "den Präsidenten von Ghana": the state of an office, not the agent of a passive (but "wurde die
                    # Ministerin von Bürgermeister X begrüßt": a person after "von" is)
                    continue
                if first and first[0].type != "person" and (first[0].genitive or first[0].end < len(doc)
                                                             and doc.texts[first[0].end] in ("'s", "’s")):
                    # "received by South Africa's Deputy President X", "von Frankreichs Präsident X": the state is whose
                    # office it is; the person named with it is the agent
                    owner = first[0]
                    first = [m for m in actors if m.type == "person" and owner.end <= m.start <= owner.end + 5][:1] or first
                if first:
                    return self._with_coordinated(doc, first[0], actors)
        return []

    def _coordinated_before(self, doc, m: Mention, actors: list[Mention], s_start: int) -> Mention | None:
        """The person joined to ``m`` by "and" before it, with only an apposition's words between them (no verb)."""
        earlier = [p for p in actors if p.type == "person" and s_start <= p.end <= m.start and m.start - p.end <= 14]
        if not earlier:
            return None
        p = earlier[-1]
        between = range(p.end, m.start)
        if not any(doc.lowers[k] in self.r.coordinators for k in between):
            return None
        if any(doc.lemmas[k] in self.r.meeting_verbs or doc.lemmas[k] in self._speech_verbs or doc.lowers[k] in self.r.auxiliaries
               for k in between):
            return None
        return p

    def _with_coordinated(self, doc, first: Mention, actors: list[Mention]) -> list[Mention]:
        """``by X and Y``: the actors joined to the first by und/and/comma (not ", who had Z at his side"), with
        their roles between ("X und der brasilianische Umweltminister Y")."""
        out = [first]
        cur = first
        adjectives = self.kb.adjectives.get(self.lang, {})
        while True:
            end = doc.past_bracket(cur.end)  # "X (SPD) und sein britischer Kollege Y"
            # ("chaired by X together with his British counterpart Y", "die X gemeinsam mit Y leitete")
            joiner = next((len(p) for p in self.r.co_host_joiners if tuple(doc.lowers[end:end + len(p)]) == p), 0)
            nxt = [m for m in actors if m.start > end and m.start <= end + 5 + joiner]
            between = range(end + joiner, nxt[0].start) if nxt else range(0)
            if joiner and nxt and all(doc.lowers[k] in self.r.determiners or k in self._role_at_token
                                      or doc.texts[k][:1].isupper() or doc.lowers[k] in adjectives for k in between):
                out.append(nxt[0])
                cur = nxt[0]
                continue
            if not nxt or not any(doc.lowers[k] in self.r.coordinators for k in between) or not all(
                    doc.lowers[k] in self.r.coordinators or doc.lowers[k] in self.r.determiners or doc.texts[k][:1].isupper()
                    or doc.texts[k] == "-"  # (a compound's hyphen the tokenizer split off: "und US-Präsident Y")
                    or doc.texts[k] in ("'s", "’s", "'", "’")  # (a state's possessive: "X and Germany's Y")
                    or doc.lowers[k] in adjectives or (self.lang == "de" and doc.lowers[k].rstrip("enrs") in adjectives)
                    for k in between):
                return out
            if doc.lowers[between[0]] in self.r.determiners and all(
                    doc.texts[k] == "," or doc.lowers[k] not in self.r.coordinators for k in between):
                # "empfing Steinmeier die Botschafterin Kanadas, Isabelle Poupart": an article right after the name,
                # with only a comma between, opens the object, whose name the comma sets in apposition
                return out
            out.append(nxt[0])
            cur = nxt[0]

    def _in_sequence_phrase(self, m: Mention, mm: MeetingMention) -> bool:
        """Is ``m`` inside a phrase of sequence of its sentence ("Nach einem Mittagessen mit X traf er …")? Such
        a person is no antecedent for the pronoun of the clause after it."""
        return any(a <= m.start < b for a, b in self._phrase_spans.get(mm.sent_start, ()))

    def _passive_agent(self, doc, p: Mention) -> bool:
        """Does ``p`` follow an agent's preposition, right before it or before its office ("von X", "von Präsident
        X")? Then it is a passive's agent, not the subject of a verb."""
        if p.start > 0 and (doc.lowers[p.start - 1] in self.r.agent_prepositions or p.start > 1
                            and doc.lowers[p.start - 2] in self.r.agent_prepositions and p.via == "role"):
            return True
        # (past the office the text names before a name the knowledge base knows: "von Präsident X")
        role = self._role_at_token.get(p.start - 1)
        k = role.start - 1 if role is not None else -1
        while k > 0 and doc.lowers[k] in self.r.determiners:
            k -= 1
        return k >= 0 and doc.lowers[k] in self.r.agent_prepositions

    def _listed_after(self, doc, a: int, b: int) -> bool:
        """Is the noun at ``b`` the next item of a list, a word coordinator ("und", "sowie") before it with only an
        indefinite article and adjectives between ("… sowie ein Besuch", "und ein gemeinsames Mittagessen"; not
        "die Chefdiplomaten Chinas und Japans … zu einem Gespräch")?"""
        k = b - 1
        while k > a and (doc.lowers[k] in self.r.indefinite_articles or doc.texts[k].isalpha() and doc.texts[k].islower()
                         and doc.lowers[k] not in self.r.coordinators) and b - k <= 3:
            k -= 1
        return k >= a and doc.texts[k].isalpha() and doc.lowers[k] in self.r.coordinators

    def _video_to_a_new_event(self, doc, a: int, b: int, triggers: list[Trigger]) -> bool:
        """Does a meeting noun with an indefinite article outside the clause ``a``–``b`` stand in its sentence ("X
        war nicht angereist; er nahm per Video an einer Gedenkveranstaltung teil")? The video link is to that new
        event; the absence from the meeting told stands."""
        return any(t.kind == "noun" and not a <= t.start < b and self._after_indefinite(doc, t, doc.sent_start(t.start))
                   for t in triggers)

    def _after_indefinite(self, doc, t: Trigger, s_start: int) -> bool:
        """Does an indefinite article stand in the three words before the noun ``t`` ("ein Treffen", "a new round")?"""
        return any(doc.lowers[k] in self.r.indefinite_articles for k in range(max(s_start, t.start - 3), t.start))

    def _then_spoke_of(self, doc, a: int, mm: MeetingMention) -> bool:
        """Is the meeting noun of ``mm`` the definite object of a verb of saying that a word of sequence opens
        ("X, who attended by video link, later called the gathering 'overdue'", "nannte das Treffen später
        „überfällig“")? What is spoken of later is the meeting told, not one after it."""
        t = mm.triggers[0]
        if t.kind != "noun" or not mm.definite:
            return False
        naming = self.r.naming_verbs
        said = [k for k in range(a, t.start) if doc.lemmas[k] in self._speech_verbs or doc.lowers[k] in self._speech_verbs
                or doc.lowers[k] in naming or doc.lemmas[k] in naming]
        return bool(said) and not any(k in self._trigger_tokens for k in range(said[0] + 1, t.start))

    def _joined_in_the_passive(self, doc, noun: Trigger, verb: Trigger) -> bool:
        """Is ``verb`` a verb of taking part in the passive whose subject is the meeting noun ``noun`` just before it
        ("The meeting was later joined by X", "…, a meeting later joined by X")? Those named join that meeting later
        in it: the word of sequence orders them, it tells no meeting after it."""
        return noun.kind == "noun" and verb.kind == "verb" and verb.lemma in self.r.participation_verbs \
            and 0 < verb.start - noun.end <= 4 and "," not in doc.texts[noun.end:verb.start] \
            and verb.end < len(doc) and doc.lowers[verb.end] in self.r.agent_prepositions

    def _then_between(self, doc, a: int, t: Trigger) -> bool:
        """Does a word of sequence stand between the meeting told before (ending at ``a``) and the trigger ``t``
        ("attended the session and then signed …"), or right after ``t``, the verb of a conjunct of its own
        ("wurde von X empfangen und traf anschließend Y": German puts it after the verb)?"""
        if not self.r.sequence_words.isdisjoint(doc.lowers[a:t.start]):
            return True
        return t.kind in ("verb", "travel") and t.end < len(doc) and doc.lowers[t.end] in self.r.sequence_words \
            and not self.r.coordinators.isdisjoint(doc.lowers[a:t.start])

    def _split_participants(self, doc, mms: list[MeetingMention]) -> None:
        """Several meetings in one sentence: an actor goes to the meeting of its own clause, else to the one
        whose trigger is nearest."""
        def owner(p: Mention) -> MeetingMention:
            # "Nach einem Mittagessen mit X traf er Y": a person inside a phrase of sequence is its meeting's
            phrase = next((o for o in mms if o.phrase_end is not None and o.triggers[0].start <= p.start < o.phrase_end), None)
            if phrase is not None:
                return phrase
            # "trifft X in Warschau und nimmt danach am Ministerrat teil": a person in a verb's own conjunct is its
            conjunct = [o for o in mms if o.conjunct and o.window[0] <= p.start < o.window[1]]
            if len(conjunct) == 1:
                return conjunct[0]
            clause = self._clause(doc, p.start, mms[0].sent_start, mms[0].sent_end)
            same = [o for o in mms if any(clause[0] <= t.start < clause[1] for t in o.triggers)]
            pool = same or mms
            rel = self._relative_clause_start(doc, clause[1] + 1, mms[0].sent_start, mms[0].sent_end) \
                if not same and doc.past_bracket(p.end) == clause[1] and clause[1] + 1 < mms[0].sent_end else None
            if rel is not None:
                # "X, who was not invited to the main session, met Y": the one a relative clause is on is the
                # subject of the main clause around it, not of the meeting the relative clause names
                rel_end = self._clause(doc, rel, mms[0].sent_start, mms[0].sent_end)[1]
                pool = [o for o in pool if not all(rel <= t.start < rel_end for t in o.triggers)] or pool
            # a phrase cut off from its clause ("Vor dem Treffen mit X hatte Y …") holds only its own words
            pool = [o for o in pool if not (o.phrase_end is not None and p.start >= o.phrase_end)] or pool
            # (nor does a noun of the phrase before the finite verb hold the subject after it: "Zum Auftakt seines
            # Besuchs legte Präsident X einen Kranz nieder" is X's wreath-laying)
            if verb_second is not None and p.start > verb_second:
                pool = [o for o in pool if not all(t.kind == "noun" and t.start < verb_second for t in o.triggers)] or pool
            return min(pool, key=lambda o: min(abs(p.start - t.start) for t in o.triggers))

        verb_second = self._finite_verb_after_a_phrase(doc, mms[0].sent_start, mms[0].sent_end) if mms else None

        for mm in mms:
            # a host too: "X bat … zu einem Treffen in den Élysée-Palast" hosts that meeting, not the one
            # named earlier in the sentence
            mm.hosts = [h for h in mm.hosts if owner(h) is mm or any(h is q for q in mm.referred_hosts)]
            # a person from another sentence came in as what a pronoun stands for ("wo er … traf"): the
            # mention whose clause holds the pronoun keeps them, whatever their position
            mm.participants = [p for p in mm.participants if owner(p) is mm or p in mm.hosts or p is mm.possessor
                               or any(p is q for q in mm.pair_owners)
                               or mm.list_start is not None and mm.sent_start <= p.start < mm.list_start
                               or not mm.sent_start <= p.start < mm.sent_end]
            # a host takes part, whoever else their name stood for in the sentence
            mm.participants.extend(h for h in mm.hosts if h.type != "country" and all(h.key != p.key for p in mm.participants))
        for mm in mms:
            t0 = mm.triggers[0]
            # ("X paid a visit to Japan, holding talks with Y": a participle after the comma has the sentence's subject)
            participle = t0.kind in _VERBAL and bool(self.r.gerund_endings) and doc.lowers[t0.start].endswith(self.r.gerund_endings) \
                and t0.start > mm.sent_start and doc.texts[t0.start - 1] == ","
            if (mm.ahead or mm.gerund_sequel) and mm.with_partners or participle \
                    or mm.with_partners and self._skipped_plan(doc, mm):
                # "X arrived in Washington ahead of a meeting with Y": the one who arrived is the other side (so is
                # one who skipped it: "X left the summit early, skipping a planned meeting with Y")
                subject = next((p for o in mms if o is not mm for p in o.participants
                                if p.type == "person" and p.start < mm.triggers[0].start), None)
                if subject is not None and all(subject.key != p.key for p in mm.participants):
                    mm.participants.append(subject)
            elif not mm.participants and not mm.hosts and mm.indefinite and not mm.parties_named and len(mm.triggers) == 1 \
                    and t0.kind == "noun" and self._sequence_preposition(doc, t0, mm.sent_start) == mm.sent_start:
                # "Nach einem Telefonat am Montag sind X und Y … zusammengetroffen": a talk that names no one, before
                # the main clause, is of the two or more persons the main clause's meeting has
                them = [p for o in mms if o is not mm for p in o.participants if p.type == "person" and p.start > t0.end]
                mm.participants = them if len({p.key for p in them}) >= 2 else []
        for mm in mms:
            # "… trifft Reimann in Warschau X und nimmt danach am Ministerrat teil": the second verb's subject is the
            # first's
            # (the conjuncts' windows may share the "and" between them: "will attend the summit … and then travel to
            # Paris")
            # (or a noun's, before a call parted from it: "führten Gespräche mit X und telefonierten mit Y")
            first = max((o for o in mms if o.conjunct and o.window[0] < mm.window[0] and o.window[1] <= mm.window[0] + 1
                         and (o.triggers[0].kind in _VERBAL or mm.call_parted is not None)),
                        key=lambda o: o.window[1], default=None) if mm.conjunct else None
            if first is None and (opened := self._subjectless_clause(doc, mm)) is not None:
                # "nahm an der Sitzung nicht teil, traf aber X": a clause after a comma that opens with its verb and
                # a word of contrast or sequence has the subject of the clause before
                first = next((o for o in reversed(mms) if o is not mm and o.triggers[0].start < opened - 1 and self._clause(
                                  doc, o.triggers[0].start, mm.sent_start, mm.sent_end)[1] == opened - 1), None)
            t0 = mm.triggers[0]
            if first is None and t0.kind in _VERBAL and t0.start - 1 > mm.sent_start \
                    and doc.lowers[t0.start - 1] in self.r.predicate_contrasts:
                # "X was not invited to the main session but attended a dinner": the verb right after the word of
                # contrast is a second predicate of the subject before
                first = next((o for o in reversed(mms) if o is not mm and o.triggers[-1].end <= t0.start - 1), None)
            if first is None and t0.kind == "noun" and not mm.absent \
                    and not any(p.type == "person" and p.start < t0.start for p in mm.participants):
                # "Trump traf X im Palast und führte anschließend Gespräche mit Y": a noun in a predicate that "und"
                # and a lower-case verb open, naming no one before it, has the subject of the verb before "und"
                prev = next((o for o in reversed(mms) if o is not mm and o.triggers[-1].end <= t0.start
                             and o.triggers[0].kind in _VERBAL), None)
                k = next((j for j in range(t0.start - 1, prev.triggers[-1].end - 1, -1)
                          if doc.lowers[j] in self.r.verb_conjunctions), None) if prev is not None else None
                if k is not None and k + 1 < t0.start and doc.texts[k + 1].islower() and doc.texts[k + 1].isalpha() \
                        and not any(k < m.start < t0.start for m in self._persons):
                    first = prev
            if first is not None:
                # (the subject of one that tells an absence too: "did not attend the session but met X")
                subjects = self._subjects(doc, first, first.window[1]) or [
                    p for p in first.absent if p.type == "person" and mm.sent_start <= p.start < first.triggers[0].start]
                mm.participants[:0] = [p for p in subjects if all(p.key != q.key for q in mm.participants)]
        for mm in mms:
            if mm.infinitive and mm.window[0] < mm.triggers[0].start:
                # "X und Y vereinbarten am Rande des Treffens, im Januar in Antwerpen zu beraten": the subjects of
                # the clause before the infinitive meet, whatever meeting word that clause has
                clause = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
                subjects = [p for o in mms for p in o.participants if p.type == "person" and mm.window[0] <= p.start < clause[0]]
                mm.participants.extend(p for p in subjects if all(p.key != q.key for q in mm.participants))
        for mm in mms:
            # "…, Klaus Wendel, der die Erklärung mit Y unterzeichnet hatte": the relative clause's person takes
            # part in its meeting too
            a = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)[0]
            if a > mm.sent_start + 1 and doc.texts[a - 1] == "," and doc.lowers[a] in self.r.relative_pronouns:
                # (past a separable verb's particle that ends the clause before: "nahmen X und Y teil, der …")
                ends = {a - 1} | ({a - 2} if doc.texts[a - 2].isalpha() and doc.texts[a - 2].islower() else set())
                antecedent = next((p for o in mms for p in o.participants if p.type == "person"
                                   and doc.past_bracket(p.end) in ends), None)
                if antecedent is None and (named := self._in_mention.get(a - 2)) is not None and named.type == "person" \
                        and doc.past_bracket(named.end) == a - 1 and all(named.key != x.key for x in mm.absent) \
                        and all(doc.texts[k] not in BOUNDARY for k in range(a, mm.triggers[0].start)):
                    # (one who is at no meeting of the main clause: "Berg, who spoke to both leaders by phone, said …")
                    antecedent = named
                if antecedent is not None and all(antecedent.key != q.key for q in mm.participants):
                    mm.participants.append(antecedent)
        for mm in mms:
            # "Z, who had met Y on Sunday, arrived in London": the one a relative clause is about is the subject of
            # the clause after it
            a = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)[0]
            if a - 2 <= mm.sent_start or doc.texts[a - 1] != ",":
                continue
            rel = self._clause(doc, a - 2, mm.sent_start, mm.sent_end)[0]
            if rel > mm.sent_start + 1 and doc.texts[rel - 1] == "," and doc.lowers[rel] in self.r.relative_pronouns:
                subject = next((p for o in mms for p in o.participants if p.type == "person"
                                and doc.past_bracket(p.end) == rel - 1), None)  # (past "(SPD)")
                # (not one the clause tells stayed away: "X, der am Vortag Y getroffen hatte, nahm nicht teil")
                if subject is not None and all(subject.key != q.key for q in mm.participants + mm.absent):
                    mm.participants.insert(0, subject)
        for mm in mms:
            if mm.conjunct_start is None:
                continue
            # "X und Y trafen sich im Januar in Davos und im Februar bei der Sicherheitskonferenz": the subjects
            # before the conjuncts met at both
            clause = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
            for other in mms:
                if other is not mm and any(clause[0] <= t.start < clause[1] for t in other.triggers):
                    shared = [p for p in mm.participants + other.participants if clause[0] <= p.start < mm.conjunct_start]
                    for o in (mm, other):
                        o.participants.extend(p for p in shared if all(p.key != q.key for q in o.participants))
        for mm in mms:
            # "X war bei der Vorbesprechung zugeschaltet; sie hatte am Morgen an einer Kabinettssitzung
            # teilgenommen": a subject pronoun of a clause that names no person before it is the sentence's first
            # person, its subject ("X traf Y in Paris, am Dienstag besuchte er Z": X)
            clause = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
            pronoun = next((k for k in range(*clause) if doc.lowers[k] in self.r.subject_pronouns
                            and doc.lowers[k] not in self.r.group_pronouns), None)
            # (one absent from the meeting of the clause before counts: "X nahm nicht teil; er traf in Wien Y")
            named = sorted((p for o in mms for p in o.participants + o.absent if p.type == "person"
                            and mm.sent_start <= p.start < (pronoun if pronoun is not None else -1)), key=lambda p: p.start)
            if pronoun is not None and any(mm.sent_start <= k < pronoun and doc.lowers[k] == doc.lowers[pronoun]
                                           for k, _ in self._pronoun_persons):
                continue  # the pronoun repeats one of an earlier clause, read as its person ("wurde er …, traf er")
            if named and named[0].start < clause[0] and all(named[0].key != q.key for q in mm.participants):
                mm.participants.append(named[0])
            if named and named[0].start < clause[0] and any(named[0] is a for o in mms for a in o.absent):
                # "X fehlte bei dem Gespräch, sie nahm an einem Treffen in Luxemburg teil": missing from the one, at
                # the other
                mm.absent = [a for a in mm.absent if a.key != named[0].key]
        for prev, mm in zip(mms, mms[1:]):
            a, t = prev.triggers[-1].end, mm.triggers[0]
            cut = self._after_event_end(doc, t, prev.triggers, mm.sent_start, mm.sent_end) if t.kind != "noun" else None
            if prev.with_partners and cut is not None:
                # "Nach dem Treffen mit X reiste Y weiter", "Vor dem Treffen mit X hatte Y …", "After talks with X,
                # Y flew on": Y, the clause's subject (right after its verb in German, before the verb in English),
                # met X
                subjects = [p for p in mm.participants if p.type == "person" and (
                    cut <= p.start <= cut + 2 if self.lang == "de" else cut <= p.start < t.start)]
                prev.participants.extend(p for p in subjects if all(p.key != q.key for q in prev.participants))
            if mm.with_partners and mm.phrase_end is not None and t.kind == "noun" and prev.triggers[-1].kind != "noun":
                # "Merz reiste nach dem Treffen mit X weiter nach Vilnius": the verb's subject met X
                subjects = [p for p in prev.participants if p.type == "person" and mm.sent_start <= p.start < t.start]
                mm.participants.extend(p for p in subjects if all(p.key != q.key for q in mm.participants))
            if (prev.setting or prev.sideline) and not self.r.agreement_words.isdisjoint(doc.lowers[a:t.start]):
                # "In einem Telefonat vereinbarten X und Y ein Treffen": those who agreed were at the one and
                # will be at the other
                agreeing = [p for p in prev.participants + mm.participants if a <= p.start < t.start]
                for o in (prev, mm):
                    o.participants.extend(p for p in agreeing if all(p.key != q.key for q in o.participants))
            if t.kind == "verb" and self._then_between(doc, a, t) \
                    and not any(a <= p.start < t.start for p in prev.participants + mm.participants):
                # "X attended the session and then signed an agreement with Y": X, the subject of both verbs,
                # is at both
                # (not the agent of a passive: "wurde er von X empfangen, anschließend traf er Y")
                subjects = [p for p in prev.participants if p.start < prev.triggers[0].start and not self._passive_agent(doc, p)]
                mm.participants[:0] = [p for p in subjects if all(p.key != q.key for q in mm.participants)]

    # -- article-level merge ---------------------------------------------------------------------------
    def _merge(self, mentions: list[MeetingMention], ref: RefDate | None) -> list[Meeting]:
        """Merge the mentions of one meeting.

        - a sideline meeting ("am Rande", "on the sidelines") is always a meeting of its own;
        - a definite mention with no place or date ("dem Treffen") refers to the most recent salient meeting
          of the last two sentences, else to the article's lead meeting;
        - a mention whose place and date fit an earlier meeting joins it; a definite one may add the place or
          date the meeting lacked ("die Tagung am Freitag");
        - a lead meeting with neither place nor date absorbs the next sentence's mention (news lead, then details);
        - a journey to a meeting's city joins that meeting.
        """
        meetings: list[Meeting] = []
        self._merged = meetings
        last_seen: dict[int, int] = {}  # meeting index -> sentence start of its latest mention
        story: ResolvedDate | None = None  # the last day the story dated an event to
        story_held: ResolvedDate | None = None  # the last day it dated an event to, not counting a plan's ("soll")
        story_days = list(self._story_days)  # days named by sentences that tell no meeting, in text order
        named_day = False  # the story's day is one such sentence named, and no meeting has been dated since
        story_at = -1  # the sentence that dated it
        # the last month or year the story dated an event to, after its last day ("In August, X hosted Y"): what
        # "three days later" counts from when no day was told since
        loose: ResolvedDate | None = None
        loose_at = -1
        for mm in mentions:
            while story_days and story_days[0][0] < mm.sent_start:
                story_at = story_days[0][0]
                story, named_day = story_days.pop(0)[1], True
                story_held = story
            base = ref
            if mm.date_mention is not None and mm.date_mention.narrative and mm.date_mention.offset and loose is not None \
                    and loose_at > story_at:
                base = RefDate.parse(loose.value)  # (a day in that month, unknown: the month; not "am Abend")
            elif mm.date_mention is not None and mm.date_mention.narrative and story is not None:
                base = RefDate.parse(story.value)
            just = meetings[_latest(last_seen)].date if mm.simultaneous and meetings else None
            if mm.date_mention is not None and mm.date_mention.narrative and just is not None and just.precision == "day":
                base = RefDate.parse(just.value)  # "Die Ukraine war zu dem Treffen nicht eingeladen. X hielt sich zur gleichen Zeit in Ankara auf"
            if mm.by_present_tense and mm.date_mention is not None and lies_just_before(mm.date_mention, base):
                mm.status = "past"  # a chronology's present: "3. Dezember: X empfängt in Kairo Y"
            if mm.item and mm.status == "past" and mm.date_mention is not None and mm.date_mention.kind == "weekday" \
                    and not mm.date_mention.direction and meetings and meetings[_latest(last_seen)].status == "planned":
                # "Dienstag: X reist nach Warschau … Mittwoch: Kabinettssitzung im Kanzleramt": a programme's item told
                # by its noun alone, after items to come, is to come on its weekday
                mm.status = "planned"
            resolved = resolve(mm.date_mention, base, future=mm.status == "planned") if mm.date_mention else None
            if resolved is not None and base is ref and mm.date_mention.narrative and (mm.date_mention.offset or 0) > 0 \
                    and mm.status == "past":
                # "Three days later, X flew to Washington" with no day or month told before: not three days after the
                # article's, which would lie ahead of a thing done; a day unknown, after the event told before, so
                # another (unless it goes on or ends: "Two days later the talks ended")
                resolved = None
                mm.sequel = mm.sequel or not (mm.definite or mm.continued or mm.ending)
            if resolved is not None and mm.status == "cancelled" and mm.date_mention.kind == "weekday" \
                    and not mm.date_mention.direction and base.day is not None and resolved.precision == "day":
                # a plan called off on a weekday with no word of which week ("Wang hätte am Mittwoch … sollen", told
                # on a Tuesday): the nearer of that weekday's days, before or after, as plans are called off close to
                # their day
                ahead = resolve(mm.date_mention, base, future=True)
                day = base.as_date()
                if ahead is not None and abs((date.fromisoformat(ahead.value) - day).days) < abs((date.fromisoformat(resolved.value) - day).days):
                    resolved = ahead
            elif resolved is not None and mm.status == "cancelled" and mm.date_mention.planned_for and mm.date_mention.year is None \
                    and resolved.precision == "month" and base is not None and base.day is not None:
                # "Der für Mai geplante Gipfel ist abgesagt", told in March: the nearer May, as plans are called off
                # before their day more often than after it
                ahead = resolve(mm.date_mention, base, future=True)
                day = base.as_date()
                if ahead is not None and ahead.precision == "month" and abs((date.fromisoformat(ahead.value + "-15") - day).days) \
                        < abs((date.fromisoformat(resolved.value + "-15") - day).days):
                    resolved = ahead
            if mm.date_from_before:
                # "X ist am Montag in Kiew eingetroffen. Dort will sie Y treffen": that Monday, as the sentence before
                # read it, not the Monday to come
                resolved = next((m.date for m in reversed(meetings) for x in m.mentions if m.date is not None
                                 and x.date_mention is mm.date_mention), resolved)
            if mm.ahead and resolved is not None and mm.date_mention.kind == "weekday" and story is not None \
                    and story.precision == "day" and story_at == mm.sent_start and ref is not None and ref.day is not None:
                # "arrived in Washington on Sunday ahead of a meeting with X on Monday": the Monday after that Sunday
                later = resolve(mm.date_mention, RefDate.parse(story.value), future=True)
                if later is not None:
                    resolved = later
                    mm.status = "planned" if later.value >= ref.as_date().isoformat() else "past"
            if resolved is not None and mm.status == "planned" and mm.date_mention.kind == "weekday" and story is not None \
                    and base is ref and not mm.told_before:
                resolved = _after_the_story_day(mm.date_mention, ref, story) or resolved
            if mm.ended and resolved is not None and resolved.precision == "day":
                # "Nach dreitägigen Beratungen ist die Konferenz am Freitag zu Ende gegangen": it began on Wednesday
                first = date.fromisoformat(resolved.value) - timedelta(days=mm.multi_day - 1)
                resolved = ResolvedDate(first.isoformat(), "day", resolved.text)
            under_heading = False
            if resolved is None and mm.anchor is None:
                heading = [day for start, day in self._heading_days if start < mm.sent_start]
                resolved = heading[-1] if heading else None  # a schedule's item: the day of the date line above it
                under_heading = resolved is not None
                stamp = max((start for start in self._entry_starts if start <= mm.sent_start), default=None)
                last_told = meetings[_latest(last_seen)] if meetings else None
                if resolved is None and stamp is not None and mm.item and last_told is not None and last_told.status == "planned" \
                        and last_told.date is not None and last_told.date.precision == "day":
                    # "empfängt am Mittwoch, 3. Dezember, X … Ablauf: 10.00 Uhr: Begrüßung …": a timetable's item under
                    # a meeting to come is on its day, to come too
                    resolved, mm.status = last_told.date, "planned"
                if resolved is None and stamp is not None and mm.status == "past" and ref is not None and ref.day:
                    # a live blog's entry stamped only with a clock time ("+++ 14.05 Uhr: Gipfel beginnt +++"): what
                    # it tells as held, with no day of its own, was held on the article's day
                    resolved = ResolvedDate(ref.as_date().isoformat(), "day", self._clocks[stamp])
            if mm.anchor is not None and mm.anchor[0] != BEFORE and not (
                    resolved is not None and mm.date_mention.kind in ("weekday", "daymonth") and mm.anchor[0] == 0):
                # (a day of its own outweighs "after the meeting": "Nach dem Treffen reisten X und Y weiter nach Kiew,
                # wo sie am Donnerstag Z treffen wollen" is Thursday)
                resolved = self._from_anchor(meetings, mm.anchor) or resolved
            elif mm.anchor is not None and mm.anchor[0] == BEFORE and resolved is None and mm.date_mention is None and meetings \
                    and not mm.flashback and not mm.virtual \
                    and not self._in_the_pluperfect(mm.sent_start, mm.sent_end):
                # (not one told in the pluperfect, "Vor dem Treffen hatte X mit Y telefoniert", nor a call: "Before the
                # meeting, X had spoken with Y by phone"; as _day_of_story)
                # "… signed a treaty in Berlin on Monday. The two held talks at the chancellery before the signing
                # ceremony": before the event told in the sentence just before, on its day
                # (or held, told last, with what was said there between: "X met Y on Friday. X said … Before the
                # meeting, Z held talks with Y"; a plan "vor dem Gipfel" may be for any day before it)
                anchored = self._anchor_meeting(meetings, mm.anchor[1])
                if anchored is not None and anchored.date is not None and anchored.date.precision == "day" \
                        and (self._told_just_before(anchored, mm)
                             or mm.status == "past" and anchored.status == "past" and meetings[_latest(last_seen)] is anchored):
                    resolved = anchored.date
            if mm.anchor is not None and not mm.places and not mm.virtual and meetings:
                # "met privately on Sunday evening before the formal session opened": where that session is
                anchored = self._anchor_meeting(meetings, mm.anchor[1])
                if anchored is not None and not anchored.virtual:
                    mm.places = [p for p in anchored.places if p.type in ("city", "country")]
            # ("Tags darauf", "the next day" moves it on: "Am Folgetag …" counts from there)
            flashback = mm.date_mention is not None and mm.date_mention.narrative and (mm.date_mention.offset or 0) < 0
            if resolved is not None and resolved.precision == "day" and not flashback:
                story, named_day = resolved, False  # "am Vortag" looks back without moving the story's day
                story_at = mm.sent_start
                story_held = story_held if mm.status == "planned" and not mm.by_present_tense else resolved
            elif resolved is not None and resolved.precision == "month" and not flashback and mm.status == "past":
                loose, loose_at = resolved, mm.sent_start
            # (what was done "parallel dazu" was done on a day an event was held, not on the day a plan is for:
            # "Am Montag sollen die Gespräche fortgesetzt werden. Parallel dazu kamen …" is not Monday's; a
            # schedule's present, "Am Mittwoch empfängt X Y. Danach folgt ein Mittagessen", is Wednesday's)
            if resolved is None and mm.schedule_step and mm.status == "past" and meetings \
                    and meetings[_latest(last_seen)].status == "planned":
                mm.status = "planned"  # a schedule of what is to come: "wird am Dienstag X empfangen. Nach der Begrüßung führen …"
            if resolved is None and mm.same_day and mm.status == "past" and meetings \
                    and meetings[_latest(last_seen)].status == "planned" and self._told_in_the_present(mm):
                # "Die Länderchefs kommen am Donnerstag zusammen. Im Anschluss beraten sie mit dem Kanzler": the next
                # step, told in the present after a meeting to come, is to come too
                mm.status = "planned"
            inherited = (story_held if mm.status == "past" else story) if resolved is None and mm.same_day else None
            if resolved is None and mm.same_day and just is not None and just.precision == "day":
                inherited = just  # "Wadephul nahm zeitgleich in Wien an einer Konferenz teil"
            if resolved is None and mm.same_day and meetings:
                # "Ende April kommt X nach Berlin. Dann wird ihn Y empfangen": then is when the meeting told last
                # is, if it was told after the story's day and dated less precisely than a day (a day would
                # have become the story's)
                i_last = _latest(last_seen)
                last_date = meetings[i_last].date
                # (not one told in a relative clause: "The two leaders, who also met in Paris in June, discussed …
                # Carney later met X")
                # (nor a plan, for what was done: "… said he would visit China in April. X later flew to Y" is not
                # April's)
                if last_seen[i_last] > story_at and last_date is not None and last_date.precision != "day" \
                        and not all(x.aside_before for x in meetings[i_last].mentions) \
                        and not (mm.status == "past" and meetings[i_last].status == "planned"):
                    inherited = last_date
            if resolved is None and mm.earlier and mm.status == "past" and meetings:
                # "X wurde am Dienstag im Kanzleramt empfangen … X war zuvor von Y in der Hofburg empfangen
                # worden": earlier that day
                last = meetings[_latest(last_seen)]
                persons = {p.key for p in mm.participants if p.type == "person"}
                if last.status == "past" and last.date is not None and last.date.precision == "day" \
                        and persons & {p.key for p in last.participants}:
                    inherited = last.date
            if resolved is None and inherited is None and mm.earlier and mm.status == "past" and meetings \
                    and meetings[_latest(last_seen)].status == "planned" and self._told_in_the_present(mm):
                # "Die Länderchefs beraten am Donnerstag mit der Kanzlerin. Vorab treffen sie sich ohne sie": a step
                # told in the present before a meeting to come is to come too, on no day of its own
                mm.status = "planned"
            if resolved is None and inherited is None and mm.private and meetings:
                # "X met Y at the White House on Monday … X first held a one-on-one meeting with Y": a part of
                # that meeting, on its day
                last = meetings[_latest(last_seen)]
                if last.status == mm.status and self._two_apart_from_more(last, mm) \
                        and {p.key for p in mm.participants if p.type == "person"} <= {p.key for p in last.participants}:
                    inherited = last.date
            if resolved is None and inherited is None and mm.earlier and mm.status == "past" and named_day \
                    and story is not None and story.precision == "day" and self._told_on_the_story_day(mm, story_at):
                # "X und Y setzten am Donnerstag ihre Unterschriften unter das Abkommen. Zuvor hatten beide
                # beraten": earlier on the day the story told last of them, with no meeting dated since
                inherited = story
            if resolved is None and inherited is None and mm.status == "past" and meetings \
                    and self._received_on_the_visit(meetings[i_visit := _latest(last_seen)], mm, last_seen[i_visit]):
                # "X hat am Montag die Brigade in Litauen besucht. In Rūdninkai wurde er von Y empfangen": received where
                # the visit took them, on its day
                inherited = meetings[i_visit].date
            day = resolved or inherited
            if day and ref and day.precision == "day" and ref.day and mm.status == "past" and (
                    day.value > ref.as_date().isoformat() or mm.item and day.value == ref.as_date().isoformat()):
                mm.status = "planned"  # (also on the day of a plan told before: "Danach folgt ein Mittagessen")
            if day and ref and day.precision == "day" and ref.day and mm.status == "planned" and day.value < ref.as_date().isoformat():
                # "Am Abend stand ein Treffen mit X auf dem Programm", told the day after: a plan whose day has
                # passed (and that was not called off) is a meeting held
                mm.status = "past"
            if mm.there and meetings and all(p.type == "venue" and p.key not in self.kb.entities for p in mm.places):
                # "Am Freitag fliegt X nach Jakarta. Dort trifft er Y im Präsidentenpalast": there, in that city,
                # on that day (a building the knowledge base cannot place is in it)
                placed = [i for i in last_seen if meetings[i].places]
                if placed:
                    before = meetings[max(placed, key=lambda i: last_seen[i])]
                    mm.places = mm.places + [p for p in before.places if (p.type in ("city", "country") or not mm.places)
                                             and all(p.key != q.key for q in mm.places)]
                    if resolved is None and before.status == mm.status and before.date is not None and before.date.precision == "day":
                        resolved = before.date
            target = None
            host_meeting = None
            if not mm.sideline and meetings:
                labelled = self._label_at(mm.sent_start)
                if labelled is not None:
                    # a roundup's item under its town ("Brüssel: … Das Treffen leitete X") tells of its own meetings,
                    # not of the item before it ("Kiew: …")
                    # (the item's meetings as a list of their own, their indices renumbered with them)
                    # (and the headline's, which a first item under a dateline's town tells: "Sondergipfel" over
                    # "Brüssel: Die Staats- und Regierungschefs der EU beraten heute auf einem Sondergipfel")
                    own = sorted(i for i, k in last_seen.items() if self._label_at(k) == labelled
                                 or all(x.sent_start < self._headline_end for x in meetings[i].mentions))
                    target = self._target([meetings[i] for i in own], {j: last_seen[i] for j, i in enumerate(own)},
                                          mm, resolved) if own else None
                else:
                    target = self._target(meetings, last_seen, mm, resolved)
                if target is not None and mm.instead and target.status == "cancelled" and mm.status != "cancelled":
                    # "Ein Treffen mit X ist abgesagt worden. Stattdessen empfängt der Kanzler Y": the one that takes
                    # its place is another (one standing in for a guest who stayed away goes to the meeting: that
                    # one is not called off)
                    target = None
                if target is not None and mm.speech and (target.sideline or not (self._of_many(target) or any(
                        t.kind == "noun" and self._head(t) not in self.r.generic_meeting_nouns
                        and not self._sideline_object(self._doc, t, x.sent_start)
                        for x in target.mentions for t in x.triggers))):
                    target = None  # "X hat in seiner Rede … angemahnt" after a talk of two: a speech at no talk
                if target is not None and mm.pledge and not self._of_many(target):
                    target = None  # "X empfing Y. Verteidigungsminister Z sagte weitere Hilfe zu": not at the talk
                if target is not None and under_heading and target.date is not None and target.date.precision == "day" \
                        and target.date.value != resolved.value:
                    # "Mittwoch, 22. Oktober / Der Bundeskanzler nimmt an der Sitzung des Bundeskabinetts teil" after
                    # Monday's reception: an item under another day's line is a meeting of its own
                    target = None
            elif meetings:
                # the meeting it is on the sidelines of: the latest that is no sideline meeting itself
                # (no call or video conference has sidelines: "vereinbarten am Telefon, sich am Rande des Gipfels zu
                # treffen" is beside a summit)
                main = [i for i in last_seen if not meetings[i].sideline and not meetings[i].habitual
                        and not meetings[i].virtual]
                host_meeting = meetings[self._sidelined(meetings, last_seen, main, mm)] if main else None
                if host_meeting is None:
                    pass
                elif mm.places and host_meeting.places and not self._same_place(host_meeting, mm) \
                        and not self._within_week(host_meeting.date, resolved):
                    host_meeting = None  # "am 12. Jänner am Rande eines Ministerrats in Brüssel": not one told
                elif not mm.places:
                    mm.places = list(host_meeting.places)
                resolved = resolved or (host_meeting.date if host_meeting is not None else None)
                target = self._told_in_headline(self._doc, meetings, mm)
                if target is host_meeting:
                    target = None  # "Am Rande des G20-Gipfels" over "… ist am Rande des G20-Gipfels mit X zusammengetroffen": the summit
                if target is not None:  # "Kanzler trifft X" over "… ist am Rande des Gipfels mit X zusammengekommen"
                    target.status = mm.status
                elif mm.definite and not mm.participants and not mm.hosts and host_meeting is not None:
                    # "Das Gespräch am Rande des Gipfels dauerte eine Stunde": the talk on its sidelines just told
                    target = next((meetings[i] for i in sorted(last_seen, key=lambda i: -last_seen[i])
                                   if meetings[i].sideline and meetings[i].beside is host_meeting
                                   and not meetings[i].virtual), None)
                    if target is None and self._told_meeting_was_beside(host_meeting, mm):
                        # "X hat Y in Genf getroffen. Das Treffen fand am Rande der Abrüstungskonferenz statt": the
                        # meeting told, now said to be on the sidelines of a conference not told as a meeting
                        target, host_meeting = host_meeting, None
                # those who meet on the sidelines of a conference are at the conference (not one told away from it:
                # "X, who was not invited to the main session, met Y on the sidelines"; nor one called from there:
                # "Am Rande des Gipfels telefonierten X und Y mit Z")
                if host_meeting is not None and not host_meeting.habitual and not host_meeting.sideline:
                    host_meeting.participants.extend(
                        p for p in mm.participants if p.type == "person" and all(p.key != q.key for q in host_meeting.participants)
                        and all(p.key != a.key for a in host_meeting.absent)
                        and not (mm.virtual and self._partner_of_a_talk(self._doc, p))
                        and not (mm.sent_start <= p.start < mm.sent_end and self._linked_in(p)))
            if target is None:
                if all(t.kind == "context" for t in mm.triggers) and not mm.continued:
                    continue  # participants of nothing told yet (not a round to come: "Sie sollen am Montag fortgesetzt werden")
                if not mm.places and not self._dated_in_clause(mm) and all(t.kind == "noun" and any(
                        self._doc.lowers[k] in self.r.kind_determiners for k in range(max(mm.sent_start, t.start - 2), t.start))
                        for t in mm.triggers):
                    # "für ein solches Treffen gebe es keine Grundlage": a kind of meeting, none held or told (one with
                    # a day or place of its own is one: "Ein solches Treffen ist erneut für Mai in Luxemburg geplant")
                    continue
                if mm.office_body:
                    continue  # "Die Präsidentin der UN-Generalversammlung, X, sprach …": the body, no meeting told
                # "X hat am Montag gemeinsam mit Y an die Opfer erinnert. An der Gedenkfeier in Wieluń nahmen auch
                # Überlebende teil": the event the sentence before told by no meeting word, with its persons
                mm.participants = mm.participants + [
                    p for p in self._persons_of_the_act_before(meetings, mm)
                    if all(p.key != q.key for q in mm.participants + mm.absent)]
                if meetings and all(t.kind == "verb" for t in mm.triggers) \
                        and self._company_again(self._doc, mm.sent_start, mm.sent_end) \
                        and {p.key for p in mm.participants} <= {p.key for p in meetings[_latest(last_seen)].participants}:
                    # "Die Teilnehmer wollen sich im Mai wieder treffen": those of the meeting just told, again (also
                    # when one of them says so: "X sagte, man werde sich im Sommer wiedersehen")
                    last = meetings[_latest(last_seen)]
                    mm.participants = mm.participants + [p for p in last.participants if all(p.key != q.key for q in mm.participants)]
                elif not mm.participants and not mm.hosts and meetings and self._same_company \
                        and self._doc.sentence_says(mm.sent_start, self._same_company):
                    # "Ein weiteres Treffen in diesem Format ist für Oktober in Genf geplant": the parties (states,
                    # bodies, groups; not the persons, who may change) of the story's meeting just told, in another
                    # meeting of their own (not one told as before it: "X hatte zuvor Y getroffen")
                    told = [j for j in last_seen if not all(x.flashback for x in meetings[j].mentions)] or list(last_seen)
                    last = meetings[max(told, key=last_seen.__getitem__)]
                    mm.participants = [p for p in last.participants if p.type in ("country", "organization", "group")]
                elif not mm.participants and meetings and all(t.kind == "verb" for t in mm.triggers) \
                        and self._all_of_them(self._doc, mm):
                    # "Nach einem Gespräch unter vier Augen kamen alle im East Room zusammen": all of those of the
                    # meeting just told, where it was (as far as the sentence does not say)
                    last = meetings[_latest(last_seen)]
                    if last.status == mm.status and not last.virtual and not last.habitual:
                        mm.participants = list(last.participants)
                        mm.places = mm.places or list(last.places)
                        resolved = resolved or (last.date if mm.date_mention is None else None)
                resolved = resolved or inherited
                if mm.opening and resolved is None and meetings:
                    # "Zum Auftakt gab König X ein Abendessen": at the start of the meeting just told, on its first
                    # day; a host's meal or reception that names no guest is for those who met
                    opened = meetings[_latest(last_seen)]
                    if not opened.habitual and not opened.sideline and opened.status == mm.status:
                        resolved = opened.date
                        hosts = {h.key for h in mm.hosts}
                        if hosts and all(p.key in hosts for p in mm.participants if p.type == "person"):
                            mm.participants = mm.participants + [p for p in opened.participants
                                                                 if all(p.key != q.key for q in mm.participants)]
                if resolved is not None and mm.date_mention is not None and meetings \
                        and self._doc.sentence_says(mm.sent_start, self._opening):
                    # "… sind zu zweitägigen Beratungen zusammengekommen. Zum Auftakt am Donnerstag traf X …": the
                    # meeting just told, with no day, began on the day of its opening
                    opened = meetings[_latest(last_seen)]
                    if opened.date is None and not opened.habitual and not opened.sideline and opened.status == mm.status:
                        opened.date = resolved
                if resolved is None and mm.date_mention is None and mm.places and not mm.virtual and not mm.flashback \
                        and host_meeting is None:  # (on the sidelines of a meeting: on its day, if it has one)
                    # "X hat am Freitag Baden-Württemberg besucht. Y empfing ihn im Neuen Schloss": on the visit's day
                    resolved = self._day_of_visit(meetings, last_seen, mm)
                if resolved is None and mm.date_mention is None and not mm.places:
                    resolved = self._day_of_story(meetings, last_seen, mm, story_at)
                # a building noun the knowledge base does not know ("vor der Kanzlei des Ministerpräsidenten",
                # "im Präsidentenpalast") says no city: the meeting takes the city of the story as one with no
                # place would, and keeps the venue; a named one ("auf dem Landgut Lohn") may lie outside the city
                unplaced = [p for p in mm.places if p.type == "venue" and p.key not in self.kb.entities
                            and " " not in p.text and "-" not in p.text]
                placeless = len(unplaced) == len(mm.places)
                if mm.there and not mm.places:
                    pass  # "dort" took the place told before (above); with none told, it has no place
                elif placeless and not mm.virtual and meetings and resolved is not None and resolved.precision == "day":
                    # "heute in Nairobi … Am Nachmittag empfing X die Ministerin": later that day, in the same city;
                    # "On Thursday the allies also gathered …": on a day of the three-day summit, in its city
                    # (the story's, not what one absent from it did instead: "X nahm nicht teil, sie hielt sich zu
                    # Gesprächen in Brüssel auf. Am Abend stand ein Abendessen auf dem Programm" is not in Brussels)
                    # (nor one told in a relative clause: "The two leaders, who also met in Paris in June, …")
                    told = [j for j in last_seen if not self._where_the_absent_were(meetings, meetings[j])
                            and not all(x.aside_before for x in meetings[j].mentions)]
                    last = meetings[max(told, key=last_seen.__getitem__) if told else _latest(last_seen)]
                    if last.date is not None and last.date.value == resolved.value and not last.virtual:
                        # "Nach dem Gespräch folgt ein Mittagessen": what follows in sequence is where that was
                        # (its city; its building too when the mention names none: "an der Gedenkmauer" is not the palace)
                        # (a meal's, the building, when no city was told: "… im Kanzleramt empfangen. Am Abend gab X
                        # ein Essen"; a forum in the evening may be anywhere in town)
                        no_city = not any(p.type == "city" for p in last.places) and all(
                            t.kind == "noun" and self._meal_trigger(t) for t in mm.triggers)
                        # (the state, when that is all it says: "in Luxemburg zusammengetreten. Am Nachmittag kamen
                        # die Minister zu einem Arbeitsessen zusammen")
                        stated = not any(p.type == "city" for p in last.places)
                        # (not the building of others, where some met at the same time: "Scholz wurde im Élysée-Palast
                        # empfangen. Parallel trafen sich die Außenminister X und Y" is elsewhere in town)
                        # (nor the building of a meeting the host was not at: "Um 12 Uhr trifft X Y im Kanzleramt. Am
                        # Abend gibt Z ein Staatsbankett" is in the town)
                        host_away = self._host_not_at(mm, last)
                        apart = mm.simultaneous and self._others_at_the_same_time(mm, last) or host_away
                        mm.places = unplaced + [p for p in last.places if p.type == "city" or (mm.same_day and not apart
                                                                                                or no_city and not host_away)
                                                and not last.sideline and not (unplaced and p.type == "venue")
                                                or stated and p.type == "country"]
                        if apart and not any(p.type == "city" for p in mm.places):
                            mm.places += self._towns_of_buildings(last.places)
                        self._share(mm, last)
                    else:
                        spanning = next((m for m in meetings if self._on_a_day_of(m, resolved)), None)
                        if spanning is not None:
                            # (when it names no town, the town in its state one of them was last placed in, else the
                            # state: "zu einem Staatsbesuch in Portugal … Am Dienstag wird er in Lissabon begrüßt …
                            # Am Mittwoch trifft er X" is in Lisbon)
                            mm.places = unplaced + ([p for p in spanning.places if p.type == "city"]
                                                    or self._last_town_in(meetings, last_seen, mm, spanning)
                                                    or [p for p in spanning.places if p.type == "country"])
                        elif mm.same_day and not last.virtual and not last.sideline:
                            mm.places = unplaced + list(last.places)  # "… and then signed an agreement with X": still there
                        elif (visit := self._visit_of(meetings, last_seen, mm, resolved)) is not None:
                            # "X ist zu Besuch in Washington. Am Montag traf er Trump.": in the visit's city
                            mm.places = unplaced + [p for p in visit.places if p.type in ("city", "country")]
                        elif (undated := self._undated_story(meetings, last_seen, mm)) is not None:
                            # "Die Minister haben in Brüssel beraten … Am Mittwochabend hatte der Nato-Ukraine-Rat
                            # getagt": a day the story's meeting, undated, does not contradict, in its city
                            mm.places = unplaced + [p for p in undated.places if p.type == "city"]
                        elif (town := self._town_of_the_day(meetings, mm, resolved)) is not None:
                            # "… kamen am Mittwochabend in Paris zusammen. … Bereits am Nachmittag hatte X den
                            # Minister Y getroffen": one who met in a town that day met there
                            mm.places = unplaced + [town]
                        # a shared meal of another day ("Vorausgegangen war ein gemeinsames Abendessen am
                        # Mittwochabend") is still of those of the meeting it follows on from
                        self._share(mm, last)
                elif placeless and resolved is None and not mm.virtual and meetings and not (mm.another and mm.background) \
                        and not self._in_another_year(mm):
                    # "… fuhr Biden ins Kanzleramt … In der Vierer-Runde mit …": a meeting told right after another,
                    # with no place or date of its own, follows on from it there (not the next of its kind, told as
                    # the background of another: "Gastgeber sind X und Y, das die nächste Konferenz ausrichtet"; nor
                    # one of another year: "das erste Treffen seit der Konferenz im vergangenen Jahr")
                    i_last = _latest(last_seen)
                    if not mm.flashback and all(x.flashback for x in meetings[i_last].mentions):
                        # "X hatte Y bereits im Januar in Davos getroffen. Nach einem Gespräch mit Z sagte X …": the
                        # story goes on where it was, not in the town of what came before it
                        told = [j for j in last_seen if not all(x.flashback for x in meetings[j].mentions)]
                        i_last = max(told, key=lambda j: last_seen[j]) if told else i_last
                    if mm.status == "past" and meetings[i_last].status == "planned":
                        # "X ist zu einem Besuch in Kiew eingetroffen. X wollte mit Y zusammenkommen. Bei einem Treffen
                        # mit Z sagte sie …": what was done goes on where the last thing done was, past an intention
                        done = [j for j in last_seen if meetings[j].status == "past" and not all(x.flashback for x in meetings[j].mentions)]
                        i_last = max(done, key=lambda j: last_seen[j]) if done else i_last
                    last = meetings[i_last]
                    if last.sideline and last.beside is not None and not mm.parted and not mm.sideline:
                        # "X's meeting with Y on the margins of the forum in Davos … X also met Z": the story goes
                        # on at the forum, where the talk was
                        last = last.beside
                    travellers = {p.key for p in last.participants if p.type == "person"}
                    # (not a meeting of others named after its noun: "to begin arranging a meeting between X and Y")
                    on_arrival = self._arrived_today(last, mm, ref) and any(p.key in travellers for p in mm.participants) \
                        and not (mm.indefinite and mm.parties_named)
                    # (one told as just before it, "Zuvor war X von Z empfangen worden", was in its town)
                    words = set(self._doc.lowers[mm.sent_start:mm.sent_end])
                    just_before = mm.flashback and not words.isdisjoint(self.r.before_that_words) \
                        and words.isdisjoint(self.r.flashback_words - self.r.before_that_words)
                    # (one called off on that trip is where and when the traveller was: "Dort empfing ihn X. Ein
                    # geplantes Treffen mit Y musste kurzfristig abgesagt werden")
                    called_off_there = mm.status == "cancelled" and last.status == "past" and mm.date_mention is None \
                        and any(p.key in travellers for p in mm.participants)
                    # (not across a day a sentence since named that the meeting before was not on: "Three months
                    # ago, … met at Weimar … On Monday they tried again, by video. X, Y and Z spoke …")
                    other_time = named_day and story is not None and last.date is not None \
                        and not self._within_week(last.date, story)
                    if not last.virtual and (not last.sideline or mm.parted) and (last.status == mm.status or on_arrival
                                                                                  or called_off_there) \
                            and not other_time \
                            and last.places and mm.sent_start - last_seen[i_last] < 60 and (not mm.flashback or just_before):
                        # on the day a sentence since named ("Ukraine dominated Thursday's opening day. … He
                        # also concluded a pact with X"), else on the day of the meeting before
                        # (before the meeting it names, in its town, not its building: "Vor dem Bürgerdialog hatte
                        # sich die Ministerin im Klinikum … getroffen")
                        # ("Vorab treffen sich die Länderchefs in ihrer Landesvertretung": so told before it in the present)
                        before_it = mm.anchor is not None and mm.anchor[0] == BEFORE or just_before \
                            or mm.earlier and mm.status == "planned"
                        # (not its building when the mention names one: "an der Gedenkmauer" is not the palace)
                        mm.places = unplaced + [p for p in last.places if (not before_it or p.type in ("city", "country"))
                                                and not (unplaced and p.type == "venue")]
                        resolved = story if named_day else last.date
                        self._share(mm, last)
                        if on_arrival and resolved is not None and ref is not None and ref.day \
                                and resolved.value < ref.as_date().isoformat():
                            resolved = None  # a plan on a trip begun days ago: not on the day it began
                        if mm.with_partners and not mm.indefinite and not self._bare_noun(self._doc, mm.triggers[0]):
                            # "In der Vierer-Runde mit X und Y": the round of those just met, joined by X and Y
                            # ("Geplant ist zudem ein Treffen mit X", "Vorgesehen sind zudem Gespräche mit X": a
                            # meeting of its own, with X only)
                            mm.participants.extend(p for p in last.participants if all(p.key != q.key for q in mm.participants))
                            mm.hosts.extend(h for h in last.hosts if all(h.key != q.key for q in mm.hosts))
                    elif other_time and not mm.flashback and mm.date_mention is None:
                        resolved = story  # on the day named since, where it does not say
                        if self._virtual_sentence(self._doc, story_at):
                            mm.virtual = True  # ("On Monday they tried again, this time by video.")
                if meetings and resolved is None and mm.date_mention is None and not mm.places and not mm.virtual \
                        and all(t.kind == "noun" and self._meal_trigger(t) for t in mm.triggers) \
                        and not any(p.type == "person" for p in mm.participants):
                    # "Das Gespräch endete vorzeitig. Ein geplantes gemeinsames Mittagessen wurde abgesagt": a meal
                    # that names no one, nor when or where, right after a meeting, is of those who met, there
                    i_last = _latest(last_seen)
                    last = meetings[i_last]
                    if not last.virtual and not last.sideline and not last.habitual and mm.sent_start - last_seen[i_last] < 60:
                        mm.participants.extend(p for p in last.participants if p.type == "person")
                        mm.places = list(last.places)
                        resolved = last.date
                elif meetings and resolved is None and mm.date_mention is None and not mm.virtual and mm.status == "planned" \
                        and not mm.participants and not mm.hosts and not mm.another \
                        and all(t.kind == "noun" for t in mm.triggers):
                    # "X wird am Donnerstag von Y empfangen. Geplant sind ein Gespräch im Oval Office und ein
                    # gemeinsames Mittagessen": the programme, with no one named, of the visit to come just told
                    i_last = _latest(last_seen)
                    last = meetings[i_last]
                    # (not one elsewhere: "Ein Gegenbesuch in Berlin ist für den Herbst geplant")
                    here = not mm.places or bool(last.places) and self._same_place(last, mm) \
                        or all(p.type == "venue" and p.key not in self.kb.entities for p in mm.places)
                    if last.status == "planned" and not last.virtual and not last.sideline and not last.habitual and here \
                            and mm.sent_start - last_seen[i_last] < 60 and any(p.type == "person" for p in last.participants):
                        mm.participants.extend(p for p in last.participants if p.type == "person")
                        mm.places = mm.places or list(last.places)
                        resolved = last.date
                if meetings and resolved is not None and resolved.precision == "day" and not mm.virtual \
                        and all(t.kind == "noun" and self._meal_trigger(t) for t in mm.triggers) \
                        and not any(p.type == "person" for p in mm.participants):
                    # "Am Abend stand ein gemeinsames Essen im Ratskeller auf dem Programm": a meal that names no
                    # one, later the day of the meeting just told, is of those who met
                    last = meetings[_latest(last_seen)]
                    if last.date is not None and last.date.value == resolved.value and not last.virtual and not last.sideline:
                        mm.participants.extend(p for p in last.participants if p.type == "person")
                if not mm.places and not mm.virtual:
                    # "Poland would host next year's conference": a state that hosts is where it meets (not one that
                    # chairs: "unter dem Vorsitz Großbritanniens und Deutschlands getagt"; nor one of two that invite:
                    # "eine Konferenz, zu der Frankreich und Saudi-Arabien eingeladen haben" is in neither's land)
                    states = [h for h in mm.hosts if h.type == "country" and not self._chairing(h) and not self._inviting(h)]
                    mm.places = states[:1] if len({h.key for h in states}) == 1 else []
                if mm.same_day and not any(p.type == "person" for p in mm.participants) and not mm.hosts and meetings \
                        and not (mm.simultaneous and mm.participants):
                    # "Anschließend sind Gespräche geplant", "Danach folgt ein Mittagessen mit den Delegationen":
                    # those who just met go on to the next thing (not to what others do at the same time: "Parallel
                    # berieten die Fachminister in getrennten Runden")
                    last = meetings[_latest(last_seen)]
                    if not last.habitual and not last.sideline:
                        # (not one the sentence leaves out: "Danach treffen sich die Länderchefs ohne die Kanzlerin")
                        going_on = [p for p in last.participants if p.type == "person" and all(p.key != a.key for a in mm.absent)]
                        if mm.places and last.places and not self._same_place(last, mm):
                            # "… wird sie in Peking X treffen. Anschließend ist ein Besuch in Tokio geplant": to
                            # another town only the travellers go on, not the one they met
                            travellers = {p.key for m in meetings for x in m.mentions if any(t.kind == "travel" for t in x.triggers)
                                          for p in x.participants if p.type == "person"}
                            going_on = [p for p in going_on if p.key in travellers] or going_on
                        mm.participants = going_on + mm.participants
                if meetings and self._the_participants_act(mm):
                    # "… sind in Paris zusammengekommen. Im Anschluss telefonierten die Teilnehmer mit X": those at
                    # the meeting just told
                    last = meetings[_latest(last_seen)]
                    if last.status == mm.status and 0 < mm.sent_start - last_seen[_latest(last_seen)] < 80:
                        mm.participants = mm.participants + [p for p in last.participants if p.type in ("person", "country")
                                                             and all(p.key != q.key for q in mm.participants)]
                if meetings and (agreed := self._agreed_at_the_meeting_before(meetings, last_seen, mm)):
                    # "… sind am Donnerstag in Ulm zusammengekommen. X und sein Amtskollege Y verabredeten eine
                    # gemeinsame Kabinettssitzung im Herbst": those who agreed on it were at the meeting just told
                    last = meetings[_latest(last_seen)]
                    last.participants.extend(p for p in agreed if all(p.key != q.key for q in last.participants))
                # (a talk "there", in the town of a conference one of its persons is at, is on its sidelines: "Auch X war
                # nach München gereist; er traf dort unter anderem Y")
                gathering = self._gathering_there(meetings, mm) if mm.there and not mm.sideline else None
                meetings.append(Meeting([mm], list(mm.places), resolved, mm.status, mm.virtual,
                                        list(mm.participants), list(mm.hosts), list(mm.absent), habitual=mm.habitual,
                                        sideline=mm.sideline or gathering is not None,
                                        beside=host_meeting if mm.sideline else gathering))
                last_seen[len(meetings) - 1] = mm.triggers[0].start
                continue
            if mm.remote and self._video_segment(target, mm):
                # "Danach wurde Präsident X per Video zugeschaltet" at a summit: the link-up is a record of its own,
                # of the summit's groups and those linked in, where and when the summit is
                parts = [p for p in target.participants if p.type == "group"]
                parts += [p for p in mm.participants if all(p.key != q.key for q in parts)]
                meetings.append(Meeting([mm], list(target.places), target.date, target.status, True, parts, [],
                                        list(mm.absent), sideline=True, beside=target))
                last_seen[len(meetings) - 1] = mm.triggers[0].start
                continue
            idx = meetings.index(target)
            last_seen[idx] = mm.triggers[0].start
            target.mentions.append(mm)
            target.habitual = target.habitual and mm.habitual
            # (not where those at it went next: "Die beiden legten anschließend Blumen an einer Gedenkstätte nieder")
            next_step = bool(target.places) and all(t.kind == "context" for t in mm.triggers) \
                and self._doc.sentence_says(mm.sent_start, self._same_day)
            for p in mm.places if not next_step else ():
                if all(p.key != q.key for q in target.places):
                    target.places.append(p)
            arrived = resolve(mm.arrival_day, base, future=mm.status == "planned") if mm.arrival_day is not None else None
            if self._meeting_a_trip_was_for(target, mm, resolved, merged=True):
                # "X flew to Washington on Sunday for a meeting with Y. The two are set to meet on Monday evening":
                # the meeting the journey was for is on its own day, still to come
                target.date, target.status = resolved, mm.status
            elif self._later_on_a_meeting_under_way(target, mm) or self._joins_a_later_day(target, mm, resolved) \
                    or all(t.kind == "context" for t in mm.triggers) and self._next_day_of_a_gathering(target, resolved) \
                    or mm.continued and mm.status == "planned" and target.status == "past":
                pass  # a later day of a meeting of several days is not its first ("Der Gipfel soll am Freitag
                # fortgesetzt werden": the day it goes on)
            elif target.date is None and resolved is not None and resolved.precision == "day" and mm.ending and not mm.multi_day \
                    and (days := max((x.multi_day or 0 for x in target.mentions[:-1]), default=0)) > 1:
                # "… haben sich zu zweitägigen Beratungen getroffen. Zum Abschluss am Freitag …": they began on Thursday
                first = date.fromisoformat(resolved.value) - timedelta(days=days - 1)
                target.date = ResolvedDate(first.isoformat(), "day", resolved.text)
                mm.ended = True
            elif target.date is None and (resolved or inherited or arrived) is not None:
                target.date = resolved or inherited or arrived
            elif resolved is not None and self._own_date(self._doc, mm) and not any(self._own_date(self._doc, x) for x in target.mentions[:-1]):
                target.date = resolved  # a headline dated only by the line above it: the body names the day
            elif mm.multi_day and target.date is not None and target.date.precision == "day" \
                    and any(x.ending and x.date_mention is not None for x in target.mentions[:-1]) \
                    and not any(x.ended for x in target.mentions):
                # "… ist am Freitag zu Ende gegangen. An dem zweitägigen Treffen nahmen …": it began on Thursday
                first = date.fromisoformat(target.date.value) - timedelta(days=mm.multi_day - 1)
                target.date = ResolvedDate(first.isoformat(), "day", target.date.text)
                mm.ended = True  # (shifted once)
            elif (mm.multi_day or mm.began) and resolved is not None and target.date is not None \
                    and resolved.precision == target.date.precision and resolved.value < target.date.value:
                target.date = resolved  # a meeting of several days is dated by its first ("hatten am Montag begonnen")
            elif resolved is not None and target.date is not None and len(resolved.value) > len(target.date.value) \
                    and resolved.value.startswith(target.date.value):
                target.date = resolved  # "reist in dieser Woche … wird sie am Mittwoch … treffen": the finer date
            if mm.status == "planned" and target.status == "past" and any(t.kind != "travel" for t in mm.triggers) \
                    and (all(t.kind == "travel" for x in target.mentions[:-1] for t in x.triggers)
                         or len(target.mentions) == 2 and self._trip_for_talks(target.mentions[0])) \
                    and any(p.type == "person" and all(p.key != q.key for q in target.participants) for p in mm.participants):
                # "X ist in Kiew eingetroffen. Dort will er Y treffen": the journey is over, the meeting it was for
                # is still to come
                target.status = "planned"
            elif mm.status == "planned" and target.status == "past" and target.date is resolved and resolved is not None \
                    and mm.date_mention is not None and lies_ahead(mm.date_mention, ref):
                # "X hat Vertreter aus 50 Staaten zu einer Konferenz eingeladen. Das Treffen soll am 14. Juni
                # stattfinden": the date it now has lies after the story's, so it is still to come
                target.status = "planned"
            elif mm.status == "past" and target.status == "planned" and mm.definite and mm.date_mention is None \
                    and all(x.by_present_tense and x.date_mention is None for x in target.mentions[:-1]) \
                    and all(t.kind == "noun" for t in mm.triggers) \
                    and self.r.planned.isdisjoint(self._doc.lowers[mm.sent_start:mm.sent_end]):
                # "Am Rande der Konferenz trifft sich X mit Y. Das Gespräch dauerte rund eine Stunde": the present with
                # no day told what the past tense after it says was held (not "Das Treffen war lange geplant")
                target.status = "past"
            if mm.status == "cancelled" and target.status == "past" and mm.participants \
                    and all(t.kind == "noun" and t.lemma in self.r.trip_nouns for t in mm.triggers):
                # "… on the sidelines of the General Assembly. X cancelled his trip to New York": the traveller stays
                # away from the meeting held there, which was held
                mm.absent = mm.absent + [p for p in mm.participants if all(p.key != q.key for q in target.participants)]
                mm.participants, mm.status = [], target.status
            if target.status == "planned" and all(t.kind == "context" for t in mm.triggers):
                # "Das Treffen soll am 14. Juni stattfinden. Außenminister X sagte am Freitag in Bern, man erwarte
                # auch Delegationen aus Asien": one who spoke of a meeting to come, on a day before it, is not at it
                mm.participants = [p for p in mm.participants if not self._spoke_before(p, mm, target)]
            for p in mm.participants:
                if all(p.key != q.key for q in target.participants):
                    target.participants.append(p)
            for h in mm.hosts:
                if all(h.key != q.key for q in target.hosts):
                    target.hosts.append(h)
            for a in mm.absent:
                if all(a.key != q.key for q in target.absent + target.hosts):
                    target.absent.append(a)
            target.participants = [p for p in target.participants if all(p.key != a.key for a in target.absent)]
            if mm.status == "cancelled" and not (mm.adjourned and target.status == "past"):
                target.status = "cancelled"
            elif mm.status == "past" and target.status == "cancelled" and all(
                    x.adjourned for x in target.mentions[:-1] if x.status == "cancelled"):
                # "Verhandlungen in Potsdam vertagt" over "Die Verhandlungsrunde ist am Montag ohne Einigung zu Ende
                # gegangen": adjourned after it sat; held (its sequel on a new date is a meeting of its own)
                target.status = "past"
            # (or the body's first account of a meeting only the headline told: "co-host Ukraine summit" over
            # "co-hosted a virtual meeting of the coalition"; not one linked in: "X war per Video zugeschaltet")
            target.virtual = target.virtual or (mm.virtual and all(t.virtual for t in mm.triggers)) or (
                mm.virtual and not mm.remote and all(t.kind != "context" for t in mm.triggers)
                and all(x.sent_start < self._headline_end for x in target.mentions[:-1]))
        for m in meetings:  # "Empfang im Schloss" over "im Schloss Bellevue empfangen": the building by its full name
            m.places = [p for p in m.places if not any(q is not p and self._bare_building_of(p, q) for q in m.places)]
        return meetings

    def _video_segment(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm`` (someone linked in by video) a segment of its own inside the summit ``m``, held in person?
        A summit's link-up is a part of the summit with a record of its own; someone joining a smaller meeting by
        video takes part in it ("joined by video link from Kyiv")."""
        return not m.virtual and not m.sideline and any(p.type == "person" for p in mm.participants) \
            and any(self._summit_noun(t) for x in m.mentions for t in x.triggers)

    def _gathering_there(self, meetings: list[Meeting], mm: MeetingMention) -> Meeting | None:
        """The conference or summit told before in the town of ``mm``, a meeting told "there" (dort, there), that a
        person of ``mm`` is at: the gathering ``mm`` is on the sidelines of, or None."""
        persons = {p.key for p in mm.participants if p.type == "person"}
        # (a talk of two or three persons; not the gathering itself: "Dort kamen die Staats- und Regierungschefs
        # zusammen")
        if not 2 <= len(persons) <= 3 or len(persons) < len(mm.participants) or not mm.places or not self.r.gathering_heads:
            return None
        for m in reversed(meetings):
            theirs = {p.key for p in m.participants}
            # (one of them at it, or a gathering that names no one yet: "The conference in Graz ended on Sunday.
            # X met Y there")
            if m.habitual or m.sideline or m.virtual or m.status != mm.status or not m.places \
                    or not (self._of_many(m) and persons & theirs or not any(p.type == "person" for p in m.participants)):
                continue
            if any(t.kind == "noun" and self._head(t).endswith(self.r.gathering_heads) for x in m.mentions for t in x.triggers) \
                    and self._same_place(m, mm):
                return m
        return None

    def _summit_noun(self, t: Trigger) -> bool:
        return t.kind == "noun" and bool(self.r.summit_nouns) and t.lemma.endswith(self.r.summit_nouns)

    def _told_meeting_was_beside(self, m: Meeting, mm: MeetingMention) -> bool:
        """Does the definite sideline mention ``mm`` ("Das Treffen fand am Rande der Konferenz statt") name ``m`` by
        its own noun (a plain meeting or talk noun, or one ``m`` was told with) and, by its sideline phrase, a
        meeting ``m`` is not (no head of ``m``'s)? Then ``mm`` tells where ``m`` was held, not a talk of its own."""
        doc, heads = self._doc, self._meeting_heads(m)
        beside = self._heads_beside(mm)
        own = {self._head(t) for t in mm.triggers if t.kind == "noun" and not self._sideline_object(doc, t, mm.sent_start)}
        return bool(beside) and bool(own) and beside.isdisjoint(heads) and not m.sideline and not m.virtual \
            and all(h in heads or h in self.r.generic_meeting_nouns for h in own)

    def _sidelined(self, meetings: list[Meeting], last_seen: dict[int, int], main: list[int], mm: MeetingMention) -> int:
        """The meeting a sideline meeting is beside: the last one told with the noun of "am Rande des Treffens"
        (the dinner told just before is not what "the meeting" is); with no such noun told, the story's lead
        meeting, the first told; the latest one when the phrase names none."""
        if not main:
            return 0
        # the meeting its own sentence names before it ("wollen sich am Rande des EU-Gipfels in Brüssel zu einem
        # Gespräch treffen": the summit, whatever was told before)
        # (or after it, the noun the phrase names: "held talks with Y on the sidelines of the G20 summit")
        here = [i for i in main if any(x.sent_start == mm.sent_start and (x.triggers[0].start < mm.triggers[0].start or x.beside)
                                       and all(t.kind == "noun" for t in x.triggers) for x in meetings[i].mentions)]
        if here:
            return max(here, key=lambda i: last_seen[i])
        heads = {self._head(t) for t in mm.triggers if t.kind == "noun"}
        # nouns only: "zu einem Arbeitsessen zusammengekommen" is no "Treffen" for all its verb
        named = [i for i in main if heads & {self._head(t) for x in meetings[i].mentions for t in x.triggers if t.kind == "noun"}]
        if named:
            return max(named, key=lambda i: last_seen[i])
        if heads:
            return min(main)
        return max(main, key=lambda i: last_seen[i])

    def _anchor_meeting(self, meetings: list[Meeting], head: str) -> Meeting | None:
        """The meeting an anchor names ("before the formal session opened"): the last with that head noun, else
        the lead meeting."""
        same = [m for m in meetings if not m.habitual and head in self._meeting_heads(m)]
        return same[-1] if same else next((m for m in meetings if not m.habitual), None)

    def _from_anchor(self, meetings: list[Meeting], anchor: tuple[int, str]) -> ResolvedDate | None:
        """The day ``anchor`` names: days from the last meeting with that head noun (else the lead meeting)."""
        days, head = anchor
        m = self._anchor_meeting(meetings, head)
        if m is None or m.date is None or m.date.precision != "day":
            return None
        day = date.fromisoformat(m.date.value) + timedelta(days=days)
        return ResolvedDate(day.isoformat(), "day", m.date.text)

    def _visit_of(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention,
                  resolved: ResolvedDate) -> Meeting | None:
        """The visit or journey told in the sentences just before (in the same paragraph) that a person of
        ``mm`` is on, if ``mm``'s day can fall in it (the visit's day or the week after): where a meeting with no
        place of its own is. A trip to several places leaves it open."""
        persons = {p.key for p in mm.participants if p.type == "person"}
        for m in self._recent_in_paragraph(meetings, last_seen, mm):
            visit = any(self._journey_trigger(t) for x in m.mentions for t in x.triggers)
            places = {p.key for p in m.places if p.type in ("city", "country")}
            if not visit or m.virtual or m.sideline or not persons & {p.key for p in m.participants} or not places:
                continue
            if not self._one_destination(places):
                # "eine Reise nach Vietnam und Indonesien": which of them, the text does not say (a town in its state,
                # "Besuch in Nordkorea" under the dateline "Pjöngjang", is one destination)
                return None
            # (or a visit dated by its month only, "Anfang nächster Woche", and a day in that month)
            if m.date is None or (m.date.precision == "day" and m.date.value <= resolved.value
                                  and self._within_week(m.date, resolved)) \
                    or m.date.precision == "month" and resolved.value.startswith(m.date.value + "-"):
                return m
        return None

    def _town_of_the_day(self, meetings: list[Meeting], mm: MeetingMention, resolved: ResolvedDate) -> Mention | None:
        """The one town where a person of ``mm`` met in person on ``mm``'s day, told before: where they were. Two
        towns that day (a journey), or none, leave it open."""
        persons = {p.key for p in mm.participants if p.type == "person"}
        towns = {p.key: p for m in meetings if m.date is not None and m.date.precision == "day"
                 and m.date.value == resolved.value and not m.virtual and m.status == mm.status
                 and not persons.isdisjoint(p.key for p in m.participants) for p in m.places if p.type == "city"}
        return next(iter(towns.values())) if len(towns) == 1 else None

    def _recent_in_paragraph(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention):
        """The meetings told before ``mm``, latest first, as long as they were last told in its paragraph and
        within 120 tokens of it."""
        for i in sorted(last_seen, key=lambda i: -last_seen[i]):
            k = bisect_left(self._paragraphs, last_seen[i] + 1)
            if mm.sent_start - last_seen[i] > 120 or (k < len(self._paragraphs) and self._paragraphs[k] <= mm.sent_start):
                return  # too far back, or in a paragraph before
            yield meetings[i]

    def _day_of_visit(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention) -> ResolvedDate | None:
        """The day of the visit told just before (in the same paragraph) that a person of ``mm`` is on, if it has
        one: a meeting of the visit told with a place and no day of its own is on it."""
        persons = {p.key for p in mm.participants if p.type == "person"}
        later: ResolvedDate | None = None  # the day of one of theirs told since, the story's day by then
        for m in self._recent_in_paragraph(meetings, last_seen, mm):
            visit = any(self._journey_trigger(t) or t.lemma in self.r.visit_verbs for x in m.mentions for t in x.triggers)
            # (or, right after a journey of others to a town, a meeting in a building of it: "Zu den Konsultationen
            # sind am Dienstag zahlreiche Minister nach Paris gereist. Kanzler X wurde von Y im Élysée-Palast
            # empfangen" is that day's; not one told in the pluperfect, which came before)
            # (or of any meeting told just before in that town: "Ein Gipfel der EU mit China hat am Donnerstag in
            # Peking begonnen. X und Y wurden von Z in der Großen Halle des Volkes empfangen")
            town_of_it = m.places and mm.places and self._told_just_before(m, mm) \
                and all(any(p.key != c.key and self._contains(c.key, p.key) for c in m.places if c.type == "city")
                        for p in mm.places) \
                and not self._in_the_pluperfect(mm.sent_start, mm.sent_end)
            # (a visit to a region the knowledge base lacks has no place; one elsewhere is another day's)
            if not m.virtual and not m.sideline and m.status == mm.status \
                    and (visit and persons & {p.key for p in m.participants} or town_of_it) \
                    and m.date is not None and m.date.precision == "day" and (not m.places or self._same_place(m, mm)):
                # ("empfing X am Dienstag … Am Mittwoch traf X Y. Zum Abschluss besuchte er Tianjin": not the
                # visit's first day, told before the Wednesday)
                return later if later is not None and later.value > m.date.value else m.date
            if later is None and m.status == mm.status and not m.virtual and persons & {p.key for p in m.participants} \
                    and m.date is not None and m.date.precision == "day":
                later = m.date
        return None

    def _told_as_before(self, meetings: list[Meeting], mm: MeetingMention) -> set[int]:
        """"The Prime Minister welcomed X to Downing Street today. … Earlier in the day, X met Y", "Der
        US-Sondergesandte war zuvor in Paris mit Selenskyj zusammengetroffen": a meeting told by its verb as
        earlier than the story, with someone a meeting told lacks, is not that one (it only shares its day or
        town): the indices of those."""
        if not mm.earlier or mm.definite or not all(t.kind == "verb" for t in mm.triggers):
            return set()
        persons = {p.key for p in mm.participants if p.type == "person"}
        return {i for i, m in enumerate(meetings) if not persons <= {p.key for p in m.participants}}

    def _after_ahead_phrase(self, doc, t: Trigger, s_start: int) -> bool:
        """Does a phrase of "ahead of" stand a few words before the meeting noun, with no punctuation between ("ahead
        of a White House meeting", "im Vorfeld eines Treffens")?"""
        if not self.r.ahead_phrases:
            return False
        before = doc.text[doc.idx[max(s_start, t.start - 6)]:doc.idx[t.start]].lower()
        return any((j := before.rfind(p + " ")) >= 0 and (j == 0 or not before[j - 1].isalnum())
                   and not any(c in before[j:] for c in ",;:") for p in self.r.ahead_phrases)

    def _ahead_of_the_last(self, mm: MeetingMention) -> bool:
        """Does the sentence of ``mm`` open with a phrase of "ahead of" that names no meeting of its own ("Ahead of
        it, he is due to have breakfast with X", "Im Vorfeld traf er Y")? What it tells comes before the meeting
        told: another meeting, whatever day they share."""
        if not self.r.ahead_phrases:
            return False
        doc = self._doc
        lowers = doc.lowers
        for p in self.r.ahead_phrases:
            words = p.split()
            n = len(words)
            k = mm.sent_start + n
            if k < mm.sent_end and lowers[mm.sent_start:k] == words:
                nxt = doc.texts[k]
                return nxt == "," or nxt.islower() and nxt.isalpha() and lowers[k] not in self.r.determiners \
                    and lowers[k] not in self.r.definite_determiners and lowers[k] not in self.r.indefinite_articles \
                    and lowers[k] not in self.r.possessives
        return False

    def _confirms(self, doc, k: int) -> bool:
        """Is the word at ``k`` a verb of confirming ("zugesagt", "bestätigte", "sagte … zu", "confirmed")?"""
        lemma = doc.lemmas[k]
        return lemma in self.r.confirming_verbs or doc.lowers[k] in self.r.confirming_verbs or any(
            lemma == v and self._particle_ends_clause(doc, k, p) for v, p in self.r.confirming_separable)

    def _one_more_item(self, mm: MeetingMention) -> bool:
        """Does ``mm``'s sentence add one more item ("Außerdem will X die Gedenkstätte Yad Vashem besuchen")? With a
        place of its own it is another event, not the details of the one told before."""
        return not self.r.additive_words.isdisjoint(self._doc.lowers[mm.sent_start:mm.sent_end])

    def _onward(self, mm: MeetingMention) -> bool:
        """Is ``mm`` only a journey told as going on ("reist danach weiter nach Indonesien", "travels onward to
        Indonesia")? It goes to the next stop, not to the meeting told before."""
        return all(t.kind == "travel" for t in mm.triggers) \
            and not self.r.onward_words.isdisjoint(self._doc.lowers[mm.sent_start:mm.sent_end])

    def _visitor_of_the_journey(self, out: list[MeetingMention], before: list[MeetingMention], sent_mentions) -> None:
        """A visit that names no one in its sentence ("Für Montag steht ein Besuch in Vilnius auf dem Programm") is
        one more stop of the traveller of the journey told before ("Scholz wird am Sonntag in Warschau erwartet"):
        the visitors of the latest journey or visit told (its guests, not its hosts)."""
        if not out or any(m.type in ("person", "group") for m in sent_mentions) \
                or any(out[0].sent_start <= k < out[0].sent_end for k in self._role_at_token):
            return  # (nor an unnamed one: "Der erste Staatsbesuch eines französischen Präsidenten seit 24 Jahren")
        for mm in out:
            if mm.participants or mm.absent or not all(t.kind == "noun" and self._journey_trigger(t)
                                                       and self._introduced(self._doc, t.start, mm.sent_start)
                                                       and not self._return_visit(t) for t in mm.triggers):
                continue  # (a new stop, "ein Besuch"; "der Staatsbesuch" is the journey itself, told again)
            journey = next((x for x in reversed(before) if x.participants and any(self._journey_trigger(t) for t in x.triggers)), None)
            if journey is not None:
                hosts = {h.key for h in journey.hosts}
                visitors = [p for p in journey.participants if p.key not in hosts and p.type == "person"]
                # (those of the journey's own clause, not the ones met there: "Am Montag fliegt er nach Rom, wo er
                # X und Y treffen wird. … Ein geplanter Besuch in Athen wurde verschoben" is his)
                travel = next((t for t in journey.triggers if t.kind == "travel"), None)
                if travel is not None:
                    a, b = self._clause(self._doc, travel.start, journey.sent_start, journey.sent_end)
                    visitors = [p for p in visitors if p.start < journey.sent_start or a <= p.start < b] or visitors
                mm.participants = visitors

    def _return_visit_parties(self, out: list[MeetingMention], before: list[MeetingMention]) -> None:
        """A return visit ("Merz kündigte einen Gegenbesuch in Wien an", "a return visit to Warsaw") after a
        visit with a host, told with one of those who met: they meet again, the guest of then the host now (one
        that names no one, "Ein Gegenbesuch ist geplant", is left with no one)."""
        for mm in out:
            # (not one called off: "Ein geplanter Gegenbesuch von X in Berlin wurde abgesagt" has its visitor only,
            # as a visit called off has, no one received anyone)
            if mm.hosts or not mm.triggers or not all(t.kind == "noun" and self._return_visit(t) for t in mm.triggers) \
                    or not any(p.type == "person" for p in mm.participants) or mm.status == "cancelled":
                continue
            visit = next((x for x in reversed(before) if x.hosts and not x.sideline and not x.habitual and any(
                p.type == "person" and all(p.key != h.key for h in x.hosts) for p in x.participants)), None)
            if visit is None:
                continue
            hosts = {h.key for h in visit.hosts}
            guests = [p for p in visit.participants if p.type == "person" and p.key not in hosts]
            named = {p.key for p in mm.participants}
            if not named & ({p.key for p in visit.participants} | hosts):
                continue
            for p in visit.participants + visit.hosts:
                if p.type == "person" and all(p.key != q.key for q in mm.participants):
                    mm.participants.append(p)
            mm.hosts = list(guests)

    def _return_visit(self, t: Trigger) -> bool:
        """Is ``t`` a visit in return ("Gegenbesuch", "a return visit")? Its visitor is the one visited before."""
        words = " ".join(self._doc.lowers[max(0, t.start - 1):t.end])
        return any(words.endswith(n) for n in self.r.return_visit_nouns)

    def _sideline_of(self, doc, t: Trigger, clause: tuple[int, int], s_start: int, s_end: int) -> bool:
        """Is a phrase of the sidelines before the trigger or in its clause ("Am Rande des Gipfels trafen sich …", "met
        Y on the sidelines")? One in a later clause of its own is another's: "X attended, as did Y, though the two
        did not meet on the sidelines" attended the main meeting. (Nor is one before a clause of sequence the
        trigger stands in: "X met Y on the sidelines of the conference, hours after he used a speech at the
        gathering to …" names the conference again.)"""
        lowers = doc.lowers
        sequel = any(lowers[k] in self.r.sequence_conjunctions for k in range(clause[0], t.start))
        # (or opening the phrase after its clause's comma, an adjunct of it: "held talks on Wednesday, on the
        # sidelines of the BRICS summit")
        adjunct = clause[1] + 1 if clause[1] + 1 < s_end and doc.texts[clause[1]] == "," else None
        return any(k < t.start and not (sequel and k < clause[0]) or clause[0] <= k < clause[1] or k == adjunct
                   for k in range(s_start, s_end)
                   for p in self._sideline_words if lowers[k] == p[0] and tuple(lowers[k:k + len(p)]) == p)

    def _since_reference(self, mm: MeetingMention) -> bool:
        """Is the meeting noun of ``mm`` the point a span of time is counted from ("das erste Treffen der beiden seit
        dem Gipfel in Brüssel", "since the summit")? Such a meeting lies in the past of the story; it is no lead whose
        details the story goes on to tell."""
        t = mm.triggers[0]
        return t.kind == "noun" and self._preposition_before(self._doc, t.start, mm.sent_start, self.r.window_stops) is not None

    def _counted_from(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm`` the meeting a span is counted from in a sentence that tells ``m`` ("der erste Besuch … in Moldau
        seit dem Besuch von X im Jahr 2012")? The one counted from is another, earlier meeting."""
        return self._since_reference(mm) and any(x.sent_start == mm.sent_start for x in m.mentions)

    def _adverbial_use(self, doc, k: int) -> bool:
        """Is the cue of presence at ``k`` one of ``adverbial_cues`` used as an adverb ("Dabei sei es um den Krieg
        gegangen", "in it")? It tells presence only where its clause ends with it or with whom it names ("X war
        dabei", "Dabei waren auch X und Y"), or right after a person and their verb ("X kündigte dabei … an")."""
        if doc.lowers[k] not in self.r.adverbial_cues:
            return False
        j = k - 2  # (past a party's bracket after the name: "X (SPD) habe dabei …")
        if j > 0 and doc.texts[j] == ")":
            j = next((x - 1 for x in range(j - 1, max(0, j - 4), -1) if doc.texts[x] == "("), j)
        named = self._in_mention.get(j) if j >= 0 else None
        if named is not None and named.type == "person" and doc.past_bracket(named.end) == k - 1 and doc.texts[k - 1].islower():
            return False  # "Ministerin X kündigte dabei … an": a person acting on that occasion was at it
        end = doc.clause_bounds(k, BOUNDARY)[1]
        j = min(end, len(doc)) - 1
        while j > k and (doc.is_punct[j] or doc.is_space[j]):
            j -= 1
        return j > k and not doc.texts[j][:1].isupper()

    def _journey_trigger(self, t: Trigger) -> bool:
        """Does ``t`` tell a journey or visit ("reiste nach", "Staatsbesuch")?"""
        return t.kind == "travel" or t.kind == "noun" and self._head(t) in self.r.visit_nouns

    def _told_on_the_story_day(self, mm: MeetingMention, story_at: int) -> bool:
        """Does the sentence that dated the story (``story_at``) name persons ``mm`` has, as the last sentence to
        name anyone before it ("X und Y unterzeichneten am Donnerstag … Zuvor hatten beide beraten"; not "Das teilte
        das Weiße Haus am Dienstag mit. Zuvor hatten X und Y telefoniert": another's day)?"""
        told = self.group_before(mm.sent_start) if self.group_before else []
        return bool(told) and self._doc.sent_start(told[0].start) == story_at \
            and not {m.key for m in told}.isdisjoint(p.key for p in mm.participants)

    def _day_of_story(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention,
                      story_at: int) -> ResolvedDate | None:
        """The day of the meeting told just before in the paragraph, for a past one told by its verb after it with
        none of its own, no place and a person of it ("Am Montag kamen … zu einem Gipfel zusammen. … Trump, X und Y
        unterzeichneten eine Erklärung"): the story goes on that day (and there: the day gives the place below).
        Not for what the pluperfect tells as before ("hatten … telefoniert"), nor after a sentence that moved the
        story to another day ("Energy dominated Wednesday's opening day": ``story_at``)."""
        if mm.status != "past" or mm.virtual or mm.flashback or mm.earlier or mm.definite \
                or any(t.kind != "verb" for t in mm.triggers) or self._in_the_pluperfect(mm.sent_start, mm.sent_end):
            return None
        persons = {p.key for p in mm.participants if p.type == "person"}
        last = next(self._recent_in_paragraph(meetings, last_seen, mm), None)
        if last is None or last_seen[meetings.index(last)] < story_at or last.status != "past" or last.virtual \
                or last.sideline or last.habitual \
                or last.date is None or last.date.precision != "day" or not persons & {p.key for p in last.participants}:
            return None
        return last.date

    def _talk_of_the_last(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention) -> Meeting | None:
        """The meeting just told, when ``mm`` is its two (or more) persons talking with no place, date or anyone
        else of their own: "X hat mit Y telefoniert. … Die beiden sprachen demnach über …", "X welcomed Y to Beijing
        for two days of talks. The two leaders are expected to sign a series of agreements" tell what they did at
        it (a call after a meeting in person is one of its own; so is a talk told as before it, or as another). A
        place the meeting lacked is where it was ("… empfangen. Die beiden Minister unterzeichneten auf dem Landsitz
        X eine Absichtserklärung")."""
        if mm.date_mention is not None or mm.flashback or mm.another or mm.sideline or not meetings \
                or not all(t.kind == "verb" and t.lemma in self.r.partner_verbs for t in mm.triggers) \
                or any(p.type != "person" for p in mm.participants):
            return None
        persons = {p.key for p in mm.participants}
        i = _latest(last_seen)
        m = meetings[i]
        if len(persons) < 2 or m.sideline or m.habitual or mm.virtual and not m.virtual or mm.places and m.places \
                or not 0 < mm.sent_start - last_seen[i] < 60:
            return None
        return m if {p.key for p in m.participants if p.type == "person"} == persons else None

    def _one_of_the_talks_told(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention) -> Meeting | None:
        """The talks on the sidelines told just before, when ``mm`` names one of them ("Am Rande der
        Generalversammlung führte X eine Reihe bilateraler Gespräche. Unter anderem traf er Y sowie Z"), with the
        persons of those talks among its own: not the conference they were beside."""
        if not mm.instance or mm.date_mention is not None or not meetings:
            return None
        i = _latest(last_seen)
        m = meetings[i]
        persons = {p.key for p in m.participants if p.type == "person"}
        if not m.sideline or m.virtual or not persons or not 0 < mm.sent_start - last_seen[i] < 60:
            return None
        return m if persons <= {p.key for p in mm.participants} else None

    def _without_quoted_labels(self, doc, quote_tokens: set[int], ms: MentionSet) -> set[int]:
        """The quoted tokens, less a few words quoted inside the reporter's own clause as a label of the meeting,
        its partner named right after them ('told reporters he had had "a very good meeting" with X', "habe ein
        „sehr gutes Gespräch“ mit X geführt"): the meeting is told in the reporter's words; and less the name of a
        body or format in lower case, all that is quoted ('the "coalition of the willing" met': the subject)."""
        if not quote_tokens:
            return quote_tokens
        runs: list[list[int]] = []  # [start, end) of each run of quoted tokens
        for k in sorted(quote_tokens):
            if runs and runs[-1][1] == k:
                runs[-1][1] = k + 1
            else:
                runs.append([k, k + 1])

        def outside(k: int, step: int) -> int:
            while 0 <= k < len(doc) and doc.texts[k] in QUOTE_MARKS:
                k += step  # (past the quotation marks)
            return k

        label = {k for a, b in runs if b - a <= 6 and (after := outside(b, 1)) < len(doc) and doc.lowers[after] in self.r.partner_words
                 and (before := outside(a - 1, -1)) >= 0 and doc.texts[before] not in BOUNDARY and doc.texts[before] != ":"
                 for k in range(a, b)}
        for a, b in runs:
            m = ms.at(a)
            if m is not None and m.type == "organization" and m.start == a and m.end == b and doc.texts[a].islower():
                label.update(range(a, b))
        return quote_tokens - label if label else quote_tokens

    def _headline_talk(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``m`` told only in the headline, with persons ``mm`` names none of ("Merz trifft Selenskyj" over the
        body's "am Rande des Treffens der EPG")? The conference named as the talk's setting is not that talk."""
        theirs = {p.key for x in m.mentions for p in x.participants if p.type == "person"}
        return bool(theirs) and all(x.sent_start < self._headline_end for x in m.mentions) \
            and theirs.isdisjoint(p.key for p in mm.participants)

    def _talk_beside(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``m`` two or more persons meeting, told by verbs ("Starmer meets Trump at UN"), and ``mm`` the
        conference on whose sidelines a talk is told ("… on the sidelines of the UN general assembly")? The
        conference is not the talk."""
        return mm.beside and sum(p.type == "person" for p in m.participants) >= 2 and all(
            t.kind == "verb" and t.lemma in self.r.encounter_words for x in m.mentions for t in x.triggers)

    def _reception_beside_a_gathering(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm`` one guest of the gathering ``m`` received by a host who is not at it ("… zur
        Wiederaufbaukonferenz in Berlin eingetroffen … fuhr ins Schloss Bellevue, wo ihn Bundespräsident X empfing")?
        A reception of its own, beside the conference, not the conference."""
        if any(h.role_kind == "host" for h in mm.hosts):
            return False  # ("Gastgeberin X empfing ihn": the gathering's host)
        hosts = {h.key for h in mm.hosts if h.type == "person"}
        guests = {p.key for p in mm.participants if p.type == "person"} - hosts
        there = {p.key for p in m.participants} | {h.key for h in m.hosts}
        return bool(hosts) and len(guests) == 1 and guests <= there and not hosts & there and not m.hosts \
            and self._told_as_gathering(m)

    @staticmethod
    def _where_the_absent_were(meetings: list[Meeting], m: Meeting) -> bool:
        """Is ``m`` what someone absent from a meeting told before did instead ("Statt X nahm Y am Treffen in
        Luxemburg teil. X hielt sich in Kairo auf, wo er Z traf")? It tells where they were; "the meeting" after it
        is the story's."""
        mine = {p.key for p in m.participants if p.type == "person"}
        for o in meetings:
            if o is m:
                return False
            if o.absent and mine & {a.key for a in o.absent}:
                return True
        return False

    def _talk_on_the_sidelines_told(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention) -> Meeting | None:
        """The talk on the sidelines told in the sentence before, when ``mm`` is "the talk" with a building and no
        one new ("Am Rande der Sicherheitskonferenz hat X Y getroffen. Das Gespräch im Hotel Bayerischer Hof dauerte
        eine Stunde"), or with a day and no place ("Bei dem Gespräch am Samstag ging es um …"): the talk's own
        details, not the conference's."""
        if not mm.definite or not mm.triggers or not all(
                t.kind == "noun" and self._head(t) in self.r.generic_meeting_nouns for t in mm.triggers):
            return None
        building = mm.date_mention is None and mm.places and all(p.type == "venue" for p in mm.places)
        day = mm.date_mention is not None and not mm.places
        if not building and not day:
            return None
        i = _latest(last_seen)
        m = meetings[i]
        if not m.sideline or m.virtual or building and any(p.type == "venue" for p in m.places) \
                or not 0 < mm.sent_start - last_seen[i] < 60:
            return None
        if m.beside is not None and not {self._head(t) for t in mm.triggers}.isdisjoint(self._meeting_heads(m.beside)):
            return None  # "Am Rande des Treffens kam X mit Y zusammen. Am Freitag soll das Treffen enden": the meeting
        persons = {p.key for p in m.participants if p.type == "person"}
        if len(persons) < 2 or any(p.key not in persons for p in mm.participants):
            return None
        towns = [p for p in m.places if p.type == "city"]
        if towns and not all(any(self._contains(t.key, v.key) for t in towns) for v in mm.places if v.key in self.kb.entities):
            return None  # (a building of another town is elsewhere)
        return m

    @staticmethod
    def _of_many(m: Meeting) -> bool:
        """Is ``m`` a meeting of three or more parties, of a group or of a format (a conference, a round of ministers):
        what a summit is, and where those who pledge something pledge it?"""
        return len(m.participants) >= 3 or any(p.type in ("group", "organization") for p in m.participants) \
            or any(x.formats for x in m.mentions)  # ("die Ukraine-Kontaktgruppe kam zusammen": a format's round)

    def _salient(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention) -> int | None:
        """The most recently mentioned non-habitual meeting of the last two sentences; not, for a mention of
        something held, one told only as the next of its kind ("…, dessen Land die nächste Konferenz ausrichtet.
        Sommer eröffnete das Treffen …")."""
        done = self._stood_in_past(mm)
        context = all(t.kind == "context" for t in mm.triggers)
        # (nor is a noun of a gathering: "X telefonierte am Vormittag mit Y. Z sagte vor Beginn der Sitzung, …" is
        # the session told before the call; "nach dem Gespräch", "the call" may be the call)
        gathering = all(t.kind == "noun" and self._head(t) not in self.r.generic_meeting_nouns
                        and not self._call_trigger(t) and t.lemma not in self.r.virtual_nouns for t in mm.triggers)
        there = any(self._doc.lowers[t.start] in self.r.there for t in mm.triggers)
        words = set(self._doc.lowers[mm.sent_start:mm.sent_end]) if context and not done else set()
        present_passive = not words.isdisjoint(self.r.present_passive_auxiliaries) and words.isdisjoint(self.r.past_auxiliaries)
        recent = [i for i, pos in last_seen.items() if not meetings[i].habitual and mm.sent_start - pos < 80 and pos <= mm.triggers[0].start
                  # (nor one told as met again: "Both sides agreed to meet again in May. A mediator chaired the talks")
                  and not (mm.status != "planned" and meetings[i].status == "planned" and all(
                      x.another or self._doc.sentence_says(x.sent_start, self._again) for x in meetings[i].mentions))
                  and not (done and meetings[i].status == "planned")
                  and not ((context or gathering) and self._phone_call(meetings[i]))
                  # (nor a journey: "Selenskyj, der eigens nach Berlin gereist war. Teilnehmer waren zudem …" are
                  # the conference's; but "Dort informieren sich …" is at the journey's end)
                  # (a journey into a building is one to a meeting held there: "Am Abend kamen mehrere Regierungschefs
                  # ins Kanzleramt. X war per Video zugeschaltet")
                  and not (context and not there and all(t.kind == "travel" for x in meetings[i].mentions for t in x.triggers)
                           and not any(p.type == "venue" for p in meetings[i].places))
                  and not (mm.status == "past" and mm.definite and all(t.kind == "noun" for t in mm.triggers)
                           and self._ahead(meetings[i]))
                  and not (mm.status == "past" and meetings[i].status == "planned" and self._after_held(mm))
                  # (nor, for what was done, a round still to come: "Sie sollen am Montag fortgesetzt werden. Die
                  # US-Delegation wurde von X geleitet" tells of the talks held)
                  and not (context and mm.status == "past" and not present_passive and meetings[i].status == "planned"
                           and all(x.continued for x in meetings[i].mentions))]
        if present_passive:
            # "Die erste Runde hatte in Abu Dhabi stattgefunden. Die US-Delegation wird von X geleitet": told in the
            # present, of the talks the story is about, not of what came before them
            recent = [i for i in recent if not all(self._in_the_pluperfect(x.sent_start, x.sent_end)
                                                   for x in meetings[i].mentions)] or recent
        # (not the background the story follows on from, when the story's meeting is as recent; nor what a clause
        # dates from it: "X hosted leaders on Sunday, a day after he welcomed Y. The meeting was attended by Z")
        recent = [i for i in recent if not all(x.background or x.days_before_main is not None
                                               for x in meetings[i].mentions)] or recent
        if context and mm.status == "past" and mm.hosts:
            # (nor a meeting someone skipped, for the host of the meeting held: "… left early, skipping a planned
            # meeting with X. Prime Minister Y, the host, said …"; one ill is absent from what was called off)
            recent = [i for i in recent if meetings[i].status != "cancelled"] or recent
        if mm.arrival_day is not None and self._ref is not None:
            # one who arrived on a day arrived for the meeting of that day ("X arrived late on Tuesday" after a
            # dinner on the eve of a summit that opened on Tuesday: the summit)
            day = resolve(mm.arrival_day, self._ref, future=mm.status == "planned")
            if day is not None and day.precision == "day":
                recent = [i for i in recent if meetings[i].date is not None and (
                    meetings[i].date.value == day.value or self._on_a_day_of(meetings[i], day))] or recent
        if self._relative_clause_start(self._doc, mm.triggers[0].start, mm.sent_start, mm.sent_end) is None:
            # (nor a meeting a relative clause of its own sentence tells: "X, who had met Y at Sandringham the day
            # before, also took part" took part in the meeting told before)
            recent = [i for i in recent if not all(
                x.sent_start == mm.sent_start and self._relative_clause_start(
                    self._doc, x.triggers[-1].start, x.sent_start, x.sent_end) is not None
                for x in meetings[i].mentions)] or recent
        if mm.definite and mm.hosts and not mm.sideline:
            # "… held separate talks with Y on the sidelines. Canada's foreign minister, X, chaired the meeting": the
            # one chaired or hosted is the meeting the talks were beside, not the talks, even one told as before them
            # ("Zuvor hatte X an der Arbeitssitzung des Gipfels teilgenommen. Gastgeber Y eröffnete das Treffen"; a
            # session of many on the sidelines may be chaired: "Am Rande berieten Fachleute der Drohnen-Koalition …
            # Die Sitzung leitete X")
            recent = [i for i in recent if not (meetings[i].sideline and not self._of_many(meetings[i]))] or recent
        if mm.definite and any(t.kind == "noun" for t in mm.triggers) and not mm.flashback:
            # (nor, for a meeting named by its noun, what was told as before: "… berieten mit dem Kanzler. Zuvor
            # hatten sich die Länderchefs getroffen. Den Vorsitz der Konferenz hat X" is X at the story's meeting)
            recent = [i for i in recent if not all(x.flashback for x in meetings[i].mentions)] or recent
        if mm.definite and not mm.hosts and any(t.kind == "noun" and self._head(t) in self.r.generic_meeting_nouns
                                                for t in mm.triggers):
            # "X met Y on the sidelines of the Munich Security Conference … Z joined the meeting": "the meeting" is
            # the one met at, not the conference only named as where its sidelines were
            recent = [i for i in recent if not all(x.beside for x in meetings[i].mentions)] or recent
        if any(t.kind == "noun" and self._head(t) in self.r.talk_nouns for t in mm.triggers):
            # "nach dem Gespräch" after a reception told with its host alone: the talk of two told before it
            recent = [i for i in recent if sum(p.type == "person" for p in meetings[i].participants) >= 2] or recent
        if not mm.virtual:
            # (nor a link-up by video told as one's taking part, "X addressed the leaders by video link", for what
            # is said of the meeting after it: "Costa, who chaired the meeting, said …" chaired the summit)
            recent = [i for i in recent if not (meetings[i].virtual and all(
                t.kind == "context" for x in meetings[i].mentions for t in x.triggers))] or recent
        if context and not mm.flashback and self.r.earlier_conjunctions:
            # (one linked in or taking part joins the meeting told, not what came before it in a clause of that
            # meeting's sentence: "Dort kamen sie mit X zusammen, nachdem sie am Vorabend in Y gegessen hatten. Per
            # Telefon wurde Z zugeschaltet"; a sentence of its own that tells what came before is told for itself)
            recent = [i for i in recent if not all(self._told_as_earlier(x) for x in meetings[i].mentions)] or recent
        states = {p.key.split(":", 1)[1] for p in mm.participants if p.type == "country"}
        if context and states:
            # "X wird an dem Treffen nicht teilnehmen, da er zeitgleich beim Shangri-La-Dialog ist. Deutschland wird
            # von Y vertreten": a state taking part is at the meeting its absent person misses, not where they are
            recent = [i for i in recent if any(a.type == "person" and a.country in states for a in meetings[i].absent)] or recent
        persons = {p.key for p in mm.participants if p.type == "person"}
        if context and persons:
            # (nor a meeting told as held apart by others: "Their foreign ministers also met separately. '…,' X told
            # a joint news conference" is X at the summit; nor one told as held by others at the same time: "Parallel
            # trafen sich die Außenminister. Zum Abschluss gaben X und Y eine Pressekonferenz")
            recent = [i for i in recent if not (all(x.apart or x.simultaneous for x in meetings[i].mentions)
                                                 and persons.isdisjoint(p.key for p in meetings[i].participants))] or recent
        # (of a meeting put off to another day, told in one sentence, the one still to come: "… ist auf Freitag
        # verschoben worden. Gastgeber ist X, erwartet werden Y und Z")
        live = mm.status != "cancelled"
        return max(recent, key=lambda i: (last_seen[i], live and meetings[i].status != "cancelled")) if recent else None

    def _intended_of_called_off(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention) -> Meeting | None:
        """The meeting called off in the sentence before, when ``mm`` tells what one of its persons had intended
        there ("Der Besuch von X in Berlin ist verschoben worden. X wollte am Mittwoch Y treffen"): what was
        intended is what was called off."""
        if mm.status != "planned" or not meetings:
            return None
        doc = self._doc
        a, b = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
        # (or a phrase of a plan that did not come true: "X had been due to host Y")
        clause_text = f" {' '.join(doc.lowers[a:b])} "
        if self.r.intention_preterites.isdisjoint(doc.lowers[a:b]) \
                and not any(f" {p} " in clause_text for p in self._unfulfilled_phrases):
            return None
        i = _latest(last_seen)
        m = meetings[i]
        persons = {p.key for p in mm.participants if p.type == "person"}
        # (one of its persons, or any when it named none: "The summit in Riga was postponed. X had been due to host Y")
        theirs = {p.key for p in m.participants if p.type == "person"}
        if m.status != "cancelled" or not 0 < mm.sent_start - last_seen[i] < 60 or theirs and not persons & theirs \
                or not persons or mm.places and m.places and not self._same_place(m, mm):
            return None
        return m

    def _told_as_earlier(self, x: MeetingMention) -> bool:
        """Is ``x`` told in a clause of what came first ("…, nachdem sie am Vorabend gegessen hatten") after a
        main clause?"""
        doc = self._doc
        a, _ = self._clause(doc, x.triggers[0].start, x.sent_start, x.sent_end)
        return a > x.sent_start and doc.lowers[a] in self.r.earlier_conjunctions

    def _after_held(self, mm: MeetingMention) -> bool:
        """Is a meeting noun of ``mm`` after a preposition of "after" ("X sagte nach dem Gespräch, …")? Told as
        past, it is a meeting held, not one still to come."""
        return any(t.kind == "noun" and (k := self._sequence_preposition(self._doc, t, mm.sent_start)) is not None
                   and self._doc.lowers[k] in self.r.after_prepositions for t in mm.triggers)

    def _ahead(self, m: Meeting) -> bool:
        """Is ``m`` planned for a month after the article's ("will host the next round in Budapest in June", written
        in March)? What the text tells as past ("X said after the opening session") is not at it."""
        ref = self._ref
        return m.status == "planned" and m.date is not None and ref is not None \
            and m.date.value[:7] > ref.as_date().isoformat()[:7]

    def _shared_noun(self, mm: MeetingMention) -> bool:
        """Is ``mm`` told by a noun with an adjective that says it is shared ("ein gemeinsames Abendessen", "a
        joint dinner") and with no person of its own? Those of the meeting it follows on from share it."""
        if any(p.type == "person" for p in mm.participants) or not self.r.joint_adjectives:
            return False
        lemmas = self._doc.lemmas
        return any(t.kind == "noun" and any(lemmas[k] in self.r.joint_adjectives for k in range(max(mm.sent_start, t.start - 2), t.start))
                   for t in mm.triggers)

    def _share(self, mm: MeetingMention, last: Meeting) -> None:
        """A shared meeting with no one of its own ("Am Abend stand ein gemeinsames Abendessen auf dem Programm")
        has the persons of ``last``, the meeting it follows on from."""
        if self._shared_noun(mm):
            mm.participants.extend(p for p in last.participants if p.type == "person" and all(p.key != q.key for q in mm.participants))

    def _meal(self, m: Meeting) -> bool:
        """Was ``m`` told only as a meal ("zu Mittag gegessen", "Abendessen")? Talks told later are not it."""
        return all(self._meal_trigger(t) for x in m.mentions for t in x.triggers)

    def _meal_noun(self, m: Meeting) -> bool:
        """Was ``m`` named only as a meal, whatever verb told it ("attended a dinner with leaders")?"""
        nouns = [t for x in m.mentions for t in x.triggers if t.kind == "noun"]
        return bool(nouns) and all(self._meal_trigger(t) for t in nouns)

    def _meal_trigger(self, t: Trigger) -> bool:
        return t.lemma in self.r.meal_nouns or self._doc.lowers[t.start] in self.r.meal_nouns

    def _phone_call(self, m: Meeting) -> bool:
        """Was ``m`` told only as a phone call? Its parties are those its clause names."""
        return m.virtual and all(self._call_trigger(t) for x in m.mentions for t in x.triggers)

    def _call_trigger(self, t: Trigger) -> bool:
        """Is ``t`` a word of a phone call ("telefonierte", "Telefonat", "phoned"), or a verb with one in its clause
        ("spoke by phone", "sprach am Montag telefonisch")?"""
        doc = self._doc
        if t.lemma in self.r.call_words or doc.lowers[t.start] in self.r.call_words:
            return True
        if t.kind != "verb":
            return False
        a, b = doc.clause_bounds(t.start, BOUNDARY)
        return not self.r.call_words.isdisjoint(doc.lowers[a:b])

    def _stood_in_past(self, mm: MeetingMention) -> bool:
        """Is ``mm`` a sentence with no meeting word telling, in a past tense, who stood in for whom ("X hatte
        abgesagt und war durch Y vertreten worden")? That was at a meeting held, not at one to come."""
        if mm.status != "past" or not all(t.kind == "context" for t in mm.triggers):
            return False
        doc = self._doc
        words = set(doc.lowers[mm.sent_start:mm.sent_end])
        if not words.isdisjoint(self.r.past_auxiliaries) and not words.isdisjoint(
                self.r.representation | self.r.represented_by | self.r.stands_in):
            return True
        # (or the cue itself is a verb in the simple past: "Ungarns Regierungschef X blockierte eine Erklärung")
        cue = mm.triggers[0].start
        return bool(self.r.past_endings) and doc.texts[cue].islower() and doc.lowers[cue].endswith(self.r.past_endings) \
            and doc.lemmas[cue] != doc.lowers[cue]

    def _kind_told_elsewhere(self, m: Meeting, heads: set[str]) -> bool:
        """Was a meeting other than ``m`` told with one of the head nouns ``heads``?"""
        return any(o is not m and not heads.isdisjoint(self._meeting_heads(o)) for o in self._merged)

    def _meeting_heads(self, m: Meeting) -> set[str]:
        """The head nouns a meeting was told with, and those its verbs name ("berieten" -> beratung): what a
        later "bei den Beratungen" can refer back to."""
        heads = set()
        for x in m.mentions:
            for t in x.triggers:
                if t.kind == "noun":
                    heads.add(self._head(t))
                elif t.kind == "verb":
                    heads.update(self.r.verb_nouns.get(t.lemma, ()))
        return heads

    def _told_again_just_before(self, m: Meeting, mm: MeetingMention) -> bool:
        """Was ``m`` told again, after the sentence that first told it, in the sentence right before ``mm``?"""
        prev = self._doc.sent_start(mm.sent_start - 1) if mm.sent_start > 0 else -1
        first = m.mentions[0].sent_start
        return any(x.sent_start == prev and x.sent_start != first for x in m.mentions)

    def _names_the_sideline_meeting(self, m: Meeting, heads: set[str]) -> bool:
        """Does a noun of ``heads`` name the meeting ``m`` on the sidelines and not the one it was beside ("Am Rande
        der Sicherheitskonferenz trafen sich die Außenminister. … nahm an dem Treffen teil")? Then it refers to it."""
        beside = m.beside
        if beside is not None and heads & self._meeting_heads(beside):
            return False
        # (not the noun of the phrase of the sidelines itself: "Gespräch am Rande des Gipfels" is no summit)
        own = set()
        for x in m.mentions:
            for t in x.triggers:
                if t.kind == "noun" and not self._sideline_object(self._doc, t, x.sent_start):
                    own.add(self._head(t))
                elif t.kind == "verb":
                    own.update(self.r.verb_nouns.get(t.lemma, ()))
        return bool(heads & own)

    def _head(self, t: Trigger) -> str:
        """The head of a meeting noun: Sicherheitskonferenz -> konferenz, Gipfeltreffen -> treffen."""
        head = self._heads.get(t.lemma)
        if head is None:
            noun = self.r.noun_abbreviations.get(t.lemma, t.lemma)  # ("MPK": the Ministerpräsidentenkonferenz's head)
            head = self._heads[t.lemma] = self._compound_heads.longest(noun) or noun
        return head

    def _joining_the_meeting_told(self, mm: MeetingMention) -> bool:
        """Does ``mm`` tell persons taking part in a plain meeting noun with its article ("Später nahmen auch X und Y
        an dem Treffen teil", "The meeting was later joined by X")? "Später" then orders the joining, not a meeting
        after the one told (unlike "Im Anschluss nimmt X an der Ministerratstagung teil", a meeting not told yet)."""
        nouns = [t for t in mm.triggers if t.kind == "noun"]
        return mm.definite and bool(nouns) and all(self._head(t) in self.r.generic_meeting_nouns for t in nouns) \
            and any(t.kind == "verb" and t.lemma in self.r.participation_verbs for t in mm.triggers)

    def _target(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention, resolved: ResolvedDate | None) -> Meeting | None:
        if mm.call_parted is not None and mm.virtual:
            return None  # "They held talks with X and spoke by phone with Y": a call of its own, not the talks
        if mm.continued and not mm.places and not (mm.status == "planned" and resolved is not None and resolved.precision != "day"):
            # "Am Samstag setzen die Minister ihre Gespräche fort": the meeting of that name, else the story's (not
            # talks to go on in a month named, "will die Gespräche im Dezember fortsetzen": a later round)
            heads = {self._head(t) for t in mm.triggers if t.kind == "noun"}
            named = [m for m in meetings if not m.sideline and not m.habitual and heads & self._meeting_heads(m)]
            lead = next((m for m in meetings if not m.sideline and not m.habitual), None)
            found = named[-1] if named else lead
            # (not talks told to have ended, to go on on a later day: "… sind am Sonntag ohne Ergebnis zu Ende
            # gegangen. Sie sollen am kommenden Montag fortgesetzt werden" is a round to come)
            ended = found is not None and mm.status == "planned" and resolved is not None and found.status == "past" \
                and any(x.ending for x in found.mentions) and (found.date is None or found.date.value < resolved.value)
            if found is not None:
                return None if ended else found
        if mm.after_sequence and not mm.continued and not self._joining_the_meeting_told(mm) and not any(
                {self._head(t) for t in mm.triggers if t.kind == "noun"} & self._meeting_heads(m) for m in meetings):
            # "X traf Y in Paris. Im Anschluss nimmt X an der OECD-Ministerratstagung teil": the next event, one
            # not named before, is a meeting of its own (where the day before was, unless it says)
            mm.sequel = True
        if mm.anchor is not None and isinstance(mm.anchor[0], int) and mm.anchor[0] >= 0 and not mm.sequel and not mm.apart and all(
                t.kind == "verb" and t.lemma in self.r.participation_verbs for t in mm.triggers):
            # "X nahm am zweiten Konferenztag teil": taking part on a day of the conference is taking part in it
            anchored = self._anchor_meeting(meetings, mm.anchor[1])
            if anchored is not None and not anchored.sideline and mm.anchor[1] in self._meeting_heads(anchored):
                return anchored
        if mm.anchor is not None and not mm.sequel and not mm.apart:
            # (but a heading line's talk of its persons is it: "Vance trifft Selenskyj" over "Am zweiten Tag der
            # Sicherheitskonferenz ist Vance mit Selenskyj zusammengekommen")
            headed = self._told_in_headline(self._doc, meetings, mm) if not mm.another else None
            if headed is not None and any(p.type == "person" for p in headed.participants):
                headed.status = mm.status
                return headed
        if mm.anchor is not None and not self._dated_apart_from_its_anchor(mm) or mm.sequel or mm.apart:
            # dated by another meeting ("the day before the conference", "ahead of the summit"), or told as the
            # next thing someone did ("… and then signed an agreement with X"): not a meeting told before
            return None
        if mm.unheld:
            # "Eigentlich hätte der Besuch schon im Sommer stattfinden sollen": not the visit held, one called off
            found = self._find_target(meetings, last_seen, mm, resolved)
            if found is not None and found.status != "past":
                return found
            heads = {self._head(t) for t in mm.triggers if t.kind == "noun"}
            told = [x for m in meetings for x in m.mentions if x.sent_start < mm.sent_start and heads & {
                self._head(t) for t in x.triggers if t.kind == "noun"}] if mm.definite and not mm.participants else []
            if told:
                # "Der Staatsbesuch X' in Deutschland … Eigentlich hätte der Besuch schon im Sommer stattfinden
                # sollen": the visit of that noun told before, whose visitor and state the plan had too
                last = max(told, key=lambda x: x.sent_start)
                mm.participants = [p for p in last.participants if p.type != "group"]
                mm.places = mm.places or [p for p in last.places if p.type == "country"]
            return None
        if mm.another and mm.indefinite:
            self._parties_of_the_last_round(meetings, mm)
            return None  # "Ein weiteres Treffen ist in Planung": a meeting not told before
        if mm.another:
            # "Der nächste reguläre Gipfel ist für Dezember geplant": only a meeting also to come can be it (not
            # one told as the background of another: "Gastgeber sind X und Y, das die nächste Konferenz ausrichtet")
            found = self._find_target(meetings, last_seen, mm, resolved)
            if found is not None and found.status == "planned" and not mm.background:
                return found
            self._parties_of_the_last_round(meetings, mm)
            return None
        found = self._find_target(meetings, last_seen, mm, resolved)
        if found is not None and self._also_a_talk_with_one_of_it(found, mm):
            return None
        if found is not None and found.sideline and self._names_what_it_was_beside(found, mm):
            # "Am Rande des G20-Gipfels ist X mit Y zusammengetroffen. Zuvor hatte X an der ersten Arbeitssitzung
            # des Gipfels teilgenommen": the summit, not the talk on its sidelines
            return found.beside
        if found is not None and mm.flashback and mm.date_mention is not None and found.date is None \
                and any(x.began for x in found.mentions):
            # "In Belém hat die Klimakonferenz begonnen. … X hatte bereits vergangene Woche am Gipfel teilgenommen": told
            # in the pluperfect with a day of its own, before the meeting that begins now, another meeting
            return None
        if found is not None and mm.previous and found.status != "past":
            return None  # "At their last summit, …" in a story of one to come: the one before it
        if found is not None and found.date is not None and self._in_another_year(mm):
            return None  # "X is expected to visit China early next year": not the visit of this week told before
        if found is not None and self._years_apart(found, mm):
            return None  # "Vor einem Jahr trafen sich die Minister auf Capri. In diesem Jahr fand das Treffen in X statt"
        return found

    def _names_what_it_was_beside(self, m: Meeting, mm: MeetingMention) -> bool:
        """Does ``mm`` (no sideline mention) name with a noun of its own the meeting whose sidelines the sideline meeting
        ``m`` was on, by the head of the noun its sideline phrase named ("am Rande des G20-Gipfels" … "an der
        Arbeitssitzung des Gipfels")?"""
        if mm.sideline:
            return False
        beside = {h for x in m.mentions if x.sideline for h in self._heads_beside(x)}
        return any(t.kind == "noun" and self._head(t) in beside for t in mm.triggers)

    def _heads_beside(self, x: MeetingMention) -> set[str]:
        """The heads of the nouns ``x``'s sideline phrase names ("am Rande des G20-Gipfels": gipfel)."""
        return {self._head(t) for t in x.triggers if self._sideline_object(self._doc, t, x.sent_start)}

    def _previous_one(self, doc, t: Trigger, s_start: int) -> bool:
        """Does a word of the one before stand over ``t``'s adjectives and names ("their last summit", "beim letzten
        Nato-Gipfel"), not before a span ("last week's summit", "letzte Woche")?"""
        for k in range(t.start - 1, max(s_start, t.start - 4) - 1, -1):
            if doc.lowers[k] in self.r.previous_words:
                return k + 1 < len(doc) and doc.lowers[k + 1] not in self.r.time_nouns
            if doc.is_punct[k] and doc.texts[k] not in ("-", "‐") or doc.lowers[k] in self.r.determiners:
                return False
        return False

    def _met_the_partners(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention,
                          found: Meeting) -> Meeting | None:
        """The meeting told before with the persons a definite noun names as partners ("sagte nach dem Gespräch mit
        X"), when the last meeting of that noun did not have them: "Dort kommt er mit X zusammen. Anschließend reist
        er nach Vilnius, wo ein Gespräch mit Y geplant ist. … sagte er nach dem Gespräch mit X" is the talk with X."""
        if not (mm.definite and mm.with_partners):
            return None
        first = min(t.start for t in mm.triggers)
        partners = {p.key for p in mm.participants if p.type == "person" and p.start > first}
        if not partners or partners <= {p.key for p in found.participants}:
            return None
        had = [i for i, m in enumerate(meetings) if not m.habitual and not m.sideline
               and partners <= {p.key for p in m.participants}]
        return meetings[max(had, key=lambda i: last_seen[i])] if had else None

    def _parties_of_the_last_round(self, meetings: list[Meeting], mm: MeetingMention) -> None:
        """A round to come that names no one ("Eine weitere Runde ist für Anfang März geplant", "The next round of
        talks is expected in March") is one more round of the talks told: between the same states and organisations
        (not their hosts or mediators, nor the persons, who may change)."""
        if mm.participants or mm.status != "planned" or not mm.triggers \
                or not all(t.kind == "noun" and self._head(t) in self.r.round_nouns for t in mm.triggers):
            return
        # (the latest round told with its parties: "Am Samstag hatten sich beide Seiten getroffen" names persons)
        for talks in reversed(meetings):
            if talks.sideline or talks.habitual or talks.status != "past":
                continue
            hosts = {h.key for h in talks.hosts}
            parties = [p for p in talks.participants if p.type in ("country", "organization") and p.key not in hosts]
            if len(parties) >= 2:
                mm.participants = parties
                return

    @staticmethod
    def _in_another_year(mm: MeetingMention) -> bool:
        """Is ``mm`` dated only by a year before or after the article's ("im kommenden Jahr", "last summer")? No
        meeting of a day or month of the story is it."""
        d = mm.date_mention
        return d is not None and d.kind == "relative" and d.precision == "years" and bool(d.offset)

    @staticmethod
    def _years_apart(found: Meeting, mm: MeetingMention) -> bool:
        """Are ``found`` and ``mm`` each dated only by a year, and by different years ("vor einem Jahr", "in diesem
        Jahr")? A meeting held every year is told again, but the one of another year is another."""
        d = mm.date_mention
        if d is None or d.kind != "relative" or d.precision != "years":
            return False
        years = {x.date_mention.offset // 365 for x in found.mentions if x.date_mention is not None
                 and x.date_mention.kind == "relative" and x.date_mention.precision == "years"}
        return bool(years) and d.offset // 365 not in years

    @staticmethod
    def _beside_index(meetings: list[Meeting], last_seen: dict[int, int], i: int) -> int:
        """The index of the meeting the talk on the sidelines ``meetings[i]`` was beside; else of the latest meeting
        told that is neither on the sidelines nor habitual; else ``i``."""
        beside = meetings[i].beside  # (by identity: meetings compare by their fields)
        at = next((j for j, m in enumerate(meetings) if m is beside), None)
        if at is not None:
            return at
        main = [j for j in last_seen if not meetings[j].sideline and not meetings[j].habitual]
        return max(main, key=lambda j: last_seen[j]) if main else i

    def _find_target(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention,
                     resolved: ResolvedDate | None) -> Meeting | None:
        """The meeting told before that ``mm`` tells again, if any; never one of another clock time of a schedule
        ("09.00 Uhr: Besuch …", "19.00 Uhr: Abendessen mit X": two items of the day)."""
        found = self._target_of(meetings, last_seen, mm, resolved)
        # (a live blog's entries, each stamped with its time, may well tell one meeting)
        if found is not None and mm.sent_start in self._items and self._another_hour(found, mm):
            return None
        return found

    def _another_hour(self, m: Meeting, mm: MeetingMention) -> bool:
        """Does ``mm``'s line name a clock time other than one of ``m``'s mentions ("10.00 Uhr: Begrüßung …",
        "19.30 Uhr: Staatsbankett …")? Two items of the day."""
        mine = self._clocks.get(mm.sent_start)
        return bool(mine) and any(self._clocks.get(x.sent_start, mine) != mine for x in m.mentions)

    def _target_of(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention,
                   resolved: ResolvedDate | None) -> Meeting | None:
        headline = self._told_in_headline(self._doc, meetings, mm) if not mm.another else None
        if headline is not None:
            headline.status = mm.status
            return headline
        if mm.gathered_of is not None:
            # "Am Abend sprach X vor den Konferenzteilnehmern" after talks on the conference's sidelines: the
            # conference, the latest meeting of that kind
            kind = [i for i in last_seen if not meetings[i].habitual
                    and any(h.endswith(mm.gathered_of) for h in self._meeting_heads(meetings[i]))]
            if kind:
                return meetings[max(kind, key=last_seen.__getitem__)]
        talked = self._talk_of_the_last(meetings, last_seen, mm)
        if talked is not None:
            return talked
        intended = self._intended_of_called_off(meetings, last_seen, mm)
        if intended is not None:
            return intended
        if meetings and self._meeting_a_trip_was_for(meetings[_latest(last_seen)], mm, resolved):
            return meetings[_latest(last_seen)]
        if not mm.places and mm.date_mention is None and mm.hosts and all(
                p.type == "group" or any(p.key == h.key for h in mm.hosts) for p in mm.participants) \
                and not (mm.indefinite and any(t.kind == "noun" and self._meal_trigger(t) for t in mm.triggers)):
            # (not a meal the host gives, an event of its own: "gab Macron ein Abendessen zu Ehren seines Gastes")
            # "Hosts X and Y welcomed each delegation": hosts receiving the meeting's delegations, with no place
            # or date of their own, are at the meeting told about
            i = self._salient(meetings, last_seen, mm)
            # (a noun of no meal names the talks, not a meal told last: "X war zu einem Mittagessen eingeladen. Y
            # leitete die Sitzung")
            i = self._talks_rather_than_a_meal(meetings, last_seen, i, {self._head(t) for t in mm.triggers if t.kind == "noun"})
            if i is not None and meetings[i].status == mm.status:
                return meetings[i]
        if not mm.places and mm.date_mention is None and all(t.kind == "verb" for t in mm.triggers) and (
                mm.hosts or all(t.lemma in self.r.host_verbs for t in mm.triggers)):
            # "… zum Bürgerdialog mit Ministerin X gekommen. Begrüßt wurde die SPD-Politikerin von Oberbürgermeister
            # Y": a host greeting the guest of the meeting just told greets them at it; so does no one named ("X
            # empfängt am Freitag Y in Riga. Y wird um 12 Uhr mit militärischen Ehren begrüßt")
            hosts = {h.key for h in mm.hosts}
            guests = [p for p in mm.participants if p.type == "person" and p.key not in hosts]
            i = _latest(last_seen)
            m = meetings[i]
            # (a guest is there as a person or as the state the meeting was told to have: "Die Außenminister
            # Deutschlands, Frankreichs und Polens kamen in Paris zusammen. Gastgeber X begrüßte seine Amtskollegen
            # Y und Z"), or as a holder of the office whose holders the meeting was told to have ("Die
            # Verteidigungsminister der nordischen Staaten trafen sich in Tallinn. Gastgeber X begrüßte Y und Z")
            there = {p.key for p in m.participants}
            # (not one told as before it: "Zuvor war X von Präsident Z empfangen worden" is a reception of its own)
            # (or the host of a meeting told with an unnamed group, greeting persons: "X hosted European leaders at
            # Lancaster House … The prime minister welcomed Y, Z and W")
            # (or by one called its host, when it had none, greeting some of the group: "Zahlreiche Regierungschefs sind
            # nach Kiew gereist. Gastgeber X empfing unter anderem Y und Z"; not persons of another office, named as
            # all there were: "Die Verteidigungsminister … Gastgeberin X begrüßte Y und den Außenminister Z")
            # (a meeting of a named format counts as one of its group: "… an einem Treffen der Koalition der Willigen
            # teilgenommen. Gastgeber X empfing unter anderem Y und Z")
            group_hosted = (any(p.type == "group" for p in m.participants) or any(x.formats for x in m.mentions)) and bool(hosts) and (
                hosts <= {h.key for h in m.hosts} or not m.hosts and all(h.role_kind == "host" for h in mm.hosts)
                and self._doc.sentence_says(mm.sent_start, self._some_of_them))
            # (or one greeting states, none of them persons, after a meeting of a group: "Die Ministerpräsidenten
            # der nordischen Länder kamen in Stockholm zusammen. Schwedens Regierungschef X begrüßte seine
            # Amtskollegen aus Dänemark, Norwegen und Finnland")
            states_of_the_group = not guests and bool(hosts) and any(p.type == "group" for p in m.participants) \
                and any(p.type == "country" for p in mm.participants)
            # (or one greeted by no one named, after a meeting whose host received a group: "X empfing die Staats- und
            # Regierungschefs. Präsident Y wurde mit großem Applaus begrüßt")
            greeted_there = not hosts and bool(m.hosts) and any(p.type == "group" for p in m.participants)
            if (guests and (all(p.key in there or p.country and f"country:{p.country}" in there for p in guests)
                            or self._holders_of_the_office(m, mm) or group_hosted or greeted_there) or states_of_the_group) \
                    and not mm.before_that and m.status == mm.status and not m.virtual \
                    and not m.sideline and not m.habitual and 0 < mm.sent_start - last_seen[i] < 80:
                return m
        if mm.bare:
            # "der Konferenz" refers to the last "Sicherheitskonferenz": same head noun first, then salience
            heads = {self._head(t) for t in mm.triggers if t.kind == "noun"}
            if heads and heads <= self.r.generic_meeting_nouns:
                # "…, wo sie mit X zusammenkommen soll. Y wird nicht an dem Gespräch teilnehmen": a plain noun
                # right after a meeting told by its verb refers to it, before an older meeting of that noun
                last = _latest(last_seen)
                here = {p.key for p in mm.participants if p.type == "person"}
                had: list[int] = []
                # (nor a visit of one alone, for a noun of meeting someone: "X kam mit Y zusammen. Danach besuchte X
                # eine Schule. … sagte X nach dem Treffen" is the meeting with Y)
                # (nor a visit of a place by those who just met: "X empfing Y. Anschließend besuchten beide ein
                # Unternehmen. X sagte nach dem Treffen …" is the reception)
                alone = heads.isdisjoint(self.r.visit_nouns) and (
                    len(meetings[last].participants) == 1 or self._visit_of_those_met(meetings, last_seen, last))
                if here and (alone or not here <= {p.key for p in meetings[last].participants}) and last_seen[last] < mm.sent_start:
                    # (the one its persons were at: "X traf Y. Anschließend wurde X von Z empfangen. Y sagte nach dem
                    # Treffen, …" speaks of the meeting with X, not of Z's reception; not when the last was told in
                    # this sentence, whose persons may be that one's: "joined a call with X and Y after the meeting")
                    # (or all of them: "X wurde von Y empfangen. Am Nachmittag traf X Vertreter der Gemeinde. Es war
                    # das dritte Treffen der beiden Minister" is the reception, where both were)
                    had = [j for j in last_seen if here <= {p.key for p in meetings[j].participants}
                           and len(meetings[j].participants) > 1 and not (alone and self._visit_of_those_met(meetings, last_seen, j))]
                    last = max(had, key=last_seen.__getitem__) if had else last
                m = meetings[last]
                # (not a meeting told as what came before: "Zuvor hatte X in Genf mit Y verhandelt. Z sagte, das
                # Treffen sei konstruktiv gewesen" is the story's meeting, the salient one below; "The two last met
                # in Athens in February. X said after the talks …" too; nor one a clause dates from the story's: "X
                # hosted leaders on Sunday, a day after he welcomed Y. The meeting was attended by Z")
                # (nor one still to come when the noun's was held: "Am Mittwoch will X in Riga mit Z zusammenkommen.
                # X sagte nach dem Gespräch, …" is the talk held before)
                # (the one of its persons whatever its words: "X empfing Y. Y war zu einem Besuch nach Berlin gekommen.
                # Anschließend traf Y Z. X sagte nach dem Treffen, …")
                if 0 < mm.sent_start - last_seen[last] < 80 and not m.habitual and not m.sideline and (had or all(
                        t.kind in ("verb", "travel") for x in m.mentions for t in x.triggers)) \
                        and not self._where_the_absent_were(meetings, m) \
                        and not (all(x.flashback or x.background or x.days_before_main is not None for x in m.mentions)
                                 and len(meetings) > 1) \
                        and ({mm.status, m.status} != {"past", "planned"} or self._present_of_one_under_way(m, mm)):
                    return m
            # (one on the sidelines too when the noun points at it: "Hegseth skipped that session")
            pointing = any(self._doc.lowers[k] in self.r.pointing_determiners
                           for x in mm.triggers if x.kind == "noun" for k in range(max(mm.sent_start, x.start - 2), x.start))
            same_head = [i for i, m in enumerate(meetings) if not m.habitual and (not m.sideline or pointing)
                         and heads & self._meeting_heads(m)]
            # (not one told as what came before, when the story's own has the noun: "… setzten ihre Gespräche in Genf
            # fort. Am Vorabend hatte X bereits mit Y gesprochen. Ein Sprecher sagte, die Gespräche seien sachlich")
            # (and only told as what came before, the story's meeting below: "… empfangen. Zuvor hatte X Y allein
            # getroffen. Nach dem Treffen sagte Z …")
            same_head = [i for i in same_head if not all(x.flashback for x in meetings[i].mentions)]
            # (nor what one absent did instead, when the story's meeting has the noun too)
            same_head = [i for i in same_head if not self._where_the_absent_were(meetings, meetings[i])] or same_head
            if same_head:
                found = meetings[max(same_head, key=lambda i: last_seen[i])]
                return self._met_the_partners(meetings, last_seen, mm, found) or found
            i = self._salient(meetings, last_seen, mm)
            if i is not None and mm.definite and any(self._summit_noun(t) for t in mm.triggers) and not self._of_many(meetings[i]):
                # "told reporters after the summit" after a welcome of one guest: the meeting of many told before
                many = [j for j in last_seen if self._of_many(meetings[j]) and not meetings[j].habitual and not meetings[j].sideline]
                i = max(many, key=lambda j: last_seen[j]) if many else i
            if i is not None and (heads and mm.definite or self._joins_on_another_day(meetings[i], mm)) \
                    and all(x.flashback for x in meetings[i].mentions):
                # (so does one joining on a day of its own: "Bereits am Sonntag hatten X und Y verhandelt. Am
                # Montagabend kamen dann Z hinzu" joins the story's meeting, not Sunday's)
                # a meeting told as what came before ("Zuvor hatten Unterhändler verhandelt. X sagte nach dem
                # Treffen …") is the story's background: "the meeting" is the one told before it
                i = next((j for j in sorted(last_seen, key=lambda j: -last_seen[j]) if not meetings[j].habitual
                          and not meetings[j].sideline and not all(x.flashback for x in meetings[j].mentions)), i)
            if i is not None and meetings[i].sideline and self._main_noun(mm):
                # "Trump met X on the sidelines. X was not invited to the main session": the meeting the talk was beside
                i = self._beside_index(meetings, last_seen, i)
            # (a meal however told, for a noun that is not a plain one: "attended a dinner with leaders but was not
            # invited to the main session"; "called the visit …" at a banquet is that banquet's)
            # "nach Abschluss der Beratungen" after the lunch of a summit's first day: the summit's talks
            i = self._talks_rather_than_a_meal(meetings, last_seen, i, heads)
            sideline_persons = {p.key for p in meetings[i].participants if p.type == "person"} if i is not None else set()
            persons_here = [p.key for p in mm.participants + mm.absent if p.type == "person"]
            # (not one with a host of its own, whose guests are told: "Am Rande der Konferenz trafen sich die
            # Außenminister der G7. Gastgeber war X. … Y ließ sich vertreten" is absent from that meeting)
            # (not those said to be present: "X met Y on the sidelines … Z and W were also present" were at that talk,
            # not at the conference its sentence names last)
            present_at_it = all(t.kind == "context" and self._doc.lowers[t.start] in self.r.presence_cues for t in mm.triggers)
            if i is not None and present_at_it:
                i = next((j for j in last_seen if meetings[j].sideline and meetings[j].beside is meetings[i]), i)
            # (nor those who joined later: "… zu einem Gespräch unter vier Augen zusammengekommen. Später stießen X und Y
            # hinzu" joined that talk)
            joined = not self.r.joining_particles.isdisjoint(self._doc.lowers[mm.sent_start:mm.sent_end])
            if i is not None and meetings[i].sideline and not present_at_it and not joined and (all(t.kind == "context" for t in mm.triggers) and not meetings[i].hosts and (
                    mm.remote or mm.participants and all(p.type != "person" for p in mm.participants)
                    or (mm.absent or mm.participants) and sideline_persons.isdisjoint(persons_here))
                    # "Am Rande des Gipfels traf er X. … Merz zeigte sich nach den Beratungen zufrieden": a meeting
                    # noun with persons the talks on the sidelines did not have is the meeting they were beside
                    or mm.definite and all(t.kind == "noun" for t in mm.triggers) and persons_here
                    and sideline_persons.isdisjoint(persons_here)
                    # so is the meeting someone else is said to take part in ("Am Rande traf er X und Y. Auch Z
                    # nimmt teil"; not right after a sentence that told that talk again: "The meeting, at the Palace
                    # hotel, lasted an hour. X and Y also attended" are at it)
                    or mm.definite and all(t.kind == "verb" and t.lemma in self.r.participation_verbs for t in mm.triggers)
                    and not mm.virtual and persons_here and sideline_persons.isdisjoint(persons_here)
                    and not self._told_again_just_before(meetings[i], mm)):
                # "The leaders of the United States, Japan … agreed …" after talks on the sidelines: states act
                # in the meeting those talks were on the sidelines of; one joining by video joins that meeting; so
                # do those the talks on the sidelines did not have ("Am Rande traf er X. Y fehlte; die USA wurden
                # von Z vertreten")
                i = self._beside_index(meetings, last_seen, i)
            lead = next((m for m in meetings if not m.habitual), meetings[0])
            return meetings[i] if i is not None else lead
        if mm.triggers and (all(t.kind == "travel" for t in mm.triggers) or mm.journey) and mm.places:
            # a journey (and nothing else told, or the meeting it went to: "travelled to the Élysée, where X
            # welcomed him") to a meeting's city joins that meeting; "traf ein und wurde dort empfangen" is a
            # meeting of its own
            # (not a meeting placed only in a country: "Staatsbesuch in Deutschland … reist nach Münster weiter"
            # is a new stop of the visit)
            found = next((m for m in meetings if m.places and self._same_place(m, mm) and self._close_dates(m.date, resolved)
                          and not (all(p.type != "country" for p in mm.places) and not any(
                              a.type != "country" and (self._contains(a.key, b.key) or self._contains(b.key, a.key))
                              for a in m.places for b in mm.places)) and not self._another_host_elsewhere(m, mm)
                          and not self._reception_beside_a_gathering(m, mm)
                          # (not a journey at another part of the day: "Am Nachmittag reist Merz weiter nach
                          # Warschau" after the morning's stop of a trip "nach Paris und Warschau")
                          and not self._other_day_part(m, mm) and not _an_old_plan_of(m, mm)), None)
            if found and not self._preparing_trip(mm):
                return found
        if mm.definite and mm.multi_day:
            # "The three-day meeting opened on Tuesday at …": the meeting told before, whatever its noun, on
            # another of its days (one of its noun first: "… zur Wiederaufbaukonferenz eingetroffen … wo ihn X
            # empfing. Die zweitägige Konferenz wird am Donnerstag eröffnet" is the conference)
            heads = {self._head(t) for t in mm.triggers if t.kind == "noun"}
            for i in sorted(range(len(meetings)), key=lambda i: (not heads & self._meeting_heads(meetings[i]), -last_seen[i])):
                m = meetings[i]
                unplaced = all(p.type == "venue" and p.key not in self.kb.entities for p in mm.places)  # where is it?
                if not m.habitual and not m.sideline and (not m.places or unplaced or self._same_place(m, mm)) \
                        and self._within_week(m.date, resolved):
                    return m
        if mm.definite:
            # "auf der Konferenz am Samstag": the last meeting with the same head noun, if place and date fit (of
            # two told in one sentence, the one of its status first: "Das für Mittwoch geplante Treffen ist auf
            # Freitag verschoben worden … Das Treffen soll nun im Kanzleramt stattfinden" is Friday's)
            heads = {self._head(t) for t in mm.triggers if t.kind == "noun"}
            for i in sorted(range(len(meetings)), key=lambda i: (-last_seen[i], meetings[i].status != mm.status)):
                m = meetings[i]
                if m.habitual or m.sideline and not self._names_the_sideline_meeting(m, heads) \
                        or not heads & self._meeting_heads(m) or self._counted_from(m, mm) or _an_old_plan_of(m, mm):
                    continue
                if (resolved is None or m.date is None) and {mm.status, m.status} == {"past", "planned"}:
                    continue  # "Am Donnerstag kommen die Minister zu ihrem regulären Treffen zusammen": not the one held
                if mm.beside and self._headline_talk(m, mm):
                    continue  # ("Merz trifft Selenskyj" over "am Rande des Treffens der EPG …": the talk, not the EPG's)
                if (not mm.places or not m.places or self._same_place(m, mm)) and self._within_week(m.date, resolved) \
                        and not self._other_day(mm.date_mention, m.date, resolved):
                    return m
        if mm.same_day and not mm.places and mm.date_mention is None and not mm.virtual:
            # "Ende April kommt X nach Berlin. Dann wird ihn Y empfangen": what happens then, with the traveller,
            # is what the journey told just before was for (not a call: "The three leaders then held a call with X")
            last = meetings[_latest(last_seen)]
            travellers = {p.key for p in last.participants if p.type == "person"}
            if last.places and last.status == mm.status and not last.virtual and not last.sideline \
                    and all(t.kind == "travel" for x in last.mentions for t in x.triggers) \
                    and any(p.key in travellers for p in mm.participants):
                return last
        if mm.places:
            # "X wird in Cernobbio erwartet. Dort will er Y treffen": a meeting at the place a journey told before
            # goes to is what the journey was for
            # (or a journey told with what it is for: "reist am Donnerstag zu politischen Gesprächen nach Polen. In
            # Warschau trifft er X")
            journey = next((m for m in meetings if m.places and not m.sideline and self._same_place(m, mm)
                            and (all(t.kind == "travel" for x in m.mentions for t in x.triggers)
                                 or len(m.mentions) == 1 and len(m.places) == 1 and self._trip_for_talks(m.mentions[0]))
                            and (resolved is None or m.date is None
                                 or m.date.value[:len(resolved.value)] == resolved.value[:len(m.date.value)])), None)
            if journey is not None:
                if sum(p.type == "country" for p in journey.places) > 1:
                    # "reist nach Ghana und Senegal. In Accra trifft er X": the first stop is in one of the states,
                    # the others are later stops, not where this meeting is
                    journey.places = [p for p in journey.places if p.type != "country" or any(
                        self._contains(p.key, q.key) for q in mm.places)]
                return journey
        before = self._told_as_before(meetings, mm)
        beside = self._talk_on_the_sidelines_told(meetings, last_seen, mm) or self._one_of_the_talks_told(meetings, last_seen, mm)
        if beside is not None:
            return beside
        # (not what a sentence opened by "Ahead of it, …" tells: before the meeting told, whatever day they share)
        if (mm.places or resolved) and (mm.definite or not self._ahead_of_the_last(mm)):
            # (the latest first for a definite mention, and for one of the talks just told: "Unter anderem traf er X")
            order = sorted(range(len(meetings)), key=lambda i: -last_seen[i]) if mm.definite or mm.instance else range(len(meetings))
            if mm.definite and any(t.kind == "noun" and self._summit_noun(t) for t in mm.triggers):
                # "… hosted European leaders at Lancaster House, a day after welcoming X. X also attended Sunday's
                # summit": the summit is the meeting of many told, before a talk of two told since
                many = [i for i in order if self._of_many(meetings[i]) and not meetings[i].sideline]
                order = many + [i for i in order if i not in many]
            context = all(t.kind == "context" for t in mm.triggers)
            placed = not mm.virtual and any(p.type in ("city", "venue") for p in mm.places)
            # (nor the conference a talk "there" is beside: "The conference in Graz ended on Sunday. X met Y there")
            gathering = self._gathering_there(meetings, mm) if mm.there and not mm.definite else None
            for i in order:
                if (context or placed) and self._phone_call(meetings[i]) or i in before or meetings[i] is gathering:
                    continue  # (a meeting in a town is no phone call: "… telefoniert. … am Rande des Gipfels in Brüssel")
                if not mm.flashback and all(x.flashback for x in meetings[i].mentions) and any(t.kind == "noun" for t in mm.triggers) \
                        and not {self._head(t) for t in mm.triggers if t.kind == "noun"} & self._meeting_heads(meetings[i]):
                    continue  # ("Zuvor hatten X und Y mit beiden gesprochen. An der Trauermesse auf dem Petersplatz …": another)
                if self._same_meeting(meetings[i], mm, resolved):
                    return meetings[i]
        last = _latest(last_seen)
        m = meetings[last]
        if m.virtual and not mm.virtual and not mm.places and mm.date_mention is None and m.status == mm.status \
                and mm.triggers and all(t.kind == "verb" and t.lemma in self.r.medium_neutral_verbs for t in mm.triggers) \
                and 0 < mm.sent_start - last_seen[last] < 80 and not mm.before_that \
                and len({p.key for p in mm.participants if p.type == "person"}
                        & {p.key for p in m.participants if p.type == "person"}) >= 2:
            # "Merz telefoniert mit Macron … Beide berieten über die Lage": a verb that says nothing of the medium,
            # of the two of the call just told, with no place or day of its own, is that call
            return m
        if not mm.places and mm.date_mention is not None and m.date is None and m.places and not m.virtual \
                and not mm.virtual and m.status == mm.status and not m.sideline and not m.habitual \
                and all(t.kind == "verb" for t in mm.triggers) and 0 < mm.sent_start - last_seen[last] < 80 \
                and not mm.before_that and not self._doc.sentence_says(mm.sent_start, self._again) \
                and len({p.key for p in mm.participants if p.type == "person"}
                        & {p.key for p in m.participants if p.type == "person"}) >= 2:
            # "X ist zu seinem Antrittsbesuch bei Y im Weißen Haus eingetroffen. Y empfing X am Donnerstag vor dem
            # Eingang": the two of the visit told just before, with no place of their own, on the day it lacked
            return m
        # (a plain talk that dates the sentence's event: "Nach einem Gespräch unter vier Augen traten die beiden …")
        dating_talk = all(t.kind == "noun" and self._head(t) in self.r.generic_meeting_nouns
                          and self._sequence_preposition(self._doc, t, mm.sent_start) is not None for t in mm.triggers)
        if not mm.places and mm.date_mention is None and not mm.virtual and not m.virtual and m.status == mm.status \
                and (dating_talk or all(t.kind in ("verb", "travel") or self._object_of_its_verb(t, mm) for t in mm.triggers)) \
                and self.r.before_that_words.isdisjoint(self._doc.lowers[mm.sent_start:mm.sent_end]) \
                and not self._next_partner(m, mm) \
                and not m.sideline and not m.habitual and (0 < mm.sent_start - last_seen[last] < 80 or self._after_welcome(m, mm)) and (
                    len({p.key for p in mm.participants if p.type == "person"}
                        & {p.key for p in m.participants if p.type == "person"}) >= 2
                    or dating_talk and not mm.participants and not mm.hosts
                    or all(t.kind == "verb" for t in mm.triggers) and (self._for_a_side(mm) or self._holders_of_the_office(m, mm)
                                                                        or self._its_members_next(m, mm)
                                                                        or self._one_at_a_nameless_meeting(m, mm)
                                                                        or self._the_office_of_its_persons(m, mm)
                                                                        or self._persons_of_its_states(m, mm)
                                                                        and self._first_word(self._doc, self._doc.sent_end(last_seen[last])) == mm.sent_start
                                                                        or self._talk_of_the_lone_guest(m, mm))):
            # "X hosted Y and Z in Kyiv. Y and Z arrived … before sitting down with X": the same meeting; so are
            # negotiators for a side ("… Gespräche mit einer US-Delegation in Dschidda. Für die Ukraine verhandelten
            # X, Y und Z"); not those told to have met before it ("Zuvor hatte X Y allein getroffen"); so is a plain
            # talk of the two, or of no one named, the sentence dates by ("… die Präsidentin Y empfangen. Nach einem
            # Gespräch unter vier Augen traten die beiden Staatsoberhäupter vor die Presse"); so is what an unnamed
            # group does in the sentence after a meeting noun ("… einen Sondergipfel in Brüssel ein. Die Staats- und
            # Regierungschefs sollen über die Ukraine beraten")
            return m
        theirs = {p.key for p in m.participants if p.type == "person"}
        arrival = all(t.kind == "travel" and t.lemma in self.r.arrival_verbs for t in mm.triggers)
        told = [x for x in m.mentions if x.sent_start >= self._headline_end]  # (a headline's shorthand aside)
        rooms = bool(mm.places) and all(p.text.lower().endswith(self.r.room_heads) for p in mm.places)
        if (len(told) <= 1 or arrival) and not mm.same_day and (m.date is None or mm.date_mention is None and (resolved is None or m.date.value == resolved.value)) \
                and m.places and mm.places and m.status == mm.status \
                and all(p.type == "venue" and p.key not in self.kb.entities for p in mm.places) \
                and (all(p.type != "venue" or p.key not in self.kb.entities for p in m.places)
                     or rooms) \
                and 0 < mm.sent_start - last_seen[last] < 80 and not m.sideline and not m.habitual \
                and not all(x.background or x.days_before_main is not None for x in m.mentions) \
                and ({p.key for p in mm.participants if p.type == "person"} & theirs or not theirs or arrival
                     or rooms and not mm.participants) \
                and not self._one_more_item(mm) and not all(self._since_reference(x) for x in m.mentions) \
                and self.r.before_that_words.isdisjoint(self._doc.lowers[mm.sent_start:mm.sent_end]) \
                and (arrival or not (self._other_day_part(m, mm) and any(
                    h.type == "person" and h.key not in theirs for h in mm.hosts))):
            # "X has held talks … in Dublin. Mr X met Y at Iveagh House on Thursday.", "Besuch in Hamburg. Der Erste
            # Bürgermeister … empfängt den Präsidenten im Rathaus.": the lead, then its details (a building the
            # knowledge base cannot place may be in the lead's city, or in its building; not one held in another
            # known building: "in der Hofburg … Am Nachmittag traf er im Parlament X", but a room of it: "im
            # Bundeskanzleramt. Nach einem Gespräch im Kabinettsaal …"; others arriving there join
            # it: "X und Y trafen am Vormittag im Stadtschloss ein"; not a reception by someone new at another time of the
            # day: "Am Abend wurde X von Präsident Y im Präsidentenpalast empfangen"; nor one told as before it:
            # "Zuvor waren die beiden zu einem Arbeitsgespräch in der Residenz zusammengekommen")
            return m
        if mm.same_day and not mm.definite and all(t.kind == "noun" for t in mm.triggers):
            return None  # "Anschließend sind Gespräche … geplant": what follows the meeting told is another
        if mm.formats and not mm.formats <= {f for x in m.mentions for f in x.formats}:
            return None  # "Zuvor hatte sich die Ukraine-Kontaktgruppe getroffen": a meeting of a format of its own
        # (in the present, of one to come: "Die Außenminister kommen am Montag zusammen. Zu Gast ist auch X")
        # (or with a day the meeting lacked, or its own, or one of its days: "… bei ihrer Klausur in Meseberg beraten.
        # Zu Gast war am Dienstag auch X")
        if all(t.kind == "guest" for t in mm.triggers) and not mm.hosts and not mm.places \
                and (resolved is None or m.date is None or m.date.value == resolved.value or self._on_a_day_of(m, resolved)) \
                and not m.sideline and not m.habitual and 0 <= mm.sent_start - last_seen[last] < 80 \
                and (mm.status == m.status or m.status == "planned" and mm.status == "past"
                     and self._told_in_the_present_copula(mm)):
            return m  # "… hat die Regierungschefs empfangen. Zu Gast waren X, Y und Z": the guests of what was just told
        if self.r.purpose_anaphors and not m.sideline and not m.habitual and not m.virtual and mm.status == m.status \
                and 0 < mm.sent_start - last_seen[last] < 80 and last_seen[last] < mm.sent_start \
                and any(self._doc.lowers[k] in self.r.purpose_anaphors and (k == mm.sent_start or any(t.end == k for t in mm.triggers))
                        for k in range(*self._clause(self._doc, mm.triggers[0].start, mm.sent_start, mm.sent_end))) \
                and (resolved is None or m.date is None or resolved.value == m.date.value) \
                and (not mm.places or not m.places or self._same_place(m, mm)):
            # "Die Koalition der Willigen hat am Donnerstag in Paris beraten. Macron empfing dazu im Élysée-Palast X,
            # Y und Z": what was done for it is the meeting just told (right after the verb, or opening the sentence;
            # not "Parallel dazu trafen sich X und Y": another meeting, at the same time)
            return m
        if len(m.mentions) == 1 and not m.places and m.date is None and not m.sideline and not m.habitual and last not in before \
                and 0 < mm.sent_start - last_seen[last] < 80 and last_seen[last] < mm.sent_start and mm.status == m.status \
                and not self._new_with_someone_new(m, mm) and not self._other_than_headline(m, mm) \
                and not (not mm.definite and self._other_day_part(m, mm)) and not (mm.places and self._one_more_item(mm)) \
                and not (mm.places and self._onward(mm)) and not self._talk_beside(m, mm) and not self._another_item(m, mm) \
                and not (m.virtual and not mm.virtual and mm.places):
            # ("Am Nachmittag kam X mit Y zusammen": another part of the day; "Außerdem will X die Gedenkstätte …
            # besuchen": one more item; "X reist danach weiter nach Y": the next stop; "Later, he received a
            # delegation in Kyiv" after a video call: in person, somewhere, another meeting)
            return m
        if not mm.participants and not mm.hosts and not mm.places and resolved is None and not m.sideline \
                and not m.habitual and 0 <= mm.sent_start - last_seen[last] < 60 and mm.status == m.status:
            return m  # "Die drei Politiker unterzeichneten nach stundenlangen Beratungen …": the meeting just told
        return None

    @staticmethod
    def _object_of_its_verb(t: Trigger, mm: MeetingMention) -> bool:
        """Is the noun ``t`` the object of a verb of ``mm`` right before it ("before holding talks at the office",
        "hielten Gespräche"): told by that verb, not as a meeting noun of its own?"""
        return t.kind == "noun" and any(v.kind == "verb" and v.end == t.start for v in mm.triggers)

    def _last_town_in(self, meetings: list[Meeting], last_seen: dict[int, int], mm: MeetingMention, visit: Meeting) -> list[Mention]:
        """The town, in the state of ``visit``, of the latest meeting told that one of ``mm``'s persons was at."""
        states = [p.key for p in visit.places if p.type == "country"]
        persons = {p.key for p in mm.participants if p.type == "person"}
        for i in sorted(last_seen, key=lambda i: -last_seen[i]):
            m = meetings[i]
            if m.virtual or not persons & {p.key for p in m.participants}:
                continue
            towns = [p for p in m.places if p.type == "city" and any(self._contains(s, p.key) for s in states)]
            if towns:
                return towns[-1:]
        return []

    def _talks_rather_than_a_meal(self, meetings: list[Meeting], last_seen: dict[int, int], i: int | None,
                                  heads: set[str]) -> int | None:
        """The meeting a noun of no meal (``heads``) refers to when the salient one, ``i``, is a meal: the latest
        meeting of its status that is none ("nach Abschluss der Beratungen" after the lunch of a summit's first day);
        ``i`` otherwise. (A plain noun names a meal too only when the meal was told by a meeting noun: "das Treffen"
        may be the dinner.)"""
        if i is None or not heads or not heads.isdisjoint(self.r.meal_nouns):
            return i
        specific = heads.isdisjoint(self.r.generic_meeting_nouns)

        def meal(m: Meeting) -> bool:
            return self._meal(m) or specific and self._meal_noun(m)
        if not meal(meetings[i]):
            return i
        talks = [j for j in last_seen if not meal(meetings[j]) and not meetings[j].habitual
                 and not meetings[j].sideline and meetings[j].status == meetings[i].status]
        return max(talks, key=lambda j: last_seen[j]) if talks else i

    def _one_destination(self, keys: set[str]) -> bool:
        """Do the place ``keys`` name one destination, each inside or around every other ("Nordkorea" and
        "Pjöngjang"), not several ("nach Litauen und Lettland")?"""
        return all(self._contains(a, b) or self._contains(b, a) for a in keys for b in keys)

    def _contains(self, outer: str, inner: str) -> bool:
        key = inner
        while key:
            if key == outer:
                return True
            ent = self.kb.entities.get(key)
            key = ent.within if ent is not None else None
        return False

    def _arrival_for_a_meeting_told(self, m: Meeting, meetings: list[Meeting]) -> bool:
        """Is ``m`` only someone's arrival, told after a meeting they held in that town ("Merz ist in London von
        König Charles empfangen worden. … Merz war am Donnerstagabend in der britischen Hauptstadt eingetroffen")?
        The arrival was the way to that meeting, no meeting of its own (nor does it date the meeting: it came before)."""
        if m.status != "past" or m.hosts or m.virtual or not m.places or not all(
                t.kind == "travel" and t.lemma in self.r.arrival_verbs for x in m.mentions for t in x.triggers):
            return False
        persons = {p.key for p in m.participants if p.type == "person"}
        if not persons or len(persons) != len(m.participants):
            return False
        first = min(x.sent_start for x in m.mentions)
        return any(o is not m and o.status == "past" and not o.virtual and min(x.sent_start for x in o.mentions) < first
                   and persons <= {p.key for p in o.participants}
                   and all(any(self._contains(q.key, p.key) or self._contains(p.key, q.key) for q in o.places) for p in m.places)
                   for o in meetings)

    @staticmethod
    def _others_at_the_same_time(mm: MeetingMention, m: Meeting) -> bool:
        """Does ``mm``, told as at the same time as ``m``, name persons of its own and none of ``m``'s? Then it is
        another meeting ("Parallel trafen sich die Außenminister"), not more of that one."""
        persons = {p.key for p in mm.participants if p.type == "person"}
        return bool(persons) and persons.isdisjoint(p.key for p in m.participants)

    def _in_the_pluperfect(self, a: int, b: int) -> bool:
        """Is the span ``a:b`` told in the pluperfect ("hatten … beraten", "war … empfangen worden"), as what came
        before the story?"""
        words = self._doc.lowers[a:b]
        if not self.r.pluperfect_auxiliaries.isdisjoint(words):
            return True
        return any(aux in words and part in words for aux, part in self.r.pluperfect_passive)

    def _fronted_day_of_a_joined_clause(self, doc, t: Trigger, clause: tuple[int, int], s_start: int,
                                        told: list[MeetingMention]) -> DateMention | None:
        """The day that opens the sentence and dates the meeting its first clause tells, when ``t`` is the verb of
        a main clause joined to that one by a comma or "und" (its subject first, its verb not last, as in a clause
        that depends on another: "…, während Z und W in Toulon berieten" is no such clause). Not a clause in the
        pluperfect, which tells what came before."""
        first = told[0]
        d = first.date_mention
        if d is None or first.sent_start != s_start or not first.triggers or not (
                doc.idx[s_start] <= d.start < doc.idx[first.triggers[0].start]):
            return None
        a, b = clause
        if a <= s_start + 1 or doc.texts[a - 1] not in (",", ";") and doc.lowers[a - 1] not in self.r.verb_conjunctions:
            return None
        opening = a + 1 if doc.lowers[a] in self.r.verb_conjunctions else a
        rest = [k for k in range(t.end, b) if not doc.is_punct[k] and not doc.is_space[k]]
        if not rest or t.start == opening or doc.texts[opening][:1].islower() and doc.lowers[opening] not in self.r.determiners \
                or self._in_the_pluperfect(a, b):
            return None
        return d

    def _towns_of_buildings(self, places: list[Mention]) -> list[Mention]:
        """The towns the known buildings among ``places`` are in, as mentions at the buildings' places."""
        out: list[Mention] = []
        for p in places:
            town = self.kb.entities[p.key].within if p.type == "venue" and p.key in self.kb.entities else None
            if town and town.startswith("city:") and all(q.key != town for q in out):
                name = self.kb.entities[town].name if town in self.kb.entities else p.text
                out.append(Mention(p.start, p.end, "city", town, name, kb=True))
        return out

    @staticmethod
    def _two_apart_from_more(m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm`` a talk of two told as held in private ("unter vier Augen", "one-on-one"), and ``m`` a meeting of
        more than those two, not told so itself? The private talk is a part of the meeting of its own."""
        if not mm.private or all(x.private for x in m.mentions):
            return False
        persons = {p.key for p in mm.participants if p.type == "person"}
        theirs = {p.key for p in m.participants if p.type in ("person", "group")}
        return len(persons) == 2 and len(theirs - persons) > 0

    def _told_just_before(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``m`` told in the sentence right before ``mm``'s?"""
        return mm.sent_start > 0 and any(x.sent_start == self._doc.sent_start(mm.sent_start - 1) for x in m.mentions)

    def _in_other_known_buildings(self, m: Meeting, mm: MeetingMention) -> bool:
        """Are ``m`` and ``mm`` both in buildings the knowledge base knows, and none of ``mm``'s is one of ``m``'s
        or in one of them ("the White House", "Capitol Hill"; not "the Oval Office", in the White House)?"""
        mine = [p for p in mm.places if p.type == "venue" and p.key in self.kb.entities]
        theirs = [p for p in m.places if p.type == "venue" and p.key in self.kb.entities]
        return bool(mine) and bool(theirs) and not any(
            self._contains(a.key, b.key) or self._contains(b.key, a.key) for a in theirs for b in mine)

    def _received_on_the_visit(self, visit: Meeting, mm: MeetingMention, seen: int) -> bool:
        """Is ``mm``, undated and told in the sentence right after the visit ``visit`` (a day's visit or journey of
        theirs, held), a reception of its travellers by a host of the place, in a town the knowledge base cannot place
        or inside the visit's place? Then it is on the visit's day."""
        if visit.status != "past" or visit.date is None or visit.date.precision != "day" or visit.virtual \
                or mm.flashback or mm.earlier or mm.sequel or mm.date_mention is not None or not mm.hosts \
                or not mm.places or mm.sent_start - seen > 40 or self._doc.sent_start(seen) == mm.sent_start:
            return False
        if not all(t.kind == "travel" or t.lemma in self._visit_words for x in visit.mentions for t in x.triggers):
            return False
        travellers = {p.key for p in visit.participants if p.type == "person"}
        guests = {p.key for p in mm.participants if p.type == "person"} - {h.key for h in mm.hosts}
        return bool(travellers) and travellers <= guests and all(
            p.key not in self.kb.entities or any(self._contains(v.key, p.key) for v in visit.places) for p in mm.places)

    def _same_place(self, m: Meeting, mm: MeetingMention) -> bool:
        return any(self._contains(a.key, b.key) or self._contains(b.key, a.key) or self._bare_building_of(a, b)
                   or self._bare_building_of(b, a) or self._first_word_of(a, b) or self._first_word_of(b, a)
                   for a in m.places for b in mm.places)

    def _first_word_of(self, a: Mention, b: Mention) -> bool:
        """Is ``a`` a place of one word, which the knowledge base cannot place, that opens the name of ``b``, another
        it cannot place ("Ukraine's allies meet at Ramstein" over "met at Ramstein Air Base", a dateline's town or
        a building)? The same place, said shorter."""
        return a.type in ("venue", "city") and b.type in ("venue", "city") and a.key not in self.kb.entities \
            and b.key not in self.kb.entities and len(a.text.split()) == 1 and len(b.text.split()) > 1 \
            and b.text.split()[0].lower() == a.text.lower()

    def _bare_building_of(self, a: Mention, b: Mention) -> bool:
        """Is ``a`` a building named by its bare noun ("Empfang im Schloss"), which the knowledge base cannot place,
        and ``b`` a building whose name has that noun ("im Schloss Bellevue")? The same building, said shorter."""
        return a.type == b.type == "venue" and a.key not in self.kb.entities and len(a.text.split()) == 1 \
            and a.text.lower() in b.text.lower().split()

    @staticmethod
    def _on_a_day_of(m: "Meeting", day: ResolvedDate) -> bool:
        """Is ``day`` one of the days of the multi-day meeting ``m`` (dated by its first)? One told as beginning
        on its day ("In Den Haag beginnt heute der Nato-Gipfel") runs on for the two days after it at most."""
        span = max((x.multi_day or (_BEGUN_SPAN if x.began else 0) for x in m.mentions), default=0)
        if not span or m.date is None or m.date.precision != "day" or day.precision != "day" or m.virtual:
            return False  # (a month is no day of it: "later this week" told in July)
        return 0 < (date.fromisoformat(day.value) - date.fromisoformat(m.date.value)).days < span

    @staticmethod
    def _within_week(a: ResolvedDate | None, b: ResolvedDate | None) -> bool:
        """A conference runs for days: its later days still refer to it."""
        if a is None or b is None:
            return True
        if a.precision != "day" or b.precision != "day":
            return a.value[:7] == b.value[:7]
        return abs((date.fromisoformat(a.value) - date.fromisoformat(b.value)).days) <= 7

    @staticmethod
    def _close_dates(a: ResolvedDate | None, b: ResolvedDate | None) -> bool:
        """Same month (or one of them unknown): a traveller arrives around the meeting, not on its first day."""
        return a is None or b is None or a.value[:7] == b.value[:7]

    def _another_host_elsewhere(self, m: Meeting, mm: MeetingMention) -> bool:
        """Does ``mm`` tell a reception by another host in a building the meeting ``m`` was not in ("Am Flughafen
        wurde er von X begrüßt. Anschließend fuhr er ins Kanzleramt, wo er von Y empfangen wurde")? That is a
        meeting of its own, not a stop of the visit."""
        mine = {h.key for h in mm.hosts if h.type == "person"}
        theirs = {h.key for h in m.hosts if h.type == "person"}
        venues = [p for p in mm.places if p.type == "venue" and p.key in self.kb.entities]
        return bool(mine and theirs and mine.isdisjoint(theirs) and venues
                    and all(p.key != q.key for p in venues for q in m.places))

    def _state_of(self, place: Mention) -> str | None:
        """The state a place is in (ISO code, as the knowledge base records it); None for a place it lacks."""
        ent = self.kb.entities.get(place.key)
        return ent.country if ent is not None else None

    def _copula_opened(self, doc, s_start: int) -> bool:
        """Does the sentence open with a pronoun and a copula ("Es war …", "It was …"), saying what the meeting
        told was?"""
        lowers = doc.lowers
        return any(tuple(lowers[s_start:s_start + len(p)]) == p for p in self.r.copula_openers)

    def _owned_noun_then_copula(self, doc, t: Trigger, s_start: int, mentions) -> bool:
        """Does the sentence open with a person's meeting noun and a copula ("Lee's visit was the first by …")? It says
        what the meeting told was, as "It was …" does."""
        if t.end >= len(doc) or doc.lowers[t.end] not in self._copulas:
            return False
        owner = next((m for m in mentions if m.type == "person" and m.start == s_start), None)
        return owner is not None and t.start == owner.end + 1 and doc.texts[owner.end] in ("'s", "’s")

    def _idea_of(self, doc, t: Trigger, s_start: int) -> bool:
        """Does an idea noun stand before the meeting noun ``t`` in its phrase ("die Idee eines Gipfels", "the idea
        of a Trump-Putin summit")? Up to seven words back, not past a clause mark."""
        if not self.r.idea_nouns:
            return False
        for k in range(t.start - 1, max(s_start, t.start - 8) - 1, -1):
            if doc.texts[k] in BOUNDARY:
                return False
            if doc.lowers[k] in self.r.idea_nouns:
                return True
            if doc.lowers[k] in self.r.asked_nouns and t.start - k <= 4 and doc.lowers[k + 1] in self.r.content_prepositions:
                return True  # "Auf die Frage nach einem Treffen mit X": asked about (the noun right after the preposition)
        return False

    def _offered_to_enable(self, doc, t: Trigger, clause: tuple[int, int]) -> bool:
        """Is the meeting noun ``t`` the object of a verb of enabling in an infinitive ("Gespräche zu ermöglichen",
        "to facilitate talks")? Talks one offers to make possible are no meeting held or planned."""
        if not self.r.enabling_verbs:
            return False
        a, b = clause
        for k in range(a + 1, b):
            if doc.lowers[k] in self.r.enabling_verbs and (doc.lowers[k - 1] in self.r.infinitive_markers
                                                           or doc.lowers[k - 1] in self.r.plan_infinitive_markers):
                # (German: the infinitive after its object, "Gespräche … zu ermöglichen"; English: before it, "to
                # facilitate talks")
                object_before = self.lang == "de"
                if (t.start < k - 1) if object_before else (k < t.start <= k + 3):
                    return True
        return False

    def _greets_the_gathered(self, doc, t: Trigger, clause: tuple[int, int], mentions=()) -> bool:
        """Is ``t`` a host's verb whose clause greets those gathered ("hatte die Teilnehmer … begrüßt", "welcomed
        the delegations")? Those are the ones at the meeting told: the greeting is its host's, a definite mention."""
        if t.kind != "verb" or t.lemma not in self.r.host_verbs:
            return False
        lowers = doc.lowers
        # (or their host's: "welcomed his guests", "begrüßte seine Gäste")
        if any(lowers[k] in self.r.gathered_nouns and (lowers[k - 1] in self.r.definite_determiners
                                                       or lowers[k - 1] in self.r.referring_possessives)
               for k in range(max(clause[0], 1), clause[1])):
            return True
        # a group of persons after the verb, named with a definite article ("begrüßte die rund 45 Staats- und
        # Regierungschefs", "welcomed the foreign ministers"): those gathered
        for m in mentions:
            if m.type == "group" and t.end <= m.start < clause[1]:
                if lowers[m.start] in self.r.definite_determiners:
                    return True  # (the article inside the group's words: "die Außenminister")
                k = m.start - 1
                while k > t.end and m.start - k <= 2 and (doc.texts[k][:1].isdigit() or doc.texts[k].islower()) \
                        and lowers[k] not in self.r.definite_determiners:
                    k -= 1  # ("die rund 45 …": a number and its hedge)
                if lowers[k] in self.r.definite_determiners:
                    return True
        return False

    def _joins_on_another_day(self, m: Meeting, mm: MeetingMention) -> bool:
        """Does ``mm`` tell someone joining, outside a flashback, on a day its sentence names that is not the day
        of ``m``? ("Bereits am Sonntag hatten X und Y verhandelt. Am Montagabend kamen dann Z hinzu.")"""
        if not mm.triggers or any(t.kind != "context" for t in mm.triggers) or mm.flashback \
                or m.date is None or m.date.precision != "day":
            return False
        clause = self._clause(self._doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
        found = self._date(self._doc, clause, self._dates)
        day = resolve(found, self._ref) if found is not None else None
        return day is not None and day.precision == "day" and day.value != m.date.value

    def _other_day(self, mention: DateMention | None, day: ResolvedDate | None, resolved: ResolvedDate | None) -> bool:
        """Does the mention's own date rule out the meeting's day? "am Vorabend" (the evening before the summit),
        "beim Sondergipfel Anfang März" (not the summit of 20 March)."""
        if mention is None or day is None or resolved is None or day.precision != "day":
            return False
        if mention.kind == "relative" and mention.offset and resolved.precision == "day":
            return resolved.value != day.value
        if mention.kind == "monthpart" and day.value[:7] == resolved.value[:7]:
            thirds = self.r.dates.get("month_thirds", {})
            words = [w for w in mention.text.lower().replace("-", " ").split() if w in thirds]  # (also "mid-March")
            if words:
                first, last = thirds[words[0]]
                return not first <= int(day.value[8:10]) <= last
        return False

    def _met_no_one(self, doc, mm: MeetingMention) -> bool:
        """Does ``mm`` tell only that those named did not meet ("X und Y haben sich am Rande des Gipfels nicht
        getroffen", "X did not meet Y")? A meeting verb denied, no one taking part: no meeting, and no one absent
        from one (not taking part in a meeting that is held, "nahm nicht teil", is absence)."""
        if mm.participants or mm.hosts or not mm.absent or not mm.triggers:
            return False
        return all(t.kind == "verb" and t.lemma not in self.r.participation_verbs
                   and self._negated(doc, *self._clause(doc, t.start, mm.sent_start, mm.sent_end)) for t in mm.triggers)

    def _all_of_them(self, doc, mm: MeetingMention) -> bool:
        """Is the subject of the verb of ``mm`` a word for all of those just told, standing alone ("kamen alle im East
        Room zusammen", not "alle Minister")?"""
        a, b = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
        return any(doc.lowers[k] in self.r.all_words and not (k + 1 < b and doc.texts[k + 1][:1].isupper())
                   for k in range(a, b))

    def _company_again(self, doc, s_start: int, s_end: int) -> bool:
        """Does the sentence tell those of the meeting just told, by a word for them, meeting again ("Die Teilnehmer
        wollen sich im Mai wieder treffen", "The participants agreed to meet again")?"""
        return bool(self.r.company_words) and not self.r.company_words.isdisjoint(doc.lowers[s_start:s_end]) \
            and doc.sentence_says(s_start, self._again)

    def _another_item(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm`` an item of a programme of its own (a bulleted line, "— Foreign affairs chief X chairs the Council
        in Luxembourg") after ``m``'s, naming persons ``m`` has none of? Another event, not the details of ``m``."""
        mine = {p.key for p in mm.participants + mm.hosts if p.type == "person"}
        return mm.sent_start in self._items and m.mentions[-1].sent_start != mm.sent_start and bool(mine) \
            and mine.isdisjoint(p.key for p in m.participants)

    def _welcome_on_arrival(self, doc, mm: MeetingMention) -> bool:
        """Is ``mm`` only a welcome at the airport ("Am Flughafen wurde er von Vizepräsident X empfangen", "He was
        received at the airport by Y")? A formality of arriving: no meeting, and no host or place of the one
        the guest came for."""
        if not self.r.arrival_places:
            return False
        for t in mm.triggers:
            if not (t.kind == "verb" and t.lemma in self.r.host_verbs or self._welcome_noun(doc, t)):
                return False
            a, b = self._clause(doc, t.start, mm.sent_start, mm.sent_end)
            if not any(doc.lowers[k].endswith(self.r.arrival_places) for k in range(a, b)):
                return False
        return bool(mm.triggers)

    def _welcome_noun(self, doc, t: Trigger) -> bool:
        """Is ``t`` a noun of welcoming ("Empfang", "Begrüßung", "reception"), whose agent hosts it?"""
        return t.kind == "noun" and (t.lemma in self.r.agent_nouns or doc.lowers[t.start] in self.r.agent_nouns)

    def _talk_of_the_lone_guest(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``m`` a visit told with its guest alone ("Zu Gast im Kanzleramt war am Dienstag X") and ``mm`` that
        guest talking with others ("Kanzler Y und X sprachen über …")? The talk is the visit's."""
        persons = [p for p in m.participants if p.type == "person"]
        return len(persons) == 1 and not m.hosts and all(t.lemma in self.r.partner_verbs for t in mm.triggers) \
            and persons[0].key in {p.key for p in mm.participants} \
            and any(p.type == "person" and p.key != persons[0].key for p in mm.participants)

    def _after_welcome(self, m: Meeting, mm: MeetingMention) -> bool:
        """Does ``mm``'s sentence open with ``m``'s welcome as what came before ("Nach dem Empfang mit militärischen
        Ehren im Kanzleramt sprach der ÖVP-Chef mit Merz")? What follows a visit's welcome is that visit."""
        doc = self._doc
        return any(x.sent_start == mm.sent_start and x.definite and all(
            self._welcome_noun(doc, t)
            and self._sequence_preposition(doc, t, x.sent_start) is not None for t in x.triggers) for x in m.mentions)

    def _other_day_part(self, m: Meeting, mm: MeetingMention) -> bool:
        """Does ``mm`` name a part of the day ("am Nachmittag") that no mention of ``m`` names?"""
        part = self._day_part(mm.date_mention.text) if mm.date_mention is not None else None
        if not part or all(x.sent_start < self._headline_end for x in m.mentions):
            return False  # (a headline tells no part of the day: "Readout of the call with X", "this afternoon")
        if mm.began and any(x.ending for x in m.mentions) or mm.ending and any(x.began for x in m.mentions):
            return False  # "ist in der Nacht zu Freitag zu Ende gegangen … hatten seit Donnerstagmittag beraten": its span

        theirs = {self._day_part(x.date_mention.text) for x in m.mentions if x.date_mention}
        night, evening = self.r.dates.get("night_part"), self.r.dates.get("into_night_parts", ())
        if (part == night and theirs & set(evening)) or (part in evening and night in theirs):
            return False  # one sitting from the afternoon or evening into the night
        return part not in theirs

    def _day_part(self, text: str) -> str | None:
        """The part of the day a date expression names ("am Vormittag desselben Tages" -> vormittag), if any."""
        low = text.lower()
        return next((p for p in self.r.dates.get("day_parts", ()) if p in low), None)

    @staticmethod
    def _new_with_someone_new(m: Meeting, mm: MeetingMention) -> bool:
        """An indefinite meeting noun with a person ``m`` does not have ("nahm an einem Empfang der X teil", "traf
        auch Y zu einem kurzen Gespräch"): a meeting of its own, not more of ``m``."""
        # (not the minister of a state the meeting has: "Die Außenminister Frankreichs und Polens haben sich … getroffen.
        # X empfing seinen Kollegen Y … zu einem Arbeitsessen")
        states = {q.key.split(":", 1)[1] for q in m.participants if q.type == "country"}
        return mm.indefinite and not mm.definite and any(
            p.type == "person" and all(p.key != q.key for q in m.participants) and p.country not in states
            for p in mm.participants)

    @staticmethod
    def _someone_new_for_a_pair(m: Meeting, mm: MeetingMention) -> bool:
        """Does ``mm`` name a person ``m`` lacks, while ``m`` already has two persons or more, or one ``m`` has as
        absent? A meeting that has its pair does not gain one more by a plan told after it, nor does one someone
        stays away from ("is not attending the session but will meet X on Thursday")."""
        known = {q.key for q in m.participants if q.type == "person"}
        away = {q.key for q in m.absent}
        return any(p.type == "person" and p.key not in known and (len(known) >= 2 or p.key in away) for p in mm.participants)

    @staticmethod
    def _others_met(m: Meeting, mm: MeetingMention) -> bool:
        """Does ``mm`` tell with a verb two or more persons meeting, none of whom ``m`` has (and ``m`` has
        persons)? They met on their own."""
        mine = {p.key for p in mm.participants if p.type == "person"}
        theirs = {p.key for p in m.participants if p.type == "person"}
        return not mm.definite and len(mine) >= 2 and bool(theirs) and mine.isdisjoint(theirs) \
            and any(t.kind == "verb" for t in mm.triggers)

    def _other_than_headline(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``m`` told only by a headline that says who met whom with a verb ("Albers empfängt Kanadas
        Premier"), and ``mm`` a meeting told with other words ("… bei der Münchner Sicherheitskonferenz
        getroffen")? The headline's meeting is the one the body tells with its verb, not any first one."""
        if not (bool(self._headline_end) and all(x.sent_start < self._headline_end for x in m.mentions)
                and any(t.kind == "verb" for x in m.mentions for t in x.triggers)
                and not {t.lemma for x in m.mentions for t in x.triggers} & {t.lemma for t in mm.triggers}):
            return False
        # (a visit of one the headline names to its town is the headline's meeting: "Stocker trifft Merz in Berlin"
        # over "Stocker ist am Dienstag zu seinem Antrittsbesuch in Berlin eingetroffen")
        persons = {p.key for p in m.participants if p.type == "person"}
        visit = any(t.kind == "travel" or t.kind == "noun" and self._head(t) in self.r.visit_nouns for t in mm.triggers)
        return not (visit and m.places and mm.places and self._same_place(m, mm)
                    and any(p.key in persons for p in mm.participants))

    @staticmethod
    def _summed_up(m: Meeting, mm: MeetingMention) -> bool:
        """Was ``m`` told only as a summary ("spricht über ihre Gespräche in Chișinău", undated) of what ``mm``
        tells in detail ("Sie sind am Samstag in Chișinău mit X und Y zusammengetroffen")? Its nouns are definite
        and everyone it names is among ``mm``'s persons (a talk with someone else is another meeting)."""
        mine = {p.key for p in mm.participants if p.type == "person"}
        theirs = {p.key for p in m.participants if p.type == "person"}
        return bool(theirs) and theirs <= mine and m.status == mm.status and not m.virtual and all(
            x.definite and all(t.kind == "noun" for t in x.triggers) for x in m.mentions)

    def _lead_then_details(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``m`` the article's lead, told undated in its first sentence ("Die Außenminister Deutschlands,
        Frankreichs und Polens haben sich in Paris getroffen"), and ``mm`` the next sentence's details of it
        ("X kam am Montagabend mit seinen Amtskollegen Y und Z … zusammen"): everyone the lead names among its
        persons (a lead of states only: two persons or more, none of another state), the same status?"""
        doc = self._doc
        lead = next((a for a, _ in doc.sent_spans if a >= self._headline_end), None)
        mine = {p.key for p in mm.participants if p.type == "person"}
        theirs = {p.key for p in m.participants if p.type == "person"}
        states = {p.key.split(":", 1)[1] for p in m.participants if p.type == "country"}
        # (a lead naming only states: two or more persons, none of another state; a lead naming no one, a body's
        # sitting ("Der Koalitionsausschuss hat sich in der Nacht verständigt"): details naming groups only, "Die
        # Spitzen der Koalition waren am Nachmittag im Kanzleramt zusammengekommen")
        groups_only = not theirs and not states and not mine and any(p.type == "group" for p in mm.participants)
        fits = groups_only or (theirs <= mine if theirs else len(mine) >= 2 and all(
            not p.country or p.country in states for p in mm.participants if p.type == "person")) \
            or self._holders_of_the_office(m, mm)
        # (not a visit told first: "ist zu Besuch in Graz und Linz. Am Montag traf sie X" is one of its stops; a lead
        # naming two persons tells their meeting on the visit: "hat bei seinem Antrittsbesuch in Berlin X getroffen.
        # X empfing seinen Gast am Mittwoch …")
        visit = len(theirs) < 2 and any(self._head(t) in self.r.visit_nouns for x in m.mentions if x.sent_start == lead
                                        for t in x.triggers if t.kind == "noun")
        # (the lead undated, or dated to the details' day: "in der Nacht zum Freitag" … "am Donnerstagnachmittag")
        own_day = resolve(mm.date_mention, self._ref) if mm.date_mention is not None else None
        undated = m.date is None or (groups_only and own_day is not None and own_day.value == m.date.value)
        # (or a named traveller's lead journey to talks, dated, and details with no day of their own: "ist am Mittwoch
        # zu politischen Gesprächen in die Republik Moldau gereist. In Chişinău traf sie X und Y" are those talks)
        # (to one destination: a trip "nach Litauen und Lettland" has stops of its own)
        towns = {p.key for p in m.places if p.type in ("city", "country")}
        undated = undated or mm.date_mention is None and bool(theirs) and any(
            t.kind == "travel" for x in m.mentions if x.sent_start == lead for t in x.triggers) and any(
            t.kind == "noun" and self._head(t) not in self.r.visit_nouns for x in m.mentions if x.sent_start == lead
            for t in x.triggers) and self._one_destination(towns)
        return lead is not None and undated and not visit and (bool(mine) or groups_only) and fits and m.status == mm.status \
            and not m.virtual and not mm.virtual \
            and all(x.sent_start == lead or x.sent_start < self._headline_end for x in m.mentions) \
            and doc.sent_end(lead) == mm.sent_start

    def _holders_of_the_office(self, m: Meeting, mm: MeetingMention) -> bool:
        """Does ``m`` name only the holders of an office, unnamed ("Die Verteidigungsminister der nordischen und
        baltischen Staaten haben sich in Tallinn getroffen"), and ``mm`` two or more persons, each holding that office
        (by the knowledge base, else by the text) or a counterpart of one who does ("Gastgeber X begrüßte seine
        Amtskollegen Y und Z")?"""
        offices = {p.role for p in m.participants if p.type == "group" and p.role}
        if not offices or any(p.type in ("person", "country") for p in m.participants):
            return False
        # the office the knowledge base knows, else the one the text gives ("Oberbürgermeister X und seine
        # Amtskollegin Y": a counterpart of a holder holds it too)
        held = [self._held_office(p) for p in mm.participants if p.type == "person"]
        return len(held) >= 2 and any(r in offices for r in held) \
            and all(r in offices or r in self.r.counterpart_roles for r in held)

    def _the_office_of_its_persons(self, m: Meeting, mm: MeetingMention) -> bool:
        """Does ``mm`` name only a group of an office with a definite article ("Die Innenminister berieten über
        …"), an office a person of ``m`` holds ("X hat sich mit seinen Amtskollegen … getroffen")? The group is
        those at ``m``."""
        doc = self._doc
        groups = [p for p in mm.participants if p.type == "group" and p.role]
        if not groups or len(groups) != len(mm.participants) or mm.hosts \
                or any(doc.lowers[p.start] not in self.r.definite_determiners for p in groups):
            return False
        held = {self._held_office(p) for p in m.participants if p.type == "person"}
        return all(p.role in held for p in groups)

    def _spoke_before(self, p: Mention, mm: MeetingMention, target: Meeting) -> bool:
        """Is the person ``p`` the subject of a verb of saying right after the name, in a clause dated before the
        day of ``target`` ("X sagte am Freitag in Bern, …" of a conference in June)?"""
        doc = self._doc
        if p.type != "person" or target.date is None:
            return False
        verb = next((k for k in range(p.end, min(mm.sent_end, p.end + 3)) if self._is_speech(doc, k)), None)
        if verb is None:
            return False
        said = self._date(doc, self._clause(doc, verb, mm.sent_start, mm.sent_end), self._dates)
        day = resolve(said, self._ref) if said is not None else None
        return day is not None and day.value[:len(target.date.value)] < target.date.value[:len(day.value)]

    @staticmethod
    def _persons_of_its_states(m: Meeting, mm: MeetingMention) -> bool:
        """Does ``m`` name states and no person ("Die Gespräche zwischen Armenien und Aserbaidschan sind … zu Ende
        gegangen"), and ``mm`` two persons or more, each of one of those states ("Armeniens Außenminister X und sein
        aserbaidschanischer Kollege Y hatten zwei Tage lang verhandelt")? Told in the next sentence, they are the
        states' persons there."""
        states = {p.key for p in m.participants if p.type == "country"}
        persons = [p for p in mm.participants if p.type == "person"]
        return len(states) >= 2 and not any(p.type == "person" for p in m.participants) and len(persons) >= 2 \
            and all(p.country and f"country:{p.country}" in states for p in persons)

    def _held_office(self, p: Mention) -> str | None:
        """The office the knowledge base gives person ``p``, else the one the text gives."""
        return self.kb.entities[p.key].role if p.key in self.kb.entities else p.role

    def _same_meeting(self, m: Meeting, mm: MeetingMention, resolved: ResolvedDate | None) -> bool:
        """Place and date fit; a definite mention may fill in what the meeting lacks."""
        if m.sideline or m.habitual or self._counted_from(m, mm):
            return False
        if mm.earlier and mm.status == m.status == "past" and any(t.kind == "verb" for t in mm.triggers):
            mine = {p.key for p in mm.participants if p.type == "person"}
            if len(mine) >= 2 and mine < {p.key for p in m.participants if p.type == "person"}:
                # "Trump empfing Selenskyj und mehrere Europäer im Weißen Haus … Zuvor hatte Trump Selenskyj zu einem
                # Gespräch im Oval Office getroffen": some of them met before, a meeting of their own
                return False
        if mm.before_the_event_of is not None and any(x is mm.before_the_event_of for x in m.mentions):
            return False  # "spoke to X this evening following the meeting of leaders in Paris earlier this week"
        if self._other_than_headline(m, mm):
            return False
        if self._preparing_trip(mm):
            return False  # "X will travel to Washington next week to prepare the visit": a journey of its own
        if m.status == "cancelled" and mm.status == "past" and not mm.definite:
            return False  # "Ein Treffen mit X ist abgesagt worden. Y traf in Wien stattdessen Z": what was held is another
        if _an_old_plan_of(m, mm):
            return False
        if mm.formats and all(t.kind == "verb" for t in mm.triggers) and not mm.formats <= {f for x in m.mentions for f in x.formats}:
            return False  # "Am Mittwochabend hatte der Nato-Ukraine-Rat getagt": a format or council met, a meeting of its own
        if mm.beside and all(x.parties_named for x in m.mentions):
            return False  # "Treffen zwischen X und Y abgesagt" over "… am Rande der Tagung in Wien": a talk, not the conference
        if self._talk_beside(m, mm) or self._reception_beside_a_gathering(m, mm):
            return False
        if mm.with_partners and mm.places and not m.places and any(p.type == "person" for p in m.participants) \
                and any(p.type == "person" and all(p.key != q.key for q in m.participants) for p in mm.participants):
            return False  # "nach seinem Treffen mit X in Genf": a meeting with someone the placeless one lacks, elsewhere
        if self._another_hour(m, mm):
            return False  # "10.00 Uhr: Begrüßung …", "19.30 Uhr: Staatsbankett …": two items of the day
        if (resolved is None or m.date is None) and {mm.status, m.status} == {"past", "planned"} \
                and not self._later_on_a_meeting_under_way(m, mm) and not (mm.copula and mm.date_mention is None) \
                and not self._end_of_a_meeting_under_way(m, mm):
            # (a copula's noun names the meeting told, in whatever tense: "… wird X empfangen. Es ist sein erster
            # Besuch in Berlin")
            # "The next summit will take place in The Hague" is not the meeting just held, nor is "Sie will am
            # Freitag an der Trauerfeier teilnehmen" the undated visit told before
            return False
        if m.status == "past" and mm.status == "planned" and mm.date_mention is not None \
                and mm.date_mention.kind == "relative" and (mm.date_mention.offset or 0) > 0:
            return False  # "Zuvor hatte X mit Y gesprochen. Beide wollen sich kommende Woche … treffen": ahead, not held
        if m.status == "past" and mm.status == "planned" and self._doc.sentence_says(mm.sent_start, self._again):
            return False  # "The leaders will meet again in June": another meeting, not the one held this June
        if m.status == "past" and mm.status == "planned" and mm.continued and all(
                self._journey_trigger(t) for x in m.mentions for t in x.triggers):
            return False  # "is in Japan on a visit … will continue their talks in Osaka on Thursday": a round to come
        if mm.virtual and not m.virtual and (not mm.definite or mm.indefinite):
            # "Earlier in the day, X spoke by phone with Y": a call of its own, not the meeting in person (so is one
            # brought in by an indefinite article: "stand eine Videokonferenz mit X auf dem Programm, an der auch Y
            # teilnahm")
            return False
        if mm.indefinite and not mm.definite and all(t.kind == "noun" and self._meal_trigger(t) for t in mm.triggers) \
                and not self._meal(m):
            return False  # "On Tuesday evening, X held a dinner in honor of Y": a meal given is an event of its own
        if mm.definite and all(t.kind == "noun" and not self._meal_trigger(t) and self._head(t) not in self.r.generic_meeting_nouns
                               for t in mm.triggers) and self._meal_noun(m):
            # "attended a dinner with leaders but was not invited to the main session": not the dinner ("Das Treffen
            # im Kanzleramt" after "zu Abend gegessen" is)
            return False
        if any(t.kind == "noun" and self._meal_trigger(t) for t in mm.triggers) and not self._meal(m) and m.hosts \
                and any(h.type == "person" and all(h.key != g.key for g in m.hosts) for h in mm.hosts):
            return False  # "nahm am Abendessen beim König im Palast teil" during a summit: another host's meal
        if not mm.definite and self._other_day_part(m, mm) and not self._lead_then_details(m, mm):
            return False  # "am Vormittag desselben Tages hatte Fidan dort … beraten": another part of the day, another meeting
        if mm.definite and mm.places and all(p.type == "venue" for p in mm.places) \
                and any(p.type == "venue" for p in m.places) and not self._same_place(m, mm) and self._other_day_part(m, mm):
            return False  # "Am Nachmittag nahmen beide an der Eröffnung … im Landtag teil": another building
        if self._in_other_known_buildings(m, mm):
            return False  # "… meet Y at the White House. X will also attend the lunch on Capitol Hill": elsewhere
        if mm.places:
            if m.places:
                # "Das Gespräch im Staatsgästehaus Diaoyutai": a building the knowledge base cannot place may be
                # in the city of the meeting a definite noun refers to
                # and "Gastgeberin des Treffens in Niagara-on-the-Lake" names a town it cannot place in the
                # country the meeting was told to be in ("in Kanada zusammengekommen")
                # (one of the noun's kind, when it has one: "The talks at Diriyah Palace" are not the visit to the
                # Emirates told last, but the talks in Riyadh)
                heads = {self._head(t) for t in mm.triggers if t.kind == "noun"}
                unplaced = mm.definite and all(p.key not in self.kb.entities and (
                    p.type == "venue" or not mm.participants or p.type == "city" and all(q.type == "country" for q in m.places))
                    for p in mm.places) and not (heads and heads.isdisjoint(self._meeting_heads(m))
                                                 and self._kind_told_elsewhere(m, heads))
                # ("Es war sein erster Besuch in Sachsen" after a reception in Dresden: a place of the same state
                # the knowledge base cannot nest is what the meeting told was, said more widely)
                states = {self._state_of(q) for q in m.places} - {None}
                wider = mm.copula and all(p.type in ("region", "country") and self._state_of(p) in states for p in mm.places)
                # (or of a town it cannot place at all: "held a summit in Nara … It was Y's second visit to Japan")
                wider = wider or mm.copula and not states and all(q.type == "city" and q.key not in self.kb.entities
                                                                  for q in m.places) \
                    and all(p.type in ("region", "country") for p in mm.places)
                # (so is a town of that state where what was called off was to be: "Der Besuch in Brandenburg ist
                # abgesagt worden. X hätte die Universität Potsdam besuchen sollen")
                wider = wider or m.status == mm.status == "cancelled" and all(
                    q.type == "region" for q in m.places) and all(self._state_of(p) in states for p in mm.places)
                if not self._same_place(m, mm) and not unplaced and not wider:
                    return False
                if not mm.definite and all(p.type == "country" for p in m.places) and any(p.type != "country" for p in mm.places):
                    return False  # a visit to a country holds many events: a new one in a city there is its own
            elif not mm.definite and not self._lead_then_details(m, mm) and not self._venue_of_the_lead(m, mm) \
                    and not self._place_of_the_two(m, mm):
                return False  # (the lead's details may say where it was: "… waren im Kanzleramt zusammengekommen")
        later_day = self._joins_a_later_day(m, mm, resolved)
        if self._other_day(mm.date_mention, m.date, resolved) and not later_day:
            return False
        # (not the first plan of a meeting called off: "Der Gipfel ist verschoben worden. Ursprünglich sollten X und
        # Y am 30. März mit Z zusammentreffen")
        first_plan = m.status == "cancelled" and mm.status in ("planned", "cancelled") \
            and not self.r.unfulfilled_adverbs.isdisjoint(self._doc.lowers[mm.sent_start:mm.sent_end])
        if self._new_with_someone_new(m, mm) and not first_plan:
            return False  # "Dort traf er auch X zu einem kurzen Gespräch": a talk of its own with someone new there
        if m.status == "past" and mm.status == "planned" and not mm.definite and self._someone_new_for_a_pair(m, mm):
            return False  # "Am Nachmittag traf er X. Am Mittwoch will er auch Y treffen": a plan of its own, not more of it
        if mm.same_day and not mm.definite and any(t.kind == "verb" and t.lemma in self.r.encounter_words for t in mm.triggers) \
                and any(p.type == "person" and all(p.key != q.key for q in m.participants) for p in mm.participants):
            return False  # "Maric later met Defence Minister X at the Bendlerblock": next, someone new: a meeting of its own
        if self._others_met(m, mm):
            return False  # "Z, who had met Y on Sunday afternoon, …": two others meeting that day meet on their own
        if self._two_apart_from_more(m, mm):
            return False  # "X first held a one-on-one meeting with Y before the wider group joined them": a part of its own
        # (not the details of a lead naming the states: "Nach Verhandlungen in Berlin sehen die USA und die Ukraine
        # Fortschritte. Der US-Gesandte X traf sich am Sonntag im Kanzleramt mit Präsident Y")
        if self._encounter_at(m, mm) and not self._summed_up(m, mm) and not first_plan and not self._lead_then_details(m, mm):
            return False  # "an der Wiederaufbaukonferenz in Rom teilgenommen, wo sie X ebenfalls traf"
        bodies = {p.role for p in mm.participants if p.type == "group" and p.role in self.r.body_roles}
        if bodies and bodies.isdisjoint(p.role for p in m.participants if p.type == "group"):
            return False  # "hatte der Nato-Ukraine-Rat getagt": the council's own sitting, not the ministers' meeting
        mine = {p.key for p in mm.participants if p.type == "person"}
        if not mm.definite and mine and self._item_of(mm.sent_start) != self._item_of(m.mentions[-1].sent_start) \
                and not mine & {p.key for p in m.participants}:
            return False  # a live blog's or roundup's next item, under a line of its own, about others: a meeting of its own
        if resolved:
            if m.date is None:
                # (what was called off, told again with its day: "Der Besuch … ist abgesagt worden. X hätte am Mittwoch
                # die Universität besuchen sollen")
                called_off = m.status == mm.status == "cancelled" and bool(m.places) and bool(mm.places)
                if not mm.definite and not self._summed_up(m, mm) and not self._lead_then_details(m, mm) and not called_off:
                    return False
            else:
                short = min(len(m.date.value), len(resolved.value))
                if m.date.value[:short] != resolved.value[:short] and not later_day and not (
                        all(t.kind == "context" for t in mm.triggers)
                        and (self._on_a_day_of(m, resolved) or self._next_day_of_a_gathering(m, resolved))):
                    return False  # (one who comes on a later day of a meeting of several days comes to it)
        elif m.date is not None and not mm.definite and not self._venue_of_the_lead(m, mm) and not self._guest_told_again(m, mm) \
                and not self._place_of_the_two(m, mm) and not self._lead_then_details(m, mm):
            return False
        return True

    def _its_members_next(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm``, told in the sentence right after ``m``'s last mention with no place, day or person of its own,
        only what an unnamed group does there ("X beruft für Donnerstag einen Sondergipfel in Brüssel ein. Die
        Staats- und Regierungschefs sollen über die Ukraine beraten")? The members of the meeting just told, at
        it; not one told as before it ("Zuvor hatten die Außenminister beraten")."""
        return bool(mm.participants) and all(p.type == "group" for p in mm.participants) and not mm.places \
            and mm.date_mention is None and not mm.flashback and m.status == mm.status and not m.virtual \
            and any(t.kind == "noun" for x in m.mentions for t in x.triggers) \
            and self._doc.sent_end(m.mentions[-1].sent_start) == mm.sent_start \
            and self.r.before_that_words.isdisjoint(self._doc.lowers[mm.sent_start:mm.sent_end])

    def _agreed_at_the_meeting_before(self, meetings: list[Meeting], last_seen: dict[int, int],
                                      mm: MeetingMention) -> list[Mention]:
        """The persons who agree on ``mm``, a meeting to come told by its noun after a word of agreeing in the
        sentence right after a meeting held ("X und Y verabredeten eine gemeinsame Kabinettssitzung im Herbst"), when
        they open the clause; else none. They agreed at the meeting just told."""
        doc = self._doc
        last = meetings[_latest(last_seen)]
        t = mm.triggers[0]
        if mm.status != "planned" or t.kind != "noun" or last.status != "past" or last.habitual or last.virtual \
                or doc.sent_end(last_seen[_latest(last_seen)]) != mm.sent_start:
            return []
        a, _ = self._clause(doc, t.start, mm.sent_start, mm.sent_end)
        k = next((k for k in range(a, t.start) if doc.lowers[k] in self.r.agreement_words), None)
        if k is None:
            return []
        return [p for p in mm.participants if p.type == "person" and a <= p.start < k]

    def _trip_for_talks(self, x: MeetingMention) -> bool:
        """Is ``x`` a journey told with talks it is for, naming no partner ("reist am Donnerstag zu politischen
        Gesprächen nach Polen")? The talks are those told next in a town of that country."""
        doc = self._doc
        travel = [t for t in x.triggers if t.kind == "travel"]
        nouns = [t for t in x.triggers if t.kind == "noun"]
        return len(travel) == 1 and len(nouns) == 1 and len(x.triggers) == 2 \
            and self._head(nouns[0]) in self.r.generic_meeting_nouns and self._head(nouns[0]) not in self.r.visit_nouns \
            and self._preposition_before(doc, nouns[0].start, x.sent_start, self._purpose_words) is not None \
            and not any(p.type == "person" and p.start > nouns[0].start for p in x.participants)

    def _preparing_trip(self, mm: MeetingMention) -> bool:
        """Is ``mm`` a journey whose words after it tell what it prepares ("will travel to Washington next week to
        prepare the visit", a noun of ``topic_nouns``)? It is a trip of its own, not the meeting it prepares."""
        return bool(mm.triggers) and all(t.kind == "travel" for t in mm.triggers) \
            and any(self._doc.lowers[k] in self.r.topic_nouns for k in range(mm.triggers[-1].end, mm.sent_end))

    def _meeting_a_trip_was_for(self, m: Meeting, mm: MeetingMention, resolved: ResolvedDate | None,
                                merged: bool = False) -> bool:
        """Is ``m`` a journey told with the meeting it was for ("flew to Washington on Sunday for a meeting with Y",
        "reiste am Sonntag zu Gesprächen mit Y nach Washington"), dated by the journey, and ``mm``, in the next
        sentences, that meeting of the same two or more persons, told as to come on a later day of the same week
        ("The two are set to meet on Monday evening")? ``merged``: ``mm`` was just added to ``m``."""
        told = m.mentions[:-1] if merged else m.mentions
        if not told or m.status != "past" or mm.status != "planned" or mm.places or resolved is None \
                or resolved.precision != "day" or m.date is None or m.date.precision != "day" \
                or not all(t.kind == "verb" for t in mm.triggers):
            return False
        first = told[0]
        if not (any(t.kind == "travel" for t in first.triggers) and any(t.kind == "noun" for t in first.triggers)):
            return False
        days = (date.fromisoformat(resolved.value) - date.fromisoformat(m.date.value)).days
        persons = {p.key for p in mm.participants if p.type == "person"}
        theirs = {p.key for x in told for p in x.participants if p.type == "person"}
        return 0 < days <= 6 and len(persons) >= 2 and persons <= theirs \
            and (merged or 0 < mm.sent_start - told[-1].sent_start < 80)

    def _told_in_the_present_copula(self, mm: MeetingMention) -> bool:
        """Is ``mm``'s sentence told with a form of being and no past auxiliary ("Zu Gast ist auch X")?"""
        words = self._doc.lowers[mm.sent_start:mm.sent_end]
        return self.r.past_auxiliaries.isdisjoint(words) and not self.r.copula_forms.isdisjoint(words)

    def _persons_of_the_act_before(self, meetings: list[Meeting], mm: MeetingMention) -> list[Mention]:
        """The persons of the sentence right before ``mm`` when ``mm`` is a meeting noun with a definite article, told
        as attended "also" by others ("An der Gedenkfeier nahmen auch Überlebende teil", "Also attending the ceremony
        were …"), and that sentence names persons but tells no meeting ("X hat gemeinsam mit Y an die Opfer
        erinnert"): it told the event's act. Else none."""
        doc = self._doc
        if not mm.definite or self.group_before is None or mm.sent_start == 0 or not self.r.also_words \
                or mm.sideline or mm.beside or not all(t.kind == "noun" for t in mm.triggers):
            return []
        a, b = self._clause(doc, mm.triggers[0].start, mm.sent_start, mm.sent_end)
        before = doc.sent_start(mm.sent_start - 1)
        if self.r.also_words.isdisjoint(doc.lowers[a:b]) or before < self._headline_end \
                or any(x.sent_start == before for m in meetings for x in m.mentions):
            return []
        return [p for p in self.group_before(mm.sent_start) if p.type == "person" and p.start >= before]

    def _one_at_a_nameless_meeting(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``m`` told only by a meeting noun that names no one ("Die Bundesregierung kommt am Mittwoch zu einer
        Klausurtagung in Meseberg zusammen"), and ``mm``, in the sentence right after it, what one person does there
        ("Kanzler X will mit den Ministern über die Wirtschaftslage beraten")? The meeting just told, now with the one
        person named; two persons meeting are a talk of their own."""
        return not m.participants and not m.hosts and all(t.kind == "noun" for x in m.mentions for t in x.triggers) \
            and sum(p.type == "person" for p in mm.participants) <= 1 and not mm.flashback and m.status == mm.status \
            and self._doc.sent_end(m.mentions[-1].sent_start) == mm.sent_start \
            and self.r.before_that_words.isdisjoint(self._doc.lowers[mm.sent_start:mm.sent_end])

    def _next_day_of_a_gathering(self, m: Meeting, day: ResolvedDate | None) -> bool:
        """Is ``day`` one or two days after the day of ``m``, a gathering told by its noun ("zu ihrer Herbstkonferenz
        zusammengekommen … X wird erst am Donnerstag erwartet")? Conferences and summits run for days: one expected
        then, with no place of their own, comes to it."""
        if day is None or m.date is None or day.precision != "day" or m.date.precision != "day" or m.virtual:
            return False
        return self._told_as_gathering(m) and 0 < (date.fromisoformat(day.value) - date.fromisoformat(m.date.value)).days <= 2

    def _told_as_gathering(self, m: Meeting) -> bool:
        """Is ``m`` told by a noun of a gathering of many (a conference, a summit; German compounds by their head)?"""
        return any(t.kind == "noun" and self._gathering_noun(self._head(t)) for x in m.mentions for t in x.triggers)

    def _gathering_noun(self, head: str) -> bool:
        return head in self.r.gathering_nouns or self.lang == "de" and head.endswith(self._gathering_heads)

    @staticmethod
    def _later_on_a_meeting_under_way(m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm`` someone to join, on a later day, a meeting of several days or one told as begun ("… haben sich
        zu Beginn ihres dreitägigen Treffens … befasst. Am Donnerstag soll X per Video zugeschaltet werden", "Die
        Landesgruppe hat ihre Winterklausur begonnen. Als Gast wird am Donnerstag X erwartet")?"""
        return m.status == "past" and mm.status == "planned" and all(t.kind == "context" for t in mm.triggers) \
            and any(x.multi_day or x.began for x in m.mentions)

    @staticmethod
    def _end_of_a_meeting_under_way(m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm`` the end to come of ``m``, a meeting of several days held and not yet dated ("… sind zu einem
        zweitägigen Treffen zusammengekommen. Am Freitag soll das Treffen enden")? The day it ends dates its first."""
        return m.status == "past" and mm.status == "planned" and mm.definite and mm.ending and m.date is None \
            and any(x.multi_day or x.began for x in m.mentions)

    def _joins_a_later_day(self, m: Meeting, mm: MeetingMention, resolved: ResolvedDate | None) -> bool:
        """Is ``mm`` someone taking part in "the meeting" on a later day of ``m``, a meeting of several days ("Die
        Außenminister haben am Mittwoch ihre zweitägigen Beratungen aufgenommen … X nimmt erst am Donnerstag an dem
        Treffen teil")? One who joins on its second day is at it; it stays dated by its first. So is one expected
        at "the" talks of that day, whatever their noun ("… kommen von Mittwoch an in Bremen zusammen. X wird zu den
        Beratungen am Donnerstag erwartet"), or one taking part in its sitting of that day ("… soll am Mittwoch an der
        Arbeitssitzung teilnehmen")."""
        if not mm.definite or resolved is None or mm.places or not self._on_a_day_of(m, resolved):
            return False
        expected = not self.r.expected_words.isdisjoint(self._doc.lowers[mm.sent_start:mm.sent_end])
        return all(t.kind == "context" or t.kind == "verb" and t.lemma in self.r.participation_verbs
                   or t.kind == "noun" and (expected or self._head(t) in self.r.generic_meeting_nouns or t.lemma in self.r.session_nouns)
                   for t in mm.triggers) \
            and (expected or any(t.kind == "verb" for t in mm.triggers))

    @staticmethod
    def _present_of_one_under_way(m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm``, planned only by its present tense, told in the sentence right after the undated meeting ``m``
        held ("In Brüssel beraten die EU-Agrarminister … Für Deutschland nimmt Staatssekretärin X an dem Treffen
        teil")? The present of a meeting under way: its participants are at it."""
        return mm.by_present_tense and mm.date_mention is None and m.status == "past" and m.date is None \
            and m.mentions[-1].sent_end == mm.sent_start

    def _guest_told_again(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm`` a guest's stay told in the sentence right after the meeting ``m`` that received them, with no day
        of its own ("X empfing Y am Dienstag in Wien. Y war erstmals zu Gast in Österreich")? The same visit, said
        again by its guest; not an earlier stay ("Y war bereits 2019 in Wien zu Gast"). (A visit told by its noun
        is the event the reception was part of, a record of its own: "Y hält sich zu einem Staatsbesuch in Schweden
        auf".)"""
        if not mm.triggers or any(t.lemma not in self._guest_lemmas for t in mm.triggers) \
                or m.status != "past" or mm.status != "past" or mm.date_mention is not None or mm.flashback:
            return False
        guests = {p.key for p in mm.participants if p.type == "person"} - {h.key for h in mm.hosts}
        if not guests or not guests <= {p.key for p in m.participants if p.type == "person"} \
                or m.mentions[-1].sent_end != mm.sent_start:
            return False
        words = self._doc.lowers[mm.sent_start:mm.sent_end]
        # (a year names another stay: "Y war zuletzt 2019 zu Gast in Wien")
        return self.r.past_visit_words.isdisjoint(words) and not any(len(w) == 4 and w.isdigit() for w in words)

    def _place_of_the_two(self, m: Meeting, mm: MeetingMention) -> bool:
        """Is ``mm``, told in the sentence right after ``m``'s with no day of its own, the same two or more persons
        meeting where ``m`` has no place yet ("X hat am Mittwoch Y getroffen. Die beiden kamen in Paris zusammen")?
        It says where ``m`` was; a meeting told as again, before or after it, or a journey, is another ("Die beiden
        reisten anschließend nach Kiew")."""
        if m.places or not mm.places or mm.date_mention is not None or mm.flashback or mm.earlier \
                or m.status != mm.status or m.virtual or mm.virtual or m.sideline \
                or any(t.kind == "travel" for t in mm.triggers):
            return False
        words = self._doc.lowers[mm.sent_start:mm.sent_end]
        if not self.r.sequence_words.isdisjoint(words) or not self.r.before_that_words.isdisjoint(words):
            return False
        if not 0 <= mm.sent_start - m.mentions[-1].sent_end <= 2:
            return False
        mine = {p.key for p in mm.participants if p.type == "person"}
        return len(mine) >= 2 and mine == {p.key for p in m.participants if p.type == "person"} \
            and not self._doc.sentence_says(mm.sent_start, self._again)

    def _venue_of_the_lead(self, m: Meeting, mm: MeetingMention) -> bool:
        """Does ``mm``, told in the sentence after ``m``'s with the same status, name a building inside ``m``'s
        town (``m`` naming no building) and a person of ``m``, and no host but ``m``'s ("X will host European
        leaders in London on Sunday. X is expected to welcome A, B and C to Lancaster House")? The lead's
        details: no date needed."""
        venues = [p for p in mm.places if p.type == "venue"]
        if not venues or len(venues) != len(mm.places) or m.status != mm.status or m.virtual or m.sideline:
            return False
        towns = [p for p in m.places if p.type == "city"]
        buildings = [p for p in m.places if p.type == "venue"]
        # (or a room of the lead's building: "hosted X at the White House … The two men met in the Oval Office")
        # (not one told as before it: "Zuvor hatte X Y allein im Oval Office getroffen")
        rooms = bool(buildings) and not mm.flashback and all(
            any(b.key != v.key and self._contains(b.key, v.key) for b in buildings) for v in venues)
        # (or a lead placed nowhere, whose building the details name: "Zu Gast bei X war am Donnerstag Y. Die beiden
        # führten im Schloss Bellevue ein Gespräch"; not one told as before it)
        placeless = not m.places and not mm.flashback and not mm.earlier
        if not rooms and not placeless and (not towns or buildings or not all(
                any(self._contains(t.key, v.key) for t in towns) for v in venues)):
            return False  # (a lead in a building already: another building is another event)
        # (but the host of a reception told with none: "X ist in Berlin empfangen worden. Y begrüßte seinen Gast vor
        # Schloss Bellevue")
        agentless = not m.hosts and all(t.kind == "verb" and t.lemma in self.r.host_verbs for x in m.mentions for t in x.triggers)
        # (nor one the lead told just before named, with no host, who receives in the building: "X arrived in Vienna
        # for talks with Y. Y received X at the Federal Chancellery")
        partners = {p.key for p in m.mentions[-1].participants if p.type == "person"} if not m.hosts else set()
        if not agentless and any(all(h.key != g.key for g in m.hosts) and h.key not in partners for h in mm.hosts):
            return False  # another host: "Am Flughafen wurde er von Außenminister Y begrüßt" is a welcome of its own
        last = m.mentions[-1]
        if not 0 <= mm.sent_start - last.sent_end <= 2:
            return False  # the next sentence (a space or line break may stand between)
        persons = {p.key for p in m.participants if p.type == "person"}
        return any(p.type == "person" and p.key in persons for p in mm.participants)


def _told_of_another(span: tuple[int, int] | None, triggers: list[Trigger], mm: MeetingMention) -> bool:
    """Does ``span``, the clause that told an absence (a relative clause, a second predicate), hold a meeting word of
    the sentence and none of ``mm``'s? The absence is from that meeting, not from ``mm``."""
    if span is None:
        return False
    a, b = span
    return any(a <= t.start < b for t in triggers) and not any(a <= t.start < b for t in mm.triggers)


def ms_at(mentions: list[Mention], i: int) -> Mention | None:
    for m in mentions:
        if m.start <= i < m.end:
            return m
    return None


def _an_old_plan_of(m: Meeting, mm: MeetingMention) -> bool:
    """Is ``mm`` a dated plan called off, told after ``m`` was held undated ("X hat Litauen besucht … Ursprünglich
    hatte er im Juli nach Litauen reisen wollen, den Besuch aber verschoben")? The visit held is not the plan for
    July called off: that one is a record of its own (a meeting held on that day would carry the date)."""
    return m.status == "past" and m.date is None and mm.status == "cancelled" and mm.date_mention is not None


def _compatible(a: MeetingMention, b: MeetingMention) -> bool:
    if a.places and b.places and not {p.key for p in a.places} & {p.key for p in b.places}:
        return False
    if a.date_mention and b.date_mention and a.date_mention.text != b.date_mention.text:
        return False
    return True

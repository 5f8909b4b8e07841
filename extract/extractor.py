"""From an :class:`Article` to its facts (a JSON-ready dict that follows ``extract/schema/facts.schema.json``).

The :class:`Extractor` keeps one spaCy pipeline per language, built on first use, so a corpus pays the
start-up cost once per language and process.
"""
from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from . import __version__
from .article import Article
from .dates import RefDate, date_finder
from .errors import ArticleError
from .knowledge import KnowledgeBase, default_knowledge_base
from .language import SUPPORTED
from .meetings import Meeting, MeetingFinder
from .mentions import Mention, MentionFinder, slug
from .quotes import QuoteFinder, find_quote_spans
from .reported import ReportedSpeechFinder
from .rules import default_rules
from .tokens import CachedDoc

FACTS_VERSION = "1.1"


@dataclass(frozen=True)
class _Finders:
    """The rule-based finders of one language, built once per extractor."""

    mentions: MentionFinder
    meetings: MeetingFinder
    quotes: QuoteFinder
    reported: ReportedSpeechFinder


def _evidence(doc: CachedDoc, start_tok: int, end_tok: int) -> dict:
    # a quotation that goes on in the next sentence has both as its evidence
    s_start, s_end = doc.chars(doc.sent_start(start_tok), max(doc.sent_end(start_tok), doc.sent_end(end_tok - 1)))
    span_start, span_end = doc.chars(start_tok, end_tok)
    return {"sentence": doc.text[s_start:s_end], "start": s_start, "end": s_end, "span_start": span_start, "span_end": span_end}


def _without_related_links(text: str, headings: tuple[str, ...]) -> str:
    """The article with the links to other articles blanked out: a line that is only a heading of related links
    ("Mehr zum Thema", "Lesen Sie auch", "Related"), and the lines after it that are list items or headlines (no
    full stop at the end, short), up to the first paragraph of the article again. What a web page lists there are
    other articles' headlines, not this article's facts. Blanked with spaces, so every offset stays the text's."""
    if not headings or not _related_pattern(headings).search(text):
        return text
    pattern = _related_pattern(headings)
    out, blank = [], False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if pattern.fullmatch(stripped):
            blank = True
        elif blank and stripped and not stripped.startswith(_LIST_MARKS) \
                and (stripped[-1] in ".!?“”\"«»" or len(stripped) > _HEADLINE_LENGTH):
            blank = False  # the article goes on ("Mehr zum Thema" boxes stand between paragraphs too)
        out.append(_NOT_NEWLINE.sub(" ", line) if blank else line)
    return "".join(out)


_HEADLINE_LENGTH = 100  # a listed headline is shorter than this and ends with no full stop
_LIST_MARKS = ("-", "–", "—", "•", "*", "·")  # an item of the list, whatever its end
_NOT_NEWLINE = re.compile(r"[^\n\r]")


@lru_cache(maxsize=8)
def _related_pattern(headings: tuple[str, ...]) -> re.Pattern:
    names = "|".join(re.escape(h) for h in sorted(headings, key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:{names})[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)


class Extractor:
    """Extract facts from articles. ``Extractor().extract(article)`` returns the facts of one article."""

    def __init__(self, kb: KnowledgeBase | None = None, models: Mapping[str, str] | None = None) -> None:
        """``models``: an optional trained spaCy pipeline per language (``{"de": "de_core_news_md"}``, a package
        name or a folder); without one, ``spacy.blank`` and the rules do everything."""
        self.kb = kb or default_knowledge_base()
        self.models = dict(models or {})
        self._nlp: dict[str, object] = {}
        self._rule_sets: dict[str, _Finders] = {}
        self._loaded: set[str] = set()

    def _finders(self, lang: str) -> "_Finders":
        if lang not in self._rule_sets:
            rules = default_rules(lang)
            self._rule_sets[lang] = _Finders(MentionFinder(self.kb, rules), MeetingFinder(self.kb, rules), QuoteFinder(rules), ReportedSpeechFinder(rules))
        return self._rule_sets[lang]

    def load(self, lang: str) -> None:
        """Build the pipeline and rule tables of ``lang`` now, not when its first article comes.

        They live as long as the extractor, so they are then moved out of the garbage collector's reach
        (``gc.freeze``): its full passes would otherwise walk the knowledge base's and pipeline's hundreds of
        thousands of objects again and again while the articles' short-lived ones come and go (about a tenth of
        the extraction time, bench/extraction_speed.py). Objects frozen are still freed when nothing refers to
        them; only reference cycles among them stay until the process ends.
        """
        if lang not in SUPPORTED:
            raise ValueError(f"language {lang!r} is not supported; expected one of {', '.join(SUPPORTED)}")
        if lang in self._loaded:
            return
        self.nlp(lang)
        self._finders(lang)
        self._loaded.add(lang)
        gc.collect()
        gc.freeze()

    def nlp(self, lang: str):
        if lang not in self._nlp:
            from .pipeline import default_nlp, make_nlp

            if lang in self.models:
                self._nlp[lang] = make_nlp(lang, self.kb, self.models[lang])
            elif self.kb is default_knowledge_base():
                self._nlp[lang] = default_nlp(lang)
            else:
                self._nlp[lang] = make_nlp(lang, self.kb)
        return self._nlp[lang]

    def extract(self, article: Article) -> dict:
        lang = article.language or "de"
        if lang not in SUPPORTED:
            raise ArticleError(article.path or article.id, f"language {lang!r} is not supported; expected de or en")
        rules = default_rules(lang)
        self.load(lang)
        finders = self._finders(lang)
        text = _without_related_links(article.text, rules.related_headings)
        doc = CachedDoc(self.nlp(lang)(text), text, rules.clause_continuers, rules.phrase_openers,
                        rules.address_pronouns, rules.definite_determiners)
        ms = finders.mentions.find(doc, article.dateline_place)
        ref = RefDate.parse(article.dateline_date) or RefDate.parse(article.date)
        # a date inside a person's name is none ("Theresa May", "Brian August")
        names = [(doc.idx[m.start], doc.idx[m.end - 1] + len(doc.texts[m.end - 1])) for m in ms.mentions if m.type == "person"]
        dates = [d for d in date_finder(rules).find(doc.text) if not any(a < d.end and d.start < b for a, b in names)]
        qspans = find_quote_spans(doc.text)
        quote_tokens: set[int] = set()
        for q in qspans:
            sp = doc.char_span(q.start, q.end, alignment_mode="expand")
            if sp is not None:
                quote_tokens.update(range(sp.start, sp.end))
        meetings = finders.meetings.find(doc, ms, dates, quote_tokens, ref, article.dateline_place, article.dateline_date)
        quoted = finders.quotes.find(doc, ms, qspans)
        quotations = quoted + finders.reported.find(doc, ms, quote_tokens, quoted)
        quotations.sort(key=lambda q: q.token_start)
        return self._facts(article, doc, ms.mentions, meetings, quotations, rules.interview_heads)

    # -- serialisation ---------------------------------------------------------------------------------
    def _facts(self, article: Article, doc: Doc, mentions: list[Mention], meetings: list[Meeting], quotations,
               interview_heads: tuple[str, ...] = ()) -> dict:
        actors: dict[str, dict] = {}
        places: dict[str, dict] = {}
        for m in mentions:
            if m.is_actor:
                self._actor(actors, m, doc)
        meeting_out = []
        for n, mt in enumerate(meetings, start=1):
            for a in mt.absent:
                self._actor(actors, a, doc)
            for p in mt.places:
                if p.key in self.kb.entities:
                    self._place(places, p.key, p.text)
                elif p.key not in places:
                    places[p.key] = {"key": p.key, "type": p.type, "name": p.text, "names": {}, "forms": [p.text],
                                     "country": None, "within": None, "geonames": None, "wikidata": None}
            mention_ev = [
                {**(ev := _evidence(doc, mm.triggers[0].start, mm.triggers[0].end)), "trigger": doc.text[ev["span_start"]:ev["span_end"]]}
                for mm in mt.mentions
            ]
            meeting_out.append({
                "id": f"m{n}",
                "trigger": mention_ev[0]["trigger"],
                "kind": mt.trigger.lemma,
                "trigger_type": mt.trigger.kind,
                "status": mt.status,
                "virtual": mt.virtual,
                "date": None if mt.date is None else {"value": mt.date.value, "precision": mt.date.precision, "text": mt.date.text},
                "places": [p.key for p in mt.places],
                "attendees": [self._role_fact(a, doc) for a in mt.participants],
                "hosts": [self._role_fact(h, doc) for h in mt.hosts],
                "absent": [self._role_fact(a, doc) for a in mt.absent],
                "evidence": mention_ev,
            })
        statements = []
        said_before: tuple[int, str | None] | None = None  # (sentence, meeting) of the quotation before
        for n, q in enumerate(quotations, start=1):
            meeting_id = self._meeting_of_quote(q, meetings, doc, interview_heads, said_before)
            said_before = (doc.sent_start(q.token_start), meeting_id)
            statements.append({
                "id": f"q{n}",
                "speaker": q.speaker.key,
                "text": q.quote.text(doc.text),
                "mode": q.mode,
                "meeting": meeting_id,
                "evidence": {**_evidence(doc, q.token_start, q.token_end), "span_start": q.quote.first_char, "span_end": q.quote.end},
            })
            self._actor(actors, q.speaker, doc)
        for a in actors.values():
            if a["type"] == "person" and not a["in_kb"] and a["forms"]:
                # the fullest form the article uses, not whichever mention came first ("der Präsident")
                a["name"] = max(a["forms"], key=lambda form: (len(form.split()), len(form)))
            if a["type"] == "group":
                # the form the group is keyed by ("Sicherheitskabinett", not the genitive the headline used first)
                a["name"] = next((form for form in a["forms"] if f"group:{slug(form)}" == a["key"]), a["name"])
            if a["type"] in ("person", "group") and a.get("country") and f"country:{a['country']}" in self.kb.entities:
                self._place(places, f"country:{a['country']}", None)
        return {
            "facts_version": FACTS_VERSION,
            "extractor": {"name": "newsgraph", "version": __version__},
            "article": {**article.metadata(), "sha256": article.sha256, "text": article.text},
            "actors": sorted(actors.values(), key=lambda a: a["key"]),
            "places": sorted(places.values(), key=lambda p: p["key"]),
            "meetings": meeting_out,
            "statements": statements,
        }

    def _role_fact(self, m: Mention, doc: Doc) -> dict:
        return {"actor": m.key, "evidence": _evidence(doc, m.start, m.end)}

    def _actor(self, actors: dict, m: Mention, doc: Doc) -> None:
        ent = self.kb.entities.get(m.key)
        a = actors.get(m.key)
        if a is None:
            a = actors[m.key] = {
                "key": m.key,
                "type": m.type,
                "name": ent.name if ent else m.text,
                "names": dict(ent.names) if ent else {},
                "forms": [],
                "role": None,
                "country": (ent.country if ent else None) or m.country,
                "wikidata": ent.wikidata if ent else None,
                "in_kb": ent is not None,
                "evidence": _evidence(doc, m.start, m.end),
            }
            if m.type == "country":
                a["country"] = m.key.split(":", 1)[1]
        for form in (m.text, m.bare):
            if form and form not in a["forms"] and m.via not in ("roleref",):
                a["forms"].append(form)
        if m.role and not a["role"]:
            a["role"] = m.role
        if m.country and not a["country"]:
            a["country"] = m.country

    def _place(self, places: dict, key: str, surface: str | None) -> None:
        """Add a place and the places that contain it (venue -> city -> country, region -> country)."""
        while key and key not in places:
            ent = self.kb.entities.get(key)
            if ent is None:
                return
            places[key] = {
                "key": key,
                "type": ent.type,
                "name": ent.name,
                "names": dict(ent.names),
                "forms": [surface] if surface else [],
                "country": ent.country,
                "within": ent.within,
                "geonames": ent.geonames,
                "wikidata": ent.wikidata,
            }
            surface = None
            key = ent.within
        if key in places and surface and surface not in places[key]["forms"]:
            places[key]["forms"].append(surface)

    def _meeting_of_quote(self, q, meetings: list[Meeting], doc: Doc, interview_heads: tuple[str, ...] = (),
                          said_before: tuple[int, str | None] | None = None) -> str | None:
        """The meeting told in the quotation's sentence, else the last told before it that the speaker was at
        ("Merz wurde per Video zugeschaltet. … Nausėda sagte, …": the summit Nausėda hosted; "X later travelled to
        Chequers, where he met the King. Starmer said …": Starmer's talks with X before), else the last told.
        ``said_before``: the sentence and meeting of the quotation before, whose scene a quotation in the next
        sentence goes on with when its speaker was at that meeting too."""
        # (sentence start, outside a phrase of sequence, -meeting number) of the last told before, the first of a
        # sentence's meetings on a tie;
        # and the same of those the speaker was at
        best: tuple[int, bool, int] | None = None
        best_held: tuple[int, bool, int] | None = None  # the last one held
        theirs: tuple[int, bool, int] | None = None
        theirs_held: tuple[int, bool, int] | None = None  # of those, the last one held
        told_here: list[tuple[bool, int]] = []  # (speaker absent from it, number) of the sentence's meetings
        # (not the background the story is told against, unless it is all there is: "It was their first
        # conversation since the summit in Alaska. X said the two leaders agreed …" is said of the conversation)
        foreground = {id(mt) for mt in meetings if not all(x.background for x in mt.mentions)}
        for n, mt in enumerate(meetings, start=1):
            present = any(p.key == q.speaker.key for p in mt.participants)
            for mm in mt.mentions:
                if mm.sent_start <= q.token_start < mm.sent_end or mm.sent_start < q.token_end <= mm.sent_end:
                    # ("X, who was not invited, said he would meet Y": the meeting X goes to, not the one X missed)
                    told_here.append((any(a.key == q.speaker.key for a in mt.absent), n))
                    break
                if mm.sent_end <= q.token_start and (id(mt) in foreground or not foreground):
                    # (of a sentence's meetings, not one first told in its phrase of sequence: "Nach einem Telefonat
                    # am Montag trafen sich X und Y am Mittwoch" tells the meeting last)
                    key = (mm.sent_start, not (mm.phrase_end is not None and mt.mentions[0] is mm), -n)
                    best = max(best or (-1, False, 0), key)
                    if mt.status == "past":
                        best_held = max(best_held or (-1, False, 0), key)
                    if present:
                        theirs = max(theirs or (-1, False, 0), key)
                        if mt.status == "past":
                            theirs_held = max(theirs_held or (-1, False, 0), key)
        if told_here:
            return f"m{min(told_here)[1]}"
        own = doc.sent_start(q.token_start)
        if interview_heads and any(w.endswith(interview_heads) for w in doc.lowers[own:doc.sent_end(own)]):
            return None  # "»…«, sagte X im Interview mit dem Deutschlandfunk": said there, at no meeting told
        # ("X lud Y zu einem Gegenbesuch ein. … »Wir haben viel gelernt«, so X zum Abschluss": said at the visit
        # held, not at the one to come; but a plan told in the sentence just before is what is spoken of: "Seinen
        # geplanten Besuch sagte X ab. Er wolle keine »Zufälle«")
        just_before = doc.sent_start(own - 1) if own > 0 else -1
        if said_before is not None and said_before[0] == just_before and said_before[1] is not None:
            # ("Merz sagte zur Eröffnung: »…« Macron ergänzte, …": said at the opening too, not at the dinner the
            # evening before that Macron was at)
            mt = meetings[int(said_before[1][1:]) - 1]
            if any(p.key == q.speaker.key for p in mt.participants):
                return said_before[1]
        # (so for one at no meeting: "Rutte sprach vom Gipfel in Den Haag. … X äußerte sich ähnlich: »…«" was said
        # at the meeting held, not at the summit to come)
        found = (theirs if theirs is not None and theirs[0] == just_before else theirs_held) or theirs \
            or (best if best is not None and best[0] == just_before else best_held) or best
        if found is None:
            # ("X told allies on Wednesday that … He spoke at a meeting of the contact group": said at the meeting the
            # next sentence tells the speaker was at, when none was told before)
            after = doc.sent_end(own)
            # (one held: "Am Mittwoch will er in Vilnius Y treffen" is no meeting a thing was said at)
            nxt = next((n for n, mt in enumerate(meetings, start=1) if any(p.key == q.speaker.key for p in mt.participants)
                        and mt.status == "past" and any(mm.sent_start == after for mm in mt.mentions)), None)
            return None if nxt is None else f"m{nxt}"
        return f"m{-found[2]}"

    def extract_all(self, articles: Iterable[Article | ArticleError]) -> Iterator[dict | ArticleError]:
        for a in articles:
            if isinstance(a, ArticleError):
                yield a
                continue
            try:
                yield self.extract(a)
            except ArticleError as exc:
                yield exc

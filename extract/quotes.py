"""Direct quotations and their speakers.

A quotation counts as a statement only when the text ties it to a speaker with a speech verb right after it
(``„…“, sagte Healey``; ``"…," Healey said``; ``„…“, fügte er hinzu``) or right before it (``Healey sagte: „…“``).
Quoted names and scare quotes (``die „Koalition der Willigen“``) have no speech verb next to them and are
left alone. A pronoun speaker is the article's most recent speaker, else its most recent person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .mentions import Mention, MentionSet
from .rules import LanguageRules
from .tokens import CLAUSE_MARKS, QUOTE_MARKS

_QUOTES = re.compile(
    r"„(?P<a>[^„“”\n]{1,3000}?)[“”]"
    r"|„(?P<f>[^„“”\"\n]{1,3000}?)\""  # „…" as typed on a keyboard: the German opening, a straight close
    r"|»(?P<b>[^»«\n]{1,3000}?)«"
    r"|«(?P<c>[^»«\n]{1,3000}?)»"
    r"|“(?P<d>[^“”„\n]{1,3000}?)”"
    r"|\"(?P<e>[^\"\n]{1,3000}?)\""
)


@dataclass
class QuoteSpan:
    start: int  # character offsets of the quoted text, without the quotation marks
    end: int
    outer_start: int  # offsets including the marks
    outer_end: int
    # the earlier parts of a quote its attribution interrupts („…“, sagte X, „…“): their words come first
    head: tuple["QuoteSpan", ...] = ()

    def text(self, doc_text: str) -> str:
        # "[…]" marks where the attribution stood, as an editor marks words left out of a quotation; the comma
        # English sets inside the marks before the attribution ('"We will not waver," she said') is none of the words
        return " […] ".join(doc_text[p.start : p.end].strip().rstrip(",").rstrip() for p in (*self.head, self))

    @property
    def first_char(self) -> int:
        """Where the quoted words start: the first part's start."""
        return self.head[0].start if self.head else self.start


@dataclass
class Quotation:
    quote: QuoteSpan
    speaker: Mention
    speaker_via: str  # after | before | pronoun | reported
    token_start: int
    token_end: int
    mode: str = "direct"  # direct: the words in quotation marks; indirect: reported speech as the article words it


def find_quote_spans(text: str) -> list[QuoteSpan]:
    out = []
    for m in _QUOTES.finditer(text):
        group = next(g for g in "abcdef" if m.group(g) is not None)
        out.append(QuoteSpan(m.start(group), m.end(group), m.start(), m.end()))
    return out


def quoted_name(doc, start: int, end: int) -> bool:
    """Are the quoted words ``start:end`` one to four with a capital first: a name in quotation marks ("die
    „Koalition der Willigen“", "der „Süddeutschen Zeitung“") rather than someone's words, if nothing else says so?"""
    return end - start <= 4 and doc.texts[start][:1].isupper()


def in_fronted_phrase(doc, m: Mention, rules: LanguageRules) -> bool:
    """Is ``m`` named inside a phrase opened by a preposition in its clause ("Nach einem Treffen mit X sagte
    Y: …", "Im Gespräch mit X sagte er: …")? Where the finite verb comes second, such a phrase is the one
    constituent before the verb, so the person in it is not the verb's subject."""
    if not rules.subject_after_verb:
        # English sets the phrase off with a comma: "After meeting X in Berlin, Y said: …" - one opening the sentence
        first, end = doc.sent_start(m.start), doc.sent_end(m.start)
        opener = doc.lowers[first] in rules.object_prepositions or doc.lowers[first] in rules.sequence_prepositions
        return opener and not any(doc.texts[k] in CLAUSE_MARKS for k in range(first, m.start)) \
            and any(doc.texts[k] == "," for k in range(m.end, end))
    k = m.start - 1
    while k >= 0 and doc.texts[k] not in CLAUSE_MARKS and doc.texts[k] not in (".", "!", "?") \
            and doc.sent_start(k) == doc.sent_start(m.start):
        if doc.lowers[k] in rules.object_prepositions:
            return True
        k -= 1
    return False


class QuoteFinder:
    def __init__(self, rules: LanguageRules) -> None:
        self.rules = rules
        # every word that can be (the stem of) a speech verb: a set lookup rules out the rest
        self.speech_words = rules.speech_verbs | {s for s, _ in rules.speech_separable}

    def _is_speech_verb(self, doc, i: int, limit: int) -> bool:
        lemma, low = doc.lemmas[i], doc.lowers[i]
        if lemma not in self.speech_words and low not in self.speech_words:
            return False
        if lemma in self.rules.speech_verbs or low in self.rules.speech_verbs:
            return True
        for stem, particle in self.rules.speech_separable:
            if lemma == stem and particle in doc.lowers[i + 1 : min(limit, len(doc))]:
                return True
        return False

    def find(self, doc: Doc, ms: MentionSet, spans: list[QuoteSpan]) -> list[Quotation]:
        persons = [m for m in ms.mentions if m.type in ("person", "group")]
        speech_events: list[tuple[int, Mention]] = []  # (token index, speaker) for pronoun resolution
        out: list[Quotation] = []
        # speakers of indirect speech too ("…, sagte Healey"): they are the antecedents of a later "er"
        words = self.speech_words
        for i, (lemma, low) in enumerate(zip(doc.lemmas, doc.lowers)):
            if (lemma in words or low in words) and self._is_speech_verb(doc, i, doc.sent_end(i)):
                sp = self._speaker_after(doc, i, doc.sent_end(i), persons)
                if sp is not None:
                    speech_events.append((i, sp))
        for q in spans:
            inner = doc.char_span(q.start, q.end, alignment_mode="expand")
            outer = doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand")
            if inner is None or outer is None or not inner.text.strip():
                continue
            if outer.start > 0 and self._media_name_before(doc.lowers[outer.start - 1]):
                continue  # "Die türkische Zeitung „Yeni Haber“ hatte berichtet, …": the paper's name, no one's words
            if quoted_name(doc, inner.start, inner.end) and self._media_name_before(doc.lowers[inner.end - 1]):
                continue  # "sagte X der „Süddeutschen Zeitung“": a paper's name ending in its noun, no one's words
            # a name in quotes right before a verb, with no mark between ("Im Interview mit der „Rzeczpospolita“
            # betonte X: …"), is the name of a paper or a format, not words said after it
            named = quoted_name(doc, inner.start, inner.end) and not doc.is_punct[inner.end - 1] \
                and outer.end < len(doc) and not doc.is_punct[outer.end]
            found = ((None if named else self._after(doc, outer.end, persons, speech_events))
                     or self._before(doc, outer.start, persons, speech_events)
                     or self._before_in_sentence(doc, outer.start, outer.end, persons, speech_events)
                     or self._named_object(doc, outer.start, persons, speech_events)
                     or self._source_before(doc, outer.start, outer.end, persons))
            last = out[-1] if out else None
            if last is not None and last.speaker_via in ("after", "pronoun") and self._continues(doc, last, outer.start, outer.end, found):
                # one statement that the attribution interrupts („…“, sagte X, „…“) or that goes on in a
                # sentence of its own: one quotation, its parts joined
                out[-1] = Quotation(QuoteSpan(q.start, q.end, last.quote.outer_start, q.outer_end,
                                              (*last.quote.head, last.quote)), last.speaker, last.speaker_via,
                                    last.token_start, outer.end)
                continue
            if found is None:
                continue
            speaker, via = found
            out.append(Quotation(q, speaker, via, outer.start, outer.end))
            speech_events.append((outer.start, speaker))
            speech_events.sort(key=lambda e: e[0])
        return self._without_repeats(doc, out)

    @staticmethod
    def _without_repeats(doc: Doc, out: list[Quotation]) -> list[Quotation]:
        """A quote a headline or teaser gives again, whole or cut short ("Wadephul in Ankara: „Die Türkei ist ein
        wichtiger Partner“" over the body's „Die Türkei ist ein wichtiger Partner, gerade in …“, sagte X), is one
        statement: the fullest, the body's when both are whole."""
        if len(out) < 2:
            return out
        words = [" ".join(q.quote.text(doc.text).lower().replace(",", " ").split()).rstrip(".!?") for q in out]

        def repeated(i: int) -> bool:
            return any(j != i and out[j].speaker.key == out[i].speaker.key and words[i] and (
                words[j].startswith(words[i] + " ") or words[j] == words[i] and j > i) for j in range(len(out)))

        return [q for i, q in enumerate(out) if not repeated(i)]

    def _media_name_before(self, word: str) -> bool:
        """A word for a paper, broadcaster or agency, alone or as a compound's head ("Zeitung", "Tageszeitung",
        "Fernsehsender"): a quote right after it is the outlet's name."""
        return word in self.rules.media_words or any(len(w) >= 6 and word.endswith(w) for w in self.rules.media_words)

    @staticmethod
    def _continues(doc: Doc, last: Quotation, q_start: int, q_end: int, found: tuple[Mention, str] | None) -> bool:
        """Whether the quote at ``q_start`` goes on with ``last``, a quote its speaker was named after.

        ``„A“, sagte X, „B“``: the second part follows the attribution after a comma in the same sentence.
        ``„A“, sagte X. „B“``: a quote that is a whole sentence of its own, right after the attribution, with
        no speaker of its own, is X's too."""
        if doc.sent_start(q_start) == doc.sent_start(last.token_start):
            # (not when the second part has a speaker of its own after it: „A“, sagte X, „B“, ergänzte Y)
            other = found is not None and found[1] == "after" and found[0].key != last.speaker.key
            return q_start > last.token_end and doc.texts[q_start - 1] == "," and not other
        if found is not None or doc.sent_start(q_start) != doc.sent_end(last.token_end - 1):
            return False
        tail = range(q_end, doc.sent_end(q_start))
        return doc.sent_start(q_start) == q_start and all(doc.is_punct[k] or doc.is_space[k] for k in tail)

    def _named_object(self, doc: Doc, q_start: int, persons: list[Mention], events) -> tuple[Mention, str] | None:
        """``X sprach von einem „klaren Signal“ der übrigen 26``, ``Putin spoke of an "understanding" and …``:
        the quote is the object of a verb of naming a few words before it, so it is the words of that verb's
        subject, however the sentence goes on."""
        s_start = doc.sent_start(q_start)
        naming = self.rules.naming_verbs
        for v in range(q_start - 1, max(s_start, q_start - 10) - 1, -1):
            if doc.texts[v] in (",", ";", ":") or doc.texts[v] in ("„", "»", "«", "“", '"'):
                return None  # the verb's clause has ended, or another quote stands between
            needed = naming.get(doc.lemmas[v], naming.get(doc.lowers[v]))
            if needed is None:
                continue
            if needed and needed not in doc.lowers[v + 1 : q_start]:
                return None
            before = v
            while before > s_start + 1 and doc.lowers[before - 1] in self.rules.naming_adverbs:
                before -= 1  # ('X later called it "overdue"')
            subject = self._subject_before(doc, before, persons, s_start)
            if subject is not None:
                return subject, "before"
            # (a pronoun before the verb is its subject, a person after it the object: "He praised X as a "reliable
            # partner"", "Er lobte X als „verlässlichen Partner“")
            after = next((m for m in persons if v < m.start <= v + 2 and m.end <= q_start), None)
            if after is not None and not (v > s_start and doc.lowers[v - 1] in self.rules.pronouns):
                return after, "before"  # "sprach Kanzler X von …"
            if (v > s_start and doc.lowers[v - 1] in self.rules.pronouns) or doc.lowers[v + 1] in self.rules.pronouns:
                # (a pronoun inside the sentence, after the subject it stands for: "On the sidelines, X met Y, in what
                # he described as "a substantive meeting"")
                antecedent = self._subject_of_sentence(doc, s_start, v - 1, persons) \
                    if v - 1 > s_start and doc.lowers[v - 1] in self.rules.pronouns else None
                antecedent = antecedent or self._antecedent(doc, v + 1, persons, events)
                return (antecedent, "pronoun") if antecedent is not None else None
            return None
        return None

    @staticmethod
    def _subject_of_sentence(doc: Doc, s_start: int, p: int, persons: list[Mention]) -> Mention | None:
        """The subject of the sentence that the pronoun at ``p`` stands in, if a comma sets the pronoun's clause
        apart after it: the first person at the sentence's start or right after a comma (past a fronted phrase: "On
        the sidelines, X met Y"); not one inside a phrase ("After meeting Y, X …")."""
        if not any(doc.texts[k] == "," for k in range(s_start, p)):
            return None
        for m in persons:
            if m.type != "person" or not s_start <= m.start < p:
                continue
            j = m.start
            while j > s_start and doc.texts[j - 1][:1].isupper() and doc.texts[j - 1].isalpha():
                j -= 1  # (past a title: "President X")
            if j == s_start or doc.texts[j - 1] == ",":
                return m
        return None

    def _source_before(self, doc: Doc, q_start: int, q_end: int, persons: list[Mention]) -> tuple[Mention, str] | None:
        """``Nach Worten von X ist das Bündnis „geeint wie nie“.``, ``Laut X war das Treffen „ein Durchbruch“.``,
        ``X zufolge sind die Gespräche „auf gutem Weg“.``: a source marker before the quote names its speaker when
        the quote closes the sentence."""
        s_start, s_end = doc.sent_start(q_start), doc.sent_end(q_start)
        after = q_end
        while after < s_end and doc.is_space[after]:
            after += 1
        if after < s_end and doc.texts[after] not in (".", "!", "?"):
            return None
        for k in range(s_start, q_start):
            for phrase in self.rules.source_before:
                n = len(phrase)
                if tuple(doc.lowers[k:k + n]) == phrase:
                    # (past role words: "nach Worten von Nato-Generalsekretär X")
                    speaker = next((m for m in persons if k + n <= m.start <= k + n + 4 and m.end <= q_start and not any(
                        doc.is_punct[j] and doc.texts[j] != "-" for j in range(k + n, m.start))), None)
                    if speaker is not None and speaker.type == "person":
                        return speaker, "before"
            for phrase in self.rules.source_after:
                n = len(phrase)
                if tuple(doc.lowers[k:k + n]) == phrase:
                    speaker = next((m for m in persons if m.end == k), None)
                    if speaker is not None and speaker.type == "person":
                        return speaker, "before"
        return None

    @staticmethod
    def _subject_before(doc: Doc, v: int, persons: list[Mention], s_start: int) -> Mention | None:
        """The person right before the verb at ``v``, past a party in brackets and a relative clause between
        commas (``Kanzler X (SPD), für den es der letzte Gipfel war, sprach …``), or the person named last in an
        apposition between them (``Der Vorsitzende der Konferenz, Sachsens Ministerpräsident X (CDU), sprach …``)."""

        def ending_at(k: int, floor: int) -> Mention | None:
            if k - 1 > floor and doc.texts[k - 1] == ")":
                k = next((c for c in range(k - 2, floor - 1, -1) if doc.texts[c] == "("), k)
            return next((m for m in persons if m.end == k and m.start >= floor), None)

        if v - 1 > s_start and doc.texts[v - 1] == ",":
            opening = next((c for c in range(v - 2, s_start, -1) if doc.texts[c] == ","), None)
            if opening is None:
                return None
            return ending_at(opening, s_start) or ending_at(v - 1, opening + 1)
        return ending_at(v, s_start)

    def _speaker_after(self, doc: Doc, verb: int, limit: int, persons: list[Mention]) -> Mention | None:
        for m in persons:
            if verb < m.start <= verb + 6 and m.start < limit:
                return m
        return None

    def _after(self, doc: Doc, k: int, persons: list[Mention], events) -> tuple[Mention, str] | None:
        """``„…“, sagte X`` / ``"…," X said`` / ``„…“, fügte er hinzu`` / ``„…“ – mit diesen Worten … X``."""
        referred = self._referred_to(doc, k, persons)
        if referred is not None:
            return referred, "after"
        if k >= 2 and doc.texts[k - 2] == "." and (k >= len(doc) or doc.texts[k] != ","):
            return None  # „Das bleibt so.“ Tusk sagte …: a quote closed by a full stop; the next sentence is another's
        if k < len(doc) and doc.texts[k] in (".", "!", "?") and doc.lowers[k + 1 if k + 1 < len(doc) else k] not in self.rules.demonstratives:
            return None  # … von einem „historischen Tag“. Er kündigte an, X zu empfangen: the sentence ended with the quote
        j = k
        while j < len(doc) and doc.is_punct[j] and j - k < 2:
            j += 1
        if j >= len(doc):
            return None
        limit = min(len(doc), doc.sent_end(j) if doc.sent_end(j) > j else j + 12)
        for v in range(j, min(j + 12, limit)):
            if not self._is_speech_verb(doc, v, limit):
                continue
            # the verb follows the quote at once ("„…“, sagte"), or right after the speaker ('"…," X said'), or
            # after the name in apposition that closes the speaker's description ('"…," the Dutch prime
            # minister, Anouk de Vries, told reporters')
            right_after = any(j <= m.start and (m.end == v or (m.end == v - 1 and doc.texts[m.end] == ",")) for m in persons)
            if v > j + 1 and doc.lowers[j] in self.rules.auxiliaries:
                # "„…“, habe er den Teilnehmern gesagt", "„…“, hat X gesagt": the perfect, its speaker between the
                # auxiliary and the participle (not one after it: "…, berichteten Diplomaten" only tell of it)
                named = next((m for m in persons if j < m.start < v), None)
                if named is not None:
                    return named, "after"
                if doc.lowers[j + 1] in self.rules.pronouns:
                    antecedent = self._antecedent(doc, k, persons, events)
                    return (antecedent, "pronoun") if antecedent is not None else None
                return None
            if v > j + 1 and not right_after and doc.lowers[j] not in self.rules.pronouns:
                return None
            # the speaker is just before the verb (English "X said") or right after it (not one after a pronoun
            # that is the subject: "„…“, sagte er am Donnerstag vor den Delegationen")
            said_by = next((p for p in range(v + 1, min(v + 3, limit)) if doc.lowers[p] in self.rules.pronouns), limit)
            for m in persons:
                if j <= m.start < v or (v < m.start <= v + 6 and m.start < min(limit, said_by)):
                    return m, "after"
            pronoun = said_by < limit or (j < v and doc.lowers[j] in self.rules.pronouns)
            if pronoun:
                antecedent = self._antecedent(doc, k, persons, events)
                return (antecedent, "pronoun") if antecedent is not None else None
            return None
        return None

    def _referred_to(self, doc: Doc, k: int, persons: list[Mention]) -> Mention | None:
        """The speaker of a quote ending at ``k`` that the words after it refer to ("„…“ – mit diesen Worten
        verabschiedete sich X", '"…" With these words, X opened the summit'): the first person after them, in
        their sentence."""
        j = k
        while j < len(doc) and doc.is_punct[j] and j - k < 2:
            j += 1
        for phrase in self.rules.quote_referring_phrases:
            if tuple(doc.lowers[j:j + len(phrase)]) == phrase:
                end = doc.sent_end(j) if doc.sent_end(j) > j else len(doc)
                return next((m for m in persons if j + len(phrase) <= m.start < min(end, j + len(phrase) + 8)), None)
        return None

    def _antecedent(self, doc: Doc, k: int, persons: list[Mention], events) -> Mention | None:
        """``er``/``he``: the speaker of the nearest earlier sentence that names a person, else its first person."""
        quote_sent = doc.sent_start(k - 1) if k > 0 else 0
        earlier = [m for m in persons if m.type == "person" and m.end <= quote_sent]
        if not earlier:
            return None
        s_start, s_end = doc.sent_start(earlier[-1].start), doc.sent_end(earlier[-1].start)
        spoken = [s for (i, s) in events if s_start <= i < s_end and s.type == "person"]
        if spoken:
            return spoken[-1]
        return next(m for m in earlier if m.start >= s_start)

    def _before(self, doc: Doc, k: int, persons: list[Mention], events) -> tuple[Mention, str] | None:
        """``X sagte: „…“`` and ``X versicherte, Washington wolle, „dass …“.`` (the quote ends the sentence); the
        quote may stand in a paragraph of its own after the colon (a press release's "Vor seiner Abreise erklärte
        X:" and the statement below it)."""
        while k > 1 and doc.is_space[k - 1] and doc.texts[k - 2] == ":":
            k -= 1
        if k == 0:
            return None
        if doc.texts[k - 1] == ":":
            start = max(0, k - 25, doc.sent_start(k - 1))
            # (the verb nearest the colon: "Asked about the talks, X told reporters: …" is X's telling)
            v = next((v for v in range(k - 2, start - 1, -1) if self._is_speech_verb(doc, v, k)), None)
            if v is None and k - 1 > start and all(doc.lowers[j] in self.rules.quote_continuers for j in range(start, k - 1)):
                # "„…“, sagte X. Und weiter: „…“": the speaker of the quote before goes on
                prior = [s for i, s in events if i < k and s.type == "person"]
                return (prior[-1], "pronoun") if prior else None
            if v is None:
                # "X eröffnete das Treffen mit einem Appell: „…“": a noun of saying right before the colon; the
                # speaker is the sentence's first person
                if any(doc.lowers[j] in self.rules.speech_nouns for j in range(max(start, k - 4), k - 1)):
                    first = next((m for m in persons if start <= m.start < k - 1), None)
                    return (first, "before") if first is not None else None
                # "Merz: „Europa muss stärker werden.“", "Der Kanzler: „…“": a name alone before the colon
                named = next((m for m in persons if m.end == k - 1 and m.start >= start), None)
                if named is not None and all(doc.lowers[j] in self.rules.determiners or doc.lowers[j] in self.rules.definite_determiners
                                             or doc.texts[j][:1].isupper() for j in range(start, named.start)):
                    return named, "before"
                # "Die Abgeordnete X zeigte sich unzufrieden: „…“", "Kallas was blunt: "…"": a colon that opens
                # a quote gives it to the person the sentence opens with, its subject, whatever the verb, when
                # no one else is named before the colon ("X erhielt einen Brief von Y: „…“" may quote Y)
                named_before = [m for m in persons if start <= m.start < k - 1]
                opener = named_before[0] if len(named_before) == 1 else None
                if opener is not None and opener.type == "person" and opener.start - start <= 5 \
                        and not any(doc.is_punct[j] and doc.texts[j] != "-" for j in range(start, opener.start)) \
                        and not in_fronted_phrase(doc, opener, self.rules) \
                        and (not any(doc.texts[j] in QUOTE_MARKS for j in range(opener.end, k - 1))
                             # (past a quote of theirs: 'X spoke of an "understanding" and closed with an invitation:
                             # "…"')
                             or any(opener.end <= i < k - 1 and sp.key == opener.key for i, sp in events)):
                    return opener, "before"
                return None
            # the speaker is the verb's subject, before it or right after it ("sagte Merz:"), not a person the
            # words are about ("Die Zeitung schreibt zum Treffen von Merz und Macron: …")
            cands = [m for m in persons if start <= m.start < k - 1 and (m.end <= v and not in_fronted_phrase(doc, m, self.rules)
                                                                         or v < m.start <= v + 3)]
            if cands:
                return cands[0], "before"
            if any(doc.lowers[j] in self.rules.pronouns for j in range(max(start, v - 1), min(v + 3, k - 1))):
                # "Dazu schrieb er: „…“": the person the pronoun stands for
                antecedent = self._antecedent(doc, v, persons, events)
                return (antecedent, "pronoun") if antecedent is not None else None
            return None
        return None

    @staticmethod
    def _closes_reported_clause(doc: Doc, q_start: int, after: int, s_end: int) -> bool:
        """``X erklärte, das Treffen sei „offen und konstruktiv“ gewesen.``, ``sagte X, er hoffe auf „konkrete
        Schritte“ bei den Sicherheitsgarantien.``: a quoted phrase that starts in lower case (words of the speaker's,
        not a name in quotes) and is followed only by a few words of the clause, with no mark between."""
        first = doc.texts[q_start + 1] if q_start + 1 < len(doc) else ""
        if not first[:1].islower():
            return False
        end = s_end - 1 if doc.texts[s_end - 1] in (".", "!", "?") else s_end
        tail = range(after, end)
        return 0 < len(tail) <= 5 and all(doc.texts[k].isalpha() for k in tail)

    def _before_in_sentence(self, doc: Doc, q_start: int, q_end: int, persons: list[Mention], events) -> tuple[Mention, str] | None:
        s_start, s_end = doc.sent_start(q_start), doc.sent_end(q_start)
        after = q_end
        while after < len(doc) and doc.is_space[after]:
            after += 1
        if q_end - q_start < 4 and not doc.texts[q_start + 1][:1].islower():
            # a clause or a phrase of the speaker's, or one word of theirs in lower case (die Gespräche seien
            # „produktiv“ gewesen), not one capitalised word: a name in quotes
            return None
        if after < s_end and doc.texts[after] not in (".", "!", "?") and not self._closes_reported_clause(doc, q_start, after, s_end):
            return None  # the quote must close the sentence (a name in quotes, „Koalition der Willigen“, seldom does)
        for v in range(s_start, q_start):
            if not self._is_speech_verb(doc, v, q_start):
                continue
            if v - 1 == s_start and doc.lowers[v - 1] in self.rules.pronouns:
                # "Er lobte X als „verlässlichen Partner“": the pronoun opening the sentence is the subject, the
                # person after the verb its object
                antecedent = self._antecedent(doc, v, persons, events)
                return (antecedent, "pronoun") if antecedent is not None else None
            if v - 1 > s_start and doc.texts[v - 1] == ",":
                # "X, speaking alongside Y at a news conference, said the talks had produced "concrete results"": the
                # subject before an aside between commas
                subject = self._subject_before(doc, v, persons, s_start)
                if subject is not None:
                    return subject, "before"
            for m in persons:
                # (the subject after the verb may come with its article and role: "sagte der ukrainische
                # Verteidigungsminister X, …"; one adverb may stand between subject and verb: "X later told the BBC
                # she was "very satisfied"")
                adverb = m.end == v - 1 and doc.texts[m.end].isalpha() and doc.texts[m.end].islower()
                if (doc.past_bracket(m.end) == v or adverb) and not in_fronted_phrase(doc, m, self.rules) or (v < m.start <= v + 6) and m.end < q_start and not any(
                        doc.texts[k] in CLAUSE_MARKS for k in range(v + 1, m.start)):
                    return m, "before"
            if v + 1 < q_start and doc.lowers[v + 1] in self.rules.pronouns:
                # "Im Gespräch mit X sagte sie, Lettland sei „ein Vorbild“": the person the pronoun stands for
                antecedent = self._antecedent(doc, v + 1, persons, events)
                return (antecedent, "pronoun") if antecedent is not None else None
            # "X hatte im Vorfeld betont, Polen erwarte „…“": the subject the clause opens with, the verb a
            # participle after its auxiliary; "X teilte das Bild und ergänzte, …": a verb joined to the first
            first = next((m for m in persons if s_start <= m.start < v), None)
            if first is not None and first.start <= s_start + 3 and (doc.lowers[first.end] in self.rules.auxiliaries or (
                    doc.lowers[v - 1] in self.rules.coordinators
                    and not any(first.end <= m.start < v for m in persons)
                    and "," not in doc.texts[first.end:v])):
                return first, "before"
        if any(self._is_speech_verb(doc, v, s_end) for v in range(after, s_end)):
            # "X hatte das Gespräch als „notwendigen Kanal“ bezeichnet": the participle after the quote, its
            # subject the person the clause opens with
            first = next((m for m in persons if s_start <= m.start < q_start), None)
            if first is not None and first.start <= s_start + 3:
                return first, "before"
        return None

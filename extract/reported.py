"""Indirect (reported) speech with a named speaker.

News reports more words than it quotes: ``Healey sagte, die Lieferungen würden beschleunigt.``, ``Die Lage
sei ernst, erklärte Tusk.``, ``Laut Rutte ist das Bündnis geschlossen.``, ``Man sei geschlossen, so Rutte.``,
``Rubio said the talks had been productive.``, ``According to Sybiha, …``. A sentence gives one reported
statement when a person or group it names is tied to the content by a speech verb or a source marker
(``laut``, ``zufolge``, a closing ``so``, ``according to``), in one of three orders: speaker and verb
first, content first, or a source marker. Sentences that hold a direct quotation are left to
:mod:`extract.quotes`; a pronoun speaker (``Er sagte, …``) is not resolved here, because the reported content
would then rest on a guess.

The statement's text is the content as the article words it (not a quotation: ``mode: indirect``).
"""
from __future__ import annotations

from collections.abc import Sequence

from .mentions import Mention, MentionSet
from .quotes import Quotation, QuoteSpan, in_fronted_phrase, quoted_name
from .rules import LanguageRules
from .tokens import CachedDoc

MIN_CONTENT = 3  # tokens: "Die Lage sei ernst" yes, "sagte er am Montag" no
CLOSERS = {".", "!", "?", ";", ":", '"', "„", "“", "”", "»", "«"}


class ReportedSpeechFinder:
    def __init__(self, rules: LanguageRules) -> None:
        self.r = rules
        self.lang = rules.lang
        self.speech_words = rules.speech_verbs | {s for s, _ in rules.speech_separable}
        self.marker_firsts = {p[0] for p in rules.source_before + rules.source_after + rules.source_closing}

    def find(self, doc: CachedDoc, ms: MentionSet, quote_tokens: set[int], quoted: Sequence[Quotation] = ()) -> list[Quotation]:
        """``quoted``: the direct quotations found; a sentence that holds one, or quotes words, is theirs."""
        speakers = [m for m in ms.mentions if m.type in ("person", "group")]
        by_sentence: dict[int, list[Mention]] = {}
        for m in speakers:
            by_sentence.setdefault(doc.sent_start(m.start), []).append(m)
        out: list[Quotation] = []
        for s_start, s_end in doc.sent_spans:
            persons = by_sentence.get(s_start)
            # (a quotation begun in a sentence before and ending in this one is its too: "„Wir müssen uns
            # vorbereiten. Russland rüstet auf“, sagte X" is no reported speech of its second sentence)
            if not persons or self._quotes_words(doc, s_start, s_end, quote_tokens) \
                    or any(q.token_start < s_end and s_start < q.token_end for q in quoted):
                continue
            end = s_end
            while end > s_start and not doc.texts[end - 1].strip():
                end -= 1
            if end > s_start and doc.texts[end - 1] == ":":
                continue  # "On the sidelines of the meeting, Merz said:": a direct quote follows, told as such
            while end > s_start and (doc.texts[end - 1] in CLOSERS or not doc.texts[end - 1].strip()):
                end -= 1
            found = self._source_marker(doc, s_start, end, persons) or self._speech_verb(doc, s_start, end, persons)
            if found is None:
                continue
            speaker, a, b = found
            while a < b and (doc.texts[a] in (",", "–", "-") or doc.lowers[a] in self.r.complementizers):
                a += 1
            while b > a and doc.texts[b - 1] in (",", "–", "-"):
                b -= 1
            if b - a < MIN_CONTENT:
                continue
            start_char, end_char = doc.chars(a, b)
            span = QuoteSpan(start_char, end_char, start_char, end_char)
            out.append(Quotation(span, speaker, "reported", a, b, mode="indirect"))
        return out

    @staticmethod
    def _quotes_words(doc: CachedDoc, s_start: int, s_end: int, quote_tokens: set[int]) -> bool:
        """Does the sentence quote someone's words? Not when its only quotes are names, one to four words with a
        capital first ("sagte der „Süddeutschen Zeitung“, …", "die „Koalition der Willigen“"): its reported
        speech is still told."""
        k = s_start
        while k < s_end:
            if k not in quote_tokens:
                k += 1
                continue
            run = k
            while k < s_end and k in quote_tokens:
                k += 1
            if not quoted_name(doc, run, k):
                return True
        return False

    # -- the three orders --------------------------------------------------------------------------------
    def _source_marker(self, doc: CachedDoc, s_start: int, end: int, persons: list[Mention]):
        """``Laut X, …`` / ``…, laut X`` / ``X zufolge …`` / ``according to X, …``."""
        for k in range(s_start, end):
            if doc.lowers[k] not in self.marker_firsts:
                continue
            for phrase in self.r.source_before:
                n = len(phrase)
                if tuple(doc.lowers[k:k + n]) != phrase:
                    continue
                speaker = next((m for m in persons if k + n <= m.start <= k + n + 2), None)
                if speaker is not None and speaker.end < end and doc.texts[speaker.end] in ("'s", "’s"):
                    # "according to X's spokesman, Y, …": the one named in apposition speaks; "according to X's
                    # office": no one named does
                    speaker = next((m for m in persons if speaker.end < m.start <= speaker.end + 6), None)
                if speaker is None:
                    continue
                if k == s_start:
                    return speaker, speaker.end, end
                if doc.texts[k - 1] != "," and any(doc.texts[j][:1].isalnum() for j in range(speaker.end, end)):
                    # "Ein neuer Termin steht nach Angaben von Diplomaten noch nicht fest": the source inside the
                    # clause, what they said on both sides of it; the sentence, not its first half (also with one word
                    # after it: "Auch X wird nach Angaben von Y erwartet")
                    return speaker, s_start, end
                return speaker, s_start, k
            for phrase in self.r.source_after:
                n = len(phrase)
                if tuple(doc.lowers[k:k + n]) != phrase:
                    continue
                speaker = next((m for m in persons if m.end == k), None)
                if speaker is None:
                    continue
                if speaker.start <= s_start + 1:
                    return speaker, k + n, end
                return speaker, s_start, speaker.start
            closing = self._closing_source(doc, s_start, k, end, persons)
            if closing is not None:
                return closing
        return None

    def _closing_source(self, doc: CachedDoc, s_start: int, k: int, end: int, persons: list[Mention]):
        """``…, so X.`` / ``…, so der SPD-Politiker weiter.``: a source after a comma that closes the sentence; what
        stands before the comma is what X said. The speaker follows the marker past role words, and at most one
        word or a phrase of when or where follows the speaker ("so X am Montag in Berlin")."""
        if k - s_start <= MIN_CONTENT or doc.texts[k - 1] != ",":
            return None
        for phrase in self.r.source_closing:
            n = len(phrase)
            if tuple(doc.lowers[k:k + n]) != phrase:
                continue
            speaker = next((m for m in persons if k + n <= m.start <= k + n + 4
                            and all(self._role_word(doc, j) for j in range(k + n, m.start))), None)
            if speaker is None:
                continue
            rest = doc.past_bracket(speaker.end)
            if end - rest <= 1 or self._adverbial_tail(doc, rest, end):
                return speaker, s_start, k - 1
        return None

    def _speech_verb(self, doc: CachedDoc, s_start: int, end: int, persons: list[Mention]):
        for v in range(s_start, end):
            if not self._reporting_verb(doc, v, end):
                continue
            # (a party in brackets is part of the name: "X (CSU) sagte, …")
            before = next((m for m in persons if (doc.past_bracket(m.end) == v and not in_fronted_phrase(doc, m, self.r))
                           or (doc.past_bracket(m.end) == v - 1 and doc.texts[v - 1] == ",")
                           or self._relative_clause_between(doc, m, v)), None)
            # the speaker right after the verb, or after their role ("erklärte Frankreichs Staatschef X")
            after = next((m for m in persons if v < m.start <= v + 4 and all(
                self._role_word(doc, k) for k in range(v + 1, m.start))), None)
            # content first: "Die Lage sei ernst, sagte Tusk (am Montag)." / "The talks went well, Rubio said."
            comma = v - 1 if before is None else (before.start - 1)
            while before is not None and comma > s_start and before.start - comma <= 3 and self._role_word(doc, comma):
                comma -= 1  # ", Prime Minister X said"
            # (German puts the verb before its speaker there, ", sagte X": a name before the verb after a comma is in
            # apposition to the subject, "Der Landrat des Kreises, X (CDU), forderte …", whose words are no content)
            if comma > s_start and doc.texts[comma] == "," and not self._lone_phrase(doc, s_start, comma) \
                    and not (self.lang == "de" and before is not None):
                speaker = before or after
                rest = max(doc.past_bracket(speaker.end), v + 1) if speaker is not None else end
                # only a short tail after the verb ("…, Rubio said on Monday"), not a clause of its own
                # ("After the meeting, Cooper said Ukraine needed more help": the content follows)
                tail_is_clause = rest < end and (doc.lowers[rest] in self.r.subject_pronouns
                                                 or self.r.lang == "en" and doc.texts[rest][:1].isupper())
                if speaker is not None and (end - rest <= 4 and not tail_is_clause or self._adverbial_tail(doc, rest, end)):
                    return speaker, s_start, comma
            # speaker and verb first
            subject = self._sentence_subject(doc, s_start, v, persons)
            if subject is not None and subject is not before and (
                    before is None and after is None and doc.lowers[v - 1] in self.r.coordinators
                    or before is not None and doc.texts[v - 1] == "," and self._verb_between(doc, subject.end, before.start)):
                # "X met Y on Monday and said …", "X meets Y, says …": the verb's subject is the sentence's, not
                # the object named last
                before = subject
            if self.lang == "en" and before is None and v > s_start and doc.texts[v - 1] not in (",", ":"):
                after = None  # "The Kremlin said President X had no plans …": X is the subject of what was said
            speaker = before or after
            if speaker is None:
                continue
            k = max(v + 1, doc.past_bracket(speaker.end))
            if self.lang == "en":
                while doc.lemmas[v] == "tell" and k < end and doc.lowers[k] in self.r.listeners:
                    k += 1
                # "said on Monday that …": the content starts after the complementizer
                that = next((j for j in range(k, min(end, k + 6)) if doc.lowers[j] in self.r.complementizers), None)
                if that is None and k < end and (doc.lowers[k] in self.r.sequence_prepositions or doc.lowers[k] in self.r.object_prepositions):
                    # "told reporters after the meeting, which lasted about an hour, that …": past a phrase opened by
                    # a preposition and what it says of its noun
                    that = next((j for j in range(k, min(end, k + 18)) if doc.lowers[j] in self.r.complementizers
                                 and doc.texts[j - 1] == ","), None)
                k = that + 1 if that is not None else k
                if that is None and k < end and doc.lowers[k] in self.r.object_prepositions:
                    # "said on Wednesday he had spoken with X": a short phrase of when or where, then the clause said
                    # with its pronoun subject
                    pronoun = next((j for j in range(k + 1, min(end, k + 5)) if doc.lowers[j] in self.r.subject_pronouns), None)
                    if pronoun is not None and all(doc.texts[j].isalnum() for j in range(k + 1, pronoun)):
                        k = pronoun
                if that is None and doc.lemmas[v] in self.r.reported_object_verbs \
                        and self.r.reported_finite_words.isdisjoint(doc.lowers[k:end]):
                    continue  # "announced the deal on Thursday": a thing announced, no words reported
                if k < end and doc.texts[k] != "," and not self._adverbial_tail(doc, k, end):
                    # (not a phrase of when or where alone: "…, X said after a meeting in Luxembourg")
                    return speaker, k, end
                continue
            # German: the content follows the comma after the verb ("sagte am Montag in Berlin, …"), or a colon
            # with no quotation marks ("X warnte: Russland bereite sich auf einen längeren Krieg vor")
            first, limit = k, min(end, k + 6)
            while k < limit and doc.texts[k] not in (",", ":"):
                k += 1
            if k < limit and speaker.start > v and doc.lowers[v].endswith("en") and self._list_goes_on(doc, k, persons):
                continue  # "verkündeten Kanzler X, Ministerpräsident Y und Z die Einigung": more speakers, no content
            if k < limit:
                return speaker, k + 1, end
            comma = self._comma_after_phrases(doc, first, end)
            if comma is not None:
                return speaker, comma + 1, end
        return None

    def _list_goes_on(self, doc: CachedDoc, comma: int, persons: list[Mention]) -> bool:
        """Does a list of persons go on after the comma at ``comma``: a person named right after it, past their
        role words, and an "und" soon after ("…, Niedersachsens Ministerpräsident Y und …")? Asked only of a plural
        verb before its first speaker ("verkündeten X, Y und Z"; "sagte X, Y und Z hätten …" tells content)."""
        nxt = next((m for m in persons if comma < m.start <= comma + 5), None)
        return nxt is not None and all(self._role_word(doc, k) for k in range(comma + 1, nxt.start)) \
            and any(doc.lowers[k] in self.r.coordinators for k in range(nxt.end, min(nxt.end + 8, len(doc))))

    def _comma_after_phrases(self, doc: CachedDoc, first: int, end: int) -> int | None:
        """The comma after a longer run of phrases of when and where that follows a German speech verb ("sagte
        nach den zweitägigen Beratungen am Freitag in Bremen, man habe …"): the run opens with a preposition and
        ends in a noun, name or number, and holds no clause (no comma, complementizer or subject pronoun). A
        lower-case word before the comma is a verb's particle ("sagte am Montag seine Reise ab, …": no saying)."""
        if first >= end or doc.lowers[first] not in self.r.object_prepositions and doc.lowers[first] not in self.r.sequence_prepositions:
            return None
        for k in range(first + 1, min(end, first + 14)):
            if doc.texts[k] == ",":
                last = doc.texts[k - 1]
                return k if last[:1].isupper() or last[:1].isdigit() else None
            if doc.lowers[k] in self.r.complementizers or doc.lowers[k] in self.r.subject_pronouns:
                return None
        return None

    def _sentence_subject(self, doc: CachedDoc, s_start: int, v: int, persons: list[Mention]) -> Mention | None:
        """The person or group that opens the sentence, past role words ("Ukrainian President X met …"), before
        the verb at ``v``."""
        first = min((m for m in persons if s_start <= m.start < v), key=lambda m: m.start, default=None)
        if first is None or not all(self._role_word(doc, k) for k in range(s_start, first.start)):
            return None
        return first

    def _verb_between(self, doc: CachedDoc, a: int, b: int) -> bool:
        """Is there a lower-case word between ``a`` and ``b`` that is no article or conjunction: a verb whose
        object the later name is ("X meets Y, says …")?"""
        return any(doc.texts[k].isalpha() and doc.texts[k].islower() and doc.lowers[k] not in self.r.determiners
                   and doc.lowers[k] not in self.r.coordinators for k in range(a, b))

    def _adverbial_tail(self, doc: CachedDoc, rest: int, end: int) -> bool:
        """Is what follows the verb and speaker a run of phrases opened by a preposition, no clause of its own
        ("…, sagte X nach dem Treffen mit Y in Warschau", "…, X said after meeting Y in Riyadh")? A comma, a
        complementizer or a subject pronoun in it opens a clause ("…, X said in a statement that …")."""
        if not rest < end <= rest + 12:
            return False
        first = doc.lowers[rest]
        if first not in self.r.object_prepositions and first not in self.r.sequence_prepositions:
            return False
        return not any(doc.texts[k] == "," or doc.lowers[k] in self.r.complementizers or doc.lowers[k] in self.r.subject_pronouns
                       for k in range(rest, end))

    def _lone_phrase(self, doc: CachedDoc, a: int, b: int) -> bool:
        """Is ``a..b`` before the comma only a fronted phrase opened by a preposition ("At the summit, Macron stressed
        …", "After the meeting with X, Y announced …")? It sets the scene of the verb; it is no content said."""
        if b - a > 10 or doc.lowers[a] not in self.r.object_prepositions and doc.lowers[a] not in self.r.sequence_prepositions:
            return False
        return not any(doc.texts[k] == "," or doc.lowers[k] in self.r.complementizers or doc.lowers[k] in self.r.subject_pronouns
                       for k in range(a, b))

    def _relative_clause_between(self, doc: CachedDoc, m: Mention, v: int) -> bool:
        """``Zelensky, who was not invited, said …``: a relative clause between the speaker and the verb."""
        return (m.end + 1 < v - 1 and doc.texts[m.end] == "," and doc.texts[v - 1] == ","
                and doc.lowers[m.end + 1] in self.r.relative_pronouns and "," not in doc.texts[m.end + 1:v - 1])

    def _role_word(self, doc: CachedDoc, k: int) -> bool:
        low = doc.lowers[k]
        return low in self.r.determiners or low in self.r.definite_determiners or doc.texts[k][:1].isupper()

    def _reporting_verb(self, doc: CachedDoc, i: int, limit: int) -> bool:
        lemma, low = doc.lemmas[i], doc.lowers[i]
        if lemma not in self.speech_words and low not in self.speech_words:
            return False
        if lemma in self.r.reported_exclude or low in self.r.reported_exclude:
            return False
        if doc.texts[i][:1].isupper() and i != doc.sent_start(i):
            return False  # nouns and names: "die Sprecherin", "Secretary of State Marco Rubio"
        if lemma in self.r.speech_verbs or low in self.r.speech_verbs:
            # (not with a particle that makes it another verb, right before the comma: "sagte seine Teilnahme ab, …")
            comma = next((k for k in range(i + 1, limit) if doc.texts[k] == ","), None)
            return comma is None or f"{lemma}+{doc.lowers[comma - 1]}" not in self.r.reported_exclude
        return any(lemma == stem and particle in doc.lowers[i + 1:limit] for stem, particle in self.r.speech_separable
                   if f"{stem}+{particle}" not in self.r.reported_exclude)

"""The spaCy pipeline newsgraph runs: ``spacy.blank(lang)`` with a news tokenizer, a sentencizer, lookup
lemmas (spaCy's lemma table from spacy-lookups-data) and a phrase matcher holding the knowledge base's names
(``kb_phrases``: its matches, longest first where they overlap, are in ``doc.user_data["kb_matches"]``).

No statistical model is needed. A trained spaCy pipeline can be asked for (``make_nlp(lang, model=...)``,
``newsgraph build --spacy-model de=de_core_news_md``): the rules then run on its tokens, sentences and
lemmas, and the persons its entity recogniser finds join the mentions (see ``MentionFinder``). It is never
required, and nothing is downloaded: a name that is neither an installed package nor a folder is an error.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

from .errors import ModelError
from .knowledge import KnowledgeBase, default_knowledge_base, given_names
from .rules import default_rules

HYPHENS = r"-–‐"
# the lexical attributes a blank pipeline computes for each new word: only the ones the rules read (each getter
# is a Python call per new word: 12,000 new words in a cold pass over 130 articles). spaCy computes 23 (shape,
# norm, prefix, suffix, like_url, like_num, stop word …) for every word it meets the first time, which was a fifth
# of the extraction time of news text (every article brings new names and word forms); features for a statistical
# model that is not there.
LEXICAL_ATTRIBUTES = frozenset({LOWER, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE})
TOKENIZER_CACHE_CHUNKS = 500_000
OPENING_QUOTES = {"„", "»", "“", "«", "\""}
SENTENCE_END = {".", "!", "?", ":"}
APOSTROPHE_NAME = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]?['’][A-ZÀ-Þ][^\W\d_]+$")
LETTERS_NOT_INITIALS = ("X.",)  # a letter and full stop that end a sentence rather than abbreviate a name
# a year's full stop ends a sentence ("seit Mai 2025. Die Gespräche …"): German spaCy keeps a number and its stop
# together as an ordinal ("am 3. Mai"), and a year is no ordinal a news text writes with digits
YEAR_STOP = r"(?<=\b1[5-9][0-9]{2}|\b20[0-9]{2}|\b21[0-9]{2})\."
ROMAN_NUMERAL = re.compile(r"^(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")  # I … LXXXIX: regnal numbers


class NewsSentencizer:
    """Sentence starts in one pass over the token hashes: spaCy's rule-based sentencizer (a sentence ends after
    a run of sentence-final punctuation), plus the starts it misses in news: after a paragraph break, and at an
    opening quotation mark that follows a full stop (``… hatte. „Wir müssen …``). spaCy's own component and a
    second pass made a Token object per word, and setting a start token by token rescans the doc each time;
    numpy on arrays of a few hundred tokens cost more in calls than a loop over ints."""

    def __init__(self, stop_words: frozenset[str] = frozenset(), given: frozenset[str] = frozenset(),
                 time_words: frozenset[str] = frozenset()) -> None:
        from spacy.pipeline import Sentencizer
        from spacy.strings import get_string_id

        self.stop_words = stop_words  # words that open a sentence after "Ludwig XIV." ("Er regierte …")
        self.given_names = given  # the names a regnal number follows ("Carl XVI. Gustaf"); empty: any
        self.time_words = time_words  # days and months an ordinal goes with ("Montag 3. Mai")

        # hashes do not depend on the vocabulary: computed once, not per document
        self.final_marks = frozenset(get_string_id(c) for c in Sentencizer.default_punct_chars)
        self.opening_quotes = frozenset(get_string_id(c) for c in OPENING_QUOTES)
        self.full_stops = frozenset(get_string_id(c) for c in SENTENCE_END)
        self.dashes = frozenset(get_string_id(c) for c in ("–", "—"))
        self.period = get_string_id(".")

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        orths, puncts, spaces, spaced, lowers = doc.to_array([ORTH, IS_PUNCT, IS_SPACE, SPACY, IS_LOWER]).T.tolist()
        final_marks = self.final_marks
        starts = [-1] * n
        starts[0] = 1
        # a word starts a sentence when a sentence-final mark came since the last word (other punctuation
        # between them, a closing bracket or quotation mark, stays with the sentence before)
        # a lower-case word after a full stop goes on the sentence: the stop ended an ordinal or abbreviation
        # the tokenizer split off ("König Carl XVI. empfing", "Ludwig XIV. ließ")
        final_seen = orths[0] in final_marks
        period = self.period
        strings = doc.vocab.strings
        for i in range(1, n):
            if orths[i] in final_marks:
                final_seen = True
            elif not puncts[i]:
                if final_seen and not (lowers[i] and orths[i - 1] == period) \
                        and not (orths[i - 1] == period and i >= 3 and self._regnal_name(strings, orths, i)) \
                        or not final_seen and not lowers[i] and self._after_a_number(strings, orths, i):
                    starts[i] = 1
                final_seen = False
        # after a paragraph break; at an opening quotation mark right after a full stop (in text order: the
        # word after the mark does not start another sentence, unless a paragraph break says so). A mark opens
        # when it is glued to the word after it: "“" opens in English and closes in German („Wir kommen.“ Dann)
        quotes, stops = self.opening_quotes, self.full_stops
        for i in range(n - 1):
            if spaces[i] and "\n" in strings[orths[i]]:
                starts[i + 1] = 1
            elif orths[i + 1] in quotes and orths[i] in stops and not spaced[i + 1] and i + 2 < n:
                starts[i + 1] = 1
                starts[i + 2] = -1
        self._split_headlines(orths, spaces, spaced, starts, strings)
        doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
        return doc

    def _after_a_number(self, strings, orths: list, i: int) -> bool:
        """Does the word ``i`` start a sentence after a number whose full stop the tokenizer kept on it
        ("um den Aufbau der Panzerbrigade 45. Anschließend besuchte …")? German writes ordinals so ("am 3. Mai",
        "der 45. Präsident"), and an ordinal comes before a noun, not before an article, a pronoun or an adverb
        ("… Resolution 2334. Die Gespräche", "Platz 3. Er …"); after a noun and its number a capitalised word
        other than a day or month ends the sentence too ("Brigade 45. Anschließend"), where "am Montag 3. Mai"
        goes on."""
        number = strings[orths[i - 1]]
        if len(number) < 2 or number[-1] != "." or not number[:-1].isdigit():
            return False
        word = strings[orths[i]]
        if not word[:1].isupper() or not word.isalpha():
            return False
        if word.lower() in self.stop_words:
            return True
        noun = strings[orths[i - 2]] if i >= 2 else ""
        return noun[:1].isupper() and noun.isalpha() and noun.lower() not in self.stop_words \
            and word.lower() not in self.time_words and noun.lower() not in self.time_words

    def _regnal_name(self, strings, orths: list, i: int) -> bool:
        """Does the capitalised word ``i`` go on a name after a regnal number's full stop ("König Carl XVI.
        Gustaf empfing …"), rather than open a sentence ("Ludwig XIV. Er regierte …")?"""
        word, number, name = strings[orths[i]], strings[orths[i - 2]], strings[orths[i - 3]]
        # (a ruler's name is a given name: "auf der Plattform X. Merz sagte" ends a sentence at the X)
        # (nor does a word that is no given name: "König Frederik X. Anschließend sprach …" starts a sentence)
        return bool(ROMAN_NUMERAL.match(number)) and name[:1].isupper() and name.isalpha() \
            and word[:1].isupper() and word.isalpha() and word.lower() not in self.stop_words \
            and (not self.given_names or name in self.given_names and word in self.given_names)

    def _split_headlines(self, orths: list, spaces: list, spaced: list, starts: list, strings) -> None:
        """A headline joins two statements with a spaced dash ("Brandt telefoniert mit Nowak – Treffen in
        Warschau verschoben"): in a paragraph with no sentence-final mark, the word after such a dash starts a
        sentence, so the second statement's cues (verschoben, in Warschau) stay out of the first. Body text,
        where a dash sets off an aside, ends its sentences with a mark and is left alone."""
        n = len(orths)
        begin = 0
        for i in range(n + 1):
            if i < n and not (spaces[i] and "\n" in strings[orths[i]]):
                continue
            paragraph = range(begin, i)
            if len(paragraph) > 3 and not any(orths[k] in self.final_marks for k in paragraph):
                for k in paragraph:
                    if orths[k] in self.dashes and k > begin and spaced[k - 1] and spaced[k] and k + 1 < i:
                        starts[k + 1] = 1
            begin = i + 1


@Language.factory("news_sentencizer")
def make_news_sentencizer(nlp: Language, name: str) -> NewsSentencizer:
    return NewsSentencizer(frozenset(nlp.Defaults.stop_words), given_names(), default_rules(nlp.lang).time_nouns)


@lru_cache(maxsize=None)
def lemma_table(lang: str) -> dict[int, str] | None:
    """spaCy's lookup lemma table of ``lang`` (word form -> lemma of ordinary words), keyed by the hash of the
    word form as spaCy's ``Table`` is, with the ``[lemmas]`` corrections of the language file on top (the table
    reads "sprachen" as the noun's plural, not the past of "sprechen"); None when spacy-lookups-data lacks the
    language."""
    try:
        from spacy.lookups import load_lookups

        table = dict(load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup"))
    except (ValueError, OSError, ImportError):
        return None
    try:
        overrides = default_rules(lang).raw.get("lemmas", {})  # the language file's corrections
    except FileNotFoundError:
        overrides = {}
    table.update({hash_string(form): lemma for form, lemma in overrides.items()})
    return table


@lru_cache(maxsize=None)
def lemma_words(lang: str) -> frozenset[str]:
    """The lemmas of ``lemma_table`` (the ordinary words of the language in their dictionary form: "Parlament",
    "Ministerium"); empty when spacy-lookups-data lacks the language."""
    return frozenset((lemma_table(lang) or {}).values())


class NewsLemmas:
    """The lemmas of spaCy's lookup lemmatizer (``table.get(text, text)``), set for the whole doc in one array
    operation: the lemmatizer component sets them token by token in Python and took as long as all of the
    tokenizer, sentencizer and phrase matcher together."""

    def __init__(self, lang: str) -> None:
        self.table = lemma_table(lang) or {}
        # Swiss German writes ss for ß: a word the table lacks is looked up with ß too ("begrüsste" -> "begrüßen")
        self.swiss_spelling = lang == "de"
        # word hash -> lemma hash, filled as words come: a word's lemma is looked up and its hash computed once
        # per pipeline, not once per occurrence (the store is this pipeline's, so the lemma is added to it)
        self.memo: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        add, get, memo = doc.vocab.strings.add, self.table.get, self.memo
        if len(memo) > _MEMO_LIMIT:
            memo.clear()

        def lemma(orth: int) -> int:
            found = get(orth)
            if not found and self.swiss_spelling and "ss" in (text := doc.vocab.strings[orth]):
                found = get(hash_string(text.replace("ss", "ß")))
            memo[orth] = value = add(found) if found else orth
            return value

        rows = doc.to_array([ORTH, LOWER, SENT_START])
        orths, lows = rows[:, 0].tolist(), rows[:, 1].tolist()
        lemmas = [memo[orth] if orth in memo else lemma(orth) for orth in orths]
        # a capitalised first word of a sentence is looked up lower-cased when its own form is not in the
        # table: "Begrüßt wurden die Delegationen …" is "begrüßen", as it would be inside the sentence
        for i in numpy.flatnonzero(rows[:, 2] == 1).tolist():
            if orths[i] != lows[i] and not get(orths[i]) and (found := get(lows[i])):
                lemmas[i] = add(found)
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype="uint64").reshape(-1, 1))
        return doc


_MEMO_LIMIT = 500_000  # distinct words a long build may meet; past it the memo starts again


@Language.factory("news_lemmas")
def make_news_lemmas(nlp: Language, name: str) -> NewsLemmas:
    return NewsLemmas(nlp.lang)


KB_MATCHES = "kb_matches"  # the key of the knowledge base's matches in ``doc.user_data``


class KbMatch(NamedTuple):
    start: int
    end: int
    label: str  # PERSON, COUNTRY, COUNTRY_GEN, CITY, CITY_ADJ, ORG, VENUE …
    id: str  # the knowledge-base key


class KnowledgePhrases:
    """The knowledge base's names in a doc, found by one ``PhraseMatcher`` on the exact word forms, kept as
    plain tuples where they do not overlap (the longest wins, then the first: spaCy's ``filter_spans``).
    spaCy's SpanRuler did the same seven times slower (a warnings context, an empty token matcher and a
    ``Span`` object per match on every call), and reading its ``SpanGroup`` back made every ``Span`` again."""

    def __init__(self, vocab) -> None:
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        # match id -> (label hash, key hash, label, knowledge-base key): hashes first, so that found names sort
        # as spaCy sorts spans (start, end, label, id), and equal spans of two labels tie as they did
        self.keys: dict[int, tuple[int, int, str, str]] = {}

    def add_patterns(self, patterns: list[dict], make_doc) -> None:
        """``{"label", "pattern", "id"}`` rows, as ``KnowledgeBase.patterns`` gives them."""
        by_key: dict[str, list] = {}
        for p in patterns:
            by_key.setdefault(f"{p['label']}|{p['id']}", []).append(make_doc(p["pattern"]))
        strings = self.matcher.vocab.strings
        for key, docs in by_key.items():
            self.matcher.add(key, docs)
            label, _, kb_id = key.partition("|")
            self.keys[strings.add(key)] = (strings.add(label), strings.add(kb_id), label, kb_id)

    def __call__(self, doc: Doc) -> Doc:
        keys = self.keys
        found = sorted({(s, e, *keys[m]) for m, s, e in self.matcher(doc) if s != e})
        kept: list[KbMatch] = []
        taken: set[int] = set()
        for s, e, _, _, label, kb_id in sorted(found, key=lambda f: (f[1] - f[0], -f[0]), reverse=True):
            if s not in taken and e - 1 not in taken:
                kept.append(KbMatch(s, e, label, kb_id))
                taken.update(range(s, e))
        doc.user_data[KB_MATCHES] = sorted(kept)
        return doc


@Language.factory("kb_phrases")
def make_kb_phrases(nlp: Language, name: str) -> KnowledgePhrases:
    return KnowledgePhrases(nlp.vocab)


def _news_tokenizer(nlp) -> None:
    """Split hyphenated compounds (``Nato-Hauptquartier`` -> ``Nato - Hauptquartier``, ``US-Präsident``) so that
    the parts match the knowledge base, and split a closing quotation mark glued to a word."""
    from spacy.util import compile_infix_regex, compile_suffix_regex

    # a colon between letters splits them ("Bern:Genf") unless it marks the gender of a role ("Regierungschef:innen",
    # "Minister:in"), which stays one word as "Länderchef*innen" does
    infixes = [rule.replace("[:<>=]", "(?:[<>=]|:(?![Ii]n(?:nen)?\\b))") for rule in nlp.Defaults.infixes] + [
        rf"(?<=[A-Za-zÀ-ÿĀ-ž0-9])[{HYPHENS}](?=[A-Za-zÀ-ÿĀ-ž])",
        r"(?<=\w)[„“”»«\"](?=\w)",
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex([YEAR_STOP, *nlp.Defaults.suffixes]).search
    # a name with an elided particle and a typographic apostrophe stays one word ("O’Connor", "D’Alema", "N’Diaye"),
    # as it does with a straight one
    nlp.tokenizer.token_match = APOSTROPHE_NAME.match
    # spaCy keeps a capital letter and its full stop together as an initial ("Donald J. Trump"); the platform X
    # ends many a sentence now ("schrieb X auf der Plattform X. Merz …"), and news gives no one the initial X
    for letter_stop in LETTERS_NOT_INITIALS:
        nlp.tokenizer.add_special_case(letter_stop, [{ORTH: letter_stop[:-1]}, {ORTH: "."}])
    # spaCy caches the tokens of at most 10,000 distinct chunks (words with their punctuation) and then stops
    # caching: a build that met 10,000 chunks tokenised every later new word the slow way (real texts after a
    # synthetic corpus: 35% slower). A cached chunk costs some 50 bytes; half a million of them cover the words
    # of a large archive.
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS


def load_model(name: str, lang: str):
    """A trained spaCy pipeline by package name or folder; a clear error when it is missing or of another
    language (spaCy would otherwise try to guess, and nothing may be downloaded)."""
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, ValueError) as exc:
        raise ModelError(f"spaCy pipeline {name!r} cannot be loaded: it is neither an installed package nor a "
                         f"pipeline folder ({exc.__class__.__name__}); newsgraph runs without one") from exc
    if nlp.lang != lang:
        raise ModelError(f"spaCy pipeline {name!r} is for language {nlp.lang!r}, not {lang!r}")
    return nlp


def make_nlp(lang: str, kb: KnowledgeBase | None = None, model: str | None = None):
    """Build the pipeline for ``lang`` (``de`` or ``en``) with the knowledge base's patterns loaded: on
    ``spacy.blank(lang)``, or on the trained pipeline ``model`` (package name or folder) when given."""
    import spacy

    kb = kb or default_knowledge_base()
    nlp = spacy.blank(lang) if model is None else load_model(model, lang)
    _news_tokenizer(nlp)
    if not {"parser", "senter"} & set(nlp.pipe_names):
        nlp.add_pipe("news_sentencizer", first=True)
    if "lemmatizer" not in nlp.pipe_names:
        nlp.add_pipe("news_lemmas")
    phrases = nlp.add_pipe("kb_phrases")
    if model is None:
        nlp.initialize()  # a trained pipeline is not initialised again: that would reset its weights
        # a trained pipeline's features need every lexical attribute; the rules need a few
        getters = nlp.vocab.lex_attr_getters
        nlp.vocab.lex_attr_getters = {attr: get for attr, get in getters.items() if attr in LEXICAL_ATTRIBUTES}
    phrases.add_patterns(kb.patterns(lang), nlp.make_doc)
    return nlp


@lru_cache(maxsize=None)
def default_nlp(lang: str):
    """One pipeline per language and process: building it (lookup tables, 1k patterns) takes about 2 s."""
    return make_nlp(lang)

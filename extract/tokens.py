"""A doc whose tokens are made once.

spaCy builds a new ``Token`` object on every ``doc[i]`` and a new ``Span`` on every ``token.sent``; the rules
look at each token many times, and that object churn was half of the extraction time. ``CachedDoc`` keeps one
list of tokens and the sentence bounds of each token, and passes everything else through to the ``Doc``.
"""
from __future__ import annotations

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, SENT_START
from spacy.tokens import Doc


QUOTE_MARKS = frozenset({'"', "'", "„", "“", "”", "»", "«", "‚", "‘", "’", "‹", "›"})  # (spaCy's is_quote is not computed here)
# marks that end a clause (not brackets: "(SPD)" is no clause); the doc's clause cache is built with these
CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—", "„", "“", "”", "»", "«", '"', "?", "!"})

_OPENING_QUOTES = frozenset({"„", "»", "“", '"'})
_CLOSING_QUOTES = frozenset({"“", "«", "”", '"'})
_LOWER_BY_HASH: dict[int, str] = {}  # a string's hash is the same in every store: one memo for all pipelines
_MEMO_LIMIT = 500_000  # distinct lemmas a long build may meet; past it the memo starts again


class CachedDoc:
    __slots__ = ("doc", "tokens", "_sent_start", "_sent_end", "sent_spans", "texts", "lowers", "lemmas", "text", "_clauses", "idx", "_sent_lowers", "_sent_padded", "_capitalised", "is_space", "is_punct", "_continuers", "_phrase_openers", "_name_articles")

    def __init__(self, doc: Doc, text: str | None = None, clause_continuers: frozenset[str] = frozenset(),
                 phrase_openers: frozenset[str] = frozenset(), address_pronouns: frozenset[str] = frozenset(),
                 name_articles: frozenset[str] = frozenset()) -> None:
        """``text``: the string the doc was made from, when the caller has it. spaCy's tokenizer never changes
        the text, and ``Doc.text`` joins a new Token object per word on every call (5% of extraction).
        ``clause_continuers``: lower-case words before which a comma ends no clause when one of ``phrase_openers``
        follows them ("nicht in Berlin, sondern in Bonn zusammengekommen"; not "reiste nicht nach Paris, sondern flog
        nach Rom", nor "nahm nicht X, sondern Y teil", where the clause logic of persons does its own work).
        ``address_pronouns``: capitalised pronouns of polite address ("Sie", "Ihre"); inside a sentence, after a word
        or a comma, their lower-cased form keeps the capital: "you" is another word than "sie" (she, they), and
        no rule that reads "sie" should take an interviewer's "Sie haben … getroffen" for a person named before.
        ``name_articles``: definite articles, before which a few quoted words in lower case are a name, not a
        quotation ('the "coalition of the willing" met')."""
        self.doc = doc
        self._name_articles = name_articles
        self._continuers = clause_continuers
        self._phrase_openers = phrase_openers
        n = len(doc)
        self.tokens: list = [None] * n  # Token objects, made when a rule first asks for one
        # attributes read as arrays: no Token object per attribute; a word's text is sliced from the text the
        # doc was made from and lower-cased as spaCy's LOWER does (``str.lower``), lemmas are looked up through
        # a memo of the string store (a third of the time of three string-store lookups per word)
        lemmas, sent_starts, self.idx, lengths, spaces, puncts = \
            doc.to_array([LEMMA, SENT_START, IDX, LENGTH, IS_SPACE, IS_PUNCT]).T.tolist() if n else ([],) * 6
        # ``doc.is_space[k]`` rather than ``doc[k].is_space``: no Token object for the question
        self.is_space: list[bool] = list(map(bool, spaces))
        self.is_punct: list[bool] = list(map(bool, puncts))
        if text is None or (n and text[self.idx[-1]:self.idx[-1] + lengths[-1]] != doc[-1].text):
            text = doc.text
        self.texts = [text[i:i + k] for i, k in zip(self.idx, lengths)]
        self.lowers = list(map(str.lower, self.texts))
        memo = _LOWER_BY_HASH
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        get = doc.vocab.strings.__getitem__
        self.lemmas = [memo[h] if h in memo else memo.setdefault(h, get(h).lower()) for h in lemmas]  # hash 0: ""
        self.text = text
        self._clauses: tuple[list[int], list[int]] | None = None
        self._sent_lowers: dict[int, str] = {}
        self._sent_padded: dict[int, str] = {}
        self._capitalised: list[int] | None = None
        self._sent_start = [0] * n
        self._sent_end = [0] * n
        self.sent_spans: list[tuple[int, int]] = []
        starts = [i for i, start in enumerate(sent_starts) if i == 0 or start == 1]
        for start, end in zip(starts, starts[1:] + [n]):
            self.sent_spans.append((start, end))
            self._sent_start[start:end] = [start] * (end - start)
            self._sent_end[start:end] = [end] * (end - start)
        if address_pronouns:
            texts, lowers, sent_start = self.texts, self.lowers, self._sent_start
            # (the few capitalised forms first: one look-up per word, in a comprehension, on every German text)
            for k in [k for k, w in enumerate(texts) if w in address_pronouns]:
                if k > sent_start[k] and (texts[k - 1] == "," or texts[k - 1].isalpha()):
                    lowers[k] = texts[k]

    def __getitem__(self, key):
        if isinstance(key, int):
            tok = self.tokens[key]
            if tok is None:
                tok = self.tokens[key] = self.doc[key]
            return tok
        return self.doc[key]

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return (self[i] for i in range(len(self.tokens)))

    def __getattr__(self, name: str):
        return getattr(self.doc, name)

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of the tokens ``start:end`` (``Span.start_char``/``end_char`` without a Span)."""
        return self.idx[start], self.idx[end - 1] + len(self.texts[end - 1])

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` without building a Span."""
        if end <= start:
            return ""
        a, b = self.chars(start, end)
        return self.text[a:b]

    @property
    def capitalised(self) -> list[int]:
        """The positions of the words that begin with a capital letter, in order: names begin so (and in German
        nouns), and rules that look for names need not visit the other three words in four."""
        if self._capitalised is None:
            self._capitalised = [i for i, text in enumerate(self.texts) if text[:1].isupper()]
        return self._capitalised

    def sent_start(self, i: int) -> int:
        return self._sent_start[i]

    def sent_end(self, i: int) -> int:
        return self._sent_end[i]

    def past_bracket(self, k: int) -> int:
        """Past a short bracket at ``k`` after a name, which is part of it ("X (SPD)", "Y (CDU/CSU)"); ``k`` when
        there is none."""
        texts = self.texts
        if k < len(texts) and texts[k] == "(":
            return next((j + 1 for j in range(k + 1, min(k + 4, len(texts))) if texts[j] == ")"), k)
        return k

    def sentence_lowers(self, i: int) -> str:
        """The lower-cased words of the sentence of token ``i`` joined by spaces (phrase cues are looked up in
        it; several rules ask for the same sentence)."""
        start = self._sent_start[i]
        text = self._sent_lowers.get(start)
        if text is None:
            text = self._sent_lowers[start] = " ".join(self.lowers[start:self._sent_end[i]])
        return text

    def sentence_says(self, i: int, padded_phrases: tuple[str, ...]) -> bool:
        """Does the sentence of token ``i`` hold one of ``padded_phrases`` as whole words? Each phrase is given
        with a space on either side (`` zum abschluss ``, padded once when the rules load), and the sentence is
        padded once: the phrase lists are looked up in many sentences, several times each."""
        start = self._sent_start[i]
        padded = self._sent_padded.get(start)
        if padded is None:
            padded = self._sent_padded[start] = f" {self.sentence_lowers(i)} "
        return any(p in padded for p in padded_phrases)

    def _title_quotes(self) -> set[int]:
        """The quotation marks around a name, not a quotation: a noun or an article, then a mark, one to four words
        with a capital first, and a mark, with a word after it (the Council "Rat „Auswärtige Angelegenheiten“ in
        Brüssel", "das Format „Team Europa“ tagte", "am Treffen der „Koalition der Willigen“ in Brüssel"; not
        „Ja“, sagte er). Such marks end no clause."""
        texts, out = self.texts, set()
        for k, text in enumerate(texts):
            if text not in _OPENING_QUOTES or k == 0 or not texts[k - 1].isalpha() or k + 1 >= len(texts) \
                    or not texts[k + 1][:1].isalpha():
                continue
            j = next((j for j in range(k + 2, min(k + 6, len(texts))) if texts[j] in _CLOSING_QUOTES), None)
            if j is None or j + 1 >= len(texts) or not texts[j + 1][:1].isalpha() \
                    or any(texts[x] in CLAUSE_MARKS or texts[x] in (".", "!", "?") for x in range(k + 1, j)):
                continue
            # (a name in lower case too, after a definite article and before a lower-case word: 'the "coalition of
            # the willing" met'; not 'called the meeting "amazing" and said')
            if not texts[k + 1][:1].isupper() and not (texts[k - 1].lower() in self._name_articles and texts[j + 1].islower()):
                continue
            out.update((k, j))
        return out

    def _continued_at(self, k: int) -> bool:
        """Does the word at ``k``, after a comma, go on with the clause before the comma (a word of contrast, then a
        preposition or article: "nicht im Kanzleramt, sondern in der Villa Borsig zusammengekommen")?"""
        return k + 1 < len(self.lowers) and self.lowers[k] in self._continuers and self.lowers[k + 1] in self._phrase_openers

    def clause_bounds(self, i: int, boundaries: frozenset[str]) -> tuple[int, int]:
        """The clause of token ``i``: the tokens between the nearest boundary marks (or sentence ends) around
        it. Computed once per document for all tokens (the rules ask for clauses many times)."""
        if self._clauses is None:
            n = len(self.tokens)
            starts, ends = [0] * n, [0] * n
            titles = self._title_quotes()
            marks = [k for k, text in enumerate(self.texts) if text in boundaries and k not in titles
                     and not (text == "," and self._continued_at(k + 1))]
            m = 0
            for s, e in self.sent_spans:
                # a clause runs from after one mark to the next mark (the mark belongs to the clause it ends);
                # the last one of a sentence ends with it
                a = s
                while m < len(marks) and marks[m] < e:
                    k = marks[m]
                    starts[a:k + 1] = [a] * (k + 1 - a)
                    ends[a:k + 1] = [k] * (k + 1 - a)
                    a, m = k + 1, m + 1
                starts[a:e] = [a] * (e - a)
                ends[a:e] = [e] * (e - a)
            self._clauses = (starts, ends)
        return self._clauses[0][i], self._clauses[1][i]

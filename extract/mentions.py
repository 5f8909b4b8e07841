"""Find the actors and places an article mentions.

Sources of evidence, in order: knowledge-base phrase matches (``doc.user_data["kb_matches"]``, see
``KnowledgePhrases``); role nouns with a capitalised name after them (``der britische Verteidigungsminister John Healey``,
``Ukraine's foreign minister, Andrii Sybiha``), which also find persons the knowledge base lacks;
``Name (PARTY)``; numbers or collective nouns with a role (``30 Verteidigungsminister``: a group);
then back-references inside the article: a surname alone, ``Mr Healey``, a role alone (``der Kanzler``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.strings import hash_string
from spacy.tokens import Doc

from .folding import ascii_fold, fold, skeleton, skeleton_of_folded
from .knowledge import GENDER_MARK, KnowledgeBase, given_name_gender
from .pipeline import KB_MATCHES, lemma_table, lemma_words
from .rules import LanguageRules
from .tokens import CLAUSE_MARKS, CachedDoc

ACTOR_TYPES = ("person", "country", "organization", "group")
PLACE_TYPES = ("city", "region", "venue", "country")
_LABEL_TYPES = {"PERSON": "person", "PERSON_GEN": "person", "COUNTRY": "country", "COUNTRY_GEN": "country", "ORGANIZATION": "organization",
                "CITY": "city", "REGION": "region", "VENUE": "venue",
                "CITY_ADJ": "city", "REGION_GEN": "region"}
_NUMBER_WORDS = {
    "de": {"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig",
           "dreißig", "vierzig", "fünfzig", "hundert", "dutzend", "mehrere", "zahlreiche", "rund", "etwa"},
    "en": {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
           "thirty", "forty", "fifty", "hundred", "dozens", "several", "some", "about", "around"},
}
_GERMAN_ENDINGS = ("en", "em", "er", "es", "e")
_HYPHENS = ("-", "‐")
# the endings of an inflected German adjective ("die junge Abgeordnete", "des Nordischen Rates")
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# letters, an apostrophe inside a name ("O'Connor", "D’Alema"; not a genitive's "Merz'"), and a closing stop
_NAME_CHARS = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)*\.?$")




def slug(text: str) -> str:
    """Readable, stable identifier part: ``Sébastien Lecornu`` -> ``sebastien-lecornu``, ``Łukasz`` -> ``lukasz``."""
    folded = ascii_fold(text)
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


@dataclass(slots=True)
class Mention:
    """A mention of an actor or place: tokens ``start:end`` of the doc."""

    start: int
    end: int
    type: str  # person | country | organization | group | city | venue
    key: str
    text: str
    role: str | None = None
    country: str | None = None
    kb: bool = False
    genitive: bool = False
    via: str = "kb"  # kb | role | party | surname | honorific | roleref | group | capital (a capital for its state) | description ("die estnische Hauptstadt")
    role_kind: str | None = None  # person | host (a chair: hosts the meeting they attend)
    modifier: bool = False  # a country that only qualifies a role (US-Präsident, Frankreichs Staatschef)
    gender: str | None = None  # "f" or "m" when a German role noun before the name says so (Energieministerin X)
    adjective: bool = False  # a city adjective (Münchner): a place only right before a meeting noun
    origin: bool = False  # a state a person comes from ("X aus Frankreich"): theirs, no party of its own
    bare: str | None = None  # the name without the title it is named with ("Charles III" of "King Charles III")

    @property
    def is_actor(self) -> bool:
        return self.type in ACTOR_TYPES


_GERMAN_LETTERS = frozenset("äöüÄÖÜß")  # letters a given name keeps in the data file, never dropped to fold it


def last_word_before(doc, sent_start: int) -> int:
    """The last token of the sentence before the one starting at ``sent_start``, past a paragraph break's spaces;
    0 when there is none."""
    k = sent_start - 1
    while k > 0 and doc.is_space[k]:
        k -= 1
    return max(k, 0)


def in_genitive(doc, m: Mention) -> bool:
    """Is ``m`` in the genitive ("Trumps", "Donald Trump's")? A possessor: not one of the persons the words after
    it stand for ("Stubb's office said the two men …")."""
    return m.genitive or m.end < len(doc) and doc.lowers[m.end] in ("'s", "’s")


@dataclass(slots=True)
class RoleSpan:
    start: int
    end: int
    role: str
    kind: str
    country: str | None = None
    attached: bool = False  # the role belongs to a name right after it


@dataclass
class MentionSet:
    mentions: list[Mention] = field(default_factory=list)
    roles: list[RoleSpan] = field(default_factory=list)
    _index: dict | None = field(default=None, repr=False)
    _indexed: int = field(default=-1, repr=False)

    def at(self, i: int) -> Mention | None:
        return self.by_token().get(i)

    def by_token(self) -> dict[int, Mention]:
        """Token index -> the mention covering it (rebuilt when mentions were added)."""
        if self._index is None or self._indexed != len(self.mentions):
            self._index = {k: m for m in self.mentions for k in range(m.start, m.end)}
            self._indexed = len(self.mentions)
        return self._index

    def moved(self) -> None:
        """A mention's span changed: the token index is rebuilt when next asked."""
        self._index = None


def _party_key(word: str) -> str:
    """One key for a party's forms: "Grünen" (Grünen-Politikerin) and "Grüne" (X (Grüne)), "Linken" and "Linke"."""
    low = word.lower()
    return low[:-1] if low.endswith("en") else low


def _is_name_token(tok, rules: LanguageRules, kb: KnowledgeBase, lang: str) -> bool:
    text = tok.text
    if not text[:1].isupper() or text in rules.not_names or text.isupper() and len(text) > 4:
        return False
    if not _NAME_CHARS.match(text):
        return False
    if kb.role_of(lang, text):
        return False
    if text.lower() in rules.meeting_nouns:
        return False  # "führten beide Regierungschefs Gespräche": a meeting noun after a role is no name
    return True


def photo_credit_at(doc, k: int, end: int, labels: frozenset[str]) -> bool:
    """Does a picture's credit open at ``k`` ("Foto: Kay Nietfeld/dpa", "Photo: Jane Doe/Reuters"): a caption label, a
    colon, and a name with its agency after a slash before ``end``?"""
    return k + 2 < end and doc.lowers[k] in labels and doc.texts[k + 1] == ":" and "/" in doc.texts[k + 2:end]


class MentionFinder:
    """Finds mentions in a processed doc; one instance per language, reused across articles."""

    def __init__(self, kb: KnowledgeBase, rules: LanguageRules) -> None:
        self.kb = kb
        self.rules = rules
        self.lang = rules.lang
        # heads of compounds that name a source of news, no town ("nach Kremlangaben"; words of four letters or more)
        self._source_heads = tuple(w for w in rules.source_nouns if len(w) >= 4)
        self.adjectives = kb.adjectives.get(self.lang, {})
        self.role_table = kb.roles.get(self.lang, {})
        self.max_role_words = max((len(k.split()) for k in self.role_table), default=1)
        # the first words of roles of several words; "Secretary-General" is three tokens (the tokenizer splits
        # hyphens between letters), so its first part counts too
        self.role_first_words = {k.split()[0] for k in self.role_table if " " in k} | {
            k.split("-")[0] for k in self.role_table if "-" in k.strip("-")}
        self.number_words = _NUMBER_WORDS.get(self.lang, set())
        self._meeting_heads = tuple(rules.meeting_nouns)  # a compound ending so is a meeting ("Trump-Putin-Gipfel")
        # words that cannot stand between a number and a role noun ("30 europäische Minister" yes, "2022 haben" no)
        self._function_words = (rules.auxiliaries | rules.determiners | rules.object_prepositions
                                | rules.coordinators | rules.subject_pronouns)
        dates = rules.dates
        self.calendar_words = {w.capitalize() for w in dates["weekdays"] + dates["months"]}
        self.months = set(dates["months"])
        from .knowledge import given_names

        self.given = given_names()
        self._own_given_names: dict[str, set[str]] = {}  # a known person's id -> the skeletons of their given names
        # a given name that is also a function word of the language starts a sentence as that word ("Per Video
        # zugeschaltet war …", "Will Merz …"): spaCy's stop words and the rules' own list
        from spacy.util import get_lang_class

        self.sentence_start_words = frozenset(get_lang_class(self.lang).Defaults.stop_words) | rules.sentence_start_words
        self.lemma_table = lemma_table(self.lang)
        self.lemma_words = lemma_words(self.lang)
        self.kb_forms = {form for e in kb.entities.values() for form in e.forms}
        self._spellings_seen: dict[str, tuple[str, str]] = {}
        # "f"/"s" and the first word of each spelling key: the words a person under another spelling can begin with
        self._spelling_starts = {k[0] + k[1:].split()[0] for k in kb.persons_by_spelling if k[1:].split()}
        self._place_prepositions = rules.meeting_prepositions | rules.town_prepositions | rules.travel_prepositions

    # -- helpers ---------------------------------------------------------------------------------------
    def _common_word(self, tok) -> bool:
        """Is this capitalised word an ordinary noun of the language (in spaCy's lemma table, not a given name)?"""
        if self.lemma_table is None:
            return False
        return tok.orth in self.lemma_table and tok.text not in self.given and tok.text.lower() != tok.text

    def _has_plural(self, word: str) -> bool:
        """Does spaCy's lemma table list a plural of this capitalised word (``Kräfte`` of ``Kraft``)? The table
        lists only the forms that differ from their lemma, so an ordinary noun in its dictionary form is not in it;
        a town's name has no plural (at most a genitive ``-s``)."""
        table, endings = self.lemma_table, self.rules.plural_endings
        if not table or not endings:
            return False
        stems = [word]
        # the umlaut goes on the last vowel ("Rückstand": Rückstände; "Baum": Bäume, "au" before "u")
        last = max(((word.rfind(v) + len(v), len(v), v) for v in self.rules.plural_umlauts if word.rfind(v) > 0), default=None)
        if last is not None:
            end, size, vowel = last
            stems.append(word[:end - size] + self.rules.plural_umlauts[vowel] + word[end:])
        return any(table.get(hash_string(stem + end)) == word for stem in stems for end in endings)

    def _denied_group(self, doc: Doc, start: int, ms: MentionSet) -> bool:
        """Does a denying determiner ("no") stand before the states' adjectives before the group at ``start`` ("No
        Ukrainian officials were present")? Officials are most often a source ("U.S. officials said"), no party;
        denied, they tell whose were not there."""
        k = start - 1
        while k >= 0:
            named = ms.at(k)
            if named is not None and named.type == "country":
                k = named.start - 1
            elif self.adjective_country(doc[k]) is not None or doc.lowers[k] in self.rules.coordinators:
                k -= 1
            else:
                break
        return k < start - 1 and k >= 0 and doc.lowers[k] in self.rules.denying_determiners

    def _adjective_parties(self, doc: Doc, start: int, occupied: set[int], ms: MentionSet) -> list[Mention]:
        """The states whose adjectives stand right before a group of their envoys ("Russian and Ukrainian
        delegations", "die russische und die ukrainische Delegation"): each sends one, and is a party (past a
        state named by its noun in the list: "Russian and U.S. delegations")."""
        out: list[Mention] = []
        k = start - 1
        while k >= 0 and doc.texts[k] not in (".", "!", "?"):
            if k in occupied:
                named = ms.at(k)
                if named is None or named.type != "country":
                    break
                k = named.start - 1
                continue
            named = ms.at(k - 2) if k >= 2 and doc.texts[k - 1] in ("-", "–") and doc.texts[k].islower() else None
            if named is not None and named.type == "country":
                # "US-amerikanische": the adjective after the state's noun and a hyphen is that state's
                out.append(Mention(k, k + 1, "country", named.key, doc.texts[k], kb=True, via="adjective"))
                k = named.start - 1
                continue
            code = self.adjective_country(doc[k])
            if code is not None and f"country:{code}" in self.kb.entities:
                out.append(Mention(k, k + 1, "country", f"country:{code}", doc.texts[k], kb=True, via="adjective"))
            elif not (doc.lowers[k] in self.rules.coordinators or doc.lowers[k] in self.rules.determiners or doc.texts[k] == ","):
                break
            k -= 1
        occupied.update(m.start for m in out)
        return out[::-1]

    def _town_noun(self, low: str) -> bool:
        """Is ``low`` a noun that says the name after it is a town's ("Kurort", "Hafenstadt", "Amazonas-Stadt")?"""
        return low in self.rules.town_nouns or bool(self.rules.town_noun_heads) and low.endswith(self.rules.town_noun_heads)

    def adjective_country(self, tok) -> str | None:
        low = tok.lower_
        if low in self.adjectives:
            return self.adjectives[low]
        lemma = tok.lemma_.lower()
        if lemma in self.adjectives:
            return self.adjectives[lemma]
        if self.lang == "de":
            for end in _GERMAN_ENDINGS:
                if low.endswith(end) and low[: -len(end)] in self.adjectives:
                    return self.adjectives[low[: -len(end)]]
        return None

    def _role_at(self, doc: Doc, i: int, occupied: set[int]) -> tuple[int, str, str] | None:
        """The role noun starting at token ``i``: (end, role, kind)."""
        lowers = doc.lowers
        if lowers[i] not in self.role_first_words:
            n_max = 1  # no role of several words starts here
        else:
            n_max = min(self.max_role_words, len(doc) - i)
        for n in range(n_max, 1, -1):
            if any(j in occupied for j in range(i, i + n)):
                continue
            words = " ".join(lowers[i : i + n])
            if words not in self.role_table and "-" in lowers[i:i + n]:
                words = doc.span_text(i, i + n).lower()  # "Secretary-General", "Vice-President"
            if words in self.role_table:
                role, kind = self.role_table[words]
                return i + n, role, kind
        if i in occupied:
            return None
        text = doc.texts[i]
        if self.lang == "de" and i + 2 < len(doc) and doc.texts[i + 1] == "-" and not doc[i].whitespace_ \
                and not doc[i + 1].whitespace_ and i + 2 not in occupied \
                and (lowers[i] + lowers[i + 2]) in self.role_table:
            # "Außen-Ministerin", "Bundes-Kanzler" (plain-language news parts compounds): the whole word is the
            # role; only an exact role word counts, so "US-Präsident" keeps its country prefix
            role, kind = self.role_table[lowers[i] + lowers[i + 2]]
            return i + 3, role, kind
        if not text.isalpha() and "-" not in text and not (self.lang == "de" and GENDER_MARK.search(lowers[i])):
            return None
        if lowers[i] in self.rules.clock_words and i > 0 and doc.texts[i - 1][:1].isdigit():
            return None  # "at 3 PM": a clock time, no prime minister
        # only German builds compounds of roles (Bundesaußenminister): elsewhere a role word is in the table
        found = self.kb.role_of(self.lang, text) if self.lang == "de" else self.role_table.get(lowers[i])
        if found:
            return i + 1, found[0], found[1]
        return None

    def _spelling_keys(self, text: str) -> tuple[str, str]:
        """The keys of :attr:`KnowledgeBase.persons_by_spelling` a name would have (folded, skeleton); cached, as
        nearly every capitalised word is asked."""
        keys = self._spellings_seen.get(text)
        if keys is None:
            if len(self._spellings_seen) > 100_000:
                self._spellings_seen.clear()
            folded = fold(text)
            keys = self._spellings_seen[text] = ("f" + folded, "s" + skeleton_of_folded(folded))
        return keys

    def _given_name_references(self, doc: Doc, ms: MentionSet, persons: list[Mention], occupied: set[int]) -> None:
        """"Sir Keir Starmer …", later "Sir Keir": a title of knighthood before a given name alone refers to the one
        person of the article with that given name."""
        titles = self.rules.given_name_honorifics
        if not titles:
            return
        givens: dict[str, set[str]] = {}
        for m in persons:
            ent = self.kb.entities.get(m.key) if m.kb else None
            words = [w for w in (ent.name if ent is not None else m.text).split() if w not in titles]
            if len(words) >= 2:
                givens.setdefault(words[0], set()).add(m.key)
        texts = doc.texts
        for i in doc.capitalised:
            if i == 0 or i in occupied or i - 1 in occupied or texts[i - 1] not in titles \
                    or i + 1 < len(doc) and texts[i + 1][:1].isupper():
                continue  # ("Sir Keir Starmer": the full name, found before)
            keys = givens.get(texts[i], set())
            if len(keys) == 1:
                ms.mentions.append(Mention(i - 1, i + 1, "person", next(iter(keys)), doc.span_text(i - 1, i + 1), via="honorific"))
                occupied.update((i - 1, i))

    def _second_of_double_name(self, doc, i: int) -> bool:
        """Is the word at ``i`` the second part of a double name after a given name ("Suzanne Innes-Stubb"), not
        the known Stubb? (In "das Trump-Putin-Treffen" both are the known ones.)"""
        return i >= 3 and doc.texts[i - 1] in _HYPHENS and not doc[i - 2].whitespace_ \
            and doc.texts[i - 2][:1].isupper() and doc.texts[i - 3] in self.given

    def _other_given_name(self, doc, i: int, ent) -> bool:
        """Is the known family name at ``i`` preceded by a given name (over middle initials: "Joseph R.") that is not
        the known person's own in any spelling ("Jill Biden", "Melania Trump")? Then it names someone else."""
        k = i - 1
        while k > 0 and len(doc.texts[k]) == 2 and doc.texts[k][1] == "." and doc.texts[k][0].isupper():
            k -= 1
        if k < 0:
            return False
        given = doc.texts[k]  # (a lower-case word is no given name of the list)
        if given not in self.given or given in self.rules.given_name_stoplist \
                or doc.sent_start(k) == k and doc.lowers[k] in self.sentence_start_words:
            return False
        own = self._own_given_names.get(ent.key)
        if own is None:
            own = self._own_given_names[ent.key] = {skeleton(w) for name in (ent.name, *ent.names.values(), *ent.forms)
                                                   for w in name.replace("-", " ").split()[:-1]}
        return skeleton(given) not in own

    def _possessors_of_a_clause_before(self, doc, rs, possessors: list[Mention], ms: MentionSet) -> set[str]:
        """The persons the sentence names only as a possessor, in a clause before the role's ("Donald Trump's state
        visit turned to politics on Thursday, when the US president held talks …"): the story's subject, whom the
        role takes up again, not another holder of that office beside them."""
        start = doc.sent_start(rs.start)
        before = {m.key for m in possessors if m.end < rs.start and "," in doc.texts[m.end:rs.start]}
        return {k for k in before if all(in_genitive(doc, m) for m in ms.mentions
                                         if m.key == k and start <= m.start < rs.start)}

    def _known_given(self, text: str) -> bool:
        """Is ``text`` a given name of the data file, also as spelled there without its accents ("Étienne":
        the file lists "Etienne"; not by dropping German umlauts, which it keeps: "Jörg", and "Ära" is no "Ara")?"""
        if text in self.given:
            return True
        return not text.isascii() and _GERMAN_LETTERS.isdisjoint(text) and ascii_fold(text) in self.given

    def _family_name_follows(self, doc, i: int, kb_starts: set[int]) -> bool:
        """Is the known one-word name at ``i`` a given name too ("Abbas", "Cooper"), followed by a capitalised name
        word that is no ordinary noun and no entity of the knowledge base ("Abbas Araghchi", "Cooper Flagg")? Then
        it is another person's given name: the known person's full name would have been matched whole."""
        text = doc.texts[i]
        if text not in self.given or text in self.rules.given_name_stoplist or i + 1 >= len(doc) \
                or i + 1 in kb_starts or not doc[i].whitespace_ or self._common_word(doc[i + 1]) \
                or doc.texts[i + 1] in self.lemma_words or doc.lowers[i + 1].endswith(self.rules.abstract_noun_endings):
            return False  # ("Merz sagte Abbas Unterstützung zu": a noun of the language, in its dictionary form too)
        return self._name_after(doc, i + 1, set()) > i + 1

    def _other_spellings(self, doc, ms: MentionSet, occupied: set[int]) -> None:
        """``Sergej Schoigu``, ``Beloussow``, ``Nauseda``: a person of the knowledge base under a spelling its
        forms do not list. German and English news transliterate Cyrillic, Greek and Arabic names each their
        own way, and not every paper keeps the accents; the longest run of capitalised words (hyphens inside:
        ``Al-Thani``) that folds to one person's form is that person. A single word needs four letters and no
        ordinary noun or given name of the language (``Route`` is no ``Rutte``)."""
        texts, n, spellings = doc.texts, len(doc), self.kb.persons_by_spelling
        known_at: dict[int, Mention] | None = None
        for i in doc.capitalised:
            if i in occupied or self._spelling_starts.isdisjoint(self._spelling_keys(texts[i])) \
                    or self._second_of_double_name(doc, i):
                continue  # (most capitalised words can begin no such name)
            if i + 1 < n and i + 1 in occupied:
                # "Wolodimir Selenski": a given name in another spelling before a surname form the knowledge base
                # lists is that person's, one mention
                if known_at is None:
                    known_at = {m.start: m for m in ms.mentions if m.type == "person" and m.kb}
                known = known_at.get(i + 1)
                if known is not None and any(spellings.get(k) == known.key for k in self._spelling_keys(doc.span_text(i, known.end))):
                    known.start, known.text = i, doc.span_text(i, known.end)
                    occupied.add(i)
                    ms.moved()
                    continue
            end, sent_end = i, doc.sent_end(i)
            while end < min(n, sent_end, i + 6) and end not in occupied and (
                    texts[end][:1].isupper() or (texts[end] in _HYPHENS and end + 1 < n and texts[end + 1][:1].isupper())):
                end += 1
            for j in range(end, i, -1):
                if texts[j - 1] in _HYPHENS:
                    continue
                if j - i == 1 and (len(texts[i]) < 4 or texts[i] in self.given or self._common_word(doc[i])):
                    continue
                name = doc.span_text(i, j)
                key = next((spellings[k] for k in self._spelling_keys(name) if k in spellings), None)
                if key is not None and not (j - i == 1 and (self._other_given_name(doc, i, self.kb.entities[key]) or (
                        self._honorific_of_another_gender(doc, i, Mention(i, j, "person", key, self.kb.entities[key].name))))):
                    ent = self.kb.entities[key]
                    m = Mention(i, j, "person", key, name, kb=True)
                    m.country = ent.country
                    ms.mentions.append(m)
                    occupied.update(range(i, j))
                    break

    def _region_of_a_town(self, doc, start: int, end: int) -> bool:
        """Does the town's name at ``start:end`` name the region around it ("in der Provinz Utrecht", "the province
        of Utrecht", "the Kursk region")?"""
        r, lowers = self.rules, doc.lowers
        k = start - 1
        if k > 0 and lowers[k] in r.region_links:
            k -= 1
        return k >= 0 and lowers[k] in r.region_nouns or end < len(lowers) and lowers[end] in r.region_nouns_after

    # -- main ------------------------------------------------------------------------------------------
    def find(self, doc: Doc | CachedDoc, dateline: str | None = None) -> MentionSet:
        if not isinstance(doc, CachedDoc):
            doc = CachedDoc(doc)
        ms = MentionSet()
        occupied: set[int] = set()
        kb_starts = {sp.start for sp in doc.user_data.get(KB_MATCHES, ())}
        # the words after the first of a place's name of two or more ("New York", "Tel Aviv"): none is a given name
        inside_places = {k for sp in doc.user_data.get(KB_MATCHES, ()) if _LABEL_TYPES.get(sp.label) in PLACE_TYPES
                         for k in range(sp.start + 1, sp.end)}
        others: set[str] = set()  # family names the article gave to someone the knowledge base does not know
        for sp in sorted(doc.user_data.get(KB_MATCHES, ()), key=lambda sp: sp.start):
            etype = _LABEL_TYPES.get(sp.label)
            if etype is None:
                continue
            if etype in ("city", "region") and sp.start > 0 and doc.texts[sp.start - 1] in self.given \
                    and doc.texts[sp.start - 1] not in self.rules.given_name_stoplist:
                continue  # "Lloyd Austin", "Andrew Jackson": a family name that is also a city
            if etype == "city" and sp.end - sp.start == 1 and sp.start > 0 and doc.texts[sp.start - 1] in self.rules.definite_determiners \
                    and self._common_word(doc[sp.start]):
                continue  # "in den Bergen": after an article, the word of the same spelling (a town takes none)
            if etype == "city" and self._first_name_city(doc, sp.start, sp.end):
                continue  # "Präsident Milan Petrovic", "Santiago Peña": a given name that is also a city
            if etype == "city" and self._region_of_a_town(doc, sp.start, sp.end):
                occupied.update(range(sp.start, sp.end))
                continue  # "in der Provinz Utrecht", "the Kursk region": the region, not the town
            if etype == "person" and self._second_of_double_name(doc, sp.start):
                continue
            if etype in ("city", "country", "region") and sp.start > 1 and doc.lowers[sp.start - 1] in self.rules.foreign_name_links \
                    and doc.texts[sp.start - 2][:1].isupper():
                occupied.update(range(sp.start, sp.end))
                continue  # "im Stade de France", "the Tour de France": the end of a foreign name, no place of its own
            ent = self.kb.entities.get(sp.id)
            if etype == "person" and ent is not None and sp.end - sp.start == 1 and sp.start - 1 not in inside_places \
                    and self._other_given_name(doc, sp.start, ent):
                others.add(doc.lowers[sp.start])
                continue  # "Jill Biden", "Brigitte Macron": another person of that family name (read by given name)
            if etype == "person" and ent is not None and sp.end - sp.start == 1 and doc.lowers[sp.start] in others:
                continue  # "Tony Blair … Blair sagte": the family name alone is the one the article named, not the KB's
            if etype == "person" and ent is not None and sp.end - sp.start == 1 and self._family_name_follows(doc, sp.start, kb_starts):
                continue  # "Abbas Araghchi": another person's given name (read by given name with the family name after it)
            if etype == "person" and ent is not None and sp.end - sp.start == 1 \
                    and self._honorific_of_another_gender(doc, sp.start, Mention(sp.start, sp.end, etype, sp.id, ent.name)):
                continue  # "Mrs Trump": another person of that family name (told by the honorific's gender)
            m = Mention(sp.start, sp.end, etype, sp.id, doc.span_text(sp.start, sp.end), kb=True,
                        genitive=sp.label in ("COUNTRY_GEN", "PERSON_GEN", "REGION_GEN"), adjective=sp.label == "CITY_ADJ")
            if ent is not None and etype == "person":
                m.country = ent.country
            ms.mentions.append(m)
            occupied.update(range(sp.start, sp.end))

        self._other_spellings(doc, ms, occupied)
        self._capitals_for_states(doc, ms)
        self._capital_phrases(doc, ms, occupied)
        self._dateline_places(doc, dateline, ms, occupied)
        self._shared_venues(ms)
        self._local_buildings(dateline, ms)
        self._venues(doc, ms, occupied)
        self._venue_references(doc, ms, occupied)
        self._roles_and_names(doc, ms, occupied)
        self._party_names(doc, ms, occupied)
        self._given_name_persons(doc, ms, occupied)
        self._spouses(doc, ms, occupied)
        self._unknown_towns(doc, ms, occupied)
        self._heights(doc, ms, occupied)
        self._model_persons(doc, ms, occupied)
        self._compound_modifiers(doc, ms)
        self._origin_states(doc, ms)
        self._postings(doc, ms)
        self._back_references(doc, ms, occupied)
        self._principals_of_unnamed_offices(doc, ms)
        self._possessor_states(ms)
        self._apposition_hosts(doc, ms)
        self._drop_bylines(doc, ms)
        self._owned_buildings(doc, ms)
        ms.mentions.sort(key=lambda m: (m.start, m.end))
        return ms

    def _drop_bylines(self, doc, ms: MentionSet) -> None:
        """Lines that name no one of the story: a byline ("Von Jana Roth, ARD-Studio Warschau", "By Jane Doe, BBC
        News"), a short line of its own that opens with "von"/"by" and a capitalised word and ends with no full stop,
        names the author; a picture's credit ("Foto: Kay Nietfeld/dpa", "Photo: Jane Doe/Reuters"), a short sentence
        of a caption label, a colon and a name with its agency, names the photographer."""
        words, labels = self.rules.byline_words, self.rules.caption_labels
        if not words and not labels:
            return
        lines = []
        for a, b in doc.sent_spans:
            k = a
            while k < b and doc.is_space[k]:
                k += 1
            if b - k <= 12 and labels and photo_credit_at(doc, k, b, labels):
                lines.append((k, b))
                continue
            end = b
            while end > k and doc.is_space[end - 1]:
                end -= 1
            if not words or end - k > 12 or k + 1 >= end or doc.lowers[k] not in words \
                    or doc.texts[end - 1] in (".", "!", "?", ":"):
                continue
            # the author's name (or names, joined by "und"/"and") up to a comma or the line's end: capitalised words
            # only, so a headline that opens with "Von" is none ("Von Kiew nach Brüssel: …", "Von Merz bis Macron")
            name_end = next((j for j in range(k + 1, end) if doc.texts[j] == ","), end)
            name = range(k + 1, name_end)
            if 2 <= len(name) <= 7 and all(doc.texts[j][:1].isupper() or doc.lowers[j] in self.rules.coordinators
                                           for j in name) and doc.texts[k + 1][:1].isupper():
                lines.append((k, end))
        if lines:
            ms.mentions = [m for m in ms.mentions if not any(a <= m.start < b for a, b in lines)]

    def _local_buildings(self, dateline: str | None, ms: MentionSet) -> None:
        """A venue name that is the common word for such a building (``generic_venue_forms``: "Kanzleramt") in a
        story datelined in a town of another state than the knowledge base's building ("Warschau (dpa) - … im
        Kanzleramt empfangen") names that state's building: a venue of its own, not Berlin's."""
        if not dateline or not self.rules.generic_venue_forms:
            return
        keys = self.kb.dateline_cities(dateline.strip())
        town = self.kb.entities.get(keys[0]) if len(keys) == 1 else None
        if town is None or town.country is None:
            return
        for m in ms.mentions:
            venue = self.kb.entities.get(m.key) if m.type == "venue" else None
            if venue is not None and m.text in self.rules.generic_venue_forms and venue.country not in (None, town.country):
                m.key, m.kb = f"venue:{slug(m.text)}", False

    def _owned_buildings(self, doc, ms: MentionSet) -> None:
        """A venue name that is the common word for such a building, followed by the office or person it belongs
        to, of another state than the knowledge base's building ("im Kanzleramt des polnischen Regierungschefs",
        "im Kanzleramt von Tusk"), names that state's building: a venue of its own, not Berlin's."""
        links = self.rules.venue_owner_links
        if not links or not self.rules.generic_venue_forms:
            return
        for m in ms.mentions:
            venue = self.kb.entities.get(m.key) if m.type == "venue" and m.text in self.rules.generic_venue_forms else None
            if venue is None or venue.country is None or m.end >= len(doc) or doc.lowers[m.end] not in links:
                continue
            j = m.end
            owner = next((r.country for r in ms.roles if j < r.start <= j + 3 and r.country), None) or next(
                (p.country for p in ms.mentions if p.type == "person" and j < p.start <= j + 3 and p.country), None)
            if owner is not None and owner != venue.country:
                m.key, m.kb = f"venue:{slug(m.text)}", False

    def _shared_venues(self, ms: MentionSet) -> None:
        """A venue name several venues share ("im Bundeskanzleramt": Berlin's or Vienna's) is the one whose city
        or state the article names elsewhere; with neither named, the first in venues.tsv."""
        shared = self.kb.shared_venue_forms
        venues = [m for m in ms.mentions if m.type == "venue" and m.text in shared]
        if not venues:
            return
        named = {m.key for m in ms.mentions if m.type in ("city", "country")}
        named |= {self.kb.entities[m.key].within for m in ms.mentions
                  if m.type == "venue" and m.text not in shared and m.key in self.kb.entities}
        for m in venues:
            keys = shared[m.text]
            # its city first (a story in Wien that names Deutschland too), then its state
            fits = [k for k in keys if self.kb.entities[k].within in named] or [
                k for k in keys if f"country:{self.kb.entities[k].country}" in named]
            m.key = fits[0] if fits else keys[0]

    def _party_after(self, doc, j: int, by_start: dict, links: frozenset[str], types: tuple[str, ...]) -> bool:
        """Does a party of ``types`` follow at ``j``, after at most one of ``links`` ("the prime ministers of
        Sweden and Finland", "die Innenminister Polens", "die Außenminister der Europäischen Union")?"""
        k = j + 1 if j < len(doc) and doc.lowers[j] in links else j
        m = by_start.get(k)
        # (not a format, whose ministers are a group: "die Außenminister der G7" takes part as a group, the format
        # names the meeting)
        return m is not None and m.type in types and not getattr(self.kb.entities.get(m.key), "meeting_format", False)

    def _capitals_for_states(self, doc, ms: MentionSet) -> None:
        """``represented Canberra``, ``vertrat Warschau``, ``Für Kiew verhandelten X und Y``: a capital after a
        verb of representing, or after "für"/"for" opening a clause, stands for its state (metonymy), which takes
        part; anywhere else a capital is a place."""
        verbs, passive = self.rules.capital_for_state_verbs, self.rules.capital_passive_verbs
        for m in ms.mentions:
            city = self.kb.entities.get(m.key) if m.type == "city" else None
            if city is None or not city.capital_of:
                continue
            after = m.end < len(doc) and doc.lowers[m.end] in self.rules.passive_auxiliaries
            for_side = m.start > 0 and doc.lowers[m.start - 1] in self.rules.representing and (
                m.start - 1 == doc.sent_start(m.start) or m.start > 1 and doc.texts[m.start - 2] in CLAUSE_MARKS)
            # "Moskau blieb dem Treffen fern", "Moscow boycotted the meeting": the subject opening its clause
            subject = m.end < len(doc) and doc.lowers[m.end] in self.rules.capital_subject_verbs and (
                m.start == doc.sent_start(m.start) or doc.texts[m.start - 1] in CLAUSE_MARKS)
            if (m.start > 0 and doc.lowers[m.start - 1] in verbs) or for_side or subject or (after and passive and any(
                    doc.lowers[k] in passive
                    for k in range(m.end + 1, min(len(doc), doc.clause_bounds(m.end, CLAUSE_MARKS)[1] + 1)))):
                # "Budapest wurde von einem Staatssekretär vertreten": the subject of the passive, too
                m.type, m.key, m.via = "country", f"country:{city.capital_of}", "capital"

    def _capital_phrases(self, doc, ms: MentionSet, occupied: set[int]) -> None:
        """``in der estnischen Hauptstadt``, ``Estlands Hauptstadt``, ``der Hauptstadt Estlands``, ``the
        Estonian capital``, ``the capital of Estonia``: a state's capital not named is a place all the same (the
        capital the knowledge base records for the state). With the name after it (``die ukrainische
        Hauptstadt Kiew``) the name is the place."""
        nouns = self.rules.capital_nouns
        if nouns.isdisjoint(doc.lowers):
            return  # most texts name no capital this way: one set test instead of a walk over every word
        by_start = {m.start: m for m in ms.mentions}
        by_end = {m.end: m for m in ms.mentions}
        for i, low in enumerate(doc.lowers):
            if low not in nouns or i in occupied:
                continue
            after = by_start.get(i + 1)
            if after is not None and after.type == "city":
                continue  # "die ukrainische Hauptstadt Kiew" (with a comma between, the phrase keeps the clause's place)
            start, end, state, used, adjective = i, i + 1, None, None, False
            if i > 0 and (code := self.adjective_country(doc[i - 1])) is not None:
                start, state, adjective = i - 1, code, True  # "der estnischen Hauptstadt", "the Estonian capital"
            elif (before := by_end.get(i)) is not None and before.type == "country" and before.genitive:
                start, state, used = before.start, before.key.split(":", 1)[1], before  # "Estlands Hauptstadt"
            else:
                j = i + 2 if i + 1 < len(doc) and doc.lowers[i + 1] in self.rules.of_state else i + 1
                if (m := by_start.get(j)) is not None and m.type == "country" and (m.genitive or j == i + 2):
                    end, state, used = m.end, m.key.split(":", 1)[1], m  # "der Hauptstadt Estlands", "capital of Estonia"
            if self.lang == "en" and (adjective or state is None) and (
                    start == 0 or doc.lowers[start - 1] not in self.rules.definite_determiners):
                continue  # "the Russian capital" is Moscow, "Russian capital flight" money ("Albania's capital" needs none)
            city = self.kb.capital_of_state.get(state) if state else None
            if city is None or any(k in occupied for k in range(start, end) if not (used and used.start <= k < used.end)):
                continue
            if used is not None:
                ms.mentions.remove(used)
            ms.mentions.append(Mention(start, end, "city", city, doc.span_text(start, end), kb=True, via="description"))
            occupied.update(range(start, end))

    @staticmethod
    def _possessor_states(ms: MentionSet) -> None:
        """``Greece's Kyriakos Mitsotakis``, ``Frankreichs Macron``: a state in the genitive right before a
        person says whose the person is; the state is no party of its own (and gives an unknown person a
        country)."""
        by_start = {m.start: m for m in ms.mentions}
        for m in ms.mentions:
            person = by_start.get(m.end)
            if m.type == "country" and m.genitive and person is not None and person.type == "person":
                m.modifier = True
                person.country = person.country or m.key.split(":", 1)[1]

    def _apposition_hosts(self, doc, ms: MentionSet) -> None:
        """``President X, the summit's host,`` / ``X, Gastgeber des Treffens,``: a host role set off by commas
        right after a person makes that person the host of the meeting the sentence tells."""
        persons = {m.end: m for m in ms.mentions if m.type == "person"}
        for rs in ms.roles:
            if rs.kind != "host" or rs.attached:
                continue
            k = rs.start  # back over "the summit's" / "der" to the comma after a name
            while k > 0 and doc.texts[k - 1] != "," and rs.start - k < 4 and not doc[k - 1].is_sent_start:
                k -= 1
            person = persons.get(k - 1) if k > 0 and doc.texts[k - 1] == "," else None
            # the apposition ends within a few words ("Gastgeber des Treffens,")
            closed = any(doc.texts[j] in (",", ".", ";") for j in range(rs.end, min(len(doc), rs.end + 4))) or rs.end >= len(doc)
            if person is not None and closed and person.role_kind != "host":
                person.role_kind = "host"

    def _first_name_city(self, doc, start: int, end: int) -> bool:
        """A one-word city that is also a given name, followed by a capitalised word that names nothing known
        and not after a place preposition, opens a person's name: "President Milan Petrovic" (not "in Milan")."""
        if end - start != 1 or end >= len(doc) or doc.texts[start] not in self.given:
            return False
        if start > 0 and doc.lowers[start - 1] in self._place_prepositions:
            return False
        nxt = doc.texts[end]
        return nxt[:1].isupper() and nxt.isalpha() and nxt not in self.rules.not_names and not self.kb.role_of(self.lang, nxt) \
            and nxt not in self.kb_forms

    def _roles_and_names(self, doc: Doc, ms: MentionSet, occupied: set[int]) -> None:
        by_start = {m.start: m for m in ms.mentions}
        by_end = {m.end: m for m in ms.mentions}
        texts, lowers, n = doc.texts, doc.lowers, len(doc)
        german = self.lang == "de"
        host_titled: set[int] = set()  # where a name starts that a host word before an office calls the host
        i = 0
        while i < n:
            # German role nouns are capitalised; a lower-case word can only open a role of several words;
            # elsewhere a role starts with a word of the role table
            if lowers[i] not in self.role_first_words and (
                    not texts[i][:1].isupper() if german else lowers[i] not in self.role_table):
                i += 1
                continue
            found = self._role_at(doc, i, occupied)
            if not found or (not german and i > 0 and lowers[i] == texts[i] and (
                    lowers[i - 1] in self.rules.verb_openers
                    # (not "to" closing a source phrase: "according to spokeswoman X")
                    and not any(i >= len(p) and tuple(lowers[i - len(p):i]) == p for p in self.rules.source_before)
                    or i > 2 and lowers[i - 1] == "-" and lowers[i - 2] == "co" and lowers[i - 3] in self.rules.verb_openers
                    or i in by_end and by_end[i].type in ("person", "country", "organization")
                    and lowers[i].endswith("s") and doc.lemmas[i] != lowers[i] and doc.lemmas[i] in self.rules.host_verbs)):
                # "will host Kenyan President X", "to chair the talks", "Starmer hosts Zelensky": a verb, not a role
                # before a name
                i += 1
                continue
            end, role, kind = found
            seat = self._seat_before(doc, i, end, by_end)
            if seat is not None:
                # "der Élysée-Chef": the holder of the office whose seat the building is, of its state (the
                # building is no place here)
                by_end[i - 1].modifier = True
                role, kind = seat.seat_of, "person"
            country = self._role_country(doc, i, end, by_end, by_start) if seat is None else seat.country
            if country is None and len(states := self.kb.states_of_role(self.lang, doc.texts[end - 1])) == 1:
                country = next(iter(states))  # "Kremlchef X", "Taoiseach X": an office of one state
            rs = RoleSpan(i, end, role, kind, country)
            ms.roles.append(rs)
            j = end
            if j < len(doc) and doc.texts[j] == "," and (self.lang == "en" or i > 0 and doc.lowers[i - 1] in self.rules.determiners):
                j += 1  # "The Foreign Secretary, Eleanor Whitfield,", "Die Bürgermeisterin, Ulla Lind,"
            while j < n and texts[j] in self.rules.name_titles:
                j += 1  # "Bundesministerin Dr. Miriam Hartwig": the title is no part of the name
            nxt = by_start.get(j)
            if kind in ("person", "host", "title") and nxt is not None and nxt.type == "person":
                self._give_role(doc, nxt, rs)
                i = end
                continue
            group_start = self._group_start(doc, i)
            if group_start is not None and group_start in occupied:
                group_start = None  # a number inside a known name counts no one: "a No 10 spokesperson"
            prev_group = next((m for m in reversed(ms.mentions) if m.type == "group"), None)
            if kind == "collective" and prev_group is not None and 0 <= i - prev_group.end <= 3 and doc.lowers[prev_group.end] in self.rules.determiners | {"of"}:
                # "30 Verteidigungsminister der informellen Koalition": one group, described further
                prev_group.end = end
                prev_group.text = doc.span_text(prev_group.start, end)
                occupied.update(range(prev_group.start, end))
                i = end
                continue
            if kind == "collective" and (
                    self.lang == "en" and doc.lowers[end - 1].endswith("s") and self._name_after(doc, j, occupied) > j
                    or german and role.endswith("s") and (nxt is not None and nxt.type == "person" or j < n and texts[j] in self.given
                                                          and self._name_after(doc, j, occupied) > j)):
                # "Foreign Ministers Arno Vitt and Lars Grube": a title before each name, no group; so is a German
                # noun of persons that is singular too ("dem russischen Unterhändler X", "die Diplomaten X und Y")
                i = end
                continue
            last = end - 1  # "ministers", "foreign ministers": the last word says the number
            plural = self.lang == "en" and doc.lowers[last].endswith("s") and doc.lemmas[last] != doc.lowers[last]
            states_follow = self._party_after(doc, j, by_start, self.rules.delegation_links - {","}, ("country",))
            # (or after a capitalised word that opens the line, in lower case: "Oakes hosts Obel at Downing Street",
            # a headline whose subject the story names in full only later)
            line_subject = (i == 1 or i >= 2 and "\n" in texts[i - 2]) and texts[i][:1].islower() \
                and texts[i - 1][:1].isupper() and texts[i - 1].isalpha() \
                and lowers[i - 1] not in self.rules.determiners and lowers[i - 1] not in self.adjectives \
                and end < n and texts[end][:1].isupper()
            if plural and end - i == 1 and (line_subject or any(m.end == i and m.type == "person" for m in ms.mentions) or any(
                    doc.texts[k][:1].isupper() and (before := self._role_at(doc, k, occupied)) is not None and before[0] == i
                    and before[2] != "collective"
                    for k in range(max(0, i - 3), i))):
                # "X chairs the council", "X hosts Y": after a name, the verb of the same spelling (or after a title
                # alone: "Foreign Secretary hosts counterparts")
                i = end
                continue
            if plural and self._name_after(doc, j, occupied) == j and (end - i == 1 or not states_follow):
                group_start = i  # "the prime ministers of Sweden and Finland": the states take part, no group
            elif german and kind in ("person", "host") and i > 0 and (
                    (article := doc.lowers[self._article_before(doc, i, ms)]) in self.rules.plural_articles
                    # (a possessive too, but not of counterparts: "seine Amtskollegen" are those named with them)
                    or article in self.rules.plural_possessives and role not in self.rules.counterpart_roles) \
                    and not doc.lowers[end - 1].endswith(("in", "e")) and not self._names_of_many(doc, j, occupied) \
                    and not self._party_after(doc, j, by_start, self.rules.determiners | self.rules.of_state, ("country", "organization")):
                # "die Minister trafen sich": "die" before a masculine role is the plural (a group; "die
                # Innenminister Polens und Tschechiens" are the states' ministers: the states take part); "die
                # G7-Außenminister", "die Nato-Verteidigungsminister" too
                group_start = self._article_before(doc, i, ms)
            elif german and kind in ("person", "host") and self._bare_plural(doc, i, end):
                group_start = i  # "Außenminister aus zwölf Staaten kamen zusammen": no article, so a plural
            elif german and kind in ("person", "host") and i > 0 and self._dative_plural_of_many(doc, i, end, by_start, ms):
                group_start = self._article_before(doc, i, ms)  # "mit den Ministerpräsidenten der Länder"
            if kind == "collective" and end < n and texts[end] in ("'s", "’s"):
                i = end  # "at the alliance's headquarters": whose the building is, no group taking part
                continue
            if kind == "collective" and end < n and lowers[end] in self.rules.room_nouns:
                i = end  # "joined the lunch in the Cabinet Room": a room named after the body, no group taking part
                continue
            if kind == "collective" and end < n and texts[end][:1].isupper() and not doc.lowers[end - 1].endswith("s") \
                    and (office := self._role_at(doc, end, occupied)) is not None and office[2] in ("person", "host"):
                i = end  # "Kenyan Cabinet Secretary X": the body's noun opens a person's title, no group
                continue
            if german and kind == "collective" and group_start is None and j == end < n and texts[j][:1].isupper() \
                    and texts[j].isalpha() and not texts[j].endswith("s") and j not in occupied and j not in by_start \
                    and not self._role_at(doc, j, occupied):
                # "in der Allianz Arena": a capitalised noun right after it makes the word part of a name (not a
                # genitive: "Offizielle Vertreter Moskaus")
                i = end
                continue
            if german and kind == "collective" and group_start is None and i > 1 and i - 1 not in occupied \
                    and texts[i - 1][:1].isupper() and texts[i - 1].isalpha() and doc.sent_start(i - 1) < i - 1 \
                    and lowers[i - 1].endswith(_ADJECTIVE_ENDINGS) and lowers[i - 2] in self.rules.determiners:
                # "die Sitzung des Nordischen Rates", "der Nationale Sicherheitsrat": a capitalised adjective after an
                # article names a body the knowledge base lacks, no group of persons
                i = end
                continue
            if kind == "collective" or group_start is not None:
                gs = group_start if group_start is not None else i
                if german and kind == "collective" and group_start is None:
                    gs = self._compound_start(doc, i, ms)  # "des Nato-Ukraine-Rats": the council's whole name
                    if sum(1 for m in ms.mentions if gs <= m.start < i and m.type in ("organization", "country")) > 1:
                        country = None  # (of its members: no one state's council; "die US-Delegation" is the US's)
                if german and end + 1 < n and lowers[end] in self.rules.coordinators and texts[end + 1][:1].isupper() \
                        and (other := self._role_at(doc, end + 1, occupied)) is not None and other[1] == role:
                    end = other[0]  # "die Außenministerinnen und Außenminister": one group, named in both genders
                text = doc.span_text(gs, end)
                ms.mentions.append(Mention(gs, end, "group", f"group:{slug(self._without_genitive(doc, gs, text))}", text, role=role,
                                           country=country, via="group"))
                occupied.update(range(gs, end))
                if role in self.rules.adjective_party_roles or kind == "collective" and self._denied_group(doc, gs, ms):
                    # ("No Ukrainian officials were present": the state whose officials none were is the one not there)
                    ms.mentions.extend(self._adjective_parties(doc, gs, occupied, ms))
                i = end
                continue
            if j < n and texts[j][:1].isupper() and (office := self._role_at(doc, j, occupied)):
                # "Hosts Council President X": another role follows, and the name is its; the host word still says
                # the one named hosts ("with host Prime Minister Mark Carney pushing for unity")
                if kind == "host":
                    host_titled.add(office[0])
                i = end
                continue
            # the state after the role: "von Ghana", "of Ghana", "der Republik Finnland", "Finnlands"
            k0 = self._past_state_words(doc, j)
            state = by_start.get(k0) if k0 < n else None
            k = state.end if state is not None and state.type == "country" else None
            if j >= n:
                i = end  # the text ends with the role ("… Bundesministerin der Verteidigung Dr.")
                continue
            # ("für Gleichstellung", "für wirtschaftliche Zusammenarbeit": an adjective may open the portfolio)
            portfolio = lowers[j] in self.rules.portfolio_prepositions and j + 1 < n and (
                texts[j + 1][:1].isupper() or texts[j + 1].isalpha() and j + 2 < n and texts[j + 2][:1].isupper())
            # (a German genitive's article: not "traf die Botschafterin den Asantehene, X": an object of its own)
            genitive = lowers[j] in self.rules.determiners and (not german or lowers[j] in self.rules.genitive_determiners)
            # ("Der Bürgermeister von Tallinn, X,", "the Archbishop of Canterbury, X,": a town after "von")
            of_town = lowers[j] in self.rules.of_state and (town := by_start.get(j + 1)) is not None and town.type == "city"
            if k is None and kind in ("person", "host") and (k0 > j and (genitive or of_town) or portfolio):
                # (and a portfolio: "der Ministerin für Gleichstellung, Akosua Mensah,")
                k0 = j + 1 if portfolio else k0
                # "Die Bürgermeisterin der Stadt Graz, Ulla Lind,": a genitive of a few capitalised words, then
                # the name in apposition
                k = k0
                # (an adjective before a capitalised noun too: "der Bundesministerin für wirtschaftliche Zusammenarbeit
                # und Entwicklung, X,")
                # (and a portfolio after the genitive: "des Beauftragten der Bundesregierung für die Östliche
                # Partnerschaft, X,")
                # (and a hyphenated name: "des Regionalrats Bourgogne-Franche-Comté, X,")
                while k < n and k - j < 9 and texts[k] != "," and (texts[k][:1].isupper() or lowers[k] in self.rules.coordinators
                                                                     or texts[k] in ("-", "‐") and k + 1 < n and texts[k + 1][:1].isupper()
                                                                     or lowers[k] in self.rules.determiners
                                                                     or lowers[k] in self.rules.portfolio_prepositions
                                                                     or portfolio and texts[k].isalpha() and k + 1 < n
                                                                     and texts[k + 1][:1].isupper()):
                    k += 1
                k = k if k < n and texts[k] == "," and k > k0 else None
            if k is None and kind in ("person", "host") and role in self.rules.posted_roles and j + 1 < n \
                    and lowers[j] in self.rules.posting_prepositions:
                # "Die tschechische Botschafterin in Deutschland, Lenka Horáková,", "the ambassador to France, X,":
                # the state the office holder is posted to, then the name in apposition (the posting is no country
                # of theirs)
                posted = by_start.get(j + 1)
                if posted is not None and posted.type in ("country", "organization") and posted.end < n and texts[posted.end] == ",":
                    k, state = posted.end, None
            if k is None and kind in ("person", "host") and j + 1 < n and lowers[j] in self.rules.office_prepositions \
                    and (office := by_start.get(j + 1)) is not None and office.type == "venue" \
                    and (self.kb.entities.get(office.key) is not None and self.kb.entities[office.key].seat_of
                         or office.text.lower().endswith(self.rules.office_heads)) \
                    and office.end < n and texts[office.end] == ",":
                # "Die Staatsministerin im Auswärtigen Amt, Serap Güler,": the ministry the office is in, then the name
                # in apposition (the ministry's building is no place of the sentence)
                office.modifier = True
                k, state = office.end, None
            if kind in ("person", "host") and k is not None:
                # "den Präsidenten von Ghana, Kwame Mensah,", "the President of Ghana, Kwame Mensah,": the state
                # after the role, then the name in apposition
                if state is not None and state.type == "country":
                    rs.country = country = country or state.key.split(":", 1)[1]
                first = k + 1
                while first < n and texts[first] in self.rules.name_titles:
                    first += 1  # "…, Dr. Tom Weller,": the title is no part of the name
                known = by_start.get(first) if k < n and texts[k] == "," else None
                if known is not None and known.type == "person" and (known.end >= n or texts[known.end] in (",", ".", ";", "(")):
                    # "den Premierminister der Republik Indien, Narendra Modi,": a person the knowledge base
                    # knows takes the role as one found by pattern would
                    self._give_role(doc, known, rs)
                    i = known.end
                    continue
                # (a name in apposition to the office: "von" inside it is a particle, "…, Hugo von Meijenfeldt,")
                name_end = self._name_after(doc, first, occupied, after_role=True) if k < n and texts[k] == "," else k + 1
                if name_end > first and (name_end >= n or texts[name_end] in (",", ".", ";", "(")):
                    name = doc.span_text(first, name_end).replace(" - ", "-")
                    m = Mention(first, name_end, "person", f"person:{slug(name)}", name, role=role, country=country,
                                via="role", role_kind=kind, gender=self._gender(doc, rs))
                    ms.mentions.append(m)
                    by_start[first] = m
                    occupied.update(range(k + 1, name_end))
                    rs.attached = True
                    i = name_end
                    continue
            place = by_start.get(j)
            if kind in ("person", "title") and place is not None and place.type == "city" \
                    and place.end == j + 1 and texts[j] in self.given and (j + 1 >= n or not texts[j + 1][:1].isupper()):
                # "Kronprinzessin Victoria begrüßte …": a place's name that is a given name, right after an office of
                # one person, is the holder's name
                ms.mentions.remove(place)
                by_start.pop(j)
                by_end.pop(place.end, None)
                occupied.difference_update(range(place.start, place.end))
            name_end = self._name_after(doc, j, occupied, after_role=True)
            if name_end == j + 1 and lowers[j].endswith(self.rules.region_genitive_endings):
                name_end = j  # "die Außenminister Zentralasiens", "Staatschefs Westafrikas": a region's, no name
            if name_end == j + 1 and lowers[j] in self.adjectives:
                name_end = j  # "King hosts Japanese emperor": a state's adjective alone is no name
            if name_end == j + 1 and name_end < n and texts[name_end].islower() and self._role_at(doc, name_end, occupied) is not None:
                name_end = j  # "Prime minister hosts Nordic counterparts": a word before an office's noun describes it
            if name_end == j + 1 and i > 0 and doc.lowers[i - 1] in self.rules.determiners:
                known = {m.key for m in ms.mentions if m.type == "person" and m.role == role}
                if len(known) == 1 and doc.texts[j] not in {m.text.split()[-1] for m in ms.mentions if m.type == "person"}:
                    # "der Kanzler Chongqing und Shanghai besucht": the role refers back, the word is no name
                    name_end = j
            if name_end == j + 1 and german and texts[j] not in self.given and texts.count(texts[j]) == 1 \
                    and (self._has_plural(texts[j]) or self._common_word(doc[j])):
                # "stand den Abgeordneten Rede und Antwort", "machte den Bürgermeistern Vorwürfe": a noun of the language
                # after a role, its only use in the text, is no surname (a surname that is also a noun,
                # "Staatssekretärin Koch" in a headline, is told in full elsewhere in the story)
                name_end = j
            surname = by_start.get(name_end)
            if name_end == j + 1 and texts[j] in self.given and surname is not None and surname.type == "person" \
                    and surname.kb and surname.end - surname.start == 1:
                # "first lady Jill Biden": a given name before a known person's surname is another person
                ms.mentions.remove(surname)
                occupied.difference_update(range(surname.start, surname.end))
                by_start.pop(name_end, None)
                name_end += 1
            if name_end > j:
                name = doc.span_text(j, name_end).replace(" - ", "-")
                bare = None
                if kind == "title":
                    bare, name = name, f"{role} {name}"  # Papst Franziskus / Pope Francis -> "Pope Francis"
                m = Mention(j, name_end, "person", f"person:{slug(name)}", name, role=role, country=country, via="role",
                            role_kind=kind, bare=bare, gender=self._gender(doc, rs))
                ms.mentions.append(m)
                by_start[j] = m
                occupied.update(range(j, name_end))
                rs.attached = True
                i = self._coordinated_names(doc, name_end, role, country, ms, occupied, by_start)
                continue
            i = end
        for m in ms.mentions:
            if m.type == "person" and m.start in host_titled:
                # "with host Prime Minister X pushing for unity": the office is X's role, hosting X's kind
                m.role_kind = "host"

    def _coordinated_names(self, doc, k: int, role: str, country: str | None, ms: MentionSet, occupied: set[int], by_start: dict) -> int:
        """``Amtskollegen A B und C D``: a name joined by und/and/comma shares the role (two words at least)."""
        while k + 2 < len(doc) and doc.lowers[k] in self.rules.coordinators:
            j = k + 1
            if by_start.get(j) is not None:
                return k
            end = self._name_after(doc, j, occupied)
            if end - j < 2:
                return k
            name = doc.span_text(j, end).replace(" - ", "-")
            m = Mention(j, end, "person", f"person:{slug(name)}", name, role=role, country=country, via="role")
            ms.mentions.append(m)
            by_start[j] = m
            occupied.update(range(j, end))
            k = end
        return k

    def _seat_before(self, doc: Doc, start: int, end: int, by_end: dict):
        """The knowledge base's venue whose office's holder the role at ``start`` names: a building with a
        ``seat_of`` office, a hyphen and a word of ``seat_chief_words`` ("der Élysée-Chef", "die Kreml-Chefin");
        None otherwise."""
        if end - start != 1 or start < 2 or doc.texts[start - 1] not in ("-", "‐") \
                or doc.lowers[start] not in self.rules.seat_chief_words:
            return None
        m = by_end.get(start - 1)
        venue = self.kb.entities.get(m.key) if m is not None and m.type == "venue" else None
        return venue if venue is not None and venue.seat_of and venue.country else None

    def _role_country(self, doc: Doc, start: int, end: int, by_end: dict, by_start: dict) -> str | None:
        # US-Präsident, Frankreichs Staatschef, Ukraine's foreign minister
        prev = by_end.get(start)
        if prev is not None and prev.type == "country":
            prev.modifier = True
            return prev.key.split(":", 1)[1]
        if start >= 2 and doc.texts[start - 1] in ("-", "–"):
            m = by_end.get(start - 1)
            if m is not None and m.type == "country":
                m.modifier = True
                return m.key.split(":", 1)[1]
            code = self.adjective_country(doc[start - 2])
            if code:
                return code
        # der britische Verteidigungsminister, seinem französischen Amtskollegen, French President
        for k in range(start - 1, max(start - 3, -1), -1):
            code = self.adjective_country(doc[k])
            if code:
                return code
            if doc.lowers[k] not in self.rules.determiners:
                break
        # Präsident Frankreichs, Präsident der Ukraine, President of France
        k = self._past_state_words(doc, end)
        m = by_start.get(k)
        if m is not None and m.type == "country" and (m.genitive or k > end):
            m.modifier = True
            return m.key.split(":", 1)[1]
        return None

    def _postings(self, doc: Doc, ms: MentionSet) -> None:
        """"der Botschafter der Republik Polen in Deutschland", "Polens Botschafter in Berlin", "the ambassador
        in Paris", "der Botschafter Frankreichs in Deutschland": the place after an envoy's role is where they are
        posted, no place of a meeting."""
        if not self.rules.posted_roles:
            return
        by_start = {m.start: m for m in ms.mentions}
        for rs in ms.roles:
            if rs.role not in self.rules.posted_roles:
                continue
            k = self._past_state_words(doc, rs.end)
            state = by_start.get(k)
            # (the state in the genitive right after the role too: "den Botschafter Frankreichs in Deutschland")
            k = state.end if state is not None and state.type == "country" else rs.end
            place = by_start.get(k + 1) if k < len(doc) and doc.lowers[k] in self.rules.posting_prepositions else None
            if place is not None and place.type in ("city", "country"):
                place.modifier = True

    def _past_state_words(self, doc: Doc, j: int) -> int:
        """The first token after the words that join a role to its state ("der", "von", "of the Republic of"):
        where the state's name starts, if one follows ("Präsident der Ukraine", "Premierminister von Portugal",
        "den Präsidenten der Republik Kenia")."""
        k = j
        while k < len(doc) and k - j < 4 and (doc.lowers[k] in self.rules.of_state or doc.lowers[k] in self.rules.determiners
                                             or doc.texts[k] in self.rules.state_name_words):
            k += 1
        return k

    def _bare_plural(self, doc: Doc, start: int, end: int) -> bool:
        """Is the German role noun at ``start``..``end`` a plural with no article, told by the quantity after it
        ("Außenminister aus zwölf Staaten", "Minister aus ganz Europa", "Regierungschefs mehrerer EU-Staaten")? A
        singular office needs an article, or a name after it; a feminine singular (-in) is never one."""
        lowers = doc.lowers
        # (nor a predicate's noun: "Als Minister mehrerer Kabinette war X oft in Lissabon")
        if end >= len(doc) or lowers[end - 1].endswith("in") or start > 0 and doc.sent_start(start) != start \
                and (lowers[start - 1] in self.rules.determiners or lowers[start - 1] in self.rules.possessives
                     or lowers[start - 1] in self.rules.predicative_words):
            return False
        nxt = lowers[end]
        if nxt in self.rules.plural_quantifiers:
            return True  # "Regierungschefs mehrerer EU-Staaten"
        if nxt not in self.rules.origin_prepositions or end + 1 >= len(doc):
            return False
        amount = lowers[end + 1]  # "aus zwölf Staaten", "aus rund 50 Ländern", "aus ganz Europa", "aus allen EU-Staaten"
        return amount.isdigit() or amount in self.number_words or amount in self.rules.origin_quantifiers

    def _dative_plural_of_many(self, doc: Doc, start: int, end: int, by_start: dict, ms: MentionSet) -> bool:
        """Is the masculine role noun after "den" a dative plural, told by a genitive plural after it ("mit den
        Ministerpräsidenten der Länder", "den Außenministern der EU-Staaten")? "den" alone may be the accusative
        singular ("trafen den Ministerpräsidenten der Republik Finnland", "den Bürgermeister der Stadt"): a state's
        name or a noun in its dictionary form after "der" is one office's."""
        lowers, n = doc.lowers, len(doc)
        # (a noun in -er or -el takes -n in the dative plural: "den Außenminister der Emirate" is one, "den
        # Außenministern der EU-Staaten" many)
        if lowers[self._article_before(doc, start, ms)] not in self.rules.dative_plural_determiners \
                or lowers[end - 1].endswith(("in", "e", "er", "el")) or end + 1 >= n \
                or lowers[end] not in self.rules.genitive_plural_articles:
            return False
        # the genitive's head: its first capitalised word not glued to the next by a hyphen ("der EU-Staaten")
        noun = next((j for j in range(end + 1, min(n, end + 6)) if doc.texts[j][:1].isupper() and doc.texts[j].isalpha()
                     and (j + 1 >= n or doc.texts[j + 1] not in ("-", "‐"))), None)
        if noun is None or any(j in by_start and by_start[j].type in ("country", "person") for j in range(end + 1, noun + 1)):
            return False
        return doc.lemmas[noun] != lowers[noun]

    def _sole_holder(self, role: str, country: str | None, ms: MentionSet) -> set[str]:
        """The one person of the knowledge base holding ``role`` for ``country``, or for the one state the story's
        places lie in (its towns, buildings and states); empty when that is not one person."""
        if country is None:
            states = set()
            for m in ms.mentions:
                if m.type == "country":
                    states.add(m.key.split(":", 1)[1])
                elif m.type in ("city", "venue", "region") and (entity := self.kb.entities.get(m.key)) is not None and entity.country:
                    states.add(entity.country)
            if len(states) != 1:
                return set()
            country = next(iter(states))
        holders = {e.key for e in self.kb.entities.values() if e.type == "person" and e.role == role and e.country == country}
        return holders if len(holders) == 1 else set()

    def _group_start(self, doc: Doc, role_start: int) -> int | None:
        k = role_start - 1
        # allow one adjective between number and role: "30 europäische Verteidigungsminister"
        for _ in range(2):
            if k < 0:
                return None
            tok = doc[k]
            if tok.text.replace(".", "").replace(",", "").isdigit() or tok.lower_ in self.number_words:
                if re.fullmatch(r"(19|20)\d\d\.?", tok.text):
                    return None  # "seit 2022 haben Unterhändler", "… 2027. Ministerpräsidentin X": a year, not a count
                if tok.text.endswith(".") and tok.text[:-1].isdigit():
                    return None  # "als 47. Präsident der USA vereidigt": an ordinal, one person, not a count
                return k
            if not tok.is_alpha or tok.text[:1].isupper() and self.lang == "de" or tok.lower_ in self._function_words \
                    or self._inflected_verb(doc, k):
                return None
            k -= 1
        return None

    def _inflected_verb(self, doc: Doc, k: int) -> bool:
        """Is the word at ``k`` a verb form rather than an adjective: its lemma another word ending as an infinitive
        does ("trafen": treffen), or in English another word not a participle in -ing ("met": meet; "visiting" may
        qualify a noun)? "Die vier trafen Präsident X" names no group of four presidents."""
        low, lemma = doc.lowers[k], doc.lemmas[k]
        if lemma == low:
            return False
        return lemma.endswith("en") if self.lang == "de" else not low.endswith("ing")

    def _names_of_many(self, doc: Doc, j: int, occupied: set[int]) -> bool:
        """Do names of several persons follow a plural role at ``j`` ("die Minister X und Y", "… X, Y und Z")? One
        capitalised word alone is no name of the many ("wollten die Minister Bilanz ziehen")."""
        k = self._name_after(doc, j, occupied)
        if k == j:
            return False
        if k < len(doc) and doc.texts[k] == "(":  # "die Parteichefs X (CSU) und Y (SPD)"
            k = next((c + 1 for c in range(k + 1, min(k + 6, len(doc))) if doc.texts[c] == ")"), k)
        return k + 1 < len(doc) and (doc.lowers[k] in self.rules.coordinators or doc.texts[k] == ",") \
            and self._name_after(doc, k + 1, occupied) > k + 1

    def _name_after(self, doc: Doc, j: int, occupied: set[int], allow_roles: bool = False, after_role: bool = False) -> int:
        """The end of the name starting at ``j`` (``j`` if none). ``after_role``: an office's noun stands before it,
        so "von" after one given name is a particle ("Außenminister Jan von Brandt"), not the agent of a passive
        ("Brigitte von Steinmeier begrüßt")."""
        k = j
        count = 0
        sent_end = doc.sent_end(j) if j < len(doc) else j
        while k < sent_end and count < 4:
            tok = doc[k]
            if k in occupied:
                break
            if tok.text in ("-", "‐") and count and k + 1 < sent_end and not tok.whitespace_ and not doc[k - 1].whitespace_:
                if doc.texts[k + 1].isalpha() and doc.texts[k + 1].islower() and k + 2 <= sent_end:
                    k += 2  # "Min-jun Park", "Jean-luc": a lower-case part glued to a name by a hyphen belongs to it
                    continue
                k += 1
                continue
            if tok.lower_ in self.rules.name_particles and count:
                # "von der Leyen", "bin Farhan", "al-Aiban": particles before a name part
                j = k
                while j < sent_end and (doc.lowers[j] in self.rules.name_particles or doc.texts[j] in ("-", "‐")):
                    j += 1
                # "Brigitte von Steinmeier begrüßt": a lone "von" after one given name is the passive's agent
                lone_von = j == k + 1 and tok.lower_ in ("von", "vom") and count < 2 and not after_role
                # (nor after a whole name, a given name and a name after "von": "wurde Martina Holm von Étienne Morvan
                # empfangen" is the agent, not one name)
                lone_von = lone_von or j == k + 1 and tok.lower_ == "von" and count >= 2 and self._known_given(doc.texts[j]) \
                    and doc.texts[j] not in self.rules.given_name_stoplist and j + 1 < sent_end \
                    and doc.texts[j + 1][:1].isupper() and doc.lowers[j + 1] not in self.rules.name_particles
                # (not a common noun after a complete name: "Bundespräsident X Y zu Ehren des Gastes")
                # (nor a time of day or a noun of time: "Liam Fraser zu Mittag gegessen", "X zu Abend")
                # (nor a place after "von" the knowledge base knows: "Bernd Vollmer von Kiew aus")
                if j < sent_end and j > k and not lone_von and j not in occupied \
                        and _is_name_token(doc[j], self.rules, self.kb, self.lang) \
                        and not ((count >= 2 or tok.lower_ in self.rules.phrase_particles)
                                 and (self._common_word(doc[j]) or doc.lowers[j] in self.rules.time_nouns)):
                    k = j
                    continue
                break
            if tok.text in self.calendar_words and not self._month_surname(doc, k, count, sent_end) \
                    or tok.text not in self.calendar_words and not self._title_surname(doc, k, count, sent_end) \
                    and not (_is_name_token(tok, self.rules, self.kb, self.lang) or (
                    allow_roles and tok.text[:1].isupper() and tok.is_alpha and tok.text not in self.rules.not_names)):
                break
            if count >= 2 and not allow_roles and self._common_word(tok):
                break
            count += 1
            k += 1
        while k > j and doc.texts[k - 1] in ("-", "‐"):
            k -= 1
        return k if count else j

    def _month_surname(self, doc: Doc, k: int, count: int, sent_end: int) -> bool:
        """"Theresa May", "Brian August": a month name right after a given name, with no day number after it,
        is the family name (not "in May", not "Theresa May 3")."""
        return count == 1 and doc.texts[k - 1] in self.given and doc.texts[k].lower() in self.months \
            and not (k + 1 < sent_end and doc.texts[k + 1][:1].isdigit())

    def _title_surname(self, doc: Doc, k: int, count: int, sent_end: int) -> bool:
        """"Marcus König (CSU)", "Anna Kaiser": a title that stands before a name ("König Charles") is the family
        name when it comes right after a given name (not "Harald König von Norwegen" nor one after a comma)."""
        if count != 1 or doc.texts[k - 1] not in self.given:
            return False
        role = self.kb.role_of(self.lang, doc.texts[k])
        return role is not None and role[1] == "title" \
            and not (k + 1 < sent_end and doc.lowers[k + 1] in self.rules.name_particles)

    def _dateline_places(self, doc: Doc, dateline: str | None, ms: MentionSet, occupied: set[int]) -> None:
        """A dateline names a place (``La Celle-Saint-Cloud (AFP)``): where the text repeats it, it is a place
        even if the knowledge base does not know it."""
        if not dateline:
            return
        for part in re.split(r"\s*[/,]\s*", dateline):
            if len(part) < 3:
                continue
            forms = {part, part.title()} if part.isupper() else {part}
            # a wire's capitals ("KYIV", "NEW DELHI") name the city the knowledge base knows by its usual spelling
            known = self.kb.dateline_cities(part) if part.isupper() else ()
            key = known[0] if len(known) == 1 else None
            if key is None and (part in self.kb.body_forms or part.title() in self.kb.body_forms):
                continue  # "UNITED NATIONS —": the wire's line from the UN, not a town of that name
            for form in forms:
                for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", doc.text):
                    sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                    if sp is None or any(k in occupied for k in range(sp.start, sp.end)):
                        continue
                    ms.mentions.append(Mention(sp.start, sp.end, "city", key or f"city:{slug(form)}", sp.text,
                                               kb=key is not None, via="dateline"))
                    occupied.update(range(sp.start, sp.end))

    def _venue_references(self, doc: Doc, ms: MentionSet, occupied: set[int]) -> None:
        """"… welcomed the emperor to Windsor Castle … Starmer met the emperor at the castle": a building's noun alone
        after a definite article is the building of that noun named last before it (a word of its name, or in German
        the head of one: "im Präsidentenpalast" … "im Palast"); not a noun a name follows ("das Schloss Meseberg")."""
        nouns = self.rules.venue_reference_nouns
        venues = sorted((m for m in ms.mentions if m.type == "venue"), key=lambda m: m.start)
        if not nouns or not venues:
            return
        texts, lowers, n = doc.texts, doc.lowers, len(doc)
        # (a bare building noun found as a building of its own, "im Schloss", is the one named before too)
        bare = {m.start: m for m in venues if m.end == m.start + 1 and not m.kb}
        for k in range(1, n):
            low = lowers[k]
            if low not in nouns or k in occupied and k not in bare or lowers[k - 1] not in self.rules.definite_determiners \
                    or k + 1 < n and texts[k + 1][:1].isupper() and texts[k + 1].isalpha() and self.lang != "de":
                continue
            if self.lang == "de" and k + 1 < n and texts[k + 1][:1].isupper() and lowers[k + 1] not in self.rules.not_names:
                continue  # ("im Schloss Bellevue": a name)
            ref = next((m for m in reversed(venues) if m.end <= k and m.start not in bare and any(
                w == low or self.lang == "de" and w.endswith(low) for w in m.text.lower().replace("-", " ").split())), None)
            if ref is not None:
                # (not past another town: "… reist nach Dresden, wo er im Schloss empfangen wird")
                within = getattr(self.kb.entities.get(ref.key), "within", None)
                if any(m.type == "city" and ref.end <= m.start < k and m.key != within for m in ms.mentions):
                    ref = None
            if ref is not None and k in bare:
                bare[k].key, bare[k].kb, bare[k].via = ref.key, ref.kb, "backref"
            elif ref is not None:
                ms.mentions.append(Mention(k, k + 1, "venue", ref.key, texts[k], kb=ref.kb, via="backref"))
                occupied.add(k)

    def _venues(self, doc: Doc, ms: MentionSet, occupied: set[int]) -> None:
        """Buildings the knowledge base lacks: ``Schloss Meseberg``, ``Hotel Bayerischer Hof``, ``Blenheim Palace``."""
        before, after = self.rules.venue_nouns_before, self.rules.venue_nouns_after
        two_word_starts = {v.split()[0] for v in before if " " in v}  # "Joint Base"
        after_starts = {v.split()[0] for v in after if " " in v}  # "convention centre"
        lead_ins = self.rules.meeting_prepositions | self.rules.determiners | {"-"}
        texts, lowers = doc.texts, doc.lowers
        i, n = 0, len(doc)
        while i < n:
            word = text = texts[i]
            if i in occupied or not (text[:1].isupper() or text in after or text in after_starts):  # "the Bürgenstock resort"
                i += 1
                continue
            named_after = text in before and self._name_after(doc, i + 1, occupied, allow_roles=True) > i + 1
            # "im Alten Rathaus", "im Roten Rathaus": an adjective, capitalised as part of the name, may come first
            named_by_adjective = i > 1 and lowers[i - 2] in lead_ins and (i - 1) not in occupied \
                and texts[i - 1][:1].isupper() and texts[i - 1].isalpha() and lowers[i - 1].endswith(("en", "er", "es", "e"))
            head = lowers[i].endswith(self.rules.venue_heads) if self.rules.venue_heads else False
            if not head and i > 1 and lowers[i] in self.rules.hyphen_venue_heads and texts[i - 1] == "-" \
                    and texts[i - 2][:1].isupper() and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
                head = True  # "im deutschen UN-Haus", "im Willy-Brandt-Haus"
            if head and i + 1 < n and lowers[i + 1] in self.rules.representing_cues.get(lowers[i], ()) \
                    and lowers[i - 1] not in self.rules.determiners:
                # "nahm in Vertretung von König X teil": on another's behalf, no building (with no article; "in der
                # Vertretung des Landes Hessen" is one)
                head = False
            if head and i > 0 \
                    and (lowers[i - 1] in lead_ins or named_by_adjective) and text.isalpha() and not named_after:
                # "im Präsidentenkomplex", "im Diriyah-Palast", "auf der US-Luftwaffenbasis Ramstein"
                start = i - 1 if lowers[i - 1] not in lead_ins else i
                while start >= 2 and doc.texts[start - 1] == "-" and doc.texts[start - 2][:1].isupper() \
                        and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
                    start -= 2  # (every part of the compound: "in der Julius-Leber-Kaserne")
                end = self._site_after(doc, self._name_after(doc, i + 1, occupied), occupied)
                named = ms.at(end) if end == i + 1 and end in occupied else None
                if named is not None and named.type == "venue" and named.start == end and start == i:
                    # "im Gästehaus Schloss Meseberg": the building's noun before its known name is that building
                    i += 1
                    continue
                region = named
                if region is not None and region.type == "region" and region.start == end:
                    end = region.end  # "in der Landesvertretung Sachsen": the region names the building (taken over below)
                elif end == i + 1 and end + 1 < n and lowers[end] in self.rules.venue_genitive_articles \
                        and texts[end + 1][:1].isupper() and not self._role_at(doc, end + 1, set()):
                    # "am Ehrenmal der Bundeswehr", "in der Gedenkstätte des Deutschen Widerstands": a genitive names
                    # the building (not an office holder's: "im Palast des Präsidenten" stays "Palast")
                    k = end + 1
                    while k < n and k - end <= 3 and texts[k][:1].isupper() and texts[k].isalpha():
                        k += 1
                    end = k
                text = doc.span_text(start, end).replace(" - ", "-")
                for k in range(start, end):
                    if k in occupied:  # a known name inside ("US"): the venue takes it over
                        ms.mentions[:] = [m for m in ms.mentions if not (m.start <= k < m.end)]
                ms.mentions.append(Mention(start, end, "venue", f"venue:{slug(text)}", text, via="venue"))
                occupied.update(range(start, end))
                i = end
                continue
            opener = 1 if word in before else 2 if word in two_word_starts and i + 1 < len(doc) \
                and f"{word} {texts[i + 1]}" in before else 0
            if opener and i > 0 and self.kb.role_of(self.lang, texts[i - 1]):
                opener = 0  # "den Präsidenten Park Min-jun": a name after an office's noun, no building ("Park")
            if opener:
                # "Palais des Congrès", "Palais de l'Élysée": particles may open the name that follows;
                # "Joint Base Elmendorf-Richardson": the venue noun may be two words
                j = i + opener
                while j < len(doc) and doc.lowers[j] in self.rules.name_particles and j - i <= 2:
                    j += 1
                if j > i + opener and j < n and self._role_at(doc, j, occupied):
                    # "auf der Burg von Staatspräsident X": the office holder the building belongs to, not its name
                    i += 1
                    continue
                if j > i + opener:
                    self._free_place_after_particle(ms, j, occupied)
                end = self._name_after(doc, j, occupied, allow_roles=True)
                if end > j:
                    end = self._site_after(doc, end, occupied)
                    text = doc.span_text(i, end).replace(" - ", "-")
                    ms.mentions.append(Mention(i, end, "venue", f"venue:{slug(text)}", text, via="venue"))
                    occupied.update(range(i, end))
                    i = end
                    continue
            noun_end = i + 1 if word in after else i + 2 if i + 1 < n and f"{word} {texts[i + 1]}" in after else 0
            if noun_end and noun_end < n and lowers[noun_end] in self.rules.town_nouns:
                # "in the Canadian resort town of Charlevoix", "in the Egyptian resort town on Monday": what kind of
                # town it is, no building
                noun_end = 0
            if after and noun_end and i > 0:  # "Lancaster House", "the La Nuvola convention centre"
                start = i
                taken: list[Mention] = []  # known places inside the name: "Walter E. Washington Convention Center"
                while start - 1 >= 0 and i - start < 5:
                    k = start - 1
                    if k in occupied:
                        inner = ms.at(k) if word[:1].isupper() else None  # "the Bürgenstock resort", not "a Berlin hotel"
                        # a place or an organisation inside the name: "Walter E. Washington Convention Center",
                        # "United Nations Headquarters"
                        if inner is None or inner.type not in ("city", "country", "organization") or inner.end != start:
                            break
                        taken.append(inner)
                        start = inner.start
                        continue
                    if not (doc.texts[k][:1].isupper() and (doc[k].is_alpha or re.fullmatch(r"[A-Z]\.", doc.texts[k]) or doc.texts[k] == "-")) \
                            or doc.texts[k] in self.rules.not_names or doc[k].is_sent_start:
                        break
                    start -= 1
                while taken and taken[-1].start == start and taken[-1].type != "organization":
                    # a place name first is where the building is ("London Stadium"); an organisation's is its name
                    start = taken.pop().end
                if start < i:
                    if taken:
                        ms.mentions[:] = [m for m in ms.mentions if not any(m is t for t in taken)]
                        ms._index = None
                    text = doc.span_text(start, noun_end)
                    ms.mentions.append(Mention(start, noun_end, "venue", f"venue:{slug(text)}", text, via="venue"))
                    occupied.update(range(start, noun_end))
                    i = noun_end
                    continue
            i += 1

    @staticmethod
    def _free_place_after_particle(ms: MentionSet, k: int, occupied: set[int]) -> bool:
        """"Schloss La Celle", "Palais de la Paix": a city or state named right after a building's particles is
        part of the building's name, not a place of its own; frees its tokens for the name (True if it did)."""
        inner = ms.at(k) if k in occupied else None
        if inner is None or inner.type not in ("city", "country") or inner.start != k:
            return False
        ms.mentions[:] = [m for m in ms.mentions if m is not inner]
        ms._index = None
        occupied.difference_update(range(inner.start, inner.end))
        return True

    def _site_after(self, doc: Doc, k: int, occupied: set[int]) -> int:
        """Where a building's name ends that goes on with the site it stands on ("Palais am Minoritenplatz",
        "Gästehaus auf dem Petersberg"): after the preposition, one capitalised word ending like a square, lake or
        hill; ``k`` itself when no such words follow."""
        if k >= len(doc):
            return k
        sent_end = doc.sent_end(k)
        for prep in self.rules.site_prepositions:
            j = k + len(prep)
            if j >= sent_end or j in occupied or tuple(doc.lowers[k:j]) != prep:
                continue
            word = doc.texts[j]
            if word[:1].isupper() and word.isalpha() and word.lower().endswith(self.rules.site_suffixes) \
                    and word not in self.calendar_words:
                return j + 1
        return k

    def _unknown_towns(self, doc, ms: MentionSet, occupied: set[int]) -> None:
        """``in Cernobbio``, ``nach Addis Abeba``: after in/nach, capitalised words that are no ordinary words
        of the language (not in spaCy's lemma table), no given names and no roles name a town. After a
        venue preposition (English ``at``) the same words name a building or an estate (``at Hillsborough``)."""
        if self.lemma_table is None:
            return
        towns, venues = self.rules.town_prepositions, self.rules.venue_name_prepositions
        for i in range(len(doc) - 1):
            low = doc.lowers[i]
            # the name's first word: after the preposition, or after a noun that says a town follows ("in dem
            # Kurort Bordschomi", "im Badeort Sotschi")
            first = self._after_town_noun(doc, i)
            if first is not None and first not in occupied:
                is_town = True
            elif low not in towns and low not in venues or i + 1 in occupied:
                continue
            else:
                first, is_town = i + 1, low in towns
            j, hyphens = first, 0
            while j < len(doc) and j - first - hyphens < 3 and j not in occupied:
                if j > first and j + 1 < len(doc) and doc.texts[j] == "-" and not doc[j - 1].whitespace_ \
                        and not doc[j].whitespace_ and doc.texts[j + 1].isalpha() and j + 1 not in occupied:
                    # "Évian-les-Bains", "Saint-Jean-de-Luz": the words a hyphen joins are one name
                    j, hyphens = j + 2, hyphens + 2
                    continue
                tok = doc[j]
                # a given name opens a person's name when a capitalised word follows it ("nach Nancy Faeser",
                # "in Sestri Mario Rossi"); alone it is a town's name ("in Nancy einen Vertrag unterzeichnet"), and
                # inside a place's name one of its words ("Castel Gandolfo")
                # (a hyphen after it joins a name: "at Al-Salam Palace"; a given name that is also a word of the
                # language is that word: "in Gang bringen")
                # (alone only after ``given_name_town_prepositions``: "spoke to Mark about …" is a person)
                given = tok.text in self.given and (j + 1 < len(doc) and (doc.texts[j + 1][:1].isupper() or doc.texts[j + 1] == "-")
                                                    or j == first and (tok.text in self.lemma_words
                                                                       or doc.lowers[first - 1] not in self.rules.given_name_town_prepositions))
                if tok.text in self.rules.regions or tok.text in self.rules.not_towns:
                    j = first  # "nach Südostasien": a region is no town, nor the start of one
                    break
                # a word of the language names no town, except a town's first word ("Bad Ischl", "Sankt Pölten");
                # the lookup table lists inflected forms, so an abstract noun that is its own lemma ("in
                # Sicherheit", "in Verantwortung") is told by its ending (a town such as Münster is a word too)
                # (nor is a compound of a meeting noun a town: "in Privataudienz", "in Sondersitzung")
                # (nor a compound of a noun of a source: "Nach Kremlangaben dauerte das Gespräch …")
                word = (tok.orth in self.lemma_table or tok.lower in self.lemma_table
                        or tok.lower_.endswith(self.rules.abstract_noun_endings)
                        or tok.lower_.endswith(self.rules.compound_heads)
                        or tok.lower_.endswith(self._source_heads)
                        or self._has_plural(tok.text)) \
                    and not (j == first and tok.text in self.rules.town_prefixes)
                if not (tok.text[:1].isupper() and tok.is_alpha) or word \
                        or given or tok.text in self.rules.not_names or tok.text in self.calendar_words \
                        or tok.lower_ in self.adjectives \
                        or self.kb.role_of(self.lang, tok.text):
                    break
                j += 1
            if j < len(doc) and doc.lowers[j] in ("'s", "’s"):
                continue  # "at Hale's request": a person's
            if j < len(doc) and is_town and doc.lowers[j] in self.rules.venue_genitive_articles:
                continue  # "nach Abschluss der Beratungen": a noun with its genitive, no town
            if hyphens and j < len(doc) and doc.texts[j][:1].isupper() \
                    and self._town_noun(doc.lowers[j - 1]):
                continue  # "in der Amazonas-Stadt Belém": a compound's noun of a town, the name after it
            if j > first:
                text = doc.span_text(first, j)
                if is_town:
                    ms.mentions.append(Mention(first, j, "city", f"city:{slug(text)}", text, via="town"))
                else:
                    ms.mentions.append(Mention(first, j, "venue", f"venue:{slug(text)}", text, via="venue"))
                occupied.update(range(first, j))

    def _region_adjective(self, low: str) -> bool:
        """Is the lower-case word a region's adjective in any of its inflections ("brandenburgischen")?"""
        adjectives = self.rules.region_adjectives
        return low in adjectives or any(low.endswith(end) and low[:-len(end)] in adjectives for end in _GERMAN_ENDINGS)

    def _after_town_noun(self, doc, i: int) -> int | None:
        """The token after "in (dem|der) Kurort", "im Badeort", "in der Hafenstadt", "die Hafenstadt" at ``i``: where a
        town's name follows a noun that says it is a town (None when no such noun follows a place preposition or an
        article). After a preposition a state's adjective says so too: "im kanadischen Charlevoix", "in der polnischen
        Grenzstadt Rzeszów"; not before a noun of the language ("im kanadischen Parlament", ``_institution_noun``)."""
        low = doc.lowers[i]
        # (an object too: "wird die Hafenstadt Esbjerg besuchen", "visited the port city of Durrës"; there only a
        # town's noun says so, not a state's adjective: "besucht die deutsche Brigade in Rūdninkai")
        article = low in self.rules.determiners and (i == 0 or doc.lowers[i - 1] not in self.rules.town_noun_prepositions)
        if article:
            k = i + 1
        elif low in self.rules.town_noun_prepositions:
            k = i + 1
            if k < len(doc) and doc.lowers[k] in self.rules.determiners:
                k += 1
        else:
            return None
        if self.rules.town_noun_links:
            # "in the French spa town of Évian-les-Bains", "in the port city of Durrës"
            start = k + 1 if k < len(doc) and self.adjective_country(doc[k]) is not None else k
            link = next((j for j in range(start + 1, min(start + 4, len(doc) - 1)) if doc.lowers[j] in self.rules.town_noun_links), None)
            if link is not None and doc.lowers[link - 1] in self.rules.town_nouns and doc.texts[link + 1][:1].isupper() \
                    and all(doc.texts[j].isalpha() and doc.texts[j].islower() for j in range(start, link)):
                return link + 1
            return None
        of_state = k < len(doc) and doc.texts[k].islower() and (
            self.adjective_country(doc[k]) is not None or self._region_adjective(doc.lowers[k]))
        if of_state:
            k += 1
        if k + 1 < len(doc) and self._town_noun(doc.lowers[k]) \
                and doc.texts[k][:1].isupper() and doc.texts[k + 1][:1].isupper():
            return k + 1
        if of_state and not article and k < len(doc) and doc.texts[k][:1].isupper() and not self._institution_noun(doc.texts[k]):
            return k
        return None

    def _heights(self, doc: Doc, ms: MentionSet, occupied: set[int]) -> None:
        """``auf dem Bürgenstock``, ``auf der Zugspitze``: after ``height_prepositions`` a capitalised word the
        knowledge base lacks that ends in a mountain's head (``height_heads``) and is longer than it, no ordinary
        word of the language, names the hill a meeting is held on (summits meet on them: "an der Spitze" and
        "auf dem Berg" name none)."""
        heads, openers = self.rules.height_heads, self.rules.height_prepositions
        if not heads or self.lemma_table is None:
            return
        lowers = doc.lowers
        for opener in openers:
            n = len(opener)
            for i in range(len(doc) - n):
                k = i + n
                if lowers[i] != opener[0] or tuple(lowers[i:k]) != opener or k in occupied:
                    continue
                text, low = doc.texts[k], doc.lowers[k]
                if not (text[:1].isupper() and text.isalpha()) or not any(low.endswith(h) and len(low) > len(h) + 2 for h in heads):
                    continue
                tok = doc[k]
                if tok.orth in self.lemma_table or tok.lower in self.lemma_table:
                    continue  # a word of the language, no name
                ms.mentions.append(Mention(k, k + 1, "venue", f"venue:{slug(text)}", text, via="venue"))
                occupied.add(k)

    def _institution_noun(self, word: str) -> bool:
        """Is ``word`` a noun of the language, also as the head of a compound ("im ukrainischen
        Verteidigungsministerium", "im britischen Unterhaus"), rather than a town's name? A head of six letters
        or more from spaCy's lemmas, a shorter one from ``[places] institution_heads``: the short lemmas are the
        ends of towns' names too (Meseberg, Bürgenstock)."""
        if word in self.lemma_words:
            return True
        low = word.lower()
        if low.endswith(self.rules.institution_heads) or low.endswith(self.rules.abstract_noun_endings):
            return True
        return any(low[n:].capitalize() in self.lemma_words for n in range(1, len(low) - 5))

    def _given_name_persons(self, doc: Doc, ms: MentionSet, occupied: set[int]) -> None:
        """``Hakan Fidan``, ``Frank-Walter Steinmeier``: a known given name and a capitalised surname after it."""
        i = 0
        texts = doc.texts
        role_starts = sorted(rs.start for rs in ms.roles)
        closed = self.rules.determiners | self.rules.subject_pronouns | self.rules.possessives
        n = len(doc)
        while i < n:
            text = texts[i]
            if i in occupied or not self._known_given(text) or text in self.rules.given_name_stoplist or text in self.calendar_words \
                    or doc.lowers[i] in self.adjectives or doc.lowers[i] in closed \
                    or (doc.sent_start(i) == i and doc.lowers[i] in self.sentence_start_words):
                i += 1  # "German Defence Minister …", "His Polish counterpart": an adjective or a pronoun, not a name
                continue
            end = self._name_after(doc, i, occupied)
            r = bisect_right(role_starts, i)  # "Ana Foreign Minister …": a role ends the name
            if r < len(role_starts) and role_starts[r] < end:
                end = role_starts[r]
            if end - i >= 2 and doc.lowers[end - 1] in self.rules.region_parts and doc.texts[end - 2] in ("-", "‐"):
                i = end  # "die Ashanti-Region": a region, though "Ashanti" is a given name too
                continue
            if i + 2 < n and texts[i + 1] in _HYPHENS and texts[i + 2] not in self.given \
                    and doc.idx[i + 1] == doc.idx[i] + len(text) and doc.idx[i + 2] == doc.idx[i + 1] + 1:
                # "die Julius-Leber-Kaserne", "die Friedrich-Ebert-Stiftung", "im Willy-Brandt-Haus": a given name
                # hyphened to a surname names a thing after a person (a person's double given name is two given
                # names: "Frank-Walter")
                i += 3
                while i + 1 < n and texts[i] in _HYPHENS and texts[i + 1][:1].isupper():
                    i += 2
                continue
            if end - i >= 2 and (texts[end - 1] in self.rules.venue_nouns_after or texts[end - 1] in self.rules.feature_nouns_after):
                i = end  # "im Victoria and Albert Museum", "the Royal Albert Hall": a building named after a person
                continue  # (or a range, a river: "in den Rocky Mountains")
            if end - i >= 2 and self.lang == "en" and i > 0 and doc.lowers[i - 1] in self.rules.definite_determiners:
                i = end  # "talks at the Raj Bhavan": English sets no article before a person's name, a building's it does
                continue
            if end - i >= 2:
                name = doc.span_text(i, end).replace(" - ", "-")
                ms.mentions.append(Mention(i, end, "person", f"person:{slug(name)}", name, via="given-name"))
                occupied.update(range(i, end))
                i = end
                continue
            i += 1

    def _origin_states(self, doc, ms: MentionSet) -> None:
        """"X aus Frankreich", "Y from Poland", "X (Frankreich)": the state a person comes from is theirs and no party
        of its own."""
        by_start = {m.start: m for m in ms.mentions if m.type == "country"}
        for m in ms.mentions:
            state = by_start.get(m.end + 1) if m.type == "person" else None
            if state is None:
                continue
            bracketed = doc.texts[m.end] == "(" and state.end < len(doc) and doc.texts[state.end] == ")"
            if doc.lowers[m.end] in self.rules.origin_prepositions or bracketed:
                state.modifier = state.origin = True
                m.country = m.country or state.country or state.key.split(":", 1)[1]

    def _compound_modifiers(self, doc, ms: MentionSet) -> None:
        """A state that begins a hyphenated compound names no party: "der Ukraine-Beauftragte", "die
        Ukraine-Kontaktgruppe"; nor does an organisation before a role ("EU-Kommissarin X" is X, of the EU;
        a "Nato-Gipfel" is NATO's, so an organisation before anything else is left alone)."""
        texts, idx = doc.texts, doc.idx
        for m in ms.mentions:
            k = m.end
            if m.type in ("country", "organization") and k + 1 < len(doc) and texts[k] in ("-", "‐") \
                    and idx[k] == idx[k - 1] + len(texts[k - 1]) and texts[k + 1][:1].isupper() \
                    and (m.type == "country" or self.kb.role_of(self.lang, texts[k + 1])):
                m.modifier = True  # organisations only before a role: "EU-Kommissarin", "Nato-Generalsekretär"
            elif m.type in ("city", "region") and k + 1 < len(doc) and texts[k] in ("-", "‐") \
                    and idx[k] == idx[k - 1] + len(texts[k - 1]) and doc.lowers[k + 1] in self.rules.name_compound_heads:
                m.modifier = True  # "im Berlin-Format", "das Minsk-Abkommen": a name, no place
            elif m.type == "organization" and k + 1 < len(doc) and texts[k] in ("-", "‐") \
                    and idx[k] == idx[k - 1] + len(texts[k - 1]) and doc.lowers[k + 1] in self.rules.member_heads:
                m.modifier = True  # "eines EU-Landes": one member state, not the organisation
            elif m.type in ("country", "organization") and self.lang == "en" and any(
                    rs.start == k and rs.attached for rs in ms.roles):
                m.modifier = True  # "European Council President X", "NATO Secretary General X": X, of it
            elif m.type == "person" and k + 1 < len(doc) and texts[k] in ("-", "‐") and idx[k] == idx[k - 1] + len(texts[k - 1]) \
                    and idx[k + 1] == idx[k] + 1 and texts[k + 1][:1].isupper() and not any(o.start == k + 1 for o in ms.mentions) \
                    and not doc.lowers[k + 1].endswith(self._meeting_heads):
                # "der Trump-Gesandte X", "Scholz-Nachfolger", "die Merz-Regierung": a compound of the person's name
                # names someone or something else (not "Trump-Putin-Gipfel": the two meet)
                m.modifier = True
            elif m.type == "person" and self.lang == "en" and k < len(doc) and texts[k].islower() \
                    and any(rs.start == k and rs.attached for rs in ms.roles):
                # "Trump envoy Steve Witkoff": the envoy is meant, of Trump (English nouns only: a German subject
                # may stand right before its object, "lud Kanzlerin X Präsident Y ein")
                m.modifier = True
            elif m.type == "person" and self._possessor_of_another(doc, m):
                m.modifier = True  # "President Donald Trump's special envoy": the envoy is meant, not Trump
            elif m.type == "person" and self.rules.government_nouns and (
                    self.lang == "en" and k < len(doc) and doc.lowers[k] in self.rules.government_nouns
                    or self.lang == "de" and m.start > 0 and doc.lowers[m.start - 1] in self.rules.government_nouns):
                m.modifier = True  # "the Trump administration", "die Regierung Trump": a government, not the person

    def _principals_of_unnamed_offices(self, doc, ms: MentionSet) -> None:
        """An English name right before a lower-case noun of a person's office, with no name after it ("hosts X and
        Putin envoy", "met the Arvik envoy"), names whose the office is: the envoy is meant, not the name's bearer.
        After the back-references, so that a surname alone counts as well. (English nouns only: a German subject may
        stand right before its object.)"""
        if self.lang != "en":
            return
        texts = doc.texts
        for m in ms.mentions:
            k = m.end
            if m.type == "person" and not m.modifier and k < len(doc) and texts[k].islower() \
                    and (self.kb.role_of(self.lang, texts[k]) or ("", ""))[1] == "person":
                m.modifier = True

    def _possessor_of_another(self, doc, m: Mention) -> bool:
        """Is the person the possessor of another person's office or kin ("Donald Trump's special envoy", "the US
        president's son-in-law")? The other is meant, not they."""
        k, texts = m.end, doc.texts
        if m.genitive and k < len(doc) and (self.kb.role_of(self.lang, texts[k]) or doc.lowers[k] in self.rules.relative_nouns):
            return True  # "Putins Sprecher X", "Trumps Schwiegersohn": the spokesman, the son-in-law is meant
        if k + 2 < len(doc) and texts[k] in ("'s", "’s"):
            for j in range(k + 1, min(k + 4, len(doc))):
                if doc.lowers[j].endswith(self._meeting_heads):
                    break  # "Secretary X's Meeting with Minister Y": X's meeting, with an office holder after it
                if self.kb.role_of(self.lang, texts[j]) or doc.lowers[j] in self.rules.relative_nouns:
                    return True
        # a German genitive after such a noun: "Jared Kushner, dem Schwiegersohn des US-Präsidenten Donald Trump"
        j = m.start - 1
        while j > m.start - 5 and j > 0 and (self.kb.role_of(self.lang, texts[j]) or texts[j] in ("-", "‐")
                                              or texts[j].isupper()):
            j -= 1  # past "US-Präsidenten"
        return j > 0 and doc.lowers[j] in self.rules.genitive_determiners and (
            doc.lowers[j - 1] in self.rules.relative_nouns or bool(self.kb.role_of(self.lang, texts[j - 1])))

    def _model_persons(self, doc, ms: MentionSet, occupied: set[int]) -> None:
        """Persons a trained pipeline's entity recogniser found and the rules did not (only when a model runs:
        ``spacy.blank`` sets no entities). Names of two or more words only: a lone surname is left to the
        back-references, which know whom it refers to."""
        if not doc.doc.has_annotation("ENT_IOB"):
            return  # no entity recogniser ran (reading Doc.ents would build a Token per word to find that out)
        for ent in doc.doc.ents:
            if ent.label_ not in ("PER", "PERSON") or len(ent) < 2 or any(k in occupied for k in range(ent.start, ent.end)):
                continue
            name = doc.span_text(ent.start, ent.end).replace(" - ", "-")
            if not name[:1].isupper():
                continue
            ms.mentions.append(Mention(ent.start, ent.end, "person", f"person:{slug(name)}", name, via="model"))
            occupied.update(range(ent.start, ent.end))

    def _spouses(self, doc, ms: MentionSet, occupied: set[int]) -> None:
        """``Macron und seine Frau Brigitte``, ``his wife Jill``: a spouse named by the first name only takes
        the family name of the person the possessive refers to (the nearest person before it)."""
        if not self.rules.spouse_nouns:
            return
        lowers, texts = doc.lowers, doc.texts
        for i in range(len(doc) - 2):
            if lowers[i] not in self.rules.possessives or lowers[i + 1] not in self.rules.spouse_nouns:
                continue
            j = i + 2 + (texts[i + 2] == "," and i + 3 < len(doc))
            # ("his wife Victoria": a town's name that is a given name, right after a spouse's noun, is the spouse)
            town = next((m for m in ms.mentions if m.start == j and m.end == j + 1 and m.type == "city"), None)
            if j in occupied and town is None or texts[j] not in self.given or (j + 1 < len(doc) and texts[j + 1][:1].isupper()):
                continue
            s_start = doc.sent_start(i)
            before = [m for m in ms.mentions if m.type == "person" and s_start <= m.end <= i]
            if not before:
                continue
            if town is not None:
                ms.mentions.remove(town)
                ms.moved()
            ent = self.kb.entities.get(before[-1].key)
            family = (ent.name if ent is not None else before[-1].text).split()[-1]
            name = f"{texts[j]} {family}"
            ms.mentions.append(Mention(j, j + 1, "person", f"person:{slug(name)}", name, via="spouse"))
            occupied.add(j)

    def _party_names(self, doc: Doc, ms: MentionSet, occupied: set[int]) -> None:
        """``Boris Pistorius (SPD)``: two or three capitalised words before a party in brackets."""
        if not self.rules.parties:
            return
        texts = doc.texts
        for i in range(len(doc) - 2):
            if texts[i] != "(" or texts[i + 1] not in self.rules.parties or texts[i + 2] != ")":
                continue
            start = i
            while start - 1 >= 0 and i - start < 3 and start - 1 not in occupied and _is_name_token(doc[start - 1], self.rules, self.kb, self.lang):
                start -= 1
            if i - start == 3 and texts[start] not in self.given and texts[start + 1] in self.given:
                start += 1  # "Kanzleramtschef Thorsten Frei (CDU)": a title the roles lack, then the name
            idx = doc.idx
            while start >= 2 and texts[start - 1] in ("-", "‐") and start - 2 not in occupied \
                    and idx[start - 1] == idx[start - 2] + len(texts[start - 2]) and idx[start] == idx[start - 1] + 1 \
                    and texts[start - 2] in self.given:
                start -= 2  # a double given name: "Anna-Lena Kranich (CDU)", "Frank-Walter X (SPD)"
            if i - start >= 2:
                name = doc.span_text(start, i)
                ms.mentions.append(Mention(start, i, "person", f"person:{slug(name)}", name, country=self.rules.party_country, via="party"))
                occupied.update(range(start, i))

    def _offices_of_person(self, m: Mention) -> tuple[str | None, ...]:
        """The role the article gives a person and the knowledge base's: "Finanzminister Lars Klingbeil … der
        Vizekanzler" is one man of two offices."""
        return (m.role, self.kb.person_role(m.key)) if m.role else (self.kb.person_role(m.key),)

    def _role_of_person(self, m: Mention) -> str | None:
        """The role the article gives a person, else the knowledge base's ("Frankreichs Präsident" -> Macron)."""
        return m.role or self.kb.person_role(m.key)

    def _states_enumerated(self, doc: Doc, i: int, countries: dict[int, Mention]) -> bool:
        """Do several states follow the role ending at ``i`` ("Amtskollegen aus Brasilien, Indien und Südafrika")?
        Then the role is plural: the states, not one person of them."""
        if i >= len(doc) or doc.lowers[i] not in self.rules.origin_prepositions:
            return False
        found, k = 0, i + 1
        while k < len(doc) and (k in countries or doc.texts[k] == "," or doc.lowers[k] in self.rules.coordinators):
            if k in countries:
                found += 1
                k = countries[k].end
            else:
                k += 1
        return found >= 2

    def _country_of(self, m: Mention) -> str | None:
        """The state the article gives a person, else the knowledge base's."""
        if m.country:
            return m.country
        ent = self.kb.entities.get(m.key)
        return ent.country if ent is not None else None

    def _honorific_of_another_gender(self, doc, i: int, person: Mention | None) -> bool:
        """Does an honorific before the surname at ``i`` tell a gender other than that of ``person`` (by a role
        noun's gender, else by the given name: "Mrs Trump" is not Donald Trump)?"""
        want = self.rules.honorific_genders.get(doc.texts[i - 1]) if i > 0 else None
        if want is None or person is None:
            return False
        ent = self.kb.entities.get(person.key)
        given = (ent.name if ent is not None else person.text).split()[0] if (ent is not None or person.text) else ""
        have = person.gender or given_name_gender(given)
        return have is not None and have != want

    def _gender(self, doc, rs: RoleSpan) -> str | None:
        """"f" for a German feminine role noun (Ministerin, Kanzlerin), "m" for another German one, else None."""
        if self.lang != "de":
            return None
        word = doc.lowers[rs.end - 1]
        if word.endswith("e"):
            # a noun made of an adjective ("die Abgeordnete", "der Gesandte"): the article tells
            article = next((doc.lowers[k] for k in range(rs.start - 1, max(-1, rs.start - 4), -1)
                            if doc.lowers[k] in self.rules.determiners), None)
            return {"die": "f", "eine": "f", "der": "m", "ein": "m"}.get(article or "")
        return "f" if word.endswith(("in", "innen")) else "m"

    def _without_genitive(self, doc: Doc, start: int, text: str) -> str:
        """A German group named in the genitive keyed as in the nominative ("des Sicherheitskabinetts" and "das
        Sicherheitskabinett" are one group): after an article of the masculine or neuter genitive (des, eines,
        seines: those ending in -es), the last word's -s or -es dropped when what remains is the same role (not a
        plural's -s: "der Staats- und Regierungschefs")."""
        if self.lang != "de" or start == 0 or not (doc.lowers[start - 1] in self.rules.genitive_determiners
                                                   and doc.lowers[start - 1].endswith("es")):
            return text
        head, _, last = text.rpartition(" ")
        glued, hyphen, last = last.rpartition("-")  # "des Nato-Ukraine-Rats": the compound's last word
        role = self.kb.role_of(self.lang, last)
        for cut in (2, 1):
            if role is not None and last.endswith("es"[2 - cut:]) and len(last) > cut + 2 \
                    and self.kb.role_of(self.lang, last[:-cut]) == role:
                return f"{head} {glued}{hyphen}{last[:-cut]}".strip()
        return text

    def _descriptor_reference(self, doc, rs: RoleSpan, persons: list[Mention], gender: dict, ms: MentionSet,
                              occupied: set[int]) -> None:
        """"sagte die Grünen-Politikerin", "the veteran diplomat said": a word for a person that is no office
        refers to the person named last before it (of its gender, in German), within the sentence before."""
        k = rs.start
        while k >= 2 and doc.texts[k - 1] == "-":
            k -= 2  # "die Grünen-Politikerin", "der SPD-Politiker": a party before the hyphen
        adjectives = 0
        while adjectives < 2 and k >= 2 and doc.texts[k - 1].isalpha() and doc.texts[k - 1].islower() \
                and doc.lowers[k - 1].endswith(_ADJECTIVE_ENDINGS) and doc.lowers[k - 1] not in self.rules.determiners \
                and doc.lowers[k - 1] not in self.rules.pair_words and doc.lowers[k - 1] not in self.rules.group_numbers:
            k -= 1  # "die junge Abgeordnete" (not "die beiden Politiker": the two)
            adjectives += 1
        if k == 0 or doc.lowers[k - 1] not in self.rules.determiners or doc.lowers[k - 1] in self.rules.indefinite_articles:
            return  # ("schickte eine Diplomatin", "a veteran diplomat": someone not named before)
        window = doc.sent_start(doc.sent_start(k) - 1) if doc.sent_start(k) > 0 else 0
        want = self._gender(doc, rs)
        before = [m for m in persons if window <= m.start < k and gender.get(m.key) in (None, want)]
        if states := self.kb.states_of_role(self.lang, doc.texts[rs.end - 1]):
            # "der Kanadier": the person of that state just named (not "die Kanadier": the plural)
            if doc.lowers[k - 1] in self.rules.plural_determiners and want == "m" and k == rs.start:
                return
            # (however far back: the state says whom it means)
            before = [m for m in persons if m.start < k and gender.get(m.key) in (None, want) and self._country_of(m) in states]
        party = _party_key(doc.texts[k]) if k < rs.start and doc.texts[k] in self.rules.parties else None
        if party is None and doc.lowers[rs.end - 1] in self.rules.party_descriptors:
            return  # "der Chef des Kanzleramts, X": a chief of what follows, no one named before
        if party is not None:
            # "der SPD-Politiker": the person the article gave that party ("Malte Jessen (SPD)"), however far
            # back, before the person named last
            members = {m.key for m in persons if m.start < k and self._party_of(doc, m) == party}
            of_party = [m for m in persons if m.start < k and m.key in members and gender.get(m.key) in (None, want)]
            # (else the person named last who is of no other party and no other state, however far back: "traf
            # seinen chinesischen Amtskollegen X. … will der CDU-Politiker" is not X)
            state = self.rules.party_states.get(doc.texts[k], self.rules.party_country)
            unaffiliated = [m for m in persons if m.start < k and not self._party_of(doc, m)
                            and gender.get(m.key) in (None, want) and self._country_of(m) in (None, state)]
            # (one of the party's state before one of no known state: "traf Wadephul Vizepräsident Han Zheng. Zuvor
            # hatte der CDU-Politiker …" is Wadephul)
            before = of_party or [m for m in unaffiliated if self._country_of(m) == state] or unaffiliated
        if before and doc.lowers[rs.end - 1] in self.rules.protagonist_descriptors:
            # "sagte der 69-Jährige": the one the story is about, the first person of the sentence before
            first_sentence = doc.sent_start(before[-1].start)
            before = [next(m for m in before if m.start >= first_sentence)]
        if before:
            ms.mentions.append(Mention(k, rs.end, "person", before[-1].key, doc.span_text(k, rs.end), via="roleref"))
            occupied.update(range(k, rs.end))

    def _used_as_word(self, doc: Doc, i: int) -> bool:
        """Is a surname that is also a word of the language used as that word here? After an article or a
        preposition that takes a bare noun ("über Frieden", "in May", "der Fischer") it is; at the head of a
        clause, after "mit" or "von", or with a title it is the person ("Frieden sagte", "mit Fischer")."""
        if self.lemma_table is None or i == 0 or not (doc[i].orth in self.lemma_table or doc[i].lower in self.lemma_table):
            return False
        before = doc.lowers[i - 1]
        return before in self.rules.determiners or before in self.rules.bare_noun_prepositions

    def _party_of(self, doc, m: Mention) -> str | None:
        """The party in brackets right after a person's name ("Malte Jessen (SPD)"), folded as ``_party_key``."""
        e = m.end
        if e + 2 < len(doc) and doc.texts[e] == "(" and doc.texts[e + 1] in self.rules.parties and doc.texts[e + 2] == ")":
            return _party_key(doc.texts[e + 1])
        return None

    @staticmethod
    def _names_role(short: str, full: str | None, kind: str) -> bool:
        if full is None:
            return False
        if kind == "last" and full in (f"Deputy {short}", f"Vice {short}", f"Prime {short}"):
            # "des Bundesministers des Auswärtigen" is not the deputy foreign minister named before, nor "die
            # Ministerin" the Ministerpräsidentin (the head of a government is no minister of it)
            return False
        return full == short if kind == "same" else full.startswith(f"{short} ") if kind == "first" else full.endswith(f" {short}")

    @staticmethod
    def _compound_start(doc: Doc, i: int, ms: MentionSet) -> int:
        """Where a German compound ending in the word at ``i`` starts, past states and organisations glued to it by
        hyphens ("Nato-Ukraine-Rat": a body named by its members, not Ukraine's council)."""
        k = i
        while k >= 2 and doc.texts[k - 1] in ("-", "‐"):
            glued = next((m for m in ms.mentions if m.end == k - 1 and m.type in ("organization", "country")), None)
            if glued is None:
                break
            k = glued.start
        return k

    @staticmethod
    def _article_before(doc: Doc, i: int, ms: MentionSet) -> int:
        """The token before the role at ``i``, past a state or organisation glued to it by a hyphen ("die
        G7-Außenminister": the article is "die")."""
        k = i - 1
        if k > 0 and doc.texts[k] in ("-", "‐"):
            glued = next((m for m in ms.mentions if m.end == k and m.type in ("organization", "country")), None)
            if glued is not None and glued.start > 0:
                return glued.start - 1
        return k

    def _genitive_country(self, doc: Doc, end: int, countries: dict[int, Mention]) -> str | None:
        """The state a role noun is of when a genitive follows it: "des Präsidenten der Republik Finnland",
        "the President of Finland" (a determiner and at most one more word between)."""
        k, skipped = end, 0
        while k < len(doc) and k - end < 4:
            if k in countries:
                return countries[k].key.split(":", 1)[1] if countries[k].key.startswith("country:") else None
            low = doc.lowers[k]
            if low in self.rules.determiners or low in self.rules.of_state:
                k += 1
                continue
            if skipped or doc.is_punct[k] or not doc.texts[k][:1].isupper():
                return None  # (not a preposition: "der Kanzlerin in der Ukraine" is no Ukrainian chancellor)
            skipped, k = 1, k + 1
        return None

    def _give_role(self, doc: Doc, person: Mention, rs: RoleSpan) -> None:
        """Give a person already found the role (and the state) of the role noun before them, unless they have one."""
        person.role = person.role or rs.role
        person.role_kind = person.role_kind or rs.kind
        person.gender = person.gender or self._gender(doc, rs)
        if rs.country:
            person.country = rs.country
        rs.attached = True

    def _apposition_follows(self, doc: Doc, end: int, starts: dict[int, Mention]) -> bool:
        """Is a role followed, within its complement ("der Republik Finnland"), by a comma and a name?"""
        stop = min(len(doc) - 1, end + 6, doc.sent_end(end) - 1 if end < len(doc) else end)
        for k in range(end, stop):
            if doc.texts[k] == ",":
                return k + 1 in starts and starts[k + 1].type == "person"
            if doc.texts[k] in ("-", "‐") and k > end and doc.texts[k - 1][:1].isupper() and doc.texts[k + 1][:1].isupper():
                continue  # a hyphenated name: "der Ministerpräsident von Nordrhein-Westfalen, X"
            if doc.is_punct[k]:
                return False
            low = doc.lowers[k]
            if not doc.texts[k][:1].isupper() and low not in self.rules.determiners and low not in self.rules.of_state:
                return False  # a verb: "Der Bundeskanzler empfängt den Premierminister von Portugal, X," names X's role
        return False

    def _surnames_over_towns(self, doc: Doc, ms: MentionSet, occupied: set[int], surnames: dict[str, set[str]]) -> None:
        """"Austin hosts final Ramstein meeting" over "Defense Secretary Lloyd Austin convened …": a town of one word
        that is the surname of the one person of the article named so in full, with no preposition or article before
        it and a word in lower case after it (its verb), is that person, not the town."""
        for m in [m for m in ms.mentions if m.type == "city" and m.end - m.start == 1 and m.text in surnames]:
            i = m.start
            before = doc.lowers[i - 1] if i > 0 and doc.sent_start(i) != i else ""
            if before in self.rules.meeting_prepositions or before in self.rules.determiners \
                    or m.end >= len(doc) or not doc.texts[m.end].isalpha() or not doc.texts[m.end].islower() \
                    or doc.lowers[m.end] in self.rules.coordinators:
                continue  # (not a list of towns: "Berlin und Paris")
            ms.mentions.remove(m)
            ms.mentions.append(Mention(i, m.end, "person", next(iter(surnames[m.text])), m.text, via="surname"))
            occupied.update(range(i, m.end))
            # (the word after it is its verb, no group: "Austin hosts …" is no group of hosts)
            for g in [g for g in ms.mentions if g.type == "group" and g.start == m.end and g.end == m.end + 1]:
                ms.mentions.remove(g)
            ms.moved()  # (one mention for another: the count alone would not tell the index to rebuild)

    def _known_by_surname(self, m: Mention) -> str | None:
        """"EU-Ratspräsident Costa", "der portugiesische Außenminister Rangel": a role with the surname of the
        one person of the knowledge base who bears it and holds that role (or one of its group) or is of
        the state the role names; the key of that person, else None (a surname alone is never enough). A name of
        more words is that person's when its words are all in one of the person's forms ("Turkish President
        Tayyip Erdogan", who is Recep Tayyip Erdoğan)."""
        words = m.text.split()
        surname = words[0] if len(words) > 1 and words[0] in self.kb.family_name_first else words[-1]
        keys = self.kb.persons_by_surname.get(surname, ())
        if len(keys) != 1:
            return None
        e = self.kb.entities[keys[0]]
        if len(words) > 1 and not any(set(words) <= set(form.split()) for form in e.forms):
            # "Turkish President Tayyip Erdogan": a name of the one person's full name, its middle and last words
            return None
        same_role = m.role is not None and (m.role == e.role or e.role in self.kb.role_groups.get(m.role, ()))
        same_state = m.country is not None and m.country == e.country
        return e.key if same_role or same_state else None

    def _headline_subject(self, doc: Doc, rs) -> bool:
        """Is the role noun the subject of a line in headline style, with no article, before a verb of the third
        person singular ("Kanzler trifft Präsidenten Brasiliens", "Außenministerin sagt Treffen ab")? It refers to
        the one person of the article who holds the role, as "der Kanzler" does."""
        if self.lang != "de" or doc.sent_start(rs.start) != rs.start or rs.end >= len(doc):
            return False
        verb = doc.texts[rs.end]
        return verb.islower() and verb.endswith("t") and len(verb) > 3 and verb not in self.rules.determiners

    def _host_of_the_place(self, doc: Doc, rs: RoleSpan, ms: MentionSet, gender: dict) -> set[str]:
        """The person a host's noun with no name refers to ("X traf in Ankara seinen türkischen Amtskollegen Y.
        Sein Gastgeber betonte …", "the host"): of the persons named in the three sentences before and in its own
        before it, the one of the state where the places named there are. Empty unless exactly one, of the noun's
        gender."""
        before = doc.sent_start(rs.start)
        for _ in range(3):
            k = last_word_before(doc, before)
            if k <= 0:
                break
            before = doc.sent_start(k)
        told = [m for m in ms.mentions if before <= m.start < rs.start]
        states = set()
        for m in told:
            if m.type == "country" and not m.modifier:
                states.add(m.key.split(":", 1)[1])
            elif m.type in ("city", "venue") and not m.modifier and (ent := self.kb.entities.get(m.key)) is not None and ent.country:
                states.add(ent.country)
        if len(states) != 1:
            return set()
        wanted = self._gender(doc, rs)
        keys = {m.key for m in told if m.type == "person" and self._country_of(m) in states
                and gender.get(m.key) in (None, wanted)}
        return keys if len(keys) == 1 else set()

    def _unroled_person_just_named(self, doc: Doc, rs: RoleSpan, fits: list[Mention], persons: list[Mention],
                                   roles: list[RoleSpan]) -> set[str]:
        """The one person the sentence before names with neither office nor state, whom a role of a state refers
        to ("… hält die Limousine von Mette Lindgaard. Die dänische Regierungschefin ist die Erste …"): a name the
        knowledge base lacks, its office told only by the next sentence's role. Empty unless exactly one, of the
        role's gender where the name tells one, and that sentence tells of no one else unnamed ("X empfing den Gast
        aus Oslo. Der norwegische Ministerpräsident …" is the guest)."""
        k = last_word_before(doc, doc.sent_start(rs.start))
        if k <= 0:
            return set()
        before = doc.sent_start(k)
        if not self.rules.guest_nouns.isdisjoint(doc.lowers[before:k + 1]) \
                or any(before <= r.start <= k and not r.attached for r in roles):
            return set()
        keys = {m.key for m in fits if not m.kb and not m.role and m.country is None}
        named = {m.key for m in persons if m.key in keys and before <= m.start <= k}
        wanted = self._gender(doc, rs)
        named = {key for key in named if wanted is None or all(
            (m.gender or given_name_gender(m.text.split()[0])) in (None, wanted) for m in persons if m.key == key)}
        return named if len(named) == 1 and len({m.key for m in persons if before <= m.start <= k}) == 1 else set()

    def _back_references(self, doc: Doc, ms: MentionSet, occupied: set[int]) -> None:
        persons = [m for m in ms.mentions if m.type == "person"]
        surnames: dict[str, set[str]] = {}
        first_named: dict[str, int] = {}  # person -> where the full name first stands
        info: dict[str, Mention] = {}
        for m in persons:
            parts = m.text.replace("-", " ").split()
            if len(parts) >= 2:
                surnames.setdefault(m.text.split()[-1], set()).add(m.key)
                last = m.text.split()[-1].split("-")
                if len(last) == 2 and last[0].lower() in self.rules.name_particles and last[1][:1].isupper():
                    surnames.setdefault(last[1], set()).add(m.key)  # "Asaad al-Schaibani", later "Schaibani"
                if len(parts) >= 3 and parts[-1].lower() in self.rules.name_suffixes:
                    surnames.setdefault(parts[-2], set()).add(m.key)  # "Ferdinand Marcos Jr.", later "Marcos"
                first_named.setdefault(m.key, m.start)
                if parts[0] in self.kb.family_name_first and len(parts) <= 3:
                    surnames.setdefault(parts[0], set()).add(m.key)  # "Li Wen", then "Li"

        def named_before(keys: set[str] | None, i: int) -> set[str] | None:
            """Of several persons with one family name, those named in full before ``i``: "Andreas Kroll …
            Bundespräsident Kroll …", and only then "Maria Kroll"."""
            if not keys or len(keys) < 2:
                return keys
            before = {k for k in keys if first_named.get(k, i) < i}
            return before if len(before) == 1 else keys

        # "Jan-Willem van der Veen", later "Van der Veen" (capitalised at the start of a sentence), "Sophie De Smet",
        # later "De Smet": a family name with its particles refers back to the full name
        particled: dict[str, set[str]] = {}
        for m in persons:
            words = m.text.split()
            k = next((i for i in range(1, len(words) - 1) if words[i].lower() in self.rules.name_particles), None)
            if k is not None:
                particled.setdefault(" ".join(words[k:]).lower(), set()).add(m.key)
            if len(words) >= 2 and words[-1].split("-")[0].lower() in self.rules.name_particles:
                particled.setdefault(words[-1].lower(), set()).add(m.key)  # "Abdel Fattah al-Sisi", later "Al-Sisi"
        for m in persons:
            first = m.text.split()[0].split("-")[0].lower() if m.text else ""
            keys = particled.get(m.text.lower()) if (" " in m.text or "-" in m.text) and first in self.rules.name_particles else None
            if keys and len(keys) == 1 and m.key not in keys:
                m.key = next(iter(keys))
        for m in persons:
            # "Foreign Minister Siregar" after "Ratna Siregar": a role with a known surname is that person
            keys = named_before(surnames.get(m.text), m.start) if m.via == "role" and " " not in m.text else None
            if keys and len(keys) > 1 and m.role:
                # "Präsident Rui Tavares und dessen Ehefrau Inês Tavares … Präsident Tavares": the one of that role
                keys = {k for k in keys if any(p.key == k and p.role == m.role for p in persons)} or keys
            if keys and len(keys) == 1 and m.key not in keys:
                m.key = next(iter(keys))
            elif m.via == "role" and not keys and (" " not in m.text or not m.kb):
                known = self._known_by_surname(m)
                if known is not None:
                    m.key, m.kb = known, True
                    surnames.setdefault(m.text, set()).add(known)  # "Costa sagte …" later is he too
        for m in persons:
            info.setdefault(m.key, m)
            if m.role and not info[m.key].role:
                info[m.key].role = m.role
            if m.country and not info[m.key].country:
                info[m.key].country = m.country
        texts = doc.texts
        for i in doc.capitalised:
            # "for the Trumps", "die Macrons": a family name in the plural is everyone of that name just named
            text = texts[i]
            if i == 0 or i in occupied or len(text) < 3 or not text.endswith("s") \
                    or doc.lowers[i - 1] not in self.rules.plural_determiners:
                continue
            family = surnames.get(text[:-1], set())
            if len(family) >= 2:
                for key in sorted(family):
                    ms.mentions.append(Mention(i, i + 1, "person", key, text, via="surname"))
                occupied.add(i)
        self._surnames_over_towns(doc, ms, occupied, {k: v for k, v in surnames.items() if len(v) == 1})
        for i in doc.capitalised:
            text = texts[i]
            if i in occupied:
                continue
            width = 1
            keys = surnames.get(text)
            if keys is None and self.lang == "de" and text.endswith("s"):
                keys = surnames.get(text[:-1])  # Healeys Rede
            if keys is None and i + 2 < len(doc) and doc.texts[i + 1] == "-":
                keys = surnames.get(doc.span_text(i, i + 3).replace(" ", ""))
                width = 3  # Kovacs-Lindqvist
            keys = named_before(keys, i)
            if keys and len(keys) > 1:
                # "Präsident Stefan Aldinger … seine Ehefrau Miriam Aldinger … reist Aldinger nach Porto": the surname
                # alone is the one of the family who holds an office
                keys = {k for k in keys if info.get(k) is not None and info[k].role} or keys
            if keys and len(keys) == 1 and not any(k in occupied for k in range(i, i + width)):
                if width == 1 and self._used_as_word(doc, i):
                    continue  # "Luc Frieden …", then "über Frieden in der Ukraine": the word, not the man
                key = next(iter(keys))
                if self._honorific_of_another_gender(doc, i, info.get(key)):
                    continue  # "Mrs Trump" after "Donald Trump": someone else of the family
                via = "honorific" if i > 0 and doc.texts[i - 1] in self.rules.honorifics else "surname"
                ms.mentions.append(Mention(i, i + width, "person", key, doc.span_text(i, i + width).replace(" ", ""), via=via))
                occupied.update(range(i, i + width))
        self._given_name_references(doc, ms, persons, occupied)
        # a role alone refers to the one person of the article with that role (and country, if given); a German
        # role noun tells the gender, so "die Ministerin" is not the "Außenminister" named beside her
        starts = {m.start: m for m in persons}
        countries = {m.start: m for m in ms.mentions if m.type == "country"}
        gender = {starts[rs.end].key: self._gender(doc, rs) for rs in ms.roles if rs.attached and rs.end in starts}
        titled: dict[str, set[str]] = {}  # person -> the states of the role nouns before their name (Bundespräsident X)
        for rs in ms.roles:
            if rs.attached and rs.end in starts:
                titled.setdefault(starts[rs.end].key, set()).update(self.kb.states_of_role(self.lang, doc.texts[rs.end - 1]))
        # sentence start -> the persons named in it, by surname too ("Kowalczyk lud den Oberbürgermeister ein": the
        # mayor is not Kowalczyk); person -> where the article first names them
        named_in: dict[int, set[str]] = {}
        first_at: dict[str, int] = {}
        possessors: dict[int, list[Mention]] = {}  # sentence start -> persons named as a possessor only
        for m in ms.mentions:
            if m.type == "person":
                named_in.setdefault(doc.sent_start(m.start), set()).add(m.key)
                if in_genitive(doc, m):
                    possessors.setdefault(doc.sent_start(m.start), []).append(m)
        for m in persons:
            first_at[m.key] = min(first_at.get(m.key, m.start), m.start)
        for rs in ms.roles:
            if rs.kind == "descriptor" and not rs.attached and not any(j in occupied for j in range(rs.start, rs.end)):
                self._descriptor_reference(doc, rs, persons, gender, ms, occupied)
                continue
            if rs.kind not in ("person", "host", "title") or rs.attached or any(j in occupied for j in range(rs.start, rs.end)):
                continue
            prev = doc.lowers[rs.start - 1] if rs.start > 0 else ""
            if prev in self.rules.term_adjectives and rs.start > 1:
                # "den künftigen Regierungschef", "the incoming chancellor": the office's holder to be or just now
                # is the one named with it; the article before the adjective decides
                prev = doc.lowers[rs.start - 2]
            country = rs.country or self._genitive_country(doc, rs.end, countries)
            if prev not in self.rules.determiners and country is None and not self._headline_subject(doc, rs):
                continue
            if any(doc.lowers[j] in self.rules.indefinite_articles for j in range(max(0, rs.start - 2), rs.start)) \
                    and not any(doc.lowers[j] in self.rules.first_of_kind for j in range(max(0, rs.start - 6), rs.start)):
                continue  # "ein isländischer Regierungschef", "a French minister": someone, not the one named
            if self._apposition_follows(doc, rs.end, starts):
                continue  # "den Präsidenten der Republik Finnland, Mikael Lindqvist": the name follows
            if rs.start >= 2 and prev in self.rules.determiners and doc.texts[rs.start - 2] == "," \
                    and any(m.end == rs.start - 2 for m in persons):
                continue  # "Gastgeber X, der Präsident des Europäischen Rates,": X's office, in apposition
            if self.lang == "de" and prev in self.rules.genitive_plural_articles and rs.start >= 2 \
                    and doc.texts[rs.start - 2][:1].isupper() and doc.sent_start(rs.start) < rs.start - 1 \
                    and not doc.lowers[rs.end - 1].endswith(("in", "e")):
                continue  # "das nächste Treffen der Außenminister": after a noun, "der" + a masculine role is plural
            last_word = doc.texts[rs.end - 1]
            if self.lang == "de" and last_word.endswith("n") and not last_word.endswith("en") \
                    and self.kb.role_of(self.lang, last_word[:-1]) is not None:
                continue  # "mit seinen Ministern": a dative plural (Minister + n) is many, no one person named before
            if self.lang == "de" and (prev in self.rules.plural_determiners or prev in self.rules.plural_possessives) \
                    and not doc.lowers[rs.end - 1].endswith(("in", "e")):
                # "Die Außenminister Norwegens und Finnlands", "die Außenminister der EU-Staaten": "die" before a
                # masculine role is the plural, no one person named before (a feminine role ends in -in or -e:
                # "die Ministerin", "die Außenbeauftragte"); so is "seine" ("seine Amtskollegen aus Österreich und
                # Tschechien"; "seinen Amtskollegen" may be one)
                continue
            if self.lang == "en" and doc.lowers[rs.end - 1].endswith("s") and doc.lemmas[rs.end - 1] != doc.lowers[rs.end - 1] \
                    and rs.end + 1 < len(doc) and (doc.lowers[rs.end] in self.rules.of_state
                                                   or doc.lowers[rs.end] in self.rules.origin_prepositions) \
                    and countries.get(rs.end + 1 + (doc.lowers[rs.end + 1] in self.rules.determiners)) is not None:
                continue  # "Foreign ministers from France, Germany and Poland": a plural role, whose states take part
            # not someone named in the same sentence: "Steinmeier empfängt den Präsidenten" is another president
            here = named_in.get(doc.sent_start(rs.start), set())
            if possessors.get(doc.sent_start(rs.start)):
                here = here - self._possessors_of_a_clause_before(doc, rs, possessors[doc.sent_start(rs.start)], ms)
            fits = [k for k, m in info.items() if (country is None or m.country == country)
                    and gender.get(k) in (None, self._gender(doc, rs)) and k not in here]
            if not fits and country is not None:
                # "Präsident Ivo Marić … sagte der kroatische Präsident": with no one of that state named, one
                # whose state the text has not told (found by pattern, the knowledge base lacks them)
                # (named before it: "Der erste Staatsbesuch eines chilenischen Präsidenten … Präsident X" is not X yet)
                fits = [k for k, m in info.items() if m.country is None and not m.kb and first_at.get(k, rs.start) < rs.start
                        and gender.get(k) in (None, self._gender(doc, rs)) and k not in here]
            # (the role's first word too: "die Bundesministerin der Verteidigung" is a Bundes- office)
            if country is None and (states := self.kb.states_of_role(self.lang, doc.texts[rs.end - 1])
                                    or self.kb.states_of_role(self.lang, doc.texts[rs.start])):
                # "der Bundespräsident" beside Macron and Steinmeier: the office of some states only (one of another
                # state told is not it: "Die Bundesministerin … empfing ihren finnischen Amtskollegen X")
                fits = [k for k in fits if self._country_of(info[k]) in states or titled.get(k, set()) & states] or [
                    k for k in fits if self._country_of(info[k]) is None]
            # the same role first; else a role it begins ("the Secretary": the Secretary of State), else one it
            # ends ("die Ministerin": the Foreign Minister)
            for kind in ("same", "first", "last"):
                cands = {k for k in fits if any(self._names_role(rs.role, r, kind) for r in self._offices_of_person(info[k]))}
                if cands:
                    break
            else:
                # "der ukrainische Staatschef": an office the generic role covers (role_groups.tsv)
                covered = self.kb.role_groups.get(rs.role, frozenset())
                cands = {k for k in fits if self._role_of_person(info[k]) in covered}
                if not cands and country is not None and rs.role in self.rules.counterpart_roles \
                        and not self._states_enumerated(doc, rs.end, countries):
                    # "Wadephul traf seinen ukrainischen Amtskollegen": the one of that state holding the office of
                    # someone the sentence names
                    offices = {self._role_of_person(info[k]) for k in here if k in info} - {None}
                    cands = {k for k in fits if self._role_of_person(info[k]) in offices}
            hosting = not cands and rs.kind == "host"
            if hosting:
                cands = self._host_of_the_place(doc, rs, ms, gender)
            unroled = not cands and country is not None
            if unroled:
                cands = self._unroled_person_just_named(doc, rs, [info[k] for k in fits], persons, ms.roles)
            sole = not cands and rs.role in self.rules.sole_holder_roles
            if sole:
                # "travelled to Balmoral for his annual visit to the King": with no one of the office named, its one
                # holder the knowledge base knows for the state whose places the story names
                cands = self._sole_holder(rs.role, country, ms)
            if len(cands) > 1:
                # "Außenministerin X … die Ministerin … Ministerpräsidentin Y": a role alone refers back, to
                # whoever of those who fit was named before it
                cands = {k for k in cands if first_at.get(k, rs.start) < rs.start} or cands
                # (not one introduced as another's counterpart: "Wadephul … trifft seinen polnischen Amtskollegen X.
                # … wird der Minister in Vilnius erwartet" is the one the counterpart was named by)
                cands = {k for k in cands if info[k].role not in self.rules.counterpart_roles} or cands
            if len(cands) > 1 and (k := last_word_before(doc, doc.sent_start(rs.start))) > 0:
                # "Hat Außenminister X telefoniert? – Ja, der Minister hat …": of several who fit, the one the
                # sentence before names (past a paragraph break)
                before = doc.sent_start(k)
                named = cands & named_in.get(before, set())
                first = min((m.start for m in persons if m.key in named and before <= m.start <= k), default=k)
                if named and cands - named and not self.rules.subject_pronouns.isdisjoint(doc.lowers[before:first]):
                    # "In Amman trifft sie König X sowie Planungsministerin Y. Zudem besucht die Ministerin …": a
                    # pronoun before the name is that sentence's subject, the one it names its object; the role
                    # refers to the one the pronoun stands for
                    named = cands - named
                cands = named or cands
            if len(cands) == 1:
                key = next(iter(cands))
                ref = Mention(rs.start, rs.end, "person", key, doc.span_text(rs.start, rs.end), via="roleref")
                ref.modifier = self._possessor_of_another(doc, ref)  # ("Kushner, the US president's son-in-law")
                if unroled:
                    ref.role, ref.country = rs.role, country  # the office and state the name lacked
                if hosting:
                    ref.role_kind = "host"
                if sole:
                    entity = self.kb.entities[key]
                    ref.kb, ref.role, ref.country = True, entity.role, entity.country
                    # ("beim Abendessen des niederländischen Königs": whose the dinner is)
                    k = rs.start - 1  # the article, past adjectives ("des niederländischen Königs")
                    while k > 0 and doc.texts[k].isalpha() and doc.texts[k].islower() and doc.lowers[k] not in self.rules.determiners:
                        k -= 1
                    article = doc.lowers[k]
                    ref.genitive = article in self.rules.genitive_determiners and doc.lowers[rs.end - 1].endswith("s")
                ms.mentions.append(ref)
                occupied.update(range(rs.start, rs.end))
                # (named in its sentence now: "The Taoiseach will host the Prime Minister" is two persons)
                named_in.setdefault(doc.sent_start(rs.start), set()).add(key)

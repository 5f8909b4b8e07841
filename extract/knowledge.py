"""The knowledge base: countries, cities, venues, organisations, persons and role nouns, read from the
data files in ``extract/kb`` (TSV and JSONL that a user can read and extend).

Every entity has a stable ``key`` (``country:FR``, ``city:2988507``, ``venue:white-house``, ``org:nato``,
``person:john-healey``) that the facts carry, so that the graph can give one node per real-world entity.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from .errors import KnowledgeBaseError
from .folding import ascii_fold, fold, skeleton

KB_DIR = Path(str(resources.files("extract") / "kb"))
# a gender mark inside a German role noun: "Regierungschef:innen", "Außenminister*innen", "Minister_in" are
# the role's feminine forms with the mark dropped (the capital I of "AußenministerInnen" is one when lower-cased)
GENDER_MARK = re.compile(r"[:*_/](?=in(?:nen)?$)")

_SIBILANTS = ("s", "ß", "x", "z", "ce")  # German genitives of names ending so take an apostrophe ("Merz'")


@dataclass
class Entity:
    """One knowledge-base entry. ``forms`` maps a language (``de``/``en``/``*``) to its surface forms."""

    key: str
    type: str  # person | country | organization | city | region | venue
    name: str  # canonical English name
    names: dict[str, str] = field(default_factory=dict)  # canonical name per language
    forms: set[str] = field(default_factory=set)
    country: str | None = None
    role: str | None = None
    within: str | None = None  # key of the containing place (venue -> city -> country; region -> country)
    wikidata: str | None = None
    geonames: str | None = None
    source: str | None = None
    seat_of: str | None = None  # a venue: the role whose holder resides or works there (White House: President)
    capital_of: str | None = None  # a city: the state it is the capital of (Canberra: AU)
    meeting_format: bool = False  # G7, Weimarer Dreieck: a name of meetings, whose members take part, not itself
    sits: bool = False  # formats and councils (Europäischer Rat): taking part in one is taking part in its meeting


@dataclass
class KnowledgeBase:
    entities: dict[str, Entity] = field(default_factory=dict)
    adjectives: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> lower form -> country code
    genitives: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> form -> country key
    roles: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)  # lang -> lower form -> (role, kind)
    city_adjectives: dict[str, str] = field(default_factory=dict)  # German: Münchner -> city key
    family_name_first: frozenset[str] = frozenset()  # "Li Wen" is Mr Li: Chinese and Korean family names
    role_groups: dict[str, frozenset[str]] = field(default_factory=dict)  # "head of state" -> President, King …
    group_members: dict[str, frozenset[str]] = field(default_factory=dict)  # "leaders" -> President, Prime Minister …
    # a venue form several venues share ("Bundeskanzleramt": Berlin's and Vienna's) -> their keys, in file order
    shared_venue_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # lang -> (whole words, prefixes) of role nouns that only some states have -> those states (Bundespräsident)
    role_states: dict[str, tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]] = field(default_factory=dict)
    # country code -> the script its main language is written in (countries.tsv: "Cyrl" for RU, "Latn" for PL)
    state_scripts: dict[str, str] = field(default_factory=dict)
    _role_cache: dict[tuple[str, str], tuple[str, str] | None] = field(default_factory=dict, repr=False, compare=False)

    def add(self, entity: Entity) -> None:
        self.entities[entity.key] = entity

    def get(self, key: str) -> Entity:
        return self.entities[key]

    @cached_property
    def capital_of_state(self) -> dict[str, str]:
        """Country code -> the key of its capital (cities.tsv's ``capital_of``), for "die estnische Hauptstadt"."""
        return {e.capital_of: key for key, e in self.entities.items() if e.capital_of}

    @cached_property
    def cities_by_form(self) -> dict[str, tuple[str, ...]]:
        """A city's surface form -> the keys of the cities it names (several for "Frankfurt"), for a dateline's
        place."""
        out: dict[str, set[str]] = {}
        for key, e in self.entities.items():
            if e.type == "city":
                for form in e.forms:
                    out.setdefault(form, set()).add(key)
        return {form: tuple(sorted(keys)) for form, keys in out.items()}

    @cached_property
    def body_forms(self) -> frozenset[str]:
        """The surface forms of organisations and states: a dateline naming one ("UNITED NATIONS") is no town."""
        return frozenset(f for e in self.entities.values() if e.type in ("organization", "country") for f in e.forms)

    def dateline_cities(self, name: str) -> tuple[str, ...]:
        """The keys of the cities a dateline's place names; a wire's capitals ("KYIV", "NEW DELHI") are the city
        known by its usual spelling."""
        keys = self.cities_by_form.get(name, ())
        if not keys and name.isupper():
            keys = self.cities_by_form.get(name.title(), ())
        return keys

    @cached_property
    def persons_by_surname(self) -> dict[str, tuple[str, ...]]:
        """A surname (the last word of a person's forms of two or more words; the first, for a family name
        that comes first) -> the keys of the persons who bear it: "EU-Ratspräsident Costa" names one of them."""
        out: dict[str, set[str]] = {}
        for key, e in self.entities.items():
            if e.type != "person":
                continue
            for form in e.forms:
                words = form.split()
                if len(words) >= 2:
                    surname = words[0] if words[0] in self.family_name_first else words[-1]  # Wang Yi: Wang
                    out.setdefault(surname, set()).add(key)
        return {name: tuple(sorted(keys)) for name, keys in out.items()}

    @cached_property
    def persons_by_spelling(self) -> dict[str, str]:
        """A spelling key of a person's form -> the person's key, for spellings the forms do not list: the
        ASCII-folded form (``Nauseda`` for ``Nausėda``) for everyone, and for persons of states that write
        another script the transliteration skeleton too (``Schoigu``, ``Beloussow`` for ``Shoigu``,
        ``Belousov``), since German and English news transliterate their names differently. A key two persons
        share names neither."""
        out: dict[str, str | None] = {}
        for key, e in self.entities.items():
            if e.type != "person":
                continue
            other_script = self.state_scripts.get(e.country or "", "Latn") != "Latn"
            for form in e.forms | {e.name}:
                for k in ["f" + fold(form)] + (["s" + skeleton(form)] if other_script else []):
                    out[k] = key if out.get(k, key) == key else None
        return {k: v for k, v in out.items() if v is not None}

    def patterns(self, lang: str) -> list[dict]:
        """Phrase patterns for spaCy's EntityRuler: ``{"label", "pattern", "id"}`` for every surface form."""
        out = []
        for e in self.entities.values():
            for form in sorted(e.forms):
                out.append({"label": e.type.upper(), "pattern": form, "id": e.key})
            if e.type == "person":
                # a full name written without its accents ("Luiz Inacio Lula da Silva", as wires often do) is the
                # same person; a single word stays as listed (a bare surname is matched apart)
                out.extend({"label": "PERSON", "pattern": plain, "id": e.key}
                           for plain in sorted({ascii_fold(f) for f in e.forms if " " in f} - e.forms))
        for form, key in self.genitives.get(lang, {}).items():
            out.append({"label": "COUNTRY_GEN", "pattern": form, "id": key})
        if lang == "de":
            for form, key in self.city_adjectives.items():
                out.append({"label": "CITY_ADJ", "pattern": form, "id": key})
            # a person's name in the genitive: "Macrons Treffen mit X", "Putins Sprecher" (a name ending in a sibilant
            # takes an apostrophe, "Merz'", which the tokenizer splits off)
            names = {p["pattern"] for p in out}
            out += [{"label": "PERSON_GEN", "pattern": form + "s", "id": e.key} for e in self.entities.values()
                    if e.type == "person" for form in sorted(e.forms)
                    if not form.endswith(_SIBILANTS) and form + "s" not in names]
            # a region's name in the genitive: "der Ministerpräsident Bayerns", "Sachsens Ministerpräsident" (the
            # region, not a surname after a role)
            out += [{"label": "REGION_GEN", "pattern": form + "s", "id": e.key} for e in self.entities.values()
                    if e.type == "region" for form in sorted(e.forms)
                    if not form.endswith(_SIBILANTS) and form + "s" not in names]
            # Swiss German writes ss for ß: "Grossbritannien", "Weissrussland"
            forms = {(p["label"], p["pattern"]) for p in out}
            out += [{**p, "pattern": swiss} for p in list(out) if "ß" in p["pattern"]
                    for swiss in [p["pattern"].replace("ß", "ss")] if (p["label"], swiss) not in forms]
        return out

    def person_role(self, key: str) -> str | None:
        """The office the knowledge base gives a person (None for anything else)."""
        ent = self.entities.get(key)
        return ent.role if ent is not None and ent.type == "person" else None

    def covers(self, generic: str, role: str | None) -> bool:
        """Is ``role`` the normalised role ``generic`` itself or an office it covers (role_groups.tsv: "head of
        government" covers Prime Minister and Chancellor)?"""
        return role is not None and (role == generic or role in self.role_groups.get(generic, ()))

    def role_of(self, lang: str, word: str) -> tuple[str, str] | None:
        """The normalised role and kind of a role noun (``Verteidigungsministerin`` -> Defence Minister)."""
        key = (lang, word)
        if key in self._role_cache:  # asked for nearly every capitalised word; compounds cost a loop
            return self._role_cache[key]
        if len(self._role_cache) > 200_000:
            self._role_cache.clear()
        found = self._role_cache[key] = self._find_role(lang, word)
        return found

    def states_of_role(self, lang: str, word: str) -> frozenset[str]:
        """The states whose office a role noun names, if only some have it (``Bundespräsident``: DE, AT, CH)."""
        words, prefixes = self.role_states.get(lang, ({}, {}))
        w = word.lower()
        if w in words:
            return words[w]
        return next((states for prefix, states in prefixes.items() if w.startswith(prefix)), frozenset())

    def _find_role(self, lang: str, word: str) -> tuple[str, str] | None:
        table = self.roles.get(lang, {})
        w = word.lower()
        if lang == "de":
            w = GENDER_MARK.sub("", w)
        if w in table:
            return table[w]
        if lang == "de":
            # compounds: Bundesaußenminister, Ex-Präsident, Nato-Generalsekretär
            for i in range(1, len(w) - 5):
                if w[i:] in table:
                    return table[w[i:]]
        return None


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    rows = []
    for lineno, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise KnowledgeBaseError(f"{path}: data row {lineno}: expected {len(reader.fieldnames or [])} tab-separated fields")
        rows.append(row)
    return rows


def _german_inflections(form: str) -> list[str]:
    """Inflections of a German role noun: feminine, plural and genitive forms."""
    if " " in form:
        # "Bundesminister des Auswärtigen": the head noun inflects, its genitive stays ("des Bundesministers des
        # Auswärtigen")
        head, rest = form.split(" ", 1)
        if rest.split(" ", 1)[0] in ("des", "der"):
            return [form] + [f"{h} {rest}" for h in _german_inflections(head)[1:]]
        return [form]
    out = [form, form + "in", form + "innen", form + "s", form + "n", form + "en", form + "es"]
    if form.endswith("e"):  # Amtskollege -> Amtskollegin, Außenbeauftragte -> Außenbeauftragter
        out += [form[:-1] + "in", form[:-1] + "innen", form + "r"]
    if form.endswith("rat") and not form.endswith("krat"):  # the umlaut feminine: Landrat -> Landrätin (not Demokrat)
        out += [form[:-3] + "rätin", form[:-3] + "rätinnen"]
    if form.endswith("haupt"):  # the umlaut plural: Staatsoberhaupt -> die beiden Staatsoberhäupter
        out += [form[:-5] + "häupter", form[:-5] + "häuptern"]
    return out


def load_knowledge_base(directory: Path | None = None) -> KnowledgeBase:
    """Read every data file in ``directory`` (default: the packaged ``extract/kb``)."""
    d = Path(directory) if directory else KB_DIR
    kb = KnowledgeBase()
    _load_countries(kb, d)
    _load_cities(kb, d)
    _load_regions(kb, d)
    _load_venues(kb, d)
    _load_organisations(kb, d)
    _load_persons(kb, d)
    _load_roles(kb, d)
    kb.family_name_first = frozenset(row["name"] for row in _rows(d / "family_name_first.tsv"))
    groups: dict[str, set[str]] = {}
    for row in _rows(d / "role_groups.tsv"):
        groups.setdefault(row["group"], set()).add(row["role"])
    kb.role_groups = {g: frozenset(r) for g, r in groups.items()}
    members: dict[str, set[str]] = {}
    for row in _rows(d / "group_members.tsv"):
        members.setdefault(row["group"], set()).add(row["role"])
    kb.group_members = {g: frozenset(r) for g, r in members.items()}
    for row in _rows(d / "role_states.tsv"):
        words, prefixes = kb.role_states.setdefault(row["lang"], ({}, {}))
        (prefixes if row["match"] == "prefix" else words)[row["form"].lower()] = frozenset(row["states"].split())
    return kb


def _load_countries(kb: KnowledgeBase, d: Path) -> None:
    for row in _rows(d / "countries.tsv"):
        code = row["code"]
        e = Entity(key=f"country:{code}", type="country", name=row["name_en"], country=code, source=row["source"])
        e.names = {"en": row["name_en"], "de": row["name_de"]}
        e.forms |= {row["name_en"], row["name_de"]}
        if row["iso_name_en"] and "," not in row["iso_name_en"]:
            e.forms.add(row["iso_name_en"])
        kb.add(e)
        if row.get("script"):
            kb.state_scripts[code] = row["script"]
    for row in _rows(d / "country_forms.tsv"):
        key = f"country:{row['code']}"
        if key not in kb.entities:
            raise KnowledgeBaseError(f"{d / 'country_forms.tsv'}: unknown country code {row['code']!r}")
        e, lang, form = kb.entities[key], row["lang"], row["form"]
        if row["kind"] == "adjective":
            kb.adjectives.setdefault(lang, {})[form.lower()] = row["code"]
            continue
        e.forms.add(form)
        if row["kind"] == "name":
            e.names[lang] = form
            if lang == "en":
                e.name = form
    # German genitive of country names: Frankreichs, Polens, Russlands (not for names ending in s, x, z)
    for e in list(kb.entities.values()):
        if e.type != "country":
            continue
        for form in list(e.forms):
            if " " not in form and form[-1:].isalpha() and form[-1] not in "sxzß" and not form.isupper():
                kb.genitives.setdefault("de", {})[form + "s"] = e.key
            if not form.isupper() or len(form) > 1:
                kb.genitives.setdefault("en", {})[form + "'s"] = e.key


def _load_cities(kb: KnowledgeBase, d: Path) -> None:
    for row in _rows(d / "cities.tsv"):
        e = Entity(
            key=f"city:{row['geonameid']}", type="city", name=row["name_en"], country=row["country"],
            within=f"country:{row['country']}", geonames=row["geonameid"], source=row["source"],
            capital_of=row.get("capital_of") or None,
        )
        forms_de = _place_names(e, row)
        kb.add(e)
        for name in forms_de or [row["name_en"]]:
            if " " in name or not name[-1:].isalpha():
                continue
            # Münchner / Münchener, Pariser, Brüsseler, Wiener: German city adjectives do not inflect
            stem = name[:-1] if name.endswith("e") else name
            adjs = {stem + "er"}
            if name.endswith("en"):
                adjs.add(name[:-2] + "ner")
            for adj in adjs:
                kb.city_adjectives.setdefault(adj, e.key)


def _place_names(e: Entity, row: dict[str, str]) -> list[str]:
    """A city's or region's names from its row (``name_en``, ``forms_de``, ``forms_en``, | separated): the German
    name is the first German form, else the English name. Returns the German forms."""
    forms_de = [f for f in row["forms_de"].split("|") if f]
    forms_en = [f for f in row["forms_en"].split("|") if f]
    e.names = {"en": row["name_en"], "de": forms_de[0] if forms_de else row["name_en"]}
    e.forms |= {row["name_en"], *forms_de, *forms_en}
    return forms_de


def _load_regions(kb: KnowledgeBase, d: Path) -> None:
    """A state's regions (Bayern, Kalifornien, Schottland): places that are no towns, in their state."""
    for row in _rows(d / "regions.tsv"):
        if f"country:{row['country']}" not in kb.entities:
            raise KnowledgeBaseError(f"{d / 'regions.tsv'}: unknown country code {row['country']!r} of {row['code']}")
        e = Entity(key=f"region:{row['code']}", type="region", name=row["name_en"], country=row["country"],
                   within=f"country:{row['country']}", source=row["source"])
        _place_names(e, row)
        kb.add(e)


def _load_venues(kb: KnowledgeBase, d: Path) -> None:
    # (the venues a part lies in first: "within_venue" names a venue of the same file)
    for row in sorted(_rows(d / "venues.tsv"), key=lambda row: bool(row.get("within_venue"))):
        # a venue lies in a city of cities.tsv, or, out in the country (Chequers, Camp David), only in its state; a
        # room or wing in the venue it is part of (the Oval Office in the White House)
        within = f"venue:{row['within_venue']}" if row.get("within_venue") else \
            f"city:{row['city_geonameid']}" if row["city_geonameid"] else f"country:{row.get('country') or ''}"
        if within not in kb.entities:
            raise KnowledgeBaseError(f"{d / 'venues.tsv'}: venue {row['id']!r} names unknown city {row['city_geonameid']!r}"
                                     f", country {row.get('country')!r} or venue {row.get('within_venue')!r}")
        e = Entity(
            key=f"venue:{row['id']}", type="venue", name=row["name_en"], country=kb.entities[within].country,
            within=within, source=row["source"], seat_of=row.get("seat_of") or None,
        )
        e.names = {"en": row["name_en"], "de": row["name_de"]}
        e.forms |= {f for f in row["forms"].split("|") if f}
        kb.add(e)
    by_form: dict[str, list[str]] = {}
    for e in kb.entities.values():
        if e.type == "venue":
            for f in e.forms:
                by_form.setdefault(f, []).append(e.key)
    kb.shared_venue_forms = {f: tuple(keys) for f, keys in by_form.items() if len(keys) > 1}


def _load_organisations(kb: KnowledgeBase, d: Path) -> None:
    for row in _rows(d / "organisations.tsv"):
        if row["wikidata"] and not (re.fullmatch(r"Q[1-9][0-9]*", row["wikidata"]) and row.get("wikidata_source")):
            raise KnowledgeBaseError(f"{d / 'organisations.tsv'}: {row['id']}: wikidata must be a Q-number with a wikidata_source")
        e = Entity(
            key=f"org:{row['id']}", type="organization", name=row["name_en"], wikidata=row["wikidata"] or None,
            source=row["source"], meeting_format=row["kind"] == "format", sits=row["kind"] in ("format", "council"),
        )
        e.names = {"en": row["name_en"], "de": row["name_de"]}
        e.forms |= {f for f in row["forms"].split("|") if f}
        kb.add(e)


def _load_persons(kb: KnowledgeBase, d: Path) -> None:
    path = d / "persons.jsonl"
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            e = Entity(
                key=f"person:{obj['id']}", type="person", name=obj["name"], country=obj.get("country"),
                role=obj.get("role"), wikidata=obj.get("wikidata"), source=obj["source"],
            )
        except (json.JSONDecodeError, KeyError) as exc:
            raise KnowledgeBaseError(f"{path}:{lineno}: expected a JSON object with id, name and source ({exc})") from exc
        if e.wikidata and not (re.fullmatch(r"Q[1-9][0-9]*", e.wikidata) and obj.get("wikidata_source")):
            # a wrong owl:sameAs is worse than none: an ID needs its own record of where it was looked up
            raise KnowledgeBaseError(f"{path}:{lineno}: wikidata must be a Q-number with a wikidata_source")
        e.names = {"en": obj["name"]}
        e.forms |= {obj["name"], *obj.get("forms", [])}
        kb.add(e)


def _load_roles(kb: KnowledgeBase, d: Path) -> None:
    rows = _rows(d / "roles.tsv")
    exact = {(row["lang"], row["form"].lower()) for row in rows}
    for row in rows:
        lang, form = row["lang"], row["form"]
        table = kb.roles.setdefault(lang, {})
        forms = _german_inflections(form) if lang == "de" else [form, form + "s"]
        forms += [f.replace("ß", "ss") for f in forms if "ß" in f]  # Swiss spelling: "Aussenminister"
        for f in forms:
            # a form with a row of its own keeps its own role: "Königin" is a Queen, not a female "König"
            if f == form or (lang, f.lower()) not in exact:
                table.setdefault(f.lower(), (row["role"], row["kind"]))


@lru_cache(maxsize=1)
def _given_name_table() -> dict[str, str | None]:
    """Given names from the data file of the ``gender-guesser`` package (Jörg Michael's ``nam_dict.txt``,
    GNU FDL): about 48,000 first names of European, Slavic, Arabic, Turkish and other origins, each with "f" or
    "m" when every line of the file gives it that gender (its codes F/1F/?F, M/1M/?M), else None ("Andrea",
    "Kim": both). Only the data file is read; nothing of the package's code runs."""
    import importlib.util

    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(spec.submodule_search_locations[0]) / "data" / "nam_dict.txt"
    table: dict[str, str | None] = {}
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith(("#", "=")) or len(line) < 4:
                continue
            name = line[3:29].strip()
            if len(name) >= 2 and name[:1].isupper() and " " not in name:
                code = line[:2].strip()  # "F", "1F", "?F"; "M", "1M", "?M"; "?" for a name of both
                gender = "f" if code.endswith("F") else "m" if code.endswith("M") else None
                name = name.replace("+", "-")
                # (a name a later line gives another gender, or none, is of neither)
                table[name] = gender if table.get(name, gender) == gender else None
    return table


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of ``_given_name_table``."""
    return frozenset(_given_name_table())


def given_name_gender(name: str) -> str | None:
    """"f" or "m" for a given name the data file knows as only female or only male ("Mette", "Jonas"), else None."""
    return _given_name_table().get(name)


@lru_cache(maxsize=None)
def default_knowledge_base() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process."""
    return load_knowledge_base()

"""Generate extract/kb/regions.tsv: the first-level regions of the states German political news travels to most
(German Länder, Austrian Länder, Swiss cantons, US states, the UK's nations, the regions of Italy, Spain and
metropolitan France, Canada's provinces and Australia's states), from ISO 3166-2 as the pycountry package ships
it, with its German and English translations.

A region is a place that is no town: "in Bayern", "nach Kalifornien", "in Alaska". A name the knowledge base
already gives a city or a state keeps that meaning (Berlin, Hamburg, Wien, Salzburg and Genf are cities;
Georgia is the state in the Caucasus), and so does a name that is an ordinary word in spaCy's German or English
lookup tables (the canton of Zug: "mit dem Zug") or a given name (Victoria, Virginia as a person). Outlying areas
and overseas territories are left out: news names them as islands, not as regions of a state.
Run: python scripts/make_regions.py   (needs the `kb` extra: pip install '.[kb]')
"""
from __future__ import annotations

import csv
import gettext
import re
import sys
from importlib.metadata import version
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extract" / "kb" / "regions.tsv"
STATES = ["DE", "AT", "CH", "US", "GB", "IT", "ES", "FR", "CA", "AU"]
# the kinds of subdivision kept: those of the mainland (ISO 3166-2's "type" field)
KINDS = {"Land", "State", "Canton", "Country", "Province", "Region", "Autonomous region", "Autonomous community",
         "Metropolitan region", "Metropolitan collectivity with special status", "Territory"}
# regions left out by hand: their names are German words or towns the lookup tables do not flag
LEFT_OUT = {"CH-ZG": "Zug is a train", "IT-57": "Marken are brands", "CH-BE": "Berne is the city of Bern",
            "CH-FR": "Fribourg is the town too"}
# kept although a lookup table lists the name: English "wales" is the plural of "wale"
KEPT = {"GB-WLS"}


def _clean(name: str) -> str | None:
    """ISO's name as news writes it: "Wales [Cymru GB-CYM]" -> "Wales"; an inverted name ("Madrid, Comunidad de",
    "Wallonne, Région") is no form news uses, and is left out."""
    name = re.sub(r"\s*\[.*?\]", "", name).strip()
    return None if "," in name or "(" in name else name


def _known_names() -> set[str]:
    """Names the knowledge base gives a city or a state already."""
    kb = ROOT / "extract" / "kb"
    out: set[str] = set()
    for file, columns in (("cities.tsv", ("name_en", "forms_de", "forms_en")),
                          ("countries.tsv", ("name_en", "name_de")), ("country_forms.tsv", ("form",))):
        with (kb / file).open(encoding="utf-8") as fh:
            rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
            for row in rows:
                for c in columns:
                    out |= {f for f in (row.get(c) or "").split("|") if f}
    return out


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from spacy.lookups import load_lookups
    from spacy.strings import get_string_id

    from extract.knowledge import given_names

    forms, lemmas = set(), set()
    for lang in ("de", "en"):
        table = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
        forms |= set(table.keys())
        lemmas |= set(table.values())
    persons = given_names()
    known = _known_names()
    de = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])
    en = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    source = f"ISO 3166-2 via pycountry {version('pycountry')} (German and English translations of its iso-codes)"
    rows = []
    for state in STATES:
        for sub in sorted(pycountry.subdivisions.get(country_code=state), key=lambda s: s.code):
            if sub.parent_code is not None or sub.type not in KINDS or sub.code in LEFT_OUT:
                continue
            names = [_clean(sub.name), _clean(de.gettext(sub.name)), _clean(en.gettext(sub.name))]
            if None in names:
                continue
            local, german, english = names
            if {local, german, english} & known:
                continue  # a city or a state of that name (Berlin, Wien, Genève, Georgia)
            words = [n for n in {local, german, english} if " " not in n]
            if sub.code not in KEPT and any(n.lower() in lemmas or get_string_id(n.lower()) in forms or n in persons for n in words):
                continue  # an ordinary word or a given name too (Zug, Jura, Victoria)
            de_forms = [german] + [local] * (local != german)
            rows.append([sub.code, english, state, "|".join(de_forms), "", source])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name_en", "country", "forms_de", "forms_en", "source"])
        w.writerows(rows)
    print(f"wrote {len(rows)} regions to {OUT}")


if __name__ == "__main__":
    main()

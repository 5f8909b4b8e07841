"""The spaCy pipeline: sentences, lemmas and the knowledge base's names on a blank pipeline."""
from __future__ import annotations

from extract.pipeline import KB_MATCHES, default_nlp


def _matches(lang: str, text: str) -> list[tuple[str, str, str]]:
    doc = default_nlp(lang)(text)
    return [(doc[m.start:m.end].text, m.label, m.id) for m in doc.user_data[KB_MATCHES]]


def test_pipeline_knowledge_base_names_longest_first_in_text_order():
    # "Nato" alone is an organisation, but inside the venue's name it is part of the venue
    found = _matches("de", "Die Nato berät im Nato-Hauptquartier in Brüssel, danach reist Macron nach Paris.")
    assert [(text, label) for text, label, _ in found] == [
        ("Nato", "ORGANIZATION"), ("Nato-Hauptquartier", "VENUE"), ("Brüssel", "CITY"), ("Macron", "PERSON"), ("Paris", "CITY")]
    assert found[1][2] == "venue:nato-headquarters" and found[3][2] == "person:emmanuel-macron"


def test_pipeline_lemmas_fold_inflections_and_sentence_initial_capitals():
    doc = default_nlp("de")("Begrüßt wurden die Minister. Sie trafen sich in Berlin.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Begrüßt"] == "begrüßen" and lemmas["trafen"] == "treffen"
    assert [s.text for s in doc.sents] == ["Begrüßt wurden die Minister.", "Sie trafen sich in Berlin."]


def _sentences(lang: str, text: str) -> list[str]:
    return [s.text for s in default_nlp(lang)(text).sents]


def test_pipeline_sentences_end_after_final_marks_and_keep_closing_quotes():
    # a closing quotation mark or bracket after the full stop stays with its sentence (the German closing "“"
    # is the English opening one: glued to the word before it, it closes); "?!" is one end
    assert _sentences("de", "Er sagte: „Wir kommen.“ Dann ging er (nach Hause.) Warum?! Darum.") == [
        "Er sagte:", "„Wir kommen.“", "Dann ging er (nach Hause.)", "Warum?!", "Darum."]


def test_pipeline_sentences_start_at_paragraphs_and_at_quotes_after_a_full_stop():
    # a headline without a full stop ends at the paragraph break; an opening quotation mark after a full stop
    # starts the quoted sentence, in either language's marks
    assert _sentences("de", "Gipfel in Rom ohne Einigung\n\nDie Minister tagten. „Es war schwierig“, sagte sie.") == [
        "Gipfel in Rom ohne Einigung\n\n", "Die Minister tagten.", "„Es war schwierig“, sagte sie."]
    assert _sentences("en", "The talks ended. “It was hard,” she said. »Nein.« Er ging.") == [
        "The talks ended.", "“It was hard,” she said.", "»Nein.«", "Er ging."]


def test_pipeline_words_met_for_the_first_time_carry_the_attributes_the_rules_read():
    doc = default_nlp("en")("Zwyrtkowski-Bąk arrived, 2031 ...\n")
    got = [(t.text, t.is_alpha, t.is_punct, t.is_space, t.lower_) for t in doc]
    assert got == [("Zwyrtkowski", True, False, False, "zwyrtkowski"), ("-", False, True, False, "-"),
                   ("Bąk", True, False, False, "bąk"), ("arrived", True, False, False, "arrived"),
                   (",", False, True, False, ","), ("2031", False, False, False, "2031"),
                   ("...", False, True, False, "..."), ("\n", False, False, True, "\n")]


def test_pipeline_the_language_file_corrects_the_lookup_lemmas():
    # spaCy's German lookup table leaves these past forms as they are (nouns' plurals are spelled the same)
    doc = default_nlp("de")("Sie sprachen und gaben ein Essen. Sprachen und Gaben.")
    assert [t.lemma_ for t in doc][:3] == ["ich", "sprechen", "und"] and doc[3].lemma_ == "geben"
    assert doc[7].lemma_ != "sprechen"  # the capitalised noun keeps its own lemma


def test_pipeline_a_lower_case_word_after_a_full_stop_goes_on_the_sentence():
    # the tokenizer splits the ordinal dot off "XVI." (spaCy keeps only I.-IV. whole): "empfing" is no new sentence
    assert _sentences("de", "König Ludwig XVI. empfing den Gesandten. Dann reiste er ab.") == [
        "König Ludwig XVI. empfing den Gesandten.", "Dann reiste er ab."]


def test_pipeline_a_year_at_the_end_of_a_sentence_ends_it():
    # German spaCy keeps a number and its full stop together as an ordinal; a year is none
    assert _sentences("de", "Es war ihr dritter Besuch seit 2023. Mira Ostrander sagte danach wenig.") == [
        "Es war ihr dritter Besuch seit 2023.", "Mira Ostrander sagte danach wenig."]
    assert [t.text for t in default_nlp("de")("im Mai 2025. Die")][-3:] == ["2025", ".", "Die"]


def test_pipeline_a_number_before_a_word_no_ordinal_goes_with_ends_the_sentence():
    # an ordinal comes before a noun: an article, pronoun or adverb after "45." opens a sentence, and so does a
    # capitalised word after a noun's number other than a day or month
    assert _sentences("de", "Es ging um die Brigade 45. Anschließend reiste Ostrander ab.") == [
        "Es ging um die Brigade 45.", "Anschließend reiste Ostrander ab."]
    assert _sentences("de", "Sie nannten Resolution 2334. Die Runde endete.") == [
        "Sie nannten Resolution 2334.", "Die Runde endete."]
    assert _sentences("de", "Am 3. Oktober kam der 45. Präsident am Montag 3. Mai an.") == [
        "Am 3. Oktober kam der 45. Präsident am Montag 3. Mai an."]


def test_pipeline_a_gender_colon_keeps_the_role_one_word():
    # "Regierungschef:innen" is one word, as "Länderchef*innen" is; other colons between letters still split
    doc = default_nlp("de")("Die Regierungschef:innen und Minister:in trafen sich um 10:30 Uhr in Bern:Genf")
    words = [t.text for t in doc]
    assert "Regierungschef:innen" in words and "Minister:in" in words and "10:30" in words
    assert words[-3:] == ["Bern", ":", "Genf"]


def test_pipeline_swiss_spelling_finds_lemmas_and_names_written_with_eszett():
    doc = default_nlp("de")("Die Bundespräsidentin begrüsste den Gast aus Grossbritannien im Weissen Haus.")
    assert {t.text: t.lemma_ for t in doc}["begrüsste"] == "begrüßen"
    assert [(text, label) for text, label, _ in _matches("de", doc.text)] == [
        ("Grossbritannien", "COUNTRY"), ("Weissen Haus", "VENUE")]


def test_pipeline_a_regnal_number_ends_no_sentence_inside_a_name():
    assert _sentences("de", "König Carl XVI. Gustaf empfing ihn. Ludwig XIV. Er regierte lange.") == [
        "König Carl XVI. Gustaf empfing ihn.", "Ludwig XIV.", "Er regierte lange."]


def test_pipeline_the_platform_x_ends_a_sentence_and_initials_stay_whole():
    # spaCy keeps a capital and its stop together as an initial; "X." after a noun that is no given name ends
    # the sentence, and no regnal number is read into it
    assert _sentences("de", "Das schrieb er auf der Plattform X. Merz sagte dann nichts.") == [
        "Das schrieb er auf der Plattform X.", "Merz sagte dann nichts."]
    assert _sentences("en", "She posted on X. Trump replied.") == ["She posted on X.", "Trump replied."]
    assert _sentences("en", "Donald J. Trump replied.") == ["Donald J. Trump replied."]
    # after a regnal number's stop only a given name goes on the name ("Carl XVI. Gustaf"); any other capitalised
    # word opens a sentence ("König Frederik X. Anschließend sprach …"), a family name too, the rarer case
    assert _sentences("de", "König Carl XVI. Gustaf empfing den Gast.") == ["König Carl XVI. Gustaf empfing den Gast."]
    assert _sentences("de", "Er traf König Frederik X. Anschließend sprach er vor dem Parlament.") == [
        "Er traf König Frederik X.", "Anschließend sprach er vor dem Parlament."]
    assert _sentences("de", "Papst Leo X. Medici war sein Name.") == ["Papst Leo X.", "Medici war sein Name."]

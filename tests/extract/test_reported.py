"""Indirect speech with a named speaker (invented persons), in both languages and all three orders."""
from __future__ import annotations

import pytest

from extract.extractor import Extractor
from extract.reading import make_article


def statements(text: str, lang: str = "de"):
    facts = Extractor().extract(make_article(id="t", text=text, date="2025-03-04", language=lang))
    names = {a["key"]: a["name"] for a in facts["actors"]}
    return [(names[s["speaker"]], s["text"], s["mode"]) for s in facts["statements"]]


@pytest.mark.parametrize("text, speaker, content", [
    ("Außenministerin Alma Keller sagte, die Gespräche seien konstruktiv gewesen.", "Alma Keller",
     "die Gespräche seien konstruktiv gewesen"),
    ("Am Montag erklärte Verteidigungsminister Piet Varga in Riga, man werde die Hilfe aufstocken.", "Piet Varga",
     "man werde die Hilfe aufstocken"),
    ("Die Lage an der Grenze sei ernst, betonte Regierungschef Tomas Rydel am Abend.", "Tomas Rydel",
     "Die Lage an der Grenze sei ernst"),
    ("Laut Außenminister Jonas Berlep ist ein weiteres Treffen im Mai geplant.", "Jonas Berlep",
     "ist ein weiteres Treffen im Mai geplant"),
    ("Ministerpräsidentin Ilka Senn zufolge soll die Konferenz jährlich stattfinden.", "Ilka Senn",
     "soll die Konferenz jährlich stattfinden"),
    ("Präsident Aron Malek kündigte an, dass er im Herbst nach Wien reisen werde.", "Aron Malek",
     "er im Herbst nach Wien reisen werde"),
    # the finite verb comes second: the person in the phrase before it is not its subject
    ("Nach dem Gespräch mit Präsident Aron Malek erklärte Ministerin Ilka Senn, das Bündnis stehe zusammen.",
     "Ilka Senn", "das Bündnis stehe zusammen"),
    # content first, then the speaker and phrases of when and where, however many
    ("Die Lage sei ernst, sagte Regierungschef Tomas Rydel am Montag nach dem Treffen mit Alma Keller in Riga.",
     "Tomas Rydel", "Die Lage sei ernst"),
    # the source inside the clause: what was said is on both sides of it, not only its first half
    ("Ein neuer Termin steht nach Angaben von Außenminister Jonas Berlep noch nicht fest.", "Jonas Berlep",
     "Ein neuer Termin steht nach Angaben von Außenminister Jonas Berlep noch nicht fest"),
    # (also with one word after it)
    ("Auch Präsident Aron Malek wird nach Angaben von Außenminister Jonas Berlep erwartet.", "Jonas Berlep",
     "Auch Präsident Aron Malek wird nach Angaben von Außenminister Jonas Berlep erwartet"),
    # a source closing the sentence after a comma ("…, so X"), with a party, a role or a word after it
    ("Man arbeite mit Hochdruck an der Brigade, so Verteidigungsminister Piet Varga.", "Piet Varga",
     "Man arbeite mit Hochdruck an der Brigade"),
    ("Die Länder hätten sich geeinigt, so Innenministerin Petra Vogelsang (SPD) weiter.", "Petra Vogelsang",
     "Die Länder hätten sich geeinigt"),
    # a party in brackets after the name is part of it, before the verb and after it
    ("Innenministerin Petra Vogelsang (SPD) sagte am Freitag, die Länder hätten sich geeinigt.", "Petra Vogelsang",
     "die Länder hätten sich geeinigt"),
    ("Die Länder hätten sich geeinigt, sagte Innenministerin Petra Vogelsang (SPD) am Freitag.", "Petra Vogelsang",
     "Die Länder hätten sich geeinigt"),
    # a longer run of phrases of when and where between the verb and the comma
    ("Innenministerin Petra Vogelsang sagte nach den zweitägigen Beratungen am Freitag in Erfurt, man habe ein "
     "Zeichen gesetzt.", "Petra Vogelsang", "man habe ein Zeichen gesetzt"),
    # a colon with no quotation marks opens the content too
    ("Präsident Aron Malek warnte: Das Nachbarland bereite sich auf einen längeren Krieg vor.", "Aron Malek",
     "Das Nachbarland bereite sich auf einen längeren Krieg vor"),
    # a view told as the speaker's
    ("Nach Ansicht von Regierungschef Tomas Rydel müsse die Union mehr für die Verteidigung ausgeben.", "Tomas Rydel",
     "müsse die Union mehr für die Verteidigung ausgeben"),
])
def test_reported_speech_german(text, speaker, content):
    assert (speaker, content, "indirect") in statements(text)


@pytest.mark.parametrize("text, speaker, content", [
    ("Foreign Minister Alma Keller said the talks had been constructive.", "Alma Keller",
     "the talks had been constructive"),
    ("Defence Minister Piet Varga told reporters on Monday that more aid would follow.", "Piet Varga",
     "more aid would follow"),
    ("The situation at the border is serious, Prime Minister Tomas Rydel said.", "Tomas Rydel",
     "The situation at the border is serious"),
    ("According to President Aron Malek, another round of talks is planned for May.", "Aron Malek",
     "another round of talks is planned for May"),
    ("Ilka Senn, who chaired the meeting, said the forum would meet again in Vienna.", "Ilka Senn",
     "the forum would meet again in Vienna"),
    ("The talks went well, Ilka Senn said after meeting Aron Malek in Vienna on Tuesday.", "Ilka Senn",
     "The talks went well"),
    # the one in apposition to a possessor's office speaks, not the possessor
    ("According to President Aron Malek's spokesman, Piet Varga, the talks lasted two hours.", "Piet Varga",
     "the talks lasted two hours"),
])
def test_reported_speech_english(text, speaker, content):
    assert (speaker, content, "indirect") in statements(text, "en")


def test_reported_a_thing_announced_is_no_words_reported():
    # "announced the deal": a noun as the verb's object, no content said
    assert statements("Council President Ruta Vaitkus announced the deal on Thursday.", "en") == []
    # with a verb of its own, or after "that", it is
    assert statements("Council President Ruta Vaitkus announced the deal would be signed on Friday.", "en") == [
        ("Ruta Vaitkus", "the deal would be signed on Friday", "indirect")]
    assert statements("Council President Ruta Vaitkus announced that the leaders had agreed.", "en") == [
        ("Ruta Vaitkus", "the leaders had agreed", "indirect")]


def test_reported_a_speech_verb_made_another_by_its_particle_reports_nothing():
    # "sagte … ab" is calling off, "sagte … zu" promising: the clause after the comma is no one's words
    assert statements("Minister Jan Obel sagte seine Teilnahme kurzfristig ab, auch Minister Ivo Marić reiste nicht an.") == []
    assert statements("Minister Jan Obel sagte der Ukraine weitere Hilfe zu, die Lieferungen sollen im Mai beginnen.") == []
    assert statements("Minister Jan Obel sagte am Montag, die Lage sei ernst.") == [("Jan Obel", "die Lage sei ernst", "indirect")]


def test_reported_a_plural_verb_before_a_list_of_speakers_has_no_content_after_the_first():
    # "verkündeten X, Y und Z die Einigung": the comma goes on with the list, it opens no content
    text = "Nach den Verhandlungen verkündeten Kanzler Tom Oakes, Ministerpräsident Jan Obel und Regierungschef Piet Varga die Einigung."
    assert statements(text) == []
    # a singular verb's comma opens what was said, names and all
    text = "Am Montag sagte Kanzler Tom Oakes, Jan Obel und Piet Varga hätten sich geeinigt."
    assert statements(text) == [("Tom Oakes", "Jan Obel und Piet Varga hätten sich geeinigt", "indirect")]


def test_reported_speech_after_a_sentence_ending_in_a_year_has_its_speaker():
    # "seit 2023." ends its sentence: the next one's speaker is found, not read as part of the one before
    text = "Es war bereits der vierte Besuch von Tom Oakes in Varnia seit 2023. Präsident Aron Malek sagte, man sei bereit."
    assert statements(text) == [("Aron Malek", "man sei bereit", "indirect")]


def test_reported_a_speech_verbs_particle_before_the_comma_is_no_saying():
    # "sagte … ab": a trip called off, however many phrases stand between verb and particle
    text = "Innenministerin Petra Vogelsang sagte am Montag wegen der Lage in Erfurt ihre Reise nach Wien ab, weil sie bleiben wollte."
    assert statements(text) == []


def test_reported_a_name_in_quotation_marks_leaves_the_reported_speech():
    got = statements("Außenministerin Alma Keller sagte der „Neuen Tageszeitung“, Europa müsse mehr tun. Präsident "
                     "Piet Varga erklärte, die „Koalition der Willigen“ werde bald tagen.")
    assert got == [("Alma Keller", "Europa müsse mehr tun", "indirect"),
                   ("Piet Varga", "die „Koalition der Willigen“ werde bald tagen", "indirect")]
    # a short quotation of someone's words is a statement, not reported speech as well
    got = statements("„Wir stehen zusammen“, sagte Alma Keller danach.")
    assert got == [("Alma Keller", "Wir stehen zusammen", "direct")]


def test_reported_speech_needs_a_named_speaker_and_leaves_quotes_and_nouns_alone():
    assert statements("Er sagte, die Lage sei ernst.") == []
    assert statements("Die Sprecherin des Ministeriums, Alma Keller, kommt aus Bonn.") == []
    got = statements("„Wir bleiben dabei“, sagte Außenministerin Alma Keller am Montag.")
    assert got == [("Alma Keller", "Wir bleiben dabei", "direct")]
    assert statements("Secretary of State Alma Keller and her deputy led the delegation.", "en") == []
    # "so" that names examples or opens a clause of result is no source
    assert statements("Viele Minister kamen nach Riga, so Piet Varga und Alma Keller.") == []
    assert statements("Die Gespräche zogen sich hin, so dass Piet Varga den Zug verpasste.") == []


def test_reported_a_leading_phrase_before_the_speaker_is_no_content(extractor):
    from extract.reading import make_article

    f = extractor.extract(make_article(id="t", text="Foreign Secretary Ann Holt flew to Oslo. After the meeting, Holt said "
                                       "Norway needed more help.", date="2025-09-16", language="en"))
    assert [s["text"] for s in f["statements"]] == ["Norway needed more help"]
    # nor is a phrase of when or where after "said" what was said
    f = extractor.extract(make_article(id="t", text="The ministers failed to agree on new sanctions, with two states still "
                                       "blocking them, EU foreign policy chief Ann Holt said after a meeting in Luxembourg.",
                                       date="2025-09-16", language="en"))
    assert "after a meeting in Luxembourg" not in [s["text"] for s in f["statements"]]


def test_reported_a_fronted_phrase_before_speaker_and_verb_is_no_content_said(extract_text):
    f = extract_text("After the meeting with Prime Minister Ivo Maric, President Tom Hale announced new aid.", lang="en")
    assert f["statements"] == []
    f = extract_text("At the summit, Prime Minister Ivo Maric stressed the need for unity.", lang="en")
    assert "At the summit" not in [s["text"] for s in f["statements"]]
    # a clause before the speaker still is
    f = extract_text("The talks were constructive, Prime Minister Ivo Maric said on Monday.", lang="en")
    assert [s["text"] for s in f["statements"]] == ["The talks were constructive"]


def test_reported_a_speech_verb_before_a_colon_introduces_the_quote_not_reported_speech(extract_text):
    f = extract_text('On the sidelines of the meeting, Minister Jan Obel said: "Europe must act."', lang="en")
    assert [(s["mode"], s["text"]) for s in f["statements"]] == [("direct", "Europe must act.")]
    f = extract_text("Am Rande des Treffens sagte Minister Jan Obel: „Europa muss handeln.“")
    assert [(s["mode"], s["text"]) for s in f["statements"]] == [("direct", "Europa muss handeln.")]


def test_reported_the_content_after_a_phrase_and_its_relative_clause_starts_at_that():
    found = statements("Minister Tom Oakes met Minister Jan Obel on Thursday. Oakes told reporters after the meeting, "
                       "which lasted about 50 minutes, that he had conveyed the government's disappointment.", lang="en")
    assert ("Tom Oakes", "he had conveyed the government's disappointment", "indirect") in found


def test_reported_the_second_sentence_of_a_quotation_is_no_reported_speech(extract_text):
    f = extract_text("Kopfzeile\n\nMinister Tom Oakes kam nach Brüssel. „Wir müssen uns auf alles vorbereiten. Moskau "
                     "rüstet massiv auf“, sagte Oakes zum Auftakt.", date="2025-06-16")
    assert [(s["text"], s["mode"]) for s in f["statements"]] == [
        ("Wir müssen uns auf alles vorbereiten. Moskau rüstet massiv auf", "direct")]


@pytest.mark.parametrize("text, lang, speaker, content", [
    # the second verb of the sentence's subject: not the object named last
    ("Prime Minister Alan Brisk met President Arvo Kask on Monday and said he was ready to meet again in Oslo.", "en",
     "Alan Brisk", "he was ready to meet again in Oslo"),
    ("Kanzler Jens Haller traf am Montag Präsident Arvo Kask und sagte, man sei sich einig gewesen.", "de",
     "Jens Haller", "man sei sich einig gewesen"),
    # a headline's second verb too
    ("Brisk meets Kask, says ready for more talks\n\nPrime Minister Alan Brisk met President Arvo Kask on Monday.", "en",
     "Alan Brisk", "ready for more talks"),
])
def test_reported_speech_of_a_subject_with_two_verbs_is_the_subjects(text, lang, speaker, content):
    assert (speaker, content, "indirect") in statements(text, lang)


def test_reported_speech_a_name_after_said_in_the_middle_of_an_english_sentence_is_no_speaker():
    # "The Kremlin said President X had …": X is the subject of what was said, the Kremlin the one saying it
    assert statements("The Kremlin said President Arvo Kask had no plans to travel to Turkey.", "en") == []


def test_reported_the_role_before_a_name_in_apposition_is_no_content():
    assert statements("Der Landrat des Kreises Vorpommern-Greifswald, Jan Obel (CDU), forderte mehr Geld vom Bund.") == []
    # what such a speaker says after the verb still is
    got = statements("Der Landrat des Kreises, Jan Obel, sagte, der Bund müsse mehr zahlen.")
    assert got == [("Jan Obel", "der Bund müsse mehr zahlen", "indirect")]


def test_reported_a_phrase_of_when_after_the_english_verb_is_no_part_of_what_was_said():
    got = statements("Prime Minister Jan Obel said on Wednesday he had spoken with Lars Grube.", lang="en")
    assert ("Jan Obel", "he had spoken with Lars Grube", "indirect") in got

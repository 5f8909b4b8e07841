"""Direct quotations with their speakers; quoted names and scare quotes are not statements."""
from __future__ import annotations

import pytest


def statements(facts):
    actors = {a["key"]: a["name"] for a in facts["actors"]}
    return [(actors[s["speaker"]], s["text"]) for s in facts["statements"] if s["mode"] == "direct"]


def test_quotes_speaker_after_the_quote(extract_text):
    f = extract_text("„Wir müssen jetzt handeln“, sagte die Außenministerin Alma Keller nach dem Treffen in Rom.")
    assert statements(f) == [("Alma Keller", "Wir müssen jetzt handeln")]


def test_quotes_pronoun_speaker_is_the_last_speaker(extract_text):
    f = extract_text(
        "Die Lage sei ernst, sagte Verteidigungsminister Jan Obel in Berlin. „Wir sind bereit“, fügte er hinzu."
    )
    assert statements(f) == [("Jan Obel", "Wir sind bereit")]
    assert [s["text"] for s in f["statements"] if s["mode"] == "indirect"] == ["Die Lage sei ernst"]


def test_quotes_a_pronoun_right_after_the_verb_speaks_not_a_group_after_it(extract_text):
    f = extract_text("Kanzler Karl Brenner hat der Ukraine in Rom Hilfe zugesagt. »Wir helfen«, sagte er am Donnerstag "
                     "vor den Delegationen.")
    assert statements(f) == [("Karl Brenner", "Wir helfen")]
    # one named right after the verb speaks
    f = extract_text("Kanzler Karl Brenner hat der Ukraine in Rom Hilfe zugesagt. »Wir helfen«, sagte Präsident Jan "
                     "Nowak vor den Delegationen.")
    assert statements(f) == [("Jan Nowak", "Wir helfen")]


@pytest.mark.parametrize("after", ["habe er den Teilnehmern gesagt, berichteten Diplomaten", "hat er gesagt",
                                   "hat Nowak gesagt"])
def test_quotes_a_speaker_after_the_quote_in_the_perfect(extract_text, after):
    # the speaker stands between the auxiliary and the participle; those who report it after the verb do not speak
    f = extract_text(f"Präsident Jan Nowak kam am Donnerstag zum Gipfel nach Brüssel. »Ihr seid nicht allein«, {after}.")
    assert statements(f) == [("Jan Nowak", "Ihr seid nicht allein")]


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Karl Brenner traf am Mittwoch Präsident Jan Nowak. Nowak sprach von einem „Moment der Wahrheit“. Er lobte "
     "Brenner als „verlässlichen Partner“.", "de"),
    ("Chancellor Karl Brenner met President Jan Nowak on Wednesday. Nowak spoke of a \"moment of truth\". He praised "
     "Brenner as a \"reliable partner\".", "en"),
])
def test_quotes_a_pronoun_before_the_verb_speaks_not_the_person_after_it(extract_text, text, lang):
    # the pronoun opening the sentence is the subject; the one named after the verb is praised
    f = extract_text(text, lang=lang)
    assert [speaker for speaker, _ in statements(f)] == ["Jan Nowak", "Jan Nowak"]


def test_quotes_a_colon_gives_the_quote_to_the_opener_past_a_quote_of_theirs(extract_text):
    f = extract_text('President Jan Nowak met Chancellor Karl Brenner in Oslo on Friday. Nowak spoke of an "understanding" '
                     'and closed, in English, with an invitation: "Next time in Warsaw." Neither man took questions.',
                     lang="en")
    assert statements(f) == [("Jan Nowak", "understanding"), ("Jan Nowak", "Next time in Warsaw.")]


def test_quotes_speaker_before_a_colon(extract_text):
    f = extract_text("Ministerin Alma Keller sagte: »Die Tür bleibt offen.«")
    assert statements(f) == [("Alma Keller", "Die Tür bleibt offen.")]


def test_quotes_a_noun_of_saying_before_a_colon_quotes_the_sentences_subject(extract_text):
    f = extract_text("Ministerin Alma Keller eröffnete das Treffen mit einem Appell: „Wir dürfen keine Zeit verlieren.“")
    assert statements(f) == [("Alma Keller", "Wir dürfen keine Zeit verlieren.")]
    f = extract_text('Minister Alma Keller opened the meeting with an appeal: "We cannot lose any more time."', lang="en")
    assert statements(f) == [("Alma Keller", "We cannot lose any more time.")]


def test_quotes_a_colon_gives_the_quote_to_the_person_the_sentence_opens_with(extract_text):
    # no verb or noun of saying: the colon that opens the quote gives it to the sentence's subject
    f = extract_text("Ministerin Alma Keller zog eine Bilanz: „Die Lage bleibt ernst.“")
    assert statements(f) == [("Alma Keller", "Die Lage bleibt ernst.")]
    f = extract_text("Die Linken-Abgeordnete Petra Sandvik zeigte sich dagegen unzufrieden: „Viele Fragen sind offen geblieben.“")
    assert statements(f) == [("Petra Sandvik", "Viele Fragen sind offen geblieben.")]
    f = extract_text('Foreign Minister Anouk de Vries was blunt: "We will not sign this text."', lang="en")
    assert statements(f) == [("Anouk de Vries", "We will not sign this text.")]
    # with someone else named before the colon the words may be theirs: no speaker
    f = extract_text("Ministerin Alma Keller erhielt einen Brief von Präsident Jan Obel: „Die Tür bleibt offen.“")
    assert statements(f) == []
    # nor is a person in the phrase before the verb its subject
    assert statements(extract_text("Nach dem Treffen mit Präsident Jan Obel war die Stimmung gut: „Wir sind weiter.“")) == []


def test_quotes_the_pm_is_the_prime_minister_named(extract_text):
    f = extract_text('Prime Minister Ann Holm met President Lars Grube in Oslo on Friday at 3 PM. The PM said the talks '
                     'had been "constructive and warm".', lang="en")
    assert statements(f) == [("Ann Holm", "constructive and warm")]
    # after a number it is the time of day: no group of three prime ministers
    assert not [a for a in f["actors"] if a["type"] == "group"]


def test_quotes_english_said_after_name(extract_text):
    f = extract_text('"We will not give up," Foreign Minister Petro Danylenko said in Kyiv on Monday.', lang="en")
    assert statements(f) == [("Petro Danylenko", "We will not give up")]  # the comma set inside the marks is none of the words


def test_quotes_scare_quotes_are_not_statements(extract_text):
    f = extract_text("Die „Koalition der Willigen“ traf sich in Paris, berichtete Ministerin Alma Keller.")
    assert statements(f) == []


def test_quotes_are_tied_to_the_meeting_they_follow(extract_text):
    f = extract_text(
        "Am Montag trafen sich die Minister Jan Obel und Lars Grube in Paris. „Das war gut“, sagte Obel."
    )
    assert [s["meeting"] for s in f["statements"]] == ["m1"]


def test_quotes_hyphenated_surname_speaker(extract_text):
    f = extract_text('Envoy Marta Kovacs-Lindqvist spoke first. "Rivers have no borders," Kovacs-Lindqvist said.', lang="en")
    assert statements(f) == [("Marta Kovacs-Lindqvist", "Rivers have no borders")]


def test_quotes_reported_speech_closing_with_a_quoted_clause(extract_text):
    f = extract_text("Minister Jan Obel versicherte, man wolle, „dass die Kämpfe sofort enden“.")
    assert statements(f) == [("Jan Obel", "dass die Kämpfe sofort enden")]


def test_quotes_pronoun_after_a_sentence_without_speech(extract_text):
    f = extract_text("Kanzler Bernd Vollmer, der am Samstag in Rom war, wies das zurück. „Das ist falsch“, sagte er.")
    assert statements(f) == [("Bernd Vollmer", "Das ist falsch")]


def test_quotes_a_party_politician_is_the_woman_just_named(extractor):
    from extract.reading import make_article

    text = ("Außenministerin Clara Winter forderte mehr Hilfe. „Jedes System zählt“, sagte die Grünen-Politikerin. "
            "Der SPD-Politiker Jens Ohl widersprach.")
    f = extractor.extract(make_article(id="t", text=text, date="2026-04-16", language="de"))
    names = {a["key"]: a["name"] for a in f["actors"]}
    assert [(names[s["speaker"]], s["mode"]) for s in f["statements"] if s["mode"] == "direct"] == [("Clara Winter", "direct")]


def test_quotes_an_age_for_the_person_is_the_one_the_story_is_about(extract_text):
    # "der 69-Jährige": the first person of the sentence before, of the article's gender, not the last named
    f = extract_text("Kanzler Bernd Vollmer hat am Montag Präsident Jan Obel getroffen. „Wir sind uns einig“, sagte "
                     "der 69-Jährige.")
    assert statements(f) == [("Bernd Vollmer", "Wir sind uns einig")]
    f = extract_text("Kanzler Bernd Vollmer hat am Montag Ministerin Katja Brandt getroffen. „Wir sind uns einig“, "
                     "sagte die 45-Jährige.")
    assert statements(f) == [("Katja Brandt", "Wir sind uns einig")]
    f = extract_text('Chancellor Bernd Vollmer met President Jan Obel on Monday. "We agree," the 69-year-old said.',
                     lang="en")
    assert statements(f) == [("Bernd Vollmer", "We agree")]


def test_quotes_a_party_politician_is_the_person_of_that_party(extract_text):
    # "der SPD-Politiker" is the man the article marked "(SPD)", though another man was named since
    f = extract_text("Verteidigungsminister Malte Jessen (SPD) nahm an dem Treffen in Brüssel teil. Jessen sagte, er habe "
                     "mit seinem litauischen Kollegen Darius Paulauskas gesprochen. «Wir stehen zu unseren Zusagen», "
                     "sagte der SPD-Politiker.")
    assert statements(f) == [("Malte Jessen", "Wir stehen zu unseren Zusagen")]
    # a party nobody was marked with: the person named last who was marked with no other party
    f = extract_text("Minister Malte Jessen (SPD) traf in Brüssel seinen Kollegen Darius Paulauskas. "
                     "«Wir stehen zusammen», sagte der CDU-Politiker.")
    assert statements(f) == [("Darius Paulauskas", "Wir stehen zusammen")]
    # nor one of another state: the German named before him, however far back
    f = extract_text("Ministerin Katja Brandt ist in Riga eingetroffen. Dort traf sie am Montag ihren lettischen "
                     "Amtskollegen Ansis Kalnbergs. «Wir stehen zusammen», sagte die CDU-Politikerin.")
    assert statements(f) == [("Katja Brandt", "Wir stehen zusammen")]
    # one of the party's state before one of no known state named since
    f = extract_text("Die deutsche Außenministerin Katja Brandt traf in Peking Vizepräsidentin Zhou Ming. «Wir stehen "
                     "zusammen», sagte die CDU-Politikerin.")
    assert statements(f) == [("Katja Brandt", "Wir stehen zusammen")]


def test_quotes_a_party_chief_is_the_person_of_that_party_and_a_chief_alone_no_one(extract_text):
    # "der ÖVP-Chef" as "der ÖVP-Politiker": the Austrian named before, not the German named since
    f = extract_text("Bundeskanzler Anton Riegler traf in Berlin den deutschen Kanzler Jens Haller. «Wir sind uns "
                     "einig», sagte der ÖVP-Chef.")
    assert statements(f) == [("Anton Riegler", "Wir sind uns einig")]
    f = extract_text("Kanzlerin Ilse Vogt traf in Berlin den Kanzler Jens Haller. «Wir sind uns einig», sagte die "
                     "SPD-Vorsitzende.")
    assert statements(f) == [("Ilse Vogt", "Wir sind uns einig")]
    # a chief of what follows refers back to no one named before
    f = extract_text("Kanzler Jens Haller traf am Montag Ministerin Ilse Vogt. «Wir sind uns einig», sagte der Chef "
                     "der Behörde.")
    assert [speaker for speaker, _ in statements(f)] != ["Jens Haller"]


def test_quotes_a_german_opening_mark_closed_by_a_straight_one(extract_text):
    f = extract_text('„Wir brauchen verlässliche Regeln", sagte Ministerin Alma Keller nach dem Treffen in Rom.')
    assert statements(f) == [("Alma Keller", "Wir brauchen verlässliche Regeln")]


def test_quotes_speaker_described_then_named_after_the_quote(extract_text):
    f = extract_text('"Europe cannot be a spectator," the Dutch prime minister, Anouk de Vries, told reporters.', lang="en")
    assert statements(f) == [("Anouk de Vries", "Europe cannot be a spectator")]


def test_quotes_a_quoted_phrase_inside_reported_speech(extract_text):
    # dpa's "X erklärte, das Treffen sei „…“ gewesen": the speaker's own words, though not at the sentence's end
    f = extract_text("Ministerin Alma Keller erklärte, das Gespräch mit Lars Grube sei „offen und konstruktiv“ gewesen.")
    assert statements(f) == [("Alma Keller", "offen und konstruktiv")]
    # a name in quotes inside reported speech stays a name
    f = extract_text("Ministerin Alma Keller sagte, die „Koalition der Entschlossenen“ werde bald beraten.")
    assert statements(f) == []
    # one word of the speaker's in lower case is quoted; one capitalised word is a name
    f = extract_text("Ministerin Alma Keller sagte anschließend, die Gespräche seien „produktiv“ gewesen.")
    assert statements(f) == [("Alma Keller", "produktiv")]
    f = extract_text('Minister Ann Holm said afterwards that the talks had been "productive".', lang="en")
    assert statements(f) == [("Ann Holm", "productive")]
    f = extract_text("Ministerin Alma Keller sagte, die „Koalition“ werde bald beraten.")
    assert statements(f) == []
    # a party in brackets between the speaker and the verb is part of the name
    f = extract_text("Ministerin Alma Keller (SPD) sagte am Freitag, man habe „ein starkes Zeichen“ gesetzt.")
    assert statements(f) == [("Alma Keller", "ein starkes Zeichen")]


def test_quotes_an_adverb_between_the_speaker_and_the_verb(extract_text):
    f = extract_text('President Ann Holm later told the BBC she was "very satisfied".', lang="en")
    assert statements(f) == [("Ann Holm", "very satisfied")]


def test_quotes_nennen_and_bezeichnen_quote_the_speaker(extract_text):
    f = extract_text("Minister Jan Obel nannte das Treffen mit Lars Grube „einen echten Fortschritt“.")
    assert statements(f) == [("Jan Obel", "einen echten Fortschritt")]
    # a judgement without quotation marks is no indirect statement either
    f = extract_text("Minister Jan Obel nannte keine Einzelheiten.")
    assert f["statements"] == []


def test_quotes_before_a_colon_the_speaker_is_the_verbs_subject(extract_text):
    # a press review: the paper speaks, not the persons its words are about
    f = extract_text("Die Zeitung schreibt zum Treffen von Minister Jan Obel und Ministerin Alma Keller: „Es war überfällig.“")
    assert statements(f) == []
    # a long clause between the speaker and the colon
    f = extract_text("Ministerin Alma Keller sagte nach dem Treffen in Paris am Abend vor Journalisten: „Das war gut.“")
    assert statements(f) == [("Alma Keller", "Das war gut.")]


def test_quotes_a_papers_name_in_quotation_marks_is_no_one_s_words(extract_text):
    f = extract_text("„Ich sehe keine Bereitschaft“, sagte Minister Jan Obel im Gespräch mit der „Gothaer Zeitung“.")
    assert statements(f) == [("Jan Obel", "Ich sehe keine Bereitschaft")]


def test_quotes_english_described_as_quotes_the_speaker(extract_text):
    f = extract_text('Minister Jan Obel met Lars Grube in Oslo. Obel described the talks as "frank and constructive".', lang="en")
    assert statements(f) == [("Jan Obel", "frank and constructive")]
    f = extract_text('Minister Jan Obel met Lars Grube in Oslo, where Obel praised his guest as "a very good friend."', lang="en")
    assert statements(f) == [("Jan Obel", "a very good friend.")]


def test_quotes_a_quote_its_attribution_interrupts_is_one_statement(extract_text):
    f = extract_text("„Wir stehen zusammen“, sagte Ministerin Alma Keller nach dem Treffen, „und das bleibt so.“")
    assert statements(f) == [("Alma Keller", "Wir stehen zusammen […] und das bleibt so.")]
    s = f["statements"][0]
    assert s["evidence"]["sentence"][s["evidence"]["span_start"] - s["evidence"]["start"]:].startswith("Wir stehen")
    f = extract_text('"We stand together," Minister Alma Keller said, "and that will not change."', lang="en")
    assert statements(f) == [("Alma Keller", "We stand together […] and that will not change.")]
    # a second part with a speaker of its own after it is that speaker's
    f = extract_text("„Wir kommen“, sagte Ministerin Alma Keller, „wir auch“, ergänzte Minister Jan Obel.")
    assert statements(f) == [("Alma Keller", "Wir kommen"), ("Jan Obel", "wir auch")]
    # a pronoun speaker too
    f = extract_text("Ministerin Alma Keller sprach in Rom. „Wir stehen zusammen“, sagte sie, „und das bleibt so.“")
    assert statements(f) == [("Alma Keller", "Wir stehen zusammen […] und das bleibt so.")]


def test_quotes_a_quote_sentence_after_the_attribution_is_the_same_speakers(extract_text):
    f = extract_text(
        "„Wir stehen zusammen“, sagte Ministerin Alma Keller. „Das bleibt so.“ Minister Jan Obel sagte, man sei bereit."
    )
    assert statements(f) == [("Alma Keller", "Wir stehen zusammen […] Das bleibt so.")]
    assert f["statements"][0]["evidence"]["sentence"].endswith("„Das bleibt so.“")
    f = extract_text(
        '"We stand together," Minister Alma Keller said. "That will not change." Minister Jan Obel said they were ready.',
        lang="en",
    )
    assert statements(f) == [("Alma Keller", "We stand together […] That will not change.")]


def test_quotes_a_speech_verb_in_the_next_sentence_names_no_speaker_of_a_closed_quote(extract_text):
    f = extract_text("Die Lage ist ernst. „Das bleibt so.“ Minister Jan Obel sagte am Montag, man sei bereit.")
    assert statements(f) == []
    f = extract_text("„Wir kommen“, sagte Ministerin Alma Keller. „Wir auch“, sagte Minister Jan Obel.")
    assert statements(f) == [("Alma Keller", "Wir kommen"), ("Jan Obel", "Wir auch")]


def test_quotes_a_pronoun_speaker_is_not_the_person_of_the_next_sentence(extract_text):
    f = extract_text(
        "Ministerin Alma Keller sprach am Samstag in Rom. „Wir bleiben dabei“, sagte sie. Auch Minister Jan Obel sprach."
    )
    assert statements(f) == [("Alma Keller", "Wir bleiben dabei")]
    f = extract_text(
        'Minister Alma Keller spoke in Rome on Saturday. "We will stay," he said. Minister Jan Obel also spoke.', lang="en"
    )
    assert statements(f) == [("Alma Keller", "We will stay")]


def test_quotes_attribution_verbs_beyond_saying(extract_text):
    f = extract_text("Ministerin Alma Keller sagte die Reise ab. Sie wolle keine „Zufälle“, begründete sie den Schritt.")
    assert statements(f) == [("Alma Keller", "Zufälle")]
    f = extract_text("„Das ist falsch“, erwiderte Minister Jan Obel.")
    assert statements(f) == [("Jan Obel", "Das ist falsch")]
    f = extract_text('"We have no choice," Minister Jan Obel explained.', lang="en")
    assert statements(f) == [("Jan Obel", "We have no choice")]


def test_quotes_the_quoted_object_of_a_verb_of_naming_is_its_subjects(extract_text):
    f = extract_text("Kanzler Bernd Vollmer (SPD), für den es der letzte Gipfel war, sprach von einem „klaren Signal“ der übrigen 26.")
    assert statements(f) == [("Bernd Vollmer", "klaren Signal")]
    f = extract_text("Kanzler Bernd Vollmer traf Alma Keller. Er nannte das Treffen „sehr offen“ und reiste ab.")
    assert statements(f) == [("Bernd Vollmer", "sehr offen")]
    # "sprach mit … über": a topic in quotation marks, not words of the speaker's
    f = extract_text("Kanzler Bernd Vollmer sprach mit Alma Keller über die „Koalition der Willigen“ und reiste ab.")
    assert statements(f) == []
    f = extract_text('President Aarne Koskela spoke of an "understanding" and left.', lang="en")
    assert statements(f) == [("Aarne Koskela", "understanding")]


def test_quotes_the_speaker_may_be_an_apposition_before_the_verb(extract_text):
    f = extract_text("Der Vorsitzende der Konferenz, Sachsens Ministerpräsident Ralf Winkel (CDU), sprach von einem "
                     "„tragfähigen Kompromiss“.")
    assert statements(f) == [("Ralf Winkel", "tragfähigen Kompromiss")]


def test_quotes_a_participle_of_saying_after_the_quote(extract_text):
    f = extract_text("Außenminister Jonas Brand traf Oleg Sorok in Genf. Brand hatte das Gespräch als „notwendigen Kanal“ "
                     "bezeichnet.")
    assert statements(f) == [("Jonas Brand", "notwendigen Kanal")]


def test_quotes_praise_in_quotation_marks_and_a_subject_before_its_auxiliary(extract_text):
    f = extract_text("Bundespräsidentin Ina Sommer würdigte den Toten als „einen Staatsmann, der zuhören konnte“. "
                     "Außenminister Piotr Nowik hatte im Vorfeld betont, Polen erwarte „klare Zusagen für die Ostflanke“.")
    names = {a["key"]: a["name"] for a in f["actors"]}
    assert [(names[s["speaker"]], s["text"][:20]) for s in f["statements"]] == [
        ("Ina Sommer", "einen Staatsmann, de"), ("Piotr Nowik", "klare Zusagen für di")]


def test_quotes_a_quote_that_ends_its_sentence_is_not_said_by_the_next_sentences_object(extract_text):
    f = extract_text("Präsidentin Ana Ruiz, die selbst nach Madrid gereist war, sprach im Fernsehsender TVE 1 von "
                     "einem „großen Schritt“. Sie kündigte an, den Premier Hugo Lenz im Mai zu empfangen.")
    assert statements(f) == [("Ana Ruiz", "großen Schritt")]
    # but "Das sagte X" after the quote names its speaker
    f = extract_text("„Wir stehen zusammen“. Das sagte Ministerin Ana Ruiz am Montag.")
    assert statements(f) == [("Ana Ruiz", "Wir stehen zusammen")]


def test_quotes_a_pronoun_before_a_colon_is_its_antecedents(extract_text):
    f = extract_text("Minister Olaf Dahl traf am Montag seine Amtskollegen. Danach schrieb er: „Ein guter Tag.“")
    assert statements(f) == [("Olaf Dahl", "Ein guter Tag.")]


def test_quotes_a_second_verb_joined_by_und_has_the_sentences_subject(extract_text):
    f = extract_text("Ministerin Ida Kron las den Bericht und ergänzte, die Runde sei „so stark wie nie“.")
    assert statements(f) == [("Ida Kron", "so stark wie nie")]


def test_quotes_the_name_of_a_paper_in_quotation_marks_is_no_statement(extract_text):
    f = extract_text("Die Tageszeitung „Neue Post“ hatte berichtet, Minister Paul Lenz sei in Wien gewesen.")
    assert statements(f) == []


def test_quotes_the_speaker_after_the_verb_with_article_and_role(extract_text):
    f = extract_text("Nach Angaben von Teilnehmern sagte der ukrainische Verteidigungsminister Taras Hlib, sein Land "
                     "brauche die Systeme „vor dem Winter, nicht danach“.")
    assert statements(f) == [("Taras Hlib", "vor dem Winter, nicht danach")]


def test_quotes_a_person_in_the_phrase_before_a_german_verb_is_not_its_subject(extract_text):
    # the finite verb comes second: "Nach einem Treffen mit X" is the one phrase before it, the speaker follows it
    f = extract_text("Außenministerin Alma Keller war in Riga. Nach einem Treffen mit dem lettischen Präsidenten "
                     "Piet Varga sagte Keller: „Lettland ist ein Vorbild.“")
    assert statements(f) == [("Alma Keller", "Lettland ist ein Vorbild.")]
    f = extract_text("Außenministerin Alma Keller war in Riga. Im Gespräch mit Präsident Piet Varga sagte sie, "
                     "Lettland sei „ein Vorbild“.")
    assert statements(f) == [("Alma Keller", "ein Vorbild")]
    # the subject that opens its clause is still the speaker
    f = extract_text("Präsident Piet Varga sagte nach einem Treffen mit Alma Keller: „Wir stehen zusammen.“")
    assert statements(f) == [("Piet Varga", "Wir stehen zusammen.")]


def test_quotes_a_name_alone_before_a_colon_is_the_speaker(extract_text):
    f = extract_text("Kanzlerin Alma Keller empfing Präsident Piet Varga. „Es war ein gutes Gespräch“, schrieb Varga "
                     "später auf der Plattform X. Keller: „Europa muss stärker werden.“ Die Kanzlerin: „Wir bleiben dran.“")
    assert statements(f) == [("Piet Varga", "Es war ein gutes Gespräch"), ("Alma Keller", "Europa muss stärker werden."),
                             ("Alma Keller", "Wir bleiben dran.")]
    # a topic before the colon names no speaker
    f = extract_text("Kanzlerin Alma Keller empfing Präsident Piet Varga. Zum Schluss die Frage nach Russland: „Das ist offen.“")
    assert statements(f) == []


def test_quotes_a_name_in_quotes_right_before_a_verb_is_no_statement(extract_text):
    f = extract_text("Im Interview mit der „Rigaer Rundschau“ betonte Minister Jan Obel: „Die Ostflanke muss gestärkt werden.“")
    assert statements(f) == [("Jan Obel", "Die Ostflanke muss gestärkt werden.")]


def test_quotes_a_quoted_phrase_with_a_few_words_of_its_clause_after_it(extract_text):
    f = extract_text("Vor Journalisten sagte Präsident Ivo Marić, er hoffe auf „konkrete Schritte“ bei den Garantien.")
    assert statements(f) == [("Ivo Marić", "konkrete Schritte")]
    # a name in quotes is no one's words, wherever it stands
    f = extract_text("Präsident Ivo Marić sagte, er setze auf die „Koalition der Willigen“ bei den Garantien.")
    assert statements(f) == []


def test_quotes_a_headline_quote_the_body_gives_in_full_is_one_statement(extract_text):
    f = extract_text("Obel in Strelsau: „Ruritanien ist ein wichtiger Partner“\n\nAußenminister Jan Obel hat Strelsau "
                     "besucht. „Ruritanien ist ein wichtiger Partner, gerade in der Sicherheitspolitik“, sagte Obel. "
                     "„Ruritanien ist ein wichtiger Partner“, wiederholte Obel später.")
    assert statements(f) == [("Jan Obel", "Ruritanien ist ein wichtiger Partner, gerade in der Sicherheitspolitik")]
    # one speaker's words that only begin alike are two statements
    f = extract_text("„Wir sind bereit“, sagte Außenminister Jan Obel. „Wir sind bereitwillig gefolgt“, sagte Obel.")
    assert len(statements(f)) == 2


def test_a_role_with_a_state_is_the_one_of_that_role_whose_state_was_not_told(extract_text):
    # "Präsident Ivo Marić" names no state; "der kroatische Präsident" after the quote is still he, the only president
    f = extract_text("Kanzler Bernd Vollmer hat am Montag Präsident Ivo Marić in Berlin empfangen. „Das war ein gutes "
                     "Gespräch“, sagte der kroatische Präsident.")
    actors = {a["key"]: a["name"] for a in f["actors"]}
    assert [actors[s["speaker"]] for s in f["statements"]] == ["Ivo Marić"]
    known = extract_text("Kanzlerin Eva Brunner traf am Montag den französischen Präsidenten Luc Moreau und Präsident "
                         "Ivo Marić. „Das war ein gutes Gespräch“, sagte der französische Präsident.")
    actors = {a["key"]: a["name"] for a in known["actors"]}
    assert [actors[s["speaker"]] for s in known["statements"]] == ["Luc Moreau"]


def test_quotes_a_stance_verb_after_the_quote_names_its_speaker(extract_text):
    f = extract_text("„Das ist ein guter Tag für Europa“, zeigte sich Außenministerin Eva Sand erfreut.")
    assert [s["speaker"] for s in f["statements"]] == ["person:eva-sand"]


def test_quotes_und_weiter_before_a_colon_goes_on_with_the_last_speaker(extract_text):
    f = extract_text("„Wir müssen mehr tun“, sagte Ministerin Alma Keller am Freitag. Präsident Jan Obel nickte. "
                     "Und weiter: „Die Zeit des Zögerns ist vorbei.“")
    assert statements(f) == [("Alma Keller", "Wir müssen mehr tun"), ("Alma Keller", "Die Zeit des Zögerns ist vorbei.")]


def test_quotes_a_source_marker_before_a_quote_that_closes_the_sentence_names_its_speaker(extract_text):
    f = extract_text("Nach Worten von Generalsekretär Jan Obel ist das Bündnis „geeint wie nie“.")
    assert statements(f) == [("Jan Obel", "geeint wie nie")]
    f = extract_text("Laut Ministerin Alma Keller war das Treffen „ein echter Fortschritt“.")
    assert statements(f) == [("Alma Keller", "ein echter Fortschritt")]
    f = extract_text("Ministerin Alma Keller zufolge sind die Gespräche „auf einem guten Weg“.")
    assert statements(f) == [("Alma Keller", "auf einem guten Weg")]
    # a quote that does not close the sentence is a name in quotes or the source's aside
    f = extract_text("Laut Ministerin Alma Keller wird die „Koalition der Willigen“ am Montag beraten.")
    assert statements(f) == []


@pytest.mark.parametrize("lang, text", [
    ("de", "Ministerin Alma Keller reist heute nach Oslo. Vor ihrer Abreise erklärte Keller:\n\n„Wir stehen an der Seite "
           "unserer Partner.“"),
    ("en", "Minister Alma Keller travels to Oslo today. Before leaving, Keller said:\n\n\"We stand by our partners.\""),
])
def test_quotes_a_statement_in_a_paragraph_of_its_own_after_the_colon_is_the_speaker_s(extract_text, lang, text):
    f = extract_text(text, lang=lang)
    assert [s for s, _ in statements(f)] == ["Alma Keller"]
    assert f["statements"][0]["meeting"] == f["meetings"][0]["id"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Kanzler Tomas Berglund traf Präsident Ivo Maric in Velmora. „Danke für die Gastfreundschaft“ – mit diesen "
           "Worten verabschiedete sich Berglund."),
    ("en", "Chancellor Tomas Berglund met President Ivo Maric in Velmora. \"Thank you for your hospitality.\" With these "
           "words, Berglund said goodbye."),
])
def test_quotes_words_that_refer_to_the_quote_name_its_speaker(extract_text, lang, text):
    f = extract_text(text, lang=lang)
    assert [name for name, _ in statements(f)] == ["Tomas Berglund"]


@pytest.mark.parametrize("lang,text", [
    ("en", "President Ivo Marić and President Jan Obel held a phone call on Tuesday. It was their first conversation "
           "since the summit in Anchorage in August. Aide Pyotr Lenski said the two leaders agreed to stay in touch."),
    ("de", "Präsident Ivo Marić und Präsident Jan Obel haben am Dienstag telefoniert. Es war ihr erstes Gespräch seit "
           "dem Gipfel in Anchorage im August. Berater Pjotr Lenski sagte, die beiden hätten vereinbart, in Kontakt "
           "zu bleiben."),
])
def test_quotes_what_is_said_after_the_meeting_a_span_counts_from_is_said_of_the_story(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-20")
    call = next(m for m in f["meetings"] if m["virtual"])
    assert [s["meeting"] for s in f["statements"]] == [call["id"]]


def test_quotes_an_adverb_between_the_speaker_and_a_verb_of_naming(extract_text):
    f = extract_text('Prime Minister Ivo Maric met President Lars Grube in Oslo on Monday. Maric later called the talks '
                     '"overdue".', lang="en")
    assert statements(f) == [("Ivo Maric", "overdue")]
    # a word that is no such adverb keeps the quote unspoken by the name before it
    f = extract_text('Prime Minister Ivo Maric met President Lars Grube in Oslo on Monday. Critics of Maric soon called '
                     'the talks "overdue".', lang="en")
    assert statements(f) == []


@pytest.mark.parametrize("lang, text", [
    ("en", 'President Tom Hale, speaking alongside Prime Minister Eva Roth at a news conference in Paris on Tuesday, said '
           'the talks had produced "concrete results".'),
    ("de", "Präsident Tom Hale, der mit Premierministerin Eva Roth in Paris vor die Presse trat, sagte, die Gespräche "
           "hätten „konkrete Ergebnisse“ gebracht."),
])
def test_quotes_the_speaker_of_a_partial_quote_stands_before_an_aside_between_commas(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-01-06")
    assert statements(f) == [("Tom Hale", "concrete results" if lang == "en" else "konkrete Ergebnisse")]


@pytest.mark.parametrize("lang,text", [
    ("en", 'Asked about the talks, Chancellor Jan Holm told reporters: "We will see each other again in spring."'),
    ("de", "Auf das Treffen angesprochen, sagte Kanzler Jan Holm: „Wir sehen uns im Frühjahr wieder.“"),
])
def test_quotes_the_speech_verb_nearest_the_colon_tells_whose_quote_it_is(extract_text, text, lang):
    got = statements(extract_text(text, lang=lang))
    assert [name for name, _ in got] == ["Jan Holm"], got


def test_quotes_the_speaker_after_an_english_fronted_phrase_not_the_person_in_it(extract_text):
    f = extract_text('After meeting Prime Minister Lars Grube in Berlin, Chancellor Jan Obel said: "We stand with Ukraine."',
                     lang="en")
    assert statements(f) == [("Jan Obel", "We stand with Ukraine.")]


@pytest.mark.parametrize("text", [
    'Leaders met in Rome on Thursday. Prime Minister Eva Lind opened the talks. On the sidelines, President Jan Obel met '
    'envoy Lars Grube, in what he described as "a substantive meeting".',
    'After meeting Prime Minister Lars Grube, President Jan Obel spoke to reporters, in what he called "a frank exchange".',
])
def test_quotes_a_pronoun_in_a_clause_after_a_comma_is_the_sentences_subject(extract_text, text):
    assert [name for name, _ in statements(extract_text(text, lang="en"))] == ["Jan Obel"]


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Jan Obel und Präsident Lars Grube haben am Dienstag in Berlin eine Konferenz eröffnet. Grube war am Vorabend "
     "zu einem Abendessen im Kanzleramt eingetroffen. Obel sagte zur Eröffnung: „Wir müssen unabhängiger werden.“ Grube "
     "ergänzte, man dürfe nicht naiv sein.", "de"),
    ("Chancellor Jan Obel and President Lars Grube opened a conference in Berlin on Tuesday. Grube had arrived for a dinner "
     "at the chancellery the evening before. Obel said at the opening: \"We must become more independent.\" Grube added "
     "that Europe must not be naive.", "en"),
])
def test_quotes_one_said_right_after_anothers_goes_on_with_its_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-11-19")
    conference, dinner = f["meetings"]
    assert dinner["kind"] in ("abendessen", "dinner")
    assert [s["meeting"] for s in f["statements"]] == [conference["id"], conference["id"]]

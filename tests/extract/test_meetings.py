"""Meetings from short texts written for these tests (invented names, so the knowledge base cannot help)."""
from __future__ import annotations

import pytest

from conftest import absent_names, attendee_names, host_names


def only_meeting(facts):
    assert len(facts["meetings"]) == 1, [m["trigger"] for m in facts["meetings"]]
    return facts["meetings"][0]


def place_names(facts, meeting):
    places = {p["key"]: p for p in facts["places"]}
    return [places[k]["name"] for k in meeting["places"]]


def extract_with_persons(persons: list[tuple[str, str, str]], text: str, lang: str = "de", date: str = "2025-04-10"):
    """Facts of ``text`` read with the knowledge base plus invented persons (name, state, office), as a test of a
    rule that asks the knowledge base for someone's office needs."""
    from extract.extractor import Extractor
    from extract.knowledge import Entity, load_knowledge_base
    from extract.reading import make_article

    kb = load_knowledge_base()
    for name, country, role in persons:
        kb.add(Entity(key=f"person:{name.lower().replace(' ', '-')}", type="person", name=name,
                      forms={name, name.split()[-1]}, country=country, role=role, source="test"))
    return Extractor(kb).extract(make_article(id="t.txt", date=date, language=lang, text=text))


def test_meetings_verb_with_place_date_and_participants(extract_text):
    f = extract_text("Am Mittwoch trafen sich der estnische Außenminister Kalev Tamm und seine Amtskollegin Ruta Vaitkus in Warschau.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Kalev Tamm", "Ruta Vaitkus"}
    assert place_names(f, m) == ["Warsaw"]
    assert m["date"] == {"value": "2025-04-09", "precision": "day", "text": "Mittwoch"}
    assert m["status"] == "past" and m["virtual"] is False


def test_meetings_venue_inside_its_city(extract_text):
    f = extract_text("Die Minister Jan Obel und Lars Grube berieten am Dienstag im Nato-Hauptquartier in Brüssel.")
    m = only_meeting(f)
    assert place_names(f, m) == ["NATO headquarters", "Brussels"]
    chain = {p["key"]: p["within"] for p in f["places"]}
    assert chain["venue:nato-headquarters"] == "city:2800866" and chain["city:2800866"] == "country:BE"


def test_meetings_host_of_empfing_is_the_subject(extract_text):
    f = extract_text("Kanzler Bernd Vollmer empfing am Montag den kroatischen Regierungschef Ivo Marić im Kanzleramt.")
    m = only_meeting(f)
    assert host_names(f, m) == {"Bernd Vollmer"}
    assert attendee_names(f, m) == {"Bernd Vollmer", "Ivo Marić"}


def test_meetings_passive_host_after_von(extract_text):
    f = extract_text("Der Premier Ivo Marić wurde am Montag von Kanzler Bernd Vollmer in Berlin empfangen.")
    m = only_meeting(f)
    assert host_names(f, m) == {"Bernd Vollmer"}


def test_meetings_english_hosted_by(extract_text):
    f = extract_text("Leaders met in Rome on Tuesday for a summit hosted by Italian Prime Minister Carla Benetti.", lang="en", date="2025-04-10")
    m = only_meeting(f)
    assert host_names(f, m) == {"Carla Benetti"}
    assert place_names(f, m) == ["Rome"]
    assert m["date"]["value"] == "2025-04-08"


def test_meetings_the_one_who_convened_the_meeting_hosts_it(extract_text):
    f = extract_text("Die Staats- und Regierungschefs der EU kommen am Donnerstag zu einem Sondergipfel in Brüssel "
                     "zusammen. Ratspräsident Jan Obel hatte das Treffen kurzfristig einberufen.", date="2026-03-03")
    assert host_names(f, only_meeting(f)) == {"Jan Obel"}
    f = extract_text("Ratspräsident Jan Obel beruft für Donnerstag einen Sondergipfel in Brüssel ein.", date="2026-03-03")
    assert host_names(f, only_meeting(f)) == {"Jan Obel"}


@pytest.mark.parametrize("brk", [" ", "\n\n"])
def test_meetings_an_unnamed_group_acting_in_the_sentence_after_a_meeting_noun_is_at_that_meeting(extract_text, brk):
    lead = "Ratspräsident Jan Obel beruft für Donnerstag einen Sondergipfel in Lissabon ein." + brk
    f = extract_text(lead + "Die Staats- und Regierungschefs sollen über die Ukraine beraten.", date="2026-03-03")
    summit = only_meeting(f)  # (also in the next paragraph: a break is no sentence between them)
    assert {a["actor"] for a in summit["attendees"]} >= {"person:jan-obel"} and len(summit["attendees"]) == 2
    # not what they did before it
    f = extract_text(lead + "Zuvor sollen die Außenminister beraten.", date="2026-03-03")
    assert len(f["meetings"]) == 2


def test_meetings_one_standing_apart_from_what_the_group_signed_is_at_its_summit(extract_text):
    f = extract_text("EU leaders back defence plan at emergency summit\nBRUSSELS (AP) — "
                     "European Union leaders gathered in Brussels on Thursday for a special summit, with President Jan "
                     "Obel joining them in person. Hungary's Prime Minister Ivo Marić refused to endorse the joint text on Ukraine, which the other 26 leaders signed.\n\n"
                     "Council President Piet Kramer chaired the meeting.", lang="en", date="2025-03-07")
    summit = only_meeting(f)  # the leaders signing the text is no meeting of its own
    assert attendee_names(f, summit) >= {"Ivo Marić", "Piet Kramer"} and host_names(f, summit) == {"Piet Kramer"}


def test_meetings_planned_and_cancelled(extract_text):
    planned = extract_text("Die Außenminister Jan Obel und Lars Grube sollen sich kommende Woche in Wien treffen.")
    assert only_meeting(planned)["status"] == "planned"
    cancelled = extract_text("Das für Freitag geplante Treffen von Kanzler Bernd Vollmer mit Premier Ivo Marić in Rom wurde abgesagt.")
    assert only_meeting(cancelled)["status"] == "cancelled"
    english = extract_text("Prime Minister Carla Benetti will meet President Jonas Rell in Vienna next week.", lang="en")
    assert only_meeting(english)["status"] == "planned"


def test_meetings_planning_told_as_long_done_is_a_meeting_held(extract_text):
    # "war lange geplant": the meeting took place (on the Monday before the article), it is not to come
    f = extract_text("Das Treffen von Kanzler Bernd Vollmer und Premier Ivo Marić am Montag in Rom war lange geplant.",
                     date="2027-03-10")
    assert only_meeting(f)["status"] == "past" and only_meeting(f)["date"]["value"] == "2027-03-08"
    f = extract_text("The meeting of Bernd Vollmer and Ivo Marić in Rome on Monday had long been planned.", lang="en",
                     date="2027-03-10")
    assert only_meeting(f)["status"] == "past" and only_meeting(f)["date"]["value"] == "2027-03-08"
    # one to come still says so
    f = extract_text("Das seit Monaten geplante Treffen von Bernd Vollmer und Ivo Marić soll am Montag in Rom "
                     "stattfinden.", date="2027-03-10")
    assert only_meeting(f)["status"] == "planned" and only_meeting(f)["date"]["value"] == "2027-03-15"


def test_meetings_video_conference_is_virtual(extract_text):
    f = extract_text("Am Freitag berieten die Minister Jan Obel und Lars Grube in einer Videokonferenz.")
    assert only_meeting(f)["virtual"] is True


def test_meetings_repeated_mentions_become_one_meeting(extract_text):
    f = extract_text(
        "Am Donnerstag trafen sich die Minister Jan Obel und Lars Grube in Brüssel. "
        "Beim Treffen in Brüssel ging es um Munition. Nach dem Treffen reiste Obel ab."
    )
    m = only_meeting(f)
    assert len(m["evidence"]) == 3


def test_meetings_different_places_are_different_meetings(extract_text):
    f = extract_text(
        "Am Montag trafen sich die Minister Jan Obel und Lars Grube in Paris. "
        "Beim letzten Treffen Ende März in London war nur Obel dabei."
    )
    assert [m["date"]["value"] if m["date"] else None for m in f["meetings"]] == ["2025-04-07", "2025-03"]


def test_meetings_countries_as_subjects_of_a_meeting_verb(extract_text):
    f = extract_text("Frankreich und Polen berieten am Montag in Warschau über die Ukraine.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"France", "Poland"}


def test_meetings_noun_without_a_meeting_sense_is_ignored(extract_text):
    f = extract_text("Die Entscheidung wurde am Montag getroffen. Der Verhandlungstisch blieb leer.")
    assert f["meetings"] == []


def test_meetings_every_fact_has_evidence_with_offsets(extract_text):
    text = "Am Mittwoch trafen sich die Minister Jan Obel und Lars Grube in Warschau."
    f = extract_text(text)
    m = only_meeting(f)
    for fact in m["attendees"] + m["evidence"]:
        ev = fact.get("evidence", fact)
        assert text[ev["start"]:ev["end"]].strip() == ev["sentence"].strip()
        assert ev["start"] <= ev["span_start"] < ev["span_end"] <= ev["end"]


def test_meetings_absent_actors_and_negated_participation(extract_text):
    f = extract_text(
        "Am Montag trafen sich die Außenminister Jan Obel und Lars Grube in Genf. "
        "Die Ukraine war zu dem Treffen nicht eingeladen."
    )
    m = only_meeting(f)
    actors = {a["key"]: a["name"] for a in f["actors"]}
    assert [actors[a["actor"]] for a in m["absent"]] == ["Ukraine"]
    assert "Ukraine" not in attendee_names(f, m)


@pytest.mark.parametrize("lang, told", [
    ("de", "Ursprünglich wollte auch Premier Jan Obel kommen, er sagte aber wegen einer Kabinettssitzung ab."),
    ("de", "Premier Jan Obel reiste zwar nach Graz, nahm aber nicht an dem Gipfel teil."),
    ("de", "Premier Jan Obel war ebenfalls eingeladen. Er sagte seine Teilnahme kurzfristig ab."),
    ("en", "Prime Minister Jan Obel had been invited too. He did not attend."),
])
def test_meetings_an_absence_told_by_a_pronoun_or_a_left_out_subject_is_of_the_one_named_before(extract_text, lang, told):
    opening = ("Präsident Tom Oakes hat Kanzlerin Ina Berg am Sonntag in Graz zu einem Gipfel empfangen. " if lang == "de"
               else "President Tom Oakes hosted Chancellor Ina Berg at a summit in Graz on Sunday. ")
    f = extract_text(opening + told, lang=lang, date="2026-11-10")
    assert absent_names(f, only_meeting(f)) == {"Jan Obel"}


def test_meetings_an_absence_told_as_only_possible_is_none(extract_text):
    f = extract_text("President Tom Oakes hosted Chancellor Ina Berg at a summit in Graz on Sunday. Prime Minister Jan "
                     "Obel arrived late, a day after saying he might stay away.", lang="en", date="2026-11-10")
    assert absent_names(f, only_meeting(f)) == set()


def test_meetings_stand_in_attends_and_the_absent_is_recorded(extract_text):
    f = extract_text("Statt Kanzler Bernd Vollmer reiste Staatssekretärin Lena Hollweg am Montag zum Gipfel nach Rom.")
    m = only_meeting(f)
    actors = {a["key"]: a["name"] for a in f["actors"]}
    assert "Lena Hollweg" in attendee_names(f, m)
    assert [actors[a["actor"]] for a in m["absent"]] == ["Bernd Vollmer"]


def test_meetings_a_meeting_that_did_not_happen_is_not_a_meeting(extract_text):
    f = extract_text("Ein Gespräch mit Kanzler Bernd Vollmer fand dagegen nicht statt.")
    assert f["meetings"] == []


def test_meetings_sentence_without_meeting_word_adds_participants(extract_text):
    f = extract_text(
        "Kanzler Bernd Vollmer hat für Montag zu einem Treffen in den Élysée-Palast eingeladen. "
        "Erwartet werden dort Premier Ivo Marić und Präsidentin Ruta Vaitkus."
    )
    m = only_meeting(f)
    assert {"Ivo Marić", "Ruta Vaitkus"} <= attendee_names(f, m)
    assert m["status"] == "past" or m["date"]["value"] == "2025-04-14"


def test_meetings_sideline_meeting_is_its_own_meeting(extract_text):
    f = extract_text(
        "Am Freitag begann in München die Sicherheitskonferenz mit Ministerin Alma Keller. "
        "Am Rande der Konferenz traf Keller den Minister Jan Obel."
    )
    assert len(f["meetings"]) == 2
    assert attendee_names(f, f["meetings"][1]) == {"Alma Keller", "Jan Obel"}
    assert place_names(f, f["meetings"][1]) == ["Munich"]


def test_meetings_story_relative_dates(extract_text):
    f = extract_text(
        "Am 16. Mai trafen sich die Minister Jan Obel und Lars Grube in Istanbul. "
        "Obel war am Vortag in Ankara von Präsident Ivo Marić empfangen worden.",
        date="2025-05",
    )
    assert [m["date"]["value"] for m in f["meetings"]] == ["2025-05-16", "2025-05-15"]


def test_meetings_definite_noun_refers_to_the_meeting_with_the_same_head(extract_text):
    f = extract_text(
        "Die Münchner Sicherheitskonferenz begann am Freitag mit Ministerin Alma Keller. "
        "Am Samstag trafen sich die Minister Jan Obel und Lars Grube in Rom. "
        "Auf der Konferenz sprach am Sonntag auch Minister Piet Varga."
    )
    first = f["meetings"][0]
    assert place_names(f, first) == ["Munich"]
    assert "Piet Varga" in attendee_names(f, first)


def test_meetings_unknown_venues_and_city_adjectives(extract_text):
    f = extract_text("Die Minister Jan Obel und Lars Grube trafen sich am Montag im Präsidentenkomplex von Ankara.")
    assert "Präsidentenkomplex" in place_names(f, only_meeting(f))
    g = extract_text("Die Minister Jan Obel und Lars Grube berieten am Montag im Schloss Hohenwart.")
    assert place_names(g, only_meeting(g)) == ["Schloss Hohenwart"]


def test_meetings_passive_without_agent_has_no_host(extract_text):
    f = extract_text("Mit militärischen Ehren ist Präsident Jonas Rell am Freitag im Schloss Hohenwart empfangen worden.")
    m = only_meeting(f)
    assert m["hosts"] == [] and attendee_names(f, m) == {"Jonas Rell"}


def test_meetings_where_clause_takes_the_place_before(extract_text):
    f = extract_text("Anschließend fuhr Präsident Jonas Rell ins Kanzleramt, wo ihn Kanzler Bernd Vollmer empfing.")
    m = f["meetings"][-1]
    assert "Federal Chancellery" in place_names(f, m)
    assert host_names(f, m) == {"Bernd Vollmer"}


def test_meetings_near_a_place_is_not_at_it(extract_text):
    f = extract_text("Mit einem Treffen vor den Toren von Rom haben die Minister Jan Obel und Lars Grube ein Format begründet.")
    assert only_meeting(f)["places"] == []
    f = extract_text("Ministers Jan Obel and Lars Grube met outside Geneva on Tuesday.", lang="en")
    assert only_meeting(f)["places"] == []


def test_meetings_coordinated_states_are_participants_and_topics_are_not(extract_text):
    f = extract_text("Mit einem Treffen in Rom haben Deutschland, Frankreich und Polen ein neues Format begründet.")
    assert attendee_names(f, only_meeting(f)) == {"Germany", "France", "Poland"}
    f = extract_text("Die Minister Jan Obel und Lars Grube berieten am Montag in Rom über die Unterstützung der Ukraine.")
    assert "Ukraine" not in attendee_names(f, only_meeting(f))


def test_meetings_talking_with_a_named_partner_is_a_meeting(extract_text):
    f = extract_text("Außenministerin Alma Keller sprach am Montag in Wien mit ihrem Amtskollegen Piet Varga.")
    assert attendee_names(f, only_meeting(f)) == {"Alma Keller", "Piet Varga"}
    f = extract_text("Unterhändler Russlands und der Ukraine haben in Genf erstmals miteinander gesprochen.")
    assert {"Russia", "Ukraine"} <= attendee_names(f, only_meeting(f))
    assert extract_text("Alma Keller sprach mit Nachdruck von einem Erfolg.")["meetings"] == []


def test_meetings_a_year_is_no_count_of_people(extract_text):
    f = extract_text("Seit 2022 haben Unterhändler beider Seiten in Genf nicht mehr miteinander gesprochen.")
    assert all(not a["name"].startswith("2022") for a in f["actors"])


def test_meetings_persons_acting_there_join_the_meeting_told_about(extract_text):
    f = extract_text("Präsident Tobias Wernick wurde am Freitag im Schloss Bellevue empfangen. "
                     "Bundespräsidentin Ilka Senn verlieh ihm dort einen Orden.")
    assert {"Tobias Wernick", "Ilka Senn"} <= attendee_names(f, only_meeting(f))


def test_meetings_another_part_of_the_day_is_another_meeting_in_the_same_city(extract_text):
    f = extract_text("Ministerin Alma Keller traf am Montag in Nairobi ihren Amtskollegen Piet Varga. "
                     "Am Nachmittag empfing Präsidentin Ilka Senn die Ministerin.")
    first, second = f["meetings"]
    assert attendee_names(f, first) == {"Alma Keller", "Piet Varga"}
    assert host_names(f, second) == {"Ilka Senn"} and place_names(f, second) == ["Nairobi"]
    assert second["date"]["value"] == first["date"]["value"]


def test_meetings_the_guest_meeting_someone_new_afterwards_is_in_the_hosts_town_not_building(extract_text):
    f = extract_text("Präsident Jan Obel ist am Montag von Kaiser Ivo Marić im Kaiserpalast in Tokio empfangen worden. "
                     "Anschließend traf er Ministerpräsident Piet Kramer zu einem Gespräch.", date="2025-03-11")
    palace, talk = f["meetings"]
    assert place_names(f, palace) == ["Kaiserpalast", "Tokyo"] and place_names(f, talk) == ["Tokyo"]
    # the host's building stays for what follows with the host or the same persons
    f = extract_text("Präsident Jan Obel ist am Montag von Kaiser Ivo Marić im Kaiserpalast in Tokio empfangen worden. "
                     "Anschließend gab Marić ein Mittagessen für seinen Gast.", date="2025-03-11")
    assert all("Kaiserpalast" in place_names(f, m) for m in f["meetings"])


def test_meetings_foreign_building_names_in_german_text(extract_text):
    f = extract_text("Am Dienstag empfing Präsidentin Ilka Senn den Minister Piet Varga im State House.")
    assert place_names(f, only_meeting(f)) == ["State House"]


def test_meetings_dort_is_the_place_named_just_before(extract_text):
    f = extract_text("Am Samstag wird Präsident Tobias Wernick in Cernobbio erwartet. "
                     "Dort will er mit Ministerpräsidentin Ilka Senn sprechen.")
    m = only_meeting(f)
    assert place_names(f, m) == ["Cernobbio"] and attendee_names(f, m) == {"Tobias Wernick", "Ilka Senn"}


def test_meetings_a_pronoun_after_a_named_person_in_its_sentence_is_that_person(extract_text):
    f = extract_text("Die Sitzung in Riga leitete am Montag Ministerin Alma Keller. "
                     "Für Präsident Tobias Wernick ging die Reise weiter: In Wien traf er Kanzler Piet Varga.")
    last = f["meetings"][-1]
    assert attendee_names(f, last) == {"Tobias Wernick", "Piet Varga"}


def test_meetings_a_date_dates_the_meeting_its_sentence_introduces(extract_text):
    f = extract_text("Am Montag trafen sich Ministerin Alma Keller und Minister Piet Varga im Schloss Bellevue. "
                     "Am Abend gaben Keller und Varga dort ein Staatsbankett.")
    first, second = f["meetings"]
    assert second["date"]["value"] == first["date"]["value"] and second["trigger"] == "Staatsbankett"


def test_meetings_the_evening_before_and_early_in_the_month_are_other_meetings(extract_text):
    f = extract_text("Am 20. März begann in Brüssel der Frühjahrsgipfel mit Ratspräsidentin Ilka Senn. "
                     "Schon am Vorabend hatte Senn den Minister Piet Varga in Brüssel zum Abendessen empfangen. "
                     "Wie schon beim Sondergipfel Anfang März in Brüssel stimmte Varga dagegen.", date="2025-03-21")
    assert [m["date"]["value"] for m in f["meetings"]] == ["2025-03-20", "2025-03-19", "2025-03"]
    f = extract_text("The spring summit opened in Brussels on March 20 with Council President Ilka Senn. As at the "
                     "special summit in early-March in Brussels, Piet Varga voted against.", lang="en", date="2025-03-21")
    assert [m["date"]["value"] for m in f["meetings"]] == ["2025-03-20", "2025-03"]


def test_meetings_the_state_a_participant_speaks_for_takes_part(extract_text):
    f = extract_text("Am Montag begann der Gipfel im Europa-Gebäude in Brüssel: Für die Vereinten Nationen nahm "
                     "Generalsekretär Piet Varga teil.")
    m = only_meeting(f)
    assert {"United Nations", "Piet Varga"} <= attendee_names(f, m)
    assert place_names(f, m)[0] == "Europa building"


def test_meetings_a_role_with_a_country_refers_to_the_known_person(extract_text):
    f = extract_text("Bundeskanzler Olaf Scholz empfing am Freitag Emmanuel Macron im Kanzleramt. "
                     "In der Vierer-Runde mit Frankreichs Präsidenten ging es um die Ukraine.")
    assert all("Emmanuel Macron" in attendee_names(f, m) for m in f["meetings"])


def test_meetings_a_direction_is_no_meeting_place(extract_text):
    f = extract_text("Seit dem Überfall auf die Ukraine haben Unterhändler Russlands und der USA "
                     "erstmals miteinander verhandelt.")
    assert only_meeting(f)["places"] == []
    f = extract_text("Am Montag trafen sich die Minister Jan Obel und Lars Grube in der Türkei.")
    assert place_names(f, only_meeting(f)) == ["Turkey"]


def test_meetings_a_capitalised_first_word_is_lemmatised_as_inside_the_sentence(extract_text):
    f = extract_text("Begrüßt wurden die Gäste in Rom vom Außenminister Piet Varga.")
    assert host_names(f, only_meeting(f)) == {"Piet Varga"}


def test_meetings_those_who_meet_on_the_sidelines_attend_the_conference(extract_text):
    f = extract_text("In München begann am Freitag die Sicherheitskonferenz. Am Rande der Konferenz kam Präsident "
                     "Tobias Wernick mit Ministerin Alma Keller zusammen.")
    conference, sideline = f["meetings"]
    assert {"Tobias Wernick", "Alma Keller"} <= attendee_names(f, conference)
    assert attendee_names(f, sideline) == {"Tobias Wernick", "Alma Keller"}
    # the summit a sideline phrase names with a long name before its noun is a meeting of its own
    f = extract_text("Prime Minister Ann Obel and President Lars Grube met on Sunday on the sidelines of the Shanghai "
                     "Cooperation Organisation summit in Tianjin.", lang="en", date="2027-09-01")
    summit, sideline = f["meetings"]
    assert summit["trigger"] == "summit" and {"Ann Obel", "Lars Grube"} <= attendee_names(f, summit)
    assert attendee_names(f, sideline) == {"Ann Obel", "Lars Grube"} and place_names(f, sideline) == ["Tianjin"]


def test_meetings_delegation_nouns_are_inflected(extract_text):
    f = extract_text("Am Montag beriet Ministerin Alma Keller in Istanbul mit Vertretern der USA und der Ukraine.")
    assert {"United States", "Ukraine"} <= attendee_names(f, only_meeting(f))


def test_meetings_the_guest_is_the_person_a_host_received(extract_text):
    f = extract_text("Am Sonntag empfing Bundespräsidentin Ilka Senn den Präsidenten Tobias Wernick und seine Frau "
                     "Brigitte im Schloss Bellevue. Am Dienstag empfängt Kanzler Piet Varga den Gast auf Schloss Meseberg.")
    last = f["meetings"][-1]
    assert attendee_names(f, last) == {"Piet Varga", "Tobias Wernick"}


def test_meetings_a_round_with_partners_continues_the_meeting_before(extract_text):
    f = extract_text("Am Freitag empfing Kanzler Piet Varga den Präsidenten Tobias Wernick im Kanzleramt. "
                     "In der Vierer-Runde mit Ministerin Alma Keller und Minister Jan Obel ging es um Energie.")
    last = f["meetings"][-1]
    assert attendee_names(f, last) == {"Piet Varga", "Tobias Wernick", "Alma Keller", "Jan Obel"}
    assert place_names(f, last)[0] == "Federal Chancellery" and host_names(f, last) == {"Piet Varga"}


def test_meetings_a_host_named_in_a_sentence_of_its_own(extract_text):
    f = extract_text("Die Staats- und Regierungschefs der nordischen Länder sind im Schloss Christiansborg zusammengekommen. "
                     "Gastgeberin ist die dänische Ministerpräsidentin Ingrid Holmberg.")
    m = only_meeting(f)
    assert host_names(f, m) == {"Ingrid Holmberg"} and "Ingrid Holmberg" in attendee_names(f, m)


def test_meetings_an_arrival_without_a_place_joins_the_meeting(extract_text):
    f = extract_text("Die Staats- und Regierungschefs sind am Montag im Schloss Christiansborg zusammengekommen. "
                     "Der finnische Präsident Mikko Laaksola ist erst am Nachmittag eingetroffen.")
    assert "Mikko Laaksola" in attendee_names(f, only_meeting(f))


def test_meetings_the_host_before_the_auxiliary_across_an_apposition(extract_text):
    f = extract_text("Kanzlerin Helga Brandauer hat am Mittwoch den Ministerpräsidenten der Slowakei, Juraj Kollár, "
                     "im Kanzleramt empfangen.")
    assert host_names(f, only_meeting(f)) == {"Helga Brandauer"}


def test_meetings_plural_roles_with_states_and_both_and_a_trailing_place(extract_text):
    f = extract_text("Die Verteidigungsminister Spaniens und Portugals haben sich am Dienstag in Madrid verständigt. "
                     "Die Ministerin Carmen Olivares empfing ihren Kollegen Rui Matos im Verteidigungsministerium. "
                     "Beide wollen sich im Dezember erneut treffen, dann in Lissabon.")
    first, second = f["meetings"]
    assert place_names(f, first) == ["Verteidigungsministerium", "Madrid"] and first["date"]["value"] == "2025-04-08"
    assert attendee_names(f, second) == {"Carmen Olivares", "Rui Matos"} and place_names(f, second) == ["Lisbon"]
    f = extract_text("Beim Gipfeltreffen in Tirana kamen am Montag die Regierungschefs Albaniens und Montenegros zusammen.")
    assert {"Albania", "Montenegro"} <= attendee_names(f, only_meeting(f))


def test_meetings_a_press_conference_is_no_meeting_of_its_own(extract_text):
    f = extract_text("Kanzlerin Helga Brandauer empfing am Mittwoch Premier Juraj Kollár im Kanzleramt. "
                     "Im Anschluss gaben beide eine gemeinsame Pressekonferenz.")
    assert len(f["meetings"]) == 1
    f = extract_text("Prime Minister Juraj Kollar met President Helga Brandauer in Vienna on Monday. "
                     "Kollar spoke at a news conference afterwards.", lang="en")
    assert len(f["meetings"]) == 1


def test_meetings_an_organisation_before_a_role_is_no_party(extract_text):
    f = extract_text("Beim Gipfel in Tirana kamen am Montag Premier Arben Kelmendi und Präsident Dragan Ilić zusammen. "
                     "EU-Kommissarin Greta Lindholm wurde per Video zugeschaltet.")
    # (the summit and its video link-up, a record of its own)
    assert all("European Union" not in attendee_names(f, m) for m in f["meetings"])


def test_meetings_a_noun_that_says_nothing_is_the_meeting_its_sentence_tells(extract_text):
    f = extract_text("Es war ein Treffen mit Symbolkraft: In Nairobi empfing Präsident Samuel Mwangi am Donnerstag "
                     "seinen Amtskollegen Joseph Mrema. Die beiden Politiker unterzeichneten nach stundenlangen "
                     "Beratungen ein Abkommen.")
    assert attendee_names(f, only_meeting(f)) == {"Samuel Mwangi", "Joseph Mrema"}


def test_meetings_wanting_to_meet_is_planned_and_withdrawing_is_absence(extract_text):
    f = extract_text("Am Dienstag reist Ministerin Marit Solheim nach Ankara, wo sie mit Minister Emre Yazici "
                     "zusammentreffen will.", date="2026-03-09")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2026-03-10"
    f = extract_text("Am Donnerstag empfing Präsident Samuel Mwangi in Nairobi Präsident Joseph Mrema. "
                     "Ruandas Präsident, der ebenfalls eingeladen war, sagte seine Teilnahme kurzfristig ab.")
    assert {a["actor"] for a in only_meeting(f)["absent"]} == {"country:RW"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Zur Trauerfeier sind am Samstag zahlreiche Staats- und Regierungschefs nach Lissabon gekommen. Der "
           "russische Präsident fehlte."),
    ("en", "Many heads of state came to Lisbon for the funeral on Saturday. The Russian president was absent."),
])
def test_meetings_an_unnamed_office_holder_told_by_the_states_adjective_is_the_state_absent(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-04-27")
    m = only_meeting(f)
    assert place_names(f, m) == ["Lisbon"] and {a["actor"] for a in m["absent"]} == {"country:RU"}
    # (named, the person is absent, not the state)
    f = extract_text(text.replace("russische Präsident", "russische Präsident Pjotr Orlow").replace(
        "Russian president", "Russian president, Pyotr Orlov,"), lang=lang, date="2026-04-27")
    assert {a["actor"] for a in only_meeting(f)["absent"]} != {"country:RU"} and only_meeting(f)["absent"]


def test_meetings_the_object_of_a_perfect_host_verb_is_the_guest(extract_text):
    f = extract_text("In Rom hat Regierungschefin Chiara Benedetti den französischen Präsidenten Paul Girard empfangen.")
    assert host_names(f, only_meeting(f)) == {"Chiara Benedetti"}
    f = extract_text("Bundesrätin Corinne Vautier hat am Mittwoch ihren Amtskollegen Markus Lindinger in Bern empfangen. "
                     "Am Abend lud Vautier ihren Gast zu einem Nachtessen auf dem Landgut Lohn ein.")
    first, second = f["meetings"]
    assert host_names(f, first) == {"Corinne Vautier"} and place_names(f, second) == ["Landgut Lohn"]
    assert attendee_names(f, second) == {"Corinne Vautier", "Markus Lindinger"}


def test_meetings_visits_flashbacks_and_unplaced_buildings(extract_text):
    f = extract_text("Kanzler Piet Varga ist am Dienstag in Peking mit Staatschef Tomas Rydel zusammengekommen. "
                     "Das Gespräch im Staatsgästehaus Lianhua dauerte drei Stunden. "
                     "Zuvor hatte der Kanzler Chongqing und Shanghai besucht.")
    talks, visit = f["meetings"]
    assert place_names(f, talks) == ["Beijing", "Staatsgästehaus Lianhua"]
    assert place_names(f, visit) == ["Chongqing", "Shanghai"]


def test_meetings_since_a_year_dates_no_meeting(extract_text):
    f = extract_text("Alma Keller was the first minister to address a cabinet meeting in London since 1997.", lang="en")
    assert all(m["date"] is None or m["date"]["value"] != "1997" for m in f["meetings"])


def test_meetings_a_meeting_spoken_of_is_the_one_told(extract_text):
    f = extract_text("Polens Außenministerin Lena Kowalczyk und ihr österreichischer Amtskollege Tomas Brenner haben "
                     "sich am Dienstag in Brüssel getroffen. Kowalczyk sprach danach von einem guten Gespräch.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Lena Kowalczyk", "Tomas Brenner"} and len(m["evidence"]) == 2
    f = extract_text("Poland's foreign minister Lena Kowalczyk met her Austrian counterpart Tomas Brenner in Brussels "
                     "on Tuesday. Kowalczyk later spoke of a constructive meeting.", lang="en")
    assert len(only_meeting(f)["evidence"]) == 2
    # a meeting asked for is still no meeting, and one simply told after another is its own
    f = extract_text("Am Montag empfing Kanzlerin Edda Marquardt in Berlin den Premier Ivo Saric. Am Dienstag gab es "
                     "ein Gespräch mit Präsident Emil Dragan in Prag.")
    assert len(f["meetings"]) == 2


def test_meetings_english_subject_in_apposition_hosts(extract_text):
    f = extract_text("The Defence Secretary, Owen Marsh, on Friday hosted his Danish counterpart Sofie Kjaer at "
                     "Lancaster House.", lang="en")
    m = only_meeting(f)
    assert host_names(f, m) == {"Owen Marsh"} and attendee_names(f, m) == {"Owen Marsh", "Sofie Kjaer"}
    # "X of Denmark, who hosted": the state is X's, no host of its own
    f = extract_text("European leaders met in Aarhus on Wednesday. Prime Minister Ann Holm of Denmark, who hosted the "
                     "meeting, said Europe must act.", lang="en", date="2027-10-02")
    m = only_meeting(f)
    assert host_names(f, m) == {"Ann Holm"}


def test_meetings_english_hosts_noun_opening_a_sentence_is_no_verb(extract_text):
    f = extract_text("Leaders gathered at the Palais des Nations in Geneva on Monday. Hosts Council President Vera "
                     "Lind and Commission President Tom Aalto welcomed each delegation.", lang="en")
    m = only_meeting(f)
    assert host_names(f, m) == {"Vera Lind", "Tom Aalto"}
    assert place_names(f, m) == ["Palais des Nations", "Geneva"]


def test_meetings_the_source_of_the_news_is_not_at_the_meeting(extract_text):
    f = extract_text("Prime Minister Ruth Okafor met President Lars Eklund in Oslo on Monday, officials said.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Ruth Okafor", "Lars Eklund"}
    # a named person saying so usually was there
    f = extract_text("The talks in Oslo on Monday were constructive, President Lars Eklund said.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Lars Eklund"}
    # a long clause after the comma is no source: "where X urged allies …" tells who was there
    f = extract_text("The ministers met in Riga on Monday, where Foreign Minister Ines Kalnina urged allies to send "
                     "more aid.", lang="en")
    assert "Ines Kalnina" in attendee_names(f, only_meeting(f))


def test_meetings_english_absence_and_stand_in_without_a_meeting_word(extract_text):
    f = extract_text("Finance ministers met in Vienna on Tuesday. Croatia was represented by its deputy minister, "
                     "Marko Horvat, after Minister Iva Babic was unable to travel.", lang="en")
    m = only_meeting(f)
    assert "Marko Horvat" in attendee_names(f, m)
    assert {a["actor"] for a in m["absent"]} == {"person:iva-babic"}


def test_meetings_english_venue_on_a_hill_and_planned_agreement(extract_text):
    # (a hill the knowledge base lacks; Capitol Hill it knows as the US Capitol's)
    f = extract_text("President Ana Duarte met Chancellor Felix Brandt on Beacon Hill on Monday. They agreed to meet "
                     "again in Lisbon in November.", lang="en", date="2026-03-12")
    first, second = f["meetings"]
    assert place_names(f, first) == ["Beacon Hill"]
    assert place_names(f, second) == ["Lisbon"] and second["status"] == "planned"
    assert second["date"]["value"] == "2026-11"


def test_meetings_a_city_that_is_a_given_name_opens_a_person_name(extract_text):
    f = extract_text("President Milan Horak met Prime Minister Tove Lund in Prague on Monday.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Milan Horak", "Tove Lund"}
    f = extract_text("The ministers met in Milan on Monday.", lang="en")
    assert place_names(f, only_meeting(f)) == ["Milan"]


def test_meetings_english_progressive_with_weekday_is_planned_and_which_clause_hosts(extract_text):
    f = extract_text("From Rome, the president will fly to Norway, which is hosting a peace summit at the Holmenkollen "
                     "Park Hotel on Saturday.", lang="en", date="2024-06-14")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2024-06-15"
    assert {h["actor"] for h in m["hosts"]} == {"country:NO"}


def test_meetings_names_with_hyphenated_given_names_and_relatives_of_known_persons(extract_text):
    f = extract_text("Japan's Prime Minister Kenji Sato and South Korea's President Min-jun Park met in Seoul on "
                     "Thursday.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Kenji Sato", "Min-jun Park"}
    # a given name before a known person's surname is somebody else of that family
    f = extract_text("On Tuesday evening, first lady Melania Trump hosted the spouses of the G7 leaders at the "
                     "White House.", lang="en")
    assert host_names(f, only_meeting(f)) == {"Melania Trump"}


def test_meetings_who_reports_a_meeting_in_a_that_clause_is_not_at_it(extract_text):
    f = extract_text("Prime Minister Ewa Nowak told delegates that Poland would host next year's conference.", lang="en")
    m = only_meeting(f)
    assert m["attendees"] == [] and {h["actor"] for h in m["hosts"]} == {"country:PL"} and m["status"] == "planned"
    # unless a pronoun in the clause stands for the speaker
    f = extract_text("Prime Minister Ewa Nowak said that she would meet President Jan Berg in Oslo on Friday.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Ewa Nowak", "Jan Berg"}
    f = extract_text("Ministerpräsidentin Ewa Nowak sagte, dass Polen die nächste Konferenz ausrichten werde.")
    m = only_meeting(f)
    assert m["attendees"] == [] and {h["actor"] for h in m["hosts"]} == {"country:PL"}


def test_meetings_a_that_clause_dates_and_an_absence_from_elsewhere(extract_text):
    f = extract_text("Prime Minister Ewa Nowak, who was not invited to Geneva, said on Saturday that she would meet "
                     "President Jan Berg in Oslo on Monday.", lang="en", date="2025-08-16")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-08-18" and m["status"] == "planned"  # Monday, not the Saturday of saying so
    assert attendee_names(f, m) == {"Ewa Nowak", "Jan Berg"} and m["absent"] == []  # absent from Geneva, not Oslo


def test_meetings_english_lower_case_venue_noun_and_not_being_there(extract_text):
    f = extract_text("Norway is hosting a peace summit at the Holmen resort on Saturday. President Tom Hale will not be "
                     "there; Vice President Ada Moss will attend in his place. Russia was not invited, and China has "
                     "said it will stay away.", lang="en", date="2024-06-14")
    m = only_meeting(f)
    assert place_names(f, m) == ["Holmen resort"]
    assert attendee_names(f, m) >= {"Ada Moss"} and "Tom Hale" not in attendee_names(f, m)
    assert {a["actor"] for a in m["absent"]} == {"person:tom-hale", "country:RU", "country:CN"}


def test_meetings_signing_with_a_named_partner_is_meeting_them(extract_text):
    f = extract_text("Prime Minister Ruth Okafor signed a trade agreement with President Lars Eklund in Oslo on Monday.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Ruth Okafor", "Lars Eklund"}
    f = extract_text("Kanzlerin Edda Marquardt unterzeichnete am Montag in Berlin ein Abkommen mit Präsident Emil Dragan.")
    assert attendee_names(f, only_meeting(f)) == {"Edda Marquardt", "Emil Dragan"}
    # signing alone, with no partner, is no meeting
    assert extract_text("President Lars Eklund signed the law on Monday.", lang="en")["meetings"] == []


def test_meetings_expected_at_a_place_is_a_planned_journey_there(extract_text):
    f = extract_text("Officials of both countries met in Jeddah on Tuesday. Tomas Brenke, President Ana Duarte's special "
                     "envoy, is expected in Moscow later this week to present the proposal to Russian officials.",
                     lang="en", date="2025-03-12")
    jeddah, moscow = f["meetings"]
    assert place_names(f, moscow) == ["Moscow"] and moscow["status"] == "planned"
    assert attendee_names(f, moscow) >= {"Tomas Brenke"} and "Ana Duarte" not in attendee_names(f, moscow)
    assert "Russian" not in {p["name"] for p in f["places"]}  # a country adjective is no town


def test_meetings_words_ending_in_essen_are_meals_only_by_name(extract_text):
    # "Unterdessen", "Interessen", "Prozessen" end like "Essen" but name no meal, and no meeting
    f = extract_text("Unterdessen standen die Interessen der Ukraine in mehreren Prozessen im Mittelpunkt.")
    assert f["meetings"] == []
    f = extract_text("Am Abend lud Kanzlerin Edda Marquardt ihren Gast Ivo Saric zu einem Arbeitsmittagessen ins Kanzleramt ein.")
    assert attendee_names(f, only_meeting(f)) >= {"Edda Marquardt", "Ivo Saric"}


def test_meetings_plural_role_with_states_carries_a_verb_meeting(extract_text):
    f = extract_text("Unterdessen kamen in Prag die Innenminister Polens, Ungarns und der Slowakei zu Beratungen "
                     "über den Grenzschutz zusammen.")
    m = only_meeting(f)
    assert place_names(f, m) == ["Prague"]
    assert {a["actor"] for a in m["attendees"]} >= {"country:PL", "country:HU", "country:SK"}


def test_meetings_a_name_between_commas_does_not_end_the_verbs_clause(extract_text):
    f = extract_text("Bundeskanzlerin Edda Marquardt empfängt am Montag den Ministerpräsidenten Sloweniens, Ivo Saric, "
                     "mit militärischen Ehren im Bundeskanzleramt.")
    m = only_meeting(f)
    assert place_names(f, m) == ["Federal Chancellery"] and host_names(f, m) == {"Edda Marquardt"}


def test_meetings_an_event_in_a_city_is_not_the_visit_to_its_country(extract_text):
    f = extract_text("Der erste Staatsbesuch eines chilenischen Präsidenten in Deutschland seit zwölf Jahren hat begonnen. "
                     "Vor Schloss Bellevue wurde Präsident Tomás Varela von Bundespräsidentin Irma Kessler mit militärischen Ehren begrüßt.")
    assert len(f["meetings"]) == 2
    visit, welcome = f["meetings"]
    assert place_names(f, visit) == ["Germany"]
    assert place_names(f, welcome) == ["Bellevue Palace"]
    assert host_names(f, welcome) == {"Irma Kessler"}


def test_meetings_a_known_venue_out_in_the_country_lies_in_its_state(extract_text):
    f = extract_text("Prime Minister Alan Brisk hosted the Dutch premier Joost Verhoef at Chequers on Friday.", lang="en")
    m = only_meeting(f)
    assert place_names(f, m) == ["Chequers"]
    chain = {p["key"]: p["within"] for p in f["places"]}
    assert chain["venue:chequers"] == "country:GB"


def test_meetings_a_verb_after_a_determiner_is_a_noun(extract_text):
    f = extract_text("President Olav Brenn met Prime Minister Ida Skov in Oslo on Monday. "
                     "Brenn acknowledged one disagreement with his host over fishing rights.", lang="en")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Olav Brenn", "Ida Skov"}


def test_meetings_took_part_adds_to_the_meeting_just_told(extract_text):
    f = extract_text("Ann Holt met Prime Minister Tove Lind in Oslo on Monday. Minister Cara Dunn and the leaders "
                     "of France and Italy also took part.", lang="en")
    m = only_meeting(f)
    assert {"Ann Holt", "Tove Lind", "Cara Dunn", "France", "Italy"} <= attendee_names(f, m)


def test_meetings_a_video_conference_is_where_its_convener_sat(extract_text):
    f = extract_text("On Tuesday, ministers joined a video conference convened by Chancellor Ines Varga, who had "
                     "her deputy at her side in the chancellery in Vienna.", lang="en")
    m = only_meeting(f)
    assert m["virtual"] is True
    assert place_names(f, m) == ["Vienna"]


def test_meetings_a_multi_day_meeting_is_one_meeting_dated_by_its_first_day(extract_text):
    f = extract_text("Leaders closed the summit in Oslo on Thursday. The three-day meeting opened on Tuesday at the "
                     "Fjordhall Pavilion. On Wednesday the ministers also gathered with partners from Asia.", lang="en",
                     date="2024-07-11")
    summit = f["meetings"][0]
    assert summit["date"]["value"] == "2024-07-09"
    assert {"Oslo", "Fjordhall Pavilion"} <= set(place_names(f, summit))
    assert len(f["meetings"]) == 2
    assert place_names(f, f["meetings"][1]) == ["Oslo"]  # a day of the summit, in its city


def test_meetings_a_planned_summit_is_not_the_one_just_held(extract_text):
    f = extract_text("Leaders Ola Brekke and Aino Virta met on Thursday. The next summit will take place in Tallinn.",
                     lang="en", date="2024-07-11")
    assert [m["status"] for m in f["meetings"]] == ["past", "planned"]


def test_meetings_a_host_in_apposition_hosts_the_meeting(extract_text):
    f = extract_text("The summit opened on Tuesday in Oslo. President Lars Brekke, the summit's host, used the ceremony "
                     "to praise Prime Minister Aino Virta.", lang="en")
    assert host_names(f, only_meeting(f)) == {"Lars Brekke"}
    f = extract_text("Der Gipfel begann am Dienstag in Oslo. Präsident Lars Brekke, Gastgeber des Treffens, begrüßte die Delegationen.")
    assert host_names(f, only_meeting(f)) == {"Lars Brekke"}


def test_meetings_one_who_praises_the_host_is_a_guest(extract_text):
    # the host noun is the object of another verb: its subject does not host
    f = extract_text("Präsident Tom Oakes und Premier Jan Obel sind im Weißen Haus zu einem Gespräch zusammengekommen. "
                     "Obel lobte den Gastgeber.", date="2026-07-02")
    assert host_names(f, only_meeting(f)) == set()
    f = extract_text("President Tom Oakes and Prime Minister Jan Obel met at the White House on Tuesday. Obel praised "
                     "the host.", lang="en", date="2026-07-02")
    assert host_names(f, only_meeting(f)) == set()
    # a copula or a verb of chairing links the two
    f = extract_text("Die Außenminister der EU kamen am Montag in Brüssel zusammen. Polen führt den Vorsitz.",
                     date="2026-07-02")
    assert host_names(f, only_meeting(f)) == {"Poland"}


def test_meetings_the_day_before_a_meeting_dates_by_that_meeting(extract_text):
    for lang, text in (
        ("de", "Der Gipfel in Brüssel begann am Donnerstag. Am Tag vor dem Gipfel empfing Kanzler Bernd Vollmer den "
               "Präsidenten Ivo Marić in Berlin."),
        ("en", "The summit in Brussels opened on Thursday. On the eve of the summit, Chancellor Bernd Vollmer received "
               "President Ivo Maric in Berlin."),
    ):
        f = extract_text(text, lang=lang, date="2025-04-12")
        assert len(f["meetings"]) == 2, lang
        summit, visit = f["meetings"]
        assert summit["date"]["value"] == "2025-04-10" and visit["date"]["value"] == "2025-04-09", lang
        assert place_names(f, visit) == ["Berlin"], lang


def test_meetings_an_offer_to_host_talks_is_no_meeting(extract_text):
    f = extract_text("The pope renewed his offer to host talks between the two envoys at the Vatican.", lang="en")
    assert f["meetings"] == []


def test_meetings_a_state_that_hosts_is_where_the_meeting_is(extract_text):
    f = extract_text("Prime Minister Ewa Nowacka said Poland would host next year's conference.", lang="en")
    m = only_meeting(f)
    assert m["status"] == "planned"
    assert place_names(f, m) == ["Poland"]
    assert host_names(f, m) == {"Poland"}


def test_meetings_welcoming_a_decision_or_joining_exercises_is_no_meeting(extract_text):
    f = extract_text("Secretary Dana Ruiz welcomed Norway's decision to join the naval exercises planned for August.", lang="en")
    assert f["meetings"] == []
    f = extract_text("Prime Minister Aino Virta welcomed the decision.", lang="en")
    assert f["meetings"] == []


def test_meetings_a_phone_call_later_that_day_is_its_own_meeting(extract_text):
    f = extract_text("Secretary of State Dana Ruiz met Foreign Minister Ratna Siregar today in Washington. Earlier in the "
                     "day, the Secretary spoke by phone with Foreign Secretary Miguel Alcaraz.", lang="en", date="2026-05-20")
    assert len(f["meetings"]) == 2
    call = f["meetings"][1]
    assert call["virtual"] is True and call["date"]["value"] == "2026-05-20"
    assert attendee_names(f, call) == {"Dana Ruiz", "Miguel Alcaraz"}  # "the Secretary" is the Secretary of State


def test_meetings_a_meeting_with_someone_is_had_by_the_one_the_story_follows(extract_text):
    f = extract_text("Defence Minister Jonas Falkenrath will travel to Warsaw on Monday. A meeting with Secretary General "
                     "Ilse Brandt in Brussels is pencilled in for the same week.", lang="en")
    brussels = [m for m in f["meetings"] if "Brussels" in place_names(f, m)]
    assert len(brussels) == 1 and brussels[0]["status"] == "planned"
    assert attendee_names(f, brussels[0]) == {"Ilse Brandt", "Jonas Falkenrath"}


def test_meetings_absent_in_apposition_and_represented_by_a_deputy(extract_text):
    f = extract_text("Die Innenminister trafen sich am Donnerstag mit Ministerin Petra Lohse in Erfurt. Nicht dabei war "
                     "der Innensenator von Hamburg, Karl Wendt (SPD). Er ließ sich von seiner Stellvertreterin Ina Roth vertreten.")
    m = only_meeting(f)
    assert "Karl Wendt" in {a["name"] for a in f["actors"] if a["key"] in {x["actor"] for x in m["absent"]}}
    assert "Ina Roth" in attendee_names(f, m) and "Karl Wendt" not in attendee_names(f, m)
    f = extract_text("Ministers Ann Holt and Tove Lind met in Oslo on Monday. Denmark's minister Karl Wendt was represented "
                     "by his deputy Ina Roth.", lang="en")
    m = only_meeting(f)
    assert "Ina Roth" in attendee_names(f, m) and "Karl Wendt" not in attendee_names(f, m)


def test_meetings_a_feminine_role_refers_to_the_woman_with_that_role(extract_text):
    f = extract_text("Außenministerin Clara Winter und der norwegische Außenminister Lars Eik sprachen am Montag. "
                     "Am Dienstag hatte die Ministerin in Berlin mit dem Kollegen aus Schweden telefoniert.")
    call = [m for m in f["meetings"] if m["virtual"]]
    assert len(call) == 1 and "Clara Winter" in attendee_names(f, call[0])


def test_meetings_a_finer_date_of_the_same_meeting_wins(extract_text):
    f = extract_text("Außenministerin Clara Winter reist in dieser Woche nach Kanada. Wie das Auswärtige Amt mitteilte, "
                     "wird sie am Mittwoch in Ottawa ihre kanadische Amtskollegin Sophie Roy treffen.", date="2026-09-14")
    m = only_meeting(f)
    assert m["date"]["value"] == "2026-09-16" and m["status"] == "planned"


def test_meetings_on_the_programme_is_planned(extract_text):
    f = extract_text("Am Freitag steht ein Besuch bei der Arktis-Konferenz in Iqaluit auf dem Programm.", date="2026-09-14")
    assert only_meeting(f)["status"] == "planned"


def test_meetings_an_english_present_tense_with_a_day_is_a_schedule(extract_text):
    f = extract_text("On Wednesday, Commission President Ilse Brandt travels to Ottawa for talks with Prime Minister "
                     "Paul Gagnon.", lang="en", date="2026-06-07")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2026-06-10"
    f = extract_text("On Wednesday, President Ilse Brandt met Prime Minister Paul Gagnon in Ottawa.", lang="en", date="2026-06-07")
    assert only_meeting(f)["status"] == "past" and only_meeting(f)["date"]["value"] == "2026-06-03"
    # (a "y" after a consonant becomes "ies": "flies", as "travels")
    f = extract_text("President Ilse Brandt flies to Ottawa on Wednesday.", lang="en", date="2026-06-07")
    assert only_meeting(f)["status"] == "planned" and only_meeting(f)["date"]["value"] == "2026-06-10"


@pytest.mark.parametrize("text,lang", [
    ("Prime Minister Jan Obel met President Ivo Marić in Rome on Saturday. The two leaders agreed to keep up regular "
     "visits.", "en"),
    ("Prime Minister Jan Obel met President Ivo Marić in Rome on Saturday. The two leaders agreed to meet regularly.", "en"),
    ("Kanzler Jan Obel traf am Samstag in Rom Präsident Ivo Marić. Beide vereinbarten regelmäßige Konsultationen.", "de"),
    ("Kanzler Jan Obel traf am Samstag in Rom Präsident Ivo Marić. Die beiden wollen sich künftig regelmäßig treffen.", "de"),
])
def test_meetings_a_custom_agreed_for_the_future_is_no_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-08-24")
    assert only_meeting(f)["date"]["value"] == "2025-08-23"  # Saturday's, and no undated one to come


def test_meetings_a_regular_meeting_with_a_day_is_one_meeting(extract_text):
    f = extract_text("The foreign ministers will meet for their regular session on Monday.", lang="en",
                     date="2025-08-20")
    assert only_meeting(f)["status"] == "planned" and only_meeting(f)["date"]["value"] == "2025-08-25"


def test_meetings_a_meeting_a_journey_is_for_comes_after_the_journey(extract_text):
    f = extract_text("Prime Minister Jan Obel is due to fly to Washington on Sunday for a meeting with President Ivo "
                     "Marić on Monday.", lang="en", date="2025-08-22")
    flight, meeting = f["meetings"]
    assert flight["date"]["value"] == "2025-08-24" and attendee_names(f, flight) == {"Jan Obel"}
    # the Monday after the Sunday of the flight, with the one who flies there
    assert meeting["status"] == "planned" and meeting["date"]["value"] == "2025-08-25"
    assert attendee_names(f, meeting) == {"Jan Obel", "Ivo Marić"} and place_names(f, meeting) == ["Washington"]
    f = extract_text("Kanzler Jan Obel flog am Sonntag nach Washington zu einem Treffen mit Präsident Ivo Marić am Montag.",
                     date="2025-08-28")
    flight, meeting = f["meetings"]
    assert meeting["status"] == "past" and meeting["date"]["value"] == "2025-08-25"
    assert attendee_names(f, meeting) == {"Jan Obel", "Ivo Marić"}


def test_meetings_the_subject_of_an_english_present_passive_is_no_host(extract_text):
    f = extract_text("On Monday, EU foreign ministers gather in Luxembourg, chaired by Ilse Brandt. Foreign Minister "
                     "Taras Melnyk is invited to join them over lunch.", lang="en", date="2026-06-07")
    m = only_meeting(f)
    assert host_names(f, m) == {"Ilse Brandt"}
    assert "Taras Melnyk" in attendee_names(f, m)


def test_meetings_a_headline_city_is_not_added_to_a_meeting_in_another_state(extract_text):
    f = extract_text("The week ahead in Brussels\n\nOn Monday, EU foreign ministers led by Ilse Brandt gather in "
                     "Luxembourg for their monthly council.", lang="en", date="2026-06-07")
    assert place_names(f, only_meeting(f)) == ["Luxembourg"]


def test_meetings_a_plan_that_did_not_come_true_is_an_absence(extract_text):
    f = extract_text("President Ivo Maric hosted Prime Minister Ola Brekke in Zagreb on Wednesday. Prime Minister Aino "
                     "Virta had been due to join Wednesday's talks but stayed in Helsinki because of a vote.",
                     lang="en", date="2026-04-23")
    m = only_meeting(f)
    assert place_names(f, m) == ["Zagreb"] and m["status"] == "past"
    absent = {a["name"] for a in f["actors"] if a["key"] in {x["actor"] for x in m["absent"]}}
    assert absent == {"Aino Virta"}


def test_meetings_a_later_sentence_with_the_same_people_is_the_same_meeting(extract_text):
    f = extract_text("President Ivo Maric hosted the prime ministers Ola Brekke and Aino Virta in Zagreb on Wednesday. "
                     "Brekke and Virta arrived by train and laid flowers before sitting down with Maric.",
                     lang="en", date="2026-04-23")
    m = only_meeting(f)
    assert attendee_names(f, m) >= {"Ivo Maric", "Ola Brekke", "Aino Virta"}


def test_meetings_the_president_of_a_state_in_apposition_is_the_guest(extract_text):
    f = extract_text("Am Montag empfängt Bundespräsident Frank-Walter Steinmeier den Präsidenten von Ghana, Kwame Mensah, "
                     "mit militärischen Ehren im Schloss Bellevue.", date="2026-05-03")
    m = only_meeting(f)
    assert host_names(f, m) == {"Frank-Walter Steinmeier"}
    assert attendee_names(f, m) == {"Frank-Walter Steinmeier", "Kwame Mensah"}
    assert place_names(f, m)[0] == "Bellevue Palace" and m["status"] == "planned"
    mensah = next(a for a in f["actors"] if a["name"] == "Kwame Mensah")
    assert mensah["country"] == "GH"


def test_meetings_months_ago_dates_by_calendar_month(extract_text):
    f = extract_text("Three months ago, the leaders of France and Poland met at Weimar.", lang="en", date="2026-07-20")
    assert only_meeting(f)["date"]["value"] == "2026-04"
    f = extract_text("Vor drei Monaten trafen sich die Staatschefs Frankreichs und Polens in Weimar.", date="2026-07-20")
    assert only_meeting(f)["date"]["value"] == "2026-04"


def test_meetings_they_are_everyone_the_sentence_before_named(extract_text):
    f = extract_text("President Ana Lobo, Chancellor Jan Ries and Prime Minister Ola Berg spoke for an hour on Monday, "
                     "according to officials. They agreed to hold their next summit in Kraków.", lang="en", date="2026-07-20")
    talk, summit = f["meetings"]
    assert attendee_names(f, talk) == {"Ana Lobo", "Jan Ries", "Ola Berg"}  # several people talking: a meeting
    assert attendee_names(f, summit) == {"Ana Lobo", "Jan Ries", "Ola Berg"} and summit["status"] == "planned"
    f = extract_text("President Ana Lobo and Chancellor Jan Ries spoke to reporters on Monday.", lang="en")
    assert f["meetings"] == []


def test_meetings_the_details_after_a_lead_are_the_lead_meeting(extract_text):
    f = extract_text("Foreign Secretary Alan Brisk has held talks with his Irish counterpart in Dublin. Mr Brisk met "
                     "Tánaiste Niamh Carey at Harcourt Lodge on Thursday morning.", lang="en", date="2026-10-02")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Alan Brisk", "Niamh Carey"}
    assert m["date"]["value"] == "2026-10-01" and set(place_names(f, m)) >= {"Dublin", "Harcourt Lodge"}


def test_meetings_a_counterpart_named_right_after_a_meeting_was_at_it(extract_text):
    f = extract_text("Die Minister berieten am Montag in Luxemburg. Für Deutschland nahm Minister Georg Attmann teil. "
                     "Seine französische Kollegin Élise Marchal unterstützte den Vorstoß.", date="2026-06-16")
    assert {"Georg Attmann", "Élise Marchal"} <= attendee_names(f, only_meeting(f))
    # a colleague of one's party is no counterpart: not thereby at the meeting
    f = extract_text("Die Minister berieten am Montag in Luxemburg. Ihr Parteikollege Tom Reuter sagte, man werde dagegen "
                     "stimmen.", date="2026-06-16")
    assert "Tom Reuter" not in attendee_names(f, only_meeting(f))


def test_meetings_landwirtschaftsminister_is_the_agriculture_minister(extract_text):
    f = extract_text("Bundeslandwirtschaftsminister Georg Attmann traf am Montag in Luxemburg seine Amtskollegin Ana Ruiz.",
                     date="2026-06-16")
    attmann = next(a for a in f["actors"] if a["name"] == "Georg Attmann")
    assert attmann["role"] == "Agriculture Minister"


def test_meetings_coordinated_appositions_are_all_hosts(extract_text):
    f = extract_text("Norway's foreign minister, Eirik Dahl, and its defence minister, Sigrid Holm, welcomed both "
                     "delegations in Oslo on Tuesday.", lang="en")
    assert host_names(f, only_meeting(f)) == {"Eirik Dahl", "Sigrid Holm"}


def test_meetings_a_german_plural_present_with_a_date_to_come_is_planned(extract_text):
    f = extract_text("Vom 3. bis 5. März tagen die Verteidigungsminister Estlands und Lettlands in Riga.", date="2026-02-20")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2026-03-03"
    f = extract_text("Kanzlerin Ida Brand hat am Mittwoch den Premier Ivo Kral, der aus Prag kam, im Kanzleramt empfangen.",
                     date="2026-05-20")
    assert only_meeting(f)["status"] == "past"


@pytest.mark.parametrize("told, status, day", [
    ("Am Freitag ist Außenministerin Ida Brand in Riga zu Gast bei ihrem Amtskollegen Juris Kalns.", "planned", "2026-03-13"),
    ("Am Montag war Außenministerin Ida Brand in Riga zu Gast bei ihrem Amtskollegen Juris Kalns.", "past", "2026-03-09"),
    ("Am Montag ist Außenministerin Ida Brand in Riga zu Gast bei ihrem Amtskollegen Juris Kalns gewesen.", "past",
     "2026-03-09"),
])
def test_meetings_being_a_guest_is_in_the_tense_of_its_copula(extract_text, told, status, day):
    # the article is of Thursday: "ist am Freitag zu Gast" is tomorrow's visit, "war am Montag" this week's
    m = only_meeting(extract_text(told, date="2026-03-12"))
    assert (m["status"], m["date"]["value"]) == (status, day)


def test_meetings_a_stay_as_a_guest_under_way_is_no_plan(extract_text):
    m = only_meeting(extract_text("Außenministerin Ida Brand ist derzeit in Riga zu Gast.", date="2026-03-12"))
    assert m["status"] == "past"


def test_meetings_a_meeting_noun_dated_ahead_in_a_present_clause_is_to_come(extract_text):
    # "im Juni" in a May article with a present verb: this June, to come
    f = extract_text("Generalsekretärin Ana Ruiz zeigte sich zuversichtlich, dass beim Gipfel in Oslo im Juni eine "
                     "Einigung gelingt.", date="2027-05-15")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-06"
    # a preterite tells a summit held: last June
    f = extract_text("Beim Gipfel in Oslo im Juni einigten sich die Staaten auf neue Ziele.", date="2027-05-15")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2026-06"
    # a plural present is the infinitive's form: "stehen" is a verb, as the lemma of "steht"
    f = extract_text("Im Mittelpunkt stehen die Vorbereitung des Gipfels in Oslo im Juni und die Finanzen.",
                     date="2027-05-15")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-06"
    # an infinitive after a modal of the past, an adjective in -en: last June
    for told in ("Beim Gipfel in Oslo im Juni konnten die Staaten keine Erklärung verabschieden.",
                 "Beim Gipfel in Oslo im Juni blieben viele Fragen offen."):
        m = only_meeting(extract_text(told, date="2027-05-15"))
        assert m["status"] == "past" and m["date"]["value"] == "2026-06", told
    # a month already past this year is no sign of what is to come
    f = extract_text("Beim Gipfel in Oslo im Februar geht es um Geld.", date="2027-05-15")
    assert only_meeting(f)["status"] == "past"
    # a weekday with the present of the verb the noun takes is a schedule ("führen" is no journey, "fahren")
    f = extract_text("Am Dienstag führen die Präsidenten Jan Obel und Lars Grube in Oslo ein Gespräch.", date="2027-06-10")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-06-15" and m["kind"] == "gespräch"
    f = extract_text("Am Dienstag führten die Präsidenten Jan Obel und Lars Grube in Oslo ein Gespräch.", date="2027-06-10")
    assert only_meeting(f)["status"] == "past"


def test_meetings_sideline_talks_with_several_partners_among_others_are_bilaterals(extract_text):
    f = extract_text("The summit in Oslo opened on Friday. On the margins, President Ana Lobo held private talks with "
                     "Prime Minister Ola Berg and President Ivo Maric, among others.", lang="en")
    pairs = sorted(sorted(attendee_names(f, m)) for m in f["meetings"][1:])
    assert pairs == [["Ana Lobo", "Ivo Maric"], ["Ana Lobo", "Ola Berg"]]
    f = extract_text("Der Gipfel in Oslo begann am Freitag. Am Rande traf Präsidentin Ana Lobo jeweils zu Gesprächen "
                     "Premier Ola Berg und Präsident Ivo Maric.")
    assert len(f["meetings"]) == 3


def test_meetings_a_breakfast_is_a_meeting(extract_text):
    f = extract_text("On Friday, Prime Minister Ana Lobo had breakfast with President Ivo Maric in Vienna.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Ana Lobo", "Ivo Maric"}
    f = extract_text("Am Freitag lud Kanzlerin Ana Lobo Präsident Ivo Maric in Wien zum Frühstück.")
    assert attendee_names(f, only_meeting(f)) == {"Ana Lobo", "Ivo Maric"}


def test_meetings_a_meeting_before_another_is_its_own(extract_text):
    f = extract_text("EU leaders will gather in Brussels on Thursday for a summit. Before the summit, President Lucas "
                     "Morel will have breakfast with Prime Minister Pieter Claas on Thursday morning.", lang="en",
                     date="2026-03-19")
    assert len(f["meetings"]) == 2
    assert attendee_names(f, f["meetings"][1]) == {"Lucas Morel", "Pieter Claas"}


def test_meetings_the_two_are_the_two_just_named(extract_text):
    f = extract_text("Foreign Secretary Alan Brisk met Tánaiste Niamh Carey in Dublin on Thursday. The two also had lunch "
                     "with business leaders on Friday.", lang="en", date="2026-10-02")
    lunch = f["meetings"][1]
    assert {"Alan Brisk", "Niamh Carey"} <= attendee_names(f, lunch)


def test_meetings_a_host_state_is_hosted_by_its_leader_there_and_is_no_attendee(extract_text):
    f = extract_text("Portugal and Chile are co-hosting the two-day conference in Porto, and Portugal's prime minister, "
                     "Rui Valente, opened it on Monday alongside Chilean Foreign Minister Inés Araya.", lang="en")
    m = only_meeting(f)
    assert host_names(f, m) == {"Portugal", "Chile", "Rui Valente"}  # a foreign minister leads no state
    assert attendee_names(f, m) == {"Rui Valente", "Inés Araya"}
    g = extract_text("Die Konferenz in Porto richtet Portugal aus; Regierungschef Rui Valente eröffnete sie am Montag.")
    m = only_meeting(g)
    assert "Portugal" not in attendee_names(g, m) and "Portugal" in host_names(g, m)


def test_meetings_a_state_in_the_genitive_before_a_person_is_whose_the_person_is(extract_text):
    f = extract_text("Estonia's Mart Kalvik and Latvia's Ilze Berzina met in Riga on Monday.", lang="en")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Mart Kalvik", "Ilze Berzina"}
    assert {a["name"]: a["country"] for a in f["actors"] if a["type"] == "person"} == {"Mart Kalvik": "EE", "Ilze Berzina": "LV"}


def test_meetings_a_place_set_before_the_clause_is_where_it_happened(extract_text):
    f = extract_text("In Brussels, Jan Obel met Lars Grube on Tuesday.", lang="en")
    assert place_names(f, only_meeting(f)) == ["Brussels"]
    f = extract_text("At the Monteverde convention centre, Jan Obel met Lars Grube on Tuesday.", lang="en")
    assert place_names(f, only_meeting(f)) == ["Monteverde convention centre"]
    # an opening phrase that is no place sets none
    f = extract_text("In a statement, Jan Obel said he had met Lars Grube.", lang="en")
    assert only_meeting(f)["places"] == []


def test_meetings_a_meeting_noun_qualifying_another_noun_is_no_meeting(extract_text):
    f = extract_text("Jan Obel, the envoy for the conference series, met Lars Grube in Oslo on Tuesday.", lang="en")
    assert [m["trigger"] for m in f["meetings"]] == ["met"]


def test_meetings_a_title_or_a_peak_is_no_meeting_word(extract_text):
    # a capitalised title before a name is no verb of hosting; a summit noun reached after a possessive is a peak
    f = extract_text("Bank Chair Jan Obel spoke to reporters in Oslo on Tuesday.", lang="en")
    assert f["meetings"] == []
    f = extract_text("Die Zahl der Anträge hat im Herbst ihren Gipfel erreicht, sagte Ministerin Alma Keller.")
    assert f["meetings"] == []
    f = extract_text("Ministerin Alma Keller hat ihren Gipfel in Oslo am Dienstag eröffnet.")
    assert len(f["meetings"]) == 1


def test_meetings_co_chairs_named_with_long_appositions_both_host_a_side_meeting(extract_text):
    f = extract_text(
        "Leaders opened the Harbour Forum at the Monteverde convention centre in Lisbon on Thursday. In a side room at "
        "Monteverde, Norway's state secretary for development, Sigrun Aasvik, and Chile's special envoy for the "
        "conference series, Tomás Erraz, co-chaired a closed meeting on ports.", lang="en", date="2025-07-10")
    side = [m for m in f["meetings"] if m["trigger"] != "Forum"][-1]
    assert host_names(f, side) == {"Sigrun Aasvik", "Tomás Erraz"}
    assert side["date"]["value"] == "2025-07-10"


def test_meetings_a_name_before_a_lowercase_building_noun_is_a_venue_not_a_person(extract_text):
    f = extract_text("Last month's informal retreat at Kevin Marlow castle in Belgium ended without agreement.", lang="en")
    m = only_meeting(f)
    assert place_names(f, m)[0] == "Kevin Marlow castle" and m["attendees"] == []
    f = extract_text("Ministers Jan Obel and Lars Grube opened the ocean forum in Lisbon on Tuesday.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Lars Grube"}


def test_meetings_a_sentence_that_names_a_day_and_no_meeting_moves_the_story_to_that_day(extract_text):
    f = extract_text("Minister Arno Vitt met Lars Grube in Oslo on Friday. Energy dominated Wednesday's opening day. "
                     "Arno Vitt also concluded a pact with Mia Sand. In the evening, Lars Grube hosted the ministers "
                     "for dinner in Bergen.", lang="en", date="2025-04-11")
    assert [m["date"]["value"] for m in f["meetings"]] == ["2025-04-11", "2025-04-09", "2025-04-09"]


def test_meetings_and_then_tells_the_next_meeting_of_the_same_subject(extract_text):
    f = extract_text("Arno Vitt attended the opening session in Oslo on Tuesday and then signed an agreement with "
                     "Lars Grube.", lang="en", date="2025-04-11")
    first, second = f["meetings"]
    assert attendee_names(f, first) == {"Arno Vitt"} and attendee_names(f, second) == {"Arno Vitt", "Lars Grube"}
    assert place_names(f, second) == ["Oslo"] and second["date"]["value"] == "2025-04-08"


def test_meetings_states_acting_together_after_sideline_talks_are_at_the_main_meeting(extract_text):
    f = extract_text("Leaders met in Oslo on Tuesday for the Nordic summit. On the sidelines, Arno Vitt held talks with "
                     "Lars Grube. The leaders of Norway, Sweden and Finland agreed to fund a new railway.", lang="en",
                     date="2025-04-11")
    summit, talks = f["meetings"]
    assert {"Norway", "Sweden", "Finland"} <= attendee_names(f, summit)
    assert attendee_names(f, talks) == {"Arno Vitt", "Lars Grube"}


def test_meetings_an_organisation_whose_people_meet_takes_part_but_not_as_guests(extract_text):
    f = extract_text("NATO leaders met in Washington on Thursday.", lang="en")
    assert "NATO" in attendee_names(f, only_meeting(f))
    f = extract_text("In the evening, President Arno Vitt hosted the G7 leaders for dinner in Rome.", lang="en")
    assert "G7" not in attendee_names(f, only_meeting(f))


def test_meetings_who_did_not_accompany_someone_to_a_meeting_is_absent_from_it(extract_text):
    f = extract_text("Arno Vitt met Lars Grube at Chequers on Thursday. Mia Vitt did not accompany her husband to "
                     "Chequers and remained at Windsor.", lang="en")
    assert [a["actor"] for a in only_meeting(f)["absent"]] == ["person:mia-vitt"]
    f = extract_text("Arno Vitt traf Lars Grube am Donnerstag in Chequers. Mia Vitt begleitete ihren Mann nicht nach "
                     "Chequers und blieb in Windsor.")
    assert [a["actor"] for a in only_meeting(f)["absent"]] == ["person:mia-vitt"]


def test_meetings_an_officeholder_at_their_own_seat_hosts(extract_text):
    f = extract_text("Lars Grube will meet US President Arno Vitt at the White House on Monday.", lang="en")
    assert host_names(f, only_meeting(f)) == {"Arno Vitt"}
    f = extract_text("Der französische Präsident Arno Vitt traf Lars Grube am Montag im Kanzleramt.")
    assert host_names(f, only_meeting(f)) == set()  # the Kanzleramt is the German chancellor's


def test_meetings_a_capital_after_represented_stands_for_its_state(extract_text):
    f = extract_text("Leaders met in Oslo on Tuesday. Ana Vitt skipped the summit; her deputy, Defence Minister Lars "
                     "Grube, represented Canberra instead.", lang="en")
    m = only_meeting(f)
    assert {"Lars Grube", "Australia"} <= attendee_names(f, m) and place_names(f, m) == ["Oslo"]
    f = extract_text("Die Minister trafen sich am Dienstag in Oslo; Lars Grube vertrat Warschau.")
    m = only_meeting(f)
    assert {"Lars Grube", "Poland"} <= attendee_names(f, m) and place_names(f, m) == ["Oslo"]


def test_meetings_die_before_a_masculine_role_is_a_group_that_meets(extract_text):
    f = extract_text("Die Minister trafen sich am Dienstag in Oslo.")
    assert place_names(f, only_meeting(f)) == ["Oslo"]
    # a feminine role ("die Außenbeauftragte") is one person: the one named before
    f = extract_text("Die Außenbeauftragte Marit Solheim traf am Montag in Brüssel Lars Grube. Danach reiste die "
                     "Außenbeauftragte nach Kiew.")
    assert attendee_names(f, f["meetings"][-1]) == {"Marit Solheim"}
    # the ministers of named states: the states take part
    f = extract_text("Die Innenminister Polens und Tschechiens trafen sich am Dienstag in Oslo.")
    assert attendee_names(f, only_meeting(f)) == {"Poland", "Czech Republic"}


def test_meetings_a_hyphenated_office_names_its_holder_and_refers_back_to_them(extract_text):
    f = extract_text("The Secretary-General, Amara Okonkwo, met Tomás Irarrázaval in Oslo on Monday. In the afternoon, "
                     "the Secretary-General spoke by phone with the President of Kenya, Daniel Wafula.", lang="en")
    okonkwo = next(a for a in f["actors"] if a["name"] == "Amara Okonkwo")
    assert okonkwo["role"] == "Secretary General"
    assert attendee_names(f, f["meetings"][-1]) == {"Amara Okonkwo", "Daniel Wafula"}


def test_meetings_ministers_of_named_states_meet_as_their_states_and_unnamed_ones_as_a_group(extract_text):
    f = extract_text("Foreign ministers from France, Germany and Poland gathered in Warsaw on Monday.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"France", "Germany", "Poland"}
    f = extract_text("Foreign ministers gathered in Warsaw on Monday.", lang="en")
    assert place_names(f, only_meeting(f)) == ["Warsaw"]


def test_meetings_a_meeting_talked_about_is_not_the_talk(extract_text):
    f = extract_text("Amara Okonkwo met Tomás Irarrázaval this morning at United Nations Headquarters. They discussed "
                     "preparations for the climate conference in Belém next month. In the afternoon, Okonkwo spoke "
                     "by phone with Daniel Wafula about the peace talks for Sudan.", lang="en", date="2026-11-23")
    met, conference, call = f["meetings"]
    assert place_names(f, met) == ["United Nations Headquarters"] and met["date"]["value"] == "2026-11-23"
    assert conference["attendees"] == [] and place_names(f, conference)[0] == "Belém"
    assert attendee_names(f, call) == {"Amara Okonkwo", "Daniel Wafula"} and call["virtual"] is True


def test_meetings_who_was_ill_is_absent(extract_text):
    f = extract_text("Ministers met in Warsaw on Monday. Germany was represented by Katrin Lohse, because Foreign "
                     "Minister Jonas Brenner was ill.", lang="en")
    m = only_meeting(f)
    assert [a["actor"] for a in m["absent"]] == ["person:jonas-brenner"] and "Katrin Lohse" in attendee_names(f, m)
    f = extract_text("Die Minister trafen sich am Montag in Warschau. Außenminister Jonas Brenner war erkrankt.")
    assert [a["actor"] for a in only_meeting(f)["absent"]] == ["person:jonas-brenner"]
    # "ill" that is no illness of anyone there absents no one
    f = extract_text("Jan Obel and Lars Grube met at the ill-fated summit in Oslo on Monday.", lang="en")
    assert only_meeting(f)["absent"] == []


def test_meetings_a_meeting_where_something_was_discussed_keeps_its_people(extract_text):
    f = extract_text("Jan Obel and Lars Grube discussed trade at their meeting in Oslo on Monday.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Lars Grube"}
    f = extract_text("Jan Obel und Lars Grube besprachen bei ihrem Treffen in Oslo am Montag den Handel.")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Lars Grube"}


def test_meetings_a_chronology_in_the_present_tense_tells_the_past(extract_text):
    # "3. Dezember: X empfängt Y": a recap's present tense, not a schedule; the date is last December
    f = extract_text("3. Dezember: Der ägyptische Außenminister Karim Soliman empfängt in Kairo den Sondergesandten Henrik Dalgaard.",
                     date="2027-03-02")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2026-12-03"
    ahead = extract_text("Am 20. März empfängt Außenminister Karim Soliman in Kairo den Sondergesandten Henrik Dalgaard.",
                         date="2027-03-02")
    m = only_meeting(ahead)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-03-20"


def test_meetings_states_named_as_hosts_in_the_next_sentence(extract_text):
    f = extract_text("Am Montag begannen in Dschidda indirekte Gespräche zwischen den Konfliktparteien. "
                     "Gastgeber sind Saudi-Arabien und die USA.")
    m = only_meeting(f)
    assert host_names(f, m) == {"Saudi Arabia", "United States"}


def test_meetings_an_organisation_invites(extract_text):
    f = extract_text("In Addis Abeba soll kommende Woche auf Einladung der Afrikanischen Union eine weitere Gesprächsrunde stattfinden.")
    m = only_meeting(f)
    assert host_names(f, m) == {"African Union"}
    assert place_names(f, m) == ["Addis Ababa"] and m["status"] == "planned"


def test_meetings_a_building_named_after_its_square(extract_text):
    f = extract_text("Außenministerin Verena Hollauf hat am Donnerstag ihren Amtskollegen Tomáš Brabec im Palais am Minoritenplatz empfangen.")
    assert place_names(f, only_meeting(f)) == ["Palais am Minoritenplatz"]
    # a weekday after "am" is no square: the building keeps its own name
    f = extract_text("Kanzler Bernd Vollmer empfing Premier Ivo Marić im Palais am Montag.")
    assert place_names(f, only_meeting(f)) == ["Palais"]


def test_meetings_a_state_inside_the_topic_is_no_place(extract_text):
    f = extract_text("Minister Malte Jessen hat am Montag mit seinem Kollegen Darius Paulauskas über die Brigade in Litauen gesprochen.")
    assert place_names(f, only_meeting(f)) == []
    # a city after the topic is where the talks were
    f = extract_text("Die Minister Jan Obel und Lars Grube berieten am Montag über die Ukraine in Genf.")
    assert place_names(f, only_meeting(f)) == ["Geneva"]


def test_meetings_a_noun_refers_back_to_the_meeting_its_verb_told(extract_text):
    f = extract_text("Die Verteidigungsminister Jan Obel und Lars Grube berieten am Donnerstag in Brüssel. "
                     "Am Abend trafen sich die Minister zu einem Abendessen. "
                     "Der ungarische Minister Gábor Farkas fehlte bei den Beratungen.", date="2027-02-12")
    names = {a["key"]: a["name"] for a in f["actors"]}
    [talks] = [m for m in f["meetings"] if m["trigger"] == "berieten"]
    assert [names[a["actor"]] for a in talks["absent"]] == ["Gábor Farkas"]
    assert all(not m["absent"] for m in f["meetings"] if m is not talks)


def test_meetings_dated_in_digits(extract_text):
    f = extract_text("Ministerpräsidentin Anna Berg hat am 12.03.2027 den Botschafter Davor Horvat in Mainz empfangen.", date="2027-03-15")
    assert only_meeting(f)["date"]["value"] == "2027-03-12"


def test_meetings_a_subject_in_apposition_stays_away(extract_text):
    f = extract_text("Leaders met in Stresa on Friday. Hungary's prime minister, Zoltán Bakos, did not attend, "
                     "sending his foreign minister, Péter Halmi, in his place.", lang="en")
    m = only_meeting(f)
    names = {a["key"]: a["name"] for a in f["actors"]}
    assert [names[a["actor"]] for a in m["absent"]] == ["Zoltán Bakos"]
    assert "Péter Halmi" in attendee_names(f, m) and "Zoltán Bakos" not in attendee_names(f, m)


@pytest.mark.parametrize("text, lang", [
    ("Leaders met in Stresa on Friday for a summit dominated by the war in Ukraine.", "en"),
    ("Die Minister Jan Obel und Lars Grube berieten am Freitag in Stresa über den Krieg in der Ukraine.", "de"),
])
def test_meetings_the_place_of_a_war_is_no_meeting_place(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    assert place_names(f, only_meeting(f)) == ["Stresa"]


def test_meetings_a_pronoun_travels(extract_text):
    f = extract_text("Secretary of State Ellen Rourke spoke to reporters in Washington on Monday. "
                     "She is due to travel to Nairobi next month.", lang="en")
    [trip] = [m for m in f["meetings"] if m["status"] == "planned"]
    assert attendee_names(f, trip) == {"Ellen Rourke"} and place_names(f, trip) == ["Nairobi"]


def test_meetings_the_place_wo_stands_for(extract_text):
    f = extract_text("Erste Station ist Hanoi, wo Kanzler Thomas Brandt am Donnerstag von Ministerpräsident Nguyen Van Hai "
                     "empfangen wird.", date="2027-05-03")
    m = only_meeting(f)
    assert place_names(f, m) == ["Hanoi"] and host_names(f, m) == {"Nguyen Van Hai"}


def test_meetings_what_follows_anschliessend_is_another_meeting_of_the_same_people(extract_text):
    f = extract_text("Am Donnerstag empfängt Ministerpräsident Nguyen Van Hai Kanzler Thomas Brandt in Hanoi. "
                     "Anschließend sind Gespräche über Rohstoffe geplant.", date="2027-05-03")
    assert len(f["meetings"]) == 2
    talks = f["meetings"][1]
    assert attendee_names(f, talks) == {"Nguyen Van Hai", "Thomas Brandt"}
    assert talks["date"]["value"] == "2027-05-06" and place_names(f, talks) == ["Hanoi"]


def test_meetings_dort_is_the_city_and_day_of_the_journey(extract_text):
    f = extract_text("Am Freitag fliegt Kanzler Thomas Brandt weiter nach Jakarta. Dort trifft er Präsident Budi Santoso "
                     "im Präsidentenpalast.", date="2027-05-03")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Thomas Brandt", "Budi Santoso"}
    assert m["date"]["value"] == "2027-05-07" and {"Jakarta", "Präsidentenpalast"} <= set(place_names(f, m))


def test_meetings_a_region_is_no_town(extract_text):
    f = extract_text("Kanzler Thomas Brandt reist am Mittwoch nach Südostasien.", date="2027-05-03")
    assert all(p["key"] != "city:sudostasien" for p in f["places"])


def test_meetings_standing_in_for_a_person_makes_them_absent(extract_text):
    f = extract_text("Kanzler Thomas Brandt reist nach Hanoi. Vizekanzlerin Sabine Roth bleibt in Berlin und vertritt "
                     "den Kanzler bei der Kabinettssitzung.", date="2027-05-03")
    [cabinet] = [m for m in f["meetings"] if m["trigger"] == "Kabinettssitzung"]
    names = {a["key"]: a["name"] for a in f["actors"]}
    assert attendee_names(f, cabinet) == {"Sabine Roth"}
    assert [names[a["actor"]] for a in cabinet["absent"]] == ["Thomas Brandt"]
    # a state after the verb is represented, not absent
    f = extract_text("Die Außenminister Jan Obel und Lars Grube berieten in Wien. Staatssekretär Piet Varga vertrat Deutschland.")
    m = only_meeting(f)
    assert {"Piet Varga", "Germany"} <= attendee_names(f, m) and not m["absent"]


def test_meetings_a_format_names_the_meeting_and_does_not_attend(extract_text):
    # the dev set's convention: a G20 meeting lists its members, not the G20
    f = extract_text("Nun soll ein Treffen am Rande des G20-Außenministertreffens im Juli in Durban die Beziehungen "
                     "wieder in Gang bringen.", date="2027-05-20")
    assert f["meetings"] and all(not a["actor"].startswith("org:") for m in f["meetings"] for a in m["attendees"])


def test_meetings_before_the_formal_session_is_where_that_session_is(extract_text):
    f = extract_text("Negotiators from Armenia and Azerbaijan resumed talks in Geneva on Monday. Foreign Minister Aram "
                     "Petrosyan and Foreign Minister Elnur Guliyev met privately on Sunday evening before the formal "
                     "session opened.", lang="en", date="2027-11-15")
    [private] = [m for m in f["meetings"] if "Aram Petrosyan" in attendee_names(f, m)]
    assert place_names(f, private) == ["Geneva"] and private["date"]["value"] == "2027-11-14"


def test_meetings_a_headline_is_the_story_the_body_tells(extract_text):
    # two statements joined by a dash in a headline keep their cues apart; the body's dated mention is the
    # headline's meeting, not a second one
    f = extract_text("Lind empfängt Varga – Gipfel in Prag abgesagt\n\nRegierungschefin Ulla Lind hat am Montag "
                     "Präsident Janos Varga in Stockholm empfangen.", date="2027-06-09")
    received = [m for m in f["meetings"] if "Janos Varga" in attendee_names(f, m)]
    assert len(received) == 1, [m["trigger"] for m in f["meetings"]]
    assert received[0]["status"] == "past" and place_names(f, received[0]) == ["Stockholm"]
    assert received[0]["date"]["value"] == "2027-06-07"
    # an English headline's "X to host Y" tells a plan: the body's meeting, to come
    f = extract_text("Hale to host Varga at White House on Friday\n\nPresident Tom Hale will host President Janos Varga at "
                     "the White House on Friday, an official said.", lang="en", date="2027-06-09")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-06-11"


def test_meetings_postponed_to_a_new_date_is_called_off_and_planned_again(extract_text):
    f = extract_text("Die für kommende Woche in Krakau geplante Konferenz der Außenminister Jan Obel und Lars Grube "
                     "wurde auf Juni verschoben.", date="2027-04-14")
    by_status = {m["status"]: m for m in f["meetings"]}
    assert set(by_status) == {"cancelled", "planned"}
    assert by_status["cancelled"]["date"]["value"] == "2027-04"
    assert by_status["planned"]["date"]["value"] == "2027-06"
    assert place_names(f, by_status["planned"]) == ["Kraków"]
    f = extract_text("The meeting of foreign ministers Ann Obel and Lars Grube in Oslo was postponed to June.",
                     lang="en", date="2027-04-14")
    assert {m["status"] for m in f["meetings"]} == {"cancelled", "planned"}


def test_meetings_talks_adjourned_after_they_sat_were_held(extract_text):
    # the headline's word of putting off, over a body that tells the round as ended
    f = extract_text("Verhandlungen in Krakau vertagt\n\nDie Verhandlungsrunde der Minister Jan Obel und Lars Grube ist "
                     "am Montag in Krakau ohne Einigung zu Ende gegangen.", date="2027-04-14")
    assert [m["status"] for m in f["meetings"]] == ["past"]
    # adjourned to a new day: held, and the sequel planned where and with whom it sat
    f = extract_text("Die Verhandlungsrunde der Minister Jan Obel und Lars Grube ist am Montag in Krakau ohne Einigung "
                     "zu Ende gegangen. Die Gespräche wurden auf den 3. Mai vertagt.", date="2027-04-14")
    by_status = {m["status"]: m for m in f["meetings"]}
    assert set(by_status) == {"past", "planned"}
    assert by_status["past"]["date"]["value"] == "2027-04-12"
    assert by_status["planned"]["date"]["value"] == "2027-05-03"
    assert place_names(f, by_status["planned"]) == ["Kraków"]
    assert attendee_names(f, by_status["planned"]) == {"Jan Obel", "Lars Grube"}
    # (put off before it sat, it is called off on its first day)
    f = extract_text("Das für kommende Woche in Krakau geplante Treffen der Minister Jan Obel und Lars Grube wurde auf "
                     "den 3. Mai vertagt.", date="2027-04-14")
    assert {m["status"] for m in f["meetings"]} == {"cancelled", "planned"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Ein ursprünglich für Mai in Budapest geplanter Gipfel der Präsidenten Ivo Marić und Jan Obel wurde am "
           "Dienstag abgesagt."),
    ("de", "Der für Mai in Budapest geplante Gipfel der Präsidenten Ivo Marić und Jan Obel ist abgesagt."),
    ("en", "A summit between Presidents Ivo Marić and Jan Obel, originally planned for May in Budapest, was called off "
           "on Tuesday."),
])
def test_meetings_a_meeting_called_off_keeps_the_day_and_place_of_its_plan(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-05")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and m["date"]["value"] == "2026-05" and place_names(f, m) == ["Budapest"]
    assert attendee_names(f, m) == {"Ivo Marić", "Jan Obel"} and absent_names(f, m) == set()


def test_meetings_talks_moved_to_a_day_opening_the_story_keep_their_old_plan(extract_text):
    f = extract_text("The talks between Ivo Marić and Jan Obel, originally planned for Monday in Geneva, were moved to "
                     "Thursday.", lang="en", date="2026-03-05")
    by_status = {m["status"]: m for m in f["meetings"]}
    assert by_status["cancelled"]["date"]["value"] == "2026-03-09" and place_names(f, by_status["cancelled"]) == ["Geneva"]
    assert by_status["planned"]["date"]["value"] == "2026-03-12"


def test_meetings_the_source_of_an_as_clause_is_not_at_the_meeting(extract_text):
    f = extract_text("Außenminister Jan Obel hat am Dienstag seinen Amtskollegen Lars Grube in Riga getroffen. Wie "
                     "Ministeriumssprecher Erik Sand mitteilte, ging es bei dem Treffen um Energiefragen.", date="2027-04-14")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Lars Grube"}


def test_meetings_a_place_behind_another_preposition_is_not_the_meetings(extract_text):
    f = extract_text("Die Außenminister Jan Obel und Lars Grube berieten am Dienstag per Video. Ministerin Ana Kern "
                     "nahm nach Angaben aus Madrid nicht teil.", date="2027-04-14")
    m = only_meeting(f)
    assert place_names(f, m) == []


def test_meetings_a_separable_verb_of_calling_off(extract_text):
    f = extract_text("Ein für Donnerstag geplantes Treffen der Minister Jan Obel und Lars Grube in Tallinn fiel wegen "
                     "eines Sturms aus.", date="2027-04-14")
    assert only_meeting(f)["status"] == "cancelled"
    # a preposition "aus" inside the clause is no particle
    f = extract_text("Jan Obel traf Lars Grube in Tallinn, der aus Oslo angereist war.", date="2027-04-14")
    assert only_meeting(f)["status"] == "past"


def test_meetings_a_pronoun_is_the_person_it_was_read_as(extract_text):
    # "sie" is Kern, received by Varga; the next sentence's "sie" is Kern again, not Varga
    f = extract_text("Am Montag reiste Außenministerin Ana Kern nach Vilnius. Dort wurde sie von Ministerpräsident "
                     "Janos Varga empfangen. Am Dienstag wird sie in Riga erwartet, wo sie mit Präsidentin Ilze Ozola "
                     "zusammenkommen soll.", date="2027-04-14")
    [riga] = [m for m in f["meetings"] if place_names(f, m) == ["Riga"]]
    assert attendee_names(f, riga) == {"Ana Kern", "Ilze Ozola"}


def test_meetings_a_plain_noun_refers_to_the_meeting_just_told_by_its_verb(extract_text):
    f = extract_text("In Wien führten Außenminister Jan Obel und Lars Grube ein Gespräch. Am Freitag soll Obel in Bern "
                     "mit Präsidentin Ilze Ozola zusammenkommen. Außenminister Erik Sand, der derzeit in Rom ist, wird "
                     "nicht an dem Gespräch teilnehmen.", date="2027-04-14")
    [bern] = [m for m in f["meetings"] if place_names(f, m) == ["Bern"]]
    names = {a["key"]: a["name"] for a in f["actors"]}
    assert [names[a["actor"]] for a in bern["absent"]] == ["Erik Sand"]
    assert all("Erik Sand" not in attendee_names(f, m) for m in f["meetings"])


def test_meetings_an_infinitive_clause_meets_with_the_subject_before_it(extract_text):
    f = extract_text("Regierungschefin Ulla Lind und Präsident Janos Varga vereinbarten am Montag, sich im Juli in "
                     "Danzig zu treffen.", date="2027-04-14")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ulla Lind", "Janos Varga"}
    assert m["status"] == "planned" and m["date"]["value"] == "2027-07"


def test_meetings_a_month_after_a_given_name_is_a_family_name(extract_text):
    f = extract_text("Prime Minister Clara May met President Olav Brenn in Oslo on Monday.", lang="en", date="2027-03-10")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Clara May", "Olav Brenn"}
    assert m["date"]["value"] == "2027-03-08"
    # a month after a preposition, or with a day, stays a date
    f = extract_text("President Olav Brenn met Prime Minister Nina Holt in Oslo in May.", lang="en", date="2027-03-10")
    assert only_meeting(f)["date"]["value"] == "2026-05"


def test_meetings_a_list_of_days_is_dated_by_the_first(extract_text):
    f = extract_text("Präsidentin Ulla Lind empfängt Präsident Janos Varga am 3. und 4. Mai 2027 in Wien.", date="2027-04-20")
    assert only_meeting(f)["date"]["value"] == "2027-05-03"
    f = extract_text("President Ulla Lind will host President Janos Varga on 3 and 4 May in Vienna.", lang="en", date="2027-04-20")
    assert only_meeting(f)["date"]["value"] == "2027-05-03"


def test_meetings_a_schedules_date_line_dates_its_items_and_clock_times_part_them(extract_text):
    f = extract_text("Besuchsprogramm\n\nMittwoch, 5. Mai 2027\n\n9.00 Uhr: Gespräch von Präsidentin Ulla Lind mit "
                     "Ministerpräsident Janos Varga im Rathaus von Graz\n\n13.00 Uhr: Arbeitsessen von Ulla Lind und "
                     "Janos Varga im Rathaus von Graz", date="2027-04-20")
    assert len(f["meetings"]) == 2, [m["trigger"] for m in f["meetings"]]
    assert all(m["date"]["value"] == "2027-05-05" and m["status"] == "planned" for m in f["meetings"])


def test_meetings_an_item_under_another_days_line_is_a_meeting_of_its_own(extract_text):
    f = extract_text("Termine der Kanzlerin\n\nMontag, 20. Oktober\n10.00 Uhr: Kanzlerin Ulla Lind empfängt den "
                     "Ministerpräsidenten Janos Varga im Kanzleramt. Nach dem Gespräch ist eine Pressekonferenz "
                     "vorgesehen.\n\nMittwoch, 22. Oktober\nDie Kanzlerin nimmt an der Sitzung des Bundeskabinetts teil.",
                     date="2027-10-18")
    assert [m["date"]["value"] for m in f["meetings"]] == ["2027-10-20", "2027-10-22"]
    assert "Janos Varga" not in attendee_names(f, f["meetings"][1])


def test_meetings_a_welcome_by_a_host_welcomes_the_guest_they_received(extract_text):
    f = extract_text("Präsidentin Ulla Lind empfängt am 5. Mai Präsident Janos Varga zu einem Staatsbesuch in Österreich."
                     "\n\n10.00 Uhr: Begrüßung mit militärischen Ehren durch Präsidentin Lind in der Hofburg", date="2027-04-20")
    [welcome] = [m for m in f["meetings"] if m["trigger"] == "Begrüßung"]
    assert host_names(f, welcome) == {"Ulla Lind"} and attendee_names(f, welcome) == {"Ulla Lind", "Janos Varga"}


def test_meetings_a_role_with_its_state_then_the_name_in_apposition(extract_text):
    f = extract_text("Bundespräsidentin Ulla Lind hat den Präsidenten der Republik Estland, Kalev Tamm, im Schloss "
                     "Bellevue empfangen.", date="2027-04-20")
    actors = {a["name"]: a for a in f["actors"]}
    assert actors["Kalev Tamm"]["country"] == "EE" and actors["Kalev Tamm"]["role"] == "President"
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ulla Lind", "Kalev Tamm"} and host_names(f, m) == {"Ulla Lind"}


def test_meetings_a_family_name_is_the_person_named_in_full_before_it(extract_text):
    f = extract_text("Präsident Jan Obel empfing am Montag Präsidentin Ruta Vaitkus in Oslo. Abends gab Präsident Obel "
                     "ein Bankett. Die Ehefrau des Präsidenten, Eva Obel, nahm nicht teil.", date="2027-04-20")
    keys = {a["key"] for a in f["actors"]}
    assert "person:obel" not in keys and "person:jan-obel" in keys


def test_meetings_a_german_subject_in_apposition_hosts(extract_text):
    f = extract_text("Die Bürgermeisterin der Stadt Graz, Ulla Lind, empfängt den estnischen Präsidenten Kalev Tamm "
                     "im Rathaus.", date="2027-04-20")
    m = only_meeting(f)
    assert host_names(f, m) == {"Ulla Lind"}


def test_meetings_a_visit_to_a_city_then_a_building_there_is_one_meeting(extract_text):
    f = extract_text("Besuchsprogramm\n\nDienstag, 4. Mai 2027\n\nBesuch in Graz. Die Bürgermeisterin, Ulla Lind, "
                     "empfängt Präsident Kalev Tamm im Rathaus.", date="2027-04-20")
    m = only_meeting(f)
    assert place_names(f, m)[0] == "Graz" and attendee_names(f, m) == {"Ulla Lind", "Kalev Tamm"}


def test_meetings_the_sideline_meeting_is_beside_the_meeting_its_noun_names(extract_text):
    f = extract_text("Die Außenminister Jan Obel und Lars Grube haben am Montag in Riga beraten. Bereits am Vorabend "
                     "waren Obel und Außenminister Pierre Lemaire zu einem Abendessen zusammengekommen. Am Rande des "
                     "Treffens sprach Obel zudem mit Außenminister Ion Rusu.", date="2027-10-18")
    [side] = [m for m in f["meetings"] if "Ion Rusu" in attendee_names(f, m) and "Pierre Lemaire" not in attendee_names(f, m)
              and "Lars Grube" not in attendee_names(f, m)]
    assert side["date"]["value"] == "2027-10-18"
    [dinner] = [m for m in f["meetings"] if "Pierre Lemaire" in attendee_names(f, m)]
    assert "Ion Rusu" not in attendee_names(f, dinner)


def test_meetings_a_capital_represented_in_the_passive_is_its_state(extract_text):
    f = extract_text("Die Außenminister Jan Obel und Lars Grube berieten am Montag in Riga. Budapest wurde von einem "
                     "Staatssekretär vertreten.", date="2027-10-18")
    assert "Hungary" in attendee_names(f, only_meeting(f))
    f = extract_text("Foreign ministers Ann Obel and Lars Grube met in Riga on Monday. Budapest was represented by a "
                     "junior minister.", lang="en", date="2027-10-18")
    assert "Hungary" in attendee_names(f, only_meeting(f))
    # a capital that is only where something happened stays a place
    f = extract_text("Die Außenminister Jan Obel und Lars Grube berieten am Montag in Budapest.", date="2027-10-18")
    assert "Hungary" not in attendee_names(f, only_meeting(f))
    # a capital and a passive at the very end of a text (no full stop) are read without error
    f = extract_text("Die Außenminister Jan Obel und Lars Grube berieten am Montag in Riga. Budapest wurde informiert",
                     date="2027-10-18")
    assert len(f["meetings"]) == 1


def test_meetings_the_new_german_spelling_of_kyiv_is_kyiv(extract_text):
    f = extract_text("Außenministerin Clara Vogt ist am Montag in Kyjiw mit ihrem Amtskollegen Taras Melnyk zusammengekommen.",
                     date="2027-10-18")
    assert place_names(f, only_meeting(f)) == ["Kyiv"]


def test_meetings_ministers_named_by_a_compound_with_their_organisation(extract_text):
    f = extract_text("Die Nato-Verteidigungsminister kamen am Donnerstag in Brüssel zusammen.", date="2027-10-18")
    assert "NATO" in attendee_names(f, only_meeting(f))
    # a format names the meeting and does not attend, but the meeting is told
    f = extract_text("Die G7-Außenminister treffen sich am Montag in Kanada.", date="2027-10-18")
    m = only_meeting(f)
    assert place_names(f, m) == ["Canada"] and "G7" not in attendee_names(f, m)


def test_meetings_a_host_verb_hosts_only_the_meeting_it_gives(extract_text):
    f = extract_text("Im Anschluss an das Gespräch mit Präsident Julien Moreau gab Kanzlerin Ulla Lind eine "
                     "Pressekonferenz.", date="2027-10-18")
    m = only_meeting(f)
    assert host_names(f, m) == set() and attendee_names(f, m) == {"Julien Moreau", "Ulla Lind"}


def test_meetings_a_present_tense_of_an_events_course_with_a_day_to_come_is_a_plan(extract_text):
    f = extract_text("Am Donnerstag beginnt in Graz die Konferenz der Außenminister Jan Obel und Lars Grube.", date="2027-10-18")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-10-21"
    f = extract_text("On Thursday the conference of foreign ministers Ann Obel and Lars Grube opens in Graz.", lang="en",
                     date="2027-10-18")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-10-21"


def test_meetings_those_invited_in_the_state_passive_are_guests(extract_text):
    f = extract_text("Am Donnerstag beginnt in Graz die Konferenz. Zu der Konferenz sind auch Vertreter Japans und "
                     "Südkoreas eingeladen.", date="2027-10-18")
    m = only_meeting(f)
    assert {"Japan", "South Korea"} <= attendee_names(f, m) and host_names(f, m) == set()


def test_meetings_an_earlier_plan_of_a_named_meeting_is_no_new_meeting(extract_text):
    f = extract_text("Die Außenminister Jan Obel und Lars Grube trafen sich am Montag in Genf. Ursprünglich war das "
                     "Treffen für März geplant.", date="2027-10-18")
    m = only_meeting(f)
    assert m["date"]["value"] == "2027-10-18"
    f = extract_text("Foreign ministers Ann Obel and Lars Grube met in Geneva on Monday. The meeting was originally "
                     "planned for March.", lang="en", date="2027-10-18")
    assert only_meeting(f)["date"]["value"] == "2027-10-18"


def test_meetings_an_announced_journey_in_an_infinitive_clause_is_planned(extract_text):
    f = extract_text("Regierungschefin Ulla Lind kündigte an, am Freitag nach Riga zu reisen.", date="2027-10-18")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-10-22"
    # the saying's day is not the meeting's
    f = extract_text("Regierungschefin Ulla Lind kündigte am Montag an, Präsident Janos Varga in Riga zu treffen.",
                     date="2027-10-18")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"] is None


def test_meetings_a_postponement_past_an_aside(extract_text):
    f = extract_text("The talks between Ann Obel and Piotr Nowak, originally scheduled for Monday, were pushed back to "
                     "Thursday.", lang="en", date="2027-10-18")
    by_status = {m["status"]: m for m in f["meetings"]}
    assert set(by_status) == {"cancelled", "planned"}
    assert by_status["planned"]["date"]["value"] == "2027-10-21"
    assert attendee_names(f, by_status["planned"]) == {"Ann Obel", "Piotr Nowak"}
    f = extract_text("Die Gespräche zwischen Jan Obel und Piotr Nowak wurden auf Donnerstag vertagt.", date="2027-10-18")
    assert {m["status"] for m in f["meetings"]} == {"cancelled", "planned"}


def test_meetings_a_german_perfect_hosts_its_subject_not_its_bare_object(extract_text):
    f = extract_text("Kanzlerin Ulla Lind hat Präsident Janos Varga am Dienstag in Berlin empfangen.", date="2025-10-18")
    assert host_names(f, only_meeting(f)) == {"Ulla Lind"}
    f = extract_text("Am Dienstag hat Kanzlerin Ulla Lind Präsident Janos Varga in Berlin empfangen.", date="2025-10-18")
    assert host_names(f, only_meeting(f)) == {"Ulla Lind"}


def test_meetings_a_possessive_meeting_noun_refers_back(extract_text):
    f = extract_text("Kanzlerin Ulla Lind hat Präsident Janos Varga am Dienstag in Berlin empfangen. Bei ihrem Treffen "
                     "sprachen Lind und Varga über die Ukraine.", date="2025-10-18")
    assert len(f["meetings"]) == 1


def test_meetings_a_possessive_in_the_genitive_refers_back_too(extract_text):
    # "ihres Treffens", "seines Besuchs": the genitive of the possessive, as "ihrem Treffen" is its dative
    f = extract_text("Die Außenminister der Nordischen Staaten sind am Donnerstag in Tromsø zusammengekommen. Zum Abschluss "
                     "ihres zweitägigen Treffens wollen sie eine gemeinsame Erklärung veröffentlichen.", date="2027-03-11")
    m = only_meeting(f)
    assert m["status"] == "past" and place_names(f, m) == ["Tromsø"]


@pytest.mark.parametrize("text, lang", [
    ("Am Freitag wird Ministerin Ada Brenner in Riga zu Gesprächen mit Minister Jānis Vītols erwartet.", "de"),
    ("On Friday, Minister Ada Brenner is expected in Riga for talks with Minister Janis Vitols.", "en"),
])
def test_meetings_a_leading_date_dates_talks_the_clause_is_for(extract_text, text, lang):
    # the person between the date and "zu Gesprächen" / "for talks" is the clause's subject, not another event
    m = only_meeting(extract_text(text, lang=lang, date="2025-04-09"))
    assert m["status"] == "planned" and m["date"]["value"] == "2025-04-11"


def test_meetings_a_visit_then_a_reception_in_an_unplaced_building_is_one_meeting(extract_text):
    # the lead tells day and city, the next sentence the building and the host
    f = extract_text("Ministerin Ada Brenner hat am Dienstag die Hauptstadt Vilnius besucht. Im Verteidigungsministerium "
                     "wurde sie von ihrer Amtskollegin Rūta Vaitkienė empfangen.", date="2025-04-10")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-04-08" and "Vilnius" in place_names(f, m)
    assert sorted(attendee_names(f, m)) == ["Ada Brenner", "Rūta Vaitkienė"] and host_names(f, m) == {"Rūta Vaitkienė"}


def test_meetings_die_beiden_are_the_two_just_named(extract_text):
    f = extract_text("Ministerin Ada Brenner hat am Dienstag in Warschau den Minister Jan Nowak getroffen. "
                     "Die beiden wollen sich im Juni in Berlin erneut treffen.", date="2025-04-10")
    past, planned = f["meetings"]
    assert planned["status"] == "planned" and planned["date"]["value"] == "2025-06"
    assert place_names(f, planned) == ["Berlin"] and sorted(attendee_names(f, planned)) == ["Ada Brenner", "Jan Nowak"]


def test_meetings_a_meeting_again_does_not_take_the_day_told_before(extract_text):
    # "dann" would lend the day of the meeting told before; "erneut" says it is another one
    f = extract_text("Ministerin Ada Brenner hat am Dienstag in Warschau den Minister Jan Nowak getroffen. "
                     "Dann will Nowak die Ministerin Brenner erneut treffen.", date="2025-04-10")
    past, planned = f["meetings"]
    assert past["date"]["value"] == "2025-04-08"
    assert planned["status"] == "planned" and planned["date"] is None and planned["places"] == []


def test_meetings_reported_speech_subjunctive_is_planned_and_its_speaker_stays_out(extract_text):
    # dpa's "Regierungssprecher X sagte, Kanzlerin Y werde …": the spokesman only reports; werde/wolle plan
    f = extract_text("Regierungssprecher Tim Kessler sagte, Kanzlerin Ada Brenner werde in Paris mit Präsident Luc "
                     "Moreau zusammentreffen.")
    m = only_meeting(f)
    assert m["status"] == "planned" and sorted(attendee_names(f, m)) == ["Ada Brenner", "Luc Moreau"]
    m = only_meeting(extract_text("Kessler sagte, die Ministerin Ada Brenner wolle Präsident Luc Moreau bald in Rom treffen."))
    assert m["status"] == "planned"
    # a day between the verb of saying and its comma
    f = extract_text("Regierungssprecher Tim Kessler teilte am Freitag mit, Kanzlerin Ada Brenner werde kommende Woche "
                     "zum Gipfel nach Paris reisen.")
    assert attendee_names(f, only_meeting(f)) == {"Ada Brenner"}


def test_meetings_the_state_of_a_role_in_the_genitive_neither_hosts_nor_places(extract_text):
    # "den Präsidenten der Republik Kenia, X": Kenya is X's state, not a host and not where they meet
    f = extract_text("Der Bundespräsident empfängt am Donnerstag den Präsidenten der Republik Kenia, Daniel Mwangi.")
    m = only_meeting(f)
    assert m["places"] == [] and host_names(f, m) == set() and attendee_names(f, m) == {"Daniel Mwangi"}


@pytest.mark.parametrize("text, lang", [
    ("Nach Angaben des Kreml telefonierte Präsident Ilja Orlow am Abend mit Präsident Tom Hale.", "de"),
    ("President Ilya Orlov spoke with President Tom Hale by phone on Tuesday, according to the Kremlin.", "en"),
    ("President Ilya Orlov and President Tom Hale spoke for an hour, according to officials in Paris and Berlin.", "en"),
    ("Präsident Ilja Orlow und Präsident Tom Hale sprachen eine Stunde lang, laut Diplomaten in Brüssel.", "de"),
])
def test_meetings_a_place_that_is_the_source_of_the_news_is_not_the_meetings(extract_text, text, lang):
    m = only_meeting(extract_text(text, lang=lang))
    assert m["places"] == []
    # a parenthetical source does not take the meeting's own place away
    m = only_meeting(extract_text("Präsident Ilja Orlow und Präsident Tom Hale trafen sich laut Diplomaten am Montag in Brüssel."))
    assert m["places"]


@pytest.mark.parametrize("text, lang", [
    ("Stand: 10.03.2025 14:05 Uhr\n\nKanzler Jan Obel hat Premier Lars Grube in Berlin empfangen.", "de"),
    ("Stand: 10.03.2025 14:05 Uhr\n\nEin Besuch. Kanzler Jan Obel hat Premier Lars Grube in Berlin empfangen.", "de"),
    ("Updated: 10 March 2025 14:05\n\nChancellor Jan Obel hosted Prime Minister Lars Grube in Berlin.", "en"),
])
def test_meetings_a_pages_timestamp_line_dates_no_meeting(extract_text, text, lang):
    m = only_meeting(extract_text(text, lang=lang, date="2025-03-12"))
    assert m["date"] is None


def test_meetings_sprachen_is_the_past_of_sprechen(extract_text):
    # spaCy's lookup table leaves "sprachen" alone (the noun's plural): the language file corrects its lemma
    f = extract_text("Kanzler Jan Obel und Premier Lars Grube sprachen am Montag in Warschau über die Lage.", date="2025-04-10")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2025-04-07"
    assert sorted(attendee_names(f, m)) == ["Jan Obel", "Lars Grube"]


@pytest.mark.parametrize("text, lang", [
    ("The leaders of Britain, France and Germany spoke by phone on Sunday.", "en"),
    ("Die Regierungschefs Großbritanniens, Frankreichs und Deutschlands telefonierten am Sonntag.", "de"),
])
def test_meetings_the_leaders_of_several_states_talking_meet(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    m = only_meeting(f)
    assert {"United Kingdom", "France", "Germany"} <= set(attendee_names(f, m)) and m["virtual"]


def test_meetings_the_two_as_subject_with_a_host_after_them(extract_text):
    f = extract_text("Foreign Minister Aram Vardanyan and Foreign Minister Elnur Aliyev met in Geneva on Sunday. The two "
                     "ministers last met on Aug. 12 in Washington, where they were received by Secretary of State Grace "
                     "Holloway.", lang="en", date="2027-11-15")
    washington = next(m for m in f["meetings"] if m["date"]["value"] == "2027-08-12")
    assert {"Aram Vardanyan", "Elnur Aliyev", "Grace Holloway"} <= set(attendee_names(f, washington))
    assert host_names(f, washington) == {"Grace Holloway"}


def test_meetings_the_ministers_of_states_after_von_are_the_states(extract_text):
    # "Die Regierungschefs von A, B und C" as "die Innenminister As und Bs": the states take part
    f = extract_text("Die Regierungschefs von Frankreich, Deutschland und Polen trafen sich am Montag in Weimar.")
    m = only_meeting(f)
    assert set(attendee_names(f, m)) == {"France", "Germany", "Poland"}
    # a format's name in the genitive is the format, not a city adjective (Weimarer) that places the meeting
    f = extract_text("Beim Treffen des Weimarer Dreiecks in Paris sprachen die Außenminister Frankreichs und Polens.")
    assert place_names(f, only_meeting(f)) == ["Paris"]


@pytest.mark.parametrize("text, lang", [
    ("Präsident Ilja Orlow blieb dem Gipfel in Rio de Janeiro am Sonntag fern und schickte Außenminister Pawel Kurow.", "de"),
    ("President Ilya Orlov stayed away from the summit in Rio de Janeiro on Sunday and sent Foreign Minister Pavel Kurov.", "en"),
])
def test_meetings_who_is_sent_attends_for_the_absent(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Pawel Kurow" if lang == "de" else "Pavel Kurov"}
    assert absent_names(f, m) == {"Ilja Orlow" if lang == "de" else "Ilya Orlov"}


def test_meetings_a_format_that_names_the_summit_is_not_absent(extract_text):
    f = extract_text("President Ilya Orlov skipped the BRICS summit in Rio de Janeiro on Sunday, sending Foreign Minister "
                     "Pavel Kurov instead.", lang="en")
    assert absent_names(f, only_meeting(f)) == {"Ilya Orlov"}


def test_meetings_a_state_represented_in_the_same_sentence_takes_part(extract_text):
    f = extract_text("President Oleh Bondar did not attend the summit in Brussels on Thursday; Ukraine was represented by "
                     "Foreign Minister Taras Melnyk.", lang="en")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Taras Melnyk", "Ukraine"} and absent_names(f, m) == {"Oleh Bondar"}


def test_meetings_the_object_named_in_apposition_to_its_role_and_state_is_no_host(extract_text):
    # "den Premierminister von Portugal, X,": X and Portugal are the one received; the subject, a role naming the
    # chancellor of the headline, hosts
    f = extract_text("Termine von Bundeskanzler Jonas Weber\n\nDer Bundeskanzler empfängt den Premierminister von "
                     "Portugal, Rui Almeida, im Bundeskanzleramt.")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jonas Weber"} and attendee_names(f, m) == {"Jonas Weber", "Rui Almeida"}
    f = extract_text("Der Bundeskanzler empfängt den Premierminister von Portugal, Rui Almeida, im Bundeskanzleramt.")
    assert host_names(f, only_meeting(f)) == set()


def test_meetings_a_pronoun_subject_meeting_people_unnamed(extract_text):
    # "Am Freitag will er … mit Unternehmern zusammenkommen": he is the one named before; the others go unnamed
    f = extract_text("Ministerpräsident Anton Huber traf am Donnerstag in Prag Petr Novák. Am Freitag will er in Pilsen "
                     "mit Unternehmern zusammenkommen.", date="2027-09-09")
    later = next(m for m in f["meetings"] if m["status"] == "planned")
    assert attendee_names(f, later) == {"Anton Huber"} and later["date"]["value"] == "2027-09-10"


@pytest.mark.parametrize("text, lang", [
    ("In einem Telefonat mit Ministerpräsident Avi Levin forderte Außenminister Jan Obel am Montag eine Waffenruhe.", "de"),
    ("In talks with Prime Minister Avi Levin on Monday, Secretary of State Jan Obel urged a ceasefire.", "en"),
])
def test_meetings_a_meeting_in_a_setting_phrase_is_held_though_the_verb_demands(extract_text, text, lang):
    # the call is where the demand was made; "verlangte ein Treffen" (the meeting asked for) stays no meeting
    f = extract_text(text, lang=lang)
    assert attendee_names(f, only_meeting(f)) == {"Avi Levin", "Jan Obel"}
    assert extract_text("Außenminister Jan Obel verlangte am Montag ein Treffen mit Präsident Tom Hale.")["meetings"] == []


def test_meetings_a_lead_opening_with_last_is_no_timestamp(extract_text):
    f = extract_text("Last Tuesday the ministers agreed on new sanctions in Brussels. Minister Jan Obel and Minister Lars "
                     "Grube met for six hours.", lang="en", date="2027-03-10")
    assert only_meeting(f)["date"]["value"] == "2027-03-09"


def test_meetings_a_strong_past_tense_ending_in_t_is_no_present(extract_text):
    # "beriet", "hielt … ab" end in -t like "empfängt"; read as present, a past Sunday became next Sunday's plan
    f = extract_text("Außenminister Jan Obel beriet am Sonntag in Graz mit Lars Grube.", date="2027-10-20")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2027-10-17"
    f = extract_text("Obel hielt am Sonntag in Graz eine Konferenz mit Grube ab.", date="2027-10-20")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2027-10-17"


def test_meetings_what_was_agreed_in_a_setting_meeting_leaves_it_held(extract_text):
    # "Bei ihrem Treffen vereinbarten …": the agreement was made at a meeting that took place
    f = extract_text("Bei ihrem Treffen in Graz vereinbarten Jan Obel und Lars Grube eine engere Zusammenarbeit.",
                     date="2027-10-20")
    assert only_meeting(f)["status"] == "past"
    # a hyphenated attribute between the preposition and the noun
    f = extract_text("Jan Obel und Lars Grube haben beim deutsch-polnischen Gipfel in Graz eine engere Zusammenarbeit "
                     "vereinbart.", date="2027-10-20")
    assert only_meeting(f)["status"] == "past"
    f = extract_text("During talks in Graz on Monday, Ann Obel and Lars Grube agreed to meet again.", lang="en",
                     date="2027-10-20")
    talks = next(m for m in f["meetings"] if m["trigger"] == "talks")
    assert talks["status"] == "past" and talks["date"]["value"] == "2027-10-18"
    assert {"Ann Obel", "Lars Grube"} <= attendee_names(f, talks)


def test_meetings_a_reception_told_as_before_the_meeting_is_its_own_in_that_town(extract_text):
    f = extract_text("Minister Jan Obel hat bei einem Besuch in Kaunas die Zusammenarbeit bekräftigt. Nach einem Treffen "
                     "mit seiner Amtskollegin Ruta Vaitkus sagte Obel, man stehe zusammen. Zuvor war Obel von Präsident "
                     "Tomas Brenner empfangen worden.", date="2027-05-20")
    reception = next(m for m in f["meetings"] if "Tomas Brenner" in attendee_names(f, m))
    assert host_names(f, reception) == {"Tomas Brenner"} and "Ruta Vaitkus" not in attendee_names(f, reception)
    assert place_names(f, reception) == ["Kaunas"]


@pytest.mark.parametrize("text, lang", [
    ("Prime Minister Ann Obel and President Lars Grube held talks on Sunday in Tianjin, their first meeting in China "
     "in seven years.", "en"),
    ("Kanzler Jan Obel und Präsident Lars Grube haben am Sonntag in Tianjin beraten, ihr erstes Treffen in China seit "
     "sieben Jahren.", "de"),
])
def test_meetings_a_meeting_noun_in_apposition_to_the_clause_is_its_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-09-01")
    m = only_meeting(f)
    assert "Tianjin" in place_names(f, m) and attendee_names(f, m) == {"Lars Grube", "Ann Obel" if lang == "en" else "Jan Obel"}


def test_meetings_those_named_as_participants_after_a_journey_told_in_passing_are_the_conferences(extract_text):
    f = extract_text("Die Minister berieten am Mittwoch per Videokonferenz. Aus Berlin zugeschaltet war "
                     "Präsident Taras Hnatiuk, der eigens nach Berlin gereist war. Teilnehmer waren zudem Kanzler Jan "
                     "Obel und Premier Lars Grube.", date="2027-08-14")
    conference = next(m for m in f["meetings"] if m["virtual"])
    assert {"Taras Hnatiuk", "Jan Obel", "Lars Grube"} <= attendee_names(f, conference)


def test_meetings_a_meeting_with_its_parties_in_a_phrase_of_sequence_is_told_as_well(extract_text):
    f = extract_text("Vor dem Treffen zwischen Präsident Lars Grube und Kanzler Jan Obel in Oslo berieten die Minister "
                     "Ann Holm und Tom Hale per Video.", date="2027-08-14")
    meeting = next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))
    talks = next(m for m in f["meetings"] if "Ann Holm" in attendee_names(f, m))
    assert attendee_names(f, meeting) == {"Lars Grube", "Jan Obel"} and place_names(f, meeting) == ["Oslo"]
    assert meeting["virtual"] is False and talks["virtual"] is True
    assert attendee_names(f, talks) == {"Ann Holm", "Tom Hale"}


def test_meetings_the_possessor_of_an_office_or_kin_is_not_at_the_meeting(extract_text):
    f = extract_text("US President Tom Hale's special envoy, Ivo Maric, met Igor Petrow in Moscow on Thursday. Maric was "
                     "accompanied by Jan Obel, the US president's son-in-law. Petrow's foreign policy adviser, Lev Orlov, "
                     "also took part.", lang="en", date="2027-12-03")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ivo Maric", "Igor Petrow", "Jan Obel", "Lev Orlov"}
    # a German genitive after a noun of kin or office
    f = extract_text("Der Gesandte Ivo Maric traf am Donnerstag in Moskau Präsident Igor Petrow. Begleitet wurde er von "
                     "Jan Obel, dem Schwiegersohn des US-Präsidenten Tom Hale.", date="2027-12-03")
    assert attendee_names(f, only_meeting(f)) == {"Ivo Maric", "Igor Petrow", "Jan Obel"}


def test_meetings_a_relative_clause_on_a_name_keeps_its_day_and_persons(extract_text):
    f = extract_text("Präsident Taras Hnatiuk, der am Vortag in Washington mit Präsident Tom Hale gestritten hatte, wurde am "
                     "Samstag in London von Premier Owen Marsh begrüßt.", date="2027-03-02")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Taras Hnatiuk", "Owen Marsh"} and m["date"]["value"] == "2027-02-27"


def test_meetings_a_meeting_at_the_pentagon_is_hosted_by_the_defence_secretary(extract_text):
    f = extract_text("US Defense Secretary Tom Hale met his Japanese counterpart Kenji Ono at the Pentagon on Tuesday.",
                     lang="en", date="2027-04-02")
    m = only_meeting(f)
    assert place_names(f, m) == ["The Pentagon"] and host_names(f, m) == {"Tom Hale"}
    # the building that speaks for the ministry is no place of the meeting it tells of
    f = extract_text("The Pentagon said Tom Hale met Kenji Ono in Brussels on Tuesday.", lang="en", date="2027-04-02")
    assert place_names(f, only_meeting(f)) == ["Brussels"]


def test_meetings_the_present_of_the_verb_a_meeting_noun_takes_continues_the_schedule(extract_text):
    f = extract_text("Präsident Jan Obel empfängt Präsident Lars Grube am Dienstag, 4. November 2027, zu einem "
                     "Staatsbesuch. Nach der Begrüßung im Schloss Bellevue führen die beiden Präsidenten ein Gespräch.",
                     date="2027-10-30")
    talk = next(m for m in f["meetings"] if m["kind"] == "gespräch")
    assert talk["status"] == "planned" and talk["date"]["value"] == "2027-11-04"
    # so after a reception told with the future's auxiliary
    f = extract_text("Kanzler Jan Obel wird am Dienstag, 2. November 2027, Präsident Lars Grube im Kanzleramt empfangen. "
                     "Nach der Begrüßung führen der Kanzler und der Präsident ein Gespräch.", date="2027-10-30")
    talk = next(m for m in f["meetings"] if m["kind"] == "gespräch")
    assert talk["status"] == "planned" and talk["date"]["value"] == "2027-11-02"
    # not a verb of another clause ("…, über die die Regierung keine Aufstellung führt")
    f = extract_text("Am Montag trafen sich die Minister Jan Obel und Lars Grube in Oslo. Darüber hinaus fanden Gespräche "
                     "auf Arbeitsebene statt, über die die Regierung keine Aufstellung führt.", date="2027-10-30")
    assert len(f["meetings"]) == 1, [m["kind"] for m in f["meetings"]]


def test_meetings_english_hosts_are_subjects_and_agents_not_objects(extract_text):
    # one named after an English host verb is its object, the guest
    f = extract_text("President Ivo Maric flew to Anchorage on Friday. President Tom Hale, who hosted the summit, "
                     "welcomed Maric on the tarmac.", lang="en", date="2027-08-16")
    assert host_names(f, only_meeting(f)) == {"Tom Hale"}
    # the agent of a passive after a long office
    f = extract_text("On Monday, EU foreign ministers gather in Luxembourg for their council, chaired by the bloc's "
                     "foreign policy chief Ana Ruiz.", lang="en", date="2027-08-16")
    assert host_names(f, only_meeting(f)) == {"Ana Ruiz"}
    # "the Ukrainian leader": the head of state or government named for that state
    f = extract_text("Ukrainian President Taras Hnatiuk met French President Louis Marchant in Paris on Monday. The "
                     "Ukrainian leader later flew to Madrid, where he was received by Prime Minister Ana Ruiz.",
                     lang="en", date="2027-08-16")
    madrid = next(m for m in f["meetings"] if place_names(f, m) == ["Madrid"])
    assert attendee_names(f, madrid) == {"Taras Hnatiuk", "Ana Ruiz"}


def test_meetings_no_call_has_sidelines(extract_text):
    # agreed on the phone to meet beside a summit: a meeting to come, not on the call's day
    f = extract_text("Kanzler Bernd Vollmer hat heute mit Präsident Tom Hale telefoniert. Im Mittelpunkt des Gesprächs "
                     "stand der Handel. Beide vereinbarten, sich am Rande des Gipfels persönlich zu treffen.",
                     date="2027-06-10")
    planned = next(m for m in f["meetings"] if m["status"] == "planned")
    assert planned["date"] is None and planned["virtual"] is False
    assert attendee_names(f, planned) == {"Bernd Vollmer", "Tom Hale"}


def test_meetings_a_council_of_ministers_is_a_meeting_a_guest_is_received_to(extract_text):
    f = extract_text("Kanzler Henning Stolz und Präsident Louis Marchant haben beim deutsch-französischen Ministerrat in "
                     "Toulon ein Abkommen unterzeichnet. An den Beratungen am Freitag nahmen auch die Minister Jan Obel "
                     "und Lars Grube teil.", date="2027-08-30")
    m = only_meeting(f)
    assert m["status"] == "past" and place_names(f, m) == ["Toulon"] and m["date"]["value"] == "2027-08-27"
    assert {"Henning Stolz", "Louis Marchant", "Jan Obel", "Lars Grube"} <= attendee_names(f, m)
    f = extract_text("Kanzler Henning Stolz sprach nach dem deutsch-französischen Ministerrat in Lyon von einem Erfolg.",
                     date="2027-08-30")
    m = only_meeting(f)
    assert m["status"] == "past" and place_names(f, m) == ["Lyon"] and attendee_names(f, m) == {"Henning Stolz"}
    # "empfängt den Gast dann zum Ministerrat": the reception is that meeting, the next of the day
    f = extract_text("Am Dienstag reist Präsident Louis Marchant nach Münster weiter. Am Abend empfängt Kanzler Henning "
                     "Stolz den Gast dann zum deutsch-französischen Ministerrat auf Schloss Meseberg.", date="2027-05-27")
    m = next(m for m in f["meetings"] if "Henning Stolz" in attendee_names(f, m))
    assert len(f["meetings"]) == 2 and host_names(f, m) == {"Henning Stolz"} and "Louis Marchant" in attendee_names(f, m)


def test_meetings_a_meeting_agreed_in_a_call_is_another_one(extract_text):
    f = extract_text("In einem Telefonat am Montag vereinbarten Jan Obel und Lars Grube ein Treffen in Graz.",
                     date="2027-10-20")
    call = next(m for m in f["meetings"] if m["trigger"] == "Telefonat")
    meeting = next(m for m in f["meetings"] if m["trigger"] == "Treffen")
    assert call["status"] == "past" and call["date"]["value"] == "2027-10-18" and not call["places"]
    assert meeting["status"] == "planned" and meeting["date"] is None  # Monday dates the agreement
    assert attendee_names(f, call) == attendee_names(f, meeting) == {"Jan Obel", "Lars Grube"}


def test_meetings_a_guest_in_apposition_to_role_and_state_before_the_participle(extract_text):
    # the apposition's commas cut the clause of "empfangen" from the venue before it, and the name after
    # "den Präsidenten Finnlands," is the object, not the host
    f = extract_text("Der Bundespräsident hat am Mittwoch im Schloss Bellevue den Präsidenten Finnlands, Mikael Aho, "
                     "empfangen.", date="2027-10-20")
    m = only_meeting(f)
    assert m["places"] == ["venue:schloss-bellevue"] and attendee_names(f, m) == {"Mikael Aho"}
    assert host_names(f, m) == set()


def test_meetings_a_pronoun_after_a_sentence_about_someone_unnamed_is_not_the_one_named_before(extract_text):
    f = extract_text("Außenminister Jan Obel traf am Montag in Graz Lars Grube. Der Kanzler reist am Freitag nach "
                     "Rom. Dort trifft er Premierministerin Anna Rossi.", date="2027-10-20")
    rome = next(m for m in f["meetings"] if m["places"] == ["city:3169070"])
    assert attendee_names(f, rome) == {"Anna Rossi"}  # "er" is the chancellor, whom the text does not name
    assert rome["status"] == "planned" and rome["date"]["value"] == "2027-10-22"  # there, then: Friday


def test_meetings_a_capital_described_in_apposition_keeps_the_clause(extract_text):
    f = extract_text("Ann Obel met Lars Grube in the Ukrainian capital, Kyiv, on Monday.", lang="en", date="2027-10-20")
    m = only_meeting(f)
    assert m["places"] == ["city:703448"] and m["date"]["value"] == "2027-10-18"


def test_meetings_a_talk_with_the_press_is_an_interview(extract_text):
    f = extract_text("Im Gespräch mit unserer Zeitung spricht Jan Obel über seine Reise nach Graz.", date="2027-10-20")
    assert f["meetings"] == []
    f = extract_text("Jan Obel sprach in Graz mit der Tageszeitung über Lars Grube.", date="2027-10-20")
    assert f["meetings"] == []
    f = extract_text("Jan Obel sprach in Graz mit Lars Grube.", date="2027-10-20")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Lars Grube"}
    # an agency one meets is no press agency
    f = extract_text("Jan Obel führte in Wien ein Gespräch mit der Internationalen Atomenergieagentur.", date="2027-10-20")
    assert len(f["meetings"]) == 1
    # a paper's name in quotation marks
    f = extract_text("„Ich sehe keine Bereitschaft“, sagte Jan Obel im Gespräch mit der „Gothaer Zeitung“.",
                     date="2027-10-20")
    assert f["meetings"] == []


def test_meetings_the_first_persons_present_with_a_day_to_come_is_a_plan(extract_text):
    f = extract_text("Obel: Im Juni fahre ich nach Graz. Dort treffe ich Lars Grube.", date="2027-05-14")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-06"


def test_meetings_the_foreign_office_is_a_venue_its_minister_hosts(extract_text):
    f = extract_text("Außenministerin Jana Obel empfängt am Montag ihren kanadischen Amtskollegen Paul Grube im "
                     "Auswärtigen Amt.", date="2027-10-20")
    m = only_meeting(f)
    assert m["places"] == ["venue:auswaertiges-amt"] and host_names(f, m) == {"Jana Obel"}


def test_meetings_a_plural_present_with_today_is_the_days_programme(extract_text):
    # as the singular "trifft heute" already was; "seit heute" is under way
    f = extract_text("Die Außenminister Jan Obel und Lars Grube beraten heute in Graz.", date="2027-10-20")
    assert only_meeting(f)["status"] == "planned"
    f = extract_text("Die Außenminister Jan Obel und Lars Grube beraten seit heute in Graz.", date="2027-10-20")
    assert only_meeting(f)["status"] == "past"


def test_meetings_a_journey_to_a_meeting_told_in_a_where_clause_is_that_meeting(extract_text):
    # "er" in the where clause is the one named in the sentence before, and the journey goes to the meeting
    f = extract_text("Jan Obel traf am Montag in Graz Lars Grube. Danach reiste er nach Linz, wo er am Dienstag "
                     "Eva Roth traf.", date="2027-10-20")
    linz = next(m for m in f["meetings"] if m["places"] == ["city:2772400"])
    assert attendee_names(f, linz) == {"Jan Obel", "Eva Roth"} and linz["date"]["value"] == "2027-10-19"
    assert len(f["meetings"]) == 2


def test_meetings_a_meeting_after_nach_is_not_the_verbs(extract_text):
    # "Nach dem Treffen mit X in Graz reiste Y nach Linz": Graz and Monday are the meeting's, Y was at both
    f = extract_text("Nach dem Treffen mit Lars Grube am Montag in Graz reiste Jan Obel weiter nach Linz, wo er am "
                     "Dienstag mit Eva Roth zusammentraf.", date="2027-10-20")
    graz = next(m for m in f["meetings"] if m["places"] == ["city:2778067"])
    linz = next(m for m in f["meetings"] if m["places"] == ["city:2772400"])
    assert attendee_names(f, graz) == {"Lars Grube", "Jan Obel"} and graz["date"]["value"] == "2027-10-18"
    assert attendee_names(f, linz) == {"Jan Obel", "Eva Roth"} and linz["date"]["value"] == "2027-10-19"
    f = extract_text("After talks with Lars Grube in Graz on Monday, Jan Obel flew to Linz, where he met Eva Roth on "
                     "Tuesday.", lang="en", date="2027-10-20")
    graz = next(m for m in f["meetings"] if m["places"] == ["city:2778067"])
    assert attendee_names(f, graz) == {"Lars Grube", "Jan Obel"} and graz["date"]["value"] == "2027-10-18"


def test_meetings_a_meeting_after_nach_behind_the_verb_is_not_the_journeys(extract_text):
    # "reiste nach seinem Treffen mit X in Graz weiter nach Linz": Graz and X are the meeting's, Linz the journey's
    f = extract_text("Jan Obel reiste nach seinem Treffen mit Lars Grube in Graz am Dienstag weiter nach Linz.",
                     date="2027-10-20")
    graz = next(m for m in f["meetings"] if m["places"] == ["city:2778067"])
    linz = next(m for m in f["meetings"] if m["places"] == ["city:2772400"])
    assert attendee_names(f, graz) == {"Lars Grube", "Jan Obel"} and attendee_names(f, linz) == {"Jan Obel"}
    # no possessive: the subject of the verb met X all the same
    f = extract_text("Am Montag reiste Jan Obel nach dem Gespräch mit dem dänischen Minister Lars Grube in Graz nach "
                     "Linz.", date="2027-10-20")
    graz = next(m for m in f["meetings"] if m["places"] == ["city:2778067"])
    linz = next(m for m in f["meetings"] if m["places"] == ["city:2772400"])
    assert attendee_names(f, graz) == {"Lars Grube", "Jan Obel"} and attendee_names(f, linz) == {"Jan Obel"}
    assert linz["date"]["value"] == "2027-10-18"
    f = extract_text("Jan Obel flew to Linz on Tuesday after his meeting with Lars Grube in Graz.", lang="en",
                     date="2027-10-20")
    graz = next(m for m in f["meetings"] if m["places"] == ["city:2778067"])
    linz = next(m for m in f["meetings"] if m["places"] == ["city:2772400"])
    assert attendee_names(f, graz) == {"Lars Grube", "Jan Obel"} and attendee_names(f, linz) == {"Jan Obel"}


def test_meetings_die_drei_are_three_persons_named_together_before(extract_text):
    f = extract_text("Am Dienstag empfing Außenminister Jan Obel seine Amtskollegin Eva Roth und Minister Lars Grube "
                     "in Graz. Was folgt daraus? Schon im April hatten sich die drei in Linz getroffen. Im Herbst "
                     "wollen sich die drei in Salzburg wiedersehen.", date="2027-06-16")
    linz = next(m for m in f["meetings"] if m["places"] == ["city:2772400"])
    salzburg = next(m for m in f["meetings"] if m["places"] == ["city:2766824"])
    assert attendee_names(f, linz) == {"Jan Obel", "Eva Roth", "Lars Grube"} and linz["date"]["value"] == "2027-04"
    assert attendee_names(f, salzburg) == {"Jan Obel", "Eva Roth", "Lars Grube"} and salzburg["status"] == "planned"
    # no three persons named together: the three are the states, no persons of the last sentences
    f = extract_text("Foreign ministers from France, Germany and Poland met in Graz on Monday. Jan Obel joined by "
                     "video link. The three will meet again in Linz in January.", lang="en", date="2027-06-16")
    linz = next(m for m in f["meetings"] if m["places"] == ["city:2772400"])
    assert "Jan Obel" not in attendee_names(f, linz)


def test_meetings_a_meeting_in_the_conditional_is_not_held(extract_text):
    # "wäre" past a clause that interrupts the subject and its predicate
    f = extract_text("Kanzler Bernd Vollmer empfing am Montag Premier Ivo Marić in Rom. Ein Treffen mit dem "
                     "russischen Außenminister, wie es manche in Brüssel fordern, wäre derzeit ein Fehler.")
    assert len(f["meetings"]) == 1


def test_meetings_a_main_clause_joins_the_meeting_told_when_a_causal_clause_names_another(extract_text):
    # "X war per Video zugeschaltet, weil er sich beim Treffen in Y aufhielt": X at both, each at its own place
    f = extract_text("An dem Treffen im Kanzleramt nahmen Jana Obel und Lars Grube teil. Minister Ivo Marić war "
                     "zeitweise per Video zugeschaltet, weil er sich beim Treffen der G20-Finanzminister in Kapstadt "
                     "aufhielt.", date="2027-09-13")
    berlin = next(m for m in f["meetings"] if m["places"] == ["venue:chancellery-berlin"])
    cape_town = next(m for m in f["meetings"] if m["places"] == ["city:3369157"])
    assert attendee_names(f, berlin) == {"Jana Obel", "Lars Grube", "Ivo Marić"}
    assert attendee_names(f, cape_town) == {"Ivo Marić"} and cape_town["virtual"] is False


def test_meetings_the_speaker_of_a_separable_verb_of_saying_is_not_at_the_meeting_reported(extract_text):
    f = extract_text("Bürgermeister Ivo Marić kündigte an, dass sich die Arbeitsgruppen im Oktober in Linz "
                     "wiedersehen sollen.", date="2027-06-16")
    assert "Ivo Marić" not in attendee_names(f, only_meeting(f))


def test_meetings_a_journey_onward_to_a_city_is_a_new_stop_of_a_visit_to_its_country(extract_text):
    f = extract_text("Präsident Ivo Marić ist seit Sonntag zu einem Staatsbesuch in Deutschland. Am Dienstag reist "
                     "Marić nach Leipzig weiter, wo ihm ein Preis verliehen wird.", date="2027-03-10")
    assert sorted(m["places"][0] for m in f["meetings"]) == ["city:2879139", "country:DE"]


def test_meetings_a_state_represented_in_a_clause_without_verb_takes_part(extract_text):
    # "Für Deutschland nahm X teil, für die USA Y": the second state takes part too
    f = extract_text("Am Montag berieten die Minister in Brüssel. Für Österreich nahm Ministerin Jana Obel teil, für "
                     "Schweden Minister Lars Grube.", date="2027-10-15")
    m = next(m for m in f["meetings"] if m["places"] == ["city:2800866"])
    assert {"Austria", "Sweden", "Jana Obel", "Lars Grube"} <= attendee_names(f, m)


def test_meetings_one_joining_by_video_joins_the_meeting_not_the_talk_on_its_sidelines(extract_text):
    f = extract_text("Die Minister berieten am Montag in Brüssel. Am Rande trafen sich Jana Obel und Lars Grube zu "
                     "einem Gespräch. Dabei ging es um Rüstungsprojekte. Die Ukraine war nur per Video vertreten: "
                     "Minister Ivo Marić wurde aus Kiew zugeschaltet.", date="2027-10-15")
    side = next(m for m in f["meetings"] if m["trigger"] == "trafen")
    main = next(m for m in f["meetings"] if m["trigger"] == "berieten")
    assert "Ivo Marić" not in attendee_names(f, side) and {"Ivo Marić", "Ukraine"} <= attendee_names(f, main)


def test_meetings_taking_part_in_a_meeting_with_an_indefinite_article_is_a_new_meeting(extract_text):
    f = extract_text("Präsidentin Jana Obel empfängt am Montag Premier Lars Grube in Brüssel. Anschließend nimmt Grube "
                     "an einem Arbeitsessen mit Ratspräsident Ivo Marić teil.", date="2027-11-07")
    assert len(f["meetings"]) == 2
    lunch = next(m for m in f["meetings"] if "Ivo Marić" in attendee_names(f, m))
    assert attendee_names(f, lunch) == {"Lars Grube", "Ivo Marić"} and lunch["date"]["value"] == "2027-11-08"


def test_meetings_a_meeting_of_days_told_as_ending_began_days_before(extract_text):
    f = extract_text("Nach dreitägigen Beratungen ist die Konferenz mit Premier Ivo Marić in Graz am Freitag zu Ende "
                     "gegangen.", date="2027-09-24")
    assert only_meeting(f)["date"]["value"] == "2027-09-22"
    f = extract_text("The three-day conference with Prime Minister Ivo Maric in Graz ended on Friday.", lang="en",
                     date="2027-09-24")
    assert only_meeting(f)["date"]["value"] == "2027-09-22"


def test_meetings_the_end_to_come_of_a_meeting_under_way_dates_it_and_its_sidelines(extract_text):
    # a Friday article: the two-day meeting ends today, so it began on Thursday; it is held, not planned, and the
    # talk on its sidelines is on its day
    f = extract_text("Die Verteidigungsminister der Nato-Staaten sind in Split zu einem zweitägigen Treffen "
                     "zusammengekommen. Am Rande des Treffens kam Minister Ivo Marić auch mit seiner Amtskollegin "
                     "Jana Obel zusammen. Am Freitag soll das Treffen enden.", date="2027-05-07")
    assert len(f["meetings"]) == 2
    main, side = f["meetings"]
    assert (main["status"], main["date"]["value"]) == ("past", "2027-05-06")
    assert attendee_names(f, side) == {"Ivo Marić", "Jana Obel"} and side["date"]["value"] == "2027-05-06"
    f = extract_text("Defence ministers of NATO gathered in Split for a two-day meeting. The meeting is due to end on "
                     "Friday.", lang="en", date="2027-05-07")
    m = only_meeting(f)
    assert (m["status"], m["date"]["value"]) == ("past", "2027-05-06")
    # talks "to end the war" tell no end of the talks: they began on the day told
    m = only_meeting(extract_text("Leaders met in Paris on Friday for two-day talks to end the war.", lang="en",
                                  date="2027-05-07"))
    assert m["date"]["value"] == "2027-05-07"


def test_meetings_a_town_hall_visit_told_after_a_colon_with_its_guest(extract_text):
    # the fronted noun is dated by the sentence after the colon; "den Gast" is the visitor named before; a
    # capitalised adjective may begin a building's name; an invitation to a journey elsewhere is no host here
    f = extract_text("Linz – Hoher Besuch im Alten Rathaus: Außenminister Ivo Marić hat sich am Donnerstag ins Goldene "
                     "Buch der Stadt eingetragen. Bürgermeisterin Jana Obel empfing den Gast im Festsaal. Marić war "
                     "auf Einladung von Minister Lars Grube nach Oberösterreich gekommen.", date="2027-06-04")
    m = only_meeting(f)
    assert m["date"]["value"] == "2027-06-03" and attendee_names(f, m) == {"Ivo Marić", "Jana Obel"}
    assert host_names(f, m) == {"Jana Obel"} and {"venue:alten-rathaus", "venue:festsaal"} <= set(m["places"])


def test_meetings_a_subject_left_unnamed_hosts_and_the_one_named_is_the_guest(extract_text):
    f = extract_text("Der Regierende Bürgermeister empfing Ivo Marić am Donnerstag im Roten Rathaus.")
    assert host_names(f, only_meeting(f)) == set()
    f = extract_text("The mayor welcomed Ivo Maric at City Hall on Thursday.", lang="en")
    assert host_names(f, only_meeting(f)) == set()


def test_meetings_the_object_of_a_host_verb_is_no_host_when_the_subject_is_unknown(extract_text):
    # "Kowalczyk" alone is no name the extractor knows: the one received is still the guest, not the host
    f = extract_text("Kowalczyk hat am Dienstag in Warschau den chinesischen Verteidigungsminister Li Wen empfangen.")
    assert attendee_names(f, only_meeting(f)) == {"Li Wen"} and host_names(f, only_meeting(f)) == set()
    f = extract_text("Den chinesischen Verteidigungsminister Li Wen empfing am Dienstag Polens Präsident Marek Zielny.")
    assert host_names(f, only_meeting(f)) == {"Marek Zielny"}


def test_meetings_a_governors_guest_in_a_headline_with_an_abbreviation_and_the_day_after(extract_text):
    # "St." is no sentence end: the first line stays a headline (told, not planned) and names the body's meeting;
    # an invitation to come to a place is no meeting; "der Gast" counts as the person a later meeting goes with;
    # a plan whose day has passed is a meeting held
    f = extract_text("Landeshauptfrau empfängt slowakischen Regierungschef in St. Pölten\n\nLandeshauptfrau Jana Obel "
                     "hat am Mittwoch den slowakischen Ministerpräsidenten Ivo Marić im Landhaus in St. Pölten "
                     "empfangen. Marić lud die Landeshauptfrau zu einem Gegenbesuch nach Bratislava ein. Am Nachmittag "
                     "besuchte der Gast mit Obel ein Werk in Linz. Am Abend stand ein Treffen mit Kanzlerin Eva Roth "
                     "in Wien auf dem Programm.", date="2027-08-26")
    assert len(f["meetings"]) == 3
    first = next(m for m in f["meetings"] if "city:2766429" in m["places"])
    assert first["status"] == "past" and host_names(f, first) == {"Jana Obel"}
    vienna = next(m for m in f["meetings"] if m["places"] == ["city:2761369"])
    assert attendee_names(f, vienna) == {"Ivo Marić", "Eva Roth"} and vienna["status"] == "past"


def test_meetings_an_invitation_to_a_meal_where_the_host_is_is_the_meal(extract_text):
    f = extract_text("Am Abend lud Ministerin Jana Obel ihren Gast Ivo Marić zu einem Nachtessen auf dem Landgut "
                     "Lohn ein.", date="2027-08-26")
    assert host_names(f, only_meeting(f)) == {"Jana Obel"}


def test_meetings_a_dialogue_under_way_since_a_day_with_its_hosts_and_the_next_conference(extract_text):
    # "beraten seit Dienstag": under way since that Tuesday, not next Tuesday; the hosts are coordinated with
    # their roles between; a relative clause names the next conference, which takes neither the hosts nor the
    # later mentions of the dialogue
    f = extract_text("Vertreter aus 40 Staaten beraten seit Dienstag beim Dialog in Berlin. Gastgeber sind Ministerin "
                     "Jana Obel und der brasilianische Minister Ivo Marić, dessen Land die nächste Konferenz "
                     "ausrichtet. Obel eröffnete das Treffen. Am Mittwoch wird Kanzlerin Eva Roth erwartet.",
                     date="2027-04-28")
    berlin = next(m for m in f["meetings"] if m["places"] == ["city:2950159"])
    assert berlin["status"] == "past" and berlin["date"]["value"] == "2027-04-27"
    assert host_names(f, berlin) == {"Jana Obel", "Ivo Marić"} and "Eva Roth" in attendee_names(f, berlin)
    others = [m for m in f["meetings"] if m is not berlin]
    assert all(not attendee_names(f, m) & {"Jana Obel", "Ivo Marić", "Eva Roth"} for m in others)


@pytest.mark.parametrize("text, lang", [
    ("Die Minister aus 40 Staaten trafen sich am Dienstag in Berlin. Gastgeber sind Deutschland und Brasilien, das "
     "die nächste Konferenz ausrichtet.", "de"),
    ("Ministers from 40 countries met in Berlin on Tuesday for the dialogue. The hosts are Germany and Brazil, which will "
     "stage the next conference.", "en"),
    # a meeting to come: the next conference is still another, of no place or day told
    ("Minister aus 40 Staaten beraten am Dienstag in Berlin. Gastgeber sind Deutschland und Brasilien, das die nächste "
     "Konferenz ausrichtet.", "de"),
])
def test_meetings_host_states_before_a_relative_clause_on_the_next_conference_host_the_meeting_told(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-04-27")
    berlin = next(m for m in f["meetings"] if m["places"] == ["city:2950159"])
    assert {h["actor"] for h in berlin["hosts"]} == {"country:DE", "country:BR"}
    assert len(f["meetings"]) == 2
    assert all(not m["hosts"] and not m["places"] and m["date"] is None for m in f["meetings"] if m is not berlin)


def test_meetings_one_not_there_before_a_relative_clause_on_another_meeting_is_absent_from_the_one_told(extract_text):
    f = extract_text("Präsident Tom Hale empfing Kanzlerin Eva Roth am Montag im Weißen Haus. Nicht dabei war Premier Ivo "
                     "Marić, den Hale drei Tage zuvor in Oslo getroffen hatte.", date="2027-04-27")
    white_house, oslo = f["meetings"]
    assert absent_names(f, white_house) == {"Ivo Marić"} and attendee_names(f, oslo) == {"Ivo Marić", "Tom Hale"}


def test_meetings_a_call_an_agreed_meeting_on_a_summits_sidelines_and_one_ruled_out(extract_text):
    # "Treffen im Juni möglich" in the headline is no meeting; "Beide vereinbarten, sich am Rande des G7-Gipfels
    # im Juni in Linz zu treffen": both at a planned meeting beside a planned summit, two meetings; a meeting
    # "schloss X aus" is none
    f = extract_text("Kanzlerin telefoniert mit Präsident – Treffen im Juni möglich\n\nKanzlerin Jana Obel hat am "
                     "Mittwoch mit Präsident Ivo Marić telefoniert. Beide vereinbarten, sich am Rande des G7-Gipfels "
                     "im Juni in Linz persönlich zu treffen. Ein Treffen mit dem russischen Präsidenten schloss Obel "
                     "erneut aus.", date="2027-05-06")
    linz = [m for m in f["meetings"] if m["places"] == ["city:2772400"]]
    assert len(f["meetings"]) == 3 and len(linz) == 2
    assert all(attendee_names(f, m) == {"Jana Obel", "Ivo Marić"} and m["status"] == "planned" for m in linz)


def test_meetings_talks_one_after_the_other_beside_an_assembly_and_a_talk_with_someone_new(extract_text):
    # the assembly is a meeting of its own; "Nacheinander sprach er mit X, Y und Z": one talk each, where and
    # when the meeting before was; "nahm an einem Empfang teil", "traf dort auch W zu einem kurzen Gespräch":
    # two more, not more of the talks before
    f = extract_text("Am Rande der UN-Generalversammlung in Wien hat Minister Jan Obel am Mittwoch mehrere "
                     "Amtskollegen getroffen. Nacheinander sprach er mit Ministerin Eva Roth, Minister Lars Grube und "
                     "Ministerin Ada Brenner. Am Abend nahm Obel an einem Empfang von Ivo Marić im Rathaus teil. Dort "
                     "traf er auch Präsidentin Lea Sommer zu einem kurzen Gespräch.", date="2027-09-23")
    talks = [m for m in f["meetings"] if m["trigger"] == "sprach"]
    assert sorted(sorted(attendee_names(f, m) - {"Jan Obel"}) for m in talks) == [["Ada Brenner"], ["Eva Roth"], ["Lars Grube"]]
    assert all(m["places"] == ["city:2761369"] and m["date"]["value"] == "2027-09-22" for m in talks)
    assert any(m["trigger"] == "Generalversammlung" for m in f["meetings"])
    sommer = [m for m in f["meetings"] if "Lea Sommer" in attendee_names(f, m)]
    assert len(sommer) == 1 and "Ivo Marić" not in attendee_names(f, sommer[0])


def test_meetings_a_datelines_date_yields_to_the_day_the_sentence_names(extract_text):
    f = extract_text("OSLO, Oct 14 (Reuters) - The prime ministers Jan Obel and Lars Grube met in Oslo on Wednesday.",
                     lang="en", date="2027-10-14")
    assert only_meeting(f)["date"]["value"] == "2027-10-13"
    f = extract_text("OSLO, Oct 14 (Reuters) - The prime ministers Jan Obel and Lars Grube met in Oslo.", lang="en",
                     date="2027-10-14")
    assert only_meeting(f)["date"]["value"] == "2027-10-14"  # with no other day, the dateline's


def test_meetings_a_minister_linked_in_while_receiving_a_guest_there_and_talks_going_on(extract_text):
    # "aus Berlin zugeschaltet, weil sie dort X empfing": she hosts X in Berlin ("dort" is the place named before
    # it in the sentence, "sie" the subject); "setzen ihre Gespräche fort" is another day of the meeting told
    f = extract_text("Die Minister sind am Freitag zu einem Treffen auf Schloss Senningen zusammengekommen. Ministerin "
                     "Jana Obel war aus Berlin zugeschaltet, weil sie am Nachmittag dort den Minister Ivo Marić "
                     "empfing. Am Samstag setzen die Minister ihre Gespräche fort.", date="2027-08-28")
    berlin = next(m for m in f["meetings"] if m["places"] == ["city:2950159"])
    assert host_names(f, berlin) == {"Jana Obel"} and attendee_names(f, berlin) == {"Jana Obel", "Ivo Marić"}
    assert len(f["meetings"]) == 2


def test_meetings_a_lunch_before_a_meeting_at_the_chancellery_told_in_one_sentence(extract_text):
    # "Nach einem Mittagessen mit X traf er Y im Kanzleramt": two meetings, X at the lunch only, "er" (the visitor
    # named before, not X) at both
    f = extract_text("Präsident Ivo Marić ist am Dienstag in Berlin eingetroffen. Nach einem Mittagessen mit "
                     "Bundespräsident Jan Obel traf er am Nachmittag Bundeskanzlerin Eva Roth im Kanzleramt.",
                     date="2027-11-17")
    lunch = next(m for m in f["meetings"] if m["trigger"] == "Mittagessen")
    office = next(m for m in f["meetings"] if "venue:chancellery-berlin" in m["places"])
    assert attendee_names(f, lunch) == {"Ivo Marić", "Jan Obel"}
    assert attendee_names(f, office) == {"Ivo Marić", "Eva Roth"}


def test_meetings_die_beiden_minister_are_the_two_named_before(extract_text):
    f = extract_text("Außenminister Jan Obel traf Außenminister Lars Grube am Montag in Graz. Am Dienstag kamen die "
                     "beiden Minister in Linz erneut zusammen.", date="2027-10-20")
    linz = next(m for m in f["meetings"] if m["places"] == ["city:2772400"])
    assert attendee_names(f, linz) == {"Jan Obel", "Lars Grube"}


def test_meetings_taking_part_in_a_council_is_taking_part_in_its_meeting(extract_text):
    f = extract_text("Am Donnerstag ist die Teilnahme von Kanzlerin Jana Obel am Europäischen Rat in Brüssel geplant.",
                     date="2027-10-20")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jana Obel"} and m["places"] == ["city:2800866"] and m["status"] == "planned"
    f = extract_text("Kanzlerin Jana Obel sagte ihre Teilnahme am Europäischen Rat in Brüssel ab.", date="2027-10-20")
    assert absent_names(f, only_meeting(f)) == {"Jana Obel"}  # the council is the meeting, not a party absent
    # membership is no meeting
    assert extract_text("Die Teilnahme der Ukraine an der Nato ist umstritten.")["meetings"] == []


def test_meetings_a_visits_meetings_without_a_place_are_in_its_city(extract_text):
    f = extract_text("Kanzlerin Jana Obel ist zu Besuch in Graz. Am Montag traf sie Bürgermeister Lars Grube.",
                     date="2027-10-20")
    met = next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))
    assert met["places"] == ["city:2778067"] and met["date"]["value"] == "2027-10-18"
    # not across a paragraph, nor from a trip to several places
    f = extract_text("Kanzlerin Jana Obel ist zu Besuch in Graz.\n\nAm Montag traf sie Bürgermeister Lars Grube.",
                     date="2027-10-20")
    assert next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))["places"] == []
    f = extract_text("Kanzlerin Jana Obel ist zu Besuch in Graz und Linz. Am Montag traf sie Bürgermeister Lars "
                     "Grube.", date="2027-10-20")
    assert next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))["places"] == []


def test_meetings_his_meeting_is_a_meeting_of_the_sentences_subject(extract_text):
    f = extract_text("Ann Obel held talks with Lars Grube in Graz on Saturday, a day after her meeting with Eva Roth "
                     "in Linz.", lang="en", date="2027-10-20")
    linz = next(m for m in f["meetings"] if m["places"] == ["city:2772400"])
    assert attendee_names(f, linz) == {"Ann Obel", "Eva Roth"}


def test_meetings_a_relative_clause_on_the_meeting_noun_leaves_the_predicate_its_status(extract_text):
    f = extract_text("The summit, which had been due to take place in Graz, was called off after the two sides failed "
                     "to agree on an agenda.", lang="en", date="2027-10-20")
    assert only_meeting(f)["status"] == "cancelled"
    f = extract_text("Der Gipfel, der in Graz stattfinden sollte, wurde abgesagt.", date="2027-10-20")
    assert only_meeting(f)["status"] == "cancelled"


def test_meetings_a_meeting_with_someone_before_another_is_told_too(extract_text):
    # "Vor dem Treffen mit X": the noun dates the rest ("before"), and is a meeting of its own with X
    f = extract_text("Vor dem Treffen mit Lars Grube hatte Jan Obel in Graz mit Eva Roth gesprochen.", date="2027-10-20")
    before = next(m for m in f["meetings"] if m["trigger"] == "Treffen")
    talk = next(m for m in f["meetings"] if m["trigger"] == "gesprochen")
    assert attendee_names(f, before) == {"Lars Grube", "Jan Obel"} and before["places"] == []
    assert attendee_names(f, talk) == {"Jan Obel", "Eva Roth"} and talk["places"] == ["city:2778067"]


def test_meetings_a_meeting_before_which_things_happen_is_told_when_its_place_and_day_are_named(extract_text):
    # "Vor dem Gipfel in Lissabon am kommenden Dienstag …" dates the preparations and tells of a summit to come
    f = extract_text("Vor dem Gipfel in Lissabon am kommenden Dienstag laufen die Vorbereitungen. Präsident Jan Obel wird "
                     "erwartet.", date="2027-10-20")
    summit = only_meeting(f)
    assert summit["status"] == "planned" and summit["date"]["value"] == "2027-10-26"
    assert place_names(f, summit) == ["Lisbon"]
    # without its place it only dates the rest
    f = extract_text("Vor dem Gipfel am kommenden Dienstag laufen die Vorbereitungen.", date="2027-10-20")
    assert f["meetings"] == []


def test_meetings_the_commas_of_a_list_of_states_end_no_clause(extract_text):
    # the list's commas had cut "empfangen" from its subject: Polen and Tschechien became the hosts
    f = extract_text("Innenministerin Jana Obel hat am Montag ihre Amtskollegen aus Frankreich, Polen und Tschechien in "
                     "Graz empfangen.", date="2027-10-20")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jana Obel"}
    assert attendee_names(f, m) == {"Jana Obel", "France", "Poland", "Czech Republic"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Präsidentin Jana Obel empfing Kanzler Ivo Kahl, Premier Tom Oakes und die polnische Präsidentin Ana Ruiz am "
           "Montag in Graz."),
    ("en", "President Jana Obel hosted Chancellor Ivo Kahl, Prime Minister Tom Oakes and Poland's President Ana Ruiz in "
           "Graz on Monday."),
    ("en", "President Jana Obel hosted German Chancellor Ivo Kahl, Irish Prime Minister Tom Oakes and Polish President "
           "Ana Ruiz in Graz on Monday."),
])
def test_meetings_the_commas_of_a_list_of_persons_with_their_offices_end_no_clause(extract_text, lang, text):
    # the comma after the first guest had cut the verb from the place and day after the list
    f = extract_text(text, lang=lang, date="2027-10-20")
    m = only_meeting(f)
    assert place_names(f, m) == ["Graz"] and m["date"]["value"] == "2027-10-18"
    assert attendee_names(f, m) == {"Jana Obel", "Ivo Kahl", "Tom Oakes", "Ana Ruiz"}


def test_meetings_the_states_of_guests_after_the_verb_are_no_hosts(extract_text):
    f = extract_text("Am Montag empfing die Ministerin die Innenminister Frankreichs und Polens in Graz.", date="2027-10-20")
    m = only_meeting(f)
    assert host_names(f, m) == set() and attendee_names(f, m) == {"France", "Poland"}


def test_meetings_the_inviter_is_the_one_after_the_invitation_noun(extract_text):
    f = extract_text("Auf Einladung des finnischen Präsidenten reiste Jan Obel nach Helsinki.", date="2027-10-20")
    assert host_names(f, only_meeting(f)) == set()  # the traveller is the guest
    f = extract_text("Auf Einladung von Präsident Mikael Aho reiste Jan Obel nach Helsinki.", date="2027-10-20")
    assert host_names(f, only_meeting(f)) == {"Mikael Aho"}


def test_meetings_a_dative_plural_role_after_mit_stands_for_its_states(extract_text):
    f = extract_text("Innenministerin Jana Obel kommt am Donnerstag in Graz mit ihren Amtskollegen aus Frankreich und "
                     "Polen zusammen.", date="2027-10-20")
    assert attendee_names(f, only_meeting(f)) == {"Jana Obel", "France", "Poland"}
    f = extract_text("Jana Obel beriet am Montag in Graz mit den Innenministern Spaniens und Portugals.", date="2027-10-20")
    assert attendee_names(f, only_meeting(f)) == {"Jana Obel", "Spain", "Portugal"}


def test_meetings_an_object_pronoun_is_the_person_named_before(extract_text):
    f = extract_text("Kanzler Bernd Vollmer ist am Mittwoch in Warschau eingetroffen. Regierungschef Jan Obel empfing ihn "
                     "am Vormittag vor der Kanzlei.", date="2027-10-20")
    received = [m for m in f["meetings"] if m["kind"] == "empfangen"]
    assert len(received) == 1 and attendee_names(f, received[0]) == {"Jan Obel", "Bernd Vollmer"}
    assert host_names(f, received[0]) == {"Jan Obel"}
    # named before the pronoun in its own sentence: that person, not one of the sentence before
    f = extract_text("Ministerin Alma Keller sprach in Rom. Präsident Aarne Koskela hielt sich in Ankara auf, wo ihn "
                     "Präsident Lucien Marrot empfing.", date="2027-10-20")
    received = [m for m in f["meetings"] if m["kind"] == "empfangen"]
    assert attendee_names(f, received[0]) == {"Aarne Koskela", "Lucien Marrot"}
    f = extract_text("Minister Jan Obel arrived in Warsaw on Monday. Prime Minister Lucien Marrot welcomed him at the "
                     "chancellery.", lang="en", date="2027-10-20")
    assert any(attendee_names(f, m) == {"Jan Obel", "Lucien Marrot"} for m in f["meetings"])


@pytest.mark.parametrize("text, lang", [
    ("President Ivo Maric and Chancellor Jana Obel arrived in Riga on Saturday. Later that day, Prime Minister Lars "
     "Grube held talks with them.", "en"),
    ("Präsident Ivo Maric und Kanzlerin Jana Obel sind am Samstag in Riga eingetroffen. Am Nachmittag kam "
     "Regierungschef Lars Grube mit ihnen zusammen.", "de"),
    ("Präsident Ivo Maric und Kanzlerin Jana Obel sind am Samstag in Riga eingetroffen. Regierungschef Lars Grube "
     "empfing sie im Schloss.", "de"),
])
def test_meetings_a_plural_object_pronoun_is_the_persons_named_before(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-10-20")
    assert attendee_names(f, f["meetings"][-1]) == {"Ivo Maric", "Jana Obel", "Lars Grube"}


def test_meetings_sie_after_a_host_verb_is_the_one_woman_named_before(extract_text):
    f = extract_text("Kanzlerin Jana Obel ist am Samstag in Riga eingetroffen. Regierungschef Lars Grube empfing sie im "
                     "Schloss.", date="2026-02-10")
    assert any(attendee_names(f, m) == {"Jana Obel", "Lars Grube"} for m in f["meetings"])


def test_meetings_a_plural_object_pronoun_is_not_one_named_as_whose_something_is(extract_text):
    # "them": those the sentence named before its own clause; not the one whose funeral it is, nor the subject
    f = extract_text("President Ivo Maric and Chancellor Jana Obel met in Rome on Saturday before the funeral of "
                     "Pope Pius. Later, Prime Minister Lars Grube held talks with them.", lang="en", date="2027-10-20")
    assert attendee_names(f, f["meetings"][-1]) == {"Ivo Maric", "Jana Obel", "Lars Grube"}
    f = extract_text("President Ivo Maric met Chancellor Jana Obel in Riga on Monday, accompanied by Prime Minister "
                     "Lars Grube and President Ole Dahl. Maric first held a one-on-one meeting with Obel in the library "
                     "before the wider group joined them in the hall.", lang="en", date="2027-10-20")
    assert attendee_names(f, f["meetings"][-1]) == {"Ivo Maric", "Jana Obel"}


def test_meetings_a_venue_the_knowledge_base_lacks_takes_the_city_of_the_story(extract_text):
    f = extract_text("Kanzler Bernd Vollmer ist am Mittwoch in Warschau eingetroffen. Regierungschef Jan Obel empfing ihn "
                     "am Vormittag vor der Kanzlei des Ministerpräsidenten.", date="2027-10-20")
    received = next(m for m in f["meetings"] if m["kind"] == "empfangen")
    names = {p["key"]: p["name"] for p in f["places"]}
    assert [names[k] for k in received["places"]] == ["Kanzlei", "Warsaw"]


def test_meetings_a_summit_being_prepared_is_a_topic_and_its_organisation_no_party(extract_text):
    f = extract_text("Kanzler Bernd Vollmer empfängt am Dienstag Generalsekretär Jan Obel in Berlin. Im Mittelpunkt des "
                     "Gesprächs steht die Vorbereitung des nächsten NATO-Gipfels.", date="2027-10-20")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Bernd Vollmer", "Jan Obel"}
    f = extract_text("Chancellor Bernd Vollmer will host Secretary General Jan Obel in Berlin on Tuesday. Their talks "
                     "will focus on preparations for the next NATO summit.", lang="en", date="2027-10-20")
    assert all("NATO" not in attendee_names(f, m) for m in f["meetings"])


def test_meetings_a_summit_talked_about_is_not_one_of_the_talkers_unless_it_is_theirs(extract_text):
    f = extract_text("Kanzler Bernd Vollmer hat heute mit Präsident Ivo Marić telefoniert. Die beiden sprachen über die "
                     "Vorbereitung des Nato-Gipfels in Ankara.", date="2027-10-20")
    assert all(not attendee_names(f, m) for m in f["meetings"] if place_names(f, m) == ["Ankara"])
    assert any(attendee_names(f, m) == {"Bernd Vollmer", "Ivo Marić"} for m in f["meetings"])
    # their own talks: the possessive says whose
    f = extract_text("Ministerin Ruta Vaitkus war am Montag in Riga. Am Dienstag berichtete sie im Ausschuss über ihre "
                     "Gespräche in Riga.", date="2027-10-20")
    assert any("Ruta Vaitkus" in attendee_names(f, m) for m in f["meetings"] if place_names(f, m) == ["Riga"])
    # a summit after a preposition of place is where they clashed, not what about
    f = extract_text("Leaders Jan Obel and Ivo Marić clashed over migration at a summit in Riga on Thursday.", lang="en",
                     date="2027-10-20")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Ivo Marić"}


def test_meetings_an_open_question_of_attending_tells_no_one_at_the_meeting(extract_text):
    text = ("Die Regierungschefs kommen am 24. Juni in Graz zu einem Gipfel zusammen. Gastgeber ist Kanzler Bernd "
            "Vollmer. Premier Ivo Marić ist zu einem Abendessen am Vorabend eingeladen. {}")
    f = extract_text(text.format("Ob er auch an den Beratungen teilnimmt, ist offen."), date="2027-06-10")
    summit = next(m for m in f["meetings"] if m["date"] and m["date"]["value"] == "2027-06-24")
    assert "Ivo Marić" not in attendee_names(f, summit)
    f = extract_text(text.format("Er wird auch an den Beratungen teilnehmen."), date="2027-06-10")
    summit = next(m for m in f["meetings"] if m["date"] and m["date"]["value"] == "2027-06-24")
    assert "Ivo Marić" in attendee_names(f, summit)  # (the same sentence, told as known)
    f = extract_text("Leaders meet in Graz on Tuesday. It was unclear whether Prime Minister Ivo Marić would attend "
                     "the summit.", lang="en", date="2027-06-10")
    assert all("Ivo Marić" not in attendee_names(f, m) for m in f["meetings"])


def test_meetings_one_who_has_not_said_whether_they_come_is_neither_at_the_meeting_nor_absent(extract_text):
    text = "Die Regierungschefs treffen sich am 24. Juni in Graz. Premier Ivo Marić hat bisher nicht gesagt, ob er {}."
    for verb in ("anreist", "teilnimmt"):
        f = extract_text(text.format(verb), date="2027-06-10")
        summit = only_meeting(f)
        assert "Ivo Marić" not in attendee_names(f, summit) | absent_names(f, summit)
    f = extract_text("Leaders gather in Graz on Tuesday. Prime Minister Ivo Marić has not said whether he will travel.",
                     lang="en", date="2027-06-10")
    summit = only_meeting(f)
    assert "Ivo Marić" not in attendee_names(f, summit) | absent_names(f, summit)
    # (told as known, the same sentence puts him there)
    f = extract_text("Die Regierungschefs treffen sich am 24. Juni in Graz. Premier Ivo Marić hat gesagt, dass er anreist.",
                     date="2027-06-10")
    assert "Ivo Marić" in attendee_names(f, only_meeting(f))


def test_meetings_one_who_skips_only_the_meal_of_a_meeting_attends_it(extract_text):
    f = extract_text("Leaders gather in Graz next week. Prime Minister Ivo Marić will skip the leaders' dinner but join "
                     "the main session.", lang="en", date="2027-06-10")
    summit = only_meeting(f)
    assert "Ivo Marić" in attendee_names(f, summit) and "Ivo Marić" not in absent_names(f, summit)
    f = extract_text("Die Regierungschefs treffen sich kommende Woche in Graz. Premier Ivo Marić wird das Abendessen "
                     "auslassen, aber an der Arbeitssitzung teilnehmen.", date="2027-06-10")
    summit = only_meeting(f)
    assert "Ivo Marić" in attendee_names(f, summit) and "Ivo Marić" not in absent_names(f, summit)
    # (the meal alone, missed, is an absence from it; missing the meeting itself is one from the meeting)
    f = extract_text("Leaders gather in Graz next week. Prime Minister Ivo Marić will skip the leaders' dinner.",
                     lang="en", date="2027-06-10")
    assert any("Ivo Marić" in absent_names(f, m) for m in f["meetings"])
    f = extract_text("Leaders gather in Graz next week. Prime Minister Ivo Marić will skip the summit but attend a "
                     "dinner.", lang="en", date="2027-06-10")
    assert any("Ivo Marić" in absent_names(f, m) for m in f["meetings"])


def test_meetings_later_that_day_is_in_the_state_when_the_meeting_before_names_only_the_state(extract_text):
    f = extract_text("Die Außenminister der EU-Staaten sind am Montag in Luxemburg zusammengetreten. Die Sitzung leitete "
                     "Ministerin Ruta Vaitkus. Am Nachmittag kamen die Minister mit ihren Kollegen aus den Balkanstaaten "
                     "zu einem Arbeitsessen zusammen.", date="2027-06-16")
    assert len(f["meetings"]) == 2 and all(place_names(f, m) == ["Luxembourg"] for m in f["meetings"])


def test_meetings_a_line_heading_an_item_lends_its_town_as_a_headline_does(extract_text):
    f = extract_text("Nachrichten im Überblick\n\n+++ Obel in Riga +++\nKanzler Jan Obel hat am Montag Präsident Ivo "
                     "Marić getroffen.\n\n+++ Vaitkus in Wien +++\nMinisterin Ruta Vaitkus hat am Dienstag Minister "
                     "Lars Grube getroffen.", date="2027-06-16")
    places = {frozenset(attendee_names(f, m)): place_names(f, m) for m in f["meetings"]}
    assert places == {frozenset({"Jan Obel", "Ivo Marić"}): ["Riga"], frozenset({"Ruta Vaitkus", "Lars Grube"}): ["Vienna"]}


def test_meetings_what_one_did_before_with_colleagues_of_states_adds_no_state(extract_text):
    f = extract_text("Minister Jan Obel hat am Sonntag mit seinem Amtskollegen Ivo Marić telefoniert. Zuvor hatte Obel "
                     "die Kollegen aus Frankreich und Polen informiert.", date="2027-06-16")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Ivo Marić"}


def test_meetings_a_reflexive_talk_reaches_its_pronoun_over_several_names_in_apposition(extract_text):
    f = extract_text("Minister Jan Obel hat am Sonntag mit seinem Amtskollegen Ivo Marić telefoniert. Zuvor hatte sich "
                     "Obel mit seinen Kollegen aus Frankreich und Polen, Jean Dupont und Jan Nowak, abgestimmt.",
                     date="2027-06-16")
    assert len(f["meetings"]) == 2
    assert {"Jan Obel", "Jean Dupont", "Jan Nowak"} <= attendee_names(f, f["meetings"][1])


def test_meetings_willing_to_talk_is_no_talk(extract_text):
    f = extract_text("Premier Ivo Marić hatte sich mehrfach zu einem direkten Gespräch mit Präsident Jan Obel bereit "
                     "erklärt.", date="2027-06-16")
    assert f["meetings"] == []
    f = extract_text("Premier Ivo Marić war bereits zu einem direkten Gespräch mit Präsident Jan Obel nach Riga gereist.",
                     date="2027-06-16")
    assert attendee_names(f, only_meeting(f)) == {"Ivo Marić", "Jan Obel"}


@pytest.mark.parametrize("then", ["führten sie Gespräche mit", "sprachen sie mit"])
def test_meetings_they_who_go_on_to_another_partner_are_those_who_met_the_first(extract_text, then):
    f = extract_text("Kommissionspräsidentin Ana Lobo und Ratspräsident Jan Obel sind am Donnerstag in Peking mit "
                     f"Staatschef Li Wen zusammengetroffen. Anschließend {then} Ministerpräsident Zhou Ming.",
                     date="2027-06-16")
    assert [attendee_names(f, m) for m in f["meetings"]] == [{"Ana Lobo", "Jan Obel", "Li Wen"},
                                                              {"Ana Lobo", "Jan Obel", "Zhou Ming"}]


def test_meetings_the_town_a_meeting_was_first_planned_in_is_no_meeting_of_its_own(extract_text):
    f = extract_text("Die Regierungschefs Ana Lobo und Jan Obel sind am Donnerstag in Riga zu einem Gipfel "
                     "zusammengetroffen. Der Gipfel war ursprünglich in Tallinn geplant, wurde aber nach Riga verlegt.",
                     date="2027-06-16")
    assert place_names(f, only_meeting(f)) == ["Riga"]


def test_meetings_a_state_that_chairs_is_no_place_as_a_host_state_is(extract_text):
    f = extract_text("Die Kontaktgruppe hat am Mittwoch unter dem Vorsitz Großbritanniens und Deutschlands getagt.",
                     date="2027-06-16")
    m = only_meeting(f)
    assert place_names(f, m) == [] and host_names(f, m) == {"United Kingdom", "Germany"}
    f = extract_text("Gastgeber des Treffens am Mittwoch war Polen.", date="2027-06-16")
    assert place_names(f, only_meeting(f)) == ["Poland"]


def test_meetings_the_body_an_office_holder_leads_is_not_the_meeting_the_sentence_tells(extract_text):
    f = extract_text("Die Präsidentin der UN-Generalversammlung, Ana Lobo, hat am Montag Generalsekretär Jan Obel "
                     "getroffen.", date="2027-06-16")
    m = only_meeting(f)
    assert m["trigger"] == "getroffen" and attendee_names(f, m) == {"Ana Lobo", "Jan Obel"}


def test_meetings_the_three_may_be_named_over_the_last_sentences_together(extract_text):
    f = extract_text("Kanzler Jan Obel ist in der Nacht zu Freitag in Riga eingetroffen. Begleitet wurde er von Präsident "
                     "Ivo Marić und Premier Lars Grube. Am Vormittag kamen die drei mit Präsidentin Ana Lobo zusammen.",
                     date="2027-06-16")
    assert any(attendee_names(f, m) == {"Jan Obel", "Ivo Marić", "Lars Grube", "Ana Lobo"} for m in f["meetings"])
    f = extract_text("Außenministerin Ana Lobo hat am Montag ihre Amtskollegen Jan Obel und Lars Grube in Riga empfangen. "
                     "Die drei Minister vereinbarten, sich im Herbst erneut zu treffen.", date="2027-06-16")
    planned = next(m for m in f["meetings"] if m["status"] == "planned")
    assert attendee_names(f, planned) == {"Ana Lobo", "Jan Obel", "Lars Grube"}  # (no group "drei Minister" beside them)


def test_meetings_credentials_presented_are_an_audience_dated_by_their_clause(extract_text):
    f = extract_text("Der neue Botschafter Jaan Tamm hat am Dienstag Präsidentin Ana Lobo im Präsidentenpalast sein "
                     "Beglaubigungsschreiben überreicht.", date="2027-06-16")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jaan Tamm", "Ana Lobo"} and m["date"]["value"] == "2027-06-15"


def test_meetings_a_headline_of_a_host_verb_is_the_leads_meeting_of_that_host(extract_text):
    f = extract_text("Präsidentin Lobo empfängt neuen Botschafter\n\nPräsidentin Ana Lobo hat am Mittwoch im "
                     "Präsidentenpalast die Beglaubigungsschreiben von fünf neuen Botschaftern entgegengenommen. Unter "
                     "ihnen war der Botschafter Estlands, Jaan Tamm.", date="2027-06-16")
    m = only_meeting(f)
    assert {"Ana Lobo", "Jaan Tamm"} <= attendee_names(f, m) and m["date"]["value"] == "2027-06-16"


def test_meetings_the_day_a_visit_was_announced_is_not_its_day(extract_text):
    f = extract_text("Präsidentin Ana Lobo wird in der kommenden Woche nach Riga reisen. Dort will sie mit Premier Jan Obel "
                     "sprechen. Der Besuch war bereits im Januar angekündigt worden.", date="2027-06-16")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ana Lobo", "Jan Obel"} and not m["date"]["value"].endswith("-01")


def test_meetings_a_line_of_towns_after_a_call_does_not_place_the_call(extract_text):
    f = extract_text("Obel und Marić telefonieren\n\nBerlin/Washington. Kanzler Jan Obel und Präsident Ivo Marić haben "
                     "am Freitag miteinander telefoniert.", date="2025-06-16")
    m = only_meeting(f)
    assert m["virtual"] is True and place_names(f, m) == []


@pytest.mark.parametrize("text", [
    "Das Treffen zwischen dem US-Gesandten Jan Obel und dem russischen Unterhändler Ivo Marić in Genf wurde abgesagt.",
    "Die Unterhändler Jan Obel und Ivo Marić trafen sich in Genf.",
])
def test_meetings_a_noun_of_persons_before_their_names_is_no_group_beside_them(extract_text, text):
    f = extract_text(text, date="2025-06-16")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Ivo Marić"}


def test_meetings_a_summit_told_by_its_end_and_its_start_is_one_and_who_acted_in_the_past_was_there(extract_text):
    f = extract_text("Brüssel. Der Gipfel ist in der Nacht zu Freitag ohne Einigung zu Ende gegangen. Die Regierungschefs "
                     "hatten seit Donnerstagmittag beraten. Ratspräsident Jan Obel kündigte einen Sondergipfel im Juli an. "
                     "Premier Ivo Marić blockierte nach Angaben von Diplomaten eine gemeinsame Erklärung.",
                     date="2027-06-16")
    held = [m for m in f["meetings"] if m["status"] == "past"]
    assert len(held) == 1 and "Ivo Marić" in attendee_names(f, held[0])
    assert all("Diplomaten" not in attendee_names(f, m) for m in f["meetings"])
    planned = next(m for m in f["meetings"] if m["status"] == "planned")
    assert "Ivo Marić" not in attendee_names(f, planned)


def test_meetings_a_dateline_of_a_town_the_knowledge_base_lacks_hands_the_lead_on(extract_text):
    text = ("Ministerin besucht Flutgebiet\n\n{}. Ministerin Ana Lobo hat sich am Mittwoch im Tal über den Wiederaufbau "
            "informiert. Begleitet wurde sie von Ministerpräsident Jan Obel.")
    f = extract_text(text.format("Ahrweiler"), date="2027-06-18")
    m = only_meeting(f)
    assert m["date"]["value"] == "2027-06-16" and attendee_names(f, m) == {"Ana Lobo", "Jan Obel"}
    f = extract_text(text.format("Endlich"), date="2027-06-18")  # a word of the language is no town's dateline
    assert only_meeting(f)["date"] is None


def test_meetings_the_body_telling_a_headlines_meeting_virtual_makes_it_virtual(extract_text):
    f = extract_text("Obel and Maric co-host Baltic summit\n\nPrime Minister Jan Obel and President Ivo Maric co-hosted a "
                     "virtual meeting of the Baltic leaders on Thursday.", lang="en", date="2027-06-18")
    assert only_meeting(f)["virtual"] is True
    # one linked in by video to a summit held in person does not make it virtual
    f = extract_text("Obel hosts Baltic summit\n\nPrime Minister Jan Obel hosted a summit of Baltic leaders in Riga on "
                     "Thursday. President Ivo Maric joined by video.", lang="en", date="2027-06-18")
    assert all(m["virtual"] is False for m in f["meetings"] if place_names(f, m) == ["Riga"])


def test_meetings_a_plan_not_kept_because_the_meeting_was_called_off_is_cancelled_not_missed(extract_text):
    f = extract_text("Secretary General Jan Obel had been expected to travel to Riga, but the visit was cancelled for "
                     "security reasons.", lang="en", date="2027-06-18")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and attendee_names(f, m) == {"Jan Obel"} and absent_names(f, m) == set()
    # one who called off his own trip missed a meeting that was held
    f = extract_text("Minister Jan Obel had been expected to attend the talks in Riga, but he cancelled his trip.",
                     lang="en", date="2027-06-18")
    assert absent_names(f, only_meeting(f)) == {"Jan Obel"}


def test_meetings_one_at_another_meeting_the_clause_of_cause_tells_is_absent_from_the_one_told(extract_text):
    f = extract_text("Die Agrarminister der EU-Staaten haben am Montag in Brüssel getagt. Estland wurde von Staatssekretärin "
                     "Ruta Vaitkus vertreten, da Minister Jan Obel zeitgleich in Tallinn an einer Kabinettssitzung "
                     "teilnahm.", date="2027-06-16")
    council = next(m for m in f["meetings"] if place_names(f, m) == ["Brussels"])
    assert "Ruta Vaitkus" in attendee_names(f, council) and absent_names(f, council) == {"Jan Obel"}


def test_meetings_a_time_of_day_after_nach_is_no_town(extract_text):
    f = extract_text("Die Minister Jan Obel und Ivo Marić berieten am Montag in Riga. Die Sitzung dauerte bis nach "
                     "Mitternacht.", date="2027-06-16")
    assert place_names(f, only_meeting(f)) == ["Riga"] and all(p["name"] != "Mitternacht" for p in f["places"])


def test_meetings_a_headline_naming_person_and_town_is_the_leads_meeting_there(extract_text):
    f = extract_text("Obel in Riga for talks with Baltic leaders\n\nRIGA (Reuters) - Prime Minister Jan Obel arrived in "
                     "Riga to attend a summit of Baltic leaders on Thursday. He was greeted by President Ivo Marić.",
                     lang="en", date="2027-10-20")
    m = only_meeting(f)
    assert m["date"]["value"] == "2027-10-14" and place_names(f, m) == ["Riga"]
    assert {"Jan Obel", "Ivo Marić"} <= attendee_names(f, m)
    f = extract_text("Vollmer zu Gesprächen in Riga\n\nRiga (dpa) - Kanzler Bernd Vollmer ist am Donnerstag in Riga "
                     "eingetroffen, um am Gipfel der baltischen Staaten teilzunehmen. Er wurde von Präsident Ivo Marić "
                     "begrüßt.", date="2027-10-20")
    m = only_meeting(f)
    assert m["date"]["value"] == "2027-10-14" and attendee_names(f, m) == {"Bernd Vollmer", "Ivo Marić"}


def test_meetings_the_next_summit_is_another_meeting_than_the_one_told(extract_text):
    text = ("Gipfel in Graz: Einigung auf Hilfen\n\nDie Regierungschefs Jan Obel und Alma Keller haben sich am Freitag in "
            "Graz auf neue Hilfen geeinigt. Der nächste reguläre Gipfel ist für Dezember geplant.")
    f = extract_text(text, date="2027-10-22")
    statuses = sorted(m["status"] for m in f["meetings"] if m["kind"] == "gipfel")
    assert statuses == ["past", "planned"]
    planned = next(m for m in f["meetings"] if m["status"] == "planned")
    assert planned["date"]["value"] == "2027-12"


def test_meetings_a_headline_naming_only_the_event_is_the_leads_meeting(extract_text):
    text = ("Gipfel in Graz\n\nNach stundenlangen Verhandlungen haben sich die Regierungschefs Jan Obel und Alma Keller "
            "am Freitag auf neue Hilfen geeinigt.")
    f = extract_text(text, date="2027-10-22")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Alma Keller"} and m["date"]["value"] == "2027-10-22"
    assert place_names(f, m) == ["Graz"]


def test_meetings_a_headline_naming_an_organisations_group_is_the_leads_meeting(extract_text):
    f = extract_text("NATO defence ministers meet in Brussels\n\nNATO defence ministers gathered in Brussels on Thursday "
                     "for talks chaired by Secretary General Jan Obel.", lang="en", date="2027-10-22")
    m = only_meeting(f)
    assert "Jan Obel" in attendee_names(f, m) and host_names(f, m) == {"Jan Obel"}


def test_meetings_a_headlines_short_name_of_the_bodys_town_is_that_town(extract_text):
    f = extract_text("Foreign ministers gather in Rio\n\nForeign ministers opened two days of talks in Rio de Janeiro on "
                     "Wednesday, hosted by Foreign Minister Jan Obel.", lang="en", date="2027-10-22")
    m = only_meeting(f)
    assert place_names(f, m) == ["Rio de Janeiro"] and host_names(f, m) == {"Jan Obel"}


def test_meetings_a_headlines_meets_is_the_bodys_reception_of_its_persons(extract_text):
    f = extract_text("Prime Minister meets Jan Obel\n\nPrime Minister Ivo Maric welcomed President Jan Obel to the "
                     "Presidential Palace today.", lang="en", date="2027-10-22")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ivo Maric", "Jan Obel"} and host_names(f, m) == {"Ivo Maric"}
    f = extract_text("Kanzler trifft Jan Obel\n\nKanzler Ivo Maric hat Präsident Jan Obel im Kanzleramt empfangen.",
                     date="2027-10-22")
    assert attendee_names(f, only_meeting(f)) == {"Ivo Maric", "Jan Obel"}


def test_meetings_the_meeting_a_sideline_phrase_names_is_the_one_told(extract_text):
    f = extract_text("Kanzler Bernd Vollmer traf am Montag Präsident Aarne Koskela in Graz. Vollmer sagte am Rande des "
                     "Treffens, man sei einig.", date="2027-10-20")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Bernd Vollmer", "Aarne Koskela"}
    f = extract_text("Chancellor Bernd Vollmer met President Aarne Koskela in Graz on Monday. On the sidelines of the "
                     "meeting, Vollmer said Europe must act.", lang="en", date="2027-10-20")
    assert len(f["meetings"]) == 1


def test_meetings_actors_after_ohne_in_the_meetings_clause_are_absent(extract_text):
    f = extract_text("Das Treffen in Graz am Dienstag fand ohne Vertreter Polens statt.", date="2027-10-20")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Poland"} and "Poland" not in attendee_names(f, m)
    f = extract_text("Officials of Finland and Estonia met in Graz on Tuesday without Poland.", lang="en", date="2027-10-20")
    assert absent_names(f, only_meeting(f)) == {"Poland"}
    # not the clause of a meeting: "ohne" there says nothing of who was there
    f = extract_text("Minister Jan Obel traf am Dienstag in Graz Ministerin Alma Keller. Europa müsse notfalls auch ohne "
                     "Polen handeln, sagte Obel.", date="2027-10-20")
    assert absent_names(f, only_meeting(f)) == set()


def test_meetings_the_commas_of_a_date_in_apposition_end_no_clause(extract_text):
    f = extract_text("Kanzler Bernd Vollmer empfängt am Mittwoch, den 12. November 2025, um 11 Uhr den Premierminister "
                     "Jan Obel in Graz.", date="2025-11-07")
    m = only_meeting(f)
    assert place_names(f, m) == ["Graz"] and m["date"]["value"] == "2025-11-12"
    f = extract_text("Chancellor Bernd Vollmer will host Prime Minister Jan Obel on Wednesday, November 12, in Graz.",
                     lang="en", date="2025-11-07")
    assert place_names(f, only_meeting(f)) == ["Graz"]


def test_meetings_one_represented_by_an_unnamed_office_holder_is_absent(extract_text):
    f = extract_text("Die Minister trafen sich am Donnerstag in Graz. Verteidigungsminister Jan Obel ließ sich von einem "
                     "Staatssekretär vertreten.", date="2027-10-20")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Jan Obel"} and "Jan Obel" not in attendee_names(f, m)
    f = extract_text("The ministers met in Graz on Thursday. Defence Minister Jan Obel was represented by a state "
                     "secretary.", lang="en", date="2027-10-20")
    assert absent_names(f, only_meeting(f)) == {"Jan Obel"}
    # a state represented by someone takes part
    f = extract_text("Die Minister trafen sich am Donnerstag in Graz. Polen wurde von einem Staatssekretär vertreten.",
                     date="2027-10-20")
    assert "Poland" in attendee_names(f, only_meeting(f))


def test_meetings_reported_words_after_a_meeting_phrase_give_it_no_place(extract_text):
    # ", die Ukraine könne …" after "sagte X" is what X said, not a relative clause on the talks
    f = extract_text("Nach Gesprächen in Graz sagte Jan Obel, die Ukraine könne sich auf Deutschland verlassen.",
                     date="2027-10-20")
    assert place_names(f, only_meeting(f)) == ["Graz"]


def test_meetings_a_plural_role_with_its_states_is_no_person_named_later(extract_text):
    f = extract_text("Die Außenminister Polens und Tschechiens haben am Donnerstag in Graz beraten. Der polnische "
                     "Außenminister Jan Nowak sprach danach von Fortschritten.", date="2027-10-22")
    first = f["meetings"][0]
    assert {"Poland", "Czech Republic"} <= attendee_names(f, first)


def test_meetings_an_infinitive_of_purpose_is_the_meeting_told(extract_text):
    f = extract_text("Die Außenminister Kalev Tamm und Ruta Vaitkus haben sich am Donnerstag in Genf getroffen, um über "
                     "den Wiederaufbau zu beraten.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Kalev Tamm", "Ruta Vaitkus"} and m["status"] == "past"


def test_meetings_who_criticises_a_meeting_is_not_at_it(extract_text):
    opening = "Die Außenminister Kalev Tamm und Ruta Vaitkus trafen sich am Donnerstag in Genf. "
    f = extract_text(opening + "Kritik kam aus dem Parlament: Der Abgeordnete Stefan Brunnhuber bezeichnete das Treffen als teuer.")
    assert attendee_names(f, only_meeting(f)) == {"Kalev Tamm", "Ruta Vaitkus"}
    f = extract_text(opening + "Bei dem Treffen kritisierte die Ministerin Lea Brandt die Haltung Russlands.")
    assert attendee_names(f, only_meeting(f)) == {"Kalev Tamm", "Ruta Vaitkus", "Lea Brandt"}


def test_meetings_an_arrival_by_a_separable_verb_joins_the_meeting_told(extract_text):
    opening = "Die Außenminister Kalev Tamm und Ruta Vaitkus trafen sich am Donnerstag in Genf. "
    f = extract_text(opening + "Aus Polen reiste Vizeminister Jan Obel an.")
    assert attendee_names(f, only_meeting(f)) == {"Kalev Tamm", "Ruta Vaitkus", "Jan Obel"}
    f = extract_text(opening + "Der Minister Jan Obel traf erst am Abend ein.")  # arrived: no meeting of "traf"
    assert attendee_names(f, only_meeting(f)) == {"Kalev Tamm", "Ruta Vaitkus", "Jan Obel"}


def test_meetings_an_arrival_in_a_main_clause_before_a_clause_of_cause(extract_text):
    f = extract_text("Die Außenminister Kalev Tamm und Ruta Vaitkus trafen sich am Donnerstag in Genf. Aus Polen reiste "
                     "Vizeminister Jan Obel an, weil die Ministerin Lea Brandt wegen einer Sitzung des Parlaments in "
                     "Warschau bleiben musste.")
    geneva = next(m for m in f["meetings"] if place_names(f, m) == ["Geneva"])
    assert attendee_names(f, geneva) == {"Kalev Tamm", "Ruta Vaitkus", "Jan Obel"}
    assert all("Jan Obel" not in attendee_names(f, m) for m in f["meetings"] if m is not geneva)


def test_meetings_in_the_morning_is_no_plan_for_tomorrow(extract_text):
    f = extract_text("Ministerpräsidentin Lena Marek hatte am Morgen an einer Kabinettssitzung in München teilgenommen.")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2025-04-10"


def test_meetings_a_round_with_someone_before_a_verb_dates_it_and_keeps_its_partner(extract_text):
    f = extract_text("Kanzler Olaf Brehm und die Ministerpräsidenten trafen sich am Montag im Kanzleramt. Vor der Runde "
                     "mit dem Kanzler hatten die Länderchefs am Vormittag in der Landesvertretung Sachsen getagt.")
    morning = next(m for m in f["meetings"] if m["trigger"] == "getagt")
    assert "Olaf Brehm" not in attendee_names(f, morning)
    assert place_names(f, morning) == ["Landesvertretung Sachsen"]


def test_meetings_a_subject_pronoun_of_a_later_clause_is_the_sentences_subject(extract_text):
    f = extract_text("Ministerpräsidentin Lena Marek war bei der Vorbesprechung per Video zugeschaltet; sie hatte am "
                     "Morgen an einer Kabinettssitzung in München teilgenommen.")
    assert all("Lena Marek" in attendee_names(f, m) for m in f["meetings"]) and len(f["meetings"]) == 2
    f = extract_text("Kanzler Olaf Brehm traf am Montag in Paris Präsident Jean Morel, am Dienstag besuchte er in Madrid "
                     "den Regierungschef Pablo Ruiz.")
    madrid = next(m for m in f["meetings"] if place_names(f, m) == ["Madrid"])
    assert attendee_names(f, madrid) == {"Olaf Brehm", "Pablo Ruiz"}


def test_meetings_the_host_travels_with_all_her_guests(extract_text):
    f = extract_text("Ministerin Miriam Hartwig empfängt am Mittwoch die Minister Tomas Petras und Ilze Ozola im "
                     "Bendlerblock. Am Folgetag reist Hartwig mit ihren Gästen nach Dresden.", date="2027-09-20")
    first, trip = f["meetings"]
    assert place_names(f, first) == ["Bendlerblock"]
    assert {p["key"]: p["within"] for p in f["places"]}["venue:bendlerblock"] == "city:2950159"  # Berlin
    assert attendee_names(f, trip) == {"Miriam Hartwig", "Tomas Petras", "Ilze Ozola"}
    assert trip["date"]["value"] == "2027-09-23"


def test_meetings_a_question_tells_no_meeting(extract_text):
    f = extract_text("Wird die Kanzlerin in Brüssel auch den Regierungschef Gábor Szép treffen?")
    assert f["meetings"] == []
    # a question after a colon is one of its own: the statement before it stands
    f = extract_text("Als sich die Minister Kalev Tamm und Ruta Vaitkus am Dienstag in Vilnius trafen, hatten sie nur "
                     "eine Frage: Werden sie sich im Mai in Riga mit Präsident Jean Morel treffen?")
    assert attendee_names(f, only_meeting(f)) == {"Kalev Tamm", "Ruta Vaitkus"}


def test_meetings_a_transcripts_speaker_speaks_for_others_unless_of_themselves(extract_text):
    f = extract_text("Sprecherin Lea Yilmaz: Ja, der Minister Jonas Brand hat am Samstag mit Außenminister Avi Levin "
                     "telefoniert.")
    assert attendee_names(f, only_meeting(f)) == {"Jonas Brand", "Avi Levin"}
    f = extract_text("Minister Tobias Venner: Ich habe am Dienstag den EU-Kommissar Henrik Sjöberg in Brüssel getroffen.")
    assert attendee_names(f, only_meeting(f)) == {"Tobias Venner", "Henrik Sjöberg"}
    # (a headline's "ich" left out)
    f = extract_text("Venner: Habe mit Sjöberg gesprochen\n\nMinister Tobias Venner hat nach eigenen Angaben mit "
                     "EU-Kommissar Henrik Sjöberg telefoniert.", date="2027-02-15")
    assert attendee_names(f, only_meeting(f)) == {"Tobias Venner", "Henrik Sjöberg"}


def test_meetings_a_press_conference_compound_is_no_meeting(extract_text):
    f = extract_text("Regierungspressekonferenz vom 15. Februar\n\nAm Mittwoch empfängt Kanzlerin Henrike Albers den "
                     "finnischen Ministerpräsidenten Mikko Laaksonen im Kanzleramt.", date="2027-02-15")
    assert [m["trigger"] for m in f["meetings"]] == ["empfängt"]


def test_meetings_what_follows_a_planned_meeting_is_planned_there_with_its_people(extract_text):
    f = extract_text("Am Mittwoch empfängt Kanzlerin Henrike Albers den finnischen Ministerpräsidenten Mikko Laaksonen "
                     "im Kanzleramt. Nach einem Gespräch unter vier Augen folgt ein Mittagessen mit den Delegationen.",
                     date="2027-02-15")
    reception, lunch = f["meetings"]
    assert lunch["status"] == "planned" and lunch["date"]["value"] == "2027-02-17"
    assert lunch["places"] == reception["places"] == ["venue:chancellery-berlin"]
    assert {"Henrike Albers", "Mikko Laaksonen"} <= attendee_names(f, lunch)


def test_meetings_a_building_unknown_to_the_knowledge_base_is_not_inside_a_known_one(extract_text):
    f = extract_text("Minister Matej Zupan war am Mittwoch von Präsident Herbert Lechner in der Hofburg empfangen "
                     "worden. Am Nachmittag traf er im Parlament mit Präsident Wolfgang Eder zusammen.", date="2027-01-21")
    # (in the town of the Hofburg, as the guest meets someone new there without its host)
    assert [place_names(f, m) for m in f["meetings"]] == [["Hofburg"], ["Parlament", "Vienna"]]


def test_meetings_a_sideline_meeting_elsewhere_does_not_join_the_meeting_told(extract_text):
    f = extract_text("Am Donnerstag reist Minister Matej Zupan nach Klagenfurt, wo ihn Landeshauptmann Gerhard Moser "
                     "empfangen wird. Bereits am 12. Jänner hatten Ministerin Katharina Pichler und Zupan am Rande "
                     "eines EU-Außenministerrats in Brüssel miteinander gesprochen.", date="2027-01-21")
    trip, talk = f["meetings"]
    assert attendee_names(f, trip) == {"Matej Zupan", "Gerhard Moser"}
    assert attendee_names(f, talk) == {"Katharina Pichler", "Matej Zupan"} and talk["date"]["value"] == "2027-01-12"


def test_meetings_a_crosshead_names_the_meeting_its_item_tells(extract_text):
    f = extract_text("Die Nachrichten am Mittwochmorgen\n\nGespräche in Kairo fortgesetzt\n\nIn Kairo sind am Dienstag die "
                     "Verhandlungen zwischen den Außenministern Kalev Tamm und Ruta Vaitkus fortgesetzt worden. Die "
                     "Gespräche hatten am Montag begonnen.\n\nKanzlerin empfängt Gast\n\nKanzlerin Henrike Albers "
                     "empfängt morgen den Präsidenten Marek Zielny in Berlin.", date="2027-10-06")
    cairo, berlin = f["meetings"]
    assert attendee_names(f, cairo) == {"Kalev Tamm", "Ruta Vaitkus"}
    assert cairo["date"]["value"] == "2027-10-04"  # the day the talks began
    assert berlin["status"] == "planned" and host_names(f, berlin) == {"Henrike Albers"}


def test_meetings_a_state_someone_arrives_for_takes_part(extract_text):
    f = extract_text("Die Verteidigungsminister Kalev Tamm und Ruta Vaitkus kommen am Donnerstag in Brüssel zusammen. "
                     "Minister Peter Hale hat seine Teilnahme abgesagt; für die USA reist sein Stellvertreter Mark Colm an.")
    m = only_meeting(f)
    assert {"Mark Colm", "United States"} <= attendee_names(f, m) and absent_names(f, m) == {"Peter Hale"}


def test_meetings_those_arriving_at_a_building_join_the_meeting_of_its_city(extract_text):
    f = extract_text("Die Außenminister Deutschlands und Polens haben in Weimar beraten. Gastgeber Jonas Brand warb für "
                     "ein Programm.\n\nDer polnische Außenminister Piotr Nowek traf am Vormittag im Stadtschloss ein.",
                     date="2027-03-22")
    m = only_meeting(f)
    assert {"Jonas Brand", "Piotr Nowek"} <= attendee_names(f, m) and m["date"]["value"] == "2027-03-22"


def test_meetings_items_of_a_programme_are_their_protagonists_and_lie_ahead(extract_text):
    f = extract_text("Außenminister Jonas Brand bricht heute zu einer Reise nach Kasachstan und Usbekistan auf.\n\n"
                     "- Montag, 3. Mai: Gespräche mit dem Außenminister Jerlan Sadyk in Astana\n\n"
                     "- Dienstag, 4. Mai: Treffen der Außenminister Zentralasiens in Astana\n\n"
                     "- Mittwoch, 5. Mai: Weiterreise nach Taschkent, Gespräch mit Präsident Bachtijar Alim",
                     date="2027-05-03")
    talks, group, tashkent = f["meetings"]
    assert all("Jonas Brand" in attendee_names(f, m) and m["status"] == "planned" for m in f["meetings"])
    assert talks["date"]["value"] == "2027-05-03" and "Jerlan Sadyk" in attendee_names(f, talks)
    assert tashkent["places"] == ["city:1512569"] and "Bachtijar Alim" in attendee_names(f, tashkent)


def test_meetings_a_captions_present_tells_what_happened(extract_text):
    f = extract_text("Bild 1 von 4: Präsidentin Renate Ohl wird am Dienstag vor dem Schloss von König Carl XVI. Gustaf "
                     "begrüßt.", date="2027-05-20")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2027-05-18"
    assert host_names(f, m) == {"Carl XVI Gustaf"}


def test_meetings_a_wreath_laid_is_an_event_at_the_memorial_the_genitive_names(extract_text):
    f = extract_text("Präsident Mikael Lind wurde am Dienstag im Kanzleramt empfangen. Zuvor hatte Lind am Ehrenmal der "
                     "Bundeswehr einen Kranz niedergelegt.")
    reception, wreath = f["meetings"]
    assert attendee_names(f, wreath) == {"Mikael Lind"} and place_names(f, wreath) == ["Ehrenmal der Bundeswehr"]
    # an office holder's genitive is no part of the building's name
    f = extract_text("Der Minister traf Präsident Jean Morel am Montag im Palast des Präsidenten in Paris.")
    assert place_names(f, only_meeting(f))[0] == "Palast"


def test_meetings_a_clause_of_nachdem_tells_earlier_meetings_one_per_conjunct(extract_text):
    f = extract_text("Albers empfängt Kanadas Premier\n\nNachdem sich Kanzlerin Henrike Albers und Premierminister Daniel "
                     "Fourn bereits im Januar in Davos und im Februar bei der Münchner Sicherheitskonferenz getroffen "
                     "hatten, empfängt Albers ihren Gast am Dienstag im Kanzleramt.", date="2027-04-02")
    by_date = {m["date"]["value"]: m for m in f["meetings"]}
    assert set(by_date) == {"2027-01", "2027-02", "2027-04-06"}
    assert all(attendee_names(f, by_date[d]) == {"Henrike Albers", "Daniel Fourn"} for d in ("2027-01", "2027-02"))
    assert place_names(f, by_date["2027-01"]) == ["Davos"] and by_date["2027-04-06"]["status"] == "planned"
    assert host_names(f, by_date["2027-04-06"]) == {"Henrike Albers"} and not host_names(f, by_date["2027-02"])


def test_meetings_a_pronoun_refers_to_the_person_of_its_gender(extract_text):
    f = extract_text("Kanzlerin Henrike Albers empfängt am Dienstag Premierminister Daniel Fourn im Kanzleramt. Fourn wird "
                     "von Energieministerin Chloé Tremb begleitet. Sie soll am Mittwoch in Hamburg mit Vertretern der "
                     "Hafenwirtschaft zusammenkommen.", date="2027-04-02")
    hamburg = next(m for m in f["meetings"] if place_names(f, m) == ["Hamburg"])
    assert "Chloé Tremb" in attendee_names(f, hamburg) and "Daniel Fourn" not in attendee_names(f, hamburg)


def test_meetings_both_talking_is_a_meeting_and_a_journey_home_is_none(extract_text):
    f = extract_text("Kanzler Henning Stolz und Präsident Louis Marchant waren am Samstag in München. Dort sprachen beide "
                     "über die Lage. Marchant reiste noch in der Nacht nach Paris zurück.", date="2027-06-20")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Henning Stolz", "Louis Marchant"} and place_names(f, m) == ["Munich"]


def test_meetings_a_town_after_a_state_adjective_is_the_place_and_the_flight_home_is_not(extract_text):
    f = extract_text("Die Handelsminister haben bei ihrem Treffen im kanadischen Vaudrelac ein Abkommen gebilligt. "
                     "Ministerin Jana Kolb nahm nur am ersten Tag teil und flog dann nach Berlin zurück.", date="2027-06-20")
    m = only_meeting(f)
    assert place_names(f, m) == ["Vaudrelac"] and "Jana Kolb" in attendee_names(f, m)


def test_meetings_a_word_after_a_state_adjective_is_no_town(extract_text):
    f = extract_text("Kanzler Henning Stolz traf am Montag im kanadischen Parlament Premierminister Louis Marchant.",
                     date="2027-06-20")
    assert place_names(f, only_meeting(f)) == []


def test_meetings_an_arrival_today_and_the_first_talks_to_come_are_one_visit(extract_text):
    f = extract_text("Ministerin Jana Kolb ist am Montag zu einem Besuch in Japan eingetroffen. In Tokio wird sie mit "
                     "ihrem Amtskollegen Kenji Mori zusammentreffen.", date="2027-06-21")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jana Kolb", "Kenji Mori"} and place_names(f, m) == ["Tokyo"]


def test_meetings_a_further_meeting_with_someone_is_not_joined_by_the_last_partner(extract_text):
    f = extract_text("In Tokio wird Ministerin Jana Kolb am Dienstag mit ihrem Amtskollegen Kenji Mori zusammentreffen. "
                     "Geplant ist zudem ein Treffen mit Ministerpräsident Taro Ueda.", date="2027-06-21")
    talks = next(m for m in f["meetings"] if "Taro Ueda" in attendee_names(f, m))
    assert attendee_names(f, talks) == {"Jana Kolb", "Taro Ueda"}
    # a bare plural is indefinite as well
    f = extract_text("In Tokio wird Ministerin Jana Kolb am Dienstag mit ihrem Amtskollegen Kenji Mori zusammentreffen. "
                     "Vorgesehen sind zudem Gespräche mit Ministerpräsident Taro Ueda.", date="2027-06-21")
    talks = next(m for m in f["meetings"] if "Taro Ueda" in attendee_names(f, m))
    assert attendee_names(f, talks) == {"Jana Kolb", "Taro Ueda"}


def test_meetings_the_partners_of_the_noun_invited_to_are_no_hosts(extract_text):
    # "mit X und Y" names the noun's partners: the one who invites is the subject before them
    f = extract_text("Kanzler Bernd Vollmer will am Mittwoch zu einer Videokonferenz mit Präsident Tom Hale und "
                     "Präsident Ivo Marić einladen.", date="2027-08-11")
    m = only_meeting(f)
    assert host_names(f, m) == {"Bernd Vollmer"} and attendee_names(f, m) == {"Bernd Vollmer", "Tom Hale", "Ivo Marić"}
    # a comma parting the names of the list does not start the verb's clause
    f = extract_text("Kanzler Bernd Vollmer will am Mittwoch zu einer Videokonferenz mit Präsident Tom Hale, dem "
                     "kroatischen Präsidenten Ivo Marić und mehreren Regierungschefs einladen.", date="2027-08-11")
    assert host_names(f, only_meeting(f)) == {"Bernd Vollmer"}
    # fronted, the partner is still no host: the subject after the verb invites
    f = extract_text("Zu einem Treffen mit Präsident Tom Hale lädt Kanzler Bernd Vollmer am Montag ein.", date="2027-08-11")
    assert host_names(f, only_meeting(f)) == {"Bernd Vollmer"}


def test_meetings_a_meeting_talked_about_whose_words_name_its_parties_has_those(extract_text):
    f = extract_text("Kanzler Bernd Vollmer hat am Sonntag mit Präsident Tom Hale telefoniert. Beide hätten sich über das "
                     "geplante Treffen Hales mit Präsident Ivo Marić in Genf ausgetauscht, hieß es. An dem Gespräch "
                     "nahm auch Premierministerin Ana Ruiz teil.", date="2027-08-11")
    talked_about = next(m for m in f["meetings"] if m["kind"] == "treffen")
    assert attendee_names(f, talked_about) == {"Tom Hale", "Ivo Marić"}  # not Vollmer, who only talked about it
    # "das Gespräch" after a phone call is the call (past), not the meeting to come told since
    call = next(m for m in f["meetings"] if m["kind"] == "telefonieren")
    assert attendee_names(f, call) == {"Bernd Vollmer", "Tom Hale", "Ana Ruiz"}


def test_meetings_a_noun_that_dates_the_verb_after_it_keeps_its_place(extract_text):
    # "vor dem Gipfel in Genf" dates the call; Geneva is the summit's place, not the call's
    f = extract_text("Kanzler Bernd Vollmer telefonierte am Sonntag vor dem Gipfel in Genf mit Präsident Tom Hale.",
                     date="2027-08-11")
    m = only_meeting(f)
    assert m["kind"] == "telefonieren" and place_names(f, m) == []


def test_meetings_the_stops_before_an_arrival_are_not_its_places(extract_text):
    f = extract_text("Nach Stationen in Warschau und Riga ist Außenminister Jan Obel am Dienstag in Vilnius "
                     "eingetroffen.", date="2027-07-08")
    assert place_names(f, only_meeting(f)) == ["Vilnius"]
    # inside the clause, before the verb's own place
    f = extract_text("Außenminister Jan Obel ist am Dienstag nach Stationen in Warschau und Riga in Vilnius "
                     "eingetroffen.", date="2027-07-08")
    m = only_meeting(f)
    assert place_names(f, m) == ["Vilnius"] and m["date"]["value"] == "2027-07-06"
    f = extract_text("Foreign Minister Jan Obel arrived in Vilnius on Tuesday after stops in Warsaw and Riga.",
                     lang="en", date="2027-07-08")
    assert place_names(f, only_meeting(f)) == ["Vilnius"]


def test_meetings_the_preterite_of_an_intention_is_a_plan_unless_the_meeting_is_its_setting(extract_text):
    f = extract_text("Außenminister Jan Obel traf am Dienstag in Vilnius seinen Amtskollegen Tomas Kral. Anschließend "
                     "wollte er die Soldaten der Brigade in Rukla besuchen.", date="2027-07-06")
    visit = next(m for m in f["meetings"] if place_names(f, m) == ["Rukla"])
    assert visit["status"] == "planned"
    # what was intended at a meeting under way does not make the meeting one to come
    f = extract_text("Die Verteidigungsminister Jan Obel und Tomas Kral kamen am Dienstag in Brüssel zusammen. Beim "
                     "Treffen in Brüssel wollten die Minister Bilanz ziehen.", date="2027-07-08")
    assert [m["status"] for m in f["meetings"]] == ["past"]


def test_meetings_a_bare_meeting_noun_a_common_noun_is_for_is_no_meeting(extract_text):
    f = extract_text("Die Minister Jan Obel und Tomas Kral trafen sich am Dienstag in Genf. Danach benannten beide Seiten "
                     "Teams für Gespräche über einen Waffenstillstand.", date="2027-02-18")
    assert [m["kind"] for m in f["meetings"]] == ["treffen"]
    # travelling for talks is travelling to talks
    f = extract_text("Kanzler Bernd Vollmer reist am Freitag für Gespräche mit Präsident Tom Hale nach Rom.", date="2027-02-18")
    assert attendee_names(f, only_meeting(f)) == {"Bernd Vollmer", "Tom Hale"}


def test_meetings_at_the_same_time_is_the_day_of_the_meeting_just_mentioned(extract_text):
    text = ("Präsident Tom Hale war am Montag in Riad eingetroffen. Am Dienstag verhandelten in Riad die "
            "Außenminister Jan Obel und Tomas Kral. Die Ukraine war zu dem Treffen nicht eingeladen. Präsident Ivo "
            "Marić hielt sich {} in Ankara auf, wo ihn Präsident Emre Aydın empfing.")
    for when in ("zur gleichen Zeit", "zeitgleich"):
        f = extract_text(text.format(when), date="2027-02-19")
        ankara = next(m for m in f["meetings"] if "Emre Aydın" in attendee_names(f, m))
        # the talks' Tuesday, not Monday, the story's last dated event
        assert ankara["date"]["value"] == "2027-02-16", when


def test_meetings_the_organisation_naming_a_meeting_is_not_missing_from_it(extract_text):
    f = extract_text("Foreign ministers of Southeast Asia met in Kuala Lumpur on Thursday. Foreign Minister Petro "
                     "Danylenko was not invited to the ASEAN meeting.", lang="en", date="2027-07-10")
    absent = {a for m in f["meetings"] for a in absent_names(f, m)}
    assert absent == {"Petro Danylenko"}


def test_meetings_who_invited_the_group_hosts_the_meeting_told(extract_text):
    f = extract_text("Die Handelsminister sind am Donnerstag in Brüssel zu ihrem Treffen zusammengekommen. "
                     "Kommissarin Jana Kolb hatte die Handelsminister eingeladen.", date="2027-06-24")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jana Kolb"} and "Jana Kolb" in attendee_names(f, m)


def test_meetings_an_invitation_to_another_place_hosts_nothing_told(extract_text):
    f = extract_text("Die Handelsminister sind am Donnerstag in Brüssel zu ihrem Treffen zusammengekommen. "
                     "Kommissarin Jana Kolb hat die Handelsminister für den Herbst nach Rom eingeladen.", date="2027-06-24")
    assert all("Jana Kolb" not in host_names(f, m) for m in f["meetings"])


@pytest.mark.parametrize("meal", ["einem Essen", "einem Abendessen"])
def test_meetings_a_meal_at_someones_is_hosted_by_them(extract_text, meal):
    f = extract_text(f"Am Abend kommen die Minister zu {meal} beim belgischen König Karel Vos zusammen.", date="2027-06-24")
    assert host_names(f, only_meeting(f)) == {"King Karel Vos"}  # (a monarch's label carries the title)


def test_meetings_one_expected_on_a_later_day_comes_to_the_summit_not_its_first_dinner(extract_text):
    f = extract_text("In Graz beginnt heute der Gipfel der Alpenstaaten. Zum Auftakt kommen die Regierungschefs am Abend "
                     "zu einem Abendessen beim Landeshauptmann Karl Ost zusammen. Präsident Louis Marchant wird erst am "
                     "Mittwoch erwartet. Am Mittwoch beraten die Regierungschefs über den Verkehr.", date="2027-06-22")
    dinner = next(m for m in f["meetings"] if "Karl Ost" in host_names(f, m))
    summit = next(m for m in f["meetings"] if "Louis Marchant" in attendee_names(f, m))
    assert "Louis Marchant" not in attendee_names(f, dinner) and summit["status"] == "planned"
    wednesday = next(m for m in f["meetings"] if (m.get("date") or {}).get("value") == "2027-06-23")
    assert place_names(f, wednesday) == ["Graz"]


def test_meetings_a_call_with_a_partner_named_in_apposition(extract_text):
    f = extract_text("Kanzlerin Jana Kolb hat heute mit dem Präsidenten der Republik Moldau, Ion Rusu, telefoniert.",
                     date="2027-03-03")
    assert attendee_names(f, only_meeting(f)) == {"Jana Kolb", "Ion Rusu"}


@pytest.mark.parametrize("plan, who", [("Sie vereinbarten, sich im Mai in Paris zu treffen.", {"Jana Kolb", "Ion Rusu"}),
                                       ("Sie kündigte an, im Mai nach Paris zu reisen.", {"Jana Kolb"})])
def test_meetings_sie_with_a_plural_verb_is_they(extract_text, plan, who):
    f = extract_text(f"Kanzlerin Jana Kolb hat heute mit Präsident Ion Rusu telefoniert. {plan}", date="2027-03-03")
    paris = next(m for m in f["meetings"] if place_names(f, m) == ["Paris"])
    assert attendee_names(f, paris) == who


def test_meetings_talks_to_come_after_an_arrival_today_are_where_the_traveller_arrived(extract_text):
    f = extract_text("Minister Karl Ost kam am Morgen mit dem Zug in Chişinău an. Ost will mit seinem Kollegen Ion Rusu "
                     "über Energiehilfe sprechen.", date="2027-03-03")
    talks = next(m for m in f["meetings"] if "Ion Rusu" in attendee_names(f, m))
    assert place_names(f, talks) == ["Chisinau"] and talks["status"] == "planned"


def test_meetings_talks_to_come_after_an_arrival_yesterday_told_as_news_are_where_the_traveller_arrived(extract_text):
    text = ("Minister Karl Ost ist zu einem Besuch in Moldau eingetroffen. Er kam am Montagmorgen mit dem Zug in Chişinău "
            "an.\n\nGeplant sind Gespräche mit Präsident Ion Rusu.")
    f = extract_text(text, date="2027-03-02")  # (a Tuesday: he arrived the day before, and is there still)
    talks = next(m for m in f["meetings"] if "Ion Rusu" in attendee_names(f, m))
    assert "Chisinau" in place_names(f, talks) and talks["status"] == "planned" and talks["date"] is None
    # an arrival yesterday told only in the past tense is over: the talks to come are not placed by it
    f = extract_text(text.replace("ist zu einem Besuch in Moldau eingetroffen", "war zu einem Besuch in Moldau"),
                     date="2027-03-02")
    talks = next(m for m in f["meetings"] if "Ion Rusu" in attendee_names(f, m))
    assert place_names(f, talks) == []


def test_meetings_a_cue_of_taking_part_inside_a_quote_adds_no_one(extract_text):
    f = extract_text("Kanzlerin Jana Kolb hat am Montag in Berlin Präsident Ion Rusu empfangen. »Wir stehen an der Seite "
                     "Moldaus«, sagte Oppositionsführer Paul Brandt am Abend.", date="2027-03-03")
    assert attendee_names(f, only_meeting(f)) == {"Jana Kolb", "Ion Rusu"}


def test_meetings_one_a_clause_of_cause_places_elsewhere_is_absent(extract_text):
    f = extract_text("Die Handelsminister sind am Montag in Brüssel zusammengekommen. Aus Moldau nahm Staatssekretär "
                     "Ion Rusu teil, da Minister Petru Lungu zeitgleich in Washington war.", date="2027-03-03")
    m = only_meeting(f)
    assert "Ion Rusu" in attendee_names(f, m) and absent_names(f, m) == {"Petru Lungu"}
    # a main clause of its own after the comma tells it as well
    f = extract_text("Die Handelsminister sind am Montag in Brüssel zusammengekommen. Aus Moldau nahm Staatssekretär "
                     "Ion Rusu teil, Minister Petru Lungu war zeitgleich in Washington.", date="2027-03-03")
    m = only_meeting(f)
    assert "Ion Rusu" in attendee_names(f, m) and absent_names(f, m) == {"Petru Lungu"}
    # so does one who stayed elsewhere ("blieb … in Berlin")
    f = extract_text("Die Handelsminister sind am Montag in Brüssel zusammengekommen. Aus Moldau reiste Staatssekretär "
                     "Ion Rusu an, Minister Petru Lungu blieb wegen der Haushaltsberatungen in Chisinau.", date="2027-03-03")
    m = only_meeting(f)
    assert "Ion Rusu" in attendee_names(f, m) and absent_names(f, m) == {"Petru Lungu"}


def test_meetings_dort_after_a_town_named_earlier_in_its_sentence_is_that_town(extract_text):
    f = extract_text("Präsidentin Jana Kolb wird in der Hauptstadt Accra von Präsident Kofi Mensah empfangen. Am Mittwoch "
                     "besucht sie die Stadt Kumasi und trifft dort den Gouverneur Kwame Boateng.", date="2027-03-08")
    m = next(m for m in f["meetings"] if "Kwame Boateng" in attendee_names(f, m))
    assert place_names(f, m) == ["Kumasi"] and "Jana Kolb" in attendee_names(f, m)


@pytest.mark.parametrize("home", ["Am Abend flog Marchant zurück nach Paris.", "Danach reiste Marchant zurück nach Lyon."])
def test_meetings_a_journey_back_to_a_place_is_no_meeting(extract_text, home):
    f = extract_text(f"Kanzler Henning Stolz hat Präsident Louis Marchant in München empfangen. {home}", date="2027-06-20")
    assert place_names(f, only_meeting(f)) == ["Munich"]


def test_meetings_die_schalte_is_the_video_call_told(extract_text):
    f = extract_text("Die Handelsminister haben am Dienstag per Videokonferenz beraten. Geleitet wurde die Schalte von "
                     "Ministerin Jana Kolb und Minister Ion Rusu.", date="2027-03-03")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jana Kolb", "Ion Rusu"} and m["virtual"]


def test_meetings_who_was_missing_after_talks_on_the_sidelines_was_missing_from_the_main_meeting(extract_text):
    f = extract_text("Die Verteidigungsminister haben am Donnerstag in Brüssel beraten. Für Moldau nahm Ion Rusu teil. Am "
                     "Rande traf er seinen Amtskollegen Karl Ost. Minister Paul Brandt fehlte; Österreich wurde von "
                     "Botschafterin Eva Horn vertreten.", date="2027-10-16")
    main = next(m for m in f["meetings"] if m["trigger"] == "beraten")
    assert absent_names(f, main) == {"Paul Brandt"} and "Eva Horn" in attendee_names(f, main)


def test_meetings_a_noun_with_persons_the_sideline_talks_lacked_is_the_meeting_they_were_beside(extract_text):
    f = extract_text("Die Regierungschefs haben bei ihrem Gipfel in Den Haag ein neues Ziel beschlossen. Präsident Tom "
                     "Hale war bereits am Dienstagabend angereist und hatte an einem Abendessen bei König Pieter van Rijn "
                     "teilgenommen. Am Rande des Gipfels traf er Präsident Ivo Marić. Das Gespräch dauerte eine Stunde. "
                     "Kanzler Bernd Vollmer zeigte sich nach den Beratungen zufrieden.", date="2027-06-25")
    summit = next(m for m in f["meetings"] if m["trigger"] == "Gipfel")
    assert "Bernd Vollmer" in attendee_names(f, summit)
    # not the talks on its sidelines (which "das Gespräch" is), nor the dinner told last before them
    others = [m for m in f["meetings"] if m is not summit]
    assert all("Bernd Vollmer" not in attendee_names(f, m) for m in others)
    talks = next(m for m in others if m["trigger"] == "traf")  # "Am Rande des Gipfels traf er …": the talk's verb
    assert attendee_names(f, talks) == {"Tom Hale", "Ivo Marić"} and len(talks["evidence"]) == 2


def test_meetings_a_town_spelt_like_a_given_name_and_the_two_politicians(extract_text):
    f = extract_text("Präsident Louis Marchant und Premier Jan Nowik haben in Nancy einen Vertrag unterzeichnet. Die beiden "
                     "Politiker trafen sich am Freitag im Rathaus der Stadt.", date="2027-05-14")
    m = only_meeting(f)
    assert place_names(f, m)[0] == "Nancy" and attendee_names(f, m) == {"Louis Marchant", "Jan Nowik"}


def test_meetings_a_given_name_that_is_a_word_or_opens_a_hyphened_name_is_no_town(extract_text):
    f = extract_text("Präsident Louis Marchant hat in Paris Premier Jan Nowik getroffen, um die Gespräche wieder in Gang "
                     "zu bringen.", date="2027-05-14")
    assert place_names(f, only_meeting(f)) == ["Paris"]


def test_meetings_a_given_name_alone_after_to_is_a_person_not_a_town(extract_text):
    f = extract_text("President Louis Marchant met Prime Minister Jan Nowik in Paris on Monday. Afterwards Nowik spoke "
                     "to Mark about the talks.", date="2027-05-14", lang="en")
    assert all(place_names(f, m) == ["Paris"] for m in f["meetings"])


def test_meetings_a_line_of_places_after_a_meeting_says_where_it_is(extract_text):
    f = extract_text("11:00 Uhr: Bundespräsident Frank Wolt empfängt den Präsidenten Martin Kasko zu einem Gespräch. "
                     "Schloss Bellevue, Berlin. Bildtermin zu Beginn.", date="2027-11-29")
    assert place_names(f, only_meeting(f)) == ["Bellevue Palace", "Berlin"]


def test_meetings_both_guests_of_a_reception_are_the_two_named_before(extract_text):
    f = extract_text("Ministerpräsident Ralf Winkel hat am Donnerstag mit dem Botschafter Kenji Sato ein Werk in Dresden "
                     "besucht. Am Abend waren beide Gäste eines Empfangs im Residenzschloss.", date="2027-09-16")
    reception = f["meetings"][-1]
    assert attendee_names(f, reception) == {"Ralf Winkel", "Kenji Sato"}


def test_meetings_a_committee_in_session_and_a_meeting_elsewhere_with_someone_else(extract_text):
    f = extract_text("Außenminister Jonas Brand hat am Mittwoch im Auswärtigen Ausschuss den Kurs der Regierung verteidigt. "
                     "Die Opposition hatte Brand nach seinem Treffen mit dem Vize-Außenminister Oleg Sorok in Genf in der "
                     "vergangenen Woche vorgeladen.", date="2027-11-25")
    committee, geneva = f["meetings"]
    assert attendee_names(f, committee) == {"Jonas Brand"} and committee["date"]["value"] == "2027-11-24"
    assert attendee_names(f, geneva) == {"Jonas Brand", "Oleg Sorok"} and place_names(f, geneva) == ["Geneva"]


def test_meetings_those_agreeing_on_the_sidelines_meet_where_they_agreed_to(extract_text):
    f = extract_text("Die Regierungschefs Luc Weber, Jan Veenstra und Sophie Smet sind am Mittwoch in Luxemburg zu einem "
                     "Gipfel zusammengekommen. Veenstra und Smet vereinbarten am Rande des Treffens, im Januar in "
                     "Antwerpen über den Ausbau der Schelde zu beraten.", date="2027-10-14")
    antwerp = next(m for m in f["meetings"] if place_names(f, m) == ["Antwerp"])
    assert attendee_names(f, antwerp) == {"Jan Veenstra", "Sophie Smet"} and antwerp["status"] == "planned"


def test_meetings_what_follows_in_a_building_unknown_is_not_the_lead(extract_text):
    f = extract_text("Ministerin Katrin Vogt hat am Mittwoch in Abu Dhabi den Außenminister Khalid Mansur getroffen. "
                     "Anschließend wurde sie von Kronprinz Saif Rashid im Qasr Al Watan empfangen.", date="2027-02-24")
    talks, palace = f["meetings"]
    assert place_names(f, palace) == ["Qasr Al Watan"] and host_names(f, palace) == {"Saif Rashid"}
    assert attendee_names(f, talks) == {"Katrin Vogt", "Khalid Mansur"}


def test_meetings_a_conjunct_without_its_verb_is_another_meeting(extract_text):
    f = extract_text("Kanzler Olaf Brehm traf am Montag in Paris Präsident Jean Morel, am Dienstag in Madrid den "
                     "Regierungschef Pablo Ruiz.", date="2027-03-10")
    paris, madrid = f["meetings"]
    assert attendee_names(f, paris) == {"Olaf Brehm", "Jean Morel"} and paris["date"]["value"] == "2027-03-08"
    assert attendee_names(f, madrid) == {"Olaf Brehm", "Pablo Ruiz"} and place_names(f, madrid) == ["Madrid"]
    assert madrid["date"]["value"] == "2027-03-09"


def test_meetings_a_conference_ended_and_told_as_two_days_began_the_day_before(extract_text):
    f = extract_text("Am Freitag ist in Rom die internationale Konferenz zum Wiederaufbau der Ukraine zu Ende gegangen. "
                     "An dem zweitägigen Treffen nahmen Vertreter aus 40 Staaten teil. Gastgeberin war die "
                     "Ministerpräsidentin Chiara Bell. Präsident Andrij Kowa dankte den Teilnehmern. Für die Europäische "
                     "Union sprach Kommissar Henrik Dahlberg.", date="2027-11-12")
    m = only_meeting(f)
    assert m["date"]["value"] == "2027-11-11"
    names = attendee_names(f, m)
    assert {"Chiara Bell", "Andrij Kowa", "Henrik Dahlberg", "European Union"} <= names and "Ukraine" not in names


def test_meetings_talks_with_someone_in_a_later_clause_are_the_subjects_of_the_sentence(extract_text):
    f = extract_text("Ministerin Hanna Keßler reist am Montag nach Polen. In Warschau trifft sie den Minister Piotr "
                     "Zalew; am Dienstag stehen in Breslau Gespräche mit dem Marschall Adam Krawc auf dem Programm.",
                     date="2027-05-27")
    wroclaw = next(m for m in f["meetings"] if "Adam Krawc" in attendee_names(f, m))
    assert "Hanna Keßler" in attendee_names(f, wroclaw)


def test_meetings_the_two_before_a_date_are_the_two_named_before(extract_text):
    f = extract_text("Kanzlerin Henrike Albers und Präsidentin Claire Dubois berieten am Mittwoch per Video. Wie ein "
                     "Sprecher mitteilte, sei auch ein Treffen der beiden Anfang September in Paris geplant.")
    paris = next(m for m in f["meetings"] if place_names(f, m) == ["Paris"])
    assert attendee_names(f, paris) == {"Henrike Albers", "Claire Dubois"} and paris["status"] == "planned"


def test_meetings_an_accepted_invitation_is_a_visit_to_come_hosted_by_the_inviter(extract_text):
    text = "Präsident Andrij Kowal lud Kanzlerin Henrike Albers zu einem Besuch nach Kiew ein."
    assert extract_text(text)["meetings"] == []  # an invitation alone is no meeting
    f = extract_text(text + " Die Kanzlerin nahm die Einladung an; ein Termin steht noch nicht fest.")
    m = only_meeting(f)
    assert m["status"] == "planned" and attendee_names(f, m) == {"Andrij Kowal", "Henrike Albers"}
    assert host_names(f, m) == {"Andrij Kowal"}


def test_meetings_an_invitation_to_a_meeting_or_to_a_place_on_a_day_is_a_meeting_to_come(extract_text):
    # an invitation to a meeting noun is to the meeting the inviter holds; to a visit, only with its day
    f = extract_text("Kanzlerin Henrike Albers hat Präsident Andrij Kowal und Premier Jan Vos zu einem Treffen nach "
                     "Hamburg eingeladen.", date="2027-03-03")
    m = only_meeting(f)
    assert m["status"] == "planned" and place_names(f, m) == ["Hamburg"]
    assert attendee_names(f, m) == {"Henrike Albers", "Andrij Kowal", "Jan Vos"} and host_names(f, m) == {"Henrike Albers"}
    # no meeting noun: the verb with a day and a place it invites to
    f = extract_text("Kanzlerin Henrike Albers hat Präsident Andrij Kowal für Montag in das Kanzleramt eingeladen.",
                     date="2027-03-03")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-03-08" and m["places"] == ["venue:chancellery-berlin"]
    assert attendee_names(f, m) == {"Henrike Albers", "Andrij Kowal"} and host_names(f, m) == {"Henrike Albers"}
    # with neither day nor meeting noun it stays an offer
    assert extract_text("Kanzlerin Henrike Albers hat Präsident Andrij Kowal ins Kanzleramt eingeladen.",
                        date="2027-03-03")["meetings"] == []


def test_meetings_a_host_greeting_the_ministers_of_the_states_told_greets_them_at_that_meeting(extract_text):
    # the meeting was told by the states the ministers stand for; the greeting names the persons
    f = extract_text("Die Außenminister Deutschlands, Frankreichs und Polens sind am Mittwochabend in Straßburg zu "
                     "Beratungen zusammengekommen. Gastgeber Paul Marchand begrüßte seine Amtskollegen Jan Kowalczyk aus "
                     "Polen und Lena Brandt aus Deutschland.", date="2027-02-05")
    m = only_meeting(f)
    assert {"Paul Marchand", "Jan Kowalczyk", "Lena Brandt"} <= attendee_names(f, m)
    assert host_names(f, m) == {"Paul Marchand"} and place_names(f, m) == ["Strasbourg"]


def test_meetings_a_meeting_with_no_place_is_in_the_town_its_person_met_in_that_day(extract_text):
    text = ("Außenministerin Lena Brandt und ihr Amtskollege Jan Kowalczyk sind am Mittwochabend in Straßburg "
            "zusammengekommen. Kowalczyk sagte, das nächste Treffen werde im Sommer in Polen stattfinden. Bereits am "
            "Nachmittag hatte Brandt den Verteidigungsminister Paul Marchand getroffen.")
    f = extract_text(text, date="2027-02-05")
    evening, summer, afternoon = f["meetings"]
    assert afternoon["date"]["value"] == evening["date"]["value"] == "2027-02-03"
    assert afternoon["places"] == evening["places"] and attendee_names(f, afternoon) == {"Lena Brandt", "Paul Marchand"}


def test_meetings_a_meeting_in_a_european_town_during_a_visit_to_its_state_is_on_the_visits_day(extract_text):
    f = extract_text("Ministerpräsidentin Hanna Leitner ist am Donnerstag zu einem Besuch nach Frankreich gereist. In "
                     "Dijon traf sie die Präsidentin des Regionalrats, Margot Fleury.", date="2027-06-12")
    dijon = next(m for m in f["meetings"] if place_names(f, m) == ["Dijon"])
    assert dijon["date"]["value"] == "2027-06-10" and attendee_names(f, dijon) == {"Hanna Leitner", "Margot Fleury"}


def test_meetings_a_meeting_in_a_clause_of_cause_is_the_background_of_an_absence(extract_text):
    f = extract_text("Die Außenminister der EU haben am Montag in Luxemburg beraten. Für Deutschland nahm Staatssekretär "
                     "Gunnar Lind teil, weil Außenminister Jens Aalto zeitgleich in Kanada beim Treffen der G7-Außenminister "
                     "war. Per Video war der ukrainische Außenminister Petro Danylenko zugeschaltet.", date="2027-04-14")
    lux = next(m for m in f["meetings"] if place_names(f, m) == ["Luxembourg"])
    g7 = next(m for m in f["meetings"] if place_names(f, m) == ["Canada"])
    assert "Gunnar Lind" in attendee_names(f, lux) and absent_names(f, lux) == {"Jens Aalto"}
    assert "Jens Aalto" in attendee_names(f, g7) and "Petro Danylenko" not in attendee_names(f, g7)


def test_meetings_essen_after_an_article_is_a_meal_of_those_who_met_that_day(extract_text):
    f = extract_text("Bürgermeisterin Lena Brandt hat am Freitag Stadtpräsident Jan Kowalczyk im Rathaus empfangen. Am "
                     "Abend stand ein gemeinsames Essen im Gasthaus Krone auf dem Programm.", date="2027-09-20")
    reception, dinner = f["meetings"]
    assert dinner["trigger"] == "Essen" and dinner["date"]["value"] == reception["date"]["value"] == "2027-09-17"
    assert attendee_names(f, dinner) == {"Lena Brandt", "Jan Kowalczyk"}
    # a host giving a meal hosts it; "Interessen" and the verb stay what they are
    f = extract_text("Am Abend gab Ministerpräsident Paul Marchand ein Essen zu Ehren von Gouverneur Jan Kowalczyk.",
                     date="2027-09-20")
    assert host_names(f, only_meeting(f)) == {"Paul Marchand"}
    assert extract_text("Die Interessen der Länder gehen auseinander. Wir essen zu Hause.")["meetings"] == []


def test_meetings_a_summit_in_a_town_is_no_phone_call_told_before(extract_text):
    f = extract_text("Kanzlerin Lena Brandt und Präsident Jan Kowalczyk haben am Donnerstag telefoniert. Brandt und "
                     "Präsident Paul Marchand wollen sich kommende Woche am Rande des EU-Gipfels in Brüssel zu einem "
                     "Gespräch treffen.", date="2027-10-08")
    call = f["meetings"][0]
    assert call["virtual"] and attendee_names(f, call) == {"Lena Brandt", "Jan Kowalczyk"} and call["places"] == []
    talk = next(m for m in f["meetings"] if m["trigger"] == "Gespräch")
    assert talk["status"] == "planned" and attendee_names(f, talk) == {"Lena Brandt", "Paul Marchand"}
    # a talk before, told as past, is not the one planned for next week
    f = extract_text("Zuvor hatte Kanzlerin Lena Brandt mit Präsident Paul Marchand gesprochen. Die beiden wollen sich "
                     "kommende Woche in Brüssel treffen.", date="2027-10-08")
    assert [m["status"] for m in f["meetings"]] == ["past", "planned"]


def test_meetings_a_quotation_after_a_video_link_up_belongs_to_the_meeting_its_speaker_was_at(extract_text):
    f = extract_text("Die Staats- und Regierungschefs der baltischen Staaten haben sich am Dienstag in Vilnius zu einem "
                     "Sondergipfel getroffen. Gastgeber war Präsident Tomas Vaitkus. Kanzlerin Lena Brandt wurde per Video "
                     "zugeschaltet. Vaitkus sagte, die Region müsse sich vorbereiten.", date="2027-07-08")
    assert len(f["meetings"]) == 2 and f["meetings"][1]["virtual"]  # the video link-up, a record of its own
    summit = next(m for m in f["meetings"] if "Tomas Vaitkus" in attendee_names(f, m))
    statement = next(s for s in f["statements"] if "Region" in s["text"])
    assert statement["meeting"] == summit["id"]


def test_meetings_the_state_a_stand_in_attends_for_is_not_absent(extract_text):
    f = extract_text("Die Verteidigungsminister der Nato sind am Donnerstag in Brüssel zusammengekommen. Für Kanada nahm "
                     "nicht Verteidigungsminister Paul Marchand, sondern sein Stellvertreter Jan Kowalczyk teil.",
                     date="2027-11-20")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Paul Marchand"} and "Jan Kowalczyk" in attendee_names(f, m)
    # (a name right after "sondern" keeps its comma as a clause mark: the stand-in is no one absent)
    f = extract_text("Die Außenminister sind am Donnerstag in Brüssel zusammengekommen. Für Kanada nahm nicht Präsident "
                     "Paul Marchand, sondern Außenminister Jan Kowalczyk an dem Treffen teil.", date="2027-11-20")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Paul Marchand"} and "Jan Kowalczyk" in attendee_names(f, m)


def test_meetings_the_talks_after_a_flashback_are_the_storys_talks_of_that_noun(extract_text):
    f = extract_text("Unterhändler beider Seiten haben am Mittwoch in Genf ihre Gespräche fortgesetzt. Am Vorabend hatte der "
                     "Gesandte Paul Marchand bereits getrennt mit Minister Jan Kowalczyk gesprochen. Ein Sprecher sagte, "
                     "die Gespräche seien sachlich verlaufen.", date="2027-02-12")
    geneva, evening = f["meetings"]
    assert place_names(f, geneva) == ["Geneva"] and len(geneva["evidence"]) == 2 and len(evening["evidence"]) == 1


def test_meetings_sagte_ab_with_no_object_is_a_person_withdrawing_with_a_meeting_noun_a_call_off(extract_text):
    f = extract_text("Auf Einladung von Präsident Paul Marchand sind am Donnerstag Vertreter von 30 Staaten in Paris "
                     "zusammengekommen. Minister Jan Kowalczyk, der ursprünglich erwartet worden war, sagte kurzfristig ab.",
                     date="2027-03-20")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Jan Kowalczyk"} and "Jan Kowalczyk" not in attendee_names(f, m)
    assert m["status"] == "past"
    f = extract_text("Kanzlerin Lena Brandt sagte das Treffen mit Präsident Jan Kowalczyk kurzfristig ab.", date="2027-03-20")
    assert only_meeting(f)["status"] == "cancelled"
    # one who did not withdraw is no absentee
    f = extract_text("Die Minister kamen am Donnerstag in Paris zusammen. Minister Jan Kowalczyk, der erwartet worden war, "
                     "sagte nicht ab.", date="2027-03-20")
    assert absent_names(f, only_meeting(f)) == set()



def test_meetings_a_meeting_put_first_and_turned_down_is_no_absence_of_the_one_to_be_met(extract_text):
    f = extract_text("Kanzler Tom Oakes hat am Ministerrat in Wien teilgenommen. Ein Treffen mit Minister Jan Obel, der "
                     "ebenfalls angereist war, lehnte er ab.", date="2025-12-02")
    m = next(m for m in f["meetings"] if "Tom Oakes" in attendee_names(f, m))
    assert "Jan Obel" in attendee_names(f, m) and absent_names(f, m) == set()


def test_meetings_a_withdrawal_told_with_the_verb_last_is_an_absence(extract_text):
    # a clause of cause has its verb last: "da X kurzfristig absagen musste", "weil X kurzfristig abgesagt hatte"
    for tail in ("Polen war durch Staatssekretär Tomas Linder vertreten, da Außenminister Jan Kowalczyk kurzfristig "
                 "absagen musste.",
                 "Polen war durch Staatssekretär Tomas Linder vertreten, weil Außenminister Jan Kowalczyk kurzfristig "
                 "abgesagt hatte."):
        f = extract_text("Die Außenminister Frankreichs und Polens trafen sich am Mittwoch in Paris. " + tail, date="2027-03-20")
        m = only_meeting(f)
        assert absent_names(f, m) == {"Jan Kowalczyk"} and "Tomas Linder" in attendee_names(f, m), tail
    # the capitalised words before the verb are a date's, the one named called a talk off: no absence from the meeting
    f = extract_text("Die Außenminister Frankreichs und Polens trafen sich am Mittwoch in Paris. Das Treffen war nötig, "
                     "weil Minister Jan Kowalczyk das Gespräch im März abgesagt hatte.", date="2027-03-20")
    assert all(absent_names(f, m) == set() for m in f["meetings"])
def test_meetings_a_conjunct_without_a_place_keeps_the_verbs_place_and_host(extract_text):
    f = extract_text("Am Dienstag empfing Kommissionspräsidentin Elena Morett den Premierminister Daniel Fourn im "
                     "Berlaymont, am Mittwoch den Regierungschef Hiroshi Tanak.", date="2027-06-05")
    tuesday, wednesday = f["meetings"]
    assert attendee_names(f, wednesday) == {"Elena Morett", "Hiroshi Tanak"} and host_names(f, wednesday) == {"Elena Morett"}
    assert wednesday["places"] == tuesday["places"] == ["venue:berlaymont"] and wednesday["date"]["value"] == "2027-06-02"


def test_meetings_a_summit_someone_proposed_is_no_meeting(extract_text):
    f = extract_text("Sinnvoller wäre es, wenn sich die Europäer abstimmten – etwa bei einem Sondergipfel, wie ihn "
                     "Ratspräsident Miguel Sous für Juli vorgeschlagen hat.")
    assert f["meetings"] == []


def test_meetings_the_high_representative_is_a_person_not_a_delegation(extract_text):
    f = extract_text("Am Donnerstag reiste die Hohe Vertreterin Kaja Linde nach Kiew, wo sie Präsident Andrij Kowa traf.",
                     date="2027-06-05")
    assert attendee_names(f, only_meeting(f)) == {"Kaja Linde", "Andrij Kowa"}


def test_meetings_the_agent_of_a_passive_is_not_the_subject_of_the_next_clause(extract_text):
    f = extract_text("Ministerpräsidentin Karla Weidner ist am Montag in Ungarn eingetroffen. Am Mittag wurde sie im "
                     "Sándor-Palais von Präsident Gábor Kertes empfangen, danach traf sie Regierungschef Levente Bárd zum "
                     "Abendessen.", date="2027-08-02")
    dinner = next(m for m in f["meetings"] if "Levente Bárd" in attendee_names(f, m))
    assert attendee_names(f, dinner) == {"Karla Weidner", "Levente Bárd"}


def test_meetings_a_building_of_an_office_holder_is_no_name_of_a_venue(extract_text):
    # (a city's adjective before the building noun: "auf der Wiener Burg von …")
    f = extract_text("Am Freitag wurde Kanzlerin Jana Holt auf der Wiener Burg von Präsident Milan Sokol empfangen.", date="2027-08-02")
    m = only_meeting(f)
    assert host_names(f, m) == {"Milan Sokol"} and attendee_names(f, m) == {"Jana Holt", "Milan Sokol"}


def test_meetings_doing_something_on_the_spot_together_is_meeting(extract_text):
    f = extract_text("Ministerin Tanja Riedl hat am Montag gemeinsam mit Bürgermeister Ole Hansing die neue Brücke in "
                     "Rostock eröffnet.", date="2027-08-04")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Tanja Riedl", "Ole Hansing"} and host_names(f, m) == set()
    assert place_names(f, m) == ["Rostock"] and m["date"]["value"] == "2027-08-02"
    f = extract_text("Kanzler Paul Ebner und Präsident Luc Arnaud haben am Sonntag in Lille gemeinsam das Finale verfolgt.",
                     date="2027-08-04")
    assert attendee_names(f, only_meeting(f)) == {"Paul Ebner", "Luc Arnaud"}
    # doing something abstract together, or opening alone, is no meeting of the two
    assert extract_text("Deutschland will gemeinsam mit Frankreich die Ukraine stärker unterstützen.")["meetings"] == []
    f = extract_text("Die Delegationen kamen am Montag in Genf zusammen; eröffnet wurde die Runde von Außenminister "
                     "Arno Keel.", date="2027-08-04")
    assert len(f["meetings"]) == 1


def test_meetings_a_ceremony_to_come_is_no_visit_told_before(extract_text):
    f = extract_text("Altkanzler Gerd Wolter ist tot. Im Frühjahr empfing er noch den früheren Premier Jan Kowal in "
                     "seinem Haus. Bundespräsidentin Ina Sommer will am Freitag an der Trauerfeier im Berliner Dom "
                     "teilnehmen.", date="2027-09-08")
    visit, funeral = f["meetings"]
    assert attendee_names(f, visit) == {"Gerd Wolter", "Jan Kowal"} and host_names(f, visit) == {"Gerd Wolter"}
    assert attendee_names(f, funeral) == {"Ina Sommer"} and funeral["status"] == "planned"
    assert funeral["date"]["value"] == "2027-09-10"


def test_meetings_a_state_a_person_comes_from_is_no_party(extract_text):
    f = extract_text("Gastgeberin Lena Vogt empfängt ihre Amtskollegen Marc Aubry aus Frankreich und Piotr Nowik aus "
                     "Polen am Mittwoch in Weimar.", date="2027-09-13")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Lena Vogt", "Marc Aubry", "Piotr Nowik"}
    countries = {a["name"]: a.get("country") for a in f["actors"]}
    assert countries["Marc Aubry"] == "FR" and countries["Piotr Nowik"] == "PL"


def test_meetings_the_office_holders_of_states_a_plural_role_names_take_part(extract_text):
    f = extract_text("President Andriy Kovalenko hosted the prime ministers of Sweden and Finland in Kyiv on Wednesday. "
                     "Swedish Prime Minister Nils Berglund and Finnish Prime Minister Aino Virtanen came by train.",
                     lang="en", date="2027-04-23")
    kyiv = f["meetings"][0]
    assert {"Nils Berglund", "Aino Virtanen", "Andriy Kovalenko"} <= attendee_names(f, kyiv)


@pytest.mark.parametrize("role", ["presidents", "Presidents", "foreign ministers"])
def test_meetings_the_states_after_an_english_plural_role_take_part(extract_text, role):
    # "met the presidents of Brazil and South Africa": the unnamed office holders stand for their states
    f = extract_text(f"Secretary-General Ivo Maric met the {role} of Sweden and Finland in Oslo on Wednesday.",
                     lang="en", date="2027-04-23")
    assert {"Ivo Maric", "Sweden", "Finland"} <= attendee_names(f, only_meeting(f))


def test_meetings_a_host_giving_a_dinner_in_the_present_with_a_day_to_come_plans_it(extract_text):
    f = extract_text("Bereits am Sonntagabend lädt Premier Joost van Dam die Gäste zu einem Abendessen in den Palast "
                     "Huis ten Bosch.", date="2027-10-06")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-10-10"
    assert place_names(f, m) == ["Huis ten Bosch Palace"]
    assert attendee_names(f, m) == {"Joost van Dam"}  # "die Gäste" of a summit: no one person named before


def test_meetings_who_has_the_chair_hosts_and_who_leads_a_delegation_does_not(extract_text):
    f = extract_text("Am Montag kommen die Außenminister in Brüssel zusammen, die Leitung hat die Hohe Vertreterin "
                     "Kaja Lunde.", date="2027-10-06")
    assert host_names(f, only_meeting(f)) == {"Kaja Lunde"}
    f = extract_text("Die Delegation unter Leitung von Staatssekretär Jan Ober traf am Montag in Brüssel ein.")
    assert host_names(f, only_meeting(f)) == set()


def test_meetings_subjects_after_a_verb_of_talking_talk_together(extract_text):
    f = extract_text("Am Montag sprachen die Minister Jan Ober und Eva Rotter um 10 Uhr in Polen.", date="2027-10-06")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Ober", "Eva Rotter"} and place_names(f, m) == ["Poland"]


def test_meetings_the_genitive_of_a_compound_meeting_noun_names_a_meeting(extract_text):
    f = extract_text("Am Rande des Verteidigungsministertreffens der Nato in Brüssel sprach Minister Jan Ober am Montag "
                     "mit seiner Amtskollegin Eva Rotter.", date="2027-10-06")
    assert len(f["meetings"]) == 2  # the ministers' meeting, and the talk on its sidelines
    assert {"Jan Ober", "Eva Rotter"} <= attendee_names(f, f["meetings"][1])


def test_meetings_a_clause_before_names_the_other_side_of_a_meeting_with_someone(extract_text):
    f = extract_text("Minister Malte Jess nimmt am Montag in Brüssel teil. Anfang nächster Woche wird Regierungschef "
                     "Irakli Beradse in Berlin erwartet; ein Treffen mit Kanzlerin Miriam Alber ist geplant.", date="2027-10-08")
    talk = next(m for m in f["meetings"] if "Miriam Alber" in attendee_names(f, m))
    assert attendee_names(f, talk) == {"Irakli Beradse", "Miriam Alber"}


def test_meetings_a_meeting_on_a_visit_with_a_place_and_no_day_is_on_the_visits_day(extract_text):
    f = extract_text("Präsident Luc Marchais hat am Freitag Baden-Württemberg besucht. Ministerpräsident Tobias Kerner "
                     "empfing ihn im Neuen Schloss in Stuttgart.", date="2027-10-09")
    reception = next(m for m in f["meetings"] if "Tobias Kerner" in attendee_names(f, m))
    assert reception["date"]["value"] == "2027-10-08" and host_names(f, reception) == {"Tobias Kerner"}


def test_meetings_the_first_sentence_after_a_dateline_is_in_its_city(extract_text):
    f = extract_text("Treffen am Mekong\n\nVientiane – Am Donnerstag sind die Außenminister Wang Lei und Taro Mori zu "
                     "einem Gespräch zusammengekommen. Später sprach Mori mit Minister Budi Santos.", date="2027-10-08")
    first, later = f["meetings"]
    # one who met there does next, on that day, where no other place is told: there too (as with a town in the text)
    assert place_names(f, first) == ["Vientiane"] and place_names(f, later) == ["Vientiane"]
    # others, or another day, are where the text says
    f = extract_text("Treffen am Mekong\n\nVientiane – Am Donnerstag sind die Außenminister Wang Lei und Taro Mori zu "
                     "einem Gespräch zusammengekommen. Am Freitag sprach Mori mit Minister Budi Santos. Später trafen "
                     "sich die Minister Eva Rotter und Jan Ober.", date="2027-10-08")
    assert [place_names(f, m) for m in f["meetings"]] == [["Vientiane"], [], []]


def test_meetings_the_organisation_of_a_meeting_on_whose_sidelines_others_meet_is_its_party(extract_text):
    f = extract_text("Am Rande des Außenministertreffens der südostasiatischen Staatengemeinschaft ASEAN sind die "
                     "Chefdiplomaten Chinas und Japans am Donnerstag in Vientiane zu einem Gespräch zusammengekommen.",
                     date="2027-10-08")
    main, talk = f["meetings"]
    assert attendee_names(f, main) == {"ASEAN"} and attendee_names(f, talk) == {"China", "Japan"}
    # with persons meeting on the sidelines, who are at the summit too
    f = extract_text("Am Rande des Gipfeltreffens der Nato in Vilnius trafen sich am Dienstag die Präsidenten Jan Ober "
                     "und Eva Rotter.", date="2027-10-08")
    main, talk = f["meetings"]
    assert attendee_names(f, main) == {"NATO", "Jan Ober", "Eva Rotter"} and attendee_names(f, talk) == {"Jan Ober", "Eva Rotter"}


def test_meetings_a_preposition_before_a_noun_of_time_does_not_place_a_name_after_it(extract_text):
    f = extract_text("Die Landesminister tagten am Montag in Kiel. Die Leitung der Tagung hat in diesem Jahr Hamburg; "
                     "es moderierte Senatorin Frauke Ohlsen.", date="2027-05-12")
    m = only_meeting(f)
    assert place_names(f, m) == ["Kiel"] and "Frauke Ohlsen" in attendee_names(f, m)


def test_meetings_a_multi_day_meeting_told_at_its_close_is_dated_by_its_first_day(extract_text):
    f = extract_text("Zum Abschluss ihres zweitägigen Treffens in Lübeck haben die Minister Arne Holm und Sven Dahl "
                     "am Dienstag eine Erklärung unterzeichnet.", date="2027-05-12")
    assert only_meeting(f)["date"]["value"] == "2027-05-10"


def test_meetings_the_subject_of_an_infinitive_of_receiving_is_the_host(extract_text):
    f = extract_text("Präsidentin Ines Varga lobte die Gespräche. Sie kündigte an, den slowakischen Regierungschef "
                     "Marek Hollý im Juni in Budapest zu empfangen.", date="2027-05-12")
    visit = next(m for m in f["meetings"] if "Marek Hollý" in attendee_names(f, m))
    assert host_names(f, visit) == {"Ines Varga"}


def test_meetings_who_stood_in_after_durch_attends_and_is_not_absent(extract_text):
    f = extract_text("Die Agrarminister berieten am Montag in Graz. Ministerin Olga Brenner hatte abgesagt und war "
                     "durch Staatssekretär Paul Egger vertreten worden.", date="2027-05-12")
    m = only_meeting(f)
    assert "Paul Egger" in attendee_names(f, m) and absent_names(f, m) == {"Olga Brenner"}


def test_meetings_a_standing_in_told_in_the_past_is_at_the_meeting_held_not_at_one_to_come(extract_text):
    f = extract_text("Die Regierungschefs trafen sich am Montag in Riga. Präsident Aldo Ferri will den lettischen "
                     "Regierungschef Juris Ozols im Juli in Rom empfangen. Kanzler Jan Novak hatte abgesagt und war durch "
                     "Vizekanzler Petr Dvořák vertreten worden.", date="2027-05-12")
    riga = next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])
    rome = next(m for m in f["meetings"] if place_names(f, m) == ["Rome"])
    assert "Petr Dvořák" in attendee_names(f, riga) and absent_names(f, riga) == {"Jan Novak"}
    assert "Petr Dvořák" not in attendee_names(f, rome) and not absent_names(f, rome)


def test_meetings_a_sentence_with_no_meeting_word_and_a_place_joins_the_meeting_there(extract_text):
    f = extract_text("Die Staatschefs kamen am Mittwoch in Chișinău zusammen. Später telefonierte Präsident Ivo Rand "
                     "mit Präsidentin Lea Moor. Kanzlerin Eva Brandt war in Chișinău dabei. Premier Tom Reed ließ sich "
                     "per Video zuschalten.", date="2027-05-13")
    call = next(m for m in f["meetings"] if "Ivo Rand" in attendee_names(f, m))
    summit = next(m for m in f["meetings"] if m is not call)
    assert {"Eva Brandt", "Tom Reed"} <= attendee_names(f, summit)
    assert attendee_names(f, call) == {"Ivo Rand", "Lea Moor"}


def test_meetings_a_crisis_compound_takes_the_place_after_it(extract_text):
    f = extract_text("Die Außenminister berieten am Montag in Oslo. Minister Kai Berg war wegen einer Regierungskrise "
                     "in Kopenhagen nicht dabei.", date="2027-05-12")
    m = only_meeting(f)
    assert place_names(f, m) == ["Oslo"] and absent_names(f, m) == {"Kai Berg"}


def test_meetings_ihn_vertrat_y_y_stands_in_for_the_one_the_pronoun_means(extract_text):
    f = extract_text("Die Außenminister berieten am Montag in Oslo. Minister Kai Berg war erkrankt; ihn vertrat "
                     "Staatssekretärin Mia Lund.", date="2027-05-12")
    m = only_meeting(f)
    assert "Mia Lund" in attendee_names(f, m) and absent_names(f, m) == {"Kai Berg"}


def test_meetings_after_a_meal_a_meeting_of_its_own_is_on_the_meals_day(extract_text):
    f = extract_text("Am Montagabend trafen sich die Ministerinnen Eva Lind und Anna Berg in Tallinn zum Abendessen. Am Dienstag "
                     "flog Lind weiter. Nach dem Abendessen war Berg noch mit Vertretern der Opposition zusammengetroffen.",
                     date="2027-05-12")
    talk = next(m for m in f["meetings"] if m["trigger"] == "zusammengetroffen")
    assert talk["date"]["value"] == "2027-05-10"


def test_meetings_one_thanked_for_hospitality_hosted_and_the_one_thanking_was_a_guest(extract_text):
    f = extract_text("Am Mittwoch trafen sich mehrere Ministerinnen in Vilnius zu einem Abendessen. Außenministerin Dana Kurz dankte später "
                     "ihrer Amtskollegin Rasa Vaitė für die Gastfreundschaft.", date="2027-05-13")
    m = only_meeting(f)
    assert host_names(f, m) == {"Rasa Vaitė"} and {"Dana Kurz", "Rasa Vaitė"} <= attendee_names(f, m)


def test_meetings_a_noun_phrase_before_a_colon_labels_the_event_and_says_where_it_was(extract_text):
    f = extract_text("Besuch im Präsidialamt: Der Botschafter Jonas Vik ist am Montag von Präsident Emil Sand "
                     "empfangen worden.", date="2027-05-12")
    m = only_meeting(f)
    assert host_names(f, m) == {"Emil Sand"} and any("Präsidialamt" in name for name in place_names(f, m))


def test_meetings_a_building_the_kb_cannot_place_is_in_the_datelines_town(extract_text):
    f = extract_text("Kelheim – Im Landratsamt hat Landrätin Eva Hofer am Montag den Botschafter Jonas Vik empfangen. "
                     "Am Rande des Besuchs traf Vik dort auch Bürgermeister Karl Moos.", date="2027-05-12")
    for m in f["meetings"]:
        assert "Kelheim" in place_names(f, m), (m["trigger"], place_names(f, m))


def test_meetings_a_host_nouns_person_may_stand_in_a_genitive_apposition(extract_text):
    f = extract_text("Die Generalstabschefs berieten am Montag in Brüssel. Unter dem Vorsitz des Vorsitzenden des "
                     "Militärausschusses, des norwegischen Admirals Leif Dahl, ging es um die Ostflanke.", date="2027-05-12")
    assert host_names(f, only_meeting(f)) == {"Leif Dahl"}


def test_meetings_invited_to_a_dinner_at_someones_with_a_day_to_come_is_planned_and_hosted_by_them(extract_text):
    f = extract_text("Am Freitagabend sind die Ministerinnen zu einem Abendessen beim Präsidenten der Kommission, "
                     "Dr. Tom Weller, in Gent eingeladen.", date="2027-05-12")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-05-14"
    assert host_names(f, m) == {"Tom Weller"} and place_names(f, m) == ["Gent"]


def test_meetings_the_next_morning_is_the_day_after_the_story_s_day(extract_text):
    f = extract_text("Am Donnerstag empfing Präsidentin Ada Lenz ihren Gast Omar Diallo im Schloss in Berlin. Am "
                     "nächsten Morgen fliegt Diallo weiter nach Hamburg, wo er Bürgermeister Jan Pohl treffen soll.",
                     date="2027-05-14")
    hamburg = next(m for m in f["meetings"] if "Jan Pohl" in attendee_names(f, m))
    assert hamburg["date"]["value"] == "2027-05-14"


def test_meetings_a_meeting_noun_asked_about_is_no_meeting(extract_text):
    f = extract_text("Die Fraktion möchte wissen, welche Gespräche die Regierung seit Januar mit Vertretern Perus "
                     "geführt hat. Am 3. März traf Staatssekretär Ole Brandt in Lima den Minister Luis Vega.",
                     date="2027-05-14")
    assert attendee_names(f, only_meeting(f)) == {"Ole Brandt", "Luis Vega"}


def test_meetings_an_office_in_its_genitive_title_is_not_its_deputy(extract_text):
    f = extract_text("Am Montag traf Staatssekretär Ole Brandt in Berlin den peruanischen Vize-Außenminister Luis "
                     "Vega. Ein für Juni geplantes Treffen des Bundesministers des Auswärtigen mit dem Außenminister "
                     "Chiles, Pedro Soto, in Santiago wurde abgesagt.", date="2027-05-14")
    called_off = next(m for m in f["meetings"] if m["status"] == "cancelled")
    assert attendee_names(f, called_off) == {"Pedro Soto"}


def test_meetings_a_partner_named_in_apposition_after_a_long_role(extract_text):
    f = extract_text("Zum Abschluss der Reise unterzeichnete Ministerin Eva Korn am Mittwoch in Kobe eine Erklärung "
                     "mit dem Gouverneur der Präfektur Hyogo, Ken Mori, über Wasserstoff.", date="2027-05-14")
    assert attendee_names(f, only_meeting(f)) == {"Eva Korn", "Ken Mori"}


def test_meetings_a_line_heading_the_body_in_the_present_is_the_event_the_body_tells(extract_text):
    f = extract_text("Pressemitteilung Nr. 12/2027\n\nMinisterin Ada Roth empfängt Kommissar des Königs in Utrecht\n\n"
                     "Mainz. Ministerin Ada Roth hat am Donnerstag den Kommissar des Königs in der Provinz Utrecht, "
                     "Joost Smit, im Gästehaus empfangen.", date="2027-05-13")
    m = only_meeting(f)
    assert m["status"] == "past" and attendee_names(f, m) == {"Ada Roth", "Joost Smit"}
    assert "Utrecht" not in place_names(f, m)


def test_meetings_another_building_in_another_part_of_the_day_is_another_meeting(extract_text):
    f = extract_text("Am Vormittag empfing Ministerin Ada Roth den Gast Joost Smit in der Staatskanzlei in Mainz. Am "
                     "Nachmittag nahmen beide an der Eröffnung einer Ausstellung im Landtag teil.", date="2027-05-13")
    assert len(f["meetings"]) == 2


def test_meetings_an_alleged_meeting_the_sentence_denies_is_no_meeting(extract_text):
    f = extract_text("Die Regierung hat Berichte über ein angebliches Geheimtreffen zwischen Minister Paul Lenz und "
                     "dem Gesandten Ivan Sokol in Wien zurückgewiesen. Bestätigt ist dagegen ein Telefonat von Lenz "
                     "mit Ministerin Eva Horn am Dienstag.", date="2027-05-13")
    assert attendee_names(f, only_meeting(f)) == {"Paul Lenz", "Eva Horn"}


def test_meetings_the_genitive_after_a_call_names_its_one_side(extract_text):
    f = extract_text("Minister Paul Brandt traf in Wien den Gesandten Ivan Sokol. Sokol selbst äußerte sich nicht. "
                     "Bestätigt ist ein Telefonat Brandts mit Ministerin Eva Horn am Dienstag.", date="2027-05-13")
    call = next(m for m in f["meetings"] if "Eva Horn" in attendee_names(f, m))
    assert "Ivan Sokol" not in attendee_names(f, call)


def test_meetings_a_clause_before_a_colon_is_no_label(extract_text):
    f = extract_text("Die Verhandlungen hatten damals im Kaukasus begonnen: Im Mai 2018 waren die Minister Karl Ost "
                     "und Lewan Beridse in dem Kurort Bordschomi zu ersten Gesprächen zusammengekommen.", date="2027-05-13")
    m = next(m for m in f["meetings"] if "Karl Ost" in attendee_names(f, m))
    assert attendee_names(f, m) == {"Karl Ost", "Lewan Beridse"} and place_names(f, m) == ["Bordschomi"]


def test_meetings_the_person_a_relative_clause_is_about_takes_part_in_its_meeting(extract_text):
    f = extract_text("An der Feier nahmen Präsidentin Nino Abaschidse und der frühere Minister Karl Ost teil, der "
                     "die Erklärung im Juli 2018 gemeinsam mit seinem Amtskollegen Lewan Beridse unterzeichnet hatte.",
                     date="2027-05-13")
    signing = next(m for m in f["meetings"] if "Lewan Beridse" in attendee_names(f, m))
    assert attendee_names(f, signing) == {"Karl Ost", "Lewan Beridse"}


def test_meetings_an_invitation_whose_date_is_being_fixed_is_a_visit_to_come(extract_text):
    f = extract_text("Kommissar Joost Smit lud Ministerin Ada Roth zu einem Gegenbesuch nach Utrecht ein; ein Termin "
                     "im Herbst wird derzeit abgestimmt.", date="2027-05-13")
    m = only_meeting(f)
    assert m["status"] == "planned" and host_names(f, m) == {"Joost Smit"}
    # without a date being fixed, an invitation is no meeting
    f = extract_text("Kommissar Joost Smit lud Ministerin Ada Roth zu einem Gegenbesuch nach Utrecht ein.", date="2027-05-13")
    assert f["meetings"] == []


def test_meetings_a_summits_recap_its_first_day_lunch_and_who_left_early(extract_text):
    f = extract_text("Brüssel (dpa) - Nach zwei Tagen zäher Verhandlungen haben sich die Staats- und Regierungschefs "
                     "geeinigt. Der Gipfel hatte am Donnerstag begonnen.\n\nAm ersten Gipfeltag hatten die Chefs zunächst "
                     "mit dem Premierminister Noah Grant zu Mittag gegessen, der als Gast eingeladen war.\n\nRatspräsident "
                     "Jan Wolny zeigte sich nach Abschluss der Beratungen zufrieden. Regierungschef Pal Kiss hatte die "
                     "Einigung blockiert; er reiste vorzeitig ab.", date="2027-05-14")
    lunch = next(m for m in f["meetings"] if "Noah Grant" in attendee_names(f, m))
    summit = next(m for m in f["meetings"] if m is not lunch)
    assert lunch["date"]["value"] == "2027-05-13" and place_names(f, lunch) == ["Brussels"] and not host_names(f, lunch)
    assert {"Jan Wolny", "Pal Kiss"} <= attendee_names(f, summit) and place_names(f, summit) == ["Brussels"]


def test_meetings_am_zweiten_tag_alone_is_the_second_day_of_the_visit_told(extract_text):
    f = extract_text("Präsident Ivo Marić kommt vom 10. bis 12. März zu einem Staatsbesuch nach Deutschland. "
                     "Bundespräsidentin Eva Sand empfängt ihn am ersten Tag im Schloss Bellevue. Am zweiten Tag reisen "
                     "beide nach Leipzig.", date="2027-03-05")
    leipzig = next(m for m in f["meetings"] if "Leipzig" in place_names(f, m))
    assert leipzig["date"]["value"] == "2027-03-11" and leipzig["status"] == "planned"
    # ("am ersten Tag im Amt" is a day of an office, not of the visit)
    f = extract_text("Präsident Ivo Marić kam am 10. März zu einem Staatsbesuch nach Berlin. Am ersten Tag im Amt hatte "
                     "Kanzlerin Eva Sand in Leipzig Minister Raj Mehta getroffen.", date="2027-03-12")
    leipzig = next(m for m in f["meetings"] if "Leipzig" in place_names(f, m))
    assert leipzig["date"] is None


def test_meetings_a_clock_time_with_no_day_is_on_the_day_told(extract_text):
    f = extract_text("Um 10 Uhr empfängt Präsidentin Eva Sand den Präsidenten Finnlands, Raj Mehta, im Schloss.",
                     date="2027-05-06")
    m = only_meeting(f)
    assert m["date"]["value"] == "2027-05-06" and m["status"] == "planned"
    # (in a story of another day, that day)
    f = extract_text("Präsidentin Eva Sand ist am Dienstag nach Rom gereist. Um 14.30 Uhr traf sie dort Minister Raj "
                     "Mehta.", date="2027-05-06")
    talk = next(m for m in f["meetings"] if "Raj Mehta" in attendee_names(f, m))
    assert talk["date"]["value"] == "2027-05-04"
    f = extract_text("At 10 a.m., President Eva Sand will receive Finnish President Raj Mehta at the palace.", lang="en",
                     date="2027-05-06")
    assert only_meeting(f)["date"]["value"] == "2027-05-06"


def test_meetings_tags_zuvor_and_a_discussion_with_someone(extract_text):
    f = extract_text("Am Donnerstag traf Ministerin Eva Sand in Davos den Minister Raj Mehta. Tags zuvor hatte Sand in "
                     "Zürich mit Minister Beat Graf gesprochen. Am Freitag diskutierte sie auf einem Podium mit der "
                     "Präsidentin der Zentralbank, Hélène Marais.", date="2027-05-15")
    zurich = next(m for m in f["meetings"] if "Beat Graf" in attendee_names(f, m))
    panel = next(m for m in f["meetings"] if "Hélène Marais" in attendee_names(f, m))
    assert zurich["date"]["value"] == "2027-05-12" and panel["date"]["value"] == "2027-05-14"


def test_meetings_a_cabinet_meeting_announced_in_the_present_is_planned(extract_text):
    f = extract_text("Kabinett geht in Klausur\n\nDas Bundeskabinett kommt am Mittwoch zu einer Klausurtagung in Potsdam "
                     "zusammen.", date="2028-08-28")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2028-08-30" and place_names(f, m) == ["Potsdam"]


def test_meetings_the_commas_of_a_list_of_states_do_not_split_a_clause(extract_text):
    f = extract_text("Ministerin Eva Sand hat am Rande der Konferenz am Montag ihre Amtskollegen aus Peru, Chile und "
                     "Kolumbien getroffen.", date="2028-09-26")
    talk = next(m for m in f["meetings"] if "Chile" in attendee_names(f, m))
    assert "Eva Sand" in attendee_names(f, talk)


def test_meetings_a_pronoun_after_the_verb_is_not_the_partner_named_before_it(extract_text):
    f = extract_text("Ministerin Eva Sand traf am Montag in Lima ihre Amtskollegen. Mit dem Minister Luis Vega sprach sie "
                     "anschließend auch unter vier Augen.", date="2028-09-26")
    talk = next(m for m in f["meetings"] if "Luis Vega" in attendee_names(f, m))
    assert attendee_names(f, talk) == {"Eva Sand", "Luis Vega"}


def test_meetings_an_invitation_accepted_in_the_same_sentence_is_a_visit_to_come(extract_text):
    f = extract_text("Präsident Olek Marin lud die Ministerin Tanja Weiß zu einem Gegenbesuch nach Riga ein; sie nahm "
                     "die Einladung an.", date="2029-02-01")
    m = only_meeting(f)
    assert m["status"] == "planned" and place_names(f, m) == ["Riga"] and host_names(f, m) == {"Olek Marin"}
    assert extract_text("Präsident Olek Marin lud die Ministerin Tanja Weiß zu einem Gegenbesuch nach Riga ein.",
                        date="2029-02-01")["meetings"] == []


def test_meetings_ihn_is_the_man_named_before_and_dann_the_month_of_his_journey(extract_text):
    f = extract_text("Nach Angaben von Ministerin Lea Korn kommt Premierminister Aron Toth Mitte Mai nach Wien. Dann wird "
                     "ihn auch Kanzlerin Ida Brunner empfangen.", date="2029-03-05")
    m = only_meeting(f)
    assert {"Aron Toth", "Ida Brunner"} <= attendee_names(f, m) and host_names(f, m) == {"Ida Brunner"}
    assert m["date"]["value"] == "2029-05" and place_names(f, m) == ["Vienna"] and m["status"] == "planned"


def test_meetings_a_noun_after_jeder_is_any_meeting_of_its_kind(extract_text):
    f = extract_text("Ministerin Siri Dahl lobte den Austausch mit Minister Paul Hein: Jedes Treffen mit ihm sei offen.",
                     date="2029-03-05")
    assert f["meetings"] == []
    f = extract_text("Prime Minister Paul Hein praised President Siri Dahl: every meeting with her was open.",
                     date="2029-03-05", lang="en")
    assert f["meetings"] == []


def test_meetings_talks_summed_up_undated_are_the_ones_told_with_their_day(extract_text):
    f = extract_text("Staatssekretärin Mia Roth zog eine Bilanz ihrer Gespräche in Tiflis. Am Freitag war Roth in Tiflis "
                     "mit Präsident Giorgi Beridze zusammengetroffen.", date="2029-03-05")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Mia Roth", "Giorgi Beridze"} and m["date"]["value"] == "2029-03-02"


def test_meetings_a_breakfast_with_someone_is_a_meeting(extract_text):
    f = extract_text("Am Sonntag hat Minister Jan Olsen in Oslo mit Bürgermeisterin Eva Lind gefrühstückt.",
                     date="2029-03-05")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Olsen", "Eva Lind"} and place_names(f, m) == ["Oslo"]


def test_meetings_two_persons_opening_something_together_meet_and_a_greeting_speaker_joins(extract_text):
    f = extract_text("Kanzler Ole Brandt und Präsidentin Mira Novak haben am Sonntag in Leipzig die Buchmesse eröffnet. "
                     "Auch Bürgermeister Tom Ries sprach ein Grußwort.", date="2029-03-05")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ole Brandt", "Mira Novak", "Tom Ries"} and host_names(f, m) == set()
    assert place_names(f, m) == ["Leipzig"] and m["date"]["value"] == "2029-03-04"
    # pursuing an aim is nothing done on the spot
    assert extract_text("Kanzler Ole Brandt und Präsidentin Mira Novak verfolgen das Ziel einer Einigung.")["meetings"] == []


def test_meetings_fuer_den_nachmittag_is_the_day_told_before(extract_text):
    f = extract_text("Am Dienstag wollen Kanzlerin Ida Brunner und Premier Lars Moe gemeinsam eine Werft besichtigen. "
                     "Für den Nachmittag ist ein Treffen Moes mit Ministerin Petra Holm geplant.", date="2029-04-23")
    talk = next(m for m in f["meetings"] if "Petra Holm" in attendee_names(f, m))
    assert talk["date"]["value"] == "2029-04-24" and talk["status"] == "planned"


def test_meetings_zuvor_is_earlier_on_the_day_of_the_meeting_told_before(extract_text):
    f = extract_text("Kanzlerin Ida Brunner hat am Dienstag Premier Lars Moe im Kanzleramt empfangen. Moe war zuvor von "
                     "Präsident Jon Berg im Schloss Bellevue empfangen worden.", date="2029-01-17")
    bellevue = next(m for m in f["meetings"] if "Jon Berg" in attendee_names(f, m))
    assert bellevue["date"]["value"] == "2029-01-16" and host_names(f, bellevue) == {"Jon Berg"}


def test_meetings_a_citizens_dialogue_in_the_hall_people_came_into_greeted_by_the_mayor(extract_text):
    f = extract_text("Ministerin stellt sich Fragen\n\nGießen. Rund 200 Bürger sind am Donnerstagabend zum Bürgerdialog "
                     "mit Ministerin Eva Sand in die Stadthalle gekommen. Begrüßt wurde die Ministerin von Bürgermeister "
                     "Tom Ries.", date="2029-06-08")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Eva Sand", "Tom Ries"} and host_names(f, m) == {"Tom Ries"}
    assert m["date"]["value"] == "2029-06-07" and {"Stadthalle", "Gießen"} <= set(place_names(f, m))


def test_meetings_a_town_and_a_full_stop_opening_the_body_is_a_dateline_only_for_a_town(extract_text):
    f = extract_text("Neue Radwege\n\nGießen. Ministerin Eva Sand hat am Montag Bürgermeister Tom Ries getroffen.", date="2029-06-08")
    assert place_names(f, only_meeting(f)) == ["Gießen"]
    f = extract_text("Neue Radwege\n\nEndlich. Ministerin Eva Sand hat am Montag Bürgermeister Tom Ries getroffen.", date="2029-06-08")
    assert place_names(f, only_meeting(f)) == []


def test_meetings_before_another_meeting_in_a_building_of_its_own_not_the_other_ones(extract_text):
    f = extract_text("Ministerin Eva Sand sprach am Donnerstag im Rathaus von Gießen mit Bürgern. Vor dem Bürgerdialog "
                     "hatte sich die Ministerin im Klinikum mit dem Betriebsrat getroffen.", date="2029-06-08")
    clinic = next(m for m in f["meetings"] if "Klinikum" in place_names(f, m))
    assert "Rathaus" not in place_names(f, clinic) and clinic["date"]["value"] == "2029-06-07"


def test_meetings_a_council_in_session_chaired_by_a_name_in_apposition(extract_text):
    f = extract_text("Der Rat „Allgemeine Angelegenheiten“ ist am Montag in Brüssel zusammengetreten. Den Vorsitz führte "
                     "die Ministerin für Europa und Handel des Vorsitzlandes, Ana Ruiz. Per Videokonferenz zugeschaltet "
                     "war der Außenminister Moldaus, Ion Rusu.", date="2029-05-14")
    m = only_meeting(f)
    assert {"Ana Ruiz", "Ion Rusu"} <= attendee_names(f, m) and host_names(f, m) == {"Ana Ruiz"}
    assert place_names(f, m) == ["Brussels"] and m["date"]["value"] == "2029-05-14" and not m["virtual"]


def test_meetings_a_name_in_quotation_marks_ends_no_clause(extract_text):
    f = extract_text("Tagung des Formats „Team Europa“ in Brüssel", date="2029-05-14")
    assert place_names(f, only_meeting(f)) == ["Brussels"]


def test_meetings_discussing_something_with_someone_is_a_meeting(extract_text):
    f = extract_text("Am Montag erörterte Ministerin Eva Sand in Oslo mit Minister Lars Moe die Lage.", date="2029-05-14")
    assert attendee_names(f, only_meeting(f)) == {"Eva Sand", "Lars Moe"}


def test_meetings_the_links_under_related_headings_and_a_byline_are_not_the_story(extract_text):
    f = extract_text("Ministerin Eva Sand hat am Dienstag in Oslo Minister Lars Moe getroffen.\n\nVon Jana Brix, "
                     "ARD-Studio Stockholm\n\nBeide sprachen über Energie.\n\nMehr zum Thema\n- Kommentar: Ein Besuch "
                     "von Minister Per Lund in Bergen\n- Wer trifft wen in Oslo?\n\nAm Mittwoch reist Sand weiter nach "
                     "Stockholm, wo sie am Abend Ministerin Karin Ek treffen wird.", date="2029-09-12")
    oslo = next(m for m in f["meetings"] if "Lars Moe" in attendee_names(f, m))
    assert attendee_names(f, oslo) == {"Eva Sand", "Lars Moe"}
    # the article goes on after the box of links, and its facts count
    assert {a["name"] for a in f["actors"]} == {"Eva Sand", "Lars Moe", "Karin Ek"}
    stockholm = next(m for m in f["meetings"] if "Karin Ek" in attendee_names(f, m))
    assert stockholm["evidence"][0]["sentence"].startswith("Am Mittwoch reist Sand")
    # a headline that opens with "Von" is no byline
    f = extract_text("Von Kiew nach Brüssel: Präsident Ivan Koval wirbt um Hilfe\n\nAm Montag sprach er im Parlament.",
                     date="2029-09-12")
    assert "Ivan Koval" in {a["name"] for a in f["actors"]}
    f = extract_text("Minister Paul Hein met Prime Minister Siri Dahl in Oslo on Tuesday.\n\nBy Jane Brix, BBC News\n\n"
                     "Related\nHein to visit Per Lund in Bergen", lang="en", date="2029-09-12")
    assert {a["name"] for a in f["actors"]} == {"Paul Hein", "Siri Dahl"}


def test_meetings_am_zweiten_tag_ihres_besuchs_dates_by_the_visit_and_den_starts_another_object(extract_text):
    f = extract_text("Ministerin Eva Sand ist am 3. Oktober zu einem zweitägigen Besuch nach Kumasi gereist. Am zweiten "
                     "Tag ihres Besuchs traf die Ministerin den Gouverneur Kofi Boateng.", date="2029-10-05")
    talk = next(m for m in f["meetings"] if "Kofi Boateng" in attendee_names(f, m))
    assert talk["date"]["value"] == "2029-10-04" and "Eva Sand" in attendee_names(f, talk)
    # "den" opens an object of its own, no genitive of the role before it: the name after it is not the minister's
    f = extract_text("Ministerin Eva Sand reiste nach Kumasi. Am Montag traf die Ministerin den Asantehene, Kofi Boateng, "
                     "in seinem Palast.", date="2029-10-05")
    boateng = next(a for a in f["actors"] if a["name"] == "Kofi Boateng")
    assert boateng.get("role") != "Minister"


def test_meetings_a_trips_first_stop_where_she_meets_a_name_in_apposition(extract_text):
    f = extract_text("Ministerin Lea Brand bricht am Mittwoch (10.03.) zu einer Reise in den Kaukasus auf. Erste Station "
                     "ist Tiflis, wo sie mit dem Vorsitzenden des Parlaments, Giorgi Beridse, zusammentreffen wird. Am "
                     "Donnerstag reist die Ministerin weiter nach Eriwan. Dort sind Gespräche mit Premierministerin "
                     "Anahit Sarkisjan vorgesehen.", date="2027-03-08")
    tbilisi = next(m for m in f["meetings"] if "Giorgi Beridse" in attendee_names(f, m))
    # "wo" stands for Tiflis, "sie" for the minister, and the first stop is on the day the trip begins
    assert attendee_names(f, tbilisi) == {"Lea Brand", "Giorgi Beridse"}
    assert place_names(f, tbilisi) == ["Tbilisi"]
    assert tbilisi["date"]["value"] == "2027-03-10" and tbilisi["status"] == "planned"
    # "die Ministerin" is the minister named before, not the prime minister named after
    yerevan = next(m for m in f["meetings"] if "Anahit Sarkisjan" in attendee_names(f, m))
    assert attendee_names(f, yerevan) == {"Lea Brand", "Anahit Sarkisjan"}
    assert yerevan["date"]["value"] == "2027-03-11"


def test_meetings_a_live_blogs_entries_under_their_time_stamps_and_lines(extract_text):
    f = extract_text("Liveblog: Gipfel in Wien\n\n14.05.2029 • 18:05 Uhr\n\nKanzler trifft Präsidenten Chiles\n\n"
                     "Bundeskanzler Jonas Beck ist am Rande des Gipfels mit dem chilenischen Präsidenten Tomás Rojas "
                     "zusammengekommen. Beide sprachen über Lithium.\n\n14.05.2029 • 16:40 Uhr\n\nMinisterin sagt Treffen "
                     "mit Amtskollegen ab\n\nMinisterin Eva Sand hat ein geplantes Treffen mit dem Außenminister Omar "
                     "Haddad abgesagt.", date="2029-05-14")
    talks = [m for m in f["meetings"] if "Tomás Rojas" in attendee_names(f, m) and m["kind"] != "gipfel"]
    # the entry's line and its text tell one meeting on the sidelines, on the day of the entry's time stamp
    assert len(talks) == 1 and attendee_names(f, talks[0]) == {"Jonas Beck", "Tomás Rojas"}
    assert talks[0]["date"]["value"] == "2029-05-14" and talks[0]["status"] == "past"
    # the next entry's meeting is one of its own, with its own people
    called_off = [m for m in f["meetings"] if "Omar Haddad" in attendee_names(f, m)]
    assert len(called_off) == 1 and attendee_names(f, called_off[0]) == {"Eva Sand", "Omar Haddad"}
    assert called_off[0]["status"] == "cancelled"


def test_meetings_a_state_visits_programme_told_in_the_present(extract_text):
    f = extract_text("Präsident Jonas Keller reist vom 4. bis 6. Mai zu einem Staatsbesuch nach Ungarn. Begleitet wird er "
                     "von seiner Ehefrau Lena Keller.\n\nAm Dienstag wird das Ehepaar in Budapest von Präsident Ádám Kovács "
                     "und dessen Ehefrau Réka Kovács begrüßt. Anschließend führen die beiden Präsidenten ein Gespräch "
                     "unter vier Augen. Am Abend gibt Präsident Kovács zu Ehren der Gäste ein Staatsbankett.\n\nDanach "
                     "besucht Keller das Parlament, wo ihn Parlamentspräsidentin Eszter Nagy empfängt. Zum Abschluss "
                     "reist Keller am Donnerstag nach Debrecen. Dort eröffnet er ein Wirtschaftsforum.", date="2027-05-03")
    # "das Ehepaar" is the couple named before; "zu Ehren" is no part of a name
    welcome = next(m for m in f["meetings"] if m["kind"] == "begrüßen")
    assert attendee_names(f, welcome) == {"Jonas Keller", "Lena Keller", "Ádám Kovács", "Réka Kovács"}
    assert "Kovács zu Ehren" not in {a["name"] for a in f["actors"]}
    # "die beiden Präsidenten": the two presidents, not the last two persons named
    talk = next(m for m in f["meetings"] if m["kind"] == "gespräch")
    assert attendee_names(f, talk) == {"Jonas Keller", "Ádám Kovács"}
    # "Präsident Kovács" and "Keller" alone are the officeholders of their families
    banquet = next(m for m in f["meetings"] if m["kind"] == "staatsbankett")
    assert host_names(f, banquet) == {"Ádám Kovács"}
    # a visit and the reception "wo" it happens are one event; so a journey and what is opened there, ahead
    parliament = [m for m in f["meetings"] if "Eszter Nagy" in attendee_names(f, m)]
    assert len(parliament) == 1 and attendee_names(f, parliament[0]) == {"Jonas Keller", "Eszter Nagy"}
    forum = [m for m in f["meetings"] if m["places"] and "Debrecen" in place_names(f, m)]
    assert len(forum) == 1 and forum[0]["status"] == "planned" and forum[0]["date"]["value"] == "2027-05-06"


def test_meetings_sie_after_die_beiden_is_whom_the_two_were_read_as(extract_text):
    f = extract_text("Anschließend trifft Präsident Aarne Koskela Kanzler Bernd Vollmer im Kanzleramt. Am Abend gibt "
                     "Bundespräsident Andreas Kroll ein Staatsbankett, an dem auch Kanzler Vollmer teilnimmt.\n\nAm 4. Mai reisen die beiden "
                     "Präsidenten nach Hamburg. Dort werden sie von Bürgermeisterin Lena Hollweg im Rathaus empfangen.",
                     date="2027-05-02")
    hamburg = [m for m in f["meetings"] if "Lena Hollweg" in attendee_names(f, m)]
    # "sie" are the two presidents of the sentence before, not the persons last named (Kroll and Vollmer)
    assert len(hamburg) == 1 and attendee_names(f, hamburg[0]) == {"Aarne Koskela", "Andreas Kroll", "Lena Hollweg"}


def test_meetings_gemeinsam_mit_after_the_verb_of_a_main_clause(extract_text):
    f = extract_text("Am Nachmittag besichtigte Landrätin Eva Sand gemeinsam mit Bürgermeister Jan Ruhl eine Schule in "
                     "Dresden.", date="2027-11-19")
    assert attendee_names(f, only_meeting(f)) == {"Eva Sand", "Jan Ruhl"}


def test_meetings_a_headline_visit_is_the_first_event_of_the_visitor_there(extract_text):
    f = extract_text("Präsident Kowalczyk zu Besuch in Berlin\n\nBerlin – Der polnische Präsident Jan Kowalczyk ist am "
                     "Montag vor dem Kanzleramt mit militärischen Ehren begrüßt worden.", date="2027-10-04")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Kowalczyk"} and m["date"]["value"] == "2027-10-04"
    assert {a["name"] for a in f["actors"]} == {"Jan Kowalczyk"}  # "zu Besuch" is no part of his name


def test_meetings_a_headline_visiting_a_state_is_the_bodys_meeting_in_its_capital(extract_text):
    f = extract_text("Minister Vollmer besucht Litauen\n\nVerteidigungsminister Bernd Vollmer ist am Montag in Vilnius mit "
                     "seinem litauischen Kollegen Ivo Maric zusammengekommen.", date="2027-10-05")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Bernd Vollmer", "Ivo Maric"} and "Vilnius" in place_names(f, m)


def test_meetings_there_after_an_arrival_is_the_day_the_sentence_before_named(extract_text):
    # Thursday's article: "am Montag" was three days ago, and "dort" is that day's Kyiv, not next Monday's
    f = extract_text("Ministerin Anne Morel ist am Montag zu einem Besuch in Kiew eingetroffen. Dort wollte sie mit "
                     "ihrem ukrainischen Kollegen Ivo Maric zusammenkommen.", date="2027-10-14")
    assert {m["date"]["value"] for m in f["meetings"]} == {"2027-10-11"}
    assert any(attendee_names(f, m) == {"Anne Morel", "Ivo Maric"} for m in f["meetings"])


def test_meetings_a_body_joined_to_a_chair_noun_is_chaired_not_hosting(extract_text):
    f = extract_text("Die Außenminister sind am Donnerstag in Valletta zusammengekommen. Gastgeber ist Außenminister "
                     "Ivo Maric, der derzeit den OSZE-Vorsitz innehat.", date="2027-10-14")
    assert host_names(f, only_meeting(f)) == {"Ivo Maric"}


def test_meetings_one_a_clause_of_cause_places_elsewhere_is_absent_from_the_meeting_told_before(extract_text):
    f = extract_text("Die Außenminister haben am Montag in Luxemburg beraten. Deutschland wurde von Staatsminister Jan "
                     "Falke vertreten, da Außenministerin Anne Morel in Bayern war.", date="2027-10-14")
    m = only_meeting(f)
    assert "Jan Falke" in attendee_names(f, m) and "Anne Morel" not in attendee_names(f, m)
    assert absent_names(f, m) == {"Anne Morel"}


def test_meetings_one_who_blocked_an_agreement_was_at_the_meeting_told(extract_text):
    f = extract_text("Die Außenminister haben am Montag in Luxemburg beraten. Ungarns Außenminister Ivo Maric blockierte "
                     "eine Einigung.", date="2027-10-14")
    assert "Ivo Maric" in attendee_names(f, only_meeting(f))
    # a standing blockade told in the present is no event of the meeting
    f = extract_text("Die Außenminister haben am Montag in Luxemburg beraten. Ungarns Außenminister Ivo Maric blockiert "
                     "die Hilfen seit Monaten.", date="2027-10-14")
    assert "Ivo Maric" not in attendee_names(f, only_meeting(f))


def test_meetings_a_visit_naming_no_one_is_a_stop_of_the_traveller_told_before(extract_text):
    f = extract_text("Kanzler Jan Falke wird am Sonntag zu seinem Antrittsbesuch in Warschau erwartet. Für Montag steht "
                     "ein Besuch in Vilnius auf dem Programm.", date="2027-10-14")
    vilnius = next(m for m in f["meetings"] if place_names(f, m) == ["Vilnius"])
    assert attendee_names(f, vilnius) == {"Jan Falke"}
    # a visit in return is the other side's: no one is guessed
    f = extract_text("Kanzler Jan Falke wird am Sonntag zu seinem Antrittsbesuch in Warschau erwartet. Ein Gegenbesuch "
                     "in Berlin ist für den Herbst geplant.", date="2027-10-14")
    berlin = next(m for m in f["meetings"] if place_names(f, m) == ["Berlin"])
    assert attendee_names(f, berlin) == set()


def test_meetings_a_round_that_took_place_is_a_meeting_and_a_round_of_a_vote_none(extract_text):
    f = extract_text("Die Gespräche sollen am Montag in Genf fortgesetzt werden. Das kündigte das Außenministerium an. "
                     "Die erste Runde hatte vergangene Woche in Riad stattgefunden. Für die USA verhandelte damals "
                     "Außenminister Jan Obel.", date="2027-10-14")
    riyadh = [m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m)]
    assert len(riyadh) == 1 and place_names(f, riyadh[0]) == ["Riyadh"]
    assert extract_text("Die zweite Runde der Wahl findet am Sonntag in Riad statt.", date="2027-10-14")["meetings"] == []


def test_meetings_a_sideline_phrase_in_a_later_clause_of_its_own_leaves_an_attendance_in_the_main_meeting(extract_text):
    f = extract_text("Foreign ministers opened two days of talks in Oslo on Wednesday. Foreign Minister Ivo Maric "
                     "attended, as did Foreign Minister Jan Obel, though the two did not meet on the sidelines.",
                     lang="en", date="2027-10-14")
    m = only_meeting(f)
    assert {"Ivo Maric", "Jan Obel"} <= attendee_names(f, m)


@pytest.mark.parametrize("text, lang", [
    ("Foreign Minister Jan Obel met Foreign Minister Ivo Maric on Friday before a meeting with President Lars Grube.", "en"),
    ("Foreign Minister Jan Obel met Foreign Minister Ivo Maric on Friday before meeting President Lars Grube.", "en"),
    ("Foreign Minister Jan Obel met Foreign Minister Ivo Maric on Friday, before sitting down with President Lars Grube.", "en"),
    ("Am Freitag traf Außenminister Jan Obel seinen Amtskollegen Ivo Maric vor einem Treffen mit Präsident Lars Grube.", "de"),
])
def test_meetings_a_meeting_in_a_phrase_of_sequence_after_the_verb_is_the_subjects_not_the_objects(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-10-18")
    parties = sorted(sorted(attendee_names(f, m)) for m in f["meetings"])
    assert parties == [["Ivo Maric", "Jan Obel"], ["Jan Obel", "Lars Grube"]]
    assert {m["date"]["value"] for m in f["meetings"]} == {"2027-10-15"}


def test_meetings_a_gerund_after_a_preposition_of_sequence_names_its_partner(extract_text):
    f = extract_text("After meeting Foreign Minister Ivo Maric on Friday, Jan Obel sat down with President Lars Grube.",
                     lang="en", date="2027-10-18")
    parties = sorted(sorted(attendee_names(f, m)) for m in f["meetings"])
    assert parties == [["Ivo Maric", "Jan Obel"], ["Jan Obel", "Lars Grube"]]


def test_meetings_a_date_in_a_participles_attribute_of_a_person_dates_no_meeting(extract_text):
    f = extract_text("Der am Sonntagabend in Berlin eingetroffene Premierminister Ivo Maric ist am Montag von Kanzler "
                     "Jan Obel im Kanzleramt empfangen worden.", date="2027-10-20")
    assert only_meeting(f)["date"]["value"] == "2027-10-18"
    # a participle's attribute of the meeting noun itself dates it
    f = extract_text("Die für Montag geplante Sitzung der Minister Ivo Maric und Jan Obel in Brüssel wurde abgesagt.",
                     date="2027-10-20")
    assert only_meeting(f)["date"]["value"] == "2027-10-25"


def test_meetings_receptions_to_separate_talks_are_one_meeting_each(extract_text):
    f = extract_text("Am Montag empfing Kanzler Jan Obel den Premierminister Ivo Maric und den Premierminister Lars Grube "
                     "zu getrennten Gesprächen.", date="2027-10-20")
    parties = sorted(sorted(attendee_names(f, m)) for m in f["meetings"])
    assert parties == [["Ivo Maric", "Jan Obel"], ["Jan Obel", "Lars Grube"]]


def test_meetings_an_unknown_building_in_the_state_of_the_datelines_town_is_in_that_town(extract_text):
    f = extract_text("Staatsbesuch in Japan\n\nTokio – Präsident Jan Obel ist zu einem Staatsbesuch in Japan eingetroffen. "
                     "Am Dienstag wird er von Kaiser Ivo Maric im Kaiserpalast empfangen.", date="2027-10-14")
    palace = next(m for m in f["meetings"] if "Kaiserpalast" in place_names(f, m))
    assert "Tokyo" in place_names(f, palace)


@pytest.mark.parametrize("brk", [" ", "\n\n"])
def test_meetings_an_undated_lead_and_the_details_of_the_next_paragraph_are_one_meeting(extract_text, brk):
    # wire copy puts each sentence in a paragraph of its own: the details still follow the lead
    f = extract_text("Oakes hosts Obel at Downing Street\n\nPrime Minister Tom Oakes has hosted President Jan Obel in "
                     f"Downing Street.{brk}The prime minister greeted the president on the doorstep on Tuesday morning "
                     "before the two held talks for about an hour.", lang="en", date="2025-09-02")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Tom Oakes", "Jan Obel"} and m["date"]["value"] == "2025-09-02"


@pytest.mark.parametrize("text, lang", [
    ("Prime Minister Tom Oakes hosted President Jan Obel in London on Sunday after a clash with Lars Grube in "
     "Washington.", "en"),
    ("Prime Minister Tom Oakes hosted President Jan Obel in London on Sunday, after the Oval Office clash with Lars "
     "Grube.", "en"),
    ("Premier Tom Oakes traf Präsident Jan Obel am Sonntag in London, nach dem Eklat mit Lars Grube in Washington.",
     "de")])
def test_meetings_an_event_the_verb_is_told_after_lends_it_no_place_or_person(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-03-03")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Tom Oakes", "Jan Obel"} and place_names(f, m) == ["London"]
    # (a time with no article is no event: "after noon" leaves the place after it to the verb)
    f = extract_text("Prime Minister Tom Oakes met President Jan Obel shortly after noon in Paris.", lang="en")
    assert place_names(f, only_meeting(f)) == ["Paris"]
    # (in the body a name after "before" may open a clause of one who was there)
    f = extract_text("Prime Minister Tom Oakes met President Jan Obel in Paris before Foreign Minister Lars Grube "
                     "joined them.", lang="en")
    assert "Lars Grube" in attendee_names(f, only_meeting(f))


def test_meetings_the_group_of_the_lead_meeting_in_a_building_of_its_town_is_the_leads_meeting(extract_text):
    f = extract_text("Prime Minister Tom Oakes hosted European leaders in London on Sunday.\n\nThe leaders met at "
                     "Lancaster House. Among those attending was President Jan Obel.", lang="en", date="2025-03-03")
    m = only_meeting(f)
    assert {"Tom Oakes", "Jan Obel"} <= attendee_names(f, m) and "Lancaster House" in place_names(f, m)


def test_meetings_a_headlines_town_unknown_to_the_knowledge_base_may_be_in_the_bodys_state(extract_text):
    f = extract_text("G7 foreign ministers meet in Vallombra\n\nForeign ministers from the Group of Seven gathered in "
                     "Canada on Tuesday for two days of talks. Foreign Minister Alma Keller is chairing the meeting.",
                     lang="en", date="2025-11-12")
    m = only_meeting(f)
    assert set(place_names(f, m)) == {"Vallombra", "Canada"} and m["date"]["value"] == "2025-11-11"


def test_meetings_a_headlines_bare_building_may_be_in_the_bodys_town(extract_text):
    f = extract_text("OB Jana Kolb empfängt Botschafter im Rathaus\n\nMünchen. Oberbürgermeisterin Jana Kolb hat am "
                     "Mittwoch den Botschafter Ron Adler im Münchner Rathaus empfangen.", date="2025-04-03")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jana Kolb", "Ron Adler"} and m["date"]["value"] == "2025-04-02"


@pytest.mark.parametrize("verb, status", [("convened", "past"), ("will convene", "planned")])
def test_meetings_an_expectation_of_what_the_meeting_proves_to_be_tells_none_of_its_time(extract_text, verb, status):
    f = extract_text(f"Minister Tom Oakes {verb} what is expected to be the last meeting of the group in Ramstein on "
                     "Thursday.", lang="en", date="2025-01-09")
    assert only_meeting(f)["status"] == status


def test_meetings_an_absence_told_in_the_present_is_from_the_storys_meeting_not_the_one_in_the_pluperfect(extract_text):
    # (German only: English "had" is also a verb of its own, "had dinner", so no pluperfect is read there)
    f = extract_text("Präsident Tom Oakes empfängt an diesem Donnerstag rund 30 Staats- und Regierungschefs im "
                     "Élysée-Palast. Präsident Jan Obel war bereits am Mittwochabend in Paris eingetroffen und hatte mit "
                     "Oakes zu Abend gegessen. Portugal ist nicht vertreten.", date="2025-03-27")
    summit = next(m for m in f["meetings"] if "Tom Oakes" in host_names(f, m))
    assert absent_names(f, summit) == {"Portugal"}
    assert all(absent_names(f, m) == set() for m in f["meetings"] if m is not summit)


def test_meetings_a_meeting_time_is_counted_from_is_no_lead_of_later_details(extract_text):
    f = extract_text("Regierungschef Jan Obel hat Präsident Ivo Maric in Madrid empfangen. Es war das erste Treffen der "
                     "beiden seit dem Gipfel in Brüssel. Maric war am Vortag von König Lars Grube im Königspalast "
                     "empfangen worden.", date="2027-10-14")
    palace = next(m for m in f["meetings"] if "Königspalast" in place_names(f, m))
    assert "Brussels" not in place_names(f, palace)
    assert not any("Brussels" in place_names(f, m) and "King Lars Grube" in attendee_names(f, m) for m in f["meetings"])


def test_meetings_dabei_as_an_adverb_tells_no_presence(extract_text):
    f = extract_text("Kanzler Jan Obel hat am Mittwoch mit Präsident Ivo Maric telefoniert. Dabei sei es um den Handel "
                     "gegangen, teilte Regierungssprecher Lars Grube mit.", date="2027-10-14")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Ivo Maric"}
    # as presence it names who was there
    f = extract_text("Kanzler Jan Obel und Präsident Ivo Maric trafen sich am Mittwoch in Paris. Dabei war auch "
                     "Ministerin Anne Morel.", date="2027-10-14")
    assert "Anne Morel" in attendee_names(f, only_meeting(f))


def test_meetings_a_fronted_phrase_before_a_partner_verb_is_not_its_subject(extract_text):
    # the verb-second clause's subjects follow the verb when a phrase with a preposition stands first
    f = extract_text("Im Beisein von Kanzler Jan Obel unterzeichneten die Minister Ivo Maric und Lars Grube am Dienstag "
                     "in Stockholm ein Abkommen.", date="2027-10-14")
    assert {"Ivo Maric", "Lars Grube"} <= attendee_names(f, only_meeting(f))
    # a partner of the fronted meeting noun is no partner of the verb
    f = extract_text("Nach dem Treffen mit Kanzler Jan Obel sprach Präsident Ivo Maric mit Journalisten.", date="2027-10-14")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Ivo Maric"}


@pytest.mark.parametrize("text, lang", [
    ("Ein Treffen zwischen Präsident Jan Obel und Präsident Ivo Maric gilt als unwahrscheinlich.", "de"),
    ("President Jan Obel rejected a meeting with President Ivo Maric.", "en"),
    ("President Jan Obel ruled out a meeting with President Ivo Maric.", "en"),
    ("A meeting between President Jan Obel and President Ivo Maric is unlikely before May.", "en"),
])
def test_meetings_a_meeting_turned_down_or_judged_unlikely_is_none(extract_text, text, lang):
    assert extract_text(text, lang=lang, date="2027-10-14")["meetings"] == []


def test_meetings_a_long_subject_before_the_auxiliary_hosts_the_guest_in_apposition(extract_text):
    f = extract_text("Der Regierende Bürgermeister Jan Obel (CDU) hat am Montag den Bürgermeister von Kiew, Ivo Maric, "
                     "im Rathaus empfangen.", date="2027-10-14")
    assert host_names(f, only_meeting(f)) == {"Jan Obel"}


@pytest.mark.parametrize("text", [
    "President Jan Obel is set to meet President Ivo Maric at the White House on Friday.",
    "President Jan Obel is to meet President Ivo Maric at the White House on Friday.",
])
def test_meetings_english_set_to_and_is_to_tell_a_plan(extract_text, text):
    m = only_meeting(extract_text(text, lang="en", date="2027-10-13"))
    assert m["status"] == "planned" and m["date"]["value"] == "2027-10-15"


@pytest.mark.parametrize("text, lang", [
    ("The summit of President Jan Obel and President Ivo Maric in Budapest has been put on hold.", "en"),
    ("Das Treffen von Präsident Jan Obel und Präsident Ivo Maric in Budapest liegt auf Eis.", "de"),
])
def test_meetings_a_meeting_put_on_hold_is_called_off(extract_text, text, lang):
    assert only_meeting(extract_text(text, lang=lang, date="2027-10-13"))["status"] == "cancelled"


def test_meetings_one_who_had_themselves_excused_is_absent_one_who_apologised_not(extract_text):
    f = extract_text("Die Außenminister berieten am Montag in Brüssel. Außenminister Ivo Maric ließ sich entschuldigen.",
                     date="2027-10-13")
    assert absent_names(f, only_meeting(f)) == {"Ivo Maric"}
    f = extract_text("Die Außenminister berieten am Montag in Brüssel. Außenminister Ivo Maric entschuldigte sich bei "
                     "Ministerin Anne Morel für die Verspätung.", date="2027-10-13")
    assert absent_names(f, only_meeting(f)) == set()


def test_meetings_a_council_that_sat_is_a_meeting_of_its_own_in_the_storys_city(extract_text):
    f = extract_text("Die Verteidigungsminister der Nato-Staaten haben in Brüssel beraten. Sie sprachen über "
                     "Luftverteidigung. Am Mittwochabend hatte der Nato-Ukraine-Rat getagt, an dem auch der "
                     "ukrainische Minister Oleh Marko teilnahm.", date="2027-10-14")
    council = [m for m in f["meetings"] if "Oleh Marko" in attendee_names(f, m)]
    assert len(council) == 1 and council[0]["date"]["value"] == "2027-10-13"
    assert place_names(f, council[0]) == ["Brussels"]
    ministers = [m for m in f["meetings"] if m["kind"] == "beraten"]
    assert len(ministers) == 1 and "Oleh Marko" not in attendee_names(f, ministers[0])


def test_meetings_states_in_brackets_after_names_are_the_persons(extract_text):
    f = extract_text("Am Freitag kamen in Warschau Staats- und Regierungschefs zusammen. Teilnehmer waren Kanzler Jan "
                     "Falke (Deutschland) und Präsidentin Anne Morel (Frankreich).", date="2027-03-19")
    m = only_meeting(f)
    assert {"Jan Falke", "Anne Morel"} <= attendee_names(f, m)
    assert not {"Germany", "France"} & attendee_names(f, m)
    assert {a["name"]: a["country"] for a in f["actors"] if a["type"] == "person"} == {"Jan Falke": "DE", "Anne Morel": "FR"}


def test_meetings_the_partner_of_the_lead_receiving_in_a_building_of_its_town_is_its_host(extract_text):
    # the lead names no host; the one it named as the partner receives in a building of its town: the same talks,
    # on the lead's day, with that host (the Federal Chancellery of a story in Vienna is Vienna's)
    f = extract_text("VIENNA - President Ivo Maric arrived in Vienna on Monday for talks with Chancellor Jana Obel.\n\n"
                     "Obel received Maric at the Federal Chancellery with military honours.", lang="en", date="2026-06-15")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jana Obel"} and m["date"]["value"] == "2026-06-15"
    assert "venue:chancellery-vienna" in m["places"]
    # one the lead did not name, in a building the knowledge base knows, is another host: a reception of its own
    f = extract_text("VIENNA - President Ivo Maric arrived in Vienna on Monday for talks with Chancellor Jana Obel.\n\n"
                     "President Lars Grube received Maric at the Hofburg.", lang="en", date="2026-06-15")
    assert len(f["meetings"]) == 2


def test_meetings_the_lead_after_a_headline_lends_its_day_and_city(extract_text):
    f = extract_text("Präsident Ion Rusu wirbt in Straßburg um Beitritt\n\nDer Präsident Ion Rusu hat am Mittwoch vor "
                     "dem Parlament in Straßburg geworben. Parlamentspräsidentin Eva Holm hatte den Gast zuvor "
                     "empfangen.\n\nAm Nachmittag kam Rusu mit den Vorsitzenden der Fraktionen zusammen.", date="2027-04-14")
    welcome = next(m for m in f["meetings"] if "Eva Holm" in attendee_names(f, m))
    assert welcome["date"]["value"] == "2027-04-14" and place_names(f, welcome) == ["Strasbourg"]
    # what happened in the afternoon, with others, is another meeting
    assert len([m for m in f["meetings"] if "Ion Rusu" in attendee_names(f, m)]) == 2


def test_meetings_a_groundbreaking_is_an_event_with_those_who_hold_the_spade(extract_text):
    f = extract_text("Mit einem symbolischen Spatenstich haben Ministerin Petra Lind und Botschafter Kim Min-jun am "
                     "Donnerstag den Bau einer Fabrik in Salzgitter begonnen.", date="2027-06-25")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Petra Lind", "Kim Min-jun"} and place_names(f, m) == ["Salzgitter"]
    assert m["date"]["value"] == "2027-06-24"


def test_meetings_meeting_someone_where_a_conference_was_is_a_meeting_of_its_own(extract_text):
    f = extract_text("Kanzlerin Eva Sand ist zu Besuch in Kiew. Im Juni hatte sie an der Wiederaufbaukonferenz in Rom "
                     "teilgenommen, wo sie Präsident Ivan Koval traf.", date="2027-11-09")
    rome = [m for m in f["meetings"] if place_names(f, m) == ["Rome"]]
    assert len(rome) == 2
    assert {frozenset(attendee_names(f, m)) for m in rome} == {frozenset({"Eva Sand"}), frozenset({"Eva Sand", "Ivan Koval"})}
    # a gathering of groups there is the conference itself
    f = extract_text("Am Montag begann in Rom die Wiederaufbaukonferenz. Dort trafen sich am Montag Vertreter aus 40 "
                     "Staaten, darunter Ministerin Eva Sand.", date="2027-06-15")
    assert attendee_names(f, only_meeting(f)) >= {"Eva Sand"}


def test_meetings_a_wreath_at_a_memorial_is_not_in_the_palace_before(extract_text):
    f = extract_text("Im Präsidentenpalast in Kiew wurde Kanzlerin Eva Sand von Präsident Ivan Koval empfangen. "
                     "Anschließend legte Sand an der Gedenkmauer einen Kranz nieder.", date="2027-11-09")
    wreath = next(m for m in f["meetings"] if m["kind"] != "empfangen")
    assert "venue:prasidentenpalast" not in wreath["places"] and "city:703448" in wreath["places"]


def test_meetings_die_minister_opening_a_sentence_are_the_two_just_named(extract_text):
    f = extract_text("Innenminister Karl Wendt hat am Montag seinen Amtskollegen Paul Ravel in Berlin empfangen. Die "
                     "Minister vereinbarten, sich im Herbst in Paris erneut zu treffen.", date="2027-05-20")
    paris = next(m for m in f["meetings"] if m["status"] == "planned")
    assert attendee_names(f, paris) == {"Karl Wendt", "Paul Ravel"}
    # not a group with more after it
    f = extract_text("Innenminister Karl Wendt hat am Montag seinen Amtskollegen Paul Ravel in Berlin empfangen. Am "
                     "Dienstag kommen die Innenminister aller 27 EU-Staaten in Brüssel zusammen.", date="2027-05-20")
    brussels = next(m for m in f["meetings"] if m["status"] == "planned")
    assert "Paul Ravel" not in attendee_names(f, brussels)


def test_meetings_a_visit_in_a_wenn_clause_under_a_plan_is_planned(extract_text):
    f = extract_text("Unterzeichnet werden soll das Abkommen im September, wenn Präsident Ali Waru zu einem Staatsbesuch "
                     "nach Deutschland kommt.", date="2027-08-02")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2027-09"


def test_meetings_a_crosshead_without_named_persons_starts_no_meeting_of_its_own(extract_text):
    f = extract_text("Die Staats- und Regierungschefs der EU sind am Donnerstag in Brüssel zu ihrem Gipfel "
                     "zusammengekommen.\n\nStreit über Geld\n\nDie Staats- und Regierungschefs berieten am Donnerstag in "
                     "Brüssel auch über den Haushalt.", date="2027-03-19")
    assert len(f["meetings"]) == 1  # a web article's crosshead is no live blog's new entry


def test_meetings_treffen_in_a_fixed_phrase_meets_no_one(extract_text):
    f = extract_text("Kanzlerin Eva Sand hat am Montag eine Entscheidung getroffen. Minister Jan Ruhl traf Vorkehrungen "
                     "für den Winter. Am Dienstag traf Sand in Rom Präsident Ivo Berti.", date="2027-03-19")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Eva Sand", "Ivo Berti"}


def test_meetings_english_meet_with_an_object_of_a_fixed_phrase_meets_no_one(extract_text):
    f = extract_text("Prime Minister Eva Sand said her country would meet its commitments. The government met the "
                     "deadline. On Tuesday, Sand met President Ivo Berti in Rome to discuss the spending targets.",
                     lang="en", date="2027-03-19")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Eva Sand", "Ivo Berti"}


def test_meetings_a_spokesperson_judging_the_meeting_is_not_at_it(extract_text):
    # the spokesperson tells of the meeting; a minister saying the same ("Sein Kollege erklärte, das Treffen sei …")
    # is left to the other rules
    f = extract_text("Die Gesandte Mara Tulin ist am Dienstag in Riga mit Präsident Oskars Berzins zusammengetroffen. "
                     "Präsidentensprecher Janis Ozols sagte, das Treffen sei konstruktiv gewesen.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Mara Tulin", "Oskars Berzins"}
    assert f["statements"][0]["meeting"] == m["id"]


def test_meetings_the_meeting_after_a_flashback_is_the_storys(extract_text):
    # "das Treffen" after a meeting told as what came before ("zuvor hatte …") refers to the story's meeting
    f = extract_text("Die Gesandte Mara Tulin ist am Dienstag in Riga mit Präsident Oskars Berzins zusammengetroffen. "
                     "Tulin hatte zuvor in Vilnius mit Minister Tomas Dainius verhandelt. "
                     "Präsidentensprecher Janis Ozols sagte, das Treffen sei konstruktiv gewesen.")
    riga = next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])
    assert f["statements"][0]["meeting"] == riga["id"]
    assert "Janis Ozols" not in attendee_names(f, riga)


def test_meetings_after_the_meeting_past_a_flashback_is_the_storys(extract_text):
    f = extract_text("Kanzler Bernd Vollmer hat Präsident Oskars Berzins am Montag im Kanzleramt empfangen. "
                     "Zuvor hatten Unterhändler beider Seiten mit dem Gesandten Tomas Dainius verhandelt. "
                     "Vollmer sagte nach dem Treffen, man stehe an der Seite Lettlands.")
    main = next(m for m in f["meetings"] if m["kind"] == "empfangen")
    talks = next(m for m in f["meetings"] if m["kind"] == "verhandeln")
    assert "Bernd Vollmer" not in attendee_names(f, talks)
    assert f["statements"][0]["meeting"] == main["id"]


def test_meetings_a_trip_to_a_state_and_its_first_stop_are_one_event(extract_text):
    # a trip told only as going to a state opens the visit: the first event in a city there, that day, with the
    # traveller, is it; a later stop elsewhere stays apart
    f = extract_text("Kanzler Bernd Vollmer reist am Mittwoch zu seinem Antrittsbesuch nach Lettland. In Riga wird er "
                     "von Präsident Oskars Berzins mit militärischen Ehren empfangen. Am Donnerstag trifft Vollmer in "
                     "Daugavpils Vertreter der Stadt.")
    assert [place_names(f, m) for m in f["meetings"]] == [["Riga"], ["Daugavpils"]]
    riga = f["meetings"][0]
    assert attendee_names(f, riga) >= {"Bernd Vollmer", "Oskars Berzins"}
    assert riga["date"]["value"] == "2025-04-16" and riga["status"] == "planned"


def test_meetings_what_should_have_been_is_called_off_not_the_visit_held(extract_text):
    f = extract_text("Der erste Staatsbesuch von Präsident Oskars Berzins in Deutschland hat am Sonntag in Berlin "
                     "begonnen. Vor Schloss Bellevue wurde Berzins von Bundespräsidentin Hanna Vogt begrüßt. "
                     "Eigentlich hätte der Besuch schon im vergangenen Sommer stattfinden sollen.")
    held = [m for m in f["meetings"] if m["status"] == "past"]
    called_off = [m for m in f["meetings"] if m["status"] == "cancelled"]
    assert len(held) == 1 and len(called_off) == 1
    assert attendee_names(f, called_off[0]) == {"Oskars Berzins"}
    assert place_names(f, called_off[0]) == ["Germany"]


def test_meetings_seit_with_a_length_of_time_does_not_end_the_nouns_words(extract_text):
    # "seit 24 Jahren" says how rare the visit is; "seit März" is another time (the first meeting since March)
    f = extract_text("Der erste Staatsbesuch eines lettischen Präsidenten in Deutschland seit 24 Jahren hat am Sonntag "
                     "in Berlin begonnen.")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-04-06"
    assert "Berlin" in place_names(f, m)
    f = extract_text("Es war das erste Treffen der Ministerinnen Eva Sand und Ruta Vaitkus seit März.")
    assert only_meeting(f)["date"] is None


def test_meetings_a_journey_on_to_another_city_of_the_visited_state_is_a_new_stop(extract_text):
    f = extract_text("Der Staatsbesuch von Präsident Oskars Berzins in Deutschland hat am Sonntag in Berlin begonnen. "
                     "Am Dienstag reist Berzins nach Münster weiter.")
    assert sorted(tuple(place_names(f, m)) for m in f["meetings"]) == [("Berlin", "Germany"), ("Münster",)]


def test_meetings_those_who_joined_it_are_at_the_meeting_told(extract_text):
    f = extract_text("Präsident Oskars Berzins hat Kanzler Bernd Vollmer am Montag in Riga empfangen. Anschließend "
                     "kamen mehrere Regierungschefs hinzu, darunter Ministerpräsidentin Ruta Vaitkus und Premier Kalev Tamm.")
    m = only_meeting(f)
    assert {"Ruta Vaitkus", "Kalev Tamm"} <= attendee_names(f, m)
    # "Hinzu kommt, dass …" is no joining
    f = extract_text("Präsident Oskars Berzins hat Kanzler Bernd Vollmer am Montag in Riga empfangen. Hinzu kommt, "
                     "dass Ministerpräsidentin Ruta Vaitkus die Pläne unterstützt.")
    assert "Ruta Vaitkus" not in attendee_names(f, only_meeting(f))


def test_meetings_in_vorbereitung_is_planned_and_ein_weiteres_treffen_is_new(extract_text):
    f = extract_text("Ein Gipfel von Präsident Oskars Berzins und Kanzler Bernd Vollmer ist in Vorbereitung. "
                     "Ein weiteres Treffen der Unterhändler ist in Planung.")
    assert [m["status"] for m in f["meetings"]] == ["planned", "planned"]
    assert [m["kind"] for m in f["meetings"]] == ["gipfel", "treffen"]


def test_meetings_talks_after_nach_without_an_article_are_the_storys(extract_text):
    f = extract_text("Die Regierungschefs haben sich bei ihrem Gipfel in Riga auf einen Fonds verständigt. Nach "
                     "stundenlangen Verhandlungen verkündete Ratspräsidentin Ruta Vaitkus in der Nacht zu Freitag die Einigung.")
    m = only_meeting(f)
    assert "Ruta Vaitkus" in attendee_names(f, m)
    assert m["date"]["value"] == "2025-04-10"


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Regierungschefs haben sich bei ihrem Gipfel in Riga auf einen Fonds verständigt. Nach mehr als zwölf "
           "Stunden Verhandlungen verkündete Ratspräsidentin Ruta Vaitkus am Donnerstag die Einigung."),
    ("en", "EU leaders agreed on a fund at their summit in Riga. After more than 12 hours of talks on Thursday, Council "
           "President Ruta Vaitkus announced the deal."),
])
def test_meetings_talks_of_a_span_of_time_after_nach_are_the_storys(extract_text, lang, text):
    f = extract_text(text, lang=lang)
    m = only_meeting(f)
    assert "Ruta Vaitkus" in attendee_names(f, m) and m["date"]["value"] == "2025-04-10"


@pytest.mark.parametrize("lang, text", [
    ("de", "Präsidentin Ana Ruiz empfing am Montag Premier Tom Oakes in Madrid. Nach Gesprächen mit Kanzler Ivo Kahl in "
           "Berlin am Dienstag reiste Oakes nach Hause."),
    ("en", "President Ana Ruiz hosted Prime Minister Tom Oakes in Madrid on Monday. After talks with Chancellor Ivo Kahl "
           "in Berlin on Tuesday, Oakes flew home."),
])
def test_meetings_the_other_side_of_talks_in_a_phrase_of_sequence_is_the_sentences_subject(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-27")
    berlin = next(m for m in f["meetings"] if "Berlin" in place_names(f, m))
    assert attendee_names(f, berlin) == {"Ivo Kahl", "Tom Oakes"}


def test_meetings_a_journey_on_to_a_meeting_where_is_dated_by_the_meeting(extract_text):
    f = extract_text("Am Abend reiste Ministerin Eva Sand nach Riga weiter, wo sie am Samstag Präsident Oskars Berzins "
                     "treffen will.")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-04-12" and m["status"] == "planned"
    assert attendee_names(f, m) == {"Eva Sand", "Oskars Berzins"}


def test_meetings_hosts_joined_across_a_hyphenated_role(extract_text):
    f = extract_text("Auf Einladung von Präsident Oskars Berzins und EU-Ratspräsidentin Ruta Vaitkus sind am Montag "
                     "die Regierungschefs zu einem Gipfel in Riga zusammengekommen.")
    assert host_names(f, only_meeting(f)) == {"Oskars Berzins", "Ruta Vaitkus"}


def test_meetings_a_past_act_told_next_without_a_day_is_on_the_storys_day(extract_text):
    # (a meeting in a place the knowledge base knows lent its day through its place before; one in a resort it
    # lacks did not)
    f = extract_text("Am Montag sind Präsident Oskars Berzins und Kanzler Bernd Vollmer zu einem Gipfel "
                     "zusammengekommen. Berzins und Premier Kalev Tamm unterzeichneten eine Erklärung.")
    signing = next(m for m in f["meetings"] if m["kind"] == "unterzeichnen")
    assert signing["date"]["value"] == "2025-04-07"
    # what the pluperfect tells came before: no day of the story
    f = extract_text("Am Montag sind Präsident Oskars Berzins und Kanzler Bernd Vollmer zu einem Gipfel "
                     "zusammengekommen. Berzins und Premier Kalev Tamm hatten eine Erklärung unterzeichnet.")
    signing = next(m for m in f["meetings"] if m["kind"] == "unterzeichnen")
    assert signing["date"] is None


def test_meetings_a_perfect_split_by_a_name_in_apposition_is_past(extract_text):
    f = extract_text("Kanzler Bernd Vollmer hat heute den Präsidenten der Republik Lettland, Oskars Berzins, mit "
                     "militärischen Ehren im Kanzleramt begrüßt.")
    assert only_meeting(f)["status"] == "past"


def test_meetings_beide_regierungschefs_are_the_chancellor_and_the_prime_minister(extract_text):
    f = extract_text("Kanzler Bernd Vollmer hat heute Premier Kalev Tamm in Berlin empfangen. An den Gesprächen nahm "
                     "auch Außenministerin Eva Sand teil. Am Nachmittag besuchen beide Regierungschefs eine Werft in Kiel.")
    visit = next(m for m in f["meetings"] if place_names(f, m)[:1] == ["Kiel"])
    assert attendee_names(f, visit) == {"Bernd Vollmer", "Kalev Tamm"}


def test_meetings_a_meal_given_this_evening_in_the_present_is_planned(extract_text):
    f = extract_text("Am Abend gibt Kanzler Bernd Vollmer ein Abendessen für Premier Kalev Tamm.")
    assert only_meeting(f)["status"] == "planned"
    f = extract_text("Am Abend gab Kanzler Bernd Vollmer ein Abendessen für Premier Kalev Tamm.")
    assert only_meeting(f)["status"] == "past"


def test_meetings_er_liess_sich_vertreten_is_the_person_named_before_it_in_its_sentence(extract_text):
    f = extract_text("Die Minister haben am Mittwoch in Riga beraten. Ministerin Eva Sand war persönlich angereist. "
                     "Minister Kalev Tamm nahm nicht teil; er ließ sich von Staatssekretär Jonas Kreuzer vertreten.")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Kalev Tamm"}
    assert {"Eva Sand", "Jonas Kreuzer"} <= attendee_names(f, m)


def test_meetings_a_meeting_of_a_format_told_before_is_its_own(extract_text):
    f = extract_text("Die Minister haben am Mittwoch bei ihrem Treffen in Riga beraten. Ministerin Eva Sand kündigte "
                     "am Rande des Treffens Hilfen an. Zuvor hatte sich die Ukraine-Kontaktgruppe getroffen. Gastgeber "
                     "waren Sand und Minister Kalev Tamm.")
    assert len(f["meetings"]) == 2
    assert host_names(f, f["meetings"][1]) == {"Eva Sand", "Kalev Tamm"}


def test_meetings_a_summit_where_they_did_not_agree_was_held(extract_text):
    f = extract_text("Die Regierungschefs haben sich bei ihrem Gipfel in Riga nicht auf einen Fonds einigen können.")
    assert only_meeting(f)["status"] == "past"
    # a meeting told as not held still is none
    assert extract_text("Ein Gipfel in Riga fand nicht statt.")["meetings"] == []


def test_meetings_the_date_a_decision_is_put_off_to_does_not_date_the_talks(extract_text):
    f = extract_text("Die Regierungschefs sind am Montag in Riga zu einem Gipfel zusammengekommen. Nach zwölf Stunden "
                     "Beratungen vertagten sie die Entscheidung auf Dezember.")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-04-07"


def test_meetings_an_intention_told_in_the_pluperfect_is_a_plan_given_up(extract_text):
    f = extract_text("Ursprünglich hatte Ministerin Eva Sand bereits im Februar nach Riga reisen wollen.")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and m["date"]["value"] == "2025-02"
    f = extract_text("Ministerin Eva Sand hatte im Februar in Riga Präsident Oskars Berzins getroffen.")
    assert only_meeting(f)["status"] == "past"


def test_meetings_a_modal_of_hearsay_before_a_perfect_infinitive_tells_a_meeting_said_to_have_been(extract_text):
    f = extract_text("Ministerin Eva Sand soll sich bereits im Februar heimlich mit Präsident Oskars Berzins in Riga "
                     "getroffen haben.")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2025-02"
    f = extract_text("Ministerin Eva Sand soll im März nach Riga gereist sein.")
    assert only_meeting(f)["status"] == "past"
    # the modal before an infinitive is a plan
    f = extract_text("Ministerin Eva Sand soll sich im Mai mit Präsident Oskars Berzins in Riga treffen.")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-05"


def test_meetings_a_meeting_told_as_held_is_to_come_when_its_date_told_after_lies_ahead(extract_text):
    f = extract_text("Präsidentin Alva Brunner hat Vertreter aus 40 Staaten zu einer Konferenz eingeladen. "
                     "Das Treffen soll am 14. und 15. Juni in Luzern stattfinden.")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-06-14"
    # a date told after that lies behind the story's keeps it held
    f = extract_text("Präsidentin Alva Brunner hat Vertreter aus 40 Staaten zu einer Konferenz empfangen. "
                     "Das Treffen fand am 3. und 4. April in Luzern statt.")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2025-04-03"


@pytest.mark.parametrize("lang,text", [
    ("en", "President Alan Marsh hosted Prime Minister Tom Berg in Paris on Wednesday. Berg said after the meeting "
           "that the two countries would hold joint exercises next year."),
    ("en", "President Alan Marsh met Prime Minister Tom Berg in Paris on Wednesday. Berg said after the meeting that "
           "the two countries would meet again next year."),
    ("de", "Präsident Alan Marsh empfing am Mittwoch in Paris Premier Tom Berg. Berg sagte nach dem Treffen, beide "
           "Länder wollten sich im nächsten Jahr erneut treffen."),
])
def test_meetings_what_is_said_after_a_meeting_neither_dates_it_nor_makes_it_a_date(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-02-26")
    held = f["meetings"][0]
    assert held["status"] == "past" and held["date"]["value"] == "2026-02-25"
    assert attendee_names(f, held) == {"Alan Marsh", "Tom Berg"}
    assert f["statements"][0]["meeting"] == held["id"]
    # a meeting in what was said is one to come, of its own
    assert all(m["status"] == "planned" for m in f["meetings"][1:])


@pytest.mark.parametrize("lang,text", [
    ("en", "President Jonas Vogt did not attend the session but met Chancellor Tom Berg on Thursday."),
    ("en", "President Jonas Vogt is not attending the session but will meet Chancellor Tom Berg on Thursday."),
    ("de", "Präsident Jonas Vogt nahm an der Sitzung nicht teil und traf am Donnerstag Kanzler Tom Berg."),
    ("de", "Präsident Jonas Vogt nahm an der Sitzung nicht teil, traf aber am Donnerstag Kanzler Tom Berg."),
    ("de", "Präsident Jonas Vogt nimmt an der Sitzung nicht teil, will aber am Donnerstag Kanzler Tom Berg treffen."),
])
def test_meetings_one_who_stays_away_from_a_meeting_and_meets_another_is_at_that_meeting(extract_text, lang, text):
    f = extract_text(text, lang=lang)
    session, talk = f["meetings"]
    assert absent_names(f, session) == {"Jonas Vogt"} and attendee_names(f, session) == set()
    assert attendee_names(f, talk) == {"Jonas Vogt", "Tom Berg"} and absent_names(f, talk) == set()


def test_meetings_a_meeting_verb_denied_in_its_own_conjunct_stays_denied(extract_text):
    f = extract_text("Präsident Jonas Vogt reiste nach Rom, traf dort Kanzler Tom Berg aber nicht.")
    assert all(attendee_names(f, m) != {"Jonas Vogt", "Tom Berg"} for m in f["meetings"])
    f = extract_text("President Jonas Vogt travelled to Rome but did not meet Chancellor Tom Berg.", lang="en")
    assert all(attendee_names(f, m) != {"Jonas Vogt", "Tom Berg"} for m in f["meetings"])


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Gespräche zwischen Armenien und Aserbaidschan sind am Freitag in Genf zu Ende gegangen. Armeniens "
           "Außenminister Aram Vardanjan und sein aserbaidschanischer Kollege Rauf Guliyev hatten zwei Tage lang "
           "verhandelt."),
    ("en", "The talks between Armenia and Azerbaijan ended in Geneva on Friday. Armenia's Foreign Minister Aram "
           "Vardanyan and his Azerbaijani counterpart Rauf Guliyev had negotiated for two days."),
])
def test_meetings_persons_of_the_states_of_a_meeting_told_after_it_are_its_persons(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2025-04-13")
    m = only_meeting(f)
    assert {"Rauf Guliyev"} < attendee_names(f, m) and place_names(f, m) == ["Geneva"]


def test_meetings_persons_of_the_states_of_a_meeting_told_later_meet_apart(extract_text):
    f = extract_text("The talks between Armenia and Azerbaijan ended in Geneva in March. On Monday they tried again by "
                     "video. Armenia's Foreign Minister Aram Vardanyan and his Azerbaijani counterpart Rauf Guliyev "
                     "spoke for an hour.", lang="en")
    geneva, call = f["meetings"]
    assert attendee_names(f, call) == {"Aram Vardanyan", "Rauf Guliyev"} and call["virtual"]


@pytest.mark.parametrize("subject", ["the two leaders", "they"])
def test_meetings_the_two_in_what_their_speaker_said_are_the_two_just_named(extract_text, subject):
    f = extract_text(f"Chancellor Tom Berg spoke to President Alan Marsh by phone on Tuesday. Berg said {subject} had "
                     "agreed to meet in Washington next month.", lang="en")
    call, visit = f["meetings"]
    assert visit["status"] == "planned" and attendee_names(f, visit) == {"Tom Berg", "Alan Marsh"}


def test_meetings_a_possessive_meeting_noun_of_a_sideline_phrase_is_a_meeting_of_its_own(extract_text):
    f = extract_text("Defence Secretary Tom Berg met his Finnish counterpart Aino Virtanen on the sidelines of the "
                     "NATO defence ministers' meeting in Brussels on Thursday.", lang="en")
    main, talk = f["meetings"]
    assert main["trigger"] == "meeting" and attendee_names(f, talk) == {"Tom Berg", "Aino Virtanen"}
    assert "defence ministers" in {a["name"] for a in f["actors"] if a["key"] in {x["actor"] for x in main["attendees"]}}


def test_meetings_one_who_spoke_of_a_meeting_to_come_on_a_day_before_it_is_not_at_it(extract_text):
    f = extract_text("Präsidentin Alva Brunner hat Vertreter aus 50 Staaten zu einer Konferenz eingeladen. Das Treffen "
                     "soll am 14. und 15. Juni in Luzern stattfinden. Außenminister Paul Keller sagte am Donnerstag in "
                     "Bern, man erwarte auch Delegationen aus Asien.")
    m = only_meeting(f)
    assert m["status"] == "planned" and "Paul Keller" not in attendee_names(f, m)
    # one said to come on its day is there
    f = extract_text("Präsidentin Alva Brunner hat Vertreter aus 50 Staaten zu einer Konferenz eingeladen. Das Treffen "
                     "soll am 14. und 15. Juni in Luzern stattfinden. Am 14. Juni wird auch Außenminister Paul Keller "
                     "erwartet.")
    assert "Paul Keller" in attendee_names(f, only_meeting(f))


def test_meetings_the_day_of_a_saying_does_not_date_a_meeting_noun_in_what_was_said(extract_text):
    f = extract_text("Präsidentin Alva Brunner hat Vertreter aus 50 Staaten zu einer Konferenz eingeladen. Das Treffen "
                     "soll am 14. und 15. Juni in Luzern stattfinden. Außenminister Paul Keller sagte am Donnerstag in "
                     "Bern, die Konferenz werde ein Erfolg.")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-06-14" and f["statements"][0]["meeting"] == m["id"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Präsident Tom Berg sagte am Samstag, Kanzler Alan Marsh und Premier Ivo Maric könnten sich Ende Mai in "
           "Istanbul treffen. Berg telefonierte am Mittwoch mit beiden."),
    ("en", "President Tom Berg said on Saturday that Chancellor Alan Marsh and Prime Minister Ivo Maric could meet in "
           "Istanbul later this month. Berg spoke to both leaders by phone on Wednesday."),
    ("en", "President Tom Berg said on Saturday that Chancellor Alan Marsh and Prime Minister Ivo Maric could meet in "
           "Istanbul later this month. Berg, who spoke to both leaders by phone on Wednesday, said Turkey was ready "
           "to host the talks."),
])
def test_meetings_a_call_with_both_is_a_call_with_the_two_named_last(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-05-10")
    istanbul, call = f["meetings"]
    assert call["virtual"] and call["status"] == "past"
    assert attendee_names(f, call) == {"Tom Berg", "Alan Marsh", "Ivo Maric"}


@pytest.mark.parametrize("group", ["prime ministers", "foreign ministers"])
def test_meetings_an_english_plural_role_of_two_words_is_the_pair_just_named(extract_text, group):
    office = group[:-1].title()
    f = extract_text(f"{office} Tom Berg met {office} Alan Marsh in London on Tuesday. The {group} agreed to meet "
                     "again in Dublin in June.", lang="en")
    london, dublin = f["meetings"]
    assert dublin["status"] == "planned" and attendee_names(f, dublin) == {"Tom Berg", "Alan Marsh"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Ministerin Eva Sand ist am Dienstag gemeinsam mit ihrem Kollegen Paul Girard in Kiew eingetroffen. Beide "
           "trafen dort Präsident Oskars Berzins und Premier Ivo Maric. Am Abend reisten sie weiter nach Odessa."),
    ("en", "Minister Eva Sand arrived in Kyiv on Tuesday together with her colleague Paul Girard. Both met President "
           "Oskars Berzins and Prime Minister Ivo Maric there. In the evening they travelled on to Odesa."),
])
def test_meetings_they_after_a_sentence_opened_by_both_are_those_both_stood_for(extract_text, lang, text):
    f = extract_text(text, lang=lang)
    trip = next(m for m in f["meetings"] if place_names(f, m) == ["Odesa"])
    assert attendee_names(f, trip) == {"Eva Sand", "Paul Girard"}


@pytest.mark.parametrize("lang,text,host", [
    ("de", "Kanzler Tom Berg begrüßte die Entscheidung des Gipfels in Rom.", None),
    ("en", "Chancellor Tom Berg welcomed the decision of the summit in Rome.", None),
    ("en", "Chancellor Tom Berg welcomed India's leadership and looked forward to the summit in Rome.", None),
    # a person welcomed is received
    ("de", "Kanzler Tom Berg begrüßte Präsident Alan Marsh zum Gipfel in Rom.", "Tom Berg"),
    ("en", "Chancellor Tom Berg welcomed President Alan Marsh to the summit in Rome.", "Tom Berg"),
])
def test_meetings_one_who_welcomes_a_thing_hosts_no_meeting_of_the_sentence(extract_text, lang, text, host):
    f = extract_text(text, lang=lang)
    m = only_meeting(f)
    assert host_names(f, m) == ({host} if host else set())


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanzler Tom Berg trifft Präsident Alan Marsh nach Ostern in Rom."),
    ("de", "Kanzler Tom Berg will Präsident Alan Marsh vor Weihnachten in Rom treffen."),
    ("en", "Chancellor Tom Berg will meet President Alan Marsh at Christmas in Rome."),
])
def test_meetings_a_feast_of_the_year_is_no_place(extract_text, lang, text):
    f = extract_text(text, lang=lang)
    assert place_names(f, only_meeting(f)) == ["Rome"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanzler Tom Berg freut sich auf den Gipfel in Rom."),
    ("de", "Kanzler Tom Berg freute sich auf das Treffen mit Präsident Alan Marsh in Rom."),
    ("en", "Chancellor Tom Berg looked forward to the summit in Rome."),
])
def test_meetings_a_meeting_looked_forward_to_is_to_come(extract_text, lang, text):
    f = extract_text(text, lang=lang)
    assert only_meeting(f)["status"] == "planned"


def test_meetings_the_plural_of_an_office_after_a_group_of_that_office_is_the_group(extract_text):
    f = extract_text("Die EU-Agrarminister haben am Montag in Luxemburg beraten. Am Rande des Treffens kam "
                     "Landwirtschaftsminister Tom Berg mit seiner Kollegin Eva Sand zusammen. Die Minister wollen im "
                     "November in Brüssel erneut beraten.")
    brussels = next(m for m in f["meetings"] if place_names(f, m) == ["Brussels"])
    assert attendee_names(f, brussels) != {"Tom Berg", "Eva Sand"}


def test_meetings_a_noun_of_asking_after_a_meeting_noun_qualifies_something_else(extract_text):
    f = extract_text("Alliance leaders ended a two-day summit in Oslo dominated by President Tom Berg's demands.",
                     lang="en")
    assert place_names(f, only_meeting(f)) == ["Oslo"]
    # one before the noun is about it: talks offered are no meeting
    f = extract_text("President Tom Berg renewed his offer to host talks between Alan Marsh and Ivo Maric in Geneva.",
                     lang="en")
    assert f["meetings"] == []


def test_meetings_a_meal_attended_in_a_relative_clause_is_a_meal_of_its_own(extract_text):
    f = extract_text("Alliance leaders ended a two-day summit in Oslo on Wednesday. President Tom Berg, who arrived on "
                     "Tuesday and attended a dinner hosted by King Alan Marsh, met President Ivo Maric on the sidelines "
                     "of the summit on Wednesday.", lang="en", date="2026-06-25")
    dinner = next(m for m in f["meetings"] if host_names(f, m))
    assert host_names(f, dinner) == {"King Alan Marsh"} and "Tom Berg" in attendee_names(f, dinner)
    summit = next(m for m in f["meetings"] if m["trigger"] == "summit")
    assert host_names(f, summit) == set()


@pytest.mark.parametrize("ending", ["capping", "wrapping up", "concluding"])
def test_meetings_a_participle_of_ending_dates_a_meeting_of_several_days_by_its_first(extract_text, ending):
    f = extract_text(f"Alliance leaders agreed on Wednesday to raise defence spending, {ending} a two-day summit in "
                     "Oslo.", lang="en", date="2026-06-25")
    assert only_meeting(f)["date"]["value"] == "2026-06-23"


def test_meetings_an_honorific_of_another_gender_names_another_of_the_family(extract_text):
    text = ("Prime Minister Alan Marsh hosted President Jonas Berg at Chequers on Thursday. Mr Berg and Mr Marsh "
            "held talks on trade. Mrs Berg did not attend the talks.")
    f = extract_text(text, lang="en")
    assert all("Jonas Berg" not in absent_names(f, m) for m in f["meetings"])
    # (so with a person the knowledge base knows)
    f = extract_with_persons([("Jonas Berg", "NO", "President")], text, lang="en")
    assert all("Jonas Berg" not in absent_names(f, m) for m in f["meetings"])
    assert any("Jonas Berg" in attendee_names(f, m) for m in f["meetings"])


def test_meetings_a_role_in_a_fronted_phrase_is_no_subject_left_unnamed(extract_text):
    f = extract_text("Vor dem Amtssitz des Ministerpräsidenten begrüßte Präsident Tom Berg am Montag Kanzlerin Eva Sand.")
    m = only_meeting(f)
    assert host_names(f, m) == {"Tom Berg"} and attendee_names(f, m) == {"Tom Berg", "Eva Sand"}
    # an unnamed role that opens the clause is its subject: no one named hosts
    f = extract_text("Der Ministerpräsident begrüßte am Montag Kanzlerin Eva Sand in Riga.")
    assert host_names(f, only_meeting(f)) == set()


@pytest.mark.parametrize("lang,text", [
    ("de", "Das Treffen, zu dem Präsident Alan Marsh eingeladen hatte, fand am Montag in Genf statt."),
    ("de", "Die Konferenz, zu der Präsident Alan Marsh eingeladen hatte, begann am Montag in Genf."),
    ("en", "The meeting, which President Alan Marsh had called, took place in Geneva on Monday."),
    # (or after an apposition between commas or dashes)
    ("de", "Der Gipfel – der erste seit 2019 – begann am Montag in Genf."),
    ("en", "The summit, the first since 2019, opened in Geneva on Monday."),
    ("en", "The meeting between President Alan Marsh and Chancellor Tom Berg, their first in years, took place in "
           "Geneva on Monday."),
])
def test_meetings_the_predicate_after_a_relative_clause_places_and_dates_its_noun(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-12")
    m = only_meeting(f)
    assert place_names(f, m) == ["Geneva"] and m["date"]["value"] == "2026-03-09"


@pytest.mark.parametrize("lang,text", [
    ("de", "Genf war am Montag Schauplatz eines Treffens von Präsident Alan Marsh und Kanzler Tom Berg."),
    ("en", "Geneva was the venue for talks between President Alan Marsh and Chancellor Tom Berg on Monday."),
    ("en", "Geneva hosted talks between President Alan Marsh and Chancellor Tom Berg on Monday."),
])
def test_meetings_a_town_told_as_the_setting_of_a_meeting_is_its_place(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-12")
    m = only_meeting(f)
    assert place_names(f, m) == ["Geneva"] and attendee_names(f, m) == {"Alan Marsh", "Tom Berg"}
    assert host_names(f, m) == set()
    # a town that welcomes talks approves of them: no place
    f = extract_text("Berlin welcomed the talks between President Alan Marsh and Chancellor Tom Berg on Monday.", lang="en",
                     date="2026-03-12")
    assert all(place_names(f, m) == [] for m in f["meetings"])


@pytest.mark.parametrize("lang,text", [
    ("en", "President Alan Marsh and Chancellor Tom Berg shook hands in Geneva on Monday."),
    ("en", "President Alan Marsh huddled with Chancellor Tom Berg in Geneva on Monday."),
])
def test_meetings_a_handshake_or_a_huddle_is_a_meeting(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-12")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Alan Marsh", "Tom Berg"} and place_names(f, m) == ["Geneva"]
    # (not a shake of the head)
    f = extract_text("President Alan Marsh shook his head in Geneva.", lang="en", date="2026-03-12")
    assert f["meetings"] == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Regierungschefs der Region trafen sich am Montag in Genf. Das Treffen fand in Abwesenheit von "
           "Präsident Ivo Maric statt."),
    ("en", "Regional leaders met in Geneva on Monday. The meeting took place in the absence of President Ivo Maric."),
    ("en", "Regional leaders met in Geneva on Monday. President Ivo Maric was notably missing."),
    ("de", "Die Regierungschefs der Region trafen sich am Montag in Genf. Präsident Ivo Maric musste kurzfristig "
           "absagen."),
    ("de", "Die Regierungschefs der Region trafen sich am Montag in Genf. Präsident Ivo Maric verzichtete auf die "
           "Teilnahme."),
])
def test_meetings_one_in_whose_absence_a_meeting_took_place_is_absent(extract_text, lang, text):
    f = extract_text(text, lang=lang)
    m = only_meeting(f)
    assert absent_names(f, m) == {"Ivo Maric"} and "Ivo Maric" not in attendee_names(f, m)


@pytest.mark.parametrize("told", ["Foreign Minister Eva Sand stood in for President Ivo Maric.",
                                  "President Ivo Maric stayed away. Foreign Minister Eva Sand stood in for him."])
def test_meetings_one_who_stood_in_for_another_attends_for_them(extract_text, told):
    f = extract_text(f"Regional leaders met in Geneva on Monday. {told}", lang="en")
    m = only_meeting(f)
    assert "Eva Sand" in attendee_names(f, m) and absent_names(f, m) == {"Ivo Maric"}
    # (not one who stood next to another)
    f = extract_text("Regional leaders met in Geneva on Monday. Foreign Minister Eva Sand stood next to President Ivo "
                     "Maric.", lang="en")
    assert absent_names(f, only_meeting(f)) == set()


def test_meetings_a_spokesperson_the_knowledge_base_knows_is_not_at_the_meeting_he_judges():
    from extract.extractor import Extractor
    from extract.knowledge import Entity, load_knowledge_base
    from extract.reading import make_article

    kb = load_knowledge_base()
    kb.add(Entity(key="person:ilja-morow", type="person", name="Ilja Morow", forms={"Ilja Morow", "Morow"},
                  country="RU", role="spokesperson", source="test"))
    # (the role from the knowledge base; an adverb before the comma of the reported clause)
    f = Extractor(kb).extract(make_article(
        id="t.txt", date="2025-04-10", language="de",
        text="Präsident Oskars Berzins hat am Montag Kanzler Bernd Vollmer in Riga empfangen. Morow sagte anschließend, "
             "das Treffen sei nützlich gewesen."))
    assert attendee_names(f, only_meeting(f)) == {"Oskars Berzins", "Bernd Vollmer"}


def test_meetings_von_after_a_noun_in_an_active_clause_names_no_host(extract_text):
    f = extract_text("Präsident Oskars Berzins empfing in Riga den Emir von Katar und die Emissärin von Premier Kalev Tamm.")
    assert host_names(f, only_meeting(f)) == {"Oskars Berzins"}
    # in a passive clause it is the agent
    f = extract_text("Kanzler Bernd Vollmer wird am Donnerstag in Riga von Präsident Oskars Berzins empfangen.")
    assert host_names(f, only_meeting(f)) == {"Oskars Berzins"}


def test_meetings_german_forms_of_a_resort_news_writes(extract_text):
    f = extract_text("Präsident Oskars Berzins und Kanzler Bernd Vollmer trafen sich am Montag in Scharm el-Scheich.")
    assert place_names(f, only_meeting(f))[0] == "Sharm el-Sheikh"


def test_meetings_a_summit_opened_in_a_state_and_told_next_in_its_city_is_one(extract_text):
    f = extract_text("In Lettland läuft das Gipfeltreffen an. Präsident Oskars Berzins empfing in Riga Kanzler Bernd "
                     "Vollmer und Premier Kalev Tamm.")
    m = only_meeting(f)
    assert place_names(f, m)[0] == "Riga" and host_names(f, m) == {"Oskars Berzins"}
    # a summit whose people are named stays apart from a meeting told after it in its state
    f = extract_text("In Lettland sind Präsident Oskars Berzins und Präsidentin Ruta Vaitkus zu einem Gipfeltreffen "
                     "zusammengekommen. Kanzler Bernd Vollmer empfing in Riga Premier Kalev Tamm.")
    assert len(f["meetings"]) == 2


def test_meetings_a_conference_a_relative_clause_says_a_state_will_host(extract_text):
    f = extract_text("Präsident Oskars Berzins bat Kanzler Bernd Vollmer um Unterstützung bei einer geplanten Konferenz, "
                     "die Lettland gemeinsam mit Estland im November in Riga ausrichten möchte.")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-11"
    assert host_names(f, m) == {"Latvia", "Estonia"}


def test_meetings_a_pronoun_hosts_with_the_one_named_after_gemeinsam_mit(extract_text):
    f = extract_text("Minister Jonas Kreuzer reist am Freitag nach Riga. Gemeinsam mit Ministerin Eva Sand soll er dort "
                     "die Botschafter der Nato empfangen.")
    assert host_names(f, only_meeting(f)) == {"Jonas Kreuzer", "Eva Sand"}


def test_meetings_a_quoted_name_ends_no_clause(extract_text):
    f = extract_text("Minister Jonas Kreuzer wird am Freitag nicht am Treffen der „Koalition der Willigen“ in Riga "
                     "teilnehmen.")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-04-11"
    assert absent_names(f, m) == {"Jonas Kreuzer"}


def test_meetings_steht_an_tells_a_meeting_to_come(extract_text):
    f = extract_text("Am Freitag steht in Riga ein Treffen mit Präsident Oskars Berzins an.")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-04-11"


def test_meetings_one_of_a_group_at_the_meeting_who_speaks_after_it_was_there(extract_text):
    f = extract_text("Kanzler Bernd Vollmer hat am Mittwoch die Ministerpräsidenten der Länder im Kanzleramt empfangen. "
                     "Ministerpräsident Jonas Kreuzer (CSU) sprach anschließend von einem guten Austausch. "
                     "Ministerin Eva Sand kritisierte dagegen, der Bund lasse die Länder allein.")
    m = only_meeting(f)
    assert "Jonas Kreuzer" in attendee_names(f, m)
    assert "Eva Sand" not in attendee_names(f, m)  # (another office: she may have spoken from afar)


def test_meetings_a_state_the_one_who_travels_represents_takes_part_and_is_no_place(extract_text):
    f = extract_text("Statt Minister Jonas Kreuzer soll Staatssekretärin Eva Sand nach Riga reisen und Deutschland bei "
                     "dem Treffen vertreten.")
    m = only_meeting(f)
    assert place_names(f, m) == ["Riga"]
    assert attendee_names(f, m) == {"Eva Sand", "Germany"} and absent_names(f, m) == {"Jonas Kreuzer"}


def test_meetings_a_definite_meeting_to_come_is_not_the_undated_one_held(extract_text):
    f = extract_text("Minister Jonas Kreuzer und Ministerin Eva Sand haben bei einem Treffen in Riga über Hilfen "
                     "beraten. Am Montag kommen die Außenminister der Nato in Riga zu ihrem regulären Treffen zusammen.")
    held, to_come = sorted(f["meetings"], key=lambda m: m["status"])
    assert held["status"] == "past" and held["date"] is None
    assert to_come["status"] == "planned" and to_come["date"]["value"] == "2025-04-14"


def test_meetings_what_talks_of_a_visit_are_expected_to_do_is_no_plan_of_the_visit(extract_text):
    f = extract_text("President Ana Ruiz welcomed Prime Minister Tom Oakes to Madrid on Wednesday for talks expected to "
                     "focus on trade.", lang="en", date="2026-04-30")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2026-04-29"
    # (talks that are expected are still a plan)
    f = extract_text("Talks between President Ana Ruiz and Prime Minister Tom Oakes are expected to focus on trade.",
                     lang="en", date="2026-04-30")
    assert only_meeting(f)["status"] == "planned"


def test_meetings_not_expected_there_is_absent(extract_text):
    f = extract_text("Am Montag kommen die Außenminister der Nato in Riga zusammen. Minister Jonas Kreuzer wird dort "
                     "nicht erwartet.")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Jonas Kreuzer"} and "Jonas Kreuzer" not in attendee_names(f, m)


def test_meetings_a_name_in_a_fronted_phrase_does_not_host(extract_text):
    f = extract_text("Zu dem Treffen im sogenannten Weimarer Dreieck hatten Minister Jonas Kreuzer (SPD) und sein "
                     "polnischer Kollege Piotr Nowacki in Riga eingeladen.")
    assert host_names(f, only_meeting(f)) == {"Jonas Kreuzer", "Piotr Nowacki"}


def test_meetings_a_headline_verb_naming_no_one_is_the_lead_meeting(extract_text):
    f = extract_text("Weimarer Dreieck berät über Energie\n\nDie Außenminister Deutschlands, Frankreichs und Polens "
                     "haben sich in Riga getroffen.")
    m = only_meeting(f)
    assert place_names(f, m)[0] == "Riga"


def test_meetings_the_sentence_after_an_undated_lead_dates_it(extract_text):
    f = extract_text("Die Außenminister Lettlands und Estlands haben sich in Riga getroffen. Minister Oskars Berzins "
                     "kam am Montagabend mit seinem Amtskollegen Kalev Tamm zusammen.")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-04-07" and place_names(f, m)[0] == "Riga"
    assert {"Oskars Berzins", "Kalev Tamm"} <= attendee_names(f, m)


def test_meetings_a_state_in_the_genitive_of_a_thing_is_a_topic(extract_text):
    f = extract_text("Minister Oskars Berzins und Minister Kalev Tamm trafen sich am Montag in Riga. Im Mittelpunkt "
                     "der Gespräche standen die Sicherheit Finnlands und die Unterstützung der Ukraine.")
    names = attendee_names(f, only_meeting(f))
    assert "Ukraine" not in names and "Finland" not in names
    # the government of a state is the state at the table
    f = extract_text("Minister Oskars Berzins traf am Montag in Riga Vertreter der Regierung der Ukraine.")
    assert "Ukraine" in attendee_names(f, only_meeting(f))


def test_meetings_wird_with_a_participle_is_passive_and_its_subject_no_host(extract_text):
    f = extract_text("Kanzler Bernd Vollmer empfängt am Freitag Präsident Oskars Berzins in Riga. Präsident Oskars "
                     "Berzins wird um 12 Uhr mit militärischen Ehren begrüßt.")
    assert host_names(f, only_meeting(f)) == {"Bernd Vollmer"}


def test_meetings_one_linked_in_by_video_to_a_summit_is_a_segment_of_its_own(extract_text):
    f = extract_text("Am Donnerstag kamen die Staats- und Regierungschefs in Riga zu ihrem Gipfel zusammen. Danach "
                     "wurde Präsident Oskars Berzins per Video zugeschaltet; er hielt sich gerade zu einem Besuch in "
                     "Oslo auf.")
    summit = next(m for m in f["meetings"] if not m["virtual"] and place_names(f, m) == ["Riga"])
    link = next(m for m in f["meetings"] if m["virtual"])
    assert "Oskars Berzins" not in attendee_names(f, summit)
    assert "Oskars Berzins" in attendee_names(f, link) and place_names(f, link) == ["Riga"]
    assert link["date"] == summit["date"]
    # linked in to the talks a noun names
    f = extract_text("Am Donnerstag kamen die Staats- und Regierungschefs in Riga zu ihrem Gipfel zusammen. Präsident "
                     "Oskars Berzins war zu Beginn der Beratungen per Video zugeschaltet.")
    link = next(m for m in f["meetings"] if m["virtual"])
    assert attendee_names(f, link) >= {"Oskars Berzins"} and place_names(f, link) == ["Riga"]


def test_meetings_one_linked_in_to_a_smaller_meeting_takes_part_in_it(extract_text):
    f = extract_text("Am Donnerstag trafen sich Ministerin Eva Sand und Minister Kalev Tamm in Riga. Minister Jonas "
                     "Kreuzer wurde per Video zugeschaltet.")
    m = only_meeting(f)
    assert not m["virtual"] and "Jonas Kreuzer" in attendee_names(f, m)


def test_meetings_who_voted_at_a_summit_was_there(extract_text):
    f = extract_text("Am Donnerstag kamen die Staats- und Regierungschefs in Riga zu ihrem Gipfel zusammen. "
                     "Ministerpräsident Gábor Halmi trug die Beschlüsse erneut nicht mit.")
    m = only_meeting(f)
    assert "Gábor Halmi" in attendee_names(f, m) and not m["absent"]


def test_meetings_english_people_added_after_a_background_meeting_join_the_story(extract_text):
    f = extract_text("Prime Minister Alan Marsh hosted European leaders in Riga on Sunday, days after a tense meeting "
                     "between President Oskars Berzins and President Tom Reed in Vienna. Chancellor Bernd Vollmer and "
                     "Prime Minister Kalev Tamm were among those attending.", lang="en")
    lead = next(m for m in f["meetings"] if "Alan Marsh" in host_names(f, m))
    assert {"Bernd Vollmer", "Kalev Tamm"} <= attendee_names(f, lead)


def test_meetings_english_two_others_meeting_that_day_and_the_subject_of_a_relative_clause(extract_text):
    f = extract_text("Prime Minister Alan Marsh hosted Chancellor Bernd Vollmer and Prime Minister Kalev Tamm in "
                     "Riga on Sunday. President Oskars Berzins, who had met King Tom Reed on Sunday afternoon, arrived "
                     "in Riga on Saturday and was welcomed by Marsh at the palace.", lang="en")
    lead = next(m for m in f["meetings"] if "Kalev Tamm" in attendee_names(f, m))
    assert "Tom Reed" not in attendee_names(f, lead)
    welcome = next(m for m in f["meetings"] if m["date"] and m["date"]["value"] == "2025-04-05")
    assert "Oskars Berzins" in attendee_names(f, welcome)


def test_meetings_english_what_was_said_after_the_summit_is_no_status_of_it(extract_text):
    f = extract_text("Prime Minister Alan Marsh hosted European leaders in Riga on Sunday. President Oskars Berzins "
                     "arrived on Saturday and was welcomed by Marsh at the palace. Marsh told reporters after the "
                     "summit that Britain would work on a plan.", lang="en")
    lead = next(m for m in f["meetings"] if "leaders" in attendee_names(f, m))
    assert lead["status"] == "past"
    said = f["statements"][0]
    assert said["meeting"] == lead["id"]


def test_meetings_negotiators_for_a_side_are_at_the_talks_told(extract_text):
    f = extract_text("Nach stundenlangen Gesprächen mit einer US-Delegation in Riga hat Lettland dem Plan zugestimmt. "
                     "Für Lettland verhandelten Minister Oskars Berzins und Ministerin Ruta Vaitkus.")
    m = only_meeting(f)
    assert {"Oskars Berzins", "Ruta Vaitkus", "Latvia", "United States"} <= attendee_names(f, m)
    # a state that only says whose the government or the states are is no party
    f = extract_text("Minister Oskars Berzins traf am Montag in Riga Minister Kalev Tamm. Die US-Regierung begrüßte "
                     "das Treffen.")
    assert "United States" not in attendee_names(f, only_meeting(f))
    # a capital opening such a clause stands for its state
    f = extract_text("Nach stundenlangen Gesprächen mit einer US-Delegation in Genf hat Lettland dem Plan zugestimmt. "
                     "Für Riga verhandelten Minister Oskars Berzins und Ministerin Ruta Vaitkus.")
    m = only_meeting(f)
    assert {"Oskars Berzins", "Ruta Vaitkus", "Latvia"} <= attendee_names(f, m) and place_names(f, m) == ["Geneva"]


def test_meetings_a_relative_clause_after_a_preposition_dates_the_meeting_it_follows(extract_text):
    f = extract_text("Kanzler Bernd Vollmer hat heute mit Präsident Oskars Berzins telefoniert. Das teilte "
                     "Regierungssprecherin Ruta Vaitkus mit. Beide sprachen über den Gipfel in Riga, zu dem Berzins "
                     "die Staats- und Regierungschefs Mitte Juni einlädt.")
    summit = next(m for m in f["meetings"] if m["trigger"] == "Gipfel")
    assert summit["status"] == "planned" and summit["date"]["value"] == "2025-06"
    assert "Ruta Vaitkus" not in attendee_names(f, summit)  # a spokesperson is not one of "beide"


def test_meetings_a_clause_after_a_semicolon_without_a_pronoun_tells_its_own_meeting(extract_text):
    f = extract_text("Anfang nächster Woche wird Präsident Oskars Berzins in Riga erwartet; ein Treffen mit Kanzler "
                     "Bernd Vollmer ist geplant.")
    assert any({"Oskars Berzins", "Bernd Vollmer"} <= attendee_names(f, m) for m in f["meetings"])


def test_meetings_two_verbs_joined_by_und_tell_two_events_each_with_its_own_words(extract_text):
    f = extract_text("Am Montag trifft Außenministerin Ruta Vaitkus in Warschau ihren polnischen Kollegen Jan Sobczak "
                     "und nimmt danach am OSZE-Ministerrat in Wien teil.", date="2025-04-13")
    talks = next(m for m in f["meetings"] if m["trigger"] == "trifft")
    council = next(m for m in f["meetings"] if m["trigger"] == "nimmt")
    assert place_names(f, talks) == ["Warsaw"] and place_names(f, council) == ["Vienna"]
    assert attendee_names(f, talks) == {"Ruta Vaitkus", "Jan Sobczak"}
    assert "Ruta Vaitkus" in attendee_names(f, council) and "Jan Sobczak" not in attendee_names(f, council)
    # the clause of "wo" after the second verb is in that verb's conjunct, not the first's city
    f = extract_text("Ruta Vaitkus traf am Montag in Warschau den polnischen Außenminister Jan Sobczak und reiste "
                     "anschließend nach Wien weiter, wo sie am OSZE-Ministerrat teilnahm.")
    assert sorted(place_names(f, m)[0] for m in f["meetings"]) == ["Vienna", "Warsaw"]
    assert all(len(place_names(f, m)) == 1 for m in f["meetings"])
    f = extract_text("Foreign Minister Ruta Vaitkus met her Polish counterpart Jan Sobczak in Warsaw on Monday and "
                     "then attended the OSCE ministerial council in Vienna.", lang="en")
    council = next(m for m in f["meetings"] if m["trigger"] == "attended")
    assert place_names(f, council) == ["Vienna"] and attendee_names(f, council) >= {"Ruta Vaitkus"}
    assert "Jan Sobczak" not in attendee_names(f, council)
    # one event told by two verbs stays one
    f = extract_text("Die Außenminister Ruta Vaitkus und Jan Sobczak kamen am Montag in Warschau zusammen und "
                     "berieten über die Lage in der Ukraine.")
    assert attendee_names(f, only_meeting(f)) == {"Ruta Vaitkus", "Jan Sobczak"}


def test_meetings_a_meeting_after_bevor_following_a_plan_is_planned_and_apart(extract_text):
    f = extract_text("Minister Jan Sobczak hat am Mittwoch die Brigade in Litauen besucht. Am Donnerstag wird Sobczak "
                     "zu Gesprächen in Riga erwartet, bevor er zum Treffen der Verteidigungsminister nach Stockholm "
                     "weiterreist.", date="2025-04-10")
    visit = next(m for m in f["meetings"] if m["trigger"] == "besucht")
    after = next(m for m in f["meetings"] if m["trigger"] == "Treffen")
    assert after is not visit and after["status"] == "planned" and place_names(f, after) == ["Stockholm"]
    assert visit["status"] == "past" and place_names(f, visit) == ["Lithuania"]
    # after a meeting held, what came after it was held too
    f = extract_text("Minister Jan Sobczak war am Mittwoch zu Gesprächen in Riga, bevor er zum Treffen der "
                     "Verteidigungsminister nach Stockholm weiterreiste.", date="2025-04-10")
    assert all(m["status"] == "past" for m in f["meetings"])


def test_meetings_a_visit_to_troops_in_a_state_is_in_that_state(extract_text):
    f = extract_text("Minister Jan Sobczak hat am Mittwoch die deutschen Soldaten in der Ukraine besucht.")
    assert place_names(f, only_meeting(f)) == ["Ukraine"]
    # talks about the troops there are not there
    f = extract_text("Minister Jan Sobczak sprach am Mittwoch in Berlin mit Ministerin Ruta Vaitkus über die "
                     "Brigade in Litauen.")
    assert place_names(f, only_meeting(f)) == ["Berlin"]


def test_meetings_english_a_meeting_told_as_earlier_in_the_day_is_not_the_one_just_told(extract_text):
    f = extract_text("The Prime Minister, Alan Marsh, welcomed President Ruta Vaitkus to Downing Street today. Earlier "
                     "in the day, President Vaitkus met the opposition leader, Fiona Blake.", lang="en")
    welcome = next(m for m in f["meetings"] if "Alan Marsh" in attendee_names(f, m))
    earlier = next(m for m in f["meetings"] if "Fiona Blake" in attendee_names(f, m))
    assert earlier is not welcome and attendee_names(f, welcome) == {"Alan Marsh", "Ruta Vaitkus"}
    assert earlier["date"]["value"] == welcome["date"]["value"] == "2025-04-10"


def test_meetings_english_talks_held_earlier_in_the_day_with_someone_new_are_their_own(extract_text):
    # "the Secretary-General had held talks": the article is the subject's, the talks are new; "earlier in the
    # day" is another time of the day than the meeting just told
    f = extract_text("Foreign Minister Jan Brodersen met Mayor Marco Fellini in Rome on Wednesday. Earlier in "
                     "the day, the foreign minister had held talks with Defence Minister Luca Benetti.", lang="en",
                     date="2025-06-16")
    assert sorted(sorted(attendee_names(f, m)) for m in f["meetings"]) == [
        ["Jan Brodersen", "Luca Benetti"], ["Jan Brodersen", "Marco Fellini"]]
    assert {m["date"]["value"] for m in f["meetings"]} == {"2025-06-11"}
    f = extract_text("Außenminister Jan Brodersen traf am Mittwoch in Rom Bürgermeister Marco Fellini. Später am Tag traf "
                     "Brodersen Verteidigungsminister Luca Benetti.", date="2025-06-16")
    assert sorted(sorted(attendee_names(f, m)) for m in f["meetings"]) == [
        ["Jan Brodersen", "Luca Benetti"], ["Jan Brodersen", "Marco Fellini"]]


def test_meetings_an_actor_named_twice_in_a_sentence_of_two_meetings_takes_part_where_the_clause_says(extract_text):
    # the possessor of the visit is taken up by "the president" in the clause of the talks: that mention decides
    f = extract_text("President Ivo Marić's state visit to Ruritania turned to politics on Thursday, when the president "
                     "held talks with Prime Minister Alan Marsh at Castle Zenda.", lang="en", date="2025-06-20")
    talks = next(m for m in f["meetings"] if "Alan Marsh" in attendee_names(f, m))
    assert attendee_names(f, talks) == {"Ivo Marić", "Alan Marsh"} and "Castle Zenda" in place_names(f, talks)


def test_meetings_english_their_meeting_is_the_one_just_told(extract_text):
    # a possessive before the noun refers back as "bei ihrem Treffen" does
    f = extract_text("Secretary General Ivo Marić welcomed Prime Minister Alan Marsh to the headquarters in Brussels on "
                     "Thursday. During their meeting, the Secretary General thanked Ruritania for its contributions.",
                     lang="en", date="2025-06-16")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ivo Marić", "Alan Marsh"}


def test_meetings_a_word_of_planning_before_another_noun_tells_no_plan(extract_text):
    # "nächsten" is the budget's, not the meeting's: the ministers negotiated; "beim nächsten Gipfel" is to come
    f = extract_text("Die Außenminister Jan Obel und Lars Grube haben am Montag in Brüssel über den nächsten mehrjährigen "
                     "Finanzrahmen verhandelt.", date="2025-06-17")
    assert only_meeting(f)["status"] == "past"
    f = extract_text("Foreign ministers Jan Obel and Lars Grube met in Brussels on Monday and negotiated the next budget.",
                     lang="en", date="2025-06-17")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2025-06-16"
    f = extract_text("Jan Obel und Lars Grube wollen beim nächsten EU-Gipfel in Brüssel beraten.", date="2025-06-17")
    assert {m["status"] for m in f["meetings"]} == {"planned"}


def test_meetings_talks_to_be_continued_in_a_month_named_are_a_later_round(extract_text):
    f = extract_text("Die Außenminister Jan Obel und Lars Grube haben am Montag in Brüssel verhandelt. Obel will die "
                     "Gespräche im Dezember fortsetzen.", date="2025-06-17")
    held = next(m for m in f["meetings"] if m["status"] == "past")
    assert held["date"]["value"] == "2025-06-16"
    later = next(m for m in f["meetings"] if m["status"] == "planned")
    assert later["date"]["value"] == "2025-12"


def test_meetings_a_group_that_told_the_news_is_not_at_the_meeting_named_next(extract_text):
    f = extract_text("President Ana Ruiz will travel to Oslo next week for a summit with Prime Minister Tom Oakes, "
                     "officials said on Tuesday. The summit, scheduled for May 20, will focus on trade.", lang="en",
                     date="2026-05-12")
    assert all("officials" not in attendee_names(f, m) for m in f["meetings"])
    # a group the sentence before named as acting is
    f = extract_text("Die Staats- und Regierungschefs der EU haben sich in der Nacht in Brüssel geeinigt. Die Beratungen "
                     "hatten am Donnerstag begonnen.", date="2026-05-15")
    assert all(m["attendees"] for m in f["meetings"])


def test_meetings_a_call_before_the_main_clause_is_of_its_persons_and_the_quote_after_is_the_meetings(extract_text):
    f = extract_text("Nach einem Telefonat am Montag sind Kanzler Jan Obel und Premier Lars Grube am Mittwoch in Riga "
                     "zusammengetroffen. Grube betonte anschließend, man sei sich „in allen Punkten einig“.",
                     date="2026-12-11")
    call = next(m for m in f["meetings"] if m["virtual"])
    met = next(m for m in f["meetings"] if not m["virtual"])
    assert attendee_names(f, call) == {"Jan Obel", "Lars Grube"} and call["date"]["value"] == "2026-12-07"
    assert [s["meeting"] for s in f["statements"]] == [met["id"]]


def test_meetings_the_place_of_the_subject_of_a_sentence_on_the_meeting_is_not_its(extract_text):
    f = extract_text("Ministerpräsident Jan Obel hat am Donnerstag Premier Lars Grube in der Staatskanzlei empfangen. "
                     "Die Opposition im Landtag kritisierte den Besuch scharf.", date="2026-07-03")
    assert place_names(f, only_meeting(f)) == ["Staatskanzlei"]
    # (a place of the meeting's own sentence still is: "Die Gespräche am Dienstag in Genf …")
    f = extract_text("Die Minister haben am Dienstag in Genf Gespräche mit Premier Lars Grube geführt.", date="2026-07-03")
    assert place_names(f, only_meeting(f)) == ["Geneva"]
    # so is one after a day in a relative clause ("der am Vortag in Antalya beim Treffen … war": a day, no subject)
    f = extract_text("Für Deutschland nimmt Kanzler Jan Obel teil, der am Vortag in Antalya beim Treffen der "
                     "Nato-Außenminister war.", date="2025-05-16")
    held = next(m for m in f["meetings"] if m["status"] == "past")
    assert place_names(f, held) == ["Antalya"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Vizepräsident Jan Obel hat am Freitag in Rom Ministerpräsidentin Ina Berg getroffen, einen Tag nach einem "
           "Gespräch mit Präsident Tom Oakes in Mailand."),
    ("en", "Vice President Jan Obel met Prime Minister Ina Berg in Rome on Friday, a day after talks with President Tom "
           "Oakes in Milan."),
    ("en", "Vice President Jan Obel met Prime Minister Ina Berg in Rome on Friday, a day after holding talks with "
           "President Tom Oakes in Milan."),
])
def test_meetings_talks_a_day_before_the_sentences_event_are_a_meeting_of_their_own_that_day(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-04-10")
    rome = next(m for m in f["meetings"] if "Ina Berg" in attendee_names(f, m))
    talks = next(m for m in f["meetings"] if "Tom Oakes" in attendee_names(f, m))
    assert rome is not talks and rome["date"]["value"] == "2026-04-10" and talks["date"]["value"] == "2026-04-09"
    assert attendee_names(f, talks) == {"Jan Obel", "Tom Oakes"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Leaders of the Nordic states met in Bergen for a summit. President Jan Nowak joined the summit on Friday for "
           "a session on energy. Trade dominated Thursday's opening day."),
    ("en", "Leaders of the Nordic states met in Bergen for a summit. President Jan Nowak joined the summit on Friday for "
           "a session on energy. Trade dominated the summit's first day on Thursday."),
    ("de", "Präsident Jan Nowak hat am Freitag als erster Gast an einem Gipfel der nordischen Staaten in Bergen "
           "teilgenommen. Am ersten Gipfeltag, dem Donnerstag, war es um den Handel gegangen."),
])
def test_meetings_the_day_named_at_a_first_day_phrase_is_the_first_day_of_the_story_meeting(extract_text, lang, text):
    # dated by its Friday session first, the summit of several days began on the opening day named
    f = extract_text(text, lang=lang, date="2026-06-12")
    assert f["meetings"][0]["date"]["value"] == "2026-06-11"


def test_meetings_a_reception_for_the_meeting_just_told_is_that_meeting(extract_text):
    # "dazu" right after the verb: done for the meeting told; "Parallel dazu": another, at the same time
    f = extract_text("Die Koalition der Willigen hat am Donnerstag in Paris beraten. Präsidentin Ana Ruiz empfing dazu "
                     "Minister Jan Obel und Ministerin Alma Keller im Élysée-Palast.", date="2026-09-04")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ana Ruiz", "Jan Obel", "Alma Keller"} and host_names(f, m) == {"Ana Ruiz"}
    f = extract_text("Präsidentin Ana Ruiz hat am Donnerstag in Oslo Minister Jan Obel empfangen. Parallel dazu trafen "
                     "sich Ministerin Alma Keller und Minister Ivo Kahl in Oslo.", date="2026-09-04")
    assert len(f["meetings"]) == 2


@pytest.mark.parametrize("lang, text", [
    ("de", "Kanzler Ivo Kahl, Präsidentin Ana Ruiz und Premier Tom Oakes sind am Donnerstag in Oslo zusammengekommen. "
           "Im Anschluss telefonierten die Teilnehmer mit Präsident Jan Obel."),
    ("en", "Chancellor Ivo Kahl, President Ana Ruiz and Prime Minister Tom Oakes met in Oslo on Thursday. Afterwards, the "
           "participants spoke by phone with President Jan Obel."),
])
def test_meetings_the_participants_as_subject_are_those_of_the_meeting_just_told(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-09-04")
    call = f["meetings"][-1]
    assert attendee_names(f, call) == {"Ivo Kahl", "Ana Ruiz", "Tom Oakes", "Jan Obel"}


def test_meetings_a_noun_in_a_predicate_after_und_has_the_subject_of_the_verb_before(extract_text):
    f = extract_text("Präsident Jan Nowak traf am Dienstag Minister Ivo Kahl in Oslo und führte anschließend Gespräche mit "
                     "Premierministerin Ana Ruiz.", date="2026-10-14")
    assert attendee_names(f, f["meetings"][-1]) == {"Jan Nowak", "Ana Ruiz"}


def test_meetings_two_predicates_each_with_a_partner_of_its_own_are_two_meetings(extract_text):
    f = extract_text("President Jan Nowak met Minister Ivo Kahl in Oslo and held talks with Prime Minister Ana Ruiz on "
                     "Tuesday.", lang="en", date="2026-10-14")
    assert [attendee_names(f, m) for m in f["meetings"]] == [{"Jan Nowak", "Ivo Kahl"}, {"Jan Nowak", "Ana Ruiz"}]
    assert [m["date"]["value"] for m in f["meetings"]] == ["2026-10-13", "2026-10-13"]
    # one partner named in both: one meeting
    f = extract_text("President Jan Nowak met Minister Ivo Kahl in Oslo and held talks with him on Tuesday.", lang="en",
                     date="2026-10-14")
    assert len(f["meetings"]) == 1


@pytest.mark.parametrize("lang, text", [
    ("de", "Präsident Jan Nowak traf am Dienstag Minister Ivo Kahl in Oslo und empfing Premierministerin Ana Ruiz in "
           "seiner Residenz."),
    ("en", "President Jan Nowak met Minister Ivo Kahl in Oslo on Tuesday and welcomed Prime Minister Ana Ruiz at the "
           "palace."),
])
def test_meetings_a_host_verb_after_und_shares_the_subject_not_the_object_before(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-10-14")
    met, received = f["meetings"]
    assert host_names(f, met) == set() and attendee_names(f, met) == {"Jan Nowak", "Ivo Kahl"}
    assert host_names(f, received) == {"Jan Nowak"} and attendee_names(f, received) == {"Jan Nowak", "Ana Ruiz"}


@pytest.mark.parametrize("told", [
    "Minister Jan Obel was not invited to the main session but attended a dinner hosted by Prime Minister Ivo Kahl on Tuesday "
    "evening.",
    "Minister Jan Obel attended a dinner hosted by Prime Minister Ivo Kahl on Tuesday evening but was not invited to the main "
    "session.",
])
def test_meetings_a_dinner_and_a_session_missed_told_with_but_are_two_meetings(extract_text, told):
    f = extract_text("Leaders met in Oslo on Wednesday. " + told, lang="en", date="2026-06-25")
    summit, dinner = f["meetings"]
    assert absent_names(f, summit) == {"Jan Obel"} and "Ivo Kahl" not in attendee_names(f, summit)
    assert attendee_names(f, dinner) == {"Jan Obel", "Ivo Kahl"} and host_names(f, dinner) == {"Ivo Kahl"}
    assert dinner["date"]["value"] == "2026-06-23"


def test_meetings_the_host_of_a_dinner_is_not_at_the_session_its_guest_missed(extract_text):
    f = extract_text("Leaders met in Oslo on Wednesday. Minister Jan Obel attended a dinner hosted by Dutch King Ivo on "
                     "Tuesday evening but was not invited to the main session.", lang="en", date="2026-06-25")
    summit = f["meetings"][0]
    assert absent_names(f, summit) == {"Jan Obel"} and attendee_names(f, summit) == {"Leaders"}


def test_meetings_the_main_session_after_a_talk_on_the_sidelines_is_the_meeting_it_was_beside(extract_text):
    f = extract_text("Leaders met in Oslo on Wednesday. On the sidelines, President Tom Oakes met Minister Jan Obel. Obel "
                     "was not invited to the main session.", lang="en", date="2026-06-25")
    summit, talk = f["meetings"]
    assert absent_names(f, summit) == {"Jan Obel"} and talk["absent"] == []
    assert attendee_names(f, talk) == {"Tom Oakes", "Jan Obel"}


@pytest.mark.parametrize("lang, text", [
    ("en", "President Jan Nowak received a delegation of senators led by Senator Ivo Kahl in Riga on Wednesday."),
    ("de", "Präsident Jan Nowak empfing am Mittwoch in Riga eine Delegation von Senatoren, angeführt von Senator Ivo Kahl."),
])
def test_meetings_the_leader_of_a_delegation_received_is_no_host(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-06-25")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jan Nowak"} and {"Jan Nowak", "Ivo Kahl"} <= attendee_names(f, m)


def test_meetings_a_meeting_in_person_after_a_video_call_is_another(extract_text):
    f = extract_text("President Jan Nowak also spoke by video link with the leaders of the Nordic states. Later, he "
                     "received a delegation of senators in Riga.", lang="en", date="2026-06-25")
    call, reception = f["meetings"]
    assert call["virtual"] and not reception["virtual"] and place_names(f, call) == []


def test_meetings_one_who_had_given_a_dinner_hosts_it(extract_text):
    # the German participle ends its clause after the noun it gives
    f = extract_text("Am Vorabend hatte Präsident Jan Nowak zu Ehren seines Gastes ein Abendessen im Schloss gegeben.",
                     date="2026-06-25")
    assert host_names(f, only_meeting(f)) == {"Jan Nowak"}
    # one who gave an interview gave no meeting
    f = extract_text("Präsident Jan Nowak hat am Mittwoch ein Abendessen in Riga besucht und danach ein Interview gegeben.",
                     date="2026-06-25")
    assert host_names(f, only_meeting(f)) == set()


def test_meetings_a_partner_in_talks_named_with_the_other_met_them(extract_text):
    f = extract_text("Gesprächspartner von Kanzler Jan Nowak war am Mittwoch in Davos die Präsidentin der Zentralbank, Ana "
                     "Ruiz.", date="2026-01-22")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Nowak", "Ana Ruiz"} and m["date"]["value"] == "2026-01-21"


def test_meetings_one_who_accompanies_the_host_is_no_host(extract_text):
    f = extract_text("Begleitet von Ministerin Alma Keller empfing Präsident Jan Nowak am Mittwoch in Rom den Premier Ivo "
                     "Kahl.", date="2026-03-12")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jan Nowak"} and attendee_names(f, m) == {"Alma Keller", "Jan Nowak", "Ivo Kahl"}


def test_meetings_states_listed_with_and_before_a_host_verb_host(extract_text):
    f = extract_text("On Tuesday Minister Jan Obel will attend a conference to which France and Norway have invited.",
                     lang="en", date="2026-10-12")
    assert {"country:FR", "country:NO"} <= {h["actor"] for h in only_meeting(f)["hosts"]}


def test_meetings_a_day_in_the_possessive_before_the_anchoring_noun_is_its_own(extract_text):
    # the article is of Wednesday: the talks were on Tuesday, the meeting on their eve on Monday
    f = extract_text("On the eve of Tuesday's talks in Brussels, Minister Jan Obel met Prime Minister Ina Berg.",
                     lang="en", date="2026-05-20")
    met = next(m for m in f["meetings"] if "Ina Berg" in attendee_names(f, m))
    talks = next(m for m in f["meetings"] if m is not met)
    assert (talks["date"]["value"], met["date"]["value"]) == ("2026-05-19", "2026-05-18")


def test_meetings_one_who_greeted_the_guests_of_a_welcome_was_at_it(extract_text):
    f = extract_text("President Ana Ruiz welcomed Prime Minister Tom Oakes to the palace in Oslo on Wednesday. Minister "
                     "Ivo Kahl greeted the guests on arrival.", lang="en", date="2026-09-16")
    assert "Ivo Kahl" in attendee_names(f, only_meeting(f))
    # (greeting a thing is no taking part: "greeted the news")
    f = extract_text("President Ana Ruiz welcomed Prime Minister Tom Oakes to the palace in Oslo on Wednesday. Minister "
                     "Ivo Kahl greeted the news with relief.", lang="en", date="2026-09-16")
    assert "Ivo Kahl" not in attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("lang, text", [
    ("en", "Prime Minister Tom Oakes and Chancellor Ivo Kahl signed a treaty in Berlin on Monday. The two leaders held "
           "talks at the chancellery before the signing ceremony."),
    ("de", "Premier Tom Oakes und Kanzler Ivo Kahl haben am Montag in Berlin einen Vertrag unterzeichnet. Vor der "
           "Zeremonie führten die beiden im Kanzleramt ein Gespräch."),
])
def test_meetings_talks_before_the_event_told_just_before_are_on_its_day(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-10")
    assert all(m["date"] and m["date"]["value"] == "2026-03-09" for m in f["meetings"])
    # (not talks told in the pluperfect, nor a call: they may be days before)
    f = extract_text("Prime Minister Tom Oakes and Chancellor Ivo Kahl signed a treaty in Berlin on Monday. Before the "
                     "ceremony, Oakes had spoken with President Ana Ruiz by phone.", lang="en", date="2026-03-10")
    call = next(m for m in f["meetings"] if "Ana Ruiz" in attendee_names(f, m))
    assert call["date"] is None


def test_meetings_talks_ended_and_to_be_continued_on_a_later_day_are_a_round_to_come(extract_text):
    f = extract_text("Die Gespräche der Außenminister Jan Obel und Lars Grube sind am Sonntag in Genf ohne Ergebnis zu "
                     "Ende gegangen. Die Gespräche sollen am kommenden Montag fortgesetzt werden.", date="2026-10-19")
    held = next(m for m in f["meetings"] if m["status"] == "past")
    later = next(m for m in f["meetings"] if m["status"] == "planned")
    assert held["date"]["value"] == "2026-10-18" and later["date"]["value"] == "2026-10-26"
    # (so are talks told by a pronoun, with a source after them; the persons of the talks held go on in them)
    f = extract_text("Die Gespräche der Außenminister Jan Obel und Lars Grube sind am Sonntag in Genf ohne Ergebnis zu "
                     "Ende gegangen. Sie sollen am kommenden Montag fortgesetzt werden, teilte ein Vermittler mit.",
                     date="2026-10-19")
    later = next(m for m in f["meetings"] if m["status"] == "planned")
    assert later["date"]["value"] == "2026-10-26" and attendee_names(f, later) == {"Jan Obel", "Lars Grube"}
    f = extract_text("Talks between foreign ministers Jan Obel and Lars Grube ended in Geneva on Sunday without a result. "
                     "They will resume next Monday, a mediator said.", lang="en", date="2026-10-19")
    later = next(m for m in f["meetings"] if m["status"] == "planned")
    assert later["date"]["value"] == "2026-10-26" and attendee_names(f, later) == {"Jan Obel", "Lars Grube"}
    # (a summit that goes on the next day is one meeting)
    f = extract_text("Der Gipfel der Regierungschefs Jan Obel und Lars Grube hat am Montag in Genf begonnen. Der Gipfel "
                     "soll am Dienstag fortgesetzt werden.", date="2026-10-19")
    assert len(f["meetings"]) == 1


def test_meetings_the_two_acting_at_a_place_tell_where_the_meeting_told_was(extract_text):
    f = extract_text("Bundesrat Ivo Marić hat am Freitag den Aussenminister Lars Grube empfangen. Die beiden Minister "
                     "unterzeichneten auf dem Landsitz Lohn in Kehrsatz eine Absichtserklärung.", date="2025-06-16")
    m = only_meeting(f)
    assert set(place_names(f, m)) == {"Landsitz Lohn", "Kehrsatz"} and attendee_names(f, m) == {"Ivo Marić", "Lars Grube"}
    f = extract_text("President Ivo Marić received Prime Minister Alan Marsh on Friday. The two leaders signed a "
                     "declaration at Castle Zenda in Strelsau.", lang="en", date="2025-06-16")
    assert set(place_names(f, only_meeting(f))) == {"Castle Zenda", "Strelsau"}
    # a town other than the meeting's is no such detail
    f = extract_text("Ministerpräsident Jan Obel empfing am Freitag in Kiel Minister Lars Grube. Die beiden Minister "
                     "unterzeichneten danach in Potsdam eine Erklärung.", date="2025-06-16")
    # (the two acting there together afterwards may be a meeting of its own, in Potsdam)
    assert place_names(f, f["meetings"][0]) == ["Kiel"] and all(place_names(f, m) != ["Kiel", "Potsdam"] for m in f["meetings"])


def test_meetings_english_a_telephone_conversation_of_a_readout_is_a_virtual_meeting(extract_text):
    f = extract_text("President Ivo Marić had a telephone conversation with Prime Minister Alan Marsh. The conversation "
                     "lasted about an hour.", lang="en", date="2025-06-16")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ivo Marić", "Alan Marsh"} and m["virtual"] is True
    # a conversation with no partner is none ("a conversation about the future")
    f = extract_text("President Ivo Marić started a conversation about the future of Europe.", lang="en")
    assert f["meetings"] == []


def test_meetings_a_meeting_asked_about_or_demanded_is_none(extract_text):
    f = extract_text("Auf die Frage nach einem Treffen mit Präsident Ivo Marić sagte Kanzler Jan Obel, dafür gebe es "
                     "keinen Anlass.")
    assert f["meetings"] == []
    f = extract_text("Asked about speculation over a summit with President Ivo Marić, Chancellor Jan Obel said there "
                     "were no plans.", lang="en")
    assert f["meetings"] == []
    # questions from reporters after a meeting leave the meeting told
    f = extract_text("Fragen von Journalisten beantwortete Kanzler Jan Obel nach dem Treffen mit Präsident Ivo Marić in "
                     "Wien.")
    assert [m["status"] for m in f["meetings"]] == ["past"]


def test_meetings_a_call_takes_no_town_from_the_lead(extract_text):
    # the lead tells an invitation (no meeting), its town is the visit's; the call told next was not there
    f = extract_text("Präsident Ivo Marić hat Kanzler Jan Obel zu einem Besuch in Kiew eingeladen. Das sagte Marić nach "
                     "einem Telefonat mit Obel am Dienstagabend.", date="2025-06-16")
    m = only_meeting(f)
    assert m["virtual"] is True and m["places"] == []


def test_meetings_the_next_event_named_by_a_new_noun_is_a_meeting_of_its_own(extract_text):
    f = extract_text("Ministerin Jana Roth trifft am 5. Juni in Paris ihren Amtskollegen Marc Pilon. Im Anschluss nimmt die "
                     "Ministerin an der OECD-Ministerratstagung teil.", date="2025-06-01")
    assert sorted(sorted(attendee_names(f, m)) for m in f["meetings"]) == [["Jana Roth"], ["Jana Roth", "Marc Pilon"]]
    assert {(m["date"]["value"], tuple(place_names(f, m))) for m in f["meetings"]} == {("2025-06-05", ("Paris",))}
    # what goes on, or follows the meeting it names, is that meeting
    for text in ("Ministerin Jana Roth traf am Montag in Paris ihren Amtskollegen Marc Pilon. Anschließend setzten "
                 "beide ihr Gespräch fort.",
                 "Ministerin Jana Roth traf am Montag in Paris ihren Amtskollegen Marc Pilon. Im Anschluss an das "
                 "Gespräch ist eine Pressekonferenz vorgesehen."):
        assert len(extract_text(text, date="2025-06-01")["meetings"]) == 1, text


def test_meetings_days_counted_back_from_the_story_or_the_article(extract_text):
    f = extract_text("Kanzler Jan Obel traf am Freitag in Wien Präsident Ivo Marić. Drei Tage zuvor hatte Obel in Prag "
                     "Premier Lars Grube getroffen. Vor zwei Tagen sprach Obel mit Mia Roth.", date="2025-06-16")
    dates = {frozenset(attendee_names(f, m)): m["date"]["value"] for m in f["meetings"]}
    assert dates == {frozenset({"Jan Obel", "Ivo Marić"}): "2025-06-13", frozenset({"Jan Obel", "Lars Grube"}): "2025-06-10",
                     frozenset({"Jan Obel", "Mia Roth"}): "2025-06-14"}
    f = extract_text("Chancellor Jan Obel met President Ivo Marić in Vienna on Saturday. Obel had held talks with Prime "
                     "Minister Lars Grube in Prague two days earlier.", lang="en", date="2025-06-16")
    dates = {frozenset(attendee_names(f, m)): m["date"]["value"] for m in f["meetings"]}
    assert dates[frozenset({"Jan Obel", "Lars Grube"})] == "2025-06-12"


def test_meetings_a_phrase_of_status_matches_whole_words_only(extract_text):
    # "Luxon hold" holds "on hold" as letters, not as words: the meeting is held, not put off
    f = extract_text("Marić and Luxon hold annual leaders' meeting\n\nPresident Ivo Marić hosted Prime Minister Christopher "
                     "Luxon in Sydney on Friday.", lang="en", date="2025-06-16")
    assert {m["status"] for m in f["meetings"]} == {"past"}


def test_meetings_a_reception_by_someone_new_in_the_evening_is_no_detail_of_the_meeting_told(extract_text):
    f = extract_text("Das sagte Außenminister Jan Obel nach einem Treffen mit seinem Amtskollegen Lars Grube in Strelsau. Am "
                     "Abend wurde Obel von Präsident Ivo Marić im Präsidentenpalast empfangen.", date="2025-06-16")
    reception = next(m for m in f["meetings"] if "Ivo Marić" in host_names(f, m))
    assert attendee_names(f, reception) == {"Jan Obel", "Ivo Marić"}
    talks = next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))
    assert talks is not reception and place_names(f, talks) == ["Strelsau"]


def test_meetings_english_a_relative_clause_with_which_on_the_talks_dates_and_places_them(extract_text):
    # "which" after the last name is the talks' clause (a person's would be "who"), however long the names before it
    f = extract_text("Talks between Ruritanian President Ivo Marić and Borduria Prime Minister Lars Grube, which had been "
                     "scheduled for Thursday in Brussels, were postponed, the EU said.", lang="en", date="2025-06-16")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and m["date"]["value"] == "2025-06-19" and place_names(f, m) == ["Brussels"]
    assert attendee_names(f, m) == {"Ivo Marić", "Lars Grube"}


def test_meetings_withdrawing_because_of_another_meeting_is_absence_not_that_meeting(extract_text):
    told = "Die Regierungschefs der Länder haben sich am Montag in Leipzig getroffen. Gastgeber war Ministerpräsident Jan Obel. "
    for tail in ("Ministerpräsident Lars Grube sagte wegen einer Landtagssitzung kurzfristig ab.",
                 "Ministerpräsident Lars Grube musste wegen einer Landtagssitzung absagen und ließ sich von seinem "
                 "Staatskanzleichef vertreten."):
        f = extract_text(told + tail, date="2025-10-20")
        m = only_meeting(f)
        assert absent_names(f, m) == {"Lars Grube"} and "Lars Grube" not in attendee_names(f, m), tail


def test_meetings_a_reception_in_a_town_hall_of_citizens_is_there_not_where_the_visit_began(extract_text):
    f = extract_text("Bürgermeisterin Ruta Vaitkus begrüßte Bürgermeister Jan Sobczak am Samstag im Rathaus. Am Abend "
                     "folgte ein Empfang im Bürgerhaus, bei dem auch Landrat Kai Brettschneider sprach.")
    reception = next(m for m in f["meetings"] if m["trigger"] == "Empfang")
    assert place_names(f, reception) == ["Bürgerhaus"]


def test_meetings_a_meeting_in_person_after_a_call_is_of_those_who_spoke(extract_text):
    f = extract_text("Kanzler Bernd Vollmer telefonierte am Montag mit Präsident Oskars Berzins. Beide vereinbarten, "
                     "in engem Kontakt zu bleiben. Ein persönliches Treffen ist für November vorgesehen.")
    meeting = next(m for m in f["meetings"] if m["trigger"] == "Treffen")
    assert meeting["status"] == "planned" and attendee_names(f, meeting) == {"Bernd Vollmer", "Oskars Berzins"}
    f = extract_text("Prime Minister Alan Marsh spoke to President Oskars Berzins by phone on Monday. They agreed to "
                     "stay in close contact. An in-person meeting is planned for November.", lang="en")
    meeting = next(m for m in f["meetings"] if m["trigger"] == "meeting")
    assert attendee_names(f, meeting) == {"Alan Marsh", "Oskars Berzins"}
    # a meeting of others is not theirs
    f = extract_text("Kanzler Bernd Vollmer telefonierte am Montag mit Präsident Oskars Berzins. Ein Gipfel der "
                     "EU ist für November vorgesehen.")
    summit = next(m for m in f["meetings"] if m["trigger"] == "Gipfel")
    assert "Bernd Vollmer" not in attendee_names(f, summit)


def test_meetings_english_a_town_after_its_noun_is_the_meeting_place_and_a_headline_of_a_group_is_the_lead(extract_text):
    f = extract_text("G7 leaders gather in the Alps\n\nLeaders of the Group of Seven opened their annual summit on "
                     "Monday in the French spa town of Vallombra-les-Bains, hosted by President Lucien Marot.", lang="en")
    m = only_meeting(f)
    assert place_names(f, m) == ["Vallombra-les-Bains"] and host_names(f, m) == {"Lucien Marot"}


def test_meetings_english_a_relative_clause_after_the_participants_tells_another_meeting(extract_text):
    f = extract_text("Envoys gathered in Vienna on Wednesday for a conference hosted by Special Envoy Ruta Vaitkus. Among "
                     "the participants were Minister Jan Sobczak and Special Envoy Ilse Marot, who will host the next "
                     "round in Budapest in June. \"We cannot do this alone,\" Vaitkus said after the opening session.",
                     lang="en", date="2025-03-13")
    vienna = next(m for m in f["meetings"] if place_names(f, m) == ["Vienna"])
    budapest = next(m for m in f["meetings"] if place_names(f, m) == ["Budapest"])
    assert {"Ruta Vaitkus", "Jan Sobczak", "Ilse Marot"} <= attendee_names(f, vienna)
    assert attendee_names(f, budapest) == {"Ilse Marot"} and host_names(f, budapest) == {"Ilse Marot"}
    # said after the opening session (told as past): at the conference, not at the round planned for June
    assert f["statements"][0]["meeting"] == vienna["id"]


def test_meetings_a_person_whose_name_only_qualifies_another_takes_no_part(extract_text):
    # "der Trump-Gesandte X", "Trump envoy X": X meets, not Trump; "Trump-Putin-Gipfel": both meet
    f = extract_text("Der Trump-Gesandte Ruben Kessler traf am Donnerstag in Moskau Präsident Wladimir Putin.")
    assert attendee_names(f, only_meeting(f)) == {"Ruben Kessler", "Vladimir Putin"}
    f = extract_text("Trump envoy Ruben Kessler met President Vladimir Putin in Moscow on Thursday.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Ruben Kessler", "Vladimir Putin"}
    f = extract_text("Der Trump-Putin-Gipfel in Anchorage endete am Freitag ohne Ergebnis.")
    assert attendee_names(f, only_meeting(f)) == {"Donald Trump", "Vladimir Putin"}
    f = extract_text("Scholz-Nachfolger Bernd Vollmer empfängt am Mittwoch Präsident Oskars Berzins.")
    assert attendee_names(f, only_meeting(f)) == {"Bernd Vollmer", "Oskars Berzins"}
    # a German subject right before its object with a role is still the subject
    f = extract_text("Am Freitag empfing Kanzlerin Ana Lobo Präsident Ivo Maric in Wien.")
    assert attendee_names(f, only_meeting(f)) == {"Ana Lobo", "Ivo Maric"}


def test_meetings_the_place_and_day_after_a_meeting_talked_about_are_not_the_meeting_told(extract_text):
    f = extract_text("Kanzler Bernd Vollmer hat Generalsekretär Oskars Berzins am Mittwoch im Kanzleramt empfangen. Bei "
                     "dem Treffen ging es um die Vorbereitung des Nato-Gipfels im Juli in Ankara.", date="2027-01-21")
    m = only_meeting(f)
    assert place_names(f, m) == ["Federal Chancellery"] and m["date"]["value"] == "2027-01-20"


def test_meetings_a_relative_clause_with_a_plural_verb_is_of_all_those_listed_before_it(extract_text):
    text = ("Die Außenminister kamen am Mittwoch in Wien zu einer Konferenz zusammen. Zu den Teilnehmern gehörten "
            "Minister Jan Sobczak und Ministerin Ruta Vaitkus, die {}.")
    f = extract_text(text.format("sich am Rande zu einem Gespräch trafen"))
    side = next(m for m in f["meetings"] if m["trigger"] == "trafen")
    assert attendee_names(f, side) == {"Jan Sobczak", "Ruta Vaitkus"}
    f = extract_text(text.format("im Juni die nächste Konferenz in Riga ausrichten wird"))
    riga = next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])
    assert attendee_names(f, riga) == {"Ruta Vaitkus"} and host_names(f, riga) == {"Ruta Vaitkus"}


def test_meetings_a_comma_after_a_verb_of_saying_opens_what_was_said_not_a_relative_clause(extract_text):
    # "der Druck auf Moskau" after "sagte nach den Beratungen," is what was said: Moscow is no place of the talks
    f = extract_text("Die Außenminister der EU-Staaten haben bei ihrem Treffen in Brüssel neue Sanktionen beschlossen. "
                     "Die Außenbeauftragte Ilse Marot sagte nach den Beratungen, der Druck auf Moskau müsse steigen.")
    m = only_meeting(f)
    assert place_names(f, m) == ["Brussels"] and "Ilse Marot" in attendee_names(f, m)


def test_meetings_the_talk_said_after_is_the_talk_held_not_a_reception_nor_one_to_come(extract_text):
    # "nach dem Gespräch" told as past: not the meeting planned for the next day, not the reception told with its
    # host alone, but the talk of two before them
    f = extract_text("In Prag traf Ministerpräsident Anton Kessler am Donnerstag den Ministerpräsidenten Tschechiens, "
                     "Petr Dvorak. Am Abend lud Kessler zu einem Empfang in der Vertretung. Am Freitag will er in Pilsen "
                     "mit Unternehmern zusammenkommen. Kessler sagte nach dem Gespräch, die Bahnverbindung müsse "
                     "schneller werden.", date="2027-09-10")
    talk = next(m for m in f["meetings"] if "Petr Dvorak" in attendee_names(f, m))
    assert f["statements"][0]["meeting"] == talk["id"]
    # a spokesman's "das Gespräch sei konstruktiv gewesen" after a meeting planned for later is the one held
    f = extract_text("Ministerin Carmen Olivares empfing am Dienstag ihren Kollegen Rui Matos. Beide wollen sich im "
                     "Dezember erneut treffen. Ein Sprecher sagte, das Gespräch sei sehr konstruktiv gewesen.",
                     date="2026-10-14")
    held = next(m for m in f["meetings"] if m["status"] == "past")
    assert any("konstruktiv" in e["sentence"] for e in held["evidence"])


def test_meetings_an_arrival_and_the_meeting_it_is_for_are_one_meeting_still_to_come(extract_text):
    # the journey is over, the meeting told after "Dort will er" is not: one meeting, planned, on the day of arrival
    f = extract_text("Außenminister Bernd Vollmer ist zu einem unangekündigten Besuch in der Ukraine eingetroffen. Am "
                     "Dienstagmorgen kam er in Kiew an. Dort will er Präsident Oskars Berzins treffen.",
                     date="2026-04-28")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2026-04-28" and place_names(f, m) == ["Kyiv"]
    assert attendee_names(f, m) == {"Bernd Vollmer", "Oskars Berzins"}


def test_meetings_members_of_a_group_named_after_it_are_at_its_meeting(extract_text):
    f = extract_text("Präsident Ivo Maric hat am Donnerstag in Zagreb mehrere europäische Regierungschefs empfangen. "
                     "Unter ihnen waren Kanzler Bernd Vollmer, Premierministerin Ruta Vaitkus und Präsident Oskars Berzins.",
                     date="2026-08-21")
    m = only_meeting(f)
    assert {"Ivo Maric", "Bernd Vollmer", "Ruta Vaitkus", "Oskars Berzins"} <= attendee_names(f, m)


def test_meetings_an_earlier_meeting_of_someone_new_is_none_told_before_in_its_town(extract_text):
    # "zuvor" with a person no meeting told has: neither the summit in the same town nor the call after it
    f = extract_text("Bei einem Treffen der Nordischen Runde in Oslo haben zwölf Staaten Hilfe zugesagt. Das sagte Premier "
                     "Ivo Maric nach den Beratungen im Schloss Skaugum, an denen Präsidentin Ruta Vaitkus persönlich "
                     "teilnahm. Im Anschluss telefonierten die Teilnehmer mit Präsident Oskars Berzins. Der Gesandte "
                     "Bernd Vollmer war zuvor in Oslo mit Vaitkus zusammengetroffen.", date="2027-09-04")
    assert len(f["meetings"]) == 3
    summit, call, earlier = f["meetings"]
    # the deliberations the relative clause names are the summit (not a time before another event)
    assert attendee_names(f, summit) == {"Ivo Maric", "Ruta Vaitkus"} and "Schloss Skaugum" in place_names(f, summit)
    assert attendee_names(f, earlier) == {"Bernd Vollmer", "Ruta Vaitkus"} and place_names(f, earlier) == ["Oslo"]
    assert "Bernd Vollmer" not in attendee_names(f, call)


def test_meetings_who_leads_a_session_jointly_with_the_subject_co_chairs_it(extract_text):
    # led together: both chair, and the day before the noun still dates it; received together: the subject hosts
    for text in ["Premierministerin Ruta Vaitkus leitete am Donnerstag gemeinsam mit Präsident Ivo Maric die Sitzung "
                 "der Koalition in Paris.",
                 "Gemeinsam mit Präsident Ivo Maric leitete Premierministerin Ruta Vaitkus am Donnerstag die Sitzung "
                 "der Koalition in Paris."]:
        f = extract_text(text, date="2027-09-04")
        m = only_meeting(f)
        assert host_names(f, m) == {"Ruta Vaitkus", "Ivo Maric"} and m["date"]["value"] == "2027-09-02"
    f = extract_text("Premierministerin Ruta Vaitkus hat am Donnerstag gemeinsam mit Präsident Ivo Maric den Kanzler "
                     "Bernd Vollmer im Élysée empfangen.", date="2027-09-04")
    assert host_names(f, only_meeting(f)) == {"Ruta Vaitkus"}


def test_meetings_done_meanwhile_is_on_the_day_of_the_event_held_not_of_the_plan_after_it(extract_text):
    f = extract_text("Die Außenminister Ivo Maric und Ruta Vaitkus haben am Sonntag in Genf beraten. Am Montag sollen die "
                     "Gespräche fortgesetzt werden. Parallel dazu kamen am Rande des Gipfels in Rom die Präsidenten "
                     "Bernd Vollmer und Oskars Berzins zusammen.", date="2027-03-08")
    side = f["meetings"][-1]  # (the summit itself is told with no day)
    assert attendee_names(f, side) == {"Bernd Vollmer", "Oskars Berzins"} and side["date"]["value"] == "2027-03-07"


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Präsidenten Oskars Berzins und Ruta Vaitkus haben sich am Freitag in Genf getroffen. Präsident Ivo "
           "Maric, der nicht eingeladen war, sagte am Samstag, er werde am Montag nach Rom reisen, um Kanzler Bernd "
           "Vollmer zu treffen."),
    ("en", "Presidents Oskars Berzins and Ruta Vaitkus met in Geneva on Friday. President Ivo Maric, who was not "
           "invited, said he would travel to Rome on Monday to meet Chancellor Bernd Vollmer."),
])
def test_meetings_one_not_invited_in_a_relative_clause_missed_the_meeting_told_before(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-03-08")
    geneva, rome = f["meetings"]
    assert absent_names(f, geneva) == {"Ivo Maric"} and absent_names(f, rome) == set()
    assert attendee_names(f, rome) == {"Ivo Maric", "Bernd Vollmer"}
    assert [s["meeting"] for s in f["statements"] if s["speaker"] == "person:ivo-maric"] == [rome["id"]]


def test_meetings_a_meeting_on_the_sidelines_takes_no_day_from_a_dinner_on_the_eve(extract_text):
    f = extract_text("Die Regierungschefs der Nato haben sich bei ihrem Gipfel in Den Haag auf höhere Ausgaben geeinigt. "
                     "Das Treffen im World Forum dauerte nur wenige Stunden. Präsident Ivo Maric war am Vorabend zu "
                     "einem Abendessen bei König Oskars Berzins im Palast Huis ten Bosch eingetroffen. Am Rande des "
                     "Gipfels traf Maric auch Präsidentin Ruta Vaitkus.", date="2025-06-25")
    side = f["meetings"][-1]
    assert attendee_names(f, side) == {"Ivo Maric", "Ruta Vaitkus"} and side["date"] is None  # the summit's: none told


def test_meetings_linked_in_from_where_one_stayed_is_taking_part_and_wo_names_that_place(extract_text):
    # the clause of "wo" tells where they were (a visit in London), not the meeting they were linked in to
    f = extract_text("Präsident Ivo Maric hat bei der Konferenz in Rom Hilfe zugesagt. Kanzler Bernd Vollmer und "
                     "Präsidentin Ruta Vaitkus waren per Video aus London zugeschaltet, wo Vaitkus sich zu einem "
                     "Staatsbesuch aufhielt.", date="2025-07-10")
    rome = next(m for m in f["meetings"] if place_names(f, m) == ["Rome"])
    assert attendee_names(f, rome) == {"Ivo Maric", "Bernd Vollmer", "Ruta Vaitkus"}
    assert any(place_names(f, m) == ["London"] for m in f["meetings"])
    # the place "wo" stands for is the last of the clause before, past the verb after it
    f = extract_text("Kanzler Bernd Vollmer war per Video aus London zugeschaltet, wo ihn Präsidentin Ruta Vaitkus zu "
                     "einem Besuch empfing.", date="2025-07-10")
    visit = next(m for m in f["meetings"] if "Ruta Vaitkus" in host_names(f, m))
    assert place_names(f, visit) == ["London"]


def test_meetings_the_four_europeans_are_the_four_persons_named_together(extract_text):
    f = extract_text("Kanzler Bernd Vollmer, Präsident Ivo Maric, Premier Oskars Berzins und Präsidentin Ruta Vaitkus "
                     "sind am Morgen in Kiew angekommen. Sie wollen dort mit Präsident Andrij Koval beraten. Am Mittag "
                     "telefonierten die vier Europäer und Koval von Kiew aus mit Präsident Tom Harlan.", date="2025-05-10")
    call = f["meetings"][-1]
    assert attendee_names(f, call) == {"Bernd Vollmer", "Ivo Maric", "Oskars Berzins", "Ruta Vaitkus", "Andrij Koval",
                                       "Tom Harlan"}


def test_meetings_a_call_held_from_a_town_is_there_and_von_before_it_is_no_part_of_a_name(extract_text):
    f = extract_text("Am Mittag telefonierte Kanzler Bernd Vollmer von Kiew aus mit Präsident Tom Harlan.", date="2025-05-10")
    call = only_meeting(f)
    assert attendee_names(f, call) == {"Bernd Vollmer", "Tom Harlan"} and place_names(f, call) == ["Kyiv"]
    # one linked in to a meeting from a town is not at a meeting of their own there
    f = extract_text("Die Minister berieten am Montag in Rom. Ministerin Ruta Vaitkus war per Video von Kiew aus "
                     "zugeschaltet.", date="2025-05-10")
    assert len(f["meetings"]) == 1 and "Ruta Vaitkus" in attendee_names(f, only_meeting(f))


def test_meetings_persons_told_to_have_met_before_that_met_at_another_meeting(extract_text):
    # the two met alone before the round of many; "nach dem Treffen" is the round, the story's meeting
    f = extract_text("Präsident Ivo Maric hat am Donnerstag im Weißen Haus Präsident Oskars Berzins sowie Kanzler Bernd "
                     "Vollmer und Premierministerin Ruta Vaitkus empfangen. Zuvor hatte Maric Berzins allein im Oval "
                     "Office getroffen. Nach dem Treffen sagte Vollmer, man sei einer Einigung nähergekommen.",
                     date="2026-08-21")
    assert len(f["meetings"]) == 2
    round_, alone = f["meetings"]
    assert attendee_names(f, alone) == {"Ivo Maric", "Oskars Berzins"} and place_names(f, alone) == ["Oval Office"]
    assert "Ruta Vaitkus" in attendee_names(f, round_) and f["statements"][0]["meeting"] == round_["id"]


def test_meetings_places_after_the_verb_of_a_topic_frame_are_the_topics(extract_text):
    # "Im Mittelpunkt des Gesprächs standen …": what follows the verb was talked about, no place of the talk
    for frame in ("Im Mittelpunkt des Gesprächs standen", "Im Zentrum des zweistündigen Arbeitsgesprächs stand",
                  "Thema des Gesprächs war"):
        f = extract_text("Ministerpräsidentin Ana Lobo hat am Dienstag Botschafter Ivo Maric im Rathaus von Graz "
                         f"empfangen. {frame} die Sicherheit der Synagogen in Punta Marino.", date="2026-05-06")
        assert place_names(f, only_meeting(f)) == ["Rathaus", "Graz"], frame


def test_meetings_the_emperor_alone_is_the_emperor_just_named(extract_text):
    # "der Kaiser" refers back to "Kaiser Amaru" as "der König" does to a king: he gives the banquet
    f = extract_text("Präsident Ivo Maric wird am Mittwoch in Tokio von Kaiser Amaru empfangen. Am Abend gibt der "
                     "Kaiser ein Staatsbankett zu Ehren des Gastes.", date="2026-09-09")
    banquet = next(m for m in f["meetings"] if m["trigger"] == "Staatsbankett")
    assert host_names(f, banquet) == {"Emperor Amaru"} and "Ivo Maric" in attendee_names(f, banquet)


def test_meetings_a_region_is_a_place_and_after_a_topic_the_topics(extract_text):
    f = extract_text("Ministerpräsident Ivo Maric traf am Montag in Bayern Präsident Oskars Berzins.", date="2026-05-06")
    m = only_meeting(f)
    assert m["places"] == ["region:DE-BY"]
    place = next(p for p in f["places"] if p["key"] == "region:DE-BY")
    assert place["type"] == "region" and place["within"] == "country:DE" and place["names"]["de"] == "Bayern"
    f = extract_text("Biden met Putin in Alaska on Monday.", lang="en", date="2026-05-06")
    assert only_meeting(f)["places"] == ["region:US-AK"]
    # a region after a topic preposition is what was talked about, as a state is
    f = extract_text("Kanzler Bernd Vollmer sprach am Montag in Graz mit Präsident Oskars Berzins über die Schulen in "
                     "Kärnten.", date="2026-05-06")
    assert place_names(f, only_meeting(f)) == ["Graz"]
    # the region names the building after a building's noun
    f = extract_text("Die Ministerpräsidenten tagten am Montag in der Landesvertretung Sachsen.", date="2026-05-06")
    assert place_names(f, only_meeting(f)) == ["Landesvertretung Sachsen"]


def test_meetings_a_call_told_with_no_day_is_on_the_day_its_news_was_given(extract_text):
    for text in ("Kanzler Bernd Vollmer hat mit Präsident Oskars Berzins telefoniert. Das teilte Regierungssprecherin "
                 "Ruta Vaitkus am Donnerstag in Berlin mit.",
                 "Kanzler Bernd Vollmer hat mit Präsident Oskars Berzins telefoniert, wie Regierungssprecherin Ruta "
                 "Vaitkus am Donnerstag mitteilte."):
        f = extract_text(text, date="2026-11-27")
        assert only_meeting(f)["date"]["value"] == "2026-11-26", text
    # a meeting to come is not dated by the day it was announced
    f = extract_text("Kanzler Bernd Vollmer will Präsident Oskars Berzins bald treffen. Das teilte Regierungssprecherin "
                     "Ruta Vaitkus am Donnerstag mit.", date="2026-11-27")
    assert only_meeting(f)["date"] is None


def test_meetings_a_state_in_what_was_said_takes_no_part(extract_text):
    f = extract_text("Präsident Ivo Maric empfing am Donnerstag in Ankara Kanzler Bernd Vollmer. Bei einer gemeinsamen "
                     "Pressekonferenz sagte Maric, die Türkei wolle enger mit der EU zusammenarbeiten.", date="2026-10-09")
    keys = {a["actor"] for a in only_meeting(f)["attendees"]}
    assert "country:TR" not in keys and "org:eu" not in keys


def test_meetings_a_wreath_laid_with_words_before_the_particle_is_a_ceremony(extract_text):
    f = extract_text("Gemeinsam mit Präsident Oskars Berzins legte Kanzler Bernd Vollmer am Montag einen Kranz am Denkmal "
                     "in Riga nieder.", date="2026-05-12")
    m = only_meeting(f)
    assert m["kind"] == "einen kranz nieder" and attendee_names(f, m) == {"Oskars Berzins", "Bernd Vollmer"}
    assert m["date"]["value"] == "2026-05-11"
    # not a wreath that is only talked about
    f = extract_text("Kanzler Bernd Vollmer sprach am Montag in Riga über einen Kranz aus Stahl.", date="2026-05-12")
    assert all(m["kind"] != "einen kranz nieder" for m in f["meetings"])


def test_meetings_exchanging_views_with_a_partner_is_a_talk_exchanging_prisoners_is_not(extract_text):
    for text in ("Präsidentin Ilse Marot hat sich am Dienstag per Videokonferenz mit Präsident Oskars Berzins ausgetauscht.",
                 "Präsidentin Ilse Marot tauschte sich am Dienstag per Videokonferenz mit Präsident Oskars Berzins aus.",
                 # coordinating with someone is a talk too
                 "Präsidentin Ilse Marot hat sich am Dienstag per Videokonferenz mit Präsident Oskars Berzins abgestimmt.",
                 "Präsidentin Ilse Marot stimmte sich am Dienstag per Videokonferenz mit Präsident Oskars Berzins ab."):
        f = extract_text(text, date="2026-09-30")
        m = only_meeting(f)
        assert attendee_names(f, m) == {"Ilse Marot", "Oskars Berzins"} and m["virtual"], text
    f = extract_text("Nach dem Treffen von Präsidentin Ilse Marot und Präsident Oskars Berzins wollen beide Seiten 1000 "
                     "Kriegsgefangene austauschen.", date="2026-09-30")
    assert all(m["kind"] != "austauschen" for m in f["meetings"])
    # a vote is no talk
    assert extract_text("Die Abgeordneten stimmten am Dienstag mit großer Mehrheit über den Antrag ab.",
                        date="2026-09-30")["meetings"] == []


def test_meetings_the_group_noun_after_the_two_is_the_two_persons_no_group(extract_text):
    f = extract_text("President Ivo Maric hosted Chancellor Bernd Vollmer in Zagreb on Monday. The two leaders last met "
                     "in March in Vienna.", lang="en", date="2026-05-12")
    vienna = next(m for m in f["meetings"] if place_names(f, m) == ["Vienna"])
    assert attendee_names(f, vienna) == {"Ivo Maric", "Bernd Vollmer"}
    assert all(a["actor"].split(":")[0] != "group" for a in vienna["attendees"])


def test_meetings_a_statement_belongs_to_the_last_meeting_its_speaker_was_at(extract_text):
    # the meeting told last (the guest's visit to the king) did not have the speaker; the talks before it did
    f = extract_text("Prime Minister Ivo Maric hosted President Oskars Berzins in London on Thursday. Berzins later "
                     "travelled to Windsor, where he met King Arvid. Maric said Britain would stand with its friends "
                     "for as long as it takes.", lang="en", date="2026-03-06")
    talks = next(m for m in f["meetings"] if "Ivo Maric" in attendee_names(f, m))
    assert len(f["meetings"]) == 2 and f["statements"][0]["meeting"] == talks["id"]


def test_meetings_the_meeting_in_a_town_the_knowledge_base_lacks_is_the_one_told_in_its_country(extract_text):
    # "des Treffens in Kelvik" refers to the talks just told to be in Norway: the town may lie there
    f = extract_text("Die Außenminister mehrerer Staaten sind am Dienstag in Norwegen zu Beratungen zusammengekommen. "
                     "Gastgeberin des Treffens in Kelvik ist die norwegische Außenministerin Ilse Marot.", date="2026-03-10")
    m = only_meeting(f)
    assert place_names(f, m) == ["Norway", "Kelvik"] and host_names(f, m) == {"Ilse Marot"}
    assert m["date"]["value"] == "2026-03-10"
    # a town the meeting's known city cannot hold is another meeting's
    f = extract_text("Die Außenminister mehrerer Staaten sind am Dienstag in Oslo zu Beratungen zusammengekommen. "
                     "Gastgeberin des Treffens in Kelvik ist die norwegische Außenministerin Ilse Marot.", date="2026-03-10")
    assert len(f["meetings"]) == 2


def test_meetings_a_person_met_where_the_trip_goes_is_not_elsewhere(extract_text):
    # "wo ein Treffen mit X … vorgesehen ist" places the meeting, not X away from it
    f = extract_text("Am Dienstag reist Kanzler Bernd Vollmer weiter nach Paris, wo ein Treffen mit Präsident Ivo Maric "
                     "im Élysée-Palast vorgesehen ist.", date="2026-05-11")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Bernd Vollmer", "Ivo Maric"} and absent_names(f, m) == set()
    assert m["status"] == "planned" and m["date"]["value"] == "2026-05-12"


def test_meetings_talks_about_a_possible_truce_were_held(extract_text):
    # an inflected "möglich" before a noun qualifies the topic, not the talks
    f = extract_text("Im Kanzleramt haben Präsident Ivo Maric und Kanzler Bernd Vollmer über einen möglichen "
                     "Waffenstillstand beraten.", date="2025-12-15")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ivo Maric", "Bernd Vollmer"} and m["status"] == "past"
    # a meeting that is only possible is none
    f = extract_text("Ein Treffen von Präsident Ivo Maric und Kanzler Bernd Vollmer im Juni sei möglich.", date="2025-12-15")
    assert f["meetings"] == []


def test_meetings_joining_on_a_day_after_a_flashback_joins_the_story_meeting(extract_text):
    f = extract_text("Im Kanzleramt hat Kanzler Bernd Vollmer Präsident Ivo Maric empfangen. Bereits am Sonntag hatten "
                     "Maric und Gesandter Tom Harlan fünf Stunden verhandelt. Am Montagabend kamen dann weitere "
                     "Regierungschefs hinzu, darunter Premierministerin Ilse Marot.", date="2025-12-15")
    sunday = next(m for m in f["meetings"] if (m["date"] or {}).get("value") == "2025-12-14")
    story = next(m for m in f["meetings"] if "Bernd Vollmer" in attendee_names(f, m))
    assert "Ilse Marot" in attendee_names(f, story) and "Ilse Marot" not in attendee_names(f, sunday)
    # joining with no day of its own stays with the meeting told last
    f = extract_text("Im Kanzleramt hat Kanzler Bernd Vollmer Präsident Ivo Maric empfangen. Bereits am Sonntag hatten "
                     "Maric und Gesandter Tom Harlan fünf Stunden verhandelt. Auch Premierministerin Ilse Marot nahm "
                     "teil.", date="2025-12-15")
    sunday = next(m for m in f["meetings"] if (m["date"] or {}).get("value") == "2025-12-14")
    assert "Ilse Marot" in attendee_names(f, sunday)


def test_meetings_a_unit_with_a_number_in_a_country_is_the_topic_not_the_place(extract_text):
    f = extract_text("Kanzler Bernd Vollmer hat heute Präsident Ivo Maric im Bendlerblock empfangen. Nach der Begrüßung "
                     "tauschten sich die beiden zum Aufbau der Panzerbrigade 45 in Litauen aus.", date="2025-12-03")
    m = only_meeting(f)
    assert place_names(f, m) == ["Bendlerblock"]


def test_meetings_a_host_greeting_the_participants_greets_them_at_the_meeting_told(extract_text):
    f = extract_text("Die Staats- und Regierungschefs haben bei ihrem Gipfel in Brüssel bis in die Nacht verhandelt. "
                     "Gastgeber Ivo Maric hatte die Teilnehmer am Donnerstagmorgen im Europa-Gebäude begrüßt.",
                     date="2025-12-19")
    m = only_meeting(f)
    assert host_names(f, m) == {"Ivo Maric"} and m["date"]["value"] == "2025-12-18"
    f = extract_text("Leaders negotiated late into the night at their summit in Brussels. Council President Ivo Maric had "
                     "welcomed the delegations at the Europa building on Thursday morning.", lang="en", date="2025-12-19")
    m = only_meeting(f)
    assert host_names(f, m) == {"Ivo Maric"} and m["date"]["value"] == "2025-12-18"


def test_meetings_an_english_host_noun_after_a_meeting_noun_is_no_verb(extract_text):
    # "summit host" is a compound: "host" there tells no meeting of its own in the present tense
    f = extract_text("Leaders met at their summit in Brussels. The summit host, Ivo Maric, had welcomed the delegations "
                     "on Thursday morning.", lang="en", date="2025-12-19")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2025-12-18" and host_names(f, m) == {"Ivo Maric"}


def test_meetings_an_english_call_with_partners_is_a_call_of_its_own(extract_text):
    f = extract_text("President Ivo Maric met Chancellor Bernd Vollmer in Rome on Sunday. European leaders, including "
                     "Prime Minister Ilse Marot, joined a call with Maric and Vollmer after the meeting.",
                     lang="en", date="2025-12-28")
    rome = next(m for m in f["meetings"] if place_names(f, m) == ["Rome"])
    assert attendee_names(f, rome) == {"Ivo Maric", "Bernd Vollmer"}
    call = next(m for m in f["meetings"] if m is not rome)
    assert call["virtual"] and {"Ilse Marot", "Ivo Maric", "Bernd Vollmer"} <= attendee_names(f, call)
    # a call for something, and a round called off, are no calls
    f = extract_text("President Ivo Maric renewed his call for a ceasefire on Sunday.", lang="en", date="2025-12-28")
    assert f["meetings"] == []
    f = extract_text("A round of talks in Vienna was called off at short notice.", lang="en", date="2025-12-28")
    assert [m["kind"] for m in f["meetings"]] == ["talks"]


def test_meetings_taking_part_in_a_meeting_with_an_adjective_after_its_article_is_a_new_one(extract_text):
    # "an einer anschließenden Videoschalte teilnehmen": a meeting not told before, not the plan told last
    f = extract_text("Kanzler Bernd Vollmer hat am Mittwoch mit Präsident Ivo Maric telefoniert. Beide vereinbarten, sich "
                     "Anfang Juni in Rom zu treffen. An einer anschließenden Videoschalte nahmen mehr als 30 Staats- und "
                     "Regierungschefs teil, darunter Premierministerin Ilse Marot.", date="2025-05-22")
    rome = next(m for m in f["meetings"] if place_names(f, m) == ["Rome"])
    assert "Ilse Marot" not in attendee_names(f, rome)
    video = next(m for m in f["meetings"] if "Ilse Marot" in attendee_names(f, m))
    assert video["virtual"] and video["status"] == "past"


@pytest.mark.parametrize("text, lang", [
    ("Außenminister Bernd Vollmer ist am Montag in Peking eingetroffen. Ein ursprünglich geplantes Treffen mit Präsident "
     "Ivo Maric kam nicht zustande.", "de"),
    ("Foreign Minister Bernd Vollmer arrived in Beijing on Monday. A planned meeting with President Ivo Maric did not "
     "take place.", "en"),
    # a meeting considered, envisaged
    ("Außenminister Bernd Vollmer ist am Montag in Peking eingetroffen. Ein zunächst erwogenes Treffen mit Präsident "
     "Ivo Maric kam nicht zustande.", "de"),
    ("Foreign Minister Bernd Vollmer arrived in Beijing on Monday. An envisaged meeting with President Ivo Maric did "
     "not take place.", "en")])
def test_meetings_a_planned_meeting_that_did_not_happen_was_called_off(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-12-08")
    called_off = next(m for m in f["meetings"] if m["status"] == "cancelled")
    assert attendee_names(f, called_off) == {"Bernd Vollmer", "Ivo Maric"} and absent_names(f, called_off) == set()


def test_meetings_a_meeting_that_did_not_happen_with_no_plan_told_is_none(extract_text):
    f = extract_text("Ein Treffen von Präsident Ivo Maric und Kanzler Bernd Vollmer fand nicht statt.", date="2025-12-08")
    assert f["meetings"] == []
    f = extract_text("Leaders met in Rome on Monday. President Ivo Maric did not take part.", lang="en", date="2025-12-08")
    assert absent_names(f, only_meeting(f)) == {"Ivo Maric"}


def test_meetings_a_host_receiving_the_guest_for_lunch_afterwards_hosts_the_lunch(extract_text):
    # "anschließend zu einem Mittagessen" is the purpose of "empfing": one event, after the talks, hosted by Liu; the
    # guest is the visitor, not the host named in the sentence before
    f = extract_text("Außenminister Bernd Vollmer ist am Montag zu seinem ersten Besuch in China eingetroffen. Nach einem "
                     "Vier-Augen-Gespräch mit seinem chinesischen Amtskollegen Liu Wen im Staatsgästehaus folgte eine "
                     "Unterredung im erweiterten Kreis. Liu empfing den Gast anschließend zu einem Mittagessen.",
                     date="2025-12-08")
    hosted = [m for m in f["meetings"] if host_names(f, m)]
    assert len(hosted) == 1 and host_names(f, hosted[0]) == {"Liu Wen"}
    assert attendee_names(f, hosted[0]) == {"Bernd Vollmer", "Liu Wen"}
    assert all("Mittagessen" in e["sentence"] for e in hosted[0]["evidence"])


def test_meetings_the_two_heads_of_state_and_their_pronoun_in_a_clause_after(extract_text):
    # "die beiden Staatsoberhäupter" (an umlaut plural) are the two presidents; "wo sie … teilnehmen" is they, not
    # the person the sentence before named
    f = extract_text("Präsident Ivo Maric hat am Dienstag die slowenische Präsidentin Ilse Marot in Wien empfangen. Auch "
                     "ein Treffen mit Parlamentspräsident Tom Harlan stand auf dem Programm. Am Mittwoch reisen die beiden "
                     "Staatsoberhäupter gemeinsam nach Kärnten, wo sie an einer Gedenkveranstaltung in Klagenfurt "
                     "teilnehmen.", date="2025-11-18")
    trip = next(m for m in f["meetings"] if m["status"] == "planned")
    assert attendee_names(f, trip) == {"Ivo Maric", "Ilse Marot"}
    # a schedule told in the preterite was held
    harlan = next(m for m in f["meetings"] if "Tom Harlan" in attendee_names(f, m))
    assert harlan["status"] == "past"


def test_meetings_a_talk_of_the_two_that_dates_the_sentence_is_the_meeting_told(extract_text):
    f = extract_text("Präsident Ivo Maric hat am Dienstag in Wien die slowenische Präsidentin Ilse Marot empfangen. Nach "
                     "einem Gespräch unter vier Augen traten die beiden Staatsoberhäupter gemeinsam vor die Presse.",
                     date="2025-11-18")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ivo Maric", "Ilse Marot"}
    # so is one the sentence names only by the guest told before ("zu Ehren des Gastes"): no talk of the guest alone
    f = extract_text("Bundespräsident Jan Obel hat heute Präsident Ivo Marić im Schloss Bellevue empfangen. Nach einem "
                     "Gespräch unter vier Augen gab der Bundespräsident ein Mittagessen zu Ehren des Gastes.", date="2025-10-01")
    assert all(attendee_names(f, m) == {"Jan Obel", "Ivo Marić"} for m in f["meetings"])


def test_meetings_the_day_of_an_arrival_told_as_done_dates_the_visit(extract_text):
    f = extract_text("Kanzler Bernd Vollmer ist zu einem unangekündigten Besuch in Kiew eingetroffen. Der Kanzler reiste "
                     "am Freitagmorgen mit dem Zug aus Polen an.", date="2025-05-10")
    assert only_meeting(f)["date"]["value"] == "2025-05-09"
    # one in the present may arrive the day before: no day for the visit from it
    f = extract_text("Kanzler Bernd Vollmer ist zu einem Besuch in Kiew eingetroffen. Er reist am Freitagmorgen mit dem "
                     "Zug an.", date="2025-05-08")
    assert only_meeting(f)["date"] is None


def test_meetings_no_in_a_venue_name_is_no_negation(extract_text):
    f = extract_text("Prime Minister Ivo Maric welcomed President Oskars Berzins to Downing Street on Monday. Berzins "
                     "was greeted on the doorstep of No 10 before the pair held talks in the Cabinet Room.",
                     lang="en", date="2025-12-08")
    assert all(m["absent"] == [] for m in f["meetings"])


def test_meetings_one_missing_in_the_present_is_absent(extract_text):
    f = extract_text("Die Verteidigungsminister der Nato-Staaten sind in Brüssel zusammengekommen. Für Deutschland nimmt "
                     "Minister Bernd Vollmer teil. Verteidigungsminister Ivo Maric fehlt.", date="2025-02-13")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Ivo Maric"} and "Bernd Vollmer" in attendee_names(f, m)


@pytest.mark.parametrize("text, lang", [
    ("Am Montag wurde Ministerpräsident Bernd Vollmer in Washington von Ministerin Ilse Marot empfangen. Im Anschluss an "
     "das Gespräch besuchte Vollmer das Kapitol.", "de"),
    ("Prime Minister Bernd Vollmer was received by Secretary Ilse Marot in Washington on Monday. Following the talks, "
     "Vollmer visited the Capitol.", "en")])
def test_meetings_a_visit_after_the_talks_in_a_phrase_of_sequence_is_its_own(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-10-14")
    assert len(f["meetings"]) == 2
    visit = next(m for m in f["meetings"] if not host_names(f, m))
    assert attendee_names(f, visit) == {"Bernd Vollmer"}


def test_meetings_a_talk_then_a_lunch_with_the_delegations_after_a_reception(extract_text):
    # the talk dates the lunch and is the reception's; the lunch with the delegations has host and guest
    f = extract_text("Am Mittwoch empfängt Kanzlerin Ilse Marot den finnischen Ministerpräsidenten Ivo Maric im "
                     "Kanzleramt. Nach einem Gespräch unter vier Augen folgt ein Mittagessen mit den Delegationen.",
                     date="2027-02-15")
    assert len(f["meetings"]) == 2
    reception, lunch = f["meetings"]
    assert host_names(f, reception) == {"Ilse Marot"} and any("Gespräch" == e["trigger"] for e in reception["evidence"])
    assert {"Ilse Marot", "Ivo Maric"} <= attendee_names(f, lunch)


def test_meetings_an_accepted_invitation_to_a_return_visit_with_no_destination_is_planned(extract_text):
    # "lud den Oberbürgermeister zu einem Gegenbesuch im Frühjahr ein": the inviter hosts a visit to come; the mayor
    # is the one named before, not the inviter the sentence names by surname
    f = extract_text("Oberbürgermeister Bernd Vollmer hat am Mittwoch Stadtpräsident Ivo Maric im Rathaus empfangen. "
                     "Maric lud den Oberbürgermeister zu einem Gegenbesuch im Frühjahr ein. Vollmer nahm die Einladung "
                     "an.", date="2025-10-09")
    held, planned = f["meetings"]
    assert host_names(f, held) == {"Bernd Vollmer"} and held["status"] == "past"
    assert planned["status"] == "planned" and host_names(f, planned) == {"Ivo Maric"}
    assert attendee_names(f, planned) == {"Ivo Maric", "Bernd Vollmer"}


def test_meetings_a_statement_after_a_plan_belongs_to_the_visit_held_unless_the_plan_was_just_told(extract_text):
    f = extract_text("Oberbürgermeister Bernd Vollmer hat am Mittwoch Stadtpräsident Ivo Maric im Rathaus empfangen. Maric "
                     "lud den Oberbürgermeister zu einem Gegenbesuch im Frühjahr ein. Vollmer nahm die Einladung an. Am "
                     "Abend gab es ein Konzert. „Wir haben viel voneinander gelernt“, so Maric zum Abschluss.",
                     date="2025-10-09")
    held = next(m for m in f["meetings"] if m["status"] == "past")
    assert f["statements"][0]["meeting"] == held["id"]
    # a plan told in the sentence just before is what the speaker speaks of
    f = extract_text("Präsident Ivo Maric hat am Dienstag Kanzler Bernd Vollmer in Rom empfangen. Seinen für Mittwoch "
                     "geplanten Besuch in Paris sagte Maric kurzfristig ab. Er wolle keine „Zufälle“, begründete er den "
                     "Schritt.", date="2025-10-08")
    paris = next(m for m in f["meetings"] if m["status"] != "past")
    assert f["statements"][0]["meeting"] == paris["id"]


def test_meetings_english_later_separately_and_summit_plans(extract_text):
    f = extract_text("Maric meets Vollmer in Budapest as summit plans stall\n\nSecretary Ivo Maric sat down with Minister "
                     "Bernd Vollmer in Budapest on Thursday. Vollmer later met separately with Minister Ilse Marot.",
                     lang="en", date="2025-10-23")
    assert len(f["meetings"]) == 2 and all(m["status"] == "past" for m in f["meetings"])
    talks = next(m for m in f["meetings"] if "Ivo Maric" in attendee_names(f, m))
    assert attendee_names(f, talks) == {"Ivo Maric", "Bernd Vollmer"}
    # the verb of planning still plans
    f = extract_text("Minister Bernd Vollmer plans to meet Secretary Ivo Maric in Budapest next week.", lang="en",
                     date="2025-10-23")
    assert only_meeting(f)["status"] == "planned"


@pytest.mark.parametrize("text, lang", [
    ("President Ivo Maric spoke by phone from Kyiv with Chancellor Bernd Vollmer on Monday.", "en"),
    ("Präsident Ivo Maric sprach am Montag telefonisch von Kiew aus mit Kanzler Bernd Vollmer.", "de")])
def test_meetings_speaking_by_phone_from_a_town_is_a_call_from_there(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-10-23")
    assert place_names(f, only_meeting(f)) == ["Kyiv"]


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Bernd Vollmer ist am Donnerstag mit den Regierungschefs der Länder zusammengekommen. Die Konferenz tagte "
     "zunächst ohne den Kanzler. Am Nachmittag stieß Vollmer dann hinzu.", "de"),
    ("Chancellor Bernd Vollmer met the state premiers on Thursday. The conference initially met without the chancellor. "
     "Vollmer joined in the afternoon.", "en")])
def test_meetings_one_missing_only_at_first_is_not_absent(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-12-05")
    m = only_meeting(f)
    assert absent_names(f, m) == set() and "Bernd Vollmer" in attendee_names(f, m)


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Bernd Vollmer und Präsident Ivo Maric sind am Samstag in Johannesburg zu einem Gespräch "
     "zusammengekommen. Es war das erste Treffen der beiden seit der Klimakonferenz im brasilianischen Belém.", "de"),
    ("Chancellor Bernd Vollmer and President Ivo Maric held talks in Johannesburg on Saturday. It was the first meeting "
     "of the two since the conference in Belém.", "en")])
def test_meetings_the_first_meeting_since_a_conference_is_the_one_told(extract_text, text, lang):
    # the conference after "seit"/"since" dates the meeting told and keeps its own place
    f = extract_text(text, lang=lang, date="2025-11-23")
    johannesburg = next(m for m in f["meetings"] if place_names(f, m) == ["Johannesburg"])
    assert attendee_names(f, johannesburg) == {"Bernd Vollmer", "Ivo Maric"}
    # the meeting in Belém, if any, is the conference, not "das erste Treffen" placed there
    assert all(m["kind"] in ("klimakonferenz", "conference") for m in f["meetings"] if place_names(f, m) == ["Belém"])


def test_meetings_a_headline_verb_is_the_meeting_the_body_tells_after_its_dateline(extract_text):
    f = extract_text("Weimarer Dreieck berät über Ukraine\n\nWarschau. Die Außenminister Deutschlands, Frankreichs und "
                     "Polens sind am Mittwoch in Warschau zusammengetroffen. Zu den Beratungen wurde auch Kommissarin "
                     "Jana Obel per Video zugeschaltet.", date="2025-09-10")
    m = only_meeting(f)
    assert "Jana Obel" in attendee_names(f, m) and m["date"]["value"] == "2025-09-10"


def test_meetings_a_day_of_its_own_outweighs_after_the_meeting(extract_text):
    f = extract_text("Die Minister Bernd Vollmer und Ilse Marot sind am Mittwoch in Warschau zusammengetroffen. Nach dem "
                     "Treffen reisten Vollmer und Marot gemeinsam weiter nach Kiew, wo sie am Donnerstag Präsident Ivo "
                     "Maric treffen wollen.", date="2025-09-10")
    kyiv = next(m for m in f["meetings"] if "Ivo Maric" in attendee_names(f, m))
    assert kyiv["date"]["value"] == "2025-09-11"


def test_meetings_a_commentary_names_no_one_at_talks_to_come_nor_a_summit_it_wishes_for(extract_text):
    f = extract_text("Ein Treffen zwischen Präsident Ivo Maric und Präsident Bernd Vollmer wäre jetzt der nächste Schritt. "
                     "Europa muss sich fragen, ob es bei künftigen Gesprächen mit am Tisch sitzen will. Vielleicht bräuchte "
                     "es einen Sondergipfel der EU.", date="2025-08-17")
    assert all(m["attendees"] == [] for m in f["meetings"])
    assert all(m["kind"] != "sondergipfel" for m in f["meetings"])


def test_meetings_an_offer_to_host_hosts_no_meeting_told(extract_text):
    f = extract_text("The meeting in Rome in August ended without a deal. Prime Minister Ivo Maric has offered to host any "
                     "talks.", lang="en", date="2025-11-10")
    assert all(m["hosts"] == [] for m in f["meetings"])


@pytest.mark.parametrize("text, lang", [
    ("The idea of a Maric-Vollmer summit in Budapest has been floated repeatedly since October.", "en"),
    ("Die Idee eines Gipfels von Präsident Ivo Maric und Kanzler Bernd Vollmer in Budapest wird seit Oktober immer "
     "wieder ins Spiel gebracht.", "de")])
def test_meetings_the_idea_of_a_summit_is_no_meeting(extract_text, text, lang):
    assert extract_text(text, lang=lang, date="2025-11-10")["meetings"] == []


@pytest.mark.parametrize("text, lang", [
    ("Ministerpräsident Bernd Vollmer hat Regierungschef Ivo Maric in der Dresdner Staatskanzlei empfangen. Es war "
     "Marics erster Besuch in Sachsen seit seiner Rückkehr ins Amt.", "de"),
    ("Premier Bernd Vollmer received Prime Minister Ivo Maric in Dresden on Monday. It was his first visit to Saxony "
     "since his return to office.", "en")])
def test_meetings_it_was_his_first_visit_is_the_meeting_told(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-12-18")
    m = only_meeting(f)
    assert host_names(f, m) == {"Bernd Vollmer"}


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Bernd Vollmer wird am kommenden Dienstag Premier Ivo Maric im Kanzleramt empfangen. Es ist Marics erster "
     "Besuch in Berlin seit seinem Amtsantritt.", "de"),
    ("Chancellor Bernd Vollmer will receive Prime Minister Ivo Maric at the Chancellery next Tuesday. It is Maric's "
     "first visit to Berlin since taking office.", "en")])
def test_meetings_a_copula_in_the_present_names_the_planned_meeting_told(extract_text, text, lang):
    # "Es ist sein erster Besuch" says what the planned reception is, in the present: no visit of its own, held
    f = extract_text(text, lang=lang, date="2025-12-18")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-12-23"
    assert attendee_names(f, m) == {"Bernd Vollmer", "Ivo Maric"}


def test_meetings_a_reception_by_another_host_in_another_building_is_its_own(extract_text):
    # the greeting at the airport is one event, the chancellor's reception at the chancellery another; "der beiden"
    # are he (the guest the pronoun stands for) and the chancellor, not the minister named before
    f = extract_text("Präsident Ivo Maric ist am Mittwoch zu einem Besuch in Berlin eingetroffen. Am Flughafen BER wurde er "
                     "von Außenminister Tom Harlan begrüßt. Anschließend fuhr er ins Kanzleramt, wo er von Kanzler Bernd "
                     "Vollmer empfangen wurde. An dem Gespräch der beiden nahm auch Ministerin Ilse Marot teil.",
                     date="2025-08-13")
    chancellery = next(m for m in f["meetings"] if "Bernd Vollmer" in host_names(f, m))
    assert host_names(f, chancellery) == {"Bernd Vollmer"}
    assert attendee_names(f, chancellery) == {"Ivo Maric", "Bernd Vollmer", "Ilse Marot"}


def test_meetings_a_state_ready_to_host_hosts_nothing(extract_text):
    f = extract_text("Secretary Ivo Maric met Minister Bernd Vollmer in Budapest on Thursday. Prime Minister Tom Harlan, "
                     "who hosted the talks, said afterward that Hungary stood ready to host the leaders as well.",
                     lang="en", date="2025-10-23")
    m = only_meeting(f)
    assert host_names(f, m) == {"Tom Harlan"}


def test_meetings_that_session_points_at_the_one_on_the_sidelines(extract_text):
    f = extract_text("Defence ministers met at the alliance's headquarters in Brussels on Thursday. Secretary Tom Harlan "
                     "attended the meeting. Minister Ivo Maric joined a session of the contact group on the sidelines, "
                     "which was chaired by Minister Bernd Vollmer. Harlan skipped that session.", lang="en", date="2025-06-05")
    main, side = f["meetings"]  # the ministers' meeting, told first, and the session on its sidelines
    assert "Tom Harlan" in attendee_names(f, main) and absent_names(f, main) == set()
    assert "Ivo Maric" in attendee_names(f, side) and absent_names(f, side) == {"Tom Harlan"}


def test_meetings_chaired_by_two_with_their_states_possessive(extract_text):
    f = extract_text("Ministers met in Brussels on Thursday. The session was chaired by Britain's Ivo Maric and Germany's "
                     "Bernd Vollmer.", lang="en", date="2025-06-05")
    assert host_names(f, only_meeting(f)) == {"Ivo Maric", "Bernd Vollmer"}


def test_meetings_an_agreement_made_at_a_meeting_dates_it(extract_text):
    f = extract_text("Defence ministers agreed on Thursday on new targets at a meeting in Brussels.", lang="en",
                     date="2025-06-06")
    assert only_meeting(f)["date"]["value"] == "2025-06-05"
    # a meeting agreed on is dated by its own words, not by the day of the agreement
    f = extract_text("Die Minister Ivo Maric und Bernd Vollmer vereinbarten am Montag ein Treffen in Brüssel.",
                     date="2025-06-06")
    assert only_meeting(f)["date"] is None


def test_meetings_a_meeting_announced_as_an_object_is_planned_and_not_dated_by_the_announcement(extract_text):
    f = extract_text("Regierungschef Ivo Maric kündigte am Dienstag einen Gegenbesuch in Wien an.", date="2025-06-06")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"] is None
    f = extract_text("Am Dienstag kündigte Regierungschef Ivo Maric einen Besuch in Wien im Juli an.", date="2025-06-06")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-07"
    f = extract_text("Prime Minister Ivo Maric announced on Tuesday a visit to Vienna.", lang="en", date="2025-06-06")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"] is None
    # a meeting named in a phrase that sets the scene of the announcement was held
    f = extract_text("Nach dem Treffen mit Kanzler Bernd Vollmer kündigte Regierungschef Ivo Maric neue Hilfen an.",
                     date="2025-06-06")
    assert only_meeting(f)["status"] == "past"


def test_meetings_a_meal_given_later_is_an_event_of_its_own_and_its_holder_hosts(extract_text):
    f = extract_text("President Tom Hale hosted Prime Minister Ivo Maric at the Presidential Palace on Tuesday, greeting "
                     "him with a lavish welcome. On Tuesday evening, Hale held a dinner in honor of Maric.", lang="en")
    welcome, dinner = f["meetings"]
    # "a lavish welcome" is a noun: nothing to come
    assert welcome["status"] == "past" and dinner["status"] == "past"
    assert dinner["trigger"] == "dinner" and host_names(f, dinner) == {"Tom Hale"}
    assert attendee_names(f, dinner) == {"Tom Hale", "Ivo Maric"}
    # "held talks" hosts nothing
    m = only_meeting(extract_text("On Tuesday, President Tom Hale held talks with Ivo Maric in Oslo.", lang="en"))
    assert m["hosts"] == []
    f = extract_text("Präsident Tom Hale empfing Regierungschef Ivo Marić am Dienstag im Schloss Bellevue. Am Dienstag "
                     "gab Hale zudem ein Abendessen zu Ehren des Gastes.")
    assert [m["trigger"] for m in f["meetings"]] == ["empfing", "Abendessen"]


def test_meetings_a_hill_a_summit_meets_on_and_a_states_genitive_is_no_place(extract_text):
    f = extract_text("Innenministerin Alma Keller hat sich am Freitag mit ihren Amtskollegen Jan Obel und Lars Grube auf "
                     "der Wolkenspitze getroffen. Bei dem Treffen auf Deutschlands höchstem Berg ging es um Migration. "
                     "Auch Kommissar Piet Varga nahm an den Beratungen teil.")
    m = only_meeting(f)  # the definite noun on the state's hill is the meeting told, not one in Germany
    assert place_names(f, m) == ["Wolkenspitze"]
    assert attendee_names(f, m) == {"Alma Keller", "Jan Obel", "Lars Grube", "Piet Varga"}
    f = extract_text("Die Minister Jan Obel und Lars Grube kamen am Sonntag auf dem Lindenstock zusammen.")
    assert place_names(f, only_meeting(f)) == ["Lindenstock"]
    # a word of the language names no hill, nor does the head alone
    m = only_meeting(extract_text("Die Minister Jan Obel und Lars Grube kamen am Sonntag an der Spitze des Bergs zusammen."))
    assert m["places"] == []


def test_meetings_talks_in_the_bundestag_and_a_date_that_closes_a_nouns_phrase(extract_text):
    f = extract_text("Ministerin Alma Keller führte am Montag Gespräche mit Jan Obel im Bundestag.")
    assert place_names(f, only_meeting(f)) == ["Bundestag"]
    # "vom Donnerstag" closes the summit's phrase: the Bundestag is where she defended it, not where it met
    f = extract_text("Kanzlerin Alma Keller hat die Ergebnisse des Gipfels vom Donnerstag im Bundestag verteidigt.")
    assert only_meeting(f)["places"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Prime Minister Tom Oakes hosted President Ana Ruiz in Oslo on Tuesday. Minister Jan Obel was not at the talks."),
    ("de", "Premier Tom Oakes hat am Dienstag Präsidentin Ana Ruiz in Oslo empfangen. Minister Jan Obel war nicht bei dem "
           "Treffen."),
])
def test_meetings_one_who_was_not_at_the_meeting_is_absent(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-09-04")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Jan Obel"} and "Jan Obel" not in attendee_names(f, m)
    # speaking, arriving at it: there
    f = extract_text("Prime Minister Tom Oakes hosted President Ana Ruiz in Oslo on Tuesday. Minister Jan Obel did not "
                     "speak at the talks.", lang="en", date="2026-09-04")
    assert absent_names(f, only_meeting(f)) == set()


def test_meetings_an_absence_told_in_one_main_clause_is_not_from_the_next_ones_meeting(extract_text):
    f = extract_text("Kanzler Tom Hale reiste am Dienstag nach Rom. Außenminister Jan Obel nahm an der Reise nicht teil; "
                     "er traf am Dienstag in Wien seinen Amtskollegen Lars Grube.")
    trip, talk = f["meetings"]
    assert absent_names(f, trip) == {"Jan Obel"}
    assert attendee_names(f, talk) == {"Jan Obel", "Lars Grube"} and talk["absent"] == []
    # the one accompanied is not missing; the one not coming along is at the meeting of the clause after
    f = extract_text("Kanzler Tom Hale ist am Dienstag in Rom mit Ivo Marić zusammengetroffen. Außenministerin Alma Keller "
                     "begleitet den Kanzler nicht; sie nimmt in Brüssel am Treffen der EU-Außenminister teil.")
    rome, brussels = f["meetings"]
    assert attendee_names(f, rome) == {"Tom Hale", "Ivo Marić"} and absent_names(f, rome) == {"Alma Keller"}
    assert attendee_names(f, brussels) == {"Alma Keller"} and brussels["absent"] == []
    # after a comma too: missing from the one, at the other
    f = extract_text("Kanzler Tom Hale traf am Dienstag Ivo Marić. Außenministerin Alma Keller fehlte bei dem Gespräch, "
                     "sie nahm an einem Treffen in Luxemburg teil.")
    talk, luxembourg = f["meetings"]
    assert absent_names(f, talk) == {"Alma Keller"}
    assert attendee_names(f, luxembourg) == {"Alma Keller"} and luxembourg["absent"] == []
    # with no meeting word in the clause of the absence: missing from the meeting told before
    f = extract_text("Das Kabinett ist am Mittwoch im Kanzleramt zusammengetreten. Ministerin Alma Keller fehlte, sie war "
                     "zu einem Treffen der Finanzminister nach Luxemburg gereist.", date="2027-10-20")
    cabinet, luxembourg = f["meetings"]
    assert absent_names(f, cabinet) == {"Alma Keller"}
    assert attendee_names(f, luxembourg) == {"Alma Keller"} and luxembourg["absent"] == []
    # a cabinet meets as one body in English too
    f = extract_text("The cabinet met at Downing Street on Wednesday. Chancellor Alma Keller was absent, she had "
                     "travelled to Luxembourg for a meeting of finance ministers.", lang="en", date="2027-10-20")
    cabinet, luxembourg = f["meetings"]
    assert absent_names(f, cabinet) == {"Alma Keller"} and cabinet["date"]["value"] == "2027-10-20"


def test_meetings_the_building_of_the_leads_town_in_the_next_sentence_is_the_leads(extract_text):
    f = extract_text("Prime Minister Tom Hale will host European leaders in London on Sunday. The prime minister is expected "
                     "to welcome Ivo Maric, Jan Obel and Lars Grube to Lancaster House.", lang="en")
    m = only_meeting(f)  # the list of persons ends no clause: the venue after it is the verb's
    assert set(place_names(f, m)) == {"Lancaster House", "London"}
    assert {"Ivo Maric", "Jan Obel", "Lars Grube", "Tom Hale"} <= attendee_names(f, m)
    assert host_names(f, m) == {"Tom Hale"} and m["date"]["value"] == "2025-04-13"


def test_meetings_the_chair_before_an_apposition_that_names_no_one_hosts(extract_text):
    f = extract_text("Foreign ministers met in Oslo on Monday, with Ilka Senn, the bloc's top diplomat, chairing the session.",
                     lang="en")
    assert host_names(f, only_meeting(f)) == {"Ilka Senn"}


def test_meetings_greeted_by_in_the_passive_is_a_meeting_and_apec_is_a_format(extract_text):
    f = extract_text("Prime Minister Ivo Maric was greeted at the Summer Palace by President Tom Hale on Monday.", lang="en")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ivo Maric", "Tom Hale"} and host_names(f, m) == {"Tom Hale"}
    # what hosts do at a meeting told is no meeting of its own
    f = extract_text("Leaders are arriving in Oslo for the summit. Hosts Tom Hale and Ivo Maric will greet each delegation.",
                     lang="en")
    assert [m["trigger"] for m in f["meetings"]] == ["arriving"]
    # the forum on whose sidelines two meet is a format, no person with a given name first
    f = extract_text("Tom Hale will meet Ivo Maric on Thursday on the sidelines of the Asia-Pacific Economic Cooperation "
                     "forum in Gyeongju.", lang="en")
    assert not [a for a in f["actors"] if a["type"] == "person" and "Asia" in a["name"]]


def test_meetings_a_meal_at_another_hosts_house_during_a_summit_is_its_own(extract_text):
    f = extract_text("Die Staats- und Regierungschefs der Nato haben sich bei ihrem Gipfel in Den Haag verständigt. Gastgeber "
                     "war Generalsekretär Tom Hale, der das Treffen im World Forum leitete. Präsident Ivo Marić nahm nur am "
                     "Abendessen beim Bürgermeister Jan Obel im Palast Huis ten Bosch teil.")
    summit, dinner = f["meetings"]
    assert host_names(f, summit) == {"Tom Hale"} and "Ivo Marić" not in attendee_names(f, summit)
    assert host_names(f, dinner) == {"Jan Obel"} and attendee_names(f, dinner) == {"Ivo Marić", "Jan Obel"}


def test_meetings_the_name_in_apposition_before_a_clause_opened_by_its_verb_hosts(extract_text):
    for text in ["Die Präsidentin des Parlaments, Alma Keller, hat am Montag Generalsekretär Jan Obel zu einem Gespräch empfangen.",
                 "Die Präsidentin des Parlaments, Alma Keller, empfing am Montag Generalsekretär Jan Obel."]:
        f = extract_text(text)
        m = only_meeting(f)
        assert host_names(f, m) == {"Alma Keller"} and attendee_names(f, m) == {"Alma Keller", "Jan Obel"}


def test_meetings_a_role_in_the_dative_plural_refers_to_no_one_named_before(extract_text):
    f = extract_text("Außenminister Jan Obel hat am Montag Lars Grube empfangen. Kanzler Tom Hale will am Mittwoch in "
                     "Berlin mit seinen Ministern über den Haushalt beraten.")
    budget = next(m for m in f["meetings"] if "Tom Hale" in attendee_names(f, m))
    assert "Jan Obel" not in attendee_names(f, budget)


def test_meetings_a_meeting_noun_in_an_offices_genitive_is_the_meeting_told_or_none(extract_text):
    f = extract_text("Die Präsidentin der UN-Generalversammlung, Alma Keller, sprach am Montag in Berlin über Reformen.")
    assert f["meetings"] == []
    f = extract_text("Der Vorsitzende der Münchner Sicherheitskonferenz, Jan Obel, kritisierte am Montag die Regierung.")
    assert f["meetings"] == []
    # told before, it is that meeting, and its chair is there
    f = extract_text("Die Regierungschefs der Länder trafen sich am Donnerstag mit Kanzler Tom Hale im Kanzleramt. Die "
                     "Vorsitzende der Länderrunde, Sachsens Ministerpräsidentin Alma Keller, sprach von einem Erfolg.")
    assert "Alma Keller" in attendee_names(f, only_meeting(f))


def test_meetings_a_wires_dateline_in_capitals_is_the_known_city(extract_text):
    f = extract_text("NEW DELHI (Reuters) - Prime Minister Ivo Maric met President Tom Hale on Friday.", lang="en")
    m = only_meeting(f)
    assert place_names(f, m) == ["New Delhi"] and m["places"] == ["city:1261481"]


def test_meetings_a_place_in_a_phrase_of_cause_is_where_the_cause_is(extract_text):
    f = extract_text("Der Verteidigungsausschuss tagte am Mittwoch in Berlin. Generalinspekteur Karl Brenner nahm wegen "
                     "eines Termins in Litauen nicht an der Sitzung teil.")
    m = only_meeting(f)  # the session told before, not a meeting in Lithuania
    assert place_names(f, m) == ["Berlin"]
    assert absent_names(f, m) == {"Karl Brenner"}  # the state where he is instead is not missing
    f = extract_text("The defence committee met in London on Wednesday. General Karl Brenner did not attend the session "
                     "because of a trip to Lithuania.", lang="en")
    m = only_meeting(f)
    assert place_names(f, m) == ["London"] and absent_names(f, m) == {"Karl Brenner"}


def test_meetings_a_meeting_in_a_phrase_of_cause_is_not_what_was_joined_or_missed(extract_text):
    f = extract_text("Kanzler Tom Hale empfing am Mittwoch die Regierungschefs der Länder im Kanzleramt. Die Staatskanzlei "
                     "teilte mit, Ministerpräsidentin Alma Keller habe wegen einer Kabinettssitzung in Erfurt nur per "
                     "Video teilgenommen. Wegen des Gipfels in Brüssel fehlte Ministerpräsident Jan Obel.")
    m = only_meeting(f)  # she joined, he missed the meeting told; the cabinet session and the summit are the causes
    assert place_names(f, m) == ["Federal Chancellery"]
    assert "Alma Keller" in attendee_names(f, m) and absent_names(f, m) == {"Jan Obel"}
    f = extract_text("Prime Minister Tom Hale hosted the leaders of the Nordic states in London on Monday. Because of a "
                     "cabinet meeting in Oslo, Prime Minister Alma Keller joined by video.", lang="en")
    m = only_meeting(f)
    assert place_names(f, m) == ["London"] and "Alma Keller" in attendee_names(f, m)


def test_meetings_a_meeting_with_someone_after_a_reception_is_the_one_the_story_follows(extract_text):
    # the guest, named before the reception, goes on to the next talk of the visit
    f = extract_text("Präsident Jan Obel wird am 30. April zu einem Besuch in Deutschland erwartet. Bundespräsident Tom "
                     "Hale werde ihn im Schloss Bellevue empfangen. Anschließend sei ein Treffen mit Kanzlerin Alma Keller "
                     "im Kanzleramt vorgesehen.")
    by_place = {place_names(f, m)[0]: m for m in f["meetings"]}
    assert attendee_names(f, by_place["Federal Chancellery"]) == {"Jan Obel", "Alma Keller"}
    # a guest first named in the reception: the host's story goes on
    f = extract_text("Kanzler Tom Hale empfing am Montag Präsident Jan Obel in Berlin. Am Dienstag ist ein Treffen mit "
                     "Premierministerin Alma Keller geplant.")
    planned = next(m for m in f["meetings"] if m["status"] == "planned")
    assert attendee_names(f, planned) == {"Tom Hale", "Alma Keller"}


def test_meetings_a_meeting_of_the_kind_told_is_that_meeting_unless_it_has_its_own_date(extract_text):
    f = extract_text("Die Außenminister der Europäischen Union haben sich bei ihrem Treffen in Brüssel nicht auf neue "
                     "Sanktionen einigen können. Außenministerin Alma Keller, die erstmals an einem solchen Treffen "
                     "teilnahm, warb für eine schnelle Einigung.")
    assert "Alma Keller" in attendee_names(f, only_meeting(f))
    f = extract_text("Die Außenminister der Europäischen Union haben sich am Montag bei ihrem Treffen in Brüssel nicht auf "
                     "neue Sanktionen einigen können. Ein solches Treffen ist erneut für Mai in Luxemburg geplant.")
    assert sorted(m["status"] for m in f["meetings"]) == ["past", "planned"]


def test_meetings_addressing_the_meeting_by_video_is_taking_part_from_afar(extract_text):
    f = extract_text("Die Innenminister der Länder berieten am Donnerstag in Bremen. Der ukrainische Innenminister Ivo "
                     "Kral wandte sich per Video an die Teilnehmer.")
    m = only_meeting(f)
    assert "Ivo Kral" in attendee_names(f, m) and place_names(f, m) == ["Bremen"]
    # at a summit the link-up is a record of its own, where and when the summit is, with the summit's groups
    f = extract_text("European leaders met for a summit in Brussels on Thursday. Ukraine's president, Ivo Kral, addressed "
                     "the leaders by video.", lang="en")
    linked = next(m for m in f["meetings"] if m["virtual"])
    assert "Ivo Kral" in attendee_names(f, linked) and place_names(f, linked) == ["Brussels"]
    assert len(linked["attendees"]) == len({a["actor"] for a in linked["attendees"]})  # each once


def test_meetings_a_place_at_the_end_of_a_longer_phrase_of_cause_is_the_causes(extract_text):
    f = extract_text("Defence ministers gathered in Rome on Friday for talks on air defence. Defence Minister Karl Brenner "
                     "joined by video link because of a parliamentary vote in Berlin.", lang="en")
    m = only_meeting(f)
    assert place_names(f, m) == ["Rome"] and "Karl Brenner" in attendee_names(f, m)


def test_meetings_one_invited_in_the_passive_is_expected_at_the_meeting_told(extract_text):
    f = extract_text("Präsident Jan Obel und Kanzler Tom Hale wollen sich in der kommenden Woche in Paris treffen. Auch "
                     "der polnische Regierungschef Karl Brenner ist eingeladen.")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Tom Hale", "Karl Brenner"}
    f = extract_text("President Jan Obel and Chancellor Tom Hale will meet in Paris next week. Poland's prime minister "
                     "Karl Brenner has also been invited.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Tom Hale", "Karl Brenner"}
    f = extract_text("Präsident Jan Obel und Kanzler Tom Hale wollen sich in der kommenden Woche in Paris treffen. Karl "
                     "Brenner wurde nicht eingeladen.")
    assert absent_names(f, only_meeting(f)) == {"Karl Brenner"}


def test_meetings_one_who_had_themselves_represented_is_absent(extract_text):
    f = extract_text("Die Ministerpräsidenten der Länder haben sich am Mittwoch in Schwerin getroffen. Ministerpräsident "
                     "Karl Brenner ließ sich wegen eines Termins in Dresden vertreten.")
    m = only_meeting(f)  # someone unnamed stood in for him; Dresden is where his appointment was
    assert absent_names(f, m) == {"Karl Brenner"} and "Karl Brenner" not in attendee_names(f, m)
    assert place_names(f, m) == ["Schwerin"]


def test_meetings_the_two_after_an_inviter_named_with_von_are_the_two_named_before(extract_text):
    f = extract_text("Präsident Jan Obel ist am Montag von Präsident Tom Hale im Schloss Bellevue empfangen worden. Auf "
                     "Einladung von Kanzlerin Alma Keller kamen beide Präsidenten anschließend zu einem Mittagessen im "
                     "Kanzleramt zusammen.")
    lunch = next(m for m in f["meetings"] if place_names(f, m) == ["Federal Chancellery"])
    assert attendee_names(f, lunch) == {"Jan Obel", "Tom Hale", "Alma Keller"} and host_names(f, lunch) == {"Alma Keller"}


def test_meetings_the_ministers_after_two_named_are_those_two(extract_text):
    f = extract_text("Defence Secretary Karl Brenner met his German counterpart Tom Hale in Berlin on Monday. The ministers "
                     "also visited troops at a barracks in Potsdam.", lang="en")
    visit = next(m for m in f["meetings"] if place_names(f, m) == ["Potsdam"])
    assert attendee_names(f, visit) == {"Karl Brenner", "Tom Hale"}


def test_meetings_the_leaders_after_a_bilateral_of_two_are_those_two(extract_text):
    f = extract_text("Prime Minister Karl Brenner has held a bilateral meeting with his counterpart Tom Hale in Oslo. The "
                     "leaders met for about an hour on Tuesday.", lang="en", date="2026-10-21")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Karl Brenner", "Tom Hale"} and m["date"]["value"] == "2026-10-20"
    # (not the last two of more of that office: the leaders are all of them)
    f = extract_text("President Ana Ruiz hosted Chancellor Karl Brenner, Prime Minister Tom Hale and Prime Minister Ivo "
                     "Kahl in Oslo on Monday. The leaders met again on Tuesday.", lang="en", date="2026-10-21")
    assert all("leaders" in attendee_names(f, m) for m in f["meetings"] if m["date"]["value"] == "2026-10-20")


def test_meetings_one_more_item_with_a_place_of_its_own_is_another_event(extract_text):
    f = extract_text("Parlamentspräsidentin Alma Keller ist am Donnerstag zu einem Besuch in Israel eingetroffen. Auf dem "
                     "Programm stehen Gespräche mit Präsident Jan Obel. Außerdem will Keller die Gedenkstätte Yad Vashem "
                     "besuchen.")
    talks = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert place_names(f, talks) == ["Israel"]  # where the visit is, not the memorial of the item after it
    assert any(place_names(f, m) == ["Gedenkstätte Yad Vashem"] for m in f["meetings"] if m is not talks)


@pytest.mark.parametrize("text, lang", [
    ("President Jan Obel arrived in Washington on Wednesday ahead of a White House meeting with President Tom Hale on "
     "Friday.", "en"),
    ("Präsident Jan Obel traf am Mittwoch in Washington ein, im Vorfeld eines Treffens mit Präsident Tom Hale am "
     "Freitag.", "de")])
def test_meetings_a_meeting_ahead_of_which_someone_arrived_is_theirs_and_after_it(extract_text, text, lang):
    f = extract_text(text, lang=lang)  # (the article is of Thursday 10 April: the Friday after that Wednesday)
    ahead = next(m for m in f["meetings"] if "Tom Hale" in attendee_names(f, m))
    assert ahead["status"] == "planned" and ahead["date"]["value"] == "2025-04-11"
    assert attendee_names(f, ahead) == {"Jan Obel", "Tom Hale"}


@pytest.mark.parametrize("text, lang", [
    ("Prime Minister Tom Hale and President Jan Obel met in London on Monday. Obel is due to host Hale in Dublin later "
     "this year.", "en"),
    ("Premierminister Tom Hale und Präsident Jan Obel trafen sich am Montag in London. Obel will Hale später im Jahr in "
     "Dublin empfangen.", "de")])
def test_meetings_later_this_year_is_no_later_that_day(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    dublin = next(m for m in f["meetings"] if place_names(f, m) == ["Dublin"])
    assert dublin["status"] == "planned" and dublin["date"] is None  # (not Monday's, nor any day: the year alone)


@pytest.mark.parametrize("text, lang", [
    ("Prime Minister Tom Hale and President Jan Obel met in London on Monday. The two leaders, who last met at a summit "
     "in Tirana in March, also discussed energy.", "en"),
    ("Premierminister Tom Hale und Präsident Jan Obel trafen sich am Montag in London. Die beiden Politiker, die sich "
     "im März in Tirana getroffen hatten, sprachen über Energie.", "de")])
def test_meetings_the_two_a_relative_clause_is_on_are_the_two_named_before(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    tirana = next(m for m in f["meetings"] if place_names(f, m) == ["Tirana"])
    assert attendee_names(f, tirana) == {"Tom Hale", "Jan Obel"}


def test_meetings_two_days_of_talks_wrapped_up_in_a_town_of_a_province_began_the_day_before(extract_text):
    f = extract_text("Foreign ministers wrapped up two days of talks in Charlevoix, Quebec, on Friday with a joint "
                     "statement. The meeting was chaired by Canada's foreign minister, Alma Keller.", lang="en")
    m = only_meeting(f)  # (the province is no clause of its own; Friday 4 April ended the talks: they began Thursday)
    assert m["date"]["value"] == "2025-04-03" and host_names(f, m) == {"Alma Keller"}


@pytest.mark.parametrize("sentence, lang", [
    ("Auch Kommissar Karl Brenner sagte seine Teilnahme zu.", "de"),
    ("Auch Kommissar Karl Brenner hat seine Teilnahme zugesagt.", "de"),
    ("Commissioner Karl Brenner has confirmed his attendance.", "en")])
def test_meetings_confirming_ones_participation_is_taking_part(extract_text, sentence, lang):
    opening = {"de": "Innenministerin Alma Keller hat zu einem Gipfel nach Berlin eingeladen. Das Treffen soll am "
                     "12. Mai stattfinden. ",
               "en": "Interior Minister Alma Keller will host a summit in Berlin on 12 May. "}[lang]
    f = extract_text(opening + sentence, lang=lang)
    m = only_meeting(f)  # ("sagte … zu" confirms; only "sagte … ab" withdraws)
    assert "Karl Brenner" in attendee_names(f, m) and absent_names(f, m) == set()


@pytest.mark.parametrize("sentence, lang, attends", [
    ("Kommissar Karl Brenner folgte der Einladung.", "de", True),
    ("Kommissar Karl Brenner hatte die Einladung angenommen.", "de", True),
    ("Kommissar Karl Brenner war der Einladung nicht gefolgt.", "de", False),
    ("Kommissar Karl Brenner lehnte die Einladung ab.", "de", False),
    ("Kommissar Karl Brenner schlug die Einladung aus.", "de", False),
    ("Commissioner Karl Brenner accepted the invitation.", "en", True),
    ("Commissioner Karl Brenner did not accept the invitation.", "en", False),
    ("Commissioner Karl Brenner declined the invitation.", "en", False),
    ("Commissioner Karl Brenner rejected an invitation to attend.", "en", False)])
def test_meetings_an_invitation_taken_up_is_taking_part_and_one_turned_down_an_absence(extract_text, sentence, lang,
                                                                                         attends):
    opening = {"de": "Die Innenminister trafen sich am Montag in Genf. ",
               "en": "The interior ministers met in Geneva on Monday. "}[lang]
    f = extract_text(opening + sentence, lang=lang)
    m = only_meeting(f)  # (the meeting was held: turning the invitation down calls nothing off)
    assert m["status"] == "past"
    assert ("Karl Brenner" in attendee_names(f, m)) is attends and ("Karl Brenner" in absent_names(f, m)) is not attends


@pytest.mark.parametrize("text, lang", [
    ("Präsident Jan Obel, der am Vortag in Ankara Präsident Tom Oakes getroffen hatte, nannte die russische Delegation "
     "eine Attrappe.", "de"),
    ("President Jan Obel, who met President Tom Oakes in Ankara the day before, called the Russian delegation a sham.",
     "en")])
def test_meetings_a_meeting_in_a_relative_clause_on_a_name_has_none_of_the_main_clause_after_it(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-05-16")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Tom Oakes"} and m["date"]["value"] == "2025-05-15"


@pytest.mark.parametrize("second, lang", [
    ("Senatorin Alma Keller blieb dem Treffen fern, Portugal schickte eine Diplomatin.", "de"),
    ("Senatorin Alma Keller blieb dem Treffen fern, Portugal wurde durch eine Diplomatin vertreten.", "de"),
    ("Senator Alma Keller stayed away, and Portugal was represented by a junior diplomat.", "en")])
def test_meetings_a_state_sending_an_unnamed_diplomat_takes_part_while_its_minister_stays_away(extract_text, second, lang):
    opening = {"de": "Die Außenminister kamen am Donnerstag in Genf zusammen. ",
               "en": "The foreign ministers met in Geneva on Thursday. "}[lang]
    f = extract_text(opening + second, lang=lang)
    m = only_meeting(f)
    assert absent_names(f, m) == {"Alma Keller"} and "Portugal" in attendee_names(f, m)


@pytest.mark.parametrize("noun, lang", [
    ("Die Kabinettsklausur", "de"), ("Die Sondierung", "de"), ("Die MPK", "de"), ("Die Gedenkveranstaltung", "de"),
    ("The signing ceremony", "en"), ("The inauguration", "en")])
def test_meetings_retreats_exploratory_talks_and_ceremonies_are_meetings(extract_text, noun, lang):
    text = {"de": f"{noun} fand am Montag in Berlin statt. Teilnehmer waren Kanzler Tom Hale und Vizekanzlerin Alma Keller.",
            "en": f"{noun} took place in Berlin on Monday. Attending were Chancellor Tom Hale and Vice Chancellor Alma "
                  "Keller."}[lang]
    f = extract_text(text, lang=lang)
    m = only_meeting(f)
    assert m["kind"] == noun.split()[-1].lower() and attendee_names(f, m) == {"Tom Hale", "Alma Keller"}


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Tom Hale hat am Montag Präsidentin Alma Keller im Kanzleramt empfangen. Nach Angaben von "
     "Regierungssprecher Karl Brenner dauerte das Treffen zwei Stunden.", "de"),
    ("Prime Minister Tom Hale hosted President Alma Keller at Downing Street on Monday. According to Hale's spokesman, "
     "Karl Brenner, the talks lasted two hours.", "en")])
def test_meetings_a_spokesperson_as_the_source_of_the_news_is_not_at_the_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    assert attendee_names(f, only_meeting(f)) == {"Tom Hale", "Alma Keller"}


def test_meetings_a_name_in_the_genitive_before_a_meeting_noun_is_a_party_and_before_an_office_is_not(extract_text):
    f = extract_text("Kremlchef Wladimir Putin hat am Montag in Moskau den indischen Premier Narendra Modi empfangen. Putins "
                     "Sprecher Dmitri Peskow sagte, das Gespräch sei gut gewesen. Bei Modis Treffen mit Putin ging es um Öl.")
    m = only_meeting(f)  # "Modis Treffen" is the meeting told; Putin's spokesman is meant, not Putin, and was not there
    assert attendee_names(f, m) == {"Vladimir Putin", "Narendra Modi"}


def test_meetings_a_talk_called_off_beside_a_conference_and_the_one_held_instead(extract_text):
    f = extract_text("Treffen zwischen Lindqvist und Obel abgesagt\n\nEin geplantes Treffen zwischen Ministerin Alma "
                     "Lindqvist und Minister Jan Obel am Rande der Ministertagung in Wien ist kurzfristig abgesagt worden. "
                     "Lindqvist traf in Wien stattdessen Ministerin Ruta Vaitkus.")
    by_trigger = {(m["kind"], m["status"]): m for m in f["meetings"]}
    assert sorted(by_trigger) == [("ministertagung", "past"), ("treffen", "cancelled"), ("treffen", "past")]
    # the conference is not called off with the talk beside it, nor is it the talk the headline names
    assert attendee_names(f, by_trigger["treffen", "cancelled"]) == {"Alma Lindqvist", "Jan Obel"}
    # the talk held instead is not the one called off
    assert attendee_names(f, by_trigger["treffen", "past"]) == {"Alma Lindqvist", "Ruta Vaitkus"}


def test_meetings_a_present_in_a_clause_of_its_own_is_to_come_whatever_the_main_clause(extract_text):
    f = extract_text("Eine Delegation unter Leitung von Landtagspräsident Karl Brenner ist nach Japan aufgebrochen. Erste "
                     "Station ist Tokio, wo die Abgeordneten am Montag mit Mitgliedern des Oberhauses zusammentreffen.")
    m = only_meeting(f)  # ("ist" is the main clause's verb, no auxiliary of "zusammentreffen"; Thursday 10 April)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-04-14"


def test_meetings_a_schedules_weekday_after_a_day_of_the_week_ahead_is_nearest_that_day(extract_text):
    f = extract_text("Am Montag, 14. April, empfängt Kanzler Tom Hale Präsident Jan Obel im Kanzleramt. Am Mittwoch, 16. "
                     "April, reist Hale nach Paris. Am Freitag nimmt Hale am Gipfel in Brüssel teil.")
    days = {place_names(f, m)[0]: m["date"]["value"] for m in f["meetings"]}  # (the article is of Thursday 10 April)
    assert days["Brussels"] == "2025-04-18"  # the Friday after that Wednesday, not the day after the article's
    f = extract_text("Am Montag, 14. April, empfängt Kanzler Tom Hale Präsident Jan Obel im Kanzleramt. Am Mittwoch, 16. "
                     "April, reist Hale nach Paris. Am Montagnachmittag trifft Außenminister Karl Brenner Präsident Obel "
                     "in Berlin.")
    days = {place_names(f, m)[0]: m["date"]["value"] for m in f["meetings"]}
    assert days["Berlin"] == "2025-04-14"  # the Monday told first, nearer to that Wednesday than the next


def test_meetings_the_day_a_meeting_lasts_until_is_not_its_day(extract_text):
    f = extract_text("Die Außenminister der G7-Staaten beraten seit heute in Kanada. Das Treffen in Toronto dauert bis "
                     "Mittwoch. Für Deutschland nimmt Außenministerin Alma Keller teil.")
    m = only_meeting(f)  # one meeting under way since today (Thursday 10 April), not another on last Wednesday
    assert m["date"]["value"] == "2025-04-10" and "Alma Keller" in attendee_names(f, m)


def test_meetings_setting_off_on_a_weekday_for_a_visit_is_to_come(extract_text):
    f = extract_text("Bundespräsident Karl Brenner bricht am Sonntag zu einem Staatsbesuch nach Brasilien auf.")
    m = only_meeting(f)  # (the article is of Thursday 10 April)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-04-13"
    m = only_meeting(extract_text("Bundespräsident Karl Brenner brach am Sonntag zu einem Staatsbesuch nach Brasilien auf."))
    assert m["status"] == "past" and m["date"]["value"] == "2025-04-06"


def test_meetings_the_one_mourned_does_not_attend_and_who_speaks_or_came_does(extract_text):
    f = extract_text("Mit einem Staatsakt im Berliner Dom haben Politiker am Dienstag Abschied von Altbundespräsident Horst "
                     "Leitner genommen. Bundespräsidentin Ilse Moor würdigte den Verstorbenen in ihrer Trauerrede. An der "
                     "Trauerfeier für Leitner nahm auch Kanzler Bernd Vollmer teil. Auch Altkanzlerin Grete Sommer war gekommen.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ilse Moor", "Bernd Vollmer", "Grete Sommer"}
    f = extract_text("World leaders attended the funeral of Pope Leo Marr in Rome on Saturday, among them President Lars Grube.",
                     lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Lars Grube", "leaders"}


def test_meetings_who_comes_on_a_later_day_of_a_span_comes_to_the_meeting(extract_text):
    # (the article is of Monday 7 April: the conference runs from Wednesday to Friday)
    f = extract_text("Die Innenminister der Länder kommen von Mittwoch bis Freitag zu ihrer Frühjahrskonferenz in "
                     "Bremerhaven zusammen. Bundesinnenminister Karl Brenner wird am Donnerstag erwartet.", date="2025-04-07")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-04-09" and "Karl Brenner" in attendee_names(f, m)
    # one who comes after its last day does not
    f = extract_text("Die Innenminister der Länder kommen von Mittwoch bis Freitag zu ihrer Frühjahrskonferenz in "
                     "Bremerhaven zusammen. Bundesinnenminister Karl Brenner wird am Samstag erwartet.", date="2025-04-07")
    assert "Karl Brenner" not in attendee_names(f, f["meetings"][0])


def test_meetings_an_infinitive_clause_has_the_subject_of_the_clause_it_depends_on(extract_text):
    # the one who announces receives; the person the infinitive clause names is the guest
    m = only_meeting(f := extract_text("Kanzler Bernd Vollmer kündigte am Montag an, Präsident Ivo Marić im Herbst in "
                                       "Berlin zu empfangen."))
    assert host_names(f, m) == {"Bernd Vollmer"} and m["status"] == "planned"
    m = only_meeting(f := extract_text("Kanzler Bernd Vollmer kündigte an, Präsident Ivo Marić im Herbst in Berlin zu treffen."))
    assert attendee_names(f, m) == {"Bernd Vollmer", "Ivo Marić"}
    # with the marker inside a separable verb, too
    m = only_meeting(f := extract_text("Kanzler Bernd Vollmer kündigte an, mit Präsident Ivo Marić im Herbst in Berlin "
                                       "zusammenzukommen."))
    assert attendee_names(f, m) == {"Bernd Vollmer", "Ivo Marić"} and m["status"] == "planned"
    # a meeting noun in such a clause is to come too; one in a past infinitive or a clause of purpose is not
    m = only_meeting(extract_text("Kanzler Bernd Vollmer sagte zu, am Gipfel in Brüssel teilzunehmen."))
    assert m["status"] == "planned"
    m = only_meeting(extract_text("Kanzler Bernd Vollmer bedauerte, den Gipfel in Brüssel verpasst zu haben."))
    assert m["status"] == "past"
    # the speaker of a clause that reports another's plan is not its subject
    m = only_meeting(f := extract_text("Kanzler Bernd Vollmer sagte, Präsident Ivo Marić plane, Ministerin Alma Lindqvist "
                                       "in Paris zu treffen."))
    assert attendee_names(f, m) == {"Ivo Marić", "Alma Lindqvist"}


def test_meetings_a_pronoun_before_the_names_is_the_hosting_subject(extract_text):
    m = only_meeting(f := extract_text("Kanzler Bernd Vollmer sagte, er wolle Präsident Ivo Marić im Herbst in Berlin empfangen."))
    assert host_names(f, m) == {"Bernd Vollmer"} and attendee_names(f, m) == {"Bernd Vollmer", "Ivo Marić"}


def test_meetings_travelling_on_to_a_place_is_a_journey_there(extract_text):
    m = only_meeting(f := extract_text("Am Freitag will Präsident Ivo Marić nach Kopenhagen weiterreisen."))
    assert place_names(f, m) == ["Copenhagen"] and m["status"] == "planned" and attendee_names(f, m) == {"Ivo Marić"}


def test_meetings_guests_named_after_a_reception_are_its_guests(extract_text):
    f = extract_text("Ministerpräsident Karl Brenner hat am Montag die Regierungschefs der Nachbarländer in der Staatskanzlei "
                     "in Düsseldorf empfangen. Zu Gast waren Premierminister Lars Grube und Ministerpräsident Jan Obel.")
    m = only_meeting(f)
    assert {"Karl Brenner", "Lars Grube", "Jan Obel"} <= attendee_names(f, m) and host_names(f, m) == {"Karl Brenner"}


def test_meetings_who_speaks_as_a_speaker_at_it_attends(extract_text):
    f = extract_text("Ministerin Alma Lindqvist hat am Dienstag die Sitzung der Versammlung in New York eröffnet. Als erster Redner "
                     "sprach Präsident Ivo Marić, gefolgt von Präsident Lars Grube.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Alma Lindqvist", "Ivo Marić", "Lars Grube"}


def test_meetings_a_meeting_a_relative_clause_dates_is_its_own(extract_text):
    f = extract_text("Prime Minister Ann Holm hosted European leaders at Lancaster House in London on Sunday. President "
                     "Lars Grube, who was greeted by Holm in Downing Street on Saturday, attended the summit.",
                     lang="en", date="2025-03-02")
    by_kind = {m["kind"]: m for m in f["meetings"]}
    assert sorted(by_kind) == ["greet", "host"]
    assert by_kind["greet"]["date"]["value"] == "2025-03-01" and place_names(f, by_kind["greet"]) == ["10 Downing Street"]
    assert "Lars Grube" in attendee_names(f, by_kind["host"]) and "10 Downing Street" not in place_names(f, by_kind["host"])
    # a relative clause that tells where the meeting of its sentence was is no meeting of its own
    m = only_meeting(extract_text("Die Minister, die sich am Montag in Brüssel trafen, berieten über die Lage."))
    assert m["date"]["value"] == "2025-04-07"


def test_meetings_the_parties_of_an_event_a_phrase_of_sequence_names_are_not_at_the_meeting(extract_text):
    f = extract_text("Prime Minister Ann Holm hosted European leaders in London on Sunday, two days after a heated exchange "
                     "between President Lars Grube and President Jan Obel in Washington.", lang="en", date="2025-03-02")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ann Holm", "leaders"} and place_names(f, m) == ["London"]
    f = extract_text("Kanzler Bernd Vollmer empfing am Sonntag die Regierungschefs in Berlin, zwei Tage nach einem Eklat "
                     "zwischen Präsident Lars Grube und Präsident Jan Obel in Washington.")
    assert "Lars Grube" not in attendee_names(f, only_meeting(f))


def test_meetings_a_headlines_meets_is_the_bodys_talks_with_all_its_persons(extract_text):
    f = extract_text("Holm meets Chinese counterpart in Kuala Lumpur\n\nSecretary of State Ann Holm held her first "
                     "face-to-face talks with Chinese Foreign Minister Li Wen on Friday on the sidelines of a meeting of Asian "
                     "foreign ministers in the Malaysian capital.\n\nThe hourlong meeting was \"constructive\", Holm told "
                     "reporters. The ministry said in a statement that the two discussed trade.\n\nEarlier in the day, Holm "
                     "met with Prime Minister Lars Grube.", lang="en", date="2025-07-11")
    # (the talks, and the ministers' meeting they were beside, which those who met there attend too)
    with_li = [m for m in f["meetings"] if "Li Wen" in attendee_names(f, m) and m["status"] == "past"]
    assert all("Lars Grube" not in attendee_names(f, m) for m in with_li)
    # the headline's words are the talks' evidence, not the meeting with Grube's
    talks = [m for m in with_li if any(e["sentence"].startswith("Holm meets") for e in m["evidence"])]
    assert len(talks) == 1 and any("face-to-face talks" in e["sentence"] for e in talks[0]["evidence"])


def test_meetings_a_sitting_from_the_evening_into_the_night_is_one(extract_text):
    f = extract_text("Am Donnerstagabend trafen sich die Minister Karl Brenner und Lars Grube in Brüssel. In der Nacht zum "
                     "Freitag berieten Brenner und Grube in Brüssel über ein Paket.", date="2025-11-28")
    assert only_meeting(f)["date"]["value"] == "2025-11-27"
    # the morning after is another part of the day
    f = extract_text("Am Donnerstagabend trafen sich die Minister Karl Brenner und Lars Grube in Brüssel. Am Freitagvormittag "
                     "berieten Brenner und Grube in Brüssel über ein Paket.", date="2025-11-28")
    assert len(f["meetings"]) == 2


def test_meetings_the_details_after_a_bodys_lead_say_where_it_sat(extract_text):
    f = extract_text("Nach stundenlangen Verhandlungen hat sich der Koalitionsausschuss in der Nacht zum Freitag auf ein "
                     "Paket verständigt. Die Spitzen der Koalition waren am Donnerstagnachmittag im Kanzleramt "
                     "zusammengekommen.", date="2025-11-28")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-11-27" and place_names(f, m) == ["Federal Chancellery"]


def test_meetings_a_live_blogs_next_entry_about_others_takes_no_place_of_the_entry_before(extract_text):
    f = extract_text("Liveblog: Krieg in der Ukraine\n\n+++ 18:40 Uhr: Obel in Washington gelandet +++\n\nPräsident Jan Obel "
                     "ist in Washington eingetroffen. Am Freitag will er im Weißen Haus mit Präsident Tom Oakes sprechen."
                     "\n\n+++ 16:15 Uhr: Brandt berät mit Nato-Kollegen +++\n\nMinister Karl Brandt hat in Brüssel an "
                     "einem Treffen der Nato-Verteidigungsminister teilgenommen.", date="2025-10-16")
    brandt = [m for m in f["meetings"] if "Karl Brandt" in attendee_names(f, m)]
    assert brandt and all(place_names(f, m) == ["Brussels"] and m["status"] == "past" for m in brandt)


def test_meetings_a_live_blogs_timed_item_line_heads_its_item(extract_text):
    f = extract_text("Liveblog: Der Tag in Berlin\n\n+++ 18:40 Uhr: Vollmer und Marić telefonieren +++\nKanzler Bernd Vollmer hat "
                     "am Abend mit Präsident Ivo Marić telefoniert. Das teilte ein Sprecher mit.\n\n+++ 16:15 Uhr: Lindqvist in "
                     "Kiew eingetroffen +++\nMinisterin Alma Lindqvist ist zu einem Besuch in Kiew eingetroffen.")
    calls = [m for m in f["meetings"] if m["kind"] == "telefonieren"]
    assert len(calls) == 1 and attendee_names(f, calls[0]) == {"Bernd Vollmer", "Ivo Marić"}


def test_meetings_a_group_in_what_was_said_after_the_meeting_is_not_at_it(extract_text):
    f = extract_text("Nach einem Treffen mit Präsident Ivo Marić in Madrid sagte Generalsekretär Karl Brenner, die Allianz "
                     "müsse geschlossen bleiben.")
    assert attendee_names(f, only_meeting(f)) == {"Ivo Marić", "Karl Brenner"}
    # the group of a meeting told in the words said met
    f = extract_text("Generalsekretär Karl Brenner sagte, die Minister hätten sich am Montag in Brüssel getroffen.")
    assert attendee_names(f, only_meeting(f)) == {"die Minister"}


@pytest.mark.parametrize("text, lang", [
    ("Die Außenminister Karl Brenner, Lars Grube und Jan Obel kamen am Montag in Brüssel zu einer Arbeitssitzung "
     "zusammen. Am Abend gab es ein Abendessen. Präsident Ivo Marić nahm nur am Abendessen teil, nicht aber an der "
     "Arbeitssitzung.", "de"),
    ("The foreign ministers Karl Brenner, Lars Grube and Jan Obel held a working session in Brussels on Monday. A dinner "
     "followed in the evening. President Ivo Marić attended the dinner but not the working session.", "en"),
])
def test_meetings_a_meeting_set_apart_by_but_not_was_missed(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-11-12")
    session, dinner = f["meetings"]
    assert absent_names(f, session) == {"Ivo Marić"} and "Ivo Marić" not in attendee_names(f, session)
    assert "Ivo Marić" in attendee_names(f, dinner) and absent_names(f, dinner) == set()


def test_meetings_a_plain_negation_with_aber_or_jedoch_is_no_contrast(extract_text):
    for word in ("aber", "jedoch"):
        f = extract_text(f"Die Minister Karl Brenner und Lars Grube trafen sich am Montag in Brüssel. Präsident Ivo Marić "
                         f"nahm {word} nicht an dem Treffen teil.", date="2025-11-12")
        assert absent_names(f, only_meeting(f)) == {"Ivo Marić"}


@pytest.mark.parametrize("text, lang", [
    ("Präsident Ivo Marić hatte Indien zuletzt im Jahr 2021 besucht.", "de"),
    ("President Ivo Marić last visited India in 2021.", "en"),
])
def test_meetings_the_state_a_visit_verb_takes_is_where_it_was(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    m = only_meeting(f)
    assert place_names(f, m) == ["India"] and m["date"]["value"] == "2021" and attendee_names(f, m) == {"Ivo Marić"}


def test_meetings_an_english_verb_in_the_past_is_no_noun_by_its_lemma(extract_text):
    f = extract_text("Chancellor Bernd Vollmer visited Kyiv on Monday.", lang="en")
    m = only_meeting(f)
    assert m["trigger_type"] == "verb" and place_names(f, m) == ["Kyiv"]


def test_meetings_a_summit_boycotted_its_later_chair_and_one_taking_part_after_sideline_talks(extract_text):
    f = extract_text("Am Samstag hat in Johannesburg der Gipfel begonnen. Präsident Lars Grube hatte das Treffen boykottiert. "
                     "Gastgeber ist Präsident Ivo Marić. Am Rande des Gipfels traf Kanzler Bernd Vollmer den Premierminister "
                     "Jan Obel. Auch Ministerpräsident Karl Brenner nimmt teil. Den Vorsitz übernimmt im kommenden Jahr "
                     "Kanada.", date="2025-11-22")
    summit, talk = f["meetings"]
    assert absent_names(f, summit) == {"Lars Grube"} and "Lars Grube" not in attendee_names(f, summit)
    assert host_names(f, summit) == {"Ivo Marić"}  # not Canada, which chairs next year's
    assert "Karl Brenner" in attendee_names(f, summit) and attendee_names(f, talk) == {"Bernd Vollmer", "Jan Obel"}


def test_meetings_a_lead_of_states_its_headline_and_its_details_are_one_meeting(extract_text):
    f = extract_text("Vollmer trifft Amtskollegen aus Frankreich und Polen\n\nDie Außenminister Deutschlands, Frankreichs und "
                     "Polens haben bei einem Treffen in Paris ihre Unterstützung für die Ukraine bekräftigt. Der französische "
                     "Außenminister Jean Morel empfing den deutschen Außenminister Bernd Vollmer und den polnischen "
                     "Außenminister Piotr Nowicki am Montagabend zu einem Arbeitsessen.", date="2025-12-02")
    m = only_meeting(f)  # not the headline's, the lead's and the working dinner's three
    assert {"Bernd Vollmer", "Piotr Nowicki", "Jean Morel"} <= attendee_names(f, m) and host_names(f, m) == {"Jean Morel"}
    assert m["date"]["value"] == "2025-12-01" and "Paris" in place_names(f, m)


def test_meetings_a_video_call_its_inviters_one_joining_and_one_missing(extract_text):
    f = extract_text("Die Koalition der Willigen hat am Dienstag in einer Videoschalte beraten. Eingeladen hatten Premierminister "
                     "Lars Grube und Präsident Ivo Marić. Kanzler Bernd Vollmer schaltete sich aus Berlin zu. Regierungschefin "
                     "Alma Lindqvist fehlte wegen eines Termins in Rom. Ein persönliches Treffen ist für Dezember in Paris "
                     "geplant.", date="2025-11-25")
    call, plan = f["meetings"]
    assert host_names(f, call) == {"Lars Grube", "Ivo Marić"}
    assert attendee_names(f, call) == {"Lars Grube", "Ivo Marić", "Bernd Vollmer"} and absent_names(f, call) == {"Alma Lindqvist"}
    assert attendee_names(f, plan) == set()  # one person told before meets no one in person
    # invited, in the passive, are guests; so is the object of the active
    f = extract_text("Die Minister berieten am Montag in Brüssel. Eingeladen waren auch Präsident Ivo Marić und Ministerin "
                     "Alma Lindqvist.", date="2025-11-25")
    assert host_names(f, only_meeting(f)) == set()
    f = extract_text("Die Minister berieten am Montag per Video. Eingeladen hatte Kanzler Bernd Vollmer den Präsidenten Ivo "
                     "Marić.", date="2025-11-12")
    m = only_meeting(f)
    assert host_names(f, m) == {"Bernd Vollmer"} and {"Bernd Vollmer", "Ivo Marić"} <= attendee_names(f, m)


def test_meetings_a_unit_named_after_a_state_and_a_plan_told_around_an_apposition(extract_text):
    f = extract_text("Inspekteur besucht Brigade Litauen\n\nDer Inspekteur des Heeres, Generalleutnant Karl Brenner, hat am "
                     "Mittwoch die Panzerbrigade 45 in Litauen besucht.", date="2025-06-12")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Karl Brenner"} and place_names(f, m) == ["Lithuania"]  # the state is no visitor
    f = extract_text("Am Donnerstag wird der Botschafter in Litauen, Jan Obel, die Soldaten zu einem Empfang in der Residenz "
                     "einladen.", date="2025-06-10")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-06-12"


def test_meetings_a_chronologys_sideline_entry_is_held_with_its_conference(extract_text):
    f = extract_text("Chronologie der Gespräche\n\n23. September: Am Rande der Generalversammlung in New York trifft Präsident "
                     "Ivo Marić erneut Präsident Lars Grube.", date="2025-10-01")
    assert {(m["status"], m["date"]["value"]) for m in f["meetings"]} == {("past", "2025-09-23")}


def test_meetings_english_visit_after_to_is_the_verb_and_a_demonym_alone_is_no_name(extract_text):
    f = extract_text("President Ivo Marić arrived in London on Monday. He is due to visit Oxford on Thursday.",
                     lang="en", date="2025-06-24")
    visit = next(m for m in f["meetings"] if m["status"] == "planned")
    assert place_names(f, visit) == ["Oxford"]
    # "hosts Japanese emperor": the adjective of a state after a host noun is no person's name
    f = extract_text("King hosts Japanese emperor at the palace", lang="en")
    assert not [a for a in f["actors"] if a["type"] == "person" and a["name"] == "Japanese"]


def test_meetings_a_visit_to_the_headlines_town_is_the_headlines_meeting(extract_text):
    # the headline tells with a verb who met whom; the lead tells the visit to its town, then the talk after the welcome
    f = extract_text("Riegler trifft Haller in Berlin\n\nWien/Berlin – Bundeskanzler Anton Riegler ist am Dienstag zu "
                     "seinem Antrittsbesuch in Berlin eingetroffen. Nach dem Empfang mit militärischen Ehren im "
                     "Kanzleramt sprach der ÖVP-Chef rund eine Stunde mit dem deutschen Kanzler Jens Haller.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Anton Riegler", "Jens Haller"}
    assert place_names(f, m) == ["Berlin", "Federal Chancellery"] and m["date"]["value"] == "2025-04-08"


def test_meetings_a_talk_after_a_visits_welcome_is_that_visit(extract_text):
    f = extract_text("Kanzler Jens Haller hat am Dienstag Premierminister Ivo Marić im Kanzleramt empfangen. Nach dem "
                     "Empfang mit militärischen Ehren sprach Marić eine Stunde mit Haller über Energiefragen.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ivo Marić", "Jens Haller"} and host_names(f, m) == {"Jens Haller"}


def test_meetings_the_agent_after_a_states_possessive_is_the_person_named_with_the_office(extract_text):
    f = extract_text("Prime Minister Ivo Marić was received in Pretoria on Monday by South Africa's Deputy President "
                     "Sipho Dlamini.", lang="en")
    assert host_names(f, only_meeting(f)) == {"Sipho Dlamini"}
    # an organisation's possessive too, with the name in apposition to the office
    f = extract_text("Foreign ministers met in Brussels on Monday. The meeting was chaired by the EU's foreign policy "
                     "chief, Ana Vitt.", lang="en")
    assert host_names(f, only_meeting(f)) == {"Ana Vitt"}


def test_meetings_a_welcome_at_the_airport_is_no_meeting_and_hosts_nothing(extract_text):
    f = extract_text("Kanzler Jens Haller ist am Freitag zum Gipfel in Lima eingetroffen. Am Flughafen wurde er von "
                     "Vizepräsident Rafael Soto empfangen.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jens Haller"} and host_names(f, m) == set()
    assert place_names(f, m) == ["Lima"]
    f = extract_text("Prime Minister Ivo Marić arrived in Lima on Friday for the summit. He was received at the airport "
                     "by Vice President Rafael Soto.", lang="en")
    m = only_meeting(f)
    assert "Rafael Soto" not in attendee_names(f, m) and host_names(f, m) == set()


def test_meetings_the_two_after_a_welcome_at_the_airport_are_the_two_who_met(extract_text):
    f = extract_text("Präsident Paul Girard hat Kanzler Jens Haller am Mittwochabend im Élysée-Palast empfangen. "
                     "Empfangen wurde Haller zuvor bereits am Flughafen von Außenminister Rafael Soto. Bei einem "
                     "Abendessen sprachen beide über die Verteidigung.", date="2026-05-08")
    dinner = next(m for m in f["meetings"] if m["trigger"] != "empfangen")
    assert attendee_names(f, dinner) == {"Paul Girard", "Jens Haller"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Prime Minister Ivo Marić hosted his counterpart Ann Kerr in Rome on Tuesday. The two last met in Athens in "
           "February. Kerr said after the talks that the partnership was strong."),
    ("de", "Regierungschef Ivo Marić hat am Dienstag in Rom seine Amtskollegin Ann Kerr empfangen. Zuletzt hatten sich "
           "beide im Februar in Athen getroffen. Kerr sagte nach den Gesprächen, die Partnerschaft sei stark."),
])
def test_meetings_the_talks_after_the_meeting_before_are_the_storys(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-07-01")
    assert len(f["meetings"]) == 2
    rome = next(m for m in f["meetings"] if "Rome" in place_names(f, m))
    assert [s["meeting"] for s in f["statements"]] == [rome["id"]]


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Gipfel hat am Freitag in Graz begonnen. Premier Ivo Marić ist noch nicht eingetroffen."),
    ("de", "Der Gipfel hat am Freitag in Graz begonnen. Premier Ivo Marić hat seine Teilnahme bislang nicht zugesagt."),
    ("en", "The summit began in Graz on Friday. Prime Minister Ivo Marić had not yet arrived."),
])
def test_meetings_one_not_there_yet_is_neither_absent_nor_at_the_meeting(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-06-20")
    m = only_meeting(f)
    assert "Ivo Marić" not in attendee_names(f, m) | absent_names(f, m)


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Regierungschefs von Ungarn, Polen und Tschechien kommen am Montag in Budapest zusammen. Polens "
           "Regierungschef Ivo Marić hat seine Teilnahme bislang nicht bestätigt."),
    ("en", "The prime ministers of Hungary, Poland and the Czech Republic will meet in Budapest on Monday. Poland's "
           "Prime Minister Ivo Marić has not yet confirmed his attendance."),
])
def test_meetings_one_not_yet_confirmed_is_not_at_a_meeting_to_come(extract_text, lang, text):
    # (though the meeting of the three heads of government would have had the one of Poland named after it)
    f = extract_text(text, lang=lang, date="2025-02-20")
    m = only_meeting(f)
    assert m["status"] == "planned" and "Ivo Marić" not in attendee_names(f, m) | absent_names(f, m)
    f = extract_text(text.replace("bislang nicht bestätigt", "bestätigt").replace("has not yet confirmed", "has confirmed"),
                     lang=lang, date="2025-02-20")
    assert "Ivo Marić" in attendee_names(f, only_meeting(f))


def test_meetings_one_not_yet_confirmed_for_one_meeting_is_at_another_told_with_them(extract_text):
    f = extract_text("Die Regierungschefs kommen am Freitag in Budapest zusammen. Ministerpräsident Jan Obel hat seine "
                     "Teilnahme bislang nicht bestätigt. Am Montag trifft Obel in Berlin Präsident Ivo Marić.",
                     date="2025-02-20")
    budapest, berlin = f["meetings"]
    assert "Jan Obel" not in attendee_names(f, budapest) and attendee_names(f, berlin) == {"Jan Obel", "Ivo Marić"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Gipfel hat am Freitag in Graz begonnen. Premier Ivo Marić ist nicht eingetroffen."),
    ("en", "The summit began in Graz on Friday. Prime Minister Ivo Marić had not arrived."),
])
def test_meetings_one_who_did_not_arrive_with_no_yet_is_absent(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-06-20")
    assert absent_names(f, only_meeting(f)) == {"Ivo Marić"}


def test_meetings_what_others_do_at_the_same_time_is_not_of_those_who_just_met(extract_text):
    text = ("Kanzler Jan Obel ist am Dienstag zu Regierungskonsultationen in Warschau eingetroffen. Am Vormittag empfing "
            "ihn Ministerpräsident Ivo Marić. Anschließend zogen sich beide zu einem Gespräch zurück. {} berieten die "
            "Fachminister in getrennten Runden.")
    f = extract_text(text.format("Parallel"), date="2026-11-19")
    rounds = next(m for m in f["meetings"] if m["trigger"] == "berieten")
    assert not {"Jan Obel", "Ivo Marić"} & attendee_names(f, rounds)
    # (told as next, those who met go on to it)
    f = extract_text(text.format("Danach"), date="2026-11-19")
    assert any({"Jan Obel", "Ivo Marić"} <= attendee_names(f, m) for m in f["meetings"] if m["trigger"] == "berieten")


@pytest.mark.parametrize("lang,text", [
    ("de", "Mit militärischen Ehren ist Präsident Ivo Marić am Dienstag in Graz begrüßt worden. Präsident Jan Obel "
           "sicherte seinem Gast die Solidarität seines Landes zu."),
    ("en", "President Ivo Marić was welcomed with military honours in Graz on Tuesday. President Jan Obel assured his "
           "guest of his country's solidarity."),
])
def test_meetings_one_who_calls_the_welcomed_their_guest_hosted_the_welcome(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-05-06")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jan Obel"} and attendee_names(f, m) == {"Jan Obel", "Ivo Marić"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Vizepräsident Jan Obel hat am Freitag in Graz Präsident Ivo Marić getroffen, Kanzler Tom Oakes traf er nicht."),
    ("en", "Vice President Jan Obel met President Ivo Marić in Graz on Friday but did not meet Chancellor Tom Oakes."),
])
def test_meetings_one_not_met_beside_a_meeting_is_neither_there_nor_absent(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-02-14")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Ivo Marić"} and absent_names(f, m) == set()


def test_meetings_those_who_were_also_there_are_at_the_meeting(extract_text):
    f = extract_text("President Ivo Marić arrived in Graz on Thursday, where Prime Minister Ann Kerr welcomed him. "
                     "Commission President Jan Obel and Council President Tom Oakes were also there.", lang="en",
                     date="2026-06-30")
    assert {"Jan Obel", "Tom Oakes"} <= attendee_names(f, only_meeting(f))
    # (not "there" opening a clause)
    f = extract_text("President Ivo Marić arrived in Graz on Thursday, where Prime Minister Ann Kerr welcomed him. "
                     "There Commission President Jan Obel signed a deal on trade.", lang="en", date="2026-06-30")
    assert "Jan Obel" not in attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("lang,text", [
    ("en", "President Ivo Marić will visit Graz in April. The visit was confirmed by his office on Tuesday."),
    ("de", "Präsident Ivo Marić wird im April Graz besuchen. Der Besuch wurde am Dienstag vom Präsidialamt bestätigt."),
])
def test_meetings_the_day_a_visit_was_confirmed_does_not_date_it_and_a_month_is_no_given_name(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-05")
    m = only_meeting(f)
    assert m["date"]["value"] == "2026-04" and place_names(f, m) == ["Graz"]


@pytest.mark.parametrize("host", ["Der Präsident", "Präsident Ivo Marić"])
def test_meetings_the_one_invited_in_a_relative_clause_before_the_verb_is_the_guest(extract_text, host):
    f = extract_text(f"Kanzler Jan Obel ist am Dienstag in Kairo eingetroffen. {host}, der Obel eingeladen hatte, "
                     "begrüßte seinen Gast im Palast.", date="2026-03-05")
    m = only_meeting(f)
    assert "Jan Obel" in attendee_names(f, m) and "Jan Obel" not in host_names(f, m)
    assert host_names(f, m) == ({"Ivo Marić"} if "Marić" in host else set())


def test_meetings_those_who_came_beside_another_were_at_the_meeting(extract_text):
    text = "Präsident Paul Girard hat am Montag in Paris Kanzler Jens Haller empfangen. {}"
    f = extract_text(text.format("Neben Haller kamen unter anderem Premier Ivo Marić und Präsident Tom Oakes."),
                     date="2026-02-17")
    assert {"Ivo Marić", "Tom Oakes"} <= attendee_names(f, only_meeting(f))
    # (not "es kam zu", nor one who died)
    f = extract_text(text.format("Auch vor dem Palast kam es zu Protesten gegen Premier Ivo Marić."), date="2026-02-17")
    assert "Ivo Marić" not in attendee_names(f, only_meeting(f))


def test_meetings_later_is_not_the_day_or_place_of_a_meeting_told_in_a_relative_clause(extract_text):
    f = extract_text("President Ivo Marić and Prime Minister Ann Kerr held talks in Graz on Wednesday. The two leaders, "
                     "who also met in Paris in June, discussed trade. Kerr later met Prime Minister Jan Obel.",
                     lang="en", date="2026-09-25")
    later = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert later["date"]["value"] == "2026-09-23" and "Paris" not in place_names(f, later)


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Regierungschefs haben am Donnerstag in Graz verhandelt. Premier Ivo Marić verließ den Saal vor der "
           "Abstimmung."),
    ("en", "The leaders negotiated in Graz on Thursday. Prime Minister Ivo Marić left the room before the vote."),
])
def test_meetings_one_who_left_the_room_of_a_meeting_was_at_it(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-12-04")
    assert "Ivo Marić" in attendee_names(f, only_meeting(f))


def test_meetings_skipping_a_summit_is_absence(extract_text):
    f = extract_text("President Jan Obel will skip the summit in Lima on Friday. Prime Minister Ivo Marić will attend.",
                     lang="en")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Jan Obel"} and attendee_names(f, m) == {"Ivo Marić"}


def test_meetings_an_infinitive_on_a_denied_noun_is_no_meeting(extract_text):
    # no mandate, no plans: nothing is held; a plan announced is
    assert extract_text("Ratspräsidentin Ilse Vogt erklärte, Präsident Jan Obel habe kein Mandat, im Namen der EU zu "
                        "verhandeln.")["meetings"] == []
    assert extract_text("Präsident Jan Obel hat keine konkreten Pläne, Kanzler Ivo Marić in Wien zu treffen.")["meetings"] == []
    assert extract_text("President Jan Obel has no plans to meet Chancellor Ivo Marić in Vienna.", lang="en")["meetings"] == []
    f = extract_text("Präsident Jan Obel kündigte an, Kanzler Ivo Marić in Wien zu treffen.")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Ivo Marić"}


def test_meetings_a_talk_in_a_room_is_inside_the_building_told(extract_text):
    f = extract_text("Am Mittwoch, 16. April 2025, empfängt Kanzler Jens Haller den Premierminister von Kanada, Ivo "
                     "Marić, im Bundeskanzleramt. Nach einem Gespräch im Kabinettsaal ist gegen 13.30 Uhr eine "
                     "Pressekonferenz geplant.")
    m = only_meeting(f)
    assert place_names(f, m) == ["Federal Chancellery", "Kabinettsaal"] and m["status"] == "planned"
    # a fortress named after its noun is a building
    f = extract_text("Kanzler Jens Haller und Präsident Ivo Marić haben am Donnerstag in der Festung Torvik zu Abend "
                     "gegessen.")
    assert place_names(f, only_meeting(f)) == ["Festung Torvik"]


def test_meetings_a_spokesperson_announcing_before_a_colon_is_not_at_the_meeting(extract_text):
    f = extract_text("Regierungssprecher Uwe Brandt teilte am Montag mit: Kanzler Jens Haller hat heute mit Präsident "
                     "Ivo Marić telefoniert.")
    assert attendee_names(f, only_meeting(f)) == {"Jens Haller", "Ivo Marić"}
    f = extract_text("The below is attributable to Spokesperson Dana Holt: Secretary Jan Obel met with Foreign Minister "
                     "Ivo Marić today in Washington.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Ivo Marić"}


def test_meetings_those_joining_after_a_talk_in_a_room_of_the_building_join_the_meeting_told(extract_text):
    f = extract_text("Präsident Jan Obel hat Präsident Ivo Marić am Montag im Weißen Haus empfangen. Nach dem Gespräch "
                     "im Oval Office stießen Kanzler Jens Haller und Premierministerin Ilse Vogt hinzu.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Ivo Marić", "Jens Haller", "Ilse Vogt"}
    assert place_names(f, m) == ["White House", "Oval Office"]


def test_meetings_a_host_welcoming_his_guests_hosts_the_meeting_told(extract_text):
    f = extract_text("Leaders gathered in Tirana on Friday. Prime Minister Sali Dema welcomed his guests at the square.",
                     lang="en")
    m = only_meeting(f)
    assert host_names(f, m) == {"Sali Dema"}
    # welcoming a thing is no meeting
    f = extract_text("Leaders gathered in Tirana on Friday. Prime Minister Sali Dema welcomed their decision.", lang="en")
    assert host_names(f, only_meeting(f)) == set()


def test_meetings_a_trip_to_two_cities_lends_its_stop_only_the_city_of_its_building(extract_text):
    f = extract_text("Kanzler Jens Haller ist am Mittwoch zu Antrittsbesuchen nach Paris und Warschau aufgebrochen. Im "
                     "Élysée-Palast wird er von Präsident Ivo Marić empfangen. Am Nachmittag reist Haller weiter nach "
                     "Warschau, wo ihn Ministerpräsident Piotr Zawada erwartet.")
    paris, warsaw = f["meetings"]
    assert place_names(f, paris) == ["Élysée Palace", "Paris"] and attendee_names(f, paris) == {"Jens Haller", "Ivo Marić"}
    # the journey in the afternoon is to another stop, not the morning's
    assert place_names(f, warsaw) == ["Warsaw"] and attendee_names(f, warsaw) == {"Jens Haller", "Piotr Zawada"}


def test_meetings_a_stop_of_a_trip_on_another_day_is_a_meeting_of_its_own(extract_text):
    f = extract_text("Minister Jan Obel reist nach Warschau und Vilnius\nMinister Jan Obel reist am Montag zu Gesprächen "
                     "nach Polen und Litauen. In Warschau wird er mit Präsident Piotr Zawada zusammentreffen. Im Anschluss "
                     "reist der Minister weiter nach Vilnius, wo am Dienstag ein Treffen mit Ministerin Ona Kairė "
                     "vorgesehen ist.", date="2025-06-01")
    trip, warsaw, vilnius = f["meetings"]
    assert trip["date"]["value"] == "2025-06-02" and attendee_names(f, trip) == {"Jan Obel"}
    assert place_names(f, warsaw) == ["Warsaw"] and attendee_names(f, warsaw) == {"Jan Obel", "Piotr Zawada"}
    # the headline names Vilnius too, but Tuesday's stop is not the trip's Monday
    assert vilnius["date"]["value"] == "2025-06-03" and place_names(f, vilnius) == ["Vilnius"]
    assert attendee_names(f, vilnius) == {"Jan Obel", "Ona Kairė"}


def test_meetings_two_who_did_not_meet_make_no_meeting_and_no_absence(extract_text):
    assert extract_text("Kanzler Jens Haller und Präsident Ivo Marić haben sich am Rande des Gipfels in Rom nicht "
                        "getroffen.")["meetings"] == []
    assert extract_text("President Jan Obel did not meet Chancellor Ivo Marić in Rome on Friday.", lang="en")["meetings"] == []
    # not taking part in a meeting held is absence from it
    f = extract_text("Kanzler Jens Haller nahm am Freitag nicht am Gipfel in Rom teil.")
    assert absent_names(f, only_meeting(f)) == {"Jens Haller"}


def test_meetings_a_gapped_conjunct_repeats_the_verb_with_its_subject_not_its_object(extract_text):
    f = extract_text("In Kairo hatte Minister Jan Obel am Dienstag seinen ägyptischen Kollegen Samir Nabil getroffen, in "
                     "Amman am Mittwoch Premierminister Omar Haddad.")
    cairo, amman = f["meetings"]
    assert attendee_names(f, cairo) == {"Jan Obel", "Samir Nabil"} and place_names(f, cairo) == ["Cairo"]
    assert attendee_names(f, amman) == {"Jan Obel", "Omar Haddad"} and place_names(f, amman) == ["Amman"]


def test_meetings_the_state_that_states_met_with_takes_part(extract_text):
    f = extract_text("Deutschland, Frankreich und Großbritannien haben am Freitag in Genf mit dem Iran über dessen "
                     "Atomprogramm verhandelt.")
    assert attendee_names(f, only_meeting(f)) == {"Germany", "France", "United Kingdom", "Iran"}
    # a state with a noun of its own is a topic
    f = extract_text("Die EU-Staaten berieten am Freitag in Brüssel über die Solidarität mit der Ukraine.")
    assert "Ukraine" not in attendee_names(f, only_meeting(f))


def test_meetings_an_assembly_spoken_in_front_of_is_attended(extract_text):
    f = extract_text("Kanzler Jens Haller hat am Dienstag vor der Vollversammlung gesprochen.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jens Haller"} and m["date"]["value"] == "2025-04-08"
    # "vor" opening the sentence, or with a partner, dates the talk
    f = extract_text("Vor dem Gipfel sprach Kanzler Jens Haller mit Präsident Ivo Marić.")
    assert attendee_names(f, only_meeting(f)) == {"Jens Haller", "Ivo Marić"}


def test_meetings_addressing_the_general_assembly_attends_it(extract_text):
    f = extract_text("Chancellor Jens Haller addressed the UN General Assembly in New York on Tuesday.", lang="en")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jens Haller"} and place_names(f, m) == ["New York City"]


def test_meetings_a_journey_after_before_and_a_gerund_is_the_next_stop_not_the_meetings_place(extract_text):
    f = extract_text("Prime Minister Jan Obel and Chancellor Ivo Marić met in London on Thursday before travelling to "
                     "Bedfordshire.", lang="en")
    m = only_meeting(f)
    assert place_names(f, m) == ["London"] and attendee_names(f, m) == {"Jan Obel", "Ivo Marić"}


def test_meetings_a_headline_summing_up_meetings_the_body_tells_one_by_one_is_none_of_its_own(extract_text):
    f = extract_text("Obel in Berlin: Gespräche mit Haller und Vogt\n\nPräsident Jan Obel ist am Mittwoch zu einem Besuch "
                     "in Berlin eingetroffen. Zunächst wurde er von Präsidentin Ilse Vogt im Schloss Bellevue empfangen. "
                     "Anschließend traf er Kanzler Jens Haller im Kanzleramt.")
    assert [attendee_names(f, m) for m in f["meetings"]] == [{"Jan Obel", "Ilse Vogt"}, {"Jan Obel", "Jens Haller"}]


def test_meetings_a_headlines_present_in_a_month_still_to_come_is_a_plan(extract_text):
    f = extract_text("Haller reist Mitte Juni nach Kanada\n\nKanzler Jens Haller wird Mitte Juni zum Gipfel nach "
                     "Kananaskis in Kanada reisen. Gastgeber ist Premierminister Ivo Marić.", date="2025-05-30")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-06"
    # a headline's present with no day ahead tells what happened
    f = extract_text("Haller trifft Marić in Ottawa\n\nKanzler Jens Haller hat am Donnerstag Premierminister Ivo Marić in "
                     "Ottawa getroffen.", date="2025-05-30")
    assert only_meeting(f)["status"] == "past"


def test_meetings_taking_part_on_two_days_in_a_row_is_one_meeting_on_the_first(extract_text):
    f = extract_text("Minister Jan Obel nimmt an diesem Donnerstag und Freitag am Treffen der EU-Innenminister in "
                     "Luxemburg teil.", date="2025-06-12")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-06-12" and m["status"] == "planned"


def test_meetings_calls_one_after_the_other_with_a_participle_at_the_end_are_one_call_each(extract_text):
    f = extract_text("Nowak telefoniert mit Brandl, Lenz und Oakes\n\nBundeskanzler Erwin Nowak hat am Sonntag "
                     "nacheinander mit Präsident Herbert Brandl, Premierministerin Ada Lenz und Präsident Tom Oakes "
                     "telefoniert.", date="2025-06-16")
    # three calls, each with Nowak; the headline sums them up and is no call of its own
    calls = sorted(sorted(attendee_names(f, m)) for m in f["meetings"])
    assert calls == [["Ada Lenz", "Erwin Nowak"], ["Erwin Nowak", "Herbert Brandl"], ["Erwin Nowak", "Tom Oakes"]]
    assert all(m["virtual"] and m["date"]["value"] == "2025-06-15" for m in f["meetings"])


def test_meetings_a_calls_headline_is_not_a_meeting_in_person_told_in_the_body(extract_text):
    f = extract_text("Kanzler Nowak telefoniert mit Präsident Brandl\n\nBerlin (dpa) - Bundeskanzler Erwin Nowak und "
                     "der österreichische Bundespräsident Herbert Brandl hatten sich Anfang Juni in der Hofburg in Wien "
                     "getroffen. Am Sonntag telefonierten die beiden erneut.", date="2025-06-16")
    in_person = [m for m in f["meetings"] if not m["virtual"]]
    assert len(in_person) == 1 and place_names(f, in_person[0]) == ["Hofburg", "Vienna"]
    assert any(m["virtual"] for m in f["meetings"])


def test_meetings_the_two_on_the_phone_is_a_call_of_the_two_just_named(extract_text):
    f = extract_text("Kanzler Erwin Nowak und Präsident Herbert Brandl hatten sich Anfang Juni in Wien getroffen. "
                     "Die beiden telefonierten am Sonntag.", date="2025-06-16")
    call = next(m for m in f["meetings"] if m["virtual"])
    assert attendee_names(f, call) == {"Erwin Nowak", "Herbert Brandl"} and call["date"]["value"] == "2025-06-15"


def test_meetings_the_two_talking_right_after_their_call_tell_what_the_call_was_about(extract_text):
    f = extract_text("Kanzler Erwin Nowak hat am Sonntagabend mit Präsident Herbert Brandl telefoniert. Das teilte "
                     "ein Regierungssprecher mit. Die beiden sprachen demnach über die Lage im Nahen Osten.",
                     date="2025-06-16")
    m = only_meeting(f)
    assert m["virtual"] and attendee_names(f, m) == {"Erwin Nowak", "Herbert Brandl"}



def test_meetings_a_headline_with_a_regnal_numbers_full_stop_is_still_the_headline(extract_text):
    f = extract_text("König Aldo III. empfängt Kanzler Nowak in Privataudienz\n\nRom (KNA) – König Aldo III. hat Kanzler "
                     "Erwin Nowak am Montag im Palazzo Verdi zu einer Privataudienz empfangen.", date="2025-06-16")
    # one audience, held (the headline's present tells it), in no town called "Privataudienz"
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2025-06-16"
    assert "Privataudienz" not in place_names(f, m) and len(attendee_names(f, m)) == 2


def test_meetings_talking_with_a_commander_named_after_his_forces_is_meeting_him(extract_text):
    f = extract_text("General Jan Obel besuchte am Mittwoch die Truppe in Rukla. Am Nachmittag sprach der General mit dem "
                     "Befehlshaber der litauischen Streitkräfte, Aras Vaitkus.", date="2025-06-16")
    talk = next(m for m in f["meetings"] if "Aras Vaitkus" in attendee_names(f, m))
    assert attendee_names(f, talk) == {"Jan Obel", "Aras Vaitkus"}


def test_meetings_a_headlines_meal_is_the_meal_of_its_persons_the_body_tells(extract_text):
    f = extract_text("Moreau und Nowak beim Abendessen in Paris\n\nParis (AFP) - Präsident Luc Moreau hat Kanzler Erwin "
                     "Nowak am Mittwochabend zu einem Arbeitsessen im Élysée-Palast empfangen.", date="2025-06-16")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-06-11" and host_names(f, m) == {"Luc Moreau"}


def test_meetings_a_host_receiving_the_one_just_met_receives_them_at_that_meeting(extract_text):
    f = extract_text("Die Außenminister Deutschlands und Frankreichs hatten sich im Herbst in Paris getroffen. Damals "
                     "empfing der französische Außenminister Luc Moreau seinen deutschen Kollegen Erwin Nowak am Quai "
                     "d'Orsay.", date="2025-06-16")
    # (the host is at the meeting already, as the office the first sentence named)
    m = only_meeting(f)
    assert host_names(f, m) == {"Luc Moreau"} and {"Luc Moreau", "Erwin Nowak"} <= attendee_names(f, m)


def test_meetings_a_headlines_invitation_is_the_meeting_its_host_invites_to_in_the_lead(extract_text):
    f = extract_text("Moreau lädt zu Ukraine-Gipfel\n\nPräsident Luc Moreau hat für Dienstag zu einem Treffen in den "
                     "Élysée-Palast eingeladen. Erwartet wird unter anderem Kanzler Erwin Nowak.", date="2025-06-16")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-06-17" and host_names(f, m) == {"Luc Moreau"}


def test_meetings_an_exchange_on_the_sidelines_of_a_meeting_is_a_meeting_of_its_own(extract_text):
    f = extract_text("Minister Jan Obel nimmt am Donnerstag am OSZE-Ministerrat in Wien teil. Am Rande des Treffens will "
                     "er sich mit seinem ukrainischen Amtskollegen Ivan Hrytsenko austauschen.", date="2025-06-16")
    assert any(attendee_names(f, m) == {"Jan Obel", "Ivan Hrytsenko"} for m in f["meetings"])
    assert len(f["meetings"]) == 2


def test_meetings_a_hosts_dinner_to_open_a_summit_is_on_its_first_day_for_those_who_met(extract_text):
    f = extract_text("Die Staats- und Regierungschefs der Nato-Staaten sind am Dienstagabend zu einem zweitägigen Gipfel in "
                     "Den Haag zusammengekommen. Zum Auftakt gab König Aldo ein Abendessen im Palast Huis ten Bosch.",
                     date="2025-06-26")
    dinner = next(m for m in f["meetings"] if m["kind"] == "abendessen")
    assert dinner["date"]["value"] == "2025-06-24" and "Staats- und Regierungschefs" in attendee_names(f, dinner)
    f = extract_text("Leaders of the alliance gathered in The Hague on Tuesday for a two-day summit. To kick off the "
                     "meeting, King Aldo hosted a dinner at Huis ten Bosch Palace.", lang="en", date="2025-06-26")
    dinner = next(m for m in f["meetings"] if "Huis ten Bosch Palace" in place_names(f, m))
    assert dinner["date"]["value"] == "2025-06-24"


def test_meetings_the_allies_as_a_group_can_meet(extract_text):
    f = extract_text("Am Mittwoch berieten die Verbündeten in Brüssel über neue Waffenlieferungen.", date="2025-06-16")
    m = only_meeting(f)
    assert place_names(f, m) == ["Brussels"] and m["date"]["value"] == "2025-06-11"


def test_meetings_the_leader_of_a_delegation_named_after_its_body_is_no_host(extract_text):
    f = extract_text("Präsidentin Anna Lind hat am Mittwoch eine Delegation des kanadischen Senats unter Leitung von "
                     "Senatspräsidentin Mara Gagnon empfangen.", date="2025-06-16")
    m = only_meeting(f)
    assert host_names(f, m) == {"Anna Lind"} and "Mara Gagnon" in attendee_names(f, m)


def test_meetings_a_lead_with_no_meeting_lends_to_the_session_told_a_few_sentences_on(extract_text):
    f = extract_text("Minister ohne Einigung\n\nBrüssel. Die Außenminister der 27 EU-Staaten haben sich am Montag in "
                     "Brüssel nicht auf neue Sanktionen einigen können. Ein Land blockierte das Paket. Die "
                     "Außenbeauftragte Ina Berg zeigte sich nach der Sitzung enttäuscht.", date="2025-06-18")
    m = only_meeting(f)
    assert place_names(f, m) == ["Brussels"] and m["date"]["value"] == "2025-06-16"
    assert "Ina Berg" in attendee_names(f, m)


def test_meetings_one_who_signed_the_towns_golden_book_was_at_its_reception(extract_text):
    f = extract_text("Oberbürgermeisterin Ina Berg hat am Dienstag eine Delegation aus Montpellier im Rathaus empfangen. "
                     "Bürgermeister Tom Oakes trug sich in das Goldene Buch der Stadt ein.", date="2026-05-20")
    assert "Tom Oakes" in attendee_names(f, only_meeting(f))


def test_meetings_a_shared_meal_of_the_day_before_is_of_those_who_met(extract_text):
    f = extract_text("Kanzler Jan Obel und Präsident Tom Oakes haben sich am Donnerstag zu Konsultationen in Toulon "
                     "getroffen. Vorausgegangen war ein gemeinsames Abendessen am Mittwochabend.", date="2026-10-30")
    dinner = next(m for m in f["meetings"] if m["date"]["value"] == "2026-10-28")
    assert attendee_names(f, dinner) == {"Jan Obel", "Tom Oakes"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Sicherheitskonferenz in Graz ist am Sonntag zu Ende gegangen. Präsident Tom Oakes traf dort Minister "
           "Ivo Kahl. Die Konferenz gilt als wichtigstes Treffen zur Sicherheitspolitik. Mehr als 50 Regierungschefs "
           "nahmen teil."),
    ("en", "The security conference in Graz ended on Sunday. President Tom Oakes met Minister Ivo Kahl there. The "
           "conference is seen as the most important meeting on security. More than 50 leaders took part."),
])
def test_meetings_what_a_conference_is_called_is_no_meeting_and_a_talk_there_is_beside_it(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-02-16")
    assert len(f["meetings"]) == 2
    talk = next(m for m in f["meetings"] if "Ivo Kahl" in attendee_names(f, m))
    conference = next(m for m in f["meetings"] if m is not talk)
    assert attendee_names(f, talk) == {"Tom Oakes", "Ivo Kahl"}
    assert any(a["actor"].startswith("group:") for a in conference["attendees"])  # those who took part


def test_meetings_a_lead_lends_on_through_a_sentence_that_only_adds_to_it(extract_text):
    f = extract_text("Kassel - Landrätin Ina Berg hat am Mittwoch eine Delegation aus Estland durch das Kreishaus "
                     "geführt. An der Spitze der Gruppe stand Bürgermeister Tom Oakes. Berg und Oakes unterzeichneten "
                     "eine Partnerschaftserklärung.", date="2026-06-18")
    m = only_meeting(f)
    assert m["date"]["value"] == "2026-06-17" and place_names(f, m) == ["Kassel"]
    assert {"Ina Berg", "Tom Oakes"} <= attendee_names(f, m)
    # (not through a sentence that adds nothing to it)
    f = extract_text("Kassel - Landrätin Ina Berg hat am Mittwoch eine Delegation aus Estland durch das Kreishaus "
                     "geführt. Das Wetter war gut. Berg und Bürgermeister Tom Oakes unterzeichneten eine "
                     "Partnerschaftserklärung.",
                     date="2026-06-18")
    assert only_meeting(f)["date"] is None


@pytest.mark.parametrize("sentence", [
    "An der Spitze der Gruppe stand Minister Tom Oakes.",
    "Leiter der Regierungsdelegation war Minister Tom Oakes.",
])
def test_meetings_the_head_of_the_visitors_was_at_their_reception(extract_text, sentence):
    f = extract_text("Landrätin Ina Berg hat am Mittwoch eine Delegation aus Estland im Kreishaus empfangen. " + sentence,
                     date="2026-06-18")
    assert "Tom Oakes" in attendee_names(f, only_meeting(f))
    # (the head of a party in a sentence of background is no guest)
    f = extract_text("Landrätin Ina Berg hat am Mittwoch eine Delegation aus Estland im Kreishaus empfangen. Seit 2020 "
                     "steht Tom Oakes an der Spitze der Partei.", date="2026-06-18")
    assert "Tom Oakes" not in attendee_names(f, only_meeting(f))


def test_meetings_the_holder_of_a_seat_named_by_surname_alone_hosts_the_meeting_there(extract_text):
    # Keir Starmer: Prime Minister of the United Kingdom in the knowledge base; 10 Downing Street his seat
    f = extract_text("Chancellor Jan Obel signed a treaty in London on Thursday. Obel earlier held talks with Starmer "
                     "at Downing Street.", lang="en", date="2025-07-18")
    talks = next(m for m in f["meetings"] if "10 Downing Street" in place_names(f, m))
    assert host_names(f, talks) == {"Keir Starmer"}


def test_meetings_talk_over_a_meal_is_at_the_meal_of_the_two_named_before(extract_text):
    f = extract_text("President Jan Obel spent Saturday playing golf with Prime Minister Tom Oakes in Palm Beach. Obel's "
                     "office said the two men also discussed trade over lunch.", lang="en", date="2025-06-16")
    lunch = next(m for m in f["meetings"] if m["kind"] == "lunch")
    assert attendee_names(f, lunch) == {"Jan Obel", "Tom Oakes"}


def test_meetings_a_meal_named_with_no_one_right_after_a_meeting_is_of_those_who_met(extract_text):
    f = extract_text("Präsident Tom Oakes hat Präsident Ivan Hrytsenko am Freitag in der Villa Borg in Genf empfangen. "
                     "Das Gespräch endete vorzeitig. Ein geplantes gemeinsames Mittagessen wurde abgesagt.",
                     date="2025-06-16")
    lunch = next(m for m in f["meetings"] if m["kind"] == "mittagessen")
    assert lunch["status"] == "cancelled" and attendee_names(f, lunch) == {"Tom Oakes", "Ivan Hrytsenko"}
    assert lunch["date"]["value"] == "2025-06-13" and "Geneva" in place_names(f, lunch)


def test_meetings_a_dinner_later_that_day_is_in_the_building_of_the_reception_when_no_town_was_told(extract_text):
    f = extract_text("Kanzler Erwin Nowak hat Premierminister Ravi Menon am Montag im Kanzleramt empfangen. Am Abend gab "
                     "Nowak ein Essen zu Ehren des Gastes.", date="2025-06-16")
    dinner = next(m for m in f["meetings"] if m["kind"] == "essen")
    assert place_names(f, dinner) == ["Federal Chancellery"] and dinner["date"]["value"] == "2025-06-16"


def test_meetings_an_invitation_for_a_month_is_a_plan_and_one_cancelled_stays_in_its_year(extract_text):
    f = extract_text("Ratspräsident Karl Obel lud die Staats- und Regierungschefs für Ende Juni erneut nach "
                     "Brüssel ein.", date="2025-06-16")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-06"
    f = extract_text("Ein für April geplanter Gegenbesuch von Präsident Li Wen in Berlin wurde abgesagt.", date="2027-05-20")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and m["date"]["value"] == "2027-04"


def test_meetings_one_to_join_a_meeting_of_several_days_under_way_on_a_later_day_joins_it(extract_text):
    f = extract_text("Die Außenminister der G7-Staaten haben sich zu Beginn ihres dreitägigen Treffens auf Capri mit der "
                     "Lage im Nahen Osten befasst. Am Donnerstag soll der ukrainische Außenminister Ivan Hrytsenko per "
                     "Video zugeschaltet werden.", date="2025-06-16")
    m = only_meeting(f)
    assert "Ivan Hrytsenko" in attendee_names(f, m) and m["date"] is None and m["status"] == "past"


def test_meetings_talks_planned_on_a_trip_of_several_days_under_way_are_where_it_went(extract_text):
    f = extract_text("Ministerpräsident Jan Obel ist am Sonntag zu einem dreitägigen Besuch nach Israel aufgebrochen. "
                     "Geplant sind Gespräche mit Staatspräsident Avi Levin.", date="2025-06-16")
    talks = next(m for m in f["meetings"] if "Avi Levin" in attendee_names(f, m))
    assert talks["status"] == "planned" and place_names(f, talks) == ["Israel"] and talks["date"] is None


def test_meetings_a_meeting_hoped_for_that_did_not_take_place_is_called_off(extract_text):
    f = extract_text("Präsident Ivan Hrytsenko hatte gehofft, Präsident Tom Oakes am Rande zu treffen, doch das Treffen "
                     "kam nicht zustande.", date="2025-06-16")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and attendee_names(f, m) == {"Ivan Hrytsenko", "Tom Oakes"}
    f = extract_text("President Ivan Hrytsenko had hoped to meet President Tom Oakes on the sidelines, but the meeting "
                     "did not take place.", lang="en", date="2025-06-16")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and attendee_names(f, m) == {"Ivan Hrytsenko", "Tom Oakes"} and m["absent"] == []


def test_meetings_a_roundups_items_under_their_towns_are_told_there_and_apart(extract_text):
    f = extract_text("Der Tag im Überblick\n\nKiew: Präsident Ivan Hrytsenko hat am Montag Minister Tom Oakes empfangen. "
                     "Beide sprachen über Waffenlieferungen.\n\nBrüssel: Die EU-Finanzminister haben sich auf neue "
                     "Regeln geeinigt. Das Treffen leitete Minister Jan Obel.", date="2025-06-16")
    kyiv = next(m for m in f["meetings"] if "Ivan Hrytsenko" in attendee_names(f, m))
    assert place_names(f, kyiv) == ["Kyiv"] and "Jan Obel" not in attendee_names(f, kyiv)
    assert any(place_names(f, m) == ["Brussels"] and "Jan Obel" in attendee_names(f, m) for m in f["meetings"])
    # (a definite mention of several days in a later item looks only among that item's meetings)
    f = extract_text("Der Tag im Überblick\n\nKiew: Präsident Ivan Hrytsenko hat am Montag Minister Tom Oakes empfangen. "
                     "Am Abend gab Hrytsenko ein Essen.\n\nBrüssel: Die Finanzminister kamen am Dienstag zusammen. Auf "
                     "der dreitägigen Konferenz am Mittwoch sprach Minister Jan Obel.", date="2025-06-16")
    assert all("Jan Obel" not in attendee_names(f, m) for m in f["meetings"] if "Kyiv" in place_names(f, m))


def test_meetings_a_roundups_numbered_items_are_told_under_their_towns_and_apart(extract_text):
    f = extract_text("Was heute wichtig ist\n\n1. Kiew: Präsident Ivan Hrytsenko empfängt am Vormittag Minister Tom "
                     "Oakes.\n2. Brüssel: Die Finanzminister tagen am Nachmittag, Minister Jan Obel nimmt per Video teil.",
                     date="2025-06-16")
    kyiv = next(m for m in f["meetings"] if "Ivan Hrytsenko" in attendee_names(f, m))
    assert place_names(f, kyiv) == ["Kyiv"] and "Jan Obel" not in attendee_names(f, kyiv)
    # (one linked in by video in a clause of its own: the ministers meet in Brussels, not by video)
    brussels = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert place_names(f, brussels) == ["Brussels"] and not brussels["virtual"]
    # (the day of a date is no number of an item)
    f = extract_text("Programm\n\n3. Juni: Minister Tom Oakes trifft in Kiew Präsident Ivan Hrytsenko.", date="2025-05-16")
    assert only_meeting(f)["date"]["value"] == "2025-06-03"


def test_meetings_a_day_schedules_items_under_clock_times_and_towns_are_there_on_the_headlines_day(extract_text):
    f = extract_text("Termine am Mittwoch\n\n10.00 Uhr, Kiew: Präsident Ivan Hrytsenko empfängt Minister Tom Oakes."
                     "\n12.00 Uhr, Paris: Präsident Paul Morel trifft Regierungschef Lars Grube."
                     "\n14.00 Uhr, Brüssel: Treffen der Finanzminister. Für Estland nimmt Minister Jan Obel teil.",
                     date="2025-06-16")  # (a Monday)
    kyiv, paris, brussels = (next(m for m in f["meetings"] if name in attendee_names(f, m))
                             for name in ("Ivan Hrytsenko", "Paul Morel", "Jan Obel"))
    assert [place_names(f, m) for m in (kyiv, paris, brussels)] == [["Kyiv"], ["Paris"], ["Brussels"]]
    assert [m["date"]["value"] for m in (kyiv, paris, brussels)] == ["2025-06-18"] * 3
    assert {m["status"] for m in (kyiv, paris, brussels)} == {"planned"}


@pytest.mark.parametrize("third, attends", [
    ("Außenministerin Jana Kolb war nicht mitgereist.", False),
    ("Mitgereist war auch Außenministerin Jana Kolb.", True)])
def test_meetings_one_who_came_along_on_the_journey_or_did_not(extract_text, third, attends):
    f = extract_text("Kanzler Tom Oakes ist am Mittwoch zu seinem Antrittsbesuch nach Berlin gereist. Dort wurde er von "
                     f"Kanzlerin Ida Berg empfangen. {third}", date="2025-06-26")
    m = only_meeting(f)
    assert ("Jana Kolb" in attendee_names(f, m)) is attends and ("Jana Kolb" in absent_names(f, m)) is not attends


def test_meetings_an_absence_in_a_roundups_item_is_from_the_items_meeting(extract_text):
    f = extract_text("Der Tag im Überblick\n\nRiga: Präsident Ivan Hrytsenko hat am Montag Minister Tom Oakes empfangen."
                     "\n\nVilnius: Die Regierungschefs der baltischen Staaten kommen am Freitag in Vilnius zusammen. "
                     "Ministerpräsident Jan Obel hat seine Teilnahme abgesagt.", date="2026-09-22")
    vilnius = next(m for m in f["meetings"] if "Vilnius" in place_names(f, m))
    assert absent_names(f, vilnius) == {"Jan Obel"} and vilnius["status"] == "planned"
    assert all("Jan Obel" not in attendee_names(f, m) | absent_names(f, m) for m in f["meetings"] if m is not vilnius)


def test_meetings_a_roundup_items_kicker_telling_who_meets_is_the_items_meeting(extract_text):
    f = extract_text("Kurz gemeldet\n\nObel trifft Kerr: Regierungschef Jan Obel ist am Mittwoch in Kopenhagen mit "
                     "Ministerpräsidentin Ann Kerr zusammengekommen.\n\nAbsage: Der für Freitag geplante Besuch von "
                     "Präsident Ivo Marić in Chile ist abgesagt worden.", date="2026-08-20")
    assert len(f["meetings"]) == 2
    met = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert met["status"] == "past" and met["date"]["value"] == "2026-08-19" and place_names(f, met) == ["Copenhagen"]


def test_meetings_a_label_naming_the_events_noun_again_is_the_event(extract_text):
    f = extract_text("Gipfel in Kanada: In Banff beginnt heute der Gipfel der Regierungschefs Jan Obel und Ivo Marić.",
                     date="2025-06-16")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Ivo Marić"} and m["status"] == "planned"


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Innenminister der Länder kommen von Mittwoch an in Bremen zusammen. Auch Ministerin Ruta Vaitkus wird "
           "zu den Beratungen am Donnerstag erwartet."),
    ("de", "Die Innenminister der Länder tagen ab Mittwoch in Bremen. Auch Ministerin Ruta Vaitkus wird zu den "
           "Beratungen am Donnerstag erwartet."),
    ("en", "Interior ministers meet in Bremen starting Wednesday. Minister Ruta Vaitkus is expected at the talks on "
           "Thursday."),
])
def test_meetings_one_expected_on_a_later_day_of_a_meeting_that_starts_on_a_day_is_at_it(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2025-06-16")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-06-18" and "Ruta Vaitkus" in attendee_names(f, m)


@pytest.mark.parametrize("lang,text", [
    ("de", "Im August empfing Präsident Ivo Marić in Anchorage Ann Kerr. Drei Tage später flog Kanzler Jan Obel zu "
           "Gesprächen mit Marić nach Washington."),
    ("en", "In August, President Ivo Marić hosted Ann Kerr in Anchorage. Three days later, Chancellor Jan Obel flew to "
           "Washington for talks with Marić."),
])
def test_meetings_days_later_than_an_event_dated_by_its_month_is_in_that_month_and_past(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-11-03")
    trip = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert trip["status"] == "past" and trip["date"]["value"] == "2026-08"


def test_meetings_days_later_with_nothing_dated_before_is_no_day_ahead(extract_text):
    f = extract_text("Präsident Ivo Marić empfing in Anchorage Ann Kerr. Drei Tage später flog Kanzler Jan Obel zu "
                     "Gesprächen nach Washington.", date="2026-11-03")
    trip = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert trip["status"] == "past" and trip["date"] is None
    assert "Jan Obel" not in attendee_names(f, next(m for m in f["meetings"] if "Ann Kerr" in attendee_names(f, m)))


def test_meetings_since_then_is_no_later_on_the_same_day(extract_text):
    f = extract_text("President Ivo Marić hosted Ann Kerr in Anchorage on Monday. Since then, Marić and Kerr have spoken "
                     "by phone twice.", lang="en", date="2026-11-06")
    call = next(m for m in f["meetings"] if m["virtual"])
    assert call["date"] is None


@pytest.mark.parametrize("lang,text", [
    ("en", "President Ivo Marić and Prime Minister Ann Kerr will hold a summit in London on Thursday. At their last "
           "summit, in Paris in March 2023, Marić and Kerr agreed a deal on migration."),
    ("de", "Präsident Ivo Marić und Premierministerin Ann Kerr kommen am Donnerstag in London zu einem Gipfel zusammen. "
           "Bei ihrem letzten Gipfel, im März 2023 in Paris, hatten Marić und Kerr ein Abkommen geschlossen."),
])
def test_meetings_their_last_summit_in_a_story_of_one_to_come_is_the_one_before_with_its_aside(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-06-05")
    assert len(f["meetings"]) == 2
    before = next(m for m in f["meetings"] if m["status"] == "past")
    assert before["date"]["value"] == "2023-03" and place_names(f, before) == ["Paris"]
    ahead = next(m for m in f["meetings"] if m["status"] == "planned")
    assert place_names(f, ahead) == ["London"]


def test_meetings_last_weeks_summit_is_dated_not_one_before(extract_text):
    f = extract_text("President Ivo Marić hosted Prime Minister Ann Kerr at a summit in London on Monday. At last week's "
                     "summit, Marić and Kerr agreed a deal.", lang="en", date="2026-06-12")
    assert len(f["meetings"]) == 1


def test_meetings_the_day_an_as_clause_names_is_the_news_and_only_the_traveller_goes_on(extract_text):
    f = extract_text("Die Beauftragte Ina Berg reist in der kommenden Woche nach China. Wie ein Sprecher am Freitag "
                     "mitteilte, wird sie in Peking Außenminister Li Wen treffen. Anschließend ist ein Besuch in Tokio "
                     "geplant, wo Berg mit Außenminister Kenji Sato zusammenkommen will.", date="2025-06-16")
    beijing = next(m for m in f["meetings"] if "Li Wen" in attendee_names(f, m))
    assert beijing["date"] is None or beijing["date"]["value"] != "2025-06-20"
    tokyo = [m for m in f["meetings"] if "Tokyo" in place_names(f, m)]
    assert any("Kenji Sato" in attendee_names(f, m) for m in tokyo)
    assert all("Li Wen" not in attendee_names(f, m) and "Ina Berg" in attendee_names(f, m) for m in tokyo)


def test_meetings_one_leading_a_delegation_hosts_nothing(extract_text):
    f = extract_text("Präsident Tom Oakes hat am Samstag in Istanbul den Berater Ivan Petrow empfangen. Petrow leitet die "
                     "russische Delegation bei den Gesprächen.", date="2025-06-16")
    assert all(host_names(f, m) <= {"Tom Oakes"} for m in f["meetings"])
    # (the verb first, its subject between it and the delegation)
    f = extract_text("Die erste Runde hatte Mitte Mai in Istanbul stattgefunden; damals leitete Ivan Petrow die russische "
                     "Delegation, Tom Oakes die ukrainische.", date="2025-06-16")
    assert host_names(f, only_meeting(f)) == set()


def test_meetings_a_talk_told_as_before_the_lead_is_no_detail_of_it(extract_text):
    f = extract_text("Präsident Tom Oakes und Präsident Ivan Hrytsenko haben am Samstag in Salzburg gemeinsam die "
                     "Festspiele eröffnet. Zuvor waren die beiden zu einem Arbeitsgespräch in der Residenz "
                     "zusammengekommen.", date="2025-06-16")
    assert len(f["meetings"]) == 2


def test_meetings_those_counted_among_the_guests_attend(extract_text):
    f = extract_text("Präsident Tom Oakes hat am Montag die Regierungschefs der Region in Turku empfangen. Zu den Gästen "
                     "zählten Ministerpräsidentin Ina Berg und Regierungschef Jan Obel.", date="2025-06-16")
    assert attendee_names(f, only_meeting(f)) >= {"Tom Oakes", "Ina Berg", "Jan Obel"}


def test_meetings_a_body_giving_the_news_takes_no_part(extract_text):
    f = extract_text("Präsident Tom Oakes hat am Montag Ministerin Ina Berg in Turku empfangen. Das Gespräch dauerte nach "
                     "Angaben der Nato rund eine Stunde.", date="2025-06-16")
    assert attendee_names(f, only_meeting(f)) == {"Tom Oakes", "Ina Berg"}


def test_meetings_what_it_was_about_names_no_party(extract_text):
    f = extract_text("Ministerin Ina Berg ist am Montag in Warschau von Minister Jan Obel empfangen worden. Bei dem "
                     "anschließenden Gespräch ging es um die Unterstützung der Ukraine und die Sicherheit an der "
                     "Ostflanke der Nato.", date="2025-06-16")
    assert all(attendee_names(f, m) <= {"Ina Berg", "Jan Obel"} for m in f["meetings"])


def test_meetings_one_who_represents_a_state_named_first_attends_for_it(extract_text):
    f = extract_text("Die Außenminister der G7 sind am Mittwoch in Quebec zusammengekommen. Für Deutschland nimmt "
                     "Ministerin Ina Berg teil, die USA vertritt Minister Jan Obel.", date="2025-06-16")
    m = only_meeting(f)
    assert {"Ina Berg", "Jan Obel"} <= attendee_names(f, m) and absent_names(f, m) == set()
    # (one person stands in for another: the other is absent)
    f = extract_text("Die Außenminister der G7 sind am Mittwoch in Quebec zusammengekommen. Staatssekretärin Ina Berg "
                     "vertritt Minister Jan Obel.", date="2025-06-16")
    m = only_meeting(f)
    assert "Ina Berg" in attendee_names(f, m) and absent_names(f, m) == {"Jan Obel"}


def test_meetings_a_meeting_named_after_a_flashback_is_the_storys(extract_text):
    f = extract_text("Die Regierungschefs der Länder haben am Donnerstag mit Kanzler Tom Oakes im Kanzleramt beraten. "
                     "Zuvor hatten sich die Länderchefs bereits am Vormittag im Bundesrat getroffen. Den Vorsitz der "
                     "Ministerpräsidentenkonferenz hat derzeit Ministerpräsident Jan Obel. Nach dem Treffen sagte er, "
                     "man sei einer Lösung nähergekommen.", date="2025-06-16")
    story = next(m for m in f["meetings"] if "Tom Oakes" in attendee_names(f, m))
    assert "Jan Obel" in attendee_names(f, story)


def test_meetings_one_spoken_to_is_a_partner_but_reporters_are_not(extract_text):
    f = extract_text("Calls on Sunday\n\nPrime Minister Tom Oakes spoke to President Ivan Hrytsenko by phone on Sunday "
                     "evening.", lang="en", date="2025-06-16")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Tom Oakes", "Ivan Hrytsenko"} and m["virtual"] is True
    f = extract_text("Calls on Sunday\n\nPrime Minister Tom Oakes spoke to reporters on Sunday evening.", lang="en",
                     date="2025-06-16")
    assert f["meetings"] == []


def test_meetings_those_who_sat_in_on_it_attend_and_a_room_of_its_building_is_the_same_meeting(extract_text):
    f = extract_text("President Tom Oakes hosted Secretary-General Ivan Hrytsenko at the White House on Monday.\n\n"
                     "The two men met in the Oval Office for about an hour. Vice President Jan Obel also sat in on the "
                     "meeting.", lang="en", date="2025-06-16")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Tom Oakes", "Ivan Hrytsenko", "Jan Obel"}
    # (a preposition after "sat" is no particle: "sat down in Vilnius" is a meeting sat down to)
    f = extract_text("The ministers Tom Oakes and Jan Obel sat down in Vilnius on Tuesday.", lang="en", date="2025-06-16")
    assert [m["kind"] for m in f["meetings"]] == ["sit+down"]


@pytest.mark.parametrize("lang, text", [
    ("en", "President Tom Oakes hosted Jan Obel in Berlin on Monday, days before alliance leaders gather in Riga."),
    ("de", "Präsident Tom Oakes hat am Montag Jan Obel in Berlin empfangen, wenige Tage bevor die Staats- und "
           "Regierungschefs der Nato in Riga zusammenkommen."),
])
def test_meetings_a_present_after_before_is_to_come(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-06-16")
    riga = next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])
    assert riga["status"] == "planned"
    f = extract_text("Head line\n\n" + text.replace("gather", "gathered").replace("zusammenkommen", "zusammenkamen"),
                     lang=lang, date="2025-06-16")
    assert next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])["status"] == "past"


def test_meetings_there_after_a_state_visited_is_that_state(extract_text):
    f = extract_text("Kopfzeile\n\nDüsseldorf. In Düsseldorf leben viele Japaner. Ministerpräsident Tom Oakes hatte Japan "
                     "im vergangenen Herbst besucht und dort Premierminister Kenji Sato getroffen.", date="2025-06-16")
    m = only_meeting(f)
    assert place_names(f, m) == ["Japan"] and attendee_names(f, m) == {"Tom Oakes", "Kenji Sato"}


def test_meetings_a_meeting_put_off_keeps_its_people_on_both_days(extract_text):
    f = extract_text("Treffen verschoben\n\nBerlin - Das ursprünglich für Mittwoch geplante Treffen der Außenminister ist "
                     "auf Freitag verschoben worden. Gastgeber ist Außenminister Tom Oakes, erwartet werden seine "
                     "Amtskollegen Jan Obel und Ina Berg.", date="2025-06-16")
    by_status = {m["status"]: m for m in f["meetings"]}
    assert set(by_status) == {"cancelled", "planned"}
    for m in by_status.values():
        assert attendee_names(f, m) == {"Tom Oakes", "Jan Obel", "Ina Berg"} and host_names(f, m) == {"Tom Oakes"}


def test_meetings_a_spokesperson_speaking_after_the_meeting_was_not_at_it(extract_text):
    f = extract_text("Minister Tom Oakes ist am Dienstag in Genf mit seinem Amtskollegen Jan Obel zusammengekommen. "
                     "»Wir erwarten konkrete Schritte«, sagte die Sprecherin des Ministeriums, Ina Berg, nach dem Treffen.",
                     date="2025-06-16")
    assert attendee_names(f, only_meeting(f)) == {"Tom Oakes", "Jan Obel"}


def test_meetings_a_schedules_next_step_taking_place_is_planned_that_day(extract_text):
    f = extract_text("Kanzler empfängt Premierminister\n\nKanzler Tom Oakes wird am Dienstag, 24. Juni, Premierminister "
                     "Jan Obel im Bundeskanzleramt empfangen. Im Anschluss an ein Gespräch im kleinen Kreis finden "
                     "Regierungskonsultationen statt. Der nächste Gipfel findet in Riga statt.", date="2025-06-16")
    consultations = next(m for m in f["meetings"] if m["kind"] == "regierungskonsultationen")
    assert consultations["status"] == "planned" and consultations["date"]["value"] == "2025-06-24"
    summit = next(m for m in f["meetings"] if m["kind"] == "gipfel")
    assert summit["date"] is None


def test_meetings_a_fronted_visit_called_off_and_made_up_for_later_is_two_records(extract_text):
    f = extract_text("Kopfzeile\n\nSeinen für Mittwoch geplanten Besuch in Lettland sagte Präsident Tom Oakes kurzfristig ab. "
                     "Er wolle keine Risiken eingehen, begründete er den Schritt. Die Reise werde am 10. Juli nachgeholt.",
                     date="2025-06-16")
    by_status = {m["status"]: m for m in f["meetings"]}
    assert set(by_status) == {"cancelled", "planned"}
    assert by_status["planned"]["date"]["value"] == "2025-07-10"
    assert all(attendee_names(f, m) == {"Tom Oakes"} and place_names(f, m) == ["Latvia"] for m in by_status.values())


def test_meetings_a_visit_rescheduled_for_a_day_is_planned_there_then(extract_text):
    f = extract_text("Headline\n\nPrime Minister Tom Oakes called off his visit to Riga on Wednesday because of a storm. "
                     "The visit has been rescheduled for 10 July.", lang="en", date="2025-06-16")
    planned = next(m for m in f["meetings"] if m["status"] == "planned")
    assert planned["date"]["value"] == "2025-07-10" and place_names(f, planned) == ["Riga"]
    assert attendee_names(f, planned) == {"Tom Oakes"}
    # ("for" before the old date is no new date)
    f = extract_text("Headline\n\nThe talks of Tom Oakes and Jan Obel in Riga, planned for Monday, were postponed.",
                     lang="en", date="2025-06-16")
    assert all(m["status"] == "cancelled" for m in f["meetings"])


def test_meetings_backing_a_plan_at_a_summit_held_is_no_plan_and_meeting_again_is_another(extract_text):
    f = extract_text("Head line\n\nBRUSSELS — The leaders of the Union on Thursday backed a plan to boost defence spending "
                     "at a summit in Brussels. President Ivan Hrytsenko addressed the leaders by video link. Council "
                     "President Tom Oakes, who chaired the meeting, said the bloc had shown unity. The leaders will meet "
                     "again in June.", lang="en", date="2025-06-16")
    summit = next(m for m in f["meetings"] if m["kind"] == "summit")
    assert summit["status"] == "past" and summit["date"]["value"] == "2025-06-12"
    assert "Tom Oakes" in host_names(f, summit)
    assert any(m["status"] == "planned" and m["date"]["value"] == "2025-06" for m in f["meetings"])


@pytest.mark.parametrize("lang, text", [
    ("en", "Head line\n\nRussian and Ukrainian delegations held talks in Istanbul on Monday."),
    ("de", "Kopfzeile\n\nDie russische und die ukrainische Delegation kamen am Montag in Istanbul zusammen."),
])
def test_meetings_the_states_of_delegations_named_by_adjectives_are_parties(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2025-06-16")
    assert {"Russia", "Ukraine"} <= attendee_names(f, only_meeting(f))


def test_meetings_a_journey_later_that_day_for_talks_is_those_talks(extract_text):
    f = extract_text("Head line\n\nPrime Minister Tom Oakes was in Paris on Monday. Oakes was due to travel to London later "
                     "in the day for talks with Prime Minister Jan Obel.", lang="en", date="2025-06-16")
    london = [m for m in f["meetings"] if place_names(f, m) == ["London"]]
    assert len(london) == 1 and attendee_names(f, london[0]) == {"Tom Oakes", "Jan Obel"}


def test_meetings_taking_part_on_a_day_of_the_conference_is_taking_part_in_it(extract_text):
    f = extract_text("Innenminister beraten\n\nBremerhaven - Die Innenminister der Länder haben sich bei ihrer "
                     "Frühjahrskonferenz in Bremerhaven verständigt. Bundesinnenminister Tom Oakes nahm am zweiten "
                     "Konferenztag teil.", date="2025-06-16")
    assert "Tom Oakes" in attendee_names(f, only_meeting(f))


def test_meetings_a_meeting_with_others_is_of_the_visitor_not_of_the_partner_just_named(extract_text):
    f = extract_text("Ministerin in Luxemburg\n\nMinisterpräsidentin Ina Berg wird am Montag zu einem Besuch in Luxemburg "
                     "erwartet. Geplant sind Gespräche mit Premierminister Jan Obel und Präsident Tom Oakes. Auf dem "
                     "Programm steht zudem ein Treffen mit Vertretern der Grenzpendler.", date="2025-06-16")
    third = next(m for m in f["meetings"] if m["kind"] == "treffen")
    assert "Ina Berg" in attendee_names(f, third) and not {"Jan Obel", "Tom Oakes"} & attendee_names(f, third)


def test_meetings_a_headlines_talk_on_the_sidelines_is_the_bodys(extract_text):
    f = extract_text("Vier-Augen-Gespräch am Rande des Gipfels\n\nBrüssel - Kanzler Tom Oakes und Präsident Jan Obel haben "
                     "sich am Mittwochabend am Rande des EU-Gipfels zu einem Vier-Augen-Gespräch getroffen.",
                     date="2025-06-16")
    assert all(attendee_names(f, m) for m in f["meetings"])


def test_meetings_a_headlines_meeting_on_the_sidelines_told_by_verbs_is_the_bodys(extract_text):
    # the two sideline phrases name the assembly differently; the verbs and the persons tell the one meeting
    f = extract_text("Oakes trifft Obel am Rande der UN-Vollversammlung\n\nNew York. Kanzler Tom Oakes ist am Rande der "
                     "UN-Generalversammlung mit Präsident Jan Obel zusammengetroffen. Das Gespräch dauerte eine Stunde.",
                     date="2025-09-24")
    talks = [m for m in f["meetings"] if {"Tom Oakes", "Jan Obel"} <= attendee_names(f, m)]
    assert len(talks) == 1 and place_names(f, talks[0]) == ["New York City"]


def test_meetings_a_headlines_talk_of_two_is_the_bodys_talk_on_the_sidelines_of_a_forum_not_told_before(extract_text):
    f = extract_text("Oakes, Obel meet in Singapore\n\nSINGAPORE (Reuters) - Defence Secretary Tom Oakes met his "
                     "counterpart Jan Obel on Sunday on the sidelines of the Shangri-La Dialogue, a defence forum.",
                     lang="en", date="2025-06-02")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Tom Oakes", "Jan Obel"} and m["date"]["value"] == "2025-06-01"


def test_meetings_a_headlines_noun_with_its_host_is_the_leads_reception_by_that_host(extract_text):
    f = extract_text("Oakes lädt zu Ukraine-Gipfel nach Paris\n\nParis. Präsident Tom Oakes empfängt an diesem Donnerstag "
                     "rund 30 Staats- und Regierungschefs im Élysée-Palast.", date="2025-03-27")
    m = only_meeting(f)
    assert host_names(f, m) == {"Tom Oakes"} and m["date"]["value"] == "2025-03-27" and m["status"] == "planned"


def test_meetings_a_palace_in_the_body_is_the_headlines_town_and_no_word_of_ending(extract_text):
    f = extract_text("Kabinett tagt in Meseberg\n\nGransee - Das Bundeskabinett ist am Dienstag zu einer zweitägigen "
                     "Klausurtagung auf Schloss Meseberg zusammengekommen. Gastgeber ist Kanzler Tom Oakes.",
                     date="2025-06-16")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-06-10" and "Tom Oakes" in host_names(f, m)


def test_meetings_one_kept_away_by_another_meeting_who_joins_later_joins_the_one_told(extract_text):
    f = extract_text("Kabinett in Klausur\n\nDas Kabinett ist am Dienstag zu einer Klausurtagung in Meseberg "
                     "zusammengekommen. Vizekanzler Tom Oakes kam wegen einer Sitzung des Koalitionsausschusses erst am "
                     "Mittwochmorgen hinzu.", date="2025-06-16")
    assert "Tom Oakes" in attendee_names(f, only_meeting(f))


def test_meetings_a_video_conference_brought_in_by_an_indefinite_article_is_its_own(extract_text):
    f = extract_text("Besuch in Berlin\n\nPräsident Tom Oakes wurde am Mittwoch von Kanzler Jan Obel vor dem Kanzleramt "
                     "begrüßt. Am Nachmittag stand eine Videokonferenz mit Präsident Ivan Hrytsenko auf dem Programm, an "
                     "der auch Oakes teilnahm.", date="2025-06-16")
    call = next(m for m in f["meetings"] if m["virtual"])
    assert "Ivan Hrytsenko" in attendee_names(f, call)
    assert all("Ivan Hrytsenko" not in attendee_names(f, m) for m in f["meetings"] if not m["virtual"])


def test_meetings_agreeing_to_confer_again_is_a_meeting_of_those_who_agreed(extract_text):
    f = extract_text("Telefonat\n\nKanzler Tom Oakes hat heute mit Präsident Jan Obel telefoniert. Der Kanzler und der "
                     "Präsident vereinbarten, sich am Rande des Europäischen Rates in Brüssel erneut auszutauschen.", date="2025-06-16")
    brussels = next(m for m in f["meetings"] if "Brussels" in place_names(f, m))
    assert brussels["status"] == "planned" and attendee_names(f, brussels) == {"Tom Oakes", "Jan Obel"}


def test_meetings_a_dateline_naming_an_organisation_is_no_town_of_that_name(extract_text):
    # (the wire writes from the organisation's headquarters, in New York: see the test of the UN dateline below)
    f = extract_text("Head line\n\nUNITED NATIONS — Secretary-General Tom Oakes met with Foreign Minister Jan Obel on "
                     "Tuesday.", lang="en", date="2025-06-16")
    assert place_names(f, only_meeting(f)) == ["New York City"]
    # an organisation whose headquarters the knowledge base lacks gives no place
    f = extract_text("Head line\n\nOSCE — Secretary-General Tom Oakes met with Foreign Minister Jan Obel on Tuesday.",
                     lang="en", date="2025-06-16")
    assert place_names(f, only_meeting(f)) == []


@pytest.mark.parametrize("lang, text", [
    ("de", "Präsident Tom Oakes hat am Mittwoch Kanzler Jan Obel in Paris empfangen. Weder Premierminister Ivan "
           "Hrytsenko noch Ministerin Ina Berg nahmen an dem Treffen teil."),
    ("en", "President Tom Oakes received Chancellor Jan Obel in Paris on Wednesday. Neither Prime Minister Ivan "
           "Hrytsenko nor Minister Ina Berg attended the meeting."),
])
def test_meetings_neither_nor_are_absent(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-06-16")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Ivan Hrytsenko", "Ina Berg"} and attendee_names(f, m) == {"Tom Oakes", "Jan Obel"}


def test_meetings_a_meeting_that_did_not_come_about_past_a_relative_clause_was_not_held(extract_text):
    f = extract_text("Kopfzeile\n\nIstanbul - Das Treffen zwischen Präsident Tom Oakes und Präsident Jan Obel, auf das "
                     "Präsident Ivan Hrytsenko gedrängt hatte, ist nicht zustande gekommen.", date="2025-06-16")
    assert all(m["status"] != "past" for m in f["meetings"])


@pytest.mark.parametrize("lang, text", [
    ("de", "Generalsekretär Tom Oakes hat am Mittwoch im Hauptquartier der Nato Minister Jan Obel getroffen."),
    ("en", "Secretary General Tom Oakes met Minister Jan Obel at NATO's headquarters on Wednesday."),
])
def test_meetings_the_alliances_headquarters_named_by_its_genitive_is_the_venue(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-06-16")
    assert place_names(f, only_meeting(f)) == ["NATO headquarters"]


def test_meetings_the_first_stop_of_a_journey_to_two_states_is_in_one_of_them(extract_text):
    f = extract_text("Staatssekretär reist nach Westafrika\n\nStaatssekretär Tom Oakes reist vom 16. bis 18. Juni nach Ghana "
                     "und Senegal. In Accra trifft er am 16. Juni Außenminister Jan Obel.", date="2025-06-14")
    accra = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert "Senegal" not in place_names(f, accra) and "Accra" in place_names(f, accra)


def test_meetings_the_owner_of_a_thing_is_no_party_nor_one_of_the_two(extract_text):
    f = extract_text("Head line\n\nMinister Tom Oakes met Minister Jan Obel on Thursday in Vienna. Oakes told reporters "
                     "that he had conveyed President Ivan Hrytsenko's disappointment. The two men last met in Riga in "
                     "February.", lang="en", date="2025-06-16")
    assert all("Ivan Hrytsenko" not in attendee_names(f, m) for m in f["meetings"])
    riga = next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])
    assert attendee_names(f, riga) == {"Tom Oakes", "Jan Obel"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Das Treffen von Präsident Tom Oakes und Kanzler Jan Obel in Paris brachte keine Einigung."),
    ("de", "Das Treffen von Präsident Tom Oakes und Kanzler Jan Obel in Paris brachte weder eine Einigung noch einen "
           "Fortschritt."),
    ("en", "The meeting of President Tom Oakes and Chancellor Jan Obel in Paris on Monday produced no deal."),
])
def test_meetings_a_meeting_that_brought_no_result_was_held(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-06-16")
    assert attendee_names(f, only_meeting(f)) == {"Tom Oakes", "Jan Obel"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Ein Treffen von Präsident Tom Oakes und Kanzler Jan Obel in Paris fand nicht statt."),
    ("de", "Es gab kein Treffen von Präsident Tom Oakes und Kanzler Jan Obel."),
    ("en", "A meeting of President Tom Oakes and Chancellor Jan Obel did not take place."),
])
def test_meetings_a_meeting_that_did_not_take_place_is_none(extract_text, lang, text):
    assert extract_text("Head line\n\n" + text, lang=lang, date="2025-06-16")["meetings"] == []


def test_meetings_such_a_meeting_with_none_told_is_none_and_a_past_talk_stays_past(extract_text):
    f = extract_text("Kopfzeile\n\nSprecher Tom Oakes sagte am Dienstag, für ein solches Treffen gebe es keine Grundlage.",
                     date="2025-06-16")
    assert f["meetings"] == []
    f = extract_text("Kopfzeile\n\nKanzler Tom Oakes hat die Hilfe bekräftigt. Über sein Gespräch mit Präsident Jan Obel "
                     "in der vergangenen Woche wollte er keine Details nennen.", date="2025-06-16")
    assert only_meeting(f)["status"] == "past"
    # (nor does the town of the sentence before give it a place of its own)
    f = extract_text('Ein Treffen zwischen Präsident Jan Obel und Präsident Ivo Marić gilt in Moskau als unwahrscheinlich. '
                     'Ein solches Gespräch sei "derzeit nicht auf der Tagesordnung", sagte Sprecher Piet Kramer am Samstag.',
                     date="2025-05-10")
    assert f["meetings"] == [] and [s["meeting"] for s in f["statements"]] == [None]


def test_meetings_those_said_to_be_of_the_party_attend(extract_text):
    f = extract_text("Gipfel in London\n\nLondon - Beim Gipfel in London haben die Regierungschefs der Region am Mittwoch "
                     "beraten. Mit von der Partie waren auch Kanzler Tom Oakes und Premierministerin Ina Berg.",
                     date="2025-06-16")
    assert {"Tom Oakes", "Ina Berg"} <= attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("lang, text", [
    ("de", "Präsident Tom Oakes und Kanzler Jan Obel trafen sich am Samstag in Tokio und vereinbarten, die "
           "Zusammenarbeit zu vertiefen."),
    ("en", "President Tom Oakes and Chancellor Jan Obel met in Tokyo on Saturday and agreed to deepen cooperation."),
])
def test_meetings_what_those_who_met_agreed_is_no_plan_of_their_meeting(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-06-16")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2025-06-14"


def test_meetings_agreeing_to_meet_again_is_another_meeting_and_a_judge_from_outside_is_not_at_it(extract_text):
    f = extract_text("Head line\n\nPresident Tom Oakes and Chancellor Jan Obel met in Tokyo on Saturday and agreed to "
                     "meet again in July. President Ivan Hrytsenko described the meeting as a disappointment.",
                     lang="en", date="2025-06-16")
    held = next(m for m in f["meetings"] if m["status"] == "past")
    assert held["date"]["value"] == "2025-06-14" and attendee_names(f, held) == {"Tom Oakes", "Jan Obel"}
    assert any(m["status"] == "planned" and m["date"]["value"] == "2025-07" for m in f["meetings"])


def test_meetings_a_place_denied_with_sondern_is_not_the_place_and_the_clause_keeps_its_date(extract_text):
    f = extract_text("Kabinett tagt auswärts\n\nDas Kabinett ist am Mittwoch zu seiner Sitzung nicht in Bonn, sondern in "
                     "Köln zusammengekommen. Kanzler Tom Oakes leitete die Sitzung.", date="2025-06-16")
    m = only_meeting(f)
    assert place_names(f, m) == ["Cologne"] and m["date"]["value"] == "2025-06-11"
    f = extract_text("Kopfzeile\n\nKanzler Tom Oakes reiste nicht nach Paris, sondern flog am Dienstag nach Rom zu "
                     "Gesprächen mit Präsident Jan Obel.", date="2025-06-16")
    rome = next(m for m in f["meetings"] if "Rome" in place_names(f, m))
    assert "Jan Obel" in attendee_names(f, rome)


def test_meetings_spoke_to_a_role_of_a_state_then_its_name_is_a_talk_and_the_headline_call_is_it(extract_text):
    f = extract_text("Readout of the Chancellor's call with President Obel\n\nChancellor Tom Oakes spoke to the President "
                     "of Finland Jan Obel this afternoon. The leaders discussed trade.", lang="en", date="2025-06-16")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Tom Oakes", "Jan Obel"} and m["date"]["value"] == "2025-06-16" and m["virtual"]


def test_meetings_the_sides_of_a_match_are_not_where_it_was(extract_text):
    f = extract_text("Treffen auf der Tribüne\n\nParis. Beim Länderspiel zwischen Frankreich und Deutschland im Stade de "
                     "France haben sich Präsident Tom Oakes und Kanzler Jan Obel am Samstagabend getroffen.",
                     date="2025-06-16")
    assert place_names(f, only_meeting(f)) == ["Paris"]


def test_meetings_the_visit_a_span_is_counted_from_is_another_one(extract_text):
    f = extract_text("Oakes in Chisinau\n\nChisinau - Kanzler Tom Oakes hat Moldau bei einem Besuch in der Hauptstadt "
                     "Chisinau Unterstützung zugesichert. Es ist der erste Besuch eines deutschen Regierungschefs in Moldau "
                     "seit dem Besuch von Kanzlerin Ina Berg im Jahr 2012.", date="2025-06-11")
    assert not any({"Tom Oakes", "Ina Berg"} <= attendee_names(f, m) for m in f["meetings"])
    oakes = next(m for m in f["meetings"] if "Tom Oakes" in attendee_names(f, m))
    assert oakes["date"] is None


def test_meetings_the_format_in_the_genitive_of_a_fronted_phrase_is_no_host(extract_text):
    f = extract_text("Kopfzeile\n\nDie Minister haben bei einem Treffen in Brüssel weitere Hilfe zugesagt. Zu der Sitzung der "
                     "sogenannten Ukraine-Kontaktgruppe hatten Minister Tom Oakes und sein Kollege Jan Obel eingeladen.",
                     date="2025-06-16")
    assert host_names(f, only_meeting(f)) == {"Tom Oakes", "Jan Obel"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Minister trafen sich am Montag in Brüssel. Minister Tom Oakes hatte die Sitzung ausgelassen. "
           "Minister Jan Obel verpasste die Chance, sich zu äußern."),
    ("en", "The ministers met in Brussels on Monday. Minister Tom Oakes skipped the meeting. "
           "Minister Jan Obel said he missed the old days."),
])
def test_meetings_missing_a_meeting_named_is_absence_missing_something_else_is_not(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-06-16")
    assert absent_names(f, only_meeting(f)) == {"Tom Oakes"}


def test_meetings_the_monarchs_couple_is_the_monarch_named_before(extract_text):
    f = extract_text("Kopfzeile\n\nPräsident Tom Oakes ist am Mittwoch in Oslo von König Aldric empfangen worden. Am Abend "
                     "gab das Königspaar zu Ehren des Gastes ein Bankett.", date="2025-06-16")
    banquet = next(m for m in f["meetings"] if m["trigger"] == "Bankett")
    assert host_names(f, banquet) == {"King Aldric"}


def test_meetings_a_compound_summit_after_seit_is_not_the_meeting_counted(extract_text):
    f = extract_text("Kopfzeile\n\nKanzler Tom Oakes ist am Freitag in Washington von Präsident Jan Obel empfangen worden. "
                     "Es war das erste Treffen der beiden seit dem G7-Gipfel in Apulien.", date="2025-06-16")
    summit = next(m for m in f["meetings"] if m["places"] == ["region:IT-75"])
    assert summit["trigger"] == "Gipfel"


@pytest.mark.parametrize("lang, text", [
    ("de", "Später traf Ministerin Ina Berg Präsident Tom Oakes im Präsidentenpalast in Kiew. Die beiden legten "
           "anschließend Blumen an einer Gedenkstätte nieder."),
    ("en", "Later, Minister Ina Berg met President Tom Oakes at the presidential palace in Kyiv. The two then laid "
           "flowers at a memorial."),
])
def test_meetings_where_those_at_it_went_next_is_not_its_place(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-06-16")
    assert all("Gedenkstätte" not in place_names(f, m) and "memorial" not in place_names(f, m) for m in f["meetings"])


@pytest.mark.parametrize("lang, text", [
    ("en", "Leaders to meet in Lisbon next week\n\nThe leaders of the region will gather in Lisbon on June 26 for a "
           "summit. President Tom Oakes will chair the meeting."),
    ("de", "Regierungschefs treffen sich kommende Woche in Lissabon\n\nDie Regierungschefs der Region kommen am 26. Juni "
           "in Lissabon zu einem Gipfel zusammen. Präsident Tom Oakes wird das Treffen leiten."),
])
def test_meetings_a_headline_dated_by_its_week_is_the_body_meeting_dated_within_it(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2025-06-16")
    m = only_meeting(f)
    assert m["date"]["value"] == "2025-06-26" and m["status"] == "planned"


def test_meetings_a_meeting_being_arranged_between_others_is_theirs_and_to_come(extract_text):
    f = extract_text("Head line\n\nWASHINGTON — President Tom Oakes welcomed President Jan Obel to the White House on "
                     "Monday. Oakes said after the meeting that he had called President Ivo Marin to begin arranging "
                     "a meeting between Marin and Obel.", lang="en", date="2025-06-16")
    planned = next(m for m in f["meetings"] if "Ivo Marin" in attendee_names(f, m))
    assert attendee_names(f, planned) == {"Ivo Marin", "Jan Obel"}
    assert planned["status"] == "planned" and planned["places"] == [] and planned["date"] is None
    f = extract_text("Kopfzeile\n\nKanzler Tom Oakes bereitet ein Treffen zwischen Präsident Jan Obel und Präsident Ivo "
                     "Marin in Wien vor.", date="2025-06-16")
    m = only_meeting(f)
    assert m["status"] == "planned" and attendee_names(f, m) == {"Jan Obel", "Ivo Marin"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Prime Minister Tom Oakes held talks with President Jan Obel on the sidelines of the regional summit in "
           "Lisbon on Sunday."),
    ("de", "Premier Tom Oakes hat am Sonntag mit Präsident Jan Obel am Rande des Regionalgipfels in Lissabon "
           "gesprochen."),
])
def test_meetings_those_who_meet_on_the_sidelines_named_after_them_are_at_the_summit(extract_text, lang, text):
    f = extract_text("Oakes meets Obel\n\n" + text, lang=lang, date="2025-06-16")
    summit = next(m for m in f["meetings"] if m["trigger"].lower().endswith(("summit", "gipfels")))
    assert attendee_names(f, summit) == {"Tom Oakes", "Jan Obel"}


def test_meetings_a_meeting_told_only_in_the_datelines_state_is_in_the_datelines_town(extract_text):
    f = extract_text("Oakes in Litauen\n\nVilnius - Präsident Tom Oakes ist am Montag zu einem Besuch in Litauen "
                     "eingetroffen. Am Nachmittag standen Gespräche mit Präsident Jan Obel auf dem Programm. Am Dienstag "
                     "will Oakes Soldaten in Rukla besuchen.", date="2025-06-16")
    talks = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert "Vilnius" in place_names(f, talks)
    rukla = next(m for m in f["meetings"] if m["status"] == "planned")
    assert place_names(f, rukla) == ["Rukla"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Gespräche zwischen Minister Tom Oakes und Minister Jan Obel in Genf sind am Freitag ohne Ergebnis zu Ende "
           "gegangen. Vermittelt hatte Außenminister Ivo Marin."),
    ("en", "Minister Tom Oakes and Minister Jan Obel held talks in Geneva on Friday. The talks were mediated by Foreign "
           "Minister Ivo Marin."),
])
def test_meetings_the_mediator_is_at_the_talks(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-06-16")
    assert "Ivo Marin" in attendee_names(f, only_meeting(f))


def test_meetings_talks_told_as_earlier_are_on_the_day_the_story_told_of_the_same_persons(extract_text):
    f = extract_text("Abkommen unterzeichnet\n\nLondon - Großbritannien und Deutschland haben einen Vertrag unterzeichnet. "
                     "Premier Tom Oakes und Kanzler Jan Obel setzten am Donnerstag in London ihre Unterschriften unter "
                     "das Abkommen. Zuvor hatten beide im Regierungssitz Downing Street beraten.", date="2025-06-16")
    assert only_meeting(f)["date"]["value"] == "2025-06-12"
    f = extract_text("Gipfel abgesagt\n\nDer Gipfel findet vorerst nicht statt. Das teilte Sprecherin Ina Berg am Dienstag "
                     "mit. Zuvor hatten Minister Tom Oakes und Minister Jan Obel telefoniert.", date="2025-06-16")
    call = next(m for m in f["meetings"] if "Tom Oakes" in attendee_names(f, m))
    assert call["date"] is None


def test_meetings_a_meeting_to_be_made_up_for_shares_with_the_one_called_off(extract_text):
    f = extract_text("Kopfzeile\n\nPräsidentin Ina Berg hat ihren für Dienstag geplanten Besuch in Berlin kurzfristig "
                     "abgesagt. Grund sei eine Erkrankung. Ein Treffen mit Präsident Tom Oakes soll nachgeholt werden.",
                     date="2025-06-16")
    off = next(m for m in f["meetings"] if m["status"] == "cancelled")
    later = next(m for m in f["meetings"] if m["status"] == "planned")
    assert attendee_names(f, off) == attendee_names(f, later) == {"Ina Berg", "Tom Oakes"}
    assert place_names(f, later) == ["Berlin"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Vor genau einem Jahr hatten sich Minister Tom Oakes und Minister Jan Obel zum ersten Mal getroffen. In "
           "diesem Jahr fand das Treffen in Madrid statt, Gastgeberin war Ministerin Ina Berg."),
    ("en", "A year ago, Minister Tom Oakes and Minister Jan Obel met for the first time. This year the meeting was held "
           "in Madrid, hosted by Minister Ina Berg."),
])
def test_meetings_the_meeting_of_another_year_is_another(extract_text, lang, text):
    # (the first meeting has no place: nothing but the years tells the two apart)
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-04-15")
    first = next(m for m in f["meetings"] if "Tom Oakes" in attendee_names(f, m))
    assert "Ina Berg" not in attendee_names(f, first)
    assert place_names(f, first) == []


@pytest.mark.parametrize("lang, text", [
    ("de", "Präsident Tom Oakes ist zu einem Staatsbesuch in Spanien eingetroffen. In Madrid wurde er von König Jan Obel "
           "empfangen. Anschließend waren Gespräche mit Premier Ivo Marin geplant. Oakes reist danach weiter nach "
           "Portugal."),
    ("en", "President Tom Oakes arrived in Spain for a state visit. In Madrid he was received by King Jan Obel. "
           "Afterwards, talks with Prime Minister Ivo Marin were planned. Oakes will then travel onward to Portugal."),
])
def test_meetings_a_journey_onward_goes_to_the_next_stop(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-05-26")
    talks = next(m for m in f["meetings"] if "Ivo Marin" in attendee_names(f, m))
    assert not any(p in ("Portugal",) for p in place_names(f, talks))
    assert any(place_names(f, m) == ["Portugal"] for m in f["meetings"])


@pytest.mark.parametrize("lang, text", [
    ("de", "Staatsminister Tom Oakes reist am 3. und 4. Juni nach Skopje und Tirana. In Skopje trifft er Außenminister "
           "Jan Obel. In Tirana sind Gespräche mit Ministerpräsident Ivo Marin geplant."),
    ("en", "Minister of State Tom Oakes will travel to Skopje and Tirana on 3 and 4 June. In Skopje he will meet Foreign "
           "Minister Jan Obel. In Tirana, talks with Prime Minister Ivo Marin are planned."),
])
def test_meetings_a_journey_to_two_towns_is_at_its_first_stop_only(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-05-30")
    skopje = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    tirana = next(m for m in f["meetings"] if "Ivo Marin" in attendee_names(f, m))
    assert place_names(f, skopje) == ["Skopje"]
    assert place_names(f, tirana) == ["Tirana"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Präsident Tom Oakes ist zu seinem Antrittsbesuch in Madrid eingetroffen. Er will mit Ministerpräsident Jan Obel "
           "über den Handel sprechen."),
    ("en", "President Tom Oakes has arrived in Madrid for his first visit. He is due to meet Prime Minister Jan Obel."),
])
def test_meetings_a_plan_after_an_arrival_told_as_news_is_in_the_town_arrived_at(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-05-07")
    talks = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert talks["status"] == "planned"
    assert place_names(f, talks) == ["Madrid"]


@pytest.mark.parametrize("lang, text", [
    ("de", "In Genf haben Unterhändler Finnlands und Estlands am Donnerstag direkt miteinander gesprochen. Gastgeber war die "
           "Schweiz. Eine weitere Runde ist für Anfang März geplant."),
    ("en", "Negotiators from Finland and Estonia held direct talks in Geneva on Thursday. Switzerland hosted the talks. "
           "Another round of talks is planned for early March."),
])
def test_meetings_a_round_to_come_is_between_the_parties_of_the_talks(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-02-20")
    planned = next(m for m in f["meetings"] if m["status"] == "planned")
    assert {a["actor"] for a in planned["attendees"]} == {"country:FI", "country:EE"}
    assert planned["date"]["value"] == "2025-03"


@pytest.mark.parametrize("lang, text", [
    ("de", "In Genf haben Unterhändler Finnlands und Estlands am Donnerstag direkt miteinander gesprochen. Am Montag hatten "
           "sich beide Seiten bereits in Bern getroffen. Eine dritte Runde soll im März in Rom stattfinden."),
    ("en", "Negotiators from Finland and Estonia held direct talks in Geneva on Thursday. Both sides had met in Bern on "
           "Monday. A third round of talks is due to take place in Rome in March."),
])
def test_meetings_a_round_to_come_counted_is_between_the_parties_of_the_last_talks_naming_them(extract_text, lang, text):
    # an ordinal round to come is one more of the talks; the round told last names no states, the one before does
    f = extract_text("Head line\n\n" + text, lang=lang, date="2025-02-21")
    planned = next(m for m in f["meetings"] if m["status"] == "planned")
    assert {a["actor"] for a in planned["attendees"]} == {"country:FI", "country:EE"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Am Rande des Gipfels in Rio de Janeiro hat Kanzler Tom Oakes Präsident Jan Obel getroffen. Das Gespräch am Rande "
           "des Gipfels dauerte rund eine Stunde."),
    ("en", "On the sidelines of the summit in Rio de Janeiro, Chancellor Tom Oakes met President Jan Obel. The meeting on the "
           "sidelines of the summit lasted about an hour."),
])
def test_meetings_a_talk_on_the_sidelines_told_again_is_the_one_told(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2024-11-19")
    assert all(m["attendees"] for m in f["meetings"])
    assert sum(attendee_names(f, m) == {"Tom Oakes", "Jan Obel"} for m in f["meetings"]) == 2  # the summit, the talk


@pytest.mark.parametrize("lang, text", [
    ("de", "Auf dem Bürgenstock hat am Samstag die Friedenskonferenz begonnen. Gastgeberin ist Präsidentin Ina Berg. China "
           "hat eine Teilnahme abgelehnt."),
    ("de", "Auf dem Bürgenstock hat am Samstag die Friedenskonferenz begonnen. Gastgeberin ist Präsidentin Ina Berg. China "
           "lehnte eine Teilnahme ab."),
    ("en", "The peace conference opened at Bürgenstock on Saturday. It is hosted by President Ina Berg. China declined to "
           "take part."),
    ("en", "The peace conference opened at Bürgenstock on Saturday. It is hosted by President Ina Berg. China declined an "
           "invitation."),
])
def test_meetings_one_who_declined_to_take_part_is_absent_and_no_host(extract_text, lang, text):
    f = extract_text("Head line\n\n" + text, lang=lang, date="2024-06-15")
    m = only_meeting(f)
    assert [a["actor"] for a in m["absent"]] == ["country:CN"]
    assert "country:CN" not in {h["actor"] for h in m["hosts"]}


@pytest.mark.parametrize("text", [
    "Nach dem Oakes-Obel-Gipfel in Alaska hat Präsidentin Ina Berg am Montag Präsident Oakes in Washington getroffen.",
    "Nach dem Gipfeltreffen von Tom Oakes und Jan Obel in Alaska hat Präsidentin Ina Berg am Montag Präsident Oakes in "
    "Washington getroffen.",
])
def test_meetings_a_summit_named_by_its_parties_before_another_meeting_is_their_own(extract_text, text):
    f = extract_text("Kopf\n\nPräsident Tom Oakes und Präsident Jan Obel sind Rivalen. " + text, date="2025-08-19")
    washington = next(m for m in f["meetings"] if "Washington" in place_names(f, m))
    assert attendee_names(f, washington) == {"Ina Berg", "Tom Oakes"}
    summit = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert attendee_names(f, summit) == {"Tom Oakes", "Jan Obel"}


def test_meetings_the_name_in_apposition_with_its_party_is_the_subject_who_hosts(extract_text):
    f = extract_text("Kopf\n\nDie Ministerpräsidentin von Mecklenburg-Vorpommern, Ina Berg (SPD), hat am Mittwoch in "
                     "Schwerin Marschall Tom Oakes empfangen.", date="2025-04-02")
    m = only_meeting(f)
    assert {h["actor"] for h in m["hosts"]} == {"person:ina-berg"}


def test_meetings_a_party_bracket_after_a_name_is_part_of_it_in_appositions_and_relative_clauses(extract_text):
    # the chair closing an apposition
    f = extract_text("Kopf\n\nDie Außenminister der EU sind am Montag in Brüssel zusammengekommen. Den Vorsitz führte die "
                     "Hohe Vertreterin der Union, Ina Berg (SPD).", date="2025-04-02")
    assert {h["actor"] for h in only_meeting(f)["hosts"]} == {"person:ina-berg"}
    # the subject before a relative clause on her
    f = extract_text("Kopf\n\nMinisterin Ina Berg (SPD), die am Vortag in Rom mit Tom Oakes zusammengekommen war, wurde am "
                     "Montag in Paris von Präsident Jan Obel empfangen.", date="2025-04-02")
    paris = next(m for m in f["meetings"] if "Paris" in place_names(f, m))
    assert attendee_names(f, paris) == {"Ina Berg", "Jan Obel"}
    # the subject of a negated participation, in apposition
    f = extract_text("Kopf\n\nDie Innenminister der Länder sind am Montag in Bremen zusammengekommen. Der Bürgermeister von "
                     "Bremen, Jens Ohlsen (SPD), nahm nicht teil.", date="2025-04-02")
    assert [a["actor"] for a in only_meeting(f)["absent"]] == ["person:jens-ohlsen"]


def test_the_genitive_of_a_meal_or_call_the_table_lacks_is_that_meeting_told_again(extract_text):
    # "des Abendessens" names the dinner of the reception: the dinner named later is that one, not the trip told
    # between them
    f = extract_text(
        "Kanzler Bernd Vollmer hat am Donnerstag den Präsidenten Ivo Marić im Kanzleramt empfangen. Im Mittelpunkt "
        "des Abendessens stand die Rüstung. Am Freitag will Marić nach Wien weiterreisen, wo ein Treffen mit "
        "Kanzlerin Eva Brunner geplant ist. An dem Abendessen nahm auch Außenministerin Jana Lenz teil.",
        date="2027-03-12")
    dinner = next(m for m in f["meetings"] if m["status"] == "past")
    trip = next(m for m in f["meetings"] if m["status"] == "planned")
    assert "Jana Lenz" in attendee_names(f, dinner)
    assert "Jana Lenz" not in attendee_names(f, trip)
    call = extract_text("Kanzler Bernd Vollmer hat am Montag mit Präsident Ivo Marić telefoniert. Nach Angaben "
                        "eines Sprechers dauerte das Gespräch eine Stunde. Inhalt des Telefonats war die Lage in Gaza.")
    assert len(call["meetings"]) == 1


def test_a_headline_part_naming_no_one_labels_the_meeting_the_headline_tells(extract_text):
    # "X empfängt Y – Treffen im Kanzleramt": one event told in two parts, not a second, empty meeting
    f = extract_text("Vollmer empfängt Marić – Treffen im Kanzleramt\n\nKanzler Bernd Vollmer hat am Donnerstag den "
                     "kroatischen Präsidenten Ivo Marić empfangen. Es ging um die Rüstung.", date="2027-03-12")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Bernd Vollmer", "Ivo Marić"}
    assert place_names(f, m) == ["Federal Chancellery"]
    # a part in another town tells another event
    two = extract_text("Vollmer trifft Marić – Gipfel in Brüssel\n\nKanzler Bernd Vollmer hat am Donnerstag in Paris "
                       "den kroatischen Präsidenten Ivo Marić getroffen.", date="2027-03-12")
    assert len(two["meetings"]) == 2


def test_an_english_journey_back_goes_home_to_no_meeting(extract_text):
    # as "flog nach Berlin zurück" in German; a clause ending in "home" keeps its place ("at the chancellor's home")
    f = extract_text("Prime Minister Tom Hale hosted Chancellor Bernd Vollmer at Downing Street on Tuesday. Vollmer then "
                     "flew back to Berlin for a vote in the Bundestag.", lang="en", date="2027-10-14")
    m = only_meeting(f)
    assert place_names(f, m) == ["10 Downing Street"]
    home = extract_text("Chancellor Bernd Vollmer met Prime Minister Tom Hale in Berlin at the chancellor's home.",
                        lang="en", date="2027-10-14")
    assert place_names(home, only_meeting(home)) == ["Berlin"]


def test_an_english_title_before_a_name_is_no_journey(extract_text):
    # "head" is a verb of travel ("heads to Brussels"), but right before a name it is the person's title
    f = extract_text("Agency head Lena Marsh met Foreign Minister Omar Haddad in Cairo on Tuesday.", lang="en", date="2027-08-20")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2027-08-17"
    assert attendee_names(f, m) == {"Lena Marsh", "Omar Haddad"}
    trip = extract_text("Minister Lena Marsh heads to Cairo on Tuesday for talks with Omar Haddad.", lang="en", date="2027-08-20")
    assert only_meeting(trip)["status"] == "planned"


def test_both_sides_are_the_parties_just_named(extract_text):
    # "beide Seiten" stands for the two of the reception, as "beide" does: the signing in someone's presence is
    # that meeting, with the witness added, not a meeting of the witness alone
    f = extract_text("Landrat Stefan Kühne hat am Dienstag Starost Marek Nowicki im Kreishaus in Görlitz empfangen. "
                     "Im Beisein von Oberbürgermeisterin Anja Wendt unterzeichneten beide Seiten eine Vereinbarung.",
                     date="2027-08-20")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Stefan Kühne", "Marek Nowicki", "Anja Wendt"}


def test_one_who_flew_in_from_elsewhere_is_at_the_meeting_told(extract_text):
    # English "flew in" says an arrival, as German "reiste aus London an" does; its particle follows the verb
    f = extract_text("President Luc Moreau hosted leaders at the Elysee Palace on Thursday. Prime Minister Tom Hale "
                     "flew in from London in the morning.", lang="en", date="2027-03-20")
    m = only_meeting(f)
    assert "Tom Hale" in attendee_names(f, m)
    assert place_names(f, m) == ["Élysée Palace"]


def test_a_role_word_after_who_is_a_verb_not_a_group(extract_text):
    f = extract_text("Prime Minister Tom Hale, who co-chairs the group, met President Luc Moreau in Paris on Thursday.",
                     lang="en", date="2027-03-20")
    assert not [a for a in f["actors"] if a["type"] == "group"]
    met = next(m for m in f["meetings"] if m["trigger"] == "met")
    assert attendee_names(f, met) == {"Tom Hale", "Luc Moreau"}


def test_a_verb_of_meeting_after_who_with_no_day_tells_an_office(extract_text):
    # "who chairs the committee": an office held, no meeting of its own, and no chair of the meeting told;
    # "who hosts the summit on Friday" tells a meeting
    f = extract_text("Lena Marsh, who chairs the committee, met Omar Haddad in Cairo on Tuesday.", lang="en", date="2027-08-20")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Lena Marsh", "Omar Haddad"} and m["hosts"] == []
    dated = extract_text("Lena Marsh, who hosts the summit on Friday, met Omar Haddad in Cairo on Tuesday.", lang="en",
                         date="2027-08-20")
    assert len(dated["meetings"]) == 2


def test_a_meeting_in_a_place_with_one_linked_in_by_video_is_held_in_person(extract_text):
    # the corpus convention: a physical meeting with one remote participant is not virtual; the video is the
    # other clause's
    f = extract_text("President Luc Moreau hosted leaders at the Elysee Palace on Thursday, with envoy Tom Hale "
                     "joining by video link.", lang="en", date="2027-03-20")
    m = only_meeting(f)
    assert m["virtual"] is False and "Tom Hale" in attendee_names(f, m)
    call = extract_text("Die Minister Jan Obel und Lars Grube berieten am Montag per Video über die Lage.")
    assert only_meeting(call)["virtual"] is True


def test_a_german_relative_clause_of_an_office_makes_no_host(extract_text):
    # "X, die den Verband leitet, traf Y": X leads a body, not the meeting; "die die Konferenz leitet" about the
    # conference told does chair it
    f = extract_text("Lena Marsch, die den Verband leitet, traf am Dienstag in Kairo den Minister Omar Haddad.", date="2027-08-20")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Lena Marsch", "Omar Haddad"} and m["hosts"] == []
    chair = extract_text("Am Montag begann in Genf die Wiederaufbaukonferenz. Lena Marsch, die die Konferenz leitet, "
                         "begrüßte Präsident Omar Haddad.", date="2027-08-20")
    assert host_names(chair, only_meeting(chair)) == {"Lena Marsch"}


def test_skipping_a_day_to_return_home_is_no_absence_and_no_place(extract_text):
    # "skipped the summit's second day": there on the first; "to return to Washington": home, no place of the summit
    f = extract_text("NATO leaders ended a two-day summit in Ankara on Thursday. President Tom Hale skipped the second "
                     "day of the summit to return to Washington.", lang="en", date="2027-06-25")
    m = only_meeting(f)
    assert place_names(f, m) == ["Ankara"]
    assert "Tom Hale" in attendee_names(f, m) and absent_names(f, m) == set()
    whole = extract_text("NATO leaders met in Ankara on Thursday. President Tom Hale skipped the summit.", lang="en",
                         date="2027-06-25")
    assert absent_names(whole, only_meeting(whole)) == {"Tom Hale"}


def test_she_before_a_subject_in_the_nominative_is_the_guest(extract_text):
    # "Dort empfing sie der Präsident X": "der" opens the subject, so X receives and "sie" is received
    f = extract_text("Am Mittwoch flog Ministerin Clara Vogt nach Seoul. Dort empfing sie der südkoreanische Präsident "
                     "Tomas Berg zu einem Gespräch.", date="2027-10-08")
    m = only_meeting(f)
    assert host_names(f, m) == {"Tomas Berg"} and attendee_names(f, m) == {"Clara Vogt", "Tomas Berg"}


def test_a_name_after_an_office_is_no_building_even_when_its_first_word_names_one(extract_text):
    # "Park" opens venues ("Park Sanssouci"); after "Präsidenten" it is the family name of Park Min-jun
    f = extract_text("Am Mittwoch traf Ministerin Clara Vogt den Präsidenten Park Min-jun in Seoul.", date="2027-10-08")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Clara Vogt", "Park Min-jun"}
    assert place_names(f, m) == ["Seoul"]


def test_a_meeting_called_off_on_a_trip_was_to_be_where_and_when_the_traveller_was(extract_text):
    f = extract_text("Am Mittwoch reiste Ministerin Clara Vogt nach Seoul. Dort empfing sie der Präsident Tomas Berg. "
                     "Ein geplantes Treffen mit Außenminister Jonas Lind musste kurzfristig abgesagt werden.", date="2027-10-08")
    off = next(m for m in f["meetings"] if m["status"] == "cancelled")
    assert place_names(f, off) == ["Seoul"] and off["date"]["value"] == "2027-10-06"
    assert attendee_names(f, off) == {"Clara Vogt", "Jonas Lind"}


def test_a_meeting_after_before_and_a_gerund_is_another_of_the_same_subject(extract_text):
    # English opens a clause of sequence with "before flying" and no comma; German puts a comma before "bevor"
    f = extract_text("Chancellor Bernd Vollmer is scheduled to meet congressional leaders on Wednesday before flying to "
                     "New York for talks with Secretary-General Ana Novak.", lang="en", date="2027-02-17")
    assert len(f["meetings"]) == 2
    talks = next(m for m in f["meetings"] if m["trigger"] == "talks")
    assert attendee_names(f, talks) == {"Bernd Vollmer", "Ana Novak"}
    assert place_names(f, talks) == ["New York City"]


def test_a_state_in_what_was_said_in_english_takes_no_part(extract_text):
    # English puts no comma before what was said: "where X said Germany was ready" names no party
    f = extract_text("President Tom Hale welcomed Chancellor Bernd Vollmer to the White House on Tuesday. The two "
                     "leaders later held a joint news conference, where Vollmer said Germany was ready to spend more.",
                     lang="en", date="2027-02-17")
    m = only_meeting(f)
    assert "Germany" not in attendee_names(f, m)
    assert {"Tom Hale", "Bernd Vollmer"} <= attendee_names(f, m)


def test_one_who_arrived_late_after_another_meeting_is_at_both(extract_text):
    # the arrival with no place is at the meeting told; the meeting after "after"/"nach" is another, where the one
    # who arrived had been (English names the body before the noun: "a European Council meeting")
    for text, lang in (("Leaders of the Group of Seven opened their summit in Evian on Monday. Prime Minister Lena Marsh "
                        "arrived late after a European Council meeting in Brussels.", "en"),
                       ("Die G7-Staats- und Regierungschefs haben am Montag in Evian ihren Gipfel eröffnet. "
                        "Ministerpräsidentin Lena Marsch traf nach einer Sitzung des Europäischen Rates in Brüssel "
                        "verspätet ein.", "de")):
        f = extract_text(text, lang=lang, date="2027-06-15")
        assert len(f["meetings"]) == 2
        summit, council = f["meetings"]
        assert any(n.startswith("Lena Mars") for n in attendee_names(f, summit))
        assert place_names(f, summit) == ["Evian"]
        assert any(n.startswith("Lena Mars") for n in attendee_names(f, council))
        assert place_names(f, council) == ["Brussels"]


def test_an_english_verb_after_a_preposition_before_a_name_is_a_title(extract_text):
    # "with host Luc Moreau urging unity": "host" is his title; the summit opened on Monday stays past
    f = extract_text("Leaders opened their annual summit in Evian on Monday, with host Luc Moreau urging unity on trade.",
                     lang="en", date="2027-06-15")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2027-06-14"
    assert host_names(f, m) == {"Luc Moreau"}


def test_guests_of_someone_after_a_form_of_being_meet_their_host(extract_text):
    # "waren Gäste von X", "war Gast des Kanzlers X", "was the guest of X": the one after the phrase hosts; a noun of
    # guests that is a subject ("The guests of the summit were greeted …") is no such phrase
    for text, lang in (("Die Minister Jan Obel und Lars Grube waren am Montag Gäste von Ministerin Clara Vogt in Berlin.", "de"),
                       ("Minister Jan Obel war am Montag Gast der Ministerin Clara Vogt in Berlin.", "de"),
                       ("Minister Jan Obel was the guest of Minister Clara Vogt in Berlin on Monday.", "en")):
        f = extract_text(text, lang=lang, date="2027-03-12")
        m = only_meeting(f)
        assert host_names(f, m) == {"Clara Vogt"} and "Jan Obel" in attendee_names(f, m)
        assert m["status"] == "past" and m["date"]["value"] == "2027-03-08"
    subject = extract_text("The guests of the summit were greeted by President Luc Moreau in Paris on Monday.", lang="en",
                           date="2027-03-12")
    assert only_meeting(subject)["status"] == "past"


def test_guests_named_after_a_semicolon_are_the_guests_of_the_meeting_told(extract_text):
    f = extract_text("Gastgeberin des Treffens in Berlin war am Montag Ministerin Clara Vogt; zu Gast waren ihre Kollegen "
                     "Jan Obel und Lars Grube.", date="2027-03-12")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Clara Vogt", "Jan Obel", "Lars Grube"} and host_names(f, m) == {"Clara Vogt"}


def test_taking_part_in_a_relative_clause_on_a_new_meeting_is_that_meeting(extract_text):
    # "which was also attended by Y" refers to "a meeting of X", new, not to the meeting told before
    f = extract_text("Minister Lena Marsh met Minister Omar Haddad on the sidelines of the General Assembly on Tuesday. "
                     "Marsh later joined a meeting of foreign ministers hosted by Minister Kenji Mori, which was also "
                     "attended by Minister Tom Hale.", lang="en", date="2027-09-24")
    talk = next(m for m in f["meetings"] if m["trigger"] == "met")
    joined = next(m for m in f["meetings"] if m["trigger"] == "joined")
    assert attendee_names(f, talk) == {"Lena Marsh", "Omar Haddad"}
    assert {"Lena Marsh", "Kenji Mori", "Tom Hale"} <= attendee_names(f, joined) and host_names(f, joined) == {"Kenji Mori"}


def test_one_named_in_a_phrase_of_a_span_of_time_dates_the_meeting_and_is_not_at_it(extract_text):
    f = extract_text("Präsident Luc Moreau hat am Dienstag Bundespräsidentin Irma Kessler im Schloss Bellevue besucht. Es war "
                     "Moreaus erster Besuch in Berlin seit dem Amtsantritt von Kanzler Bernd Vollmer.", date="2027-04-14")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Luc Moreau", "Irma Kessler"}
    # past its verb the phrase is over: those named after it take part
    g = extract_text("Erstmals seit dem Krieg haben die Außenminister Jan Obel und Lars Grube am Dienstag in Genf "
                     "miteinander verhandelt.", date="2027-04-14")
    assert attendee_names(g, only_meeting(g)) == {"Jan Obel", "Lars Grube"}


def test_the_states_that_mediate_take_part(extract_text):
    # "Vermittelt werden die Gespräche von Ägypten, Katar und den USA": the mediators are at the talks, as a person
    # who mediated is
    for text, lang in (("In Kairo haben am Mittwoch neue Verhandlungen über eine Waffenruhe begonnen. Vermittelt werden "
                        "die Gespräche von Ägypten, Katar und den USA.", "de"),
                       ("New talks on a ceasefire began in Cairo on Wednesday. The talks are mediated by Egypt, Qatar "
                        "and the United States.", "en")):
        f = extract_text(text, lang=lang, date="2027-08-12")
        assert attendee_names(f, only_meeting(f)) == {"Egypt", "Qatar", "United States"}
    # in the genitive of a noun of mediating too, only the states of that phrase
    for text, lang in (("Unter Vermittlung der Schweiz und Norwegens haben Vertreter Armeniens und Aserbaidschans am "
                        "Dienstag in Genf verhandelt.", "de"),
                       ("Under the mediation of Switzerland, envoys of Armenia and Azerbaijan negotiated in Geneva on "
                        "Tuesday.", "en")):
        f = extract_text(text, lang=lang, date="2027-08-12")
        assert {"Switzerland", "Armenia", "Azerbaijan"} <= attendee_names(f, only_meeting(f))


def test_english_courtesy_calls_and_playing_host(extract_text):
    # "paid a courtesy call on X" is a visit in person; "played host to X" hosts, in the past its verb tells
    f = extract_text("Minister Jan Obel paid a courtesy call on Prime Minister Tom Hale in London on Monday.", lang="en",
                     date="2027-03-12")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Tom Hale"} and m["virtual"] is False
    g = extract_text("Prime Minister Tom Hale played host to Minister Jan Obel in London on Monday.", lang="en", date="2027-03-12")
    m = only_meeting(g)
    assert m["status"] == "past" and m["date"]["value"] == "2027-03-08" and host_names(g, m) == {"Tom Hale"}


def test_one_due_or_expected_in_a_town_for_talks_goes_to_them(extract_text):
    # "X is due in Zagreb on Monday for talks with Y": the journey's subject is at the talks
    for word in ("due", "expected"):
        f = extract_text(f"Prime Minister Tom Hale is {word} in Zagreb on Monday for talks with President Ivo Maric.",
                         lang="en", date="2027-03-12")
        m = only_meeting(f)
        assert attendee_names(f, m) == {"Tom Hale", "Ivo Maric"} and m["status"] == "planned"
        assert place_names(f, m) == ["Zagreb"]


def test_a_trip_to_a_town_called_off_is_the_meeting_called_off_and_a_trip_to_a_summit_an_absence(extract_text):
    # the traveller is at the meeting called off; one who cancels a trip to a meeting held stays away from it, and
    # the meeting keeps its status
    f = extract_text("Prime Minister Tom Hale cancelled a planned trip to Zagreb, where he was due to meet President Ivo "
                     "Maric on Monday.", lang="en", date="2027-03-12")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and attendee_names(f, m) == {"Tom Hale", "Ivo Maric"} and m["absent"] == []
    g = extract_text("Leaders met in Brussels on Monday. Prime Minister Tom Hale cancelled his trip to the summit.",
                     lang="en", date="2027-03-12")
    m = only_meeting(g)
    assert m["status"] == "past" and absent_names(g, m) == {"Tom Hale"}
    # so does one who cancels a trip to the town of a meeting held there with no place or day of its own
    h = extract_text("Secretary-General Ivo Maric held talks on Wednesday on the sidelines of the General Assembly. "
                     "Prime Minister Tom Hale cancelled his trip to New York.", lang="en", date="2027-09-24")
    assembly = next(m for m in h["meetings"] if m["trigger"] == "General Assembly")
    assert assembly["status"] == "past" and absent_names(h, assembly) == {"Tom Hale"}
    assert all("Tom Hale" not in attendee_names(h, m) for m in h["meetings"])
    # so when a relative clause on the traveller tells the plan ("who had been expected to attend")
    h = extract_text("Secretary-General Ivo Maric held talks on Wednesday on the sidelines of the General Assembly. "
                     "Prime Minister Tom Hale, who had been expected to attend, cancelled his trip to New York.",
                     lang="en", date="2027-09-24")
    assembly = next(m for m in h["meetings"] if m["trigger"] == "General Assembly")
    assert absent_names(h, assembly) == {"Tom Hale"}
    assert all("Tom Hale" not in attendee_names(h, m) for m in h["meetings"])


def test_a_trip_to_a_place_called_off_is_a_visit_called_off_and_a_trip_alone_no_meeting(extract_text):
    # the trip is the visit; the traveller may stand between the trip and its place
    f = extract_text("Kanzler Bernd Vollmer hat seine Reise nach Kiew abgesagt.", date="2027-03-12")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and attendee_names(f, m) == {"Bernd Vollmer"} and place_names(f, m) == ["Kyiv"]
    g = extract_text("Die für Donnerstag geplante Reise von Kanzler Bernd Vollmer nach Kiew ist verschoben worden.",
                     date="2027-03-12")
    assert only_meeting(g)["status"] == "cancelled"
    h = extract_text("Prime Minister Tom Hale postponed his trip to Kyiv.", lang="en", date="2027-03-12")
    assert only_meeting(h)["status"] == "cancelled"
    assert extract_text("Kanzler Bernd Vollmer trat seine Reise nach Kiew am Morgen an.", date="2027-03-12")["meetings"] == []


def test_a_dated_plan_called_off_after_a_visit_held_is_a_record_of_its_own(extract_text):
    # the old plan, told by its own journey verb, keeps its month; the visit held keeps its status
    f = extract_text("Verteidigungsminister Jan Ober hat die in Litauen stationierte Brigade besucht. Ursprünglich hatte "
                     "Ober bereits im Juli nach Litauen reisen wollen, den Besuch aber verschoben.", date="2027-09-09")
    held, plan = f["meetings"]
    assert held["status"] == "past" and held["date"] is None
    assert plan["status"] == "cancelled" and plan["date"]["value"] == "2027-07" and attendee_names(f, plan) == {"Jan Ober"}


def test_one_away_at_a_meeting_of_their_own_at_the_same_time_is_absent_here_and_present_there(extract_text):
    lead = "Die Außenminister der EU-Staaten sind am Montag in Brüssel zusammengekommen. "
    # the pronoun of the clause of cause is the main clause's subject, not the deputy it names
    f = extract_text(lead + "Außenminister Jan Ober ließ sich von Staatsminister Tim Berg vertreten, da er zeitgleich in "
                     "Washington Gespräche führte.", date="2027-05-22")
    brussels, washington = f["meetings"]
    assert "Tim Berg" in attendee_names(f, brussels) and absent_names(f, brussels) == {"Jan Ober"}
    assert attendee_names(f, washington) == {"Jan Ober"} and washington["absent"] == []
    # one who stays away for a meeting elsewhere
    f = extract_text(lead + "Außenminister Jan Ober fehlte, da er zeitgleich in Washington Gespräche führte.", date="2027-05-22")
    brussels, washington = f["meetings"]
    assert absent_names(f, brussels) == {"Jan Ober"} and attendee_names(f, washington) == {"Jan Ober"}
    # one named in the clause, at a meeting held at the same time
    f = extract_text(lead + "Für Deutschland nahm Staatsminister Tim Berg teil, da Außenminister Jan Ober zeitgleich in "
                     "Berlin an einer Kabinettssitzung teilnahm.", date="2027-05-22")
    assert absent_names(f, f["meetings"][0]) == {"Jan Ober"}
    # English "because" needs no comma
    f = extract_text("EU foreign ministers met in Brussels on Monday. Foreign Minister Jan Ober stayed away because he "
                     "was holding talks in Washington.", lang="en", date="2027-05-22")
    brussels, washington = f["meetings"]
    assert absent_names(f, brussels) == {"Jan Ober"} and attendee_names(f, washington) == {"Jan Ober"}


def test_a_dateline_below_a_subheadline_places_the_first_sentence_of_the_body(extract_text):
    for dateline in ("Berlin. ", "Berlin – "):
        f = extract_text("Länderrunde\n\nRegierungschefs beraten über Stromnetze\n\n" + dateline + "Die Regierungschefs der "
                         "Länder sind am Donnerstag mit Kanzler Jan Ober zusammengetroffen.", date="2027-06-12")
        assert place_names(f, only_meeting(f)) == ["Berlin"], dateline


def test_a_meeting_still_to_come_on_a_journey_told_as_news_is_held_where_the_traveller_went(extract_text):
    f = extract_text("Außenminister Jan Ober ist zu Gesprächen mit seinem Amtskollegen Tim Berg nach Warschau gereist. "
                     "Ober trifft zudem Staatspräsident Eva Rotter.", date="2027-03-04")
    talks, call = f["meetings"]
    assert call["status"] == "planned" and attendee_names(f, call) == {"Jan Ober", "Eva Rotter"}
    assert place_names(f, call) == ["Warsaw"]


def test_a_meeting_noun_is_not_dated_by_the_next_meeting_word_in_its_clause(extract_text):
    # "after the meeting that talks would continue in July": July is the talks' to come, not the meeting's
    f = extract_text("Finance ministers failed on Friday to agree on new rules. Finance Minister Jan Ober told reporters "
                     "after the meeting that talks would continue in July.", lang="en", date="2027-06-20")
    held = f["meetings"][0]
    assert held["status"] == "past" and held["date"]["value"] == "2027-06-18"


def test_a_return_visit_told_with_one_who_met_has_the_guest_of_then_as_host(extract_text):
    f = extract_text("Kanzler Jan Ober hat am Montag Präsident Tim Berg im Kanzleramt empfangen. Ober kündigte einen "
                     "Gegenbesuch in Wien an.", date="2027-04-15")
    visit, ret = f["meetings"]
    assert attendee_names(f, ret) == {"Jan Ober", "Tim Berg"} and host_names(f, ret) == {"Tim Berg"}
    # one that names no one stays with no one
    f = extract_text("Kanzler Jan Ober hat am Montag Präsident Tim Berg im Kanzleramt empfangen. Ein Gegenbesuch in Wien "
                     "ist geplant.", date="2027-04-15")
    assert f["meetings"][-1]["attendees"] == []
    # one called off has its visitor only, as any visit called off
    f = extract_text("Kanzlerin Jana Ober reiste im Februar nach Wien. Präsident Tim Berg empfing sie in der Hofburg. Ein "
                     "für April geplanter Gegenbesuch von Berg in Berlin wurde abgesagt.", date="2027-05-15")
    ret = f["meetings"][-1]
    assert ret["status"] == "cancelled" and host_names(f, ret) == set() and attendee_names(f, ret) == {"Tim Berg"}


def test_the_talk_with_a_building_after_a_talk_on_the_sidelines_is_that_talk(extract_text):
    f = extract_text("Am Rande der Sicherheitskonferenz in München hat Kanzler Jan Ober am Samstag Präsident Tim Berg "
                     "getroffen. Das Gespräch im Hotel Bayerischer Hof dauerte rund eine Stunde.", date="2027-02-14")
    conference, talk = f["meetings"]
    assert "Hotel Bayerischer Hof" in place_names(f, talk) and "Hotel Bayerischer Hof" not in place_names(f, conference)


def test_the_talk_with_a_day_after_a_talk_on_the_sidelines_is_that_talk(extract_text):
    f = extract_text("Kanzler Jan Ober hat am Rande des Gipfels in Rom Präsident Tim Berg getroffen. Bei dem Gespräch am "
                     "Samstag ging es um den Handel.", date="2027-02-15")
    summit, talk = f["meetings"]
    assert talk["date"]["value"] == "2027-02-13" and summit["date"] is None
    assert attendee_names(f, talk) == {"Jan Ober", "Tim Berg"}


def test_one_taking_part_in_the_meeting_on_a_later_day_of_it_is_at_it(extract_text):
    f = extract_text("Die Außenminister der Allianz haben am Mittwoch in Antalya ihre zweitägigen Beratungen aufgenommen. "
                     "Außenminister Jan Ober nimmt erst am Donnerstag an dem Treffen teil.", date="2027-05-13")
    m = only_meeting(f)
    assert "Jan Ober" in attendee_names(f, m) and m["date"]["value"] == "2027-05-12"
    f = extract_text("Leaders opened their two-day summit in Evian on Monday. President Ivan Petrov is expected to join "
                     "the talks on Tuesday.", lang="en", date="2027-06-14")
    m = only_meeting(f)
    assert "Ivan Petrov" in attendee_names(f, m) and m["date"]["value"] == "2027-06-14"


def test_one_who_accompanied_the_visitor_in_the_simple_past_is_at_the_visit(extract_text):
    f = extract_text("Kanzler Jan Ober hat am Dienstag Chemnitz besucht. Ministerpräsident Tim Berg begleitete den Kanzler.",
                     date="2027-09-10")
    assert attendee_names(f, only_meeting(f)) == {"Jan Ober", "Tim Berg"}


def test_the_period_a_thing_is_for_tells_no_plan_of_a_meeting_dated_otherwise(extract_text):
    f = extract_text("Der Ministerrat hat am Mittwoch unter Vorsitz von Kanzler Jan Ober das Budget für das kommende Jahr "
                     "beschlossen.", date="2027-03-19")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2027-03-17"
    # a plan for a time is still a plan
    f = extract_text("Das nächste Treffen der Minister ist für die kommende Woche geplant.", date="2027-03-19")
    assert only_meeting(f)["status"] == "planned"


def test_a_headline_of_persons_is_the_leads_meeting_of_their_states(extract_text):
    # the persons' states are known to the knowledge base; the lead names only the states
    f = extract_text("Scholz, Macron und Tusk beraten in Paris\n\nDie Regierungschefs Deutschlands, Frankreichs und Polens "
                     "haben sich am Dienstagabend im Élysée-Palast zu einem Abendessen getroffen.", date="2024-04-24")
    m = only_meeting(f)
    assert {"Olaf Scholz", "Emmanuel Macron", "Donald Tusk", "France"} <= attendee_names(f, m)


def test_a_place_in_a_phrase_a_span_of_time_opens_is_not_the_meetings(extract_text):
    f = extract_text("Die Außenminister Jan Ober und Tim Berg haben am Montag beraten. Es war das erste Treffen im "
                     "Weimarer Format seit dem Regierungswechsel in Paris.", date="2027-03-22")
    assert all("Paris" not in place_names(f, m) and "Weimar" not in place_names(f, m) for m in f["meetings"])
    # a span that a date opens is that date alone
    f = extract_text("Die Außenminister Jan Ober und Tim Berg beraten seit heute im japanischen Kyoto.", date="2027-03-22")
    assert place_names(f, only_meeting(f)) == ["Kyoto"]


def test_a_meeting_with_someone_on_a_state_visit_is_the_visitors_not_the_spouses(extract_text):
    f = extract_text("Präsident Jan Ober ist zu einem dreitägigen Staatsbesuch in Schweden eingetroffen. König Tim Berg "
                     "begrüßte ihn und seine Frau Eva Ober am Montag in Stockholm. Für Dienstag ist ein Treffen mit "
                     "Ministerpräsident Lars Holm geplant, am Mittwoch reist Ober nach Göteborg weiter.", date="2027-03-08")
    talk = next(m for m in f["meetings"] if "Lars Holm" in attendee_names(f, m))
    assert attendee_names(f, talk) == {"Lars Holm", "Jan Ober"}


def test_the_meeting_after_what_an_absent_one_did_instead_is_the_storys(extract_text):
    f = extract_text("Statt Außenminister Jan Ober hat Staatssekretär Tim Berg am Treffen der Außenminister in Luxemburg "
                     "teilgenommen. Ober hielt sich zu Gesprächen in Kairo auf, wo er Präsident Omar Adel traf. Die "
                     "Außenbeauftragte Eva Rotter sagte nach dem Treffen, man sei sich einig.", date="2027-04-11")
    luxembourg = next(m for m in f["meetings"] if "Luxembourg" in place_names(f, m))
    assert "Eva Rotter" in attendee_names(f, luxembourg)
    assert all("Eva Rotter" not in attendee_names(f, m) for m in f["meetings"] if m is not luxembourg)


def test_one_who_took_part_after_a_relative_clause_of_another_meeting_is_at_the_meeting_told(extract_text):
    f = extract_text("European leaders gathered at Lancaster House in London on Sunday. President Jan Ober, who had met "
                     "King Tim Berg at Sandringham the day before, also took part.", lang="en", date="2027-03-03")
    london = next(m for m in f["meetings"] if "London" in place_names(f, m))
    other = next(m for m in f["meetings"] if m is not london)
    assert "Jan Ober" in attendee_names(f, london) and "London" not in place_names(f, other)
    f = extract_text("Die Regierungschefs kamen am Sonntag in London zusammen. Präsident Jan Ober, der am Vortag König Tim "
                     "Berg in Sandringham getroffen hatte, nahm ebenfalls teil.", date="2027-03-03")
    london = next(m for m in f["meetings"] if "London" in place_names(f, m))
    assert "Jan Ober" in attendee_names(f, london) and len(f["meetings"]) == 2


def test_a_headline_of_what_was_agreed_at_a_summit_tells_the_summit_held_not_a_plan(extract_text):
    f = extract_text("Leaders agree to boost Ukraine support at London summit\n\nEuropean leaders gathered in London on "
                     "Sunday.", lang="en", date="2027-03-03")
    m = only_meeting(f)
    assert m["status"] == "past" and place_names(f, m) == ["London"]


def test_a_states_representatives_not_invited_leave_the_state_absent(extract_text):
    f = extract_text("Die Minister Jan Ober und Tim Berg haben am Donnerstag in Istanbul verhandelt. Ukrainische Vertreter "
                     "waren nicht eingeladen.", date="2027-05-16")
    assert absent_names(f, only_meeting(f)) == {"Ukraine"}
    f = extract_text("Ministers Jan Ober and Tim Berg held talks in Istanbul on Thursday. Ukrainian representatives were "
                     "not invited.", lang="en", date="2027-05-16")
    assert absent_names(f, only_meeting(f)) == {"Ukraine"}


def test_an_office_of_some_states_alone_is_not_the_holder_of_another_states_office(extract_text):
    # Finland's defence minister, as the knowledge base has him, is no Bundesministerin
    f = extract_text("Bundesministerin der Verteidigung empfängt finnischen Amtskollegen\n\nDie Bundesministerin der "
                     "Verteidigung hat heute ihren finnischen Amtskollegen Antti Häkkänen im Bendlerblock empfangen.",
                     date="2027-02-11")
    m = only_meeting(f)
    assert "Antti Häkkänen" in attendee_names(f, m) and "Antti Häkkänen" not in host_names(f, m)


def test_one_member_of_an_organisation_in_a_compound_is_no_party(extract_text):
    f = extract_text("Präsident Jan Ober empfing am Freitag in Moskau mehrere Staatschefs. Ministerpräsident Tim Berg war "
                     "als einziger Regierungschef eines EU-Landes angereist.", date="2027-05-08")
    assert all("European Union" not in attendee_names(f, m) for m in f["meetings"])


def test_a_headline_talk_of_two_is_the_talk_on_the_sidelines_not_the_conference(extract_text):
    # (below a line that names the paper: the headline is the first line of the body)
    f = extract_text("The Daily Courier\n\nOber meets Berg at UN\n\nPrime Minister Jan Ober held talks with President Tim Berg on the sidelines "
                     "of the UN General Assembly in New York on Tuesday.", lang="en", date="2027-09-24")
    talk = next(m for m in f["meetings"] if m["trigger"] in ("meets", "held"))
    assembly = next(m for m in f["meetings"] if m is not talk)
    assert attendee_names(f, talk) == {"Jan Ober", "Tim Berg"} and talk["date"]["value"] == "2027-09-21"
    assert len(f["meetings"]) == 2 and "assembly" in assembly["trigger"].lower()


def test_one_speaking_in_a_clause_after_an_absence_is_not_at_the_meeting(extract_text):
    f = extract_text("Ministers Jan Ober and Tim Berg met in Riyadh on Tuesday. Ukraine was not invited, and President "
                     "Lars Holm said Kyiv would not accept any outcome reached without it.", lang="en", date="2027-02-19")
    m = only_meeting(f)
    assert "Lars Holm" not in attendee_names(f, m) and absent_names(f, m) == {"Ukraine"}


def test_one_who_arrived_on_a_day_after_attending_a_meeting_is_at_the_meeting_of_that_day(extract_text):
    f = extract_text("Leaders opened a two-day summit in The Hague on Tuesday. King Tim Berg had hosted a dinner for the "
                     "leaders on the eve of the summit. President Jan Ober arrived late on Tuesday after attending a "
                     "meeting in Washington.", lang="en", date="2027-06-25")
    summit = next(m for m in f["meetings"] if m["trigger"] == "summit")
    washington = next(m for m in f["meetings"] if "Washington" in place_names(f, m))
    assert "Jan Ober" in attendee_names(f, summit) and attendee_names(f, washington) == {"Jan Ober"}
    assert all("Jan Ober" not in attendee_names(f, m) for m in f["meetings"] if m is not summit and m is not washington)


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Verteidigungsminister von rund 50 Staaten berieten am Freitag in Ramstein. Gastgeber war Minister Dale "
           "Horton. Der deutsche Ressortchef Udo Brenner sagte zwölf Haubitzen zu."),
    ("en", "Defence ministers from some 50 states met at Ramstein on Friday. Minister Dale Horton hosted the talks. "
           "Germany's defence minister Udo Brenner pledged twelve howitzers."),
    # a format's round, told with its two hosts alone, is a meeting of many
    ("de", "Auf Einladung von Minister Dale Horton und seiner Kollegin Ann Vale ist die Ukraine-Kontaktgruppe am Freitag "
           "in Ramstein zusammengekommen. Der deutsche Ressortchef Udo Brenner sagte zwölf Haubitzen zu."),
])
def test_meetings_who_pledged_right_after_a_meeting_of_many_was_told_pledged_at_it(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-09-07")
    assert "Udo Brenner" in attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("text", [
    # a talk of two: a pledge after it is no one's taking part
    "Kanzler Jens Haller empfing am Montag den Präsidenten Arvo Kask im Kanzleramt. Verteidigungsminister Udo Brenner "
    "sagte weitere Hilfe zu.",
    # a pledge on a day or in a place of its own is that day's or that place's news
    "Die Verteidigungsminister von rund 50 Staaten berieten am Montag in Ramstein. Verteidigungsminister Udo Brenner "
    "sagte am Freitag weitere Hilfe zu.",
    "Die Verteidigungsminister von rund 50 Staaten berieten am Montag in Ramstein. Verteidigungsminister Udo Brenner "
    "sagte in Kiew weitere Hilfe zu.",
])
def test_meetings_a_pledge_elsewhere_or_after_a_talk_of_two_adds_no_one(extract_text, text):
    f = extract_text(text, date="2027-03-10")
    assert all("Udo Brenner" not in attendee_names(f, m) for m in f["meetings"])


def test_meetings_the_named_source_of_news_of_a_meeting_to_come_is_not_in_it(extract_text):
    f = extract_text("Laut Verteidigungsminister Udo Brenner soll die nächste Runde im Januar in Brüssel stattfinden.",
                     date="2027-11-21")
    assert "Udo Brenner" not in attendee_names(f, only_meeting(f))
    f = extract_text("According to Defence Secretary Jon Harte, the talks will resume in May in Oslo.", lang="en",
                     date="2027-03-01")
    assert "Jon Harte" not in attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("lang, text", [
    ("en", "Prime Minister Alan Brisk welcomed the leaders of Norway, Denmark and Iceland to Downing Street on Wednesday. "
           "Norwegian Prime Minister Eirik Dahl said the countries had agreed to share more data. Finland's president, "
           "Arvo Kask, joined by video link."),
    ("de", "Die Staats- und Regierungschefs der Nato sind am Mittwoch in Den Haag zu ihrem Gipfel zusammengekommen. "
           "Der spanische Ministerpräsident Pablo Ortega sagte, sein Land werde das Ziel nicht erreichen."),
])
def test_meetings_a_leader_who_speaks_right_after_a_meeting_of_leaders_was_one_of_them(extract_text, lang, text):
    # (also when the meeting is told again in the text's last sentence, after the speaker)
    f = extract_text(text, lang=lang, date="2027-10-09")
    m = next(m for m in f["meetings"] if m["status"] == "past")
    assert ("Eirik Dahl" if lang == "en" else "Pablo Ortega") in attendee_names(f, m)


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Ministerpräsidenten der Länder haben am Donnerstag mit Kanzler Jens Haller beraten. Die Runde im "
           "Kanzleramt dauerte länger als geplant."),
    ("en", "Foreign ministers met in Oslo on Thursday. The session ran longer than planned."),
])
def test_meetings_a_comparison_with_the_plan_tells_no_plan(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-12-12")
    assert [m["status"] for m in f["meetings"]] == ["past"]


def test_meetings_a_hyphenated_compound_with_a_meeting_head_is_a_meeting_as_the_closed_one_is(extract_text):
    # "Shangri-La-Dialog" as "Sicherheitsdialog"; the bare "Dialog" stays none
    f = extract_text("Auf dem Shangri-La-Dialog in Singapur hat Verteidigungsminister Dale Horton vor einer Eskalation "
                     "gewarnt.", date="2027-05-30")
    m = only_meeting(f)
    assert "Dale Horton" in attendee_names(f, m) and "Singapore" in place_names(f, m)
    assert extract_text("Der Dialog mit Peking müsse weitergehen, sagte Dale Horton.", date="2027-05-30")["meetings"] == []


def test_meetings_a_group_member_quoted_after_a_colon_was_at_the_groups_meeting(extract_text):
    f = extract_text("Die Außenminister haben am Montag in Luxemburg über Sanktionen beraten. Außenminister Udo Brenner zeigte "
                     "sich enttäuscht: „Das ist ein schlechter Tag.“", date="2027-04-16")
    assert "Udo Brenner" in attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("lang, text", [
    ("en", "President Arvo Kask met Prime Minister Alan Brisk in Ankara on Monday and said he was ready to meet "
           "President Ivo Marin in Istanbul."),
    ("de", "Präsident Arvo Kask traf am Montag in Ankara Premier Alan Brisk und sagte, er sei bereit, Präsident Ivo Marin "
           "in Istanbul zu treffen."),
])
def test_meetings_what_was_said_after_a_second_verb_is_no_part_of_the_meeting_told(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-06-03")
    met = next(m for m in f["meetings"] if "Alan Brisk" in attendee_names(f, m))
    assert place_names(f, met) == ["Ankara"] and "Ivo Marin" not in attendee_names(f, met)


def test_meetings_instead_as_an_adverb_names_no_one_missing(extract_text):
    f = extract_text("Russia instead sent a delegation led by aide Ivan Sorin to talks with Ukrainian officials in Istanbul "
                     "on Tuesday.", lang="en", date="2027-06-03")
    assert absent_names(f, only_meeting(f)) == set()
    f = extract_text("Instead of President Arvo Kask, aide Ivan Sorin attended the talks in Istanbul on Tuesday.", lang="en",
                     date="2027-06-03")
    assert absent_names(f, only_meeting(f)) == {"Arvo Kask"}


@pytest.mark.parametrize("second, lang", [
    ("Prinz Ole nahm in Vertretung von Präsident Arvo Kask teil.", "de"),
    ("Prinz Ole nahm in Vertretung des Präsidenten Arvo Kask teil.", "de"),
    ("Prince Ole attended on behalf of President Arvo Kask.", "en"),
    ("Prince Ole attended in place of President Arvo Kask.", "en")])
def test_meetings_one_attending_on_behalf_of_another_stands_in_for_them(extract_text, second, lang):
    opening = {"de": "Die Staats- und Regierungschefs kamen am Samstag in Rom zusammen. ",
               "en": "Leaders gathered in Rome on Saturday. "}[lang]
    f = extract_text(opening + second, lang=lang, date="2025-04-26")
    m = only_meeting(f)
    assert "Prinz Ole" in attendee_names(f, m) or "Prince Ole" in attendee_names(f, m)
    assert absent_names(f, m) == {"Arvo Kask"} and place_names(f, m) == ["Rome"]


def test_meetings_one_attending_on_behalf_of_a_state_makes_the_state_take_part(extract_text):
    f = extract_text("Leaders gathered in Rome on Saturday. Prince Ole attended on behalf of Norway.", lang="en",
                     date="2025-04-26")
    m = only_meeting(f)
    assert {"Prince Ole", "Norway"} <= attendee_names(f, m) and absent_names(f, m) == set()


@pytest.mark.parametrize("lang, text", [
    ("en", "BRUSSELS — Foreign ministers of the bloc failed on Tuesday to agree on new sanctions. Ministers argued for "
           "hours. \"We cannot look away,\" Foreign Minister Ann Vale told reporters as she arrived at the meeting."),
    ("de", "Brüssel (dpa) - Die Außenminister haben sich am Dienstag nicht auf neue Sanktionen einigen können. "
           "Ungarn blockierte. Ministerin Ann Vale zeigte sich nach der Sitzung enttäuscht."),
])
def test_meetings_a_meeting_the_lead_after_a_dateline_lent_its_day_is_in_the_datelines_town(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-04-09")
    m = only_meeting(f)
    assert m["date"]["value"] == "2027-04-06" and place_names(f, m) == ["Brussels"]


def test_meetings_one_somewhere_else_at_the_same_time_in_a_clause_of_cause_is_absent(extract_text):
    # whatever they did there: "auftreten" is no verb of being and the Bauerntag no meeting of the rules
    f = extract_text("Die Agrarminister der EU sind am Montag in Luxemburg zusammengekommen. Für Deutschland nahm "
                     "Staatssekretärin Ada Brenner teil, da Minister Jan Obel zeitgleich beim Bauerntag in Berlin auftrat.",
                     date="2027-10-15")
    m = only_meeting(f)
    assert "Ada Brenner" in attendee_names(f, m) and absent_names(f, m) == {"Jan Obel"}


def test_meetings_a_partner_verb_with_a_particle_of_another_sense_is_no_talk(extract_text):
    f = extract_text("Am Rande der UN-Generalversammlung in New York hat Kanzler Jens Haller am Dienstag Präsident Arvo Kask "
                     "getroffen. Beide sprachen sich für einen raschen Abschluss des Abkommens aus.", date="2027-09-24")
    assert [m["trigger"] for m in f["meetings"]] == ["Generalversammlung", "getroffen"]
    # the talk itself stays one
    f = extract_text("Kanzler Jens Haller sprach am Dienstag in New York mit Präsident Arvo Kask.", date="2027-09-24")
    assert attendee_names(f, only_meeting(f)) == {"Jens Haller", "Arvo Kask"}


def test_meetings_the_meeting_chaired_after_a_talk_on_its_sidelines_is_the_one_beside(extract_text):
    f = extract_text("The foreign ministers of the group met in the Canadian resort town of Charlevoix on Friday. Secretary "
                     "Ann Vale held separate talks with Minister Ken Oda on the sidelines. Canada's foreign minister, Alma "
                     "Keller, chaired the meeting.", lang="en", date="2027-04-12")
    main = next(m for m in f["meetings"] if m["trigger"] == "met")
    assert host_names(f, main) == {"Alma Keller"} and place_names(f, main) == ["Charlevoix"]
    talk = next(m for m in f["meetings"] if m is not main)
    assert host_names(f, talk) == set()


def test_meetings_a_known_square_is_a_place_and_a_day_earlier_counts_from_the_story(extract_text):
    # "Red Square" is a venue of the knowledge base in Moscow, no person; "a day earlier" is the day before the
    # story's last dated event
    f = extract_text("President Arvo Kask joined President Vladimir Putin on Red Square on Friday for a parade. The two "
                     "leaders held talks in the Kremlin a day earlier.", lang="en", date="2027-05-09")
    parade, talks = f["meetings"]
    assert place_names(f, parade) == ["Red Square"] and attendee_names(f, parade) == {"Arvo Kask", "Vladimir Putin"}
    assert talks["date"]["value"] == "2027-05-06" and attendee_names(f, talks) == {"Arvo Kask", "Vladimir Putin"}
    f = extract_text("Kanzler Jens Haller traf am Freitag in Paris Präsident Arvo Kask. Die beiden hatten einen Tag zuvor "
                     "in Brüssel gesprochen.", date="2027-05-09")
    assert sorted(m["date"]["value"] for m in f["meetings"]) == ["2027-05-06", "2027-05-07"]


def test_meetings_a_meeting_with_someone_told_after_two_travellers_named_together_is_both_of_theirs(extract_text):
    f = extract_text("Außenminister Jan Obel und sein französischer Kollege Luc Marchal sind gemeinsam nach Kiew gereist. "
                     "Dort wollen sie mit Minister Taras Hrytsenko sprechen. Ein Treffen mit Präsident Arvo Kask ist für "
                     "Mittwoch geplant.", date="2027-12-02")
    m = next(m for m in f["meetings"] if "Arvo Kask" in attendee_names(f, m))
    assert attendee_names(f, m) == {"Arvo Kask", "Jan Obel", "Luc Marchal"}


def test_meetings_a_group_doing_a_partner_verb_on_a_day_or_in_a_place_meets(extract_text):
    f = extract_text("Im Beisein von Kanzler Jens Haller haben Vertreter von Bund und Ländern am Freitag im Kanzleramt einen "
                     "Pakt unterzeichnet. Auch Ministerin Ada Brenner war anwesend.", date="2027-10-04")
    m = only_meeting(f)
    assert {"Jens Haller", "Ada Brenner"} <= attendee_names(f, m) and m["date"]["value"] == "2027-10-01"
    # with no day or place it is no event: a custom, a long debate
    assert extract_text("Die Minister reden seit Jahren über eine Reform.", date="2027-10-04")["meetings"] == []


def test_meetings_a_host_word_before_an_office_and_a_name_is_a_title(extract_text):
    # "with host Prime Minister X pushing for unity": no verb of hosting (no plan), and X hosts
    f = extract_text("KANANASKIS, Alberta (AP) — Leaders of the group opened their annual summit in the mountains on "
                     "Sunday, with host Prime Minister Alan Brisk pushing for unity. President Arvo Kask left the summit "
                     "a day early, skipping meetings with Ivo Marin and Mexican President Lena Ruiz.", lang="en",
                     date="2027-06-16")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2027-06-13"
    assert host_names(f, m) == {"Alan Brisk"}
    # the wire's town before its region is the place; those a skipped meeting was with are neither absent nor there
    assert place_names(f, m) == ["Kananaskis"]
    assert absent_names(f, m) == set() and not {"Ivo Marin", "Lena Ruiz"} & attendee_names(f, m)


def test_meetings_the_two_talking_with_no_day_or_place_of_their_own_is_the_meeting_told(extract_text):
    f = extract_text("President Arvo Kask met President Luc Marchal on the sidelines of the U.N. General Assembly on Wednesday. "
                     "The two leaders spoke for about an hour, according to his office.", lang="en", date="2027-09-25")
    assert "spoke" not in [m["trigger"] for m in f["meetings"]]
    met = next(m for m in f["meetings"] if m["trigger"] == "met")
    assert attendee_names(f, met) == {"Arvo Kask", "Luc Marchal"} and met["date"]["value"] == "2027-09-22"
    # ("beide" alone)
    f = extract_text("Am Rande des Gipfels in Graz kam Präsident Arvo Kask mit Präsident Luc Marchal zusammen. Beide "
                     "sprachen nach Angaben eines Sprechers knapp eine Stunde.", date="2027-09-25")
    assert len(f["meetings"]) == 2 and "sprachen" not in [m["trigger"] for m in f["meetings"]]


def test_meetings_english_visit_after_a_modal_is_the_verb_whose_object_is_the_place(extract_text):
    f = extract_text("President Arvo Kask said on Thursday he would visit China in April.", lang="en", date="2027-10-30")
    m = only_meeting(f)
    assert m["status"] == "planned" and place_names(f, m) == ["China"] and m["date"]["value"] == "2028-04"


def test_meetings_joining_the_meeting_after_one_on_a_conferences_sidelines_joins_that_one(extract_text):
    f = extract_text("Vice President Dale Horton met President Arvo Kask on the sidelines of the Munich Security "
                     "Conference on Friday. Secretary Ann Vale and envoy Ivan Sorin joined the meeting.", lang="en",
                     date="2027-02-20")
    met = next(m for m in f["meetings"] if m["trigger"] == "met")
    assert {"Ann Vale", "Ivan Sorin"} <= attendee_names(f, met)


def test_meetings_one_due_to_join_on_a_later_day_of_talks_told_after_their_verb_joins_them(extract_text):
    f = extract_text("NATO foreign ministers gathered in Brussels on Thursday for two days of talks dominated by U.S. "
                     "demands for higher defence spending. Secretary Ann Vale told her counterparts that allies must spend "
                     "more. Ukraine's foreign minister "
                     "Taras Hrytsenko is due to join the talks on Friday.", lang="en", date="2027-04-01")
    m = only_meeting(f)
    assert "Taras Hrytsenko" in attendee_names(f, m) and m["date"]["value"] == "2027-04-01"


def test_meetings_talks_between_states_take_part_and_their_next_round_is_theirs(extract_text):
    f = extract_text("Die Gespräche zwischen Finnland und dem Iran sind am Montag in Genf ohne Ergebnis zu Ende gegangen. "
                     "Die Delegationen wurden von Minister Jan Obel und Minister Reza Tavakoli geleitet. Die Gespräche "
                     "sollen in der kommenden Woche in Oman fortgesetzt werden.", date="2027-03-03")
    held, planned = f["meetings"]
    assert {"Finland", "Iran"} <= attendee_names(f, held)
    assert planned["status"] == "planned" and place_names(f, planned) == ["Oman"]
    assert attendee_names(f, planned) >= {"Finland", "Iran", "Jan Obel", "Reza Tavakoli"}
    # talks told by their verb go on too: those who met
    f = extract_text("Minister Jan Obel hat sich am Donnerstag in Paris mit Minister Luc Marrot getroffen. Die Gespräche "
                     "sollen im Januar in Berlin fortgesetzt werden.", date="2027-03-03")
    held, planned = f["meetings"]
    assert planned["status"] == "planned" and attendee_names(f, planned) == {"Jan Obel", "Luc Marrot"}
    # a topic names no party: "Thema waren die Gespräche zwischen X und Y"
    f = extract_text("Kanzler Jens Haller hat sich am Mittwoch per Videoschalte mit Präsident Arvo Kask beraten. Thema "
                     "waren die Gespräche zwischen den USA und Russland.", date="2027-02-20")
    assert not {"United States", "Russia"} & attendee_names(f, only_meeting(f))


def test_meetings_a_state_in_a_topic_phrase_split_by_the_noun_is_no_party(extract_text):
    # "ging es in dem Gespräch um … die Ukraine": "es" and "um" apart
    f = extract_text("Kanzler Jens Haller hat am Dienstagabend mit Präsident Arvo Kask telefoniert. Wie aus Regierungskreisen "
                     "verlautete, ging es in dem rund 40-minütigen Gespräch um die Zölle und die Ukraine.", date="2027-02-10")
    assert attendee_names(f, only_meeting(f)) == {"Jens Haller", "Arvo Kask"}


def test_meetings_one_kept_from_coming_is_absent_but_not_one_who_prevented_something(extract_text):
    f = extract_text("Die Regierungschefs trafen sich am Montag in Brüssel. Regierungschefin Ada Brenner war verhindert.",
                     date="2027-06-16")
    assert absent_names(f, only_meeting(f)) == {"Ada Brenner"}
    f = extract_text("Die Regierungschefs trafen sich am Montag in Brüssel. Regierungschefin Ada Brenner hat eine Einigung "
                     "verhindert.", date="2027-06-16")
    assert absent_names(f, only_meeting(f)) == set()


def test_meetings_the_ministers_after_a_group_of_ministers_is_that_group_not_the_two_named_last(extract_text):
    f = extract_text("Defence ministers met in Brussels on Tuesday. Minister Ivo Marin did not attend. Germany was "
                     "represented by state secretary Nils Hauk. The ministers will meet again in June.", lang="en",
                     date="2027-05-21")
    planned = next(m for m in f["meetings"] if m["status"] == "planned")
    assert not {"Ivo Marin", "Nils Hauk"} & attendee_names(f, planned)


def test_meetings_a_visit_set_off_for_from_the_datelines_town_is_not_in_that_town(extract_text):
    f = extract_text("Düsseldorf – Ministerpräsident Jan Obel ist am Donnerstag zu einem Besuch in die Niederlande "
                     "aufgebrochen.", date="2027-04-09")
    assert "Düsseldorf" not in place_names(f, only_meeting(f))


def test_meetings_a_sentence_of_being_somewhere_on_a_day_dates_the_meeting_there_told_next(extract_text):
    f = extract_text("Die Außenministerin heißt Ada Brenner. Sie war am Dienstag in Polen. In der Stadt Warschau hat sie "
                     "den Außenminister Jan Kowal getroffen.", date="2027-05-12")
    assert only_meeting(f)["date"]["value"] == "2027-05-11"


def test_meetings_one_who_joined_the_two_meets_them(extract_text):
    f = extract_text("President Arvo Kask hosted President Lin Wei for a state visit on Monday. Commission President Ada "
                     "Brenner joined the two leaders for a trilateral meeting at the Elysee Palace.", lang="en",
                     date="2027-04-14")
    tri = next(m for m in f["meetings"] if m["trigger"] == "meeting")
    assert attendee_names(f, tri) == {"Arvo Kask", "Lin Wei", "Ada Brenner"}


def test_meetings_a_persons_meeting_noun_then_a_copula_says_what_the_meeting_told_was(extract_text):
    f = extract_text("Prime Minister Ken Oda and President Lee Min-ho agreed on Friday to deepen ties during a summit in "
                     "Tokyo. Lee's visit was the first by a leader of his country since 2023.", lang="en", date="2027-05-02")
    assert len(f["meetings"]) == 1


def test_meetings_details_naming_holders_of_the_office_a_lead_named_belong_to_it():
    persons = [("Aino Kask", "EE", "Defence Minister"), ("Lars Berg", "SE", "Defence Minister"),
               ("Mikko Salo", "FI", "Defence Minister"), ("Juha Lehto", "FI", "Foreign Minister")]

    def run(text: str) -> dict:
        return extract_with_persons(persons, text)

    lead = "Die Verteidigungsminister der nordischen und baltischen Staaten haben sich in Riga getroffen. "
    f = run(lead + "Gastgeberin Aino Kask begrüßte ihre Amtskollegen Lars Berg und Mikko Salo.")
    m = only_meeting(f)
    assert {"Aino Kask", "Lars Berg", "Mikko Salo"} <= attendee_names(f, m) and host_names(f, m) == {"Aino Kask"}
    # one holding another office is not told to be among them: a reception of its own
    f = run(lead + "Gastgeberin Aino Kask begrüßte Lars Berg und Juha Lehto.")
    assert len(f["meetings"]) == 2


def test_meetings_a_clause_about_the_meeting_before_a_colon_labels_the_event_after_it(extract_text):
    f = extract_text("Das Telefonat dauerte knapp eine Stunde: Kanzler Bernd Vollmer und Präsident Oskars Berzins haben am "
                     "Montag über die Energiepreise gesprochen.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Bernd Vollmer", "Oskars Berzins"} and m["virtual"]


def test_meetings_a_clause_on_its_planning_before_a_colon_labels_the_meeting_held_after_it(extract_text):
    f = extract_text("Das Treffen war kurzfristig angesetzt worden: Am Dienstag sind die Regierungschefs der Länder mit "
                     "Kanzler Jan Obel im Kanzleramt zusammengekommen.", date="2025-11-25")
    m = only_meeting(f)  # held, whatever the label says of its planning
    assert m["status"] == "past" and m["date"]["value"] == "2025-11-25" and "Jan Obel" in attendee_names(f, m)
    # not what came next
    f = extract_text("Das Telefonat dauerte eine Stunde: Danach traf Kanzler Jan Obel in Paris Präsident Ivo Marić.",
                     date="2025-11-25")
    assert len(f["meetings"]) == 2
    # nor, later in the story, talks told before: the label names those, the meeting after it is an earlier one
    f = extract_text("Kanzler Jan Obel und Präsident Ivo Marić haben im Juli 2018 in Rom eine Erklärung unterzeichnet. "
                     "Die Verhandlungen hatten damals begonnen: Im Mai 2018 waren Obel und Marić in Bordschomi zu ersten "
                     "Gesprächen zusammengekommen.", date="2028-07-15")
    assert [(m["date"] or {}).get("value") for m in f["meetings"]] == ["2018-07", "2018-05"]


@pytest.mark.parametrize("text, lang", [
    ("NATO defence ministers met in Brussels on Thursday. Defense Secretary Jan Obel had flown in from Germany, where he "
     "visited troops in Stuttgart on Wednesday.\n\nDefence Minister Ivo Marić also took part.", "en"),
    ("Die Verteidigungsminister der Nato kamen am Donnerstag in Brüssel zusammen. Minister Jan Obel war aus Warschau "
     "angereist, wo er am Mittwoch Präsident Piet Kramer getroffen hatte. Auch Minister Ivo Marić nahm teil.", "de"),
])
def test_meetings_what_was_done_where_a_journey_came_from_came_before_the_story(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-02-13")
    main, before = f["meetings"]
    assert before["date"]["value"] == "2025-02-12" and "Ivo Marić" not in attendee_names(f, before)
    assert "Ivo Marić" in attendee_names(f, main) and place_names(f, main) == ["Brussels"]


def test_meetings_a_headline_reception_is_the_lead_after_a_dateline_in_its_building(extract_text):
    f = extract_text("Kanzler empfängt Länderchefs zum Gipfel im Kanzleramt\nBerlin. Am Dienstag sind die "
                     "Regierungschefs der Länder mit Kanzler Jan Obel im Kanzleramt zusammengekommen. Ministerpräsident "
                     "Ivo Marić fehlte.", date="2025-11-25")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jan Obel"} and absent_names(f, m) == {"Ivo Marić"} and m["date"]["value"] == "2025-11-25"


def test_meetings_a_member_of_the_group_who_shows_a_stance_right_after_its_meeting_was_at_it(extract_text):
    f = extract_text("Die Finanzminister der Eurozone haben sich am Montag in Luxemburg getroffen. Finanzminister Bernd "
                     "Vollmer zeigte sich enttäuscht über das Ergebnis.")
    assert "Bernd Vollmer" in attendee_names(f, only_meeting(f))


def test_meetings_one_of_the_talks_summed_up_before_is_where_and_when_they_were(extract_text):
    f = extract_text("Außenministerin Eva Sand hat am Montag in Riga eine Reihe von Gesprächen geführt. Unter anderem "
                     "traf sie Präsident Oskars Berzins.")
    m = next(m for m in f["meetings"] if "Oskars Berzins" in attendee_names(f, m))
    assert place_names(f, m) == ["Riga"] and m["date"]["value"] == "2025-04-07"
    # the dateline's town, where the talks were
    f = extract_text("New York – Am Rande der UN-Generalversammlung hat Außenministerin Eva Sand eine Reihe bilateraler "
                     "Gespräche geführt. Unter anderem traf sie Präsident Oskars Berzins.")
    m = next(m for m in f["meetings"] if "Oskars Berzins" in attendee_names(f, m))
    assert place_names(f, m) == ["New York City"]
    f = extract_text("NEW YORK — Foreign Minister Eva Sand held a series of talks on the sidelines of the UN General "
                     "Assembly. Among others, she met President Oskars Berzins.", lang="en")
    m = next(m for m in f["meetings"] if "Oskars Berzins" in attendee_names(f, m))
    assert place_names(f, m) == ["New York City"]


def test_meetings_a_visit_called_off_told_again_with_its_day_and_town_is_one(extract_text):
    f = extract_text("Der Besuch von Präsident Oskars Berzins in Brandenburg ist abgesagt worden. Berzins hätte am Mittwoch "
                     "gemeinsam mit Ministerpräsident Bernd Vollmer die Universität Potsdam besuchen sollen.")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and attendee_names(f, m) == {"Oskars Berzins", "Bernd Vollmer"}
    assert "Potsdam" in place_names(f, m) and m["date"]["value"] == "2025-04-09"


def test_meetings_holders_of_the_office_the_text_names_after_a_lead_of_that_office_are_at_it(extract_text):
    f = extract_text("Die Bürgermeister der Partnerstädte Lindenau und Vaucelles haben sich am Freitag in Lindenau getroffen. "
                     "Oberbürgermeister Max Brenner und seine Amtskollegin Claire Dubois unterzeichneten eine Vereinbarung.")
    assert {"Max Brenner", "Claire Dubois"} <= attendee_names(f, only_meeting(f))


def test_meetings_the_owner_of_the_office_that_tells_of_a_call_is_no_lone_subject_of_it(extract_text):
    f = extract_text("Prime Minister Alan Reed and President Oskars Berzins agreed on Monday to deepen cooperation, Reed's "
                     "office said after the two leaders spoke by phone.", lang="en")
    m = only_meeting(f)
    assert {"Alan Reed", "Oskars Berzins"} <= attendee_names(f, m) and m["virtual"]


def test_meetings_a_building_unknown_in_a_story_tied_to_the_dateline_town_is_in_that_town(extract_text):
    f = extract_text("Madrid – Kanzler Bernd Vollmer hat am Donnerstag Präsident Oskars Berzins getroffen. Zuvor war Vollmer "
                     "von Premier Kalev Tamm im Regierungspalast empfangen worden.")
    m = next(m for m in f["meetings"] if "Kalev Tamm" in attendee_names(f, m))
    assert place_names(f, m) == ["Regierungspalast", "Madrid"]


def test_meetings_a_pronoun_that_takes_place_tells_where_and_when_the_meeting_before_is(extract_text):
    f = extract_text("Kanzler Bernd Vollmer und Präsident Oskars Berzins vereinbarten Regierungskonsultationen. Diese sollen "
                     "im Mai in Riga stattfinden.")
    m = only_meeting(f)
    assert place_names(f, m) == ["Riga"] and m["date"]["value"] == "2025-05" and m["status"] == "planned"


def test_meetings_an_agentless_passive_in_what_was_said_tells_no_meeting_of_the_speaker(extract_text):
    f = extract_text("In Riga haben Präsident Oskars Berzins und Kanzler Bernd Vollmer über die Lage beraten. Premier Kalev "
                     "Tamm kritisierte, über sein Land werde ohne sein Land verhandelt. Gastgeber war Bürgermeister Jānis Ozols.")
    m = only_meeting(f)
    assert "Kalev Tamm" not in attendee_names(f, m) and host_names(f, m) == {"Jānis Ozols"}


def test_meetings_a_day_known_only_to_its_month_is_no_day_of_a_meeting_under_way(extract_text):
    # (it raised a ValueError comparing "2025-04" with a day)
    f = extract_text("Foreign ministers of the region opened their annual meeting in Riga on Tuesday. Foreign Minister "
                     "Alan Reed and Foreign Minister Oskars Berzins are expected to join related meetings later this week.",
                     lang="en")
    assert any(place_names(f, m) == ["Riga"] for m in f["meetings"])


def test_meetings_it_will_be_someones_visit_is_the_visit_told(extract_text):
    f = extract_text("Chancellor Bernd Vollmer will travel to Riga next week to meet President Oskars Berzins. It will be "
                     "Vollmer's second visit to Riga this year.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Bernd Vollmer", "Oskars Berzins"}


def test_meetings_one_who_had_himself_represented_in_the_perfect_is_absent(extract_text):
    f = extract_text("Wegen einer Erkrankung hat sich Kanzler Bernd Vollmer beim Gipfel in Tirana vertreten lassen. Für "
                     "Deutschland nahm Vizekanzler Max Brenner an dem Treffen teil.")
    m = only_meeting(f)
    assert "Max Brenner" in attendee_names(f, m) and "Bernd Vollmer" not in attendee_names(f, m)
    assert {a["actor"] for a in m["absent"]} == {"person:bernd-vollmer"}


def test_meetings_what_was_done_instead_of_a_meeting_not_held_was_done_where_it_was_to_be(extract_text):
    f = extract_text("Das Treffen von Außenministerin Eva Sand mit Präsident Oskars Berzins am Rande der Konferenz in "
                     "Johannesburg kam nicht zustande. Berzins sei vorzeitig abgereist, hieß es. Sand traf stattdessen "
                     "Premier Kalev Tamm.")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Eva Sand", "Kalev Tamm"} and place_names(f, m) == ["Johannesburg"]


def test_meetings_states_doing_a_partner_verb_on_a_day_in_a_place_meet(extract_text):
    f = extract_text("Deutschland und Indien haben am Montag in Berlin ein Abkommen unterzeichnet.")
    m = only_meeting(f)
    assert {a["actor"] for a in m["attendees"]} == {"country:DE", "country:IN"} and place_names(f, m) == ["Berlin"]
    # with neither, an agreement between states tells no meeting
    assert extract_text("Deutschland und Indien haben ein Abkommen unterzeichnet.")["meetings"] == []


def test_meetings_one_named_in_a_concession_is_not_at_the_meeting(extract_text):
    f = extract_text("Delegations of both sides met in Riga on Friday. President Oskars Berzins did not attend, despite a "
                     "challenge from Prime Minister Alan Reed to meet him in person.", lang="en")
    m = only_meeting(f)
    assert "Alan Reed" not in attendee_names(f, m) and {a["actor"] for a in m["absent"]} == {"person:oskars-berzins"}
    # a concession before the verb leaves its subjects at the meeting
    f = extract_text("Trotz der Spannungen trafen sich Präsident Oskars Berzins und Kanzler Bernd Vollmer am Montag in Riga.")
    assert attendee_names(f, only_meeting(f)) == {"Oskars Berzins", "Bernd Vollmer"}


def test_meetings_a_wire_datelined_with_the_un_writes_from_its_headquarters_town(extract_text):
    f = extract_text("UNITED NATIONS (AP) — President Oskars Berzins met Prime Minister Alan Reed on the sidelines of the "
                     "General Assembly on Tuesday.", lang="en")
    assert all(place_names(f, m) == ["New York City"] for m in f["meetings"]) and f["meetings"]
    f = extract_text("Präsident Oskars Berzins traf am Dienstag im UN-Hauptquartier Kanzler Bernd Vollmer.")
    assert place_names(f, only_meeting(f)) == ["United Nations Headquarters"]


def test_meetings_the_host_told_after_a_reception_told_with_none_hosts_it(extract_text):
    f = extract_text("Mit militärischen Ehren ist Präsident Oskars Berzins am Mittwoch in Berlin empfangen worden. "
                     "Bundespräsident Max Brenner begrüßte seinen Gast vor Schloss Bellevue.")
    m = only_meeting(f)
    assert host_names(f, m) == {"Max Brenner"} and place_names(f, m) == ["Berlin", "Bellevue Palace"]


def test_meetings_what_one_is_invited_to_is_a_meeting_to_come_of_its_own(extract_text):
    f = extract_text("President Oskars Berzins met Prime Minister Alan Reed in Riga on Monday, handing him a letter from "
                     "Queen Alda Norrby inviting him for a state visit.", lang="en")
    held = next(m for m in f["meetings"] if m["status"] == "past")
    assert attendee_names(f, held) == {"Oskars Berzins", "Alan Reed"} and place_names(f, held) == ["Riga"]
    assert any(m["status"] == "planned" for m in f["meetings"])


def test_meetings_a_host_noun_in_apposition_after_a_name_hosts_the_meeting_told(extract_text):
    f = extract_text("Leaders of the Group of Seven met in Riga on Tuesday. Prime Minister Alan Reed, the host, said the "
                     "leaders had agreed on minerals.", lang="en")
    assert host_names(f, only_meeting(f)) == {"Alan Reed"}
    f = extract_text("Die Regierungschefs der G7 haben sich am Dienstag in Riga getroffen. Premier Kalev Tamm, der "
                     "Gastgeber, sagte, man habe sich geeinigt.")
    assert host_names(f, only_meeting(f)) == {"Kalev Tamm"}


def test_meetings_a_planned_meeting_someone_skipped_was_called_off_and_hosts_nothing(extract_text):
    f = extract_text("Leaders of the Group of Seven wrapped up their summit in Riga on Tuesday. President Oskars Berzins "
                     "left a day early, skipping a planned meeting with President Ivo Kalnins. Prime Minister Alan Reed, "
                     "the host, said the leaders had agreed on minerals.", lang="en")
    skipped = next(m for m in f["meetings"] if m["trigger"] == "meeting")
    summit = next(m for m in f["meetings"] if m["trigger"] == "summit")
    assert skipped["status"] == "cancelled" and host_names(f, summit) == {"Alan Reed"} and not skipped["hosts"]
    # the meeting skipped after "left the summit" is no part of the summit left; it was to be of the two
    g = extract_text("President Oskars Berzins left the summit a day early, skipping a planned meeting with President "
                     "Ivo Kalnins.", lang="en", date="2027-06-16")
    left = next(m for m in g["meetings"] if m["trigger"] == "summit")
    skipped = next(m for m in g["meetings"] if m["trigger"] == "meeting")
    assert left["status"] == "past" and skipped["status"] == "cancelled"
    assert attendee_names(g, skipped) == {"Oskars Berzins", "Ivo Kalnins"}


def test_meetings_a_pronoun_is_not_one_named_in_a_phrase_of_sequence_opening_the_sentence_before(extract_text):
    f = extract_text("Foreign Minister Eva Sand held talks with her counterpart in Riga on Monday. After meeting Anna "
                     "Berzina, Sand said both countries wanted a trade agreement. She will travel on to Tallinn on "
                     "Wednesday.", lang="en")
    trip = next(m for m in f["meetings"] if "Tallinn" in place_names(f, m))
    assert attendee_names(f, trip) == {"Eva Sand"}


def test_meetings_a_group_member_known_to_the_knowledge_base_who_speaks_by_office_was_at_it():
    f = extract_with_persons(
        [("Bernd Vollmer", "DE", "Chancellor")],
        "Beim Gipfel in Brüssel haben die Staats- und Regierungschefs beraten. Der Kanzler zeigte sich skeptisch. "
        "„Wir müssen sparen“, sagte Bernd Vollmer.")
    assert "Bernd Vollmer" in attendee_names(f, only_meeting(f))


def test_meetings_the_day_a_meeting_goes_on_is_not_its_first(extract_text):
    f = extract_text("Beim Gipfel in Brüssel haben die Staats- und Regierungschefs beraten. Der Gipfel soll am Freitag "
                     "fortgesetzt werden.", date="2025-04-13")
    assert only_meeting(f)["date"] is None


def test_meetings_after_a_fronted_phrase_the_subject_after_the_auxiliary_hosts(extract_text):
    f = extract_text("Am Montag hat Präsident Oskars Berzins den Präsidenten Portugals, Jorge Silva, in Riga empfangen.")
    assert host_names(f, only_meeting(f)) == {"Oskars Berzins"}


def test_meetings_the_leaders_of_parties_as_a_group_negotiating_on_a_day_meet(extract_text):
    f = extract_text("In der Nacht zu Dienstag haben die Spitzen von Union und SPD im Kanzleramt über den Haushalt verhandelt.")
    assert place_names(f, only_meeting(f)) == ["Federal Chancellery"]


def test_meetings_an_office_named_by_the_meeting_noun_puts_its_holder_who_speaks_after_it_there(extract_text):
    f = extract_text("In Riga hat am Montag eine Innenministerkonferenz stattgefunden. Innenminister Max Brenner sagte, "
                     "man habe viel erreicht.")
    assert attendee_names(f, only_meeting(f)) == {"Max Brenner"}
    # one of another office is not told to be there
    f = extract_text("In Riga hat am Montag eine Innenministerkonferenz stattgefunden. Finanzminister Max Brenner sagte, "
                     "man habe viel erreicht.")
    assert attendee_names(f, only_meeting(f)) == set()


def test_meetings_welcoming_a_thing_is_no_meeting(extract_text):
    f = extract_text("Die Konferenz in Riga hat sich am Montag auf neue Regeln verständigt. Innensenator Max Brenner "
                     "begrüßte die Beschlüsse.")
    assert host_names(f, only_meeting(f)) == set()
    # a guest welcomed is someone
    f = extract_text("Präsident Oskars Berzins ist am Montag in Riga empfangen worden. Kanzler Bernd Vollmer begrüßte "
                     "seinen Gast vor dem Schloss.")
    assert host_names(f, only_meeting(f)) == {"Bernd Vollmer"}


def test_meetings_a_pronoun_is_not_one_named_in_a_german_phrase_of_sequence_before_the_verb(extract_text):
    f = extract_text("Nach dem Treffen mit Präsident Oskars Berzins in Riga ist Kanzler Bernd Vollmer nach Vilnius "
                     "weitergereist. Dort kam er am Abend mit Premier Kalev Tamm zusammen.")
    vilnius = next(m for m in f["meetings"] if "Vilnius" in place_names(f, m))
    assert attendee_names(f, vilnius) == {"Bernd Vollmer", "Kalev Tamm"}
    # however many words the name and office in the phrase take
    f = extract_text("Nach dem Treffen mit Lettlands Staats- und Regierungschef Oskars Berzins in Riga ist Kanzler Bernd "
                     "Vollmer nach Vilnius weitergereist. Dort kam er am Abend mit Premier Kalev Tamm zusammen.")
    vilnius = next(m for m in f["meetings"] if "Vilnius" in place_names(f, m))
    assert attendee_names(f, vilnius) == {"Bernd Vollmer", "Kalev Tamm"}


def test_meetings_the_town_a_consul_serves_in_is_no_meeting_place(extract_text):
    f = extract_text("Ministerpräsident Max Brenner hat sich am Montag in Wiesbaden mit dem Generalkonsul der Vereinigten "
                     "Staaten in Frankfurt getroffen.")
    assert place_names(f, only_meeting(f)) == ["Wiesbaden"]


def test_meetings_a_headline_dated_the_day_the_body_tells_is_that_meeting(extract_text):
    f = extract_text("Prime Minister's meeting with Chancellor Bernd Vollmer: 7 April 2025\n\nThe Prime Minister welcomed "
                     "Chancellor Bernd Vollmer to Downing Street today. The leaders discussed trade.", lang="en",
                     date="2025-04-07")
    m = only_meeting(f)
    assert place_names(f, m) == ["10 Downing Street"] and m["date"]["value"] == "2025-04-07"


def test_meetings_an_invitation_to_a_meeting_into_a_building_is_a_meeting_to_come(extract_text):
    f = extract_text("Kanzler Bernd Vollmer hat die Ministerpräsidenten der Länder zu einem Treffen ins Kanzleramt "
                     "eingeladen. Bei dem Treffen am Mittwoch soll es um die Kohleregionen gehen.")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2025-04-16" and place_names(f, m) == ["Federal Chancellery"]


def test_meetings_a_meeting_on_the_sidelines_with_a_host_keeps_its_guests_and_absences(extract_text):
    # the party after the verb is the ministers', not the conference's; "dem Treffen" names the meeting on the
    # sidelines (told by its verb), not the conference; one who sent a deputy is absent from the hosted meeting
    f = extract_text("Am Rande der Münchner Sicherheitskonferenz haben sich die Verteidigungsminister der Nato "
                     "getroffen. Gastgeberin war Ministerin Alma Keller. Auch Präsident Jan Obel nahm an dem Treffen "
                     "im Hotel Bayerischer Hof teil. Minister Piet Varga ließ sich von seinem Stellvertreter vertreten.",
                     date="2027-02-14")
    conference, talk = f["meetings"]
    assert attendee_names(f, conference) == set() and absent_names(f, conference) == set()
    assert attendee_names(f, talk) == {"NATO", "Alma Keller", "Jan Obel"} and host_names(f, talk) == {"Alma Keller"}
    assert absent_names(f, talk) == {"Piet Varga"} and "Hotel Bayerischer Hof" in place_names(f, talk)


def test_meetings_the_noun_of_the_sidelines_phrase_in_a_headline_is_not_the_talks_name(extract_text):
    # "Gespräch am Rande des Gipfels": the summit of the body is not that talk
    f = extract_text("Gespräch am Rande des Gipfels\n\nKanzler Tom Oakes und Präsident Jan Obel haben sich am "
                     "Mittwoch am Rande des Gipfels in Lissabon zu einem Gespräch getroffen.", date="2025-06-16")
    kinds = sorted(m["kind"] for m in f["meetings"])
    assert kinds == ["gespräch", "gipfel"]


def test_meetings_one_who_chairs_jointly_with_another_co_hosts(extract_text):
    f = extract_text("Präsident Jan Obel hat die Regierungschefs für Dienstag nach Paris eingeladen. Premierminister "
                     "Piet Varga werde gemeinsam mit Obel den Vorsitz führen.", date="2026-01-09")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jan Obel", "Piet Varga"} and "Piet Varga" in attendee_names(f, m)


def test_meetings_an_undated_meeting_begins_on_the_day_of_its_opening(extract_text):
    f = extract_text("Die Innenminister der Länder sind zu zweitägigen Beratungen in Kiel zusammengekommen. Zum Auftakt "
                     "am Donnerstag traf Senatorin Frauke Ohlsen die Minister der nördlichen Länder.", date="2026-07-03")
    talks = f["meetings"][0]
    assert talks["kind"] == "beratungen" and talks["date"]["value"] == "2026-07-02"


def test_meetings_the_nato_ukraine_council_is_a_body_of_the_knowledge_base(extract_text):
    f = extract_text("Am Freitag tagt der Nato-Ukraine-Rat in Brüssel. Minister Piet Varga nimmt an der Sitzung des "
                     "Nato-Ukraine-Rats teil.", date="2026-07-03")
    m = only_meeting(f)
    assert {"NATO-Ukraine Council", "Piet Varga"} <= attendee_names(f, m) and place_names(f, m) == ["Brussels"]


def test_meetings_a_council_in_session_is_a_meeting_apart_from_the_ministers_talks(extract_text):
    f = extract_text("Die Verteidigungsminister der Nato-Staaten haben in Brüssel beraten. Am Mittwochabend hatte der "
                     "Europäische Rat getagt, an dem auch Präsident Jan Obel teilnahm.", date="2027-10-14")
    talks, council = f["meetings"]
    assert "Jan Obel" not in attendee_names(f, talks) and "Jan Obel" in attendee_names(f, council)
    assert council["date"]["value"] == "2027-10-13"


def test_meetings_a_meal_told_by_a_verb_phrase_is_dated_before_its_subject(extract_text):
    f = extract_text("Am Donnerstagabend hatten Minister Tom Oakes und Ministerin Alma Keller in Toulon zu Abend "
                     "gegessen.", date="2026-08-28")
    assert only_meeting(f)["date"]["value"] == "2026-08-27"


def test_meetings_a_meeting_of_two_days_closing_on_a_day_told_later_began_the_day_before(extract_text):
    f = extract_text("Die Minister Tom Oakes und Jan Obel haben sich zu zweitägigen Beratungen in Toulon getroffen. "
                     "Zum Abschluss der Beratungen am Freitag kündigten beide eine engere Zusammenarbeit an.",
                     date="2026-08-28")
    assert only_meeting(f)["date"]["value"] == "2026-08-27"


def test_meetings_speaking_of_a_meeting_after_an_adverb_is_no_talk_and_no_new_meeting(extract_text):
    f = extract_text("Präsident Jan Obel hat Premierminister Tom Oakes in Rom empfangen. Beide Seiten sprachen "
                     "anschließend von einem konstruktiven Treffen.", date="2026-11-05")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Tom Oakes"}


def test_meetings_one_who_had_withdrawn_is_absent_and_a_meeting_called_off_is_no_absence(extract_text):
    f = extract_text("Die Regierungschefs haben am Mittwoch in Rom beraten. Präsident Jan Obel hatte kurzfristig "
                     "abgesagt.", date="2026-12-10")
    assert absent_names(f, only_meeting(f)) == {"Jan Obel"}
    f = extract_text("Die Regierungschefs haben am Mittwoch in Rom beraten. Das Treffen mit Präsident Jan Obel wurde "
                     "abgesagt.", date="2026-12-10")
    assert all(absent_names(f, m) == set() for m in f["meetings"])


def test_meetings_after_a_flashback_the_story_goes_on_where_it_was(extract_text):
    f = extract_text("Bei einem Besuch in Riga hat Ministerin Alma Keller Lettland weitere Hilfe zugesichert. Keller "
                     "hatte Präsident Jan Obel bereits im Januar in Davos getroffen. Nach einem Gespräch mit Minister "
                     "Piet Varga sagte Keller, die Lage sei ernst.", date="2026-02-05")
    talk = next(m for m in f["meetings"] if "Piet Varga" in attendee_names(f, m))
    assert place_names(f, talk) == ["Riga"] and talk["date"] is None


@pytest.mark.parametrize("text, lang", [
    ("President Jan Obel met President Tom Oakes on the sidelines of the summit in Lisbon on Tuesday. The meeting "
     "lasted about an hour, an official said. Foreign Minister Piet Varga also attended.", "en"),
    ("Am Rande des Gipfels in Lissabon traf Präsident Jan Obel am Dienstag Präsident Tom Oakes. Das Treffen dauerte "
     "etwa eine Stunde. Auch Außenminister Piet Varga nahm daran teil.", "de"),
])
def test_meetings_one_taking_part_right_after_the_talk_on_the_sidelines_was_told_again_is_at_it(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-09-24")
    talk = next(m for m in f["meetings"] if "Tom Oakes" in attendee_names(f, m) and "Jan Obel" in attendee_names(f, m)
                and m["kind"] not in ("gipfel", "summit"))
    assert "Piet Varga" in attendee_names(f, talk)


def test_meetings_the_talk_with_a_partner_named_is_the_one_held_with_them(extract_text):
    f = extract_text("Außenminister Jan Obel ist am Montag zu einem zweitägigen Besuch in Warschau eingetroffen. Dort "
                     "kommt er mit seinem Amtskollegen Piet Varga zusammen. Anschließend reist Obel weiter nach "
                     "Vilnius, wo ein Gespräch mit Präsident Tom Oakes geplant ist. „Wir stehen zusammen“, sagte Obel "
                     "nach dem Gespräch mit Varga.", date="2026-04-20")
    vilnius = next(m for m in f["meetings"] if place_names(f, m) == ["Vilnius"])
    assert "Piet Varga" not in attendee_names(f, vilnius)
    (quote,) = f["statements"]
    warsaw = next(m for m in f["meetings"] if m["id"] == quote["meeting"])
    assert "Piet Varga" in attendee_names(f, warsaw) and place_names(f, warsaw) == ["Warsaw"]


def test_meetings_a_stop_called_off_that_names_no_traveller_is_the_traveller_told_before(extract_text):
    f = extract_text("Anschließend reist Außenminister Jan Obel weiter nach Vilnius. Ein ursprünglich vorgesehener "
                     "Abstecher nach Riga wurde kurzfristig abgesagt.", date="2026-04-20")
    riga = next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])
    assert riga["status"] == "cancelled" and attendee_names(f, riga) == {"Jan Obel"}


def test_meetings_a_meeting_told_as_possible_is_to_come(extract_text):
    f = extract_text("Ein persönliches Treffen von Präsident Jan Obel und Kanzler Tom Oakes könnte im Juni in Evian "
                     "stattfinden.", date="2026-02-03")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2026-06"


def test_meetings_what_was_announced_at_a_visit_leaves_the_visit_held(extract_text):
    f = extract_text("Minister Jan Obel hat bei einem Besuch in Litauen ein weiteres Hilfspaket angekündigt. Er traf in "
                     "Vilnius seinen Amtskollegen Piet Varga.", date="2026-01-15")
    m = only_meeting(f)
    assert m["status"] == "past" and attendee_names(f, m) == {"Jan Obel", "Piet Varga"}
    # announcing the visit itself is still a plan
    g = extract_text("Minister Jan Obel hat einen Besuch in Litauen angekündigt.", date="2026-01-15")
    assert only_meeting(g)["status"] == "planned"


def test_meetings_a_live_blog_entry_stamped_with_a_clock_time_is_of_the_articles_day(extract_text):
    f = extract_text("+++ 14.32 Uhr: Obel in Berlin +++\nPräsident Jan Obel ist zu Gesprächen mit Kanzler Tom Oakes in "
                     "Berlin eingetroffen.\n\n+++ 12.10 Uhr: Treffen geplant +++\nEin Treffen von Minister Piet Varga "
                     "mit Ministerin Alma Keller ist geplant.", date="2026-01-15")
    held = next(m for m in f["meetings"] if "Tom Oakes" in attendee_names(f, m))
    assert held["date"]["value"] == "2026-01-15" and held["date"]["precision"] == "day"
    planned = next(m for m in f["meetings"] if "Alma Keller" in attendee_names(f, m))
    assert planned["status"] == "planned" and planned["date"] is None
    # a clock time inside a sentence stamps no entry: it dates its own sentence, on the day the story tells of
    g = extract_text("Präsident Jan Obel ist am Dienstag in Berlin gelandet. Er ist um 14.32 Uhr zu Gesprächen mit Kanzler "
                     "Tom Oakes im Kanzleramt eingetroffen.", date="2026-01-15")
    assert all(m["date"]["value"] == "2026-01-13" for m in g["meetings"])


@pytest.mark.parametrize("text, lang", [
    ("Die Innenminister kommen in der kommenden Woche in Bremen zusammen. Senator Jan Obel erwartet schwierige "
     "Verhandlungen.", "de"),
    ("Die Innenminister kommen in der kommenden Woche in Bremen zusammen. Senator Jan Obel rechnet mit zähen "
     "Gesprächen.", "de"),
    ("The interior ministers will meet in Bremen next week. Senator Jan Obel expects tough negotiations.", "en"),
])
def test_meetings_a_meeting_expected_to_be_hard_is_the_one_told(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-10-09")
    m = only_meeting(f)
    assert place_names(f, m) == ["Bremen"] and "Jan Obel" in attendee_names(f, m)


def test_meetings_an_expected_visit_with_no_word_of_its_kind_is_new(extract_text):
    f = extract_text("Die Innenminister kamen am Montag in Bremen zusammen. Kanzler Tom Oakes erwartet am Freitag den "
                     "Besuch von Präsident Jan Obel.", date="2026-10-07")
    assert len(f["meetings"]) == 2


@pytest.mark.parametrize("act", ["unterstützte ihn", "stimmte dem Vorschlag zu", "zeigte sich zuversichtlich"])
def test_meetings_one_of_a_group_at_the_meeting_who_takes_a_position_after_it_was_there(act):
    # a leader the knowledge base has only as a head of government is of the group of heads of state and government
    f = extract_with_persons(
        [("Bernd Vollmer", "DE", "Chancellor"), ("Ida Lund", "DK", "head of government")],
        "Beim Gipfel in Brüssel haben die Staats- und Regierungschefs am Donnerstag beraten. Kanzler Bernd Vollmer "
        f"forderte eine Begrenzung der Ausgaben. Regierungschefin Ida Lund {act}.")
    assert {"Bernd Vollmer", "Ida Lund"} <= attendee_names(f, only_meeting(f))


def test_meetings_one_of_another_office_who_takes_a_position_after_it_is_not_at_it(extract_text):
    f = extract_text("Kanzler Bernd Vollmer hat am Mittwoch die Ministerpräsidenten der Länder im Kanzleramt empfangen. "
                     "Ministerin Eva Sand unterstützte dagegen die Forderung der Gewerkschaften.")
    assert "Eva Sand" not in attendee_names(f, only_meeting(f))
    # nor does one of the office whose stance is told in the present, as lasting
    g = extract_with_persons(
        [("Ida Lund", "DK", "head of government")],
        "Beim Gipfel in Brüssel haben die Staats- und Regierungschefs am Donnerstag beraten. Regierungschefin Ida Lund "
        "unterstützt die Forderung seit Jahren.")
    assert "Ida Lund" not in attendee_names(g, only_meeting(g))


def test_meetings_a_lead_placed_nowhere_is_in_the_building_the_next_sentence_names(extract_text):
    f = extract_text("Zu Gast bei Präsident Jan Obel war am Donnerstag Präsident Tom Oakes. Die beiden Staatsoberhäupter "
                     "führten im Schloss Bellevue ein Vier-Augen-Gespräch.", date="2026-03-27")
    m = only_meeting(f)
    assert place_names(f, m) == ["Bellevue Palace"] and m["date"]["value"] == "2026-03-26"
    # not a building told as where they had met before
    g = extract_text("Zu Gast bei Präsident Jan Obel war am Donnerstag Präsident Tom Oakes. Zuvor hatten die beiden "
                     "Staatsoberhäupter im Schloss Bellevue ein Gespräch geführt.", date="2026-03-27")
    assert len(g["meetings"]) == 2


def test_meetings_taking_part_told_in_a_relative_clause_after_a_preposition_is_in_the_new_meal(extract_text):
    f = extract_text("Präsident Jan Obel hat am Donnerstag Präsident Tom Oakes im Schloss Bellevue empfangen. Am Abend "
                     "gab Obel ein Essen zu Ehren des Gastes, an dem auch Ministerin Alma Keller teilnahm.",
                     date="2026-03-27")
    reception, meal = f["meetings"]
    assert "Alma Keller" not in attendee_names(f, reception) and "Alma Keller" in attendee_names(f, meal)


def test_meetings_an_arrival_told_after_the_meeting_in_that_town_is_no_meeting_of_its_own(extract_text):
    f = extract_text("Kanzler Jan Obel ist in London von Präsident Tom Oakes im Buckingham-Palast empfangen worden. Obel war "
                     "am Donnerstagabend in der britischen Hauptstadt eingetroffen.", date="2026-05-08")
    m = only_meeting(f)
    assert host_names(f, m) == {"Tom Oakes"} and m["date"] is None
    # an arrival in another town is a stop of its own
    g = extract_text("Kanzler Jan Obel ist in London von Präsident Tom Oakes im Buckingham-Palast empfangen worden. Am Abend "
                     "ist Obel in Edinburgh eingetroffen.", date="2026-05-08")
    assert len(g["meetings"]) == 2


def test_meetings_a_shared_meal_with_no_one_of_its_own_is_of_those_of_the_meeting_before(extract_text):
    f = extract_text("Wien – Kanzler Jan Obel hat am Dienstag Premier Tom Oakes im Bundeskanzleramt empfangen. Ministerin "
                     "Alma Keller nahm an dem Treffen nicht teil, sie hielt sich zu Gesprächen in Brüssel auf. Am Abend "
                     "stand ein gemeinsames Abendessen auf dem Programm.", date="2026-05-06")
    reception, meal = f["meetings"][0], f["meetings"][-1]
    assert meal["trigger"] == "Abendessen"
    assert attendee_names(f, meal) == {"Jan Obel", "Tom Oakes"}
    # where the meal was is the story's building, not where the one absent from it was
    assert place_names(f, meal) == place_names(f, reception)
    g = extract_text("Prime Minister Ann Vale welcomed President Tom Holt to Downing Street on Tuesday. A joint dinner "
                     "followed in the evening.", lang="en", date="2026-05-06")
    assert attendee_names(g, g["meetings"][-1]) == {"Ann Vale", "Tom Holt"}


def test_meetings_they_in_a_clause_of_what_came_first_are_the_they_of_the_main_clause(extract_text):
    text = ("Kanzler Jan Obel, Präsident Tom Oakes und Premier Lars Grube sind am Samstag nach Tallinn gereist. Dort "
            "kamen sie mit Präsidentin Alma Keller zusammen, nachdem sie am Vorabend bereits in Tartu zu Abend gegessen "
            "hatten.")
    f = extract_text(text, date="2026-05-10")
    trip, meal = f["meetings"]
    assert place_names(f, meal) == ["Tartu"]
    assert attendee_names(f, meal) == {"Jan Obel", "Tom Oakes", "Lars Grube"}
    # one linked in after that sentence joins the meeting of its main clause, not the dinner before it
    g = extract_text(text + " Per Telefon wurde Präsident Ivo Marić zugeschaltet.", date="2026-05-10")
    trip, meal = g["meetings"]
    assert "Ivo Marić" in attendee_names(g, trip) and "Ivo Marić" not in attendee_names(g, meal)


def test_meetings_one_who_sends_a_person_to_the_meeting_told_stays_away(extract_text):
    lead = "Auf Einladung von Präsident Jan Obel sind die Staatschefs der Region am Mittwoch in Tallinn zusammengekommen. "
    f = extract_text(lead + "Präsident Tom Oakes schickte seinen Berater Lars Grube.", date="2026-06-11")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Tom Oakes"} and "Lars Grube" in attendee_names(f, m)
    f = extract_text(lead + "Präsident Tom Oakes entsandte einen Staatssekretär.", date="2026-06-11")
    assert absent_names(f, only_meeting(f)) == {"Tom Oakes"}
    # sending a thing, or sending it to someone, is no absence
    for sent in ("Präsident Tom Oakes schickte einen Brief an Präsident Lars Grube.",
                 "Präsident Tom Oakes schickte weitere Truppen an die Grenze."):
        f = extract_text(lead + sent, date="2026-06-11")
        assert all(absent_names(f, m) == set() for m in f["meetings"])


def test_meetings_taking_part_in_something_new_that_is_no_meeting_is_not_at_the_meeting_told(extract_text):
    lead = "Am Mittwoch waren die Außenminister Jan Obel und Tom Oakes in Genf zu einem Arbeitsfrühstück zusammengekommen. "
    f = extract_text(lead + "Der frühere Kanzler Lars Grube nahm als Gast an einer Podiumsdiskussion teil.", date="2026-09-25")
    assert "Lars Grube" not in attendee_names(f, only_meeting(f))
    # taking part in the meeting told, or in a new meeting named, still counts
    f = extract_text(lead + "Der frühere Kanzler Lars Grube nahm ebenfalls teil.", date="2026-09-25")
    assert "Lars Grube" in attendee_names(f, only_meeting(f))
    f = extract_text(lead + "Der frühere Kanzler Lars Grube nahm an einem Treffen in Bern teil.", date="2026-09-25")
    assert any(attendee_names(f, m) == {"Lars Grube"} for m in f["meetings"])


def test_meetings_hosting_offered_in_an_infinitive_hosts_nothing_and_the_speaker_spoke_of_their_own_meeting(extract_text):
    f = extract_text("Minister Jan Obel ist am Mittwoch in Ankara mit seinem Kollegen Tom Oakes zusammengetroffen. "
                     "Anschließend wurde er von Präsident Lars Grube im Präsidentenpalast empfangen. Oakes sagte nach "
                     "dem Treffen, sein Land sei bereit, weitere Friedensgespräche auszurichten.", date="2026-10-08")
    talks, reception = f["meetings"]
    assert host_names(f, reception) == {"Lars Grube"} and "Tom Oakes" not in attendee_names(f, reception)
    # what Oakes said after "the meeting" he said after his own, not after the reception he was not at
    assert [s["meeting"] for s in f["statements"]] == [talks["id"]]


def test_meetings_talks_in_an_offer_after_a_separable_verb_parted_by_an_adverb_are_none(extract_text):
    f = extract_text("Präsident Tom Hale ist am Mittwoch von Kanzlerin Eva Roth in Oslo empfangen worden. Roth bot erneut "
                     "an, den Vatikan für Friedensgespräche zur Verfügung zu stellen.", date="2026-10-08")
    assert len(f["meetings"]) == 1


@pytest.mark.parametrize("lang, text", [
    ("en", "On Wednesday, President Tom Hale met separately with the leaders of Argentina and Ukraine."),
    ("de", "Am Mittwoch traf Präsident Tom Hale nacheinander die Regierungschefs Argentiniens und der Ukraine."),
])
def test_meetings_one_meeting_the_leaders_of_states_one_after_the_other_meets_each_state(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-09-24")
    assert sorted(tuple(sorted(a["actor"] for a in m["attendees"])) for m in f["meetings"]) == [
        ("country:AR", "person:tom-hale"), ("country:UA", "person:tom-hale")]


@pytest.mark.parametrize("host, place", [("Bundespräsidentin Ida Marek", "Berlin"), ("Roth", "Federal Chancellery")])
def test_meetings_a_meal_later_that_day_is_in_the_building_of_the_meeting_before_only_if_its_host_was_there(
        extract_text, host, place):
    f = extract_text(f"Um 12 Uhr trifft Präsident Tom Hale Kanzlerin Eva Roth im Kanzleramt. Am Abend gibt {host} ein "
                     "Staatsbankett.", date="2026-06-03")
    talk, meal = f["meetings"]
    assert place_names(f, meal) == [place]


def test_meetings_a_summit_a_statement_in_parliament_is_about_is_not_in_parliament(extract_text):
    f = extract_text("Kanzlerin Eva Roth hat im Bundestag eine Regierungserklärung zum bevorstehenden EU-Gipfel abgegeben. "
                     "Die Staats- und Regierungschefs der EU kommen am Donnerstag in Brüssel zusammen.", date="2026-06-24")
    assert [place_names(f, m) for m in f["meetings"]] == [["Brussels"]]


def test_meetings_the_meeting_again_after_a_postponement_told_in_one_sentence_is_the_new_plan(extract_text):
    f = extract_text("Berlin (dpa) - Das für Mittwoch geplante Treffen von Kanzlerin Eva Roth mit Präsident Tom Hale ist "
                     "auf Freitag verschoben worden. Das Treffen soll nun im Kanzleramt stattfinden.", date="2026-10-14")
    by_status = {m["status"]: m for m in f["meetings"]}
    assert set(by_status) == {"cancelled", "planned"}
    assert "Federal Chancellery" in place_names(f, by_status["planned"])


def test_meetings_delegations_told_in_the_present_lead_in_the_talks_to_come_not_the_round_before(extract_text):
    f = extract_text("Die Gespräche zwischen Vertretern der USA und Russlands sollen am Montag in Genf fortgesetzt werden. "
                     "Die erste Runde hatte vergangene Woche in Abu Dhabi stattgefunden. Die US-Delegation wird von Tom "
                     "Hale geleitet, die russische von Ivo Marić.", date="2026-02-10")
    geneva = next(m for m in f["meetings"] if m["status"] == "planned")
    assert {"Tom Hale", "Ivo Marić"} <= attendee_names(f, geneva)


@pytest.mark.parametrize("lang, text", [
    ("de", "Premierminister Tom Hale reiste am Sonntag nach Schottland. Er besuchte den König auf Schloss Balmoral."),
    ("en", "Prime Minister Tom Hale travelled to Scotland on Sunday for his annual visit to the King at Balmoral Castle."),
])
def test_meetings_the_king_unnamed_is_the_one_king_of_the_state_the_story_is_in(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-09-08")
    assert attendee_names(f, only_meeting(f)) == {"Tom Hale", "Charles III"}


def test_meetings_the_queen_unnamed_is_no_one_the_knowledge_base_names(extract_text):
    # its queens of Britain and Denmark reign no more, and it has no dates of reigns to tell
    f = extract_text("Prime Minister Tom Hale travelled to Scotland on Sunday for his annual visit to the Queen at Balmoral "
                     "Castle.", lang="en", date="2026-09-08")
    assert attendee_names(f, only_meeting(f)) == {"Tom Hale"}


def test_meetings_the_king_unnamed_in_a_story_of_two_states_is_no_one(extract_text):
    f = extract_text("Premierminister Tom Hale reiste am Sonntag von Oslo nach Schottland. Er besuchte den König.",
                     date="2026-09-08")
    assert all(attendee_names(f, m) == {"Tom Hale"} for m in f["meetings"])


def test_meetings_the_king_whose_dinner_one_missed_is_not_absent(extract_text):
    f = extract_text("Beim Nato-Gipfel in Den Haag ließ sich Premier Tom Hale beim Abendessen des niederländischen Königs "
                     "entschuldigen.", date="2025-06-25")
    assert absent_names(f, only_meeting(f)) == {"Tom Hale"}


def test_meetings_a_negated_attribute_of_the_meeting_noun_does_not_deny_the_meeting(extract_text):
    f = extract_text("Kanzlerin Eva Roth ist am Freitagmorgen zu einem nicht angekündigten Besuch in Kiew eingetroffen. "
                     "Sie traf Präsident Tom Hale.", date="2026-04-03")
    visit = f["meetings"][0]
    assert visit["status"] == "past" and absent_names(f, visit) == set() and "Eva Roth" in attendee_names(f, visit)
    # a negation after no article denies the talks
    f = extract_text("Kanzlerin Eva Roth hat am Montag nicht persönlich Gespräche mit Präsident Tom Hale geführt.",
                     date="2026-04-03")
    assert f["meetings"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Vice President Tom Hale met President Eva Roth on the sidelines of the Munich Security Conference on Friday. "
           "Foreign Minister Ivo Maric was also present. The meeting, at the Hotel Bayerischer Hof, lasted 45 minutes."),
    ("de", "Vizepräsident Tom Hale traf am Freitag am Rande der Münchner Sicherheitskonferenz Präsidentin Eva Roth. "
           "Außenminister Ivo Maric war ebenfalls anwesend."),
])
def test_meetings_one_present_after_a_talk_on_the_sidelines_is_at_that_talk(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-02-14")
    talk = next(m for m in f["meetings"] if {"Tom Hale", "Eva Roth"} <= attendee_names(f, m) and m["trigger_type"] == "verb")
    assert attendee_names(f, talk) == {"Tom Hale", "Eva Roth", "Ivo Maric"}
    if lang == "en":
        assert "Hotel Bayerischer Hof" in place_names(f, talk)


@pytest.mark.parametrize("lang, text", [
    ("en", "Leaders met in London on Thursday at the invitation of British Prime Minister Tom Hale, with others joining by "
           "video."),
    ("de", "Auf Einladung des britischen Premierministers Tom Hale kamen die Staats- und Regierungschefs am Donnerstag in "
           "London zusammen."),
])
def test_meetings_the_inviter_after_a_states_adjective_and_a_role_of_two_words_hosts(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-10-16")
    assert host_names(f, only_meeting(f)) == {"Tom Hale"}


def test_meetings_the_partner_after_a_meeting_noun_of_sequence_is_the_nouns_not_the_speaking_verbs(extract_text):
    f = extract_text("Bund und Länder haben sich bei ihrem Treffen im Kanzleramt auf eine Reform verständigt. Kanzlerin Eva "
                     "Roth sprach nach den Beratungen mit den Regierungschefs der Länder von einem „wichtigen Schritt“.",
                     date="2026-03-05")
    assert [m["trigger"] for m in f["meetings"]] == ["Treffen"]
    assert "Eva Roth" in attendee_names(f, only_meeting(f))


def test_meetings_a_meal_after_a_meeting_dated_by_another_is_not_that_other_one(extract_text):
    f = extract_text("Prime Minister Tom Hale held talks with President Eva Roth in Oslo on Tuesday, a day after the Nordic "
                     "summit in Bergen ended. Roth hosted a state lunch for Hale at the Skaugum Residence.", lang="en",
                     date="2026-07-08")
    summit = next(m for m in f["meetings"] if "Bergen" in place_names(f, m))
    assert attendee_names(f, summit) == set() and summit["hosts"] == []


@pytest.mark.parametrize("sentence", ["Als Gastredner sprach auch Ministerpräsident Tom Hale.",
                                      "Als Gastredner trat auch Ministerpräsident Tom Hale auf."])
def test_meetings_a_guest_speaker_is_at_the_meeting_told(extract_text, sentence):
    f = extract_text(f"Die Partei ist am Samstag in Hannover zu einem Parteitag zusammengekommen. {sentence}",
                     date="2026-06-27")
    assert attendee_names(f, only_meeting(f)) == {"Tom Hale"}


def test_meetings_a_state_visited_by_a_gerund_is_where_the_visit_is(extract_text):
    f = extract_text("President Tom Holt met Prime Minister Ann Vale on Tuesday. The President looks forward to visiting "
                     "Japan later this year.", lang="en", date="2026-05-20")
    visit = f["meetings"][-1]
    assert visit["status"] == "planned" and place_names(f, visit) == ["Japan"]


@pytest.mark.parametrize("lang, text", [
    ("en", "NATO leaders agreed on Wednesday to raise spending, capping a summit in The Hague. President Tom Holt, who was "
           "not invited to the main session, met President Jan Obel on the sidelines."),
    ("de", "Die Staats- und Regierungschefs der Nato haben am Mittwoch in Den Haag bei ihrem Gipfel höhere Ausgaben "
           "beschlossen. Präsident Tom Holt, der zur Hauptsitzung nicht eingeladen war, traf am Rande Präsident Jan Obel."),
])
def test_meetings_one_told_missing_a_session_in_a_relative_clause_still_meets_in_the_main_clause(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-06-26")
    summit, talks = f["meetings"]
    assert absent_names(f, summit) == {"Tom Holt"} and "Tom Holt" not in attendee_names(f, summit)
    assert attendee_names(f, talks) == {"Tom Holt", "Jan Obel"} and absent_names(f, talks) == set()


def test_meetings_a_plan_called_off_on_a_weekday_is_on_the_nearer_of_its_days(extract_text):
    # told on a Tuesday: the Wednesday after (a plan is called off close to its day), not the one six days before
    f = extract_text("Der Besuch von Außenminister Tom Holt in Berlin ist kurzfristig verschoben worden. Minister Tom Holt "
                     "hätte am Mittwoch mit Außenminister Jan Obel zusammentreffen sollen.", date="2026-03-03")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and m["date"]["value"] == "2026-03-04"
    # told on a Saturday: the Friday before
    f = extract_text("Eine Videokonferenz von Außenminister Tom Holt mit Außenminister Jan Obel am Freitag wurde "
                     "kurzfristig abgesagt.", date="2026-03-07")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and m["date"]["value"] == "2026-03-06"
    # so is the day it was planned for ("für Freitag geplant"), told on a Saturday
    f = extract_text("Eine für Freitag geplante Videokonferenz von Außenminister Tom Holt mit Außenminister Jan Obel wurde "
                     "kurzfristig abgesagt.", date="2026-03-07")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and m["date"]["value"] == "2026-03-06"


def test_meetings_what_one_intended_at_a_meeting_just_called_off_is_that_meeting(extract_text):
    f = extract_text("Der Besuch von Außenminister Tom Holt in Berlin ist kurzfristig verschoben worden. Holt wollte am "
                     "Mittwoch mit Außenminister Jan Obel zusammentreffen.", date="2026-03-03")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and attendee_names(f, m) == {"Tom Holt", "Jan Obel"}
    assert m["date"]["value"] == "2026-03-04"
    # an intention of someone else, or after a meeting held, is a plan of its own
    g = extract_text("Der Besuch von Außenminister Tom Holt in Berlin ist kurzfristig verschoben worden. Ministerin Alma "
                     "Keller wollte am Mittwoch mit Außenminister Jan Obel zusammentreffen.", date="2026-03-03")
    assert len(g["meetings"]) == 2


def test_meetings_an_undated_meeting_takes_the_day_of_what_its_persons_did_next(extract_text):
    f = extract_text("Kanzler Jan Obel ist in Tokio mit Premierministerin Aiko Sato zusammengekommen. Die beiden "
                     "Regierungschefs vereinbarten am Dienstag eine engere Zusammenarbeit.", date="2026-02-04")
    assert only_meeting(f)["date"]["value"] == "2026-02-03"
    f = extract_text("Chancellor Jan Obel has met Prime Minister Aiko Sato in Tokyo. They agreed on Tuesday to work more "
                     "closely on raw materials.", lang="en", date="2026-02-04")
    assert only_meeting(f)["date"]["value"] == "2026-02-03"
    # not what someone else did on a day
    f = extract_text("Kanzler Jan Obel ist in Tokio mit Premierministerin Aiko Sato zusammengekommen. Minister Tom Holt "
                     "kündigte am Dienstag neue Zölle an.", date="2026-02-04")
    assert only_meeting(f)["date"] is None


def test_meetings_a_stop_told_after_a_later_day_of_the_visit_is_not_on_its_first_day(extract_text):
    f = extract_text("Präsident Tom Holt hat am Dienstag in Peking Premier Jan Obel empfangen. Es war der vierte Besuch von "
                     "Obel in China. Am Mittwoch traf Obel Minister Lars Grube. Zum Abschluss seiner Reise besuchte Obel "
                     "die Hafenstadt Tianjin.", date="2026-09-30")
    stop = f["meetings"][-1]
    assert place_names(f, stop) == ["Tianjin"] and stop["date"]["value"] == "2026-09-30"


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Außenminister Jan Obel und Lars Grube kommen am Donnerstag in Brüssel zusammen. Erwartet wird auch "
           "Minister Tom Holt, der zuletzt mehrere Treffen ausgelassen hatte."),
    ("en", "Foreign ministers Jan Obel and Lars Grube meet in Brussels on Thursday. Also expected is Minister Tom Holt, "
           "who has skipped several meetings this year."),
])
def test_meetings_a_number_of_meetings_missed_is_a_habit_not_an_absence(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-09-30")
    m = f["meetings"][0]
    assert absent_names(f, m) == set() and "Tom Holt" in attendee_names(f, m)


@pytest.mark.parametrize("lang, text", [
    ("de", "Kanzler Jan Obel will am Freitag in Oslo mit Premier Lars Grube sprechen, sagte Regierungssprecher Tom Holt."),
    ("en", "Chancellor Jan Obel will meet Prime Minister Lars Grube in Oslo on Friday, government spokesman Tom Holt said."),
])
def test_meetings_the_speaker_of_a_closing_attribution_tells_of_the_meeting_and_is_not_at_it(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-10-27")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Lars Grube"}
    # words of the speaker: a pronoun may stand for them, who is there
    own = ("Er werde am Freitag in Oslo mit Premier Lars Grube sprechen, sagte Kanzler Jan Obel." if lang == "de" else
           "He will meet Prime Minister Lars Grube in Oslo on Friday, Chancellor Jan Obel said.")
    f = extract_text(own, lang=lang, date="2026-10-27")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Lars Grube"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Präsident Jan Obel hat am Mittwoch Premier Lars Grube in Oslo empfangen. Die beiden hätten über den Handel "
           "gesprochen, teilte Sprecher Tom Holt mit."),
    ("en", "President Jan Obel received Prime Minister Lars Grube in Oslo on Wednesday. The two discussed trade, "
           "spokesman Tom Holt said."),
])
def test_meetings_the_speaker_closing_words_on_the_two_told_before_is_not_at_their_meeting(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-02-12")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Lars Grube"}


def test_meetings_beide_after_a_reception_joined_by_a_third_are_host_and_guest(extract_text):
    f = extract_text("Ministerpräsident Jan Obel hat am Montag Premier Tom Holt in der Staatskanzlei empfangen. Mit dabei "
                     "war auch Ministerin Alma Keller. Holt sagte, man sei enge Nachbarn. Am Nachmittag besuchten beide "
                     "ein Wasserstoffprojekt in Duisburg.", date="2026-09-22")
    assert attendee_names(f, f["meetings"][-1]) == {"Jan Obel", "Tom Holt"}
    # the two the sentence before names are the two
    f = extract_text("Bürgermeisterin Alma Keller empfing Minister Tom Holt im Rathaus. Holt war auf Einladung von "
                     "Minister Jan Obel gekommen. Am Abend hatten die beiden in München bei einem Abendessen gesprochen.",
                     date="2026-09-22")
    assert attendee_names(f, f["meetings"][-1]) == {"Jan Obel", "Tom Holt"}


def test_meetings_a_date_in_the_genitive_names_a_thing_not_the_day_of_the_meeting(extract_text):
    f = extract_text("Präsident Jan Obel ist am Dienstag in Vilnius von Präsident Tom Holt empfangen worden. Anschließend "
                     "legte Obel am Denkmal für die Opfer des Januar 1991 einen Kranz nieder.", date="2026-06-03")
    wreath = f["meetings"][-1]
    assert wreath["date"]["value"] == "2026-06-02" and "Vilnius" in place_names(f, wreath)


def test_meetings_one_who_brings_others_together_hosts_them(extract_text):
    f = extract_text("Präsident Jan Obel hat am Donnerstag rund 20 Staats- und Regierungschefs im Schloss Lindholm "
                     "zusammengebracht. Unter den Teilnehmern war auch Premier Tom Holt.", date="2026-03-27")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jan Obel"} and {"Jan Obel", "Tom Holt"} <= attendee_names(f, m)
    assert m["date"]["value"] == "2026-03-26"


@pytest.mark.parametrize("told", [
    "Am Vortag hatte Holt Gespräche mit Finanzminister Lars Grube geführt.",
    "Bereits am Vortag hatte der Gast mit Finanzminister Lars Grube intensive Gespräche geführt.",
])
def test_meetings_a_bare_meeting_noun_takes_its_clause_s_date_over_the_person_before_it(extract_text, told):
    f = extract_text("Außenminister Jan Obel hat am Dienstag seinen Amtskollegen Tom Holt in Oslo getroffen. " + told,
                     date="2026-10-08")
    talks = f["meetings"][-1]
    assert "Lars Grube" in attendee_names(f, talks) and talks["date"]["value"] == "2026-10-05"


@pytest.mark.parametrize("told", [
    "Das Treffen fand statt, nachdem Holt am Vortag in Bergen gewesen war.",
    "Das Treffen fand in angespannter Stimmung statt, Holt hatte zuvor die Zölle kritisiert.",
])
def test_meetings_the_particle_of_stattfinden_replaces_no_one(extract_text, told):
    f = extract_text("Außenminister Jan Obel hat am Dienstag seinen Amtskollegen Tom Holt in Oslo getroffen. " + told,
                     date="2026-10-08")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Tom Holt"} and absent_names(f, m) == set()


@pytest.mark.parametrize("text", [
    "Minister Jan Obel met Minister Tom Holt in Oslo on Tuesday, a day after Holt held talks with Minister Lars Grube.",
    "Minister Jan Obel met Minister Tom Holt in Oslo on Tuesday. The meeting came after Holt held talks with "
    "Minister Lars Grube.",
])
def test_meetings_talks_in_a_clause_of_after_with_no_comma_are_an_earlier_meeting(extract_text, text):
    f = extract_text(text, lang="en", date="2026-10-08")
    assert [attendee_names(f, m) for m in f["meetings"]] == [{"Jan Obel", "Tom Holt"}, {"Tom Holt", "Lars Grube"}]


def test_meetings_the_state_department_is_a_venue_in_washington(extract_text):
    f = extract_text("Secretary of State Jan Obel met Foreign Minister Tom Holt at the State Department on Tuesday.",
                     lang="en", date="2026-10-08")
    assert place_names(f, only_meeting(f)) == ["State Department"]


@pytest.mark.parametrize("talks", ["Gespräche mit Präsident Ivo Maric", "bilaterale Gespräche unter anderem mit Präsident Ivo Maric"])
def test_meetings_talks_planned_on_the_sidelines_of_a_summit_are_their_own_with_the_one_the_story_follows(extract_text, talks):
    # "Am Rande des Gipfels sind Gespräche … geplant": the sideline phrase names the summit, not the talks after it;
    # the talks' other side is the chancellor the spokesman told of ("mit" ending "teilte … mit," is no partner word)
    f = extract_text("Regierungssprecher Tim Kessler teilte am Freitag mit, Kanzler Bernd Vollmer werde kommende Woche "
                     f"zum Gipfel nach Riga reisen. Am Rande des Gipfels seien {talks} geplant.", date="2026-06-19")
    summit, sideline = f["meetings"]
    assert attendee_names(f, sideline) == {"Bernd Vollmer", "Ivo Maric"}
    assert "Tim Kessler" not in attendee_names(f, summit)


def test_meetings_the_day_of_a_gerund_after_before_is_not_the_meetings(extract_text):
    f = extract_text("Prime Minister Tom Oakes was also scheduled to meet Minister Ivo Maric before returning to Riga on "
                     "Wednesday.", lang="en", date="2026-04-09")
    assert only_meeting(f)["date"] is None
    g = extract_text("Prime Minister Tom Oakes was scheduled to meet Minister Ivo Maric on Wednesday before returning to "
                     "Riga.", lang="en", date="2026-04-09")
    assert only_meeting(g)["date"]["value"] == "2026-04-15"


def test_meetings_a_persons_possessive_meeting_noun_is_the_meeting_told(extract_text):
    # "Oakes's visit" refers as "der Besuch" does: no visit of its own (the visit he arrived on and the talks he held
    # on it later are two, as after "for a visit" or "zu einem Besuch")
    f = extract_text("Prime Minister Tom Oakes arrived in Riga on Thursday on an unannounced visit. He later held talks "
                     "with President Ivo Maric. Oakes's visit had been kept secret for security reasons.", lang="en",
                     date="2026-01-16")
    assert [m["trigger"] for m in f["meetings"]] == ["arrived", "held"]


def test_meetings_a_reception_at_someones_is_one_with_the_person_the_story_follows(extract_text):
    # "ein Empfang bei X": X hosts it, and the guest is the one the story follows, as after "mit"
    f = extract_text("Kanzler Tom Holt hat am Rande der Generalversammlung Präsident Ivo Maric getroffen. Am Abend ist "
                     "ein Empfang bei Generalsekretär Jan Obel geplant.", date="2026-09-24")
    reception = next(m for m in f["meetings"] if m["trigger"] == "Empfang")
    assert host_names(f, reception) == {"Jan Obel"} and attendee_names(f, reception) == {"Jan Obel", "Tom Holt"}
    # English "a meeting of X and Y" names its own parties: no one the story followed joins them
    g = extract_text("Prime Minister Tom Holt met President Ivo Maric in Riga. Later, a meeting of Jan Obel and Lena "
                     "Ruiz took place in Tallinn.", lang="en", date="2026-09-24")
    tallinn = next(m for m in g["meetings"] if place_names(g, m) == ["Tallinn"])
    assert attendee_names(g, tallinn) == {"Jan Obel", "Lena Ruiz"}


def test_meetings_an_english_second_verb_after_and_then_has_the_first_ones_subject(extract_text):
    f = extract_text("Prime Minister Tom Holt will attend the summit in Brussels on May 27 and then travel to Paris, where "
                     "he is scheduled to meet President Ivo Maric on May 28.", lang="en", date="2026-05-20")
    paris = next(m for m in f["meetings"] if place_names(f, m) == ["Paris"])
    assert attendee_names(f, paris) == {"Tom Holt", "Ivo Maric"}


def test_meetings_the_leader_of_a_bodys_members_hosts_nothing(extract_text):
    # "die Mitglieder der EU-Kommission unter Leitung von X": X leads the members, the one who receives them hosts
    f = extract_text("Zum Auftakt reisten die Mitglieder der EU-Kommission unter Leitung von Präsidentin Ilka Senn nach "
                     "Aarhus, wo sie von Ministerpräsidentin Tove Lund empfangen wurden.", date="2026-07-03")
    m = only_meeting(f)
    assert host_names(f, m) == {"Tove Lund"} and {"Ilka Senn", "Tove Lund"} <= attendee_names(f, m)


@pytest.mark.parametrize("lang, text", [
    ("en", "Foreign ministers from Germany, France and Poland met on Sunday to discuss Ukraine and Moldova."),
    ("de", "Die Außenminister Deutschlands, Frankreichs und Polens kamen am Sonntag zusammen und besprachen Moldau."),
])
def test_meetings_a_state_a_verb_of_discussing_has_as_its_object_is_a_topic(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-02-16")
    names = attendee_names(f, only_meeting(f))
    assert {"Germany", "France", "Poland"} <= names and not {"Ukraine", "Moldova"} & names


def test_meetings_the_meeting_of_a_clause_of_cause_is_background_for_the_meeting_named_next(extract_text):
    # the budget talks are why Y stayed away; "the meeting" chaired is the ministers' meeting, not the talks
    f = extract_text("EU defence ministers met in Brussels on Monday. Germany was represented by state secretary Ina "
                     "Berg, as Defence Minister Jan Ober stayed in Berlin for budget talks. EU foreign policy chief Ilka "
                     "Senn chaired the meeting.", lang="en", date="2026-11-03")
    brussels = next(m for m in f["meetings"] if place_names(f, m) == ["Brussels"])
    assert host_names(f, brussels) == {"Ilka Senn"} and absent_names(f, brussels) == {"Jan Ober"}
    assert all("Ilka Senn" not in attendee_names(f, m) for m in f["meetings"] if m is not brussels)


def test_meetings_a_call_of_a_format_or_group_is_a_call_and_the_formats_name_wishes_nothing(extract_text):
    # "a call of EU leaders": a call with those who take part; "the coalition of the willing" names a format, its
    # "willing" is no wish that makes the call a hypothetical one
    f = extract_text("Prime Minister Tom Holt joined a call of EU leaders on Tuesday.", lang="en", date="2026-08-20")
    m = only_meeting(f)
    assert m["virtual"] and "Tom Holt" in attendee_names(f, m)
    g = extract_text("Prime Minister Tom Holt hosted a call of the so-called coalition of the willing from Downing "
                     "Street.", lang="en", date="2026-08-20")
    m = only_meeting(g)
    assert m["virtual"] and place_names(g, m) == ["10 Downing Street"] and host_names(g, m) == {"Tom Holt"}


def test_meetings_a_state_represented_is_at_the_meeting_its_absent_minister_misses(extract_text):
    # the clause of cause names where the minister is instead; the representation is at the meeting missed
    f = extract_text("Die Verteidigungsminister der Nato-Staaten kommen am 5. Juni in Brüssel zusammen. "
                     "Der deutsche Verteidigungsminister Jan Ober wird an dem Treffen nicht teilnehmen, da er zeitgleich in "
                     "Singapur beim Shangri-La-Dialog ist. Deutschland wird von Staatssekretär Nils Hamer vertreten.",
                     date="2026-05-29")
    brussels = next(m for m in f["meetings"] if place_names(f, m) == ["Brussels"])
    assert absent_names(f, brussels) == {"Jan Ober"} and {"Germany", "Nils Hamer"} <= attendee_names(f, brussels)
    assert all("Nils Hamer" not in attendee_names(f, m) for m in f["meetings"] if m is not brussels)


def test_meetings_a_pronoun_of_a_gender_the_last_sentence_lacks_stands_for_one_named_before(extract_text):
    # "sie nimmt" is the minister named two sentences back, not the man named in the last one; "dann" between the
    # verb and its particle leaves the noun its object: one meeting, not one after another
    f = extract_text("Anfang kommender Woche wird Außenministerin Ilka Senn in Kairo erwartet. Dort sind Gespräche mit "
                     "dem ägyptischen Außenminister Omar Haddad geplant. Ende der Woche nimmt sie dann am Treffen der "
                     "EU-Außenminister in Luxemburg teil.", date="2026-10-19")
    luxembourg = [m for m in f["meetings"] if place_names(f, m) == ["Luxembourg"]]
    assert len(luxembourg) == 1 and attendee_names(f, luxembourg[0]) == {"Ilka Senn"}
    assert luxembourg[0]["status"] == "planned"


def test_meetings_two_clauses_joined_by_a_comma_keep_their_own_places_and_their_pronouns_persons(extract_text):
    # "Im Februar waren sie in München zusammengekommen," is a clause, no fronted phrase that places the next one;
    # its "sie" are the two of the sentence before, though one of them is named again in the next clause
    f = extract_text("Kanzler Bernd Vollmer hat Präsident Ivo Maric am Donnerstag in Berlin empfangen. Im Februar waren "
                     "sie in München zusammengekommen, im März hatte Vollmer Kiew besucht.", date="2026-05-15")
    munich = next(m for m in f["meetings"] if m["date"] and m["date"]["value"] == "2026-02")
    kyiv = next(m for m in f["meetings"] if m["date"] and m["date"]["value"] == "2026-03")
    assert place_names(f, munich) == ["Munich"] and attendee_names(f, munich) == {"Bernd Vollmer", "Ivo Maric"}
    assert place_names(f, kyiv) == ["Kyiv"] and attendee_names(f, kyiv) == {"Bernd Vollmer"}


def test_meetings_the_foreign_office_is_a_venue_in_london_and_its_secretary_hosts_there(extract_text):
    f = extract_text("Prime Minister Jan Obel later met British Foreign Secretary Tom Holt at the Foreign Office.", lang="en",
                     date="2026-10-08")
    m = only_meeting(f)
    assert place_names(f, m) == ["Foreign, Commonwealth and Development Office"]
    assert {p["key"]: p["within"] for p in f["places"]}["venue:foreign-office"] == "city:2643743"  # London
    assert host_names(f, m) == {"Tom Holt"}


@pytest.mark.parametrize("text, status", [
    ("Die Regierungskonsultationen finden in diesem Jahr in Oslo statt. Gastgeber ist Premier Jan Obel.", "planned"),
    ("Das Treffen der Minister findet im Rathaus von Oslo statt. Gastgeber ist Premier Jan Obel.", "planned"),
    ("Die Regierungskonsultationen fanden in Oslo statt. Gastgeber war Premier Jan Obel.", "past"),
    ("Die Regierungskonsultationen haben in Oslo stattgefunden. Gastgeber war Premier Jan Obel.", "past"),
])
def test_meetings_an_undated_present_of_taking_place_tells_an_event_to_come(extract_text, text, status):
    f = extract_text("Die Regierung hat ein neues Programm vorgestellt. " + text, date="2026-06-18")
    m = only_meeting(f)
    assert m["status"] == status and host_names(f, m) == {"Jan Obel"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Kanzler Tom Holt hat die Regierungschefs zu einem Gipfel in London empfangen. Vor Beginn des Gipfels führte "
           "Präsidentin Ilka Senn ein Gespräch mit Holt."),
    ("en", "Prime Minister Tom Holt hosted European leaders at a summit in London. Before the start of the summit, "
           "President Ilka Senn held talks with Holt."),
    ("de", "Kanzler Tom Holt hat die Regierungschefs zu einem Gipfel in London empfangen. Nach Abschluss des Gipfels "
           "traf Präsidentin Ilka Senn den Kanzler zu einem Gespräch."),
    ("de", "Kanzler Tom Holt hat die Regierungschefs zu einem Gipfel in London empfangen. Nach Ende des Gipfels traf "
           "Präsidentin Ilka Senn den Kanzler zu einem Gespräch."),
    ("de", "Kanzler Tom Holt hat die Regierungschefs zu einem Gipfel in London empfangen. Zum Abschluss des Gipfels "
           "traf Präsidentin Ilka Senn den Kanzler zu einem Gespräch."),
    ("en", "Prime Minister Tom Holt hosted European leaders at a summit in London. At the end of the summit, President "
           "Ilka Senn held talks with Holt."),
    # ("After the end of the summit" reads as "after" the summit)
    ("en", "Prime Minister Tom Holt hosted European leaders at a summit in London. After the end of the summit, "
           "President Ilka Senn held talks with Holt."),
])
def test_meetings_talks_before_the_start_or_after_the_end_of_a_summit_are_their_own(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-03")
    assert len(f["meetings"]) == 2 and attendee_names(f, f["meetings"][1]) == {"Ilka Senn", "Tom Holt"}
    assert "Ilka Senn" not in attendee_names(f, f["meetings"][0])


@pytest.mark.parametrize("phrase", ["vor dem Treffen", "vor Beginn des Treffens"])
def test_meetings_one_speaking_before_the_meeting_told_speaks_there(extract_text, phrase):
    f = extract_text("Die Regierungschefs kommen heute in Den Haag zu ihrem Gipfel zusammen. Generalsekretär Jan Obel "
                     f"sagte {phrase}: „Wir sind stärker als je zuvor.“", date="2025-06-24")
    assert "Jan Obel" in attendee_names(f, only_meeting(f))


def test_meetings_the_host_of_a_group_welcoming_persons_welcomes_them_at_that_meeting(extract_text):
    # "welcomed Varnia's President X": a state's person is someone, not a thing welcomed; greeted by the host of
    # the summit of leaders just told, they are at that summit
    f = extract_text("Prime Minister Tom Holt has hosted European leaders at Lancaster House in London for a summit. "
                     "The prime minister welcomed Ukraine's President Ivo Maric, France's Luc Moreau and Nato chief "
                     "Jan Obel.", lang="en", date="2026-03-03")
    m = only_meeting(f)
    assert {"Tom Holt", "Ivo Maric", "Luc Moreau", "Jan Obel"} <= attendee_names(f, m)
    assert host_names(f, m) == {"Tom Holt"}


@pytest.mark.parametrize("verb", ["angesetzt", "anberaumt"])
def test_meetings_a_meeting_set_for_a_day_is_planned(extract_text, verb):
    f = extract_text("Die Unterhändler Jan Obel und Tom Holt haben sich in Genf getroffen. Eine weitere Runde ist für "
                     f"kommende Woche in Istanbul {verb}.", date="2026-02-20")
    istanbul = next(m for m in f["meetings"] if place_names(f, m) == ["Istanbul"])
    assert istanbul["status"] == "planned"


def test_meetings_one_who_did_not_turn_up_is_absent(extract_text):
    f = extract_text("Premier Jan Obel ist beim Gipfeltreffen in Tirana nicht erschienen. Stattdessen reiste Minister "
                     "Tom Holt in die albanische Hauptstadt.", date="2026-05-29")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Jan Obel"} and "Tom Holt" in attendee_names(f, m)


@pytest.mark.parametrize("greeted", ["die rund 40 Staats- und Regierungschefs", "die Außenminister"])
def test_meetings_a_host_greeting_a_group_named_definitely_greets_those_at_the_meeting_told(extract_text, greeted):
    f = extract_text("Premier Jan Obel ist beim Gipfeltreffen in Tirana nicht erschienen. Gastgeber Tom Holt begrüßte "
                     f"{greeted} am Freitagmorgen.", date="2026-05-29")
    m = only_meeting(f)
    assert host_names(f, m) == {"Tom Holt"} and absent_names(f, m) == {"Jan Obel"}
    assert place_names(f, m) == ["Tirana"] and m["date"]["value"] == "2026-05-29"


def test_meetings_english_a_clause_of_cause_with_as_places_one_elsewhere(extract_text):
    f = extract_text("Foreign ministers met in Oslo on Monday. Minister Tom Holt attended the talks, as Prime Minister "
                     "Jan Obel was in Paris.", lang="en", date="2026-07-09")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Jan Obel"} and "Tom Holt" in attendee_names(f, m)


@pytest.mark.parametrize("lang, text", [
    ("en", "Prime Minister Jan Obel met President Tom Holt, as well as Chancellor Lars Grube, in Oslo on Monday."),
    ("en", "Prime Minister Jan Obel met President Tom Holt, and Chancellor Lars Grube, in Oslo on Monday."),
    ("de", "Premier Jan Obel traf am Montag Präsident Tom Holt, sowie Kanzler Lars Grube, in Oslo."),
])
def test_meetings_a_conjunct_set_off_by_commas_does_not_end_the_verb_s_clause(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-07-09")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Tom Holt", "Lars Grube"}
    assert place_names(f, m) == ["Oslo"] and m["date"]["value"] == "2026-07-06"


def test_mentions_english_foreign_policy_chief_is_the_high_representative(extract_text):
    f = extract_text("EU foreign ministers gathered in Brussels on Monday. The meeting was chaired by EU foreign policy "
                     "chief Alma Keller.", lang="en", date="2026-07-09")
    m = only_meeting(f)
    assert host_names(f, m) == {"Alma Keller"}
    assert next(a for a in f["actors"] if a["name"] == "Alma Keller")["role"] == "High Representative"


@pytest.mark.parametrize("lang, text", [
    ("de", "Innenminister Jan Obel hat sich am Donnerstag mit seinen Amtskollegen aus Frankreich und Polen in Wien "
           "getroffen. Die Innenminister berieten über den Schutz der Grenzen."),
    ("en", "Interior Minister Jan Obel met his counterparts from France and Poland in Vienna on Thursday. The interior "
           "ministers discussed border protection."),
])
def test_meetings_a_definite_group_of_the_office_of_those_who_met_is_them(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-10-30")
    m = only_meeting(f)
    assert "Jan Obel" in attendee_names(f, m) and place_names(f, m) == ["Vienna"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Nach dem Eklat im Weißen Haus haben sich Premier Jan Obel und Präsident Tom Holt am Sonntag in London getroffen."),
    ("en", "After the row at the White House, Prime Minister Jan Obel and President Tom Holt met in London on Sunday."),
])
def test_meetings_the_place_of_the_event_a_fronted_phrase_of_sequence_names_is_not_the_meeting_s(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-02")
    assert place_names(f, only_meeting(f)) == ["London"]


def test_meetings_one_of_the_talks_told_on_the_sidelines_is_those_talks_not_the_conference(extract_text):
    f = extract_text("Am Rande der Generalversammlung in New York hat Außenminister Jan Obel eine Reihe bilateraler "
                     "Gespräche geführt. Unter anderem traf er Minister Tom Holt sowie Ministerin Alma Keller.",
                     date="2026-09-24")
    talks = [m for m in f["meetings"] if "Tom Holt" in attendee_names(f, m)]
    assert talks and all(m["trigger"] != "Generalversammlung" for m in talks)


@pytest.mark.parametrize("lang, text, first, second", [
    ("de", "Kanzler Jan Obel wird am Montag nach Paris reisen und am Dienstag nach Warschau weiterreisen.",
     ("Paris", "2026-03-23"), ("Warsaw", "2026-03-24")),
    ("en", "Minister Jan Obel arrived in Paris on Monday and is expected to travel to Warsaw on Tuesday.",
     ("Paris", "2026-03-16"), ("Warsaw", "2026-03-24")),
])
def test_meetings_two_journeys_joined_by_and_each_go_where_their_own_conjunct_says(extract_text, lang, text, first, second):
    f = extract_text(text, lang=lang, date="2026-03-18")
    got = [(place_names(f, m), m["date"]["value"], attendee_names(f, m)) for m in f["meetings"]]
    assert got == [([first[0]], first[1], {"Jan Obel"}), ([second[0]], second[1], {"Jan Obel"})]


@pytest.mark.parametrize("lang, text", [
    ("en", "Prime Ministers Jan Obel and Tom Holt held their annual summit in Porto on Wednesday. Their foreign "
           "ministers also met separately. \"We have never been closer,\" Obel told a joint news conference."),
    ("de", "Die Regierungschefs Jan Obel und Tom Holt haben am Mittwoch in Porto ihren jährlichen Gipfel abgehalten. "
           "Ihre Außenminister trafen sich getrennt. „Wir waren nie enger verbunden“, sagte Obel auf einer gemeinsamen "
           "Pressekonferenz."),
])
def test_meetings_one_speaking_after_a_meeting_held_apart_by_others_is_at_the_main_one(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-05-14")
    summit, apart = f["meetings"][0], f["meetings"][-1]
    assert "Jan Obel" not in attendee_names(f, apart)
    assert f["statements"][0]["meeting"] == summit["id"]


def test_meetings_a_headline_talk_is_the_talk_on_the_sidelines_not_the_summit_beside_it(extract_text):
    f = extract_text("Obel trifft Holt in Kopenhagen\nPremier Jan Obel ist am Rande des Gipfeltreffens in Kopenhagen mit "
                     "Präsident Tom Holt zusammengekommen.", date="2026-09-08")
    talk = next(m for m in f["meetings"] if m["trigger"] == "trifft")
    assert attendee_names(f, talk) == {"Jan Obel", "Tom Holt"}
    assert any(m["trigger"] == "Gipfeltreffens" for m in f["meetings"])


@pytest.mark.parametrize("lang, text", [
    ("en", "Secretary General Jan Obel told reporters on Monday that he had had \"a very good meeting\" with President "
           "Tom Holt at the White House."),
    ("de", "Generalsekretär Jan Obel sagte am Montag, er habe ein „sehr gutes Gespräch“ mit Präsident Tom Holt im "
           "Weißen Haus geführt."),
])
def test_meetings_a_meeting_quoted_as_a_label_with_its_partner_after_it_is_told(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-07-15")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Tom Holt"} and place_names(f, m) == ["White House"]


@pytest.mark.parametrize("text", [
    "Die Außenminister der G7 kommen am Mittwoch in Oslo zusammen.",
    "Die Außenminister der G7 haben sich am Mittwoch in Oslo getroffen.",
])
def test_meetings_the_ministers_of_a_format_take_part_as_a_group(extract_text, text):
    f = extract_text(text, date="2026-04-09")
    m = only_meeting(f)
    actors = {a["key"]: a for a in f["actors"]}
    assert [actors[a["actor"]]["type"] for a in m["attendees"]] == ["group"]
    assert actors[m["attendees"][0]["actor"]]["role"] == "Foreign Minister"


@pytest.mark.parametrize("lang, text", [
    ("de", "Kanzler Jan Obel und Premier Tom Holt sprachen über Rohstoffe."),
    ("en", "Chancellor Jan Obel and Prime Minister Tom Holt spoke about raw materials."),
])
def test_meetings_two_named_subjects_speaking_about_a_topic_talk_with_each_other(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-11")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Tom Holt"}


def test_meetings_a_guest_told_alone_then_talking_with_someone_is_one_visit(extract_text):
    f = extract_text("Zu Gast im Rathaus von Oslo war am Dienstag Premier Tom Holt. Bürgermeister Jan Obel und Holt "
                     "sprachen über Rohstoffe.", date="2026-03-11")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Tom Holt"} and m["date"]["value"] == "2026-03-10"


def test_meetings_talks_named_after_a_group_s_agreement_are_that_group_s(extract_text):
    f = extract_text("In der Nacht zu Freitag haben sich die Verteidigungsminister in Oslo auf ein Paket geeinigt. Die "
                     "Beratungen hatten am Donnerstagmittag begonnen.", date="2026-10-22")
    m = only_meeting(f)
    actors = {a["key"]: a for a in f["actors"]}
    assert [actors[a["actor"]]["role"] for a in m["attendees"]] == ["Defence Minister"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Speaking after talks with President Tom Holt in Oslo on Thursday, Prime Minister Jan Obel said Europe must "
           "\"avoid a trade war\". He will fly on to Trondheim on Friday."),
    ("de", "Nach Gesprächen mit Präsident Tom Holt in Oslo sagte Premier Jan Obel am Donnerstag, Europa müsse einen "
           "Handelskrieg vermeiden. Er fliegt am Freitag weiter nach Trondheim."),
])
def test_meetings_he_after_a_fronted_phrase_of_talks_and_a_verb_of_saying_is_the_speaker(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-11-20")
    talks, flight = f["meetings"]
    assert attendee_names(f, talks) == {"Jan Obel", "Tom Holt"} and attendee_names(f, flight) == {"Jan Obel"}


@pytest.mark.parametrize("visitor", ["visiting Prime Minister Tom Holt", "visiting Danish Prime Minister Tom Holt"])
def test_meetings_english_visiting_before_a_title_describes_the_person(extract_text, visitor):
    f = extract_text(f"Prime Minister Jan Obel and {visitor} agreed on Tuesday to deepen defence ties, as the two "
                     "leaders met in Tokyo.", lang="en", date="2026-04-28")
    m = only_meeting(f)
    assert {"Jan Obel", "Tom Holt"} <= attendee_names(f, m) and place_names(f, m) == ["Tokyo"]


def test_meetings_states_in_a_phrase_of_the_topic_s_noun_take_no_part(extract_text):
    f = extract_text("Ministerpräsident Jan Obel wird am Montag Premier Tom Holt empfangen. Geplant ist ein Arbeitsgespräch "
                     "über die Verkehrsverbindungen zwischen Bayern und Tschechien.", date="2026-04-17")
    assert all(attendee_names(f, m) <= {"Jan Obel", "Tom Holt"} for m in f["meetings"])


def test_meetings_english_a_participle_after_the_comma_has_the_sentence_s_subject(extract_text):
    f = extract_text("Prime Minister Jan Obel paid a two-day visit to Norway this week, holding talks with Prime Minister "
                     "Tom Holt in Oslo on Friday.", lang="en", date="2026-09-19")
    talks = next(m for m in f["meetings"] if "Tom Holt" in attendee_names(f, m))
    assert attendee_names(f, talks) == {"Jan Obel", "Tom Holt"} and place_names(f, talks) == ["Oslo"]


def test_meetings_a_journey_then_to_a_summit_named_by_a_compound_is_one_meeting(extract_text):
    f = extract_text("Am kommenden Wochenende reist Kanzler Jan Obel dann zum G7-Gipfel nach Evian.", date="2026-05-13")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel"}


def test_meetings_a_paragraph_labelled_with_a_person_in_a_town_is_told_there(extract_text):
    f = extract_text("Außenminister Jan Obel in Kairo: Der Minister sprach mit seinem Amtskollegen Tom Holt über die Lage "
                     "in der Region.", date="2026-04-08")
    m = only_meeting(f)
    assert place_names(f, m) == ["Cairo"] and {"Tom Holt"} <= attendee_names(f, m)


def test_meetings_a_subheading_talk_is_the_lead_s_talk_on_a_day_of_the_conference_not_the_conference(extract_text):
    f = extract_text("Sicherheitskonferenz in München\nObel trifft Holt – Keller warnt vor Alleingängen\n\nAm zweiten Tag "
                     "der Münchner Sicherheitskonferenz ist Präsident Jan Obel mit Präsident Tom Holt zusammengekommen. "
                     "Das Gespräch dauerte eine Stunde.", date="2026-02-16")
    talks = [m for m in f["meetings"] if attendee_names(f, m) == {"Jan Obel", "Tom Holt"}]
    assert len(talks) == 1 and talks[0]["status"] == "past" and talks[0]["trigger"] != "Sicherheitskonferenz"


def test_meetings_a_schedule_item_is_where_its_trip_goes_and_has_no_guest_of_another_day(extract_text):
    f = extract_text("Termine der Ministerin in der Woche vom 1. bis 5. Juni\n\nMontag, 1. Juni\n11.00 Uhr: Empfang des "
                     "Präsidenten Tom Holt im Rathaus\n\nMittwoch, 3. Juni\nTeilnahme am Tag der Industrie in Berlin\n\n"
                     "Donnerstag, 4. Juni\nReise nach Warschau; Gespräch mit Ministerpräsident Jan Obel", date="2026-06-01")
    talk = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert attendee_names(f, talk) == {"Jan Obel"} and place_names(f, talk) == ["Warsaw"]
    assert talk["date"]["value"] == "2026-06-04"


@pytest.mark.parametrize("lang, text", [
    ("en", "Three months ago, the leaders met at Weimar. On Monday they tried again, this time by video. President Jan "
           "Obel, Chancellor Tom Holt and Prime Minister Lars Grube spoke for an hour."),
    ("de", "Vor drei Monaten trafen sich die Regierungschefs in Weimar. Am Montag versuchten sie es erneut, diesmal per "
           "Video. Präsident Jan Obel, Kanzler Tom Holt und Premier Lars Grube sprachen eine Stunde lang."),
])
def test_meetings_a_meeting_after_a_day_named_since_takes_no_place_of_an_earlier_time(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-07-20")
    call = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert place_names(f, call) == [] and call["virtual"] is True and call["date"]["value"] == "2026-07-20"


@pytest.mark.parametrize("lang, text", [
    ("en", "Leaders will gather in Oslo on Thursday for a summit. President Jan Obel will chair the meeting. Ahead of it, "
           "he is due to have breakfast with Prime Minister Tom Holt on Thursday morning."),
    ("de", "Die Staats- und Regierungschefs kommen am Donnerstag in Oslo zu einem Gipfel zusammen. Präsident Jan Obel "
           "leitet das Treffen. Im Vorfeld ist am Donnerstagmorgen ein Frühstück mit Premier Tom Holt geplant."),
])
def test_meetings_what_is_told_ahead_of_the_meeting_told_is_another_meeting(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-17")
    meal = next(m for m in f["meetings"] if "Tom Holt" in attendee_names(f, m))
    assert attendee_names(f, meal) == {"Jan Obel", "Tom Holt"}


@pytest.mark.parametrize("lang, text", [
    ("en", "President Tom Hale met Prime Minister Eva Roth in Oslo on Friday. Hale said the relationship was strong. Before "
           "the meeting, Foreign Minister Ivo Maric held talks with Roth."),
    ("de", "Präsident Tom Hale traf am Freitag in Oslo Premierministerin Eva Roth. Hale sagte, die Beziehungen seien eng. "
           "Vor dem Treffen führte Außenminister Ivo Marić Gespräche mit Roth."),
])
def test_meetings_talks_held_before_the_meeting_told_last_are_on_its_day(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-04-27")
    talks = next(m for m in f["meetings"] if "Eva Roth" in attendee_names(f, m) and "Tom Hale" not in attendee_names(f, m))
    assert talks["date"]["value"] == "2027-04-23" and talks["status"] == "past"


def test_meetings_talks_planned_before_a_planned_meeting_have_no_day_of_their_own(extract_text):
    f = extract_text("Präsident Tom Hale will am Freitag in Oslo Premierministerin Eva Roth treffen. Hale sagte, er freue "
                     "sich darauf. Vor dem Treffen will Außenminister Ivo Marić mit Roth sprechen.", date="2027-04-27")
    talks = next(m for m in f["meetings"] if "Eva Roth" in attendee_names(f, m) and "Tom Hale" not in attendee_names(f, m))
    assert talks["status"] == "planned" and talks["date"] is None


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Ministerpräsidenten der Länder beraten am Donnerstag mit Kanzlerin Eva Roth im Kanzleramt. Vorab treffen "
           "sich die Ministerpräsidenten ohne die Kanzlerin."),
    ("en", "The state premiers will meet Chancellor Eva Roth at the chancellery on Thursday. Beforehand, the premiers meet "
           "without the chancellor."),
])
def test_meetings_a_meeting_told_in_the_present_before_a_meeting_to_come_is_to_come(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-04-27")
    first, before = f["meetings"]
    assert first["status"] == before["status"] == "planned" and place_names(f, before) == []


@pytest.mark.parametrize("before", ["hatten die Ministerpräsidenten ohne die Kanzlerin beraten",
                                    "konnten sich die Ministerpräsidenten ohne die Kanzlerin treffen"])
def test_meetings_a_meeting_told_in_a_past_tense_before_a_meeting_to_come_was_held(extract_text, before):
    f = extract_text("Die Ministerpräsidenten der Länder beraten am Donnerstag mit Kanzlerin Eva Roth im Kanzleramt. Vorab "
                     f"{before}.", date="2027-04-27")
    assert [m["status"] for m in f["meetings"]] == ["planned", "past"]


def test_meetings_one_left_out_of_the_next_step_does_not_go_on_to_it(extract_text):
    f = extract_text("Die Ministerpräsidenten der Länder beraten am Donnerstag mit Kanzlerin Eva Roth und Minister Tom Hale im "
                     "Kanzleramt. Danach treffen sich die Ministerpräsidenten ohne die Kanzlerin.", date="2027-04-27")
    first, after = f["meetings"]
    assert attendee_names(f, after) == {"Die Ministerpräsidenten", "Tom Hale"} and absent_names(f, after) == {"Eva Roth"}


def test_meetings_one_met_without_by_their_office_in_lower_case_is_absent(extract_text):
    f = extract_text("Chancellor Eva Roth met the state premiers in Berlin on Monday. On Tuesday the premiers met again "
                     "without the chancellor.", lang="en", date="2027-04-27")
    monday, tuesday = f["meetings"]
    assert absent_names(f, tuesday) == {"Eva Roth"} and "Eva Roth" not in attendee_names(f, tuesday)


@pytest.mark.parametrize("lang, text", [
    ("en", "Prime Minister Eva Roth spoke to President Tom Hale this evening.\nThey discussed the latest developments in "
           "Ukraine and agreed on the importance of continued support."),
    ("de", "Premierministerin Eva Roth traf am Abend Präsident Tom Hale.\nBeide erörterten die Entwicklungen in Syrien."),
])
def test_meetings_the_state_where_developments_are_is_no_place_of_the_talk(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-04-27")
    assert place_names(f, only_meeting(f)) == []


def test_meetings_the_department_of_state_is_the_state_department(extract_text):
    f = extract_text("Secretary of State Jan Obel met with Foreign Minister Tom Holt today at the Department of State in "
                     "Washington.", lang="en", date="2026-05-20")
    assert "State Department" in place_names(f, only_meeting(f))


@pytest.mark.parametrize("text, lang", [
    ("Ein Besuch von Außenministerin Vera Lindqvist in Riga war ursprünglich geplant, wurde aber wegen des Wetters "
     "abgesagt.", "de"),
    ("A visit by Foreign Minister Vera Lindqvist to Riga had been planned, but was called off because of the weather.",
     "en"),
    # the noun again as the object of the second predicate, which shares the first one's auxiliary
    ("Einen Besuch von Außenministerin Vera Lindqvist in Riga hatte das Ministerium zunächst in Erwägung gezogen, ihn "
     "dann aber verworfen.", "de")])
def test_meetings_a_plan_called_off_by_a_second_predicate_after_a_comma_is_cancelled(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-01-21")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and attendee_names(f, m) == {"Vera Lindqvist"}


def test_meetings_a_second_predicate_with_a_subject_of_its_own_is_not_the_nouns(extract_text):
    # "aber X will …" has its own subject and tells no calling off: the summit stays planned
    f = extract_text("Ein Gipfel in Riga ist für März geplant, aber Kanzler Tomas Berglund will zuvor nach Vilnius reisen.",
                     date="2026-01-21")
    summit = next(m for m in f["meetings"] if "Riga" in place_names(f, m))
    assert summit["status"] == "planned"


@pytest.mark.parametrize("text, lang", [
    ("Außenministerin Vera Lindqvist hat am Dienstag ihren Amtskollegen Juraj Holub in Wien empfangen. Holub war "
     "erstmals zu Gast in Österreich.", "de"),
    ("Foreign Minister Vera Lindqvist received her counterpart Juraj Holub in Vienna on Tuesday. Holub was the guest "
     "of the Austrian government for the first time.", "en")])
def test_meetings_a_guests_stay_told_right_after_the_reception_is_that_visit(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-01-21")
    m = only_meeting(f)
    assert m["date"]["value"] == "2026-01-20" and attendee_names(f, m) == {"Vera Lindqvist", "Juraj Holub"}


@pytest.mark.parametrize("told", ["bereits im Vorjahr zu Gast in Wien", "zuletzt 2024 zu Gast in Wien"])
def test_meetings_an_earlier_stay_of_the_guest_is_another_visit(extract_text, told):
    f = extract_text("Außenministerin Vera Lindqvist hat am Dienstag ihren Amtskollegen Juraj Holub in Wien empfangen. "
                     f"Holub war {told}.", date="2026-01-21")
    assert len(f["meetings"]) == 2


@pytest.mark.parametrize("text, lang", [
    ("Am Donnerstag wird Ministerin Vera Lindqvist die Hafenstadt Velmora besuchen.", "de"),
    ("On Thursday Minister Vera Lindqvist will visit the port city of Velmora.", "en")])
def test_meetings_a_town_named_after_its_noun_as_an_object_is_the_place_visited(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-04-16")
    assert place_names(f, only_meeting(f)) == ["Velmora"]


def test_meetings_a_states_adjective_after_an_article_names_no_town(extract_text):
    f = extract_text("Am Mittwoch besucht Ministerin Vera Lindqvist die deutsche Brigade in Velmora.", date="2026-04-16")
    assert place_names(f, only_meeting(f)) == ["Velmora"]


def test_meetings_a_host_called_so_receiving_persons_after_a_groups_journey_is_at_that_meeting(extract_text):
    f = extract_text("Zum Jahrestag sind am Dienstag zahlreiche europäische Regierungschefs nach Velmora gereist. Gastgeber "
                     "Tomas Berglund empfing unter anderem Kommissionspräsidentin Vera Lindqvist und den Regierungschef "
                     "Juraj Holub.", date="2026-02-24")
    m = only_meeting(f)
    assert host_names(f, m) == {"Tomas Berglund"}
    assert {"Tomas Berglund", "Vera Lindqvist", "Juraj Holub"} <= attendee_names(f, m)


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Tomas Berglund führte am Mittwoch im Kanzleramt Gespräche mit Premier Ivo Maric. Minister Juraj Holub "
     "sollte ursprünglich an den Gesprächen teilnehmen, war aber stattdessen in Brüssel beim Treffen der "
     "Nato-Verteidigungsminister.", "de"),
    ("Kanzler Tomas Berglund führte am Mittwoch im Kanzleramt Gespräche mit Premier Ivo Maric. Minister Juraj Holub "
     "sollte eigentlich an den Gesprächen teilnehmen, war aber stattdessen in Brüssel beim Treffen der "
     "Nato-Verteidigungsminister.", "de"),
    ("Kanzler Tomas Berglund führte am Mittwoch im Kanzleramt Gespräche mit Premier Ivo Maric. Minister Juraj Holub, "
     "der ursprünglich an den Gesprächen teilnehmen sollte, war stattdessen in Brüssel beim Treffen der "
     "Nato-Verteidigungsminister.", "de"),
    ("Prime Minister Tomas Berglund held talks with Ivo Maric in Downing Street on Wednesday. Defence Secretary Juraj "
     "Holub had been due to join the talks but was instead in Brussels for a meeting of Nato defence ministers.", "en"),
    ("Prime Minister Tomas Berglund held talks with Ivo Maric in Downing Street on Wednesday. Defence Secretary Juraj "
     "Holub, who had been due to join the talks, was instead in Brussels for a meeting of Nato defence ministers.", "en")])
def test_meetings_a_meeting_told_after_the_contrast_of_a_plan_not_kept_is_where_the_absent_was(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-03-11")
    talks = next(m for m in f["meetings"] if m["date"])
    brussels = next(m for m in f["meetings"] if place_names(f, m) == ["Brussels"])
    assert absent_names(f, talks) == {"Juraj Holub"} and "Juraj Holub" not in attendee_names(f, talks)
    assert "Juraj Holub" in attendee_names(f, brussels) and absent_names(f, brussels) == set()


def test_meetings_a_separable_particle_before_und_and_a_second_predicate_is_the_verbs(extract_text):
    # "trafen … ein und führten …": arrived (eintreffen), then held talks; no meeting of the two arriving
    f = extract_text("Premier Ivo Maric und Premierministerin Vera Lindqvist trafen am Dienstagabend in Velmora ein und "
                     "führten am Mittwochmorgen Gespräche mit Präsident Tomas Berglund.", date="2026-03-11")
    assert not any(m["kind"] == "treffen" for m in f["meetings"]), [m["kind"] for m in f["meetings"]]
    talks = next(m for m in f["meetings"] if m["date"] and m["date"]["value"] == "2026-03-11")
    assert attendee_names(f, talks) == {"Ivo Maric", "Vera Lindqvist", "Tomas Berglund"}


@pytest.mark.parametrize("text, lang", [
    ("Prime Minister Ivo Maric arrived in Velmora on Tuesday evening and held talks with President Tomas Berglund on "
     "Wednesday morning.", "en"),
    ("Premier Ivo Maric traf am Dienstagabend in Velmora ein und kam am Mittwochmorgen mit Präsident Tomas Berglund "
     "zusammen.", "de")])
def test_meetings_a_second_verb_with_a_day_of_its_own_is_dated_by_it(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-03-11")
    talks = next(m for m in f["meetings"] if "Tomas Berglund" in attendee_names(f, m))
    assert talks["date"]["value"] == "2026-03-11"
    assert any(m["date"]["value"] == "2026-03-10" and "Tomas Berglund" not in attendee_names(f, m) for m in f["meetings"])


def test_meetings_one_taking_part_in_the_present_right_after_a_meeting_under_way_is_at_it(extract_text):
    # a news round-up: each item in the present; "an dem Treffen" is the one just told, not the first item's talks
    f = extract_text("Außenminister Tomas Berglund ist zu Gesprächen in Velmora eingetroffen. In Brüssel beraten die "
                     "EU-Agrarminister über die Agrarpolitik. Für Deutschland nimmt Staatssekretärin Vera Lindqvist an dem "
                     "Treffen teil. Minister Juraj Holub ist wegen einer Kabinettsklausur in Berlin verhindert.",
                     date="2026-09-15")
    brussels = next(m for m in f["meetings"] if place_names(f, m) == ["Brussels"])
    assert "Vera Lindqvist" in attendee_names(f, brussels) and absent_names(f, brussels) == {"Juraj Holub"}
    assert not any("Berlin" in place_names(f, m) for m in f["meetings"])  # the cabinet's retreat: why he is away


def test_meetings_a_trip_called_off_by_a_separable_verb_is_a_visit_called_off(extract_text):
    f = extract_text("Kanzler Tomas Berglund ist in Velmora. Ein geplanter Abstecher nach Tallinn fällt aus Zeitgründen aus.",
                     date="2026-11-20")
    off = next(m for m in f["meetings"] if m["status"] == "cancelled")
    assert place_names(f, off) == ["Tallinn"] and attendee_names(f, off) == {"Tomas Berglund"}


def test_meetings_one_coming_into_a_building_visits_it(extract_text):
    f = extract_text("Wie ein Sprecher am Freitag mitteilte, kommt am Montag Premierminister Ivo Maric ins Kanzleramt.",
                     date="2026-05-29")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2026-06-01"
    assert attendee_names(f, m) == {"Ivo Maric"} and place_names(f, m) == ["Federal Chancellery"]


def test_meetings_a_statement_after_the_meeting_goes_to_the_speakers_meeting_whatever_its_words():
    # "nach dem Treffen" is the speaker's (the reception, which a visit told by its noun joined), not the guest's
    # later meeting with another minister
    persons = [("Tomas Berglund", "DE", "Chancellor"), ("Ivo Maric", "NL", "Secretary General"),
               ("Vera Lindqvist", "DE", "Defence Minister")]
    f = extract_with_persons(persons, "Bundeskanzler Tomas Berglund hat am Dienstag Generalsekretär Ivo Maric im "
                             "Kanzleramt empfangen. Der Niederländer war zu einem eintägigen Besuch nach Berlin gekommen. "
                             "Im Anschluss an das Gespräch traf Maric Verteidigungsministerin Vera Lindqvist im "
                             "Bendlerblock. Der Kanzler betonte nach dem Treffen, das Bündnis sei geschlossen.",
                             date="2026-03-03")
    hosted = next(m for m in f["meetings"] if host_names(f, m) == {"Tomas Berglund"})
    assert f["statements"][0]["meeting"] == hosted["id"]
    assert all("Tomas Berglund" not in attendee_names(f, m) for m in f["meetings"] if m is not hosted)


@pytest.mark.parametrize("text, lang", [
    ("President Ivo Maric and President Tomas Berglund will meet in Velmora on Friday, presidential aide Juraj Holub "
     "told reporters on Tuesday.", "en"),
    ("Präsident Ivo Maric und Präsident Tomas Berglund werden sich am Freitag in Velmora treffen, sagte "
     "Präsidentenberater Juraj Holub am Dienstag.", "de")])
def test_meetings_the_speaker_of_a_last_clause_after_the_parties_is_the_source(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-08-12")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ivo Maric", "Tomas Berglund"} and m["date"]["value"] == "2026-08-14"


@pytest.mark.parametrize("noun", ["sit-down", "one-on-one", "tête-à-tête"])
def test_meetings_a_hyphenated_meeting_noun_of_the_rules_is_found(extract_text, noun):
    # the tokenizer splits the hyphens off; the rules' word is still found, and named as written
    f = extract_text(f"Chancellor Tomas Berglund and President Ivo Maric had a {noun} in Velmora on Tuesday.", lang="en",
                     date="2026-05-13")
    m = only_meeting(f)
    assert m["kind"] == noun and attendee_names(f, m) == {"Tomas Berglund", "Ivo Maric"}


def test_meetings_the_visit_of_a_person_is_theirs_as_a_guest_not_hosted_by_them(extract_text):
    f = extract_text("The visit of President Ivo Maric to Velmora took place on Monday.", lang="en", date="2026-05-13")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ivo Maric"} and host_names(f, m) == set()
    # German "bei" names the house: "ein Treffen bei Kanzler X" is hosted by X
    f = extract_text("Am Montag fand ein Treffen bei Kanzler Tomas Berglund statt.", date="2026-05-13")
    assert host_names(f, only_meeting(f)) == {"Tomas Berglund"}


def test_meetings_the_co_hosts_named_after_a_meeting_host_it(extract_text):
    f = extract_text("A conference took place in Velmora on Tuesday. The co-hosts, Prime Minister Vera Lindqvist and "
                     "President Ivo Maric, opened it.", lang="en", date="2026-05-13")
    m = only_meeting(f)
    assert host_names(f, m) == {"Vera Lindqvist", "Ivo Maric"} == attendee_names(f, m)


@pytest.mark.parametrize("told, present", [("Auch Premier Ivo Maric war zugegen.", True),
                                           ("Premier Ivo Maric war nicht zugegen.", False)])
def test_meetings_one_said_to_be_present_is_at_the_meeting_told(extract_text, told, present):
    f = extract_text("Kanzler Tomas Berglund hat am Dienstag in Velmora Regierungschefs aus Europa zu einem Treffen "
                     f"empfangen. {told}", date="2026-05-13")
    m = only_meeting(f)
    assert ("Ivo Maric" in attendee_names(f, m)) is present and ("Ivo Maric" in absent_names(f, m)) is not present


@pytest.mark.parametrize("told", ["sent Deputy Prime Minister Ivo Maric instead", "sent his deputy, Ivo Maric",
                                  "sent his deputy Ivo Maric"])
def test_meetings_one_sending_a_deputy_named_after_the_office_stays_away(extract_text, told):
    f = extract_text("Chancellor Tomas Berglund hosted European leaders for talks in Velmora on Tuesday. Prime Minister "
                     f"Vera Lindqvist {told}.", lang="en", date="2026-05-13")
    m = only_meeting(f)
    assert "Ivo Maric" in attendee_names(f, m) and absent_names(f, m) == {"Vera Lindqvist"}


def test_meetings_one_in_attendance_is_at_the_meeting_told(extract_text):
    f = extract_text("Chancellor Tomas Berglund hosted European leaders for talks in Velmora on Tuesday. Prime Minister "
                     "Vera Lindqvist was also in attendance.", lang="en", date="2026-05-13")
    assert "Vera Lindqvist" in attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("told", ["will represent Velmoria", "is representing Velmoria", "represents Velmoria"])
def test_meetings_one_representing_a_state_at_a_meeting_under_way_is_at_it(extract_text, told):
    f = extract_text("World leaders converged on New York on Tuesday for the annual General Assembly. Foreign Minister "
                     f"Ivo Maric {told}.", lang="en", date="2026-09-24")
    assert "Ivo Maric" in attendee_names(f, only_meeting(f))


def test_meetings_a_visit_naming_no_one_is_the_travellers_not_the_ones_met_on_the_journey(extract_text):
    f = extract_text("Kanzler Tomas Berglund reist diese Woche durch Südeuropa. Am Montag fliegt er nach Rom, wo er "
                     "Präsidentin Vera Lindqvist und Premier Ivo Maric treffen wird. Ein geplanter Besuch in Athen wurde "
                     "abgesagt.", date="2026-11-02")
    athens = next(m for m in f["meetings"] if place_names(f, m) == ["Athens"])
    assert athens["status"] == "cancelled" and attendee_names(f, athens) == {"Tomas Berglund"}


def test_meetings_a_meeting_that_does_not_come_about_by_a_ministry_s_account_has_no_one_absent(extract_text):
    # "kommt nach Angaben des Ministeriums": "nach" leads to the source of the news, not to a place travelled to
    f = extract_text("Ein geplantes Treffen mit Premierminister Tomas Berglund kommt nach Angaben des Ministeriums "
                     "nicht zustande.", date="2026-11-02")
    m = only_meeting(f)
    assert m["status"] == "cancelled"
    assert "Tomas Berglund" in attendee_names(f, m) and not absent_names(f, m)


def test_meetings_one_who_did_not_make_the_trip_is_absent(extract_text):
    f = extract_text("Several European leaders travelled to Velmora on Tuesday. Among them was Prime Minister Ivo Maric. "
                     "President Vera Lindqvist did not make the trip and sent a video message instead.",
                     lang="en", date="2026-02-25")
    m = only_meeting(f)
    assert "Ivo Maric" in attendee_names(f, m) and absent_names(f, m) == {"Vera Lindqvist"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Kanzler Tomas Berglund hat am Mittwoch Präsident Ivo Maric getroffen. Berglund und Maric kamen in Velmora "
           "zusammen und sprachen über den Handel."),
    ("de", "Kanzler Tomas Berglund hat sich am Mittwoch mit Präsident Ivo Maric getroffen. Die beiden Politiker haben "
           "sich in Velmora getroffen."),
    ("en", "Chancellor Tomas Berglund met President Ivo Maric on Wednesday. Berglund and Maric held talks in Velmora "
           "on trade."),
])
def test_meetings_the_same_two_meeting_in_the_next_sentence_say_where_the_meeting_was(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-09-18")
    m = only_meeting(f)
    assert place_names(f, m) == ["Velmora"] and m["date"]["value"] == "2026-09-16"
    assert attendee_names(f, m) == {"Tomas Berglund", "Ivo Maric"}


@pytest.mark.parametrize("second", ["Berglund and Maric later travelled together to Velmora.",
                                    "Berglund and Maric then held talks in Velmora."])
def test_meetings_the_same_two_travelling_or_meeting_afterwards_are_at_another_event(extract_text, second):
    f = extract_text(f"Chancellor Tomas Berglund met President Ivo Maric on Wednesday. {second}", lang="en",
                     date="2026-09-18")
    assert len(f["meetings"]) == 2


@pytest.mark.parametrize("states", ["Estlands und Lettlands", "von Estland und Lettland"])
def test_meetings_a_meeting_noun_of_the_ministers_of_states_has_each_state_at_it(extract_text, states):
    # after a noun "der" + a masculine role is a genitive plural: the ministers of both states, none named
    f = extract_text(f"Ein Treffen der Außenminister {states} fand am Montag in Genf statt.", date="2026-08-21")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Estonia", "Latvia"}


@pytest.mark.parametrize("lang, text", [
    ("en", "A meeting between the foreign ministers of Estonia and Latvia, scheduled for next week in Geneva, has "
           "been postponed."),
    ("de", "Ein Treffen der Außenminister Estlands und Lettlands, geplant für kommende Woche in Genf, wurde abgesagt."),
])
def test_meetings_an_aside_of_the_plan_after_the_noun_places_and_dates_what_was_called_off(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-08-21")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and place_names(f, m) == ["Geneva"] and m["date"]["value"] == "2026-08"


def test_meetings_an_expected_meeting_that_did_not_take_place_was_called_off_with_no_one_absent(extract_text):
    f = extract_text("Vizepräsident Tomas Berglund ist in München eingetroffen. Ein für Samstag erwartetes Treffen von "
                     "Berglund mit Kanzler Ivo Maric fand dagegen nicht statt.", date="2026-02-14")
    called_off = f["meetings"][-1]
    assert called_off["status"] == "cancelled" and not absent_names(f, called_off)
    assert attendee_names(f, called_off) == {"Tomas Berglund", "Ivo Maric"}


@pytest.mark.parametrize("lang, headline, body", [
    ("de", "Sicherheitskonferenz: Berglund trifft Maric",
     "Am Rande der Münchner Sicherheitskonferenz ist Vizepräsident Tomas Berglund mit Präsident Ivo Maric zusammengekommen."),
    ("en", "G20 summit: Berglund meets Maric",
     "Prime Minister Tomas Berglund met President Ivo Maric on the sidelines of the G20 summit in Johannesburg."),
])
def test_meetings_a_gathering_labelling_a_headline_talk_is_where_the_talk_was_held(extract_text, lang, headline, body):
    f = extract_text(f"{headline}\n\n{body}", lang=lang, date="2026-02-14")
    # the conference and the talk on its sidelines: two records, the headline's talk the body's
    assert len(f["meetings"]) == 2
    gathering = [m for m in f["meetings"] if any(w in m["trigger"].lower() for w in ("konferenz", "summit"))]
    talk = [m for m in f["meetings"] if m not in gathering]
    assert len(gathering) == 1 and len(talk) == 1
    assert attendee_names(f, talk[0]) == {"Tomas Berglund", "Ivo Maric"}


def test_meetings_a_predicate_of_plan_after_a_relative_clause_is_no_aside_of_the_visit_in_it(extract_text):
    f = extract_text("Prime Minister Tomas Berglund, who was on a three-day visit to Velmoria, is due to meet King "
                     "Ivo Maric on Saturday.", lang="en", date="2026-04-11")
    visit = next(m for m in f["meetings"] if m["trigger"] == "visit")
    assert visit["status"] == "past"


@pytest.mark.parametrize("lang, text", [
    ("en", "Leaders will gather in Velmora on Wednesday for an informal summit. Prime Minister Tomas Berglund is "
           "expected to attend, according to two senior diplomats."),
    ("de", "Die Regierungschefs kommen am Mittwoch in Velmora zu einem informellen Gipfel zusammen. Nach Angaben von "
           "zwei Diplomaten wird auch Ministerpräsident Tomas Berglund teilnehmen."),
])
def test_meetings_the_unnamed_source_of_the_news_is_not_at_the_meeting(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-10-02")
    names = attendee_names(f, only_meeting(f))
    assert "Tomas Berglund" in names and not any("iplomat" in n for n in names)


def test_meetings_sitting_together_is_meeting(extract_text):
    f = extract_text("Mehr als zwei Stunden saßen Kanzler Tomas Berglund und Ministerpräsidentin Vera Lindqvist am "
                     "Mittwochabend im Rathaus von Velmora zusammen.", date="2026-10-29")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Tomas Berglund", "Vera Lindqvist"} and m["date"]["value"] == "2026-10-28"


def test_meetings_an_aside_of_the_plan_may_end_the_sentence(extract_text):
    f = extract_text("Prime Minister Tomas Berglund arrived in Velmora on Monday ahead of a meeting with President Ivo "
                     "Maric, scheduled for Tuesday.", lang="en", date="2026-09-27")
    dated = {m["trigger"]: m["date"]["value"] for m in f["meetings"]}
    assert dated == {"arrived": "2026-09-21", "meeting": "2026-09-22"}


def test_meetings_a_meeting_told_after_a_talk_on_the_sidelines_is_where_the_gathering_was(extract_text):
    f = extract_text("Berglund's meeting with Maric on the margins of the economic forum in Velmora lasted about an hour, "
                     "an official said. It was the first encounter between the two since October. Berglund also met "
                     "President Vera Lindqvist.", lang="en", date="2026-01-23")
    third = next(m for m in f["meetings"] if "Vera Lindqvist" in attendee_names(f, m))
    assert place_names(f, third) == ["Velmora"]


@pytest.mark.parametrize("text", [
    "Der Gastgeber, Frankreichs Präsident Tomas Berglund, begrüßte am Mittwoch den britischen Premierminister Ivo "
    "Maric und Bundeskanzler Jan Obel.",
    "Der Gastgeber, der französische Präsident Tomas Berglund, begrüßte am Mittwoch den britischen Premierminister Ivo "
    "Maric und Bundeskanzler Jan Obel.",
])
def test_meetings_the_subject_in_apposition_opened_by_its_role_hosts(extract_text, text):
    # the subject stands in the apposition; the guests after the verb, the second without an article, host nothing
    f = extract_text(text, date="2026-01-29")
    m = only_meeting(f)
    assert host_names(f, m) == {"Tomas Berglund"}
    assert attendee_names(f, m) == {"Tomas Berglund", "Ivo Maric", "Jan Obel"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Außenminister Tomas Berglund traf am Mittwoch in Ankara seinen türkischen Amtskollegen Ivo Maric. „Wir "
           "brauchen einander“, sagte Berglund nach dem Gespräch. Sein Gastgeber betonte, beide Länder verbinde eine "
           "lange Freundschaft."),
    ("en", "Foreign Minister Tomas Berglund met his Turkish counterpart Ivo Maric in Ankara on Wednesday. His host said "
           "the talks had been productive."),
])
def test_meetings_the_host_told_by_a_noun_is_the_one_of_the_state_of_the_place(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-04-23")
    m = only_meeting(f)
    assert host_names(f, m) == {"Ivo Maric"}
    speakers = {q["speaker"] for q in f["statements"]}
    assert "person:ivo-maric" in speakers


def test_meetings_the_host_told_by_a_noun_stays_unnamed_when_two_of_the_state_were_named(extract_text):
    f = extract_text("Außenminister Tomas Berglund traf am Mittwoch in Ankara den türkischen Präsidenten Ivo Maric und "
                     "den türkischen Außenminister Jan Obel. Der Gastgeber betonte, beide Länder verbinde eine lange "
                     "Freundschaft.", date="2026-04-23")
    assert not host_names(f, only_meeting(f))


@pytest.mark.parametrize("lang, text", [
    ("en", "Prime Minister Tomas Berglund met a U.S. delegation in Velmora on Tuesday."),
    ("en", "U.S. and Russian delegations met in Velmora on Tuesday."),
    ("en", "Russian and U.S. delegations met in Velmora on Tuesday."),
    ("de", "Am Dienstag trafen sich russische und US-amerikanische Delegationen in Velmora."),
])
def test_meetings_a_state_named_by_its_noun_before_a_delegation_is_a_party(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-02-20")
    assert "United States" in attendee_names(f, only_meeting(f))
    if "Russian" in text or "russische" in text:
        assert "Russia" in attendee_names(f, only_meeting(f))


def test_meetings_one_who_speaks_at_the_opening_was_there(extract_text):
    f = extract_text("Die Verteidigungsminister sind am Mittwoch in Velmora zu Beratungen zusammengekommen. „Wir müssen "
                     "mehr tun“, mahnte Generalsekretär Tomas Berglund zum Auftakt.", date="2026-10-14")
    assert "Tomas Berglund" in attendee_names(f, only_meeting(f))


def test_meetings_a_guest_expected_on_a_later_day_of_a_meeting_begun_and_one_who_promised_to_come_are_at_it(extract_text):
    f = extract_text("Die Landesgruppe hat ihre traditionelle Winterklausur im Kloster Velmora begonnen. Als Gast wird am "
                     "Donnerstag Botschafter Tomas Berglund erwartet. Auch Kanzlerin Vera Lindqvist hat ihr Kommen "
                     "zugesagt.", date="2026-01-10")
    assert attendee_names(f, only_meeting(f)) >= {"Tomas Berglund", "Vera Lindqvist"}


def test_meetings_a_negation_after_a_contrast_denies_only_its_own_predicate(extract_text):
    f = extract_text("Leaders wrapped up a two-day summit in Velmora on Wednesday. President Tomas Berglund attended a "
                     "dinner with leaders on Tuesday evening but was not invited to the main session.", lang="en",
                     date="2026-06-27")
    summit = next(m for m in f["meetings"] if m["trigger"] == "summit")
    dinner = next(m for m in f["meetings"] if m is not summit)
    assert absent_names(f, summit) == {"Tomas Berglund"}
    assert "Tomas Berglund" in attendee_names(f, dinner) and not absent_names(f, dinner)
    assert dinner["date"]["value"] == "2026-06-23"


@pytest.mark.parametrize("bullet", ["—", "-"])
def test_meetings_a_programme_s_next_item_about_others_is_an_event_of_its_own(extract_text, bullet):
    f = extract_text(f"WHO'S WHERE:\n{bullet} President Tomas Berglund meets Prime Minister Ivo Maric at 10 a.m.\n"
                     f"{bullet} Foreign affairs chief Vera Lindqvist chairs the council in Velmora.", lang="en",
                     date="2026-10-20")
    assert sorted(sorted(attendee_names(f, m)) for m in f["meetings"]) == [
        ["Ivo Maric", "Tomas Berglund"], ["Vera Lindqvist"]]


@pytest.mark.parametrize("lang, second", [
    ("de", "Die Teilnehmer wollen sich im Mai wieder treffen."),
    ("de", "Man will sich im Mai erneut treffen."),
    ("en", "The participants agreed to meet again in May."),
])
def test_meetings_those_of_a_meeting_meeting_again_are_a_planned_meeting_of_the_same(extract_text, lang, second):
    first = {"de": "Kanzler Tomas Berglund und Präsident Ivo Maric kamen am Mittwoch in Velmora zusammen.",
             "en": "Chancellor Tomas Berglund and President Ivo Maric met in Velmora on Wednesday."}[lang]
    f = extract_text(f"{first} {second}", lang=lang, date="2026-10-29")
    assert len(f["meetings"]) == 2
    again = next(m for m in f["meetings"] if m["status"] == "planned")
    assert attendee_names(f, again) == {"Tomas Berglund", "Ivo Maric"} and again["date"]["value"] == "2027-05"


@pytest.mark.parametrize("summit", ["next week's summit", "Thursday's summit"])
def test_meetings_a_later_meeting_after_ahead_of_dates_the_meeting_and_lends_it_neither_place_nor_plan(extract_text, summit):
    f = extract_text(f"Chancellor Tomas Berglund and President Ivo Maric met in Velmora on Tuesday ahead of {summit} in "
                     "Kastrova.", lang="en", date="2026-09-03")
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2026-09-01" and place_names(f, m) == ["Velmora"]


@pytest.mark.parametrize("text", [
    "Kanzler Tomas Berglund traf Präsident Ivo Maric am Dienstag in Velmora vor dem Gipfel in Kastrova am kommenden "
    "Donnerstag.",
    "Vor dem Gipfel in Kastrova am kommenden Donnerstag traf Kanzler Tomas Berglund am Dienstag Präsident Ivo Maric in "
    "Velmora.",
])
def test_meetings_a_later_meeting_told_in_full_beside_a_meeting_keeps_its_own_day_and_plan(extract_text, text):
    f = extract_text(text, date="2026-09-03")
    by_place = {tuple(place_names(f, m)): (m["status"], m["date"]["value"]) for m in f["meetings"]}
    assert by_place == {("Velmora",): ("past", "2026-09-01"), ("Kastrova",): ("planned", "2026-09-10")}


def test_meetings_a_resident_host_is_evidenced_by_the_talks_not_by_a_later_host_s_noun(extract_text):
    f = extract_text("President Ivo Maric held talks with British Prime Minister Tomas Berglund at Chequers on Thursday. "
                     "Maric acknowledged one disagreement with his host.", lang="en", date="2026-09-19")
    m = only_meeting(f)
    assert host_names(f, m) == {"Tomas Berglund"}
    assert m["hosts"][0]["evidence"]["sentence"].startswith("President Ivo Maric held talks")


@pytest.mark.parametrize("lang, text", [
    ("de", "Ministerin Lena Marbach wurde am Dienstag in Velmora von Außenminister Tomas Berglund empfangen. Am Nachmittag "
           "traf Marbach zudem Vertreter der Gemeinde. Es war das dritte Treffen der beiden Minister in diesem Jahr."),
    ("en", "Minister Lena Marbach was received by Foreign Minister Tomas Berglund in Velmora on Tuesday. In the afternoon "
           "Marbach also met members of the local community. It was the third meeting of the two ministers this year."),
])
def test_meetings_a_plain_noun_naming_persons_is_the_last_meeting_they_were_all_at(extract_text, lang, text):
    # "the meeting of the two ministers" after one of them met others is the reception both were at
    f = extract_text(text, lang=lang, date="2026-10-22")
    assert len(f["meetings"]) == 2, [m["trigger"] for m in f["meetings"]]
    later = next(m for m in f["meetings"] if "Tomas Berglund" not in attendee_names(f, m))
    assert "Lena Marbach" in attendee_names(f, later)


@pytest.mark.parametrize("lang, text", [
    ("de", "Ministerin Lena Marbach kam am Dienstag in Velmora mit Außenminister Tomas Berglund zusammen. Danach besuchte "
           "Marbach eine Schule. „Wir sind Partner“, sagte Marbach nach dem Treffen."),
    ("en", "Minister Lena Marbach met Foreign Minister Tomas Berglund in Velmora on Tuesday. Afterwards Marbach visited a "
           "school. \"We are partners,\" Marbach said after the meeting."),
])
def test_meetings_the_meeting_after_a_visit_of_one_alone_is_the_one_with_others(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-05-20")
    assert len(f["statements"]) == 1
    statement = f["statements"][0]
    met = next(m for m in f["meetings"] if "Tomas Berglund" in attendee_names(f, m))
    assert statement["meeting"] == met["id"]


def test_meetings_a_visit_noun_still_names_the_visit_of_one_alone(extract_text):
    f = extract_text("Ministerin Lena Marbach kam am Dienstag in Velmora mit Außenminister Tomas Berglund zusammen. Danach "
                     "besuchte Marbach eine Schule. „Wir lernen viel“, sagte Marbach nach dem Besuch.", date="2026-05-20")
    assert len(f["statements"]) == 1
    statement = f["statements"][0]
    school = next(m for m in f["meetings"] if "Tomas Berglund" not in attendee_names(f, m))
    assert statement["meeting"] == school["id"]


def test_meetings_a_headline_event_with_a_place_is_the_body_s_first_meeting_there(extract_text):
    # a lead of no meeting ("Ihre erste Reise führte sie nach Velmora") does not keep the headline's visit apart
    f = extract_text("Antrittsbesuch in Velmora\n\nIhre erste Auslandsreise hat die neue Ministerin Lena Marbach am "
                     "Dienstag nach Velmora geführt. Dort kam sie mit Außenminister Tomas Berglund zu einem Gespräch "
                     "zusammen.", date="2026-05-20")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Lena Marbach", "Tomas Berglund"} and m["date"]["value"] == "2026-05-19"
    # a body whose first meeting is elsewhere keeps the headline's apart
    f = extract_text("Antrittsbesuch in Velmora\n\nIhre erste Auslandsreise hat die neue Ministerin Lena Marbach am "
                     "Dienstag angetreten. In Kastrova kam sie mit Außenminister Tomas Berglund zu einem Gespräch "
                     "zusammen.", date="2026-05-20")
    assert len(f["meetings"]) == 2


@pytest.mark.parametrize("lang, text, place", [
    ("de", "Am Nachmittag traf Ministerin Lena Marbach in Velmora Vertreter der Schweizer Gemeinschaft in Italien.", "Velmora"),
    ("de", "Am Nachmittag traf Ministerin Lena Marbach Vertreter der deutschen Minderheit in Hermannstadt.", "Hermannstadt"),
    ("en", "In the afternoon Minister Lena Marbach met members of the Swiss community in Italy in Velmora.", "Velmora"),
])
def test_meetings_the_state_of_a_community_is_not_where_it_is_met(extract_text, lang, text, place):
    f = extract_text(text, lang=lang, date="2026-10-22")
    assert place_names(f, only_meeting(f)) == [place]


@pytest.mark.parametrize("lang, text", [
    ("en", "Foreign ministers agreed in Velmora on Monday to extend aid, diplomats said, after talks that ran late."),
    ("de", "Die Außenminister einigten sich am Montag in Velmora auf weitere Hilfen, sagten Diplomaten, nach Gesprächen "
           "bis spät in den Abend."),
])
def test_meetings_a_group_saying_so_between_commas_is_the_source_not_a_party(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-11-05")
    m = only_meeting(f)
    assert len(attendee_names(f, m)) == 1  # the ministers
    assert all("iplomat" not in name for name in attendee_names(f, m))


@pytest.mark.parametrize("item, status", [
    ("14.00 Uhr: Die Verteidigungsminister Jan Obel und Lars Grube beraten in Velmora.", "planned"),
    ("18.00 Uhr: Präsident Jan Obel gibt ein Abendessen zu Ehren von Präsident Lars Grube in Velmora.", "planned"),
    # a live blog's entry told in the perfect was held
    ("+++ 14.05 Uhr: Die Verteidigungsminister Jan Obel und Lars Grube haben in Velmora beraten +++", "past"),
])
def test_meetings_a_line_stamped_with_a_clock_time_tells_in_the_present_the_day_s_programme(extract_text, item, status):
    f = extract_text(f"Termine am Donnerstag\n\n{item}", date="2026-03-12")
    m = only_meeting(f)
    assert m["status"] == status and m["date"]["value"] == "2026-03-12"


@pytest.mark.parametrize("text", [
    "Gipfel ohne Ungarn-Veto\n\nDie Regierungschefs Tomas Berglund und Ivo Maric berieten am Donnerstag in Kastrova.",
    "Die Regierungschefs Tomas Berglund und Ivo Maric berieten am Donnerstag in Kastrova ohne Ungarn-Veto über Hilfen.",
])
def test_meetings_a_state_starting_a_compound_after_ohne_is_not_absent(extract_text, text):
    # "ohne Ungarn-Veto" is without a veto, not without Hungary
    f = extract_text(text, date="2026-03-20")
    m = only_meeting(f)
    assert m["absent"] == [] and attendee_names(f, m) == {"Tomas Berglund", "Ivo Maric"}
    # "ohne Ungarn" alone is
    f = extract_text(text.replace("Ungarn-Veto", "Ungarn"), date="2026-03-20")
    assert absent_names(f, only_meeting(f)) == {"Hungary"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Bürgermeister Tom Hale und Ivo Maric kamen am Mittwoch in Velmora zusammen. Auch Gouverneurin Lena Marbach "
           "schaute kurz vorbei."),
    ("en", "The mayors Tom Hale and Ivo Maric met in Velmora on Wednesday. Governor Lena Marbach also dropped by."),
])
def test_meetings_one_who_dropped_by_was_at_the_meeting(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-08-27")
    assert "Lena Marbach" in attendee_names(f, only_meeting(f))


def test_meetings_a_conjunct_whose_verb_is_followed_by_anschliessend_is_the_next_meeting(extract_text):
    # German puts "anschließend" after the verb of the second conjunct: two meetings, the subject at both
    f = extract_text("Kanzler Tom Hale wurde am Mittwoch in Velmora von Präsident Ivo Maric empfangen und traf "
                     "anschließend Regierungschefin Lena Marbach.", date="2026-04-23")
    assert [attendee_names(f, m) for m in f["meetings"]] == [{"Tom Hale", "Ivo Maric"}, {"Tom Hale", "Lena Marbach"}]
    assert host_names(f, f["meetings"][0]) == {"Ivo Maric"} and host_names(f, f["meetings"][1]) == set()
    # an unnamed agent leaves no host: the name of the next conjunct is not it
    f = extract_text("Kanzler Tom Hale wurde am Mittwoch in Velmora vom Botschafter empfangen und traf anschließend "
                     "Präsident Ivo Maric.", date="2026-04-23")
    assert all(host_names(f, m) == set() for m in f["meetings"])
    assert attendee_names(f, f["meetings"][-1]) == {"Tom Hale", "Ivo Maric"}


@pytest.mark.parametrize("second", [
    "Regierungschefin Lena Marbach forderte, ihr Land müsse mit am Tisch sitzen.",  # a demand
    "Regierungschefin Lena Marbach sitzt seit 2021 im Parlament.",  # a seat held
])
def test_meetings_sitting_in_the_present_is_no_presence_at_the_meeting_told(extract_text, second):
    # (tried in session 57 as a cue for live blogs, "Neben ihm sitzen X und Y": it put these persons at the meeting)
    f = extract_text("Präsident Tom Hale und Präsident Ivo Maric trafen sich am Freitag in Velmora. " + second,
                     date="2026-08-16")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Tom Hale", "Ivo Maric"} and place_names(f, m) == ["Velmora"]


def test_meetings_no_one_gets_past_someone_is_no_dropping_by(extract_text):
    # "An X kommt niemand vorbei" (no one gets round X) is an idiom; "schaute vorbei" is dropping in
    f = extract_text("Präsident Tom Hale und Präsident Ivo Maric trafen sich am Freitag in Velmora. An Regierungschefin "
                     "Lena Marbach kommt in dieser Frage niemand vorbei.", date="2026-08-16")
    assert attendee_names(f, only_meeting(f)) == {"Tom Hale", "Ivo Maric"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Kanzler auf Reisen\n\nKanzler Tom Hale ist am Mittwochmorgen in Velmora angekommen.\n\nEr traf Präsident Ivo "
           "Maric im Präsidentenpalast."),
    ("en", "Chancellor abroad\n\nChancellor Tom Hale arrived in Velmora on Wednesday morning.\n\nHe met President Ivo "
           "Maric at the presidential palace."),
])
def test_meetings_a_lead_that_is_a_paragraph_of_its_own_lends_to_the_next_paragraph(extract_text, lang, text):
    # news agencies set each sentence as a paragraph: the break between them is no sentence the lead must reach past
    # (English keeps the arrival as a record of its own, as it does within a paragraph)
    f = extract_text(text, lang=lang, date="2026-04-23")
    m = next(m for m in f["meetings"] if "Ivo Maric" in attendee_names(f, m))
    assert "Velmora" in place_names(f, m) and m["date"]["value"] == "2026-04-22"


def test_meetings_one_told_instead_of_a_meeting_called_off_is_another(extract_text):
    f = extract_text("Ein für Donnerstag geplantes Treffen von Bundeskanzler Bernd Vollmer mit dem lettischen Regierungschef "
                     "Aivars Kalnins in Berlin ist abgesagt worden. Ein Sprecher nannte Termingründe. Stattdessen empfängt "
                     "der Kanzler am Donnerstag den estnischen Regierungschef Tarmo Kask im Kanzleramt.")
    called_off, instead = f["meetings"]
    assert called_off["status"] == "cancelled" and attendee_names(f, called_off) == {"Bernd Vollmer", "Aivars Kalnins"}
    assert instead["status"] == "planned" and attendee_names(f, instead) == {"Bernd Vollmer", "Tarmo Kask"}
    assert host_names(f, instead) == {"Bernd Vollmer"}


def test_meetings_one_who_travels_instead_of_an_absent_minister_goes_to_the_meeting(extract_text):
    f = extract_text("Die Außenminister der EU beraten am Donnerstag in Brüssel. Außenministerin Jana Wolters sagte ihre "
                     "Teilnahme ab. Stattdessen reist Staatsminister Tarmo Kask nach Brüssel.")
    m = only_meeting(f)
    assert "Tarmo Kask" in attendee_names(f, m) and absent_names(f, m) == {"Jana Wolters"}


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Bernd Vollmer hat am Mittwochabend mit Präsident Ivo Marić über das geplante Treffen von Präsident "
     "Lars Grube mit Premier Jan Obel in Genf gesprochen.", "de"),
    ("Kanzler Bernd Vollmer hat am Mittwochabend mit Präsident Ivo Marić telefoniert. Beide sprachen über das geplante "
     "Treffen von Präsident Lars Grube mit Premier Jan Obel in Genf.", "de"),
    ("Chancellor Bernd Vollmer spoke with President Ivo Maric on Wednesday about the planned meeting of President "
     "Lars Grube with Prime Minister Jan Obel in Geneva.", "en"),
])
def test_meetings_the_persons_place_and_plan_of_a_meeting_talked_about_are_not_the_talks(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-08-14")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Bernd Vollmer", "Ivo Marić" if lang == "de" else "Ivo Maric"}
    assert m["status"] == "past" and m["date"]["value"] == "2026-08-12"
    assert place_names(f, m) == []


def test_meetings_a_day_before_a_summit_after_for_is_the_days_not_a_topic(extract_text):
    f = extract_text("Prime Minister Jan Obel hosted more than 40 leaders at Halden Castle on Thursday for a summit.", lang="en")
    assert [m["date"]["value"] for m in f["meetings"]] == ["2025-04-10"]


@pytest.mark.parametrize("text", [
    "Die sechs Abgeordneten unter Leitung des Ausschussvorsitzenden Jan Obel wollen mit Präsident Ivo Marić zusammenkommen.",
    "Die sechs Abgeordneten unter Leitung des Vorsitzenden des Europaausschusses, Jan Obel, wollen mit Präsident Ivo "
    "Marić zusammenkommen.",
])
def test_meetings_one_who_leads_a_group_of_visitors_is_no_host(extract_text, text):
    f = extract_text(text)
    m = only_meeting(f)
    assert {"Jan Obel", "Ivo Marić"} <= attendee_names(f, m) and host_names(f, m) == set()


def test_meetings_one_who_leads_the_talks_hosts_them(extract_text):
    f = extract_text("Die Beratungen unter Leitung von Ministerin Ruta Vaitkus fanden am Montag in Vilnius statt. "
                     "Teilnehmer waren Jan Obel und Lars Grube.")
    assert host_names(f, only_meeting(f)) == {"Ruta Vaitkus"}


@pytest.mark.parametrize("text, lang", [
    ("Ministerpräsident Jan Obel hat am Dienstag den lettischen Regierungschef Aivars Kalnins in der Staatskanzlei "
     "empfangen. Anschließend besuchten beide ein Stahlwerk in Duisburg. „Wir sind enge Partner“, sagte Obel nach dem "
     "Treffen.", "de"),
    ("Prime Minister Jan Obel received his Latvian counterpart Aivars Kalnins in Edinburgh on Tuesday. Afterwards, the "
     "two visited a steelworks in Glasgow. \"We are close partners,\" Obel said after the meeting.", "en"),
])
def test_meetings_after_the_meeting_after_a_visit_of_a_place_by_those_who_met_is_their_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    received, visit = f["meetings"]
    assert attendee_names(f, visit) == {"Jan Obel", "Aivars Kalnins"}
    assert f["statements"][0]["meeting"] == received["id"]


def test_meetings_after_the_meeting_after_a_visit_of_another_person_is_that_visit(extract_text):
    f = extract_text("Ministerpräsident Jan Obel hat am Dienstag den lettischen Regierungschef Aivars Kalnins in der "
                     "Staatskanzlei empfangen. Anschließend besuchte Obel den Bischof Lars Grube. „Wir sind enge "
                     "Partner“, sagte Obel nach dem Treffen.")
    assert f["statements"][0]["meeting"] == f["meetings"][-1]["id"]
    assert "Lars Grube" in attendee_names(f, f["meetings"][-1])


def test_meetings_a_group_in_what_one_said_at_the_opening_is_no_party(extract_text):
    f = extract_text("Die Verteidigungsminister der Nato-Staaten sind am Mittwoch in Brüssel zusammengekommen. "
                     "Generalsekretär Jan Obel sagte zum Auftakt, die Allianz müsse schneller werden.")
    m = only_meeting(f)
    assert "Jan Obel" in attendee_names(f, m)
    assert not [a for a in m["attendees"] if a["actor"].startswith("group:allianz")]


def test_meetings_a_regional_papers_dateline_in_german_places_the_town_hall_meeting(extract_text):
    f = extract_text("Nürnberg. Oberbürgermeister Jan Obel (CSU) hat am Montag eine Delegation aus Krakau im "
                     "historischen Rathaussaal begrüßt.")
    assert place_names(f, only_meeting(f)) == ["Nuremberg"]


@pytest.mark.parametrize("greeting, place", [
    ("Am Dienstag wird er in Ljubljana von Präsidentin Mira Kos begrüßt.", ["Ljubljana"]),
    ("Am Dienstag wird er von Präsidentin Mira Kos im Präsidentenpalast begrüßt.", ["Slovenia"]),
])
def test_meetings_a_talk_on_a_day_of_a_state_visit_is_where_the_guest_was_last_placed_in_that_state(extract_text, greeting, place):
    f = extract_text("Bundespräsident Jan Obel reist vom 4. bis 6. Mai zu einem Staatsbesuch nach Slowenien. " + greeting
                     + " Am Mittwoch trifft Obel Regierungschef Luka Zupan zu einem Gespräch.", date="2027-05-03")
    talk = f["meetings"][-1]
    assert attendee_names(f, talk) == {"Jan Obel", "Luka Zupan"} and talk["date"]["value"] == "2027-05-05"
    assert place_names(f, talk) == place


@pytest.mark.parametrize("since", ["seit Kalnins' Besuch in Berlin im Februar", "seit Aivars Kalnins' Besuch in Berlin im Februar"])
def test_meetings_a_visit_counted_from_after_a_name_in_the_genitive_is_no_lead(extract_text, since):
    f = extract_text("Außenminister Jan Obel ist am Donnerstag in Riga mit seinem lettischen Amtskollegen Aivars Kalnins "
                     f"zusammengetroffen. Es war das erste Treffen der beiden {since}. Nach dem Gespräch sagte Obel, er sei "
                     "zufrieden.")
    riga = f["meetings"][0]
    assert place_names(f, riga) == ["Riga"] and riga["date"]["value"] == "2025-04-10"
    assert f["statements"][0]["meeting"] == riga["id"]


@pytest.mark.parametrize("later", ["Bundesinnenminister Jan Obel (CSU) wird erst am Donnerstag erwartet.",
                                   "Bundesinnenminister Jan Obel soll am Freitag per Video zugeschaltet werden."])
def test_meetings_one_expected_a_day_or_two_into_a_conference_comes_to_it(extract_text, later):
    f = extract_text("Die Innenminister der Länder sind am Mittwoch in Bremerhaven zu ihrer Herbstkonferenz "
                     "zusammengekommen. " + later, date="2026-09-30")
    m = only_meeting(f)
    assert "Jan Obel" in attendee_names(f, m) and m["date"]["value"] == "2026-09-30" and m["status"] == "past"


def test_meetings_one_expected_elsewhere_the_day_after_a_conference_is_not_at_it(extract_text):
    f = extract_text("Die Innenminister der Länder sind am Mittwoch in Bremerhaven zu ihrer Herbstkonferenz "
                     "zusammengekommen. Bundesinnenminister Jan Obel wird am Donnerstag in Rom erwartet.", date="2026-09-30")
    conference = f["meetings"][0]
    assert "Jan Obel" not in attendee_names(f, conference)


@pytest.mark.parametrize("text, lang", [
    ("Premier Jan Obel hat am Donnerstag in Mumbai Präsident Ivo Marić getroffen. Die beiden sprachen über das im Juli "
     "unterzeichnete Handelsabkommen. „Das ist eine Partnerschaft für die Zukunft“, sagte Obel nach dem Gespräch.", "de"),
    ("Prime Minister Jan Obel met President Ivo Maric in Mumbai on Thursday. The two leaders discussed the trade "
     "agreement signed in July. \"This is a relationship for the future,\" Obel told reporters after the talks.", "en"),
])
def test_meetings_a_participle_of_a_thing_signed_tells_no_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-10-09")
    m = only_meeting(f)
    assert f["statements"][0]["meeting"] == m["id"]


@pytest.mark.parametrize("text, lang", [
    ("Premier Jan Obel und Präsident Ivo Marić unterzeichneten am Donnerstag in Mumbai ein Handelsabkommen.", "de"),
    ("Prime Minister Jan Obel and President Ivo Maric signed a trade agreement in Mumbai on Thursday.", "en"),
])
def test_meetings_two_who_sign_together_meet(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-10-09")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Ivo Marić" if lang == "de" else "Ivo Maric"}


def test_meetings_a_guest_of_a_conference_received_by_one_not_at_it_is_a_reception_of_its_own(extract_text):
    f = extract_text("Präsident Ivo Marić ist am Mittwoch zur Wiederaufbaukonferenz in Berlin eingetroffen. Anschließend "
                     "fuhr Marić ins Schloss Bellevue, wo ihn Bundespräsident Jan Obel empfing. Die zweitägige Konferenz "
                     "wird am Donnerstag von Kanzlerin Ruta Vaitkus eröffnet.", date="2026-06-10")
    conference, reception = f["meetings"]
    assert host_names(f, reception) == {"Jan Obel"} and attendee_names(f, reception) == {"Ivo Marić", "Jan Obel"}
    assert place_names(f, reception)[0] == "Bellevue Palace"
    assert host_names(f, conference) == {"Ruta Vaitkus"} and "Jan Obel" not in attendee_names(f, conference)


def test_meetings_the_leader_of_the_guests_is_one_of_them_not_the_host(extract_text):
    f = extract_text("Landtagspräsident Jan Obel hat am Donnerstag eine Delegation aus Ruanda im Landtag begrüßt. Die Gäste "
                     "unter Leitung der Senatspräsidentin Ruta Vaitkus informierten sich über die Arbeit des Parlaments.")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jan Obel"} and "Ruta Vaitkus" in attendee_names(f, m)


def test_meetings_a_programme_item_told_by_its_noun_after_items_to_come_is_to_come(extract_text):
    f = extract_text("Montag: Kanzler Jan Obel empfängt den finnischen Präsidenten Aarne Laine im Kanzleramt.\n"
                     "Dienstag: Außenministerin Ruta Vaitkus reist nach Warschau und trifft ihren Kollegen Lars Grube.\n"
                     "Mittwoch: Kabinettssitzung im Kanzleramt.", date="2026-11-16")
    cabinet = f["meetings"][-1]
    assert cabinet["trigger"].lower().startswith("kabinettssitzung")
    assert cabinet["status"] == "planned" and cabinet["date"]["value"] == "2026-11-18"


@pytest.mark.parametrize("text, host", [
    ("Am Abend nahm Kanzler Jan Obel an einem Empfang des Präsidenten Ivo Marić teil.", "Ivo Marić"),
    ("Am Dienstag war Kanzler Jan Obel bei einem Abendessen der Ministerpräsidentin Ruta Vaitkus in Oslo.", "Ruta Vaitkus"),
])
def test_meetings_the_person_in_the_genitive_of_a_reception_or_meal_gives_it(extract_text, text, host):
    f = extract_text(text)
    m = only_meeting(f)
    assert host_names(f, m) == {host} and "Jan Obel" in attendee_names(f, m)


def test_meetings_a_meeting_of_persons_in_the_genitive_has_no_host_by_it(extract_text):
    f = extract_text("Am Dienstag nahm Kanzler Jan Obel in Oslo an einem Treffen der Ministerpräsidentin Ruta Vaitkus teil.")
    assert host_names(f, only_meeting(f)) == set()


@pytest.mark.parametrize("text, lang", [
    ("Die Außenminister der G20 kamen am Donnerstag in Johannesburg zu zweitägigen Beratungen zusammen. Die USA wurden "
     "von ihrem Geschäftsträger in Pretoria vertreten.", "de"),
    ("Foreign ministers of the Group of 20 gathered in Johannesburg on Thursday for a two-day meeting. The United "
     "States was represented by its chargé d'affaires in Pretoria.", "en"),
])
def test_meetings_a_state_represented_by_its_charge_daffaires_posted_elsewhere_takes_part(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-02-20")
    m = only_meeting(f)
    assert "country:US" in {a["actor"] for a in m["attendees"]} and place_names(f, m) == ["Johannesburg"]


def test_meetings_a_party_congress_is_a_meeting_its_guest_from_abroad_attends(extract_text):
    f = extract_text("Rund 1000 Delegierte sind am Freitag in Stuttgart zum Bundesparteitag der CDU zusammengekommen. "
                     "Als Gast wird der niederländische Ministerpräsident Jan Obel erwartet.", date="2026-11-21")
    m = only_meeting(f)
    assert "Jan Obel" in attendee_names(f, m) and place_names(f, m) == ["Stuttgart"] and m["date"]["value"] == "2026-11-20"


def test_meetings_those_who_coordinate_among_themselves_meet(extract_text):
    f = extract_text("Die Regierungschefs der Länder haben sich am Donnerstag in der Landesvertretung in Berlin "
                     "untereinander abgestimmt.")
    m = only_meeting(f)
    assert m["status"] == "past" and place_names(f, m)[-1] == "Berlin"


@pytest.mark.parametrize("text, lang", [
    ("Sinnvoller wäre es, wenn sich die Außenminister Jan Obel und Ivo Marić zunächst untereinander abstimmten.", "de"),
    ("Besser wäre es, wenn die Außenminister Jan Obel und Ivo Marić am Montag in Berlin miteinander sprächen.", "de"),
    ("It would be better if Foreign Ministers Jan Obel and Ivo Maric met in Berlin first.", "en"),
])
def test_meetings_a_meeting_in_a_condition_of_the_unreal_mood_is_only_wished_for(extract_text, text, lang):
    assert extract_text(text, lang=lang)["meetings"] == []


@pytest.mark.parametrize("text, lang", [
    ("Bundeskanzler Bernd Vollmer wird nicht am Friedensgipfel in Kairo teilnehmen. Statt seiner reist Staatsminister "
     "Jan Obel nach Ägypten.", "de"),
    ("Chancellor Bernd Vollmer will not attend the peace summit in Cairo. Instead of him, Minister of State Jan Obel "
     "will travel to Egypt.", "en"),
])
def test_meetings_one_who_goes_in_place_of_the_one_a_pronoun_stands_for_attends(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel"} and absent_names(f, m) == {"Bernd Vollmer"}


@pytest.mark.parametrize("text, lang", [
    ("Die EU-Verteidigungsminister haben sich am Mittwoch in Kopenhagen zu einem informellen Treffen versammelt. "
     "Ungarn schickte lediglich einen Staatssekretär.", "de"),
    ("EU defence ministers gathered in Copenhagen on Wednesday for an informal meeting. Hungary sent only a junior "
     "minister.", "en"),
])
def test_meetings_a_state_that_sends_an_office_holder_takes_part(extract_text, text, lang):
    m = only_meeting(extract_text(text, lang=lang))
    assert "country:HU" in {a["actor"] for a in m["attendees"]}


def test_meetings_a_state_that_sends_things_takes_no_part(extract_text):
    m = only_meeting(extract_text("Die EU-Verteidigungsminister haben sich am Mittwoch in Kopenhagen zu einem "
                                  "informellen Treffen versammelt. Ungarn schickte Waffen an die Grenze."))
    assert "country:HU" not in {a["actor"] for a in m["attendees"]}


def test_meetings_the_first_plan_of_a_summit_put_off_is_that_summit(extract_text):
    f = extract_text("Der für Ende März geplante Gipfel in Peking ist verschoben worden. Das teilte ein Sprecher am "
                     "Freitag mit. Ursprünglich sollten Ratspräsident Jan Obel und Präsidentin Ruta Vaitkus am 30. März "
                     "mit Staatschef Ivo Marić zusammentreffen.", date="2026-03-20")
    m = only_meeting(f)
    assert m["status"] == "cancelled" and attendee_names(f, m) == {"Jan Obel", "Ruta Vaitkus", "Ivo Marić"}
    assert m["date"]["value"] == "2026-03-30" and place_names(f, m) == ["Beijing"]


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Bernd Vollmer hat am Dienstag mit Präsident Ivo Marić telefoniert. Regierungssprecher Jan Obel bestätigte "
     "das Telefonat, nannte aber keine Einzelheiten.", "de"),
    ("Chancellor Bernd Vollmer spoke by phone with President Ivo Maric on Tuesday. Government spokesman Jan Obel "
     "confirmed the call but gave no details.", "en"),
])
def test_meetings_a_spokesperson_who_confirms_a_call_is_not_on_it(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    assert attendee_names(f, only_meeting(f)) == {"Bernd Vollmer", "Ivo Marić" if lang == "de" else "Ivo Maric"}


def test_meetings_one_who_was_guest_at_someones_meets_them(extract_text):
    f = extract_text("Kanzler Jan Obel empfing Präsident Ivo Marić am Mittag im Kanzleramt. Am Abend war Marić Gast bei "
                     "Bundespräsident Lars Grube im Schloss Bellevue.")
    reception, evening = f["meetings"]
    assert host_names(f, evening) == {"Lars Grube"} and attendee_names(f, evening) == {"Ivo Marić", "Lars Grube"}
    assert place_names(f, evening)[0] == "Bellevue Palace"


def test_meetings_all_of_them_meeting_next_are_those_just_told_there(extract_text):
    f = extract_text("Begleitet von mehreren europäischen Regierungschefs ist Präsident Ivo Marić am Montag im Weißen Haus "
                     "von Präsident Lars Grube empfangen worden. Zu der Delegation gehörten Kanzler Jan Obel und "
                     "Premierministerin Ruta Vaitkus. Nach einem Gespräch unter vier Augen zwischen Grube und Marić kamen "
                     "alle im East Room zusammen.")
    last = f["meetings"][-1]
    assert {"Ivo Marić", "Lars Grube", "Jan Obel", "Ruta Vaitkus"} <= attendee_names(f, last)
    assert place_names(f, last) == ["White House"] and last["date"]["value"] == "2025-04-07"


def test_meetings_all_before_a_noun_is_no_word_for_those_just_told(extract_text):
    f = extract_text("Präsident Ivo Marić ist am Montag im Weißen Haus von Präsident Lars Grube empfangen worden. Am "
                     "Dienstag kamen alle Minister der Regierung in Rom zusammen.")
    assert all("Ivo Marić" not in attendee_names(f, m) for m in f["meetings"] if "Rome" in place_names(f, m))
    assert [m["date"]["value"] for m in f["meetings"] if "Ivo Marić" in attendee_names(f, m)] == ["2025-04-07"]


def test_meetings_the_states_whose_heads_of_state_and_government_meet_take_part(extract_text):
    f = extract_text("Die Staats- und Regierungschefs Deutschlands, Frankreichs und Polens haben sich am Montag in "
                     "Warschau getroffen.")
    actors = {a["actor"] for a in only_meeting(f)["attendees"]}
    assert {"country:DE", "country:FR", "country:PL"} <= actors


def test_meetings_talks_told_before_what_came_next_follow_on_from_the_welcome(extract_text):
    f = extract_text("Prime Minister Jan Obel welcomed President Ivo Maric to Parliament Hill on Wednesday, pledging new "
                     "aid. The two leaders held talks for about an hour before addressing reporters.", lang="en",
                     date="2026-03-12")
    talks = f["meetings"][-1]
    assert attendee_names(f, talks) == {"Jan Obel", "Ivo Maric"}
    assert talks["date"]["value"] == "2026-03-11" and place_names(f, talks)[0] == "Parliament Hill"


@pytest.mark.parametrize("text, lang", [
    ("Außenminister Jan Obel und sein britischer Amtskollege Ivo Marić trafen sich am Dienstag in Berlin. Später traf "
     "Marić Verteidigungsminister Lars Grube im Bendlerblock.", "de"),
    ("Foreign Minister Jan Obel and his British counterpart Ivo Maric met in Berlin on Tuesday. Maric later met Defence "
     "Minister Lars Grube at the Bendlerblock.", "en"),
])
def test_meetings_one_who_later_met_someone_new_met_them_apart(extract_text, text, lang):
    first, later = extract_text(text, lang=lang)["meetings"]
    assert "Lars Grube" not in {a["actor"] for a in first["attendees"]}
    assert {a["actor"] for a in later["attendees"]} == {"person:lars-grube", "person:ivo-maric"}


def test_meetings_one_who_joined_later_joined_the_meeting(extract_text):
    f = extract_text("Außenminister Jan Obel und sein britischer Amtskollege Ivo Marić trafen sich am Dienstag in Berlin. "
                     "Später kam auch Verteidigungsminister Lars Grube hinzu.")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Ivo Marić", "Lars Grube"}


def test_meetings_a_held_meeting_after_a_dated_dateline_with_no_day_of_its_own_is_on_its_day(extract_text):
    f = extract_text("London, 6 March – The prime ministers Jan Obel and Lars Grube met in London.", lang="en",
                     date="2027-03-07")
    assert only_meeting(f)["date"]["value"] == "2027-03-06"
    f = extract_text("London, 6 March – The prime ministers Jan Obel and Lars Grube will meet in London.", lang="en",
                     date="2027-03-07")
    assert only_meeting(f)["date"] is None  # a plan's day is not the report's


def test_meetings_a_programme_naming_no_one_after_a_visit_to_come_is_that_visits(extract_text):
    f = extract_text("Kanzler Jan Obel wird am Donnerstag erstmals im Weißen Haus von Präsident Lars Grube empfangen. "
                     "Geplant sind ein Gespräch im Oval Office und ein gemeinsames Mittagessen.", date="2026-05-06")
    talk = f["meetings"][-1]
    assert attendee_names(f, talk) == {"Jan Obel", "Lars Grube"}
    assert talk["status"] == "planned" and talk["date"]["value"] == "2026-05-07"


def test_meetings_another_meeting_planned_naming_no_one_takes_no_one(extract_text):
    f = extract_text("Kanzler Jan Obel wird am Donnerstag im Weißen Haus von Präsident Lars Grube empfangen. Ein "
                     "weiteres Treffen in Genf ist geplant.", date="2026-05-06")
    assert all(attendee_names(f, m) == set() for m in f["meetings"] if "Geneva" in place_names(f, m))


def test_meetings_a_plan_with_a_phrase_of_sequence_inside_its_clause_stays_a_plan(extract_text):
    f = extract_text("Die Staats- und Regierungschefs der EU kommen am Donnerstag in Brüssel zusammen. Kanzler Jan Obel "
                     "will Premier Ivo Marić vor dem Gipfel noch einmal treffen.", date="2026-12-10")
    talk = next(m for m in f["meetings"] if "Ivo Marić" in attendee_names(f, m))
    assert talk["status"] == "planned"


def test_meetings_a_fronted_phrase_of_sequence_does_not_lend_its_plan(extract_text):
    f = extract_text("Vor dem Gipfel am kommenden Donnerstag traf Kanzler Jan Obel am Dienstag Premier Ivo Marić.",
                     date="2026-12-10")
    talk = next(m for m in f["meetings"] if "Ivo Marić" in attendee_names(f, m))
    assert talk["status"] == "past"


def test_meetings_a_host_noun_as_a_title_names_its_one_not_the_next_with_an_office_of_their_own(extract_text):
    f = extract_text("Präsident Ivo Marić traf am Dienstag in Ottawa Gastgeber Jan Obel und Bundeskanzler Lars Grube.")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jan Obel"} and {"Ivo Marić", "Jan Obel", "Lars Grube"} <= attendee_names(f, m)
    # two bare names share it
    f = extract_text("Die Außenminister kamen am Montag in Genf zusammen. Gastgeber Jan Obel und Ivo Marić begrüßten "
                     "die Gäste.")
    assert host_names(f, only_meeting(f)) == {"Jan Obel", "Ivo Marić"}


def test_meetings_an_unnamed_agent_makes_wird_empfangen_a_passive(extract_text):
    # "wird X von der Außenministerin empfangen": the present passive, X the guest, the host unnamed
    f = extract_text("Am Samstag wird Kanzler Bernd Vollmer in Riga von der lettischen Außenministerin empfangen.")
    assert host_names(f, only_meeting(f)) == set()
    assert attendee_names(f, only_meeting(f)) == {"Bernd Vollmer"}
    # without an agent it stays the future of the active: the subject receives
    f = extract_text("Am Samstag wird Kanzler Bernd Vollmer in Riga den lettischen Außenminister Ivo Kalns empfangen.")
    assert host_names(f, only_meeting(f)) == {"Bernd Vollmer"}
    # "von" after an office names whose office it is
    f = extract_text("Am Samstag wird Kanzler Bernd Vollmer in Riga den Präsidenten von Lettland empfangen.")
    assert host_names(f, only_meeting(f)) == {"Bernd Vollmer"}


def test_meetings_the_sie_of_polite_address_is_no_person_named_before(extract_text):
    # an interview's question: "Sie" inside the sentence is "you", not the interviewer named before
    f = extract_text("Die Fragen stellte Lena Hartwig.\n\nFrage: Frau Ministerin, Sie haben gestern in Brüssel "
                     "Präsident Ivo Maric getroffen. Was haben Sie vereinbart?")
    assert attendee_names(f, only_meeting(f)) == {"Ivo Maric"}
    # the "sie" of a report is the one named before
    f = extract_text("Ministerin Lena Hartwig war in Brüssel. Dort hat sie gestern Präsident Ivo Maric getroffen.")
    assert attendee_names(f, only_meeting(f)) == {"Lena Hartwig", "Ivo Maric"}


def test_meetings_a_meeting_spoken_of_later_is_the_one_told(extract_text):
    # "X, who attended, later called the gathering …": the word of sequence opens a verb of naming, not a meeting
    f = extract_text('European leaders gathered in Paris on Monday. Prime Minister Ivo Maric, who attended by video '
                     'link, later called the gathering "overdue".', lang="en", date="2026-02-10")
    assert len(f["meetings"]) == 1
    assert "Ivo Maric" in attendee_names(f, only_meeting(f))
    # a meeting verb after the word of sequence is the next meeting
    f = extract_text('Prime Minister Ivo Maric attended the summit in Paris on Monday and later met President Lars '
                     'Grube for talks.', lang="en", date="2026-02-10")
    assert len(f["meetings"]) == 2


def test_meetings_one_who_had_invited_with_no_object_hosts_the_meeting_told(extract_text):
    f = extract_text("Der Gipfel in Oslo ging am Dienstag zu Ende. Premier Ivo Maric hatte geladen, doch Präsident Lars "
                     "Grube reiste vorzeitig ab.")
    assert host_names(f, only_meeting(f)) == {"Ivo Maric"}
    f = extract_text("Der Gipfel in Oslo ging am Dienstag zu Ende. Premier Ivo Maric hatte eingeladen.")
    assert host_names(f, only_meeting(f)) == {"Ivo Maric"}
    # one with an object invited that one, to somewhere else
    f = extract_text("Der Gipfel in Oslo ging am Dienstag zu Ende. Premier Ivo Maric hatte Präsident Lars Grube nach "
                     "Bergen eingeladen.")
    assert "Ivo Maric" not in host_names(f, f["meetings"][0])


def test_meetings_one_who_voted_after_a_session_told_was_at_it(extract_text):
    f = extract_text("Der Rat tagte am Freitag in Oslo und billigte das Paket. Premier Ivo Maric enthielt sich. "
                     "Premier Lars Grube stimmte dagegen.")
    assert {"Ivo Maric", "Lars Grube"} <= attendee_names(f, only_meeting(f))
    # agreeing to a thing is no vote
    f = extract_text("Der Rat tagte am Freitag in Oslo und billigte das Paket. Premier Ivo Maric stimmte später einem "
                     "Abkommen zu.")
    assert "Ivo Maric" not in attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("text, lang", [
    ("Die Minister der Eurozone trafen sich am Montag in Oslo. Minister Ivo Maric sprach von \u201ekonstruktiven, aber "
     "schwierigen\u201c Beratungen.", "de"),
    ('The eurozone ministers met in Oslo on Monday. Minister Ivo Maric spoke of "constructive, but difficult" talks.', "en"),
])
def test_meetings_a_meeting_noun_spoken_of_past_a_quote_is_the_one_told(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    assert len(f["meetings"]) == 1
    assert "Ivo Maric" in attendee_names(f, only_meeting(f))


def test_meetings_a_plan_with_someone_new_after_a_meeting_held_that_day_is_its_own(extract_text):
    # the meeting held has its pair: one more named in a plan is another meeting
    f = extract_text("Außenminister Jan Obel ist in Oslo eingetroffen. Am Nachmittag traf er seinen Amtskollegen Ivo "
                     "Maric. Am Mittwoch will Obel auch Präsident Lars Grube treffen.", date="2026-11-04")
    held = [m for m in f["meetings"] if m["status"] == "past" and "Ivo Maric" in attendee_names(f, m)]
    assert len(held) == 1 and "Lars Grube" not in attendee_names(f, held[0])
    assert any(m["status"] == "planned" and attendee_names(f, m) == {"Jan Obel", "Lars Grube"} for m in f["meetings"])
    # one who stays away from the session told and will meet someone is not brought to it by the plan
    f = extract_text("The leaders began their working session on Thursday. President Ivo Maric is not attending the "
                     "session but will meet Secretary General Lars Grube on Thursday.", lang="en", date="2026-07-09")
    session = next(m for m in f["meetings"] if "Ivo Maric" in absent_names(f, m))
    assert "Lars Grube" not in attendee_names(f, session)


def test_meetings_holders_of_an_office_deciding_together_met(extract_text):
    f = extract_text("Die EU-Außenminister haben am Montag in Oslo neue Sanktionen beschlossen. An dem Treffen nahm "
                     "auch Außenminister Ivo Maric teil, der per Video zugeschaltet war.", date="2026-10-21")
    m = only_meeting(f)
    assert "Ivo Maric" in attendee_names(f, m)
    assert place_names(f, m) == ["Oslo"] and m["date"]["value"] == "2026-10-19" and not m["virtual"]
    # one person deciding, or those decided with, tell no meeting
    f = extract_text("Premier Ivo Maric hat am Montag in Oslo neue Sanktionen beschlossen.", date="2026-10-21")
    assert f["meetings"] == []


def test_meetings_a_video_link_in_a_relative_clause_is_the_persons_not_the_meetings(extract_text):
    f = extract_text("An dem Treffen der Minister am Montag nahm auch Außenminister Ivo Maric teil, der per Video "
                     "zugeschaltet war.", date="2026-10-21")
    assert not only_meeting(f)["virtual"]
    # the video in the meeting's own clause makes it virtual
    f = extract_text("An der Videokonferenz der Minister am Montag nahm auch Außenminister Ivo Maric teil.", date="2026-10-21")
    assert only_meeting(f)["virtual"]


def test_meetings_a_round_opened_by_someone_is_the_meeting_told(extract_text):
    f = extract_text("Vertreter Lettlands und Estlands sind in Oslo zu Gesprächen zusammengekommen. Außenminister Ivo "
                     "Maric eröffnete die Runde.")
    assert host_names(f, only_meeting(f)) == {"Ivo Maric"}
    # a round of an election is none
    f = extract_text("Vertreter Lettlands und Estlands sind in Oslo zu Gesprächen zusammengekommen. Präsident Ivo "
                     "Maric gewann die zweite Runde der Wahl.")
    assert "Ivo Maric" not in attendee_names(f, only_meeting(f))


def test_meetings_the_next_item_of_a_list_of_events_is_its_own(extract_text):
    f = extract_text("Premier Ivo Maric reist am Montag nach Norwegen. Geplant sind Gespräche mit Präsident Lars Grube "
                     "sowie ein Besuch in Bergen.")
    talks = next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))
    assert "Bergen" not in place_names(f, talks)
    assert any("Bergen" in place_names(f, m) for m in f["meetings"] if m is not talks)
    # "und" between two states inside the phrase before the noun lists no event
    f = extract_text("Am Rande des Gipfels in Oslo sind die Außenminister Lettlands und Estlands zu einem Gespräch "
                     "zusammengekommen.")
    assert all(place_names(f, m) == ["Oslo"] for m in f["meetings"])


@pytest.mark.parametrize("text, lang", [
    ("President Ivo Maric and Premier Lars Grube will meet in Oslo in April, following their talks in Riga last month.", "en"),
    ("Präsident Ivo Maric und Premier Lars Grube wollen sich im April in Oslo treffen. Ihr Gespräch in Riga im Oktober "
     "hatte eine Einigung gebracht.", "de"),
])
def test_meetings_a_possessive_of_a_pair_names_the_two(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-11-20")
    riga = next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])
    assert attendee_names(f, riga) == {"Ivo Maric", "Lars Grube"}


def test_meetings_a_possessive_after_a_group_or_one_person_is_not_a_pair(extract_text):
    f = extract_text("Präsident Ivo Maric und Premier Lars Grube trafen sich am Freitag in Oslo. Am Samstag setzen die "
                     "Minister ihre Gespräche in Riga fort.", date="2026-11-20")
    riga = [m for m in f["meetings"] if "Riga" in place_names(f, m)]
    assert all(not {"Ivo Maric", "Lars Grube"} <= attendee_names(f, m) for m in riga)


def test_meetings_an_absence_stands_beside_a_video_link_to_another_event(extract_text):
    f = extract_text("Zahlreiche Regierungschefs haben am Dienstag Riga besucht. Premier Ivo Maric war nicht angereist; "
                     "er nahm per Video an einer Gedenkveranstaltung teil.", date="2026-02-27")
    visit = next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])
    assert absent_names(f, visit) == {"Ivo Maric"}
    # linked in to the meeting told, one who did not travel took part
    f = extract_text("Zahlreiche Regierungschefs haben am Dienstag Riga besucht. Premier Ivo Maric war nicht angereist, "
                     "aber per Video zugeschaltet.", date="2026-02-27")
    assert absent_names(f, only_meeting(f)) == set()


def test_meetings_a_congress_after_a_state_is_its_legislature(extract_text):
    f = extract_text("Präsident Ivo Maric sprach am Montag vor dem US-Kongress in Washington.")
    assert f["meetings"] == []
    f = extract_text("Präsident Ivo Maric traf am Montag in Washington Vertreter des amerikanischen Kongresses.")
    assert only_meeting(f)["kind"] != "kongress"
    # a congress of a party is a meeting
    f = extract_text("Premier Ivo Maric sprach am Montag auf dem Kongress der Volkspartei in Graz.")
    assert "Ivo Maric" in attendee_names(f, only_meeting(f))


def test_meetings_lines_of_a_timetable_are_items_of_their_owners_programme(extract_text):
    f = extract_text("Premier Ivo Maric reist vom 11. bis 12. November nach Norwegen. Der Ablauf:\n\n"
                     "Mittwoch, 11. November\n10.30 Uhr: Ankunft in Oslo\n13.00 Uhr: Delegationsgespräche\n\n"
                     "Donnerstag, 12. November\n09.00 Uhr: Besuch einer Werft in Bergen\n"
                     "19.00 Uhr: Abendessen mit Bürgermeister Lars Grube\n", date="2026-11-09")
    dinner = next(m for m in f["meetings"] if m["kind"] == "abendessen")
    assert attendee_names(f, dinner) == {"Ivo Maric", "Lars Grube"}
    visit = next(m for m in f["meetings"] if m["kind"] == "besuch")
    assert attendee_names(f, visit) == {"Ivo Maric"}  # the dinner at another hour is another item


def test_meetings_one_who_spoke_of_a_meeting_afterwards_was_at_it(extract_text):
    f = extract_text("Several leaders met President Lars Grube in Oslo on Monday. Prime Minister Ivo Maric said afterwards "
                     "that the talks had exceeded his expectations.", lang="en", date="2026-08-19")
    assert "Ivo Maric" in attendee_names(f, only_meeting(f))
    # one who only reports, with no word of time after the verb, was not
    f = extract_text("Several leaders met President Lars Grube in Oslo on Monday. Spokesman Ivo Maric said that the talks "
                     "had been constructive.", lang="en", date="2026-08-19")
    assert "Ivo Maric" not in attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("text, lang", [
    ("Sollte es zu einem Gipfel in Oslo kommen, müsse Lettland mit am Tisch sitzen, sagte Premier Ivo Maric.", "de"),
    ("Falls es zu einem Treffen mit Präsident Lars Grube kommt, werde er hart bleiben, sagte Premier Ivo Maric.", "de"),
    ("If a summit with President Lars Grube takes place, Latvia must be at the table, Prime Minister Ivo Maric said.", "en"),
])
def test_meetings_a_clause_of_condition_tells_no_meeting(extract_text, text, lang):
    assert extract_text(text, lang=lang)["meetings"] == []


def test_meetings_a_modal_inside_a_sentence_opens_no_condition(extract_text):
    f = extract_text("Das Treffen von Premier Ivo Maric und Präsident Lars Grube sollte am Montag in Oslo stattfinden.")
    assert attendee_names(f, only_meeting(f)) == {"Ivo Maric", "Lars Grube"}


@pytest.mark.parametrize("text, lang", [
    ("Ein Treffen zwischen Premier Ivo Maric und Präsident Lars Grube in Oslo ist vorerst vom Tisch.", "de"),
    ("A meeting between Prime Minister Ivo Maric and President Lars Grube in Oslo is off the table.", "en"),
])
def test_meetings_a_meeting_off_the_table_is_called_off(extract_text, text, lang):
    assert only_meeting(extract_text(text, lang=lang))["status"] == "cancelled"


def test_meetings_something_else_off_the_table_calls_off_no_meeting(extract_text):
    f = extract_text("Premier Ivo Maric wischte die Bedenken vom Tisch und traf Präsident Lars Grube in Oslo.")
    assert only_meeting(f)["status"] == "past"


def test_meetings_an_invitation_to_a_meeting_the_inviter_holds_is_to_come(extract_text):
    f = extract_text("Innenminister Ivo Maric hat seine Amtskollegen aus Lettland, der Schweiz und Estland zu einem "
                     "Migrationsgipfel eingeladen. Das Treffen soll am 4. Oktober in Oslo stattfinden.", date="2026-09-08")
    m = only_meeting(f)
    assert m["status"] == "planned" and m["date"]["value"] == "2026-10-04"
    assert host_names(f, m) == {"Ivo Maric"}  # (not Estonia: "der Schweiz" is a state of the list, no relative clause)
    assert {a["actor"] for a in m["attendees"]} >= {"country:LV", "country:CH", "country:EE"}


def test_meetings_a_pronoun_after_a_passive_is_its_subject_not_the_agent_whose_office_is_named():
    f = extract_with_persons([("Ivo Maric", "HR", "President"), ("Lars Grube", "LV", "President")],
                             "In Riga wurde Ivo Maric von Präsident Lars Grube begrüßt. Am Donnerstag besucht er eine "
                             "Werft in Liepaja.", date="2026-02-18")
    visit = next(m for m in f["meetings"] if m["status"] == "planned")
    assert attendee_names(f, visit) == {"Ivo Maric"}


def test_meetings_a_body_meeting_today_in_the_present_is_to_come(extract_text):
    # (no one named: the body's noun is the meeting, the verb only its predicate)
    f = extract_text("Heute trifft sich der Koalitionsausschuss im Kanzleramt.", date="2026-04-14")
    assert only_meeting(f)["status"] == "planned"
    # in the perfect it was held
    f = extract_text("Heute hat sich der Koalitionsausschuss im Kanzleramt getroffen.", date="2026-04-14")
    assert only_meeting(f)["status"] == "past"


@pytest.mark.parametrize("text, status", [
    # a meeting noun in the clause of a meeting verb in the present, with a weekday of its own: a plan
    ("Die Fraktion kommt am Mittwoch zu einer Klausurtagung in Potsdam zusammen.", "planned"),
    ("Die Fraktion kam am Mittwoch zu einer Klausurtagung in Potsdam zusammen.", "past"),
    ("Die Fraktion ist am Mittwoch zu einer Klausurtagung in Potsdam zusammengekommen.", "past"),
])
def test_meetings_a_meeting_noun_of_a_present_verb_on_a_weekday_is_to_come(extract_text, text, status):
    assert only_meeting(extract_text(text, date="2026-04-15"))["status"] == status


def test_meetings_a_meeting_in_an_object_relative_clause_is_its_own(extract_text):
    f = extract_text("President Lars Grube held talks with Prime Minister Ivo Maric in Oslo on Tuesday. Grube also held "
                     "talks with President Tom Holt, whom he will host in Bergen on Thursday.", lang="en", date="2026-09-24")
    bergen = next(m for m in f["meetings"] if "Bergen" in place_names(f, m))
    assert bergen["status"] == "planned" and host_names(f, bergen) == {"Lars Grube"}
    talks = [m for m in f["meetings"] if "Tom Holt" in attendee_names(f, m) and m is not bergen]
    assert talks and all(m["status"] == "past" and "Tom Holt" not in host_names(f, m) for m in talks)


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Regierungschefs der Länder sind am Donnerstag in Erfurt zusammengekommen. „Wir haben viel erreicht“, "
           "sagte Thüringens Ministerpräsident Ivo Maric."),
    ("en", "NATO defence ministers met in Brussels on Thursday. \"We achieved a lot,\" said Latvia's Defence Minister "
           "Ivo Maric."),
])
def test_meetings_one_of_the_groups_office_named_after_the_verb_of_a_quote_was_at_its_meeting(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-06-05")
    assert "Ivo Maric" in attendee_names(f, only_meeting(f))
    # one of another office was not
    f = extract_text(text.replace("Ministerpräsident", "Finanzminister").replace("Defence Minister", "Finance Minister"),
                     lang=lang, date="2026-06-05")
    assert "Ivo Maric" not in attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("lang, text", [
    ("en", "NATO leaders gathered in Oslo on Wednesday. \"This is a historic day,\" NATO Secretary General Ivo Maric told "
           "reporters."),
    ("de", "Die Staats- und Regierungschefs der Nato sind am Mittwoch in Oslo zusammengekommen. „Das ist ein historischer "
           "Tag“, sagte Nato-Generalsekretär Ivo Maric."),
])
def test_meetings_an_officer_of_an_organisation_at_the_meeting_who_speaks_after_it_was_at_it(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-06-25")
    assert "Ivo Maric" in attendee_names(f, only_meeting(f))
    # an officer of another organisation was not
    f = extract_text(text.replace("NATO Secretary General", "UN Secretary-General").replace("Nato-Generalsekretär",
                                                                                            "UN-Generalsekretär"),
                     lang=lang, date="2026-06-25")
    assert "Ivo Maric" not in attendee_names(f, only_meeting(f))


def test_meetings_one_of_the_office_of_unnamed_counterparts_who_speaks_after_their_meeting_was_at_it(extract_text):
    f = extract_text("Außenminister Jan Obel ist am Donnerstag in Riad mit seinen Amtskollegen aus den Golfstaaten "
                     "zusammengetroffen. Der saudische Außenminister Ivo Maric habe die Bedeutung der Partnerschaft "
                     "betont.", date="2026-07-18")
    assert "Ivo Maric" in attendee_names(f, only_meeting(f))
    # a counterpart named after the noun is all its office brings: one of that office speaking later is not one of them
    f = extract_text("Außenminister Jan Obel ist am Donnerstag in Riad mit seinem Amtskollegen Tom Holt zusammengetroffen. "
                     "Der polnische Außenminister Ivo Maric habe die Bedeutung der Partnerschaft betont.",
                     date="2026-07-18")
    assert "Ivo Maric" not in attendee_names(f, only_meeting(f))


def test_meetings_one_of_the_office_named_before_an_organisation_who_speaks_after_its_meeting_was_at_it(extract_text):
    f = extract_text("Die Verteidigungsminister der Nato sind am Donnerstag in Brüssel zusammengekommen. Lettlands "
                     "Verteidigungsminister Ivo Maric kündigte an, weitere Systeme zu liefern.", date="2026-06-03")
    assert "Ivo Maric" in attendee_names(f, only_meeting(f))
    # one of another office was not
    f = extract_text("Die Verteidigungsminister der Nato sind am Donnerstag in Brüssel zusammengekommen. Lettlands "
                     "Finanzminister Ivo Maric kündigte an, weitere Mittel bereitzustellen.", date="2026-06-03")
    assert "Ivo Maric" not in attendee_names(f, only_meeting(f))


def test_meetings_a_destination_is_no_state_represented(extract_text):
    f = extract_text("Die Außenminister trafen sich am Montag in Rom. Außenminister Ivo Maric war nicht nach Italien "
                     "gereist und wurde von seinem Stellvertreter vertreten.", date="2026-06-03")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Ivo Maric"}
    assert "country:IT" not in {a["actor"] for a in m["attendees"]}
    # a state the clause names as represented takes part
    f = extract_text("Die Außenminister trafen sich am Montag in Rom. Lettland wurde von einem Staatssekretär "
                     "vertreten.", date="2026-06-03")
    assert "country:LV" in {a["actor"] for a in only_meeting(f)["attendees"]}


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Ivo Maric hat am Mittwoch eine Videoschalte mit europäischen Staats- und Regierungschefs, Präsident "
     "Lars Grube und Präsident Tom Holt organisiert.", "de"),
    ("Chancellor Ivo Maric organised a video call with European leaders, President Lars Grube and President Tom Holt "
     "on Wednesday.", "en"),
])
def test_meetings_one_who_organises_a_meeting_hosts_it(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-08-12")
    assert host_names(f, only_meeting(f)) == {"Ivo Maric"}


def test_meetings_one_who_organises_a_thing_hosts_nothing(extract_text):
    f = extract_text("Kanzler Ivo Maric traf am Mittwoch Präsident Lars Grube in Oslo. Maric organisierte zudem Hilfe "
                     "für Lettland.", date="2026-08-12")
    assert host_names(f, only_meeting(f)) == set()


def test_meetings_a_host_by_title_hosts_only_the_meeting_of_its_sentence(extract_text):
    f = extract_text("Die Außenminister kommen am Freitag in Riga zusammen. Gastgeber Ivo Maric empfängt dazu seine "
                     "Amtskollegen Lars Grube und Tom Holt. Zuletzt hatten sich die drei im Juli in Oslo getroffen.",
                     date="2026-02-12")
    oslo = next(m for m in f["meetings"] if place_names(f, m) == ["Oslo"])
    assert host_names(f, oslo) == set() and "Ivo Maric" in attendee_names(f, oslo)


def test_meetings_a_name_in_apposition_to_an_object_after_the_subject_is_no_cohost(extract_text):
    f = extract_text("Anschließend empfing Präsident Ivo Maric die Botschafterin Lettlands, Anna Berzina, zu einem "
                     "Gespräch in Riga.")
    m = only_meeting(f)
    assert host_names(f, m) == {"Ivo Maric"} and "Anna Berzina" in attendee_names(f, m)
    # names joined by "und" after the verb host together
    f = extract_text("Am Abend empfingen Präsident Ivo Maric und Premier Lars Grube die Gäste in Riga.")
    assert host_names(f, only_meeting(f)) == {"Ivo Maric", "Lars Grube"}


def test_meetings_one_who_sent_an_office_holder_written_in_lower_case_is_absent(extract_text):
    f = extract_text("Alliance leaders gathered in Oslo on Wednesday. Prime Minister Ivo Maric sent his foreign minister "
                     "instead of attending himself.", lang="en", date="2026-06-26")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Ivo Maric"} and "Ivo Maric" not in attendee_names(f, m)
    # one who sent troops sent no one to the meeting
    f = extract_text("Alliance leaders gathered in Oslo on Wednesday. Prime Minister Ivo Maric said he sent troops to "
                     "the border.", lang="en", date="2026-06-26")
    assert absent_names(f, only_meeting(f)) == set()


def test_meetings_a_meeting_that_follows_on_a_day_in_the_present_is_to_come(extract_text):
    f = extract_text("Präsident Ivo Maric ist in Oslo von König Harald empfangen worden. Am Dienstag folgt ein Treffen "
                     "mit Premier Lars Grube.", date="2026-09-30")
    talk = next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))
    assert talk["status"] == "planned" and talk["date"]["value"] == "2026-10-06"


def test_meetings_an_object_pronoun_is_not_the_subject_named_in_the_sentence_before(extract_text):
    f = extract_text("Präsident Ivo Maric ist am Mittwoch zu einem Besuch in Riga eingetroffen. Es ist sein erster Besuch "
                     "in Lettland seit dem Amtsantritt von Premier Lars Grube. Grube empfing ihn mit militärischen Ehren "
                     "vor dem Schloss.", date="2026-05-28")
    reception = next(m for m in f["meetings"] if "Lars Grube" in host_names(f, m))
    assert attendee_names(f, reception) == {"Ivo Maric", "Lars Grube"}


def test_meetings_a_host_verb_after_a_phrase_of_sequence_has_its_subject_after_it(extract_text):
    f = extract_text("Präsident Ivo Maric hat am Montag in Riga Premier Lars Grube empfangen. Im Anschluss an das "
                     "Gespräch im Schloss gab Maric ein Abendessen zu Ehren seines Gastes.", date="2026-02-03")
    dinner = next(m for m in f["meetings"] if m["kind"] == "abendessen")
    assert host_names(f, dinner) == {"Ivo Maric"}
    # with no guest named in its sentence, the meal given is still an event of its own
    f = extract_text("Präsident Ivo Maric hat am Montag in Riga den Emir empfangen. Im Anschluss an das Gespräch gab "
                     "Maric ein Abendessen.", date="2026-02-03")
    assert [m["kind"] for m in f["meetings"]] == ["empfangen", "abendessen"]


def test_meetings_a_reception_in_a_building_of_the_town_others_just_travelled_to_is_on_their_day(extract_text):
    f = extract_text("Zu den Konsultationen sind am Dienstag zahlreiche Minister nach Paris gereist. Kanzler Karl "
                     "Brenner wurde von Präsident Jean Morel im Élysée-Palast empfangen.", date="2026-03-17")
    reception = next(m for m in f["meetings"] if "Jean Morel" in host_names(f, m))
    assert reception["date"]["value"] == "2026-03-17"
    # one told in the pluperfect came before the journey
    f = extract_text("Zu den Konsultationen sind am Dienstag zahlreiche Minister nach Paris gereist. Kanzler Karl "
                     "Brenner war von Präsident Jean Morel im Élysée-Palast empfangen worden.", date="2026-03-17")
    reception = next(m for m in f["meetings"] if "Jean Morel" in host_names(f, m))
    assert reception["date"] is None


def test_meetings_others_meeting_at_the_same_time_are_in_the_town_not_in_the_building(extract_text):
    f = extract_text("Kanzler Karl Brenner wurde am Dienstag von Präsident Jean Morel im Élysée-Palast empfangen. "
                     "Parallel trafen sich die Außenminister Otto Wendt und Luc Garnier. Zum Abschluss gaben Brenner "
                     "und Morel eine Pressekonferenz.", date="2026-03-17")
    ministers = next(m for m in f["meetings"] if "Otto Wendt" in attendee_names(f, m))
    assert place_names(f, ministers) == ["Paris"] and attendee_names(f, ministers) == {"Otto Wendt", "Luc Garnier"}
    # those who just met go on together in the building
    f = extract_text("Kanzler Karl Brenner wurde am Dienstag von Präsident Jean Morel im Élysée-Palast empfangen. "
                     "Parallel trafen sich Brenner und Morel mit Gewerkschaftern.", date="2026-03-17")
    assert all(place_names(f, m) == ["Élysée Palace"] for m in f["meetings"])


def test_meetings_a_main_clause_joined_to_one_that_opened_with_a_day_is_of_that_day(extract_text):
    text = ("Am Dienstag trafen sich die Außenminister Karl Brenner und Jean Morel in Paris{} die Verteidigungsminister "
            "Otto Wendt und Luc Garnier {}.")
    for joint, clause in ((",", "berieten in Toulon"), (", und", "berieten in Toulon")):
        f = extract_text(text.format(joint, clause), date="2026-03-17")
        defence = next(m for m in f["meetings"] if "Otto Wendt" in attendee_names(f, m))
        assert defence["date"]["value"] == "2026-03-17", joint
    # not one that tells what came before, nor a clause of its own after a conjunction
    for joint, clause in ((",", "hatten bereits in Toulon beraten"), (", nachdem", "in Toulon beraten hatten")):
        f = extract_text(text.format(joint, clause), date="2026-03-17")
        defence = next(m for m in f["meetings"] if "Otto Wendt" in attendee_names(f, m))
        assert defence["date"] is None, joint


def test_meetings_a_place_told_after_the_verb_of_a_talk_on_the_sidelines_is_the_talks(extract_text):
    f = extract_text("Mehr als 40 Delegationen haben am Samstag an einer Konferenz im Schloss Bellevue teilgenommen. Am "
                     "Rande der Konferenz kamen Karl Brenner und Jean Morel im Kanzleramt zu einem Gespräch zusammen.",
                     date="2026-03-17")
    conference, talk = f["meetings"]
    assert conference["kind"] == "konferenz" and "Bellevue Palace" in place_names(f, conference)
    assert place_names(f, talk) == ["Federal Chancellery"] and talk["date"]["value"] == "2026-03-14"
    # one right after the noun of the sideline phrase is the conference's
    f = extract_text("Karl Brenner und Jean Morel wollen sich am Rande des Gipfels im Juni in Riga treffen.", date="2026-03-17")
    summit = next(m for m in f["meetings"] if m["kind"] == "gipfel")
    assert place_names(f, summit) == ["Riga"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanzler Karl Brenner, Präsident Jean Morel, Premier Tom Fisher und Regierungschef Jan Nowak sind am Dienstag "
           "in Kiew eingetroffen. Die vier{} trafen Präsident Ivan Petrenko im Präsidentenpalast."),
    ("en", "Chancellor Karl Brenner, President Jean Morel, Prime Minister Tom Fisher and Prime Minister Jan Nowak arrived "
           "in Kyiv on Tuesday. The four{} met President Ivan Petrenko at the presidential palace."),
])
@pytest.mark.parametrize("noun", ["", " Regierungschefs"])
def test_meetings_the_four_before_their_verb_are_the_four_named_before(extract_text, lang, text, noun):
    if lang == "en":
        noun = " leaders" if noun else ""
    f = extract_text(text.format(noun), lang=lang, date="2026-03-17")
    talk = next(m for m in f["meetings"] if "Ivan Petrenko" in attendee_names(f, m))
    assert attendee_names(f, talk) == {"Karl Brenner", "Jean Morel", "Tom Fisher", "Jan Nowak", "Ivan Petrenko"}


def test_meetings_one_who_says_another_did_not_take_part_is_not_absent(extract_text):
    f = extract_text("Top officials of Estonia and Latvia met in Riga on Tuesday. President Karl Brenner said Lithuania "
                     "did not take part in the talks.", lang="en", date="2026-03-17")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Lithuania"}
    # nor one named before a clause on them ("…, who was visiting Poland, said …"); talks of any kind, and the
    # clause on them, are no meeting
    f = extract_text("Top officials of Estonia and Latvia met in Riga on Tuesday. President Karl Brenner, who was "
                     "visiting Poland, said Vilnius would not accept any outcome of talks it did not take part in.",
                     lang="en", date="2026-03-17")
    riga = next(m for m in f["meetings"] if m["kind"] == "meet")
    assert "Karl Brenner" not in absent_names(f, riga) | attendee_names(f, riga)
    assert [m["kind"] for m in f["meetings"]] == ["meet", "visit"]
    visit = f["meetings"][1]
    assert visit["status"] == "past" and attendee_names(f, visit) == {"Karl Brenner"}
    # one who says they themselves will not take part is absent
    f = extract_text("Top officials of Estonia and Latvia met in Riga on Tuesday. President Karl Brenner said he did "
                     "not take part in the talks.", lang="en", date="2026-03-17")
    assert "Karl Brenner" in absent_names(f, only_meeting(f))


def test_meetings_a_definite_noun_at_an_unknown_building_is_the_meeting_of_its_kind(extract_text):
    f = extract_text("Top officials of Estonia and Latvia held talks in Riga on Tuesday. President Karl "
                     "Brenner, who was visiting Poland, said the region needed unity. The talks at Vilde Palace lasted "
                     "four hours, Jan Nowak told reporters.", lang="en", date="2026-03-17")
    visit = next(m for m in f["meetings"] if m["kind"] == "visit")
    assert "Jan Nowak" not in attendee_names(f, visit) and place_names(f, visit) == ["Poland"]
    riga = next(m for m in f["meetings"] if m["kind"] != "visit")
    assert "Vilde Palace" in place_names(f, riga) and "Jan Nowak" in attendee_names(f, riga)


@pytest.mark.parametrize("lang,text", [
    ("de", "Rund 40 Staats- und Regierungschefs sind am Freitag in Tirana zu einem Gipfel zusammengekommen. Am Rande "
           "des Gipfels führte Kanzler Karl Brenner {} mit Premier Tom Fisher und Präsident Jan Nowak."),
    ("en", "About 40 leaders gathered in Tirana on Friday for a summit. On the sidelines, Chancellor Karl Brenner held "
           "{} with Prime Minister Tom Fisher and President Jan Nowak."),
])
def test_meetings_bilateral_talks_with_two_partners_are_a_talk_with_each(extract_text, lang, text):
    talks = "bilaterale Gespräche" if lang == "de" else "bilateral talks"
    f = extract_text(text.format(talks), lang=lang, date="2026-03-17")
    pairs = [attendee_names(f, m) for m in f["meetings"] if "Tom Fisher" in attendee_names(f, m) or "Jan Nowak" in attendee_names(f, m)]
    pairs = [p for p in pairs if "Karl Brenner" in p and len(p) == 2]
    assert sorted(map(sorted, pairs)) == [["Jan Nowak", "Karl Brenner"], ["Karl Brenner", "Tom Fisher"]]
    # talks told without "bilateral" are one talk of the three
    f = extract_text(text.format("Gespräche" if lang == "de" else "talks"), lang=lang, date="2026-03-17")
    assert any(attendee_names(f, m) == {"Karl Brenner", "Tom Fisher", "Jan Nowak"} for m in f["meetings"])


@pytest.mark.parametrize("lang,text", [
    ("de", "Rund 40 Staats- und Regierungschefs sind am Freitag in Tirana zu einem Gipfel zusammengekommen. Kanzler "
           "Karl Brenner nutzte das Treffen für ein Gespräch mit Premier Tom Fisher."),
    ("de", "Rund 40 Staats- und Regierungschefs sind am Freitag in Tirana zu einem Gipfel zusammengekommen. Kanzler "
           "Karl Brenner nutzte den Gipfel zu einem Gespräch mit Premier Tom Fisher."),
    ("en", "About 40 leaders gathered in Tirana on Friday for a summit. Chancellor Karl Brenner used the summit to meet "
           "Prime Minister Tom Fisher."),
])
def test_meetings_what_a_meeting_was_used_for_is_on_its_sidelines(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-17")
    summit, talk = f["meetings"]
    assert attendee_names(f, talk) == {"Karl Brenner", "Tom Fisher"} and talk["date"]["value"] == "2026-03-13"
    assert place_names(f, talk) == ["Tirana"]


def test_meetings_a_meeting_used_for_what_is_no_meeting_has_nothing_on_its_sidelines(extract_text):
    f = extract_text("The summit opened in Oslo on Tuesday. President Karl Brenner, the summit's host, used the ceremony "
                     "to surprise Jan Nowak with a medal.", lang="en", date="2026-03-17")
    assert len(f["meetings"]) == 1 and host_names(f, f["meetings"][0]) == {"Karl Brenner"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Rund 40 Staats- und Regierungschefs sind am Freitag in Tirana zu einem Gipfel zusammengekommen. Am Rande "
           "des Gipfels telefonierten Kanzler Karl Brenner und Premier Tom Fisher mit Präsident Jan Nowak."),
    ("en", "About 40 leaders gathered in Tirana on Friday for a summit. On the sidelines, Chancellor Karl Brenner and "
           "Prime Minister Tom Fisher spoke by phone with President Jan Nowak."),
])
def test_meetings_one_called_from_the_sidelines_is_not_at_the_summit(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-17")
    summit = f["meetings"][0]
    assert {"Karl Brenner", "Tom Fisher"} <= attendee_names(f, summit) and "Jan Nowak" not in attendee_names(f, summit)
    call = next(m for m in f["meetings"] if m["virtual"])
    assert attendee_names(f, call) == {"Karl Brenner", "Tom Fisher", "Jan Nowak"}


@pytest.mark.parametrize("lang,text", [
    ("en", "President Karl Brenner met President Jan Nowak at the White House on Monday, accompanied by Chancellor Tom "
           "Fisher and President Lars Berg.\n\nBrenner first held a one-on-one meeting with Nowak in the Oval Office "
           "before the wider group joined them."),
    ("de", "Präsident Karl Brenner hat am Montag Präsident Jan Nowak im Weißen Haus empfangen. Nowak wurde von Kanzler "
           "Tom Fisher und Präsident Lars Berg begleitet.\n\nZunächst sprachen Brenner und Nowak unter vier Augen im "
           "Oval Office, danach stießen die anderen dazu."),
])
def test_meetings_a_talk_of_two_in_private_is_a_part_of_its_own(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-17")
    main, private = f["meetings"]
    assert {"Tom Fisher", "Lars Berg"} <= attendee_names(f, main)
    assert attendee_names(f, private) == {"Karl Brenner", "Jan Nowak"} and place_names(f, private) == ["Oval Office"]
    assert private["date"]["value"] == main["date"]["value"] == "2026-03-16"


def test_meetings_a_talk_in_private_of_the_two_who_met_is_that_meeting(extract_text):
    f = extract_text("Präsident Karl Brenner hat am Montag Präsident Jan Nowak in Riga empfangen. Nach einem Gespräch "
                     "unter vier Augen traten die beiden vor die Presse.", date="2026-03-17")
    assert len(f["meetings"]) == 1


def test_meetings_a_person_listed_with_the_group_of_a_lead_is_lent_with_it(extract_text):
    f = extract_text("Kanzler Karl Brenner (CDU) und die Regierungschefs der Länder haben sich am Donnerstag in Berlin auf "
                     "eine Reform verständigt. Den Vorsitz der Ministerpräsidentenkonferenz hat derzeit Ministerpräsident "
                     "Jan Nowak.", date="2026-03-20")
    m = only_meeting(f)
    assert {"Karl Brenner", "Jan Nowak"} <= attendee_names(f, m) and m["date"]["value"] == "2026-03-19"
    # one who only told of it is not listed with the group
    f = extract_text("Nach Angaben von Sprecher Karl Brenner haben sich die Regierungschefs der Länder am Donnerstag in "
                     "Berlin auf eine Reform verständigt. Den Vorsitz der Ministerpräsidentenkonferenz hat derzeit "
                     "Ministerpräsident Jan Nowak.", date="2026-03-20")
    assert "Karl Brenner" not in attendee_names(f, only_meeting(f))


def test_meetings_the_next_meeting_looked_forward_to_after_one_held_today_has_no_day(extract_text):
    f = extract_text("Secretary of State Karl Brenner met today with Foreign Minister Jan Nowak in Washington. The "
                     "Secretary looked forward to the next Quad Foreign Ministers' Meeting.", lang="en", date="2026-03-17")
    held, next_one = f["meetings"]
    assert held["date"]["value"] == "2026-03-17" and next_one["status"] == "planned"
    assert next_one["date"] is None and next_one["places"] == []


def test_meetings_the_day_one_was_present_dates_an_undated_meeting(extract_text):
    f = extract_text("Kanzler Karl Brenner hat der Ukraine bei der Konferenz in Rom Hilfe zugesagt. »Wir helfen«, sagte "
                     "er am Donnerstag vor den Delegationen.", date="2025-07-11")
    assert only_meeting(f)["date"]["value"] == "2025-07-10"
    # not a day of its own that the meeting has
    f = extract_text("Kanzler Karl Brenner hat der Ukraine am Mittwoch bei der Konferenz in Rom Hilfe zugesagt. »Wir "
                     "helfen«, sagte er am Donnerstag vor den Delegationen.", date="2025-07-11")
    assert only_meeting(f)["date"]["value"] == "2025-07-09"


def test_meetings_a_meeting_in_a_clause_with_no_verb_has_the_status_of_the_clause_before(extract_text):
    f = extract_text("Präsident Jan Nowak empfängt am Mittwoch Kanzler Karl Brenner in Riga. Geplant ist zunächst ein "
                     "Gespräch unter vier Augen, danach ein Mittagessen mit den Delegationen.", date="2026-03-18")
    lunch = next(m for m in f["meetings"] if m["kind"] == "mittagessen")
    assert lunch["status"] == "planned" and lunch["date"]["value"] == "2026-03-18"
    # after a clause of what was done, done
    f = extract_text("Präsident Jan Nowak hat am Montag Kanzler Karl Brenner in Riga empfangen. Zunächst führten beide ein "
                     "Gespräch unter vier Augen, danach ein Mittagessen mit den Delegationen.", date="2026-03-18")
    lunch = next(m for m in f["meetings"] if m["kind"] == "mittagessen")
    assert lunch["status"] == "past"


@pytest.mark.parametrize("lang,text", [
    ("de", "Präsident Jan Nowak hat am Montag Kanzler Karl Brenner und Premier Tom Fisher zu getrennten Gesprächen empfangen."),
    ("en", "President Jan Nowak received Chancellor Karl Brenner and Prime Minister Tom Fisher in separate meetings on Monday."),
])
def test_meetings_a_host_receiving_guests_separately_meets_each(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-18")
    assert sorted(sorted(attendee_names(f, m)) for m in f["meetings"]) == [["Jan Nowak", "Karl Brenner"], ["Jan Nowak", "Tom Fisher"]]
    assert all(host_names(f, m) == {"Jan Nowak"} for m in f["meetings"])


def test_meetings_a_gerund_of_saying_after_the_subject_frames_the_talks(extract_text):
    f = extract_text("President Jan Nowak, speaking after talks with Chancellor Karl Brenner in Riga on Monday, said the "
                     "two had agreed to deepen cooperation.", lang="en", date="2026-03-18")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Nowak", "Karl Brenner"} and place_names(f, m) == ["Riga"]


@pytest.mark.parametrize("lang,text", [
    ("en", "President Jan Nowak met Chancellor Karl Brenner in Riga on Monday, a week after the two spoke by phone."),
    ("de", "Präsident Jan Nowak hat Kanzler Karl Brenner am Montag in Riga getroffen, eine Woche nachdem die beiden "
           "telefoniert hatten."),
])
def test_meetings_a_clause_of_a_span_after_a_meeting_dates_that_meeting_from_the_main_one(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-18")
    met, call = f["meetings"]
    assert not met["virtual"] and met["date"]["value"] == "2026-03-16" and place_names(f, met) == ["Riga"]
    assert call["virtual"] and call["date"]["value"] == "2026-03-09" and call["places"] == []
    assert attendee_names(f, call) == {"Jan Nowak", "Karl Brenner"}


@pytest.mark.parametrize("text, first, second", [
    # the clause after "two days before" tells an event two days after the one before it (the call on Monday)
    ("President Jan Nowak spoke by phone with Chancellor Karl Brenner on Monday, two days before Nowak was due to meet "
     "Premier Ada Lenk in Riga.", "2026-03-16", "2026-03-18"),
    ("President Jan Nowak spoke by phone with Chancellor Karl Brenner on Monday. The call came two days before Nowak "
     "was due to meet Premier Ada Lenk in Riga.", "2026-03-16", "2026-03-18"),
    # and after "two days after", two days before it
    ("President Jan Nowak met Premier Ada Lenk in Riga on Monday, two days after Nowak spoke by phone with Chancellor "
     "Karl Brenner.", "2026-03-16", "2026-03-14"),
])
def test_meetings_a_span_of_days_opening_a_clause_counts_from_the_event_before(extract_text, text, first, second):
    f = extract_text(text, lang="en", date="2026-03-18")
    one, two = f["meetings"]
    assert (one["date"]["value"], two["date"]["value"]) == (first, second)
    assert "Ada Lenk" in attendee_names(f, one) | attendee_names(f, two)


def test_meetings_the_subject_before_a_modal_hosts_and_the_object_after_it_is_the_guest(extract_text):
    f = extract_text("Präsident Jan Nowak wollte am Freitag Kanzler Karl Brenner empfangen.", date="2026-03-18")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jan Nowak"} and attendee_names(f, m) == {"Jan Nowak", "Karl Brenner"}


@pytest.mark.parametrize("lang,text", [
    ("en", "The summit in Riga was postponed to next month. President Jan Nowak had been due to host Chancellor Karl Brenner."),
    ("de", "Der Gipfel in Riga wurde auf den kommenden Monat verschoben. Präsident Jan Nowak wollte Kanzler Karl Brenner "
           "empfangen."),
])
def test_meetings_what_was_intended_at_a_meeting_put_off_that_named_no_one_is_that_meeting(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-18")
    off = next(m for m in f["meetings"] if m["status"] == "cancelled")
    assert attendee_names(f, off) == {"Jan Nowak", "Karl Brenner"}
    assert len(f["meetings"]) == 2  # (the day it was put off to, with the same persons)


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Gipfel in Riga wurde auf den kommenden Monat verschoben, teilten die Organisatoren am Dienstag mit."),
    ("de", "Der Gipfel in Riga wurde auf den kommenden Monat verschoben, wie die Organisatoren am Dienstag mitteilten."),
    ("en", "The summit in Riga has been postponed to next month, organisers said on Tuesday."),
])
def test_meetings_the_day_a_meeting_was_put_off_was_told_is_not_its_first_day(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2026-03-18")
    off, new = f["meetings"]
    assert off["status"] == "cancelled" and off["date"] is None
    assert new["status"] == "planned" and new["date"]["value"] == "2026-04"


def test_meetings_the_subject_after_the_verb_of_a_fronted_phrase_is_at_the_sentences_event(extract_text):
    f = extract_text("Zum Auftakt seines Besuchs legte Präsident Jan Nowak am Montag in Berlin einen Kranz am Ehrenmal "
                     "nieder. Anschließend empfing ihn Kanzler Karl Brenner im Kanzleramt.", date="2026-03-18")
    wreath = next(m for m in f["meetings"] if "Ehrenmal" in " ".join(place_names(f, m)) or "kranz" in m["kind"])
    assert attendee_names(f, wreath) == {"Jan Nowak"}
    assert all(attendee_names(f, m) for m in f["meetings"])



@pytest.mark.parametrize("again", ["erneut treffen", "wiedersehen"])
def test_meetings_one_who_says_they_will_meet_again_tells_a_meeting_of_those_who_met(extract_text, again):
    f = extract_text("Kanzler Karl Brenner traf am Montag in Riga Präsident Jan Nowak. Brenner sagte, man werde sich im "
                     f"Sommer {again}.", date="2026-03-18")
    held, again_ = f["meetings"]
    assert again_["status"] == "planned" and attendee_names(f, again_) == {"Karl Brenner", "Jan Nowak"}


@pytest.mark.parametrize("text, lang", [
    ("Präsident Jan Obel empfing Präsident Ivo Marić am Montag in Riga. Später nahmen auch Kanzler Karl Brenner und "
     "Premier Alma Keller an dem Treffen teil.", "de"),
    ("President Jan Obel hosted President Ivo Marić in Riga on Monday. The meeting was later joined by Chancellor Karl "
     "Brenner and Prime Minister Alma Keller.", "en"),
    ("President Jan Obel hosted President Ivo Marić in Riga on Monday, a meeting later joined by Chancellor Karl Brenner "
     "and Prime Minister Alma Keller.", "en"),
])
def test_meetings_those_joining_the_meeting_told_later_are_at_it(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-03-18")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Ivo Marić", "Karl Brenner", "Alma Keller"}


@pytest.mark.parametrize("text, lang", [
    ("Präsident Jan Obel empfing Präsident Ivo Marić am Montag in Riga. Nicht dabei war Präsident Karl Brenner, den Obel "
     "drei Tage zuvor in Oslo getroffen hatte.", "de"),
    ("President Jan Obel hosted President Ivo Marić in Riga on Monday. Not at the table was President Karl Brenner, whom "
     "Obel had met in Oslo three days earlier.", "en"),
])
def test_meetings_one_missing_is_at_the_meeting_of_the_relative_clause_about_him(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-03-18")
    oslo = next(m for m in f["meetings"] if place_names(f, m) == ["Oslo"])
    assert attendee_names(f, oslo) == {"Jan Obel", "Karl Brenner"} and absent_names(f, oslo) == set()


@pytest.mark.parametrize("text, lang", [
    ("Präsident Ivo Marić, der am Vortag Präsident Karl Brenner in Oslo getroffen hatte, nahm an dem Gipfel in Riga am "
     "Montag nicht teil.", "de"),
    ("President Ivo Marić, who had met President Karl Brenner in Oslo the day before, did not attend the summit in Riga "
     "on Monday.", "en"),
])
def test_meetings_the_one_a_relative_clause_is_about_is_absent_not_the_one_he_met(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-03-18")
    riga = next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])
    assert absent_names(f, riga) == {"Ivo Marić"} and attendee_names(f, riga) == set()


@pytest.mark.parametrize("text, lang", [
    ("Die Außenminister der EU kamen am Montag in Brüssel zusammen. Ministerin Alma Keller telefonierte am Vormittag mit "
     "Präsident Ivo Marić. Minister Jan Obel sagte vor Beginn der Sitzung, Europa müsse geschlossen bleiben.", "de"),
    ("EU foreign ministers met in Brussels on Monday. Minister Alma Keller spoke by phone with President Ivo Marić in "
     "the morning. Minister Jan Obel said before the session that Europe must stay united.", "en"),
])
def test_meetings_a_noun_of_a_gathering_is_not_the_phone_call_told_last(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-03-18")
    gathering = next(m for m in f["meetings"] if place_names(f, m))
    call = next(m for m in f["meetings"] if m is not gathering)
    assert "Jan Obel" in attendee_names(f, gathering) and "Jan Obel" not in attendee_names(f, call)


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Karl Brenner telefonierte am Montag mit Premier Ivo Marić. Sprecherin Alma Keller teilte im Anschluss mit, "
     "Kanzler Brenner werde Marić Ende des Monats in Zagreb besuchen.", "de"),
    ("Kanzler Karl Brenner telefonierte am Montag mit Premier Ivo Marić. Sprecherin Alma Keller sagte anschließend, "
     "Kanzler Brenner werde Marić Ende des Monats in Zagreb besuchen.", "de"),
    ("Chancellor Karl Brenner spoke with Prime Minister Ivo Marić by phone on Monday. Spokeswoman Alma Keller said "
     "afterwards that Chancellor Brenner would visit Marić in Zagreb at the end of the month.", "en"),
])
def test_meetings_a_speaker_reporting_afterwards_what_others_will_do_is_not_at_it(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-03-16")
    visit = next(m for m in f["meetings"] if place_names(f, m) == ["Zagreb"])
    assert attendee_names(f, visit) == {"Karl Brenner", "Ivo Marić"}
    assert visit["status"] == "planned" and visit["date"]["value"] == "2026-03"


@pytest.mark.parametrize("text, lang", [
    ("Der Gipfel in Riga beginnt am Dienstag. Präsident Jan Obel soll am Mittwoch an der Arbeitssitzung teilnehmen.", "de"),
    ("Der zweitägige Gipfel in Riga beginnt am Dienstag. Präsident Jan Obel soll am Mittwoch an der Arbeitssitzung "
     "teilnehmen.", "de"),
    ("Leaders gather in Riga on Tuesday for a two-day summit. President Jan Obel will attend the working session on "
     "Wednesday.", "en"),
])
def test_meetings_one_taking_part_in_the_sitting_of_a_later_day_is_at_the_meeting_of_several_days(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-06-23")
    m = only_meeting(f)
    assert "Jan Obel" in attendee_names(f, m) and m["date"]["value"] == "2026-06-23"


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Karl Brenner hat am Sonntag europäische Regierungschefs in Riga empfangen, einen Tag nachdem er Präsident "
     "Ivo Marić in Tallinn begrüßt hatte. An dem Treffen nahm auch Premierministerin Alma Keller teil.", "de"),
    ("Chancellor Karl Brenner hosted European leaders in Riga on Sunday, a day after he welcomed President Ivo Marić "
     "in Tallinn. The meeting was attended by Prime Minister Alma Keller.", "en"),
])
def test_meetings_the_meeting_named_after_a_clause_dated_from_the_story_is_the_storys(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-03-02")
    riga = next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])
    tallinn = next(m for m in f["meetings"] if place_names(f, m) == ["Tallinn"])
    assert "Alma Keller" in attendee_names(f, riga) and "Alma Keller" not in attendee_names(f, tallinn)
    assert tallinn["date"]["value"] == "2026-02-28"


def test_meetings_an_english_meeting_named_by_its_town_or_building_is_there(extract_text):
    f = extract_text("President Jan Obel met Prime Minister Ivo Marić on the sidelines of the Munich Security Conference "
                     "on Friday.", lang="en", date="2026-02-13")
    assert all(place_names(f, m) == ["Munich"] for m in f["meetings"])
    f = extract_text("The Geneva talks between Jan Obel and Ivo Marić ended on Friday.", lang="en", date="2026-02-13")
    assert place_names(f, only_meeting(f)) == ["Geneva"]
    f = extract_text("A White House meeting between Jan Obel and Ivo Marić ended abruptly on Friday.", lang="en",
                     date="2026-02-13")
    assert place_names(f, only_meeting(f)) == ["White House"]


def test_meetings_a_noun_in_a_clause_of_sequence_after_a_sideline_phrase_is_the_meeting_beside(extract_text):
    f = extract_text("Vice President Jan Obel sat down with President Ivo Marić on the sidelines of the Munich Security "
                     "Conference on Friday, hours after he used a speech at the gathering to criticise European "
                     "governments.", lang="en", date="2026-02-13")
    assert len(f["meetings"]) == 2


@pytest.mark.parametrize("text, lang", [
    ("Präsident Jan Obel und Präsident Ivo Marić trafen sich am Sonntag im Kanzleramt. Am Montagabend kamen dann mehrere "
     "Regierungschefs ins Kanzleramt, darunter Premier Karl Brenner. Premierministerin Alma Keller war per Video "
     "zugeschaltet.", "de"),
])
def test_meetings_one_linked_in_after_a_journey_into_a_building_is_at_the_meeting_there(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-12-14")
    evening = next(m for m in f["meetings"] if "Karl Brenner" in attendee_names(f, m))
    assert "Alma Keller" in attendee_names(f, evening)
    assert all("Alma Keller" not in attendee_names(f, m) for m in f["meetings"] if m is not evening)


@pytest.mark.parametrize("text, lang", [
    ("Nach Verhandlungen in Riga sehen Lettland und Estland Fortschritte. Premier Karl Ozols traf sich am Sonntag mit "
     "Premier Kalev Tamm.", "de"),
])
def test_meetings_persons_of_the_states_a_lead_names_meeting_next_are_its_details(text, lang):
    f = extract_with_persons([("Karl Ozols", "LV", "Prime Minister"), ("Kalev Tamm", "EE", "Prime Minister")], text,
                             lang=lang, date="2026-12-15")
    m = only_meeting(f)
    assert attendee_names(f, m) >= {"Karl Ozols", "Kalev Tamm"} and "Riga" in place_names(f, m)


def test_meetings_two_states_inviting_to_a_conference_do_not_place_it(extract_text):
    f = extract_text("Am Dienstag nimmt Minister Jan Obel an einer Konferenz zur Zwei-Staaten-Lösung teil, zu der Frankreich "
                     "und Saudi-Arabien eingeladen haben.", date="2026-09-21")
    m = only_meeting(f)
    assert place_names(f, m) == []


@pytest.mark.parametrize("text, lang", [
    ("Präsident Jan Obel und Kanzler Karl Brenner führten am Samstag in Riga Gespräche mit Präsident Ivo Marić und "
     "telefonierten gemeinsam mit Premierministerin Alma Keller.", "de"),
    ("President Jan Obel and Chancellor Karl Brenner held talks with President Ivo Marić in Riga on Saturday and spoke "
     "jointly by phone with Prime Minister Alma Keller.", "en"),
])
def test_meetings_talks_and_a_call_in_predicates_of_their_own_are_two_meetings(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-05-16")
    talks, call = f["meetings"]
    assert attendee_names(f, talks) == {"Jan Obel", "Karl Brenner", "Ivo Marić"} and not talks["virtual"]
    assert attendee_names(f, call) == {"Jan Obel", "Karl Brenner", "Alma Keller"} and call["virtual"]
    assert place_names(f, talks) == ["Riga"] and place_names(f, call) == []
    assert talks["date"]["value"] == call["date"]["value"] == "2026-05-16"


def test_meetings_the_partner_of_talks_is_not_the_subject_of_a_call_after_them(extract_text):
    f = extract_text("The leaders arrived in Riga on Saturday. They later held talks with President Ivo Marić and spoke by "
                     "phone with Prime Minister Alma Keller.", lang="en", date="2026-05-16")
    call = next(m for m in f["meetings"] if m["virtual"])
    # ("They" are the leaders the sentence before opened with; the partner of the talks is not on the call)
    assert attendee_names(f, call) == {"Alma Keller", "leaders"}


@pytest.mark.parametrize("text, lang", [
    ("Ministerin Alma Keller ist zu einem Besuch in Riga eingetroffen. Keller wollte mit Präsident Ivo Marić "
     "zusammenkommen. Bei einem Treffen mit Minister Jan Obel sagte sie weitere Hilfe zu.", "de"),
    ("Minister Alma Keller arrived in Riga for a visit. Keller wanted to meet President Ivo Marić. At a meeting with "
     "Minister Jan Obel she pledged more aid.", "en"),
])
def test_meetings_what_was_done_after_an_intention_is_where_the_last_thing_done_was(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-04-02")
    met = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert place_names(f, met) == ["Riga"]


@pytest.mark.parametrize("plan", ["a U.S. plan", "the 28-point plan"])
def test_meetings_a_plan_named_with_a_short_name_or_number_is_a_thing_not_a_meeting_to_come(extract_text, plan):
    f = extract_text(f"Officials said on Sunday they had made progress in talks in Riga on {plan} to end the war.",
                     lang="en", date="2026-11-23")
    assert only_meeting(f)["status"] == "past"
    f = extract_text("The leaders plan to meet in Riga.", lang="en", date="2026-11-23")
    assert only_meeting(f)["status"] == "planned"


@pytest.mark.parametrize("text, lang", [
    ("Die Minister berieten am Donnerstag in Riga. Präsident Jan Obel sprach von einem Schritt, den man beim Gipfel in "
     "Oslo gehen werde. »Das ist machbar«, sagte Minister Karl Brenner. Minister Ivo Marić äußerte sich ähnlich: "
     "»Wir stehen bereit.«", "de"),
    ("The ministers met in Riga on Thursday. President Jan Obel spoke of a step the alliance will take at the summit "
     "in Oslo. \"This is doable,\" said Minister Karl Brenner. Minister Ivo Marić agreed: \"We are ready.\"", "en"),
])
def test_meetings_a_speaker_at_no_meeting_spoke_at_the_one_held_not_at_a_plan_told_earlier(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-06-12")
    riga = next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])
    said = next(s for s in f["statements"] if "bereit" in s["text"] or "ready" in s["text"])
    assert said["meeting"] == riga["id"]


@pytest.mark.parametrize("text, lang", [
    ("Die Regierungschefs kamen am Donnerstag in Riga zum Gipfel zusammen. Präsident Jan Obel ist ebenfalls angereist, "
     "Litauens Präsident Ivo Marić dagegen nicht.", "de"),
    ("Die Regierungschefs kamen am Donnerstag in Riga zum Gipfel zusammen. Präsident Jan Obel nahm teil, Präsident Ivo "
     "Marić jedoch nicht.", "de"),
    ("Leaders met in Riga on Thursday for the summit. President Jan Obel also attended, but not President Ivo Marić.", "en"),
    ("Leaders met in Riga on Thursday for the summit. President Jan Obel attended; President Ivo Marić did not.", "en"),
])
def test_meetings_an_actor_of_a_negated_clause_without_a_verb_stayed_away(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-10-02")
    m = only_meeting(f)
    assert "Jan Obel" in attendee_names(f, m) and "Ivo Marić" not in attendee_names(f, m)
    assert absent_names(f, m) == {"Ivo Marić"}
    # (not whom one did not meet: that says nothing of who stayed away)
    f = extract_text("Präsident Jan Obel traf am Donnerstag in Riga Präsident Ivo Marić, nicht aber Premier Karl Brenner.",
                     date="2026-10-02")
    assert absent_names(f, only_meeting(f)) == set()


@pytest.mark.parametrize("text, lang", [
    ("Premierministerin Alma Keller wurde am Dienstag in Berlin empfangen. In Paris traf sie Präsident Jan Obel, in "
     "Brüssel Generalsekretär Ivo Marić.", "de"),
    ("Prime Minister Alma Keller was received in Berlin on Tuesday. In Paris she met President Jan Obel, in Brussels "
     "Secretary General Ivo Marić.", "en"),
])
def test_meetings_a_conjunct_opening_with_its_own_town_repeats_the_verb_there(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-01-28")
    paris = next(m for m in f["meetings"] if place_names(f, m) == ["Paris"])
    brussels = next(m for m in f["meetings"] if place_names(f, m) == ["Brussels"])
    assert attendee_names(f, paris) == {"Alma Keller", "Jan Obel"}
    assert attendee_names(f, brussels) == {"Alma Keller", "Ivo Marić"}


@pytest.mark.parametrize("text, lang", [
    ("Die Regierungschefs der Länder sind am Donnerstag mit Kanzler Karl Brenner im Kanzleramt zusammengekommen. "
     "Erstmals nahm auch der designierte Kanzler Jan Obel an einem Teil der Beratungen teil.", "de"),
])
def test_meetings_one_named_by_an_office_not_yet_or_no_longer_held_hosts_not_at_its_seat(text, lang):
    f = extract_with_persons([("Karl Brenner", "DE", "Chancellor"), ("Jan Obel", "DE", "Chancellor")], text, lang=lang,
                             date="2026-03-21")
    m = only_meeting(f)
    assert "Jan Obel" in attendee_names(f, m) and host_names(f, m) == {"Karl Brenner"}
    f = extract_with_persons([("Karl Brenner", "US", "President"), ("Jan Obel", "US", "President")],
                             "President Karl Brenner met Prime Minister Ivo Marić at the White House on Monday. Former "
                             "President Jan Obel also took part.", lang="en", date="2026-03-21")
    m = only_meeting(f)
    assert "Jan Obel" in attendee_names(f, m) and host_names(f, m) == {"Karl Brenner"}


@pytest.mark.parametrize("text, lang", [
    ("Premier Karl Brenner spoke to President Jan Obel this evening following the meeting of European leaders in Riga "
     "earlier this week.", "en"),
    ("Premier Karl Brenner hat am Mittwoch mit Präsident Jan Obel gesprochen, nach dem Treffen europäischer "
     "Regierungschefs in Riga Anfang der Woche.", "de"),
])
def test_meetings_a_phrase_of_sequence_with_a_day_of_its_own_tells_another_meeting_there(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-02-18")
    talk = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    riga = next(m for m in f["meetings"] if place_names(f, m) == ["Riga"])
    assert talk is not riga and talk["date"]["value"] == "2026-02-18" and place_names(f, talk) == []
    assert attendee_names(f, talk) == {"Karl Brenner", "Jan Obel"}
    assert not attendee_names(f, riga) & {"Karl Brenner", "Jan Obel"}


@pytest.mark.parametrize("text, lang", [
    ("Am Mittwoch kam in Riga die Ukraine-Kontaktgruppe zusammen, die Minister Karl Brenner gemeinsam mit seinem "
     "britischen Kollegen Jan Obel leitete.", "de"),
    ("The Ukraine Defense Contact Group met in Riga on Wednesday, chaired by Minister Karl Brenner together with his "
     "British counterpart Jan Obel.", "en"),
])
def test_meetings_a_co_host_joined_by_together_with_hosts_too(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-10-15")
    assert host_names(f, only_meeting(f)) == {"Karl Brenner", "Jan Obel"}


def test_meetings_a_plan_to_do_a_thing_other_than_meeting_makes_no_meeting_to_come(extract_text):
    f = extract_text("Leaders endorsed plans to boost defence spending at an emergency summit in Riga on Thursday.",
                     lang="en", date="2026-03-06")
    assert only_meeting(f)["status"] == "past"
    for text in ("President Jan Obel plans to hold talks with President Ivo Marić in Riga on Friday.",
                 "President Jan Obel plans to visit Riga on Friday."):
        f = extract_text(text, lang="en", date="2026-03-06")
        assert only_meeting(f)["status"] == "planned", text


@pytest.mark.parametrize("text, lang", [
    ("On Wednesday, President Jan Obel had been hosted by King Ivo Marić at Riga Castle, where a state banquet was held "
     "in his honour.", "en"),
    ("Am Mittwoch war Präsident Jan Obel von König Ivo Marić im Schloss Riga empfangen worden, wo ihm zu Ehren ein "
     "Staatsbankett gegeben wurde.", "de"),
])
def test_meetings_a_meeting_in_a_clause_on_the_place_is_of_the_main_clauses_day(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-09-18")
    assert {m["date"]["value"] for m in f["meetings"] if m["date"]} == {"2026-09-16"}
    assert all(m["date"] for m in f["meetings"])


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Karl Brenner reist am Sonntag zum Gipfel nach Riga. Auf dem Programm stehen bilaterale Gespräche, unter "
     "anderem mit Premier Jan Obel und Premier Ivo Marić.", "de"),
    ("Chancellor Karl Brenner travels to the summit in Riga on Sunday. He will hold bilateral talks, including with "
     "Prime Minister Jan Obel and Prime Minister Ivo Marić.", "en"),
])
def test_meetings_partners_after_a_comma_and_a_filler_are_the_nouns_partners(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-06-12")
    talks = [m for m in f["meetings"] if attendee_names(f, m) & {"Jan Obel", "Ivo Marić"}]
    assert sorted(sorted(attendee_names(f, m)) for m in talks) == [
        ["Ivo Marić", "Karl Brenner"], ["Jan Obel", "Karl Brenner"]]


def test_meetings_a_noun_after_a_day_and_a_preposition_of_purpose_is_no_topic(extract_text):
    f = extract_text("President Jan Obel arrived in China on Sunday for a summit in Tianjin.", lang="en", date="2026-09-02")
    assert "Tianjin" in place_names(f, only_meeting(f))


def test_meetings_an_invitation_to_a_place_that_the_next_sentence_calls_the_meeting_is_that_meeting(extract_text):
    f = extract_text("Minister Karl Brenner hat seine Amtskollegen aus Frankreich und Polen sowie Kommissar Jan Obel nach "
                     "München eingeladen. Bei dem Treffen am Freitag soll es um Migration gehen.", date="2026-07-13")
    m = only_meeting(f)
    assert host_names(f, m) == {"Karl Brenner"} and {"Karl Brenner", "Jan Obel"} <= attendee_names(f, m)
    assert m["status"] == "planned" and m["date"]["value"] == "2026-07-17" and place_names(f, m) == ["Munich"]
    # (an invitation alone, with no day and no meeting named after it, is an offer not yet taken up)
    f = extract_text("Minister Karl Brenner hat Kommissar Jan Obel nach München eingeladen. Die Lage sei ernst.",
                     date="2026-07-13")
    assert f["meetings"] == []


@pytest.mark.parametrize("text, lang", [
    ("President Jan Obel said he accepted an invitation to visit Riga in the near future.", "en"),
    ("Präsident Jan Obel sprach mit Journalisten über einen Besuch in Riga in naher Zukunft.", "de"),
])
def test_meetings_a_time_to_come_with_no_day_makes_a_meeting_planned(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-04-17")
    assert only_meeting(f)["status"] == "planned"


@pytest.mark.parametrize("said", ["sagte", "kündigte an"])
def test_meetings_a_future_with_its_pronoun_in_what_was_said_is_the_speakers_plan(extract_text, said):
    f = extract_text(f"Präsident Jan Obel {said}, er werde Riga im Mai besuchen.", date="2026-04-17")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel"} and m["status"] == "planned" and place_names(f, m) == ["Riga"]


@pytest.mark.parametrize("text, lang", [
    ("Minister Jan Obel told allies on Wednesday that the borders of 2014 were out of reach. He spoke at a meeting of "
     "defence ministers in Riga.", "en"),
    ("Minister Jan Obel sagte am Mittwoch, die Grenzen von 2014 seien außer Reichweite. Er sprach bei einem Treffen der "
     "Verteidigungsminister in Riga.", "de"),
])
def test_meetings_what_was_said_before_any_meeting_belongs_to_the_one_the_next_sentence_tells(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-02-12")
    m = only_meeting(f)
    assert [s["meeting"] for s in f["statements"]] == [m["id"]]


@pytest.mark.parametrize("text, lang", [
    ("„Wir stehen zu unserem Wort“, sagte Minister Jan Obel im Interview mit dem Deutschlandfunk. Am Mittwoch will er in "
     "Riga seinen Amtskollegen Ivo Marić treffen.", "de"),
    ("„Wir stehen zu unserem Wort“, sagte Minister Jan Obel im ARD-Interview. Am Mittwoch hat er in Riga seinen "
     "Amtskollegen Ivo Marić getroffen.", "de"),
    ('"We keep our word," Minister Jan Obel said in an interview with the BBC. He met his counterpart Ivo Marić in '
     'Riga on Wednesday.', "en"),
    # (a meeting to come is no meeting a thing was said at)
    ("„Wir stehen zu unserem Wort“, sagte Minister Jan Obel am Montag. Am Mittwoch will er in Riga seinen Amtskollegen "
     "Ivo Marić treffen.", "de"),
])
def test_meetings_what_was_said_in_an_interview_or_before_a_meeting_to_come_is_of_no_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2026-02-12")
    assert len(f["meetings"]) == 1 and [s["meeting"] for s in f["statements"]] == [None]


def test_meetings_a_host_greeting_some_of_a_named_formats_meeting_hosts_it(extract_text):
    f = extract_text("Kanzler Karl Brenner hat am Freitag in London an einem Treffen der Koalition der Willigen "
                     "teilgenommen. Gastgeber Jan Obel empfing unter anderem Präsident Ivo Marić und Premierministerin "
                     "Alma Keller.", date="2026-10-17")
    m = only_meeting(f)
    assert host_names(f, m) == {"Jan Obel"}
    assert {"Karl Brenner", "Ivo Marić", "Alma Keller"} <= attendee_names(f, m)


def test_one_who_made_the_trip_is_at_the_meeting_told(extract_text):
    # "made the trip" with the definite article is the journey to the meeting told; a trip somewhere else with a
    # day of its own is not
    f = extract_text("President Luc Moreau hosted leaders at the Elysee Palace on Thursday. Finnish President Aino "
                     "Lehto, who took office in May, also made the trip.", lang="en", date="2027-03-20")
    assert "Aino Lehto" in attendee_names(f, only_meeting(f))
    f = extract_text("President Luc Moreau hosted leaders at the Elysee Palace on Thursday. In May, Finnish President "
                     "Aino Lehto made the trip to Kyiv.", lang="en", date="2027-03-20")
    assert "Aino Lehto" not in attendee_names(f, f["meetings"][0])


def test_meetings_one_greeting_states_after_a_meeting_of_a_group_greets_them_at_it(extract_text):
    # the counterparts are named by their states only: they are the group told, and the greeter hosts its meeting
    f = extract_text("Die Regierungschefs der baltischen Staaten sind am Mittwoch in Riga zusammengetroffen. Lettlands "
                     "Ministerpräsident Oskars Berzins begrüßte seine Amtskollegen aus Estland und Litauen.",
                     date="2027-02-05")
    m = only_meeting(f)
    assert host_names(f, m) == {"Oskars Berzins"} and place_names(f, m) == ["Riga"]


def test_meetings_a_parade_of_state_is_an_event_its_guests_attend(extract_text):
    # a ceremony of its own, as the gold counts them: who watches it with the host is at it
    f = extract_text("Präsident Oskars Berzins hat am Mittwoch in Riga eine Militärparade abgenommen. An der Parade "
                     "nahmen auch Präsident Kalev Tamm und Präsidentin Ruta Vaitkus teil.", date="2027-05-10")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Oskars Berzins", "Kalev Tamm", "Ruta Vaitkus"}


def test_meetings_a_parade_a_day_after_the_main_event_keeps_its_day_when_told_again(extract_text):
    # "both" in the clause dated from the main event are its two; one told at "the parade" later joins it, and its
    # day stays the one after the main event's
    f = extract_text("President Luc Moreau met President Tom Hale at the Kremlin on Thursday, a day before both were "
                     "to attend a military parade on Red Square. President Ivo Marić was also in Moscow for the parade.",
                     lang="en", date="2027-05-09")
    parade = next(m for m in f["meetings"] if m["trigger"] == "attend")
    assert attendee_names(f, parade) == {"Luc Moreau", "Tom Hale", "Ivo Marić"}
    assert parade["date"]["value"] == "2027-05-07"


def test_meetings_a_reception_in_a_building_of_the_town_a_meeting_just_began_in_is_that_day(extract_text):
    f = extract_text("Ein Gipfel der EU mit Kanada hat am Donnerstag in Paris begonnen. Ratspräsident Jan Obel und "
                     "Premier Tom Hale wurden von Präsident Luc Moreau im Élysée-Palast empfangen.", date="2027-07-24")
    reception = next(m for m in f["meetings"] if host_names(f, m) == {"Luc Moreau"})
    assert reception["date"]["value"] == "2027-07-22"
    # one told in the pluperfect came before
    f = extract_text("Ein Gipfel der EU mit Kanada hat am Donnerstag in Paris begonnen. Ratspräsident Jan Obel und "
                     "Premier Tom Hale waren von Präsident Luc Moreau im Élysée-Palast empfangen worden.", date="2027-07-24")
    reception = next(m for m in f["meetings"] if host_names(f, m) == {"Luc Moreau"})
    assert reception["date"] is None or reception["date"]["value"] != "2027-07-22"


def test_meetings_one_who_headed_a_side_was_at_the_talks_told(extract_text):
    f = extract_text("Officials of both states held talks in Riyadh on Monday. Ivo Marić, a former diplomat, headed "
                     "the Croatian side.", lang="en", date="2027-03-25")
    assert "Ivo Marić" in attendee_names(f, only_meeting(f))


def test_meetings_the_supporters_of_a_state_are_a_group_not_that_state(extract_text):
    f = extract_text("Die Unterstützer der Slowakei haben am Dienstag in einer Videoschalte beraten. Aus Berlin war Kanzler "
                     "Bernd Vollmer zugeschaltet.", date="2027-10-15")
    m = only_meeting(f)
    assert "Bernd Vollmer" in attendee_names(f, m)
    assert "country:SK" not in {a["actor"] for a in m["attendees"]}


@pytest.mark.parametrize("lang, text, placed", [
    ("de", "Drohnen über Polen\n\nWarschau (dpa) - Regierungschef Jan Sobczak sagte am Mittwoch, die Verbündeten würden "
           "Konsultationen abhalten.", False),
    ("en", "Drones over Poland\n\nWARSAW (Reuters) - Prime Minister Jan Sobczak said on Wednesday that the allies would hold "
           "consultations.", False),
    # told as the news itself, a meeting to come after the dateline is still in its town
    ("de", "Drohnen über Polen\n\nWarschau (dpa) - Die Außenminister Jan Sobczak und Ruta Vaitkus wollen am Donnerstag "
           "Konsultationen abhalten.", True),
])
def test_meetings_a_plan_told_as_said_in_the_dateline_town_is_not_placed_there(extract_text, lang, text, placed):
    f = extract_text(text, lang=lang, date="2027-09-10")
    m = only_meeting(f)
    assert (place_names(f, m) == ["Warsaw"]) is placed


def test_meetings_a_summit_some_days_after_the_sentences_event_is_dated_from_it():
    # the span before the noun dates the main clause's event by the summit: the summit is that many days later, to
    # come when that lies after the article's day; the day after the finite verb is the main clause's
    persons = [("Aino Kask", "EE", "President"), ("Lars Berg", "SE", "President")]
    f = extract_with_persons(persons, "Zwei Tage vor dem geplanten Gipfel von Präsidentin Aino Kask und Präsident Lars "
                             "Berg in Riga haben die Außenminister am Mittwoch per Video beraten.", date="2027-08-11")
    summit = next(m for m in f["meetings"] if m["trigger"] == "Gipfel")
    call = next(m for m in f["meetings"] if m is not summit)
    assert call["date"]["value"] == "2027-08-11" and call["virtual"] and call["status"] == "past"
    assert summit["date"]["value"] == "2027-08-13" and summit["status"] == "planned" and not summit["virtual"]
    f = extract_with_persons(persons, "The day before the summit of President Aino Kask and President Lars Berg in "
                             "Riga, the foreign ministers held a video call on Wednesday.", lang="en", date="2027-08-11")
    summit = next(m for m in f["meetings"] if m["trigger"] == "summit")
    assert summit["date"]["value"] == "2027-08-12" and summit["status"] == "planned"


def test_meetings_a_summit_some_days_before_with_its_place_is_the_one_whose_sidelines_are_told(extract_text):
    f = extract_text("Zwei Tage nach dem Gipfel in Brüssel ist Kanzler Bernd Vollmer nach Warschau gereist. Dort wurde "
                     "er von Regierungschef Jan Sobczak empfangen. Beide hatten sich bereits am Rande des Gipfels "
                     "ausgetauscht.", date="2027-11-13")
    talk = next(m for m in f["meetings"] if m["trigger"] == "ausgetauscht")
    assert place_names(f, talk) == ["Brussels"]


@pytest.mark.parametrize("text, status", [
    ("Ministerin Lena Brandt hat am Montag bei ihrem Treffen mit Minister Jan Kowalczyk in Riga eine klare Absage an "
     "weitere Zölle erteilt.", "past"),
    ("Das Treffen von Ministerin Lena Brandt mit Minister Jan Kowalczyk in Riga ist am Montag abgesagt worden.", "cancelled"),
    ("Nach der Absage des Treffens von Ministerin Lena Brandt mit Minister Jan Kowalczyk in Riga herrschte Ratlosigkeit.",
     "cancelled"),
])
def test_meetings_a_rejection_of_a_thing_calls_no_meeting_off(extract_text, text, status):
    assert only_meeting(extract_text(text, date="2027-02-10"))["status"] == status


def test_meetings_plural_office_holders_from_states_stand_for_those_states(extract_text):
    # "from" as "of": the states are the parties, also at the sentence's start, and the story's person is not
    # the other side of talks the states are told to hold
    f = extract_text("National security advisers from Latvia and Estonia met in Geneva on Monday.", lang="en",
                     date="2027-11-24")
    assert {a["actor"] for a in only_meeting(f)["attendees"]} == {"country:LV", "country:EE"}
    f = extract_text("President Luc Moreau met President Tom Hale in Geneva on Sunday. National security advisers "
                     "from Latvia and Estonia were also in Geneva for separate talks with the Ukrainians.", lang="en",
                     date="2027-11-24")
    talks = next(m for m in f["meetings"] if m["trigger"] == "talks")
    assert "Luc Moreau" not in attendee_names(f, talks)
    assert {"country:LV", "country:EE"} <= {a["actor"] for a in talks["attendees"]}


@pytest.mark.parametrize("second", [
    "President Tom Hale received a warm welcome.",
    "President Tom Hale, who had been humiliated in Washington two days earlier, received a hero's welcome.",
])
def test_meetings_one_who_received_a_welcome_is_a_guest_at_the_meeting_told(extract_text, second):
    # "received a welcome" receives no one: no reception of its own, the guest was at the meeting just told
    f = extract_text("Prime Minister Luc Moreau hosted European leaders at Lancaster House on Sunday. " + second,
                     lang="en", date="2027-03-02")
    assert "Tom Hale" in attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("second", [
    "Präsident Tom Hale wurde mit großem Applaus begrüßt.",
    # a word of "before that" in a relative clause on the guest dates that clause, not the greeting
    "Präsident Tom Hale, der zwei Tage zuvor in Washington gewesen war, wurde mit großem Applaus begrüßt.",
])
def test_meetings_one_greeted_by_no_one_named_after_a_host_received_a_group_is_at_that_meeting(extract_text, second):
    f = extract_text("Premier Luc Moreau hat am Sonntag die Staats- und Regierungschefs im Lancaster House in London "
                     "empfangen. " + second, date="2027-03-02")
    m = only_meeting(f)
    assert "Tom Hale" in attendee_names(f, m) and host_names(f, m) == {"Luc Moreau"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Beim Gipfel in Brüssel fehlte am Donnerstag Premier Jan Obel zeitweise, weil er an einer Debatte im "
           "Parlament teilnehmen musste."),
    ("en", "Prime Minister Jan Obel was briefly absent from the summit in Brussels on Thursday to attend a debate in "
           "parliament."),
])
def test_meetings_one_missing_a_meeting_for_a_while_is_not_absent_from_it(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-10-23")
    summit = next(m for m in f["meetings"] if m["trigger"] in ("Gipfel", "summit"))
    assert "Jan Obel" not in absent_names(f, summit)


def test_meetings_a_caption_before_its_photo_credit_tells_the_visit_and_names_no_photographer(extract_text):
    f = extract_text("Vollmer bei Moreau\n\nKanzler Bernd Vollmer wird von Präsident Luc Moreau vor dem Élysée-Palast "
                     "begrüßt. Foto: Anna Berg/dpa\n\nParis (dpa) - Kanzler Bernd Vollmer ist zu seinem Antrittsbesuch "
                     "bei Präsident Luc Moreau im Élysée-Palast eingetroffen. Moreau empfing Vollmer am Donnerstag vor "
                     "dem Eingang.", date="2027-06-05")
    assert "Anna Berg" not in {a["name"] for a in f["actors"]}
    m = only_meeting(f)
    assert m["status"] == "past" and m["date"]["value"] == "2027-06-03"
    assert host_names(f, m) == {"Luc Moreau"} and place_names(f, m) == ["Élysée Palace"]


def test_meetings_one_withdrawing_into_a_room_for_talks_went_there(extract_text):
    # "zurück" after a verb of retreat with its reflexive goes into the room, not home
    f = extract_text("Anschließend zogen sich Kanzler Bernd Vollmer und Präsident Luc Moreau zu einem Gespräch im Oval "
                     "Office zurück.", date="2027-06-05")
    assert place_names(f, only_meeting(f)) == ["Oval Office"]


def test_meetings_what_was_done_later_is_not_dated_by_a_plan_told_before(extract_text):
    f = extract_text("President Luc Moreau met President Tom Hale in Paris on Thursday. Hale said he would visit Rome "
                     "in April. Moreau later flew to Berlin for talks with Chancellor Bernd Vollmer.", lang="en",
                     date="2027-10-30")
    later = next(m for m in f["meetings"] if "Bernd Vollmer" in attendee_names(f, m))
    assert later["status"] == "past" and (later["date"] is None or not later["date"]["value"].startswith("2028-04"))


@pytest.mark.parametrize("lang, text", [
    ("de", "Während Kanzler Bernd Vollmer am Mittwoch in Paris mit Präsident Luc Moreau sprach, traf Außenministerin "
           "Lena Brandt in Berlin ihren Amtskollegen Jan Kowalczyk."),
    ("en", "While Chancellor Bernd Vollmer spoke with President Luc Moreau in Paris on Wednesday, Foreign Minister Lena "
           "Brandt met her counterpart Jan Kowalczyk in Berlin."),
])
def test_meetings_the_main_clause_after_a_clause_of_while_is_on_its_day(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-11-12")
    berlin = next(m for m in f["meetings"] if "Lena Brandt" in attendee_names(f, m))
    assert berlin["date"]["value"] == "2027-11-10"


@pytest.mark.parametrize("verb", ["hosted", "co-hosted"])
def test_meetings_a_participle_of_hosting_on_the_noun_keeps_its_place_and_day(extract_text, verb):
    f = extract_text(f"Donors pledged aid at a conference {verb} by Latvia and Estonia in Riga on Thursday.", lang="en",
                     date="2027-07-11")
    m = only_meeting(f)
    assert place_names(f, m) == ["Riga"] and m["date"]["value"] == "2027-07-08"


def test_meetings_a_quoted_name_in_lower_case_is_the_subject_of_its_verb(extract_text):
    # 'the "coalition of the willing" met': a name in quotation marks after an article, no quotation; "willing" in
    # it is no offer, and the chairs it met under host it
    f = extract_text('President Luc Moreau met President Tom Hale in Rome on Thursday. On the sidelines, the '
                     '"coalition of the willing" met under the chairmanship of Latvia and Estonia.', lang="en",
                     date="2027-07-11")
    chaired = next(m for m in f["meetings"] if {h["actor"] for h in m["hosts"]} == {"country:LV", "country:EE"})
    assert chaired["date"]["value"] == "2027-07-08"
    # a word quoted after "the meeting" is what was said: the clause after it keeps its subject
    f = extract_text('President Luc Moreau and President Tom Hale met on Thursday in Busan. Moreau called the meeting '
                     '"amazing" and said he would visit Riga in April.', lang="en", date="2027-07-11")
    assert any("Luc Moreau" in attendee_names(f, m) for m in f["meetings"] if m["status"] == "planned")


@pytest.mark.parametrize("lang, text", [
    ("en", "Latvia and Estonia met the Ukrainian delegation in Riga on Thursday."),
    ("de", "Lettland und Estland trafen am Donnerstag in Riga die ukrainische Delegation."),
])
def test_meetings_states_before_the_verb_are_its_subject_beside_a_group_as_object(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-07-11")
    assert {"country:LV", "country:EE", "country:UA"} <= {a["actor"] for a in only_meeting(f)["attendees"]}


def test_meetings_a_council_before_its_verb_of_sitting_is_the_meeting_not_a_party(extract_text):
    f = extract_text("Am Mittwochabend hatte der Nato-Ukraine-Rat in Brüssel getagt, an dem auch Minister Oleh Marchenko "
                     "teilnahm.", date="2027-10-15")
    m = only_meeting(f)
    assert {a["actor"] for a in m["attendees"]} == {"person:oleh-marchenko"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Vollmer telefoniert mit Moreau\n\nKanzler Bernd Vollmer hat am Mittwoch mit Präsident Luc Moreau gesprochen. "
           "Beide berieten über die Lage in der Ukraine."),
    ("en", "Vollmer holds call with Moreau\n\nChancellor Bernd Vollmer spoke with President Luc Moreau on Wednesday. The two "
           "leaders spoke about the war in Ukraine."),
])
def test_meetings_a_talk_of_the_two_of_a_call_just_told_is_that_call(extract_text, lang, text):
    m = only_meeting(extract_text(text, lang=lang, date="2027-02-12"))
    assert m["virtual"] is True


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Außenminister Deutschlands, Frankreichs und Polens trafen sich am Mittwoch in Paris. Zuvor hatte Minister "
           "Jan Kowalczyk in Paris Ministerin Lena Brandt getroffen. Ein weiteres Treffen in diesem Format ist für "
           "Oktober in Warschau geplant."),
    ("en", "The foreign ministers of Germany, France and Poland met in Paris on Wednesday. Another meeting in this "
           "format is planned for October in Warsaw."),
])
def test_meetings_a_meeting_in_this_format_is_of_the_parties_of_the_story_s_meeting(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-09-24")
    planned = next(m for m in f["meetings"] if m["status"] == "planned")
    assert {a["actor"] for a in planned["attendees"]} == {"country:DE", "country:FR", "country:PL"}


@pytest.mark.parametrize("lang, text, assembly", [
    ("de", "Minister Tom Hale traf am Montag in New York Präsident Ivo Marić. Nachdem sie am Dienstag vor der "
           "UN-Vollversammlung gesprochen hatte, ist Außenministerin Lena Brandt am Mittwoch in New York mit ihrem "
           "Amtskollegen Jan Kowalczyk zusammengekommen.", "Vollversammlung"),
    ("en", "Minister Tom Hale met President Ivo Marić in New York on Monday. After she addressed the General Assembly "
           "on Tuesday, Foreign Minister Lena Brandt met her counterpart Jan Kowalczyk in New York on Wednesday.",
     "General Assembly"),
])
def test_meetings_a_pronoun_in_an_opening_clause_of_time_is_the_main_clause_s_subject(extract_text, lang, text, assembly):
    f = extract_text(text, lang=lang, date="2027-09-24")
    m = next(m for m in f["meetings"] if m["trigger"] == assembly)
    assert attendee_names(f, m) == {"Lena Brandt"}


def test_meetings_a_chancellery_owned_by_another_state_s_office_is_not_berlin_s():
    persons = [("Jan Sobczak", "PL", "Prime Minister")]
    f = extract_with_persons(persons, "Kanzler Bernd Vollmer und Regierungschef Jan Sobczak sind am Donnerstag in "
                             "Warschau im Kanzleramt des polnischen Regierungschefs zusammengekommen.", date="2027-01-16")
    names = place_names(f, only_meeting(f))
    assert "Warsaw" in names and "Federal Chancellery" not in names


def test_meetings_a_funeral_mass_after_a_talk_told_as_before_is_the_funeral(extract_text):
    f = extract_text("Am Rande der Trauerfeier im Vatikan sind Präsident Tom Hale und Präsident Ivo Marić im Petersdom zu "
                     "einem Gespräch zusammengekommen. Zuvor hatten auch Präsident Luc Moreau und Premier Jan Obel kurz "
                     "mit beiden gesprochen. An der Trauermesse auf dem Petersplatz nahmen Delegationen aus mehr als 160 "
                     "Ländern teil, darunter Kanzler Bernd Vollmer.", date="2027-04-26")
    earlier = next(m for m in f["meetings"] if "Luc Moreau" in attendee_names(f, m))
    # "mit beiden", the verb at the clause's end: the two named last
    assert attendee_names(f, earlier) == {"Luc Moreau", "Jan Obel", "Tom Hale", "Ivo Marić"}
    funeral = next(m for m in f["meetings"] if "Bernd Vollmer" in attendee_names(f, m))
    assert funeral["trigger"] == "Trauerfeier"


@pytest.mark.parametrize("lang, text", [
    ("en", "NATO foreign ministers met in Brussels on Wednesday. It was the first time in two decades that a Latvian "
           "foreign minister missed the gathering."),
    ("de", "Die Nato-Außenminister kamen am Mittwoch in Brüssel zusammen. Es war das erste Mal seit zwei Jahrzehnten, "
           "dass ein lettischer Außenminister dem Treffen fernblieb."),
    ("en", "NATO foreign ministers met in Brussels on Wednesday. It was the first time in two decades that a U.S. "
           "secretary of state missed the gathering."),
])
def test_meetings_any_holder_of_an_office_missing_a_meeting_leaves_no_state_absent(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-12-02")
    assert not any(a["actor"] in ("country:LV", "country:US") for m in f["meetings"] for a in m["absent"])


def test_meetings_talks_held_at_a_summit_the_sentence_is_set_at_are_on_its_sidelines(extract_text):
    # (English "At the G7 summit, X held bilateral talks with Y and Z" parts the talks too, but leaves the summit
    # without its persons: see the README's notes)
    f = extract_text("Beim G7-Gipfel in Kanada hat Kanzler Bernd Vollmer am Montag mehrere bilaterale Gespräche geführt, "
                     "darunter mit Premier Tom Hale und Präsident Luc Moreau.", date="2027-06-17")
    summit = [m for m in f["meetings"] if m["trigger"] in ("Gipfel", "summit")]
    assert len(summit) == 1 and {"Bernd Vollmer", "Tom Hale", "Luc Moreau"} <= attendee_names(f, summit[0])
    talks = [attendee_names(f, m) for m in f["meetings"] if m is not summit[0]]
    assert sorted(map(sorted, talks)) == [["Bernd Vollmer", "Luc Moreau"], ["Bernd Vollmer", "Tom Hale"]]


@pytest.mark.parametrize("lang, text", [
    ("en", "MADRID (Reuters) - European leaders opened their summit on Tuesday. President Luc Moreau and Prime "
           "Minister Tom Hale held a meeting on the sidelines. Moreau also met President Ivo Marić."),
    ("de", "Madrid (dpa) - Präsident Luc Moreau ist am Dienstag am Rande des Gipfels mit Premier Tom Hale "
           "zusammengekommen. Moreau traf außerdem Präsident Ivo Marić."),
])
def test_meetings_one_more_meeting_told_with_also_is_where_and_when_the_one_before_was(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-06-17")
    m = next(m for m in f["meetings"] if "Ivo Marić" in attendee_names(f, m))
    assert place_names(f, m) == ["Madrid"] and m["date"]["value"] == "2027-06-15"


@pytest.mark.parametrize("lang,text", [
    ("en", "Chancellor Tom Brand hosted President Lena Stroud on Wednesday, where the two joined a video call with Prime "
           "Minister Jon Arvik."),
    ("de", "Kanzler Tom Brand hat am Mittwoch Präsidentin Lena Stroud empfangen, bevor beide an einer Videokonferenz mit "
           "Premier Jon Arvik teilnahmen."),
])
def test_meetings_a_call_told_in_another_clause_is_its_own_the_hosted_meeting_is_in_person(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-03-12")
    hosted, call = f["meetings"]
    assert not hosted["virtual"] and attendee_names(f, hosted) == {"Tom Brand", "Lena Stroud"}
    # the two who joined it are the two the clause before named
    assert call["virtual"] and attendee_names(f, call) == {"Tom Brand", "Lena Stroud", "Jon Arvik"}


def test_meetings_a_meeting_told_only_as_by_video_stays_virtual(extract_text):
    # "per Videokonferenz" after a dash is how the meeting told is held, no call of its own
    f = extract_text("Die Regierungschefs der Gruppe sollen im November zusammenkommen – allerdings nur per "
                     "Videokonferenz.", date="2027-10-12")
    assert only_meeting(f)["virtual"]


def test_meetings_the_two_states_of_a_later_clause_are_not_the_two_persons_before(extract_text):
    f = extract_text("Prime Minister Jon Arvik welcomed Chancellor Tom Brand in Oslo on Wednesday, a year after the two "
                     "countries signed a treaty.", lang="en", date="2027-03-12")
    assert all(attendee_names(f, m) != {"Jon Arvik", "Tom Brand"} for m in f["meetings"][1:])


def test_meetings_one_person_acting_after_a_meeting_that_names_no_one_is_at_it(extract_text):
    opening = "Die Landesregierung kommt am Mittwoch zu einer Klausurtagung in Potsdam zusammen. "
    f = extract_text(opening + "Ministerpräsident Jan Holm will mit den Ministern über den Haushalt beraten.",
                     date="2027-01-20")
    assert attendee_names(f, only_meeting(f)) == {"Jan Holm"}
    # two persons meeting are a talk of their own
    f = extract_text(opening + "Ministerpräsident Jan Holm will mit Präsident Ivo Maric sprechen.", date="2027-01-20")
    assert len(f["meetings"]) == 2


def test_meetings_a_state_that_invited_is_no_place_of_the_meeting(extract_text):
    # a state invites from home to a meeting that may be anywhere (here on the sidelines of one abroad)
    f = extract_text("Am Abend nahm Minister Jan Holm an einem Treffen der Außenminister teil, zu dem Kanada eingeladen "
                     "hatte.", date="2027-03-12")
    m = only_meeting(f)
    assert place_names(f, m) == [] and host_names(f, m) == {"Canada"}


def test_meetings_no_officials_of_a_state_present_is_that_states_absence(extract_text):
    f = extract_text("Officials from Norway and Sweden met in Oslo on Tuesday. No Danish officials were present.",
                     lang="en", date="2027-03-12")
    m = only_meeting(f)
    assert absent_names(f, m) == {"Denmark"}
    # officials who say something are a source, no party
    f = extract_text("Officials from Norway and Sweden met in Oslo on Tuesday, Danish officials said.", lang="en",
                     date="2027-03-12")
    m = only_meeting(f)
    assert absent_names(f, m) == set() and "Denmark" not in attendee_names(f, m)


def test_meetings_talks_told_by_who_is_not_at_them_add_no_one_of_the_sentence(extract_text):
    f = extract_text("Officials from Norway and Sweden met in Oslo on Tuesday. President Ivo Maric said Tallinn would not "
                     "accept any outcome from talks it did not take part in.", lang="en", date="2027-03-12")
    assert all("Ivo Maric" not in attendee_names(f, m) for m in f["meetings"])
    # not denied, the talks are the speaker's
    f = extract_text("President Ivo Maric said the talks he took part in on Tuesday had been constructive.", lang="en",
                     date="2027-03-12")
    assert "Ivo Maric" in attendee_names(f, only_meeting(f))


def test_meetings_a_wires_double_hyphen_after_the_dateline_opens_no_programme_item(extract_text):
    # "-- " left over after the dateline read as a bullet made the talks an item of a programme, so to come
    f = extract_text("OSLO (Kyodo) -- Prime Minister Jon Arvik and President Lena Stroud agreed Friday to deepen "
                     "cooperation, during talks in Oslo.", lang="en", date="2027-03-12")
    assert only_meeting(f)["status"] == "past"


@pytest.mark.parametrize("lang,text", [
    ("en", "Prime Minister Jon Arvik flew to Washington on Sunday for a meeting with President Lena Stroud. The two are "
           "set to meet on Monday evening."),
    ("de", "Premier Jon Arvik ist am Sonntag zu Gesprächen mit Präsidentin Lena Stroud nach Washington gereist. Die beiden "
           "wollen sich am Montagabend treffen."),
])
def test_meetings_the_meeting_a_journey_was_for_is_on_its_own_later_day(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-03-08")
    m = only_meeting(f)
    assert m["date"]["value"] == "2027-03-08" and m["status"] == "planned"
    assert attendee_names(f, m) == {"Jon Arvik", "Lena Stroud"} and place_names(f, m) == ["Washington"]
    # others meeting on the later day are another meeting
    f = extract_text(text.replace("The two are", "Arvik and Senator Tom Brand are")
                     .replace("Die beiden wollen", "Arvik und Senator Tom Brand wollen"), lang=lang, date="2027-03-08")
    assert len(f["meetings"]) == 2


@pytest.mark.parametrize("lang,text", [
    ("de", "Präsident Ivo Maric und Präsidentin Lena Stroud haben am Montag telefoniert. Das Gespräch habe eine Stunde "
           "gedauert, sagte Marics Berater Tom Brand."),
    ("en", "President Ivo Maric and President Lena Stroud spoke by phone on Monday. The call lasted an hour, Maric's "
           "adviser Tom Brand told reporters."),
])
def test_meetings_an_adviser_who_reports_a_call_is_not_at_it(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-03-09")
    assert attendee_names(f, only_meeting(f)) == {"Ivo Maric", "Lena Stroud"}


def test_meetings_a_sideline_phrase_after_the_talks_clause_names_the_meeting_they_were_beside(extract_text):
    f = extract_text("Prime Minister Jon Arvik and President Lena Stroud held talks on Wednesday, on the sidelines of the "
                     "regional summit in Bergen.", lang="en", date="2027-03-12")
    summit, talks = f["meetings"]
    assert summit["kind"] == "summit" and attendee_names(f, summit) == {"Jon Arvik", "Lena Stroud"}
    assert talks["date"]["value"] == "2027-03-10" and place_names(f, talks) == ["Bergen"]


def test_meetings_a_meeting_in_another_known_building_is_another_meeting(extract_text):
    f = extract_text("Prime Minister Jon Arvik will travel to Washington next week, where he is due to meet President Lena "
                     "Stroud at the White House on March 12. Arvik will also attend the annual lunch on Capitol Hill hosted by "
                     "Speaker Tom Brand.", lang="en", date="2027-03-05")
    visit, lunch = f["meetings"]
    assert host_names(f, lunch) == {"Tom Brand"} and "Tom Brand" not in attendee_names(f, visit)


def test_meetings_those_linked_in_to_a_meeting_on_the_sidelines_are_not_at_the_conference(extract_text):
    f = extract_text("Präsidentin Ada Lenk hat am Donnerstag in Bergen eine Konferenz zum Wiederaufbau eröffnet. Am Rande "
                     "der Konferenz traf sich die Kontaktgruppe, per Video waren Premier Jon Arvik und Präsidentin Lena "
                     "Stroud zugeschaltet.", date="2027-07-09")
    conference, side = f["meetings"]
    assert attendee_names(f, conference) == {"Ada Lenk"}
    # held on the sidelines, in person, with two linked in
    assert not side["virtual"] and {"Jon Arvik", "Lena Stroud"} <= attendee_names(f, side)


def test_meetings_a_journey_to_a_town_where_one_is_received_in_a_building_there_is_that_reception(extract_text):
    f = extract_text("Am Mittwochabend reiste Präsident Ivo Maric weiter nach Paris, wo ihn Präsidentin Lena Stroud am "
                     "Donnerstag im Élysée-Palast empfangen will.", date="2027-10-13")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Ivo Maric", "Lena Stroud"} and host_names(f, m) == {"Lena Stroud"}
    assert m["status"] == "planned" and m["date"]["value"] == "2027-10-14"


@pytest.mark.parametrize("lang,text", [
    ("de", "Präsident Ivo Maric hat am Montag gemeinsam mit Präsidentin Lena Stroud an die Opfer des Krieges erinnert. An "
           "der Gedenkfeier in Bergen nahmen auch Überlebende teil."),
    ("en", "President Ivo Maric and President Lena Stroud on Monday remembered the victims of the war. Survivors also "
           "attended the ceremony in Bergen."),
])
def test_meetings_an_event_attended_also_by_others_has_the_persons_of_the_act_told_before(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-09-02")
    assert attendee_names(f, only_meeting(f)) == {"Ivo Maric", "Lena Stroud"}
    # after a meeting told, the ceremony elsewhere is no act of its persons
    f = extract_text(text.replace("an die Opfer des Krieges erinnert", "in Oslo getroffen").replace(
        "remembered the victims of the war", "met in Oslo"), lang=lang, date="2027-09-02")
    assert attendee_names(f, f["meetings"][-1]) == set()


def test_meetings_an_indefinite_apposition_with_a_relative_clause_names_the_meeting_told_again(extract_text):
    # the summit its clause tells is another meeting, with the places of the clause
    f = extract_text("President Jan Nowak hosted Chancellor Karl Brenner in Riga on Monday, a meeting that came days "
                     "after Nowak's summit with President Ada Lenk in Oslo.", lang="en", date="2026-03-18")
    hosted, summit = f["meetings"]
    assert place_names(f, hosted) == ["Riga"] and summit["kind"] == "summit" and place_names(f, summit) == ["Oslo"]
    assert attendee_names(f, summit) == {"Jan Nowak", "Ada Lenk"}
    # nor does the day of the clause date the meeting named again
    f = extract_text("President Jan Nowak hosted Chancellor Karl Brenner in Riga, a meeting that came after Nowak's summit "
                     "with President Ada Lenk in Oslo on Monday.", lang="en", date="2026-03-18")
    assert f["meetings"][0]["date"] is None


def test_meetings_list_each_attendee_once(extract_text):
    f = extract_text("Präsident Jan Nowak hat am Montag Kanzler Karl Brenner in Riga empfangen, ein Treffen, das wenige "
                     "Tage nach dem Gipfel von Nowak mit Präsidentin Ada Lenk in Oslo stattfand.", date="2026-03-18")
    for m in f["meetings"]:
        keys = [a["actor"] for a in m["attendees"]]
        assert len(keys) == len(set(keys)), keys


def test_meetings_there_being_a_meeting_names_no_host(extract_text):
    # "es gibt ein Treffen" says there is one; the source before it gives nothing
    f = extract_text("Kanzler Jan Holm hat am Mittwoch Präsidentin Lena Stroud in Berlin empfangen. Nach Angaben Holms "
                     "soll es im Frühjahr ein weiteres Treffen geben.", date="2027-10-15")
    assert host_names(f, f["meetings"][-1]) == set()
    # one who gives a dinner hosts it
    f = extract_text("Am Abend gab Kanzler Jan Holm ein Abendessen für Präsidentin Lena Stroud.", date="2027-10-15")
    assert host_names(f, only_meeting(f)) == {"Jan Holm"}


def test_meetings_joined_past_an_apposition_for_a_new_meal_is_that_meal(extract_text):
    f = extract_text("Prime Minister Jon Arvik met President Lena Stroud in Oslo on Tuesday. Arvik was joined by his "
                     "foreign minister, Ada Lenk, for a working lunch afterwards.", lang="en", date="2027-05-12")
    talks, lunch = f["meetings"]
    assert "Ada Lenk" not in attendee_names(f, talks) and {"Jon Arvik", "Ada Lenk"} <= attendee_names(f, lunch)


def test_meetings_talks_to_be_continued_are_no_part_of_the_visit_under_way(extract_text):
    f = extract_text("President Lena Stroud is in Japan this week on a three-day visit. She met Prime Minister Kenji Sato "
                     "in Tokyo on Wednesday, and the two will continue their talks in Osaka on Thursday.", lang="en",
                     date="2027-05-12")
    talks = f["meetings"][-1]
    assert talks["status"] == "planned" and talks["date"]["value"] == "2027-05-13" and place_names(f, talks) == ["Osaka"]


def test_meetings_one_who_spoke_in_front_of_those_gathered_was_at_the_meeting(extract_text):
    f = extract_text("Ein kleiner Parteitag hat am Montag in Kassel dem Vertrag zugestimmt. Parteichef Jan Holm warb vor "
                     "den rund 150 Delegierten für das Bündnis.", date="2027-04-28")
    assert attendee_names(f, only_meeting(f)) == {"Jan Holm"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Landesregierung hat am Donnerstag in Kiel einen Empfang für die Wirtschaft gegeben. Als Gast sprach auch "
           "Minister Jan Holm."),
    ("en", "The regional government held a reception for business leaders in Kiel on Thursday. Minister Jan Holm also "
           "spoke as a guest."),
])
def test_meetings_one_who_spoke_as_a_guest_was_at_the_meeting_told(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-07-09")
    assert "Jan Holm" in attendee_names(f, only_meeting(f))


def test_meetings_a_guest_at_something_new_is_not_at_the_meeting_told(extract_text):
    f = extract_text("Die Landesregierung hat am Donnerstag in Kiel einen Empfang für die Wirtschaft gegeben. Am Abend nahm "
                     "Minister Jan Holm als Gast an einer Podiumsdiskussion teil.", date="2027-07-09")
    assert "Jan Holm" not in attendee_names(f, only_meeting(f))


def test_meetings_one_who_gave_a_speech_was_at_the_gathering_told(extract_text):
    f = extract_text("Die Partei ist am Samstag in Hannover zu einem Parteitag zusammengekommen. Parteichef Jan Holm warb in "
                     "seiner Rede für die Reformpläne.", date="2027-06-28")
    assert attendee_names(f, only_meeting(f)) == {"Jan Holm"}
    # not at a talk of two on the sidelines told last
    f = extract_text("Präsident Ivo Maric ist am Rande der Konferenz mit Premier Tom Brand zusammengekommen. Kanzler Jan "
                     "Holm hat in seiner Rede mehr Verantwortung angemahnt.", date="2027-02-14")
    assert all("Jan Holm" not in attendee_names(f, m) for m in f["meetings"] if m["kind"] != "konferenz")
    # nor with a day of its own
    f = extract_text("Die Partei ist am Samstag in Hannover zu einem Parteitag zusammengekommen. Parteichef Jan Holm hatte "
                     "bereits am Donnerstag in seiner Rede für die Reformpläne geworben.", date="2027-06-28")
    assert "Jan Holm" not in attendee_names(f, f["meetings"][0])
    # nor one given before another assembly
    f = extract_text("Die Partei ist am Samstag in Hannover zu einem Parteitag zusammengekommen. Parteichef Jan Holm warb "
                     "in seiner Rede vor dem Landtag für die Reformpläne.", date="2027-06-28")
    assert "Jan Holm" not in attendee_names(f, f["meetings"][0])


@pytest.mark.parametrize("text, lang", [
    ("Die Sicherheitskonferenz beginnt am Freitag in München. Kanzler Jan Holm wird am Samstag eine Rede halten.", "de"),
    ("The security conference opens in Munich on Friday. Chancellor Jan Holm will give a speech on Saturday.", "en"),
])
def test_meetings_one_to_give_a_speech_is_at_the_gathering_told(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-02-13")
    assert attendee_names(f, only_meeting(f)) == {"Jan Holm"}


@pytest.mark.parametrize("text, lang", [
    ("Die Außenminister trafen sich am Montag in Brüssel. Am Dienstag hielt Minister Jan Holm eine Rede vor Studenten.", "de"),
    ("Die Außenminister trafen sich am Montag in Brüssel. Minister Jan Holm hatte im vergangenen Jahr eine vielbeachtete "
     "Rede gehalten.", "de"),
    ("Die Außenminister trafen sich am Montag in Brüssel. Kanzler Jan Holm hielt am Dienstag eine Rede in Hamburg.", "de"),
    ("The leaders met in Brussels on Monday. Chancellor Jan Holm had given a speech in the spring.", "en"),
])
def test_meetings_a_speech_before_an_audience_or_place_of_its_own_or_before_the_story_is_elsewhere(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-02-13")
    assert "Jan Holm" not in attendee_names(f, f["meetings"][0])


def test_meetings_the_summit_is_the_meeting_of_many_not_a_talk_of_two_told_since(extract_text):
    f = extract_text("Prime Minister Jon Arvik has hosted more than a dozen European leaders at Lancaster House in London, a "
                     "day after welcoming President Ivo Maric to Downing Street. Mr Maric also attended Sunday's summit.",
                     lang="en", date="2027-03-07")
    summit, welcome = f["meetings"]
    assert summit["date"]["value"] == "2027-03-07" and "Ivo Maric" in attendee_names(f, summit)
    assert welcome["date"]["value"] == "2027-03-06"


def test_meetings_a_journey_for_talks_is_to_the_talks_told_next_in_its_country(extract_text):
    f = extract_text("Ministerpräsident Jan Holm reist am Donnerstag zu politischen Gesprächen nach Polen. In Warschau "
                     "trifft er Marschall Adam Nowak.", date="2027-09-30")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Holm", "Adam Nowak"} and "Warsaw" in place_names(f, m)
    # a journey to two towns is not the talks in one of them
    f = extract_text("Ministerpräsident Jan Holm reist am Donnerstag zu politischen Gesprächen nach Warschau und Vilnius. "
                     "In Warschau trifft er Marschall Adam Nowak.", date="2027-09-30")
    assert len(f["meetings"]) == 2


@pytest.mark.parametrize("raising", ["is slated to", "was expected to", "was scheduled to"])
def test_meetings_the_subject_of_an_infinitive_of_hosting_after_a_passive_form_hosts(extract_text, raising):
    f = extract_text(f"President Lena Stroud {raising} host Prime Minister Jon Arvik in Oslo on April 23.", lang="en",
                     date="2027-04-16")
    assert host_names(f, only_meeting(f)) == {"Lena Stroud"}


def test_meetings_those_who_agree_on_a_meeting_to_come_were_at_the_meeting_just_told(extract_text):
    f = extract_text("Die Regierungschefs der beiden Länder sind am Donnerstag in Ulm zusammengekommen. Ministerpräsident "
                     "Jan Holm und sein Amtskollege Tom Brand verabredeten eine gemeinsame Kabinettssitzung im Herbst.",
                     date="2027-04-16")
    held, planned = f["meetings"]
    assert {"Jan Holm", "Tom Brand"} <= attendee_names(f, held) and planned["status"] == "planned"


def test_meetings_the_talks_done_are_not_the_ones_agreed_to_hold_again(extract_text):
    f = extract_text("Delegations from Norway and Sweden met in Geneva on Thursday. Both sides agreed to meet again in May. "
                     "A Swiss mediator, Paul Kern, chaired the talks.", lang="en", date="2027-04-16")
    held, again = f["meetings"]
    assert host_names(f, held) == {"Paul Kern"} and "Paul Kern" not in attendee_names(f, again)


@pytest.mark.parametrize("lang,text", [
    ("en", "Chancellor Jan Holm arrived in Dublin on Tuesday and was welcomed by President Ada Lenk. Lenk will host a state "
           "banquet in his honour in the evening."),
    ("de", "Kanzler Jan Holm ist am Dienstag in Dublin von Präsidentin Ada Lenk empfangen worden. Am Abend gibt Lenk ein "
           "Staatsbankett zu seinen Ehren."),
])
def test_meetings_a_meal_in_the_honour_of_one_named_before_has_them_as_guest(extract_text, lang, text):
    f = extract_text(text, lang=lang, date="2027-06-01")
    banquet = f["meetings"][-1]
    assert attendee_names(f, banquet) == {"Ada Lenk", "Jan Holm"} and host_names(f, banquet) == {"Ada Lenk"}


def test_meetings_a_guest_told_in_the_present_is_at_the_meeting_to_come(extract_text):
    f = extract_text("Die Außenminister der Gruppe kommen am Montag in Luxemburg zusammen. Zu Gast ist auch Außenminister "
                     "Jan Holm.", date="2027-06-04")
    m = only_meeting(f)
    assert m["status"] == "planned" and "Jan Holm" in attendee_names(f, m)
    # a guest told in the past after a meeting to come is no guest of it
    f = extract_text("Die Außenminister der Gruppe kommen am Montag in Luxemburg zusammen. Zu Gast war zuletzt "
                     "Außenminister Jan Holm.", date="2027-06-04")
    assert "Jan Holm" not in attendee_names(f, f["meetings"][0])


@pytest.mark.parametrize("text, lang", [
    ("Die Nato-Staaten haben sich auf ihrem Gipfel in Den Haag auf ein neues Ausgabenziel geeinigt.", "de"),
    ("NATO allies agreed on a new spending target at their summit in The Hague.", "en"),
])
def test_meetings_the_body_whose_meeting_a_possessive_names_takes_part(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    assert attendee_names(f, only_meeting(f)) == {"NATO"}


def test_meetings_the_white_house_after_das_or_ins_is_the_venue(extract_text):
    f = extract_text("Präsident Ivo Marić reiste am Montag zu seinem Treffen mit Präsident Tom Oakes ins Weiße Haus.")
    assert place_names(f, only_meeting(f)) == ["White House"]


def test_meetings_one_at_the_beratungen_on_a_later_day_of_a_conference_is_at_it(extract_text):
    f = extract_text("Die Innenminister sind am Mittwoch zu ihrer zweitägigen Herbstkonferenz in Bremerhaven "
                     "zusammengekommen. Minister Jan Obel nahm am Donnerstag an den Beratungen teil.")
    m = only_meeting(f)
    assert "Jan Obel" in attendee_names(f, m) and m["date"]["value"] == "2025-04-09"


@pytest.mark.parametrize("text, lang", [
    ("Die Minister Jan Obel und Lars Grube berieten am Montag über die Absicherung eines möglichen Waffenstillstands in der Ukraine.", "de"),
    ("Ministers Jan Obel and Lars Grube met on Monday to discuss a lasting peace in Ukraine.", "en"),
])
def test_meetings_a_truce_or_peace_in_a_state_is_a_topic_not_the_place(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    assert place_names(f, only_meeting(f)) == []


def test_meetings_a_partner_verb_after_an_article_is_a_noun_not_a_present_tense(extract_text):
    f = extract_text("In Lisbon on Saturday, Jan Obel and Lars Grube met for a brief talk.", lang="en", date="2025-04-26")
    assert only_meeting(f)["status"] == "past"


def test_meetings_a_span_after_a_meeting_named_by_its_building_dates_it_before(extract_text):
    f = extract_text("Tom Oakes hosted European leaders in London on Sunday, two days after a heated Oval Office meeting "
                     "between Jan Obel and Lars Grube.", lang="en", date="2025-03-02")
    talk = next(m for m in f["meetings"] if attendee_names(f, m) == {"Jan Obel", "Lars Grube"})
    assert talk["date"]["value"] == "2025-02-28" and talk["status"] == "past"
    assert place_names(f, talk) == ["Oval Office"]


@pytest.mark.parametrize("text, lang", [
    ("Tom Oakes hosted European leaders in London on Sunday, two days after a meeting between President Jan Obel and "
     "Estonian President Lars Grube.", "en"),
    ("Zwei Tage nach einem Treffen zwischen Jan Obel und dem estnischen Präsidenten Lars Grube empfing Tom Oakes am "
     "Sonntag Regierungschefs in London.", "de"),
])
def test_meetings_parties_with_a_state_before_the_role_make_a_span_meeting_told(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-03-02")
    talk = next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))
    assert talk["date"]["value"] == "2025-02-28" and talk["status"] == "past"


def test_meetings_a_lead_with_its_own_day_and_place_beside_a_span_is_the_headline_meeting(extract_text):
    f = extract_text("London summit\nLONDON -- Tom Oakes hosted European leaders at Lancaster House on Sunday, two days "
                     "after a meeting between Jan Obel and Lars Grube. Prime Minister Eva Lind also attended the summit.",
                     lang="en", date="2025-03-02")
    summit = next(m for m in f["meetings"] if "Tom Oakes" in attendee_names(f, m))
    assert "Eva Lind" in attendee_names(f, summit) and summit["date"]["value"] == "2025-03-02"
    talk = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert place_names(f, talk) == []  # not the dateline's town: held two days before, elsewhere


@pytest.mark.parametrize("text", [
    "Leaders met in Paris on Thursday. Jan Obel, who co-chaired the meeting with Prime Minister Lars Grube, said it went well.",
    "Leaders met in Paris on Thursday. Jan Obel co-hosted the meeting with Prime Minister Lars Grube.",
])
def test_meetings_the_partner_of_co_chairing_chairs_too(extract_text, text):
    f = extract_text(text, lang="en")
    assert host_names(f, only_meeting(f)) == {"Jan Obel", "Lars Grube"}


@pytest.mark.parametrize("text, lang", [
    ("NATO foreign ministers gathered in Antalya on Thursday. Minister Tom Oakes arrived late after a stop in Washington.", "en"),
    ("Die Nato-Außenminister kamen am Donnerstag in Antalya zusammen. Minister Tom Oakes traf nach einem Zwischenstopp in "
     "Washington verspätet ein.", "de"),
])
def test_meetings_one_arriving_after_a_stop_elsewhere_arrived_at_the_meeting_told(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    m = only_meeting(f)
    assert "Tom Oakes" in attendee_names(f, m) and place_names(f, m) == ["Antalya"]


def test_meetings_one_named_by_the_first_word_of_the_seats_office_hosts_there():
    f = extract_with_persons([("Tom Oakes", "US", "Secretary of State")],
                             "Secretary Oakes met Foreign Minister Jan Obel today at the State Department.", lang="en")
    assert host_names(f, only_meeting(f)) == {"Tom Oakes"}


@pytest.mark.parametrize("text, lang", [
    ("Die EU-Außenminister kamen am Montag in Luxemburg zusammen. Für Deutschland nahm Staatsminister Jan Obel teil, "
     "da Außenminister Lars Grube in Nahost unterwegs war.", "de"),
    ("EU foreign ministers met in Luxembourg on Monday. Germany was represented by Jan Obel, as Foreign Minister Lars "
     "Grube was travelling in the Middle East.", "en"),
])
def test_meetings_one_away_on_a_journey_to_an_unknown_place_is_absent(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    m = only_meeting(f)
    assert absent_names(f, m) == {"Lars Grube"} and "Lars Grube" not in attendee_names(f, m)


def test_meetings_a_partner_after_a_hyphenated_role_is_not_the_pronoun_after_the_verb(extract_text):
    f = extract_text("Parlamentspräsidentin Eva Lind hat in Warschau an den Aufstand erinnert. Gemeinsam mit dem "
                     "Sejm-Marschall Kazimir Nowak legte sie am Denkmal einen Kranz nieder.")
    assert attendee_names(f, only_meeting(f)) == {"Eva Lind", "Kazimir Nowak"}


def test_meetings_a_headline_noun_is_the_virtual_meeting_told_per_that_noun(extract_text):
    f = extract_text("Videokonferenz\nDie Regierungschefs der G7 haben sich am Mittwoch per Videokonferenz abgestimmt. "
                     "Zugeschaltet war auch Präsident Jan Obel.")
    m = only_meeting(f)
    assert "Jan Obel" in attendee_names(f, m) and m["virtual"] is True and m["date"]["value"] == "2025-04-09"


def test_meetings_a_dated_guest_right_after_an_undated_meeting_is_at_it_and_dates_it(extract_text):
    f = extract_text("Die Landesregierung hat bei ihrer Klausur in Meseberg über die Wirtschaftslage beraten. Zu Gast war "
                     "am Dienstag auch die Bankchefin Eva Lind.")
    m = only_meeting(f)
    assert "Eva Lind" in attendee_names(f, m) and m["date"]["value"] == "2025-04-08"


def test_meetings_the_host_of_a_dinner_that_only_dates_the_meeting_is_not_at_it(extract_text):
    f = extract_text("Tom Oakes will meet Prime Minister Jan Obel on Tuesday evening before a dinner hosted by King Lars.",
                     lang="en", date="2025-06-24")
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Tom Oakes", "Jan Obel"} and host_names(f, m) == set()


def test_meetings_a_dated_flashback_is_not_the_meeting_that_begins_now(extract_text):
    f = extract_text("In Belém hat die Weltklimakonferenz begonnen. Für Deutschland ist Minister Jan Obel vor Ort. Kanzler "
                     "Lars Grube hatte bereits vergangene Woche am Gipfel der Staats- und Regierungschefs teilgenommen.")
    conference = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert "Lars Grube" not in attendee_names(f, conference) and conference["date"] is None


@pytest.mark.parametrize("text, lang", [
    ("President Tom Oakes met with visiting Prime Minister Jan Obel in Beijing on Friday. Premier Lars Grube also held "
     "talks with Obel on the same day.", "en"),
    ("Präsident Tom Oakes empfing am Freitag in Peking den Regierungschef Jan Obel. Am selben Tag führte auch Premier "
     "Lars Grube Gespräche mit Obel.", "de"),
])
def test_meetings_someone_new_also_talking_with_the_guest_holds_a_talk_of_their_own(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    assert sorted(sorted(attendee_names(f, m)) for m in f["meetings"]) == [["Jan Obel", "Lars Grube"], ["Jan Obel", "Tom Oakes"]]


@pytest.mark.parametrize("text, lang", [
    ("Präsident Tom Oakes empfing am Freitag in Peking den Regierungschef Jan Obel. An dem Gespräch mit Obel nahm auch "
     "Premier Lars Grube teil.", "de"),
    ("President Tom Oakes met Prime Minister Jan Obel in Beijing on Friday. Premier Lars Grube also joined the talks "
     "with Obel.", "en"),
])
def test_meetings_someone_new_also_taking_part_is_at_the_meeting_told(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    assert attendee_names(f, only_meeting(f)) == {"Tom Oakes", "Jan Obel", "Lars Grube"}


def test_meetings_the_speaker_of_a_quote_after_a_fronted_gerund_met_its_partner(extract_text):
    f = extract_text('After meeting Prime Minister Lars Grube in Berlin, Chancellor Jan Obel said: "We stand with Ukraine."',
                     lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Lars Grube", "Jan Obel"}


def test_meetings_a_spokeswoman_saying_the_two_agreed_to_meet_again_is_not_at_it(extract_text):
    f = extract_text("Kanzler Jan Obel hat am Montag Premier Lars Grube in Berlin empfangen. Regierungssprecherin Eva Lind "
                     "sagte am Abend, beide hätten vereinbart, sich bald wieder zu treffen.")
    assert all("Eva Lind" not in attendee_names(f, m) for m in f["meetings"])


def test_meetings_wird_empfangen_with_no_one_received_is_the_passive(extract_text):
    f = extract_text("Kanzler Jan Obel ist in Washington eingetroffen. Am Donnerstag wird er im Kapitol empfangen.")
    assert all("Jan Obel" not in host_names(f, m) for m in f["meetings"])
    f = extract_text("Ende April kommt Premier Jan Obel nach Berlin. Dann wird ihn auch Kanzlerin Eva Lind empfangen.")
    assert any(host_names(f, m) == {"Eva Lind"} for m in f["meetings"])


@pytest.mark.parametrize("text, lang", [
    ("Premier Lars Grube ist am Montag nach Kiew gereist. Er nahm an einem Gipfeltreffen mit Präsident Jan Obel teil, an "
     "dem weitere Regierungschefs per Video teilnahmen.", "de"),
    ("Prime Minister Lars Grube traveled to Kyiv on Monday. He attended a summit with President Jan Obel, at which other "
     "leaders took part by video.", "en"),
])
def test_meetings_others_linking_in_to_a_meeting_leave_it_held_in_person(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    summit = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert summit["virtual"] is False and place_names(f, summit) == ["Kyiv"]


def test_meetings_sie_after_a_sentence_opened_by_a_group_is_that_group(extract_text):
    f = extract_text("Die Außenminister sind am Montag nach Kiew gereist. Sie nahmen an einem Treffen mit Präsident Jan "
                     "Obel teil.")
    talk = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert attendee_names(f, talk) == {"Jan Obel", "Die Außenminister"}


def test_meetings_the_rotes_rathaus_in_the_dative_is_the_known_building_in_berlin(extract_text):
    f = extract_text("Der Regierende Bürgermeister Jan Obel hat am Mittwoch den Bürgermeister Lars Grube im Roten Rathaus empfangen.")
    m = only_meeting(f)
    assert place_names(f, m) == ["Rotes Rathaus"]
    chain = {p["key"]: p["within"] for p in f["places"]}
    assert chain["venue:rotes-rathaus"] == "city:2950159"


def test_meetings_a_spokeswoman_named_after_according_to_is_the_source_not_at_the_meeting(extract_text):
    f = extract_text("Chancellor Jan Obel hosted President Lars Grube in Berlin on Wednesday. According to spokeswoman Eva "
                     "Lind, the talks lasted two hours.", lang="en")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "Lars Grube"}


def test_meetings_a_meeting_that_only_dates_a_noun_lends_it_no_place(extract_text):
    f = extract_text("Vor dem Treffen von Jan Obel und Lars Grube in Alaska haben sich europäische Regierungschefs am "
                     "Mittwoch in einer Videoschalte mit Präsident Jan Obel abgestimmt.")
    call = next(m for m in f["meetings"] if m["virtual"])
    assert place_names(f, call) == []


@pytest.mark.parametrize("text, lang, place", [
    ("Foreign Minister Jan Obel held talks with Lars Grube, Minister of Trade of India, who is visiting Japan.", "en", "Japan"),
    ("Foreign Minister Jan Obel met his Indian counterpart Lars Grube, who is on a visit to Paris.", "en", "Paris"),
    ("Außenminister Jan Obel traf am Mittwoch seinen indischen Amtskollegen Lars Grube, der sich zu einem Besuch in "
     "Berlin aufhält.", "de", "Berlin"),
    ("Außenminister Jan Obel hat am Mittwoch den indischen Außenminister Lars Grube getroffen, der zu Besuch in Paris ist.",
     "de", "Paris"),
])
def test_meetings_a_partner_on_a_visit_under_way_meets_on_that_visit_where_it_is(extract_text, text, lang, place):
    f = extract_text(text, lang=lang)
    m = only_meeting(f)
    assert attendee_names(f, m) == {"Jan Obel", "Lars Grube"}
    assert place_names(f, m) == [place]


@pytest.mark.parametrize("text, lang", [
    ("Außenminister Jan Obel hat den indischen Außenminister Lars Grube getroffen, der im Mai zu Besuch in Paris war.", "de"),
    ("Foreign Minister Jan Obel met his Indian counterpart Lars Grube, who was on a visit to Paris in May.", "en"),
    ("Außenminister Jan Obel traf am Mittwoch seinen Amtskollegen Lars Grube, der Paris besuchen will.", "de"),
    ("Foreign Minister Jan Obel met his Indian counterpart Lars Grube, who is due to visit Paris.", "en"),
])
def test_meetings_a_partners_visit_of_another_time_is_its_own(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    talk = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert place_names(f, talk) == []


@pytest.mark.parametrize("text", [
    "Eine Delegation des Auswärtigen Ausschusses ist am Dienstag zu Gesprächen nach Kiew gereist. Die Abgeordneten trafen "
    "dort Parlamentspräsident Jan Obel.",
    "Der Vorsitzende des Auswärtigen Ausschusses, Lars Grube, ist am Dienstag nach Kiew gereist. Er traf dort "
    "Parlamentspräsident Jan Obel.",
])
def test_meetings_a_committee_in_the_genitive_of_its_members_is_the_body_not_a_session(extract_text, text):
    f = extract_text(text)
    m = only_meeting(f)
    assert m["kind"] != "ausschuss" and "Jan Obel" in attendee_names(f, m) and place_names(f, m) == ["Kyiv"]


@pytest.mark.parametrize("text, lang", [
    ("Premier Jan Obel und Präsident Lars Grube trafen sich am Samstag und berieten eine Friedenstruppe in der Ukraine.", "de"),
    ("Prime Minister Jan Obel met President Lars Grube on Saturday to discuss a peacekeeping force in Ukraine.", "en"),
])
def test_meetings_a_force_in_a_state_is_a_topics_place_not_the_meetings(extract_text, text, lang):
    f = extract_text(text, lang=lang)
    assert place_names(f, only_meeting(f)) == []


@pytest.mark.parametrize("text", [
    "Premier Jan Obel leitet am Samstag eine Videokonferenz mit Staats- und Regierungschefs.",
    "Am Samstag veranstaltet Premier Jan Obel ein Gipfeltreffen mit Präsident Lars Grube.",
])
def test_meetings_leading_a_meeting_in_the_present_on_a_day_to_come_is_planned(extract_text, text):
    m = only_meeting(extract_text(text, date="2025-03-14"))  # a Friday
    assert m["status"] == "planned" and m["date"]["value"] == "2025-03-15"


def test_meetings_whom_one_expected_is_to_act_on_is_not_at_the_meeting(extract_text):
    f = extract_text("Prime Minister Jan Obel will host a video call with leaders on Saturday. He is expected to urge the "
                     "leaders to put pressure on President Lars Grube. Chancellor Eva Lind is also expected.", lang="en",
                     date="2025-03-14")
    assert attendee_names(f, only_meeting(f)) == {"Jan Obel", "leaders", "Eva Lind"}


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Jan Obel hat heute mit Präsident Lars Grube telefoniert. Der Kanzler unterrichtete den Präsidenten über die "
     "Ergebnisse der Videokonferenz vom Vormittag, an der auch Premier Eva Lind teilgenommen hatte.", "de"),
    ("Kanzler Jan Obel hat heute mit Präsident Lars Grube telefoniert. Er unterrichtete ihn über die Videokonferenz vom "
     "Vormittag, an der neben Premier Eva Lind auch die Regierungschefs Frankreichs, Polens und Italiens teilgenommen "
     "hatten.", "de"),
    ("Chancellor Jan Obel spoke with President Lars Grube by phone today. He briefed him on the results of the video "
     "conference earlier in the day, in which Prime Minister Eva Lind had also taken part.", "en"),
])
def test_meetings_who_took_part_in_a_meeting_talked_about_is_not_at_the_talk(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-08-12")
    call = next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))
    assert attendee_names(f, call) == {"Jan Obel", "Lars Grube"}


@pytest.mark.parametrize("text, subject", [
    ("Außenminister Jan Obel will am Montag in Peking Außenministerin Eva Lind treffen, anschließend ist ein Gespräch mit "
     "Vizepräsident Lars Grube geplant.", "Jan Obel"),
    ("In Peking will Außenministerin Eva Lind am Montag ihren Amtskollegen Jan Obel treffen, anschließend ist ein Gespräch "
     "mit Vizepräsident Lars Grube geplant.", "Eva Lind"),
])
def test_meetings_a_talk_planned_next_after_a_comma_is_the_subjects_before(extract_text, text, subject):
    f = extract_text(text, date="2025-12-05")
    talk = next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))
    assert attendee_names(f, talk) == {subject, "Lars Grube"}


@pytest.mark.parametrize("text, lang", [
    ("President Jan Obel received his counterpart Lars Grube on Wednesday, a day before a summit of European leaders in "
     "Brussels.", "en"),
    ("Präsident Jan Obel empfing am Mittwoch seinen Amtskollegen Lars Grube, einen Tag vor einem Gipfel der europäischen "
     "Staats- und Regierungschefs in Brüssel.", "de"),
])
def test_meetings_those_of_a_meeting_that_only_dates_another_are_not_at_it(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-10-22")
    reception = next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))
    assert attendee_names(f, reception) == {"Jan Obel", "Lars Grube"}


@pytest.mark.parametrize("text, lang, attendees", [
    ("Prime Minister Jan Obel met President Lars Grube in London on Saturday, a day after his heated exchange with "
     "President Eva Lind in the Oval Office.", "en", {"Jan Obel", "Lars Grube"}),
    ("Premier Jan Obel traf am Samstag in London Präsident Lars Grube, einen Tag nach dessen heftigem Streit mit "
     "Präsidentin Eva Lind im Oval Office.", "de", {"Jan Obel", "Lars Grube"}),
    # (no span of time: the row may have been at the meeting told)
    ("After a long row with Prime Minister Eva Lind, leaders Jan Obel and Lars Grube agreed on a statement at the summit "
     "in Brussels.", "en", {"Eva Lind", "Jan Obel", "Lars Grube"}),
])
def test_meetings_the_partner_of_an_event_a_span_before_is_not_at_the_meeting(extract_text, text, lang, attendees):
    f = extract_text(text, lang=lang, date="2025-03-01")
    assert attendee_names(f, only_meeting(f)) == attendees


def test_meetings_one_who_stayed_away_then_met_after_a_comma_and_aber_met_on_their_own(extract_text):
    f = extract_text("Am Freitag fand in Moskau eine Parade statt. Premier Jan Obel nahm an der Parade nicht teil, traf "
                     "aber Präsident Lars Grube.", date="2025-05-09")
    parade = next(m for m in f["meetings"] if m["kind"] == "parade")
    talk = next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))
    assert absent_names(f, parade) == {"Jan Obel"} and "Lars Grube" not in attendee_names(f, parade)
    assert attendee_names(f, talk) == {"Jan Obel", "Lars Grube"}


def test_meetings_a_wreath_laid_after_a_comma_and_aber_is_the_subjects_before(extract_text):
    f = extract_text("Premier Jan Obel nahm an der Parade nicht teil, legte aber am Grabmal einen Kranz nieder.",
                     date="2025-05-09")
    wreath = next(m for m in f["meetings"] if "kranz" in m["kind"])
    assert attendee_names(f, wreath) == {"Jan Obel"}


def test_meetings_two_who_first_met_alone_held_a_part_of_their_own(extract_text):
    f = extract_text("President Jan Obel hosted Prime Minister Eva Lind and President Lars Grube for talks in Washington on "
                     "Monday. Obel first met Grube alone in the Oval Office.", lang="en", date="2025-08-18")
    assert sorted(len(attendee_names(f, m)) for m in f["meetings"]) == [2, 3]


def test_meetings_an_invitation_for_next_week_is_a_plan_for_that_week(extract_text):
    f = extract_text("Kanzler Jan Obel hat Premier Lars Grube für kommende Woche zu einem Abendessen ins Kanzleramt "
                     "eingeladen.", date="2025-10-14")
    assert only_meeting(f)["status"] == "planned"


@pytest.mark.parametrize("text, lang", [
    ("President Jan Obel received President Lars Grube at Bellevue Palace on Tuesday. Guests at the subsequent state "
     "banquet included Prime Minister Eva Lind.", "en"),
    ("Präsident Jan Obel hat am Dienstag Präsident Lars Grube im Schloss Bellevue empfangen. Zu den Gästen des "
     "anschließenden Staatsbanketts zählte auch Kanzlerin Eva Lind.", "de"),
])
def test_meetings_a_meeting_noun_told_as_the_subsequent_one_is_its_own(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-10-14")
    assert len(f["meetings"]) == 2
    reception = next(m for m in f["meetings"] if "Jan Obel" in attendee_names(f, m))
    assert "Eva Lind" not in attendee_names(f, reception)


def test_meetings_a_building_by_its_bare_noun_is_the_one_named_in_full(extract_text):
    f = extract_text("Empfang im Schloss\nPräsident Jan Obel hat am Dienstag Präsident Lars Grube im Schloss Bellevue "
                     "empfangen.", date="2025-10-14")
    assert place_names(f, only_meeting(f)) == ["Bellevue Palace"]


def test_meetings_a_headline_noun_is_the_meeting_a_datelined_lead_tells_to_come(extract_text):
    f = extract_text("Sondergipfel\nBrüssel: Die Staats- und Regierungschefs der EU beraten heute auf einem Sondergipfel "
                     "über die Verteidigung. Präsident Jan Obel wird zu Beginn des Treffens erwartet.", date="2025-03-06")
    m = only_meeting(f)
    assert m["status"] == "planned" and "Jan Obel" in attendee_names(f, m)


def test_meetings_office_holders_agreeing_on_a_thing_with_an_article_met(extract_text):
    f = extract_text("Die EU-Außenminister haben sich am Montag in Brüssel auf eine Verlängerung der Sanktionen geeinigt.",
                     date="2025-01-28")
    m = only_meeting(f)
    assert place_names(f, m) == ["Brussels"] and m["date"]["value"] == "2025-01-27"


@pytest.mark.parametrize("text, lang, place", [
    ("Präsident Jan Obel ist am Mittwoch mit Präsident Lars Grube zusammengetroffen. Obel hielt sich zu einem "
     "zweitägigen Besuch in Berlin auf.", "de", ["Berlin"]),
    ("Foreign Minister Jan Obel met President Lars Grube on Wednesday. Obel is on a two-day visit to Berlin.", "en",
     ["Berlin"]),
    # (a journey after it goes to the next stop: the meeting was not there)
    ("Außenminister Jan Obel traf am Mittwoch Präsident Lars Grube. Danach flog Obel zu einem Besuch nach Paris.", "de", []),
    ("Foreign Minister Jan Obel met President Lars Grube on Wednesday. Obel then flew to Paris for a visit.", "en", []),
])
def test_meetings_a_meeting_with_no_place_is_where_the_visit_told_next_is(extract_text, text, lang, place):
    f = extract_text(text, lang=lang, date="2025-06-12")
    talk = next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))
    assert place_names(f, talk) == place


@pytest.mark.parametrize("text, lang", [
    ('European Union leaders met in Brussels on Thursday for a summit. Prime Minister Jan Obel again refused to back a '
     'joint statement. "We cannot accept this text," he told reporters on arrival.', "en"),
    ("Am Donnerstagabend hat Ratspräsident Lars Grube die Kommissionspräsidentin Eva Lind in Brüssel zum Abendessen "
     "empfangen. „Eine Waffenruhe ist kein Selbstzweck“, sagte Generalsekretär Jan Obel bei seiner Ankunft.", "de"),
])
def test_meetings_one_who_spoke_on_arrival_is_at_the_meeting_told(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-03-20")
    assert "Jan Obel" in attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("text, lang", [
    ("Präsident Jan Obel, Kanzler Lars Grube und Premier Eva Lind trafen am Samstag in Kiew ein. Die drei Politiker "
     "telefonierten anschließend mit Präsident Karl Borsig.", "de"),
    ("President Jan Obel, Chancellor Lars Grube and Prime Minister Eva Lind arrived in Kyiv on Saturday. The three leaders "
     "then held a call with President Karl Borsig.", "en"),
])
def test_meetings_a_call_after_a_journey_is_not_what_the_journey_was_for(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-05-10")
    call = next(m for m in f["meetings"] if "Karl Borsig" in attendee_names(f, m))
    assert call["virtual"] and attendee_names(f, call) == {"Jan Obel", "Lars Grube", "Eva Lind", "Karl Borsig"}
    assert any(not m["virtual"] and place_names(f, m) == ["Kyiv"] for m in f["meetings"])


@pytest.mark.parametrize("text, lang", [
    ("Präsident Jan Obel ist am Montag in Rom von Präsident Lars Grube empfangen worden. Am nächsten Tag traf er Premier "
     "Eva Lind. Am Folgetag will er nach Mailand weiterreisen.", "de"),
    ("President Jan Obel was received in Rome by President Lars Grube on Monday. The next day he met Prime Minister Eva "
     "Lind. The following day he will travel on to Milan.", "en"),
])
def test_meetings_the_next_day_of_the_story_is_no_plan_and_moves_the_story_on(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-11-04")  # a Tuesday
    days = {frozenset(attendee_names(f, m)): (m["status"], m["date"]["value"]) for m in f["meetings"]}
    assert days[frozenset({"Jan Obel", "Eva Lind"})] == ("past", "2025-11-04")
    assert days[frozenset({"Jan Obel"})] == ("planned", "2025-11-05")


@pytest.mark.parametrize("text, lang", [
    ("Officials met in Geneva on Sunday. Ukraine's delegation was headed by Lars Grube, the chief of staff to President "
     "Jan Obel.", "en"),
    ("Die Minister trafen sich am Sonntag in Genf. Die ukrainische Delegation wurde von Lars Grube geleitet, dem Stabschef "
     "von Präsident Jan Obel.", "de"),
])
def test_meetings_the_one_an_aide_in_apposition_serves_is_not_at_the_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-11-23")
    names = attendee_names(f, only_meeting(f))
    assert "Lars Grube" in names and "Jan Obel" not in names


def test_meetings_a_gapped_clause_after_a_comma_is_no_apposition(extract_text):
    f = extract_text("Die Minister trafen sich am Sonntag in Genf. Die amerikanische Seite wurde von Außenminister Lars "
                     "Grube angeführt, die ukrainische ebenfalls von Präsident Jan Obel.", date="2025-11-23")
    assert {"Lars Grube", "Jan Obel"} <= attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("text, lang", [
    ("Defence Secretary Jan Obel met his French, German and Polish counterparts in Paris on Wednesday.", "en"),
    ("Verteidigungsminister Jan Obel traf am Mittwoch seine französischen, deutschen und polnischen Amtskollegen in "
     "Paris.", "de"),
])
def test_meetings_the_commas_of_a_list_of_adjectives_end_no_clause(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2025-03-12")
    m = only_meeting(f)
    assert place_names(f, m) == ["Paris"] and m["date"]["value"] == "2025-03-12"


@pytest.mark.parametrize("text, place, day", [
    ("Foreign Minister Jan Obel met his Indian counterpart Lars Grube, who is on a visit to Berlin, on Wednesday.",
     ["Berlin"], "2025-11-12"),
    ("Foreign Minister Jan Obel met his Indian counterpart Lars Grube, who is visiting Germany, on Wednesday.",
     ["Germany"], "2025-11-12"),
    ("President Jan Obel on Wednesday met with President Lars Grube of Spain, who is on a state visit to China, at the "
     "Great Hall of the People in Beijing.", ["Great Hall of the People", "Beijing"], "2025-11-12"),
])
def test_meetings_the_verbs_words_go_on_past_a_relative_clause_on_its_object(extract_text, text, place, day):
    f = extract_text(text, lang="en", date="2025-11-12")
    m = only_meeting(f)
    assert place_names(f, m) == place and m["date"]["value"] == day and m["status"] == "past"


def test_meetings_a_timetables_items_under_a_meeting_to_come_are_on_its_day(extract_text):
    f = extract_text("Kanzler Jan Obel empfängt am Mittwoch, 3. Dezember 2025, den Premierminister Lars Grube zu "
                     "Regierungskonsultationen in Berlin.\nAblauf:\n10.00 Uhr: Begrüßung im Ehrenhof\n10.45 Uhr: "
                     "Plenarsitzung der Regierungskonsultationen\n", date="2025-12-01")
    assert {(m["status"], m["date"]["value"]) for m in f["meetings"]} == {("planned", "2025-12-03")}


@pytest.mark.parametrize("text", [
    "Leaders met in Brussels on Thursday. Prime Minister Jan Obel pulled out at the last minute.",
    "Prime Minister Jan Obel has pulled out of next week's summit in Brussels.",
])
def test_meetings_one_who_pulled_out_is_absent(extract_text, text):
    f = extract_text(text, lang="en", date="2025-03-21")
    assert absent_names(f, only_meeting(f)) == {"Jan Obel"}


@pytest.mark.parametrize("text, lang", [
    ("Die Innenminister der Gruppe sind am Montag in Oslo zusammengekommen. Minister Ivo Maric nahm per Video an einer "
     "Sitzung des Partnerschaftsrats teil.", "de"),
    ("The group's interior ministers met in Oslo on Monday. Minister Ivo Maric joined a session of the partnership "
     "council by video.", "en"),
])
def test_meetings_one_person_joining_a_session_by_video_does_not_make_it_a_video_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-02-03")
    session = next(m for m in f["meetings"] if "Ivo Maric" in attendee_names(f, m))
    assert not session["virtual"]
    assert session["date"]["value"] == "2027-02-01" and place_names(f, session) == ["Oslo"]
    # a session joined "per Videokonferenz" is held as one
    f = extract_text("Minister Ivo Maric nimmt am Montag per Videokonferenz an einer Sitzung des Partnerschaftsrats teil.",
                     date="2027-02-03")
    assert only_meeting(f)["virtual"]


def test_meetings_a_place_in_what_a_meeting_was_about_is_not_where_it_was(extract_text):
    f = extract_text("Ministerpräsident Jan Holm hat am Montag eine Delegation aus Lettland in der Staatskanzlei in Kiel "
                     "empfangen. Bei dem Treffen ging es um den Ausbau der Bahnstrecke nach Riga.", date="2027-02-10")
    meeting = only_meeting(f)
    assert "Riga" not in place_names(f, meeting) and "Kiel" in place_names(f, meeting)


@pytest.mark.parametrize("text, lang", [
    ("Foreign ministers met in Oslo on Monday. Minister Ivo Maric said a deal could be reached before the summit in "
     "December.", "en"),
    ("Die Außenminister kamen am Montag in Oslo zusammen. Minister Ivo Maric sagte, eine Einigung könnte noch vor dem "
     "Gipfel im Dezember gelingen.", "de"),
])
def test_meetings_a_summit_what_may_yet_happen_comes_before_lies_ahead(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-11-19")
    summit = next(m for m in f["meetings"] if m["trigger"].lower() in ("summit", "gipfel"))
    assert summit["status"] == "planned" and summit["date"]["value"] == "2027-12"
    assert "Ivo Maric" not in attendee_names(f, summit)


def test_meetings_a_summit_what_could_have_been_done_before_keeps_its_past(extract_text):
    f = extract_text("Minister Ivo Maric said a deal could have been reached before the summit with Premier Lars Grube "
                     "in June.", lang="en", date="2027-11-19")
    assert only_meeting(f)["date"]["value"] == "2027-06"
    # his own summit is his, whatever may come before it
    f = extract_text("Minister Ivo Maric said a deal could be reached before his summit with Premier Lars Grube in June.",
                     lang="en", date="2027-11-19")
    assert attendee_names(f, only_meeting(f)) == {"Ivo Maric", "Lars Grube"}


@pytest.mark.parametrize("text, lang", [
    ("Prime Minister Jon Arvik hosted the leaders of Norway and Denmark in London on Tuesday. Premier Lars Grube stayed "
     "in Stockholm because of a budget vote.", "en"),
    ("Prime Minister Jon Arvik hosted the leaders of Norway and Denmark in London on Tuesday. Premier Lars Grube, who "
     "had been expected to join, stayed in Stockholm because of a budget vote.", "en"),
    ("Premier Jon Arvik empfing am Dienstag die Regierungschefs Norwegens und Dänemarks in London. Premier Lars Grube "
     "blieb wegen einer Haushaltsabstimmung in Stockholm.", "de"),
    ("Premier Jon Arvik empfing am Dienstag die Regierungschefs Norwegens und Dänemarks in London. Premier Lars Grube, "
     "der eigentlich teilnehmen sollte, blieb wegen einer Haushaltsabstimmung in Stockholm.", "de"),
])
def test_meetings_one_who_stayed_in_another_town_was_absent(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-03-04")
    meeting = only_meeting(f)
    assert absent_names(f, meeting) == {"Lars Grube"} and "Lars Grube" not in attendee_names(f, meeting)


@pytest.mark.parametrize("second", [
    "Grube stayed in Oxford on Wednesday.",  # one who was there, on afterwards
    "Afterwards Premier Ivo Maric stayed in Oxford.",  # after it
    "Premier Ivo Maric stayed in London for a day.",  # in its town
])
def test_meetings_staying_on_or_in_the_meetings_town_is_no_absence(extract_text, second):
    f = extract_text("Prime Minister Jon Arvik hosted Premier Lars Grube in London on Tuesday. " + second, lang="en",
                     date="2027-03-04")
    assert all(not absent_names(f, m) for m in f["meetings"])


def test_meetings_a_place_said_shorter_by_its_first_word_is_the_same(extract_text):
    # neither is in the knowledge base: the headline's one word opens the body's name of the place
    f = extract_text("Norway's partners meet at Varnholm\nVARNHOLM AIR BASE, Norway (AP) — Defence officials from 40 "
                     "countries met Thursday at Varnholm Air Base. Minister Ivo Maric chaired the meeting.", lang="en",
                     date="2027-11-06")
    meeting = only_meeting(f)
    assert "Varnholm Air Base" in place_names(f, meeting)


def test_meetings_a_building_noun_in_the_genitive_of_the_meeting_is_its_organiser(extract_text):
    f = extract_text("Ministerin Lena Holm reist vom 11. bis 13. Mai nach Oslo. Geplant sind Gespräche mit Premier Jon "
                     "Arvik. Zudem wird die Ministerin an einer Konferenz der Norwegisch-Deutschen Handelskammer "
                     "teilnehmen.", date="2027-05-07")
    conference = next(m for m in f["meetings"] if m["trigger"] == "Konferenz")
    assert place_names(f, conference) == ["Oslo"]


@pytest.mark.parametrize("text, lang", [
    ("Minister Ivo Maric hat am Montag in Genf Premier Lars Grube getroffen. Das Gespräch habe rund 45 Minuten "
     "gedauert. Maric habe dabei die Bereitschaft seines Landes bekräftigt, Gespräche zu ermöglichen.", "de"),
    ("Minister Ivo Maric met Premier Lars Grube in Geneva on Monday. Maric reaffirmed his country's readiness to "
     "facilitate talks.", "en"),
])
def test_meetings_talks_one_offers_to_make_possible_are_no_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-01-05")
    assert attendee_names(f, only_meeting(f)) == {"Ivo Maric", "Lars Grube"}
    # talks made possible, told as done, are held
    f = extract_text("Norway facilitated talks between Minister Ivo Maric and Premier Lars Grube in Oslo on Monday.",
                     lang="en", date="2027-01-05")
    assert attendee_names(f, only_meeting(f)) >= {"Ivo Maric", "Lars Grube"}


def test_meetings_a_lead_meeting_on_a_visit_takes_the_details_after_it(extract_text):
    f = extract_text("Erstes Treffen seit Amtsantritt\nDer neue Präsident Ivo Maric hat bei seinem Antrittsbesuch in Berlin "
                     "Präsident Lars Grube getroffen. Grube empfing seinen Gast am Mittwochvormittag im Schloss Bellevue "
                     "mit militärischen Ehren.", date="2027-04-16")
    met = [m for m in f["meetings"] if attendee_names(f, m) >= {"Ivo Maric", "Lars Grube"}]
    assert len(met) == 1 and met[0]["date"]["value"] == "2027-04-14"


def test_meetings_the_subsequent_talk_naming_no_one_is_of_those_who_just_met(extract_text):
    f = extract_text("Premier Lars Grube empfing Präsident Ivo Maric am Mittwoch im Schloss Skaugum. Bei dem "
                     "anschließenden Gespräch ging es um die Energiepolitik.", date="2027-04-16")
    talk = next(m for m in f["meetings"] if m["trigger"] == "Gespräch")
    assert attendee_names(f, talk) == {"Ivo Maric", "Lars Grube"}


def test_meetings_one_speaking_before_a_conferences_participants_speaks_at_the_conference(extract_text):
    f = extract_text("Vizepräsident Ivo Maric ist am Rande der Osloer Sicherheitskonferenz mit Kanzler Lars Grube "
                     "zusammengekommen. „Wir hatten ein offenes Gespräch“, sagte Grube nach dem Treffen. Am Abend sprach "
                     "Maric vor den Konferenzteilnehmern. „Europa muss mehr tun“, sagte er.", date="2027-02-15")
    conference = next(m for m in f["meetings"] if m["trigger"] == "Sicherheitskonferenz")
    said = next(s for s in f["statements"] if s["text"].startswith("Europa"))
    assert said["meeting"] == conference["id"]


def test_meetings_a_journey_to_prepare_a_visit_is_not_the_visit(extract_text):
    f = extract_text("Premier Ivo Maric will visit Washington in mid-February for talks with President Lars Grube. His "
                     "adviser Jon Arvik will travel to Washington next week to prepare the visit.", lang="en",
                     date="2027-01-29")
    visit = next(m for m in f["meetings"] if "Ivo Maric" in attendee_names(f, m))
    assert "Jon Arvik" not in attendee_names(f, visit)


def test_meetings_a_host_named_with_as_is_no_verb_of_the_present(extract_text):
    f = extract_text("Southern leaders opened their annual summit in Oslo on Sunday, with Prime Minister Ivo Maric as "
                     "host.", lang="en", date="2027-10-28")
    summit = only_meeting(f)
    assert summit["status"] == "past" and summit["date"]["value"] == "2027-10-24"
    assert host_names(f, summit) == {"Ivo Maric"}


def test_meetings_a_visit_to_a_state_and_its_town_is_one_destination_for_a_meeting_after_it(extract_text):
    f = extract_text("Minister in Oslo\nBerlin/Oslo (dpa) - Minister Ivo Maric ist zu einem zweitägigen Besuch in Norwegen "
                     "eingetroffen. Für Freitag ist ein Treffen mit Premier Lars Grube geplant.", date="2027-04-29")
    talk = next(m for m in f["meetings"] if "Lars Grube" in attendee_names(f, m))
    assert "Oslo" in place_names(f, talk)


def test_meetings_a_name_before_a_persons_role_noun_is_whose_the_office_is(extract_text):
    f = extract_text("Talks in Oslo\nPremier Jon Arvik spoke on television on Monday. President Ivo Maric hosted "
                     "Premier Lars Grube and the Arvik envoy in Oslo on Wednesday.", lang="en", date="2027-07-24")
    assert all("Jon Arvik" not in attendee_names(f, m) for m in f["meetings"])
    # a host's noun after a name is the verb: "Maric hosts …" names Maric the host
    f = extract_text("Maric hosts Grube\nPresident Ivo Maric received Premier Lars Grube in Oslo on Wednesday.", lang="en",
                     date="2027-07-24")
    assert "Ivo Maric" in host_names(f, only_meeting(f))


def test_meetings_a_copulas_visit_to_a_state_is_the_meeting_told_in_a_town_unknown(extract_text):
    f = extract_text("Premier Ivo Maric and President Lars Grube held a summit in Vestbygd on Tuesday. It was Grube's "
                     "second visit to Norway.", lang="en", date="2027-01-14")
    summit = only_meeting(f)
    assert summit["date"]["value"] == "2027-01-12"


def test_meetings_a_lead_journey_to_talks_takes_the_undated_details_in_its_destination(extract_text):
    f = extract_text("Ministerin in Oslo\nMinisterin Lena Holm ist am Mittwoch zu politischen Gesprächen nach Norwegen "
                     "gereist. In Oslo traf sie Premier Lars Grube und Außenminister Jon Arvik.", date="2027-05-21")
    meeting = only_meeting(f)
    assert attendee_names(f, meeting) == {"Lena Holm", "Lars Grube", "Jon Arvik"}
    assert meeting["date"]["value"] == "2027-05-19"
    # a journey to two states has stops of its own
    f = extract_text("Ministerin reist nach Oslo und Stockholm\nMinisterin Lena Holm reist heute zu politischen Gesprächen "
                     "nach Norwegen und Schweden. In Oslo wird sie mit ihrem norwegischen Amtskollegen Lars Grube "
                     "zusammentreffen.", date="2027-05-21")
    assert len(f["meetings"]) == 2


def test_meetings_a_state_represented_is_not_absent_for_its_office_holder_staying_away(extract_text):
    f = extract_text("Auf Einladung von Bundeskanzler Karl Brenner sind die Regierungschefs der fünf nordischen Staaten am "
                     "Montagabend zu einem Arbeitsessen im Kanzleramt zusammengekommen. Nicht dabei war die isländische "
                     "Regierungschefin, die sich wegen einer Parlamentsdebatte entschuldigen ließ; Island wurde durch "
                     "seine Botschafterin vertreten.", date="2027-11-04")
    meeting = only_meeting(f)
    assert "Iceland" in attendee_names(f, meeting) and "Iceland" not in absent_names(f, meeting)


@pytest.mark.parametrize("text, lang", [
    ("Die Außenminister der Gruppe sind am Donnerstag in Johannesburg zusammengekommen. Moskau blieb dem Treffen fern.",
     "de"),
    ("The group's foreign ministers met in Johannesburg on Thursday. Moscow boycotted the meeting.", "en"),
])
def test_meetings_a_capital_staying_away_as_a_subject_is_its_state(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-02-20")
    meeting = only_meeting(f)
    assert absent_names(f, meeting) == {"Russia"} and place_names(f, meeting) == ["Johannesburg"]


def test_meetings_the_next_step_in_the_present_after_a_meeting_to_come_today_is_to_come(extract_text):
    f = extract_text("Die Regierungschefs der Länder kommen am Donnerstag in Kiel zur Konferenz zusammen. Im Anschluss "
                     "beraten sie mit Kanzler Karl Brenner im Landeshaus.", date="2027-06-17")
    assert [m["status"] for m in f["meetings"]] == ["planned", "planned"]


def test_meetings_a_meeting_nouns_abbreviation_refers_to_the_meeting_told_by_the_noun(extract_text):
    f = extract_text("Die Regierungschefs der Länder kommen am Donnerstag in Kiel zur Ministerpräsidentenkonferenz "
                     "zusammen. Im Anschluss beraten sie mit Kanzler Karl Brenner im Landeshaus. Den Vorsitz der MPK hat "
                     "derzeit Ministerpräsident Jan Holm.", date="2027-06-17")
    conference, talks = f["meetings"]
    assert host_names(f, conference) == {"Jan Holm"} and "Jan Holm" not in host_names(f, talks)


def test_meetings_separate_talks_with_two_are_a_talk_with_each(extract_text):
    f = extract_text("Prime Minister Jon Arvik held separate talks with President Ivo Maric and Premier Lars Grube in "
                     "Oslo on Monday.", lang="en", date="2027-09-10")
    assert sorted(sorted(attendee_names(f, m)) for m in f["meetings"]) == [["Ivo Maric", "Jon Arvik"],
                                                                            ["Jon Arvik", "Lars Grube"]]


def test_meetings_bilateral_before_a_noun_of_no_meeting_is_its_adjective(extract_text):
    f = extract_text("President Ivo Maric received Premier Lars Grube in Oslo on Tuesday. They reviewed bilateral "
                     "relations and regional developments.", lang="en", date="2027-02-04")
    assert len(f["meetings"]) == 1


@pytest.mark.parametrize("text, lang", [
    ("Leaders of the region gathered in Tallinn on Wednesday. Premier Lars Grube arrived late after a parliamentary vote "
     "in Stockholm.", "en"),
    ("Die Regierungschefs der Region kamen am Mittwoch in Tallinn zusammen. Premier Lars Grube traf nach einer Abstimmung "
     "in Stockholm erst am Abend ein.", "de"),
])
def test_meetings_one_arriving_after_an_event_elsewhere_arrives_at_the_meeting_told(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-05-28")
    meeting = only_meeting(f)
    assert "Lars Grube" in attendee_names(f, meeting) and place_names(f, meeting) == ["Tallinn"]


def test_meetings_a_meeting_in_the_month_of_a_visit_dated_by_month_is_in_its_town(extract_text):
    f = extract_text("Präsident Ivo Maric wird Anfang nächster Woche zu einem Arbeitsbesuch in Oslo erwartet. Am Dienstag "
                     "nimmt Maric an einer Sitzung des Kabinetts teil.", date="2027-02-25")
    session = next(m for m in f["meetings"] if m["trigger"] == "nimmt")
    assert place_names(f, session) == ["Oslo"]


def test_meetings_a_guest_in_the_past_state_of_being_invited_after_a_meeting_held_was_there(extract_text):
    f = extract_text("Die Außenminister der Gruppe haben am Montag in Oslo beraten. Außenminister Ivo Maric war zu einem "
                     "Mittagessen mit den Ministern eingeladen. Ministerin Lena Holm leitete die Sitzung.",
                     date="2027-03-05")
    talks, lunch = f["meetings"]
    assert lunch["status"] == "past" and lunch["date"]["value"] == "2027-03-01" and "Ivo Maric" in attendee_names(f, lunch)
    # the one leading the session hosts the talks, not the lunch told last
    assert host_names(f, talks) == {"Lena Holm"} and not host_names(f, lunch)


def test_meetings_a_given_name_after_the_english_article_names_no_person(extract_text):
    f = extract_text("Prime Minister Ivo Maric met Premier Lars Grube in Oslo on Thursday. The two leaders later held talks "
                     "at the Raj Mahal.", lang="en", date="2027-10-08")
    assert all("Raj Mahal" not in attendee_names(f, m) for m in f["meetings"])


def test_meetings_a_group_in_the_genitive_of_a_building_is_whose_the_building_is(extract_text):
    f = extract_text("Am Dienstag traf Ministerin Lena Holm Präsident Ivo Maric. Das Gespräch fand im Hotel der dänischen "
                     "Delegation statt.", date="2027-03-05")
    meeting = only_meeting(f)
    assert attendee_names(f, meeting) == {"Lena Holm", "Ivo Maric"} and place_names(f, meeting) == ["Hotel"]


@pytest.mark.parametrize("summit", ["Gipfels", "G20-Gipfels"])
def test_meetings_the_summit_named_after_a_talk_on_its_sidelines_is_the_summit(extract_text, summit):
    f = extract_text(f"Am Rande des {summit} ist Ministerin Lena Holm mit Präsident Ivo Maric zusammengetroffen. Zuvor hatte "
                     "Holm an der ersten Arbeitssitzung des Gipfels teilgenommen. Gastgeber Lars Grube eröffnete das "
                     "Treffen. Ein geplantes Treffen mit Präsident Tomas Lind kam nicht zustande.", date="2027-03-05")
    talk, summit_, called_off = f["meetings"]
    assert attendee_names(f, talk) == {"Lena Holm", "Ivo Maric"} and not host_names(f, talk)
    assert host_names(f, summit_) == {"Lars Grube"} and "Lena Holm" in attendee_names(f, summit_)
    # the one the story follows had the plan, not the summit's host
    assert called_off["status"] == "cancelled" and attendee_names(f, called_off) == {"Lena Holm", "Tomas Lind"}


def test_meetings_a_headline_naming_only_a_summit_is_not_the_talk_on_its_sidelines(extract_text):
    f = extract_text("Am Rande des G20-Gipfels\nAm Rande des G20-Gipfels ist Ministerin Lena Holm mit Präsident Ivo Maric "
                     "zusammengetroffen.", date="2027-03-05")
    talk = next(m for m in f["meetings"] if m["trigger"] == "zusammengetroffen")
    assert attendee_names(f, talk) == {"Lena Holm", "Ivo Maric"}
    assert len(f["meetings"]) == 2


@pytest.mark.parametrize("body", ["des Regionalrats", "des Regionalrats Haut-Ardenne"])
def test_meetings_the_agent_of_a_passive_named_in_apposition_to_its_office_hosts(extract_text, body):
    f = extract_text(f"Am Mittwoch wurde Ministerin Lena Holm vom Präsidenten {body}, Étienne Morvan, im Rathaus "
                     "empfangen.", date="2027-03-05")
    meeting = only_meeting(f)
    assert attendee_names(f, meeting) == {"Lena Holm", "Étienne Morvan"} and host_names(f, meeting) == {"Étienne Morvan"}


def test_meetings_a_headline_noun_the_body_tells_later_is_not_the_lead_in_other_words(extract_text):
    f = extract_text("Staatsbankett im Schloss Bellevue\nMit militärischen Ehren hat Präsident Ivo Maric am Mittwoch den "
                     "Präsidenten Lars Grube vor Schloss Bellevue begrüßt. Am Abend gab Maric ein Staatsbankett zu Ehren "
                     "seines Gastes.", date="2027-05-14")
    banquets = [m for m in f["meetings"] if m["kind"] == "staatsbankett"]
    assert len(banquets) == 1 and len(f["meetings"]) == 2


def test_meetings_a_day_and_a_person_before_a_list_of_events_are_each_items(extract_text):
    f = extract_text("Präsident Ivo Maric ist am Mittwoch in Berlin eingetroffen. Am Donnerstag stehen für Maric Gespräche "
                     "mit Kanzlerin Petra Lindner und ein Besuch in Hamburg auf dem Programm.", date="2027-05-12")
    _, talks, visit = f["meetings"]
    assert talks["date"]["value"] == visit["date"]["value"] == "2027-05-13"
    assert attendee_names(f, talks) == {"Ivo Maric", "Petra Lindner"} and attendee_names(f, visit) == {"Ivo Maric"}


@pytest.mark.parametrize("text, lang", [
    ("Premier Ivo Maric will host the leaders of Norway and Iceland at Chequers on Friday for talks. Prime Minister Lars "
     "Grube and Prime Minister Anna Berg are expected to arrive on Thursday evening.", "en"),
    ("Premier Ivo Maric empfängt am Freitag die Regierungschefs Norwegens und Islands in Oslo zu Gesprächen. "
     "Ministerpräsident Lars Grube und Ministerpräsidentin Anna Berg sollen bereits am Donnerstagabend anreisen.", "de"),
])
def test_meetings_those_to_arrive_on_the_eve_of_a_meeting_to_come_attend_it(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-04-21")
    meeting = only_meeting(f)
    assert {"Lars Grube", "Anna Berg"} <= attendee_names(f, meeting) and meeting["date"]["value"] == "2027-04-23"


def test_meetings_an_english_town_before_a_topic_noun_and_the_meeting_noun_places_it(extract_text):
    f = extract_text("Foreign Minister Ivo Maric will attend the Oslo energy conference next week.", lang="en",
                     date="2027-03-12")
    assert place_names(f, only_meeting(f)) == ["Oslo"]


def test_meetings_a_reception_right_after_a_visit_in_an_unknown_town_is_on_its_day(extract_text):
    f = extract_text("Minister Ivo Maric hat am Montag die Truppe in Litauen besucht. In Rudnikai wurde er von seiner "
                     "Amtskollegin Lena Holm empfangen.", date="2027-06-30")
    visit, reception = f["meetings"]
    assert reception["date"]["value"] == visit["date"]["value"] == "2027-06-28"
    assert host_names(f, reception) == {"Lena Holm"}


def test_meetings_an_english_genitive_before_a_title_is_no_progressive(extract_text):
    f = extract_text("President Ivo Maric hosted Jordan's King Lars Grube at the palace on Tuesday.", lang="en",
                     date="2027-02-11")
    meeting = only_meeting(f)
    assert meeting["status"] == "past" and meeting["date"]["value"] == "2027-02-09"
    # nor a passive's auxiliary before a participle ("Queen" ends as "seen" does)
    f = extract_text("Sweden's Queen Astrid hosted President Ivo Maric at the palace on Tuesday.", lang="en", date="2027-02-11")
    assert host_names(f, only_meeting(f)) == {"Queen Astrid"}


def test_meetings_a_headline_noun_the_body_refers_back_to_is_the_leads_meeting(extract_text):
    f = extract_text("Nachtsitzung im Kanzleramt\nIn der Nacht zu Mittwoch haben die Spitzen der Koalition im Kanzleramt "
                     "beraten. Die Sitzung begann am Dienstagabend und endete erst am Morgen.", date="2027-12-01")
    assert len(f["meetings"]) == 1


def test_meetings_the_meeting_told_then_said_to_be_on_sidelines_is_one(extract_text):
    f = extract_text("Minister Ivo Maric hat am Donnerstag in Genf seinen Amtskollegen Lars Grube getroffen. Das Treffen "
                     "fand am Rande der Abrüstungskonferenz statt.", date="2027-02-20")
    meeting = only_meeting(f)
    assert attendee_names(f, meeting) == {"Ivo Maric", "Lars Grube"}


def test_meetings_a_bulleted_predicate_with_no_subject_is_the_programme_owners(extract_text):
    f = extract_text("The Foreign Secretary, Ivo Maric, visited Oslo today. During the visit he:\n\n- met Foreign Minister "
                     "Lars Grube at the ministry\n- held a roundtable with students\n", lang="en", date="2027-04-14")
    met = next(m for m in f["meetings"] if m["trigger"] == "met")
    roundtable = next(m for m in f["meetings"] if m["trigger"] == "roundtable")
    assert attendee_names(f, met) == {"Ivo Maric", "Lars Grube"} and attendee_names(f, roundtable) == {"Ivo Maric"}


@pytest.mark.parametrize("building", ["Abgeordnetenhaus", "Bundeshaus"])
def test_meetings_a_parliaments_house_the_knowledge_base_lacks_is_a_place(extract_text, building):
    f = extract_text(f"Ministerin Lena Holm empfing am Montag im {building} den Außenminister Lars Grube.", date="2027-11-05")
    assert place_names(f, only_meeting(f)) == [building]


def test_meetings_a_verb_of_meeting_then_for_a_leaders_meeting_is_one_meeting(extract_text):
    f = extract_text("Prime Minister Ivo Maric and Premier Lars Grube agreed to meet in Wellington later this year for the "
                     "annual leaders' meeting.", lang="en", date="2027-09-09")
    assert {"Ivo Maric", "Lars Grube"} <= attendee_names(f, only_meeting(f))


def test_meetings_a_meal_with_the_delegations_after_a_reception_has_host_and_guest(extract_text):
    f = extract_text("Maric empfängt Grube in Wien\nKanzler Ivo Maric hat am Mittwoch seinen Amtskollegen Lars Grube im "
                     "Kanzleramt empfangen. Nach einem Gespräch unter vier Augen folgte ein Mittagessen mit den Delegationen.",
                     date="2027-06-04")
    lunch = next(m for m in f["meetings"] if m["trigger"] == "Mittagessen")
    assert {"Ivo Maric", "Lars Grube"} <= attendee_names(f, lunch)


def test_meetings_the_two_holding_talks_after_the_lead_is_the_leads_meeting(extract_text):
    f = extract_text("Premier Ivo Maric has met President Lars Grube in Kyiv, on his first visit to the country. The two men "
                     "laid wreaths at a memorial before holding talks at the presidential office.", lang="en",
                     date="2027-03-01")
    assert attendee_names(f, only_meeting(f)) == {"Ivo Maric", "Lars Grube"}


@pytest.mark.parametrize("text, lang", [
    ("Der Ausschuss hat am Mittwoch den Botschafter Ivo Maric angehört. Die Sitzung unter Leitung von Lena Holm war "
     "nicht öffentlich.", "de"),
    ("The committee heard Ambassador Ivo Maric on Wednesday. The session, chaired by Lena Holm, was not public.", "en"),
])
def test_meetings_a_negated_adjective_after_a_copula_denies_the_attribute_not_the_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-03-05")
    assert "Lena Holm" in host_names(f, only_meeting(f))


def test_meetings_some_of_a_meetings_persons_who_met_before_it_met_apart(extract_text):
    f = extract_text("Präsident Ivo Maric hat Premier Lars Grube und mehrere Regierungschefs im Weißen Haus empfangen. Mit "
                     "dabei waren Kanzlerin Lena Holm und Premier Tomas Lind. Zuvor hatte Maric Grube zu einem Gespräch im "
                     "Oval Office getroffen.", date="2027-08-19")
    assert len(f["meetings"]) == 2
    talk = f["meetings"][1]
    assert attendee_names(f, talk) == {"Ivo Maric", "Lars Grube"}


def test_meetings_a_word_of_next_before_a_time_noun_marks_no_next_meeting(extract_text):
    f = extract_text("Ministerin sagt Reise nach Japan ab\nMinisterin Lena Holm hat ihre für kommende Woche geplante Reise "
                     "nach Japan kurzfristig abgesagt.", date="2027-05-13")
    meeting = only_meeting(f)
    assert meeting["status"] == "cancelled" and meeting["date"]["value"] == "2027-05"


@pytest.mark.parametrize("text, lang", [
    ("President Ivo Maric met Premier Lars Grube at the palace on Monday. Minister Lena Holm was also in the room.", "en"),
    ("Kanzler Ivo Maric empfing am Montag Premier Lars Grube im Kanzleramt. Ministerin Lena Holm war ebenfalls im Saal.", "de"),
])
def test_meetings_one_in_the_room_of_the_meeting_told_was_there(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-07-15")
    meeting = only_meeting(f)
    assert "Lena Holm" in attendee_names(f, meeting) and all(p not in ("Saal", "room") for p in place_names(f, meeting))


def test_meetings_a_subject_pronoun_skips_one_named_only_as_the_partner_of_a_talk(extract_text):
    # "er" goes on with the traveller told before, not with the president named after "Treffen mit"
    f = extract_text("Präsident Tarek Wendholm ist zu einer Reise ins Baltikum aufgebrochen. Am Donnerstag reist Wendholm "
                     "weiter nach Riga. Dort ist ein Treffen mit dem lettischen Präsidenten Aivars Kalnups geplant. Zum "
                     "Abschluss besucht er am Freitag Tallinn.", date="2027-04-13")
    [tallinn] = [m for m in f["meetings"] if place_names(f, m) == ["Tallinn"]]
    assert attendee_names(f, tallinn) == {"Tarek Wendholm"}
    # with no one told before, the partner is the one the pronoun stands for
    f = extract_text("Am Donnerstag gab es in Riga ein Treffen mit dem lettischen Präsidenten Aivars Kalnups. Am Freitag "
                     "besucht er Tallinn.", date="2027-04-13")
    [tallinn] = [m for m in f["meetings"] if place_names(f, m) == ["Tallinn"]]
    assert attendee_names(f, tallinn) == {"Aivars Kalnups"}


@pytest.mark.parametrize("text", [
    "President Tarek Wendholm visits Tallinn on Friday.",
    "President Tarek Wendholm travels to Riga on Thursday. On Friday he visits Tallinn.",
    "President Tarek Wendholm travels to Riga on Thursday. The president visits Tallinn on Friday.",
])
def test_meetings_an_english_word_of_meeting_after_a_singular_subject_is_a_verb_in_the_present(extract_text, text):
    f = extract_text(text, lang="en", date="2027-04-13")
    [visit] = [m for m in f["meetings"] if m["kind"] == "visit"]
    assert place_names(f, visit) == ["Tallinn"] and visit["status"] == "planned"


@pytest.mark.parametrize("second, status", [
    ("Das Gespräch dauerte rund eine Stunde.", "past"),
    ("Das Gespräch war lange geplant.", "planned"),  # what was planned is no sign that it was held
])
def test_meetings_a_present_with_no_day_is_held_when_the_past_tense_after_it_says_so(extract_text, second, status):
    f = extract_text("Am Rande der Konferenz trifft sich Präsident Ivo Maric mit Premier Lars Grube. " + second,
                     date="2027-02-14")
    [talk] = [m for m in f["meetings"] if attendee_names(f, m) == {"Ivo Maric", "Lars Grube"}]
    assert talk["status"] == status


@pytest.mark.parametrize("entry, status", [
    ("15.30 Uhr: Präsident Ivo Maric hat die Konferenz eröffnet.", "past"),
    ("15.30 Uhr: Eröffnung der Konferenz durch Präsident Ivo Maric.", "planned"),  # a programme's item still lies ahead
])
def test_meetings_a_live_blog_entry_in_a_tense_of_a_thing_done_is_no_item_to_come(extract_text, entry, status):
    f = extract_text("Die Konferenz im Überblick\n" + entry, date="2027-02-14")
    assert only_meeting(f)["status"] == status


@pytest.mark.parametrize("second", [
    "President Tomas Lind cancelled at short notice.",
    "President Tomas Lind withdrew from the summit at short notice.",
    "President Tomas Lind cancelled because of illness.",
])
def test_meetings_an_english_verb_of_withdrawing_with_no_object_tells_who_stayed_away(extract_text, second):
    f = extract_text("Prime Minister Ivo Maric hosted a summit with Premier Lars Grube at the palace on Wednesday. " + second,
                     lang="en", date="2027-04-14")
    meeting = only_meeting(f)
    assert absent_names(f, meeting) == {"Tomas Lind"} and "Tomas Lind" not in attendee_names(f, meeting)
    assert meeting["status"] == "past"


def test_meetings_a_passive_of_withdrawing_calls_the_meeting_off_and_names_no_absentee(extract_text):
    f = extract_text("Prime Minister Ivo Maric hosted a summit with Premier Lars Grube at the palace on Wednesday. A meeting "
                     "between Maric and President Tomas Lind was cancelled on Tuesday.", lang="en", date="2027-04-14")
    [called_off] = [m for m in f["meetings"] if m["status"] == "cancelled"]
    assert attendee_names(f, called_off) == {"Ivo Maric", "Tomas Lind"} and absent_names(f, called_off) == set()


@pytest.mark.parametrize("text, lang", [
    ("Prime Minister Ivo Maric hosted a summit with Premier Lars Grube at the palace on Wednesday. President Tomas Lind, "
     "who had been expected to attend, cancelled at short notice.", "en"),
    ("Premier Ivo Maric empfing am Mittwoch Premier Lars Grube zu einem Gipfel im Palast. Präsident Tomas Lind, der "
     "eigentlich teilnehmen sollte, sagte kurzfristig ab.", "de"),
])
def test_meetings_one_expected_at_a_meeting_who_withdrew_is_absent(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-04-14")
    meeting = only_meeting(f)
    assert absent_names(f, meeting) == {"Tomas Lind"} and "Tomas Lind" not in attendee_names(f, meeting)


@pytest.mark.parametrize("text, lang", [
    ("Bundesrat Ivo Maric hat am Donnerstag Außenminister Lars Grube in Bern empfangen. Es war das erste Treffen der "
     "beiden seit der Nordsee-Konferenz im vergangenen Jahr.", "de"),
    ("Federal Councillor Ivo Maric received Foreign Minister Lars Grube in Bern on Thursday. It was the first meeting "
     "of the two since the North Sea conference last year.", "en"),
])
def test_meetings_a_meeting_of_another_year_told_after_one_is_not_on_its_day_or_in_its_town(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-06-18")
    [conference] = [m for m in f["meetings"] if m["kind"] in ("konferenz", "conference")]
    assert conference["date"] is None and place_names(f, conference) == []


@pytest.mark.parametrize("text, lang", [
    ("Die Grünen sind am Freitag zu ihrem Parteitag in Kassel zusammengekommen. Parteichef Tomas Lind sprach am Abend zu "
     "den Delegierten.", "de"),
    ("The Greens gathered for their party congress in Leeds on Friday. Party leader Tomas Lind spoke to the delegates in "
     "the evening.", "en"),
])
def test_meetings_one_who_spoke_to_those_gathered_was_at_the_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-04-14")
    assert attendee_names(f, only_meeting(f)) == {"Tomas Lind"}


def test_meetings_one_who_told_nothing_about_those_gathered_was_not_at_the_meeting(extract_text):
    f = extract_text("Die Grünen sind am Freitag zu ihrem Parteitag in Kassel zusammengekommen. Präsident Tomas Lind machte "
                     "keine Angaben zu den Delegierten.", date="2027-04-14")
    assert "Tomas Lind" not in attendee_names(f, only_meeting(f))


def test_meetings_those_who_joined_later_joined_the_talk_on_the_sidelines(extract_text):
    f = extract_text("Am Rande des Gipfels in Tirana sind Kanzler Ivo Maric und Premier Lars Grube zu einem Gespräch unter "
                     "vier Augen zusammengekommen. Später stießen Präsident Tomas Lind und Premier Erik Sand hinzu.",
                     date="2027-05-16")
    [talk] = [m for m in f["meetings"] if m["kind"] == "gespräch"]
    assert attendee_names(f, talk) == {"Ivo Maric", "Lars Grube", "Tomas Lind", "Erik Sand"}


def test_meetings_a_gerund_after_a_span_is_the_main_subjects_event_that_many_days_before(extract_text):
    f = extract_text("President Ivo Maric met King Tomas at the palace on Sunday, a day after attending a summit of "
                     "European leaders in London.", lang="en", date="2027-03-08")
    [summit] = [m for m in f["meetings"] if place_names(f, m) == ["London"]]
    assert summit["date"]["value"] == "2027-03-06" and attendee_names(f, summit) == {"Ivo Maric"}


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Ivo Maric nahm nicht am Gipfel der Nato in Den Haag teil.", "de"),
    ("Chancellor Ivo Maric will not travel to New York for the General Assembly of the United Nations this year.", "en"),
])
def test_meetings_an_organisation_in_the_genitive_of_a_meeting_missed_is_not_absent(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-09-24")
    assert absent_names(f, only_meeting(f)) == {"Ivo Maric"}


def test_meetings_a_participle_of_hosting_in_apposition_hosts_as_its_person(extract_text):
    f = extract_text("Leaders of the alliance met at a summit in Oslo on Wednesday. Secretary-General Tomas Lind, hosting "
                     "his first summit, praised the outcome.", lang="en", date="2027-06-25")
    assert host_names(f, only_meeting(f)) == {"Tomas Lind"}


@pytest.mark.parametrize("second, present", [
    ("Innenministerin Lena Holm kündigte dabei weitere Grenzkontrollen an.", True),
    ("Innenministerin Lena Holm (SPD) habe dabei weitere Grenzkontrollen angekündigt, teilte ein Sprecher mit.", True),
    ("Dabei sei es um Grenzkontrollen gegangen, teilte Innenministerin Lena Holm mit.", False),  # "dabei": in it
])
def test_meetings_a_person_acting_dabei_was_at_the_meeting_told(extract_text, second, present):
    f = extract_text("Die Innenminister von Bund und Ländern haben sich am Montag in einer Videoschalte beraten. " + second,
                     date="2027-02-03")
    assert ("Lena Holm" in attendee_names(f, only_meeting(f))) is present


@pytest.mark.parametrize("second, absent, present", [
    ("Abgesagt hat dagegen der serbische Präsident Tomas Lind.", {"Tomas Lind"}, set()),
    ("Auch Präsident Tomas Lind hat sein Kommen angekündigt.", set(), {"Tomas Lind"}),
])
def test_meetings_a_fronted_withdrawal_and_an_announced_coming(extract_text, second, absent, present):
    f = extract_text("Zum Gipfel werden am Mittwoch in London zahlreiche Regierungschefs erwartet. " + second, date="2027-11-06")
    meeting = only_meeting(f)
    assert absent_names(f, meeting) == absent and present <= attendee_names(f, meeting)


@pytest.mark.parametrize("text, places", [
    ("Zum Gipfel im Rahmen des Berliner Prozesses kamen die Regierungschefs am Mittwoch in London zusammen.", ["London"]),
    ("Die Regierungschefs kamen am Mittwoch im Berliner Dom zu einer Trauerfeier zusammen.", ["Berlin"]),
])
def test_meetings_a_towns_adjective_is_a_place_only_after_the_preposition_of_place(extract_text, text, places):
    f = extract_text(text, date="2027-11-06")
    assert place_names(f, only_meeting(f)) == places


@pytest.mark.parametrize("text, lang", [
    ("Präsident Ivo Maric hat am Montag in Wien Premier Lars Grube empfangen. Das Abkommen wurde im Beisein von "
     "Kanzlerin Lena Holm unterzeichnet.", "de"),
    ("President Ivo Maric received Premier Lars Grube in Vienna on Monday. The agreement was signed in the presence of "
     "Chancellor Lena Holm.", "en"),
])
def test_meetings_one_in_whose_presence_something_was_done_was_at_the_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-06-11")
    assert "Lena Holm" in attendee_names(f, only_meeting(f))


def test_meetings_the_one_who_stages_a_meeting_hosts_it(extract_text):
    f = extract_text("Die Außenminister von zehn Staaten sind am Montag in Oslo zu einer Konferenz zusammengekommen. "
                     "Ausrichter ist Norwegens Außenministerin Lena Holm.", date="2027-06-11")
    assert host_names(f, only_meeting(f)) == {"Lena Holm"}


@pytest.mark.parametrize("text", [
    "Foreign ministers from ten countries met at a conference in Oslo on Monday. Foreign Minister Lena Holm presided "
    "over the meeting.",
    "Foreign Minister Lena Holm presided over a conference of ten foreign ministers in Oslo on Monday.",
])
def test_meetings_one_who_presided_over_a_meeting_hosts_it(extract_text, text):
    f = extract_text(text, lang="en", date="2027-06-11")
    meeting = only_meeting(f)
    assert host_names(f, meeting) == {"Lena Holm"} and place_names(f, meeting) == ["Oslo"]
    assert meeting["date"]["value"] == "2027-06-07"


@pytest.mark.parametrize("verb, status", [
    ("haben die Europäer mit Maric beraten", "planned"),
    ("hatten die Europäer mit Maric beraten", "past"),  # the pluperfect: what came before a summit held since
])
def test_meetings_a_meeting_the_story_was_before_is_to_come(extract_text, verb, status):
    f = extract_text(f"Wenige Tage vor dem Gipfel von Präsident Ivo Maric und Präsident Tomas Lind in Alaska {verb}.",
                     date="2027-08-14")
    [summit] = [m for m in f["meetings"] if m["kind"] == "gipfel"]
    assert summit["status"] == status


@pytest.mark.parametrize("text, lang", [
    ("President Ivo Maric arrived in Oslo on Tuesday. He was welcomed at the palace by King Tomas and Queen Lena, who "
     "hosted a state banquet in his honour in the evening.", "en"),
    ("Präsident Ivo Maric ist am Dienstag in Oslo eingetroffen. Er wurde im Palast von König Tomas und Königin Lena "
     "begrüßt, die am Abend ein Staatsbankett zu seinen Ehren gaben.", "de"),
])
def test_meetings_a_relative_clause_on_a_coordination_names_all_its_hosts(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-07-14")
    [banquet] = [m for m in f["meetings"] if m["kind"] in ("host", "staatsbankett", "state banquet", "geben")]
    assert {h["actor"] for h in banquet["hosts"]} == {"person:king-tomas", "person:queen-lena"}


@pytest.mark.parametrize("text, lang", [
    ("From Oslo, President Ivo Maric will fly to Switzerland, which is hosting a peace summit at the Seeblick resort on "
     "Saturday.", "en"),
    ("Von Oslo aus fliegt Präsident Ivo Maric in die Schweiz, die am Samstag einen Friedensgipfel im Seeblick-Resort "
     "ausrichtet.", "de"),
])
def test_meetings_a_journey_to_a_place_a_relative_clause_tells_a_meeting_in_is_to_that_meeting(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-06-17")
    meeting = only_meeting(f)
    assert attendee_names(f, meeting) >= {"Ivo Maric"} and meeting["date"]["value"] == "2027-06-19"


def test_meetings_a_relative_clause_on_a_destination_telling_a_meeting_elsewhere_is_another(extract_text):
    f = extract_text("From Oslo, President Ivo Maric will fly to Switzerland, which is hosting a peace conference in Paris "
                     "on Saturday.", lang="en", date="2027-06-17")
    assert len(f["meetings"]) == 2


def test_meetings_the_day_a_meeting_was_made_known_is_no_day_of_the_story(extract_text):
    f = extract_text("Präsident Ivo Maric empfängt am Donnerstag König Tomas im Schloss. Das teilte das Präsidialamt am Montag "
                     "mit. Im Anschluss ist ein Mittagessen geplant.", date="2027-10-18")
    [lunch] = [m for m in f["meetings"] if m["kind"] == "mittagessen"]
    assert lunch["date"]["value"] == "2027-10-21"


def test_meetings_von_after_a_name_in_an_active_clause_names_no_host(extract_text):
    f = extract_text("Präsident Ivo Maric empfängt am Donnerstag König Abdullah II. von Jordanien im Schloss Bellevue.",
                     date="2027-10-18")
    assert [h["actor"] for h in only_meeting(f)["hosts"]] == ["person:ivo-maric"]


@pytest.mark.parametrize("text, lang", [
    ("European Union leaders on Thursday backed a plan at an emergency summit in Brussels. Hungarian Prime Minister Tomas "
     "Lind refused to sign a joint statement.", "en"),
    ("Die Staats- und Regierungschefs der EU haben am Donnerstag bei einem Sondergipfel in Brüssel beraten. Ungarns "
     "Regierungschef Tomas Lind weigerte sich, die Erklärung zu unterzeichnen.", "de"),
])
def test_meetings_one_of_the_group_who_refused_right_after_a_meeting_was_at_it(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-03-06")
    assert "Tomas Lind" in attendee_names(f, only_meeting(f))


@pytest.mark.parametrize("venue, dated", [("Pentagon", True), ("Élysée-Palast", False)])
def test_meetings_a_welcome_with_no_host_after_a_meeting_in_its_state_is_on_its_day(extract_text, venue, dated):
    f = extract_text("Verteidigungsminister Ivo Maric ist am Montag in Washington mit seinem Amtskollegen Tomas Lind "
                     f"zusammengetroffen. Im {venue} wurde Maric mit militärischen Ehren empfangen.", date="2027-06-09")
    [welcome] = [m for m in f["meetings"] if m["kind"] == "empfangen"]
    assert (welcome["date"] is not None and welcome["date"]["value"] == "2027-06-07") is dated


@pytest.mark.parametrize("text, lang, talk, frame", [
    ("Secretary Hale's Meeting with Minister Okafor\nSecretary of State Tom Hale met today with Nigerian Foreign Minister "
     "Ade Okafor on the margins of the G20 summit in Johannesburg. They discussed trade.", "en", "meeting", "summit"),
    ("Treffen von Außenminister Bertold Hanke mit Amtskollege Ade Okafor\nAußenminister Bertold Hanke ist am Rande des "
     "G20-Gipfels in Johannesburg mit seinem nigerianischen Amtskollegen Ade Okafor zusammengetroffen.", "de", "treffen",
     "gipfel"),
])
def test_meetings_a_headline_meeting_of_two_is_the_talk_on_the_sidelines_not_the_summit(extract_text, text, lang, talk, frame):
    f = extract_text(text, lang=lang, date="2027-11-22")
    assert sorted(m["kind"] for m in f["meetings"]) == sorted([talk, frame])
    [meeting] = [m for m in f["meetings"] if m["kind"] == talk]
    assert sorted(attendee_names(f, meeting)) == (["Ade Okafor", "Tom Hale"] if lang == "en" else ["Ade Okafor", "Bertold Hanke"])


@pytest.mark.parametrize("text, lang, date", [
    ("Borek in Madrid eingetroffen\nPräsident Ilan Borek ist zu Gesprächen in Madrid eingetroffen. Dort will er am Abend "
     "mit Regierungschef Tomas Lind zusammenkommen.", "de", "2027-03-03"),
    ("Borek arrives in Madrid\nPresident Ilan Borek arrived in Madrid for talks on Monday. There he is due to meet Prime "
     "Minister Tomas Lind in the evening.", "en", "2027-03-01"),
])
def test_meetings_talks_an_arrival_was_for_told_there_are_one_meeting(extract_text, text, lang, date):
    f = extract_text(text, lang=lang, date=date)
    talks = only_meeting(f)
    assert sorted(attendee_names(f, talks)) == ["Ilan Borek", "Tomas Lind"]
    assert (talks["status"], talks["date"]["value"]) == ("planned", date)


def test_meetings_a_visit_an_arrival_was_for_stays_apart_from_a_talk_told_there(extract_text):
    f = extract_text("Borek in Madrid eingetroffen\nPräsident Ilan Borek ist am Montag zu einem Besuch in Madrid eingetroffen. "
                     "Dort will er am Mittwoch mit Regierungschef Tomas Lind zusammenkommen.", date="2027-03-02")
    assert len(f["meetings"]) == 2


def test_meetings_a_dinner_hosted_for_a_summit_with_no_host_is_an_event_of_its_own(extract_text):
    f = extract_text("NATO leaders ended their two-day summit in The Hague on Wednesday by agreeing to raise defence "
                     "spending. Earlier, King Tomas hosted the leaders at a dinner at the royal palace on Tuesday evening.",
                     lang="en", date="2027-06-26")
    [summit] = [m for m in f["meetings"] if m["kind"] == "summit"]
    assert summit["hosts"] == [] and "King Tomas" not in attendee_names(f, summit)
    [dinner] = [m for m in f["meetings"] if m is not summit]
    assert host_names(f, dinner) == {"King Tomas"}


@pytest.mark.parametrize("bullet", ["-", "•"])
def test_meetings_a_bulleted_line_opened_by_a_town_is_an_item_under_that_town(extract_text, bullet):
    f = extract_text(f"Termine am Dienstag\n{bullet} Berlin: Kanzler Ivo Maric empfängt Premierminister Tomas Lind im "
                     f"Kanzleramt.\n{bullet} Brüssel: Treffen der EU-Außenminister, für Deutschland nimmt Staatsminister "
                     "Bernd Vollmer teil.", date="2027-12-07")
    [council] = [m for m in f["meetings"] if "Bernd Vollmer" in attendee_names(f, m)]
    assert "Ivo Maric" not in attendee_names(f, council) and place_names(f, council) == ["Brussels"]


@pytest.mark.parametrize("text, lang", [
    ("Secretary of State Tom Hale met today with Ade Okafor, President of Nigeria, at the Élysée Palace.", "en"),
    ("Secretary of State Tom Hale met today with Ade Okafor, Nigeria's president, at the Élysée Palace.", "en"),
    ("Secretary of State Tom Hale met today with Ade Okafor, the Nigerian president, at the Élysée Palace.", "en"),
    ("Außenminister Tom Hale hat am Montag Ade Okafor, den nigerianischen Präsidenten, im Élysée-Palast getroffen.", "de"),
    ("Außenminister Tom Hale traf am Montag Ade Okafor, Präsident Nigerias, im Élysée-Palast.", "de"),
])
def test_meetings_a_place_after_an_office_in_apposition_is_the_meetings(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-12-07")
    assert place_names(f, only_meeting(f)) == ["Élysée Palace"]


def test_meetings_a_plan_with_no_place_told_on_a_day_of_a_visit_is_in_the_visits_state(extract_text):
    f = extract_text("Am zweiten Tag seines Staatsbesuchs in Japan hat Präsident Ivo Maric am Dienstag Vertreter deutscher "
                     "Unternehmen getroffen. Am Mittwoch steht ein Treffen mit Ministerpräsidentin Aiko Tanabe auf dem "
                     "Programm.", date="2027-11-09")
    [talk] = [m for m in f["meetings"] if "Aiko Tanabe" in attendee_names(f, m)]
    assert "Japan" in place_names(f, talk)


@pytest.mark.parametrize("text, lang", [
    ("Präsident Ivo Maric empfing am Montag den Sondergesandten Tom Hale. An dem Gespräch nahm auch Ben Cole teil, der "
     "Schwiegersohn von US-Präsident Bill Stone.", "de"),
    ("President Ivo Maric received envoy Tom Hale on Monday. Ben Cole, the son-in-law of President Bill Stone, also "
     "attended the meeting.", "en"),
])
def test_meetings_one_named_after_kin_and_a_preposition_is_not_there(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-03-03")
    names = attendee_names(f, only_meeting(f))
    assert "Ben Cole" in names and "Bill Stone" not in names


def test_meetings_von_after_an_office_in_a_passive_names_the_agent_not_a_possessor(extract_text):
    f = extract_text("Am Nachmittag wird der Großherzog von Bundeskanzler Ivo Maric im Kanzleramt empfangen.", date="2027-03-03")
    assert "Ivo Maric" in attendee_names(f, only_meeting(f))


def test_meetings_one_absent_after_talks_named_as_before_is_absent_from_the_story(extract_text):
    f = extract_text("Leaders of 40 countries met in Tirana on Friday for a summit. President Ivo Maric joined the gathering "
                     "after talks in Istanbul. Prime Minister Tomas Lind did not attend.", lang="en", date="2027-05-17")
    [summit] = [m for m in f["meetings"] if "Tirana" in place_names(f, m)]
    assert absent_names(f, summit) == {"Tomas Lind"}


@pytest.mark.parametrize("text, lang", [
    ("In Rom hat am Donnerstag die vierte Wiederaufbaukonferenz begonnen. Gastgeberin Anna Ferri begrüßte rund 100 "
     "Delegationen, darunter Kanzler Ivo Maric und Präsident Tomas Lind.", "de"),
    ("The fourth recovery conference opened in Rome on Thursday. Host Anna Ferri welcomed some 100 delegations, among them "
     "Chancellor Ivo Maric and President Tomas Lind.", "en"),
])
def test_meetings_a_host_greeting_delegations_and_some_of_them_by_name_is_at_the_conference(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-07-11")
    conference = only_meeting(f)
    assert {"Ivo Maric", "Tomas Lind"} <= set(attendee_names(f, conference)) and host_names(f, conference) == {"Anna Ferri"}


@pytest.mark.parametrize("text, lang", [
    ("World leaders began arriving in Johannesburg on Friday for a Group of 20 summit. President Tomas Lind will host the "
     "two-day meeting, which opens on Saturday.", "en"),
    ("Die Staats- und Regierungschefs sind am Freitag zu einem G20-Gipfel in Johannesburg eingetroffen. Präsident Tomas "
     "Lind wird das zweitägige Treffen ausrichten, das am Samstag beginnt.", "de"),
])
def test_meetings_a_gathering_a_journey_was_for_is_on_its_own_day(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-11-19")
    summit = only_meeting(f)
    assert (summit["date"]["value"], summit["status"]) == ("2027-11-20", "planned")
    assert host_names(f, summit) == {"Tomas Lind"}


def test_meetings_a_headline_meal_told_again_with_its_noun_in_a_building_is_one_meal(extract_text):
    f = extract_text("Ein Abendessen in Madrid\nAußenminister Ivo Maric war am Montagabend Gast seines spanischen Kollegen "
                     "Tomas Lind. Bei einem Abendessen in der Residenz des Ministers sprachen die beiden über die Nato.",
                     date="2027-04-13")
    dinner = only_meeting(f)
    assert sorted(attendee_names(f, dinner)) == ["Ivo Maric", "Tomas Lind"] and "Madrid" in place_names(f, dinner)


@pytest.mark.parametrize("text, lang", [
    ("New York - Außenminister Ivo Maric ist am Rande der UN-Generalversammlung mit zahlreichen Amtskollegen "
     "zusammengetroffen. Minister Tomas Lind hatte am Vortag vor der Generalversammlung gesprochen.", "de"),
    ("NEW YORK - Foreign Minister Ivo Maric met several counterparts on the sidelines of the UN General Assembly. Minister "
     "Tomas Lind had spoken at the General Assembly the day before.", "en"),
])
def test_meetings_the_gathering_a_talk_in_the_datelines_town_was_beside_is_there_too(extract_text, text, lang):
    f = extract_text(text, lang=lang, date="2027-09-25")
    [assembly] = [m for m in f["meetings"] if "Tomas Lind" in attendee_names(f, m)]
    assert place_names(f, assembly) == ["New York City"]


def test_meetings_a_verb_after_a_name_in_apposition_opens_no_apposition_of_an_office(extract_text):
    f = extract_text("Die Präsidentin der Europäischen Kommission, Anna Ferri, empfängt am Montag den Premierminister "
                     "Islands, Ivo Maric, im Berlaymont-Gebäude in Brüssel.", date="2027-11-07")
    assert "Brussels" in place_names(f, only_meeting(f))


def test_meetings_seine_amtskollegen_are_many_not_one_named_later(extract_text):
    f = extract_text("Bundesinnenminister Ivo Maric hat am Mittwoch seine Amtskollegen aus Österreich, der Schweiz und "
                     "Tschechien zu einem Treffen in Berlin empfangen. Österreichs Innenminister Tomas Lind lobte die "
                     "Zusammenarbeit.", date="2027-10-30")
    assert {"Switzerland", "Czech Republic", "Tomas Lind"} <= set(attendee_names(f, only_meeting(f)))

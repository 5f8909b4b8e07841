"""The extractor's set-up: a language loaded ahead of its first article."""
from __future__ import annotations

import gc

import pytest

from extract.extractor import Extractor
from extract.reading import make_article

TEXT = "Berlin – Der Kanzler hat am Montag den Ministerpräsidenten Halvor Brenning im Kanzleramt empfangen."


def test_extractor_load_builds_a_language_ahead_and_leaves_the_facts_alone():
    article = make_article(id="a", text=TEXT, date="2025-03-12", language="de")
    loaded = Extractor()
    loaded.load("de")
    assert "de" in loaded._nlp and "de" in loaded._rule_sets
    assert loaded.extract(article) == Extractor().extract(article)


def test_extractor_load_moves_the_long_lived_tables_out_of_the_collectors_reach():
    before = gc.get_freeze_count()
    ex = Extractor()
    ex.load("en")
    after = gc.get_freeze_count()
    assert after > before
    ex.load("en")  # once per language
    assert gc.get_freeze_count() == after


def test_extractor_load_of_an_unsupported_language_names_it():
    with pytest.raises(ValueError, match="'fr'"):
        Extractor().load("fr")


def test_extractor_a_group_named_in_the_genitive_and_the_nominative_is_one_actor_named_in_the_nominative(extract_text):
    f = extract_text("Sondersitzung des Sicherheitskabinetts\n\nDas Sicherheitskabinett ist am Sonntag im Kanzleramt "
                     "zusammengetreten. Kanzler Jens Haller leitete die Sitzung.")
    groups = [a["name"] for a in f["actors"] if a["type"] == "group"]
    assert groups == ["Sicherheitskabinett"]

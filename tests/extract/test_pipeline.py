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

"""An installed spaCy pipeline is optional: tested with a stand-in (a saved pipeline whose entity
recogniser is a rule), since no trained German or English pipeline can be installed here."""
from __future__ import annotations

import pytest
import spacy

from extract.errors import ModelError
from extract.extractor import Extractor
from extract.reading import make_article

TEXT = "Am Montag trafen sich Kanzler Olaf Scholz und Qarnek Tilvoraz in Berlin."


@pytest.fixture()
def stand_in(tmp_path):
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": [{"TEXT": "Qarnek"}, {"TEXT": "Tilvoraz"}]}])
    path = tmp_path / "de_stand_in"
    nlp.to_disk(path)
    return str(path)


def attendees(extractor: Extractor) -> set[str]:
    facts = extractor.extract(make_article(id="m", text=TEXT, date="2025-03-04", language="de"))
    names = {a["key"]: a["name"] for a in facts["actors"]}
    return {names[a["actor"]] for m in facts["meetings"] for a in m["attendees"]}


def test_model_entities_add_persons_the_rules_miss(stand_in):
    assert "Qarnek Tilvoraz" not in attendees(Extractor())
    assert {"Olaf Scholz", "Qarnek Tilvoraz"} <= attendees(Extractor(models={"de": stand_in}))


def test_model_missing_or_of_another_language_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="neither an installed package nor a pipeline folder"):
        Extractor(models={"de": "de_no_such_pipeline"}).nlp("de")
    spacy.blank("en").to_disk(tmp_path / "en_pipe")
    with pytest.raises(ModelError, match="for language 'en', not 'de'"):
        Extractor(models={"de": str(tmp_path / "en_pipe")}).nlp("de")


def test_model_option_of_the_build_command(stand_in, tmp_path):
    from click.testing import CliRunner

    from graph.cli import main

    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    ok = runner.invoke(main, ["build", str(src), "--out", str(out), "--spacy-model", f"de={stand_in}", "-q"])
    assert ok.exit_code == 0, ok.output
    assert "Qarnek Tilvoraz" in (out / "facts.jsonl").read_text(encoding="utf-8")
    bad = runner.invoke(main, ["build", str(src), "--out", str(out), "--spacy-model", "de=de_no_such_pipeline"])
    assert bad.exit_code == 2 and "de_no_such_pipeline" in bad.output and "Traceback" not in bad.output
    wrong = runner.invoke(main, ["build", str(src), "--out", str(out), "--spacy-model", "xx"])
    assert wrong.exit_code == 2 and "LANG=NAME" in wrong.output

import pytest

from extract.facts import FactsError, dumps, read_facts, validate_facts


def test_facts_extractor_output_follows_the_schema(extract_text):
    f = extract_text("Am Mittwoch trafen sich die Minister Jan Obel und Lars Grube in Warschau. „Gut“, sagte Obel.")
    validate_facts(f)


def test_facts_schema_names_the_failing_field(small_facts):
    bad = small_facts[0]
    bad["meetings"][0]["status"] = "maybe"
    with pytest.raises(FactsError, match=r"meetings/0/status"):
        validate_facts(bad, "x")


def test_facts_lines_are_deterministic_and_round_trip(small_facts, tmp_path):
    p = tmp_path / "facts.jsonl"
    p.write_text("".join(dumps(f) + "\n" for f in small_facts), encoding="utf-8")
    assert list(read_facts(p)) == small_facts
    assert dumps(small_facts[0]) == dumps(dict(reversed(list(small_facts[0].items()))))

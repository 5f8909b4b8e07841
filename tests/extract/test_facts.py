import re

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


@pytest.mark.parametrize("spoil, field", [
    (lambda f: f["actors"][0].pop("key"), "actors/0"),  # a required field missing
    (lambda f: f["actors"][0].update(type="planet"), "actors/0/type"),  # not one of the enumerated values
    (lambda f: f["meetings"][0].update(attendees="everyone"), "meetings/0/attendees"),  # a string for a list
    (lambda f: f.update(surprise=1), "(top level)"),  # a field the schema does not know
])
def test_facts_every_kind_of_violation_is_caught_and_named(small_facts, spoil, field):
    # the compiled check lets valid facts through fast; each violation still gets jsonschema's message
    bad = small_facts[0]
    spoil(bad)
    with pytest.raises(FactsError, match=rf"x: field {re.escape(field)}: "):
        validate_facts(bad, "x")


def test_facts_lines_are_deterministic_and_round_trip(small_facts, tmp_path):
    p = tmp_path / "facts.jsonl"
    p.write_text("".join(dumps(f) + "\n" for f in small_facts), encoding="utf-8")
    assert list(read_facts(p)) == small_facts
    assert dumps(small_facts[0]) == dumps(dict(reversed(list(small_facts[0].items()))))


def test_facts_a_person_is_named_by_the_fullest_form_not_the_first_mention(extract_text):
    # the headline's "Präsident" refers ahead to the person the next sentence names in full
    f = extract_text("+++ 14.40 Uhr: Finnischer Präsident verspätet +++ Der finnische Präsident Mikko Laaksonen ist "
                     "wegen eines Unwetters erst am Nachmittag in Oslo eingetroffen.")
    [person] = [a for a in f["actors"] if a["type"] == "person"]
    assert person["name"] == "Mikko Laaksonen"


def test_facts_list_keeps_lines_and_gives_fresh_dicts():
    from extract.facts import FactsList, write_lines

    records = [{"article": {"id": "b"}, "n": 1}, {"article": {"id": "ä"}, "n": [2, 3]}]
    facts = FactsList(records)
    assert len(facts) == 2 and list(facts) == records and facts[1] == records[1]
    assert facts.jsonl() == write_lines(records).encode("utf-8")
    facts[0]["n"] = 99  # a read is a copy: the list does not change
    assert facts[0]["n"] == 1
    assert list(facts[1:]) == records[1:]

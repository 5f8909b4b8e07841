"""The rule that decides which Wikidata IDs the knowledge base may carry (scripts/apply_wikidata_claims.py)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("apply_wikidata_claims", ROOT / "scripts" / "apply_wikidata_claims.py")
claims_script = importlib.util.module_from_spec(spec)
spec.loader.exec_module(claims_script)


def _claims(rows: list[tuple[str, str, str]]) -> dict:
    table: dict = {}
    for person, qid, file in rows:
        table.setdefault(person, {}).setdefault(qid, []).append(file)
    return table


def test_two_agreeing_files_give_an_id_and_name_their_sources() -> None:
    accepted, refused = claims_script.decide(_claims([("Ana Veld", "Q11", "file one"), ("Ana Veld", "Q11", "file two")]), {})
    qid, text = accepted["Ana Veld"]
    assert qid == "Q11" and "file one" in text and "file two" in text
    assert refused == []


def test_one_file_is_not_enough() -> None:
    accepted, refused = claims_script.decide(_claims([("Ana Veld", "Q11", "file one")]), {})
    assert accepted == {} and "one file only" in refused[0]


def test_files_that_disagree_give_no_id() -> None:
    rows = [("Ana Veld", "Q11", "a"), ("Ana Veld", "Q11", "b"), ("Ana Veld", "Q12", "c")]
    accepted, refused = claims_script.decide(_claims(rows), {})
    assert accepted == {} and "disagree" in refused[0]


def test_an_id_given_to_two_persons_goes_to_the_one_more_files_support_and_the_dissent_is_named() -> None:
    rows = [("Ana Veld", "Q11", "a"), ("Ana Veld", "Q11", "b"), ("Ana Veld", "Q11", "c"), ("Bo Lind", "Q11", "d")]
    accepted, refused = claims_script.decide(_claims(rows), {"Q11": ["a table naming someone else"]})
    assert accepted["Ana Veld"][0] == "Q11"
    assert "a table naming someone else" in accepted["Ana Veld"][1] and "Bo Lind" in accepted["Ana Veld"][1]
    assert "Bo Lind" not in accepted


def test_an_id_given_to_two_persons_by_equally_many_files_goes_to_neither() -> None:
    rows = [("Ana Veld", "Q11", "a"), ("Ana Veld", "Q11", "b"), ("Bo Lind", "Q11", "c"), ("Bo Lind", "Q11", "d")]
    accepted, _ = claims_script.decide(_claims(rows), {})
    assert accepted == {}


def test_every_recorded_id_in_the_knowledge_base_is_backed_by_the_claims_table_or_its_own_source() -> None:
    claims, dissent = claims_script.read_claims()
    accepted, _ = claims_script.decide(claims, dissent)
    for line in (ROOT / "extract" / "kb" / "persons.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["name"] in accepted and row.get("wikidata"):
            assert row["wikidata"] == accepted[row["name"]][0], row["name"]


def test_the_text_names_the_day_each_file_was_looked_up(monkeypatch) -> None:
    monkeypatch.setattr(claims_script, "FILE_DATES", {"file two": "2026-12-03"})
    accepted, _ = claims_script.decide(_claims([("Ana Veld", "Q11", "file one"), ("Ana Veld", "Q11", "file two")]), {})
    assert accepted["Ana Veld"][1].endswith(f"looked up {claims_script.LOOKED_UP} and 2026-12-03")

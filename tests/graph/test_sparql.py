"""SPARQL: named queries, parameters, formats, syntax errors, and no network unless asked."""
from __future__ import annotations

import json

import pytest

from graph.errors import QueryRefused, QuerySyntaxError, UnknownQueryError
from graph.sparql import format_result, get_named_query, named_queries, run_query
from graph.rdf import facts_to_dataset, merged_graph


@pytest.fixture()
def g(small_facts):
    return merged_graph(facts_to_dataset(small_facts))


def test_query_library_has_the_promised_queries():
    names = set(named_queries())
    assert {"who-met-where", "meetings-of-actor", "hosts", "co-attendance", "timeline", "statements"} <= names
    assert all(q.description for q in named_queries().values())


def test_query_who_met_where_answers_by_contract(g):
    out = format_result(run_query(g, get_named_query("who-met-where").text), "csv").splitlines()
    assert out[0] == "actor,meeting,place,date,status"
    assert any(line.startswith("Piet Varga,") and ",Federal Chancellery,2025-04-07,past" in line for line in out)


def test_query_parameter_is_bound_not_spliced(g):
    text = get_named_query("meetings-of-actor").text
    rows = list(run_query(g, text, {"name": "keller"}))
    assert len(rows) == 2
    assert list(run_query(g, text, {"name": '"} } DROP ALL #'})) == []


def test_query_co_attendance_counts_shared_meetings(g):
    rows = {frozenset((str(r.actor1), str(r.actor2))): int(r.shared) for r in run_query(g, get_named_query("co-attendance").text)}
    assert rows[frozenset(("Alma Keller", "Piet Varga"))] == 1
    assert rows[frozenset(("Alma Keller", "Northern Forum"))] == 1
    assert frozenset(("Piet Varga", "Northern Forum")) not in rows


def test_query_formats(g):
    q = "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n"
    assert format_result(run_query(g, q), "tsv") == "n\nAlma Keller\nPiet Varga\n"
    data = json.loads(format_result(run_query(g, q), "json"))
    assert [b["n"]["value"] for b in data["results"]["bindings"]] == ["Alma Keller", "Piet Varga"]
    table = format_result(run_query(g, q), "table")
    assert "Alma Keller" in table and table.rstrip().endswith("(2 rows)")
    assert format_result(run_query(g, "ASK { ?m a ng:Meeting }")) == "true\n"


def test_query_construct_prints_turtle(g):
    out = format_result(run_query(g, "CONSTRUCT { ?m schema:attendee ?a } WHERE { ?m schema:attendee ?a }"))
    assert "@prefix schema: <https://schema.org/>" in out and "schema:attendee" in out


def test_query_syntax_error_has_line_and_column(g):
    with pytest.raises(QuerySyntaxError, match=r"line 2, column \d+"):
        run_query(g, "SELECT ?x\nWHERE { ?x ?y }")


def test_query_service_is_refused_unless_allowed(g):
    with pytest.raises(QueryRefused, match="--allow-network"):
        run_query(g, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")


def test_query_updates_do_not_run(g):
    with pytest.raises(QuerySyntaxError):
        run_query(g, "DELETE WHERE { ?s ?p ?o }")
    assert len(g) > 0


def test_query_unknown_name_lists_the_known_ones():
    with pytest.raises(UnknownQueryError, match="who-met-where"):
        get_named_query("nope")


def test_query_absent_and_planned_queries(small_facts):
    f = small_facts[0]
    f["meetings"][0]["absent"] = [{"actor": "country:NL", "evidence": f["meetings"][0]["attendees"][3]["evidence"]}]
    f["meetings"][0]["attendees"] = f["meetings"][0]["attendees"][:3]
    g = merged_graph(facts_to_dataset(small_facts))
    absent = format_result(run_query(g, get_named_query("absent").text), "csv").splitlines()
    assert absent[0] == "actor,meeting,date,sentence" and absent[1].startswith("Netherlands,")
    planned = format_result(run_query(g, get_named_query("planned-and-cancelled").text), "csv").splitlines()
    assert len(planned) == 2 and planned[1].startswith("planned,2025-06,")


def test_query_engine_failure_is_an_error_not_a_crash(g):
    from graph.errors import QueryEvaluationError

    with pytest.raises(QueryEvaluationError, match="evaluation failed"):
        run_query(g, "SELECT (GROUP_CONCAT(DISTINCT ?x) AS ?y) WHERE { ?m a ng:Meeting OPTIONAL { ?m ng:kind ?k FILTER(false) } OPTIONAL { ?m ng:nothing ?x } }")


def test_query_statements_lists_quotes_and_reported_speech_with_their_mode(small_facts):
    f = small_facts[0]
    reported = {**f["statements"][0], "id": "q2", "mode": "indirect", "text": "die Gespräche seien gut gewesen"}
    f["statements"].append(reported)
    g = merged_graph(facts_to_dataset(small_facts))
    rows = format_result(run_query(g, get_named_query("statements").text), "csv").splitlines()
    assert rows[0] == "speaker,quote,mode,meeting,article"
    assert {r.split(",")[2] for r in rows[1:]} == {"direct", "indirect"}

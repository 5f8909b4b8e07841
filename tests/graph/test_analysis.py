"""Network measures on small graphs whose answers are known by hand."""
from __future__ import annotations

import networkx as nx
import pytest

from graph.analysis import Attendance, actor_table, analyze, co_attendance_graph, communities
from graph.errors import EmptyGraphError
from graph.rdf import facts_to_dataset, merged_graph


def rows_for(meetings: dict[str, list[str]]) -> list[Attendance]:
    return [Attendance(m, m.upper(), None, a, a.upper(), "person", False) for m, actors in meetings.items() for a in actors]


def test_analysis_co_attendance_weights_count_shared_meetings():
    G = co_attendance_graph(rows_for({"m1": ["a", "b", "c"], "m2": ["a", "b"]}))
    assert G["a"]["b"]["weight"] == 2 and G["a"]["c"]["weight"] == 1
    assert G.number_of_edges() == 3


def test_analysis_broker_has_the_betweenness():
    # a-b meet, b-c meet: b links a and c
    rows = rows_for({"m1": ["a", "b"], "m2": ["b", "c"]})
    table = {r["iri"]: r for r in actor_table(co_attendance_graph(rows), rows)}
    assert table["b"]["betweenness"] == pytest.approx(1.0)
    assert table["a"]["betweenness"] == pytest.approx(0.0)
    assert table["b"]["degree"] == 2 and table["b"]["meetings"] == 2


def test_analysis_communities_are_the_two_cliques():
    G = nx.Graph()
    G.add_edges_from([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    parts, q = communities(G)
    assert parts == [["a", "b", "c"], ["x", "y", "z"]]
    assert q == pytest.approx(nx.community.modularity(G, [set(p) for p in parts]))


def test_analysis_empty_graph_is_an_explicit_error():
    with pytest.raises(EmptyGraphError, match="empty"):
        actor_table(nx.Graph(), [])


def test_analysis_of_a_built_graph(small_facts):
    result = analyze(merged_graph(facts_to_dataset(small_facts)))
    names = [a["name"] for a in result["actors"]]
    assert names[0] == "Alma Keller"  # she is in both meetings
    assert result["counts"]["meetings_with_attendees"] == 2
    assert {a["hosted"] for a in result["actors"] if a["name"] == "Alma Keller"} == {1}

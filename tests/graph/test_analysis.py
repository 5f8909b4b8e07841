"""Network measures on small graphs whose answers are known by hand."""
from __future__ import annotations

import networkx as nx
import pytest

from graph.analysis import (actor_profile, analyze, brokers_and_bridges, centralities, communities, find_actor,
                            hosts_ranking, k_core, timeline)
from graph.errors import NewsgraphError
from graph.network_data import Actor, Attendance, Meeting, NetworkData, read_network
from graph.networks import co_attendance_graph, party_graph
from graph.rdf import facts_to_dataset, merged_graph


def network(meetings: dict[str, list[str]], dates: dict[str, str] | None = None, hosts: set[tuple[str, str]] = frozenset(),
            actors: dict[str, Actor] | None = None, places: dict[str, list[str]] | None = None) -> NetworkData:
    """Meetings by id with their actors' ids; actors are persons named by their upper-cased id unless given."""
    dates, places = dates or {}, places or {}
    actors = dict(actors or {})
    for ids in meetings.values():
        for a in ids:
            actors.setdefault(a, Actor(a, a.upper(), "person"))
    ms = {m: Meeting(m, m.upper(), dates.get(m), "past", [(f"place:{p}", p) for p in places.get(m, [])]) for m in meetings}
    rows = [Attendance(m, m.upper(), dates.get(m), a, actors[a].name, actors[a].type, (m, a) in hosts)
            for m, ids in meetings.items() for a in ids]
    return NetworkData(actors, ms, rows)


def test_analysis_co_attendance_weights_count_shared_meetings():
    G = co_attendance_graph(network({"m1": ["a", "b", "c"], "m2": ["a", "b"]}))
    assert G["a"]["b"]["weight"] == 2 and G["a"]["c"]["weight"] == 1
    assert G.number_of_edges() == 3
    assert G.nodes["a"]["meetings"] == 2 and G.nodes["c"]["meetings"] == 1


def test_analysis_unnamed_groups_are_not_actors_of_the_coalition_network():
    data = network({"m1": ["a", "g"]}, actors={"g": Actor("g", "the ministers", "group")})
    assert list(co_attendance_graph(data)) == ["a"]


def test_analysis_broker_has_the_betweenness_and_splits_the_network():
    # a-b meet, b-c meet: b links a and c, and both ties are bridges
    G = co_attendance_graph(network({"m1": ["a", "b"], "m2": ["b", "c"]}))
    table = {r["iri"]: r for r in centralities(G)}
    assert table["b"]["betweenness"] == pytest.approx(1.0)
    assert table["a"]["betweenness"] == pytest.approx(0.0)
    assert table["b"]["degree"] == 2 and table["b"]["meetings"] == 2
    brokers, bridges = brokers_and_bridges(G)
    assert [(b["name"], b["splits_into"]) for b in brokers] == [("B", 2)]
    assert {(e["source"], e["target"]) for e in bridges} == {("A", "B"), ("B", "C")}


def test_analysis_a_triangle_has_no_broker_and_no_bridge():
    brokers, bridges = brokers_and_bridges(co_attendance_graph(network({"m1": ["a", "b", "c"]})))
    assert brokers == [] and bridges == []


def test_analysis_eigenvector_centre_of_a_star_leads_and_a_separate_pair_counts_less():
    # a star around "hub" (4 partners) and a separate pair x-y
    data = network({"m1": ["hub", "a"], "m2": ["hub", "b"], "m3": ["hub", "c"], "m4": ["hub", "d"], "m5": ["x", "y"]})
    table = {r["iri"]: r for r in centralities(co_attendance_graph(data))}
    assert table["hub"]["eigenvector"] == pytest.approx(5 / 7)  # the top of its group, scaled by the group's share
    assert table["a"]["eigenvector"] < table["hub"]["eigenvector"]
    assert table["x"]["eigenvector"] == pytest.approx(2 / 7)
    assert [r["iri"] for r in centralities(co_attendance_graph(data))][0] == "hub"


def test_analysis_k_core_is_the_triangle_not_its_pendant():
    G = co_attendance_graph(network({"m1": ["a", "b", "c"], "m2": ["c", "d"]}))
    assert k_core(G) == {"k": 2, "members": ["A", "B", "C"]}
    assert {r["name"]: r["core_number"] for r in centralities(G)}["D"] == 1


def test_analysis_communities_are_the_two_cliques():
    G = nx.Graph()
    G.add_edges_from([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    parts, q = communities(G)
    assert parts == [["a", "b", "c"], ["x", "y", "z"]]
    assert q == pytest.approx(nx.community.modularity(G, [set(p) for p in parts]))


def test_analysis_states_graph_folds_people_into_their_states():
    actors = {
        "p1": Actor("p1", "Anna Berg", "person", party="country:DE", party_name="Germany", party_type="country"),
        "p2": Actor("p2", "Jan Holt", "person", party="country:DE", party_name="Germany", party_type="country"),
        "p3": Actor("p3", "Eva Lund", "person", party="country:SE", party_name="Sweden", party_type="country"),
        "fr": Actor("fr", "France", "country"),
        "org": Actor("org", "Nordic Council", "organization"),
    }
    data = network({"m1": ["p1", "p2", "p3"], "m2": ["p1", "fr", "org"]}, actors=actors)
    states = party_graph(data, "country")
    assert sorted(states.nodes[n]["name"] for n in states) == ["France", "Germany", "Sweden"]
    assert states["country:DE"]["country:SE"]["weight"] == 1  # two Germans at m1 make one tie with Sweden
    assert not states.has_edge("country:DE", "country:DE")
    assert states.nodes["country:DE"]["meetings"] == 2
    assert list(party_graph(data, "organization")) == ["org"]


def test_analysis_timeline_counts_meetings_and_new_actors_per_month():
    data = network({"m1": ["a", "b"], "m2": ["a", "c"], "m3": ["a", "b"], "m4": ["z"]},
                   dates={"m1": "2025-03-02", "m2": "2025-03", "m3": "2025-04-10"})
    months = timeline(data)
    assert [(t["month"], t["meetings"], t["new_actors"]) for t in months] == [
        ("2025-03", 2, ["A", "B", "C"]), ("2025-04", 1, [])]
    assert months[0]["most_central"][0] == {"name": "A", "degree": 2}


def test_analysis_hosts_ranking_and_actor_profile():
    data = network({"m1": ["a", "b"], "m2": ["a", "b"], "m3": ["a", "c"]}, dates={"m1": "2025-01-05", "m3": "2025-02-01"},
                   hosts={("m1", "a"), ("m3", "a"), ("m2", "b")}, places={"m1": ["Oslo"], "m3": ["Oslo"], "m2": ["Bergen"]})
    assert [(h["name"], h["hosted"]) for h in hosts_ranking(data)] == [("A", 2), ("B", 1)]
    profile = actor_profile(data, "a")
    assert [m["name"] for m in profile["meetings"]] == ["M1", "M3", "M2"]  # by date, undated last
    assert [(p["name"], p["shared_meetings"]) for p in profile["partners"]] == [("B", 2), ("C", 1)]
    assert profile["places"] == [{"name": "Oslo", "meetings": 2}, {"name": "Bergen", "meetings": 1}]
    assert [m["hosted"] for m in profile["meetings"]] == [True, True, False]


def test_analysis_find_actor_folds_spelling_and_refuses_ambiguity():
    actors = {"z": Actor("z", "Volodymyr Zelenskyy", "person", names=["Selenskyj"]),
              "o1": Actor("o1", "Olga Berg", "person"), "o2": Actor("o2", "Olga Berger", "person")}
    data = network({"m1": ["z", "o1", "o2"]}, actors=actors)
    assert find_actor(data, "selenskyj") == "z"
    assert find_actor(data, "Zelensky") == "z"  # part of one name only
    with pytest.raises(NewsgraphError, match="names 2 actors: Olga Berg, Olga Berger"):
        find_actor(data, "olga")
    with pytest.raises(NewsgraphError, match="no actor called 'Nobody'"):
        find_actor(data, "Nobody")


def test_analysis_period_keeps_overlapping_meetings_and_counts_what_it_left_out():
    data = network({"m1": ["a", "b"], "m2": ["a", "c"], "m3": ["b", "c"], "m4": ["a", "d"]},
                   dates={"m1": "2025-03-31", "m2": "2025-04", "m3": "2025-06-01"})
    result = analyze(data, since="2025-04-15", until="2025-05")
    assert result["counts"]["meetings"] == 1  # m2, dated to April, overlaps
    assert {a["name"] for a in result["coalition"]["centrality"]} == {"A", "C"}
    assert result["period"]["left_out"] == {"undated": 1, "outside_period": 2}
    with pytest.raises(NewsgraphError, match="after --until"):
        analyze(data, since="2025-06", until="2025-01")
    with pytest.raises(NewsgraphError, match="not a date"):
        analyze(data, since="last week")


def test_analysis_of_a_built_graph(small_facts):
    data = read_network(merged_graph(facts_to_dataset(small_facts)))
    result = analyze(data, actor="Alma Keller")
    names = [a["name"] for a in result["coalition"]["centrality"]]
    assert names[0] == "Alma Keller"  # she is in both meetings
    assert "Delegation" not in names  # an unnamed group
    assert result["counts"]["meetings_with_attendees"] == 2
    assert result["hosts"][0]["name"] == "Alma Keller" and result["hosts"][0]["hosted"] == 1
    assert sorted(s["iri"].rsplit("/", 1)[-1] for s in result["states"]["centrality"]) == ["DE", "NL"]  # Keller counts for DE
    assert [p["name"] for p in result["actor"]["partners"]] == ["Netherlands", "Northern Forum", "Piet Varga"]


def test_analysis_json_follows_its_schema(small_facts):
    import json
    from pathlib import Path

    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(__file__).resolve().parents[2] / "graph" / "data" / "analysis.schema.json").read_text(encoding="utf-8"))
    data = read_network(merged_graph(facts_to_dataset(small_facts)))
    jsonschema.validate(json.loads(json.dumps(analyze(data, actor="Keller"))), schema)
    jsonschema.validate(json.loads(json.dumps(analyze(network({})))), schema)


def test_analysis_eigenvector_equals_networkx_power_iteration():
    import random

    from graph.analysis import _principal_eigenvector

    rng = random.Random(5)
    G = nx.connected_watts_strogatz_graph(60, 4, 0.3, seed=5)
    for a, b in G.edges():
        G[a][b]["weight"] = rng.randint(1, 4)
    expected = nx.eigenvector_centrality(G, weight="weight", max_iter=1000, tol=1e-9)
    got = _principal_eigenvector(G)
    assert max(abs(got[n] - expected[n]) for n in G) < 1e-9


def test_analysis_broker_splitting_three_ways():
    # c joins three otherwise separate pairs' meetings: removing c leaves three groups
    G = co_attendance_graph(network({"m1": ["a", "c"], "m2": ["b", "c"], "m3": ["c", "d", "e"]}))
    brokers, _ = brokers_and_bridges(G)
    assert [(b["name"], b["splits_into"]) for b in brokers] == [("C", 3)]


def test_analysis_profile_counts_a_venue_not_also_its_city(small_facts):
    # the Berlin meeting is at the chancellery, which lies in Berlin: one place, not two
    data = read_network(merged_graph(facts_to_dataset(small_facts)))
    meeting = next(m for m in data.meetings.values() if len(m.places) == 2)
    assert len(meeting.innermost) == 1
    profile = actor_profile(data, find_actor(data, "Piet Varga"))
    assert [p["meetings"] for p in profile["places"]] == [1] and profile["places"][0]["name"] == meeting.innermost[0][1]


def test_analysis_betweenness_is_networkx_betweenness_computed_exactly():
    from graph.analysis import betweenness

    G = nx.gnm_random_graph(300, 900, seed=3)
    G = nx.relabel_nodes(G, {i: f"n{i}" for i in G})
    G.add_edge("lonely-a", "lonely-b")  # a separate pair
    expected = nx.betweenness_centrality(G, normalized=True)
    got = betweenness(G)
    assert got.keys() == expected.keys()
    assert max(abs(got[v] - expected[v]) for v in G) < 1e-9


def test_analysis_betweenness_of_a_large_network_is_estimated_from_a_seeded_sample_of_sources():
    from graph.analysis import betweenness, betweenness_sources

    G = nx.barabasi_albert_graph(800, 3, seed=5)
    G = nx.relabel_nodes(G, {i: f"n{i}" for i in G})
    G.add_edges_from([("leaf-1", "n0"), ("leaf-2", "n7"), ("leaf-3", "n799")])  # no path passes through these
    assert betweenness_sources(G) is None  # small enough: exact
    sources = betweenness_sources(G, budget=G.number_of_edges() * 200)
    assert sources == 200
    assert betweenness_sources(G, budget=1) == 100  # never fewer
    exact = nx.betweenness_centrality(G, normalized=True)
    estimate = betweenness(G, sources)
    assert estimate == betweenness(G, sources)  # the seed fixes the sample
    hubs = sorted(G, key=lambda v: -exact[v])[:5]
    assert all(abs(estimate[v] - exact[v]) < 0.25 * exact[v] for v in hubs)
    assert [estimate[f"leaf-{i}"] for i in (1, 2, 3)] == [0.0, 0.0, 0.0]


def test_analysis_says_whether_betweenness_was_estimated(small_facts):
    data = read_network(merged_graph(facts_to_dataset(small_facts)))
    result = analyze(data)
    assert result["coalition"]["betweenness_sources"] is None

"""The four graphs export to GraphML and GEXF that Gephi (and networkx) read back unchanged."""
from __future__ import annotations

import io

import networkx as nx

from graph.network_data import read_network
from graph.networks import all_graphs, bipartite_graph, export_texts
from graph.rdf import facts_to_dataset, merged_graph


def test_networks_bipartite_graph_has_actors_meetings_and_hosts(small_facts):
    B = bipartite_graph(read_network(merged_graph(facts_to_dataset(small_facts))))
    kinds = nx.get_node_attributes(B, "bipartite")
    assert sorted(kinds.values()).count(1) == 2  # two meetings
    assert sorted(kinds.values()).count(0) == 5  # five actors, the unnamed group too
    assert sum(d["host"] for _, _, d in B.edges(data=True)) == 1


def test_networks_export_reads_back_with_the_same_nodes_edges_and_weights(small_facts):
    graphs = all_graphs(read_network(merged_graph(facts_to_dataset(small_facts))))
    texts = export_texts(graphs)
    assert sorted(texts) == sorted(f"{s}.{ext}" for s in ("bipartite", "coalition", "states", "organisations") for ext in ("graphml", "gexf"))
    for stem, G in graphs.items():
        for back in (nx.read_graphml(io.BytesIO(texts[f"{stem}.graphml"].encode())),
                     nx.read_gexf(io.BytesIO(texts[f"{stem}.gexf"].encode()))):
            assert back.number_of_nodes() == G.number_of_nodes() and back.number_of_edges() == G.number_of_edges()
            assert {d.get("name") or d.get("label") for _, d in back.nodes(data=True)} == {d["name"] for _, d in G.nodes(data=True)}
    coalition = nx.read_graphml(io.BytesIO(texts["coalition.graphml"].encode()))
    assert sorted(d["weight"] for _, _, d in coalition.edges(data=True)) == sorted(d["weight"] for _, _, d in graphs["coalition"].edges(data=True))

"""A build's graph assembled from article graphs: the union file, the article graphs' file, the work store."""
from __future__ import annotations

from graph.assemble import AssembledGraph, UnionWriter
from graph.network_data import READ_PREDICATES, read_network
from graph.rdf import facts_to_dataset, iter_article_graphs, merged_graph
from graph.serialize import serialize, sorted_lines


def test_assemble_union_is_every_statement_once_sorted_across_spilled_runs(tmp_path):
    runs = [[b"<s:1> <p:a> <o:1> .\n", b"<s:2> <p:a> <o:2> .\n"],
            [b"<s:1> <p:a> <o:1> .\n", b"<s:3> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <c:x> .\n",
             b"<s:3> <p:a> <o:0> .\n"],
            [b"<s:0> <p:b> <o:9> .\n"]]
    union = UnionWriter(tmp_path / "union.nt", run_lines=2)  # a spill after every article
    for lines in runs:
        union.add(lines)
    written = union.finish().read_bytes()
    assert written == b"".join(sorted_lines(b"".join({line: None for lines in runs for line in lines})))
    assert union.triples == 5
    assert [p.name for p in tmp_path.iterdir()] == ["union.nt"]  # the runs are gone


def test_assemble_union_file_is_the_merged_graph(tmp_path, small_facts):
    graph = AssembledGraph(tmp_path).add_graphs(iter_article_graphs(small_facts, ntriples=True))
    expected = serialize(merged_graph(facts_to_dataset(small_facts)), "nt").encode("utf-8")
    assert graph.union_ntriples().read_bytes() == expected
    assert graph.triples == len(expected.splitlines())


def test_assemble_work_store_with_the_read_predicates_gives_the_whole_network(tmp_path, small_facts):
    whole = read_network(merged_graph(facts_to_dataset(small_facts)))
    graph = AssembledGraph(tmp_path, keep=READ_PREDICATES).add_graphs(iter_article_graphs(small_facts, ntriples=True))
    assert len(graph.work) < graph.triples  # offsets, labels, provenance left out
    assert read_network(graph.work) == whole
    assert whole.attendances and any(a.party for a in whole.actors.values()) and any(m.evidence for m in whole.meetings.values())

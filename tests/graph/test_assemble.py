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


def test_assemble_work_store_on_disk_holds_what_the_memory_one_holds(tmp_path, small_facts):
    """A corpus too large for memory keeps the statements the build reads in Oxigraph on disk: the same network."""
    (tmp_path / "m").mkdir(), (tmp_path / "d").mkdir()
    in_memory = AssembledGraph(tmp_path / "m", keep=READ_PREDICATES)
    on_disk = AssembledGraph(tmp_path / "d", keep=READ_PREDICATES, work_on_disk=True)
    for graph in (in_memory, on_disk):
        graph.add_graphs(iter_article_graphs(small_facts, ntriples=True))
    assert on_disk.work.path == tmp_path / "d" / "work-store" and (tmp_path / "d" / "work-store").is_dir()
    assert not (tmp_path / "d" / "work.nt").exists()  # the gathered statements, loaded, are gone
    assert len(on_disk.work) == len(in_memory.work) > 0
    assert read_network(on_disk.work) == read_network(in_memory.work)
    on_disk.work.close()


def test_assemble_a_build_with_the_work_store_on_disk_writes_the_same_files(tmp_path, small_facts, monkeypatch):
    """Past WORK_ON_DISK_ARTICLES a build reads its network from disk: analysis, networks and views unchanged."""
    import graph.builder
    from graph.builder import write_outputs

    write_outputs(small_facts, tmp_path / "memory")
    monkeypatch.setattr(graph.builder, "WORK_ON_DISK_ARTICLES", 0)
    summary = write_outputs(small_facts, tmp_path / "disk")
    assert summary.meetings > 0
    files = sorted(p.relative_to(tmp_path / "memory") for p in (tmp_path / "memory").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "disk") for p in (tmp_path / "disk").rglob("*") if p.is_file())
    for name in files:
        assert (tmp_path / "memory" / name).read_bytes() == (tmp_path / "disk" / name).read_bytes(), name

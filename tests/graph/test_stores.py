"""The stores behind ``--store``: rdflib in memory, Oxigraph on disk, and a real ``oxigraph serve`` reached by the
SPARQL 1.1 Protocol and the Graph Store Protocol. Each must give the answers rdflib gives on graph.ttl."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rdflib import Literal

from graph.builder import build
from graph.errors import NewsgraphError
from graph.library import analyze, query
from graph.network_data import read_network
from graph.sparql import named_queries
from graph.stores import UNION_GRAPH, OxigraphStore, StoreError, StoreSpecError, bind_parameters, open_store, with_values

ARTICLES = {
    "a_berlin.txt": "date: 2025-03-04\nBundeskanzler Olaf Scholz empfing am Dienstag den französischen Präsidenten "
                    "Emmanuel Macron im Kanzleramt in Berlin.\n",
    "b_london.txt": "date: 2025-03-06\nPrime Minister Keir Starmer hosted Emmanuel Macron and Olaf Scholz at "
                    "Lancaster House in London on Thursday.\n",
    "c_warschau.txt": "date: 2025-03-10\nDer polnische Regierungschef Donald Tusk traf am Montag in Warschau den "
                      "ukrainischen Präsidenten Wolodymyr Selenskyj.\n",
}
PARAMS = {"meetings-of-actor": {"name": "Macron"}, "reports-of-meeting": {"name": "london"}}


def _corpus(folder: Path, names=ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    return folder


def _answers(**where) -> dict[str, str]:
    """Every named query's CSV answer from one store (``graph=`` a file or ``store=`` a spec)."""
    return {name: query(q.text, params=PARAMS.get(name), format="csv", **where) for name, q in named_queries().items()}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """A build of the three articles into files and into an Oxigraph store."""
    root = tmp_path_factory.mktemp("stores")
    out = root / "out"
    build([_corpus(root / "articles")], out, store=f"oxigraph:{out / 'store'}", jobs=1, cache=False, view=False)
    return out, out / "store"


def test_oxigraph_store_answers_every_named_query_as_rdflib_does(built):
    out, store = built
    memory = _answers(graph=out / "graph.ttl")
    assert "Lancaster House" in memory["hosts"] or "Keir Starmer" in memory["hosts"]
    assert _answers(store=f"oxigraph:{store}") == memory


def test_oxigraph_store_read_into_memory_answers_as_on_disk(built, tmp_path):
    out, store = built
    assert _answers(store=f"oxigraph-memory:{store}") == _answers(store=f"oxigraph:{store}")
    base = "https://newsgraph.example/id/"
    with open_store(f"oxigraph-memory:{store}") as copy, open_store(f"oxigraph:{store}") as disk:
        assert len(copy.our_graphs(base)) == len(ARTICLES) and copy.our_graphs(base) == disk.our_graphs(base)
        assert len(copy) == len(disk) > 0
    # a copy in memory is for queries: a build cannot load into it, and says so before reading any article
    with pytest.raises(StoreSpecError, match="for queries; build with --store oxigraph:DIR") as e:
        build([_corpus(tmp_path / "articles")], tmp_path / "out", store=f"oxigraph-memory:{store}", jobs=1)
    assert e.value.exit_code == 2 and not (tmp_path / "out").exists()
    with pytest.raises(StoreError, match="no Oxigraph store here"):
        open_store(f"oxigraph-memory:{tmp_path / 'missing'}")


def test_oxigraph_store_gives_the_analysis_rdflib_gives(built, tmp_path):
    out, store = built
    analyze(out / "graph.ttl", tmp_path / "memory")
    analyze(out / "graph.ttl", tmp_path / "oxigraph", store=f"oxigraph:{store}")
    assert (tmp_path / "memory" / "analysis.json").read_bytes() == (tmp_path / "oxigraph" / "analysis.json").read_bytes()


def test_oxigraph_store_holds_each_article_graph_and_their_union_once(built):
    out, store = built
    with open_store(f"oxigraph:{store}") as st:
        graphs = {r.g.toPython() for r in st.select(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <urn:x-newsgraph:union>) }")}
        assert graphs == {f"https://newsgraph.example/id/graph/{n.replace('.', '-').replace('_', '-')}" for n in ARTICLES}
        # Macron is in two articles' graphs, and once in the union that queries see
        rows = st.select("SELECT (COUNT(*) AS ?n) WHERE { <https://newsgraph.example/id/person/emmanuel-macron> "
                         "<https://schema.org/name> ?name }")
        assert int(rows[0].n) == 1
        # the union is what graph.ttl holds: as many triples
        from graph.sparql import load_graph

        assert len(st) == len(load_graph(out / "graph.ttl"))


def test_a_removed_article_leaves_the_store_and_other_graphs_stay(tmp_path):
    articles, out, store = tmp_path / "articles", tmp_path / "out", tmp_path / "store"
    build([_corpus(articles)], out, store=f"oxigraph:{store}", jobs=1, view=False, analysis=False)
    import pyoxigraph as ox

    keep = ox.Store(str(store))
    keep.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("x"),
                     ox.NamedNode("http://example.org/other-graph")))
    del keep
    build([_corpus(articles, ["a_berlin.txt", "b_london.txt"])], out, store=f"oxigraph:{store}", jobs=1, view=False, analysis=False)
    st = ox.Store.read_only(str(store))
    names = {g.value for g in st.named_graphs()}
    assert "https://newsgraph.example/id/graph/c-warschau-txt" not in names
    assert {"https://newsgraph.example/id/graph/a-berlin-txt", "http://example.org/other-graph", UNION_GRAPH} <= names
    assert not list(st.quads_for_pattern(None, ox.NamedNode("https://schema.org/name"), ox.Literal("Donald Tusk"), None))


def test_parameters_are_bound_never_spliced(built):
    out, store = built
    hostile = 'x")) } } DELETE WHERE { ?s ?p ?o } #'
    text = named_queries()["meetings-of-actor"].text
    assert query(text, store=f"oxigraph:{store}", params={"name": hostile}, format="csv").strip().count("\n") == 0
    assert "Emmanuel Macron" in query(text, store=f"oxigraph:{store}", params={"name": "macron"}, format="csv")


def test_values_open_the_where_group_past_templates_comments_strings_and_projections():
    v = {"name": Literal('a "b"')}
    assert with_values("SELECT ?x WHERE { ?x ?p ?name }", v) == 'SELECT ?x WHERE { VALUES (?name) { ("a \\"b\\"") }  ?x ?p ?name }'
    construct = with_values("CONSTRUCT { ?x <p> ?name } WHERE { ?x ?q ?name }", v)
    assert construct.startswith("CONSTRUCT { ?x <p> ?name } WHERE { VALUES (?name)")
    tricky = "# a { in a comment\nSELECT (EXISTS { ?a ?b ?c } AS ?e) ?x { ?x <http://e/{x}> \"}\" }"
    assert "?x { VALUES (?name)" in with_values(tricky, v)
    assert with_values("ASK { ?s ?p ?name }", {}) == "ASK { ?s ?p ?name }"


def test_parameters_reach_subqueries_and_stay_variables_where_they_must():
    v = {"name": Literal('x" . ?s ?p ?o')}
    inner = "SELECT ?m WHERE { { SELECT ?m WHERE { ?m <p> ?n FILTER (?n = ?name) } } ?m <q> \"?name\" } # ?name"
    assert bind_parameters(inner, v) == ('SELECT ?m WHERE { { SELECT ?m WHERE { ?m <p> ?n FILTER (?n = "x\\" . ?s ?p ?o") } } '
                                         '?m <q> "?name" } # ?name')
    assert bind_parameters("SELECT ?name WHERE { ?m <p> ?name }", v).startswith("SELECT ?name WHERE { VALUES (?name)")


def test_store_errors_name_the_store_and_the_reason(tmp_path):
    with pytest.raises(NewsgraphError, match="unknown store 'postgres:db'") as e:
        open_store("postgres:db")
    assert e.value.exit_code == 2
    with pytest.raises(StoreError, match="no Oxigraph store here"):
        open_store(f"oxigraph:{tmp_path / 'missing'}")
    with pytest.raises(StoreError, match=r"127\.0\.0\.1:9/query: cannot reach the SPARQL endpoint"):
        query("ASK { ?s ?p ?o }", store="sparql:http://127.0.0.1:9/query")
    with pytest.raises(NewsgraphError, match="expected an http"):
        open_store("sparql:file:///etc/passwd")
    # a build says so before reading any article, and writes nothing
    with pytest.raises(StoreError, match="cannot reach the SPARQL endpoint"):
        build([_corpus(tmp_path / "articles")], tmp_path / "out", store="sparql:http://127.0.0.1:9/query", jobs=1)
    assert not (tmp_path / "out").exists()


def test_cli_store_option_on_query_analyze_view_and_serve(built, tmp_path):
    from click.testing import CliRunner

    from graph.cli import main

    out, store = built
    runner = CliRunner()
    res = runner.invoke(main, ["query", "--store", f"oxigraph:{store}", "--name", "hosts"])
    assert res.exit_code == 0 and "Keir Starmer" in res.output
    res = runner.invoke(main, ["analyze", "--store", f"oxigraph:{store}", "--out", str(tmp_path / "a")])
    assert res.exit_code == 0 and (tmp_path / "a" / "report.md").is_file()
    res = runner.invoke(main, ["view", "--store", f"oxigraph:{store}", "--out", str(tmp_path / "v")])
    assert res.exit_code == 0 and (tmp_path / "v" / "network.html").is_file()
    res = runner.invoke(main, ["query", "--store", "nowhere", "--name", "hosts"])
    assert res.exit_code == 2 and "unknown store 'nowhere'" in res.output
    res = runner.invoke(main, ["serve", "--store", "nowhere"])
    assert res.exit_code == 2 and "unknown store 'nowhere'" in res.output
    res = runner.invoke(main, ["serve", "--store", f"oxigraph:{tmp_path / 'none'}", "--port", "0"])
    assert res.exit_code == 1 and "no Oxigraph store here" in res.output


# -- a real Oxigraph server ---------------------------------------------------------------------------------
def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def oxigraph_server(tmp_path):
    """``oxigraph serve`` on 127.0.0.1 with a free port and its own folder; stopped after the test."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server (PyPI package oxigraph) is not installed")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"oxigraph serve stopped: {proc.stderr.read().decode()}")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_build_loaded_into_oxigraph_server_answers_as_rdflib(oxigraph_server, tmp_path):
    spec = f"sparql:{oxigraph_server}/query"
    articles, out = tmp_path / "articles", tmp_path / "out"
    s = build([_corpus(articles)], out, store=spec, jobs=1, cache=False, view=False)
    assert s.store == spec
    assert _answers(store=spec) == _answers(graph=out / "graph.ttl")
    analyze(out / "graph.ttl", tmp_path / "memory")
    analyze(out / "graph.ttl", tmp_path / "remote", store=spec)
    assert (tmp_path / "memory" / "analysis.json").read_bytes() == (tmp_path / "remote" / "analysis.json").read_bytes()
    # the Graph Store Protocol removes the graph of an article no longer in the corpus
    build([_corpus(articles, ["a_berlin.txt"])], out, store=spec, jobs=1, view=False, analysis=False)
    with open_store(spec) as st:
        assert st.our_graphs("https://newsgraph.example/id/") == {"https://newsgraph.example/id/graph/a-berlin-txt"}
    assert "Keir Starmer" not in query("SELECT ?n WHERE { ?p <https://schema.org/name> ?n }", store=spec, format="csv")


def test_network_data_reads_alike_from_every_store(built):
    out, store = built
    from graph.sparql import load_graph

    with OxigraphStore(store) as st:
        assert read_network(st) == read_network(load_graph(out / "graph.ttl"))

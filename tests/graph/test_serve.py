"""newsgraph serve: a read-only SPARQL endpoint on localhost that answers, refuses writes and stops slow queries."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from graph.rdf import facts_to_dataset, merged_graph
from graph.serve import make_server
from graph.stores import OxigraphStore, StoreError


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    from conftest import FIXTURES

    facts = [json.loads(line) for line in (FIXTURES / "facts_small.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    graph = tmp_path_factory.mktemp("serve") / "graph.ttl"
    graph.write_text(merged_graph(facts_to_dataset(facts)).serialize(format="turtle"), encoding="utf-8")
    return graph


def _serving(graph: Path, **options):
    server = make_server(graph, port=0, timeout=3, quiet=True, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()
    server.runner.close()


@pytest.fixture(scope="module", params=["graph file", "oxigraph store"])
def endpoint(graph_file, request):
    """The endpoint over the graph file (rdflib) and over an Oxigraph store holding the same graph as a build
    loads it (the union of the article graphs in its own named graph): every test below runs on both."""
    if request.param == "graph file":
        yield from _serving(graph_file)
        return
    import pyoxigraph as ox

    folder = graph_file.parent / "store"
    if not folder.exists():
        target = OxigraphStore(folder, write=True)
        target.store.bulk_load(path=str(graph_file), format=ox.RdfFormat.TURTLE, to_graph=target.union)
        target.store.flush()
        target.close()
    yield from _serving(graph_file.parent / "no-such-graph.ttl", store=f"oxigraph:{folder}")


def call(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None) -> tuple[int, str, str]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read().decode("utf-8")


NAMES = "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n"


def test_serve_answers_get_and_post_as_sparql_json_and_csv(endpoint):
    status, ctype, body = call(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": NAMES}))
    assert status == 200 and ctype == "application/sparql-results+json"
    assert [b["n"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["Alma Keller", "Piet Varga"]
    status, ctype, body = call(f"{endpoint}/sparql", NAMES.encode(), {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and ctype.startswith("text/csv") and body.splitlines() == ["n", "Alma Keller", "Piet Varga"]
    status, _, body = call(f"{endpoint}/sparql", urllib.parse.urlencode({"query": "ASK { ?m a ng:Meeting }"}).encode(),
                           {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(body)["boolean"] is True


def test_serve_refuses_updates_writes_and_network(endpoint):
    update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    assert call(f"{endpoint}/sparql", urllib.parse.urlencode({"update": update}).encode(),
                {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert call(f"{endpoint}/sparql", update.encode(), {"Content-Type": "application/sparql-update"})[0] == 403
    assert call(f"{endpoint}/sparql", b"<urn:x> <urn:y> <urn:z> .", {"Content-Type": "text/turtle"}, method="PUT")[0] == 403
    status, _, body = call(f"{endpoint}/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"}))
    assert status == 400 and "SERVICE" in body
    status, _, body = call(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE { ?x"}))
    assert status == 400 and "syntax error" in body


def test_serve_stops_a_query_past_the_timeout_and_keeps_serving(endpoint):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    status, _, body = call(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": slow}))
    assert status == 503 and "longer than 3 s" in body
    assert call(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": NAMES}))[0] == 200


def test_serve_query_page_works_offline(endpoint):
    import re

    status, ctype, body = call(f"{endpoint}/")
    assert status == 200 and ctype.startswith("text/html") and "<textarea" in body
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", body)


def test_serve_names_a_store_it_cannot_open(tmp_path):
    with pytest.raises(StoreError, match="no-store-here"):
        make_server(tmp_path / "graph.ttl", port=0, quiet=True, store=f"oxigraph:{tmp_path / 'no-store-here'}")


def test_sigterm_to_the_whole_process_group_stops_the_server(graph_file):
    """As ``timeout``, a service manager or ``kill -- -PGID`` send it: the worker must not keep the server up."""
    import os
    import signal
    import subprocess
    import sys
    import time

    newsgraph = Path(sys.executable).parent / "newsgraph"
    proc = subprocess.Popen([str(newsgraph), "serve", "--graph", str(graph_file), "--port", "0"], start_new_session=True,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert "serving" in proc.stderr.readline()  # the worker has loaded the graph
        time.sleep(0.5)
        os.killpg(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


def test_a_worker_that_dies_is_replaced_and_the_server_keeps_answering(graph_file):
    server = make_server(graph_file, port=0, timeout=10, quiet=True)
    try:
        server.runner.process.kill()  # as the kernel's out-of-memory killer would
        server.runner.process.join()
        status, _, body = server.runner.answer(NAMES)
        assert status == 500 and "restarted" in body
        status, _, body = server.runner.answer(NAMES)
        assert status == 200 and "Alma Keller" in body
    finally:
        server.server_close()
        server.runner.close()

"""``newsgraph serve``: a read-only SPARQL 1.1 Protocol endpoint over a built graph, on localhost.

``GET /sparql?query=…`` and ``POST /sparql`` (``application/sparql-query``, or a form with ``query=…``) answer
SELECT and ASK as ``application/sparql-results+json`` (``text/csv`` or ``text/tab-separated-values`` when the
``Accept`` header asks), CONSTRUCT and DESCRIBE as Turtle. Updates (``update=…``, ``application/sparql-update``)
are refused with 403; SERVICE clauses that would reach the network are refused unless ``--allow-network``.
``GET /`` is a small query page that works offline.

The graph is a graph file (rdflib, in memory) or any store of ``--store`` (:mod:`graph.stores`): an Oxigraph store
on disk answers a large graph without loading it. Queries run in a worker process that holds the graph or store
(rdflib evaluates in Python, Oxigraph in native code, and neither can be stopped from another thread): a query
that runs past the timeout is answered with 503 and its worker is replaced.
"""
from __future__ import annotations

import multiprocessing
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

MAX_BODY = 1_000_000  # bytes of a POSTed query
RESULT_TYPES = {"json": "application/sparql-results+json", "csv": "text/csv; charset=utf-8",
                "tsv": "text/tab-separated-values; charset=utf-8"}

_store = None
_load_error: str | None = None


def _load(path: str, store: str | None, allow_network: bool) -> None:
    """The worker's store (``store``: a ``--store`` spec; none: the graph file ``path`` in rdflib). One that
    cannot be opened is remembered as an error and given as the answer to the server's first question, which
    stops the server with it."""
    global _store, _load_error
    import rdflib.plugins.sparql as sparql

    from .errors import NewsgraphError
    from .stores import open_store

    sparql.SPARQL_LOAD_GRAPHS = allow_network  # rdflib's FROM <remote> stays local unless asked
    try:
        _store = open_store(store, path)
    except NewsgraphError as exc:
        _load_error = str(exc)


def _answer(text: str, fmt: str, allow_network: bool) -> tuple[int, str, str]:
    """(status, content type, body) of one query, in the worker."""
    from .errors import NewsgraphError
    from .sparql import format_result

    if _load_error is not None:
        return 500, "text/plain; charset=utf-8", _load_error + "\n"
    try:
        result = _store.query(text, None, allow_network)
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return 200, "text/turtle; charset=utf-8", format_result(result, "table")
        if result.type == "ASK":
            return 200, RESULT_TYPES["json"], format_result(result, "json")
        return 200, RESULT_TYPES[fmt], format_result(result, fmt)
    except NewsgraphError as exc:
        return 400, "text/plain; charset=utf-8", f"{exc}\n"


def _worker(conn, graph: str, store: str | None, allow_network: bool) -> None:
    """The query worker: load the graph once, then answer (text, format) requests until the pipe closes. A
    signal for the whole process group (Ctrl-C, ``timeout``, a service manager) is the server's to act on."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _load(graph, store, allow_network)
    while True:
        try:
            text, fmt = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_answer(text, fmt, allow_network))


class QueryRunner:
    """One worker process holding the graph (or ``store``, a ``--store`` spec); queries are answered one at a
    time, each within ``timeout``. A process and a pipe rather than a ``multiprocessing.Pool``: a pool's
    ``terminate`` waits for a lock that a worker killed while waiting for work never releases, so a server
    whose process group got SIGTERM hung there."""

    def __init__(self, graph: str | Path, timeout: float = 30.0, allow_network: bool = False, store: str | None = None) -> None:
        self.graph, self.timeout, self.allow_network, self.store = str(graph), timeout, allow_network, store
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self.lock = threading.Lock()
        self._start()

    def _start(self) -> None:
        from .errors import GraphFileError
        from .stores import StoreError

        self.conn, child = self.context.Pipe()
        self.process = self.context.Process(target=_worker, args=(child, self.graph, self.store, self.allow_network), daemon=True)
        self.process.start()
        child.close()
        try:
            status, _, body = self._ask("ASK {}", "json", None)  # ready once the graph is loaded
        except ChildProcessError:
            status, body = 500, f"{self.store or self.graph}: the query worker stopped while loading it"
        if status != 200:
            self.close()
            raise (StoreError if self.store else GraphFileError)(body.strip())

    def _ask(self, text: str, fmt: str, timeout: float | None) -> tuple[int, str, str]:
        try:
            self.conn.send((text, fmt))
            answered = self.conn.poll(timeout)
            if answered:
                return self.conn.recv()
        except (EOFError, OSError):  # the worker died (out of memory, say): a new one is started by the caller
            raise ChildProcessError from None
        raise TimeoutError

    def answer(self, text: str, fmt: str = "json") -> tuple[int, str, str]:
        with self.lock:
            try:
                return self._ask(text, fmt, self.timeout)
            except TimeoutError:
                self._restart()  # the only way to stop a query rdflib or Oxigraph is evaluating
                return 503, "text/plain; charset=utf-8", f"the query ran longer than {self.timeout:g} s and was stopped\n"
            except ChildProcessError:
                self._restart()
                return 500, "text/plain; charset=utf-8", "the query worker stopped while answering; it has been restarted\n"

    def _restart(self) -> None:
        self.close()
        self._start()

    def close(self) -> None:
        self.conn.close()
        self.process.kill()
        self.process.join()


def _format(accept: str) -> str:
    accept = accept.lower()
    if "text/csv" in accept:
        return "csv"
    if "text/tab-separated-values" in accept:
        return "tsv"
    return "json"


class SparqlHandler(BaseHTTPRequestHandler):
    server_version = "newsgraph-sparql"
    runner: QueryRunner
    quiet = False

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
        if not self.quiet:
            super().log_message(format, *args)

    def _send(self, status: int, ctype: str, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(data)

    def _refuse(self, status: HTTPStatus, why: str) -> None:
        self._send(status, "text/plain; charset=utf-8", why + "\n")

    def _query(self, params: dict[str, list[str]], body_query: str | None = None) -> None:
        if "update" in params:
            return self._refuse(HTTPStatus.FORBIDDEN, "updates are refused: this endpoint is read-only")
        query = body_query if body_query is not None else (params.get("query") or [None])[0]
        if not query:
            return self._refuse(HTTPStatus.BAD_REQUEST, "no query: pass query=… (SPARQL 1.1 Protocol)")
        self._send(*self.runner.answer(query, _format(self.headers.get("Accept", ""))))

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._send(200, "text/html; charset=utf-8", QUERY_PAGE)
        if url.path == "/favicon.ico":
            return self._send(204, "image/x-icon", "")
        if url.path != "/sparql":
            return self._refuse(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql, the query page /")
        self._query(parse_qs(url.query))

    def do_POST(self) -> None:  # noqa: N802
        if urlsplit(self.path).path != "/sparql":
            return self._refuse(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request body is over {MAX_BODY:,} bytes")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self._refuse(HTTPStatus.FORBIDDEN, "updates are refused: this endpoint is read-only")
        if ctype == "application/sparql-query":
            return self._query(parse_qs(urlsplit(self.path).query), body)
        if ctype == "application/x-www-form-urlencoded":
            return self._query(parse_qs(body))
        self._refuse(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                     "expected application/sparql-query or application/x-www-form-urlencoded")

    def do_PUT(self) -> None:  # noqa: N802 (the Graph Store Protocol's writes)
        self._refuse(HTTPStatus.FORBIDDEN, "writes are refused: this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT


def make_server(graph: str | Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = 30.0,
                allow_network: bool = False, quiet: bool = False, store: str | None = None) -> ThreadingHTTPServer:
    """A server ready to ``serve_forever()``; its query worker has loaded the graph (or opened ``store``).
    ``port=0``: a free port."""
    runner = QueryRunner(graph, timeout, allow_network, store)
    handler = type("Handler", (SparqlHandler,), {"runner": runner, "quiet": quiet})
    server = ThreadingHTTPServer((host, port), handler)
    server.runner = runner  # closed with the server by the caller (see ``serve``)
    return server


def serve(graph: str | Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = 30.0,
          allow_network: bool = False, on_ready=None, store: str | None = None) -> None:
    import signal

    server = make_server(graph, host, port, timeout, allow_network, store=store)
    if on_ready:
        on_ready(server)

    def stop(*_) -> None:
        raise KeyboardInterrupt  # SIGTERM stops as Ctrl-C does: the worker is shut down, nothing is left behind

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.runner.close()


QUERY_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph SPARQL</title>
<style>body{font:14px system-ui,sans-serif;margin:1.5em;max-width:70em}textarea{width:100%;height:12em;font:13px monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
#status{color:#555;margin-top:.5em}</style></head>
<body><h1>newsgraph SPARQL endpoint</h1>
<p>Read-only. The endpoint is <code>/sparql</code> (SPARQL 1.1 Protocol); prefixes schema:, ng:, prov:, rdfs:, owl:, xsd: are known.</p>
<textarea id="q">SELECT ?meeting ?date WHERE {
  ?m a ng:Meeting ; schema:name ?meeting .
  OPTIONAL { ?m schema:startDate ?date }
} ORDER BY ?date LIMIT 50</textarea>
<div><button id="run">Run</button></div><div id="status"></div><div id="out"></div>
<script>
"use strict";
document.getElementById("run").addEventListener("click", async function () {
  var status = document.getElementById("status"), out = document.getElementById("out");
  status.textContent = "running…"; out.textContent = "";
  var r = await fetch("sparql", {method: "POST", headers: {"Content-Type": "application/sparql-query",
      "Accept": "application/sparql-results+json"}, body: document.getElementById("q").value});
  var text = await r.text();
  if (!r.ok || !(r.headers.get("Content-Type") || "").includes("json")) { status.textContent = r.status + " " + text; return; }
  var data = JSON.parse(text);
  if ("boolean" in data) { status.textContent = String(data.boolean); return; }
  var table = document.createElement("table"), head = table.insertRow();
  data.head.vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
  data.results.bindings.forEach(function (b) {
    var row = table.insertRow();
    data.head.vars.forEach(function (v) { row.insertCell().textContent = b[v] ? b[v].value : ""; });
  });
  status.textContent = data.results.bindings.length + " rows"; out.appendChild(table);
});
</script></body></html>
"""

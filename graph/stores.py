"""Where a built graph lives and is queried, behind one interface, chosen with ``--store``:

- ``memory``: rdflib's in-memory graph, read from a graph file (``--graph``); the default for small graphs;
- ``oxigraph:DIR``: an embedded Oxigraph store on disk (pyoxigraph): a build fills it with Oxigraph's bulk loader
  (``graph/assemble.py``), later commands open it read-only and run SPARQL in Rust;
- ``oxigraph-memory:DIR``: the same store's union graph read into an Oxigraph store in memory when opened (about
  10 s and 850 MB at the peak for a million triples): two to three times faster queries than RocksDB on disk, for a server
  (``newsgraph serve``) or a session of many queries; read-only (a build loads ``oxigraph:DIR``);
- ``sparql:URL``: a remote endpoint (Oxigraph server, Apache Jena Fuseki, GraphDB …) reached by the SPARQL 1.1
  Protocol at URL for queries and by the Graph Store Protocol for loading: ``sparql:QUERY_URL`` with the graph
  store at the sibling ``store`` (Oxigraph's layout), or ``sparql:QUERY_URL|STORE_URL``.

A build's graph is one named graph per article (``<base>graph/<article>``: where each triple came from) and
their union, each triple once, in the graph ``urn:x-newsgraph:union``; queries run over the union as their
default graph (Oxigraph's query option, the Protocol's ``default-graph-uri`` for an endpoint), so every store
gives the answers rdflib gives on ``graph.ttl`` (Oxigraph's own union of named graphs would repeat a triple
once per article that states it). ``GRAPH ?g`` patterns see the article graphs in the embedded Oxigraph store
(not in its copy in memory, which holds the union alone);
through an endpoint they see none, since the Protocol's dataset is then the union graph alone. Loading a build
replaces newsgraph's graphs in the store and drops those of articles no longer in the corpus; graphs of other
names are never touched, so a store can be shared.

Every store answers with rdflib's ``Result`` (SELECT, ASK, CONSTRUCT), so formatting, the analyses and the views
do not care which store answered. Parameters (``--param name=value``) are bound, never spliced into the text
as text: rdflib's initial bindings, and for Oxigraph and a remote endpoint the variable replaced by the literal
written by rdflib (escaped) wherever it occurs outside strings, IRIs and comments (SEP-0007 substitution, which
Oxigraph offers only for projected variables), or a ``VALUES`` block where the variable must stay one. SERVICE
is refused before any store sees the query unless ``allow_network``.
"""
from __future__ import annotations

import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from abc import ABC, abstractmethod
from collections.abc import Mapping
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import Result

from .errors import NewsgraphError, QueryEvaluationError
from .vocab import PREFIXES

_QUERY_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
HTTP_TIMEOUT = 300.0  # seconds a remote endpoint may take to answer one request
UNION_GRAPH = "urn:x-newsgraph:union"  # the union of the article graphs, each triple once


class StoreError(NewsgraphError):
    """A store cannot be opened, loaded or reached."""


class StoreSpecError(StoreError):
    exit_code = 2


class Store(ABC):
    """A graph to query: ``query`` answers SPARQL over the union of the article graphs (a build fills the store:
    ``graph/assemble.py``)."""

    spec: str

    @abstractmethod
    def _run(self, text: str, prepared, form: str, bindings: dict[str, Literal]) -> Result:
        """Answer a checked query (``prepared``: rdflib's parse of ``text``) of the given form (SELECT, ASK,
        CONSTRUCT, DESCRIBE)."""

    def query(self, text: str, params: Mapping[str, str] | None = None, allow_network: bool = False) -> Result:
        """Run a SPARQL query; ``params`` bind variables to literals (never spliced into the text)."""
        from .sparql import prepare

        q = prepare(text, allow_network)
        form = _QUERY_FORMS.get(q.algebra.name, "SELECT")
        bindings = {k: Literal(v) for k, v in (params or {}).items()}
        return self._run(text, q, form, bindings)

    def select(self, text: str) -> list:
        """The rows of a SELECT query (attribute access by variable name, ``None`` when unbound)."""
        return list(self.query(text))

    def rows(self, text: str) -> list[tuple]:
        """The rows of a SELECT query as tuples of plain strings (an IRI, a literal's lexical form, ``true``;
        ``None`` when unbound), in the order of the projection: the fast path for code that reads many rows."""
        return [tuple(None if v is None else str(v) for v in row) for row in self.query(text)]

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(rows[0][0]) if rows else 0

    def close(self) -> None:
        pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def parse_store_spec(spec: str | None) -> tuple[str, str]:
    """(kind, location) of a store spec: ``("memory", "")``, ``("oxigraph", DIR)`` or ``("sparql", URL)``; a
    clear error for anything else, before any work is done."""
    if spec is None or spec == "memory":
        return "memory", ""
    kind, sep, rest = spec.partition(":")
    if kind in ("oxigraph", "oxigraph-memory", "sparql") and sep and rest:
        return kind, rest
    raise StoreSpecError(f"unknown store {spec!r}; expected memory, oxigraph:DIR, oxigraph-memory:DIR or sparql:URL "
                         f"(e.g. oxigraph:output/store, sparql:http://127.0.0.1:7878/query)")


def open_store(spec: str | None, graph: str | Path | None = None, *, write: bool = False) -> Store:
    """The store named by ``spec`` (``memory``, ``oxigraph:DIR``, ``oxigraph-memory:DIR``, ``sparql:URL``); ``memory`` (or no spec) reads
    the graph file ``graph``. ``write``: open an Oxigraph store for loading (created if missing)."""
    kind, location = parse_store_spec(spec)
    if kind == "oxigraph":
        return OxigraphStore(Path(location), write=write)
    if kind == "oxigraph-memory":
        if write:
            raise StoreSpecError(f"{spec}: a store read into memory is for queries; load a build into oxigraph:{location}")
        return OxigraphStore(Path(location), in_memory=True)
    if kind == "sparql":
        query_url, _, store_url = location.partition("|")
        return SparqlStore(query_url, store_url or None)
    from .sparql import load_graph

    return MemoryStore(load_graph(graph))


def graph_prefix(base: str) -> str:
    """The IRIs of newsgraph's article graphs start with this (``IriMinter.article_graph``)."""
    return f"{base}graph/"


# -- rdflib ---------------------------------------------------------------------------------------------------
class MemoryStore(Store):
    """rdflib's in-memory graph (the union of the article graphs, as ``graph.ttl`` holds it)."""

    spec = "memory"

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def _run(self, text: str, prepared, form: str, bindings: dict[str, Literal]) -> Result:
        from .sparql import evaluate

        return evaluate(self.graph, prepared, bindings)

    def __len__(self) -> int:
        return len(self.graph)


# -- Oxigraph -------------------------------------------------------------------------------------------------
def from_oxigraph(t):
    """A pyoxigraph term as an rdflib term (``xsd:string`` literals as plain ones, as rdflib writes them)."""
    import pyoxigraph as ox

    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        datatype = t.datatype.value
        return Literal(t.value) if datatype == _XSD_STRING else Literal(t.value, datatype=URIRef(datatype))
    raise TypeError(f"unexpected term {t!r}")


_XSD_STRING = str(XSD.string)


class TermCache(dict):
    """pyoxigraph terms -> rdflib terms for one answer: names, meetings and articles recur in row after row, and
    an rdflib term (a typed literal parses its value) costs more than the query's own work per cell."""

    def __missing__(self, term):
        self[term] = converted = from_oxigraph(term)
        return converted


def _select_result(variables: list[str], rows: list[dict]) -> Result:
    result = Result("SELECT")
    result.vars = [Variable(v) for v in variables]
    result.bindings = rows
    return result


_OXIGRAPH_ERRORS = (SyntaxError, OSError, ValueError, RuntimeError)  # what pyoxigraph raises on a bad query


class OxigraphStore(Store):
    """An embedded Oxigraph store in a folder (RocksDB): loaded by a build, opened read-only by later commands
    (any number of readers; one writer at a time)."""

    def __init__(self, path: Path | None, write: bool = False, in_memory: bool = False) -> None:
        import pyoxigraph as ox

        self.path, self.spec, self.ox = path, f"oxigraph:{path}", ox
        self.union = ox.NamedNode(UNION_GRAPH)
        self.on_disk = None  # the store on disk a copy in memory was read from (its article graphs stay there)
        try:
            if path is None:  # in memory: the working store of a build that loads no store on disk
                self.spec, self.store = "memory", ox.Store()
            elif write:
                path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(path))
            elif not path.is_dir():
                raise StoreError(f"{path}: no Oxigraph store here; build one with `newsgraph build --store oxigraph:{path}`")
            elif in_memory:
                # the union graph only, through N-Triples in Rust (the article graphs would double the memory)
                self.spec, self.on_disk = f"oxigraph-memory:{path}", ox.Store.read_only(str(path))
                dumped = io.BytesIO()
                self.on_disk.dump(dumped, format=ox.RdfFormat.N_TRIPLES, from_graph=self.union)
                dumped.seek(0)  # read back as a file: no second copy of the dump
                self.store = ox.Store()
                self.store.bulk_load(dumped, format=ox.RdfFormat.N_TRIPLES, to_graph=self.union)
                dumped.close()
            else:
                self.store = ox.Store.read_only(str(path))
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the Oxigraph store: {exc}") from exc

    def _run(self, text: str, prepared, form: str, bindings: dict[str, Literal]) -> Result:
        answer = None
        try:
            # Oxigraph's own substitution takes only variables of the projection
            answer = self.store.query(bind_parameters(text, bindings), prefixes=dict(PREFIXES), default_graph=self.union)
            if form == "ASK":
                result = Result("ASK")
                result.askAnswer = bool(answer)
                return result
            if form in ("CONSTRUCT", "DESCRIBE"):
                result = Result(form)
                result.graph = Graph()
                terms = TermCache()
                for t in answer:
                    result.graph.add((terms[t.subject], terms[t.predicate], terms[t.object]))
                return result
            variables = [v.value for v in answer.variables]
            keys, terms = [Variable(v) for v in variables], TermCache()
            rows = [{k: terms[t] for k, t in zip(keys, solution) if t is not None} for solution in answer]
            return _select_result(variables, rows)
        except _OXIGRAPH_ERRORS as exc:
            raise QueryEvaluationError(f"Oxigraph ({self.path}) failed on the query: {exc}") from exc
        finally:
            # Oxigraph's solutions must be freed on the thread that made them (pyo3 "unsendable"): a traceback
            # kept by a caller would otherwise hold them until a garbage collection on some other thread
            answer = None

    def rows(self, text: str) -> list[tuple]:
        from .sparql import prepare

        prepare(text)  # SERVICE refused, as in ``query``
        answer = None
        try:
            answer = self.store.query(text, prefixes=dict(PREFIXES), default_graph=self.union)
            return [tuple(None if t is None else t.value for t in solution) for solution in answer]
        except _OXIGRAPH_ERRORS as exc:
            raise QueryEvaluationError(f"Oxigraph ({self.path}) failed on the query: {exc}") from exc
        finally:
            answer = None  # freed on this thread (see ``_run``)

    def our_graphs(self, base: str) -> set[str]:
        prefix = graph_prefix(base)
        store = self.on_disk if self.on_disk is not None else self.store
        return {g.value for g in store.named_graphs() if isinstance(g, self.ox.NamedNode) and g.value.startswith(prefix)}

    def __len__(self) -> int:
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, self.union))

    def close(self) -> None:
        self.store = self.on_disk = None


# -- parameters and prefixes for engines other than rdflib -----------------------------------------------------
_TOKENS = re.compile(r"""
    (?P<skip>\#[^\n]*|'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<open>\{) | (?P<close>\}) | (?P<paren>[()])
  | (?P<var>[?$][A-Za-z_0-9]+)
  | (?P<word>[A-Za-z_][A-Za-z_0-9]*)
""", re.VERBOSE | re.DOTALL)


def _outer_group(text: str) -> int:
    """The position just after the ``{`` that opens the query's WHERE group (comments, strings and IRIs
    skipped; a CONSTRUCT template and braces inside the projection's brackets passed over)."""
    form, depth, parens, template = None, 0, 0, False
    for m in _TOKENS.finditer(text):
        kind = m.lastgroup
        if kind == "word" and depth == 0 and parens == 0:
            word = m.group().upper()
            if form is None and word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
                form = word
                template = word == "CONSTRUCT"
            elif word == "WHERE":
                template = False
        elif kind == "paren":
            parens += 1 if m.group() == "(" else -1
        elif kind == "open":
            if depth == 0 and parens == 0 and form is not None:
                if template:
                    template = False  # CONSTRUCT { template } WHERE? { … }: the template is not the pattern
                    depth += 1
                    continue
                return m.end()
            depth += 1
        elif kind == "close":
            depth -= 1
    raise QueryEvaluationError("cannot find the query's WHERE group to bind its parameters")


def with_values(text: str, bindings: Mapping[str, Literal]) -> str:
    """``text`` with ``VALUES (?a ?b) { ("…" "…") }`` opening its WHERE group: the parameters are bound before
    anything else in the group is evaluated (the literals are written by rdflib, escaped)."""
    if not bindings:
        return text
    at = _outer_group(text)
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(v.n3() for v in bindings.values())
    return f"{text[:at]} VALUES ({names}) {{ ({values}) }} {text[at:]}"


def bind_parameters(text: str, bindings: Mapping[str, Literal]) -> str:
    """``text`` with each parameter's variable replaced by its literal (written and escaped by rdflib), outside
    strings, IRIs and comments: substitution as SEP-0007 defines it and as rdflib's initial bindings behave,
    so a parameter reaches subqueries too. A variable that must stay one (in the projection or a CONSTRUCT
    template, after ``AS``, in ``VALUES``) is bound by :func:`with_values` instead."""
    if not bindings:
        return text
    where = _outer_group(text)
    spans: list[tuple[int, int, str]] = []
    previous = ""
    for m in _TOKENS.finditer(text):
        if m.lastgroup == "var" and m.group()[1:] in bindings:
            if m.start() < where or previous.upper() in ("AS", "VALUES") or re.search(r"(?i)\bVALUES\s*\($", text[:m.start()]):
                return with_values(text, bindings)
            spans.append((m.start(), m.end(), bindings[m.group()[1:]].n3()))
        if m.lastgroup != "skip":
            previous = m.group()
    out, at = [], 0
    for start, end, literal in spans:
        out += [text[at:start], literal]
        at = end
    return "".join(out) + text[at:]


def with_prefixes(text: str) -> str:
    """``text`` with a PREFIX line for each of newsgraph's prefixes it uses without declaring (a query run
    locally may use them undeclared: rdflib and Oxigraph are given them)."""
    declared = {m.group(1) for m in re.finditer(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:", text)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared and re.search(rf"(?<![\w?$]){re.escape(p)}:", text)]
    return "\n".join(lines + [text]) if lines else text


# -- a remote endpoint ----------------------------------------------------------------------------------------
class SparqlStore(Store):
    """A remote endpoint: queries by the SPARQL 1.1 Protocol (POST ``application/sparql-query``), loading by the
    Graph Store Protocol (PUT and DELETE ``?graph=IRI``)."""

    def __init__(self, query_url: str, store_url: str | None = None, timeout: float = HTTP_TIMEOUT) -> None:
        for url in (query_url, store_url):
            if url is not None and urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                raise StoreSpecError(f"sparql:{url}: expected an http:// or https:// URL")
        self.query_url = query_url
        self.store_url = store_url or re.sub(r"/(query|sparql)/?$", "/store", query_url)
        self.spec = f"sparql:{query_url}"
        self.timeout = timeout

    def _request(self, url: str, method: str, body: bytes | None = None, headers: dict | None = None,
                 shown: str | None = None) -> bytes:
        """One HTTP request; errors name ``shown`` (the URL without protocol parameters) and the reason."""
        req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
        url = shown or url
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            raise StoreError(f"{method} {url}: HTTP {exc.code} {exc.reason}" + (f": {detail[0][:300]}" if detail else "")) from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{method} {url}: cannot reach the SPARQL endpoint ({reason})") from exc

    def _post_query(self, text: str, accept: str, union: bool = True) -> bytes:
        """POST a query (its default graph the union of the articles unless ``union`` is false)."""
        url = self.query_url
        if union:
            sep = "&" if "?" in url else "?"
            url = f"{url}{sep}default-graph-uri={urllib.parse.quote(UNION_GRAPH, safe='')}"
        return self._request(url, "POST", text.encode("utf-8"),
                             {"Content-Type": "application/sparql-query; charset=utf-8", "Accept": accept}, self.query_url)

    def _run(self, text: str, prepared, form: str, bindings: dict[str, Literal]) -> Result:
        text = bind_parameters(with_prefixes(text), bindings)
        if form in ("CONSTRUCT", "DESCRIBE"):
            body = self._post_query(text, "application/n-triples, text/turtle;q=0.9")
            result = Result(form)
            result.graph = Graph()
            result.graph.parse(data=body.decode("utf-8"), format="turtle")  # N-Triples is Turtle
            return result
        body = self._post_query(text, "application/sparql-results+json")
        try:
            return Result.parse(io.BytesIO(body), format="json")
        except (ValueError, KeyError) as exc:
            raise StoreError(f"{self.query_url}: the answer is not SPARQL JSON results: {body[:200]!r}") from exc

    def ping(self) -> None:
        """Raise :class:`StoreError` unless the endpoint answers a query."""
        self._post_query("ASK { }", "application/sparql-results+json", union=False)

    def our_graphs(self, base: str) -> set[str]:
        body = self._post_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", "application/sparql-results+json", union=False)
        prefix = graph_prefix(base)
        return {b["g"]["value"] for b in json.loads(body)["results"]["bindings"]
                if b.get("g", {}).get("type") == "uri" and b["g"]["value"].startswith(prefix)}

    def _graph_url(self, name: str) -> str:
        sep = "&" if "?" in self.store_url else "?"
        return f"{self.store_url}{sep}graph={urllib.parse.quote(name, safe='')}"

    def upload(self, graph, base: str) -> None:
        """Make the endpoint hold a build's article graphs and their union (``graph``: an
        :class:`graph.assemble.AssembledGraph`), dropping newsgraph's graphs of articles that left the corpus."""
        for name in sorted(self.our_graphs(base) - set(graph.graph_names)):
            self._request(self._graph_url(name), "DELETE")
        headers = {"Content-Type": "application/n-triples"}
        for name, body in graph.article_graphs_ntriples():
            self._request(self._graph_url(name), "PUT", body, headers)
        self._request(self._graph_url(UNION_GRAPH), "PUT", graph.union_ntriples().read_bytes(), headers)

    def __len__(self) -> int:
        body = self._post_query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "application/sparql-results+json")
        rows = json.loads(body)["results"]["bindings"]
        return int(rows[0]["n"]["value"]) if rows else 0

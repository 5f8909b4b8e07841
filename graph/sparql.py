"""SPARQL over a built graph: loading, the library of named queries, and result formatting.

Queries are untrusted input: only SELECT, ASK, CONSTRUCT and DESCRIBE run (updates do not parse here), and a
query that reaches out with ``SERVICE`` or loads remote graphs is refused unless ``allow_network`` is set.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.query import Result

from .errors import GraphFileError, QueryEvaluationError, QueryRefused, QuerySyntaxError, UnknownFormatError, UnknownQueryError
from .rdf import bind_prefixes
from .vocab import PREFIXES

QUERIES_DIR = Path(str(resources.files("graph") / "queries"))
FORMATS = ("table", "csv", "tsv", "json")
_RDF_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml"}


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[str, ...]
    text: str


def named_queries() -> dict[str, NamedQuery]:
    """The queries that ship with newsgraph, by name (``graph/queries/*.rq``)."""
    out = {}
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        meta = {}
        params = []
        for line in text.splitlines():
            if line.startswith("# ") and ":" in line:
                key, _, value = line[2:].partition(":")
                if key.strip() == "param":
                    params.append(value.strip())
                else:
                    meta[key.strip()] = value.strip()
        name = meta.get("name", path.stem)
        out[name] = NamedQuery(name, meta.get("description", ""), tuple(params), text)
    return out


def get_named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise UnknownQueryError(f"no named query {name!r}; `newsgraph query --list` shows: {', '.join(queries)}")
    return queries[name]


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file; the format follows the file extension (.ttl, .trig, .nt, .nq, .jsonld)."""
    p = Path(path)
    if not p.exists():
        raise GraphFileError(f"{p}: no such graph file; run `newsgraph build` first or pass --graph PATH")
    fmt = _RDF_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise GraphFileError(f"{p}: unknown graph file type {p.suffix!r}; expected one of {', '.join(_RDF_FORMATS)}")
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(p, format=fmt)
            g = Graph()
            for s, pr, o, _ in ds.quads((None, None, None, None)):
                g.add((s, pr, o))
        else:
            g = Graph()
            g.parse(p, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise GraphFileError(f"{p}: cannot parse as {fmt}: {exc}") from exc
    bind_prefixes(g)
    return g


def _check_network(algebra) -> None:
    def walk(node):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            raise QueryRefused("the query uses SERVICE, which would reach the network; pass --allow-network to permit it")
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, (list, tuple)):
            for v in node:
                walk(v)

    walk(algebra)


def prepare(text: str, allow_network: bool = False):
    """Parse and check a query; syntax errors become :class:`QuerySyntaxError` with line and column."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery

    try:
        q = prepareQuery(text, initNs=PREFIXES)
    except ParseException as exc:
        raise QuerySyntaxError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}\n  {exc.line}\n  {' ' * (exc.col - 1)}^") from exc
    except Exception as exc:
        raise QuerySyntaxError(f"SPARQL error: {exc}") from exc
    if not allow_network:
        _check_network(q.algebra)
    return q


def run_query(graph: Graph, text: str, params: dict[str, str] | None = None, allow_network: bool = False) -> Result:
    """Run a SPARQL query; ``params`` bind variables to literals (never spliced into the text)."""
    import rdflib.plugins.sparql as sparql

    sparql.SPARQL_LOAD_GRAPHS = allow_network
    q = prepare(text, allow_network)
    return evaluate(graph, q, {k: Literal(v) for k, v in (params or {}).items()})


def evaluate(graph: Graph, prepared, bindings: dict) -> Result:
    """Answer a prepared query in rdflib, its errors reported here rather than when the rows are read."""
    result = graph.query(prepared, initBindings=bindings)
    try:
        if result.type == "SELECT":
            result.bindings  # rdflib answers lazily: evaluate now, so that an engine error is reported here
    except Exception as exc:  # the engine's errors have many types (NotBoundError, TypeError …)
        raise QueryEvaluationError(f"SPARQL evaluation failed: {type(exc).__name__}: {exc}") from exc
    return result


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef):
        return str(value)
    return str(value)


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a result: SELECT as table/csv/tsv/json, ASK as true/false, CONSTRUCT/DESCRIBE as Turtle."""
    if fmt not in FORMATS:
        raise UnknownFormatError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) + "\n" if fmt == "json" else f"{str(bool(result.askAnswer)).lower()}\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = result.graph
        bind_prefixes(g)
        return g.serialize(format="turtle")
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[i]) for i in range(len(names))] for row in result]
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8") + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue()
    return _table(names, rows)


def _table(names: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    def clip(s: str) -> str:
        s = s.replace("\n", " ")
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    rows = [[clip(c) for c in r] for r in rows]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"

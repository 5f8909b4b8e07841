"""The ``newsgraph`` command. Each command parses its options and calls one library function; library
errors become one-line messages with reliable exit codes (0 ok, 1 failures found, 2 bad usage or query)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from extract import __version__

from .errors import NewsgraphError

DEFAULT_GRAPH = Path("output") / "graph.ttl"


def store_option(help_text: str):
    return click.option("--store", default=None, metavar="SPEC", help=help_text)


READ_STORE_HELP = ("Read the graph from a store instead of --graph: oxigraph:DIR (built with build --store), "
                   "oxigraph-memory:DIR (that store read into memory first: faster queries) or "
                   "sparql:URL (a SPARQL endpoint; sparql:QUERY_URL|STORE_URL).")


def _fail(exc: NewsgraphError) -> None:
    click.echo(f"Error: {exc}", err=True)
    sys.exit(exc.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """newsgraph: political news -> a knowledge graph of meetings (who met whom, where, when, hosted by whom,
    and who said what), written as RDF and measured as a network."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", default="output", show_default=True, type=click.Path(path_type=Path), help="Folder the outputs are written to.")
@click.option("--format", "formats", multiple=True, metavar="FORMAT", help="Extra RDF format to write besides ttl and trig (jsonld, nt, nquads, xml); repeatable.")
@click.option("--strict", is_flag=True, help="Stop at the first article that fails, writing nothing.")
@click.option("--base", default=None, metavar="IRI", help="Base IRI of the instances (default https://newsgraph.example/id/).")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: only on a terminal).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@click.option("--timings", is_flag=True, help="Also print the seconds each stage took (extraction, graph, RDF files, network, analysis, views, store).")
@click.option("--spacy-model", "spacy_models", multiple=True, metavar="LANG=NAME",
              help="Run the rules on an installed trained spaCy pipeline (package name or folder) for LANG; its entities add persons. Optional; repeatable.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes for extraction (default: the machine's cores; one process below 40 articles to extract).")
@click.option("--cache/--no-cache", default=True, show_default=True, help="Reuse the facts of articles unchanged since the last build into OUT (kept in OUT/.newsgraph-cache).")
@store_option("Also load the graph into a store: oxigraph:DIR (an embedded store on disk) or sparql:URL (a SPARQL "
              "endpoint with the Graph Store Protocol; sparql:QUERY_URL|STORE_URL); memory (default): the files only.")
def build(paths, out, formats, strict, base, progress, quiet, timings, spacy_models, jobs, cache, store) -> None:
    """Read articles (files or folders of .txt, .jsonl, .html) and build the graph in OUT.

    Without PATHS, builds the example corpus in examples/. Writes facts.jsonl, graph.ttl, graph.trig, the
    analysis (analysis.json, report.md, charts/, networks/) and the views (graph.html, network.html,
    countries.html). Exit status 1 if any article failed (the others are built).
    """
    from .builder import build as run_build
    from .errors import BuildError
    from .iris import DEFAULT_BASE

    def report(msg: str, note: bool = False) -> None:
        click.echo(f"{'Note' if note else 'Error'}: {msg}", err=True)

    models = {}
    for item in spacy_models:
        lang, sep, name = item.partition("=")
        if not sep or lang not in ("de", "en") or not name:
            raise click.BadParameter(f"expected LANG=NAME with LANG de or en, got {item!r}", param_hint="--spacy-model")
        models[lang] = name
    try:
        s = run_build(paths, out, formats=formats, strict=strict, progress=progress, base=base or DEFAULT_BASE,
                      on_error=report, models=models, jobs=jobs, cache=cache, store=store)
    except NewsgraphError as exc:
        if strict and isinstance(exc, BuildError):
            click.echo("Stopped (--strict): no outputs were written.", err=True)
            sys.exit(1)
        _fail(exc)
        return
    if not quiet:
        click.echo(s.text())
    if timings:
        click.echo(s.timings(), err=True)
    sys.exit(1 if s.failed else 0)


@main.command()
@click.argument("query", required=False)
@click.option("--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True, type=click.Path(path_type=Path), help="Graph file (.ttl, .trig, .nt, .jsonld).")
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Read the query from a file.")
@click.option("--name", help="Run a named query (see --list).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(["table", "csv", "tsv", "json"]), help="Output format of SELECT results.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME to the literal VALUE; repeatable.")
@click.option("--allow-network", is_flag=True, help="Let SERVICE clauses and remote FROM graphs reach the network.")
@store_option(READ_STORE_HELP)
def query(query, graph_path, query_file, name, list_queries, fmt, params, allow_network, store) -> None:
    """Run a SPARQL query (QUERY, -f FILE or --name NAME) over a built graph.

    SELECT prints a table (or csv/tsv/json), ASK prints true/false, CONSTRUCT and DESCRIBE print Turtle.
    A syntax error exits with status 2.
    """
    from .sparql import format_result, get_named_query, named_queries

    if list_queries:
        for q in named_queries().values():
            extra = f" (params: {', '.join(q.params)})" if q.params else ""
            click.echo(f"{q.name:20} {q.description}{extra}")
        return
    given = [x for x in (query, query_file, name) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of QUERY, -f FILE or --name NAME (or --list)")
    bindings = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key.isidentifier():
            raise click.UsageError(f"--param expects NAME=VALUE, got {p!r}")
        bindings[key] = value
    try:
        if name:
            text = get_named_query(name).text
        elif query_file:
            text = query_file.read_text(encoding="utf-8")
        else:
            text = query
        from .sparql import prepare
        from .stores import open_store

        prepare(text, allow_network)  # syntax errors before the graph is loaded
        with open_store(store, graph_path) as st:
            click.echo(format_result(st.query(text, bindings, allow_network), fmt), nl=False)
    except NewsgraphError as exc:
        _fail(exc)


@main.command()
@click.option("--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True, type=click.Path(path_type=Path), help="Graph file to analyse.")
@click.option("--out", "out", default=None, type=click.Path(path_type=Path), help="Folder for analysis.json and report.md (default: the graph's folder; with --store: output).")
@click.option("--actor", default=None, metavar="NAME", help="Add this actor's meetings, partners and places (a name, any spelling the articles used, or an IRI).")
@click.option("--since", default=None, metavar="DATE", help="Only meetings on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", default=None, metavar="DATE", help="Only meetings on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@store_option(READ_STORE_HELP)
def analyze(graph_path, out, actor, since, until, store) -> None:
    """Measure the coalition network (networkx): centralities, communities, core, brokers, months, hosts.

    Writes analysis.json, report.md, charts/*.png and networks/*.graphml|gexf (for Gephi).
    """
    from .library import analyze as run

    try:
        paths = run(graph_path, out, actor=actor, since=since, until=until, store=store)
    except NewsgraphError as exc:
        _fail(exc)
        return
    folder = paths[0].parent
    click.echo(f"wrote {len(paths)} files to {folder}: analysis.json, report.md, charts/, networks/")


@main.command()
@click.option("--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True, type=click.Path(path_type=Path), help="Graph file to draw.")
@click.option("--out", "out", default=None, type=click.Path(path_type=Path), help="Folder for the views (default: the graph's folder; with --store: output).")
@click.option("--max-nodes", type=click.IntRange(min=1), default=None, help="Keep at most this many nodes per view, the most central (default 3000).")
@click.option("--since", default=None, metavar="DATE", help="Only meetings on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", default=None, metavar="DATE", help="Only meetings on or before DATE.")
@store_option(READ_STORE_HELP)
def view(graph_path, out, max_nodes, since, until, store) -> None:
    """Draw graph.html (actors, meetings, places), network.html (actors who met) and countries.html (states).

    Each is one HTML file that works offline (pyvis with vis-network inlined, no CDN).
    """
    from .library import view as run

    try:
        pages = run(graph_path, out, max_nodes=max_nodes, since=since, until=until, store=store)
    except NewsgraphError as exc:
        _fail(exc)
        return
    for path, page in pages.items():
        left = f"; left out the least central: {page.left_out_text()}" if page.left_out else ""
        click.echo(f"wrote {path}: {page.nodes} nodes, {page.edges} edges{left}")


@main.command()
@click.option("--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True, type=click.Path(path_type=Path), help="Graph file to check.")
def validate(graph_path) -> None:
    """Check a graph against newsgraph's SHACL shapes (pySHACL). Exit status 1 if it does not conform."""
    from .library import validate as run

    try:
        violations = run(graph_path)
    except NewsgraphError as exc:
        _fail(exc)
        return
    for v in violations:
        click.echo(str(v))
    if violations:
        click.echo(f"{len(violations)} violation(s) in {graph_path}", err=True)
        sys.exit(1)
    click.echo(f"{graph_path} conforms to the newsgraph shapes")


@main.command()
@click.option("--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True, type=click.Path(path_type=Path), help="Graph file to serve.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (keep it local unless you mean to share the graph).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1), help="Seconds a query may run before it is stopped (HTTP 503).")
@click.option("--allow-network", is_flag=True, help="Let SERVICE clauses reach the network.")
@store_option(READ_STORE_HELP)
def serve(graph_path, host, port, timeout, allow_network, store) -> None:
    """Serve the graph as a read-only SPARQL 1.1 Protocol endpoint (/sparql) with a query page (/)."""
    from .serve import serve as run
    from .stores import parse_store_spec

    def ready(server) -> None:
        h, p = server.server_address[:2]
        click.echo(f"serving {store or graph_path} at http://{h}:{p}/ (SPARQL endpoint /sparql, read-only; Ctrl-C stops)", err=True)

    try:
        parse_store_spec(store)  # a bad spec fails before a worker starts
        run(graph_path, host, port, timeout, allow_network, on_ready=ready, store=store)
    except NewsgraphError as exc:
        _fail(exc)
    except OSError as exc:
        click.echo(f"Error: cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port", err=True)
        sys.exit(1)


@main.command(name="eval")
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--gold", "gold_paths", required=True, multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Gold file (JSONL, one record per meeting); repeatable.")
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "json"]), help="Report format.")
@click.option("--no-details", is_flag=True, help="Leave out the list of misses and false positives.")
def evaluate(articles, gold_paths, fmt, no_details) -> None:
    """Extract ARTICLES and score the facts against a gold file.

    Prints precision, recall and F1 for attendance, actors, hosts, absent actors and statements, and the
    accuracy of date, place and status on meetings matched to a gold meeting; per language and per
    article, then the misses and false positives with their sentences.
    """
    import json

    from .builder import extract_corpus
    from .evaluation import evaluate as run, read_gold

    try:
        gold: dict = {}
        for path in gold_paths:
            for article, records in read_gold(path).items():
                gold.setdefault(article, []).extend(records)
        facts, errors = extract_corpus(articles, progress=False)
    except NewsgraphError as exc:
        _fail(exc)
        return
    for e in errors:
        click.echo(f"Error: {e}", err=True)
    report = run(facts, gold)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.text(details=not no_details), nl=False)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":  # pragma: no cover
    main()

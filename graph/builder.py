"""``newsgraph build``: read articles, extract facts, write facts.jsonl, RDF, analysis, report and view.

Every stage after extraction reads only the facts (the interface between :mod:`extract` and :mod:`graph`).
A broken article is reported and skipped; the others still build. All outputs are staged and moved into
place together at the end.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import ArticleError, SkippedFile
from extract.facts import FactsList

from .cache import FactsCache
from .errors import (
    BuildError,
    ModelSetupError,
    NewsgraphError,
    OutputError,
    UnknownFormatError,
)
from .iris import DEFAULT_BASE

RDF_EXTENSIONS = {"turtle": "ttl", "ttl": "ttl", "trig": "trig", "json-ld": "jsonld", "jsonld": "jsonld", "nt": "nt",
                  "ntriples": "nt", "nquads": "nq", "xml": "rdf", "pretty-xml": "rdf", "n3": "n3"}
RDFLIB_NAMES = {"ttl": "turtle", "jsonld": "json-ld", "ntriples": "nt"}


@dataclass
class BuildSummary:
    articles: int = 0
    failed: int = 0
    meetings: int = 0
    actors: int = 0
    places: int = 0
    statements: int = 0
    triples: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    out: str = ""
    extracted: int = 0  # articles extracted in this build
    from_cache: int = 0  # articles whose facts the cache held (unchanged since the last build into this folder)
    store: str | None = None  # the store the graph was loaded into besides the files (oxigraph:DIR, sparql:URL)
    phases: dict[str, float] = field(default_factory=dict)  # seconds per stage of the build, in build order

    @contextmanager
    def timed(self, phase: str) -> Iterator[None]:
        """Add the time of the block to ``phases[phase]``."""
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.phases[phase] = self.phases.get(phase, 0.0) + time.perf_counter() - t0

    def timings(self) -> str:
        """One line per stage: ``  graph   12.3 s``; the stages are those of ``phases``."""
        width = max((len(p) for p in self.phases), default=0)
        return "\n".join(f"  {p:<{width}} {t:7.1f} s" for p, t in self.phases.items())

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("articles", "failed", "meetings", "actors", "places", "statements", "triples", "seconds")}

    def text(self) -> str:
        cached = f" ({self.from_cache} unchanged, from the cache)" if self.from_cache else ""
        return (
            f"{self.articles} articles read{cached}, {self.failed} failed; {self.meetings} meetings, {self.actors} actors, "
            f"{self.places} places, {self.statements} statements, {self.triples} triples in {self.seconds:.1f} s -> {self.out}"
            + (f" and {self.store}" if self.store else "")
        )


def default_corpus() -> Path:
    """The example corpus: ``examples/`` of this checkout, else the copy installed with the package."""
    here = Path(__file__).resolve().parent.parent / "examples"
    if here.is_dir():
        return here
    from importlib.util import find_spec

    spec = find_spec("newsgraph_examples")  # a data-only (namespace) package: look at its folders
    for location in (spec.submodule_search_locations or []) if spec else []:
        if Path(location).is_dir():
            return Path(location)
    raise NewsgraphError("no PATHS given and the example corpus is not installed; pass article files or folders")


def check_formats(formats: Iterable[str]) -> list[tuple[str, str]]:
    """(rdflib serializer name, file extension) for each requested format; unknown ones raise."""
    from rdflib.plugin import PluginException, get
    from rdflib.serializer import Serializer

    out = []
    for f in formats:
        name = RDFLIB_NAMES.get(f.lower(), f.lower())
        try:
            get(name, Serializer)
        except PluginException:
            raise UnknownFormatError(f"unknown RDF format {f!r}; rdflib knows e.g. ttl, trig, jsonld, nt, nquads, xml") from None
        out.append((name, RDF_EXTENSIONS.get(f.lower(), name)))
    return out


PARALLEL_MIN_ARTICLES = 40  # below this many articles to extract, starting workers costs more than it saves


@dataclass
class ExtractionCounts:
    extracted: int = 0  # articles run through the extractor in this build
    from_cache: int = 0  # articles whose facts came from the cache


def extract_corpus(
    paths: Iterable[str | Path],
    *,
    strict: bool = False,
    progress: bool | None = None,
    on_error: Callable[..., None] | None = None,
    models: Mapping[str, str] | None = None,
    jobs: int = 1,
    cache: FactsCache | None = None,
    counts: ExtractionCounts | None = None,
) -> tuple[FactsList, list[str]]:
    """Facts of every article under ``paths`` (in a stable order) and the error messages of those that failed.

    ``models``: optional trained spaCy pipelines per language, checked before any article is read. ``jobs``:
    worker processes (``graph/workers.py``; one process below ``PARALLEL_MIN_ARTICLES`` articles). ``cache``:
    facts of unchanged articles are taken from it and new ones put in. ``counts`` is filled in.
    """
    from tqdm import tqdm

    from extract.errors import ModelError
    from extract.reading import read_articles

    from .workers import default_extractor, extract_one, extract_parallel

    counts = counts if counts is not None else ExtractionCounts()
    extractor = None
    if models:
        extractor = default_extractor(models)
        for lang in sorted(models):
            try:
                extractor.nlp(lang)
            except ModelError as exc:
                raise ModelSetupError(str(exc)) from exc
    errors: list[str] = []
    seen: set[str] = set()

    def fail(msg: str) -> None:
        errors.append(msg)
        if on_error:
            on_error(msg)
        if strict:
            raise BuildError(msg)

    # in reading order: facts from the cache, an error, or an article still to extract
    slots: list[tuple[str, object]] = []
    for item in read_articles(paths):
        if isinstance(item, SkippedFile):
            if on_error:
                on_error(str(item), note=True)
        elif isinstance(item, ArticleError):
            slots.append(("error", str(item)))
        elif item.id in seen:
            slots.append(("error", f"{item.path}: [E106] duplicate article id {item.id!r}; ids must be unique in one build"))
        else:
            seen.add(item.id)
            cached = cache.get(item) if cache is not None else None
            slots.append(("facts", cached) if cached is not None else ("todo", item))
        if strict and slots and slots[-1][0] == "error":
            fail(slots[-1][1])  # --strict: stop before extracting anything more
    todo = [i for i, (kind, _) in enumerate(slots) if kind == "todo"]
    counts.extracted, counts.from_cache = len(todo), sum(kind == "facts" for kind, _ in slots)
    articles = [slots[i][1] for i in todo]
    if jobs > 1 and len(todo) >= PARALLEL_MIN_ARTICLES:
        outcomes = ((todo[k], outcome) for k, outcome in extract_parallel(articles, jobs, models))
    else:
        extractor = extractor or default_extractor(models)
        outcomes = ((i, extract_one(extractor, slots[i][1])) for i in todo)
    bar = tqdm(total=len(todo), desc="extracting", unit="article", file=sys.stderr,
               disable=(not sys.stderr.isatty()) if progress is None else not progress)
    done: dict[int, tuple[str, object]] = {}
    with bar:
        for i, (kind, value) in outcomes:  # facts come checked against the schema, as their line
            if kind == "facts":
                if cache is not None:
                    cache.put(slots[i][1], value)
                value = value.encode("utf-8")  # held as a FactsList holds it (half the memory of a str)
            if kind == "error" and strict:
                fail(value)
            done[i] = (kind, value)
            bar.update(1)
    facts = FactsList()
    for i, (kind, value) in enumerate(slots):
        kind, value = done.get(i, (kind, value))
        if kind == "error":
            fail(value)
        else:
            facts.append(value)
    return facts, errors


def write_outputs(facts: Sequence[dict], out: str | Path, *, formats: Iterable[str] = ("ttl", "trig"), base: str = DEFAULT_BASE,
                  analysis: bool = True, view: bool = True, summary: BuildSummary | None = None,
                  store: str | None = None, keep_facts: bool = True, jobs: int = 1) -> BuildSummary:
    """Everything after extraction: facts.jsonl, RDF files, the analysis (analysis.json, report.md, charts/,
    networks/) and the three views (graph.html, network.html, countries.html); then, with ``store``
    (``oxigraph:DIR``, ``sparql:URL``), the graph loaded into that store (:mod:`graph.stores`). ``keep_facts``
    false: ``facts`` (a ``FactsList``) is emptied once the graph is made, to free its memory for the rest.
    ``jobs``: worker processes that make the article graphs of a corpus of ``PARALLEL_GRAPH_ARTICLES`` or more."""
    from .analysis import analyze
    from .assemble import AssembledGraph, export_files, load_into_oxigraph
    from .network_data import READ_PREDICATES, read_network
    from .outputs import StagedOutputs
    from .rdf import iter_article_graphs
    from .networks import NETWORK_FILES, write_network_files
    from .report import NETWORKS_DIR, analysis_files, stale_files
    from .stores import OxigraphStore, SparqlStore, open_store, parse_store_spec
    from .views import DEFAULT_MAX_NODES, VIEW_FILES, write_view_files

    fmts = check_formats(set(formats) | {"ttl", "trig"})
    facts = facts if isinstance(facts, FactsList) else FactsList(facts)
    s = summary or BuildSummary()
    kind, location = parse_store_spec(store)
    s.out = str(out)
    with StagedOutputs(out) as stage:
        # the graph is made in Oxigraph, never in rdflib's memory store (graph/assemble.py)
        with s.timed("graph"):
            graph = AssembledGraph(stage.dir, keep=READ_PREDICATES | _SUMMARY_PREDICATES,
                                   work_on_disk=len(facts) >= WORK_ON_DISK_ARTICLES)
            graph_jobs = jobs if len(facts) >= PARALLEL_GRAPH_ARTICLES else 1
            graph.add_graphs(iter_article_graphs(facts, base, ntriples=True, jobs=graph_jobs))
            work = graph.work
            s.triples = graph.triples
            # counted in the graph: one meeting, actor or place reported by several articles counts once
            s.meetings, s.actors, s.places, s.statements = (int(work.select(q)[0][0]) for q in _SUMMARY_QUERIES)
        # the RDF files are written by Oxigraph's (and rdflib's) writers from files, beside the analysis and views
        # (a process of their own for a large graph: two cores, and the writers hold Python's lock)
        stage.write("facts.jsonl", facts.jsonl())
        if not keep_facts:  # the caller's facts, no longer needed: their memory goes before the analysis
            facts.clear()
        facts = None
        big = graph.triples >= SEPARATE_WRITER_TRIPLES
        # a huge graph: the views and the network files, each a process holding the whole network, one at a time
        # (side by side, with the analysis, they held 23 GB at 100,000 articles)
        one_at_a_time = graph.triples >= ONE_AT_A_TIME_TRIPLES
        targets = [(name, stage.path(f"graph.{ext}")) for name, ext in sorted(set(fmts))]
        with s.timed("RDF files"):
            rdf_files = _start(export_files, graph.quads_path, graph.union_path, targets, separate=big)
        with s.timed("network"):
            data = read_network(work) if analysis or view else None
            work.close()  # read: its memory (a third of a GB per million statements) goes before the analysis
        if view:  # the views, and the GraphML and GEXF files, beside the rest of the analysis, as the RDF files
            with s.timed("views"):
                targets = {name: stage.path(name) for name in VIEW_FILES}
                view_pages = _start(write_view_files, data, DEFAULT_MAX_NODES, targets, separate=big)
                if one_at_a_time:
                    view_pages.result()
        if analysis:
            with s.timed("analysis"):
                targets = {name: stage.path(f"{NETWORKS_DIR}/{name}") for name in NETWORK_FILES}
                network_files = _start(write_network_files, data, targets, separate=big)
                if one_at_a_time:
                    network_files.result()
                files = analysis_files(data, analyze(data), s.as_dict(), networks=False)
                for name, content in files.items():
                    stage.write(name, content)
                for name in stale_files(files):
                    stage.remove(name)
        with s.timed("RDF files"):  # written here, or the time waited for their process
            rdf_files.result()
        if analysis:
            with s.timed("analysis"):  # the time waited for the network files
                network_files.result()
        if view:
            with s.timed("views"):  # the time waited for the views
                view_pages.result()
        s.files = list(stage.names)
        # the store last, while the article graphs' N-Quads are still at hand; a store that fails stops the build
        # before the files land (the earlier outputs stay)
        with s.timed("store"):
            if kind == "oxigraph":
                with OxigraphStore(Path(location), write=True) as target:
                    load_into_oxigraph(target, graph, base)
                    s.store = target.spec
            elif kind == "sparql":
                remote = open_store(store)
                assert isinstance(remote, SparqlStore)
                remote.upload(graph, base)
                s.store = remote.spec
    return s


SEPARATE_WRITER_TRIPLES = 200_000  # from this size on the RDF files, networks and views are written in processes of their own
ONE_AT_A_TIME_TRIPLES = 20_000_000  # from this size on those processes for the views and networks run one after the other
PARALLEL_GRAPH_ARTICLES = 500  # from this many articles on, worker processes make the article graphs (--jobs)
# from this many articles on, the statements the build reads back (the work store, graph/assemble.py) are held in
# Oxigraph on disk rather than in memory: slower to read, but memory no longer grows with them
WORK_ON_DISK_ARTICLES = 25_000


def _start(fn: Callable, *args, separate: bool) -> Future:
    """``fn(*args)`` in a process of its own (``separate``) or here and now, as a future either way."""
    if separate:
        from concurrent.futures import ProcessPoolExecutor

        from .workers import process_context

        pool = ProcessPoolExecutor(max_workers=1, mp_context=process_context())
        future = pool.submit(fn, *args)
        pool.shutdown(wait=False)  # the process ends once the future is done
        return future
    done: Future = Future()
    try:
        done.set_result(fn(*args))
    except Exception as exc:  # raised where the caller asks for the result, as from a process
        done.set_exception(exc)
    return done


_SUMMARY_PREDICATES = frozenset({"https://newsgraph.example/ns#attends", "https://schema.org/creator"})  # besides READ_PREDICATES
_SUMMARY_QUERIES = [
    "PREFIX ng: <https://newsgraph.example/ns#> SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ng:Meeting }",
    "PREFIX ng: <https://newsgraph.example/ns#> PREFIX schema: <https://schema.org/> "
    "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { { ?a ng:attends ?m } UNION { ?x schema:creator ?a } }",
    "PREFIX schema: <https://schema.org/> SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?x schema:location ?p }",
    # statements are their article's (IRIs minted from the article and the statement id): each counts
    "PREFIX schema: <https://schema.org/> SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q schema:creator ?a }",
]


def build(
    paths: Iterable[str | Path] | None = None,
    out: str | Path = "output",
    *,
    formats: Iterable[str] = ("ttl", "trig"),
    strict: bool = False,
    progress: bool | None = None,
    base: str = DEFAULT_BASE,
    analysis: bool = True,
    view: bool = True,
    on_error: Callable[..., None] | None = None,
    models: Mapping[str, str] | None = None,
    jobs: int | None = None,
    cache: bool = True,
    store: str | None = None,
) -> BuildSummary:
    """Build a graph from articles; see the README for the outputs. Raises :class:`BuildError` under ``strict``.

    ``jobs``: worker processes for extraction and a large corpus's article graphs (default: the machine's
    cores); ``cache``: reuse the facts of
    articles unchanged since the last build into ``out`` (``graph/cache.py``); ``store``: also load the graph into
    ``oxigraph:DIR`` or ``sparql:URL`` (``graph/stores.py``; ``memory`` or None: the files only)."""
    import os

    from .stores import parse_store_spec

    from extract.fingerprint import extractor_fingerprint

    t0 = time.perf_counter()
    check_formats(formats)
    kind = parse_store_spec(store)[0]
    if kind == "oxigraph-memory":
        from .stores import StoreSpecError

        raise StoreSpecError(f"{store}: a store read into memory is for queries; build with --store oxigraph:DIR")
    if kind == "memory":
        store = None  # the files are the memory store
    elif kind == "sparql":
        from .stores import open_store

        open_store(store).ping()  # an endpoint that cannot be reached is said before the articles are read
    path_list = list(paths) if paths else [default_corpus()]
    facts_cache = FactsCache(out, extractor_fingerprint(models)) if cache else None
    counts = ExtractionCounts()
    s = BuildSummary()
    jobs = jobs or os.cpu_count() or 1
    with s.timed("read and extract"):
        facts, errors = extract_corpus(path_list, strict=strict, progress=progress, on_error=on_error, models=models,
                                       jobs=jobs, cache=facts_cache, counts=counts)
    s.articles, s.failed, s.errors = len(facts) + len(errors), len(errors), errors
    s.extracted, s.from_cache = counts.extracted, counts.from_cache
    try:
        write_outputs(facts, out, formats=formats, base=base, analysis=analysis, view=view, summary=s, store=store,
                      keep_facts=False, jobs=jobs)
    except OSError as exc:
        raise OutputError(f"cannot write the outputs to {out}: {exc.strerror or exc}; choose another --out folder") from exc
    if facts_cache is not None:
        facts_cache.prune()  # only after the outputs landed: a failed build keeps the cache it started with
    s.seconds = time.perf_counter() - t0
    return s

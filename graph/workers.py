"""Extraction in worker processes (``newsgraph build --jobs N``), and the article graphs of a large build.

Each worker builds its extractor (spaCy pipelines, rule tables) once, then takes articles; results come back in
the order of the articles, so a parallel build writes the same bytes as one process. An article whose
extraction raises is reported by the worker like any failing article. A worker that dies on an article (a
crash in native code, the memory killer) breaks the pool: the articles it held are then extracted again one at a
time, each in a fresh worker, so that the one that kills its worker is named and all the others still build.

Workers are started with ``forkserver`` (``spawn`` where that is missing), not ``fork``: a forked copy of a
process with threads (a progress bar's monitor, for one) can deadlock.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from extract.article import Article

Outcome = tuple[str, str]  # ("facts", the article's facts.jsonl line) or ("error", message)

_extractor = None


def default_extractor(models: Mapping[str, str] | None):
    from extract.extractor import Extractor

    return Extractor(models=models)


def _start(make_extractor: Callable, models: Mapping[str, str] | None) -> None:
    global _extractor
    _extractor = make_extractor(models)


def extract_one(extractor, article: Article) -> Outcome:
    """The facts of one article, checked against the facts schema and written as their facts.jsonl line, or
    the message of why it failed (never an exception: one article's failure must not stop the others).

    Checked and written here, in the worker: the main process then holds a line per article, not a dict (a
    tenth of the memory), and does not spend its own time on validation (6 s of a 2,000-article build)."""
    from extract.errors import ArticleError
    from extract.facts import FactsError, dumps, validate_facts

    where = article.path or article.id
    try:
        facts = extractor.extract(article)
    except ArticleError as exc:
        return "error", str(exc)
    except Exception as exc:  # an extractor bug: reported with the article, the build goes on
        return "error", f"{where}: internal error while extracting: {type(exc).__name__}: {exc}"
    try:
        validate_facts(facts, where)
    except FactsError as exc:
        return "error", f"{exc} (an extractor bug: please report it with the article)"
    return "facts", dumps(facts)


def _work(article: Article) -> Outcome:
    return extract_one(_extractor, article)


def _ready() -> bool:
    """A task that only a worker whose extractor was built can run."""
    return _extractor is not None


def process_context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _pool(jobs: int, make_extractor: Callable, models) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, mp_context=process_context(), initializer=_start, initargs=(make_extractor, models))


def extract_parallel(articles: Sequence[Article], jobs: int, models: Mapping[str, str] | None = None,
                     make_extractor: Callable = default_extractor) -> Iterator[tuple[int, Outcome]]:
    """``(index, outcome)`` for every article, as they finish (the caller puts them in order)."""
    from concurrent.futures import as_completed

    from .errors import WorkerStartError

    crashed: list[int] = []
    pool = _pool(jobs, make_extractor, models)
    try:
        futures: dict[Future, int] = {}
        try:
            for i, a in enumerate(articles):
                futures[pool.submit(_work, a)] = i
        except BrokenProcessPool:  # broken before the corpus was handed over: the rest are retried below
            crashed.extend(range(len(futures), len(articles)))
        for future in as_completed(futures):
            i = futures.pop(future)  # let go of its result once handed on: a corpus's facts are held once
            try:
                yield i, future.result()
            except BrokenProcessPool:
                crashed.append(i)
    finally:
        # a caller that stops early (--strict at the first failure) does not wait for the rest of the corpus
        pool.shutdown(wait=True, cancel_futures=True)
    # the pool broke: every article still in it failed with it; each again, alone, in a fresh worker, once that
    # worker has shown it can start (a worker that cannot is the machine or the setup, not an article: retrying
    # a whole corpus one article at a time would only report every article as the one that killed it)
    for i in sorted(crashed):
        with _pool(1, make_extractor, models) as pool:
            try:
                started = pool.submit(_ready).result()
            except BrokenProcessPool:
                started = False
            if not started:
                raise WorkerStartError("the worker processes die as they start (before any article), so nothing was "
                                       "built: build with --jobs 1, which extracts in this process and shows why")
            try:
                yield i, pool.submit(_work, articles[i]).result()
            except BrokenProcessPool:
                a = articles[i]
                yield i, ("error", f"{a.path or a.id}: [E107] the worker process died while extracting this article "
                                   "(a crash or the memory limit); the other articles were built")


# -- article graphs ---------------------------------------------------------------------------------------------
_graph_context = None  # (minter, identity) of a graph worker
GRAPH_CHUNK = 50  # article graphs per task


def _start_graphs(base: str, identity) -> None:
    global _graph_context
    from .iris import IriMinter

    _graph_context = (IriMinter(base), identity)


def _graphs(chunk: list[tuple[str, list[bytes]]]) -> list[tuple[str, bytes]]:
    import json

    from .rdf import article_graph_ntriples

    minter, identity = _graph_context
    return [(name, article_graph_ntriples((json.loads(line) for line in lines), minter, identity)) for name, lines in chunk]


def article_graphs_parallel(named: Sequence[tuple[str, list[bytes]]], base: str, identity, jobs: int) -> Iterator[tuple[str, bytes]]:
    """``(graph IRI, N-Triples)`` of each ``(graph IRI, facts.jsonl lines)`` of ``named``, in that order, made by
    ``jobs`` worker processes that get the corpus's identity once. At most two chunks per worker wait to be
    taken, so the graphs made never pile up ahead of the caller."""
    from collections import deque

    from .errors import OutputError

    chunks = [list(named[i:i + GRAPH_CHUNK]) for i in range(0, len(named), GRAPH_CHUNK)]
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=process_context(), initializer=_start_graphs,
                                 initargs=(base, identity)) as pool:
            pending: deque[Future] = deque()
            for part in chunks:
                pending.append(pool.submit(_graphs, part))
                if len(pending) > 2 * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
    except BrokenProcessPool as exc:  # the facts were all checked: a dying worker is the machine (memory), not an article
        raise OutputError(f"a worker process making the article graphs died ({exc}); nothing was written: "
                          "build again with --jobs 1, which makes them in this process") from exc

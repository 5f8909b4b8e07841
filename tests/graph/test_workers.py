"""Extraction in worker processes: the same facts as one process, and a worker that dies costs one article."""
from __future__ import annotations

import os

import pytest

from extract.reading import make_article
from graph.workers import extract_parallel


class Crashing:
    """A stand-in extractor whose process dies on one article (as a crash in native code would kill it)."""

    def __init__(self, models=None) -> None:
        from extract.extractor import Extractor

        self.real = Extractor()

    def extract(self, article):
        if article.id == "poison":
            os._exit(3)
        return self.real.extract(article)


def make_crashing(models):
    return Crashing(models)


def articles(n: int) -> list:
    return [make_article(id=f"a{i}", text=f"Die Außenministerin Anna Feld{'e' * (i % 3)} traf am Montag in Wien ihren Amtskollegen.",
                         date="2025-03-05", language="de") for i in range(n)]


def test_workers_a_dying_worker_names_its_article_and_the_others_build():
    batch = articles(3)
    batch.insert(1, make_article(id="poison", text="Ein Text.", date="2025-03-05", language="de"))
    results = dict(extract_parallel(batch, 2, make_extractor=make_crashing))
    assert sorted(results) == list(range(4))
    kind, message = results[1]
    assert kind == "error" and "poison" in message and "[E107]" in message
    assert all(results[i][0] == "facts" for i in range(4) if i != 1)


def make_failing(models):
    raise MemoryError("no memory for a pipeline")  # every worker dies as it starts


def test_workers_that_cannot_start_stop_the_build_at_once_naming_jobs_1():
    """Workers that die before any article are the machine, not the articles: one clear error, not every article
    retried alone and reported as the one that killed its worker."""
    from graph.errors import WorkerStartError

    with pytest.raises(WorkerStartError, match="--jobs 1"):
        list(extract_parallel(articles(20), 2, make_extractor=make_failing))


def test_workers_give_the_facts_one_process_gives():
    from extract.extractor import Extractor
    from extract.facts import dumps

    batch = articles(4)
    one = Extractor()
    parallel = dict(extract_parallel(batch, 2))
    assert [parallel[i] for i in range(4)] == [("facts", dumps(one.extract(a))) for a in batch]


def test_workers_build_in_parallel_writes_what_one_process_writes(tmp_path, monkeypatch):
    import graph.builder
    from graph.builder import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, a in enumerate(articles(4)):
        (corpus / f"{a.id}.txt").write_text(f" date 2025-03-0{i + 1} \n{a.text}\n", encoding="utf-8")
    (corpus / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    one = build([corpus], tmp_path / "one", progress=False, jobs=1, cache=False, view=False, analysis=False)
    monkeypatch.setattr(graph.builder, "PARALLEL_MIN_ARTICLES", 2)
    two = build([corpus], tmp_path / "two", progress=False, jobs=2, cache=False, view=False, analysis=False)
    assert (one.extracted, one.failed) == (two.extracted, two.failed) == (4, 1)
    assert one.errors == two.errors
    for name in ("facts.jsonl", "graph.ttl", "graph.trig"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_workers_strict_build_in_parallel_stops_and_writes_nothing(tmp_path, monkeypatch):
    import pytest

    import graph.builder
    import graph.workers
    from graph.builder import build
    from graph.errors import BuildError

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, a in enumerate(articles(4)):
        (corpus / f"{a.id}.txt").write_text(f" date 2025-03-0{i + 1} \n{a.text}\n", encoding="utf-8")
    real = graph.workers.extract_parallel

    def failing(batch, jobs, models=None):  # a worker reports the facts of one article as broken
        for i, outcome in real(batch, jobs, models):
            yield i, (("error", f"{batch[i].path}: field meetings: broken") if batch[i].id == "a1.txt" else outcome)

    monkeypatch.setattr(graph.workers, "extract_parallel", failing)
    monkeypatch.setattr(graph.builder, "PARALLEL_MIN_ARTICLES", 2)
    with pytest.raises(BuildError, match="a1.txt: field meetings: broken"):
        build([corpus], tmp_path / "out", progress=False, jobs=2, strict=True, view=False, analysis=False)
    assert not (tmp_path / "out" / "facts.jsonl").exists()


class Careless:
    """A stand-in extractor whose facts break the schema (as a bug in a rule would)."""

    def extract(self, article):
        return {"article": {"id": article.id}, "meetings": "none"}


def test_workers_facts_that_break_the_schema_are_an_error_of_their_article_not_a_line():
    from graph.workers import extract_one

    kind, message = extract_one(Careless(), articles(1)[0])
    assert kind == "error"
    assert message.startswith("a0: field") and "an extractor bug" in message


def test_workers_facts_come_back_as_their_facts_jsonl_line():
    import json

    from extract.extractor import Extractor
    from extract.facts import dumps
    from graph.workers import extract_one

    kind, line = extract_one(Extractor(), articles(1)[0])
    assert kind == "facts" and "\n" not in line
    assert dumps(json.loads(line)) == line


@pytest.mark.parametrize("one_at_a_time", [False, True])
def test_workers_rdf_network_and_view_files_written_in_processes_of_their_own_are_the_same_bytes(tmp_path, monkeypatch, one_at_a_time):
    """Side by side, or (a huge graph) the views' and the networks' processes one after the other: same bytes."""
    import graph.builder
    from graph.builder import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, a in enumerate(articles(3)):
        (corpus / f"{a.id}.txt").write_text(f" date 2025-03-0{i + 1} \n{a.text}\n", encoding="utf-8")
    options = dict(progress=False, jobs=1, cache=False, formats=("jsonld", "nt", "nquads"))
    build([corpus], tmp_path / "here", **options)
    monkeypatch.setattr(graph.builder, "SEPARATE_WRITER_TRIPLES", 0)
    if one_at_a_time:
        monkeypatch.setattr(graph.builder, "ONE_AT_A_TIME_TRIPLES", 0)
    started: list = []  # (function, future) of each process started
    still_running: dict[str, list[str]] = {}  # at each start, the views' and networks' processes not yet done
    real_start = graph.builder._start

    def recorded(fn, *args, separate):
        still_running[fn.__name__] = [name for name, f in started if name != "export_files" and not f.done()]
        future = real_start(fn, *args, separate=separate)
        started.append((fn.__name__, future))
        return future

    monkeypatch.setattr(graph.builder, "_start", recorded)
    build([corpus], tmp_path / "apart", **options)
    if one_at_a_time:
        assert still_running == {"export_files": [], "write_view_files": [], "write_network_files": []}
    from graph.networks import NETWORK_FILES
    from graph.views import VIEW_FILES

    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.nt", "graph.nq", *(f"networks/{n}" for n in NETWORK_FILES),
                 *VIEW_FILES):
        assert (tmp_path / "here" / name).read_bytes() == (tmp_path / "apart" / name).read_bytes(), name



def test_workers_article_graphs_made_by_worker_processes_are_the_same_bytes(tmp_path, monkeypatch):
    """Past PARALLEL_GRAPH_ARTICLES the article graphs are made by --jobs processes, a chunk at a time, and come
    back in graph order: the files must be those one process writes (here one graph per chunk, more chunks than
    are let wait, and meetings that the identity merges across articles)."""
    import graph.builder
    import graph.workers
    from graph.builder import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, a in enumerate(articles(7)):
        (corpus / f"{a.id}.txt").write_text(f" date 2025-03-0{i % 3 + 1} \n{a.text}\n", encoding="utf-8")
    options = dict(progress=False, cache=False, view=False, formats=("nt", "nquads"))
    build([corpus], tmp_path / "one", jobs=1, **options)
    monkeypatch.setattr(graph.builder, "PARALLEL_GRAPH_ARTICLES", 0)
    monkeypatch.setattr(graph.workers, "GRAPH_CHUNK", 1)
    made: list[str] = []
    parallel = graph.workers.article_graphs_parallel

    def counted(*args):
        for name, ntriples in parallel(*args):
            made.append(name)
            yield name, ntriples

    monkeypatch.setattr(graph.workers, "article_graphs_parallel", counted)
    build([corpus], tmp_path / "two", jobs=2, **options)
    assert len(made) == 7 and made == sorted(made)
    for name in ("graph.ttl", "graph.trig", "graph.nt", "graph.nq", "analysis.json", "facts.jsonl"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_workers_a_dying_graph_worker_stops_the_build_with_a_clear_error(tmp_path, monkeypatch):
    import graph.builder
    import graph.workers
    from graph.builder import build
    from graph.errors import OutputError

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for a in articles(2):
        (corpus / f"{a.id}.txt").write_text(f" date 2025-03-01 \n{a.text}\n", encoding="utf-8")
    monkeypatch.setattr(graph.builder, "PARALLEL_GRAPH_ARTICLES", 0)
    monkeypatch.setattr(graph.workers, "_graphs", _die)
    with pytest.raises(OutputError, match="--jobs 1"):
        build([corpus], tmp_path / "out", jobs=2, progress=False, cache=False, view=False)
    assert not (tmp_path / "out" / "graph.ttl").exists()


def _die(chunk):
    import os

    os._exit(1)

"""Incremental builds: unchanged articles are not extracted again, a removed one leaves the graph."""
from __future__ import annotations

import pytest

from graph.builder import build
from graph.cache import CACHE_DIR

TEXTS = {
    "a.txt": " date 2025-03-03 \nDie Außenministerin Anna Feld traf am Montag in Wien ihren Amtskollegen Piet Roos.\n",
    "b.txt": " date 2025-03-04 \nDer Verteidigungsminister Jon Brek empfing am Dienstag in Oslo seine Amtskollegin Mia Lund.\n",
    "c.txt": " date 2025-03-05 \nForeign Minister Ada Stone met her counterpart Tom Reyes in Lisbon on Wednesday.\n",
}


@pytest.fixture()
def calls(monkeypatch) -> list[str]:
    """The ids of the articles the extractor is run on."""
    from extract.extractor import Extractor

    seen: list[str] = []
    real = Extractor.extract

    def counting(self, article):
        seen.append(article.id)
        return real(self, article)

    monkeypatch.setattr(Extractor, "extract", counting)
    return seen


def write(folder, names):
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(TEXTS[name], encoding="utf-8")


def test_cache_second_build_extracts_only_the_new_article(tmp_path, calls):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write(corpus, ["a.txt", "b.txt"])
    first = build([corpus], out, progress=False, jobs=1, view=False, analysis=False)
    assert sorted(calls) == ["a.txt", "b.txt"] and first.extracted == 2 and first.from_cache == 0
    facts_before = (out / "facts.jsonl").read_text(encoding="utf-8")
    calls.clear()
    again = build([corpus], out, progress=False, jobs=1, view=False, analysis=False)
    assert calls == [] and again.from_cache == 2 and "(2 unchanged, from the cache)" in again.text()
    assert (out / "facts.jsonl").read_text(encoding="utf-8") == facts_before  # the same bytes from the cache
    write(corpus, ["c.txt"])
    third = build([corpus], out, progress=False, jobs=1, view=False, analysis=False)
    assert calls == ["c.txt"] and third.extracted == 1 and third.from_cache == 2


def test_cache_removed_article_leaves_the_graph_and_the_cache(tmp_path, calls):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write(corpus, ["a.txt", "b.txt"])
    build([corpus], out, progress=False, jobs=1, view=False, analysis=False)
    assert "graph/b-txt>" in (out / "graph.trig").read_text(encoding="utf-8")
    (corpus / "b.txt").unlink()
    calls.clear()
    build([corpus], out, progress=False, jobs=1, view=False, analysis=False)
    assert calls == []
    trig = (out / "graph.trig").read_text(encoding="utf-8")
    assert "graph/a-txt>" in trig and "graph/b-txt>" not in trig and "Jon Brek" not in trig
    assert len(list((out / CACHE_DIR / "facts").glob("*.json"))) == 1


def test_cache_changed_text_or_no_cache_extracts_again(tmp_path, calls):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write(corpus, ["a.txt"])
    build([corpus], out, progress=False, jobs=1, view=False, analysis=False)
    (corpus / "a.txt").write_text(TEXTS["a.txt"].replace("Wien", "Graz"), encoding="utf-8")
    calls.clear()
    build([corpus], out, progress=False, jobs=1, view=False, analysis=False)
    assert calls == ["a.txt"]
    calls.clear()
    build([corpus], out, progress=False, jobs=1, view=False, analysis=False, cache=False)
    assert calls == ["a.txt"]


def test_cache_damaged_entry_is_extracted_again(tmp_path, calls):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write(corpus, ["a.txt"])
    build([corpus], out, progress=False, jobs=1, view=False, analysis=False)
    entry = next((out / CACHE_DIR / "facts").glob("*.json"))
    entry.write_text("{not json", encoding="utf-8")
    calls.clear()
    s = build([corpus], out, progress=False, jobs=1, view=False, analysis=False)
    assert calls == ["a.txt"] and s.failed == 0


def test_cache_key_covers_the_extractor(tmp_path):
    from extract.fingerprint import extractor_fingerprint
    from extract.reading import make_article
    from graph.cache import FactsCache

    a = make_article(id="a", text="Text.", date="2025-01-01", language="de")
    assert FactsCache(tmp_path, extractor_fingerprint()).key(a) != FactsCache(tmp_path, extractor_fingerprint({"de": "x"})).key(a)
    assert FactsCache(tmp_path, "f").key(a) != FactsCache(tmp_path, "f").key(make_article(id="a", text="Text.", date="2025-01-02", language="de"))

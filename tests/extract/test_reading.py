"""Reading articles: header, dateline, encodings, formats and the errors a user sees for bad files."""
from __future__ import annotations

import json

import pytest

from extract.errors import ArticleError, BinaryArticleError, EmptyArticleError, MalformedArticleError, SkippedFile
from extract.reading import read_articles, read_txt, split_dateline

GERMAN = " date 2025-04-10 Brüssel taz | Die Minister trafen sich am Donnerstag in Brüssel.\n\nZweiter Absatz."


def test_reading_txt_header_and_dateline(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(GERMAN, encoding="utf-8")
    a = read_txt(p)
    assert a.date == "2025-04-10"
    assert a.dateline_place == "Brüssel"
    assert a.source == "taz"
    assert a.language == "de"
    assert a.text.startswith("Die Minister trafen sich")


@pytest.mark.parametrize(
    "text, place, source, ddate",
    [
        ("Berlin (dpa) - Der Kanzler", "Berlin", "dpa", None),
        ("PARIS (AFP) – Le président", "PARIS", "AFP", None),
        ("London, 6 March – The prime minister", "London", None, "2025-03-06"),
        ("WASHINGTON — The president", "WASHINGTON", None, None),
        ("JEDDAH, Saudi Arabia — US officials", "JEDDAH, Saudi Arabia", None, None),
        ("Riad/Ankara – Die Gespräche", "Riad/Ankara", None, None),
        ("Berlin: (hib/KS) Die Präsidentin", "Berlin", "hib/KS", None),
        ("Stuttgart, 8. September 2025. Die Ministerpräsidentin", "Stuttgart", None, "2025-09-08"),
        # a wire's place, day and source together
        ("KYIV, Oct 9 (Reuters) - Ukraine's president", "KYIV", "Reuters", "2025-10-09"),
        ("BRUSSELS, March 3, 2025 (AP) — European Union leaders", "BRUSSELS", "AP", "2025-03-03"),
        # a plain-text wire's dash of two hyphens
        ("TOKYO (Kyodo) -- Japan's prime minister", "TOKYO", "Kyodo", None),
        ("SEOUL -- South Korea's president", "SEOUL", None, None),
    ],
)
def test_reading_dateline_styles(text, place, source, ddate):
    got_place, got_source, got_date, rest = split_dateline(text, 2025)
    assert (got_place, got_source, got_date) == (place, source, ddate)
    assert not rest.startswith(("(", "–", "—", "-", "|"))


def test_reading_a_press_releases_dateline_under_its_headline_and_label():
    text = "Antrittsbesuch der Konsulin\n\nPressemitteilung der Staatskanzlei\n\nStuttgart, 8. September 2025. Die Ministerpräsidentin"
    place, source, ddate, rest = split_dateline(text, 2025)
    assert (place, ddate) == ("Stuttgart", "2025-09-08")
    assert rest == "Antrittsbesuch der Konsulin\n\nPressemitteilung der Staatskanzlei\n\nDie Ministerpräsidentin"
    # a sentence that happens to open with a town, a date and a full stop in the middle of a text is no dateline
    assert split_dateline("Die Reise\n\nBeginn\n\nDann\n\nStuttgart, 8. September 2025. Die", 2025)[0] is None


def test_reading_no_dateline_when_sentence_starts_with_article():
    assert split_dateline("Die Koalition – sie tagte lange", 2025)[0] is None


def test_reading_utf8_bom_and_windows_1252(tmp_path):
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + " date 2025-04 Außenminister trafen sich in München.".encode("utf-8"))
    cp = tmp_path / "cp.txt"
    cp.write_bytes(" date 2025-04 Außenminister trafen sich in München – „heute“.".encode("cp1252"))
    assert "Außenminister" in read_txt(bom).text
    text = read_txt(cp).text
    assert "München" in text and "„heute“" in text


@pytest.mark.parametrize(
    "content, error, reason",
    [
        (b"", EmptyArticleError, "empty"),
        (b"   \n\n", EmptyArticleError, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryArticleError, "binary"),
        (b" date 2025-13-40 Text", MalformedArticleError, "invalid date"),
        (b" date 2025-04   ", MalformedArticleError, "no article text"),
    ],
)
def test_reading_bad_files_name_path_and_reason(tmp_path, content, error, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(error, match=reason) as info:
        read_txt(p)
    assert str(p) in str(info.value)


def test_reading_jsonl_reports_bad_lines_and_keeps_good_ones(tmp_path):
    p = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"id": "one", "date": "2025-04-02", "text": "Die Minister trafen sich in Paris.", "source": "dpa"}),
        "{not json",
        json.dumps({"id": "two", "text": ""}),
        json.dumps({"id": "three", "text": "The ministers met in Paris.", "language": "en-GB", "date": "yesterday"}),
        json.dumps({"id": "four", "text": "The ministers met in Rome.", "language": "en"}),
    ]
    p.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_articles([p]))
    good = [i for i in items if not isinstance(i, ArticleError)]
    bad = [i for i in items if isinstance(i, ArticleError)]
    assert [a.id for a in good] == ["one", "four"]
    assert good[0].source == "dpa" and good[1].language == "en"
    assert [e.line for e in bad] == [2, 3, 4]
    assert "invalid JSON" in str(bad[0]) and "'text'" in str(bad[1]) and "YYYY-MM" in str(bad[2])


def test_reading_html_takes_main_text_and_metadata(tmp_path):
    p = tmp_path / "a.html"
    p.write_text(
        '<html lang="de"><head><title>Gipfel</title><meta name="date" content="2025-04-10"></head><body>'
        "<nav>Startseite Politik Sport</nav><article><h1>Gipfel in Brüssel</h1>"
        "<p>Die Außenminister der Europäischen Union trafen sich am Donnerstag in Brüssel zu Beratungen über die Ukraine.</p>"
        "<p>Gastgeber war die polnische Ratspräsidentschaft, die das Treffen lange vorbereitet hatte.</p></article>"
        "<footer>Impressum</footer></body></html>",
        encoding="utf-8",
    )
    [a] = list(read_articles([p]))
    assert not isinstance(a, ArticleError), a
    assert "trafen sich am Donnerstag" in a.text
    assert "Impressum" not in a.text
    assert a.language == "de" and a.date == "2025-04-10"


def test_reading_folder_is_recursive_sorted_and_skips_non_article_jsonl(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(" date 2025-04 Zweiter Text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text(" date 2025-04 Erster Text.", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps({"article": "a.txt", "meeting": "x"}) + "\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    items = list(read_articles([tmp_path]))
    assert [i.id for i in items if not isinstance(i, ArticleError)] == ["a.txt", "b.txt"]
    skipped = [i for i in items if isinstance(i, SkippedFile)]
    assert len(skipped) == 1 and "gold.jsonl" in str(skipped[0])


def test_reading_explicit_unsupported_or_missing_file_is_an_error(tmp_path):
    md = tmp_path / "notes.md"
    md.write_text("x", encoding="utf-8")
    errors = list(read_articles([md, tmp_path / "missing.txt"]))
    assert all(isinstance(e, ArticleError) for e in errors)
    assert "unsupported file type" in str(errors[0]) and "no such file" in str(errors[1])


def test_reading_a_reader_crash_is_reported_for_that_file_only(tmp_path, monkeypatch):
    import extract.reading as reading

    def broken(path):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(reading, "read_html", broken)
    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text(" date 2025-04 Ein Text.", encoding="utf-8")
    items = list(read_articles([tmp_path]))
    assert isinstance(items[0], ArticleError) and "parser exploded" in str(items[0])
    assert items[1].id == "b.txt"


def test_reading_a_declared_language_without_rules_is_reported_not_read_as_german(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "fr1", "text": "Le ministre a rencontré son homologue à Lyon.", "language": "fr"}) + "\n"
        + json.dumps({"id": "de1", "text": "Die Ministerin traf ihren Amtskollegen in Linz.", "language": "de-AT"}) + "\n"
        + json.dumps({"id": "x1", "text": "Ein Text ohne Angabe der Sprache, aber mit deutschen Wörtern.", "language": ""}) + "\n",
        encoding="utf-8")
    items = list(read_articles([feed]))
    assert isinstance(items[0], ArticleError) and "feed.jsonl:1: [E108] language 'fr' is not supported" in str(items[0])
    assert [(a.id, a.language) for a in items[1:]] == [("de1", "de"), ("x1", "de")]  # de-AT is German; empty: detected


def test_reading_a_dateline_after_a_headline_is_split_off_and_the_headline_kept():
    place, source, _, rest = split_dateline("Annäherung am Mekong\n\nVientiane (dpa) – Am Rande des Treffens sprachen X und Y.")
    assert (place, source) == ("Vientiane", "dpa")
    assert rest == "Annäherung am Mekong\n\nAm Rande des Treffens sprachen X und Y."
    # also on the line right after the headline
    place, _, _, rest = split_dateline("Treffen in Luxemburg\nLuxemburg (dpa) - Die Minister berieten.")
    assert place == "Luxemburg" and rest == "Treffen in Luxemburg\nDie Minister berieten."
    # a first line that is a sentence is no headline, and a paragraph opening with an article has no dateline
    assert split_dateline("Es war ein langer Tag.\n\nBerlin – Am Montag …")[0] is None
    assert split_dateline("Treffen in Rom\n\nDer Kanzler – so heißt es – reiste ab.")[0] is None

"""Read articles from ``.txt`` (the seed header format), ``.jsonl`` and ``.html`` files.

Readers yield :class:`Article` objects or :class:`ArticleError` values (never raise for one bad article),
so a caller can report a broken file and go on with the rest.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .article import Article
from .decoding import decode_bytes
from .errors import ArticleError, MalformedArticleError, SkippedFile, UnsupportedFileError, UnsupportedLanguageError
from .language import detect_language, normalise_language

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")

_HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*(?P<rest>.*)$", re.S)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_PLACE = r"(?P<place>(?:[A-ZÄÖÜ][\w.'’-]*)(?:(?:[ /]|, )[A-ZÄÖÜ][\w.'’-]*){0,3})"
_DASH = r"(?:--|[-–—])"  # ("--": a plain-text wire's dash, "TOKYO (Kyodo) -- …")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("januar", "jänner", "january", "jan"), ("februar", "february", "feb"), ("märz", "march", "mar"),
            ("april", "apr"), ("mai", "may"), ("juni", "june", "jun"), ("juli", "july", "jul"),
            ("august", "aug"), ("september", "sept", "sep"), ("oktober", "october", "oct", "okt"),
            ("november", "nov"), ("dezember", "december", "dec", "dez"),
        ]
    )
    for m in names
}
_DATELINES = [
    # Brüssel taz |
    re.compile(rf"^{_PLACE}\s+(?P<source>[a-z][\w.]{{1,12}})\s*\|\s*"),
    # Berlin (dpa) -   PARIS (AFP) –
    re.compile(rf"^{_PLACE}\s*\((?P<source>[^()\n]{{1,30}})\)\s*{_DASH}\s*"),
    # Berlin: (hib/AW)   (the Bundestag's news service and others write the source after a colon)
    re.compile(rf"^{_PLACE}:\s*\((?P<source>[^()\n]{{1,30}})\)\s*"),
    # London, 6 March –   Rome, 10 July –   Berlin, 3. April –   KYIV, Oct 9 (Reuters) -
    re.compile(
        rf"^{_PLACE},\s*(?P<ddate>\d{{1,2}}\.?\s+[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
        rf"\s*(?:\((?P<source>[^()\n]{{1,30}})\)\s*)?{_DASH}\s*"
    ),
    # WASHINGTON —   Riad/Ankara –   JEDDAH, Saudi Arabia —
    re.compile(rf"^{_PLACE}\s+{_DASH}\s+"),
    # Stuttgart, 8. September 2027.   (a press release's place and full date, closed by a full stop)
    re.compile(rf"^{_PLACE},\s*(?P<ddate>\d{{1,2}}\.\s*[^\W\d_]+)\s+\d{{4}}\.\s+(?=[A-ZÄÖÜ])"),
]
# a first line of at most 200 characters with no full stop or exclamation mark, then a blank line: a headline
# a headline line, then (after a blank line, or straight on the next line) the paragraph that may open with a dateline
_HEADLINE = re.compile(r"^[^\n.!]{1,200}\n(?:[ \t]*\n)?[ \t]*(?=\S)")
_NOT_PLACES = {"Der", "Die", "Das", "Ein", "Eine", "The", "A", "An", "Es", "It", "Er", "Sie", "He", "She", "We", "Wir"}


def split_dateline(text: str, year: int | None = None) -> tuple[str | None, str | None, str | None, str]:
    """Split a dateline off the start of ``text``.

    Returns ``(place, source, dateline_date, rest)``; ``place`` is ``None`` when the text has no dateline.
    ``dateline_date`` is ``YYYY-MM-DD`` when the dateline names a day and ``year`` is known.
    """
    head = text.lstrip()
    found = _match_dateline(head, year)
    if found is not None:
        place, source, ddate, end = found
        return place, source, ddate, head[end:]
    # a headline line first ("Annäherung am Mekong", blank line, "Vientiane – Am Rande …"): the dateline opens the
    # paragraph after it; the headline stays
    # (or after a headline and a label: "Antrittsbesuch …", "Pressemitteilung der Staatskanzlei", "Stuttgart, 8. …")
    before = 0
    for _ in range(2):
        headline = _HEADLINE.match(head[before:])
        if not headline:
            break
        before += headline.end()
        found = _match_dateline(head[before:], year)
        if found is not None:
            place, source, ddate, end = found
            return place, source, ddate, head[:before] + head[before + end:]
    return None, None, None, head


def _match_dateline(head: str, year: int | None) -> tuple[str, str | None, str | None, int] | None:
    for pattern in _DATELINES:
        m = pattern.match(head)
        if not m:
            continue
        place = m.group("place").strip(" ,")
        if place.split()[0].split("/")[0] in _NOT_PLACES:
            continue
        return place, m.groupdict().get("source"), _parse_day_month(m.groupdict().get("ddate"), year), m.end()
    return None


def _parse_day_month(value: str | None, year: int | None) -> str | None:
    if not value or year is None:
        return None
    parts = value.replace(".", " ").split()
    day = next((int(p) for p in parts if p.isdigit()), None)
    month = next((_MONTHS.get(p.lower()) for p in parts if not p.isdigit() and p.lower() in _MONTHS), None)
    if day is None or month is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and _ISO_DATE.match(value) else None


def make_article(
    *,
    id: str,
    text: str,
    path: str | None = None,
    date: str | None = None,
    language: str | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """Build an :class:`Article`, splitting off the dateline and guessing the language if not given.

    A declared language other than German or English raises :class:`UnsupportedLanguageError`: German rules
    on a French text would give wrong facts, not none."""
    text = text.strip()
    lang = normalise_language(language)
    if language and str(language).strip() and lang is None:
        raise UnsupportedLanguageError(path or id, f"language {str(language).strip()!r} is not supported; expected de or en "
                                                   "(German or English), or no language to have it detected")
    place, dl_source, dl_date, body = split_dateline(text, _year(date))
    lang = lang or detect_language(body)
    return Article(
        id=id,
        text=body,
        date=date,
        language=lang,
        source=source or dl_source,
        url=url,
        title=title,
        dateline_place=place,
        dateline_date=dl_date,
        path=path,
    )


def read_txt(path: Path) -> Article:
    """Read a ``.txt`` article; its first line may start with `` date YYYY-MM[-DD] ``."""
    text = decode_bytes(path.read_bytes(), path)
    article_date = None
    m = _HEADER.match(text)
    if m:
        article_date = m.group("date")
        text = m.group("rest")
        _check_date(article_date, path)
    if not text.strip():
        raise MalformedArticleError(path, "the header has no article text after it")
    return make_article(id=path.name, text=text, path=str(path), date=article_date)


def _check_date(value: str, path: Path | str, line: int | None = None) -> None:
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise MalformedArticleError(path, f"invalid date {value!r}: {exc}", line) from exc


def read_jsonl(path: Path) -> Iterator[Article | ArticleError]:
    """Read a ``.jsonl`` file: one article object per line (``id`` and ``text`` required)."""
    text = decode_bytes(path.read_bytes(), path)
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield _article_from_json(line, path, lineno)
        except ArticleError as exc:
            yield exc


def _article_from_json(line: str, path: Path, lineno: int) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedArticleError(path, f"invalid JSON: {exc.msg} at column {exc.colno}", lineno) from exc
    if not isinstance(obj, dict):
        raise MalformedArticleError(path, f"expected a JSON object, got {type(obj).__name__}", lineno)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MalformedArticleError(path, "missing or empty 'text' field", lineno)
    art_id = obj.get("id")
    if art_id is None or str(art_id).strip() == "":
        raise MalformedArticleError(path, "missing 'id' field", lineno)
    art_date = obj.get("date")
    if art_date is not None:
        art_date = str(art_date)[:10]
        if not _ISO_DATE.match(art_date):
            raise MalformedArticleError(path, f"'date' must be YYYY-MM or YYYY-MM-DD, got {obj.get('date')!r}", lineno)
        _check_date(art_date, path, lineno)
    return make_article(
        id=str(art_id),
        text=text,
        path=f"{path}:{lineno}",
        date=art_date,
        language=obj.get("language"),
        source=obj.get("source"),
        url=obj.get("url"),
        title=obj.get("title"),
    )


def read_html(path: Path) -> Article:
    """Read an ``.html`` article: trafilatura takes out the main text, title, date and language."""
    import trafilatura

    html = decode_bytes(path.read_bytes(), path)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise MalformedArticleError(path, "no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    art_date = meta.date[:10] if meta is not None and meta.date else None
    if art_date and not _ISO_DATE.match(art_date):
        art_date = None
    lang = _html_lang(html)
    return make_article(
        id=path.name,
        text=text,
        path=str(path),
        date=art_date,
        language=lang,
        source=(meta.sitename if meta is not None else None),
        url=(meta.url if meta is not None else None),
        title=(meta.title if meta is not None else None),
    )


_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z-]+)", re.I)


def _html_lang(html: str) -> str | None:
    m = _HTML_LANG.search(html[:5000])
    return m.group(1) if m else None


def _looks_like_articles(path: Path) -> bool:
    """Does the first record of a JSONL file found in a folder look like an article (has ``text``)?"""
    try:
        with path.open("rb") as fh:
            for raw in fh:
                if raw.strip():
                    obj = json.loads(raw.decode("utf-8-sig"))
                    return not isinstance(obj, dict) or "text" in obj
    except (ValueError, OSError):
        return True  # let the reader report the real problem
    return True


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool] | ArticleError]:
    """Expand files and folders (recursively) into ``(file, named_explicitly)``, sorted for deterministic builds."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SUFFIXES):
                if not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield f, False
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                yield p, True
            else:
                yield UnsupportedFileError(p, f"unsupported file type {p.suffix or '(none)'!r}; expected one of {', '.join(SUFFIXES)}")
        else:
            yield ArticleError(p, "no such file or folder")


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | ArticleError]:
    """Yield every article under ``paths``, or an :class:`ArticleError` for each one that cannot be read."""
    for found in iter_files(paths):
        if isinstance(found, ArticleError):
            yield found
            continue
        item, explicit = found
        try:
            suffix = item.suffix.lower()
            if suffix == ".jsonl":
                if not explicit and not _looks_like_articles(item):
                    yield SkippedFile(item, "skipped: a JSONL file whose records have no 'text' field is not an article file")
                    continue
                yield from read_jsonl(item)
            elif suffix in (".html", ".htm"):
                yield read_html(item)
            else:
                yield read_txt(item)
        except ArticleError as exc:
            yield exc
        except OSError as exc:
            yield ArticleError(item, f"cannot read the file: {exc.strerror or exc}")
        except Exception as exc:  # a reader bug or a broken dependency must not lose the other files
            yield ArticleError(item, f"cannot read the file: {type(exc).__name__}: {exc}")

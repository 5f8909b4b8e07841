"""The facts file: one JSON object per article, validated against ``extract/schema/facts.schema.json``.

This is the only thing :mod:`graph` reads from :mod:`extract`: it lets every later stage run (and be tested)
without NLP, and makes builds incremental.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import NewsgraphExtractError

SCHEMA_PATH = Path(str(resources.files("extract") / "schema" / "facts.schema.json"))


class FactsError(NewsgraphExtractError):
    """A facts record does not follow the schema; the message names the record and the failing field."""


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


@lru_cache(maxsize=1)
def _fast_check():
    """The schema compiled to Python by fastjsonschema: ten times faster than jsonschema, which took as long
    as the extraction itself. The schema keeps to keywords both know (no 2020-12-only ones)."""
    import fastjsonschema

    return fastjsonschema.compile(schema())


def validate_facts(facts: dict, where: str = "facts") -> None:
    """Raise :class:`FactsError` naming the first schema violation of ``facts``.

    Valid facts (every article, unless the extractor has a bug) pass the compiled check; an invalid record
    is checked again by jsonschema, whose messages name the field (``field meetings/0/status: …``)."""
    import fastjsonschema

    try:
        _fast_check()(facts)
        return
    except fastjsonschema.JsonSchemaValueException as exc:
        fast_message = exc.message
    errors = sorted(_validator().iter_errors(facts), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        path = "/".join(str(p) for p in e.absolute_path) or "(top level)"
        raise FactsError(f"{where}: field {path}: {e.message}")
    raise FactsError(f"{where}: {fast_message}")


def dumps(facts: dict) -> str:
    """One line of facts.jsonl; keys sorted so that the same facts give the same bytes."""
    return json.dumps(facts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def read_facts(path: str | Path, validate: bool = True) -> Iterator[dict]:
    """Read ``facts.jsonl``; each line is checked against the schema unless ``validate`` is false."""
    p = Path(path)
    with p.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise FactsError(f"{p}:{lineno}: invalid JSON: {exc.msg}") from exc
            if validate:
                validate_facts(obj, f"{p}:{lineno}")
            yield obj


def write_lines(records: Iterable[dict]) -> str:
    return "".join(dumps(r) + "\n" for r in records)


class FactsList(Sequence):
    """The facts of a corpus, kept as their facts.jsonl lines (UTF-8) and decoded one article at a time when
    read: as dicts, 10,000 articles' facts took 3 GB, ten times their lines. A sequence of dicts to its
    readers; each read makes a fresh dict (change one and the list does not change)."""

    def __init__(self, records: Iterable[dict | str | bytes] = ()) -> None:
        self._lines: list[bytes] = []
        for record in records:
            self.append(record)

    def append(self, record: dict | str | bytes) -> None:
        """Add an article's facts: a dict, or its line as :func:`dumps` writes it (not checked here)."""
        if isinstance(record, dict):
            record = dumps(record)
        self._lines.append(record.encode("utf-8") if isinstance(record, str) else record)

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return FactsList(self._lines[index])
        return json.loads(self._lines[index])

    def __iter__(self) -> Iterator[dict]:
        for line in self._lines:
            yield json.loads(line)

    def line(self, index: int) -> bytes:
        """The facts.jsonl line of one article, undecoded (to hand to another process)."""
        return self._lines[index]

    def clear(self) -> None:
        """Let go of every line (a build does, once the graph is made, before its analysis)."""
        self._lines = []

    def jsonl(self) -> bytes:
        """The facts.jsonl file: the same bytes as :func:`write_lines` of the dicts."""
        return b"".join(line + b"\n" for line in self._lines)

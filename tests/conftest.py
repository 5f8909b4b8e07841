"""Shared fixtures. Tests that need ../shared (the seed article and the dev corpus) skip when it is absent."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def extractor():
    from extract.extractor import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def extract_text(extractor):
    """Facts of a short text written in the test: ``extract_text("…", lang="de", date="2025-04-10")``."""
    from extract.reading import make_article

    def run(text: str, lang: str = "de", date: str | None = "2025-04-10", id: str = "test.txt") -> dict:
        return extractor.extract(make_article(id=id, text=text, date=date, language=lang))

    return run


@pytest.fixture()
def small_facts() -> list[dict]:
    """Two hand-written facts records (no NLP): the graph side's test input."""
    return [json.loads(line) for line in (FIXTURES / "facts_small.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def attendee_names(facts: dict, meeting: dict) -> set[str]:
    actors = {a["key"]: a for a in facts["actors"]}
    return {actors[a["actor"]]["name"] for a in meeting["attendees"]}


def absent_names(facts: dict, meeting: dict) -> set[str]:
    actors = {a["key"]: a for a in facts["actors"]}
    return {actors[a["actor"]]["name"] for a in meeting["absent"]}


def host_names(facts: dict, meeting: dict) -> set[str]:
    actors = {a["key"]: a for a in facts["actors"]}
    return {actors[a["actor"]]["name"] for a in meeting["hosts"]}


def star(n: int):
    """A ``NetworkData`` of one meeting per spoke: a hub who met ``n`` people, one at a time."""
    from graph.network_data import Actor, Attendance, Meeting, NetworkData

    actors = {f"p{i}": Actor(f"p{i}", f"Person {i:04d}", "person") for i in range(n + 1)}
    meetings = {f"m{i}": Meeting(f"m{i}", f"Meeting {i}", f"2025-01-{1 + i % 28:02d}", "past") for i in range(1, n + 1)}
    rows = [Attendance(f"m{i}", f"Meeting {i}", None, a, actors[a].name, "person", False)
            for i in range(1, n + 1) for a in ("p0", f"p{i}")]
    return NetworkData(actors, meetings, rows)

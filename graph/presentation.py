"""How things are shown, shared by the HTML views, the report and its charts: one colour, shape and label per
kind of node (a state is the same green everywhere), and counts in words."""
from __future__ import annotations

COLOURS = {"person": "#4e79a7", "country": "#59a14f", "organization": "#f28e2b", "group": "#b07aa1",
           "meeting": "#e15759", "place": "#76b7b2"}
SHAPES = {"person": "dot", "country": "diamond", "organization": "square", "group": "triangleDown",
          "meeting": "box", "place": "triangle"}
LABELS = {"person": "person", "country": "state", "organization": "organisation", "group": "group (unnamed)",
          "meeting": "meeting", "place": "place"}


def plural(n: int, word: str) -> str:
    """``plural(1, "meeting")`` is "1 meeting", ``plural(1200, "node")`` is "1,200 nodes"."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"

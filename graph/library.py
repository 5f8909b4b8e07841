"""Library functions that mirror the commands, for notebooks: ``build``, ``query``, ``analyze``, ``view``,
``validate``. Each takes the same options as its command, as keyword arguments."""
from __future__ import annotations

from pathlib import Path

from .builder import build
from .sparql import format_result, load_graph, run_query


def query(text: str, graph: str | Path = "output/graph.ttl", params: dict[str, str] | None = None, format: str = "table", allow_network: bool = False) -> str:
    """Run ``text`` over the graph file and return the formatted result."""
    return format_result(run_query(load_graph(graph), text, params, allow_network), format)


def analyze(graph: str | Path = "output/graph.ttl", out: str | Path | None = None) -> list[Path]:
    """Write analysis.json and report.md for a graph file; returns their paths."""
    from .analysis import analyze as measure
    from .report import analysis_files
    from .store import write_atomic

    folder = Path(out) if out else Path(graph).parent
    return [write_atomic(folder / name, text) for name, text in analysis_files(measure(load_graph(graph))).items()]


def view(graph: str | Path = "output/graph.ttl", out: str | Path | None = None) -> Path:
    """Write graph.html for a graph file; returns its path."""
    from .store import write_atomic
    from .views import render_html

    folder = Path(out) if out else Path(graph).parent
    return write_atomic(folder / "graph.html", render_html(load_graph(graph)))


def validate(graph: str | Path = "output/graph.ttl"):
    """SHACL violations of a graph file (an empty list when it conforms)."""
    from .shacl import validate_graph

    return validate_graph(load_graph(graph))


__all__ = ["build", "query", "analyze", "view", "validate"]

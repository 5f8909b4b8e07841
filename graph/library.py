"""Library functions that mirror the commands, for notebooks: ``build``, ``query``, ``analyze``, ``view``,
``validate``. Each takes the same options as its command, as keyword arguments; ``show`` draws a view inline in
Jupyter."""
from __future__ import annotations

from pathlib import Path

from .builder import build
from .views import RenderedView
from .sparql import format_result, load_graph
from .stores import open_store, parse_store_spec


def _out_folder(out: str | Path | None, graph: str | Path, store: str | None) -> Path:
    """Where analyses and views go: ``out``, else the graph file's folder, else (a store) ``output``."""
    if out:
        return Path(out)
    return Path(graph).parent if parse_store_spec(store)[0] == "memory" else Path("output")


def query(text: str, graph: str | Path = "output/graph.ttl", params: dict[str, str] | None = None, format: str = "table",
          allow_network: bool = False, store: str | None = None) -> str:
    """Run ``text`` over the graph file (or ``store``: ``oxigraph:DIR``, ``sparql:URL``) and return the formatted
    result."""
    with open_store(store, graph) as st:
        return format_result(st.query(text, params, allow_network), format)


def analyze(graph: str | Path = "output/graph.ttl", out: str | Path | None = None, actor: str | None = None,
            since: str | None = None, until: str | None = None, store: str | None = None) -> list[Path]:
    """Write analysis.json, report.md, the charts and the GraphML/GEXF networks for a graph file (sliced to
    ``since``..``until``, with ``actor``'s profile when given); returns the paths written.

    For the numbers themselves in a notebook: ``graph.analysis.analyze(graph.network_data.read_network(g))``.
    """
    from .analysis import analyze as measure
    from .network_data import read_network
    from .report import analysis_files, stale_files
    from .outputs import StagedOutputs

    folder = _out_folder(out, graph, store)
    with open_store(store, graph) as st:
        data = read_network(st)
    files = analysis_files(data, measure(data, actor=actor, since=since, until=until))
    with StagedOutputs(folder) as stage:
        for name, content in files.items():
            stage.write(name, content)
        for name in stale_files(files):
            stage.remove(name)
    return [folder / name for name in files]


def view(graph: str | Path = "output/graph.ttl", out: str | Path | None = None, max_nodes: int | None = None,
         since: str | None = None, until: str | None = None, store: str | None = None) -> dict[Path, "RenderedView"]:
    """Write graph.html, network.html and countries.html for a graph file (each with at most ``max_nodes``
    nodes, the most central; default ``DEFAULT_MAX_NODES``), sliced to ``since``..``until``; returns each path
    with its counts (``nodes``, ``edges``, ``left_out``)."""
    from .network_data import read_network
    from .outputs import StagedOutputs
    from .views import DEFAULT_MAX_NODES, view_files

    folder = _out_folder(out, graph, store)
    with open_store(store, graph) as st:
        data = read_network(st).sliced(since, until)
    files = view_files(data, DEFAULT_MAX_NODES if max_nodes is None else max_nodes)
    with StagedOutputs(folder) as stage:
        for name, page in files.items():
            stage.write(name, page.html)
    return {folder / name: page for name, page in files.items()}


def show(graph: str | Path = "output/graph.ttl", which: str = "network", max_nodes: int | None = None,
         since: str | None = None, until: str | None = None, height: int = 650, store: str | None = None):
    """A view drawn inline in Jupyter: ``show("output/graph.ttl", "countries")`` as the last line of a cell.
    ``which`` is ``graph``, ``network`` or ``countries``."""
    from .network_data import read_network
    from .views import DEFAULT_MAX_NODES, Page, kept_view, render_view

    with open_store(store, graph) as st:
        data = read_network(st).sliced(since, until)
    view, left_out = kept_view(data, which, DEFAULT_MAX_NODES if max_nodes is None else max_nodes)
    return Page(render_view(view, left_out=left_out).html, height)


def validate(graph: str | Path = "output/graph.ttl"):
    """SHACL violations of a graph file (an empty list when it conforms)."""
    from .shacl import validate_graph

    return validate_graph(load_graph(graph))


__all__ = ["build", "query", "analyze", "view", "show", "validate"]

"""The three HTML views, each one self-contained file that renders with the network switched off:

- ``graph.html``: the knowledge graph: actors, meetings and their places;
- ``network.html``: actors linked by the meetings they shared (the coalition network, weighted);
- ``countries.html``: states linked by their people's shared meetings.

pyvis assembles the nodes, edges and vis-network options; the page is this package's own template
(``graph/data/view.html.j2``) with pyvis's copy of vis-network inlined, because pyvis's template links
Bootstrap and tom-select from a CDN even in ``in_line`` mode and switches its tooltips to raw HTML as soon as
any title contains the letters "href". Text from articles reaches the page only as JSON strings (``tojson``
escapes ``<``, ``>`` and ``&``) shown by ``textContent`` and vis-network's plain-text tooltips.

Node size follows degree centrality in the view's own graph. Above ``PHYSICS_LIMIT`` nodes the layout is
computed in Python (igraph's Fruchterman-Reingold, seeded) and physics is off, so large graphs draw at once and
pan smoothly; ``max_nodes`` keeps the most central nodes and the page says what it left out.
"""
from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import networkx as nx

from .network_data import Meeting, NetworkData
from .networks import actor_members, co_attendance_graph, party_graph, party_members, party_of, shared_meetings
from .presentation import COLOURS, LABELS, SHAPES, plural

PHYSICS_LIMIT = 300
DEFAULT_MAX_NODES = 3000  # a build's views keep at most this many nodes each (the most central)
VIEWS = ("graph", "network", "countries")
_LIB = Path(__file__).parent / "data"


@dataclass
class View:
    """The nodes and edges of one view, before layout and drawing."""

    title: str
    nodes: dict[str, dict] = field(default_factory=dict)  # id -> {label, kind, tip, dates, names, info}
    edges: list[dict] = field(default_factory=list)  # {from, to, relation, tip, weight, info}

    def graph(self) -> nx.Graph:
        G = nx.Graph()
        G.add_nodes_from(self.nodes)
        G.add_edges_from((e["from"], e["to"]) for e in self.edges)
        return G


def _fold(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()


def _actor_node(data: NetworkData, iri: str, meetings: list[str]) -> dict:
    """An actor's node: tooltip, the dates of their meetings (for the date filter) and the click panel."""
    a = data.actors[iri]
    dates = [data.meetings[m].date for m in meetings if data.meetings[m].date]
    tip = [f"{a.name} ({LABELS[a.type]})"]
    if a.role:
        tip.append(f"role: {a.role}")
    if a.party_name:
        tip.append(f"represents: {a.party_name}")
    if a.names:
        tip.append("also: " + ", ".join(a.names))
    if dates:
        tip.append(f"meetings: {len(meetings)}, {min(dates)} to {max(dates)}")
    if a.evidence:
        sentence, article = a.evidence[0]
        tip.append(f"“{sentence}” ({article})")
    lines = [x for x in (a.role, a.party_name and f"represents {a.party_name}") if x]
    if a.names:
        lines.append("also written: " + ", ".join(a.names))
    return {"label": a.name, "kind": a.type, "tip": "\n".join(tip), "dates": sorted(set(dates)), "names": a.names,
            "info": {"heading": a.name, "lines": lines,
                     "lists": [{"title": "meetings", "items": [_meeting_line(data, m) for m in meetings]}],
                     "quotes": [{"text": s, "source": src} for s, src in a.evidence[:3]]}}


def _meeting_line(data: NetworkData, iri: str) -> str:
    m = data.meetings[iri]
    where = ", ".join(n for _, n in m.places)
    return " · ".join(x for x in (m.date or "undated", m.name, where) if x)


def _meetings_of(data: NetworkData) -> dict[str, list[str]]:
    mine: dict[str, set[str]] = defaultdict(set)
    for r in data.attendances:
        mine[r.actor].add(r.meeting)
    return {actor: data.chronological(ms) for actor, ms in mine.items()}


def knowledge_view(data: NetworkData, keep: set[str] | None = None, skeleton: bool = False) -> View:
    """Actors, meetings and places; an edge per attendance (``hosts`` for a host) and per meeting place.

    ``keep``: only these nodes and the edges between them, as :func:`keep_most_central` would leave of the whole
    view (same nodes, edges and order), without building the rest; ``skeleton``: each node only its label and
    kind, each edge only its ends (enough to choose what to keep). A view of 100,000 articles' million nodes,
    tooltips and panels took 8 GB before it was cut to its 3,000 most central."""
    view = View("newsgraph: actors, meetings and places")
    by_meeting: dict[str, list] = defaultdict(list)
    for r in data.attendances:
        by_meeting[r.meeting].append(r)
    labels = _meeting_labels(data, by_meeting)
    mine = _meetings_of(data) if not skeleton else {}
    wanted = (lambda key: True) if keep is None else keep.__contains__
    for iri in sorted(by_meeting):
        m = data.meetings[iri]
        rows = sorted(by_meeting[iri], key=lambda r: (not r.host, r.actor_name))
        if wanted(iri):
            view.nodes[iri] = {"label": labels[iri], "kind": "meeting"} if skeleton else _meeting_node(data, m, rows, labels[iri])
        for r in rows:
            if r.actor not in view.nodes and wanted(r.actor):
                view.nodes[r.actor] = ({"label": data.actors[r.actor].name, "kind": data.actors[r.actor].type} if skeleton
                                       else _actor_node(data, r.actor, mine[r.actor]))
            if wanted(r.actor) and wanted(iri):
                rel = "hosts" if r.host else "attends"
                view.edges.append({"from": r.actor, "to": iri} if skeleton else
                                  {"from": r.actor, "to": iri, "relation": rel, "tip": f"{r.actor_name} {rel} {m.name}",
                                   "weight": 1, "info": {"heading": f"{r.actor_name} {rel}", "lines": [_meeting_line(data, iri)]}})
        for p, pname in m.places:
            if not wanted(p):
                continue
            if skeleton:
                view.nodes.setdefault(p, {"label": pname, "kind": "place"})
            else:
                place = view.nodes.setdefault(p, {"label": pname, "kind": "place", "tip": pname, "dates": [], "names": [],
                                                  "info": {"heading": pname, "lists": [{"title": "meetings here", "items": []}]}})
                if m.date:
                    place["dates"] = sorted(set(place["dates"]) | {m.date})
                place["info"]["lists"][0]["items"].append(_meeting_line(data, iri))
            if wanted(iri):
                view.edges.append({"from": iri, "to": p} if skeleton else
                                  {"from": iri, "to": p, "relation": "location", "tip": f"{m.name} at {pname}", "weight": 1,
                                   "info": {"heading": f"{m.name} at {pname}"}})
    return view


def _meeting_node(data: NetworkData, m: Meeting, rows: list, label: str) -> dict:
    """A meeting's node: tooltip, date and the click panel with its participants (hosts first) and quotes."""
    tip = [m.name, f"status: {m.status}; date: {m.date or 'unknown'}"]
    if m.places:
        tip.append("at: " + ", ".join(n for _, n in m.places))
    tip.append(f"participants: {len(rows)}")
    if m.evidence:
        sentence, article = m.evidence[0]
        tip.append(f"“{sentence}” ({article})")
    people = [r.actor_name + (" (host)" if r.host else "") + (f", {data.actors[r.actor].role}" if data.actors[r.actor].role else "")
              for r in rows]
    return {
        "label": label, "kind": "meeting", "tip": "\n".join(tip), "dates": [m.date] if m.date else [], "names": [],
        "info": {"heading": m.name,
                 "lines": [f"{m.status}, {m.date or 'date unknown'}", ", ".join(n for _, n in m.places) or "place unknown"],
                 "lists": [{"title": f"participants ({len(rows)})", "items": people}],
                 "quotes": [{"text": s, "source": a} for s, a in m.evidence[:5]]},
    }


def _meeting_labels(data: NetworkData, by_meeting: dict[str, list]) -> dict[str, str]:
    """Each meeting's label: its name, and for meetings that share a name (two bilaterals at one summit on one
    day: "Meeting · Hiroshima · 2023-05-20" twice) their first participants too, so that the picture tells
    them apart."""
    same: dict[str, list[str]] = defaultdict(list)
    for iri in by_meeting:
        same[data.meetings[iri].name].append(iri)
    labels = {}
    for label, iris in same.items():
        for iri in iris:
            if len(iris) < 2:
                labels[iri] = label
            else:
                names = sorted({r.actor_name for r in by_meeting[iri]})
                labels[iri] = f"{label} ({', '.join(names[:2]) + (' …' if len(names) > 2 else '')})"
    return labels


def _weighted_view(title: str, G: nx.Graph, data: NetworkData, shared: dict[tuple[str, str], list[str]],
                   node_of: dict[str, dict]) -> View:
    view = View(title)
    for key in sorted(G):
        view.nodes[key] = node_of[key]
    for a, b, d in sorted(G.edges(data=True), key=lambda e: (min(e[0], e[1]), max(e[0], e[1]))):
        meetings = shared.get((min(a, b), max(a, b)), [])
        name_a, name_b = G.nodes[a]["name"], G.nodes[b]["name"]
        n = d["weight"]
        view.edges.append({"from": a, "to": b, "relation": "met", "weight": n,
                           "tip": f"{name_a} – {name_b}: {plural(n, 'shared meeting')}",
                           "info": {"heading": f"{name_a} – {name_b}",
                                    "lists": [{"title": plural(n, "shared meeting"),
                                               "items": [_meeting_line(data, m) for m in meetings]}]}})
    return view


def network_view(data: NetworkData, keep: set[str] | None = None, G: nx.Graph | None = None) -> View:
    """The coalition network: named actors linked by shared meetings (edge width: how many). ``keep``: only these
    actors and the ties between them (see :func:`knowledge_view`); ``G``: the data's co-attendance graph, if made."""
    G = co_attendance_graph(data) if G is None else G
    members = actor_members(data)
    if keep is not None:  # the kept actors in G's order (a tie's ends come in that order), not a subgraph view's
        kept = nx.Graph()
        kept.add_nodes_from((k, d) for k, d in G.nodes(data=True) if k in keep)
        kept.add_edges_from((a, b, d) for a, b, d in G.edges(data=True) if a in keep and b in keep)
        G = kept
        members = {m: ks & keep for m, ks in members.items()}
    mine = _meetings_of(data)
    nodes = {k: _actor_node(data, k, mine[k]) for k in G}
    return _weighted_view("newsgraph: the coalition network (actors who met)", G, data, shared_meetings(members), nodes)


def countries_view(data: NetworkData) -> View:
    """States linked by the meetings their people (or the states themselves) shared."""
    members, _ = party_members(data, "country")
    G = party_graph(data, "country")
    people: dict[str, set[str]] = defaultdict(set)
    for a in data.actors.values():
        party = party_of(a, "country")
        if party is not None and a.type != "country":
            people[party[0]].add(a.name)
    nodes = {}
    for key in G:
        ms = data.chronological({m for m, ks in members.items() if key in ks})
        dates = sorted({data.meetings[m].date for m in ms if data.meetings[m].date})
        name = G.nodes[key]["name"]
        tip = [f"{name} (state)", f"meetings: {len(ms)}"]
        if people[key]:
            tip.append("people: " + ", ".join(sorted(people[key])))
        nodes[key] = {"label": name, "kind": "country", "tip": "\n".join(tip), "dates": dates, "names": [],
                      "info": {"heading": name, "lists": [{"title": "people", "items": sorted(people[key])},
                                                         {"title": "meetings", "items": [_meeting_line(data, m) for m in ms]}]}}
    return _weighted_view("newsgraph: states linked by their people's meetings", G, data, shared_meetings(members), nodes)


def build_view(data: NetworkData, which: str) -> View:
    if which not in VIEWS:
        raise ValueError(f"unknown view {which!r}; expected one of {', '.join(VIEWS)}")
    return {"graph": knowledge_view, "network": network_view, "countries": countries_view}[which](data)


def keep_most_central(view: View, max_nodes: int | None) -> tuple[View, dict]:
    """The ``max_nodes`` nodes of highest degree centrality (ties: by name) and the edges between them, and a
    count by kind of what was left out."""
    keep, left = _most_central_of(view, max_nodes)
    if keep is None:
        return view, {}
    kept = View(view.title, {k: v for k, v in view.nodes.items() if k in keep},
                [e for e in view.edges if e["from"] in keep and e["to"] in keep])
    return kept, left


def _degrees(edges: list[dict]) -> dict[str, int]:
    """Each node's degree in the graph of ``edges`` (as networkx counts it: a self-loop twice), without
    building that graph (a million-node networkx graph is gigabytes)."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        neighbours[e["from"]].add(e["to"])
        neighbours[e["to"]].add(e["from"])
    return {k: len(ns) + (k in ns) for k, ns in neighbours.items()}


def _most_central_of(view: View, max_nodes: int | None) -> tuple[set[str] | None, dict]:
    """:func:`_most_central` of a view's (or a skeleton's) nodes, by their degree in its edges."""
    return _most_central({k: (v["label"], v["kind"]) for k, v in view.nodes.items()}, _degrees(view.edges), max_nodes)


def _most_central(nodes: dict[str, tuple[str, str]], degree: dict[str, int], max_nodes: int | None) -> tuple[set[str] | None, dict]:
    """Of ``nodes`` (key -> (label, kind)), the ``max_nodes`` of highest degree (ties: by label, then key) and a
    count by kind of the others; None when all stay."""
    if max_nodes is None or len(nodes) <= max_nodes:
        return None, {}
    ranked = sorted(nodes, key=lambda k: (-degree.get(k, 0), nodes[k][0], k))
    keep = set(ranked[:max(0, max_nodes)])
    return keep, dict(Counter(kind for k, (_, kind) in nodes.items() if k not in keep))


def kept_view(data: NetworkData, which: str, max_nodes: int | None) -> tuple[View, dict]:
    """``keep_most_central(build_view(data, which), max_nodes)``, the same nodes, edges and order, but the large
    views are built only for the nodes they keep: chosen first from a skeleton (labels, kinds and ends), so
    memory follows ``max_nodes`` rather than the corpus."""
    if which == "graph":
        skeleton = knowledge_view(data, skeleton=True)
        keep, left = _most_central_of(skeleton, max_nodes)
        del skeleton
        return knowledge_view(data, keep=keep), left
    if which == "network":
        G = co_attendance_graph(data)
        keep, left = _most_central({k: (data.actors[k].name, data.actors[k].type) for k in G}, dict(G.degree()), max_nodes)
        return network_view(data, keep=keep, G=G), left
    return keep_most_central(build_view(data, which), max_nodes)


def layout(G: nx.Graph, seed: int = 42) -> dict[str, tuple[float, float]]:
    """Positions for a large graph, in vis-network's pixels: igraph's Fruchterman-Reingold (C, with a grid
    above 1,000 nodes: 3,000 nodes in about 0.4 s, where networkx's spring layout took 30 s), seeded, so the
    same graph is drawn the same way each time."""
    import random

    import igraph

    nodes = sorted(G)
    if not nodes:
        return {}
    index = {k: i for i, k in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in G.edges()])
    igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = g.layout_fruchterman_reingold(niter=500).coords
    finally:
        igraph.set_random_number_generator(random)  # igraph's default again
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = 2 * max(1000, 30 * math.sqrt(len(nodes))) / span
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {k: ((x - cx) * scale, (y - cy) * scale) for k, (x, y) in zip(nodes, coords)}


@lru_cache(maxsize=1)
def _vis_library() -> tuple[str, str]:
    """pyvis's bundled copy of vis-network (JavaScript and CSS), to inline."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


@dataclass
class RenderedView:
    html: str
    nodes: int
    edges: int
    left_out: dict[str, int]  # by kind: what ``max_nodes`` left out

    def left_out_text(self) -> str:
        return _left_out_text(self.left_out)


def _left_out_text(left_out: dict[str, int]) -> str:
    return ", ".join(f"{n:,} {LABELS[k]}" for k, n in sorted(left_out.items()))


def render_view(view: View, max_nodes: int | None = None, left_out: dict[str, int] | None = None) -> RenderedView:
    """The self-contained HTML page of ``view`` (its ``max_nodes`` most central nodes); ``left_out``: what was left
    out of it before (:func:`kept_view`)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from pyvis.network import Network

    view, trimmed = keep_most_central(view, max_nodes)
    left_out = {**(left_out or {}), **trimmed}
    G = view.graph()
    n = len(view.nodes)
    centrality = nx.degree_centrality(G) if n > 1 else {k: 0.0 for k in view.nodes}
    positions = layout(G) if n > PHYSICS_LIMIT else None
    net = Network(height="100%", width="100%", heading="")
    for key in sorted(view.nodes):
        v = view.nodes[key]
        extra = {}
        if positions is not None:
            extra = {"x": round(float(positions[key][0]), 1), "y": round(float(positions[key][1]), 1), "physics": False}
        net.add_node(key, label=v["label"], title=v["tip"], color=COLOURS[v["kind"]], shape=SHAPES[v["kind"]],
                     size=round(8 + 32 * math.sqrt(centrality.get(key, 0.0)), 1), kind=v["kind"], dates=v["dates"],
                     search=" ".join(_fold(x) for x in [v["label"], *v["names"]]), info=v["info"], **extra)
    heaviest = max((e["weight"] for e in view.edges), default=1)
    # pyvis's add_edge looks through every edge for a duplicate (quadratic); these edges are unique
    net.edges.extend({"from": e["from"], "to": e["to"], "title": e["tip"], "relation": e["relation"],
                      "label": "hosts" if e["relation"] == "hosts" else None, "dashes": e["relation"] == "location",
                      "width": round(1 + 5 * e["weight"] / heaviest, 2), "info": e["info"]}
                     for e in view.edges)
    _, _, _, _, _, options_json = net.get_network_data()
    options = json.loads(options_json)
    options.update({"interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n > PHYSICS_LIMIT},
                    "edges": {"smooth": n <= PHYSICS_LIMIT, "color": {"inherit": False, "color": "#9aa5b1"}, "font": {"size": 10}},
                    "nodes": {"font": {"size": 13}}})
    if positions is not None:
        options["physics"] = {"enabled": False}
        options["layout"] = {"improvedLayout": False}  # positions are given: no Kamada-Kawai pass on load
    else:
        options["physics"] = {"enabled": True, "stabilization": {"iterations": 300}, "solver": "forceAtlas2Based"}
    kinds = Counter(v["kind"] for v in view.nodes.values())
    meta = {
        "counts": f"{plural(n, 'node')}, {plural(len(view.edges), 'edge')}",
        "left_out": ("Left out (--max-nodes, the least central): " + _left_out_text(left_out))
        if left_out else "",
        "sizes": "Node size: degree centrality in this view. Click a node or tie for details.",
        "legend": [{"kind": k, "label": LABELS[k], "colour": COLOURS[k], "shape": SHAPES[k], "count": kinds[k]}
                   for k in COLOURS if kinds[k]],
    }
    vis_js, vis_css = _vis_library()
    env = Environment(loader=FileSystemLoader(str(_LIB)), autoescape=select_autoescape(["html", "j2"]))
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    from markupsafe import Markup

    html = env.get_template("view.html.j2").render(title=view.title, nodes=net.nodes, edges=net.edges, options=options,
                                                   meta=meta, vis_js=Markup(vis_js), vis_css=Markup(vis_css))
    return RenderedView(html, n, len(view.edges), left_out)


def view_files(data: NetworkData, max_nodes: int | None = None) -> dict[str, RenderedView]:
    """The three views by file name."""
    pages = {}
    for which in VIEWS:
        view, left_out = kept_view(data, which, max_nodes)
        pages[f"{which}.html"] = render_view(view, left_out=left_out)
    return pages


VIEW_FILES = [f"{which}.html" for which in VIEWS]


def write_view_files(data: NetworkData, max_nodes: int | None, targets: dict[str, Path]) -> None:
    """Write the three views to ``targets`` (file name -> path), each flushed to disk. A module function: a
    build runs it in a process of its own beside the analysis."""
    from .outputs import write_synced

    for name, page in view_files(data, max_nodes).items():
        write_synced(targets[name], page.html)


class Page:
    """A view shown inline in Jupyter (an isolated ``iframe``, so its script and styles do not touch the
    notebook); ``str(page)`` is the HTML."""

    def __init__(self, html: str, height: int = 650) -> None:
        self.html, self.height = html, height

    def __str__(self) -> str:
        return self.html

    def _repr_html_(self) -> str:
        from html import escape

        return (f'<iframe srcdoc="{escape(self.html, quote=True)}" style="width:100%;height:{self.height}px;border:1px solid #ddd" '
                f'sandbox="allow-scripts"></iframe>')

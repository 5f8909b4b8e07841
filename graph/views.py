"""``graph.html``: the knowledge graph (actors, meetings, places) as an interactive pyvis page that works
offline.

pyvis's ``in_line`` mode inlines vis-network but still links Bootstrap from a CDN; the page does not need
Bootstrap, so every external ``<link>``/``<script src>`` is removed after writing. Text from articles goes
into tooltips as plain strings (vis-network shows string titles as text) and into labels drawn on a canvas.
Above ``PHYSICS_LIMIT`` nodes the layout is computed in Python and physics is switched off.
"""
from __future__ import annotations

import re

from rdflib import Graph, URIRef
from rdflib.namespace import SDO

from .analysis import attendances

PHYSICS_LIMIT = 300
COLOURS = {"person": "#4e79a7", "country": "#59a14f", "organization": "#f28e2b", "group": "#b07aa1",
           "meeting": "#e15759", "place": "#76b7b2"}
SHAPES = {"person": "dot", "country": "diamond", "organization": "square", "group": "triangleDown",
          "meeting": "box", "place": "triangle"}
_EXTERNAL = re.compile(r"<(link|script)\b[^>]*\b(?:href|src)\s*=\s*\"(?:https?:)?//[^\"]*\"[^>]*>(?:\s*</script>)?", re.I | re.S)

_PLACES = """
PREFIX schema: <https://schema.org/>
PREFIX ng: <https://newsgraph.example/ns#>
SELECT ?m ?p ?pname WHERE { ?m a ng:Meeting ; schema:location ?p . ?p schema:name ?pname }"""
_MEETINGS = """
PREFIX schema: <https://schema.org/>
PREFIX ng: <https://newsgraph.example/ns#>
SELECT ?m ?name ?date ?status (SAMPLE(?s) AS ?sentence) (SAMPLE(?id) AS ?article) WHERE {
  ?m a ng:Meeting ; schema:name ?name ; ng:status ?st .
  OPTIONAL { ?m schema:startDate ?date }
  OPTIONAL { ?m ng:evidence ?e . ?e ng:sentence ?s ; ng:inArticle ?art . ?art schema:identifier ?id }
  BIND (LCASE(STRAFTER(STR(?st), "#")) AS ?status)
} GROUP BY ?m ?name ?date ?status"""
_ACTORS = """
PREFIX schema: <https://schema.org/>
PREFIX ng: <https://newsgraph.example/ns#>
SELECT ?a (SAMPLE(?r) AS ?role) (SAMPLE(?cn) AS ?country) WHERE {
  ?a ng:attends ?m .
  OPTIONAL { ?a ng:role ?r }
  OPTIONAL { ?a ng:represents ?c . ?c schema:name ?cn }
} GROUP BY ?a"""


_DEAD_COMMENT = re.compile(r"<!--(?:(?!-->).)*node_modules(?:(?!-->).)*-->", re.S)


def strip_external_resources(html: str) -> str:
    """Remove every ``<link>``/``<script>`` that would load from the network (and pyvis's commented-out ones)."""
    return _DEAD_COMMENT.sub("", _EXTERNAL.sub("", html))


def render_html(g: Graph, title: str = "newsgraph") -> str:
    """The HTML of the knowledge-graph view of ``g``."""
    import networkx as nx
    from pyvis.network import Network

    rows = attendances(g)
    net = Network(height="800px", width="100%", cdn_resources="in_line", heading="")
    meetings = {str(r.m): r for r in g.query(_MEETINGS)}
    actors = {str(r.a): r for r in g.query(_ACTORS)}
    nodes: dict[str, dict] = {}
    edges: list[tuple[str, str, str]] = []
    for r in rows:
        a = actors.get(r.actor)
        tip = [f"{r.actor_name} ({r.actor_type})"]
        if a is not None and a.role:
            tip.append(f"role: {a.role}")
        if a is not None and a.country:
            tip.append(f"represents: {a.country}")
        alts = sorted({str(x) for x in g.objects(URIRef(r.actor), SDO.alternateName)})
        if alts:
            tip.append(f"also: {', '.join(alts)}")
        nodes.setdefault(r.actor, {"label": r.actor_name, "kind": r.actor_type, "title": "\n".join(tip)})
        m = meetings.get(r.meeting)
        mtip = [r.meeting_name]
        if m is not None:
            mtip.append(f"status: {m.status}; date: {m.date or 'unknown'}")
            if m.sentence:
                mtip.append(f"“{m.sentence}” ({m.article})")
        nodes.setdefault(r.meeting, {"label": r.meeting_name, "kind": "meeting", "title": "\n".join(mtip)})
        edges.append((r.actor, r.meeting, "hosts" if r.host else "attends"))
    for r in g.query(_PLACES):
        if str(r.m) in nodes:
            nodes.setdefault(str(r.p), {"label": str(r.pname), "kind": "place", "title": str(r.pname)})
            edges.append((str(r.m), str(r.p), "location"))
    positions = None
    if len(nodes) > PHYSICS_LIMIT:
        G = nx.Graph()
        G.add_nodes_from(sorted(nodes))
        G.add_edges_from((a, b) for a, b, _ in edges)
        positions = nx.spring_layout(G, seed=42, iterations=50, scale=max(1000, 30 * len(nodes) ** 0.5))
    degree: dict[str, int] = {}
    for a, b, _ in edges:
        degree[a] = degree.get(a, 0) + 1
        degree[b] = degree.get(b, 0) + 1
    for key in sorted(nodes):
        n = nodes[key]
        extra = {}
        if positions is not None:
            extra = {"x": float(positions[key][0]), "y": float(positions[key][1]), "physics": False}
        net.add_node(key, label=n["label"], title=n["title"], color=COLOURS[n["kind"]], shape=SHAPES[n["kind"]],
                     size=10 + 3 * min(degree.get(key, 0), 10), **extra)  # no vis "group": it would override the colours
    for a, b, rel in edges:
        net.add_edge(a, b, title=rel, label=rel if rel == "hosts" else None, dashes=rel == "location")
    if positions is not None:
        net.toggle_physics(False)
    html = net.generate_html(notebook=False)
    html = strip_external_resources(html)
    legend = "".join(
        f'<span style="margin-right:1em"><span style="display:inline-block;width:.8em;height:.8em;background:{c};'
        f'border-radius:2px"></span> {k}</span>' for k, c in COLOURS.items()
    )
    header = f'<div style="font-family:sans-serif;padding:.5em">{legend}</div>'
    return html.replace("<body>", "<body>\n" + header, 1)

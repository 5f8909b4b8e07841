"""The coalition network: actors linked by the meetings they shared, measured with networkx.

The graphs are read from the RDF (so ``newsgraph analyze`` works on any built ``graph.ttl``). Measures:
degree and weighted degree, betweenness centrality, Louvain communities (fixed seed) with modularity.
"""
from __future__ import annotations

__all__ = ["co_attendance_graph", "actor_table", "communities", "analyze"]

from dataclasses import dataclass

import networkx as nx
from rdflib import Graph

from .errors import EmptyGraphError

_ATTENDANCE = """
PREFIX schema: <https://schema.org/>
PREFIX ng: <https://newsgraph.example/ns#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?m ?mname ?date ?a ?aname ?type ?host WHERE {
  ?m a ng:Meeting ; schema:attendee ?a ; schema:name ?mname .
  ?a schema:name ?aname ; a ?type .
  FILTER (?type IN (schema:Person, schema:Country, schema:Organization, foaf:Group))
  OPTIONAL { ?m schema:startDate ?date }
  BIND (EXISTS { ?m schema:organizer ?a } AS ?host)
}"""

TYPE_NAMES = {"Person": "person", "Country": "country", "Organization": "organization", "Group": "group"}


@dataclass
class Attendance:
    meeting: str
    meeting_name: str
    date: str | None
    actor: str
    actor_name: str
    actor_type: str
    host: bool


def attendances(g: Graph) -> list[Attendance]:
    rows = []
    for r in g.query(_ATTENDANCE):
        rows.append(Attendance(str(r.m), str(r.mname), str(r.date) if r.date else None, str(r.a), str(r.aname),
                               TYPE_NAMES.get(str(r.type).rsplit("/", 1)[-1], "actor"), bool(r.host.toPython())))
    rows.sort(key=lambda a: (a.meeting, a.actor))
    return rows


def bipartite_graph(rows: list[Attendance]) -> nx.Graph:
    """Actors and meetings as two node sets; an edge for each attendance (``host`` marks hosts)."""
    B = nx.Graph()
    for r in rows:
        B.add_node(r.actor, kind="actor", name=r.actor_name, type=r.actor_type, bipartite=0)
        B.add_node(r.meeting, kind="meeting", name=r.meeting_name, date=r.date, bipartite=1)
        B.add_edge(r.actor, r.meeting, host=r.host)
    return B


def co_attendance_graph(rows: list[Attendance]) -> nx.Graph:
    """Actors linked by shared meetings; ``weight`` is the number of meetings a pair shared.

    Examples
    --------
    >>> rows = [Attendance("m1", "M1", None, "a", "A", "person", False),
    ...         Attendance("m1", "M1", None, "b", "B", "person", False),
    ...         Attendance("m2", "M2", None, "a", "A", "person", False),
    ...         Attendance("m2", "M2", None, "b", "B", "person", False)]
    >>> G = co_attendance_graph(rows)
    >>> G["a"]["b"]["weight"]
    2
    """
    G = nx.Graph()
    by_meeting: dict[str, list[Attendance]] = {}
    for r in rows:
        G.add_node(r.actor, name=r.actor_name, type=r.actor_type)
        G.nodes[r.actor].setdefault("meetings", set()).add(r.meeting)
        by_meeting.setdefault(r.meeting, []).append(r)
    for meeting in sorted(by_meeting):
        people = sorted({r.actor for r in by_meeting[meeting]})
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                w = G[a][b]["weight"] + 1 if G.has_edge(a, b) else 1
                G.add_edge(a, b, weight=w)
    return G


def actor_table(G: nx.Graph, rows: list[Attendance]) -> list[dict]:
    """Degree, weighted degree and betweenness of each actor, most central first.

    Raises
    ------
    EmptyGraphError
        If ``G`` has no nodes.
    """
    if G.number_of_nodes() == 0:
        raise EmptyGraphError("the co-attendance graph is empty: no meeting with an attendee was found")
    betweenness = nx.betweenness_centrality(G, normalized=True)
    degree_c = nx.degree_centrality(G) if G.number_of_nodes() > 1 else {n: 0.0 for n in G}
    hosted: dict[str, int] = {}
    for r in rows:
        if r.host:
            hosted[r.actor] = hosted.get(r.actor, 0) + 1
    out = []
    for n, data in G.nodes(data=True):
        out.append({
            "iri": n,
            "name": data["name"],
            "type": data["type"],
            "meetings": len(data["meetings"]),
            "hosted": hosted.get(n, 0),
            "degree": G.degree(n),
            "weighted_degree": G.degree(n, weight="weight"),
            "degree_centrality": round(degree_c[n], 6),
            "betweenness": round(betweenness[n], 6),
        })
    out.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["name"]))
    return out


def communities(G: nx.Graph, seed: int = 42) -> tuple[list[list[str]], float]:
    """Louvain communities (fixed seed, so the same graph gives the same answer) and their modularity.

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y")])
    >>> parts, q = communities(G)
    >>> sorted(sorted(p) for p in parts)
    [['a', 'b', 'c'], ['x', 'y']]
    """
    if G.number_of_edges() == 0:
        return [[n] for n in sorted(G)], 0.0
    parts = nx.community.louvain_communities(G, weight="weight", seed=seed)
    q = nx.community.modularity(G, parts, weight="weight")
    return sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p)), q


def analyze(g: Graph) -> dict:
    """The analysis of a graph as a JSON-ready dict (see README, "analysis.json")."""
    rows = attendances(g)
    G = co_attendance_graph(rows)
    meetings = {r.meeting for r in rows}
    result = {
        "counts": {
            "meetings_with_attendees": len(meetings),
            "actors": G.number_of_nodes(),
            "co_attendance_edges": G.number_of_edges(),
            "attendances": len(rows),
        },
        "actors": [],
        "edges": [],
        "communities": [],
        "modularity": 0.0,
    }
    if G.number_of_nodes() == 0:
        return result
    table = actor_table(G, rows)
    parts, q = communities(G)
    member_of = {n: i for i, p in enumerate(parts) for n in p}
    for row in table:
        row["community"] = member_of[row["iri"]]
    result["actors"] = table
    result["edges"] = sorted(
        ({"source": G.nodes[a]["name"], "target": G.nodes[b]["name"], "source_iri": a, "target_iri": b, "weight": d["weight"]}
         for a, b, d in G.edges(data=True)),
        key=lambda e: (-e["weight"], e["source"], e["target"]),
    )
    result["communities"] = [
        {"id": i, "size": len(p), "members": sorted(G.nodes[n]["name"] for n in p)} for i, p in enumerate(parts)
    ]
    result["modularity"] = round(q, 6)
    return result

"""The coalition network measured with networkx: who is central, who brokers, which groups form, how it moves
month by month, who hosts, and one actor's meetings, partners and places.

Everything here takes a ``NetworkData`` (``graph.network_data.read_network``) and returns plain dicts and
lists, so a notebook can call each measure on its own; ``analyze`` puts them together as ``analysis.json``
(its schema: ``graph/data/analysis.schema.json``, described in the README).

Choices, so that the numbers can be trusted and compared:

- betweenness is over hops (unweighted), normalised as networkx normalises it, and exact (igraph's, in C: networkx's
  took 12 s on the 1,600 actors of 2,000 articles) up to ``BETWEENNESS_BUDGET`` path-search steps (nodes times
  edges); on a larger network it is estimated from shortest paths out of a seeded sample of sources (Brandes and
  Pich's estimator, as networkx's ``k``), because the exact one grows with the square of the network: 200 s for
  the 54,000 actors of 10,000 synthetic articles. The network's ``betweenness_sources`` says which (null:
  exact); eigenvector centrality is weighted by shared meetings,
  computed per connected group and scaled by the group's share of actors (a small separate pair does not
  score as high as the centre of the main network);
- communities are Louvain's with a fixed seed (the same graph gives the same answer), with their modularity;
- brokers are articulation points: actors whose removal splits the network, with how many groups it splits
  into; bridges are the ties whose removal does the same;
- ``k_core`` is the largest k for which every member has at least k partners inside the core.
"""
from __future__ import annotations

__all__ = ["centralities", "betweenness", "betweenness_sources", "communities", "k_core", "brokers_and_bridges", "timeline", "hosts_ranking",
           "actor_profile", "find_actor", "analyze", "ANALYSIS_VERSION"]

from collections import Counter, defaultdict

import networkx as nx

from .errors import NewsgraphError
from .network_data import NetworkData
from .networks import co_attendance_graph, party_graph

ANALYSIS_VERSION = 4
BETWEENNESS_BUDGET = 500_000_000  # sources x edges: about 5 s of igraph on this machine


def _principal_eigenvector(part: nx.Graph) -> dict[str, float]:
    """networkx's power iteration (on A + I, from a uniform start, stopping when the summed change is below
    n * 1e-9), as array operations: the same numbers, without a Python loop over every edge per step."""
    import numpy as np

    nodes = list(part)
    index = {v: i for i, v in enumerate(nodes)}
    src, dst, w = [], [], []
    for a, b, d in part.edges(data=True):
        weight = d.get("weight", 1)
        src += [index[a], index[b]]
        dst += [index[b], index[a]]
        w += [weight, weight]
    rows, cols, weights = np.array(src), np.array(dst), np.array(w, dtype=float)
    n = len(nodes)
    x = np.full(n, 1.0 / n)
    for _ in range(1000):
        y = x + np.bincount(cols, weights=weights * x[rows], minlength=n)
        y /= np.linalg.norm(y) or 1.0
        if np.abs(y - x).sum() < n * 1e-9:
            x = y
            break
        x = y
    return dict(zip(nodes, x.tolist()))


def _eigenvector(G: nx.Graph) -> dict[str, float]:
    out: dict[str, float] = {}
    total = G.number_of_nodes()
    for nodes in nx.connected_components(G):
        part = G.subgraph(nodes)
        if part.number_of_edges() == 0:
            out.update({n: 0.0 for n in nodes})
            continue
        scores = _principal_eigenvector(part)
        peak = max(scores.values()) or 1.0
        share = len(nodes) / total
        out.update({n: share * v / peak for n, v in scores.items()})
    return out


def betweenness_sources(G: nx.Graph, budget: int = BETWEENNESS_BUDGET) -> int | None:
    """How many sources the betweenness of ``G`` is estimated from: None (exact, every node a source) while
    nodes x edges stays within ``budget``, else as many as the budget allows (at least 100)."""
    n, m = G.number_of_nodes(), G.number_of_edges()
    if n * m <= budget:
        return None
    return min(n, max(100, budget // max(m, 1)))


def betweenness(G: nx.Graph, sources: int | None = None, seed: int = 42) -> dict[str, float]:
    """networkx's normalised betweenness (``nx.betweenness_centrality(G)``), computed by igraph: the share of
    shortest paths between other pairs that pass through each node. Exact when ``sources`` is None; else
    estimated from the paths out of ``sources`` nodes drawn with ``seed`` (scaled by nodes / sources, as
    ``nx.betweenness_centrality(G, k=sources)``; the same graph and seed give the same numbers)."""
    import random

    import igraph

    nodes = list(G)
    n = len(nodes)
    if n <= 2:
        return {v: 0.0 for v in nodes}
    index = {v: i for i, v in enumerate(nodes)}
    g = igraph.Graph(n=n, edges=[(index[a], index[b]) for a, b in G.edges()])
    scale = 2 / ((n - 1) * (n - 2))  # igraph counts each pair once; networkx's normalisation
    if sources is None or sources >= n:
        return {v: b * scale for v, b in zip(nodes, g.betweenness(directed=False))}
    drawn = random.Random(seed).sample(sorted(nodes), sources)
    scale *= n / sources
    found = g.betweenness(directed=False, sources=[index[v] for v in drawn])
    return {v: min(1.0, b * scale) for v, b in zip(nodes, found)}


def centralities(G: nx.Graph, sources: int | None = None) -> list[dict]:
    """Per node: meetings, degree (partners), weighted degree (shared meetings summed), degree centrality,
    betweenness (``sources``: see :func:`betweenness`), eigenvector centrality and core number; most central
    first (degree, then betweenness)."""
    if G.number_of_nodes() == 0:
        return []
    n = G.number_of_nodes()
    between = betweenness(G, sources)
    eigen = _eigenvector(G)
    core = nx.core_number(G)
    rows = []
    for key, d in G.nodes(data=True):
        rows.append({
            "iri": key,
            "name": d["name"],
            "type": d["type"],
            "meetings": d.get("meetings", 0),
            "degree": G.degree(key),
            "weighted_degree": G.degree(key, weight="weight"),
            "degree_centrality": round(G.degree(key) / (n - 1), 6) if n > 1 else 0.0,
            "betweenness": round(between[key], 6),
            "eigenvector": round(eigen[key], 6),
            "core_number": core[key],
        })
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], -r["weighted_degree"], r["name"]))
    return rows


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


def k_core(G: nx.Graph) -> dict:
    """The innermost core: its k and its members (each has at least k partners among the others)."""
    if G.number_of_edges() == 0:
        return {"k": 0, "members": sorted(G.nodes[n]["name"] for n in G)}
    core = nx.core_number(G)
    k = max(core.values())
    return {"k": k, "members": sorted(G.nodes[n]["name"] for n, c in core.items() if c == k)}


def brokers_and_bridges(G: nx.Graph) -> tuple[list[dict], list[dict]]:
    """Brokers: actors whose removal splits their part of the network, with the number of groups it falls
    into; bridges: ties whose removal does the same (the only link between two groups)."""
    # removing a node splits its part of the network into as many groups as there are blocks (biconnected
    # components) that contain it: one pass over the blocks instead of one search per broker
    blocks: Counter[str] = Counter()
    for block in nx.biconnected_components(G):
        blocks.update(block)
    brokers = [{"iri": n, "name": G.nodes[n]["name"], "type": G.nodes[n]["type"], "splits_into": blocks[n]}
               for n in nx.articulation_points(G)]
    brokers.sort(key=lambda b: (-b["splits_into"], b["name"]))
    bridges = sorted(
        ({"source": G.nodes[a]["name"], "target": G.nodes[b]["name"], "source_iri": a, "target_iri": b,
          "weight": G[a][b]["weight"]} for a, b in nx.bridges(G)),
        key=lambda e: (e["source"], e["target"]),
    )
    return brokers, bridges


def timeline(data: NetworkData, top: int = 3) -> list[dict]:
    """Per month (meetings dated to a day or month): the meetings, the actors seen for the first time, and the
    most central actors of that month's own co-attendance network (most partners, then shared meetings)."""
    months: dict[str, list[str]] = defaultdict(list)
    for m in data.meetings.values():
        if m.month:
            months[m.month].append(m.iri)
    rows_of: dict[str, list] = defaultdict(list)
    for r in data.attendances:
        rows_of[r.meeting].append(r)
    seen: set[str] = set()
    out = []
    for month in sorted(months):
        ids = set(months[month])
        rows = [r for i in sorted(ids) for r in rows_of[i]]
        month_data = NetworkData({r.actor: data.actors[r.actor] for r in rows},
                                 {i: data.meetings[i] for i in ids}, rows)
        actors = sorted({r.actor for r in rows})
        new = [a for a in actors if a not in seen]
        seen.update(actors)
        G = co_attendance_graph(month_data)
        # the month's most central: most partners that month, then most shared meetings
        central = sorted(G, key=lambda n: (-G.degree(n), -G.degree(n, weight="weight"), G.nodes[n]["name"]))[:top]
        out.append({
            "month": month,
            "meetings": len(ids),
            "actors": len(actors),
            "new_actors": sorted(data.actors[a].name for a in new),
            "most_central": [{"name": G.nodes[n]["name"], "degree": G.degree(n)} for n in central],
        })
    return out


def hosts_ranking(data: NetworkData) -> list[dict]:
    """Actors by the number of meetings they hosted, most first."""
    hosted = Counter(r.actor for r in data.attendances if r.host)
    return [{"iri": a, "name": data.actors[a].name, "type": data.actors[a].type, "hosted": n}
            for a, n in sorted(hosted.items(), key=lambda kv: (-kv[1], data.actors[kv[0]].name))]


def find_actor(data: NetworkData, name: str) -> str:
    """The IRI of the actor called ``name`` (its name, any form the articles used, or its IRI; case and
    accents folded). An ambiguous or unknown name is an error that lists the candidates."""
    from .names import fold, fold_key_match

    wanted = fold(name)
    exact = [a.iri for a in data.actors.values() if a.iri == name or any(fold_key_match(name, n) for n in (a.name, *a.names))]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [a.iri for a in data.actors.values() if wanted and wanted in fold(a.name)]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise NewsgraphError(f"no actor called {name!r} in the graph")
    names = ", ".join(sorted(data.actors[i].name for i in partial)[:10])
    raise NewsgraphError(f"{name!r} names {len(partial)} actors: {names}; give the full name or the IRI")


def actor_profile(data: NetworkData, iri: str) -> dict:
    """One actor: their meetings (with date, places, whether they hosted), named partners by shared meetings,
    and places by number of meetings (the innermost place of each: a venue, not also its city)."""
    a = data.actors[iri]
    mine = data.chronological({r.meeting for r in data.attendances if r.actor == iri})
    hosted = {r.meeting for r in data.attendances if r.actor == iri and r.host}
    partners: Counter[str] = Counter()
    places: Counter[str] = Counter()
    for m in mine:
        partners.update({r.actor for r in data.attendances if r.meeting == m and r.actor != iri and r.actor_type != "group"})
        places.update({name for _, name in data.meetings[m].innermost})
    return {
        "iri": iri,
        "name": a.name,
        "type": a.type,
        "role": a.role,
        "represents": a.party_name,
        "meetings": [{"iri": m, "name": data.meetings[m].name, "date": data.meetings[m].date,
                      "status": data.meetings[m].status, "places": [n for _, n in data.meetings[m].places],
                      "hosted": m in hosted} for m in mine],
        "partners": [{"iri": p, "name": data.actors[p].name, "type": data.actors[p].type, "shared_meetings": n}
                     for p, n in sorted(partners.items(), key=lambda kv: (-kv[1], data.actors[kv[0]].name))],
        "places": [{"name": p, "meetings": n} for p, n in sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))],
    }


def _network_summary(G: nx.Graph) -> dict:
    """Centralities, communities, core, brokers and bridges of one graph."""
    sources = betweenness_sources(G)
    table = centralities(G, sources)
    parts, q = communities(G)
    member_of = {n: i for i, p in enumerate(parts) for n in p}
    for row in table:
        row["community"] = member_of[row["iri"]]
    brokers, bridges = brokers_and_bridges(G)
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "density": round(nx.density(G), 6) if G.number_of_nodes() > 1 else 0.0,
        "components": nx.number_connected_components(G) if G.number_of_nodes() else 0,
        "betweenness_sources": sources,
        "centrality": table,
        "communities": [{"id": i, "size": len(p), "members": sorted(G.nodes[n]["name"] for n in p)}
                        for i, p in enumerate(parts)],
        "modularity": round(q, 6),
        "k_core": k_core(G),
        "brokers": brokers,
        "bridges": bridges,
        "ties": sorted(
            ({"source": G.nodes[a]["name"], "target": G.nodes[b]["name"], "source_iri": a, "target_iri": b,
              "weight": d["weight"]} for a, b, d in G.edges(data=True)),
            key=lambda e: (-e["weight"], e["source"], e["target"]),
        ),
    }


def analyze(data: NetworkData, actor: str | None = None, since: str | None = None, until: str | None = None) -> dict:
    """The whole analysis as a JSON-ready dict (schema: ``graph/data/analysis.schema.json``).

    ``since``/``until`` keep the meetings of that period (see ``NetworkData.sliced``); ``actor`` (a name or
    IRI, see ``find_actor``) adds that actor's profile.
    """
    data = data.sliced(since, until)
    coalition = co_attendance_graph(data)
    result = {
        "analysis_version": ANALYSIS_VERSION,
        "period": {"since": since, "until": until, "left_out": dict(data.left_out)},
        "counts": {
            "meetings": len(data.meetings),
            "meetings_with_attendees": len({r.meeting for r in data.attendances}),
            "actors": coalition.number_of_nodes(),
            "co_attendance_edges": coalition.number_of_edges(),
            "attendances": len(data.attendances),
        },
        "coalition": _network_summary(coalition),
        "states": _network_summary(party_graph(data, "country")),
        "organisations": _network_summary(party_graph(data, "organization")),
        "timeline": timeline(data),
        "hosts": hosts_ranking(data),
        "actor": actor_profile(data, find_actor(data, actor)) if actor else None,
    }
    return result

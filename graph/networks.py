"""The networkx graphs of a ``NetworkData``, and their export for Gephi (GraphML, GEXF).

- ``bipartite_graph``: actors and meetings, an edge per attendance (``host`` marks the hosts);
- ``co_attendance_graph``: named actors linked by the meetings they shared (``weight``: how many), the coalition
  network;
- ``party_graph(data, "country")``: states linked by their people's shared meetings (a person is folded into
  the state they represent; a state named as a participant counts for itself);
- ``party_graph(data, "organization")``: the same for organisations (NATO, EU …) and the people serving them.

Node attributes are plain strings and numbers, so that GraphML and GEXF can hold them.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from pathlib import Path

import networkx as nx

from .network_data import Actor, NetworkData


def bipartite_graph(data: NetworkData) -> nx.Graph:
    """Actors (``bipartite=0``) and meetings (``bipartite=1``); an edge for each attendance."""
    B = nx.Graph()
    for r in data.attendances:
        a, m = data.actors[r.actor], data.meetings[r.meeting]
        B.add_node(a.iri, kind="actor", name=a.name, type=a.type, bipartite=0)
        B.add_node(m.iri, kind="meeting", name=m.name, type="meeting", date=m.date or "", status=m.status, bipartite=1)
        B.add_edge(a.iri, m.iri, host=r.host, relation="hosts" if r.host else "attends")
    return B


def shared_meetings(members_of: dict[str, set[str]]) -> dict[tuple[str, str], list[str]]:
    """For each pair of nodes (in sorted order) the meetings they shared, given meeting -> node keys."""
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for meeting in sorted(members_of):
        for a, b in combinations(sorted(members_of[meeting]), 2):
            shared[(a, b)].append(meeting)
    return shared


def _linked_by_meetings(members_of: dict[str, set[str]], names: dict[str, tuple[str, str]]) -> nx.Graph:
    """Nodes linked by the meetings they share: ``members_of`` is meeting -> node keys, ``names`` key -> (name,
    type). ``weight`` counts shared meetings, ``meetings`` on a node counts its meetings."""
    G = nx.Graph()
    count: dict[str, int] = defaultdict(int)
    for members in members_of.values():
        for key in members:
            count[key] += 1
    for (a, b), meetings in shared_meetings(members_of).items():
        G.add_edge(a, b, weight=len(meetings))
    for key in sorted(count):
        name, kind = names[key]
        G.add_node(key, name=name, type=kind, meetings=count[key])
    return G


def actor_members(data: NetworkData) -> dict[str, set[str]]:
    """Meeting -> its named actors (unnamed groups left out: see ``co_attendance_graph``)."""
    members: dict[str, set[str]] = defaultdict(set)
    for r in data.attendances:
        if r.actor_type != "group":
            members[r.meeting].add(r.actor)
    return members


def co_attendance_graph(data: NetworkData) -> nx.Graph:
    """Named actors linked by shared meetings; ``weight`` is the number of meetings a pair shared. Unnamed
    groups ("the ministers", "30 defence ministers") are left out: they are one article's words, not an actor
    another article can meet again (they count for their state in ``party_graph``).

    Examples
    --------
    >>> from graph.network_data import Actor, Attendance, Meeting, NetworkData
    >>> rows = [Attendance(m, m, None, a, a, "person", False) for m, a in [("m1", "a"), ("m1", "b"), ("m2", "a"), ("m2", "b")]]
    >>> data = NetworkData({a: Actor(a, a.upper(), "person") for a in "ab"},
    ...                    {m: Meeting(m, m, None, "past") for m in ("m1", "m2")}, rows)
    >>> co_attendance_graph(data)["a"]["b"]["weight"]
    2
    """
    return _linked_by_meetings(actor_members(data), {k: (a.name, a.type) for k, a in data.actors.items()})


def party_of(actor: Actor, kind: str) -> tuple[str, str] | None:
    """(key, name) of the state (``kind="country"``) or organisation an actor counts for: itself if it is one,
    else the one a person or group represents; None if neither."""
    if actor.type == kind:
        return actor.iri, actor.name
    if actor.party is not None and actor.party_type == kind:
        return actor.party, actor.party_name or actor.party
    return None


def party_members(data: NetworkData, kind: str = "country") -> tuple[dict[str, set[str]], dict[str, tuple[str, str]]]:
    """Meeting -> the states (or organisations) at it, and key -> (name, kind)."""
    members: dict[str, set[str]] = defaultdict(set)
    names: dict[str, tuple[str, str]] = {}
    for r in data.attendances:
        party = party_of(data.actors[r.actor], kind)
        if party is not None:
            members[r.meeting].add(party[0])
            names[party[0]] = (party[1], kind)
    return members, names


def party_graph(data: NetworkData, kind: str = "country") -> nx.Graph:
    """States (``kind="country"``) or organisations (``"organization"``) linked by the meetings their people
    shared: a person counts for the state or organisation they represent, a state or organisation named as a
    participant for itself. Two people of one state at a meeting make no tie of that state with itself."""
    return _linked_by_meetings(*party_members(data, kind))


def all_graphs(data: NetworkData) -> dict[str, nx.Graph]:
    """The four graphs by the file stem they are exported under."""
    return {
        "bipartite": bipartite_graph(data),
        "coalition": co_attendance_graph(data),
        "states": party_graph(data, "country"),
        "organisations": party_graph(data, "organization"),
    }


def export_texts(graphs: dict[str, nx.Graph]) -> dict[str, str]:
    """GraphML and GEXF text of each graph, by file name (``coalition.graphml``, ``coalition.gexf`` …)."""
    out: dict[str, str] = {}
    for stem, G in graphs.items():
        out[f"{stem}.graphml"] = "\n".join(nx.generate_graphml(G, prettyprint=True)) + "\n"
        out[f"{stem}.gexf"] = "\n".join(nx.generate_gexf(G, prettyprint=True)) + "\n"
    return out


NETWORK_FILES = [f"{stem}.{ext}" for stem in ("bipartite", "coalition", "states", "organisations") for ext in ("graphml", "gexf")]


def write_network_files(data: NetworkData, targets: dict[str, Path]) -> None:
    """Write the GraphML and GEXF of ``data``'s four graphs to ``targets`` (file name -> path), each flushed to
    disk. A module function: a build runs it in a process of its own beside the views."""
    from .outputs import write_synced

    for name, text in export_texts(all_graphs(data)).items():
        write_synced(targets[name], text)


def write_exports(graphs: dict[str, nx.Graph], folder: Path) -> list[Path]:
    """Write every graph as GraphML and GEXF into ``folder`` (each file atomically)."""
    from .outputs import write_atomic

    return [write_atomic(folder / name, text) for name, text in export_texts(graphs).items()]

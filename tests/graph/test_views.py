"""The three views: self-contained, each node once, article text kept as text, large graphs laid out in Python."""
from __future__ import annotations

import json
import re

import pytest

from conftest import star

from graph.network_data import NetworkData, read_network
from graph.rdf import facts_to_dataset, merged_graph
from graph.views import COLOURS, PHYSICS_LIMIT, Page, _vis_library, build_view, render_view, view_files


def page_data(html: str) -> tuple[list[dict], list[dict], dict]:
    def grab(name: str):
        return json.loads(re.search(rf"var {name} = (?:new vis\.DataSet\()?(.*?)\)?;\n", html).group(1))

    return grab("nodes"), grab("edges"), grab("options")


@pytest.fixture()
def small(small_facts) -> NetworkData:
    return read_network(merged_graph(facts_to_dataset(small_facts)))


def test_view_pages_load_nothing_from_the_network(small):
    for name, page in view_files(small).items():
        assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page.html), name
        assert "@import" not in page.html and "fonts.googleapis" not in page.html
        assert "new vis.Network" in page.html


def test_view_graph_draws_each_actor_meeting_and_place_once(small):
    nodes, edges, _ = page_data(render_view(build_view(small, "graph")).html)
    ids = [n["id"] for n in nodes]
    assert len(ids) == len(set(ids)) == 9  # 5 actors (Alma Keller once for both articles), 2 meetings, 2 places
    assert len(edges) == 8  # 6 attendances + 2 meeting places
    assert {n["kind"] for n in nodes} == {"person", "group", "country", "organization", "meeting", "place"}
    assert sum(e["label"] == "hosts" for e in edges) == 1


def test_view_network_and_countries_are_weighted_and_leave_out_unnamed_groups(small):
    nodes, edges, _ = page_data(render_view(build_view(small, "network")).html)
    assert sorted(n["label"] for n in nodes) == ["Alma Keller", "Netherlands", "Northern Forum", "Piet Varga"]
    assert len(edges) == 4 and all("shared meeting" in e["title"] for e in edges)
    nodes, edges, _ = page_data(render_view(build_view(small, "countries")).html)
    assert {n["id"].rsplit("/", 1)[-1] for n in nodes} == {"DE", "NL"}  # Keller counts for Germany
    assert len(edges) == 1 and edges[0]["title"].endswith("1 shared meeting")


def test_view_meeting_node_lists_its_participants_and_evidence(small):
    nodes, _, _ = page_data(render_view(build_view(small, "graph")).html)
    meeting = next(n for n in nodes if n["kind"] == "meeting" and "Alma Keller (host), Foreign Minister" in n["info"]["lists"][0]["items"])
    assert meeting["info"]["lists"][0]["title"] == "participants (4)"
    assert meeting["info"]["quotes"] and meeting["info"]["quotes"][0]["source"].endswith(".txt")
    assert "status: past; date: 2025-04-07" in meeting["title"]
    keller = next(n for n in nodes if n["label"] == "Alma Keller")
    assert keller["dates"] == ["2025-04-07", "2025-06"] and "role: Foreign Minister" in keller["title"]
    assert "”" in keller["title"] and keller["info"]["quotes"]  # the sentence that names her, with its article


def test_view_article_text_cannot_inject_markup(small_facts):
    f = small_facts[0]
    f["actors"][0]["name"] = "<script>alert(1)</script>"
    f["article"]["text"] = f["article"]["text"].replace("Keller", "</script><script>alert(2)</script>", 1)
    for page in view_files(read_network(merged_graph(facts_to_dataset(small_facts)))).values():
        assert "<script>alert" not in page.html and "</script><script>" not in page.html
        # vis-network's own tag and string, and the page's own script: nothing else
        assert page.html.count("<script>") == _vis_library()[0].count("<script>") + 2
    assert "innerHTML" not in render_view(build_view(read_network(merged_graph(facts_to_dataset(small_facts))), "graph")).html


def test_view_node_colours_follow_the_legend(small):
    nodes, _, _ = page_data(render_view(build_view(small, "graph")).html)
    assert {n["color"] for n in nodes} <= set(COLOURS.values())
    assert all("group" not in n for n in nodes)  # a vis group would repaint the node


def test_view_max_nodes_keeps_the_most_central_and_says_what_it_left_out():
    page = render_view(build_view(star(20), "graph"), max_nodes=5)
    nodes, edges, _ = page_data(page.html)
    assert page.nodes == len(nodes) == 5
    assert "p0" in {n["id"] for n in nodes}  # the hub has the most ties
    assert all(e["from"] in {n["id"] for n in nodes} and e["to"] in {n["id"] for n in nodes} for e in edges)
    assert sum(page.left_out.values()) == 41 - 5
    assert "Left out (--max-nodes, the least central):" in page.html


def test_view_large_graph_is_laid_out_in_python_without_physics():
    page = render_view(build_view(star(PHYSICS_LIMIT), "graph"))
    nodes, _, options = page_data(page.html)
    assert len(nodes) > PHYSICS_LIMIT
    assert options["physics"] == {"enabled": False}
    assert all("x" in n and "y" in n and n["physics"] is False for n in nodes)


def test_view_small_graph_keeps_physics(small):
    nodes, _, options = page_data(render_view(build_view(small, "graph")).html)
    assert options["physics"]["enabled"] is True and not any("x" in n for n in nodes)


def test_view_unknown_view_is_an_error(small):
    with pytest.raises(ValueError, match="expected one of graph, network, countries"):
        build_view(small, "timeline")


def test_view_shows_inline_in_jupyter_as_an_isolated_frame():
    frame = Page('<p title="a&b">"x"</p>')._repr_html_()
    assert frame.startswith("<iframe srcdoc=\"&lt;p title=&quot;a&amp;b&quot;&gt;")
    assert 'sandbox="allow-scripts"' in frame


def test_view_meetings_sharing_a_label_are_told_apart_by_their_people():
    from graph.network_data import Actor, Attendance, Meeting, NetworkData

    actors = {k: Actor(k, name, "person") for k, name in [("a", "Ana Ruiz"), ("b", "Ben Ode"), ("c", "Cem Aral")]}
    meetings = {m: Meeting(m, "Meeting · Oslo · 2025-05-20", "2025-05-20", "past") for m in ("m1", "m2")}
    rows = [Attendance(m, "x", None, a, actors[a].name, "person", False) for m, a in [("m1", "a"), ("m1", "b"), ("m2", "a"), ("m2", "c")]]
    nodes, _, _ = page_data(render_view(build_view(NetworkData(actors, meetings, rows), "graph")).html)
    labels = sorted(n["label"] for n in nodes if n["kind"] == "meeting")
    assert labels == ["Meeting · Oslo · 2025-05-20 (Ana Ruiz, Ben Ode)", "Meeting · Oslo · 2025-05-20 (Ana Ruiz, Cem Aral)"]


def _two_meetings_named_alike() -> NetworkData:
    """Two meetings of one name (told apart by their participants in the label), a state that attends and is a
    meeting's place, hosts: the cases where building only the kept nodes could drift from cutting the whole view."""
    from graph.network_data import Actor, Attendance, Meeting

    actors = {k: Actor(k, name, kind) for k, name, kind in [("a", "Ann Ash", "person"), ("b", "Ben Birch", "person"),
                                                             ("c", "Cy Cedar", "person"), ("x", "Xland", "country")]}
    meetings = {"m1": Meeting("m1", "Talks · Oslo", "2025-01-02", "past", places=[("x", "Xland"), ("o", "Oslo")]),
                "m2": Meeting("m2", "Talks · Oslo", "2025-01-02", "past", places=[("o", "Oslo")]),
                "m3": Meeting("m3", "Summit", None, "planned")}
    rows = [Attendance(m, meetings[m].name, meetings[m].date, a, actors[a].name, actors[a].type, host)
            for m, a, host in [("m1", "a", True), ("m1", "b", False), ("m2", "a", False), ("m2", "c", False),
                               ("m3", "a", False), ("m3", "b", False), ("m3", "c", False), ("m3", "x", False)]]
    return NetworkData(actors, meetings, rows)


@pytest.mark.parametrize("which", ["graph", "network", "countries"])
def test_view_built_for_its_kept_nodes_only_is_the_whole_view_cut(small, which):
    """A large corpus's view is built only for the nodes it keeps (a skeleton chooses them): the page must be the
    one the whole view cut to its ``max_nodes`` most central would give, for every cut."""
    from graph.views import kept_view

    for data in (small, _two_meetings_named_alike(), star(30)):
        whole = build_view(data, which)
        for max_nodes in [None, *range(0, len(whole.nodes) + 2)]:
            expected = render_view(whole, max_nodes)
            view, left_out = kept_view(data, which, max_nodes)
            got = render_view(view, left_out=left_out)
            assert (got.html, got.left_out) == (expected.html, expected.left_out), (which, max_nodes)

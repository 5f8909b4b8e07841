"""graph.html works offline and keeps article text as text."""
from __future__ import annotations

import re

from graph.rdf import facts_to_dataset, merged_graph
from graph.views import render_html, strip_external_resources


def test_view_has_no_network_resources(small_facts):
    html = render_html(merged_graph(facts_to_dataset(small_facts)))
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", html)
    assert "new vis.Network" in html and "vis-network" in html or "vis.DataSet" in html


def test_view_draws_each_actor_meeting_and_place_once(small_facts):
    html = render_html(merged_graph(facts_to_dataset(small_facts)))
    nodes = re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", html, re.S).group(1)
    import json

    ids = [n["id"] for n in json.loads(nodes)]
    assert len(ids) == len(set(ids))
    # 5 actors, 2 meetings, 2 places (venue and city)
    assert len(ids) == 9


def test_view_article_text_cannot_inject_markup(small_facts):
    f = small_facts[0]
    f["actors"][0]["name"] = "<script>alert(1)</script>"
    f["meetings"][0]["evidence"][0]["sentence"] = "</script><script>alert(2)</script>"
    html = render_html(merged_graph(facts_to_dataset(small_facts)))
    assert "<script>alert" not in html
    assert "</script><script>" not in html


def test_view_strip_external_resources_removes_cdn_tags():
    html = '<head><link href="https://cdn.example/b.css" rel="stylesheet"/><script src="//cdn.example/b.js"></script><script>ok()</script></head>'
    assert strip_external_resources(html) == "<head><script>ok()</script></head>"


def test_view_node_colours_follow_the_legend(small_facts):
    import json
    import re

    from graph.views import COLOURS

    html = render_html(merged_graph(facts_to_dataset(small_facts)))
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", html, re.S).group(1))
    assert {n["color"] for n in nodes} <= set(COLOURS.values())
    assert all("group" not in n for n in nodes)  # a vis group would repaint the node

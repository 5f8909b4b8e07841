"""graph.html in a real browser (Debian's Chromium driven by Playwright) with the network blocked."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.rdf import facts_to_dataset, merged_graph
from graph.views import render_html

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


def test_view_renders_offline_with_every_node(small_facts, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    page_file = tmp_path / "graph.html"
    page_file.write_text(render_html(merged_graph(facts_to_dataset(small_facts))), encoding="utf-8")
    requests, errors = [], []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )
        try:
            context = browser.new_context(offline=True)
            page = context.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_file.as_uri())
            page.wait_for_function("typeof network !== 'undefined' && network.body !== undefined", timeout=15000)
            drawn_nodes = page.evaluate("network.body.data.nodes.length")
            drawn_edges = page.evaluate("network.body.data.edges.length")
            canvas = page.evaluate("document.querySelector('#mynetwork canvas') !== null")
            page.screenshot(path=str(tmp_path / "graph.png"))
        finally:
            browser.close()
    assert canvas
    assert drawn_nodes == 9  # 5 actors, 2 meetings, 2 places
    assert drawn_edges == 8  # 6 attendances (Keller's hosting counted once) + 2 locations
    assert [u for u in requests if not u.startswith("file://")] == []
    assert errors == []


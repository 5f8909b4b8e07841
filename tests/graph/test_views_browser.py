"""The three views in a real browser (Debian's Chromium driven by Playwright) with the network switched off.

Each test writes a screenshot of what it drew (into pytest's temporary folder, or into the folder named by
the environment variable ``NEWSGRAPH_SCREENSHOTS``) for a person to look at.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from graph.network_data import read_network
from graph.rdf import facts_to_dataset, merged_graph
from graph.views import VIEWS, build_view, render_view

from conftest import star

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def examples():
    """The example corpus's facts (extracted once for this module)."""
    from graph.builder import extract_corpus

    facts, errors = extract_corpus([ROOT / "examples"], progress=False)
    assert not errors
    return read_network(merged_graph(facts_to_dataset(facts)))


class Loaded:
    def __init__(self, page, requests, errors):
        self.page, self.requests, self.errors = page, requests, errors

    def js(self, expression: str):
        return self.page.evaluate(expression)


def load(browser, html: str, path: Path) -> Loaded:
    path.write_text(html, encoding="utf-8")
    context = browser.new_context(offline=True, viewport={"width": 1400, "height": 850})
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("window.newsgraphReady === true", timeout=20000)
    return Loaded(page, requests, errors)


def screenshot(loaded: Loaded, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("NEWSGRAPH_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    loaded.page.wait_for_timeout(1500)  # let physics settle a little: the picture is for a person
    loaded.page.screenshot(path=str(folder / f"{name}.png"))
    return folder / f"{name}.png"


@pytest.mark.parametrize("which", VIEWS)
def test_browser_view_draws_every_node_and_edge_offline(browser, examples, tmp_path, which):
    rendered = render_view(build_view(examples, which))
    loaded = load(browser, rendered.html, tmp_path / f"{which}.html")
    assert loaded.js("nodes.length") == rendered.nodes > 0
    assert loaded.js("edges.length") == rendered.edges > 0
    assert loaded.js("network.body.nodeIndices.length") == rendered.nodes  # drawn by vis-network, not just loaded
    assert loaded.js("document.querySelector('#mynetwork canvas') !== null")
    shot = screenshot(loaded, tmp_path, which)
    assert shot.stat().st_size > 20_000  # a drawn picture, not an empty canvas
    assert [u for u in loaded.requests if not u.startswith("file://")] == []
    assert loaded.errors == []


def test_browser_search_type_and_date_filters(browser, examples, tmp_path):
    loaded = load(browser, render_view(build_view(examples, "graph")).html, tmp_path / "graph.html")
    page = loaded.page
    page.fill("#search", "selenskyj")  # the German spelling finds Zelenskyy (his alternate name)
    selected = loaded.js("network.getSelectedNodes().map(id => nodes.get(id).label)")
    assert selected == ["Volodymyr Zelenskyy"]
    assert "1 match" in page.inner_text("#shown")
    page.fill("#search", "")
    page.uncheck("input[data-kind=meeting]")
    assert loaded.js("nodes.get().filter(n => n.kind === 'meeting' && !n.hidden).length") == 0
    page.check("input[data-kind=meeting]")
    page.fill("#since", "2024-07")
    page.fill("#until", "2024-07")
    page.uncheck("#undated")
    dates = loaded.js("nodes.get().filter(n => n.kind === 'meeting' && !n.hidden).map(n => n.dates[0])")
    assert dates and all(d.startswith("2024-07") for d in dates)
    page.click("#reset")
    assert loaded.js("nodes.get().filter(n => n.hidden).length") == 0
    assert loaded.errors == []


def test_browser_click_on_a_meeting_lists_its_participants(browser, examples, tmp_path):
    loaded = load(browser, render_view(build_view(examples, "graph")).html, tmp_path / "graph.html")
    page = loaded.page
    loaded.js("network.stopSimulation(); network.fit({animation: false})")
    # the meeting with most participants that no neighbour covers where it is drawn (a click there opens the top node)
    meeting = loaded.js("""nodes.get().filter(n => n.kind === 'meeting' && n.info.lists[0].items.length >= 3)
        .sort((a, b) => b.info.lists[0].items.length - a.info.lists[0].items.length)
        .map(n => n.id).find(id => network.getNodeAt(network.canvasToDOM(network.getPositions([id])[id])) === id)""")
    x, y = loaded.js(f"""(() => {{ const p = network.canvasToDOM(network.getPositions([{meeting!r}])[{meeting!r}]);
                       const r = document.getElementById('mynetwork').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }})()""")
    page.mouse.click(x, y)
    panel = page.inner_text("#panel")
    expected = loaded.js(f"nodes.get({meeting!r}).info.lists[0].items")
    assert "participants" in panel and len(expected) >= 3
    assert all(name in panel for name in expected)
    screenshot(loaded, tmp_path, "graph-meeting-clicked")
    assert loaded.errors == []


def test_browser_three_thousand_nodes_draw_without_physics(browser, tmp_path):
    rendered = render_view(build_view(star(2999), "network"))
    loaded = load(browser, rendered.html, tmp_path / "large.html")
    assert loaded.js("network.body.nodeIndices.length") == rendered.nodes == 3000
    assert loaded.js("network.physics.physicsEnabled") is False
    screenshot(loaded, tmp_path, "large-network")
    assert loaded.errors == []

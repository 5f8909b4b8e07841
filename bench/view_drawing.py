"""How long a large view takes to make in Python and to draw in a browser (Debian's Chromium, headless).

    python bench/view_drawing.py [--nodes 3000] [--runs 3] [--shape coalition|star]

The graph is synthetic, drawn as ``network.html`` (one node per person, one edge per pair that met):
``coalition`` (default) has ``--nodes`` persons at as many meetings of 2-6 people (seeded: about seven ties per
person), ``star`` one person who met each of the others once (one tie per person). Printed, fastest of
``--runs``:

- Python: reading nothing, only ``build_view`` + ``render_view`` (layout in Python, page written);
- browser, first draw: from opening the file to the second animation frame after the page's script ran
  (vis-network draws in the first);
- browser, pan: frame times while the mouse drags the view (vis-network hides edges while dragging a large
  graph), median and 90th percentile.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic_network(n: int, seed: int = 7):
    from graph.network_data import Actor, Attendance, Meeting, NetworkData

    rng = random.Random(seed)
    actors = {f"p{i}": Actor(f"p{i}", f"Person {i}", "person") for i in range(n)}
    meetings, rows = {}, []
    ids = list(actors)
    for k in range(n):  # as many meetings as people: every person meets a few others
        people = {ids[k]} | set(rng.sample(ids, rng.randint(1, 5)))
        mid = f"m{k}"
        meetings[mid] = Meeting(mid, f"Meeting {k}", f"2025-{1 + k % 12:02d}", "past")
        rows += [Attendance(mid, mid, None, p, actors[p].name, "person", False) for p in sorted(people)]
    return NetworkData(actors, meetings, rows)


def star_network(n: int):
    from graph.network_data import Actor, Attendance, Meeting, NetworkData

    actors = {f"p{i}": Actor(f"p{i}", f"Person {i}", "person") for i in range(n)}
    meetings = {f"m{i}": Meeting(f"m{i}", f"Meeting {i}", f"2025-{1 + i % 12:02d}", "past") for i in range(1, n)}
    rows = [Attendance(f"m{i}", f"m{i}", None, p, actors[p].name, "person", False) for i in range(1, n) for p in ("p0", f"p{i}")]
    return NetworkData(actors, meetings, rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shape", choices=["coalition", "star"], default="coalition")
    args = ap.parse_args()

    from graph.views import build_view, render_view

    data = synthetic_network(args.nodes) if args.shape == "coalition" else star_network(args.nodes)
    python_s, page = [], None
    for _ in range(args.runs):
        t0 = time.perf_counter()
        page = render_view(build_view(data, "network"), max_nodes=None)
        python_s.append(time.perf_counter() - t0)
    print(f"view of {page.nodes:,} nodes and {page.edges:,} edges, {len(page.html) / 1e6:.1f} MB of HTML")
    print(f"Python (layout + page): {min(python_s):.2f} s (median {statistics.median(python_s):.2f} s)")

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "network.html"
        path.write_text(page.html, encoding="utf-8")
        first, pans = [], []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
            for _ in range(args.runs):
                ctx = browser.new_context(offline=True, viewport={"width": 1400, "height": 850})
                tab = ctx.new_page()
                tab.goto(path.as_uri())
                tab.wait_for_function("window.newsgraphReady === true", timeout=120000)
                # the time origin is the navigation start; the network draws in the next animation frame, so the
                # end of the second frame after the page's script is when the first picture is on screen
                first.append(tab.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))") / 1000)
                # pan: drag the canvas with the mouse for 40 steps while counting animation frames
                tab.evaluate("window.__frames = []; (function f(t) { window.__frames.push(t); requestAnimationFrame(f); })(performance.now())")
                tab.mouse.move(900, 400)
                tab.mouse.down()
                for i in range(40):
                    tab.mouse.move(900 - i * 8, 400 - i * 4)
                    tab.wait_for_timeout(16)
                tab.mouse.up()
                frames = tab.evaluate("window.__frames")
                gaps = sorted(b - a for a, b in zip(frames, frames[1:]))
                pans.append((statistics.median(gaps), gaps[int(0.9 * (len(gaps) - 1))]))
                ctx.close()
            browser.close()
    print(f"browser, first draw: {min(first):.2f} s (median {statistics.median(first):.2f} s)")
    median, p90 = min(pans)
    print(f"browser, pan (mouse drag): median frame {median:.1f} ms ({1000 / median:.0f} frames/s), 90th percentile {p90:.1f} ms")


if __name__ == "__main__":
    main()

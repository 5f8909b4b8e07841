"""The report's charts as PNG (matplotlib, no display needed): meetings per month, the most central actors,
and a heat map of how often the most connected states met.

Each function returns the PNG's bytes (or None when there is nothing to draw), so the caller decides where it
goes; the files carry no timestamp, so the same analysis gives the same bytes.
"""
from __future__ import annotations

import io

from .presentation import COLOURS, LABELS

CHART_FILES = {"meetings": "meetings_per_month.png", "actors": "top_actors.png", "states": "states_heatmap.png"}


def _figure(width: float, height: float):
    import matplotlib

    matplotlib.use("Agg")  # files only: no window, no display needed
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(width, height), dpi=100)
    return plt, fig, ax


def _png(plt, fig) -> bytes:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def _month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (``YYYY-MM``), so that a quiet month shows as a gap."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def meetings_per_month(timeline: list[dict], max_span: int = 120) -> bytes | None:
    """Bars per month on a continuous axis (months without meetings at zero) when the months span at most
    ``max_span``; a longer span shows only the months with meetings."""
    if not timeline:
        return None
    counts = {t["month"]: t["meetings"] for t in timeline}
    months = _month_range(timeline[0]["month"], timeline[-1]["month"])
    if len(months) > max_span:
        months = sorted(counts)
    plt, fig, ax = _figure(min(16.0, max(4.0, 0.3 * len(months) + 2)), 3.2)
    ax.bar(range(len(months)), [counts.get(m, 0) for m in months], color=COLOURS["meeting"])
    step = max(1, len(months) // 30)
    ax.set_xticks(range(0, len(months), step), months[::step], rotation=60, ha="right")
    ax.set_ylabel("meetings")
    ax.set_title("Meetings per month")
    ax.yaxis.get_major_locator().set_params(integer=True)
    return _png(plt, fig)


def top_actors(centrality: list[dict], top: int = 15) -> bytes | None:
    rows = centrality[:top]
    if not rows:
        return None
    plt, fig, ax = _figure(7, 0.35 * len(rows) + 1.2)
    names = [r["name"] for r in rows][::-1]
    ax.barh(names, [r["degree"] for r in rows][::-1], color=[COLOURS.get(r["type"], "#888") for r in rows][::-1])
    from matplotlib.patches import Patch

    kinds = [k for k in COLOURS if any(r["type"] == k for r in rows)]
    ax.legend(handles=[Patch(color=COLOURS[k], label=LABELS[k]) for k in kinds], loc="lower right", fontsize=8)
    ax.set_xlabel("partners (actors met at shared meetings)")
    ax.set_title("Most connected actors")
    ax.xaxis.get_major_locator().set_params(integer=True)
    return _png(plt, fig)


def states_heatmap(states: dict, top: int = 12) -> bytes | None:
    """Shared meetings of the ``top`` most connected states, as a matrix (diagonal: the state's meetings)."""
    rows = states["centrality"][:top]
    if len(rows) < 2:
        return None
    index = {r["iri"]: i for i, r in enumerate(rows)}
    matrix = [[0] * len(rows) for _ in rows]
    for r in rows:
        matrix[index[r["iri"]]][index[r["iri"]]] = r["meetings"]
    for t in states["ties"]:
        a, b = index.get(t["source_iri"]), index.get(t["target_iri"])
        if a is not None and b is not None:
            matrix[a][b] = matrix[b][a] = t["weight"]
    plt, fig, ax = _figure(0.5 * len(rows) + 3, 0.5 * len(rows) + 2)
    image = ax.imshow(matrix, cmap="Blues")
    names = [r["name"] for r in rows]
    ax.set_xticks(range(len(rows)), names, rotation=60, ha="right")
    ax.set_yticks(range(len(rows)), names)
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=8,
                        color="white" if v > max(map(max, matrix)) / 2 else "black")
    fig.colorbar(image, ax=ax, label="shared meetings")
    ax.set_title("States: shared meetings")
    return _png(plt, fig)


def chart_files(analysis: dict) -> dict[str, bytes]:
    """The PNGs of an analysis by file name; a chart with nothing to show is left out."""
    made = {
        CHART_FILES["meetings"]: meetings_per_month(analysis["timeline"]),
        CHART_FILES["actors"]: top_actors(analysis["coalition"]["centrality"]),
        CHART_FILES["states"]: states_heatmap(analysis["states"]),
    }
    return {name: png for name, png in made.items() if png is not None}

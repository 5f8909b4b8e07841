"""``report.md``: the analysis as an analyst's brief (names, not IRIs; charts linked as PNG), and the set of
files an analysis is written as."""
from __future__ import annotations

import json

from .charts import CHART_FILES, chart_files
from .network_data import NetworkData
from .networks import all_graphs, export_texts
from .presentation import plural

CHARTS_DIR = "charts"
NETWORKS_DIR = "networks"


def _md_cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: list[list]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def analysis_files(data: NetworkData, analysis: dict, summary: dict | None = None,
                   networks: bool = True) -> dict[str, str | bytes]:
    """Every file of an analysis by its path in the output folder: ``analysis.json`` (stable key order),
    ``report.md``, the charts in ``charts/`` and (``networks``) the four graphs as GraphML and GEXF in
    ``networks/`` (a build writes those itself: :func:`graph.networks.write_network_files`)."""
    charts = chart_files(analysis)
    files: dict[str, str | bytes] = {
        "analysis.json": json.dumps(analysis, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
        "report.md": render_report(analysis, summary, charts=sorted(charts)),
    }
    files.update({f"{CHARTS_DIR}/{name}": png for name, png in charts.items()})
    if networks:
        sliced = data.sliced(analysis["period"]["since"], analysis["period"]["until"])
        files.update({f"{NETWORKS_DIR}/{name}": text for name, text in export_texts(all_graphs(sliced)).items()})
    return files


def stale_files(written: dict) -> list[str]:
    """Charts an earlier analysis wrote that this one did not (nothing to draw): to be removed, so that the
    folder matches the report."""
    return [f"{CHARTS_DIR}/{name}" for name in CHART_FILES.values() if f"{CHARTS_DIR}/{name}" not in written]


def _period_line(analysis: dict) -> list[str]:
    p = analysis["period"]
    if not p["since"] and not p["until"]:
        return []
    left = p["left_out"]
    return [f"Period: {p['since'] or 'the beginning'} to {p['until'] or 'the end'}; left out "
            f"{left.get('outside_period', 0)} meetings outside it and {left.get('undated', 0)} without a date.", ""]


def render_report(analysis: dict, summary: dict | None = None, top: int = 15, charts: list[str] | None = None) -> str:
    c = analysis["counts"]
    co = analysis["coalition"]
    charts = charts or []
    lines = ["# newsgraph report", ""]
    if summary:
        lines += [
            f"{summary.get('articles', 0)} articles read, {summary.get('failed', 0)} failed; "
            f"{summary.get('meetings', 0)} meetings, {summary.get('actors', 0)} actors, "
            f"{summary.get('places', 0)} places, {summary.get('triples', 0)} triples.",
            "",
        ]
    lines += _period_line(analysis)
    lines += [
        f"The coalition network links {c['actors']} actors by {c['co_attendance_edges']} shared-meeting ties "
        f"across {c['meetings_with_attendees']} meetings with known attendees "
        f"({co['components']} separate groups, density {co['density']:.3f}).",
        "",
    ]
    if not co["centrality"]:
        lines += ["No meeting with an attendee was found, so there is no network to measure.", ""]
        return "\n".join(lines)
    lead = co["centrality"][0]
    lines += [f"The most connected actor is **{lead['name']}** ({plural(lead['degree'], 'partner')} across "
              f"{plural(lead['meetings'], 'meeting')}).", ""]
    if analysis["hosts"]:
        h = analysis["hosts"][0]
        lines += [f"The most frequent host is **{h['name']}** ({plural(h['hosted'], 'meeting')}).", ""]

    lines += ["## Most central actors", ""]
    lines.append(_table(
        ["actor", "type", "meetings", "partners", "shared meetings", "betweenness", "eigenvector", "core", "community"],
        [[a["name"], a["type"], a["meetings"], a["degree"], a["weighted_degree"], f"{a['betweenness']:.3f}",
          f"{a['eigenvector']:.3f}", a["core_number"], a["community"]] for a in co["centrality"][:top]],
    ))
    if CHART_FILES["actors"] in charts:
        lines += ["", f"![Most connected actors]({CHARTS_DIR}/{CHART_FILES['actors']})"]

    lines += ["", "## Brokers and bridges", ""]
    if co["brokers"]:
        lines.append("Actors whose absence would split the network (articulation points):")
        lines.append("")
        lines += [f"- {b['name']} (splits their part into {b['splits_into']} groups)" for b in co["brokers"][:top]]
    else:
        lines.append("No single actor holds the network together: every group stays linked without any one of them.")
    if co["bridges"]:
        lines += ["", "Ties that are the only link between two groups:", ""]
        lines += [f"- {b['source']} – {b['target']}" for b in co["bridges"][:top]]
    lines += ["", f"The innermost core (k = {co['k_core']['k']}): {', '.join(co['k_core']['members'])}."]

    lines += ["", "## Strongest ties", ""]
    lines.append(_table(["actor", "actor", "shared meetings"], [[e["source"], e["target"], e["weight"]] for e in co["ties"][:top]]))

    lines += ["", f"## Communities (Louvain, modularity {co['modularity']:.3f})", ""]
    for com in co["communities"][:top]:
        lines.append(f"- {com['id']} ({com['size']}): {', '.join(com['members'])}")
    if len(co["communities"]) > top:
        lines.append(f"- … and {len(co['communities']) - top} more (see analysis.json)")

    st = analysis["states"]
    lines += ["", "## States", ""]
    if st["centrality"]:
        lines.append(f"{st['nodes']} states, linked by {st['edges']} ties (a person counts for the state they represent).")
        lines.append("")
        lines.append(_table(["state", "meetings", "partner states", "betweenness"],
                            [[s["name"], s["meetings"], s["degree"], f"{s['betweenness']:.3f}"] for s in st["centrality"][:top]]))
        if CHART_FILES["states"] in charts:
            lines += ["", f"![States: shared meetings]({CHARTS_DIR}/{CHART_FILES['states']})"]
    else:
        lines.append("No state took part in a meeting.")
    org = analysis["organisations"]
    if org["centrality"]:
        lines += ["", "## Organisations", ""]
        lines.append(_table(["organisation", "meetings", "partner organisations"],
                            [[o["name"], o["meetings"], o["degree"]] for o in org["centrality"][:top]]))

    lines += ["", "## Hosts", ""]
    if analysis["hosts"]:
        lines.append(_table(["host", "type", "meetings hosted"], [[h["name"], h["type"], h["hosted"]] for h in analysis["hosts"][:top]]))
    else:
        lines.append("No host was named.")

    lines += ["", "## Month by month", ""]
    if analysis["timeline"]:
        lines.append(_table(["month", "meetings", "actors", "new actors", "most central"],
                            [[t["month"], t["meetings"], t["actors"], len(t["new_actors"]),
                              ", ".join(m["name"] for m in t["most_central"])] for t in analysis["timeline"]]))
        if CHART_FILES["meetings"] in charts:
            lines += ["", f"![Meetings per month]({CHARTS_DIR}/{CHART_FILES['meetings']})"]
    else:
        lines.append("No meeting is dated to a month or a day.")

    actor = analysis.get("actor")
    if actor:
        lines += ["", f"## {actor['name']}", ""]
        who = ", ".join(x for x in (actor.get("role"), actor.get("represents")) if x)
        if who:
            lines += [f"{who}.", ""]
        lines.append(_table(["date", "meeting", "places", "hosted"],
                            [[m["date"] or "undated", m["name"], ", ".join(m["places"]), "yes" if m["hosted"] else ""]
                             for m in actor["meetings"]]))
        lines += ["", "Partners: " + (", ".join(f"{p['name']} ({p['shared_meetings']})" for p in actor["partners"]) or "none") + "."]
        lines += ["", "Places: " + (", ".join(f"{p['name']} ({p['meetings']})" for p in actor["places"]) or "none named") + "."]
    lines += ["", f"Networks for Gephi (GraphML, GEXF) are in `{NETWORKS_DIR}/`; every figure above is in `analysis.json`.", ""]
    return "\n".join(lines)

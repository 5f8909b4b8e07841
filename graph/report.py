"""``report.md``: the analysis as a short brief for an analyst (names, not IRIs)."""
from __future__ import annotations


def _md_cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: list[list]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def analysis_files(analysis: dict, summary: dict | None = None) -> dict[str, str]:
    """The two files an analysis is written as: ``analysis.json`` (stable key order) and ``report.md``."""
    import json

    return {
        "analysis.json": json.dumps(analysis, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
        "report.md": render_report(analysis, summary),
    }


def render_report(analysis: dict, summary: dict | None = None, top: int = 15) -> str:
    c = analysis["counts"]
    lines = ["# newsgraph report", ""]
    if summary:
        lines += [
            f"{summary.get('articles', 0)} articles read, {summary.get('failed', 0)} failed; "
            f"{summary.get('meetings', 0)} meetings, {summary.get('actors', 0)} actors, "
            f"{summary.get('places', 0)} places, {summary.get('triples', 0)} triples.",
            "",
        ]
    lines += [
        f"The coalition network links {c['actors']} actors by {c['co_attendance_edges']} shared-meeting ties "
        f"across {c['meetings_with_attendees']} meetings with known attendees.",
        "",
    ]
    if not analysis["actors"]:
        lines += ["No meeting with an attendee was found, so there is no network to measure.", ""]
        return "\n".join(lines)
    lines += ["## Most connected actors", ""]
    lines.append(_table(
        ["actor", "type", "meetings", "hosted", "partners", "betweenness", "community"],
        [[a["name"], a["type"], a["meetings"], a["hosted"], a["degree"], f"{a['betweenness']:.3f}", a["community"]]
         for a in analysis["actors"][:top]],
    ))
    brokers = [a for a in analysis["actors"] if a["betweenness"] > 0]
    lines += ["", "## Brokers", ""]
    if brokers:
        brokers.sort(key=lambda a: -a["betweenness"])
        lines.append("Actors on the shortest paths between others (betweenness centrality above zero):")
        lines.append("")
        lines += [f"- {a['name']} ({a['betweenness']:.3f})" for a in brokers[:top]]
    else:
        lines.append("No actor links otherwise separate groups.")
    lines += ["", "## Strongest ties", ""]
    lines.append(_table(["actor", "actor", "shared meetings"], [[e["source"], e["target"], e["weight"]] for e in analysis["edges"][:top]]))
    lines += ["", f"## Communities (Louvain, modularity {analysis['modularity']:.3f})", ""]
    for com in analysis["communities"]:
        lines.append(f"- {com['id']}: {', '.join(com['members'])}")
    lines.append("")
    return "\n".join(lines)

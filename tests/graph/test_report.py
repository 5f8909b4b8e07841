"""report.md reads as a brief with names, links the charts that were drawn, and the charts are real PNGs."""
from __future__ import annotations

from conftest import star

from graph.analysis import analyze
from graph.charts import chart_files, meetings_per_month
from graph.network_data import read_network
from graph.rdf import facts_to_dataset, merged_graph
from graph.report import analysis_files, render_report, stale_files


def test_report_names_actors_not_iris_and_links_its_charts(small_facts):
    data = read_network(merged_graph(facts_to_dataset(small_facts)))
    files = analysis_files(data, analyze(data, actor="Keller"))
    report = files["report.md"]
    assert "The most connected actor is **Alma Keller**" in report
    assert "The most frequent host is **Alma Keller** (1 meeting)." in report
    assert "https://newsgraph.example" not in report
    assert "## Alma Keller" in report and "Partners: Netherlands (1), Northern Forum (1), Piet Varga (1)." in report
    for name in [n for n in files if n.startswith("charts/")]:
        assert f"]({name})" in report
        assert files[name][:8] == b"\x89PNG\r\n\x1a\n"
    assert "networks/coalition.gexf" in files


def test_report_on_an_empty_graph_says_there_is_nothing_to_measure():
    from graph.network_data import NetworkData

    analysis = analyze(NetworkData({}, {}, []))
    assert "no network to measure" in render_report(analysis)
    assert chart_files(analysis) == {}
    assert stale_files({}) == ["charts/meetings_per_month.png", "charts/top_actors.png", "charts/states_heatmap.png"]


def test_report_chart_of_months_is_the_same_bytes_each_time():
    timeline = analyze(star(40))["timeline"]
    assert meetings_per_month(timeline) == meetings_per_month(timeline)  # no timestamp inside

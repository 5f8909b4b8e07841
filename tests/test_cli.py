"""The newsgraph command as a user runs it: exit codes, files written, messages."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ["build", "query", "analyze", "view", "validate"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["build", str(ROOT / "examples"), "--out", str(out), "--format", "jsonld"])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert main.commands[command].help and len(main.commands[command].help) > 40


def test_cli_console_script_starts_fast_without_heavy_imports():
    code = "import sys, graph.cli; print(sorted(m for m in ('spacy', 'pyvis', 'pyshacl') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_cli_build_examples_writes_every_output(built):
    for name in ["facts.jsonl", "graph.ttl", "graph.trig", "graph.jsonld", "analysis.json", "report.md", "graph.html"]:
        assert (built / name).stat().st_size > 0, name
    assert not list(built.glob(".newsgraph-staging-*"))
    analysis = json.loads((built / "analysis.json").read_text(encoding="utf-8"))
    assert analysis["counts"]["actors"] > 5


def test_cli_build_prints_a_summary(tmp_path):
    result = CliRunner().invoke(main, ["build", str(ROOT / "examples" / "de_scholz_peking.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 0
    assert "1 articles read, 0 failed" in result.output and "triples" in result.output


def test_cli_build_timings_name_every_stage_on_stderr(tmp_path):
    result = CliRunner().invoke(main, ["build", str(ROOT / "examples" / "de_scholz_peking.txt"), "--out",
                                       str(tmp_path), "-q", "--timings", "--no-cache"])
    assert result.exit_code == 0 and result.stdout == ""
    stages = dict(re.fullmatch(r"  (.+?) +([0-9.]+) s", line).groups() for line in result.stderr.splitlines())
    assert list(stages) == ["read and extract", "graph", "RDF files", "network", "views", "analysis", "store"]
    assert all(float(v) >= 0 for v in stages.values())


def test_cli_build_bad_input_reports_and_builds_the_rest(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ROOT / "examples" / "de_scholz_peking.txt", src)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02PK")
    (src / "broken.jsonl").write_text('{"id": "x", "text": "Die Minister trafen sich."}\n{oops\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 1
    assert f"{src / 'empty.txt'}" in result.output and "empty" in result.output
    assert "binary" in result.output and "broken.jsonl:2" in result.output
    facts = [json.loads(line) for line in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(f["article"]["id"] for f in facts) == ["de_scholz_peking.txt", "x"]


def test_cli_build_strict_stops_and_keeps_previous_outputs(tmp_path, built):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = (out / "graph.ttl").read_bytes()
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(bad), str(ROOT / "examples"), "--out", str(out), "--strict"])
    assert result.exit_code == 1
    assert "--strict" in result.output
    assert (out / "graph.ttl").read_bytes() == before


def test_cli_build_is_deterministic(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        assert CliRunner().invoke(main, ["build", str(ROOT / "examples"), "--out", str(out), "-q"]).exit_code == 0
    for name in ("graph.ttl", "graph.trig", "facts.jsonl", "analysis.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_cli_build_unknown_format_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["build", str(ROOT / "examples"), "--out", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 2
    assert "unknown RDF format 'pdf'" in result.output


def test_cli_query_named_and_inline(built):
    g = str(built / "graph.ttl")
    listed = CliRunner().invoke(main, ["query", "--list"])
    assert listed.exit_code == 0 and "who-met-where" in listed.output
    res = CliRunner().invoke(main, ["query", "--graph", g, "--name", "meetings-of-actor", "--param", "name=Scholz", "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines()[0] == "actor,meeting,date,place,host"
    assert any(line.startswith("Olaf Scholz,") for line in res.output.splitlines())
    inline = CliRunner().invoke(main, ["query", "--graph", g, "SELECT (COUNT(*) AS ?n) WHERE { ?m a ng:Meeting }", "--format", "tsv"])
    assert inline.exit_code == 0 and int(inline.output.splitlines()[1]) > 3


def test_cli_query_syntax_error_exits_2_without_traceback(built):
    res = CliRunner().invoke(main, ["query", "--graph", str(built / "graph.ttl"), "SELECT ?x WHERE { ?x"])
    assert res.exit_code == 2
    assert "line 1, column" in res.output and "Traceback" not in res.output


def test_cli_query_missing_graph_is_explained(tmp_path):
    res = CliRunner().invoke(main, ["query", "--graph", str(tmp_path / "nope.ttl"), "--name", "hosts"])
    assert res.exit_code == 1 and "newsgraph build" in res.output


def test_cli_analyze_view_validate(built, tmp_path):
    g = str(built / "graph.ttl")
    res = CliRunner().invoke(main, ["analyze", "--graph", g, "--out", str(tmp_path)])
    assert res.exit_code == 0 and (tmp_path / "report.md").exists()
    assert (tmp_path / "charts" / "meetings_per_month.png").exists() and (tmp_path / "networks" / "coalition.gexf").exists()
    res = CliRunner().invoke(main, ["view", "--graph", g, "--out", str(tmp_path)])
    assert res.exit_code == 0 and all((tmp_path / f"{v}.html").exists() for v in ("graph", "network", "countries"))
    res = CliRunner().invoke(main, ["validate", "--graph", g])
    assert res.exit_code == 0 and "conforms" in res.output


def test_cli_analyze_actor_and_period(built, tmp_path):
    g = str(built / "graph.ttl")
    res = CliRunner().invoke(main, ["analyze", "--graph", g, "--out", str(tmp_path), "--actor", "Selenskyj", "--since", "2024"])
    assert res.exit_code == 0, res.output
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "## Volodymyr Zelenskyy" in report and "Period: 2024 to the end" in report
    analysis = json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8"))
    assert all(m["date"] >= "2024" for m in analysis["actor"]["meetings"])
    res = CliRunner().invoke(main, ["analyze", "--graph", g, "--out", str(tmp_path), "--actor", "Nobody Known"])
    assert res.exit_code == 1 and "no actor called 'Nobody Known'" in res.output
    res = CliRunner().invoke(main, ["analyze", "--graph", g, "--out", str(tmp_path), "--since", "soon"])
    assert res.exit_code == 1 and "'soon' is not a date" in res.output


def test_cli_view_max_nodes_says_what_it_left_out(built, tmp_path):
    res = CliRunner().invoke(main, ["view", "--graph", str(built / "graph.ttl"), "--out", str(tmp_path), "--max-nodes", "5"])
    assert res.exit_code == 0, res.output
    line = next(x for x in res.output.splitlines() if x.endswith(tuple(["place", "person", "meeting", "state"])) or "graph.html" in x)
    assert "graph.html: 5 nodes" in line and "left out the least central:" in line


def test_cli_validate_exits_1_on_violations(tmp_path, built):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        (built / "graph.ttl").read_text(encoding="utf-8")
        + "\n<https://newsgraph.example/id/person/olaf-scholz> a <https://schema.org/Country> .\n",
        encoding="utf-8",
    )
    res = CliRunner().invoke(main, ["validate", "--graph", str(bad)])
    assert res.exit_code == 1 and "exactly one of" in res.output


def test_cli_build_into_a_file_path_is_a_clear_error(tmp_path):
    target = tmp_path / "taken"
    target.write_text("a file", encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(ROOT / "examples" / "de_scholz_peking.txt"), "--out", str(target)])
    assert res.exit_code == 1
    assert "cannot write the outputs" in res.output and "Traceback" not in res.output


def test_cli_library_functions_mirror_the_commands(tmp_path):
    from graph import analyze, build, query, validate, view

    s = build([ROOT / "examples" / "de_scholz_peking.txt"], out=tmp_path, progress=False)
    assert s.failed == 0 and s.meetings >= 1
    g = tmp_path / "graph.ttl"
    assert "Olaf Scholz" in query("SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }", graph=g, format="csv")
    assert validate(g) == []
    assert [p.name for p in analyze(g)][:2] == ["analysis.json", "report.md"]
    assert [p.name for p in view(g)] == ["graph.html", "network.html", "countries.html"]


def test_cli_one_meeting_told_in_two_languages_is_reported_by_both_articles(built):
    # the examples tell the Paris conference of 26 February 2024 in German and in English
    res = CliRunner().invoke(main, ["query", "--graph", str(built / "graph.ttl"), "--name", "reports-of-meeting",
                                    "--param", "name=paris", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = [line.split(",") for line in res.output.splitlines()[1:]]
    assert len({r[0] for r in rows}) == 1  # one meeting node
    assert {(r[2], r[3]) for r in rows} == {("de_paris_ukraine_konferenz.txt", "de"), ("en_paris_ukraine_conference.txt", "en")}


def test_cli_build_writes_the_report_its_charts_and_the_three_views(built):
    report = (built / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# newsgraph report\n\n6 articles read, 0 failed;")
    assert "The most connected actor is **" in report and "## Brokers and bridges" in report
    for link in re.findall(r"\]\((charts/[^)]+\.png)\)", report):
        assert (built / link).read_bytes()[:4] == b"\x89PNG"
    assert len(re.findall(r"\]\(charts/", report)) == 3  # months, actors and the states' heat map
    for view in ("graph", "network", "countries"):
        assert "new vis.Network" in (built / f"{view}.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in (built / "networks").iterdir()) == sorted(
        f"{s}.{e}" for s in ("bipartite", "coalition", "organisations", "states") for e in ("gexf", "graphml"))


def test_cli_reports_of_meeting_finds_a_meeting_by_its_country(built):
    # Élysée Palace -> Paris -> France: the venue's city and the city's country name the meeting too
    res = CliRunner().invoke(main, ["query", "--graph", str(built / "graph.ttl"), "--name", "reports-of-meeting",
                                    "--param", "name=france", "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert {line.split(",")[2] for line in res.output.splitlines()[1:]} >= {"de_paris_ukraine_konferenz.txt", "en_paris_ukraine_conference.txt"}

"""The benchmark suite: one command that measures and writes ``BENCHMARKS.md``.

    python bench/run.py [--articles 1000,10000,100000] [--store-articles 2000] [--query-timeout 60] [--out BENCHMARKS.md]

1. extraction speed per language against bare ``spacy.blank`` tokenisation (``bench/extraction_speed.py``,
   real texts, cold pipelines, fastest of 3 passes);
2. a build of each size in ``--articles`` and of ``--store-articles`` (comma-separated; by default 1,000,
   2,000, 10,000 and 100,000: the whole suite then takes over an hour, most of it the 100,000-article build) of
   synthetic articles (``bench/synthetic.py``, half German, half English, seeded) with ``newsgraph build
   --no-cache``: wall time and peak memory of the largest process (``/usr/bin/time``; the extraction workers
   hold about 200 MB each besides), triples; each build's output is deleted once measured (100,000 articles
   write about 30 GB);
3. the graph of the ``--store-articles`` build (2,000 articles: 1.1 million triples, the size of issue 6's
   targets) in rdflib's memory store and in an Oxigraph store on disk: load time, memory (resident size grown
   by the load) and disk per triple, Turtle export, and each named query (``graph/queries``), each measurement
   in a fresh process, a query cut off after ``--query-timeout`` seconds;
4. drawing 3,000 nodes (``bench/view_drawing.py``).

The targets of issue 6 are printed beside the figures with whether this run met them. Each figure is from
one run on a shared machine: compare ratios within a run.
"""
from __future__ import annotations

import argparse
import json
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def run(args: list[str], timeout: float | None = None) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=timeout, cwd=ROOT).stdout


def extraction_rows() -> list[list[str]]:
    rows = []
    for lang in ("de", "en"):
        out = run([PY, "bench/extraction_speed.py", "--lang", lang, "--runs", "9", "--synthetic", "0"])
        tok = re.search(r"spacy.blank tokenisation: ([\d,]+) words/s", out).group(1)
        ext = re.search(r"newsgraph extraction:\s+([\d,]+) words/s", out).group(1)
        ratio = re.search(r"takes ([\d.]+) times", out).group(1)
        rows.append([lang, f"{tok} words/s", f"{ext} words/s", f"{ratio}×", "met" if int(ext.replace(",", "")) >= 30000 else "not met"])
    return rows


def write_corpus(n: int, path: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from bench.synthetic import generate

    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for lang, count in (("de", n - n // 2), ("en", n // 2)):
            for r in generate(lang, count, seed=11):
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
                words += len(r["text"].split())
    return words


PHASES = ["read and extract", "graph", "RDF files", "network", "views", "analysis", "store"]


def build(corpus: Path, out: Path, jobs: int) -> dict:
    newsgraph = str(Path(PY).parent / "newsgraph")
    t = subprocess.run(["/usr/bin/time", "-f", "%e %M", newsgraph, "build", str(corpus), "--out", str(out),
                        "--no-cache", "--no-progress", "--jobs", str(jobs), "--timings"], capture_output=True, text=True, cwd=ROOT)
    seconds, peak_kb = t.stderr.strip().splitlines()[-1].split()
    triples = re.search(r"([\d,]+) triples in", t.stdout)
    phases = dict((m.group(1), float(m.group(2))) for m in re.finditer(r"^  (.+?) +([0-9.]+) s$", t.stderr, re.M))
    return {"seconds": float(seconds), "peak_mb": int(peak_kb) / 1024, "phases": phases,
            "triples": int(triples.group(1).replace(",", "")) if triples else 0}


_STORE_SCRIPT = r'''
import json, os, sys, time, resource
kind, graph_file, work = sys.argv[1], sys.argv[2], sys.argv[3]
def rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
before = rss_mb()
t = time.perf_counter()
if kind == "rdflib":
    from rdflib import Graph
    g = Graph(); g.parse(graph_file, format="turtle"); n = len(g)
elif kind == "oxigraph-memory":
    import pyoxigraph as ox
    store = ox.Store()
    store.bulk_load(path=graph_file, format=ox.RdfFormat.TURTLE); n = len(store)
else:
    import pyoxigraph as ox
    store = ox.Store(os.path.join(work, "store"))
    store.bulk_load(path=graph_file, format=ox.RdfFormat.TURTLE); store.flush(); store.optimize(); n = len(store)
load = time.perf_counter() - t
grown = rss_mb() - before
disk = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(work) for f in fs) if kind == "oxigraph" else 0
t = time.perf_counter()
if kind == "rdflib":
    g.serialize(destination=os.path.join(work, "out.ttl"), format="turtle")
else:
    store.dump(os.path.join(work, "out.ttl"), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
export = time.perf_counter() - t
print(json.dumps({"triples": n, "load": load, "grown_mb": grown, "disk": disk, "export": export}))
'''

_QUERY_SCRIPT = r'''
import json, os, signal, sys, time
sys.path.insert(0, os.getcwd())
from rdflib import Literal
from graph.stores import bind_parameters
kind, graph_file, work, timeout = sys.argv[1], sys.argv[2], sys.argv[3], int(float(sys.argv[4]))
if kind == "rdflib":
    from rdflib import Graph
    g = Graph(); g.parse(graph_file, format="turtle")
elif kind == "oxigraph-memory":
    import pyoxigraph as ox
    store = ox.Store()
    store.bulk_load(path=graph_file, format=ox.RdfFormat.TURTLE)
else:
    import pyoxigraph as ox
    store = ox.Store(os.path.join(work, "store"))
class Late(Exception):
    pass
def late(*_):
    raise Late()
signal.signal(signal.SIGALRM, late)
out = {}
for query_file in sys.argv[5:]:
    text = open(query_file, encoding="utf-8").read()
    params = [l[len("# param:"):].strip() for l in text.splitlines() if l.startswith("# param:")]
    # each parameter "a" (matches nearly everything): rdflib's initial bindings, and for Oxigraph the literal
    # substituted as newsgraph's Oxigraph store does (graph/stores.py)
    bindings = {p: Literal("a") for p in params}
    t = time.perf_counter()
    signal.alarm(timeout)  # rdflib evaluates in Python: the alarm stops a query that runs too long
    try:
        if kind == "rdflib":
            rows = len(list(g.query(text, initBindings=bindings)))
        else:
            rows = len(list(store.query(bind_parameters(text, bindings))))
        out[os.path.basename(query_file)[:-3]] = time.perf_counter() - t
    except Late:
        out[os.path.basename(query_file)[:-3]] = None
    finally:
        signal.alarm(0)
print(json.dumps(out))
'''


def stores(graph_file: Path, timeout: float) -> tuple[dict, dict]:
    results: dict = {}
    queries: dict = {}
    for kind in ("oxigraph", "oxigraph-memory", "rdflib"):
        work = Path(tempfile.mkdtemp(prefix=f"bench-{kind}-"))
        results[kind] = json.loads(run([PY, "-c", _STORE_SCRIPT, kind, str(graph_file), str(work)]))
        files = [str(q) for q in sorted((ROOT / "graph" / "queries").glob("*.rq"))]
        # rdflib: one process (the graph is parsed once), each query stopped by an alarm; Oxigraph answers in
        # native code that an alarm cannot interrupt: a process per query (opening the store on disk is instant;
        # the store in memory is loaded first, and only the query is timed), killed at the timeout
        batches = [files] if kind == "rdflib" else [[f] for f in files]
        for batch in batches:
            try:
                found = json.loads(run([PY, "-c", _QUERY_SCRIPT, kind, str(graph_file), str(work), str(timeout), *batch],
                                       timeout=None if kind == "rdflib" else timeout + (120 if kind == "oxigraph-memory" else 0)))
            except subprocess.TimeoutExpired:
                found = {Path(f).stem: None for f in batch}
            for name, seconds in found.items():
                queries.setdefault(name, {})[kind] = seconds
    return results, queries


def views() -> list[list[str]]:
    rows = []
    for shape in ("coalition", "star"):
        out = run([PY, "bench/view_drawing.py", "--shape", shape, "--runs", "2"])
        head = re.search(r"view of ([\d,]+) nodes and ([\d,]+) edges", out)
        rows.append([f"{head.group(1)} nodes, {head.group(2)} edges", re.search(r"Python \(layout \+ page\): ([\d.]+ s)", out).group(1),
                     re.search(r"first draw: ([\d.]+ s)", out).group(1), re.search(r"median frame ([\d.]+ ms)", out).group(1)])
    return rows


def table(headers: list[str], rows: list[list]) -> str:
    return "\n".join(["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)] + ["| " + " | ".join(map(str, r)) + " |" for r in rows])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default="1000,10000,100000", help="comma-separated build sizes")
    ap.add_argument("--store-articles", type=int, default=2000,
                    help="the build whose graph the stores are compared on (built too if not in --articles)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--query-timeout", type=float, default=60)
    ap.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"))
    args = ap.parse_args()
    sizes = sorted({int(n) for n in args.articles.split(",")} | {args.store_articles})
    t0 = time.perf_counter()
    lines = ["# Benchmarks", "", f"`python bench/run.py --articles {args.articles} --store-articles {args.store_articles}` on {date.today().isoformat()}: "
             f"{platform.processor() or platform.machine()}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, "
             f"Python {platform.python_version()}. One run; the machine is shared, so compare ratios within this file.", ""]
    print("extraction …", file=sys.stderr)
    lines += ["## Extraction (real texts, cold pipelines, one core)", "",
              table(["language", "spacy.blank tokenisation", "newsgraph extraction", "extraction / tokenisation", "target 30,000 words/s"], extraction_rows()), ""]
    build_rows, phase_rows = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            corpus = Path(tmp) / f"corpus-{size}.jsonl"
            words = write_corpus(size, corpus)
            print(f"build of {size} articles …", file=sys.stderr)
            out = Path(tmp) / f"out-{size}"
            b = build(corpus, out, args.jobs)
            verdict = ""
            if size == 10000:
                met = b["seconds"] <= 300 and b["peak_mb"] <= 2048
                verdict = f"target 5 min, 2 GB: {'met' if met else 'not met'}"
            build_rows.append([f"{size:,}", f"{words:,}", f"{b['seconds']:.0f} s", f"{b['peak_mb']:,.0f} MB",
                               f"{b['triples']:,}", verdict])
            phase_rows.append([f"{size:,}"] + [f"{b['phases'].get(p, 0):.0f} s" for p in PHASES])
            if size == args.store_articles:
                print("stores …", file=sys.stderr)
                st, qs = stores(out / "graph.ttl", args.query_timeout)
            corpus.unlink()
            shutil.rmtree(out)
    triples = st["oxigraph"]["triples"]
    lines += [f"## Builds (synthetic articles, `newsgraph build --no-cache --jobs {args.jobs}`)", "",
              table(["articles", "words", "wall time", "peak memory (largest process)", "triples", ""], build_rows), "",
              "Where the time went (`--timings`; the RDF, GraphML and GEXF files of a large graph are written by processes "
              "of their own beside the analysis and views, so their stages count only the wait for them; from 20 million "
              "triples the views' and the networks' processes take turns, and their stages count their whole time):", "",
              table(["articles", *PHASES], phase_rows), ""]
    ox, om, rl = st["oxigraph"], st["oxigraph-memory"], st["rdflib"]
    lines += [f"## The graph in rdflib's memory store and in Oxigraph, on disk and in memory ({triples:,} triples)", "",
              table(["", "rdflib (memory)", "Oxigraph (disk)", "Oxigraph (memory)", "rdflib / Oxigraph (disk)"],
                    [["load (Turtle)", f"{rl['load']:.1f} s", f"{ox['load']:.1f} s", f"{om['load']:.1f} s", f"{rl['load'] / ox['load']:.1f}×"],
                     ["memory grown by the load, per triple", f"{rl['grown_mb'] * 2**20 / triples:,.0f} B", f"{ox['grown_mb'] * 2**20 / triples:,.0f} B",
                      f"{om['grown_mb'] * 2**20 / triples:,.0f} B", ""],
                     ["disk per triple (target < 400 B)", "", f"{ox['disk'] / triples:,.0f} B: {'met' if ox['disk'] / triples < 400 else 'not met'}", "", ""],
                     ["Turtle export (target < 10 s for 1M)", f"{rl['export']:.1f} s", f"{ox['export']:.1f} s", f"{om['export']:.1f} s",
                      f"{rl['export'] / ox['export']:.1f}×"]]), ""]

    def seconds(x: float | None, digits: int) -> str:
        return f"{x:.{digits}f} s" if x is not None else f"> {args.query_timeout:.0f} s"

    qrows = []
    for name, r in sorted(qs.items()):
        o, mo, m = r.get("oxigraph"), r.get("oxigraph-memory"), r.get("rdflib")
        qrows.append([name, seconds(m, 2), seconds(o, 3), seconds(mo, 3), (f"{m / o:,.0f}×" if m and o else ""),
                      "met" if o is not None and o < 1 else "not met", "met" if mo is not None and mo < 1 else "not met"])
    lines += ["### Named queries", "", "Oxigraph (memory) is `--store oxigraph-memory:DIR`: the store read into memory first; only the "
              "query is timed.", "",
              table(["query", "rdflib", "Oxigraph (disk)", "Oxigraph (memory)", "rdflib / Oxigraph (disk)",
                     "Oxigraph (disk) < 1 s", "Oxigraph (memory) < 1 s"], qrows), ""]
    print("views …", file=sys.stderr)
    lines += ["## Views (network.html, Chromium headless)", "", table(["graph", "Python: layout + page", "first picture", "panning: median frame"], views()), ""]
    lines += [f"The suite took {(time.perf_counter() - t0) / 60:.0f} min.", ""]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

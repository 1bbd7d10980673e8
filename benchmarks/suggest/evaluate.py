"""Suggestion benchmark: runs `codefind suggest --json` on every note of notes.jsonl and prints
precision, recall and F1 of the reported codes against the gold codes, the forbidden codes that
were reported, and negation accuracy, by split (dev, held out) and by kind of note.

- Reported codes: the default output (what a coder would report). A gold entry may list
  alternatives ('K85.10|K85.90'): any of them counts, once. A reported code that matches no gold
  entry is a false positive. Precision = TP / reported, recall = TP / gold entries.
- Negation accuracy: of the codes a note denies ('negated' in notes.jsonl), the share that
  `codefind suggest --all --json` lists with the assertion 'negated'. Leaks: denied codes that the
  default output reports.
- Time: elapsedMicros of each default run (one process per note, so the index pages may be cold);
  the package-benchmark suite Suggest measures warm per-sentence and discharge-summary times.

Run: python3 benchmarks/suggest/evaluate.py [--codefind PATH] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from check_notes import alternatives, read_notes  # noqa: E402


def suggest(codefind: str, text: str, everything: bool) -> dict:
    """The JSON result of `codefind suggest` on a note, read from standard input."""
    command = [codefind, "suggest", "--json", "--limit", "100"] + (["--all"] if everything else []) + ["-"]
    done = subprocess.run(command, input=text.encode("utf-8"), capture_output=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"codefind failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    return json.loads(done.stdout)


class Tally:
    """Counts for one group of notes."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.forbidden = 0
        self.negated = self.negated_right = self.leaks = 0
        self.notes = 0
        self.micros: list[int] = []

    def add(self, other: "Tally") -> None:
        for name in ("tp", "fp", "fn", "forbidden", "negated", "negated_right", "leaks", "notes"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.micros += other.micros

    def row(self, name: str) -> str:
        reported = self.tp + self.fp
        precision = self.tp / reported if reported else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        negation = self.negated_right / self.negated if self.negated else float("nan")
        median = statistics.median(self.micros) if self.micros else 0
        return (f"{name:18} {self.notes:5} {self.tp + self.fn:5} {reported:8} {precision:9.3f} {recall:7.3f} {f1:6.3f} "
                f"{self.forbidden:9} {self.negated:7} {negation:8.3f} {self.leaks:5} {median:9.0f} {max(self.micros or [0]):9}")


HEADER = (f"{'group':18} {'notes':>5} {'gold':>5} {'reported':>8} {'precision':>9} {'recall':>7} {'F1':>6} "
          f"{'forbidden':>9} {'negated':>7} {'neg.acc':>8} {'leaks':>5} {'p50 µs':>9} {'max µs':>9}")


def evaluate(note: dict, codefind: str, verbose: bool) -> Tally:
    tally = Tally()
    tally.notes = 1
    default = suggest(codefind, note["text"], everything=False)
    everything = suggest(codefind, note["text"], everything=True)
    tally.micros.append(default["elapsedMicros"])
    reported = [item["code"] for item in default["items"]]
    gold = [set(alternatives(entry)) for entry in note["gold"]]
    matched_gold = [False] * len(gold)
    false_positives = []
    for code in reported:
        hit = next((i for i, codes in enumerate(gold) if code in codes and not matched_gold[i]), None)
        if hit is None:
            if not any(code in codes for codes in gold):
                false_positives.append(code)
            continue
        matched_gold[hit] = True
    tally.tp = sum(matched_gold)
    tally.fn = len(gold) - tally.tp
    tally.fp = len(false_positives)
    tally.forbidden = sum(1 for code in note["forbidden"] if code in reported)
    negated_codes = {item["code"] for item in everything["items"] if item["assertion"] == "negated"}
    tally.negated = len(note["negated"])
    tally.negated_right = sum(1 for code in note["negated"] if code in negated_codes)
    tally.leaks = sum(1 for code in note["negated"] if code in reported)
    if verbose:
        missed = [note["gold"][i] for i, hit in enumerate(matched_gold) if not hit]
        wrong_negation = [code for code in note["negated"] if code not in negated_codes]
        print(f"{note['id']:8} {note['split']:8} missed {missed} extra {false_positives} "
              f"forbidden {[c for c in note['forbidden'] if c in reported]} negation missed {wrong_negation}")
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--codefind", default=os.path.join(REPO, ".build", "release", "codefind"),
                        help="the codefind binary (default: %(default)s; build it with swift build -c release)")
    parser.add_argument("--verbose", action="store_true", help="print each note's misses and extras")
    args = parser.parse_args()
    if not os.access(args.codefind, os.X_OK):
        print(f"error: {args.codefind} is not an executable; build it with `swift build -c release` or pass --codefind",
              file=sys.stderr)
        return 1

    notes = read_notes()
    groups: dict[str, Tally] = {}
    for note in notes:
        tally = evaluate(note, args.codefind, args.verbose)
        for name in ("all", f"split {note['split']}", f"kind {note['kind']}"):
            groups.setdefault(name, Tally()).add(tally)
    print(HEADER)
    order = ["all", "split dev", "split heldout"] + sorted(k for k in groups if k.startswith("kind "))
    for name in order:
        if name in groups:
            print(groups[name].row(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Checks the suggestion benchmark's notes (notes.jsonl) against the shipped data: every gold,
forbidden and negated code exists as a billable ICD-10-CM code, no code is both gold and forbidden,
every kind of note has notes, and there are at least 60 notes. Prints each problem; exit status 1
if there is any.

Run: python3 benchmarks/suggest/check_notes.py [--show]   (--show prints every code with its title)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "relevance"))

import codesets  # noqa: E402

NOTES = os.path.join(HERE, "notes.jsonl")
KINDS = ("assessment-plan", "discharge-summary", "ed-note", "operative-note")
MIN_NOTES = 60


def read_notes(path: str = NOTES) -> list[dict]:
    """The notes of a JSONL file, one object per line."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def alternatives(entry: str) -> list[str]:
    """A gold entry's acceptable codes: 'K85.10|K85.90' -> ['K85.10', 'K85.90']."""
    return [code.strip() for code in entry.split("|") if code.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print each note's codes with their titles")
    args = parser.parse_args()

    notes = read_notes()
    universe = codesets.CodeUniverse()
    billable = {codesets.canonical(c.display) for c in universe.cm if c.billable}
    problems: list[str] = []
    ids = Counter(n["id"] for n in notes)
    problems += [f"note id {i} used {k} times" for i, k in ids.items() if k > 1]
    for note in notes:
        if note.get("kind") not in KINDS:
            problems.append(f"{note['id']}: kind {note.get('kind')!r} is not one of {', '.join(KINDS)}")
        if note.get("split") not in ("dev", "heldout"):
            problems.append(f"{note['id']}: split must be dev or heldout")
        gold = {code for entry in note["gold"] for code in alternatives(entry)}
        for field in ("gold", "forbidden", "negated"):
            for entry in note[field]:
                for code in alternatives(entry):
                    found = universe.lookup(code)
                    if found is None or found[0] != "ICD-10-CM":
                        problems.append(f"{note['id']}: {field} code {code} is not an ICD-10-CM code of the shipped data")
                    elif codesets.canonical(code) not in billable:
                        problems.append(f"{note['id']}: {field} code {code} is a header, not a billable code")
                    elif args.show:
                        print(f"{note['id']:8} {field:9} {code:9} {found[1]}")
        for code in note["forbidden"]:
            if code in gold:
                problems.append(f"{note['id']}: {code} is both gold and forbidden")
    kinds = Counter(n["kind"] for n in notes)
    problems += [f"no notes of kind {k}" for k in KINDS if kinds[k] == 0]
    if len(notes) < MIN_NOTES:
        problems.append(f"{len(notes)} notes, at least {MIN_NOTES} needed")
    for problem in problems:
        print(problem)
    print(f"{len(notes)} notes ({', '.join(f'{k} {kinds[k]}' for k in KINDS)}); "
          f"{sum(len(n['gold']) for n in notes)} gold, {sum(len(n['forbidden']) for n in notes)} forbidden, "
          f"{sum(len(n['negated']) for n in notes)} negated codes; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

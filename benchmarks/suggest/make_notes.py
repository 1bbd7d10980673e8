"""Writes notes.jsonl, the development and held-out notes of the suggestion benchmark, from the
make_notes_part*.py sources (one note() call per note: text, gold codes, forbidden codes, negated codes).
Run: python3 benchmarks/suggest/make_notes.py"""
import json, os
import make_notes_part1, make_notes_part2, make_notes_part3  # noqa: F401 (each adds its notes)
from make_notes_part1 import NOTES

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "notes.jsonl"), "w", encoding="utf-8") as out:
    for n in NOTES:
        out.write(json.dumps(n, ensure_ascii=False) + "\n")
print(f"{len(NOTES)} notes: " + ", ".join(f"{k} {sum(1 for n in NOTES if n['kind']==k)}" for k in sorted({n['kind'] for n in NOTES}))
      + f"; held out {sum(1 for n in NOTES if n['split']=='heldout')}")

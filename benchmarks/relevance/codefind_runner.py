"""Runs CodeFind for the benchmark scripts: one `codefind lookup --stdin --json` process fed every
query line, its answers parsed and checked (Python 3 stdlib only).

Shared by benchmarks/relevance/compare.py and benchmarks/peers/compare_all.py.

`codefind lookup --stdin` answers each line as soon as it is ready; the input is still written from a
thread while the output is read, so that nothing waits for a single answer. When the process exits
early, stops answering (`timeout` seconds without output), or prints a line that is not a lookup
answer, CodeFindError names the query concerned; an early exit is pinned to a query by running the
unanswered queries one by one in fresh processes.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import tempfile
import threading

import metrics

LIMIT = metrics.TOP_K
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_CODEFIND = os.path.join(REPO, ".build", "release", "codefind")


def raw_query_texts(path: str, queries: list[metrics.Query]) -> list[str]:
    """Each query's text exactly as written in the file (read_queries strips surrounding spaces)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    texts = []
    for q in queries:
        raw = lines[q.line - 1].rstrip("\r").split("\t")[1]
        texts.append(raw if raw.strip() == q.text else q.text)
    return texts


class CodeFindError(RuntimeError):
    """The codefind process failed; the message names the query."""


class CodeFindProcess:
    """Runs `codefind lookup --stdin --json -l 10` once over a list of lines."""

    def __init__(self, binary: str, index: str | None, timeout: float) -> None:
        self.binary = binary
        self.index = index
        self.timeout = timeout

    @property
    def command(self) -> list[str]:
        command = [self.binary, "lookup", "--stdin", "--json", "-l", str(LIMIT)]
        if self.index:
            command += ["--index", self.index]
        return command

    def run(self, lines: list[str]) -> list[dict]:
        """One parsed answer per line, in order. Raises CodeFindError naming the query that failed."""
        for line in lines:
            if "\n" in line or "\r" in line:
                raise CodeFindError(f"query {line!r} contains a line break: it cannot be sent as one line")
        payload = ("".join(line + "\n" for line in lines)).encode("utf-8")
        with tempfile.TemporaryFile() as stderr:
            try:
                process = subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr)
            except OSError as error:
                raise CodeFindError(f"cannot start {self.binary}: {error}") from error
            write_error: list[BaseException] = []

            def write() -> None:
                try:
                    view = memoryview(payload)
                    for start in range(0, len(view), 1 << 16):
                        process.stdin.write(view[start:start + (1 << 16)])
                    process.stdin.close()
                except (BrokenPipeError, OSError) as error:  # the process died: reported below
                    write_error.append(error)

            writer = threading.Thread(target=write, daemon=True)
            writer.start()
            chunks: list[bytes] = []
            fd = process.stdout.fileno()
            stalled = False
            while True:
                ready, _, _ = select.select([fd], [], [], self.timeout)
                if not ready:
                    stalled = True
                    process.kill()
                    break
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
            returncode = process.wait()
            writer.join(timeout=5)
            stderr.seek(0)
            err_text = stderr.read().decode("utf-8", "replace").strip()

        out_lines = b"".join(chunks).split(b"\n")
        complete = out_lines[:-1]  # the text after the last newline is an unfinished line
        answers: list[dict] = []
        for i, raw in enumerate(complete):
            if i >= len(lines):
                raise CodeFindError(f"codefind printed more lines than it was sent queries ({len(lines)}); "
                                    f"extra line: {raw[:200].decode('utf-8', 'replace')!r}")
            answer = parse_answer(raw)
            if answer is None:
                raise CodeFindError(f"the answer to query {lines[i]!r} (line {i + 1} of the input) is not a lookup "
                                    f"JSON line: {raw[:300].decode('utf-8', 'replace')!r}")
            answers.append(answer)
        if len(answers) == len(lines) and returncode == 0 and not stalled:
            return answers

        first = len(answers)
        how = (f"stopped printing for {self.timeout:.0f} s and was killed" if stalled
               else f"exited with status {returncode}" if returncode >= 0 else f"was killed by signal {-returncode}")
        detail = f"\ncodefind's standard error:\n{tail(err_text)}" if err_text else ""
        if first >= len(lines):
            raise CodeFindError(f"codefind answered every query but {how}{detail}")
        culprit = self.pin(lines, first)
        if culprit is not None:
            index, reason = culprit
            raise CodeFindError(f"codefind {how} after {first} of {len(lines)} answers; "
                                f"query {lines[index]!r} (line {index + 1} of the input) fails on its own: {reason}{detail}")
        raise CodeFindError(f"codefind {how} after {first} of {len(lines)} answers; the first unanswered query is "
                            f"{lines[first]!r} (line {first + 1} of the input), which answers on its own: the failure "
                            f"depends on the queries before it{detail}")

    def pin(self, lines: list[str], first: int, most: int = 64) -> tuple[int, str] | None:
        """The first unanswered line that fails in a process of its own, with why, or None.

        The lost answers are at most a pipe buffer's worth, so `most` candidates are enough.
        """
        for index in range(first, min(len(lines), first + most)):
            try:
                done = subprocess.run(self.command, input=(lines[index] + "\n").encode("utf-8"), capture_output=True,
                                      timeout=max(self.timeout, 1))
            except subprocess.TimeoutExpired:
                return index, f"no answer within {self.timeout:.0f} s"
            out = done.stdout.split(b"\n")
            if done.returncode != 0:
                err = done.stderr.decode("utf-8", "replace").strip()
                how = f"status {done.returncode}" if done.returncode > 0 else f"killed by signal {-done.returncode}"
                return index, how + (f"; standard error:\n{tail(err)}" if err else "")
            if len(out) != 2 or out[1] or parse_answer(out[0]) is None:
                return index, f"output is not one lookup JSON line: {done.stdout[:300].decode('utf-8', 'replace')!r}"
        return None


def parse_answer(raw: bytes) -> dict | None:
    """A lookup answer ({"elapsedMicros": int, "items": [{"code": str, …}]}) or None."""
    try:
        answer = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(answer, dict) or not isinstance(answer.get("items"), list):
        return None
    if not isinstance(answer.get("elapsedMicros"), int):
        return None
    if not all(isinstance(item, dict) and isinstance(item.get("code"), str) for item in answer["items"]):
        return None
    return answer


def tail(text: str, lines: int = 12) -> str:
    return "\n".join("  " + line for line in text.strip().splitlines()[-lines:])


def git_state(path: str) -> str:
    """`<short sha> <subject>` of the checkout holding `path`, with a note when it has changes."""
    folder = path if os.path.isdir(path) else os.path.dirname(path)
    try:
        head = subprocess.run(["git", "-C", folder, "log", "-1", "--format=%h %s"], capture_output=True, text=True, timeout=10)
        if head.returncode != 0:
            return "not in a git checkout"
        dirty = subprocess.run(["git", "-C", folder, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=30)
        subject = head.stdout.strip()
        if len(subject) > 90:
            subject = subject[:87] + "..."
        return subject + (" (with uncommitted changes)" if dirty.stdout.strip() else "")
    except (OSError, subprocess.TimeoutExpired):
        return "git not available"

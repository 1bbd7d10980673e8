#!/usr/bin/env python3
"""Soak test of `codefind serve`: one server, a million mixed requests, memory and latency sampled
over time (Python 3 stdlib only).

    swift build -c release && python3 benchmarks/soak/soak.py [--requests 1000000] [--window 64]

The requests come in a fixed cycle of ten: five `lookup`s (the queries of
benchmarks/relevance/queries.tsv in turn), a `code`, an LSP `textDocument/didChange` of an open
document (which makes the server publish diagnostics), a `textDocument/completion` of the code typed before the cursor (`E11`), a
`textDocument/hover`, and one malformed line (not JSON), all line-delimited. At most `--window`
requests are unanswered at a time, so latency is the time from writing a request to reading its
reply under that load. Every `--sample` requests the script prints the server's resident memory
(VmRSS, VmHWM from /proc) and the window's latency percentiles and rate. At the end it checks that
every request was answered once, with a result, or with -32700 for the malformed lines only, and
that `shutdown`/`exit` end the server with status 0; any other outcome fails the run (exit 1).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
QUERIES = os.path.join(REPO, "benchmarks", "relevance", "queries.tsv")
URI = "file:///soak/note.txt"
DOCUMENT_LINES = ["Assessment: type 2 diabetes with neuropathy E11.40, hypertension I10.", "Plan: recheck A1c. E11 "]


def queries() -> list[str]:
    with open(QUERIES, encoding="utf-8") as file:
        rows = [line.rstrip("\n").split("\t") for line in file if line.strip() and not line.startswith("#")]
    return [row[1] for row in rows[1:] if len(row) > 1 and row[1].strip()]


def resident_kilobytes(pid: int) -> tuple[int, int]:
    """VmRSS and VmHWM of a process, in kB."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="utf-8") as file:
        for line in file:
            if line.startswith(("VmRSS:", "VmHWM:")):
                name, value = line.split(":", 1)
                values[name] = int(value.split()[0])
    return values.get("VmRSS", 0), values.get("VmHWM", 0)


def server_costs(pid: int) -> tuple[float, int, int]:
    """CPU seconds (user + system) and voluntary and involuntary context switches of a process,
    summed over its threads (from /proc; a shared machine's load does not change them much)."""
    with open(f"/proc/{pid}/stat", encoding="utf-8") as file:
        fields = file.read().rsplit(")", 1)[1].split()  # fields[0] is stat's 3rd field, the state
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime and stime
    switches = {"voluntary_ctxt_switches": 0, "nonvoluntary_ctxt_switches": 0}
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/status", encoding="utf-8") as file:
            for line in file:
                name, _, value = line.partition(":")
                if name in switches:
                    switches[name] += int(value)
    return cpu, switches["voluntary_ctxt_switches"], switches["nonvoluntary_ctxt_switches"]


def percentile(sorted_values: list[float], fraction: float) -> float:
    if not sorted_values:
        return 0.0
    return sorted_values[min(len(sorted_values) - 1, int(fraction * len(sorted_values)))]


class Soak:
    def __init__(self, codefind: str, total: int, window: int, sample: int) -> None:
        self.total, self.window, self.sample = total, window, sample
        self.server = subprocess.Popen(
            [codefind, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )  # buffered: an unbuffered pipe's readline reads one byte per system call
        self.slots = threading.Semaphore(window)
        self.sent: dict[object, float] = {}
        self.malformed_sent: list[float] = []
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.answered = 0
        self.parse_errors = 0
        self.notifications = 0
        self.failures: list[str] = []
        self.queries = queries()
        self.first_costs: tuple[float, int, int] | None = None
        self.last_costs: tuple[float, int, int] | None = None

    def request_line(self, number: int) -> tuple[object, bytes]:
        """The number-th request of the cycle: its id (None for a notification, "malformed") and its line."""
        kind = number % 10
        if kind < 5:
            query = self.queries[(number // 2) % len(self.queries)]
            message = {"method": "lookup", "params": {"query": query, "limit": 10}}
        elif kind == 5:
            message = {"method": "code", "params": {"code": ["E11.40", "I10", "0DTJ4ZZ", "S72.001A"][number // 10 % 4]}}
        elif kind == 6:
            version = number // 10 + 2
            text = "\n".join(DOCUMENT_LINES) + ("I10" if version % 2 else "E11.9")
            notification = {"jsonrpc": "2.0", "method": "textDocument/didChange",
                            "params": {"textDocument": {"uri": URI, "version": version}, "contentChanges": [{"text": text}]}}
            return None, (json.dumps(notification) + "\n").encode()
        elif kind == 7:
            message = {"method": "textDocument/completion",
                       "params": {"textDocument": {"uri": URI}, "position": {"line": 1, "character": 22}}}
        elif kind == 8:
            message = {"method": "textDocument/hover",
                       "params": {"textDocument": {"uri": URI}, "position": {"line": 0, "character": 46}}}
        else:
            return "malformed", b'{"jsonrpc": "2.0", "id": ' + str(number).encode() + b', "method": \n'
        message.update({"jsonrpc": "2.0", "id": number})
        return number, (json.dumps(message) + "\n").encode()

    def write(self) -> None:
        stdin = self.server.stdin
        assert stdin is not None
        opening = {"jsonrpc": "2.0", "method": "textDocument/didOpen",
                   "params": {"textDocument": {"uri": URI, "languageId": "plaintext", "version": 1, "text": "\n".join(DOCUMENT_LINES)}}}
        stdin.write((json.dumps(opening) + "\n").encode())
        stdin.flush()
        for number in range(self.total):
            key, line = self.request_line(number)
            if key is not None:
                self.slots.acquire()
                with self.lock:
                    if key == "malformed":
                        self.malformed_sent.append(time.perf_counter())
                    else:
                        self.sent[key] = time.perf_counter()
            stdin.write(line)
            stdin.flush()

    def read(self) -> None:
        stdout = self.server.stdout
        assert stdout is not None
        expected = self.total - self.total // 10  # every request but the didChange notifications
        started = window_started = time.perf_counter()
        window: list[float] = []
        print(f"{'requests':>9} {'seconds':>8} {'rate/s':>8} {'p50 µs':>8} {'p99 µs':>8} {'max µs':>8} {'VmRSS kB':>9} {'VmHWM kB':>9}")
        while self.answered < expected:
            line = stdout.readline()
            if not line:
                self.failures.append(f"the server's output ended after {self.answered} replies")
                return
            now = time.perf_counter()
            try:
                reply = json.loads(line)
            except json.JSONDecodeError:
                self.failures.append(f"not JSON: {line[:200]!r}")
                continue
            if "method" in reply:
                self.notifications += 1
                continue
            with self.lock:
                if reply.get("id") is None:
                    sent = self.malformed_sent.pop(0) if self.malformed_sent else now
                    if reply.get("error", {}).get("code") != -32700:
                        self.failures.append(f"a malformed line was answered with {reply}")
                    self.parse_errors += 1
                else:
                    sent = self.sent.pop(reply["id"], None)
                    if sent is None or "result" not in reply:
                        self.failures.append(f"unexpected reply {str(reply)[:200]}")
                        sent = now
            self.slots.release()
            self.answered += 1
            if self.answered == 1:
                self.first_costs = server_costs(self.server.pid)
            elif self.answered == expected:
                self.last_costs = server_costs(self.server.pid)
            window.append((now - sent) * 1e6)
            if self.answered % self.sample == 0 or self.answered == expected:
                window.sort()
                rss, hwm = resident_kilobytes(self.server.pid)
                elapsed = now - started
                print(f"{self.answered:>9} {elapsed:>8.1f} {len(window) / max(now - window_started, 1e-9):>8.0f} "
                      f"{percentile(window, 0.5):>8.0f} {percentile(window, 0.99):>8.0f} {window[-1]:>8.0f} {rss:>9} {hwm:>9}",
                      flush=True)
                window, window_started = [], now

    def run(self) -> int:
        reader = threading.Thread(target=self.read)
        reader.start()
        self.write()
        reader.join()
        stdin = self.server.stdin
        assert stdin is not None and self.server.stdout is not None
        stdin.write(b'{"jsonrpc": "2.0", "id": "shutdown", "method": "shutdown"}\n{"jsonrpc": "2.0", "method": "exit"}\n')
        stdin.close()
        tail = self.server.stdout.read().decode(errors="replace").splitlines()
        status = self.server.wait()
        if not any('"shutdown"' in line for line in tail):
            self.failures.append("no reply to shutdown")
        if status != 0:
            self.failures.append(f"the server exited with status {status}")
        if self.sent:
            self.failures.append(f"{len(self.sent)} requests were never answered")
        if self.first_costs and self.last_costs and self.answered > 1:
            replies = self.answered - 1
            cpu, voluntary, involuntary = (last - first for first, last in zip(self.first_costs, self.last_costs))
            print(f"server after the first reply: {cpu * 1e6 / replies:.0f} µs CPU (user + system), "
                  f"{voluntary / replies:.2f} voluntary and {involuntary / replies:.2f} involuntary context switches "
                  f"per request ({replies} replies; the diagnostics notifications' work included)")
        print(f"answered {self.answered} requests ({self.parse_errors} malformed lines with -32700), "
              f"{self.notifications} diagnostics notifications; exit status {status}")
        for failure in self.failures[:20]:
            print("FAILED:", failure)
        return 1 if self.failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--codefind", default=os.path.join(REPO, ".build", "release", "codefind"))
    parser.add_argument("--requests", type=int, default=1_000_000)
    parser.add_argument("--window", type=int, default=64, help="the most requests unanswered at a time")
    parser.add_argument("--sample", type=int, default=50_000, help="replies per sample line")
    arguments = parser.parse_args()
    if not os.access(arguments.codefind, os.X_OK):
        print(f"soak.py: no codefind at {arguments.codefind}: run `swift build -c release` first or pass --codefind",
              file=sys.stderr)
        return 2
    print(f"# {arguments.requests} requests, window {arguments.window}, codefind {arguments.codefind}, "
          f"load average {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M:%S')}")
    return Soak(arguments.codefind, arguments.requests, arguments.window, arguments.sample).run()


if __name__ == "__main__":
    sys.exit(main())

"""Load benchmark of the real chat server: memory over many requests, errors under many
concurrent users. Starts `referat ui` in a subprocess over the index in
`REFERAT_DATA_DIR` and talks to it as browsers do (gradio_client: one session per user,
each sending its growing chat history back with every question).

    python -m eval.bench_memory --requests 10000 --users 4   # RSS after 1,000 and 10,000
    python -m eval.bench_memory --users 20 --seconds 120     # 20 users for 2 minutes

Prints the server's resident memory (RSS, from /proc) every `--every` requests, the
errors (an exception, or an answer that is a "⚠️" message) and latency percentiles.
The issue's bar: RSS after 10,000 requests within 10 % of RSS after 1,000; 0 errors.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from .bench import QUESTIONS
from .metrics import percentile

ROOT = Path(__file__).resolve().parents[1]


def rss_mb(pid: int) -> float:
    """Resident memory of process `pid` in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(env: dict[str, str] | None = None,
                 timeout: float = 180) -> tuple[subprocess.Popen, str]:
    """`referat ui` on a free port; returns the process and its URL once it serves."""
    port = free_port()
    # a pipe nobody reads would block a chatty server; the file lives as long as it does
    log = tempfile.TemporaryFile("w+")  # noqa: SIM115
    proc = subprocess.Popen([sys.executable, "-m", "ui.cli", "ui", "--port", str(port)],
                            env={**os.environ, **(env or {})}, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=log, text=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return proc, url
        except OSError as err:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                log.seek(0)
                raise RuntimeError(f"referat ui did not start: {log.read()[-2000:]}") from err
            time.sleep(0.3)


def answer_text(history: list) -> str:
    """The text of the last assistant message in a chat history from the API."""
    content = history[-1]["content"] if history else ""
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return str(content)


@dataclass
class Load:
    url: str
    requests: int | None = None  # stop after this many (all users together) …
    seconds: float | None = None  # … or after this long
    every: int = 1000
    pid: int | None = None
    sent: int = 0
    errors: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    rss: dict[int, float] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_request(self, started: float) -> int | None:
        with self.lock:
            if self.requests is not None and self.sent >= self.requests:
                return None
            if self.seconds is not None and time.perf_counter() - started > self.seconds:
                return None
            self.sent += 1
            return self.sent

    def done(self, n: int, took: float, error: str | None) -> None:
        with self.lock:
            self.latencies.append(took)
            if error:
                self.errors.append(error)
            if self.pid and n % self.every == 0:
                self.rss[n] = rss_mb(self.pid)
                print(f"  {n:>6} requests: server RSS {self.rss[n]:.1f} MB, "
                      f"errors {len(self.errors)}", flush=True)


def user(load: Load, number: int, started: float) -> None:
    """One browser session asking questions one after another."""
    from gradio_client import Client

    client = Client(load.url, verbose=False)
    history: list = []
    i = number
    while (n := load.next_request(started)) is not None:
        question = QUESTIONS[i % len(QUESTIONS)]
        i += 1
        t0 = time.perf_counter()
        error = None
        try:
            history = client.predict(question, history, [], "", "", api_name="/respond")[0]
            text = answer_text(history)
            if text.startswith("⚠️") or not text.strip():
                error = f"svar: {text[:120]}"
        except Exception as err:  # counted, never fatal: the point is to count them
            error = f"{err.__class__.__name__}: {str(err)[:120]}"
        load.done(n, time.perf_counter() - t0, error)


def run(load: Load, users: int) -> None:
    started = time.perf_counter()
    threads = [threading.Thread(target=user, args=(load, k, started), daemon=True)
               for k in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - started
    lat = [x * 1000 for x in load.latencies]
    print(f"{load.sent} requests from {users} users in {took:.0f} s "
          f"({load.sent / took:.1f}/s); errors: {len(load.errors)}")
    if lat:
        print(f"latency p50 {percentile(lat, 50):.0f} ms, p95 {percentile(lat, 95):.0f} ms, "
              f"max {max(lat):.0f} ms")
    for e in sorted(set(load.errors))[:10]:
        print(f"  fejl: {e}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=None)
    parser.add_argument("--seconds", type=float, default=None)
    parser.add_argument("--users", type=int, default=4)
    parser.add_argument("--every", type=int, default=1000, help="print RSS this often")
    args = parser.parse_args()
    if args.requests is None and args.seconds is None:
        args.requests = 10_000
    proc, url = start_server()
    try:
        load = Load(url, args.requests, args.seconds, args.every, proc.pid)
        print(f"server {url} (pid {proc.pid}), start RSS {rss_mb(proc.pid):.1f} MB")
        run(load, args.users)
        print(f"server RSS at the end: {rss_mb(proc.pid):.1f} MB")
        if 1000 in load.rss and load.sent in load.rss and load.sent > 1000:
            first, last = load.rss[1000], load.rss[load.sent]
            print(f"RSS after 1,000: {first:.1f} MB; after {load.sent:,}: {last:.1f} MB "
                  f"({(last - first) / first * 100:+.1f} %)")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    sys.exit(1 if load.errors else 0)


if __name__ == "__main__":
    main()

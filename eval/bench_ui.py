"""Browser benchmark: time from pressing Enter to the first and to the last token of an
answer in the real chat (Debian's chromium via Playwright, `referat ui` in a subprocess).

    python -m eval.bench_ui [--rounds 2]      # over the index in REFERAT_DATA_DIR

First token: the bot message shows answer text (not the "…" placeholder). Last token:
the answer is complete, i.e. the sources panel has been redrawn for it.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.request

from .bench import QUESTIONS
from .metrics import percentile

_FIRST = """([n]) => { const b = document.querySelectorAll("#chat [data-testid='bot']");
  return b.length >= n && b[n - 1].innerText.trim().length > 1; }"""
_LAST = """([before]) => document.querySelector('#kilder').innerHTML !== before"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t_start = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "ui.cli", "ui", "--port", str(port)],
                              env=os.environ.copy(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        while True:
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        print(f"app start (process → page served): {time.perf_counter() - t_start:.1f} s")
        first, last = [], []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                        args=["--no-sandbox", "--disable-gpu",
                                              "--disable-background-networking"])
            page = browser.new_page()
            page.goto(url)
            n = 0
            for _ in range(args.rounds):
                for q in QUESTIONS:
                    n += 1
                    before = page.locator("#kilder").inner_html()
                    box = page.locator("#spoergsmaal textarea")
                    box.fill(q)
                    t0 = time.perf_counter()
                    box.press("Enter")
                    page.wait_for_function(_FIRST, arg=[n], polling="raf", timeout=120_000)
                    first.append((time.perf_counter() - t0) * 1000)
                    page.wait_for_function(_LAST, arg=[before], polling="raf", timeout=120_000)
                    last.append((time.perf_counter() - t0) * 1000)
            browser.close()
        # the first question also loads the index and the embedder into the app
        print(f"first question (cold: loads index + model): first token {first[0]:.0f} ms, "
              f"last token {last[0]:.0f} ms")
        warm_first, warm_last = first[1:], last[1:]
        print(f"warm, n={len(warm_first)}: first token p50 {percentile(warm_first, 50):.0f} ms"
              f" p95 {percentile(warm_first, 95):.0f} ms; last token p50 "
              f"{percentile(warm_last, 50):.0f} ms p95 {percentile(warm_last, 95):.0f} ms")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()

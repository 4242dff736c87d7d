"""Every kind of bad minutes file is a one-line Danish reason, never a crash or a hang
(reading only: no model, no Chroma)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from ingest.read import SkipFile, decode, list_files, read_bytes, read_text
from ingest.report import shown_name
from tests.badfiles import SMALL, make_bad_folder

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("bad") / "minutes"
    good = [SEEDS / "002_c571320ba87c6627.txt", *(SEEDS / n for n in SMALL)]
    return folder, make_bad_folder(folder, good)


def _reason(path: Path) -> str:
    try:
        read_text(path)
    except SkipFile as err:
        assert "\n" not in str(err) and str(err).startswith(path.name)
        return err.reason
    return ""


@pytest.mark.parametrize("name", ["krypteret.pdf", "skrald.txt", "tom.md", "kæmpe.txt",
                                  "pipe.txt", "død-link.txt", "selv.txt"])
def test_bad_file_gets_its_danish_reason(bad, name: str) -> None:
    folder, expect = bad
    assert expect[name] in _reason(folder / name)


def test_utf16_text_is_decoded_not_called_binary(bad) -> None:
    folder, _ = bad
    text = read_text(folder / "utf16.txt")
    assert text == (SEEDS / "002_c571320ba87c6627.txt").read_text(encoding="utf-8")
    le = "Punkt 1: Æblerne".encode("utf-16-le") * 20
    assert decode(le, Path("x.txt")).startswith("Punkt 1: Æblerne")


def test_20000_deep_html_is_read_in_seconds(bad) -> None:
    folder, _ = bad
    started = time.perf_counter()
    text = read_text(folder / "dyb.html")
    assert time.perf_counter() - started < 10
    assert text.strip() == "Referat"


def test_folder_walk_ends_on_link_loops_and_lists_good_files(bad) -> None:
    folder, _ = bad
    files, problems = list_files([folder])
    names = [f.name for f in files]
    assert set(SMALL) <= set(names) and "utf16.txt" in names
    assert len(names) == len(set(f.resolve() for f in files if f.exists()) | {
        f for f in files if not f.exists()})  # no file twice through the loop
    assert any("ring" in p.reason for p in problems)


def test_unreadable_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lukket").mkdir()
    (tmp_path / "godt.txt").write_text("x")
    real_scandir = os.scandir

    def scandir(path):  # what a folder without read permission does (root reads all)
        if str(path).endswith("lukket"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = list_files([tmp_path])
    assert [f.name for f in files] == ["godt.txt"]
    assert [(p.path.name, p.reason) for p in problems] == [
        ("lukket", "mappen kan ikke læses (ingen adgang)")]


def test_unreadable_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "låst.txt"
    path.write_text("Punkt 1")

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(SkipFile, match="låst.txt: kan ikke læses \\(ingen adgang\\)"):
        read_bytes(path)


def test_escape_codes_in_names_are_not_printed() -> None:
    assert shown_name(Path("\x1b[31mrød\x1b[0m.txt")) == "?[31mrød?[0m.txt"

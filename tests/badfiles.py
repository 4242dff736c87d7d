"""A folder of every kind of bad minutes file a user has fed Referat, beside good ones.

`make_bad_folder(dest, seeds)` writes it and returns {file name: words its Danish reason
must contain}; the good files are the seeds' smallest two (one also as UTF-16).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

SMALL = ("004_92e4476df07c6aa3.txt", "003_81189f68f9d8b488.txt")


def _encrypted_pdf(path: Path) -> None:
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 5, "Referat\nPunkt 1: Hemmeligt\n" * 10)
    plain = path.with_suffix(".plain")
    pdf.output(str(plain))
    writer = PdfWriter(clone_from=PdfReader(str(plain)))
    writer.encrypt(user_password="hemmelig", algorithm="RC4-128")
    with path.open("wb") as fh:
        writer.write(fh)
    plain.unlink()


def make_bad_folder(dest: Path, seeds: Path, nesting: int = 20_000) -> dict[str, str]:
    """Good and bad files under `dest`; returns {bad file name: part of its reason}."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in SMALL:
        shutil.copy(seeds / name, dest / name)
    # UTF-16 with BOM (Windows' "Unicode" text): a good file, not "binary"
    text = (seeds / "002_c571320ba87c6627.txt").read_text(encoding="utf-8")
    (dest / "utf16.txt").write_bytes(text.encode("utf-16"))
    expect: dict[str, str] = {}
    _encrypted_pdf(dest / "krypteret.pdf")
    expect["krypteret.pdf"] = "krypteret"
    (dest / "skrald.txt").write_bytes(os.urandom(64 * 1024))
    expect["skrald.txt"] = "binær"
    (dest / "dyb.html").write_text(
        "<html><body>" + "<div>" * nesting + "Referat" + "</div>" * nesting + "</body></html>")
    expect["dyb.html"] = "dagsordenspunkter"  # read in seconds, then: not minutes
    year0 = (seeds / SMALL[0]).read_text(encoding="utf-8").replace("2020", "0000", 1)
    (dest / "aar0000.txt").write_text(year0, encoding="utf-8")
    expect["aar0000.txt"] = "dato"
    (dest / "tom.md").write_text("")
    expect["tom.md"] = "tom"
    with (dest / "kæmpe.txt").open("wb") as fh:  # sparse: costs no disk
        fh.truncate(60 * 1024 * 1024)
    expect["kæmpe.txt"] = "for stor"
    os.mkfifo(dest / "pipe.txt")  # reading it would block forever
    expect["pipe.txt"] = "almindelig fil"
    os.symlink(dest / "findes-ikke.txt", dest / "død-link.txt")
    expect["død-link.txt"] = "findes ikke"
    os.symlink("selv.txt", dest / "selv.txt")  # a link to itself
    expect["selv.txt"] = "ring"
    loop = dest / "undermappe"
    loop.mkdir()
    os.symlink("..", loop / "tilbage")  # a folder loop
    expect["tilbage"] = "ring"
    (dest / "\x1b[31mrød\x1b[0m.txt").write_text("Punkt 1 \x1b[2J ")
    expect["?[31mrød?[0m.txt"] = ""
    return expect

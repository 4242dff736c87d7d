"""A folder of every kind of bad minutes file a user has fed Referat, beside good ones.

`make_bad_folder(dest, good)` writes it and returns {file name: words its Danish reason
must contain}. `tiny_minutes` cuts a seed to its first agenda items: real minutes that
embed in seconds.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

SMALL = ("004_92e4476df07c6aa3.txt", "003_81189f68f9d8b488.txt")


def tiny_minutes(seed: Path, dest: Path, items: int) -> Path:
    """`seed` up to (not including) its agenda item number `items + 1`."""
    lines = seed.read_text(encoding="utf-8").splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith("Punkt ")]
    cut = starts[items] if len(starts) > items else len(lines)
    dest.write_text("".join(lines[:cut]), encoding="utf-8")
    return dest


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


def make_bad_folder(dest: Path, good: list[Path], nesting: int = 20_000) -> dict[str, str]:
    """Bad files under `dest`, beside the `good` ones (the first saved as UTF-16, the
    way Windows saves "Unicode" text: a good file, not "binary"). Returns {bad file
    name: part of its Danish reason}."""
    dest.mkdir(parents=True, exist_ok=True)
    first = good[0].read_text(encoding="utf-8")
    (dest / "utf16.txt").write_bytes(first.encode("utf-16"))
    for path in good[1:]:
        shutil.copy(path, dest / path.name)
    expect: dict[str, str] = {}
    _encrypted_pdf(dest / "krypteret.pdf")
    expect["krypteret.pdf"] = "krypteret"
    (dest / "skrald.txt").write_bytes(os.urandom(64 * 1024))
    expect["skrald.txt"] = "binær"
    (dest / "dyb.html").write_text(
        "<html><body>" + "<div>" * nesting + "Referat" + "</div>" * nesting + "</body></html>")
    expect["dyb.html"] = "dagsordenspunkter"  # read in seconds, then: not minutes
    year0 = re.sub(r"\b(19|20)\d\d\b", "0000", first, count=1)
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

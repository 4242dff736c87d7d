"""Small PDFs built in code for the adapter tests: lines of text set at fixed places on
A4 pages, as a layout program prints them (fpdf2 and the Liberation fonts)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

# (DejaVu where the Liberation fonts are not installed: any TTF with æøå will do)
FONT = next((f for f in ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                         "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") if Path(f).exists()),
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")

# A piece of text at x (mm) on a row of the page (the rows 6 mm apart from the top)
Piece = tuple[float, int, str]


def pieces_pdf(pages: list[list[Piece]], size: int = 10) -> bytes:
    """Pages holding their pieces, each page's written in the order given: a PDF's text
    objects in that order (a label drawn after or before the title on its row)."""
    return bytes(_drawn(pages, size, 6).output())


def _drawn(pages: list[list[Piece]], size: int, step: float) -> FPDF:
    """An A4 document holding the pieces, its rows `step` mm apart from the top."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("F", "", FONT)
    pdf.set_font("F", "", size)
    for pieces in pages:
        pdf.add_page()
        for x, row, text in pieces:
            pdf.text(x, 20 + step * row, text)
    return pdf


def lines_pdf(columns: list[tuple[float, list[str]]], size: int = 10) -> bytes:
    """One page holding each column's lines (x in mm, the lines 6 mm apart from the
    top), the columns written in the order given: a PDF's text in that order."""
    return pieces_pdf([[(x, k, line) for x, lines in columns for k, line in enumerate(lines)
                        if line]], size)


def cells_pdf(pages: list[list[Piece]], size: int = 9) -> bytes:
    """Pages holding their pieces as a table program draws a grid (reportlab's Table):
    each piece a cell's paragraph ending with a line feed (`T*`), so that plain text gives
    one cell a line while layout text keeps the cells of a row side by side."""
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    pdf = _drawn(pages, size, 5)
    pdf.set_compression(False)
    raw = bytes(pdf.output()).replace(b") Tj ET", b") Tj 12 TL T* ET")
    writer = PdfWriter(clone_from=PdfReader(BytesIO(raw)))  # (the streams' lengths again)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def objects_pdf(objects: list[bytes]) -> bytes:
    """A PDF file of these objects, numbered from 1 (the first the catalog), with its
    cross-reference table: a page written by hand, operator by operator."""
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def mapped_font_pdf(lines: list[str], marks: dict[str, str], ranges: str = "<20> <7E> <0020>\n"
                    ) -> bytes:
    """A one-page PDF of `lines` in Helvetica whose ToUnicode map gives each of `marks`'
    letters (as cp1252 codes) the hex it maps to ("ø" → "F0F8", a private-use code, or
    "006F0338", o and a combining stroke), and `ranges` ("<lo> <hi> <first>" lines) the
    rest: what a PDF's text layer says is not what its page shows."""
    shown = [line.replace("(", "\\(").replace(")", "\\)") for line in lines]
    ops = [f"BT /F1 10 Tf 60 {800 - 14 * k} Td ({line}) Tj ET" for k, line in enumerate(shown)]
    stream = "\n".join(ops).encode("cp1252")
    chars = "".join(f"<{ord(c.encode('cp1252')):02X}> <{code}>\n" for c, code in marks.items())
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CMapName /Mapped def /CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n"
            f"endcodespacerange\n{ranges.count(chr(10))} beginbfrange\n{ranges}endbfrange\n"
            f"{len(marks)} beginbfchar\n{chars}endbfchar\n"
            "endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    return objects_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
        b"/ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"])

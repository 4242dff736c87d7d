"""A scanned page whose OCR layer writes every word as a text run of its own (read stage,
used by `ingest.read`): Tesseract/OCRmyPDF's and Acrobat Paper Capture's word-level
invisible text places each recognised word by itself, on its line's baseline.

`pypdf` then gives one word a line ("tirsdag" / "den" / "2." / "marts" …), so no
heading, label or date line is a line the reader could know. The page's lines are built
again from where the words stand: a word drawn on the baseline of the word before it
goes on that line after a space, any other word starts a new line. The words keep the
order the OCR engine wrote them in (its reading order: a running header it read after
the page's first line stays there). A page whose text is not one word a line is
returned as it is."""

from __future__ import annotations

from .pdf_pieces import pieces

_MIN_LINES = 20  # lines on the page before it is taken for a word-level layer
_SINGLE_SHARE = 0.8  # the share of its lines that hold one word only


def _word_a_line(text: str) -> bool:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    single = sum(1 for ln in lines if " " not in ln)
    return len(lines) >= _MIN_LINES and single >= _SINGLE_SHARE * len(lines)


def word_lines(page: object, text: str) -> str:
    """The page's text a printed line a line, when its OCR layer gave a word a line."""
    if not _word_a_line(text):
        return text
    lines: list[list[str]] = []
    last_y, last_size = None, 0.0
    for _x, y, size, word in pieces(page):
        if last_y is not None and abs(y - last_y) <= max(size, last_size, 1.0) * 0.3:
            lines[-1].append(word)
        else:
            lines.append([word])
        last_y, last_size = y, size
    return "\n".join(" ".join(words) for words in lines) or text

"""Tables that PDF text extraction flattened into lines, read back as one line per row.

A statistics table in the minutes arrives as a header line of column names and rows of
a label and one figure per column; quoted as they are, the figure never stands next to
its column name, so "hvor mange nystartede …?" cannot find it. Each row is rewritten as
"<caption> – <label>: <column> (<figure>), …", the shape of a list line such as
"Løntilskud (20)"; the caption is the short line above the header, when there is one.
Anything that does not fit the shape is left alone. Answer-time only: the stored text
and the embeddings keep the minutes' own lines.

>>> print(rows_as_lines("Oversigt: andet kvartal 2020\\nNystartede Tilflyttere Netto\\n"
...                     "\\nBallerup 96 71 -9\\nHøje-Taastrup 117 51 -51\\nKilde: CVR."))
Oversigt: andet kvartal 2020
Oversigt: andet kvartal 2020 – Ballerup: Nystartede (96), Tilflyttere (71), Netto (-9)
Oversigt: andet kvartal 2020 – Høje-Taastrup: Nystartede (117), Tilflyttere (51), Netto (-51)
Kilde: CVR.

A header that also names the label column ("Kommune Nystartede …") is read the same way.
"""

from __future__ import annotations

import re

_FIGURE = r"-?\d[\d.,]*(?:\s?%)?"
_ROW = re.compile(rf"^(?P<label>[^\d\s-][^\d]*?)\s+(?P<figures>{_FIGURE}(?:\s+{_FIGURE})+)$")
_HEADER_WORD = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ./-]*$")
MAX_CAPTION_WORDS = 8
MAX_ROW_CHARS = 300  # a table row is short; longer lines are text (and stay linear)


def _columns(line: str) -> list[str]:
    """The column names of a header line ("Nystartede Tilflyttere Fraflyttere"), or []."""
    words = line.split() if len(line) <= MAX_ROW_CHARS else []
    if len(words) >= 2 and all(_HEADER_WORD.match(w) for w in words):
        return words
    return []


def _row(line: str, columns: list[str]) -> tuple[str, list[str]] | None:
    m = _ROW.match(line) if len(line) <= MAX_ROW_CHARS else None
    if not m:
        return None
    figures = re.findall(_FIGURE, m.group("figures"))
    return (m.group("label").strip(), figures) if len(figures) in (
        len(columns), len(columns) - 1) else None


def rows_as_lines(text: str) -> str:
    """`text` with every flattened table's rows rewritten as readable lines."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        columns = _columns(lines[i].strip())
        rows: list[tuple[str, list[str]]] = []
        j = i + 1
        while columns and j < len(lines):
            line = lines[j].strip()
            row = _row(line, columns) if line else None
            if line and row is None:
                break
            if row:
                rows.append(row)
            j += 1
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        caption = next((ln.strip() for ln in reversed(out) if ln.strip()), "")
        if len(caption.split()) > MAX_CAPTION_WORDS or caption[-1:] in ".!?":
            caption = ""
        for label, figures in rows:
            names = columns[len(columns) - len(figures):]  # without the label column's
            cells = ", ".join(f"{c} ({f})" for c, f in zip(names, figures, strict=True))
            out.append(f"{caption + ' – ' if caption else ''}{label}: {cells}")
        i = j
    return "\n".join(out)

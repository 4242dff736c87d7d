"""Whether an e-mail's plain-text part is a flattened rendering of its HTML part's tables:
Outlook writes the plain alternative of a Word-made message by printing each table cell
on a line of its own ("Kirsten Brodersen (V)" / "Formand" / "Deltog", blank lines for
the empty cells), so that a participants table or a head table ("Mødedato: | Tirsdag den
9. november 2021") loses its rows and columns, and a name, a role and a status read as
three people. Such a message is read through its HTML part (`mail_text`)."""

from __future__ import annotations

# a row whose cells the plain part must list a line each: at least two filled cells
_MIN_CELLS = 2
# how many of the table's rows must be found so (a short table: all of them)
_MIN_ROWS = 2


def _cells(row: object) -> list[str]:
    return [t for c in row.find_all(("td", "th"), recursive=False)  # type: ignore[attr-defined]
            if (t := " ".join(c.get_text(" ").split()))]


def _listed(cells: list[str], lines: list[str]) -> bool:
    """Whether the lines hold the cells one after another, a line each (blank lines
    between them aside)."""
    for start, line in enumerate(lines):
        if line == cells[0] and lines[start + 1:start + len(cells)] == cells[1:]:
            return True
    return False


def flattened_rows(html: str, plain: str) -> bool:
    """Whether some table of `html` with two or more rows of two or more filled cells
    has those rows in `plain` as its cells a line each.

    >>> html = ("<table><tr><td>Eva Dam (V)</td><td>Formand</td><td>Deltog</td></tr>"
    ...         "<tr><td>Bo Holm (A)</td><td></td><td>Afbud</td></tr></table>")
    >>> flattened_rows(html, "Eva Dam (V)\\n\\nFormand\\n\\nDeltog\\n\\nBo Holm (A)\\n\\nAfbud")
    True
    >>> flattened_rows(html, "Eva Dam (V)  Formand  Deltog\\nBo Holm (A)  Afbud")
    False
    """
    from bs4 import BeautifulSoup

    lines = [" ".join(ln.split()) for ln in plain.splitlines() if ln.strip()]
    for table in BeautifulSoup(html, "html.parser").find_all("table"):
        if table.find("table") is not None:  # (a layout table around others: theirs count)
            continue
        rows = [cells for row in table.find_all("tr") if len(cells := _cells(row)) >= _MIN_CELLS]
        if len(rows) >= _MIN_ROWS and sum(_listed(cells, lines) for cells in rows) >= _MIN_ROWS:
            return True
    return False

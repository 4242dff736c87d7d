"""An item's own table whose head row names its columns as the item's sections: a CMS
prints each item as an `<h2>` over a two-column table "Sag | Beslutning", the case text
(its "Indstilling" inside) in the left cell, the decision in the right one. Only the
head row says that the right-hand cell is the decision; read row by row the head row
becomes a "Sag: Beslutning" line and the cells run on as one text.

Such a table is unfolded in place: each body cell becomes a block of its own, headed by
its column's section ("Beslutning") and without a heading under a case head ("Sag"), so
the text reads as minutes print the item. A table of items (the item's number first,
`html_text.protocol_head`), a members' or a vote table (heads that are no sections) stay
as they are.

A case's earlier treatments in a table ("Udvalg | Dato | Punkt | Beslutning", a
portal's "Sagsforløb") are unfolded the same way into what minutes print for them: each
row a dated decision heading ("Beslutning i Magistraten den 20.11.2023 punkt 8") over
its text (`word_tables.treatment_lines`), the case's history, not this meeting's decision.
"""

from __future__ import annotations

# Column heads over an item's case text, which is no section of its own
_CASE_HEADS = frozenset(["sag", "sagen", "sagens indhold", "sagsbeskrivelse", "emne"])


def _text(node: object) -> str:
    return " ".join(node.get_text(" ").split())  # type: ignore[attr-defined]


def _section_heads(table: object) -> tuple[object, list[str]] | None:
    """The head row and its column heads (the section's name, "" for a case head) of a
    table whose head row is all `<th>` cells naming sections; None for any other."""
    from .formats.text_sections import section_name

    rows = table.find_all("tr")  # type: ignore[attr-defined]
    if len(rows) < 2 or rows[0].find("td") is not None:
        return None
    heads = [_text(c).rstrip(":") for c in rows[0].find_all("th", recursive=False)]
    names = [section_name(h) if h.lower() not in _CASE_HEADS else "" for h in heads]
    if len(heads) < 2 or None in names or not any(n and n != "Beskrivelse" for n in names):
        return None
    return rows[0], [n or "" for n in names]


def _paragraphs(cell: object) -> list[str]:
    """A cell's paragraphs (its `<p>`s, or its words as one)."""
    paras = [_text(p) for p in cell.find_all("p")]  # type: ignore[attr-defined]
    return [p for p in paras if p] or [_text(cell)]


def _treatments(table: object) -> list[str] | None:
    """The dated decision headings and texts of an earlier treatments' table, or the
    decision's lines of a table of the Indstilling's points ("Indstilling | Beslutning",
    `decision_table`); None for any other."""
    from .formats.decision_table import decision_rows
    from .formats.word_tables import treatment_lines

    rows = [[_paragraphs(c) for c in tr.find_all(("td", "th"), recursive=False)]
            for tr in table.find_all("tr")]  # type: ignore[attr-defined]
    rows = [r for r in rows if r]
    return treatment_lines(rows) if (decided := decision_rows(rows)) is None else decided


def unfold_section_tables(soup: object) -> None:
    """Each table of `soup` whose head row names the item's sections ("Sag | Beslutning"),
    unfolded into blocks: a cell a block, headed by its column's section (in place).

    >>> from bs4 import BeautifulSoup
    >>> soup = BeautifulSoup("<table><tr><th>Sag</th><th>Beslutning</th></tr>"
    ...     "<tr><td><p>Sagen forelægges.</p></td><td><p>Godkendt.</p></td></tr></table>",
    ...     "html.parser")
    >>> unfold_section_tables(soup)
    >>> [p.get_text() for p in soup.find_all("p")]
    ['Sagen forelægges.', 'Beslutning', 'Godkendt.']
    """
    for table in soup.find_all("table"):  # type: ignore[attr-defined]
        if table.find("table") is not None:
            continue
        if (earlier := _treatments(table)) is not None:  # (earlier treatments, points)
            blocks = soup.new_tag("div")  # type: ignore[attr-defined]
            for line in filter(None, earlier):
                blocks.append(soup.new_tag("p", string=line))  # type: ignore[attr-defined]
            table.replace_with(blocks)
            continue
        if (found := _section_heads(table)) is None:
            continue
        head_row, names = found
        body = [r for r in table.find_all("tr") if r is not head_row]
        cells = [r.find_all(("td", "th"), recursive=False) for r in body]
        if any(len(row) != len(names) for row in cells):
            continue  # (not one cell a column: some other grid)
        blocks = soup.new_tag("div")  # type: ignore[attr-defined]
        for row in cells:
            for name, cell in zip(names, row, strict=True):
                if not cell.get_text(strip=True):
                    continue
                if name:
                    heading = soup.new_tag("p")  # type: ignore[attr-defined]
                    heading.string = name
                    blocks.append(heading)
                block = soup.new_tag("div")  # type: ignore[attr-defined]
                block.extend(list(cell.contents))
                blocks.append(block)
        table.replace_with(blocks)


def inline_cell_paragraphs(soup: object) -> None:
    """Word's HTML (a message's HTML part, "Gem som webside") wraps each table cell's
    text in a paragraph of its own (`<td><p class=MsoNormal>-2.100</p></td>`), so a table
    of figures would read a cell a line, its rows lost. In a row whose every filled cell
    holds one such paragraph as its only block, the paragraphs' words are inline and the
    line breaks Word writes between the cells go (in place): the row reads as one line.

    >>> from bs4 import BeautifulSoup
    >>> soup = BeautifulSoup("<table><tr><td><p class=MsoNormal>R-01</p></td>\\n"
    ...     "<td><p class=MsoNormal>-2.100</p></td></tr></table>", "html.parser")
    >>> inline_cell_paragraphs(soup)
    >>> str(soup.tr)
    '<tr><td>R-01</td><td>-2.100</td></tr>'
    """
    for row in soup.find_all("tr"):  # type: ignore[attr-defined]
        cells = row.find_all(("td", "th"), recursive=False)
        paras = [_word_paragraph(c) for c in cells if c.get_text(strip=True)]
        if not paras or not all(paras):
            continue
        for gap in [k for k in row.children if isinstance(k, str) and not k.strip()]:
            gap.extract()  # (Word's line breaks between the cells: no break in the row)
        for para in paras:
            para.unwrap()  # type: ignore[union-attr]


def _word_paragraph(cell: object) -> object | None:
    """The cell's only block when it is a Word paragraph (`class="MsoNormal"`), else None."""
    blocks = [k for k in cell.find_all(True, recursive=False)  # type: ignore[attr-defined]
              if k.name in _CELL_BLOCKS]
    if len(blocks) != 1 or blocks[0].name != "p" or blocks[0].find(_CELL_BLOCKS):
        return None
    return blocks[0] if any(c.startswith("Mso") for c in blocks[0].get("class") or []) else None


_CELL_BLOCKS = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6")

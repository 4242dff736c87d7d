"""What a portal's item card says only in its `data-*` attributes, written as the words
the text reader knows (a pass over the page before its text is taken):

* a case number the page shows only through CSS (`<article data-case-number="21/1420">`
  with `.case::before { content: attr(data-case-number) }`): a line "Sagsnr.: 21/1420"
  under the card's heading, as a minutes prints it;
* a case number in a column of its own in a table of the items (`Nr. | Punkt | Sagsnr.`,
  each row's title a heading over the item's text in its cell): the same line under the
  row's heading, not after the item's decision, where the row's last cell would put it;
* an earlier treatment given by its attributes (`<li data-committee="Kultur- og
  Fritidsudvalget" data-date="2021-08-11" data-item="4">KFU 11.08.21, pkt. 4: …`): its
  abbreviated lead written out, "Kultur- og Fritidsudvalget, 11.08.2021, pkt. 4: …".

A card whose text already holds the number, an attribute left empty and an entry without a
committee, an ISO date and its own text after a colon stay as they are.
"""

from __future__ import annotations

import re

# The attributes that hold an item's case number
_CASE_ATTRS = ("data-case-number", "data-casenumber", "data-case-no", "data-sagsnr",
               "data-sagsnummer", "data-journal-number", "data-journalnr")
_CASE_VALUE_RE = re.compile(r"^[\w./-]{3,40}$")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "summary")
_ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# an entry's lead before its text: short, no sentence ("KFU 11.08.21, pkt. 4")
_LEAD_RE = re.compile(r"^\s*([^:]{2,40}?)\s*:\s+(\S.*)$", re.DOTALL)


def data_as_text(soup: object) -> None:
    """Each card's case number and each earlier treatment held in attributes as words
    (in place; see the module's note).

    >>> from bs4 import BeautifulSoup
    >>> soup = BeautifulSoup('<article data-case-number="21/9034"><header><h3>Budget</h3>'
    ...     '</header><ul><li data-committee="Byrådet" data-date="2021-08-11" data-item="4">'
    ...     'BR 11.08.21, pkt. 4: Sendt i høring.</li></ul></article>', "html.parser")
    >>> data_as_text(soup)
    >>> [" ".join(n.get_text(" ").split()) for n in soup.find_all(["p", "li"])]
    ['Sagsnr.: 21/9034', 'Byrådet, 11.08.2021, pkt. 4: Sendt i høring.']
    """
    for card in soup.find_all(lambda n: any(n.has_attr(a) for a in _CASE_ATTRS)):  # type: ignore[attr-defined]
        value = next((str(card.get(a) or "").strip() for a in _CASE_ATTRS if card.get(a)), "")
        _case_line(soup, card, value)
    for table in soup.find_all("table"):  # type: ignore[attr-defined]
        _case_column(soup, table)
    for entry in soup.find_all(attrs={"data-committee": True, "data-date": True}):  # type: ignore[attr-defined]
        _entry_lead(entry)


# a table's head over the items' case numbers
_CASE_HEAD_RE = re.compile(r"^(?:sagsnr|sagsnummer|sag nr|j\.?\s?nr|journalnr)\.?:?$",
                           re.IGNORECASE)


def _case_column(soup: object, table: object) -> None:
    """Each row's case number from its own column, under the row's heading (the cell
    emptied)."""
    rows = table.find_all("tr")  # type: ignore[attr-defined]
    heads = [c.get_text(" ", strip=True) for c in rows[0].find_all(
        ("td", "th"), recursive=False)] if rows else []
    column = next((k for k, h in enumerate(heads) if _CASE_HEAD_RE.match(h)), None)
    for row in rows[1:] if column is not None else []:
        cells = row.find_all(("td", "th"), recursive=False)
        if len(cells) == len(heads) and row.find(_HEADINGS) is not None:
            value = cells[column].get_text(" ", strip=True)
            cells[column].clear()
            _case_line(soup, row, value, "")


def _case_line(soup: object, card: object, value: str, shown: str | None = None) -> None:
    """"Sagsnr.: …" under the card's heading, unless its text (or `shown`) shows the
    number."""
    shown = card.get_text() if shown is None else shown  # type: ignore[attr-defined]
    if not _CASE_VALUE_RE.match(value) or value in shown:
        return
    heading = card.find(_HEADINGS)  # type: ignore[attr-defined]
    if heading is None:
        return
    parent = heading.parent  # (a card's `<header>` holds its number and title: after it)
    anchor = parent if parent is not card and parent.name in ("header", "summary") else heading
    line = soup.new_tag("p")  # type: ignore[attr-defined]
    line.string = f"Sagsnr.: {value}"
    anchor.insert_after(line)


def _entry_lead(entry: object) -> None:
    """An earlier treatment's lead written out from its attributes."""
    committee = " ".join(str(entry.get("data-committee") or "").split())  # type: ignore[attr-defined]
    day = _ISO_DATE_RE.match(str(entry.get("data-date") or "").strip())  # type: ignore[attr-defined]
    item = str(entry.get("data-item") or entry.get("data-punkt") or "").strip()  # type: ignore[attr-defined]
    split = _LEAD_RE.match(entry.get_text(" "))  # type: ignore[attr-defined]
    if not committee or not day or not split:
        return
    year, month, dd = day.groups()
    lead = f"{committee}, {dd}.{month}.{year}" + (f", pkt. {item}" if item.isdigit() else "")
    text = " ".join(split.group(2).split())
    entry.clear()  # type: ignore[attr-defined]
    entry.append(f"{lead}: {text}")  # type: ignore[attr-defined]

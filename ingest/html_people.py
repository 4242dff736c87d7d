"""The people a web page lists under a label: a heading (or a paragraph, a disclosure's
button, a toggle button over the region it folds) that only says "Deltagere", "Til
stede" or "Afbud" over a list, one member an item, or over a members' table; and a
members' table on its own. Each becomes the labelled lines a minutes header writes
("Deltagere: Ida Ravn (A), formand; Ole Bak (V)", "Afbud: Ane Lund"), which the text
reader knows. A label row's value cell of one name a paragraph or a line (`<br>`) gives
the names to write on the label's line (`cell_people`).

A members' table is read by its column heads, cell by cell, whatever its cells hold (Word
wraps each in a paragraph of its own): "Navn | Repræsenterer | Fremmøde" gives each row's
member, the organisation in brackets after the name and the role its cell notes ("DH
Stenmark (formand)"), no organisation a person, and "Afbud" in that row's own attendance
cell (`formats.members_table.row_person`); a table of two columns ("Navn | Fremmøde") is
no label and value.
"""

from __future__ import annotations

import re

_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])


def people_lines(node: object) -> tuple[list[str], object] | None:
    """The labelled lines of the people a node lists, and the element they come from
    (which the page's text then leaves out): a label over a list or a members' table
    (`_listed_people`), or a members' table without a label; None for anything else.

    >>> from bs4 import BeautifulSoup
    >>> page = BeautifulSoup("<p><b>Deltagere</b></p><table><tr><td>Navn</td><td>Repræsenterer"
    ...     "</td><td>Fremmøde</td></tr><tr><td>Lene Dahl</td><td>DH Stenmark (formand)</td>"
    ...     "<td>Til stede</td></tr><tr><td>Ib Krog</td><td>Byrådet</td><td>Afbud</td></tr>"
    ...     "</table>", "html.parser")
    >>> people_lines(page.p)[0]
    ['Deltagere: Lene Dahl (DH Stenmark), formand', 'Afbud: Ib Krog (Byrådet)']
    """
    if getattr(node, "name", None) == "table":
        lines = _table_lines(node, "Deltagere") or _status_columns(node) or _captioned_rows(node)
        return (lines, node) if lines else None
    return _listed_people(node)


# "Ole Bak (V) - afbud", "Ole Bak (V) (fraværende)": a member marked absent in the list
_ABSENCE_MARK_RE = re.compile(r"\s*(?:[-–,]\s*|\(\s*)(?:(?:har\s+)?meldt\s+)?(?:afbud|fraværende|"
                              r"fravær|forfald)\s*\)?\.?$", re.IGNORECASE)  # ("– har meldt afbud")


# A role after a dash behind the party: "Mette Lund (A) – formand" (as "…(A), formand")
_ROLE_DASH_RE = re.compile(
    r"(?<=\))\s+[-–]\s+(?=[a-zæøå][a-zæøå. -]{2,30}$)(?!afbud|fravær|forfald)")


# A disclosure's button (`<details><summary>`) over the participants: "Se deltagere og
# afbud", "Vis mødedeltagere"
_DISCLOSED_RE = re.compile(r"^(?:se|vis|åbn)\s+(?:alle\s+)?(deltagere|mødedeltagere|medlemmer|"
                           r"fremmødte)(?:\s+og\s+(?:afbud|fravær|fraværende))?$", re.IGNORECASE)


def _inner_list(node: object) -> object:
    """The one element a `<div>` holds and nothing besides (however deep), else the node."""
    while getattr(node, "name", None) == "div" and len(
            kids := node.find_all(True, recursive=False)) == 1 and (  # type: ignore[attr-defined]
            kids[0].get_text(strip=True) == node.get_text(strip=True)):  # type: ignore[attr-defined]
        node = kids[0]
    return node


# A toggle button's reference to the region it opens: `aria-controls="deltagere"`,
# Bootstrap's `data-bs-target="#deltagere"` (`data-target` before Bootstrap 5)
_TARGET_ATTRS = ("aria-controls", "data-bs-target", "data-target")


def _toggled(node: object) -> object | None:
    """The region a `<button>` opens or closes, when it is the button's next element
    (a "Deltagere" button over a collapsed `<div id="deltagere">`, open or not, as a
    meeting portal folds its list of participants); None for anything else."""
    if getattr(node, "name", None) != "button":
        return None
    ids = {str(node.get(a) or "").strip().lstrip("#") for a in _TARGET_ATTRS} - {""}  # type: ignore[attr-defined]
    region = node.find_next_sibling(True)  # type: ignore[attr-defined]
    return region if region is not None and region.get("id") in ids else None


def _leading_list(region: object) -> object | None:
    """The list a toggled region opens with (however deep in `<div>`s), which a note may
    follow ("Referent: …"), or None when the region starts with anything else."""
    first = region
    while getattr(first, "name", None) == "div":
        first = next((c for c in first.contents  # type: ignore[attr-defined]
                      if getattr(c, "name", None) or str(c).strip()), None)  # (text: no list)
    return first if getattr(first, "name", None) in ("ul", "ol") else None


def _listed_people(node: object) -> tuple[list[str], object] | None:
    """A heading (or a paragraph) that only says "Deltagere", "Til stede" or "Afbud" over
    a list of names, one an item: the labelled lines a minutes header writes ("Deltagere:
    Ida Ravn (A), formand; Ole Bak (V)", and "Afbud: …" for the ones the list marks absent),
    and the list. None for anything else."""
    from .formats.text_people import ABSENT, PRESENT, looks_like_name

    region = _toggled(node)
    if node.name not in _HEADINGS and node.name not in ("p", "dt", "summary") and (  # type: ignore[attr-defined]
            region is None):
        return None
    label = " ".join(node.get_text(" ").split()).rstrip(":").strip()  # type: ignore[attr-defined]
    if node.name == "summary" and (shown := _DISCLOSED_RE.match(label)):  # type: ignore[attr-defined]
        label = shown.group(1).capitalize()  # "Se deltagere og afbud": "Deltagere"
    key = label.lower()
    substitutes = key in ("stedfortræder", "stedfortrædere", "suppleant", "suppleanter")
    if key not in PRESENT and key not in ABSENT and not substitutes:
        return None
    listed = None
    for sib in node.next_siblings:  # type: ignore[attr-defined]
        if getattr(sib, "name", None):
            listed = sib
            break
        if str(sib).strip():
            return None  # text between the heading and the list
    if node.name == "summary":  # type: ignore[attr-defined]
        listed = _inner_list(listed)  # (a <details>' list alone in its text's <div>)
    elif region is not None:
        listed = _leading_list(region) if listed is region else None
    if listed is not None and listed.name == "table" and not substitutes:
        # ("Deltagere" over "Navn | Repræsenterer | Fremmøde")
        lines = _table_lines(listed, label if key in PRESENT else "Deltagere")
        return (lines, listed) if lines else None
    if listed is None or listed.name not in ("ul", "ol"):
        return None
    entries = listed.find_all("li", recursive=False)
    names = [_card(li) or " ".join(li.get_text(" ").split()) for li in entries]
    struck = [_struck(li) for li in entries]
    if not names or any(not n or len(n) > 80 or n.endswith(".") for n in names):
        return None
    present: list[str] = []
    absent: list[str] = []
    for name, gone in zip(names, struck, strict=True):
        name = _ROLE_DASH_RE.sub(", ", name)  # "Mette Lund (A) – formand"
        mark = _ABSENCE_MARK_RE.search(name)
        if not looks_like_name((name[:mark.start()] if mark else name).split(" for ")[0]):
            return None  # a list of other things under the same word
        name = name[:mark.start()] if mark else name
        (absent if mark or gone or key in ABSENT else present).append(name)
    if substitutes:  # "Marie Lange Tscherning (A) for Lone Jepsen": a label line each
        return [f"Stedfortræder: {name}" for name in present], listed
    lines = [f"{label}: {_joined(present)}"] if present else []
    if absent:
        lines.append(f"{label if key in ABSENT else 'Afbud'}: {_joined(absent)}")
    return lines, listed


def _joined(entries: list[str]) -> str:
    """A list's entries on the label's line, one from the next by ";"; one entry whose
    commas part its name from its party and role ("Ida Holm, Venstre, medlem": no party
    in brackets) ends with it, so that it stays one person.

    >>> _joined(["Ida Holm, Venstre, medlem"]), _joined(["Ida Holm (V), formand"])
    ('Ida Holm, Venstre, medlem;', 'Ida Holm (V), formand')
    """
    one = len(entries) == 1 and "," in entries[0] and "(" not in entries[0]
    return "; ".join(entries) + (";" if one else "")


_STRUCK = ("del", "s", "strike")
# a card's party letter in a cell of its own ("V", "SF"): bracketed after the name
_PARTY_CELL_RE = re.compile(r"[A-ZÆØÅ]{1,3}")


def _struck(li: object) -> bool:
    """Whether a list's entry is struck through as a whole (`<del>`, `<s>`): a member the
    page shows as not there, as a portal marks who sent word."""
    text = li.get_text(strip=True)  # type: ignore[attr-defined]
    gone = "".join(d.get_text(strip=True) for d in li.find_all(_STRUCK)  # type: ignore[attr-defined]
                   if not d.find_parent(_STRUCK))
    return bool(text) and gone == text


def _card(li: object) -> str:
    """A member's card, its facts each an element of its own ("<span>Ulla Brix</span>
    <span>(C)</span> <span>Formand</span> <span>Deltog</span>"), as a list's entry writes
    them ("Ulla Brix (C), formand"; "… - afbud" for an absent member's badge; a card
    without a badge, its role last, is a member present); "" for an entry of any other
    kind (a name with its words in one element, neither attendance nor role last)."""
    from .formats.text_people import ABSENT, PRESENT_WORDS, ROLE_WORD_RE

    pieces = [" ".join(kid.get_text(" ").split())
              for kid in li.find_all(True, recursive=False)]  # type: ignore[attr-defined]
    if len(pieces) < 3 or not all(pieces) or " ".join(pieces) != " ".join(
            li.get_text(" ").split()):  # type: ignore[attr-defined]
        return ""
    status = pieces.pop().lower() if pieces[-1].lower() in (*PRESENT_WORDS, *ABSENT) else ""
    role = next((p for p in pieces[1:] if ROLE_WORD_RE.fullmatch(p) or p.lower() == "medlem"), "")
    if not status and not (ROLE_WORD_RE.fullmatch(pieces[-1]) or pieces[-1].lower() == "medlem"):
        return ""  # (a card without an attendance badge closes with its role: present)
    name = " ".join(f"({p})" if _PARTY_CELL_RE.fullmatch(p) else p for p in pieces if p is not role)
    return name + (f", {role.lower()}" if role else "") + (" - afbud" if status in ABSENT else "")


def _cell_text(cell: object) -> str:
    """A cell's words on one line; an icon alone in it, by its `alt` ("Afbud")."""
    text = " ".join(cell.get_text(" ").split())  # type: ignore[attr-defined]
    img = cell.find("img") if not text else None  # type: ignore[attr-defined]
    return " ".join(str(img.get("alt") or "").split()) if img is not None else text


def _table_lines(table: object, label: str) -> list[str]:
    """A members' table (its head row naming the columns: `table_heads`) as labelled
    lines, a line for each run of members present or absent in the table's order; [] when
    it is no such table, or a row of it no member; group rows and the staff below "Fra
    administrationen" as `members_rows` reads them.

    >>> from bs4 import BeautifulSoup
    >>> _table_lines(BeautifulSoup("<table><tr><th>Navn</th><th>Parti</th><th>Funktion</th>"
    ...     "<th>Fremmøde</th></tr><tr><td>Ib Holm</td><td>V</td><td>Formand</td><td>Til stede"
    ...     "</td></tr><tr><th colspan=4>Fra administrationen</th></tr><tr><td>Eva Dal</td>"
    ...     "<td></td><td>Kommunaldirektør</td><td>Til stede</td></tr></table>",
    ...     "html.parser").table, "Deltagere")
    ['Deltagere: Ib Holm (V), formand', 'Fra administrationen: Eva Dal, kommunaldirektør']
    """
    from .formats.members_rows import members_lines
    from .formats.members_table import table_heads
    from .formats.remark_attendance import remark_attendance

    rows = [tr for tr in table.find_all("tr")  # type: ignore[attr-defined]
            if tr.find_parent("table") is table]
    cells = [[_cell_text(c) for c in tr.find_all(("td", "th"), recursive=False)] for tr in rows]
    heads = table_heads(cells[0]) if len(cells) >= 2 else None
    if heads is None and (heads := _headless(cells)):
        cells = [heads, *cells]  # (no head row: each row's cells say what they are)
    if heads is None:  # ("Navn | Bemærkning": "Mødte for Eva Dam (C)", "Deltog via Teams")
        noted = remark_attendance(cells[0], cells[1:]) if len(cells) >= 2 else None
        return [f"{said}: {'; '.join(names)}" for said, _, listed in map(
            lambda lines: lines.partition(":\n"), noted or []) for names in [listed.split("\n")]]
    return members_lines(cells[1:], heads, label)


def _headless(rows: list[list[str]]) -> list[str] | None:
    """The heads of a members' table under a people label without a head row, each row
    a member's name, (an empty or) a role cell and an attendance word ("Mette Schou (A) |
    Formand | Deltog"); None when a row is not so."""
    from .formats.text_people import ATTENDANCE_RE, looks_like_name

    width = len(rows[0]) if rows else 0
    if not 2 <= width <= 3 or len(rows) < 2 or any(
            len(row) != width or not looks_like_name(row[0]) or not ATTENDANCE_RE.fullmatch(
                f" {row[-1]}") or len(row[1].split()) > 4 for row in rows):
        return None
    return ["navn", "rolle", "fremmøde"] if width == 3 else ["navn", "fremmøde"]


def _status_columns(table: object) -> list[str]:
    """A table whose columns are the attendance ("Til stede | Fraværende"), the members of
    each below its head, one a cell ("Bente Holm (V) – formand" | "Finn Dal (O)"): each
    column as the labelled line a minutes header writes ("Til stede: Bente Holm (V),
    formand; …", "Fraværende: Finn Dal (O)"); [] when a head is no attendance word or a
    cell no member. Read row by row, the heads were one line ("Til stede: Fraværende")
    and each row's two members one name.

    >>> from bs4 import BeautifulSoup
    >>> _status_columns(BeautifulSoup("<table><tr><th>Til stede</th><th>Afbud</th></tr>"
    ...     "<tr><td>Ida Ravn (A) – formand</td><td>Ole Bak (V)</td></tr><tr><td>Eva Lund (C)"
    ...     "</td><td></td></tr></table>", "html.parser").table)
    ['Til stede: Ida Ravn (A), formand; Eva Lund (C)', 'Afbud: Ole Bak (V)']
    """
    from .formats.text_people import ABSENT, PRESENT, looks_like_name

    rows = [[_cell_text(c) for c in tr.find_all(("td", "th"), recursive=False)]
            for tr in table.find_all("tr")  # type: ignore[attr-defined]
            if tr.find_parent("table") is table]
    heads = [h.rstrip(":").strip() for h in rows[0]] if len(rows) >= 2 else []
    if len(heads) < 2 or any(h.lower() not in (*PRESENT, *ABSENT) for h in heads) or any(
            len(row) != len(heads) for row in rows[1:]):
        return []
    columns = [[row[k] for row in rows[1:] if row[k]] for k in range(len(heads))]
    entries = [[_ROLE_DASH_RE.sub(", ", cell) for cell in column] for column in columns]
    if not any(entries) or not all(looks_like_name(e) for column in entries for e in column):
        return []
    return [f"{head}: {_joined(column)}" for head, column in zip(heads, entries, strict=True)
            if column]


def _captioned_rows(table: object) -> list[str]:
    """A layout table whose rows of one cell across it caption the members below them
    ("Til stede" over two members a row, "Afbud" over a cell of names parted by `<br>`):
    each caption as the labelled line a minutes header writes, a run of rows read column
    by column as a page of two columns is read; [] when the first row is no such caption
    or a cell no member.

    >>> from bs4 import BeautifulSoup
    >>> _captioned_rows(BeautifulSoup("<table><tr><td colspan=2>Til stede</td></tr><tr><td>"
    ...     "Ida Ravn (A), formand</td><td>Ole Bak (V)</td></tr><tr><td>Eva Lund (C)</td><td>"
    ...     "</td></tr><tr><td colspan=2>Afbud</td></tr><tr><td colspan=2>Bo Dam (A)<br>Kim "
    ...     "Ny (F)</td></tr></table>", "html.parser").table)
    ['Til stede: Ida Ravn (A), formand; Eva Lund (C); Ole Bak (V)', 'Afbud: Bo Dam (A); Kim Ny (F)']
    """
    from .formats.text_people import ABSENT, PRESENT, looks_like_name

    groups: list[tuple[str, list[list[list[str]]]]] = []  # caption, rows of cells' names
    for tr in table.find_all("tr"):  # type: ignore[attr-defined]
        cells = tr.find_all(("td", "th"), recursive=False)
        if tr.find_parent("table") is not table or not "".join(_cell_text(c) for c in cells):
            continue
        caption = _cell_text(cells[0]).rstrip(":").strip()
        if len(cells) == 1 and caption.lower() in (*PRESENT, *ABSENT):
            groups.append((caption, []))
        elif not groups:
            return []
        else:
            groups[-1][1].append([[n for n in _broken_lines(c) if n] for c in cells])
    names = [n for _, rows in groups for row in rows for cell in row for n in cell]
    if not names or any(not rows for _, rows in groups) or not all(
            looks_like_name(_ROLE_DASH_RE.sub(", ", n)) for n in names):
        return []
    lines = []
    for caption, rows in groups:
        runs: list[list[list[list[str]]]] = []  # rows of one width together
        for row in rows:
            if runs and len(runs[-1][0]) == len(row):
                runs[-1].append(row)
            else:
                runs.append([row])
        entries = [n for run in runs for k in range(len(run[0])) for row in run for n in row[k]]
        lines.append(f"{caption}: {_joined([_ROLE_DASH_RE.sub(', ', e) for e in entries])}")
    return lines


_VALUE_WRAPPERS = ("p", "div")  # a block around a cell's whole value (or one a name)


def cell_people(label: str, cell: object) -> list[str]:
    """A people label's value cell written one name a paragraph (Google Docs' table
    cells) or one name a line, the lines parted by `<br>` (an eDoc page's "Medlemmer"
    cell; Outlook's, in its one `<p class=MsoNormal>`): the names, to stand on the
    label's line; [] for any other cell.

    >>> from bs4 import BeautifulSoup
    >>> cell_people("Medlemmer", BeautifulSoup("<td>Ida Ravn (A), formand<br>Ole Bak (V)"
    ...     "</td>", "html.parser").td)
    ['Ida Ravn (A), formand', 'Ole Bak (V)']
    """
    from .formats.text_people import ABSENT, PRESENT

    if label.lower() not in PRESENT and label.lower() not in ABSENT:
        return []
    blocks = [b for b in cell.find_all(_VALUE_WRAPPERS, recursive=False)  # type: ignore[attr-defined]
              if b.get_text(strip=True)]
    texts = [" ".join(b.get_text(" ").split()) for b in blocks]
    if len(blocks) <= 1:  # one name a line: "Ida Ravn (A), formand<br>Ole Bak (V)"
        texts = [t for t in _broken_lines(blocks[0] if blocks else cell) if t]
    return texts if len(texts) >= 2 and all(len(t) <= 120 for t in texts) else []


def _broken_lines(node: object) -> list[str]:
    """The lines of an element's text as its `<br>`s break them, each on one line."""
    from bs4.element import NavigableString

    lines = [""]
    for piece in node.descendants:  # type: ignore[attr-defined]
        if getattr(piece, "name", None) == "br":
            lines.append("")
        elif type(piece) is NavigableString:  # (no comment's text)
            lines[-1] += f" {piece}"
    return [" ".join(line.split()) for line in lines]

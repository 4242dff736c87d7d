"""Minutes printed as two-column grids, one per block, each under a header row of
column names ("Overskrift | Tekst"): read without its grid, every cell is a line of its
own, the label above its value ("Punkt nr." / "12" / "Titel" / "Anlægsbevilling …" /
"Sagsnr." / "2024-0071234" / "Åben/lukket" / "Lukket"). Put back as the text adapter
reads an item: the header rows go (an empty "Beslutning" row is no decision of the next
grid's header), the number and title rows become the item's heading ("12. Anlægs…",
" (lukket)" after a closed item's title), the case number row one "Sagsnr. …" line. The
sections' rows (a label above its text) stay as they are."""

from __future__ import annotations

import re

# A grid's header row: the label column's name, then the text column's
_HEAD_RE = re.compile(r"^(?:overskrift|felt|emne)$", re.IGNORECASE)
_TEXT_HEAD_RE = re.compile(r"^(?:tekst|indhold|værdi|beskrivelse)$", re.IGNORECASE)
_NUMBER_LABEL_RE = re.compile(r"^(?:punkt\s*nr|pkt\.?\s*nr|nr|punktnummer)\.?$", re.IGNORECASE)
_TITLE_LABEL_RE = re.compile(r"^(?:titel|overskrift|punktets titel|sagens titel)$",
                             re.IGNORECASE)
_CASE_LABEL_RE = re.compile(r"^(?:sagsnr|sags nr|sagsnummer|j\.\s?nr)\.?$", re.IGNORECASE)
_ACCESS_LABEL_RE = re.compile(r"^(?:åben\s*/\s*lukket|åbent\s*/\s*lukket|adgang|status)$",
                              re.IGNORECASE)
_ACCESS_RE = re.compile(r"^(åben|åbent|lukket)$", re.IGNORECASE)


def item_field(label: str) -> str | None:
    """Which of an item's head fields a row's label names: "number", "title", "case" or
    "access" ("Punkt nr.", "OVERSKRIFT", "Sagsnr.", "Åben / lukket"); None for others."""
    label = label.strip()
    for kind, rx in (("number", _NUMBER_LABEL_RE), ("title", _TITLE_LABEL_RE),
                     ("case", _CASE_LABEL_RE), ("access", _ACCESS_LABEL_RE)):
        if rx.match(label):
            return kind
    return None


def item_heading(number: str, title: str, case: str, access: str) -> list[str]:
    """The heading lines the text adapter reads an item by: "12. Title" (" (lukket)" after a
    closed item's title), then "Sagsnr. …" when there is a case number."""
    closed = " (lukket)" if access.lower() == "lukket" else ""
    return [f"{number}. {title}{closed}"] + ([f"Sagsnr. {case}"] if case else [])


def _headers(lines: list[str]) -> list[int]:
    """The lines that start a grid's header row (its two column names)."""
    return [i for i in range(len(lines) - 1) if _HEAD_RE.match(lines[i].strip())
            and _TEXT_HEAD_RE.match(lines[i + 1].strip())]


def grid_text(text: str) -> str:
    """The text with each grid's item rows put back (the module's rules); as it was
    unless two or more grids have their header row and one of them an item's number."""
    lines = text.split("\n")
    heads = _headers(lines)
    if len(heads) < 2:
        return text
    out: list[str] = []
    i, changed = 0, False
    while i < len(lines):
        if i in heads:
            i, changed = i + 2, True
            continue
        if (head := _item_head(lines, i)) is not None:
            out += head[0]
            i = head[1]
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out) if changed else text


def _value(lines: list[str], i: int) -> str:
    return lines[i].strip() if i < len(lines) else ""


def _item_head(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The item's heading lines for the number row at line `i` and where the rows after
    its title, case number and access rows end; None unless `i` is a number row."""
    number = _value(lines, i + 1)
    if not _NUMBER_LABEL_RE.match(lines[i].strip()) or not re.fullmatch(r"\d{1,4}", number):
        return None
    k = i + 2
    title: list[str] = []
    case = access = ""
    while k < len(lines):
        s = lines[k].strip()
        if _TITLE_LABEL_RE.match(s) and not title:
            k += 1
            while k < len(lines) and (part := lines[k].strip()) and not (
                    _CASE_LABEL_RE.match(part) or _ACCESS_LABEL_RE.match(part)):
                title.append(part)
                k += 1
        elif _CASE_LABEL_RE.match(s) and not case and _value(lines, k + 1):
            case, k = _value(lines, k + 1), k + 2
        elif _ACCESS_LABEL_RE.match(s) and _ACCESS_RE.match(_value(lines, k + 1)):
            access, k = _value(lines, k + 1).lower(), k + 2
        else:
            break
    if not title:
        return None
    return item_heading(number, " ".join(title), case, access), k


# A definition list's term for the item's number, its colon kept: "Punkt:", "Punkt nr.:"
_DT_NUMBER_RE = re.compile(r"^(?:punkt|punkt\s*nr\.?|pkt\.?|nr\.?|punktnummer)\s*:$", re.IGNORECASE)


def _next_filled(lines: list[str], k: int) -> int:
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k


def _defined_head(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The item's heading for a "Punkt:" term at `i` and its number below it, read from
    the terms after it ("Overskrift:" / title, "Sagsnummer:" / …, "Status:" / "Åben"), and
    where they end; None unless a title is among them."""
    if not _DT_NUMBER_RE.match(lines[i].strip()):
        return None
    k = _next_filled(lines, i + 1)
    if not re.fullmatch(r"\d{1,4}", _value(lines, k)):
        return None
    number, head = _value(lines, k), {"title": "", "case": "", "access": ""}
    k = end = _next_filled(lines, k + 1)
    while k < len(lines) and (term := lines[k].strip()).endswith(":") and (
            kind := item_field(term[:-1])) in head and not head[kind]:
        k, value = k + 1, []
        while k < len(lines) and (part := lines[k].strip()) and not part.endswith(":"):
            value.append(part)
            k += 1
        head[kind], k = " ".join(value), _next_filled(lines, k)
        end = k
    if not head["title"] or head["access"] and not _ACCESS_RE.match(head["access"]):
        return None
    return item_heading(number, head["title"], head["case"], head["access"]), end


def defined_items(text: str) -> str:
    """The text with a web page's items written as definition lists, one term a line
    above its value ("Punkt:" / "2" / "Overskrift:" / "Lokalplan 178 …" / "Sagsnummer:" /
    "25/9921" / "Status:" / "Åben"), their heads as item headings (`item_heading`); the
    other terms ("Beslutning:" / …) stay. As it was unless two or more items are so.

    >>> print(defined_items("Punkt:\\n1\\nOverskrift:\\nGodkendelse\\nStatus:\\nÅben\\n"
    ...                     "Beslutning:\\nGodkendt.\\nPunkt:\\n2\\nOverskrift:\\nEventuelt"))
    1. Godkendelse
    Beslutning:
    Godkendt.
    2. Eventuelt
    """
    lines = text.split("\n")
    heads = {i: head for i in range(len(lines)) if (head := _defined_head(lines, i))}
    if len(heads) < 2:
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i in heads:
            out += heads[i][0]
            i = heads[i][1]
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)

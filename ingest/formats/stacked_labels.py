"""An item printed as a two-column table (labels left, values right) whose text
`pdftotext` (without `-layout`) gives column by column: all the item's labels first,
each a paragraph of its own ("Sagsnr." / "Sagsfremstilling" / "Indstilling" /
"Beslutning"), then all its values in the same order, one paragraph each. Put back
label by label, so that each section holds its own text (read as it was, the last label
heads every value: the case text and the recommendation become the decision).

Only an exact match is re-paired: two or more labels with nothing between them but blank
lines, and after them, to the item's end, as many paragraphs as there are labels, none
holding a label of its own (a heading over its text, not a value).

The same table's text may come without blank lines between the values, the header's too
(`unstacked`, over the whole text): "Dato:" / "Tid:" / "Sted:" / "Medlemmer:" and then
"4. juni 2024" / "15:30 - 17:45" / …, or "Punkt 1" and its labels "Sagsnr.:" /
"Indstilling:" / "Beslutning:", then the title, the case number, the recommendation and
the decision. The values are told apart line by line: a line going on in lower case, or
after a comma or a word that cannot end one ("og", "i"), is the line above's value going
on; the last label, a section's, takes what is left (the decision and its vote lines)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .text_header_rows import EXTRA_FIELD_RE, HEADER_FIELD_RE
from .text_items import KEYWORD_ALONE_RE
from .text_layout import CONTINUES


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """The runs of filled lines that blank lines part."""
    out: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def paired_labels(body: list[str], is_label: Callable[[str], bool]) -> list[str]:
    """The item's lines with its stacked labels each put above its own value; the lines as
    they are when the item is not printed so.

    >>> label = lambda s: s in ("Sagsnr.", "Indstilling", "Beslutning")
    >>> paired_labels(["Sagsnr.", "", "Indstilling", "", "Beslutning", "", "24/311", "",
    ...                "Det indstilles, at …", "", "Godkendt.", "For stemte: A"], label)
    ['Sagsnr.', '24/311', '', 'Indstilling', 'Det indstilles, at …', '', 'Beslutning', \
'Godkendt.', 'For stemte: A', '']
    >>> paired_labels(["Indstilling", "Godkendes.", "", "Beslutning", "Godkendt."], label)
    ['Indstilling', 'Godkendes.', '', 'Beslutning', 'Godkendt.']
    """
    run: list[int] = []  # the first run of two or more labels, blank lines apart
    for k, line in enumerate(body):
        if not line.strip():
            continue
        if is_label(line.strip()):
            run.append(k)
        elif len(run) >= 2:
            break
        else:
            run = []
    if len(run) < 2:
        return body
    values = _paragraphs(body[run[-1] + 1:])
    # (a label inside a value is a heading with its own text below: a page's running
    # header cut out after a heading leaves the blank line that seemed to part two values)
    if len(values) != len(run) or any(is_label(line.strip()) for p in values for line in p):
        return body
    return body[:run[0]] + [line for k, value in zip(run, values, strict=True)
                            for line in (body[k], *value, "")]


# A label alone on its line, with its colon: "Mødedato:", "Sagsnr.:", "Beslutning:"
_LABEL_LINE_RE = re.compile(r"^[A-ZÆØÅ][\wæøå .-]{1,30}:$")
_CASE_LABEL_RE = re.compile(r"^(?:journalnr|j\.\s?nr|sagsnr|sags nr|sagsnummer|sag nr)\.?:$",
                            re.IGNORECASE)
_CASE_VALUE_RE = re.compile(r"^[A-ZÆØÅ]{0,6}-?\d[\w./-]*\d$")
# A header's label whose value is a date or a time: it holds a digit
_NUMERIC_LABEL_RE = re.compile(r"dato|tid|start|slut", re.IGNORECASE)


def _head_label(line: str) -> bool:
    return bool(HEADER_FIELD_RE.match(f"{line} x") or EXTRA_FIELD_RE.match(f"{line} x"))


def _item_label(line: str) -> bool:
    from .text_sections import section_name

    return bool(_CASE_LABEL_RE.match(line) or section_name(line[:-1]))


def _goes_on(above: str, line: str) -> bool:
    """Whether `line` is the rest of the value `above` began (a wrapped line)."""
    last = above.rsplit(None, 1)[-1].lower()
    return line[:1].islower() or above.endswith((",", "-", "–")) or last in CONTINUES


def _values(lines: list[str]) -> list[list[str]]:
    """The values a block of filled lines holds, each its lines.

    >>> _values(["4. juni 2024", "Signe Holm (A), formand,", "Rune Bak (Ø)", "Godkendt."])
    [['4. juni 2024'], ['Signe Holm (A), formand,', 'Rune Bak (Ø)'], ['Godkendt.']]
    """
    out: list[list[str]] = []
    for line in lines:
        if out and _goes_on(out[-1][-1].strip(), line.strip()):
            out[-1].append(line)
        else:
            out.append([line])
    return out


def _fits(label: str, value: list[str]) -> bool:
    """A case number's label holds a case number; a date's or a time's a digit."""
    text = " ".join(v.strip() for v in value)
    if _CASE_LABEL_RE.match(label):
        return bool(_CASE_VALUE_RE.match(text))
    if _head_label(label) and _NUMERIC_LABEL_RE.search(label):
        return any(c.isdigit() for c in text)
    return True


def _paired(labels: list[str], block: list[str], titled: bool) -> list[str] | None:
    """The labels each with its value ("Label: value", its further lines below), the
    title first when the heading above has none; None when the values do not fit."""
    values = _values(block)
    slots = ([""] if titled else []) + labels
    if len(values) < len(slots):
        return None
    if len(values) > len(slots):  # (the last label a section's: the decision and its votes)
        if not _item_label(slots[-1]):
            return None
        values = values[:len(slots) - 1] + [[line for v in values[len(slots) - 1:] for line in v]]
    if not all(_fits(label, value) for label, value in zip(slots, values, strict=True)):
        return None
    if titled and not values[0][0].strip()[:1].isupper():
        return None
    return [line for label, value in zip(slots, values, strict=True)
            for line in ([*value] if not label else [f"{label} {value[0].strip()}", *value[1:]])]


def unstacked(lines: list[str]) -> list[str]:
    """The text's lines with each run of bare labels, then their values, written as
    "Label: value" lines: the header's ("Dato:" / "Tid:" … over "4. juni 2024" / …) and
    an item's below a heading without its title ("Punkt 1" / "Sagsnr.:" / … over the
    title, "00.01.00-A00-11-24", …); any other lines as they are.

    >>> unstacked(["Punkt 1", "Sagsnr.:", "", "Beslutning:", "Godkendelse af dagsorden",
    ...            "24/1001", "Godkendt.", "For: A, V", "", "Punkt 2"])
    ['Punkt 1', 'Godkendelse af dagsorden', 'Sagsnr.: 24/1001', 'Beslutning: Godkendt.', \
'For: A, V', '', 'Punkt 2']
    >>> unstacked(["Indstilling:", "", "Beslutning:", "Godkendt.", "For: A"])[:2]
    ['Indstilling:', '']
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        paired, end = _run_at(lines, i, out)
        if paired is None and (at := _value_below(lines, i)):
            out.append(f"{lines[i].strip()} {lines[at].strip()}")  # "Mødested:" / "Lokale 2"
            i = at + 1
        elif paired is None:
            out.append(lines[i])
            i += 1
        else:
            out += paired
            i = end
    return out


def _value_below(lines: list[str], i: int) -> int:
    """A header's label of one value (a date, a time, a place; not a list of people) alone
    on line `i` and its value alone on the next line, as a facts table printed one cell a
    line gives them ("Mødetidspunkt:" / "Kl. 13:00 - 16:00"), or one cell a paragraph (a
    blank line between them, the value's paragraph one line): the value's line; 0 otherwise."""
    label = lines[i].strip()
    at = i + 1
    if at + 1 < len(lines) and not lines[at].strip() and (
            at + 2 >= len(lines) or not lines[at + 2].strip()):
        at += 1  # ("Mødedato:" / "" / "8. september 2021" / "")
    nxt = lines[at].strip() if at < len(lines) else ""
    above = lines[i - 1].strip() if i else ""  # (a run of labels whose values did not fit
    if _LABEL_LINE_RE.match(above):  # is left alone: "Dato:" / "Sted:" / "Rådhuset")
        return 0
    if not (_LABEL_LINE_RE.match(label) and nxt and _single_value(label)) or _is_bare(nxt) or (
            _head_label(nxt) or nxt.endswith(":") or HEADER_FIELD_RE.match(nxt)):
        return 0
    return at if _fits(label, [nxt]) else 0


def _single_value(label: str) -> bool:
    """A head label whose value is one line: the date, time, place or body."""
    if m := HEADER_FIELD_RE.match(f"{label} x"):
        return m.group(1).lower() in ("mødedato", "mødested")
    return bool(EXTRA_FIELD_RE.match(f"{label} x"))


def _is_bare(line: str) -> bool:
    return bool(_LABEL_LINE_RE.match(line.strip()) or KEYWORD_ALONE_RE.match(line.strip()))


def _run_at(lines: list[str], i: int, out: list[str]) -> tuple[list[str] | None, int]:
    """The run of labels starting at line `i` paired with its values, and the line after
    them; (None, i) when no such run starts there."""
    if not _LABEL_LINE_RE.match(lines[i].strip()):
        return None, i
    labels, k = [], i
    while k < len(lines) and (not lines[k].strip() or _LABEL_LINE_RE.match(lines[k].strip())):
        labels += [lines[k].strip()] if lines[k].strip() else []
        k += 1
    above = next((ln.strip() for ln in reversed(out) if ln.strip()), "")
    titled = bool(KEYWORD_ALONE_RE.match(above))  # ("Punkt 1" above: the title comes first)
    if len(labels) < 2 or not all((_item_label if titled else _head_label)(s) for s in labels):
        return None, i
    end = k
    while end < len(lines) and lines[end].strip() and not _is_bare(lines[end]):
        end += 1
    paired = _paired(labels, lines[k:end], titled)
    if paired is None and not titled and k < len(lines) and not lines[k - 1].strip():
        return _paragraph_values(labels, lines, k)
    return paired, end


def _paragraph_values(labels: list[str], lines: list[str], k: int) -> tuple[list[str] | None,
                                                                             int]:
    """The labels each with its value where every cell is a paragraph of its own (a PDF's
    facts table as markitdown gives it: "Mødested:" / "Deltagere:", then the place, then
    the members' list wrapped over three lines), from line `k` on; (None, k) when as many
    paragraphs, none a label, do not follow or do not fit."""
    values: list[list[str]] = []
    end = k
    while end < len(lines) and len(values) < len(labels):
        if lines[end].strip():
            if _is_bare(lines[end]) or _head_label(lines[end].strip()):
                return None, k
            values += [[]] if not lines[end - 1].strip() else []
            values[-1].append(lines[end])
        end += 1
    while end < len(lines) and lines[end].strip():  # (the last paragraph's rest)
        values[-1].append(lines[end])
        end += 1
    if len(values) < len(labels) or not all(_fits(label, value) for label, value in zip(
            labels, values, strict=True)):
        return None, k
    return [line for label, value in zip(labels, values, strict=True)
            for line in (f"{label} {value[0].strip()}", *value[1:], "")], end

"""An item's facts at its head, each label on a line of its own and its value on the line
below it, as a PDF reads a box of facts beside the item's text (a coloured sidebar):

    Sagsnr.                      Sagsnr.
    25/4412                      25/4412
    Beslutningskompetence        Sagsansvarlig: Lone Dahl
    TMU                     →    Beslutningskompetence: TMU
    Sagsansvarlig
    Lone Dahl                    (and the item is closed when the status says "Lukket")
    Status
    Åben

Each fact becomes one "Label: value" line, read as such a line is read anywhere: the case
number's label and its number as they were; who decides as its section of one value, after
the other facts so that nothing else joins it. The case officer and the department
("Sagsansvarlig: …", "Sagsbehandler: Mette Krog Afdeling: Kultur og Fritid", a template's
fact row under every title) and the document's own number in the case ("Dokumentnr.: 24/1-31",
"Dok.nr.: 16/31021", beside the case number in an ESDH system's meta grid) are the
administration's bookkeeping, no text of the item: left out, so that a closed item's only
"text" is not its officer's name. An Acadre print's box gives the journal number (KLE)
above the system's case number ("Journalnr.: …" / "Sagsnr.: …"): the "Sagsnr." is the
item's case number, the journal number left out (`_case_facts`). A table's colon in a
cell of its own ("Sagsansvarlig" / ":" / "Mette Sloth", as a PDF's text reads a label
column, a colon column and a value column) belongs to the label above it. The status
("Åben", "Lukket", also on one line: "Status: Lukket") is the item's open or closed
mark, no text; the sentence an EG print sets under a closed item's facts ("Punktet
behandles for lukkede døre.") closes it too, and stays its text. An Acadre print's route
("Sagsforløb: BSU - ØU - BY", the bodies the case is planned to pass, by their initials)
is bookkeeping too, no treatment: left out, the mark at the right of its line ("…  Åbent
punkt") the status; so is the mark far right of a case number below its label ("Sagsnr." /
"25/9981    Lukket punkt").
"""

from __future__ import annotations

import re

from .closed_marks import OPEN_MARK_RE, mark_line
from .planning_notes import planning_notes

_CASE = re.compile(r"^(?:journalnummer|journalnr\.?|j\.\s?nr\.?|sagsnummer|sagsnr\.?)$", re.I)
_OFFICER = re.compile(r"^(?:sagsansvarlig|sagsbehandler|afdeling|ansvarlig afdeling)$", re.I)
# The document's number in the case (an ESDH system's "Dokumentnr.", EG's "Dok.nr.")
_DOCUMENT = re.compile(r"^(?:dokumentnr\.?|dokumentnummer|dok\.\s?nr\.?)$", re.I)
# (Acadre's "Sagen afgøres i: Byrådet" under the case number too)
_DECIDER = re.compile(r"^(?:(?:endelig\s+)?beslutningskompetence|beslutningen træffes af|"
                      r"kompetence|sagen afgøres i)$", re.I)
_FINAL_RE = re.compile(r"^endelig\s+b", re.I)
# (the label words a system uses for the item's access: "Status", "Adgang", "Offentlighed",
# "Åben/lukket")
_STATUS = re.compile(r"^(?:status|adgang|offentlighed|åbent?\s*/\s*lukket)$", re.I)
# The item's own number repeated among its facts ("Punktnummer: 5"): its heading's already
_NUMBER = re.compile(r"^(?:punktnummer|punkt\s*nr\.?)$", re.I)
# The route the case is planned to take, by the bodies' initials: "Sagsforløb: BSU - ØU - BY"
# (an Acadre print's fact beside the case number; no treatment, none dated), maybe with
# the item's open/closed mark at the right of its line ("…  BY     Åbent punkt")
_ROUTE = re.compile(r"^(?:sagsforløb|sagsgang|behandlingsforløb)\s*:\s*(?P<r>(?-i:[A-ZÆØÅ]{1,5})"
                    r"(?:\s*[-–>→]\s*(?-i:[A-ZÆØÅ]{1,5}))*)"
                    r"(?:\s+(?P<m>(?:åben|åbent|lukket)(?:\s+(?:sag|punkt))?))?\s*$", re.I)
# A case number with the item's mark far right on its line, below the number's label
# ("Sagsnr." / "25/9981    Lukket punkt": a two-column grid's row)
_CASE_AND_MARK = re.compile(r"^(?P<n>\S+)\s{2,}(?P<m>(?:åben|åbent|lukket)(?:\s+(?:sag|punkt))?)$",
                            re.I)
_KINDS = (_CASE, _OFFICER, _DOCUMENT, _DECIDER, _STATUS, _NUMBER)
_LABEL_VALUE_RE = re.compile(r"^(?P<l>[^:]{3,30}?)\s*:\s*(?P<v>\S.{0,59})$")
_LABEL_SPACE_RE = re.compile(r"^(?P<l>\S+)\s+(?P<v>[^:]{1,60})$")  # one word, then its value


def _kind(label: str) -> re.Pattern[str] | None:
    label = label.strip().rstrip(":").strip()
    return next((k for k in _KINDS if k.match(label)), None)


def _labelled(line: str) -> re.Match[str] | None:
    """A fact's label and value on one line: "Status: Lukket", a table's "Status Lukket"."""
    s = line.strip()
    m = _LABEL_VALUE_RE.match(s) or _LABEL_SPACE_RE.match(s)
    return m if m and _kind(m["l"]) else None


# "Punktet behandles for lukkede døre." under the facts: the closed mark told as a sentence
_CLOSED_DOORS_RE = re.compile(r"^(?:punktet|sagen)\s+(?:behandles|blev\s+behandlet|er\s+behandlet)"
                              r"\s+(?:for|bag)\s+lukkede\s+døre\.?$", re.I)


def _value(line: str) -> bool:
    """A fact's value: one short line that is no label of its own."""
    s = line.strip()
    return 0 < len(s) <= 60 and _kind(s) is None and not s.endswith(":") and not _labelled(s)


_Fact = tuple[re.Pattern[str], str, str, list[str]]  # kind, label, value, the lines read


def _facts(body: list[str]) -> tuple[list[_Fact], int]:
    """The facts at the body's head, and the line after them."""
    facts: list[_Fact] = []
    k = 0
    while k < len(body):
        s = body[k].strip()
        if not s:
            k += 1
            continue
        # (the value a line lower: the line a hyphen-wrapped label's rest left empty,
        # "Endelig beslutnings-" / "kompetence:" read as one label)
        v = k + 2 if s.endswith(":") and k + 2 < len(body) and not body[k + 1].strip() else k + 1
        if not s.endswith(":") and v < len(body) and body[v].strip() == ":":
            v += 1  # (the colon in a cell of its own: "Sagsansvarlig" / ":" / "Mette Sloth")
        if (kind := _kind(s)) and v < len(body) and _value(body[v]):
            value = body[v].strip()
            if kind is _CASE and (m := _CASE_AND_MARK.match(value)):  # ("25/9981    Lukket
                facts.append((_STATUS, "Status", m["m"], []))  # punkt": the mark its status)
                value, body = m["n"], [*body[:v], m["n"], *body[v + 1:]]
            facts.append((kind, s.rstrip(":").strip(), value, body[k:v + 1]))
            k = v + 1
        elif route := _ROUTE.match(s):  # (no text of the item: left out; its mark the status)
            facts += [(_ROUTE, "Sagsforløb", route["r"], [body[k]]),
                      *([(_STATUS, "Status", route["m"], [])] if route["m"] else [])]
            k += 1
        elif (m := _labelled(s)) and (kind := _kind(m["l"])):
            facts.append((kind, m["l"].strip(), m["v"].strip(), [body[k]]))
            k += 1
        elif _kind(s) and k + 1 < len(body) and _labelled(body[k + 1]):
            k += 1  # a fact without a value ("Sagsnr." over "Sagsansvarlig Anja Winther")
        elif facts and OPEN_MARK_RE.match(s):
            # (the status without its label after the other facts, as an older print sets
            # it at the right of the facts' line: "Kompetence: Byrådet      Lukket sag")
            facts.append((_STATUS, "Status", s, [body[k]]))
            k += 1
        else:
            break
    return facts, k


# A list's bullet before a fact: a web page's facts as a list under the item's title
_BULLET_RE = re.compile(r"^\s*[-–•*·]\s+(?=\S)")


def _unbulleted(body: list[str]) -> list[str]:
    """The body with the list at its head unbulleted when every entry is a fact or the
    open/closed mark and one is the case number ("- Sagsnr.: 25/4412" / "- Åbent punkt" /
    "- Sagsbehandler: Lone Dahl"), the mark first: read as the facts they are."""
    start = next((k for k, ln in enumerate(body) if ln.strip()), len(body))
    end = start
    facts: list[str] = []
    marks: list[str] = []
    while end < len(body) and (not body[end].strip() or _BULLET_RE.match(body[end])):
        if entry := _BULLET_RE.sub("", body[end]).strip():
            if OPEN_MARK_RE.match(entry):
                marks.append(entry)
            elif (m := _labelled(entry)) and _kind(m["l"]) is not _STATUS:
                facts.append(entry)
            else:
                return body
        end += 1
    if not any((m := _labelled(f)) and _kind(m["l"]) is _CASE for f in facts):
        return body
    return [*body[:start], *marks, *facts, *body[end:]]


# The case's number in the ESDH system, beside the archive's journal number (KLE): "Sagsnr."
_CASE_NUMBER_LABEL = re.compile(r"^(?:sagsnummer|sagsnr\.?)$", re.I)


def _case_facts(facts: list[_Fact]) -> list[_Fact]:
    """The case-number facts to read: an Acadre print's box gives both the journal number
    (KLE) and the system's case number ("Journalnr.: 05.01.10-G01-1-18" / "Sagsnr.:
    18/11872"), and the item has one case number, the "Sagsnr."; the journal number is the
    archive's filing, left out as the document number is (else it stood as the case number
    and the "Sagsnr." line as the item's first text)."""
    cases = [f for f in facts if f[0] is _CASE]
    own = [f for f in cases if _CASE_NUMBER_LABEL.match(f[1])]
    return own if own and len(own) < len(cases) else cases


def head_fields(body: list[str]) -> tuple[list[str], bool]:
    """The body with its head's facts as "Label: value" lines (see the module's note), and
    whether their status closes the item. A body without such facts at its head, or with a
    status that is no open or closed mark, is returned as it is."""
    body = planning_notes(_unbulleted(body))  # ("- Sagsnr.: …" a list of them; "Tid: 5 min.")
    # (a closed mark printed under the title, above the facts: "Lukket punkt" / "Sagsnr.: …",
    # also with its reason: "Lukket punkt. Sagen behandles for lukkede døre, jf. § 10.")
    lead = next((k for k, ln in enumerate(body)
                 if ln.strip() and not mark_line(ln.strip())), len(body))
    facts, end = _facts(body[lead:])
    statuses = [value for kind, _, value, _ in facts if kind is _STATUS]
    if not facts or any(not OPEN_MARK_RE.match(v) for v in statuses):
        return body, False  # ("Status: projektet er forsinket": a text's heading)
    # (the mark with its label read as one: "Sagstype: Lukket", an item table's row)
    closed = any((m := OPEN_MARK_RE.match(v)) and m.group(1).lower().startswith("lukket")
                 for v in statuses)
    lines = [ln for *_, read in _case_facts(facts) for ln in read]
    rest = body[lead + end:]
    # (the closed mark as a sentence below the facts closes the item; it stays the item's
    # text, above who decides)
    at = next((k for k, ln in enumerate(rest) if ln.strip()), None)
    if at is not None and _CLOSED_DOORS_RE.match(rest[at].strip()):
        closed, lines, rest = True, [*lines, rest[at]], rest[:at] + rest[at + 1:]
    # (who decides last: its section holds its value only; "Endelig beslutningskompetence"
    # is the same section as "Beslutningskompetence")
    lines += [f"{_FINAL_RE.sub('B', label)}: {value}" for kind, label, value, _ in facts
              if kind is _DECIDER]
    return [*body[:lead], *lines, *rest], closed


# A table of an item's facts printed as a row of column heads over a row of values, as a
# PDF's text reads it: "Sagsnr. Sagsansvarlig Status" / "24/1201 Kirsten Holm Åben sag"
_HEAD_WORDS = (r"journalnummer|journalnr\.?|j\.\s?nr\.?|sagsnummer|sagsnr\.?|sagsansvarlig|"
               r"sagsbehandler|beslutningskompetence|status")
_HEADS_RE = re.compile(rf"^\s*(?:{_HEAD_WORDS})(?:\s*\|?\s+(?:{_HEAD_WORDS}))+\s*$", re.I)
_HEAD_RE = re.compile(_HEAD_WORDS, re.I)
_CASE_VALUE_RE = re.compile(r"^[A-ZÆØÅ]{0,4}-?\d[\w./-]*\d$")
_STATUS_VALUE_RE = re.compile(r"(?:^|\s)((?:åben|åbent|lukket)(?:\s+(?:sag|punkt))?)$", re.I)


def _row_facts(heads: list[str], row: str) -> list[str] | None:
    """The values of one row under its column heads, told apart by their shape (the case
    number's, the status's; the one other column holds the rest), as "Label: value"
    lines; None when the row does not fit the heads."""
    row = " ".join(row.replace("|", " ").split())
    found: dict[str, str] = {}
    status = next((h for h in heads if _kind(h) is _STATUS), None)
    if status and (m := _STATUS_VALUE_RE.search(row)):
        found[status], row = m.group(1), row[:m.start()].strip()
    case = next((h for h in heads if _kind(h) is _CASE), None)
    words = row.split()
    if case and words and _CASE_VALUE_RE.match(words[0]):
        found[case], row = words[0], " ".join(words[1:])
    elif case and words and _CASE_VALUE_RE.match(words[-1]):
        found[case], row = words[-1], " ".join(words[:-1])
    rest = [h for h in heads if h not in found and h not in (case, status)]
    if len(rest) > 1 or (row and not rest) or not found:
        return None
    if row:
        found[rest[0]] = row
    return [f"{h}: {found[h]}" for h in heads if h in found]


def fact_table(lines: list[str]) -> list[str]:
    """The lines with each item's facts table (a row of two or more known heads over one
    row of values) as "Label: value" lines, which `head_fields` reads; a closed item's
    row without its case number too ("Anja Winther Lukket sag")."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        nxt = k + 1 if k + 1 < len(lines) else None
        if _HEADS_RE.match(lines[k]) and nxt is not None and (
                facts := _row_facts(_HEAD_RE.findall(lines[k]), lines[nxt])):
            out += facts
            k += 2
            continue
        out.append(lines[k])
        k += 1
    return out

"""The header's lines as rows of one field each: columns split (`split_row`), a markdown
table's row or an ASCII-spelled label as a plain label, a table flattened column by
column paired again, an e-mail's own header left out. `text_header` reads the rows.
Two lists printed side by side under their labels are two lists (`side_by_side`, which
reads this module's labels)."""

from __future__ import annotations

import re

from .colonless_labels import colonless_labels
from .dotted_lists import dotted_paragraphs
from .grouped_members import grouped_members
from .mail_head import MAIL_SENT_RE, without_mail_header
from .members_table import table_columns
from .page_footer import without_published
from .staff_sentence import staff_only
from .tab_members import tab_members
from .text_layout import BREADCRUMB_RE, SHORTCODE_RE, unjustified
from .text_people import clean_heading, spaced_party
from .wrapped_people import PRESENT_SENTENCE_RE, wrapped_people
from .wrapped_rows import place_wrapped, year_wrapped

# "**Mødedato:**" too, as a Word document converted to markdown writes a bold label.
HEADER_FIELD_RE = re.compile(
    r"^\**(Mødedato|Mødested|Mødedeltagere|Deltagere|Fraværende med afbud|Afbud fra|Afbud|"
    r"Meldt afbud|"
    r"Fraværende|Forfald|Til stede|Tilstede|Medlemmer|Indkaldte|Fremmødte|Stedfortrædere|"
    # ("Deltog: …" names those present; with its colon only: "Deltog ikke …" is a sentence)
    # ("Indkaldt: …": an agenda's members called; with its colon only, as "Deltog", and
    # "Observatører:", those present without a vote)
    # (not "Indkaldt: Fredag den 5. december 2025 …": the day the meeting was called)
    # ("Suppleant: Bo Krag (for Ib Hansen)": a council's substitute, with its colon only)
    r"Stedfortræder(?!\s+for\b)|Stedfortr\.|(?:Deltog|Observatører|Observatør|Suppleanter|"
    r"Suppleant|Indkaldt(?!\s*\**\s*:\s*\**\s*"
    r"(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\b|den\b|d\.|\d)))(?=\s*\**\s*:))"
    # (a heading joining the list to what each said, "Medlemmer og svar" over a written
    # procedure's table, "Medlemmer og modtagne svar": the list's heading, its rest no name)
    r"(?:\s+og(?:\s+[a-zæøå]+){1,3}(?=\s*$))?"
    # (not a word the label begins: "Medlemmernes tilbagemelding" heads a table; nor a
    # sentence's verb after it: "Afbud meldes til: Udvalgssekretær …" names no absentee,
    # while "Deltagere fra Havneudvalget:" and "Til stede var:" name those present)
    r"(?![a-zæøå])(?!\s+(?:meldes|sendes|gives|bedes|skal|kan|må)\b)"
    # (nor, without a colon, a sentence's subject: "Stedfortræder Mette Kirk (A) deltog i
    # punkt 58-61, idet …" is a remark about a member, no list)
    r"(?!\s+(?:[A-ZÆØÅ][\w'.-]+\s+){1,4}(?:\([^()]{1,30}\)\s+)?"
    r"(?:deltog|mødte|var|forlod|ankom|kom|indtrådte|havde)\b)"
    # (nor a sentence that opens with the label and goes on with "og", no colon after it:
    # "Deltagere og afbud fremgår af boksen …" points elsewhere, naming nobody)
    r"(?!\s+og\s+(?-i:[a-zæøå]+\s+[a-zæøå])[^:]*$)"
    r"\s*(?::\s*\**|\**\s*:?)\s*(.*)$",
    re.IGNORECASE,
)
# Labels that only some layouts use; a colon is required ("Sted: …", not a place "Sted").
EXTRA_FIELD_RE = re.compile(
    # ("Organ:" names the body; "Selskab:" the company whose body it is: an I/S's board)
    r"^\**(Udvalg|Organ|Selskab|Dato|Mødetidspunkt|Mødetid|Tidspunkt|Tidsrum|Tid|Starttidspunkt|Starttid|Mødestart|Start|"
    r"Sluttidspunkt|Sluttid|Mødeslut|Slut|Mødet slut|Mødet hævet|"
    # ("Hvor:": an Outlook invitation's place; "Kl.: 17.00": a facts table's hour)
    r"Sted|Lokale|Mødelokale|Lokation|Placering|Hvor|Klokken|Kl\.?)"
    # ("Start/slut: Kl. 16:00 – 18:00": the start and end in one field, read as the start)
    r"(?:(?<=Start)\s*/\s*slut)?(?:\s+for\s+mødet?)?(?:\s+kl\.?)?\s*\**\s*:\s*\**\s*(\S.*)$",
    re.IGNORECASE,
)
# A header label that may follow another field on the same line: a header printed in two
# columns ("Mødedato: 27.06.2024   Mødetidspunkt: 17:00").
_INLINE_LABEL_RE = re.compile(
    r"\s+(?=(?:Mødedato|Mødetidspunkt|Mødetid|Mødested|Mødelokale|Starttidspunkt|"
    r"Sluttidspunkt|Starttid|Sluttid|Start|Slut|"
    r"Dato|Tidspunkt|Tidsrum|Tid|Sted|Lokale|Udvalg|Fraværende|Afbud|Stedfortræder|"
    r"Deltagere|Sekretær|Referent)\s*:)")
# (a label with its value: "Teknisk Udvalg:" alone heads a list, no field to split)
_LABEL_START_RE = re.compile(r"^[\w .-]{2,30}:\s*\S")
# Every header label, as a cell of its own before its value's cell ("**Mødedato**")
_LABELS = frozenset("""mødedato mødested mødedeltagere deltagere afbud fraværende tilstede
medlemmer fremmødte udvalg dato mødetidspunkt mødetid tidspunkt tid starttidspunkt
sluttidspunkt sted lokale mødelokale stedfortræder sekretær referent kl kl.""".split()) | {
    "til stede", "fraværende med afbud", "afbud fra", "meldt afbud"}


# A list's status column after its names, many spaces apart ("Ib Holm (A), formand     - Deltog");
# bare, as a members table's last cell ("Ida Holm (O) | | Afbud", a role's cell between);
# a note in brackets after the status is the member's ("Deltog (forlod mødet kl. 11.15)")
STATUS_CELL_RE = re.compile(r"^(?P<d>[-–]\s*)?(?P<s>(?i:deltog|afbud|fraværende|til stede|"
                            r"tilstede))(?:\s*(?P<n>\([^()]{2,80}\)))?$")


# A bold header label inside a line ("… kl. 17:00 **Mødested** Rådhuset …")
_BOLD_RE = re.compile(r"\*\*([^*]{2,25}?):?\*\*")
_BOLD_LABEL_RE = re.compile(rf"(?<=\s)(?={_BOLD_RE.pattern})")


def _bold_fields(row: str) -> list[str]:
    """A line of bold labels each before its value, as a PDF's facts table comes out of
    a converter (pymupdf4llm) run into one line: one piece a field.

    >>> _bold_fields("**Mødedato** 15. juni 2021 **Mødested** Rådhuset **Afbud** Ib Holm")
    ['**Mødedato** 15. juni 2021', '**Mødested** Rådhuset', '**Afbud** Ib Holm']
    """
    cuts = [m.start() for m in _BOLD_LABEL_RE.finditer(row) if m[1].strip().lower() in _LABELS]
    if not cuts or not (m := _BOLD_RE.match(row)) or m[1].strip().lower() not in _LABELS:
        return [row]
    return [row[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(row)], strict=True)]


def split_row(row: str) -> list[str]:
    """One header line as the fields it holds: `pdftotext -layout` keeps the columns of a
    header many spaces apart, another extraction one space; a label and its value stay
    together.

    >>> split_row("Mødedato:     27.06.2024          Mødetidspunkt:   17:00")
    ['Mødedato: 27.06.2024', 'Mødetidspunkt: 17:00']
    >>> split_row("Kommunalbestyrelsen        Vordingborg Kommune")
    ['Kommunalbestyrelsen', 'Vordingborg Kommune']
    >>> split_row("Mødested: Rådhuset Sluttidspunkt: 16:30")
    ['Mødested: Rådhuset', 'Sluttidspunkt: 16:30']
    >>> split_row("Kommunalbestyrelsen Mødedato   25-04-2024")
    ['Kommunalbestyrelsen', 'Mødedato 25-04-2024']
    >>> split_row("Økonomiudvalget | 07.05.2024 kl. 07:45 | Mødelokale 1")
    ['Økonomiudvalget', '07.05.2024 kl. 07:45', 'Mødelokale 1']
    """
    cells: list[str] = []
    parts = [part for piece in _bold_fields(row.strip())
             for part in re.split(r"\s{3,}|\t+|\s[|·•]\s", piece)]
    for k, cell in enumerate(parts):
        head, _, last = cells[-1].rpartition(" ") if cells else ("", "", "")
        if cells and (cells[-1].endswith(":") and len(cells[-1]) <= 40
                      or clean_heading(cells[-1]).lower() in _LABELS):
            cells[-1] = f"{cells[-1]} {cell}"  # the label's value, in the next column
        elif cells and (m := STATUS_CELL_RE.match(cell)) and (m["d"] or k == len(parts) - 1):
            # the status column of the name before it; a bare one, a table row's last cell,
            # of the row's first, its name, past a role's cell ("Ida Holm (O) | Formand |
            # Afbud"), no heading of the name below
            at = -1 if m["d"] else 0  # (the note as a bracket after the name reads it)
            cells[at] = f"{cells[at]}{' ' + m['n'] if m['n'] else ''} - {m['s']}"
        elif head and last.lower() in _LABELS and cell[:1].isdigit() and last[:1].isupper() \
                and not cell.isdigit():
            # "Kommunalbestyrelsen Mødedato   25-04-2024": the left column, then a label
            # (not a contents row's title and page: "42  Spørgsmål fra medlemmer   2")
            cells[-1:] = [head, f"{last} {cell}"]
        elif cell:
            cells.append(cell)
    out: list[str] = []
    for cell in cells or [row.strip()]:
        out.extend(_INLINE_LABEL_RE.split(cell) if _LABEL_START_RE.match(cell) else [cell])
    return out


# A line break inside a markdown table cell ("Birgitte Hansen, formand<br>Susanne Rand"):
# one entry of a list ends there
_CELL_BREAK_RE = re.compile(r"\s*,?\s*<br\s*/?>\s*", re.IGNORECASE)


def _table_row(row: str) -> str:
    """A markdown table row of the header as a label line: "| **Udvalg** | Teknik |" →
    "Udvalg: Teknik" (a Word header table converted to markdown); a rule row is empty."""
    if not (row.startswith("|") and row.endswith("|") and len(row) > 1):
        return row
    cells = [_CELL_BREAK_RE.sub(", ", c).strip() for c in row.strip("|").split("|")]
    if all(re.fullmatch(r":?-*:?", c) for c in cells):
        return ""
    cells = [c for c in cells if c]
    if len(cells) == 2 and len(cells[0]) <= 40:
        return f"{clean_heading(cells[0])}: {cells[1]}"
    return " ".join(cells)


# The end of a body's name: "…udvalget", "Ældrerådet", "Skolebestyrelsen"
BODY_NAME_RE = re.compile(r"(?:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen|nævn|nævnet|"
                          r"kommission|kommissionen|forum|forsamling)$", re.IGNORECASE)
# "Møde: Handicaprådet" (a Word facts table's first row, "Møde | Handicaprådet")
_MEETING_LABEL_RE = re.compile(r"^(\**)møde(\**\s*:\s*\**\s*)(\S.*?)\**$", re.IGNORECASE)


def body_label(row: str) -> str:
    """A "Møde:" label naming the body as the header's "Udvalg:" label; any other row as
    it is ("Møde: Ordinært møde", "Møde: 5/2024" name the meeting, no body).

    >>> body_label("Møde: Handicaprådet"), body_label("Møde: Ordinært møde")
    ('Udvalg: Handicaprådet', 'Møde: Ordinært møde')
    """
    m = _MEETING_LABEL_RE.match(row)
    return f"{m.group(1)}Udvalg{m.group(2)}{m.group(3)}" if m and BODY_NAME_RE.search(
        m.group(3).strip()) else row


_ASCII_LABEL_RE = re.compile(r"^(\**)([A-Za-z][A-Za-z ]{2,30}?)(\s*\**\s*:)")


def danish_label(row: str) -> str:
    """A label typed without Danish letters, as the header's labels are known:
    "Moedested:" → "Mødested:", "Fravaerende:" → "Fraværende:", and as OCR reads them
    ("Modested:" → "Mødested:": its "ø" an "o"; the value is kept).

    >>> danish_label("Modested:  Lokale 1"), danish_label("Modeleder: Ib")
    ('Mødested:  Lokale 1', 'Modeleder: Ib')
    """
    m = _ASCII_LABEL_RE.match(row)
    if not m or not re.search(r"[oa]", m.group(2), re.IGNORECASE):
        return row
    label = re.sub("oe", "ø", re.sub("aa", "å", re.sub("ae", "æ", m.group(2))))
    spots = [k for k, c in enumerate(label) if c in "oa"][:4]  # (an "ø" or "å" read plain)
    for mask in range(1 << len(spots)):
        word = "".join(("ø" if c == "o" else "å") if k in spots and mask >> spots.index(k) & 1
                       else c for k, c in enumerate(label))
        fixed = m.group(1) + word + row[m.end(2):]
        if HEADER_FIELD_RE.match(fixed) or EXTRA_FIELD_RE.match(fixed):
            return fixed
    return row


_BARE_LABEL_RE = re.compile(r"^[A-ZÆØÅ][\wæøå .-]{1,30}:$")


# What follows empty labels without being their values: the contents list's headings
_NO_VALUE = frozenset({"indholdsfortegnelse", "indhold", "dagsorden", "nr. dagsordenpunkt side"})


def _paired_columns(rows: list[str]) -> list[str]:
    """A header table flattened column by column: its labels first, then their values in
    the same order ("Mødedato:" / "Mødetidspunkt:" / "Mødested:" / "14.05.2024" /
    "16:30 - 18:45" / "Mødelokale 3, …") → "Mødedato: 14.05.2024", …"""
    out, i = [], 0
    while i < len(rows):
        k = i
        while k < len(rows) and _BARE_LABEL_RE.match(rows[k]):
            k += 1
        n = k - i
        values = rows[k:k + n]
        if n >= 2 and len(values) == n and not any(
                _BARE_LABEL_RE.match(v) or HEADER_FIELD_RE.match(v) or not v
                or clean_heading(v).lower() in _NO_VALUE for v in values):
            out += [f"{label} {value}" for label, value in zip(rows[i:k], values, strict=True)]
            i = k + n
        else:
            out.append(rows[i])
            i += 1
    return out


# How many blank rows may stand between a label and its value's paragraph
_VALUE_GAP = 2
_WORD_LABEL_RE = re.compile(r"^[^\W\d_][\w .-]{1,30}:")  # ("Sted: …"; not "15:00")
_TIME_KEY_RE = re.compile(r"tid|dato|start|kl", re.IGNORECASE)  # (a value with a digit)


def _value_paragraphs(rows: list[str]) -> list[str]:
    """Labels whose values plain `pdftotext` gives as paragraphs of their own, a blank
    line apart ("Mødetidspunkt:" / "" / "15:00 - 17:30"), as one row each. Only labels
    read from their own row (a list's label reads the list below it already), and only a
    value that is no label or list heading; a time's or a date's has a digit.

    >>> _value_paragraphs(["Mødetidspunkt:", "", "15:00 - 17:30", "", "Mødested:", "", "X"])
    ['Mødetidspunkt: 15:00 - 17:30', '', 'Mødested:', '', 'X']
    >>> _value_paragraphs(["Tid:", "", "Deltagere"])
    ['Tid:', '', 'Deltagere']
    """
    out: list[str] = []
    done = -1  # (the last row joined to its label)
    for k, row in enumerate(rows):
        m = _BARE_LABEL_RE.match(row) and not HEADER_FIELD_RE.match(row) and (
            EXTRA_FIELD_RE.match(f"{row} -"))
        at = next((i for i in range(k + 1, min(len(rows), k + _VALUE_GAP + 2)) if rows[i]), -1)
        value = rows[at] if m and at > 0 else ""
        if k <= done:
            continue
        if value and len(value) <= 80 and not (_WORD_LABEL_RE.match(value) or HEADER_FIELD_RE.match(
                value)) and (not _TIME_KEY_RE.search(m.group(1)) or re.search(r"\d", value)):
            out.append(f"{row} {value}")
            done = at
        else:
            out.append(row)
    return out


# Attendance written as sentences: "Til stede var: A (V), B (S) og C (A); afbud fra D (O).",
# "Desuden deltog E (V) som stedfortræder for D (O).", "I stedet deltog F (V)."
_ABSENT_CLAUSE_RE = re.compile(r"[;.]\s*(?:og\s+)?(?:afbud\s+fra|afbud\s*:|fraværende\s+var|"
                               r"fraværende\s*:|fraværende\s+med\s+afbud\s*:?)\s*", re.I)
_SUBSTITUTE_SENTENCE_RE = re.compile(
    r"(?:^|(?<=[.;]))\s*(?:desuden|i\s+stedet|som\s+stedfortræder)?\s*deltog\s+(?P<n>[A-ZÆØÅ][^.;]*?)"
    r"(?:\s+som\s+(?:stedfortræder|suppleant)(?:\s+for\s+(?P<f>[A-ZÆØÅ][^.;]*?))?)?\s*\.?\s*$",
    re.IGNORECASE)


_SENT_WORD_RE = re.compile(r"^(?P<n>[A-ZÆØÅ][^.]{1,60}?)\s+(?:(?:har|havde)\s+meldt\s+afbud|"
                           r"havde\s+afbud|meldte\s+afbud|var\s+fraværende)\b")
# ... as a sentence of its own: "Poul Erik Thygesen har meldt afbud." (an invitation's)
_SENT_WORD_ROW_RE = re.compile(r"^(?P<n>[A-ZÆØÅ][^.:]{1,120}?)\s+(?:har|havde)\s+meldt\s+"
                               r"afbud\s*\.?$")
# ... as the sentence an agenda prints before the meeting: "Afbud er modtaget fra: X",
# "Der er modtaget afbud fra X og Y."
# (a newsletter's "Der var afbud fra X (V) og Y (A). Deres stedfortrædere deltog i mødet.":
# the names up to the sentence's end, after a party's bracket or a word)
_RECEIVED_RE = re.compile(r"^(?:afbud\s+(?:er\s+)?(?:modtaget|meldt|meddelt)\s+(?:fra|af)|"
                          r"der\s+(?:er|var)\s+(?:modtaget\s+)?afbud\s+fra)\s*:?\s*(?P<n>[A-ZÆØÅ].*?)\s*"
                          r"(?:\.|(?:(?<=\))|(?<=[a-zæøå]{2}))\.\s+[A-ZÆØÅ].*)?$",
                          re.IGNORECASE)


def _sentence_rows(row: str) -> list[str]:
    """Attendance sentences as the label rows the header reads: "Til stede: …",
    "Afbud: …", "Stedfortræder: E (V) for D (O)"; any other row as it is."""
    clauses: list[str] = []
    m = PRESENT_SENTENCE_RE.match(row)
    if m:  # (the list's last two joined by "og"; a later sentence may name who sent word)
        names, _, rest = m.group("v").partition(". ")
        names = re.sub(r"\s+og\s+(?=[A-ZÆØÅ][^,]*$)", ", ", names)
        row = f"Til stede: {names}"
        if (absent := _SENT_WORD_RE.match(rest)) and not _ABSENT_CLAUSE_RE.search(row):
            return [row.rstrip("."), f"Afbud: {absent.group('n')}"]
    parts = _ABSENT_CLAUSE_RE.split(row)
    if len(parts) > 1 and HEADER_FIELD_RE.match(parts[0]):
        clauses.append(parts[0].rstrip(" ."))
        for absent in parts[1:]:
            absent, _, more = absent.partition(". ")
            clauses.append(f"Afbud: {absent.rstrip(' .')}")
            clauses.extend(_sentence_rows(more) if more.strip() else [])
        return clauses
    head, dot, tail = row.partition(". ")
    if dot and _SUBSTITUTE_SENTENCE_RE.match(tail) and HEADER_FIELD_RE.match(head):
        return [head, *_sentence_rows(tail)]  # "Afbud: K (V). I stedet deltog F (V)."
    if (sub := _SUBSTITUTE_SENTENCE_RE.match(row)) and re.match(r"^\s*(?:desuden|i\s+stedet)\b|.*\b"
            r"som\s+(?:stedfortræder|suppleant)", row, re.I) and not staff_only(sub.group("n")):
        whom = f" for {sub.group('f').strip()}" if sub.group("f") else ""
        return [f"Stedfortræder: {sub.group('n').strip()}{whom}"]
    if sent := _SENT_WORD_ROW_RE.match(row) or _RECEIVED_RE.match(row):  # ("A og B …": two)
        names = re.sub(r"\s+og\s+(?=[A-ZÆØÅ][^,]*$)", ", ", sent.group("n"))
        return [f"Afbud: {names}"]
    # (";" before the absent ones' label, "…, C (A); Fraværende: D", when the row was cut there)
    return [row.rstrip(".;") if m else row]


# When the page was printed or updated, not when the meeting was: "Udskrevet 26-06-2024"
_STAMP_RE = re.compile(r"^(?:udskrevet|udskriftsdato|printet|print\s+dato|genereret|dannet|"
                       r"sidst\s+opdateret|senest\s+opdateret|opdateret)\b", re.IGNORECASE)


_GAP_ROW_RE = re.compile(r"\S {2,}\S")


def header_rows(lines: list[str]) -> list[str]:
    """The header's lines as rows of one field each."""
    rows: list[str] = []
    table = False  # in a members table ("Navn | Parti | Fremmøde"): its rows stay whole
    # (a members' table, its cells parted by tabs; members in groups under their heading)
    for ln in grouped_members(wrapped_people(tab_members(dotted_paragraphs(lines)))):
        # pandoc's "-   Name"; a list pasted from a web page or Word, "•<tab>Name"
        line = re.sub(r"^([-*+•])(?:\s{2,}|\t)", r"\1 ", ln.strip())
        line = line if table else unjustified(without_published(line))  # ("… · Referatet er
        # udsendt 10.12.2025": the day sent, no meeting's; a justified label column's value)
        line = spaced_party(line)  # ("Tina Brix Juhl(A)": the space a printer driver lost)
        if table and not line:
            continue  # (a Word table's rows come a blank line apart)
        # (a row of a table `pdftotext -layout` or an OCR export aligned by spaces too)
        table = bool(table_columns(line)) or (table and (" | " in line or bool(
            _GAP_ROW_RE.search(ln))))
        if table:
            rows.append(line)
        elif not (BREADCRUMB_RE.match(line) or _STAMP_RE.match(line) or SHORTCODE_RE.match(line)):
            rows.extend(body_label(danish_label(row)) for part in split_row(_table_row(line))
                        for row in _sentence_rows(part))
    rows = colonless_labels(rows)  # ("Sted" / "Rådhuset": a facts table without colons)
    rows = _value_paragraphs(_paired_columns(place_wrapped(year_wrapped(rows))))
    if any(MAIL_SENT_RE.match(r) for r in rows):  # minutes sent as an e-mail: not its header
        return without_mail_header(rows)
    return rows


def labelled_rows(rows: list[str], at: int) -> bool:
    """Whether labels make up the header around the label alone at `at` ("Deltagere"
    above one name a line): another label with its colon, or one printed beside its
    value without a colon, as a two-column facts table reads as text ("Afbud Ida Lund
    (C)"); the list below the label is then that label's own, read up to the next label.

    >>> labelled_rows(["Deltagere", "Ida Lund (C)", "Afbud Bo Holm (A)"], 0)
    True
    >>> labelled_rows(["Deltagere", "Ida Lund (C)", "Afbud", "Bo Holm (A)"], 0)
    False
    """
    return any((m := HEADER_FIELD_RE.match(r)) and (":" in r or m.group(2)[:1].isupper())
               for k, r in enumerate(rows) if k != at)

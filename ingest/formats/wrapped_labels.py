"""Labels a narrow cell wrapped over two or more lines, made one label line again (used by
`text_lines.prepared_lines`, before the page furniture is dropped).

A label cell too narrow for its words: "Udvalgets" / "beslutning Godkendt." (a table
printed to PDF) is one label, "Udvalgets beslutning"; a label of two words widened by
justified text: "Til  stede:" → "Til stede:". An Acadre/Cicero print sets each decision's
label in a left margin column, the body and the meeting's date ("Børne- og" /
"Uddannelsesudvalget," / "13-08-2024"): one heading "Børne- og Uddannelsesudvalget,
13-08-2024:", read as any "body, date:" decision heading (`dated`), and no longer a bare
date line the running header's date makes page furniture. EG's margin label writes the
decision's heading whole ("Beslutning i Social- og" / "Sundhedsudvalget den" /
"04.06.2014"): one line "Beslutning i … den 04.06.2014", as EG prints it unwrapped; so
is a side label wrapped with "den" and the date together ("Beslutning i" / "Kultur- og"
/ "Fritidsudvalget" / "den 14-01-2026", a scan's narrow margin). A table's label cell
naming an earlier treatment, wrapped anywhere ("Behandling i Børne-" / "og
Skoleudvalget 23.02.2026," / "pkt. 6"), is one line too when the lines joined are a
treatment's dated heading (`dated`); so is an SBSYS print's decision label in its left
column, the body's name wrapped and the date with the item on a line of its own
("Beslutning Teknik- og" / "Miljøudvalget" / "04-11-2019, pkt. 143"): an earlier body's
decision is then the case's history, not a second decision with a body's name as text."""

from __future__ import annotations

import re

from referat.danish import DANISH_MONTHS

from .dated import dated_decision
from .earlier_lines import earlier_headings
from .history_table import history_table
from .side_labels import side_labels

_WIDE_LABEL_RE = re.compile(r"(?m)^([ \t]*[A-ZÆØÅ][a-zæøå]+) {2,3}([a-zæøå]+[ \t]*:)")
_WRAPPED_LABEL_RE = re.compile(
    r"(?m)^([ \t]*[A-ZÆØÅ][a-zæøå-]{2,}s)[ \t]*\n[ \t]*(beslutning|indstilling|bemærkninger|"
    r"bemærkning|udtalelse|høringssvar)\b")
# A header's label cell wrapped with its value in a column of its own, so the label's last
# word and its colon stand alone below its first ("Fra" / "administrationen:" beside "Teknisk
# direktør …"): one label, as the one-line layout prints it
_LABEL_TAIL_RE = re.compile(
    r"(?m)^([ \t]*[A-ZÆØÅ][a-zæøå]{1,15})[ \t]*\n[ \t]*([a-zæøå]{3,30}:)[ \t]*$")
# ... or without its colon, a grid's label cell above its value ("Fra" / "administrationen"
# / "Jens Otto Holm, direktør"): the staff's label, no member named "Fra"
_STAFF_TAIL_RE = re.compile(r"(?m)^([ \t]*Fra)[ \t]*\n[ \t]*((?:administrationen|forvaltningen|"
                            r"sekretariatet|direktionen|centret):?)[ \t]*$")
# The margin column's body label: up to two short lines, each broken where the name goes
# on ("Børne- og", "Sundheds-"), before the one that ends the name with a comma, then the
# date alone ("13-08-2024", "13.08.2024")
_PIECE = r"[ \t]*[A-ZÆØÅa-zæøå][\w &-]{0,28}?(?:-|,|\s(?:og|for|i|samt))[ \t]*\n"
_MARGIN_BODY_RE = re.compile(
    rf"(?m)^(?P<name>(?:{_PIECE}){{0,2}}[ \t]*[A-ZÆØÅ][\w-]{{2,30}}(?i:udvalg|udvalget|råd|"
    r"rådet|bestyrelse|bestyrelsen|nævn|nævnet|kommission|kommissionen))"
    r"(?P<den>,|[ \t]+den)[ \t]*\n"
    r"[ \t]*(?P<date>\d{1,2}[-.]\d{1,2}[-.]\d{4})[ \t]*$")
# A narrow column's dated decision heading, whole up to its "den", the date on the line
# below ("Beslutning i Teknik- og Miljøudvalget den" / "21.01.2025")
_DATE_BELOW_RE = re.compile(
    r"(?m)^([ \t]*Beslutning[ \t]+i[ \t]+[A-ZÆØÅ][^\n:]{2,80}?[ \t]+den)[ \t]*\n"
    r"[ \t]*(\d{1,2}[-.]\d{1,2}[-.]\d{4}:?)[ \t]*$")
# ... or whole up to its day and month, the year alone on the line below (a column of
# newsletter width: "Beslutning i Teknik- og Miljøudvalget den 13. november" / "2024")
_YEAR_BELOW_RE = re.compile(
    rf"(?m)^([ \t]*Beslutning[ \t]+i[ \t]+[A-ZÆØÅ][^\n:]{{2,80}}?[ \t]+den[ \t]+\d{{1,2}}\.[ \t]*"
    rf"(?i:{'|'.join(DANISH_MONTHS)}))[ \t]*\n[ \t]*((?:19|20)\d\d:?)[ \t]*$")

# A side label's dated decision heading wrapped where its words go on, "den" and the date
# together ("Beslutning i Klima- og" / "Miljøudvalget den 20-01-2026"; a scan's OCR of a
# narrow margin: "Beslutning i" / "Kultur- og" / "Fritidsudvalget" / "den 14-01-2026")
_WRAPPED_DECISION_RE = re.compile(
    r"(?m)^(?P<head>[ \t]*Beslutning[ \t]+i(?:[ \t]+[A-ZÆØÅ][^\n:]{0,40}?(?:-|\s(?:og|for|samt)))?)"
    r"[ \t]*\n"
    rf"(?P<name>(?:{_PIECE}){{0,2}}[ \t]*[A-ZÆØÅ][\w-]{{2,30}}(?i:udvalg|udvalget|råd|"
    r"rådet|bestyrelse|bestyrelsen|nævn|nævnet|kommission|kommissionen))"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)den[ \t]+(?P<date>\d{1,2}[-.]\d{1,2}[-.]\d{4}):?[ \t]*$")


def _wrapped_decision(m: re.Match[str]) -> str:
    return " ".join(f"{m.group('head')} {m.group('name')} den {m.group('date')}".split())


# The first line of a wrapped treatment label: "Behandling i", "Behandling i Social- og"
_TREATED_START_RE = re.compile(r"^[ \t]*(?i:behandling|behandlet)[ \t]+(?:i|af)\b[^\d\n]{0,40}$")
# ... or of a decision's label in a left column (SBSYS), the body's words after it or on
# the lines below it, the date (and the item) on a line of its own: "Beslutning Teknik- og"
# / "Miljøudvalget" / "04-11-2019, pkt. 143", "Beslutning" / "Økonomiudvalget" / "19-11-2019"
_DECISION_START_RE = re.compile(r"^[ \t]*Beslutning(?:[ \t]+(?:i[ \t]+)?[A-ZÆØÅ][^\d\n:.]{0,40})?"
                                r"[ \t]*$")
_DATE_LINE_RE = re.compile(r"^[ \t]*\d{1,2}[-.]\d{1,2}[-.]\d{4}\b")
_TREATED_LINES = 4  # lines a treatment's label may wrap over


def _wrapped_label(lines: list[str]) -> bool:
    """Whether the lines are one label wrapped: a treatment's dated heading, or a
    decision's naming its body, whose last line is its date and whose lines between are
    the body's name's pieces (not a table's head cell "Beslutning" over a dated row)."""
    dated = dated_decision(" ".join(" ".join(lines).split()))
    if not dated or _TREATED_START_RE.match(lines[0]):
        return bool(dated)
    return bool(dated[0] and _DATE_LINE_RE.match(lines[-1]) and all(
        len(ln.strip()) <= 40 and not re.search(r"[\d.:]", ln) for ln in lines[1:-1]))


def _treatment_labels(text: str) -> str:
    """A treatment's (or a decision's) label wrapped over lines in a narrow cell, on one
    line."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        if _TREATED_START_RE.match(lines[k]) or _DECISION_START_RE.match(lines[k]):
            for n in range(2, _TREATED_LINES + 1):
                joined = " ".join(" ".join(lines[k:k + n]).split())
                if k + n <= len(lines) and _wrapped_label(lines[k:k + n]):
                    out.append(joined)
                    k += n
                    break
            else:
                out.append(lines[k])
                k += 1
            continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)


def _margin_body(m: re.Match[str]) -> str:
    name = " ".join(m.group("name").split())
    if m.group("den") != ",":  # "Beslutning i Social- og" / "Sundhedsudvalget den" / date
        return f"{name} den {m.group('date')}"
    return f"{name}, {m.group('date')}:"


def joined_labels(text: str) -> str:
    """The text with each label wrapped in its cell on one line.

    >>> joined_labels("Beslutning  i  Social-  og\\nSundhedsudvalget  den\\n04.06.2014\\nGodkendt.")
    'Beslutning i Social- og Sundhedsudvalget den 04.06.2014\\nGodkendt.'

    >>> joined_labels("Indstilling\\nBørne- og\\nUddannelsesudvalget,\\n13-08-2024\\nGodkendt.")
    'Indstilling\\nBørne- og Uddannelsesudvalget, 13-08-2024:\\nGodkendt.'
    >>> joined_labels("Økonomiudvalgets\\nbeslutning Godkendt.")
    'Økonomiudvalgets beslutning Godkendt.'
    >>> joined_labels("Beslutning i Plan- og Miljøudvalget den\\n21.01.2025\\nGodkendt.")
    'Beslutning i Plan- og Miljøudvalget den 21.01.2025\\nGodkendt.'
    >>> joined_labels("Beslutning i Kulturudvalget den 3. oktober\\n2024\\nGodkendt.")
    'Beslutning i Kulturudvalget den 3. oktober 2024\\nGodkendt.'
    >>> joined_labels("Beslutning i\\nSocial- og\\nSundhedsudvalget\\nden 04-06-2014\\nGodkendt.")
    'Beslutning i Social- og Sundhedsudvalget den 04-06-2014\\nGodkendt.'
    >>> joined_labels("Beslutning Teknik- og\\nMiljøudvalget\\n04-11-2019, pkt. 14\\nAnbefales.")
    'Beslutning Teknik- og Miljøudvalget 04-11-2019, pkt. 14\\nAnbefales.'
    """
    # (a history table's head cells first: "Udvalg" / "Dato" / "Punkt" / "Beslutning" is no
    # wrapped label over the first row's "Økonomiudvalget" / "14.06.2023")
    text = "\n".join(history_table(text.split("\n")))
    text = side_labels(text)  # (a side label wrapped beside its text: "Tidligere" / "behandling")
    text = _treatment_labels(text)  # ("Behandling i" / "Økonomiudvalget" / "04.03.2026, pkt. 4")
    text = _DATE_BELOW_RE.sub(r"\1 \2", _MARGIN_BODY_RE.sub(_margin_body, earlier_headings(text)))
    text = _YEAR_BELOW_RE.sub(r"\1 \2", text)
    text = _WRAPPED_DECISION_RE.sub(_wrapped_decision, text)
    text = _STAFF_TAIL_RE.sub(r"\1 \2", _LABEL_TAIL_RE.sub(r"\1 \2", text))  # ("Fra" /
    # "administrationen:")
    return _WIDE_LABEL_RE.sub(r"\1 \2", _WRAPPED_LABEL_RE.sub(r"\1 \2", text))

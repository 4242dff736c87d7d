"""A header's field wrapped over two rows, made one row: a date wrapped before its year
("… tirsdag den 22. april" / "1986 kl. 19.30"), and the meeting's place wrapped after a
comma, its address or its town on the row below (used by `text_header_rows.header_rows`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from referat.danish import DANISH_MONTHS

from .place_labels import place_wraps

# A date wrapped before its year: "… tirsdag den 22. april" / "1986 kl. 19.30 på rådhuset"
_NO_YEAR_RE = re.compile(rf"\b\d{{1,2}}\.\s*(?i:{'|'.join(DANISH_MONTHS)})$")
_YEAR_FIRST_RE = re.compile(r"^(?:19|20)\d\d\b")


def year_wrapped(rows: list[str]) -> list[str]:
    """Rows with a date wrapped before its year made one row, so that the date's time and
    place are read with it."""
    out: list[str] = []
    for row in rows:
        if out and _YEAR_FIRST_RE.match(row) and _NO_YEAR_RE.search(out[-1]):
            out[-1] = f"{out[-1]} {row}"
        elif out and _BARE_PLACE_RE.match(out[-1]) and row.strip() and ":" not in row:
            out[-1] = f"{out[-1]} {row}"  # ("Mødested:" / "Mødelokale 1, Rådhuset,": a cover
        else:  # that sets its labels above their values)
            out.append(row)
    return out


# The place's label ("Mødested : …,", "Sted: …,") with its value wrapped after a comma, and
# the wrapped rest: a postcode and town ("7900 Nykøbing Mors") or a street and number
_PLACE_LABEL_RE = re.compile(r"^\**(?:mødested|sted|mødelokale|lokale|lokation)\**\s*:\s*\S.*,$",
                             re.IGNORECASE)
_BARE_PLACE_RE = re.compile(r"^\**(?:mødested|mødelokale)\**\s*:$", re.IGNORECASE)
_PLACE_REST_RE = re.compile(r"^(?:\d{4}\s+[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}"
                            r"|[A-ZÆØÅ][\wæøå.-]+(?:\s[\wæøå.-]+){0,3}\s\d{1,3}[A-Za-z]?)\.?$")


# (or a sentence's time and place: "Mødet afholdtes … kl. 19.00 i salen, Rådhuset, Torvet 1,")
_TIMED_PLACE_RE = re.compile(r"\bkl\.?\s*\d{1,2}[.:]\d\d\s+(?:i|på)\s+\S.*,$", re.IGNORECASE)


# A place's cell of two lines, the address on the second: "Byrådssalen, Rådhuset" (or
# "Mødelokale 1.12, Rådhuset") / "Torvet 1, 4600 Køge" (a street and number, a postcode)
_PLACE_ROW_RE = re.compile(r"^\**(?:mødested|sted)\**\s*:\s*[A-ZÆØÅ][^:]*[^,\s]$", re.IGNORECASE)
_ADDRESS_RE = re.compile(r"^[A-ZÆØÅ][\w.-]+(?:\s[\w.-]+){0,3}\s\d{1,3}[A-Za-z]?,\s+\d{4}\s+"
                         r"[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+){0,2}$")
# ... or the town alone below the postcode ("Mødested: …, Valdemarsgade 43, 4760" /
# "Vordingborg": a grid's narrow cell)
_POSTCODE_END_RE = re.compile(r"^\**(?:mødested|sted|mødelokale|lokale)\**\s*:\s*\S.*,\s*\d{4}$",
                              re.IGNORECASE)
_TOWN_RE = re.compile(r"^[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}$")


def _place_rest(prev: str, row: str) -> bool:
    """`row` the rest of the place `prev` holds, wrapped after its comma or postcode."""
    return bool(((_PLACE_LABEL_RE.match(prev) or _TIMED_PLACE_RE.search(prev)) and (
        _PLACE_REST_RE.match(row) or _ADDRESS_RE.match(row))) or (
        _POSTCODE_END_RE.match(prev) and _TOWN_RE.match(row)))


# A street and its number alone on a row ("Skovvej 20"), a postcode and town on the next
# ("8382 Hinnerup"): a web page's place cell broken by `<br>` line by line
_STREET_RE = re.compile(r"^[A-ZÆØÅ][\wæøå.-]+(?:\s[\wæøå.-]+){0,3}\s\d{1,3}[A-Za-z]?$")
_POSTAL_RE = re.compile(r"^\d{4}\s+[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+){0,2}$")


# The street's number with the postcode and town, wrapped off the street's name ("Mødested:
# Lokale 2, Rådhuset, Torvegade" / "12, 4700 Næstved": a narrow cell)
_NUMBER_TOWN_RE = re.compile(
    r"^\d{1,3}[A-Za-z]?,\s+\d{4}\s+[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+){0,2}$")
_STREET_NAME_RE = re.compile(r"^[A-ZÆØÅ][\wæøå.-]+(?:\s[\wæøå.-]+){0,3}$")


def _number_wrapped(prev: str, row: str) -> bool:
    """`row` the street's number, postcode and town below the street the place ends with.

    >>> _number_wrapped("Mødested: Lokale 2, Rådhuset, Torvegade", "12, 4700 Næstved")
    True
    >>> _number_wrapped("Mødested: Lokale 2, Rådhuset", "12, 4700 Næstved")
    False
    """
    last = prev.rsplit(", ", 1)
    return len(last) == 2 and bool(_PLACE_ROW_RE.match(prev) and _NUMBER_TOWN_RE.match(row)) and (
        bool(_STREET_NAME_RE.match(last[1])) and bool(re.search(r"(?:vej|gade|torv|plads|"
                                                                 r"allé|stræde|vænget)$", last[1])))


def _street_then_town(prev: str, row: str, nxt: str) -> bool:
    """`row` the place's street over its postcode and town (`nxt`), or that postcode and
    town below the street the place (`prev`) now ends with.

    >>> _street_then_town("Mødested: Lokale 3, Rådhuset", "Skovvej 20", "8382 Hinnerup")
    True
    >>> _street_then_town("Mødested: Lokale 3, Rådhuset, Skovvej 20", "8382 Hinnerup", "")
    True
    >>> _street_then_town("Mødested: Lokale 3, Rådhuset", "Skovvej 20", "Afbud: Ib Ravn")
    False
    """
    if _STREET_RE.match(row):
        return bool(_POSTAL_RE.match(nxt))
    return bool(_POSTAL_RE.match(row)) and bool(_STREET_RE.match(prev.rsplit(", ", 1)[-1]))


def place_wrapped(rows: list[str]) -> list[str]:
    """Rows with the meeting's place wrapped after a comma made one row: "Mødested :
    Udvalgsværelset, Rådhuset, Jernbanevej 7," / "7900 Nykøbing Mors" is one place; so
    is a place whose address stands whole on the next row ("Sted: Salen, Rådhuset" /
    "Torvet 1, 4600 Køge", or after its comma: "Mødested: Lokale 1, Rådhuset," / "Kongevej
    57, 6270 Tønder"), one whose street and postcode stand on a row each below it
    ("Skovvej 20" / "8382 Hinnerup"), and one whose town stands below its postcode."""
    out: list[str] = []
    for k, row in enumerate(rows):
        if out and (_place_rest(out[-1], row.strip()) or _number_wrapped(out[-1], row.strip())):
            out[-1] = f"{out[-1]} {row}"
        elif not row.strip() and out and _POSTCODE_END_RE.match(out[-1]) and (
                k + 1 < len(rows) and _TOWN_RE.match(rows[k + 1].strip())):
            continue  # (a blank row the grid's cell left between the postcode and its town)
        elif out and _BARE_PLACE_RE.match(out[-1]) and row.strip() and ":" not in row:
            # ("Mødested:" / "Mødelokale 1, Rådhuset,": a cover that sets its labels above
            # their values)
            out[-1] = f"{out[-1]} {row}"
        elif out and _PLACE_ROW_RE.match(out[-1]) and (_ADDRESS_RE.match(row.strip()) or (
                _street_then_town(out[-1], row.strip(), "".join(rows[k + 1:k + 2]).strip()))):
            out[-1] = f"{out[-1]}, {row.strip()}"
        else:
            out.append(row)
    return out


# A place in stages, each after a label of its own ("Besigtigelse: Færgelundsvej 14, 3630
# Jægerspris" / "Herefter: Mødelokale 1, Rådhuset, Torvet 2, 3600" / "Frederikssund": a site
# visit, then the meeting room), a stage's row holding an address's number
# (or its hour: "Kl. 14.00: Besigtigelse på Vej 41, 9492 By" / "Kl. 15.15: Mødelokale 1, …")
_STAGE_RE = re.compile(r"^(?:[A-ZÆØÅ][a-zæøå]+|[Kk]l\.?\s*\d{1,2}[.:]\d\d):\s+\S.*\d")
_POSTCODE_TAIL_RE = re.compile(r",\s*\d{4}$")
_TOWN_ROW_RE = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]*\.?)?")


def place_stages(value: str, below: list[str], is_label: Callable[[str], bool]) -> str:
    """A "Mødested" field's place with the rows it wraps onto: its town below the postcode
    ("…, 4760" / "Vordingborg"), and, when the value opens with a stage's label, each next
    stage's row that is no header label (`is_label`), the stages joined by " / ".

    >>> place_stages("Besigtigelse: Vej 14, 3630 Jægerspris", ["Herefter: Lokale 1, Torvet 2, "
    ...              "3600", "Frederikssund", "Afbud: Ib"], lambda r: r.startswith("Afbud"))
    'Besigtigelse: Vej 14, 3630 Jægerspris / Herefter: Lokale 1, Torvet 2, 3600 Frederikssund'
    """
    place, staged = value, bool(_STAGE_RE.match(value))
    for row in (r.strip() for r in below):
        if (_POSTCODE_TAIL_RE.search(place) and _TOWN_ROW_RE.fullmatch(row)) or (
                place_wraps(place, row) and not is_label(row)):
            place += f" {row}"  # (or with its room: "…, 7500" / "Holstebro – mødelokale 1")
        elif staged and _STAGE_RE.match(row) and not is_label(row):
            place += f" / {row}"
        else:
            break
    return place

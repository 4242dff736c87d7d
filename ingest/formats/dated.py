"""Dated decision headings ("Økonomiudvalgets beslutning den 04.12.2012 Punkt 2",
"Beslutning i Byrådet den 20-06-2013", "Forretningsudvalget den 11. juni 2024:") and
whether the body they name is another than the meeting's own: which decision of an item
is this meeting's, and which is its case history."""

from __future__ import annotations

import re
from datetime import date

from referat.danish import parse_date
from referat.domain import AgendaItem, Treatment

from .common import addressed_section, clean_line, committee_name
from .dates import written_date
from .history_label import labelled_entry, without_heading_marks, without_history_label
from .joint_bodies import town_of_body
from .treatment_notes import one_per_treatment

_ISO = r"\d{4}-\d{2}-\d{2}"  # "2025-02-18", as an intranet's English locale writes it
# The date and what may follow it on a heading line: a time, "Punkt 2", nothing else.
# ("3/11 1998": a typed protocol's date, the year after a space)
_SLASH_SPACE = r"\d{1,2}/\d{1,2}\s\d{4}"
_HEADING_DATE = (
    rf"(?P<d>\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{2,4}}|\d{{1,2}}\.\s*[a-zæøå]+\s+\d{{4}}|{_ISO}|"
    rf"{_SLASH_SPACE})"
    r"(?:\s*,?\s*kl\.?\s*\d{1,2}[.:]\d\d)?(?:\s*,?\s*(?:punkt\s+|pkt\.\s*)(?P<p>\d+))?"
    # ("… 26.02.2026 (ekstraordinært møde)": the meeting's kind in brackets after the date)
    r"(?:\s*\((?:ekstraordinært|ekstraordinaert|fortsat|fortsatte|genoptaget|genoptagne)"
    r"\s+møde\))?\s*$"
)
# "… i mødet den 4. juni 2024" (Copenhagen's eDoc)
_ON = r"(?:(?:i|på)\s+mødet\s+)?(?:den\s+|d\.\s*)?"
_DATED_DECISION_RES = (
    # "Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 20-06-2013"
    # ("Beslutning Plan- og Kulturudvalget den 16-04-2024": the body named without "i")
    # ("Beslutning fra Plan- og Teknikudvalget, 10-02-2025": a comma before the date, no
    # part of the body's name)
    re.compile(r"^Beslutning(?:\s+(?:(?:i|fra|truffet\s+af)\s+(?!mødet\b)|(?=(?-i:[A-ZÆØÅ])))"
               r"(?P<c>.+?),?)?\s+"
               + _ON + _HEADING_DATE, re.IGNORECASE),
    # "Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2",
    # "Ældrerådets behandling den 28-05-2024"
    re.compile(r"^(?P<c>.{3,120}?)s\s+(?:beslutning|behandling)\s+" + _ON + _HEADING_DATE,
               re.IGNORECASE),
)
# "Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:" (Rødovre, Stevns): the body,
# the date and its item number, the decision below; the colon makes it a heading (a
# "Tidligere behandling" section names an earlier meeting the same way, without one)
_LISTED_DECISION_RE = re.compile(
    r"^(?P<c>[A-ZÆØÅ](?:[^,:]|(?<=-),){2,80}),\s*(?:den\s+)?(?P<d>\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"|\d{1,2}\.\s*[a-zæøå]+\s+\d{4}),\s*(?:pkt\.?|punkt)\s*(?P<p>\d+)\s*:$")


# "Forretningsudvalget den 11. juni 2024:", "Økonomiudvalget den 10. april 2024, § 88:"
# (Region Hovedstaden's and a council's protocol; a commission's "Beredskabskommissionen,
# 14. juni 2021:"): the body, the date, the colon; each body's decision below, under one
# "Beslutninger". (`BODY`: the body's pattern, for `treatment_labels` too)
_BODY = (r"(?P<c>(?=[A-ZÆØÅ])(?:[^,:]|(?<=-),){0,80}?(?i:udvalg|udvalget|råd|rådet|bestyrelse|"
         r"bestyrelsen|nævn|nævnet|magistrat|magistraten|kommission|kommissionen))")
BODY = _BODY
_ON_DATE = (rf"(?P<d>\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{2,4}}|\d{{1,2}}\.\s*[a-zæøå]+\s+\d{{4}}|"
            rf"{_ISO}|{_SLASH_SPACE})")
# (and the old protocols' abbreviation: "Kommunalbestyrelsen d. 3/11 1998:"; a continued
# meeting's day marked so: "Økonomiudvalget, 10. december 2025 (fortsat møde):"; a budget's
# reading named after the body: "Byrådet, 1. behandling den 13.09.2011:")
_BODY_ON_DATE_RE = re.compile(rf"^{_BODY}(?:,?\s+\d\.\s+behandling)?,?\s+(?:den\s+|d\.\s*)?"
                              rf"{_ON_DATE}"
                              r"(?:\s*\((?i:fortsat|fortsatte|genoptaget|genoptagne)\s+møde\))?"
                              r"(?:,\s*(?:§|pkt\.?|punkt)\s*(?P<p>\d+))?\s*:$")
# "Økonomiudvalget (2025-02-18)", "Økonomiudvalget (18.02.2025)": the date in brackets
_BODY_BRACKET_DATE_RE = re.compile(rf"^{_BODY}\s*\((?:den\s+)?{_ON_DATE}\)(?P<p>)\s*:?$")
# ... on a line of its own without the colon: "Økonomiudvalget den 19-09-2017" (not a
# case history's "Klima- og Miljøudvalget, den 29. november 2022, punkt 3")
_BODY_ON_DATE_BARE_RE = re.compile(rf"^{_BODY}\s+den\s+{_ON_DATE}(?P<p>)\s*$")
# ... or after a comma: "Økonomiudvalget, 12. november 2025" (a Prescriba print's heading
# of each body's treatment, in bold italic, with no "Beslutning" label); the date written
# out, so that a listing's "Byrådet, 12.11.2025" stays text
_BODY_COMMA_DATE_RE = re.compile(rf"^{_BODY},\s+(?P<d>\d{{1,2}}\.\s*[a-zæøå]{{3,9}}\s+\d{{4}})"
                                 r"(?P<p>)\s*$")
# ... a body named by its task after the word: "Udvalg for nære sundhedstilbud den 27. maj
# 2024", "Udvalget for Teknik og Miljø den 3. april 2024:" (a region's, a council's)
_BODY_FOR_ON_DATE_RE = re.compile(
    r"^(?P<c>(?=[A-ZÆØÅ])[\w-]*?(?i:udvalg|udvalget|råd|rådet|nævn|nævnet)\s+for\s+[^,:]{3,60}?)"
    rf"\s+den\s+{_ON_DATE}(?P<p>)\s*:?$")
# The document's own title naming the meeting, as a page's footer repeats it: "Referat fra
# mødet i Plan- og Teknikudvalget den 08.05.2019", "Dagsorden til møde i Byrådet den …",
# "Referat fra mødet i Forretningsudvalget den 14. juni 2022" – no body's decision (read as
# one, the footer split the decision it fell in)
_DOCUMENT_TITLE_RE = re.compile(r"^(?:referat|dagsorden|beslutningsprotokol|protokol|"
                                r"mødereferat|beslutninger)\s+(?:fra|for|til|af|over)\s+"
                                r"(?:\w+\s+)?møde(?:t)?\b", re.IGNORECASE)
# "Økonomiudvalgets indstilling den 6. december 2021" (eDoc's heading of a committee's
# recommendation to the council), "Udvalgets anbefaling den …": a body's, so that an
# "Administrationens indstilling den …" stays the proposal
_RECOMMENDED_ON_DATE_RE = re.compile(rf"^{_BODY}s\s+(?i:indstilling|anbefaling)\s+{_ON}"
                                     + _HEADING_DATE)
# A table's label naming a body's treatment of the case, its date and item:
# "Behandling i Økonomiudvalget 04.03.2026, pkt. 17" (a wrapped cell joined by
# `wrapped_labels`), "Behandlet i Byrådet den 3. juni 2025, punkt 4"
_TREATED_IN_RE = re.compile(rf"^(?i:behandling|behandlet)\s+(?:i|af)\s+{_BODY},?\s+"
                            rf"(?:den\s+)?{_ON_DATE}"
                            r"(?:,?\s*(?:§|pkt\.?|punkt)\s*(?P<p>\d+))?\s*:?$")
# A council's print that heads each body's treatment with its abbreviation and the date,
# explained once in the head ("Forkortelser: BR = Byrådet, ØU = Økonomiudvalget"):
# "BUU 04.03.2024", "ØU 13.03.2024", "BR 26.03.2024:" on a line of their own. Only a
# whole date with its year, so that "KL 19.00" or "ØU 13.03" is no heading.
_ABBREVIATED_ON_DATE_RE = re.compile(
    r"^(?P<c>[A-ZÆØÅ]{2,5})\s+(?:den\s+)?(?P<d>\d{1,2}[-./]\d{1,2}[-./]\d{4})"
    r"(?:,\s*(?:§|pkt\.?|punkt)\s*(?P<p>\d+))?\s*:?$")
# A body and its date in figures on the line below a "Beslutning" label, without the item's
# number ("Folkeoplysningsudvalget, 13-12-2023", a portal's date line over each decision box)
# A body's statement on the case, the body after its word ("Udtalelse fra Grønt Råd den …")
_STATEMENT_RE = re.compile(r"^(?i:udtalelse|høringssvar|bemærkninger|anbefaling)\s+fra\s+"
                           r"(?=[A-ZÆØÅ])")
_UNDER_LABEL_RE = re.compile(rf"^{_BODY},\s+(?:den\s+)?(?P<d>\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}})$")


def dated_decision(heading: str) -> tuple[str | None, date, int | None] | None:
    """`(committee, date, punkt)` of a dated decision heading, or None.

    >>> dated_decision("Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2")
    ('Sundheds- og Forebyggelsesudvalget', datetime.date(2012, 12, 4), 2)
    >>> dated_decision("Beslutning i Byrådet den 20-06-2013")
    ('Byrådet', datetime.date(2013, 6, 20), None)
    >>> dated_decision("Beslutning truffet af Byrådet den 20. juni 2013")
    ('Byrådet', datetime.date(2013, 6, 20), None)
    >>> dated_decision("Beslutning Økonomiudvalget 19-11-2019, pkt. 288")
    ('Økonomiudvalget', datetime.date(2019, 11, 19), 288)
    >>> dated_decision("Beslutning den 3. maj 2024 om budgettet blev udsat") is None
    True
    >>> dated_decision("Økonomiudvalgets beslutning i mødet den 4. juni 2024")
    ('Økonomiudvalget', datetime.date(2024, 6, 4), None)
    >>> dated_decision("Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:")
    ('Teknik- og Miljøudvalget', datetime.date(2019, 9, 10), 65)
    >>> dated_decision("Klima-, Miljø- og Planudvalget, 13. august 2024, punkt 5:")[0]
    'Klima-, Miljø- og Planudvalget'
    >>> dated_decision("Økonomiudvalget den 10. april 2024, § 88:")
    ('Økonomiudvalget', datetime.date(2024, 4, 10), 88)
    >>> dated_decision("Økonomiudvalget (2025-02-18)")
    ('Økonomiudvalget', datetime.date(2025, 2, 18), None)
    >>> dated_decision("Kommunalbestyrelsen d. 3/11 1998:")
    ('Kommunalbestyrelsen', datetime.date(1998, 11, 3), None)
    >>> dated_decision("ØU 13.03.2024")
    ('ØU', datetime.date(2024, 3, 13), None)
    >>> dated_decision("Udvalg for nære sundhedstilbud den 27. maj 2024")[0]
    'Udvalg for nære sundhedstilbud'
    >>> dated_decision("Plan- og Miljøudvalget, 3. november 2025")[:2]
    ('Plan- og Miljøudvalget', datetime.date(2025, 11, 3))
    >>> dated_decision("Økonomiudvalget, 10. december 2025 (fortsat møde):")[:2]
    ('Økonomiudvalget', datetime.date(2025, 12, 10))
    >>> dated_decision("Behandling i Økonomiudvalget 04.03.2026, pkt. 17")
    ('Økonomiudvalget', datetime.date(2026, 3, 4), 17)
    >>> dated_decision("Behandling i Teknik- og Miljøudvalget den 3. juni 2025")[0]
    'Teknik- og Miljøudvalget'
    >>> dated_decision("Beslutning fra Plan- og Teknikudvalget, 10-02-2025")[0]
    'Plan- og Teknikudvalget'
    >>> dated_decision("Økonomiudvalgets indstilling den 6. december 2021")[:2]
    ('Økonomiudvalget', datetime.date(2021, 12, 6))
    >>> dated_decision("Udtalelse fra Seniorrådet den 2. maj 2025")[0]
    'Seniorrådet'
    >>> dated_decision("KL 19.00") is None, dated_decision("BR 26.03") is None
    (True, True)
    """
    labelled = clean_line(without_heading_marks(heading))  # ("### Beslutning i … den …")
    line = without_history_label(labelled)  # ("Tidligere behandling i …")
    if _DOCUMENT_TITLE_RE.match(labelled) or _DOCUMENT_TITLE_RE.match(line):
        return None  # the minutes' own title, a page's footer
    if addressed_section(line):  # ("Supplerende sagsfremstilling til Byrådet den …")
        return None
    heading = line.rstrip(":")
    # (a treatment's label first: "Behandling i Økonomiudvalget den 10. juni 2025" names
    # the body after "i", no body called "Behandling i …")
    whole_line = (_TREATED_IN_RE, _LISTED_DECISION_RE, _BODY_ON_DATE_RE, _BODY_ON_DATE_BARE_RE,
                  _BODY_COMMA_DATE_RE, _BODY_BRACKET_DATE_RE, _ABBREVIATED_ON_DATE_RE,
                  _BODY_FOR_ON_DATE_RE)
    for rx in (*_DATED_DECISION_RES, _RECOMMENDED_ON_DATE_RE, *whole_line):
        m = rx.match(line if rx in whole_line else heading)
        if not m:
            continue
        found = parse_date(m.group("d")) or (written_date(m.group("d")) if re.fullmatch(
            f"{_ISO}|{_SLASH_SPACE}", m.group("d")) else None)
        if not found:
            continue
        # (a partner municipality's body keeps its town: "Økonomiudvalget i Halsnæs Kommune";
        # a body's statement names the body after its word: "Udtalelse fra Grønt Råd")
        named = _STATEMENT_RE.sub("", m["c"]) if m["c"] else ""
        committee = town_of_body(named, committee_name(named)) if named else None
        return committee, found[0], int(m.group("p")) if m.group("p") else None
    return labelled_entry(labelled)  # ("Tidligere behandling – Ældrerådet 15.05.2025")


def under_decision(line: str) -> tuple[str | None, date, int | None] | None:
    """The body, date and item an Acadre print sets on the line below its "Beslutning"
    label ("Kommunalbestyrelsen, 27.06.2019, pkt. 141", without the colon that makes it a
    heading elsewhere), or a portal's date line over each decision box without the item
    ("Folkeoplysningsudvalget, 13-12-2023"), as `dated_decision` reads them; None for any
    other line.

    >>> under_decision("Kommunalbestyrelsen, 27.06.2019, pkt. 141")[2]
    141
    >>> under_decision("Folkeoplysningsudvalget, 13-12-2023")[:2]
    ('Folkeoplysningsudvalget', datetime.date(2023, 12, 13))
    """
    bare = clean_line(line).rstrip(":")
    m = _LISTED_DECISION_RE.match(f"{bare}:") or _UNDER_LABEL_RE.match(bare)
    return dated_decision(f"{bare}:") if m else None


def body_key(name: str) -> str:
    """A body's name for comparing: lower case, no abbreviation in parentheses, no hyphen
    ("Teknik- og Miljøudvalget (TMU)" → "teknik og miljøudvalget"); a scan's OCR that lost
    the Danish letters names the same body ("Klima- og Miljoudvalget", "Aeldrerådet")."""
    name = re.sub(r"\([^)]*\)", " ", committee_name(name).lower()).replace("-", " ")
    return " ".join(name.replace("ae", "æ").translate(_SAME_LETTER).split())


_SAME_LETTER = str.maketrans({"o": "ø", "0": "ø", "a": "å"})


def other_body(named: str | None, ours: tuple[str, ...]) -> bool:
    """Whether a decision heading names a body other than this meeting's committee: a full
    name ("Klima- og Miljøudvalget") that is none of ours and contains none of them. An
    abbreviation ("ØU") or no name at all can be ours; with no name of ours known, no body
    is another."""
    key = body_key(named or "")
    known = [k for k in map(body_key, ours) if k]
    if len(key) <= 6 or not any(c.islower() for c in key) or not known:
        return False
    return not any(k in key or key in k for k in known)


def joint_member(named: str | None, ours: str) -> str | None:
    """The body a dated decision of this meeting names when it is one of several whose
    joint meeting this is ("Beslutning Børne- og Uddannelsesudvalget den 14-06-2021" in
    "Fælles møde mellem Børne- og Uddannelsesudvalget og …"): that body's name, to say
    whose decision the text is; None when the heading names the meeting's own committee,
    or no body.

    >>> joint_member("Kultur- og Fritidsudvalget",
    ...              "Fællesmøde mellem Børne- og Skoleudvalget og Kultur- og Fritidsudvalget")
    'Kultur- og Fritidsudvalget'
    >>> joint_member("Økonomiudvalget", "Økonomiudvalget") is None
    True
    """
    key, whole = body_key(named or ""), body_key(ours or "")
    return named if len(key) > 6 and key != whole and key in whole else None


# An undated decision heading that names its body: "Beslutning i Kultur- og
# Fritidsudvalget", "Børne- og Skoleudvalgets beslutning"
# A dated decision and its text on one line: "Økonomiudvalget den 10.04.2024, pkt. 52: …"
_DATED_INLINE_RE = re.compile(r"^(?P<head>[^:]{8,120}\d[^:]{0,20}:)\s+(?P<rest>\S.*)$")


def dated_with_text(line: str) -> tuple[tuple[str | None, date, int | None], str] | None:
    """`dated_decision` of a line that holds the decision's text after the heading's
    colon, and that text; None for any other line."""
    m = _DATED_INLINE_RE.match(line)
    found = dated_decision(m["head"]) if m else None
    return (found, m["rest"]) if found and m else None


def headed_entries(lines: list[str]) -> list[Treatment]:
    """A "Tidligere behandling" as dated decision headings, each with its text after the
    heading's colon or below it ("Social- og Sundhedsudvalget den 17. april 2024:
    Udkastet sendes i høring.").

    >>> [(t.committee, t.date.isoformat(), t.text) for t in headed_entries(
    ...     ["Kulturudvalget den 17. april 2024: Sendes i høring.", "Byrådet den "
    ...      "2. maj 2024", "Godkendt."])]
    [('Kulturudvalget', '2024-04-17', 'Sendes i høring.'), ('Byrådet', '2024-05-02', 'Godkendt.')]
    """
    out: list[Treatment] = []
    for line in lines:
        inline = dated_with_text(line.strip())
        heading = inline[0] if inline else dated_decision(line.strip())
        if heading and heading[0]:  # (a body named: not "Beslutning den 3. maj 2024")
            out.append(Treatment(heading[0], heading[1], inline[1] if inline else "",
                                 heading[2]))
        elif out:
            out[-1].text = f"{out[-1].text}\n{line}".strip()
    return out


_BODY_DECISION_RE = re.compile(
    r"^(?:beslutning\s+(?:i|fra|truffet\s+af)\s+(?P<a>(?-i:[A-ZÆØÅ])[^:]{2,80}?)|"
    r"(?P<b>(?-i:[A-ZÆØÅ])[^:]{2,80}?)s\s+(?:beslutning|afgørelse)|"
    # "Beslutning Børne- og Skoleudvalget:" (a joint meeting's two decisions): only a
    # body's name, so that "Beslutning Godkendt" stays a decision
    r"beslutning\s+(?P<e>(?-i:[A-ZÆØÅ])[^:]{0,80}?(?:udvalg|udvalget|råd|rådet|"
    r"bestyrelse|bestyrelsen|nævn|nævnet)))\s*:?\s*$", re.IGNORECASE)


def decision_body(heading: str, ours: str) -> str | None:
    """The body an undated decision heading names when it is not exactly the meeting's
    own committee (a joint meeting's two committees each decide), else None.

    >>> decision_body("Beslutning i Kultur- og Fritidsudvalget",
    ...               "Fællesmøde mellem Børne- og Skoleudvalget og Kultur- og Fritidsudvalget")
    'Kultur- og Fritidsudvalget'
    >>> decision_body("Økonomiudvalgets beslutning", "Økonomiudvalget") is None
    True
    >>> decision_body("Lokaludvalgets beslutning", "Amager Vest Lokaludvalg") is None
    True
    >>> decision_body("Beslutning i Økonomiudvalget",
    ...               "Fællesmøde mellem Teknik- og Miljøudvalget og Økonomiudvalget")
    'Økonomiudvalget'
    """
    m = _BODY_DECISION_RE.match(clean_line(heading).replace("*", "").strip())
    if not m:
        return None
    body = committee_name(m.group("a") or m.group("b") or m.group("e"))
    if not body or body.lower() in _GENERIC_BODIES:  # "Udvalgets beslutning": ours
        return None
    if len(_BODY_WORD_RE.findall(ours or "")) >= 2 and joint_member(body, ours):
        return body  # (one of a joint meeting's bodies, its name the joint name's last word)
    return body if body_key(body) != body_key(ours or "") and not _short_name(body, ours) else None


# A body's word ending a name; a joint meeting's name holds two ("Fællesmøde mellem Teknik-
# og Miljøudvalget og Økonomiudvalget"), a committee's own name one
_BODY_WORD_RE = re.compile(r"(?:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen|nævn|nævnet)"
                           r"(?!\w)", re.IGNORECASE)


_DEFINITE_ENDS = ("", "et", "en", "n")


def _short_name(body: str, ours: str) -> bool:
    """Whether a one-word body is the meeting's own named by its kind alone, in the
    definite form ("Lokaludvalget" of "Amager Vest Lokaludvalg"), or by the kind its
    compound name ends in ("Kommissionens beslutning" of "Beredskabskommissionen")."""
    key, last = body_key(body), (body_key(ours or "").split() or [""])[-1]
    return " " not in key and len(last) > 6 and (key.startswith(last) and (
        key[len(last):] in _DEFINITE_ENDS) or len(last) > len(key) > 6 and last.endswith(key))


_RECOMMENDS_RE = re.compile(
    r"^(?P<b>(?-i:[A-ZÆØÅ])[^:]{2,80}?)s\s+indstilling\s+til\s+\S.{0,80}?\s*:?\s*$", re.I)


def recommending_body(heading: str, ours: str) -> str | None:
    """The committee whose recommendation to another body the heading announces, when
    it is not the meeting's own: "Økonomiudvalgets indstilling til Kommunalbestyrelsen"
    in the council's minutes is what the committee proposed, not the council's decision.

    >>> recommending_body("Økonomiudvalgets indstilling til Byrådet", "Byrådet")
    'Økonomiudvalget'
    >>> recommending_body("Økonomiudvalgets indstilling til Byrådet", "Økonomiudvalget")
    """
    m = _RECOMMENDS_RE.match(clean_line(heading).replace("*", "").strip())
    body = committee_name(m.group("b")) if m else ""
    if not body or body.lower() in _GENERIC_BODIES:
        return None
    return body if body_key(body) != body_key(ours or "") else None


_GENERIC_BODIES = frozenset("udvalget udvalg rådet bestyrelsen nævnet mødet".split())


# The head's key to the bodies' abbreviations: "Forkortelser: BR = Byrådet, ØU =
# Økonomiudvalget" (or "BR: Byrådet; ØU: Økonomiudvalget")
_LEGEND_RE = re.compile(r"^forkortelser\s*:?\s*(?P<rest>\S.*)$", re.IGNORECASE)
_LEGEND_ENTRY_RE = re.compile(r"(?P<a>[A-ZÆØÅ]{2,5})\s*[=:–-]\s*(?P<n>[A-ZÆØÅ][^,;=]{2,80}?)\s*"
                              r"(?=[,;]|$)")


def abbreviations(head: list[str]) -> dict[str, str]:
    """The bodies' abbreviations the head explains, each to the body's name.

    >>> abbreviations(["Forkortelser: BR = Byrådet, BUU = Børne- og Ungdomsudvalget"])
    {'BR': 'Byrådet', 'BUU': 'Børne- og Ungdomsudvalget'}
    """
    for line in head:
        if m := _LEGEND_RE.match(clean_line(line)):
            return {e["a"]: e["n"] for e in _LEGEND_ENTRY_RE.finditer(m["rest"])}
    return {}


def spelled_out(items: list[AgendaItem], names: dict[str, str]) -> None:
    """Each treatment headed by an abbreviation ("ØU 13.03.2024") named by the body's
    name the head's key gives ("Økonomiudvalget"), in the history and in its section; the
    same treatment named by the initials in the item's facts ("Tidligere behandlet: BSU
    12.03.2025, pkt. 5") and by the name over its decision is then one entry."""
    for item in items:
        for treatment in item.history:
            treatment.committee = names.get(treatment.committee, treatment.committee)
        item.history = one_per_treatment(item.history)
        for section in item.sections:
            short, _, rest = section.text.partition(" den ")
            if section.name == "Beslutningshistorik" and short in names:
                section.text = f"{names[short]} den {rest}"

"""Which line of a minutes' head names the committee: not the letterhead ("Greve
Kommune"), the document's kind ("Referat"), an address or a line of people, but the body
("Økonomiudvalget", "Fælles møde mellem Børne- og Uddannelsesudvalget og / Social- og
Sundhedsudvalget", its name wrapped over two lines); and at a joint meeting, the members
listed under each body's name; a name printed in capitals as the minutes write it
elsewhere."""

from __future__ import annotations

import re

from .body_forms import task_body
from .committee_initials import spelled_initials
from .common import BODY_IN_MUNICIPALITY_RE
from .dates import written_date as parse_date
from .page_edges import DATE_IN_LINE_RE
from .page_footer import MUNICIPALITY_LINE_RE
from .revisions import BANNER_RE
from .site_sections import site_section
from .text_dividers import is_group_heading
from .text_header_lists import DOC_WORDS, list_below
from .text_header_rows import BODY_NAME_RE, HEADER_FIELD_RE
from .text_numbered import NUMBERED_LINE_RE
from .text_people import clean_heading
from .theme_items import EVENT_WORD

# Parties in brackets: a list of people wrapped onto the next line, never the committee
# (one bracket may be the committee's own short form: "… og kultur (PUK)"); nor is a
# contents line ("1. Godkendelse af dagsorden")
_PARTY_RE = re.compile(r"\([A-ZÆØÅ]{1,3}\)")
# One member on a line of its own, a list's second line: a name, the party's letter and a
# role after it ("Tina Holm (A), næstformand", "Ole Dam (V) - formand"): never the body
_MEMBER_LINE_RE = re.compile(r"^(?:[A-ZÆØÅ](?:[\w-]+|\w?\.)\s+){1,3}[A-ZÆØÅ][\w-]+\s+"
                             r"\([A-ZÆØÅ]{1,2}\)(?:\s*[,-]\s*[\wæøå ()-]{0,40})?$")


def not_committee(row: str) -> bool:
    """A letterhead or the document's kind, not the body: "Greve Kommune Offentligt
    referat", "BALLERUP KOMMUNE", "Dagsorden/Referat", "Åben referat" / "for" / …"""
    low = clean_heading(row).lower()
    if BODY_IN_MUNICIPALITY_RE.match(low):  # "INTEGRATIONSRÅDET I SKOVLUND KOMMUNE"
        return False
    low = _LETTERHEAD_RE.sub("", low).strip()
    # ("REGION HOVEDSTADEN" in capitals: the region's letterhead as "Region Hovedstaden")
    return bool(MUNICIPALITY_LINE_RE.match(row) or _ADDRESS_RE.match(row.strip())
                or (row.isupper() and MUNICIPALITY_LINE_RE.match(row.strip().title()))
                or _PAGE_META_RE.match(low) or site_section(row) or _CRUMBS_RE.match(low)
                or not low or low in DOC_WORDS or low in _CONTENTS_WORDS  # ("Indhold")
                or all(p.strip() in DOC_WORDS for p in low.split("/"))
                or low in ("for", "fra", "til", "af", "i") or is_group_heading(row)
                or BANNER_RE.search(low)  # ("Rettet referat – version 2": a re-issue's)
                or all(w in _MEETING_WORDS or re.fullmatch(r"[\d./-]+", w) or (
                    w.endswith("møde") and len(w) > 6)  # "bestyrelsesmøde", "rådsmøde"
                       or _EVENT_RE.fullmatch(w)  # "REFERAT - BUDGETSEMINAR": the occasion
                       for w in re.findall(r"[\w./-]+", low)))


_EVENT_RE = re.compile(EVENT_WORD)
# A site's breadcrumb trail above the page's title: "Møder / Byrådet / 12.03.2025"
_CRUMBS_RE = re.compile(r"^[^/›>»]+(?:\s[/›>»]\s[^/›>»]+){2,}$")
# A wiki page's own line under its title: "Created by Mette Holm, last modified on …"
_PAGE_META_RE = re.compile(r"^(?:created by|last (?:modified|updated) by|oprettet af|"
                           r"senest (?:ændret|redigeret) af)\b")


# Words of a line that names the meeting, not the body: "fra ordinært møde",
# "Møde nr. 4/2021", "Dagsorden til ordinært møde", "Referat af ekstraordinært møde"
# (and "Referat af bestyrelsesmøde": a compound that names the meeting)
_MEETING_WORDS = frozenset(
    "referat dagsorden beslutningsprotokol fra af til for i ordinært ekstraordinært "
    "konstituerende møde mødet "
    "nr nr. åbent åben offentligt offentlig "
    "digitalt virtuelt hybridt online "  # (the meeting's form: "Digitalt møde")
    "skriftlig skriftligt skriftlige behandling".split())  # ("Skriftlig behandling": no
# meeting at all, the items decided by written procedure)


# A letterhead's address: "Trollesbro Allé 2", "Stationsvej 12 B", "3400 Hillerød"
_ADDRESS_RE = re.compile(r"^(?:[A-ZÆØÅ][\wæøåé.-]*(?:\s[\wæøåé.-]+){0,3}\s\d{1,3}(?:\s?[A-Za-z])?"
                         r"|\d{4}\s+[A-ZÆØÅ][\wæøå.-]+(?:\s[A-ZÆØÅ][\wæøå.-]+)?)$")
_LETTERHEAD_RE = re.compile(r"^(?:[\wæøå.-]+\s+){1,3}kommune\b", re.IGNORECASE)


# a page's title: "Referat Handicaprådet 17. april 2024", "Dagsorden for Ældrerådet, …";
# a mail's first line: "Beslutninger fra Teknik- og Miljøudvalgets møde tirsdag den 8.
# januar 2019 kl. 13.00 i …" (the genitive's "s" no part of the name)
_TITLE_BODY_RE = re.compile(
    r"^(?i:referat|dagsorden|beslutninger)(?:\s+(?i:fra|af|for|til))?(?:\s+(?i:ordinært\s+|"
    r"ekstraordinært\s+)?(?i:møde|mødet)\s+i)?\s+(?P<b>[A-ZÆØÅ][\w -]*?(?:udvalg|udvalget|råd|"
    r"rådet|bestyrelse|bestyrelsen|nævn|nævnet|kommission|kommissionen))(?:s(?=\s+møde\b))?\b")
# A page's heading naming the body and the day after a dash: "Ældrerådet – tirsdag den 22.
# oktober 2019" (its list of members below, a line wrapped in it, names no body)
_BODY_DATED_RE = re.compile(r"^(?P<b>[A-ZÆØÅ][\w -]*?(?:udvalg|udvalget|råd|rådet|bestyrelse|"
                            r"bestyrelsen|nævn|nævnet|kommission|kommissionen))\s+[–—-]\s+(?P<d>.+)$")
# A meeting's dated line naming its body: "Ekstraordinært møde i Byrådet torsdag den 6. juli
# 2023", "Byrådets møde torsdag den 31. august 2023" (the genitive's "s" no part of the name)
_MEETING_BODY_RE = re.compile(
    r"^(?i:(?:ekstraordinært\s+|ordinært\s+)?møde\s+i\s+)(?P<b>[A-ZÆØÅ][\w -]*?(?:udvalget|"
    r"rådet|bestyrelsen|nævnet|kommissionen))\s|"
    # (a body's name in the genitive: its words capitalised or "og", not a sentence
    # "Sagerne overføres til udvalgets møde …")
    r"^(?P<g>[A-ZÆØÅ][\w-]*(?:\s+(?:og|[A-ZÆØÅ][\w-]*))*?(?:udvalget|rådet|"
    r"bestyrelsen|nævnet|kommissionen))s\s+(?i:ekstraordinære\s+|ordinære\s+)?møde\b")
_ROLE_OF_RE = re.compile(r"(?:formand|næstformand|sekretær|referent|medlem)\b", re.IGNORECASE)
# A member's line, the role in small letters after the name and where it is held after
# that ("Amalie Friis, elevrepræsentant, Fælles Elevråd"): never the body
# An e-mail's salutation above the minutes pasted into it ("Kære medlemmer af Teknik- og
# Miljøudvalget", "Hej Susanne"): it may name the body, but it is no line of the head
_SALUTATION_RE = re.compile(r"^(?:kære|hej|hejsa|goddag|dear|hello|hi)\b", re.IGNORECASE)
_PERSON_ROLE_RE = re.compile(r"^(?:[A-ZÆØÅ][\w-]+\s+){1,3}[A-ZÆØÅ][\w-]+,\s+[a-zæøå]")

# A line that cannot end a name: it stops at a joining word ("Fælles møde mellem
# Børne- og Uddannelsesudvalget og" / "Social- og Sundhedsudvalget"), in capitals too
_WRAPPED_RE = re.compile(r"\s(?:og|samt|mellem|for|i)$", re.IGNORECASE)


def _unwrapped(rows: list[str]) -> list[str]:
    """The head's rows with a name wrapped after a joining word put back on one line."""
    out: list[str] = []
    for row in rows:
        if out and _WRAPPED_RE.search(out[-1]) and row[:1].isupper() and ":" not in row and (
                not not_committee(out[-1])):  # (not "Referat for" / "Økonomiudvalget")
            out[-1] = f"{out[-1]} {row}"
        else:
            out.append(row)
    return out


# The heading of the contents below the head ("Indholdsfortegnelse"): no body's name
_CONTENTS_WORDS = frozenset({"indholdsfortegnelse", "indhold", "indholdsliste"})


# A body named with the institution it sits at: "Skolebestyrelsen ved Lunde Skole",
# "Forældrebestyrelsen for Børnehuset Mælkebøtten" (not the institution's letterhead)
_BODY_AT_RE = re.compile(r"^[A-ZÆØÅ]\w*(?:bestyrelse|bestyrelsen|råd|rådet|udvalg|udvalget|"
                         r"nævn|nævnet)\s+(?:ved|for|på|i)\s+[A-ZÆØÅ][\w .-]{1,60}$")


# An entry of a list ("- Byrådet", "• Økonomiudvalget"): a site's menu of the bodies
# beside the page, never the page's own heading
_LIST_ENTRY_RE = re.compile(r"^[-–•*·]\s+(?=\S)")
# prose: a sentence that ends and another after it (a callout's note over the head), no name
_PROSE_RE = re.compile(r"[a-zæøå)][.!?]\s+[A-ZÆØÅ]")
# a title naming the meeting by its body's compound alone, "# Ungdomsrådsmøde 24/2" (or
# by its running number, "# Ungerådsmøde #5 · 2. oktober 2024", as a notes page names it), a
# template's "Skolebestyrelsesmøde" under "REFERAT": the body in its definite form
# ("Ungdomsrådet", "Skolebestyrelsen"), when no line names it
_COMPOUND_TITLE_RE = re.compile(r"^(?:#\s*)?(?P<c>[A-ZÆØÅ][a-zæøå]{1,40}?(?P<k>udvalg|råd|nævn|"
                                r"bestyrelse))s?møde(?:$|\s+#?\d)")  # ("… #5 · 2. oktober")
_DEFINITE = {"udvalg": "et", "råd": "et", "nævn": "et", "bestyrelse": "n"}


def labelled_head_committee(rows: list[str]) -> str | None:
    """The committee of a head made of labels ("Dato: …", "Sted: …"): a page title's body
    ("Referat Handicaprådet …"), else the first unlabelled line that ends like a body's
    name, else one naming a body at its institution ("Skolebestyrelsen ved Lunde
    Skole", not the school's letterhead above it), else the body a markdown title names
    by its meeting's compound ("# Ungdomsrådsmøde 24/2"), else the first unlabelled line
    (one that names a body first: not an e-mail's "Hej Susanne" above the minutes; not
    a callout's prose)."""
    named = [r for r in _unwrapped(rows) if r and not HEADER_FIELD_RE.match(r)
             and ":" not in r and not not_committee(r)
             and not parse_date(r) and len(_PARTY_RE.findall(r)) < 2
             and not NUMBERED_LINE_RE.match(r) and not _MEMBER_LINE_RE.match(r)
             and clean_heading(r).lower() not in _CONTENTS_WORDS and not _SALUTATION_RE.match(r)
             and not _LIST_ENTRY_RE.match(r) and not _PROSE_RE.search(r)]
    # (a meeting's dated line over its labels names the body before a page's title does)
    met = [m.group("b") or m.group("g") for r in rows if (m := _MEETING_BODY_RE.match(r))
           and parse_date(r)]
    titled = next(reversed(met), None) or next(
        (m.group("b") for r in rows if (m := _TITLE_BODY_RE.match(r))), None) or next(
        (m.group("b") for r in rows if (m := _BODY_DATED_RE.match(r)) and parse_date(m["d"])), None)
    return titled or next((r for r in named if (BODY_NAME_RE.search(r) or task_body(r))
                           and not _ROLE_OF_RE.match(r) and not _PERSON_ROLE_RE.match(r)),
                          None) or next((r for r in named if _BODY_AT_RE.match(r)), None) or next(
        (m["c"] + _DEFINITE[m["k"]] for r in rows if (m := _COMPOUND_TITLE_RE.match(r))),
        None) or next(iter(named), None)


# "Børne- og Uddannelsesudvalget:" alone on its line, that committee's members below
_GROUP_LABEL_RE = re.compile(r"^\**([A-ZÆØÅ][^:]{2,80}?)\**\s*:\**$")


def member_group(rows: list[str], i: int) -> str:
    """The members listed under a body's name at a joint meeting ("Børne- og
    Uddannelsesudvalget:" / "Jan Riber Jakobsen (A), formand" / …), as one list; "" when
    row `i` is no such name."""
    m = _GROUP_LABEL_RE.match(rows[i].strip())
    if not m or not BODY_NAME_RE.search(m.group(1)) or HEADER_FIELD_RE.match(rows[i]):
        return ""
    return list_below(rows, i)


def _capitals(text: str) -> set[int]:
    return {k for k, c in enumerate(text) if c.isupper()}


def as_written(name: str | None, lines: list[str]) -> str | None:
    """The committee's name as the minutes write it in ordinary case elsewhere, when the
    head printed it in capitals and the text capitalises more of it than the capitals'
    recasing could know: "LOKALRÅDET FOR HØJBY OG OMEGN" (read "Lokalrådet for højby og
    omegn") signed "Lokalrådet for Højby og Omegn" under the minutes; a body read only as
    its initials ("KFU" of a letterhead's "KFU – Dagsorden") as the document spells it
    out on a line of its own (`committee_initials`). Any other name as it is.

    >>> as_written("Lokalrådet for højby", ["LOKALRÅDET FOR HØJBY", "Sekretær, Lokalrådet "
    ...            "for Højby"]), as_written("Byrådet", ["BYRÅDET", "byrådet besluttede"])
    ('Lokalrådet for Højby', 'Byrådet')
    """
    if full := spelled_initials(name, lines):
        return full
    if not name or name == name.upper():
        return name
    found = [m.group() for line in lines for m in re.finditer(
        rf"(?<!\w){re.escape(name)}(?!\w)", line, re.IGNORECASE)]
    if name.upper() not in found:
        return name  # (not printed in capitals)
    return next((f for f in found if f != f.upper() and _capitals(f) > _capitals(name)), name)


def body_below_date(head: list[str], below: list[str]) -> int:
    """How many lines under a date that opens the head name the body and the document's
    kind (a web page's calendar badge "26 nov 2024" above its heading: "Børne- og
    Ungdomsudvalget" / "Referat"): 2, or 0 when the head above the date names the body
    or the line below is no body's name followed by a kind.

    >>> body_below_date([], ["Børne- og Ungdomsudvalget", "Referat", "kl. 15.00"])
    2
    >>> body_below_date(["Økonomiudvalget"], ["Mødelokale 2", "Referat"])
    0
    """
    if any(not not_committee(r) for r in head) or len(below) < 2:
        return 0
    name, kind = clean_heading(below[0]), clean_heading(below[1]).lower()
    if kind not in DOC_WORDS or ":" in name or not_committee(name) or _PARTY_RE.search(name) or (
            name.endswith(".") or len(name) > 100 or parse_date(name)):
        return 0
    return 2


def body_under_date(below: list[str]) -> str | None:
    """The body's name on a line of its own under a date that opens the head, a running
    header's ("Kultur- og Fritidsudvalget Den 11. Oktober 2022" over the first page's
    "Frederikssund Kommune" / "Dagsorden" / "Kultur- og Fritidsudvalget" / "Mødested: …"):
    the first line that is no letterhead or kind, when it ends like a body's name; None
    when it does not or a labelled field comes first.

    >>> body_under_date(["Vejby Kommune", "Dagsorden", "Kulturudvalget", "Mødested: Rådhuset"])
    'Kulturudvalget'
    >>> body_under_date(["Mødested: Rådhuset", "Kulturudvalget"]) is None
    True
    """
    row = next((r for r in below if r.strip() and not not_committee(r)), "")
    name = clean_heading(row)
    if HEADER_FIELD_RE.match(row) or ":" in name or _PARTY_RE.search(name) or parse_date(name):
        return None
    return name if len(name) <= 100 and BODY_NAME_RE.search(name) else None


# A protocol's title line under its kind: "fra ordinært møde i Teknik- og Miljøudvalget"
# (under "BESLUTNINGSPROTOKOL"), "Referat af ekstraordinært møde i Ældrerådet"
_MEETING_IN_RE = re.compile(
    r"^(?:(?:referat|dagsorden|beslutningsprotokol)\s+)?(?:fra|af|til|for)\s+"
    r"(?:(?:ekstra)?ordinært\s+|konstituerende\s+)?møde[t]?\s+i\s+(?P<b>[A-ZÆØÅ][^,:]{2,80}?)\s*$",
    re.IGNORECASE)


def meeting_in_body(rows: list[str]) -> str | None:
    """The body a head's title line names as the meeting's ("fra ordinært møde i Teknik- og
    Miljøudvalget"), for a head whose running page header holds the date first and so
    left no line above the date to name the committee; None when no line does.

    >>> meeting_in_body(["BESLUTNINGSPROTOKOL", "fra ordinært møde i Teknik- og "
    ...                  "Miljøudvalget", "mandag den 26. februar 2024, kl. 15.15"])
    'Teknik- og Miljøudvalget'
    >>> meeting_in_body(["fra møde i går"]) is None
    True
    """
    found = (m.group("b") for r in rows if (m := _MEETING_IN_RE.match(clean_heading(r))))
    return next((b for b in found if BODY_NAME_RE.search(b)), None) or _stacked_title(rows)


# the word joining a title's kind to its body on a centred line of its own ("for", "fra
# mødet i"): "BESLUTNINGSPROTOKOL" / "for" / "Økonomiudvalget"
_JOIN_LINE_RE = re.compile(r"^(?:for|fra|af|til)(?:\s+(?:(?:ekstra)?ordinært\s+)?møde[t]?\s+i)?$",
                           re.IGNORECASE)


def _stacked_title(rows: list[str]) -> str | None:
    """The body of a title set on centred lines, a part a line: the kind, the joining
    word, the body's name ("BESLUTNINGSPROTOKOL" / "for" / "Økonomiudvalget"); None when
    no three lines read so.

    >>> _stacked_title(["HERLEV KOMMUNE", "REFERAT", "fra mødet i", "Kulturudvalget"])
    'Kulturudvalget'
    """
    lines = [clean_heading(r) for r in rows if r.strip()]
    return next((body for kind, join, body in zip(lines, lines[1:], lines[2:], strict=False)
                 if kind.lower() in DOC_WORDS and _JOIN_LINE_RE.match(join)
                 and BODY_NAME_RE.search(body) and not parse_date(body)), None)


def below_running_lines(head: list[str]) -> list[str]:
    """The head from its last letterhead line on ("Roskilde Kommune" / "Kultur- og
    Fritidsudvalget" / "Referat"), when the lines above it are the page's running header
    and footer that the PDF drew first: the letterhead printed twice, or a line above it
    dated ("Kultur- og Fritidsudvalget - 11.02.2025" / "Netpublicator"); the head as it is
    otherwise, or when no body's name stands below the letterhead.

    >>> below_running_lines(["Vejby Kommune", "Kulturudvalget - 11.02.2025", "Netpublicator",
    ...                      "Vejby Kommune", "Kulturudvalget", "Referat"])
    ['Vejby Kommune', 'Kulturudvalget', 'Referat']
    """
    marks = [i for i, r in enumerate(head) if MUNICIPALITY_LINE_RE.match(r.strip())]
    if not marks or not any(not not_committee(r) for r in head[marks[-1] + 1:]):
        return head
    above = head[:marks[-1]]
    if len(marks) > 1 or any(DATE_IN_LINE_RE.search(r) for r in above):
        return head[marks[-1]:]
    return head

"""What every source adapter shares: HTML fragments to text blocks (`html_blocks`), section
headings to the canonical section names the chunker knows, the municipality a file names
(`municipality`), dated decision headings, and the people and votes a decision text names.

Nothing here knows a particular system; the adapters know where each system keeps things.
"""

from __future__ import annotations

import re

from referat.capitals import from_capitals
from referat.domain import Section

from .body_headings import (  # noqa: F401
    is_body_decision,
    is_body_treatment,
    is_earlier_treatments,
    is_recommendation,
)
from .html_blocks import HEADING_TAGS, clean_line, html_blocks, html_text  # noqa: F401
from .municipality import _ASCII, address_municipality, municipality_in  # noqa: F401
from .procedure_heading import procedure_name

# --- sections -------------------------------------------------------------------------

DECISION, HISTORY = "Beslutning", "Sagens forløb"
EARLIER = "Beslutningshistorik"  # the section of an earlier treatment's decision
CASE_TEXT = "Sagsfremstilling"

# Lower-cased heading → the canonical section name (what chunking and answering know).
_CANONICAL = {
    "beslutning": DECISION, "beslutninger": DECISION,
    "formandens bemærkning": "Formandens bemærkning",  # (a joint body's chairman's remark)
    "afgørelse": DECISION,
    "protokol": DECISION,
    # a council's (Handicaprådet, Ældrerådet) record of an item: what it said is its decision
    "rådets bemærkninger": DECISION,
    "rådets udtalelse": DECISION,
    "rådets beslutning": DECISION,
    "orientering": CASE_TEXT,
    "konklusion": "Konklusion",
    "det besluttede vi": DECISION,  # a school board's or a local council's informal headings
    "vi besluttede": DECISION,
    "beslutning ved skriftlig behandling": DECISION,  # a written procedure's decision
    "aftalt": DECISION,  # a secretary's note of a chairmanship's phone meeting: "Aftalt: …"
    "beslutning/opfølgning": DECISION, "beslutning og opfølgning": DECISION,  # (a school board's)
    "det talte vi om": CASE_TEXT,  # a board's decision when it has no "Beslutning" (`finish`)
    "resume": "Sammendrag",
    "sagens kerne": "Sammendrag",
    # what the body is to decide, above the case's text: no decision
    "beslutningstema": "Beslutningstema",
    # what the body is to discuss (a theme meeting's questions), above its outcome: no decision
    "drøftelsespunkter": "Drøftelsespunkter", "drøftelsespunkt": "Drøftelsespunkter",
    "drøftelsesspørgsmål": "Drøftelsespunkter", "spørgsmål til drøftelse": "Drøftelsespunkter",
    "resumé": "Sammendrag",
    "kort resumé": "Sammendrag", "kort resume": "Sammendrag",  # (a decision minutes' summary)
    "sagsresumé": "Sammendrag", "sagsresume": "Sammendrag",  # (the case's summary, above it)
    "sammendrag": "Sammendrag",
    "baggrund": "Baggrund",
    "beskrivelse": "Beskrivelse",
    "sagsfremstilling": CASE_TEXT,
    "sagsbeskrivelse": CASE_TEXT,
    "fremstilling": CASE_TEXT,
    "dagsordenstekst": CASE_TEXT,
    "administrationen indstiller": "Indstilling",
    # the staff's recommendation, named in the genitive ("ADMINISTRATIONENS INDSTILLING")
    "administrationens indstilling": "Indstilling", "forvaltningens indstilling": "Indstilling",
    "direktionens indstilling": "Indstilling", "direktørens indstilling": "Indstilling",
    "forvaltningen indstiller": "Indstilling",
    "sagsprocedurer": "Beslutningen træffes af",
    "indstilling": "Indstilling",
    "indstilling og hovedbegrundelser": "Indstilling",  # (København's proposal with its reasons)
    "beslutningspunkter": "Indstilling",
    "forslag til beslutning": "Indstilling",
    "forslag": "Indstilling",  # (a region's heading over "Direktionen indstiller, at …")
    "økonomiske konsekvenser": "Økonomiske konsekvenser og finansiering",
    "økonomiske konsekvenser og finansiering": "Økonomiske konsekvenser og finansiering",
    "økonomi": "Økonomiske konsekvenser og finansiering",
    "økonomi og finansiering": "Økonomiske konsekvenser og finansiering",
    "økonomi og organisatoriske konsekvenser": "Økonomiske konsekvenser og finansiering",
    # (the budget and the staff in one heading: "Økonomi/personaleforhold")
    "økonomi/personaleforhold": "Økonomiske konsekvenser og finansiering",
    "økonomi og personaleforhold": "Økonomiske konsekvenser og finansiering",
    "sagens forløb": HISTORY,
    "sagsforløb": HISTORY,
    "behandlingsforløb": HISTORY, "historik": HISTORY,
    "beslutningshistorik": "Beslutningshistorik",
    "tidligere behandling": "Tidligere behandling",
    "sagens tidligere behandling": "Tidligere behandling",
    "sagens behandling": "Tidligere behandling",  # (its entries: "Økonomiudvalget den …, pkt. 11")
    "tidligere beslutninger": "Tidligere behandling",
    "tidligere behandlinger": "Tidligere behandling",  # (one entry a meeting below it)
    "sagens tidligere behandlinger": "Tidligere behandling",
    "sagen tidligere behandlet": "Tidligere behandling",  # (a heading as a sentence: "Sagen er
    "sagen er tidligere behandlet": "Tidligere behandling",  # tidligere behandlet")
    "tidligere politisk behandling": "Tidligere behandling",  # (a portal's "Tidligere …")
    "bilag": "Bilag",
    "bilagsfortegnelse": "Bilag",
    "bilagsoversigt": "Bilag",
    "direktørpåtegning": "Påtegning",
    "påtegning": "Påtegning",
    "baggrund for sagen": "Baggrund", "beskrivelse af sagen": CASE_TEXT,
    # a written procedure's table of each member's answer to the item ("Tiltræder")
    "svar fra udvalgets medlemmer": "Medlemmernes svar", "medlemmernes svar": "Medlemmernes svar",
    "sagsprocedure": "Beslutningen træffes af",
    "sagsgang": "Beslutningen træffes af",  # (Acadre's "Sagsgang: ØU, KB": the bodies in turn)
    "beslutningen træffes af": "Beslutningen træffes af",
    "beslutningskompetence": "Beslutningen træffes af",
    "kompetence": "Beslutningen træffes af",  # (who decides, the body alone below it)
    "sagen afgøres i": "Beslutningen træffes af",
    "yderligere deltagelse": "Yderligere deltagelse",
    "behandling": "Behandling",  # (this meeting's discussion before its dated decision)
}
# A supplement printed after the section it adds to, when the case came back ("Supplerende
# indstilling", "Supplerende økonomi"): that section again
_CANONICAL |= {f"supplerende {k}": v for k, v in list(_CANONICAL.items()) if v in (
    CASE_TEXT, "Indstilling", "Sammendrag", "Baggrund", "Økonomiske konsekvenser og finansiering")}
CANONICAL_HEADINGS = frozenset(_CANONICAL)
# Headings that are known but have no section of their own: their text is kept under
# `Sagsfremstilling`, headed by the heading, so it is still searched (a member's proposal,
# "Medlemsforslag fra …": the proposer's reasons, then the administration's remarks on it;
# a member's question to the mayor, "Spørgsmål", then the written answer below it).
_CASE_TEXT_HEADINGS = frozenset(
    """lovgrundlag|tidsplan|kommunikation|høring|høringer|øvrige forhold|
    øvrige konsekvenser|retsgrundlag|vurdering|administrationens vurdering|
    konsekvenser|borgerinddragelse|inddragelse|klima|klimakonsekvenser|bæredygtighed|
    miljøvurdering|videre proces|det videre forløb|proces|alternativer|
    kommunikation og høring|personalemæssige konsekvenser|juridiske forhold|
    handicappolitik|udvalgets ansvarsområde|risikovurdering|målgruppe|
    sundhedsmæssige konsekvenser|politisk behandling|miljømæssige konsekvenser|
    børneattest|lovhjemmel|problemstilling|løsning|løsningsforslag|
    yderligere forhold|øvrig information|sagens udfaldsrum|sted og tidspunkt|
    forslagsstillers motivering|motivering|administrationens bemærkninger|
    forvaltningens bemærkninger|habilitet|inhabilitet|spørgsmål|borgmesterens svar|
    svar fra borgmesteren|borgmesterens besvarelse|formandens svar|
    svar fra formanden""".replace("\n", "")
    .replace(" " * 4, "")
    .split("|")
)


RECOMMENDS = ("administrationen indstiller", "forvaltningen indstiller", "direktionen indstiller",
               "direktøren indstiller", "det indstilles")
_UNSPACED = {k.replace(" ", ""): k for k in (*_CANONICAL, *_CASE_TEXT_HEADINGS)}
# a heading typed without Danish letters ("Oekonomi", "Miljoemaessige konsekvenser")
_ASCII_SPELT = {k.translate(_ASCII): k for k in (*_CANONICAL, *_CASE_TEXT_HEADINGS)
                if k.translate(_ASCII) != k}
# the staff's recommendation named by its department ("Teknisk forvaltnings indstilling",
# "Social- og sundhedsforvaltningens indstilling", "Amtsdirektørens indstilling")
_DEPARTMENT_RE = re.compile(r"^(?:[\w-]+ (?:og )?){0,4}[\w-]*(?:forvaltning|administration|"
                            r"direktion|direktør|sekretariat|afdeling)(?:en|et)?s indstilling$")


def spelled_key(key: str) -> str:
    """A lower-cased heading as the known heading it writes another way: without Danish
    letters, or the recommendation under its department's name.

    >>> spelled_key("oekonomi"), spelled_key("teknisk forvaltnings indstilling")
    ('økonomi', 'forvaltningens indstilling')
    >>> spelled_key("udvalgets indstilling")
    'udvalgets indstilling'
    """
    key = _ASCII_SPELT.get(key, key) if key.isascii() else key
    return "forvaltningens indstilling" if _DEPARTMENT_RE.match(key) else key


def section_for(heading: str) -> tuple[str, bool]:
    """`('Beslutning', True)` for "Beslutninger"; an unknown heading → (Sagsfremstilling, False)."""
    if is_earlier_treatments(heading):  # ("Behandling i fagudvalg og Økonomiudvalget")
        return "Tidligere behandling", True
    if is_body_decision(heading):
        return DECISION, True
    key = clean_line(heading).rstrip(":,").strip().lower()
    key = spelled_key(_UNSPACED.get(key.replace(" ", ""), key))  # "Sag sbeskrivelse" (a PDF's
    # spacing), "Oekonomi", "Teknisk forvaltnings indstilling"
    if key in _CANONICAL:
        return _CANONICAL[key], True
    if key.startswith(RECOMMENDS):  # "Administrationen indstiller, at"
        return "Indstilling", True
    # (or in its definite form: "Høringen", "Tidsplanen", "Lovgrundlaget")
    return CASE_TEXT, key in _CASE_TEXT_HEADINGS or _DEFINITE_RE.sub("", key) in _CASE_TEXT_HEADINGS


# The definite article a heading's noun ends with ("høringen", "lovgrundlaget")
_DEFINITE_RE = re.compile(r"(?<=\w\w\w)e[nt]$")


# A section's heading addressed to the body it was written for, with that meeting's day:
# "Supplerende sagsfremstilling til Miljø- og Planudvalget den 04-03-2019" (the text added
# for the committee when the case came back to it): that section, no body's dated decision
_ADDRESSED_RE = re.compile(
    r"^(?P<h>[\w ]{3,50}?)\s+til\s+(?=[A-ZÆØÅ])[^:]{2,80}?(?i:udvalg|udvalget|råd|rådet|"
    r"bestyrelse|bestyrelsen|nævn|nævnet)(?:,?\s+(?:den\s+)?(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|"
    r"\d{1,2}\.\s*[a-zæøå]+\s+\d{4}))?$")


def addressed_section(heading: str) -> str | None:
    """The section a heading addressed to a body names, or None.

    >>> addressed_section("Supplerende sagsfremstilling til Byrådet den 14. juni 2023")
    'Sagsfremstilling'
    >>> addressed_section("Byrådet den 14. juni 2023"), addressed_section("Beslutning til ØU")
    (None, None)
    """
    m = _ADDRESSED_RE.match(clean_line(heading).rstrip(":").strip())
    name = _CANONICAL.get(m["h"].lower()) if m else None
    return name if name and name != DECISION else None


def looks_like_heading(text: str) -> bool:
    """Short, few words, no sentence end: `'Økonomiske konsekvenser'`, not a paragraph."""
    text = text.strip()
    return (len(text) <= 70 and len(text.split()) <= 8 and not text.endswith((".", "!", "?"))
            and not text[:1].isdigit() and not text[:1].islower())


class Sections:
    """Collects an item's text under canonical section names, in reading order."""

    def __init__(self, first: str = CASE_TEXT) -> None:
        self.parts: list[tuple[str, list[str]]] = [(first, [])]
        self.unknown: list[str] = []
        self.printed: dict[int, str] = {}  # (a part's heading as printed, `procedure_name`)

    def heading(self, text: str) -> None:
        """Start a section; a heading without a section of its own heads its text."""
        text = clean_line(text).rstrip(":").strip()
        if not looks_like_heading(text):
            self.add(text)  # a bold paragraph marked up as a heading
            return
        name, known = section_for(text) if text else (CASE_TEXT, True)
        self.parts.append((name, []))
        self.printed[len(self.parts) - 1] = text
        if text and text.lower() not in _CANONICAL and name != DECISION:
            self.parts[-1][1].append(text if text.endswith((",", " at")) else f"{text}:")
            if not known:
                self.unknown.append(text)

    def add(self, text: str) -> None:
        if text.strip():
            self.parts[-1][1].append(text.strip())

    def sections(self) -> list[Section]:
        out = []
        for k, (name, lines) in enumerate(self.parts):
            while lines and lines[-1].endswith(":"):
                lines = lines[:-1]  # a heading or a label with nothing after it
            if lines:
                text = "\n".join(lines)
                out.append(Section(procedure_name(name, self.printed.get(k, ""), text), text))
        return out


# --- committee (the municipality a file names is `municipality`'s) --------------------

_MEETING_KIND_RE = re.compile(
    r"\s*(?:[-–,:|]\s*|\()(?:ekstraordinært|ordinært|konstituerende)\s+møde\)?$", re.I)
# A letterhead naming the body in its municipality: "INTEGRATIONSRÅDET I SKOVLUND
# KOMMUNE", "Ældrerådet i Faxe Kommune" (the body; the municipality is the meeting's own)
BODY_IN_MUNICIPALITY_RE = re.compile(
    r"^(?P<b>\S.*?(?:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen|nævn|nævnet))"
    r"\s+i\s+[\wæøå-]+\s+kommune$", re.IGNORECASE)


# A meeting named by its body in one compound: "Ungerådsmøde", "BESTYRELSESMØDE" (the
# body in its definite form: "Ungerådet", "Bestyrelsen"), a short date after it or not
# ("Ungdomsrådsmøde 4/11", as a page's title names its meeting)
# (in lower case after the kind, with the place it is the body of: "Referat –
# skolebestyrelsesmøde, Løsning Skole" → "Skolebestyrelsen, Løsning Skole")
_BODY_MEETING_RE = re.compile(r"^((?:[A-ZÆØÅa-zæøå][\wæøå-]*?)?(?i:(råd|udvalg|nævn|bestyrelse)))"
                              r"(?i:s?møde)"
                              r"(?:\s+\d{1,2}/\d{1,2}(?:[-/](?:19|20)?\d\d)?)?"
                              r"(?P<of>,\s+[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*){0,3})?$")
_SHARED_PART_RE = re.compile(r"(?<=\w) - (?=(?:og|eller)\s)", re.IGNORECASE)
_DEFINITE = {"råd": "et", "udvalg": "et", "nævn": "et", "bestyrelse": "n"}


# A log's title before the body: "Beslutningslog 2024 - Skolebestyrelsen ved Ålykke Skole"
_LOG_TITLE_RE = re.compile(r"^(?:beslutnings(?:log|oversigt|protokol)|referatlog|mødelog)"
                           r"(?:\s+(?:19|20)\d\d(?:\s*[-/]\s*(?:19|20)?\d\d)?)?\s*[-–—:|]\s+"
                           r"(?=[A-ZÆØÅ])", re.IGNORECASE)


def committee_name(raw: str) -> str:
    """`'Byråd 2022-2025'` → `'Byrådet'`; an election period suffix is dropped, and the
    kind of meeting ("Økonomiudvalget - ekstraordinært møde").

    >>> committee_name("Økonomiudvalget - ekstraordinært møde"), committee_name("BYRÅDET")
    ('Økonomiudvalget', 'Byrådet')
    >>> committee_name("Thisted Kommune Byrådet"), committee_name("ESBJERG KOMMUNE Byrådet")
    ('Byrådet', 'Byrådet')
    >>> committee_name("INTEGRATIONSRÅDET I SKOVLUND KOMMUNE"), committee_name("Ungerådsmøde")
    ('Integrationsrådet', 'Ungerådet')
    >>> committee_name("Ungdomsrådsmøde 4/11")
    'Ungdomsrådet'

    """
    name = clean_line(raw).lstrip("#*–—-· ")  # ("– Kultur- og Fritidsudvalget" after a logo)
    name = name.rstrip("*_ ")  # (the closing mark of "**Teknik- og Miljøudvalget**")
    name = re.sub(r"\s*\(?\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\)?$", "", name).strip()
    # "Økonomiudvalget - ekstraordinært møde": the kind of meeting is not the body's name
    name = _MEETING_KIND_RE.sub("", name).strip() or name
    name = re.sub(r"(?:,|\s[–—-])\s*[A-ZÆØÅ][\wæøå-]+\s+Kommune$", "", name)  # ", Morsø Kommune"
    name = re.sub(r"\s+(?:https?://|www\.)\S+$", "", name)  # (a header's "www.svendborg.dk")
    name = m.group("b") if (m := BODY_IN_MUNICIPALITY_RE.match(name)) else name
    name = _LOG_TITLE_RE.sub("", name)  # ("Beslutningslog 2024 - Skolebestyrelsen …")
    if m := _BODY_MEETING_RE.match(name):  # "Ungerådsmøde" → "Ungerådet"
        body = from_capitals(m.group(1)) if m.group(1).isupper() else m.group(1)
        name = body[0].upper() + body[1:] + _DEFINITE[m.group(2).lower()] + (m["of"] or "")
    # "Haderslev Kommune – Børne- og Familieudvalget" (a page header's letterhead first)
    # ("Thisted Kommune Byrådet": the logo's cell and the committee's, one space apart)
    name = re.sub(r"^[A-ZÆØÅ][\wæøå-]+\s+(?:Kommune|Regionskommune|KOMMUNE|REGIONSKOMMUNE)"
                  r"\s*(?:[–—:|-]\s+|\s)(?=[A-ZÆØÅ])", "", name)
    name = _SHARED_PART_RE.sub("- ", name)  # ("KULTUR - OG FRITIDSUDVALGET", letter-spaced)
    name = from_capitals(name) if name.isupper() and len(name) > 4 else name  # "BYRÅDET"
    # ("Aarhus Byråd": the town's council is its Byrådet)
    name = re.sub(r"^[A-ZÆØÅ][\wæøå-]+\s+(Byråd|Kommunalbestyrelse)$", r"\1", name)
    return {"Byråd": "Byrådet", "Kommunalbestyrelse": "Kommunalbestyrelsen"}.get(name, name)


# --- item numbers, closed items -------------------------------------------------------

_NUMBER_RE = re.compile(r"^\s*(?:punkt|pkt\.?)?\s*(\d{1,5})\s*[.):]?\s*$", re.IGNORECASE)


def item_number(value: object) -> int | None:
    """An item number as systems write it: `3`, `"3"`, `" 3. "`, `"Punkt 3"`; else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    m = _NUMBER_RE.match(str(value))
    return int(m.group(1)) if m else None


class ParseError(ValueError):
    """The file is not minutes we can read; the message is Danish and user-facing."""

"""An item's section headings in plain text and markdown, and the sections that some
templates write differently:

* a side heading: the section's name in a left column and its text beside it, which
  `pdftotext -layout` prints on one line, many spaces apart ("Beslutning     Godkendt."),
  not a table's head row of figures beside a heading's word ("Forslag    2026    2027");
* one section for recommendation and decision ("Indstilling og beslutning"): the
  recommendation ("… indstiller, at …" with its "at"-points) comes first, the decision
  after it;
* a decision without a heading of its own: older minutes end the recommendation with the
  outcome alone ("Tiltrådt."), others with what the body did ("Udvalget besluttede, …").
"""

from __future__ import annotations

import re

from referat.domain import AgendaItem, Section, Treatment

from .common import (
    CANONICAL_HEADINGS,
    EARLIER,
    RECOMMENDS,
    addressed_section,
    is_body_decision,
    is_earlier_treatments,
    is_recommendation,
    section_for,
    spelled_key,
)
from .dated import dated_decision
from .decision_parts import decision_part
from .draft_marks import draft_decision
from .text_header import clean_heading

_SECTION_ALIASES = {
    "beskrivelse": "Beskrivelse",
    "tidligere behandling": "Tidligere behandling",
    "tidligere beslutning": "Tidligere behandling",
    "tidligere behandlet": "Tidligere behandling",  # (a heading of its own: "### Tidligere …")
    "sammendrag": "Sammendrag",
    "sagen kort": "Sammendrag",  # (a news page's digest: the matter in brief)
    "summary in english": "Sammendrag",  # (an English summary under each item)
    "english summary": "Sammendrag",
    "baggrund": "Baggrund",
    "sagsfremstilling": "Sagsfremstilling",
    "yderligere deltagelse": "Yderligere deltagelse",
    "yderligere deltagelse på mødet": "Yderligere deltagelse",
    "økonomiske konsekvenser og finansiering": "Økonomiske konsekvenser og finansiering",
    "økonomiske konsekvenser": "Økonomiske konsekvenser og finansiering",
    "bilag": "Bilag",
    "beslutningen træffes af": "Beslutningen træffes af",
    "indstilling": "Indstilling",
    "beslutning": "Beslutning",
    "sagens forløb": "Sagens forløb",
    "beslutningshistorik": "Beslutningshistorik",
    "indhold": "Indhold",
    "ansvarlig": "Ansvarlig",  # an action list's columns (`word_tables`): who, and by when
    "frist": "Frist",
}
# A protocol's labels that are labels only with their colon: the decision naming the outcome
# ("Vedtaget:", "Resultat:", "Opfølgning:" over an action table), the discussion above it
# ("Drøftelse:"; a heading "Drøftelse" in the case text tells what the body is to discuss)
COLON_LABELS = {"vedtaget": "Beslutning", "resultat": "Beslutning", "drøftelse": "Behandling",
                "opfølgning": "Beslutning"}
# One heading for the recommendation and the decision below it.
COMBINED = "Indstilling og beslutning"
_COMBINED_RE = re.compile(r"^(?:indstilling|forslag)\s*(?:og|/|&)\s*beslutning$", re.IGNORECASE)
# The earlier meeting's date after a history heading: "Tidligere beslutning (03.12.2024)"
_DATED_HISTORY_RE = re.compile(r"(?<=^tidligere beslutning)\s*\(\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\)$")


def section_name(line: str) -> str | None:
    """`'### **Beslutning**'` → `'Beslutning'`; `None` if the line is no known heading."""
    heading = clean_heading(line)
    if heading[:1].islower():  # a wrapped line's last word ("… træffes lokalpolitisk\nbeslutning")
        return None
    key = _DATED_HISTORY_RE.sub("", heading.lower())  # ("Tidligere beslutning (03.12.2024)")
    key = spelled_key(key)  # ("Oekonomi", "Teknisk forvaltnings indstilling")
    if key in _SECTION_ALIASES:
        return _SECTION_ALIASES[key]
    # "Økonomiudvalgets anbefaling", "Behandling i fagudvalg og Økonomiudvalget": earlier
    if is_recommendation(heading) or is_earlier_treatments(heading):  # treatments
        return "Tidligere behandling"
    if addressed := addressed_section(heading):  # ("Supplerende sagsfremstilling til …")
        return addressed
    if key in COLON_LABELS and line.strip().strip("*_ ").endswith(":"):
        return COLON_LABELS[key]  # ("Vedtaget:" above the decision; "Vedtaget" alone is one)
    if decision_part(heading) or draft_decision(heading):  # "Beslutning del 1", "… Foreløbig"
        return "Beslutning"
    if _COMBINED_RE.match(key):
        return COMBINED
    if is_body_decision(heading) or (heading.isupper() and is_body_decision(
            heading.capitalize())):  # "Udvalgets beslutning", "UDVALGETS BESLUTNING"
        return "Beslutning"
    name, known = section_for(key)
    return name if known and key in CANONICAL_HEADINGS else None


def case_text_heading(line: str) -> str | None:
    """A known heading without a section of its own, alone on its line ("PROBLEMSTILLING",
    "Videre proces"): its text belongs to the case text, not to the section above it (a
    decision printed first, as eDoc does). The heading as written, or None."""
    heading = clean_heading(line)
    if not heading[:1].isupper() or len(heading) > 60:
        return None
    name, known = section_for(heading.lower())
    return heading if known and name == "Sagsfremstilling" and heading.lower() not in (
        CANONICAL_HEADINGS) else None


def heading_between(line: str, above: list[str]) -> str | None:
    """A known case-text heading ("Lovgrundlag", "Miljøvurdering", "Høring") on a line of
    its own between two paragraphs, as a PDF's text layer prints a heading in the case
    text: the line right above ends its sentence, or its paragraph a third as long as a
    line of it (a proposal's signature, "Ida Lund, SF"). The heading as written
    with its colon ("Lovgrundlag:"), or None – a sentence opening with the word
    ("Høring af naboerne …") or a wrapped line's last word is no heading.

    >>> heading_between("Vurdering", ["Jeg håber på jeres støtte til dette forslag, som …",
    ...                               "Ida Lund, SF"]), heading_between("Vurdering", ["Det"])
    ('Vurdering:', None)
    """
    last = above[-1].strip() if above else ""
    if not last or not last.endswith((".", "!", "?", ":", ")", "…")) and not (  # (… "Vis
            3 * len(last) <= max(len(b.strip()) for b in above)):  # mere"; a signature)
        return None  # (after a blank line the heading stands apart already)
    known = case_text_heading(line)
    return f"{written_heading(known)}:" if known else None


def written_heading(known: str) -> str:
    """A heading as the text names it, an upper-case one capitalised ("PROBLEMSTILLING"
    → "Problemstilling")."""
    return f"{known[:1]}{known[1:].lower() if known.isupper() else known[1:]}"


def case_text_part(known: str, named: list[str]) -> tuple[str, list[str]]:
    """The section a known case-text heading alone on its line opens below another
    section ("Økonomi" / "Høring"), and the line its text opens with: the case text
    again, headed by it ("Høring:"), or – when the item has its case text already (the
    `named` sections) – a section of its own, named as written, so that an item holds one
    "Sagsfremstilling".

    >>> case_text_part("PROBLEMSTILLING", ["Beslutning"])
    ('Sagsfremstilling', ['Problemstilling:'])
    >>> case_text_part("Høring", ["Sagsfremstilling", "Økonomiske konsekvenser og finansiering"])
    ('Høring', [])
    """
    if "Sagsfremstilling" in named:
        return written_heading(known), []
    return "Sagsfremstilling", [f"{written_heading(known)}:"]


_SIDE_RE = re.compile(r"^(\S.{1,40}?)\s{3,}(?![-÷(]?\d[\d.,]*\)?(?:\s+[-÷(]?\d[\d.,]*\)?)+$)"
                      r"(\S.*)$")


def side_heading(line: str) -> tuple[str, str] | None:
    """`('Beslutning', 'Godkendt.')` for a section name and its text's first line printed
    side by side, many spaces apart; None for any other line."""
    m = _SIDE_RE.match(line.strip())
    if not m or not (name := section_name(m.group(1))):
        return None
    return name, m.group(2)


def tight_heading(line: str) -> tuple[str, str] | None:
    """A section name and its text one space apart, as a table printed to PDF leaves them
    ("Beslutning Godkendt.", "Indstilling Administrationen indstiller, …"): the name's
    one to three words, then a capital, a figure or a list's bullet ("Økonomi 2,4 mio. kr.
    …", "Bilag 1. Tilbudsoversigt", "Bilag • Notat"). Only for a document whose items all
    look so (`tight_layout`): in prose, "Beslutning Ballerup …" would be a sentence."""
    words = line.strip().split(" ")
    for n in (1, 2, 3):
        if len(words) > n and (words[n][:1].isupper() or words[n][:1] in "0123456789•▪") and (
                name := section_name(" ".join(words[:n]))):
            return name, " ".join(words[n:])
    return None


# A label and its value: "Beslutningskompetence: Byrådet" (the label's one to three words)
_LABEL_ROW_RE = re.compile(r"^[^\s:]+(?: [^\s:]+){0,2}:\s")


def tight_layout(lines: list[str]) -> bool:
    """Do three or more lines open with a section name and its text one space apart, of
    two or more section names ("Beslutning Godkendt.", "Indstilling Administrationen …")?
    An earlier body's dated decision heading is a heading of its own, no name and text
    ("Beslutning Økonomiudvalget den 27-01-2025" over each of a print's earlier decisions,
    where a list of "Bilag 1: …" would make the layout look tight). Label rows count only
    where the decisions stand so too ("Beslutning: Godkendt."): an item's facts as labels,
    "Beslutningskompetence: Byrådet", over sections headed apart say no such layout."""
    found = [(h[0], bool(_LABEL_ROW_RE.match(ln.strip()))) for ln in lines if (
        h := tight_heading(ln)) and not (len(ln) < 160 and dated_decision(ln.strip()))]
    labelled = ("Beslutning", True) in found
    names = [name for name, label in found if labelled or not label]
    return len(names) >= 3 and len(set(names)) >= 2


_RECOMMENDS_RE = re.compile(rf"\bindstiller\b|^(?:{'|'.join(RECOMMENDS)})", re.IGNORECASE)
# A recommendation's points: "- at …", "• at …", "at …", "1. at …", "a) at …"
_AT_POINT_RE = re.compile(r"^(?:[-•–▪*]\s*|\d{1,2}[.)]\s*|[a-z][.)]\s*)?at\s", re.IGNORECASE)


def split_combined(lines: list[str]) -> tuple[list[str], list[str]]:
    """The recommendation and the decision of one "Indstilling og beslutning" section.

    >>> split_combined(["Direktøren indstiller,", "- at puljen fordeles.", "",
    ...                 "Indstillingen godkendt."])
    (['Direktøren indstiller,', '- at puljen fordeles.'], ['', 'Indstillingen godkendt.'])
    >>> split_combined(["Godkendt."])
    ([], ['Godkendt.'])
    """
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    if not filled or not _RECOMMENDS_RE.search(lines[filled[0]]):
        return [], lines
    end = filled[0] + 1
    for k in filled[1:]:
        s, prev = lines[k].strip(), lines[end - 1].strip() or lines[filled[0]].strip()
        if _AT_POINT_RE.match(s) or not prev.endswith((".", "!", "?")) and k == end:
            end = k + 1
            continue
        break
    return lines[:end], lines[end:]


# The whole decision in a word or two, as older minutes end a recommendation with it.
_OUTCOME_RE = re.compile(
    r"^(?:indstillingen\s+)?(?:tiltrådt|tiltrædes|anbefales|anbefalet|godkendt|godkendes|"
    r"vedtaget|vedtages|(?:taget |tages )?til (?:efterretning|orientering)|udsat|udsættes|"
    r"afvist|afvises|oversendes(?:\s+til\s+\S+(?:\s+\S+)?)?|ikke tiltrådt|ikke godkendt)"
    r"(?:\s+(?:som indstillet|uden bemærkninger|enstemmigt))?\.$", re.IGNORECASE)


def is_outcome(text: str) -> bool:
    """Whether `text` is only an outcome in a word or two ("Taget til efterretning.")."""
    return bool(_OUTCOME_RE.match(text.strip()))


def bare_outcome(text: str) -> tuple[str, str] | None:
    """The text before and the outcome of a section that ends with a paragraph that is
    only an outcome ("Tiltrådt."), after a text of its own; None otherwise.

    >>> bare_outcome("Borgmesteren indstiller, at planen vedtages.\\n\\nTiltrådt.")
    ('Borgmesteren indstiller, at planen vedtages.', 'Tiltrådt.')
    >>> bare_outcome("Planen er godkendt.") is None
    True
    """
    head, sep, last = text.rpartition("\n\n")
    if not sep or not head.strip() or not is_outcome(last):
        return None
    return head.rstrip(), last.strip()


Parts = list[tuple[str, list[str], Treatment | None]]


def split_sections(sections: Parts) -> Parts:
    """"Indstilling og beslutning": the recommendation and the decision below it."""
    out: Parts = []
    for name, lines, treatment in sections:
        if name != COMBINED:
            out.append((name, lines, treatment))
            continue
        recommendation, decision = split_combined(lines)
        if any(ln.strip() for ln in recommendation):
            out.append(("Indstilling", recommendation, None))
        out.append(("Beslutning", decision, None))
    return out


def bare_decision(item: AgendaItem) -> None:
    """An item without a decision heading whose recommendation ends with the outcome
    alone ("Tiltrådt."): that paragraph is the decision."""
    if item.decision or not item.sections or item.sections[-1].name != "Indstilling":
        return
    if found := bare_outcome(item.sections[-1].text):
        item.sections[-1].text = found[0]
        item.sections.append(Section("Beslutning", found[1]))


# The body saying what it did, as a paragraph of its own opens ("Udvalget besluttede at
# …", "Plan- og Boligudvalget besluttede, at …", "Rådet tog orienteringen til
# efterretning."): the past tense, so that a recommendation's "Udvalget godkender" is none;
# or in the passive, as a typist's minutes record it ("Sagen blev udsat, idet …",
# "Orienteringen blev taget til efterretning."), not an earlier meeting's ("Sagen blev
# udsat på udvalgets møde den 3/9 1997": the case's history)
_ACTIVE_RE = re.compile(
    r"^(?=[A-ZÆØÅ])[\w ,-]{0,60}?(?i:udvalget|rådet|bestyrelsen|nævnet|magistraten),?\s+"
    r"(?:besluttede|vedtog|godkendte|tiltrådte|anbefalede|afviste|udsatte|fulgte|"
    r"tog\s(?:[\w-]+\s){0,3}?til\s+efterretning)\b")
_SAID_RE = re.compile(_ACTIVE_RE.pattern + r"|^[A-ZÆØÅ][a-zæøå]+(?:en|et|erne|ne)\s+blev\s+(?:"
                      r"taget\s+til\s+efterretning|udsat|godkendt|vedtaget|tiltrådt|anbefalet|"
                      r"afvist)\b(?![^.]{0,60}\b(?:på|i|ved)\s[^.]{0,30}møde)")
_SENTENCE_GAP_RE = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÆØÅ])")


def said_line(line: str) -> bool:
    """A line in which the body says what it did ("Udvalget besluttede at …")."""
    return bool(_SAID_RE.match(line.strip()))


def _said_decision(item: AgendaItem) -> bool:
    """Split the item's recommendation at the first line after its first sentence in
    which the body says what it did: that line and all below it (the vote lines) are the
    decision. An item without a recommendation is read so in its own text, the free-form
    minutes of a small council ("… mangler ledelinjer." / "Rådet besluttede at sende en
    henvendelse …"). Whether one was found."""
    names = [s.name for s in item.sections]
    at = names.index("Indstilling") if "Indstilling" in names else (
        len(names) - 1 if names and names[-1] in _SAID_IN else None)
    if at is None:
        return False
    if item.sections[at].name == "Beskrivelse":  # (its paragraphs may be joined: any sentence)
        text = item.sections[at].text
        # (a text that opens with what was done is the record: "Byrådet vedtog budgettet.
        # … Budgettet blev vedtaget med 21 stemmer …" a newsletter's)
        said = _ACTIVE_RE if _SAID_RE.match(text) else _SAID_RE
        k = next((m.end() for m in _SENTENCE_GAP_RE.finditer(text) if said.match(
            text[m.end():])), None)
        if k is not None:
            item.sections[at].text = text[:k].rstrip()
            item.sections.insert(at + 1, Section("Beslutning", text[k:].strip()))
        return k is not None
    lines = item.sections[at].text.split("\n")
    quoted = at > 0 and names[at - 1] == EARLIER  # (its own text below a quote: from its top)
    for k in range(0 if quoted else 1, len(lines)):
        before = "\n".join(lines[:k]).rstrip()
        if (not k or before.endswith((".", "!", "?", ":"))) and _SAID_RE.match(
                lines[k].strip()) and not (
                item.sections[at].name == EARLIER and before.endswith(":")):
            item.sections[at].text = before
            said = "\n".join(lines[k:]).strip()
            item.sections.insert(at + 1, Section("Beslutning", said))
            item.sections = [s for s in item.sections if s.text]
            for entry in item.history:  # (the quoted treatment ends above it)
                entry.text = entry.text.split(said)[0].rstrip()
            return True
    return False


# The sections below which the body says what it did when no recommendation is printed:
# the case's text, or a quoted earlier treatment ("Teknisk Udvalg 7/5 2001, pkt. 2:" /
# "Teknisk Udvalg anbefaler …" / "Økonomiudvalget besluttede at tiltræde …"), whose quote
# is the paragraph right under its dated heading
_SAID_IN = ("Beskrivelse", "Sagsfremstilling", EARLIER)


def said_decisions(items: list[AgendaItem]) -> None:
    """Minutes that head no decision at all: below each item's recommendation the body
    says in a paragraph of its own what it did ("Udvalget besluttede, at købet
    anbefales …", "Udvalget tog orienteringen til efterretning."), which is the item's
    decision with the vote lines under it. In such minutes an item with only a text of its
    own ("Eventuelt", the agenda's approval) holds its record, the decision. Minutes with
    any labelled decision are left as they are."""
    if any(i.decision for i in items):
        return
    found = [_said_decision(item) for item in items]  # (each item's own, then the rest)
    if not any(found):
        return
    for item in items:
        if [s.name for s in item.sections] == ["Beskrivelse"]:
            item.sections[0].name = "Beslutning"


# The opening item that approves the agenda (or the last meeting's minutes)
_APPROVAL_TITLE_RE = re.compile(  # (also last: "Valg af ordstyrer og godkendelse af dagsorden")
    r"^(.{0,40}\bog\s+)?(?:godkendelse\s+af\s+(?:dagsorden|referat)|approval\s+of\s+(?:the\s+)?(?:agenda|minutes))",
    re.IGNORECASE)
_APPROVED_RE = re.compile(r"\b(?:godkendt|godkendes|approved|adopted)\b", re.IGNORECASE)
_NEXT_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
_SHORT_SENTENCE = 200


def approval_decision(item: AgendaItem) -> None:
    """An opening "Godkendelse af dagsorden" whose only text is one short sentence
    saying it was approved ("Dagsordenen blev godkendt med den tilføjelse, at Eventuelt
    flyttes frem."): that sentence is the decision, printed without its heading as a
    board's minutes do. Any other item as it is."""
    title = _APPROVAL_TITLE_RE.match(item.title)
    if [s.name for s in item.sections] != ["Beskrivelse"] or not title:
        return
    text = item.sections[0].text.strip()
    # a sentence an act: "Valg af ordstyrer og godkendelse af dagsorden" / "Bo valgt. Godkendt."
    sentences = _NEXT_SENTENCE_RE.split(text)
    acts = 2 if title.group(1) else 1
    if len(text) <= _SHORT_SENTENCE and len(sentences) <= acts and _APPROVED_RE.search(
            sentences[-1]):
        item.sections[0].name = "Beslutning"


def parts_with_sections(body: list[str], sub_rx: re.Pattern) -> bool:
    """Whether the item's "3.1 …", "3.2 …" lines are parts of it, each with sections of
    its own (a heading after each), not numbered paragraphs of one section ("3.1 Model A"
    / text / "3.2 Model B" / text / "Indstilling")."""
    at = [i for i, ln in enumerate(body) if (m := sub_rx.match(ln.strip())) and m["c"]]
    ends = at[1:] + [len(body)]
    return bool(at) and all(any(section_name(ln.strip()) for ln in body[i + 1:e])
                            for i, e in zip(at, ends, strict=True))

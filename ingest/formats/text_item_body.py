"""One agenda item of minutes read as text: its heading's title, case number and closed
mark, and its lines into sections by name (`Beskrivelse`, `Indstilling`, `Beslutning` …),
with an earlier body's dated decision kept apart as the item's history (`Treatment`s).

`text.parse_minutes` finds where the items start and end; this module reads each one.
"""

from __future__ import annotations

import re
from datetime import date

from referat.danish import danish_date
from referat.domain import PROTOCOL_SECTION, AgendaItem, Section, Treatment

from .absence_trailer import absence_block, absence_line
from .body_lines import per_body
from .body_treatments import treated, treatment_or_decision, undated_history
from .bullet_headings import unbulleted_headings
from .closed_marks import MINUTE_NOTE_RE, OPEN_MARK_RE, closed_title, closes, mark_line
from .common import EARLIER, HISTORY
from .dash_labels import dashed_label
from .dated import (
    dated_decision,
    dated_with_text,
    decision_body,
    joint_member,
    other_body,
    recommending_body,
    under_decision,
)
from .dated_rows import dated_rows
from .decision_parts import decision_part, joint_decision
from .earlier_entries import unquoted
from .head_cells import head_cells
from .head_fields import head_fields
from .history_notes import history_notes, label_only
from .history_table import history_row_lines, history_table
from .item_text import (
    BARE_CASE_RE,
    CASE_NUMBER_RE,
    GLUED_HEADING_RE,
    case_first,
    fact_row,
    row_case,
)
from .labels import heading_label
from .pasted_blocks import contents_only, pasted_spans
from .pdf_bullets import bullet_lines
from .political_treatment import political_decision
from .quote_end import quote_end
from .reference_lines import REFERENCES, is_reference
from .run_in_labels import run_in_label
from .stacked_figures import figure_rows
from .stacked_labels import paired_labels
from .text_header import clean_heading, participants_from_list
from .text_items import JOURNAL_RE, ItemStart
from .text_layout import clean_markdown, fix_glued_markers, reflow
from .text_sections import (
    bare_decision,
    case_text_heading,
    case_text_part,
    heading_between,
    parts_with_sections,
    section_name,
    side_heading,
    split_sections,
    tight_heading,
)
from .title_case import title_case
from .told_history import told_history, told_treatments
from .treatment_labels import labelled_treatments
from .type_bands import without_type_word

DOC_NUMBER_RE = re.compile(r"^(?:dok\.?\s?nr|dokumentnr)\.?\s*:", re.IGNORECASE)
_NOISE_LINES = {"slet denne tekst"}
# A case number's label alone on its line, the number below it
_CASE_LABEL_RE = re.compile(
    r"^(?:journalnummer|journalnr\.?|j\.\s?nr\.?|sagsnummer|sagsnr\.?)\s*:?$", re.IGNORECASE)
# A field left to fill in on the printed page: "Formandens initialer: ______"
_FORM_FIELD_RE = re.compile(r"^[\w .,]{2,40}:\s*_{3,}\s*$")
# A line under the title saying whether the item is public: "Åben sag", "Åbent", "Lukket sag"
_LABEL_LINE_RE = re.compile(r"^[\w .]{2,30}:\s*\S{0,40}$")  # "Sagsid.: 24/1012", "Initialer: ABC"
_BOLD_LINE_RE = re.compile(r"(\*\*|__)[^*_]{2,60}\1:?")  # "**Beslutning**" alone on its line
# "Protokoltilførsel" (or "Mindretalsudtalelse") over a member's words: part of the
# decision, its own paragraph (`protocol_entry`)
_ENTERED_RE = re.compile(r"^\W*(?:protokoltilførsel\w*|tilførsel til protokollen|"
                         r"(?P<m>mindretalsudtalelse))\W*$", re.IGNORECASE)

# What separates a case number from the item's open/closed mark on its line ("·", "|")
_MARK_SEPARATORS = " \t·•|–—-,;"
# the open/closed mark before the case number on the item's facts line
_LEAD_MARK_RE = re.compile(
    r"^(åben|åbent|lukket)(?:\s+(?:sag|punkt|dagsordenspunkt))?(?:\s*[·•|–—,;-]\s*|\s+)",
    re.IGNORECASE)  # (a page's badge and case span side by side: "Lukket punkt Sagsnr. 25/1")
# the status ending an item's fact row, after case number and officer (no "Delvist lukket")
_STATUS_TAIL_RE = re.compile(r"(?<!lvis)(?<!lvist)\s((?:åben|åbent|lukket)\s+(?:punkt|sag))$", re.I)
# Sections that never hold the decision (a "Politisk behandling" in the case text may)
_PROPOSED = frozenset(("Indstilling", "Økonomiske konsekvenser og finansiering", "Bilag"))
# Sections a known heading without a section of its own ("Målgruppe") goes on inside
_CASE_PARTS = frozenset(("Sagsfremstilling", "Beskrivelse", "Baggrund", "Sammendrag"))
# ... and those a recommendation run into its paragraph ends (`run_in_labels`)
_OPEN_TO_PROPOSAL = _CASE_PARTS | {"Økonomiske konsekvenser og finansiering"}
_BEFORE_DECISION = frozenset(("Indstilling", "Behandling"))  # (… and a decision run in)

# "Ref.: Godkendt.", "Referat: Taget til efterretning." (not a link alone: "[Mødet 27/1](…)")
_NOTE_TEXT_RE = re.compile(r"^(?:Referat|Ref\.)\s*:\s*(?!\[[^\]]*\]\([^)]*\)\s*$)(\S.*)$", re.I)
# What "Referat:" heads in minutes whose items have a "Beslutning" of their own after it
DISCUSSION = "Referat"

_OWN_TEXT = ("Beskrivelse", "Sagsfremstilling")  # the case's own text's headings
_HISTORY_HEADS = (HISTORY, "Tidligere behandling")  # the case history's own headings
# ... and its field, its entries on the label's line ("Tidligere behandlet: ØU 01.10.2019, pkt. 4")
_HISTORY_FIELD_RE = re.compile(r"^(?:tidligere|tidl\.)\s+behandlet\s*:\s*(?P<v>\S.*)$",
                               re.IGNORECASE)


def parse_item(
    start: ItemStart, body: list[str], markdown: bool, meeting_date: date, tight: bool = False,
    committee: str = "", discussed: bool = False, resumed: frozenset[date] = frozenset(),
) -> tuple[AgendaItem, str | None]:
    """The item that starts at `start` with its `body` lines, and the web page's address
    its text names ("Source URL: …"), if any. A dated decision heading of another day
    or body (`meeting_date`, `committee`) opens history, not this meeting's decision
    (a day the meeting was `resumed` on is this meeting's);
    "Referat:" heads the decision, or (`discussed`) the discussion before it."""
    closed, title = closed_title(clean_heading(start.title))
    if closed and title[:1].islower():  # "Lukket punkt – elevsag": the title's own word
        title = title[:1].upper() + title[1:]
    title, case_number = title_case(title)  # "… (sagsnr. 23/19877)", "23/38817 Title"
    if case_number and not closed:  # "24/06120 – Lukket punkt: Title"
        closed, title = closed_title(title)
    body = without_type_word(body)  # ("Beslutning" / "Sagsnr.: …": the band's item type)
    body, marked = head_fields(body)  # a sidebar's "Sagsansvarlig" / "Lone Dahl" / "Status" …
    if not markdown:  # a table's labels, then its values ("Sagsnr." / "Beslutning" / …)
        body = unbulleted_headings(body, lambda h: section_name(h) or dated_decision(h))
        body = history_row_lines(history_table(head_cells(body, section_name)))  # (a row a line)
        body = dated_rows(body)  # ("Økonomiudvalget" / "18.06.2018": a side label's two lines)
        body = paired_labels(body, lambda s: bool(section_name(s) or _CASE_LABEL_RE.match(s)))
    body, noted = history_notes(body, meeting_date)  # ("Tidligere behandlet: Byrådet …, pkt. 11")
    noted += told_history(body, committee) + told_treatments(body, committee)  # (… pkt. 3")
    item = AgendaItem(number=start.number, title=title, closed=closed or marked,
                      journal_number=case_number, history=noted)
    source_url = None
    current: str | None = "Beskrivelse"
    buf: list[str] = []
    sections: list[tuple[str, list[str], Treatment | None]] = []
    earlier: Treatment | None = None  # the earlier decision being read

    note = None  # "Ref.: Godkendt.": the minutes' note with its text
    sub_label = [""]  # the sub-item being read, if any
    subs: list[str] = []  # every sub-item's label, in order
    case_label = [False]  # a case number's label on a line of its own was just read
    listed = [False]  # the earlier decision being read is an entry under a history heading
    wrapped = [False]  # the history field's entry goes on on the line below

    def flush() -> None:
        # (a contents list alone under "Indhold" is the meeting's own, after its last item;
        # "Tidligere behandlet:" alone over the dated history is no text)
        if current and not (current == "Indhold" and contents_only(buf)) and any(
                b.strip() for b in buf) and not label_only(buf):
            lines = [b for b in (sub_label[0], body_label[0]) if b] + buf
            sections.append((current, lines, earlier))
        buf.clear()
        body_label[0] = ""

    body_label = [""]  # the body whose decision or proposal the heading names

    # "3a. Title", "Pkt. 3a Title" (a supplementary item), "3.1 Title" (a part of one),
    # and a markdown heading under the item's own that gives the letter only ("### a) …")
    n = start.number
    sub_rx = re.compile(rf"^(?:#{{1,6}}\s*)?(?:{n}\s?(?P<a>[a-z])[.)]|(?:Pkt\.?|Punkt|Sag)\s*{n}"
                        rf"(?P<b>[a-z])[.:]?|{n}\.(?P<c>\d{{1,2}})\.?(?=\s+[A-ZÆØÅ])|"
                        r"(?<=#\s)(?P<d>[a-z])\)(?=\s+[A-ZÆØÅ]))\s+(?P<t>\S.*)$")
    parts = parts_with_sections(body, sub_rx)
    body = labelled_treatments(body)  # ("Byrådet, 05-02-2019" / "Beslutning: Udsat.")
    body, pasted, excerpted = pasted_spans(body)  # (a report's contents, another body's excerpt)
    body, item.absentees = absence_block(body)  # ("Fraværende" / "X (F), Y": the item's end)
    item.history.extend(excerpted)
    for k, raw in enumerate(body):
        if k in pasted:  # its headings are the pasted document's: text of the section read
            buf.append(raw)
            continue
        s = raw.strip()
        if wrapped[0] and s and not s[:1].isupper():  # the field's entry wrapped below it
            sections[-1][1].append(s)  # ("… pkt. 27 -" / "administrationen bedt om …")
            continue
        wrapped[0] = False
        if (sub := sub_rx.match(s)) and (not markdown or s.startswith("#")) and (
                sub["c"] is None or parts):
            # a sub-item ("3a. Ansøgning fra …"): its sections join the item's, each
            # paragraph opened by the sub-item's label
            flush()
            current, earlier = "Beskrivelse", None
            part = f"{n}{sub['a'] or sub['b'] or sub['d']}." if sub["c"] is None else (
                f"{n}.{sub['c']}")
            sub_label[0] = f"{part} {sub['t'].strip()}:"
            subs.append(sub_label[0])
            continue
        first_line = not item.journal_number and not sections and not any(  # (a title's
            b.strip(" \t=-_") for b in buf)  # "=====" underline above the number is no text)
        if (first_line or case_label[0]) and (JOURNAL_RE.match(s) or BARE_CASE_RE.match(s) or (
                re.fullmatch(r"\d{5,}", s) or case_label[0] and s in ("-", "–", "—"))):
            item.journal_number, case_label[0] = s.strip("-–—") or None, False  # ("–": none)
            continue
        if not item.journal_number and _CASE_LABEL_RE.match(s):
            case_label[0] = True  # "JOURNALNUMMER" / "23056781": the number on the next line
            continue
        case_label[0] = case_label[0] and not s
        if (lead := _LEAD_MARK_RE.match(s)) and not item.journal_number and (
                CASE_NUMBER_RE.match(s[lead.end():])):  # "Lukket punkt · Sagsnr. 25/1410"
            item.closed = item.closed or lead.group(1).lower() == "lukket"
            s = s[lead.end():]
        s = fact_row(s) if first_line else s  # ("Kulturudvalget · Møde … · Sagsnr.: 24/1")
        bare = case_first(clean_markdown([s]))  # (bold: "**Sagsnr.:** 24/1"; two numbers)
        if row := row_case(bare) if not item.journal_number else None:  # (a dash: none)
            item.journal_number, after = row[0], row[1].strip(_MARK_SEPARATORS)
            # "Sagsnr.: 24/1 Lukket", "Sagsnr. 25/0611 · Lukket punkt"; the status ending the
            # fact row ("Sagsnr.: … Sagsbehandler: … Lukket punkt", an Acadre web page's)
            tail = _STATUS_TAIL_RE.search(after)
            if mark := OPEN_MARK_RE.match(after) or OPEN_MARK_RE.match(tail[1] if tail else ""):
                item.closed = item.closed or closes(mark)
            continue
        if DOC_NUMBER_RE.match(s):
            continue
        if current == "Beskrivelse" and not sections and not any(b.strip() for b in buf) and (
                is_reference(s)):  # ("Byrådet den 26. august 2015 Punkt 4" under the number)
            current = REFERENCES
        head = not sections and all(_LABEL_LINE_RE.match(b.strip()) for b in buf  # (not a
                                    if b.strip(" \t=-_"))  # title's "=====" underline)
        # "Åben sag", "Lukket punkt" (a paragraph of its own: "Lukket punkt.", "LUKKET PUNKT –
        # sagen behandles for lukkede døre …"; also after an untitled paragraph, a translation
        # of the title; in italics right under a title that does not close the item)
        if (mark := mark_line(s, head and not item.closed)) and (
                head or (closes(mark) and not sections and current == "Beskrivelse")):
            item.closed = item.closed or closes(mark)
            continue
        dated = dated_decision(s.replace("**", "")) if len(s) < 160 else None  # ("**…**")
        if not dated and (current == EARLIER and listed[0] or current == "Beslutning" and not any(
                b.strip() for b in buf)):  # (or the next entry below a history heading's)
            dated = under_decision(s)  # ("Beslutning" / "Kommunalbestyrelsen, 27.06.2019, pkt. 4")
        rest = ""
        if not dated and (inline := dated_with_text(s)):
            dated, rest = inline  # "Økonomiudvalget den 10.04.2024, pkt. 52: Anbefales."
        if dated:  # "<Udvalg>s beslutning den 04.12.2012": this meeting's, or history
            # (an entry under a case history's heading: the lines after it are the entry's
            # too, its absence then "Fraværende: …" no absence from this meeting)
            listed[0] = current in _HISTORY_HEADS or (current == EARLIER and listed[0])
            flush()
            buf.extend([rest] if rest else [])
            earlier = None
            current = "Beslutning"
            # (another committee's decision of the same day is the case's history)
            if (dated[1] != meeting_date and dated[1] not in resumed) or other_body(
                    dated[0], (committee,)):
                earlier = Treatment(dated[0] or "", dated[1], "", dated[2])
                if dated[1] <= meeting_date or dated[1] in resumed:
                    item.history.append(earlier)  # (a later body's, printed after it: none)
                current = EARLIER
                # a whole entry on its line, as a protocol's cell opens with it: the text
                if rest.rstrip().endswith((".", "!")) and not listed[0]:  # after is this one's
                    flush()
                    current, earlier = "Beskrivelse", None
            elif body := joint_member(dated[0], committee):
                body_label[0] = f"{body}:"  # a joint meeting: each committee's decision
            continue
        if s.lower() in _NOISE_LINES or _FORM_FIELD_RE.match(s):
            continue
        if s.lower().startswith("source url:"):
            source_url = s.split(":", 1)[1].strip()
            continue
        m = absence_line(s, current, head)
        if m:
            item.absentees.extend(p.name for p in participants_from_list(m.group(1), "afbud")
                                  if p.status == "afbud")  # (not a substitute who came)
            continue
        glued = None if markdown else GLUED_HEADING_RE.match(s)
        if glued and section_name(glued.group(1)):  # "SammendragDet årlige …"
            flush()
            current, earlier = section_name(glued.group(1)), None
            buf.append(s[glued.end():])
            continue
        # "Beslutning: Godkendt." on one line; or side by side, many spaces apart
        label = heading_label(s.replace("**", "")) or (None if markdown else side_heading(raw)
                                                        or (tight_heading(s) if tight else None)
                                                        or dashed_label(s))  # "Label – text"
        if field := _HISTORY_FIELD_RE.match(s.replace("**", "")):  # "Tidligere behandlet:
            flush()  # <entry>", a field: the case's history, the lines below it the text
            sections.append(("Tidligere behandling", [field["v"]], None))  # it stood in
            wrapped[0] = not field["v"].rstrip().endswith((".", "!", "?"))
            continue
        if label and label[1] and (name := section_name(label[0])):
            flush()
            current, earlier = treated(name, label[0]), None
            buf.append(label[1])
            continue
        opens = not buf or not buf[-1].strip() or buf[-1].rstrip().endswith((".", "!", "?"))
        # (a discussion's label over the item's first text, a table's column, is no section)
        told = bool(sections) or any(b.strip() for b in buf) or not s.lower().startswith(
            "drøftelse")
        run = run_in_label(s) if opens and earlier is None else None
        if run and told and (current in _OPEN_TO_PROPOSAL or run[0] != "Indstilling" and (
                current in _BEFORE_DECISION)):
            flush()  # "Resultat: Godkendt.", "Drøftelse: …", "Administrationen indstiller, at …"
            current, earlier = run[0], None
            buf.append(run[1])
            continue
        if MINUTE_NOTE_RE.match(s) or (note := _NOTE_TEXT_RE.match(s)):  # a council's note
            flush()  # under each item: what it did (a board's "Ref.: Godkendt.")
            current, earlier = DISCUSSION if discussed else "Beslutning", None
            buf.extend([note.group(1)] if note else [])
            continue
        entered = _ENTERED_RE.match(s)
        if entered and current in _PROPOSED and not entered["m"]:  # a member's statement
            flush()  # after the recommendation, above the decision (an export's field): its
            current, earlier = PROTOCOL_SECTION, None  # own section
            continue
        if entered:  # a member's statement entered into the decision
            buf.extend(["", "Mindretalsudtalelse:" if entered["m"] else "Protokoltilførsel:"])
            continue
        # markdown: a "#" heading, or a label alone in bold ("**Beslutning**")
        # (or a label alone with its colon: "**Sagsfremstilling:**", the text below)
        is_heading = (s.startswith("#") or bool(_BOLD_LINE_RE.fullmatch(s)) or s.endswith(":")
                      ) if markdown else bool(s)
        name = section_name(s) if is_heading and len(s) < 80 and told else None
        if not name and is_heading and not markdown and current not in _CASE_PARTS and (
               current != "Bilag") and (known := case_text_heading(s)):  # (no "Tidsplan" in Bilag)
            flush()  # "PROBLEMSTILLING" after the decision: the case text again
            current, opening = case_text_part(known, [n for n, _, _ in sections])
            earlier = None
            buf.extend(opening)
            continue
        if not markdown and current in _CASE_PARTS and (known := heading_between(s, buf)):
            buf.extend(["", known])  # ("Lovgrundlag" between two paragraphs)
            continue
        if name in _CASE_PARTS - {current} and current == "Sagsfremstilling" and not any(
                b.strip() for b in buf):  # ("Sagsfremstilling" / "Baggrund": its first part)
            buf.append(f"{clean_heading(s)}:")
            continue
        if name:
            flush()
            current, earlier = name, None
            if name == "Beslutning" and (part := decision_part(s)):
                body_label[0] = f"{part}:"  # "Beslutning del 2": each part under its heading
            elif name == "Beslutning" and (body := recommending_body(s, committee)):
                current = "Indstilling"  # the committee's proposal to this body
                body_label[0] = f"{body}:"
            elif name == "Beslutning" and (body := decision_body(s, committee)):
                if other_body(body, (committee,)):  # "FORRETNINGSUDVALGETS BESLUTNING" in
                    # the council's minutes: the case's history (`undated_history`)
                    current, earlier = EARLIER, Treatment(body, None, "")
                else:
                    body_label[0] = f"{body}:"  # a joint meeting: each committee's decision
            current = treated(current, s) if earlier is None else current
            continue
        if re.match(r"#{1,6}\s+\S", s) and earlier is None and (
                current == "Beslutning" and any(b.strip() for b in buf) or current not in (
                    None, "Beskrivelse") and not section_name(current) and any(
                    n == "Beslutning" for n, _, _ in sections)):
            flush()  # ("### Mine noter" below the decision: a section of its own, named as
            current = clean_heading(s)  # written, no part of the decision)
            continue
        buf.append(raw)
    flush()
    sections = political_decision(treatment_or_decision(sections))  # (SBSYS's decision)
    if sub_label[0]:  # sub-items: one section of each name, their paragraphs in order
        sections = joint_decision(sections, subs)  # (one decision after them all: the item's)
        merged: dict[str, list[str]] = {}
        for name, lines, _ in sections:
            merged.setdefault(name, []).extend([*lines, ""])
        sections = [(name, lines, None) for name, lines in merged.items()]
    sections = undated_history(sections, item)

    def text_of(lines: list[str]) -> str:
        lines = bullet_lines(lines)
        return clean_markdown(lines) if markdown else reflow(fix_glued_markers(figure_rows(lines)))

    for name, lines, treatment in split_sections(sections):
        if name == "Beslutning" and treatment is None and (
                split := per_body(lines, committee)):  # "Økonomiudvalget anbefaler …" /
            for body, said in split[0]:  # "Byrådet godkender …": the others' are history
                item.history.append(Treatment(body, None, text_of(said)))
                item.sections.append(Section(EARLIER, item.history[-1].text))
            lines = split[1]
        text, own = text_of(lines), ""
        if treatment is not None:  # (the case's own text again below the quoted decision)
            text, own = quote_end(text)
            treatment.text = unquoted(text)  # (the decision's words, not its quotes)
            if treatment.date is None:
                text = f"{treatment.committee}:\n{text}"
            else:
                when = danish_date(treatment.date)
                text = f"{treatment.committee or 'Beslutning'} den {when}:\n{text}"
        if text:
            item.sections.append(Section(name, text))
        if own:  # (under the body's heading above the quote, if any)
            item.sections.append(Section(next((s.name for s in reversed(item.sections) if (
                s.name in _OWN_TEXT)), "Beskrivelse"), own))
    bare_decision(item)
    return item, source_url

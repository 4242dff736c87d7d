"""Parse Danish committee minutes (text extracted from PDF, or markdown) into a `Meeting`.

Two layouts are understood, both as exported by the common Danish minutes systems:

* plain text from PDF: ``Punkt 5 Studietur til Lund`` (titles may wrap onto the next
  line), section names on lines of their own, list numbers glued to the end of the
  line (``tages til efterretning.1.``) and blank lines where pages broke;
* markdown: ``# Punkt 1: …`` / ``## **Punkt 12: Lukket: LUKKET …**``, ``**Mødedato**``
  header fields and a table of contents that is not an agenda.

Where the items start is `text_items` (and `text_numbered`); what each item holds is
`text_item_body`; the header is `text_header`; section headings, side headings and
combined sections are `text_sections`; what stands between and after items: `text_dividers`.

The parser keeps every section by name. `Sagens forløb` and `Beslutningshistorik` hold
an *earlier* meeting's decision and are kept apart from this meeting's `Beslutning`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from referat.domain import REFERAT, UNKNOWN_COMMITTEE, Meeting

from ..read import SUPPORTED_SUFFIXES, is_html, text_of
from .absence_table import head_table, item_absentees, mark_absences
from .absence_trailer import closed_decision
from .ad_entries import ad_entries
from .added_items import added_items
from .agenda_notes import agenda_note_title
from .ascii_tables import ascii_tables
from .badge_members import badge_members
from .bilag_pages import without_bilag
from .bilingual import danish_first, danish_half
from .cancelled import CANCELLED_RE, cancelled_meeting
from .closed_at_meeting import closed_at_meeting
from .closed_marks import closed_title
from .common import ParseError, address_municipality, municipality_in
from .confluence_wiki import confluence_text
from .contents_groups import contents_closed, listed_state
from .continued import divided_days, mark_resumed, resumed_meeting
from .continued_items import rejoined
from .cross_columns import cross_columns
from .dated import abbreviations, spelled_out
from .dates import started_at
from .day_attendance import day_attendance
from .day_notes import away_days
from .decision_lines import one_line_decisions
from .document_looks import reasoned, refuse_letter
from .dokuwiki import dokuwiki_text
from .english import danish_labels
from .finish import drop_placeholders, finish_meeting
from .form_captions import label_rows
from .free_form import free_form_records
from .front_matter import front_facts, front_municipality, has_front_matter, without_front_matter
from .icon_items import icon_items
from .initials_legend import named_initials
from .invitation import invitation_text
from .invited_time import invited_at
from .item_attendance import item_attendance
from .item_head_rows import without_item_heads
from .joint_bodies import joint_municipality, own_town_bodies
from .kind_heading import kind_head
from .later_bodies import later_bodies
from .layout_table import column_table_text
from .lead_lines import lead_lines
from .leader_labels import leader_labels
from .logo_names import logo_municipality
from .loop_print import loop_print
from .lynx_dump import lynx_text
from .mail_answers import answered_mail
from .mail_chain import quoted_minutes
from .marked_parts import own_marks
from .md_dialects import markdown_dialects
from .member_grid import member_grid
from .news_page import news_minutes
from .note_labels import noted_bodies, notes_discussed
from .number_labels import placed_numbers
from .ocr_scan import ocr_scan
from .open_parts import open_parts
from .outcome_decisions import outcome_decisions
from .part_attendance import part_people
from .party_headings import party_headed
from .party_lists import party_lines
from .path_facts import named_date
from .pdf_bullets import listed_lines
from .print_heads import without_print_stamps
from .public360 import public360_text
from .question_captions import question_captions
from .region_body import body_amt, body_region, municipalities_body, sender_region
from .repeated_rows import without_repeated_rows
from .revisions import revised_note
from .rst_text import rst_text
from .rule_tables import rule_tables
from .running_committee import running_committee
from .running_date import dated_head
from .screen_text import screen_text
from .short_labels import full_labels
from .sidebar_numbers import joined_numbers
from .signatures import signers
from .site_domain import domain_municipality
from .stacked_members import stacked_members
from .stacked_table import stacked_table_text
from .statements import is_statement, statement_meeting
from .summary_table import attach_decisions, summary_decisions
from .text_delimited import item_table_text
from .text_dividers import minutes_end, trim_dividers
from .text_furniture import strip_ui_furniture
from .text_header import parse_header
from .text_header_committee import as_written, meeting_in_body
from .text_header_lists import closing_people, document_kind
from .text_item_body import parse_item
from .text_items import MD_ITEM_RE, closed_part, find_items
from .text_lines import normalize, prepared_lines
from .text_notes import placed_endnotes
from .text_numbered import ABBREVIATION_END_RE
from .text_sections import approval_decision, section_name, tight_layout
from .text_split import split_text
from .theme_items import event_body, theme_items
from .ticks import tick_lists, ticked_choices
from .titled_body import titled_body
from .told_decisions import told_decisions
from .transcript_head import transcript_head
from .unnumbered_items import unnumbered_first, unnumbered_last
from .withdrawn import note_withdrawn, withdrawn_title
from .word_groups import split_label
from .wrapped_committee import unwrapped
from .yes_no_column import yes_no_ticks

_PROTOCOL_HEAD_RE = re.compile(r"^(?:pkt\.?|punkt|nr\.?)\s+(?:sag|emne|titel|overskrift)\s+"
                               r"(?:beslutning\w*|afgørelse)$", re.IGNORECASE)


def parse_minutes(text: str, source: str = "") -> Meeting:
    """Parse the text of one set of minutes; raises `ParseError` (Danish) when it is not."""
    # ("Medlemmer  Deltog" / "Name ☒"; "☒ Godkendt ☐ Udsat"; "Fremmødt (ja/nej)" / "ja")
    lines = ticked_choices(tick_lists(cross_columns(yes_no_ticks(prepared_lines(text)))))
    lines = member_grid(lines)  # ("Bo Dam (V) Ida Lund (A)": members side by side)
    lines = joined_numbers(lines)  # ("PUNKT" / "2": a sidebar's item number)
    lines = without_item_heads(lines)  # ("Sag" / "Journalnr." over each "N. Title" / case)
    # a protocol's table head once ("Pkt. Sag Beslutning"): no person; item texts decisions
    table_at = next((k for k, ln in enumerate(lines) if _PROTOCOL_HEAD_RE.match(ln.strip())), -1)
    protocol = table_at >= 0
    # (a protocol's summary table of decisions above the items' own texts)
    summary = summary_decisions(lines) if protocol else {}
    lines = [ln for ln in lines if not _PROTOCOL_HEAD_RE.match(ln.strip())]
    markdown = any(MD_ITEM_RE.match(ln) for ln in lines)
    starts = find_items(lines, markdown)
    # ("Title Punkt 3": a PDF's number label beside the title, when no heading is found)
    if not starts and not markdown and (placed := placed_numbers(lines)) is not lines:
        lines, starts = placed, find_items(placed, markdown)
    # (a seminar's programme, "Tema 1: Title", when no item heading is found)
    starts = starts or ([] if markdown else theme_items(lines))
    if starts and not markdown:  # a web page printed to PDF: its buttons are no text
        ends = [s.line for s in starts[1:]] + [len(lines)]
        spans = [(s.line + 1, e) for s, e in zip(starts, ends, strict=True)]
        cleaned = strip_ui_furniture(lines, spans, lambda s: bool(section_name(s)))
        if cleaned is not lines:
            lines, starts = cleaned, find_items(cleaned, markdown)
    if not markdown:  # "5a. Hastesag: …" after item 5's decision: items of their own
        starts = added_items(lines, starts)
    if not starts:
        if CANCELLED_RE.search("\n".join(lines[:80])):
            raise ParseError("mødet er aflyst: filen har ingen dagsordenspunkter")
        raise ParseError("ingen dagsordenspunkter fundet (forventede linjer som 'Punkt 1 …')")
    # ("Godkendelse af dagsorden" / "Beslutning …" unnumbered above item 1: item 1)
    starts, opened = unnumbered_first(lines, starts)
    # ("B. SAGER TIL ORIENTERING" / "1. …": an open part numbered from 1 again)
    starts = starts + open_parts(lines, starts, markdown)
    renumbered = closed_part(lines, starts, markdown)
    starts = starts + [start for start, _ in renumbered]
    if not renumbered:
        starts += unnumbered_last(lines, starts)
    leads = lead_lines(lines, starts)
    # ("Fravær" / "Punkt  Fraværende  Bemærkning" in the head: no list of people)
    head, absences = head_table(lines[: starts[0].line - len(leads[0])])
    # ("Venstre: Jens Holm" a party a line; "Udvalgsmøde – Referat" the title; "Navn" / "Parti"
    # / "Ida Holm" / "V": a table, a cell a line; "HVOR" captions; "- Eva Holm  (A)  Deltog")
    head = question_captions(badge_members(listed_lines(head)))  # (" Ida Holm": Word's bullet)
    # ("Venstre (V)" / "Eva Dam, borgmester": party headings over their members)
    header = parse_header(rows := kind_head(party_lines(party_headed(stacked_members(head)))))
    # ("Referat – 04.11.2024 – Side 1": the date in page furniture or the running header)
    if (not header.date or not header.committee) and (dated := dated_head(rows, text)):
        header = parse_header(dated)
    # ("fra ordinært møde i Teknik- og Miljøudvalget" below a running header's date)
    header.committee = header.committee or meeting_in_body(head)
    header.committee = event_body(header.committee)  # ("Byrådets budgetseminar")
    header.committee = titled_body(header.committee)  # ("Beslutninger fra mødet i X")
    header.committee = as_written(header.committee, lines)  # ("LOKALRÅDET FOR HØJBY")
    header.committee = unwrapped(header.committee, lines[: starts[0].line], text)
    header.doc_type = header.doc_type or document_kind(lines[: starts[0].line])
    header.date = header.date or named_date()  # (none printed: the file name's, `path_facts`)
    if header.date is None:
        raise ParseError("ingen mødedato fundet i hovedet")
    items, source_url, withdrawn = [], None, {}
    ends = [s.line for s in starts[1:]] + [len(lines)]
    # the signature page, "Mødet hævet kl. 12.10" and a page's footer after the last item
    ends[-1] = minutes_end(lines, starts[-1].body, ends[-1], lambda s: bool(section_name(s)))
    untrimmed = list(ends)  # (what `trim_dividers` cuts off: a day's divider among it)
    if not markdown:  # group headings between the items; who signed below the last one
        header.participants = header.participants or closing_people(lines, ends[-1])
        if not any(p.status == "deltog" for p in header.participants):  # only "Afbud:"
            header.participants += signers(lines, ends[-1], header.participants)
        ends, closed = own_marks(starts, *trim_dividers(  # ("(LUKKET)": the part's items')
            lines, [s.body - 1 for s in starts], ends, lambda s: bool(section_name(s))))
    tight = not markdown and tight_layout(lines[starts[0].line:])  # a table printed to PDF
    listed_closed = {} if markdown else contents_closed(lines, starts[0].line - len(leads[0]),
                                                        opened)
    for k, lead in enumerate(leads[1:]):  # ("Sagsnr.: 24/2087" above the next heading)
        ends[k] = min(ends[k], starts[k + 1].line - len(lead))
    bodies = [leads[k] + lines[start.body : end]
              for k, (start, end) in enumerate(zip(starts, ends, strict=True))]
    resumed = resumed_meeting(lines[: starts[0].line], bodies, header.date.year)
    if not markdown:  # ("Onsdag den 19. juni 2024" between two items: the next day's)
        resumed = divided_days(resumed, [lines[a:b] for a, b in zip(ends, untrimmed,
                                                                    strict=True)], header.date)
    # ("Referat" alone in every item: its record); "Referat:" then "Beslutning:" under an item
    discussed = notes_discussed(bodies := noted_bodies(rejoined(starts, bodies)))
    for k, (start, body) in enumerate(zip(starts, bodies, strict=True)):
        title, carried = split_label(start.title)  # (a Word group's printed number)
        item, url = parse_item(replace(start, title=title), body, markdown, header.date,
                               tight, header.committee or "", discussed, resumed.days)
        listed = listed_state(listed_closed, start.number, start.label, opened)
        # (the contents list's "Åbne sager" over an item opens it, the body's groups unprinted)
        item.closed = item.closed or (not markdown and closed[k] is True and listed is not False
                                      ) or listed is True
        # the printed mark: "A" of "A. Godkendelse af dagsorden" (item 1), "5a" (item 6)
        label = start.label or carried
        if k >= len(starts) - len(renumbered):  # "Lukket punkt 1" after the open items
            item.closed = True
            label = f"lukket punkt {renumbered[k - len(starts)][1]}"
        item.label = "" if label == str(item.number) else label
        item.title, mark = withdrawn_title(item.title)  # ("… – UDGÅR", a badge "Udgået")
        item.title = agenda_note_title(item.title)  # ("(dagsordenens punkt 4): …")
        if mark:
            withdrawn[item.number] = mark
            shut, item.title = closed_title(item.title)  # ("… (lukket punkt) – UDGÅR")
            item.closed = item.closed or shut
        items.append(item)
        source_url = source_url or url
    if len(items) >= 2 and all(i.title.endswith(".") for i in items):
        for item in items:  # a typist's titles, each a sentence: "Pkt. 2.   Regnskab 1985."
            item.title = item.title if ABBREVIATION_END_RE.search(item.title) else item.title[:-1]
    # ("BUU 04.03.2024" above a treatment; "Forkortelser: BUU = …" in the head)
    spelled_out(items, abbreviations(lines[: starts[0].line]))
    if 0 <= table_at < starts[0].line - len(leads[0]):
        attach_decisions(items, summary)
    start_time = header.start_time or started_at(lines[: ends[0]]) or invited_at(
        lines[: starts[0].line])  # ("Udvalget indkaldes til møde … kl. 16 …")
    drop_placeholders(items)  # ("Beslutning" / "Afventer mødets behandling": an agenda)
    if not cancelled_meeting(header, lines[: starts[0].line]):  # ("Mødet er aflyst": notes)
        told_decisions(items, header.committee or "")  # ("Udvalget besluttede at …")
        outcome_decisions(items)  # ("Anbefales over for Byrådet." below it, no heading)
    decided = any(i.decision for i in items)
    closed_at_meeting(items)  # ("… at punkt 7 behandles som lukket punkt": moved at the meeting)
    for item in items:
        closed_decision(item, decided)  # (its text, not its notice "Punktet er lukket.")
        if decided:
            approval_decision(item)  # ("Dagsordenen blev godkendt …", unlabelled)
    if header.doc_type == "referat" or protocol:  # (headed "Referat": untitled text its record)
        free_form_records(items)
    note_withdrawn(items, withdrawn)  # (its decision "Punktet udgik, …", or the mark's word)
    # ("Til stede:" / "Afbud:" lists under item 1, "… valg af ordstyrer og fremmøde")
    participants = list(header.participants or []) or item_attendance(bodies[0])
    top = lines[: starts[0].line]  # ("Navn Parti Pkt. 1-3 Pkt. 4-6"; "| Navn | 27.02.2025 |")
    participants = participants or part_people(items, top)  # (one column a part, a day)
    participants = day_attendance(participants, items, top, resumed, header.date)
    away_days(participants, items, resumed, header.date)  # ("Tina Ry (A) (19. juni)")
    mark_resumed(resumed, items, participants)
    item_absentees(participants, items)
    # an absence table after the items ("Fraværende under punkt | Navn | Bemærkning")
    mark_absences(participants, lines[ends[-1]:], items)
    mark_absences(participants, absences, items)
    doc_type = header.doc_type or ("referat" if any(i.decision for i in items) else "dagsorden")
    return Meeting(
        committee=header.committee or UNKNOWN_COMMITTEE,
        date=header.date, items=items,
        start_time=start_time, place=header.place,
        participants=participants,
        doc_type=doc_type,
        source=source, source_url=source_url,
        occasion=header.occasion,
    )


# --- the adapter ----------------------------------------------------------------------

NAME = "tekst"


def sniff(raw: bytes, path: Path) -> bool:
    """Any PDF or web page (a ".doc" that is Word's HTML), and text, markdown or HTML
    files: the fallback adapter."""
    return raw.startswith(b"%PDF") or is_html(raw) or path.suffix.lower() in SUPPORTED_SUFFIXES


def _kind_of(raw: bytes, text: str) -> str:
    if raw.startswith(b"%PDF"):
        return "pdf-tekst"
    if raw.lstrip()[:1] == b"<":
        return "html-tekst"
    return "markdown" if any(MD_ITEM_RE.match(ln) for ln in text.split("\n")) else "tekst"


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """PDF, HTML, markdown or plain text: the text, then `parse_minutes` per meeting."""
    # (a scan's stamps, "Modedato", "Forrnand", "l."; the bilag printed with the minutes)
    whole = without_bilag(ocr_scan(text_of(raw, path)))
    # (a page's logo: "Holbæk Kommune"; a site page's front matter: "kommune = …")
    municipality = municipality or logo_municipality(raw) or front_municipality(whole)
    if _kind_of(raw, "") == "tekst":  # a web page saved by `lynx -dump`
        # (or a Confluence page's markup; a screen reader's ASCII export, "PUNKT 2 AF 5"; rST)
        whole = confluence_text(lynx_text(screen_text(rst_text(whole))))
        whole = dokuwiki_text(whole)  # (a DokuWiki page file: "===== 1. Title =====")
        whole = answered_mail(whole)  # (decisions typed under a quoted agenda)
        whole = invitation_text(whole)  # (Outlook's invitation: "Emne:", "Placering:" …)
        # ("3. **Title** – Godkendt."; "1️⃣ Title": a youth council's; a transcript's speakers)
        whole = transcript_head(icon_items(one_line_decisions(whole)))
    if _kind_of(raw, "") == "tekst" and path.suffix.lower() not in (".md", ".markdown"):
        # (an ESDH export's bordered tables; dash-ruled ones; a print's stamps, leader labels)
        whole = ascii_tables(rule_tables(leader_labels(without_print_stamps(whole))))
        whole = quoted_minutes(whole)  # (a mail chain's message quoted ">> " holding them)
    if path.suffix.lower() in (".md", ".markdown"):
        whole = markdown_dialects(whole)  # (shortcodes, HTML, admonitions, callouts, …)
    # (a table protocol printed side by side by `pdftotext -layout`, or one cell a paragraph;
    # grid rows, form boxes; a long table's head row printed again on each page)
    whole = without_repeated_rows(stacked_table_text(column_table_text(label_rows(whole))))
    whole = public360_text(whole)  # ("PS 42/24 Title", its tables one cell a paragraph)
    text = item_table_text(without_front_matter(whole))  # (a delimited list)
    try:
        meetings = meetings_from_text(text, path, _kind_of(raw, text), municipality)
    except ParseError:
        if not has_front_matter(whole):
            raise
        meetings = []
    if meetings and (not has_front_matter(whole) or len(meetings) != 1 or (
            meetings[0].start_time and meetings[0].place and any(
                p.status != "afbud" for p in meetings[0].participants))):
        return meetings
    # no header in the body (or only a note's title): the front matter's fields are its header
    # (the page's English "date:" only where the body names no date: it failed for that)
    text = item_table_text(without_front_matter(whole, whole_header=True, page_date=not meetings))
    try:
        fronted = meetings_from_text(text, path, _kind_of(raw, text), municipality)
    except ParseError:
        if not meetings:
            raise
        return meetings
    if meetings and (meetings[0].start_time or meetings[0].place or meetings[0].participants):
        return front_facts(meetings[0], fronted)  # (the body's header, and who came)
    return fronted


def meetings_from_text(text: str, path: Path, kind: str,
                       municipality: str | None = None) -> list[Meeting]:
    """The meetings of a file's text (`kind` names the file's format for the user), as
    every adapter that reads a document as text (PDF, HTML, Word) finishes them."""
    text = named_initials(ad_entries(full_labels(danish_half(danish_labels(danish_first(
        placed_endnotes(news_minutes(loop_print(text)))))))))  # (a Loop page printed; a
    # news page's lead; footnotes after a rule; English; two languages; "Besl.: Godkendt.";
    # "Ad punkt 3:"; "AH: Ida Holm (A)")
    parts = split_text(text)
    with reasoned(text):  # (no minutes: the reason says what the file looks like)
        try:
            meetings = [parse_minutes(part, source=str(path)) for part in parts]
        except ParseError:
            if (said := statement_meeting(text)) is not None:
                meetings = [said]  # (a member's statement on one item, sent on its own)
            elif len(parts) == 1:
                raise
            else:
                meetings = [parse_minutes(text, source=str(path))]  # not two meetings after all
    later_bodies(meetings)  # (a page's second meeting under the page's one <h1>)
    for meeting in meetings:  # (a body named only in the running page footer)
        if meeting.committee == UNKNOWN_COMMITTEE:
            meeting.committee = running_committee(text, meeting.date) or UNKNOWN_COMMITTEE
    # ("for Frederikssund og Halsnæs Kommuner": a joint body's first; "Regionsrådet", a region's)
    town = municipality or municipalities_body(meetings[0].committee, text) or joint_municipality(
        text) or body_amt(meetings[0].committee, text) or (
        municipality_in(normalize(text)) or body_region(meetings[0].committee, text)
        or sender_region(text) or "")  # ("Amtsrådet": the amt its text names)
    guessed = "" if town else (address_municipality(text) or "")
    town = town or ("" if guessed else domain_municipality(text) or "")  # ("www.kolding.dk")
    for meeting in meetings:  # (a statement's town: its letter's dateline)
        meeting.source_format = kind
        meeting.municipality = town or guessed or meeting.municipality
        meeting.municipality_guessed = bool(guessed)
    meetings = [finish_meeting(m, printed=True) for m in meetings]  # (decisions make a referat)
    note = revised_note(text)  # ("RETTET REFERAT – VERSION 2" above the head)
    for meeting in meetings:  # (a statement entered into the minutes: no agenda)
        meeting.doc_type = REFERAT if is_statement(meeting) else meeting.doc_type
        meeting.warnings += [note] if note else []
    for meeting in meetings:  # ("Økonomiudvalget i Faxe Kommune" in Faxe's minutes)
        own_town_bodies(meeting)
    refuse_letter(meetings, text)  # (a letter's numbered paragraphs under its dateline)
    return meetings

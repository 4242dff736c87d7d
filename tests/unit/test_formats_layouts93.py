"""A ninety-third round of layouts (round 93's blind files, older renderings 2013–2018 of
the known systems): a council's "Beslutningsprotokol" whose side-label table labels each
earlier treatment with the body and the date on two lines, whose running header is set
at the foot of each page in a block deeper than the page's edge and whose case numbers
open pages; an old eDoc cover naming the chair and the deputy by labels of their own and
a closed item's notice saying where its record is; an old Acadre cover's "Mødelokale"
label and its "Mødet hævet … Næste møde …" line; and a saved KMD Net-Dagsorden page
(the system's name glued to its kind by a hyphen, the site's list of the body's
meetings, a neighbour municipality named once in an item, a closed item printed as its
title and its notice only). Every text is written by the tests (other towns, bodies and
words than the blind files)."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import text as text_adapter
from ingest.formats.closed_marks import closed_notice
from ingest.formats.text import parse_minutes
from ingest.formats.text_people import participants_from_list
from ingest.formats.text_title import titled_row

# --- a protocol's pages: case numbers at their tops, a deep footer block ----------------


def _protocol() -> str:
    foot = ["Vesterby Kommune – Byrådet", "Beslutningsprotokol 14.11.2019",
            "Udskrevet 18.11.2019", "Side {n} af 4", "Formandens initialer: ______"]
    page = lambda n, rows: "\n".join([*rows, *(f.format(n=n) for f in foot)])  # noqa: E731
    return "\f".join([
        "\n".join(["VESTERBY KOMMUNE", "BESLUTNINGSPROTOKOL", "Byrådet",
                   "Ordinært møde torsdag den 14. november 2019 kl. 19.00",
                   "Byrådssalen, Vesterby Rådhus, Torvet 2, 9999 Vesterby",
                   "Afbud: Karen Mose (C). Der var ikke indkaldt stedfortræder.",
                   "Udskrevet 18.11.2019", "Side 1 af 4", "Formandens initialer: ______"]),
        page(2, ["Punkt 1. Godkendelse af dagsorden", "Sagsnr.", "00.01.00-A00-3-19",
                 "Beslutning", "Godkendt.", "Punkt 2. Takster for affald 2020", "Sagsnr.",
                 "07.00.00-S00-1-19", "Indstilling",
                 "Direktionen indstiller, at taksterne godkendes.",
                 "Teknik- og Miljøudvalget", "03.09.2019", "Anbefales.",
                 "Fraværende: Ole Vang (V)", "Økonomiudvalget", "05.11.2019", "Anbefales.",
                 "Beslutning", "Godkendt.", "Punkt 3. Forslag fra SF om flere cykelstier"]),
        page(3, ["Sagsnr.", "05.01.08-A00-9-19", "Beslutning", "Forslaget blev forkastet.",
                 "Punkt 4. Køb af jord ved Nørremark (LUKKET)", "Sagsnr.", "02.34.02-G01-2-19",
                 "Beslutning", "Godkendt."]),
        page(4, ["Underskriftsblad", "Bo Sand", "Karen Mose"]),
    ])


def test_case_numbers_opening_pages_are_the_items_own_lines() -> None:
    meeting = parse_minutes(_protocol())
    assert [i.journal_number for i in meeting.items] == [
        "00.01.00-A00-3-19", "07.00.00-S00-1-19", "05.01.08-A00-9-19", "02.34.02-G01-2-19"]


def test_a_footer_block_deeper_than_the_edge_leaves_titles_and_decisions() -> None:
    meeting = parse_minutes(_protocol())
    assert meeting.items[2].title == "Forslag fra SF om flere cykelstier"
    assert meeting.items[3].decision == "Godkendt."


def test_no_substitute_called_is_no_participant() -> None:
    meeting = parse_minutes(_protocol())
    assert [(p.name, p.status) for p in meeting.participants] == [("Karen Mose (C)", "afbud")]
    assert [p.name for p in participants_from_list(
        "Karen Mose (C). Der var ikke indkaldt stedfortræder.", "afbud")] == ["Karen Mose (C)"]


def test_a_side_labels_body_and_date_rows_are_the_items_history() -> None:
    item = parse_minutes(_protocol()).items[1]
    assert [(h.committee, str(h.date)) for h in item.history] == [
        ("Teknik- og Miljøudvalget", "2019-09-03"), ("Økonomiudvalget", "2019-11-05")]
    assert item.section("Indstilling") == "Direktionen indstiller, at taksterne godkendes."
    assert item.decision == "Godkendt."
    assert item.absentees == []  # (away at the committee's meeting, not at this one)
    from ingest.formats.dated_rows import dated_rows  # (a body's name alone stays text)

    assert dated_rows(["Byrådet", "Godkendt."]) == ["Byrådet", "Godkendt."]


# --- an old eDoc cover: the chair by a label; a closed item's notice -----------------------


def _cover(closing: str) -> str:
    return "\n".join([
        "Søby Kommune", "Åbent referat", "for", "Plan- og Boligudvalget",
        "Mødedato:", "11-09-2014", "Mødetidspunkt:", "16:00",
        "Mødested:", "Mødelokale 3, Rådhuset", "Medlemmer:",
        "Anne Berg (A), Jens Krogh (V), Lise Holt (O)",
        "Formand: Jens Krogh. Næstformand: Lise Holt.", "Referent: Pia Nør",
        "1.", "Godkendelse af dagsorden", "Sagsnr.: 14/100", "Beslutning", "Godkendt.",
        "2.", "Lukket punkt: Salg af byggegrund", "Sagsnr.: 14/200", closing])


def test_formand_and_naestformand_labels_give_the_members_roles() -> None:
    meeting = parse_minutes(_cover("Godkendt."))
    roles = {p.name: p.role for p in meeting.participants}
    assert roles == {"Anne Berg (A)": "", "Jens Krogh (V)": "formand",
                     "Lise Holt (O)": "næstformand"}
    from ingest.formats.chair_line import labelled_roles

    assert labelled_roles("Formand: Tak for i dag.") == []


def test_a_closed_items_notice_of_its_closed_record_is_no_decision() -> None:
    meeting = parse_minutes(_cover("Punktet er behandlet for lukkede døre og fremgår af "
                                   "det lukkede referat."))
    closed = meeting.items[-1]
    assert closed.closed and closed.decision == ""
    assert closed_notice("Sagen blev behandlet for lukkede døre og fremgår af den lukkede "
                         "protokol.")


# --- an old Acadre cover: "Mødelokale", and the meeting's end with the next meeting -------


def test_the_mødelokale_label_gives_the_place_and_the_end_line_no_decision() -> None:
    meeting = parse_minutes("\n".join([
        "Nordby Kommune", "Dagsorden og referat", "Kultur- og Idrætsudvalget",
        "Mødedato", "02.03.2015", "Tidspunkt", "17:00 - 19:00", "Mødelokale",
        "Mødelokale B, Nordby Rådhus, Storegade 5, 9999 Nordby", "Medlemmer",
        "Hans Dal (V), formand", "Eva Birk (A)",
        "Punkt 31", "Godkendelse af dagsorden", "Sagsnr.: 15/10",
        "Kultur- og Idrætsudvalgets beslutning den 02.03.2015", "Godkendt.",
        "Punkt 32", "Tilskud til idrætsforeninger", "Sagsnr.: 15/11",
        "Kultur- og Idrætsudvalgets beslutning den 02.03.2015", "Bevilget.",
        "Mødet hævet kl. 19:00. Næste møde: Mandag den 06.04.2015 kl. 17:00."]))
    assert meeting.place == "Mødelokale B, Nordby Rådhus, Storegade 5, 9999 Nordby"
    assert meeting.items[-1].decision == "Bevilget."


# --- a saved KMD Net-Dagsorden page ----------------------------------------------------------

_PAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML><HEAD><TITLE>Odsherred Kommune - Web-Dagsorden - Referat - Teknisk Udvalg - 07-05-2015
</TITLE></HEAD><BODY>
<TABLE><TR><TD><IMG src="logo.gif" alt="Odsherred Kommune"></TD><TD><B>Web-Dagsorden</B></TD>
<TD>Udskrevet: 11-05-2015</TD></TR></TABLE>
<TABLE><TR><TD><B>Møder i Teknisk Udvalg</B><BR><A href="a">02-04-2015</A><BR><B>07-05-2015</B>
<BR><B>Punkter</B><BR><A href="#p1">1. Vejbelysning</A><BR><A href="#p2">2. Køb af areal</A></TD>
<TD><B>Referat</B><BR><B>Teknisk Udvalg</B><BR>
<TABLE><TR><TD><B>Mødedato:</B></TD><TD>Torsdag den 07-05-2015</TD></TR>
<TR><TD><B>Mødetidspunkt:</B></TD><TD>Kl. 15:00</TD></TR>
<TR><TD><B>Mødested:</B></TD><TD>Mødelokale 2, Rådhuset</TD></TR>
<TR><TD><B>Til stede:</B></TD><TD>Per Lund (V), formand<BR>Mia Kjær (A)</TD></TR></TABLE>
<HR>
<TABLE class="punkt"><TR><TD><B>1.</B></TD><TD><B>Vejbelysning</B></TD></TR>
<TR><TD></TD><TD>Sagsnr.: 15/300 &nbsp; Åbent punkt</TD></TR>
<TR><TD></TD><TD><B><U>Sagsfremstilling</U></B><BR>Lamperne skiftes. Arbejdet udføres af
Kalundborg Kommunes vejafdeling.</TD></TR>
<TR><TD></TD><TD><B><U>Beslutning</U></B><BR>Godkendt.</TD></TR></TABLE>
<TABLE class="punkt"><TR><TD><B>2.</B></TD><TD><B>Køb af areal</B></TD></TR>
<TR><TD></TD><TD><I>Lukket punkt – behandles for lukkede døre.</I></TD></TR></TABLE>
<HR><FONT size="1">Odsherred Kommune · Nyvej 22 · 4550 Asnæs · Siden er opdateret 08-05-2015</FONT>
</TD></TR></TABLE></BODY></HTML>"""


def _page_meeting() -> object:
    return text_adapter.parse(_PAGE.encode("utf-8"), Path("referat.htm"))[0]


def test_a_system_name_glued_to_its_kind_is_no_committee() -> None:
    assert titled_row("Web-Dagsorden") is None
    assert titled_row("Teknisk Udvalg - Dagsorden") == ("dagsorden", "Teknisk Udvalg")
    assert _page_meeting().committee == "Teknisk Udvalg"  # (not "Møder i Teknisk Udvalg")


def test_the_sites_own_name_wins_over_a_neighbour_named_once() -> None:
    assert _page_meeting().municipality == "Odsherred"


def test_a_closed_item_of_its_title_and_notice_only_is_an_item() -> None:
    items = _page_meeting().items
    assert [(i.number, i.title, i.closed) for i in items] == [
        (1, "Vejbelysning", False), (2, "Køb af areal", True)]
    assert items[0].decision == "Godkendt." and items[1].decision == ""

"""Round 214's layouts (round 214's blind files): everyday PDF minutes as a user downloads
them today from five municipalities' meeting systems – a FirstAgenda/Prescriba print with
the decision first, an Acadre/Publisher print with each item on a page of its own, an SBSYS
print with its label table without colons and an item moved up the agenda, a
Netdoc/Cicero "Åbent referat" whose title wraps ("Åbent referat" / "for <udvalg>"), its
items under grey group bars ("Øvrige punkter", "Lukkede sager") and its decisions in a box
headed "<udvalg> den dd-mm-yyyy", and a municipality's own Word template with a first-page
footer (the letterhead and the department above "Side 1 af N") and its staff listed under
"Desuden:". Every text is written by the tests (other towns, bodies, names and words than
the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .pdf_files import pieces_pdf


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


_BOX = "Kultur- og Erhvervsudvalget den 11-03-2025\n"
_CICERO = ("Tønder Kommune\nÅbent referat\nfor Kultur- og Erhvervsudvalget\n"
           "Mødedato:\nTirsdag den 11. marts 2025\nStart kl.:\n16:00\nMødested:\n"
           "Mødelokale 2, Rådhuset, Kongevej 57, 6270 Tønder\n"
           "Medlemmer:\nBo Lund (A) - formand\nEva Krag (V)\nMads Holt (F)\n"
           "Afbud:\nMads Holt (F)\n"
           "Stedfortræder:\nKarl Vinther (F) deltog som stedfortræder for Mads Holt\n(F)\n"
           "Sager til beslutning\n"
           "1. Godkendelse af dagsorden\n Sagsnr.:\n2025-000311\n"
           "Indstilling\nDirektøren indstiller, at dagsordenen godkendes.\n"
           f"Beslutning\n{_BOX}Godkendt.\nFraværende: Mads Holt (F)\n"
           "2. Tilskud til musikfestival i Løgumkloster\n Sagsnr.:\n2025-001877\n"
           "Sagsfremstilling\nFestivalen søger om 200.000 kr. til scene og lyd.\n"
           "Indstilling\nDirektøren indstiller, at der bevilges 150.000 kr.\n"
           f"Beslutning\n{_BOX}Der bevilges 150.000 kr.\nFraværende: Mads Holt (F)\n"
           "Øvrige punkter\n"
           "3. Eventuelt\n Sagsnr.:\n2025-000311\n"
           f"Beslutning\n{_BOX}Intet.\nFraværende: Mads Holt (F)\n"
           "Lukkede sager\n"
           "4. Køb af ejendom i Højer\n"
           "Lukket punkt, jf. lov om kommunernes styrelse § 10.\n"
           "5. Lukket punkt\n"
           "Lukket punkt, jf. lov om kommunernes styrelse § 10.\n"
           "Mødet hævet kl. 18:10.\n")


def test_a_title_wrapped_after_its_kind_names_the_committee(read_file: ReadFile) -> None:
    """ "Åbent referat" / "for Kultur- og Erhvervsudvalget": the committee is the body the
    wrap names, without the joining word (before: "For Kultur- og Erhvervsudvalget"), so the
    decision box's "Kultur- og Erhvervsudvalget den 11-03-2025" is this meeting's own
    heading, no line "Kultur- og Erhvervsudvalget:" opening every decision; the
    substitute stands in for the member the wrapped line names."""
    (m,) = read_file("Åbent referat Kultur- og Erhvervsudvalget 11.03.2025.txt", _CICERO)
    assert (m.committee, m.date, m.start_time) == ("Kultur- og Erhvervsudvalget",
                                                    date(2025, 3, 11), "16:00")
    assert m.doc_type == "referat"
    assert [i.title for i in m.items][:3] == [
        "Godkendelse af dagsorden", "Tilskud til musikfestival i Løgumkloster", "Eventuelt"]
    assert [i.decision for i in m.items][:3] == ["Godkendt.", "Der bevilges 150.000 kr.",
                                                 "Intet."]
    assert [(p.name, p.status) for p in m.participants if p.status == "afbud"] == [
        ("Mads Holt (F)", "afbud")]
    # (the substitute's line wrapped before the replaced member's party: "… for Mads Holt"
    # / "(F)"; before: the role "stedfortræder" without whom he stood in for)
    assert [(p.name, p.role) for p in m.participants if p.role.startswith("stedfortræder")] == [
        ("Karl Vinther (F)", "stedfortræder for Mads Holt (F)")]


def test_a_group_bar_and_a_closed_notice_with_its_legal_ground(read_file: ReadFile) -> None:
    """The group bar "Øvrige punkter" between two items is no text of the decision above
    it; "Lukket punkt, jf. lov om kommunernes styrelse § 10." under a closed item's title is
    its closed mark with the legal ground, no decision (before: that notice was the
    decision of both closed items)."""
    (m,) = read_file("Åbent referat Kultur- og Erhvervsudvalget 11.03.2025.txt", _CICERO)
    assert len(m.items) == 5
    grant = m.items[1]
    assert "Øvrige punkter" not in grant.decision
    assert grant.decision == "Der bevilges 150.000 kr."
    closed = m.items[3:]
    assert [(i.title, i.closed) for i in closed] == [("Køb af ejendom i Højer", True),
                                                      ("Lukket punkt", True)]
    assert [i.decision for i in closed] == ["", ""]
    assert not any("jf. lov" in s.text for i in closed for s in i.sections)


_MOVED = ("LOLLAND KOMMUNE\nReferat\nTeknik- og Miljøudvalget\n"
          "Mødedato: 12.06.2025\nMødetidspunkt: 15:00 - 17:00\n"
          "Mødested: Mødelokale 3, Rådhuset, Jernbanegade 7, 4930 Maribo\n"
          "Medlemmer: Ulla Berg (A), formand\nNiels Toft (V), næstformand\nHanne Juhl (A)\n"
          "Per Brink (V)\nRikke Lau (F)\n"
          "Fraværende: Rikke Lau (F)\n"
          "Bemærkninger: Per Brink (V) forlod mødet kl. 16:10 efter behandlingen af punkt 3.\n"
          "1. Godkendelse af dagsorden\nBeslutning\n"
          "Godkendt med den ændring, at punkt 5 behandles efter punkt 1.\n"
          "Fraværende: Rikke Lau (F)\n"
          "2. Vejvedligeholdelse på de kommunale veje 2025\nBeslutning\nGodkendt.\n"
          "Fraværende: Rikke Lau (F)\n"
          "3. Ny genbrugsplads i Nakskov\nBeslutning\nAnbefales over for Byrådet.\n"
          "Fraværende: Rikke Lau (F)\n"
          "4. Trafikplan for Maribo by\nBeslutning\nTaget til efterretning.\n"
          "Fraværende: Rikke Lau (F) og Per Brink (V)\n"
          "5. Salg af grund ved havnen i Rødby\nLukket sag\nBeslutning\nGodkendt.\n"
          "Fraværende: Rikke Lau (F)\n"
          "6. Eventuelt\nBeslutning\nIntet.\nFraværende: Rikke Lau (F) og Per Brink (V)\n")


def test_an_item_moved_up_keeps_its_own_absence_line(read_file: ReadFile) -> None:
    """A member who left after item 3 is absent from the items after it, but item 5,
    moved up the agenda and treated before he left, prints its own "Fraværende:" line
    without him: that line wins (before: the head's note made him absent from item 5 as
    well, as from every item up to the last that names him)."""
    (m,) = read_file("referat-teknik-og-miljoeudvalget-12-juni-2025.txt", _MOVED)
    assert m.committee == "Teknik- og Miljøudvalget"
    assert [i.absentees for i in m.items] == [
        ["Rikke Lau (F)"], ["Rikke Lau (F)"], ["Rikke Lau (F)"],
        ["Rikke Lau (F)", "Per Brink (V)"], ["Rikke Lau (F)"],
        ["Rikke Lau (F)", "Per Brink (V)"]]
    assert m.items[4].closed and m.items[4].decision == "Godkendt."


def _template_pdf() -> bytes:
    """A municipality's own Word template exported to PDF: a first-page footer with the
    letterhead and the department above the counter, the later pages' header and
    counter, "Desuden:" with the staff (one of them for item 10 only) beside the lists."""
    head = ["Kulturudvalget – dagsorden 06.05.2025", "Ærø Kommune"]
    first = ["REFERAT", "fra møde i Kulturudvalget",
             "tirsdag den 6. maj 2025 kl. 16.00 – 18.00",
             "i mødelokale 2, Rådhuset, Statene 2, Ærøskøbing",
             "Til stede:", "Lone Bak (A), formand", "Kurt Friis (V)", "Pia Sand (C)",
             "Afbud:", "Jonas Holm (F)",
             "Desuden:", "Kulturchef Eva Lind", "Fritidskonsulent Bent Ravn (pkt. 10)",
             "Referent: Lise Mørk",
             "Pkt. 8    Godkendelse af dagsorden", "J.nr.: 00.01.00-A00-2-25",
             "Beslutning: Godkendt.",
             "Pkt. 9    Meddelelser", "J.nr.: 00.01.00-A00-2-25",
             "a)   Biblioteket i Marstal holder sommeråbent fra uge 27.",
             "Beslutning: Taget til efterretning.",
             "ÆRØ KOMMUNE", "Kultur og Fritid"]
    second = [*head, "Pkt. 10    Tilskud til jazzfestival på havnen",
              "J.nr.: 20.00.00-Ø40-3-25", "Sagsfremstilling:",
              "Foreningen søger om 40.000 kr. til festivalen i juli.", "Indstilling:",
              "Administrationen indstiller, at der bevilges 30.000 kr.",
              "Beslutning: Der bevilges 30.000 kr.",
              "Fritidskonsulent Bent Ravn deltog under punktet."]
    third = [*head, "Pkt. 11    Vinterbadning ved Vesterstrand", "J.nr.: 04.00.00-G01-1-25",
             "Sagsfremstilling:", "Klubben ønsker at opstille en sauna på stranden.",
             "Beslutning: Godkendt."]
    fourth = [*head, "Pkt. 12    Eventuelt", "Beslutning: Intet.", "Mødet hævet kl. 18.00."]
    pages = [first, second, third, fourth]
    return pieces_pdf([[(20, k, line) for k, line in enumerate(lines)]
                       + [(95, 44, f"Side {n} af {len(pages)}")]
                       for n, lines in enumerate(pages, start=1)])


def test_a_first_page_footer_of_letterhead_and_department(read_file: ReadFile) -> None:
    """The front page's own footer, the municipality's name in capitals and its
    department above "Side 1 af 4", is page furniture: the last decision on that page
    ends with its own text (before: "ÆRØ KOMMUNE" and "Kultur og Fritid" ended it)."""
    (m,) = read_file("Referat KU 6. maj 2025.pdf", _template_pdf())
    assert (m.committee, m.date, m.municipality) == ("Kulturudvalget", date(2025, 5, 6), "Ærø")
    assert [i.number for i in m.items] == [8, 9, 10, 11, 12]
    assert m.items[1].decision == "Taget til efterretning."
    assert not any("KOMMUNE" in s.text or "Kultur og Fritid" in s.text
                   for i in m.items for s in i.sections)


def test_staff_under_desuden_are_no_participants(read_file: ReadFile) -> None:
    """ "Desuden:" beside "Til stede:" and "Afbud:" lists the staff present: no members,
    and not the list of those away running on (before: "Fritidskonsulent Bent Ravn
    (pkt. 10)" was a participant away from item 10, the one item he took part in)."""
    (m,) = read_file("Referat KU 6. maj 2025.pdf", _template_pdf())
    assert [(p.name, p.status) for p in m.participants] == [
        ("Lone Bak (A)", "deltog"), ("Kurt Friis (V)", "deltog"), ("Pia Sand (C)", "deltog"),
        ("Jonas Holm (F)", "afbud")]
    assert [i.absentees for i in m.items] == [[], [], [], [], []]
    assert m.items[2].decision.startswith("Der bevilges 30.000 kr.")

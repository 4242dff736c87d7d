"""Round 142: everyday public PDF minutes – a Netpublicator print whose running header
and footer the PDF draws first on every page, a Word template's empty "J.nr." line under
"Eventuelt", and a member who left during an item noted in brackets after the name."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings

from .pdf_files import pieces_pdf


def _read(tmp_path: Path, pages: list[list[str]], running: list[str] | None = None):
    """The one meeting of a PDF whose pages hold these lines (the running lines first,
    "{n}" their page number, as a print drawing its header and footer first has them)."""
    drawn = [[(20.0, row, line.format(n=n, total=len(pages)))
              for row, line in enumerate([*(running or []), *page])]
             for n, page in enumerate(pages, 1)]
    path = tmp_path / "referat.pdf"
    path.write_bytes(pieces_pdf(drawn))
    (meeting,) = read_meetings(path)
    return meeting


_MEMBERS = ["Medlemmer", "Eva Holm (A), formand", "Bo Lind (V), næstformand",
            "Ida Krog (F)", "Per Vang (C) - Fraværende"]
_ITEMS = [["1. Meddelelser", "Sagsnr.: 25/00318", "Sagsfremstilling",
           "Formanden orienterede om sommerens arrangementer.", "Beslutning",
           "Taget til efterretning."],
          ["2. Tilskud til idrætsforeninger", "Sagsnr.: 25/01120", "Indstilling",
           "Forvaltningen indstiller, at tilskuddet fordeles som beskrevet.", "Beslutning",
           "Godkendt.", "3. Eventuelt", "Sagsnr.: 25/00318", "Beslutning", "Intet."]]


def test_running_header_and_footer_above_the_front_page_are_no_committee(tmp_path):
    """A print that draws its running header ("Teknik- og Miljøudvalget - 04.03.2025")
    and its footer ("Netpublicator" / "Side 1/3") first on every page, above the front
    page's own title block ("Vejby Kommune" / "Teknik- og Miljøudvalget" / "Referat"):
    the committee is the title block's. Before: the header and footer lines were joined
    into the committee's name."""
    running = ["Vejby Kommune", "Teknik- og Miljøudvalget - 04.03.2025", "Netpublicator",
               "Side {n}/{total}"]
    front = ["Vejby Kommune", "Teknik- og Miljøudvalget", "Referat", "Dato", "04.03.2025",
             "Start", "16:00", "Sted", "Byrådssalen", *_MEMBERS]
    m = _read(tmp_path, [front, *_ITEMS], running)
    assert m.committee == "Teknik- og Miljøudvalget"
    assert [i.title for i in m.items] == ["Meddelelser", "Tilskud til idrætsforeninger",
                                          "Eventuelt"]
    assert {p.name: p.status for p in m.participants}["Per Vang (C)"] == "afbud"


def test_an_empty_case_number_field_is_no_part_of_the_title(tmp_path):
    """A Word template prints "J.nr." under every item's heading, empty under
    "Eventuelt": the item's own line, not the title's rest. Before: "Eventuelt J.nr."."""
    front = ["Vejby Kommune – Økonomiudvalget", "Referat", "Mødedato: 26. maj 2021, kl. 17.00",
             "Mødested: Byrådssalen", "Deltagere: Eva Holm (V), Bo Lind (A)"]
    items = ["Pkt. 1 Godkendelse af dagsorden", "J.nr. 21/0012", "Beslutning", "Godkendt.",
             "Pkt. 2 Salg af byggegrunde", "J.nr. 21/0611", "Sagsfremstilling",
             "Der er fortsat tre usolgte parceller.", "Beslutning", "Godkendt.",
             "Pkt. 3 Eventuelt", "J.nr.", "Beslutning", "Intet."]
    m = _read(tmp_path, [front, items])
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Salg af byggegrunde",
                                          "Eventuelt"]
    assert m.items[2].decision == "Intet."


def test_a_member_who_left_noted_in_brackets_keeps_name_and_role(tmp_path):
    """"Ole Bak (O) (forlod mødet kl. 16.15 under punkt 2)" on the members' list: the
    name, and the whole note (with its clock) as the role; he is absent from the item he
    left during, not from the items before it. Before: the name "Ole Bak (O) (forlod
    mødet", the role "deltog under punkt 2)", absent from item 1."""
    front = ["Vejby Kommune", "Referat", "Børn og Unge-udvalget", "Mødedato:",
             "Onsdag den 15. marts 2023", "Mødetidspunkt:", "Kl. 14:00 - 17:10", "Mødested:",
             "Rådhuset, lokale 390", "Deltagere", "Eva Holm (F), formand", "Bo Lind (A)",
             "Ole Bak (O) (forlod mødet kl. 16.15 under punkt 2)", "Afbud", "Ida Krog (B)"]
    items = ["1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
             "2. Orientering fra rådmanden", "Sagsfremstilling",
             "Rådmanden orienterede om dialogmødet.", "Beslutning",
             "Orienteringen blev taget til efterretning."]
    m = _read(tmp_path, [front, items])
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Ole Bak (O)"] == ("deltog", "forlod mødet kl. 16.15 under punkt 2")
    assert people["Ida Krog (B)"] == ("afbud", "")
    assert m.items[0].absentees == []
    assert m.items[1].absentees == ["Ole Bak (O)"]

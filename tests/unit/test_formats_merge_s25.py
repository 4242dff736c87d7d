"""The merge of rounds 234–238 (session 25): two readings one round's change took from
another round's file, each rebuilt here on a small input of its own.

* A Word item table's "Beslutning" cell beside its value: the value's vote lines
  ("For stemte: …" / "Imod stemte: …" / "Undlod at stemme: …") are no page head's block of
  labelled lines (round 234), so a member's protocol note below them stays a line of its
  own, no abstainer.
* A head's paragraph of members under "Deltagere" wrapped over full lines, its last line
  one entry, then "Afbud X (C)" without a colon: the label ends the list (round 235's cut
  entries read on from the list so far, not from the line before).
"""

from __future__ import annotations

from .conftest import ReadFile
from .office_files import docx, para


def _cell(*texts: str) -> str:
    return "<w:tc>" + "".join(para(t) for t in texts) + "</w:tc>"


def test_a_decisions_vote_lines_in_a_label_cells_value_keep_the_note_below_them(
        read_file: ReadFile) -> None:
    note = ("Rikke Dam Holt (Ø) ønsker ført til protokol, at lukningen af filialen rammer "
            "de ældre i Hvidbjerg hårdt.")
    item = ("<w:tbl><w:tr>" + _cell("Beslutning")
            + _cell("Indstillingen blev godkendt.", "For stemte: A, V og C (5)",
                    "Imod stemte: Ø (1)", "Undlod at stemme: F (1)", note)
            + "</w:tr></w:tbl>")
    body = [para("Referat"), para("Kultur- og Fritidsudvalget"),
            para("Mødedato: Tirsdag den 10. marts 2026"), para("Mødested: Biblioteket, Hvidbjerg"),
            para("Lukning af bibliotekets filial", "Heading1", num=(2, 0)), item,
            para("Eventuelt", "Heading1", num=(2, 0)), para("Beslutning", "Heading2"),
            para("Intet.")]
    (m,) = read_file("kfu.docx", docx(body, {"Heading1": "heading 1", "Heading2": "heading 2"},
                                      {2: "decimal"}))
    decision = m.items[0].decision or ""
    assert decision.endswith(f"Undlod at stemme: F (1)\n{note}")
    assert m.items[0].votes == {"for": ["A", "V", "C"], "imod": ["Ø"], "undlod": ["F"]}


_HEAD = """Sønderlund Kommune REFERAT
Ekstraordinært møde i Byrådet
Mødedato 16.12.2025
Mødetidspunkt 17:00 – 17:20
Mødested Byrådssalen, Rådhuset, Torvet 2, 7700 Sønderlund
Deltagere
Mette Skov Andersen (A), Frank Holmgaard (A), Lise Vinding (A), Rune
Baggesen Lind (V), Kasper Toft (V), Hanne Juul Mikkelsen (V), Niels
Overby (C), Gitte Brandstrup (O), Tom Rasmussen (O), Susanne Bech
Krogh (F)
Afbud Allan Fisker (C)
Mødeleder Borgmester Mette Skov Andersen (A)
Indhold
45. Godkendelse af valget 2

45. Godkendelse af valget
Sagsnr.: 25/2210     Åbent punkt
Sagsfremstilling
Valget er afholdt.
Beslutning
Godkendt.
"""


def test_a_label_without_a_colon_after_a_wrapped_paragraph_of_members_ends_it(
        read_file: ReadFile) -> None:
    (m,) = read_file("ekstra.txt", _HEAD)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert len(people) == 11
    assert people["Mette Skov Andersen (A)"] == ("deltog", "borgmester")
    assert people["Susanne Bech Krogh (F)"][0] == "deltog"
    assert people["Allan Fisker (C)"][0] == "afbud"
    assert m.items[0].decision == "Godkendt."

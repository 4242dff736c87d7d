"""Round 148: everyday agendas (dagsordener) as PDFs of the common meeting systems – a
contents table whose number column is read as one row ("Pkt. 1. 2. 3."), items with an
empty dated decision heading, a supplementary agenda's own front page and contents
appended before its item; a members' paragraph wrapped inside a name ("…, Frank" /
"Aaen Nielsen, …"); and the meeting facts given as one invitation sentence ("Der
indkaldes hermed til møde i Økonomiudvalget mandag den …")."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings

from .pdf_files import pieces_pdf


def _read(tmp_path: Path, pages: list[list[str]]):
    """The one meeting of a PDF whose pages hold these lines, one a row."""
    path = tmp_path / "dagsorden.pdf"
    path.write_bytes(pieces_pdf([[(20.0, row, line) for row, line in enumerate(page)]
                                 for page in pages]))
    (meeting,) = read_meetings(path)
    return meeting


_SAID = "Beslutning i Sundhedsudvalget den 13-05-2019"
_FRONT = ["Mødedato:", "13-05-2019", "Mødetid:", "14:00", "Mødested:", "Rådhuset, lokale 2"]
_CONTENTS_AGENDA = [
    ["Lemvig Kommune", "Dagsorden", "Sundhedsudvalget", *_FRONT,
     "Medlemmer: Ida Holm (formand), Bo Lind (næstformand), Eva Krog, Poul Erik Dam, Frank",
     "Aaen Nielsen, Per Vang, Anne Bak", "Afbud: Per Vang",
     "Indhold", "Pkt. 1. 2. 3. 4.", "Sagsoverskrift", "Godkendelse af dagsorden", "2",
     "Budgetopfølgning", "2", "Lukket punkt: Personalesag", "2", "Eventuelt", "2"],
    ["1. Godkendelse af dagsorden", " Sagsnr.: 19/3108", "Indstilling",
     "Forvaltningen indstiller, at dagsordenen godkendes.", _SAID,
     "2. Budgetopfølgning", " Sagsnr.: 19/1420", "Sagsfremstilling",
     "Området viser et mindreforbrug på 2,1 mio. kr.", "Indstilling",
     "Forvaltningen indstiller, at budgetopfølgningen tages til efterretning.", _SAID,
     "3. Lukket punkt: Personalesag", " Sagsnr.: 19/4471", _SAID,
     "4. Eventuelt", " Sagsnr.: 19/3110", _SAID],
    ["Tillægsdagsorden", "Sundhedsudvalget", *_FRONT, "Indhold", " Pkt.", "Sagsoverskrift",
     "5.", "Ansøgning om midler fra satspuljen", "3"],
    ["5. Ansøgning om midler fra satspuljen", " Sagsnr.: 19/4823", "Sagsfremstilling",
     "Sundhedsstyrelsen har udmeldt en pulje.", "Indstilling",
     "Forvaltningen indstiller, at der søges om midler.", _SAID],
]


def test_contents_number_row_and_empty_dated_decisions_stay_an_agenda(tmp_path: Path) -> None:
    meeting = _read(tmp_path, _CONTENTS_AGENDA)
    assert meeting.doc_type == "dagsorden"
    assert [(i.number, i.title, i.journal_number, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", "19/3108", False),
        (2, "Budgetopfølgning", "19/1420", False),
        (3, "Personalesag", "19/4471", True),
        (4, "Eventuelt", "19/3110", False),
        (5, "Ansøgning om midler fra satspuljen", "19/4823", False)]
    # no decision anywhere: the supplementary agenda's front page is nobody's text
    assert not [s for i in meeting.items for s in i.sections
                if s.name == "Beslutning" and s.text.strip()]
    assert "Tillægsdagsorden" not in str(meeting.items[3].sections)


def test_members_paragraph_wrapped_inside_a_name(tmp_path: Path) -> None:
    meeting = _read(tmp_path, _CONTENTS_AGENDA)
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Ida Holm", "indkaldt"), ("Bo Lind", "indkaldt"), ("Eva Krog", "indkaldt"),
        ("Poul Erik Dam", "indkaldt"), ("Frank Aaen Nielsen", "indkaldt"),
        ("Per Vang", "afbud"), ("Anne Bak", "indkaldt")]


def test_invitation_sentence_names_the_committee(tmp_path: Path) -> None:
    meeting = _read(tmp_path, [
        ["Varde Kommune", "Plan- og Teknikudvalget - Dagsorden 20. januar 2025", " DAGSORDEN",
         " Plan- og Teknikudvalget",
         "Der indkaldes hermed til møde i Plan- og Teknikudvalget mandag den 20. januar 2025 "
         "kl. 13:00 i", "Byrådssalen, Rådhuset, Bytoften 2, Varde.", "Medlemmer:",
         "Ida Holm, formand", "Bo Lind, næstformand", "Eva Krog", "",
         "Punkt 1: Godkendelse af dagsorden", "Sagsnr.: 25/1042", "Indstilling:",
         "Direktøren indstiller, at dagsordenen godkendes.", "Beslutning:",
         "Punkt 2: Eventuelt", "Sagsnr.: 25/1044", "Beslutning:"]])
    assert (meeting.committee, meeting.doc_type, meeting.start_time) == (
        "Plan- og Teknikudvalget", "dagsorden", "13:00")
    assert meeting.place.startswith("Byrådssalen")
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden", "Eventuelt"]

"""Minutes from before the meeting systems (typed 1985–2005, retyped or saved later): a
retyped text whose agenda list is answered by "Ad punkt N." blocks over page breaks with
a running header, a typed page number and the chairman's initials; a typist's decision
in the passive ("Sagen blev udsat, …"); an added item "Punkt 4 a." after a decided item;
this meeting's decision below a quoted earlier one, and the case's text after the quote;
an agenda sent as a covering letter with a typed dateline ("Byby, den 3/3 2003"); a
typed PDF whose member list wraps inside a name, with "- 2 -" atop page 2 and the case's
earlier treatment told in a sentence; a closed part whose items each carry the mark."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")


def _rtf(tmp_path: Path, name: str, paragraphs: list[str]) -> Path:
    """An RTF file as Word 6 wrote it: `\\'xx` escapes, a paragraph a `\\par`."""
    def par(text: str) -> str:
        return text.translate({ord(c): f"\\'{ord(c.encode('cp1252')):02x}"
                               for c in "æøåÆØÅé"}) + "\\par\n"

    path = tmp_path / name
    path.write_text("{\\rtf1\\ansi\\deff0\n" + "".join(map(par, paragraphs)) + "}",
                    encoding="ascii")
    return path


_RETYPED = """\
GLOSTED KOMMUNE
Miljøudvalget


                              R E F E R A T

af ordinært møde i Miljøudvalget tirsdag den 8. november 1994, kl. 19.00,
i mødelokale 2 på Rådhuset.

Til stede: Formand Hans Ulrik Bech, Lise Mølgaard og Anker Dahl.

Fraværende med afbud: Tove Brandt.

Desuden deltog miljøchef Per Holt og overassistent Anni
Krogh, der førte referatet.


DAGSORDEN:

 1. Godkendelse af dagsorden
 2. Spildevandsplan 1995-98
 3. Renovation af rensningsanlæg
 4. Køb af jord ved Mosevej (lukket)
 5. Eventuelt


Ad punkt 1.

GODKENDELSE AF DAGSORDEN.

Dagsordenen blev godkendt.


Ad punkt 2.

SPILDEVANDSPLAN 1995-98.
Sag nr. 14/1994.

Forvaltningen har udarbejdet forslag til spildevandsplan for perioden.

Udvalget besluttede at sende forslaget i offentlig høring.




Formandens initialer: ______
\f                                 - 2 -

Miljøudvalget, 8/11 1994


Ad punkt 3.

RENOVATION AF RENSNINGSANLÆG.
Sag nr. 22/1994.

Der er indhentet tilbud fra tre firmaer.

Orienteringen blev taget til efterretning.


LUKKET MØDE


Ad punkt 4.

KØB AF JORD VED MOSEVEJ.
Sag nr. 30/1994.

Ejeren har tilbudt kommunen et areal på 2.000 m2.

Udvalget besluttede at anbefale købet.


Formandens initialer: ______
\f                                 - 3 -

Miljøudvalget, 8/11 1994


Ad punkt 5.

EVENTUELT.

Lise Mølgaard spurgte til vejbelysningen på Mosevej.


Mødet hævet kl. 21.15.



Hans Ulrik Bech          Lise Mølgaard          Anker Dahl



                                                   /Anni Krogh
"""


def test_ad_punkt_blocks_after_an_agenda_list_are_the_items(tmp_path: Path) -> None:
    path = tmp_path / "glosted_miljoeudvalget_1994-11-08.txt"
    path.write_bytes(_RETYPED.replace("\n", "\r\n").encode("cp1252"))
    (m,) = read_meetings(path)
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Glosted", "Miljøudvalget", date(1994, 11, 8), "19:00")
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", None, False),
        (2, "Spildevandsplan 1995-98", "14/1994", False),
        (3, "Renovation af rensningsanlæg", "22/1994", False),  # ("Ad punkt 3." atop page 2)
        (4, "Køb af jord ved Mosevej", "30/1994", True),
        (5, "Eventuelt", None, False)]  # (the list marks only item 4 closed)
    assert [i.decision for i in m.items] == [
        "Dagsordenen blev godkendt.", "Udvalget besluttede at sende forslaget i offentlig høring.",
        "Orienteringen blev taget til efterretning.", "Udvalget besluttede at anbefale købet.",
        "Lise Mølgaard spurgte til vejbelysningen på Mosevej."]
    text = "\n".join(s.text for i in m.items for s in i.sections)
    assert "SPILDEVANDSPLAN" not in text and "- 2 -" not in text and "initialer" not in text
    assert "Anni Krogh" not in text and "hævet" not in text  # (the typist's "/Anni Krogh")
    # the staff sentence names no member: no "stedfortræder", no name cut at the wrap
    assert [(p.name, p.status) for p in m.participants] == [
        ("Hans Ulrik Bech", "deltog"), ("Lise Mølgaard", "deltog"), ("Anker Dahl", "deltog"),
        ("Tove Brandt", "afbud")]


def test_a_decision_said_in_the_passive_is_no_part_of_the_case(tmp_path: Path) -> None:
    path = _rtf(tmp_path, "ssu_referat_1997.rtf", [
        "ÅSTRUP KOMMUNE", "SOCIALUDVALGET", "REFERAT",
        "fra møde i Socialudvalget onsdag den 3. december 1997, kl. 16.00, på Rådhuset.",
        "Til stede: Eva Lund (formand), Bo Kryger og Mette Rask.",
        "Pkt. 1\\tab GODKENDELSE AF DAGSORDEN", "Dagsordenen blev godkendt.",
        "Pkt. 2\\tab NY DAGCENTERPLADS", "Sag nr. 140/97",
        "Plejehjemmet har foreslået en ny dagcenterplads fra 1/2 1998.",
        "Sagen blev udsat, idet udvalget ønsker en økonomisk beskrivelse.",
        "LUKKET DAGSORDEN",
        "Pkt. 3\\tab KLAGESAG (LUKKET)", "Sag nr. 141/97", "En borger har klaget.",
        "Udvalget besluttede at fastholde afgørelsen.",
        "Pkt. 4\\tab EVENTUELT", "Bo Kryger spurgte til madordningen."])
    (m,) = read_meetings(path)
    item = m.item(2)
    assert item.decision == "Sagen blev udsat, idet udvalget ønsker en økonomisk beskrivelse."
    assert "udsat" not in item.section("Beskrivelse")
    # under "LUKKET DAGSORDEN" only the item with its own mark is closed
    assert [i.closed for i in m.items] == [False, False, True, False]


_ADDED = """\
VESTERBY KOMMUNE
ØKONOMIUDVALGET
REFERAT
af Økonomiudvalgets møde mandag den 14. maj 2001, kl. 16.00, på Rådhuset.
Til stede: Jens Bak (formand), Ole Vind, Ane Friis og Kurt Holm.

Punkt 1.\tSALG AF GRUNDE

Sag nr. 20/2001

Sagsfremstilling:

Forvaltningen foreslår en pris på 300 kr. pr. m2.

Indstilling:

Kommunaldirektøren indstiller, at prisen godkendes.

Økonomiudvalget besluttede at godkende prisen.

Punkt 1 a.\tLÅN TIL HALLEN (TILLÆGSPUNKT)

Sag nr. 31/2001

Sagsfremstilling:

Hallen søger om garanti for et lån på 1 mio. kr.

Indstilling:

Kommunaldirektøren indstiller, at garantien gives.

Økonomiudvalget besluttede med 2 stemmer mod 1 at give garantien.

For stemte: Jens Bak og Ole Vind.

Imod stemte: Kurt Holm.

Ane Friis undlod at stemme.

Punkt 2.\tLOKALPLAN NR. 12

Sag nr. 5/2001

Sagsfremstilling:

Lokalplanen har været i offentlig høring.

Teknisk Udvalg 2/5 2001, pkt. 4:

Teknisk Udvalg anbefaler, at lokalplanen vedtages endeligt.

Økonomiudvalget besluttede at tiltræde Teknisk Udvalgs indstilling.

Punkt 3.\tHØRING OVER REGIONPLAN

Sag nr. 7/2001

Sagsfremstilling:

Amtet har sendt regionplanen i høring.

Økonomiudvalget besluttede at godkende høringssvaret.
"""


def test_an_added_item_with_a_spaced_letter_after_a_decided_item(tmp_path: Path) -> None:
    path = tmp_path / "oeu_2001-05-14.txt"
    path.write_text(_ADDED, encoding="utf-8")
    (m,) = read_meetings(path)
    assert [(i.number, i.label, i.title) for i in m.items] == [
        (1, "", "SALG AF GRUNDE"), (2, "1a", "LÅN TIL HALLEN"),
        (3, "2", "LOKALPLAN NR. 12"), (4, "3", "HØRING OVER REGIONPLAN")]
    assert m.items[0].decision == "Økonomiudvalget besluttede at godkende prisen."
    assert m.items[1].journal_number == "31/2001"
    assert m.items[1].votes == {"for": ["Jens Bak", "Ole Vind"], "imod": ["Kurt Holm"],
                                "undlod": ["Ane Friis"]}


def test_this_meetings_decision_below_a_quoted_earlier_one(tmp_path: Path) -> None:
    path = tmp_path / "oeu_2001-05-14.txt"
    path.write_text(_ADDED, encoding="utf-8")
    (m,) = read_meetings(path)
    plan, region = m.items[2], m.items[3]
    assert plan.decision == "Økonomiudvalget besluttede at tiltræde Teknisk Udvalgs indstilling."
    (entry,) = plan.history
    assert (entry.committee, entry.date, entry.punkt, entry.text) == (
        "Teknisk Udvalg", date(2001, 5, 2), 4,
        "Teknisk Udvalg anbefaler, at lokalplanen vedtages endeligt.")
    assert region.decision == "Økonomiudvalget besluttede at godkende høringssvaret."
    assert region.section("Sagsfremstilling") == "Amtet har sendt regionplanen i høring."
    assert not m.warnings  # (no "referat uden beslutning")


def test_the_case_text_after_a_quoted_decision_is_the_cases_own(tmp_path: Path) -> None:
    path = _rtf(tmp_path, "ssu_referat_1997.rtf", [
        "ÅSTRUP KOMMUNE", "SOCIALUDVALGET", "REFERAT",
        "fra møde i Socialudvalget onsdag den 3. december 1997, kl. 16.00, på Rådhuset.",
        "Til stede: Eva Lund (formand), Bo Kryger og Mette Rask.",
        "Pkt. 1\\tab ÆLDREPLAN", "Sag nr. 88/97", "Tidligere behandling:",
        "Socialudvalget 1/10 1997, pkt. 2:", "Udvalget besluttede at sende planen i høring.",
        "Der er modtaget høringssvar fra Ældrerådet.", "Socialforvaltningens indstilling:",
        "Socialforvaltningen indstiller, at planen anbefales.",
        "Udvalget besluttede at følge indstillingen.",
        "Pkt. 2\\tab EVENTUELT", "Intet."])
    (m,) = read_meetings(path)
    item = m.items[0]
    (entry,) = item.history
    assert (entry.date, entry.punkt, entry.text) == (
        date(1997, 10, 1), 2, "Udvalget besluttede at sende planen i høring.")
    assert item.section("Beskrivelse") == "Der er modtaget høringssvar fra Ældrerådet."
    assert item.decision == "Udvalget besluttede at følge indstillingen."


def test_an_agenda_sent_as_a_letter_with_a_typed_dateline(tmp_path: Path) -> None:
    path = _rtf(tmp_path, "kulturudvalget_dagsorden.rtf", [
        "BYBY KOMMUNE", "Kulturudvalget", "Byby, den 3/3 2003", "DAGSORDEN",
        "til ordinært møde i Kulturudvalget torsdag den 13. marts 2003, kl. 19.00, "
        "i mødelokale 1 på Rådhuset.",
        "Udvalgets medlemmer: Anne Holm (formand), Bent Lund, Carl Mose og Dorte Vang.",
        "Afbud er meddelt af Dorte Vang.", "INDHOLDSFORTEGNELSE", "",
        "1. Godkendelse af dagsorden", "", "2. Tilskud til musikskolen", "",
        "3. Salg af gammel skole (lukket)", "", "4. Eventuelt", "",
        "1. GODKENDELSE AF DAGSORDEN", "", "2. TILSKUD TIL MUSIKSKOLEN", "",
        "Sagsnr. 2003/0011", "", "Sagsfremstilling:", "",
        "Musikskolen søger om et tilskud på 20.000 kr.", "", "Forvaltningens indstilling:", "",
        "Forvaltningen indstiller, at der ydes 15.000 kr.", "", "LUKKET PUNKT", "",
        "3. SALG AF GAMMEL SKOLE (LUKKET)", "", "Sagsnr. 2003/0014", "", "Sagsfremstilling:", "",
        "Sagen behandles for lukkede døre.", "", "4. EVENTUELT", "", "Med venlig hilsen", "",
        "Anne Holm Ib Krag", "", "formand kulturchef"])
    (m,) = read_meetings(path)  # (no "ligner et brev")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Kulturudvalget", date(2003, 3, 13), "19:00", "dagsorden")
    assert [(i.number, i.title.lower(), i.closed) for i in m.items] == [
        (1, "godkendelse af dagsorden", False), (2, "tilskud til musikskolen", False),
        (3, "salg af gammel skole", True), (4, "eventuelt", False)]
    assert ("Dorte Vang", "afbud") in [(p.name, p.status) for p in m.participants]


def _typed_pdf(tmp_path: Path, pages: list[list[str]]) -> Path:
    from fpdf import FPDF

    assert FONT.exists(), "the DejaVu font renders Danish letters into the PDF"
    pdf = FPDF()
    pdf.add_font("Mono", fname=str(FONT))
    pdf.set_font("Mono", size=10)
    for page in pages:
        pdf.add_page()
        for line in page:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "referat.pdf"
    pdf.output(str(path))
    return path


def test_a_typed_pdf_wrapped_name_page_number_and_told_history(tmp_path: Path) -> None:
    path = _typed_pdf(tmp_path, [[
        "LUNDBY KOMMUNE", "Fritidsudvalget", "REFERAT",
        "af møde i fritidsudvalget tirsdag den 9. februar 1988, kl. 19.30",
        "på Lundby Rådhus, mødelokale 1.",
        "Til stede: Aase Kristensen (formand), Jørgen Bakkegaard, Anne",
        "Marie Lund og Svend Dal.",
        "Fraværende med afbud: Ib Vest.",
        "1. MEDDELELSER.", "Meddelelserne blev taget til efterretning.",
        "2. TILSKUD TIL LYSANLÆG.", "Sag nr. 31/1987.",
        "Sagen var på udvalgets møde den 12/1 1988, pkt. 3, udsat, idet",
        "udvalget ønskede tilbud fra to firmaer. Der foreligger nu tilbud.",
        "Udvalget besluttede at anbefale et tilskud på 50.000 kr."], [
        "- 2 -",
        "3. EVENTUELT.", "Intet.", "Mødet hævet kl. 21.40."]])
    (m,) = read_meetings(path)
    assert "Anne Marie Lund" in [p.name for p in m.participants]
    assert [i.decision for i in m.items] == [
        "Meddelelserne blev taget til efterretning.",
        "Udvalget besluttede at anbefale et tilskud på 50.000 kr.", "Intet."]
    (entry,) = m.item(2).history
    assert (entry.committee, entry.date, entry.punkt, entry.text) == (
        "Fritidsudvalget", date(1988, 1, 12), 3,
        "udsat, idet udvalget ønskede tilbud fra to firmaer")

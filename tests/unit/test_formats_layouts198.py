"""Round 198: Danish letters mangled on the way out of an old system – a 7-bit text export
that transliterates them ("OEKONOMIUDVALGET"), a markdown file saved in a Windows code
page and read as UTF-8 (every "æ", "ø", "å" a U+FFFD), an old agenda page whose entities
were escaped twice ("Milj&amp;oslash;") and a PDF whose symbol-encoded font writes its
Danish letters as private-use codes in the text layer (U+F0E6 for "æ")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

from .fixture_files import written_meeting
from .pdf_files import mapped_font_pdf


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


_ASCII_EXPORT = """\
EGEBY KOMMUNE                                                        REFERAT
============================================================================

                              OEKONOMIUDVALGET

Modedato:        Mandag den 8. marts 2010
Modetidspunkt:   Kl. 15.30 - 17.40
Modested:        Moedelokale 1, Egeby Raadhus

Deltagere:       Ole Bak (V), formand
                 Kaare Noergaard (A)

----------------------------------------------------------------------------

Punkt 12   Godkendelse af dagsorden
----------------------------------------------------------------------------

Beslutning:
Godkendt.


Punkt 13   Budgetopfoelgning
----------------------------------------------------------------------------

Sagsfremstilling:
Opfoelgningen viser et merforbrug paa 1 mio. kr.

Beslutning:
Taget til efterretning.
"""


def test_transliterated_committee_is_named_with_its_danish_letters(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.txt", _ASCII_EXPORT)
    assert meeting.committee == "Økonomiudvalget"
    assert meeting.date == date(2010, 3, 8) and meeting.start_time == "15:30"
    assert [i.number for i in meeting.items] == [12, 13]
    assert meeting.items[1].decision == "Taget til efterretning."
    # a person's name is never spelled again
    assert "Kaare Noergaard (A)" in [p.name for p in meeting.participants]


_LOST = """\
# Referat

**Egeby Kommune**
**B\ufffdrne- og Skoleudvalget**

| | |
|---|---|
| **M\ufffddedato:** | Onsdag den 13. april 2016 |
| **M\ufffddetidspunkt:** | Kl. 14:00 \ufffd 17:15 |
| **M\ufffddested:** | M\ufffddelokale 2, Egeby R\ufffddhus |

## Medlemmer

| Navn | Funktion | Status |
|---|---|---|
| Kirsten Fr\ufffdlund (V) | Formand | Deltog |
| Mogens Br\ufffdndum (A) | N\ufffdstformand | Deltog |
| Birgit S\ufffdndergaard (A) | Medlem | Afbud |

---

## 1. Budgetopf\ufffdlgning 2016

**Sagsnr.:** 00.30.14-\ufffd00-4-16

### Tidligere behandlet

B\ufffdrne- og Skoleudvalget, 9. marts 2016, pkt. 41

### Sagsfremstilling

Budgetopf\ufffdlgningen viser et merforbrug.

### \ufffdkonomi

Merforbruget er 2,3 mio. kr.

### Beslutning i B\ufffdrne- og Skoleudvalget den 13-04-2016

Taget til efterretning.

Kirsten Fr\ufffdlund deltog ikke i behandlingen af punktet.

---

## 2. Meddelelser

### Beslutning i B\ufffdrne- og Skoleudvalget den 13-04-2016

Orienteringen taget til efterretning.
"""


def test_replacement_characters_for_danish_letters_keep_the_structure(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.md", _LOST)
    assert meeting.committee == "Børne- og Skoleudvalget"
    assert meeting.start_time == "14:00" and meeting.place == "Mødelokale 2, Egeby Rådhus"
    # names keep the "�" they are printed with: no letter is guessed
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Kirsten Fr\ufffdlund (V)", "deltog"), ("Mogens Br\ufffdndum (A)", "deltog"),
        ("Birgit S\ufffdndergaard (A)", "afbud")]
    first = meeting.items[0]
    assert first.title == "Budgetopf\ufffdlgning 2016"
    assert first.journal_number == "00.30.14-Ø00-4-16"
    assert first.decision.startswith("Taget til efterretning.")
    assert _section(first, "Økonomiske konsekvenser og finansiering").startswith("Merforbruget")
    assert [(h.committee, h.punkt) for h in first.history] == [("Børne- og Skoleudvalget", 41)]
    assert first.absentees == ["Kirsten Fr\ufffdlund"]
    assert meeting.items[1].decision == "Orienteringen taget til efterretning."


_TWICE_ESCAPED = """\
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=us-ascii">
<TITLE>Dagsorden - Teknik- og Milj&oslash;udvalget</TITLE></HEAD><BODY>
<P><B>Egeby Kommune</B></P>
<H1>Dagsorden</H1>
<TABLE>
<TR><TD><B>Udvalg:</B></TD><TD>Teknik- og Milj&#248;udvalget</TD></TR>
<TR><TD><B>M&oslash;dedato:</B></TD><TD>Tirsdag den 9. september 2008</TD></TR>
<TR><TD><B>M&oslash;detidspunkt:</B></TD><TD>Kl. 13.00</TD></TR>
</TABLE>
<H2>1. Godkendelse af dagsorden</H2>
<P>Dagsordenen forel&aelig;gges til godkendelse.</P>
<H2>2. Milj&amp;oslash;godkendelse af svinebrug</H2>
<P><I>Sagsnr.: 08/4471</I></P>
<P><B>Sagsfremstilling</B><BR>
Der er i h&amp;oslash;ringsperioden indkommet to indsigelser.</P>
<P><B>Indstilling</B><BR>
Teknik &amp;amp; Milj&amp;oslash; indstiller, at der meddeles milj&amp;oslash;godkendelse.</P>
<H2>3. Overtagelse af vejbelysning p&amp;aring; private f&amp;aelig;llesveje</H2>
<P><I>Sagsnr.: 08/2215</I></P>
<P><B>Sagsfremstilling</B><BR>
Forslaget fremg&#xE5;r af bilaget.</P>
</BODY></HTML>
"""


def test_entities_escaped_twice_are_read_as_letters(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "dagsorden.html", _TWICE_ESCAPED)
    assert meeting.committee == "Teknik- og Miljøudvalget"
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Miljøgodkendelse af svinebrug",
        "Overtagelse af vejbelysning på private fællesveje"]
    assert _section(meeting.items[1], "Indstilling") == (
        "Teknik & Miljø indstiller, at der meddeles miljøgodkendelse.")


# the private-use codes a symbol-encoded font's ToUnicode gives its Danish letters
# Danish letters mapped to private-use codes, as a symbol-encoded font's map has them
_SYMBOL_CODES = {"æ": "F0E6", "ø": "F0F8", "å": "F0E5", "Æ": "F0C6", "Ø": "F0D8", "Å": "F0C5"}


def _symbol_font_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose font's ToUnicode maps its Danish letters to private-use codes."""
    return mapped_font_pdf(lines, _SYMBOL_CODES)


def test_symbol_encoded_font_letters_are_read_as_danish(tmp_path: Path) -> None:
    path = tmp_path / "referat.pdf"
    path.write_bytes(_symbol_font_pdf([
        "Ærø Kommune", "Social- og Sundhedsudvalget", "Referat",
        "Mødedato: Onsdag den 17. november 2021", "Mødetidspunkt: Kl. 16:00",
        "Mødested: Mødelokale 1, Rådhuset",
        "Deltagere:", "Karen Søgaard Lund (A), formand", "Ole Dyrhøj (Ø)",
        "Fraværende:", "Jesper Åskov (A)",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "2. Ændring af serviceniveau for rengøring", "Sagsfremstilling",
        "Ændringen vil berøre ca. 140 borgere.", "Beslutning", "Indstillingen blev godkendt.",
        "For stemte: A (1)", "Undlod at stemme: Ø (1)",
        "3. Meddelelser", "Beslutning", "Taget til efterretning."]))
    (meeting,) = read_meetings(path)
    assert meeting.municipality == "Ærø"
    assert meeting.start_time == "16:00" and meeting.place == "Mødelokale 1, Rådhuset"
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Ændring af serviceniveau for rengøring", "Meddelelser"]
    assert meeting.items[0].decision == "Godkendt."
    assert meeting.items[1].votes.get("undlod") == ["Ø"]
    assert ("Jesper Åskov (A)", "afbud") in [(p.name, p.status) for p in meeting.participants]

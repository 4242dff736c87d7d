"""Round 243's layouts (round 243's blind files): what a PDF's text layer, and the text
taken from it, does to the characters. A font whose ToUnicode map writes every "ø" as
"o" and a combining stroke (U+0338) and every "å" as "a" and a ring (U+030A); a markdown
agenda exported decomposed, a zero-width space (U+200B) before every item's number and
after the case number's slash; a plain-text export with zero-width spaces in its
committee's name and case numbers and thin spaces (U+2009, U+202F) in its amounts; a
substitute "er indkaldt for" the member away; a page's break in the middle of a sentence
whose next page opens with a figure ("Det er" / "14 flere end …"). Every text is written
by the tests (other towns, bodies, names and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .pdf_files import mapped_font_pdf

RING, STROKE, ZWSP, THIN, NARROW = "\u030a", "\u0338", "\u200b", "\u2009", "\u202f"


def _decomposed(text: str) -> str:
    """The text as a decomposing font or export writes it: "ø" as "o" and a stroke,
    "å" as "a" and a ring."""
    return (text.replace("ø", "o" + STROKE).replace("Ø", "O" + STROKE)
            .replace("å", "a" + RING).replace("Å", "A" + RING))


def _item(m, number: int):
    return next(i for i in m.items if i.number == number)


# --- a PDF whose font's ToUnicode map decomposes ø and å ----------------------------------

# what the font's ToUnicode map gives for each Danish letter drawn: base letter and mark
_DECOMPOSING = {"ø": "006F0338", "Ø": "004F0338", "å": "0061030A", "Å": "0041030A"}


def _decomposing_font_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text shows "ø" and "å" and whose font's ToUnicode map gives
    each as its base letter and a combining mark."""
    return mapped_font_pdf(lines, _DECOMPOSING,
                           "<20> <7E> <0020>\n<C6> <E6> <00C6>\n")


_PDF = _decomposing_font_pdf([
    "Haderslev Kommune", "Referat", "Plan- og Miljøudvalget",
    "Mødedato: 14.05.2025", "Mødetid: 15:30 - 17:00",
    "Mødested: Byrådssalen, Rådhuset, Gåskærgade 26, 6100 Haderslev",
    "Deltagere: Søren Ålund (V), formand; Ida Højmark (Ø); Per Sø (A)",
    "Pkt. 7  Godkendelse af dagsorden", "Sag nr.: 25/611", "Beslutning", "Godkendt.",
    "Pkt. 8  Støjhandlingsplan for Ørby", "Sag nr.: 25/612", "Sagsfremstilling",
    "Planen omfatter støjskærme langs omfartsvejen.", "Økonomi",
    "Udgiften på 400.000 kr. afholdes af vejpuljen.", "Beslutning", "Godkendt.",
])


def test_decomposed_letters_read_as_the_page_shows_them(read_file: ReadFile) -> None:
    (m,) = read_file("referat.pdf", _PDF)
    assert m.municipality == "Haderslev"
    assert (m.start_time, m.place) == (
        "15:30", "Byrådssalen, Rådhuset, Gåskærgade 26, 6100 Haderslev")
    assert [p.name for p in m.participants] == [
        "Søren Ålund (V)", "Ida Højmark (Ø)", "Per Sø (A)"]
    item = _item(m, 8)
    assert item.title == "Støjhandlingsplan for Ørby"
    # ("Økonomi" with its stroke apart is no heading: its text ran into the Sagsfremstilling)
    assert item.section("Sagsfremstilling") == "Planen omfatter støjskærme langs omfartsvejen."
    assert "400.000 kr." in (item.section("Økonomiske konsekvenser og finansiering") or "")


# --- a markdown agenda exported decomposed, zero-width spaces before the numbers ----------

_AGENDA = _decomposed(f"""# Assens Kommune

**D A G S O R D E N**

## Børne- og Skoleudvalget

| | |
|---|---|
| **Mødedato** | Mandag den 12. maj 2025 |
| **Mødetidspunkt** | Kl. 16:00 |
| **Mødested** | Mødelokale 3, Rådhuset, Assens |
| **Medlemmer** | Bo Dahl (A), formand · Åse Grøn (V) · Jørgen Møll (Ø) |

<a id="punkt-12"></a>
## {ZWSP}12. Godkendelse af dagsorden

Sagsnr.: 25/{ZWSP}0711 · Åbent punkt

### Indstilling

Skolechefen indstiller, at dagsordenen godkendes.

<a id="punkt-13"></a>
## {ZWSP}13. Skolestruktur på Sønderø

Sagsnr.: 25/{ZWSP}0712 · Åbent punkt

### Sagsfremstilling

Skolerne på øen samles på én matrikel fra august 2026.

### Indstilling

Skolechefen indstiller, at forslaget sendes i høring.
""")


def test_decomposed_markdown_agenda_reads_its_items(read_file: ReadFile) -> None:
    (m,) = read_file("dagsorden.md", _AGENDA)
    assert (m.committee, m.date, m.doc_type) == ("Børne- og Skoleudvalget", date(2025, 5, 12),
                                                 "dagsorden")
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (12, "Godkendelse af dagsorden", "25/0711"), (13, "Skolestruktur på Sønderø", "25/0712")]
    assert "Jørgen Møll (Ø)" in [p.name for p in m.participants]


# --- a plain-text export: zero-width and thin spaces ---------------------------------------

_TEXT = f"""Ringsted Kommune
REFERAT
Kultur{ZWSP}udvalget
Mødedato: 9. april 2025
Mødetid: Kl. 17.00
Mødested: Mødelokale 4, Rådhuset, Ringsted
Deltagere: Lis Berg (V), formand; Ole Hald (A); Tom Ris (C)

14. Godkendelse af dagsorden
Sagsnr.: 25/{ZWSP}2210
Beslutning
Godkendt.

15. Renovering af Musik{ZWSP}huset
Sagsnr.: 24/{ZWSP}9081
Sagsfremstilling
Taget skal udskiftes. Udgiften er opgjort til 2{THIN}750{THIN}000 kr.
og arbejdet begynder den 2.{NARROW}juni 2025.
Beslutning
Godkendt.
"""


def test_zero_width_and_thin_spaces_in_a_text_export(read_file: ReadFile) -> None:
    (m,) = read_file("referat.txt", _TEXT)
    assert m.committee == "Kulturudvalget"
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (14, "Godkendelse af dagsorden", "25/2210"), (15, "Renovering af Musikhuset", "24/9081")]
    assert _item(m, 15).section("Sagsfremstilling") == (
        "Taget skal udskiftes. Udgiften er opgjort til 2 750 000 kr. og arbejdet begynder "
        "den 2. juni 2025.")


# --- a substitute "er indkaldt for" the member away ----------------------------------------

_CALLED = """Næstved Kommune
DAGSORDEN
Socialudvalget
Mødedato: 3. juni 2025
Mødetid: Kl. 15.00
Mødested: Mødelokale 2, Rådhuset, Næstved
Medlemmer: Kim Lund (A), formand; Eva Holt (C); Jan Bro (V)
Afbud: Eva Holt (C)
Stedfortræder: Mia Skov (C) er indkaldt for Eva Holt (C)

1. Godkendelse af dagsorden
Sagsnr.: 25/100
Indstilling
Direktøren indstiller, at dagsordenen godkendes.
"""


def test_substitute_called_in_is_named_without_the_verb(read_file: ReadFile) -> None:
    (m,) = read_file("dagsorden.txt", _CALLED)
    sub = next(p for p in m.participants if p.role.startswith("stedfortræder"))
    assert (sub.name, sub.role) == ("Mia Skov (C)", "stedfortræder for Eva Holt (C)")


# --- a page's break in a sentence, the next page opening with a figure ---------------------

_PAGES = """Slagelse Kommune
REFERAT
Erhvervsudvalget
Mødedato: 20. maj 2025
Mødetid: Kl. 08.00
Mødested: Mødelokale 1, Rådhuset, Slagelse
Deltagere: Karl Møller (V), formand; Sif Dam (A); Anne Berg (F)

1. Status på erhvervsservice
Sagsnr.: 25/3301
Sagsfremstilling
I 2024 har erhvervsservice vejledt 312 iværksættere i hele kommunen. Det er
Side 1 af 2
\f
Slagelse Kommune – Erhvervsudvalget – 20.05.2025
14 flere end året før, og flest har henvendt sig om finansiering.
Beslutning
Taget til efterretning.
Side 2 af 2
"""


def test_a_sentence_split_by_a_page_break_before_a_figure_stays_one(
        read_file: ReadFile) -> None:
    (m,) = read_file("referat.txt", _PAGES)
    assert _item(m, 1).section("Sagsfremstilling") == (
        "I 2024 har erhvervsservice vejledt 312 iværksættere i hele kommunen. Det er 14 flere "
        "end året før, og flest har henvendt sig om finansiering.")

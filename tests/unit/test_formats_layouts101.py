"""A hundred-and-first round of layouts (round 101's blind files): files from a meeting's
download folder that are no minutes – a case's bilag stamped with its meeting on every
page, the administration's notat, a høringssvar letter whose numbered paragraphs looked
like agenda items, the town's news article about the meeting and the portal's log-in
page. Each is skipped with a reason that says what it looks like, and minutes or an
agenda typed as a letter still read as a meeting. Every text is written by the tests
(other towns, bodies and words than the blind files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.formats import read_meetings
from ingest.formats.common import ParseError
from ingest.formats.text import meetings_from_text
from ingest.read import SkipFile


def _read(lines: list[str]) -> list:
    return meetings_from_text("\n".join(lines), Path("brev.pdf"), "pdf-tekst")


# --- a letter: numbered paragraphs under its dateline ------------------------------------

_LETTER = [
    "Vejle Kommune", "Social- og Seniorudvalget", "Att.: Sekretariatet", "Skolegade 1",
    "7100 Vejle", "Vejle, den 14. april 2025", "Vores ref.: 25/1188",
    "Svarfrist: 22. april 2025", "Høringssvar om ny visitation til dagcentrene",
    "Seniorrådet takker for høringsmaterialet, som udvalget behandler på sit møde den "
    "29. april 2025.", "Seniorrådet drøftede sagen på sit møde den 10. april 2025. Til "
    "stede var Bent Møller (formand) og Grethe Lund.",
    "1. Generelle bemærkninger", "Rådet støtter, at visitationen samles ét sted.",
    "2. Kørsel til dagcentrene", "Rådet ønsker en fast grænse for kørselstiden.",
    "3. Videre proces", "Rådet vil gerne inddrages i arbejdsgruppen.",
    "Med venlig hilsen", "Bent Møller", "Formand for Seniorrådet",
    "Kopi: Ældresagen Vejle",
]


def test_a_letters_numbered_paragraphs_are_no_agenda_but_minutes_typed_as_a_letter_are(
) -> None:
    with pytest.raises(ParseError, match="^ligner et brev, ikke et referat eller en dagsorden"):
        _read(_LETTER)
    [meeting] = _read([
        "Vordingborg Kommune", "Center for Kultur", "Vordingborg, den 20. maj 2025",
        "J.nr. 25/0911", "Til medlemmerne af Kulturudvalget", "Referat af udvalgsmøde",
        "Kulturudvalget holdt møde tirsdag den 13. maj 2025 kl. 16.00 i Mødelokale 2, "
        "Rådhuset.", "Til stede var Eva Dahl (A), formand, og Jens Bo (V).",
        "Ad 1) Godkendelse af dagsorden (sag nr. 25/0901)",
        "Udvalgets beslutning: Godkendt.",
        "Ad 2) Tilskud til musikskolen (sag nr. 25/0440)",
        "Indstilling: Centret indstiller, at tilskuddet godkendes.",
        "Udvalgets beslutning: Godkendt som indstillet.",
        "Med venlig hilsen", "Eva Dahl", "Formand",
    ])
    assert (meeting.committee, meeting.date.isoformat()) == ("Kulturudvalget", "2025-05-13")
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden",
                                                "Tilskud til musikskolen"]
    assert meeting.items[1].decision == "Godkendt som indstillet."


def test_a_letter_dated_without_den_is_no_agenda_but_an_agenda_sent_as_a_letter_is() -> None:
    lines = [ln.replace("Vejle, den 14. april 2025", "Vejle, 14. april 2025") for ln in _LETTER]
    with pytest.raises(ParseError, match="ligner et brev"):
        _read(lines)
    [meeting] = _read([
        "Faxe Kommune", "Faxe, den 2. juni 2025", "Vores ref.: 25/3300", "Dagsorden",
        "Handicaprådet holder møde mandag den 9. juni 2025 kl. 15.00 på Rådhuset.",
        "Punkt 1 Godkendelse af dagsorden", "Dagsordenen forelægges.",
        "Punkt 2 Budget 2026", "Forvaltningen orienterer.", "Med venlig hilsen",
    ])
    assert (meeting.date.isoformat(), meeting.start_time) == ("2025-06-09", "15:00")
    assert meeting.doc_type == "dagsorden"
    assert [i.title for i in meeting.items][0] == "Godkendelse af dagsorden"


# --- what a file that is no minutes looks like -------------------------------------------


def test_a_notat_says_it_is_a_notat() -> None:
    with pytest.raises(ParseError, match="^ligner et notat, ikke et referat"):
        _read(["Horsens Kommune", "NOTAT", "Til: Kulturudvalget", "Fra: Kultur og Fritid",
               "Dato: 3. marts 2025", "Emne: Haltider", "1. Baggrund",
               "Udvalget bad om et notat om haltider.", "2. Videre proces",
               "Notatet indgår på udvalgets næste møde.", "Med venlig hilsen", "Ole Holm"])


def test_a_bilag_stamped_on_every_page_says_it_is_a_bilag() -> None:
    stamp = "Bilag 2 til Plan- og Boligudvalget 04.03.2025, punkt 7"
    with pytest.raises(ParseError, match="^ligner et bilag, ikke et referat"):
        _read(["Skive Kommune", "Forslag til Lokalplan 88", "Marts 2025", stamp, "Side 1 af 2",
               "\f", "§ 1 Formål", "Området udlægges til boliger.", "§ 2 Anvendelse",
               "Kun boliger.", stamp, "Side 2 af 2"])


def test_a_news_article_says_it_is_a_news_article() -> None:
    with pytest.raises(ParseError, match="^ligner en nyhedsartikel, ikke et referat"):
        _read(["Nyheder", "Politik · Publiceret 5. maj 2025 · Opdateret 6. maj 2025",
               "Kommunalbestyrelsen sagde ja til ny hal",
               "Kommunalbestyrelsen holdt møde mandag aften.", "Ny hal i Ribe",
               "Beslutningen blev truffet med 25 stemmer for."])


def test_a_log_in_page_says_it_needs_a_log_in(tmp_path: Path) -> None:
    page = tmp_path / "side.html"
    page.write_text(
        "<!DOCTYPE html><html lang='da'><head><title>Politikerportal – Eksempel Kommune"
        "</title></head><body><h1>Log ind for at se referatet</h1>"
        "<p>Mødet den 12.05.2025 kl. 17:00 i Økonomiudvalget er ikke offentliggjort.</p>"
        "<form><div><label for='u'>Brugernavn</label><input id='u' name='u'></div>"
        "<div><label for='p'>Adgangskode</label><input id='p' type='password' name='p'></div>"
        "<div><button type='submit'>Log ind</button></div></form></body></html>",
        encoding="utf-8")
    with pytest.raises(SkipFile) as err:
        read_meetings(page)
    assert "tekst: ligner en log ind-side" in str(err.value)
    assert "kræver log ind" in str(err.value)


def test_a_text_without_date_or_items_says_it_is_no_minutes_unlike_minutes_without_items(
) -> None:
    with pytest.raises(ParseError) as err:
        _read(["Om kommunen", "Her kan du læse om kommunens politiske organisation.",
               "Kontakt borgerservice for spørgsmål."])
    assert str(err.value) == ("ligner ikke et referat eller en dagsorden: ingen mødedato og "
                              "ingen dagsordenspunkter")
    with pytest.raises(ParseError, match=r"^ingen dagsordenspunkter fundet \(forventede"):
        _read(["Referat", "Kulturudvalget", "Mødedato: 3. marts 2025",
               "Udvalget drøftede hallerne."])

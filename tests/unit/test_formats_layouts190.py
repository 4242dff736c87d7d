"""A hundred and ninetieth round of layouts (round 190's blind files): minutes and agendas
with their attachments (bilag) bound in. A "samlet dokument" whose attachment pages stand
under a running header of their own ("Referat samlet dokument – bilag" / "Side 7") above
each attachment's separator; an agenda's "Bilagsmappe" after the last item, its index and
an attachment holding another meeting's "Punkt 1." and "Beslutning:"; a cover's header
table "Fraværende Ingen" over "Bemærkninger …"; a web page's agenda with every attachment
expanded inline under its item, one of them another committee's minutes with their own
"Beslutning" and "Afbud:"; "bilag 4.1." ending a sentence. Every text is written by the
tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile


def _page(head: list[str], number: int, lines: list[str]) -> str:
    return "\n".join([*head, f"Side {number}", *lines]) + "\n\f\n"


_MINUTES_HEAD = ["Norddjurs Kommune", "Miljø- og Planudvalget, 04-03-2025"]
_BILAG_HEAD = ["Referat samlet dokument – bilag"]


def _bound_minutes() -> str:
    """Three pages of minutes, then four pages of attachments under their own header."""
    return "".join([
        "\n".join(["Norddjurs Kommune", "Referat", "Miljø- og Planudvalget", "Mødedato:",
                   "Tirsdag den 4. marts 2025", "Mødetidspunkt:", "Kl. 14:00 - 16:00",
                   "Mødested:", "Mødelokale 2, Rådhuset", "Deltagere:",
                   "Anders Kjær (A), formand", "Mette Lund (V)", "Ole Brix (F)"]) + "\n\f\n",
        _page(_MINUTES_HEAD, 2, [
            "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
            "2. Naturplan 2025-2028 - endelig vedtagelse", "Sagsnr.: 01.05.00-P15-1-24",
            "Sagsfremstilling", "Planen har været i høring i otte uger.", "Indstilling",
            "Direktøren indstiller, at planen vedtages.", "Bilag",
            "Bilag 1: Høringssvar", "Beslutning i Byrådet den 28-01-2025"]),
        _page(_MINUTES_HEAD, 3, [
            "Planen sendes i høring.", "Beslutning i Miljø- og Planudvalget den 04-03-2025",
            "Anbefales.", "3. Lukket punkt: Køb af areal ved Grenå Å",
            "Sagsnr.: 01.05.00-G01-2-25", "Punktet er behandlet for lukkede døre."]),
        _page(_MINUTES_HEAD, 4, [
            "4. Meddelelser", "Sagsnr.: 00.01.00-A00-3-25", "Sagsfremstilling",
            "Der er intet nyt fra forvaltningen.", "Beslutning",
            "Orienteringen taget til efterretning.", "Mødet hævet kl. 16:00."]),
        _page(_BILAG_HEAD, 5, [
            "Bilag 1: Høringssvar",
            "Udvalg: Miljø- og Planudvalget  ·  Mødedato: 04. marts 2025 - kl. 14:00",
            "Høringssvar til forslag til Naturplan 2025-2028",
            "Der er indkommet to høringssvar."]),
        _page(_BILAG_HEAD, 6, [
            "Høringssvar A", "Danmarks Naturfredningsforening", "Afdeling Norddjurs",
            "18. februar 2025", "Høringssvar vedrørende Naturplan 2025-2028",
            "1. Støj fra omfartsvejen", "Vejen bør have støjskærme ved skoven.",
            "2. Vandhuller i Fuglsø", "Vandhullerne bør oprenses i 2025.",
            "3. Stier langs kysten", "Stierne bør forbindes."]),
        _page(_BILAG_HEAD, 7, [
            "Høringssvar B", "Lodsejerforeningen", "Dato: 20.02.2025",
            "Vi ønsker et møde med forvaltningen.", "Beslutning",
            "Bestyrelsen ønsker et møde."]),
    ])


def test_attachment_pages_under_their_own_running_header_end_the_minutes(
        read_file: ReadFile) -> None:
    meeting, = read_file("norddjurs-mpu-2025-03-04-samlet.txt", _bound_minutes())
    assert meeting.committee == "Miljø- og Planudvalget"
    assert meeting.date == date(2025, 3, 4)
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Naturplan 2025-2028 - endelig vedtagelse",
        "Køb af areal ved Grenå Å", "Meddelelser"]
    assert meeting.item(4).decision == "Orienteringen taget til efterretning."
    closed = meeting.item(3)
    assert closed.closed and not closed.decision  # (its note is no decision)
    # (a page's running header joins no text: the history's decision is its own words)
    item = meeting.item(2)
    assert item.decision == "Anbefales."
    assert [(t.committee, t.date, t.text) for t in item.history] == [
        ("Byrådet", date(2025, 1, 28), "Planen sendes i høring.")]
    text = "\n".join(s.text for i in meeting.items for s in i.sections)
    assert "Norddjurs Kommune" not in text and "Støj fra omfartsvejen" not in text


_FOLDER_HEAD = ["Lemvig Kommune Teknisk Udvalg 12-03-2019"]


def _agenda_with_folder() -> str:
    """An agenda whose last item is followed by its attachments' folder."""
    return "".join([
        "\n".join([*_FOLDER_HEAD, "Dagsorden", "Teknisk Udvalg", "Mødedato: 12-03-2019",
                   "Mødetidspunkt: 15:00", "Mødested: Mødelokale 1, Rådhuset",
                   "Medlemmer:", "Hanne Vig (V), formand", "Bent Lau (A)"]) + "\n\f\n",
        "\n".join([*_FOLDER_HEAD, "1. Godkendelse af dagsorden", "Indstilling",
                   "Det indstilles, at dagsordenen godkendes.",
                   "2. Trafikplan for Harboøre", "Sagsnr.: 19/00412",
                   "Sagsfremstilling", "Planen er udarbejdet efter borgermøder.",
                   "Indstilling", "Teknik indstiller, at planen godkendes.",
                   "Bilag", "Åben - Notat om trafiktælling (Bilagsmappe, bilag 1)",
                   "Side 2"]) + "\n\f\n",
        "\n".join([*_FOLDER_HEAD, "3. Orientering og eventuelt", "Sagsnr.: 19/00102",
                   "Sagsfremstilling", "Orientering fra formanden.", "Side 3"]) + "\n\f\n",
        "\n".join([*_FOLDER_HEAD, "Bilagsmappe", "Teknisk Udvalg", "Mødedato: 12-03-2019",
                   "Bilag nr. Punkt Titel", "1 2 Notat om trafiktælling",
                   "2 2 Referat af borgermøde", "Side 4"]) + "\n\f\n",
        "\n".join([*_FOLDER_HEAD, "Bilag 2 til punkt 2: Referat af borgermøde",
                   "Borgermøde i Harboøre 14. februar 2019", "Punkt 1. Velkomst",
                   "Formanden bød velkommen.", "Punkt 2. Trafik ved skolen",
                   "Beslutning:", "Forsamlingen ønsker en fartdæmpning.", "Side 5"]) + "\n\f\n",
    ])


def test_an_attachments_folder_after_the_last_item_is_no_text_of_it(
        read_file: ReadFile) -> None:
    meeting, = read_file("lemvig-tu-2019-03-12-dagsorden.txt", _agenda_with_folder())
    assert meeting.doc_type == "dagsorden"
    assert [i.number for i in meeting.items] == [1, 2, 3]
    assert not any(i.decision for i in meeting.items)
    last = meeting.item(3)
    assert last.section("Sagsfremstilling") == "Orientering fra formanden."
    assert "Bilagsmappe" not in "\n".join(s.text for s in last.sections)


_COVER_TABLE = """Referat
Udvalg Børne- og Ungeudvalget
Mødetidspunkt 20-02-2024 15:00 - 17:00
Mødested Mødelokale 3, Rådhuset, Torvet 1, 7500 Holstebro
Medlemmer Pia Kryger (A), formand
Hans Bech (V), næstformand
Lis Dahl (C)
Kim Ravn (F)
Fraværende Ingen
Bemærkninger Kim Ravn (F) forlod mødet kl. 16.10 under behandlingen af punkt 2.
Indholdsfortegnelse
1. Godkendelse af dagsorden
2. Skolestruktur
3. Eventuelt

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Skolestruktur
Beslutning
Drøftet.

3. Eventuelt
Beslutning
Intet.
"""


def test_nobody_absent_in_a_cover_table_joins_no_rows_below_it(read_file: ReadFile) -> None:
    meeting, = read_file("holstebro-buu-2024-02-20.txt", _COVER_TABLE)
    assert [p.name for p in meeting.participants] == [
        "Pia Kryger (A)", "Hans Bech (V)", "Lis Dahl (C)", "Kim Ravn (F)"]
    assert all(p.status == "deltog" for p in meeting.participants)
    assert meeting.item(3).absentees == ["Kim Ravn (F)"]
    assert not any("Ingen" in name for i in meeting.items for name in i.absentees)


_EXPANDED = """<!DOCTYPE html><html lang="da"><head><title>Dagsorden | Slagelse</title></head>
<body><header class="site-header"><a href="/">Slagelse Kommune</a>
<nav><a href="/borger/">Borger</a><a href="/politik/">Politik</a></nav></header>
<main><h1>Dagsorden – Social- og Seniorudvalget</h1>
<dl class="moede-info"><dt>Mødedato</dt><dd>Mandag den 3. februar 2025</dd>
<dt>Tidspunkt</dt><dd>Kl. 15.00</dd><dt>Mødested</dt><dd>Byrådssalen, Rådhuset</dd></dl>
<h2>Medlemmer</h2><ul><li>Jens Holt (A), formand</li><li>Rikke Bay (V)</li>
<li>Ib Kaas (Ø)</li></ul>
<section class="punkt" id="punkt-1"><h2><span>1.</span> Godkendelse af dagsorden</h2>
<div><h3>Indstilling</h3><p>Det indstilles, at dagsordenen godkendes.</p></div></section>
<section class="punkt" id="punkt-2"><h2><span>2.</span> Seniorpolitik 2025 – høring</h2>
<p class="sagsnr">Sagsnr.: 25/00731</p><div>
<h3>Sagsfremstilling</h3><p>Udkastet har været drøftet i Ældrerådet, jf. bilag 2.1.</p>
<h3>Indstilling</h3><p>Social og Sundhed indstiller, at udkastet sendes i høring som vist
i bilag 2.2.</p>
<h3>Bilag</h3>
<details class="bilag" open><summary><span>Bilag 2.1</span> Uddrag af referat fra
Ældrerådet 20.01.2025 <span>(PDF, 80 KB)</span></summary>
<div class="bilag-indhold"><h3>Uddrag af referat – Ældrerådet</h3>
<p>Mødedato: 20. januar 2025, kl. 10.00</p>
<h4>Punkt 3. Seniorpolitik 2025</h4>
<p><strong>Sagsfremstilling</strong></p><p>Rådet drøftede udkastet.</p>
<p><strong>Beslutning</strong></p>
<p>Ældrerådet anbefaler udkastet. Afbud: Grethe Moos (Ældre Sagen).</p></div></details>
<details class="bilag" open><summary><span>Bilag 2.2</span> Udkast til Seniorpolitik
2025</summary><div class="bilag-indhold"><h3>Seniorpolitik 2025</h3>
<h4>1. Indledning</h4><p>Politikken gælder for alle borgere over 65 år.</p>
<h4>2. Mål</h4><p>Flere seniorer skal være aktive.</p></div></details>
</div></section>
<section class="punkt" id="punkt-3"><h2><span>3.</span> Eventuelt</h2></section>
</main></body></html>"""


def test_an_attachment_expanded_on_an_agenda_page_is_no_part_of_the_meeting(
        read_file: ReadFile) -> None:
    meeting, = read_file("slagelse-sso-2025-02-03-dagsorden.html", _EXPANDED)
    assert meeting.committee == "Social- og Seniorudvalget"
    assert meeting.date == date(2025, 2, 3)
    assert meeting.doc_type == "dagsorden"  # (the attachment's "Beslutning" is another's)
    assert [p.status for p in meeting.participants] == ["indkaldt"] * 3
    assert [i.number for i in meeting.items] == [1, 2, 3]
    item = meeting.item(2)
    assert not item.decision and item.absentees == []
    assert item.section("Sagsfremstilling") == (
        "Udkastet har været drøftet i Ældrerådet, jf. bilag 2.1.")
    assert item.section("Indstilling").startswith("Social og Sundhed indstiller")
    attached = item.section("Bilag")
    assert "Ældrerådet anbefaler udkastet." in attached and "2. Mål" in attached


def test_an_attachments_number_ending_a_sentence_stays_in_it(read_file: ReadFile) -> None:
    text = ("Referat\nByrådet\nMødedato: 5. marts 2024\n\n"
            "1. Kulturpuljen\nSagsfremstilling\n"
            "Der er modtaget fire ansøgninger, som fremgår af bilag 3.2.\n"
            "Beslutning\nFordelt som foreslået i bilag 3.1.\n")
    meeting, = read_file("byraadet.txt", text)
    item = meeting.item(1)
    assert item.section("Sagsfremstilling") == (
        "Der er modtaget fire ansøgninger, som fremgår af bilag 3.2.")
    assert item.decision == "Fordelt som foreslået i bilag 3.1."

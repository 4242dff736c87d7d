"""Round 160: minutes whose decisions are written apart from the items' texts – a PDF
whose items carry only their case texts, a contents list whose dot leaders a PDF library
drew on lines of their own, and a closing "Beslutningsprotokol" of "Ad punkt N:" entries;
an RTF protocol whose signed decision blocks repeat each item's heading after all items;
a web page whose decisions stand in a tab of their own, each block linked to its item's
anchor; a protocol's earlier treatment named by its "sag N"; a party named in full
restating its letter's vote; and a history heading written as a sentence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

from .pdf_files import pieces_pdf


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


def _read(tmp_path: Path, name: str, data: bytes | str):
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return read_meetings(path)


_LEADER = "  ".join(["."] * 30)
_HEAD = ["Egeby Kommune", "Teknisk Udvalg  |  Referat  |  02-10-2023"]
_PAGES = [
    [*_HEAD, "Referat", "Teknisk Udvalg", "Mødedato:", "Mandag den 2. oktober 2023",
     "Mødetidspunkt:", "Kl. 16:00 - 18:00", "Mødested:", "Rådhuset, mødelokale 3",
     "Medlemmer:", "Ida Holm (V), formand", "Bo Lund (A)", "Eva Kirk (Ø)"],
    [*_HEAD, "Indholdsfortegnelse", f"{_LEADER} 3", "1. Godkendelse af dagsorden",
     f"{_LEADER} 3", "2. Cykelsti langs Skovvej", f"{_LEADER} 3", "3. Eventuelt",
     f"{_LEADER} 4", "Beslutningsprotokol"],
    [*_HEAD, "1. Godkendelse af dagsorden", "Sagsnr.: 00.22.00-A00-1-23", "Sagsfremstilling",
     "Dagsordenen forelægges til godkendelse.", "2. Cykelsti langs Skovvej",
     "Sagsnr.: 05.01.00-G01-2-23", "Tidligere behandling",
     "Teknisk Udvalg den 8. maj 2023, punkt 4: Projektet sendes i høring.",
     "Sagsfremstilling", "Høringen gav seks svar, alle positive.", "Indstilling",
     "Administrationen indstiller, at projektet godkendes.", "3. Eventuelt",
     "Sagsnr.: 00.22.00-A00-2-23"],
    [*_HEAD, "Beslutningsprotokol", "Teknisk Udvalgs beslutninger på mødet den 2. oktober 2023.",
     "Ad punkt 1:", "Godkendt.", "Ad punkt 2:", "Projektet godkendt.",
     "For stemte: Ida Holm (V) og Bo Lund (A).", "Imod stemte: Eva Kirk (Ø).",
     "Ad punkt 3:", "Intet.", "Mødet hævet kl. 18:00."],
]


def test_pdf_decision_protocol_joins_each_ad_punkt_to_its_item(tmp_path: Path) -> None:
    """Contents leaders drawn above their titles are no decisions, and the earlier
    treatment's date in item 2 starts no second meeting: each "Ad punkt N" is item N's."""
    pages = [[(20.0, row, line) for row, line in enumerate(page)] for page in _PAGES]
    (meeting,) = _read(tmp_path, "referat.pdf", pieces_pdf(pages))
    assert (meeting.committee, meeting.date) == ("Teknisk Udvalg", date(2023, 10, 2))
    assert [i.number for i in meeting.items] == [1, 2, 3]
    first, second, last = meeting.items
    assert _section(first, "Beslutning") == "Godkendt."
    assert _section(first, "Sagsfremstilling") == "Dagsordenen forelægges til godkendelse."
    assert _section(second, "Beslutning").startswith("Projektet godkendt.")
    assert second.votes == {"for": ["Ida Holm (V)", "Bo Lund (A)"], "imod": ["Eva Kirk (Ø)"]}
    assert [(t.date, t.punkt) for t in second.history] == [(date(2023, 5, 8), 4)]
    assert _section(last, "Beslutning") == "Intet."
    assert not any("." * 3 in s.text.replace(" ", "") for i in meeting.items for s in i.sections)


def _rtf(lines: list[str]) -> str:
    """An RTF document of these paragraphs, its letters beyond ASCII as \\uN? escapes."""
    body = "".join("".join(ch if ord(ch) < 128 else f"\\u{ord(ch)}?" for ch in line) + "\\par\n"
                   for line in lines)
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n" + body + "}"


_SIGN = ["Underskrifter:", "Ida Holm  Bo Lund  Eva Kirk"]
_PROTOCOL = [
    "EGEBY KOMMUNE", "Teknisk Udvalg", "PROTOKOL",
    "over ordinært møde tirsdag den 14. oktober 2014 kl. 13.30",
    "Mødested: Rådhuset, mødelokale 2",
    "Til stede: Ida Holm (V), formand, Bo Lund (A), Eva Kirk (Ø)",
    "Sager til behandling", "Sag 1 Godkendelse af dagsorden", "Sag 2 Lokalplan for Vestermarken",
    "Sag 3 Eventuelt", "Sag 1 – Godkendelse af dagsorden", "J.nr.: 00.01.00-A00-22-14",
    "Sagsfremstilling:", "Dagsordenen forelægges til godkendelse.",
    "Sag 2 – Lokalplan for Vestermarken", "J.nr.: 01.02.05-P16-3-14",
    "Sagens tidligere behandling:",
    "Teknisk Udvalg den 10. juni 2014, sag 4: Forslaget anbefales sendt i høring.",
    "Kommunalbestyrelsen den 24. juni 2014, sag 7: Forslaget vedtaget til høring.",
    "Sagsfremstilling:", "Forslaget har været i offentlig høring i otte uger.",
    "Sag 3 – Eventuelt", "J.nr.: 00.01.00-A00-23-14",
    "BESLUTNINGER", "Udvalgets beslutninger i de enkelte sager, hver underskrevet.",
    "Sag 1 – Godkendelse af dagsorden", "Beslutning: Dagsordenen godkendt.", *_SIGN,
    "Sag 2 – Lokalplan for Vestermarken", "Beslutning: Lokalplanen anbefales vedtaget.",
    "For stemte: Ida Holm og Bo Lund.", "Imod stemte: Eva Kirk.", *_SIGN,
    "Sag 3 – Eventuelt", "Beslutning: Eva Kirk spurgte til cykelstien.", *_SIGN,
]


def test_rtf_signed_decision_blocks_join_their_sag_by_number(tmp_path: Path) -> None:
    """Each block after "BESLUTNINGER" repeating "Sag N – Title" is item N's decision,
    without its signatures; the last item keeps only its own."""
    (meeting,) = _read(tmp_path, "protokol.rtf", _rtf(_PROTOCOL))
    assert [i.number for i in meeting.items] == [1, 2, 3]
    decisions = [_section(i, "Beslutning") for i in meeting.items]
    assert decisions[0] == "Dagsordenen godkendt."
    assert decisions[1].startswith("Lokalplanen anbefales vedtaget.")
    assert decisions[2] == "Eva Kirk spurgte til cykelstien."
    assert not any("Underskrifter" in d for d in decisions)
    assert meeting.items[1].votes == {"for": ["Ida Holm", "Bo Lund"], "imod": ["Eva Kirk"]}
    assert meeting.items[2].votes == {}


def test_protocol_history_names_the_earlier_sag(tmp_path: Path) -> None:
    """ "Kommunalbestyrelsen den 24. juni 2014, sag 7: …": a treatment with its item."""
    (meeting,) = _read(tmp_path, "protokol.rtf", _rtf(_PROTOCOL))
    history = meeting.items[1].history
    assert [(t.committee, t.date, t.punkt) for t in history] == [
        ("Teknisk Udvalg", date(2014, 6, 10), 4), ("Kommunalbestyrelsen", date(2014, 6, 24), 7)]


def _article(ident: int, number: int, title: str, text: str) -> str:
    return (f'<article id="punkt-{ident}"><h2><span class="nr">{number}.</span>{title}</h2>'
            f'<p>Sagsnr.: 00.01.00-A00-{number}-23</p><h3>Sagsfremstilling</h3><p>{text}</p>'
            "</article>")


def _decision(ident: int, title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<div class="blok"><h3><a href="#punkt-{ident}">{title}</a></h3>{body}</div>'


_PAGE = f"""<html><body><main>
<h1>Kultur- og Fritidsudvalget</h1><p>Referat af mødet tirsdag den 18. april 2023</p>
<p>Mødedato: 18.04.2023</p><p>Mødetidspunkt: 17:00 - 19:00</p>
<ul class="nav nav-tabs" role="tablist">
<li><a href="#tab-sager" role="tab" data-toggle="tab">Sager</a></li>
<li><a href="#tab-beslutninger" role="tab" data-toggle="tab">Beslutninger</a></li>
<li><a href="#tab-bilag" role="tab" data-toggle="tab">Bilag</a></li></ul>
<div class="tab-content"><div role="tabpanel" class="tab-pane active" id="tab-sager">
{_article(11, 1, "Godkendelse af dagsorden", "Dagsordenen forelægges.")}
{_article(12, 2, "Kulturpuljen 2023", "Der er modtaget 12 ansøgninger.")}
{_article(13, 3, "Fri entré på museet", "Museet foreslår et forsøg.")}
</div><div role="tabpanel" class="tab-pane" id="tab-beslutninger">
<h2>Beslutninger</h2><p>Udvalgets beslutninger. Klik på sagens titel for at se sagen.</p>
{_decision(11, "Godkendelse af dagsorden", "Godkendt.")}
{_decision(12, "Kulturpuljen 2023", "Tilskud bevilget som indstillet.")}
{_decision(13, "Fri entré på museet", "Indstillingen godkendt.", "For stemte: A og F.",
           "Imod stemte: V.")}
</div><div role="tabpanel" class="tab-pane" id="tab-bilag">
<ul><li><a href="/bilag/12-1.pdf">Fordeling af puljen (bilag 1)</a></li></ul>
</div></div></main></body></html>"""


def test_html_decision_tab_blocks_join_the_items_their_links_name(tmp_path: Path) -> None:
    """A decision block headed by a link to "#punkt-12" is item 2's decision; the tab's
    lead-in and the attachments tab are no decision text."""
    (meeting,) = _read(tmp_path, "referat.html", _PAGE)
    assert (meeting.committee, meeting.date) == ("Kultur- og Fritidsudvalget", date(2023, 4, 18))
    assert [i.number for i in meeting.items] == [1, 2, 3]
    decisions = [_section(i, "Beslutning") for i in meeting.items]
    assert decisions[:2] == ["Godkendt.", "Tilskud bevilget som indstillet."]
    assert decisions[2].startswith("Indstillingen godkendt.")
    assert "Klik" not in decisions[2] and "bilag 1" not in decisions[2]
    assert meeting.items[2].votes == {"for": ["A", "F"], "imod": ["V"]}
    assert meeting.items[1].votes == {}


_MINUTES = """Social- og Sundhedsudvalget

Referat

Mødedato: 9. juni 2021 kl. 08.30

Mødested: Mødelokale 2, Rådhuset

Punkt 1: Ældrepolitik 2021-2025

Sagen tidligere behandlet

Social- og Sundhedsudvalget 05-05-2021, punkt 3: Udkast sendt i høring.

Sagsfremstilling

Udkastet har været i høring.

Beslutning

Anbefales over for Byrådet.

Punkt 2: Plejeboliger i Løgstør

Sagsfremstilling

Der søges om en anlægsbevilling.

Beslutning

Godkendt med 4 stemmer for (V, C og O) og 2 stemmer imod (A).

Socialdemokratiet stemte imod, da partiet ønsker en anden placering.
"""


def test_party_named_in_full_restates_its_letters_vote(tmp_path: Path) -> None:
    """ "Socialdemokratiet stemte imod, da …" after "imod (A)" is no second voter."""
    (meeting,) = _read(tmp_path, "referat.md", _MINUTES)
    assert meeting.items[1].votes == {"for": ["V", "C", "O"], "imod": ["A"]}


def test_history_heading_written_as_a_sentence(tmp_path: Path) -> None:
    """ "Sagen tidligere behandlet" heads the history: no description of its own."""
    (meeting,) = _read(tmp_path, "referat.md", _MINUTES)
    item = meeting.items[0]
    assert [(t.date, t.punkt) for t in item.history] == [(date(2021, 5, 5), 3)]
    assert "Sagen tidligere behandlet" not in " ".join(s.text for s in item.sections)

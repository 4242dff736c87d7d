"""A ninety-seventh round of layouts (round 97's blind files): a meeting portal's page in
a Bootstrap template whose participants sit in a collapsed "Deltagere" toggle (a button
over the region it opens, each member a card of name, party, role and an "Afbud" badge)
and whose agenda's "Beslutning" tab holds the portal's placeholder; an eDoc page's and an
Outlook-saved page's members cell with one name a line between `<br>`s; a site footer on
one line in parts between "·" under a closed item; and the approval and print stamps
under the last item of a forwarded page. Every text is written by the tests (other towns,
bodies and words than the blind files)."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.page_footer import footer_line


def _one(tmp_path: Path, name: str, html: str, encoding: str = "utf-8"):  # noqa: ANN202
    path = tmp_path / name
    path.write_bytes(html.encode(encoding))
    meetings = read_meetings(path)
    assert len(meetings) == 1
    return meetings[0]


def _people(meeting) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in meeting.participants]


def _decision(item) -> str | None:  # noqa: ANN001
    return next((s.text for s in item.sections if s.name == "Beslutning"), None)


# --- a portal page: participants in a toggle, sections as tabs ---------------------------

_CARD = ('<li class="x-member"><span class="x-name">{name}</span> <span class="x-party">'
         '({party})</span> <span class="x-role">{role}</span>{badge}</li>')


def _cards(members: list[tuple[str, str, str, bool]]) -> str:
    return "".join(_CARD.format(name=n, party=p, role=r,
                                badge=' <span class="badge">Afbud</span>' if gone else "")
                   for n, p, r, gone in members)


def _tab_item(number: int, title: str, case: str, tabs: list[tuple[str, str]]) -> str:
    buttons = "".join(f'<li class="nav-item"><button class="nav-link" data-bs-toggle="tab" '
                      f'data-bs-target="#p{number}-{k}" role="tab">{name}</button></li>'
                      for k, (name, _) in enumerate(tabs))
    panes = "".join(f'<div class="tab-pane" id="p{number}-{k}" role="tabpanel"><p>{text}</p>'
                    f'</div>' for k, (_, text) in enumerate(tabs))
    return (f'<div class="accordion-item"><h2 class="accordion-header"><button '
            f'class="accordion-button" data-bs-toggle="collapse" data-bs-target="#c{number}" '
            f'aria-controls="c{number}"><span>{number}.</span> <span>{title}</span></button>'
            f'</h2><div id="c{number}" class="accordion-collapse collapse"><div '
            f'class="accordion-body"><div class="meta"><span>Sagsnummer</span> <span>{case}'
            f'</span></div><ul class="nav nav-tabs" role="tablist">{buttons}</ul><div '
            f'class="tab-content">{panes}</div></div></div></div>')


def _portal_page(kind: str, open_list: bool, items: str) -> str:
    members = _cards([("Ulla Brink Sørensen", "B", "Formand", False),
                      ("Karl Emil Vad", "O", "Næstformand", False),
                      ("Sofie Rask Holm", "Ø", "Medlem", True),
                      ("Mads Lykke Friis", "V", "Medlem", False)])
    shown = " show" if open_list else ""
    return f"""<!DOCTYPE html><html lang="da"><head><title>{kind} - Kulturudvalget</title>
</head><body><header class="site-header"><img alt="Vesterby Kommune" src="logo.svg"></header>
<main><div class="meeting-head"><span class="label">{kind}</span><h1>Kulturudvalget</h1>
<div>Dato: Tirsdag 12. maj 2026, kl. 16:00</div>
<div>Sted: Mødelokale B, Kulturhuset, Torvegade 4, 9990 Vesterby</div></div>
<div class="participants-toggle"><button class="btn" type="button" data-bs-toggle="collapse"
 data-bs-target="#deltagere" aria-expanded="{str(open_list).lower()}"
 aria-controls="deltagere">Deltagere <span class="chevron"></span></button>
<div class="collapse{shown}" id="deltagere"><ul class="member-list">{members}</ul>
<p class="note">Referent: Hanne Toft, kultursekretær.</p></div></div>
<div class="accordion">{items}</div></main></body></html>"""


def test_a_folded_participants_toggle_lists_its_member_cards(tmp_path: Path) -> None:
    items = (_tab_item(1, "Godkendelse af dagsorden", "2026-000101",
                       [("Beslutning", "Godkendt."), ("Indstilling", "Det indstilles, at "
                                                      "dagsordenen godkendes.")])
             + _tab_item(2, "Kulturpris 2026", "2026-000207",
                         [("Beslutning", "Prisen gives til Vesterby Spillemænd."),
                          ("Sagsfremstilling", "Der er indstillet syv kandidater.")]))
    m = _one(tmp_path, "kultur_referat.html", _portal_page("Referat", False, items))
    assert m.doc_type == "referat"
    assert sorted(_people(m)) == sorted([
        ("Ulla Brink Sørensen (B)", "deltog", "formand"),
        ("Karl Emil Vad (O)", "deltog", "næstformand"),
        ("Sofie Rask Holm (Ø)", "afbud", "medlem"),
        ("Mads Lykke Friis (V)", "deltog", "medlem")])
    assert "Hanne Toft" not in " ".join(p.name for p in m.participants)
    assert [_decision(i) for i in m.items] == ["Godkendt.", "Prisen gives til Vesterby Spillemænd."]


def test_an_agendas_placeholder_tab_is_no_decision(tmp_path: Path) -> None:
    later = "Beslutningen offentliggøres, når referatet er godkendt."
    items = (_tab_item(1, "Godkendelse af dagsorden", "2026-000101",
                       [("Indstilling", "Det indstilles, at dagsordenen godkendes."),
                        ("Beslutning", later)])
             + _tab_item(2, "Kulturpris 2026", "2026-000207",
                         [("Sagsfremstilling", "Der er indstillet syv kandidater."),
                          ("Beslutning", later)]))
    m = _one(tmp_path, "kultur_dagsorden.html", _portal_page("Dagsorden", True, items))
    assert m.doc_type == "dagsorden"
    assert [_decision(i) for i in m.items] == [None, None]
    assert ("Sofie Rask Holm (Ø)", "afbud", "medlem") in _people(m)
    assert len(m.participants) == 4


# --- a members cell with one name a line -------------------------------------------------

def _edoc_page() -> str:
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "x">
<html><head><title>Politiske dagsordener - Nordkyst Kommune</title></head><body>
<table class="layout"><tr><td class="content">
<h1><span>Referat</span> - <span>Teknik- og Miljøudvalget</span></h1>
<table class="info"><tr><th scope="row">Mødedato</th><td>02-06-2026</td></tr>
<tr><th scope="row">Mødetidspunkt</th><td>15:30</td></tr>
<tr><th scope="row">Mødested</th><td>Byrådssalen, Rådhuset, Strandvej 2, 9980 Nordkyst</td></tr>
<tr><th scope="row">Medlemmer</th><td>Jonas Bech Krogh (C), formand<br>
Line Aagaard Mose (S), næstformand<br>
Peder Husted (V)<br>
Tove Lindhardt (F)</td></tr>
<tr><th scope="row">Fraværende</th><td>Bo Kjærgaard (O)</td></tr></table>
<table class="punkt"><tr><th colspan="2">1. Godkendelse af dagsorden</th></tr>
<tr><th scope="row">Sagsnr.</th><td>26/00311</td></tr>
<tr><th scope="row">Beslutning i Teknik- og Miljøudvalget den 02-06-2026</th><td><p>Godkendt.</p>
</td></tr></table>
<table class="punkt"><tr><th colspan="2">2. Lukket punkt: Salg af byggegrund</th></tr>
<tr><th scope="row">Sagsnr.</th><td>26/00412</td></tr>
<tr><th scope="row">Beslutning i Teknik- og Miljøudvalget den 02-06-2026</th><td><p>Salget blev
godkendt.</p></td></tr></table>
</td></tr><tr><td class="bund">Nordkyst Kommune · Strandvej 2 · 9980 Nordkyst · Tlf. 99 88 77
66 · Dagsordener · Siden er dannet 05-06-2026 07:02:11</td></tr></table></body></html>"""


def test_a_members_cell_of_lines_lists_every_member(tmp_path: Path) -> None:
    m = _one(tmp_path, "tmu_referat.html", _edoc_page())
    assert _people(m) == [("Jonas Bech Krogh (C)", "deltog", "formand"),
                          ("Line Aagaard Mose (S)", "deltog", "næstformand"),
                          ("Peder Husted (V)", "deltog", ""),
                          ("Tove Lindhardt (F)", "deltog", ""),
                          ("Bo Kjærgaard (O)", "afbud", "")]


def test_a_site_footer_in_dotted_parts_is_no_part_of_the_last_decision(tmp_path: Path) -> None:
    m = _one(tmp_path, "tmu_referat.html", _edoc_page())
    last = m.items[-1]
    assert last.closed and last.title == "Salg af byggegrund"
    assert _decision(last) == "Salget blev godkendt."


def _outlook_page() -> str:
    return """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head><body lang=DA>
<div class=WordSection1>
<p class=MsoNormal><b>Fra:</b> Anja Vind &lt;anv@fjordby.dk&gt;<br><b>Sendt:</b> 9. juni
2026 09:15<br><b>Emne:</b> VS: Referat Fritidsudvalget</p>
<p class=MsoNormal>Hej alle, her er referatet. Mvh Anja Vind</p>
<p class=MsoNormal><b>Fritidsudvalget</b></p><p class=MsoNormal>Referat</p>
<table class=MsoNormalTable>
<tr><td><p class=MsoNormal><b>Mødedato:<o:p></o:p></b></p></td><td><p class=MsoNormal>Mandag den
8. juni 2026<o:p></o:p></p></td></tr>
<tr><td><p class=MsoNormal><b>Tid:<o:p></o:p></b></p></td><td><p class=MsoNormal>Kl. 17.00 -
19.00<o:p></o:p></p></td></tr>
<tr><td><p class=MsoNormal><b>Sted:<o:p></o:p></b></p></td><td><p class=MsoNormal>Mødelokale 4,
Fjordby Rådhus<o:p></o:p></p></td></tr>
<tr><td><p class=MsoNormal><b>Deltagere:<o:p></o:p></b></p></td><td><p class=MsoNormal>Eva Kruse
(A), formand<br>
Niels Brøns (V), næstformand<br>
Gitte Holt (Ø), medlem<o:p></o:p></p></td></tr>
<tr><td><p class=MsoNormal><b>Afbud:<o:p></o:p></b></p></td><td><p class=MsoNormal>Lars Uhd
(C)<o:p></o:p></p></td></tr></table>
<p class=MsoNormal><b>1. Godkendelse af dagsorden</b></p>
<p class=MsoNormal>Sagsnr. 26/501</p>
<p class=MsoNormal><b>Beslutning</b></p><p class=MsoNormal>Godkendt.</p>
<p class=MsoNormal><b>2. Lukket: Lejeaftale for klubhus</b></p>
<p class=MsoNormal>Punktet er behandlet for lukkede døre.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Referatet er godkendt den 09.06.2026. Udskrevet fra Dagsordensportalen
09.06.2026.</p>
</div></body></html>"""


def test_an_outlook_page_reads_its_members_lines(tmp_path: Path) -> None:
    m = _one(tmp_path, "fritid_referat.htm", _outlook_page(), "cp1252")
    assert _people(m) == [("Eva Kruse (A)", "deltog", "formand"),
                          ("Niels Brøns (V)", "deltog", "næstformand"),
                          ("Gitte Holt (Ø)", "deltog", "medlem"),
                          ("Lars Uhd (C)", "afbud", "")]


def test_a_closed_items_notice_and_the_stamps_under_it_are_no_decision(tmp_path: Path) -> None:
    m = _one(tmp_path, "fritid_referat.htm", _outlook_page(), "cp1252")
    last = m.items[-1]
    assert last.closed and last.title == "Lejeaftale for klubhus"
    assert _decision(last) is None
    assert "Udskrevet" not in " ".join(s.text for s in last.sections)


def test_footer_stamps_and_dotted_parts_are_footer_lines() -> None:
    assert footer_line("Referatet er godkendt den 09.06.2026. Udskrevet fra Portalen 09.06.2026.")
    assert footer_line("Siden er dannet 05-06-2026 07:02:11")
    assert footer_line("Nordkyst Kommune · Strandvej 2 · 9980 Nordkyst · Tlf. 99 88 77 66 · "
                       "Dagsordener · Siden er dannet 05-06-2026 07:02:11")
    assert not footer_line("Godkendt. Udskrevet 09.06.2026.")
    assert not footer_line("Udvalget godkendte salget · 9980 Nordkyst · Tlf. 99 88 77 66")

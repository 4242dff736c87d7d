"""Round 230's layouts (round 230's blind files): minutes a user saved from web archives
and aggregators because the municipality's own page is gone. A browser's "single file"
.mhtml of a portal page that shows the minutes in an iframe (the minutes only in another
quoted-printable part, its charset only in its own `<meta>`); an archive's snapshot that
flattened the page into inline-styled `<div>`s (headings only by font size and weight,
label rows as flex boxes, the attendance as a CSS table, the breadcrumb without its
`<nav>`); a reader view whose Afbud paragraph names the substitute ("Stedfortræder X
deltog i stedet.") and whose last item is followed by the next meeting and a "published"
stamp; a meeting system's page whose fields open with their own label over a list whose
class names the same section; a lock icon before a closed item's notice; earlier
treatments told in the case text by the body's kind ("Udvalget godkendte den …") or
with what was approved named ("… godkendte den … budgetrammen, …"). Every text is
written by the tests (other towns, bodies, names and words than the blind files)."""

from __future__ import annotations

import quopri
from datetime import date

from .conftest import ReadFile


def _people(m) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in m.participants}


# --- a browser's single-file page: the minutes in an iframe's part ---------------------

_PORTAL = """<!DOCTYPE html><html lang="da"><head><meta http-equiv="Content-Type" \
content="text/html; charset=UTF-8"><title>Politiske møder – Tønder Kommune</title></head>
<body><header><a href="/">Tønder Kommune</a></header>
<nav><ul><li>Borger</li><li>Politik</li></ul></nav>
<main><h1>Politiske møder</h1>
<aside><h2>Møder</h2><ul><li>14.02.2024</li><li>10.01.2024</li></ul></aside>
<section class="viewer"><iframe src="cid:frame-77A1@mhtml.blink" title="Referat"></iframe>
</section>
<section class="news"><h2>Nyheder</h2><ul><li>02.04.2024 Ny cykelsti åbner i Løgumkloster</li>
<li>28.03.2024 Byrådet har vedtaget klimaplanen</li></ul></section></main>
<footer>Tønder Kommune · Kongevej 57 · 6270 Tønder</footer></body></html>"""

_FRAME = """<!DOCTYPE html><html lang="da"><head><meta http-equiv="Content-Type" \
content="text/html; charset=UTF-8"><title>Referat</title></head><body>
<h1>Børne- og Skoleudvalget</h1><p>Referat</p>
<dl><dt>Mødedato</dt><dd>13.03.2024</dd><dt>Mødetid</dt><dd>16:30 - 18:45</dd>
<dt>Mødested</dt><dd>Mødelokale 2, Rådhuset, Tønder</dd></dl>
<h2>Medlemmer</h2><ul><li>Helga Frost (V), formand</li><li>Niels Brodersen (A)</li>
<li>Kaja Sønnichsen (S) - afbud</li></ul>
<article><h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p></article>
<article><h2>2. Skolernes ferieplan 2024/25</h2><p>Sagsnr. 24/3318</p>
<h3>Sagsfremstilling</h3><p>Ferieplanen følger den fælles plan for Sønderjylland.</p>
<h3>Beslutning</h3><p>Godkendt som indstillet.</p></article>
</body></html>"""


def _mhtml() -> bytes:
    def part(headers: str, html: str) -> bytes:
        body = quopri.encodestring(html.encode("utf-8")).replace(b"\n", b"\r\n")
        return (f"------MultipartBoundary--q8----\r\n{headers}"
                "Content-Transfer-Encoding: quoted-printable\r\n\r\n").encode() + body + b"\r\n"
    head = (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://toender.example/m\r\n"
            b"Subject: =?utf-8?Q?Politiske=20m=C3=B8der?=\r\n"
            b"Date: Wed, 10 Apr 2024 08:12:00 -0000\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
            b'\tboundary="----MultipartBoundary--q8----"\r\n\r\n\r\n')
    return (head
            + part("Content-Type: text/html\r\nContent-ID: <frame-10B2@mhtml.blink>\r\n"
                   "Content-Location: https://toender.example/moeder\r\n", _PORTAL)
            + part("Content-Type: text/html\r\nContent-ID: <frame-77A1@mhtml.blink>\r\n"
                   "Content-Location: https://moeder.toender.example/vis?embed=1\r\n", _FRAME)
            + b"------MultipartBoundary--q8------\r\n")


def test_a_saved_portal_page_is_read_from_its_iframes_part(read_file: ReadFile) -> None:
    """The portal page holds only an iframe pointing at another part of the file; the
    minutes are that part, quoted-printable, its charset only in its own `<meta>`: they
    are read, and neither the save's date nor the portal's news or list of meetings is
    the meeting (before: the portal page alone was read, and no item was found)."""
    (m,) = read_file("moede.mhtml", _mhtml())
    assert (m.committee, m.date, m.start_time) == ("Børne- og Skoleudvalget", date(2024, 3, 13),
                                                   "16:30")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Skolernes ferieplan 2024/25")]
    assert m.item(2).decision == "Godkendt som indstillet."
    assert "Nyheder" not in m.item(2).decision and "klimaplanen" not in m.item(2).decision
    assert _people(m)["Kaja Sønnichsen (S)"][0] == "afbud"


# --- an archive's snapshot: every element an inline-styled <div> -----------------------

def _div(text: str, size: int, bold: bool = False, more: str = "") -> str:
    weight = "font-weight:700;" if bold else ""
    return f'<div style="font-family:Arial;font-size:{size}px;{weight}{more}">{text}</div>'


def _pair(label: str, value: str) -> str:
    return (f'<div style="display:flex;font-size:16px;"><div style="width:150px;font-weight:700;">'
            f'{label}</div><div style="">{value}</div></div>')


def _row(*cells: str, bold: bool = False) -> str:
    weight = "font-weight:700;" if bold else ""
    return ('<div style="display:table-row;">' + "".join(
        f'<div style="display:table-cell;padding:4px;font-size:15px;{weight}">{c}</div>'
        for c in cells) + "</div>")


_SNAPSHOT = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Referat - Plan- og '
             'Miljøudvalget - 05-10-2022 - Hedensted Kommune</title></head><body>'
             '<div id="HEADER" style="font-size:12px"><table><tr><td>Saved from</td>'
             '<td><span title="archived">2 Mar 2023 14:05:11 UTC</span></td></tr></table></div>'
             '<div class="html1"><div style="font-size:16px;">'
             '<div style="padding:8px;font-size:13px;"><a href="https://archive.example/o/x/'
             'https://hedensted.example/">Forside</a><span style="margin:0 6px;">/</span>'
             '<a href="https://archive.example/o/x/https://hedensted.example/politik">Politik</a>'
             '<span style="margin:0 6px;">/</span><span>Plan- og Miljøudvalget</span></div>'
             + _div("Plan- og Miljøudvalget", 30, True) + _div("Referat", 18)
             + _pair("Mødedato", "05-10-2022") + _pair("Mødetidspunkt", "15:00 - 17:30")
             + _pair("Mødested", "Byrådssalen, Hedensted Rådhus")
             + _div("Deltagere", 17, True)
             + '<div style="display:table;width:100%;">'
             + _row("Navn", "Funktion", "Status", bold=True)
             + _row("Lars Hjorth (V)", "Formand", "Deltog")
             + _row("Bodil Kræmer (A)", "Næstformand", "Deltog")
             + _row("Ove Skjold (O)", "Medlem", "Afbud")
             + _row("Ditte Vang (C)", "Medlem", "Deltog") + "</div>"
             + _div("1. Godkendelse af dagsorden", 21, True, "border-bottom:1px solid #ccc;")
             + _div("Beslutning i Plan- og Miljøudvalget den 05-10-2022", 17, True)
             + _div("Godkendt.", 16)
             + _div("2. Lokalplan for erhverv ved Løsning", 21, True, "border-bottom:1px solid;")
             + _div("Sagsnr.: 01.02.05-P16-4-22", 14)
             + _div("Sagsbeskrivelse", 17, True)
             + _div("Forslaget giver plads til lager og logistik langs motorvejen.", 16)
             + '<div style="display:list-item;margin-left:24px;font-size:16px;">'
               "Området er på 14 ha.</div>"
             + _div("Beslutning i Plan- og Miljøudvalget den 07-09-2022", 17, True)
             + _div("Udsat.", 16)
             + _div("Beslutning i Plan- og Miljøudvalget den 05-10-2022", 17, True)
             + _div("Anbefales over for Byrådet.", 16)
             + "</div></div></body></html>")


def test_an_archived_flattened_pages_header_is_read_by_its_styles(read_file: ReadFile) -> None:
    """The body's name is a large bold line, the meeting's facts flex rows of a bold label
    and its value, the members a CSS table and the breadcrumb's links parted by "/" spans:
    the committee, day, time and members are the minutes' (before: "Mødedato" was the
    committee, the time missing, and the table's words were people)."""
    (m,) = read_file("snapshot.html", _SNAPSHOT)
    assert (m.committee, m.date, m.start_time) == ("Plan- og Miljøudvalget", date(2022, 10, 5),
                                                   "15:00")
    assert m.place == "Byrådssalen, Hedensted Rådhus"
    assert _people(m) == {"Lars Hjorth (V)": ("deltog", "formand"),
                          "Bodil Kræmer (A)": ("deltog", "næstformand"),
                          "Ove Skjold (O)": ("afbud", "medlem"),
                          "Ditte Vang (C)": ("deltog", "medlem")}


def test_an_archived_flattened_pages_dated_decisions_are_this_meetings(
        read_file: ReadFile) -> None:
    """Each item's decision is labelled with the body and this meeting's day, an earlier
    day's label in the same style is the case's history (before: every decision went to
    the history and the minutes read as an agenda)."""
    (m,) = read_file("snapshot.html", _SNAPSHOT)
    assert m.doc_type == "referat"
    assert m.item(1).decision == "Godkendt."
    assert m.item(2).decision == "Anbefales over for Byrådet."
    assert [(t.committee, t.date) for t in m.item(2).history] == [
        ("Plan- og Miljøudvalget", date(2022, 9, 7))]


# --- a reader view's attendance and its last lines -------------------------------------

_READER = """<html><head><title>Teknik- og Miljøudvalget - Referat - Fanø Kommune</title></head>
<body><div id="readability-page-1" class="page"><div>
<p>Mødedato: 12.06.2023<br>Mødetidspunkt: 16:00<br>Mødested: Rådhuset, Nordby</p>
<p><strong>Medlemmer</strong></p>
<p>Jens Hald (V), formand<br>Else Krogh (A)<br>Ivar Bech (C)<br>Gitte Rold (A)</p>
<p><strong>Afbud</strong></p>
<p>Gitte Rold (A). Stedfortræder Anton Winther (A) deltog i stedet.</p>
<p>Desuden deltog direktør for Teknik og Miljø Poul Vad og sekretær Rikke Sand.</p>
<p><strong>1. Godkendelse af dagsorden</strong></p>
<p><strong>Beslutning</strong></p><p>Godkendt.</p>
<p><strong>2. Eventuelt</strong></p>
<p><strong>Beslutning</strong></p><p>Intet.</p>
<p>Ivar Bech (C) deltog ikke i behandlingen af punktet.</p>
<p>Udvalgets næste møde afholdes mandag den 14. august 2023 kl. 16.00.</p>
<p><em>Offentliggjort: 16.06.2023</em></p>
</div></div></body></html>"""


def test_the_substitute_named_in_the_afbud_paragraph_took_part(read_file: ReadFile) -> None:
    """"Gitte Rold (A). Stedfortræder Anton Winther (A) deltog i stedet." under "Afbud":
    the member is away and the substitute there in her place (before: the substitute was
    missing from the participants)."""
    (m,) = read_file("reader.html", _READER)
    people = _people(m)
    assert people["Gitte Rold (A)"][0] == "afbud"
    assert people["Anton Winther (A)"] == ("deltog", "stedfortræder for Gitte Rold (A)")


def test_a_director_named_with_the_area_he_heads_is_staff(read_file: ReadFile) -> None:
    """"Desuden deltog direktør for Teknik og Miljø Poul Vad og sekretær Rikke Sand.": the
    post's area ("for Teknik og Miljø") is no one stood in for; both are staff (before:
    "direktør" was a substitute for "Teknik og Miljø Poul Vad")."""
    (m,) = read_file("reader.html", _READER)
    assert not [p for p in m.participants if "Vad" in p.name or "Sand" in p.name
                or p.name.lower().startswith("direktør")]


def test_the_next_meeting_and_the_published_stamp_end_the_minutes(read_file: ReadFile) -> None:
    """Below the last item's decision and its absence note: "Udvalgets næste møde
    afholdes …" and "Offentliggjort: 16.06.2023" are no part of the decision (before: both
    were its last lines)."""
    (m,) = read_file("reader.html", _READER)
    decision = m.item(2).decision
    assert decision.startswith("Intet.")
    assert "næste møde" not in decision and "Offentliggjort" not in decision
    assert m.item(2).absentees == ["Ivar Bech (C)"]


# --- a meeting system's page: fields that open with their own label --------------------

_FIELDS = """<html><head><title>Økonomiudvalget - Referat - Skive Kommune</title></head><body>
<h1>Økonomiudvalget</h1><p>Mødedato: 21.11.2023, kl. 14:00</p><p>Mødested: Rådhuset</p>
<div class="item"><h3 class="title">10. Anlægsbudget for svømmehallen</h3>
<section class="field"><h4>Sagsfremstilling</h4><div class="body"><p>Svømmehallen skal
renoveres.</p></div></section>
<section class="field"><h4>Indstilling</h4><div class="body"><p>Direktøren indstiller, at</p>
<ol class="indstilling"><li>bevillingen gives</li><li>projektet udbydes</li></ol></div></section>
<section class="field"><h4>Beslutning</h4><div class="body"><p>Anbefales.</p></div></section>
<div class="attachments"><h4>Bilag</h4><ul class="bilag"><li><a href="a.pdf">Tegninger</a></li>
<li><a href="b.pdf">Tidsplan</a></li></ul></div>
</div>
<div class="item closed"><h3 class="title">11. Lukket punkt: Salg af areal</h3>
<div class="closed-note"><img src="lock.png" alt="Lukket"/> Punktet er behandlet for lukkede
døre.</div>
<section class="field"><h4>Beslutning</h4><div class="body"><p>Godkendt.</p></div></section>
</div></body></html>"""


def test_a_list_whose_class_names_its_labelled_field_is_no_new_section(
        read_file: ReadFile) -> None:
    """`<h4>Indstilling</h4>` over "Direktøren indstiller, at" and `<ol class="indstilling">`,
    `<h4>Bilag</h4>` over `<ul class="bilag">`: one section each, the lead sentence with
    its points (before: the list's class made a second "Indstilling" and a second "Bilag")."""
    (m,) = read_file("oeu.html", _FIELDS)
    names = [s.name for s in m.item(10).sections]
    assert names.count("Indstilling") == 1 and names.count("Bilag") == 1
    assert "bevillingen gives" in m.item(10).section("Indstilling")
    assert "Direktøren indstiller" in m.item(10).section("Indstilling")
    assert "Tidsplan" in m.item(10).section("Bilag")


def test_a_lock_icon_before_the_closed_notice_leaves_no_text(read_file: ReadFile) -> None:
    """The lock icon's "Lukket" set before "Punktet er behandlet for lukkede døre." on one
    line is the closed item's mark and notice, no text of the item (before: the line was
    the item's "Beskrivelse")."""
    (m,) = read_file("oeu.html", _FIELDS)
    item = m.item(11)
    assert item.closed
    assert [s.name for s in item.sections] == ["Beslutning"]


# --- earlier treatments told in the case text ------------------------------------------

_TOLD = """Socialudvalget
Referat
Mødedato: 08.05.2024
Mødetidspunkt: 15:00

1. Handleplan for hjemløse
Sagsfremstilling
Udvalget godkendte den 7. februar 2024 at sende handleplanen i høring. Høringen sluttede
den 1. april 2024.
Beslutning
Godkendt.

2. Ny kontrakt om vaskeri
Sagsfremstilling
Økonomiudvalget godkendte den 20. marts 2024 udbudsmaterialet, hvorefter opgaven blev sendt
i udbud. Tre firmaer bød.
Beslutning
Anbefales.
"""


def test_an_earlier_treatment_told_by_the_bodys_kind_is_the_meetings_body(
        read_file: ReadFile) -> None:
    """"Udvalget godkendte den 7. februar 2024 at …" names the meeting's own committee
    by its kind (before: the history's body was "Udvalget")."""
    (m,) = read_file("social.txt", _TOLD)
    assert [(t.committee, t.date) for t in m.item(1).history] == [
        ("Socialudvalget", date(2024, 2, 7))]


def test_an_earlier_approval_of_a_named_thing_is_history(read_file: ReadFile) -> None:
    """"Økonomiudvalget godkendte den 20. marts 2024 udbudsmaterialet, hvorefter …": what
    was approved named instead of "at …" (before: no history)."""
    (m,) = read_file("social.txt", _TOLD)
    assert [(t.committee, t.date) for t in m.item(2).history] == [
        ("Økonomiudvalget", date(2024, 3, 20))]


# --- a members' table: the substitute's attendance names whom they stood in for -------

_TABLE = """<html><head><title>Kulturudvalget - Referat - Sorø Kommune</title></head><body>
<h1>Kulturudvalget</h1><p>Mødedato: 02.05.2023 kl. 17:00</p>
<table><thead><tr><th>Navn</th><th>Funktion</th><th>Fremmøde</th></tr></thead><tbody>
<tr><td>Birgit Elm (A)</td><td>Formand</td><td>Til stede</td></tr>
<tr><td>Svend Aalund (V)</td><td>Medlem</td><td>Fraværende</td></tr>
<tr><td>Yrsa Holt (V)</td><td>Stedfortræder</td><td>Til stede for Svend Aalund</td></tr>
</tbody></table>
<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>
<h2>2. Kulturpris 2023</h2><h3>Beslutning</h3><p>Prisen gives til Sorø Teater.</p>
</body></html>"""


def test_til_stede_for_a_member_is_standing_in_for_them(read_file: ReadFile) -> None:
    """A substitute's row, "Stedfortræder | Til stede for Svend Aalund": there, as the
    substitute for the member named (before: the role was "til stede for Svend Aalund",
    no substitute's)."""
    (m,) = read_file("kultur.html", _TABLE)
    assert _people(m)["Yrsa Holt (V)"] == ("deltog", "stedfortræder for Svend Aalund")
    assert _people(m)["Svend Aalund (V)"][0] == "afbud"


# --- a breadcrumb without its <nav> --------------------------------------------------

_CRUMBS = """<html><head><title>Referat</title></head><body>
<div><a href="/">Forside</a><span>/</span><a href="/politik">Politik</a><span>/</span>
<a href="/politik/udvalg">Udvalg</a><span>/</span><span>Erhvervsudvalget</span></div>
<p>Vesthimmerlands Kommune</p>
<p>Erhvervsudvalget</p><p>Referat</p>
<p>Mødedato: 19.09.2022</p><p>Mødetidspunkt: 08:30</p>
<p><b>1. Godkendelse af dagsorden</b></p><p><b>Beslutning</b></p><p>Godkendt.</p>
<p><b>2. Turismefremme</b></p><p><b>Beslutning</b></p><p>Godkendt.</p>
</body></html>"""


def test_a_breadcrumb_of_links_and_separators_names_no_body(read_file: ReadFile) -> None:
    """Links parted by "/" spans, the page's own name last, in a plain `<div>` (the
    archive took away its `<nav>`): the site's trail, not the body's name (before: the
    committee was "Forside/Politik/Udvalg/Erhvervsudvalget")."""
    (m,) = read_file("crumbs.html", _CRUMBS)
    assert m.committee == "Erhvervsudvalget"

"""A sixty-ninth round of layouts (round 69's blind files): a PDF of two-column grids
under a header row "Overskrift | Tekst"; a Word agenda whose items are a heading "Punkt N"
over a table of labels, its members' table "Navn | Parti | Hverv | Status"; a web page
copied as text, its items "Punkt N af M", its footer's contact block; an HTML page whose
labels are spans styled as blocks; a paragraph of members with "– role" after each; a
members' table with a "Mødt" column of ✓ and ✗; a Markdown task list of attendance. The
PDF and the .docx are written by `gen_formats69.py`, the others by the tests."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from .fixture_files import one_meeting, written_meeting

one = partial(one_meeting, "formats69")


def test_pdf_grid_rows_give_the_items() -> None:
    """Grids "Overskrift | Tekst" whose cells read one a line: each item's number, title,
    case number and access row make its heading, an empty "Beslutning" row stays empty.
    Before: every title was "Titel …", the next grid's header a decision (a referat)."""
    m = one("02_gitter.pdf")
    assert m.doc_type == "dagsorden"
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (7, "Renovering af svømmehallen", "2025-0001234", False),
        (8, "Salg af ejendom", "2025-0001235", True)]
    assert all(not i.decision for i in m.items)
    assert "Overskrift" not in {p.name for p in m.participants}


def test_role_then_dash_afbud_is_absent() -> None:
    """"Karl Bo (V), rådmand – afbud" in a list of members: the role, and absent.
    Before: status deltog, role "rådmand – afbud"."""
    people = {p.name: (p.status, p.role) for p in one("02_gitter.pdf").participants}
    assert people["Karl Bo (V)"] == ("afbud", "rådmand")
    assert people["Lis Holm (C)"] == ("indkaldt", "medlem")


def test_docx_punkt_heading_over_label_table() -> None:
    """Headings "Punkt 1", "Punkt 2" over a label table ("Titel", "Sagsnr.", "Adgang:
    Lukket"): the items keep their numbers, the "Titel" row is the title, "Lukket" closes.
    Before: the headings were numbered with the members' heading (2, 3), titled "Punkt 1"."""
    m = one("06_etiketter.docx")
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "25/20110", False),
        (2, "Lejekontrakt for centret", "25/18803", True)]


def test_docx_members_table_with_party_and_status() -> None:
    """"Navn | Parti | Hverv | Status" (Indkaldt / Afbud): each member with the party
    after the name, the role, and who sent apologies. Before: no participants."""
    people = {p.name: (p.status, p.role) for p in one("06_etiketter.docx").participants}
    assert people == {"Eva Dam (V)": ("indkaldt", "formand"),
                      "Karl Bo (A)": ("afbud", "medlem"), "Lis Holm (C)": ("indkaldt", "medlem")}


_WEB_COPY = """Lunde Kommune
Forside > Politik > Landdistriktsrådet

Landdistriktsrådet
Referat

Mødedato
26-08-2025
Mødetidspunkt
19:00 - 21:00
Mødested
Forsamlingshuset

Til stede
Ole Brask (formand), Gitte Nørby
Afbud
Anne Bro

Punkt 1 af 2
Godkendelse af dagsorden
Sagsnr. 25/12001

Beslutning
Godkendt.

Til toppen

Punkt 2 af 2
Henvendelse fra borger (Lukket)
Sagsnr. 25/12002

Beslutning
Oversendes til administrationen.

Til toppen

Kontakt
Landdistriktskoordinator Mette Lind
Tlf. 64 82 82 82

Lunde Kommune · Torvet 1 · 5450 Lunde
Tilgængelighedserklæring  Cookies  Privatlivspolitik
"""


def test_punkt_of_count_lines_head_the_items(tmp_path: Path) -> None:
    """"Punkt 1 af 2" over the title: the count is no title, the line below is; its
    "(Lukket)" closes the item. Before: every title was "af 2", no item closed."""
    m = written_meeting(tmp_path, "web.txt", _WEB_COPY)
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Henvendelse fra borger", True)]


def test_footer_contact_person_leaves_the_last_decision(tmp_path: Path) -> None:
    """The footer's "Kontakt" block names a person above the phone number: no part of
    the last decision. Before: "Kontakt" and the name ended it."""
    m = written_meeting(tmp_path, "web.txt", _WEB_COPY)
    assert m.items[-1].decision == "Oversendes til administrationen."


_BLOCK_LABELS = """<html><head><style>.lbl{font-weight:bold;display:block}</style></head>
<body><h1>Referat: Økonomiudvalget</h1>
<p>Tirsdag 8. april 2025 · kl. 15:00–16:45 · Rådhuset</p>
<p><span class="lbl">Afbud</span>Lene Dam (F)</p>
<details><summary>1. Godkendelse af dagsorden</summary>
<p><span class="lbl">Indstilling</span>Administrationen indstiller, at dagsordenen godkendes.</p>
<p><span class="lbl">Beslutning i Økonomiudvalget den 08-04-2025</span>Godkendt.</p>
</details>
<details><summary>2. Eventuelt</summary>
<p><span class="lbl">Beslutning i Økonomiudvalget den 08-04-2025</span>Intet.</p>
</details></body></html>
"""


def test_html_label_spans_shown_as_blocks(tmp_path: Path) -> None:
    """A label span the page's style sheet shows as a block ("display:block") is a line
    of its own: the dated decision heading heads the decision. Before: it was glued into
    the Indstilling, no decision, the file a dagsorden."""
    m = written_meeting(tmp_path, "referat.html", _BLOCK_LABELS)
    assert m.doc_type == "referat"
    assert [i.decision for i in m.items] == ["Godkendt.", "Intet."]
    assert m.items[0].section("Indstilling") == (
        "Administrationen indstiller, at dagsordenen godkendes.")


_MEMBER_PARAGRAPH = """Referat: Økonomiudvalget

Tirsdag 8. april 2025, kl. 15:00, Rådhuset

Deltagere

Hans Vest (V) – formand, Merete Skov (A) – næstformand, Ole Frandsen (C), Kurt Bisgaard (O)

Afbud

Lene Dam (F)

1. Godkendelse af dagsorden

Sagsnr.: 25/4410

Beslutning

Godkendt.
"""


def test_members_paragraph_with_dashed_roles(tmp_path: Path) -> None:
    """A paragraph of members under "Deltagere", each with the party and "– role":
    each a participant with the role. Before: one participant named after them all."""
    m = written_meeting(tmp_path, "referat.txt", _MEMBER_PARAGRAPH)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Hans Vest (V)": ("deltog", "formand"),
                      "Merete Skov (A)": ("deltog", "næstformand"),
                      "Ole Frandsen (C)": ("deltog", ""), "Kurt Bisgaard (O)": ("deltog", ""),
                      "Lene Dam (F)": ("afbud", "")}


_TICK_TABLE = """<html><body><h1>Regionsrådet</h1>
<p>Referat fra mødet tirsdag den 20. maj 2025, kl. 14.00-17.20</p><p>Regionshuset</p>
<h2>Deltagere</h2>
<table><tr><th>Navn</th><th>Parti</th><th>Funktion</th><th>Mødt</th></tr>
<tr><td>Birgit Holm</td><td>A</td><td>Formand</td><td>✓</td></tr>
<tr><td>Morten Kær</td><td>V</td><td>1. næstformand</td><td>✓</td></tr>
<tr><td>Jens Gade</td><td>V</td><td>Medlem</td><td>✗</td></tr></table>
<h2>1. Godkendelse af dagsorden</h2><p>Sagsnr.: 2025-002201</p>
<h3>Beslutning</h3><p>Godkendt.</p></body></html>
"""


def test_tick_column_after_party_and_role(tmp_path: Path) -> None:
    """"Navn | Parti | Funktion | Mødt" with ✓ or ✗: who came, with party and role.
    Before: no participants."""
    m = written_meeting(tmp_path, "referat.html", _TICK_TABLE)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Birgit Holm (A)": ("deltog", "formand"),
                      "Morten Kær (V)": ("deltog", "1. næstformand"),
                      "Jens Gade (V)": ("afbud", "medlem")}


_TASK_LIST = """# Handicaprådet – møde 23. september 2025

**Fremmøde** ([x] = til stede, [ ] = ikke til stede)

- [x] Anne Thygesen – formand
- [ ] Bo Lykke *(afbud)*
- [x] Sara Iversen

### 1) Godkendelse af dagsorden

**Rådets beslutning:**
Godkendt.
"""


def test_markdown_task_list_under_attendance_legend(tmp_path: Path) -> None:
    """A task list under "Fremmøde" with its legend in brackets: ticked members took
    part, the others sent apologies. Before: no participants."""
    m = written_meeting(tmp_path, "referat.md", _TASK_LIST)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Anne Thygesen": ("deltog", "formand"), "Bo Lykke": ("afbud", ""),
                      "Sara Iversen": ("deltog", "")}

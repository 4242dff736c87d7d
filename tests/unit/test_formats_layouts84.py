"""An eighty-fourth round of layouts (round 84's blind files): an ESDH report generator's
RTF with a dot-leader members list ("Name (P), formand …… Til stede"), an "Indkaldt:"
date line and a meeting continued the next day; a joint meeting's web page with one
members' table under each committee's heading, its municipality named in full only in
the site's header; `pdftotext -layout` text whose side labels wrap over several lines
beside their text; and a supplementary agenda's own cover page between two items. Every
text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

from ingest.formats.dated import dated_decision
from ingest.formats.dates import hours_first
from ingest.formats.side_labels import side_labels
from ingest.formats.tab_members import tab_members

from .fixture_files import written_meeting as _read


def _names(item) -> list[str]:  # noqa: ANN001
    return [s.name for s in item.sections]


def _people(m) -> dict[str, tuple[str, str]]:  # noqa: ANN001
    return {p.name.split(" (")[0]: (p.status, p.role) for p in m.participants}


# --- an RTF report: dot-leader members, a meeting continued the next day ---------------

def _rtf(note: bool = True) -> bytes:
    leader = r"\pard\plain\f0\fs20\tqr\tldot\tx9000 "
    field = r"\pard\plain\f0\fs20\tx2268\li2268\fi-2268 {\b "
    parts = [
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}",
        r"\pard\plain\f0{\b VARDE KOMMUNE}\par",
        r"\pard\plain\f0{\b\fs44 REFERAT}\par",
        r"\pard\plain\f0{\fs30 Plan- og Teknikudvalget}\par",
        field + r"M\'f8dedato:}\tab Mandag den 8. december 2025\par",
        field + r"M\'f8detid:}\tab Kl. 18.00 \'96 22.00 (m\'f8det blev fortsat tirsdag den "
        r"9. december 2025 kl. 16.00 \'96 17.00)\par",
        field + r"M\'f8dested:}\tab M\'f8delokale 4, Bytoften 2, 6800 Varde\par",
        field + r"Indkaldt:}\tab Onsdag den 3. december 2025 med kort varsel\par",
        r"\pard\plain\f0{\b Medlemmer}\par",
        leader + r"Eva Sand (V), formand\tab Til stede\par",
        leader + r"Ib Krog (A), n\'e6stformand\tab Til stede\par",
        leader + r"Per Holm (C)\tab Til stede fra kl. 18.30 (punkt 2)\par",
        leader + r"Rie Dam (F)\tab Afbud\par",
        leader + r"Ole Bro (F)\tab Stedfortr\'e6der for Rie Dam (F)\par",
        field + r"Referent:}\tab Lis Aagaard\par",
    ]
    if note:
        parts.append(field + r"Bem\'e6rkninger:}\tab M\'f8det blev afbrudt kl. 22.00 efter "
                     r"punkt 1 og genoptaget tirsdag den 9. december 2025 kl. 16.00.\par")
    for number, title, day in ((1, "Vejplan 2026", "8. december 2025:"),
                               (2, "Ny skolevej", "9. december 2025 (fortsat m\\'f8de):")):
        parts += [
            r"\page\pard\plain\f0\tx1418{\b Punkt " + str(number) + r"\tab " + title + r"}\par",
            r"\pard\plain\f0\fs20\tx1418\tqr\tx9000 Sagsnr.:\tab 25/90" + str(number)
            + r"\tab \'c5ben sag\par",
            r"\pard\plain\f0{\b\scaps Sagsfremstilling}\par",
            r"\pard\plain\f0 Sagen forel\'e6gges.\par",
            r"\pard\plain\f0{\b\scaps Beslutning}\par",
            r"\pard\plain\f0{\i Plan- og Teknikudvalget, " + day + r"}\par",
            r"\pard\plain\f0 Godkendt.\par",
        ]
    return "\n".join([*parts, "}"]).encode("cp1252")


def test_a_dot_leader_members_list_gives_every_member_and_status(tmp_path):
    m = _read(tmp_path, "varde.rtf", _rtf())
    people = _people(m)
    assert set(people) == {"Eva Sand", "Ib Krog", "Per Holm", "Rie Dam", "Ole Bro"}
    assert people["Eva Sand"] == ("deltog", "formand")
    assert people["Ib Krog"] == ("deltog", "næstformand")
    assert people["Rie Dam"][0] == "afbud"
    assert people["Per Holm"][0] == people["Ole Bro"][0] == "deltog"


def test_the_hours_before_a_continuation_note_are_the_start(tmp_path):
    m = _read(tmp_path, "varde.rtf", _rtf())
    assert (m.date, m.start_time) == (date(2025, 12, 8), "18:00")
    assert not any("december" in p.name for p in m.participants)  # ("Indkaldt: Onsdag …")


def test_a_decision_of_the_continued_day_is_this_meetings(tmp_path):
    m = _read(tmp_path, "varde.rtf", _rtf())
    assert [i.decision for i in m.items] == ["Godkendt.", "Godkendt."]
    assert not m.item(2).history


def test_the_hours_note_alone_names_the_continued_day(tmp_path):
    m = _read(tmp_path, "varde.rtf", _rtf(note=False))
    # ("Mødetid: Kl. 18.00 – 22.00 (mødet blev fortsat tirsdag den 9. december …)")
    assert m.item(2).decision == "Godkendt." and not m.item(2).history


def test_tab_members_under_a_heading_alone():
    lines = ["Medlemmer", "Eva Sand (V), formand\tTil stede", "Rie Dam (F)\tAfbud", "",
             "Referent: Lis Aagaard"]
    assert tab_members(lines) == ["Medlemmer", "Eva Sand (V), formand", "Rie Dam (F) (afbud)",
                                  "", "Referent: Lis Aagaard"]


def test_hours_first_and_a_continued_heading():
    assert hours_first("kl. 9.00 - 12.00 (fortsat fredag den 5. juni 2026 kl. 9.00)") == (
        "kl. 9.00 - 12.00")
    assert hours_first("Fredag den 5. juni 2026 (kl. 9.00)") == "Fredag den 5. juni 2026 (kl. 9.00)"
    assert dated_decision("Byrådet, 5. juni 2026 (genoptaget møde):")[:2] == (
        "Byrådet", date(2026, 6, 5))


# --- a joint meeting's web page --------------------------------------------------------

def _joint_page() -> str:
    table = ("<table><thead><tr><th>Navn</th><th>Parti</th><th>Funktion</th><th>Fremmøde</th>"
             "</tr></thead><tbody>{}</tbody></table>")
    row = "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
    first = table.format(row.format("Anne Bech", "A", "Formand", "Deltog")
                         + row.format("Søren Vig", "V", "Medlem", "Afbud"))
    second = table.format(row.format("Mona Lind", "C", "Formand", "Deltog")
                          + row.format("Jens Ulv", "F", "Medlem", "Deltog"))
    return (
        "<html><head><title>Referat</title></head><body>"
        "<header><a href='/'>Ringkøbing-Skjern Kommune</a></header><main>"
        "<p>Referat</p><h1>Fællesmøde mellem Kulturudvalget og Teknisk Udvalg</h1>"
        "<table><tr><th>Mødedato</th><td>Torsdag den 4. december 2025</td></tr>"
        "<tr><th>Tidspunkt</th><td>16:00 – 18:00</td></tr>"
        "<tr><th>Mødested</th><td>Byrådssalen, Ringkøbing Rådhus, Ringkøbing</td></tr></table>"
        f"<h2>Deltagere</h2><h3>Kulturudvalget</h3>{first}<h3>Teknisk Udvalg</h3>{second}"
        "<section><h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"
        "</section><section><h2>2. Eventuelt</h2><h3>Beslutning</h3><p>Intet.</p></section>"
        "<p>Mødet sluttede kl. 18:00.</p><p>Referatet er offentliggjort 09.12.2025.</p>"
        "</main><footer>Ringkøbing-Skjern Kommune · Ved Fjorden 6</footer></body></html>")


def test_a_committees_heading_over_its_members_table_is_no_person(tmp_path):
    m = _read(tmp_path, "rks.html", _joint_page())
    assert set(_people(m)) == {"Anne Bech", "Søren Vig", "Mona Lind", "Jens Ulv"}


def test_the_sites_full_name_over_a_town_hall_in_the_text(tmp_path):
    m = _read(tmp_path, "rks.html", _joint_page())
    assert m.municipality == "Ringkøbing-Skjern"


def test_the_published_line_after_the_end_is_no_decision(tmp_path):
    m = _read(tmp_path, "rks.html", _joint_page())
    assert m.item(2).decision == "Intet."


# --- pdftotext -layout: side labels wrapped beside their text --------------------------

def _side_print() -> str:
    def row(label: str, text: str = "") -> str:
        return f"    {label:<20}{text}".rstrip()

    return "\n".join([
        "    Region Midtjylland", "", "    Referat", "    Udvalg for Regional Udvikling",
        "    3. december 2025", "",
        row("Mødetidspunkt", "Kl. 10.00 - 12.00"), "",
        row("Mødested", "Regionshuset, Skottenborg 26, 8800 Viborg"), "",
        row("Medlemmer", "Karl Bæk (A), formand"), row("", "Tove Eg (V)"), "",
        row("Afbud", "Tove Eg (V)"), "",
        "    1.   Trafikplan", "",
        row("Sagsfremstilling", "Planen fastlægger busdriften."), "",
        row("Tidligere", "Udvalg for Regional Udvikling den 05-11-2025:"),
        row("behandling", "Sagen blev udsat."), "",
        row("Indstilling", "Administrationen indstiller, at planen godkendes."), "",
        row("Beslutning i", "Godkendt."),
        row("Udvalg for", "For stemte: A og C (4). Imod stemte: V (1)."),
        row("Regional Udvikling"), row("den 03-12-2025"), "",
        "    2.   Eventuelt", "",
        row("Sagsfremstilling", "Intet."), "",
        row("Indstilling", "Ingen."), "",
        row("Beslutning i"), row("Udvalg for"), row("Regional Udvikling"),
        row("den 03-12-2025"), ""])


def test_wrapped_side_labels_are_decisions_and_history(tmp_path):
    m = _read(tmp_path, "rm.txt", _side_print())
    assert m.doc_type == "referat"
    item = m.item(1)
    assert item.decision.startswith("Godkendt.") and "Udvalg for" not in item.decision
    assert item.votes["imod"] == ["V"]
    assert [(t.date, t.text) for t in item.history] == [(date(2025, 11, 5), "Sagen blev udsat.")]
    assert "Beslutning" not in _names(m.item(2))
    assert {p.status for p in m.participants} == {"deltog", "afbud"}


def test_side_labels_joined_only_where_the_columns_show():
    rows = ["Sagsfremstilling   Tekst.", "Indstilling        At.", "Beslutning         Ja.", "",
            "Tidligere          Udvalget den 2.", "behandling         maj 2025: Udsat."]
    assert side_labels("\n".join(rows)).split("\n")[4] == "Tidligere behandling"
    assert side_labels("\n".join(rows[3:])) == "\n".join(rows[3:])  # (one label: no columns)


# --- a supplementary agenda's own cover page between two items -------------------------

def test_a_supplementary_agendas_cover_is_no_part_of_the_decision_above(tmp_path):
    m = _read(tmp_path, "ikast.txt", "\n".join([
        "IKAST-BRANDE KOMMUNE", "Referat", "Byrådet", "Mødetidspunkt",
        "1.12.2025 kl. 19:00", "Mødested", "Byrådssalen, Rådhuset",
        "Bemærkninger", "Lars Eng (A) ankom kl. 19.20 under behandlingen af punkt 2. Hans",
        "Mols (F) forlod mødet kl. 21.00.",
        "Medlemmer", "Lars Eng (A)", "Hans Mols (F)", "Ida Vang (V)", "",
        "1. Godkendelse af dagsorden", "Beslutning Byrådet den 01-12-2025", "Godkendt.", "",
        "2. Salg af grund", "Beslutning Byrådet den 01-12-2025", "Udgik.", "", "\f",
        "Tillægsdagsorden", "Byrådet", "Mødetidspunkt: 01.12.2025 kl. 19:00",
        "Udsendt: 27.11.2025",
        "Følgende punkter er optaget efter udsendelsen af den ordinære dagsorden den",
        "21.11.2025.", "", "\f",
        "3. Tillægsbevilling", "Beslutning Byrådet den 01-12-2025", "Godkendt.", ""]))
    assert [i.decision for i in m.items] == ["Godkendt.", "Udgik.", "Godkendt."]
    assert m.date == date(2025, 12, 1)
    assert _people(m)["Lars Eng"][1] == "ankom under behandlingen af punkt 2"

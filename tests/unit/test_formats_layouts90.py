"""A ninetieth round of layouts (round 90's blind files): a council site's meeting page
printed to PDF by a browser whose margins read as lines of their own, its banner naming
the site's section ("Politiske udvalg") and a symbol font's bullets as U+007F; an Acadre
agenda whose members grid gives each name and role a line each and whose section
headings are bullets; and a FirstAgenda page whose logo file is named by an abbreviation.
Every text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from ingest.formats.bullet_headings import unbulleted_headings
from ingest.formats.firstagenda_html import NAME as FA_NAME
from ingest.formats.logo_names import logo_hints
from ingest.formats.page_footer import footer_line
from ingest.formats.paired_members import paired_members
from ingest.formats.site_sections import site_section
from ingest.formats.stacked_members import stacked_members
from ingest.formats.text import parse_minutes
from ingest.formats.text_header_committee import not_committee
from ingest.formats.text_layout import strip_page_furniture
from ingest.formats.text_sections import section_name
from ingest.pdf_glyphs import with_del_bullets

# --- a browser's print margins as lines of their own -------------------------------------


def _printed_page() -> list[str]:
    return ["Første side tekst.", "14.03.2026 09.12", "Referat - Kulturudvalget - Eksempel",
            "https://eksempel.netsted.dk/udvalg/kultur/moede/2026-03-10", "1/2", "\f",
            "Anden side tekst.", "14.03.2026 09.12", "Referat - Kulturudvalget - Eksempel",
            "https://eksempel.netsted.dk/udvalg/kultur/moede/2026-03-10", "2/2"]


def test_split_print_margins_are_dropped_as_print_marks() -> None:
    kept = [ln for ln in strip_page_furniture(_printed_page()) if ln.strip() and ln != "\f"]
    assert kept == ["Første side tekst.", "Anden side tekst."]


def test_an_address_without_its_counter_stays() -> None:
    lines = ["Se mere på", "https://eksempel.dk/side", "Tak."]
    assert strip_page_furniture(lines) == lines


def test_a_site_footer_wrapped_after_its_separator_is_a_footer_line() -> None:
    assert footer_line("Eksempel Kommune · Torvet 1 · 9999 Eksempelby · Tlf. 11 22 33 44 · "
                       "Tilgængelighedserklæring ·")


# --- a site's section in its banner ------------------------------------------------------


def test_a_sites_section_of_bodies_is_no_committee() -> None:
    assert site_section("Politiske udvalg") and site_section("Råd og nævn")
    assert not_committee("Stående udvalg")
    assert not site_section("Teknisk udvalg") and not not_committee("Kulturudvalget")


def test_a_printed_site_page_reads_its_heading_members_and_no_footer_decision() -> None:
    text = "\n".join([
        "Eksempelby Kommune", "Politiske udvalg", "Forside › Udvalg › Kulturudvalget",
        "Kulturudvalget", "Referat", "Mødedato: Tirsdag den 10. marts 2026",
        "Mødetid: 16:00 - 17:30", "Mødested: Byrådssalen", "Deltagere",
        "\x7f Ane Holm (A), formand", "\x7f Bo Berg (V)", "Afbud", "\x7f Eva Lund (C)",
        "1. Godkendelse af dagsorden", "Sagsnr.: 26/100", "Beslutning", "Godkendt.",
        "2. Salg af grund", "Lukket punkt",
        "Eksempelby Kommune · Torvet 1 · 9999 Eksempelby · Tlf. 11 22 33 44 · Cookies ·",
        "Tilgængelighedserklæring", "14.03.2026 09.12",
        "Referat - Kulturudvalget - Eksempelby Kommune",
        "https://eksempelby.netsted.dk/udvalg/kultur/moede/2026-03-10", "1/1"])
    meeting = parse_minutes(with_del_bullets(text))
    assert meeting.committee == "Kulturudvalget"
    assert {(p.name, p.status) for p in meeting.participants} == {
        ("Ane Holm (A)", "deltog"), ("Bo Berg (V)", "deltog"), ("Eva Lund (C)", "afbud")}
    closed = meeting.items[-1]
    assert closed.closed and not [s for s in closed.sections if s.name == "Beslutning"]


def test_a_del_glyph_opening_a_line_is_a_bullet() -> None:
    assert with_del_bullets("Afbud\n\x7f Eva Lund (C)") == "Afbud\n• Eva Lund (C)"


# --- a members grid of name and role lines, no head row ----------------------------------


def test_name_and_role_lines_under_the_label_are_members_not_role_words() -> None:
    lines = ["Medlemmer", "Ane Holm (A)", "Formand", "Bo Berg (V)", "Næstformand",
             "Eva Lund (C)", "Medlem", "Afbud", "Eva Lund (C)", "Udsendt",
             "Mandag den 02-03-2026 Kl. 10:00"]
    assert stacked_members(lines) == [
        "Deltagere: Ane Holm (A), formand; Bo Berg (V), næstformand; Eva Lund (C)",
        "Afbud: Eva Lund (C)", "Udsendt: Mandag den 02-03-2026 Kl. 10:00"]


def test_the_row_after_the_apologies_is_no_absent_member() -> None:
    text = "\n".join([
        "Dagsorden", "Kulturudvalget", "Mødedato", "Tirsdag den 10-03-2026", "Medlemmer",
        "Ane Holm (A)", "Formand", "Bo Berg (V)", "Medlem", "Eva Lund (C)", "Medlem",
        "Afbud", "Eva Lund (C)", "Udsendt", "Mandag den 02-03-2026 Kl. 10:00",
        "1. Godkendelse af dagsorden", "Indstilling", "Den godkendes."])
    people = {p.name: p.status for p in parse_minutes(text).participants}
    assert sorted(people) == ["Ane Holm (A)", "Bo Berg (V)", "Eva Lund (C)"]
    assert people["Eva Lund (C)"] == "afbud"


def test_one_name_and_role_is_no_members_grid() -> None:
    lines = ["Medlemmer", "Ane Holm (A)", "Formand", "Sag"]
    assert paired_members(lines) == lines


# --- section headings printed as bullets -------------------------------------------------


def _is_heading(line: str) -> bool:
    from ingest.formats.dated import dated_decision
    return bool(section_name(line) or dated_decision(line))


def test_bulleted_section_headings_are_headings() -> None:
    body = ["Sagsnr.: 26/200", "• Resumé", "Kort om sagen.", "• Sagsfremstilling",
            "Teksten.", "• at godkende planen",
            "• Beslutning i Kulturudvalget den 12-02-2026", "Udsat."]
    assert unbulleted_headings(body, _is_heading) == [
        "Sagsnr.: 26/200", "Resumé", "Kort om sagen.", "Sagsfremstilling", "Teksten.",
        "• at godkende planen", "Beslutning i Kulturudvalget den 12-02-2026", "Udsat."]


def test_a_bullet_list_in_the_text_keeps_its_bullets() -> None:
    body = ["Sagen omhandler:", "• Økonomi i projektet", "• Tidsplan"]
    assert unbulleted_headings(body, _is_heading) == body


def test_bulleted_headings_make_sections_and_history() -> None:
    text = "\n".join([
        "Dagsorden", "Kulturudvalget", "Mødedato: 10-03-2026",
        "1. Godkendelse af dagsorden", "Sagsnr.: 26/100", "• Indstilling",
        "Forvaltningen indstiller, at dagsordenen godkendes.",
        "2. Plan for biblioteker", "Sagsnr.: 26/200", "• Resumé", "Kort om planen.",
        "• Sagsfremstilling", "Planen beskriver bibliotekerne.", "• Indstilling",
        "Forvaltningen indstiller, at planen godkendes.",
        "• Beslutning i Kulturudvalget den 12-02-2026", "Sagen udsættes.",
        "• Beslutning i Kulturudvalget den 10-03-2026"])
    first, second = parse_minutes(text).items
    assert [s.name for s in first.sections] == ["Indstilling"]
    assert "Sagsfremstilling" in [s.name for s in second.sections]
    assert [(h.date.isoformat(), h.text) for h in second.history] == [
        ("2026-02-12", "Sagen udsættes.")]
    assert not any("•" in s.text for s in second.sections)


# --- a logo file named by an abbreviation ------------------------------------------------


def test_the_logos_alt_text_names_the_municipality_over_its_file_name() -> None:
    assert logo_hints('<a><img src="/Content/img/xyk_logo.svg" alt="Xby-Yby Kommune"></a>') == (
        "Xby-Yby",)
    assert logo_hints('<img src="/Content/img/xby_logo.svg" alt="Forside">') == ("xby",)
    assert FA_NAME

"""A hundred and seventy-second round of layouts (round 172's blind files): many meetings
in one file. A PDF year protocol heading each meeting only with its dated line ("Møde nr.
2/2023 – Mandag den …") over its labels, items numbered from 1 again; a web page of a
quarter's council decisions, the items numbered on through the year, each meeting under
"Byrådets møde … den …" with only its chair and absent members listed, the earlier
committees' decisions printed as "Beslutning i X den …, punkt N"; a Word file of three
meetings under the same heading, each with its agenda's list under "Dagsorden"; a text
export of meetings separated by a rule and a form feed, each under the municipality's and
the body's letterhead; a members' list whose every line ends in its status. Every text is
written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from .conftest import ReadFile
from .office_files import docx, para
from .pdf_files import pieces_pdf


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


def _decision(item) -> str:
    return _section(item, "Beslutning")


def _page(lines: list[str]) -> list[tuple[float, int, str]]:
    return [(20, k, line) for k, line in enumerate(lines)]


def _protocol_meeting(number: int, day: str, items: list[tuple[str, str]]) -> list[str]:
    head = ["Nordfyns Kommune – Plan- og Teknikudvalget – Årsprotokol 2023",
            f"Side {number + 1}", f"Møde nr. {number}/2023 – {day}", "Mødedato:", day,
            "Mødetidspunkt:", "Kl. 15:00", "Mødested:", "Mødesal 2, Otterup Rådhus",
            "Deltagere:", "Jens Bo Holm (V), formand", "Anne Kure (A), næstformand",
            "Afbud:", "Ingen", "Fra administrationen:", "Pia Lund, referent"]
    body = [line for k, (title, decision) in enumerate(items, 1)
            for line in (f"{k}. {title}", "Beslutning", decision)]
    return [*head, *body, "Mødet hævet kl. 16:30"]


def test_year_protocol_pdf_splits_at_each_meetings_numbered_dated_line(
        read_file: ReadFile) -> None:
    title = _page(["Nordfyns Kommune", "Plan- og Teknikudvalget", "Årsprotokol 2023",
                   "Indhold", "Møde nr. 1/2023    Mandag den 9. januar 2023",
                   "Møde nr. 2/2023    Mandag den 6. februar 2023"])
    first = _page(_protocol_meeting(1, "Mandag den 9. januar 2023", [
        ("Godkendelse af dagsorden", "Godkendt."), ("Vejplan 2023", "Taget til efterretning.")]))
    second = _page(_protocol_meeting(2, "Mandag den 6. februar 2023", [
        ("Godkendelse af dagsorden", "Godkendt."), ("Lukket punkt: Salg af grund", "Godkendt."),
        ("Cykelsti ved Bogense", "Anbefales.")]))
    meetings = read_file("nordfyn_aarsprotokol_2023.pdf", pieces_pdf([title, first, second]))
    assert [str(m.date) for m in meetings] == ["2023-01-09", "2023-02-06"]
    assert {m.committee for m in meetings} == {"Plan- og Teknikudvalget"}
    assert [len(m.items) for m in meetings] == [2, 3]
    assert _decision(meetings[0].items[1]) == "Taget til efterretning."
    assert meetings[1].items[1].closed and meetings[1].start_time == "15:00"


_QUARTER = """<html><body><main>
<h1>Samlet beslutningsprotokol for Byrådet – 2. kvartal 2024</h1>
<p>Her finder du Byrådets beslutninger fra kvartalets møder samlet på én side.</p>
<section><h2>Byrådets møde onsdag den 24. april 2024</h2>
<dl><dt>Mødedato:</dt><dd>Onsdag den 24. april 2024</dd><dt>Mødetid:</dt><dd>Kl. 18:00</dd>
<dt>Mødested:</dt><dd>Byrådssalen, Næstved Rådhus</dd>
<dt>Mødeleder:</dt><dd>Borgmester Ole Kramer Lund (V)</dd>
<dt>Fraværende:</dt><dd>Tove Brink (F)</dd></dl>
<article><h3>61. Godkendelse af dagsorden</h3>
<h4>Beslutning i Byrådet den 24. april 2024</h4><p>Godkendt.</p></article>
<article><h3>62. Lokalplan for Holme Olstrup</h3><h4>Sagsfremstilling</h4>
<p>Forslaget har været i høring i otte uger.</p>
<h4>Beslutning i Økonomiudvalget den 16. april 2024, punkt 80</h4><p>Anbefales.</p>
<h4>Beslutning i Byrådet den 24. april 2024</h4><p>Vedtaget.</p>
<p>For stemte 20: V, A og C.</p><p>Imod stemte 3: Ø.</p></article></section>
<section><h2>Byrådets møde onsdag den 29. maj 2024</h2>
<dl><dt>Mødedato:</dt><dd>Onsdag den 29. maj 2024</dd><dt>Mødetid:</dt><dd>Kl. 18:00</dd>
<dt>Mødeleder:</dt><dd>Borgmester Ole Kramer Lund (V)</dd>
<dt>Fraværende:</dt><dd>Ingen</dd></dl>
<article><h3>63. Regnskab 2023</h3><h4>Sagsfremstilling</h4><p>Regnskabet viser overskud.</p>
<h4>Beslutning i Byrådet den 29. maj 2024</h4><p>Godkendt.</p></article>
</section></main></body></html>"""


def test_quarter_page_splits_council_meetings_numbered_on_and_reads_their_decisions(
        read_file: ReadFile) -> None:
    meetings = read_file("naestved_byraad_2_kvartal_2024.html", _QUARTER)
    assert [str(m.date) for m in meetings] == ["2024-04-24", "2024-05-29"]
    assert {m.committee for m in meetings} == {"Byrådet"}
    assert [[i.number for i in m.items] for m in meetings] == [[61, 62], [63]]
    assert [_decision(i) for m in meetings for i in m.items] == [
        "Godkendt.", "Vedtaget.\n\nFor stemte 20: V, A og C.\n\nImod stemte 3: Ø.", "Godkendt."]
    (earlier,) = meetings[0].items[1].history
    assert (earlier.committee, str(earlier.date), earlier.punkt) == (
        "Økonomiudvalget", "2024-04-16", 80)


def test_council_chair_with_a_party_is_a_member_present(read_file: ReadFile) -> None:
    first = read_file("naestved_byraad_2_kvartal_2024.html", _QUARTER)[0]
    people = {p.name: (p.status, p.role.lower()) for p in first.participants}
    assert people["Ole Kramer Lund (V)"] == ("deltog", "borgmester")
    assert people["Tove Brink (F)"][0] == "afbud"


def _word_meeting(day: str, items: list[tuple[str, str]]) -> list[str]:
    agenda = [para(f"{k}. {title}") for k, (title, _) in enumerate(items, 1)]
    body = [p for k, (title, decision) in enumerate(items, 1) for p in (
        para(f"Punkt {k}. {title}", "Heading2"), para("Beslutning:", bold=True), para(decision))]
    return [para("Referat af møde i Handicaprådet", "Heading1"), para(f"Dato: {day} kl. 14.00"),
            para("Sted: Mødelokale 4, Rådhuset"),
            para("Til stede: Eva Holt (formand), Bent Rask, Lis Dahl"), para("Afbud: Ingen"),
            para("Dagsorden", "Heading2"), *agenda, *body, para("Referent: Mie Kok")]


def test_word_meetings_under_the_same_heading_with_agenda_lists_are_each_a_meeting(
        read_file: ReadFile) -> None:
    raw = docx([
        para("Gentofte Kommune"),
        *_word_meeting("Onsdag den 10. januar 2024", [
            ("Godkendelse af dagsorden", "Godkendt."), ("Eventuelt", "Intet.")]),
        *_word_meeting("Onsdag den 14. februar 2024", [
            ("Godkendelse af dagsorden", "Godkendt."), ("Budget 2024", "Drøftet."),
            ("Eventuelt", "Næste møde er i marts.")]),
        *_word_meeting("Onsdag den 13. marts 2024", [
            ("Godkendelse af dagsorden", "Godkendt."), ("Temadag den 2. maj 2024", "Aftalt."),
            ("Eventuelt", "Intet.")])],
        styles={"Heading1": "heading 1", "Heading2": "heading 2"})
    meetings = read_file("gentofte_handicapraad_referater_2024.docx", raw)
    assert [str(m.date) for m in meetings] == ["2024-01-10", "2024-02-14", "2024-03-13"]
    assert {m.committee for m in meetings} == {"Handicaprådet"}
    assert [len(m.items) for m in meetings] == [2, 3, 3]
    assert _decision(meetings[0].items[-1]) == "Intet."
    assert meetings[2].place == "Mødelokale 4, Rådhuset"


def _txt_meeting(day: str, decision: str) -> str:
    return "\n".join([
        "TØNDER KOMMUNE", "KULTURUDVALGET", "", "REFERAT", "",
        f"Mødedato:    {day} kl. 16.00", "Mødested:    Mødelokale 1, Rådhuset",
        "Deltagere:   Jan Holm (V), formand", "             Ida Kjær (A)", "",
        "Indholdsfortegnelse", "  Pkt. 1   Godkendelse af dagsorden", "  Pkt. 2   Meddelelser",
        "", "-" * 60, "Pkt. 1  Godkendelse af dagsorden", "", "Beslutning:", "Godkendt.", "",
        "-" * 60, "Pkt. 2  Meddelelser", "", "Beslutning:", decision, "", "-" * 60,
        "Udskrevet fra dagsordenssystemet 01.07.2022"])


def test_text_export_gives_the_next_meetings_letterhead_to_that_meeting(
        read_file: ReadFile) -> None:
    text = f"\n{'=' * 60}\n\f".join([
        _txt_meeting("Mandag den 2. maj 2022", "Taget til efterretning."),
        _txt_meeting("Mandag den 13. juni 2022", "Orienteringen blev taget til efterretning.")])
    meetings = read_file("toender_kulturudvalget_udskrift_2022.txt", text)
    assert [m.committee for m in meetings] == ["Kulturudvalget", "Kulturudvalget"]
    assert _decision(meetings[0].items[1]) == "Taget til efterretning."
    assert [str(m.date) for m in meetings] == ["2022-05-02", "2022-06-13"]


def test_members_list_each_line_ending_in_its_status_keeps_names_and_roles(
        read_file: ReadFile) -> None:
    text = "\n".join([
        "HOLBÆK KOMMUNE", "Referat", "Social- og Sundhedsudvalget",
        "Mødedato Onsdag den 4. juni 2025", "Mødested Mødelokale 3, Holbæk Rådhus",
        "Deltagere Lone Bak (A), formand Deltog", "Per Toft (V), næstformand Deltog",
        "Sara Ring (F) Deltog", "Kim Ulv (C) Afbud", "", "1. Godkendelse af dagsorden",
        "Beslutning", "Godkendt.", ""])
    (m,) = read_file("holbaek_ssu_referat.txt", text)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Lone Bak (A)": ("deltog", "formand"),
                      "Per Toft (V)": ("deltog", "næstformand"),
                      "Sara Ring (F)": ("deltog", ""), "Kim Ulv (C)": ("afbud", "")}

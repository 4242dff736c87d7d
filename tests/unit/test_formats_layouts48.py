"""A forty-eighth round of layouts (round 48's blind files 03, 10, 07, 02, 04, 09, 01 and
06): a ".doc" that is Word's HTML, a mail forwarded as an attachment, a web page's
calendar badge, and the further layouts below, each read wrongly before."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats48")


def _people(meeting) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in meeting.participants]


def test_doc_file_holding_word_html_is_read_as_the_page_it_is() -> None:
    """An ESDH system's "export to Word": Word's own HTML (cp1252, CRLF) in a file named
    ".doc", item numbers in Word's list spans. Before: refused, ".doc understøttes ikke"."""
    m = one("03_word_html_eksport.doc")
    assert (m.committee, m.date, m.start_time) == ("Skoleudvalget", date(2025, 3, 12), "17:00")
    assert m.place == "Udvalgsværelse 3, Skovbo Rådhus"
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Godkendt."),
        (2, "Renovering af Skovbo Skole", "Anbefales over for Økonomiudvalget."),
        (3, "Eventuelt", "Intet.")]


def test_minutes_in_a_mail_attached_to_a_forwarding_mail() -> None:
    """Outlook's "forward as attachment": the outer note carries the original mail
    (message/rfc822), whose own attachment is the minutes. Before: only the outer note
    read, the file refused ("ingen dagsordenspunkter fundet")."""
    m = one("10_videresendt_som_vedhaeftet.eml")
    assert (m.committee, m.date, m.start_time) == (
        "Grønnegade Lokaludvalg", date(2025, 3, 11), "18:00")
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Lokaludvalget søger puljen om tre bænke."]


def test_body_named_in_full_above_a_title_naming_the_meeting_by_its_kind() -> None:
    """"Vesterå-Bakkeby Lokalråd" above "Referat af lokalrådsmøde": the body's full name
    on the line above is the committee. Before: "Lokalrådet", from the compound."""
    m = one("10_lokalraad_fuldt_navn.txt")
    assert m.committee == "Vesterå-Bakkeby Lokalråd"
    assert m.place == "Bakkeby Forsamlingshus"


def test_web_page_dated_by_a_calendar_badge_and_a_time_element() -> None:
    """An OS2/Drupal meeting page: the date only in a badge of three spans ("4" / "mar" /
    "2025") and in `<time datetime>`; the hour and the place labelled by icons only.
    Before: refused, "ingen mødedato fundet i hovedet"."""
    m = one("07_os2_datobadge.html")
    assert (m.committee, m.date, m.start_time) == ("Kulturudvalget", date(2025, 3, 4), "16:30")
    assert m.place == "Byrådssalen, Mølleby Rådhus"
    assert ("Ole Ravn (F)", "afbud", "") in _people(m)
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Musikskolens takster 2025"]


def test_date_line_above_the_body_and_its_kind() -> None:
    """A badge's date "4 mar 2025" (no dots) above the body's name and "Referat", the
    hour "kl. 16.30" and the place on lines of their own. Before: refused (no date);
    with the date read, committee "Ukendt udvalg" and the body taken as the place."""
    m = one("07_datolinje_over_udvalget.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Kulturudvalget", date(2025, 3, 4), "16:30", "referat")
    assert m.place == "Byrådssalen, Mølleby Rådhus"


def test_word_themes_over_unnumbered_item_headings() -> None:
    """Heading 1 themes ("Indledning", "Tema: Trafik", "Lukkede punkter", "Afslutning")
    each directly above unnumbered Heading 2 items: the Heading 2s are the items, the
    closed theme closes its own items only. Before: the themes were the items, two items
    merged into one, nothing closed."""
    m = one("02_temaer_h1_punkter_h2.docx")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Cykelsti langs Åvej", False),
        (3, "Parkering ved stationen", False), (4, "Køb af grund ved Havnen", True),
        (5, "Eventuelt", False)]
    assert [i.decision for i in m.items] == ["Godkendt.", "Godkendt.", "Udsat.", "Godkendt.",
                                             "Intet."]
    assert [i.journal_number for i in m.items[1:4]] == ["2025-000311", "2025-000412",
                                                         "2025-000520"]


def test_justified_attendance_label_and_public_mark_under_titles() -> None:
    """Justified PDF text widens the label's space ("Til  stede:"), and each title has
    "Offentligt" or "Ikke offentligt" below it. Before: every present member lost, and
    "Offentligt" joined to the open items' titles."""
    m = one("04_justeret_til_stede_offentligt.pdf")
    assert _people(m) == [
        ("Karin Holt (A)", "deltog", "borgmester"), ("Søren Dahl (V)", "deltog", ""),
        ("Mia Krag (F)", "deltog", ""), ("Ib Lund (C)", "deltog", ""),
        ("Tove Ahl (A)", "deltog", ""), ("Per Vind (O)", "afbud", "")]
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (41, "Godkendelse af dagsorden", False), (42, "Budget for havnen", False),
        (43, "Salg af grund ved Kirkevej", True)]


def test_bilingual_role_and_case_label_german_first() -> None:
    """German-first minutes: "Vorsitzende / formand" after the first member is her role,
    and "Az. / J.nr.: 24/0881" is the case number's label in two languages. Before: the
    chairwoman lost ("formand" a participant), the title ending " Az. /"."""
    m = one("09_tysk_dansk_roller.pdf")
    assert _people(m)[:2] == [("Eva Brandt (Stadt Flensburg)", "deltog", "formand"),
                              ("Lars Kjær (Aabenraa Kommune)", "deltog", "")]
    assert [(i.title, i.journal_number) for i in m.items] == [
        ("Godkendelse af dagsorden", None), ("Ungdomsturnering 2025", "24/0881")]


def test_beslutningstema_is_a_section_of_its_own() -> None:
    """"Beslutningstema" (what the body is to decide) on its own line under the item's
    facts: a section of that name, not a line of the item's description, and no
    decision (the case officer's line above it is no text since round 57). Before: a line
    inside "Beskrivelse"."""
    m = one("01_beslutningstema.txt")
    item = m.items[0]
    assert [s.name for s in item.sections] == ["Beslutningstema", "Sagsfremstilling", "Beslutning"]
    assert item.sections[0].text == "Økonomiudvalget skal tage stilling til optagelse af lån."
    assert item.decision == "Anbefales over for Byrådet."

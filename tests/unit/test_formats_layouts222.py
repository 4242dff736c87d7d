"""Round 222's layouts (round 222's blind files): "Referat med bilag", minutes printed in
one PDF with their attachments' pages. A samlet dokument whose cover page before each
attachment opens with "Bilag:" under the municipality's letterhead on every one; an Acadre
print with a separator page "Bilag til punkt N" before each attachment, one of them
another council's extract with its own "Punkt 3" over "Sagsnr.:"; an SBSYS or Word print
whose own counter ("Side 3 af 3") ends before the attachment files appended after it, one
an extract of the same committee's earlier minutes in the same template; an eDoc print
whose attachment pages carry a band "Bilag 1 til punkt 2: …" and hold another body's
minutes in the same layout. Also: a Word template's letterhead ending most pages and
heading the signature page, and a cover's remark "Næstformand:" wrapped before the name.
Every text is written by the tests (other towns, bodies, names and words than the blind
files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile


def _pages(pages: list[list[str]]) -> str:
    return "\n\f\n".join("\n".join(page) for page in pages) + "\n"


def _text(meeting) -> str:
    return "\n".join(s.text for item in meeting.items for s in item.sections)


# --- a samlet dokument: a cover page "Bilag:" under the letterhead before each attachment


def _cover(number: str, title: str, page: int) -> list[str]:
    return ["Sorø Kommune", "Bilag:", f"{number} {title}", "Udvalg:", "Miljø- og Klimaudvalget",
            "Mødedato:", "2. juni 2025 - Kl. 16:00", "Adgang:", "Åben", "Bilagsnr:",
            f"7712{page}/25", f"Side {page} af 9"]


def _samlet() -> str:
    head = ["Sorø Kommune", "Miljø- og Klimaudvalget  |  Referat  |  02-06-2025"]
    return _pages([
        ["Sorø Kommune", "Referat", "Miljø- og Klimaudvalget", "Mødedato:", "2. juni 2025",
         "Mødetidspunkt:", "16:00", "Mødested:", "Mødelokale 3, Sorø Rådhus",
         "Medlemmer:", "Karen Vestergaard (A), formand", "Ulrik Damsgaard (V)",
         "Hanne Stigsen (F)", "Side 1 af 9"],
        [*head, "1.  Godkendelse af dagsorden", "Sagsnr.: 00.01.00-A00-3-25", "Åbent punkt",
         "Beslutning i Miljø- og Klimaudvalget den 02-06-2025", "Godkendt.",
         "2.  Klimaplan for Tuelsø - høring", "Sagsnr.: 01.02.03-P15-2-25", "Åbent punkt",
         "Sagsfremstilling", "Planen har været i høring i seks uger.",
         "Beslutning i Miljø- og Klimaudvalget den 02-06-2025", "Anbefales.",
         "Bilag", "Høringssvar (77123/25)", "Side 2 af 9"],
        [*head, "3.  Salg af grund ved Pedersborg", "Sagsnr.: 82.06.00-G01-1-25",
         "Lukket punkt", "Beslutning i Miljø- og Klimaudvalget den 02-06-2025",
         "Godkendt.", "Side 3 af 9"],
        _cover("2.1.", "Høringssvar", 4),
        ["Høringssvar fra Tuelsø Grundejerforening", "Sorø, den 4. maj 2025",
         "1. Stier", "Stien langs søen bør belægges med grus.", "2. Parkering",
         "Der mangler pladser ved badestedet.", "Med venlig hilsen", "Birthe Kolding",
         "Side 5 af 9"],
        _cover("2.2.", "Kort over planområdet", 6),
        ["Kortbilag", "Målestok 1:2.000", "Side 7 af 9"],
        _cover("3.1.", "Skøde, udkast", 8),
        ["Skøde", "1. Ejendommen", "Grunden sælges som den er og forefindes.",
         "2. Overtagelse", "Overtagelsesdagen er den 1. august 2025.", "Side 9 af 9"],
    ])


def test_a_cover_page_under_the_letterhead_opens_an_attachment(read_file: ReadFile) -> None:
    meeting, = read_file("soroe-mku-samlet.txt", _samlet())
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Klimaplan for Tuelsø - høring", "Salg af grund ved Pedersborg"]
    closed = meeting.item(3)
    assert [s.name for s in closed.sections] == ["Beslutning"]
    assert closed.decision == "Godkendt."
    text = _text(meeting)
    assert "Stien langs søen" not in text and "Overtagelsesdagen" not in text
    assert "Birthe Kolding" not in [p.name for p in meeting.participants]


# --- an Acadre print: "Bilag til punkt N" separator pages, another council's extract -----


def _separated() -> str:
    foot = "Vejle Kommune  |  Teknisk Udvalg  |  Referat 16-06-2025"
    return _pages([
        ["Referat", "Udvalg", "Teknisk Udvalg", "Mødested", "Mødelokale 2, Vejle Rådhus",
         "Dato", "16-06-2025", "Tidspunkt", "14:00 - 16:00", "Medlemmer",
         "Jonas Brandt (A), Lise Overgaard (V), Per Holt (F)", foot],
        ["Pkt. 14", "Godkendelse af dagsorden", "Sagsnr.: 25/3110", "Åbent punkt",
         "Beslutning i Teknisk Udvalg den 16-06-2025", "Godkendt.",
         "Pkt. 15", "Cykelstier ved Bredsten - efter høring", "Sagsnr.: 24/9981",
         "Åbent punkt", "Sagsfremstilling", "Planen har været i høring.",
         "Beslutning i Teknisk Udvalg den 16-06-2025", "Anbefales.", foot],
        ["Bilag til punkt 15", "Teknisk Udvalg 16-06-2025",
         "Cykelstier ved Bredsten - efter høring", "Bilag 1: Høringssvar fra Cykelrådet", foot],
        ["Til Teknisk Udvalg", "Vejle, den 2. juni 2025", "1. Belægning",
         "Asfalt frem for grus.", "Med venlig hilsen", "Mikkel Sand"],
        ["Bilag til punkt 15", "Teknisk Udvalg 16-06-2025",
         "Cykelstier ved Bredsten - efter høring", "Bilag 2: Uddrag af referat fra Cykelrådet",
         foot],
        ["Cykelrådet", "Uddrag af referat fra mødet den 3. juni 2025",
         "Punkt 3   Høring om cykelstier ved Bredsten", "Sagsnr.: 24/9981", "Sagsfremstilling",
         "Rådet drøftede planen.", "Beslutning", "Rådet anbefaler asfalt.",
         "Fraværende: Ole Brink"],
        ["Bilag til punkt 16", "Teknisk Udvalg 16-06-2025", "Vejbelysning 2026",
         "Bilag 1: Tabel over armaturer", foot],
        ["Armaturer i alt", "1.240", "Heraf LED", "860"],
        ["Pkt. 16", "Vejbelysning 2026", "Sagsnr.: 25/4471", "Åbent punkt", "Sagsfremstilling",
         "Skiftet til LED fortsætter.", "Beslutning i Teknisk Udvalg den 16-06-2025",
         "Godkendt.", foot],
    ])


def test_separator_pages_atop_several_attachments_and_another_councils_punkt(
        read_file: ReadFile) -> None:
    meetings = read_file("vejle-tu-med-bilag.txt", _separated())
    assert len(meetings) == 1
    meeting = meetings[0]
    assert [i.number for i in meeting.items] == [14, 15, 16]
    assert meeting.item(15).decision == "Anbefales."
    assert meeting.item(16).decision == "Godkendt."
    text = _text(meeting)
    assert "Rådet anbefaler asfalt" not in text and "Asfalt frem for grus" not in text


def test_an_attachments_lower_item_number_resumes_no_minutes(read_file: ReadFile) -> None:
    """One separator, no running header: the extract's "Punkt 3" over "Sagsnr.:" on the
    next page numbers no item after item 15."""
    pages = _separated().split("\n\f\n")
    one = "\n\f\n".join(pages[:2] + pages[4:6] + pages[8:])
    meetings = read_file("vejle-tu-et-bilag.txt", one)
    assert len(meetings) == 1
    assert [i.number for i in meetings[0].items] == [14, 15, 16]
    assert "Rådet anbefaler asfalt" not in _text(meetings[0])


# --- an SBSYS/Word print: the minutes' own counter ends before the appended files ------


def _counted() -> str:
    head = ["Ærø Kommune - Børneudvalget - Referat - 10. juni 2025"]
    return _pages([
        ["Referat", "Børneudvalget", "Mødedato:", "Tirsdag den 10. juni 2025", "Mødetid:",
         "Kl. 15.00 - 17.00", "Mødested:", "Mødelokale 1, Ærøskøbing Rådhus", "Deltagere:",
         "Signe Bæk (A)", "Thomas Riis (V)", "Mads Kruuse (C)", "Side 1 af 3"],
        [*head, "1.  Godkendelse af dagsorden", "Sagsnr.: 25/700", "Beslutning", "Godkendt.",
         "2.  Skoledistrikt for Søby Skole - efter høring", "Sagsnr.: 25/311",
         "Sagsfremstilling", "Forslaget har været i høring.", "Beslutning", "Anbefales.",
         "Side 2 af 3"],
        [*head, "3.  Eventuelt", "Sagsnr.: 25/701", "Beslutning", "Intet.",
         "Bilag", "Bilag 1 til punkt 2: Uddrag af referat 8. april 2025",
         "Bilag 2 til punkt 2: Lejeaftale, udkast", "Side 3 af 3"],
        ["Ærø Kommune - Børneudvalget - Referat - 8. april 2025", "Uddrag af referat",
         "4.  Skoledistrikt for Søby Skole - udsendelse i høring", "Sagsnr.: 25/311",
         "Sagsfremstilling", "Elevtallet falder.", "Beslutning", "Godkendt til høring.",
         "Afbud: Mads Kruuse (C).", "Side 4 af 6"],
        ["LEJEAFTALE", "§ 1 Parterne", "Aftalen indgås mellem kommunen og Søby Idrætsforening.",
         "§ 2 Lejemålet", "Lejemålet omfatter gymnastiksalen.", "Side 1 af 2"],
        ["For Søby Idrætsforening", "Dato: ______", "Side 2 af 2"],
    ])


def test_pages_after_the_minutes_own_counter_ran_out_are_no_items(read_file: ReadFile) -> None:
    meetings = read_file("aeroe-bu-samlet.txt", _counted())
    assert len(meetings) == 1
    meeting = meetings[0]
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Skoledistrikt for Søby Skole - efter høring", "Eventuelt"]
    assert meeting.item(3).decision == "Intet."
    assert meeting.item(2).decision == "Anbefales."
    assert "Mads Kruuse (C)" in meeting.attendees
    assert "Lejemålet omfatter" not in _text(meeting)


# --- an eDoc print: each attachment page banded "Bilag 1 til punkt N: …" ----------------


def _banded() -> str:
    foot = "Social- og Sundhedsudvalget 20-05-2025"

    def band(n: int) -> str:
        return f"Bilag 1 til punkt {n}: Referat - Seniorrådet 6. maj 2025"

    return _pages([
        ["Social- og Sundhedsudvalget", "Tirsdag den 20. maj 2025 - kl. 16:00",
         "Mødelokale 4, Gladsaxe Rådhus", "Deltagere", "Nina Krogh (A) (formand) - Deltog",
         "Erik Møns (V) - Deltog", "Dorte Lau (Ø) - Deltog", "Afbud/Fraværende",
         "Bent Hald (C) - Afbud",
         "Punkt 1  Godkendelse af dagsorden", "00.01.00-A00-31-25", "Beslutning", "Godkendt.",
         "Punkt 2  Referat fra Seniorrådets møde den 6. maj 2025", "00.01.00-A00-32-25",
         "Beslutning", "Taget til efterretning.", "Bilag", "•",
         "Bilag 1: Referat - Seniorrådet 6. maj 2025", foot, "Side 1 af 4"],
        ["Seniorrådet", "Tirsdag den 6. maj 2025 - kl. 10:00", "Mødelokale 1, Gladsaxe Rådhus",
         "Deltagere", "Inge Vinter (formand) - Deltog", "Afbud/Fraværende",
         "Dorte Lau (Ø) - Afbud", "Punkt 1  Godkendelse af dagsorden", "Beslutning",
         "Godkendt.", "Punkt 2  Høring om madservice", "Beslutning",
         "Rådet ønsker varm mad hver dag.", band(2), foot, "Side 2 af 4"],
        ["Punkt 3  Eventuelt", "Beslutning", "Intet.", band(2), foot, "Side 3 af 4"],
        ["Punkt 3  Takster for madservice 2026", "00.32.00-S00-3-25", "Beslutning",
         "Anbefales.", foot, "Side 4 af 4"],
    ])


def test_banded_attachment_pages_hold_another_bodys_minutes(read_file: ReadFile) -> None:
    meetings = read_file("gladsaxe-ssu-med-bilag.txt", _banded())
    assert len(meetings) == 1
    meeting = meetings[0]
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Referat fra Seniorrådets møde den 6. maj 2025"),
        (3, "Takster for madservice 2026")]
    assert meeting.item(3).decision == "Anbefales."
    assert "Dorte Lau (Ø)" in meeting.attendees
    assert "Inge Vinter" not in [p.name for p in meeting.participants]


# --- a Word template's letterhead, and a remark's role label wrapped before the name ----


def test_the_letterhead_ending_most_pages_heads_the_signature_page_as_furniture(
        read_file: ReadFile) -> None:
    head = "Fritidsudvalget - Referat - 3. juni 2025"
    meeting, = read_file("favrskov-fu.txt", _pages([
        ["Referat", "Fritidsudvalget", "Mødedato:", "Tirsdag den 3. juni 2025", "Mødetid:",
         "Kl. 17.00 - 18.00", "Mødested:", "Mødelokale 2, Hinnerup Rådhus", "Deltagere:",
         "Anne Bech (A)", "Søren Lykke (V)", "Favrskov Kommune", "Side 1 af 4"],
        ["1.  Godkendelse af dagsorden", "Sagsnr.: 25/90", "Beslutning", "Godkendt.", head,
         "Favrskov Kommune", "Side 2 af 4"],
        ["2.  Eventuelt", "Sagsnr.: 25/91", "Beslutning", "Intet.", head,
         "Favrskov Kommune", "Side 3 af 4"],
        [head, "Favrskov Kommune", "Underskrifter", "______", "Anne Bech (A)", "______",
         "Søren Lykke (V)", "Side 4 af 4"],
    ]))
    assert meeting.item(2).decision == "Intet."


def test_a_remarks_role_label_wrapped_before_the_name(read_file: ReadFile) -> None:
    meeting, = read_file("kalundborg-kfu.txt", "\n".join([
        "Referat", "Udvalg", "Kultur- og Fritidsudvalget", "Mødested",
        "Mødelokale 5, Kalundborg Rådhus", "Dato", "12-05-2025", "Tidspunkt", "15:00 - 16:30",
        "Medlemmer", "Rikke Fog (A), Jens Tving (V), Lotte Bay (F)",
        "Bemærkninger", "Referatet udsendes uden bilag. Formand: Rikke Fog (A). Næstformand:",
        "Jens Tving (V).",
        "Pkt. 21", "Godkendelse af dagsorden", "Sagsnr.: 25/510", "Beslutning", "Godkendt.",
    ]))
    roles = {p.name: p.role for p in meeting.participants}
    assert roles["Rikke Fog (A)"] == "formand"
    assert roles["Jens Tving (V)"] == "næstformand"
    assert meeting.date == date(2025, 5, 12)

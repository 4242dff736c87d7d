"""Round 182: minutes sent and archived as e-mail. Small messages written here in the
layouts of the blind files: an Outlook message whose plain part flattens the HTML's
tables, a Gmail forward, a Thunderbird mailbox, a template's absence line under every
decision, and a hyphenated municipality glued to a PDF's page counter."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from ingest.formats import read_meetings
from referat.domain import Meeting

_ITEMS = """1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Legepladser 2025
Beslutning
Anbefales over for Byrådet.
"""


def _eml(tmp_path: Path, name: str, message: EmailMessage) -> list[Meeting]:
    path = tmp_path / name
    path.write_bytes(message.as_bytes())
    return read_meetings(path)


def _cells(*rows: tuple[str, ...]) -> str:
    return "".join("<tr>" + "".join(f"<td><p>{c or '&nbsp;'}</p></td>" for c in row) + "</tr>"
                   for row in rows)


def test_outlook_message_is_read_through_the_html_part_its_plain_part_flattened(
        tmp_path: Path) -> None:
    """Outlook's plain part prints each table cell on a line ("Eva Dam (V)" / "Formand" /
    "Deltog"), under a cover note naming the next meeting: the HTML part keeps the
    rows. Before: the plain part was read, so "Formand" and "Deltog" were participants,
    the cover note's next meeting the date and its "Venlig hilsen" the place."""
    cover = ("Kære medlemmer\n\nHermed referatet. Næste møde afholdes tirsdag den 7. "
             "december 2021 kl. 15.00.\n\nVenlig hilsen\nTina Mørk\n\n")
    people = [("Eva Dam (V)", "Formand", "Deltog"), ("Bo Holm (A)", "", "Afbud"),
              ("Lis Krog (C)", "", "Deltog")]
    plain = cover + "REFERAT\nSkoleudvalget\n\nMødedato:\n\nTirsdag den 9. november 2021\n\n" \
        "Mødested:\n\nMødelokale 2, Rådhuset\n\nDeltagere\n" + "\n\n".join(
            "\n\n".join(c for c in row) for row in people) + "\n\n" + _ITEMS
    head = _cells(("Mødedato:", "Tirsdag den 9. november 2021"),
                  ("Mødested:", "Mødelokale 2, Rådhuset"))
    html = ("<html><body>" + "".join(f"<p>{ln}</p>" for ln in cover.split("\n") if ln)
            + f"<p><b>REFERAT</b></p><p><b>Skoleudvalget</b></p><table>{head}</table>"
            + f"<p><b>Deltagere</b></p><table>{_cells(*people)}</table>"
            + "".join(f"<p>{ln}</p>" for ln in _ITEMS.split("\n") if ln) + "</body></html>")
    message = EmailMessage()
    message["From"], message["Subject"] = "Tina Mørk <timo@x.dk>", "Referat - Skoleudvalget"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    (m,) = _eml(tmp_path, "outlook.eml", message)
    assert (m.committee, m.date.isoformat(), m.place) == (
        "Skoleudvalget", "2021-11-09", "Mødelokale 2, Rådhuset")
    assert [(p.name, p.role, p.status) for p in m.participants] == [
        ("Eva Dam (V)", "formand", "deltog"), ("Bo Holm (A)", "", "afbud"),
        ("Lis Krog (C)", "", "deltog")]
    assert [i.decision for i in m.items] == ["Godkendt.", "Anbefales over for Byrådet."]


def test_gmail_forward_reads_the_forwarded_message_not_the_note(tmp_path: Path) -> None:
    """A forward's own note and signature, then "---------- Videresendt meddelelse
    ----------" and the forwarded message's header with Gmail's English labels ("Date:
    man. 11. mar. 2024 kl. 19.12"), a salutation and "BESLUTNINGER" over the body.
    Before: the committee was "Mvh Jesper ---------- Videresendt …", the start the
    forward's 19:12 and the place the salutation."""
    message = EmailMessage()
    message["From"], message["Subject"] = "Jesper <j@gmail.com>", "Fwd: Beslutninger"
    message.set_content(
        "Hej alle\n\nHer er beslutningerne. Sagen kommer i byrådet den 26. marts.\n\nMvh\n"
        "Jesper\n\n---------- Videresendt meddelelse ----------\nFra: Sekretariatet "
        "<s@kommune.dk>\nDate: man. 11. mar. 2024 kl. 19.12\nSubject: Beslutninger fra "
        "Plan- og Miljøudvalget\nTo: Udvalget <u@kommune.dk>\n\n\nKære medlemmer af Plan- og "
        "Miljøudvalget\n\nHermed beslutningerne fra dagens møde.\n\n\nBESLUTNINGER\n"
        "Plan- og Miljøudvalget\nMandag den 11. marts 2024 kl. 15.00\nMødelokale 1, "
        "Rådhuset, Nyvej 22, 4573 Højby\n\nTil stede: Eva Dam (C), formand, Bo Holm (A)\n\n\n"
        + _ITEMS.replace("Beslutning\n", "Beslutning: ").replace("\n\n", "\n\n\n")
        + "\n\nMed venlig hilsen\n\nMaja Krogh\nByrådssekretariatet\n")
    (m,) = _eml(tmp_path, "videresendt.eml", message)
    assert (m.committee, m.date.isoformat(), m.start_time, m.place) == (
        "Plan- og Miljøudvalget", "2024-03-11", "15:00",
        "Mødelokale 1, Rådhuset, Nyvej 22, 4573 Højby")
    assert len(m.items) == 2 and m.items[1].decision == "Anbefales over for Byrådet."


def _message(subject: str, body: str, *, qp: bool = False) -> bytes:
    message = EmailMessage()
    message["From"], message["Subject"] = "Politisk Betjening <p@skive.dk>", subject
    message.set_content(body, cte="quoted-printable" if qp else "8bit")
    return message.as_bytes()


def test_mailbox_messages_are_read_each_as_its_own_mail(tmp_path: Path) -> None:
    """A Thunderbird mailbox ("From - <date>" lines) with one meeting's decisions a
    message, one in quoted-printable, a body line escaped ">From": each message is a
    meeting. Before: "filtypen .mbox understøttes ikke"."""
    first = _message("Beslutninger - Teknik- og Miljøudvalget 8. januar 2019",
                     "Beslutninger fra Teknik- og Miljøudvalgets møde tirsdag den 8. januar "
                     "2019 kl. 13.00 i Mødelokale 3, Rådhuset.\n\nDeltagere: Eva Dam (V), Bo "
                     "Holm (A)\n\nPunkt 1. Vejplan\nBeslutning: Godkendt.\n>From nu af.\n\n"
                     "Punkt 2. Vintertjeneste\nBeslutning: Taget til efterretning.\n")
    second = _message("Beslutninger - Børne- og Familieudvalget 5. februar 2019",
                      "Beslutninger fra Børne- og Familieudvalget\n\nMødedato: Tirsdag den 5. "
                      "februar 2019\nMødetid: Kl. 15.30\n\nTil stede: Lis Krog (A), formand\n\n"
                      "1. Dagtilbud\nBeslutning: Godkendt.\n", qp=True)
    box = tmp_path / "beslutninger.mbox"
    box.write_bytes(b"From - Tue Jan 08 17:02:11 2019\nX-Mozilla-Status: 0001\n" + first
                    + b"\n\nFrom - Tue Feb 05 18:30:47 2019\nX-Mozilla-Status: 0001\n" + second)
    meetings = read_meetings(box)
    assert [(m.committee, m.date.isoformat(), len(m.items)) for m in meetings] == [
        ("Teknik- og Miljøudvalget", "2019-01-08", 2),
        ("Børne- og Familieudvalget", "2019-02-05", 1)]
    assert meetings[0].items[0].decision == "Godkendt.\nFrom nu af."
    assert meetings[1].items[0].decision == "Godkendt."


def test_absence_line_under_every_decision_leaves_it(tmp_path: Path) -> None:
    """The template's line under every decision: "Fraværende: Ingen" names no one, and
    "Fraværende: Kirsten Bruun (C)" names a member the head says left before the item;
    "Mødet hævet" under the last item, above the sender's greeting and signature,
    closes the minutes. Before: each line (and "Mødet hævet …") stayed in the decision."""
    path = tmp_path / "referat.txt"
    path.write_text(
        "TØNDER KOMMUNE\nREFERAT\nSocialudvalget\nMødedato: 14.03.2011\nMødetidspunkt: Kl. 13.30\n"
        "Medlemmer:\nEva Dam (V), formand\nBo Holm (A)\nKirsten Bruun (C)\n\n"
        "Kirsten Bruun (C) forlod mødet kl. 15.10 før behandlingen af punkt 2.\n\n"
        "Pkt. 1  Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\nFraværende: Ingen\n\n"
        "Pkt. 2  Sundhedspolitik\nBeslutning:\nGodkendt.\n\nFraværende: Kirsten Bruun (C)\n\n"
        "Pkt. 3  Eventuelt\nBeslutning:\nIntet.\n\nFraværende: Kirsten Bruun (C)\n\n\n"
        "Mødet hævet kl. 16.15.\n\n\nMed venlig hilsen\n\nSøren Lauritzen\nUdvalgssekretær\n"
        "Direkte: 74 92 92 92\nsl@toender.dk<mailto:sl@toender.dk>\n", encoding="utf-8")
    (m,) = read_meetings(path)
    assert [i.decision for i in m.items] == ["Godkendt.", "Godkendt.", "Intet."]
    assert [i.absentees for i in m.items] == [[], ["Kirsten Bruun (C)"], ["Kirsten Bruun (C)"]]


def test_hyphenated_municipality_glued_to_the_page_counter(tmp_path: Path) -> None:
    """A PDF's running header "Side 2 af 9Faaborg-Midtfyn Kommune" (the counter and the
    letterhead drawn without a space): the municipality is the whole hyphenated name.
    Before: "Midtfyn"."""
    path = tmp_path / "referat.txt"
    path.write_text("Side 1 af 2Ringkøbing-Skjern Kommune\nReferat\nKulturudvalget\n"
                    "Mødedato: Mandag den 4. september 2023\n\n" + _ITEMS.replace(
                        "2. Legepladser", "Side 2 af 2Ringkøbing-Skjern Kommune\n2. Legepladser"),
                    encoding="utf-8")
    (m,) = read_meetings(path)
    assert (m.municipality, m.committee, len(m.items)) == ("Ringkøbing-Skjern", "Kulturudvalget", 2)

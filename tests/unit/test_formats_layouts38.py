"""A thirty-eighth round of layouts: a wiki page's markdown ("## Ad 1) Title", the
decision inline as "… **Beslutning:** Godkendt.", a "[TOC]" macro, "**Organ:**" /
"**Selskab:**" labels), a Word action list ("Nr. | Sag | Bemærkninger og beslutninger |
Ansvarlig | Frist"), minutes posted in an app (a menu, the post's byline with its own
time stamp, "4) Evt.") and a raw MIME e-mail saved as .eml. Each read wrongly or not at
all before."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import pytest

from ingest.formats import SUPPORTED_SUFFIXES, detect, read_meetings, text
from ingest.formats.text_furniture import post_byline
from ingest.formats.text_title import titled_head
from ingest.formats.wiki_md import wiki_markdown
from ingest.read import SkipFile

from .fixture_files import FIXTURES, one_meeting

one = partial(one_meeting, "formats38")


def test_wiki_markdown_with_ad_headings_and_inline_decisions() -> None:
    """"## Ad 2) Title", the decision at the end of the item's paragraph ("… **Beslutning:**
    Model B …"), a "[TOC]" macro under bold header labels, "**Organ:** Bestyrelsen" of
    "**Selskab:** Vestkystens Forsyning A/S", and the wiki's edit note after a rule.
    Before: titles ") …", no decision or vote, the macro as the committee, a "dagsorden"."""
    m = one("01_wiki_ad_punkter.md")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Bestyrelsen (Vestkystens Forsyning A/S)", date(2025, 3, 4), "09:30", "referat",
        "Vandværket Søndergade, mødelokale 1")
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Vandtakst 2026",
                                          "Personalesag", "Eventuelt"]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Model B blev godkendt med 2 stemmer for (Lars Bjerre, Hanne Mose) mod 1 "
        "(Susanne Viborg).", "Indstillingen blev fulgt.", "Intet."]
    assert m.items[1].votes == {"for": ["Lars Bjerre", "Hanne Mose"], "imod": ["Susanne Viborg"]}
    assert m.items[1].section("Beskrivelse").startswith("Direktøren fremlagde tre modeller")
    assert [i.closed for i in m.items] == [False, False, True, False]
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Peter Krag (F)"]


def test_wiki_markdown_only_splits_a_sections_own_label() -> None:
    """A bold word that names no section, or a label inside a sentence, stays text; the
    contents macro goes in any of the wikis' spellings."""
    kept = "Se **Bemærk:** bilaget. Han nævnte **Beslutning:** i sin tale."
    assert wiki_markdown(kept) == kept
    assert wiki_markdown("[[_TOC_]]\n[[toc]]\n${toc}\nTekst") == "\n\n\nTekst"
    assert wiki_markdown("Drøftet. __Beslutning__: Godkendt.") == (
        "Drøftet.\n\n__Beslutning__: Godkendt.")


def test_word_action_list_table() -> None:
    """One table "Nr. | Sag | Bemærkninger og beslutninger | Ansvarlig | Frist": the column
    that names the decision among other words holds each item's record, who follows up
    and by when are sections of their own (a dash is none), and "Referat af
    afdelingsbestyrelsesmøde" over the housing department's name names the body. Before:
    no item found, the file refused."""
    m = one("02_aktionsliste.docx")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Afdelingsbestyrelsen (Boligforeningen Nordly – afdeling 7, Kastanjegården)",
        date(2025, 1, 29), "18:30", "referat", "Beboerlokalet, Kastanjevej 2")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Nye vaskemaskiner i vaskeriet", "Fastelavnsfest",
        "Fremlejesag – lejemål 7-204", "Eventuelt"]
    assert [[s.name for s in i.sections] for i in m.items] == [
        ["Beslutning"], ["Beslutning", "Ansvarlig", "Frist"],
        ["Beslutning", "Ansvarlig", "Frist"], ["Beslutning", "Ansvarlig", "Frist"],
        ["Beslutning"]]
    assert (m.items[1].section("Ansvarlig"), m.items[1].section("Frist")) == ("Mette", "1. marts")
    assert m.items[1].decision.endswith("Vedtaget med 3 stemmer mod 1 (Rasmus Holt).")
    assert m.items[1].votes == {"imod": ["Rasmus Holt"]}
    assert [i.closed for i in m.items] == [False, False, False, True, False]
    assert "Næste møde" not in m.items[4].decision
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Pia Dahl"]


def test_minutes_posted_in_an_app() -> None:
    """An app's menu, the post's title ("Referat fra ældrerådsmødet 6. maj"), its byline
    with the time it was posted, "Delt med:", the meeting's date only in the greeting's
    sentence, "1)" items ending in "4) Evt.". Before: the post's time stamp as the date,
    the menu and byline as the committee, "Delt med" as the place, no item 4."""
    m = one("03_opslag_i_app.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Ældrerådet", date(2025, 5, 6), "13:30", "referat", "Borgerhuset, lokale 3")
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Høring om madservice",
                                          "Henvendelse fra borger", "Evt."]
    assert m.items[3].section("Beskrivelse") == "Grethe Vang spurgte til bænke ved søen."
    assert m.items[1].votes == {"imod": ["Anker Nørby"]}
    assert [i.closed for i in m.items] == [False, False, True, False]
    assert [(p.name, p.role) for p in m.participants][:2] == [
        ("Birthe Lund", "formand"), ("Erik Hald", "næstformand")]
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Inger Moos"]


def test_a_posts_byline_and_a_meetings_compound() -> None:
    assert post_byline("Jonna Krogh (Sekretær, Ældrerådet) · 8. maj 2025 14:02")
    assert not post_byline("Økonomiudvalget · 12. marts 2024 kl. 16.00")
    assert titled_head(["Dagsorden til byrådsmødet 3. juni"]) == ("dagsorden", "Byrådet")
    assert titled_head(["Referat af bestyrelsesmøde 3. maj 2024"]) is None  # (whose board?)
    # (another line names the body in full)
    assert titled_head(["Referat fra lokalrådsmøde 3/10", "Lokalrådet Vestervig-Agger"]) == (
        "referat", "Lokalrådet Vestervig-Agger")


def test_mime_mail_saved_as_eml() -> None:
    """Outlook's raw message: multipart/alternative, the text quoted-printable in
    iso-8859-1 with soft line breaks, an RFC 2047 subject and the same text as HTML.
    Before: ".eml understøttes ikke"; read as text, "=E6" in every name."""
    m = one("04_mail_mime.eml")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Handicaprådet", date(2025, 2, 3), "15:00", "referat", "Sundhedshuset, mødelokale 2")
    assert [p.name for p in m.participants] == [
        "Søren Æbelø", "Åse Krøyer", "Bjørn Høj", "Lærke Dyhr", "Mogens Fælled"]
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Tilgængelighed på stationen", "Henvendelse fra borger",
        "Eventuelt"]  # (the HTML part is not read a second time)
    assert m.items[1].votes == {"for": ["Søren Æbelø", "Åse Krøyer", "Lærke Dyhr"],
                                "imod": ["Bjørn Høj"]}
    assert [i.closed for i in m.items] == [False, False, True, False]
    assert m.items[3].decision == "Intet."  # (not the greeting and signature below it)


def test_mime_mail_saved_as_text_and_found_by_ingest(tmp_path: Path) -> None:
    """The same message saved as .txt is decoded by its MIME header; `referat ingest`
    takes .eml files (the text adapter reads them)."""
    saved = tmp_path / "referat.txt"
    saved.write_bytes((FIXTURES / "formats38" / "04_mail_mime.eml").read_bytes())
    (m,) = read_meetings(saved)
    assert m.committee == "Handicaprådet" and len(m.items) == 4
    assert ".eml" in SUPPORTED_SUFFIXES
    assert detect(b"From: a@b.dk\n", Path("x.eml")) is text


@pytest.mark.parametrize(("content", "reason"), [
    (b"From: a@b.dk\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
     b"--b\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--b--\n",
     "e-mailen har ingen tekst at læse (kun vedhæftede filer?)"),
    (bytes(range(256)) * 8, "binær fil, ikke tekst"),
])
def test_unreadable_mail_is_refused_in_danish(tmp_path: Path, content: bytes,
                                              reason: str) -> None:
    bad = tmp_path / "besked.eml"
    bad.write_bytes(content)
    with pytest.raises(SkipFile) as err:
        read_meetings(bad)
    assert str(err.value) == f"besked.eml: {reason}"


def test_absence_table_in_the_header() -> None:
    """"Fraværende" above a table "Pkt.  Navn  Bemærkning" in the header, its columns many
    spaces apart (`pdftotext -layout`): a row covering every item is an absence from the
    meeting, the others the items' absentees, and a substitute named in the remark takes
    part. Before: the table's words read as the afbud list, nobody absent from an item."""
    m = one("05_fravaer_i_hovedet.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Byrådet", date(2025, 3, 12), "19:00", "referat")
    assert [(p.name, p.status, p.role) for p in m.participants][:2] == [
        ("Jens Otte (O)", "afbud", ""),
        ("Mia Skov (O)", "deltog", "stedfortræder for Jens Otte (O)")]
    assert [i.absentees for i in m.items] == [
        [], [], ["Lone Brix (B)", "Ib Kjeldsen (A)"], ["Ib Kjeldsen (A)"]]
    assert [i.closed for i in m.items] == [False, False, True, False]
    assert m.items[1].decision == "Forslaget sendes i høring."


def test_members_table_with_attendance_icons() -> None:
    """"Navn | Parti | Rolle | Fremmøde", the last column only a ✓/✗ icon whose `alt`
    says "Deltog" / "Afbud": the icon's text is the cell's. Before: nobody."""
    m = one("06_fremmoede_ikoner.html")
    assert (m.committee, m.date, m.start_time) == ("Teknik- og Miljøudvalget",
                                                    date(2025, 1, 14), "15:00")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Kirsten Holm (A)", "deltog", "formand"), ("Jonas Bech (V)", "deltog", "næstformand"),
        ("Emma Lund (F)", "afbud", "medlem")]
    assert [i.decision for i in m.items] == ["Godkendt.", "Anbefales over for Byrådet.", "Intet."]

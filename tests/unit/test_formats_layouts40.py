"""A fortieth round of layouts (the blind files of round 39): a committee's minutes
whose decisions carry no heading ("Udvalget besluttede, at …" below the Indstilling), a
Word letter with items "Ad. N⇥Title" and the letter's own dateline above the meeting's,
an ESDH print's "Beslutning truffet af <udvalg>" under a running header on three pages,
a local council's prose minutes with the date in words ("den enogtyvende februar 2024")
and a "(lukket punkt)" title, an ASP.NET GridView page (an `&nbsp;` cell in the members'
table, a pager row and a download link after the items) and a meeting system's JSON
("agendaItems" with "sequence", typed paragraphs, an "access" word, a votes object),
items printed as two-column tables that `pdftotext` gives labels first, then values, and
Danish/English markdown (Danish first, each paragraph's translation in italics).
Each read wrongly or not at all before. `gen_formats40.py` writes the .pdf and .docx."""

from __future__ import annotations

from datetime import date
from functools import partial

from ingest.formats.dates import written_date
from ingest.formats.text_furniture import without_letter_date
from ingest.formats.text_people import participants_from_list
from referat.domain import Meeting

from .fixture_files import one_meeting

one = partial(one_meeting, "formats40")


def head(m: Meeting) -> tuple[object, ...]:
    """What a user reads first: the body, the day, the hour, the kind and the place."""
    return m.committee, m.date, m.start_time, m.doc_type, m.place


def titles(m: Meeting) -> list[str]:
    return [i.title for i in m.items]


def test_decisions_without_a_heading_below_the_recommendation() -> None:
    """`pdftotext -layout`: "Sagsfremstilling" / "Indstilling" headings, then the body's
    decision as a paragraph of its own ("Udvalget besluttede, at …", "Udvalget tog
    orienteringen til efterretning.") with the vote lines under it; items without any
    heading hold only their record. Before: no decision, no vote, a "dagsorden"."""
    m = one("01_besluttede_at.txt")
    assert head(m) == (
        "Klima- og Naturudvalget", date(2024, 9, 3), "17:00", "referat", "Rådhuset, lokale 12")
    assert titles(m) == [
        "Godkendelse af dagsorden", "Naturpleje i Mølleådalen", "Vandkvalitet i badevandet 2024",
        "Erstatning for vildtskade", "Eventuelt"]
    assert [i.decision for i in m.items] == [
        "Udvalget godkendte dagsordenen.",
        "Udvalget besluttede, at plejeplanen godkendes med en årlig status.\n"
        "For stemte: B, Ø\nImod stemte: C",
        "Udvalget tog orienteringen til efterretning.",
        "Udvalget besluttede at udbetale erstatningen.",
        "Niels Bak spurgte til skiltningen ved fuglereservatet."]
    assert m.items[1].section("Indstilling") == "Centerchefen indstiller, at plejeplanen godkendes."
    assert m.items[1].votes == {"for": ["B", "Ø"], "imod": ["C"]}
    assert [i.closed for i in m.items] == [False, False, False, True, False]
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Sara Lind (B)"]


def test_word_letter_with_ad_items_and_its_own_dateline() -> None:
    """A Handicapråd's minutes as a letter: "Nordfjord, den 20. marts 2025" above the bold
    subject naming the meeting's day, hour and place, "Ad. 2⇥Title" items, "…, Hans Vig og
    Lis Krogh." and "Afbud: Per Holm Nielsen." as sentences. Before: no item found."""
    m = one("02_ad_brev.docx")
    assert head(m) == ("Handicaprådet", date(2025, 3, 17), "16:00", "referat",
                       "Nordfjord Bibliotek, mødelokale 1")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Trafiksikkerhed ved Skolevej", False),
        (3, "Ansøgning fra en borger", True), (4, "Eventuelt", False)]
    assert m.items[1].votes == {"for": ["Ole Bager", "Tove Ring", "Lis Krogh"],
                                "imod": ["Hans Vig"]}
    assert m.items[3].decision == "Tove Ring foreslog en gåtur for nye medlemmer."
    assert [(p.name, p.status) for p in m.participants] == [
        ("Ole Bager", "deltog"), ("Tove Ring", "deltog"), ("Hans Vig", "deltog"),
        ("Lis Krogh", "deltog"), ("Per Holm Nielsen", "afbud")]


def test_a_letters_dateline_and_a_pair_of_names() -> None:
    """The dateline goes only when a later line names a day with its hour; a body's own
    date line stays; "A B og C D" is two people, "Kultur- og Fritidsudvalget" none; a
    party after the role in a bracket is the name's."""
    head = ["Vestby, 02.04.2025", "Mødet blev holdt den 31. marts 2025 kl. 19.00"]
    assert without_letter_date(head) == head[1:]
    assert without_letter_date(head[:1]) == head[:1]
    assert without_letter_date(["Ældrerådet, den 2. april 2025", head[1]])[0].startswith("Æ")
    assert [p.name for p in participants_from_list("Eva Lund, Bo Dam og Ib Rask.")] == [
        "Eva Lund", "Bo Dam", "Ib Rask"]
    assert [p.name for p in participants_from_list("Mette Juul (A) og Ole Bak (V)")] == [
        "Mette Juul (A)", "Ole Bak (V)"]
    assert [(p.name, p.role) for p in participants_from_list("Ib Hald (byrådsmedlem, V)")] == [
        ("Ib Hald (V)", "byrådsmedlem")]  # (the party after the role in its bracket)


def test_esdh_print_beslutning_truffet_af_under_a_running_header() -> None:
    """pypdf's text of a three-page print: "Pkt. N – Title", each decision under
    "Beslutning truffet af Social- og Seniorudvalget" (once "… den 12.02.2025"), the
    header "Nordfjord Kommune Social- og Seniorudvalget – Referat" on every page, the
    front page's included. Before: no decision at all, item 1's title ending with the
    label, and the header's copies at the end of items 2 and 4."""
    m = one("03_beslutning_truffet_af.pdf")
    assert head(m) == (
        "Social- og Seniorudvalget", date(2025, 2, 12), "14:00", "referat",
        "Nordfjord Rådhus, lokale 104")
    assert titles(m) == [
        "Godkendelse af dagsorden", "Plejeboligplan 2025-2030", "Tilsynsrapporter 2024",
        "Sag om merudgifter", "Eventuelt"]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Indstillingen blev godkendt.\nFor stemte: A, Ø (4)\nImod stemte: V (1)",
        "Orienteringen blev taget til efterretning.", "Afgørelsen blev stadfæstet.", "Intet."]
    assert m.items[1].votes == {"for": ["A", "Ø"], "imod": ["V"]}
    assert [i.closed for i in m.items] == [False, False, False, True, False]
    assert not m.items[2].history  # (dated with the meeting's own day: this decision)
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Line Holt (A)"]


def test_prose_minutes_with_the_date_in_words() -> None:
    """Plain `pdftotext` of a local council's one page: the meeting in a sentence with
    its date in words, wrapped inside the place and inside a name, items "N. Title" with
    prose records only, one "(lukket punkt)". Before: no date, the file refused (and with
    the date in figures: the items before the closed one lost, the place and the name
    cut at the wrap)."""
    m = one("04_dato_i_ord.txt")
    assert head(m) == ("Lokalrådet for Vestbyen", date(2024, 2, 21), "18:30", "referat",
                       "Vestbyens Medborgerhus, Kirkevej 4")
    assert [(i.title, i.closed) for i in m.items] == [
        ("Godkendelse af dagsorden", False), ("Ny legeplads ved Kirkevej", False),
        ("Henvendelse om naboskab", True), ("Eventuelt", False)]
    assert m.items[0].decision == "Dagsordenen blev godkendt."
    assert m.items[1].votes == {"for": ["Jonas Friis", "Eva Brandt", "Carl Mose", "Mia Toft"],
                                "imod": ["Lars Kring"]}
    assert [p.name for p in m.participants] == [
        "Jonas Friis", "Eva Brandt", "Carl Mose", "Birgitte Skaarup", "Lars Kring", "Mia Toft",
        "Ida Winther"]
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Ida Winther"]


def test_ordinal_day_words() -> None:
    """Day words "første" … "enogtredivte" before a month and a year, as a sentence writes
    the meeting's date; a day word alone, or one that is no day, is none."""
    assert written_date("torsdag den første august 2024 kl. 19.00") == (
        date(2024, 8, 1), "19:00")
    assert written_date("den tredivte november 2023") == (date(2023, 11, 30), None)
    assert written_date("den toogtredivte maj 2024") is None  # (no such day word)
    assert written_date("den tredje i måneden") is None


def test_gridview_page_with_empty_cells_a_pager_and_a_download_link() -> None:
    """ASP.NET WebForms: a members' GridView whose empty "Funktion" cells hold `&nbsp;`,
    the agenda's grid with hidden detail rows, its pager row "1" and a "Download referatet
    som PDF" link after it. Before: members lost or glued to their party ("Pia Grønlund
    V", 'deltog'), and the pager and the link ending the last decision."""
    m = one("05_gridview.html")
    assert head(m) == (
        "Børne- og Skoleudvalget", date(2024, 11, 5), "16:30", "referat",
        "Hedeby Skole, personalerummet")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Lotte Brix (C)", "deltog", "formand"), ("Ahmed Yilmaz (A)", "deltog", ""),
        ("Pia Grønlund (V)", "afbud", "")]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Godkendt.\nFor stemte: C, A\nImod stemte: V", "Ingen bemærkninger."]
    assert m.items[1].journal_number == "17.01.00-A00-9-24"


def test_meeting_system_json_with_typed_paragraphs() -> None:
    """A meeting system's own JSON: "agendaItems" numbered by "sequence", titled by
    "heading", "caseReference", "access": "closed", paragraphs typed only by a code
    ("background", "recommendation", "decision"), a votes object on the decision, roles
    and attendance as English codes ("chair", "excused"). Before: an unknown JSON."""
    m = one("06_agendaitems.json")
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Hedeby", "Kultur- og Idrætsudvalget", date(2024, 10, 1), "17:00", "referat",
        "Hedeby Kulturhus, Salen")
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", None, False),
        (2, "Tilskud til svømmeklubben", "18.15.00-Ø40-7-24", False),
        (3, "Lejeaftale med rideklubben", "82.06.00-G01-2-24", True)]
    assert [s.name for s in m.items[1].sections] == ["Sagsfremstilling", "Indstilling",
                                                     "Beslutning"]
    assert m.items[1].decision.startswith("Der gives 50.000 kr.")
    assert m.items[1].votes == {"for": ["V", "B"], "imod": ["A"]}
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Martin Hjort (V)", "deltog", "formand"), ("Rasmus Ebbe (A)", "deltog", ""),
        ("Julie Fenger (B)", "afbud", "")]


def test_item_table_flattened_labels_first() -> None:
    """Plain `pdftotext` of a Word referat whose items are two-column tables: an item's
    labels come as paragraphs one after another ("Sagsnr." … "Beslutning"), then its
    values in the same order. Before: the case text and the recommendation were the
    decision."""
    m = one("07_tabel_flad.txt")
    item = m.items[1]
    assert (item.title, item.journal_number) == ("Træning i eget hjem", "24/01877")
    assert [(s.name, s.text[:30]) for s in item.sections] == [
        ("Sagsfremstilling", "Ventetiden på træning i eget h"),
        ("Indstilling", "Direktøren indstiller, at der "),
        ("Beslutning", "Godkendt.\nFor stemte: B, Ø (2)")]
    assert item.votes == {"for": ["B", "Ø"], "imod": ["C"]}
    assert (m.items[2].journal_number, m.items[2].closed, m.items[2].decision) == (
        "24/02210", True, "Afgørelsen blev fastholdt.")


def test_danish_english_markdown_read_in_danish() -> None:
    """Each label, heading and head value Danish first, English after a slash ("**Dato /
    Date:** 9. oktober 2024 / 9 October 2024", "## 2. Dansk / English", "(lukket punkt /
    closed item)", "For stemte / In favour:"), each paragraph followed by its English
    translation in italics, a site footer in italics. Before: no item found."""
    m = one("08_tosproget.md")
    assert head(m) == ("Integrationsrådet", date(2024, 10, 9), "16:30", "referat",
                       "Søhøj Rådhus, lokale 2")
    assert [(i.title, i.closed, i.decision) for i in m.items] == [
        ("Godkendelse af dagsorden", False, "Godkendt."),
        ("Sprogcafé på biblioteket", False, "Rådet støtter sprogcaféen.\n\nFor stemte: "
         "Amir Haddad, Kirsten Bjerg\nImod stemte: Tomas Novak"),
        ("Henvendelse fra en borger", True, "Formanden besvarer henvendelsen.")]
    assert m.items[1].votes == {"for": ["Amir Haddad", "Kirsten Bjerg"], "imod": ["Tomas Novak"]}
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Amir Haddad", "deltog", "formand"), ("Kirsten Bjerg", "deltog", ""),
        ("Tomas Novak (F)", "deltog", "byrådsmedlem"), ("Grace Mensah", "afbud", "")]

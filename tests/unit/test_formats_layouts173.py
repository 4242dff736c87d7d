"""A hundred and seventy-third round of layouts (round 173's blind files): minutes whose
items carry pasted correspondence and documents. A web page whose case text quotes a
report's table of contents ("Indhold" / "1. Indledning" / …) with the text going on below
it; a PDF's text quoting a report's contents with dot leaders and page numbers; a
council's minutes quoting a boxed excerpt of a committee's minutes ("Uddrag af referat
fra … den …" with its own item number, "Indstilling", dated decision and "Fraværende:"
line); a vote whose side in favour is only counted; a majority named with "besluttede".
Every text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile


def _section(item, name: str) -> str:
    return "\n".join(s.text for s in item.sections if s.name == name)


_CONTENTS_PAGE = """<html><head><title>Referat</title></head><body><main>
<h1>Skole- og Dagtilbudsudvalget</h1><p>Referat</p>
<table><tr><th>Mødedato</th><td>Mandag den 4. marts 2024, kl. 16:00</td></tr>
<tr><th>Sted</th><td>Mødelokale 3, Rådhuset</td></tr></table>
<section><h2>1. Godkendelse af dagsorden</h2><p>Sagsnr.: 24/301</p>
<h3>Beslutning</h3><p>Godkendt.</p></section>
<section><h2>2. Tilsynsrapport for dagtilbud 2023</h2><p>Sagsnr.: 24/877</p>
<h3>Sagsfremstilling</h3>
<p>Tilsynsrapporten samler årets pædagogiske tilsyn i kommunens 14 dagtilbud.</p>
<p>Rapporten har disse afsnit:</p><blockquote><p>Indhold</p><p>1. Formål</p>
<p>2. Metode og datagrundlag</p><p>3. Læringsmiljøer</p><p>4. Opfølgning</p></blockquote>
<p>Tilsynet viser, at 12 af 14 dagtilbud lever op til kravene uden bemærkninger.</p>
<h3>Indstilling</h3><p>Forvaltningen indstiller, at rapporten tages til efterretning.</p>
<h3>Beslutning</h3><p>Taget til efterretning.</p></section>
<section><h2>3. Eventuelt</h2><p>Sagsnr.: 24/302</p><h3>Beslutning</h3><p>Intet.</p></section>
</main></body></html>"""


def test_a_quoted_contents_list_keeps_the_case_text_after_it(read_file: ReadFile) -> None:
    """"Indhold" over a report's chapters, pasted into the case text: the list and the
    paragraph after it stay the Sagsfremstilling's. Before: the text ended at "Rapporten
    har disse afsnit:", the rest lost."""
    (m,) = read_file("skole-og-dagtilbudsudvalget_referat.html", _CONTENTS_PAGE)
    assert (m.committee, m.date, len(m.items)) == (
        "Skole- og Dagtilbudsudvalget", date(2024, 3, 4), 3)
    case = _section(m.items[1], "Sagsfremstilling")
    assert "2. Metode og datagrundlag" in case
    assert case.rstrip().endswith("lever op til kravene uden bemærkninger.")
    assert m.items[1].decision == "Taget til efterretning."


_LEADERS = "\n".join([
    "Lejre Kommune", "Referat", "Plan- og Miljøudvalget", "Mødedato: 9. april 2024 kl. 15:00",
    "Mødested: Byrådssalen", "",
    "1. Spildevandsplan 2024-2032", "Sagsnr.: 06.00.05-P15-2-23", "Sagsfremstilling",
    "Planen er vedlagt som bilag og er bygget op således:", "Indhold",
    "1. Indledning ................................ 3",
    "2. Status for kloakeringen ................... 5",
    "3. Klimatilpasning ........................... 9",
    "Bilag A. Oplandskort ......................... 15",
    "Der er modtaget fem høringssvar, som især handler om separatkloakering i Osted.",
    "Indstilling", "Forvaltningen indstiller, at planen vedtages.",
    "Beslutning", "Anbefales.", "",
    "2. Eventuelt", "Sagsnr.: 00.01.00-A00-3-24", "Beslutning", "Intet.", ""])


def test_a_quoted_contents_list_with_page_numbers_keeps_the_text(read_file: ReadFile) -> None:
    """The same list with dot leaders and page numbers, as a PDF's text gives it."""
    (m,) = read_file("plan_og_miljoe_referat.txt", _LEADERS)
    assert [i.title for i in m.items] == ["Spildevandsplan 2024-2032", "Eventuelt"]
    case = _section(m.items[0], "Sagsfremstilling")
    assert "Bilag A. Oplandskort" in case and "separatkloakering i Osted" in case
    assert m.items[0].decision == "Anbefales."


_EXCERPT = "\n".join([
    "Hedensted Kommune", "Referat", "Byrådet", "Mødedato: 26. april 2023 kl. 18:00",
    "Mødested: Byrådssalen", "Deltagere: Ole Vind (V), Lis Ravn (A), Kaj Bro (C)", "",
    "1. Godkendelse af dagsorden", "Sagsnr.: 23/500", "Beslutning", "Godkendt.", "",
    "2. Takster for vinterbadning", "Sagsnr.: 23/2210", "Sagsfremstilling",
    "Sagen har været behandlet i Kultur- og Fritidsudvalget. Nedenfor gengives uddrag af",
    "referat:",
    "Uddrag af referat fra Kultur- og Fritidsudvalget den 11. april 2023",
    "17. Takster for vinterbadning", "Sagsnr.: 23/2210", "Indstilling",
    "Forvaltningen indstiller, at taksterne godkendes og sendes til byrådet.",
    "Beslutning Kultur- og Fritidsudvalget den 11-04-2023",
    "Anbefales med en rabat for pensionister.",
    "Fraværende: Kaj Bro (C)",
    "Taksterne er efterfølgende rettet til med rabatten.",
    "Indstilling", "Kultur- og Fritidsudvalget indstiller, at taksterne godkendes.",
    "Beslutning", "Godkendt.", ""])


def test_a_quoted_excerpt_of_a_committees_minutes_is_one_history_entry(
        read_file: ReadFile) -> None:
    """A boxed excerpt of the committee's minutes in the council's case text: one history
    entry (the committee, its day, its item number 17, its decision without the
    attendance line); its Indstilling no recommendation of this item; the council's own
    paragraph after it still the case text. Before: two entries (the first the excerpt's
    heading), no number, the next paragraph in the history and two Indstillinger."""
    (m,) = read_file("hedensted_byraad_referat.txt", _EXCERPT)
    item = m.items[1]
    assert [(h.committee, h.date, h.punkt, h.text) for h in item.history] == [
        ("Kultur- og Fritidsudvalget", date(2023, 4, 11), 17,
         "Anbefales med en rabat for pensionister.")]
    assert _section(item, "Indstilling") == (
        "Kultur- og Fritidsudvalget indstiller, at taksterne godkendes.")
    case = _section(item, "Sagsfremstilling")
    assert "uddrag af referat:" in case and "rettet til med rabatten." in case
    assert (item.decision, item.absentees) == ("Godkendt.", [])


_COUNTED = "\n".join([
    "Varde Kommune", "Referat", "Byrådet", "Mødedato: 2. maj 2023 kl. 18:00",
    "Mødested: Byrådssalen", "",
    "1. Lokalplan nr. 88 - Boliger ved Åvej", "Sagsnr.: 22/901", "Beslutning",
    "Lokalplanen blev vedtaget. For stemte 21.",
    "Imod stemte 2: Eva Holt (Ø) og Bo Lind (Ø).",
    "Undlod at stemme 1: Per Dam (O).", "",
    "2. Eventuelt", "Sagsnr.: 22/902", "Beslutning", "Intet.", ""])


def test_a_side_only_counted_names_no_voter(read_file: ReadFile) -> None:
    """"For stemte 21." beside sides that name their voters after a colon: nobody is
    named for. Before: the count "21" stood as a voter."""
    (m,) = read_file("varde_byraad_referat.txt", _COUNTED)
    assert m.items[0].votes == {"imod": ["Eva Holt (Ø)", "Bo Lind (Ø)"],
                                "undlod": ["Per Dam (O)"]}


_MAJORITY = "\n".join([
    "Silkeborg Kommune", "Referat", "Teknisk Udvalg", "Mødedato: 6. juni 2022 kl. 15:00",
    "Mødested: Mødelokale 4", "",
    "1. Cykelsti langs Søvej", "Sagsnr.: 05.01.00-P20-4-22", "Beslutning",
    "Et flertal bestående af Anne Kirk (V), Jonas Bech (C) og Tove Lund (V) besluttede at "
    "anlægge stien i 2023. Mads Ry (A) stemte imod.", "",
    "2. Eventuelt", "Sagsnr.: 00.01.00-A00-2-22", "Beslutning", "Intet.", ""])


def test_a_majority_that_decided_is_the_side_in_favour(read_file: ReadFile) -> None:
    """"Et flertal bestående af … besluttede …": the majority voted for. Before: only the
    vote against was read."""
    (m,) = read_file("silkeborg_teknisk_referat.txt", _MAJORITY)
    assert m.items[0].votes == {"for": ["Anne Kirk (V)", "Jonas Bech (C)", "Tove Lund (V)"],
                                "imod": ["Mads Ry (A)"]}

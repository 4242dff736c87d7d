"""Round 150: minutes printed from a municipality's web page to PDF in the browser – the
site's chrome in the text layer: a cookie banner and the site's menu above the minutes,
toolbars of links, an accordion's glyph before each item and its "Vis mere" after a
shortened paragraph, a listing page's other meetings and the page footer (address on two
lines, the publishing system's credit line, the cookie notice) after the last decision;
and the members' paragraph between middle dots wrapped over lines, a status with a
sentence after it, a role wrapped inside its brackets, a vote's reason after its names,
and a FirstAgenda history's labels on one line."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings

from .pdf_files import pieces_pdf


def _read(tmp_path: Path, lines: list[str]):
    """The one meeting of a one-page PDF holding these lines, one a row."""
    path = tmp_path / "referat.pdf"
    path.write_bytes(pieces_pdf([[(20.0, row, line) for row, line in enumerate(lines)]]))
    (meeting,) = read_meetings(path)
    return meeting


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


_BANNER = ["Vi bruger cookies på egeby.dk",
           "Nødvendige cookies sørger for, at siden virker. Vi deler ikke dine data.",
           "Tillad alle Kun nødvendige Vis detaljer",
           "Egeby Kommune Borger Erhverv Politik Job Søg Menu",
           "Forside / Politik / Handicaprådet / Handicaprådet 4. marts 2025",
           "Del på Facebook Del på LinkedIn Udskriv"]


def test_cookie_banner_and_site_menu_name_no_committee(tmp_path: Path) -> None:
    meeting = _read(tmp_path, [
        *_BANNER, "Referat", "Handicaprådet – tirsdag den 4. marts 2025",
        "Mødedato 04.03.2025", "Mødetidspunkt 16:00 - 18:00", "Mødested Rådhuset, lokale 2",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "2. Eventuelt", "Beslutning", "Intet."])
    assert (meeting.committee, meeting.date.isoformat()) == ("Handicaprådet", "2025-03-04")
    assert len(meeting.items) == 2


def test_accordion_glyph_before_each_item_still_heads_it(tmp_path: Path) -> None:
    meeting = _read(tmp_path, [
        "Referat fra Teknikudvalgets møde den 4. marts 2025",
        "Tid: Tirsdag den 4. marts 2025 kl. 16.00", "Sted: Rådhuset",
        "▾  Fold alle punkter ud    ▸  Fold alle punkter sammen",
        "– Punkt 1: Godkendelse af dagsorden", "Beslutning", "Dagsordenen blev godkendt.",
        "– Punkt 2: Vejplan 2025", "Sagsfremstilling", "Planen har været i høring.",
        "Beslutning", "Godkendt.", "– Punkt 3: Lukket punkt - Køb af areal", "Beslutning",
        "Godkendt."])
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Vejplan 2025", False),
        (3, "Køb af areal", True)]
    assert _section(meeting.items[1], "Beslutning") == "Godkendt."


def test_listing_page_names_its_body_and_not_the_next_meeting(tmp_path: Path) -> None:
    meeting = _read(tmp_path, [
        "Egeby", "Ungdomsskole", "Forside Kurser Kontakt Log ind",
        "Referater fra ungdomsskolebestyrelsen",
        "Næste møde: tirsdag den 17. marts 2026 kl. 17.00. Dagsordenen kommer en uge før.",
        "– Bestyrelsesmøde tirsdag den 20. januar 2026", "Referat",
        "Tid: kl. 17.00-19.00", "Sted: Ungdomsskolens hus",
        "Til stede: Mette Korsholm (formand, forældrerepræsentant), Jakob Lauesen (næstformand,",
        "erhvervslivets repræsentant), Hanne Frost (byrådsmedlem)",
        "1. Godkendelse af dagsorden", "Beslutning: Godkendt.",
        "2. Eventuelt", "Beslutning: Intet yderligere."])
    assert (meeting.committee, meeting.date.isoformat()) == ("Ungdomsskolebestyrelsen",
                                                             "2026-01-20")
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Mette Korsholm", "formand, forældrerepræsentant"),
        ("Jakob Lauesen", "næstformand, erhvervslivets repræsentant"),
        ("Hanne Frost", "byrådsmedlem")]


def test_page_footer_and_other_meetings_are_no_decision_text(tmp_path: Path) -> None:
    head = ["Referat – Økonomiudvalget", "Mødedato 24-06-2021", "Mødested Rådhuset",
            "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.", "2. Salg af grund",
            "Beslutning", "Godkendt."]
    footers = [
        ["Netpublicator · Netpublicator A/S · Dokumenter offentliggjort af Egeby Kommune, "
         "Rådhuset, Torvet 1, 4660", "Store Egeby · Cookie- og privatlivspolitik",
         "Netpublicator anvender cookies til at sikre, at siden fungerer. Læs",
         "mere  [ OK ]"],
        ["Egeby Kommune · Torvet 1 · 4100 Egeby · Tlf. 57 62 62 62 · Tilgængelighedserklæring",
         "Dagsordener og referater publiceres med FirstAgenda Publication"],
        ["Referat godkendt af formanden den 27. januar 2026 · Referat 20.01.2026 (pdf, 196 KB)",
         "+ Bestyrelsesmøde tirsdag den 25. november 2025", "Referat 25.11.2025 (pdf, 184 KB)",
         "Se ældre referater (2019-2024)", "Del på Facebook Del på X Kopiér link Udskriv",
         "Egeby Ungdomsskole · Torvet 14 · 8722 Egeby · Tlf. 79 75 52 00 · ung@egeby.dk",
         "Siden er senest opdateret 28. januar 2026"]]
    for footer in footers:
        meeting = _read(tmp_path, head + footer)
        assert _section(meeting.items[-1], "Beslutning") == "Godkendt."


def test_toolbar_links_and_vis_mere_are_no_case_text(tmp_path: Path) -> None:
    meeting = _read(tmp_path, [
        "Referat – Kommunalbestyrelsen", "Mødedato 24-06-2021", "Mødested Rådhuset",
        "Download referat (PDF, 14,6 MB) Udfold alle punkter Skjul bilag Del",
        "1. Godkendelse af dagsorden", "Indstilling", "Dagsordenen godkendes.",
        "Kopier link til punkt", "Beslutning", "Godkendt.",
        "2. Lokalplan 321", "Sagsfremstilling", "Lokalplanen muliggør 38 boliger.",
        "Der etableres en hastighedsdæmpning ved indkørslen … Vis mere", "Retsgrundlag",
        "Lov om planlægning § 27.", "Beslutning", "Godkendt."])
    first, second = meeting.items
    assert _section(first, "Indstilling") == "Dagsordenen godkendes."
    case = _section(second, "Sagsfremstilling")
    assert "Vis mere" not in case and "indkørslen …" in case
    assert "Lov om planlægning" in case or _section(second, "Retsgrundlag")


def test_dotted_members_wrapped_over_lines_and_a_status_sentence(tmp_path: Path) -> None:
    meeting = _read(tmp_path, [
        "Referat – Kommunalbestyrelsen", "Mødedato 24-06-2021", "Mødested Rådhuset",
        "Deltagere",
        "Jens Holm (V), borgmester · Lone Dam (A) · Mikkel",
        "Aagaard (V) · Susanne Bang (A) ·",
        "Niels Berg (C) · Jan Lind (O), stedfortræder",
        "Fraværende", "Ole Smidt (O) – afbud. Stedfortræder Jan Lind (O) deltog i mødet.",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "2. Kommunegaranti", "Beslutning", "Godkendt.",
        "Imod stemte Sanne Jepsen (Ø) og Gitte Due (Ø), som ønsker, at provisionen "
        "fastsættes til 0,25 procent. Øvrige stemte for."])
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Jens Holm (V)", "deltog"), ("Lone Dam (A)", "deltog"), ("Mikkel Aagaard (V)", "deltog"),
        ("Susanne Bang (A)", "deltog"), ("Niels Berg (C)", "deltog"), ("Jan Lind (O)", "deltog"),
        ("Ole Smidt (O)", "afbud")]
    assert [v.removesuffix(" (Ø)") for v in meeting.items[1].votes["imod"]] == [
        "Sanne Jepsen", "Gitte Due"]


def test_history_labels_on_one_line(tmp_path: Path) -> None:
    meeting = _read(tmp_path, [
        "Udvalg: Børne- og Skoleudvalget", "Mødedato: tirsdag den 9. maj 2023 kl. 15:00",
        "Mødested: Rådhuset", "1 Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "2 Skoledistrikt", "Beslutning", "Godkendt.", "Sagsforløb",
        "Udvalg: Børne- og Skoleudvalget   Dato: 14-03-2023   Punktnummer: 6",
        "Udvalget besluttede, at der udarbejdes et forslag."])
    (entry,) = meeting.items[1].history
    assert (entry.committee, entry.date.isoformat(), entry.punkt) == (
        "Børne- og Skoleudvalget", "2023-03-14", 6)
    assert entry.text.startswith("Udvalget besluttede")

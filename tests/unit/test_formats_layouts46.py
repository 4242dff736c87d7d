"""A forty-sixth round of layouts (round 46's blind files 09, 02, 03, 06 and 01): votes
with a count of members before the parties ("For stemte 7 medlemmer: A, F, Ø og Å"),
and the further layouts below, each read wrongly before."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats46")


def _people(meeting) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in meeting.participants]


def test_vote_with_members_count_before_the_parties() -> None:
    """"For stemte 3 medlemmer: A, F og Ø" / "Imod stemte 1 medlem: V" are the item's
    votes. Before: no votes."""
    m = one("01_stemmer_medlemmer.txt")
    assert m.items[1].votes == {"for": ["A", "F", "Ø"], "imod": ["V"]}
    assert m.items[1].decision.startswith("Indstillingen blev godkendt.")


def test_form_row_open_or_closed_is_the_items_status() -> None:
    """A form's row "Åben/lukket: Lukket punkt" closes the item, "Åben/lukket: Åben" leaves
    it open, and neither stays as the item's text. Before: no item closed, each with a
    Beskrivelse "Åben/lukket: …"."""
    m = one("02_punktskema_lukket.txt")
    assert [i.closed for i in m.items] == [False, False, True]
    assert all("Beskrivelse" not in [s.name for s in i.sections] for i in m.items)


def test_organisation_after_a_role_goes_with_the_name() -> None:
    """"Grethe Lund, formand (Ældre Sagen Bækby)": the organisation in brackets after the
    name, the role apart, as a member without a role is kept. Before: the organisation
    glued to the role."""
    assert _people(one("02_punktskema_lukket.txt")) == [
        ("Grethe Lund (Ældre Sagen Bækby)", "deltog", "formand"),
        ("Poul Krog (Bækby Byråd, C)", "deltog", "næstformand"),
        ("Inge Holm (Ældre Sagen Bækby)", "deltog", ""),
        ("Tage Lind (Bækby Byråd, A)", "afbud", "")]


def test_title_wrapped_after_its_kind_names_the_body() -> None:
    """"Referat" / "fra mødet i Regionsrådet" on two lines is one title: the body is
    "Regionsrådet". Before: the committee "fra mødet i Regionsrådet"."""
    m = one("03_titel_to_linjer_sideskift.txt")
    assert (m.committee, m.doc_type) == ("Regionsrådet", "referat")


def test_body_decision_label_last_on_a_page_is_kept() -> None:
    """"Regionsrådets beslutning" with one line, standing last on each page before the
    footer, is the item's decision label, not page furniture. Before: the label dropped,
    no decisions."""
    m = one("03_titel_to_linjer_sideskift.txt")
    assert [i.decision for i in m.items] == [
        "Dagsordenen blev godkendt.", "Indstillingen blev godkendt.",
        "Meddelelserne blev taget til efterretning."]
    assert [h.committee for h in m.items[1].history] == ["Forretningsudvalget"]


_PORTAL_PEOPLE = [("Pia Holst (V)", "deltog", "formand"),
                  ("Jens Kure (A)", "deltog", "næstformand"),
                  ("Mie Lund (F)", "deltog", ""), ("Anton Bæk (O)", "afbud", "")]


def test_tab_separated_members_without_colon() -> None:
    """"Medlemmer<TAB>Pia Holst (V), Formand" / "<TAB>Jens Kure (A), Næstformand" … as
    a portal page copied into a text file gives: the members, each with the role at the
    end of their own line. Before: only the absent member."""
    assert _people(one("04_portal_tabulator.txt")) == _PORTAL_PEOPLE


def test_role_at_a_member_lines_end_stays_with_that_member() -> None:
    """With colons ("Medlemmer:<TAB>…"), "…, Formand" at a line's end is that line's
    member's role. Before: each role given to the next member."""
    assert _people(one("05_portal_kolon.txt")) == _PORTAL_PEOPLE


def test_portal_footer_is_not_the_last_decision() -> None:
    """The site footer copied with the page ("Kontakt", the municipality, its address,
    phone, "Tilgængelighedserklæring", "Cookiepolitik") is no part of the last item's
    decision. Before: it ended the decision."""
    assert one("04_portal_tabulator.txt").items[-1].decision == "Intet."


def test_lokalraad_named_only_in_the_page_title() -> None:
    """A WordPress post whose `<title>` is "<post title> – Søby Lokalråd" (the site
    title in the page header, which is furniture): the body is Søby Lokalråd. Before:
    "Ukendt udvalg"."""
    m = one("06_wordpress_titel.html")
    assert (m.committee, m.date, len(m.items)) == ("Søby Lokalråd", date(2025, 3, 3), 3)


def test_lokalraad_named_at_the_start_of_the_h1() -> None:
    """The h1 "Søby Lokalråd - referat fra bestyrelsesmøde 3. marts 2025": the body
    before the kind, the meeting after it. Before: "Ukendt udvalg"."""
    assert one("07_wordpress_h1.html").committee == "Søby Lokalråd"

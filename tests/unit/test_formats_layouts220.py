"""Round 220's layouts (round 220's blind files): council minutes with recorded votes, their
text layers as pypdf gives them: a FirstAgenda/Prescriba print whose decisions are headed
"Beslutning fra <body>, DD-MM-YYYY"; an Acadre print whose items carry the planned route
("Sagsforløb: KFU - ØU - BY") beside the open/closed mark and whose vote is a table of each
party's counts; an SBSYS print with the members in two columns ("Name (P) - Borgmester Name
(P)") and a member disqualified in one sentence and named without the party in the next; a
Word template whose members' table gives each role on the line below the name
("Stedfortræder for …") and whose earlier treatments are headed "Behandling i <body> den …";
a two-column print with running numbers whose urgent item's title ("Hastesag: …") wraps under
a bare "Punkt N" and whose closed items print the case number and the mark on the line below
"Sagsnr.". Every text is written by the tests (other towns, bodies, names and words than the
blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


_TWO_COLUMN = """Referat
Byrådet
Mødedato
Tirsdag den 14. oktober 2025
Mødetidspunkt
Kl. 16.00 - 18.30
Mødested
Byrådssalen, Rådhuset, Torvegade 4, 4200 Slagelse
Medlemmer
Helle Vang (A), borgmester
Rune Kaas (V)
Sofie Brink (C)
Jonas Møller (F)
Afbud
Sofie Brink (C)
Punkt 312
Godkendelse af dagsorden
Sagsnr.
25/8801
Indstilling
Direktøren indstiller, at dagsordenen godkendes.
Beslutning
Byrådet
14-10-2025
Godkendt.
Fraværende
Sofie Brink (C)
Punkt 313
Hastesag: Ny varmepumpe til Vestbadet efter
brand i teknikrummet
Sagsnr.
25/8840
Sagsfremstilling
Vestbadets varmepumpe brændte den 6. oktober 2025.
Indstilling
Direktionen indstiller, at der gives en bevilling på 400.000 kr.
Beslutning
Byrådet
14-10-2025
Godkendt.
Fraværende
Sofie Brink (C)
Punkt 314
Lukket punkt: Køb af jord ved Ringvejen
Sagsnr.
25/7712    Lukket punkt
Beslutning
Byrådet
14-10-2025
Godkendt.
Fraværende
Sofie Brink (C)
"""


def test_urgent_items_title_wrapped_under_a_bare_number(read_file: ReadFile) -> None:
    """"Punkt 313" alone, its title "Hastesag: …" (a word and a colon) wrapped onto a second
    line: the item's title, not a field (before: the title was the line above "Punkt 313",
    the previous item's absentee "Sofie Brink (C)", and that item's decision ended with a
    stray "Fraværende" and lost its absentee)."""
    (m,) = read_file("byraad_141025.txt", _TWO_COLUMN)
    assert [i.number for i in m.items] == [312, 313, 314]
    first, urgent, _ = m.items
    assert urgent.title == "Hastesag: Ny varmepumpe til Vestbadet efter brand i teknikrummet"
    assert urgent.journal_number == "25/8840"
    assert first.decision == "Godkendt."
    assert first.absentees == ["Sofie Brink (C)"]
    assert _section(urgent, "Sagsfremstilling").startswith("Vestbadets varmepumpe")


def test_case_number_and_closed_mark_below_the_case_label(read_file: ReadFile) -> None:
    """"Sagsnr." / "25/7712    Lukket punkt" (the grid's row: the number left, the mark far
    right): the item's case number, the item closed, no text of the item (before: no case
    number and a "Beskrivelse" holding "25/7712 Lukket punkt")."""
    (m,) = read_file("byraad_141025.txt", _TWO_COLUMN)
    closed = m.items[-1]
    assert (closed.journal_number, closed.closed) == ("25/7712", True)
    assert [s.name for s in closed.sections] == ["Beslutning"]


_ROUTED = """Referat
Byrådet
Mødedato
21-05-2025
Tidspunkt
17:00 - 19:00
Mødested
Byrådssalen, Rådhuset, Torvet 2, 4700 Næstved
Medlemmer
Per Lund (A) (borgmester), Eva Holt (A), Ida Berg (V), Kim Sand (V), Ole Dyhr (C),
Mia Fabricius (F), Bo Krag (Ø), Lis Thorup (O), Dan Rye (B)
Pkt. 40
Godkendelse af dagsorden
Sagsnr.: 25/300
Sagsforløb: BY     Åbent punkt
Indstilling
Borgmesteren indstiller, at dagsordenen godkendes.
Beslutning i Byrådet den 21-05-2025
Godkendt.
Pkt. 41
Ny struktur for musikskolen
Sagsnr.: 24/9100
Sagsforløb: KFU - ØU - BY     Åbent punkt
Sagsfremstilling
Musikskolens to afdelinger foreslås lagt sammen fra august 2026.
Indstilling
Direktionen indstiller, at afdelingerne lægges sammen.
Beslutning i Kultur- og Fritidsudvalget den 06-05-2025
Anbefales.
Beslutning i Byrådet den 21-05-2025
Indstillingen blev godkendt med følgende stemmefordeling:
Parti For Imod Undlod
A - Socialdemokratiet 2 0 0
V - Venstre 0 2 0
C - Det Konservative Folkeparti 0 1 0
F - SF 1 0 0
Ø - Enhedslisten 1 0 0
O - Dansk Folkeparti 0 0 1
B - Radikale Venstre 1 0 0
I alt 5 3 1
Pkt. 42
Lukket punkt: Salg af grund
Sagsnr.: 25/412
Sagsforløb: ØU - BY     Lukket punkt
Beslutning i Byrådet den 21-05-2025
Godkendt.
"""


def test_planned_route_beside_the_mark_is_no_text(read_file: ReadFile) -> None:
    """"Sagsforløb: KFU - ØU - BY     Åbent punkt" under the case number: the route the case
    is planned to take (the bodies' initials, no treatment) beside the item's mark, no
    section of the item; "Lukket punkt" there closes the item (before: a "Beskrivelse"
    section "Sagsforløb: KFU - ØU - BY Åbent punkt" opened every item)."""
    (m,) = read_file("br_210525.txt", _ROUTED)
    assert [i.number for i in m.items] == [40, 41, 42]
    assert not any(s.name == "Beskrivelse" or "Sagsforløb" in s.text
                   for i in m.items for s in i.sections)
    assert [i.closed for i in m.items] == [False, False, True]
    music = m.items[1]
    assert [s.name for s in music.sections][:2] == ["Sagsfremstilling", "Indstilling"]
    assert [(t.committee, t.date) for t in music.history] == [
        ("Kultur- og Fritidsudvalget", date(2025, 5, 6))]


def test_vote_table_of_each_partys_counts(read_file: ReadFile) -> None:
    """"Parti For Imod Undlod" over a row a party ("A - Socialdemokratiet 2 0 0") and the
    totals ("I alt 5 3 1"): the vote by party, each party on the side it gave votes to, the
    party named by the letter before the dash ("F - SF" is F) (before: no vote read)."""
    (m,) = read_file("br_210525.txt", _ROUTED)
    assert m.items[1].votes == {"for": ["A", "F", "Ø", "B"], "imod": ["V", "C"],
                                "undlod": ["O"]}


_TWO_COLUMN_MEMBERS = """Referat
Kommunalbestyrelsen
Mødedato: 12.06.2025
Mødetidspunkt: 16:00 - 18:00
Mødested: Salen, Rådhuset, Torvet 1, 4400 Kalundborg
Fraværende: Bo Dam (V)
Stedfortrædere: Eva Lund (V)
Medlemmer:
Ole Hansen (A) - Borgmester Kim Holm (V)
Per Jensen (A) Lise Berg (C)
Ida Krog (V) - 1. viceborgmester Jens Bak (Ø)
Bo Dam (V) Tina Ravn (F)
Mads Vinter (A)
Øvrige deltagere:
Kommunaldirektør Anne Sø
1. Godkendelse af dagsorden
Sagsnr.: 00.01.00-A00-3-25 Sagsansvarlig: Anne Sø Åben sag
Indstilling
Borgmesteren indstiller, at dagsordenen godkendes.
Beslutning i Kommunalbestyrelsen den 12.06.2025
Godkendt.
2. Tilskud til Gørlev Forsamlingshus
Sagsnr.: 18.15.00-Ø40-2-25 Sagsansvarlig: Anne Sø Åben sag
Indstilling
Direktøren indstiller, at der gives et tilskud på 80.000 kr.
Beslutning i Kommunalbestyrelsen den 12.06.2025
Kommunalbestyrelsen besluttede, at Tina Ravn (F) var inhabil i sagen som formand for
forsamlingshuset. Tina Ravn deltog ikke i sagens behandling.
Godkendt.
"""


def test_capitalised_role_after_a_dash_ends_the_first_column(read_file: ReadFile) -> None:
    """"Ole Hansen (A) - Borgmester Kim Holm (V)": two members side by side, the first one's
    role capitalised after a dash (before: Kim Holm was lost, Ole Hansen's role "borgmester
    kim holm (v)")."""
    (m,) = read_file("kb_120625.txt", _TWO_COLUMN_MEMBERS)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Ole Hansen (A)"] == ("deltog", "borgmester")
    assert people["Kim Holm (V)"] == ("deltog", "")
    assert people["Ida Krog (V)"] == ("deltog", "1. viceborgmester")
    assert people["Bo Dam (V)"][0] == "afbud"
    assert len([p for p in m.participants if p.status == "deltog"]) == 9


def test_disqualified_member_keeps_the_party_the_decision_gave(read_file: ReadFile) -> None:
    """"… at Tina Ravn (F) var inhabil … Tina Ravn deltog ikke i sagens behandling.": the
    item's absentee is "Tina Ravn (F)", as the same decision names her (before: "Tina Ravn")."""
    (m,) = read_file("kb_120625.txt", _TWO_COLUMN_MEMBERS)
    assert m.items[1].absentees == ["Tina Ravn (F)"]


_WORD_TEMPLATE = """STEVNS KOMMUNE
REFERAT
Kommunalbestyrelsen
Ordinært møde tirsdag den 14. oktober 2025 kl. 17.00
Mødesal 2, Rådhuset, Skælskør
Deltagere:
Ole Hansen (V)
Borgmester
Per Jensen (V)
Lise Holm (V)
Stedfortræder for Kim Nielsen
Ida Berg (A)
1. viceborgmester
Bo Lund (A)
Eva Krog (C)
Afbud:
Kim Nielsen (V)
Punkt 1. Godkendelse af dagsorden
Sagsnr.: 25-0012    Åbent punkt
Administrationens indstilling
Administrationen indstiller, at dagsordenen godkendes.
Beslutning
Godkendt.
Punkt 2. Navngivning af ny vej i Boeslunde
Sagsnr.: 25-0013    Åbent punkt
Administrationens indstilling
Administrationen indstiller, at vejen navngives Smedestien.
Behandling i Teknik- og Miljøudvalget den 3. oktober 2025
Anbefales.
Beslutning
Godkendt.
"""


def test_roles_on_the_line_below_each_name(read_file: ReadFile) -> None:
    """A Word table's cell giving the role on the line below the name ("Lise Holm (V)" /
    "Stedfortræder for Kim Nielsen", "Ida Berg (A)" / "1. viceborgmester"): the member's role,
    the list going on below it (before: the list ended at the substitute, the members after
    her lost)."""
    (m,) = read_file("kb_141025.txt", _WORD_TEMPLATE)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Lise Holm (V)"] == ("deltog", "stedfortræder for Kim Nielsen")
    assert people["Ida Berg (A)"] == ("deltog", "1. viceborgmester")
    assert people["Bo Lund (A)"] == ("deltog", "")
    assert people["Eva Krog (C)"] == ("deltog", "")
    assert people["Kim Nielsen (V)"][0] == "afbud"


def test_behandling_i_body_den_heads_an_earlier_treatment(read_file: ReadFile) -> None:
    """"Behandling i Teknik- og Miljøudvalget den 3. oktober 2025": the earlier treatment of
    that body, not of a body called "Behandling i …" (before: the history named "Behandling
    i Teknik- og Miljøudvalget")."""
    (m,) = read_file("kb_141025.txt", _WORD_TEMPLATE)
    road = m.items[1]
    assert [(t.committee, t.date, t.text) for t in road.history] == [
        ("Teknik- og Miljøudvalget", date(2025, 10, 3), "Anbefales.")]
    assert road.decision == "Godkendt."


_PRESCRIBA = """Faxe Kommune
Referat
Byrådet
Mødedato:
Torsdag den 16. oktober 2025
Mødetidspunkt:
17:00
Mødested:
Byrådssalen, Rådhuset, Frederiksgade 9, 4690 Haslev
Medlemmer
Anne Dahl (A), borgmester
Bent Kjær (V)
Carl Munk (C)
1. Godkendelse af dagsorden
Sagsnr.: 00.01.00-A00-9-25
 Åben sag
Sagsfremstilling
Dagsordenen forelægges til godkendelse.
Beslutning fra Byrådet, 16-10-2025
Godkendt.
2. Anlægsbevilling til ny cykelbane i Dalby
Sagsnr.: 05.01.00-G01-4-25
 Åben sag
Sagsfremstilling
Cykelbanen anlægges langs Præstøvej.
Indstilling
Direktøren indstiller, at der gives en anlægsbevilling.
Beslutning fra Teknik- og Miljøudvalget, 01-10-2025
Anbefales.
Beslutning fra Økonomiudvalget, 08-10-2025
Anbefales.
Beslutning fra Byrådet, 16-10-2025
Godkendt.
"""


def test_body_and_date_a_comma_apart_in_the_decision_heading(read_file: ReadFile) -> None:
    """"Beslutning fra Teknik- og Miljøudvalget, 01-10-2025": the comma before the date is
    no part of the body's name (before: the history named "Teknik- og Miljøudvalget,")."""
    (m,) = read_file("br_161025.txt", _PRESCRIBA)
    bike = m.items[1]
    assert [(t.committee, t.date) for t in bike.history] == [
        ("Teknik- og Miljøudvalget", date(2025, 10, 1)), ("Økonomiudvalget", date(2025, 10, 8))]
    assert bike.decision == "Godkendt."

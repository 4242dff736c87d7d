"""A hundred and sixty-seventh round of layouts (round 167's blind files): one file
holding two documents of different kinds or meetings back to back. A PDF's text where a
committee's referat is followed by the next meeting's dagsorden, items numbered on
through the year (its last item alone on the last page); a Word referat followed by a
joint meeting's referat the same afternoon, members in a "Navn | Udvalg / funktion |
Fremmøde" table; a markdown file with an ordinary and an extraordinary meeting the same
day, "– *afbud*" after a member. Every text is written by the tests (other towns,
bodies and words than the blind files)."""

from __future__ import annotations

from .conftest import ReadFile
from .office_files import docx, para, table


def _decision(item) -> str:
    return next((s.text for s in item.sections if s.name == "Beslutning"), "")


def _page(lines: list[str], head: str, number: int, pages: int) -> str:
    return "\n".join(["Kalundborg Kommune", head, f"Side {number} af {pages}", *lines]) + "\n\f\n"


def _two_documents() -> str:
    """A referat (items 31–33, a signature page) and the next meeting's dagsorden (34–36)
    printed into one text, each page under its running header."""
    ref = "Miljøudvalget - Referat - 3. maj 2023"
    ags = "Miljøudvalget - Dagsorden - 7. juni 2023"
    pages = [
        _page(["Referat", "Miljøudvalget", "Mødedato:", "Onsdag den 3. maj 2023", "Mødetid:",
               "Kl. 16.00 - 18.00", "Mødested:", "Byrådssalen, Rådhuset", "Deltagere:",
               "Ida Krogh (A) (formand)", "Ove Bang (V)", "Fraværende:", "Rita Sand (F)"],
              ref, 1, 5),
        _page(["31. Godkendelse af dagsorden", "Beslutning i Miljøudvalget den 3. maj 2023",
               "Godkendt."], ref, 2, 5),
        _page(["32. Vandplan 2023-2027", "Sagsnr.: 06.00.00-P15-1-23", "Sagsfremstilling",
               "Planen har været i høring.", "Indstilling",
               "Administrationen indstiller, at planen vedtages.",
               "Beslutning i Miljøudvalget den 3. maj 2023", "Vedtaget."], ref, 3, 5),
        _page(["33. Naturpleje ved Tissø", "Sagsnr.: 01.05.00-G01-2-23", "Sagsfremstilling",
               "Der søges om midler til afgræsning.",
               "Beslutning i Miljøudvalget den 3. maj 2023", "Godkendt."], ref, 4, 5),
        _page(["Underskriftsblad", "______________________", "Ida Krogh",
               "______________________", "Ove Bang"], ref, 5, 5),
        _page(["Dagsorden", "Miljøudvalget", "Mødedato:", "Onsdag den 7. juni 2023", "Mødetid:",
               "Kl. 16.00", "Mødested:", "Byrådssalen, Rådhuset", "Medlemmer:",
               "Ida Krogh (A) (formand)", "Ove Bang (V)", "Rita Sand (F)",
               "Indholdsfortegnelse", "Godkendelse af dagsorden", "2",
               "Vandplan 2023-2027 - indsatsprogram", "3", "Status fra forvaltningen", "4"],
              ags, 1, 4),
        _page(["34. Godkendelse af dagsorden"], ags, 2, 4),
        _page(["35. Vandplan 2023-2027 - indsatsprogram", "Sagsnr.: 06.00.00-P15-1-23",
               "Tidligere behandling", "Miljøudvalget, 3. maj 2023, punkt 32:", "Vedtaget.",
               "Sagsfremstilling", "Indsatserne skal prioriteres.", "Indstilling",
               "Administrationen indstiller, at programmet godkendes."], ags, 3, 4),
        _page(["36. Status fra forvaltningen"], ags, 4, 4),
    ]
    return "".join(pages)


def test_next_meetings_agenda_after_a_referat_is_a_meeting_of_its_own(read_file: ReadFile) -> None:
    first, second = read_file("kalundborg_miljoe_referat_og_dagsorden.txt",
                         _two_documents())
    assert (first.doc_type, first.date.isoformat(), [i.number for i in first.items]) == (
        "referat", "2023-05-03", [31, 32, 33])
    assert (second.doc_type, second.date.isoformat()) == ("dagsorden", "2023-06-07")
    # (the agenda's last item alone on the last page, named in its contents list)
    assert [i.number for i in second.items] == [34, 35, 36]
    assert second.items[-1].title == "Status fra forvaltningen"
    # (the signature page and the agenda's front page are no part of the last decision)
    assert _decision(first.items[-1]) == "Godkendt."
    # (the agenda's history quoting the referat is no decision of its own)
    assert not _decision(second.items[1])
    assert [h.punkt for h in second.items[1].history] == [32]
    assert {p.status for p in second.participants} == {"indkaldt"}


def _joint_meeting_docx() -> bytes:
    def head(committee: str, time: str, rows: list[list[str]]) -> list[str]:
        return [para(committee), para("Mødedato: Torsdag den 9. november 2023"),
                para(f"Mødetid: {time}"), para("Mødested: Mødelokale 3, Rådhuset"),
                para("Deltagere"), table([["Navn", "Udvalg / funktion", "Fremmøde"], *rows]),
                para("Desuden deltog: Direktør Per Holt. Referent: Lis Dam.")]
    own = [["Mona Friis (A)", "Formand", "Til stede"], ["Jens Vad (V)", "Medlem", "Afbud"],
           ["Tove Ring (O)", "Medlem", "Til stede"]]
    joint = [["Mona Friis (A)", "KFU, formand", "Til stede"], ["Jens Vad (V)", "KFU", "Afbud"],
             ["Knud Lind (C)", "ÆU, formand", "Til stede"], ["Sara Holm (F)", "ÆU", "Til stede"]]
    body = [para("Fredensborg Kommune"), para("Referat"),
            *head("Kultur- og Fritidsudvalget", "15:00 - 16:30", own),
            para("Punkt 1. Godkendelse af dagsorden"), para("Beslutning"), para("Godkendt."),
            para("Punkt 2. Meddelelser"), para("Beslutning"), para("Til efterretning."),
            *head("Fællesmøde mellem Kultur- og Fritidsudvalget og Ældreudvalget",
                  "17:00 - 18:00", joint),
            para("Punkt 1. Godkendelse af dagsorden"), para("Beslutning"), para("Godkendt."),
            para("Punkt 2. Seniorernes idrætsdag"), para("Beslutning"),
            para("Udvalgene støtter idrætsdagen.")]
    return docx(body)


def test_joint_meeting_after_a_committees_referat_is_read_apart(read_file: ReadFile) -> None:
    first, joint = read_file("fredensborg_kfu_og_faellesmoede.docx", _joint_meeting_docx())
    assert first.committee == "Kultur- og Fritidsudvalget"
    assert [i.number for i in first.items] == [1, 2]
    assert _decision(first.items[-1]) == "Til efterretning."
    assert "Ældreudvalget" in joint.committee and "Kultur- og Fritidsudvalget" in joint.committee
    assert (joint.start_time, [i.number for i in joint.items]) == ("17:00", [1, 2])
    assert _decision(joint.items[-1]) == "Udvalgene støtter idrætsdagen."


def test_members_table_headed_udvalg_slash_funktion(read_file: ReadFile) -> None:
    first, joint = read_file("fredensborg_kfu_og_faellesmoede.docx", _joint_meeting_docx())
    people = {p.name.split(" (")[0]: (p.status, p.role.lower()) for p in first.participants}
    assert people == {"Mona Friis": ("deltog", "formand"), "Jens Vad": ("afbud", "medlem"),
                      "Tove Ring": ("deltog", "medlem")}
    joined = {p.name.split(" (")[0]: p for p in joint.participants}
    assert set(joined) == {"Mona Friis", "Jens Vad", "Knud Lind", "Sara Holm"}
    assert joined["Jens Vad"].status == "afbud" and "formand" in joined["Knud Lind"].role
    assert "Per Holt" not in joined and "Lis Dam" not in joined


def _same_day_md() -> str:
    def head(title: str, time: str, second_absent: str) -> str:
        return (f"# Svendborg Kommune\n\n## Referat\n\n**{title}**\n\n"
                "|  |  |\n|---|---|\n| **Dato:** | Mandag den 4. marts 2024 |\n"
                f"| **Tid:** | Kl. {time} |\n| **Sted:** | Byrådssalen |\n\n"
                "**Medlemmer:**\n\n- Lars Moos (V), formand\n- Anja Bak (A) – *afbud*\n"
                f"- Kim Lund (S){second_absent}\n\n")

    def item(number: int, title: str, decision: str) -> str:
        return (f"### {number}. {title} {{#punkt-{number}}}\n\n#### Beslutning\n\n"
                f"{decision}\n\n* * *\n\n")
    return (head("Økonomiudvalget", "08.00 – 10.00", "")
            + "### Indholdsfortegnelse\n\n- [41. Godkendelse af dagsorden](#punkt-41)\n"
            "- [42. Orientering](#punkt-42)\n\n* * *\n\n"
            + item(41, "Godkendelse af dagsorden", "Godkendt.")
            + item(42, "Orientering", "Borgmesteren orienterede.")
            + "-----\n\n" + head("Økonomiudvalget – ekstraordinært møde", "13.00 – 13.30",
                                 " – *afbud*")
            + "Mødet var indkaldt med kort varsel.\n\n"
            + "### Indholdsfortegnelse\n\n- [43. Tillægsbevilling](#punkt-43)\n\n* * *\n\n"
            + item(43, "Tillægsbevilling", "Anbefales."))


def test_same_days_ordinary_and_extraordinary_meetings_stay_two(read_file: ReadFile) -> None:
    first, second = read_file("svendborg_oeu_2024-03-04.md", _same_day_md())
    assert first.date == second.date
    assert (first.start_time, [i.number for i in first.items]) == ("08:00", [41, 42])
    assert (second.start_time, [i.number for i in second.items]) == ("13:00", [43])
    assert [s.name for s in first.items[-1].sections] == ["Beslutning"]
    assert second.committee.startswith("Økonomiudvalget")


def test_markdown_emphasised_afbud_after_a_member(read_file: ReadFile) -> None:
    first, second = read_file("svendborg_oeu_2024-03-04.md", _same_day_md())
    status = {p.name.split(" (")[0]: (p.status, p.role) for p in first.participants}
    assert status["Anja Bak"] == ("afbud", "") and status["Kim Lund"] == ("deltog", "")
    assert {p.name.split(" (")[0] for p in second.participants if p.status == "afbud"} == {
        "Anja Bak", "Kim Lund"}

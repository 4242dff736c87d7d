"""Builds the invented fixtures of layout round 53 (standard library only):
`python tests/unit/gen_formats53.py` writes fixtures/formats53/ (its text fixtures, the
.md, .txt and .html files listed below, are written by hand and committed as they are)

* 10_api_engelsk.json — a meeting portal's REST API in English keys: "organization",
  "meeting.committee.name", "documentType": "Minutes", "startUtc" in UTC with "Z",
  "attendees" with "attendance"/"absenceReason", "agendaItems" with "isPublic",
  "caseNumber", "contents" [{heading, html}] and a "decision" object holding its html,
  its "absentees" and its "votes" ({"for": {"count": 4, "parties": […]}, …});
* 09_pandoc.md — `pandoc -t markdown` of a Word referat: the facts in a multiline table
  (a member's name wrapped over two lines), items as bold paragraphs with the number
  escaped ("**1\\. Title**"), a TOC of links, "[Beslutning:]{.underline}" labels, a
  footnote, and a vote naming its members ("mens 2 stemte imod (… og …)");
* 02_portaludskrift.txt — a portal page's print as text: under each title the line
  "Åben   Sagsnr.: …   Link til punkt" (or "Lukket"), the site's footer line with its
  policy links after the last item;
* 04_paragraf_protokol.txt — a Beslutningsprotokol titled "Beslutningsprotokol" over "for
  Byrådets møde tirsdag d. 3/6-2025 kl. 16.00", items "§ 41   Title", decisions under
  "Byrådets beslutning:";
* 06_listenumre_underpunkter.docx — Word headings numbered only by numbering.xml, level 0
  "%1." (items) and level 1 lowerLetter "%1%2." (sub-items "2a.", "2b." under a group
  heading "2. Anlægsbevillinger"), each sub-item with its own case number and decision;
* 07_sharepoint_genveje.html — a SharePoint page: the minutes in its text web part, then
  a Quick links web part ("Genveje") after the last item.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from office_files import docx, para  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats53"


def _api() -> str:
    def item(n: int, title: str, case: str, decision: str, public: bool = True,
             contents: list[dict] | None = None, votes: dict | None = None) -> dict:
        return {"id": 900 + n, "sequence": n, "number": str(n), "title": title,
                "isPublic": public, "caseNumber": case, "status": "Decided",
                "contents": contents or [],
                "decision": {"html": decision, "decidedUtc": "2025-06-10T14:00:00Z",
                             "absentees": ["Kim Dal"], "votes": votes}}
    meeting = {
        "id": "5d1c", "title": "Teknik- og Miljøudvalget",
        "committee": {"id": 7, "name": "Teknik- og Miljøudvalget", "shortName": "TMU"},
        "meetingType": "Ordinary", "documentType": "Minutes", "status": "MinutesPublished",
        "startUtc": "2025-06-10T13:30:00Z", "endUtc": "2025-06-10T15:00:00Z",
        "location": {"name": "Mødelokale 2", "address": "Torvet 1, 9999 Lunde"},
        "publishedUtc": "2025-06-11T06:00:00Z",
        "attendees": [
            {"name": "Ida Ravn", "party": "A", "role": "Chairman", "attendance": "Present",
             "absenceReason": None},
            {"name": "Ole Bak", "party": "V", "role": "Member", "attendance": "Present",
             "absenceReason": None},
            {"name": "Kim Dal", "party": "C", "role": "Member", "attendance": "Absent",
             "absenceReason": "Ferie"},
            {"name": "Eva Holm", "party": "F", "role": "Member", "attendance": "Present",
             "absenceReason": None}],
        "agendaItems": [
            item(1, "Godkendelse af dagsorden", "25/100", "<p>Godkendt.</p>"),
            item(2, "Cykelsti langs Åvej", "25/2211", "<p>Anbefales.</p>",
                 contents=[{"heading": "Sagsfremstilling",
                            "html": "<p>Stien koster 2 mio. kr.</p>"},
                           {"heading": "Indstilling", "html": "<p>Forvaltningen indstiller, at "
                            "stien anlægges.</p>"}],
                 votes={"for": {"count": 2, "parties": ["A", "V"]},
                        "against": {"count": 1, "parties": ["F"]},
                        "abstain": {"count": 0, "parties": []}}),
            item(3, "Salg af grund", "25/3012", "<p>Godkendt.</p>", public=False)]}
    return json.dumps({"apiVersion": "1.0", "generatedAtUtc": "2025-06-11T05:59:00Z",
                       "organization": {"name": "Lunde Kommune"}, "meeting": meeting},
                      ensure_ascii=False, indent=2) + "\n"



def _listed() -> bytes:
    """Items numbered by Word's list (level 0 "%1."), sub-items by its level 1 ("%1%2.",
    lowerLetter)."""
    head = [para("Lunde Kommune"), para("Referat"), para("Miljøudvalget"),
            para("Mødedato: Onsdag den 4. juni 2025"), para("Mødetidspunkt: 15.00 - 17.00"),
            para("Mødested: Rådhuset, lokale 4"),
            para("Medlemmer: Ida Ravn (A), formand, Ole Bak (V), Per Krag (A)"),
            para("Afbud: Per Krag (A)")]

    def item(title: str, level: int, lines: list[str]) -> list[str]:
        style = "Heading1" if level == 0 else "Heading2"
        out = [para(title, style, (1, level))]
        for line in lines:
            out.append(para(line, "Heading3") if line in ("Sagsfremstilling", "Beslutning")
                       else para(line))
        return out
    body = (item("Godkendelse af dagsorden", 0, ["Sagsnr.: 25/100", "Beslutning", "Godkendt."])
            + item("Anlægsbevillinger", 0, ["Punktet omfatter to bevillinger, jf. a og b."])
            + item("Frigivelse til legeplads", 1, ["Sagsnr.: 25/2001", "Sagsfremstilling",
                                                   "Legepladsen koster 0,5 mio. kr.",
                                                   "Beslutning", "Anbefales."])
            + item("Frigivelse til stibro", 1, ["Sagsnr.: 25/2002", "Beslutning", "Anbefales.",
                                                "Ole Bak (V) deltog ikke i sagens behandling "
                                                "på grund af inhabilitet."])
            + item("Lukket punkt: Ekspropriation ved Åvej", 0, ["Sagsnr.: 25/2100",
                                                                 "Beslutning", "Anbefales."]))
    return docx(head + body, styles={"Heading1": "heading 1", "Heading2": "heading 2",
                                     "Heading3": "heading 3"},
                numbering={1: [("decimal", "%1."), ("lowerLetter", "%1%2.")]})



def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "10_api_engelsk.json").write_text(_api(), encoding="utf-8")
    (HERE / "06_listenumre_underpunkter.docx").write_bytes(_listed())


if __name__ == "__main__":
    main()

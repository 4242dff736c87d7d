"""Round 141: minutes naming their committee and municipality only sparsely – the
committee as initials ("TMU", "ØU") spelled out once in the text, or in a running header
with the web address beside it; the municipality only in a logo's alt text; the meeting
date without its year, the year only in the page footer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from .fixture_files import written_meeting


def _rtf(footer: str, case: str = "18/4410") -> bytes:
    body = "".join(f"{{\\pard {line}\\par}}\n" for line in [
        "\\u216?U", "Referat",
        "M\\u248?det afholdt tirsdag den 13. marts kl. 15.00 i Udvalgsv\\u230?relse 2",
        "Deltagere: Eva Holm (A), formand; Bo Dam (V)",
        "Sekretariat: Sekretariatet, sekretariat@odder.dk",
        "Pkt. 41  Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "Pkt. 42  Budgetopf\\u248?lgning", f"Sagsnr. {case}", "Beslutning",
        "Taget til efterretning."])
    foot = f"{{\\footer\\pard {footer} \\u8211? side \\chpgn\\par}}" if footer else ""
    return f"{{\\rtf1\\ansi\\ansicpg1252{foot}\n{body}}}".encode("ascii")


def test_yearless_date_takes_the_footers_year(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.rtf", _rtf("\\u216?U \\u8211? referat 2018"))
    assert meeting.date == date(2018, 3, 13)
    assert meeting.start_time == "15:00"
    assert meeting.committee == "Økonomiudvalget"  # ("ØU": every municipality's)
    assert meeting.municipality == "Odder"  # (its e-mail domain)
    assert [i.number for i in meeting.items] == [41, 42]
    assert meeting.items[1].sections[-1].text == "Taget til efterretning."


@pytest.mark.parametrize("footer, case", [("", "18/4410"), ("referat 2018", "19/4410")])
def test_yearless_date_without_a_clear_year_is_refused(tmp_path: Path, footer: str,
                                                        case: str) -> None:
    # (no year at all; a footer's year before the case numbers' – an old template)
    with pytest.raises(Exception, match="mødedato"):
        written_meeting(tmp_path, "referat.rtf", _rtf(footer, case))


_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>TMU - Referat</title></head>
<body><div class="top"><img src="/img/logo_top.png" alt="Odder Kommune"></div>
<h1>TMU - Referat</h1>
<p>Mødedato: 05-04-2022</p><p>Mødetid: 16:00</p><p>Mødested: Mødelokale 2</p>
<p>Medlemmer: Eva Holm (A), formand; Bo Dam (V)</p>
<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>
<h2>2. Vejplan 2022</h2><h3>Sagsfremstilling</h3>
<p>Teknik- og Miljøudvalget (TMU) skal tage stilling til vejplanen.</p>
<h3>Beslutning</h3><p>Godkendt.</p>
</body></html>"""


def test_logo_alt_text_names_the_municipality_and_text_spells_out_initials(
        tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "tmu-referat.html", _HTML)
    assert meeting.municipality == "Odder"
    assert not meeting.municipality_guessed
    assert meeting.committee == "Teknik- og Miljøudvalget"
    assert meeting.date == date(2022, 4, 5)
    assert len(meeting.items) == 2


def test_running_header_committee_without_the_web_address(tmp_path: Path) -> None:
    text = "\n".join([
        "Teknik- og Miljøudvalget www.odder.dk", "Referat", "Mødedato: 07.03.2023",
        "Mødested: Rådhuset", "Deltagere: Eva Holm (A), formand, Bo Dam (V)", "",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.", "",
        "2. Vejplan", "Sagsnr.: 23/2811", "Beslutning", "Indstillingen blev godkendt.", ""])
    meeting = written_meeting(tmp_path, "referat.txt", text)
    assert meeting.committee == "Teknik- og Miljøudvalget"
    assert meeting.municipality == "Odder"
    assert [i.sections[-1].text for i in meeting.items] == ["Godkendt.",
                                                           "Indstillingen blev godkendt."]

"""Round 131: minutes signed and approved digitally: an e-signature service's page (its
audit trail of signers, serial numbers, IP addresses and times) after the last item,
"Fraværende" printed as a heading with the names on the line below it, and members
listed with a role and the body it is held for in brackets."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings

_SIGNED = """Referat
Miljøudvalget
Mødedato: Mandag den 7. marts 2022
Mødetidspunkt: Kl. 16:00
Mødested: Byrådssalen, Nordby Rådhus
Medlemmer:
Anne Lund (A), formand
Per Holm (V)
Sara Berg (F)
Fraværende:
Per Holm (V)

1. Godkendelse af dagsorden
Beslutning
Dagsordenen blev godkendt.
Fraværende
Per Holm (V)

2. Naturpark Nordby
Sagsfremstilling
Kommunen har søgt om midler til en naturpark ved fjorden.
Beslutning
Indstillingen blev godkendt.
Fraværende
Per Holm (V)
Mødet hævet kl. 17:30.

PENNEO
Underskrifterne i dette dokument er juridisk bindende. Dokumentet er underskrevet digitalt.
Anne Lund
Formand
På vegne af: Miljøudvalget
Serienummer: PID:9208-2002-2-111122223333
IP: 80.62.1.41
2022-03-08 07:14:52 UTC
Du kan verificere dokumentets ægthed på https://penneo.com/validate
"""

_MEMBERS = """<html><head><title>Referat - Ældrerådet 9. marts 2026</title></head><body>
<h1>Referat – Ældrerådet</h1><dl><dt>Dato</dt><dd>9. marts 2026</dd>
<dt>Tidspunkt</dt><dd>Kl. 14:00</dd></dl>
<h2>Deltagere</h2><ul><li>Lis Dam, formand (DH Nordby, Gigtforeningen)</li>
<li>Bo Krag, sekretær for rådet (Center for Sundhed)</li></ul>
<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>
</body></html>
"""


def _meeting(tmp_path: Path, text: str, name: str = "referat_2022.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_meetings(path)[0]


def test_service_signature_page_is_no_part_of_the_last_decision(tmp_path: Path) -> None:
    last = _meeting(tmp_path, _SIGNED).items[-1]
    assert last.decision.startswith("Indstillingen blev godkendt.")
    assert not any(w in last.decision for w in ("PENNEO", "Serienummer", "IP:", "penneo.com"))


def test_absentees_under_a_bare_heading_are_the_items(tmp_path: Path) -> None:
    meeting = _meeting(tmp_path, _SIGNED)
    assert [item.absentees for item in meeting.items] == [["Per Holm (V)"], ["Per Holm (V)"]]


def test_role_with_its_body_in_brackets(tmp_path: Path) -> None:
    people = {p.name: p.role for p in _meeting(tmp_path, _MEMBERS, "raadet.html").participants}
    assert people == {"Lis Dam": "formand (DH Nordby, Gigtforeningen)",
                      "Bo Krag": "sekretær for rådet (Center for Sundhed)"}

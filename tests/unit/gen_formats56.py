"""Builds the invented binary fixtures of layout round 56 (fpdf2 for the PDFs):
`python tests/unit/gen_formats56.py` writes fixtures/formats56/ (its text fixtures are
written by hand and committed as they are)

* 01_navneafstemning.pdf — an extraordinary Byråd meeting: "Fraværende:" and
  "Stedfortræder: X deltog som stedfortræder for Y", one item whose decision ends in a
  roll call "Name (P) For/Imod/Undlod" a member a line, running onto page 2;
* 04_dagsorden.pdf — a Byråd agenda: its members one ";"-separated paragraph that
  wraps inside a name ("…; Søren" / "Kjær (O); …"), items "Pkt. N   Title".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pdf_files import pieces_pdf  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats56"


def _roll_call() -> bytes:
    first = ["Lunde Kommune", "Referat af ekstraordinært møde i Byrådet",
             "Dato: Tirsdag den 3. marts 2026", "Tidspunkt: Kl. 16.00 - 17.10",
             "Sted: Byrådssalen, Lunde Rådhus", "Fraværende: Eva Lind (V)",
             "Stedfortræder: Kaj Holm (V) deltog som stedfortræder for Eva Lind (V)", "",
             "1. Salg af Lunde Vandværk", "Sagsnr.: 26/1204    Åbent punkt", "Sagsfremstilling",
             "Byrådet skal tage stilling til et bud på vandværket.", "Indstilling",
             "Direktionen indstiller, at buddet accepteres.", "Beslutning",
             "V begærede navneafstemning. Indstillingen blev godkendt med 4 stemmer for, 2 imod,",
             "og 1 undlod at stemme.", "Navneafstemning:", "Ida Ravn (A) For",
             "Ole Bak (V) Imod", "Pia Lund-Hansen (A) For", "Søren Kjær (O) Undlod"]
    second = ["Kaj Holm (V) Imod", "Mette Dal (A) For", "Jens Aa (F) For",
              "Mødet hævet kl. 17.10."]
    return pieces_pdf([[(20, k, line) for k, line in enumerate(first) if line],
                       [(20, k, line) for k, line in enumerate(second)]])


def _agenda() -> bytes:
    lines = ["LUNDE KOMMUNE", "DAGSORDEN", "Byrådet", "Mødedato: Onsdag den 4. juni 2025",
             "Mødetid: Kl. 17:00", "Mødested: Byrådssalen, Lunde Rådhus", "Medlemmer",
             "Ida Ravn (A), borgmester; Ole Bak (V); Pia Lund-Hansen (A); Mette Dal (A); Søren",
             "Kjær (O); Kaj Holm (V); Jens Aa (F)", "",
             "Pkt. 12   Meddelelser", "Sagsid: 25/1200", "Sagsfremstilling",
             "Borgmesteren orienterer.", "Forslag til beslutning",
             "Orienteringen tages til efterretning.",
             "", "Pkt. 13   Ny skolestruktur", "Sagsid: 25/1300", "Sagsfremstilling",
             "Forvaltningen har udarbejdet et forslag.", "Forslag til beslutning",
             "Forslaget sendes i høring."]
    return pieces_pdf([[(20, k, line) for k, line in enumerate(lines) if line]])


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "01_navneafstemning.pdf").write_bytes(_roll_call())
    (HERE / "04_dagsorden.pdf").write_bytes(_agenda())


if __name__ == "__main__":
    main()

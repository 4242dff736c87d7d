"""Builds the generated fixtures of layout round 52: `python -m tests.unit.gen_formats52`
(from the repository's root) writes fixtures/formats52/

* 01_nummer_efter_titel.pdf — an accessible Word→PDF whose item number is a label of its
  own, "Punkt N", set right on the title's line and drawn after the title;
* 01_nummer_foer_titel.pdf — the same, the label drawn before the title (pypdf glues the
  two: "Punkt 1Godkendelse af dagsorden");
* 03_dato_i_sidefod.pdf — two pages whose head names committee, hour and place but no
  date, the date in the running footer "Referat – 03.03.2025 – Side N";
* 03_dato_i_sidehoved.pdf — the same line as a running header above the committee.
The PDFs need fpdf2 and the Liberation fonts.
"""

from __future__ import annotations

from pathlib import Path

from tests.unit.pdf_files import Piece, pieces_pdf

HERE = Path(__file__).parent / "fixtures" / "formats52"

_HEAD = ["Lunde Kommune", "Referat", "Miljøudvalget", "Mødedato: 3. marts 2025",
         "Mødetidspunkt: 15.00 - 17.00", "Mødested: Rådhuset, lokale 4",
         "Til stede: Ida Ravn (A), formand, Ole Bak (V)", "Afbud: Kim Dal (C)"]
# (the title, then its lines under it)
_ITEMS = [("Godkendelse af dagsorden", ["Beslutning", "Godkendt."]),
          ("Naturpark Lunde Å", ["Sagsfremstilling", "Forvaltningen foreslår en naturpark.",
                                 "Beslutning", "Anbefales over for Byrådet."]),
          ("Lukket punkt: Køb af areal", ["Beslutning", "Godkendt."])]


def _labelled(label_first: bool) -> bytes:
    """The head, then each item's title with its "Punkt N" label far right on its row."""
    pieces: list[Piece] = [(20, k, line) for k, line in enumerate(_HEAD)]
    row = len(_HEAD) + 1
    for n, (title, lines) in enumerate(_ITEMS, 1):
        pair = [(20, row, title), (170, row, f"Punkt {n}")]
        pieces += pair[::-1] if label_first else pair
        pieces += [(20, row + 1 + k, line) for k, line in enumerate(lines)]
        row += len(lines) + 2
    return pieces_pdf([pieces], size=11)


_DATELESS_HEAD = ["Lunde Kommune", "Kulturudvalget", "Mødetidspunkt: Kl. 17.00",
                  "Mødested: Kulturhuset, sal 2", "Medlemmer: Eva Holm (V), formand, Per Krag (A)",
                  "Afbud: Per Krag (A)"]
_PAGES = [["1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
           "2. Tilskud til byfest", "Beslutning", "Bevilget."],
          ["3. Orientering om biblioteket", "Beslutning", "Taget til efterretning."]]


def _running_date(at_top: bool) -> bytes:
    """Two pages, the date only in the running line "Referat – 03.03.2025 – Side N" at
    each page's foot (or top)."""
    pages = []
    for n, body in enumerate(_PAGES, 1):
        lines = (_DATELESS_HEAD if n == 1 else []) + body
        running = f"Referat – 03.03.2025 – Side {n}"
        if at_top:
            pages.append([(20, k, line) for k, line in enumerate([running, *lines])])
        else:
            pages.append([(20, k, line) for k, line in enumerate(lines)] + [(20, 44, running)])
    return pieces_pdf(pages, size=11)


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "01_nummer_efter_titel.pdf").write_bytes(_labelled(label_first=False))
    (HERE / "01_nummer_foer_titel.pdf").write_bytes(_labelled(label_first=True))
    (HERE / "03_dato_i_sidefod.pdf").write_bytes(_running_date(at_top=False))
    (HERE / "03_dato_i_sidehoved.pdf").write_bytes(_running_date(at_top=True))


if __name__ == "__main__":
    main()

"""A PDF converted to HTML by pdf2htmlEX (as a document viewer publishes it), read as
the PDF's own text (read stage, used by `ingest.html_text`).

pdf2htmlEX writes each page as `<div class="pf">` and each line of it as an absolutely
positioned `<div class="t …">`; a gap within a line is `<span class="_ _4"> </span>`
and the kerning between two letters of a word an empty `<span class="_ _0"></span>`.
Read as a web page, every line is a paragraph of its own (a list's names come apart)
and each span a word of its own ("F orslag"). Read here as PDF text is: a line a line,
the spans' text run together (an empty span adds nothing), the pages a form feed apart,
so a page's running header is known as one. The sidebar's bookmark outline and the
pages' background images are no text.
"""

from __future__ import annotations

import re


def _classes(node: object) -> list[str]:
    return list(node.get("class") or [])  # type: ignore[attr-defined]


def pdf_pages_text(soup: object) -> str | None:
    """The text of a pdf2htmlEX page, a line of the PDF a line and the pages a form feed
    apart; None for any other page."""
    pages = soup.find_all("div", class_="pf")  # type: ignore[attr-defined]
    if not pages or not any(page.find("div", class_="t") for page in pages):
        return None
    texts = []
    for page in pages:
        lines = []
        for line in page.find_all("div", class_="t"):
            if line.find_parent("div", class_="t") is not None:
                continue  # (a line nested in another is read with it)
            text = re.sub(r"[ \t\u00a0]+", " ", line.get_text("")).strip()
            if text:
                lines.append(text)
        texts.append("\n".join(lines))
    return "\n\f\n".join(texts) + "\n"

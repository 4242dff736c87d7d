"""A collapsible section's toggle glyph: an eDoc publication heads each field with a button
that opens it, its label after a "+" (`<h4><button aria-expanded="false"><span
aria-hidden="true">+</span> Sagsfremstilling</button></h4>`), and a `<summary>` may print
"▸ Beslutning" the same way. The glyph only shows whether the section is open: without it
the heading is the section's label ("Sagsfremstilling"), as the parser knows it. So is a
count badge a toggle shows after its label ("Deltagere <span>(9)</span>"): how many the
panel lists, no name among them, and so is the count written in the toggle's own text
("Tidligere behandling (2)", "Bilag (3)": a meeting portal's folded history and files). A
`<summary>` that only says to open it ("Læs hele sagen", "Vis mere", "Se detaljer") is the
page's button, no heading nor text: it goes."""

from __future__ import annotations

import re

# the glyphs a toggle shows: plus and minus, arrows and triangles pointing right or down
_GLYPHS = "+−–-▸▹▾▿►▶▼▽›»⊕⊖"
_GLYPH_RE = re.compile(rf"^[{re.escape(_GLYPHS)}]+$")
_COUNT_RE = re.compile(r"^(?:\(\d{1,4}\)|\[\d{1,4}\])$")  # "(9)", not an item's number
# a label of words and the count after it in the same text: "Tidligere behandling (2)"
_COUNTED_RE = re.compile(r"^(\s*[^\W\d][^\d()]{1,40}?)\s*(?:\(\d{1,4}\)|\[\d{1,4}\])(\s*)$")
_LEAD_RE = re.compile(rf"^(\s*)[{re.escape(_GLYPHS)}]\s+(?=\w)")
# A disclosure's button text: "Læs hele sagen", "Vis mere", "Se detaljer", "Fold ud"
_OPEN_ONLY_RE = re.compile(r"^(?:læs|vis|se|åbn)\s+(?:hele\s+)?(?:sagen|punktet|teksten|mere|"
                           r"detaljer|sagsfremstillingen|beskrivelsen)$|^fold\s+ud$", re.IGNORECASE)


def drop_toggle_glyphs(soup: object) -> None:
    """Remove, in place, the glyph before the label of each toggle: a `<button>` that
    opens a section (`aria-expanded` or `aria-controls`) and a `<details>`' `<summary>`.
    The glyph is an element hidden from screen readers (`aria-hidden`) that holds a glyph
    only, or a glyph and a space leading the toggle's text; any other text stays.

    >>> from bs4 import BeautifulSoup
    >>> soup = BeautifulSoup('<h4><button aria-expanded="false"><span aria-hidden="true">'
    ...     '+</span> Indstilling</button></h4><summary>▸ Beslutning</summary>'
    ...     '<button>+ 1</button><summary>Bilag (3)</summary>', "html.parser")
    >>> drop_toggle_glyphs(soup)
    >>> [t.get_text().strip() for t in soup.find_all(["button", "summary"])]
    ['Indstilling', 'Beslutning', '+ 1', 'Bilag']
    """
    toggles = [n for n in soup.find_all(["button", "summary"])  # type: ignore[attr-defined]
               if n.name == "summary" or n.has_attr("aria-expanded") or n.has_attr("aria-controls")]
    for toggle in toggles:
        if toggle.name == "summary" and _OPEN_ONLY_RE.match(" ".join(toggle.get_text().split())):
            toggle.decompose()  # ("Læs hele sagen": the button, its panel's text stays)
            continue
        for hidden in toggle.find_all(attrs={"aria-hidden": "true"}):
            if _GLYPH_RE.match(hidden.get_text(strip=True)):
                hidden.decompose()
        for badge in toggle.find_all(True):
            if _COUNT_RE.match(badge.get_text(strip=True)) and badge.find_previous(
                    string=lambda t: bool(t.strip())) in toggle.find_all(string=True):
                badge.decompose()  # (a count after the toggle's label)
        first = next((s for s in toggle.strings if s.strip()), None)
        if first is not None and (m := _LEAD_RE.match(first)):
            first.replace_with(m.group(1) + first[m.end():])
        texts = [s for s in toggle.strings if s.strip()]
        if len(texts) == 1 and (m := _COUNTED_RE.match(texts[0])):  # "Bilag (3)": the label
            texts[0].replace_with(m.group(1) + m.group(2))

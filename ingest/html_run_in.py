"""A section's heading run in bold into its paragraph on a web page, as Word's HTML keeps
a heading typed at the start of the text's own paragraph:

    <p class=MsoNormal><b>Indstilling </b>Forvaltningen indstiller, at …</p>

A browser shows the bold word as the heading it is; as text, the heading and the sentence
would be one line that no reader takes for a heading. The bold run is set on a line of its
own (a `<br>` after it) when it is a known section's name alone and a sentence follows."""

from __future__ import annotations

_BOLD = ("b", "strong")


def _lead_bold(p: object) -> object | None:
    """The bold element a paragraph opens with (spaces before it aside), or None."""
    from bs4.element import Tag

    for child in p.children:  # type: ignore[attr-defined]
        if isinstance(child, Tag):
            return child if child.name in _BOLD else None
        if str(child).strip():
            return None
    return None


def split_run_in_headings(soup: object) -> None:
    """Each paragraph opening with a known section's name in bold and a sentence after it
    gets a line break after the bold name (in place).

    >>> from bs4 import BeautifulSoup
    >>> page = BeautifulSoup("<p><b>Indstilling </b>Forvaltningen indstiller, at …</p>"
    ...                      "<p><b>Ole Dam</b> Han sagde noget.</p>"
    ...                      "<p><b>Baggrund</b><br>Skolen er fra 1970.</p>", "html.parser")
    >>> split_run_in_headings(page); [len(p.find_all("br")) for p in page.find_all("p")]
    [1, 0, 1]
    """
    from bs4.element import Tag

    from .formats.text_sections import section_name

    for p in soup.find_all("p"):  # type: ignore[attr-defined]
        bold = _lead_bold(p)
        if bold is None or not (name := bold.get_text(" ", strip=True)) or not section_name(name):
            continue
        rest = [s for s in bold.next_siblings if isinstance(s, Tag) or str(s).strip()]
        if not rest or isinstance(rest[0], Tag) and rest[0].name == "br":
            continue  # (nothing after it, or on a line of its own already)
        after = "".join(s.get_text() if isinstance(s, Tag) else str(s) for s in rest).strip()
        if after[:1].isupper():
            bold.insert_after(soup.new_tag("br"))  # type: ignore[attr-defined]

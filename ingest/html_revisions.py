"""A revised page's revision marks: a "Revideret dagsorden" published as a web page shows
what changed since the first version with `<del>` (struck out, the old words) and
`<ins>` (underlined, the new words) – "Kl. <del>17.00</del> <ins>16.30</ins>", an item
renumbered "<del>4.</del> <ins>5.</ins> Lukket punkt: …", a new title in place of the old
one. The page as it now reads is the revised one: the inserted words stay, the deleted
ones go, so the meeting starts at 16.30 and the closed item is item 5.

Found by structure only: a page is revision-marked when it holds both an `<ins>` and a
`<del>`; a page with struck words alone (a portal striking out a member who sent word,
a tracked deletion kept in an exported text) keeps them, as does, on a revised page, a
list entry struck out as a whole (read as a member not there by `html_people`).
"""

from __future__ import annotations

_STRUCK = ("del",)


def drop_revised_out(soup: object) -> None:
    """Remove, in place, the deleted words of a revision-marked page.

    >>> from bs4 import BeautifulSoup
    >>> soup = BeautifulSoup("<h3><del>2.</del> <ins>3.</ins> Budget</h3>"
    ...     "<p>Kl. <del>9.00</del> <ins>10.00</ins></p><ul><li><del>Bo Lund</del></li></ul>",
    ...     "html.parser")
    >>> drop_revised_out(soup)
    >>> soup.get_text(" ", strip=True)
    '3. Budget Kl. 10.00 Bo Lund'
    >>> soup = BeautifulSoup("<p>Kl. <del>9.00</del> 10.00</p>", "html.parser")
    >>> drop_revised_out(soup)
    >>> soup.get_text(" ", strip=True)
    'Kl. 9.00 10.00'
    """
    if soup.find("ins") is None:  # type: ignore[attr-defined]
        return
    for gone in soup.find_all(_STRUCK):  # type: ignore[attr-defined]
        if gone.decomposed or gone.find_parent(_STRUCK):
            continue
        entry = gone.find_parent("li")
        if entry is not None and entry.get_text(strip=True) == gone.get_text(strip=True):
            continue  # a list's entry struck as a whole: a member not there
        gone.decompose()

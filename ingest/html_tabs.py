"""An item's sections shown as tabs: a publication portal prints the tab buttons first
(a `role="tablist"` of "Beslutning", "Sagsfremstilling", "Indstilling") and then the
panels (`role="tabpanel"`, the inactive ones `hidden`), each panel naming its button by
`aria-labelledby` (or the button naming its panel by `aria-controls`, or Bootstrap's
link `href="#panel"` / `data-bs-target`). Read in document order the labels stand
together above the panels' texts, and a panel of more than one paragraph left nothing
to pair them by.

Each panel whose tab names a section is headed by that name, as minutes print a
section (a hidden panel is content too: only the browser hides it), and the tab buttons
go. Tabs that name no section ("Dagsorden" / "Referat" over whole documents) are left
as they are. Each tab list is read on its own: a meeting head's "Mødeoplysninger" /
"Deltagere" tabs, naming no section, leave the items' tab lists beside them headed.
"""

from __future__ import annotations

_TAB_ATTRS = ("aria-controls", "data-bs-target", "data-target", "href")


def _panels(soup: object) -> list[object]:
    """The page's tab panels: `role="tabpanel"`, or Bootstrap's `class="tab-pane"`."""
    return [el for el in soup.find_all(True)  # type: ignore[attr-defined]
            if el.get("role") == "tabpanel" or "tab-pane" in (el.get("class") or [])]


def _tab_of(soup: object, panel: object) -> object | None:
    """The button that shows `panel`: the one its `aria-labelledby` names, or the one
    naming the panel's id."""
    labelled = str(panel.get("aria-labelledby") or "").split()  # type: ignore[attr-defined]
    if labelled and (tab := soup.find(id=labelled[0])) is not None:  # type: ignore[attr-defined]
        return tab
    ident = str(panel.get("id") or "")  # type: ignore[attr-defined]
    if not ident:
        return None
    for attr in _TAB_ATTRS:
        want = ident if attr == "aria-controls" else f"#{ident}"
        if (tab := soup.find(attrs={attr: want})) is not None:  # type: ignore[attr-defined]
            return tab
    return None


def tab_label(soup: object, panel: object) -> str:
    """The label of the tab that shows `panel`; "" when no tab does."""
    tab = _tab_of(soup, panel)
    return "" if tab is None else " ".join(tab.get_text(" ").split())  # type: ignore[attr-defined]


def tabs_as_sections(soup: object) -> None:
    """Each tab panel whose tab names a section, headed by that name; the tabs dropped
    (in place).

    >>> from bs4 import BeautifulSoup
    >>> soup = BeautifulSoup(
    ...     "<div role='tablist'><button role='tab' id='t1'>Beslutning</button>"
    ...     "<button role='tab' id='t2'>Sagsfremstilling</button></div>"
    ...     "<div role='tabpanel' aria-labelledby='t1'><p>Anbefales.</p><p>Fraværende: Ib</p>"
    ...     "</div><div role='tabpanel' aria-labelledby='t2' hidden><p>Lokalplanen …</p></div>",
    ...     "html.parser")
    >>> tabs_as_sections(soup)
    >>> [p.get_text() for p in soup.find_all("p")]
    ['Beslutning', 'Anbefales.', 'Fraværende: Ib', 'Sagsfremstilling', 'Lokalplanen …']
    """
    from ingest.formats.text_sections import section_name

    groups: dict[int, list[tuple[object, object, str]]] = {}
    for panel in _panels(soup):
        if (tab := _tab_of(soup, panel)) is None:
            continue
        label = tab_label(soup, panel)
        holder = tab.find_parent(attrs={"role": "tablist"})  # type: ignore[attr-defined]
        groups.setdefault(id(holder) if holder is not None else 0, []).append(
            (panel, tab, label))
    for group in groups.values():
        if all(label and section_name(label) for _, _, label in group):
            _head_panels(soup, group)


def _head_panels(soup: object, group: list[tuple[object, object, str]]) -> None:
    """Head each panel of one tab list by its tab's label and drop the tabs."""
    for panel, tab, label in group:
        heading = soup.new_tag("p")  # type: ignore[attr-defined]
        heading.string = label
        panel.insert(0, heading)  # type: ignore[attr-defined]
        holder = tab.find_parent(attrs={"role": "tablist"})  # type: ignore[attr-defined]
        tab.decompose()  # type: ignore[attr-defined]
        if holder is not None and not holder.get_text(strip=True):
            holder.decompose()

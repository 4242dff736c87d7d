"""An item's attachments as a structured export lists them (`"attachments": [{"title":
…, "fileName": …, "link": …}]`, `"Bilag": [{"Titel": …, "Url": …}]`, `<Attachments>
<Attachment><Title>…`): records of files, each a title and a file's key, no text
(`export_tree.is_attachment`). They are the item's "Bilag", one title a line, as the
minutes print them; the page the text parser reads gets them as that section."""

from __future__ import annotations

from html import escape

from .export_tree import TITLE_KEYS, entries, field, is_attachment, text_of
from .meeting_facts import unentity


def attachment_titles(item: dict) -> list[str]:
    """The titles of the item's attachment records, in the file's order; [] for none."""
    titles: list[str] = []
    for value in item.values():
        records = entries(value) if isinstance(value, list | dict) else []
        if records and all(map(is_attachment, records)):
            titles += [unentity(t) for r in records if (t := text_of(field(r, TITLE_KEYS)))]
    return titles


def attachments_html(item: dict) -> list[str]:
    """The item's attachments as its "Bilag" section of the page, a title a line; []
    when it lists none."""
    titles = attachment_titles(item)
    if not titles:
        return []
    return ["<h3>Bilag</h3><ul>" + "".join(f"<li>{escape(t)}</li>" for t in titles) + "</ul>"]

"""Word's own footnotes and endnotes in a .docx: the note's text lives apart from the
document, in `word/footnotes.xml` (`word/endnotes.xml`), and the sentence holds only a
reference run (`<w:footnoteReference w:id="1"/>`, set as a superscript figure), so a
reader of `document.xml` alone either loses the note or, reading the figure, glues it to
the sentence ("3,5 %1."). As a web export's notes are placed (`html_notes`), each
reference is replaced by its note's text in brackets, so the note stays in the item and
the sentence it annotates; the separators Word keeps among the notes are no notes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

# The reference in the text and the part holding the notes it points to
_KINDS = (("footnoteReference", "footnote"), ("endnoteReference", "endnote"))


def _note_id(el: ET.Element) -> str | None:
    """The element's `w:id` (its namespace left on attributes by `xmlload`)."""
    return next((v for k, v in el.attrib.items() if k == "id" or k.endswith("}id")), None)


def note_texts(part: ET.Element | None, kind: str) -> dict[str, str]:
    """Each note's text by its id ({"1": "Jf. KL's pris- og lønskøn …"}), its paragraphs
    joined by a space; a separator (`w:type`) is no note."""
    if part is None:
        return {}
    notes: dict[str, str] = {}
    for note in part.iter(kind):
        typed = any(k == "type" or k.endswith("}type") for k in note.attrib)
        if typed or (nid := _note_id(note)) is None:
            continue
        paras = [" ".join("".join(t.text or "" for t in p.iter("t")).split())
                 for p in note.iter("p")]
        if text := " ".join(p for p in paras if p):
            notes[nid] = text
    return notes


def place_notes(document: ET.Element, parts: dict[str, ET.Element | None]) -> None:
    """Replace (in place) each footnote or endnote reference in `document` by a text run
    holding its note in brackets; `parts` maps "footnote" and "endnote" to their parts. A
    reference whose note is missing goes, leaving no stray figure."""
    for ref_tag, kind in _KINDS:
        notes = note_texts(parts.get(kind), kind)
        for run in list(document.iter("r")):
            for k, child in enumerate(list(run)):
                if child.tag != ref_tag:
                    continue
                text = ET.Element("t")
                note = notes.get(_note_id(child) or "", "")
                text.text = f" ({note})" if note else ""
                run.remove(child)
                run.insert(k, text)

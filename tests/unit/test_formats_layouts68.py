"""A sixty-eighth round of layouts (round 68's blind files): a JSON export with element
names of its own ("moede", "dagsordenspunkter", "felter" of "etiket" and "indhold",
"afgoerelse", "forloeb", "medlemmer" with "hverv" and "fremmoede"); … The PDFs and the
.docx are written by `gen_formats68.py`."""

from __future__ import annotations

from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats68")


def test_json_export_own_element_names() -> None:
    """An export whose items hold "sagsid", "felter" of "etiket"/"indhold", an
    "afgoerelse" mapping and a dated "forloeb", and whose members hold "hverv" and
    "fremmoede" ("Meldt afbud"): every item with its case, fields and decision, the file
    a referat, the members' roles and attendance, the earlier treatment as history.
    Before: the items had no text, so the file read as a dagsorden of members
    "indkaldt" without roles."""
    m = one("08_eksport.json")
    assert m.doc_type == "referat"
    assert [(i.number, i.journal_number, i.closed) for i in m.items] == [
        (1, "2025-0001", False), (2, "2025-0002", False), (3, "2025-0003", True)]
    first, second, third = m.items
    assert first.section("Indstilling") == "Dagsordenen godkendes."
    assert first.decision == "Godkendt."
    assert second.decision.startswith("Høringssvaret godkendt.")
    assert "Undlod" not in second.decision  # (a side no one took)
    assert [(h.date.isoformat(), h.text) for h in second.history] == [
        ("2025-01-14", "Rådet nedsatte en skrivegruppe.")]
    assert third.decision == "Drøftet."
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Eva Dam": ("deltog", "formand"), "Karl Bo": ("afbud", ""),
                      "Lis Holm": ("deltog", "næstformand")}

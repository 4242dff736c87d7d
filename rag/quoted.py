"""A sentence pasted from the minutes into the question ("Jeg har kopieret sætningen
'Center for Arbejdsmarked … på Lindbjergvej.' Hvad gjorde udvalget så med sagen?"):
the items whose text holds it are the ones asked about, as a case number names its item.

Written by hand: a verbatim lookup in the item store (SQLite `LIKE` with the quote's
words in order), which neither the vector nor the BM25 retriever offers.
"""

from __future__ import annotations

import re

from ingest.itemstore import ItemStore

from .catalog import ItemView, item_row_view

# A quotation of some length: '…', "…", »…«, “…” (at least six words inside)
_QUOTE = re.compile(r"['\"»“„]([^'\"»«“”„]{30,600})['\"«”]")
_MIN_WORDS = 6
_MAX_ITEMS = 3  # a sentence every item repeats names no item


def items_by_quote(store: ItemStore, text: str) -> list[ItemView]:
    """The archived items whose text holds a sentence the question quotes, [] when it
    quotes none (or one that many items hold)."""
    for m in _QUOTE.finditer(text):
        words = re.findall(r"[\wæøåÆØÅ]+", m.group(1))
        if len(words) < _MIN_WORDS:
            continue
        pattern = "%" + "%".join(words) + "%"  # (any spacing and line breaks between)
        rows = store.items_with_text(pattern, _MAX_ITEMS)
        if 0 < len(rows) <= _MAX_ITEMS:
            return [item_row_view(r) for r in rows]
    return []

"""A place printed over two labels, the room and the address: "Mødelokale: 2.14" above
"Adresse: Gladsaxe Rådhus, Rådhus Allé 7, 2860 Søborg" (in a letter's head, or in a
FirstAgenda field's lines: "Mødelokale: 1.12\\nAdresse: Rådhuset, …"). The place is both,
joined as one would write it, "Mødelokale 2.14, Gladsaxe Rådhus, Rådhus Allé 7, 2860
Søborg": a room given by its number alone keeps its label's word, the labels go."""

from __future__ import annotations

import re

# The address row below the room ("Adresse: …", "Adr.: …")
_ADDRESS_RE = re.compile(r"^[ \t]*(?:adresse|adr\.)[ \t]*:[ \t]*(?P<a>\S.*)$", re.IGNORECASE)
# A field's line "Label: value", the labels a place is given under
_PLACE_LINE_RE = re.compile(r"^[ \t]*(?P<k>mødelokale|lokale|mødested|sted|adresse|adr\.)"
                            r"[ \t]*:[ \t]*(?P<v>\S.*)$", re.IGNORECASE)


# A sentence's end after the place, another sentence following: "… i Byrådssalen på Holbæk
# Rådhus. Her kan du læse …", "Thisted Rådhus, mødelokale 3. Her følger …" (not a day's or
# a floor's full stop: "den 8. oktober", "2. sal")
_SENTENCE_AFTER_RE = re.compile(r"(?:(?<=[a-zæøå]{3})|(?<=\d))\.\s+[A-ZÆØÅ][a-zæøå]*\s+\S.*$")


def first_sentence(text: str) -> str:
    """`text` up to the end of its first sentence, when another one follows it.

    >>> first_sentence("Thisted Rådhus, mødelokale 3. Her følger udvalgets beslutninger i")
    'Thisted Rådhus, mødelokale 3'
    >>> first_sentence("Rådhuset, 2. sal")
    'Rådhuset, 2. sal'
    """
    return _SENTENCE_AFTER_RE.sub("", text)


def address_row(row: str) -> str | None:
    """The address an "Adresse:" row gives, else None."""
    m = _ADDRESS_RE.match(row)
    return m.group("a").strip() if m else None


def room_with_address(label: str, room: str, address: str) -> str:
    """The room (its label's word before a bare number) and the address, as one place.

    >>> room_with_address("Lokale", "3.07", "Rådhuset, Torvet 1, 4000 Roskilde")
    'Lokale 3.07, Rådhuset, Torvet 1, 4000 Roskilde'
    >>> room_with_address("Mødelokale", "Byrådssalen", "Torvet 1")
    'Byrådssalen, Torvet 1'
    """
    room = room.strip().rstrip(",")
    if room[:1].isdigit():
        room = f"{label.strip().capitalize()} {room}"
    return f"{room}, {address.strip()}"


def unlabelled_place(place: str) -> str:
    """A place field written as labelled lines, joined without the labels.

    >>> unlabelled_place("Mødelokale: 4\\nAdresse: Rådhuset, Torvet 2, 7100 Vejle")
    'Mødelokale 4, Rådhuset, Torvet 2, 7100 Vejle'
    >>> unlabelled_place("Byrådssalen")
    'Byrådssalen'
    """
    rows = [r for r in place.splitlines() if r.strip()]
    found = [_PLACE_LINE_RE.match(r) for r in rows]
    if len(rows) != 2 or not all(found) or not _ADDRESS_RE.match(rows[1]):
        return place
    return room_with_address(found[0]["k"], found[0]["v"], found[1]["v"])  # type: ignore[index]


# A place cut where its cell or line wraps: after a comma, a spaced dash ("… Ringsted –" /
# "mødelokale Kompost") or a postcode whose town went below ("…, 7500" / "Holstebro –
# mødelokale 1.14"); the line below is its rest when it holds no label of its own
_CUT_AFTER_RE = re.compile(r"(?:,|\s[–—-]|,\s*\d{4})$")
_POSTCODE_CUT_RE = re.compile(r",\s*\d{4}$")
_TOWN_FIRST_RE = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]*\.?)?(?:$|\s*[,–—-]\s)")
_REST_MAX = 80


def place_wraps(value: str, below: str) -> bool:
    """Whether the line `below` a place's `value` is the rest of the place.

    >>> place_wraps("Rådhuset, Kirkestræde 11, 7500", "Holstebro – mødelokale 1.14")
    True
    >>> place_wraps("Industrivej 18, Ringsted –", "mødelokale Kompost")
    True
    >>> place_wraps("Rådhuset, 7500", "Deltagere: Ole Hansen"), place_wraps("Rådhuset", "Ib")
    (False, False)
    """
    below = below.strip()
    if not below or ":" in below or len(below) > _REST_MAX or not _CUT_AFTER_RE.search(value):
        return False
    return not _POSTCODE_CUT_RE.search(value) or bool(_TOWN_FIRST_RE.match(below))


# The address after a place in a sentence of the head: "…, Nyvej 22, 4550 Asnæs" (a
# street and its number, then the postcode and town)
_ADDRESS_AFTER = (r",\s*(?P<a>[A-ZÆØÅ][\wæøå.-]*(?:\s[\wæøå.-]+){0,3}\s\d{1,3}[A-Za-z]?,\s*"
                  r"\d{4}\s+[A-ZÆØÅ][\wæøå-]*(?:\s[A-ZÆØÅ][\wæøå-]*)?)")


def addressed_place(place: str | None, rows: list[str]) -> str | None:
    """The labelled place with its address, when a row of the head names it so and the
    label does not (a web page's side box "Sted: Mødelokale Vig, Rådhuset", its intro
    "… kl. 15.00 i Mødelokale Vig, Rådhuset, Nyvej 22, 4550 Asnæs.").

    >>> addressed_place("Byrådssalen", ["Sted: Byrådssalen", "Mødet holdes i Byrådssalen, "
    ...                 "Torvet 4, 6000 Kolding."])
    'Byrådssalen, Torvet 4, 6000 Kolding'
    >>> addressed_place("Byrådssalen", ["Sted: Byrådssalen"])
    'Byrådssalen'
    """
    if not place:
        return place
    said = re.compile(re.escape(place.strip()) + _ADDRESS_AFTER)
    return next((f"{place.strip()}, {m['a']}" for row in rows if (m := said.search(row))), place)

"""A meeting export of unknown schema, JSON or XML, read as one tree of mappings, lists
and text, and the meeting in it found by its structure, whatever the keys are called:
the object that holds a list of agenda items (objects with a number and a title:
`{"position": 2, "heading": "…"}`, `<Dagsordenpunkt Nummer="2"><Overskrift>…`, or a key
of the export's own that counts them 1, 2, 3 …: `<Punkt loebenr="2">`), and its
facts by the meaning of their keys, in English or Danish ("startsAt" / "MoedeStart",
"location" / "Moedested", "attendees" / "Deltagerliste"). `structured_export` writes what
is found as the page the text parser reads.

An XML element becomes a mapping of its attributes and its children by name (repeated
children a list), its text (also the text between and after its children) under
"#text"; an element with text alone is that text. An attribute and a child element of
the same name read alike.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

from .xmlload import load_xml

Tree = Any  # dict[str, Tree] | list[Tree] | str | int | float | bool | None

TEXT = "#text"

# Keys by what they mean, compared without case, accents' ASCII spellings or separators
NUMBER_KEYS = ("position", "number", "nummer", "nr", "no", "punktnummer", "itemnumber",
               "punktnr", "sortorder", "order", "sequence", "sequencenumber", "seq")
TITLE_KEYS = ("heading", "title", "titel", "overskrift", "emne", "subject", "caption", "navn",
              "name")
CASE_KEYS = ("casenumber", "caseno", "casereference", "caseref", "sagsnummer", "sagsnr",
             "journalnummer", "journalnr", "journalno", "sagsid", "caseid")
# The case an item is of, as a mapping of its own ("sag": {"sagsnummer": "20/00031"})
_CASE_HOLDER_KEYS = ("sag", "case", "sagen", "journal")
CLOSED_KEYS = ("confidential", "closed", "isclosed", "lukket", "fortrolig", "fortroligt")
OPEN_KEYS = ("aabent", "åbent", "aaben", "åben", "open", "isopen", "public", "ispublic",
             "offentlig")
LABEL_KEYS = ("label", "titel", "title", "overskrift", "navn", "name", "heading", "key", "felt",
              "field", "feltnavn", "fieldname", "etiket", "caption")  # (eDoc 2.1's `<Caption>`)
CONTENT_KEYS = ("html", "text", "tekst", "content", "indhold", "value", "body", TEXT)
NAME_KEYS = ("name", "navn", "fullname", "fuldtnavn", "displayname", TEXT)
# A person's name in parts, or in a mapping of its own ("person": {"fornavn": "Steen",
# "efternavn": "Vindum"})
_FIRST_KEYS = ("fornavn", "firstname", "givenname")
_LAST_KEYS = ("efternavn", "lastname", "surname", "familyname")
_PERSON_KEYS = ("person", "member", "medlem", "deltager", "attendee")
# A party by its letter ("parti": {"bogstav": "V", "navn": "Venstre"})
_LETTER_KEYS = ("bogstav", "listebogstav", "letter", "partibogstav", "abbreviation",
                "forkortelse")
# Whether an item is public, said in a word ("access": "closed"): the words of each
ACCESS_KEYS = ("access", "accesslevel", "visibility", "adgang", "offentlighed", "publicity",
               "accessname", "aabenhed")  # ("aabenhed": "Lukket", an SBSYS export's)
CLOSED_WORDS = frozenset("closed lukket private confidential restricted fortrolig fortroligt "
                         "internal nonpublic".split())
# A field typed by a code instead of named ("type": "decision"): the section the code
# names, in English (a Danish code is the section's own name)
TYPE_KEYS = ("type", "kind", "category", "paragraphtype", "sectiontype", "fieldtype",
             "felttype")
SECTION_CODES = {"summary": "Resumé", "abstract": "Resumé", "background": "Sagsfremstilling",
                 "description": "Sagsfremstilling", "casedescription": "Sagsfremstilling",
                 "presentation": "Sagsfremstilling", "recommendation": "Indstilling",
                 "proposal": "Indstilling", "decision": "Beslutning", "resolution": "Beslutning",
                 "economy": "Økonomi", "finance": "Økonomi", "attachments": "Bilag",
                 "history": "Sagens forløb"}
# A vote as an object of its sides ("votes": {"for": ["A"], "against": ["V"]}), each side
# written as minutes write it
VOTE_KEYS = ("votes", "voting", "vote", "afstemning", "stemmer", "stemmeafgivning")
VOTE_SIDES = {"for": "For stemte", "infavour": "For stemte", "yes": "For stemte",
              "against": "Imod stemte", "imod": "Imod stemte", "no": "Imod stemte",
              "abstained": "Undlod at stemme", "abstain": "Undlod at stemme",
              "abstentions": "Undlod at stemme", "undlod": "Undlod at stemme",
              "blank": "Undlod at stemme"}
# A member's role as a code ("chair", "viceChair"): the Danish word ("member": none)
ROLE_CODES = {"chair": "formand", "chairman": "formand", "chairperson": "formand",
              "president": "formand", "vicechair": "næstformand", "deputychair": "næstformand",
              "vicechairman": "næstformand", "vicepresident": "næstformand", "member": "",
              "medlem": "", "secretary": "sekretær", "substitute": "stedfortræder",
              "deputy": "stedfortræder"}


# A record of a file (an attachment: "fileName", "link", `<PDFDocument>`), no text
_FILE_KEYS = ("url", "link", "href", "uri", "filename", "filnavn", "file", "fil", "contenttype",
              "mimetype", "pdfdocument", "pdf", "downloadurl", "filetype")


def is_attachment(node: Tree) -> bool:
    """A record of an attached file: a title and a file's key (its link, its file name,
    its content type), no text of its own (`{"Titel": "Notat", "Url": "…/bilag/…"}`)."""
    return isinstance(node, dict) and any(norm(k) in _FILE_KEYS for k in node) and field(
        node, CONTENT_KEYS) is None and bool(text_of(field(node, TITLE_KEYS)))


def norm(key: str) -> str:
    """`'caseNumber'` → `'casenumber'`, `'Mødested'` → `'moedested'`."""
    low = key.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return re.sub(r"[^a-z0-9#]", "", low)


def danish(key: str) -> str:
    """A key spelled in ASCII as Danish ("afgoerelse" → "afgørelse", "forloeb" →
    "forløb"), so it reads as the heading it names."""
    return key.replace("ae", "æ").replace("oe", "ø").replace("aa", "å")


def field(node: Tree, keys: tuple[str, ...]) -> Tree:
    """The first of `keys` that `node` holds (by meaning), or None."""
    if not isinstance(node, dict):
        return None
    found = {norm(k): v for k, v in node.items()}
    return next((found[k] for k in map(norm, keys) if k in found), None)


def text_of(value: Tree) -> str:
    """A value as text: a string as it is, a mapping's name (or its text), a list's
    texts joined; "" for anything else."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, str | int | float):
        return str(value).strip()
    if isinstance(value, dict):
        return text_of(field(value, NAME_KEYS))
    if isinstance(value, list):
        return ", ".join(t for v in value if (t := text_of(v)))
    return ""


def name_of(value: Tree) -> str:
    """A value as text (`text_of`), or a mapping's name under a key of the export's own
    that ends in a name (`<Myndighed><MyndighedNavn>…`); "" for none."""
    if said := text_of(value):
        return said
    own = [v for k, v in value.items() if norm(k).endswith(("navn", "name"))] if isinstance(
        value, dict) else []
    return text_of(own[0]) if len(own) == 1 else ""


def person_name(node: Tree) -> str:
    """A person's name: a name key, the first and last names joined, or the name of the
    mapping of the person the entry holds; "" for none."""
    if said := text_of(field(node, NAME_KEYS)):
        return said
    if parts := " ".join(t for keys in (_FIRST_KEYS, _LAST_KEYS) if (t := text_of(field(
            node, keys)))):
        return parts
    inner = field(node, _PERSON_KEYS)
    return person_name(inner) if isinstance(inner, dict) else ""


def case_of(item: Tree) -> str:
    """An item's case number, on the item or in the mapping of its case; "" for none."""
    return text_of(field(item, CASE_KEYS)) or text_of(field(field(
        item, _CASE_HOLDER_KEYS), CASE_KEYS))


def letter_of(value: Tree) -> str:
    """A party as minutes write it: its letter when a mapping gives one, else its text."""
    return text_of(field(value, _LETTER_KEYS)) or text_of(value)


def content_of(node: Tree) -> Tree:
    """A field's content, also when it is a mapping of its format and text ("indhold":
    {"format": "text", "tekst": "…"}); None when there is none."""
    body = field(node, CONTENT_KEYS)
    return field(body, CONTENT_KEYS) if isinstance(body, dict) else body


def holders_of(tree: Tree, node: dict) -> list[dict]:
    """The mappings that hold `node` in the tree, the nearest first (a meeting's export
    whose body and municipality are written beside it: `<Forum>`, then `<Moede>`)."""
    path: list[Tree] = []

    def walk(cur: Tree) -> bool:
        if cur is node:
            return True
        path.append(cur)
        inner = cur.values() if isinstance(cur, dict) else cur if isinstance(cur, list) else ()
        if any(walk(v) for v in inner):
            return True
        path.pop()
        return False

    walk(tree)
    return [n for n in path[::-1] if isinstance(n, dict)]


def flag(value: Tree) -> bool | None:
    """`True`, `"true"`, `"Ja"`, `1` → True; their opposites False; None when unsaid."""
    if isinstance(value, bool):
        return value
    said = text_of(value).lower()
    return True if said in ("true", "ja", "yes", "1", "x") else (
        False if said in ("false", "nej", "no", "0") else None)


def load_tree(raw: bytes) -> Tree:
    """The file as a tree: JSON as it is, XML as mappings (see the module's note); None
    when it is neither."""
    head = raw[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"["):
        try:
            return json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None
    if head[:1] != b"<":
        return None
    try:
        return _element(load_xml(raw))
    except Exception:  # (ParseError: broken XML is no export)
        return None


def _element(el: ET.Element) -> Tree:
    children = list(el)
    # (mixed content: the text after a child is the element's too, as an attribute
    # written as a child leaves it: `<Felt><type>BESLUTNING</type>Godkendt.</Felt>`)
    text = " ".join(t for t in [(el.text or "").strip(), *((c.tail or "").strip()
                                                          for c in children)] if t)
    if not children and not el.attrib:
        return text
    node: dict[str, Tree] = dict(el.attrib)
    for child in children:
        value = _element(child)
        if child.tag in node:
            node[child.tag] = (node[child.tag] if isinstance(node[child.tag], list)
                               else [node[child.tag]]) + [value]
        else:
            node[child.tag] = value
    if text:
        node[TEXT] = text
    return node


def lists_in(node: Tree) -> Iterator[tuple[dict, list]]:
    """Every list of mappings in the tree with the mapping that holds it (a container
    that holds one kind of child only, `<Dagsordenpunkter><Dagsordenpunkt>…`, counts as
    its holder's list)."""
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, list):
            stack.extend(cur)
        if not isinstance(cur, dict):
            continue
        for value in cur.values():
            inner = value
            if isinstance(value, dict) and len(value) == 1:
                inner = next(iter(value.values()))  # a container of one kind of child
                inner = inner if isinstance(inner, list) else [inner]
            if isinstance(inner, list) and inner and all(isinstance(v, dict) for v in inner):
                yield cur, inner
            stack.append(value)


def entries(value: Tree) -> list[dict]:
    """A value as the mappings it lists: a list's mappings, a container's children, a
    mapping alone as one (an XML element that occurs once is no list)."""
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    if isinstance(value, dict) and len(value) == 1 and isinstance(
            inner := next(iter(value.values())), dict | list):
        return entries(inner)
    return [value] if isinstance(value, dict) else []


def is_item(node: Tree) -> bool:
    """An agenda item: a number (or a group's mark on it, a closed item's "L1", "B-2"; an
    added item's letter after it, "11a") and a title."""
    number = field(node, NUMBER_KEYS)
    return bool(re.fullmatch(r"(?:[A-ZÆØÅ]-?)?\d{1,4}[a-zæøå]?", text_of(number))) and bool(
        text_of(field(node, TITLE_KEYS)))


def meetings_in(tree: Tree) -> list[tuple[dict, list[dict]]]:
    """Each meeting of the tree (the mapping that holds a list of agenda items) and its
    items, in the file's order."""
    found: dict[int, tuple[dict, list[dict]]] = {}  # by the items' list: its outer holder
    numbered: set[int] = set()  # the lists numbered under a known key, not only counted
    for holder, listed in lists_in(tree):
        items = counted(listed)
        if sum(map(is_item, items)) * 2 > len(items) and len(holder) > len(
                found.get(id(listed), ({},))[0]):  # (not "<Dagsordenpunkter>" itself)
            found[id(listed)] = (holder, [i for i in items if is_item(i)])
            if items is listed:
                numbered.add(id(listed))
    # (an item's own fields, numbered and headed too: OData's "Sections": [{"SortOrder": 1,
    # "Heading": "Beslutning", "Content": "<p>…"}], are its text, not a meeting's items)
    listed_items = {id(i) for _, items in found.values() for i in items}
    # (a meeting holding its items and another list only counted 1, 2, 3 by an "Id" of
    # its own, its attendees: the numbered items are its agenda)
    holders = {id(h) for key, (h, _) in found.items() if key in numbered}
    return _joined(tree, [(holder, items) for key, (holder, items) in list(found.items())[::-1]
                          if (id(holder) not in listed_items or not all(map(_is_part, items)))
                          and (key in numbered or id(holder) not in holders)])


def _joined(tree: Tree, meetings: list[tuple[dict, list[dict]]]
            ) -> list[tuple[dict, list[dict]]]:
    """An agenda in parts, a list of entries each a heading and its items ("afsnit":
    [{"overskrift": "Åbne punkter", "punkter": […]}, {"overskrift": "Lukkede punkter",
    …}]), is one meeting: the parts' items in order, held by the nearest mapping above
    the list with more in it than the list (the meeting with its facts)."""
    for outer, listed in lists_in(tree):
        found = {id(holder): items for holder, items in meetings}
        parts = [e for e in listed if id(e) in found]
        # (a part's heading and whether it is public, `<AgendaSection Name="Lukket
        # dagsorden" Public="false">`, are no facts of a meeting)
        if len(parts) < 2 or any(sum(not isinstance(v, dict | list) and norm(k) not in _PART_KEYS
                                     for k, v in e.items()) > 1
                                 for e in parts):  # (a meeting with facts of its own)
            continue
        holder = outer
        for up in holders_of(tree, outer):
            if len(holder) > 1:
                break
            holder = up
        first = next(n for n, (h, _) in enumerate(meetings) if h is parts[0])
        merged = (holder, [closed_as(e, i) for e in parts for i in found[id(e)]])
        meetings = [*meetings[:first], merged, *(m for m in meetings[first:]
                                                 if not any(m[0] is e for e in parts))]
    return meetings


_PART_KEYS = frozenset(map(norm, (*OPEN_KEYS, *CLOSED_KEYS, *ACCESS_KEYS)))


def is_closed(node: Tree) -> bool:
    """An item (or a part of an agenda) marked closed: a closed flag, an open flag
    false, or its access said in a word ("access": "closed", "Lukket")."""
    return flag(field(node, CLOSED_KEYS)) is True or flag(field(node, OPEN_KEYS)) is False or (
        text_of(field(node, ACCESS_KEYS)).lower() in CLOSED_WORDS)


def closed_as(part: dict, item: dict) -> dict:
    """An item of a closed part of the agenda (`<AgendaSection Name="Lukket dagsorden"
    Public="false">`, `<Dagsorden type="Lukket dagsorden">`, "Lukkede punkter") marked
    closed, unless it says whether it is itself."""
    said = any(field(item, keys) is not None for keys in (CLOSED_KEYS, OPEN_KEYS, ACCESS_KEYS))
    heading = (text_of(field(part, LABEL_KEYS)) or text_of(field(part, TYPE_KEYS))).lower()
    if said or not (is_closed(part) or heading.startswith("lukke")):
        return item
    return {**item, "closed": True}


def _is_part(node: dict) -> bool:
    """A part of an agenda item, no item of an agenda: a field of text, or a record of
    an attached file (an item's "Bilag" counted 1, 2, 3 by an order key of its own)."""
    return _is_field(node) or is_attachment(node)


def _is_field(node: dict) -> bool:
    """A field of text: a mapping whose content is a string."""
    return isinstance(field(node, CONTENT_KEYS), str)


def counted(items: list[dict]) -> list[dict]:
    """A list whose mappings carry no number under a known key but count 1, 2, 3 … under
    a key of their own (`<Punkt loebenr="1">`, `"lbnr": 2`): each with that count as its
    "nummer" too, so it reads as an agenda item; any other list as it is.

    >>> counted([{"loebenr": "1", "Titel": "A"}, {"loebenr": "2", "Titel": "B"}])[1]["nummer"]
    '2'
    """
    if len(items) < 2 or any(field(i, NUMBER_KEYS) is not None for i in items):
        return items
    for key in items[0]:
        said = [text_of(i.get(key)) if not isinstance(i.get(key), dict | list) else ""
                for i in items]
        if said == [str(n) for n in range(1, len(items) + 1)]:
            return [{**i, "nummer": i[key]} for i in items]
    return items

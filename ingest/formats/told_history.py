"""A case's earlier treatment told in a sentence of the case's own text, as typed minutes
from before the meeting systems write it, with no heading of its own:

    Sagen var på udvalgets møde den 12/1 1988, pkt. 3, udsat, idet udvalget ønskede …
    Sagen har senest været behandlet på udvalgets møde den 10/1 1994, pkt. 4, hvor …
    Sagen har tidligere været behandlet i Økonomiudvalget den 23/4 2001, pkt. 3, hvor …
    Tidligere behandlet i udvalget den 4. maj 2021, pkt. 3.   (a protocol's decision cell)

The sentence stays the case's text; the meeting it names ("udvalgets", "i udvalget": the
committee's own, or the body named), its date and item number, and what was done there
(if said) are the case's history. Only a sentence naming the item's number is read so: "Sagen var på
dagsordenen den 8/1 2004" may name a meeting the item quotes below (or none at all)."""

from __future__ import annotations

import re

from referat.domain import Treatment

from .dates import written_date

_DATE = r"\d{1,2}/\d{1,2}\s\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.\s*[a-zæøå]{3,9}\s+\d{4}"
_TOLD_RE = re.compile(
    r"(?m)(?:^|(?<=[.:]\s))(?:Sagen\s+(?:har|var|blev)\b[^.]{0,60}?|"
    r"(?:Tidligere|Senest|Sidst)\s+behandlet)\s(?:på|i|for)\s+"
    r"(?:(?P<own>[Uu]dvalget|[Uu]dvalgets)|(?P<body>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?))"
    r"(?:\s+(?:møde|dagsorden))?\s+den\s+(?P<d>" + _DATE + r"),\s*(?:pkt\.|punkt)\s*"
    r"(?P<p>\d{1,3})(?:,\s*(?:(?:hvor|men|og)\s+)?(?P<t>.+?))?\.(?=\s+[A-ZÆØÅ]|\s*$)", re.S)


def told_history(body: list[str], committee: str) -> list[Treatment]:
    """The earlier treatments the item's `body` lines tell in a sentence of their own
    (`committee` the meeting's, which "udvalgets møde" names).

    >>> told_history(["Sagen var på udvalgets møde den 12/1 1988, pkt. 3,",
    ...               "udsat, idet tilbud ønskedes. Der foreligger nu to."], "Kulturudvalget")
    [Treatment(committee='Kulturudvalget', date=datetime.date(1988, 1, 12), \
text='udsat, idet tilbud ønskedes', punkt=3)]
    """
    text = "\n".join(" ".join(ln.split()) for ln in body if ln.strip())
    found = []
    for m in _TOLD_RE.finditer(text):
        when = written_date(m["d"])
        body_name = committee if m["own"] else m["body"]
        if when and body_name:
            found.append(Treatment(body_name, when[0], " ".join((m["t"] or "").split()),
                                   int(m["p"])))
    return found

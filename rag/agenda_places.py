"""Words that ask for an agenda item by its place on a meeting's agenda, shared by the
meeting intent (`rag.meeting_intent`) and the answer (`rag.compose.agenda_position`):
"det sidste punkt", "den første sag", "det sidste de tog op", "punktet lige efter …".

>>> bool(ORDINAL_ITEM.search("hvad var det sidste de tog op på mødet i juni 2015"))
True
>>> bool(ORDINAL_ITEM.search("hvad var det første, udvalget behandlede?"))
True
>>> bool(ORDINAL_ITEM.search("Mødet i juni 2015 – hvilken kom til sidst?"))
True
>>> bool(ORDINAL_ITEM.search("den sidste gang de fik besked om det"))
False
"""

from __future__ import annotations

import re

# An item asked by its place on the agenda (`rag.compose.agenda_position`): the place
# an ordinal names, counted from the start (0) or, negative, from the end.
ORDINALS = {"første": 0, "andet": 1, "anden": 1, "tredje": 2, "fjerde": 3, "femte": 4,
            "sjette": 5, "syvende": 6, "ottende": 7, "niende": 8, "tiende": 9,
            "sidste": -1, "næstsidste": -2}
_ITEM_NOUN = r"(?:(?:dagsordens|sags)?punkt|sag)(?:et|en|er|erne)?\b"
# "det sidste (egentlige) punkt", "den første sag på dagsordenen"
# ... or by what was done with it: "det sidste de tog op", "det første, udvalget behandlede"
_TAKEN_UP = (r"(?:de|man|vi|\w*udvalget|politikerne)\s+(?:tog\s+(?:op|fat\s+på)|behandlede|"
             r"drøftede|diskuterede|snakkede\s+om|talte\s+om|kiggede\s+på|så\s+på)\b")
# ... or by when it came: "hvilken sag kom til sidst?", "hvilket punkt var først?" (group 2)
ORDINAL_ITEM = re.compile(rf"\b({'|'.join(ORDINALS)})(?:\s+(?:egentlige\s+|rigtige\s+)?"
                          rf"{_ITEM_NOUN}(?!\s+(?:i|af|under)\s+(?:\w+\s+)?(?:indstilling|"
                          rf"beslutning))|(?=\s*,?\s+{_TAKEN_UP}))|\bhvilke[nt]?(?:\s+{_ITEM_NOUN})?"
                          r"\s+(?:kom|var|stod|blev\s+(?:behandlet|taget\s+op))\s+(?:der\s+)?"
                          r"(til\s+sidst|sidst|først)\b", re.I)
# (the place group 2 names)
AT_END = {"til sidst": -1, "sidst": -1, "først": 0}
# "hvilken sag kom lige efter …", "punktet før …", "hvad stod der efter …", and any verb
# when "lige"/"umiddelbart" says it is the neighbour: "hvilket punkt tog udvalget fat på
# lige efter rundvisningen?"
NEIGHBOUR_ITEM = re.compile(rf"\b(?:{_ITEM_NOUN}\s+(?:\w+\s+)?(?:kom|var|stod|fulgte|"
                            r"behandledes)\s+(?:lige\s+|umiddelbart\s+)?|hvilke[tn]?\s+"
                            rf"{_ITEM_NOUN}\s+(?:[\w-]+\s+){{1,5}}?(?:lige|umiddelbart)\s+)"
                            r"(efter|før|inden)\b", re.I)

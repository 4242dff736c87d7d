"""Where a quoted earlier decision ends: typed minutes quote the earlier meeting's
decision as one paragraph under its dated heading ("Social- og Sundhedsudvalget 3/9 1997,
pkt. 4:" / "Udvalget besluttede at sende udkastet i høring …"), then go on with the
case's own text without a heading ("Der er modtaget høringssvar fra Ældrerådet …"). The
quote is its first paragraph and the vote and attendance lines under it ("Stemte imod:
F", "Afbud: Mads Thorsen (A)", "Bo Dam undlod at stemme.", "Bo Dam (A) deltog ikke i
sagens behandling.", "Bo Dam (C) var fraværende."); what follows is the case's."""

from __future__ import annotations

import re

from .structure_lines import PEOPLE_LABEL_RE

_VOTE_RE = re.compile(r"\b(?:undlod|stemte|stemmer|stemmerne)\b", re.IGNORECASE)
# (a member away from that treatment, said in a sentence: "X (V) deltog ikke i sagens
# behandling på grund af inhabilitet.", "X forlod mødet …")
_AWAY_RE = re.compile(r"\bdeltog\s+ikke\b|\binhabil|\bforlod\s+mødet\b", re.IGNORECASE)
# an attendance sentence of its own: "Søren Dal (C) var fraværende.", "… deltog ikke i mødet."
_AWAY_PARAGRAPH_RE = re.compile(r"^[A-ZÆØÅ][^.!?:]{2,120}?\s+(?:var\s+fraværende|"
                                r"havde\s+(?:meldt\s+)?afbud|deltog\s+ikke(?:\s+i\s+[^.!?]{2,40})?)\.?$")
# A minority named by party who did not join the recommendation: "Marie Holt (Ø) kunne ikke
# anbefale indstillingen.", "A og F kunne ikke tiltræde.", in the present tense too ("Et
# mindretal (Ø) kan ikke anbefale …") – the quoted decision's too, and so is a member's
# reservation ("Kurt Holm (O) tog forbehold.", "V tager forbehold for finansieringen.")
_DISSENT_RE = re.compile(r"(?:\)|^[A-ZÆØÅ](?:(?:,\s*|\s+og\s+)[A-ZÆØÅ])*)\s+(?:(?:kunne|kan)\s+"
                         r"ikke\s+(?:anbefale|tiltræde|godkende|støtte)|tog\s+forbehold|"
                         r"tager\s+forbehold)\b")


def quote_end(text: str) -> tuple[str, str]:
    """The quoted decision in `text` (paragraphs apart by a blank line), and the case's
    own text after it ("" when the quote is all).

    >>> quote_end("Anbefales.\\n\\nAfbud: Bo Dam (A)")
    ('Anbefales.\\n\\nAfbud: Bo Dam (A)', '')
    >>> quote_end("Udsat.\\n\\nSøren Dal (C) var fraværende.")
    ('Udsat.\\n\\nSøren Dal (C) var fraværende.', '')
    >>> quote_end("Anbefales.\\n\\nBo Dam (Ø) kunne ikke anbefale indstillingen.")[1]
    ''
    >>> quote_end("Anbefales.\\n\\nEt mindretal (F) kan ikke tiltræde, da …")[1]
    ''
    >>> quote_end("Anbefales.\\n\\nKurt Holm (O) tog forbehold.")[1]
    ''
    >>> quote_end("Udsat.\\n\\nDer er nu modtaget svar.")
    ('Udsat.', 'Der er nu modtaget svar.')
    """
    paragraphs = text.split("\n\n")
    k = 1
    while k < len(paragraphs) and (PEOPLE_LABEL_RE.match(paragraphs[k].strip()) or any(
            rx.search(re.split(r"(?<=[.!?])\s", paragraphs[k].strip(), maxsplit=1)[0])
            for rx in (_VOTE_RE, _AWAY_RE, _DISSENT_RE)) or _AWAY_PARAGRAPH_RE.match(
                paragraphs[k].strip())):
        k += 1
    return "\n\n".join(paragraphs[:k]), "\n\n".join(paragraphs[k:]).strip()

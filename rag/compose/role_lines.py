"""The lines of a decision that name people by their role in it: who voted against or
for, who abstained, who proposed, who presented ("Stemte imod: …", "(Ø) stemmer imod pkt.
3.", "undlod at stemme", "deltog under punktet")."""

from __future__ import annotations

import re

ROLE_LINES = {
    # (in the minutes' present tense too: "(Ø) stemmer imod pkt. 3.")
    "against": re.compile(r"\bstem(?:te|mer)\s?(?:i\s?)?mod\b|\bimod stem(?:te|mer)\b|"
                          r"\bkunne ikke tiltræde\b|"
                          r"\bmindretal\w*|\bstandsningsret\w*|\bImod:", re.I),
    "for": re.compile(r"\bstem(?:te|mer) for\b|\bfor stem(?:te|mer)\b|\bFor:", re.I),
    "abstained": re.compile(r"\bundlod\b|\bundlader\b|\bhverken for eller imod\b", re.I),
    "proposer": re.compile(r"\bindstiller\b|\bforeslår\b", re.I),
    "presenter": re.compile(r"\bdeltog under\b|\bdeltager under\b|\boplæg\b|\bfremlag\w*|"
                            r"\bpræsentere\w*|\borientere\w*|"
                            # "Fra Erhvervshus Sjælland deltager: Direktør Line Fossing Riel …"
                            r"\bfra\s+\S[^.:]{0,60}?\s+deltager\b", re.I),
}

"""Marks of what a sentence of the minutes does, for the fact composer's choice: it
names who is in charge, gives an address, names a politician with the party letter,
records a vote or a minority's statement."""

from __future__ import annotations

import re

# A unit, firm or person in charge of something: "Det er Forebyggelsesenheden, der står
# for kurserne", "… har den daglige projektledelse".
IN_CHARGE = re.compile(r"\b(?:står|stod) for\b|\bvaretager\b|\bdriver\b|\bhar ansvaret\b|"
                       r"\bprojektledelse\w*|\bafholder\b|\barrangerer\b", re.I)
ADDRESS = re.compile(r"[\w.-]+@[\w-]+\.[\w.]+|\b(?:tlf\.?|telefon)\s*(?:nr\.?\s*)?\d", re.I)
# A name with its party letter: "Marc Genning (V)", "Anja Holtze (A)"
PARTY_AFTER_NAME = re.compile(r"\b[A-ZÆØÅ][a-zæøåé]+(?:\s+[A-ZÆØÅ][\w-]+)+\s+\([A-ZÆØÅ]{1,3}\)")
VOTE_LINE = re.compile(r"\bstemte\b|\bundlod\b|\bkunne ikke tiltræde\b", re.I)
MINORITY = re.compile(r"mindretal|standsningsret", re.I)

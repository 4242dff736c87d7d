"""A member's party (or the organisation that named them) and their role in one bracket,
as a volunteer secretary types the list: "Tove Strøm (Ø, næstformand)", "Hanne Lind (DH,
formand)", and a substitute's "Erik Dam (DH-suppleant for Ole Riis)". The letters stay
after the name, as a party's do ("Tove Strøm (Ø)"); the rest is the role ("næstformand",
"suppleant for Ole Riis"). A pupil's class in the bracket ("Frida Holm (9.a)", a school
board's pupil representative) is their role too, no party."""

from __future__ import annotations

import re

# "(Ø, næstformand)", "(DH-suppleant for Ole Riis)": capitals, a comma or a hyphen, a role
_PARTY_ROLE_RE = re.compile(r"\s*\((?P<p>[A-ZÆØÅ]{1,4})(?:,\s*|-)(?P<r>[a-zæøå][^()]{2,60})\)")
_CLASS_RE = re.compile(r"\s*\((?P<r>\d{1,2}\.\s?[a-zæøå])\)")  # "(9.a)"


def party_then_role(name: str) -> tuple[str, str]:
    """The name with its letters alone in the bracket, and the role ("" when none).

    >>> party_then_role("Tove Strøm (Ø, næstformand)")
    ('Tove Strøm (Ø)', 'næstformand')
    >>> party_then_role("Erik Dam (DH-suppleant for Ole Riis)")
    ('Erik Dam (DH)', 'suppleant for Ole Riis')
    >>> party_then_role("Ida Holm (V)"), party_then_role("Frida Holm (9.a)")
    (('Ida Holm (V)', ''), ('Frida Holm', '9.a'))
    """
    if m := _CLASS_RE.search(name):
        return f"{name[:m.start()]}{name[m.end():]}", m["r"]
    m = _PARTY_ROLE_RE.search(name)
    if not m:
        return name, ""
    return f"{name[:m.start()]} ({m['p']}){name[m.end():]}", m["r"].strip()

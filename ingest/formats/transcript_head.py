"""The head of a meeting transcribed by an AI tool (a plain-text export): who spoke is
listed as "Talere (7): Ida Holm, Ole Bak, …", and the roles the meeting's owner gave
them in a block below ("Roller (angivet af mødeejer):" over "Ida Holm – formand" lines).

The speakers are the meeting's participants, each with the role the block gives; a
speaker the block calls a guest ("gæst under punkt 4") is no participant, as a minutes
header leaves a guest out. The head then reads as a minutes header writes it:
"Deltagere: Ida Holm, formand; Ole Bak", the roles' block gone.
"""

from __future__ import annotations

import re

_SPEAKERS_RE = re.compile(r"^(?:talere|deltagende\s+talere)\s*(?:\(\d{1,3}\))?\s*:\s*(\S.*)$",
                          re.IGNORECASE)
_ROLES_RE = re.compile(r"^roller\b[^:]{0,60}:\s*$", re.IGNORECASE)
_ROLE_LINE_RE = re.compile(r"^\s*([A-ZÆØÅ][\w'.-]*(?:\s+[A-ZÆØÅ][\w'.-]*){0,4})\s+[–-]\s+(\S.*)$")
_GUEST_RE = re.compile(r"\bgæst\b", re.IGNORECASE)
_HEAD_LINES = 40


def transcript_head(text: str) -> str:
    """`text` with a transcript's speakers and roles as a "Deltagere:" line; `text`
    itself when its head has no speakers' line.

    >>> print(transcript_head("Dato: 3. marts 2025\\nTalere (3): Ida Holm, Ole Bak, Bo Lund\\n"
    ...     "Roller:\\n  Ida Holm – formand\\n  Bo Lund – planlægger (gæst under punkt 2)\\n\\n"
    ...     "1. Velkomst"))
    Dato: 3. marts 2025
    Deltagere: Ida Holm, formand; Ole Bak
    <BLANKLINE>
    1. Velkomst
    """
    lines = text.split("\n")
    at = next((k for k, ln in enumerate(lines[:_HEAD_LINES]) if _SPEAKERS_RE.match(ln.strip())),
              None)
    if at is None:
        return text
    roles: dict[str, str] = {}
    block = next((k for k, ln in enumerate(lines[:_HEAD_LINES]) if _ROLES_RE.match(ln.strip())),
                 None)
    if block is not None:
        end = block + 1
        while end < len(lines) and (m := _ROLE_LINE_RE.match(lines[end])):
            roles[m[1]] = m[2].strip()
            end += 1
        lines[block:end] = []
    speakers = [s.strip() for s in re.split(r"[,;]", _SPEAKERS_RE.match(lines[at].strip())[1])]
    entries = [f"{s}, {roles[s]}" if roles.get(s) else s for s in speakers
               if s and not _GUEST_RE.search(roles.get(s, ""))]
    lines[at] = f"Deltagere: {'; '.join(entries)}"
    return "\n".join(lines)

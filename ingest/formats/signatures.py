"""Minutes signed through an e-signature service (Penneo, DocuSign, Visma Addo): the
service's stamp with the document's key on every page ("Penneo dokumentnøgle: 4HJ2K-…",
"DocuSign Envelope ID: 6F1C…") is page furniture, and the typed block of who signs
("Underskrevet af" / "Birgitte Lund (A)      Ole Svendsen" / "formand      næstformand")
names the members who approved the minutes: those who took part, when the head lists
only who was absent. The service's own signature page after it is no text (the block's
heading ends the minutes: `text_dividers.minutes_end`). A block of names side by side
after the last item, without any heading, is where the members signed too
(`bare_signatures`).

A protocol's signature page ("Underskriftsblad" / "Protokollen … underskrives af de
tilstedeværende medlemmer" / "________" / "Gitte Ravnkilde, formand" / "________" /
"Bent Hollesen" …) names the members who sign it, one a rule: those present, when the
head lists only who was absent (`page_signers`); the minute-taker below them is none."""

from __future__ import annotations

import re

from referat.domain import ABSENT, ATTENDED, Participant

from .text_people import looks_like_name, person

# "Penneo dokumentnøgle: 4HJ2K-PLQ8X-3N7TA-Z0WQY", "DocuSign Envelope ID: 6F1C2A9B-…"
SIGNING_STAMP_RE = re.compile(
    r"^(?:penneo\s+)?(?:dokumentnøgle|document\s+key|docusign\s+envelope\s+id|"
    r"envelope\s+id|addo\s+dokument-?id)\s*:\s*[A-Z0-9]{4,}(?:-[A-Z0-9]{3,})+$", re.IGNORECASE)
# The block's heading: "Underskrevet af", "Underskrevet af:", and "Referatet godkendt:"
# or "(Læst,) godkendt og underskrevet:" above the names (with its colon: "Referatet
# godkendt." and "Godkendt." are an item's decision); an Acadre print's "Referatet
# underskrives af:" over the names of those to sign
SIGNED_BY_RE = re.compile(r"^underskrevet\s+af\s*:?$|^(?:referatet|protokollen)\s+(?:er\s+)?"
                          r"godkendt(?:\s+af)?\s*:$|^(?:(?:op)?læst,?\s+)?godkendt\s+og\s+"
                          r"underskrevet(?:\s+af)?\s*:$|^(?:referatet|protokollen)\s+"
                          r"(?:skal\s+)?underskrives\s+af\s*:$", re.IGNORECASE)
# the signer's title on the line under the name, in lower case: "formand", "referent"
# The signature page's heading: "Underskrifter", "Underskriftsblad", "Underskriftsside"
SIGNATURE_PAGE_RE = re.compile(r"^(?:underskrifter|underskriftsside|underskriftsblad|"
                               r"underskriftsark|underskrift)\s*:?$", re.IGNORECASE)
# The service's own page after the minutes (its audit trail: who signed, their serial
# numbers, IP addresses and times): its name alone, a logo's text ("PENNEO", "DocuSign"),
# or its statement ("Underskrifterne i dette dokument er juridisk bindende. …")
_SERVICE_PAGE_RE = re.compile(
    r"^(?:penneo|docusign|visma\s+addo|addo\s+sign)$|^(?:underskrifterne\s+i\s+dette\s+"
    r"dokument\s+er\s+juridisk\s+bindende|dette\s+dokument\s+er\s+(?:underskrevet|signeret)"
    r"\s+(?:digitalt|elektronisk)\s+(?:via|med|gennem)\s+(?:penneo|docusign|visma|addo))\b",
    re.IGNORECASE)
# where to sign ("_______________________"), above or below the name
_RULE_RE = re.compile(r"^(?:[_.]{5,}\s*)+$")
# a labelled line below the signers: the minute-taker ("Protokolfører: Dorte Iversen"),
# no member who signs
_LABEL_LINE_RE = re.compile(r"^[A-ZÆØÅa-zæøå][\w. -]{1,30}:\s")
# the note beside a member's rule who did not sign: "Fraværende", "Afbud"
_AWAY_MARK_RE = re.compile(r"(?i:fraværende|afbud|ikke\s+til\s+stede|ikke\s+mødt)")
_AWAY_AFTER_RE = re.compile(rf"(?<=\S)\s+{_AWAY_MARK_RE.pattern}$")
# the sentence saying the members signed below it: "… underskrevet af udvalgets medlemmer:"
_MEMBERS_SIGNED_RE = re.compile(r"\bunderskrevet\s+af\s+(?:\w+\s+){0,2}(?:medlemmer|"
                                r"deltagere|tilstedeværende)\s*:$", re.IGNORECASE)
# (a council's minutes signed by the borgmester and the chief executive: "kommunaldirektør")
SIGNER_ROLE_RE = re.compile(r"^(?:(?:udvalgs|næst|vice)?(?:formand|borgmester|referent|sekretær)|"
                            r"(?:kommunal|stads|regions)direktør)"
                            r"(?:\s+for\s+\S.{0,60})?$", re.IGNORECASE)


def roles_row(line: str) -> bool:
    """A line of the signers' titles side by side, under their names ("formand
    sekretær", two or more spaces apart).

    >>> roles_row("formand          sekretær"), roles_row("Godkendt.")
    (True, False)
    """
    parts = re.split(r"\s{2,}", line.strip())
    return all(SIGNER_ROLE_RE.match(p) for p in parts)


def signers(lines: list[str], at: int, known: list[Participant] | None = None
            ) -> list[Participant]:
    """Who signs under "Underskrevet af" at line `at`: each name (side by side names
    cut where two or more spaces part them) with the role printed below it; [] when
    line `at` is no such heading. Under a signature page's heading, the names on its
    rules (`page_signers`), but none of the `known` people (listed absent).

    >>> [(p.name, p.role) for p in signers(["Underskrevet af", "",
    ...     "Birgitte Lund (A)      Ole Svendsen", "formand      næstformand"], 0)]
    [('Birgitte Lund (A)', 'formand'), ('Ole Svendsen', 'næstformand')]
    """
    if at < len(lines) and SIGNATURE_PAGE_RE.match(lines[at].strip()):
        named = {" ".join(p.name.split()).lower() for p in known or []}
        return [p for p in page_signers(lines[at + 1:]) if p.name.lower() not in named]
    if at >= len(lines) or not SIGNED_BY_RE.match(lines[at].strip()):
        return []
    found: list[Participant] = []
    rows = [ln.strip() for ln in lines[at + 1:]]
    k = 0
    while k < len(rows):
        if not rows[k]:
            k += 1
            continue
        names = re.split(r"\s{2,}", rows[k])
        if not all(looks_like_name(n) for n in names):
            break  # the service's own page ("Underskrifterne i dette dokument …")
        roles = re.split(r"\s{2,}", rows[k + 1]) if k + 1 < len(rows) else []
        titled = len(roles) == len(names) and all(r[:1].islower() for r in roles)
        for n, name in enumerate(names):
            found.append(person(name))
            found[-1].role = found[-1].role or (roles[n] if titled else "")
        k += 2 if titled else 1
    return found


def page_signers(rows: list[str]) -> list[Participant]:
    """The members a signature page names on its rules, below the sentence saying who
    signs: a name (or names side by side) with a rule above or below it, its title
    after a comma ("Gitte Ravnkilde, formand"); the first labelled line
    ("Protokolfører: …") or sentence after the names ends them. [] without any rule.

    >>> [(p.name, p.role) for p in page_signers(["Protokollen underskrives af de "
    ...     "tilstedeværende medlemmer.", "________", "Eva Holm, formand", "________",
    ...     "Per Kragh", "Referent: Ib Dal"])]
    [('Eva Holm', 'formand'), ('Per Kragh', '')]
    >>> [(p.name, p.status) for p in page_signers(["Referatet er underskrevet af udvalgets "
    ...     "medlemmer:", "Eva Holm (A), formand", "Per Kragh (V)", "Fraværende", "Ib Dal (C)"])]
    [('Eva Holm (A)', 'deltog'), ('Per Kragh (V)', 'afbud'), ('Ib Dal (C)', 'deltog')]
    """
    found: list[Participant] = []
    ruled = False
    for row in (r.strip() for r in rows):
        if not row:
            continue
        if _RULE_RE.match(row):
            ruled = True
            continue
        if found and _AWAY_MARK_RE.fullmatch(row):  # ("Fraværende" beside the name above)
            found[-1].status = ABSENT
            continue
        away = _AWAY_AFTER_RE.search(row)  # (or on its line: "Kim Dal (C)   Fraværende")
        row = row[:away.start()] if away else row
        names = re.split(r"\s{2,}", row)
        if _LABEL_LINE_RE.match(row) or not all(looks_like_name(n) for n in names):
            if found:
                break  # (the minute-taker, a closing note)
            # (the sentence saying the members signed below it, their rules drawn, not typed)
            ruled = ruled or bool(_MEMBERS_SIGNED_RE.search(row))
            continue  # (the sentence above the names)
        found.extend(person(name, ABSENT if away else ATTENDED) for name in names)
    return found if ruled else []


def _names_row(line: str) -> int:
    """How many names a line holds side by side (parted by two or more spaces); 0 when
    any part of it is no name."""
    parts = re.split(r"\s{2,}", line.strip())
    return len(parts) if all(looks_like_name(p) for p in parts) else 0


def bare_signatures(lines: list[str], first: int, end: int) -> int | None:
    """Where a signature block without a heading starts: the text's last lines are only
    names, after a blank line, and one of them holds two or more side by side (where
    each member signed: "Per Kragh        Lise Bøgh        Niels Vad" / "Anja Holt");
    None when the text does not end so (a decision's one name stays).

    >>> bare_signatures(["Beslutning", "Godkendt.", "", "Per Kragh    Lise Bøgh",
    ...                  "Anja Holt"], 0, 5)
    3
    >>> bare_signatures(["Intet.", "", "Eva Holm     Ulla Ny", "formand     sekretær"], 0, 4)
    2
    """
    k = end
    while k > first and not lines[k - 1].strip():
        k -= 1
    start, widest = k, 0
    while start > first and lines[start - 1].strip() and (
            (n := _names_row(lines[start - 1])) or roles_row(lines[start - 1])):
        start, widest = start - 1, max(widest, n)  # (the titles under the names too)
    if widest < 2 or start == k or start <= first or lines[start - 1].strip():
        return None
    return start


def service_page(lines: list[str], first: int, end: int) -> int:
    """Where the e-signature service's page begins in `lines[first:end]`: no text of the
    last item, whatever follows it; `end` if none does."""
    return next((i for i in range(first, end) if _SERVICE_PAGE_RE.match(lines[i].strip())), end)

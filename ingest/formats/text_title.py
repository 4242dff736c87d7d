"""A title line that names the document's kind and the body: "Referat: Teknisk Udvalg",
"Dagsorden til mødet i Byrådet den 12. marts 2024", "Byrådet - Referat", "Referat af
Byrådets møde …" (the header's other lines: `text_header`)."""

from __future__ import annotations

import re

from referat.danish import DANISH_MONTHS

from .dates import written_date
from .region_body import COMPANY_FORM
from .text_people import clean_heading
from .theme_items import EVENT_WORD

# "Referat: Teknisk Udvalg", "Referat - Teknisk Udvalg - 12.03.2024", "Referat fra møde i
# Handicaprådet", "Dagsorden til mødet i Byrådet den 12. marts 2024", a mail's subject
# "Beslutninger - Teknik- og Miljøudvalget 8. januar 2019"
_DOC_TITLE_RE = re.compile(
    r"^(?i:(?P<doc>(?:åbent |åben |lukket )?"
    r"(?:referat|dagsorden|beslutningsprotokol|beslutninger)))"
    r"(?:\s*[:–-]\s*|\s+(?i:fra|af|for|til)\s+(?i:(?:det\s+)?(?:ordinære\s+|ekstraordinære\s+)?"
    r"møde(?:t)?\s+i\s+)?)(?P<c>[A-ZÆØÅ].*)$"
)
_DATE_TAIL_RE = re.compile(
    r"\s*(?:[-–,]\s*|\s(?:den|d\.)\s*|\s(?=\w+dag\s)|\s(?=\d{1,2}\.\s?[a-zæøå]{3,}\.?\s+\d{4})"
    r"|\s(?=\d{1,2}[./]\d{1,2}[./-]\d{2,4}\b))(?:\w+dag\s+(?:den\s+|d\.\s*)?)?"
    r"\d{1,2}[.\-/].*$", re.IGNORECASE)


def without_date(title: str) -> str:
    """A title's words before the date that ends it.

    >>> without_date("Handicaprådet, 6. juni 2024"), without_date("Byrådet den 12.03.2024")
    ('Handicaprådet', 'Byrådet')
    """
    return _DATE_TAIL_RE.sub("", title)


# "Byrådet - Referat", "Økonomiudvalget - Dagsorden": the body before the kind (and
# the date after it: "Økonomiudvalget - Referat - 11.06.2024", a portal's page title, or
# "Teknisk Udvalg - referat 09-02-2010", a CMS's node title); a hyphen with no space on
# either side makes one word, a system's name ("Net-Dagsorden", "e-Dagsorden"), no body
_BODY_FIRST_RE = re.compile(
    r"^(?P<c>[A-ZÆØÅ].{2,100}?)(?:\s*[–:|]\s*|\s+-\s*|-\s+)(?P<doc>(?i:referat|dagsorden|beslutningsprotokol))"
    r"(?:(?:\s*[-–|,]\s*|\s+)\d{1,2}[./-]\d{1,2}[./-]\d{4}|"
    # (or the meeting it records: "Vestby Lokalråd - referat fra bestyrelsesmøde 14. maj")
    r"\s+(?i:fra|af)\s+(?:det\s+)?[a-zæøå]*møde(?:t)?\b.*)?$")
# "BYRÅDETS PROTOKOL", "Økonomiudvalgets referat": the body's own record, in the genitive
_GENITIVE_DOC_RE = re.compile(
    r"^(?P<c>[A-ZÆØÅ][^\s]{2,60})[sS]\s+(?P<doc>(?i:referat|dagsorden|protokol|beslutningsprotokol))$")
# "Byrådets møde", "Økonomiudvalgets ordinære møde": the body in the genitive
# (a date without its year after it: "Ældrerådets møde 7. september", a mail's subject)
_GENITIVE_MEETING_RE = re.compile(r"^(.{3,}?)s\s+(?:(?:ordinære|ekstraordinære)\s+)?møde"
                                  rf"(?:\s+(?:den\s+)?\d{{1,2}}\.\s*(?i:{'|'.join(DANISH_MONTHS)}))?$")
# "Referat - Ekstraordinært møde", "REFERAT - BUDGETSEMINAR": the kind of meeting or
# the occasion, which names no body; also with its other name in brackets and its
# subject after "om" ("Referat – Budgetseminar (temamøde) om budget 2026-2029")
_MEETING_KIND_RE = re.compile(r"^(?:(?:(?:ekstra)?ordinært|konstituerende|fælles|ekstra)\s+)?"
                              rf"(?:møde|{EVENT_WORD})(?:\s*\([^()]{{1,40}}\))?"
                              r"(?:\s+(?:om|vedr\.|vedrørende)\s+\S.*)?$", re.IGNORECASE)

# A field that says the document's kind ("Type: Referat", as a CMS labels it; "Tags:
# referat", a notes app's page property): its label is no body
_KIND_LABEL_RE = re.compile(r"^(?:type|dokumenttype|dokumentart|mødetype|dokument|status|"
                            r"kategori|tags?|etiket(?:ter)?|labels?)$", re.IGNORECASE)


# "Referat fra skolebestyrelsesmødet 13. maj", "Dagsorden til udvalgsmødet": the body in
# the meeting's compound, its definite form the body's name ("Skolebestyrelsen")
_COMPOUND_RE = re.compile(
    r"^(?P<doc>(?i:referat|dagsorden))\s+(?i:fra|af|for|til)\s+(?:det\s+)?(?P<c>[a-zæøå]{2,40}?"
    r"(?:udvalg|råd|nævn|bestyrelse|kommission))s?møde(?:t)?\b")
_DEFINITE = (("bestyrelse", "n"), ("kommission", "en"), ("udvalg", "et"), ("råd", "et"),
             ("nævn", "et"))


def _compound(row: str) -> re.Match[str] | None:
    """The meeting's compound in a title line, in capitals too ("REFERAT AF
    SKOLEBESTYRELSESMØDE")."""
    heading = clean_heading(row)
    return _COMPOUND_RE.match(heading.lower() if heading.isupper() else heading)


def _compound_body(m: re.Match[str]) -> tuple[str, str]:
    """`('referat', 'Skolebestyrelsen')` for "Referat fra skolebestyrelsesmødet 13. maj"."""
    body = m.group("c")
    end = next(suffix for stem, suffix in _DEFINITE if body.endswith(stem))
    return m.group("doc").lower(), f"{body[:1].upper()}{body[1:]}{end}"


# A title's rest naming the meeting by its body's compound and whose body it is: "af
# bestyrelsesmøde i Lunde Vand A/S" (the company's board)
_BODY_OF_RE = re.compile(r"^(?:af|fra|for|til)\s+(?:det\s+)?(?P<c>[a-zæøå]{0,30}?(?:bestyrelse|"
                         r"udvalg|råd|nævn|kommission))s?møde(?:t)?\s+i\s+(?P<owner>[A-ZÆØÅ].{1,80})$")


# a title's kind before such a rest: "Dagsorden til bestyrelsesmøde i Østfyns Forsyning A/S"
_KIND_REST_RE = re.compile(r"^(referat|dagsorden|beslutningsprotokol)\s+"
                           r"(?P<rest>(?:af|fra|for|til)\s.+)$", re.IGNORECASE)
# the owner a company ("… i Lunde Vand A/S"), not an association ("… i Borgerforeningen")
_COMPANY_END_RE = re.compile(rf"\s{COMPANY_FORM}\)$")


def body_of(rest: str) -> str | None:
    """The body a title's rest names by its meeting and owner, in the definite form with
    the owner after it; None for any other rest.

    >>> body_of("af bestyrelsesmøde i Lunde Vand A/S"), body_of("Økonomiudvalget")
    ('Bestyrelsen (Lunde Vand A/S)', None)
    """
    m = _BODY_OF_RE.match(rest.strip())
    if not m:
        return None
    body = m.group("c")
    end = next(suffix for stem, suffix in _DEFINITE if body.endswith(stem))
    return f"{body[:1].upper()}{body[1:]}{end} ({clean_heading(m.group('owner'))})"


# A title wrapped after its kind: "Referat" / "fra mødet i Regionsrådet", "Beslutningsprotokol"
# / "for Kommunalbestyrelsens møde tirsdag d. 3/12-2013" (the body in the genitive, the
# town's name before it too: "for Nyborg Byråds ordinære møde"), "Åbent referat" / "for
# Børne- og Ungdomsudvalget" (the body's name alone after the joining word)
_KIND_ALONE_RE = re.compile(r"^(?:(?:åbent?|offentligt?)\s+)?(?:referat|dagsorden|"
                            r"beslutningsprotokol)$", re.IGNORECASE)
_MEETING_OF_RE = re.compile(r"^(?:fra|af|for|til)\s+(?:(?:det\s+)?(?:(?:ekstra)?ordinære\s+)?"
                            r"møde(?:t)?\s+i\s+[A-ZÆØÅ]|(?:(?-i:[A-ZÆØÅ])\S+\s+)?(?-i:[A-ZÆØÅ])\S+s\s+"
                            r"(?:(?:ekstra)?ordinære\s+)?møde\b|[A-ZÆØÅ][^,:]{2,80}?(?:udvalg|udvalget|"
                            r"råd|rådet|bestyrelse|bestyrelsen|nævn|nævnet|kommission|kommissionen)$)")


def _wrapped_title(rows: list[str]) -> list[str]:
    """`rows` with a title wrapped after its kind joined again ("Referat" / "fra mødet i
    Regionsrådet" → "Referat fra mødet i Regionsrådet").

    >>> _wrapped_title(["Vejby Kommune", "Åbent referat", "for Kultur- og Fritidsudvalget"])
    ['Vejby Kommune', 'Åbent referat for Kultur- og Fritidsudvalget', '']
    """
    out = list(rows)
    for i, row in enumerate(out[:-1]):
        nxt = clean_heading(out[i + 1])
        if _KIND_ALONE_RE.match(clean_heading(row)) and _MEETING_OF_RE.match(nxt):
            out[i], out[i + 1] = f"{clean_heading(row)} {nxt}", ""
    return out


def titled_head(rows: list[str]) -> tuple[str, str] | None:
    """The first title line's kind and body (`titled_row`); else a body named only by
    the meeting's compound ("Referat af afdelingsbestyrelsesmøde"): as another line of
    the head names it in full ("Lokalrådet Vestervig-Agger"), or with the line under the
    title naming whose body it is ("Boligselskabet Egebo – afdeling 14") as
    "Afdelingsbestyrelsen (Boligselskabet Egebo – afdeling 14)": many bodies share it."""
    rows = _wrapped_title(rows)
    titled = next((t for r in rows if r and (t := titled_row(r))), None)
    k = next((k for k, r in enumerate(rows) if _compound(r)), None)
    if (titled and titled[1]) or k is None:
        return titled
    kind, body = _compound_body(_compound(rows[k]))  # type: ignore[arg-type]
    named = next((n for r in rows if _names_in_full(n := clean_heading(r), body)), None)
    owner = clean_heading(next((r for r in rows[k + 1:] if r.strip()), ""))
    if named:
        body = named
    elif (owner[:1].isupper() and ":" not in owner and len(owner) <= 100
          and not owner.endswith(".") and not written_date(owner) and not titled_row(owner)):
        body = f"{body} ({owner})"
    return kind, body


def _names_in_full(row: str, body: str) -> bool:
    """Whether a line of the head is the body's full name: "Lokalrådet Vestervig-Agger"
    for "Lokalrådet", or "Nordhavn-Østerby Lokaludvalg", "Østre Skole – Skolebestyrelsen"
    (the place or the school before the body)."""
    low, definite = row.lower(), body.lower()
    stem, end = next((definite[: -len(e)], e) for w, e in _DEFINITE if definite.endswith(w + e))
    return ":" not in row and len(row) > len(body) and row[:1].isupper() and (
        low.startswith(definite) or (len(row) <= 80 and re.search(
            rf"\w(?:\s+[-–]\s+|\s+){re.escape(stem)}(?:{end})?$", low) is not None))


def titled_row(row: str) -> tuple[str, str] | None:
    """`('referat', 'Handicaprådet')` for a title line naming the kind and the body;
    the body "" when the line names the kind of meeting instead (the body is on a line
    of its own below it).

    >>> titled_row("Referat af Byrådets møde den 19. juni 2024"), titled_row("Byrådet - Referat")
    (('referat', 'Byrådet'), ('referat', 'Byrådet'))
    >>> titled_row("Referat - Ekstraordinært møde"), titled_row("Type: Referat")
    (('referat', ''), ('referat', ''))
    >>> titled_row("Referat – Budgetseminar (temamøde) om budget 2026-2029")
    ('referat', '')
    >>> titled_row("REFERAT AF MØDE ONSDAG DEN 25. SEPTEMBER 2024 KL. 14.00")
    ('referat', '')
    >>> titled_row("Dagsorden til møde i Lokalrådet Lyngholm 21. maj 2024 kl. 19.00")
    ('dagsorden', 'Lokalrådet Lyngholm')
    >>> titled_row("Økonomiudvalget - Referat - 11.06.2024")
    ('referat', 'Økonomiudvalget')
    >>> titled_row("REFERAT AF SKOLEBESTYRELSESMØDE")  # (the body: `titled_head`)
    ('referat', '')
    >>> titled_row("Dagsorden til bestyrelsesmøde i Lunde Vand A/S")
    ('dagsorden', 'Bestyrelsen (Lunde Vand A/S)')
    >>> titled_row("Beslutninger - Teknik- og Miljøudvalget 8. januar 2019")  # (a mail's subject)
    ('referat', 'Teknik- og Miljøudvalget')
    """
    owned = _KIND_REST_RE.match(without_date(clean_heading(row)))
    if owned and (body := body_of(owned.group("rest"))) and _COMPANY_END_RE.search(body):
        # ("Dagsorden til bestyrelsesmøde i Østfyns Forsyning A/S": a company's board)
        return ("dagsorden" if owned.group(1).lower() == "dagsorden" else "referat"), body
    m = (_DOC_TITLE_RE.match(clean_heading(row)) or _BODY_FIRST_RE.match(clean_heading(row))
         or _GENITIVE_DOC_RE.match(clean_heading(row)))
    if not m:
        return None
    committee = _DATE_TAIL_RE.sub("", m.group("c")).strip(" -–,")
    committee = _GENITIVE_MEETING_RE.sub(r"\1", committee)
    if not committee or len(committee) > 120 or committee.endswith("."):
        return None
    kind = "dagsorden" if "dagsorden" in m.group("doc").lower() else "referat"
    return kind, "" if _MEETING_KIND_RE.match(committee) or _KIND_LABEL_RE.match(
        committee) or _compound(f"{kind} af {committee.lower()}") else committee

"""Section headings that name a body rather than a section: the body's decision
("Udvalgets beslutning", "Beslutning i Byrådet"), its treatment of the item ("Udvalgets
behandling"), a committee's recommendation to the body deciding ("Økonomiudvalgets
anbefaling": the case's history), and the decision joined with its record ("Referat /
beslutning"). `common.section_for` reads them before its table of headings."""

from __future__ import annotations

import re

from .html_blocks import clean_line

# "Udvalgets beslutning", "Beslutning i Byrådet", "Beslutning truffet af Skoleudvalget":
# the body that decided, named before or after the word (no date: this meeting's).
# The body's name is capitalised words joined by "og"/"for" ("Teknik- og Miljøudvalgets"),
# so a sentence wrapped before its end ("Sagen afventer udvalgets beslutning") is none.
_NAME_WORDS = r"(?: (?:og|for|[A-ZÆØÅ][\w-]*,?|\([A-ZÆØÅ]{2,6}\))){0,6}"
# "Udvalget for plan, udvikling og kultur": a body named "… for" its field, in words of
# either case.
_FOR_NAME = (r"(?=[A-ZÆØÅ])[\w-]*(?i:udvalg|udvalget|råd|rådet|nævn|nævnet|bestyrelsen?)"
             r" for [\w-]+(?:(?:, | og | )[\w-]+){0,6}(?: \([A-ZÆØÅ]{2,6}\))?")
# (not the administration's: "Forvaltningens indstilling til Økonomiudvalget")
_STAFF = r"(?:Administration|Forvaltning|Direktion|Direktør|Cent(?:er|ret)|Sekretariat)\w*s indst"
# (the body by its kind alone, as a template's field prints it: "Beslutning i udvalget:")
_OURS = r"(?:udvalget|rådet|bestyrelsen|nævnet|magistraten)"
# ("Økonomiudvalgets indstilling til Byrådet": a committee's recommendation to the
# council is its decision; a bare "Indstilling" is the administration's proposal)
_BODY_DECISION_RE = re.compile(
    rf"^(?:(?!{_STAFF})[A-ZÆØÅ][\w-]*,?{_NAME_WORDS}s (?:beslutning|afgørelse|indstilling til "
    rf"[A-ZÆØÅ][\w-]*)"
    rf"|Beslutning (?:i|fra|truffet af) (?:{_FOR_NAME}|[A-ZÆØÅ][\w-]*{_NAME_WORDS}|{_OURS}))$")
# "Udvalgets behandling", "Behandling i Byrådet": the body's treatment of the item at this
# meeting, which some templates head the decision with. Only a body's name counts here
# ("Sagens behandling", "Politisk behandling" tell the case's process).
_BODY = r"(?:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen|nævn|nævnet|magistrat|magistraten)"
_BODY_TREATMENT_RE = re.compile(
    rf"^(?=[A-ZÆØÅ])[\w ,()-]{{0,80}}?(?i:{_BODY})s behandling$"
    rf"|^Behandling (?:i|på) (?:(?=[A-ZÆØÅ])[\w ,()-]{{0,80}}|(?i:{_BODY}))$")
# "Det besluttede udvalget", a news page's label over the decision (the body by its kind)
_BODY_DECIDED_RE = re.compile(rf"^(?:Det|Hvad) besluttede [\w-]*(?i:{_BODY})\??$")
# "Beslutning Børne- og Skoleudvalget" (a joint meeting's decisions, one per body)
_BODY_NAMED_RE = re.compile(rf"^Beslutning (?=[A-ZÆØÅ])[\w ,-]{{0,80}}?(?i:{_BODY})$")

# The meeting's own recommendation onward, as a committee heads its decision on a case the
# council decides: "Anbefaling til Byrådet" (no body's name before it: a named one,
# "Økonomiudvalgets anbefaling", is an earlier treatment), "Udvalget anbefaler," run in
# before its "at …"
_ONWARD_RE = re.compile(r"^Anbefaling til [A-ZÆØÅ][\w-]*(?: og [A-ZÆØÅ][\w-]*)?$"
                        r"|^(?:Udvalget|Rådet|Bestyrelsen|Nævnet|Magistraten) anbefaler,?$")


def is_body_decision(heading: str) -> bool:
    """True for a decision heading that names the body deciding, without a date.

    >>> is_body_decision("Udvalgets beslutning"), is_body_decision("Beslutning i Byrådet")
    (True, True)
    >>> is_body_decision("Forslag til beslutning"), is_body_decision("Beslutning den 3. maj")
    (False, False)
    >>> is_body_decision("Sagen afventer udvalgets beslutning")
    False
    >>> is_body_decision("Beslutning i Udvalget for plan, udvikling og kultur")
    True
    >>> is_body_decision("Udvalgets behandling"), is_body_decision("Sagens behandling")
    (True, False)
    >>> is_body_decision("Beslutning Skoleudvalget:"), is_body_decision("Udvalgets afgørelse")
    (True, True)
    >>> is_body_decision("Beslutning truffet af Ældrerådet")
    True
    >>> is_body_decision("Beslutning i udvalget:"), is_body_decision("Beslutning i sagen")
    (True, False)
    >>> is_body_decision("Anbefaling til Byrådet"), is_body_decision("Udvalget anbefaler,")
    (True, True)
    """
    heading = clean_line(heading).rstrip(":").strip()
    return bool(_BODY_DECISION_RE.match(heading) or is_body_treatment(heading)
                or _BODY_NAMED_RE.match(heading) or _with_record(heading)
                or _BODY_DECIDED_RE.match(heading) or _ONWARD_RE.match(heading))


# What a meeting records beside its decision, in a head naming both ("Referat /
# beslutning", "Rådets beslutning / udtalelse"), as a table's column is headed
_RECORD_WORDS = frozenset(["referat", "udtalelse", "bemærkninger", "bemærkning", "protokol",
                           "konklusion", "høringssvar"])
_DECISION_WORDS = frozenset(["beslutning", "beslutninger", "afgørelse"])


def _with_record(heading: str) -> bool:
    """Whether a head joins a decision and the meeting's record of it with "/": the
    decision all the same.

    >>> _with_record("Referat / beslutning"), _with_record("Rådets beslutning / udtalelse")
    (True, True)
    >>> _with_record("Beslutning / indstilling"), _with_record("Referat / udtalelse")
    (False, False)
    """
    parts = [p.strip() for p in heading.split("/")]
    if len(parts) != 2 or not all(parts):
        return False
    decisions = [p.lower() in _DECISION_WORDS or bool(_BODY_DECISION_RE.match(
        p[:1].upper() + p[1:])) for p in parts]
    return any(decisions) and all(d or p.lower() in _RECORD_WORDS
                                  for d, p in zip(decisions, parts, strict=True))


# "Økonomiudvalgets anbefaling", "Udvalgets anbefaling": a committee's recommendation to
# the body that decides, above its dated entry ("Økonomiudvalget den 22. oktober 2024,
# punkt 211:"): an earlier treatment, the case's history
_BODY_RECOMMENDS_RE = re.compile(
    rf"^(?=[A-ZÆØÅ])[\w ,()-]{{0,80}}?(?i:{_BODY})s anbefaling(?: til [A-ZÆØÅ][\w-]*)?$")


def is_recommendation(heading: str) -> bool:
    """True for a heading naming a committee's recommendation ("Økonomiudvalgets
    anbefaling"): the case's earlier treatment, not this meeting's decision.

    >>> is_recommendation("Udvalgets anbefaling"), is_recommendation("Administrationens anbefaling")
    (True, False)
    """
    return bool(_BODY_RECOMMENDS_RE.match(clean_line(heading).rstrip(":").strip()))


def is_body_treatment(heading: str) -> bool:
    """True for a heading naming the body's treatment of the item ("Udvalgets
    behandling", "Behandling i Byrådet"): the decision, unless a decision heading follows
    it in the item (then it is the discussion before it, `text_item_body`). Several
    bodies' treatments named together are the case's history (`is_earlier_treatments`).

    >>> is_body_treatment("Udvalgets behandling:"), is_body_treatment("Udvalgets beslutning")
    (True, False)
    """
    heading = clean_line(heading).rstrip(":").strip()
    return bool(_BODY_TREATMENT_RE.match(heading)) and not is_earlier_treatments(heading)


# "Behandling i fagudvalg og Økonomiudvalget", "Behandlet i udvalgene", "Behandling i Teknik-
# og Miljøudvalget og Økonomiudvalget": the committees that treated the case before the body
# deciding it, named together or by their kind, each entry below the heading
# ("Økonomiudvalget, 14. juni 2023, pkt. 72" / "Anbefales."): the case's history, where a
# single body's "Behandling i Byrådet" is its treatment at this meeting
_TREATED_IN_RE = re.compile(r"^(?i:behandling|behandlinger|behandlet)\s+(?i:i|af)\s+"
                            r"(?P<b>\S.{2,100})$")
_KIND_ONLY_RE = re.compile(r"^(?:de\s+)?(?:stående\s+)?(?:fagudvalg|fagudvalget|fagudvalgene|"
                           r"udvalgene)$", re.IGNORECASE)
_BODY_END_RE = re.compile(rf"[\w-]*(?i:{_BODY}|udvalgene)(?!\w)")


def is_earlier_treatments(heading: str) -> bool:
    """True for a heading naming the treatments of several bodies, or of the committees
    by their kind, before this meeting: the case's history.

    >>> is_earlier_treatments("Behandling i fagudvalg og Økonomiudvalget")
    True
    >>> is_earlier_treatments("Behandling i Teknik- og Miljøudvalget og Økonomiudvalget")
    True
    >>> is_earlier_treatments("Behandling i Byrådet"), is_earlier_treatments("Behandling")
    (False, False)
    """
    m = _TREATED_IN_RE.match(clean_line(heading).rstrip(":").strip())
    bodies = m["b"] if m else ""
    return bool(_KIND_ONLY_RE.match(bodies)) or (
        len(_BODY_END_RE.findall(bodies)) >= 2 and bool(re.search(r"\s(?:og|samt)\s|,", bodies)))

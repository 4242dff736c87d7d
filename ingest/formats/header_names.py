"""The last touches of a text header's fields: the committee as minutes name it
elsewhere ("Ekstraordinært møde i Økonomiudvalget" is Økonomiudvalget), a place that is
a sentence, a member listed twice (`text_header.parse_header`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .common import committee_name
from .dates import clock_time
from .invited_time import points_elsewhere
from .people_once import listed_once
from .place_labels import first_sentence

if TYPE_CHECKING:
    from .text_header import Header

_SENTENCE_PLACE_RE = re.compile(r"^(?:mødet|udvalget|vi)\s+(?:blev|var|er|mødtes|holdt)\b", re.I)
_MEETING_OF_RE = re.compile(
    r"^(?:(?:referat|dagsorden)\s+af\s+skriftlig\s+(?:behandling|procedure)\s+(?:i\s+)?|"
    r"(?:(?:(?:referat|dagsorden|beslutningsprotokol|tillægsdagsorden|notat)\s+|"
    r"(?:[\w-]+\s+){1,5}indkaldes\s+(?:hermed\s+)?)?"
    r"(?:af|fra|for|til)\s+)?(?:(?:ekstra)?ordinært\s+|konstituerende\s+)?"
    r"(?:[a-zæøå]+s|telefon|online|video)?møder?\s+i\s+)(?=[A-ZÆØÅa-zæøå]{3})",
    re.IGNORECASE)  # (and "bestyrelsesmøde i …"; a site's list of its meetings, "Møder i …";
# a typed note's shouted title, "Notat fra telefonmøde i ældrerådets formandskab"; a
# written procedure's, "Referat af skriftlig behandling Økonomiudvalget"; an invitation
# sentence before the date, "Der indkaldes hermed til møde i Økonomiudvalget mandag den …")
# The kind before a meeting of two bodies, "Referat af dialogmøde mellem X og Y": the
# meeting's name stays the committee, as "Fællesmøde mellem X og Y" does
_KIND_OF_TWO_RE = re.compile(r"^(?:referat|dagsorden|beslutningsprotokol)\s+(?:af|fra|for|til)\s+"
                             r"(?=\w+møde\s+mellem\s)", re.IGNORECASE)


def named_header(h: Header) -> Header:
    """The committee as minutes name it elsewhere: "Byråd 2022-2025" is "Byrådet"; a
    member listed among those present and as absent too ("Medlemmer: …" above
    "Fraværende: …") is absent, once."""
    if h.place and _SENTENCE_PLACE_RE.match(h.place):
        # "Mødet blev afholdt som telefonmøde kl. 12.00–12.30.": a sentence, its time
        h.start_time = h.start_time or clock_time(h.place)
        h.place = None
    if points_elsewhere(h.place):  # "Mødested: se kalender"
        h.place = None
    if h.place:  # "… Centerparken 1, Ikast." ends a sentence, not the place's name
        h.place = first_sentence(h.place)  # ("… mødelokale 3. Her følger …")
        h.place = re.sub(r"(?<=\w{3})\.$", "", h.place.strip().rstrip("*_ "))  # ("…hus**")
    if h.committee:  # "Ekstraordinært møde i Økonomiudvalget": the body is the committee
        body = _MEETING_OF_RE.sub("", h.committee)
        h.committee = body[:1].upper() + body[1:] if body else h.committee
        h.committee = committee_name(h.committee) or h.committee
        if (two := _KIND_OF_TWO_RE.sub("", h.committee)) != h.committee:
            h.committee = two[:1].upper() + two[1:]
    if h.participants:
        h.participants = listed_once(h.participants)
    return h

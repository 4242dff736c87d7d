"""The bodies and meetings a part of a question names: "Hvad sagde ØU i april?" asks a
body's view at a time; "Hvornår på dagen gik EB-udvalget i gang d. 8. september 2020"
names that body's meeting (`compose.multi` splits and joins the parts)."""

from __future__ import annotations

import re

from referat.danish import stems, topic_stems
from referat.periods import period_words

from ..bodies import initials
from ..meeting_intent import MEETING_ASPECTS, meeting_named

# A body by name: a later part naming its own does not borrow the first part's
BODY_WORD = re.compile(r"(?:udvalg(?:et|ets)?|byråd(?:et|ets)?|kommunalbestyrelsen?|"
                       r"regionsrådet)$", re.I)  # (not "udvalgsmødet")


_VIEW_ASKED = re.compile(r"\W*(?:og\s+)?hvad\s+(?:sagde|mente|syntes|besluttede|anbefalede|"
                         r"gjorde|vedtog)\b", re.I)


def part_bodies(part: str) -> set[str]:
    """The stems of the bodies a part names, by name or initials ("ØU", "teknikudvalget")."""
    words = [*initials(part), *(w for w in re.findall(r"[\w-]+", part) if BODY_WORD.search(w))]
    return set(stems(" ".join(words), frozenset()))


def whom_or_when(part: str) -> bool:
    return bool(part_bodies(part) or period_words(part))


def only_whom_and_when(part: str) -> bool:
    """A later part that asks only a body's view at a time ("Skal skolen sælges? Hvad
    sagde ØU i april?") asks the first part's matter of them, when the first is a yes/no
    question naming neither: one question, not two (unlike "Hvad anbefalede KTM i maj, og
    hvad besluttede byrådet i juni?", "Hvad koster skolen? Hvad sagde KFU i februar?").

    >>> only_whom_and_when("Hvad sagde ØU i april")
    True
    >>> only_whom_and_when("hvem laver man den sammen med")
    False
    """
    bodies, dated = part_bodies(part), period_words(part)
    # (one body: "hvad sagde teknikudvalget, økonomiudvalget og byrådet?" asks each; its
    # view: "hvem var med i byrådet i marts?" is a question of its own)
    return len(bodies) == 1 and bool(dated) and bool(_VIEW_ASKED.match(part)) and not [
        t for t in topic_stems(part) if t not in dated and t not in bodies]


def names_meeting(part: str) -> bool:
    """Does a part name a meeting: by the word ("mødet 7/2"), or by asking a body's
    meeting's time or place ("Hvornår på dagen gik EB-udvalget i gang d. 8. september
    2020")? An event's time ("hvornår starter nytårskuren?") names none."""
    return meeting_named(part) or bool(part_bodies(part)) and any(
        rx.search(part) for _, rx in MEETING_ASPECTS)

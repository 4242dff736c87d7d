"""A member's apology for one day of a meeting held over two, printed after the member's
post in a members' list: "Lene Kirk (V), 1. viceborgmester – Afbud torsdag den 26.
september".

The dash's note says that the member was away on that day only, so it is no status for the
whole meeting and no role of its own. The member keeps the post ("1. viceborgmester") with
the note after it, and `day_notes` reads the note as it reads "Afbud: Tina Ry (A) (19.
juni)": the member took part, and is absent from the items of the day they missed.
"""

from __future__ import annotations

import re

# "afbud torsdag den 26. september", "fraværende den 26. september", "afbud onsdag": the
# word of absence, then the day (its weekday, its date or both)
_DAY_APOLOGY_RE = re.compile(
    r"^(?:afbud|fraværende)\s+(?:(?:på|om)\s+)?(?P<day>(?:[a-zæøå]+dag\b|(?:den\s+)?\d{1,2}\.)"
    r"[\w. ]{0,30})$", re.IGNORECASE)


def with_post(role: str, post: str) -> str:
    """The role of a list's entry from what its dash says (`role`) and the post after the
    comma in its name (`post`): both when the dash only says the member was away one day.

    >>> with_post("afbud torsdag den 26. september", "1. viceborgmester")
    '1. viceborgmester, afbud torsdag den 26. september'
    >>> with_post("næstformand", "formand"), with_post("", "formand")
    ('næstformand', 'formand')
    """
    if role and post and _DAY_APOLOGY_RE.match(role):
        return f"{post}, {role}"
    return role or post


def day_apology(role: str) -> tuple[str, str] | None:
    """(post, day) of a present member's role that ends in an apology for one day; None
    for any other role.

    >>> day_apology("1. viceborgmester, afbud torsdag den 26. september")
    ('1. viceborgmester', 'torsdag den 26. september')
    >>> day_apology("afbud onsdag"), day_apology("formand")
    (('', 'onsdag'), None)
    """
    post, _, note = role.rpartition(", ")
    m = _DAY_APOLOGY_RE.match(note.strip())
    return (post.strip(), m["day"].strip()) if m else None

"""An export's vote and absentees on an item, a field or a treatment, as the lines
minutes write under a decision ("For stemte: A, F", "Fraværende: Henrik Ravn"), for the
text parser to read (`structured_export`)."""

from __future__ import annotations

from html import escape

from .export_tree import (
    TEXT,
    VOTE_KEYS,
    VOTE_SIDES,
    Tree,
    entries,
    field,
    norm,
    text_of,
)

# A vote one entry a voter: the side chosen, and the party or member who chose it
_CHOICE_KEYS = ("valg", "choice", "stemme", "vote", "side", "afgivet")
_VOTER_KEYS = ("parti", "party", "person", "navn", "name", "medlem", "member", TEXT)
# Who was away from an item ("fravaer": [{"person": "Henrik Ravn"}])
_AWAY_KEYS = ("fravaer", "fravaerende", "absent", "absentees", "absence", "afbud")
# ... or in a mapping of the item's attendance, beside those present
_PRESENCE_KEYS = ("fremmoede", "attendance", "deltagelse", "tilstedevaerelse")
# One side of a vote as a mapping ("for": {"count": 5, "parties": ["V", "A"]})
_COUNT_KEYS = ("count", "antal", "number", "total")
_VOTER_LIST_KEYS = ("parties", "partier", "members", "medlemmer", "names", "navne", "voters")


def vote_and_absence(node: dict) -> str:
    """The node's vote and absentees, each as minutes write it; "" for neither."""
    return f"{export_votes(node)}{export_absent(node)}"


def export_votes(node: dict) -> str:
    """A vote the export gives as an object of sides ("votes": {"for": ["A", "F"],
    "against": ["V"]}) as the lines minutes write ("For stemte: A, F"); "" for none."""
    vote = field(node, VOTE_KEYS)
    if isinstance(vote, dict) and any(norm(side) in VOTE_SIDES for side in vote):
        lines = [f"{VOTE_SIDES[norm(side)]}: {names}" for side, voters in vote.items()
                 if norm(side) in VOTE_SIDES and (names := _side(voters))]
    else:
        lines = _ballots(entries(vote))
    return f"<p>{'<br/>'.join(map(escape, lines))}</p>" if lines else ""


def _side(voters: Tree) -> str:
    """One side of a vote: its voters as text, or a mapping of its count and voters
    ({"count": 5, "parties": ["V", "A"]}) as minutes write it ("5 (V, A)"); "" for a
    side no one took."""
    if not isinstance(voters, dict):
        return "" if text_of(voters) == "0" else text_of(voters)
    count = text_of(field(voters, _COUNT_KEYS))
    names = text_of(field(voters, _VOTER_LIST_KEYS))
    if count in ("", "0") and not names:
        return ""
    return f"{count} ({names})" if count and names else count or names


def _ballots(ballots: list[dict]) -> list[str]:
    """A vote given one entry a voter (`<Stemme parti="A" valg="for"/>`) as the lines of
    its sides, in the order met ("For stemte: A, F"); [] when the entries are no votes."""
    sides: dict[str, list[str]] = {}
    for ballot in ballots:
        side = norm(text_of(field(ballot, _CHOICE_KEYS)))
        voter = text_of(field(ballot, _VOTER_KEYS))
        if side not in VOTE_SIDES or not voter:
            return []
        sides.setdefault(VOTE_SIDES[side], []).append(voter)
    return [f"{side}: {', '.join(voters)}" for side, voters in sides.items()]


def export_absent(item: dict) -> str:
    """Who was away from the item, as the export lists them (`<Fravaer person="…"/>`),
    as the line minutes write ("Fraværende: Henrik Ravn"); "" for none."""
    away = field(item, _AWAY_KEYS)
    if away is None:  # (a list under a key of the export's own: "absentMembers")
        away = next((v for k, v in item.items() if isinstance(v, list) and norm(k).startswith(
            _AWAY_KEYS[:3])), None)
    if away is None and isinstance(present := field(item, _PRESENCE_KEYS), dict):
        away = field(present, _AWAY_KEYS)  # ("fremmoede": {"fravaerende": [{"navn": …}]})
    names = [text_of(field(e, ("navn", "name")) or field(e, _VOTER_KEYS)) for e in entries(away)
             ] or [text_of(away)]
    names = [n for n in names if n]
    return f"<p>Fraværende: {escape(', '.join(names))}</p>" if names else ""

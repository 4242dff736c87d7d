"""A closed part whose items carry their own closed mark: under "LUKKET MØDE" (or
"LUKKET DAGSORDEN") a typist marks each closed item ("Pkt. 7 KLAGE … (LUKKET)", or
"7. Erhvervelse af areal (lukket)" in the agenda list), and the item after them without
the mark ("Pkt. 8 EVENTUELT") is open again: the heading's say stops at the last item it
marks. A part whose items carry no mark of their own is closed throughout, as before."""

from __future__ import annotations

from .closed_marks import closed_title
from .text_numbered import NumberedStart


def own_marks(starts: list[NumberedStart], ends: list[int],
              closed: list[bool | None]) -> tuple[list[int], list[bool | None]]:
    """`ends` and what the part heading above each item says (`closed`), that say
    dropped for the unmarked items after a closed part's last marked one.

    >>> own_marks([NumberedStart(0, 1, 7, "Køb (lukket)"), NumberedStart(2, 3, 8, "Eventuelt")],
    ...           [2, 4], [True, True])
    ([2, 4], [True, None])
    """
    marked = [closed_title(s.title)[0] for s in starts]
    out = list(closed)
    k = 0
    while k < len(out):
        if out[k] is not True:
            k += 1
            continue
        run = k
        while run < len(out) and out[run] is True:
            run += 1
        last = max((n for n in range(k, run) if marked[n]), default=None)
        for n in range(last + 1 if last is not None else run, run):
            out[n] = None
        k = run
    return ends, out

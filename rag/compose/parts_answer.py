"""One answer from the answers to a question's parts (`multi.split_parts`): each under
its part's heading, in order, with every cited item listed once."""

from __future__ import annotations

from referat.domain import Answer


def combine(question: str, parts: list[str], answers: list[Answer]) -> Answer:
    """One answer from the parts' answers: each under its part (`parts` in the user's
    words, `shown_parts`), citations in order. Parts answered alike ("Hvem skal købe
    grundene, og hvad må der bygges?" of a closed item whose decision is all there is)
    share one heading and one answer."""
    blocks: list[tuple[list[str], Answer]] = []
    for p, a in zip(parts, answers, strict=True):
        if blocks and a.kind != "multi" and blocks[-1][1].kind != "multi" and (
                a.text == blocks[-1][1].text):
            blocks[-1][0].append(p)
        else:
            blocks.append(([p], a))
    # (a part that is itself answered in parts carries their headings, not its own too;
    # all parts answered alike are the question answered once, without a heading)
    text = blocks[0][1].text if len(blocks) == 1 else "\n\n".join(
        a.text if a.kind == "multi" else f"**{' '.join(ps)}**\n{a.text}" for ps, a in blocks)
    # (an item two parts quote is one source: "Kilder" lists it once)
    citations, retrieved, seen = [], [], set()
    for a in answers:
        for c in a.citations:
            if c.ref not in seen:
                seen.add(c.ref)
                citations.append(c)
        retrieved.extend(r for r in a.retrieved if r.ref not in {x.ref for x in retrieved})
    scored = [a.confidence for a in answers if a.confidence is not None and not a.declined]
    return Answer(question, text, citations, retrieved,
                  declined=all(a.declined for a in answers), kind="multi",
                  confidence=min(scored) if scored else None,
                  filters=answers[0].filters)

"""What the chat page shows, as text: answers (Markdown) and the sources and search
panels (HTML). Everything that comes from the minutes is escaped here, so an agenda item
containing `<script>` or `[klik](javascript:…)` is shown as the text it is.

Pure functions of `rag`'s public types; `ui.app` wires them to Gradio.
"""

from __future__ import annotations

import html
import re
from typing import Any

from rag.catalog import ItemView, MeetingInfo
from referat.danish import danish_date
from referat.domain import Answer, Citation
from referat.labels import heading_name, list_entry

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>])")


def md_text(text: str) -> str:
    """Text shown literally inside Markdown: HTML escaped, Markdown syntax backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def answer_markdown(text: str, answer: Answer | None = None) -> str:
    """The answer as chat Markdown: quoted lines stay blockquotes, all else is literal;
    the numbered citations follow once the answer is complete."""
    lines = []
    for line in text.split("\n"):
        if line.startswith(">"):
            lines.append("> " + md_text(line[1:].lstrip()))
        else:
            lines.append(md_text(line))
    out = "\n".join(lines)
    if answer is not None and answer.citations:
        refs = "  \n".join(f"\\[{n}\\] {md_text(c.render())}"
                           for n, c in enumerate(answer.citations, 1))
        out += f"\n\n**Kilder**  \n{refs}"
    return out


def _mark(text: str, quote: str) -> str:
    """Escaped `text` with the quoted passage (or each quoted sentence) highlighted."""
    flat = " ".join(text.split())
    pieces = [" ".join(quote.split())] if quote else []
    if pieces and pieces[0] not in flat:
        pieces = [p.strip() for p in re.split(r"(?<=[.!?:])\s+|\s*\[…\]\s*", pieces[0])
                  if len(p) > 15]
    spans = sorted({(flat.index(p), flat.index(p) + len(p)) for p in pieces if p and p in flat})
    out, pos = [], 0
    for start, end in spans:
        if start < pos:
            continue
        out += [html.escape(flat[pos:start]), f"<mark>{html.escape(flat[start:end])}</mark>"]
        pos = end
    out.append(html.escape(flat[pos:]))
    return "".join(out)


def _item_html(view: ItemView, quote: str) -> str:
    head = (f"<div class='kilde-meta'>{html.escape(heading_name(view.number, view.label))}"
            f"{' · lukket' if view.closed else ''}"
            f"{' · sagsnr. ' + html.escape(view.journal_number) if view.journal_number else ''}"
            "</div>")
    if view.closed:
        return head + "<p>Punktet er lukket; indholdet er ikke offentligt.</p>"
    parts = [head]
    for name, text in view.sections:
        parts.append(f"<h4>{html.escape(name)}</h4><p>{_mark(text, quote)}</p>")
    return "".join(parts)


def _meeting_html(meeting: MeetingInfo) -> str:
    rows = [("Tid", meeting.start_time), ("Sted", meeting.place),
            ("Deltagere", ", ".join(meeting.attendees)), ("Afbud", ", ".join(meeting.absentees)),
            ("Indkaldt (kun dagsordenen er i arkivet)", ", ".join(meeting.called))]
    body = "".join(f"<h4>{k}</h4><p>{html.escape(v)}</p>" for k, v in rows if v)
    if meeting.labels:  # items the minutes number "5a", "A": the list says so
        entries = (list_entry(n, meeting.labels.get(n, ""), ("Lukket: " if closed else "")
                              + title) for n, title, closed in meeting.agenda)
        agenda = "".join(f"<li>{html.escape(e)}</li>" for e in entries)
        return body + f"<h4>Dagsorden</h4><ul style='list-style:none'>{agenda}</ul>"
    agenda = "".join(f"<li>{'Lukket: ' if closed else ''}{html.escape(title)}</li>"
                     for _, title, closed in meeting.agenda)
    return body + f"<h4>Dagsorden</h4><ol>{agenda}</ol>"


def sources_html(answer: Answer | None, lookup: Any) -> str:
    """The sources panel: per citation its label, the quoted passage highlighted and the
    whole item one click away. `lookup` is the answerer's retriever (item/meeting)."""
    if answer is None or not answer.citations:
        hint = ("Svaret bygger ikke på nogen kilde." if answer is not None
                else "Kilderne til svaret vises her.")
        return f"<div class='kilder tom'>{hint}</div>"
    blocks = []
    for n, c in enumerate(answer.citations, 1):
        blocks.append(_source_block(n, c, lookup))
    return "<div class='kilder'>" + "".join(blocks) + "</div>"


def _source_block(n: int, c: Citation, lookup: Any) -> str:
    where = f"{c.ref.name}: {c.title}" if c.punkt else "mødets forside"
    who = f"{c.ref.municipality}, {c.committee}" if c.with_municipality else c.committee
    label = f"[{n}] {who} · {danish_date(c.meeting_date)} · {where}"
    quote = (f"<blockquote class='citat'>{html.escape(' '.join(c.quote.split())[:600])}"
             f"{'…' if len(c.quote) > 600 else ''}</blockquote>") if c.quote and c.punkt else ""
    if c.punkt:
        view = lookup.item(c.ref)
        full = _item_html(view, c.quote) if view else "<p>Punktet findes ikke i indekset.</p>"
    else:
        meeting = lookup.meeting(c.ref)
        full = _meeting_html(meeting) if meeting else ""
    what = "hele punktet" if c.punkt else "mødets deltagere og dagsorden"
    return (f"<div class='kilde' id='kilde-{n}'><div class='kilde-navn'>{html.escape(label)}"
            f"</div>{quote}<details class='helt-punkt'><summary>Vis {what}</summary>{full}"
            "</details></div>")


def search_html(answer: Answer | None) -> str:
    """'Vis søgning': the retrieved items with their scores and the applied filters."""
    if answer is None:
        return "<p>Stil et spørgsmål for at se søgningen.</p>"
    facts = [("Spørgsmålstype", answer.kind),
             ("Filtre", answer.filters.describe()),
             ("Sikkerhed", "–" if answer.confidence is None else answer.confidence),
             ("Tider (ms)", ", ".join(f"{k.removesuffix('_ms')} {v:.0f}"
                                      for k, v in answer.timings.items()))]
    if answer.follow_up:
        facts.append(("Opfølgning", "ja: forrige svars punkter"))
    if answer.llm_rejected:
        facts.append(("Sprogmodel afvist", answer.llm_rejected))
    head = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>"
                   for k, v in facts)
    rows = "".join(
        f"<tr><td>{n}</td><td>{html.escape(r.committee)}, {html.escape(r.label)}</td>"
        f"<td>{r.score:.4f}</td><td>{r.dense:.3f}</td><td>{r.bm25:.2f}</td></tr>"
        for n, r in enumerate(answer.retrieved, 1))
    return (f"<table class='sog'>{head}</table>"
            "<table class='sog'><tr><th>#</th><th>Punkt</th><th>Samlet (RRF)</th>"
            f"<th>Cosinus</th><th>BM25</th></tr>{rows}</table>")

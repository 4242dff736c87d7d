"""The chat's "Faktatjek" tab: paste a text, get one row per claim — a verdict badge, the
minutes' words with the differing value highlighted, the citation (opened in the tab's
sources panel) — and export the table as Markdown or CSV.
"""

from __future__ import annotations

import contextlib
import csv
import html
import io
import re
import shutil
import stat
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import gradio as gr

from ingest.store import StoreError
from rag.check import LABELS, Checker, CheckResult
from referat.config import Config

from .render import sources_html

EXAMPLE = ("Udvalget godkendte en studietur til Stockholm i 2023. Studieturen til Lund "
           "gennemføres den 23.-24. november 2023. Udvalget besluttede at lukke jobcentret "
           "i 2024.")
CSS = """
.faktatjek table { border-collapse: collapse; width: 100%; font-size: .9rem; }
.faktatjek th, .faktatjek td { border-bottom: 1px solid var(--border-color-primary);
  padding: .35rem .5rem; vertical-align: top; text-align: left; }
.dom { border-radius: 999px; padding: .1rem .55rem; font-weight: 600; white-space: nowrap; }
.dom-bekraeftet { background: #d7f5dd; color: #14532d; }
.dom-afkraeftet { background: #fde0e0; color: #7f1d1d; }
.dom-delvist { background: #fff1c2; color: #713f12; }
.dom-ikke-naevnt { background: #e5e7eb; color: #374151; }
.faktatjek mark.afviger { background: #ffb4b4; color: inherit; }
.faktatjek mark.stemmer { background: #c9f0cf; color: inherit; }
"""
_BADGE = {"bekræftet": "bekraeftet", "afkræftet": "afkraeftet", "delvist": "delvist",
          "ikke nævnt": "ikke-naevnt"}


class _Checkers:
    """One shared checker, built on first use (the index may be ingested later)."""

    def __init__(self, cfg: Config, retriever_of: Any = None) -> None:
        self.cfg, self.retriever_of = cfg, retriever_of
        self._checker: Checker | None = None
        self._lock = threading.Lock()

    def get(self) -> Checker:
        with self._lock:
            if self._checker is None:
                retriever = self.retriever_of() if self.retriever_of else None
                self._checker = Checker(self.cfg, retriever=retriever)
            return self._checker


def _marked(quote: str, result: CheckResult) -> str:
    """The quote, escaped, with the minutes' differing values (red) and the confirmed
    values (green) marked."""
    text = html.escape(quote)
    marks = [(p.minutes_value, "afviger") for p in result.parts
             if p.verdict == "afkræftet" and p.minutes_value]
    marks += [(p.minutes_value, "stemmer") for p in result.parts
              if p.verdict == "bekræftet" and p.minutes_value and p.kind != "decision"]
    for value, cls in marks:
        needle = html.escape(value)
        if needle and f">{needle}<" not in text:
            text = re.sub(re.escape(needle), lambda m, c=cls: f"<mark class='{c}'>{m.group(0)}"
                          "</mark>", text, count=1, flags=re.IGNORECASE)
    return text


def table_html(results: list[CheckResult]) -> str:
    if not results:
        return "<div class='faktatjek tom'>Indsæt en tekst og tryk »Tjek«.</div>"
    rows = []
    for n, r in enumerate(results, 1):
        cite = "; ".join(c.render().strip("()") for c in r.citations) or (
            "Nærmeste: " + "; ".join(f"{i.label}" for i in r.leads) if r.leads else "–")
        said = _marked(r.evidence, r) if r.evidence else ""
        if r.correction:
            said = f"<p><strong>{html.escape(r.correction)}</strong></p>{said}"
        if r.verdict == "ikke nævnt" and not said:
            said = "Referaterne i arkivet nævner det ikke."
        rows.append(
            f"<tr class='paastand'><td>{n}</td><td>{html.escape(r.claim)}</td>"
            f"<td><span class='dom dom-{_BADGE[r.verdict]}'>{LABELS[r.verdict]}</span></td>"
            f"<td class='citat'>{said}</td><td class='kilde'>{html.escape(cite)}</td></tr>")
    return ("<div class='faktatjek'><table><thead><tr><th>#</th><th>Påstand</th><th>Dom</th>"
            "<th>Referatet siger</th><th>Kilde</th></tr></thead><tbody>" + "".join(rows)
            + "</tbody></table></div>")


def to_markdown(results: list[CheckResult]) -> str:
    def cell(s: str) -> str:
        return " ".join(s.split()).replace("|", "\\|")

    lines = ["| # | Påstand | Dom | Referatet siger | Kilde |", "|---|---|---|---|---|"]
    for n, r in enumerate(results, 1):
        said = " ".join(x for x in (r.correction, f"»{r.evidence}«" if r.evidence else "") if x)
        cite = "; ".join(c.render().strip("()") for c in r.citations)
        lines.append(f"| {n} | {cell(r.claim)} | {LABELS[r.verdict]} | {cell(said)} | "
                     f"{cell(cite)} |")
    return "\n".join(lines) + "\n"


def to_csv(results: list[CheckResult]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["påstand", "dom", "rettelse", "citat", "udvalg", "dato", "punkt", "titel"])
    for r in results:
        c = r.citations[0] if r.citations else None
        writer.writerow([r.claim, r.verdict, r.correction, r.evidence,
                         c.ref.committee if c else "", c.ref.date.isoformat() if c else "",
                         (c.ref.label or c.ref.punkt) if c else "",  # ("5a" as printed)
                         c.title if c else ""])
    return out.getvalue()


EXPORT_MAX_AGE_S = 3600.0  # Gradio has copied an export to its cache long before this
_export_root: Path | None = None


def export_root() -> Path:
    """This process's own folder for exports: made by `mkdtemp` (private, mode 0700,
    an unpredictable name), so no other user can point it elsewhere."""
    global _export_root
    if _export_root is None:
        _export_root = Path(tempfile.mkdtemp(prefix="referat-faktatjek-"))
    return _export_root


def _export(results: list[CheckResult]) -> list[str]:
    """The table as Markdown and CSV files to download; this process's exports older
    than an hour are removed first, so a long-running server does not fill the disk."""
    root = export_root()
    cutoff = time.time() - EXPORT_MAX_AGE_S
    for old in root.glob("faktatjek-*"):
        with contextlib.suppress(OSError):
            info = old.lstat()
            if stat.S_ISDIR(info.st_mode) and info.st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix="faktatjek-", dir=root))
    md, sv = folder / "faktatjek.md", folder / "faktatjek.csv"
    md.write_text(to_markdown(results), encoding="utf-8")
    sv.write_text(to_csv(results), encoding="utf-8")
    return [str(md), str(sv)]


def _cited(results: list[CheckResult]) -> list[int]:
    """Indexes of the claims with a citation: the claim picker's choices, in order."""
    return [n for n, r in enumerate(results) if r.citations]


def build_tab(cfg: Config, retriever_of: Any = None) -> None:
    """The tab's components and events, inside the caller's `gr.Blocks`."""
    checkers = _Checkers(cfg, retriever_of)

    # The claim picker gets new choices by `gr.update` and is never an event's input:
    # in Gradio (6.31) a component that was updated and is then read as an input is
    # added to the session's config a second time under its copy's id, one dead
    # dropdown per check for as long as the session lives. So the first claim's
    # sources come with the check, and a pick arrives as the select event's index.
    def run(text: str):
        try:
            checker = checkers.get()
            results = checker.check(text or "")
        except (ValueError, StoreError) as err:
            return (f"<div class='faktatjek fejl'>⚠️ {html.escape(str(err))}</div>", None,
                    gr.update(choices=[], value=None), [], sources_html(None, None))
        cited = _cited(results)
        choices = [(f"{n + 1}. {results[n].claim[:70]}", n) for n in cited]
        first = cited[0] if cited else None
        return (table_html(results), _export(results),
                gr.update(choices=choices, value=first), results, show(first, results))

    def show(index: int | None, results: list[CheckResult]) -> str:
        if index is None or not results or index >= len(results):
            return sources_html(None, None)
        return sources_html(SimpleNamespace(citations=results[index].citations),
                            checkers.get().retriever)

    def picked(results: list[CheckResult], evt: gr.SelectData) -> str:
        cited = _cited(results)
        position = evt.index if isinstance(evt.index, int) else -1
        return show(cited[position] if 0 <= position < len(cited) else None, results)

    with gr.Tab("Faktatjek", elem_id="faktatjek-fane"):
        gr.Markdown("Indsæt en påstand, et spørgsmål (»Passer det, at …?«) eller en hel tekst. "
                    "Hver påstand tjekkes mod referaterne.")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                box = gr.Textbox(lines=5, show_label=False, elem_id="faktatjek-tekst",
                                 placeholder=EXAMPLE)
                go = gr.Button("Tjek", variant="primary", elem_id="faktatjek-knap")
                table = gr.HTML(table_html([]), elem_id="faktatjek-tabel")
                files = gr.File(label="Eksport (Markdown og CSV)", file_count="multiple",
                                elem_id="faktatjek-eksport", interactive=False)
            with gr.Column(scale=2):
                pick = gr.Dropdown(label="Vis kilden til påstand", choices=[],
                                   elem_id="faktatjek-kilde-valg", interactive=True)
                panel = gr.HTML(sources_html(None, None), elem_id="faktatjek-kilder")
        state = gr.State([])
        go.click(run, [box], [table, files, pick, state, panel])
        pick.select(picked, [state], panel)

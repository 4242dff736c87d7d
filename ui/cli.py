"""`referat` — the command line: ingest, meetings, show, sag, ask, check, chat, ui, eval.

It lives in `ui/` with the Gradio page: both are interfaces over the pipeline, and
nothing below imports them.

Each command is a thin shell over the pipeline's public functions; errors a user can fix
are printed as one Danish line and a non-zero exit code, never a stack trace.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from referat.config import Config
from referat.labels import heading_name


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"Fejl: {message}", err=True)
    sys.exit(code)


def user_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the pipeline's user-facing errors into one Danish line and exit code 2."""

    @functools.wraps(func)
    def wrapper(cfg: Config, *args: Any, **kwargs: Any) -> Any:
        from ingest.store import StoreError, store_errors

        try:
            with store_errors(cfg):
                return func(cfg, *args, **kwargs)
        except (StoreError, ValueError) as err:
            _fail(str(err), 2)
        except KeyboardInterrupt:
            _fail("afbrudt.", 130)

    return wrapper


@click.group()
@click.pass_context
def main(ctx: click.Context) -> None:
    """Referat: spørg referater fra kommunale udvalgsmøder og få svar med kilder."""
    from referat.config import ConfigError

    try:
        ctx.obj = Config.from_env()
    except ConfigError as err:
        _fail(str(err), 2)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--prune", is_flag=True, help="Fjern noder fra filer, der ikke er angivet.")
@click.option("--rebuild", is_flag=True, help="Slet indekset og byg det forfra.")
@click.option("--quiet", is_flag=True, help="Ingen statuslinje.")
@click.option("--kommune", default=None,
              help="Kommunens navn; går forud for det, filen selv nævner "
                   "(REFERAT_MUNICIPALITY bruges kun, når filen intet nævner).")
@click.pass_obj
@user_errors
def ingest(cfg: Config, paths: tuple[Path, ...], prune: bool, rebuild: bool, quiet: bool,
           kommune: str | None) -> None:
    """Indlæs referater i indekset: PDF, tekst, markdown, HTML (også FirstAgendas
    webside), FirstAgenda-JSON, eDoc- og Acadre-XML — filer eller mapper."""
    from ingest.index import ingest_paths

    report = ingest_paths(paths, cfg, prune=prune, rebuild=rebuild, progress=not quiet,
                          municipality=kommune.strip() if kommune else None)
    click.echo(report.summary())
    if report.failed:
        sys.exit(1)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Møderne som JSON.")
@click.pass_obj
@user_errors
def meetings(cfg: Config, as_json: bool) -> None:
    """Vis de indlæste møder: dato, kommune, udvalg og antal punkter."""
    from rag.catalog import list_meetings
    from rag.retrieve import open_item_store

    found = list_meetings(open_item_store(cfg))
    if as_json:
        click.echo(json.dumps([{
            "municipality": m.municipality, "committee": m.committee,
            "date": m.date.isoformat(), "time": m.start_time or None, "kind": m.doc_type,
            "items": len(m.agenda), "source": m.source_file} for m in found],
            ensure_ascii=False, indent=2))
        return
    for m in found:
        where = f"{m.municipality}, " if m.municipality else ""
        kind = ", kun dagsorden" if m.doc_type == "dagsorden" else ""
        count = f"{len(m.agenda)} punkt{'er' if len(m.agenda) != 1 else ''}"
        click.echo(f"{m.date.isoformat()}  {where}{m.committee}  ({count}{kind})")


def _contains(value: str, wanted: str | None) -> bool:
    return not wanted or wanted.lower() in value.lower()


@main.command()
@click.argument("meeting_date")
@click.argument("punkt")
@click.option("--udvalg", default=None, help="Udvalgets navn (eller en del af det).")
@click.option("--kommune", default=None, help="Kommunens navn (eller en del af det).")
@click.pass_obj
@user_errors
def show(cfg: Config, meeting_date: str, punkt: str, udvalg: str | None,
         kommune: str | None) -> None:
    """Vis et helt dagsordenspunkt med alle afsnit, fx `referat show 2023-02-07 5` (eller
    punktet, som referatet skriver det: `5a`, `A`, `"lukket punkt 1"`)."""
    from rag.catalog import find_items
    from rag.retrieve import open_item_store

    try:
        day = date.fromisoformat(meeting_date)
    except ValueError:
        _fail(f"datoen skal skrives ÅÅÅÅ-MM-DD, ikke {meeting_date!r}", 2)
    found = [i for i in find_items(open_item_store(cfg), day, punkt)
             if _contains(i.committee, udvalg) and _contains(i.ref.municipality, kommune)]
    if not found:
        _fail(f"punkt {punkt} fra mødet {meeting_date} findes ikke i indekset", 1)
    if len(found) > 1:
        click.echo(f"Punkt {punkt} den {meeting_date} findes på flere møder; vælg med "
                   "--udvalg eller --kommune:", err=True)
        for i in found:
            click.echo(f"  {i.ref.render(i.title, with_municipality=True)}", err=True)
        sys.exit(2)
    item = found[0]
    click.echo(item.ref.meeting_name(with_municipality=True))
    name = heading_name(item.number, item.label)  # ("Lukket punkt 1" says it already)
    closed = "Lukket: " if item.closed and "lukket" not in name.lower() else ""
    click.echo(f"{name}: {closed}{item.title}")
    if item.journal_number:
        click.echo(f"Sagsnr. {item.journal_number}")
    if item.closed:
        click.echo("\nPunktet er lukket; indholdet er ikke offentligt.")
    for name, text in item.sections:
        click.echo(f"\n== {name} ==\n{text}")


@main.command()
@click.argument("number")
@click.pass_obj
@user_errors
def sag(cfg: Config, number: str) -> None:
    """Vis en sags forløb på tværs af møder, fx `referat sag 24-000603`."""
    from rag.case import case_history
    from rag.retrieve import open_item_store

    steps = case_history(open_item_store(cfg), number)
    if not steps:
        _fail(f"sag {number} findes ikke i indekset (søg på sagsnummeret, som det står i "
              "referatet)", 1)
    click.echo(f"Sag {number}: {len(steps)} behandlinger")
    for step in steps:
        day = step.date.isoformat() if step.date else "uden dato"
        if step.ref:
            kind = " (dagsorden)" if step.doc_type == "dagsorden" else ""
            click.echo(f"\n{day}  ({step.ref.render(step.title, with_municipality=True)}){kind}")
        else:
            where = f", punkt {step.punkt}" if step.punkt else ""
            click.echo(f"\n{day}  {step.committee}{where} (fra sagsforløbet; mødet er ikke i "
                       "arkivet)")
        click.echo("  " + (step.text.strip().replace("\n", "\n  ") or "–"))


def _scope_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--kommune` and `--udvalg`: the filters the chat page offers, for the CLI."""
    func = click.option("--udvalg", default=None,
                        help="Kun dette udvalg (navnet eller en del af det).")(func)
    return click.option("--kommune", default=None,
                        help="Kun denne kommune (navnet eller en del af det; `alle`: alle "
                             "kommuner). Standard: REFERAT_HOME_MUNICIPALITY.")(func)


def _print_answer(answer: Any, as_json: bool, debug: bool) -> None:
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(answer.text)
    if answer.citations:
        click.echo("\nKilder:")
        for i, c in enumerate(answer.citations, 1):
            click.echo(f"  [{i}] {c.render()}")
    if debug:
        click.echo("\nSøgning:")
        click.echo(f"  filtre: {answer.filters.describe()}")
        for r in answer.retrieved:
            click.echo(f"  {r.score:.3f}  {r.label}")
        click.echo(f"  tider (ms): {answer.timings}")


@main.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Det strukturerede svar som JSON.")
@click.option("--debug", is_flag=True, help="Vis fundne punkter, scorer og filtre.")
@click.option("--generator", type=click.Choice(["extractive", "llm"]), default=None)
@_scope_options
@click.pass_obj
@user_errors
def ask(cfg: Config, question: str, as_json: bool, debug: bool, generator: str | None,
        kommune: str | None, udvalg: str | None) -> None:
    """Stil ét spørgsmål, fx `referat ask "hvad besluttede udvalget om studieturen?"`."""
    from rag.answer import Answerer, question_problem

    problem = question_problem(question, cfg.max_question_chars)
    if problem:
        _fail(problem, 2)
    answerer = Answerer(cfg, generator=generator)
    filters = answerer.retriever.names.filters(kommune, udvalg, cfg.home_municipality)
    _print_answer(answerer.ask(question, filters=filters), as_json, debug)


@main.command()
@click.option("--debug", is_flag=True)
@_scope_options
@click.pass_obj
@user_errors
def chat(cfg: Config, debug: bool, kommune: str | None, udvalg: str | None) -> None:
    """En samtale i terminalen; opfølgende spørgsmål bruger forrige svars punkter."""
    from ingest.store import StoreError, store_errors
    from rag.answer import Answerer
    from rag.conversation import Conversation

    answerer = Answerer(cfg)
    filters = answerer.retriever.names.filters(kommune, udvalg, cfg.home_municipality)
    conversation = Conversation()
    click.echo("Stil et spørgsmål om referaterne (tom linje eller Ctrl-D afslutter).")
    while True:
        try:
            question = input("> ").strip()
        except EOFError:
            break
        if not question:
            break
        try:
            with store_errors(cfg):
                answer = answerer.ask(question, conversation=conversation, filters=filters)
        except StoreError as err:  # the server may come back: the chat goes on
            click.echo(f"Fejl: {err}", err=True)
            continue
        _print_answer(answer, False, debug)
        click.echo()


@main.command()
@click.option("--host", default=None, help="Lyt på denne adresse (standard 127.0.0.1).")
@click.option("--port", type=int, default=None)
@click.pass_obj
@user_errors
def ui(cfg: Config, host: str | None, port: int | None) -> None:
    """Start chatten i browseren (Gradio)."""
    from ui.app import launch

    launch(cfg.with_(ui_host=host or cfg.ui_host, ui_port=port or cfg.ui_port))


@main.command()
@click.argument("text", required=False)
@click.option("--file", "file_", type=click.Path(path_type=Path), default=None,
              help="Læs teksten fra en fil (fx en pressemeddelelse).")
@click.option("--json", "as_json", is_flag=True, help="Én JSON-post pr. påstand.")
@click.pass_obj
@user_errors
def check(cfg: Config, text: str | None, file_: Path | None, as_json: bool) -> None:
    """Faktatjek en tekst mod referaterne, fx `referat check "Passer det, at …?"`."""
    from rag.check import Checker

    if file_ is not None:
        if not file_.is_file():
            _fail(f"filen {file_} findes ikke", 2)
        text = file_.read_text(encoding="utf-8", errors="replace")
    if not (text or "").strip():
        _fail("angiv en tekst eller --file FIL", 2)
    results = Checker(cfg).check(text or "")
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2))
        return
    click.echo("\n\n".join(r.text for r in results))


@main.command(name="eval")
@click.option("--questions", type=click.Path(path_type=Path, exists=True), default=None)
@click.option("--claims", "claims_path", type=click.Path(path_type=Path, exists=True),
              default=None, help="Mål faktatjek på en påstandsfil (fx eval/claims.jsonl).")
@click.option("--json", "json_out", type=click.Path(path_type=Path), default=None)
@click.option("--report", "report_dir", type=click.Path(path_type=Path), default=None)
@click.option("--retriever", type=click.Choice(["hybrid", "bm25", "dense"]), default="hybrid")
@click.option("--generator", type=click.Choice(["extractive", "llm"]), default="extractive")
@click.option("--split", type=click.Choice(["all", "dev", "test"]), default="all",
              help="Kun dev- eller test-delen af testsættet (standard: begge).")
@click.option("--fit", is_flag=True,
              help="Tilpas den kalibrerede sikkerhed på dev-delen og gem den.")
@click.option("--quiet", is_flag=True)
@_scope_options
@click.pass_obj
@user_errors
def evaluate(
    cfg: Config,
    questions: Path | None,
    claims_path: Path | None,
    json_out: Path | None,
    report_dir: Path | None,
    retriever: str,
    generator: str,
    split: str,
    fit: bool,
    quiet: bool,
    kommune: str | None,
    udvalg: str | None,
) -> None:
    """Kør testsættet og vis målingerne (se eval/README.md)."""
    if claims_path is not None:
        from eval.claims import run_claims_cli

        run_claims_cli(cfg, claims_path, json_out, split, progress=not quiet)
        return
    from eval.run import run_cli

    if fit:
        from eval.fit import fit_cli

        fit_cli(cfg, questions, progress=not quiet, scope=(kommune, udvalg))
    run_cli(cfg, questions, json_out, report_dir, retriever, generator, progress=not quiet,
            split=split, scope=(kommune, udvalg))


@main.group()
def bench() -> None:
    """Målinger af hastighed og hukommelse."""


@bench.command(name="scale")
@click.option("--nodes", default="10000,100000,300000", show_default=True,
              help="Størrelser (antal afsnit), kommasepareret.")
@click.option("--json", "json_out", type=click.Path(path_type=Path), default=None)
@click.option("--chroma-host", default=None,
              help="Byg korpusset på en `chroma run`-server (VÆRT eller VÆRT:PORT).")
@click.option("--keep", type=click.Path(path_type=Path), default=None,
              help="Byg i denne nye mappe og behold den.")
@click.pass_obj
@user_errors
def bench_scale(cfg: Config, nodes: str, json_out: Path | None, chroma_host: str | None,
                keep: Path | None) -> None:
    """Syntetisk arkiv af seeds' afsnit (fra indekset i REFERAT_DATA_DIR): opstart,
    svartid og hukommelse pr. størrelse."""
    from eval.scale import bench_scale as run

    try:
        sizes = [int(n.replace("_", "")) for n in nodes.split(",") if n.strip()]
    except ValueError:
        _fail(f"--nodes skal være heltal adskilt af komma, ikke {nodes!r}", 2)
    if chroma_host and ":" in chroma_host:
        chroma_host, port = chroma_host.rsplit(":", 1)
        if not (port.isascii() and port.isdigit()):
            _fail(f"--chroma-host: porten skal være et tal, ikke {port!r}", 2)
        cfg = cfg.with_(chroma_port=int(port))
    run(sizes, cfg, json_out, chroma_host, keep=keep)


if __name__ == "__main__":
    main()

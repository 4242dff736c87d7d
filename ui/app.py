"""The Gradio chat: `referat ui` / `make run`.

One page: the chat (answers stream in, numbered citations under each), a sources panel
beside it (quoted passage highlighted, the whole item one click away), filters on
municipality, committee and date range, example questions, "Ny samtale", a "Vis søgning" view and
👍/👎 feedback. Each browser session has its own conversation (`gr.State`); the queue
runs several sessions' questions at once. Binds 127.0.0.1 unless told otherwise; an
optional login comes from `REFERAT_UI_AUTH`.
"""

from __future__ import annotations

import dataclasses
import hmac
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import gradio as gr

from ingest.store import StoreError, as_store_error
from rag.answer import Answerer
from rag.conversation import Conversation
from referat.config import Config
from referat.domain import Answer, Filters

from .factcheck import CSS as FACTCHECK_CSS
from .factcheck import build_tab as build_factcheck_tab
from .feedback import FeedbackRefused, record_feedback
from .limits import RateLimiter
from .memory import limit_gradio_analytics, limit_malloc_arenas
from .render import answer_markdown, search_html, sources_html

EXAMPLES = [
    "hvad besluttede udvalget om studieturen?",
    "hvem deltog i mødet den 18. marts 2025?",
    "hvor mange ansatte har Caverion i Danmark?",
    "hvad skete der med punkt 12 den 6. februar 2024?",
    "hvornår træder røgfri arbejdstid i kraft?",
]
CSS = """
.kilder div.kilde { border: 1px solid var(--border-color-primary); border-radius: 6px;
  padding: .4rem .6rem; margin-bottom: .5rem; }
.kilder .kilde-navn { font-weight: 600; }
.kilder summary { cursor: pointer; color: var(--link-text-color); }
.kilder blockquote.citat { border-left: 3px solid #e0b000; margin: .4rem 0; padding-left: .6rem; }
.kilder mark { background: #fff1a8; color: inherit; }
.kilder h4 { margin: .6rem 0 .2rem; font-size: .9rem; }
.kilder p { white-space: pre-wrap; margin: 0; font-size: .9rem; }
.kilde-meta { color: var(--body-text-color-subdued); font-size: .85rem; }
table.sog { font-size: .85rem; margin-bottom: .6rem; }
"""


log = logging.getLogger("referat.ui")
LIKE_WAIT_SECONDS = 30.0  # a 👍 on an answer still streaming waits this long for it
UNEXPECTED = ("Der opstod en uventet fejl under svaret; prøv igen. Fejlen er skrevet i "
              "serverens log.")


def _empty_panels() -> tuple[str, str]:
    return sources_html(None, None), search_html(None)


@dataclass
class ChatSession:
    """One browser session: its conversation, the answer behind each of its last `turns`
    bot messages (older answers are dropped with their messages) and what its sources
    and search panels show.

    The panels are sent again, unchanged, while a new answer streams in, rather than
    `gr.skip()`: in Gradio (6.31) a skip/update on an output replaces that component in
    the session's config with a copy under a new id, and the next plain value registers
    the copy under its own id as well, so every question left two dead components (and
    their configs) in the session for as long as the session lived: ~25 KB a request."""

    conversation: Conversation = field(default_factory=Conversation)
    answers: dict[int, Answer] = field(default_factory=dict)
    turns: int = 20
    panels: tuple[str, str] = field(default_factory=_empty_panels)
    # The bot message being written now (its index in the history the browser shows),
    # and how far the last `keep` shifted the indexes: a 👍 clicked while the answer
    # still streams in waits for it (`answer_for`).
    writing: int | None = None
    shift: int = 0

    def keep(self, history: list[dict[str, Any]], index: int, answer: Answer) -> list:
        """Remember `answer` (slim: what feedback needs) for message `index`; returns the
        history cut to the last `turns` question/answer pairs, indexes shifted to match."""
        self.answers[index] = dataclasses.replace(answer, retrieved=[], features={},
                                                  timings={})
        self.shift = cut = max(0, len(history) - 2 * self.turns)
        if cut:
            history = history[cut:]
            self.answers = {i - cut: a for i, a in self.answers.items() if i >= cut}
        return history

    def answer_for(self, index: int, wait_seconds: float = 0.0) -> Answer | None:
        """The answer behind bot message `index`. A message still being written is
        waited for, up to `wait_seconds` (the text shows before the answer is complete:
        its sources panel comes last)."""
        if index in self.answers or index != self.writing:
            return self.answers.get(index)
        deadline = time.monotonic() + wait_seconds
        while self.writing == index and time.monotonic() < deadline:
            time.sleep(0.05)
        if self.writing == index:
            return None
        return self.answers.get(index - self.shift)


def _chat_error(err: Exception, cfg: Config) -> str:
    """One Danish line for a failed answer: the store's own message, or a generic one
    (the traceback goes to the server log, never to the user)."""
    store = as_store_error(cfg, err)
    if store is not None:
        return str(store)
    log.exception("answer failed")
    return UNEXPECTED


class _Answerers:
    """The shared, loaded answerer; built on first use and rebuilt after an error, so a
    page opened before `referat ingest` works once the index exists."""

    def __init__(self, cfg: Config, answerer: Answerer | None = None) -> None:
        self.cfg, self._answerer, self._lock = cfg, answerer, threading.Lock()

    def get(self) -> Answerer:
        with self._lock:
            if self._answerer is None:
                self._answerer = Answerer(self.cfg)
            return self._answerer

    def choices(self) -> tuple[list[str], list[str]]:
        """The filters' choices: the index's municipalities and committees now (after an
        ingest, the page shows the new ones when it is loaded again)."""
        try:
            retriever = self.get().refresh()
        except StoreError:
            return [], []
        return retriever.municipalities, retriever.committees

    def home(self) -> list[str]:
        """The Kommune filter's starting value: the user's own municipality
        (REFERAT_HOME_MUNICIPALITY) when the archive holds several, else none."""
        if not self.cfg.home_municipality:
            return []
        try:
            return self.get().retriever.names.home(self.cfg.home_municipality)
        except StoreError:
            return []


def parse_date(value: str | None, field_name: str) -> date | None:
    """`"2023-02-07"` → date; empty → None; anything else → a Danish ValueError."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{field_name} skal skrives ÅÅÅÅ-MM-DD, fx 2023-02-07 "
                         f"(ikke »{value}«).") from None


def make_filters(committees: list[str] | None, date_from: str | None,
                 date_to: str | None, municipalities: list[str] | None = None) -> Filters:
    lo = parse_date(date_from, "Fra-datoen")
    hi = parse_date(date_to, "Til-datoen")
    if lo and hi and lo > hi:
        raise ValueError("Fra-datoen ligger efter til-datoen.")
    return Filters(date_from=lo, date_to=hi, committees=list(committees or []),
                   municipalities=list(municipalities or []))


def describe_filters(committees: list[str] | None, date_from: str | None,
                     date_to: str | None, municipalities: list[str] | None = None) -> str:
    try:
        f = make_filters(committees, date_from, date_to, municipalities)
    except ValueError as err:
        return f"**Filtre:** ⚠️ {err}"
    text = f.describe()
    return "**Aktive filtre:** " + ("ingen — alle møder" if text == "ingen" else text)


def build_app(cfg: Config, answerer: Answerer | None = None) -> gr.Blocks:
    """The page, wired to one shared answerer (loaded lazily)."""
    answerers = _Answerers(cfg, answerer)
    feedback_limit = RateLimiter(cfg.feedback_per_hour, 3600.0)

    def new_session() -> ChatSession:
        return ChatSession(turns=cfg.session_turns)

    def respond(message: str, history: list[dict[str, Any]], session: ChatSession,
                committees: list[str], date_from: str, date_to: str,
                municipalities: list[str]):
        message = (message or "").strip()
        history = list(history or [])
        if not message:
            yield history, *session.panels, session, ""
            return
        shown = message if len(message) <= cfg.max_question_chars else (
            message[: cfg.max_question_chars] + " …")
        history.append({"role": "user", "content": shown})
        history.append({"role": "assistant", "content": "…"})
        yield history, *session.panels, session, ""
        try:
            filters = make_filters(committees, date_from, date_to, municipalities)
            engine = answerers.get()
        except (ValueError, StoreError) as err:
            history[-1] = {"role": "assistant", "content": f"⚠️ {err}"}
            yield history, *session.panels, session, ""
            return
        final: Answer | None = None
        session.writing = len(history) - 1
        try:
            for text, done in engine.stream(message, session.conversation, filters):
                final = done
                history[-1] = {"role": "assistant", "content": answer_markdown(text, done)}
                if done is None:
                    yield history, *session.panels, session, ""
            panels = sources_html(final, engine.retriever), search_html(final)
        except Exception as err:  # a lost Chroma server, or a bug: one line, no trace
            session.writing = None
            history[-1] = {"role": "assistant", "content": f"⚠️ {_chat_error(err, cfg)}"}
            yield history, *session.panels, session, ""
            return
        if final is not None:
            history = session.keep(history, len(history) - 1, final)
        session.writing = None
        session.panels = panels
        yield history, *panels, session, ""

    def new_conversation():
        fresh = new_session()
        return [], *fresh.panels, fresh, "", ""

    def on_like(data: gr.LikeData, session: ChatSession, comment: str,
                request: gr.Request):
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        answer = session.answer_for(int(index), LIKE_WAIT_SECONDS)
        if answer is None:
            if session.writing == int(index):
                return "Svaret skrives stadig; giv din feedback, når det er færdigt."
            return "Der er intet svar at give feedback på."
        who = getattr(request, "username", None) or getattr(request, "session_hash", "") or ""
        if feedback_limit.blocked(who):
            return (f"Du har givet meget feedback på kort tid; prøv igen om "
                    f"{feedback_limit.wait_seconds(who) // 60 + 1} minutter.")
        try:
            record_feedback(cfg.feedback_path, answer, bool(data.liked), comment or "",
                            cfg.feedback_max_chars, cfg.feedback_max_bytes)
        except FeedbackRefused as err:
            return f"⚠️ {err}"
        except OSError as err:
            return f"⚠️ Feedbacken kunne ikke gemmes i {cfg.feedback_path} ({err.strerror})."
        feedback_limit.record(who)
        return f"Tak for din feedback ({'👍' if data.liked else '👎'}) — den er gemt."

    # Files Gradio copies to its cache (the Faktatjek exports) are deleted after a day.
    with gr.Blocks(title="Referat — spørg referaterne", fill_height=False,
                   delete_cache=(3600, 86400)) as demo:
        session = gr.State(new_session, time_to_live=cfg.session_idle_minutes * 60)
        gr.Markdown("# Referat\nSpørg om udvalgenes referater. Svarene citerer referatet "
                    "og henviser til udvalg, mødedato og punkt.")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Samtale", height=520, elem_id="chat",
                                     buttons=["copy"], placeholder=(
                                         "Stil et spørgsmål, fx »hvad besluttede udvalget om "
                                         "studieturen?«"))
                with gr.Row():
                    box = gr.Textbox(placeholder="Skriv dit spørgsmål og tryk Enter",
                                     show_label=False, scale=5, elem_id="spoergsmaal",
                                     autofocus=True, max_length=cfg.max_question_chars)
                    send = gr.Button("Spørg", variant="primary", scale=1, elem_id="spoerg")
                gr.Examples(EXAMPLES, inputs=box, label="Eksempler")
                with gr.Row():
                    new = gr.Button("Ny samtale", elem_id="ny-samtale")
                    comment = gr.Textbox(placeholder="Kommentar til din feedback (valgfri)",
                                         show_label=False, scale=3, elem_id="kommentar",
                                         max_length=cfg.feedback_max_chars)
                status = gr.Markdown(elem_id="feedback-status")
            with gr.Column(scale=2):
                with gr.Accordion("Filtre", open=True):
                    towns, names = answerers.choices()
                    municipalities = gr.Dropdown(choices=towns, multiselect=True,
                                                 value=answerers.home(),
                                                 label="Kommune", elem_id="kommune")
                    committees = gr.Dropdown(choices=names, multiselect=True,
                                             label="Udvalg", elem_id="udvalg")
                    with gr.Row():
                        date_from = gr.Textbox(label="Fra dato", placeholder="ÅÅÅÅ-MM-DD",
                                               elem_id="fra-dato")
                        date_to = gr.Textbox(label="Til dato", placeholder="ÅÅÅÅ-MM-DD",
                                             elem_id="til-dato")
                    active = gr.Markdown(describe_filters(None, None, None, answerers.home()),
                                         elem_id="aktive-filtre")
                gr.Markdown("### Kilder")
                sources = gr.HTML(sources_html(None, None), elem_id="kilder")
                with gr.Accordion("Vis søgning", open=False, elem_id="vis-soegning"):
                    search = gr.HTML(search_html(None), elem_id="soegning")

        inputs = [box, chatbot, session, committees, date_from, date_to, municipalities]
        outputs = [chatbot, sources, search, session, box]
        box.submit(respond, inputs, outputs)
        send.click(respond, inputs, outputs)
        new.click(new_conversation, None, [chatbot, sources, search, session, box, status])
        chatbot.like(on_like, [session, comment], status)
        for control in (committees, date_from, date_to, municipalities):
            control.change(describe_filters, [committees, date_from, date_to, municipalities],
                           active)

        def refresh_choices():
            towns, names = answerers.choices()
            return (gr.Dropdown(choices=towns, value=answerers.home()),
                    gr.Dropdown(choices=names))

        # Choices as the index is when the page is opened, not when the server started.
        demo.load(refresh_choices, None, [municipalities, committees])
        build_factcheck_tab(cfg, lambda: answerers.get().retriever)
    return demo


def parse_auth(spec: str | None) -> list[tuple[str, str]] | None:
    """`REFERAT_UI_AUTH`: "user:password,user2:password2" or the path of a file with one
    user:password per line. None → no login."""
    if not spec:
        return None
    path = Path(spec)
    text = path.read_text(encoding="utf-8") if path.is_file() else spec.replace(",", "\n")
    pairs = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        user, sep, password = line.partition(":")
        if not sep or not user or not password:
            raise ValueError(f"REFERAT_UI_AUTH: linje {n} skal have formen bruger:adgangskode")
        pairs.append((user, password))
    return pairs or None


def login_checker(pairs: list[tuple[str, str]], attempts: int,
                  window: float = 60.0) -> Any:
    """The login check: constant-time password comparison, and at most `attempts` failed
    tries per user name (and 10× that over all names) per `window` seconds; past that
    even the right password is refused until the window has passed.

    >>> check = login_checker([("ane", "hemmelig")], attempts=2)
    >>> [check("ane", p) for p in ("x", "y", "hemmelig")], check("bo", "hemmelig")
    ([False, False, False], False)
    """
    users = dict(pairs)
    per_user = RateLimiter(attempts, window)
    overall = RateLimiter(10 * attempts, window, max_keys=1)

    def check(username: str, password: str) -> bool:
        if per_user.blocked(username) or overall.blocked("*"):
            return False
        wanted = users.get(username)
        ok = wanted is not None and hmac.compare_digest(password.encode(), wanted.encode())
        if not ok:
            per_user.record(username)
            overall.record("*")
        return ok

    return check


def launch(cfg: Config) -> None:
    """Serve the chat on cfg.ui_host:cfg.ui_port (127.0.0.1 unless told otherwise)."""
    limit_malloc_arenas()  # before the model loads and the worker threads start
    limit_gradio_analytics()
    pairs = parse_auth(cfg.ui_auth)
    auth = login_checker(pairs, cfg.login_attempts) if pairs else None
    demo = build_app(cfg)
    demo.queue(default_concurrency_limit=8)
    print(f"Referat kører på http://{cfg.ui_host}:{cfg.ui_port}", flush=True)
    demo.launch(server_name=cfg.ui_host, server_port=cfg.ui_port, share=False, auth=auth,
                auth_message=(f"Log ind for at bruge Referat. Efter {cfg.login_attempts} "
                              "forkerte forsøg skal du vente et minut.") if auth else None,
                css=CSS + FACTCHECK_CSS, footer_links=[], quiet=True,
                state_session_capacity=cfg.max_sessions)

"""The chat server keeps nothing per question outside the bounded chat session: the real
Gradio app over the real seed index, asked as browsers ask (gradio_client, one session
sending its history back). `python -m eval.bench_memory` measures the same in RSS."""

from __future__ import annotations

from eval.bench_memory import free_port
from referat.config import Config

QUESTIONS = [
    "hvad besluttede udvalget om studieturen?",
    "hvem deltog i mødet den 18. marts 2025?",
    "hvornår træder røgfri arbejdstid i kraft?",
]


def test_questions_leave_nothing_behind_in_the_server(seed_cfg: Config, answerer) -> None:
    """Gradio copies a component into the session's config on every `gr.skip()`, and the
    next plain value adds the copy a second time under its own id: the chat sent its
    panels that way and every question left two dead components in the session. And
    llama-index's callback managers kept an entry per retrieval. Neither may grow."""
    from gradio_client import Client

    from ui.app import build_app

    demo = build_app(seed_cfg, answerer=answerer)
    demo.queue()
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True,
                quiet=True)
    try:
        chat = Client(f"http://127.0.0.1:{port}/", verbose=False)
        history: list = []

        def ask(question: str) -> str:
            nonlocal history
            history, sources, *_ = chat.predict(question, history, [], "", "",
                                                api_name="/respond")
            return sources

        ask(QUESTIONS[0])
        session = demo.state_holder.session_data[chat.session_hash]
        size = len(session.blocks_config.blocks), len(session.config_values)
        for question in QUESTIONS * 4:
            sources = ask(question)
        assert (len(session.blocks_config.blocks), len(session.config_values)) == size
        assert "class='kilde'" in sources  # the panels still show the last answer's sources
        assert len(history) == 2 * 13
        retriever = answerer.retriever
        for callbacks in (retriever.callbacks, retriever.embedder.callback_manager,
                          retriever.bm25.callback_manager):
            assert len(callbacks.trace_map) <= 1
    finally:
        demo.close()

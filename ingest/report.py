"""What `referat ingest` tells its user: a result per meeting of each file (added,
updated, unchanged, skipped with a Danish reason, duplicate, merged into or replaced by
another file's meeting) and a short Danish summary
with timings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class FileResult:
    path: Path
    # added | updated | unchanged | skipped | duplicate, or (its meeting went into
    # another file's: `ingest.sittings`) merged | replaced
    status: str
    reason: str = ""
    meeting: str = ""
    items: int = 0
    nodes: int = 0
    format: str = ""  # the source adapter that read it
    warnings: list[str] = field(default_factory=list)
    reread: bool = False  # a known file read again by newer reading code

    @property
    def failed(self) -> bool:
        return self.status == "skipped"


@dataclass
class IngestReport:
    files: list[FileResult] = field(default_factory=list)
    embedded_chunks: int = 0
    embedded_tokens: int = 0
    embed_seconds: float = 0.0
    total_seconds: float = 0.0
    pruned_nodes: int = 0
    replaced_nodes: int = 0  # of meetings a file no longer holds when read again
    index_nodes: int = 0

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.failed]

    @property
    def written(self) -> list[FileResult]:
        return [f for f in self.files if f.status in ("added", "updated")]

    def summary(self) -> str:
        """A short Danish summary for the terminal."""
        done = [f for f in self.files if f.status in ("added", "updated", "unchanged")]
        lines = [
            f"Møder: {len(done)} ({len(self.written)} skrevet, "
            f"{sum(f.status == 'unchanged' for f in self.files)} uændrede)",
            f"Punkter: {sum(f.items for f in done)}   Noder i indekset: {self.index_nodes}",
        ]
        if self.embedded_chunks:
            rate = self.embedded_chunks / self.embed_seconds if self.embed_seconds else 0.0
            lines.append(
                f"Indlejret: {self.embedded_chunks} afsnit ({self.embedded_tokens} ord) på "
                f"{self.embed_seconds:.1f} s = {rate:.1f} afsnit/s; "
                f"i alt {self.total_seconds:.1f} s"
            )
        reread = [f for f in self.files if f.reread]
        if reread:
            lines.append(f"Læst igen af en nyere version af Referat: {len(reread)} møder, "
                         f"{sum(f.status == 'updated' for f in reread)} med ændrede afsnit")
        if self.pruned_nodes:
            lines.append(f"Fjernet: {self.pruned_nodes} noder fra filer, der ikke længere findes")
        for f in self.files:
            if f.status in ("skipped", "duplicate"):
                lines.append(f"Sprunget over: {shown_name(f.path)}: {f.reason}")
            elif f.status in ("merged", "replaced"):
                lines.append(f"{shown_name(f.path)}: {f.reason}")
            else:
                # An unchanged file is not read again, so its format is not known.
                lines.append(f"{shown_name(f.path)}: {f.format or 'uændret'}, {f.meeting}, "
                             f"{f.items} "
                             f"punkt{'er' if f.items != 1 else ''}"
                             + "".join(f"\n  advarsel: {w}" for w in f.warnings))
        return "\n".join(lines)


def shown_name(path: Path) -> str:
    """A file name safe to print: control characters (terminal escapes) become "?"."""
    return "".join("?" if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in path.name)

"""Kept for old imports: the text/markdown/PDF-text parser is now one source adapter,
`ingest.formats.text`."""

from .formats.common import ParseError
from .formats.text import parse_minutes

__all__ = ["ParseError", "parse_minutes"]

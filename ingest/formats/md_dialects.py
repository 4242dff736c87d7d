"""A markdown file as the text reader reads it, whichever tool wrote it: each dialect's
own markup (a site generator's shortcodes, HTML left in by a converter, its comments,
MkDocs' and Docusaurus's admonitions, Pandoc's, Notion's, Obsidian's, a notes app's, a wiki's) in
the forms the reader knows. Each step returns a text without its markup unchanged."""

from __future__ import annotations

from ..pdf_glyphs import without_glyph_names
from .heading_rest import heading_rest
from .loop_md import loop_notes
from .marker_md import marker_markdown
from .md_comments import md_comments
from .md_html import md_html
from .md_images import md_images
from .md_notes import notes_markdown
from .mkdocs_md import mkdocs_markdown
from .notion_md import notion_markdown
from .obsidian_md import obsidian_markdown
from .overview_md import overview_decisions
from .pandoc_md import pandoc_markdown
from .site_shortcodes import shortcode_text
from .wiki_md import wiki_markdown


def markdown_dialects(whole: str) -> str:
    """The markdown with every dialect's markup read (see the module's docstring)."""
    # (HTML tables, members; images; shortcodes; marker's page marks and anchors; comments:
    # docling's image placeholders, Azure's page furniture)
    whole = md_html(md_images(marker_markdown(shortcode_text(md_comments(whole)))))
    whole = without_glyph_names(whole)  # (docling's "GLYPH<c=127,font=…>" bullets)
    # (admonitions, Docusaurus's fenced ones too, before Pandoc drops bare ":::" lines)
    whole = mkdocs_markdown(whole)
    whole = pandoc_markdown(whole)  # (setext headings, a definition list's header)
    whole = heading_rest(whole)  # (an item's heading broken into two paragraphs)
    whole = notion_markdown(whole)  # (callouts, a toggle list of items)
    whole = obsidian_markdown(whole)  # (callouts, wiki links, "%% … %%" comments)
    whole = notes_markdown(whole)  # (icon facts, an attendance task list, time slots)
    whole = wiki_markdown(whole)  # ("[[_TOC_]]", "… **Beslutning:** Godkendt.")
    whole = overview_decisions(whole)  # (every decision in one "Beslutningsoversigt")
    return loop_notes(whole)  # (an agenda checklist, unnumbered notes headings)

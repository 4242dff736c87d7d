"""The "Faktatjek" tab in a real browser (Debian's chromium via Playwright) against the
real app over the real seed index: paste a paragraph, get one row per claim with a
verdict badge, the differing value highlighted, the citation in the sources panel, and
Markdown/CSV exports."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
TEXT = ("Er det rigtigt, at udvalget godkendte en studietur til Stockholm i 2023? "
        "Studieturen til Lund gennemføres den 23.-24. november 2023. "
        "Udvalget besluttede at lukke jobcentret i 2024.")


def test_factcheck_tab(browser, app_url: str) -> None:
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    page.goto(app_url)
    page.get_by_role("tab", name="Faktatjek").click()
    page.locator("#faktatjek-tekst textarea").fill(TEXT)
    page.locator("#faktatjek-knap").click()
    rows = page.locator("#faktatjek-tabel tr.paastand")
    expect(rows).to_have_count(3, timeout=90_000)
    expect(rows.nth(0).locator(".dom")).to_have_text("Afkræftet")
    expect(rows.nth(0).locator("mark.afviger")).to_have_text("Lund")
    expect(rows.nth(0)).to_contain_text("7. februar 2023, punkt 5")
    expect(rows.nth(1).locator(".dom")).to_have_text("Bekræftet")
    expect(rows.nth(1).locator("mark.stemmer", has_text="23.-24. november 2023")).to_have_count(1)
    expect(rows.nth(2).locator(".dom")).to_have_text("Ikke nævnt")
    expect(rows.nth(2)).to_contain_text("nævner det ikke")

    # the first claim's citation opens in the sources panel, whole item one click away
    panel = page.locator("#faktatjek-kilder")
    expect(panel).to_contain_text("Studietur til Lund", timeout=30_000)
    panel.get_by_text("Vis hele punktet").first.click()
    expect(panel.locator("details[open]")).to_contain_text("Sagsfremstilling")
    # another claim picked: the panel quotes that claim's passage
    quote = panel.locator("blockquote.citat").first
    expect(quote).not_to_contain_text("23.-24. november 2023")
    page.locator("#faktatjek-kilde-valg input").click()
    page.get_by_role("option", name=re.compile(r"^2\. Studieturen")).click()
    expect(quote).to_contain_text("23.-24. november 2023", timeout=30_000)

    # exports: Markdown and CSV with one row per claim
    links = page.locator("#faktatjek-eksport a")
    expect(links).to_have_count(2, timeout=30_000)
    got = {}
    for n in range(2):
        with page.expect_download() as download:
            links.nth(n).click()
        got[Path(download.value.suggested_filename).suffix] = Path(
            download.value.path()).read_text(encoding="utf-8")
    markdown, table = got[".md"], got[".csv"]
    assert markdown.count("\n| ") == 3 and "Afkræftet" in markdown and "Ikke nævnt" in markdown
    rows_csv = table.strip().splitlines()
    assert len(rows_csv) == 4 and rows_csv[0].startswith("påstand,dom")
    page.close()

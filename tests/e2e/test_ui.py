"""The Gradio chat in a real browser: Debian's chromium driven by Playwright against the
real app (`referat ui`) over the real seed index."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ingest.index import ingest_paths
from referat.config import Config
from tests.e2e.conftest import ROOT, serve
from ui.app import make_filters, parse_auth

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "tests" / "artifacts"
SCREENSHOT = ROOT / "docs" / "chat.png"
STUDIETUR = "hvad besluttede udvalget om studieturen?"
NOT_FOUND = "Det kan jeg ikke finde i referaterne."


def _ask(page, question: str) -> None:
    box = page.locator("#spoergsmaal textarea")
    box.fill(question)
    box.press("Enter")


def _last_answer(page):
    return page.locator("#chat [data-testid='bot']").last


def test_studietur_answer_sources_and_date_filter(browser, app_url: str) -> None:
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    page.goto(app_url)
    _ask(page, STUDIETUR)
    answer = _last_answer(page)
    expect(answer).to_contain_text("23.-24. november 2023", timeout=60_000)
    expect(answer).to_contain_text("7. februar 2023, punkt 5")
    sources = page.locator("#kilder")
    expect(sources).to_contain_text("Studietur til Lund")
    source = sources.locator(".kilde", has_text="Studietur til Lund").first
    source.get_by_text("Vis hele punktet").click()
    expect(source.locator("details[open]")).to_contain_text("Sagsfremstilling")
    expect(source.locator("mark").first).to_contain_text("23.-24. november 2023")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=False)
    if os.environ.get("REFERAT_UPDATE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copy(ARTIFACTS / "chat.png", SCREENSHOT)

    # "Vis søgning" shows what was retrieved, with scores
    page.get_by_text("Vis søgning").click()
    expect(page.locator("#soegning")).to_contain_text("Studietur til Lund")
    expect(page.locator("#soegning")).to_contain_text("Cosinus")

    # a date filter that excludes 2023: the same question is no longer answered
    page.locator("#til-dato textarea").fill("2022-12-31")
    expect(page.locator("#aktive-filtre")).to_contain_text("31. december 2022")
    _ask(page, STUDIETUR)
    expect(page.locator("#chat [data-testid='bot']")).to_have_count(2, timeout=60_000)
    expect(_last_answer(page)).to_contain_text(NOT_FOUND, timeout=60_000)
    expect(_last_answer(page)).not_to_contain_text("23.-24. november 2023")

    # the municipality filter offers the index's municipalities and shows when chosen
    page.locator("#kommune input").click()
    page.get_by_role("option", name="Ballerup").click()
    expect(page.locator("#aktive-filtre")).to_contain_text("kommune Ballerup")

    # a follow-up keeps the conversation; "Ny samtale" clears it
    page.locator("#til-dato textarea").fill("")
    page.get_by_role("button", name="Ny samtale").click()
    expect(page.locator("#chat [data-testid='bot']")).to_have_count(0)
    page.close()


def test_feedback_is_saved(browser, app_url: str, seed_cfg: Config) -> None:
    from playwright.sync_api import expect

    page = browser.new_page()
    page.goto(app_url)
    _ask(page, "hvor mange ansatte har Caverion i Danmark?")
    expect(_last_answer(page)).to_contain_text("300", timeout=60_000)
    page.locator("#kommentar textarea").fill("Præcist svar")
    before = seed_cfg.feedback_path.read_text().count("\n") if seed_cfg.feedback_path.exists() \
        else 0
    page.locator("#chat").get_by_role("button", name="Like").last.click()
    expect(page.locator("#feedback-status")).to_contain_text("Tak for din feedback")
    lines = seed_cfg.feedback_path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == before + 1
    assert '"rating": "up"' in lines[-1] and "Præcist svar" in lines[-1]
    assert "Caverion" in lines[-1] and '"punkt": 1' in lines[-1]
    page.close()


def test_two_sessions_at_once_get_their_own_answers(browser, app_url: str) -> None:
    from playwright.sync_api import expect

    pages = [browser.new_context().new_page() for _ in range(2)]
    for page in pages:
        page.goto(app_url)
    questions = [STUDIETUR, "hvem blev valgt som midlertidig formand?"]
    expected = ["23.-24. november 2023", "Anja Holtze"]
    for page, q in zip(pages, questions, strict=True):  # both asked before either answers
        _ask(page, q)
    for page, want, other in zip(pages, expected, expected[::-1], strict=True):
        expect(_last_answer(page)).to_contain_text(want, timeout=60_000)
        expect(page.locator("#chat")).not_to_contain_text(other)
        expect(page.locator("#chat [data-testid='user']")).to_have_count(1)
    for page in pages:
        page.context.close()


XSS = "<script>alert(1)</script> [klik her](javascript:alert(2)) <img src=x onerror=alert(3)>"


def test_minutes_text_renders_inert(browser, tmp_path: Path, seeds_dir: Path) -> None:
    """An agenda item with a script tag, a javascript: link and an onerror image shows
    as text in the chat and the sources panel; nothing runs."""
    from playwright.sync_api import expect

    minutes = tmp_path / "minutes"
    minutes.mkdir()
    seed = (seeds_dir / "004_92e4476df07c6aa3.txt").read_text(encoding="utf-8")
    assert "Borgmesterens virksomhedsbesøg:" in seed
    (minutes / "xss.txt").write_text(
        seed.replace("Borgmesterens virksomhedsbesøg:", f"Borgmesterens virksomhedsbesøg: {XSS} "),
        encoding="utf-8")
    cfg = Config(data_dir=tmp_path / "data")
    assert not ingest_paths([minutes], cfg, progress=False).failed
    with serve(cfg) as url:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url)
        _ask(page, "hvilken virksomhed besøgte borgmesteren?")
        expect(_last_answer(page)).to_contain_text("<script>alert(1)</script>", timeout=60_000)
        expect(_last_answer(page)).to_contain_text("[klik her](javascript:alert(2))")
        expect(page.locator("#kilder")).to_contain_text("<img src=x onerror=alert(3)>")
        page.locator("#kilder").get_by_text("Vis hele punktet").first.click()
        page.wait_for_timeout(500)
        assert page.locator("a[href^='javascript']").count() == 0
        assert page.locator("#chat script, #kilder script, #chat img[src='x'], "
                            "#kilder img[src='x']").count() == 0
        assert dialogs == []
        page.close()


def test_ui_filters_and_login_settings(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Til-datoen skal skrives ÅÅÅÅ-MM-DD"):
        make_filters([], "", "31-12-2022")
    with pytest.raises(ValueError, match="Fra-datoen ligger efter"):
        make_filters([], "2024-01-01", "2023-01-01")
    assert make_filters(["X"], "2023-01-01", "").describe() == "dato 1. januar 2023 – …; udvalg X"
    assert parse_auth("anna:hemmelig,bo:kode") == [("anna", "hemmelig"), ("bo", "kode")]
    users = tmp_path / "users.txt"
    users.write_text("# staff\nanna:hemmelig\n", encoding="utf-8")
    assert parse_auth(str(users)) == [("anna", "hemmelig")]
    with pytest.raises(ValueError, match="linje 1"):
        parse_auth("anna")
    assert parse_auth(None) is None

"""Failure classes of the twenty-third session's blind batches (pk on other
municipalities, cf and pl): a Beslutning that lists news is shown as its paragraphs on
the matter asked, and one sentence between two quoted ones is shown, not elided. In
memory; no model, no Chroma."""

from __future__ import annotations

from datetime import date

from rag.compose.decision import decision_block

from .item_context import item_context

DAY = date(2024, 5, 30)
NEWS = "\n".join([
    "Forvaltningen orienterede endvidere om:",
    "Status for kloakseparering i Hvalsø",
    "Tilslutningsfristen er 1. juni. Der mangler stadig 40 husstande.",
    "Retssag om lugtgener",
    "Der er indgået forlig i sagen om lugtgener fra et rensningsanlæg.",
    "Naturprisen",
    "Naturprisen på 10.000 kr. uddeles i år på Naturens Dag den 13. september.",
])


def _decision(question: str, title: str, decision: str, text: str = "") -> str:
    ctx = item_context(question, [(9, title, DAY)], {9: [
        ("Sagsfremstilling", text or "Forvaltningen giver udvalget en orientering."),
        ("Beslutning", decision)]})
    return decision_block(ctx, ctx.candidates[0])[0]


def test_a_list_of_news_shows_the_paragraph_on_the_matter_asked() -> None:
    """Asked about the prize, the answer quotes the prize's paragraph with its heading,
    not the sewers and the lawsuit."""
    shown = _decision("Hvor stor er naturprisen, og hvornår uddeles den?",
                      "Huskeliste og orientering fra forvaltningen", NEWS)
    assert "10.000 kr." in shown and "> Naturprisen\n" in shown
    assert "kloakseparering" not in shown and "lugtgener" not in shown
    assert "> […]" in shown


def test_a_list_of_news_not_on_the_matter_is_not_quoted_at_length() -> None:
    shown = _decision("Søger kommunen puljen til cykelparkering?",
                      "Huskeliste og orientering fra forvaltningen", NEWS,
                      "Kommunen søger ikke puljen til cykelparkering i år.")
    assert "kloakseparering" not in shown and "Naturprisen" not in shown
    assert "Kommunen søger ikke puljen" in shown


def test_a_long_decision_on_one_matter_is_shown_whole() -> None:
    """An approval with its conditions, vote and minority statement is one matter: every
    paragraph stays, though only some name the question's words."""
    decision = "\n".join([
        "Indstillingen godkendt med følgende tilføjelser:",
        "Der afsættes 2 mio. kr. til ombygningen af hallen i 2025.",
        "Forvaltningen fremlægger en tidsplan på næste møde.",
        "Lise Holm (Ø) stemte imod.",
        "Enhedslisten ønsker følgende mindretalsudtalelse ført til protokol: Pengene bør "
        "gå til skolerne frem for til idrætten, som allerede har fået meget.",
    ])
    shown = _decision("Hvad besluttede udvalget om hallen?", "Ombygning af Tune Hallen",
                      decision)
    assert "tidsplan" in shown and "stemte imod" in shown and "[…]" not in shown


def test_one_sentence_between_two_quoted_ones_is_shown() -> None:
    """The two sentences that name the question's words have the answer between them:
    it is shown, not elided as "[…]"."""
    text = ("Trafikstyrelsens pulje til cykelparkering ved stationer har frist den 3. "
            "april. Forvaltningen søger ikke i år, da der ikke er et konkret projekt. "
            "Puljen kan søges af kommuner med op til 50 % medfinansiering.")
    shown = _decision("Søger kommunen Trafikstyrelsens pulje til cykelparkering?",
                      "Orientering", "Taget til efterretning.", text)
    assert "Forvaltningen søger ikke i år" in shown


def test_a_meeting_typed_with_a_plain_o_is_still_the_meeting() -> None:
    """"modet i marts 2025" on a phone is "mødet"; "modet" the courage stays."""
    from referat.word_typos import respell_meeting
    assert respell_meeting("modet i juni 2021 – hvor blev det holdt") == \
        "mødet i juni 2021 – hvor blev det holdt"
    assert respell_meeting("hvem kom for sent til modet?") == "hvem kom for sent til mødet?"
    assert respell_meeting("Det kræver modet at sige fra") == "Det kræver modet at sige fra"


def test_a_question_wrapped_in_a_request_is_asked_as_the_question() -> None:
    """"Jeg er ny i byrådet og vil gerne vide, hvem …" asks who; the request is no part
    of the matter."""
    from rag.query import parse_question
    from referat.lexicon import without_request_frame
    asked = without_request_frame("Jeg er ny i byrådet og vil gerne vide, hvem fra "
                                  "forvaltningen der deltog i mødet i maj?")
    assert asked.startswith("hvem fra forvaltningen")
    assert not {"ny", "byråd", "vid", "gern"} & set(parse_question(asked).topic)


def test_an_article_before_an_ordinal_does_not_point_back_at_the_first_part() -> None:
    """"…, og hvor mange ekstra ledige kom der i det første halve år med corona?" asks
    its own matter, not the first part's matter and period again."""
    from rag.compose.multi import split_parts
    parts = split_parts("Hvor høj var ledigheden i Roskilde i foråret 2024, og hvor mange "
                        "ekstra ledige kom der i det første halve år med corona?")
    assert len(parts) == 2 and "2024" not in parts[1] and "Roskilde" not in parts[1]
    assert split_parts("Hvor mange var ledige i 2019, og hvor stor en andel var det?")[1] \
        .endswith("ledige i 2019?")


def test_the_scene_a_question_sets_names_the_item_it_asks_about() -> None:
    """"På mødet om de unge på kontanthjælp: hvor tit …?" is asked of the item titled
    with that matter, though a neighbour's sentence shares more of its words."""
    from rag.compose.pick import pool
    day = date(2024, 3, 5)
    ctx = item_context(
        "På mødet i marts 2024 om de unge på kontanthjælp: hvor tit ender et forløb i job?",
        [(3, "Evaluering af idrætsforløbet", day), (2, "Temadrøftelse: Unge på kontanthjælp",
                                                    day)],
        {}, confidence=0.9)
    assert [i.punkt for i in pool(ctx)] == [2]


def test_a_later_part_keeps_the_scene_of_the_first() -> None:
    from rag.compose.multi import split_parts
    parts = split_parts("På mødet i marts 2024 om de unge på kontanthjælp: hvor tit ender "
                        "et forløb i job, og hvor lang tid tager det?")
    assert parts[1].startswith("På mødet i marts 2024 om de unge på kontanthjælp: hvor lang")


def test_a_share_of_the_cases_says_how_often() -> None:
    from rag.compose.typed import holds
    assert holds("I cirka 60 pct. af sagerne afsluttes forløbet til job.", "frequency")
    assert not holds("Andelen af unge er 60 pct. i Roskilde.", "frequency")

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


def test_the_first_meeting_after_a_holiday_is_of_that_window() -> None:
    """"det første møde efter sommerferien 2024" is the first of August–September 2024,
    not the first of the archive; "det sidste møde før sommerferien" the last of June."""
    from rag.query import parse_question
    q = parse_question("Hvad stod der på dagsordenen på det første møde efter sommerferien "
                       "2024?")
    assert (q.relative_meeting, q.date_from, q.date_to) == (
        "first", date(2024, 8, 1), date(2024, 9, 30))
    q = parse_question("Hvad blev besluttet på det sidste møde før sommerferien 2023?")
    assert (q.relative_meeting, q.date_from, q.date_to) == (
        "latest", date(2023, 6, 1), date(2023, 6, 30))


def test_christmas_is_no_july() -> None:
    from rag.query import parse_question
    assert parse_question("hvad besluttede de før jul 2023?").date_from == date(2023, 12, 1)
    assert parse_question("hvad skete der efter jul 2024?").date_from == date(2025, 1, 1)
    assert parse_question("hvad skete der i jul. 2024?").date_from == date(2024, 7, 1)


def test_an_exact_time_of_day_is_answered_only_by_a_clock_time() -> None:
    """"det præcise klokkeslæt for rundvisningen" is not answered by a year."""
    from rag.compose.typed import holds
    from rag.intent import asked_type
    from rag.meeting_intent import TIME_OF_DAY
    question = "hvad var det præcise klokkeslæt for rundvisningen hos Vestas?"
    assert asked_type(question) == "date" and TIME_OF_DAY.search(question)
    assert not holds("Produktionen vil være udfaset i 2028.", "date", clock=True)
    assert holds("Rundvisningen begynder kl. 9.30.", "date", clock=True)


def test_weekdays_asked_are_answered_by_days() -> None:
    from rag.compose.typed import DAY_ASKED
    from rag.intent import asked_type
    question = "hvilke ugedage sidder konsulenten på sygehuset?"
    assert asked_type(question) == "date" and DAY_ASKED.search(question)


def test_a_cost_in_kroner_is_an_amount_whatever_the_scene_says() -> None:
    from rag.intent import asked_type
    assert asked_type("Til budgetnotatet om praktik: hvor stor er den samlede lønudgift i "
                      "kroner til eleverne?") == "amount"
    assert asked_type("Antallet af elever – hvad var det i 2021?") == "count"


def test_who_is_asking_said_first_is_no_part_of_the_question() -> None:
    from referat.lexicon import without_request_frame
    assert without_request_frame("Løn og Personale her: hvornår træder reglerne i kraft?") \
        == "hvornår træder reglerne i kraft?"
    assert without_request_frame("Er der nogen her, der ved hvornår?") == \
        "Er der nogen her, der ved hvornår?"


def test_the_head_of_a_compound_the_archive_has_is_no_absent_word() -> None:
    """"2024-kuren" speaks of the archive's "nytårskuren"; "padelbaner" is absent."""
    from types import SimpleNamespace

    from rag.premises import _unknown
    vocab = {"nytårskur", "deltag", "dato"}
    lexical = SimpleNamespace(vocab=vocab, ordered_vocab=sorted(vocab))
    assert _unknown(["kur", "padelban"], lexical)[1] == ["padelban"]


def test_political_support_asked_is_a_decision_question() -> None:
    from rag.query import parse_question
    assert parse_question("Fik forslaget om nye mål politisk opbakning på mødet i maj?") \
        .kind == "decision"


def test_a_statement_ending_in_a_particle_is_no_part_of_the_yes_no_question() -> None:
    """"Vi skal lægge vores plan om. Fik forslaget opbakning?" asks yes or no."""
    from rag.intent import is_yes_no
    assert is_yes_no("vi skal lægge vores plan om. Fik forslaget om nye mål opbakning?")


def test_an_aside_in_brackets_does_not_make_an_approval_another_matter() -> None:
    """The approved proposal on new goals answers "Ja." though the question adds its
    own bracketed detail and the asker's introduction."""
    from rag.compose.decision_answer import compose_decision
    day = date(2024, 2, 6)
    ctx = item_context(
        "Vi skal lægge vores aktivitetsplan om. Fik forvaltningens forslag om nye mål for "
        "handlingsplanerne (færre aktivitetsbeskrivelser, flere effektmål) politisk "
        "opbakning?", [(4, "Temadrøftelse: Erhverv", day)],
        {4: [("Indstilling", "Forvaltningen indstiller, at forslag til nye mål for "
                             "handlingsplanerne godkendes."),
             ("Beslutning", "Indstillingen godkendt.")]}, confidence=0.9)
    answer = compose_decision(ctx, ctx.candidates[0])
    assert answer is not None and answer.text.startswith("Ja.")

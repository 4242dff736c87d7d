"""Question words that name no matter of their own: a change ("hvor meget steg det?"),
what is asked about ("hvad var begrundelsen?", "og resultatet?") or that something
happens ("hvornår træder det i kraft?"). A question made of them alone follows up the
previous answer (`rag.follow_up`); a trend's words are no topic (`rag.query`)."""

from __future__ import annotations

from referat.danish import stems

TREND_STEMS = frozenset(stems("udviklet udvikler udvikling udviklingen ændret ændrer "
                               "frem tilbage steget faldet flere færre", frozenset()))
# A change without what changed: "hvor meget steg det?" has no topic of its own.
CHANGE_STEMS = TREND_STEMS | frozenset(stems(
    "steg steget stiger faldt faldet falder voksede vokset øget øgede reduceret", frozenset()))
# What is asked about, without what it is about: "hvad var begrundelsen for det?",
# "og resultatet?" name no matter of their own.
VAGUE_STEMS = frozenset(stems(
    "begrundelse begrundelsen årsag årsagen forklaring forklaringen baggrund baggrunden "
    "formål formålet resultat resultatet resultaterne konklusion konklusionen udfald "
    "udfaldet beløb beløbet tal tallet tallene antal antallet holdning holdningen svar "
    "svaret status", frozenset()))  # (not "grunden", a plot; not "prisen", an award)
# That something happens, without what: "hvornår træder det i kraft?", "hvornår går det
# i gang?", "hvad sker der så?" name no matter of their own.
EVENT_STEMS = frozenset(stems(
    "træde træder trådte trådt kraft gang ske sker skete sket foregå foregår foregik "
    "start starte starter startede begynde begynder begyndte slutte slutter sluttede "
    "afslutte afsluttes afsluttet gennemføre gennemføres gennemført", frozenset()))
NO_TOPIC_STEMS = CHANGE_STEMS | VAGUE_STEMS | EVENT_STEMS

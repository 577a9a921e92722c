"""A bare definite title as a speaker ("the bishop said", "the Prime Minister said") is the one named person the
report describes by that title (``claims.titles.described_holder``); no speaker when two named persons hold it
(``claims.titles.unheld_title``); an unnamed person of the title when none does (``claims.titles.unnamed_title_holder``,
s41 review #12: the golds record "the prime minister" as an unnamed person); never a new named actor called "bishop" (s41-actprec: the tagger's proper noun on a title sent it to the name
rules). Invented sentences; near-misses: a title that is part of a name ("Pope Leo" ... "the Pope said"), a body's
short name ("the Front said"), a name with an article ("the West said")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,title", [
    ("Ola Brandt, the Roman Catholic bishop of Norlin, met the strike committee on Friday. "
     "“It can end peacefully,” the bishop told reporters.", "bishop"),
    ("Union leaders met Ola Brandt on Monday. “We are close to a deal,” the Prime Minister said.", "Prime Minister"),
    ("Kessel freed Ola Brandt on Monday. “We are close to a deal,” the Foreign Minister said.", "Foreign Minister"),
])
def test_bare_title_makes_no_named_actor(claims_of, text: str, title: str) -> None:
    _claims, actors = claims_of(text)
    assert not any(a.name == title and a.named for a in actors.values())


@pytest.mark.parametrize("text,title", [
    ("Norland and Pell signed a truce on Monday. The Prime Minister said the deal would hold.", "Prime Minister"),
    ("Kessel freed Ola Brandt on Monday. “We are close to a deal,” the Foreign Minister said.", "Foreign Minister"),
    ("The talks in Norlin ended on Monday. The Interior Minister told reporters the border would open.",
     "Interior Minister"),
])
def test_unheld_title_is_an_unnamed_person(claims_of, text: str, title: str) -> None:
    claims, actors = claims_of(text)
    speakers = [actors[c.speaker] for c in claims if c.speaker in actors]
    assert [(a.name, a.kind, a.named) for a in speakers] == [(title, "person", False)], claims


@pytest.mark.parametrize("text,speaker", [
    ("Ola Brandt, the Roman Catholic bishop of Norlin, met the strike committee on Friday. "
     "“It can end peacefully,” the bishop told reporters.", "ola-brandt"),
    ("Union leaders met Prime Minister Ola Brandt on Monday. “We are close to a deal,” the Prime Minister said.",
     "ola-brandt"),
])
def test_bare_title_is_its_described_holder(claims_of, text: str, speaker: str) -> None:
    claims, _actors = claims_of(text)
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Pope Leo met the envoys on Monday. “Peace is possible,” the Pope said.", "leo"),
    ("The Marrow Front met the envoys on Monday. “Peace is possible,” the Front said.", "marrow-front"),
    ("Kessel and the West met on Monday. “Peace is possible,” the West said.", "west"),
])
def test_names_with_an_article_stay(claims_of, text: str, speaker: str) -> None:
    claims, _actors = claims_of(text)
    assert [c.speaker for c in claims] == [speaker]

"""An ORG span that opens a title is the title, not a body (s39-precision, ``title_orgs.opens_title`` when the
parser hangs the span's first word as amod or nmod); invented sentences. Why: "<Demonym> Foreign Affairs Minister
X", "Communication and Information Minister X" are the person's title; the tagger's ORG span on its first words
names no organisation. Near-misses: a body's own name before a title ("<Name> Defence Forces Commander X"),
an organisation name alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,span", [
    ("It was a reply to Canadian Foreign Affairs Minister Ola Brandt, who said on Friday that Peru had agreed.",
     "Canadian Foreign Affairs"),
    ('"The diplomat is home," said Communication and Information Minister Ola Brandt on Monday.',
     "Communication and Information"),
    ("Lorvia's Culture and Tourism Minister Ola Brandt met the rebels in Kessel on Monday.", "Culture and Tourism"),
])
def test_title_words_are_no_actor(actors_by_name, text: str, span: str) -> None:
    got = actors_by_name(text)
    assert span not in got and "Ola Brandt" in got


@pytest.mark.parametrize("text,name", [
    ("Kessel Defence Forces Commander Ola Brandt said the Marrow Front had agreed.", "Kessel Defence Forces"),
    ("The Marrow Front said on Monday it had agreed to the talks.", "Marrow Front"),
])
def test_body_names_stay(actors_by_name, text: str, name: str) -> None:
    assert name in actors_by_name(text)

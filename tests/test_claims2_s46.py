"""Attribution inside a relative clause whose pronoun is the reporting verb's object ("…, which she
denies", ``claims.relative.object_relative``): the speaker vouches for (or against) the predicate the
clause hangs on. Invented sentences of several shapes; near misses: a noun antecedent (a topic, no
claim), a cue with a complement of its own ("which she described as crowded"), a relative with no
reporting verb, a relative pronoun that is the subject."""

from __future__ import annotations

import pytest

RULE = "claims.relative.object_relative"


@pytest.mark.parametrize("text,speaker,content", [
    ("Westmark accused Anna Berg of spying for the Ostland navy, which she denies.",
     "anna-berg", "spying for the Ostland navy"),
    ("According to the Ostland presidency, the Free Hill Front has promised to halt its march on Lund "
     "and free the sailors, which Ola Brandt confirmed in a post.",
     "ola-brandt", "has promised to halt its march on Lund and free the sailors"),
    ("The rebels kidnapped two sailors from Ostland, which the Free Hill Front denied on Monday.",
     "free-hill-front", "kidnapped two sailors from Ostland"),
])
def test_object_relative_content(claims_of, text: str, speaker: str, content: str) -> None:
    claims, _actors = claims_of(text)
    found = [c for c in claims if c.rule == RULE]
    assert len(found) == 1, claims
    assert found[0].speaker == speaker and found[0].content == content, found


@pytest.mark.parametrize("text", [
    "Ostland holds Ola Brandt on smuggling charges, which Westmark disputes.",
    "Anna Berg visited the prison in Lund, which she described as crowded.",
    "The port of Lund is near the old stadium, which is full on Sundays.",
    "Anna Berg thanked the Westmark envoy, who said the talks would resume.",
    "The talks in Lund collapsed, which the envoy blamed on the rebels.",
])
def test_no_object_relative(claims_of, text: str) -> None:
    claims, _actors = claims_of(text)
    assert not any(c.rule == RULE for c in claims), claims

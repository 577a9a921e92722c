"""A nickname quoted inside a full name (``actors.nicknames.quoted_nickname``, session 28; invented text)."""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text


@pytest.mark.parametrize("text, full, nick", [
    ('The talks were held with rebel leader Tomas "Commander Jet" Varga on Friday. Jet said more captives '
     'would be freed.', "Tomas Varga", "Commander Jet"),
    ('Officials said the smuggler Jonas "The Fox" Berg had been handed over to Vesterland.', "Jonas Berg", "The Fox"),
    ('Envoys met militia chief Karl "Kalle" Dahl in Pell. Dahl said the truce would hold.', "Karl Dahl", "Kalle"),
    ('The captives were held by Ola "Commander Jet" Brandt, a rebel leader, until Monday.', "Ola Brandt",
     "Commander Jet"),
    ('The Front said Pavel "Pasha" Dimitrov would lead its delegation to Pell.', "Pavel Dimitrov", "Pasha"),
    ('Police said gang leader Jonas "Big J" Lund freed the hostages after talks.', "Jonas Lund", "Big J"),
])
def test_one_person_with_the_nickname_as_alias(text: str, full: str, nick: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    people = [a for a in d.actors if a.kind == "person" and a.named]
    holders = [a for a in people if a.name == full]
    assert len(holders) == 1, [(a.name, a.aliases) for a in d.actors]
    assert nick in holders[0].aliases or nick.split()[-1] in holders[0].aliases  # "The Fox": "Fox"
    given, last = full.split()
    assert not any(a.name in (given, f"{nick.split()[-1]} {last}") for a in people), [a.name for a in people]


def test_a_quoted_title_between_organisations_is_left_alone() -> None:
    d = analyze_text('The United Nations called the plan "Black Sea Initiative" in Geneva.', published="2031-05-04")
    assert not any("Initiative" in a.name for a in d.actors if a.kind == "person")


@pytest.mark.parametrize("text", [
    'The rebels are led by Tomas "The Fox" Varga. Lorvia says he holds the captives.',  # a sentence ends after it
    'The rebels are led by Tomas "The Fox" Varga. The envoy said Varga was ready to talk.',
    'On Monday Tomas "The Fox" Varga said the men were safe.',  # a date before the given name
    'Lorvian President Tomas "The Fox" Varga met the envoy.',  # a demonym and a title before it
])
def test_the_name_stops_at_its_own_words(text: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    people = [a.name for a in d.actors if a.kind == "person" and a.named]
    assert "Tomas Varga" in people, [(a.name, a.kind) for a in d.actors]
    assert not any(a.name == "Varga" for a in d.actors), [(a.name, a.kind) for a in d.actors]

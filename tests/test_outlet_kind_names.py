"""``actors.names.outlet_kind_noun`` (session 27): a name right after a noun of an outlet's kind.

Why: reports name the outlet they quote by its kind ("told local newspaper Lundeposten", "Norland news
agency TT", "the German-language paper X reported"); the small tagger labels such one-word names
a place (then dropped as a venue) or a person, so the outlet was missed or was a person that "the
paper reported" could not take up. Every sentence is invented; near misses keep a person's name after
an outlet noun ("told the newspaper Jo Lee had resigned") and outlet nouns with no name after them.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, outlet", [
    ("The Norland minister told local newspaper Lundeposten last week that talks were near.", "Lundeposten"),
    ("Ola Brandt's father told Norland news agency LNA on Monday that the family was happy.", "LNA"),
    ("Reuters gave no name, while the Danish-language paper Kestrelbladet wrote that it was Jo Lee.",
     "Kestrelbladet"),
    ("The minister spoke on state broadcaster Kestrel on Monday about the talks.", "Kestrel"),
    ("The rebels' statement was first published by the daily Vestbladet on Friday.", "Vestbladet"),
    ("According to footage from internet broadcaster Vestvision, the envoy landed in Lunde.", "Vestvision"),
])
def test_outlet_after_kind_noun(actors_by_name, text, outlet):
    a = actors_by_name(text)
    assert outlet in a and a[outlet].kind == "organization", {n: x.kind for n, x in a.items()}


def test_outlet_after_kind_noun_is_taken_up_by_the_noun(actors_by_name):
    a = actors_by_name("Reuters gave no name, while the Danish-language paper Kestrelbladet said that it "
                       "was Jo Lee. Since June, the paper reported, Jo Lee has been travelling to Lunde.")
    assert "paper" in a["Kestrelbladet"].aliases


@pytest.mark.parametrize("text, person", [
    ("The envoy told the newspaper Jo Lee had resigned on Friday.", "Jo Lee"),
    ("The envoy told the daily that Ola Brandt had resigned on Friday.", "Ola Brandt"),
])
def test_outlet_kind_noun_near_misses(actors_by_name, text, person):
    a = actors_by_name(text)
    assert person in a and a[person].kind == "person"

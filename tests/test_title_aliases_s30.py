"""``actors.surnames.title_alias`` in session 30: a title or rank run written before a named person's
name ("General Ola Brandt", "Governor Lunde said", "Sgt. Brandt") is a name readers use again, an alias.

Why: the gold of many reports lists "President X", "General X" or "Governor X" among a person's
aliases, and such a name is how other reports call the person. Every sentence is invented; near
misses are a title that this list does not hold before the run ("Trade Minister Brandt", "US
President Haldor") and a title before another person.
"""

from __future__ import annotations

import pytest


def person(actors, word):
    found = [x for x in actors.values() if x.kind == "person" and x.named and word in x.name]
    assert len(found) == 1, [(x.name, x.aliases) for x in actors.values()]
    return found[0]


@pytest.mark.parametrize("text, word, alias", [
    ("Ola Brandt led the talks in Lunde. General Brandt said the ceasefire would hold.", "Brandt", "General Brandt"),
    ("The talks were chaired by General Ola Brandt, who flew in from Vesterland.", "Brandt", "General Ola Brandt"),
    ("Kari Haldor met the rebels on Monday. The rebels later thanked President Haldor for his help.", "Haldor",
     "President Haldor"),
    ("Officials said Governor Tomas Lunde had paid no ransom for the pupils.", "Lunde", "Governor Tomas Lunde"),
    ("Erik Sandvik was freed on Friday. Sgt. Sandvik had been held for five years.", "Sandvik", "Sgt. Sandvik"),
    ("Jan Karsten flew to Lunde to ask for the release of two nurses. Aides to former President Karsten said "
     "he would return on Sunday.", "Karsten", "former President Karsten"),
    ("Aides said the release was secured by Mal. Ola Fandel, an adviser to the governor.", "Fandel",
     "Mal. Ola Fandel"),
    # after an opening quote mark
    ("Ola Brandt led the talks in Lunde. Asked who had called, she answered: “General Brandt, of course.”",
     "Brandt", "General Brandt"),
])
def test_title_alias(actors_of, text, word, alias):
    p = person(actors_of(text), word)
    assert alias in p.aliases, (p.name, p.aliases)


@pytest.mark.parametrize("text, word, bad", [
    # a title run preceded by another capitalised word: the list does not hold the whole title
    ("Trade Minister Ola Brandt met the rebels in Lunde on Monday.", "Brandt", "Minister Ola Brandt"),
    ("Vesterland President Kari Haldor met the rebels in Lunde on Monday.", "Haldor", "President Kari Haldor"),
    # a word that is no title before the name
    ("Talks with Ola Brandt began on Monday. Then Brandt flew home.", "Brandt", "Then Brandt"),
    # a title joined to the word before it
    ("Talks were opened by UN Secretary-General Ola Brandt in Lunde on Monday.", "Brandt", "General Ola Brandt"),
])
def test_no_title_alias(actors_of, text, word, bad):
    p = person(actors_of(text), word)
    assert bad not in p.aliases, (p.name, p.aliases)


def test_hausa_courtesy_title_is_no_person(actors_of):
    """ "Mal." (Mallam) cut from its name by the sentence splitter is a title, no one."""
    acts = actors_of("The governor thanked the adviser, Mal. Ola Fandel, for his work. “I spent nights with "
                     "Mal. Fandel on the plan,” he said.")
    assert not [a for a in acts.values() if a.name.rstrip(".") == "Mal"], [a.name for a in acts.values()]

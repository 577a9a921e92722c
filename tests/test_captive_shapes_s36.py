"""Session 36 (quant): captive groups counted by a number and a nationality in shapes the plain captive
rule missed (extract/actors/captive_shapes.py): "two Chilean citizens" freed, "five Peruvian citizens who
were released by X", "freed seven Canadians for two Danes", "in return for 40 Kenyan nationals"; a
later "the Chileans" is the group, not the state. Invented sentences only."""

from __future__ import annotations

import pytest


def _groups(d):
    return {a.name: a for a in d.actors if a.kind == "group"}


@pytest.mark.parametrize("text, name", [
    ("The Kestrel Front has released two Chilean citizens after a year of talks.", "Chilean citizens"),
    ("Five Peruvian citizens who were released by the Varn militia reached Lima on Friday.", "Peruvian citizens"),
    ("Three Norwegian citizens were freed by the rebels on Sunday.", "Norwegian citizens"),
    ("Officials said four Brazilian citizens who had been detained by the junta were home.", "Brazilian citizens"),
])
def test_counted_national_citizens_are_a_captive_group(analyze, text, name):
    g = _groups(analyze(text))
    assert name in g, list(g)
    assert g[name].affiliation is None  # captives have no side


@pytest.mark.parametrize("text, name, side", [
    ("Ottawa agreed to a swap that freed seven Canadians for two Mexicans.", "Mexicans", None),
    ("The militia freed a pilot in return for 40 Kenyan nationals.", "Kenyan nationals", None),
    # soldiers keep the side that fields them (gold: "two South Korean soldiers" of South Korea)
    ("The rebels released four engineers in exchange for six Chilean soldiers.", "Chilean soldiers", "chile"),
])
def test_the_people_given_in_return_are_a_group(analyze, text, name, side):
    d = analyze(text)
    g = _groups(d)
    assert name in g, list(g)
    assert g[name].affiliation == side
    assert any(i.type == "release" and i.target == g[name].id for i in d.interactions), d.interactions


def test_a_later_demonym_plural_is_the_group_not_the_state(analyze):
    d = analyze("The Kestrel Front released two Chilean citizens on Monday. The Chileans were flown to "
                "Santiago on Tuesday.")
    g = _groups(d)
    assert "Chileans" in g["Chilean citizens"].aliases
    chile = next((a for a in d.actors if a.kind == "state" and a.name == "Chile"), None)
    assert chile is None or "Chileans" not in chile.aliases


def test_five_citizens_again_are_the_same_group(analyze):
    d = analyze("Five Peruvian citizens who were released by the Varn militia reached Lima. The government "
                "said five Peruvian citizens detained in the hills had been freed.")
    assert [a.name for a in d.actors if a.name.endswith("citizens")] == ["Peruvian citizens"]


@pytest.mark.parametrize("text", [
    "The embassy warned Chilean citizens not to travel to the border.",  # the public, no count
    "Five years later, Chilean officials said the two countries had met.",  # a count of years
    "Citizens who were released from the curfew went home.",  # no nationality
    "The two countries swapped envoys in May.",  # no people
    "The militia freed a pilot for humanitarian reasons.",  # "for" names no people
])
def test_near_misses_make_no_captive_group(analyze, text):
    d = analyze(text)
    assert not [a for a in d.actors if a.kind == "group" and
                any(w in a.name for w in ("citizens", "Citizens", "years", "countries", "reasons"))], \
        [a.name for a in d.actors]


@pytest.mark.parametrize("text", [
    "Five Peruvian citizens who were released by the Varn militia reached Lima. Relatives greeted the five freed Peruvians at the airport.",
    "The Kestrel Front released two Chilean citizens. Later the two freed Chileans spoke to reporters.",
    "Three Norwegian citizens were freed by the rebels. The three released Norwegians flew home.",
])
def test_counted_freed_demonyms_join_the_captive_group(analyze, text):
    d = analyze(text)
    groups = [a for a in d.actors if a.kind == "group" and a.name.endswith("citizens")]
    assert len(groups) == 1 and len(groups[0].mentions) >= 2, [(a.name, a.aliases) for a in d.actors]


def test_ordinary_demonyms_stay_the_people(analyze):
    d = analyze("Three Norwegian citizens were freed by the rebels. Ordinary Norwegians watched on television.")
    g = next(a for a in d.actors if a.name.endswith("citizens"))
    assert "Ordinary Norwegians" not in g.aliases and "Norwegians" not in g.aliases

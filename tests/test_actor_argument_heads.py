"""actors.unnamed.argument_noun (s40-groups): unnamed parties headed by a general noun of people or bodies
that is an argument of a clause (invented sentences, several shapes, and near-misses).

Why: the s40 census found such parties ("armed groups", "local elders", "talks between employers and
workers", "an international verification commission") the largest class of missed actors in every set.
"""

from __future__ import annotations

import pytest

from backchannel.model import Actor


def _rules(actors: dict[str, Actor]) -> dict[str, str]:
    return {a.name: a.kind for a in actors.values()}


def _names(actors: dict[str, Actor]) -> set[str]:
    return {n for a in actors.values() for n in [a.name, *a.aliases]}


@pytest.mark.parametrize("text, name", [
    ("Armed groups have proliferated across the Vellan highlands since the coup.", "Armed groups"),
    ("The two hostages were freed on Tuesday by local elders who had negotiated with the kidnappers.",
     "local elders"),
    ("The mediator held talks between landowners and farmers at the Brisk port on Monday.", "farmers"),
    ("The mediator held talks between employers and workers at the Brisk port on Monday.", "employers"),
    ("Separatists declared independence for the Doravia region in 2017.", "Separatists"),
    ("An international verification commission will monitor the ceasefire from next month.",
     "international verification commission"),
    ("The Ostrian government met farmer unions for an eleventh round of talks.", "farmer unions"),
    ("The Kessel pilot told the control tower that the gunmen wanted fuel.", "control tower"),
])
def test_actors_unnamed_argument_noun(actors_of, text, name):
    a = actors_of(text)
    assert name in _names(a), [(x.name, x.aliases) for x in a.values()]
    assert next(x for x in a.values() if name in [x.name, *x.aliases]).kind in ("group", "organization")


# Near-misses: a singular person noun, a modifier, an attribute, an appositive description, a bare
# anaphoric body noun, a singular body noun that describes a named one.
@pytest.mark.parametrize("text, word", [
    ("A farmer said the talks had gone nowhere.", "farmer"),
    ("The union leader Anna Bell said the talks had failed.", "union"),
    ("They are separatists, the minister said on Friday.", "separatists"),
    ("The Kestrel Front, the armed group that holds the town, freed the two men.", "armed group"),
    ("The Kestrel Front said on Monday that the group would free the two men.", "group"),
    ("The movement of troops along the border worried the mediators.", "movement"),
    ("Officials said the agency had confirmed the release.", "agency"),
])
def test_actors_unnamed_argument_noun_near_misses(actors_of, text, word):
    a = actors_of(text)
    assert not [x for x in a.values() if not x.named and x.name.lower().endswith(word)], \
        [(x.name, x.aliases) for x in a.values()]


# A later description with a head of the same class ("armed movements" after "armed groups") is the group again.
def test_actors_unnamed_argument_noun_same_class_joins(actors_of):
    a = actors_of("The deal was signed by the government and armed groups in Marel. "
                  "The armed movements had fought the army for years.")
    groups = [x for x in a.values() if "armed groups" in [x.name, *x.aliases]]
    assert len(groups) == 1 and "armed movements" in groups[0].aliases, [(x.name, x.aliases) for x in a.values()]

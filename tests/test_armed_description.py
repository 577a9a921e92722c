"""An armed description ("the rebel group", "the militants") names the nearest armed party named before it,
passing an unarmed organisation named in between (rule ``actors.definite.armed_description``, s43); and the
subject of a verb of leaving talks was their party (rule ``interactions.participants.withdrawn_party``, s43).
Invented sentences. Why: "the rebel group freed X" after a humanitarian body was named last is the rebels'
act; the plain antecedent (the nearest organisation) made it the humanitarian body's."""

from __future__ import annotations

import pytest

from interaction_helpers import find

RULE = "actors.definite.armed_description"


def _resolved(actors_of, text: str) -> dict[str, str]:
    """description text (lower case, no article) -> the actor it became a mention of, for this rule's mentions."""
    return {m.text.lower().removeprefix("the "): a.name for a in actors_of(text).values() for m in a.mentions
            if m.rule == RULE}


@pytest.mark.parametrize("text, desc, party", [
    # an armed word in the party's name; an aid body named last
    ("The Ostland Revolutionary Armed Forces handed two captives to the Red Cross on Sunday. The rebel group "
     "freed Anna Berg, who was kidnapped in 2019.", "rebel group", "Ostland Revolutionary Armed Forces"),
    # an armed descriptor before the name; a charity and an outlet named after it
    ("The rebel Free Hill Front met envoys of the Valdor Aid Foundation on Monday, Valdor Radio reported. "
     "The militant group later released Tom Hale.", "militant group", "Free Hill Front"),
    # an armed head, a reported clause
    ("The armed Red Hand Movement took the town in May. The Valdor Children's Fund said on Friday that the "
     "insurgents had freed Tom Hale.", "insurgents", "Red Hand Movement"),
])
def test_armed_description(actors_of, text, desc, party):
    got = _resolved(actors_of, text)
    assert got.get(desc) == party, (text, got)


def test_armed_description_gives_the_act_its_source(acts_of):
    acts = acts_of("The Ostland Revolutionary Armed Forces handed two captives to the Red Cross on Sunday. "
                   "The rebel group freed Anna Berg, who was kidnapped in 2019.")
    find(acts, "release", "ostland-revolutionary-armed-forces", "anna-berg")


@pytest.mark.parametrize("text", [
    # no armed party named: the rule leaves the plain antecedent to its own rule
    "The Valdor Aid Foundation met envoys of the Blue Cross on Monday. The group later visited Tom Hale.",
    # an unarmed description ("the group") is not this rule's
    "The rebel Free Hill Front met envoys of the Valdor Aid Foundation on Monday. The group later visited Tom Hale.",
])
def test_armed_description_near_misses(actors_of, text):
    assert not _resolved(actors_of, text), _resolved(actors_of, text)


@pytest.mark.parametrize("sentence, type_", [
    ("The Westmark delegation walked away from talks with the Free Hill Front in October.", "negotiate"),
    ("The Westmark delegation pulled out of negotiations with the Free Hill Front on Monday.", "negotiate"),
    ("Ostland withdrew from the talks with the Free Hill Front last year.", "negotiate"),
])
def test_withdrawn_party(acts_of, sentence, type_):
    acts = [i for i in acts_of(sentence) if i.type == type_]
    assert acts and acts[0].source is not None and acts[0].target == "free-hill-front" \
        and isinstance(acts[0].trace, dict) \
        and acts[0].trace.get("source") == "interactions.participants.withdrawn_party", \
        [(i.type, i.source, i.target, i.trace) for i in acts]


def test_boycotter_is_no_withdrawn_party(acts_of):
    """Near-miss: a verb of refusing is no verb of leaving; its subject never sat in the talks."""
    acts = acts_of("Ostland boycotted the talks with the Free Hill Front.")
    assert not any(isinstance(i.trace, dict) and i.trace.get("source") == "interactions.participants.withdrawn_party"
                   for i in acts)


@pytest.mark.parametrize("text", [
    "The Free Hill Front, a rebel group, clashed with the Egyptian Armed Forces. The rebel group later freed two "
    "soldiers.",
    "The Free Hill Front, a rebel group, clashed with the Jordanian Armed Forces on Monday. The rebel group later "
    "released Tom Hale.",
])
def test_state_force_is_no_armed_antecedent(acts_of, text):
    """Near-miss (review s43): a state's own force (affiliated to it, its name holding the state's demonym) is no
    antecedent of "the rebel group"; the rebels named before it are."""
    rel = [i for i in acts_of(text) if i.type == "release"]
    assert rel and rel[0].source == "free-hill-front", [(i.type, i.source, i.target) for i in rel]


def test_revolutionary_name_stays_armed(actors_of):
    """Positive: a name with a non-state armed word ("Revolutionary") keeps the description even with a state's name."""
    got = _resolved(actors_of, "The Colombian Revolutionary Armed Forces handed two captives to the Red Cross on "
                               "Sunday. The rebel group freed Anna Berg.")
    assert got.get("rebel group") == "Colombian Revolutionary Armed Forces", got

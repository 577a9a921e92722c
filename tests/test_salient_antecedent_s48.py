"""A definite group description ("the group", "the movement", "the militant group") continues with the
compatible body that is the subject of its recent sentences, not with the one named last in an object or
a prepositional phrase (rule ``actors.definite.salient_antecedent``, s48). Invented sentences. Why: a report
names the party it is about as a subject and goes on with "the group"; a body it only met, or handed
someone to, is named later but is not what the text continues with (the older nearest-body choice)."""

from __future__ import annotations

import pytest

RULE = "actors.definite.salient_antecedent"


def _resolved(actors_of, text: str) -> dict[str, str]:
    """description text (lower case, no article) -> the actor it became a mention of, for any definite rule."""
    return {m.text.lower().removeprefix("the "): a.name for a in actors_of(text).values() for m in a.mentions
            if m.rule and m.rule.startswith("actors.definite.")}


def _rules(actors_of, text: str) -> set[str]:
    return {m.rule for a in actors_of(text).values() for m in a.mentions if m.rule}


@pytest.mark.parametrize("text, desc, party", [
    # two compatible bodies: the subject of the sentence before wins over the object named last
    ("The Free Hill Front met the Red Lantern Society in Ostby on Monday. The group said it would free two "
     "hostages.", "group", "Free Hill Front"),
    # the nearest body sits in a to-phrase
    ("The Free Hill Front handed two captives to the Red Lantern Society on Monday. The group said the men "
     "were in good health.", "group", "Free Hill Front"),
    # the subject two sentences back, a sentence with no body in between
    ("The Kestrel Movement signed a pledge with the Westmark Farmers Union in May. Talks lasted a week. The "
     "movement later freed Anna Berg.", "movement", "Kestrel Movement"),
    # the subject of the description's own sentence, before it
    ("The Free Hill Front asked the Red Lantern Society for medicine on Friday, and the group said it would "
     "free Ivan Holm.", "group", "Free Hill Front"),
])
def test_subject_wins(actors_of, text: str, desc: str, party: str) -> None:
    assert _resolved(actors_of, text).get(desc) == party
    assert RULE in _rules(actors_of, text)


def test_nearest_kept_when_it_is_the_subject(actors_of) -> None:
    # the body named last is itself the subject: the older choice stands, the rule is silent
    text = ("Anna Berg visited the Free Hill Front in March. The Red Lantern Society met the envoy on Monday. "
            "The group said talks would go on.")
    assert _resolved(actors_of, text).get("group") == "Red Lantern Society"
    assert RULE not in _rules(actors_of, text)


def test_incompatible_subject_is_passed(actors_of) -> None:
    # an aid body as subject does not fit "the militant group": the armed body named after it is taken
    text = ("The Red Lantern Society said on Monday it had met the rebel Free Hill Front in Ostby. The militant "
            "group later freed Anna Berg.")
    assert _resolved(actors_of, text).get("militant group") == "Free Hill Front"


def test_group_of_hostages_is_no_organisation(actors_of) -> None:
    # "a group of five hostages ... the group": the people just told, not the Front
    text = "The Free Hill Front freed a group of five hostages on Monday. The group arrived in Ostby by bus."
    assert "group" not in _resolved(actors_of, text)


def test_two_subjects_decide_nothing(actors_of) -> None:
    # both bodies are the subject: salience cannot choose, the rule stays silent
    text = ("The Free Hill Front and the Red Lantern Society met in Ostby on Monday. The group said talks "
            "would resume.")
    assert RULE not in _rules(actors_of, text)


def test_own_clause_subject_is_no_antecedent(actors_of) -> None:
    # a co-argument: "the Union accused the group" is not the Union accusing itself
    text = ("The Kestrel Union met the Red Lantern Society on Monday. The Kestrel Union accused the group of "
            "delay.")
    assert _resolved(actors_of, text).get("group") != "Kestrel Union"


@pytest.mark.parametrize("text, desc", [
    # an outlet named after "TV station" stands between the armed party and "the militants"
    ("The Free Hill Front and Ostland were close to a deal on Monday. Citing the TV station Kestrel One, "
     "a Westmark paper said the militants had freed Anna Berg.", "militants"),
    # after "the broadcaster": no group of the story
    ("The rebel Free Hill Front met Anna Berg on Friday, the broadcaster Harbo Nine said. The group later "
     "freed Ivan Holm.", "group"),
])
def test_outlet_named_is_no_antecedent(actors_of, text: str, desc: str) -> None:
    assert _resolved(actors_of, text).get(desc) not in ("Kestrel One", "Harbo Nine")


def test_modifier_of_the_described_noun_is_no_antecedent(actors_of) -> None:
    # (review2 F10 shape) the body that modifies the captives' noun is not their captor "the group"
    text = ("The Free Hill Front met Westmark envoys in Ostby on Monday. Anna Berg and Ivan Holm, two Ostland "
            "Union workers held by the group, were freed.")
    assert _resolved(actors_of, text).get("group") != "Ostland Union"

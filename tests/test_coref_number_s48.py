"""Number agreement of a plural pronoun (``resolve/coref_number``, rules ``coref.number.*``): the nearest
phrase that can be plural decides (a coordination in any role, a plural of a party, a plural head owned by
parties, a pair anaphor); a plural of unnamed people leaves the pronoun unresolved rather than giving it to a
state named farther off or as a modifier. Invented sentences only."""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.resolve import resolve_pronoun
from backchannel.resolve.coref import coref_group
from backchannel.resolve.coref_number import NUMBER_READINGS


def pron(ctx: Context, word: str, nth: int = 0) -> str | None:
    toks = [t for t in ctx.doc if t.text == word]
    aid = resolve_pronoun(ctx, toks[nth])
    return ctx.actors[aid].name if aid else None


def group(ctx: Context, word: str, nth: int = 0) -> set[str]:
    toks = [t for t in ctx.doc if t.text == word]
    return {ctx.actors[a].name for a in coref_group(ctx, toks[nth])}


def rule(ctx: Context, word: str, nth: int = 0) -> str | None:
    toks = [t for t in ctx.doc if t.text == word]
    notes = ctx.notes.get(NUMBER_READINGS) or {}
    return notes[toks[nth].i][0] if toks[nth].i in notes else None  # type: ignore[operator,index]


# -- a coordination in any role ---------------------------------------------------------------------

def test_object_coordination_of_persons(actors_context):
    ctx = actors_context("Norway police arrested Anna Berg and Jo Lind in March. They were freed in June.")
    assert group(ctx, "They") == {"Anna Berg", "Jo Lind"}


def test_between_them_after_an_object_coordination(actors_context):
    ctx = actors_context("Anna Berg welcomed Norway and Sweden to Geneva and mediated between them.")
    assert group(ctx, "them") == {"Norway", "Sweden"}


def test_misparsed_title_is_no_third_member(actors_context):
    ctx = actors_context("The envoy said that Anna Berg and Sweden Prime Minister Jo Lind had met. "
                         "They agreed to talk again in May.")
    assert "Sweden" not in group(ctx, "They")


# -- a pair anaphor and an owned head ----------------------------------------------------------------

def test_the_two_stands_for_the_coordination(actors_context):
    ctx = actors_context("Police questioned Anna Berg and Jo Lind on Friday. "
                         "The two said they had been seized at a checkpoint by the Free Hill Front.")
    assert group(ctx, "they") == {"Anna Berg", "Jo Lind"}
    assert rule(ctx, "they") == "coref.number.pair_numeral"


def test_both_countries_need_two_states(actors_context):
    ctx = actors_context("Norway and Sweden signed a truce on Monday in Geneva. "
                         "Both countries said they would open the border in May.")
    assert group(ctx, "they") == {"Norway", "Sweden"}
    ctx = actors_context("Anna Berg and Sweden signed a truce on Monday in Geneva. "
                         "Both countries said they would open the border in May.")
    assert group(ctx, "they") == set() and pron(ctx, "they") is None  # no two states named: unresolved


def test_leaders_of_a_coordination(actors_context):
    ctx = actors_context("The leaders of Norway and Sweden said their talks would go on.")
    assert group(ctx, "their") == {"Norway", "Sweden"}


# -- near misses: a plural of unnamed people, a modifier, a plural of things, "it" -------------------

def test_they_of_unnamed_people_is_not_the_modifier_state(actors_context):
    ctx = actors_context("Two Norway policemen were hurt on Monday when they chased a stolen truck.")
    assert pron(ctx, "they") != "Norway"
    ctx = actors_context("Two Norway sailors were freed on Monday, and they were flown home.")
    assert pron(ctx, "they") != "Norway"


def test_plural_of_things_is_passed_over(actors_context):
    ctx = actors_context("Norway and Sweden ended the talks in Geneva. They said the sanctions would stay.")
    assert group(ctx, "They") == {"Norway", "Sweden"}


def test_singular_body_keeps_the_singular_search(actors_context):
    ctx = actors_context("The Free Hill Front said on Monday that they would free the hostages.")
    assert pron(ctx, "they") == "Free Hill Front" and rule(ctx, "they") is None


def test_it_is_left_to_the_singular_search(actors_context):
    ctx = actors_context("Norway and Sweden signed the accord on Monday. It takes effect in May.")
    assert group(ctx, "It") == set() and rule(ctx, "It") is None


# -- the acts -----------------------------------------------------------------------------------------

def test_seizure_of_a_pair_read_through_the_two(act_tuples):
    got = {(t, s, o) for t, s, o, _ in act_tuples(
        "Police questioned Anna Berg and Jo Lind on Friday. "
        "The two said they had been seized at a checkpoint by the Free Hill Front.")}
    assert {o for t, _, o in got if t == "attack"} >= {"anna-berg", "jo-lind"}


def test_mediation_between_them(act_tuples):
    got = {(t, s, o) for t, s, o, _ in act_tuples(
        "Anna Berg welcomed Norway and Sweden to Geneva and mediated between them.")}
    assert ("mediate", "anna-berg", "norway") in got and ("mediate", "anna-berg", "sweden") in got


# -- a named person with unnamed companions -----------------------------------------------------------

def test_named_person_with_companions(actors_context):
    ctx = actors_context("Anna Berg and three other men from the Free Hill Front reached the village on foot. "
                         "Near the well, they shot a farmer.")
    assert pron(ctx, "they") == "Anna Berg" and rule(ctx, "they") == "coref.number.with_companions"
    ctx = actors_context("Anna Berg and her men seized the depot. They freed two guards later.")
    assert pron(ctx, "They") == "Anna Berg"


def test_near_miss_two_named_persons_are_a_group(actors_context):
    ctx = actors_context("Anna Berg and Jo Lind crossed the river. They shot a farmer.")
    assert group(ctx, "They") == {"Anna Berg", "Jo Lind"}
    ctx = actors_context("Anna Berg and the villagers crossed the river. They shot a farmer.")
    assert rule(ctx, "They") != "coref.number.with_companions"  # no "other", no possessive: no companions

"""Limits of the group reading of a plural pronoun and of cataphora (``resolve/coref``), found by
review: a group is never a co-argument of its own pronoun, never past a nearer plural party, never
both ends of one act; a cataphor is never an "according to" source, and a plural one needs a plural
subject. Invented sentences only."""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.resolve import resolve_pronoun
from backchannel.resolve.coref import coref_group


def pron(ctx: Context, word: str, nth: int = 0) -> str | None:
    toks = [t for t in ctx.doc if t.text == word]
    aid = resolve_pronoun(ctx, toks[nth])
    return ctx.actors[aid].name if aid else None


def group(ctx: Context, word: str, nth: int = 0) -> set[str]:
    toks = [t for t in ctx.doc if t.text == word]
    return {ctx.actors[a].name for a in coref_group(ctx, toks[nth])}


def pairs(act_tuples, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(t, s, o) for t, s, o, _ in act_tuples(text)}


def between(got: set, a: str, b: str) -> bool:
    """Does any act have ``a`` and ``b`` as its two ends?"""
    return any({s, o} == {a, b} for _, s, o in got)


# -- 1. the subject of the pronoun's own verb continues the group: "them" is not the group ---------

def test_continued_group_is_no_object_of_its_own_verb(actors_context, act_tuples):
    ctx = actors_context("Norway and Sweden said they had accused them of lying.")
    assert group(ctx, "they") == {"Norway", "Sweden"} and group(ctx, "them") == set()
    assert pron(ctx, "them") not in ("Norway", "Sweden")
    assert not between(pairs(act_tuples, "Norway and Sweden said they had accused them of lying."),
                       "norway", "sweden")


def test_continued_group_meets_others_not_each_other(act_tuples):
    assert not between(pairs(act_tuples, "Norway and Sweden said they had met them in Doha."), "norway", "sweden")
    assert not between(pairs(act_tuples, "Ola Brandt and Kari Lund said they had met them in Doha."),
                       "ola-brandt", "kari-lund")


def test_near_miss_a_group_that_meets_each_other(act_tuples):
    assert between(pairs(act_tuples, "Norway and Sweden said they would meet each other in Doha."), "norway", "sweden")
    assert between(pairs(act_tuples, "Ola Brandt and Kari Lund arrived in Oslo. They met in the capital."),
                   "ola-brandt", "kari-lund")


# -- 2. a nearer plural party; never both ends of one act ------------------------------------------

def test_plural_party_named_in_between_takes_the_pronoun(actors_context, act_tuples):
    text = "Norland and Vesterland sent envoys to Hamas, and it released them."
    assert group(actors_context(text), "them") == set()
    assert not between(pairs(act_tuples, text), "norland", "vesterland")
    ctx = actors_context("Norway and Sweden condemned the rebels, saying they had attacked civilians.")
    assert group(ctx, "they") == set()
    ctx = actors_context("Norway and Sweden thanked the mediators after they ended the talks.")
    assert group(ctx, "they") == set()


def test_group_object_is_never_attacked_by_one_of_its_parties(act_tuples):
    got = pairs(act_tuples, "Norland and Vesterland said the rebels had attacked them.")
    assert not between(got, "norland", "vesterland")
    got = pairs(act_tuples, "Norland and Vesterland said the rebels had released them.")
    assert not between(got, "norland", "vesterland")


def test_near_miss_a_plural_non_party_or_the_pronouns_own_subject_between(actors_context):
    ctx = actors_context("Norway and Sweden held talks in Oslo, and they agreed to meet again.")
    assert group(ctx, "they") == {"Norway", "Sweden"}
    ctx = actors_context("Norland and Vesterland said the rebels had attacked them.")
    assert group(ctx, "them") == {"Norland", "Vesterland"}


# -- 3. "according to them" looks at no later subject ----------------------------------------------

def test_according_to_a_pronoun_is_no_cataphor(actors_context, claims_of):
    ctx = actors_context("According to them, Norland freed the prisoners.")
    assert pron(ctx, "them") is None
    claims, actors = claims_of("According to them, Norland freed the prisoners.")
    assert all(c.speaker is None or actors[c.speaker].name != "Norland" for c in claims)
    ctx = actors_context("According to him, Ola Brandt was freed on Monday.")
    assert pron(ctx, "him") is None


def test_near_miss_a_fronted_clause_is_still_a_cataphor(actors_context):
    ctx = actors_context("After he arrived in Oslo, Ola Brandt met officials of Norland.")
    assert pron(ctx, "he") == "Ola Brandt"


# -- 4. a plural cataphor needs a plural subject ----------------------------------------------------

def test_plural_cataphor_is_no_single_party(actors_context, act_tuples):
    ctx = actors_context("When they met in Doha, Norway said the talks were useful.")
    assert pron(ctx, "they") is None
    assert not any(t == "meet" for t, _, _ in pairs(act_tuples, "When they met in Doha, Norway said the talks were useful."))
    ctx = actors_context("After they landed in Oslo, Norland thanked the crew.")
    assert pron(ctx, "they") is None


def test_plural_cataphor_is_not_the_head_a_plural_owns(act_tuples):
    got = pairs(act_tuples, "Before they were freed, the hostages' families met officials from Norway.")
    assert not any(t == "release" and o is not None and "families" in o for t, _, o in got)


def test_near_miss_plural_cataphor_for_a_coordination(actors_context):
    ctx = actors_context("Before they signed the accord, Norway and Sweden held three rounds of talks.")
    assert pron(ctx, "they") in ("Norway", "Sweden")


# -- a singular pronoun never takes one conjunct of "and" ------------------------------------------

def test_singular_pronoun_skips_the_conjuncts_of_a_pair(actors_context, act_tuples):
    ctx = actors_context("Norway and Sweden sent envoys to Hamas, and it released them.")
    assert pron(ctx, "it") not in ("Norway", "Sweden")
    got = pairs(act_tuples, "Norway and Sweden sent envoys to Hamas, and it released them.")
    assert not any(t == "release" and s in ("norway", "sweden") for t, s, _ in got)
    ctx = actors_context("Ola Brandt and Kari Lund arrived in Oslo, where he met the press.")
    assert pron(ctx, "he") is None


def test_near_miss_a_single_subject_is_still_the_singular_antecedent(actors_context):
    ctx = actors_context("Norway sent envoys to Hamas, and it said the talks would go on.")
    assert pron(ctx, "it") == "Norway"


def test_near_miss_a_coordination_of_titles_is_one_person(actors_context):
    ctx = actors_context("Former minister and party leader Ola Brandt met envoys of Norland on Monday. "
                         "He said the talks had been useful.")
    assert pron(ctx, "He") == "Ola Brandt"

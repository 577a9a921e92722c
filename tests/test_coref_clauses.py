"""A pronoun's antecedent in its own sentence, searched clause by clause outwards
(``resolve/coref._dominating_antecedent``), on invented sentences."""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.resolve import resolve_pronoun
from backchannel.resolve.coref import coref_group


def pron(ctx: Context, word: str, nth: int = 0) -> str | None:
    toks = [t for t in ctx.doc if t.text == word]
    aid = resolve_pronoun(ctx, toks[nth])
    return ctx.actors[aid].name if aid else None


def test_object_pronoun_in_an_adverbial_clause_is_the_person_of_the_clause_it_hangs_on(actors_context):
    ctx = actors_context("President Karl Weber said on Monday that Norland sent a bill for Ola Brandt's care "
                         "after it released him.")
    assert pron(ctx, "him") == "Ola Brandt"


def test_object_pronoun_after_a_coordinated_verb(actors_context):
    ctx = actors_context("Minister Karl Weber confirmed that Norland seized Ola Brandt's car and later freed him.")
    assert pron(ctx, "him") == "Ola Brandt"


def test_prepositional_object_pronoun_of_a_lower_clause(actors_context):
    ctx = actors_context("Ola Brandt was freed by Norland after the government of France had lobbied for him.")
    assert pron(ctx, "him") == "Ola Brandt"


def test_subject_pronoun_is_the_subject_of_the_speech_verb_not_of_a_relative_clause(actors_context):
    ctx = actors_context("Ola Brandt, whose lawyer had met envoy Piet Hansen, said he would travel to Vesterland.")
    assert pron(ctx, "he") == "Ola Brandt"


def test_possessive_in_a_relative_clause_is_the_relative_head(actors_context):
    ctx = actors_context("Envoy Piet Hansen met Ola Brandt, who said his government would free the prisoners.")
    assert pron(ctx, "his") == "Ola Brandt"


def test_possessive_in_a_complement_clause_is_that_clause_subject(actors_context):
    ctx = actors_context("Vesterland said on Friday that Norland had broken its promise to free the sailors.")
    assert pron(ctx, "its") == "Norland"


def test_passive_subject_pronoun_of_a_temporal_clause(actors_context):
    ctx = actors_context("Norland freed Ola Brandt's colleague Anna Berg on Sunday, weeks after she was seized.")
    assert pron(ctx, "she") == "Anna Berg"


def test_near_miss_the_clause_subject_is_never_its_object(actors_context):
    ctx = actors_context("Ola Brandt praised him.")
    assert pron(ctx, "him") is None


def test_near_miss_gender_disagrees(actors_context):
    ctx = actors_context("Anna Berg said Norland had freed him.")
    assert pron(ctx, "him") is None


def test_near_miss_number_disagrees(actors_context):
    ctx = actors_context("Ola Brandt said they would meet again.")
    assert pron(ctx, "they") is None


def test_near_miss_a_later_mention_across_coordinated_clauses_is_no_antecedent(actors_context):
    ctx = actors_context("He arrived on Monday and Ola Brandt met officials of Norland.")
    assert pron(ctx, "He") is None


# -- a pronoun in a fronted subordinate clause, with nothing before it (_cataphor) -------------

def test_cataphor_in_a_fronted_temporal_clause(actors_context):
    ctx = actors_context("After he arrived in Oslo, Ola Brandt met officials of Norland.")
    assert pron(ctx, "he") == "Ola Brandt"


def test_cataphor_in_a_participial_phrase(actors_context):
    ctx = actors_context("Speaking when he received the freed sailors on Friday, Governor Ola Brandt thanked Norland.")
    assert pron(ctx, "he") == "Ola Brandt"


def test_cataphor_possessive_in_a_fronted_phrase(actors_context):
    ctx = actors_context("On her return to Ostby, Minister Anna Berg met the envoy of Norland.")
    assert pron(ctx, "her") == "Anna Berg"


def test_cataphor_plural_for_a_group(actors_context):
    ctx = actors_context("Before they signed the accord, Norway and Sweden held three rounds of talks.")
    assert pron(ctx, "they") in ("Norway", "Sweden")


def test_near_miss_an_earlier_antecedent_wins_over_a_cataphor(actors_context):
    ctx = actors_context("Karl Weber landed in Oslo on Monday. After he arrived, Ola Brandt met officials of Norland.")
    assert pron(ctx, "he") == "Karl Weber"


def test_near_miss_a_cataphor_must_agree_in_gender(actors_context):
    ctx = actors_context("After she arrived, Karl Weber met officials of Norland.")
    assert pron(ctx, "she") is None


def test_near_miss_the_relative_of_the_pronouns_own_clause(actors_context):
    ctx = actors_context("The pupils were seized by gunmen who stormed their school in Norland.")
    assert pron(ctx, "their") != "gunmen"


def test_near_miss_a_nationality_adjective_is_no_referent(actors_context):
    ctx = actors_context("Norland agreed to free four Vesterlandic children and let them go home.")
    assert pron(ctx, "them") != "Vesterland"


# -- a plural pronoun for a coordination of parties (coref_group) -----------------------------

def group(ctx: Context, word: str, nth: int = 0) -> set[str]:
    toks = [t for t in ctx.doc if t.text == word]
    return {ctx.actors[a].name for a in coref_group(ctx, toks[nth])}


def test_they_after_two_coordinated_states(actors_context):
    ctx = actors_context("Norway and Sweden said they had agreed to share the costs.")
    assert group(ctx, "they") == {"Norway", "Sweden"}


def test_they_in_the_next_sentence_after_two_coordinated_persons(actors_context):
    ctx = actors_context("Ola Brandt and Piet Hansen arrived in Oslo on Monday. They met the foreign minister.")
    assert group(ctx, "They") == {"Ola Brandt", "Piet Hansen"}


def test_possessive_their_after_a_coordinated_subject(actors_context):
    ctx = actors_context("Norway and Sweden signed their first accord in May.")
    assert group(ctx, "their") == {"Norway", "Sweden"}


def test_three_coordinated_states(actors_context):
    ctx = actors_context("Norway, Sweden and Denmark issued a statement in which they condemned the attack.")
    assert group(ctx, "they") == {"Norway", "Sweden", "Denmark"}


def test_a_later_pronoun_continues_the_group(actors_context):
    ctx = actors_context("Ola Brandt and Piet Hansen flew to Oslo. They said their mission was over.")
    assert group(ctx, "their") == {"Ola Brandt", "Piet Hansen"}


def test_passive_coordinated_subject(actors_context):
    ctx = actors_context("Ola Brandt and Piet Hansen were freed on Friday after they had spent a year in Norland.")
    assert group(ctx, "they") == {"Ola Brandt", "Piet Hansen"}


def test_near_miss_the_coordination_is_the_pronouns_co_argument(actors_context):
    ctx = actors_context("Norway and Sweden praised them.")
    assert group(ctx, "them") == set()


def test_near_miss_an_object_coordination_is_no_group(actors_context):
    ctx = actors_context("Officials of Norway met Ola Brandt and Piet Hansen. They said the talks went well.")
    assert group(ctx, "They") == set()


def test_near_miss_or_makes_no_group(actors_context):
    ctx = actors_context("Norway or Sweden will host the talks, they said.")
    assert group(ctx, "they") == set()


def test_acts_of_a_coordinated_group_pronoun_have_both_parties(act_tuples):
    got = {(t, s, o) for t, s, o, _ in act_tuples(
        "Ola Brandt and Piet Hansen arrived in Oslo on Monday. They met Vesterland's foreign minister, Karl Lund.")}
    assert ("meet", "ola-brandt", "karl-lund") in got and ("meet", "piet-hansen", "karl-lund") in got
    got = {(t, s, o) for t, s, o, _ in act_tuples(
        "Norland and Vesterland ended the war in May. They signed a ceasefire agreement in Geneva.")}
    assert ("agree", "norland", "vesterland") in got


def test_near_miss_an_unnamed_conjunct_makes_no_group(actors_context):
    ctx = actors_context("Envoys of Norway and the rebels said they would meet again in May.")
    assert group(ctx, "they") == set()

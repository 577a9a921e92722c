"""Pronoun and definite-description resolution (resolve/coref.py), on sentences of our own."""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.resolve import resolve_pronoun


def pron(ctx: Context, word: str, nth: int = 0):
    toks = [t for t in ctx.doc if t.text == word]
    return resolve_pronoun(ctx, toks[nth])


def name(ctx: Context, aid):
    return ctx.actors[aid].name if aid else None


def test_he_after_a_quote_is_the_previous_subject(actors_context):
    ctx = actors_context("Omar Haddad accused Egypt of delaying the deal.\n\n"
              "“We will not wait forever,” he claimed.")
    assert name(ctx, pron(ctx, "he")) == "Omar Haddad"


def test_he_prefers_the_subject_of_the_sentence(actors_context):
    ctx = actors_context("When Senator Mark Ellis visited Ottawa, he was not told about the deal.")
    assert name(ctx, pron(ctx, "he")) == "Mark Ellis"


def test_they_resolves_to_an_organisation(actors_context):
    ctx = actors_context("Hezbollah announced on Monday that they had released the prisoner.")
    assert name(ctx, pron(ctx, "they")) == "Hezbollah"


def test_its_in_a_for_phrase_is_the_object(actors_context):
    ctx = actors_context("The United States thanked Qatar for its role in the talks.")
    assert name(ctx, pron(ctx, "its")) == "Qatar"


def test_his_resolves_to_the_nearest_person(actors_context):
    ctx = actors_context("Prime Minister Jonas Berg said his cabinet would meet on Sunday.")
    assert name(ctx, pron(ctx, "his")) == "Jonas Berg"


def test_expletive_it_is_not_resolved(actors_context):
    ctx = actors_context("Norway said it appears that the talks will continue. It is not clear when.")
    its = [t for t in ctx.doc if t.text == "It"]
    assert resolve_pronoun(ctx, its[0]) is None


def test_pronouns_inside_quotes_are_left_alone(actors_context):
    ctx = actors_context("Anna Kovacs said: “He must decide now.”")
    assert pron(ctx, "He") is None


def test_relative_pronoun_points_to_its_antecedent(actors_context):
    ctx = actors_context("The note was passed to Steven Walsh, who admitted that talks were underway.")
    assert name(ctx, pron(ctx, "who")) == "Steven Walsh"


def test_definite_description_is_recorded_in_coref(actors_context):
    ctx = actors_context("A Chilean official said talks had resumed. The official did not give details.")
    the_official = [t for t in ctx.doc if t.lower_ == "official"][1]
    assert name(ctx, resolve_pronoun(ctx, the_official)) == "Chilean official"


def test_according_to_source_loses_to_the_previous_speaker(actors_context):
    ctx = actors_context("The ceasefire was agreed late on Friday, according to a Kenyan official. "
              "\"We want calm,\" David Otieno said on Saturday. He denied that money had changed hands.")
    assert name(ctx, pron(ctx, "He")) == "David Otieno"


def test_according_to_source_is_a_last_resort(actors_context):
    ctx = actors_context("The talks stalled, according to a Kenyan official. He declined to give details.")
    assert name(ctx, pron(ctx, "He")) == "Kenyan official"


def test_gender_from_given_names_and_descriptors(actors_context):
    ctx = actors_context("Foreign Minister Zeynep Arslan met envoy Mehmet Doruk in Ankara. "
              "She said the meeting had gone well.")
    assert name(ctx, pron(ctx, "She")) == "Zeynep Arslan"
    ctx = actors_context("The spokeswoman, Carla Mendes, spoke after Minister Rui Tavares left. "
              "He had refused to answer questions.")
    assert name(ctx, pron(ctx, "He")) == "Rui Tavares"


def test_it_in_the_next_sentence_continues_the_main_clause_subject(actors_context):
    # the subject of the main clause, not the nearer subject of its complement clause
    ctx = actors_context("The Ministry of Defence claimed in a communique that the Liberation Front had violated the ceasefire. "
              "It warned that the talks were suspended.")
    assert name(ctx, pron(ctx, "It")) == "Ministry of Defence"
    # in the pronoun's own sentence the nearest subject still comes first
    ctx = actors_context("Karl Weber said that Anna Roth had left before she signed.")
    assert name(ctx, pron(ctx, "she")) == "Anna Roth"

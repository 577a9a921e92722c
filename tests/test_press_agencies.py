"""(s42-lead) A wire agency is the press by its name.

Why: "X told Agence France-Presse (AFP)" made the agency an organisation actor whose name holds no press
word ("Presse" is not "press"), so the story's sides could take it as the second party of the talks and every
partyless act of the report went to it. The agencies of actors.toml [sources] are matched on the name only:
a party's acronym may spell an agency's ("the Alliance Party (AP)", review s42).
"""

from backchannel.extract.interactions.story import is_press


def _id(ctx, name):
    return next(a.id for a in ctx.actors.values() if a.name == name)


def test_agency_named_in_full_with_its_short_form_is_the_press(actors_context):
    ctx = actors_context('Ostland and the Free Hill Front agreed to a truce. "We reached an agreement," army '
                         "spokesman Jon Dahl told Agence France-Presse (AFP) on Monday.")
    assert is_press(ctx, _id(ctx, "Agence France-Presse"))
    assert not is_press(ctx, _id(ctx, "Free Hill Front"))


def test_agency_by_short_name_and_outlet_by_press_word(actors_context):
    ctx = actors_context("Ostland's foreign minister Anna Berg told Reuters and the Harbour Times that the talks "
                         "with Westmark would resume.")
    assert is_press(ctx, _id(ctx, "Reuters"))
    assert is_press(ctx, _id(ctx, "Harbour Times"))
    assert not is_press(ctx, _id(ctx, "Anna Berg"))


def test_a_party_whose_acronym_spells_an_agency_is_no_press(actors_context):
    ctx = actors_context("The Alliance Party (AP) signed an agreement with Westmark on Monday. The AP also freed two "
                         "Westmark hostages.")
    assert not is_press(ctx, _id(ctx, "Alliance Party"))

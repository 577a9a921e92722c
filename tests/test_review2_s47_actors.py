"""Review 2 of the s47 merges, the actor and captive findings (F5, F6, F8, F9, F13-F17, F19; notes:
/work/notes/s47/review2.md): the reviewer's invented texts on which the s47 rules over-generated. Why:
each assert pins a narrowing of one rule (spokesperson_of_subject, salient_state_official,
prefixed_salient_state, counted_captives.named_set, background_body)."""

from __future__ import annotations


def _actor(d, name):
    return next(a for a in d.actors if a.name == name)


# F5 actors.staff.spokesperson_of_subject: a new paragraph placed in another state
def test_f5_spokesperson_across_paragraph(analyze):
    d = analyze("The Free Hill Front said on Monday that the two hostages were safe.\n\nIn Norland, spokeswoman "
                "Anna Berg said the government had received no proof that the hostages were alive.")
    assert _actor(d, "Anna Berg").affiliation != "free-hill-front"


# F6 actors.staff.spokesperson_of_subject: the previous subject is the other side of the quote
def test_f6_press_secretary_is_not_the_captors(analyze):
    d = analyze("The Free Hill Front seized two Norland soldiers on Monday. \"We will not negotiate with "
                "terrorists,\" press secretary Ivan Holm told reporters at the presidential palace.")
    assert _actor(d, "Ivan Holm").affiliation != "free-hill-front"
    assert not any(i.type == "negotiate" and i.source == "free-hill-front" for i in d.interactions)


# F17 actors.staff.spokesperson_of_subject: the quote answers the previous subject's deed
def test_f17_spokesperson_answering_the_claimed_attack(analyze):
    d = analyze("The Free Hill Front claimed the bombing of the border post on Monday. \"Those responsible will be "
                "punished,\" spokesman Ivan Holm said.")
    assert _actor(d, "Ivan Holm").affiliation != "free-hill-front"


# F8 actors.institutions.prefixed_salient_state: a body placed in another state's capital
def test_f8_national_assembly_in_other_capital(analyze):
    d = analyze("Sweden and the Free Hill Front signed a truce on Monday in Doha. Sweden said the deal would "
                "hold, and Sweden thanked Norway. The National Assembly in Oslo, which backed the mediation, "
                "welcomed the deal.")
    assert _actor(d, "National Assembly").affiliation != "sweden"


# F9 interactions.counted_captives.named_set: captives freed in an earlier, undated exchange are not today's two
def test_f9_counted_captives_other_release(analyze):
    d = analyze("The Free Hill Front freed two hostages on Monday. Anna Berg and Ivan Holm were released in an "
                "earlier exchange after talks in Ostland.", published="2026-06-10")
    assert not any(i.type == "release" and i.target == "anna-berg" and i.traced("target")
                   == "interactions.counted_captives.named_set" for i in d.interactions)


# F10 (a swap: "Norland freed two prisoners in a swap with the Front. A and B, two Norland soldiers held by
# the group, were also released") is left out: the wrong Norland -> A release is not named_set's (the
# "also" now stops it) but the captor read off "held by the group", which the parser resolves to the
# nearest organisation, the "Norland" that modifies "soldiers" (Norland is tagged an organisation);
# wrong at the base too.


_TRUCE = ("Sweden and Norway signed a truce on Monday after a year of fighting. Sweden had demanded the return of "
          "its soldiers. The talks in Norway lasted a week and Norway hosted them.\n\n"
          "Crowds gathered in the streets of the capital to celebrate.\n\n")


# F13 actors.colleagues.salient_state_official: a visitor is not the host state's official
def test_f13_salient_official_visitor_from_washington(analyze):
    d = analyze(_TRUCE + "Secretary of State Ivan Holm, who flew in from Washington for the signing, praised the deal.")
    assert _actor(d, "Ivan Holm").affiliation != "norway"


def test_f14_salient_official_on_a_visit(analyze):
    d = analyze(_TRUCE + "Foreign Minister Ivan Holm, on his first visit to the region, praised the deal.")
    assert _actor(d, "Ivan Holm").affiliation != "norway"


# F15 actors.colleagues.salient_state_official: a past office told in a relative clause
def test_f15_salient_official_former_in_relative_clause(analyze):
    d = analyze(_TRUCE + "Prime Minister Ivan Holm, who served until 2020, praised the deal.")
    assert _actor(d, "Ivan Holm").affiliation != "norway"


# F16 actors.institutions.prefixed_salient_state: a movement's Supreme Council is no state's
def test_f16_supreme_council_of_the_front(analyze):
    d = analyze(_TRUCE + "The Free Hill Front rejected the truce. The Supreme Council, the Front's highest body, "
                         "said the group would fight on.")
    assert _actor(d, "Supreme Council").affiliation not in ("norway", "sweden")


# F19 actors.vetting.background_body: "a former <Body> hostage" names the captor, not a body the person
# served in; the captor of the story is kept
def test_f19_former_hostage_keeps_the_captor(analyze):
    d = analyze("Former Free Hill Front hostage Anna Berg urged Sweden on Monday to talk to the kidnappers of her "
                "colleagues.")
    assert any(a.name == "Free Hill Front" for a in d.actors)


# The narrowings keep the shapes the rules were for: a body's stance, then a paragraph that opens with
# its spokesperson's quotation; a body owned by a named person's misparsed title; a count named paragraphs on.
def test_spokesperson_after_a_stance_in_the_paragraph_before(analyze):
    d = analyze("The Kestrel Relief Agency was aware of the plan to free the sailors.\n\n\"We are ready to help "
                "the families,\" spokeswoman Anna Berg told reporters.")
    assert _actor(d, "Anna Berg").affiliation == "kestrel-relief-agency"


def test_spokesperson_not_after_a_framed_paragraph(analyze):
    d = analyze("The Kestrel Relief Agency was aware of the plan to free the sailors.\n\nIn Westmark, \"We are "
                "ready to help the families,\" spokeswoman Anna Berg told reporters.")
    assert _actor(d, "Anna Berg").affiliation != "kestrel-relief-agency"


def test_counted_captives_named_paragraphs_later(analyze):
    d = analyze("Ostland pardoned and released two detained Westmark reporters on Tuesday after talks with an "
                "envoy.\n\nThe envoy flew home in the evening.\n\nState media said the release of Jan Holm and "
                "Eva Lind was ordered by the president.")
    assert {i.target for i in d.interactions if i.type == "release" and i.source == "ostland"} >= {
        "jan-holm", "eva-lind"}

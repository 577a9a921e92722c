"""Session 32 (s32-claims): the claims stage's speaker name parts share the actors stage's matcher."""

from __future__ import annotations

import pytest

from backchannel.extract.claims.speaker_actors import NAME_PART, named_actor
from claim_helpers import by_content, name, span_of, speaker_context, trace


# claims.speaker_actors.name_part through resolve.merge.link_partial_names: the forms the actors stage joins
@pytest.mark.parametrize("text,speaker,full", [
    # a surname opened by a particle
    ('"The channel is open," al-Varani said on Sunday.', "al-Varani", "Khalid bin Omar al-Varani"),
    # the first of two surnames (Spanish usage)
    ("Arenas told reporters that the rebels had accepted the venue.", "Arenas", "Gustavo Arenas Villar"),
    # a two-word surname
    ("Later, Ruiz Molina said the exchange would take place on Friday.", "Ruiz Molina", "Elena Ruiz Molina"),
    # first and last name of a person named with a middle name
    ("Ola Brandt denied that any money had changed hands.", "Ola Brandt", "Ola Nils Brandt"),
    # the given name, passive cue after
    ("The offer was rejected, Dawit was quoted as saying.", "Dawit", "Dawit Haile Tesfaye"),
    # the surname, the cue first and the speaker after it
    ('"We are close," added Tesfaye.', "Tesfaye", "Dawit Haile Tesfaye"),
])
def test_name_part_shared_matcher(nlp, text, speaker, full):
    ctx = speaker_context(nlp, text, [(full, "person"), ("Kari Lund", "person")])
    span, head = span_of(ctx, speaker)
    aid, rule = named_actor(ctx, span, head)
    assert rule == NAME_PART and ctx.actors[aid].name == full and speaker in ctx.actors[aid].aliases
    # only an alias was added: the trace says so, the name was not touched
    assert ctx.actors[aid].trace.get("aliases") == NAME_PART and "name" not in ctx.actors[aid].trace


@pytest.mark.parametrize("text,speaker,short", [
    # the actors stage had only the particle surname
    ("Khalid bin Omar al-Varani said the channel was open.", "Khalid bin Omar al-Varani", "al-Varani"),
    # it had the name without the middle name
    ("Ola Nils Brandt, the envoy, told reporters the gaps were narrowing.", "Ola Nils Brandt", "Ola Brandt"),
])
def test_name_part_fills_the_name(nlp, text, speaker, short):
    ctx = speaker_context(nlp, text, [(short, "person"), ("Kari Lund", "person")])
    span, head = span_of(ctx, speaker)
    aid, rule = named_actor(ctx, span, head)
    assert rule == NAME_PART and ctx.actors[aid].name == speaker and short in ctx.actors[aid].aliases
    assert ctx.actors[aid].trace.get("name") == NAME_PART


def test_name_part_last_word_outranks_inner_word(nlp):
    """"Ghani" ends one name and is inside another: the name it ends is the speaker's, as in the actors stage."""
    ctx = speaker_context(nlp, "Ostrak said the talks would resume.", [("Karim Ostrak", "person"),
                                                                        ("Abdul Ostrak Haidari", "person")])
    span, head = span_of(ctx, "Ostrak")
    aid, rule = named_actor(ctx, span, head)
    assert rule == NAME_PART and ctx.actors[aid].name == "Karim Ostrak"


@pytest.mark.parametrize("text,speaker,people", [
    # two persons end in the word
    ("Ostrak said the talks would resume.", "Ostrak", [("Ann Ostrak", "person"), ("Bob Ostrak", "person")]),
    # inside two names, ending neither
    ("Ostrak said the talks would resume.", "Ostrak", [("Abdul Ostrak Haidari", "person"),
                                                       ("Faisal Ostrak Nuri", "person")]),
    # inside one name and opening another, ending neither
    ("Nils said the talks would resume.", "Nils", [("Ola Nils Brandt", "person"), ("Nils Lund", "person")]),
    # a lower-case word that is no particle: no name
    ("Aid workers said the talks would resume.", "Aid workers", [("Aid", "person")]),
])
def test_name_part_near_misses(nlp, text, speaker, people):
    ctx = speaker_context(nlp, text, people)
    span, head = span_of(ctx, speaker)
    assert named_actor(ctx, span, head)[1] != NAME_PART


# ---------------------------------------------------------------- claims.speakers.people_noun


PEOPLE = "claims.speakers.people_noun"


@pytest.mark.parametrize("text, content, speaker", [
    # a calling with a relative clause
    ("An imam who met the kidnappers said they wanted money.", "they wanted money", "imam"),
    # "according to" a calling
    ("Talks had stalled in the spring, according to a village teacher.", "Talks had stalled in the spring",
     "village teacher"),
    # the speaker after its content, with a post-modifier
    ("The gunmen left on Monday, two farmers from the valley said.", "The gunmen left on Monday",
     "two farmers from the valley"),
    # a plural with a quantifier; past perfect
    ("Several girls had said some friends died in captivity.", "some friends died in captivity", "Several girls"),
    # a count is kept: "three farmers" are a part of the farmers, not all of them
    ("Three farmers told the radio that the road was mined.", "the road was mined", "Three farmers"),
    # a bare plural in a coordination: the first conjunct speaks
    ("Parents and village elders told reporters that no money was paid.", "no money was paid", "Parents"),
    # states as a class, progressive, object cue
    ("Neighbouring countries are accusing Norland of arming the militias.", "Norland of arming the militias",
     "Neighbouring countries"),
    # a count of people with an of-phrase
    ("A number of residents said the gunmen had left the town.", "the gunmen had left the town",
     "number of residents"),
    # a count of groups (an organisation noun), the speech in a participle after another act
    ("A host of rebel groups withdrew on Monday, accusing the government of bad faith.",
     "the government of bad faith", "host of rebel groups"),
    # states as a class with a participle; the post-modifier that names parties is no part of the name
    ("Countries assisting the talks between Norland's government and the rebels said that a deal was near.",
     "a deal was near", "Countries assisting the talks"),
    # a kin word with an of-phrase after a quotation
    ("\"We paid nothing,\" a cousin of the hostage told Lunde Radio.", "We paid nothing", "cousin of the hostage"),
])
def test_people_noun(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") == PEOPLE


@pytest.mark.parametrize("text, content", [
    # a definite kin word points back at someone named before: no new source
    ("Ola Brandt, the old leader, stepped down in May. The son vowed on Monday to call a vote by spring.",
     "to call a vote by spring"),
    # a pair word points back at the two people named before (claims.speakers.each_party)
    ("Ola Brandt met Jon Kessel in Lund. Both men told reporters the meeting had gone well.",
     "the meeting had gone well"),
    # a thing, not people
    ("The deal says the prisoners will be freed in May.", "the prisoners will be freed in May"),
    # a count of things, not of people
    ("A number of proposals said the border would be reopened.", "the border would be reopened"),
])
def test_people_noun_near_misses(claims_of, text, content):
    claims, actors = claims_of(text)
    for c in claims:
        assert trace(c).get("speaker") != PEOPLE


# ---------------------------------------------------------------- claims.descriptions.coordinated_title

COORD = "claims.descriptions.coordinated_title"


@pytest.mark.parametrize("text, content, speaker, rule", [
    # a bare title coordinated with a titled name: the parse makes the name a conjunct of the title
    ("Former Norland premier and current Union mediator Kari Lund said the talks would resume in May.",
     "the talks would resume in May", "Kari Lund", COORD),
    # lower-case titles, "told" with an object, a "that" clause
    ("Veteran diplomat and former rebel negotiator Jon Kessel told reporters that the ceasefire was holding.",
     "the ceasefire was holding", "Jon Kessel", COORD),
    # the description later names the one president introduced with its words (another president is named)
    ("Former Norland President and current Union mediator Ola Brandt met Vesterland's President Jon Kessel on "
     "Thursday in Lund. \"We came to seek his advice,\" the former Norland president said.",
     "We came to seek his advice", "Ola Brandt", "claims.descriptions.title_holder"),
])
def test_coordinated_title(claims_of, text, content, speaker, rule):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") == rule


@pytest.mark.parametrize("text, title_word, name_word, expected", [
    ("Former Norland premier and current Union mediator Kari Lund met the rebels.", "premier", "Lund", True),
    ("Retired judge and peace envoy Ola Brandt arrived in Lund on Monday.", "judge", "Brandt", True),
    ("Veteran diplomat and former rebel negotiator Jon Kessel told reporters the truce held.", "diplomat", "Kessel",
     True),
    # a determiner: the president is someone else
    ("The president and Ola Brandt met the rebels on Monday.", "president", "Brandt", False),
    # a name with no title of its own
    ("Former premier and Ola Brandt met the rebels on Monday.", "premier", "Brandt", False),
    # the name is a conjunct of a name, not of a title
    ("Union mediator Ola Brandt and Kari Lund met the rebels on Monday.", "mediator", "Lund", False),
])
def test_coordinated_title_parse(nlp, text, title_word, name_word, expected):
    from backchannel.extract.claims.descriptions import coordinated_title
    doc = nlp(text)
    tok = next(t for t in doc if t.text == name_word)
    assert tok.dep_ == "conj" and coordinated_title(tok) is expected
    assert not expected or tok.head.text == title_word


def test_coordinated_title_near_misses(claims_of):
    for text in ("The envoy and Ola Brandt said the talks would resume in May.",
                 "Union mediator Ola Brandt and Kari Lund said the talks would resume in May."):
        claims, _ = claims_of(text)
        assert all(trace(c).get("speaker") != COORD for c in claims)


def test_people_noun_mention_leaves_the_event_words(claims_of):
    """The source's mention ends before its verbal modifier: the talks it assists stay an event."""
    claims, actors = claims_of("Countries assisting the talks between Norland's government and the rebels said that a "
                               "deal was near.")
    c = by_content(claims, "a deal was near")
    a = actors[c.speaker]
    assert [m.text for m in a.mentions] == ["Countries"]


"""Session 36 review (s36-fixper): the defects an independent review found in this session's
per-report rules, each pinned by invented sentences of several shapes and near misses.

Why: the rules were written against the shapes their authors had in mind; the review probed the
same construction in other shapes and a different construction with the same words:
- ``claims.heading.statement_paragraph``: a short paragraph printed without its full stop ended
  the statement; now only a line written as a heading does. A heading's title ("FULL <STATE>
  SPOKESMAN STATEMENT") is the spokesman the report introduced (``claims.heading.titled_issuer``).
- ``claims.speakers.official_document_state``: with speakers of two states just before, the last of
  them was taken as the issuer; now no state is.
- ``claims.joint_document.joint_document``: the issuers' group was read as a one-head description
  ("A, B and C" cut to a second "A"; a pair made a person on its first member's side); now the whole
  coordination is one group (``claims.joint_document.coordination_group``), also when the document
  is "issued by" them.
- ``interactions.swaps.partner_release``: the swap partner was the captor even when a captor
  participle on the captives named who held them.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace

HEADING = "claims.heading.statement_paragraph"


def _headed(claims) -> list[str]:
    return [c.content for c in claims if c.rule == HEADING]


# ---------------------------------------------------------------- heading: where the statement ends

@pytest.mark.parametrize("text, last", [
    ("Jon Kessel spoke on Monday.\n\nFULL STATEMENT\n\nThe talks were useful.\n\n"
     "Both delegations agreed to free ten detainees\n\nThe next round opens in June.", "next round opens"),
    ("Kari Lund spoke on Monday.\n\nText of the statement:\n\nThe envoys met twice.\n\nWe will free the sailors\n\n"
     "Their families have been told.", "families have been told"),
    ("The ministry spoke on Monday.\n\nFULL MINISTRY STATEMENT\n\nThe convoy left at dawn.\n\n"
     "We thank our hosts\n\nMore talks will follow in May.", "More talks will follow"),
])
def test_unpunctuated_sentence_does_not_end_statement(claims_of, text, last):
    claims, _ = claims_of(text)
    got = _headed(claims)
    assert len(got) == 3 and last in got[-1], [(c.content, c.rule) for c in claims]


@pytest.mark.parametrize("text", [
    # a line in capitals or title case after the statement is another heading: the statement ends
    "Jon Kessel spoke on Monday.\n\nFULL STATEMENT\n\nThe talks were useful.\n\nRELATED STORIES\n\n"
    "Other talks in the region have stalled.",
    "Jon Kessel spoke on Monday.\n\nFULL STATEMENT\n\nThe talks were useful.\n\nMore From Our Desk\n\n"
    "Other talks in the region have stalled.",
])
def test_heading_shaped_line_ends_statement(claims_of, text):
    claims, _ = claims_of(text)
    assert _headed(claims) == ["The talks were useful."], [(c.content, c.rule) for c in claims]


# ---------------------------------------------------------------- heading: the titled issuer

@pytest.mark.parametrize("text", [
    "Finnish Foreign Ministry spokesman Jon Kessel issued a statement on Monday.\n\n"
    "FULL FINNISH SPOKESMAN STATEMENT\n\nThe talks in the capital were useful.",
    "Jon Kessel, the spokesman, spoke on Monday.\n\nFULL SPOKESMAN STATEMENT\n\nThe talks in the capital were useful.",
    "Finnish spokesman Jon Kessel spoke after the talks.\n\nText of the Spokesman Statement:\n\n"
    "The talks in the capital were useful.",
])
def test_heading_title_is_the_person_introduced(claims_of, text):
    claims, actors = claims_of(text)
    c = by_content(claims, "talks in the capital were useful")
    assert name(c, actors) == "Jon Kessel"
    assert trace(c).get("speaker") == "claims.heading.titled_issuer"


@pytest.mark.parametrize("text", [
    # two spokesmen introduced: the heading does not say which
    "Finnish spokesman Jon Kessel and Swedish spokesman Kari Lund spoke on Monday.\n\n"
    "FULL SPOKESMAN STATEMENT\n\nThe talks in the capital were useful.",
    # the person introduced holds another title
    "Finnish envoy Jon Kessel spoke on Monday.\n\nFULL SPOKESMAN STATEMENT\n\nThe talks in the capital were useful.",
])
def test_heading_title_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    c = by_content(claims, "talks in the capital were useful")
    assert trace(c).get("speaker") != "claims.heading.titled_issuer"


# ---------------------------------------------------------------- official documents of two states

@pytest.mark.parametrize("text", [
    "Finnish Foreign Minister Jon Kessel said the talks were useful. Swedish envoy Kari Lund said she was "
    "hopeful. According to an official communique, the envoys will meet again in June.",
    "Swedish envoy Kari Lund said she was hopeful. Finnish Foreign Minister Jon Kessel said the talks were "
    "useful. The envoys will meet again in June, an official statement said.",
])
def test_official_document_after_two_states_names_none(claims_of, text):
    claims, _ = claims_of(text)
    c = by_content(claims, "envoys will meet again")
    assert trace(c).get("speaker") != "claims.speakers.official_document_state"


# ---------------------------------------------------------------- joint documents: the issuers' group

JOINT = "claims.joint_document.joint_document"


@pytest.mark.parametrize("text, content, group", [
    ("Finland, Sweden and Norway said in a joint statement that the talks would resume.",
     "talks would resume", "Finland, Sweden and Norway"),
    ("A joint statement issued by Finland and Sweden said that the border would reopen.",
     "border would reopen", "Finland and Sweden"),
    ("Finland and the Kessel Front released a joint statement saying the truce would hold.",
     "truce would hold", "Finland and the Kessel Front"),
])
def test_joint_issuers_are_one_group(claims_of, text, content, group):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert trace(c).get("speaker") == JOINT
    a = actors[c.speaker]
    assert a.name.replace("the ", "") == group.replace("the ", "")
    assert a.kind == "group" and a.affiliation is None
    # no second actor of a member's name
    assert sorted(x.name for x in actors.values()).count("Finland") == 1


# ---------------------------------------------------------------- swaps: a holder named on the captives

@pytest.mark.parametrize("text", [
    "Five Chileans held in Finland were freed in a swap with Peru.",
    "Five Chileans detained by Finland were released in a swap with Peru.",
    "Two Chilean sailors jailed in Finland were freed under an exchange with Peru.",
])
def test_swap_partner_not_captor_when_holder_named(acts_of, text):
    acts = [i for i in acts_of(text) if i.type == "release"]
    assert acts and not any((i.trace or {}).get("source") == "interactions.swaps.partner_release" for i in acts)
    assert all(i.source != "peru" for i in acts)


@pytest.mark.parametrize("text", [
    # no holder named on the captives: the partner held them
    "Five Finnish citizens were freed in a swap with Peru.",
    "Five Chilean sailors were released as part of an exchange with Peru.",
])
def test_swap_partner_still_captor(acts_of, text):
    acts = [i for i in acts_of(text) if i.type == "release"]
    assert any(i.source == "peru" for i in acts)


# ---------------------------------------------------------------- split state groups and a later "the <head>"

@pytest.mark.parametrize("text, content", [
    ("Finnish and Swedish officials met in Oslo on Monday. The talks were useful, the officials said.",
     "talks were useful"),
    ("Talks between Finnish and Swedish diplomats ended on Monday. According to the diplomats, a deal is close.",
     "deal is close"),
    ("Finnish and Swedish negotiators met in Oslo on Monday. The negotiators said the talks were useful.",
     "talks were useful"),
])
def test_bare_plural_after_split_groups_joins_neither(claims_of, text, content):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) not in ("Finnish officials", "Swedish officials", "Finnish diplomats",
                                   "Swedish diplomats", "Finnish negotiators", "Swedish negotiators")


@pytest.mark.parametrize("text, content, speaker", [
    # a modified repeat names its own group; one group before is joined as ever
    ("Finnish and Swedish officials met in Oslo on Monday. The Swedish officials said the talks were useful.",
     "talks were useful", "Swedish officials"),
    ("Finnish officials met Kessel Front envoys in Oslo on Monday. The talks were useful, the officials said.",
     "talks were useful", "Finnish officials"),
])
def test_split_groups_near_misses(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


# ---------------------------------------------------------------- characterized quotations in the passive

CHAR = "claims.nesting.characterized_quote"


@pytest.mark.parametrize("text, content", [
    ("The offer was called \"a serious step\" by Jon Kessel, a Norwegian official said.", "a serious step"),
    ("The truce was described as \"fragile but real\" by Jon Kessel, the envoy said.", "fragile but real"),
    ("The plan was branded \"a trap\" by Jon Kessel, a Norwegian official said.", "a trap"),
])
def test_characterized_quote_passive_agent(claims_of, text, content):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == "Jon Kessel"
    assert trace(c).get("speaker") == CHAR


@pytest.mark.parametrize("text, content", [
    # the agent is no named person; the verb is no calling
    ("The offer was called \"a serious step\" by the Front, a Norwegian official said.", "a serious step"),
    ("The offer was called \"a serious step\" by reporters, a Norwegian official said.", "a serious step"),
    ("The offer was drafted \"in good faith\" by Jon Kessel, a Norwegian official said.", "in good faith"),
])
def test_characterized_quote_passive_near_misses(claims_of, text, content):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert trace(c).get("speaker") != CHAR

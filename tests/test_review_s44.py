"""Three defects two reviews found (s44-review), pinned on invented sentences of several shapes.

1. A described group agrees with the kind of organisation it describes: "the militant group" never stands
   for an aid body, an outlet or a business named before it (``actors.definite.kind_agreement``, the
   nearest-organisation fallback of ``mentions.described_group``, ``claims.descriptions.definite_description``,
   and the pronoun the description governs).
2. A state never mediates with itself or its own people: the envoy a state sends is the state's
   (``actors.unnamed.clause_side`` through a relative pronoun) and a mediation whose target is the mediator's
   own is dropped (``interactions.sides.own_people_not_mediated``).
3. A movement named only as the modifier of its member's role ("X, a <Front> commander") is an organisation
   (``actors.names.modifier_org_name``) and the member's side; a state owning the title of someone a verb acts
   on ("met <State>'s envoy") is that person's side, not the speaker's; the quoted "we" of a meeting is then
   the speaker's side.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from interaction_helpers import find

from backchannel.extract.interactions.candidate import TARGET
from backchannel.extract.interactions.intermediaries import one_mediation_per_body
from backchannel.mentions import TokenActors
from backchannel.org_kinds import kinds_agree, kinds_of

AID = "The Red Lantern Society delivered food to the camp on Monday. "
FRONT = "The Free Hill Front attacked the camp on Monday. "
SAID_FREE = "The militant group said it would free the nurses."


# -- 1. kind agreement --------------------------------------------------------------------------------------
def test_kinds_of_words():
    assert kinds_of(["militant group"]) == {"armed"}
    assert kinds_of(["the rebels"]) == {"armed"}
    assert kinds_of(["Red Lantern Society"]) == {"civil"}
    assert kinds_of(["Free Hill Front"]) == frozenset()
    assert not kinds_agree(["militant group"], ["Valdor Broadcasting Corporation"])
    assert kinds_agree(["militant group"], ["Free Hill Front"])
    assert kinds_agree(["the group"], ["Red Lantern Society"])  # a plain description has no kind
    assert kinds_agree(["armed group"], ["Red Lantern Society", "an armed group"])  # its own descriptor


def _described_as(actors_of, text: str, desc: str) -> list[str]:
    """The named actors that took ``desc`` as a mention or alias."""
    return [a.name for a in actors_of(text).values() if a.named and (
        any(desc in m.text.lower() for m in a.mentions) or any(desc in x.lower() for x in a.aliases))]


@pytest.mark.parametrize("text, desc, party", [
    (AID + SAID_FREE, "militant group", None),
    ("Valdor Radio reported the clashes on Sunday. The armed group later freed two nurses.", "armed group", None),
    ("The Northern Relief Fund sent doctors to the camp. The rebel group said it had freed the nurses.", "rebel group",
     None),
    (FRONT + SAID_FREE, "militant group", "Free Hill Front"),
    ("The Free Hill Front seized the nurses in May. " + AID + SAID_FREE, "militant group", "Free Hill Front"),
])
def test_described_group_agrees_in_kind(actors_of, text, desc, party):
    got = _described_as(actors_of, text, desc)
    assert got == ([party] if party else []), (text, got)


def test_no_act_or_claim_of_another_kind(analyze):
    d = analyze(AID + SAID_FREE)
    assert not [i for i in d.interactions if "red-lantern-society" in (i.source, i.target)]
    assert all(c.speaker != "red-lantern-society" for c in d.claims)
    d = analyze(FRONT + SAID_FREE)
    find(list(d.interactions), "release", "free-hill-front", "nurses")


def test_the_fallback_keeps_to_the_kind(actors_context):
    """``TokenActors.described_group`` asked directly (the actors stage may have answered already)."""
    def group_of(text: str) -> str | None:
        ctx = actors_context(text)
        tok = [t for t in ctx.doc if t.lower_ == "group"][-1]
        return TokenActors(ctx).described_group(tok)
    assert group_of(AID + SAID_FREE) is None
    assert group_of(FRONT + SAID_FREE) == "free-hill-front"


# -- 2. no mediation with one's own people ------------------------------------------------------------------
CLASH = "Peru and Chile have clashed over the border since May. "


@pytest.mark.parametrize("text, sent", [
    (CLASH + "Norway, which sent an envoy to Lima in an effort to mediate, said the talks would resume.", "envoy"),
    (CLASH + "Norway, which dispatched a delegation to Lima and Santiago in a bid to mediate, urged restraint. "
     "The delegation met Peruvian officials.", "delegation"),
])
def test_a_mediator_mediates_between_the_parties(analyze, text, sent):
    d = analyze(text)
    aff = {a.id: a.affiliation for a in d.actors}
    assert aff[sent] == "norway"
    med = {(i.source, i.target) for i in d.interactions if i.type == "mediate"}
    assert med == {("norway", "peru"), ("norway", "chile")}, med


@pytest.mark.parametrize("text, sent, sender", [
    ("Norway, which sent an envoy to Lima in an effort to mediate, said the talks would resume.", "envoy", "norway"),
    ("Norway sent a senior official to Lima on Monday.", "senior-official", "norway"),
    ("The Free Hill Front dispatched two officials to Lunde to meet the mediators.", "officials", "free-hill-front"),
    ("Russia expelled a diplomat on Monday.", "diplomat", None),  # no verb of sending: no side
])
def test_the_one_sent_is_the_senders(actors_of, text, sent, sender):
    assert actors_of(text)[sent].affiliation == sender


def test_never_the_mediators_own_envoy(analyze):
    d = analyze("Norway, which sent an envoy to Sudan in an effort to mediate, said the talks would resume. "
                "The Norwegian envoy met Sudanese officials.")
    envoys = {a.id for a in d.actors if "envoy" in a.name.lower()}
    assert envoys and all(a.affiliation == "norway" for a in d.actors if a.id in envoys)
    assert not [i for i in d.interactions if i.type == "mediate" and i.target in envoys | {"norway"}]


def test_own_people_not_mediated(actors_context):
    ctx = actors_context("Norway sent its envoy to Lima. Peru and Chile clashed.")
    envoy = next(a.id for a in ctx.actors.values() if a.affiliation == "norway")
    def kept(*pairs: tuple[str, str], named: bool = False) -> list[tuple[str, str]]:
        recs = [SimpleNamespace(type="mediate", source=s, target=t, inferred=[] if named else [TARGET]) for s, t in pairs]
        return [(r.source, r.target) for r in one_mediation_per_body(ctx, recs)]  # type: ignore[arg-type]
    assert kept(("norway", envoy), ("norway", "norway"), ("norway", "peru")) == [("norway", "peru")]
    assert kept((envoy, "norway")) == [(envoy, "norway")]  # a side's own mediator may stand between it and another
    assert kept(("norway", envoy), named=True) == [("norway", envoy)]  # a party the act names is kept


# -- 3. the speaker's side ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "\"We met Egypt's envoy twice,\" Karl Vogt, a Free Hill Front commander, said.",
    "The Free Hill Front holds the town. \"We met Egypt's envoy twice,\" Karl Vogt, a Free Hill Front commander, said.",
    "\"We met Egypt's envoy twice,\" said Karl Vogt, a commander of the Free Hill Front.",
    "Karl Vogt, a commander of the Free Hill Front, said: \"We met Egypt's envoy twice.\"",
])
def test_quoted_we_is_the_speakers_side(analyze, text):
    d = analyze(text)
    aff = {a.id: a.affiliation for a in d.actors}
    assert aff["karl-vogt"] == "free-hill-front", aff
    find(list(d.interactions), "meet", "free-hill-front", "egypt-envoy")


def test_quoted_they_is_not_the_speakers_side(analyze):
    d = analyze("\"They met Egypt's envoy twice,\" said Karl Vogt, a commander of the Free Hill Front.")
    assert not [i for i in d.interactions if i.type == "meet" and i.source == "free-hill-front"]


@pytest.mark.parametrize("text, side", [
    ("\"We met Egypt's envoy twice,\" Karl Vogt, a Free Hill Front commander, said.", "free-hill-front"),
    ("Karl Vogt, a senior commander who met Egypt's envoy twice, said the talks went well.", None),
    ("\"We talked with Egypt's envoy,\" Karl Vogt, a rebel commander, said.", None),
    # kept: the state of the one an adviser serves is the adviser's
    ("Karl Vogt, an adviser to Egypt's president, said the talks went well.", "egypt"),
])
def test_a_state_owning_someone_elses_title(actors_of, text, side):
    assert actors_of(text)["karl-vogt"].affiliation == side


@pytest.mark.parametrize("text, org", [
    ("\"We met Egypt's envoy twice,\" Karl Vogt, a Free Hill Front commander, said.", "Free Hill Front"),
    ("A Lunde Defence Brigade fighter said on Sunday that the road was closed.", "Lunde Defence Brigade"),
])
def test_modifier_org_name(actors_of, text, org):
    found = [a for a in actors_of(text).values() if a.name == org]
    assert found and found[0].rule == "actors.names.modifier_org_name", [a.name for a in actors_of(text).values()]


@pytest.mark.parametrize("text", [
    "A Foreign Ministry spokesman said the talks would resume.",  # a state's title, tagged or not
    "The Free Hill Front said on Monday that a Front commander was freed.",  # one word: the noun
])
def test_modifier_org_name_near_misses(actors_of, text):
    assert not [a for a in actors_of(text).values() if a.rule == "actors.names.modifier_org_name"]


# -- 4. the mediation check reads the story's sides as the expansion does (headline included) ---------------
@pytest.mark.parametrize("body, mediators", [
    ("Sudan said on Monday that talks would resume. Chad praised Ghana's facilitation role.", {"ghana"}),
    ("Talks resumed, Sudan said. Chad thanked the mediating countries, Ghana and Peru.", {"ghana", "peru"}),
])
def test_role_word_mediators_stand_between_the_headlines_sides(analyze, body, mediators):
    def mediations(text: str) -> set[tuple[str | None, str | None]]:
        return {(i.source, i.target) for i in analyze(text).interactions if i.type == "mediate"}
    got = mediations(f" date 2024-03-01 Chad, Sudan resume talks on prisoner exchange\n\n{body}")
    assert got == {(m, s) for m in mediators for s in ("chad", "sudan")}, got
    assert not mediations(body)  # no headline, no two sides: no mediation made up (NO_CLEAR_SIDES)

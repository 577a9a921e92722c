"""Acts told as ceasing ("would stop bombing Y", "halted its strikes on Y", "a halt to X's
airstrikes"), and outlets kept apart from "the group", on invented sentences.

Why: a report of a halt names the act that stops; read as it stands it is an attack that took
place, when the text says it will not go on (rule interactions.modality.cessation), and the one who
stops it is the one who did it (rule interactions.arguments.support_subject, ceasing verbs). A
purpose ("acted to stop the attacks") leaves the attacks going on and someone else's. And "a source
told NBC News ... the group" never makes the outlet the group (actors.definite.group_description).
A war is waged by the subject of its support verb ("X waged a war against Y"), and "the war in Y"
with no one waging it is a setting, not an attack on Y.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def rows(analyze):
    def run(text: str) -> set[tuple[str, str | None, str | None, bool]]:
        d = analyze(text)
        return {(i.type, i.source, i.target, i.negated) for i in d.interactions}
    return run


# -- interactions.modality.cessation --------------------------------------------------------
@pytest.mark.parametrize("text,act", [
    ("Ghana would stop bombing Chad, its president said.", ("attack", "ghana", "chad", True)),
    ("The president announced that Ghana would halt its strikes against Chad.", ("attack", "ghana", "chad", True)),
    ("Ghana will cease its shelling of Chad.", ("attack", "ghana", "chad", True)),
    ("Ghana stopped the bombing of Chad on Friday.", ("attack", "ghana", "chad", True)),
    ("The US halted its strikes on Yemen.", ("attack", "united-states", "yemen", True)),
    ("Sudan said Ghana had decided to halt its airstrikes on Chad.", ("attack", "ghana", "chad", True)),
    ("Sudan refrained from attacking Chad during the talks.", ("attack", "sudan", "chad", True)),
    ("Ghana announced a halt to Sudan's airstrikes on Chad.", ("attack", "sudan", "chad", True)),
])
def test_interactions_modality_cessation(rows, text, act):
    """A verb or noun of ceasing over the act: the act is negated, its doer the one who stops it."""
    assert act in rows(text)


@pytest.mark.parametrize("text,act", [
    # a negated halt: the bombing goes on
    ("Ghana did not stop bombing Chad.", ("attack", "ghana", "chad", False)),
    # a purpose: the attacks go on, and they are not the actor's own
    ("Sudan urged Ghana to restrain its allies so as to stop the Chadian attacks on convoys.", None),
    ("Ghana asked Sudan to act to stop the Chadian raids on its border posts.", None),
    # no ceasing word at all
    ("Ghana bombed Chad on Friday.", ("attack", "ghana", "chad", False)),
])
def test_interactions_modality_cessation_near_misses(rows, text, act):
    """A negated ceasing verb, a purpose clause and a plain act are not denied."""
    found = rows(text)
    if act is not None:
        assert act in found
    assert not any(r[0] == "attack" and r[3] for r in found), found


def test_purpose_halt_lends_no_doer(rows):
    """"launched strikes on Chad to stop attacks on its ships": the attacks are another's."""
    found = rows("Ghana launched strikes on Chad on Friday to stop attacks on its ships.")
    assert ("attack", "ghana", "chad", False) in found
    assert not any(r[0] == "attack" and r[1] == "ghana" and r[2] != "chad" for r in found), found


# -- actors.definite.group_description / mentions: an outlet is no "group" -----------------------
@pytest.mark.parametrize("text,src", [
    ("The Sarvan Front seized the port in May, a commander told Harbour News. The group later agreed to a truce "
     "with Chad.", "sarvan-front"),
    ("A source told The Valley Post that the Sarvan Front had attacked Chad. The group later agreed to a truce "
     "with Chad.", "sarvan-front"),
])
def test_outlet_is_no_group(analyze, text, src):
    d = analyze(text)
    names = {a.id: a for a in d.actors}
    for a in d.actors:
        if any(w in a.name for w in ("News", "Post")):
            assert "group" not in [x.casefold() for x in a.aliases], a
    assert not any(i.source and any(w in names[i.source].name for w in ("News", "Post"))
                   for i in d.interactions if i.type in ("agree", "attack")), d.interactions


# -- interactions.frames.attack.war_noun / war_noun_in ----------------------------------------
@pytest.mark.parametrize("text,act", [
    ("Sudan waged a war against Chad for two years.", ("attack", "sudan", "chad", False)),
    ("Sudan has been waging a war on Chad since May.", ("attack", "sudan", "chad", False)),
    ("Chad launched a war against Sudan in May.", ("attack", "chad", "sudan", False)),
    ("Sudan's war on Chad killed thousands.", ("attack", "sudan", "chad", False)),
])
def test_interactions_frames_attack_war_waged(rows, text, act):
    """A support verb's subject wages the war ("waged", "launched")."""
    assert act in rows(text)


@pytest.mark.parametrize("text", [
    "The talks covered the war in Chad and the fate of its refugees.",
    "Diplomats discussed the war in Sudan on Monday.",
])
def test_interactions_frames_attack_war_in_a_place_is_no_act(rows, text):
    """Near-miss: "the war in Y" with no one waging it names a setting, not an attack on Y."""
    assert not [r for r in rows(text) if r[0] == "attack"]


def test_cessation_does_not_reach_an_adjunct(rows):
    """Near-miss: "stopped bombing Y during the talks": the talks in the adjunct are not denied."""
    found = rows("Sudan stopped bombing Chad during the talks.")
    assert ("attack", "sudan", "chad", True) in found
    assert not [r for r in found if r[0] == "negotiate" and r[3]], found


def test_a_commitment_to_refrain_is_no_act(rows):
    """"agreed it would refrain from raids": a commitment, not an act (nor one denied)."""
    found = rows("Chad and Sudan met in Accra. Sudan agreed it would refrain from launching raids on Chad.")
    assert not [r for r in found if r[0] == "attack"], found


# -- syntax.tree.conjuncts: a fronted phrase's misparsed subject -------------------------------
@pytest.mark.parametrize("text,kept,cut", [
    ("Since the start of the war after Sudan's May attacks on Chad, Ghana and Mali have reassured each other "
     "that neither wanted a fight.", ("attack", "sudan", "chad", False), ["ghana", "mali"]),
    ("After the raids on Chad, Ghana and Mali met in Accra.", None, ["ghana", "mali"]),
])
def test_fronted_phrase_subject_is_no_conjunct(rows, text, kept, cut):
    """The parser hangs the main clause's subject on the fronted phrase's last noun as conjuncts:
    they are not the attack's targets."""
    found = rows(text)
    if kept:
        assert kept in found
    assert not [r for r in found if r[0] == "attack" and r[2] in cut], found


def test_a_real_list_of_targets_stays(rows):
    """Near-miss: a list of targets with no fronted phrase keeps every conjunct."""
    found = rows("Sudan's attacks on Chad, Ghana and Mali killed dozens.")
    assert {("attack", "sudan", t, False) for t in ("chad", "ghana", "mali")} <= found

"""One person's name as reports spell it: a dropped letter of the given name, a name cut at different
words (invented reports; rule ids across.entities.given_slip and across.entities.extended_name)."""

from __future__ import annotations

from across_helpers import Report, same
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.cluster import slipped_given
from backchannel.resolve.across.name_evidence import extended_name, given_slip


def person(doc: str, text: str, name: str) -> Report:
    r = Report(doc, text)
    r.actor("p", name, mention=name)
    return r


def test_slipped_given_takes_one_dropped_letter_only():
    assert slipped_given("caro", "carlo") and slipped_given("marta", "martha") and slipped_given("ivan", "ivana")
    assert not slipped_given("mark", "mary")  # a changed letter: another name
    assert not slipped_given("jon", "john")  # too short to tell
    assert not slipped_given("aron", "baron")  # the first letter differs
    assert not slipped_given("ola", "olav") and not slipped_given("carl", "carlos")


def test_given_slip_needs_the_same_surname():
    assert given_slip("caro brandt", "carlo brandt")
    assert not given_slip("caro brandt", "carlo amsel")
    assert not given_slip("caro brandt", "caro brandt")


def test_extended_name_shapes():
    assert extended_name("mohammad amsel", "mohammed amsel vesterabadi")  # a vowel and one more word
    assert extended_name("ali reza kessel", "ali reza kessel norlandi")
    assert not extended_name("ali reza", "reza ali khan")  # not its first words
    assert not extended_name("mohammed", "mohammed amsel")  # one word joins nothing
    assert not extended_name("ola brandt", "ola amsel brandt")  # a middle word inserted: not cut at the end
    assert not extended_name("ola brandt", "ola brandt")
    assert not extended_name("daniel amsel", "daniela amsel horvat")  # a letter added: another name
    assert not extended_name("mario amsel", "maria amsel horvat")  # the ending changed: another name


def test_across_entities_given_slip_joins_and_a_changed_letter_does_not():
    r1 = person("r1", "Justice Minister Carlo Brandt signed the order.", "Carlo Brandt")
    r1.d.actors[0].descriptors = ["justice minister"]
    r2 = person("r2", "Justice Minister Caro Brandt signed the order.", "Caro Brandt")
    r2.d.actors[0].descriptors = ["justice minister"]
    r3 = person("r3", "Mark Tobin spoke in Kessel.", "Mark Tobin")
    r4 = person("r4", "Mary Tobin spoke in Kessel.", "Mary Tobin")
    res = resolve_dossiers([r1.d, r2.d, r3.d, r4.d])
    assert same(res, ("r1", "p"), ("r2", "p"))
    assert not same(res, ("r3", "p"), ("r4", "p"))
    j = next(j for j in res.judgements if j.decision == "merged" and {j.a[0], j.b[0]} == {"r1", "r2"})
    assert any("given_slip" in why for why in j.reasons)


def test_across_entities_given_slip_needs_one_side_or_role():
    r1 = person("r1", "Mara Brandt, a teacher, spoke in Kessel.", "Mara Brandt")
    r1.d.actors[0].descriptors = ["teacher"]
    r2 = person("r2", "Marta Brandt, a nurse, spoke in Kessel.", "Marta Brandt")
    r2.d.actors[0].descriptors = ["nurse"]
    res = resolve_dossiers([r1.d, r2.d])
    assert not same(res, ("r1", "p"), ("r2", "p"))


def test_across_entities_extended_name_joins_a_name_run_on():
    r1 = person("r1", "Mohammad Amsel was arrested in Kessel.", "Mohammad Amsel")
    r2 = person("r2", "Mohammed Amsel Vesterabadi was arrested in Kessel.", "Mohammed Amsel Vesterabadi")
    r3 = person("r3", "Reza Ali Khan was not arrested.", "Reza Ali Khan")
    r4 = person("r4", "Ali Reza was not arrested.", "Ali Reza")
    res = resolve_dossiers([r1.d, r2.d, r3.d, r4.d])
    assert same(res, ("r1", "p"), ("r2", "p"))
    assert not same(res, ("r3", "p"), ("r4", "p"))
    j = next(j for j in res.judgements if j.decision == "merged" and {j.a[0], j.b[0]} == {"r1", "r2"})
    assert any("extended_name" in why for why in j.reasons)


def silent(doc: str, text: str, name: str, says: str | None = None, act: str | None = None) -> Report:
    r = Report(doc, text)
    r.actor("norland", "Norland", kind="state", mention="Norland")
    r.actor("grp", name, kind="group", named=False, affiliation="norland")
    if says:
        r.say("c1", "grp", says)
    if act:
        r.act("i1", "attack", None, "grp", act)
    return r


def test_across_entities_silent_group_joins_by_description():
    r1 = silent("r1", "Norland said a strike killed three Norland service members.", "Norland service members",
                act="killed")
    r2 = silent("r2", "The strike that killed Norland army service members was condemned.",
                "Norland army service members", act="killed")
    r3 = silent("r3", "Norland service members were tired.", "Norland service members")  # no act: no party
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert same(res, ("r1", "grp"), ("r2", "grp"))
    assert not same(res, ("r1", "grp"), ("r3", "grp"))
    j = next(j for j in res.judgements if j.decision == "merged" and {j.a, j.b} == {("r1", "grp"), ("r2", "grp")})
    assert any("silent_group" in why for why in j.reasons)


def test_across_entities_silent_group_leaves_sources_and_one_word_groups_apart():
    r1 = silent("r1", "Norland service members said the convoy left at dawn.", "Norland service members",
                says="the convoy left at dawn", act="left")
    r2 = silent("r2", "Norland service members said the talks had failed.", "Norland service members",
                says="the talks had failed", act="failed")
    r3 = Report("r3", "Officials met on Monday.")
    r3.actor("grp", "officials", kind="group", named=False, mention="Officials")
    r4 = Report("r4", "Officials met on Friday.")
    r4.actor("grp", "officials", kind="group", named=False, mention="Officials")
    res = resolve_dossiers([r1.d, r2.d, r3.d, r4.d])
    assert not same(res, ("r1", "grp"), ("r2", "grp"))  # they speak: anonymous sources, evidence needed
    assert not same(res, ("r3", "grp"), ("r4", "grp"))  # one word: a source still

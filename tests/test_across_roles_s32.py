"""Story roles that reach more reports (session 32; every text here is invented).

- ``across.entities.taken_by`` (resolve/across/takenby.py): a group the words around it tell took the report's
  captives ("pupils abducted by bandits", "the criminals who abducted them"), or a mention of it headed by a word
  of the takers' role ("the kidnappers"), is the story's takers;
- ``across.entities.sole_part``: "the girls", "kidnapped boys" are the captives when the report holds no other
  group of captives; beside one ("the hostages ... the women") they stay a part of it;
- captives and takers are blocked on the named people and bodies of their story too (a report naming no state).
"""

from __future__ import annotations

from across_helpers import Report, entity_of, one
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.storyroles import is_capture, role_words
from backchannel.resolve.across.takenby import head_says_taker, passive_agent, relative_capture


def agent_of(text: str, held: str, group: str) -> bool:
    return passive_agent(text, text.index(group), [text.index(held) + len(held)], role_words(), is_capture)


def relative_of(text: str, group: str, heads: frozenset[str] = frozenset({"pupils"})) -> bool:
    return relative_capture(text, text.index(group) + len(group), heads, role_words(), is_capture)


def test_the_passive_agent_of_a_capture_after_the_captives_is_the_takers():
    for text, held, group in [("Pupils abducted by bandits came home on Sunday.", "Pupils", "bandits"),
                              ("Norland pupils taken by gunmen in a raid were freed.", "Norland pupils", "gunmen"),
                              ("The children, who had been kidnapped by armed men, were freed.", "children", "men"),
                              ("The students were seized by the rebels in March.", "students", "rebels"),
                              ("The crew, snatched by unknown pirates at sea, is home.", "crew", "pirates")]:
        assert agent_of(text, held, group), text
    # near misses: an object seized, a capture not of the captives, a "by" of no capture
    assert not agent_of("The pupils saw weapons seized by troops at the gate.", "pupils", "troops")
    assert not agent_of("The pupils were visited by troops at the gate.", "pupils", "troops")
    assert not agent_of("The pupils and a town attacked by rebels were named.", "pupils", "rebels")


def test_a_relative_clause_of_capture_over_the_captives_names_the_takers():
    assert relative_of("Talks were held with the thieves who abducted them.", "thieves")
    assert relative_of("The gunmen that seized the pupils left the forest.", "gunmen")
    assert relative_of("The bandits who had kidnapped them asked for money.", "bandits")
    # near misses: a relative of another verb, a capture of something else
    assert not relative_of("The soldiers who found them were praised.", "soldiers")
    assert not relative_of("The rebels who seized the airport fled.", "rebels")


def test_a_mention_headed_by_a_takers_word_says_the_group_is_the_takers():
    assert head_says_taker(["gunmen", "The kidnappers"], role_words())
    assert not head_says_taker(["gunmen", "the men"], role_words())


def report(doc: str, text: str, groups: list[tuple[str, str, str]], acts: list[tuple[str, str | None, str, str]],
           party: str = "Norland") -> Report:
    r = Report(doc, text + f" {party} confirmed it.", published="2031-03-25")
    r.actor("party", party, kind="state" if party == "Norland" else "person")
    for gid, name, mention in groups:
        r.actor(gid, name, kind="group", named=False, mention=mention)
    for k, (t, src, tgt, phrase) in enumerate(acts):
        r.act(f"i{k}", t, src, tgt, phrase)
    return r


def test_takers_told_by_their_words_join_across_reports():
    a = report("a", "Bandits abducted the pupils from their school.", [("p", "pupils", "pupils"), ("t", "Bandits", "Bandits")],
               [("attack", "t", "p", "Bandits abducted the pupils")])
    b = report("b", "The pupils taken by gunmen were freed on Sunday.", [("p", "pupils", "pupils"), ("t", "gunmen", "gunmen")],
               [("release", None, "p", "The pupils taken by gunmen were freed")])
    c = report("c", "The students were freed after talks with the criminals who abducted them.",
               [("p", "students", "students"), ("t", "criminals", "criminals")],
               [("release", None, "p", "The students were freed")])
    d = report("d", "The pupils were freed. Soldiers who found them drove them home.",
               [("p", "pupils", "pupils"), ("s", "Soldiers", "Soldiers")], [("release", None, "p", "The pupils were freed")])
    res = resolve_dossiers([r.d for r in (a, b, c, d)])
    assert one(res, ("a", "t"), ("b", "t"), ("c", "t"))
    assert entity_of(res, "d", "s") != entity_of(res, "a", "t")  # the soldiers took no one


def test_the_girls_are_the_captives_when_no_other_group_is_held():
    a = report("a", "Gunmen abducted the pupils from a school in Varn.", [("p", "pupils", "pupils")],
               [("attack", None, "p", "Gunmen abducted the pupils")])
    b = report("b", "The kidnapped girls were freed on Sunday.", [("g", "kidnapped girls", "kidnapped girls")],
               [("release", None, "g", "The kidnapped girls were freed")])
    c = report("c", "The rebels freed the boys near the border.", [("g", "boys", "boys")],
               [("release", None, "g", "The rebels freed the boys")])
    # near misses: beside the hostages, "the women" are a part of them; "three girls" are a part whatever else
    d = report("d", "The hostages were freed. The women were freed first.",
               [("h", "hostages", "hostages"), ("w", "women", "women")],
               [("release", None, "h", "The hostages were freed"), ("release", None, "w", "The women were freed first")])
    e = report("e", "Three girls were freed by the army.", [("g", "three girls", "Three girls")],
               [("release", None, "g", "Three girls were freed")])
    res = resolve_dossiers([r.d for r in (a, b, c, d, e)])
    assert one(res, ("a", "p"), ("b", "g"), ("c", "g"), ("d", "h"))
    assert entity_of(res, "d", "w") != entity_of(res, "a", "p")
    assert entity_of(res, "e", "g") != entity_of(res, "a", "p")


def test_captives_of_reports_naming_no_state_meet_by_a_person_they_both_name():
    a = report("a", "Gunmen abducted the pupils, Ola Brandt said.", [("p", "pupils", "pupils")],
               [("attack", None, "p", "Gunmen abducted the pupils")], party="Ola Brandt")
    b = report("b", "The students were freed, Ola Brandt said.", [("p", "students", "students")],
               [("release", None, "p", "The students were freed")], party="Ola Brandt")
    c = report("c", "The children were freed, Lars Berg said.", [("p", "children", "children")],
               [("release", None, "p", "The children were freed")], party="Lars Berg")
    res = resolve_dossiers([a.d, b.d, c.d])
    assert one(res, ("a", "p"), ("b", "p"))
    assert entity_of(res, "c", "p") != entity_of(res, "a", "p")  # no party of one story shared


def bare(doc: str, text: str, name: str, states: list[str], named: bool = True, person: str | None = None) -> Report:
    r = Report(doc, text, published="2031-03-25")
    for s in states:
        r.actor(s.lower(), s, kind="state")
    if person:
        r.actor("p", person, kind="person")
    r.actor("g", name, kind="organization", named=named)
    return r


def test_a_capitalised_federal_government_in_reports_about_one_state_or_none_is_that_state():
    rs = [bare("b", "Ola Brandt said the Federal Government had paid nothing.", "Federal Government", [],
               person="Ola Brandt"),  # names no state: neither passes nor blocks (bare_stateless)
          bare("c", "The Federal Government of Norland confirmed the release.", "Federal Government", ["Norland"]),
          bare("d", "The Government said in Norland that talks were over.", "Government", ["Norland"]),
          bare("e", "The Administration, Norland officials said, had acted.", "Administration", ["Norland"])]
    res = resolve_dossiers([r.d for r in rs])
    assert one(res, ("b", "g"), ("c", "g"), ("c", "norland"))
    assert one(res, ("c", "norland"), ("d", "g"), ("e", "g"))
    assert any("across.entities.bare_state" in x for j in res.judgements for x in j.reasons)


def test_a_federal_government_of_reports_about_two_states_or_about_none_stays_apart():
    rs = [bare("a", "The Federal Government of Norland spoke.", "Federal Government", ["Norland"]),
          bare("b", "The Federal Government of Vesterland spoke.", "Federal Government", ["Vesterland"]),
          bare("c", "The Federal Government spoke, Lars Berg said.", "Federal Government", [], person="Lars Berg")]
    res = resolve_dossiers([r.d for r in rs])
    assert entity_of(res, "a", "g") not in {entity_of(res, "a", "norland"), entity_of(res, "b", "vesterland")}
    rs = [bare("a", "The Federal Government spoke, Lars Berg said.", "Federal Government", [], person="Lars Berg"),
          bare("b", "The Federal Government agreed, Lars Berg said.", "Federal Government", [], person="Lars Berg")]
    res = resolve_dossiers([r.d for r in rs])  # no report about any state: nothing to join
    assert not any("bare_state" in x for j in res.judgements for x in j.reasons)


MEMBERS = "actors.aliases.modifier_names_group"


def named_report(doc: str, text: str, name: str, kind: str, by_members: bool = False, mention: str | None = None):
    r = Report(doc, text, published="2031-03-25")
    r.actor("x", name, kind=kind, mention=mention)
    if by_members:
        r.d.actors[-1].set_trace("kind", MEMBERS)
    return r


def test_a_group_by_its_armed_members_is_another_reports_person_of_the_same_full_name():
    g = named_report("g", "Kestrel Front fighters drove the pupils home.", "Kestrel Front", "group", True)
    shapes = [named_report("a", "Kestrel Front said it freed the pupils.", "Kestrel Front", "person"),
              named_report("b", "The pupils were freed by Kestrel Front on Sunday.", "Kestrel Front", "person"),
              named_report("c", "Talks with Kestrel Front had stalled, officials said.", "Kestrel Front", "person"),
              named_report("d", "Kestrel Front, which seized the pupils, left.", "Kestrel Front", "organization")]
    res = resolve_dossiers([g.d] + [r.d for r in shapes])
    assert one(res, ("g", "x"), ("a", "x"), ("b", "x"), ("c", "x"), ("d", "x"))
    assert any("across.entities.members_kind" in x for j in res.judgements for x in j.reasons)


def test_a_surname_a_group_shares_or_a_kind_from_no_members_keeps_person_and_group_apart():
    g = named_report("g", "Brandt forces drove the pupils home.", "Brandt", "group", True, mention="Brandt")
    p = named_report("p", "Ola Brandt said he freed the pupils.", "Ola Brandt", "person")
    res = resolve_dossiers([g.d, p.d])
    assert not one(res, ("g", "x"), ("p", "x"))  # "Brandt forces" is not Ola Brandt: full names differ
    h = named_report("h", "The Lund Group said the pupils were home.", "Lund Group", "group")  # no members
    q = named_report("q", "Lund Group said it was glad.", "Lund Group", "person")
    res = resolve_dossiers([h.d, q.d])
    assert not one(res, ("h", "x"), ("q", "x"))

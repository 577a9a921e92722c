"""Unnamed groups joined across reports by their part in the story (across.entities.captives / takers), a bare
"the government" or "the army" of a report about one state (across.entities.bare_state), one institution's
officials (across.entities.institution). Every text here is invented."""

from __future__ import annotations

from across_helpers import Report, entity_of, one
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.storyroles import is_capture, story_roles


def reasons(res, word: str) -> list[str]:
    return [x for j in res.judgements if j.decision in ("merged", "forced") for x in j.reasons if word in x]


def captive_report(doc: str, text: str, group: str, act: str, phrase: str, source: str | None = None,
                   source_name: str | None = None, time: str | None = None, kind_of_source: str = "group",
                   aff: str | None = None, party: str | None = "Norland", published: str = "2031-03-25") -> Report:
    """A report whose one unnamed group is the target of a release or capture act told by ``phrase``; ``party``,
    a named state the report also names (what ties the reports to one story)."""
    if party and party not in text:
        text += f" {party} confirmed it."
    r = Report(doc, text, published=published)
    if aff:
        r.actor(aff, aff.title(), kind="state")
    if party and (not aff or aff.title() != party):
        r.actor("party", party, kind="state")
    r.actor("g", group, kind="group", named=False, affiliation=aff)
    if source:
        r.actor(source, source_name or source, kind=kind_of_source, named=kind_of_source != "group",
                mention=source_name)
    r.act("i1", act, source, "g", phrase, time=time)
    return r


# --- the captives: six shapes -------------------------------------------------------------------------------

def test_captives_told_under_four_heads_in_four_reports_are_one_group() -> None:
    rs = [captive_report("r1", "The pupils were freed on Sunday, the governor said.", "pupils", "release",
                         "The pupils were freed on Sunday"),  # passive release, no releaser
          captive_report("r2", "Gunmen abducted the students from their dormitory in Varn.", "students", "attack",
                         "Gunmen abducted the students", source="gm", source_name="Gunmen"),  # active capture
          captive_report("r3", "Troops rescued the schoolchildren in a forest near Tessel.", "schoolchildren",
                         "release", "Troops rescued the schoolchildren", source="tr", source_name="Troops"),
          captive_report("r4", "The abduction of the kidnapped children shocked the province.", "kidnapped children",
                         "attack", "The abduction of the kidnapped children"),  # nominal capture
          captive_report("r5", "Envoys said the hostages held by the armed group would go free.",
                         "hostages held by the armed group", "release",
                         "the hostages held by the armed group would go free")]  # a head before what follows it
    res = resolve_dossiers([r.d for r in rs])
    assert one(res, *((r.doc, "g") for r in rs))
    assert all("across.entities.captives" in x for x in reasons(res, "captives of the story"))
    releases = [e for e in res.events if e["type"] == "release"]
    assert any(len(e["reports"]) >= 2 for e in releases)  # r1, r3 and r5 tell one release now


def test_a_report_names_its_captives_two_ways_and_a_side_fits_the_story_lone_side() -> None:
    r1 = Report("r1", "Norland said the Norlandic pupils were released. The hostages were tired.")
    r1.actor("norland", "Norland", kind="state")
    r1.actor("p", "Norlandic pupils", kind="group", named=False, affiliation="norland")
    r1.actor("h", "hostages", kind="group", named=False)  # no act: the description says captives
    r1.act("i1", "release", None, "p", "the Norlandic pupils were released")
    r2 = captive_report("r2", "Armed men seized the students on Thursday.", "students", "attack",
                        "Armed men seized the students", time="2031-03-07")
    res = resolve_dossiers([r1.d, r2.d])
    assert one(res, ("r1", "p"), ("r1", "h"), ("r2", "g"))
    assert reasons(res, "one report names the story's captives two ways")


def test_takers_named_four_ways_join_by_what_they_took() -> None:
    rs = [captive_report("r1", "Bandits abducted the pupils on Thursday.", "pupils", "attack",
                         "Bandits abducted the pupils", source="t", source_name="Bandits"),
          captive_report("r2", "The pupils were kidnapped by gunmen on Thursday.", "pupils", "attack",
                         "The pupils were kidnapped by gunmen", source="t", source_name="gunmen"),
          captive_report("r3", "The kidnappers freed the students.", "students", "release",
                         "The kidnappers freed the students", source="t", source_name="kidnappers"),
          captive_report("r4", "The abductors released the children.", "children", "release",
                         "The abductors released the children", source="t", source_name="abductors")]
    res = resolve_dossiers([r.d for r in rs])
    assert one(res, *((r.doc, "t") for r in rs))
    assert reasons(res, "across.entities.takers")


# --- the captives: near misses ------------------------------------------------------------------------------

def test_a_release_credited_to_two_parties_does_not_split_one_group() -> None:
    rs = [captive_report("r1", "The Front released the hostages.", "hostages", "release",
                         "The Front released the hostages", source="f", source_name="Front",
                         kind_of_source="organization"),
          captive_report("r2", "Qatar secured the release of the hostages.", "hostages", "release",
                         "Qatar secured the release of the hostages", source="q", source_name="Qatar",
                         kind_of_source="state")]
    res = resolve_dossiers([r.d for r in rs])
    assert one(res, ("r1", "g"), ("r2", "g"))  # the same name; the releasers differ, no penalty


def test_two_stories_captives_stay_apart_by_place_day_or_taker() -> None:
    by_place = [captive_report("r1", "The Varn pupils were freed.", "Varn pupils", "release", "The Varn pupils were freed"),
                captive_report("r2", "The Tessel students were freed.", "Tessel students", "release",
                               "The Tessel students were freed")]
    by_day = [captive_report("r1", "Gunmen abducted the pupils.", "pupils", "attack", "Gunmen abducted the pupils",
                             time="2031-03-07"),
              captive_report("r2", "Gunmen abducted the pupils again.", "pupils", "attack",
                             "Gunmen abducted the pupils", time="2031-05-02")]  # one name: told apart, -3
    by_taker = [captive_report("r1", "The Red Band seized the pupils.", "pupils", "attack",
                               "The Red Band seized the pupils", source="t", source_name="Red Band",
                               kind_of_source="organization"),
                captive_report("r2", "The Grey Band seized the students.", "students", "attack",
                               "The Grey Band seized the students", source="t", source_name="Grey Band",
                               kind_of_source="organization")]
    for rs in (by_place, by_day, by_taker):
        res = resolve_dossiers([r.d for r in rs])
        assert not one(res, ("r1", "g"), ("r2", "g")), rs[0].text


def test_an_exchange_keeps_its_two_groups_of_captives_apart() -> None:
    r1 = Report("r1", "The Front freed the hostages and Norland released the prisoners.")
    r1.actor("front", "Front", kind="organization")
    r1.actor("norland", "Norland", kind="state")
    r1.actor("h", "hostages", kind="group", named=False)
    r1.actor("p", "prisoners", kind="group", named=False)
    r1.act("i1", "release", "front", "h", "The Front freed the hostages")
    r1.act("i2", "release", "norland", "p", "Norland released the prisoners")
    r2 = Report("r2", "Norland let the detainees go.")
    r2.actor("norland", "Norland", kind="state")
    r2.actor("c", "detainees", kind="group", named=False)
    r2.act("i1", "release", "norland", "c", "Norland let the detainees go")
    res = resolve_dossiers([r1.d, r2.d])
    assert not one(res, ("r1", "h"), ("r1", "p"))  # two releasers: two groups
    assert one(res, ("r1", "p"), ("r2", "c")) and not one(res, ("r1", "h"), ("r2", "c"))


def test_a_part_of_the_captives_or_a_passing_mention_joins_by_role_no_group() -> None:
    r1 = captive_report("r1", "The remaining hostages were freed.", "remaining hostages", "release",
                        "The remaining hostages were freed")
    r2 = captive_report("r2", "The pupils were freed.", "pupils", "release", "The pupils were freed")
    r3 = Report("r3", "The kidnap victims were on everyone's mind.")
    r3.actor("g", "kidnap victims", kind="group", named=False)  # a description alone: which captives?
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert len({entity_of(res, d, "g") for d in ("r1", "r2", "r3")}) == 3


def test_an_attack_that_takes_no_one_makes_no_captives() -> None:
    rs = [captive_report("r1", "Norland shelled the villagers.", "villagers", "attack", "Norland shelled the villagers"),
          captive_report("r2", "Raiders burned the farmers' fields.", "farmers", "attack",
                         "Raiders burned the farmers' fields")]
    res = resolve_dossiers([r.d for r in rs])
    assert not one(res, ("r1", "g"), ("r2", "g"))


def test_captives_of_unrelated_stories_stay_apart() -> None:
    """Finding 1 of the review: a role is evidence only inside one story (a shared named party or capture day,
    published within a year); three reports with nothing of one story keep their groups apart."""
    rs = [captive_report("r1", "The pupils were freed on Sunday in the north, police said.", "pupils", "release",
                         "The pupils were freed on Sunday", party=None, published="2024-03-25"),
          captive_report("r2", "The tourists were released after a week in the mountains.", "tourists", "release",
                         "The tourists were released", party=None, published="2019-07-01"),
          captive_report("r3", "Pirates seized the sailors off the coast.", "sailors", "attack",
                         "Pirates seized the sailors", party=None, published="2011-01-05")]
    res = resolve_dossiers([r.d for r in rs])
    assert len({entity_of(res, r.doc, "g") for r in rs}) == 3
    # one named party, but years apart: still two stories
    rs = [captive_report("r1", "The pupils were freed by Norland.", "pupils", "release", "The pupils were freed",
                         published="2024-03-25"),
          captive_report("r2", "Norland said the tourists were released.", "tourists", "release",
                         "the tourists were released", published="2019-07-01")]
    res = resolve_dossiers([r.d for r in rs])
    assert not one(res, ("r1", "g"), ("r2", "g"))
    # the same capture day ties two reports that name no common party
    rs = [captive_report("r1", "Bandits seized the pupils on Thursday.", "pupils", "attack", "Bandits seized the pupils",
                         time="2031-03-07", party="Lorvia"),
          captive_report("r2", "The students were kidnapped on Thursday.", "students", "attack",
                         "The students were kidnapped", time="2031-03-07", party="Vesterland")]
    res = resolve_dossiers([r.d for r in rs])
    assert one(res, ("r1", "g"), ("r2", "g"))
    assert any("one story: 2031-03-07" in x for x in reasons(res, "captives of the story"))


def two_taking_report(second: str, phrase: str, taker: str, captives: str) -> Report:
    r = Report("r1", "Gunmen abducted the pupils from a school. " + second, published="2024-03-25")
    r.actor("p", "pupils", kind="group", named=False)
    r.actor("c", captives, kind="group", named=False)
    r.actor("gm", "Gunmen", kind="group", named=False)
    if taker != "Gunmen":
        r.actor("t2", taker, kind="group", named=False)
    r.act("i1", "attack", "gm", "p", "Gunmen abducted the pupils")
    r.act("i2", "attack", "gm" if taker == "Gunmen" else "t2", "c", phrase)
    return r


def test_two_takings_in_one_report_keep_their_groups_apart() -> None:
    """Finding 2: two capture acts with two takers and two captive groups are two takings; one taker's two
    captures (or one capture told twice) is one, and its groups are one group named two ways."""
    r = two_taking_report("In a separate attack, pirates seized the sailors off the coast.",
                          "pirates seized the sailors", "pirates", "sailors")
    res = resolve_dossiers([r.d])
    assert not one(res, ("r1", "p"), ("r1", "c")) and not one(res, ("r1", "gm"), ("r1", "t2"))
    assert len([e for e in res.events if e["type"] == "attack"]) == 2
    r = two_taking_report("Later the gunmen seized the children near the river.", "the gunmen seized the children",
                          "Gunmen", "children")
    res = resolve_dossiers([r.d])
    assert one(res, ("r1", "p"), ("r1", "c"))


def test_capture_words_are_whole_words() -> None:
    """A capture word counts as a word, or a stem at a word's start, never inside another word."""
    for yes, after in (("abducted", ""), ("kidnapping", ""), ("seized", ""), ("took", " them hostage"),
                       ("taken", " from their homes"), ("snatched", "")):
        assert is_capture(yes, after), yes
    for no, after in (("undertook", " a review"), ("overtook", ""), ("undertaken", ""), ("taken", " aback by"),
                      ("took", " part in the talks"), ("mistaken", "")):
        assert not is_capture(no, after), no


def test_a_noun_of_capture_marks_victims_not_gangs() -> None:
    """"kidnap gangs" and "abduction suspects" are not the captives; "kidnap victims" and "the kidnapped
    pupils" are, with no act."""
    r = Report("r1", "Kidnap gangs roam the hills. Abduction suspects were held. Kidnap victims and the "
               "kidnapped pupils were freed.")
    for aid, name in (("g", "Kidnap gangs"), ("s", "Abduction suspects"), ("v", "Kidnap victims"),
                      ("p", "kidnapped pupils")):
        r.actor(aid, name, kind="group", named=False)
    roles = story_roles(r.text, r.d)
    assert "g" not in roles and "s" not in roles
    assert roles["v"].role == roles["p"].role == "captives"


# --- a bare government or army ------------------------------------------------------------------------------

def state_report(doc: str, text: str, bare: str, states: list[str], person: str | None = None) -> Report:
    r = Report(doc, text, published="2031-03-25")
    for s in states:
        r.actor(s.lower(), s, kind="state")
    if person:
        r.actor("p", person, kind="person")
    r.actor("b", bare, kind="organization" if bare != "army" else "group", named=False)
    return r


def test_a_bare_government_or_army_of_a_report_about_one_state_joins_it() -> None:
    a = Report("a", "Norland's army and Ola Brandt of Norland spoke.", published="2031-03-20")
    a.actor("norland", "Norland", kind="state")
    a.actor("army", "Norlandic Army", kind="organization", affiliation="norland", mention="army")
    a.actor("p", "Ola Brandt", kind="person", affiliation="norland")
    rs = [a, state_report("r1", "Norland said the government would not pay.", "government", ["Norland"]),
          state_report("r2", "Ola Brandt said the authorities had acted.", "authorities", [], person="Ola Brandt"),
          state_report("r3", "Norland said the army freed them.", "army", ["Norland"]),
          state_report("r4", "Ola Brandt thanked the federal government.", "federal government", [],
                       person="Ola Brandt")]
    res = resolve_dossiers([r.d for r in rs])
    assert one(res, ("a", "norland"), ("r1", "b"), ("r2", "b"), ("r4", "b"))
    assert one(res, ("a", "army"), ("r3", "b"))
    assert len(reasons(res, "across.entities.bare_state")) == 3  # r1 and r4 were one by their description
    assert any("is its army" in x for x in reasons(res, "across.entities.bare_state"))


def test_a_bare_government_of_a_report_about_two_states_or_with_no_army_joins_nothing() -> None:
    a = Report("a", "Norland and Vesterland met.", published="2031-03-20")
    a.actor("norland", "Norland", kind="state")
    a.actor("vesterland", "Vesterland", kind="state")
    rs = [a, state_report("r1", "Norland and Vesterland said the government agreed.", "government",
                          ["Norland", "Vesterland"]),
          state_report("r2", "Norland said the army moved.", "army", ["Norland"]),  # the corpus names no army
          state_report("r3", "The government of nobody said so.", "government", [])]  # no state at all
    res = resolve_dossiers([r.d for r in rs])
    states = {entity_of(res, "a", "norland"), entity_of(res, "a", "vesterland")}
    assert not {entity_of(res, d, "b") for d in ("r1", "r2", "r3")} & states
    assert not reasons(res, "across.entities.bare_state")


# --- one institution's officials, security forces -----------------------------------------------------------

def group_report(doc: str, text: str, name: str, kind: str = "group") -> Report:
    r = Report(doc, text, published="2031-03-25")
    r.actor("g", name, kind=kind, named=False)
    return r


def test_one_institutions_officials_and_security_forces_join_under_synonym_heads() -> None:
    rs = [group_report("r1", "School officials put the number at 280.", "School officials"),
          group_report("r2", "The school authorities said 280 were taken.", "school authorities"),
          group_report("r3", "Hospital officials said six were treated.", "Hospital officials")]
    res = resolve_dossiers([r.d for r in rs])
    assert one(res, ("r1", "g"), ("r2", "g")) and not one(res, ("r1", "g"), ("r3", "g"))
    assert reasons(res, "across.entities.institution")
    rs = [group_report("r1", "The security operatives were thanked.", "security operatives"),
          group_report("r2", "The security agencies were thanked.", "security agencies"),
          group_report("r3", "Senior officials were thanked.", "Senior officials"),
          group_report("r4", "Senior officials were thanked again.", "Senior officials")]
    res = resolve_dossiers([r.d for r in rs])
    assert one(res, ("r1", "g"), ("r2", "g"))
    assert not one(res, ("r3", "g"), ("r4", "g"))  # officials of no institution: anonymous, need evidence


def test_a_bare_federal_government_is_not_a_sub_national_unit() -> None:
    """Finding 5: a sub-national unit (kind state, made by actors.subnational.*) is a part of a state: the
    report's "federal government" does not become it."""
    r1 = Report("r1", "Lorvia State has refused to pay, but the federal government said it would talk to the gunmen.",
                published="2024-03-25")
    r1.actor("ls", "Lorvia State", kind="state")
    r1.d.actors[-1].rule = "actors.subnational.unit_government"
    r1.actor("fg", "federal government", kind="organization", named=False)
    r1.act("i1", "negotiate", "fg", None, "the federal government said it would talk")
    r2 = Report("r2", "Norland said the army freed the pupils. Norland thanked Lorvia State.", published="2024-03-26")
    r2.actor("n", "Norland", kind="state")
    r2.actor("ls", "Lorvia State", kind="state")
    r2.d.actors[-1].rule = "actors.subnational.unit_government"
    res = resolve_dossiers([r1.d, r2.d])
    assert not one(res, ("r1", "fg"), ("r1", "ls"))
    assert not reasons(res, "across.entities.bare_state")


def test_a_bare_government_that_acts_on_the_state_is_not_that_state() -> None:
    """Finding 5: "the administration has pressed Norland": the bare actor is the other end of an act with
    the report's one state, so it is another party (no self-demand)."""
    r1 = Report("r1", "The administration has pressed Norland to free the hostages, officials said.",
                published="2024-03-25")
    r1.actor("n", "Norland", kind="state")
    r1.actor("ad", "administration", kind="organization", named=False)
    r1.act("i1", "demand", "ad", "n", "The administration has pressed Norland")
    res = resolve_dossiers([r1.d])
    assert not one(res, ("r1", "n"), ("r1", "ad"))
    assert all(e["source"] != e["target"] for e in res.events)
